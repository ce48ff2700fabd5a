//! The directory of local services: HSDS entities kept whole (JSON of the domain types)
//! and, beside them, one search row per place a service is offered (`dir_listings`).
//! No person data here, so no acting staff member: the directory is public.
//!
//! Search is one interface over both databases: the text is folded and stemmed here, in
//! Rust (French, Dutch and English Snowball stemmers), then matched by SQLite FTS5 or by a
//! PostgreSQL `simple` text-search vector, so both find the same listings.

use crate::RunOn;
use crate::{get_i64, get_opt_str, get_str, Backend, Db, Result, StoreError};
use guichet_domain::directory::{
    Closure, Directory, Location, Organization, Schedule, Service, ServiceAtLocation, Taxonomy,
    TaxonomyTerm,
};
use guichet_domain::matching::normalise;
use rust_stemmers::{Algorithm, Stemmer};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use sqlx::any::AnyRow;
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// What an import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Applied {
    pub added: usize,
    pub updated: usize,
}

/// The schedules and closures in force at one listing (what "open now" reads).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListingHours {
    pub schedules: Vec<Schedule>,
    pub closures: Vec<Closure>,
}

/// One search result: a service at one place.
#[derive(Debug, Clone, PartialEq)]
pub struct Listing {
    pub id: i64,
    pub service_id: String,
    pub location_id: Option<String>,
    pub sal_id: Option<String>,
    pub name: String,
    pub organization_name: String,
    pub postal_code: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub topics: Vec<String>,
    pub languages: Vec<String>,
    pub access: Vec<String>,
    pub free: bool,
    pub wheelchair: bool,
    pub status: String,
    pub last_checked: Option<String>,
    /// The schedules and closures as stored (JSON), read by [`Listing::hours`] only for
    /// the listings whose hours are needed: a search may hold thousands of candidates.
    pub timetable: String,
    pub turn: i64,
}

impl Listing {
    /// The listing's schedules and closures.
    pub fn hours(&self) -> Result<ListingHours> {
        hours_of(&self.timetable)
    }
}

/// Filters of a search; all optional, combined with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Words typed; every word must match (a word, its start, or one of its stems).
    pub text: String,
    /// A topic code, or a category code (then every topic of the category).
    pub topic: Option<String>,
    /// A postcode (4 digits) or a municipality's name.
    pub place: Option<String>,
    /// An ISO 639-1 code (`fr`, `ar`).
    pub language: Option<String>,
    /// Only services one can walk into without an appointment.
    pub walk_in: bool,
    pub free: bool,
    pub wheelchair: bool,
}

/// The most candidates one search reads before open-now and distance are applied.
pub const CANDIDATES: i64 = 5000;

static STEMMERS: LazyLock<[Stemmer; 3]> = LazyLock::new(|| {
    [
        Stemmer::create(Algorithm::French),
        Stemmer::create(Algorithm::Dutch),
        Stemmer::create(Algorithm::English),
    ]
});

fn folded_words(text: &str) -> impl Iterator<Item = String> + '_ {
    normalise(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect::<Vec<_>>()
        .into_iter()
}

/// The words a listing is found by: each word folded, then its stems.
pub fn index_words(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    for w in folded_words(text) {
        let mut forms = vec![w.clone()];
        forms.extend(STEMMERS.iter().map(|s| s.stem(&w).into_owned()));
        for f in forms {
            if !f.is_empty() && seen.insert(f.clone()) {
                out.push(f);
            }
        }
    }
    out.join(" ")
}

/// Each word typed, with the forms it may be found under (itself as a prefix, its stems).
pub fn query_words(text: &str) -> Vec<(String, Vec<String>)> {
    folded_words(text)
        .map(|w| {
            let mut stems: Vec<String> = STEMMERS
                .iter()
                .map(|s| s.stem(&w).into_owned())
                .filter(|s| !s.is_empty() && *s != w)
                .collect();
            stems.sort();
            stems.dedup();
            (w, stems)
        })
        .collect()
}

