//! Paper letters for window envelopes, and fridge cards, rendered to PDF
//! in-process with [typst](https://typst.app) (Apache-2.0, compatible with
//! guichet's AGPL-3.0-or-later).
//!
//! Pure: data in, PDF bytes out. Nothing is read from the disk, the system's
//! fonts or the network: the layout (`src/letter.typ`) and the fonts are
//! compiled into the crate, and the letters reach the layout as a virtual
//! JSON file (`/letters.json`) that it reads with `json(...)`. No text is ever
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
//! # What the window allows
//!
//! The recipient block is written at the variant's size (11 pt standard,
//! 16 pt large print, 14 pt easy-read). Each line of the address is its own
//! line; **a line too wide for the 90 mm of the zone wraps** onto the next
//! line at a space (or after a hyphen or a slash), so a 62-, 80- or
//! 120-character name takes two or three lines. **If the wrapped address is
//! taller than the 34 mm of the zone, it is set smaller**, half a point at a
//! time, down to **8 pt**, wrapping again at each size. A single word wider
//! than the zone even at 8 pt (about 58 characters without a space) is cut
//! where it reaches the edge, without a hyphen: the post still reads it.
//!
//! The zone holds, with DejaVu Sans (line pitch 1.15 em):
//!
//! | size | lines | characters a line (about) |
//! |---|---|---|
//! | 16 pt (large print) | 5 | 29 |
//! | 14 pt (easy-read) | 6 | 33 |
//! | 11 pt (standard) | 7 | 42 |
//! | 8 pt (the minimum) | 10 | 58 |
//!
//! An address that needs more than the zone at 8 pt (eleven lines or more
//! once wrapped) **cannot be laid out**: it is refused with
//! [`LetterError::AddressTooLong`], never printed cut or outside the window.
//!
//! # Fonts
//!
//! Embedded, never taken from the system:
//!
//! - **DejaVu Sans** regular, bold and oblique from the `dejavu` crate (2.37;
//!   the DejaVu fonts licence, a free licence derived from Bitstream Vera's):
//!   Latin, Greek, Cyrillic and much more;
//! - **Noto Sans Arabic** regular and bold, and **Noto Sans Ethiopic** regular
//!   and bold, vendored in `fonts/` from Debian's `fonts-noto-core` package
//!   (20201225-1; SIL Open Font License 1.1; provenance, checksums, the
//!   licence text and why this release in `fonts/README.md`). About 1.2 MB.
//!
//! Arabic letters are taken from Noto Sans Arabic (shaped, written right to
//! left inside a left-to-right letter by typst's bidi algorithm), everything
//! else from DejaVu Sans first, then Noto Sans Ethiopic.
//!
//! **A character that none of these fonts has is never printed as a box.**
//! [`uncovered`] tells, before printing, which characters of which field no
//! font covers (a Chinese character, an emoji, a private-use code point…);
//! [`render`] refuses such a letter with [`LetterError::Uncovered`], and after
//! the layout it checks again that no glyph is the font's "missing glyph"
//! (`.notdef`).
//!
//! # Batches, envelopes, letters set aside
//!
//! [`render`] prints letters into one PDF or refuses the whole set.
//! [`render_batch`] is what the paper tray uses: a letter that cannot be laid
//! out (an address too long for the window, a character no font has, a card
//! too long) is **set aside alone with its reason**, and the others print.
//!
//! Consecutive letters with the same [`Letter::envelope`] key go **in one
//! envelope**: they print one after the other, each with its address (a
//! complete letter once taken out; only the first one's shows through the
//! window, the others are folded behind it), and each carries a small mark
//! above the window, outside any position of the window ("Envelope: letter 2
//! of 3"), so whoever folds them keeps them together. The caller decides what
//! "the same envelope" means (guichet: the same person at the same address,
//! see `guichet_domain::envelope`) and orders the letters; marks are counted
//! after the letters set aside are taken out.
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
//! keeps each body line as written (a blank line starts a new paragraph). A
//! word too long for its line (a long email address, a compound word on a
//! card) is cut at the edge rather than running off the page.
//!
//! # Cards
//!
//! A fridge card is an A5 portrait page in large print, no address, always
//! one page. [`Card`] is the card's model, shared with the HTML card of the
//! web layer: lines with their [`Emphasis`] (the title, the day and the time
//! larger and bold, the rest at the body size). The body size is 20 pt, down
//! to 16 pt if needed; a card whose text does not fit one page at 16 pt is
//! refused ([`LetterError::CardTooLong`]). [`Format::Card`] letters are
//! printed the same way (the subject as the title, every body line as a
//! line).

