//! Mandates: the person allows the organisation — not one worker — to do online
//! procedures in their name, for some areas (tax, pension…) and for a limited time.
//! Doing something *for* someone (rather than *with* them) is only allowed under a
//! mandate that covers the area on that Brussels calendar day.
//!
//! Pure rules. The store keeps the mandates and their revocations; [`Mandate`] is a view
//! of what it holds, and [`may_act_for`] is the rule the desk asks before an act "for".
//!
//! Dates are Brussels calendar days and periods are inclusive: a mandate from 15 March
//! for one month covers 15 March to 14 April, both included. A revocation takes effect
//! on the day it is recorded: the person said stop, so nothing is done in their name that
//! day any more, even if it was still morning when the mandate was signed.

use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};

/// The areas a mandate may cover. Each shipped platform belongs to one (see
/// `assistance::Platform::area`); organisation-defined platforms pick theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    Tax,
    SocialSecurity,
    HealthInsurance,
    Pension,
    Unemployment,
    Housing,
    Energy,
    Banking,
    MunicipalCounter,
    Residence,
    Other,
}

impl Area {
    pub const ALL: [Area; 11] = [
        Area::Tax,
        Area::SocialSecurity,
        Area::HealthInsurance,
        Area::Pension,
        Area::Unemployment,
        Area::Housing,
        Area::Energy,
        Area::Banking,
        Area::MunicipalCounter,
        Area::Residence,
        Area::Other,
    ];

    /// Stable code used in the database, forms and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Area::Tax => "tax",
            Area::SocialSecurity => "social-security",
            Area::HealthInsurance => "health-insurance",
            Area::Pension => "pension",
            Area::Unemployment => "unemployment",
            Area::Housing => "housing",
            Area::Energy => "energy",
            Area::Banking => "banking",
            Area::MunicipalCounter => "municipal-counter",
            Area::Residence => "residence",
            Area::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// How long a mandate lasts. Short on purpose: a mandate is renewed rather than left
/// running, so that the person is asked again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Duration {
    OneDay,
    OneMonth,
    ThreeMonths,
    SixMonths,
    OneYear,
}

impl Duration {
    pub const ALL: [Duration; 5] = [
        Duration::OneDay,
        Duration::OneMonth,
        Duration::ThreeMonths,
        Duration::SixMonths,
        Duration::OneYear,
    ];

    /// Stable code used in the database and forms.
    pub fn code(self) -> &'static str {
        match self {
            Duration::OneDay => "one-day",
            Duration::OneMonth => "one-month",
            Duration::ThreeMonths => "three-months",
            Duration::SixMonths => "six-months",
            Duration::OneYear => "one-year",
        }
    }

    pub fn parse(code: &str) -> Option<Duration> {
        Duration::ALL.into_iter().find(|d| d.code() == code)
    }

    /// Calendar months in the duration (none for a single day).
    fn months(self) -> u32 {
        match self {
            Duration::OneDay => 0,
            Duration::OneMonth => 1,
            Duration::ThreeMonths => 3,
            Duration::SixMonths => 6,
            Duration::OneYear => 12,
        }
    }

    /// The last day covered by a mandate of this duration starting on `start`.
    ///
    /// One day covers just `start`. Months are counted the Belgian way, "de quantième à
    /// veille de quantième": the period ends the day before the same day number N months
    /// later (15 March + one month → 14 April; 29 February 2028 + one year → 28 February
    /// 2029). When that month has no such day (31 January + one month: there is no 31
    /// February), the period ends on the last day of that month: 31 January 2026 → 28
    /// February 2026, 31 January 2028 → 29 February 2028. This never gives a period
    /// longer than promised (it never spills into the month after), and never cuts more
    /// than needed: clamping to 28 February and then taking a day off (27 February) would
    /// lose a day the person agreed to.
    pub fn last_day(self, start: NaiveDate) -> NaiveDate {
        let months = self.months();
        if months == 0 {
            return start;
        }
        // chrono clamps a missing day to the last day of the month (31 Jan → 28 Feb).
        let Some(same_day) = start.checked_add_months(Months::new(months)) else {
            return NaiveDate::MAX;
        };
        if same_day.day() == start.day() {
            same_day.pred_opt().unwrap_or(start)
        } else {
            // The day number does not exist there: the month's last day, already clamped.
            same_day
        }
    }
}

/// An inclusive period of Brussels calendar days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    pub start: NaiveDate,
    pub last_day: NaiveDate,
}

impl Period {
    /// The period of a mandate of `duration` starting on `start`.
    pub fn new(start: NaiveDate, duration: Duration) -> Period {
        Period {
            start,
            last_day: duration.last_day(start),
        }
    }

    /// Whether `day` falls within the period, both ends included.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.last_day
    }
}

/// One area of a mandate, and the day the person withdrew it, if they did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MandateAreaState {
    pub area: Area,
    pub revoked_on: Option<NaiveDate>,
}

/// A mandate as the store holds it: its period, its areas (each possibly revoked on its
/// own) and the day the whole mandate was revoked, if it was.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Mandate {
    pub period: Period,
    pub areas: Vec<MandateAreaState>,
    pub revoked_all_on: Option<NaiveDate>,
}

