//! Message templates: the coordinator's editor (list, edit with a preview on sample
//! data, readability meter, SMS length) and the texts used where messages are queued
//! (the organisation's edited version, else the shipped one). No person data here:
//! the preview uses fictional sample values only.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::present::{kind_key, language_key, variant_key};
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::messages::in_force;
use guichet_domain::{readability, sms};
use guichet_outputs::templates::{self as tpl, Field, Key, Problem, TemplateError, Text, Variant};
use guichet_store::templates as store;
use serde::Deserialize;

// ---------- words ----------

fn variable_key(name: &str) -> &'static str {
    match name {
        "name" => "tpl-var-name",
        "topic" => "tpl-var-topic",
        "service" => "tpl-var-service",
        "promised_date" => "tpl-var-promised-date",
        "promised_date_short" => "tpl-var-promised-date-short",
        "phone" => "tpl-var-phone",
        "walk_in_hours" => "tpl-var-walk-in-hours",
        "address" => "tpl-var-address",
        "organisation" => "tpl-var-organisation",
        "day" => "tpl-var-day",
        "day_short" => "tpl-var-day-short",
        "time" => "tpl-var-time",
        "place" => "tpl-var-place",
        "with" => "tpl-var-with",
        "room" => "tpl-var-room",
        "what_to_bring" => "tpl-var-what-to-bring",
        "service_name" => "tpl-var-service-name",
        "service_address" => "tpl-var-service-address",
        "service_hours" => "tpl-var-service-hours",
        "reference" => "tpl-var-reference",
        _ => "tpl-var-service-phone",
    }
}

fn band_key(b: readability::Band) -> &'static str {
    match b {
        readability::Band::Easy => "tpl-band-easy",
        readability::Band::FairlyEasy => "tpl-band-fairly-easy",
        readability::Band::Standard => "tpl-band-standard",
        readability::Band::Difficult => "tpl-band-difficult",
    }
}

// ---------- the list ----------

pub struct ListRow {
    pub id: usize,
    pub kind: String,
    pub variant: String,
    pub language: String,
    pub state: String,
    pub band: String,
}

#[derive(Template)]
#[template(path = "templates.html")]
struct ListTpl {
    p: Page,
    rows: Vec<ListRow>,
}

