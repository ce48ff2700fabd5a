//! How long a text message is: GSM-7 (3GPP TS 23.038 default alphabet, where the
//! characters of the extension table count twice) or UCS-2 as soon as one character
//! is outside that alphabet, and how many SMS (segments) the text takes.
//!
//! One SMS holds 160 GSM-7 units or 70 UCS-2 units (UTF-16 code units, so an emoji
//! counts 2); a longer text is split in segments of 153 or 67 units (the rest carries
//! the concatenation header). Simplification: an escaped GSM-7 character is not kept
//! from straddling two segments, as some phones do; the count can be one unit short
//! in that rare case.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Encoding {
    Gsm7,
    Ucs2,
}

impl Encoding {
    pub fn code(self) -> &'static str {
        match self {
            Encoding::Gsm7 => "gsm-7",
            Encoding::Ucs2 => "ucs-2",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SmsLength {
    pub encoding: Encoding,
    /// Septets for GSM-7 (extension characters count 2), UTF-16 units for UCS-2.
    pub units: usize,
    /// Number of SMS; 0 for an empty text.
    pub segments: usize,
    /// Units still free in the last segment.
    pub chars_left_in_segment: usize,
}

/// The GSM 03.38 default alphabet (basic character set), in table order.
const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// The extension table: each costs an escape plus the character (2 units).
const EXTENSION: &str = "\u{000C}^{}\\[~]|€";

/// GSM-7 units of one character, `None` if it is not in GSM-7.
pub fn gsm7_units(c: char) -> Option<usize> {
    if BASIC.contains(c) {
        Some(1)
    } else if EXTENSION.contains(c) {
        Some(2)
    } else {
        None
    }
}

/// The first character that forces UCS-2, if any ("2 SMS, because of the character ê").
pub fn first_non_gsm7(text: &str) -> Option<char> {
    text.chars().find(|c| gsm7_units(*c).is_none())
}

pub fn length(text: &str) -> SmsLength {
    let gsm: Option<usize> = text.chars().map(gsm7_units).sum();
    let (encoding, units, single, multi) = match gsm {
        Some(units) => (Encoding::Gsm7, units, 160, 153),
        None => (Encoding::Ucs2, text.encode_utf16().count(), 70, 67),
    };
    let (segments, capacity) = if units == 0 {
        (0, single)
    } else if units <= single {
        (1, single)
    } else {
        let n = units.div_ceil(multi);
        (n, n * multi)
    };
    SmsLength {
        encoding,
        units,
        segments,
        chars_left_in_segment: capacity - units,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_gsm7_and_160_fit_in_one() {
        let l = length(&"a".repeat(160));
        assert_eq!(
            (l.encoding, l.units, l.segments, l.chars_left_in_segment),
            (Encoding::Gsm7, 160, 1, 0)
        );
        let l = length(&"a".repeat(161));
        assert_eq!((l.segments, l.chars_left_in_segment), (2, 306 - 161));
        assert_eq!(length(&"a".repeat(306)).segments, 2);
        assert_eq!(length(&"a".repeat(307)).segments, 3);
        assert_eq!(length("").segments, 0);
    }

    #[test]
    fn the_extension_table_counts_two() {
        for c in ['€', '[', ']', '{', '}', '\\', '^', '~', '|'] {
            assert_eq!(gsm7_units(c), Some(2), "{c}");
        }
        let l = length("10 €");
        assert_eq!((l.encoding, l.units), (Encoding::Gsm7, 5));
        assert_eq!(length(&"€".repeat(80)).segments, 1);
        assert_eq!(length(&"€".repeat(81)).segments, 2);
    }

    #[test]
    fn accents_of_the_gsm7_alphabet_stay_gsm7() {
        for c in [
            'é', 'è', 'ù', 'ì', 'ò', 'Ç', 'Ø', 'ø', 'å', 'Å', 'Ä', 'Ö', 'Ñ', 'Ü', 'ß', 'à', 'ä',
            'ö', 'ü', 'ñ', 'É', 'Æ', 'æ', '£', '§', '¿', '¡',
        ] {
            assert_eq!(gsm7_units(c), Some(1), "{c}");
        }
        let l = length("Réponse à Gérard, Ça va ?");
        assert_eq!(l.encoding, Encoding::Gsm7);
    }

    #[test]
    fn other_accents_force_ucs2() {
        // Lower-case ç is NOT in the basic set (only Ç is), nor are circumflexes.
        for c in [
            'ê', 'â', 'ô', 'î', 'û', 'ç', 'ë', 'ï', 'á', 'í', 'ó', 'ú', 'È', 'À',
        ] {
            assert_eq!(gsm7_units(c), None, "{c}");
        }
        let l = length("Ça arrive à la fenêtre");
        assert_eq!((l.encoding, l.units, l.segments), (Encoding::Ucs2, 22, 1));
        assert_eq!(first_non_gsm7("Ça arrive à la fenêtre"), Some('ê'));
        assert_eq!(first_non_gsm7("Réponse à Gérard"), None);
        assert_eq!(length(&"ê".repeat(70)).segments, 1);
        assert_eq!(length(&"ê".repeat(71)).segments, 2);
        assert_eq!(length(&"ê".repeat(134)).segments, 2);
        assert_eq!(length(&"ê".repeat(135)).segments, 3);
    }

    #[test]
    fn an_emoji_counts_two_utf16_units() {
        let l = length("Merci 🙂");
        assert_eq!((l.encoding, l.units), (Encoding::Ucs2, 8));
        assert_eq!(l.chars_left_in_segment, 62);
        assert_eq!(first_non_gsm7("Merci 🙂"), Some('🙂'));
    }
}
