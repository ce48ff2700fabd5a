//! Organisation values: postcodes, phone numbers, opening hours, closing days.

use chrono::{NaiveDate, NaiveTime, Weekday};
use thiserror::Error;

/// A Belgian postcode (1000–9999).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Postcode(u16);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("not a Belgian postcode")]
pub struct PostcodeError;

impl Postcode {
    pub fn parse(raw: &str) -> Result<Self, PostcodeError> {
        let s = raw.trim();
        if s.len() != 4 || !s.chars().all(|c| c.is_ascii_digit()) {
            return Err(PostcodeError);
        }
        let n: u16 = s.parse().map_err(|_| PostcodeError)?;
        if n < 1000 {
            return Err(PostcodeError);
        }
        Ok(Self(n))
    }

    pub fn get(self) -> u16 {
        self.0
    }
}

/// A phone number as people dial it in Belgium, stored in international form (+32…).
/// Checked against libphonenumber's metadata (the `phonenumber` crate): lengths and
/// ranges per country, and whether a number is a mobile or a fixed line.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("not a phone number")]
pub struct PhoneError;

/// Characters people write in phone numbers besides digits.
fn is_phone_punctuation(c: char) -> bool {
    matches!(
        c,
        ' ' | '.' | '/' | '-' | '+' | '(' | ')' | '\u{a0}' | '\u{202f}'
    )
}

/// Whether a piece of text is written like a phone number (digits and the usual
/// separators only): such words are never searched for as names.
pub fn looks_like_phone(text: &str) -> bool {
    let t = text.trim();
    t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || is_phone_punctuation(c))
}

impl PhoneNumber {
    /// Accepts the ways numbers are written at a Belgian desk: `010 23 45 67`,
    /// `0470/12.34.56`, `0470-12-34-56`, `+32 470 12 34 56`, `+32 (0)470 12 34 56`,
    /// `0032 470 12 34 56`; foreign numbers with `+` or `00` (`+33 6 12 34 56 78`).
    /// Numbers without a country code are read as Belgian.
    pub fn parse(raw: &str) -> Result<Self, PhoneError> {
        let trimmed = raw.trim();
        if trimmed.is_empty()
            || trimmed.len() > 40
            || !trimmed
                .chars()
                .all(|c| c.is_ascii_digit() || is_phone_punctuation(c))
        {
            return Err(PhoneError);
        }
        // "+32 (0)470…": the trunk 0 in brackets is not dialled from abroad.
        let cleaned = trimmed.replace("(0)", "");
        let digits: String = cleaned.chars().filter(char::is_ascii_digit).collect();
        let plus = cleaned.trim_start().starts_with('+');
        let international = if plus {
            format!("+{digits}")
        } else if let Some(rest) = digits.strip_prefix("00") {
            format!("+{rest}")
        } else if digits.starts_with('0') {
            digits
        } else {
            return Err(PhoneError);
        };
        let parsed = phonenumber::parse(Some(phonenumber::country::Id::BE), &international)
            .map_err(|_| PhoneError)?;
        if !phonenumber::is_valid(&parsed) {
            return Err(PhoneError);
        }
        Ok(Self(
            parsed.format().mode(phonenumber::Mode::E164).to_string(),
        ))
    }

    /// A number as stored (international form), without checking it again: numbers
    /// recorded before a change of the rules stay readable.
    pub fn from_stored(e164: &str) -> Self {
        Self(e164.to_owned())
    }

    pub fn e164(&self) -> &str {
        &self.0
    }

    fn parsed(&self) -> Option<phonenumber::PhoneNumber> {
        phonenumber::parse(None, &self.0).ok()
    }

    /// A mobile or a fixed line, from the country's numbering plan. Where the plan
    /// cannot tell them apart (North America), the number is taken as a mobile.
    pub fn is_mobile(&self) -> bool {
        match self.parsed() {
            Some(p) => matches!(
                p.number_type(&phonenumber::metadata::DATABASE),
                phonenumber::Type::Mobile | phonenumber::Type::FixedLineOrMobile
            ),
            None => self.0.starts_with("+324"),
        }
    }

    /// Written the way people read it: Belgian numbers as dialled in Belgium
    /// (`010 23 45 67`, `0470 12 34 56`, `02 123 45 67`), others in international form
    /// (`+33 6 12 34 56 78`).
    pub fn display(&self) -> String {
        if let Some(p) = self.parsed() {
            let mode = if p.code().value() == 32 {
                phonenumber::Mode::National
            } else {
                phonenumber::Mode::International
            };
            return p.format().mode(mode).to_string();
        }
        self.0.clone()
    }
}

