//! Mandates (journey J4): a person allows the organisation, through the team that
//! collected the mandate, to act in their name in some areas over a period of days.
//! Everything here needs the person's file open with the access policy's
//! [`Actor::may_help_person`] (front-line staff of a team that follows the file), except
//! the list of mandates ending soon, which reads only files the actor's teams follow.

use crate::persons::{OpenedFile, PersonSummary};
use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_opt_str, get_str, Db, Result, StoreError};
use chrono::NaiveDate;
use guichet_domain::ids::{PersonId, TeamId, UserId};
use guichet_domain::mandate::{
    self, Area, Duration, Elsewhere, Mandate, MandateAreaState, Period, ScanType,
};
use guichet_domain::{Actor, PersonAccess};
use sqlx::Row;

/// A mandate to record, as printed for the person to sign.
#[derive(Debug, Clone)]
pub struct NewMandate<'a> {
    pub mandate: &'a mandate::NewMandate,
    /// The team collecting it (one of the actor's teams that follows the file).
    pub team: TeamId,
    /// The language of the printed form.
    pub language: &'a str,
    pub template_version: u32,
    /// The fingerprint of exactly what was printed.
    pub document_hash: &'a str,
    /// The mandate this one renews.
    pub renews: Option<i64>,
    /// The day to call the person and ask whether they want to renew it, if they want
    /// to be asked (a call task of the collecting team, on the day's calls).
    pub renewal_call_on: Option<NaiveDate>,
}

/// How the person said stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevokedHow {
    Desk,
    Phone,
    Letter,
}

impl RevokedHow {
    pub const ALL: [RevokedHow; 3] = [RevokedHow::Desk, RevokedHow::Phone, RevokedHow::Letter];

    pub fn code(self) -> &'static str {
        match self {
            RevokedHow::Desk => "desk",
            RevokedHow::Phone => "phone",
            RevokedHow::Letter => "letter",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|h| h.code() == code)
    }
}

/// One area of a mandate as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaRecord {
    pub area: Area,
    pub revoked_on: Option<NaiveDate>,
    pub revoked_how: Option<RevokedHow>,
}

/// A mandate of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MandateRecord {
    pub id: i64,
    pub person_id: i64,
    pub team_id: i64,
    pub team_name: String,
    pub collected_by: UserId,
    pub duration: Duration,
    pub period: Period,
    pub areas: Vec<AreaRecord>,
    pub elsewhere: Elsewhere,
    pub language: String,
    pub template_version: u32,
    pub document_hash: String,
    pub renews: Option<i64>,
    pub created_at: i64,
    /// The signed scan attached, if any: its type, size in bytes and when.
    pub scan: Option<ScanInfo>,
}

/// What the file says of a mandate's signed scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanInfo {
    pub scan_type: ScanType,
    pub size: i64,
    pub uploaded_at: i64,
}

impl MandateRecord {
    /// The pure view the domain rule reads.
    pub fn rule_view(&self) -> Mandate {
        Mandate {
            period: self.period,
            areas: self
                .areas
                .iter()
                .map(|a| MandateAreaState {
                    area: a.area,
                    revoked_on: a.revoked_on,
                })
                .collect(),
            revoked_all_on: None,
        }
    }
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(format!("mandate {what}"))
}

fn day(s: &str) -> Result<NaiveDate> {
    s.parse().map_err(|_| corrupt("day"))
}

fn helping(actor: &Actor, file: &OpenedFile) -> Result<PersonId> {
    let person = file.for_actor(actor)?;
    if !actor.may_help_person(file.relation(actor)?) {
        return Err(StoreError::Forbidden);
    }
    Ok(person)
}

