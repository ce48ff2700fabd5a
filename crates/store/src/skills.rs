//! A worker's private self-assessment and training log (issue 18, journey J10), and the
//! one thing anyone else sees of them: a team's training needs, as counts.
//!
//! Privacy by construction: every function that reads or writes `self_assessments` or
//! `trainings` takes the acting [`Actor`] and binds [`Actor::skills_owner`] (the actor's
//! own id) — none takes a user id, so no page can ask for someone else's rows. The only
//! read across workers is [`team_assessments`], for a coordinator of the team
//! ([`Actor::may_see_team_needs_of`]): levels without user ids, which the desk turns into
//! counts from five assessments (`guichet_domain::digcomp::team_needs`).

use crate::RunOn;
use crate::{get_i64, get_str, Db, Result, StoreError};
use chrono::NaiveDate;
use guichet_domain::digcomp::{Assessment, Level};
use guichet_domain::ids::TeamId;
use guichet_domain::training::{Status, Training};
use guichet_domain::Actor;

/// The subject code of one of the institution's tools, as rated ("tool:3").
pub fn tool_subject(id: i64) -> String {
    format!("tool:{id}")
}

/// The institution's tools that may be rated: `(subject, name)`, by name (archived ones
/// are left out). Tools hold no personal data.
pub async fn tools_to_rate(db: &Db) -> Result<Vec<(String, String)>> {
    sqlx::query("SELECT id, name FROM tools WHERE archived = 0 ORDER BY name, id")
        .fetch_all_on(db)
        .await?
        .iter()
        .map(|r| Ok((tool_subject(get_i64(r, "id")?), get_str(r, "name")?)))
        .collect()
}

fn level(n: i64) -> Result<Level> {
    u8::try_from(n)
        .ok()
        .and_then(Level::new)
        .ok_or_else(|| StoreError::Corrupt("self-assessment level".into()))
}

/// The actor's own self-assessment (and nobody else's).
pub async fn own_assessment(db: &Db, actor: &Actor) -> Result<Assessment> {
    let levels = sqlx::query(
        "SELECT subject, level FROM self_assessments WHERE user_id = $1 ORDER BY subject",
    )
    .bind(actor.skills_owner().get())
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| Ok((get_str(r, "subject")?, level(get_i64(r, "level")?)?)))
    .collect::<Result<Vec<_>>>()?;
    Ok(Assessment { levels })
}

/// Replaces the actor's own self-assessment with this one, all at once.
pub async fn replace_own_assessment(db: &Db, actor: &Actor, a: &Assessment) -> Result<()> {
    let owner = actor.skills_owner().get();
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM self_assessments WHERE user_id = $1")
        .bind(owner)
        .execute(&mut *tx)
        .await?;
    for (subject, l) in &a.levels {
        sqlx::query("INSERT INTO self_assessments (user_id, subject, level) VALUES ($1, $2, $3)")
            .bind(owner)
            .bind(subject)
            .bind(i64::from(l.get()))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::from_write)?;
    }
    tx.commit().await?;
    Ok(())
}

/// The self-assessments of the members of `team` who made one (active accounts), each
/// without its owner, in no meaningful order; for a coordinator of the team only
/// (`Forbidden` for anyone else). Only ever turned into counts from five
/// (`digcomp::team_needs`).
pub async fn team_assessments(db: &Db, actor: &Actor, team: TeamId) -> Result<Vec<Assessment>> {
    if !actor.may_see_team_needs_of(team) {
        return Err(StoreError::Forbidden);
    }
    let rows = sqlx::query(
        "SELECT s.user_id, s.subject, s.level FROM self_assessments s \
         JOIN team_members m ON m.user_id = s.user_id \
         JOIN users u ON u.id = s.user_id \
         WHERE m.team_id = $1 AND u.disabled_at IS NULL ORDER BY s.user_id, s.subject",
    )
    .bind(team.get())
    .fetch_all_on(db)
    .await?;
    let mut out: Vec<Assessment> = Vec::new();
    let mut current = None;
    for r in &rows {
        let who = get_i64(r, "user_id")?;
        if current != Some(who) {
            current = Some(who);
            out.push(Assessment::default());
        }
        if let Some(a) = out.last_mut() {
            a.levels
                .push((get_str(r, "subject")?, level(get_i64(r, "level")?)?));
        }
    }
    Ok(out)
}

