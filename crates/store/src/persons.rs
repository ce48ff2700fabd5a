//! Person files: the minimal part needed by the home pages. Every read takes the
//! acting staff member and applies `Actor::person_access` in the query itself.

use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_opt_str, get_str, Db, Result, StoreError};
use guichet_domain::consent::Purpose;
use guichet_domain::contact::ContactPreferences;
use guichet_domain::ids::{PersonId, TeamId, UserId};
use guichet_domain::matching::{
    compare_names, normalise, search_word_matches, search_words, Reason,
};
use guichet_domain::niss::Niss;
use guichet_domain::org::{PhoneNumber, Postcode};
use guichet_domain::person::{Address, Email, PartialDate, PhoneKind};
use guichet_domain::{Actor, PersonAccess};
use std::collections::BTreeMap;

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
         JOIN person_followups f ON f.person_id = p.id WHERE {} AND p.anonymised_at IS NULL \
         ORDER BY p.family_name, p.given_names, p.id LIMIT $1",
        team_filter(&teams, 2)
    );
    let mut q = sqlx::query(&sql).bind(limit);
    for t in &teams {
        q = q.bind(t.get());
    }
    let rows = q.fetch_all_on(db).await?;
    rows.iter().map(summary).collect()
}

pub async fn count_followed(db: &Db, actor: &Actor) -> Result<i64> {
    let PersonAccess::FollowedBy(teams) = actor.person_access() else {
        return Ok(0);
    };
    let sql = format!(
        "SELECT COUNT(DISTINCT f.person_id) AS n FROM person_followups f \
         JOIN persons p ON p.id = f.person_id WHERE {} AND p.anonymised_at IS NULL",
        team_filter(&teams, 1)
    );
    let mut q = sqlx::query(&sql);
    for t in &teams {
        q = q.bind(t.get());
    }
    get_i64(&q.fetch_one_on(db).await?, "n")
}

/// Counts one more change of a file, in the transaction that makes it. `seen` is the
/// version an edit form was read at: when the file changed since, nothing is written and
/// `Changed` is returned (the form comes back with what changed). `None` for writes that
/// no form read first (the demo, fixtures, merges).
pub(crate) async fn touch(
    conn: &mut sqlx::AnyConnection,
    id: PersonId,
    seen: Option<i64>,
) -> Result<()> {
    let done = match seen {
        Some(v) => {
            sqlx::query("UPDATE persons SET version = version + 1 WHERE id = $1 AND version = $2")
                .bind(id.get())
                .bind(v)
                .execute(&mut *conn)
                .await?
        }
        None => {
            sqlx::query("UPDATE persons SET version = version + 1 WHERE id = $1")
                .bind(id.get())
                .execute(&mut *conn)
                .await?
        }
    };
    if done.rows_affected() == 0 {
        return Err(if seen.is_some() {
            StoreError::Changed
        } else {
            StoreError::NotFound
        });
    }
    Ok(())
}

