//! Merging two files of the same person. The older file is kept; everything of the other
//! file moves to it in one transaction, then the other file is deleted and the merge is
//! recorded (ids only) so that the old file's address leads to the kept file.

use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_opt_str, get_str, persons, Db, Result, StoreError};
use guichet_domain::household::{kept_and_merged, merged_birth, merged_niss, MergeRefusal};
use guichet_domain::ids::PersonId;
use guichet_domain::person::PartialDate;
use guichet_domain::Actor;
use sqlx::any::AnyRow;

/// Tables whose rows simply follow the person to the kept file: `(table, column)`.
/// Request events stay with their requests; walk-in tickets name no person.
const REPOINTED: &[(&str, &str)] = &[
    ("requests", "person_id"),
    ("appointments", "person_id"),
    ("tasks", "person_id"),
    ("outbox", "person_id"),
    ("notes", "person_id"),
    ("consents", "person_id"),
    ("referrals", "person_id"),
    ("mandates", "person_id"),
    ("assistance_acts", "person_id"),
];

/// What the confirmation page compares: the file and how much hangs on it.
#[derive(Debug, Clone)]
pub struct FileFacts {
    pub details: persons::PersonDetails,
    pub requests: i64,
    pub appointments: i64,
}

async fn count(db: &Db, table: &str, person: PersonId) -> Result<i64> {
    let row = sqlx::query(&format!(
        "SELECT COUNT(*) AS n FROM {table} WHERE person_id = $1"
    ))
    .bind(person.get())
    .fetch_one_on(db)
    .await?;
    get_i64(&row, "n")
}

/// One file as the merge confirmation shows it; same access rule as the person's page.
pub async fn facts(db: &Db, actor: &Actor, id: PersonId) -> Result<FileFacts> {
    let details = persons::details(db, actor, id).await?;
    Ok(FileFacts {
        details,
        requests: count(db, "requests", id).await?,
        appointments: count(db, "appointments", id).await?,
        // Notes move too, but are not counted here: the count would tell a worker how
        // many notes of other compartments exist.
    })
}

#[derive(Debug)]
pub enum MergeError {
    /// The same file twice.
    SameFile,
    /// The rules say these are two different persons.
    Refused(MergeRefusal),
    Store(StoreError),
}

impl From<StoreError> for MergeError {
    fn from(e: StoreError) -> Self {
        MergeError::Store(e)
    }
}

impl From<sqlx::Error> for MergeError {
    fn from(e: sqlx::Error) -> Self {
        MergeError::Store(StoreError::Db(e))
    }
}

/// The columns of `persons` a merge may complete on the kept file.
struct Row {
    given_names: String,
    family_name: String,
    usual_name: String,
    birth: PartialDate,
    niss: Option<String>,
    channels: String,
    language: String,
    language_other: String,
    needs: String,
    trusted_third: String,
    address: [String; 6],
}

const ADDRESS_COLUMNS: [&str; 6] = [
    "address_kind",
    "street",
    "postcode",
    "municipality",
    "country",
    "contact_address",
];

fn read_row(r: &AnyRow) -> Result<Row> {
    let mut address: [String; 6] = Default::default();
    for (slot, col) in address.iter_mut().zip(ADDRESS_COLUMNS) {
        *slot = get_str(r, col)?;
    }
    Ok(Row {
        given_names: get_str(r, "given_names")?,
        family_name: get_str(r, "family_name")?,
        usual_name: get_str(r, "usual_name")?,
        birth: PartialDate {
            year: get_opt_i64(r, "birth_year")?.map(|v| v as i32),
            month: get_opt_i64(r, "birth_month")?.map(|v| v as u32),
            day: get_opt_i64(r, "birth_day")?.map(|v| v as u32),
        },
        niss: get_opt_str(r, "niss")?,
        channels: get_str(r, "channels")?,
        language: get_str(r, "language")?,
        language_other: get_str(r, "language_other")?,
        needs: get_str(r, "needs")?,
        trusted_third: get_str(r, "trusted_third")?,
        address,
    })
}

