//! Belgian national register numbers (NISS/INSZ/RRN) and BIS numbers.
//!
//! 11 digits `YYMMDD SSS CC`. The check number CC is `97 − (YYMMDDSSS mod 97)` for people
//! born before 2000, and the same computed on `2YYMMDDSSS` for people born in 2000 or later.
//! A BIS number has the same layout with the month raised by 20 (sex unknown when issued)
//! or 40 (sex known). Birth dates in these numbers may be partly unknown (month or day 00).

use chrono::{Datelike, NaiveDate};
use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NissKind {
    /// National register number.
    National,
    /// BIS number from the Crossroads Bank for Social Security.
    Bis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sex {
    Male,
    Female,
}

/// A national register or BIS number whose check number is right.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Niss {
    digits: String,
    kind: NissKind,
    century: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum NissError {
    #[error("a national number has 11 digits")]
    Length,
    #[error("the check number does not match: a digit is probably mistyped")]
    Checksum,
    #[error("the month part is not possible")]
    Month,
    #[error("the day part is not possible")]
    Day,
}

impl Niss {
    /// Accepts the usual writings: `85.07.30-033.28`, `85073003328`, with spaces.
    /// `this_year` bounds the century: a number cannot belong to someone born in the future.
    pub fn parse(raw: &str, this_year: i32) -> Result<Self, NissError> {
        let digits: String = raw
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-' | '/'))
            .collect();
        if digits.len() != 11 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(NissError::Length);
        }
        let body: u64 = digits[..9].parse().map_err(|_| NissError::Length)?;
        let check: u64 = digits[9..].parse().map_err(|_| NissError::Length)?;
        let yy: i32 = digits[..2].parse().map_err(|_| NissError::Length)?;
        let month: u32 = digits[2..4].parse().map_err(|_| NissError::Length)?;
        let kind = match month {
            0..=12 => NissKind::National,
            20..=32 | 40..=52 => NissKind::Bis,
            _ => return Err(NissError::Month),
        };
        let day: u32 = digits[4..6].parse().map_err(|_| NissError::Length)?;
        if day > 31 {
            return Err(NissError::Day);
        }
        let after_2000 = 97 - (2_000_000_000 + body) % 97 == check && 2000 + yy <= this_year;
        let before_2000 = 97 - body % 97 == check;
        let century = if after_2000 {
            2000
        } else if before_2000 {
            1900
        } else {
            return Err(NissError::Checksum);
        };
        Ok(Self {
            digits,
            kind,
            century,
        })
    }

    pub fn kind(&self) -> NissKind {
        self.kind
    }

    /// The 11 digits, for storage.
    pub fn digits(&self) -> &str {
        &self.digits
    }

    /// Written as on the identity card: `85.07.30-033.28`.
    pub fn formatted(&self) -> String {
        let d = &self.digits;
        format!(
            "{}.{}.{}-{}.{}",
            &d[..2],
            &d[2..4],
            &d[4..6],
            &d[6..9],
            &d[9..]
        )
    }

    /// Year of birth, from the check number's century.
    pub fn birth_year(&self) -> i32 {
        self.century as i32 + self.digits[..2].parse::<i32>().unwrap_or(0)
    }

    /// The birth date, when the number holds a complete and real one.
    pub fn birth_date(&self) -> Option<NaiveDate> {
        let mut month: u32 = self.digits[2..4].parse().ok()?;
        if self.kind == NissKind::Bis {
            month = month.checked_sub(if month >= 40 { 40 } else { 20 })?;
        }
        let day: u32 = self.digits[4..6].parse().ok()?;
        NaiveDate::from_ymd_opt(self.birth_year(), month, day)
    }

    /// What the number says of the birth date: the year always, the month and the day
    /// unless the number leaves them unknown (`00`, or a BIS month of 20 or 40).
    pub fn encoded_birth(&self) -> crate::person::PartialDate {
        let raw_month: u32 = self.digits[2..4].parse().unwrap_or(0);
        let month = match self.kind {
            NissKind::National => raw_month,
            NissKind::Bis if raw_month >= 40 => raw_month - 40,
            NissKind::Bis => raw_month.saturating_sub(20),
        };
        let day: u32 = self.digits[4..6].parse().unwrap_or(0);
        let month = (month != 0).then_some(month);
        crate::person::PartialDate {
            year: Some(self.birth_year()),
            month,
            day: (month.is_some() && day != 0).then_some(day),
        }
    }

    /// Whether the number cannot belong to someone born on `birth`: a part both give
    /// (year, month, day) differs. Unknown parts on either side never contradict.
    pub fn contradicts(&self, birth: &crate::person::PartialDate) -> bool {
        let n = self.encoded_birth();
        let differs =
            |a: Option<u32>, b: Option<u32>| matches!((a, b), (Some(x), Some(y)) if x != y);
        differs(n.year.map(|y| y as u32), birth.year.map(|y| y as u32))
            || differs(n.month, birth.month)
            || differs(n.day, birth.day)
    }

    /// Sex, where the number tells it (not for BIS numbers issued with sex unknown).
    pub fn sex(&self) -> Option<Sex> {
        let month: u32 = self.digits[2..4].parse().ok()?;
        if self.kind == NissKind::Bis && (20..=32).contains(&month) {
            return None;
        }
        let counter: u32 = self.digits[6..9].parse().ok()?;
        Some(if counter % 2 == 1 {
            Sex::Male
        } else {
            Sex::Female
        })
    }
}

