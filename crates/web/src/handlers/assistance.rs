//! Digital assistance (journey J4): the quick screen that records one act of help, for a
//! person of a file or for an anonymous walk-in (volunteers too). The rules — a mandate
//! for acts done for the person, no password or code in a note — live in the domain and
//! the desk; this module parses the form and renders what the desk says.

use super::{not_found, person_to_help, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{all_values, value, Errors};
use crate::views::{render, vocab_choices, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::assistance::{self as desk, Recording};
use guichet_desk::DeskError;
use guichet_domain::assistance::{
    ActError, ActForm, AgeBand, AnonymousError, Autonomy, Barrier, Equipment, Mode, Outcome,
    ServiceKind,
};
use guichet_domain::ids::PersonId;
use guichet_domain::mandate::Refusal;
use serde::Deserialize;

/// The screen as the template needs it.
#[derive(Template)]
#[template(path = "assistance_form.html")]
struct FormTpl {
    p: Page,
    errors: Errors,
    /// Where the form goes.
    action: String,
    /// The file, for an act for a person; `None` for an anonymous walk-in.
    person: Option<(PersonId, String)>,
    platforms: Vec<Choice>,
    modes: Vec<Choice>,
    minutes: String,
    outcomes: Vec<Choice>,
    barriers: Vec<Choice>,
    autonomy: Vec<Choice>,
    equipment: Vec<Choice>,
    redirects: Vec<Choice>,
    day: String,
    note: String,
    /// The note looked like a password or a code: the worker confirms or changes it.
    check_note: bool,
    ages: Vec<Choice>,
    postcode: String,
    language: String,
    /// Done for the person without a mandate: the plain explanation, and the link to
    /// prepare one.
    needs_mandate: Option<String>,
    notice: String,
    /// The directory listing the screen was opened from, kept in the form.
    listing: Option<i64>,
}

/// What was typed, kept whole when the form comes back.
#[derive(Default)]
struct Typed {
    form: ActForm,
    note: String,
    age: String,
    postcode: String,
    language: String,
    /// The directory listing the screen was opened from ("record help that sent the person
    /// there"), by its number; the service it names is looked up, never taken from the form.
    listing: Option<i64>,
}

/// A fresh screen: the most common answers already chosen (done with the person, done,
/// sent nowhere else), so that a usual act takes a platform, the minutes and the
/// person's autonomy.
fn fresh() -> Typed {
    Typed {
        form: ActForm {
            mode: "with".into(),
            outcome: "done".into(),
            redirect_kind: "nowhere".into(),
            ..Default::default()
        },
        ..Default::default()
    }
}

fn typed(body: &[u8]) -> Typed {
    Typed {
        form: ActForm {
            platform: value(body, "platform"),
            mode: value(body, "mode"),
            minutes: value(body, "minutes"),
            outcome: value(body, "outcome"),
            barriers: all_values(body, "barriers"),
            autonomy: value(body, "autonomy"),
            equipment: all_values(body, "equipment"),
            redirect_kind: value(body, "redirect"),
            redirect_service: String::new(),
            day: value(body, "day"),
        },
        note: value(body, "note").chars().take(4000).collect(),
        age: value(body, "age"),
        postcode: value(body, "postcode"),
        language: value(body, "language"),
        listing: value(body, "listing").parse().ok(),
    }
}

/// The listing a screen was opened from, with its name and its service's id.
async fn listing_named(state: &AppState, listing: Option<i64>) -> Option<(i64, String, String)> {
    let id = listing?;
    let d = guichet_desk::directory::listing(&state.desk(), id)
        .await
        .ok()?;
    Some((id, d.found.listing.name, d.found.listing.service_id))
}

/// Fills in the service a "sent to this service of the directory" act names.
async fn with_listing(state: &AppState, mut t: Typed) -> Typed {
    if t.form.redirect_kind == guichet_domain::assistance::REDIRECT_DIRECTORY {
        if let Some((_, _, service)) = listing_named(state, t.listing).await {
            t.form.redirect_service = service;
        }
    }
    t
}

#[allow(clippy::too_many_arguments)]
async fn page(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    person: Option<(PersonId, String)>,
    t: Typed,
    errors: Errors,
    check_note: bool,
    needs_mandate: Option<String>,
    notice: String,
) -> Response {
    let d = state.desk();
    let platforms = match desk::platforms(&d, ctx.lang()).await {
        Ok(p) => p,
        Err(e) => return unavailable(ctx, e),
    };
    let mut form = t.form;
    if form.platform.is_empty() {
        if let Ok(defaults) = desk::defaults(&d, &me.actor).await {
            form.platform = defaults.platform.unwrap_or_default();
            if form.day.is_empty() {
                form.day = defaults.today.format("%d/%m/%Y").to_string();
            }
        }
    }
    let one = |v: &str| vec![v.to_owned()];
    let mut redirects = vec![Choice {
        value: "nowhere".into(),
        label: ctx.t("act-redirect-nowhere"),
        checked: form.redirect_kind.is_empty() || form.redirect_kind == "nowhere",
    }];
    let listing = listing_named(state, t.listing).await;
    if let Some((_, name, _)) = &listing {
        redirects.push(Choice {
            value: guichet_domain::assistance::REDIRECT_DIRECTORY.into(),
            label: ctx.tr.t1("act-redirect-to", "service", name),
            checked: form.redirect_kind == guichet_domain::assistance::REDIRECT_DIRECTORY,
        });
    }
    redirects.extend(vocab_choices(
        ctx,
        &ServiceKind::ALL,
        ServiceKind::code,
        guichet_words::labels::service_kind_key,
        &one(&form.redirect_kind),
    ));
    let action = match &person {
        Some((id, _)) => format!("/persons/{id}/assistance/new"),
        None => "/assistance/new".into(),
    };
    let status = errors.status();
    let mut p = Page::new(ctx, "act-title").with_errors(&errors);
    if let Some((_, name)) = &person {
        p.title = ctx.tr.t1("act-title-for", "name", name);
    } else {
        p.title = ctx.t("act-title-anonymous");
    }
    let tpl = FormTpl {
        p,
        action,
        platforms: std::iter::once(Choice {
            value: String::new(),
            label: ctx.t("act-platform-choose"),
            checked: form.platform.is_empty(),
        })
        .chain(platforms.into_iter().map(|c| Choice {
            checked: c.code == form.platform,
            value: c.code,
            label: c.label,
        }))
        .collect(),
        modes: vocab_choices(
            ctx,
            &Mode::ALL,
            Mode::code,
            guichet_words::labels::mode_key,
            &one(&form.mode),
        ),
        minutes: form.minutes,
        outcomes: vocab_choices(
            ctx,
            &Outcome::ALL,
            Outcome::code,
            guichet_words::labels::outcome_key,
            &one(&form.outcome),
        ),
        barriers: vocab_choices(
            ctx,
            &Barrier::ALL,
            Barrier::code,
            guichet_words::labels::barrier_key,
            &form.barriers,
        ),
        autonomy: vocab_choices(
            ctx,
            &Autonomy::ALL,
            Autonomy::code,
            guichet_words::labels::autonomy_key,
            &one(&form.autonomy),
        ),
        equipment: vocab_choices(
            ctx,
            &Equipment::ALL,
            Equipment::code,
            guichet_words::labels::equipment_key,
            &form.equipment,
        ),
        redirects,
        day: form.day,
        note: t.note,
        check_note,
        ages: vocab_choices(
            ctx,
            &AgeBand::ALL,
            AgeBand::code,
            guichet_words::labels::age_key,
            &one(if t.age.is_empty() { "unknown" } else { &t.age }),
        ),
        postcode: t.postcode,
        language: t.language,
        needs_mandate,
        person,
        errors,
        notice,
        listing: listing.map(|(id, _, _)| id),
    };
    render(status, &tpl)
}

fn act_error(ctx: &Ctx, e: &ActError) -> String {
    let key = match e {
        ActError::PlatformRequired | ActError::UnknownPlatform => "act-error-platform",
        ActError::ModeRequired | ActError::UnknownMode => "act-error-mode",
        ActError::MinutesRequired | ActError::MinutesNotWhole => "act-error-minutes",
        ActError::MinutesOutOfRange { .. } => "act-error-minutes-range",
        ActError::OutcomeRequired | ActError::UnknownOutcome => "act-error-outcome",
        ActError::UnknownBarrier(_) => "act-error-barriers",
        ActError::AutonomyRequired | ActError::UnknownAutonomy => "act-error-autonomy",
        ActError::UnknownEquipment(_) => "act-error-equipment",
        ActError::NoEquipmentWithOther => "act-error-equipment-none",
        ActError::UnknownRedirect | ActError::ServiceRequired | ActError::ServiceIdInvalid => {
            "act-error-redirect"
        }
        ActError::NotADate => "act-error-day",
        ActError::DayInFuture => "act-error-day-future",
        ActError::DayTooOld { .. } => "act-error-day-old",
    };
    ctx.t(key)
}

/// The plain explanation of why an act for the person needs a mandate first.
fn refusal_words(ctx: &Ctx, area: guichet_domain::mandate::Area, r: &Refusal) -> String {
    let area = ctx.t(guichet_words::labels::area_key(area));
    let day = |d: &chrono::NaiveDate| guichet_words::date_in_words(&ctx.tr, *d);
    match r {
        Refusal::NoMandate => ctx.tr.t1("act-refused-none", "area", area),
        Refusal::AreaNotCovered => ctx.tr.t1("act-refused-area", "area", area),
        Refusal::NotYetValid { starts } => {
            ctx.tr
                .t2("act-refused-not-yet", ("area", area), ("date", day(starts)))
        }
        Refusal::Ended { on } => ctx
            .tr
            .t2("act-refused-ended", ("area", area), ("date", day(on))),
        Refusal::Revoked { on } => {
            ctx.tr
                .t2("act-refused-revoked", ("area", area), ("date", day(on)))
        }
    }
}

#[derive(Deserialize)]
pub struct DoneQuery {
    recorded: Option<String>,
    listing: Option<i64>,
}

#[derive(Deserialize)]
pub struct FromListing {
    listing: Option<i64>,
}

/// A fresh screen, sent to a service of the directory when opened from its listing.
fn fresh_from(listing: Option<i64>) -> Typed {
    let mut t = fresh();
    if listing.is_some() {
        t.listing = listing;
        t.form.redirect_kind = guichet_domain::assistance::REDIRECT_DIRECTORY.into();
    }
    t
}

pub async fn person_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    Query(from): Query<FromListing>,
) -> Response {
    let d = match person_to_help(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let person = Some((d.summary.id, d.summary.full_name()));
    page(
        &state,
        &ctx,
        &me,
        person,
        fresh_from(from.listing),
        Errors::default(),
        false,
        None,
        String::new(),
    )
    .await
}

/// The outcome of a submitted form: saved (back to where the worker goes next), or the
/// form again with what was typed and why.
#[allow(clippy::too_many_arguments)]
async fn outcome(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    person: Option<(PersonId, String)>,
    t: Typed,
    result: Result<Recording, DeskError>,
    done: String,
) -> Response {
    match result {
        Ok(Recording::Recorded { .. }) => Redirect::to(&done).into_response(),
        Ok(Recording::Invalid { act, anonymous }) => {
            let mut errors = Errors::default();
            for (f, e) in &act {
                errors.push_first(f.code(), act_error(ctx, e));
            }
            if let Some(e) = anonymous {
                let (f, key) = match e {
                    AnonymousError::AgeBand => ("age", "act-error-age"),
                    AnonymousError::Postcode => ("postcode", "act-error-postcode"),
                    AnonymousError::Language => ("language", "act-error-language"),
                };
                errors.push(f, ctx.t(key));
            }
            page(
                state,
                ctx,
                me,
                person,
                t,
                errors,
                false,
                None,
                String::new(),
            )
            .await
        }
        Ok(Recording::NeedsMandate { area, refusal }) => {
            let mut errors = Errors::default();
            let words = refusal_words(ctx, area, &refusal);
            errors.push("mode", words.clone());
            page(
                state,
                ctx,
                me,
                person,
                t,
                errors,
                false,
                Some(words),
                String::new(),
            )
            .await
        }
        Ok(Recording::CheckNote(_)) => {
            let mut errors = Errors::default();
            errors.push("note", ctx.t("act-note-looks-like-code"));
            page(state, ctx, me, person, t, errors, true, None, String::new()).await
        }
        Err(DeskError::NotFound) => not_found(ctx),
        Err(e) => unavailable(ctx, e),
    }
}

pub async fn person_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let d = match person_to_help(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let pid = d.summary.id;
    let t = with_listing(&state, typed(&body)).await;
    let checked = value(&body, "note_checked") == "yes";
    let result = desk::record_for(&state.desk(), &me.actor, pid, &t.form, &t.note, checked).await;
    let person = Some((pid, d.summary.full_name()));
    outcome(
        &state,
        &ctx,
        &me,
        person,
        t,
        result,
        format!("/persons/{pid}?act=recorded#assistance"),
    )
    .await
}

pub async fn anonymous_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<DoneQuery>,
) -> Response {
    if desk::anonymous_team(&me.actor).is_none() {
        return crate::views::error_page(
            &ctx,
            axum::http::StatusCode::FORBIDDEN,
            "error-forbidden",
        );
    }
    let notice = match (
        q.recorded,
        desk::anonymous_today(&state.desk(), &me.actor).await,
    ) {
        (Some(_), Ok(n)) => ctx.tr.tn("act-recorded-anonymous", "count", n),
        _ => String::new(),
    };
    page(
        &state,
        &ctx,
        &me,
        None,
        fresh_from(q.listing),
        Errors::default(),
        false,
        None,
        notice,
    )
    .await
}

pub async fn anonymous_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let t = with_listing(&state, typed(&body)).await;
    let result = desk::record_anonymous(
        &state.desk(),
        &me.actor,
        &t.form,
        &t.age,
        &t.postcode,
        &t.language,
    )
    .await;
    if matches!(result, Err(DeskError::NotAllowed)) {
        return crate::views::error_page(
            &ctx,
            axum::http::StatusCode::FORBIDDEN,
            "error-forbidden",
        );
    }
    outcome(
        &state,
        &ctx,
        &me,
        None,
        t,
        result,
        "/assistance/new?recorded=1".into(),
    )
    .await
}

