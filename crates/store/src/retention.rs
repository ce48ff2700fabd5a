//! Retention rules and the purge. The DPO sets how many months each kind of record is
//! kept; [`plan`] tells what a purge would do now, [`apply`] does it, one transaction
//! per kind, and every run (dry or real) leaves a `purge_runs` row with counts only.
//!
//! A file is *closed* when it has no open request, no appointment to come, and its last
//! activity (creation, requests and their history, appointments, notes, consents) is
//! older than the cut-off. Anonymising keeps the row and its requests' topic, status and
//! dates (anonymous statistics) and removes everything that identifies the person.

use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_str, Db, Result, StoreError};
use guichet_domain::ids::PersonId;
use guichet_domain::retention::{cutoff, RetentionKind};
use guichet_domain::Actor;
use std::collections::BTreeMap;

/// One rule as the DPO sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub kind: RetentionKind,
    pub months: u32,
    /// When the DPO last changed it; `None` while the default applies.
    pub updated_at: Option<i64>,
}

/// The rules in force, every kind present (defaults for those never set).
pub async fn rules(db: &Db) -> Result<Vec<Rule>> {
    let mut set = BTreeMap::new();
    for r in sqlx::query("SELECT kind, months, updated_at FROM retention_rules")
        .fetch_all_on(db)
        .await?
    {
        if let Some(kind) = RetentionKind::parse(&get_str(&r, "kind")?) {
            let months = u32::try_from(get_i64(&r, "months")?)
                .map_err(|_| StoreError::Corrupt("retention months".into()))?;
            set.insert(kind, (months, get_i64(&r, "updated_at")?));
        }
    }
    Ok(RetentionKind::ALL
        .into_iter()
        .map(|kind| match set.get(&kind) {
            Some((months, at)) => Rule {
                kind,
                months: *months,
                updated_at: Some(*at),
            },
            None => Rule {
                kind,
                months: kind.default_months(),
                updated_at: None,
            },
        })
        .collect())
}

async fn months_of(db: &Db) -> Result<BTreeMap<RetentionKind, u32>> {
    Ok(rules(db)
        .await?
        .into_iter()
        .map(|r| (r.kind, r.months))
        .collect())
}

/// Sets how many months a kind of record is kept (validated by
/// `guichet_domain::retention::parse_months`). The DPO only.
pub async fn set_rule(
    db: &Db,
    actor: &Actor,
    kind: RetentionKind,
    months: u32,
    now: i64,
) -> Result<()> {
    if !actor.may_manage_retention() {
        return Err(StoreError::Forbidden);
    }
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM retention_rules WHERE kind = $1")
        .bind(kind.code())
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO retention_rules (kind, months, updated_at, updated_by) VALUES ($1, $2, $3, $4)",
    )
    .bind(kind.code())
    .bind(i64::from(months))
    .bind(now)
    .bind(actor.user_id.get())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// What a purge would do now. File numbers only, never names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurgePlan {
    pub files: Vec<PersonId>,
    pub access_log: i64,
    pub sent_messages: i64,
    pub walk_in_labels: i64,
    pub referral_packets: i64,
}

/// What a purge did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PurgeSummary {
    pub files: i64,
    pub access_log: i64,
    pub sent_messages: i64,
    pub walk_in_labels: i64,
    pub referral_packets: i64,
}

impl PurgeSummary {
    /// As stored in `purge_runs.summary`: counts per kind, nothing else.
    pub fn storage(&self) -> String {
        format!(
            "{}={};{}={};{}={};{}={};{}={}",
            RetentionKind::ClosedFiles.code(),
            self.files,
            RetentionKind::AccessLog.code(),
            self.access_log,
            RetentionKind::SentMessages.code(),
            self.sent_messages,
            RetentionKind::WalkInLabels.code(),
            self.walk_in_labels,
            RetentionKind::ReferralPackets.code(),
            self.referral_packets
        )
    }

    pub fn from_storage(s: &str) -> Self {
        let mut out = Self::default();
        for part in s.split(';') {
            let Some((k, v)) = part.split_once('=') else {
                continue;
            };
            let v = v.parse().unwrap_or(0);
            match RetentionKind::parse(k) {
                Some(RetentionKind::ClosedFiles) => out.files = v,
                Some(RetentionKind::AccessLog) => out.access_log = v,
                Some(RetentionKind::SentMessages) => out.sent_messages = v,
                Some(RetentionKind::WalkInLabels) => out.walk_in_labels = v,
                Some(RetentionKind::ReferralPackets) => out.referral_packets = v,
                None => {}
            }
        }
        out
    }
}