/// Records a mandate the person signed.
pub async fn insert(
    db: &Db,
    actor: &Actor,
    file: &OpenedFile,
    new: &NewMandate<'_>,
    now: i64,
) -> Result<i64> {
    let person = helping(actor, file)?;
    if !actor.teams.contains(&new.team) {
        return Err(StoreError::Forbidden);
    }
    let mut tx = db.begin().await?;
    let row = sqlx::query(
        "INSERT INTO mandates (person_id, team_id, collected_by, duration, start_day, last_day, elsewhere, \
         language, template_version, document_hash, renews, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(person.get())
    .bind(new.team.get())
    .bind(actor.user_id.get())
    .bind(new.mandate.duration.code())
    .bind(new.mandate.period.start.to_string())
    .bind(new.mandate.period.last_day.to_string())
    .bind(new.mandate.elsewhere.code())
    .bind(new.language)
    .bind(i64::from(new.template_version))
    .bind(new.document_hash)
    .bind(new.renews)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    let id = get_i64(&row, "id")?;
    for area in &new.mandate.areas {
        sqlx::query("INSERT INTO mandate_areas (mandate_id, area) VALUES ($1, $2)")
            .bind(id)
            .bind(area.code())
            .execute(&mut *tx)
            .await?;
    }
    if let Some(day) = new.renewal_call_on {
        sqlx::query(
            "INSERT INTO tasks (person_id, team_id, kind, due_on, mandate_id, created_at) \
             VALUES ($1, $2, 'mandate-renewal', $3, $4, $5)",
        )
        .bind(person.get())
        .bind(new.team.get())
        .bind(day.format("%Y-%m-%d").to_string())
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    // The mandate renewed needs no call any more.
    if let Some(old) = new.renews {
        close_renewal_call(&mut tx, old, now).await?;
    }
    tx.commit().await?;
    Ok(id)
}

async fn close_renewal_call(tx: &mut crate::Tx, mandate: i64, now: i64) -> Result<()> {
    sqlx::query(
        "UPDATE tasks SET done_at = $1 WHERE mandate_id = $2 AND kind = 'mandate-renewal' \
         AND done_at IS NULL",
    )
    .bind(now)
    .bind(mandate)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

const COLUMNS: &str = "m.id, m.person_id, m.team_id, t.name AS team_name, m.collected_by, m.duration, \
     m.start_day, m.last_day, m.elsewhere, m.language, m.template_version, m.document_hash, m.renews, m.created_at";

/// The mandates `filter` selects (one bound value), with their areas and scans: three
/// queries, however many mandates.
async fn load(db: &Db, filter: &str, bind: i64) -> Result<Vec<MandateRecord>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM mandates m JOIN teams t ON t.id = m.team_id WHERE {filter} \
         ORDER BY m.start_day DESC, m.id DESC"
    ))
    .bind(bind)
    .fetch_all_on(db)
    .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    // Ids are numbers read from the database: written into the statement.
    let ids = rows
        .iter()
        .map(|r| get_i64(r, "id").map(|i| i.to_string()))
        .collect::<Result<Vec<_>>>()?
        .join(", ");
    let mut areas: std::collections::HashMap<i64, Vec<AreaRecord>> = Default::default();
    for a in sqlx::query(&format!(
        "SELECT mandate_id, area, revoked_on, revoked_how FROM mandate_areas \
         WHERE mandate_id IN ({ids}) ORDER BY area"
    ))
    .fetch_all_on(db)
    .await?
    {
        areas
            .entry(get_i64(&a, "mandate_id")?)
            .or_default()
            .push(AreaRecord {
                area: Area::parse(&get_str(&a, "area")?).ok_or_else(|| corrupt("area"))?,
                revoked_on: get_opt_str(&a, "revoked_on")?
                    .as_deref()
                    .map(day)
                    .transpose()?,
                revoked_how: get_opt_str(&a, "revoked_how")?
                    .as_deref()
                    .and_then(RevokedHow::parse),
            });
    }
    let mut scans: std::collections::HashMap<i64, ScanInfo> = Default::default();
    for r in sqlx::query(&format!(
        "SELECT mandate_id, content_type, size, uploaded_at FROM mandate_scans \
         WHERE mandate_id IN ({ids})"
    ))
    .fetch_all_on(db)
    .await?
    {
        scans.insert(
            get_i64(&r, "mandate_id")?,
            ScanInfo {
                scan_type: ScanType::from_mime(&get_str(&r, "content_type")?)
                    .ok_or_else(|| corrupt("scan type"))?,
                size: get_i64(&r, "size")?,
                uploaded_at: get_i64(&r, "uploaded_at")?,
            },
        );
    }
    rows.iter()
        .map(|r| {
            let id = get_i64(r, "id")?;
            Ok(MandateRecord {
                scan: scans.remove(&id),
                areas: areas.remove(&id).unwrap_or_default(),
                id,
                person_id: get_i64(r, "person_id")?,
                team_id: get_i64(r, "team_id")?,
                team_name: get_str(r, "team_name")?,
                collected_by: UserId::new(get_i64(r, "collected_by")?),
                duration: Duration::parse(&get_str(r, "duration")?)
                    .ok_or_else(|| corrupt("duration"))?,
                period: Period {
                    start: day(&get_str(r, "start_day")?)?,
                    last_day: day(&get_str(r, "last_day")?)?,
                },
                elsewhere: Elsewhere::parse(&get_str(r, "elsewhere")?)
                    .ok_or_else(|| corrupt("elsewhere"))?,
                language: get_str(r, "language")?,
                template_version: u32::try_from(get_i64(r, "template_version")?)
                    .map_err(|_| corrupt("template version"))?,
                document_hash: get_str(r, "document_hash")?,
                renews: get_opt_i64(r, "renews")?,
                created_at: get_i64(r, "created_at")?,
            })
        })
        .collect()
}

