//! Importing listings into the directory (coordinators and administrators): upload the
//! files of a source, read the report (every bad record with its file and line), then
//! choose to import the valid records — all of them in one transaction — or to discard.
//! Applying a large source runs in the background; its page refreshes itself (an HTTP
//! `Refresh` header, no JavaScript) until it is done.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::Errors;
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::directory::{self, Format};
use guichet_desk::DeskError;
use guichet_store::directory_imports::{PendingImport, Status};

/// The most bytes one import may upload (all its files together).
pub const MAX_UPLOAD: usize = 64 * 1024 * 1024;

fn format_choices(ctx: &Ctx, selected: &str) -> Vec<Choice> {
    Format::ALL
        .iter()
        .map(|f| Choice {
            value: f.code().into(),
            label: ctx.t(match f {
                Format::HsdsJson => "imp-format-hsds-json",
                Format::HsdsCsv => "imp-format-hsds-csv",
                Format::DataInclusion => "imp-format-data-inclusion",
            }),
            checked: selected == f.code(),
        })
        .collect()
}

pub struct ImportLine {
    pub id: i64,
    pub source: String,
    pub when: String,
    pub status: String,
}

fn status_words(ctx: &Ctx, i: &PendingImport) -> String {
    match i.status {
        Status::Checked => ctx.t("imp-status-checked"),
        Status::Applied => ctx.tr.t2(
            "imp-status-applied",
            ("added", i.added.unwrap_or(0)),
            ("updated", i.updated.unwrap_or(0)),
        ),
        Status::Failed => ctx.t("imp-status-failed"),
        Status::Discarded => ctx.t("imp-status-discarded"),
    }
}

fn when(ctx: &Ctx, at: i64) -> String {
    chrono::DateTime::from_timestamp(at, 0)
        .map(|t| {
            let local = guichet_domain::clock::brussels(t);
            format!(
                "{} {}",
                guichet_words::date_in_words(&ctx.tr, local.date()),
                guichet_words::short_time(local.time())
            )
        })
        .unwrap_or_default()
}

#[derive(Template)]
#[template(path = "directory_imports.html")]
struct ListTpl {
    p: Page,
    errors: Errors,
    source: String,
    formats: Vec<Choice>,
    recent: Vec<ImportLine>,
}

fn list_page(
    ctx: &Ctx,
    recent: &[PendingImport],
    source: String,
    format: &str,
    errors: Errors,
) -> Response {
    let status = errors.status();
    render(
        status,
        &ListTpl {
            p: Page::new(ctx, "imp-title").with_errors(&errors),
            errors,
            source,
            formats: format_choices(ctx, format),
            recent: recent
                .iter()
                .map(|i| ImportLine {
                    id: i.id,
                    source: i.source.clone(),
                    when: when(ctx, i.created_at),
                    status: status_words(ctx, i),
                })
                .collect(),
        },
    )
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Staff(me): Staff) -> Response {
    match directory::recent_imports(&state.desk(), &me.actor).await {
        Ok(recent) => list_page(&ctx, &recent, String::new(), "", Errors::default()),
        Err(e) => unavailable(&ctx, e),
    }
}

/// Reads the uploaded files and shows the report; nothing is applied.
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    mut form: Multipart,
) -> Response {
    let (mut source, mut format, mut files) = (String::new(), String::new(), Vec::new());
    let mut too_big = false;
    loop {
        let field = match form.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(_) => {
                too_big = true;
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let Ok(bytes) = field.bytes().await else {
            too_big = true;
            break;
        };
        match (name.as_str(), file_name) {
            ("files", Some(f)) if !f.is_empty() => files.push((f, bytes.to_vec())),
            ("source", _) => {
                source = String::from_utf8_lossy(&bytes)
                    .trim()
                    .chars()
                    .take(120)
                    .collect()
            }
            ("format", _) => format = String::from_utf8_lossy(&bytes).into_owned(),
            _ => {}
        }
    }
    let mut errors = Errors::default();
    if too_big {
        errors.push("files", ctx.t("imp-too-big"));
    }
    if source.is_empty() {
        errors.push("source", ctx.t("imp-source-missing"));
    }
    let chosen = Format::parse(&format);
    if chosen.is_none() {
        errors.push("format", ctx.t("imp-format-missing"));
    }
    if files.is_empty() && !too_big {
        errors.push("files", ctx.t("imp-files-missing"));
    }
    let Some(chosen) = chosen.filter(|_| errors.is_empty()) else {
        return match directory::recent_imports(&state.desk(), &me.actor).await {
            Ok(recent) => list_page(&ctx, &recent, source, &format, errors),
            Err(e) => unavailable(&ctx, e),
        };
    };
    match directory::check_import(&state.desk(), &me.actor, &source, chosen, files).await {
        Ok(id) => Redirect::to(&format!("/directory/imports/{id}")).into_response(),
        Err(e) => unavailable(&ctx, e),
    }
}

pub struct ProblemLine {
    pub file: String,
    pub line: String,
    pub place: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "directory_import.html")]