use std::sync::LazyLock;

pub mod document;
pub use document::{render_document, Block, Document};

use serde::Serialize;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::layout::{Frame, FrameItem};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

/// The layout, compiled into the crate.
const LAYOUT: &str = include_str!("letter.typ");

const NOTO_ARABIC_REGULAR: &[u8] = include_bytes!("../fonts/NotoSansArabic-Regular.ttf");
const NOTO_ARABIC_BOLD: &[u8] = include_bytes!("../fonts/NotoSansArabic-Bold.ttf");
const NOTO_ETHIOPIC_REGULAR: &[u8] = include_bytes!("../fonts/NotoSansEthiopic-Regular.ttf");
const NOTO_ETHIOPIC_BOLD: &[u8] = include_bytes!("../fonts/NotoSansEthiopic-Bold.ttf");

/// Which reader the letter is made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Variant {
    /// 11 pt body.
    #[default]
    Standard,
    /// 16 pt or more everywhere, the address included.
    LargePrint,
    /// 14 pt, one sentence per line as given, generous spacing.
    EasyRead,
}

/// What is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// A4 letter for a window envelope (see the crate docs).
    #[default]
    Letter,
    /// A5 portrait fridge card, large print, one page, no address.
    Card,
}

/// One letter or card. Every text is shown exactly as given.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
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
    /// Consecutive letters with the same key go in one envelope (see the crate
    /// docs); `None` for a letter alone in its envelope.
    pub envelope: Option<String>,
}

/// How a line of a card stands out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Emphasis {
    /// The card's title ("Your appointment"): bold, 1.25 × the body size.
    Title,
    /// What must be seen from across the kitchen, the day and the time: bold,
    /// 1.5 × the body size.
    Large,
    /// Everything else, at the body size.
    Normal,
}

/// One line of a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CardLine {
    pub text: String,
    pub emphasis: Emphasis,
}

impl CardLine {
    pub fn new(text: impl Into<String>, emphasis: Emphasis) -> Self {
        Self {
            text: text.into(),
            emphasis,
        }
    }
}

/// A fridge card: its lines, computed once, printed by [`render_card`] and
/// shown by the web layer's HTML card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// "fr", "nl", "en" or "de".
    pub lang: String,
    pub lines: Vec<CardLine>,
}

/// A part of a letter, to say where a character is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Sender,
    Recipient,
    PlaceDate,
    Reference,
    Subject,
    Body,
    Contact,
}

impl Field {
    pub fn code(self) -> &'static str {
        match self {
            Field::Sender => "sender",
            Field::Recipient => "recipient",
            Field::PlaceDate => "place-date",
            Field::Reference => "reference",
            Field::Subject => "subject",
            Field::Body => "body",
            Field::Contact => "contact",
        }
    }
}

/// Characters of one field that no embedded font has, in the order they first
/// appear, each once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uncovered {
    pub field: Field,
    pub chars: Vec<char>,
}

/// Why no PDF came out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LetterError {
    #[error("there is no letter to print")]
    Empty,
    #[error("letter {index}: language {lang:?} is not one of fr, nl, en, de")]
    UnknownLanguage { index: usize, lang: String },
    #[error(
        "letter {index}: the recipient's address has too many lines for the envelope window, even wrapped at 8 pt"
    )]
    AddressTooLong { index: usize },
    #[error("letter {index}: the card's text does not fit one A5 page in large print")]
    CardTooLong { index: usize },
    #[error("letter {index}: no font has {} characters of the {} field", .chars.len(), .field.code())]
    Uncovered {
        index: usize,
        field: Field,
        chars: Vec<char>,
    },
    #[error("the letter could not be laid out: {0}")]
    Layout(String),
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

