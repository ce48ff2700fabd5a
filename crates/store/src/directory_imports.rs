//! Directory imports waiting for a coordinator's choice: what a file brought (its valid
//! records) and its problems with their file and line, until it is applied — all of it or
//! nothing, through [`crate::directory::apply_with_progress`] — or discarded.

use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_str, Db, Result, StoreError};
use guichet_domain::directory::Directory;
use guichet_domain::ids::UserId;
use serde::{Deserialize, Serialize};
use sqlx::any::AnyRow;

/// A record that could not be read, where, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub file: String,
    pub line: Option<usize>,
    pub place: String,
    pub message: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub organizations: usize,
    pub services: usize,
    pub locations: usize,
    pub service_at_locations: usize,
    pub taxonomies: usize,
    pub taxonomy_terms: usize,
}

impl Counts {
    pub fn of(d: &Directory) -> Self {
        Counts {
            organizations: d.organizations.len(),
            services: d.services.len(),
            locations: d.locations.len(),
            service_at_locations: d.service_at_locations.len(),
            taxonomies: d.taxonomies.len(),
            taxonomy_terms: d.taxonomy_terms.len(),
        }
    }

    pub fn total(&self) -> usize {
        self.organizations
            + self.services
            + self.locations
            + self.service_at_locations
            + self.taxonomies
            + self.taxonomy_terms
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Checked,
    Applied,
    Failed,
    Discarded,
}

impl Status {
    fn code(self) -> &'static str {
        match self {
            Status::Checked => "checked",
            Status::Applied => "applied",
            Status::Failed => "failed",
            Status::Discarded => "discarded",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "applied" => Status::Applied,
            "failed" => Status::Failed,
            "discarded" => Status::Discarded,
            _ => Status::Checked,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    pub id: i64,
    pub source: String,
    pub format: String,
    pub files: Vec<String>,
    pub created_at: i64,
    pub status: Status,
    pub counts: Counts,
    pub problems: Vec<Problem>,
    pub finished_at: Option<i64>,
    pub added: Option<i64>,
    pub updated: Option<i64>,
}

fn json<T: Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn parse<T: serde::de::DeserializeOwned>(s: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(format!("directory import: {e}")))
}

/// Keeps what a file brought, checked, waiting for a choice.
#[allow(clippy::too_many_arguments)]
pub async fn create(
    db: &Db,
    by: UserId,
    source: &str,
    format: &str,
    files: &[String],
    directory: &Directory,
    problems: &[Problem],
    now: i64,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO dir_imports (source, format, files, created_by, created_at, status, counts, problems, directory) \
         VALUES ($1, $2, $3, $4, $5, 'checked', $6, $7, $8) RETURNING id",
    )
    .bind(source)
    .bind(format)
    .bind(json(&files)?)
    .bind(by.get())
    .bind(now)
    .bind(json(&Counts::of(directory))?)
    .bind(json(&problems)?)
    .bind(json(directory)?)
    .fetch_one_on(db)
    .await?;
    get_i64(&row, "id")
}

const COLUMNS: &str =
    "id, source, format, files, created_at, status, counts, problems, finished_at, added, updated";

fn from_row(r: &AnyRow) -> Result<PendingImport> {
    Ok(PendingImport {
        id: get_i64(r, "id")?,
        source: get_str(r, "source")?,
        format: get_str(r, "format")?,
        files: parse(&get_str(r, "files")?)?,
        created_at: get_i64(r, "created_at")?,
        status: Status::parse(&get_str(r, "status")?),
        counts: parse(&get_str(r, "counts")?)?,
        problems: parse(&get_str(r, "problems")?)?,
        finished_at: get_opt_i64(r, "finished_at")?,
        added: get_opt_i64(r, "added")?,
        updated: get_opt_i64(r, "updated")?,
    })
}

pub async fn get(db: &Db, id: i64) -> Result<PendingImport> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM dir_imports WHERE id = $1"))
        .bind(id)
        .fetch_optional_on(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    from_row(&row)
}

/// The last imports, newest first.
pub async fn recent(db: &Db, limit: i64) -> Result<Vec<PendingImport>> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM dir_imports ORDER BY id DESC LIMIT {}",
        limit.clamp(1, 100)
    ))
    .fetch_all_on(db)
    .await?
    .iter()
    .map(from_row)
    .collect()
}

/// The valid records of an import still waiting (`NotFound` once applied or discarded).
pub async fn records(db: &Db, id: i64) -> Result<(PendingImport, Directory)> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS}, directory FROM dir_imports WHERE id = $1 AND status = 'checked'"
    ))
    .bind(id)
    .fetch_optional_on(db)
    .await?
    .ok_or(StoreError::NotFound)?;
    Ok((from_row(&row)?, parse(&get_str(&row, "directory")?)?))
}

/// Marks an import applied, failed or discarded (only from "checked": `Changed`
/// otherwise), emptying the records it kept.
pub async fn finish(
    db: &Db,
    id: i64,
    status: Status,
    applied: Option<crate::directory::Applied>,
    now: i64,
) -> Result<()> {
    let done = sqlx::query(
        "UPDATE dir_imports SET status = $1, finished_at = $2, added = $3, updated = $4, directory = '{}' \
         WHERE id = $5 AND status = 'checked'",
    )
    .bind(status.code())
    .bind(now)
    .bind(applied.map(|a| a.added as i64))
    .bind(applied.map(|a| a.updated as i64))
    .bind(id)
    .execute_on(db)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::Changed);
    }
    Ok(())
}
