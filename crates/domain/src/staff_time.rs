//! The right to disconnect (issue 18, journey J8): a worker's leave on top of their weekly
//! working hours, the next moment something from guichet may reach them, and what
//! signing in outside their hours does under the organisation's policy. Pure: Brussels
//! days and times in, decisions out.

use crate::appointment::from_brussels;
use crate::clock::brussels;
use crate::org::WeeklyHours;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

/// A leave: from its first day to its last, both included (Brussels days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leave {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// The longest leave recorded in one go (a year and a day: a long sick leave is
/// recorded again when it goes on).
pub const MAX_LEAVE_DAYS: i64 = 366;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeaveError {
    /// The last day is before the first.
    EndsBeforeStart,
    TooLong,
}

impl Leave {
    pub fn new(first: NaiveDate, last: NaiveDate) -> Result<Leave, LeaveError> {
        if last < first {
            return Err(LeaveError::EndsBeforeStart);
        }
        if (last - first).num_days() >= MAX_LEAVE_DAYS {
            return Err(LeaveError::TooLong);
        }
        Ok(Leave { first, last })
    }

    pub fn covers(&self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last
    }
}

fn on_leave(leaves: &[Leave], day: NaiveDate) -> bool {
    leaves.iter().any(|l| l.covers(day))
}

/// How far ahead the next working moment is looked for: past the longest leave.
const HORIZON_DAYS: i64 = MAX_LEAVE_DAYS + 8;

/// The next instant the worker is at work: `at` itself when they are, else the start of
/// their next working period that is not on a day of leave. `None` when the week has no
/// working hours, or every working day ahead is on leave (the caller holds, or sends).
pub fn next_working_instant(
    hours: &WeeklyHours,
    leaves: &[Leave],
    at: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let local = brussels(at);
    let t = local.time();
    for offset in 0..=HORIZON_DAYS {
        let date = local.date() + Duration::days(offset);
        if on_leave(leaves, date) {
            continue;
        }
        for &(start, end) in hours.day(date.weekday()).periods() {
            if offset == 0 {
                if start <= t && t < end {
                    return Some(at);
                }
                if start <= t {
                    continue;
                }
            }
            let opening = from_brussels(date.and_time(start));
            if opening >= at {
                return Some(opening);
            }
        }
    }
    None
}

/// Whether the worker is at work at `at`: inside their hours and not on leave.
pub fn at_work(hours: &WeeklyHours, leaves: &[Leave], at: DateTime<Utc>) -> bool {
    next_working_instant(hours, leaves, at) == Some(at)
}

/// What the organisation does when someone signs in outside their working hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SignInPolicy {
    /// Signing in works; the page recalls the disconnection policy first.
    #[default]
    Remind,
    /// Signing in is refused (the on-call list excepted).
    Refuse,
}

impl SignInPolicy {
    pub fn code(self) -> &'static str {
        match self {
            SignInPolicy::Remind => "remind",
            SignInPolicy::Refuse => "refuse",
        }
    }

    pub fn parse(code: &str) -> Option<SignInPolicy> {
        match code {
            "remind" => Some(SignInPolicy::Remind),
            "refuse" => Some(SignInPolicy::Refuse),
            _ => None,
        }
    }
}

/// What signing in at some moment gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignIn {
    /// At work, on call, or no hours recorded (nothing to protect yet).
    Welcome,
    /// Outside their hours: signed in after a reminder of the policy.
    Remind,
    /// Outside their hours under a refusing policy.
    Refused,
}

/// The sign-in rule: on call or at work, welcome; otherwise the organisation's policy.
/// A worker with no working hours recorded is welcome at any time (the coordinator has
/// not set them yet; refusing would lock them out).
pub fn sign_in(
    policy: SignInPolicy,
    hours: Option<&WeeklyHours>,
    leaves: &[Leave],
    on_call: bool,
    at: DateTime<Utc>,
) -> SignIn {
    let Some(hours) = hours else {
        return SignIn::Welcome;
    };
    if on_call || at_work(hours, leaves, at) {
        return SignIn::Welcome;
    }
    match policy {
        SignInPolicy::Remind => SignIn::Remind,
        SignInPolicy::Refuse => SignIn::Refused,
    }
}

/// A leave as typed on the worker's account page: a first day, and a last day (empty
/// for a single day), as `DD/MM/YYYY` or `YYYY-MM-DD`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeaveForm {
    pub first: String,
    pub last: String,
}

