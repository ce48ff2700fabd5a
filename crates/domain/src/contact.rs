//! How a person wants to be reached: an ordered list of channels, a language, and needs.
//! Every later output (acknowledgement, reminder, letter) picks its channel and form here.

/// A way to reach someone, in the person's order of preference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    PaperLetter,
    Landline,
    Mobile,
    Sms,
    Email,
    WalkInOnly,
    TrustedThird,
}

impl Channel {
    pub const ALL: [Channel; 7] = [
        Channel::PaperLetter,
        Channel::Landline,
        Channel::Mobile,
        Channel::Sms,
        Channel::Email,
        Channel::WalkInOnly,
        Channel::TrustedThird,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Channel::PaperLetter => "paper-letter",
            Channel::Landline => "landline",
            Channel::Mobile => "mobile",
            Channel::Sms => "sms",
            Channel::Email => "email",
            Channel::WalkInOnly => "walk-in-only",
            Channel::TrustedThird => "trusted-third",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// Something that changes how to communicate with the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Need {
    ReadingDifficulty,
    LargePrint,
    VisualImpairment,
    HearingImpairment,
    Interpreter,
    NoSmartphone,
    NoComputer,
    NoInternetAtHome,
    NoCardReader,
    NoItsme,
}

impl Need {
    pub const ALL: [Need; 10] = [
        Need::ReadingDifficulty,
        Need::LargePrint,
        Need::VisualImpairment,
        Need::HearingImpairment,
        Need::Interpreter,
        Need::NoSmartphone,
        Need::NoComputer,
        Need::NoInternetAtHome,
        Need::NoCardReader,
        Need::NoItsme,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Need::ReadingDifficulty => "reading-difficulty",
            Need::LargePrint => "large-print",
            Need::VisualImpairment => "visual-impairment",
            Need::HearingImpairment => "hearing-impairment",
            Need::Interpreter => "interpreter",
            Need::NoSmartphone => "no-smartphone",
            Need::NoComputer => "no-computer",
            Need::NoInternetAtHome => "no-internet-at-home",
            Need::NoCardReader => "no-card-reader",
            Need::NoItsme => "no-itsme",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|n| n.code() == code)
    }
}

/// The language to write and speak to the person in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PreferredLanguage {
    #[default]
    Unknown,
    /// fr, nl, en or de.
    Code(&'static str),
    /// Another language, by name; an interpreter is needed.
    Other(String),
}

pub const WRITTEN_LANGUAGES: [&str; 4] = ["fr", "nl", "en", "de"];

impl PreferredLanguage {
    pub fn parse(code: &str, other: &str) -> Self {
        if let Some(c) = WRITTEN_LANGUAGES.iter().find(|c| **c == code) {
            PreferredLanguage::Code(c)
        } else if code == "other" && !other.trim().is_empty() {
            PreferredLanguage::Other(other.trim().to_owned())
        } else {
            PreferredLanguage::Unknown
        }
    }

