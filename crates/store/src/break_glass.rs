//! Break-glass: a front-line staff member opens a file no team of theirs follows, with
//! a written reason. The access lasts 24 hours, is written to the access log with its
//! reason, is listed for the DPO and appears on the person's report.

use crate::access_log::{self, Action};
use crate::RunOn;
use crate::{get_i64, get_opt_str, get_str, Db, Result, StoreError};
use guichet_domain::ids::{PersonId, UserId};
use guichet_domain::policy::BREAK_GLASS_SECS;
use guichet_domain::Actor;

/// Opens `person`'s file for the actor until `now` + 24 hours, and logs it with the
/// reason, in one transaction. Returns when the access ends. `Forbidden` for anyone
/// who may not break glass (administrators, the DPO, coordinators); `NotFound` when
/// there is no such person. The reason is checked by the caller (domain rule).
pub async fn open(db: &Db, actor: &Actor, person: PersonId, reason: &str, now: i64) -> Result<i64> {
    if !actor.may_break_glass() {
        return Err(StoreError::Forbidden);
    }
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(StoreError::Forbidden);
    }
    let until = now + BREAK_GLASS_SECS;
    let mut tx = db.begin().await?;
    // The log first: its chain row serialises writers (see access_log).
    access_log::record_in(
        db,
        &mut tx,
        actor.user_id,
        person,
        Action::BreakGlass,
        "person",
        reason,
        now,
    )
    .await?;
    let exists = sqlx::query("SELECT id FROM persons WHERE id = $1")
        .bind(person.get())
        .fetch_optional(&mut *tx)
        .await?
        .is_some();
    if !exists {
        // Dropping the transaction rolls the log row back: nothing happened.
        return Err(StoreError::NotFound);
    }
    sqlx::query(
        "INSERT INTO break_glass (person_id, user_id, reason, opened_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(person.get())
    .bind(actor.user_id.get())
    .bind(reason)
    .bind(now)
    .bind(until)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(until)
}

/// One break-glass access as the DPO reads it (file id only, no name).
#[derive(Debug, Clone)]
pub struct Opened {
    pub id: i64,
    pub person: PersonId,
    pub user: UserId,
    /// Empty when the account is gone.
    pub user_name: String,
    pub reason: String,
    pub opened_at: i64,
    pub expires_at: i64,
}

/// Every break-glass access, newest first: the DPO only.
pub async fn list(db: &Db, actor: &Actor, limit: i64) -> Result<Vec<Opened>> {
    if !actor.may_read_access_log() {
        return Err(StoreError::Forbidden);
    }
    sqlx::query(
        "SELECT b.id, b.person_id, b.user_id, u.display_name, b.reason, b.opened_at, b.expires_at \
         FROM break_glass b LEFT JOIN users u ON u.id = b.user_id \
         ORDER BY b.opened_at DESC, b.id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| {
        Ok(Opened {
            id: get_i64(r, "id")?,
            person: PersonId::new(get_i64(r, "person_id")?),
            user: UserId::new(get_i64(r, "user_id")?),
            user_name: get_opt_str(r, "display_name")?.unwrap_or_default(),
            reason: get_str(r, "reason")?,
            opened_at: get_i64(r, "opened_at")?,
            expires_at: get_i64(r, "expires_at")?,
        })
    })
    .collect()
}