impl LetterError {
    /// The letter the error is about, when it is about one.
    pub fn index(&self) -> Option<usize> {
        match self {
            LetterError::UnknownLanguage { index, .. }
            | LetterError::AddressTooLong { index }
            | LetterError::CardTooLong { index }
            | LetterError::Uncovered { index, .. } => Some(*index),
            _ => None,
        }
    }

    fn with_index(self, index: usize) -> Self {
        match self {
            LetterError::UnknownLanguage { lang, .. } => {
                LetterError::UnknownLanguage { index, lang }
            }
            LetterError::AddressTooLong { .. } => LetterError::AddressTooLong { index },
            LetterError::CardTooLong { .. } => LetterError::CardTooLong { index },
            LetterError::Uncovered { field, chars, .. } => LetterError::Uncovered {
                index,
                field,
                chars,
            },
            other => other,
        }
    }
}

/// The words the layout prints around the data, per language.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
struct Labels {
    subject: &'static str,
    reference: &'static str,
    contact: &'static str,
    page: &'static str,
    /// "{n}" and "{of}" are replaced.
    envelope: &'static str,
}

fn labels(lang: &str) -> Option<Labels> {
    Some(match lang {
        "fr" => Labels {
            subject: "Objet :",
            reference: "Référence :",
            contact: "Pour nous joindre",
            page: "Page",
            envelope: "Enveloppe : lettre {n} sur {of}",
        },
        "nl" => Labels {
            subject: "Betreft:",
            reference: "Referentie:",
            contact: "Contact",
            page: "Pagina",
            envelope: "Envelop: brief {n} van {of}",
        },
        "en" => Labels {
            subject: "Subject:",
            reference: "Reference:",
            contact: "How to reach us",
            page: "Page",
            envelope: "Envelope: letter {n} of {of}",
        },
        "de" => Labels {
            subject: "Betreff:",
            reference: "Aktenzeichen:",
            contact: "So erreichen Sie uns",
            page: "Seite",
            envelope: "Umschlag: Brief {n} von {of}",
        },
        _ => return None,
    })
}

/// Where a letter stands in its envelope.
#[derive(Debug, Serialize)]
struct EnvelopeMark {
    mark: String,
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
    envelope: Option<EnvelopeMark>,
    /// A card's lines.
    lines: Vec<CardLine>,
    /// The slips of a sheet of slips.
    slips: &'a [Slip],
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

/// Characters that need no glyph: spaces, controls and the invisible format
/// characters (joiners, direction marks, variation selectors, soft hyphen).
fn needs_no_glyph(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c,
            '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{E0100}'..='\u{E01EF}')
}

/// Whether one of the embedded fonts has a glyph for `c`.
pub fn covered(c: char) -> bool {
    needs_no_glyph(c)
        || SHARED
            .fonts
            .iter()
            .any(|f| f.info().coverage.contains(c as u32))
}