/// Where a mandate stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Active,
    NotYetValid,
    Ended,
    /// Revoked as a whole, or every one of its areas revoked.
    Revoked,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Active,
        Status::NotYetValid,
        Status::Ended,
        Status::Revoked,
    ];

    /// Stable code used in filters and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::NotYetValid => "not-yet-valid",
            Status::Ended => "ended",
            Status::Revoked => "revoked",
        }
    }

    pub fn parse(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Why nothing may be done in the person's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Refusal {
    /// The person has given the organisation no mandate at all.
    NoMandate,
    /// A mandate covers the area but has not started yet.
    NotYetValid { starts: NaiveDate },
    /// The mandate covering the area ended; `on` is the last day it covered.
    Ended { on: NaiveDate },
    /// There are mandates, but none of them is for this area.
    AreaNotCovered,
    /// The person withdrew the mandate (or this area of it) on that day.
    Revoked { on: NaiveDate },
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::NoMandate => write!(
                f,
                "the person has not given the organisation a mandate to act for them"
            ),
            Refusal::NotYetValid { starts } => write!(
                f,
                "the mandate only starts on {}",
                starts.format("%d/%m/%Y")
            ),
            Refusal::Ended { on } => {
                write!(f, "the mandate ended on {}", on.format("%d/%m/%Y"))
            }
            Refusal::AreaNotCovered => write!(f, "no mandate of the person covers this area"),
            Refusal::Revoked { on } => write!(
                f,
                "the person withdrew the mandate on {}",
                on.format("%d/%m/%Y")
            ),
        }
    }
}

impl std::error::Error for Refusal {}

impl Mandate {
    /// Whether the mandate lets the organisation act in `area` on `day`: the day is in
    /// the period, the area is one of the mandate's, and neither the area nor the whole
    /// mandate was revoked on or before that day.
    pub fn covers(&self, area: Area, day: NaiveDate) -> bool {
        self.obstacle(area, day).is_none()
    }

    /// What keeps this mandate from covering `area` on `day`, or `None` if it covers it.
    /// When a mandate was both revoked and has ended, what stopped it first is told.
    fn obstacle(&self, area: Area, day: NaiveDate) -> Option<Refusal> {
        let Some(state) = self.areas.iter().find(|s| s.area == area) else {
            return Some(Refusal::AreaNotCovered);
        };
        let revoked = [state.revoked_on, self.revoked_all_on]
            .into_iter()
            .flatten()
            .filter(|r| *r <= day)
            .min();
        let ended = day > self.period.last_day;
        match revoked {
            Some(r) if !ended || r <= self.period.last_day => Some(Refusal::Revoked { on: r }),
            _ if ended => Some(Refusal::Ended {
                on: self.period.last_day,
            }),
            _ if day < self.period.start => Some(Refusal::NotYetValid {
                starts: self.period.start,
            }),
            _ => None,
        }
    }

    /// The day the mandate as a whole stopped by revocation: the day it was revoked
    /// entirely, or the day its last remaining area was, whichever came first.
    fn fully_revoked_on(&self) -> Option<NaiveDate> {
        let last_area = if self.areas.is_empty() {
            None
        } else {
            self.areas
                .iter()
                .map(|s| s.revoked_on)
                .collect::<Option<Vec<_>>>()
                .and_then(|days| days.into_iter().max())
        };
        [self.revoked_all_on, last_area].into_iter().flatten().min()
    }

    /// Where the mandate stands on `today`. Revoked wins over the period, except for a
    /// revocation recorded after the mandate had already ended (it ended first).
    pub fn status(&self, today: NaiveDate) -> Status {
        let ended = today > self.period.last_day;
        match self.fully_revoked_on() {
            Some(r) if r <= today && (!ended || r <= self.period.last_day) => Status::Revoked,
            _ if ended => Status::Ended,
            _ if today < self.period.start => Status::NotYetValid,
            _ => Status::Active,
        }
    }

    /// Whether the mandate is active today and its last day comes within the next `days`
    /// days (today and the `days`-th day included): the "mandates ending soon" list, so
    /// the person can be asked in time whether to renew it.
    pub fn ending_within(&self, today: NaiveDate, days: i64) -> bool {
        if days < 0 || self.status(today) != Status::Active {
            return false;
        }
        let horizon = today
            .checked_add_signed(chrono::Duration::days(days))
            .unwrap_or(NaiveDate::MAX);
        self.period.last_day <= horizon
    }
}

/// Whether the organisation may act for the person in `area` at the instant `at`. The
/// instant is read as a Brussels calendar day: at 00:30 in Brussels it is already the next
/// day, whatever UTC says.
///
/// When no mandate covers it, the most helpful reason is given: a mandate that starts
/// later (earliest first), else whatever stopped a mandate most recently (revoked or
/// ended; on the same day, revoked), else the area is not covered, else no mandate.
pub fn may_act_for(mandates: &[Mandate], area: Area, at: DateTime<Utc>) -> Result<(), Refusal> {
    let day = crate::clock::brussels(at).date();
    let obstacles: Vec<Refusal> = match mandates
        .iter()
        .map(|m| m.obstacle(area, day))
        .collect::<Option<Vec<_>>>()
    {
        // One mandate without an obstacle covers it.
        None => return Ok(()),
        Some(obstacles) => obstacles,
    };
    if obstacles.is_empty() {
        return Err(Refusal::NoMandate);
    }
    let starts = obstacles
        .iter()
        .filter_map(|o| match o {
            Refusal::NotYetValid { starts } => Some(*starts),
            _ => None,
        })
        .min();
    if let Some(starts) = starts {
        return Err(Refusal::NotYetValid { starts });
    }
    // The day each stop took effect: a revocation on its day, an end the day after.
    let stopped = obstacles
        .iter()
        .filter_map(|o| match o {
            Refusal::Revoked { on } => Some((*on, 1, *o)),
            Refusal::Ended { on } => Some((on.succ_opt().unwrap_or(*on), 0, *o)),
            _ => None,
        })
        .max_by_key(|(effective, rank, _)| (*effective, *rank));
    match stopped {
        Some((_, _, refusal)) => Err(refusal),
        None => Err(Refusal::AreaNotCovered),
    }
}

