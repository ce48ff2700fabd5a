//! Time is passed in, never read from the system inside rules.

use chrono::{DateTime, Utc};
use std::sync::atomic::{AtomicI64, Ordering};

/// Where "now" comes from.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;
}

/// The real wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until told to move; used by tests and benchmarks.
#[derive(Debug)]
pub struct FixedClock {
    millis: AtomicI64,
}

impl FixedClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        Self {
            millis: AtomicI64::new(at.timestamp_millis()),
        }
    }

    pub fn advance(&self, by: chrono::Duration) {
        self.millis
            .fetch_add(by.num_milliseconds(), Ordering::SeqCst);
    }

    pub fn set(&self, at: DateTime<Utc>) {
        self.millis.store(at.timestamp_millis(), Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(self.millis.load(Ordering::SeqCst)).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn fixed_clock_moves_only_when_told() {
        let start = Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap();
        let clock = FixedClock::new(start);
        assert_eq!(clock.now(), start);
        clock.advance(chrono::Duration::minutes(31));
        assert_eq!(clock.now(), start + chrono::Duration::minutes(31));
    }
}

/// Local time in Belgium (Europe/Brussels): CET (UTC+1) in winter, CEST (UTC+2)
/// from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC.
pub fn brussels(utc: DateTime<Utc>) -> chrono::NaiveDateTime {
    use chrono::{Datelike, NaiveDate, TimeZone};
    let year = utc.year();
    let last_sunday = |month: u32| {
        let mut d = NaiveDate::from_ymd_opt(year, month, 31).unwrap_or_default();
        while d.weekday() != chrono::Weekday::Sun {
            d = d.pred_opt().unwrap_or(d);
        }
        Utc.from_utc_datetime(&d.and_hms_opt(1, 0, 0).unwrap_or_default())
    };
    let summer = utc >= last_sunday(3) && utc < last_sunday(10);
    let offset = if summer { 2 } else { 1 };
    (utc + chrono::Duration::hours(offset)).naive_utc()
}

#[cfg(test)]
mod brussels_tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn winter_and_summer_time_switch_on_the_right_sundays() {
        let local = |y, m, d, h, min| {
            brussels(Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap())
                .format("%Y-%m-%d %H:%M")
                .to_string()
        };
        assert_eq!(local(2026, 1, 15, 12, 0), "2026-01-15 13:00");
        assert_eq!(local(2026, 7, 15, 12, 0), "2026-07-15 14:00");
        // 2026: summer time starts 29 March, ends 25 October, at 01:00 UTC.
        assert_eq!(local(2026, 3, 29, 0, 59), "2026-03-29 01:59");
        assert_eq!(local(2026, 3, 29, 1, 0), "2026-03-29 03:00");
        assert_eq!(local(2026, 10, 25, 0, 59), "2026-10-25 02:59");
        assert_eq!(local(2026, 10, 25, 1, 0), "2026-10-25 02:00");
        assert_eq!(local(2026, 12, 31, 23, 30), "2027-01-01 00:30");
    }
}
