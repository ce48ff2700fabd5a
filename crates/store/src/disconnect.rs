//! The right to disconnect (issue 18, journey J8): a worker's leave, the organisation's
//! sign-in policy outside working hours and its on-call list, and the messages to a
//! worker that arrived while they were away. No person data here.
//!
//! A worker's leave is theirs: it is read and written for the acting staff member's own
//! account (`actor.user_id`), never for an id taken from a request. The policy and the
//! on-call list are kept by those [`Actor::may_keep_disconnect_policy`] allows.

use crate::{get_i64, get_opt_str, get_str, Db, Result, RunOn, StoreError};
use chrono::NaiveDate;
use guichet_domain::ids::UserId;
use guichet_domain::staff_time::{Leave, SignInPolicy};
use guichet_domain::Actor;

/// A leave as stored, with its id (to remove it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaveRow {
    pub id: i64,
    pub leave: Leave,
}

fn day(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| StoreError::Corrupt("leave day".into()))
}

/// The leaves of `user`, for the outbox worker and the sign-in check (which are not a
/// staff member acting on someone: they apply the worker's own rule to the worker).
/// Those that ended before `from_day` are left out.
pub async fn leaves_of(db: &Db, user: UserId, from_day: NaiveDate) -> Result<Vec<LeaveRow>> {
    let rows = sqlx::query(
        "SELECT id, first_day, last_day FROM staff_leaves \
         WHERE user_id = $1 AND last_day >= $2 ORDER BY first_day, id",
    )
    .bind(user.get())
    .bind(from_day.format("%Y-%m-%d").to_string())
    .fetch_all_on(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(LeaveRow {
                id: get_i64(r, "id")?,
                leave: Leave {
                    first: day(&get_str(r, "first_day")?)?,
                    last: day(&get_str(r, "last_day")?)?,
                },
            })
        })
        .collect()
}

/// The acting worker's own leaves that have not ended before `from_day`.
pub async fn my_leaves(db: &Db, actor: &Actor, from_day: NaiveDate) -> Result<Vec<LeaveRow>> {
    leaves_of(db, actor.user_id, from_day).await
}

/// Records a leave for the acting worker.
pub async fn add_my_leave(db: &Db, actor: &Actor, leave: Leave) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO staff_leaves (user_id, first_day, last_day) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(actor.user_id.get())
    .bind(leave.first.format("%Y-%m-%d").to_string())
    .bind(leave.last.format("%Y-%m-%d").to_string())
    .fetch_one_on(db)
    .await?;
    get_i64(&row, "id")
}

/// Removes one of the acting worker's leaves; someone else's is not found.
pub async fn remove_my_leave(db: &Db, actor: &Actor, id: i64) -> Result<()> {
    let done = sqlx::query("DELETE FROM staff_leaves WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(actor.user_id.get())
        .execute_on(db)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// The organisation's policy: what signing in outside one's hours does, and the text
/// that recalls the disconnection policy ("" for the shipped words).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policy {
    pub sign_in: SignInPolicy,
    pub text: String,
}

pub async fn policy(db: &Db) -> Result<Policy> {
    let mut p = Policy::default();
    for r in sqlx::query(
        "SELECT key, value FROM settings WHERE key IN ('sign_in_policy', 'disconnect_text')",
    )
    .fetch_all_on(db)
    .await?
    {
        let value = get_str(&r, "value")?;
        match get_str(&r, "key")?.as_str() {
            "sign_in_policy" => {
                p.sign_in = SignInPolicy::parse(&value)
                    .ok_or_else(|| StoreError::Corrupt("sign-in policy".into()))?
            }
            _ => p.text = value,
        }
    }
    Ok(p)
}

/// The user ids on the on-call list.
pub async fn on_call(db: &Db) -> Result<Vec<UserId>> {
    let rows = sqlx::query("SELECT user_id FROM on_call ORDER BY user_id")
        .fetch_all_on(db)
        .await?;
    rows.iter()
        .map(|r| Ok(UserId::new(get_i64(r, "user_id")?)))
        .collect()
}

pub async fn is_on_call(db: &Db, user: UserId) -> Result<bool> {
    Ok(
        sqlx::query("SELECT user_id FROM on_call WHERE user_id = $1")
            .bind(user.get())
            .fetch_optional_on(db)
            .await?
            .is_some(),
    )
}

/// Sets the policy and the on-call list at once (one unit of work is the caller's).
pub async fn set_policy(
    db: &Db,
    actor: &Actor,
    p: &Policy,
    on_call: &[UserId],
    now: i64,
) -> Result<()> {
    if !actor.may_keep_disconnect_policy() {
        return Err(StoreError::Forbidden);
    }
    sqlx::query("DELETE FROM settings WHERE key IN ('sign_in_policy', 'disconnect_text')")
        .execute_on(db)
        .await?;
    for (key, value) in [
        ("sign_in_policy", p.sign_in.code()),
        ("disconnect_text", p.text.as_str()),
    ] {
        sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2)")
            .bind(key)
            .bind(value)
            .execute_on(db)
            .await?;
    }
    let before = self::on_call(db).await?;
    for gone in before.iter().filter(|u| !on_call.contains(u)) {
        sqlx::query("DELETE FROM on_call WHERE user_id = $1")
            .bind(gone.get())
            .execute_on(db)
            .await?;
    }
    for new in on_call.iter().filter(|u| !before.contains(u)) {
        sqlx::query("INSERT INTO on_call (user_id, added_by, added_at) VALUES ($1, $2, $3)")
            .bind(new.get())
            .bind(actor.user_id.get())
            .bind(now)
            .execute_on(db)
            .await?;
    }
    Ok(())
}

/// A message guichet wrote to the acting worker (a number and where to look, never
/// person data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageToMe {
    pub subject: String,
    pub created_at: i64,
    /// When it leaves, or left: later than `created_at` when it was held.
    pub due_at: i64,
    pub sent: bool,
    pub working_hours: Option<String>,
}

/// The acting worker's own messages written since `since`, newest first (at most 20).
pub async fn my_messages_since(db: &Db, actor: &Actor, since: i64) -> Result<Vec<MessageToMe>> {
    let rows = sqlx::query(
        "SELECT o.subject, o.created_at, o.due_at, o.status, u.working_hours FROM outbox o \
         JOIN users u ON u.id = o.user_id \
         WHERE o.user_id = $1 AND o.person_id IS NULL AND o.created_at >= $2 \
         AND o.status IN ('pending', 'sent') ORDER BY o.created_at DESC, o.id DESC LIMIT 20",
    )
    .bind(actor.user_id.get())
    .bind(since)
    .fetch_all_on(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(MessageToMe {
                subject: get_str(r, "subject")?,
                created_at: get_i64(r, "created_at")?,
                due_at: get_i64(r, "due_at")?,
                sent: get_str(r, "status")? == "sent",
                working_hours: get_opt_str(r, "working_hours")?,
            })
        })
        .collect()
}
