//! The institution's tool guide (issue 18, journey J10): one page per tool it uses, the
//! how-tos colleagues write for it, their screenshots, and the colleagues who volunteer to
//! help others with a tool or a DigComp competence. Pure: what a tool's page and a how-to
//! must hold, which images are accepted (by their bytes, never by their name), when a
//! review is due, what one may volunteer for, and how the guide is searched.

use crate::digcomp::COMPETENCES;
use crate::matching::normalise;
use crate::text::{check, Limit};
use chrono::{Months, NaiveDate};

/// The largest image a how-to takes (a screenshot, saved as PNG or JPEG).
pub const MAX_IMAGE_BYTES: usize = 1024 * 1024;

/// How often a tool's page is reviewed when nothing else is said, in months.
pub const DEFAULT_REVIEW_MONTHS: u32 = 12;

/// The longest review period one may choose, in months.
pub const MAX_REVIEW_MONTHS: u32 = 60;

/// The kinds of image a how-to takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageType {
    Png,
    Jpeg,
}

impl ImageType {
    pub fn mime(self) -> &'static str {
        match self {
            ImageType::Png => "image/png",
            ImageType::Jpeg => "image/jpeg",
        }
    }

    pub fn from_mime(mime: &str) -> Option<ImageType> {
        [ImageType::Png, ImageType::Jpeg]
            .into_iter()
            .find(|t| t.mime() == mime)
    }
}

/// Why an image is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageError {
    /// More than [`MAX_IMAGE_BYTES`].
    TooLarge,
    /// Neither a PNG nor a JPEG, whatever its name says.
    NotAnImage,
}

/// What the bytes of an upload are: a PNG or a JPEG by their first bytes, and not too large.
pub fn check_image(bytes: &[u8]) -> Result<ImageType, ImageError> {
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err(ImageError::TooLarge);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Ok(ImageType::Png)
    } else if bytes.len() > 3 && bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Ok(ImageType::Jpeg)
    } else {
        Err(ImageError::NotAnImage)
    }
}

/// The width and height in pixels of a PNG or a JPEG, read from its header.
pub fn image_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let be32 = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    match check_image(bytes).ok()? {
        ImageType::Png => {
            let ihdr = bytes.get(12..24)?;
            (&ihdr[..4] == b"IHDR").then(|| (be32(&ihdr[4..8]), be32(&ihdr[8..12])))
        }
        ImageType::Jpeg => {
            // Markers from the start of the image: the first frame header (SOF0…SOF15 but
            // DHT, JPG and DAC) holds height then width.
            let mut i = 2;
            while i + 9 < bytes.len() {
                if bytes[i] != 0xFF {
                    return None;
                }
                let marker = bytes[i + 1];
                let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
                if (0xC0..=0xCF).contains(&marker) && ![0xC4, 0xC8, 0xCC].contains(&marker) {
                    let h = u16::from_be_bytes([bytes[i + 5], bytes[i + 6]]);
                    let w = u16::from_be_bytes([bytes[i + 7], bytes[i + 8]]);
                    return Some((u32::from(w), u32::from(h)));
                }
                i += 2 + len;
            }
            None
        }
    }
}

/// A field of the tool form or the how-to form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Purpose,
    WhoToAsk,
    ReviewMonths,
    Title,
    Body,
    Image,
    Alt,
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Missing,
    TooLong,
    /// The review period is not a whole number of months between 1 and the maximum.
    NotAPeriod,
    Image(ImageError),
    /// An image without the text that says what it shows.
    AltMissing,
}

fn text_field(
    problems: &mut Vec<(Field, Problem)>,
    field: Field,
    value: &str,
    limit: Limit,
) -> String {
    let v = value.trim().to_owned();
    if v.is_empty() {
        problems.push((field, Problem::Missing));
    } else if check(&v, limit).is_err() {
        problems.push((field, Problem::TooLong));
    }
    v
}

/// A tool's page as it may be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToolFields {
    pub name: String,
    pub purpose: String,
    pub who_to_ask: String,
    pub review_months: u32,
}

