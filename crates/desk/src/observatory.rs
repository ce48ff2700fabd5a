//! The observatory (journey J6): evidence of what digitisation costs, for a team, a
//! service or a site over a quarter or a month, compared with the period before. Every
//! figure is counted from the records ([`guichet_store::observatory`]) and suppressed
//! ([`guichet_domain::observatory`]) before it leaves this module: a [`Report`] holds
//! only cells that may be shown, so the page, the CSV, the print and the published link
//! cannot show more than each other, and none of them can show a figure per worker
//! (there is none to show).

use crate::{Desk, DeskError};
use chrono::NaiveDate;
use guichet_domain::assistance::{Autonomy, Barrier, Mode, Outcome, Platform};
use guichet_domain::clock::brussels;
use guichet_domain::ids::TeamId;
use guichet_domain::observatory::{self, Breakdown, Jump, Period, Scope, Shown, ShownCell};
use guichet_domain::request::ArrivalChannel;
use guichet_domain::{Actor, Role};
use guichet_store::observatory::{self as store, Counts, PeriodCounts, PublishedReport};
use guichet_store::org;
use serde::{Deserialize, Serialize};

/// The breakdowns of a report, in the order they are shown.
pub const SECTIONS: [&str; 13] = [
    "platform",
    "blocked",
    "barrier",
    "mode",
    "autonomy",
    "outcome",
    "helped",
    "channel",
    "topic",
    "promise",
    "appointment",
    "message",
    "referral",
];

/// One breakdown as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// One of [`SECTIONS`].
    pub key: String,
    pub shown: Shown,
}

/// A report ready to show: suppressed figures only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub scope: Scope,
    /// The team, service or site as named when the report was made.
    pub scope_name: String,
    pub period: Period,
    pub previous: Period,
    /// Minutes of digital assistance in each period; hidden like any count when it adds
    /// up from fewer than five acts.
    pub minutes_current: ShownCell,
    pub minutes_previous: ShownCell,
    pub sections: Vec<Section>,
    /// The day the figures were counted.
    pub counted_on: NaiveDate,
}

impl Report {
    pub fn section(&self, key: &str) -> Option<&Shown> {
        self.sections
            .iter()
            .find(|s| s.key == key)
            .map(|s| &s.shown)
    }
}

/// A scope a coordinator may choose, with its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeChoice {
    pub scope: Scope,
    pub name: String,
}

/// The teams, services and sites whose figures the actor may see: those of the teams
/// they coordinate. Never a worker.
pub async fn scopes(desk: &Desk, actor: &Actor) -> Result<Vec<ScopeChoice>, DeskError> {
    if !actor.has(Role::Coordinator) {
        return Ok(Vec::new());
    }
    let teams = org::list_teams(&desk.db).await?;
    let services = org::list_services(&desk.db).await?;
    let mut out = Vec::new();
    let mine: Vec<_> = teams
        .iter()
        .filter(|t| actor.teams.contains(&t.id))
        .collect();
    for t in &mine {
        out.push(ScopeChoice {
            scope: Scope::Team(t.id.get()),
            name: t.label(),
        });
    }
    let mut seen_services = Vec::new();
    let mut seen_sites = Vec::new();
    for t in &mine {
        if let Some(s) = services.iter().find(|s| s.id == t.service_id) {
            if !seen_services.contains(&s.id) {
                seen_services.push(s.id);
                out.push(ScopeChoice {
                    scope: Scope::Service(s.id.get()),
                    name: format!("{} — {}", s.name, t.site_name),
                });
            }
            if !seen_sites.contains(&s.site_id) {
                seen_sites.push(s.site_id);
                out.push(ScopeChoice {
                    scope: Scope::Site(s.site_id.get()),
                    name: t.site_name.clone(),
                });
            }
        }
    }
    Ok(out)
}

async fn teams_of(
    desk: &Desk,
    actor: &Actor,
    scope: Scope,
) -> Result<(Vec<TeamId>, String), DeskError> {
    let name = scopes(desk, actor)
        .await?
        .into_iter()
        .find(|c| c.scope == scope)
        .map(|c| c.name)
        .ok_or(DeskError::NotFound)?;
    let teams = store::scope_teams(&desk.db, scope).await?;
    if !actor.may_see_figures_of(&teams) {
        return Err(DeskError::NotFound);
    }
    Ok((teams, name))
}