/// The text-search query of `words` (from [`query_words`]) in the backend's syntax: every
/// word, as a prefix or by one of its stems.
pub(crate) fn fts_query(backend: Backend, words: &[(String, Vec<String>)]) -> String {
    // Words are folded to letters and digits only, so they are safe inside the syntax.
    let groups: Vec<String> = words
        .iter()
        .map(|(w, stems)| match backend {
            Backend::Sqlite => {
                let mut alts = vec![format!("\"{w}\"*")];
                alts.extend(stems.iter().map(|s| format!("\"{s}\"")));
                format!("({})", alts.join(" OR "))
            }
            Backend::Postgres => {
                let mut alts = vec![format!("{w}:*")];
                alts.extend(stems.iter().cloned());
                format!("({})", alts.join(" | "))
            }
        })
        .collect();
    match backend {
        Backend::Sqlite => groups.join(" AND "),
        Backend::Postgres => groups.join(" & "),
    }
}

/// The condition on `dir_listings l` that its words match the query bound as `p`.
pub(crate) fn words_condition(backend: Backend, p: &str) -> String {
    match backend {
        Backend::Sqlite => {
            format!("l.id IN (SELECT rowid FROM dir_listings_fts WHERE dir_listings_fts MATCH {p})")
        }
        Backend::Postgres => format!("l.words_tsv @@ to_tsquery('simple', {p})"),
    }
}

fn spaced(codes: impl IntoIterator<Item = String>) -> String {
    let set: BTreeSet<String> = codes.into_iter().filter(|c| !c.is_empty()).collect();
    if set.is_empty() {
        return " ".into();
    }
    format!(" {} ", set.into_iter().collect::<Vec<_>>().join(" "))
}

fn unspaced(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_owned).collect()
}

fn to_doc<T: Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn from_doc<T: DeserializeOwned>(s: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(format!("directory entry: {e}")))
}

/// The language codes a listing declares: the code, else the name folded.
fn language_codes(service: &Service, location: Option<&Location>) -> Vec<String> {
    service
        .languages
        .iter()
        .chain(location.into_iter().flat_map(|l| l.languages.iter()))
        .filter_map(|l| {
            l.code
                .as_deref()
                .map(|c| c.trim().to_lowercase())
                .or_else(|| l.name.as_deref().map(normalise))
        })
        .map(|c| c.replace(' ', "-"))
        .collect()
}

/// The search row of a service at one place.
struct SearchRow {
    service_id: String,
    location_id: Option<String>,
    sal_id: Option<String>,
    name: String,
    organization_name: String,
    words: String,
    topics: String,
    languages: String,
    access: String,
    postal_code: Option<String>,
    city_key: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    free: bool,
    wheelchair: bool,
    status: String,
    last_checked: Option<String>,
    hours: String,
}

fn listing_row(
    service: &Service,
    org: Option<&Organization>,
    at: Option<(&ServiceAtLocation, &Location)>,
) -> Result<SearchRow> {
    let location = at.map(|(_, l)| l);
    let address = location.and_then(Location::physical_address);
    let mut text = vec![service.name.clone()];
    text.extend(service.alternate_name.clone());
    text.extend(service.description.clone());
    text.extend(org.map(|o| o.name.clone()));
    text.extend(org.and_then(|o| o.alternate_name.clone()));
    if let Some(l) = location {
        text.extend(l.name.clone());
        text.extend(l.description.clone());
    }
    if let Some(a) = address {
        text.push(a.address_1.clone());
        text.push(a.city.clone());
        text.push(a.postal_code.clone());
    }
    for code in &service.topics {
        for lang in guichet_domain::Lang::ALL {
            text.push(guichet_domain::directory::vocab::topic_label(code, lang));
        }
    }
    let schedules = match at {
        Some((sal, _)) if !sal.schedules.is_empty() => sal.schedules.clone(),
        _ if !service.schedules.is_empty() => service.schedules.clone(),
        _ => location.map(|l| l.schedules.clone()).unwrap_or_default(),
    };
    let mut closures = service.closures.clone();
    closures.extend(location.map(|l| l.closures.clone()).unwrap_or_default());
    let free = service.free.unwrap_or_else(|| {
        !service.cost_options.is_empty()
            && service
                .cost_options
                .iter()
                .all(|c| c.amount.is_some_and(|a| a == 0.0))
    });
    Ok(SearchRow {
        service_id: service.id.clone(),
        location_id: location.map(|l| l.id.clone()),
        sal_id: at.map(|(s, _)| s.id.clone()),
        name: service.name.clone(),
        organization_name: org.map(|o| o.name.clone()).unwrap_or_default(),
        words: index_words(&text.join(" ")),
        topics: spaced(service.topics.iter().cloned()),
        languages: spaced(language_codes(service, location)),
        access: spaced(service.access.iter().map(|a| a.code().to_owned())),
        postal_code: address.map(|a| a.postal_code.trim().to_owned()),
        city_key: address.map(|a| normalise(&a.city)),
        latitude: location.and_then(|l| l.latitude),
        longitude: location.and_then(|l| l.longitude),
        free,
        wheelchair: location.and_then(|l| l.wheelchair).unwrap_or(false),
        status: service.status.code().to_owned(),
        last_checked: service.last_checked.map(|d| d.to_string()),
        hours: to_doc(&ListingHours {
            schedules,
            closures,
        })?,
    })
}

