//! The default vocabulary of request topics: the data·inclusion "thématiques" (16
//! categories, 69 sub-themes), with their codes kept and labels in French, Dutch and
//! English (`data/topics.tsv`). Organisations can add their own topics.

use crate::Lang;
use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    pub code: &'static str,
    /// The category code (the part before `--`); equal to `code` for a category.
    pub category: &'static str,
    pub fr: &'static str,
    pub nl: &'static str,
    pub en: &'static str,
}

impl Topic {
    pub fn is_category(&self) -> bool {
        self.code == self.category
    }

    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.fr,
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

static SOURCE: &str = include_str!("../data/topics.tsv");

static TOPICS: LazyLock<Vec<Topic>> = LazyLock::new(|| {
    SOURCE
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .filter_map(|line| {
            let mut f = line.split('\t');
            let code = f.next()?;
            let (fr, nl, en) = (f.next()?, f.next()?, f.next()?);
            let category = code.split("--").next().unwrap_or(code);
            Some(Topic {
                code,
                category,
                fr,
                nl,
                en,
            })
        })
        .collect()
});

/// Categories and sub-themes, each category followed by its sub-themes.
pub fn all() -> &'static [Topic] {
    &TOPICS
}

/// A sub-theme (a category alone is too vague for a request).
pub fn find(code: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.code == code && !t.is_category())
}

pub fn category_of(t: &Topic) -> Option<&'static Topic> {
    TOPICS
        .iter()
        .find(|c| c.code == t.category && c.is_category())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vocabulary_has_16_categories_and_69_sub_themes_in_three_languages() {
        let cats = all().iter().filter(|t| t.is_category()).count();
        let subs = all().iter().filter(|t| !t.is_category()).count();
        assert_eq!((cats, subs), (16, 69));
        for t in all() {
            assert!(
                !t.fr.is_empty() && !t.nl.is_empty() && !t.en.is_empty(),
                "{}",
                t.code
            );
            assert!(category_of(t).is_some(), "{} has no category", t.code);
        }
    }

    #[test]
    fn the_codes_are_the_data_inclusion_ones() {
        let online = find("numerique--acceder-a-des-services-en-ligne").expect("shipped code");
        assert_eq!(online.category, "numerique");
        assert!(find("numerique").is_none(), "a category is not a topic");
        assert!(find("made-up--topic").is_none());
    }
}
