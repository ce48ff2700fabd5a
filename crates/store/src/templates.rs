//! The organisation's own versions of the message templates. No person data here: the
//! coordinator's editor (route access) is the only writer. The shipped texts live in
//! `guichet-outputs`; a row here overrides the shipped text of its kind × variant ×
//! language, and deleting it brings the shipped text back.

use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_str, Db, Result};
use guichet_domain::ids::UserId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditedTemplate {
    pub kind: String,
    pub variant: String,
    pub language: String,
    pub subject: String,
    pub body: String,
    pub updated_at: i64,
    pub updated_by: Option<i64>,
}

const COLUMNS: &str = "kind, variant, language, subject, body, updated_at, updated_by";

fn from_row(r: &sqlx::any::AnyRow) -> Result<EditedTemplate> {
    Ok(EditedTemplate {
        kind: get_str(r, "kind")?,
        variant: get_str(r, "variant")?,
        language: get_str(r, "language")?,
        subject: get_str(r, "subject")?,
        body: get_str(r, "body")?,
        updated_at: get_i64(r, "updated_at")?,
        updated_by: get_opt_i64(r, "updated_by")?,
    })
}

/// Every edited template.
pub async fn list(db: &Db) -> Result<Vec<EditedTemplate>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM message_templates ORDER BY kind, variant, language"
    ))
    .fetch_all_on(db)
    .await?;
    rows.iter().map(from_row).collect()
}

/// The organisation's version of one template, if it edited it.
pub async fn get(
    db: &Db,
    kind: &str,
    variant: &str,
    language: &str,
) -> Result<Option<EditedTemplate>> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM message_templates WHERE kind = $1 AND variant = $2 AND language = $3"
    ))
    .bind(kind)
    .bind(variant)
    .bind(language)
    .fetch_optional_on(db)
    .await?;
    row.as_ref().map(from_row).transpose()
}

/// Saves the organisation's version (creates or replaces it).
#[allow(clippy::too_many_arguments)]
pub async fn save(
    db: &Db,
    kind: &str,
    variant: &str,
    language: &str,
    subject: &str,
    body: &str,
    by: UserId,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO message_templates (kind, variant, language, subject, body, updated_at, updated_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (kind, variant, language) DO UPDATE SET \
         subject = excluded.subject, body = excluded.body, \
         updated_at = excluded.updated_at, updated_by = excluded.updated_by",
    )
    .bind(kind)
    .bind(variant)
    .bind(language)
    .bind(subject)
    .bind(body)
    .bind(now)
    .bind(by.get())
    .execute_on(db)
    .await?;
    Ok(())
}

/// Back to the shipped text: forgets the organisation's version (nothing to do if none).
pub async fn reset(db: &Db, kind: &str, variant: &str, language: &str) -> Result<()> {
    sqlx::query("DELETE FROM message_templates WHERE kind = $1 AND variant = $2 AND language = $3")
        .bind(kind)
        .bind(variant)
        .bind(language)
        .execute_on(db)
        .await?;
    Ok(())
}
