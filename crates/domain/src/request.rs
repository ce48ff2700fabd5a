//! Requests (demandes): how they arrived, how urgent they are, where they stand, and
//! the date by which the person was promised an answer.

use crate::calendar::add_working_days;
use chrono::NaiveDate;

macro_rules! coded_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $code:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),* }
            }

            pub fn parse(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
}

coded_enum!(
    /// How the request reached the service. Every channel counts.
    ArrivalChannel {
        WalkIn = "walk-in",
        Phone = "phone",
        Voicemail = "voicemail",
        Letter = "letter",
        Email = "email",
        OnlineForm = "online-form",
        Referral = "referral",
        HomeVisit = "home-visit",
    }
);

coded_enum!(
    Urgency {
        Urgent = "urgent",
        Normal = "normal",
        CanWait = "can-wait",
    }
);

coded_enum!(
    /// Where a request stands.
    RequestStatus {
        New = "new",
        Acknowledged = "acknowledged",
        InProgress = "in-progress",
        WaitingForPerson = "waiting-for-person",
        Done = "done",
        Redirected = "redirected",
        Withdrawn = "withdrawn",
    }
);

impl RequestStatus {
    /// Closed requests no longer count as open or overdue.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            RequestStatus::Done | RequestStatus::Redirected | RequestStatus::Withdrawn
        )
    }

    /// The statuses a request may move to from this one.
    pub fn next(self) -> &'static [RequestStatus] {
        use RequestStatus::*;
        match self {
            New => &[Acknowledged, InProgress, Redirected, Withdrawn],
            Acknowledged => &[InProgress, WaitingForPerson, Done, Redirected, Withdrawn],
            InProgress | WaitingForPerson => {
                &[InProgress, WaitingForPerson, Done, Redirected, Withdrawn]
            }
            Done | Redirected | Withdrawn => &[InProgress],
        }
    }
}

/// A service's promised response times, in working days, per urgency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponseTimes {
    pub urgent: u32,
    pub normal: u32,
    pub can_wait: u32,
}

impl Default for ResponseTimes {
    /// Used until a coordinator sets the service's own times.
    fn default() -> Self {
        Self {
            urgent: 2,
            normal: 10,
            can_wait: 20,
        }
    }
}

impl ResponseTimes {
    pub fn days(&self, u: Urgency) -> u32 {
        match u {
            Urgency::Urgent => self.urgent,
            Urgency::Normal => self.normal,
            Urgency::CanWait => self.can_wait,
        }
    }

    /// The promised date: this many working days after the day the request arrived,
    /// skipping weekends, public holidays and the site's closing days.
    pub fn promised_date(
        &self,
        arrived: NaiveDate,
        u: Urgency,
        closing_days: &[NaiveDate],
    ) -> NaiveDate {
        add_working_days(arrived, self.days(u), closing_days)
    }
}

/// The longest response time a service may promise, in working days (about six months).
pub const MAX_RESPONSE_DAYS: u32 = 120;

/// What is wrong with response times typed by a coordinator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseTimesError {
    /// Not a whole number from 0 to [`MAX_RESPONSE_DAYS`].
    NotADayCount(Urgency),
    /// Urgent requests would wait longer than normal ones.
    UrgentLongerThanNormal,
    /// Normal requests would wait longer than those that can wait.
    NormalLongerThanCanWait,
}

impl ResponseTimes {
    /// Reads the three values as typed: whole numbers of working days from 0 to 120,
    /// urgent ≤ normal ≤ can wait. Every mistake is reported, not only the first.
    pub fn parse(
        urgent: &str,
        normal: &str,
        can_wait: &str,
    ) -> Result<Self, Vec<ResponseTimesError>> {
        let one = |typed: &str, u: Urgency| {
            typed
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|d| *d <= MAX_RESPONSE_DAYS)
                .ok_or(ResponseTimesError::NotADayCount(u))
        };
        let values = [
            one(urgent, Urgency::Urgent),
            one(normal, Urgency::Normal),
            one(can_wait, Urgency::CanWait),
        ];
        let mut errors: Vec<ResponseTimesError> = values.iter().filter_map(|v| v.err()).collect();
        if let [Ok(u), Ok(n), _] = values {
            if u > n {
                errors.push(ResponseTimesError::UrgentLongerThanNormal);
            }
        }
        if let [_, Ok(n), Ok(c)] = values {
            if n > c {
                errors.push(ResponseTimesError::NormalLongerThanCanWait);
            }
        }
        match values {
            [Ok(urgent), Ok(normal), Ok(can_wait)] if errors.is_empty() => Ok(Self {
                urgent,
                normal,
                can_wait,
            }),
            _ => Err(errors),
        }
    }
}

/// The reference a person can quote on the phone: the year the request was made and its
/// number, "2026-0042" (at least four digits; "2027-12345" once the numbers grow). The
/// number alone identifies the request; the year makes a mistyped number unlikely to
/// open another person's request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    pub year: i32,
    pub number: i64,
}

impl Reference {
    /// The reference of request `number` made at `created_at` (Unix seconds): its year is
    /// the Brussels year it was made in.
    pub fn of(number: i64, created_at: i64) -> Self {
        let made = chrono::DateTime::from_timestamp(created_at, 0)
            .map(|t| crate::clock::brussels(t).date())
            .unwrap_or_default();
        Self::new(number, made)
    }

