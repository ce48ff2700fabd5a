//! Topics of the directory: the data·inclusion `thematiques` (the same vocabulary as
//! requests, [`crate::topics`]) plus a digital-help vocabulary for public digital spaces
//! (EPN), digital mediators and the desks that help with online procedures.

use crate::Lang;

/// One digital-help topic. Codes follow the data·inclusion `category--topic` form, in a
/// category of their own (`aide-numerique`), so they travel with the other topics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DigitalHelp {
    pub code: &'static str,
    pub fr: &'static str,
    pub nl: &'static str,
    pub en: &'static str,
}

impl DigitalHelp {
    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.fr,
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

pub const DIGITAL_HELP_CATEGORY: &str = "aide-numerique";

pub const DIGITAL_HELP: &[DigitalHelp] = &[
    DigitalHelp {
        code: "aide-numerique--smartphone",
        fr: "Apprendre à utiliser son smartphone",
        nl: "Leren werken met je smartphone",
        en: "Learning to use a smartphone",
    },
    DigitalHelp {
        code: "aide-numerique--ordinateur",
        fr: "Apprendre à utiliser un ordinateur",
        nl: "Leren werken met een computer",
        en: "Learning to use a computer",
    },
    DigitalHelp {
        code: "aide-numerique--demarches-en-ligne",
        fr: "Aide aux démarches en ligne",
        nl: "Hulp bij online aanvragen",
        en: "Help with online procedures",
    },
    DigitalHelp {
        code: "aide-numerique--ordinateurs-publics",
        fr: "Ordinateurs et internet en accès public",
        nl: "Openbare computers en internet",
        en: "Public computers and internet",
    },
    DigitalHelp {
        code: "aide-numerique--itsme-eid",
        fr: "Aide avec itsme et la carte d'identité électronique",
        nl: "Hulp met itsme en de elektronische identiteitskaart",
        en: "Help with itsme and the electronic identity card",
    },
    DigitalHelp {
        code: "aide-numerique--courriel",
        fr: "Créer et utiliser une adresse e-mail",
        nl: "Een e-mailadres aanmaken en gebruiken",
        en: "Creating and using an email address",
    },
    DigitalHelp {
        code: "aide-numerique--banque-en-ligne",
        fr: "Banque en ligne en sécurité",
        nl: "Veilig online bankieren",
        en: "Safe online banking",
    },
    DigitalHelp {
        code: "aide-numerique--impression-scan",
        fr: "Imprimer, scanner, envoyer un document",
        nl: "Een document afdrukken, scannen, versturen",
        en: "Printing, scanning and sending a document",
    },
];

/// The label of a directory topic: a digital-help topic, else a data·inclusion one, else
/// the code itself.
pub fn topic_label(code: &str, lang: Lang) -> String {
    if let Some(t) = DIGITAL_HELP.iter().find(|t| t.code == code) {
        return t.label(lang).to_owned();
    }
    crate::topics::find(code)
        .or_else(|| crate::topics::all().iter().find(|t| t.code == code))
        .map(|t| t.label(lang).to_owned())
        .unwrap_or_else(|| code.to_owned())
}

/// Whether a code is a topic guichet knows (digital help or data·inclusion).
pub fn is_known_topic(code: &str) -> bool {
    DIGITAL_HELP.iter().any(|t| t.code == code)
        || crate::topics::all().iter().any(|t| t.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digital_help_topics_have_three_labels_and_distinct_codes() {
        let mut codes: Vec<_> = DIGITAL_HELP.iter().map(|t| t.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), DIGITAL_HELP.len());
        for t in DIGITAL_HELP {
            assert!(t.code.starts_with("aide-numerique--"));
            assert!(!t.fr.is_empty() && !t.nl.is_empty() && !t.en.is_empty());
        }
        assert_eq!(
            topic_label("aide-numerique--smartphone", Lang::Nl),
            "Leren werken met je smartphone"
        );
        assert!(is_known_topic("numerique--acceder-a-des-services-en-ligne"));
        assert!(!is_known_topic("numerique--nope"));
    }
}
