//! Referrals: a person oriented to a service of the directory with a minimal packet the
//! worker chose and the person agreed to share. Reading the sender's side needs the
//! person's file open; reading the receiver's side needs the access policy's
//! [`Actor::may_answer_referrals_of`] for the receiving team, and shows only the packet.

use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_opt_str, get_str, Db, Result, StoreError};
use guichet_domain::ids::{PersonId, TeamId};
use guichet_domain::referral::Delays;
use guichet_domain::Actor;
use serde::{Deserialize, Serialize};
use sqlx::any::AnyRow;

/// What the person agreed to share, exactly as it was sent (`{}` once emptied by an
/// erasure or by retention).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Packet {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub language: Option<String>,
    /// What the person needs, in the sender's words.
    pub need: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Sent,
    Accepted,
    Refused,
    /// Sent, unanswered after its expiry date.
    Expired,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Sent => "sent",
            Status::Accepted => "accepted",
            Status::Refused => "refused",
            Status::Expired => "expired",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Referral {
    pub id: i64,
    pub person_id: i64,
    pub from_team_id: i64,
    pub from_team_name: String,
    /// Who sent it (the person is told of the answer as seen from their file).
    pub from_user_id: i64,
    pub service_id: String,
    pub listing_id: Option<i64>,
    pub service_name: String,
    pub to_team_id: Option<i64>,
    pub packet: Packet,
    pub status: Status,
    pub reason: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub answered_at: Option<i64>,
    /// The outside service's address it was emailed to, if it was.
    pub emailed_to: Option<String>,
}

pub struct NewReferral<'a> {
    pub person: PersonId,
    pub from_team: TeamId,
    pub service_id: &'a str,
    pub listing_id: Option<i64>,
    pub service_name: &'a str,
    pub to_team: Option<TeamId>,
    pub packet: &'a Packet,
    pub expires_at: i64,
    pub emailed_to: Option<&'a str>,
}

const COLUMNS: &str = "r.id, r.person_id, r.from_team_id, t.name AS from_team_name, r.from_user_id, r.service_id, r.listing_id, \
     r.service_name, r.to_team_id, r.packet, r.status, r.reason, r.created_at, r.expires_at, r.answered_at, r.emailed_to";

fn from_row(r: &AnyRow, now: i64) -> Result<Referral> {
    let status = match get_str(r, "status")?.as_str() {
        "accepted" => Status::Accepted,
        "refused" => Status::Refused,
        _ if get_i64(r, "expires_at")? <= now => Status::Expired,
        _ => Status::Sent,
    };
    Ok(Referral {
        id: get_i64(r, "id")?,
        person_id: get_i64(r, "person_id")?,
        from_team_id: get_i64(r, "from_team_id")?,
        from_team_name: get_str(r, "from_team_name")?,
        from_user_id: get_i64(r, "from_user_id")?,
        service_id: get_str(r, "service_id")?,
        listing_id: get_opt_i64(r, "listing_id")?,
        service_name: get_str(r, "service_name")?,
        to_team_id: get_opt_i64(r, "to_team_id")?,
        packet: serde_json::from_str(&get_str(r, "packet")?)
            .map_err(|e| StoreError::Corrupt(format!("referral packet: {e}")))?,
        status,
        reason: get_opt_str(r, "reason")?,
        created_at: get_i64(r, "created_at")?,
        expires_at: get_i64(r, "expires_at")?,
        answered_at: get_opt_i64(r, "answered_at")?,
        emailed_to: get_opt_str(r, "emailed_to")?,
    })
}

/// Records a referral sent by `actor` (the caller opened the file and checked the
/// policy and the consent).
pub async fn insert(db: &Db, actor: &Actor, r: &NewReferral<'_>, now: i64) -> Result<i64> {
    let packet = serde_json::to_string(r.packet).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let row = sqlx::query(
        "INSERT INTO referrals (person_id, from_team_id, from_user_id, service_id, listing_id, service_name, \
         to_team_id, packet, status, created_at, expires_at, emailed_to) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'sent', $9, $10, $11) RETURNING id",
    )
    .bind(r.person.get())
    .bind(r.from_team.get())
    .bind(actor.user_id.get())
    .bind(r.service_id)
    .bind(r.listing_id)
    .bind(r.service_name)
    .bind(r.to_team.map(TeamId::get))
    .bind(packet)
    .bind(now)
    .bind(r.expires_at)
    .bind(r.emailed_to)
    .fetch_one_on(db)
    .await?;
    get_i64(&row, "id")
}

