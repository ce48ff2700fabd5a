//! Break-glass (opening a file with a reason) and the DPO's view of the access log.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use guichet_domain::clock::brussels;
use guichet_domain::ids::PersonId;
use guichet_store::access_log::{self, Action, LogFilter};
use guichet_store::{break_glass, StoreError};
use serde::Deserialize;

/// How many entries the DPO pages show at once.
const DPO_PAGE: i64 = 200;

#[derive(Template)]
#[template(path = "break_glass.html")]
struct BreakGlassTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    reason: String,
}

/// The form never says whether the person exists nor who they are: it only repeats
/// the number typed in the address.
fn form_page(ctx: &Ctx, person_id: PersonId, reason: String, errors: Errors) -> Response {
    let status = errors.status();
    let tpl = BreakGlassTpl {
        p: Page::new(ctx, "break-glass-title").with_errors(&errors),
        errors,
        person_id,
        reason,
    };
    render(status, &tpl)
}

pub async fn break_glass_form(ctx: Ctx, Staff(me): Staff, Path(id): Path<String>) -> Response {
    let Ok(id) = id.parse::<PersonId>() else {
        return not_found(&ctx);
    };
    if !me.actor.may_break_glass() {
        return not_found(&ctx);
    }
    form_page(&ctx, id, String::new(), Errors::default())
}

pub async fn break_glass_open(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(id) = id.parse::<PersonId>() else {
        return not_found(&ctx);
    };
    if !me.actor.may_break_glass() {
        return not_found(&ctx);
    }
    let reason = value(&body, "reason");
    let mut errors = Errors::default();
    let typed = crate::fields::break_glass_reason(&ctx, &mut errors, &reason);
    if !errors.is_empty() {
        return form_page(&ctx, id, reason, errors);
    }
    match break_glass::open(&state.db, &me.actor, id, &typed, state.now()).await {
        Ok(_) => Redirect::to(&format!("/persons/{id}")).into_response(),
        Err(StoreError::NotFound | StoreError::Forbidden) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// "mardi 3 mars 2026 14:05", in Brussels time.
fn when(ctx: &Ctx, at: i64) -> String {
    let local = chrono::DateTime::from_timestamp(at, 0)
        .map(brussels)
        .unwrap_or_default();
    format!(
        "{} {}",
        crate::present::date_in_words(&ctx.tr, local.date()),
        local.format("%H:%M")
    )
}

fn action_key(code: &str) -> &'static str {
    match Action::parse(code) {
        Some(Action::Read) => "access-action-read",
        Some(Action::Print) => "access-action-print",
        Some(Action::Export) => "access-action-export",
        Some(Action::BreakGlass) => "access-action-break-glass",
        Some(Action::Erase) => "access-action-erase",
        None => "access-action-other",
    }
}

pub struct LogLine {
    pub when: String,
    pub who: String,
    pub person: PersonId,
    pub action: String,
    pub what: String,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "dpo_access_log.html")]
struct AccessLogTpl {
    p: Page,
    errors: Errors,
    person: String,
    actions: Vec<Choice>,
    lines: Vec<LogLine>,
}

#[derive(Deserialize)]
pub struct LogQuery {
    person: Option<String>,
    action: Option<String>,
}

/// The latest entries of the access log, filtered by file number and by action.
/// Entries name who and which file (number only); no figures per worker.
pub async fn access_log_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<LogQuery>,
) -> Response {
    let person = q.person.unwrap_or_default().trim().to_owned();
    let action_code = q.action.unwrap_or_default();
    let mut errors = Errors::default();
    let mut filter = LogFilter {
        person: None,
        action: Action::parse(&action_code),
    };
    if !person.is_empty() {
        match person.parse::<PersonId>() {
            Ok(p) => filter.person = Some(p),
            Err(_) => errors.push("person", ctx.t("access-log-person-invalid")),
        }
    }
    let entries = if errors.is_empty() {
        match access_log::list(&state.db, &me.actor, &filter, DPO_PAGE).await {
            Ok(e) => e,
            Err(StoreError::Forbidden) => return not_found(&ctx),
            Err(e) => return unavailable(&ctx, e),
        }
    } else {
        Vec::new()
    };
    let lines = entries
        .into_iter()
        .map(|e| LogLine {
            when: when(&ctx, e.at),
            who: if e.user_name.is_empty() {
                ctx.t("access-log-account-gone")
            } else {
                e.user_name
            },
            person: e.person,
            action: ctx.t(action_key(&e.action)),
            what: e.what,
            reason: e.reason,
        })
        .collect();
    let mut actions = vec![Choice {
        value: String::new(),
        label: ctx.t("access-log-action-all"),
        checked: filter.action.is_none(),
    }];
    actions.extend(Action::ALL.into_iter().map(|a| Choice {
        value: a.code().into(),
        label: ctx.t(action_key(a.code())),
        checked: filter.action == Some(a),
    }));
    let status = errors.status();
    let tpl = AccessLogTpl {
        p: Page::new(&ctx, "access-log-title").with_errors(&errors),
        errors,
        person,
        actions,
        lines,
    };
    render(status, &tpl)
}

pub struct OpenedLine {
    pub opened: String,
    pub until: String,
    pub who: String,
    pub person: PersonId,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "dpo_break_glass.html")]
struct BreakGlassListTpl {
    p: Page,
    lines: Vec<OpenedLine>,
    /// Whether the desk is told that a similar file exists in another team.
    tell_similar: Vec<Choice>,
    saved: bool,
}

#[derive(Deserialize)]
pub struct SavedQuery {
    saved: Option<String>,
}

/// The DPO's choice: tell the desk (a count only) when a person being registered may
/// already have a file in another team.
pub async fn similar_files_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let tell = value(&body, "tell_similar") != "no";
    match guichet_store::persons::set_tells_similar_files(&state.db, &me.actor, tell).await {
        Ok(()) => Redirect::to("/dpo/break-glass?saved=1").into_response(),
        Err(StoreError::Forbidden) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// Every file opened with a reason, newest first, with the reason.
pub async fn break_glass_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(sq): Query<SavedQuery>,
) -> Response {
    let opened = match break_glass::list(&state.db, &me.actor, DPO_PAGE).await {
        Ok(o) => o,
        Err(StoreError::Forbidden) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    let tell = match guichet_store::persons::tells_similar_files(&state.db).await {
        Ok(t) => t,
        Err(e) => return unavailable(&ctx, e),
    };
    let tell_similar = [
        ("yes", "similar-files-tell"),
        ("no", "similar-files-silent"),
    ]
    .iter()
    .map(|(v, k)| Choice {
        value: (*v).to_owned(),
        label: ctx.t(k),
        checked: (*v == "yes") == tell,
    })
    .collect();
    let lines = opened
        .into_iter()
        .map(|o| OpenedLine {
            opened: when(&ctx, o.opened_at),
            until: when(&ctx, o.expires_at),
            who: if o.user_name.is_empty() {
                ctx.t("access-log-account-gone")
            } else {
                o.user_name
            },
            person: o.person,
            reason: o.reason,
        })
        .collect();
    let tpl = BreakGlassListTpl {
        p: Page::new(&ctx, "break-glass-list-title"),
        lines,
        tell_similar,
        saved: sq.saved.is_some(),
    };
    render(StatusCode::OK, &tpl)
}
