//! The observatory's counts (journey J6): how many acts, requests, appointments,
//! messages and referrals a team, a service or a site had over a period, by category.
//!
//! Privacy by construction: every query here groups by a category (a platform, a
//! channel, a status…) over a set of teams, and none selects, groups or returns a worker
//! (`recorded_by`, `assigned_to`, `worker_id`, `created_by` are never read). The only
//! scopes are a team, a service or a site ([`Scope`]), and the caller must pass
//! [`Actor::may_see_figures_of`]. Counts leave this module raw; they are suppressed by
//! [`guichet_domain::observatory`] before anything shows them.

use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_str, Db, Result, StoreError};
use chrono::{NaiveDate, TimeZone, Utc};
use guichet_domain::clock::brussels;
use guichet_domain::ids::TeamId;
use guichet_domain::observatory::Scope;
use guichet_domain::Actor;
use std::collections::BTreeMap;

/// Counts by category code.
pub type Counts = BTreeMap<String, u64>;

/// One period's counts, every breakdown of the observatory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeriodCounts {
    /// Acts of digital assistance by platform code.
    pub platform: Counts,
    /// Acts mentioning each barrier (an act may name several).
    pub barrier: Counts,
    /// Acts done with the person or for them.
    pub mode: Counts,
    pub autonomy: Counts,
    pub outcome: Counts,
    /// "person" (someone with a file) or "anonymous" (a walk-in without one).
    pub helped: Counts,
    /// Minutes of digital assistance, with the number of acts they add up from.
    pub minutes: u64,
    pub acts: u64,
    /// Acts that failed ("not possible") by platform, for the barrier alert.
    pub failed: Counts,
    /// Requests by arrival channel and by topic.
    pub channel: Counts,
    pub topic: Counts,
    /// Requests whose promised date fell in the period: "kept", "missed", "open" (not
    /// due yet when counted).
    pub promise: Counts,
    /// Appointments by what became of them: "kept", "missed", "cancelled", "planned".
    pub appointment: Counts,
    /// Messages sent by channel ("sms", "email", "paper-letter").
    pub message: Counts,
    /// Referrals sent by what became of them ("sent" = no answer yet).
    pub referral: Counts,
}

/// The teams a scope covers (empty when it names nothing).
pub async fn scope_teams(db: &Db, scope: Scope) -> Result<Vec<TeamId>> {
    let (sql, id) = match scope {
        Scope::Team(id) => ("SELECT id FROM teams WHERE id = $1", id),
        Scope::Service(id) => ("SELECT id FROM teams WHERE service_id = $1", id),
        Scope::Site(id) => (
            "SELECT t.id AS id FROM teams t JOIN services s ON s.id = t.service_id \
             WHERE s.site_id = $1",
            id,
        ),
    };
    sqlx::query(sql)
        .bind(id)
        .fetch_all_on(db)
        .await?
        .iter()
        .map(|r| get_i64(r, "id").map(TeamId::new))
        .collect()
}

/// The UTC second at which a Brussels day begins.
pub fn day_start(day: NaiveDate) -> i64 {
    let local = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    for offset in [1, 2] {
        let utc = Utc.from_utc_datetime(&(local - chrono::Duration::hours(offset)));
        if brussels(utc) == local {
            return utc.timestamp();
        }
    }
    Utc.from_utc_datetime(&local).timestamp()
}

fn add(counts: &mut Counts, key: impl Into<String>, n: u64) {
    *counts.entry(key.into()).or_default() += n;
}

async fn grouped(db: &Db, sql: &str, binds: &[String]) -> Result<Vec<(String, u64)>> {
    let mut q = sqlx::query(sql);
    for b in binds {
        q = q.bind(b.clone());
    }
    q.fetch_all_on(db)
        .await?
        .iter()
        .map(|r| Ok((get_str(r, "k")?, get_i64(r, "n")?.max(0) as u64)))
        .collect()
}

