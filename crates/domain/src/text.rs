//! Free text typed at the desk: how long each kind may be, and the characters no field
//! accepts. The limits fit their use (a name fits a letter's address window, a note a
//! page or two) and are the same on SQLite and PostgreSQL.

use thiserror::Error;

/// The longest text each kind of field takes, in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// A family name, a usual name (the longest Belgian family names are about 40).
    Name,
    /// Given names, all of them.
    GivenNames,
    /// A short label: whose phone it is, a room, a country, a municipality.
    Label,
    /// A street with its number and box.
    Street,
    /// A name with a way to reach them (the trusted person).
    Contact,
    /// A postal or contact address of several lines.
    Address,
    /// A phone number as typed.
    Phone,
    /// An email address (RFC 5321's limit).
    Email,
    /// A sentence: a reason, a subject, what to bring.
    Sentence,
    /// A note of the journal or a description.
    Note,
}

impl Limit {
    pub fn chars(self) -> usize {
        match self {
            Limit::Name => 80,
            Limit::GivenNames => 120,
            Limit::Label => 80,
            Limit::Street => 120,
            Limit::Contact => 200,
            Limit::Address => 300,
            Limit::Phone => 40,
            Limit::Email => 254,
            Limit::Sentence => 500,
            Limit::Note => 20_000,
        }
    }

    /// The most lines a multi-line field may have (one for single-line fields).
    pub fn lines(self) -> usize {
        match self {
            Limit::Address => 6,
            Limit::Note => 1_000,
            Limit::Sentence => 10,
            _ => 1,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum TextError {
    #[error("at most {max} characters (this one has {got})")]
    TooLong { max: usize, got: usize },
    #[error("at most {max} lines (this one has {got})")]
    TooManyLines { max: usize, got: usize },
    #[error("contains an invisible control character")]
    ControlCharacter,
}

/// A control character no form field takes: C0 controls but tab, line feed and carriage
/// return, DEL, and the C1 controls. (They cannot be typed; they arrive by pasting or
/// by a script, and NUL is refused by PostgreSQL.)
pub fn is_forbidden_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

pub fn has_forbidden_control(text: &str) -> bool {
    text.chars().any(is_forbidden_control)
}

/// The text with forbidden control characters taken out, and how many there were.
pub fn without_controls(text: &str) -> (String, usize) {
    let kept: String = text.chars().filter(|c| !is_forbidden_control(*c)).collect();
    let removed = text.chars().count() - kept.chars().count();
    (kept, removed)
}

/// Checks a field's text (already trimmed or not) against its limit.
pub fn check(text: &str, limit: Limit) -> Result<(), TextError> {
    if has_forbidden_control(text) {
        return Err(TextError::ControlCharacter);
    }
    let got = text.trim().chars().count();
    if got > limit.chars() {
        return Err(TextError::TooLong {
            max: limit.chars(),
            got,
        });
    }
    let lines = text.trim().lines().count();
    if lines > limit.lines() {
        return Err(TextError::TooManyLines {
            max: limit.lines(),
            got: lines,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_have_a_length_that_fits_a_letter() {
        assert!(check("Zoë Van den Berghe", Limit::Name).is_ok());
        let long = "a".repeat(10_000);
        assert_eq!(
            check(&long, Limit::Name),
            Err(TextError::TooLong {
                max: 80,
                got: 10_000
            })
        );
        // Characters, not bytes: 80 Greek letters fit.
        assert!(check(&"α".repeat(80), Limit::Name).is_ok());
    }

    #[test]
    fn control_characters_are_refused_but_line_breaks_are_not() {
        assert_eq!(
            check("Lam\u{0}bert", Limit::Name),
            Err(TextError::ControlCharacter)
        );
        assert_eq!(
            check("a\u{1b}[31m", Limit::Note),
            Err(TextError::ControlCharacter)
        );
        assert_eq!(
            check("x\u{85}", Limit::Note),
            Err(TextError::ControlCharacter)
        );
        assert!(check("first line\r\nsecond line\tend", Limit::Note).is_ok());
        assert_eq!(without_controls("Lam\u{0}be\u{7}rt"), ("Lambert".into(), 2));
    }

    #[test]
    fn a_single_line_field_takes_one_line() {
        assert_eq!(
            check("Rue\nHaute", Limit::Street),
            Err(TextError::TooManyLines { max: 1, got: 2 })
        );
        assert!(check("c/o CPAS\nRue Haute 4\n1300 Wavre", Limit::Address).is_ok());
    }
}
