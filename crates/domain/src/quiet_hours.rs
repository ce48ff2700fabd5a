//! Quiet hours and the right to disconnect (issue 5, item 6).
//!
//! Nothing here drops a message: each function says *when* a message may leave, and the
//! outbox holds it until then. Times are read in Brussels local time, DST-correct.

use crate::appointment::from_brussels;
use crate::clock::brussels;
use crate::org::WeeklyHours;
use chrono::{DateTime, Duration, NaiveTime, Utc};

/// The hours during which no SMS or email is sent to a person: from `from` (inclusive) to
/// `to` (exclusive), Brussels local time, across midnight when `from > to`. The default,
/// 20:00–08:00, means messages to persons leave only between 08:00 and 20:00.
/// `from == to` means no quiet hours at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub from: NaiveTime,
    pub to: NaiveTime,
}

impl Default for QuietHours {
    fn default() -> Self {
        Self {
            from: NaiveTime::from_hms_opt(20, 0, 0).unwrap_or(NaiveTime::MIN),
            to: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or(NaiveTime::MIN),
        }
    }
}

impl QuietHours {
    /// Whether a local time of day falls in the quiet hours.
    pub fn is_quiet_at(&self, t: NaiveTime) -> bool {
        if self.from <= self.to {
            self.from <= t && t < self.to
        } else {
            t >= self.from || t < self.to
        }
    }

    /// `at` itself when a message may be sent then, else the next instant the quiet
    /// hours end (Brussels local time `to`).
    pub fn next_allowed(&self, at: DateTime<Utc>) -> DateTime<Utc> {
        let local = brussels(at);
        let t = local.time();
        if !self.is_quiet_at(t) {
            return at;
        }
        // Quiet: the hours end at `to` today, or tomorrow when the quiet period started
        // this evening and runs past midnight.
        let day = if self.from > self.to && t >= self.from {
            local.date() + Duration::days(1)
        } else {
            local.date()
        };
        from_brussels(day.and_time(self.to)).max(at)
    }
}

