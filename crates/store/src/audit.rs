//! The participatory audit's rounds, paper codes, answers and action plans (journey J7).
//! How answers are kept apart from whoever gave them is told in the migration
//! (`0033_audit.sql`): ratings and comments are rows of their own with random keys, no
//! time and nothing pointing to an account or a code, rewritten in key order at every
//! answer. Rounds are seen by the members of their team only
//! ([`guichet_domain::audit::is_member`]); opening, closing and printing codes are the
//! team's coordinators' ([`guichet_domain::audit::may_run`]).

use crate::RunOn;
use crate::{get_i64, get_opt_str, get_str, Db, Result, StoreError};
use chrono::NaiveDate;
use guichet_domain::audit::{self as rule, Answer};
use guichet_domain::ids::{TeamId, UserId};
use guichet_domain::Actor;
use sqlx::any::AnyRow;
use sqlx::Row;

/// A round as its pages show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub id: i64,
    pub team: TeamId,
    pub team_name: String,
    pub title: String,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub answers: i64,
}

impl Round {
    pub fn is_open(&self) -> bool {
        self.closed_on.is_none()
    }
}

fn day(r: &AnyRow, col: &str) -> Result<Option<NaiveDate>> {
    get_opt_str(r, col)?
        .map(|s| {
            s.parse()
                .map_err(|_| StoreError::Corrupt(format!("audit round {col}")))
        })
        .transpose()
}

fn round_of(r: &AnyRow) -> Result<Round> {
    Ok(Round {
        id: get_i64(r, "id")?,
        team: TeamId::new(get_i64(r, "team_id")?),
        team_name: get_str(r, "team_name")?,
        title: get_str(r, "title")?,
        opened_on: day(r, "opened_on")?
            .ok_or_else(|| StoreError::Corrupt("audit round opened_on".into()))?,
        closed_on: day(r, "closed_on")?,
        answers: get_i64(r, "answers")?,
    })
}

const ROUND: &str =
    "SELECT r.id, r.team_id, t.name AS team_name, r.title, r.opened_on, r.closed_on, \
                     r.answers FROM audit_rounds r JOIN teams t ON t.id = r.team_id";