fn ordered(known: &[&str], current: &Counts, previous: &Counts, keep_zeros: bool) -> Breakdown {
    let mut b = Breakdown::default();
    let get = |c: &Counts, k: &str| c.get(k).copied().unwrap_or(0);
    for k in known {
        let (c, p) = (get(current, k), get(previous, k));
        if keep_zeros || c > 0 || p > 0 {
            b.push(*k, c, p);
        }
    }
    // Codes outside the shipped vocabulary (the organisation's own platforms and
    // topics), largest first.
    let mut others: Vec<&String> = current
        .keys()
        .chain(previous.keys())
        .filter(|k| !known.contains(&k.as_str()))
        .collect();
    others.sort_by(|a, b| get(current, b).cmp(&get(current, a)).then(a.cmp(b)));
    others.dedup();
    for k in others {
        b.push(k.clone(), get(current, k), get(previous, k));
    }
    b
}

fn breakdown(key: &str, c: &PeriodCounts, p: &PeriodCounts) -> Breakdown {
    let codes = |list: &[&'static str]| list.to_vec();
    match key {
        "platform" => ordered(
            &Platform::ALL.iter().map(|x| x.code()).collect::<Vec<_>>(),
            &c.platform,
            &p.platform,
            false,
        ),
        "blocked" => ordered(
            &Platform::ALL.iter().map(|x| x.code()).collect::<Vec<_>>(),
            &c.failed,
            &p.failed,
            false,
        ),
        "barrier" => ordered(
            &Barrier::ALL.iter().map(|x| x.code()).collect::<Vec<_>>(),
            &c.barrier,
            &p.barrier,
            false,
        ),
        "mode" => ordered(
            &Mode::ALL.iter().map(|x| x.code()).collect::<Vec<_>>(),
            &c.mode,
            &p.mode,
            true,
        ),
        "autonomy" => ordered(
            &Autonomy::ALL.iter().map(|x| x.code()).collect::<Vec<_>>(),
            &c.autonomy,
            &p.autonomy,
            true,
        ),
        "outcome" => ordered(
            &Outcome::ALL.iter().map(|x| x.code()).collect::<Vec<_>>(),
            &c.outcome,
            &p.outcome,
            true,
        ),
        "helped" => ordered(&codes(&["person", "anonymous"]), &c.helped, &p.helped, true),
        "channel" => ordered(
            &ArrivalChannel::ALL
                .iter()
                .map(|x| x.code())
                .collect::<Vec<_>>(),
            &c.channel,
            &p.channel,
            true,
        ),
        "topic" => ordered(&[], &c.topic, &p.topic, false),
        "promise" => ordered(
            &codes(&["kept", "missed", "open"]),
            &c.promise,
            &p.promise,
            true,
        ),
        "appointment" => ordered(
            &codes(&["kept", "missed", "cancelled", "planned"]),
            &c.appointment,
            &p.appointment,
            true,
        ),
        "message" => ordered(
            &codes(&["paper-letter", "sms", "email"]),
            &c.message,
            &p.message,
            true,
        ),
        _ => ordered(
            &codes(&["sent", "accepted", "refused"]),
            &c.referral,
            &p.referral,
            true,
        ),
    }
}

fn minutes(c: &PeriodCounts) -> ShownCell {
    if c.acts == 0 {
        ShownCell::Shown(0)
    } else if c.acts < observatory::THRESHOLD {
        ShownCell::Small
    } else {
        ShownCell::Shown(c.minutes)
    }
}

fn today(desk: &Desk) -> NaiveDate {
    brussels(desk.now()).date()
}

/// The report of `scope` for `period`, compared with the period before.
pub async fn report(
    desk: &Desk,
    actor: &Actor,
    scope: Scope,
    period: Period,
) -> Result<Report, DeskError> {
    let (teams, scope_name) = teams_of(desk, actor, scope).await?;
    let today = today(desk);
    let previous = period.previous();
    let (f, l) = period.days();
    let current = store::count(&desk.db, actor, &teams, f, l, today).await?;
    let (pf, pl) = previous.days();
    let before = store::count(&desk.db, actor, &teams, pf, pl, today).await?;
    Ok(Report {
        scope,
        scope_name,
        period,
        previous,
        minutes_current: minutes(&current),
        minutes_previous: minutes(&before),
        sections: SECTIONS
            .iter()
            .map(|k| Section {
                key: (*k).to_owned(),
                shown: breakdown(k, &current, &before).publish(),
            })
            .collect(),
        counted_on: today,
    })
}

/// A platform whose failures jumped, for the coordinators' home page.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    pub team: String,
    pub platform: String,
    pub jump: Jump,
    /// The four weeks compared, and the earlier four-week periods the usual level is
    /// the mean of (first and last day).
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub usual_from: NaiveDate,
    pub usual_to: NaiveDate,
}

