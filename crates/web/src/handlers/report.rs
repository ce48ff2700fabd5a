//! The person's rights: the printed report "what do you know about me?" in the person's
//! own language, the JSON export of the same data, and erasure with its legal exceptions.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, SignedIn, Staff};
use crate::forms::{value, Errors};
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::privacy::{self, HandedOut, Section};
use guichet_domain::ids::PersonId;
use guichet_store::anonymise::Blockers;

#[derive(Template)]
#[template(path = "person_report.html")]
struct ReportTpl {
    p: Page,
    person_id: PersonId,
    org: String,
    printed_lang: &'static str,
    title: String,
    known: Vec<String>,
    sections: Vec<Section>,
}

/// `/persons/{id}/report`: the printable easy-read report, in the person's language.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let Ok(pid) = id.parse::<PersonId>() else {
        return not_found(&ctx);
    };
    let report = match privacy::report(&state.desk(), &me.actor, pid).await {
        Ok(r) => r,
        Err(e) => return unavailable(&ctx, e),
    };
    let tpl = ReportTpl {
        p: Page::new(&ctx, "report-page-title"),
        person_id: pid,
        org: report.organisation,
        printed_lang: report.language.code(),
        title: report.title,
        known: report.known,
        sections: report.sections,
    };
    render(StatusCode::OK, &tpl)
}

/// `/persons/{id}/export.json`: the same data as JSON ([`guichet_store::report`]).
pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let Ok(pid) = id.parse::<PersonId>() else {
        return not_found(&ctx);
    };
    let body = match privacy::export(&state.desk(), &me.actor, pid).await {
        Ok(r) => match serde_json::to_string_pretty(&r) {
            Ok(b) => b,
            Err(e) => return unavailable(&ctx, e),
        },
        Err(e) => return unavailable(&ctx, e),
    };
    (
        StatusCode::OK,
        [
            (
                header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"person-{pid}.json\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

// ---------- erasure ----------

#[derive(Template)]
#[template(path = "person_erase.html")]
struct EraseTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    name: String,
    blocked: Vec<String>,
    already: bool,
    reason: String,
    confirm: String,
    word: String,
}

fn erase_page(
    ctx: &Ctx,
    person_id: PersonId,
    name: String,
    b: &Blockers,
    errors: Errors,
    reason: String,
    confirm: String,
) -> Response {
    let mut blocked = Vec::new();
    if b.open_requests > 0 {
        blocked.push(
            ctx.tr
                .tn("erase-blocked-requests", "count", b.open_requests),
        );
    }
    if b.future_appointments > 0 {
        blocked.push(
            ctx.tr
                .tn("erase-blocked-appointments", "count", b.future_appointments),
        );
    }
    let status = if !errors.is_empty() {
        errors.status()
    } else {
        StatusCode::OK
    };
    let tpl = EraseTpl {
        p: Page::new(ctx, "erase-title").with_errors(&errors),
        errors,
        person_id,
        name,
        blocked,
        already: b.already_anonymised,
        reason,
        confirm,
        word: ctx.t("erase-word"),
    };
    render(status, &tpl)
}

async fn erase_context(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    id: &str,
) -> Result<(PersonId, String, Blockers), Response> {
    let d = super::person_file(state, ctx, me, id).await?;
    let pid = d.summary.id;
    match privacy::erasure_blockers(&state.desk(), &me.actor, pid).await {
        Ok(b) => {
            let name = d.summary.full_name();
            let name = if name.is_empty() {
                ctx.t("retention-anonymised-title")
            } else {
                name
            };
            Ok((pid, name, b))
        }
        Err(e) => Err(unavailable(ctx, e)),
    }
}

pub async fn erase_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    match erase_context(&state, &ctx, &me, &id).await {
        Ok((pid, name, b)) => erase_page(
            &ctx,
            pid,
            name,
            &b,
            Errors::default(),
            String::new(),
            String::new(),
        ),
        Err(r) => r,
    }
}

pub async fn erase(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (pid, name, b) = match erase_context(&state, &ctx, &me, &id).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let reason = value(&body, "reason");
    let confirm = value(&body, "confirm");
    let mut errors = Errors::default();
    if !b.none() {
        // The explanation is on the page; the form is not shown.
        errors.push("erase-blocked", ctx.t("erase-refused"));
        return erase_page(&ctx, pid, name, &b, errors, reason, confirm);
    }
    if reason.trim().is_empty() {
        errors.push("reason", ctx.t("erase-reason-missing"));
    }
    if !confirm.trim().eq_ignore_ascii_case(&ctx.t("erase-word")) {
        errors.push("confirm", ctx.t("erase-confirm-wrong"));
    }
    if !errors.is_empty() {
        return erase_page(&ctx, pid, name, &b, errors, reason, confirm);
    }
    match privacy::erase(&state.desk(), &me.actor, pid, &reason).await {
        Ok(Ok(())) => {
            tracing::info!("a file was erased at the person's request");
            Redirect::to(&format!("/persons/{pid}?erased=1")).into_response()
        }
        Ok(Err(b)) => {
            errors.push("erase-blocked", ctx.t("erase-refused"));
            erase_page(&ctx, pid, name, &b, errors, reason, confirm)
        }
        Err(e) => unavailable(&ctx, e),
    }
}

/// `/persons/{id}/report-pdf`: the same report as a PDF letter for a window envelope
/// (easy-read), to hand over or to post to the person's address.
pub async fn pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let Ok(pid) = id.parse::<PersonId>() else {
        return not_found(&ctx);
    };
    let desk = state.desk();
    let letter = match privacy::report_letter(&desk, &me.actor, pid).await {
        Ok(v) => v,
        Err(e) => return unavailable(&ctx, e),
    };
    // Logged once it is printed; not handed out if the log cannot be written.
    crate::printing::letter_pdf(
        &ctx,
        pid,
        letter,
        &format!("report-{pid}.pdf"),
        privacy::handed_out(&desk, &me.actor, pid, HandedOut::Report),
    )
    .await
}

