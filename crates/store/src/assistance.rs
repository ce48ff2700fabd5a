//! Acts of digital assistance (journey J4): help with an online procedure given to a
//! person of a file, or to an anonymous walk-in (no file, never a name). Recording one
//! for a file needs the file open and the access policy's
//! [`Actor::may_help_person`]; an anonymous one needs
//! [`Actor::may_record_anonymous_help`] for the team. Reading a file's acts needs the
//! file open. Figures for the observatory are counted elsewhere and never by worker.

use crate::persons::OpenedFile;
use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_opt_str, get_str, Db, Result, StoreError};
use chrono::NaiveDate;
use guichet_domain::assistance::{
    Act, Anonymous, Autonomy, Barrier, Equipment, Mode, Outcome, Redirect,
};
use guichet_domain::ids::{NoteId, PersonId, SiteId, TeamId};
use guichet_domain::Actor;
use sqlx::any::AnyRow;

/// Who the help was for.
#[derive(Debug, Clone)]
pub enum Helped<'a> {
    /// A person whose file the actor opened.
    File(&'a OpenedFile),
    /// An anonymous walk-in.
    Anonymous(&'a Anonymous),
}

/// An act to record.
#[derive(Debug, Clone)]
pub struct NewAct<'a> {
    pub helped: Helped<'a>,
    pub team: TeamId,
    pub site: Option<SiteId>,
    pub act: &'a Act,
    /// The mandate that covers an act done for the person (checked by the caller).
    pub mandate: Option<i64>,
    /// The note written in the digital-assistance compartment, if any.
    pub note: Option<NoteId>,
}

/// An act as the file and the report show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActRecord {
    pub id: i64,
    pub team_id: i64,
    pub day: NaiveDate,
    pub platform: String,
    pub mode: Mode,
    pub minutes: i64,
    pub outcome: Outcome,
    pub barriers: Vec<Barrier>,
    pub autonomy: Autonomy,
    pub equipment: Vec<Equipment>,
    pub redirect: Redirect,
    pub mandate_id: Option<i64>,
}

fn codes<T: Copy>(list: &[T], code: impl Fn(T) -> &'static str) -> String {
    list.iter().map(|x| code(*x)).collect::<Vec<_>>().join(" ")
}

/// Records an act. `Forbidden` when the policy does not let the actor record it for this
/// file or team.
pub async fn insert(db: &Db, actor: &Actor, new: &NewAct<'_>, now: i64) -> Result<i64> {
    let (person, anonymous) = match &new.helped {
        Helped::File(file) => {
            if !actor.may_help_person(file.relation(actor)?) || !actor.teams.contains(&new.team) {
                return Err(StoreError::Forbidden);
            }
            (Some(file.person().get()), None)
        }
        Helped::Anonymous(a) => {
            if !actor.may_record_anonymous_help(new.team) {
                return Err(StoreError::Forbidden);
            }
            (None, Some(*a))
        }
    };
    let a = new.act;
    let row = sqlx::query(
        "INSERT INTO assistance_acts (person_id, team_id, site_id, recorded_by, day, platform, mode, \
         minutes, outcome, barriers, autonomy, equipment, redirect_kind, redirect_service, mandate_id, \
         age_band, postcode, language, note_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) \
         RETURNING id",
    )
    .bind(person)
    .bind(new.team.get())
    .bind(new.site.map(SiteId::get))
    .bind(actor.user_id.get())
    .bind(a.day.to_string())
    .bind(&a.platform)
    .bind(a.mode.code())
    .bind(i64::from(a.minutes))
    .bind(a.outcome.code())
    .bind(codes(&a.barriers, Barrier::code))
    .bind(a.autonomy.code())
    .bind(codes(&a.equipment, Equipment::code))
    .bind(a.redirect.code())
    .bind(a.redirect.service_id())
    .bind(new.mandate)
    .bind(anonymous.map(|x| x.age_band.code()))
    .bind(anonymous.and_then(|x| x.postcode.map(|p| p.get().to_string())))
    .bind(anonymous.and_then(|x| x.language.clone()))
    .bind(new.note.map(NoteId::get))
    .bind(now)
    .fetch_one_on(db)
    .await?;
    get_i64(&row, "id")
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(format!("assistance act {what}"))
}