struct OneTpl {
    p: Page,
    errors: Errors,
    i: PendingImport,
    status: String,
    total: usize,
    problems: Vec<ProblemLine>,
    /// (done, total) while it is being applied.
    applying: Option<(usize, usize)>,
}

fn one_page(state: &AppState, ctx: &Ctx, i: PendingImport, errors: Errors) -> Response {
    let applying = state
        .import_progress
        .lock()
        .ok()
        .and_then(|m| m.get(&i.id).copied());
    let mut p = Page::new(ctx, "imp-one-title").with_errors(&errors);
    p.title = ctx.tr.t1("imp-one-of", "source", &i.source);
    let status = errors.status();
    let tpl = OneTpl {
        p,
        errors,
        status: status_words(ctx, &i),
        total: i.counts.total(),
        problems: i
            .problems
            .iter()
            .map(|p| ProblemLine {
                file: p.file.clone(),
                line: p.line.map(|l| l.to_string()).unwrap_or_default(),
                place: p.place.clone(),
                message: p.message.clone(),
            })
            .collect(),
        i,
        applying,
    };
    let mut response = render(status, &tpl);
    if applying.is_some() {
        response
            .headers_mut()
            .insert(header::REFRESH, HeaderValue::from_static("2"));
    }
    response
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<i64>,
) -> Response {
    match directory::import(&state.desk(), &me.actor, id).await {
        Ok(i) => one_page(&state, &ctx, i, Errors::default()),
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// Starts applying the valid records in the background and shows the page that follows it.
pub async fn apply(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<i64>,
) -> Response {
    let i = match directory::import(&state.desk(), &me.actor, id).await {
        Ok(i) => i,
        Err(DeskError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    let running = state
        .import_progress
        .lock()
        .map(|m| m.contains_key(&id))
        .unwrap_or(true);
    if i.status != Status::Checked || running {
        let mut errors = Errors::default();
        errors.push("apply", ctx.t("imp-already"));
        return one_page(&state, &ctx, i, errors);
    }
    if let Ok(mut m) = state.import_progress.lock() {
        m.insert(id, (0, i.counts.total()));
    }
    let desk = state.desk();
    let actor = me.actor.clone();
    let map = state.import_progress.clone();
    tokio::spawn(async move {
        let report = |done: usize, total: usize| {
            if let Ok(mut m) = map.lock() {
                m.insert(id, (done, total));
            }
        };
        if let Err(e) = directory::apply_import(&desk, &actor, id, &report).await {
            tracing::warn!(import = id, error = %e, "directory import not applied");
        }
        if let Ok(mut m) = map.lock() {
            m.remove(&id);
        }
    });
    Redirect::to(&format!("/directory/imports/{id}")).into_response()
}

pub async fn discard(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<i64>,
) -> Response {
    match directory::discard_import(&state.desk(), &me.actor, id).await {
        Ok(()) => Redirect::to(&format!("/directory/imports/{id}")).into_response(),
        Err(DeskError::Changed) => match directory::import(&state.desk(), &me.actor, id).await {
            Ok(i) => {
                let mut errors = Errors::default();
                errors.push("apply", ctx.t("imp-already"));
                one_page(&state, &ctx, i, errors)
            }
            Err(e) => unavailable(&ctx, e),
        },
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}
