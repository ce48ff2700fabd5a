//! The right to disconnect (issue 18, J8): my leave on my account (`/account/leave`), the
//! reminder of the organisation's policy after signing in outside one's hours
//! (`/outside-hours`), and the policy with its on-call list (`/staff/disconnect`,
//! coordinators and administrators).

use super::unavailable;
use crate::auth::safe_next;
use crate::ctx::{Ctx, Staff};
use crate::forms::{all_values, value, Errors};
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::disconnect;
use guichet_domain::clock::brussels;
use guichet_domain::ids::UserId;
use guichet_domain::staff_time::{LeaveForm, LeaveFormError, SignInPolicy};
use guichet_store::disconnect::Policy;
use guichet_words::date_in_words;
use serde::Deserialize;

/// The longest text an organisation writes to recall its policy.
pub const MAX_POLICY_CHARS: usize = 1_000;

// ---------- my leave ----------

pub struct LeaveLine {
    pub id: i64,
    pub text: String,
}

#[derive(Template)]
#[template(path = "account_leave.html")]
struct LeaveTpl {
    p: Page,
    errors: Errors,
    notice: String,
    leaves: Vec<LeaveLine>,
    f: LeaveForm,
}

#[derive(Deserialize)]
pub struct SavedQuery {
    saved: Option<String>,
}

fn leave_error_key(e: LeaveFormError) -> &'static str {
    match e {
        LeaveFormError::FirstMissing => "leave-first-missing",
        LeaveFormError::FirstNotADate => "leave-first-not-a-date",
        LeaveFormError::LastNotADate => "leave-last-not-a-date",
        LeaveFormError::EndsBeforeStart => "leave-ends-before-start",
        LeaveFormError::TooLong => "leave-too-long",
        LeaveFormError::Past => "leave-past",
    }
}

async fn leave_page(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    f: LeaveForm,
    errors: Errors,
    notice: String,
) -> Response {
    let leaves = match disconnect::my_leaves(&state.desk(), &me.actor).await {
        Ok(l) => l,
        Err(e) => return unavailable(ctx, e),
    };
    let leaves = leaves
        .into_iter()
        .map(|l| LeaveLine {
            id: l.id,
            text: if l.leave.first == l.leave.last {
                date_in_words(&ctx.tr, l.leave.first)
            } else {
                ctx.tr.t2(
                    "leave-line",
                    ("first", &date_in_words(&ctx.tr, l.leave.first)),
                    ("last", &date_in_words(&ctx.tr, l.leave.last)),
                )
            },
        })
        .collect();
    let status = errors.status();
    let tpl = LeaveTpl {
        p: Page::new(ctx, "leave-title").with_errors(&errors),
        errors,
        notice,
        leaves,
        f,
    };
    render(status, &tpl)
}

pub async fn leave(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<SavedQuery>,
) -> Response {
    let notice = match q.saved.as_deref() {
        Some("added") => ctx.t("leave-added"),
        Some("removed") => ctx.t("leave-removed"),
        _ => String::new(),
    };
    leave_page(
        &state,
        &ctx,
        &me,
        LeaveForm::default(),
        Errors::default(),
        notice,
    )
    .await
}

pub async fn add_leave(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let f = LeaveForm {
        first: value(&body, "first"),
        last: value(&body, "last"),
    };
    let desk = state.desk();
    let today = brussels(desk.now()).date();
    let leave = match f.parse(today) {
        Ok(l) => l,
        Err(mistakes) => {
            let mut errors = Errors::default();
            for m in mistakes {
                errors.push(m.field(), ctx.t(leave_error_key(m)));
            }
            return leave_page(&state, &ctx, &me, f, errors, String::new()).await;
        }
    };
    match disconnect::add_leave(&desk, &me.actor, leave).await {
        Ok(Some(_)) => Redirect::to("/account/leave?saved=added").into_response(),
        Ok(None) => {
            let mut errors = Errors::default();
            errors.push("last", ctx.t("leave-past"));
            leave_page(&state, &ctx, &me, f, errors, String::new()).await
        }
        Err(e) => unavailable(&ctx, e),
    }
}

pub async fn remove_leave(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return super::not_found(&ctx);
    };
    match disconnect::remove_leave(&state.desk(), &me.actor, id).await {
        Ok(()) => Redirect::to("/account/leave?saved=removed").into_response(),
        Err(e) => unavailable(&ctx, e),
    }
}