/// A round without an access check (the public code page, the demo).
pub async fn round_unchecked(db: &Db, id: i64) -> Result<Round> {
    let row = sqlx::query(&format!("{ROUND} WHERE r.id = $1"))
        .bind(id)
        .fetch_optional_on(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    round_of(&row)
}

/// A round of one of the actor's teams; `NotFound` for anyone else (a round of another
/// team looks like one that does not exist).
pub async fn round(db: &Db, actor: &Actor, id: i64) -> Result<Round> {
    let r = round_unchecked(db, id).await?;
    if rule::is_member(actor, r.team) {
        Ok(r)
    } else {
        Err(StoreError::NotFound)
    }
}

/// The rounds of the actor's teams, newest first.
pub async fn rounds_of(db: &Db, actor: &Actor) -> Result<Vec<Round>> {
    if actor.teams.is_empty() {
        return Ok(Vec::new());
    }
    let teams: Vec<String> = actor.teams.iter().map(|t| t.get().to_string()).collect();
    sqlx::query(&format!(
        "{ROUND} WHERE r.team_id IN ({}) ORDER BY r.opened_on DESC, r.id DESC",
        teams.join(", ")
    ))
    .fetch_all_on(db)
    .await?
    .iter()
    .map(round_of)
    .collect()
}

/// The team's round before this one, if any.
pub async fn previous(db: &Db, round: &Round) -> Result<Option<Round>> {
    let row = sqlx::query(&format!(
        "{ROUND} WHERE r.team_id = $1 AND r.id <> $2 \
         AND (r.opened_on < $3 OR (r.opened_on = $3 AND r.id < $2)) \
         ORDER BY r.opened_on DESC, r.id DESC LIMIT 1"
    ))
    .bind(round.team.get())
    .bind(round.id)
    .bind(round.opened_on.to_string())
    .fetch_optional_on(db)
    .await?;
    row.as_ref().map(round_of).transpose()
}

/// Opens a round for `team`. `Forbidden` unless the actor coordinates the team;
/// `Conflict` while another round of the team is open.
pub async fn open(
    db: &Db,
    actor: &Actor,
    team: TeamId,
    title: &str,
    today: NaiveDate,
) -> Result<i64> {
    if !rule::may_run(actor, team) {
        return Err(StoreError::Forbidden);
    }
    let mut tx = db.begin().await?;
    let open = sqlx::query("SELECT id FROM audit_rounds WHERE team_id = $1 AND closed_on IS NULL")
        .bind(team.get())
        .fetch_optional(&mut *tx)
        .await?;
    if open.is_some() {
        return Err(StoreError::Conflict);
    }
    let row = sqlx::query(
        "INSERT INTO audit_rounds (team_id, title, opened_by, opened_on, answers) \
         VALUES ($1, $2, $3, $4, 0) RETURNING id",
    )
    .bind(team.get())
    .bind(title)
    .bind(actor.user_id.get())
    .bind(today.to_string())
    .fetch_one(&mut *tx)
    .await?;
    let id = get_i64(&row, "id")?;
    tx.commit().await?;
    Ok(id)
}

/// Closes a round (no more answers). `Forbidden` unless the actor coordinates its team;
/// closing a closed round changes nothing.
pub async fn close(db: &Db, actor: &Actor, id: i64, today: NaiveDate) -> Result<()> {
    let r = round(db, actor, id).await?;
    if !rule::may_run(actor, r.team) {
        return Err(StoreError::Forbidden);
    }
    sqlx::query("UPDATE audit_rounds SET closed_on = $1 WHERE id = $2 AND closed_on IS NULL")
        .bind(today.to_string())
        .bind(id)
        .execute_on(db)
        .await?;
    Ok(())
}

/// A round's closing day set directly (the demo's rounds of past years).
pub async fn set_days(
    db: &Db,
    id: i64,
    opened: NaiveDate,
    closed: Option<NaiveDate>,
) -> Result<()> {
    sqlx::query("UPDATE audit_rounds SET opened_on = $1, closed_on = $2 WHERE id = $3")
        .bind(opened.to_string())
        .bind(closed.map(|d| d.to_string()))
        .bind(id)
        .execute_on(db)
        .await?;
    Ok(())
}

/// Stores the hashes of new paper codes of an open round. `Forbidden` unless the actor
/// coordinates its team; `Changed` when the round is closed; `Conflict` when a hash is
/// taken already (a new code is drawn).
pub async fn add_codes(db: &Db, actor: &Actor, id: i64, hashes: &[String]) -> Result<()> {
    let r = round(db, actor, id).await?;
    if !rule::may_run(actor, r.team) {
        return Err(StoreError::Forbidden);
    }
    if !r.is_open() {
        return Err(StoreError::Changed);
    }
    let mut tx = db.begin().await?;
    for h in hashes {
        sqlx::query("INSERT INTO audit_codes (code_hash, round_id, used) VALUES ($1, $2, 0)")
            .bind(h)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(StoreError::from_write)?;
    }
    tx.commit().await?;
    Ok(())
}

/// How many paper codes a round has: printed, and used.
pub async fn codes_count(db: &Db, id: i64) -> Result<(i64, i64)> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS printed, COUNT(CASE WHEN used = 1 THEN 1 END) AS used FROM audit_codes WHERE round_id = $1",
    )
    .bind(id)
    .fetch_one_on(db)
    .await?;
    Ok((get_i64(&row, "printed")?, get_i64(&row, "used")?))
}

/// The round a code's hash belongs to and whether it was used (`None`: no such code).
pub async fn code(db: &Db, hash: &str) -> Result<Option<(i64, bool)>> {
    let row = sqlx::query("SELECT round_id, used FROM audit_codes WHERE code_hash = $1")
        .bind(hash)
        .fetch_optional_on(db)
        .await?;
    row.map(|r| Ok((get_i64(&r, "round_id")?, get_i64(&r, "used")? != 0)))
        .transpose()
}