fn or_other(kept: &str, other: &str) -> String {
    if kept.trim().is_empty() {
        other.to_owned()
    } else {
        kept.to_owned()
    }
}

/// Merges two files of the same person into the older one and returns the kept file.
/// The actor must be front-line staff of a team following each file (`NotFound`
/// otherwise, as for any file one may not open).
pub async fn merge(
    db: &Db,
    actor: &Actor,
    a: PersonId,
    b: PersonId,
    now: i64,
) -> std::result::Result<PersonId, MergeError> {
    if a == b {
        return Err(MergeError::SameFile);
    }
    let (_, a_teams) = persons::get(db, actor, a).await?;
    let (_, b_teams) = persons::get(db, actor, b).await?;
    if !actor.may_merge_persons(&a_teams, &b_teams) {
        return Err(StoreError::NotFound.into());
    }
    let (kept, merged) = kept_and_merged(a, b);
    let (k, m) = (kept.get(), merged.get());

    let mut tx = db.begin().await?;
    let select = format!(
        "SELECT given_names, family_name, usual_name, birth_year, birth_month, birth_day, niss, channels, \
         language, language_other, needs, trusted_third, {} FROM persons WHERE id = $1",
        ADDRESS_COLUMNS.join(", ")
    );
    let mut rows = Vec::new();
    for id in [k, m] {
        let r = sqlx::query(&select)
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
        rows.push(read_row(&r)?);
    }
    let (kr, mr) = (&rows[0], &rows[1]);
    let niss = merged_niss(kr.niss.as_deref(), mr.niss.as_deref())
        .map_err(MergeError::Refused)?
        .map(str::to_owned);

    // The kept file, completed with what it lacks.
    let birth = merged_birth(kr.birth, mr.birth);
    let given = or_other(&kr.given_names, &mr.given_names);
    let family = or_other(&kr.family_name, &mr.family_name);
    let usual = or_other(&kr.usual_name, &mr.usual_name);
    let (channels, trusted_third) = if kr.channels.is_empty() {
        (
            mr.channels.clone(),
            or_other(&kr.trusted_third, &mr.trusted_third),
        )
    } else {
        (kr.channels.clone(), kr.trusted_third.clone())
    };
    let (language, language_other) = if kr.language.is_empty() {
        (mr.language.clone(), mr.language_other.clone())
    } else {
        (kr.language.clone(), kr.language_other.clone())
    };
    let needs = or_other(&kr.needs, &mr.needs);
    let address = if kr.address[0] == "unknown" || kr.address[0].is_empty() {
        &mr.address
    } else {
        &kr.address
    };
    let set_address: Vec<String> = ADDRESS_COLUMNS
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c} = ${}", i + 14))
        .collect();
    let update = format!(
        "UPDATE persons SET version = version + 1, given_names = $2, family_name = $3, usual_name = $4, birth_year = $5, \
         birth_month = $6, birth_day = $7, niss = $8, name_key = $9, channels = $10, language = $11, \
         language_other = $12, needs = $13, trusted_third = $20, {} WHERE id = $1",
        set_address.join(", ")
    );
    let mut q = sqlx::query(&update)
        .bind(k)
        .bind(&given)
        .bind(&family)
        .bind(&usual)
        .bind(birth.year.map(i64::from))
        .bind(birth.month.map(i64::from))
        .bind(birth.day.map(i64::from))
        .bind(niss.clone())
        .bind(persons::name_key(&given, &family, &usual))
        .bind(&channels)
        .bind(&language)
        .bind(&language_other)
        .bind(&needs);
    for v in address {
        q = q.bind(v.clone());
    }
    q.bind(&trusted_third).execute(&mut *tx).await?;

    // National numbers: the union of both histories.
    sqlx::query(
        "INSERT INTO person_niss_history (person_id, niss, recorded_at) \
         SELECT $1, niss, recorded_at FROM person_niss_history WHERE person_id = $2 \
         AND niss NOT IN (SELECT niss FROM person_niss_history WHERE person_id = $1)",
    )
    .bind(k)
    .bind(m)
    .execute(&mut *tx)
    .await?;

    // Phones and email addresses after the kept file's own, a number or address only once.
    for (table, same) in [
        ("person_phones", "number"),
        ("person_emails", "LOWER(address)"),
    ] {
        let row = sqlx::query(&format!(
            "SELECT COALESCE(MAX(position), -1) AS last FROM {table} WHERE person_id = $1"
        ))
        .bind(k)
        .fetch_one(&mut *tx)
        .await?;
        let offset = get_i64(&row, "last")? + 1;
        sqlx::query(&format!(
            "DELETE FROM {table} WHERE person_id = $2 AND {same} IN (SELECT {same} FROM {table} WHERE person_id = $1)"
        ))
        .bind(k)
        .bind(m)
        .execute(&mut *tx)
        .await?;
        sqlx::query(&format!(
            "UPDATE {table} SET person_id = $1, position = position + $3 WHERE person_id = $2"
        ))
        .bind(k)
        .bind(m)
        .bind(offset)
        .execute(&mut *tx)
        .await?;
    }

    // Teams following: the union.
    sqlx::query(
        "INSERT INTO person_followups (person_id, team_id, since) \
         SELECT $1, team_id, since FROM person_followups WHERE person_id = $2 \
         AND team_id NOT IN (SELECT team_id FROM person_followups WHERE person_id = $1)",
    )
    .bind(k)
    .bind(m)
    .execute(&mut *tx)
    .await?;

    // Household links: re-pointed, without a link to oneself or a second link to anyone.
    for sql in [
        "DELETE FROM household_links WHERE (person_id = $1 AND other_id = $2) OR (person_id = $2 AND other_id = $1)",
        "DELETE FROM household_links WHERE person_id = $2 AND other_id IN (SELECT other_id FROM household_links WHERE person_id = $1)",
        "DELETE FROM household_links WHERE other_id = $2 AND person_id IN (SELECT person_id FROM household_links WHERE other_id = $1)",
        "UPDATE household_links SET person_id = $1 WHERE person_id = $2",
        "UPDATE household_links SET other_id = $1 WHERE other_id = $2",
    ] {
        sqlx::query(sql).bind(k).bind(m).execute(&mut *tx).await?;
    }

    for (table, column) in REPOINTED {
        sqlx::query(&format!(
            "UPDATE {table} SET {column} = $1 WHERE {column} = $2"
        ))
        .bind(k)
        .bind(m)
        .execute(&mut *tx)
        .await?;
    }

    sqlx::query("DELETE FROM persons WHERE id = $1")
        .bind(m)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO person_merges (kept_id, merged_id, merged_at, by_user) VALUES ($1, $2, $3, $4)",
    )
    .bind(k)
    .bind(m)
    .bind(now)
    .bind(actor.user_id.get())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(kept)
}

/// Where a merged file went: the file it was merged into (following later merges), if
/// the actor may open it; `NotFound` otherwise, or when the file was never merged.
pub async fn successor(db: &Db, actor: &Actor, id: PersonId) -> Result<PersonId> {
    let mut current = id;
    for _ in 0..32 {
        let row = sqlx::query(
            "SELECT kept_id FROM person_merges WHERE merged_id = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(current.get())
        .fetch_optional_on(db)
        .await?;
        match row {
            Some(r) => current = PersonId::new(get_i64(&r, "kept_id")?),
            None => break,
        }
    }
    if current == id {
        return Err(StoreError::NotFound);
    }
    persons::get(db, actor, current).await?;
    Ok(current)
}