/// A line of the actor's own training log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingRow {
    pub id: i64,
    pub status: Status,
    pub title: String,
    pub provider: String,
    pub day: Option<NaiveDate>,
    pub hours: String,
    pub note: String,
}

/// The actor's own training log: trainings followed, newest first, then wishes in the
/// order they were added.
pub async fn own_trainings(db: &Db, actor: &Actor) -> Result<Vec<TrainingRow>> {
    sqlx::query(
        "SELECT id, status, title, provider, day, hours, note FROM trainings \
         WHERE user_id = $1 ORDER BY status, day DESC, id",
    )
    .bind(actor.skills_owner().get())
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| {
        let status = Status::parse(&get_str(r, "status")?)
            .ok_or_else(|| StoreError::Corrupt("training status".into()))?;
        let day = match get_str(r, "day")?.as_str() {
            "" => None,
            d => Some(
                d.parse()
                    .map_err(|_| StoreError::Corrupt("training day".into()))?,
            ),
        };
        Ok(TrainingRow {
            id: get_i64(r, "id")?,
            status,
            title: get_str(r, "title")?,
            provider: get_str(r, "provider")?,
            day,
            hours: get_str(r, "hours")?,
            note: get_str(r, "note")?,
        })
    })
    .collect()
}

/// Adds a line to the actor's own training log; its id.
pub async fn add_own_training(db: &Db, actor: &Actor, t: &Training, now: i64) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO trainings (user_id, status, title, provider, day, hours, note, added_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(actor.skills_owner().get())
    .bind(t.status.code())
    .bind(&t.title)
    .bind(&t.provider)
    .bind(t.day.map(|d| d.to_string()).unwrap_or_default())
    .bind(&t.hours)
    .bind(&t.note)
    .bind(now)
    .fetch_one_on(db)
    .await
    .map_err(StoreError::from_write)?;
    get_i64(&row, "id")
}

/// Removes a line of the actor's own training log; `NotFound` for a line that is not
/// theirs (or does not exist: the two look the same).
pub async fn delete_own_training(db: &Db, actor: &Actor, id: i64) -> Result<()> {
    let done = sqlx::query("DELETE FROM trainings WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(actor.skills_owner().get())
        .execute_on(db)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// The subjects the actor volunteers to coach colleagues on. Unlike the self-assessment
/// this is public inside the organisation (the tool guide shows its coaches); it is
/// written here only for the actor themselves.
pub async fn own_coaching(db: &Db, actor: &Actor) -> Result<Vec<String>> {
    sqlx::query("SELECT subject FROM coaches WHERE user_id = $1 ORDER BY subject")
        .bind(actor.skills_owner().get())
        .fetch_all_on(db)
        .await?
        .iter()
        .map(|r| get_str(r, "subject"))
        .collect()
}

/// Among the subjects `offered` on the form, the actor coaches on those `ticked` from now
/// on (a subject ticked already keeps its first day) and no longer on the others;
/// subjects not on the form are left as they are.
pub async fn set_own_coaching(
    db: &Db,
    actor: &Actor,
    offered: &[&str],
    ticked: &[String],
    now: i64,
) -> Result<()> {
    let owner = actor.skills_owner().get();
    let before = own_coaching(db, actor).await?;
    let mut tx = db.begin().await?;
    for subject in offered {
        let wanted = ticked.iter().any(|t| t == subject);
        let there = before.iter().any(|b| b == subject);
        if wanted && !there {
            sqlx::query("INSERT INTO coaches (user_id, subject, since) VALUES ($1, $2, $3)")
                .bind(owner)
                .bind(*subject)
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(StoreError::from_write)?;
        } else if !wanted && there {
            sqlx::query("DELETE FROM coaches WHERE user_id = $1 AND subject = $2")
                .bind(owner)
                .bind(*subject)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}