/// The next instant inside a worker's weekly working hours: `at` itself when they are at
/// work, else the start of their next working period. `None` when the week has no working
/// hours at all (the caller decides: hold until hours are set, or send at once).
pub fn next_working_instant(hours: &WeeklyHours, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
    crate::staff_time::next_working_instant(hours, &[], at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::org::DayHours;
    use chrono::{Datelike, NaiveDate, TimeZone, Timelike};
    use proptest::prelude::*;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    /// Brussels local time, as text, of an instant.
    fn local(at: DateTime<Utc>) -> String {
        brussels(at).format("%a %Y-%m-%d %H:%M").to_string()
    }

    fn at_local(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        from_brussels(
            NaiveDate::from_ymd_opt(y, m, d)
                .unwrap()
                .and_hms_opt(h, min, 0)
                .unwrap(),
        )
    }

    /// J8: a part-time worker, Monday to Thursday 8:30–16:30.
    fn part_time() -> WeeklyHours {
        WeeklyHours::from_storage("08:30-16:30|08:30-16:30|08:30-16:30|08:30-16:30|||").unwrap()
    }

    #[test]
    fn default_is_eight_to_eight() {
        let q = QuietHours::default();
        assert_eq!(q.from, NaiveTime::from_hms_opt(20, 0, 0).unwrap());
        assert_eq!(q.to, NaiveTime::from_hms_opt(8, 0, 0).unwrap());
    }

    #[test]
    fn inside_the_day_a_message_leaves_at_once() {
        let q = QuietHours::default();
        for at in [
            at_local(2026, 3, 2, 8, 0),
            at_local(2026, 3, 2, 12, 0),
            at_local(2026, 7, 14, 19, 59),
        ] {
            assert_eq!(q.next_allowed(at), at);
        }
        let just_before = at_local(2026, 3, 2, 19, 59) + Duration::seconds(59);
        assert_eq!(q.next_allowed(just_before), just_before);
    }

    #[test]
    fn in_the_evening_it_waits_for_eight_the_next_morning() {
        let q = QuietHours::default();
        // Friday 20:00 sharp is already quiet.
        let next = q.next_allowed(at_local(2026, 3, 6, 20, 0));
        assert_eq!(local(next), "Sat 2026-03-07 08:00");
        let next = q.next_allowed(at_local(2026, 3, 6, 23, 45));
        assert_eq!(local(next), "Sat 2026-03-07 08:00");
    }

    #[test]
    fn after_midnight_it_waits_for_eight_the_same_morning() {
        let q = QuietHours::default();
        let next = q.next_allowed(at_local(2026, 3, 7, 0, 10));
        assert_eq!(local(next), "Sat 2026-03-07 08:00");
        let next = q.next_allowed(at_local(2026, 3, 7, 7, 59));
        assert_eq!(local(next), "Sat 2026-03-07 08:00");
    }

    #[test]
    fn the_night_summer_time_starts() {
        let q = QuietHours::default();
        // Saturday 28 March 2026 22:00 CET (21:00 UTC); clocks go 02:00 → 03:00 that night.
        let next = q.next_allowed(utc(2026, 3, 28, 21, 0));
        assert_eq!(local(next), "Sun 2026-03-29 08:00");
        assert_eq!(next, utc(2026, 3, 29, 6, 0), "08:00 CEST is 06:00 UTC");
        // In the very hour that does not exist locally.
        let next = q.next_allowed(utc(2026, 3, 29, 1, 0));
        assert_eq!(next, utc(2026, 3, 29, 6, 0));
    }

    #[test]
    fn the_night_summer_time_ends() {
        let q = QuietHours::default();
        // Saturday 24 October 2026 23:00 CEST (21:00 UTC); clocks go 03:00 → 02:00 that night.
        let next = q.next_allowed(utc(2026, 10, 24, 21, 0));
        assert_eq!(local(next), "Sun 2026-10-25 08:00");
        assert_eq!(next, utc(2026, 10, 25, 7, 0), "08:00 CET is 07:00 UTC");
        // Both 02:30s of that night wait for the same morning.
        for at in [utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30)] {
            assert_eq!(local(at).get(15..), Some("02:30"));
            assert_eq!(q.next_allowed(at), utc(2026, 10, 25, 7, 0));
        }
    }

    #[test]
    fn quiet_hours_within_one_day_and_none_at_all() {
        let lunch = QuietHours {
            from: NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
            to: NaiveTime::from_hms_opt(13, 30, 0).unwrap(),
        };
        assert_eq!(
            local(lunch.next_allowed(at_local(2026, 3, 2, 12, 15))),
            "Mon 2026-03-02 13:30"
        );
        let at = at_local(2026, 3, 2, 11, 0);
        assert_eq!(lunch.next_allowed(at), at);
        let none = QuietHours {
            from: NaiveTime::MIN,
            to: NaiveTime::MIN,
        };
        let night = at_local(2026, 3, 2, 3, 0);
        assert_eq!(none.next_allowed(night), night);
    }

    #[test]
    fn a_friday_evening_message_to_staff_waits_for_monday_morning() {
        let hours = part_time();
        let next = next_working_instant(&hours, at_local(2026, 3, 6, 18, 0)).unwrap();
        assert_eq!(local(next), "Mon 2026-03-09 08:30");
    }

    #[test]
    fn nothing_on_friday_or_at_night_for_a_part_time_worker() {
        let hours = part_time();
        // Friday morning, Saturday, Sunday: all wait for Monday 8:30.
        for at in [
            at_local(2026, 3, 5, 16, 30),
            at_local(2026, 3, 6, 10, 0),
            at_local(2026, 3, 7, 12, 0),
            at_local(2026, 3, 9, 6, 0),
        ] {
            let next = next_working_instant(&hours, at).unwrap();
            assert_eq!(local(next), "Mon 2026-03-09 08:30", "from {}", local(at));
        }
        // Tuesday night waits for Wednesday 8:30.
        let next = next_working_instant(&hours, at_local(2026, 3, 3, 22, 0)).unwrap();
        assert_eq!(local(next), "Wed 2026-03-04 08:30");
        // At work: at once.
        let at = at_local(2026, 3, 4, 16, 29);
        assert_eq!(next_working_instant(&hours, at), Some(at));
    }

    #[test]
    fn a_split_day_and_the_same_weekday_next_week() {
        let mut days: [DayHours; 7] = Default::default();
        days[2] = DayHours::parse("09:00-12:00, 13:30-16:00").unwrap();
        let wednesdays = WeeklyHours(days);
        // Over lunch: the afternoon period.
        let next = next_working_instant(&wednesdays, at_local(2026, 3, 4, 12, 30)).unwrap();
        assert_eq!(local(next), "Wed 2026-03-04 13:30");
        // After the last period: next Wednesday.
        let next = next_working_instant(&wednesdays, at_local(2026, 3, 4, 17, 0)).unwrap();
        assert_eq!(local(next), "Wed 2026-03-11 09:00");
    }

    #[test]
    fn staff_hours_across_the_clock_changes() {
        let hours = part_time();
        // Friday 27 March 2026 evening → Monday 30 March 8:30 CEST (06:30 UTC).
        let next = next_working_instant(&hours, at_local(2026, 3, 27, 18, 0)).unwrap();
        assert_eq!(next, utc(2026, 3, 30, 6, 30));
        // Friday 23 October 2026 evening → Monday 26 October 8:30 CET (07:30 UTC).
        let next = next_working_instant(&hours, at_local(2026, 10, 23, 18, 0)).unwrap();
        assert_eq!(next, utc(2026, 10, 26, 7, 30));
    }

    #[test]
    fn a_week_without_hours_has_no_working_instant() {
        assert_eq!(
            next_working_instant(&WeeklyHours::default(), utc(2026, 3, 2, 9, 0)),
            None
        );
    }

    proptest! {
        /// Held, never dropped nor sent early: the answer is never before `at`, is within a
        /// day, lies outside the quiet hours, and is either `at` or the very end of them.
        #[test]
        fn next_allowed_is_the_first_allowed_instant(secs in 1_735_689_600i64..1_893_456_000i64) {
            let q = QuietHours::default();
            let at = DateTime::from_timestamp(secs, 0).unwrap();
            let next = q.next_allowed(at);
            prop_assert!(next >= at);
            prop_assert!(next - at < Duration::hours(13));
            prop_assert!(!q.is_quiet_at(brussels(next).time()));
            if next != at {
                prop_assert!(q.is_quiet_at(brussels(at).time()));
                prop_assert_eq!(brussels(next).time(), q.to);
                // One minute earlier was still quiet.
                prop_assert!(q.is_quiet_at(brussels(next - Duration::minutes(1)).time()));
            }
        }

        #[test]
        fn next_working_instant_is_inside_working_hours(secs in 1_735_689_600i64..1_893_456_000i64) {
            let hours = part_time();
            let at = DateTime::from_timestamp(secs, 0).unwrap();
            let next = next_working_instant(&hours, at).unwrap();
            prop_assert!(next >= at);
            prop_assert!(next - at <= Duration::days(4));
            let l = brussels(next);
            prop_assert!(hours.day(l.weekday()).is_open_at(l.time()));
            if next != at {
                prop_assert_eq!((l.hour(), l.minute()), (8, 30));
            }
        }
    }
}