/// Whether the person has already given a mandate to someone else (another service, a
/// relative). Asked so that two helpers do not file the same procedure twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Elsewhere {
    Yes,
    No,
    Unknown,
}

impl Elsewhere {
    pub const ALL: [Elsewhere; 3] = [Elsewhere::Yes, Elsewhere::No, Elsewhere::Unknown];

    /// Stable code used in the database and forms.
    pub fn code(self) -> &'static str {
        match self {
            Elsewhere::Yes => "yes",
            Elsewhere::No => "no",
            Elsewhere::Unknown => "unknown",
        }
    }

    pub fn parse(code: &str) -> Option<Elsewhere> {
        Elsewhere::ALL.into_iter().find(|e| e.code() == code)
    }
}

/// A new mandate as typed in the form, every field as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MandateForm {
    /// Area codes, one per ticked box.
    pub areas: Vec<String>,
    pub duration: String,
    /// `YYYY-MM-DD` or `DD/MM/YYYY`; empty means today.
    pub start: String,
    /// `yes`, `no` or `unknown`.
    pub elsewhere: String,
}

/// A new mandate, checked and ready to be stored (and its document printed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMandate {
    /// Sorted, each once.
    pub areas: Vec<Area>,
    pub duration: Duration,
    pub period: Period,
    pub elsewhere: Elsewhere,
}

/// The fields of [`MandateForm`], to attach each error to its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MandateField {
    Areas,
    Duration,
    Start,
    Elsewhere,
}

impl MandateField {
    /// The form field's name, for anchors in the error summary.
    pub fn code(self) -> &'static str {
        match self {
            MandateField::Areas => "areas",
            MandateField::Duration => "duration",
            MandateField::Start => "start",
            MandateField::Elsewhere => "elsewhere",
        }
    }
}

/// Why a new-mandate form was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MandateError {
    NoArea,
    /// A code that is not an [`Area`] (a forged or outdated form).
    UnknownArea(String),
    DurationRequired,
    UnknownDuration,
    NotADate,
    /// More than a week back: a mandate is recorded when it is signed, not long after.
    StartTooEarly {
        earliest: NaiveDate,
    },
    /// More than three months ahead: the person's situation may have changed by then.
    StartTooLate {
        latest: NaiveDate,
    },
    ElsewhereRequired,
    UnknownElsewhere,
}

impl std::fmt::Display for MandateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MandateError::NoArea => write!(f, "choose at least one area"),
            MandateError::UnknownArea(code) => write!(f, "unknown area: {code}"),
            MandateError::DurationRequired => write!(f, "choose how long the mandate lasts"),
            MandateError::UnknownDuration => write!(f, "not one of the durations offered"),
            MandateError::NotADate => {
                write!(
                    f,
                    "type a date as DD/MM/YYYY or YYYY-MM-DD, e.g. 15/03/2026"
                )
            }
            MandateError::StartTooEarly { earliest } => write!(
                f,
                "the mandate cannot start before {}",
                earliest.format("%d/%m/%Y")
            ),
            MandateError::StartTooLate { latest } => write!(
                f,
                "the mandate cannot start after {}",
                latest.format("%d/%m/%Y")
            ),
            MandateError::ElsewhereRequired => write!(
                f,
                "say whether the person has already given a mandate elsewhere"
            ),
            MandateError::UnknownElsewhere => write!(f, "answer yes, no or unknown"),
        }
    }
}

impl std::error::Error for MandateError {}

/// How far back a mandate may start: it is recorded within a week of being signed.
pub const START_DAYS_BACK: i64 = 7;
/// How far ahead a mandate may start.
pub const START_DAYS_AHEAD: i64 = 90;

