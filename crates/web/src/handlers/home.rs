//! Home page per role: what this person does first in their day. And the minimal
//! person page that shows why the viewer may see it.

use super::unavailable;
use crate::ctx::{Ctx, Staff};
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use guichet_domain::clock::brussels;
use guichet_domain::Role;
use guichet_store::org::{self, Team};
use guichet_store::persons;
use guichet_store::{users, StoreError};

pub async fn root(ctx: Ctx) -> Response {
    if ctx.user.is_some() {
        Redirect::to("/home").into_response()
    } else {
        Redirect::to("/login").into_response()
    }
}

/// A site's hours today, in words for the page.
pub struct SiteToday {
    pub name: String,
    pub phone: String,
    pub status: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomeTpl {
    p: Page,
    /// "3 failed sign-in attempts since your last visit…", until the owner dismisses it.
    failed_sign_ins: Option<String>,
    frontline: bool,
    coordinator: bool,
    dpo: bool,
    admin: bool,
    my_teams: Vec<Team>,
    sites: Vec<SiteToday>,
    persons_total: i64,
    accounts: i64,
    sites_total: i64,
    teams_total: i64,
    /// Listings of the directory the worker's teams run that are due for a check.
    to_check: Vec<ToCheckLine>,
    /// Platforms whose failures jumped, for coordinators (team figures, never a worker's).
    alerts: Vec<String>,
    /// What guichet wrote to the worker while they were away (outside their hours or on
    /// leave): waiting here when they come back.
    away: Vec<String>,
    /// Tools of the guide due for review, for those who keep it (coordinators, admins).
    guide_due: i64,
}

pub struct ToCheckLine {
    pub id: String,
    pub name: String,
    pub since: String,
}

pub async fn home(State(state): State<AppState>, ctx: Ctx, Staff(me): Staff) -> Response {
    let actor = &me.actor;
    let loaded = async {
        let teams = org::list_teams(&state.db).await?;
        let services = org::list_services(&state.db).await?;
        let my_teams: Vec<Team> = teams
            .iter()
            .filter(|t| actor.teams.contains(&t.id))
            .cloned()
            .collect();
        let mut site_ids: Vec<_> = my_teams
            .iter()
            .filter_map(|t| {
                services
                    .iter()
                    .find(|s| s.id == t.service_id)
                    .map(|s| s.site_id)
            })
            .collect();
        site_ids.sort();
        site_ids.dedup();
        let mut sites = Vec::new();
        for id in site_ids {
            sites.push(org::get_site(&state.db, id).await?);
        }
        let persons_total = persons::count_followed(&state.db, actor).await?;
        let accounts = if actor.has(Role::Admin) || actor.has(Role::Dpo) {
            users::count(&state.db).await?
        } else {
            0
        };
        let sites_total = org::list_sites(&state.db).await?.len() as i64;
        let failed = guichet_store::throttle::failed_to_tell(&state.db, me.user.id).await?;
        Ok::<_, StoreError>((
            teams.len() as i64,
            my_teams,
            sites,
            persons_total,
            accounts,
            sites_total,
            failed,
        ))
    }
    .await;
    let (teams_total, my_teams, sites, persons_total, accounts, sites_total, failed) = match loaded
    {
        Ok(v) => v,
        Err(e) => return unavailable(&ctx, e),
    };

    let local = brussels(state.clock.now());
    let today = local.date();
    let weekday = chrono::Datelike::weekday(&today);
    let sites = sites
        .into_iter()
        .map(|s| {
            let status = if let Some(c) = s.closing_days.iter().find(|c| c.date == today) {
                ctx.tr.t1("home-site-closed-today", "reason", &c.label)
            } else {
                let open = s.opening_hours.day(weekday);
                let walkin = s.walkin_hours.day(weekday);
                if open.is_closed() {
                    ctx.t("home-site-closed-weekday")
                } else if walkin.is_closed() {
                    ctx.tr.t1("home-site-open-no-walkin", "hours", open)
                } else {
                    let mut args = ctx.tr.t1("home-site-open", "hours", open);
                    args.push(' ');
                    args.push_str(&ctx.tr.t1("home-site-walkin", "hours", walkin));
                    args
                }
            };
            SiteToday {
                name: s.name,
                phone: s.phone.display(),
                status,
            }
        })
        .collect();

    let frontline = [Role::Reception, Role::SocialWorker, Role::HealthWorker]
        .iter()
        .any(|r| actor.has(*r));
    let failed_sign_ins = failed.map(|f| {
        let mut said = ctx.tr.tn("home-failed-sign-ins", "count", f.count);
        if let Some(at) = f.last_at {
            let local = chrono::DateTime::from_timestamp(at, 0)
                .map(brussels)
                .unwrap_or_default();
            said.push(' ');
            said.push_str(&ctx.tr.targs(
                "home-failed-sign-ins-last",
                &[
                    (
                        "date",
                        &crate::present::date_in_words(&ctx.tr, local.date()),
                    ),
                    ("time", &local.format("%H:%M").to_string()),
                ],
            ));
        }
        said
    });
    let to_check = if frontline {
        match guichet_desk::directory::to_check(&state.desk(), actor).await {
            Ok(list) => list
                .into_iter()
                .map(|c| ToCheckLine {
                    id: c.service_id,
                    name: c.name,
                    since: match c.last_checked {
                        Some(d) => ctx.tr.t1(
                            "home-to-check-since",
                            "date",
                            crate::present::date_in_words(&ctx.tr, d),
                        ),
                        None => ctx.t("home-to-check-never"),
                    },
                })
                .collect(),
            Err(e) => return unavailable(&ctx, e),
        }
    } else {
        Vec::new()
    };
    let alerts = if actor.has(Role::Coordinator) {
        match crate::reports::alerts_in_words(&state, &ctx, actor).await {
            Ok(a) => a,
            Err(e) => return unavailable(&ctx, e),
        }
    } else {
        Vec::new()
    };
    let away = match guichet_desk::disconnect::arrived_meanwhile(&state.desk(), actor).await {
        Ok(list) => list
            .into_iter()
            .map(|m| {
                let local = chrono::DateTime::from_timestamp(m.created_at, 0)
                    .map(brussels)
                    .unwrap_or_default();
                let when = format!(
                    "{} {}",
                    crate::present::date_in_words(&ctx.tr, local.date()),
                    local.format("%H:%M")
                );
                ctx.tr
                    .t2("home-away-line", ("subject", &m.subject), ("when", &when))
            })
            .collect(),
        Err(e) => return unavailable(&ctx, e),
    };
    let guide_due = if actor.may_keep_tool_guide() {
        match guichet_desk::guide::due_count(&state.desk(), actor).await {
            Ok(n) => n as i64,
            Err(e) => return unavailable(&ctx, e),
        }
    } else {
        0
    };
    let tpl = HomeTpl {
        away,
        guide_due,
        alerts,
        to_check,
        p: Page::new(&ctx, "home-title"),
        failed_sign_ins,
        frontline,
        coordinator: actor.has(Role::Coordinator),
        dpo: actor.has(Role::Dpo),
        admin: actor.has(Role::Admin),
        my_teams,
        sites,
        persons_total,
        accounts,
        sites_total,
        teams_total,
    };
    render(StatusCode::OK, &tpl)
}

/// The owner has read the notice of failed sign-ins: it goes until the next ones.
pub async fn failed_sign_ins_seen(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
) -> Response {
    match guichet_store::throttle::dismiss_failed(&state.db, me.user.id).await {
        Ok(()) => Redirect::to("/home").into_response(),
        Err(e) => unavailable(&ctx, e),
    }
}
