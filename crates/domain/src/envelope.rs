//! Which letters of a print batch go in one envelope.
//!
//! **The rule: the same person (the same file) at the same address is one envelope.**
//! Two letters share an envelope when they are addressed to the same file and their
//! address lines are the same once normalised (spaces trimmed and collapsed, case and
//! the punctuation at the end of a line ignored, empty lines dropped). Two people of one
//! household at the same address get an envelope each: a letter is addressed to one
//! person, and what it says is theirs (a mother does not open her son's letter from the
//! CPAS). Two files with the same name at the same address are two people, two
//! envelopes.

use crate::ids::PersonId;

/// One address line as compared: trimmed, spaces collapsed, lower case, without the
/// punctuation at its end ("Rue  des Tilleuls 12," = "rue des tilleuls 12").
pub fn normalise_line(line: &str) -> String {
    line.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', ',', ';'])
        .to_lowercase()
}

/// The envelope a letter goes in: letters with equal keys share one.
pub fn key<'a>(person: PersonId, address: impl IntoIterator<Item = &'a str>) -> String {
    let lines: Vec<String> = address
        .into_iter()
        .map(normalise_line)
        .filter(|l| !l.is_empty())
        .collect();
    format!("{}\n{}", person.get(), lines.join("\n"))
}

/// The print order that keeps each envelope's letters together: envelopes in the order
/// of their first letter, letters of an envelope in their own order. Returns indexes
/// into `keys`.
pub fn order(keys: &[String]) -> Vec<usize> {
    let mut firsts: Vec<&String> = Vec::new();
    for k in keys {
        if !firsts.contains(&k) {
            firsts.push(k);
        }
    }
    firsts
        .iter()
        .flat_map(|first| (0..keys.len()).filter(move |&i| &&keys[i] == first))
        .collect()
}

/// How many envelopes the letters need.
pub fn count(keys: &[String]) -> usize {
    let mut seen: Vec<&String> = Vec::new();
    for k in keys {
        if !seen.contains(&k) {
            seen.push(k);
        }
    }
    seen.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(n: i64) -> PersonId {
        PersonId::new(n)
    }

    #[test]
    fn the_same_person_at_the_same_address_is_one_envelope_whatever_the_spacing() {
        assert_eq!(
            key(p(7), ["Rue des Tilleuls 12", "1300 Wavre"]),
            key(p(7), ["  rue  des tilleuls 12,", "", "1300  WAVRE."])
        );
    }

    #[test]
    fn another_person_or_another_address_is_another_envelope() {
        let home = ["Rue des Tilleuls 12", "1300 Wavre"];
        assert_ne!(key(p(7), home), key(p(8), home), "a household: one each");
        assert_ne!(
            key(p(7), home),
            key(p(7), ["Rue des Tilleuls 14", "1300 Wavre"])
        );
        assert_ne!(
            key(p(7), ["c/o CPAS de Wavre", "Rue 1", "1300 Wavre"]),
            key(p(7), ["Rue 1", "1300 Wavre"]),
            "a contact address is not the home address"
        );
    }

    #[test]
    fn the_order_keeps_envelopes_together_in_the_order_of_their_first_letter() {
        let keys: Vec<String> = ["a", "b", "a", "c", "b", "a"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        assert_eq!(order(&keys), vec![0, 2, 5, 1, 4, 3]);
        assert_eq!(count(&keys), 3);
        assert_eq!(count(&[]), 0);
        assert!(order(&[]).is_empty());
    }
}