/// One person, if the actor may see them, with the actor's teams that follow them
/// (the reason the actor may see the file; empty when the actor sees it through a
/// break-glass grant, see [`Actor::relation`]); `NotFound` otherwise, exactly as if the
/// person did not exist (no way to probe ids).
pub async fn get(db: &Db, actor: &Actor, id: PersonId) -> Result<(PersonSummary, Vec<TeamId>)> {
    let teams = match actor.person_access() {
        PersonAccess::FollowedBy(teams) => teams,
        PersonAccess::None => Vec::new(),
    };
    let granted = actor.break_glass_persons();
    if teams.is_empty() && granted.is_empty() {
        return Err(StoreError::NotFound);
    }
    // One query, run by every page about a person: a row per team of the actor that
    // follows the file, or a single row without a team when only a grant opens it
    // (opened with a reason, unexpired); no row at all when neither does.
    let mut join = String::new();
    let mut access = Vec::new();
    if !teams.is_empty() {
        join = format!(
            " LEFT JOIN person_followups f ON f.person_id = p.id AND {}",
            team_filter(&teams, 2)
        );
        access.push("f.team_id IS NOT NULL".to_owned());
    }
    if !granted.is_empty() {
        let first = 2 + teams.len();
        let list: Vec<String> = (0..granted.len())
            .map(|i| format!("${}", first + i))
            .collect();
        access.push(format!("p.id IN ({})", list.join(", ")));
    }
    let team_col = if teams.is_empty() {
        "CAST(NULL AS BIGINT)"
    } else {
        "f.team_id"
    };
    let sql = format!(
        "SELECT p.id, p.given_names, p.family_name, {team_col} AS team_id FROM persons p{join} \
         WHERE p.id = $1 AND ({}) ORDER BY team_id",
        access.join(" OR ")
    );
    let mut q = sqlx::query(&sql).bind(id.get());
    for t in &teams {
        q = q.bind(t.get());
    }
    for g in &granted {
        q = q.bind(g.get());
    }
    let rows = q.fetch_all_on(db).await?;
    let first = rows.first().ok_or(StoreError::NotFound)?;
    let why = rows
        .iter()
        .map(|r| get_opt_i64(r, "team_id"))
        .collect::<Result<Vec<_>>>()?
        .into_iter()
        .flatten()
        .map(TeamId::new)
        .collect();
    Ok((summary(first)?, why))
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
    let mut tx = db.begin().await?;
    let row = sqlx::query(
        "INSERT INTO persons (given_names, family_name, name_key, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(given)
    .bind(family)
    .bind(name_key(given, family, ""))
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

/// Makes one more team follow a person. Used by the demo and test fixtures.
pub async fn seed_followup(db: &Db, person: PersonId, team: TeamId, now: i64) -> Result<()> {
    sqlx::query("INSERT INTO person_followups (person_id, team_id, since) VALUES ($1, $2, $3)")
        .bind(person.get())
        .bind(team.get())
        .bind(now)
        .execute_on(db)
        .await
        .map_err(StoreError::from_write)?;
    Ok(())
}

/// The words a person is searched by, sorted, space-separated: every name of the file
/// in every writing of [`guichet_domain::matching::search_words`] (particles glued or
/// apart, double names in one word).
pub fn name_key(given: &str, family: &str, usual: &str) -> String {
    search_words(given, family, usual).join(" ")
}

/// The version of [`name_key`]'s rules. Files keyed under an older version are keyed
/// again once at start ([`rekey_names`]), so that search finds them the new ways too.
pub const NAME_KEY_VERSION: i64 = 2;

/// Recomputes the search key of every file written under older rules, in batches;
/// returns how many were rekeyed. Run after the migrations.
pub async fn rekey_names(db: &Db) -> Result<u64> {
    let done = sqlx::query("SELECT value FROM settings WHERE key = 'name_key_version'")
        .fetch_optional_on(db)
        .await?
        .map(|r| get_str(&r, "value"))
        .transpose()?
        .and_then(|v| v.parse::<i64>().ok())
        .unwrap_or(1);
    if done >= NAME_KEY_VERSION {
        return Ok(0);
    }
    let mut count = 0;
    let mut after = 0_i64;
    loop {
        let rows = sqlx::query(
            "SELECT id, given_names, family_name, usual_name FROM persons \
             WHERE id > $1 AND anonymised_at IS NULL ORDER BY id LIMIT 500",
        )
        .bind(after)
        .fetch_all_on(db)
        .await?;
        let Some(last) = rows.last() else { break };
        after = get_i64(last, "id")?;
        let mut tx = db.begin().await?;
        for r in &rows {
            sqlx::query("UPDATE persons SET name_key = $1 WHERE id = $2")
                .bind(name_key(
                    &get_str(r, "given_names")?,
                    &get_str(r, "family_name")?,
                    &get_str(r, "usual_name")?,
                ))
                .bind(get_i64(r, "id")?)
                .execute(&mut *tx)
                .await?;
            count += 1;
        }
        tx.commit().await?;
    }
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM settings WHERE key = 'name_key_version'")
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO settings (key, value) VALUES ('name_key_version', $1)")
        .bind(NAME_KEY_VERSION.to_string())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(count)
}

/// A new file as typed at the desk. Only a name and one way to reach the person are
/// required by the screens (a phone, an email, a postal or contact address, "comes to
/// the desk", or a trusted person); the store accepts what the domain types allow.
#[derive(Debug, Clone, Default)]
pub struct NewPerson {
    pub given_names: String,
    pub family_name: String,
    pub usual_name: String,
    pub birth: PartialDate,
    pub niss: Option<Niss>,
    /// Number, kind, and whose phone it is when not the person's own ("her daughter").
    pub phones: Vec<(PhoneNumber, PhoneKind, String)>,
    pub emails: Vec<(Email, String)>,
    /// How to reach the person, in order, and the trusted person if any.
    pub contact: ContactPreferences,
    pub address: Address,
    /// Consents the person gave at the desk while being registered (SMS, email).
    pub agreed: Vec<Purpose>,
}

/// Creates a file followed by `team`, which must be one of the actor's teams.
pub async fn create(
    db: &Db,
    actor: &Actor,
    new: &NewPerson,
    team: TeamId,
    now: i64,
) -> Result<PersonId> {
    if !actor.may_create_person_for(team) {
        return Err(StoreError::Forbidden);
    }
    let mut tx = db.begin().await?;
    let row = sqlx::query(
        "INSERT INTO persons (given_names, family_name, usual_name, birth_year, birth_month, birth_day, niss, name_key, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(new.given_names.trim())
    .bind(new.family_name.trim())
    .bind(new.usual_name.trim())
    .bind(new.birth.year.map(i64::from))
    .bind(new.birth.month.map(i64::from))
    .bind(new.birth.day.map(i64::from))
    .bind(new.niss.as_ref().map(Niss::digits))
    .bind(name_key(&new.given_names, &new.family_name, &new.usual_name))
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    let id = PersonId::new(get_i64(&row, "id")?);
    if let Some(n) = &new.niss {
        sqlx::query(
            "INSERT INTO person_niss_history (person_id, niss, recorded_at) VALUES ($1, $2, $3)",
        )
        .bind(id.get())
        .bind(n.digits())
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    for (i, (number, kind, holder)) in new.phones.iter().enumerate() {
        sqlx::query("INSERT INTO person_phones (person_id, number, kind, holder, position) VALUES ($1, $2, $3, $4, $5)")
            .bind(id.get())
            .bind(number.e164())
            .bind(kind.code())
            .bind(holder.trim())
            .bind(i as i64)
            .execute(&mut *tx)
            .await?;
    }
    for (i, (email, holder)) in new.emails.iter().enumerate() {
        sqlx::query("INSERT INTO person_emails (person_id, address, holder, position) VALUES ($1, $2, $3, $4)")
            .bind(id.get())
            .bind(email.as_str())
            .bind(holder.trim())
            .bind(i as i64)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query("INSERT INTO person_followups (person_id, team_id, since) VALUES ($1, $2, $3)")
        .bind(id.get())
        .bind(team.get())
        .bind(now)
        .execute(&mut *tx)
        .await?;
    write_contact(&mut tx, id, &new.contact, &new.address).await?;
    for purpose in &new.agreed {
        sqlx::query(
            "INSERT INTO consents (person_id, purpose, given_at, given_how, given_by) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id.get())
        .bind(purpose.code())
        .bind(now)
        .bind(guichet_domain::consent::How::Desk.code())
        .bind(actor.user_id.get())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// A file that may be the person about to be created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: PersonId,
    pub given_names: String,
    pub family_name: String,
    pub birth: PartialDate,
    pub reasons: Vec<Reason>,
}

/// Likely matches among the files the actor may see, strongest first, and how many
/// more likely matches exist in files the actor may not see (their content stays hidden).
pub async fn find_candidates(
    db: &Db,
    actor: &Actor,
    new: &NewPerson,
) -> Result<(Vec<Candidate>, i64)> {
    let mut sql = String::from(
        "SELECT p.id, p.given_names, p.family_name, p.usual_name, p.birth_year, p.birth_month, p.birth_day, p.niss \
         FROM persons p WHERE p.anonymised_at IS NULL AND (1 = 0",
    );
    let mut binds: Vec<String> = Vec::new();
    let arg = |v: String, binds: &mut Vec<String>| {
        binds.push(v);
        format!("${}", binds.len())
    };
    if let Some(n) = &new.niss {
        let a = arg(n.digits().to_owned(), &mut binds);
        sql.push_str(&format!(" OR p.niss = {a} OR p.id IN (SELECT person_id FROM person_niss_history WHERE niss = {a})"));
    }
    for (number, _, _) in &new.phones {
        let a = arg(number.e164().to_owned(), &mut binds);
        sql.push_str(&format!(
            " OR p.id IN (SELECT person_id FROM person_phones WHERE number = {a})"
        ));
    }
    if let Some(date) = new.birth.full() {
        let a = arg(date.format("%Y").to_string(), &mut binds);
        let b = arg(date.format("%m").to_string(), &mut binds);
        let c = arg(date.format("%d").to_string(), &mut binds);
        sql.push_str(&format!(
            " OR (CAST(p.birth_year AS TEXT) = {a} AND p.birth_month = CAST({b} AS BIGINT) AND p.birth_day = CAST({c} AS BIGINT))"
        ));
    }
    let key = name_key(&new.given_names, &new.family_name, &new.usual_name);
    for word in key.split(' ').filter(|w| w.chars().count() >= 3) {
        // A typo may sit anywhere: look for the word's first three letters.
        let prefix: String = word.chars().take(3).collect();
        let a = arg(format!("%{prefix}%"), &mut binds);
        sql.push_str(&format!(" OR p.name_key LIKE {a}"));
    }
    // An anonymised file is nobody any more: never a likely duplicate.
    sql.push_str(") LIMIT 500");
    let mut q = sqlx::query(&sql);
    for b in &binds {
        q = q.bind(b);
    }
    let rows = q.fetch_all_on(db).await?;

    // Files that had this national number before it was changed count as the same number.
    let mut had_niss = Vec::new();
    if let Some(n) = &new.niss {
        for r in sqlx::query("SELECT person_id FROM person_niss_history WHERE niss = $1")
            .bind(n.digits())
            .fetch_all_on(db)
            .await?
        {
            had_niss.push(get_i64(&r, "person_id")?);
        }
    }
    let mut found: BTreeMap<i64, Candidate> = BTreeMap::new();
    for r in &rows {
        let id = get_i64(r, "id")?;
        let given = get_str(r, "given_names")?;
        let family = get_str(r, "family_name")?;
        let usual = get_str(r, "usual_name")?;
        let birth = PartialDate {
            year: get_opt_i64(r, "birth_year")?.map(|v| v as i32),
            month: get_opt_i64(r, "birth_month")?.map(|v| v as u32),
            day: get_opt_i64(r, "birth_day")?.map(|v| v as u32),
        };
        let mut reasons = Vec::new();
        if let (Some(n), Some(stored)) = (&new.niss, get_opt_str(r, "niss")?) {
            if n.digits() == stored {
                reasons.push(Reason::SameNiss);
            }
        }
        if !reasons.contains(&Reason::SameNiss) && had_niss.contains(&id) {
            reasons.push(Reason::SameNiss);
        }
        let names =
            compare_names(&new.given_names, &new.family_name, &given, &family).or_else(|| {
                (!usual.is_empty())
                    .then(|| compare_names(&new.given_names, &new.family_name, &given, &usual))
                    .flatten()
            });
        if let Some(n) = names {
            reasons.push(n);
        }
        if new.birth.full().is_some() && new.birth.full() == birth.full() {
            reasons.push(Reason::SameBirthDate);
        }
        if reasons.is_empty() && new.phones.is_empty() {
            continue;
        }
        found.insert(
            id,
            Candidate {
                id: PersonId::new(id),
                given_names: given,
                family_name: family,
                birth,
                reasons,
            },
        );
    }
    // Phone matches: mark them.
    if !new.phones.is_empty() && !found.is_empty() {
        for (number, _, _) in &new.phones {
            let rows = sqlx::query("SELECT person_id FROM person_phones WHERE number = $1")
                .bind(number.e164())
                .fetch_all_on(db)
                .await?;
            for r in rows {
                if let Some(c) = found.get_mut(&get_i64(&r, "person_id")?) {
                    if !c.reasons.contains(&Reason::SamePhone) {
                        c.reasons.push(Reason::SamePhone);
                    }
                }
            }
        }
    }
    // A birth date alone, or a name-prefix hit that is not a similar name, is no match.
    let mut all: Vec<Candidate> = found
        .into_values()
        .filter(|c| {
            c.reasons.iter().any(|r| {
                matches!(
                    r,
                    Reason::SameNiss | Reason::SamePhone | Reason::SameName | Reason::SimilarName
                )
            })
        })
        .collect();
    for c in &mut all {
        c.reasons.sort();
    }
    all.sort_by(|a, b| {
        a.reasons
            .first()
            .cmp(&b.reasons.first())
            .then(b.reasons.len().cmp(&a.reasons.len()))
    });

    let mut visible = Vec::new();
    let mut hidden = 0;
    for c in all {
        if get(db, actor, c.id).await.is_ok() {
            visible.push(c);
        } else {
            hidden += 1;
        }
    }
    if !tells_similar_files(db).await? {
        hidden = 0;
    }
    Ok((visible, hidden))
}

/// Whether the desk is told that a likely match exists in a file of another team
/// (a count, never the file itself). The DPO decides; on by default, so that nobody
/// is registered twice without the desk knowing it might be.
pub async fn tells_similar_files(db: &Db) -> Result<bool> {
    let row = sqlx::query("SELECT value FROM settings WHERE key = 'tell_similar_files'")
        .fetch_optional_on(db)
        .await?;
    Ok(match row {
        Some(r) => get_str(&r, "value")? != "no",
        None => true,
    })
}

/// The DPO's choice for [`tells_similar_files`]; `Forbidden` for anyone else.
pub async fn set_tells_similar_files(db: &Db, actor: &Actor, tell: bool) -> Result<()> {
    if !actor.may_read_access_log() {
        return Err(StoreError::Forbidden);
    }
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM settings WHERE key = 'tell_similar_files'")
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO settings (key, value) VALUES ('tell_similar_files', $1)")
        .bind(if tell { "yes" } else { "no" })
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Proof that the access policy let a staff member open a person's file: only this module
/// makes one ([`open`], [`details`]), after the one check every page about a person runs.
/// The loaders of the file's sections (its requests, appointments, notes, household,
/// consents, messages) take it instead of checking again, and cannot be called for a file
/// that was not opened. It holds for the staff member who opened the file only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenedFile {
    person: PersonId,
    by: UserId,
    /// The staff member's teams that follow the file (empty when a break-glass grant
    /// opened it), for the compartments they may read.
    followed_by: Vec<TeamId>,
}

impl OpenedFile {
    pub fn person(&self) -> PersonId {
        self.person
    }

    /// The file, if `actor` is who opened it; `Forbidden` for anyone else (a proof is not
    /// passed on).
    pub fn for_actor(&self, actor: &Actor) -> Result<PersonId> {
        if self.by == actor.user_id {
            Ok(self.person)
        } else {
            Err(StoreError::Forbidden)
        }
    }

    /// How the actor sees the file: as a follower or through break-glass.
    pub fn relation(&self, actor: &Actor) -> Result<guichet_domain::Relation> {
        let person = self.for_actor(actor)?;
        Ok(actor.relation(person, &self.followed_by))
    }
}

/// Opens a person's file for `actor`, if the access policy allows it (one query): the
/// proof the section loaders take. `NotFound` otherwise (a file one may not see looks like
/// one that does not exist).
pub async fn open(db: &Db, actor: &Actor, id: PersonId) -> Result<OpenedFile> {
    let (_, followed_by) = get(db, actor, id).await?;
    Ok(OpenedFile {
        person: id,
        by: actor.user_id,
        followed_by,
    })
}

/// Everything the person page shows of a file.
#[derive(Debug, Clone)]
pub struct PersonDetails {
    pub summary: PersonSummary,
    pub usual_name: String,
    pub birth: PartialDate,
    pub niss: Option<String>,
    pub phones: Vec<(String, PhoneKind, String)>,
    pub emails: Vec<(String, String)>,
    pub contact: ContactPreferences,
    pub address: Address,
    /// The actor's teams that follow the person.
    pub followed_by: Vec<TeamId>,
    /// Every consent given or withdrawn, with when and how (the person page lists them;
    /// [`PersonDetails::has_consent`] says what holds now).
    pub consent_records: Vec<guichet_domain::consent::ConsentRecord>,
    /// When the file was anonymised (retention purge or erasure); `None` for a live file.
    pub anonymised_at: Option<i64>,
    /// How many changes the file has had: edit forms carry it (see [`touch`]).
    pub version: i64,
    /// The proof that the actor opened this file, for the loaders of its sections.
    pub opened: OpenedFile,
}

impl PersonDetails {
    /// The first phone number of a kind, in international form.
    pub fn phone(&self, kind: PhoneKind) -> Option<&str> {
        self.phones
            .iter()
            .find(|p| p.1 == kind)
            .map(|p| p.0.as_str())
    }

    /// Whether the person's consent to `purpose` holds now (given, not withdrawn since).
    pub fn has_consent(&self, purpose: Purpose) -> bool {
        guichet_domain::consent::is_granted(&self.consent_records, purpose)
    }

    /// What the file holds to reach the person, for choosing a usable channel.
    pub fn reachability(&self) -> guichet_domain::contact::Reachability {
        guichet_domain::contact::Reachability {
            mobile: self.phone(PhoneKind::Mobile).is_some(),
            landline: self.phone(PhoneKind::Landline).is_some(),
            email: !self.emails.is_empty(),
            postal_address: self.address.is_postal(),
            sms_consent: self.has_consent(Purpose::Sms),
            email_consent: self.has_consent(Purpose::Email),
        }
    }
}

pub async fn details(db: &Db, actor: &Actor, id: PersonId) -> Result<PersonDetails> {
    let (summary, followed_by) = get(db, actor, id).await?;
    let row = sqlx::query(
        "SELECT usual_name, birth_year, birth_month, birth_day, niss, channels, language, language_other, needs, \
         trusted_third, address_kind, street, postcode, municipality, country, contact_address, anonymised_at, version \
         FROM persons WHERE id = $1",
    )
    .bind(id.get())
    .fetch_one_on(db)
    .await?;
    let phones = sqlx::query(
        "SELECT number, kind, holder FROM person_phones WHERE person_id = $1 ORDER BY position",
    )
    .bind(id.get())
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| {
        Ok((
            get_str(r, "number")?,
            PhoneKind::parse(&get_str(r, "kind")?).unwrap_or(PhoneKind::Landline),
            get_str(r, "holder")?,
        ))
    })
    .collect::<Result<Vec<_>>>()?;
    let emails = sqlx::query(
        "SELECT address, holder FROM person_emails WHERE person_id = $1 ORDER BY position",
    )
    .bind(id.get())
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| Ok((get_str(r, "address")?, get_str(r, "holder")?)))
    .collect::<Result<Vec<_>>>()?;
    let consent_records = crate::consents::records(db, id).await?;
    Ok(PersonDetails {
        summary,
        usual_name: get_str(&row, "usual_name")?,
        birth: PartialDate {
            year: get_opt_i64(&row, "birth_year")?.map(|v| v as i32),
            month: get_opt_i64(&row, "birth_month")?.map(|v| v as u32),
            day: get_opt_i64(&row, "birth_day")?.map(|v| v as u32),
        },
        niss: get_opt_str(&row, "niss")?,
        phones,
        emails,
        contact: ContactPreferences::from_storage(
            &get_str(&row, "channels")?,
            &get_str(&row, "language")?,
            &get_str(&row, "language_other")?,
            &get_str(&row, "needs")?,
            &get_str(&row, "trusted_third")?,
        ),
        address: address_from_row(&row)?,
        opened: OpenedFile {
            person: id,
            by: actor.user_id,
            followed_by: followed_by.clone(),
        },
        followed_by,
        consent_records,
        anonymised_at: get_opt_i64(&row, "anonymised_at")?,
        version: get_i64(&row, "version")?,
    })
}

/// The longest search kept, in characters, and the most words searched for: enough for
/// any name and number, and a bound on the work one search can ask for.
pub const SEARCH_MAX_CHARS: usize = 200;
pub const SEARCH_MAX_WORDS: usize = 8;
const SEARCH_MAX_WORD_CHARS: usize = 60;

/// A search box's text as it is searched and shown back: trimmed and cut at
/// [`SEARCH_MAX_CHARS`], so that a page never echoes more than is searched.
pub fn searched_text(q: &str) -> String {
    q.trim().chars().take(SEARCH_MAX_CHARS).collect()
}

/// `%`, `_` and `\` as themselves in a `LIKE … ESCAPE '\'` pattern.
fn like_escape(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// What a search box's text asks for: name words, and a phone or national number.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct SearchTerms {
    /// Normalised name words (accents, case and apostrophes removed).
    words: Vec<String>,
    /// The digits of the number part, when it has six or more.
    digits: String,
    /// The number part in international form, when it is a whole phone number.
    phone: Option<String>,
}

impl SearchTerms {
    fn parse(query: &str) -> Self {
        let query: String = query.chars().take(SEARCH_MAX_CHARS).collect();
        let (numbers, names): (Vec<&str>, Vec<&str>) = query
            .split_whitespace()
            .partition(|t| guichet_domain::org::looks_like_phone(t));
        let words = normalise(&names.join(" "))
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(|w| w.chars().take(SEARCH_MAX_WORD_CHARS).collect())
            .take(SEARCH_MAX_WORDS)
            .collect();
        let number = numbers.join(" ");
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        let phone = PhoneNumber::parse(&number)
            .ok()
            .map(|p| p.e164().to_owned());
        Self {
            words,
            digits: if digits.len() >= 6 {
                digits
            } else {
                String::new()
            },
            phone,
        }
    }

    fn is_empty(&self) -> bool {
        self.words.is_empty() && self.digits.is_empty()
    }

    /// The SQL conditions (joined with AND) and their values, numbered from `$first`.
    fn conditions(&self, first: usize, binds: &mut Vec<String>) -> Vec<String> {
        let arg = |v: String, binds: &mut Vec<String>| {
            binds.push(v);
            format!("${}", first + binds.len() - 1)
        };
        let mut out = Vec::new();
        for w in &self.words {
            let a = arg(format!("%{}%", like_escape(w)), binds);
            out.push(format!("p.name_key LIKE {a} ESCAPE '\\'"));
        }
        if !self.digits.is_empty() {
            // A part of a number: its digits after the trunk 0 or the country code, found
            // anywhere in the stored international form (+32470123456 for "470 12 34").
            let inner = self
                .digits
                .strip_prefix("0032")
                .or_else(|| {
                    self.digits
                        .strip_prefix("32")
                        .filter(|_| self.digits.len() > 9)
                })
                .unwrap_or(&self.digits)
                .trim_start_matches('0')
                .to_owned();
            let niss = arg(self.digits.clone(), binds);
            let exact = arg(self.phone.clone().unwrap_or_default(), binds);
            let part = arg(format!("%{}%", like_escape(&inner)), binds);
            out.push(format!(
                "(p.niss = {niss} OR p.id IN (SELECT person_id FROM person_phones \
                 WHERE number = {exact} OR number LIKE {part} ESCAPE '\\'))"
            ));
        }
        out
    }
}

/// Finds files the actor may see by name (any order, no accents needed, particles
/// glued or apart), phone number (written any way phone entry accepts, or a part of
/// six digits or more) or national number. When no name matches as typed, names one
/// typo away are looked for. `%` and `_` are searched as themselves.
pub async fn search(db: &Db, actor: &Actor, query: &str, limit: i64) -> Result<Vec<PersonSummary>> {
    let PersonAccess::FollowedBy(teams) = actor.person_access() else {
        return Ok(Vec::new());
    };
    let terms = SearchTerms::parse(query);
    if terms.is_empty() {
        return Ok(Vec::new());
    }
    let found = find_by_terms(db, &terms, Some(&teams), limit).await?;
    if !found.is_empty() || terms.words.is_empty() || !terms.digits.is_empty() {
        return Ok(found.into_iter().map(|(s, _)| s).collect());
    }
    Ok(find_one_typo_away(db, &terms, Some(&teams), limit)
        .await?
        .into_iter()
        .map(|(s, _)| s)
        .collect())
}

/// A file found by "search all files" (break-glass search): only what tells people
/// apart, nothing of the file's contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundAnywhere {
    pub summary: PersonSummary,
    pub birth: PartialDate,
}

/// "Search all files, with a reason": for front-line staff who may break glass, the
/// files of the whole organisation matching a search, with the name and birth date only.
/// Each file listed gets a break-glass row (`what` = "search") in the access log with
/// the reason, all in one transaction: the list is shown only once they are on record.
pub async fn search_all_files(
    db: &Db,
    actor: &Actor,
    query: &str,
    reason: &str,
    limit: i64,
    now: i64,
) -> Result<Vec<FoundAnywhere>> {
    if !actor.may_break_glass() {
        return Err(StoreError::Forbidden);
    }
    let terms = SearchTerms::parse(query);
    if terms.is_empty() || reason.trim().is_empty() {
        return Ok(Vec::new());
    }
    let mut found = find_by_terms(db, &terms, None, limit).await?;
    if found.is_empty() && !terms.words.is_empty() && terms.digits.is_empty() {
        found = find_one_typo_away(db, &terms, None, limit).await?;
    }
    if !found.is_empty() {
        let mut tx = db.begin().await?;
        for (s, _) in &found {
            crate::access_log::record_in(
                db,
                &mut tx,
                actor.user_id,
                s.id,
                crate::access_log::Action::BreakGlass,
                "search",
                reason.trim(),
                now,
            )
            .await?;
        }
        tx.commit().await?;
    }
    Ok(found
        .into_iter()
        .map(|(summary, birth)| FoundAnywhere { summary, birth })
        .collect())
}

/// `AND p.id IN (files followed by these teams)`, numbered from `first`; nothing for all
/// files. Read from the followers' index: the work grows with the teams' files, not with
/// every file of the organisation (large dataset, SQLite: 10 ms to 3 ms per search).
fn followed_scope(teams: Option<&[TeamId]>, first: usize) -> String {
    match teams {
        Some(teams) => format!(
            " AND p.id IN (SELECT f.person_id FROM person_followups f WHERE {})",
            team_filter(teams, first)
        ),
        None => String::new(),
    }
}

const FOUND_COLUMNS: &str =
    "p.id, p.given_names, p.family_name, p.name_key, p.birth_year, p.birth_month, p.birth_day";

fn found_row(r: &sqlx::any::AnyRow) -> Result<(PersonSummary, PartialDate)> {
    Ok((
        summary(r)?,
        PartialDate {
            year: get_opt_i64(r, "birth_year")?.map(|v| v as i32),
            month: get_opt_i64(r, "birth_month")?.map(|v| v as u32),
            day: get_opt_i64(r, "birth_day")?.map(|v| v as u32),
        },
    ))
}

/// The files matching every search term, among those `teams` follow (all live files
/// when `None`).
async fn find_by_terms(
    db: &Db,
    terms: &SearchTerms,
    teams: Option<&[TeamId]>,
    limit: i64,
) -> Result<Vec<(PersonSummary, PartialDate)>> {
    let mut binds: Vec<String> = Vec::new();
    let conditions = terms.conditions(2, &mut binds);
    let scope = followed_scope(teams, binds.len() + 2);
    let sql = format!(
        "SELECT {FOUND_COLUMNS} FROM persons p \
         WHERE {} AND p.anonymised_at IS NULL{scope} \
         ORDER BY p.family_name, p.given_names, p.id LIMIT $1",
        conditions.join(" AND "),
    );
    let mut q = sqlx::query(&sql).bind(limit);
    for b in &binds {
        q = q.bind(b);
    }
    for t in teams.unwrap_or_default() {
        q = q.bind(t.get());
    }
    q.fetch_all_on(db).await?.iter().map(found_row).collect()
}

/// Names one typo away from the searched words: files sharing the first three letters
/// of a word are read, then compared word by word.
async fn find_one_typo_away(
    db: &Db,
    terms: &SearchTerms,
    teams: Option<&[TeamId]>,
    limit: i64,
) -> Result<Vec<(PersonSummary, PartialDate)>> {
    let mut binds: Vec<String> = Vec::new();
    let mut any = Vec::new();
    for w in &terms.words {
        let prefix: String = w.chars().take(3).collect();
        binds.push(format!("%{}%", like_escape(&prefix)));
        any.push(format!("p.name_key LIKE ${} ESCAPE '\\'", binds.len() + 1));
    }
    let scope = followed_scope(teams, binds.len() + 2);
    let sql = format!(
        "SELECT {FOUND_COLUMNS} FROM persons p \
         WHERE ({}) AND p.anonymised_at IS NULL{scope} \
         ORDER BY p.family_name, p.given_names, p.id LIMIT $1",
        any.join(" OR "),
    );
    let mut q = sqlx::query(&sql).bind(500_i64);
    for b in &binds {
        q = q.bind(b);
    }
    for t in teams.unwrap_or_default() {
        q = q.bind(t.get());
    }
    let mut out = Vec::new();
    for r in q.fetch_all_on(db).await? {
        let key: Vec<String> = get_str(&r, "name_key")?
            .split(' ')
            .map(str::to_owned)
            .collect();
        if terms.words.iter().all(|w| search_word_matches(w, &key)) {
            out.push(found_row(&r)?);
            if out.len() as i64 >= limit {
                break;
            }
        }
    }
    Ok(out)
}

fn address_from_row(r: &sqlx::any::AnyRow) -> Result<Address> {
    Ok(match get_str(r, "address_kind")?.as_str() {
        "belgian" => Address::Belgian {
            street: get_str(r, "street")?,
            postcode: Postcode::parse(&get_str(r, "postcode")?)
                .map_err(|_| StoreError::Corrupt("postcode".into()))?,
            municipality: get_str(r, "municipality")?,
        },
        "foreign" => Address::Foreign {
            lines: get_str(r, "street")?,
            country: get_str(r, "country")?,
        },
        "no-fixed" => Address::NoFixed {
            contact_address: get_str(r, "contact_address")?,
        },
        _ => Address::Unknown,
    })
}

/// Records how to reach the person and where post goes. Same access rule as reading.
pub async fn set_contact(
    db: &Db,
    actor: &Actor,
    id: PersonId,
    prefs: &ContactPreferences,
    address: &Address,
    seen: Option<i64>,
) -> Result<()> {
    get(db, actor, id).await?;
    let mut tx = db.begin().await?;
    touch(&mut tx, id, seen).await?;
    write_contact(&mut tx, id, prefs, address).await?;
    tx.commit().await?;
    Ok(())
}

async fn write_contact(
    tx: &mut crate::Tx,
    id: PersonId,
    prefs: &ContactPreferences,
    address: &Address,
) -> Result<()> {
    let (street, postcode, municipality, country, contact) = match address {
        Address::Unknown => (
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ),
        Address::Belgian {
            street,
            postcode,
            municipality,
        } => (
            street.clone(),
            postcode.get().to_string(),
            municipality.clone(),
            String::new(),
            String::new(),
        ),
        Address::Foreign { lines, country } => (
            lines.clone(),
            String::new(),
            String::new(),
            country.clone(),
            String::new(),
        ),
        Address::NoFixed { contact_address } => (
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            contact_address.clone(),
        ),
    };
    let language_other = match &prefs.language {
        guichet_domain::contact::PreferredLanguage::Other(name) => name.clone(),
        _ => String::new(),
    };
    sqlx::query(
        "UPDATE persons SET channels = $1, language = $2, language_other = $3, needs = $4, trusted_third = $5, \
         address_kind = $6, street = $7, postcode = $8, municipality = $9, country = $10, contact_address = $11 WHERE id = $12",
    )
    .bind(prefs.channels_storage())
    .bind(prefs.language.code())
    .bind(language_other)
    .bind(prefs.needs_storage())
    .bind(prefs.trusted_third.trim())
    .bind(address.kind())
    .bind(street.trim())
    .bind(postcode)
    .bind(municipality.trim())
    .bind(country.trim())
    .bind(contact.trim())
    .bind(id.get())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

// ---------- editing a file: identity, phones, emails ----------

/// Who a file is, as corrected at the desk.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    pub given_names: String,
    pub family_name: String,
    pub usual_name: String,
    pub birth: PartialDate,
    pub niss: Option<Niss>,
}

/// Another file already holding a national number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NissTaken {
    /// A file the actor may open.
    Visible(PersonSummary),
    /// A file the actor may not see: nothing about it is told.
    Hidden,
}

/// Whether `niss` is the current number of a file other than `id`. Numbers a file had
/// before (its history) do not count: a number once typed on the wrong file must not
/// block the right one.
pub async fn niss_taken(
    db: &Db,
    actor: &Actor,
    id: PersonId,
    niss: &Niss,
) -> Result<Option<NissTaken>> {
    get(db, actor, id).await?;
    let row =
        sqlx::query("SELECT id FROM persons WHERE niss = $1 AND id <> $2 ORDER BY id LIMIT 1")
            .bind(niss.digits())
            .bind(id.get())
            .fetch_optional_on(db)
            .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let other = PersonId::new(get_i64(&row, "id")?);
    Ok(Some(match get(db, actor, other).await {
        Ok((summary, _)) => NissTaken::Visible(summary),
        Err(StoreError::NotFound) => NissTaken::Hidden,
        Err(e) => return Err(e),
    }))
}

/// Corrects names, birth date and national number. A changed number keeps the old one
/// in the file's history and records the new one there too; clearing it is allowed.
/// `Conflict` when the number is the current one of another file (check first with
/// [`niss_taken`] to tell the user which).
pub async fn set_identity(
    db: &Db,
    actor: &Actor,
    id: PersonId,
    identity: &Identity,
    now: i64,
    seen: Option<i64>,
) -> Result<()> {
    get(db, actor, id).await?;
    let mut tx = db.begin().await?;
    touch(&mut tx, id, seen).await?;
    let old = sqlx::query("SELECT niss FROM persons WHERE id = $1")
        .bind(id.get())
        .fetch_one(&mut *tx)
        .await?;
    let old = get_opt_str(&old, "niss")?;
    let new = identity.niss.as_ref().map(|n| n.digits().to_owned());
    if let Some(n) = &new {
        let taken = sqlx::query("SELECT id FROM persons WHERE niss = $1 AND id <> $2 LIMIT 1")
            .bind(n)
            .bind(id.get())
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(StoreError::Conflict);
        }
    }
    sqlx::query(
        "UPDATE persons SET given_names = $1, family_name = $2, usual_name = $3, birth_year = $4, \
         birth_month = $5, birth_day = $6, niss = $7, name_key = $8 WHERE id = $9",
    )
    .bind(identity.given_names.trim())
    .bind(identity.family_name.trim())
    .bind(identity.usual_name.trim())
    .bind(identity.birth.year.map(i64::from))
    .bind(identity.birth.month.map(i64::from))
    .bind(identity.birth.day.map(i64::from))
    .bind(new.clone())
    .bind(name_key(
        &identity.given_names,
        &identity.family_name,
        &identity.usual_name,
    ))
    .bind(id.get())
    .execute(&mut *tx)
    .await?;
    if old != new {
        for n in old.iter().chain(new.iter()) {
            sqlx::query(
                "INSERT INTO person_niss_history (person_id, niss, recorded_at) SELECT $1, $2, $3 \
                 WHERE NOT EXISTS (SELECT 1 FROM person_niss_history WHERE person_id = $1 AND niss = $2)",
            )
            .bind(id.get())
            .bind(n)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Every national number recorded for the file, with when it was recorded, newest first.
pub async fn niss_history(db: &Db, actor: &Actor, id: PersonId) -> Result<Vec<(String, i64)>> {
    get(db, actor, id).await?;
    sqlx::query(
        "SELECT niss, recorded_at FROM person_niss_history WHERE person_id = $1 \
         ORDER BY recorded_at DESC, niss",
    )
    .bind(id.get())
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| Ok((get_str(r, "niss")?, get_i64(r, "recorded_at")?)))
    .collect()
}

/// One phone number of a file, in order of preference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneLine {
    pub id: i64,
    /// International form, as stored.
    pub number: String,
    pub kind: PhoneKind,
    /// Whose phone it is when not the person's own ("her daughter").
    pub holder: String,
}

/// One email address of a file, in order of preference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailLine {
    pub id: i64,
    pub address: String,
    pub holder: String,
}

pub async fn phones(db: &Db, actor: &Actor, id: PersonId) -> Result<Vec<PhoneLine>> {
    get(db, actor, id).await?;
    sqlx::query(
        "SELECT id, number, kind, holder FROM person_phones WHERE person_id = $1 ORDER BY position, id",
    )
    .bind(id.get())
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| {
        Ok(PhoneLine {
            id: get_i64(r, "id")?,
            number: get_str(r, "number")?,
            kind: PhoneKind::parse(&get_str(r, "kind")?).unwrap_or(PhoneKind::Landline),
            holder: get_str(r, "holder")?,
        })
    })
    .collect()
}

pub async fn emails(db: &Db, actor: &Actor, id: PersonId) -> Result<Vec<EmailLine>> {
    get(db, actor, id).await?;
    sqlx::query(
        "SELECT id, address, holder FROM person_emails WHERE person_id = $1 ORDER BY position, id",
    )
    .bind(id.get())
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| {
        Ok(EmailLine {
            id: get_i64(r, "id")?,
            address: get_str(r, "address")?,
            holder: get_str(r, "holder")?,
        })
    })
    .collect()
}