    pub fn new(number: i64, made_on: NaiveDate) -> Self {
        use chrono::Datelike;
        Self {
            year: made_on.year(),
            number,
        }
    }

    /// Reads a reference as a person says or writes it: "2026-0042", "2026/42",
    /// "2026 0042", "2026.42". Anything else is `None`.
    pub fn parse(typed: &str) -> Option<Self> {
        let typed = typed.trim();
        let separator = |c: char| matches!(c, '-' | '/' | ' ' | '.');
        let split = typed.find(separator)?;
        let (year, number) = (
            &typed[..split],
            typed[split..].trim_start_matches(separator),
        );
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        if year.len() != 4 || !digits(year) || !digits(number) || number.len() > 12 {
            return None;
        }
        let number: i64 = number.parse().ok()?;
        (number > 0).then_some(Self {
            year: year.parse().ok()?,
            number,
        })
    }
}

impl std::fmt::Display for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{:04}", self.year, self.number)
    }
}

/// Overdue: still open and the promised date has passed.
pub fn is_overdue(status: RequestStatus, promised: NaiveDate, today: NaiveDate) -> bool {
    !status.is_closed() && promised < today
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn codes_round_trip() {
        for c in ArrivalChannel::ALL {
            assert_eq!(ArrivalChannel::parse(c.code()), Some(*c));
        }
        for s in RequestStatus::ALL {
            assert_eq!(RequestStatus::parse(s.code()), Some(*s));
        }
        assert_eq!(Urgency::parse("whenever"), None);
    }

    #[test]
    fn the_promised_date_counts_working_days_only() {
        let t = ResponseTimes::default();
        // Monday 21 Dec 2026, urgent (2): Tue 22, Wed 23 → 23 Dec.
        assert_eq!(
            t.promised_date(date(2026, 12, 21), Urgency::Urgent, &[]),
            date(2026, 12, 23)
        );
        // With the site closed on 24 Dec, normal (10) from Wed 23 Dec:
        // 28, 29, 30, 31 Dec, 4, 5, 6, 7, 8, 11 Jan.
        assert_eq!(
            t.promised_date(date(2026, 12, 23), Urgency::Normal, &[date(2026, 12, 24)]),
            date(2027, 1, 11)
        );
    }

    #[test]
    fn response_times_are_whole_day_counts_in_order() {
        assert_eq!(
            ResponseTimes::parse(" 1", "5 ", "15"),
            Ok(ResponseTimes {
                urgent: 1,
                normal: 5,
                can_wait: 15
            })
        );
        assert!(ResponseTimes::parse("0", "0", "120").is_ok());
        assert!(ResponseTimes::parse("3", "3", "3").is_ok());
        assert_eq!(
            ResponseTimes::parse("two", "-1", "121"),
            Err(vec![
                ResponseTimesError::NotADayCount(Urgency::Urgent),
                ResponseTimesError::NotADayCount(Urgency::Normal),
                ResponseTimesError::NotADayCount(Urgency::CanWait),
            ])
        );
        assert_eq!(
            ResponseTimes::parse("2.5", "", "10"),
            Err(vec![
                ResponseTimesError::NotADayCount(Urgency::Urgent),
                ResponseTimesError::NotADayCount(Urgency::Normal),
            ])
        );
        assert_eq!(
            ResponseTimes::parse("10", "5", "3"),
            Err(vec![
                ResponseTimesError::UrgentLongerThanNormal,
                ResponseTimesError::NormalLongerThanCanWait,
            ])
        );
        assert_eq!(
            ResponseTimes::parse("x", "30", "12"),
            Err(vec![
                ResponseTimesError::NotADayCount(Urgency::Urgent),
                ResponseTimesError::NormalLongerThanCanWait,
            ])
        );
        assert_eq!(
            ResponseTimes::parse("2", "20", "10"),
            Err(vec![ResponseTimesError::NormalLongerThanCanWait])
        );
    }

    #[test]
    fn closed_requests_are_never_overdue() {
        let promised = date(2026, 3, 2);
        assert!(is_overdue(
            RequestStatus::InProgress,
            promised,
            date(2026, 3, 3)
        ));
        assert!(!is_overdue(
            RequestStatus::InProgress,
            promised,
            date(2026, 3, 2)
        ));
        assert!(!is_overdue(RequestStatus::Done, promised, date(2026, 4, 1)));
    }

    #[test]
    fn a_reference_is_the_year_and_the_number_and_reads_back_as_typed() {
        let r = Reference::new(42, date(2026, 3, 3));
        assert_eq!(r.to_string(), "2026-0042");
        assert_eq!(
            Reference::new(12345, date(2027, 1, 2)).to_string(),
            "2027-12345"
        );
        for typed in [
            "2026-0042",
            " 2026/42 ",
            "2026 0042",
            "2026.042",
            "2026 - 42",
        ] {
            assert_eq!(Reference::parse(typed), Some(r), "{typed}");
        }
        for typed in [
            "",
            "42",
            "26-0042",
            "2026-",
            "2026-00x2",
            "abcd-0042",
            "2026-0000",
            "2026-42-1",
        ] {
            assert_eq!(Reference::parse(typed), None, "{typed}");
        }
    }

    #[test]
    fn a_closed_request_can_only_be_reopened() {
        assert_eq!(RequestStatus::Done.next(), &[RequestStatus::InProgress]);
        assert!(RequestStatus::New
            .next()
            .contains(&RequestStatus::Acknowledged));
    }
}
