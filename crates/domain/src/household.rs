//! Household links between two person files, and what merging two files of the same
//! person keeps.
//!
//! A link is read from one side: "`other` is the `relation` of `person`". Seen from the
//! other side the relation is inverted: if B is the child of A, A is the parent of B.

use crate::ids::PersonId;
use crate::person::PartialDate;

/// How another person is related to the person whose file is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Relation {
    Partner,
    Child,
    Parent,
    Sibling,
    OtherRelative,
    /// Same roof, no family tie (flatmate, host).
    LivesWith,
}

impl Relation {
    /// In the order the screens list them.
    pub const ALL: [Relation; 6] = [
        Relation::Partner,
        Relation::Child,
        Relation::Parent,
        Relation::Sibling,
        Relation::OtherRelative,
        Relation::LivesWith,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Relation::Partner => "partner",
            Relation::Child => "child",
            Relation::Parent => "parent",
            Relation::Sibling => "sibling",
            Relation::OtherRelative => "other-relative",
            Relation::LivesWith => "lives-with",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The same link seen from the other person: a parent's child has that parent as parent.
    pub fn inverse(self) -> Self {
        match self {
            Relation::Child => Relation::Parent,
            Relation::Parent => Relation::Child,
            other => other,
        }
    }
}

/// Of two files of the same person, the one kept: the older file (the lowest id), so that
/// references on paper keep working. Returns `(kept, merged)`.
pub fn kept_and_merged(a: PersonId, b: PersonId) -> (PersonId, PersonId) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// Why two files cannot be merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeRefusal {
    /// Both files hold a different current national number: two different persons.
    DifferentNationalNumbers,
}

/// The current national number after a merge: the kept file's, or the other's when the
/// kept file has none. Two different numbers refuse the merge.
pub fn merged_niss<'a>(
    kept: Option<&'a str>,
    merged: Option<&'a str>,
) -> Result<Option<&'a str>, MergeRefusal> {
    match (kept, merged) {
        (Some(k), Some(m)) if k != m => Err(MergeRefusal::DifferentNationalNumbers),
        (Some(k), _) => Ok(Some(k)),
        (None, m) => Ok(m),
    }
}

/// The kept file's birth date completed with the parts it lacks, when the parts both files
/// know agree (a different year or month is not completed from the other file).
pub fn merged_birth(kept: PartialDate, other: PartialDate) -> PartialDate {
    let agrees = |a: Option<i64>, b: Option<i64>| a.is_none() || b.is_none() || a == b;
    let consistent = agrees(kept.year.map(i64::from), other.year.map(i64::from))
        && agrees(kept.month.map(i64::from), other.month.map(i64::from))
        && agrees(kept.day.map(i64::from), other.day.map(i64::from));
    if !consistent {
        return kept;
    }
    let year = kept.year.or(other.year);
    let month = year.and(kept.month.or(other.month));
    let day = month.and(kept.day.or(other.day));
    PartialDate { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parent_seen_from_the_child_is_a_parent_and_the_child_a_child() {
        assert_eq!(Relation::Child.inverse(), Relation::Parent);
        assert_eq!(Relation::Parent.inverse(), Relation::Child);
    }

    #[test]
    fn symmetric_relations_stay_the_same_from_both_sides() {
        for r in [
            Relation::Partner,
            Relation::Sibling,
            Relation::OtherRelative,
            Relation::LivesWith,
        ] {
            assert_eq!(r.inverse(), r);
        }
    }

    #[test]
    fn inverting_twice_gives_back_the_relation_and_codes_round_trip() {
        for r in Relation::ALL {
            assert_eq!(r.inverse().inverse(), r);
            assert_eq!(Relation::parse(r.code()), Some(r));
        }
        assert_eq!(Relation::parse("cousin"), None);
    }

    #[test]
    fn the_older_file_is_kept() {
        let (a, b) = (PersonId::new(7), PersonId::new(3));
        assert_eq!(kept_and_merged(a, b), (b, a));
        assert_eq!(kept_and_merged(b, a), (b, a));
    }

    #[test]
    fn two_different_national_numbers_refuse_the_merge() {
        assert_eq!(
            merged_niss(Some("85073003328"), Some("90010100123")),
            Err(MergeRefusal::DifferentNationalNumbers)
        );
        assert_eq!(
            merged_niss(Some("85073003328"), Some("85073003328")),
            Ok(Some("85073003328"))
        );
        assert_eq!(
            merged_niss(None, Some("85073003328")),
            Ok(Some("85073003328"))
        );
        assert_eq!(
            merged_niss(Some("85073003328"), None),
            Ok(Some("85073003328"))
        );
        assert_eq!(merged_niss(None, None), Ok(None));
    }

    #[test]
    fn missing_birth_date_parts_are_taken_only_when_the_known_parts_agree() {
        let d = |y: Option<i32>, m: Option<u32>, dd: Option<u32>| PartialDate {
            year: y,
            month: m,
            day: dd,
        };
        let full = d(Some(1950), Some(3), Some(4));
        assert_eq!(merged_birth(d(Some(1950), None, None), full), full);
        assert_eq!(merged_birth(PartialDate::default(), full), full);
        assert_eq!(merged_birth(full, PartialDate::default()), full);
        let other_year = d(Some(1951), Some(3), Some(4));
        assert_eq!(
            merged_birth(d(Some(1950), None, None), other_year),
            d(Some(1950), None, None)
        );
    }
}