/// What is wrong with a typed leave, field by field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeaveFormError {
    FirstMissing,
    FirstNotADate,
    LastNotADate,
    EndsBeforeStart,
    TooLong,
    /// Its last day is already past: it would hold nothing.
    Past,
}

impl LeaveFormError {
    /// The field the error belongs to.
    pub fn field(self) -> &'static str {
        match self {
            LeaveFormError::FirstMissing | LeaveFormError::FirstNotADate => "first",
            _ => "last",
        }
    }
}

impl LeaveForm {
    /// The leave, or every mistake in it. `today` is the Brussels day.
    pub fn parse(&self, today: NaiveDate) -> Result<Leave, Vec<LeaveFormError>> {
        let mut errors = Vec::new();
        let first = match self.first.trim() {
            "" => {
                errors.push(LeaveFormError::FirstMissing);
                None
            }
            typed => {
                let d = crate::mandate::parse_typed_date(typed);
                if d.is_none() {
                    errors.push(LeaveFormError::FirstNotADate);
                }
                d
            }
        };
        let last = match self.last.trim() {
            "" => first,
            typed => {
                let d = crate::mandate::parse_typed_date(typed);
                if d.is_none() {
                    errors.push(LeaveFormError::LastNotADate);
                }
                d
            }
        };
        let (Some(first), Some(last)) = (first, last) else {
            return Err(errors);
        };
        match Leave::new(first, last) {
            Err(LeaveError::EndsBeforeStart) => Err(vec![LeaveFormError::EndsBeforeStart]),
            Err(LeaveError::TooLong) => Err(vec![LeaveFormError::TooLong]),
            Ok(l) if l.last < today => Err(vec![LeaveFormError::Past]),
            Ok(l) => Ok(l),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn at_local(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        from_brussels(day(y, m, d).and_hms_opt(h, min, 0).unwrap())
    }

    fn local(at: DateTime<Utc>) -> String {
        brussels(at).format("%a %Y-%m-%d %H:%M").to_string()
    }

    /// J8: Monday to Thursday, 8:30–16:30.
    fn part_time() -> WeeklyHours {
        WeeklyHours::from_storage("08:30-16:30|08:30-16:30|08:30-16:30|08:30-16:30|||").unwrap()
    }

    #[test]
    fn a_part_time_worker_is_reached_again_on_monday_morning() {
        let h = part_time();
        // Friday 4 December 2026 at 10:00, Thursday at 20:00, Saturday at noon.
        for at in [
            at_local(2026, 12, 4, 10, 0),
            at_local(2026, 12, 3, 20, 0),
            at_local(2026, 12, 5, 12, 0),
        ] {
            assert_eq!(
                local(next_working_instant(&h, &[], at).unwrap()),
                "Mon 2026-12-07 08:30"
            );
        }
        // At work: at once.
        let tuesday = at_local(2026, 12, 8, 11, 15);
        assert_eq!(next_working_instant(&h, &[], tuesday), Some(tuesday));
        // 16:30 is the end: the next slot is the next morning.
        assert_eq!(
            local(next_working_instant(&h, &[], at_local(2026, 12, 8, 16, 30)).unwrap()),
            "Wed 2026-12-09 08:30"
        );
    }

    #[test]
    fn days_of_leave_are_skipped() {
        let h = part_time();
        let christmas = Leave::new(day(2026, 12, 21), day(2027, 1, 1)).unwrap();
        let at = at_local(2026, 12, 18, 9, 0); // a Friday
        assert_eq!(
            local(next_working_instant(&h, &[christmas], at).unwrap()),
            "Mon 2027-01-04 08:30"
        );
        // On a working day of leave, not at work.
        assert!(!at_work(&h, &[christmas], at_local(2026, 12, 22, 10, 0)));
        assert!(at_work(&h, &[], at_local(2026, 12, 22, 10, 0)));
        // Every working day ahead on leave, or no hours at all: nothing.
        let year = Leave::new(day(2026, 12, 1), day(2027, 11, 30)).unwrap();
        let year2 = Leave::new(day(2027, 12, 1), day(2028, 11, 29)).unwrap();
        let gap = at_local(2026, 12, 8, 9, 0);
        assert_eq!(
            local(next_working_instant(&h, &[year], gap).unwrap()),
            "Wed 2027-12-01 08:30"
        );
        assert_eq!(next_working_instant(&h, &[year, year2], gap), None);
        assert_eq!(
            next_working_instant(&WeeklyHours::from_storage("||||||").unwrap(), &[], gap),
            None
        );
    }

    #[test]
    fn a_leave_ends_after_it_starts_and_within_a_year() {
        assert_eq!(
            Leave::new(day(2026, 5, 2), day(2026, 5, 1)),
            Err(LeaveError::EndsBeforeStart)
        );
        assert!(Leave::new(day(2026, 5, 1), day(2026, 5, 1)).is_ok());
        assert!(
            Leave::new(day(2026, 1, 1), day(2027, 1, 1)).is_ok(),
            "a year and a day"
        );
        assert_eq!(
            Leave::new(day(2026, 1, 1), day(2027, 1, 2)),
            Err(LeaveError::TooLong)
        );
        let l = Leave::new(day(2026, 5, 1), day(2026, 5, 3)).unwrap();
        assert!(l.covers(day(2026, 5, 1)) && l.covers(day(2026, 5, 3)));
        assert!(!l.covers(day(2026, 4, 30)) && !l.covers(day(2026, 5, 4)));
    }

    #[test]
    fn signing_in_on_friday_reminds_or_is_refused_unless_on_call() {
        let h = part_time();
        let friday = at_local(2026, 12, 4, 10, 0);
        let tuesday = at_local(2026, 12, 8, 10, 0);
        use SignIn::*;
        assert_eq!(
            sign_in(SignInPolicy::Remind, Some(&h), &[], false, friday),
            Remind
        );
        assert_eq!(
            sign_in(SignInPolicy::Refuse, Some(&h), &[], false, friday),
            Refused
        );
        assert_eq!(
            sign_in(SignInPolicy::Refuse, Some(&h), &[], true, friday),
            Welcome
        );
        assert_eq!(
            sign_in(SignInPolicy::Refuse, Some(&h), &[], false, tuesday),
            Welcome
        );
        assert_eq!(
            sign_in(SignInPolicy::Refuse, None, &[], false, friday),
            Welcome
        );
        let leave = Leave::new(day(2026, 12, 7), day(2026, 12, 11)).unwrap();
        assert_eq!(
            sign_in(SignInPolicy::Refuse, Some(&h), &[leave], false, tuesday),
            Refused
        );
        for p in [SignInPolicy::Remind, SignInPolicy::Refuse] {
            assert_eq!(SignInPolicy::parse(p.code()), Some(p));
        }
        assert_eq!(SignInPolicy::parse("lock"), None);
    }

    proptest! {
        /// Whatever the moment and the leave, the next working instant is never before
        /// it, is inside the worker's hours, and is never on a day of leave.
        #[test]
        fn the_next_working_instant_is_at_work(
            minutes in 0i64..(60 * 24 * 400),
            start in 0i64..400,
            len in 0i64..30,
        ) {
            let h = part_time();
            let base = at_local(2026, 1, 1, 0, 0);
            let at = base + Duration::minutes(minutes);
            let first = day(2026, 1, 1) + Duration::days(start);
            let leave = Leave::new(first, first + Duration::days(len)).unwrap();
            let next = next_working_instant(&h, &[leave], at).unwrap();
            prop_assert!(next >= at);
            prop_assert!(at_work(&h, &[leave], next));
            prop_assert!(!leave.covers(brussels(next).date()));
        }
    }

    #[test]
    fn a_typed_leave_is_read_or_every_mistake_named() {
        let today = day(2026, 12, 4);
        let form = |first: &str, last: &str| LeaveForm {
            first: first.into(),
            last: last.into(),
        };
        assert_eq!(
            form("21/12/2026", "1/1/2027").parse(today),
            Ok(Leave::new(day(2026, 12, 21), day(2027, 1, 1)).unwrap())
        );
        assert_eq!(
            form("2026-12-07", "").parse(today),
            Ok(Leave::new(day(2026, 12, 7), day(2026, 12, 7)).unwrap()),
            "one day when the last is left empty"
        );
        assert_eq!(
            form("", "31/02/2027").parse(today),
            Err(vec![
                LeaveFormError::FirstMissing,
                LeaveFormError::LastNotADate
            ])
        );
        assert_eq!(
            form("10/12/2026", "9/12/2026").parse(today),
            Err(vec![LeaveFormError::EndsBeforeStart])
        );
        assert_eq!(
            form("1/12/2026", "3/12/2026").parse(today),
            Err(vec![LeaveFormError::Past])
        );
        assert_eq!(
            form("4/12/2026", "").parse(today).map(|l| l.first),
            Ok(today),
            "today is not past"
        );
        assert_eq!(
            form("1/1/2027", "2/1/2028").parse(today),
            Err(vec![LeaveFormError::TooLong])
        );
    }
}