/// Adds a phone at the end of the file's list (last in preference); `Conflict` when the
/// file already has this number (in whatever way it was written).
pub async fn add_phone(
    db: &Db,
    actor: &Actor,
    id: PersonId,
    number: &PhoneNumber,
    kind: PhoneKind,
    holder: &str,
    seen: Option<i64>,
) -> Result<()> {
    get(db, actor, id).await?;
    let mut tx = db.begin().await?;
    touch(&mut tx, id, seen).await?;
    // The same number written another way is the same number: once per file.
    let already = sqlx::query("SELECT id FROM person_phones WHERE person_id = $1 AND number = $2")
        .bind(id.get())
        .bind(number.e164())
        .fetch_optional(&mut *tx)
        .await?;
    if already.is_some() {
        return Err(StoreError::Conflict);
    }
    let position = next_position(&mut tx, Contact::Phone, id).await?;
    sqlx::query("INSERT INTO person_phones (person_id, number, kind, holder, position) VALUES ($1, $2, $3, $4, $5)")
        .bind(id.get())
        .bind(number.e164())
        .bind(kind.code())
        .bind(holder.trim())
        .bind(position)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Adds an email address at the end of the file's list. Never unique: families share them.
pub async fn add_email(
    db: &Db,
    actor: &Actor,
    id: PersonId,
    email: &Email,
    holder: &str,
    seen: Option<i64>,
) -> Result<()> {
    get(db, actor, id).await?;
    let mut tx = db.begin().await?;
    touch(&mut tx, id, seen).await?;
    let position = next_position(&mut tx, Contact::Email, id).await?;
    sqlx::query(
        "INSERT INTO person_emails (person_id, address, holder, position) VALUES ($1, $2, $3, $4)",
    )
    .bind(id.get())
    .bind(email.as_str())
    .bind(holder.trim())
    .bind(position)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Which list of a file: its phones or its email addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contact {
    Phone,
    Email,
}

impl Contact {
    fn table(self) -> &'static str {
        match self {
            Contact::Phone => "person_phones",
            Contact::Email => "person_emails",
        }
    }
}

async fn next_position(tx: &mut crate::Tx, list: Contact, id: PersonId) -> Result<i64> {
    let sql = format!(
        "SELECT COALESCE(MAX(position), -1) + 1 AS n FROM {} WHERE person_id = $1",
        list.table()
    );
    let row = sqlx::query(&sql)
        .bind(id.get())
        .fetch_one(&mut **tx)
        .await?;
    get_i64(&row, "n")
}

/// Removes one phone or email of the file; `NotFound` if it is not one of this file's.
/// Removing the last one is allowed.
pub async fn remove_contact(
    db: &Db,
    actor: &Actor,
    id: PersonId,
    list: Contact,
    item: i64,
    seen: Option<i64>,
) -> Result<()> {
    get(db, actor, id).await?;
    let mut tx = db.begin().await?;
    touch(&mut tx, id, seen).await?;
    let sql = format!(
        "DELETE FROM {} WHERE id = $1 AND person_id = $2",
        list.table()
    );
    let done = sqlx::query(&sql)
        .bind(item)
        .bind(id.get())
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Moves one phone or email of the file up one place in the order of preference (the
/// first one stays first); `NotFound` if it is not one of this file's.
pub async fn move_contact_up(
    db: &Db,
    actor: &Actor,
    id: PersonId,
    list: Contact,
    item: i64,
    seen: Option<i64>,
) -> Result<()> {
    get(db, actor, id).await?;
    let mut tx = db.begin().await?;
    touch(&mut tx, id, seen).await?;
    let sql = format!(
        "SELECT id FROM {} WHERE person_id = $1 ORDER BY position, id",
        list.table()
    );
    let mut order = sqlx::query(&sql)
        .bind(id.get())
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| get_i64(r, "id"))
        .collect::<Result<Vec<_>>>()?;
    let at = order
        .iter()
        .position(|x| *x == item)
        .ok_or(StoreError::NotFound)?;
    if at > 0 {
        order.swap(at - 1, at);
    }
    let sql = format!(
        "UPDATE {} SET position = $1 WHERE id = $2 AND person_id = $3",
        list.table()
    );
    for (position, row) in order.iter().enumerate() {
        sqlx::query(&sql)
            .bind(position as i64)
            .bind(*row)
            .bind(id.get())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}