/// Builds a valid number from its parts; used to make fictional test and demo data.
pub fn with_check_number(yymmdd: &str, counter: u32, born_2000_or_later: bool) -> String {
    let body = format!("{yymmdd}{counter:03}");
    let n: u64 = body.parse().unwrap_or(0);
    let n = if born_2000_or_later {
        n + 2_000_000_000
    } else {
        n
    };
    format!("{body}{:02}", 97 - n % 97)
}

/// Convenience for callers that know today's date.
pub fn parse_today(raw: &str, today: NaiveDate) -> Result<Niss, NissError> {
    Niss::parse(raw, today.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_vectors() {
        let n = Niss::parse("85.07.30-033.28", 2026).unwrap();
        assert_eq!(n.kind(), NissKind::National);
        assert_eq!(n.birth_date(), NaiveDate::from_ymd_opt(1985, 7, 30));
        assert_eq!(n.sex(), Some(Sex::Male));
        assert_eq!(n.formatted(), "85.07.30-033.28");

        let n = Niss::parse("17073003384", 2026).unwrap();
        assert_eq!(n.birth_year(), 2017, "post-2000 rule");
    }

    #[test]
    fn a_number_that_contradicts_the_birth_date_is_pointed_out() {
        use crate::person::PartialDate;
        let date = |d, m, y| PartialDate {
            year: Some(y),
            month: m,
            day: d,
        };
        let n = Niss::parse("85.07.30-033.28", 2026).unwrap();
        assert!(!n.contradicts(&date(Some(30), Some(7), 1985)));
        assert!(!n.contradicts(&date(None, None, 1985)), "year only");
        assert!(!n.contradicts(&PartialDate::default()), "unknown date");
        assert!(n.contradicts(&date(Some(30), Some(7), 1986)), "year");
        assert!(n.contradicts(&date(Some(3), Some(7), 1985)), "day");
        assert!(n.contradicts(&date(None, Some(8), 1985)), "month");
        // BIS numbers: the month is raised by 20 or 40.
        let bis = Niss::parse("98472899765", 2026).unwrap();
        assert!(!bis.contradicts(&date(Some(28), Some(7), 1998)));
        assert!(bis.contradicts(&date(Some(28), Some(9), 1998)));
        // A BIS number with month 20 and day 00: only the year is known.
        let vague = with_check_number("852000", 12, false);
        let vague = Niss::parse(&vague, 2026).unwrap();
        assert_eq!(vague.encoded_birth().month, None);
        assert!(!vague.contradicts(&date(Some(14), Some(2), 1985)));
        assert!(vague.contradicts(&date(Some(14), Some(2), 1984)));
        // A day part that no month has.
        let bad = with_check_number("850732", 12, false);
        assert_eq!(Niss::parse(&bad, 2026), Err(NissError::Day));
    }

    #[test]
    fn bis_numbers_with_month_offsets() {
        let n = Niss::parse("98472899765", 2026).unwrap();
        assert_eq!(n.kind(), NissKind::Bis);
        assert_eq!(n.birth_date(), NaiveDate::from_ymd_opt(1998, 7, 28));
        assert_eq!(n.sex(), Some(Sex::Male));
        let n = Niss::parse("01490700185", 2026).unwrap();
        assert_eq!(n.kind(), NissKind::Bis);
        assert_eq!(n.birth_year(), 2001);
        // +20: sex unknown when issued.
        let unknown = with_check_number("852730", 12, false);
        let n = Niss::parse(&unknown, 2026).unwrap();
        assert_eq!(n.kind(), NissKind::Bis);
        assert_eq!(n.sex(), None);
        assert_eq!(n.birth_date(), NaiveDate::from_ymd_opt(1985, 7, 30));
    }

    #[test]
    fn one_mistyped_digit_is_caught() {
        assert_eq!(Niss::parse("85073003327", 2026), Err(NissError::Checksum));
        assert_eq!(Niss::parse("85073103328", 2026), Err(NissError::Checksum));
        assert_eq!(Niss::parse("8507300332", 2026), Err(NissError::Length));
        assert_eq!(Niss::parse("85.13.30-033.28", 2026), Err(NissError::Month));
    }

    #[test]
    fn a_single_mistyped_digit_never_passes_under_the_same_century_rule() {
        // With two rules (before and after 2000), a typo can, rarely, satisfy the other
        // rule; it can never satisfy the same one.
        for valid in ["85073003328", "17073003384", "98472899765", "01490700185"] {
            let century = Niss::parse(valid, 2026).unwrap().birth_year() / 100;
            for i in 0..11 {
                for d in b'0'..=b'9' {
                    let mut bytes = valid.as_bytes().to_vec();
                    if bytes[i] == d {
                        continue;
                    }
                    bytes[i] = d;
                    let s = String::from_utf8(bytes).unwrap();
                    if let Ok(n) = Niss::parse(&s, 2026) {
                        assert_ne!(n.birth_year() / 100, century, "{s} accepted (from {valid})");
                    }
                }
            }
        }
    }

    #[test]
    fn a_number_from_the_future_is_read_in_the_last_century() {
        // 2000 + 30 > 2026: only the pre-2000 rule may apply.
        let body_2030 = with_check_number("300101", 1, true);
        assert_eq!(Niss::parse(&body_2030, 2026), Err(NissError::Checksum));
        assert!(Niss::parse(&body_2030, 2031).is_ok());
    }

    #[test]
    fn unknown_birth_days_are_allowed() {
        let n = Niss::parse(&with_check_number("850000", 41, false), 2026).unwrap();
        assert_eq!(n.birth_date(), None);
        assert_eq!(n.birth_year(), 1985);
    }

    #[test]
    fn generated_numbers_are_valid_for_both_centuries() {
        for (yymmdd, after) in [
            ("540312", false),
            ("991231", false),
            ("000229", true),
            ("240615", true),
        ] {
            for c in [1, 2, 997, 998] {
                let s = with_check_number(yymmdd, c, after);
                let n = Niss::parse(&s, 2026).unwrap();
                assert_eq!(n.birth_year() >= 2000, after, "{s}");
            }
        }
    }
}