/// The characters of `text` no embedded font has, each once, in order.
pub fn uncovered_chars(text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in text.chars() {
        if !covered(c) && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// Which characters of which field of `letter` no embedded font has: what
/// would print as a box. Empty when everything prints.
pub fn uncovered(letter: &Letter) -> Vec<Uncovered> {
    let fields: [(Field, Vec<&str>); 7] = [
        (
            Field::Sender,
            letter.sender.iter().map(String::as_str).collect(),
        ),
        (
            Field::Recipient,
            letter.recipient.iter().map(String::as_str).collect(),
        ),
        (Field::PlaceDate, vec![letter.place_date.as_str()]),
        (
            Field::Reference,
            letter.reference.as_deref().into_iter().collect(),
        ),
        (Field::Subject, vec![letter.subject.as_str()]),
        (Field::Body, vec![letter.body.as_str()]),
        (
            Field::Contact,
            letter.contact.iter().map(String::as_str).collect(),
        ),
    ];
    fields
        .into_iter()
        .filter_map(|(field, texts)| {
            let chars = uncovered_chars(&texts.join("\n"));
            (!chars.is_empty()).then_some(Uncovered { field, chars })
        })
        .collect()
}

/// The letter's data for the layout, or why it cannot be printed before any
/// layout is tried (an unknown language, a character no font has).
fn data(index: usize, letter: &Letter) -> Result<Data<'_>, LetterError> {
    let labels = labels(&letter.lang).ok_or_else(|| LetterError::UnknownLanguage {
        index,
        lang: letter.lang.clone(),
    })?;
    if let Some(u) = uncovered(letter).into_iter().next() {
        return Err(LetterError::Uncovered {
            index,
            field: u.field,
            chars: u.chars,
        });
    }
    let lines = match letter.format {
        Format::Letter => Vec::new(),
        Format::Card => std::iter::once(CardLine::new(letter.subject.clone(), Emphasis::Title))
            .chain(
                paragraphs(&letter.body)
                    .into_iter()
                    .flatten()
                    .chain(letter.contact.iter().map(String::as_str))
                    .map(|l| CardLine::new(l, Emphasis::Normal)),
            )
            .collect(),
    };
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
        envelope: None,
        lines,
        slips: &[],
    })
}

/// Sets the envelope marks of consecutive letters sharing a key.
fn mark_envelopes(letters: &[&Letter], data: &mut [Data<'_>]) {
    let mut start = 0;
    while start < letters.len() {
        let key = &letters[start].envelope;
        let mut end = start + 1;
        if key.is_some() {
            while end < letters.len() && &letters[end].envelope == key {
                end += 1;
            }
        }
        let of = end - start;
        for (n, d) in data[start..end].iter_mut().enumerate() {
            d.envelope = (of > 1).then(|| EnvelopeMark {
                mark: d
                    .labels
                    .envelope
                    .replace("{n}", &(n + 1).to_string())
                    .replace("{of}", &of.to_string()),
            });
        }
        start = end;
    }
}

/// Renders the letters into ONE PDF, each letter starting on a new page, in
/// the order given, or refuses them all with the first letter's reason.
pub fn render(letters: &[Letter]) -> Result<Vec<u8>, LetterError> {
    if letters.is_empty() {
        return Err(LetterError::Empty);
    }
    let all: Vec<&Letter> = letters.iter().collect();
    compile(&all)
}

/// Renders a fridge card (A5, one page).
pub fn render_card(card: &Card) -> Result<Vec<u8>, LetterError> {
    let labels = labels(&card.lang).ok_or_else(|| LetterError::UnknownLanguage {
        index: 0,
        lang: card.lang.clone(),
    })?;
    let text: Vec<&str> = card.lines.iter().map(|l| l.text.as_str()).collect();
    let chars = uncovered_chars(&text.join("\n"));
    if !chars.is_empty() {
        return Err(LetterError::Uncovered {
            index: 0,
            field: Field::Body,
            chars,
        });
    }
    let data = vec![Data {
        format: "card",
        variant: "large",
        lang: &card.lang,
        sender: &[],
        recipient: &[],
        place_date: "",
        reference: None,
        subject: "",
        paragraphs: Vec::new(),
        contact: &[],
        labels,
        envelope: None,
        lines: card.lines.clone(),
        slips: &[],
    }];
    finish(&data)
}

/// One slip to cut out: lines above the code, the code (large, bold), lines below.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Slip {
    pub before: Vec<String>,
    pub code: String,
    pub after: Vec<String>,
}

/// Slips printed ten to an A4 page (two columns of five, 105 × 59.4 mm), each framed by a
/// dashed line to cut along.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Slips {
    /// "fr", "nl", "en" or "de".
    pub lang: String,
    pub slips: Vec<Slip>,
}

fn check_covered<'a>(texts: impl Iterator<Item = &'a str>) -> Result<(), LetterError> {
    let all: Vec<&str> = texts.collect();
    let chars = uncovered_chars(&all.join("\n"));
    if chars.is_empty() {
        Ok(())
    } else {
        Err(LetterError::Uncovered {
            index: 0,
            field: Field::Body,
            chars,
        })
    }
}