/// Opening periods of one weekday, e.g. `09:00-12:00, 13:30-16:00`. Empty = closed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DayHours(Vec<(NaiveTime, NaiveTime)>);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum HoursError {
    #[error("format")]
    Format,
    #[error("order")]
    Order,
}

impl DayHours {
    pub fn parse(raw: &str) -> Result<Self, HoursError> {
        let mut periods = Vec::new();
        for part in raw
            .split([',', ';'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let (a, b) = part.split_once(['-', '–']).ok_or(HoursError::Format)?;
            let a = parse_time(a)?;
            let b = parse_time(b)?;
            if b <= a {
                return Err(HoursError::Order);
            }
            if let Some((_, prev_end)) = periods.last() {
                if a < *prev_end {
                    return Err(HoursError::Order);
                }
            }
            periods.push((a, b));
        }
        Ok(Self(periods))
    }

    pub fn is_closed(&self) -> bool {
        self.0.is_empty()
    }

    pub fn periods(&self) -> &[(NaiveTime, NaiveTime)] {
        &self.0
    }

    pub fn is_open_at(&self, t: NaiveTime) -> bool {
        self.0.iter().any(|(a, b)| *a <= t && t < *b)
    }
}

impl std::fmt::Display for DayHours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|(a, b)| format!("{}–{}", a.format("%H:%M"), b.format("%H:%M")))
            .collect();
        f.write_str(&parts.join(", "))
    }
}

fn parse_time(raw: &str) -> Result<NaiveTime, HoursError> {
    let s = raw.trim().replace(['h', 'u', '.'], ":");
    let s = if s.ends_with(':') {
        format!("{s}00")
    } else {
        s
    };
    let (h, m) = match s.split_once(':') {
        Some((h, m)) => (h.trim(), m.trim()),
        None => (s.trim(), "0"),
    };
    let h: u32 = h.parse().map_err(|_| HoursError::Format)?;
    let m: u32 = if m.is_empty() {
        0
    } else {
        m.parse().map_err(|_| HoursError::Format)?
    };
    if h == 24 && m == 0 {
        return NaiveTime::from_hms_opt(23, 59, 59).ok_or(HoursError::Format);
    }
    NaiveTime::from_hms_opt(h, m, 0).ok_or(HoursError::Format)
}

/// Opening periods for each day of the week, Monday first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WeeklyHours(pub [DayHours; 7]);

pub const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

impl WeeklyHours {
    pub fn day(&self, d: Weekday) -> &DayHours {
        &self.0[d.num_days_from_monday() as usize]
    }

    /// No hours on any day (for a worker: none were set, so no limit applies).
    pub fn is_always_closed(&self) -> bool {
        self.0.iter().all(DayHours::is_closed)
    }

    /// Compact storage form: seven `|`-separated days, e.g. `09:00-12:00|09:00-12:00|…`.
    pub fn to_storage(&self) -> String {
        self.0
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("|")
    }

    pub fn from_storage(s: &str) -> Result<Self, HoursError> {
        let mut days: [DayHours; 7] = Default::default();
        for (i, part) in s.split('|').enumerate().take(7) {
            days[i] = DayHours::parse(part)?;
        }
        Ok(Self(days))
    }
}

/// A day when a site is closed (besides weekends and public holidays).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosingDay {
    pub date: NaiveDate,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: expected a date as YYYY-MM-DD or DD/MM/YYYY, then an optional label")]
pub struct ClosingDayError {
    pub line: usize,
}