// ---------- signed in outside one's hours ----------

#[derive(Template)]
#[template(path = "outside_hours.html")]
struct OutsideTpl {
    p: Page,
    /// The organisation's own words, "" for the shipped ones.
    text: String,
    next: String,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

/// The page shown right after signing in outside one's hours under a reminding policy:
/// the organisation's words, then on to where one was going, or sign out.
pub async fn outside_hours(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(_me): Staff,
    Query(q): Query<NextQuery>,
) -> Response {
    let text = match disconnect::policy_text(&state.desk()).await {
        Ok(t) => t,
        Err(e) => return unavailable(&ctx, e),
    };
    let tpl = OutsideTpl {
        p: Page::new(&ctx, "outside-hours-title"),
        text,
        next: safe_next(q.next.as_deref()),
    };
    render(axum::http::StatusCode::OK, &tpl)
}

// ---------- the organisation's policy and its on-call list ----------

#[derive(Template)]
#[template(path = "settings_disconnect.html")]
struct PolicyTpl {
    p: Page,
    errors: Errors,
    notice: String,
    policies: Vec<Choice>,
    text: String,
    staff: Vec<Choice>,
}

struct PolicyForm {
    policy: String,
    text: String,
    on_call: Vec<String>,
}

async fn policy_page(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    typed: Option<PolicyForm>,
    errors: Errors,
    notice: String,
) -> Response {
    let view = match disconnect::policy(&state.desk(), &me.actor).await {
        Ok(v) => v,
        Err(e) => return unavailable(ctx, e),
    };
    let f = typed.unwrap_or_else(|| PolicyForm {
        policy: view.policy.sign_in.code().to_owned(),
        text: view.policy.text.clone(),
        on_call: view.on_call.iter().map(|u| u.get().to_string()).collect(),
    });
    let policies = [
        (SignInPolicy::Remind, "disconnect-policy-remind"),
        (SignInPolicy::Refuse, "disconnect-policy-refuse"),
    ]
    .iter()
    .map(|(p, key)| Choice {
        value: p.code().to_owned(),
        label: ctx.t(key),
        checked: f.policy == p.code(),
    })
    .collect();
    let staff = view
        .staff
        .iter()
        .map(|u| Choice {
            value: u.id.get().to_string(),
            label: u.display_name.clone(),
            checked: f.on_call.contains(&u.id.get().to_string()),
        })
        .collect();
    let status = errors.status();
    let tpl = PolicyTpl {
        p: Page::new(ctx, "disconnect-title").with_errors(&errors),
        errors,
        notice,
        policies,
        text: f.text,
        staff,
    };
    render(status, &tpl)
}

pub async fn policy(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<SavedQuery>,
) -> Response {
    let notice = if q.saved.is_some() {
        ctx.t("disconnect-saved")
    } else {
        String::new()
    };
    policy_page(&state, &ctx, &me, None, Errors::default(), notice).await
}

pub async fn save_policy(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let f = PolicyForm {
        policy: value(&body, "policy"),
        text: value(&body, "text").trim().to_owned(),
        on_call: all_values(&body, "on_call"),
    };
    let mut errors = Errors::default();
    let sign_in = SignInPolicy::parse(&f.policy);
    if sign_in.is_none() {
        errors.push("policy", ctx.t("disconnect-policy-missing"));
    }
    if f.text.chars().count() > MAX_POLICY_CHARS {
        errors.push(
            "text",
            ctx.tr
                .tn("disconnect-text-too-long", "max", MAX_POLICY_CHARS as i64),
        );
    }
    let on_call: Option<Vec<UserId>> = f
        .on_call
        .iter()
        .map(|v| v.parse::<i64>().ok().map(UserId::new))
        .collect();
    if on_call.is_none() {
        errors.push("on_call", ctx.t("disconnect-on-call-unknown"));
    }
    let (Some(sign_in), Some(on_call), true) = (sign_in, on_call, errors.is_empty()) else {
        return policy_page(&state, &ctx, &me, Some(f), errors, String::new()).await;
    };
    let policy = Policy {
        sign_in,
        text: f.text,
    };
    match disconnect::save_policy(&state.desk(), &me.actor, policy, on_call).await {
        Ok(()) => Redirect::to("/staff/disconnect?saved=1").into_response(),
        Err(e) => unavailable(&ctx, e),
    }
}