impl MandateForm {
    /// Checks every field and returns all the errors at once, each with its field, so
    /// that the form comes back with a complete error summary.
    pub fn parse(&self, today: NaiveDate) -> Result<NewMandate, Vec<(MandateField, MandateError)>> {
        let mut errors = Vec::new();

        let mut areas = Vec::new();
        for code in self
            .areas
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
        {
            match Area::parse(code) {
                Some(a) => areas.push(a),
                None => errors.push((MandateField::Areas, MandateError::UnknownArea(code.into()))),
            }
        }
        areas.sort();
        areas.dedup();
        if areas.is_empty() && errors.is_empty() {
            errors.push((MandateField::Areas, MandateError::NoArea));
        }

        let duration = match self.duration.trim() {
            "" => Err(MandateError::DurationRequired),
            code => Duration::parse(code).ok_or(MandateError::UnknownDuration),
        };

        let start = match self.start.trim() {
            "" => Ok(today),
            typed => parse_typed_date(typed).ok_or(MandateError::NotADate),
        }
        .and_then(|start| {
            let earliest = today - chrono::Duration::days(START_DAYS_BACK);
            let latest = today + chrono::Duration::days(START_DAYS_AHEAD);
            if start < earliest {
                Err(MandateError::StartTooEarly { earliest })
            } else if start > latest {
                Err(MandateError::StartTooLate { latest })
            } else {
                Ok(start)
            }
        });

        let elsewhere = match self.elsewhere.trim() {
            "" => Err(MandateError::ElsewhereRequired),
            code => Elsewhere::parse(code).ok_or(MandateError::UnknownElsewhere),
        };

        let duration = duration.map_err(|e| errors.push((MandateField::Duration, e)));
        let start = start.map_err(|e| errors.push((MandateField::Start, e)));
        let elsewhere = elsewhere.map_err(|e| errors.push((MandateField::Elsewhere, e)));
        match (duration, start, elsewhere) {
            (Ok(duration), Ok(start), Ok(elsewhere)) if errors.is_empty() => Ok(NewMandate {
                areas,
                duration,
                period: Period::new(start, duration),
                elsewhere,
            }),
            _ => Err(errors),
        }
    }
}

