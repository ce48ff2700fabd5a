//! DigComp 2.2, the EU's digital competence framework for citizens (JRC128415, 2022): five
//! areas, twenty-one competences, eight proficiency levels in four bands. A worker's
//! self-assessment (issue 18, journey J10) rates some competences, and the institution's
//! own tools, on those levels. Pure: codes, levels and the rule that turns a team's
//! private assessments into needs a coordinator may see (anonymous, never under five).

use crate::observatory::{Cell, THRESHOLD};

/// The five areas, by their number in the framework.
pub const AREAS: [u8; 5] = [1, 2, 3, 4, 5];

/// The twenty-one competences, by their code in the framework ("1.1" … "5.4").
pub const COMPETENCES: [&str; 21] = [
    "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4",
    "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4",
];

/// The area a competence code belongs to ("2.6" → 2).
pub fn area_of(code: &str) -> Option<u8> {
    COMPETENCES
        .contains(&code)
        .then(|| code.as_bytes()[0] - b'0')
}

/// A proficiency level, 1 to 8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Level(u8);

/// The four bands of two levels each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    Foundation,
    Intermediate,
    Advanced,
    HighlySpecialised,
}

impl Band {
    pub fn code(self) -> &'static str {
        match self {
            Band::Foundation => "foundation",
            Band::Intermediate => "intermediate",
            Band::Advanced => "advanced",
            Band::HighlySpecialised => "highly-specialised",
        }
    }
}

impl Level {
    pub fn new(n: u8) -> Option<Level> {
        (1..=8).contains(&n).then_some(Level(n))
    }

    /// "4", " 4 ": a level; anything else is not one.
    pub fn parse(text: &str) -> Option<Level> {
        text.trim().parse().ok().and_then(Level::new)
    }

    pub fn get(self) -> u8 {
        self.0
    }

    pub fn band(self) -> Band {
        match self.0 {
            1 | 2 => Band::Foundation,
            3 | 4 => Band::Intermediate,
            5 | 6 => Band::Advanced,
            _ => Band::HighlySpecialised,
        }
    }
}

/// What a worker typed: a value per competence (or tool) code, "" when not rated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssessmentForm {
    pub ratings: Vec<(String, String)>,
}

/// A self-assessment as kept: the competences (and tools) rated, with their levels.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assessment {
    pub levels: Vec<(String, Level)>,
}

/// A mistake in the form, by the code of the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssessmentError {
    /// Not a level from 1 to 8.
    NotALevel(String),
    /// Neither a DigComp competence nor one of the institution's tools.
    Unknown(String),
}

impl AssessmentForm {
    /// Every rating at once; an empty value is "not rated" (never a level). `tools` are
    /// the codes of the institution's own tools that may be rated too.
    pub fn parse(&self, tools: &[&str]) -> Result<Assessment, Vec<AssessmentError>> {
        let mut levels = Vec::new();
        let mut errors = Vec::new();
        for (code, value) in &self.ratings {
            if !COMPETENCES.contains(&code.as_str()) && !tools.contains(&code.as_str()) {
                errors.push(AssessmentError::Unknown(code.clone()));
                continue;
            }
            if value.trim().is_empty() {
                continue;
            }
            match Level::parse(value) {
                Some(l) => levels.push((code.clone(), l)),
                None => errors.push(AssessmentError::NotALevel(code.clone())),
            }
        }
        if errors.is_empty() {
            Ok(Assessment { levels })
        } else {
            Err(errors)
        }
    }
}

