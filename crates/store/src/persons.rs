//! Person files: the minimal part needed by the home pages. Every read takes the
//! acting staff member and applies `Actor::person_access` in the query itself.

use crate::{get_i64, get_str, Db, Result, StoreError};
use guichet_domain::ids::{PersonId, TeamId};
use guichet_domain::{Actor, PersonAccess};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonSummary {
    pub id: PersonId,
    pub given_names: String,
    pub family_name: String,
}

impl PersonSummary {
    pub fn full_name(&self) -> String {
        match (self.given_names.is_empty(), self.family_name.is_empty()) {
            (false, false) => format!("{} {}", self.given_names, self.family_name),
            (true, _) => self.family_name.clone(),
            (_, true) => self.given_names.clone(),
        }
    }
}

/// `(team_id IN ($2, $3, …))`, numbered from `first`.
fn team_filter(teams: &[TeamId], first: usize) -> String {
    let list: Vec<String> = (0..teams.len())
        .map(|i| format!("${}", first + i))
        .collect();
    format!("f.team_id IN ({})", list.join(", "))
}

/// Persons followed by the actor's teams, by family name. Empty for anyone the
/// policy gives no person access (administrators, DPO, coordinators).
pub async fn list_followed(db: &Db, actor: &Actor, limit: i64) -> Result<Vec<PersonSummary>> {
    let PersonAccess::FollowedBy(teams) = actor.person_access() else {
        return Ok(Vec::new());
    };
    let sql = format!(
        "SELECT DISTINCT p.id, p.given_names, p.family_name FROM persons p \
         JOIN person_followups f ON f.person_id = p.id WHERE {} \
         ORDER BY p.family_name, p.given_names, p.id LIMIT $1",
        team_filter(&teams, 2)
    );
    let mut q = sqlx::query(&sql).bind(limit);
    for t in &teams {
        q = q.bind(t.get());
    }
    let rows = q.fetch_all(db.pool()).await?;
    rows.iter().map(summary).collect()
}

pub async fn count_followed(db: &Db, actor: &Actor) -> Result<i64> {
    let PersonAccess::FollowedBy(teams) = actor.person_access() else {
        return Ok(0);
    };
    let sql = format!(
        "SELECT COUNT(DISTINCT f.person_id) AS n FROM person_followups f WHERE {}",
        team_filter(&teams, 1)
    );
    let mut q = sqlx::query(&sql);
    for t in &teams {
        q = q.bind(t.get());
    }
    get_i64(&q.fetch_one(db.pool()).await?, "n")
}

/// One person, if the actor may see them, with the actor's teams that follow them
/// (the reason the actor may see the file); `NotFound` otherwise, exactly as if the
/// person did not exist (no way to probe ids).
pub async fn get(db: &Db, actor: &Actor, id: PersonId) -> Result<(PersonSummary, Vec<TeamId>)> {
    let PersonAccess::FollowedBy(teams) = actor.person_access() else {
        return Err(StoreError::NotFound);
    };
    let sql = format!(
        "SELECT p.id, p.given_names, p.family_name FROM persons p \
         WHERE p.id = $1 AND EXISTS (SELECT 1 FROM person_followups f WHERE f.person_id = p.id AND {})",
        team_filter(&teams, 2)
    );
    let mut q = sqlx::query(&sql).bind(id.get());
    for t in &teams {
        q = q.bind(t.get());
    }
    let row = q
        .fetch_optional(db.pool())
        .await?
        .ok_or(StoreError::NotFound)?;
    let sql = format!(
        "SELECT f.team_id FROM person_followups f WHERE f.person_id = $1 AND {} ORDER BY f.team_id",
        team_filter(&teams, 2)
    );
    let mut q = sqlx::query(&sql).bind(id.get());
    for t in &teams {
        q = q.bind(t.get());
    }
    let why = q
        .fetch_all(db.pool())
        .await?
        .iter()
        .map(|r| Ok(TeamId::new(get_i64(r, "team_id")?)))
        .collect::<Result<Vec<_>>>()?;
    Ok((summary(&row)?, why))
}

fn summary(r: &sqlx::any::AnyRow) -> Result<PersonSummary> {
    Ok(PersonSummary {
        id: PersonId::new(get_i64(r, "id")?),
        given_names: get_str(r, "given_names")?,
        family_name: get_str(r, "family_name")?,
    })
}

/// Creates a person followed by a team. Used by the demo and test fixtures; the
/// reception screens arrive with the reception issue.
pub async fn seed(db: &Db, given: &str, family: &str, team: TeamId, now: i64) -> Result<PersonId> {
    let mut tx = db.pool().begin().await?;
    let row = sqlx::query("INSERT INTO persons (given_names, family_name, created_at) VALUES ($1, $2, $3) RETURNING id")
        .bind(given)
        .bind(family)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
    let id = PersonId::new(get_i64(&row, "id")?);
    sqlx::query("INSERT INTO person_followups (person_id, team_id, since) VALUES ($1, $2, $3)")
        .bind(id.get())
        .bind(team.get())
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(id)
}