impl ToolFields {
    /// Checks what was typed; every mistake is said at once.
    pub fn parse(
        name: &str,
        purpose: &str,
        who_to_ask: &str,
        review_months: &str,
    ) -> Result<ToolFields, Vec<(Field, Problem)>> {
        let mut problems = Vec::new();
        let name = text_field(&mut problems, Field::Name, name, Limit::Label);
        let purpose = text_field(&mut problems, Field::Purpose, purpose, Limit::Sentence);
        let who_to_ask = text_field(&mut problems, Field::WhoToAsk, who_to_ask, Limit::Sentence);
        let months = review_months.trim();
        let review_months = if months.is_empty() {
            DEFAULT_REVIEW_MONTHS
        } else {
            match months.parse::<u32>() {
                Ok(m) if (1..=MAX_REVIEW_MONTHS).contains(&m) => m,
                _ => {
                    problems.push((Field::ReviewMonths, Problem::NotAPeriod));
                    DEFAULT_REVIEW_MONTHS
                }
            }
        };
        if problems.is_empty() {
            Ok(ToolFields {
                name,
                purpose,
                who_to_ask,
                review_months,
            })
        } else {
            Err(problems)
        }
    }
}

/// An image of a how-to, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewImage {
    pub kind: ImageType,
    pub alt: String,
    pub bytes: Vec<u8>,
}

/// A how-to as it may be saved, with its image if one was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewHowto {
    pub title: String,
    pub body: String,
    pub image: Option<NewImage>,
}

impl NewHowto {
    /// Checks a how-to: a title and a text, and for an image (`None` or empty bytes when
    /// no file was chosen) a PNG or a JPEG of at most [`MAX_IMAGE_BYTES`] with the text
    /// that says what it shows. `too_large` when the upload was cut off at the limit.
    pub fn parse(
        title: &str,
        body: &str,
        image: Option<&[u8]>,
        alt: &str,
        too_large: bool,
    ) -> Result<NewHowto, Vec<(Field, Problem)>> {
        let mut problems = Vec::new();
        let title = text_field(&mut problems, Field::Title, title, Limit::Sentence);
        let body = text_field(&mut problems, Field::Body, body, Limit::Note);
        let alt = alt.trim().to_owned();
        let given = image.filter(|b| !b.is_empty());
        let mut checked = None;
        if too_large {
            problems.push((Field::Image, Problem::Image(ImageError::TooLarge)));
        } else if let Some(bytes) = given {
            match check_image(bytes) {
                Ok(kind) => checked = Some((kind, bytes.to_vec())),
                Err(e) => problems.push((Field::Image, Problem::Image(e))),
            }
        }
        if too_large || given.is_some() {
            if alt.is_empty() {
                problems.push((Field::Alt, Problem::AltMissing));
            } else if check(&alt, Limit::Sentence).is_err() {
                problems.push((Field::Alt, Problem::TooLong));
            }
        } else if check(&alt, Limit::Sentence).is_err() {
            problems.push((Field::Alt, Problem::TooLong));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(NewHowto {
            title,
            body,
            image: checked.map(|(kind, bytes)| NewImage { kind, alt, bytes }),
        })
    }
}

/// The day a tool's page is next due for review.
pub fn review_due_on(reviewed_on: NaiveDate, review_months: u32) -> NaiveDate {
    reviewed_on
        .checked_add_months(Months::new(review_months))
        .unwrap_or(NaiveDate::MAX)
}

/// Is a tool's page due for review on `today` (its review day reached or past)?
pub fn review_due(reviewed_on: NaiveDate, review_months: u32, today: NaiveDate) -> bool {
    review_due_on(reviewed_on, review_months) <= today
}

/// What a colleague volunteers to help others with.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Subject {
    /// One tool of the guide.
    Tool(i64),
    /// A DigComp 2.2 competence, by its code ("1.1" … "5.4").
    Competence(&'static str),
}

impl Subject {
    /// `tool:<id>` or a competence code, as stored.
    pub fn parse(code: &str) -> Option<Subject> {
        let code = code.trim();
        if let Some(id) = code.strip_prefix("tool:") {
            return id.parse::<i64>().ok().filter(|i| *i > 0).map(Subject::Tool);
        }
        COMPETENCES
            .iter()
            .find(|c| **c == code)
            .map(|c| Subject::Competence(c))
    }