async fn grouped_ts(db: &Db, sql: &str, from: i64, to: i64) -> Result<Vec<(String, u64)>> {
    sqlx::query(sql)
        .bind(from)
        .bind(to)
        .fetch_all_on(db)
        .await?
        .iter()
        .map(|r| Ok((get_str(r, "k")?, get_i64(r, "n")?.max(0) as u64)))
        .collect()
}

/// Counts every breakdown for `teams` from `first` to `last` (Brussels days, both
/// included); `today` decides which promised dates are not due yet. Refused unless the
/// actor may see the figures of these teams.
pub async fn count(
    db: &Db,
    actor: &Actor,
    teams: &[TeamId],
    first: NaiveDate,
    last: NaiveDate,
    today: NaiveDate,
) -> Result<PeriodCounts> {
    if !actor.may_see_figures_of(teams) {
        return Err(StoreError::Forbidden);
    }
    // Team ids are numbers from the database, never typed: safe to list inline.
    let list = teams
        .iter()
        .map(|t| t.get().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let days = [first.to_string(), last.to_string()];
    let from = day_start(first);
    let to = day_start(last.succ_opt().unwrap_or(last));
    let mut c = PeriodCounts::default();

    let acts =
        format!("FROM assistance_acts WHERE team_id IN ({list}) AND day >= $1 AND day <= $2");
    for (column, into) in [
        ("platform", &mut c.platform),
        ("mode", &mut c.mode),
        ("autonomy", &mut c.autonomy),
        ("outcome", &mut c.outcome),
    ] {
        for (k, n) in grouped(
            db,
            &format!("SELECT {column} AS k, COUNT(*) AS n {acts} GROUP BY {column}"),
            &days,
        )
        .await?
        {
            add(into, k, n);
        }
    }
    for (k, n) in grouped(
        db,
        &format!(
            "SELECT CASE WHEN person_id IS NULL THEN 'anonymous' ELSE 'person' END AS k, \
             COUNT(*) AS n {acts} GROUP BY CASE WHEN person_id IS NULL THEN 'anonymous' \
             ELSE 'person' END"
        ),
        &days,
    )
    .await?
    {
        add(&mut c.helped, k, n);
    }
    for (k, n) in grouped(
        db,
        &format!("SELECT barriers AS k, COUNT(*) AS n {acts} GROUP BY barriers"),
        &days,
    )
    .await?
    {
        for code in k.split_whitespace() {
            add(&mut c.barrier, code, n);
        }
    }
    for (k, n) in grouped(
        db,
        &format!(
            "SELECT platform AS k, COUNT(*) AS n {acts} AND outcome = 'not-possible' \
             GROUP BY platform"
        ),
        &days,
    )
    .await?
    {
        add(&mut c.failed, k, n);
    }
    let total_sql =
        format!("SELECT COUNT(*) AS n, CAST(COALESCE(SUM(minutes), 0) AS BIGINT) AS m {acts}");
    let mut q = sqlx::query(&total_sql);
    for d in &days {
        q = q.bind(d.clone());
    }
    let row = q.fetch_one_on(db).await?;
    c.acts = get_i64(&row, "n")?.max(0) as u64;
    c.minutes = get_opt_i64(&row, "m")?.unwrap_or(0).max(0) as u64;

    let requests =
        format!("FROM requests WHERE team_id IN ({list}) AND created_at >= $1 AND created_at < $2");
    for (column, into) in [("channel", &mut c.channel), ("topic", &mut c.topic)] {
        for (k, n) in grouped_ts(
            db,
            &format!("SELECT {column} AS k, COUNT(*) AS n {requests} GROUP BY {column}"),
            from,
            to,
        )
        .await?
        {
            add(into, k, n);
        }
    }

    // A promise is kept when the request was answered (done or redirected to the right
    // service) before the end of its promised day.
    let promises_sql = format!(
        "SELECT r.promised_on AS promised, \
         (SELECT MIN(e.at) FROM request_events e WHERE e.request_id = r.id \
          AND e.status IN ('done', 'redirected')) AS closed \
         FROM requests r WHERE r.team_id IN ({list}) AND r.promised_on >= $1 \
         AND r.promised_on <= $2 AND r.status <> 'withdrawn'"
    );
    let mut q = sqlx::query(&promises_sql);
    for d in &days {
        q = q.bind(d.clone());
    }
    for r in q.fetch_all_on(db).await? {
        let promised = NaiveDate::parse_from_str(&get_str(&r, "promised")?, "%Y-%m-%d")
            .map_err(|_| StoreError::Corrupt("promised_on".into()))?;
        let deadline = day_start(promised.succ_opt().unwrap_or(promised));
        let key = match get_opt_i64(&r, "closed")? {
            Some(at) if at < deadline => "kept",
            Some(_) => "missed",
            None if promised < today => "missed",
            None => "open",
        };
        add(&mut c.promise, key, 1);
    }

    // Appointments of the scope's teams: those whose request the teams hold, or else
    // whose worker belongs to one of them (the worker is only a way to the team; nothing
    // is counted by worker).
    for (k, n) in grouped_ts(
        db,
        &format!(
            "SELECT CASE WHEN a.status IN ('done', 'arrived') THEN 'kept' ELSE a.status END AS k, \
             COUNT(*) AS n FROM appointments a \
             WHERE a.starts_at >= $1 AND a.starts_at < $2 AND ( \
               EXISTS (SELECT 1 FROM requests r WHERE r.id = a.request_id AND r.team_id IN ({list})) \
               OR (a.request_id IS NULL AND EXISTS (SELECT 1 FROM team_members m \
                   WHERE m.user_id = a.worker_id AND m.team_id IN ({list})))) \
             GROUP BY CASE WHEN a.status IN ('done', 'arrived') THEN 'kept' ELSE a.status END"
        ),
        from,
        to,
    )
    .await?
    {
        add(&mut c.appointment, k, n);
    }

    for (k, n) in grouped_ts(
        db,
        &format!(
            "SELECT o.channel AS k, COUNT(*) AS n FROM outbox o \
             WHERE o.status = 'sent' AND o.user_id IS NULL \
             AND COALESCE(o.sent_at, o.created_at) >= $1 AND COALESCE(o.sent_at, o.created_at) < $2 \
             AND (EXISTS (SELECT 1 FROM requests r WHERE r.id = o.request_id AND r.team_id IN ({list})) \
               OR EXISTS (SELECT 1 FROM appointments a JOIN team_members m ON m.user_id = a.worker_id \
                 WHERE a.id = o.appointment_id AND o.request_id IS NULL AND m.team_id IN ({list}))) \
             GROUP BY o.channel"
        ),
        from,
        to,
    )
    .await?
    {
        add(&mut c.message, k, n);
    }

    for (k, n) in grouped_ts(
        db,
        &format!(
            "SELECT status AS k, COUNT(*) AS n FROM referrals WHERE from_team_id IN ({list}) \
             AND created_at >= $1 AND created_at < $2 GROUP BY status"
        ),
        from,
        to,
    )
    .await?
    {
        add(&mut c.referral, k, n);
    }
    Ok(c)
}

/// Failed acts by platform for each of `periods` (first, last day), oldest first: the
/// barrier alert's history. Same rule as [`count`].
pub async fn failures(
    db: &Db,
    actor: &Actor,
    teams: &[TeamId],
    periods: &[(NaiveDate, NaiveDate)],
) -> Result<Vec<Counts>> {
    if !actor.may_see_figures_of(teams) {
        return Err(StoreError::Forbidden);
    }
    let list = teams
        .iter()
        .map(|t| t.get().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let mut out = Vec::with_capacity(periods.len());
    for (first, last) in periods {
        let mut c = Counts::new();
        for (k, n) in grouped(
            db,
            &format!(
                "SELECT platform AS k, COUNT(*) AS n FROM assistance_acts \
                 WHERE team_id IN ({list}) AND day >= $1 AND day <= $2 \
                 AND outcome = 'not-possible' GROUP BY platform"
            ),
            &[first.to_string(), last.to_string()],
        )
        .await?
        {
            add(&mut c, k, n);
        }
        out.push(c);
    }
    Ok(out)
}

/// A report published as a read-only link: the suppressed figures, frozen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedReport {
    pub id: i64,
    pub scope: String,
    pub period: String,
    pub language: String,
    pub figures: String,
    pub published_at: i64,
    pub withdrawn_at: Option<i64>,
}

fn published_from(r: &sqlx::any::AnyRow) -> Result<PublishedReport> {
    Ok(PublishedReport {
        id: get_i64(r, "id")?,
        scope: get_str(r, "scope")?,
        period: get_str(r, "period")?,
        language: get_str(r, "language")?,
        figures: get_str(r, "figures")?,
        published_at: get_i64(r, "published_at")?,
        withdrawn_at: get_opt_i64(r, "withdrawn_at")?,
    })
}

/// Stores a published report; `figures` must already be suppressed. Returns its id.
#[allow(clippy::too_many_arguments)]
pub async fn publish(
    db: &Db,
    actor: &Actor,
    teams: &[TeamId],
    token_hash: &str,
    scope: Scope,
    period: &str,
    language: &str,
    figures: &str,
    now: i64,
) -> Result<i64> {
    if !actor.may_see_figures_of(teams) {
        return Err(StoreError::Forbidden);
    }
    let row = sqlx::query(
        "INSERT INTO published_reports (token_hash, scope, period, language, figures, \
         published_by, published_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(token_hash.to_owned())
    .bind(scope.code())
    .bind(period.to_owned())
    .bind(language.to_owned())
    .bind(figures.to_owned())
    .bind(actor.user_id.get())
    .bind(now)
    .fetch_one_on(db)
    .await?;
    get_i64(&row, "id")
}

const PUBLISHED_COLUMNS: &str =
    "id, scope, period, language, figures, published_at, withdrawn_at FROM published_reports";

/// The report behind a link's token (hashed by the caller), withdrawn or not.
pub async fn published_by_token(db: &Db, token_hash: &str) -> Result<Option<PublishedReport>> {
    let row = sqlx::query(&format!("SELECT {PUBLISHED_COLUMNS} WHERE token_hash = $1"))
        .bind(token_hash.to_owned())
        .fetch_optional_on(db)
        .await?;
    row.as_ref().map(published_from).transpose()
}

/// The reports published for a scope, newest first (without their links: only the
/// token's hash is kept).
pub async fn published_of(
    db: &Db,
    actor: &Actor,
    teams: &[TeamId],
    scope: Scope,
) -> Result<Vec<PublishedReport>> {
    if !actor.may_see_figures_of(teams) {
        return Err(StoreError::Forbidden);
    }
    sqlx::query(&format!(
        "SELECT {PUBLISHED_COLUMNS} WHERE scope = $1 ORDER BY published_at DESC, id DESC"
    ))
    .bind(scope.code())
    .fetch_all_on(db)
    .await?
    .iter()
    .map(published_from)
    .collect()
}

/// Withdraws a published link: the page then says it was withdrawn.
pub async fn withdraw(
    db: &Db,
    actor: &Actor,
    teams: &[TeamId],
    scope: Scope,
    id: i64,
    now: i64,
) -> Result<()> {
    if !actor.may_see_figures_of(teams) {
        return Err(StoreError::Forbidden);
    }
    let done = sqlx::query(
        "UPDATE published_reports SET withdrawn_at = $1 WHERE id = $2 AND scope = $3 \
         AND withdrawn_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .bind(scope.code())
    .execute_on(db)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}
