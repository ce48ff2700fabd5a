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

/// A topic's label in `lang`: from the shared vocabulary, or one of the organisation's
/// own topics (archived ones too, so old requests keep their label); the code itself
/// when neither knows it.
pub fn label_of(code: &str, lang: Lang, custom: &[CustomTopic]) -> String {
    find(code)
        .map(|t| t.label(lang).to_owned())
        .or_else(|| {
            custom
                .iter()
                .find(|t| t.code == code)
                .map(|t| t.label(lang).to_owned())
        })
        .unwrap_or_else(|| code.to_owned())
}

pub fn category_of(t: &Topic) -> Option<&'static Topic> {
    TOPICS
        .iter()
        .find(|c| c.code == t.category && c.is_category())
}

/// A topic the organisation added, with a label in at least one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomTopic {
    /// `local-<slug>`, never changed once given.
    pub code: String,
    pub fr: String,
    pub nl: String,
    pub en: String,
    /// Archived topics are no longer offered for new requests; old ones keep the label.
    pub archived: bool,
}

impl CustomTopic {
    /// The label in `lang`, or else in French, Dutch, English — the first one given.
    pub fn label(&self, lang: Lang) -> &str {
        let own = match lang {
            Lang::Fr => &self.fr,
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        };
        [own, &self.fr, &self.nl, &self.en]
            .into_iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty())
            .unwrap_or(&self.code)
    }
}

/// The longest label accepted for a topic.
pub const MAX_LABEL_CHARS: usize = 80;

/// Codes of the organisation's topics start with this, so they never collide with the
/// shipped data·inclusion codes.
pub const CUSTOM_PREFIX: &str = "local-";

/// A code for a new topic: `local-` and the label in lowercase ASCII words joined by
/// hyphens (`"Aide à l'énergie"` → `local-aide-a-l-energie`), with `-2`, `-3`… when the
/// code is taken.
pub fn custom_code(label: &str, taken: &[&str]) -> String {
    let words: Vec<String> = crate::matching::normalise(label)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let mut slug = String::new();
    for w in words {
        if slug.len() + w.len() + 1 > 40 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&w);
    }
    if slug.is_empty() {
        slug.push_str("topic");
    }
    let base = format!("{CUSTOM_PREFIX}{slug}");
    let mut code = base.clone();
    let mut n = 2;
    while taken.contains(&code.as_str()) {
        code = format!("{base}-{n}");
        n += 1;
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_codes_are_readable_and_unique() {
        assert_eq!(
            custom_code("Aide à l'énergie", &[]),
            "local-aide-a-l-energie"
        );
        assert_eq!(
            custom_code("  Épicerie   sociale!  ", &[]),
            "local-epicerie-sociale"
        );
        assert_eq!(custom_code("Колядки", &[]), "local-topic");
        let taken = ["local-repair-cafe", "local-repair-cafe-2"];
        assert_eq!(custom_code("Repair café", &taken), "local-repair-cafe-3");
        let long = custom_code(&"mot ".repeat(40), &[]);
        assert!(long.len() <= CUSTOM_PREFIX.len() + 40, "{long}");
        assert!(!long.ends_with('-'));
    }

    #[test]
    fn a_custom_topic_falls_back_to_a_label_it_has() {
        let t = CustomTopic {
            code: "local-epicerie-sociale".into(),
            fr: "Épicerie sociale".into(),
            nl: String::new(),
            en: " ".into(),
            archived: false,
        };
        assert_eq!(t.label(Lang::Fr), "Épicerie sociale");
        assert_eq!(t.label(Lang::Nl), "Épicerie sociale");
        assert_eq!(t.label(Lang::En), "Épicerie sociale");
        let t = CustomTopic {
            nl: "Sociale kruidenier".into(),
            fr: String::new(),
            ..t
        };
        assert_eq!(t.label(Lang::Fr), "Sociale kruidenier");
        assert_eq!(t.label(Lang::Nl), "Sociale kruidenier");
    }

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

    /// Bodies and phrases of France that mean nothing (or something else) at a Belgian
    /// desk. A label may keep a data·inclusion code that names them (`…-mdph-…`), never
    /// show them.
    const FRANCE_ONLY: [&str; 19] = [
        "MDPH",
        "CAF",
        "CCAS",
        "RSA",
        "CMU",
        "AAH",
        "APL",
        "CPF",
        "URSSAF",
        "Pôle emploi",
        "France Travail",
        "Mission locale",
        "carte Vitale",
        "préfecture",
        "département",
        "en France",
        "in France",
        "retour en France",
        "Sécu",
    ];

    /// `term` appears in `label` as whole words (case and accents as written).
    fn names(label: &str, term: &str) -> bool {
        let label = label.to_lowercase();
        let term = term.to_lowercase();
        label.match_indices(&term).any(|(i, _)| {
            let before = label[..i].chars().next_back();
            let after = label[i + term.len()..].chars().next();
            let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            !word(before) && !word(after)
        })
    }

    #[test]
    fn labels_speak_of_belgium_not_of_france() {
        assert!(names("Constituer un dossier MDPH", "MDPH"));
        assert!(names("son retour en France.", "en France"));
        assert!(!names("Écarter les escargots", "CAF"), "whole words only");
        for t in all() {
            for label in [t.fr, t.nl, t.en] {
                for term in FRANCE_ONLY {
                    assert!(!names(label, term), "{}: {label:?} names {term:?}", t.code);
                }
            }
        }
        // Belgian bodies where a person would look for them.
        let disability = find("sante--constituer-un-dossier-mdph-invalidite").expect("code kept");
        assert!(disability.fr.contains("AVIQ") && disability.nl.contains("VAPH"));
        let back = find("souvrir-a-linternational--sorganiser-suite-a-son-retour-en-france")
            .expect("code kept");
        assert!(back.fr.contains("Belgique") && back.nl.contains("België"));
    }

    #[test]
    fn the_codes_are_the_data_inclusion_ones() {
        let online = find("numerique--acceder-a-des-services-en-ligne").expect("shipped code");
        assert_eq!(online.category, "numerique");
        assert!(find("numerique").is_none(), "a category is not a topic");
        assert!(find("made-up--topic").is_none());
    }
}
