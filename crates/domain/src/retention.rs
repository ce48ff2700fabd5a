//! Retention: how long each kind of record is kept before it is anonymised, removed or
//! cleared, and when the nightly purge runs. Pure rules; the store applies them.
//!
//! Defaults (the DPO changes them on the retention page):
//! - `closed-files`: a file with no open request and no future appointment is anonymised
//!   120 months (10 years) after its last activity — social files are kept long, because
//!   a person may come back and because of legal retention duties;
//! - `access-log`: access-log entries are removed after 60 months (5 years), long enough
//!   for a person to ask who looked at their file;
//! - `sent-messages`: the text and recipient of messages already sent or withdrawn are
//!   cleared after 12 months (kind, channel and dates stay, for statistics);
//! - `walk-in-labels`: the few words typed to recognise a walk-in visitor are cleared
//!   after 1 month;
//! - `referral-packets`: what was shared with a service for a referral (name, how to
//!   reach, language, need) is emptied 12 months after the referral was answered or
//!   expired (the service, the dates and the answer stay, for statistics).

use chrono::{DateTime, Months, NaiveDate, NaiveTime, Utc};

/// The kinds of records retention rules apply to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetentionKind {
    ClosedFiles,
    AccessLog,
    SentMessages,
    WalkInLabels,
    ReferralPackets,
}

impl RetentionKind {
    pub const ALL: [RetentionKind; 5] = [
        RetentionKind::ClosedFiles,
        RetentionKind::AccessLog,
        RetentionKind::SentMessages,
        RetentionKind::WalkInLabels,
        RetentionKind::ReferralPackets,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RetentionKind::ClosedFiles => "closed-files",
            RetentionKind::AccessLog => "access-log",
            RetentionKind::SentMessages => "sent-messages",
            RetentionKind::WalkInLabels => "walk-in-labels",
            RetentionKind::ReferralPackets => "referral-packets",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Months kept when the DPO has set nothing.
    pub fn default_months(self) -> u32 {
        match self {
            RetentionKind::ClosedFiles => 120,
            RetentionKind::AccessLog => 60,
            RetentionKind::SentMessages => 12,
            RetentionKind::WalkInLabels => 1,
            RetentionKind::ReferralPackets => 12,
        }
    }

    /// The shortest and longest durations accepted, in months. A closed file and the
    /// access log are kept at least a year (a person must be able to come back and to
    /// ask who looked at their file); nothing is kept longer than 100 years.
    pub fn bounds(self) -> (u32, u32) {
        match self {
            RetentionKind::ClosedFiles => (12, 1200),
            RetentionKind::AccessLog => (12, 1200),
            RetentionKind::SentMessages => (1, 1200),
            RetentionKind::WalkInLabels => (1, 120),
            RetentionKind::ReferralPackets => (1, 1200),
        }
    }
}

/// Why a typed number of months was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthsError {
    /// Empty, not a number, or not a whole number of months.
    NotWholeMonths,
    /// Shorter than the minimum for this kind.
    TooShort { min: u32 },
    /// Longer than the maximum for this kind.
    TooLong { max: u32 },
}

impl std::fmt::Display for MonthsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MonthsError::NotWholeMonths => write!(f, "type a whole number of months, e.g. 12"),
            MonthsError::TooShort { min } => write!(f, "at least {min} months"),
            MonthsError::TooLong { max } => write!(f, "at most {max} months"),
        }
    }
}

impl std::error::Error for MonthsError {}

/// Reads a number of months as typed ("120", " 60 "), within the kind's bounds.
pub fn parse_months(kind: RetentionKind, typed: &str) -> Result<u32, MonthsError> {
    let typed = typed.trim();
    if typed.is_empty() || !typed.chars().all(|c| c.is_ascii_digit()) {
        return Err(MonthsError::NotWholeMonths);
    }
    let (min, max) = kind.bounds();
    let months: u32 = match typed.parse() {
        Ok(m) => m,
        // Only digits, so the only failure is a number too large for u32.
        Err(_) => return Err(MonthsError::TooLong { max }),
    };
    if months < min {
        Err(MonthsError::TooShort { min })
    } else if months > max {
        Err(MonthsError::TooLong { max })
    } else {
        Ok(months)
    }
}

/// The instant (Unix seconds) before which records of a kind kept `months` months go:
/// `now` minus that many calendar months (the 31st becomes the last day of a shorter month).
pub fn cutoff(now: DateTime<Utc>, months: u32) -> i64 {
    now.checked_sub_months(Months::new(months))
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
        .timestamp()
}

/// Brussels local time of the nightly purge.
pub const NIGHTLY_AT: (u32, u32) = (2, 30);

