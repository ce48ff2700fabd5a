//! A site's or a service's name in the languages guichet writes to persons in: French,
//! Dutch, English and German. The main name is what staff see; a letter or a message to a
//! person uses the form in the person's language, or the main name when there is none.

/// The longest form of a site's or service's name (data·inclusion allows 150 for `nom`).
pub const MAX_NAME_CHARS: usize = 150;

/// The other forms of a name, one per language; empty when there is none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameForms {
    pub fr: String,
    pub nl: String,
    pub en: String,
    pub de: String,
}

/// The language codes a name form exists for, in the order forms show them.
pub const LANGUAGES: [&str; 4] = ["fr", "nl", "en", "de"];

impl NameForms {
    /// The form for a language code ("fr", "nl", "en", "de"), if one was given.
    pub fn get(&self, lang: &str) -> Option<&str> {
        let form = match lang {
            "fr" => &self.fr,
            "nl" => &self.nl,
            "en" => &self.en,
            "de" => &self.de,
            _ => return None,
        };
        Some(form.trim()).filter(|f| !f.is_empty())
    }

    pub fn set(&mut self, lang: &str, value: String) {
        match lang {
            "fr" => self.fr = value,
            "nl" => self.nl = value,
            "en" => self.en = value,
            "de" => self.de = value,
            _ => {}
        }
    }

    /// The name to write to someone who reads `lang`: its form, else the main name.
    pub fn pick<'a>(&'a self, main: &'a str, lang: &str) -> &'a str {
        self.get(lang).unwrap_or(main)
    }
}

/// What is wrong with a typed name form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameFormError {
    TooLong,
    /// A control character (a tab, a line break…): a name is one line.
    ControlCharacter,
}

/// A typed name form, trimmed; empty is allowed (no form in that language).
pub fn parse_form(typed: &str) -> Result<String, NameFormError> {
    let t = typed.trim();
    if t.chars().any(char::is_control) {
        return Err(NameFormError::ControlCharacter);
    }
    if t.chars().count() > MAX_NAME_CHARS {
        return Err(NameFormError::TooLong);
    }
    Ok(t.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_uses_the_form_in_the_readers_language_else_the_main_name() {
        let names = NameForms {
            nl: "Antenne Centrum".into(),
            de: "  ".into(),
            ..Default::default()
        };
        assert_eq!(names.pick("Antenne Centre", "nl"), "Antenne Centrum");
        assert_eq!(names.pick("Antenne Centre", "fr"), "Antenne Centre");
        assert_eq!(names.pick("Antenne Centre", "de"), "Antenne Centre");
        assert_eq!(names.pick("Antenne Centre", "other"), "Antenne Centre");
    }

    #[test]
    fn forms_are_one_line_of_at_most_150_characters() {
        assert_eq!(parse_form("  Sociale dienst "), Ok("Sociale dienst".into()));
        assert_eq!(parse_form(""), Ok(String::new()));
        assert_eq!(parse_form("a\tb"), Err(NameFormError::ControlCharacter));
        assert_eq!(parse_form(&"é".repeat(150)).map(|s| s.len()), Ok(300));
        assert_eq!(parse_form(&"é".repeat(151)), Err(NameFormError::TooLong));
    }
}
