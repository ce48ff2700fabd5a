//! Referrals (journey J5): from a person's file, orient them to a service of the directory
//! with their consent and a minimal packet; the receiving team's queue, where each
//! referral is opened (in the access log) and accepted or refused with a reason.

use super::{not_found, person_file, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::referrals::{self, Choice, Incoming, Offer};
use guichet_desk::DeskError;
use guichet_domain::ids::PersonId;
use guichet_store::access_log::{self, Action};
use guichet_store::referrals::{Referral, Status};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ListingQuery {
    listing: Option<i64>,
}

#[derive(Deserialize)]
pub struct ReferralQuery {
    referral: Option<i64>,
}

#[derive(Template)]
#[template(path = "referral_new.html")]
struct NewTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    offer: Offer,
    choice: Choice,
    consent: bool,
}

fn new_page(
    ctx: &Ctx,
    person_id: PersonId,
    offer: Offer,
    choice: Choice,
    consent: bool,
    errors: Errors,
) -> Response {
    let status = errors.status();
    let mut p = Page::new(ctx, "ref-new-title").with_errors(&errors);
    p.title = ctx.tr.t1("ref-new-of", "service", &offer.listing.name);
    render(
        status,
        &NewTpl {
            p,
            errors,
            person_id,
            offer,
            choice,
            consent,
        },
    )
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    Query(q): Query<ListingQuery>,
) -> Response {
    let d = match person_file(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let Some(listing) = q.listing else {
        return Redirect::to(&format!("/services?for={}", d.summary.id)).into_response();
    };
    match referrals::offer(&state.desk(), &me.actor, d.summary.id, listing).await {
        Ok(offer) => {
            let choice = Choice {
                name: true,
                phone: offer.phones.first().cloned(),
                email: None,
                language: true,
                need: String::new(),
                by_email: false,
            };
            new_page(&ctx, d.summary.id, offer, choice, false, Errors::default())
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

pub async fn send(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let d = match person_file(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let person = d.summary.id;
    // No service chosen (a form sent from elsewhere): choose one in the directory.
    let Ok(listing) = value(&body, "listing").parse::<i64>() else {
        return Redirect::to(&format!("/services?for={person}")).into_response();
    };
    let some = |v: String| Some(v).filter(|v| !v.is_empty());
    let choice = Choice {
        name: value(&body, "share_name") == "yes",
        phone: some(value(&body, "phone")),
        email: some(value(&body, "email")),
        language: value(&body, "share_language") == "yes",
        need: value(&body, "need").chars().take(2000).collect(),
        by_email: value(&body, "by_email") == "yes",
    };
    let consent = value(&body, "consent") == "yes";
    let mut errors = Errors::default();
    if choice.need.trim().is_empty() {
        errors.push("need", ctx.t("ref-need-missing"));
    }
    if !consent {
        errors.push("consent", ctx.t("ref-consent-missing"));
    }
    if !errors.is_empty() {
        return match referrals::offer(&state.desk(), &me.actor, person, listing).await {
            Ok(offer) => new_page(&ctx, person, offer, choice, consent, errors),
            Err(DeskError::NotFound) => not_found(&ctx),
            Err(e) => unavailable(&ctx, e),
        };
    }
    match referrals::send(
        &state.desk(),
        &me.actor,
        person,
        listing,
        &choice,
        ctx.lang(),
    )
    .await
    {
        Ok(_) => Redirect::to(&format!("/persons/{person}#referrals")).into_response(),
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// A referral as the queue and its page show it.
pub struct IncomingView {
    pub id: i64,
    pub service: String,
    pub from_team: String,
    pub waiting: String,
    pub remind: bool,
    pub status: String,
    pub open: bool,
}

fn status_words(ctx: &Ctx, r: &Referral) -> String {
    match r.status {
        Status::Sent => ctx.t("ref-status-sent"),
        Status::Accepted => ctx.t("ref-status-accepted"),
        Status::Refused => ctx.tr.t1(
            "ref-status-refused",
            "reason",
            r.reason.clone().unwrap_or_default(),
        ),
        Status::Expired => ctx.t("ref-status-expired"),
    }
}

fn incoming_view(ctx: &Ctx, i: &Incoming) -> IncomingView {
    IncomingView {
        id: i.referral.id,
        service: i.referral.service_name.clone(),
        from_team: i.referral.from_team_name.clone(),
        waiting: ctx.tr.tn("ref-waiting-days", "days", i.days_waiting),
        remind: i.remind,
        status: status_words(ctx, &i.referral),
        open: i.referral.status == Status::Sent,
    }
}

#[derive(Template)]
#[template(path = "referrals.html")]
struct QueueTpl {
    p: Page,
    items: Vec<IncomingView>,
}

/// The referrals addressed to the signed-in worker's teams. No person data on this list:
/// each referral is opened on its own page, which the access log records.
pub async fn queue(State(state): State<AppState>, ctx: Ctx, Staff(me): Staff) -> Response {
    match referrals::incoming(&state.desk(), &me.actor).await {
        Ok(list) => render(
            StatusCode::OK,
            &QueueTpl {
                p: Page::new(&ctx, "ref-queue-title"),
                items: list.iter().map(|i| incoming_view(&ctx, i)).collect(),
            },
        ),
        Err(e) => unavailable(&ctx, e),
    }
}

#[derive(Template)]
#[template(path = "referral.html")]
struct OneTpl {
    p: Page,
    errors: Errors,
    r: Referral,
    view: IncomingView,
    reason: String,
}

async fn one(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    id: i64,
) -> Result<Incoming, Response> {
    let list = referrals::incoming(&state.desk(), &me.actor)
        .await
        .map_err(|e| unavailable(ctx, e))?;
    let found = list
        .into_iter()
        .find(|i| i.referral.id == id)
        .ok_or_else(|| not_found(ctx))?;
    access_log::record(
        &state.db,
        me.actor.user_id,
        PersonId::new(found.referral.person_id),
        Action::Read,
        &format!("referral {id}"),
        "",
        state.now(),
    )
    .await
    .map_err(|e| unavailable(ctx, e))?;
    Ok(found)
}

fn one_page(ctx: &Ctx, i: Incoming, reason: String, errors: Errors) -> Response {
    let status = errors.status();
    let view = incoming_view(ctx, &i);
    let mut p = Page::new(ctx, "ref-one-title").with_errors(&errors);
    p.title = ctx.tr.t1("ref-one-of", "service", &i.referral.service_name);
    render(
        status,
        &OneTpl {
            p,
            errors,
            r: i.referral,
            view,
            reason,
        },
    )
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<i64>,
) -> Response {
    match one(&state, &ctx, &me, id).await {
        Ok(i) => one_page(&ctx, i, String::new(), Errors::default()),
        Err(r) => r,
    }
}

pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<i64>,
    body: Bytes,
) -> Response {
    let decision = value(&body, "decision");
    let reason: String = value(&body, "reason").chars().take(1000).collect();
    let accept = match decision.as_str() {
        "accept" => true,
        "refuse" => false,
        _ => {
            let mut errors = Errors::default();
            errors.push("decision", ctx.t("ref-decision-missing"));
            return match one(&state, &ctx, &me, id).await {
                Ok(i) => one_page(&ctx, i, reason, errors),
                Err(r) => r,
            };
        }
    };
    if !accept && reason.trim().is_empty() {
        let mut errors = Errors::default();
        errors.push("reason", ctx.t("ref-reason-missing"));
        return match one(&state, &ctx, &me, id).await {
            Ok(i) => one_page(&ctx, i, reason, errors),
            Err(r) => r,
        };
    }
    match referrals::answer(&state.desk(), &me.actor, id, accept, Some(&reason)).await {
        Ok(_) => Redirect::to("/referrals").into_response(),
        Err(DeskError::Changed) => {
            let mut errors = Errors::default();
            errors.push("decision", ctx.t("ref-already-answered"));
            match one(&state, &ctx, &me, id).await {
                Ok(i) => one_page(&ctx, i, reason, errors),
                Err(r) => r,
            }
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// `/persons/{id}/slip?listing=N`: the orientation slip for this person, as a PDF letter
/// in their language and the way they read best; in the access log once laid out.
pub async fn slip_pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    Query(q): Query<ListingQuery>,
) -> Response {
    let Ok(pid) = id.parse::<PersonId>() else {
        return not_found(&ctx);
    };
    let Some(listing) = q.listing else {
        // No service chosen: the file's page says nothing of it, the directory chooses.
        if let Err(r) = person_file(&state, &ctx, &me, &id).await {
            return r;
        }
        return Redirect::to(&format!("/services?for={pid}")).into_response();
    };
    let desk = state.desk();
    let letter = match guichet_desk::directory::slip_letter(&desk, &me.actor, pid, listing).await {
        Ok(v) => v,
        Err(DeskError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    crate::printing::letter_pdf(
        &ctx,
        pid,
        letter,
        &format!("slip-{listing}.pdf"),
        guichet_desk::directory::slip_printed(&desk, &me.actor, pid, listing),
    )
    .await
}

/// `/persons/{id}/referral-letter?referral=N`: a referral to a service outside guichet, as
/// a letter to hand over or post to it, in the worker's language; in the access log once
/// laid out.
pub async fn letter_pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    Query(q): Query<ReferralQuery>,
) -> Response {
    let Ok(pid) = id.parse::<PersonId>() else {
        return not_found(&ctx);
    };
    let Some(referral) = q.referral else {
        if let Err(r) = person_file(&state, &ctx, &me, &id).await {
            return r;
        }
        return Redirect::to(&format!("/persons/{pid}#referrals")).into_response();
    };
    let desk = state.desk();
    let letter = match referrals::letter(&desk, &me.actor, pid, referral, ctx.lang()).await {
        Ok(v) => v,
        Err(DeskError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    crate::printing::letter_pdf(
        &ctx,
        pid,
        letter,
        &format!("referral-{referral}.pdf"),
        referrals::letter_printed(&desk, &me.actor, pid, referral),
    )
    .await
}

// ---------- the organisation's delays ----------

#[derive(Template)]
#[template(path = "settings_referrals.html")]
struct DelaysTpl {
    p: Page,
    errors: Errors,
    expire: String,
    remind: String,
    notice: String,
}

#[derive(Deserialize)]
pub struct SavedQuery {
    saved: Option<String>,
}

fn delays_page(
    ctx: &Ctx,
    expire: String,
    remind: String,
    errors: Errors,
    notice: String,
) -> Response {
    let status = errors.status();
    let tpl = DelaysTpl {
        p: Page::new(ctx, "ref-delays-title").with_errors(&errors),
        errors,
        expire,
        remind,
        notice,
    };
    render(status, &tpl)
}

pub async fn delays_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<SavedQuery>,
) -> Response {
    match referrals::delays(&state.desk()).await {
        Ok(d) => {
            let notice = if q.saved.is_some() {
                ctx.t("ref-delays-saved")
            } else {
                String::new()
            };
            delays_page(
                &ctx,
                d.expire_days.to_string(),
                d.remind_days.to_string(),
                Errors::default(),
                notice,
            )
        }
        Err(e) => unavailable(&ctx, e),
    }
}

fn delay_error(ctx: &Ctx, e: referrals::DelayError) -> String {
    match e {
        referrals::DelayError::NotWholeDays => ctx.t("ref-delays-not-days"),
        referrals::DelayError::OutOfRange { min, max } => ctx.tr.tn2(
            "ref-delays-range",
            ("min", i64::from(min)),
            ("max", i64::from(max)),
        ),
    }
}

pub async fn delays_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let (expire, remind) = (value(&body, "expire"), value(&body, "remind"));
    match referrals::Delays::parse(&expire, &remind) {
        Ok(d) => match referrals::set_delays(&state.desk(), &me.actor, d).await {
            Ok(()) => {
                tracing::info!(
                    expire_days = d.expire_days,
                    remind_days = d.remind_days,
                    "referral delays changed"
                );
                Redirect::to("/settings/referrals?saved=1").into_response()
            }
            Err(e) => unavailable(&ctx, e),
        },
        Err((e, r)) => {
            let mut errors = Errors::default();
            if let Some(e) = e {
                errors.push("expire", delay_error(&ctx, e));
            }
            if let Some(r) = r {
                errors.push("remind", delay_error(&ctx, r));
            }
            delays_page(&ctx, expire, remind, errors, String::new())
        }
    }
}
