//! A worker's private, read-only calendar feed (`/calendar/{token}`), and the .ics
//! response shared with the appointment download.
//!
//! The feed is read by calendar apps, often through a cloud service, so it holds only
//! the worker's own diary: time, place and the appointment's number. No person is named,
//! no topic, no home address.

use crate::i18n::Tr;
use crate::views::ics_response;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Duration};
use guichet_domain::Lang;
use guichet_store::appointments::{self, Place};
use guichet_store::{calendar, org, users};

/// How far back and ahead the feed reaches.
const FEED_PAST_DAYS: i64 = 30;
const FEED_AHEAD_DAYS: i64 = 180;

fn gone() -> Response {
    (StatusCode::NOT_FOUND, "").into_response()
}

pub async fn feed(State(state): State<AppState>, Path(token): Path<String>) -> Response {
    let token = token.trim_end_matches(".ics");
    let now = state.clock.now();
    let built = async {
        let Some(user) = calendar::feed_owner(&state.db, token).await? else {
            return Ok(None);
        };
        let actor = users::actor(&state.db, user, now.timestamp()).await?;
        let lang = users::get(&state.db, user).await?.lang.unwrap_or(Lang::Fr);
        let from = (now - Duration::days(FEED_PAST_DAYS)).timestamp();
        let to = (now + Duration::days(FEED_AHEAD_DAYS)).timestamp();
        let schedule = appointments::own_schedule(&state.db, &actor, from, to).await?;
        let sites = org::list_sites(&state.db).await?;
        Ok::<_, guichet_store::StoreError>(Some((lang, schedule, sites)))
    }
    .await;
    let (lang, schedule, sites) = match built {
        Ok(Some(v)) => v,
        Ok(None) => return gone(),
        Err(e) => {
            tracing::error!(error = %e, "calendar feed unavailable");
            return (StatusCode::SERVICE_UNAVAILABLE, "").into_response();
        }
    };
    let tr = Tr::new(lang, state.i18n.clone());
    let texts: Vec<(String, String, bool, DateTime<chrono::Utc>, i64, i64)> = schedule
        .iter()
        .filter_map(|a| {
            let start = DateTime::from_timestamp(a.starts_at, 0)?;
            let place = match a.place {
                Place::Site(id) => sites
                    .iter()
                    .find(|s| s.id == id)
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                Place::Phone => tr.t("feed-phone"),
                Place::Home => tr.t("feed-home"),
            };
            let location = if a.room.is_empty() {
                place
            } else {
                format!("{place}, {}", a.room)
            };
            let summary = tr.t1("feed-summary", "number", a.id.get());
            let cancelled = matches!(a.status.as_str(), "cancelled");
            Some((summary, location, cancelled, start, a.minutes, a.id.get()))
        })
        .collect();
    let events: Vec<(guichet_outputs::ics::IcsAppointment<'_>, bool)> = texts
        .iter()
        .map(|(summary, location, cancelled, start, minutes, id)| {
            (
                guichet_outputs::ics::IcsAppointment {
                    id: *id,
                    start: *start,
                    minutes: *minutes,
                    summary,
                    location,
                    description: "",
                    organizer_name: "",
                    organizer_email: None,
                },
                *cancelled,
            )
        })
        .collect();
    let file = guichet_outputs::ics::calendar_ics(
        &state.calendar_domain,
        &tr.t("feed-name"),
        &events,
        now,
    );
    ics_response(file, "guichet.ics")
}