// ---------- the organisation's platforms ----------

#[derive(Template)]
#[template(path = "settings_platforms.html")]
struct PlatformsTpl {
    p: Page,
    errors: Errors,
    /// `(label, area)` of every platform offered.
    list: Vec<(String, String)>,
    fr: String,
    nl: String,
    en: String,
    areas: Vec<Choice>,
    notice: String,
}

async fn platforms_page(
    state: &AppState,
    ctx: &Ctx,
    typed: (String, String, String, String),
    errors: Errors,
    notice: String,
) -> Response {
    let list = match desk::platforms(&state.desk(), ctx.lang()).await {
        Ok(l) => l
            .into_iter()
            .map(|p| (p.label, ctx.t(guichet_words::labels::area_key(p.area))))
            .collect(),
        Err(e) => return unavailable(ctx, e),
    };
    let (fr, nl, en, area) = typed;
    let mut areas = vec![Choice {
        value: String::new(),
        label: ctx.t("act-platform-choose"),
        checked: area.is_empty(),
    }];
    areas.extend(guichet_domain::mandate::Area::ALL.iter().map(|a| Choice {
        value: a.code().into(),
        label: ctx.t(guichet_words::labels::area_key(*a)),
        checked: a.code() == area,
    }));
    let status = errors.status();
    let tpl = PlatformsTpl {
        p: Page::new(ctx, "platforms-title").with_errors(&errors),
        errors,
        list,
        fr,
        nl,
        en,
        areas,
        notice,
    };
    render(status, &tpl)
}