/// Every mandate of a file the actor opened (active, ended, revoked), latest first.
pub async fn of_file(db: &Db, actor: &Actor, file: &OpenedFile) -> Result<Vec<MandateRecord>> {
    of_person(db, file.for_actor(actor)?).await
}

/// Without the access check, for callers that just opened the file (the report).
pub(crate) async fn of_person(db: &Db, person: PersonId) -> Result<Vec<MandateRecord>> {
    load(db, "m.person_id = $1", person.get()).await
}

/// One mandate of a file the actor opened; `NotFound` for another file's.
pub async fn one(db: &Db, actor: &Actor, file: &OpenedFile, id: i64) -> Result<MandateRecord> {
    let person = file.for_actor(actor)?;
    load(db, "m.id = $1", id)
        .await?
        .into_iter()
        .find(|m| m.person_id == person.get())
        .ok_or(StoreError::NotFound)
}

/// Revokes one area of a mandate, or every area still in force (`None`), from `on`.
/// `Changed` when nothing was left to revoke.
#[allow(clippy::too_many_arguments)]
pub async fn revoke(
    db: &Db,
    actor: &Actor,
    file: &OpenedFile,
    id: i64,
    area: Option<Area>,
    how: RevokedHow,
    on: NaiveDate,
    now: i64,
) -> Result<()> {
    helping(actor, file)?;
    one(db, actor, file, id).await?;
    let mut q = String::from(
        "UPDATE mandate_areas SET revoked_on = $1, revoked_how = $2, revoked_by = $3 \
         WHERE mandate_id = $4 AND revoked_on IS NULL",
    );
    if area.is_some() {
        q.push_str(" AND area = $5");
    }
    let mut query = sqlx::query(&q)
        .bind(on.to_string())
        .bind(how.code())
        .bind(actor.user_id.get())
        .bind(id);
    if let Some(a) = area {
        query = query.bind(a.code());
    }
    let mut tx = db.begin().await?;
    let done = query.execute(&mut *tx).await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::Changed);
    }
    // Nothing left in force: no call to offer a renewal.
    let left = sqlx::query(
        "SELECT COUNT(*) AS n FROM mandate_areas WHERE mandate_id = $1 AND revoked_on IS NULL",
    )
    .bind(id)
    .fetch_one(&mut *tx)
    .await?;
    if get_i64(&left, "n")? == 0 {
        close_renewal_call(&mut tx, id, now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A mandate ending soon, for the list of renewals to offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ending {
    pub mandate: MandateRecord,
    pub person: PersonSummary,
}

/// The mandates of files the actor's teams follow, collected by one of those teams, in
/// force on `today` with their last day within `days` days and not yet renewed, soonest
/// first.
pub async fn ending(db: &Db, actor: &Actor, today: NaiveDate, days: i64) -> Result<Vec<Ending>> {
    let PersonAccess::FollowedBy(teams) = actor.person_access() else {
        return Ok(Vec::new());
    };
    if !actor.is_frontline() {
        return Ok(Vec::new());
    }
    let list = teams
        .iter()
        .map(|t| t.get().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let until = today + chrono::Duration::days(days);
    let rows = sqlx::query(&format!(
        "SELECT DISTINCT m.id, p.id AS person_id, p.given_names, p.family_name FROM mandates m \
         JOIN persons p ON p.id = m.person_id \
         JOIN person_followups f ON f.person_id = p.id AND f.team_id IN ({list}) \
         WHERE m.team_id IN ({list}) AND m.last_day >= $1 AND m.last_day <= $2 \
         AND m.start_day <= $1 AND p.anonymised_at IS NULL \
         AND EXISTS (SELECT 1 FROM mandate_areas a WHERE a.mandate_id = m.id AND a.revoked_on IS NULL) \
         AND NOT EXISTS (SELECT 1 FROM mandates later WHERE later.renews = m.id)"
    ))
    .bind(today.to_string())
    .bind(until.to_string())
    .fetch_all_on(db)
    .await?;
    let mut out = Vec::new();
    for r in &rows {
        let id = get_i64(r, "id")?;
        let Some(m) = load(db, "m.id = $1", id).await?.into_iter().next() else {
            continue;
        };
        out.push(Ending {
            mandate: m,
            person: PersonSummary {
                id: PersonId::new(get_i64(r, "person_id")?),
                given_names: get_str(r, "given_names")?,
                family_name: get_str(r, "family_name")?,
            },
        });
    }
    out.sort_by_key(|e| (e.mandate.period.last_day, e.mandate.id));
    Ok(out)
}

/// Attaches the signed scan of a mandate (checked by the caller with
/// `guichet_domain::mandate::check_scan`), replacing an earlier one.
pub async fn attach_scan(
    db: &Db,
    actor: &Actor,
    file: &OpenedFile,
    id: i64,
    scan_type: ScanType,
    bytes: &[u8],
    now: i64,
) -> Result<()> {
    helping(actor, file)?;
    one(db, actor, file, id).await?;
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM mandate_scans WHERE mandate_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO mandate_scans (mandate_id, content_type, bytes, size, uploaded_at, uploaded_by) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(scan_type.mime())
    .bind(bytes.to_vec())
    .bind(bytes.len() as i64)
    .bind(now)
    .bind(actor.user_id.get())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The signed scan of a mandate of a file the actor opened.
pub async fn scan(
    db: &Db,
    actor: &Actor,
    file: &OpenedFile,
    id: i64,
) -> Result<Option<(ScanType, Vec<u8>)>> {
    helping(actor, file)?;
    one(db, actor, file, id).await?;
    let row = sqlx::query("SELECT content_type, bytes FROM mandate_scans WHERE mandate_id = $1")
        .bind(id)
        .fetch_optional_on(db)
        .await?;
    row.map(|r| {
        let t = ScanType::from_mime(&get_str(&r, "content_type")?)
            .ok_or_else(|| corrupt("scan type"))?;
        let bytes: Vec<u8> = r.try_get("bytes")?;
        Ok((t, bytes))
    })
    .transpose()
}
