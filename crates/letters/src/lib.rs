//! Paper letters for window envelopes, and fridge cards, rendered to PDF
//! in-process with [typst](https://typst.app) (Apache-2.0, compatible with
//! guichet's AGPL-3.0-or-later).
//!
//! Pure: data in, PDF bytes out. Nothing is read from the disk, the system's
//! fonts or the network: the layout (`src/letter.typ`) is compiled into the
//! crate, the fonts are DejaVu Sans regular, bold and oblique from the
//! `dejavu` crate (2.37), and the letters reach the layout as a virtual JSON
//! file (`/letters.json`) that it reads with `json(...)`. No text is ever
//! spliced into typst markup, so nothing a name or a message contains can
//! change the layout: `#`, `$`, `*`, `_`, `<`, `@`, `]` or `\` print as they
//! are. No package imports, and `today()` is not available: the date comes
//! ready-made in [`Letter::place_date`].
//!
//! # The envelope
//!
//! Belgian offices post A4 letters folded in three in the common *window on
//! the right* envelope: **DL, 110 × 220 mm, window 100 × 45 mm, 20 mm from
//! the right edge and 15 mm from the bottom edge** (the same window is sold on
//! C5/6 114 × 229 mm envelopes). bpost's MassPost guide, "Small Format"
//! (addressing, section 1, and the format chapter of section 2), asks that
//! the address sit in the zone at most 140 mm from the right edge, at least
//! 15 mm from the right edge, at least 20 mm below the top edge (items under
//! 11 cm tall), with the bottom band kept free for the sorting machine's
//! barcode, that the whole address be visible through the window, and that
//! nothing else that could pass for an address show through it. The sender's
//! own address goes top left, smaller than the recipient's.
//!
//! The sheet is folded at 99 and 198 mm (thirds of 297 mm; short marks at the
//! left edge show where); the top third, 210 × 99 mm, faces the window. In a
//! DL envelope it has 10 mm of play sideways and 11 mm up and down, so the
//! window, in sheet coordinates, lies at x = 100 − dx … 200 − dx mm and
//! y = 50 − dy … 95 − dy mm for a shift dx ∈ [0, 10], dy ∈ [0, 11]. The part
//! that is behind the window whatever the shift is the **address zone** used
//! here, measured from the top-left corner of the A4 sheet:
//!
//! | | from | to | size |
//! |---|---|---|---|
//! | x (from the left edge) | 100 mm | 190 mm | 90 mm |
//! | y (from the top edge) | 50 mm | 84 mm | 34 mm |
//!
//! In a C5/6 envelope with the same window, the zone stays inside the window
//! as long as the sheet is not pushed within 4 mm of the envelope's top or
//! left edge (it has 19 × 15 mm of play there).
//!
//! The sender block sits at the top left (20 mm from the left, 15 mm from the
//! top, at most 68 mm wide, so it never shows in the window); the text of the
//! first page starts at 95 mm, below the window: place and date, reference,
//! subject in bold, body, then the contact block in a frame. Continuation
//! pages carry no address and are numbered "Page 2 / 3" when a letter has more
//! than one page.
//!
//! The recipient block is written at the variant's size (11 pt standard,
//! 16 pt large print, 14 pt easy-read) as long as the whole address fits the
//! zone, each line on one line. **If it does not fit, it is shrunk until it
//! does** (half a point at a time, never below 8 pt): at 16 pt the zone holds
//! four lines of about 28 characters, so a fifth line or a long street name
//! makes a large-print address smaller; it stays readable by the post, which
//! matters more for the letter to arrive. An address that would need less than
//! 8 pt is refused ([`LetterError::AddressTooLong`]).
//!
//! # Variants
//!
//! - [`Variant::Standard`]: 11 pt body, sender block 9 pt.
//! - [`Variant::LargePrint`]: 16 pt everywhere, sender, address (see above),
//!   body, contact and page numbers.
//! - [`Variant::EasyRead`]: 14 pt, line pitch ≥ 1.5 × the size, wide gaps
//!   between paragraphs; each line of the body is kept as its own line.
//!
//! Every variant is left-aligned, never justified, never hyphenated, and
//! keeps each body line as written (a blank line starts a new paragraph).
//!
//! # Cards
//!
//! [`Format::Card`] is an A5 portrait fridge card: subject, body and contact
//! block in large print (20 pt, down to 16 pt if needed), no address. It is
//! always one page: a card whose text does not fit at 16 pt is refused
//! ([`LetterError::CardTooLong`]).