/// The next 02:30 in Brussels strictly after `now`. The night summer time starts has no
/// 02:30: the purge then runs at 01:30 UTC (03:30 local, right after the jump).
pub fn next_nightly_run(now: DateTime<Utc>) -> DateTime<Utc> {
    let local = crate::clock::brussels(now);
    let at = NaiveTime::from_hms_opt(NIGHTLY_AT.0, NIGHTLY_AT.1, 0).unwrap_or_default();
    let mut day: NaiveDate = local.date();
    loop {
        let candidate = crate::appointment::from_brussels(day.and_time(at));
        if candidate > now {
            return candidate;
        }
        day = day.succ_opt().unwrap_or(day);
        if day == local.date() {
            // Unreachable in practice (the end of time); never loop forever.
            return now + chrono::Duration::days(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    #[test]
    fn codes_round_trip_and_defaults_are_within_bounds() {
        for k in RetentionKind::ALL {
            assert_eq!(RetentionKind::parse(k.code()), Some(k));
            let (min, max) = k.bounds();
            assert!(min >= 1 && min <= k.default_months() && k.default_months() <= max);
        }
        assert_eq!(RetentionKind::parse("everything"), None);
        assert_eq!(RetentionKind::ClosedFiles.default_months(), 120);
        assert_eq!(RetentionKind::AccessLog.default_months(), 60);
    }

    #[test]
    fn months_must_be_whole_and_within_bounds() {
        let k = RetentionKind::ClosedFiles;
        assert_eq!(parse_months(k, " 120 "), Ok(120));
        assert_eq!(parse_months(k, "12"), Ok(12));
        assert_eq!(parse_months(k, "1200"), Ok(1200));
        for bad in ["", "  ", "ten", "12.5", "-12", "1e3", "12 months"] {
            assert_eq!(
                parse_months(k, bad),
                Err(MonthsError::NotWholeMonths),
                "{bad}"
            );
        }
        assert_eq!(
            parse_months(k, "11"),
            Err(MonthsError::TooShort { min: 12 })
        );
        assert_eq!(parse_months(k, "0"), Err(MonthsError::TooShort { min: 12 }));
        assert_eq!(
            parse_months(k, "1201"),
            Err(MonthsError::TooLong { max: 1200 })
        );
        assert_eq!(
            parse_months(k, "99999999999999999999"),
            Err(MonthsError::TooLong { max: 1200 })
        );
        assert_eq!(parse_months(RetentionKind::WalkInLabels, "1"), Ok(1));
        assert_eq!(
            parse_months(RetentionKind::WalkInLabels, "121"),
            Err(MonthsError::TooLong { max: 120 })
        );
    }

    #[test]
    fn cutoff_goes_back_whole_calendar_months() {
        let now = utc(2026, 3, 2, 9, 0);
        assert_eq!(cutoff(now, 120), utc(2016, 3, 2, 9, 0).timestamp());
        assert_eq!(cutoff(now, 1), utc(2026, 2, 2, 9, 0).timestamp());
        // 31 March minus one month is the last day of February.
        assert_eq!(
            cutoff(utc(2026, 3, 31, 12, 0), 1),
            utc(2026, 2, 28, 12, 0).timestamp()
        );
    }

    #[test]
    fn the_nightly_purge_runs_at_half_past_two_in_brussels() {
        // Winter: 02:30 CET is 01:30 UTC.
        assert_eq!(
            next_nightly_run(utc(2026, 1, 15, 12, 0)),
            utc(2026, 1, 16, 1, 30)
        );
        assert_eq!(
            next_nightly_run(utc(2026, 1, 15, 1, 0)),
            utc(2026, 1, 15, 1, 30)
        );
        // Exactly at the run time: the next one is tomorrow.
        assert_eq!(
            next_nightly_run(utc(2026, 1, 15, 1, 30)),
            utc(2026, 1, 16, 1, 30)
        );
        // Summer: 02:30 CEST is 00:30 UTC.
        assert_eq!(
            next_nightly_run(utc(2026, 7, 15, 12, 0)),
            utc(2026, 7, 16, 0, 30)
        );
        // Late evening in Brussels but already the next day there.
        assert_eq!(
            next_nightly_run(utc(2026, 7, 15, 23, 0)),
            utc(2026, 7, 16, 0, 30)
        );
        // The night summer time starts (29 March 2026) has no 02:30: it runs at 01:30 UTC.
        let spring = next_nightly_run(utc(2026, 3, 28, 12, 0));
        assert_eq!(spring, utc(2026, 3, 29, 1, 30));
        // The night it ends (25 October 2026), 02:30 happens twice: the first one counts.
        assert_eq!(
            next_nightly_run(utc(2026, 10, 24, 12, 0)),
            utc(2026, 10, 25, 0, 30)
        );
    }
}
