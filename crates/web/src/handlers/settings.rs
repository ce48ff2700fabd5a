//! Coordinator settings: each service's promised response times, and the topics the
//! organisation adds to the shared vocabulary. Nothing here reads person data.

use super::{not_found, unavailable};
use crate::ctx::Ctx;
use crate::forms::{value, Errors};
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_domain::ids::ServiceId;
use guichet_domain::matching::normalise;
use guichet_domain::request::{ResponseTimes, ResponseTimesError, Urgency};
use guichet_domain::topics::{CustomTopic, MAX_LABEL_CHARS};
use guichet_store::org;
use guichet_store::{requests, topics, StoreError};
use serde::Deserialize;

// ---------- response times ----------

pub struct TimesRow {
    pub id: ServiceId,
    pub name: String,
    pub site: String,
    pub times: ResponseTimes,
}

/// The three values as typed, kept whole when they come back with mistakes.
#[derive(Default)]
struct TimesForm {
    urgent: String,
    normal: String,
    can_wait: String,
}

#[derive(Template)]
#[template(path = "settings_response_times.html")]
struct TimesTpl {
    p: Page,
    errors: Errors,
    rows: Vec<TimesRow>,
    /// The service whose times the form changes, if there is any service.
    editing: Option<(ServiceId, String)>,
    f: TimesForm,
    notice: String,
}

#[derive(Deserialize)]
pub struct TimesQuery {
    service: Option<String>,
    saved: Option<String>,
}

async fn times_rows(state: &AppState) -> Result<Vec<TimesRow>, StoreError> {
    let mut rows = Vec::new();
    for s in org::list_services(&state.db).await? {
        rows.push(TimesRow {
            times: requests::response_times(&state.db, s.id).await?,
            id: s.id,
            name: s.name,
            site: s.site_name,
        });
    }
    Ok(rows)
}

fn service_label(s: &TimesRow) -> String {
    format!("{} — {}", s.name, s.site)
}

fn times_page(
    ctx: &Ctx,
    rows: Vec<TimesRow>,
    editing: Option<ServiceId>,
    f: Option<TimesForm>,
    errors: Errors,
    notice: String,
) -> Response {
    let chosen = editing
        .and_then(|id| rows.iter().find(|r| r.id == id))
        .or(rows.first());
    let f = f.unwrap_or_else(|| {
        chosen
            .map(|r| TimesForm {
                urgent: r.times.urgent.to_string(),
                normal: r.times.normal.to_string(),
                can_wait: r.times.can_wait.to_string(),
            })
            .unwrap_or_default()
    });
    let editing = chosen.map(|r| (r.id, service_label(r)));
    let status = errors.status();
    let tpl = TimesTpl {
        p: Page::new(ctx, "settings-times-title").with_errors(&errors),
        errors,
        rows,
        editing,
        f,
        notice,
    };
    render(status, &tpl)
}

pub async fn response_times(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<TimesQuery>,
) -> Response {
    let rows = match times_rows(&state).await {
        Ok(r) => r,
        Err(e) => return unavailable(&ctx, e),
    };
    let editing = q.service.and_then(|s| s.parse::<ServiceId>().ok());
    let notice = q
        .saved
        .and_then(|s| s.parse::<ServiceId>().ok())
        .and_then(|id| rows.iter().find(|r| r.id == id))
        .map(|r| {
            ctx.tr
                .t1("settings-times-saved", "service", service_label(r))
        })
        .unwrap_or_default();
    times_page(&ctx, rows, editing, None, Errors::default(), notice)
}

fn times_error(ctx: &Ctx, e: ResponseTimesError, errors: &mut Errors) {
    match e {
        ResponseTimesError::NotADayCount(u) => {
            let field = match u {
                Urgency::Urgent => "urgent",
                Urgency::Normal => "normal",
                Urgency::CanWait => "can_wait",
            };
            let label = ctx.t(crate::present::urgency_key(u));
            errors.push(
                field,
                ctx.tr.t1("settings-times-not-a-number", "urgency", label),
            );
        }
        ResponseTimesError::UrgentLongerThanNormal => {
            errors.push("urgent", ctx.t("settings-times-urgent-longer"))
        }
        ResponseTimesError::NormalLongerThanCanWait => {
            errors.push("normal", ctx.t("settings-times-normal-longer"))
        }
    }
}

