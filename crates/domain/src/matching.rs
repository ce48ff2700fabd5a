//! "Is this the same person?" — likely matches shown before a new file is created, so
//! that nobody is encoded twice, and name search. Names are compared without accents or
//! case, in any order, with family-name particles glued or apart (Van den Berghe =
//! Vandenberghe), double names with or without hyphen, and one typo in longer names.

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

/// Words that Belgian (and neighbouring) family names carry before the name itself and
/// that people write glued or apart: Van den Berghe / Vandenberghe, De Smet / Desmet,
/// D'Hondt / Dhondt, Vander Elst / Van der Elst, El Amrani / Elamrani, O'Brien / Obrien.
/// Compared after [`normalise`] (lower case, no accents, apostrophes as spaces).
pub const PARTICLES: &[&str] = &[
    "van", "vande", "vanden", "vander", "von", "vom", "de", "den", "der", "des", "du", "d", "da",
    "di", "del", "della", "dello", "dos", "das", "do", "la", "le", "les", "l", "t", "ter", "ten",
    "te", "het", "op", "el", "al", "ben", "bin", "ibn", "abu", "abou", "o", "mc", "mac", "st",
    "saint", "sainte",
];

fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// The words of a normalised name.
fn split(name: &str) -> Vec<String> {
    normalise(name)
        .split(' ')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Particles glued to the word they precede: `van den berghe` → `vandenberghe`,
/// `d hondt` → `dhondt`. A particle at the end stays alone (`Marie Le`).
fn glue_particles(words: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut pending = String::new();
    for w in words {
        pending.push_str(w);
        if !is_particle(w) {
            out.push(std::mem::take(&mut pending));
        }
    }
    if !pending.is_empty() {
        out.push(pending);
    }
    out
}

/// The ways one name may be written, each as sorted words:
/// as typed (`lefevre dupont`), with its family name's particles glued
/// (`vandenberghe`), and with its family name written as one word (`lefevredupont`,
/// for double names written with or without hyphen or space).
fn writings(given: &str, family: &str) -> Vec<Vec<String>> {
    let given = split(given);
    let family = split(family);
    let with = |family_words: Vec<String>| {
        let mut w: Vec<String> = given.iter().cloned().chain(family_words).collect();
        w.sort();
        w
    };
    let mut all = vec![with(family.clone()), with(glue_particles(&family))];
    if family.len() > 1 {
        all.push(with(vec![family.concat()]));
    }
    all.dedup();
    all
}

/// Every word under which a person can be found by name search: the words as typed, the
/// family name with its particles glued, and the family name in one word — so that
/// "vandenberghe", "van den berghe" and "Vanden Berghe" all find Zoë Van den Berghe.
pub fn search_words(given: &str, family: &str, usual: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in writings(given, family)
        .into_iter()
        .chain(writings("", usual))
        .flatten()
    {
        out.push(w);
    }
    out.sort();
    out.dedup();
    out
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

/// How two names compare, in the closest of the ways each may be written (see
/// [`PARTICLES`]): accents, case, word order, particles glued or apart, hyphens, and
/// one typo in a word of five letters or more.
pub fn compare_names(
    given_a: &str,
    family_a: &str,
    given_b: &str,
    family_b: &str,
) -> Option<Reason> {
    let mut best = None;
    for a in writings(given_a, family_a) {
        for b in writings(given_b, family_b) {
            match compare_words(&a, &b) {
                Some(Reason::SameName) => return Some(Reason::SameName),
                Some(r) => best = Some(r),
                None => {}
            }
        }
    }
    best
}

fn compare_words(a: &[String], b: &[String]) -> Option<Reason> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    if a == b {
        return Some(Reason::SameName);
    }
    // Every word of the shorter name finds a close word in the longer one: covers typos,
    // a missing middle name, a usual name written alone with the family name.
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let all_found = short.iter().all(|w| long.iter().any(|x| close(w, x)));
    (all_found && (short.len() >= 2 || long.len() == 1)).then_some(Reason::SimilarName)
}

/// Whether a searched word is found in a name written as `words` ([`search_words`]):
/// inside one of them, or one typo away from one (words of five letters or more).
pub fn search_word_matches(searched: &str, words: &[String]) -> bool {
    words
        .iter()
        .any(|w| w.contains(searched) || close(searched, w))
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
    fn belgian_particles_glued_or_apart_are_one_name() {
        let same = |a: (&str, &str), b: (&str, &str)| {
            assert_eq!(
                compare_names(a.0, a.1, b.0, b.1),
                Some(Reason::SameName),
                "{a:?} and {b:?} should be the same name"
            );
        };
        same(("Zoë", "Van den Berghe"), ("zoe", "vandenberghe"));
        same(("Zoë", "Van den Berghe"), ("ZOE", "VAN DEN BERGHE"));
        same(("Zoë", "Van den Berghe"), ("Zoe", "Vanden Berghe"));
        same(("Marc", "De Smet"), ("Marc", "Desmet"));
        same(("Lieve", "D'Hondt"), ("Lieve", "Dhondt"));
        same(("Lieve", "D’Hondt"), ("Lieve", "D Hondt"));
        same(("Jan", "Vander Elst"), ("Jan", "Van der Elst"));
        same(("Karim", "El Amrani"), ("Karim", "Elamrani"));
        same(("Ana", "García-López"), ("Ana", "Garcia Lopez"));
        same(("Ana", "García-López"), ("Ana", "Garcialopez"));
        // The whole name typed in one field, particles glued, order swapped.
        same(("Zoë", "Van den Berghe"), ("", "Vandenberghe Zoe"));
        // One typo on top of the particles.
        assert_eq!(
            compare_names("Zoë", "Van den Berghe", "Zoe", "Vandenberge"),
            Some(Reason::SimilarName)
        );
    }

    #[test]
    fn particles_do_not_make_different_names_match() {
        // De Smet and Smet are two names; shown as "similar" at most, for the desk to judge.
        assert_ne!(
            compare_names("Marc", "De Smet", "Marc", "Smet"),
            Some(Reason::SameName)
        );
        assert_eq!(compare_names("Jan", "Van Damme", "Jan", "Dams"), None);
        // A particle at the end is a name of its own (Le is a Vietnamese family name).
        assert_eq!(compare_names("Thi", "Le", "Thi", "Lee"), None);
        // A given name that looks like a particle is not glued to the family name.
        assert_eq!(
            compare_names("Ben", "Smith", "Ben", "Smith"),
            Some(Reason::SameName)
        );
        assert_eq!(compare_names("Ben", "Smith", "", "Bensmith"), None);
    }

    #[test]
    fn search_finds_a_name_in_every_writing() {
        let words = search_words("Zoë", "Van den Berghe", "");
        for typed in ["vandenberghe", "van", "berghe", "vanden", "zoe"] {
            assert!(
                search_word_matches(typed, &words),
                "{typed} should find Van den Berghe in {words:?}"
            );
        }
        assert!(search_word_matches("vandenberge", &words), "one typo");
        assert!(!search_word_matches("desmet", &words));
        let smet = search_words("Marc", "De Smet", "");
        assert!(search_word_matches("desmet", &smet));
        let dhondt = search_words("Lieve", "D'Hondt", "");
        assert!(search_word_matches("dhondt", &dhondt));
    }

    #[test]
    fn a_single_name_matches_a_single_name() {
        assert_eq!(
            compare_names("", "Ayaan", "Ayaan", ""),
            Some(Reason::SameName)
        );
    }
}