/// How many earlier four-week periods make the usual level.
pub const ALERT_HISTORY: usize = 6;

/// The jumps in failed procedures, per platform, of the teams the actor coordinates:
/// the last four weeks (today included) against the six four-week periods before.
pub async fn alerts(desk: &Desk, actor: &Actor) -> Result<Vec<Alert>, DeskError> {
    let mut out = Vec::new();
    for choice in scopes(desk, actor).await? {
        let Scope::Team(_) = choice.scope else {
            continue;
        };
        let teams = store::scope_teams(&desk.db, choice.scope).await?;
        let to = today(desk);
        let window = |k: i64| {
            let last = to - chrono::Duration::days(28 * k);
            (last - chrono::Duration::days(27), last)
        };
        // Oldest first, the current window last.
        let periods: Vec<_> = (0..=ALERT_HISTORY as i64).rev().map(window).collect();
        let counts = store::failures(&desk.db, actor, &teams, &periods).await?;
        let Some((current, history)) = counts.split_last() else {
            continue;
        };
        for (platform, n) in current {
            let earlier: Vec<u64> = history
                .iter()
                .map(|c| c.get(platform).copied().unwrap_or(0))
                .collect();
            if let Some(jump) = observatory::jump(*n, &earlier) {
                out.push(Alert {
                    team: choice.name.clone(),
                    platform: platform.clone(),
                    jump,
                    from: periods[ALERT_HISTORY].0,
                    to,
                    usual_from: periods[0].0,
                    usual_to: periods[ALERT_HISTORY - 1].1,
                });
            }
        }
    }
    Ok(out)
}

/// Publishes the report as a read-only link: the suppressed figures are frozen as they
/// are now. Returns the link's token (shown once; only its hash is kept).
pub async fn publish(
    desk: &Desk,
    actor: &Actor,
    scope: Scope,
    period: Period,
    language: &str,
) -> Result<String, DeskError> {
    let report = report(desk, actor, scope, period).await?;
    let (teams, _) = teams_of(desk, actor, scope).await?;
    let figures = serde_json::to_string(&report)
        .map_err(|e| DeskError::Store(guichet_store::StoreError::Corrupt(e.to_string())))?;
    let token = guichet_store::new_token();
    let (d, work) = desk.begin().await?;
    store::publish(
        &d.db,
        actor,
        &teams,
        &guichet_store::token_hash(&token),
        scope,
        &period.code(),
        language,
        &figures,
        desk.now().timestamp(),
    )
    .await?;
    work.commit().await?;
    tracing::info!(scope = %scope.code(), period = %period.code(), "observatory report published");
    Ok(token)
}

/// A published report as frozen, by its link's token; `None` when unknown.
pub async fn published(
    desk: &Desk,
    token: &str,
) -> Result<Option<(PublishedReport, Report)>, DeskError> {
    let Some(p) = store::published_by_token(&desk.db, &guichet_store::token_hash(token)).await?
    else {
        return Ok(None);
    };
    let report: Report = serde_json::from_str(&p.figures)
        .map_err(|e| DeskError::Store(guichet_store::StoreError::Corrupt(e.to_string())))?;
    Ok(Some((p, report)))
}

/// The links published for a scope, newest first.
pub async fn published_list(
    desk: &Desk,
    actor: &Actor,
    scope: Scope,
) -> Result<Vec<PublishedReport>, DeskError> {
    let (teams, _) = teams_of(desk, actor, scope).await?;
    Ok(store::published_of(&desk.db, actor, &teams, scope).await?)
}

/// Withdraws a published link.
pub async fn withdraw(desk: &Desk, actor: &Actor, scope: Scope, id: i64) -> Result<(), DeskError> {
    let (teams, _) = teams_of(desk, actor, scope).await?;
    let (d, work) = desk.begin().await?;
    store::withdraw(&d.db, actor, &teams, scope, id, desk.now().timestamp()).await?;
    work.commit().await?;
    Ok(())
}