impl PurgePlan {
    pub fn summary(&self) -> PurgeSummary {
        PurgeSummary {
            files: self.files.len() as i64,
            access_log: self.access_log,
            sent_messages: self.sent_messages,
            walk_in_labels: self.walk_in_labels,
            referral_packets: self.referral_packets,
        }
    }
}

/// Files closed before `$1` (the cut-off) as of `$2` (now). Anonymised files are done.
const CLOSED_FILES: &str =
    "SELECT p.id FROM persons p WHERE p.anonymised_at IS NULL AND p.created_at < $1 \
     AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.person_id = p.id \
         AND (r.created_at >= $1 OR r.status NOT IN ('done', 'redirected', 'withdrawn'))) \
     AND NOT EXISTS (SELECT 1 FROM request_events e JOIN requests r ON r.id = e.request_id \
         WHERE r.person_id = p.id AND e.at >= $1) \
     AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.person_id = p.id \
         AND (a.starts_at >= $1 OR a.starts_at >= $2)) \
     AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.person_id = p.id AND n.created_at >= $1) \
     AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id \
         AND (c.given_at >= $1 OR c.withdrawn_at >= $1)) \
     AND NOT EXISTS (SELECT 1 FROM referrals f WHERE f.person_id = p.id \
         AND (f.created_at >= $1 OR f.answered_at >= $1)) \
     ORDER BY p.id";

/// The access-log rows older than the cut-off `$1`, as the oldest unbroken part of the
/// chain (a row is never removed while an older one than it stays).
const OLD_LOG_END: &str = "SELECT id, hash FROM access_log WHERE at < $1 \
     AND id < COALESCE((SELECT MIN(id) FROM access_log WHERE at >= $1), $2) \
     ORDER BY id DESC LIMIT 1";

const OLD_MESSAGES: &str = "FROM outbox WHERE status IN ('sent', 'withdrawn') \
     AND created_at < $1 AND due_at < $1 AND (body <> '' OR recipient <> '')";

const OLD_WALK_INS: &str = "FROM walk_ins WHERE arrived_at < $1 AND label <> ''";

/// Referrals answered, or left unanswered until they expired, before the cut-off `$1`,
/// whose packet is not empty yet.
const OLD_PACKETS: &str = "FROM referrals WHERE packet <> '{}' \
     AND ((answered_at IS NOT NULL AND answered_at < $1) \
         OR (answered_at IS NULL AND expires_at < $1))";

async fn cutoffs(db: &Db, now: i64) -> Result<BTreeMap<RetentionKind, i64>> {
    let now_dt = chrono::DateTime::from_timestamp(now, 0).unwrap_or_default();
    Ok(months_of(db)
        .await?
        .into_iter()
        .map(|(k, m)| (k, cutoff(now_dt, m)))
        .collect())
}

fn at(c: &BTreeMap<RetentionKind, i64>, kind: RetentionKind) -> i64 {
    // Every kind is present (defaults fill the gaps); a missing one keeps everything.
    c.get(&kind).copied().unwrap_or(i64::MIN)
}

async fn count(db: &Db, from: &str, cut: i64) -> Result<i64> {
    let row = sqlx::query(&format!("SELECT COUNT(*) AS n {from}"))
        .bind(cut)
        .fetch_one_on(db)
        .await?;
    get_i64(&row, "n")
}

/// What a purge would do at `now`, without changing or recording anything.
pub async fn plan(db: &Db, now: i64) -> Result<PurgePlan> {
    let c = cutoffs(db, now).await?;
    let files = sqlx::query(CLOSED_FILES)
        .bind(at(&c, RetentionKind::ClosedFiles))
        .bind(now)
        .fetch_all_on(db)
        .await?
        .iter()
        .map(|r| Ok(PersonId::new(get_i64(r, "id")?)))
        .collect::<Result<Vec<_>>>()?;
    let log_cut = at(&c, RetentionKind::AccessLog);
    let access_log = match sqlx::query(OLD_LOG_END)
        .bind(log_cut)
        .bind(i64::MAX)
        .fetch_optional_on(db)
        .await?
    {
        Some(r) => {
            let row = sqlx::query("SELECT COUNT(*) AS n FROM access_log WHERE id <= $1")
                .bind(get_i64(&r, "id")?)
                .fetch_one_on(db)
                .await?;
            get_i64(&row, "n")?
        }
        None => 0,
    };
    // Messages of a file anonymised first are cleared with it: not counted twice.
    let mut sent_messages = 0;
    for r in sqlx::query(&format!("SELECT person_id {OLD_MESSAGES}"))
        .bind(at(&c, RetentionKind::SentMessages))
        .fetch_all_on(db)
        .await?
    {
        let person = get_opt_i64(&r, "person_id")?.map(PersonId::new);
        if !person.is_some_and(|p| files.contains(&p)) {
            sent_messages += 1;
        }
    }
    Ok(PurgePlan {
        files,
        access_log,
        sent_messages,
        walk_in_labels: count(db, OLD_WALK_INS, at(&c, RetentionKind::WalkInLabels)).await?,
        referral_packets: count(db, OLD_PACKETS, at(&c, RetentionKind::ReferralPackets)).await?,
    })
}