/// Whether this account answered the round.
pub async fn has_answered(db: &Db, id: i64, user: UserId) -> Result<bool> {
    Ok(
        sqlx::query("SELECT 1 AS x FROM audit_participation WHERE round_id = $1 AND user_id = $2")
            .bind(id)
            .bind(user.get())
            .fetch_optional_on(db)
            .await?
            .is_some(),
    )
}

/// Who gives an answer: a member online (checked by the caller), or the holder of a
/// paper code (its hash).
#[derive(Debug, Clone, Copy)]
pub enum By<'a> {
    Account(UserId),
    Code(&'a str),
}

/// What became of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    Kept,
    /// The round is closed (or does not exist): nothing kept.
    Closed,
    /// This account answered the round already: nothing kept.
    AlreadyAnswered,
    /// The code was used already, or is not one of this round's: nothing kept.
    CodeUsed,
}

const CHUNK: usize = 200;

/// Keeps one answer to a round, in one transaction: the round's count, the account's
/// participation or the code marked used, then every rating and comment of the round
/// written again in the order of their random keys (see the migration).
pub async fn answer(
    db: &Db,
    round: i64,
    by: By<'_>,
    answer: &Answer,
    mut new_key: impl FnMut() -> String,
) -> Result<Answered> {
    let mut tx = db.begin().await?;
    // The round's row first: it serialises the answers to one round on both databases.
    let counted = sqlx::query(
        "UPDATE audit_rounds SET answers = answers + 1 WHERE id = $1 AND closed_on IS NULL",
    )
    .bind(round)
    .execute(&mut *tx)
    .await?;
    if counted.rows_affected() == 0 {
        tx.rollback().await?;
        return Ok(Answered::Closed);
    }
    let mut members: Vec<i64> =
        sqlx::query("SELECT user_id FROM audit_participation WHERE round_id = $1")
            .bind(round)
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|r| get_i64(r, "user_id"))
            .collect::<Result<_>>()?;
    match by {
        By::Account(user) => {
            if members.contains(&user.get()) {
                tx.rollback().await?;
                return Ok(Answered::AlreadyAnswered);
            }
            members.push(user.get());
        }
        By::Code(hash) => {
            let used = sqlx::query(
                "UPDATE audit_codes SET used = 1 WHERE code_hash = $1 AND round_id = $2 AND used = 0",
            )
            .bind(hash)
            .bind(round)
            .execute(&mut *tx)
            .await?;
            if used.rows_affected() == 0 {
                tx.rollback().await?;
                return Ok(Answered::CodeUsed);
            }
        }
    }
    let mut ratings: Vec<(String, String, Option<i64>)> =
        sqlx::query("SELECT id, statement, rating FROM audit_ratings WHERE round_id = $1")
            .bind(round)
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|r| {
                Ok((
                    get_str(r, "id")?,
                    get_str(r, "statement")?,
                    r.try_get::<Option<i64>, _>("rating")?,
                ))
            })
            .collect::<Result<_>>()?;
    for (statement, rating) in &answer.ratings {
        ratings.push((new_key(), (*statement).to_owned(), rating.map(i64::from)));
    }
    let mut comments: Vec<(String, String, String)> =
        sqlx::query("SELECT id, theme, body FROM audit_comments WHERE round_id = $1")
            .bind(round)
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|r| Ok((get_str(r, "id")?, get_str(r, "theme")?, get_str(r, "body")?)))
            .collect::<Result<_>>()?;
    for (theme, body) in &answer.comments {
        comments.push((new_key(), theme.code().to_owned(), body.clone()));
    }
    ratings.sort_by(|a, b| a.0.cmp(&b.0));
    comments.sort_by(|a, b| a.0.cmp(&b.0));
    members.sort_unstable();

    for table in ["audit_ratings", "audit_comments", "audit_participation"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE round_id = $1"))
            .bind(round)
            .execute(&mut *tx)
            .await?;
    }
    for chunk in ratings.chunks(CHUNK) {
        let mut sql =
            String::from("INSERT INTO audit_ratings (id, round_id, statement, rating) VALUES ");
        let values: Vec<String> = (0..chunk.len())
            .map(|i| {
                format!(
                    "(${}, ${}, ${}, ${})",
                    4 * i + 1,
                    4 * i + 2,
                    4 * i + 3,
                    4 * i + 4
                )
            })
            .collect();
        sql.push_str(&values.join(", "));
        let mut q = sqlx::query(&sql);
        for (id, statement, rating) in chunk {
            q = q.bind(id).bind(round).bind(statement).bind(*rating);
        }
        q.execute(&mut *tx).await?;
    }
    for chunk in comments.chunks(CHUNK) {
        let mut sql =
            String::from("INSERT INTO audit_comments (id, round_id, theme, body) VALUES ");
        let values: Vec<String> = (0..chunk.len())
            .map(|i| {
                format!(
                    "(${}, ${}, ${}, ${})",
                    4 * i + 1,
                    4 * i + 2,
                    4 * i + 3,
                    4 * i + 4
                )
            })
            .collect();
        sql.push_str(&values.join(", "));
        let mut q = sqlx::query(&sql);
        for (id, theme, body) in chunk {
            q = q.bind(id).bind(round).bind(theme).bind(body);
        }
        q.execute(&mut *tx).await?;
    }
    for chunk in members.chunks(CHUNK) {
        let mut sql = String::from("INSERT INTO audit_participation (round_id, user_id) VALUES ");
        let values: Vec<String> = (0..chunk.len())
            .map(|i| format!("(${}, ${})", 2 * i + 1, 2 * i + 2))
            .collect();
        sql.push_str(&values.join(", "));
        let mut q = sqlx::query(&sql);
        for user in chunk {
            q = q.bind(round).bind(*user);
        }
        q.execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(Answered::Kept)
}