/// One closing day per line: `2026-12-24 Christmas Eve` or `24/12/2026 Réveillon`.
pub fn parse_closing_days(text: &str) -> Result<Vec<ClosingDay>, ClosingDayError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (date, label) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(date, "%d/%m/%Y"))
            .map_err(|_| ClosingDayError { line: i + 1 })?;
        out.push(ClosingDay {
            date,
            label: label.trim().to_owned(),
        });
    }
    out.sort_by_key(|d| d.date);
    out.dedup_by_key(|d| d.date);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes() {
        assert_eq!(Postcode::parse("1300").unwrap().get(), 1300);
        assert!(Postcode::parse("0999").is_err());
        assert!(Postcode::parse("B-1300").is_err());
        assert!(Postcode::parse("13000").is_err());
    }

    #[test]
    fn phone_numbers_are_normalised_and_displayed_as_dialled() {
        let p = PhoneNumber::parse("010/23.45.67").unwrap();
        assert_eq!(p.e164(), "+3210234567");
        assert_eq!(p.display(), "010 23 45 67");
        let m = PhoneNumber::parse("+32 470 12 34 56").unwrap();
        assert_eq!(m.display(), "0470 12 34 56");
        assert_eq!(
            PhoneNumber::parse("02 234 56 78").unwrap().display(),
            "02 234 56 78"
        );
        // No Brussels number starts with 02 1: a digit is mistyped.
        assert!(PhoneNumber::parse("02 123 45 67").is_err());
        assert_eq!(
            PhoneNumber::parse("0033 1 23 45 67 89").unwrap().e164(),
            "+33123456789"
        );
        assert!(PhoneNumber::parse("call me").is_err());
        assert!(PhoneNumber::parse("0123").is_err());
    }

    #[test]
    fn every_way_a_number_is_written_gives_the_same_number() {
        for typed in [
            "0470 12 34 56",
            "0470123456",
            "0470/12.34.56",
            "0470-12-34-56",
            "0470.12.34.56",
            "+32 470 12 34 56",
            "+32470123456",
            "+32 (0)470 12 34 56",
            "0032 470 12 34 56",
            "0032470123456",
            " 0470 12 34 56 ",
        ] {
            assert_eq!(
                PhoneNumber::parse(typed).map(|p| p.e164().to_owned()),
                Ok("+32470123456".to_owned()),
                "{typed}"
            );
            assert!(looks_like_phone(typed), "{typed}");
        }
        assert!(!looks_like_phone("Lambert"));
        assert!(!looks_like_phone("0470 Lambert"));
    }

    #[test]
    fn foreign_numbers_get_their_country_and_kind() {
        let fr_mobile = PhoneNumber::parse("+33 6 12 34 56 78").unwrap();
        assert_eq!(fr_mobile.e164(), "+33612345678");
        assert!(fr_mobile.is_mobile());
        assert_eq!(fr_mobile.display(), "+33 6 12 34 56 78");
        let fr_fixed = PhoneNumber::parse("0033 1 23 45 67 89").unwrap();
        assert!(!fr_fixed.is_mobile());
        let nl_mobile = PhoneNumber::parse("+31 6 12345678").unwrap();
        assert!(nl_mobile.is_mobile());
        assert!(PhoneNumber::parse("0470 12 34 56").unwrap().is_mobile());
        assert!(!PhoneNumber::parse("010 23 45 67").unwrap().is_mobile());
        // Too short or too long for its country.
        assert!(PhoneNumber::parse("+33 6 12 34").is_err());
        assert!(PhoneNumber::parse("0470 12 34 56 78").is_err());
    }

    #[test]
    fn day_hours_accept_common_writings() {
        let h = DayHours::parse("9h-12h, 13:30-16:00").unwrap();
        assert_eq!(h.to_string(), "09:00–12:00, 13:30–16:00");
        assert!(h.is_open_at(NaiveTime::from_hms_opt(14, 0, 0).unwrap()));
        assert!(!h.is_open_at(NaiveTime::from_hms_opt(12, 30, 0).unwrap()));
        assert!(DayHours::parse("").unwrap().is_closed());
        assert_eq!(DayHours::parse("12:00-09:00"), Err(HoursError::Order));
        assert_eq!(DayHours::parse("morning"), Err(HoursError::Format));
    }

    #[test]
    fn weekly_hours_round_trip_through_storage() {
        let mut w = WeeklyHours::default();
        w.0[0] = DayHours::parse("09:00-12:00").unwrap();
        w.0[3] = DayHours::parse("13:00-17:00").unwrap();
        let back = WeeklyHours::from_storage(&w.to_storage()).unwrap();
        assert_eq!(back, w);
        assert!(back.day(Weekday::Sun).is_closed());
    }

    #[test]
    fn closing_days_report_the_bad_line() {
        let days = parse_closing_days("2026-12-24 Réveillon\n\n31/12/2026 Fin d'année").unwrap();
        assert_eq!(days.len(), 2);
        assert_eq!(days[1].label, "Fin d'année");
        assert_eq!(
            parse_closing_days("2026-12-24\n24 décembre"),
            Err(ClosingDayError { line: 2 })
        );
    }
}
