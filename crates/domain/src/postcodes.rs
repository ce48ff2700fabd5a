//! Belgian postcodes and the places they serve, from the list shipped in
//! `data/postcodes.tsv` (see `scripts/postcodes-from-commondata` for its source).
//!
//! One postcode may serve several places (1315: Glimes, Incourt, Opprebais…), and a place
//! has a name in each of its languages (Brugge, Bruges). The list helps the desk: an empty
//! municipality is filled in, a municipality that does not go with the postcode is pointed
//! out. It never blocks a real address: lists age, so the desk can keep what it typed.

use crate::matching::normalise;
use crate::org::Postcode;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// A place served by a postcode: its name in the place's own language first, then its
/// other names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub name: &'static str,
    pub other_names: Vec<&'static str>,
}

impl Place {
    fn is_called(&self, typed: &str) -> bool {
        let typed = normalise(typed);
        std::iter::once(self.name)
            .chain(self.other_names.iter().copied())
            .any(|n| normalise(n) == typed)
    }
}

static SOURCE: &str = include_str!("../data/postcodes.tsv");

static PLACES: LazyLock<BTreeMap<u16, Vec<Place>>> = LazyLock::new(|| {
    let mut map: BTreeMap<u16, Vec<Place>> = BTreeMap::new();
    for line in SOURCE.lines().filter(|l| !l.starts_with('#')) {
        let mut f = line.split('\t');
        let (Some(code), Some(name)) = (f.next(), f.next()) else {
            continue;
        };
        let (Ok(code), false) = (code.parse::<u16>(), name.is_empty()) else {
            continue;
        };
        let other_names = f
            .next()
            .unwrap_or("")
            .split('|')
            .filter(|s| !s.is_empty())
            .collect();
        map.entry(code)
            .or_default()
            .push(Place { name, other_names });
    }
    map
});

/// The places a postcode serves; empty when the postcode is not on the list.
pub fn places(postcode: Postcode) -> &'static [Place] {
    PLACES
        .get(&postcode.get())
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// How a typed municipality goes with a postcode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// The municipality is one of the postcode's places (in any of its names), or was left
    /// empty and the postcode serves exactly one place: use this name.
    Fits(String),
    /// Left empty, and the postcode serves several places: the person must choose.
    Choose(Vec<&'static str>),
    /// The typed municipality is not a place of this postcode: these are.
    Mismatch(Vec<&'static str>),
    /// The postcode is not on the list (new, or a special postcode): nothing to compare with.
    Unknown,
}

/// Compares a typed municipality with the places of a postcode. A typed name is kept as
/// typed when it fits (only surrounding spaces are removed).
pub fn check(postcode: Postcode, municipality: &str) -> Check {
    let list = places(postcode);
    let typed = municipality.trim();
    if list.is_empty() {
        return if typed.is_empty() {
            Check::Unknown
        } else {
            Check::Fits(typed.to_owned())
        };
    }
    let names = || list.iter().map(|p| p.name).collect::<Vec<_>>();
    if typed.is_empty() {
        return match list {
            [only] => Check::Fits(only.name.to_owned()),
            _ => Check::Choose(names()),
        };
    }
    if list.iter().any(|p| p.is_called(typed)) {
        Check::Fits(typed.to_owned())
    } else {
        Check::Mismatch(names())
    }
}

/// How many postcodes the shipped list knows.
pub fn known_postcodes() -> usize {
    PLACES.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pc(s: &str) -> Postcode {
        Postcode::parse(s).unwrap()
    }

    #[test]
    fn the_shipped_list_covers_the_country() {
        // bpost publishes about 1,150 distinct postcodes; every province is represented.
        assert!(known_postcodes() > 1_100, "{}", known_postcodes());
        for code in [
            "1000", "1300", "2000", "3500", "4000", "4700", "5000", "6700", "7000", "8000", "9000",
        ] {
            assert!(!places(pc(code)).is_empty(), "{code}");
        }
    }

    #[test]
    fn an_empty_municipality_is_filled_in_when_the_postcode_serves_one_place() {
        assert_eq!(check(pc("4700"), ""), Check::Fits("Eupen".into()));
        assert_eq!(check(pc("1050"), " "), Check::Fits("Ixelles".into()));
    }

    #[test]
    fn several_places_for_one_postcode_must_be_chosen() {
        let Check::Choose(names) = check(pc("1300"), "") else {
            panic!("1300 serves Wavre and Limal");
        };
        assert!(names.contains(&"Wavre") && names.contains(&"Limal"));
    }

    #[test]
    fn any_name_of_the_place_fits_without_accents_or_case() {
        assert_eq!(check(pc("8000"), "bruges"), Check::Fits("bruges".into()));
        assert_eq!(check(pc("8000"), "Brugge"), Check::Fits("Brugge".into()));
        assert_eq!(check(pc("1050"), "ELSENE"), Check::Fits("ELSENE".into()));
        assert_eq!(
            check(pc("1080"), "Molenbeek Saint Jean"),
            Check::Fits("Molenbeek Saint Jean".into())
        );
        assert_eq!(
            check(pc("1348"), "Louvain-la-Neuve "),
            Check::Fits("Louvain-la-Neuve".into())
        );
    }

    #[test]
    fn a_municipality_of_another_postcode_is_pointed_out() {
        let Check::Mismatch(names) = check(pc("1300"), "Namur") else {
            panic!("Namur is not 1300");
        };
        assert!(names.contains(&"Wavre"));
    }

    #[test]
    fn a_postcode_missing_from_the_list_keeps_what_was_typed() {
        assert_eq!(
            check(pc("1099"), "Quelque part"),
            Check::Fits("Quelque part".into())
        );
        assert_eq!(check(pc("1099"), ""), Check::Unknown);
    }
}
