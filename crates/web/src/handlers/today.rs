//! The desk's day: today's appointments with "has arrived", and the people to call back.

use super::unavailable;
use crate::ctx::{Ctx, Staff};
use crate::forms::value;
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Duration, NaiveTime};
use guichet_domain::appointment::from_brussels;
use guichet_domain::clock::brussels;
use guichet_domain::ids::{AppointmentId, PersonId, TaskId};
use guichet_domain::org::PhoneNumber;
use guichet_store::appointments::{self, Place};
use guichet_store::{walk_ins, StoreError};
use serde::Deserialize;

pub struct Visit {
    pub id: AppointmentId,
    pub time: String,
    pub person: PersonId,
    pub name: String,
    pub worker: String,
    pub place: String,
    pub status: String,
    pub waiting: bool,
}

pub struct Call {
    pub id: TaskId,
    pub person: PersonId,
    pub name: String,
    pub phones: String,
    pub about: String,
}

pub struct Ticket {
    pub id: i64,
    pub ticket: i64,
    pub label: String,
    pub since: String,
    pub called: bool,
}

#[derive(Template)]
#[template(path = "today.html")]
struct TodayTpl {
    p: Page,
    date: String,
    visits: Vec<Visit>,
    calls: Vec<Call>,
    tickets: Vec<Ticket>,
    has_site: bool,
    given: Option<i64>,
}

#[derive(Deserialize)]
pub struct TodayQuery {
    ticket: Option<i64>,
}

pub async fn today(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<TodayQuery>,
) -> Response {
    let now = state.clock.now();
    let day = brussels(now).date();
    let midnight = NaiveTime::from_hms_opt(0, 0, 0).unwrap_or_default();
    let from = from_brussels(day.and_time(midnight)).timestamp();
    let to = from_brussels((day + Duration::days(1)).and_time(midnight)).timestamp();
    let loaded = async {
        let visits = appointments::between(&state.db, &me.actor, from, to).await?;
        let calls = appointments::due_calls(&state.db, &me.actor, day).await?;
        let site = guichet_desk::appointments::home_site(&state.desk(), &me.actor)
            .await
            .ok();
        let tickets = match site {
            Some(s) => walk_ins::waiting(&state.db, &me.actor, s, day).await?,
            None => Vec::new(),
        };
        Ok::<_, StoreError>((visits, calls, tickets, site.is_some()))
    }
    .await;
    let (visits, calls, tickets, has_site) = match loaded {
        Ok(v) => v,
        Err(e) => return unavailable(&ctx, e),
    };
    let visits = visits
        .into_iter()
        .map(|(a, name)| Visit {
            id: a.id,
            time: DateTime::from_timestamp(a.starts_at, 0)
                .map(brussels)
                .unwrap_or_default()
                .format("%H:%M")
                .to_string(),
            person: a.person,
            name,
            worker: a.worker_name.clone(),
            place: ctx.t(match a.place {
                Place::Site(_) => "appointment-place-site",
                Place::Phone => "appointment-place-phone",
                Place::Home => "appointment-place-home",
            }),
            status: ctx.t(crate::present::appointment_status_key(&a.status)),
            waiting: a.status == "planned",
        })
        .collect();
    let calls = calls
        .into_iter()
        .map(|c| Call {
            id: c.id,
            person: c.person,
            name: c.person_name,
            phones: c
                .phones
                .iter()
                .map(|(n, holder)| {
                    let shown = PhoneNumber::parse(n)
                        .map(|p| p.display())
                        .unwrap_or_else(|_| n.clone());
                    if holder.is_empty() {
                        shown
                    } else {
                        format!("{shown} ({holder})")
                    }
                })
                .collect::<Vec<_>>()
                .join(", "),
            about: c
                .starts_at
                .and_then(|t| DateTime::from_timestamp(t, 0))
                .map(|t| {
                    let local = brussels(t);
                    let about = ctx.tr.t1(
                        if c.confirms {
                            "today-call-confirm"
                        } else {
                            "today-call-about"
                        },
                        "when",
                        format!(
                            "{} {}",
                            crate::present::date_in_words(&ctx.tr, local.date()),
                            local.format("%H:%M")
                        ),
                    );
                    if c.trusted_third.is_empty() {
                        about
                    } else {
                        format!(
                            "{} {about}",
                            ctx.tr.t1("today-call-trusted", "who", &c.trusted_third)
                        )
                    }
                })
                .or_else(|| {
                    c.mandate_ends.map(|d| {
                        ctx.tr.t1(
                            "today-call-mandate",
                            "date",
                            crate::present::date_in_words(&ctx.tr, d),
                        )
                    })
                })
                .unwrap_or_default(),
        })
        .collect();
    let tickets = tickets
        .into_iter()
        .map(|w| Ticket {
            id: w.id,
            ticket: w.ticket,
            label: w.label,
            since: DateTime::from_timestamp(w.arrived_at, 0)
                .map(brussels)
                .unwrap_or_default()
                .format("%H:%M")
                .to_string(),
            called: w.called,
        })
        .collect();
    let tpl = TodayTpl {
        p: Page::new(&ctx, "today-title"),
        date: crate::present::date_in_words(&ctx.tr, day),
        visits,
        calls,
        tickets,
        has_site,
        given: q.ticket,
    };
    render(StatusCode::OK, &tpl)
}

pub async fn task_done(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = id.parse::<TaskId>() else {
        return super::not_found(&ctx);
    };
    match appointments::complete_task(&state.db, &me.actor, id, state.now()).await {
        Ok(()) => Redirect::to("/today").into_response(),
        Err(StoreError::NotFound) => super::not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// Hands out the next walk-in ticket at the staff member's site.
pub async fn walk_in(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let day = brussels(state.clock.now()).date();
    let site = match guichet_desk::appointments::home_site(&state.desk(), &me.actor).await {
        Ok(s) => s,
        Err(StoreError::NotFound) => return super::not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    match walk_ins::arrive(
        &state.db,
        &me.actor,
        site,
        day,
        &value(&body, "label"),
        state.now(),
    )
    .await
    {
        Ok(ticket) => {
            Redirect::to(&format!("/today?ticket={ticket}#walk-ins-title")).into_response()
        }
        Err(StoreError::NotFound) => super::not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

async fn mark(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    id: &str,
    what: &str,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return super::not_found(ctx);
    };
    match walk_ins::mark(&state.db, &me.actor, id, what, state.now()).await {
        Ok(()) => Redirect::to("/today#walk-ins-title").into_response(),
        Err(StoreError::NotFound) => super::not_found(ctx),
        Err(e) => unavailable(ctx, e),
    }
}

pub async fn walk_in_called(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    mark(&state, &ctx, &me, &id, "called").await
}

pub async fn walk_in_done(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    mark(&state, &ctx, &me, &id, "done").await
}