/// Everything known about one service: itself, its organisation, where it is offered.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceParts {
    pub service: Service,
    pub organization: Option<Organization>,
    pub places: Vec<(ServiceAtLocation, Location)>,
    pub team_id: Option<i64>,
}

async fn doc_of<T: DeserializeOwned>(db: &Db, table: &str, id: &str) -> Result<Option<T>> {
    let row = sqlx::query(&format!("SELECT doc FROM {table} WHERE id = $1"))
        .bind(id)
        .fetch_optional_on(db)
        .await?;
    row.map(|r| from_doc(&get_str(&r, "doc")?)).transpose()
}

async fn docs_where<T: DeserializeOwned>(
    db: &Db,
    table: &str,
    column: &str,
    value: &str,
) -> Result<Vec<T>> {
    sqlx::query(&format!(
        "SELECT doc FROM {table} WHERE {column} = $1 ORDER BY id"
    ))
    .bind(value)
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| from_doc(&get_str(r, "doc")?))
    .collect()
}

/// A service with its organisation and places, or `None`.
pub async fn service_parts(db: &Db, service_id: &str) -> Result<Option<ServiceParts>> {
    let Some(row) = sqlx::query("SELECT doc, team_id FROM dir_services WHERE id = $1")
        .bind(service_id)
        .fetch_optional_on(db)
        .await?
    else {
        return Ok(None);
    };
    let service: Service = from_doc(&get_str(&row, "doc")?)?;
    let team_id = row.try_get::<Option<i64>, _>("team_id")?;
    let organization = match &service.organization_id {
        Some(id) => doc_of(db, "dir_organizations", id).await?,
        None => None,
    };
    let mut places = Vec::new();
    for sal in
        docs_where::<ServiceAtLocation>(db, "dir_service_at_locations", "service_id", &service.id)
            .await?
    {
        if let Some(loc) = doc_of::<Location>(db, "dir_locations", &sal.location_id).await? {
            places.push((sal, loc));
        }
    }
    Ok(Some(ServiceParts {
        service,
        organization,
        places,
        team_id,
    }))
}

/// Writes one source's entities (adding or updating by HSDS id) and rebuilds the search
/// rows of every service they touch, in one transaction: all of it or nothing.
pub async fn apply(
    db: &Db,
    source: &str,
    format: &str,
    dir: &Directory,
    now: i64,
) -> Result<Applied> {
    apply_with_progress(db, source, format, dir, now, &|_, _| {}).await
}

/// How many steps applying `dir` takes (for a progress bar): each entity, then each
/// service's search rows at most.
pub fn steps(dir: &Directory) -> usize {
    dir.organizations.len()
        + dir.locations.len()
        + 2 * dir.services.len()
        + dir.service_at_locations.len()
        + dir.taxonomies.len()
        + dir.taxonomy_terms.len()
}

