//! Sessions kept in the database. The browser holds a random token; the table
//! holds its SHA-256, the user and a CSRF token.

use crate::RunOn;
use crate::{get_i64, new_token, token_hash, Db, Result};
use guichet_domain::ids::UserId;

#[derive(Debug, Clone)]
pub struct SessionRecord {
    pub csrf_token: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

/// Creates a session and returns the token for the cookie.
pub async fn create(db: &Db, user: UserId, now: i64) -> Result<String> {
    let token = new_token();
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) \
         VALUES ($1, $2, $3, $4, $4)",
    )
    .bind(token_hash(&token))
    .bind(user.get())
    .bind(new_token())
    .bind(now)
    .execute_on(db)
    .await?;
    Ok(token)
}

pub async fn touch(db: &Db, token: &str, now: i64) -> Result<()> {
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
        .bind(now)
        .bind(token_hash(token))
        .execute_on(db)
        .await?;
    Ok(())
}

pub async fn delete(db: &Db, token: &str) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash(token))
        .execute_on(db)
        .await?;
    Ok(())
}

/// "Sign out everywhere".
pub async fn delete_all_for_user(db: &Db, user: UserId) -> Result<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user.get())
        .execute_on(db)
        .await?;
    Ok(done.rows_affected())
}

pub async fn count_for_user(db: &Db, user: UserId) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM sessions WHERE user_id = $1")
        .bind(user.get())
        .fetch_one_on(db)
        .await?;
    get_i64(&row, "n")
}

/// Removes sessions past the idle or absolute limit.
pub async fn purge_expired(db: &Db, now: i64, idle_secs: i64, absolute_secs: i64) -> Result<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2")
        .bind(now - idle_secs)
        .bind(now - absolute_secs)
        .execute_on(db)
        .await?;
    Ok(done.rows_affected())
}
