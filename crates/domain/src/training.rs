//! A worker's own training log (issue 18, journey J10): trainings followed and trainings
//! wished, to support a request for training time. Private to the worker
//! ([`crate::Actor::skills_owner`]). Pure: what a form line must hold.

use crate::mandate::parse_typed_date;
use crate::text::{check, Limit};
use chrono::NaiveDate;

/// Followed, or wished for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Done,
    Wished,
}

impl Status {
    pub const ALL: [Status; 2] = [Status::Done, Status::Wished];

    pub fn code(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Wished => "wished",
        }
    }

    pub fn parse(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code.trim())
    }
}

/// What the worker typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrainingForm {
    pub status: String,
    pub title: String,
    pub provider: String,
    pub day: String,
    pub hours: String,
    pub note: String,
}

/// A line of the log, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Training {
    pub status: Status,
    pub title: String,
    pub provider: String,
    /// The day it was followed; none when wished.
    pub day: Option<NaiveDate>,
    /// Hours as a decimal with a point ("7.5"), "" when not given.
    pub hours: String,
    pub note: String,
}

/// The fields of the form, by their name in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Status,
    Title,
    Provider,
    Day,
    Hours,
    Note,
}

impl Field {
    pub fn code(self) -> &'static str {
        match self {
            Field::Status => "status",
            Field::Title => "title",
            Field::Provider => "provider",
            Field::Day => "day",
            Field::Hours => "hours",
            Field::Note => "note",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainingError {
    StatusRequired,
    TitleRequired,
    TooLong {
        max: usize,
    },
    /// A control character, or more lines than the field takes.
    Unreadable,
    /// A training followed says when.
    DayRequired,
    NotADate,
    /// Followed in the future: not yet followed.
    InTheFuture,
    /// Not a number of hours from 0.5 to [`MAX_HOURS`].
    NotHours,
}

/// The most hours one line may count (a long course over a year).
pub const MAX_HOURS: f64 = 2000.0;

fn text(
    typed: &str,
    limit: Limit,
    field: Field,
    errors: &mut Vec<(Field, TrainingError)>,
) -> String {
    match check(typed, limit) {
        Ok(()) => typed.trim().to_owned(),
        Err(crate::text::TextError::TooLong { max, .. }) => {
            errors.push((field, TrainingError::TooLong { max }));
            String::new()
        }
        Err(_) => {
            errors.push((field, TrainingError::Unreadable));
            String::new()
        }
    }
}

/// "7", "7,5", "7.5 ": hours with a point; "" stays "".
fn hours(typed: &str) -> Option<String> {
    let t = typed.trim().replace(',', ".");
    if t.is_empty() {
        return Some(String::new());
    }
    let ok = t.chars().all(|c| c.is_ascii_digit() || c == '.')
        && t.matches('.').count() <= 1
        && t.split('.')
            .nth(1)
            .is_none_or(|d| (1..=2).contains(&d.len()));
    let n: f64 = t.parse().ok().filter(|_| ok)?;
    (0.5..=MAX_HOURS).contains(&n).then(|| {
        let s = format!("{n}");
        s.trim_end_matches(".0").to_owned()
    })
}

impl TrainingForm {
    /// Every mistake at once, each with its field; `today` is the Brussels day.
    pub fn parse(&self, today: NaiveDate) -> Result<Training, Vec<(Field, TrainingError)>> {
        let mut errors = Vec::new();
        let status = Status::parse(&self.status);
        if status.is_none() {
            errors.push((Field::Status, TrainingError::StatusRequired));
        }
        let title = text(&self.title, Limit::Sentence, Field::Title, &mut errors);
        if title.is_empty() && !errors.iter().any(|(f, _)| *f == Field::Title) {
            errors.push((Field::Title, TrainingError::TitleRequired));
        }
        let provider = text(&self.provider, Limit::Contact, Field::Provider, &mut errors);
        let note = text(&self.note, Limit::Sentence, Field::Note, &mut errors);
        let day = match (status, self.day.trim()) {
            (Some(Status::Done), "") => {
                errors.push((Field::Day, TrainingError::DayRequired));
                None
            }
            (Some(Status::Done), typed) => match parse_typed_date(typed) {
                None => {
                    errors.push((Field::Day, TrainingError::NotADate));
                    None
                }
                Some(d) if d > today => {
                    errors.push((Field::Day, TrainingError::InTheFuture));
                    None
                }
                Some(d) => Some(d),
            },
            // A wish has no day; one typed anyway is not kept.
            _ => None,
        };
        let hours = hours(&self.hours).unwrap_or_else(|| {
            errors.push((Field::Hours, TrainingError::NotHours));
            String::new()
        });
        match status {
            Some(status) if errors.is_empty() => Ok(Training {
                status,
                title,
                provider,
                day,
                hours,
                note,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
    }

    fn form(status: &str, title: &str, day: &str, hours: &str) -> TrainingForm {
        TrainingForm {
            status: status.into(),
            title: title.into(),
            provider: "Interface3".into(),
            day: day.into(),
            hours: hours.into(),
            note: String::new(),
        }
    }

    #[test]
    fn a_training_followed_says_when_and_not_in_the_future() {
        let t = form("done", " itsme ", "14/02/2026", "3,5")
            .parse(today())
            .unwrap();
        assert_eq!(t.status, Status::Done);
        assert_eq!(t.title, "itsme");
        assert_eq!(t.day, NaiveDate::from_ymd_opt(2026, 2, 14));
        assert_eq!(t.hours, "3.5");
        assert_eq!(
            form("done", "x", "", "").parse(today()),
            Err(vec![(Field::Day, TrainingError::DayRequired)])
        );
        assert_eq!(
            form("done", "x", "2026-03-03", "").parse(today()),
            Err(vec![(Field::Day, TrainingError::InTheFuture)])
        );
        assert_eq!(
            form("done", "x", "31/02/2026", "").parse(today()),
            Err(vec![(Field::Day, TrainingError::NotADate)])
        );
        assert!(form("done", "x", "2026-03-02", "7").parse(today()).is_ok());
    }

    #[test]
    fn a_wish_has_no_day_and_every_mistake_is_named() {
        let t = form("wished", "eBox", "01/01/2030", "")
            .parse(today())
            .unwrap();
        assert_eq!(t.day, None);
        assert_eq!(t.hours, "");
        assert_eq!(
            form("maybe", "", "", "lots").parse(today()),
            Err(vec![
                (Field::Status, TrainingError::StatusRequired),
                (Field::Title, TrainingError::TitleRequired),
                (Field::Hours, TrainingError::NotHours),
            ])
        );
        for bad in ["0", "0.25", "2001", "1.2.3", "-2", "1e3"] {
            assert_eq!(hours(bad), None, "{bad}");
        }
        assert_eq!(hours("12"), Some("12".into()));
        assert_eq!(hours("0.5"), Some("0.5".into()));
    }
}