use std::sync::LazyLock;

use serde::Serialize;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

/// The layout, compiled into the crate.
const LAYOUT: &str = include_str!("letter.typ");

/// Which reader the letter is made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// 11 pt body.
    Standard,
    /// 16 pt or more everywhere, the address included.
    LargePrint,
    /// 14 pt, one sentence per line as given, generous spacing.
    EasyRead,
}

/// What is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A4 letter for a window envelope (see the crate docs).
    Letter,
    /// A5 portrait fridge card, large print, one page, no address.
    Card,
}

/// One letter or card. Every text is shown exactly as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub format: Format,
    pub variant: Variant,
    /// "fr", "nl", "en" or "de": the language of the labels the layout prints
    /// ("Objet :", "Betreft:", ...) and of the text (for the PDF reader).
    pub lang: String,
    /// Organisation, service, site address lines.
    pub sender: Vec<String>,
    /// Postal address lines, as stored (name first).
    pub recipient: Vec<String>,
    /// Already formatted, e.g. "Namur, le 24 novembre 2026".
    pub place_date: String,
    /// E.g. "Demande 123" (never a national number).
    pub reference: Option<String>,
    pub subject: String,
    /// Plain text: a blank line starts a new paragraph; every line is kept.
    pub body: String,
    /// Phone, walk-in hours, the address to come to.
    pub contact: Vec<String>,
}

/// Why no PDF came out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LetterError {
    #[error("there is no letter to print")]
    Empty,
    #[error("letter {index}: language {lang:?} is not one of fr, nl, en, de")]
    UnknownLanguage { index: usize, lang: String },
    #[error(
        "letter {index}: the recipient's address does not fit the envelope window even at 8 pt"
    )]
    AddressTooLong { index: usize },
    #[error("letter {index}: the card's text does not fit one A5 page in large print")]
    CardTooLong { index: usize },
    #[error("the letter could not be laid out: {0}")]
    Layout(String),
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// The words the layout prints around the data, per language.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
struct Labels {
    subject: &'static str,
    reference: &'static str,
    contact: &'static str,
    page: &'static str,
}

fn labels(lang: &str) -> Option<Labels> {
    Some(match lang {
        "fr" => Labels {
            subject: "Objet :",
            reference: "Référence :",
            contact: "Pour nous joindre",
            page: "Page",
        },
        "nl" => Labels {
            subject: "Betreft:",
            reference: "Referentie:",
            contact: "Contact",
            page: "Pagina",
        },
        "en" => Labels {
            subject: "Subject:",
            reference: "Reference:",
            contact: "How to reach us",
            page: "Page",
        },
        "de" => Labels {
            subject: "Betreff:",
            reference: "Aktenzeichen:",
            contact: "So erreichen Sie uns",
            page: "Seite",
        },
        _ => return None,
    })
}

/// What the layout reads from `/letters.json`.
#[derive(Debug, Serialize)]
struct Data<'a> {
    format: &'static str,
    variant: &'static str,
    lang: &'a str,
    sender: &'a [String],
    recipient: &'a [String],
    place_date: &'a str,
    reference: Option<&'a str>,
    subject: &'a str,
    paragraphs: Vec<Vec<&'a str>>,
    contact: &'a [String],
    labels: Labels,
}

