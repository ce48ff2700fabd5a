//! The organisation, its sites (with hours and closing days), services and teams.

use crate::RunOn;
use crate::{get_i64, get_str, Db, Result, StoreError};
use chrono::NaiveDate;
use guichet_domain::ids::{ServiceId, SiteId, TeamId};
use guichet_domain::names::NameForms;
use guichet_domain::org::{ClosingDay, PhoneNumber, Postcode, WeeklyHours};

pub async fn organisation_name(db: &Db) -> Result<Option<String>> {
    let row = sqlx::query("SELECT name FROM organisation WHERE id = 1")
        .fetch_optional_on(db)
        .await?;
    row.map(|r| get_str(&r, "name")).transpose()
}

pub async fn set_organisation_name(db: &Db, name: &str, now: i64) -> Result<()> {
    let done = sqlx::query("UPDATE organisation SET name = $1 WHERE id = 1")
        .bind(name)
        .execute_on(db)
        .await?;
    if done.rows_affected() == 0 {
        sqlx::query("INSERT INTO organisation (id, name, created_at) VALUES (1, $1, $2)")
            .bind(name)
            .bind(now)
            .execute_on(db)
            .await?;
    }
    Ok(())
}

/// A site with everything a visitor needs to know to come.
#[derive(Debug, Clone)]
pub struct Site {
    pub id: SiteId,
    pub name: String,
    pub street: String,
    pub postcode: Postcode,
    pub municipality: String,
    pub phone: PhoneNumber,
    pub opening_hours: WeeklyHours,
    pub walkin_hours: WeeklyHours,
    pub closing_days: Vec<ClosingDay>,
    /// The name in each language letters are written in (see [`Site::name_in`]).
    pub names: NameForms,
}

impl Site {
    /// The site's name for someone who reads `lang` ("fr", "nl", "en", "de"): its form in
    /// that language, else the main name.
    pub fn name_in(&self, lang: &str) -> &str {
        self.names.pick(&self.name, lang)
    }
}

fn name_forms(r: &sqlx::any::AnyRow) -> Result<NameForms> {
    Ok(NameForms {
        fr: get_str(r, "name_fr")?,
        nl: get_str(r, "name_nl")?,
        en: get_str(r, "name_en")?,
        de: get_str(r, "name_de")?,
    })
}

/// The values of a site form once parsed.
#[derive(Debug, Clone)]
pub struct SiteInput {
    pub name: String,
    pub street: String,
    pub postcode: Postcode,
    pub municipality: String,
    pub phone: PhoneNumber,
    pub opening_hours: WeeklyHours,
    pub walkin_hours: WeeklyHours,
    pub closing_days: Vec<ClosingDay>,
}

fn site_from_row(r: &sqlx::any::AnyRow) -> Result<Site> {
    let corrupt = |what: &str| StoreError::Corrupt(what.to_owned());
    Ok(Site {
        id: SiteId::new(get_i64(r, "id")?),
        name: get_str(r, "name")?,
        street: get_str(r, "street")?,
        postcode: Postcode::parse(&get_str(r, "postcode")?).map_err(|_| corrupt("postcode"))?,
        municipality: get_str(r, "municipality")?,
        phone: PhoneNumber::from_stored(&get_str(r, "phone")?),
        opening_hours: WeeklyHours::from_storage(&get_str(r, "opening_hours")?)
            .map_err(|_| corrupt("opening hours"))?,
        walkin_hours: WeeklyHours::from_storage(&get_str(r, "walkin_hours")?)
            .map_err(|_| corrupt("walk-in hours"))?,
        closing_days: Vec::new(),
        names: name_forms(r)?,
    })
}

const SITE_COLUMNS: &str =
    "id, name, street, postcode, municipality, phone, opening_hours, walkin_hours, \
     name_fr, name_nl, name_en, name_de";

pub async fn list_sites(db: &Db) -> Result<Vec<Site>> {
    let rows = sqlx::query(&format!("SELECT {SITE_COLUMNS} FROM sites ORDER BY name"))
        .fetch_all_on(db)
        .await?;
    rows.iter().map(site_from_row).collect()
}

