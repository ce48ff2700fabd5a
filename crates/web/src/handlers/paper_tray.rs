//! The paper tray: the letters due today, printed together as one PDF and then marked
//! posted. A letter is a person's only channel for many: nothing is sent twice (a batch
//! is printed again, never re-made) and nothing is lost (a letter stays in the tray until
//! its batch is posted; one withdrawn after printing is shown to be taken out).

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, NaiveTime};
use guichet_domain::appointment::from_brussels;
use guichet_domain::clock::brussels;
use guichet_domain::ids::BatchId;
use guichet_store::paper_tray::{self, TrayLetter};
use guichet_store::StoreError;
use serde::Deserialize;

pub struct Line {
    pub name: String,
    pub person: String,
    pub what: String,
    pub withdrawn: bool,
}

pub struct OpenBatch {
    pub id: BatchId,
    pub made: String,
    pub letters: i64,
    pub withdrawn: i64,
    pub lines: Vec<Line>,
}

#[derive(Template)]
#[template(path = "paper_tray.html")]
struct TrayTpl {
    p: Page,
    waiting: Vec<Line>,
    waiting_count: i64,
    coming: i64,
    batches: Vec<OpenBatch>,
    posted: Option<i64>,
}

#[derive(Deserialize)]
pub struct TrayQuery {
    posted: Option<i64>,
}

/// The start of tomorrow in Brussels: letters due before it are today's.
fn end_of_today(state: &AppState) -> i64 {
    let today = brussels(state.clock.now()).date();
    from_brussels((today + Duration::days(1)).and_time(NaiveTime::MIN)).timestamp()
}

pub fn kind_label(ctx: &Ctx, kind: &str) -> String {
    match kind {
        "acknowledgement" => ctx.t("tray-kind-acknowledgement"),
        "reminder" => ctx.t("tray-kind-reminder"),
        _ => ctx.t("tray-kind-letter"),
    }
}

fn line(ctx: &Ctx, l: &TrayLetter) -> Line {
    Line {
        name: l.person_name.clone(),
        person: l.person.to_string(),
        what: kind_label(ctx, &l.kind),
        withdrawn: l.withdrawn,
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<TrayQuery>,
) -> Response {
    let until = end_of_today(&state);
    let loaded = async {
        let waiting = paper_tray::waiting(&state.db, &me.actor, until).await?;
        let coming = paper_tray::coming(&state.db, &me.actor, until).await?;
        let mut batches = Vec::new();
        for b in paper_tray::open_batches(&state.db, &me.actor).await? {
            let letters = paper_tray::batch_letters(&state.db, &me.actor, b.id).await?;
            batches.push((b, letters));
        }
        Ok::<_, StoreError>((waiting, coming, batches))
    }
    .await;
    let (waiting, coming, batches) = match loaded {
        Ok(v) => v,
        Err(e) => return unavailable(&ctx, e),
    };
    let tpl = TrayTpl {
        p: Page::new(&ctx, "tray-title"),
        waiting_count: waiting.len() as i64,
        waiting: waiting.iter().map(|l| line(&ctx, l)).collect(),
        coming,
        batches: batches
            .iter()
            .map(|(b, letters)| OpenBatch {
                id: b.id,
                made: chrono::DateTime::from_timestamp(b.created_at, 0)
                    .map(|t| brussels(t).format("%d/%m/%Y %H:%M").to_string())
                    .unwrap_or_default(),
                letters: b.letters,
                withdrawn: b.withdrawn,
                lines: letters.iter().map(|l| line(&ctx, l)).collect(),
            })
            .collect(),
        posted: q.posted,
    };
    render(StatusCode::OK, &tpl)
}

/// Makes the print batch of everything due today.
pub async fn make_batch(State(state): State<AppState>, ctx: Ctx, Staff(me): Staff) -> Response {
    let until = end_of_today(&state);
    match paper_tray::make_batch(&state.db, &me.actor, until, state.now()).await {
        Ok(_) => Redirect::to("/paper-tray").into_response(),
        Err(e) => unavailable(&ctx, e),
    }
}

/// The batch went to the post.
pub async fn posted(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = id.parse::<BatchId>() else {
        return not_found(&ctx);
    };
    match paper_tray::mark_posted(&state.db, &me.actor, id, state.now()).await {
        Ok(n) => Redirect::to(&format!("/paper-tray?posted={n}")).into_response(),
        Err(StoreError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}