/// The training needs of a team as a coordinator may see them: for each competence or
/// tool, how many members rated themselves in the foundation band (levels 1–2); a count
/// from 1 to 4 is hidden ("< 5"). No total is shown and a member may be counted under
/// several competences, so no hidden count follows from the others: no secondary
/// suppression is needed. Nothing at all while fewer than [`THRESHOLD`] members have
/// assessed themselves: even "0" would say something about each of them. The
/// assessments come without names, in no particular order.
pub fn team_needs(assessments: &[Assessment], codes: &[&str]) -> Option<Vec<(String, Cell)>> {
    if (assessments.len() as u64) < THRESHOLD {
        return None;
    }
    Some(
        codes
            .iter()
            .map(|code| {
                let n = assessments
                    .iter()
                    .filter(|a| {
                        a.levels
                            .iter()
                            .any(|(c, l)| c == code && l.band() == Band::Foundation)
                    })
                    .count() as u64;
                let cell = if n > 0 && n < THRESHOLD {
                    Cell::Small
                } else {
                    Cell::Shown(n)
                };
                ((*code).to_owned(), cell)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_one_competences_in_five_areas() {
        assert_eq!(COMPETENCES.len(), 21);
        let per_area: Vec<usize> = AREAS
            .iter()
            .map(|a| {
                COMPETENCES
                    .iter()
                    .filter(|c| area_of(c) == Some(*a))
                    .count()
            })
            .collect();
        assert_eq!(per_area, vec![3, 6, 4, 4, 4]);
        assert_eq!(area_of("2.6"), Some(2));
        assert_eq!(area_of("6.1"), None);
        assert_eq!(area_of("1.4"), None);
    }

    #[test]
    fn eight_levels_in_four_bands() {
        let bands: Vec<Band> = (1..=8).map(|n| Level::new(n).unwrap().band()).collect();
        use Band::*;
        assert_eq!(
            bands,
            vec![
                Foundation,
                Foundation,
                Intermediate,
                Intermediate,
                Advanced,
                Advanced,
                HighlySpecialised,
                HighlySpecialised
            ]
        );
        assert_eq!(Level::new(0), None);
        assert_eq!(Level::new(9), None);
        assert_eq!(Level::parse(" 4 "), Level::new(4));
        assert_eq!(Level::parse("four"), None);
    }

    #[test]
    fn the_form_keeps_rated_ones_and_names_every_mistake() {
        let form = AssessmentForm {
            ratings: vec![
                ("1.1".into(), "3".into()),
                ("2.6".into(), "".into()),
                ("4.2".into(), "9".into()),
                ("tool-itsme".into(), "2".into()),
                ("7.7".into(), "1".into()),
            ],
        };
        assert_eq!(
            form.parse(&["tool-itsme"]),
            Err(vec![
                AssessmentError::NotALevel("4.2".into()),
                AssessmentError::Unknown("7.7".into())
            ])
        );
        let ok = AssessmentForm {
            ratings: vec![
                ("1.1".into(), "3".into()),
                ("2.6".into(), " ".into()),
                ("tool-itsme".into(), "2".into()),
            ],
        };
        assert_eq!(
            ok.parse(&["tool-itsme"]).unwrap().levels,
            vec![
                ("1.1".to_owned(), Level::new(3).unwrap()),
                ("tool-itsme".to_owned(), Level::new(2).unwrap())
            ]
        );
    }

    fn rated(pairs: &[(&str, u8)]) -> Assessment {
        Assessment {
            levels: pairs
                .iter()
                .map(|(c, l)| ((*c).to_owned(), Level::new(*l).unwrap()))
                .collect(),
        }
    }

    #[test]
    fn a_team_sees_needs_only_from_five_assessments_and_never_a_small_count() {
        let four = vec![rated(&[("4.2", 1)]); 4];
        assert_eq!(team_needs(&four, &["4.2"]), None, "four members: nothing");
        let mut team = vec![rated(&[("4.2", 1), ("1.1", 2)]); 6];
        team.push(rated(&[("4.2", 5), ("2.6", 1)]));
        let needs = team_needs(&team, &["4.2", "1.1", "2.6", "3.4"]).unwrap();
        assert_eq!(needs[0], ("4.2".to_owned(), Cell::Shown(6)));
        assert_eq!(needs[2].1, Cell::Small, "one member on 2.6: < 5");
        assert_eq!(needs[1], ("1.1".to_owned(), Cell::Shown(6)));
        assert_eq!(needs[3].1, Cell::Shown(0));
    }
}