/// [`apply`], telling `progress(done, total)` as it goes (the steps of [`steps`]; the
/// search rows of services touched only through a location or an organisation may add a
/// few more).
pub async fn apply_with_progress(
    db: &Db,
    source: &str,
    format: &str,
    dir: &Directory,
    now: i64,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Applied> {
    let (db, work) = db.begin_work().await?;
    let applied = apply_in(&db, source, format, dir, now, progress).await?;
    work.commit().await?;
    Ok(applied)
}

async fn apply_in(
    db: &Db,
    source: &str,
    format: &str,
    dir: &Directory,
    now: i64,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Applied> {
    let total = steps(dir);
    let done = std::sync::atomic::AtomicUsize::new(0);
    let step = || {
        let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        if n.is_multiple_of(50) || n == total {
            progress(n, total.max(n));
        }
    };
    let source_id = sqlx::query(
        "INSERT INTO dir_sources (name, format, imported_at) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO UPDATE SET format = excluded.format, imported_at = excluded.imported_at \
         RETURNING id",
    )
    .bind(source)
    .bind(format)
    .bind(now)
    .fetch_one_on(db)
    .await?;
    let source_id = get_i64(&source_id, "id")?;
    let mut applied = Applied::default();
    let mut count = |existed: bool| {
        if existed {
            applied.updated += 1;
        } else {
            applied.added += 1;
        }
    };
    for o in &dir.organizations {
        let existed = exists(db, "dir_organizations", &o.id).await?;
        sqlx::query(
            "INSERT INTO dir_organizations (id, source_id, name, doc, modified_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, name = excluded.name, \
             doc = excluded.doc, modified_at = excluded.modified_at",
        )
        .bind(&o.id)
        .bind(source_id)
        .bind(&o.name)
        .bind(to_doc(o)?)
        .bind(now)
        .execute_on(db)
        .await?;
        count(existed);
        step();
    }
    for l in &dir.locations {
        let existed = exists(db, "dir_locations", &l.id).await?;
        let address = l.physical_address();
        sqlx::query(
            "INSERT INTO dir_locations (id, source_id, organization_id, postal_code, city_key, latitude, longitude, doc, modified_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, organization_id = excluded.organization_id, \
             postal_code = excluded.postal_code, city_key = excluded.city_key, latitude = excluded.latitude, \
             longitude = excluded.longitude, doc = excluded.doc, modified_at = excluded.modified_at",
        )
        .bind(&l.id)
        .bind(source_id)
        .bind(l.organization_id.as_deref())
        .bind(address.map(|a| a.postal_code.trim().to_owned()))
        .bind(address.map(|a| normalise(&a.city)))
        .bind(l.latitude)
        .bind(l.longitude)
        .bind(to_doc(l)?)
        .bind(now)
        .execute_on(db)
        .await?;
        count(existed);
        step();
    }
    for s in &dir.services {
        let existed = exists(db, "dir_services", &s.id).await?;
        sqlx::query(
            "INSERT INTO dir_services (id, source_id, organization_id, name, status, last_checked, check_every_months, doc, modified_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, organization_id = excluded.organization_id, \
             name = excluded.name, status = excluded.status, last_checked = excluded.last_checked, \
             check_every_months = excluded.check_every_months, doc = excluded.doc, modified_at = excluded.modified_at",
        )
        .bind(&s.id)
        .bind(source_id)
        .bind(s.organization_id.as_deref())
        .bind(&s.name)
        .bind(s.status.code())
        .bind(s.last_checked.map(|d| d.to_string()))
        .bind(s.check_every_months.map(i64::from))
        .bind(to_doc(s)?)
        .bind(now)
        .execute_on(db)
        .await?;
        count(existed);
        step();
    }
    for sal in &dir.service_at_locations {
        let existed = exists(db, "dir_service_at_locations", &sal.id).await?;
        sqlx::query(
            "INSERT INTO dir_service_at_locations (id, source_id, service_id, location_id, doc, modified_at) \
             VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, service_id = excluded.service_id, \
             location_id = excluded.location_id, doc = excluded.doc, modified_at = excluded.modified_at",
        )
        .bind(&sal.id)
        .bind(source_id)
        .bind(&sal.service_id)
        .bind(&sal.location_id)
        .bind(to_doc(sal)?)
        .bind(now)
        .execute_on(db)
        .await?;
        count(existed);
        step();
    }
    for t in &dir.taxonomies {
        let existed = exists(db, "dir_taxonomies", &t.id).await?;
        sqlx::query(
            "INSERT INTO dir_taxonomies (id, source_id, doc) VALUES ($1, $2, $3) \
             ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, doc = excluded.doc",
        )
        .bind(&t.id)
        .bind(source_id)
        .bind(to_doc(t)?)
        .execute_on(db)
        .await?;
        count(existed);
        step();
    }
    for t in &dir.taxonomy_terms {
        let existed = exists(db, "dir_taxonomy_terms", &t.id).await?;
        sqlx::query(
            "INSERT INTO dir_taxonomy_terms (id, source_id, taxonomy_id, doc) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, taxonomy_id = excluded.taxonomy_id, \
             doc = excluded.doc",
        )
        .bind(&t.id)
        .bind(source_id)
        .bind(t.taxonomy_id.as_deref())
        .bind(to_doc(t)?)
        .execute_on(db)
        .await?;
        count(existed);
        step();
    }

    // The services whose search rows change.
    let mut touched: BTreeSet<String> = dir.services.iter().map(|s| s.id.clone()).collect();
    touched.extend(
        dir.service_at_locations
            .iter()
            .map(|s| s.service_id.clone()),
    );
    for l in &dir.locations {
        for r in
            sqlx::query("SELECT service_id FROM dir_service_at_locations WHERE location_id = $1")
                .bind(&l.id)
                .fetch_all_on(db)
                .await?
        {
            touched.insert(get_str(&r, "service_id")?);
        }
    }
    for o in &dir.organizations {
        for r in sqlx::query("SELECT id FROM dir_services WHERE organization_id = $1")
            .bind(&o.id)
            .fetch_all_on(db)
            .await?
        {
            touched.insert(get_str(&r, "id")?);
        }
    }
    let known = Known::new(dir);
    for service_id in &touched {
        rebuild_listings(db, service_id, &known).await?;
        step();
    }
    Ok(applied)
}

/// What was just written, so rebuilding search rows reads it from memory.
struct Known<'a> {
    services: BTreeMap<&'a str, &'a Service>,
    organizations: BTreeMap<&'a str, &'a Organization>,
    locations: BTreeMap<&'a str, &'a Location>,
}

impl<'a> Known<'a> {
    fn new(dir: &'a Directory) -> Self {
        Known {
            services: dir.services.iter().map(|s| (s.id.as_str(), s)).collect(),
            organizations: dir
                .organizations
                .iter()
                .map(|o| (o.id.as_str(), o))
                .collect(),
            locations: dir.locations.iter().map(|l| (l.id.as_str(), l)).collect(),
        }
    }
}

async fn exists(db: &Db, table: &str, id: &str) -> Result<bool> {
    Ok(
        sqlx::query(&format!("SELECT 1 AS one FROM {table} WHERE id = $1"))
            .bind(id)
            .fetch_optional_on(db)
            .await?
            .is_some(),
    )
}

async fn rebuild_listings(db: &Db, service_id: &str, known: &Known<'_>) -> Result<()> {
    let service: Service = match known.services.get(service_id) {
        Some(s) => (*s).clone(),
        None => match doc_of(db, "dir_services", service_id).await? {
            Some(s) => s,
            None => return Ok(()),
        },
    };
    let organization: Option<Organization> = match &service.organization_id {
        Some(id) => match known.organizations.get(id.as_str()) {
            Some(o) => Some((*o).clone()),
            None => doc_of(db, "dir_organizations", id).await?,
        },
        None => None,
    };
    let sals: Vec<ServiceAtLocation> =
        docs_where(db, "dir_service_at_locations", "service_id", service_id).await?;
    let mut places = Vec::new();
    for sal in sals {
        let loc = match known.locations.get(sal.location_id.as_str()) {
            Some(l) => Some((*l).clone()),
            None => doc_of::<Location>(db, "dir_locations", &sal.location_id).await?,
        };
        if let Some(loc) = loc {
            places.push((sal, loc));
        }
    }
    let rows: Vec<SearchRow> = if places.is_empty() {
        vec![listing_row(&service, organization.as_ref(), None)?]
    } else {
        places
            .iter()
            .map(|(s, l)| listing_row(&service, organization.as_ref(), Some((s, l))))
            .collect::<Result<_>>()?
    };
    remove_listings(db, service_id).await?;
    for row in rows {
        insert_listing(db, &row).await?;
    }
    Ok(())
}

async fn remove_listings(db: &Db, service_id: &str) -> Result<()> {
    if db.backend() == Backend::Sqlite {
        sqlx::query(
            "DELETE FROM dir_listings_fts WHERE rowid IN (SELECT id FROM dir_listings WHERE service_id = $1)",
        )
        .bind(service_id)
        .execute_on(db)
        .await?;
    }
    sqlx::query("DELETE FROM dir_listings WHERE service_id = $1")
        .bind(service_id)
        .execute_on(db)
        .await?;
    Ok(())
}

async fn insert_listing(db: &Db, row: &SearchRow) -> Result<()> {
    let turn = {
        use rand::Rng;
        rand::thread_rng().gen_range(0..1_000_003_i64)
    };
    let id = sqlx::query(
        "INSERT INTO dir_listings (service_id, location_id, sal_id, name, organization_name, words, topics, \
         languages, access, postal_code, city_key, latitude, longitude, free, wheelchair, status, last_checked, \
         timetable, turn) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id",
    )
    .bind(&row.service_id)
    .bind(row.location_id.as_deref())
    .bind(row.sal_id.as_deref())
    .bind(&row.name)
    .bind(&row.organization_name)
    .bind(&row.words)
    .bind(&row.topics)
    .bind(&row.languages)
    .bind(&row.access)
    .bind(row.postal_code.as_deref())
    .bind(row.city_key.as_deref())
    .bind(row.latitude)
    .bind(row.longitude)
    .bind(i64::from(row.free))
    .bind(i64::from(row.wheelchair))
    .bind(&row.status)
    .bind(row.last_checked.as_deref())
    .bind(&row.hours)
    .bind(turn)
    .fetch_one_on(db)
    .await?;
    let id = get_i64(&id, "id")?;
    if db.backend() == Backend::Sqlite {
        sqlx::query("INSERT INTO dir_listings_fts (rowid, words) VALUES ($1, $2)")
            .bind(id)
            .bind(&row.words)
            .execute_on(db)
            .await?;
    }
    Ok(())
}

const LISTING_COLUMNS: &str = "id, service_id, location_id, sal_id, name, organization_name, topics, \
     languages, access, postal_code, latitude, longitude, free, wheelchair, status, last_checked, timetable, turn";

fn listing_from(r: &AnyRow) -> Result<Listing> {
    Ok(Listing {
        id: get_i64(r, "id")?,
        service_id: get_str(r, "service_id")?,
        location_id: get_opt_str(r, "location_id")?,
        sal_id: get_opt_str(r, "sal_id")?,
        name: get_str(r, "name")?,
        organization_name: get_str(r, "organization_name")?,
        postal_code: get_opt_str(r, "postal_code")?,
        latitude: r.try_get::<Option<f64>, _>("latitude")?,
        longitude: r.try_get::<Option<f64>, _>("longitude")?,
        topics: unspaced(&get_str(r, "topics")?),
        languages: unspaced(&get_str(r, "languages")?),
        access: unspaced(&get_str(r, "access")?),
        free: get_i64(r, "free")? != 0,
        wheelchair: get_i64(r, "wheelchair")? != 0,
        status: get_str(r, "status")?,
        last_checked: get_opt_str(r, "last_checked")?,
        timetable: get_str(r, "timetable")?,
        turn: get_i64(r, "turn")?,
    })
}

/// The listings matching `q`, active services only, in turns: `day` (a day number) moves
/// who comes first among equals, so no service is always at the top. At most
/// [`CANDIDATES`]; the desk applies open-now and distance.
pub async fn search(db: &Db, q: &Query, day: i64) -> Result<Vec<Listing>> {
    run_search(db, q, day, LISTING_COLUMNS)
        .await?
        .iter()
        .map(listing_from)
        .collect()
}

/// A candidate of a search, as much as ordering it needs: where it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    pub id: i64,
    /// The place's postcode, as a number (Belgian postcodes have four digits).
    pub postcode: Option<u16>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

/// The same search as [`search`], in the same order, with only what ordering needs: the
/// listings themselves are then read for the page shown ([`listings`]).
pub async fn search_candidates(db: &Db, q: &Query, day: i64) -> Result<Vec<Candidate>> {
    run_search(db, q, day, "id, postal_code, latitude, longitude")
        .await?
        .iter()
        .map(|r| {
            Ok(Candidate {
                id: get_i64(r, "id")?,
                postcode: get_opt_str(r, "postal_code")?.and_then(|p| p.parse().ok()),
                latitude: r.try_get::<Option<f64>, _>("latitude")?,
                longitude: r.try_get::<Option<f64>, _>("longitude")?,
            })
        })
        .collect()
}

/// The same candidates with their hours as stored (for "open now", which reads them all).
pub async fn search_candidates_with_hours(
    db: &Db,
    q: &Query,
    day: i64,
) -> Result<Vec<(Candidate, String)>> {
    run_search(
        db,
        q,
        day,
        "id, postal_code, latitude, longitude, timetable",
    )
    .await?
    .iter()
    .map(|r| {
        Ok((
            Candidate {
                id: get_i64(r, "id")?,
                postcode: get_opt_str(r, "postal_code")?.and_then(|p| p.parse().ok()),
                latitude: r.try_get::<Option<f64>, _>("latitude")?,
                longitude: r.try_get::<Option<f64>, _>("longitude")?,
            },
            get_str(r, "timetable")?,
        ))
    })
    .collect()
}

/// Reads stored hours (see [`Listing::hours`]).
pub fn hours_of(timetable: &str) -> Result<ListingHours> {
    from_doc(timetable)
}

/// The listings of these ids, in the order given (ids no longer there are left out).
pub async fn listings(db: &Db, ids: &[i64]) -> Result<Vec<Listing>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // Ids are numbers: written into the statement, as for team lists.
    let list = ids
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let mut found: Vec<Listing> = sqlx::query(&format!(
        "SELECT {LISTING_COLUMNS} FROM dir_listings WHERE id IN ({list})"
    ))
    .fetch_all_on(db)
    .await?
    .iter()
    .map(listing_from)
    .collect::<Result<_>>()?;
    found.sort_by_key(|l| ids.iter().position(|i| *i == l.id));
    Ok(found)
}