    pub fn code(&self) -> String {
        match self {
            Subject::Tool(id) => format!("tool:{id}"),
            Subject::Competence(c) => (*c).to_owned(),
        }
    }
}

/// The words a search looks for: folded (case and accents), split on anything that is not
/// a letter or a digit.
pub fn search_words(q: &str) -> Vec<String> {
    normalise(q)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Does a page made of these texts match every word searched (each word found in the
/// folded text, anywhere: "mutual" finds "mutualité", "mutualite" finds "Mutualité")?
pub fn matches(words: &[String], texts: &[&str]) -> bool {
    if words.is_empty() {
        return true;
    }
    let folded: String = texts
        .iter()
        .map(|t| normalise(t))
        .collect::<Vec<_>>()
        .join(" ");
    words.iter().all(|w| folded.contains(w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    #[test]
    fn images_are_told_by_their_bytes() {
        assert_eq!(check_image(PNG), Ok(ImageType::Png));
        assert_eq!(
            check_image(&[0xFF, 0xD8, 0xFF, 0xE0, 0]),
            Ok(ImageType::Jpeg)
        );
        assert_eq!(
            check_image(b"hello, I am a PNG"),
            Err(ImageError::NotAnImage)
        );
        assert_eq!(check_image(b"%PDF-1.7"), Err(ImageError::NotAnImage));
        let mut big = PNG.to_vec();
        big.resize(MAX_IMAGE_BYTES + 1, 0);
        assert_eq!(check_image(&big), Err(ImageError::TooLarge));
    }

    #[test]
    fn image_sizes_are_read_from_their_headers() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend_from_slice(&[0, 0, 0, 200, 0, 0, 0, 100, 8, 2, 0, 0, 0]);
        assert_eq!(image_size(&png), Some((200, 100)));
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0, 30, 0, 40, 3, 0, 0, 0,
        ];
        assert_eq!(image_size(&jpeg), Some((40, 30)));
        assert_eq!(image_size(PNG), None);
    }

    #[test]
    fn a_howto_needs_a_title_a_text_and_an_alt_for_its_image() {
        assert!(NewHowto::parse("Titre", "Texte", None, "", false).is_ok());
        let e = NewHowto::parse(" ", "", Some(b"text"), "", false).unwrap_err();
        assert!(e.contains(&(Field::Title, Problem::Missing)));
        assert!(e.contains(&(Field::Body, Problem::Missing)));
        assert!(e.contains(&(Field::Image, Problem::Image(ImageError::NotAnImage))));
        assert!(e.contains(&(Field::Alt, Problem::AltMissing)));
        let ok = NewHowto::parse("T", "B", Some(PNG), "Le bouton", false).unwrap();
        assert_eq!(ok.image.map(|i| i.kind), Some(ImageType::Png));
        let e = NewHowto::parse("T", "B", None, "x", true).unwrap_err();
        assert_eq!(
            e,
            vec![(Field::Image, Problem::Image(ImageError::TooLarge))]
        );
    }

    #[test]
    fn a_tool_needs_its_three_texts_and_a_sensible_period() {
        let t = ToolFields::parse("eBox", "Courrier", "Nadia", "").unwrap();
        assert_eq!(t.review_months, DEFAULT_REVIEW_MONTHS);
        let e = ToolFields::parse("", "x", "y", "0").unwrap_err();
        assert_eq!(
            e,
            vec![
                (Field::Name, Problem::Missing),
                (Field::ReviewMonths, Problem::NotAPeriod)
            ]
        );
        assert!(ToolFields::parse("a", "b", "c", "61").is_err());
    }

    #[test]
    fn a_review_is_due_on_its_day() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert!(!review_due(d("2025-03-03"), 12, d("2026-03-02")));
        assert!(review_due(d("2025-03-02"), 12, d("2026-03-02")));
        assert_eq!(review_due_on(d("2025-08-31"), 6), d("2026-02-28"));
    }

    #[test]
    fn subjects_are_tools_or_competences() {
        assert_eq!(Subject::parse("tool:4"), Some(Subject::Tool(4)));
        assert_eq!(Subject::parse("2.6"), Some(Subject::Competence("2.6")));
        assert_eq!(Subject::parse("6.1"), None);
        assert_eq!(Subject::parse("tool:-1"), None);
        assert_eq!(Subject::Tool(3).code(), "tool:3");
    }

    #[test]
    fn search_ignores_case_and_accents() {
        let w = search_words("Mutualite  CERTIFICAT");
        assert!(matches(
            &w,
            &["Portail de la mutualité", "certificat d'assurabilité"]
        ));
        assert!(matches(&search_words("mutualité"), &["MUTUALITE"]));
        assert!(!matches(&search_words("itsme"), &["eBox"]));
        assert!(matches(&[], &["anything"]));
    }
}