fn bare<'a>(format: &'static str, lang: &'a str, labels: Labels) -> Data<'a> {
    Data {
        format,
        variant: "standard",
        lang,
        sender: &[],
        recipient: &[],
        place_date: "",
        reference: None,
        subject: "",
        paragraphs: Vec::new(),
        contact: &[],
        labels,
        envelope: None,
        lines: Vec::new(),
        slips: &[],
    }
}

/// Renders slips to cut out (see [`Slips`]).
pub fn render_slips(s: &Slips) -> Result<Vec<u8>, LetterError> {
    if s.slips.is_empty() {
        return Err(LetterError::Empty);
    }
    let labels = labels(&s.lang).ok_or_else(|| LetterError::UnknownLanguage {
        index: 0,
        lang: s.lang.clone(),
    })?;
    check_covered(s.slips.iter().flat_map(|x| {
        x.before
            .iter()
            .chain(&x.after)
            .map(String::as_str)
            .chain(std::iter::once(x.code.as_str()))
    }))?;
    let mut d = bare("slips", &s.lang, labels);
    d.slips = &s.slips;
    finish(&[d])
}

/// Which characters of a card no embedded font has.
pub fn card_uncovered(card: &Card) -> Vec<char> {
    let text: Vec<&str> = card.lines.iter().map(|l| l.text.as_str()).collect();
    uncovered_chars(&text.join("\n"))
}

/// What [`render_batch`] gives: the PDF of the letters that print (none when
/// every letter was set aside) and, for each letter set aside, its index in
/// the input and why.
#[derive(Debug)]
pub struct BatchOutcome {
    pub pdf: Option<Vec<u8>>,
    pub set_aside: Vec<(usize, LetterError)>,
}

/// Renders a print batch: every letter that can be laid out goes into one PDF
/// (in the order given, envelope marks counted over the letters that print);
/// a letter that cannot is set aside alone with its reason. An error is
/// returned only when the layout itself fails for no letter's reason.
pub fn render_batch(letters: &[Letter]) -> Result<BatchOutcome, LetterError> {
    let mut set_aside: Vec<(usize, LetterError)> = Vec::new();
    let mut keep: Vec<usize> = Vec::new();
    for (i, l) in letters.iter().enumerate() {
        match data(i, l) {
            Ok(_) => keep.push(i),
            Err(e) => set_aside.push((i, e)),
        }
    }
    loop {
        if keep.is_empty() {
            set_aside.sort_by_key(|(i, _)| *i);
            return Ok(BatchOutcome {
                pdf: None,
                set_aside,
            });
        }
        let these: Vec<&Letter> = keep.iter().map(|&i| &letters[i]).collect();
        match compile(&these) {
            Ok(pdf) => {
                set_aside.sort_by_key(|(i, _)| *i);
                return Ok(BatchOutcome {
                    pdf: Some(pdf),
                    set_aside,
                });
            }
            Err(e) => match e.index() {
                // The layout's refusal names the letter (its place in `these`).
                Some(at) if at < keep.len() => {
                    let original = keep.remove(at);
                    set_aside.push((original, e.with_index(original)));
                }
                _ => return Err(e),
            },
        }
    }
}

fn compile(letters: &[&Letter]) -> Result<Vec<u8>, LetterError> {
    let mut data = letters
        .iter()
        .enumerate()
        .map(|(index, letter)| data(index, letter))
        .collect::<Result<Vec<_>, _>>()?;
    mark_envelopes(letters, &mut data);
    finish(&data)
}

