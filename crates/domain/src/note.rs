//! Journal notes on a person: free text first, optional tags, and the compartment
//! that decides who may read them (see `policy`).

use thiserror::Error;

/// Which part of the file a note belongs to. The access policy gives each
/// compartment its own readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Compartment {
    Administrative,
    Social,
    Health,
    /// Digital assistance (online forms, itsme, e-mail…).
    Digital,
}

impl Compartment {
    pub const ALL: [Compartment; 4] = [
        Compartment::Administrative,
        Compartment::Social,
        Compartment::Health,
        Compartment::Digital,
    ];

    /// Stable code used in the database, forms and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Compartment::Administrative => "administrative",
            Compartment::Social => "social",
            Compartment::Health => "health",
            Compartment::Digital => "digital",
        }
    }

    pub fn parse(code: &str) -> Option<Compartment> {
        Compartment::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// At most this many tags on one note.
pub const MAX_TAGS: usize = 10;
/// At most this many characters in one tag.
pub const MAX_TAG_CHARS: usize = 40;
/// At most this many characters in a note's text.
pub const MAX_BODY_CHARS: usize = 20_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum TagsError {
    #[error("too many tags")]
    TooMany,
    #[error("a tag is too long")]
    TooLong,
}

/// A clean list of tags: trimmed, inner spaces collapsed, no empty tag, no tag twice
/// (whatever the case; the first spelling is kept), in the order typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tags(Vec<String>);

impl Tags {
    /// Parses free text such as `"Loyer, énergie ,, loyer"` into `["Loyer", "énergie"]`.
    pub fn parse(text: &str) -> Result<Tags, TagsError> {
        let mut tags: Vec<String> = Vec::new();
        for piece in text.split(',') {
            let tag = piece.split_whitespace().collect::<Vec<_>>().join(" ");
            if tag.is_empty() {
                continue;
            }
            if tag.chars().count() > MAX_TAG_CHARS {
                return Err(TagsError::TooLong);
            }
            let key = tag.to_lowercase();
            if tags.iter().any(|t| t.to_lowercase() == key) {
                continue;
            }
            tags.push(tag);
        }
        if tags.len() > MAX_TAGS {
            return Err(TagsError::TooMany);
        }
        Ok(Tags(tags))
    }

    /// Tags as stored (`"loyer,énergie"`); read back with [`Tags::from_storage`].
    pub fn storage(&self) -> String {
        self.0.join(",")
    }

    /// Tags from the database. Stored values are clean already; anything odd is dropped.
    pub fn from_storage(stored: &str) -> Tags {
        Tags(
            stored
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
        )
    }

    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// True when one of the tags is `tag`, whatever the case and surrounding spaces.
    pub fn contains(&self, tag: &str) -> bool {
        let key = tag.split_whitespace().collect::<Vec<_>>().join(" ");
        let key = key.to_lowercase();
        self.0.iter().any(|t| t.to_lowercase() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compartment_codes_round_trip() {
        for c in Compartment::ALL {
            assert_eq!(Compartment::parse(c.code()), Some(c));
        }
        assert_eq!(Compartment::parse("medical"), None);
        assert_eq!(Compartment::parse(""), None);
        assert_eq!(
            Compartment::ALL.map(Compartment::code),
            ["administrative", "social", "health", "digital"]
        );
    }

    #[test]
    fn tags_are_trimmed_deduplicated_whatever_the_case_and_keep_their_order() {
        let t = Tags::parse(" Loyer, énergie ,, LOYER,  aide   au  loyer ,Énergie").unwrap();
        assert_eq!(t.as_slice(), ["Loyer", "énergie", "aide au loyer"]);
        assert!(t.contains("loyer"));
        assert!(t.contains(" ÉNERGIE "));
        assert!(!t.contains("aide"));
    }

    #[test]
    fn no_tags_is_fine() {
        assert!(Tags::parse("").unwrap().is_empty());
        assert!(Tags::parse(" , ,").unwrap().is_empty());
        assert_eq!(Tags::parse("").unwrap().storage(), "");
    }

    #[test]
    fn at_most_ten_tags_of_forty_characters() {
        let ten: Vec<String> = (0..10).map(|i| format!("t{i}")).collect();
        assert_eq!(Tags::parse(&ten.join(",")).unwrap().as_slice().len(), 10);
        let eleven: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
        assert_eq!(Tags::parse(&eleven.join(",")), Err(TagsError::TooMany));
        // Duplicates do not count against the limit.
        assert!(Tags::parse(&format!("{},T0", ten.join(","))).is_ok());
        assert!(Tags::parse(&"é".repeat(40)).is_ok());
        assert_eq!(Tags::parse(&"é".repeat(41)), Err(TagsError::TooLong));
    }

    #[test]
    fn tags_survive_storage() {
        let t = Tags::parse("loyer, CPAS, aide numérique").unwrap();
        assert_eq!(Tags::from_storage(&t.storage()), t);
        assert!(Tags::from_storage("").is_empty());
    }
}
