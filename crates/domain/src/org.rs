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
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("not a phone number")]
pub struct PhoneError;

impl PhoneNumber {
    /// Accepts `010 23 45 67`, `0470/12.34.56`, `+32 10 23 45 67`, `0032…`, and foreign
    /// numbers written with `+`.
    pub fn parse(raw: &str) -> Result<Self, PhoneError> {
        let trimmed = raw.trim();
        if trimmed
            .chars()
            .any(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '.' | '/' | '-' | '+' | '(' | ')')))
        {
            return Err(PhoneError);
        }
        let plus = trimmed.starts_with('+');
        let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
        let international = if plus {
            digits
        } else if let Some(rest) = digits.strip_prefix("00") {
            rest.to_owned()
        } else if let Some(rest) = digits.strip_prefix('0') {
            format!("32{rest}")
        } else {
            return Err(PhoneError);
        };
        let national_len = international.strip_prefix("32").map(str::len);
        let ok = match national_len {
            Some(n) => (8..=9).contains(&n),
            None => (8..=15).contains(&international.len()),
        };
        if !ok {
            return Err(PhoneError);
        }
        Ok(Self(format!("+{international}")))
    }

    pub fn e164(&self) -> &str {
        &self.0
    }

    /// Written the way Belgians read it: `010 23 45 67`, `0470 12 34 56`.
    pub fn display(&self) -> String {
        let Some(national) = self.0.strip_prefix("+32") else {
            return self.0.clone();
        };
        let local = format!("0{national}");
        let b = local.as_bytes();
        let group = |parts: &[usize]| {
            let mut out = Vec::new();
            let mut i = 0;
            for p in parts {
                out.push(String::from_utf8_lossy(&b[i..i + p]).into_owned());
                i += p;
            }
            out.join(" ")
        };
        match local.len() {
            10 => group(&[4, 2, 2, 2]),
            // Brussels, Antwerp, Liège, Ghent use one-digit zones.
            9 if matches!(&local[..2], "02" | "03" | "04" | "09") => group(&[2, 3, 2, 2]),
            9 => group(&[3, 2, 2, 2]),
            _ => local,
        }
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
            PhoneNumber::parse("02 123 45 67").unwrap().display(),
            "02 123 45 67"
        );
        assert_eq!(
            PhoneNumber::parse("0033 1 23 45 67 89").unwrap().e164(),
            "+33123456789"
        );
        assert!(PhoneNumber::parse("call me").is_err());
        assert!(PhoneNumber::parse("0123").is_err());
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
