//! Storage for sign-in throttling (the rule itself is `guichet_domain::throttle`).
//! Only keyed hashes of names, addresses and device cookies are stored.

use crate::RunOn;
use crate::{get_i64, get_opt_i64, new_token, token_hash, Db, Result};
use guichet_domain::ids::UserId;
use guichet_domain::throttle::{Failures, WINDOW_SECS};
use sqlx::Row;

/// The installation's secret used to key the hashes, created on first use.
pub async fn installation_key(db: &Db) -> Result<String> {
    if let Some(row) = sqlx::query("SELECT value FROM settings WHERE key = 'throttle_key'")
        .fetch_optional_on(db)
        .await?
    {
        return Ok(row.try_get::<String, _>("value")?);
    }
    let key = new_token();
    // Two servers may race here: the first insert wins, and both read it back.
    let _ = sqlx::query("INSERT INTO settings (key, value) VALUES ('throttle_key', $1)")
        .bind(&key)
        .execute_on(db)
        .await;
    let row = sqlx::query("SELECT value FROM settings WHERE key = 'throttle_key'")
        .fetch_one_on(db)
        .await?;
    Ok(row.try_get::<String, _>("value")?)
}

/// Keyed hash of a throttling key (name, address or device cookie).
pub fn key(installation_key: &str, kind: &str, value: &str) -> String {
    token_hash(&format!("{installation_key}\u{1f}{kind}\u{1f}{value}"))
}

async fn failures(db: &Db, sql: &str, binds: &[&str], now: i64) -> Result<Failures> {
    let mut q = sqlx::query(sql);
    for b in binds {
        q = q.bind(*b);
    }
    let row = q.bind(now - WINDOW_SECS).fetch_one_on(db).await?;
    Ok(Failures {
        count: get_i64(&row, "n")?,
        last_at: get_opt_i64(&row, "last_at")?,
    })
}

pub async fn account_failures(db: &Db, account: &str, now: i64) -> Result<Failures> {
    failures(
        db,
        "SELECT COUNT(*) AS n, MAX(at) AS last_at FROM login_failures WHERE account_key = $1 AND at > $2",
        &[account],
        now,
    )
    .await
}

pub async fn address_failures(db: &Db, address: &str, now: i64) -> Result<Failures> {
    failures(
        db,
        "SELECT COUNT(*) AS n, MAX(at) AS last_at FROM login_failures WHERE address_key = $1 AND at > $2",
        &[address],
        now,
    )
    .await
}

pub async fn device_failures(db: &Db, account: &str, device: &str, now: i64) -> Result<Failures> {
    failures(
        db,
        "SELECT COUNT(*) AS n, MAX(at) AS last_at FROM login_failures \
         WHERE account_key = $1 AND device_key = $2 AND at > $3",
        &[account, device],
        now,
    )
    .await
}

pub async fn record_failure(
    db: &Db,
    account: &str,
    address: &str,
    device: Option<&str>,
    now: i64,
) -> Result<()> {
    sqlx::query("DELETE FROM login_failures WHERE at < $1")
        .bind(now - 4 * WINDOW_SECS)
        .execute_on(db)
        .await?;
    sqlx::query("INSERT INTO login_failures (account_key, address_key, device_key, at) VALUES ($1, $2, $3, $4)")
        .bind(account)
        .bind(address)
        .bind(device)
        .bind(now)
        .execute_on(db)
        .await?;
    Ok(())
}

/// After a successful sign-in: forget this browser's own failures for the account and
/// remember the browser as known for it.
pub async fn record_success(
    db: &Db,
    account: &str,
    device: &str,
    user: UserId,
    now: i64,
) -> Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM login_failures WHERE account_key = $1 AND device_key = $2")
        .bind(account)
        .bind(device)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM known_devices WHERE device_hash = $1 AND user_id = $2")
        .bind(device)
        .bind(user.get())
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO known_devices (device_hash, user_id, last_success_at) VALUES ($1, $2, $3)",
    )
    .bind(device)
    .bind(user.get())
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn is_known_device(db: &Db, device: &str, user: UserId) -> Result<bool> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM known_devices WHERE device_hash = $1 AND user_id = $2",
    )
    .bind(device)
    .bind(user.get())
    .fetch_one_on(db)
    .await?;
    Ok(get_i64(&row, "n")? > 0)
}

/// How many days of failures per account administrators see.
pub const ACCOUNT_DAYS_KEPT: i64 = 30;

const DAY: i64 = 86_400;