    pub fn code(&self) -> &str {
        match self {
            PreferredLanguage::Unknown => "",
            PreferredLanguage::Code(c) => c,
            PreferredLanguage::Other(_) => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContactPreferences {
    pub channels: Vec<Channel>,
    pub language: PreferredLanguage,
    pub needs: Vec<Need>,
    /// Name and phone of the trusted third person, when that channel is used.
    pub trusted_third: String,
}

/// What the file holds to reach the person, for choosing a usable channel: the
/// numbers and addresses, and the consents that messages need.
#[derive(Debug, Clone, Copy, Default)]
pub struct Reachability {
    pub mobile: bool,
    pub landline: bool,
    pub email: bool,
    pub postal_address: bool,
    /// The person's consent to messages and reminders by SMS is granted.
    pub sms_consent: bool,
    /// The person's consent to messages by email is granted.
    pub email_consent: bool,
}

impl Reachability {
    /// Whether a channel can be used: an SMS needs a mobile number and the `sms`
    /// consent, an email an address and the `email` consent, a letter a postal address.
    pub fn allows(self, channel: Channel) -> bool {
        match channel {
            Channel::PaperLetter => self.postal_address,
            Channel::Landline => self.landline,
            Channel::Mobile => self.mobile,
            Channel::Sms => self.mobile && self.sms_consent,
            Channel::Email => self.email && self.email_consent,
            Channel::WalkInOnly => false,
            Channel::TrustedThird => true,
        }
    }
}

impl ContactPreferences {
    /// Codes joined with commas, for storage.
    pub fn channels_storage(&self) -> String {
        self.channels
            .iter()
            .map(|c| c.code())
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn needs_storage(&self) -> String {
        self.needs
            .iter()
            .map(|n| n.code())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Reads the stored lists; unknown codes are skipped, duplicates removed.
    pub fn from_storage(
        channels: &str,
        language: &str,
        language_other: &str,
        needs: &str,
        trusted_third: &str,
    ) -> Self {
        let mut cs: Vec<Channel> = Vec::new();
        for c in channels.split(',').filter_map(Channel::parse) {
            if !cs.contains(&c) {
                cs.push(c);
            }
        }
        // A set: each need once, in the order of first mention.
        let mut ns: Vec<Need> = Vec::new();
        for n in needs.split(',').filter_map(Need::parse) {
            if !ns.contains(&n) {
                ns.push(n);
            }
        }
        Self {
            channels: cs,
            language: PreferredLanguage::parse(language, language_other),
            needs: ns,
            trusted_third: trusted_third.to_owned(),
        }
    }

    pub fn has(&self, need: Need) -> bool {
        self.needs.contains(&need)
    }

    /// The first channel of the person's list that the file allows using
    /// (an SMS needs a mobile number and consent, a letter a postal address…). `None`
    /// when nothing usable is recorded: the message is then handed over at the desk.
    pub fn first_usable(&self, can: Reachability) -> Option<Channel> {
        self.channels.iter().copied().find(|c| can.allows(*c))
    }

    /// Easy-read output is used for people who read with difficulty.
    pub fn wants_easy_read(&self) -> bool {
        self.has(Need::ReadingDifficulty)
    }

    pub fn wants_large_print(&self) -> bool {
        self.has(Need::LargePrint) || self.has(Need::VisualImpairment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_round_trip_keeps_the_order_and_drops_duplicates() {
        let p = ContactPreferences::from_storage(
            "paper-letter,landline,paper-letter,bogus",
            "fr",
            "",
            "reading-difficulty,large-print,reading-difficulty",
            "",
        );
        assert_eq!(p.needs, vec![Need::ReadingDifficulty, Need::LargePrint]);
        assert_eq!(p.channels, vec![Channel::PaperLetter, Channel::Landline]);
        assert_eq!(p.channels_storage(), "paper-letter,landline");
        assert_eq!(p.language, PreferredLanguage::Code("fr"));
        assert!(p.wants_easy_read());
    }

    #[test]
    fn another_language_needs_its_name() {
        assert_eq!(
            PreferredLanguage::parse("other", "Tigrinya"),
            PreferredLanguage::Other("Tigrinya".into())
        );
        assert_eq!(
            PreferredLanguage::parse("other", " "),
            PreferredLanguage::Unknown
        );
        assert_eq!(
            PreferredLanguage::parse("xx", ""),
            PreferredLanguage::Unknown
        );
    }

    #[test]
    fn the_first_usable_channel_skips_what_the_file_cannot_support() {
        let p = ContactPreferences::from_storage("sms,email,landline", "nl", "", "", "");
        let only_landline = Reachability {
            landline: true,
            ..Default::default()
        };
        assert_eq!(p.first_usable(only_landline), Some(Channel::Landline));
        let with_mobile = Reachability {
            mobile: true,
            landline: true,
            sms_consent: true,
            ..Default::default()
        };
        assert_eq!(p.first_usable(with_mobile), Some(Channel::Sms));
        assert_eq!(p.first_usable(Reachability::default()), None);
        let walk_in = ContactPreferences::from_storage("walk-in-only", "", "", "", "");
        assert_eq!(walk_in.first_usable(with_mobile), None);
    }

    #[test]
    fn sms_and_email_need_the_persons_consent_and_fall_back_to_the_next_channel() {
        let p = ContactPreferences::from_storage("sms,paper-letter", "fr", "", "", "");
        let mut can = Reachability {
            mobile: true,
            postal_address: true,
            email: true,
            sms_consent: true,
            ..Default::default()
        };
        assert_eq!(p.first_usable(can), Some(Channel::Sms));
        can.sms_consent = false;
        assert_eq!(p.first_usable(can), Some(Channel::PaperLetter));
        let email = ContactPreferences::from_storage("email,mobile", "fr", "", "", "");
        assert_eq!(email.first_usable(can), Some(Channel::Mobile));
        can.email_consent = true;
        assert_eq!(email.first_usable(can), Some(Channel::Email));
        // A phone call needs no consent of its own.
        assert!(can.allows(Channel::Mobile));
    }
}