/// Runs the search selecting `columns`, in the day's order.
async fn run_search(db: &Db, q: &Query, day: i64, columns: &str) -> Result<Vec<AnyRow>> {
    let (sql, binds) = search_sql(db, q, day, columns);
    let mut query = sqlx::query(&sql);
    for b in &binds {
        query = query.bind(b.as_str());
    }
    Ok(query.fetch_all_on(db).await?)
}

/// The statement of a search and its bound values, selecting `columns`.
fn search_sql(db: &Db, q: &Query, day: i64, columns: &str) -> (String, Vec<String>) {
    let mut sql = format!("SELECT {columns} FROM dir_listings l WHERE l.status = 'active'");
    let mut binds: Vec<String> = Vec::new();
    let bind = |v: String, binds: &mut Vec<String>| {
        binds.push(v);
        format!("${}", binds.len())
    };
    let words = query_words(&q.text);
    if !words.is_empty() {
        let p = bind(fts_query(db.backend(), &words), &mut binds);
        sql.push_str(&format!(" AND {}", words_condition(db.backend(), &p)));
    }
    if let Some(topic) = q.topic.as_deref().filter(|t| !t.is_empty()) {
        let topic: String = topic
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let p = if topic.contains("--") {
            bind(format!("% {topic} %"), &mut binds)
        } else {
            bind(format!("% {topic}--%"), &mut binds)
        };
        sql.push_str(&format!(" AND l.topics LIKE {p}"));
    }
    if let Some(lang) = q.language.as_deref().filter(|t| !t.is_empty()) {
        let lang: String = lang
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_lowercase();
        let p = bind(format!("% {lang} %"), &mut binds);
        sql.push_str(&format!(" AND l.languages LIKE {p}"));
    }
    if let Some(place) = q.place.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        if place.len() == 4 && place.chars().all(|c| c.is_ascii_digit()) {
            let p = bind(place.to_owned(), &mut binds);
            sql.push_str(&format!(" AND l.postal_code = {p}"));
        } else {
            let p = bind(normalise(place), &mut binds);
            sql.push_str(&format!(" AND l.city_key = {p}"));
        }
    }
    if q.walk_in {
        sql.push_str(" AND l.access LIKE '% walk-in %'");
    }
    if q.free {
        sql.push_str(" AND l.free = 1");
    }
    if q.wheelchair {
        sql.push_str(" AND l.wheelchair = 1");
    }
    // Each day multiplies the turns by another number modulo a prime: a different
    // order every day, the same all day (a rotation would hand the top over too slowly).
    let seed = 1 + day.rem_euclid(1_000_002) * 7919 % 1_000_002;
    sql.push_str(&format!(
        " ORDER BY (l.turn * {seed}) % 1000003, l.id LIMIT {CANDIDATES}"
    ));
    (sql, binds)
}

