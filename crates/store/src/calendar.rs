//! Calendar links: the stable UID domain of this installation's .ics files, and each
//! worker's private read-only feed (one secret link; only its hash is stored).

use crate::RunOn;
use crate::{get_i64, new_token, token_hash, Db, Result};
use guichet_domain::ids::UserId;
use sqlx::Row;

/// The domain part of every calendar UID made here (`appointment-12@<domain>`): derived
/// from the installation's key, so that two services using guichet never share a UID in
/// one person's calendar, and stable across restarts and servers. Reveals nothing of the key.
pub async fn uid_domain(db: &Db) -> Result<String> {
    let key = crate::throttle::installation_key(db).await?;
    Ok(uid_domain_of(&key))
}

/// The same, from an installation key already read (the web state holds it).
pub fn uid_domain_of(installation_key: &str) -> String {
    let h = token_hash(&format!("calendar-uid\u{1f}{installation_key}"));
    format!("{}.guichet", &h[..16])
}

/// Makes a new feed link for the worker (the old one stops working) and returns its
/// token, to be shown once.
pub async fn create_feed(db: &Db, user: UserId, now: i64) -> Result<String> {
    let token = new_token();
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1")
        .bind(user.get())
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES ($1, $2, $3)")
        .bind(user.get())
        .bind(token_hash(&token))
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(token)
}

/// Stops the worker's feed link.
pub async fn stop_feed(db: &Db, user: UserId) -> Result<()> {
    sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1")
        .bind(user.get())
        .execute_on(db)
        .await?;
    Ok(())
}

/// When the worker's current link was made, if there is one.
pub async fn feed_since(db: &Db, user: UserId) -> Result<Option<i64>> {
    let row = sqlx::query("SELECT created_at FROM calendar_feeds WHERE user_id = $1")
        .bind(user.get())
        .fetch_optional_on(db)
        .await?;
    row.map(|r| get_i64(&r, "created_at")).transpose()
}

/// The worker a feed token belongs to; `None` for an unknown or stopped link, or a
/// disabled account.
pub async fn feed_owner(db: &Db, token: &str) -> Result<Option<UserId>> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let row = sqlx::query(
        "SELECT f.user_id FROM calendar_feeds f JOIN users u ON u.id = f.user_id \
         WHERE f.token_hash = $1 AND u.disabled_at IS NULL",
    )
    .bind(token_hash(token))
    .fetch_optional_on(db)
    .await?;
    Ok(row
        .map(|r| r.try_get::<i64, _>("user_id"))
        .transpose()?
        .map(UserId::new))
}