/// Every rating of a round: `(statement, rating)`, `None` for "don't know".
pub async fn ratings(db: &Db, round: i64) -> Result<Vec<(String, Option<i64>)>> {
    sqlx::query("SELECT statement, rating FROM audit_ratings WHERE round_id = $1 ORDER BY id")
        .bind(round)
        .fetch_all_on(db)
        .await?
        .iter()
        .map(|r| {
            Ok((
                get_str(r, "statement")?,
                r.try_get::<Option<i64>, _>("rating")?,
            ))
        })
        .collect()
}

/// Every comment of a round: `(theme, text)`, in the order of their random keys.
pub async fn comments(db: &Db, round: i64) -> Result<Vec<(String, String)>> {
    sqlx::query("SELECT theme, body FROM audit_comments WHERE round_id = $1 ORDER BY id")
        .bind(round)
        .fetch_all_on(db)
        .await?
        .iter()
        .map(|r| Ok((get_str(r, "theme")?, get_str(r, "body")?)))
        .collect()
}

/// A line of a round's action plan as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanRow {
    pub recommendation: String,
    pub action: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
}

pub async fn plan(db: &Db, round: i64) -> Result<Vec<PlanRow>> {
    sqlx::query(
        "SELECT recommendation, action, owner, due_on FROM audit_plan WHERE round_id = $1 \
         ORDER BY recommendation",
    )
    .bind(round)
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| {
        Ok(PlanRow {
            recommendation: get_str(r, "recommendation")?,
            action: get_str(r, "action")?,
            owner: get_str(r, "owner")?,
            due: day(r, "due_on")?,
        })
    })
    .collect()
}

/// Replaces a round's action plan (members of its team).
pub async fn save_plan(
    db: &Db,
    actor: &Actor,
    round_id: i64,
    lines: &[rule::PlanLine],
) -> Result<()> {
    round(db, actor, round_id).await?;
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM audit_plan WHERE round_id = $1")
        .bind(round_id)
        .execute(&mut *tx)
        .await?;
    for l in lines {
        sqlx::query(
            "INSERT INTO audit_plan (round_id, recommendation, action, owner, due_on) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(round_id)
        .bind(l.recommendation)
        .bind(&l.action)
        .bind(&l.owner)
        .bind(l.due.map(|d| d.to_string()))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