/// One listing by its id.
pub async fn listing(db: &Db, id: i64) -> Result<Option<Listing>> {
    sqlx::query(&format!(
        "SELECT {LISTING_COLUMNS} FROM dir_listings WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional_on(db)
    .await?
    .as_ref()
    .map(listing_from)
    .transpose()
}

/// How many services the directory holds.
pub async fn count_services(db: &Db) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM dir_services")
        .fetch_one_on(db)
        .await?;
    get_i64(&row, "n")
}

async fn all_docs<T: DeserializeOwned>(db: &Db, table: &str) -> Result<Vec<T>> {
    sqlx::query(&format!("SELECT doc FROM {table} ORDER BY id"))
        .fetch_all_on(db)
        .await?
        .iter()
        .map(|r| from_doc(&get_str(r, "doc")?))
        .collect()
}

/// The whole directory, for export.
pub async fn load(db: &Db) -> Result<Directory> {
    Ok(Directory {
        organizations: all_docs::<Organization>(db, "dir_organizations").await?,
        services: all_docs::<Service>(db, "dir_services").await?,
        locations: all_docs::<Location>(db, "dir_locations").await?,
        service_at_locations: all_docs::<ServiceAtLocation>(db, "dir_service_at_locations").await?,
        taxonomies: all_docs::<Taxonomy>(db, "dir_taxonomies").await?,
        taxonomy_terms: all_docs::<TaxonomyTerm>(db, "dir_taxonomy_terms").await?,
    })
}

/// A listing run by a team of this guichet, with when it was last checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owned {
    pub service_id: String,
    pub name: String,
    pub team_id: i64,
    pub last_checked: Option<chrono::NaiveDate>,
    pub check_every_months: Option<u32>,
}