#[cfg(test)]
mod tests {
    use guichet_store::access_log::Action;

    /// Every `what` the web layer can write for a page of a person's file — each route of
    /// the table under `/persons/{id}`, `/requests/{id}`, `/appointments/{id}`, through
    /// [`super::super::logged_as`] — and those written directly (the report, the export,
    /// erasure, break-glass, a letter of the paper tray) has words in the report. A new
    /// route that shows a person's data fails here until its phrase is written.
    #[test]
    fn every_access_the_web_layer_logs_has_plain_words_in_the_report() {
        let mut logged: Vec<(String, String)> = crate::routes::table()
            .iter()
            .filter(|r| {
                ["/persons/{id}", "/requests/{id}", "/appointments/{id}"]
                    .iter()
                    .any(|p| r.path.starts_with(p))
            })
            .map(|r| {
                let (action, what) =
                    super::super::logged_as(&r.path.replace("{id}", "7").replace("{mid}", "3"));
                (action.code().to_owned(), what)
            })
            .collect();
        assert!(logged.len() > 20, "the route table was walked");
        for (action, what) in [
            (Action::Print, "report"),
            (Action::Export, "export"),
            (Action::Erase, "erase"),
            (Action::BreakGlass, "person"),
            (Action::BreakGlass, "search"),
            (Action::Print, "letter 12"),
            (Action::Print, "mandate 3"),
            (Action::Read, "mandate-scan 3"),
        ] {
            logged.push((action.code().to_owned(), what.to_owned()));
        }
        let missing: Vec<_> = logged
            .iter()
            .filter(|(a, w)| guichet_desk::privacy::seen_key(a, w).is_none())
            .collect();
        assert!(missing.is_empty(), "no words in the report for {missing:?}");
    }
}
