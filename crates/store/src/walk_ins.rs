//! Walk-in arrivals at a site: a ticket number per day, called in order.
//! Only front-line staff of a team working at the site see the queue.

use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_str, Db, Result, StoreError};
use chrono::NaiveDate;
use guichet_domain::ids::SiteId;
use guichet_domain::{Actor, PersonAccess};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkIn {
    pub id: i64,
    pub ticket: i64,
    pub label: String,
    pub arrived_at: i64,
    pub called: bool,
}

fn allowed(actor: &Actor) -> Result<()> {
    match actor.person_access() {
        PersonAccess::FollowedBy(_) => Ok(()),
        PersonAccess::None => Err(StoreError::NotFound),
    }
}

/// Gives the next ticket of the day at a site.
pub async fn arrive(
    db: &Db,
    actor: &Actor,
    site: SiteId,
    day: NaiveDate,
    label: &str,
    now: i64,
) -> Result<i64> {
    allowed(actor)?;
    let day = day.format("%Y-%m-%d").to_string();
    // Two desks may hand out a ticket at the same moment: the unique key decides, and
    // the loser takes the next number.
    for _ in 0..5 {
        let row = sqlx::query(
            "SELECT COALESCE(MAX(ticket), 0) AS last FROM walk_ins WHERE site_id = $1 AND day = $2",
        )
        .bind(site.get())
        .bind(&day)
        .fetch_one_on(db)
        .await?;
        let ticket = get_i64(&row, "last")? + 1;
        let done = sqlx::query("INSERT INTO walk_ins (site_id, day, ticket, label, arrived_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(site.get())
            .bind(&day)
            .bind(ticket)
            .bind(label.trim())
            .bind(now)
            .execute_on(db)
            .await;
        match done {
            Ok(_) => return Ok(ticket),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(StoreError::Conflict)
}

/// Visitors of the day still waiting or being seen, by ticket.
pub async fn waiting(db: &Db, actor: &Actor, site: SiteId, day: NaiveDate) -> Result<Vec<WalkIn>> {
    allowed(actor)?;
    let rows = sqlx::query(
        "SELECT id, ticket, label, arrived_at, called_at FROM walk_ins \
         WHERE site_id = $1 AND day = $2 AND done_at IS NULL ORDER BY ticket",
    )
    .bind(site.get())
    .bind(day.format("%Y-%m-%d").to_string())
    .fetch_all_on(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(WalkIn {
                id: get_i64(r, "id")?,
                ticket: get_i64(r, "ticket")?,
                label: get_str(r, "label")?,
                arrived_at: get_i64(r, "arrived_at")?,
                called: get_opt_i64(r, "called_at")?.is_some(),
            })
        })
        .collect()
}

/// `called` or `done`.
pub async fn mark(db: &Db, actor: &Actor, id: i64, what: &str, now: i64) -> Result<()> {
    allowed(actor)?;
    let column = match what {
        "called" => "called_at",
        "done" => "done_at",
        _ => return Err(StoreError::Forbidden),
    };
    sqlx::query(&format!(
        "UPDATE walk_ins SET {column} = $1 WHERE id = $2 AND {column} IS NULL"
    ))
    .bind(now)
    .bind(id)
    .execute_on(db)
    .await?;
    Ok(())
}