/// The listings run by these teams, by name.
pub async fn owned_by(db: &Db, teams: &[i64]) -> Result<Vec<Owned>> {
    if teams.is_empty() {
        return Ok(Vec::new());
    }
    let list = teams
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    sqlx::query(&format!(
        "SELECT id, name, team_id, last_checked, check_every_months FROM dir_services \
         WHERE team_id IN ({list}) ORDER BY name, id"
    ))
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| {
        Ok(Owned {
            service_id: get_str(r, "id")?,
            name: get_str(r, "name")?,
            team_id: get_i64(r, "team_id")?,
            last_checked: get_opt_str(r, "last_checked")?
                .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
            check_every_months: crate::get_opt_i64(r, "check_every_months")?
                .and_then(|m| u32::try_from(m).ok()),
        })
    })
    .collect()
}

/// Records that a listing was checked on `day`: in the entry itself (HSDS `assured_date`)
/// and in its search rows, in one transaction.
pub async fn mark_checked(
    db: &Db,
    service_id: &str,
    day: chrono::NaiveDate,
    now: i64,
) -> Result<()> {
    let (db, work) = db.begin_work().await?;
    let mut service: Service = doc_of(&db, "dir_services", service_id)
        .await?
        .ok_or(StoreError::NotFound)?;
    service.last_checked = Some(day);
    let text = day.to_string();
    sqlx::query(
        "UPDATE dir_services SET last_checked = $1, doc = $2, modified_at = $3 WHERE id = $4",
    )
    .bind(&text)
    .bind(to_doc(&service)?)
    .bind(now)
    .bind(service_id)
    .execute_on(&db)
    .await?;
    sqlx::query("UPDATE dir_listings SET last_checked = $1 WHERE service_id = $2")
        .bind(&text)
        .bind(service_id)
        .execute_on(&db)
        .await?;
    work.commit().await?;
    Ok(())
}

