//! Documents of several pages that are not letters: a report for a council or a funder
//! (the observatory's), with headings, paragraphs, tables and charts. Same rules as the
//! letters: every text arrives as data (`/document.json`) and prints literally, the
//! fonts are the embedded ones, and a character none of them has is refused before any
//! layout. Charts are SVG made by the caller, drawn at the width of the text.

use crate::{typeset, uncovered_chars, Field, LetterError, LetterWorld};
use serde::Serialize;
use typst::foundations::Bytes;

/// The layout, compiled into the crate.
pub(crate) const LAYOUT: &str = include_str!("document.typ");

/// One part of a document, in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    Heading {
        text: String,
    },
    Paragraph {
        text: String,
    },
    /// An SVG image; `alt` is its text for a reader of the PDF.
    Chart {
        svg: String,
        alt: String,
    },
    /// A table with a header row; every row has as many cells as the header.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Document {
    /// "fr", "nl", "en" or "de".
    pub lang: String,
    pub title: String,
    pub subtitle: String,
    pub blocks: Vec<Block>,
    /// Printed at the foot of each page, with "page n / m".
    pub footer: String,
}

impl Document {
    fn texts(&self) -> Vec<&str> {
        let mut t = vec![
            self.title.as_str(),
            self.subtitle.as_str(),
            self.footer.as_str(),
        ];
        for b in &self.blocks {
            match b {
                Block::Heading { text } | Block::Paragraph { text } => t.push(text),
                Block::Chart { alt, .. } => t.push(alt),
                Block::Table { header, rows } => {
                    t.extend(header.iter().map(String::as_str));
                    t.extend(rows.iter().flatten().map(String::as_str));
                }
            }
        }
        t
    }
}

/// Renders a document to PDF, or says which character no embedded font has.
pub fn render_document(doc: &Document) -> Result<Vec<u8>, LetterError> {
    if crate::labels(&doc.lang).is_none() {
        return Err(LetterError::UnknownLanguage {
            index: 0,
            lang: doc.lang.clone(),
        });
    }
    let chars = uncovered_chars(&doc.texts().join("\n"));
    if !chars.is_empty() {
        return Err(LetterError::Uncovered {
            index: 0,
            field: Field::Body,
            chars,
        });
    }
    let json = serde_json::to_vec(doc).map_err(|e| LetterError::Layout(e.to_string()))?;
    typeset(LetterWorld {
        data: Bytes::new(json),
        document: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_with_a_table_and_a_chart_prints() {
        let doc = Document {
            lang: "fr".into(),
            title: "Rapport #1 $x$ *y*".into(),
            subtitle: "2026-Q3".into(),
            footer: "guichet".into(),
            blocks: vec![
                Block::Heading { text: "Plateformes".into() },
                Block::Paragraph { text: "Un paragraphe <b> @ref".into() },
                Block::Chart {
                    svg: "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 20\" width=\"100\" height=\"20\"><rect width=\"50\" height=\"10\" fill=\"#1d3a5f\"/></svg>".into(),
                    alt: "itsme 12".into(),
                },
                Block::Table {
                    header: vec!["Plateforme".into(), "T3".into()],
                    rows: vec![vec!["itsme".into(), "< 5".into()]],
                },
            ],
        };
        let pdf = render_document(&doc).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
    }

    #[test]
    fn a_character_no_font_has_is_refused_before_layout() {
        let doc = Document {
            lang: "fr".into(),
            title: "王".into(),
            ..Document::default()
        };
        assert!(matches!(
            render_document(&doc),
            Err(LetterError::Uncovered { .. })
        ));
    }
}
