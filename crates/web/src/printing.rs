//! When a letter, a report or a card cannot be printed: the reason in words the desk can
//! act on ("the address of … has too many lines for the envelope window; shorten it on
//! the file"), never "cannot reach the database". Used by every PDF route (the paper
//! tray, the person's report, the fridge card) and by the tray's set-aside letters.

use crate::ctx::Ctx;
use crate::i18n::Tr;
use crate::views::{render, ErrorTpl, Page};
use axum::http::StatusCode;
use axum::response::Response;
use guichet_letters::{Field, LetterError};
use guichet_store::paper_tray::SetAside;

/// The field of a letter, in words ("the address", "the text").
fn field_key(f: Field) -> &'static str {
    match f {
        Field::Recipient => "print-field-recipient",
        Field::Sender => "print-field-sender",
        Field::PlaceDate => "print-field-place-date",
        Field::Reference => "print-field-reference",
        Field::Subject => "print-field-subject",
        Field::Body => "print-field-body",
        Field::Contact => "print-field-contact",
    }
}

fn field_of(code: &str) -> Field {
    [
        Field::Recipient,
        Field::Sender,
        Field::PlaceDate,
        Field::Reference,
        Field::Subject,
        Field::Body,
        Field::Contact,
    ]
    .into_iter()
    .find(|f| f.code() == code)
    .unwrap_or(Field::Body)
}

