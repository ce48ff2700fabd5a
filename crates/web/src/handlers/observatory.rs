//! The observatory's pages (journey J6): a coordinator's report of a team, service or
//! site for a quarter or a month, as charts with their tables, a CSV, a printable PDF,
//! and a read-only published link with frozen figures. Every figure comes suppressed
//! from `guichet_desk::observatory`; this module only puts words on it.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::reports::{csv, document, period_name, view, Namer, ReportView};
use crate::views::{error_page, file_response, pdf_response, render, Page};
use crate::AppState;
use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::observatory::{self as desk, Report, ScopeChoice};
use guichet_desk::DeskError;
use guichet_domain::observatory::{Period, Scope};
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct Choose {
    #[serde(default)]
    scope: String,
    #[serde(default)]
    period: String,
}

#[derive(Template)]
#[template(path = "observatory.html")]
struct PageTpl {
    p: Page,
    scopes: Vec<crate::views::Choice>,
    periods: Vec<crate::views::Choice>,
    query: String,
    scope: String,
    period: String,
    r: ReportView,
    published: Vec<PublishedLine>,
}

pub struct PublishedLine {
    pub id: i64,
    pub said: String,
    pub withdrawn: bool,
}

/// What the form asks for, or the first scope and the current quarter.
fn chosen(state: &AppState, q: &Choose, choices: &[ScopeChoice]) -> Option<(Scope, Period)> {
    let scope = if q.scope.is_empty() {
        choices.first()?.scope
    } else {
        Scope::parse(&q.scope)?
    };
    let period = if q.period.is_empty() {
        Period::quarter_of(guichet_domain::clock::brussels(state.clock.now()).date())
    } else {
        Period::parse(&q.period)?
    };
    Some((scope, period))
}

async fn load(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    q: &Choose,
) -> Result<(Vec<ScopeChoice>, Scope, Period, Report, Namer), Response> {
    let choices = desk::scopes(&state.desk(), &me.actor)
        .await
        .map_err(|e| unavailable(ctx, e))?;
    if choices.is_empty() {
        return Err(error_page(ctx, StatusCode::OK, "obs-no-team"));
    }
    let Some((scope, period)) = chosen(state, q, &choices) else {
        return Err(error_page(ctx, StatusCode::BAD_REQUEST, "obs-bad-choice"));
    };
    let report = match desk::report(&state.desk(), &me.actor, scope, period).await {
        Ok(r) => r,
        Err(DeskError::NotFound | DeskError::NotAllowed) => return Err(not_found(ctx)),
        Err(e) => return Err(unavailable(ctx, e)),
    };
    let namer = Namer::load(state, &ctx.tr)
        .await
        .map_err(|e| unavailable(ctx, e))?;
    Ok((choices, scope, period, report, namer))
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<Choose>,
) -> Response {
    let (choices, scope, period, report, namer) = match load(&state, &ctx, &me, &q).await {
        Ok(v) => v,
        Err(page) => return page,
    };
    let published = match desk::published_list(&state.desk(), &me.actor, scope).await {
        Ok(list) => list
            .into_iter()
            .map(|p| {
                let when = chrono::DateTime::from_timestamp(p.published_at, 0)
                    .map(guichet_domain::clock::brussels)
                    .unwrap_or_default()
                    .date();
                PublishedLine {
                    id: p.id,
                    said: ctx.tr.targs(
                        "obs-published-line",
                        &[
                            (
                                "period",
                                &Period::parse(&p.period)
                                    .map_or(p.period.clone(), |x| period_name(&ctx.tr, x)),
                            ),
                            ("date", &guichet_words::date_in_words(&ctx.tr, when)),
                        ],
                    ),
                    withdrawn: p.withdrawn_at.is_some(),
                }
            })
            .collect(),
        Err(e) => return unavailable(&ctx, e),
    };
    let today = guichet_domain::clock::brussels(state.clock.now()).date();
    let r = view(&ctx.tr, &namer, &report);
    let tpl = PageTpl {
        p: Page::titled(&ctx, ctx.t("obs-title")),
        scopes: choices
            .iter()
            .map(|c| crate::views::Choice {
                value: c.scope.code(),
                label: c.name.clone(),
                checked: c.scope == scope,
            })
            .collect(),
        periods: Period::choices(today)
            .into_iter()
            .map(|p| crate::views::Choice {
                value: p.code(),
                label: period_name(&ctx.tr, p),
                checked: p == period,
            })
            .collect(),
        query: format!("scope={}&period={}", scope.code(), period.code()),
        scope: scope.code(),
        period: period.code(),
        r,
        published,
    };
    render(StatusCode::OK, &tpl)
}