pub async fn save_response_times(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> Response {
    let rows = match times_rows(&state).await {
        Ok(r) => r,
        Err(e) => return unavailable(&ctx, e),
    };
    let Some(service) = value(&body, "service")
        .parse::<ServiceId>()
        .ok()
        .filter(|id| rows.iter().any(|r| r.id == *id))
    else {
        // No service chosen: back to the list, nothing saved.
        return Redirect::to("/settings/response-times").into_response();
    };
    let f = TimesForm {
        urgent: value(&body, "urgent"),
        normal: value(&body, "normal"),
        can_wait: value(&body, "can_wait"),
    };
    match ResponseTimes::parse(&f.urgent, &f.normal, &f.can_wait) {
        Ok(times) => match requests::set_response_times(&state.db, service, times).await {
            Ok(()) => {
                tracing::info!(service = service.get(), "response times changed");
                Redirect::to(&format!(
                    "/settings/response-times?service={service}&saved={service}"
                ))
                .into_response()
            }
            Err(e) => unavailable(&ctx, e),
        },
        Err(list) => {
            let mut errors = Errors::default();
            for e in list {
                times_error(&ctx, e, &mut errors);
            }
            times_page(&ctx, rows, Some(service), Some(f), errors, String::new())
        }
    }
}

// ---------- the organisation's topics ----------

pub struct TopicRow {
    pub code: String,
    pub label: String,
    pub fr: String,
    pub nl: String,
    pub en: String,
    pub archived: bool,
}

#[derive(Default)]
struct TopicForm {
    label_fr: String,
    label_nl: String,
    label_en: String,
}

#[derive(Template)]
#[template(path = "settings_topics.html")]
struct TopicsTpl {
    p: Page,
    errors: Errors,
    rows: Vec<TopicRow>,
    f: TopicForm,
    notice: String,
}

#[derive(Deserialize)]
pub struct TopicsQuery {
    done: Option<String>,
}

fn topics_page(
    ctx: &Ctx,
    list: &[CustomTopic],
    f: TopicForm,
    errors: Errors,
    notice: String,
) -> Response {
    let rows = list
        .iter()
        .map(|t| TopicRow {
            code: t.code.clone(),
            label: t.label(ctx.lang()).to_owned(),
            fr: t.fr.clone(),
            nl: t.nl.clone(),
            en: t.en.clone(),
            archived: t.archived,
        })
        .collect();
    let status = errors.status();
    let tpl = TopicsTpl {
        p: Page::new(ctx, "settings-topics-title").with_errors(&errors),
        errors,
        rows,
        f,
        notice,
    };
    render(status, &tpl)
}

pub async fn topics(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<TopicsQuery>,
) -> Response {
    let list = match topics::list(&state.db).await {
        Ok(l) => l,
        Err(e) => return unavailable(&ctx, e),
    };
    let notice = match q.done.as_deref() {
        Some("added") => ctx.t("settings-topics-added"),
        Some("archived") => ctx.t("settings-topics-archived"),
        Some("restored") => ctx.t("settings-topics-restored"),
        _ => String::new(),
    };
    topics_page(&ctx, &list, TopicForm::default(), Errors::default(), notice)
}

pub async fn add_topic(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> Response {
    let list = match topics::list(&state.db).await {
        Ok(l) => l,
        Err(e) => return unavailable(&ctx, e),
    };
    let f = TopicForm {
        label_fr: value(&body, "label_fr"),
        label_nl: value(&body, "label_nl"),
        label_en: value(&body, "label_en"),
    };
    let mut errors = Errors::default();
    let fields = [
        ("label_fr", &f.label_fr),
        ("label_nl", &f.label_nl),
        ("label_en", &f.label_en),
    ];
    if fields.iter().all(|(_, v)| v.trim().is_empty()) {
        errors.push("label_fr", ctx.t("settings-topics-label-missing"));
    }
    for (id, v) in fields {
        if v.trim().chars().count() > MAX_LABEL_CHARS {
            errors.push(id, ctx.t("settings-topics-label-long"));
        } else if !v.trim().is_empty() {
            let same = list.iter().find(|t| {
                [&t.fr, &t.nl, &t.en]
                    .iter()
                    .any(|l| !l.trim().is_empty() && normalise(l) == normalise(v))
            });
            if let Some(t) = same {
                let key = if t.archived {
                    "settings-topics-exists-archived"
                } else {
                    "settings-topics-exists"
                };
                errors.push(id, ctx.tr.t1(key, "topic", t.label(ctx.lang())));
            }
        }
    }
    if !errors.is_empty() {
        return topics_page(&ctx, &list, f, errors, String::new());
    }
    match topics::add(
        &state.db,
        &f.label_fr,
        &f.label_nl,
        &f.label_en,
        state.now(),
    )
    .await
    {
        Ok(_) => Redirect::to("/settings/topics?done=added").into_response(),
        Err(e) => unavailable(&ctx, e),
    }
}

pub async fn archive_topic(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> Response {
    let archive = value(&body, "archived") == "1";
    if value(&body, "code").is_empty() {
        return Redirect::to("/settings/topics").into_response();
    }
    match topics::set_archived(&state.db, &value(&body, "code"), archive).await {
        Ok(()) if archive => Redirect::to("/settings/topics?done=archived").into_response(),
        Ok(()) => Redirect::to("/settings/topics?done=restored").into_response(),
        Err(StoreError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}
