//! Message templates: the coordinator's editor (list, edit with a preview on sample
//! data, readability meter, SMS length) and the texts used where messages are queued
//! (the organisation's edited version, else the shipped one). No person data here:
//! the preview uses fictional sample values only.

use super::requests::{date_in_words, walkin_in_words};
use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::i18n::Tr;
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use guichet_domain::org::WEEKDAYS;
use guichet_domain::{readability, sms, Lang};
use guichet_outputs::templates::{
    self as tpl, Field, Key, Kind, Language, Problem, TemplateError, Text, Values, Variant,
};
use guichet_store::org::Site;
use guichet_store::persons::PersonDetails;
use guichet_store::{templates as store, Db, StoreError};
use serde::Deserialize;

// ---------- words ----------

pub fn kind_key(k: Kind) -> &'static str {
    match k {
        Kind::Acknowledgement => "tpl-kind-acknowledgement",
        Kind::AppointmentConfirmation => "tpl-kind-appointment-confirmation",
        Kind::AppointmentReminder => "tpl-kind-appointment-reminder",
        Kind::FridgeCard => "tpl-kind-fridge-card",
        Kind::OrientationSlip => "tpl-kind-orientation-slip",
    }
}

pub fn variant_key(v: Variant) -> &'static str {
    match v {
        Variant::Standard => "tpl-variant-standard",
        Variant::EasyRead => "tpl-variant-easy-read",
        Variant::Sms => "tpl-variant-sms",
    }
}

pub fn language_key(l: Language) -> &'static str {
    match l {
        Language::Fr => "language-fr",
        Language::Nl => "language-nl",
        Language::En => "language-en",
        Language::De => "language-de",
    }
}

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

/// The language a person's messages are written in (German too; French by default).
pub fn message_language(d: &PersonDetails) -> Language {
    Language::parse(d.contact.language.code()).unwrap_or(Language::Fr)
}

/// The interface language used for the words guichet fills in (dates, days): German
/// has none, its words come from `guichet_outputs::templates`.
fn words_lang(l: Language) -> Lang {
    l.readability().unwrap_or(Lang::Fr)
}

// ---------- the text in force, filled in ----------

/// The organisation's edited text for `key`, else the shipped one; `true` when edited.
pub async fn in_force(db: &Db, key: Key) -> Result<(Text, bool), StoreError> {
    let edited = store::get(db, key.kind.code(), key.variant.code(), key.language.code()).await?;
    Ok(match edited {
        Some(e) => (
            Text {
                subject: e.subject,
                body: e.body,
            },
            true,
        ),
        None => (tpl::shipped(key).text, false),
    })
}

/// The message for `key` filled in with `values`. An edited text that no longer renders
/// (it was checked when saved) falls back to the shipped one, which is tested.
pub async fn compose(db: &Db, key: Key, values: &Values) -> Result<Text, StoreError> {
    let (text, edited) = in_force(db, key).await?;
    match tpl::render(key.kind, &text, values) {
        Ok(t) => Ok(t),
        Err(e) => {
            if edited {
                tracing::warn!(
                    kind = key.kind.code(),
                    variant = key.variant.code(),
                    language = key.language.code(),
                    line = e.line,
                    "edited template failed, shipped text used"
                );
            }
            Ok(tpl::render(key.kind, &tpl::shipped(key).text, values).unwrap_or(text))
        }
    }
}

/// The easy-read or standard variant, as the person wants it.
pub fn written_variant(d: &PersonDetails) -> Variant {
    if d.contact.wants_easy_read() {
        Variant::EasyRead
    } else {
        Variant::Standard
    }
}

fn date_words(tr: &Tr, l: Language, d: NaiveDate) -> String {
    match l {
        Language::De => tpl::date_in_words_de(d),
        _ => date_in_words(tr, d),
    }
}

fn walk_in_words(tr: &Tr, l: Language, site: &Site) -> String {
    match l {
        Language::De => WEEKDAYS
            .iter()
            .enumerate()
            .filter(|(_, d)| !site.walkin_hours.day(**d).is_closed())
            .map(|(i, d)| format!("{} {}", tpl::weekday_de(i), site.walkin_hours.day(*d)))
            .collect::<Vec<_>>()
            .join(super::requests::list_separator(l.code())),
        _ => walkin_in_words(tr, site),
    }
}

fn site_address(site: &Site) -> String {
    format!(
        "{}, {} {}",
        site.street,
        site.postcode.get(),
        site.municipality
    )
}

fn values(pairs: Vec<(&str, String)>) -> Values {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

/// What an acknowledgement says, in the message's language.
pub struct AckFacts<'a> {
    pub name: &'a str,
    pub topic: &'a str,
    pub service: &'a str,
    pub promised_on: NaiveDate,
    pub site: &'a Site,
    pub organisation: &'a str,
    /// The request's reference, "2026-0042".
    pub reference: &'a str,
}

pub fn acknowledgement_values(state: &AppState, l: Language, f: &AckFacts) -> Values {
    let tr = Tr::new(words_lang(l), state.i18n.clone());
    values(vec![
        ("name", f.name.to_owned()),
        ("topic", f.topic.to_owned()),
        ("service", f.service.to_owned()),
        ("promised_date", date_words(&tr, l, f.promised_on)),
        (
            "promised_date_short",
            f.promised_on.format("%d/%m/%Y").to_string(),
        ),
        ("phone", f.site.phone.display()),
        ("walk_in_hours", walk_in_words(&tr, l, f.site)),
        ("address", site_address(f.site)),
        ("organisation", f.organisation.to_owned()),
        ("reference", f.reference.to_owned()),
    ])
}

/// What an appointment message says, in the message's language.
pub fn appointment_values(
    state: &AppState,
    l: Language,
    name: &str,
    a: &guichet_store::appointments::AppointmentView,
    site: &Site,
    organisation: &str,
) -> Values {
    use guichet_store::appointments::Place;
    let tr = Tr::new(words_lang(l), state.i18n.clone());
    let start = chrono::DateTime::from_timestamp(a.starts_at, 0)
        .map(guichet_domain::clock::brussels)
        .unwrap_or_default();
    let place = match a.place {
        Place::Site(_) => format!("{}, {}", site.name_in(l.code()), site_address(site)),
        Place::Phone => tpl::place_by_phone(l).to_owned(),
        Place::Home => tpl::place_at_home(l).to_owned(),
    };
    values(vec![
        ("name", name.to_owned()),
        ("day", date_words(&tr, l, start.date())),
        ("day_short", start.format("%d/%m/%Y").to_string()),
        ("time", start.format("%H:%M").to_string()),
        ("place", place),
        ("with", a.worker_name.clone()),
        ("room", a.room.clone()),
        ("what_to_bring", a.what_to_bring.clone()),
        ("phone", site.phone.display()),
        ("organisation", organisation.to_owned()),
    ])
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
