//! The DPO's retention page: how long each kind of record is kept, what a purge would do
//! now (counts and file numbers, never names), and the history of purges.

use super::unavailable;
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use guichet_domain::clock::brussels;
use guichet_domain::retention::{parse_months, MonthsError, RetentionKind};
use guichet_store::retention::{self, PurgePlan, PurgeSummary};
use guichet_store::StoreError;
use serde::Deserialize;

/// One rule on the form, with the value as typed.
pub struct RuleRow {
    pub field: &'static str,
    pub label_key: &'static str,
    pub hint_key: &'static str,
    pub value: String,
}

pub struct RunLine {
    pub when: String,
    pub dry_run: bool,
    pub summary: String,
}

#[derive(Template)]
#[template(path = "dpo_retention.html")]
struct RetentionTpl {
    p: Page,
    errors: Errors,
    rows: Vec<RuleRow>,
    preview: Vec<String>,
    runs: Vec<RunLine>,
    notice: String,
}

#[derive(Deserialize)]
pub struct RetentionQuery {
    saved: Option<String>,
}

fn forbidden(ctx: &Ctx) -> Response {
    crate::views::error_page(ctx, StatusCode::FORBIDDEN, "error-forbidden")
}

fn keys(kind: RetentionKind) -> (&'static str, &'static str) {
    match kind {
        RetentionKind::ClosedFiles => ("retention-closed-files", "retention-closed-files-hint"),
        RetentionKind::AccessLog => ("retention-access-log", "retention-access-log-hint"),
        RetentionKind::SentMessages => ("retention-sent-messages", "retention-sent-messages-hint"),
        RetentionKind::WalkInLabels => {
            ("retention-walk-in-labels", "retention-walk-in-labels-hint")
        }
        RetentionKind::ReferralPackets => (
            "retention-referral-packets",
            "retention-referral-packets-hint",
        ),
    }
}

fn when(at: i64) -> String {
    chrono::DateTime::from_timestamp(at, 0)
        .map(brussels)
        .unwrap_or_default()
        .format("%d/%m/%Y %H:%M")
        .to_string()
}

/// The counts in plain words, one sentence per kind.
fn in_words(ctx: &Ctx, s: &PurgeSummary, would: bool) -> Vec<String> {
    let tr = &ctx.tr;
    if would {
        vec![
            tr.tn("retention-would-files", "count", s.files),
            tr.tn("retention-would-log", "count", s.access_log),
            tr.tn("retention-would-messages", "count", s.sent_messages),
            tr.tn("retention-would-walk-ins", "count", s.walk_in_labels),
            tr.tn("retention-would-packets", "count", s.referral_packets),
        ]
    } else {
        vec![
            tr.tn("retention-did-files", "count", s.files),
            tr.tn("retention-did-log", "count", s.access_log),
            tr.tn("retention-did-messages", "count", s.sent_messages),
            tr.tn("retention-did-walk-ins", "count", s.walk_in_labels),
            tr.tn("retention-did-packets", "count", s.referral_packets),
        ]
    }
}

fn preview_lines(ctx: &Ctx, plan: &PurgePlan) -> Vec<String> {
    let mut lines = in_words(ctx, &plan.summary(), true);
    if !plan.files.is_empty() {
        let ids: Vec<String> = plan.files.iter().map(ToString::to_string).collect();
        lines[0] = format!(
            "{} {}",
            lines[0],
            ctx.tr.t1("retention-file-numbers", "ids", ids.join(", "))
        );
    }
    lines
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    me: &Staff,
    typed: Option<Vec<(RetentionKind, String)>>,
    errors: Errors,
    notice: String,
) -> Response {
    let rules = match retention::rules(&state.db).await {
        Ok(r) => r,
        Err(e) => return unavailable(ctx, e),
    };
    let plan = match retention::plan(&state.db, state.now()).await {
        Ok(p) => p,
        Err(e) => return unavailable(ctx, e),
    };
    let runs = match retention::history(&state.db, &me.0.actor, 20).await {
        Ok(r) => r,
        Err(StoreError::Forbidden) => return forbidden(ctx),
        Err(e) => return unavailable(ctx, e),
    };
    let rows = rules
        .iter()
        .map(|r| {
            let (label_key, hint_key) = keys(r.kind);
            let value = typed
                .as_ref()
                .and_then(|t| t.iter().find(|(k, _)| *k == r.kind))
                .map(|(_, v)| v.clone())
                .unwrap_or_else(|| r.months.to_string());
            RuleRow {
                field: r.kind.code(),
                label_key,
                hint_key,
                value,
            }
        })
        .collect();
    let runs = runs
        .iter()
        .map(|r| RunLine {
            when: when(r.at),
            dry_run: r.dry_run,
            summary: in_words(ctx, &r.summary, r.dry_run).join(" "),
        })
        .collect();
    let status = errors.status();
    let tpl = RetentionTpl {
        p: Page::new(ctx, "retention-title").with_errors(&errors),
        errors,
        rows,
        preview: preview_lines(ctx, &plan),
        runs,
        notice,
    };
    render(status, &tpl)
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Staff,
    Query(q): Query<RetentionQuery>,
) -> Response {
    let notice = if q.saved.is_some() {
        ctx.t("retention-saved")
    } else {
        String::new()
    };
    page(&state, &ctx, &me, None, Errors::default(), notice).await
}

pub async fn save(State(state): State<AppState>, ctx: Ctx, me: Staff, body: Bytes) -> Response {
    let typed: Vec<(RetentionKind, String)> = RetentionKind::ALL
        .into_iter()
        .map(|k| (k, value(&body, k.code())))
        .collect();
    let mut errors = Errors::default();
    let mut chosen = Vec::new();
    for (kind, v) in &typed {
        match parse_months(*kind, v) {
            Ok(m) => chosen.push((*kind, m)),
            Err(e) => {
                let (label_key, _) = keys(*kind);
                let what = ctx.t(label_key);
                let message = match e {
                    MonthsError::NotWholeMonths => {
                        ctx.tr.t1("retention-error-not-months", "what", what)
                    }
                    MonthsError::TooShort { min } => ctx.tr.t2(
                        "retention-error-too-short",
                        ("what", what),
                        ("count", min.to_string()),
                    ),
                    MonthsError::TooLong { max } => ctx.tr.t2(
                        "retention-error-too-long",
                        ("what", what),
                        ("count", max.to_string()),
                    ),
                };
                errors.push(kind.code(), message);
            }
        }
    }
    if !errors.is_empty() {
        return page(&state, &ctx, &me, Some(typed), errors, String::new()).await;
    }
    for (kind, months) in chosen {
        match retention::set_rule(&state.db, &me.0.actor, kind, months, state.now()).await {
            Ok(()) => {}
            Err(StoreError::Forbidden) => return forbidden(&ctx),
            Err(e) => return unavailable(&ctx, e),
        }
    }
    tracing::info!("retention rules changed");
    Redirect::to("/dpo/retention?saved=1").into_response()
}