/// Which team of this guichet runs a service (its incoming referrals), or none.
pub async fn set_team(db: &Db, service_id: &str, team: Option<i64>) -> Result<()> {
    let done = sqlx::query("UPDATE dir_services SET team_id = $1 WHERE id = $2")
        .bind(team)
        .bind(service_id)
        .execute_on(db)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_and_stemmed_in_three_languages() {
        let w = index_words("Apprendre à utiliser son Smartphone — numérique");
        for form in ["apprendre", "smartphone", "numerique", "utiliser"] {
            assert!(w.split(' ').any(|x| x == form), "{form} missing in {w}");
        }
        // "utiliser" and "utilisation" share a French stem, so either finds the other.
        let q = query_words("utilisation");
        let stems: Vec<&String> = q[0].1.iter().collect();
        assert!(
            stems.iter().any(|s| w.split(' ').any(|x| x == s.as_str())),
            "{stems:?} / {w}"
        );
    }

    #[test]
    fn typed_symbols_never_reach_the_search_syntax() {
        let q = query_words("\"itsme\" OR * eID:-)");
        let fts = fts_query(Backend::Sqlite, &q);
        assert!(!fts.contains(":-") && !fts.contains("\"\""), "{fts}");
        let pg = fts_query(Backend::Postgres, &q);
        assert!(!pg.contains('"') && !pg.contains(":-"), "{pg}");
    }
}
