//! Two files for the same person: find the other file, compare both side by side, and
//! merge them into the older one. The old file's address then leads to the kept file.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, SignedIn, Staff};
use crate::forms::{value, Errors};
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Datelike;
use guichet_desk::persons::Merged;
use guichet_desk::DeskError;
use guichet_domain::clock::brussels;
use guichet_domain::household::kept_and_merged;
use guichet_domain::ids::PersonId;
use guichet_domain::niss::Niss;
use guichet_domain::org::PhoneNumber;
use guichet_store::merge::{self, FileFacts};
use guichet_store::persons::{self, PersonDetails};
use guichet_store::StoreError;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "person_merge.html")]
struct SearchTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    name: String,
    q: String,
    searched: bool,
    results: Vec<Choice>,
}

async fn search_page(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    d: &PersonDetails,
    q: String,
    other: &str,
    errors: Errors,
) -> Response {
    let q = persons::searched_text(&q);
    let results = if q.is_empty() {
        Vec::new()
    } else {
        match persons::search(&state.db, &me.actor, &q, 20).await {
            Ok(found) => found
                .into_iter()
                .filter(|s| s.id != d.summary.id)
                .map(|s| Choice {
                    value: s.id.to_string(),
                    checked: other == s.id.to_string(),
                    label: s.full_name(),
                })
                .collect(),
            Err(e) => return unavailable(ctx, e),
        }
    };
    let name = d.summary.full_name();
    let p = Page::titled(ctx, ctx.tr.t1("merge-title", "name", &name)).with_errors(&errors);
    let status = errors.status();
    render(
        status,
        &SearchTpl {
            p,
            errors,
            person_id: d.summary.id,
            name,
            searched: !q.is_empty(),
            q,
            results,
        },
    )
}

/// One file in the comparison, in words.
pub struct Column {
    pub id: PersonId,
    pub name: String,
    pub usual_name: String,
    pub birth: String,
    pub niss: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub requests: i64,
    pub appointments: i64,
}

fn column(ctx: &Ctx, f: &FileFacts, this_year: i32) -> Column {
    let d = &f.details;
    Column {
        id: d.summary.id,
        name: d.summary.full_name(),
        usual_name: d.usual_name.clone(),
        birth: if d.birth.is_unknown() {
            ctx.t("person-unknown")
        } else {
            d.birth.display()
        },
        niss: d
            .niss
            .as_deref()
            .map(|n| {
                Niss::parse(n, this_year)
                    .map(|n| n.formatted())
                    .unwrap_or_else(|_| n.to_owned())
            })
            .unwrap_or_default(),
        phones: d
            .phones
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
            .collect(),
        emails: d.emails.iter().map(|(e, _)| e.clone()).collect(),
        requests: f.requests,
        appointments: f.appointments,
    }
}

#[derive(Template)]
#[template(path = "person_merge_confirm.html")]
struct ConfirmTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    other_id: PersonId,
    name: String,
    kept: Column,
    merged: Column,
}

async fn confirm_page(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    d: &PersonDetails,
    other: PersonId,
    errors: Errors,
) -> Response {
    let (kept, merged) = kept_and_merged(d.summary.id, other);
    let this_year = brussels(state.clock.now()).year();
    let mut cols = Vec::new();
    for id in [kept, merged] {
        match merge::facts(&state.db, &me.actor, id).await {
            Ok(f) => cols.push(column(ctx, &f, this_year)),
            Err(StoreError::NotFound) => return not_found(ctx),
            Err(e) => return unavailable(ctx, e),
        }
    }
    let (Some(merged), Some(kept)) = (cols.pop(), cols.pop()) else {
        return not_found(ctx);
    };
    // The comparison shows the other file too: its read is logged as well.
    if let Err(r) = super::log_read(state, ctx, me, other).await {
        return r;
    }
    let status = errors.status();
    let tpl = ConfirmTpl {
        p: Page::new(ctx, "merge-confirm-title").with_errors(&errors),
        errors,
        person_id: d.summary.id,
        other_id: other,
        name: d.summary.full_name(),
        kept,
        merged,
    };
    render(status, &tpl)
}

#[derive(Deserialize)]
pub struct MergeQuery {
    q: Option<String>,
    other: Option<String>,
    pick: Option<String>,
}

/// The search for the other file; with `other`, the comparison before merging.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    Query(mq): Query<MergeQuery>,
) -> Response {
    let d = match super::person_file(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let q = mq.q.unwrap_or_default();
    let other = mq.other.unwrap_or_default();
    if mq.pick.is_none() && other.is_empty() {
        return search_page(&state, &ctx, &me, &d, q, "", Errors::default()).await;
    }
    let mut errors = Errors::default();
    match other.parse::<PersonId>() {
        Ok(o) if o == d.summary.id => errors.push("other", ctx.t("merge-same-file")),
        Ok(o) => return confirm_page(&state, &ctx, &me, &d, o, errors).await,
        Err(_) => errors.push("other", ctx.t("merge-choose-missing")),
    }
    search_page(&state, &ctx, &me, &d, q, &other, errors).await
}

pub async fn confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let d = match super::person_file(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let raw = value(&body, "other");
    let Ok(other) = raw.parse::<PersonId>() else {
        let mut errors = Errors::default();
        errors.push("other", ctx.t("merge-choose-missing"));
        return search_page(&state, &ctx, &me, &d, String::new(), &raw, errors).await;
    };
    match guichet_desk::persons::merge(&state.desk(), &me.actor, d.summary.id, other).await {
        Ok(Merged::Kept(kept)) => {
            Redirect::to(&format!("/persons/{kept}?merged=1")).into_response()
        }
        Ok(Merged::SameFile) => {
            let mut errors = Errors::default();
            errors.push("other", ctx.t("merge-same-file"));
            search_page(&state, &ctx, &me, &d, String::new(), &raw, errors).await
        }
        Ok(Merged::DifferentNationalNumbers) => {
            let mut errors = Errors::default();
            errors.push("merge-confirm", ctx.t("merge-different-niss"));
            confirm_page(&state, &ctx, &me, &d, other, errors).await
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}
