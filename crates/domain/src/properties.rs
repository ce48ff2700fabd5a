//! Property tests of the rules the desk relies on most: national numbers, working days and
//! duplicate detection. Each property is checked on a few hundred generated cases.

use crate::calendar::{add_working_days, is_working_day, previous_working_day, sub_working_days};
use crate::matching::{compare_names, Reason};
use crate::niss::{with_check_number, Niss, NissError, NissKind};
use chrono::{Datelike, Duration, NaiveDate};
use proptest::prelude::*;

/// A real birth date between 1920 and 2025.
fn birth_date() -> impl Strategy<Value = NaiveDate> {
    (1920i32..=2025, 1u32..=12, 1u32..=31)
        .prop_filter_map("real date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

fn any_day() -> impl Strategy<Value = NaiveDate> {
    (2020i32..=2032, 1u32..=366).prop_filter_map("real day", |(y, o)| NaiveDate::from_yo_opt(y, o))
}

/// A few closing days near the dates tested.
fn closing_days() -> impl Strategy<Value = Vec<NaiveDate>> {
    prop::collection::vec(any_day(), 0..6)
}

fn name_word() -> impl Strategy<Value = String> {
    "[A-Z][a-z]{3,9}"
}

/// Puts accents on some vowels and changes the case of some letters.
fn decorate(word: &str, seed: u64) -> String {
    word.chars()
        .enumerate()
        .map(|(i, c)| {
            let bit = (seed >> (i % 64)) & 1 == 1;
            match (c, bit) {
                ('e', true) => 'é',
                ('a', true) => 'à',
                ('o', true) => 'ö',
                ('i', true) => 'ï',
                (c, true) => c.to_ascii_uppercase(),
                (c, false) => c,
            }
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Every number built with the checksum of its century parses back to the same birth
    /// date, whether born before or after 2000.
    #[test]
    fn national_numbers_round_trip(date in birth_date(), counter in 1u32..=998) {
        let yymmdd = format!("{:02}{:02}{:02}", date.year() % 100, date.month(), date.day());
        let s = with_check_number(&yymmdd, counter, date.year() >= 2000);
        let n = Niss::parse(&s, 2026).map_err(|e| TestCaseError::fail(format!("{s}: {e:?}")))?;
        prop_assert_eq!(n.kind(), NissKind::National);
        prop_assert_eq!(n.birth_date(), Some(date));
        prop_assert_eq!(n.digits(), s.as_str());
        // Written with dots and a dash, as on the identity card, it is the same number.
        prop_assert_eq!(Niss::parse(&n.formatted(), 2026).map(|m| m.digits().to_owned()), Ok(s.clone()));
    }

    /// BIS numbers add 20 (sex unknown) or 40 (sex known) to the month.
    #[test]
    fn bis_numbers_round_trip(date in birth_date(), counter in 1u32..=998, offset in prop::sample::select(vec![20u32, 40])) {
        let yymmdd = format!("{:02}{:02}{:02}", date.year() % 100, date.month() + offset, date.day());
        let s = with_check_number(&yymmdd, counter, date.year() >= 2000);
        let n = Niss::parse(&s, 2026).map_err(|e| TestCaseError::fail(format!("{s}: {e:?}")))?;
        prop_assert_eq!(n.kind(), NissKind::Bis);
        prop_assert_eq!(n.birth_date(), Some(date));
        prop_assert_eq!(n.sex().is_none(), offset == 20);
    }

    /// Changing the check number always makes the number invalid.
    #[test]
    fn a_wrong_check_number_is_refused(date in birth_date(), counter in 1u32..=998, delta in 1u32..=96) {
        let yymmdd = format!("{:02}{:02}{:02}", date.year() % 100, date.month(), date.day());
        let s = with_check_number(&yymmdd, counter, date.year() >= 2000);
        let check: u32 = s[9..].parse().map_err(|_| TestCaseError::fail("digits"))?;
        let wrong = format!("{}{:02}", &s[..9], (check + delta - 1) % 97 + 1);
        // The other century's rule may accept it, but never as the same person's number.
        match Niss::parse(&wrong, 2026) {
            Err(e) => prop_assert_eq!(e, NissError::Checksum),
            Ok(n) => prop_assert_ne!(n.birth_year() >= 2000, date.year() >= 2000),
        }
    }

    /// Adding n working days lands on a working day, and exactly n working days lie
    /// after the start up to and including the result.
    #[test]
    fn adding_working_days_counts_exactly(from in any_day(), n in 0u32..=40, closing in closing_days()) {
        let to = add_working_days(from, n, &closing);
        prop_assert!(is_working_day(to, &closing));
        prop_assert!(to >= from);
        if n > 0 {
            let mut counted = 0;
            let mut d = from + Duration::days(1);
            while d <= to {
                if is_working_day(d, &closing) {
                    counted += 1;
                }
                d += Duration::days(1);
            }
            prop_assert_eq!(counted, n);
        }
    }

    /// Going back n working days from the result of going forward n lands on the start,
    /// when the start is a working day.
    #[test]
    fn working_days_forward_and_back(from in any_day(), n in 1u32..=30, closing in closing_days()) {
        prop_assume!(is_working_day(from, &closing));
        let there = add_working_days(from, n, &closing);
        prop_assert_eq!(sub_working_days(there, n, &closing), from);
        let before = previous_working_day(there, &closing);
        prop_assert!(before < there && is_working_day(before, &closing));
    }

    /// The same name, with accents, other letter case or the names swapped, is the same name.
    #[test]
    fn names_match_whatever_the_accents_case_and_order(given in name_word(), family in name_word(), seed in any::<u64>()) {
        let g = decorate(&given.to_lowercase(), seed);
        let f = decorate(&family.to_lowercase(), seed.rotate_left(17));
        prop_assert_eq!(compare_names(&given, &family, &g, &f), Some(Reason::SameName));
        prop_assert_eq!(compare_names(&given, &family, &f, &g), Some(Reason::SameName));
        prop_assert_eq!(compare_names(&given, &family, "", &format!("{f} {g}")), Some(Reason::SameName));
    }

    /// One letter typed wrong in a long family name is still flagged as similar.
    #[test]
    fn one_typo_in_a_long_name_is_similar(given in name_word(), family in "[A-Z][a-z]{5,9}", at in 1usize..5, typo in "[a-z]") {
        let mut chars: Vec<char> = family.chars().collect();
        let at = at.min(chars.len() - 1);
        let replacement = typo.chars().next().unwrap_or('x');
        prop_assume!(chars[at] != replacement);
        chars[at] = replacement;
        let typed: String = chars.into_iter().collect();
        prop_assert_eq!(compare_names(&given, &family, &given, &typed), Some(Reason::SimilarName));
    }
}
