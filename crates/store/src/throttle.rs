//! Storage for sign-in throttling (the rule itself is `guichet_domain::throttle`).
//! Only keyed hashes of names, addresses and device cookies are stored.

use crate::{get_i64, get_opt_i64, new_token, token_hash, Db, Result};
use guichet_domain::ids::UserId;
use guichet_domain::throttle::{Failures, WINDOW_SECS};
use sqlx::Row;

/// The installation's secret used to key the hashes, created on first use.
pub async fn installation_key(db: &Db) -> Result<String> {
    if let Some(row) = sqlx::query("SELECT value FROM settings WHERE key = 'throttle_key'")
        .fetch_optional(db.pool())
        .await?
    {
        return Ok(row.try_get::<String, _>("value")?);
    }
    let key = new_token();
    // Two servers may race here: the first insert wins, and both read it back.
    let _ = sqlx::query("INSERT INTO settings (key, value) VALUES ('throttle_key', $1)")
        .bind(&key)
        .execute(db.pool())
        .await;
    let row = sqlx::query("SELECT value FROM settings WHERE key = 'throttle_key'")
        .fetch_one(db.pool())
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
    let row = q.bind(now - WINDOW_SECS).fetch_one(db.pool()).await?;
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
        .execute(db.pool())
        .await?;
    sqlx::query("INSERT INTO login_failures (account_key, address_key, device_key, at) VALUES ($1, $2, $3, $4)")
        .bind(account)
        .bind(address)
        .bind(device)
        .bind(now)
        .execute(db.pool())
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
    let mut tx = db.pool().begin().await?;
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
    .fetch_one(db.pool())
    .await?;
    Ok(get_i64(&row, "n")? > 0)
}
