//! "Is this the same person?" — likely matches shown before a new file is created, so
//! that nobody is encoded twice. Names are compared without accents or case, in any
//! order, allowing one typo in longer names.

use unicode_normalization::UnicodeNormalization;

/// Lowercase, accents removed, hyphens and apostrophes as spaces, spaces collapsed:
/// `"Van den Broeck-Éloïse"` → `"van den broeck eloise"`.
pub fn normalise(name: &str) -> String {
    let stripped: String = name
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            '-' | '\'' | '’' | '.' | ',' => ' ',
            'ı' => 'i',
            'ß' => 's',
            'ø' => 'o',
            'æ' => 'a',
            'œ' => 'o',
            'ł' => 'l',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    stripped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of a normalised full name, sorted, so that "Lambert Josiane" and
/// "Josiane Lambert" compare equal.
fn words(given: &str, family: &str) -> Vec<String> {
    let mut w: Vec<String> = normalise(&format!("{given} {family}"))
        .split(' ')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    w.sort();
    w
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Two words are "the same" if equal, or one typo apart when both have 5 letters or more.
fn close(a: &str, b: &str) -> bool {
    a == b || (a.chars().count() >= 5 && b.chars().count() >= 5 && edit_distance(a, b) <= 1)
}

/// Why a file may be the same person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    SameNiss,
    SameName,
    SimilarName,
    SameBirthDate,
    SamePhone,
}

/// How two names compare.
pub fn compare_names(
    given_a: &str,
    family_a: &str,
    given_b: &str,
    family_b: &str,
) -> Option<Reason> {
    let a = words(given_a, family_a);
    let b = words(given_b, family_b);
    if a.is_empty() || b.is_empty() {
        return None;
    }
    if a == b {
        return Some(Reason::SameName);
    }
    // Every word of the shorter name finds a close word in the longer one: covers typos,
    // a missing middle name, a usual name written alone with the family name.
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let all_found = short.iter().all(|w| long.iter().any(|x| close(w, x)));
    (all_found && (short.len() >= 2 || long.len() == 1)).then_some(Reason::SimilarName)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_hyphens_do_not_matter() {
        assert_eq!(
            normalise("  ÉLOÏSE  Lefèvre-Dupont "),
            "eloise lefevre dupont"
        );
        assert_eq!(normalise("Yılmaz"), "yilmaz");
        assert_eq!(
            compare_names("Eloise", "LEFEVRE", "Éloïse", "Lefèvre"),
            Some(Reason::SameName)
        );
    }

    #[test]
    fn swapped_given_and_family_names_match() {
        assert_eq!(
            compare_names("Lambert", "Josiane", "Josiane", "Lambert"),
            Some(Reason::SameName)
        );
        assert_eq!(
            compare_names("", "Mohamed El Amrani", "Mohamed", "El Amrani"),
            Some(Reason::SameName)
        );
    }

    #[test]
    fn one_typo_or_a_missing_middle_name_is_similar() {
        assert_eq!(
            compare_names("Josianne", "Lambert", "Josiane", "Lambert"),
            Some(Reason::SimilarName)
        );
        assert_eq!(
            compare_names("Marie", "Lemaire", "Marie Claire", "Lemaire"),
            Some(Reason::SimilarName)
        );
    }

    #[test]
    fn different_people_do_not_match() {
        assert_eq!(compare_names("Marc", "Lemaire", "Luc", "Lemaire"), None);
        assert_eq!(
            compare_names("Marc", "Lemaire", "Mare", "Lemaire"),
            None,
            "names under 5 letters must be exact"
        );
        assert_eq!(
            compare_names("Josiane", "Lambert", "Josiane", "Dubois"),
            None
        );
        assert_eq!(
            compare_names("", "Lambert", "Josiane", "Lambert"),
            None,
            "a family name alone is too little"
        );
    }

    #[test]
    fn a_single_name_matches_a_single_name() {
        assert_eq!(
            compare_names("", "Ayaan", "Ayaan", ""),
            Some(Reason::SameName)
        );
    }
}