/// The band of a text in words, or the SMS count for an SMS.
fn measure_words(ctx: &Ctx, key: Key, rendered: &Text) -> String {
    if key.variant == Variant::Sms {
        let l = sms::length(&rendered.body);
        return ctx.tr.tn("tpl-sms-count", "count", l.segments as i64);
    }
    match key
        .language
        .readability()
        .and_then(|lang| readability::score(lang, &rendered.body))
    {
        Some(s) => ctx.t(band_key(s.band)),
        None => ctx.t("tpl-band-none"),
    }
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Response {
    let edited = match store::list(&state.db).await {
        Ok(e) => e,
        Err(e) => return unavailable(&ctx, e),
    };
    let rows = Key::all()
        .into_iter()
        .enumerate()
        .map(|(id, key)| {
            let mine = edited.iter().find(|e| {
                e.kind == key.kind.code()
                    && e.variant == key.variant.code()
                    && e.language == key.language.code()
            });
            let shipped = tpl::shipped(key);
            let (text, state_key) = match mine {
                Some(e) => (
                    Text {
                        subject: e.subject.clone(),
                        body: e.body.clone(),
                    },
                    "tpl-state-edited",
                ),
                None if shipped.fallback_from.is_some() => (shipped.text, "tpl-state-fallback"),
                None => (shipped.text, "tpl-state-shipped"),
            };
            let band = tpl::render(key.kind, &text, &tpl::sample(key.kind, key.language))
                .map(|r| measure_words(&ctx, key, &r))
                .unwrap_or_default();
            ListRow {
                id,
                kind: ctx.t(kind_key(key.kind)),
                variant: ctx.t(variant_key(key.variant)),
                language: ctx.t(language_key(key.language)),
                state: ctx.t(state_key),
                band,
            }
        })
        .collect();
    render(
        StatusCode::OK,
        &ListTpl {
            p: Page::new(&ctx, "tpl-list-title"),
            rows,
        },
    )
}

// ---------- the editor ----------

pub struct VariableRow {
    pub name: String,
    pub meaning: String,
}

pub struct Meter {
    pub band: String,
    pub score: String,
    pub sentences: i64,
    pub words: i64,
}

pub struct SmsInfo {
    pub summary: String,
    pub left: i64,
}

#[derive(Template)]
#[template(path = "templates_edit.html")]
struct EditTpl {
    p: Page,
    errors: Errors,
    id: usize,
    heading: String,
    notice: String,
    state: String,
    is_sms: bool,
    subject: String,
    body: String,
    variables: Vec<VariableRow>,
    preview_subject: String,
    preview_lines: Vec<String>,
    previewed: bool,
    meter: Option<Meter>,
    no_formula: bool,
    sms: Option<SmsInfo>,
}

#[derive(Deserialize)]
pub struct EditQuery {
    done: Option<String>,
}

fn key_of(id: &str) -> Option<Key> {
    id.parse::<usize>().ok().and_then(Key::from_index)
}

/// Builds the edit page; the preview (and its meter) is shown when the text renders.
fn edit_page(
    ctx: &Ctx,
    key: Key,
    text: Text,
    state: String,
    notice: String,
    errors: Errors,
) -> Response {
    let id = key.index();
    let heading = ctx.tr.t2(
        "tpl-edit-heading",
        ("kind", ctx.t(kind_key(key.kind))),
        (
            "variant",
            format!(
                "{} — {}",
                ctx.t(variant_key(key.variant)),
                ctx.t(language_key(key.language))
            ),
        ),
    );
    let variables = key
        .kind
        .variables()
        .iter()
        .map(|v| VariableRow {
            name: format!("{{{{ {v} }}}}"),
            meaning: ctx.t(variable_key(v)),
        })
        .collect();
    let rendered = if errors.is_empty() {
        tpl::render(key.kind, &text, &tpl::sample(key.kind, key.language)).ok()
    } else {
        None
    };
    let meter = rendered.as_ref().and_then(|r| {
        if key.variant == Variant::Sms {
            return None;
        }
        let lang = key.language.readability()?;
        let s = readability::score(lang, &r.body)?;
        Some(Meter {
            band: ctx.t(band_key(s.band)),
            score: format!("{:.0}", s.value),
            sentences: s.counts.sentences as i64,
            words: s.counts.words as i64,
        })
    });
    let sms_info = rendered.as_ref().and_then(|r| {
        if key.variant != Variant::Sms {
            return None;
        }
        let l = sms::length(&r.body);
        let count = ctx.tr.tn("tpl-sms-count", "count", l.segments as i64);
        let summary = match sms::first_non_gsm7(&r.body) {
            Some(c) => ctx.tr.t2(
                "tpl-sms-because",
                ("count", count),
                ("character", c.to_string()),
            ),
            None => ctx.tr.t1("tpl-sms-plain", "count", count),
        };
        Some(SmsInfo {
            summary,
            left: l.chars_left_in_segment as i64,
        })
    });
    let status = errors.status();
    let tpl = EditTpl {
        p: Page::new(ctx, "tpl-edit-title").with_errors(&errors),
        errors,
        id,
        heading,
        notice,
        state,
        is_sms: key.variant == Variant::Sms,
        no_formula: key.variant != Variant::Sms && key.language.readability().is_none(),
        previewed: rendered.is_some(),
        preview_subject: rendered
            .as_ref()
            .map(|r| r.subject.clone())
            .unwrap_or_default(),
        preview_lines: rendered
            .as_ref()
            .map(|r| r.body.lines().map(str::to_owned).collect())
            .unwrap_or_default(),
        subject: text.subject,
        body: text.body,
        variables,
        meter,
        sms: sms_info,
    };
    render(status, &tpl)
}

fn state_words(ctx: &Ctx, key: Key, edited: bool) -> String {
    if edited {
        ctx.t("tpl-state-edited")
    } else if tpl::shipped(key).fallback_from.is_some() {
        ctx.t("tpl-state-fallback-long")
    } else {
        ctx.t("tpl-state-shipped")
    }
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<EditQuery>,
) -> Response {
    let Some(key) = key_of(&id) else {
        return not_found(&ctx);
    };
    let (text, edited) = match in_force(&state.db, key).await {
        Ok(v) => v,
        Err(e) => return unavailable(&ctx, e),
    };
    let notice = match q.done.as_deref() {
        Some("saved") => ctx.t("tpl-saved"),
        Some("reset") => ctx.t("tpl-reset-done"),
        _ => String::new(),
    };
    let words = state_words(&ctx, key, edited);
    edit_page(&ctx, key, text, words, notice, Errors::default())
}

fn error_words(ctx: &Ctx, e: &TemplateError) -> String {
    let line = e.line.to_string();
    let what = match &e.problem {
        Problem::UnknownVariable(v) => ctx.tr.t2("tpl-error-unknown", ("name", v), ("line", &line)),
        Problem::Syntax(detail) => {
            ctx.tr
                .t2("tpl-error-syntax", ("line", &line), ("detail", detail))
        }
        Problem::TooMuchWork => ctx.tr.t1("tpl-error-too-much", "line", &line),
        Problem::Other(detail) => ctx
            .tr
            .t2("tpl-error-other", ("line", &line), ("detail", detail)),
    };
    match e.field {
        Field::Subject => ctx.tr.t1("tpl-error-in-subject", "problem", what),
        Field::Body => what,
    }
}

pub async fn post(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Some(key) = key_of(&id) else {
        return not_found(&ctx);
    };
    let (kind, variant, language) = (key.kind.code(), key.variant.code(), key.language.code());
    let action = value(&body, "action");
    if action == "reset" {
        return match store::reset(&state.db, kind, variant, language).await {
            Ok(()) => Redirect::to(&format!("/settings/templates/{id}?done=reset")).into_response(),
            Err(e) => unavailable(&ctx, e),
        };
    }
    let text = Text {
        subject: if key.variant == Variant::Sms {
            String::new()
        } else {
            value(&body, "subject")
        },
        body: value(&body, "body").replace("\r\n", "\n"),
    };
    let mut errors = Errors::default();
    if text.body.trim().is_empty() {
        errors.push("body", ctx.t("tpl-error-empty"));
    } else if let Err(e) = tpl::render(key.kind, &text, &tpl::sample(key.kind, key.language)) {
        let field = match e.field {
            Field::Subject => "subject",
            Field::Body => "body",
        };
        errors.push(field, error_words(&ctx, &e));
    }
    let edited = match store::get(&state.db, kind, variant, language).await {
        Ok(e) => e.is_some(),
        Err(e) => return unavailable(&ctx, e),
    };
    let words = state_words(&ctx, key, edited);
    if !errors.is_empty() || action != "save" {
        let notice = if errors.is_empty() {
            ctx.t("tpl-preview-not-saved")
        } else {
            String::new()
        };
        return edit_page(&ctx, key, text, words, notice, errors);
    }
    match store::save(
        &state.db,
        kind,
        variant,
        language,
        text.subject.trim(),
        text.body.trim_end(),
        me.user.id,
        state.now(),
    )
    .await
    {
        Ok(()) => Redirect::to(&format!("/settings/templates/{id}?done=saved")).into_response(),
        Err(e) => unavailable(&ctx, e),
    }
}