/// A date as typed at the desk: `YYYY-MM-DD` (what a date input sends) or the Belgian
/// `DD/MM/YYYY` (also with `-` or `.`), day and month with one or two digits, the year
/// always with four (a two-digit year is ambiguous). `None` when it is not a real date.
pub(crate) fn parse_typed_date(typed: &str) -> Option<NaiveDate> {
    let typed = typed.trim();
    let number = |s: &str, digits: std::ops::RangeInclusive<usize>| -> Option<u32> {
        if digits.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let sep = typed.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = typed.split(sep).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = if sep == '-' && a.len() == 4 {
        (number(a, 4..=4)?, number(b, 1..=2)?, number(c, 1..=2)?)
    } else {
        (number(c, 4..=4)?, number(b, 1..=2)?, number(a, 1..=2)?)
    };
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn utc(y: i32, m: u32, day: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, day, h, min, 0).unwrap()
    }

    fn mandate(start: NaiveDate, duration: Duration, areas: &[Area]) -> Mandate {
        Mandate {
            period: Period::new(start, duration),
            areas: areas
                .iter()
                .map(|&area| MandateAreaState {
                    area,
                    revoked_on: None,
                })
                .collect(),
            revoked_all_on: None,
        }
    }

    #[test]
    fn codes_round_trip() {
        for a in Area::ALL {
            assert_eq!(Area::parse(a.code()), Some(a));
        }
        for du in Duration::ALL {
            assert_eq!(Duration::parse(du.code()), Some(du));
        }
        for s in Status::ALL {
            assert_eq!(Status::parse(s.code()), Some(s));
        }
        for e in Elsewhere::ALL {
            assert_eq!(Elsewhere::parse(e.code()), Some(e));
        }
        assert_eq!(
            Area::ALL.map(Area::code),
            [
                "tax",
                "social-security",
                "health-insurance",
                "pension",
                "unemployment",
                "housing",
                "energy",
                "banking",
                "municipal-counter",
                "residence",
                "other"
            ]
        );
        assert_eq!(
            Duration::ALL.map(Duration::code),
            [
                "one-day",
                "one-month",
                "three-months",
                "six-months",
                "one-year"
            ]
        );
        assert_eq!(Area::parse("Tax"), None);
        assert_eq!(Duration::parse(""), None);
        for code in Area::ALL
            .map(Area::code)
            .into_iter()
            .chain(Duration::ALL.map(Duration::code))
        {
            assert!(code
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
        }
    }

    #[test]
    fn last_days_go_from_a_day_number_to_the_day_before_it() {
        let cases = [
            (Duration::OneDay, d(2026, 3, 15), d(2026, 3, 15)),
            (Duration::OneMonth, d(2026, 3, 15), d(2026, 4, 14)),
            (Duration::OneMonth, d(2026, 3, 1), d(2026, 3, 31)),
            (Duration::OneMonth, d(2026, 12, 20), d(2027, 1, 19)),
            // No 31 February: the last day of February, never into March.
            (Duration::OneMonth, d(2026, 1, 31), d(2026, 2, 28)),
            (Duration::OneMonth, d(2026, 1, 30), d(2026, 2, 28)),
            (Duration::OneMonth, d(2026, 1, 29), d(2026, 2, 28)),
            (Duration::OneMonth, d(2026, 1, 28), d(2026, 2, 27)),
            (Duration::OneMonth, d(2028, 1, 31), d(2028, 2, 29)),
            (Duration::OneMonth, d(2028, 1, 29), d(2028, 2, 28)),
            (Duration::OneMonth, d(2026, 3, 31), d(2026, 4, 30)),
            (Duration::OneMonth, d(2026, 2, 28), d(2026, 3, 27)),
            (Duration::ThreeMonths, d(2026, 3, 15), d(2026, 6, 14)),
            (Duration::ThreeMonths, d(2026, 11, 30), d(2027, 2, 28)),
            (Duration::SixMonths, d(2026, 8, 31), d(2027, 2, 28)),
            (Duration::SixMonths, d(2026, 1, 1), d(2026, 6, 30)),
            (Duration::OneYear, d(2026, 3, 15), d(2027, 3, 14)),
            (Duration::OneYear, d(2026, 1, 1), d(2026, 12, 31)),
            (Duration::OneYear, d(2028, 2, 29), d(2029, 2, 28)),
        ];
        for (duration, start, last) in cases {
            assert_eq!(duration.last_day(start), last, "{duration:?} from {start}");
        }
        // The end of time does not panic.
        assert_eq!(Duration::OneYear.last_day(NaiveDate::MAX), NaiveDate::MAX);
    }

    #[test]
    fn a_mandate_covers_its_areas_from_the_start_day_to_the_last_day() {
        let m = mandate(
            d(2026, 3, 15),
            Duration::OneMonth,
            &[Area::Tax, Area::Pension],
        );
        assert!(!m.covers(Area::Tax, d(2026, 3, 14)));
        assert!(m.covers(Area::Tax, d(2026, 3, 15)));
        assert!(m.covers(Area::Pension, d(2026, 4, 1)));
        assert!(m.covers(Area::Tax, d(2026, 4, 14)));
        assert!(!m.covers(Area::Tax, d(2026, 4, 15)));
        assert!(!m.covers(Area::Housing, d(2026, 3, 20)));
    }

    #[test]
    fn a_revocation_takes_effect_on_the_day_it_is_recorded() {
        let mut m = mandate(
            d(2026, 3, 15),
            Duration::OneMonth,
            &[Area::Tax, Area::Pension],
        );
        m.areas[0].revoked_on = Some(d(2026, 3, 20));
        assert!(m.covers(Area::Tax, d(2026, 3, 19)));
        assert!(!m.covers(Area::Tax, d(2026, 3, 20)));
        assert!(!m.covers(Area::Tax, d(2026, 3, 21)));
        assert!(m.covers(Area::Pension, d(2026, 3, 20)));
        assert_eq!(m.status(d(2026, 3, 20)), Status::Active);

        m.revoked_all_on = Some(d(2026, 3, 25));
        assert!(m.covers(Area::Pension, d(2026, 3, 24)));
        assert!(!m.covers(Area::Pension, d(2026, 3, 25)));
        assert_eq!(m.status(d(2026, 3, 24)), Status::Active);
        assert_eq!(m.status(d(2026, 3, 25)), Status::Revoked);
        // Still told as revoked once the period is over: that is what stopped it.
        assert_eq!(m.status(d(2026, 5, 1)), Status::Revoked);
    }

    #[test]
    fn statuses_follow_the_period_and_the_revocations() {
        let mut m = mandate(
            d(2026, 3, 15),
            Duration::OneMonth,
            &[Area::Tax, Area::Pension],
        );
        assert_eq!(m.status(d(2026, 3, 14)), Status::NotYetValid);
        assert_eq!(m.status(d(2026, 3, 15)), Status::Active);
        assert_eq!(m.status(d(2026, 4, 14)), Status::Active);
        assert_eq!(m.status(d(2026, 4, 15)), Status::Ended);
        // Every area revoked, one after the other: revoked once the last one is.
        m.areas[0].revoked_on = Some(d(2026, 3, 16));
        m.areas[1].revoked_on = Some(d(2026, 3, 18));
        assert_eq!(m.status(d(2026, 3, 17)), Status::Active);
        assert_eq!(m.status(d(2026, 3, 18)), Status::Revoked);
        // Revoked before it even started.
        let mut early = mandate(d(2026, 6, 1), Duration::OneMonth, &[Area::Tax]);
        early.revoked_all_on = Some(d(2026, 5, 20));
        assert_eq!(early.status(d(2026, 5, 20)), Status::Revoked);
        assert_eq!(early.status(d(2026, 5, 19)), Status::NotYetValid);
        // A revocation recorded after the end does not rewrite history: it ended.
        let mut late = mandate(d(2026, 1, 1), Duration::OneMonth, &[Area::Tax]);
        late.revoked_all_on = Some(d(2026, 3, 1));
        assert_eq!(late.status(d(2026, 3, 2)), Status::Ended);
    }

    #[test]
    fn mandates_ending_soon_are_active_ones_whose_last_day_is_near() {
        let m = mandate(d(2026, 3, 15), Duration::OneMonth, &[Area::Tax]);
        // Last day 14 April.
        assert!(!m.ending_within(d(2026, 3, 14), 60), "not yet valid");
        assert!(!m.ending_within(d(2026, 3, 15), 29));
        assert!(m.ending_within(d(2026, 3, 15), 30));
        assert!(m.ending_within(d(2026, 4, 14), 0), "its last day is today");
        assert!(m.ending_within(d(2026, 4, 14), 30));
        assert!(!m.ending_within(d(2026, 4, 15), 30), "ended");
        assert!(!m.ending_within(d(2026, 4, 1), -1));
        let mut revoked = m.clone();
        revoked.revoked_all_on = Some(d(2026, 4, 1));
        assert!(!revoked.ending_within(d(2026, 4, 10), 30));
    }

    #[test]
    fn acting_for_the_person_is_checked_on_the_brussels_day() {
        // Winter: last day 15 January 2026.
        let winter = [mandate(d(2025, 12, 16), Duration::OneMonth, &[Area::Tax])];
        assert_eq!(winter[0].period.last_day, d(2026, 1, 15));
        assert_eq!(
            may_act_for(&winter, Area::Tax, utc(2025, 12, 16, 8, 0)),
            Ok(())
        );
        // 23:30 UTC on the 15th before is 00:30 on the 16th in Brussels: valid.
        assert_eq!(
            may_act_for(&winter, Area::Tax, utc(2025, 12, 15, 23, 30)),
            Ok(())
        );
        assert_eq!(
            may_act_for(&winter, Area::Tax, utc(2025, 12, 15, 22, 30)),
            Err(Refusal::NotYetValid {
                starts: d(2025, 12, 16)
            })
        );
        assert_eq!(
            may_act_for(&winter, Area::Tax, utc(2026, 1, 15, 22, 59)),
            Ok(())
        );
        // 23:30 UTC on the last day is 00:30 the next day in Brussels: refused.
        assert_eq!(
            may_act_for(&winter, Area::Tax, utc(2026, 1, 15, 23, 30)),
            Err(Refusal::Ended { on: d(2026, 1, 15) })
        );
        assert_eq!(
            may_act_for(&winter, Area::Tax, utc(2026, 1, 16, 9, 0)),
            Err(Refusal::Ended { on: d(2026, 1, 15) })
        );

        // Summer: last day 15 July 2026; 21:30 UTC is 23:30 in Brussels, still that day.
        let summer = [mandate(d(2026, 6, 16), Duration::OneMonth, &[Area::Tax])];
        assert_eq!(summer[0].period.last_day, d(2026, 7, 15));
        assert_eq!(
            may_act_for(&summer, Area::Tax, utc(2026, 7, 15, 21, 30)),
            Ok(())
        );
        assert_eq!(
            may_act_for(&summer, Area::Tax, utc(2026, 7, 15, 22, 0)),
            Err(Refusal::Ended { on: d(2026, 7, 15) })
        );
    }

    #[test]
    fn a_change_of_clocks_inside_the_period_changes_nothing() {
        // 1 to 31 March 2026; summer time starts on 29 March at 01:00 UTC.
        let march = [mandate(d(2026, 3, 1), Duration::OneMonth, &[Area::Pension])];
        for at in [
            utc(2026, 3, 29, 0, 30),
            utc(2026, 3, 29, 1, 0),
            utc(2026, 3, 29, 22, 30),
            utc(2026, 3, 31, 21, 59),
        ] {
            assert_eq!(may_act_for(&march, Area::Pension, at), Ok(()), "{at}");
        }
        // 22:00 UTC on the 31st is already 1 April in Brussels (summer time).
        assert_eq!(
            may_act_for(&march, Area::Pension, utc(2026, 3, 31, 22, 0)),
            Err(Refusal::Ended { on: d(2026, 3, 31) })
        );

        // A single-day mandate on the day summer time starts: 23 hours long.
        let spring = [mandate(d(2026, 3, 29), Duration::OneDay, &[Area::Tax])];
        assert!(may_act_for(&spring, Area::Tax, utc(2026, 3, 28, 22, 59)).is_err());
        assert_eq!(
            may_act_for(&spring, Area::Tax, utc(2026, 3, 28, 23, 0)),
            Ok(())
        );
        assert_eq!(
            may_act_for(&spring, Area::Tax, utc(2026, 3, 29, 21, 59)),
            Ok(())
        );
        assert!(may_act_for(&spring, Area::Tax, utc(2026, 3, 29, 22, 0)).is_err());

        // On the day it ends (25 October 2026), 25 hours long.
        let autumn = [mandate(d(2026, 10, 25), Duration::OneDay, &[Area::Tax])];
        assert!(may_act_for(&autumn, Area::Tax, utc(2026, 10, 24, 21, 59)).is_err());
        assert_eq!(
            may_act_for(&autumn, Area::Tax, utc(2026, 10, 24, 22, 0)),
            Ok(())
        );
        assert_eq!(
            may_act_for(&autumn, Area::Tax, utc(2026, 10, 25, 22, 59)),
            Ok(())
        );
        assert!(may_act_for(&autumn, Area::Tax, utc(2026, 10, 25, 23, 0)).is_err());
    }

    #[test]
    fn the_most_helpful_refusal_is_given() {
        let at = utc(2026, 5, 10, 10, 0); // 10 May in Brussels.
        assert_eq!(may_act_for(&[], Area::Tax, at), Err(Refusal::NoMandate));

        let housing = mandate(d(2026, 5, 1), Duration::OneMonth, &[Area::Housing]);
        assert_eq!(
            may_act_for(std::slice::from_ref(&housing), Area::Tax, at),
            Err(Refusal::AreaNotCovered)
        );

        // Ended on 30 April (effective 1 May), revoked on 5 May: the revocation is later.
        let ended = mandate(d(2026, 4, 1), Duration::OneMonth, &[Area::Tax]);
        let mut revoked = mandate(d(2026, 5, 1), Duration::ThreeMonths, &[Area::Tax]);
        revoked.areas[0].revoked_on = Some(d(2026, 5, 5));
        assert_eq!(
            may_act_for(
                &[ended.clone(), revoked.clone(), housing.clone()],
                Area::Tax,
                at
            ),
            Err(Refusal::Revoked { on: d(2026, 5, 5) })
        );
        // The other way round: revoked in March, then a newer mandate ended 30 April.
        let mut old = mandate(d(2026, 3, 1), Duration::OneMonth, &[Area::Tax]);
        old.revoked_all_on = Some(d(2026, 3, 10));
        assert_eq!(
            may_act_for(&[old.clone(), ended.clone()], Area::Tax, at),
            Err(Refusal::Ended { on: d(2026, 4, 30) })
        );
        // A mandate that starts later is the most useful thing to say.
        let next = mandate(d(2026, 6, 1), Duration::OneMonth, &[Area::Tax]);
        let later = mandate(d(2026, 7, 1), Duration::OneMonth, &[Area::Tax]);
        assert_eq!(
            may_act_for(
                &[later.clone(), revoked.clone(), next.clone()],
                Area::Tax,
                at
            ),
            Err(Refusal::NotYetValid {
                starts: d(2026, 6, 1)
            })
        );
        // One covering mandate is enough, whatever the others say.
        let current = mandate(d(2026, 5, 10), Duration::OneDay, &[Area::Tax, Area::Other]);
        assert_eq!(
            may_act_for(&[revoked, ended, next, current], Area::Tax, at),
            Ok(())
        );
        // A revoked area of a mandate that otherwise goes on.
        let mut partly = mandate(
            d(2026, 5, 1),
            Duration::OneMonth,
            &[Area::Tax, Area::Energy],
        );
        partly.areas[1].revoked_on = Some(d(2026, 5, 10));
        assert_eq!(
            may_act_for(std::slice::from_ref(&partly), Area::Tax, at),
            Ok(())
        );
        assert_eq!(
            may_act_for(&[partly], Area::Energy, at),
            Err(Refusal::Revoked { on: d(2026, 5, 10) })
        );
    }

    #[test]
    fn refusals_read_as_plain_english() {
        assert_eq!(
            Refusal::Ended { on: d(2026, 4, 14) }.to_string(),
            "the mandate ended on 14/04/2026"
        );
        assert!(Refusal::NoMandate.to_string().contains("mandate"));
        assert!(Refusal::Revoked { on: d(2026, 4, 1) }
            .to_string()
            .contains("withdrew"));
    }

    fn form(areas: &[&str], duration: &str, start: &str, elsewhere: &str) -> MandateForm {
        MandateForm {
            areas: areas.iter().map(|s| s.to_string()).collect(),
            duration: duration.into(),
            start: start.into(),
            elsewhere: elsewhere.into(),
        }
    }

    #[test]
    fn a_new_mandate_form_is_read() {
        let today = d(2026, 3, 10);
        let m = form(
            &["pension", "tax", "tax", " "],
            "one-month",
            "15/03/2026",
            "no",
        )
        .parse(today)
        .unwrap();
        assert_eq!(m.areas, [Area::Tax, Area::Pension]);
        assert_eq!(m.duration, Duration::OneMonth);
        assert_eq!(
            m.period,
            Period {
                start: d(2026, 3, 15),
                last_day: d(2026, 4, 14)
            }
        );
        assert_eq!(m.elsewhere, Elsewhere::No);
        // ISO dates, and today when left empty.
        let iso = form(&["tax"], "one-day", "2026-03-03", "unknown")
            .parse(today)
            .unwrap();
        assert_eq!(iso.period.start, d(2026, 3, 3));
        let empty = form(&["tax"], "one-year", "  ", "yes")
            .parse(today)
            .unwrap();
        assert_eq!(empty.period.start, today);
        assert_eq!(empty.period.last_day, d(2027, 3, 9));
        // Bounds: a week back, three months ahead.
        assert!(form(&["tax"], "one-day", "08/06/2026", "no")
            .parse(today)
            .is_ok());
    }

    #[test]
    fn a_new_mandate_form_returns_every_error_with_its_field() {
        let today = d(2026, 3, 10);
        let errors = form(&[], "", "31/02/2026", "").parse(today).unwrap_err();
        assert_eq!(
            errors,
            [
                (MandateField::Areas, MandateError::NoArea),
                (MandateField::Duration, MandateError::DurationRequired),
                (MandateField::Start, MandateError::NotADate),
                (MandateField::Elsewhere, MandateError::ElsewhereRequired),
            ]
        );
        let errors = form(&["tax", "lottery"], "forever", "02/03/2026", "maybe")
            .parse(today)
            .unwrap_err();
        assert_eq!(
            errors,
            [
                (
                    MandateField::Areas,
                    MandateError::UnknownArea("lottery".into())
                ),
                (MandateField::Duration, MandateError::UnknownDuration),
                (
                    MandateField::Start,
                    MandateError::StartTooEarly {
                        earliest: d(2026, 3, 3)
                    }
                ),
                (MandateField::Elsewhere, MandateError::UnknownElsewhere),
            ]
        );
        assert_eq!(
            form(&["tax"], "one-day", "09/06/2026", "no").parse(today),
            Err(vec![(
                MandateField::Start,
                MandateError::StartTooLate {
                    latest: d(2026, 6, 8)
                }
            )])
        );
        for (field, error) in errors {
            assert!(!field.code().is_empty());
            assert!(!error.to_string().is_empty());
        }
    }

    #[test]
    fn typed_dates() {
        assert_eq!(parse_typed_date("2026-03-15"), Some(d(2026, 3, 15)));
        assert_eq!(parse_typed_date(" 15/03/2026 "), Some(d(2026, 3, 15)));
        assert_eq!(parse_typed_date("5/3/2026"), Some(d(2026, 3, 5)));
        assert_eq!(parse_typed_date("05.03.2026"), Some(d(2026, 3, 5)));
        assert_eq!(parse_typed_date("05-03-2026"), Some(d(2026, 3, 5)));
        for bad in [
            "",
            "15/03/26",
            "2026/03/15",
            "31/04/2026",
            "15-03",
            "15/03/2026/1",
            "demain",
            "+15/03/2026",
            "1 5/03/2026",
        ] {
            assert_eq!(parse_typed_date(bad), None, "{bad}");
        }
    }

    fn start_2025_2030() -> impl Strategy<Value = NaiveDate> {
        (2025i32..=2030, 1u32..=366)
            .prop_filter_map("real day", |(y, o)| NaiveDate::from_yo_opt(y, o))
    }

    fn any_duration() -> impl Strategy<Value = Duration> {
        prop::sample::select(Duration::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn periods_end_on_or_after_their_start_and_not_a_day_later(
            start in start_2025_2030(),
            duration in any_duration(),
        ) {
            let last = duration.last_day(start);
            prop_assert!(last >= start);
            let m = mandate(start, duration, &Area::ALL);
            for area in Area::ALL {
                prop_assert!(m.covers(area, start));
                prop_assert!(m.covers(area, last));
                prop_assert!(!m.covers(area, last.succ_opt().unwrap()));
                prop_assert!(!m.covers(area, start.pred_opt().unwrap()));
            }
            prop_assert_eq!(m.status(last.succ_opt().unwrap()), Status::Ended);
        }

        #[test]
        fn month_periods_are_never_longer_than_promised(
            start in start_2025_2030(),
            duration in any_duration(),
        ) {
            let months = duration.months();
            let last = duration.last_day(start);
            if months > 0 {
                // Never into the month after the target month…
                let target = start.with_day(1).unwrap() + Months::new(months);
                let after_target = target + Months::new(1);
                prop_assert!(last < after_target);
                // …and never short by more than the days the target month lacks.
                let same_day = start + Months::new(months);
                prop_assert!(last.succ_opt().unwrap() >= same_day);
                // A later start never ends earlier.
                let next = start.succ_opt().unwrap();
                prop_assert!(duration.last_day(next) >= last);
            }
        }
    }
}

/// The largest signed scan of a mandate accepted, in bytes (a phone photo or a scanned
/// page fits well under it).
pub const MAX_SCAN_BYTES: usize = 5 * 1024 * 1024;

/// What a signed scan of a mandate may be, recognised by its first bytes (never by the
/// name or the type the browser claims).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanType {
    Pdf,
    Jpeg,
    Png,
}

impl ScanType {
    pub fn mime(self) -> &'static str {
        match self {
            ScanType::Pdf => "application/pdf",
            ScanType::Jpeg => "image/jpeg",
            ScanType::Png => "image/png",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ScanType::Pdf => "pdf",
            ScanType::Jpeg => "jpg",
            ScanType::Png => "png",
        }
    }

    pub fn from_mime(mime: &str) -> Option<ScanType> {
        [ScanType::Pdf, ScanType::Jpeg, ScanType::Png]
            .into_iter()
            .find(|t| t.mime() == mime)
    }
}

