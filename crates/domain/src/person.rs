//! Person values: names as people have them, birth dates that may be partly unknown.

use chrono::NaiveDate;
use thiserror::Error;

/// A birth date of which the day, the month or everything may be unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum PartialDateError {
    #[error("not a number")]
    NotANumber,
    #[error("a day needs its month, a month needs its year")]
    Incomplete,
    #[error("no such date")]
    Impossible,
    #[error("in the future")]
    Future,
    #[error("too long ago")]
    TooLongAgo,
    #[error("the year needs its four digits")]
    TwoDigitYear,
}

impl PartialDate {
    /// From three form fields, each possibly empty. `today` bounds the year.
    pub fn parse(
        day: &str,
        month: &str,
        year: &str,
        today: NaiveDate,
    ) -> Result<Self, PartialDateError> {
        let num = |s: &str| -> Result<Option<u32>, PartialDateError> {
            let s = s.trim();
            if s.is_empty() {
                Ok(None)
            } else {
                s.parse()
                    .map(Some)
                    .map_err(|_| PartialDateError::NotANumber)
            }
        };
        let (d, m, y) = (num(day)?, num(month)?, num(year)?);
        if (d.is_some() && m.is_none()) || (m.is_some() && y.is_none()) {
            return Err(PartialDateError::Incomplete);
        }
        // "85" could be 1985 or 2085: the desk is asked for the four digits.
        if y.is_some() && year.trim().len() <= 2 {
            return Err(PartialDateError::TwoDigitYear);
        }
        let year = y.map(|y| y as i32);
        if let Some(y) = year {
            if y > chrono::Datelike::year(&today) {
                return Err(PartialDateError::Future);
            }
            if y < 1880 {
                return Err(PartialDateError::TooLongAgo);
            }
        }
        if let Some(m) = m {
            if !(1..=12).contains(&m) {
                return Err(PartialDateError::Impossible);
            }
        }
        if let (Some(y), Some(m), Some(d)) = (year, m, d) {
            let date = NaiveDate::from_ymd_opt(y, m, d).ok_or(PartialDateError::Impossible)?;
            if date > today {
                return Err(PartialDateError::Future);
            }
        }
        if let (Some(y), Some(m), None) = (year, m, d) {
            let this_month = (
                chrono::Datelike::year(&today),
                chrono::Datelike::month(&today),
            );
            if (y, m) > this_month {
                return Err(PartialDateError::Future);
            }
        }
        Ok(Self {
            year,
            month: m,
            day: d,
        })
    }

    pub fn is_unknown(&self) -> bool {
        self.year.is_none()
    }

    pub fn full(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month?, self.day?)
    }

    /// `30/07/1985`, `07/1985`, `1985`, or empty when unknown.
    pub fn display(&self) -> String {
        match (self.day, self.month, self.year) {
            (Some(d), Some(m), Some(y)) => format!("{d:02}/{m:02}/{y}"),
            (None, Some(m), Some(y)) => format!("{m:02}/{y}"),
            (_, _, Some(y)) => y.to_string(),
            _ => String::new(),
        }
    }
}

/// How a phone number reaches the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhoneKind {
    Mobile,
    Landline,
}

impl PhoneKind {
    pub fn code(self) -> &'static str {
        match self {
            PhoneKind::Mobile => "mobile",
            PhoneKind::Landline => "landline",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        match code {
            "mobile" => Some(PhoneKind::Mobile),
            "landline" => Some(PhoneKind::Landline),
            _ => None,
        }
    }

    /// From the numbering plan of the number's country (Belgian mobiles start with 04,
    /// French ones with 06 or 07, …); anything that is not a mobile is a landline.
    pub fn guess(number: &crate::org::PhoneNumber) -> Self {
        if number.is_mobile() {
            PhoneKind::Mobile
        } else {
            PhoneKind::Landline
        }
    }
}

/// An email address, checked only for its shape (one `@`, a dot in the domain, no spaces).
/// Never unique: families share addresses.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("not an email address")]
pub struct EmailError;