pub async fn csv_file(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<Choose>,
) -> Response {
    let (_, scope, period, report, namer) = match load(&state, &ctx, &me, &q).await {
        Ok(v) => v,
        Err(page) => return page,
    };
    let v = view(&ctx.tr, &namer, &report);
    file_response(
        csv(&ctx.tr, &report, &v),
        "text/csv; charset=utf-8",
        "attachment",
        &format!("observatory-{}-{}.csv", scope.code(), period.code()),
    )
}

pub async fn pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<Choose>,
) -> Response {
    let (_, scope, period, report, namer) = match load(&state, &ctx, &me, &q).await {
        Ok(v) => v,
        Err(page) => return page,
    };
    let organisation = match guichet_store::org::organisation_name(&state.db).await {
        Ok(n) => n.unwrap_or_default(),
        Err(e) => return unavailable(&ctx, e),
    };
    let doc = document(&ctx.tr, &view(&ctx.tr, &namer, &report), &organisation);
    let name = ctx.t("obs-title");
    match crate::printing::lay_out(&ctx, &name, None, move || {
        guichet_letters::render_document(&doc)
    })
    .await
    {
        Ok(bytes) => pdf_response(
            bytes,
            &format!("observatory-{}-{}.pdf", scope.code(), period.code()),
        ),
        Err(page) => page,
    }
}

#[derive(Deserialize)]
pub struct PublishForm {
    scope: String,
    period: String,
}

#[derive(Template)]
#[template(path = "observatory_published.html")]
struct PublishedTpl {
    p: Page,
    link: String,
    back: String,
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    headers: axum::http::HeaderMap,
    Form(f): Form<PublishForm>,
) -> Response {
    let (Some(scope), Some(period)) = (Scope::parse(&f.scope), Period::parse(&f.period)) else {
        return error_page(&ctx, StatusCode::BAD_REQUEST, "obs-bad-choice");
    };
    match desk::publish(&state.desk(), &me.actor, scope, period, ctx.tr.lang.code()).await {
        Ok(token) => render(
            StatusCode::OK,
            &PublishedTpl {
                p: Page::new(&ctx, "obs-published-title"),
                link: format!("{}/published/{token}", origin(&state, &headers)),
                back: format!(
                    "/observatory?scope={}&period={}",
                    scope.code(),
                    period.code()
                ),
            },
        ),
        Err(DeskError::NotFound | DeskError::NotAllowed) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// This installation's address as the browser reached it, for a link to share.
fn origin(state: &AppState, headers: &axum::http::HeaderMap) -> String {
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| h.bytes().all(|b| b.is_ascii_graphic()))
        .unwrap_or("localhost");
    let scheme = if state.config.secure_cookies {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}")
}

#[derive(Deserialize)]
pub struct WithdrawForm {
    scope: String,
    period: String,
    id: i64,
}

pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Form(f): Form<WithdrawForm>,
) -> Response {
    let Some(scope) = Scope::parse(&f.scope) else {
        return error_page(&ctx, StatusCode::BAD_REQUEST, "obs-bad-choice");
    };
    match desk::withdraw(&state.desk(), &me.actor, scope, f.id).await {
        Ok(()) => Redirect::to(&format!(
            "/observatory?scope={}&period={}",
            scope.code(),
            Period::parse(&f.period).map_or_else(String::new, |p| p.code())
        ))
        .into_response(),
        Err(DeskError::NotFound | DeskError::NotAllowed) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

#[derive(Template)]
#[template(path = "observatory_public.html")]
struct PublicTpl {
    p: Page,
    r: ReportView,
    published_on: String,
}

/// A published report, read-only, for a council: the frozen figures.
pub async fn published(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Response {
    let (p, report) = match desk::published(&state.desk(), &token).await {
        Ok(Some(found)) => found,
        Ok(None) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    if p.withdrawn_at.is_some() {
        return error_page(&ctx, StatusCode::GONE, "obs-withdrawn");
    }
    let namer = match Namer::load(&state, &ctx.tr).await {
        Ok(n) => n,
        Err(e) => return unavailable(&ctx, e),
    };
    let when = chrono::DateTime::from_timestamp(p.published_at, 0)
        .map(guichet_domain::clock::brussels)
        .unwrap_or_default()
        .date();
    let r = view(&ctx.tr, &namer, &report);
    render(
        StatusCode::OK,
        &PublicTpl {
            p: Page::titled(&ctx, r.title.clone()),
            published_on: ctx.tr.t1(
                "obs-published-on",
                "date",
                guichet_words::date_in_words(&ctx.tr, when),
            ),
            r,
        },
    )
}