pub async fn get_site(db: &Db, id: SiteId) -> Result<Site> {
    let row = sqlx::query(&format!("SELECT {SITE_COLUMNS} FROM sites WHERE id = $1"))
        .bind(id.get())
        .fetch_optional_on(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    let mut site = site_from_row(&row)?;
    let days =
        sqlx::query("SELECT day, label FROM site_closing_days WHERE site_id = $1 ORDER BY day")
            .bind(id.get())
            .fetch_all_on(db)
            .await?;
    for d in days {
        site.closing_days.push(ClosingDay {
            date: NaiveDate::parse_from_str(&get_str(&d, "day")?, "%Y-%m-%d")
                .map_err(|_| StoreError::Corrupt("closing day".into()))?,
            label: get_str(&d, "label")?,
        });
    }
    Ok(site)
}

async fn write_closing_days(tx: &mut crate::Tx, id: SiteId, days: &[ClosingDay]) -> Result<()> {
    sqlx::query("DELETE FROM site_closing_days WHERE site_id = $1")
        .bind(id.get())
        .execute(&mut **tx)
        .await?;
    for d in days {
        sqlx::query("INSERT INTO site_closing_days (site_id, day, label) VALUES ($1, $2, $3)")
            .bind(id.get())
            .bind(d.date.format("%Y-%m-%d").to_string())
            .bind(&d.label)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

pub async fn create_site(db: &Db, s: &SiteInput, now: i64) -> Result<SiteId> {
    let mut tx = db.begin().await?;
    let row = sqlx::query(
        "INSERT INTO sites (name, street, postcode, municipality, phone, opening_hours, walkin_hours, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(&s.name)
    .bind(&s.street)
    .bind(s.postcode.get().to_string())
    .bind(&s.municipality)
    .bind(s.phone.e164())
    .bind(s.opening_hours.to_storage())
    .bind(s.walkin_hours.to_storage())
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    let id = SiteId::new(get_i64(&row, "id")?);
    write_closing_days(&mut tx, id, &s.closing_days).await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn update_site(db: &Db, id: SiteId, s: &SiteInput) -> Result<()> {
    let mut tx = db.begin().await?;
    let done = sqlx::query(
        "UPDATE sites SET name = $1, street = $2, postcode = $3, municipality = $4, phone = $5, \
         opening_hours = $6, walkin_hours = $7 WHERE id = $8",
    )
    .bind(&s.name)
    .bind(&s.street)
    .bind(s.postcode.get().to_string())
    .bind(&s.municipality)
    .bind(s.phone.e164())
    .bind(s.opening_hours.to_storage())
    .bind(s.walkin_hours.to_storage())
    .bind(id.get())
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    write_closing_days(&mut tx, id, &s.closing_days).await?;
    tx.commit().await?;
    Ok(())
}

/// Stores a site's names in the other languages (empty: none in that language).
pub async fn set_site_names(db: &Db, id: SiteId, names: &NameForms) -> Result<()> {
    set_names(db, "sites", id.get(), names).await
}

/// Stores a service's names in the other languages (empty: none in that language).
pub async fn set_service_names(db: &Db, id: ServiceId, names: &NameForms) -> Result<()> {
    set_names(db, "services", id.get(), names).await
}

async fn set_names(db: &Db, table: &str, id: i64, n: &NameForms) -> Result<()> {
    let done = sqlx::query(&format!(
        "UPDATE {table} SET name_fr = $1, name_nl = $2, name_en = $3, name_de = $4 WHERE id = $5"
    ))
    .bind(&n.fr)
    .bind(&n.nl)
    .bind(&n.en)
    .bind(&n.de)
    .bind(id)
    .execute_on(db)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

#[derive(Debug, Clone)]
pub struct Service {
    pub id: ServiceId,
    pub site_id: SiteId,
    pub site_name: String,
    pub name: String,
    /// The name in each language letters are written in (see [`Service::name_in`]).
    pub names: NameForms,
}

impl Service {
    /// The service's name for someone who reads `lang`: its form in that language, else
    /// the main name.
    pub fn name_in(&self, lang: &str) -> &str {
        self.names.pick(&self.name, lang)
    }
}

pub async fn list_services(db: &Db) -> Result<Vec<Service>> {
    let rows = sqlx::query(
        "SELECT s.id, s.site_id, s.name, s.name_fr, s.name_nl, s.name_en, s.name_de, \
         si.name AS site_name FROM services s \
         JOIN sites si ON si.id = s.site_id ORDER BY si.name, s.name",
    )
    .fetch_all_on(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Service {
                id: ServiceId::new(get_i64(r, "id")?),
                site_id: SiteId::new(get_i64(r, "site_id")?),
                site_name: get_str(r, "site_name")?,
                name: get_str(r, "name")?,
                names: name_forms(r)?,
            })
        })
        .collect()
}

pub async fn create_service(db: &Db, site: SiteId, name: &str, now: i64) -> Result<ServiceId> {
    let row = sqlx::query(
        "INSERT INTO services (site_id, name, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(site.get())
    .bind(name)
    .bind(now)
    .fetch_one_on(db)
    .await
    .map_err(StoreError::from_write)?;
    Ok(ServiceId::new(get_i64(&row, "id")?))
}

#[derive(Debug, Clone)]
pub struct Team {
    pub id: TeamId,
    pub name: String,
    pub service_id: ServiceId,
    pub service_name: String,
    pub site_name: String,
    pub members: i64,
}

impl Team {
    /// "Social service — Wavre": how staff name a team in a sentence.
    pub fn label(&self) -> String {
        format!("{} — {}", self.name, self.site_name)
    }
}

/// The site of the first of these teams (in the order teams are listed: site, service,
/// team name): where a worker of these teams receives people. `None` for no team.
pub async fn home_site(db: &Db, teams: &[TeamId]) -> Result<Option<SiteId>> {
    if teams.is_empty() {
        return Ok(None);
    }
    let list: Vec<String> = (1..=teams.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT sv.site_id FROM teams t JOIN services sv ON sv.id = t.service_id \
         JOIN sites si ON si.id = sv.site_id WHERE t.id IN ({}) \
         ORDER BY si.name, sv.name, t.name LIMIT 1",
        list.join(", ")
    );
    let mut q = sqlx::query(&sql);
    for t in teams {
        q = q.bind(t.get());
    }
    q.fetch_optional_on(db)
        .await?
        .map(|r| Ok(SiteId::new(get_i64(&r, "site_id")?)))
        .transpose()
}

pub async fn list_teams(db: &Db) -> Result<Vec<Team>> {
    let rows = sqlx::query(
        "SELECT t.id, t.name, t.service_id, sv.name AS service_name, si.name AS site_name, \
         (SELECT COUNT(*) FROM team_members m WHERE m.team_id = t.id) AS members \
         FROM teams t JOIN services sv ON sv.id = t.service_id JOIN sites si ON si.id = sv.site_id \
         ORDER BY si.name, sv.name, t.name",
    )
    .fetch_all_on(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Team {
                id: TeamId::new(get_i64(r, "id")?),
                name: get_str(r, "name")?,
                service_id: ServiceId::new(get_i64(r, "service_id")?),
                service_name: get_str(r, "service_name")?,
                site_name: get_str(r, "site_name")?,
                members: get_i64(r, "members")?,
            })
        })
        .collect()
}

pub async fn create_team(db: &Db, service: ServiceId, name: &str, now: i64) -> Result<TeamId> {
    let row = sqlx::query(
        "INSERT INTO teams (service_id, name, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(service.get())
    .bind(name)
    .bind(now)
    .fetch_one_on(db)
    .await
    .map_err(StoreError::from_write)?;
    Ok(TeamId::new(get_i64(&row, "id")?))
}
