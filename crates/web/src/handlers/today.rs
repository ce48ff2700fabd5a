//! The desk's day: today's appointments with "has arrived", and the people to call back.

use super::unavailable;
use crate::ctx::{Ctx, Staff};
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Duration, NaiveTime};
use guichet_domain::appointment::from_brussels;
use guichet_domain::clock::brussels;
use guichet_domain::ids::{AppointmentId, PersonId, TaskId};
use guichet_domain::org::PhoneNumber;
use guichet_store::appointments::{self, Place};
use guichet_store::{persons, StoreError};

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

#[derive(Template)]
#[template(path = "today.html")]
struct TodayTpl {
    p: Page,
    date: String,
    visits: Vec<Visit>,
    calls: Vec<Call>,
}

pub async fn today(State(state): State<AppState>, ctx: Ctx, Staff(me): Staff) -> Response {
    let now = state.clock.now();
    let day = brussels(now).date();
    let midnight = NaiveTime::from_hms_opt(0, 0, 0).unwrap_or_default();
    let from = from_brussels(day.and_time(midnight)).timestamp();
    let to = from_brussels((day + Duration::days(1)).and_time(midnight)).timestamp();
    let loaded = async {
        let visits = appointments::between(&state.db, &me.actor, from, to).await?;
        let calls = appointments::due_calls(&state.db, &me.actor, day).await?;
        let mut with_phones = Vec::new();
        for c in calls {
            let d = persons::details(&state.db, &me.actor, c.person).await?;
            with_phones.push((c, d.phones));
        }
        Ok::<_, StoreError>((visits, with_phones))
    }
    .await;
    let (visits, calls) = match loaded {
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
            status: ctx.t(super::appointments::status_key(&a.status)),
            waiting: a.status == "planned",
        })
        .collect();
    let calls = calls
        .into_iter()
        .map(|(c, phones)| Call {
            id: c.id,
            person: c.person,
            name: c.person_name,
            phones: phones
                .iter()
                .map(|(n, _, holder)| {
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
                    ctx.tr.t1(
                        "today-call-about",
                        "when",
                        format!(
                            "{} {}",
                            super::requests::date_in_words(&ctx.tr, local.date()),
                            local.format("%H:%M")
                        ),
                    )
                })
                .unwrap_or_default(),
        })
        .collect();
    let tpl = TodayTpl {
        p: Page::new(&ctx, "today-title"),
        date: super::requests::date_in_words(&ctx.tr, day),
        visits,
        calls,
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