async fn record(db: &Db, now: i64, dry_run: bool, summary: &PurgeSummary) -> Result<()> {
    sqlx::query("INSERT INTO purge_runs (at, dry_run, summary) VALUES ($1, $2, $3)")
        .bind(now)
        .bind(i64::from(dry_run))
        .bind(summary.storage())
        .execute_on(db)
        .await?;
    Ok(())
}

/// [`plan`], recorded as a dry run in the purge history (counts only).
pub async fn dry_run(db: &Db, now: i64) -> Result<PurgePlan> {
    let p = plan(db, now).await?;
    record(db, now, true, &p.summary()).await?;
    Ok(p)
}

/// Runs the purge at `now`: anonymises closed files, removes old access-log entries
/// (keeping the rest of the chain verifiable), clears old sent messages, walk-in
/// labels and referral packets. One transaction per kind; the run is recorded with its counts.
pub async fn apply(db: &Db, now: i64) -> Result<PurgeSummary> {
    let c = cutoffs(db, now).await?;
    let mut summary = PurgeSummary::default();

    // Closed files.
    let mut tx = db.begin().await?;
    let ids = sqlx::query(CLOSED_FILES)
        .bind(at(&c, RetentionKind::ClosedFiles))
        .bind(now)
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| get_i64(r, "id"))
        .collect::<Result<Vec<_>>>()?;
    for id in &ids {
        crate::anonymise::anonymise(&mut tx, PersonId::new(*id), now).await?;
    }
    tx.commit().await?;
    summary.files = ids.len() as i64;

    // Access log: the oldest part of the chain, and the anchor moves to its last hash.
    let mut tx = db.begin().await?;
    // Every writer of the log updates the chain row first: this serialises them.
    sqlx::query("UPDATE access_log_chain SET head_hash = head_hash WHERE id = 1")
        .execute(&mut *tx)
        .await?;
    let last = sqlx::query(OLD_LOG_END)
        .bind(at(&c, RetentionKind::AccessLog))
        .bind(i64::MAX)
        .fetch_optional(&mut *tx)
        .await?;
    if let Some(last) = last {
        summary.access_log = crate::access_log::purge_up_to(
            db,
            &mut tx,
            get_i64(&last, "id")?,
            &get_str(&last, "hash")?,
            now,
        )
        .await?;
    }
    tx.commit().await?;

    // Sent and withdrawn messages: text and recipient cleared.
    let mut tx = db.begin().await?;
    let done = sqlx::query(&format!(
        "UPDATE outbox SET body = '', recipient = '' WHERE id IN (SELECT id {OLD_MESSAGES})"
    ))
    .bind(at(&c, RetentionKind::SentMessages))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    summary.sent_messages = done.rows_affected() as i64;

    // Walk-in labels.
    let mut tx = db.begin().await?;
    let done = sqlx::query(&format!(
        "UPDATE walk_ins SET label = '' WHERE id IN (SELECT id {OLD_WALK_INS})"
    ))
    .bind(at(&c, RetentionKind::WalkInLabels))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    summary.walk_in_labels = done.rows_affected() as i64;

    // Referral packets: what was shared is emptied; the service, dates and answer stay.
    let mut tx = db.begin().await?;
    let done = sqlx::query(&format!(
        "UPDATE referrals SET packet = '{{}}' WHERE id IN (SELECT id {OLD_PACKETS})"
    ))
    .bind(at(&c, RetentionKind::ReferralPackets))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    summary.referral_packets = done.rows_affected() as i64;

    record(db, now, false, &summary).await?;
    Ok(summary)
}

/// One purge in the history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurgeRun {
    pub at: i64,
    pub dry_run: bool,
    pub summary: PurgeSummary,
}

/// The latest purges and dry runs, newest first. The DPO only.
pub async fn history(db: &Db, actor: &Actor, limit: i64) -> Result<Vec<PurgeRun>> {
    if !actor.may_manage_retention() {
        return Err(StoreError::Forbidden);
    }
    sqlx::query("SELECT at, dry_run, summary FROM purge_runs ORDER BY at DESC, id DESC LIMIT $1")
        .bind(limit)
        .fetch_all_on(db)
        .await?
        .iter()
        .map(|r| {
            Ok(PurgeRun {
                at: get_i64(r, "at")?,
                dry_run: get_i64(r, "dry_run")? != 0,
                summary: PurgeSummary::from_storage(&get_str(r, "summary")?),
            })
        })
        .collect()
}