/// Why a scan was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanError {
    Empty,
    TooLarge,
    /// Not a PDF, a JPEG or a PNG.
    NotAScan,
}

/// Checks an uploaded scan: its size, then its first bytes.
pub fn check_scan(bytes: &[u8]) -> Result<ScanType, ScanError> {
    if bytes.is_empty() {
        return Err(ScanError::Empty);
    }
    if bytes.len() > MAX_SCAN_BYTES {
        return Err(ScanError::TooLarge);
    }
    if bytes.starts_with(b"%PDF-") {
        Ok(ScanType::Pdf)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Ok(ScanType::Jpeg)
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Ok(ScanType::Png)
    } else {
        Err(ScanError::NotAScan)
    }
}

#[cfg(test)]
mod scan_tests {
    use super::*;

    #[test]
    fn a_scan_is_known_by_its_first_bytes_and_its_size() {
        assert_eq!(check_scan(b"%PDF-1.7\n..."), Ok(ScanType::Pdf));
        assert_eq!(check_scan(&[0xFF, 0xD8, 0xFF, 0xE0, 0]), Ok(ScanType::Jpeg));
        assert_eq!(
            check_scan(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0]),
            Ok(ScanType::Png)
        );
        assert_eq!(check_scan(b"MZ\x90\x00"), Err(ScanError::NotAScan));
        assert_eq!(check_scan(b"<html>%PDF-"), Err(ScanError::NotAScan));
        assert_eq!(check_scan(b""), Err(ScanError::Empty));
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_SCAN_BYTES + 1, b' ');
        assert_eq!(check_scan(&big), Err(ScanError::TooLarge));
        assert_eq!(ScanType::from_mime("image/png"), Some(ScanType::Png));
    }
}
