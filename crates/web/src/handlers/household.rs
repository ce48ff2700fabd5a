//! A person's household: who lives with or is family of the person, linked to their own
//! files. Members whose file the staff member may not open appear without any name.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::present::{household_lines, relation_key, MemberLine};
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::DeskError;
use guichet_domain::household::Relation;
use guichet_domain::ids::PersonId;
use guichet_store::households::{self};
use guichet_store::persons::{self, PersonDetails};
use guichet_store::StoreError;
use serde::Deserialize;

#[derive(Default)]
struct LinkForm {
    q: String,
    other: String,
    relation: String,
}

#[derive(Template)]
#[template(path = "person_household.html")]
struct HouseholdTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    name: String,
    notice: String,
    members: Vec<MemberLine>,
    q: String,
    searched: bool,
    results: Vec<Choice>,
    relations: Vec<Choice>,
    version: i64,
    /// A save came after someone else's change: nothing done, the household as it is now.
    changed: bool,
}

#[allow(clippy::too_many_arguments)]
async fn page(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    d: &PersonDetails,
    f: LinkForm,
    errors: Errors,
    notice: String,
    changed: bool,
) -> Response {
    let id = d.summary.id;
    let members = match households::members(&state.db, &me.actor, &d.opened).await {
        Ok(m) => m,
        Err(StoreError::NotFound) => return not_found(ctx),
        Err(e) => return unavailable(ctx, e),
    };
    let q = persons::searched_text(&f.q);
    let results = if q.is_empty() {
        Vec::new()
    } else {
        match persons::search(&state.db, &me.actor, &q, 20).await {
            Ok(found) => found
                .into_iter()
                .filter(|s| s.id != id && !members.iter().any(|m| m.id == s.id))
                .map(|s| Choice {
                    value: s.id.to_string(),
                    checked: f.other == s.id.to_string(),
                    label: s.full_name(),
                })
                .collect(),
            Err(e) => return unavailable(ctx, e),
        }
    };
    let mut relations = vec![Choice {
        value: String::new(),
        label: ctx.t("household-relation-choose"),
        checked: f.relation.is_empty(),
    }];
    relations.extend(Relation::ALL.iter().map(|r| Choice {
        value: r.code().to_owned(),
        label: ctx.t(relation_key(*r)),
        checked: f.relation == r.code(),
    }));
    let name = d.summary.full_name();
    let p = Page::titled(ctx, ctx.tr.t1("household-title", "name", &name)).with_errors(&errors);
    let status = if changed {
        axum::http::StatusCode::CONFLICT
    } else {
        errors.status()
    };
    let tpl = HouseholdTpl {
        p,
        errors,
        person_id: id,
        name,
        notice,
        members: household_lines(ctx, &members),
        searched: !q.is_empty(),
        q,
        results,
        relations,
        version: d.version,
        changed,
    };
    render(status, &tpl)
}

#[derive(Deserialize)]
pub struct HouseholdQuery {
    q: Option<String>,
    done: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    Query(hq): Query<HouseholdQuery>,
) -> Response {
    let d = match super::person_file(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let notice = match hq.done.as_deref() {
        Some("linked") => ctx.t("household-linked"),
        Some("removed") => ctx.t("household-removed"),
        _ => String::new(),
    };
    let f = LinkForm {
        q: hq.q.unwrap_or_default(),
        ..Default::default()
    };
    page(&state, &ctx, &me, &d, f, Errors::default(), notice, false).await
}

pub async fn link(
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
    let f = LinkForm {
        q: value(&body, "q"),
        other: value(&body, "other"),
        relation: value(&body, "relation"),
    };
    let mut errors = Errors::default();
    let other = f.other.parse::<PersonId>().ok();
    if other.is_none() {
        errors.push("other", ctx.t("household-choose-missing"));
    }
    let relation = Relation::parse(&f.relation);
    if relation.is_none() {
        errors.push("relation", ctx.t("household-relation-missing"));
    }
    let (Some(other), Some(relation)) = (other, relation) else {
        return page(&state, &ctx, &me, &d, f, errors, String::new(), false).await;
    };
    let seen = crate::fields::seen_version(&body);
    let desk = state.desk();
    match guichet_desk::households::link(&desk, &me.actor, d.summary.id, other, relation, seen)
        .await
    {
        Err(DeskError::Changed) => {
            page(&state, &ctx, &me, &d, f, errors, String::new(), true).await
        }
        Ok(()) => Redirect::to(&format!("/persons/{}/household?done=linked", d.summary.id))
            .into_response(),
        Err(DeskError::Conflict) => {
            errors.push("other", ctx.t("household-already-linked"));
            page(&state, &ctx, &me, &d, f, errors, String::new(), false).await
        }
        Err(DeskError::NotAllowed) => {
            errors.push("other", ctx.t("household-not-oneself"));
            page(&state, &ctx, &me, &d, f, errors, String::new(), false).await
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

pub async fn remove(
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
    // Nothing chosen: back to the household page, nothing done.
    let Ok(other) = value(&body, "other").parse::<PersonId>() else {
        return Redirect::to(&format!("/persons/{}/household", d.summary.id)).into_response();
    };
    let seen = crate::fields::seen_version(&body);
    match guichet_desk::households::unlink(&state.desk(), &me.actor, d.summary.id, other, seen)
        .await
    {
        Err(DeskError::Changed) => {
            page(
                &state,
                &ctx,
                &me,
                &d,
                LinkForm::default(),
                Errors::default(),
                String::new(),
                true,
            )
            .await
        }
        Ok(()) => Redirect::to(&format!("/persons/{}/household?done=removed", d.summary.id))
            .into_response(),
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}
