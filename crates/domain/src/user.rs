//! Staff account values, parsed once at the edge ("parse, don't validate").

use thiserror::Error;

/// A sign-in name: 3 to 64 characters among lowercase letters, digits, `.`, `-`, `_`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Username(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum UsernameError {
    #[error("empty")]
    Empty,
    #[error("length")]
    Length,
    #[error("characters")]
    Characters,
}

impl Username {
    pub fn parse(raw: &str) -> Result<Self, UsernameError> {
        let s = raw.trim().to_lowercase();
        if s.is_empty() {
            return Err(UsernameError::Empty);
        }
        if !(3..=64).contains(&s.chars().count()) {
            return Err(UsernameError::Length);
        }
        if !s
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_'))
        {
            return Err(UsernameError::Characters);
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A name shown to colleagues ("Sophie Lambert"). 1 to 120 characters, any script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum DisplayNameError {
    #[error("empty")]
    Empty,
    #[error("too long")]
    TooLong,
}

impl DisplayName {
    pub fn parse(raw: &str) -> Result<Self, DisplayNameError> {
        let s = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.is_empty() {
            return Err(DisplayNameError::Empty);
        }
        if s.chars().count() > 120 {
            return Err(DisplayNameError::TooLong);
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password a person chose. Length is the rule (12 to 128 characters); no
/// composition rules, as NIST SP 800-63B advises, and spaces are allowed so that
/// pass-phrases work.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

pub const PASSWORD_MIN_CHARS: usize = 12;
pub const PASSWORD_MAX_CHARS: usize = 128;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum PasswordError {
    #[error("too short")]
    TooShort,
    #[error("too long")]
    TooLong,
    #[error("same as user name")]
    SameAsUsername,
}

impl NewPassword {
    pub fn parse(raw: &str, username: &str) -> Result<Self, PasswordError> {
        let n = raw.chars().count();
        if n < PASSWORD_MIN_CHARS {
            return Err(PasswordError::TooShort);
        }
        if n > PASSWORD_MAX_CHARS {
            return Err(PasswordError::TooLong);
        }
        if raw.trim().eq_ignore_ascii_case(username.trim()) {
            return Err(PasswordError::SameAsUsername);
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_normalised_and_checked() {
        assert_eq!(
            Username::parse("  S.Lambert ").unwrap().as_str(),
            "s.lambert"
        );
        assert_eq!(Username::parse(""), Err(UsernameError::Empty));
        assert_eq!(Username::parse("ab"), Err(UsernameError::Length));
        assert_eq!(
            Username::parse("sé bastien"),
            Err(UsernameError::Characters)
        );
    }

    #[test]
    fn display_names_keep_any_script_and_collapse_spaces() {
        assert_eq!(
            DisplayName::parse("  Nour   El Amrani ").unwrap().as_str(),
            "Nour El Amrani"
        );
        assert_eq!(DisplayName::parse("Ṭāhā").unwrap().as_str(), "Ṭāhā");
        assert_eq!(DisplayName::parse("   "), Err(DisplayNameError::Empty));
    }

    #[test]
    fn passwords_are_judged_by_length_only() {
        assert_eq!(
            NewPassword::parse("short", "x"),
            Err(PasswordError::TooShort)
        );
        assert!(NewPassword::parse("correct horse battery", "x").is_ok());
        assert_eq!(
            NewPassword::parse("marie.dupont", "Marie.Dupont"),
            Err(PasswordError::SameAsUsername)
        );
        assert_eq!(
            format!("{:?}", NewPassword::parse("a long secret!", "x").unwrap()),
            "NewPassword(***)"
        );
    }
}