/// A failed or refused sign-in on an existing account (wrong password, or tried while it had
/// to wait): counted for its owner, told at the next sign-in, and per day for administrators.
/// Nothing about where it came from is kept here.
pub async fn count_account_failure(db: &Db, user: UserId, now: i64) -> Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "UPDATE users SET failed_since_sign_in = failed_since_sign_in + 1, last_failed_at = $1 \
         WHERE id = $2",
    )
    .bind(now)
    .bind(user.get())
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM sign_in_failure_days WHERE day < $1")
        .bind(now.div_euclid(DAY) - ACCOUNT_DAYS_KEPT)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO sign_in_failure_days (user_id, day, failures) VALUES ($1, $2, 1) \
         ON CONFLICT (user_id, day) DO UPDATE SET failures = sign_in_failure_days.failures + 1",
    )
    .bind(user.get())
    .bind(now.div_euclid(DAY))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// At a successful sign-in: the failures since the previous one are to be told to the
/// owner (added to those not yet dismissed).
pub async fn count_sign_in(db: &Db, user: UserId, now: i64) -> Result<()> {
    sqlx::query(
        "UPDATE users SET failed_to_tell = failed_to_tell + failed_since_sign_in, \
         failed_to_tell_last_at = CASE WHEN failed_since_sign_in > 0 THEN last_failed_at \
         ELSE failed_to_tell_last_at END, failed_since_sign_in = 0, last_sign_in_at = $1 \
         WHERE id = $2",
    )
    .bind(now)
    .bind(user.get())
    .execute_on(db)
    .await?;
    Ok(())
}

/// Failed sign-ins the owner has not yet been told of (dismissed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FailedToTell {
    pub count: i64,
    /// The last of them.
    pub last_at: Option<i64>,
}

/// What to tell the signed-in owner; `None` when nothing failed since they last dismissed.
pub async fn failed_to_tell(db: &Db, user: UserId) -> Result<Option<FailedToTell>> {
    let row = sqlx::query("SELECT failed_to_tell, failed_to_tell_last_at FROM users WHERE id = $1")
        .bind(user.get())
        .fetch_optional_on(db)
        .await?;
    let Some(r) = row else { return Ok(None) };
    let count = get_i64(&r, "failed_to_tell")?;
    Ok((count > 0).then(|| FailedToTell {
        count,
        last_at: get_opt_i64(&r, "failed_to_tell_last_at").ok().flatten(),
    }))
}

/// The owner has read the notice.
pub async fn dismiss_failed(db: &Db, user: UserId) -> Result<()> {
    sqlx::query("UPDATE users SET failed_to_tell = 0, failed_to_tell_last_at = NULL WHERE id = $1")
        .bind(user.get())
        .execute_on(db)
        .await?;
    Ok(())
}

/// Failed sign-ins of one account, as administrators see them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AccountFailures {
    /// Today and yesterday (the last 24 hours, to the day).
    pub recent: i64,
    /// The last 30 days.
    pub month: i64,
    /// Since the account last signed in successfully.
    pub since_sign_in: i64,
    pub last_at: Option<i64>,
}

/// Failures per account for administrators (`Forbidden` for anyone else); accounts with
/// none are left out.
pub async fn failures_per_account(
    db: &Db,
    actor: &guichet_domain::Actor,
    now: i64,
) -> Result<std::collections::HashMap<UserId, AccountFailures>> {
    if !actor.may_administer() {
        return Err(crate::StoreError::Forbidden);
    }
    let today = now.div_euclid(DAY);
    let mut out: std::collections::HashMap<UserId, AccountFailures> = Default::default();
    for r in sqlx::query(
        "SELECT user_id, CAST(SUM(failures) AS BIGINT) AS month, \
         CAST(SUM(CASE WHEN day >= $1 THEN failures ELSE 0 END) AS BIGINT) AS recent \
         FROM sign_in_failure_days WHERE day > $2 GROUP BY user_id",
    )
    .bind(today - 1)
    .bind(today - ACCOUNT_DAYS_KEPT)
    .fetch_all_on(db)
    .await?
    {
        let e = out.entry(UserId::new(get_i64(&r, "user_id")?)).or_default();
        e.month = get_i64(&r, "month")?;
        e.recent = get_i64(&r, "recent")?;
    }
    for r in sqlx::query(
        "SELECT id, failed_since_sign_in, last_failed_at FROM users \
         WHERE failed_since_sign_in > 0 OR last_failed_at > $1",
    )
    .bind(now - ACCOUNT_DAYS_KEPT * DAY)
    .fetch_all_on(db)
    .await?
    {
        let e = out.entry(UserId::new(get_i64(&r, "id")?)).or_default();
        e.since_sign_in = get_i64(&r, "failed_since_sign_in")?;
        e.last_at = get_opt_i64(&r, "last_failed_at")?;
    }
    Ok(out)
}