impl Email {
    pub fn parse(raw: &str) -> Result<Self, EmailError> {
        let s = raw.trim();
        let (local, domain) = s.split_once('@').ok_or(EmailError)?;
        let ok = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !s.chars().any(char::is_whitespace)
            && !domain.contains('@')
            && s.len() <= 254;
        if ok {
            Ok(Self(format!("{local}@{}", domain.to_lowercase())))
        } else {
            Err(EmailError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn birth_dates_may_be_partial_or_unknown() {
        assert!(PartialDate::parse("", "", "", today())
            .unwrap()
            .is_unknown());
        assert_eq!(
            PartialDate::parse("", "", "1958", today())
                .unwrap()
                .display(),
            "1958"
        );
        assert_eq!(
            PartialDate::parse("", "7", "1958", today())
                .unwrap()
                .display(),
            "07/1958"
        );
        let full = PartialDate::parse("30", "07", "1958", today()).unwrap();
        assert_eq!(full.display(), "30/07/1958");
        assert_eq!(full.full(), NaiveDate::from_ymd_opt(1958, 7, 30));
    }

    #[test]
    fn impossible_or_incomplete_dates_are_refused() {
        assert_eq!(
            PartialDate::parse("30", "02", "1990", today()),
            Err(PartialDateError::Impossible)
        );
        assert_eq!(
            PartialDate::parse("3", "", "1990", today()),
            Err(PartialDateError::Incomplete)
        );
        assert_eq!(
            PartialDate::parse("", "3", "", today()),
            Err(PartialDateError::Incomplete)
        );
        assert_eq!(
            PartialDate::parse("", "", "2027", today()),
            Err(PartialDateError::Future)
        );
        assert_eq!(
            PartialDate::parse("24", "11", "2026", today()),
            Err(PartialDateError::Future),
            "tomorrow"
        );
        assert_eq!(
            PartialDate::parse("", "12", "2026", today()),
            Err(PartialDateError::Future),
            "next month"
        );
        assert!(PartialDate::parse("23", "11", "2026", today()).is_ok());
        assert_eq!(
            PartialDate::parse("30", "07", "85", today()),
            Err(PartialDateError::TwoDigitYear)
        );
        assert_eq!(
            PartialDate::parse("", "", "1850", today()),
            Err(PartialDateError::TooLongAgo)
        );
        assert_eq!(
            PartialDate::parse("", "", "soixante", today()),
            Err(PartialDateError::NotANumber)
        );
    }

    #[test]
    fn emails_are_checked_for_shape_only() {
        assert_eq!(
            Email::parse(" Famille.Lambert@Example.BE ")
                .unwrap()
                .as_str(),
            "Famille.Lambert@example.be"
        );
        assert!(Email::parse("no-at-sign").is_err());
        assert!(Email::parse("a@b").is_err());
        assert!(Email::parse("a b@c.be").is_err());
    }

    #[test]
    fn mobile_numbers_are_recognised() {
        let m = crate::org::PhoneNumber::parse("0470 12 34 56").unwrap();
        let l = crate::org::PhoneNumber::parse("010 23 45 67").unwrap();
        assert_eq!(PhoneKind::guess(&m), PhoneKind::Mobile);
        assert_eq!(PhoneKind::guess(&l), PhoneKind::Landline);
    }
}

/// Where post reaches the person.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Address {
    #[default]
    Unknown,
    Belgian {
        street: String,
        postcode: crate::org::Postcode,
        municipality: String,
    },
    Foreign {
        lines: String,
        country: String,
    },
    /// No fixed address: post goes to a contact address (often the service itself).
    NoFixed {
        contact_address: String,
    },
}

impl Address {
    pub fn kind(&self) -> &'static str {
        match self {
            Address::Unknown => "unknown",
            Address::Belgian { .. } => "belgian",
            Address::Foreign { .. } => "foreign",
            Address::NoFixed { .. } => "no-fixed",
        }
    }

    /// A letter can be posted to it.
    pub fn is_postal(&self) -> bool {
        match self {
            Address::Unknown => false,
            Address::Belgian { .. } | Address::Foreign { .. } => true,
            Address::NoFixed { contact_address } => !contact_address.trim().is_empty(),
        }
    }

    /// The lines to print in a window envelope.
    pub fn lines(&self) -> Vec<String> {
        match self {
            Address::Unknown => Vec::new(),
            Address::Belgian {
                street,
                postcode,
                municipality,
            } => {
                vec![
                    street.clone(),
                    format!("{} {}", postcode.get(), municipality),
                ]
            }
            Address::Foreign { lines, country } => {
                let mut v: Vec<String> = lines
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect();
                v.push(country.to_uppercase());
                v
            }
            Address::NoFixed { contact_address } => contact_address
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
        }
    }
}