#[derive(Deserialize)]
pub struct AddedQuery {
    added: Option<String>,
}

pub async fn platforms(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<AddedQuery>,
) -> Response {
    let notice = q
        .added
        .map(|name| ctx.tr.t1("platforms-added", "name", name))
        .unwrap_or_default();
    platforms_page(&state, &ctx, Default::default(), Errors::default(), notice).await
}

pub async fn add_platform(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let typed = (
        value(&body, "fr"),
        value(&body, "nl"),
        value(&body, "en"),
        value(&body, "area"),
    );
    match desk::add_platform(
        &state.desk(),
        &me.actor,
        (&typed.0, &typed.1, &typed.2),
        &typed.3,
    )
    .await
    {
        Ok(Ok(_)) => {
            let name: String = form_urlencoded::byte_serialize(typed.0.trim().as_bytes()).collect();
            Redirect::to(&format!("/settings/platforms?added={name}")).into_response()
        }
        Ok(Err(list)) => {
            let mut errors = Errors::default();
            for (field, e) in list {
                let key = match e {
                    desk::PlatformError::NameMissing => "platforms-error-name",
                    desk::PlatformError::NameTooLong => "platforms-error-long",
                    desk::PlatformError::AreaMissing => "platforms-error-area",
                    desk::PlatformError::Exists => "platforms-error-exists",
                };
                errors.push_first(field, ctx.t(key));
            }
            platforms_page(&state, &ctx, typed, errors, String::new()).await
        }
        Err(e) => unavailable(&ctx, e),
    }
}