/// The characters, each shown with its code point: 王 (U+738B).
pub fn chars_in_words(chars: &[char]) -> String {
    chars
        .iter()
        .map(|c| format!("{c} (U+{:04X})", *c as u32))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What is stored for a letter set aside: a reason code and its detail.
pub fn set_aside_of(e: &LetterError) -> SetAside {
    let (reason, detail) = match e {
        LetterError::AddressTooLong { .. } => ("address-too-long", String::new()),
        LetterError::CardTooLong { .. } => ("card-too-long", String::new()),
        LetterError::Uncovered { field, chars, .. } => (
            "uncovered",
            format!("{}:{}", field.code(), chars.iter().collect::<String>()),
        ),
        LetterError::UnknownLanguage { lang, .. } => ("language", lang.clone()),
        other => ("layout", other.to_string()),
    };
    SetAside {
        reason: reason.to_owned(),
        detail,
    }
}

/// Why a letter to `name` was set aside, in `tr`'s language.
pub fn set_aside_in_words(tr: &Tr, why: &SetAside, name: &str) -> String {
    match why.reason.as_str() {
        "address-too-long" => tr.t1("print-address-too-long", "name", name),
        "card-too-long" => tr.t1("print-card-too-long", "name", name),
        "uncovered" => {
            let (field, chars) = why.detail.split_once(':').unwrap_or(("body", ""));
            let chars: Vec<char> = chars.chars().collect();
            tr.targs(
                "print-uncovered",
                &[
                    ("name", name),
                    ("field", &tr.t(field_key(field_of(field)))),
                    ("chars", &chars_in_words(&chars)),
                ],
            )
        }
        _ => tr.t1("print-layout-failed", "name", name),
    }
}

/// Why a letter to `name` cannot be printed, in `tr`'s language.
pub fn why_in_words(tr: &Tr, e: &LetterError, name: &str) -> String {
    set_aside_in_words(tr, &set_aside_of(e), name)
}

/// The notice of a printout that has characters no font has, before it is printed.
pub fn uncovered_notice(tr: &Tr, field: Field, chars: &[char], name: &str) -> String {
    tr.targs(
        "print-uncovered",
        &[
            ("name", name),
            ("field", &tr.t(field_key(field))),
            ("chars", &chars_in_words(chars)),
        ],
    )
}

/// The page answered when a printout cannot be laid out: 422 with the reason and a way
/// to the file that needs correcting; 500 for a failure of the layout itself (a bug).
pub fn cannot_print(ctx: &Ctx, e: &LetterError, name: &str, file: Option<String>) -> Response {
    let status = match e {
        LetterError::AddressTooLong { .. }
        | LetterError::CardTooLong { .. }
        | LetterError::Uncovered { .. }
        | LetterError::UnknownLanguage { .. } => StatusCode::UNPROCESSABLE_ENTITY,
        _ => {
            tracing::error!(error = %e, "a printout could not be laid out");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    };
    let tpl = ErrorTpl {
        p: Page::new(ctx, "print-error-title"),
        message: why_in_words(&ctx.tr, e, name),
        status: status.as_u16(),
        link: file.map(|href| (href, ctx.tr.t1("print-open-file", "name", name))),
    };
    render(status, &tpl)
}

/// The page answered when the printing task itself stopped (a panic in the layout).
pub fn printing_stopped(ctx: &Ctx, e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "printing stopped");
    let tpl = ErrorTpl {
        p: Page::new(ctx, "print-error-title"),
        message: ctx.t("print-stopped"),
        status: 500,
        link: None,
    };
    render(StatusCode::INTERNAL_SERVER_ERROR, &tpl)
}

/// Lays out one printout (a letter, a card) on the printing threads: the PDF, or the page
/// that says why it cannot be laid out, named after `name` with a way to `file`, or that
/// printing stopped.
#[allow(clippy::result_large_err)]
pub async fn lay_out(
    ctx: &Ctx,
    name: &str,
    file: Option<String>,
    make: impl FnOnce() -> Result<Vec<u8>, LetterError> + Send + 'static,
) -> Result<Vec<u8>, Response> {
    match crate::threads::PRINTING.run(make).await {
        Ok(Ok(pdf)) => Ok(pdf),
        // What cannot be laid out is said as such, never as a database failure.
        Ok(Err(e)) => Err(cannot_print(ctx, &e, name, file)),
        Err(e) => Err(printing_stopped(ctx, e)),
    }
}

/// A letter to a person's file printed as a PDF: laid out on the printing threads, then
/// `handed_out` records it in the access log, and only then is it answered (not handed out
/// if the log cannot be written). Its pages: what could not be laid out, printing stopped,
/// the log not written.
pub async fn letter_pdf<E: crate::handlers::Failure>(
    ctx: &Ctx,
    person: guichet_domain::ids::PersonId,
    (letter, name): (guichet_letters::Letter, String),
    file_name: &str,
    handed_out: impl std::future::Future<Output = Result<(), E>>,
) -> Response {
    let back = Some(format!("/persons/{person}"));
    let pdf = match lay_out(ctx, &name, back, move || guichet_letters::render(&[letter])).await {
        Ok(pdf) => pdf,
        Err(page) => return page,
    };
    if let Err(e) = handed_out.await {
        return crate::handlers::unavailable(ctx, e);
    }
    crate::views::pdf_response(pdf, file_name)
}

/// Lays out a batch of letters on the printing threads; the letters that cannot be laid
/// out are set aside in the outcome. Printing stopped: its page.
#[allow(clippy::result_large_err)]
pub async fn lay_out_batch(
    ctx: &Ctx,
    letters: Vec<guichet_letters::Letter>,
) -> Result<guichet_letters::BatchOutcome, Response> {
    match crate::threads::PRINTING
        .run(move || guichet_letters::render_batch(&letters))
        .await
    {
        Ok(Ok(o)) => Ok(o),
        Ok(Err(e)) => Err(printing_stopped(ctx, e)),
        Err(e) => Err(printing_stopped(ctx, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_survive_the_round_trip_through_the_database() {
        let e = LetterError::Uncovered {
            index: 3,
            field: Field::Recipient,
            chars: vec!['王', '🦀'],
        };
        let s = set_aside_of(&e);
        assert_eq!(s.reason, "uncovered");
        assert_eq!(s.detail, "recipient:王🦀");
        assert_eq!(
            set_aside_of(&LetterError::AddressTooLong { index: 0 }).reason,
            "address-too-long"
        );
        assert_eq!(
            chars_in_words(&["王".chars().next().unwrap()]),
            "王 (U+738B)"
        );
        assert_eq!(field_of("recipient"), Field::Recipient);
    }
}