/// The referrals of a person whose file `file` proves open, newest first.
pub async fn for_person(
    db: &Db,
    actor: &Actor,
    file: &crate::persons::OpenedFile,
    now: i64,
) -> Result<Vec<Referral>> {
    let person = file.for_actor(actor)?;
    of_person(db, person, now).await
}

/// Without the access check, for callers that just opened the file (the report).
pub(crate) async fn of_person(db: &Db, person: PersonId, now: i64) -> Result<Vec<Referral>> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM referrals r JOIN teams t ON t.id = r.from_team_id \
         WHERE r.person_id = $1 ORDER BY r.created_at DESC, r.id DESC"
    ))
    .bind(person.get())
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| from_row(r, now))
    .collect()
}

/// The referrals addressed to the actor's teams, waiting ones first (oldest first), then
/// the answered and expired ones of the last 30 days.
pub async fn incoming(db: &Db, actor: &Actor, now: i64) -> Result<Vec<Referral>> {
    let teams: Vec<i64> = actor
        .teams
        .iter()
        .filter(|t| actor.may_answer_referrals_of(**t))
        .map(|t| t.get())
        .collect();
    if teams.is_empty() {
        return Ok(Vec::new());
    }
    let list = teams
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let mut all: Vec<Referral> = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM referrals r JOIN teams t ON t.id = r.from_team_id \
         WHERE r.to_team_id IN ({list}) AND (r.status = 'sent' OR r.answered_at > $1) \
         ORDER BY r.created_at, r.id"
    ))
    .bind(now - 30 * 86_400)
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| from_row(r, now))
    .collect::<Result<_>>()?;
    all.sort_by_key(|r| r.status != Status::Sent);
    Ok(all)
}

/// One referral addressed to one of the actor's teams.
pub async fn addressed_to(db: &Db, actor: &Actor, id: i64, now: i64) -> Result<Referral> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM referrals r JOIN teams t ON t.id = r.from_team_id WHERE r.id = $1"
    ))
    .bind(id)
    .fetch_optional_on(db)
    .await?
    .ok_or(StoreError::NotFound)?;
    let r = from_row(&row, now)?;
    match r.to_team_id {
        Some(t) if actor.may_answer_referrals_of(TeamId::new(t)) => Ok(r),
        _ => Err(StoreError::NotFound),
    }
}

/// Accepts or refuses a waiting referral; `Changed` when it was answered meanwhile or
/// has expired.
pub async fn answer(
    db: &Db,
    actor: &Actor,
    id: i64,
    accepted: bool,
    reason: Option<&str>,
    now: i64,
) -> Result<Referral> {
    let r = addressed_to(db, actor, id, now).await?;
    if r.status != Status::Sent {
        return Err(StoreError::Changed);
    }
    let done = sqlx::query(
        "UPDATE referrals SET status = $1, reason = $2, answered_at = $3, answered_by = $4 \
         WHERE id = $5 AND status = 'sent'",
    )
    .bind(if accepted { "accepted" } else { "refused" })
    .bind(reason)
    .bind(now)
    .bind(actor.user_id.get())
    .bind(id)
    .execute_on(db)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::Changed);
    }
    addressed_to(db, actor, id, now).await
}

/// The organisation's delays for referrals (defaults until a coordinator sets them).
pub async fn delays(db: &Db) -> Result<Delays> {
    let mut d = Delays::default();
    for r in sqlx::query(
        "SELECT key, value FROM settings \
         WHERE key IN ('referral_expire_days', 'referral_remind_days')",
    )
    .fetch_all_on(db)
    .await?
    {
        let days: u32 = get_str(&r, "value")?
            .parse()
            .map_err(|_| StoreError::Corrupt("referral delay".into()))?;
        match get_str(&r, "key")?.as_str() {
            "referral_expire_days" => d.expire_days = days,
            _ => d.remind_days = days,
        }
    }
    Ok(d)
}

/// Sets the delays (already checked by [`Delays::parse`]); coordinators and
/// administrators, as for the directory. Referrals already sent keep their expiry date.
pub async fn set_delays(db: &Db, actor: &Actor, d: Delays) -> Result<()> {
    if !actor.may_manage_directory() {
        return Err(StoreError::Forbidden);
    }
    let mut tx = db.begin().await?;
    sqlx::query(
        "DELETE FROM settings WHERE key IN ('referral_expire_days', 'referral_remind_days')",
    )
    .execute(&mut *tx)
    .await?;
    for (key, days) in [
        ("referral_expire_days", d.expire_days),
        ("referral_remind_days", d.remind_days),
    ] {
        sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2)")
            .bind(key)
            .bind(days.to_string())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}