fn from_row(r: &AnyRow) -> Result<ActRecord> {
    let list = |col: &str| -> Result<Vec<String>> {
        Ok(get_str(r, col)?
            .split_whitespace()
            .map(str::to_owned)
            .collect())
    };
    let barriers = list("barriers")?;
    let equipment = list("equipment")?;
    let kind = get_opt_str(r, "redirect_kind")?.unwrap_or_default();
    let service = get_opt_str(r, "redirect_service")?.unwrap_or_default();
    Ok(ActRecord {
        id: get_i64(r, "id")?,
        team_id: get_i64(r, "team_id")?,
        day: get_str(r, "day")?.parse().map_err(|_| corrupt("day"))?,
        platform: get_str(r, "platform")?,
        mode: Mode::parse(&get_str(r, "mode")?).ok_or_else(|| corrupt("mode"))?,
        minutes: get_i64(r, "minutes")?,
        outcome: Outcome::parse(&get_str(r, "outcome")?).ok_or_else(|| corrupt("outcome"))?,
        barriers: Barrier::parse_list(&barriers.iter().map(String::as_str).collect::<Vec<_>>())
            .map_err(|_| corrupt("barriers"))?,
        autonomy: Autonomy::parse(&get_str(r, "autonomy")?).ok_or_else(|| corrupt("autonomy"))?,
        equipment: Equipment::parse_set(&equipment.iter().map(String::as_str).collect::<Vec<_>>())
            .map_err(|_| corrupt("equipment"))?,
        redirect: Redirect::parse(&kind, &service).map_err(|_| corrupt("redirect"))?,
        mandate_id: get_opt_i64(r, "mandate_id")?,
    })
}

/// The acts of a file the actor opened, newest first.
pub async fn of_file(db: &Db, actor: &Actor, file: &OpenedFile) -> Result<Vec<ActRecord>> {
    of_person(db, file.for_actor(actor)?).await
}

/// Without the access check, for callers that just opened the file (the report).
pub(crate) async fn of_person(db: &Db, person: PersonId) -> Result<Vec<ActRecord>> {
    sqlx::query(
        "SELECT id, team_id, day, platform, mode, minutes, outcome, barriers, autonomy, equipment, \
         redirect_kind, redirect_service, mandate_id FROM assistance_acts \
         WHERE person_id = $1 ORDER BY day DESC, id DESC",
    )
    .bind(person.get())
    .fetch_all_on(db)
    .await?
    .iter()
    .map(from_row)
    .collect()
}

/// The platform the actor last recorded, to offer it first next time.
pub async fn last_platform(db: &Db, actor: &Actor) -> Result<Option<String>> {
    let row = sqlx::query(
        "SELECT platform FROM assistance_acts WHERE recorded_by = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(actor.user_id.get())
    .fetch_optional_on(db)
    .await?;
    row.map(|r| get_str(&r, "platform")).transpose()
}

/// How many acts were recorded for anonymous walk-ins by the actor's teams on `day` (the
/// volunteer's page says how many were recorded today, never by whom).
pub async fn anonymous_count(db: &Db, actor: &Actor, day: NaiveDate) -> Result<i64> {
    let teams: Vec<String> = actor
        .teams
        .iter()
        .filter(|t| actor.may_record_anonymous_help(**t))
        .map(|t| t.get().to_string())
        .collect();
    if teams.is_empty() {
        return Ok(0);
    }
    let row = sqlx::query(&format!(
        "SELECT COUNT(*) AS n FROM assistance_acts WHERE person_id IS NULL AND day = $1 \
         AND team_id IN ({})",
        teams.join(", ")
    ))
    .bind(day.to_string())
    .fetch_one_on(db)
    .await?;
    get_i64(&row, "n")
}

/// A platform the organisation added to the shipped vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnPlatform {
    pub code: String,
    pub area: String,
    pub fr: String,
    pub nl: String,
    pub en: String,
}

/// The organisation's own platforms that are in use (not archived).
pub async fn own_platforms(db: &Db) -> Result<Vec<OwnPlatform>> {
    sqlx::query(
        "SELECT code, area, label_fr, label_nl, label_en FROM assistance_platforms \
         WHERE archived = 0 ORDER BY label_fr",
    )
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| {
        Ok(OwnPlatform {
            code: get_str(r, "code")?,
            area: get_str(r, "area")?,
            fr: get_str(r, "label_fr")?,
            nl: get_str(r, "label_nl")?,
            en: get_str(r, "label_en")?,
        })
    })
    .collect()
}

/// Adds one of the organisation's own platforms (coordinators and administrators, as for
/// the directory). `Changed` when the code is taken.
pub async fn add_platform(db: &Db, actor: &Actor, p: &OwnPlatform) -> Result<()> {
    if !actor.may_manage_directory() {
        return Err(StoreError::Forbidden);
    }
    if guichet_domain::assistance::is_shipped(&p.code)
        || own_platforms(db).await?.iter().any(|o| o.code == p.code)
    {
        return Err(StoreError::Changed);
    }
    sqlx::query(
        "INSERT INTO assistance_platforms (code, area, label_fr, label_nl, label_en) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&p.code)
    .bind(&p.area)
    .bind(&p.fr)
    .bind(&p.nl)
    .bind(&p.en)
    .execute_on(db)
    .await?;
    Ok(())
}