/// Splits a plain-text body into paragraphs (at blank lines) of kept lines.
fn paragraphs(body: &str) -> Vec<Vec<&str>> {
    let mut out: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in body.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn data(index: usize, letter: &Letter) -> Result<Data<'_>, LetterError> {
    let labels = labels(&letter.lang).ok_or_else(|| LetterError::UnknownLanguage {
        index,
        lang: letter.lang.clone(),
    })?;
    Ok(Data {
        format: match letter.format {
            Format::Letter => "letter",
            Format::Card => "card",
        },
        variant: match letter.variant {
            Variant::Standard => "standard",
            Variant::LargePrint => "large",
            Variant::EasyRead => "easy",
        },
        lang: &letter.lang,
        sender: &letter.sender,
        recipient: &letter.recipient,
        place_date: &letter.place_date,
        reference: letter.reference.as_deref(),
        subject: &letter.subject,
        paragraphs: paragraphs(&letter.body),
        contact: &letter.contact,
        labels,
    })
}

/// Renders the letters into ONE PDF, each letter starting on a new page, in
/// the order given (the paper tray prints a batch).
pub fn render(letters: &[Letter]) -> Result<Vec<u8>, LetterError> {
    if letters.is_empty() {
        return Err(LetterError::Empty);
    }
    let data = letters
        .iter()
        .enumerate()
        .map(|(index, letter)| data(index, letter))
        .collect::<Result<Vec<_>, _>>()?;
    let json = serde_json::to_vec(&data).map_err(|e| LetterError::Layout(e.to_string()))?;
    let world = LetterWorld {
        data: Bytes::new(json),
    };
    let result = typst::compile::<PagedDocument>(&world).output;
    // Typst memoises across compilations; keep the cache from growing
    // without bound in a long-running server.
    typst::comemo::evict(10);
    let document = result.map_err(|errors| diagnose(errors.as_slice()))?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|errors| {
        LetterError::Pdf(
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })
}

/// Turns typst's errors into ours: the layout's own refusals carry the
/// letter's index; anything else is a bug in the layout.
fn diagnose(errors: &[SourceDiagnostic]) -> LetterError {
    for error in errors {
        let message = error.message.as_str();
        for (marker, make) in [
            (
                "guichet-address-too-long:",
                (|index| LetterError::AddressTooLong { index }) as fn(usize) -> LetterError,
            ),
            ("guichet-card-too-long:", |index| LetterError::CardTooLong {
                index,
            }),
        ] {
            if let Some(rest) = message.split(marker).nth(1) {
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                if let Ok(index) = digits.parse() {
                    return make(index);
                }
            }
        }
    }
    LetterError::Layout(
        errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; "),
    )
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("static path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// What every compilation shares: the standard library, the fonts and the
/// parsed layout.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    data_id: FileId,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = [
        dejavu::sans::regular(),
        dejavu::sans::bold(),
        dejavu::sans::oblique(),
    ]
    .into_iter()
    .flat_map(|data| Font::iter(Bytes::new(data)))
    .collect();
    Shared {
        library: LazyHash::new(Library::default()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        main: Source::new(file_id("/letter.typ"), LAYOUT.to_owned()),
        data_id: file_id("/letters.json"),
    }
});

/// A typst world with two files: the layout and the letters' data.
struct LetterWorld {
    data: Bytes,
}

impl World for LetterWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }

    fn main(&self) -> FileId {
        SHARED.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == SHARED.main.id() {
            Ok(SHARED.main.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == SHARED.data_id {
            Ok(self.data.clone())
        } else if id == SHARED.main.id() {
            Ok(Bytes::from_string(LAYOUT))
        } else {
            Err(not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        SHARED.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_without_slash().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_at_blank_lines_and_keep_lines() {
        let body = "Bonjour,\r\n\r\nPhrase un.\nPhrase deux.  \n   \n\nFin.";
        assert_eq!(
            paragraphs(body),
            vec![
                vec!["Bonjour,"],
                vec!["Phrase un.", "Phrase deux."],
                vec!["Fin."]
            ]
        );
        assert!(paragraphs("\n\n").is_empty());
    }

    #[test]
    fn every_language_has_labels_and_others_are_refused() {
        for lang in ["fr", "nl", "en", "de"] {
            assert!(labels(lang).is_some(), "{lang}");
        }
        assert!(labels("xx").is_none());
    }
}
