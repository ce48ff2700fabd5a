//! Topics the organisation adds to the shipped vocabulary. No person data here.

use crate::RunOn;
use crate::{get_i64, get_str, Db, Result, StoreError};
use guichet_domain::topics::{custom_code, CustomTopic};

const COLUMNS: &str = "code, label_fr, label_nl, label_en, archived";

/// Every topic the organisation added, archived ones included, by label.
pub async fn list(db: &Db) -> Result<Vec<CustomTopic>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM custom_topics ORDER BY LOWER(label), code"
    ))
    .fetch_all_on(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(CustomTopic {
                code: get_str(r, "code")?,
                fr: get_str(r, "label_fr")?,
                nl: get_str(r, "label_nl")?,
                en: get_str(r, "label_en")?,
                archived: get_i64(r, "archived")? != 0,
            })
        })
        .collect()
}

/// Adds a topic with its labels (at least one not empty) and returns its new code.
pub async fn add(db: &Db, fr: &str, nl: &str, en: &str, now: i64) -> Result<String> {
    let (fr, nl, en) = (fr.trim(), nl.trim(), en.trim());
    let Some(first) = [fr, nl, en].into_iter().find(|l| !l.is_empty()) else {
        return Err(StoreError::Forbidden);
    };
    let mut tx = db.begin().await?;
    let taken: Vec<String> = sqlx::query("SELECT code FROM custom_topics")
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| get_str(r, "code"))
        .collect::<Result<_>>()?;
    let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
    let code = custom_code(first, &taken);
    sqlx::query(
        "INSERT INTO custom_topics (code, label, label_fr, label_nl, label_en, archived, created_at) \
         VALUES ($1, $2, $3, $4, $5, 0, $6)",
    )
    .bind(&code)
    .bind(first)
    .bind(fr)
    .bind(nl)
    .bind(en)
    .bind(now)
    .execute(&mut *tx)
    .await
    .map_err(StoreError::from_write)?;
    tx.commit().await?;
    Ok(code)
}

/// Archives a topic (no longer offered for new requests) or brings it back.
pub async fn set_archived(db: &Db, code: &str, archived: bool) -> Result<()> {
    let done = sqlx::query("UPDATE custom_topics SET archived = $1 WHERE code = $2")
        .bind(i64::from(archived))
        .bind(code)
        .execute_on(db)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}