fn finish(data: &[Data<'_>]) -> Result<Vec<u8>, LetterError> {
    let json = serde_json::to_vec(data).map_err(|e| LetterError::Layout(e.to_string()))?;
    typeset(LetterWorld {
        data: Bytes::new(json),
        document: false,
    })
}

/// Compiles a world (a letter batch or a document) into a PDF.
fn typeset(world: LetterWorld) -> Result<Vec<u8>, LetterError> {
    let result = typst::compile::<PagedDocument>(&world).output;
    // Typst memoises across compilations; keep the cache from growing
    // without bound in a long-running server.
    typst::comemo::evict(10);
    let document = result.map_err(|errors| diagnose(errors.as_slice()))?;
    if document.pages().iter().any(|p| has_missing_glyph(&p.frame)) {
        // `uncovered` let a character through that typst could not find a
        // glyph for: a bug, never a box on paper.
        return Err(LetterError::Layout(
            "a character has no glyph in the embedded fonts".into(),
        ));
    }
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

/// Whether a laid-out frame holds a font's "missing glyph" (glyph 0, the
/// `.notdef` box) for a character that is not invisible.
fn has_missing_glyph(frame: &Frame) -> bool {
    frame.items().any(|(_, item)| match item {
        FrameItem::Group(g) => has_missing_glyph(&g.frame),
        FrameItem::Text(t) => t.glyphs.iter().any(|g| {
            g.id == 0
                && t.text
                    .get(g.range())
                    .is_some_and(|s| s.chars().any(|c| !needs_no_glyph(c)))
        }),
        _ => false,
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
    document_main: Source,
    document_data_id: FileId,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = [
        Bytes::new(dejavu::sans::regular()),
        Bytes::new(dejavu::sans::bold()),
        Bytes::new(dejavu::sans::oblique()),
        Bytes::new(NOTO_ARABIC_REGULAR),
        Bytes::new(NOTO_ARABIC_BOLD),
        Bytes::new(NOTO_ETHIOPIC_REGULAR),
        Bytes::new(NOTO_ETHIOPIC_BOLD),
    ]
    .into_iter()
    .flat_map(Font::iter)
    .collect();
    Shared {
        library: LazyHash::new(Library::default()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        main: Source::new(file_id("/letter.typ"), LAYOUT.to_owned()),
        data_id: file_id("/letters.json"),
        document_main: Source::new(file_id("/document.typ"), document::LAYOUT.to_owned()),
        document_data_id: file_id("/document.json"),
    }
});

/// A typst world with two files: the layout and the data (the letters', or a
/// document's when `document`).
struct LetterWorld {
    data: Bytes,
    document: bool,
}

impl LetterWorld {
    fn layout(&self) -> &'static Source {
        if self.document {
            &SHARED.document_main
        } else {
            &SHARED.main
        }
    }

    fn data_id(&self) -> FileId {
        if self.document {
            SHARED.document_data_id
        } else {
            SHARED.data_id
        }
    }
}

impl World for LetterWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }

    fn main(&self) -> FileId {
        self.layout().id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.layout().id() {
            Ok(self.layout().clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id() {
            Ok(self.data.clone())
        } else if id == self.layout().id() {
            Ok(Bytes::from_string(self.layout().text().to_owned()))
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

    #[test]
    fn the_embedded_fonts_cover_greek_cyrillic_arabic_and_ethiopic_but_not_chinese() {
        for text in [
            "Ζωή Παπαδοπούλου",
            "Олена Шевченко",
            "فاطمة الزهراء",
            "አበበ ቢቂላ",
            "Zoë Dupont-Çelik",
        ] {
            assert!(uncovered_chars(text).is_empty(), "{text}");
        }
        assert_eq!(
            uncovered_chars("王 Li 王 🦀"),
            vec!["王".chars().next().unwrap(), "🦀".chars().next().unwrap()]
        );
        assert_eq!(uncovered_chars("a\u{E000}b"), vec!['\u{E000}']);
        // Invisible characters need no glyph.
        assert!(uncovered_chars("a\u{200D}b\u{200F}\u{FE0F}\t").is_empty());
    }

    #[test]
    fn uncovered_names_the_field() {
        let l = Letter {
            lang: "fr".into(),
            recipient: vec!["Li 王".into(), "Rue 1".into()],
            body: "Bonjour 🦀".into(),
            ..Letter::default()
        };
        assert_eq!(
            uncovered(&l),
            vec![
                Uncovered {
                    field: Field::Recipient,
                    chars: vec!['王']
                },
                Uncovered {
                    field: Field::Body,
                    chars: vec!["🦀".chars().next().unwrap()]
                }
            ]
        );
    }
}
