//! Pages of directory entries for the HSDS 3.0 API: each list is read in a stable order
//! (by HSDS id, byte order on both databases) and comes with the number of entries that
//! match, so the API can say how many pages there are.
//!
//! The filters on the large tables (services, service_at_locations, locations) are SQL,
//! so a page reads only its rows. Filters that need a record's JSON (a service's taxonomy
//! terms, a word in an organisation's name) are given as a predicate: then every
//! candidate is read and the page is cut in memory.
//!
//! Ids here are guichet's own. The API prints other ids for records whose id is not a
//! UUID; [`resolve`] finds the stored id behind a printed one, given how ids are printed.
//!
//! [`slice`] gathers what is needed to write records nested (a service's organisation,
//! places and taxonomy terms…), a few queries per page rather than per record.

use crate::RunOn;
use crate::{directory, get_i64, get_opt_str, get_str, Backend, Db, Result, StoreError};
use guichet_domain::directory::{
    Directory, Location, Organization, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm,
};
use serde::de::DeserializeOwned;
use sqlx::any::AnyRow;
use std::collections::BTreeSet;

/// Entries in a page when the caller does not say.
pub const DEFAULT_PER_PAGE: i64 = 50;
/// The most entries one page may hold.
pub const MAX_PER_PAGE: i64 = 200;
/// Ids bound in one `IN (…)` list.
const CHUNK: usize = 300;

/// Which entries of the ordered list to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub offset: i64,
    pub limit: i64,
}

impl Window {
    /// Page `page` (from 1) of `per_page` entries.
    pub fn page(page: i64, per_page: i64) -> Window {
        let per_page = per_page.clamp(1, MAX_PER_PAGE);
        Window {
            offset: (page.max(1) - 1).saturating_mul(per_page),
            limit: per_page,
        }
    }
}

/// Some entries of a list, and how many the whole list holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub total: i64,
    pub items: Vec<T>,
}

/// A filter that reads a record itself.
pub type Keep<'a, T> = &'a (dyn Fn(&T) -> bool + Sync);

/// How ids are printed: the printed id of a stored one.
pub type Printed<'a> = &'a (dyn Fn(&str) -> String + Sync);

/// The directory's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Organizations,
    Services,
    Locations,
    ServiceAtLocations,
    Taxonomies,
    TaxonomyTerms,
}

impl Table {
    fn name(self) -> &'static str {
        match self {
            Table::Organizations => "dir_organizations",
            Table::Services => "dir_services",
            Table::Locations => "dir_locations",
            Table::ServiceAtLocations => "dir_service_at_locations",
            Table::Taxonomies => "dir_taxonomies",
            Table::TaxonomyTerms => "dir_taxonomy_terms",
        }
    }
}

/// A set of stored ids a printed id may stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ids {
    /// The records of a table.
    Of(Table),
    /// The organisations services name (present in the directory or not).
    OrganizationsOfServices,
    /// The organisations locations name.
    OrganizationsOfLocations,
}

impl Ids {
    fn table_column(self) -> (&'static str, &'static str) {
        match self {
            Ids::Of(t) => (t.name(), "id"),
            Ids::OrganizationsOfServices => ("dir_services", "organization_id"),
            Ids::OrganizationsOfLocations => ("dir_locations", "organization_id"),
        }
    }
}

/// The stored ids whose printed form is `printed` (compared without case): the id itself
/// when it is stored and printed as it is, else every stored id printed that way (none,
/// one, or in theory more).
pub async fn resolve(db: &Db, ids: Ids, printed: &str, print: Printed<'_>) -> Result<Vec<String>> {
    let (table, column) = ids.table_column();
    let exact = sqlx::query(&format!(
        "SELECT {column} AS v FROM {table} WHERE {column} = $1 LIMIT 1"
    ))
    .bind(printed)
    .fetch_optional_on(db)
    .await?;
    if let Some(row) = exact {
        let v = get_str(&row, "v")?;
        if print(&v).eq_ignore_ascii_case(printed) {
            return Ok(vec![v]);
        }
    }
    let mut found = Vec::new();
    for row in sqlx::query(&format!(
        "SELECT DISTINCT {column} AS v FROM {table} WHERE {column} IS NOT NULL"
    ))
    .fetch_all_on(db)
    .await?
    {
        let v = get_str(&row, "v")?;
        if print(&v).eq_ignore_ascii_case(printed) {
            found.push(v);
        }
    }
    found.sort();
    Ok(found)
}

/// One record by its stored id.
pub async fn record<T: DeserializeOwned>(db: &Db, table: Table, id: &str) -> Result<Option<T>> {
    sqlx::query(&format!("SELECT doc FROM {} WHERE id = $1", table.name()))
        .bind(id)
        .fetch_optional_on(db)
        .await?
        .map(|r| doc(&r, "doc"))
        .transpose()
}

/// Whether every word of `words` (from [`directory::query_words`]) is found in `text`:
/// as the start of one of its words, or as one of their stems — as the directory's
/// search finds listings.
pub fn text_matches(words: &[(String, Vec<String>)], text: &str) -> bool {
    let indexed = directory::index_words(text);
    let have: Vec<&str> = indexed.split(' ').collect();
    words.iter().all(|(w, stems)| {
        have.iter()
            .any(|h| h.starts_with(w.as_str()) || stems.iter().any(|s| s == h))
    })
}

/// Filters of the services list; all optional, combined with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceFilter {
    /// Words, found as the directory's search finds them (any status here).
    pub text: String,
    /// Services of one of these organisations (stored ids; empty: none).
    pub organization_ids: Option<Vec<String>>,
    /// Modified at or after this time (Unix seconds).
    pub modified_after: Option<i64>,
    /// Offered at a place with this postcode.
    pub postcode: Option<String>,
}

/// Filters of the service_at_locations list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlaceFilter {
    pub text: String,
    /// Of a service of one of these organisations.
    pub organization_ids: Option<Vec<String>>,
    pub modified_after: Option<i64>,
    /// At a location with this postcode.
    pub postcode: Option<String>,
}

/// Filters of the locations list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocationFilter {
    pub organization_ids: Option<Vec<String>>,
    pub modified_after: Option<i64>,
    pub postcode: Option<String>,
}

/// A page of services, in id order. `keep`, when given, is applied to every candidate.
pub async fn services(
    db: &Db,
    f: &ServiceFilter,
    keep: Option<Keep<'_, Service>>,
    w: Window,
) -> Result<Page<Service>> {
    let mut q = Select::new("dir_services s", "s");
    let words = directory::query_words(&f.text);
    if !words.is_empty() {
        let fts = q.fts(db.backend(), &words);
        q.cond(format!(
            "s.id IN (SELECT l.service_id FROM dir_listings l WHERE {fts})"
        ));
    }
    if let Some(ids) = &f.organization_ids {
        let list = q.list(ids);
        q.cond(format!("s.organization_id IN ({list})"));
    }
    if let Some(t) = f.modified_after {
        let p = q.bind(Bind::Int(t));
        q.cond(format!("s.modified_at >= {p}"));
    }
    if let Some(pc) = f.postcode.as_deref() {
        let p = q.bind(Bind::Text(pc.trim().to_owned()));
        q.cond(format!(
            "s.id IN (SELECT l.service_id FROM dir_listings l WHERE l.postal_code = {p})"
        ));
    }
    q.page(db, w, keep.map(|k| move |s: &Service, _: &AnyRow| Ok(k(s))))
        .await
}

/// A page of service_at_locations, in id order. `keep`, when given, is applied to the
/// service of every candidate (one whose service is not in the directory is left out).
pub async fn service_at_locations(
    db: &Db,
    f: &PlaceFilter,
    keep: Option<Keep<'_, Service>>,
    w: Window,
) -> Result<Page<ServiceAtLocation>> {
    let mut q = Select::new("dir_service_at_locations x", "x");
    if keep.is_some() {
        q.join = " LEFT JOIN dir_services sv ON sv.id = x.service_id";
        q.columns = ", sv.doc AS service_doc";
    }
    let words = directory::query_words(&f.text);
    if !words.is_empty() {
        let fts = q.fts(db.backend(), &words);
        q.cond(format!(
            "x.id IN (SELECT l.sal_id FROM dir_listings l WHERE l.sal_id IS NOT NULL AND {fts})"
        ));
    }
    if let Some(ids) = &f.organization_ids {
        let list = q.list(ids);
        q.cond(format!(
            "x.service_id IN (SELECT s.id FROM dir_services s WHERE s.organization_id IN ({list}))"
        ));
    }
    if let Some(t) = f.modified_after {
        let p = q.bind(Bind::Int(t));
        q.cond(format!("x.modified_at >= {p}"));
    }
    if let Some(pc) = f.postcode.as_deref() {
        let p = q.bind(Bind::Text(pc.trim().to_owned()));
        q.cond(format!(
            "x.location_id IN (SELECT loc.id FROM dir_locations loc WHERE loc.postal_code = {p})"
        ));
    }
    let of_service = keep.map(|k| {
        move |_: &ServiceAtLocation, row: &AnyRow| -> Result<bool> {
            match get_opt_str(row, "service_doc")? {
                Some(d) => Ok(k(&parse::<Service>(&d)?)),
                None => Ok(false),
            }
        }
    });
    q.page(db, w, of_service).await
}

/// A page of locations, in id order.
pub async fn locations(db: &Db, f: &LocationFilter, w: Window) -> Result<Page<Location>> {
    let mut q = Select::new("dir_locations loc", "loc");
    if let Some(ids) = &f.organization_ids {
        let list = q.list(ids);
        q.cond(format!("loc.organization_id IN ({list})"));
    }
    if let Some(t) = f.modified_after {
        let p = q.bind(Bind::Int(t));
        q.cond(format!("loc.modified_at >= {p}"));
    }
    if let Some(pc) = f.postcode.as_deref() {
        let p = q.bind(Bind::Text(pc.trim().to_owned()));
        q.cond(format!("loc.postal_code = {p}"));
    }
    q.page(db, w, None::<fn(&Location, &AnyRow) -> Result<bool>>)
        .await
}

/// A page of organisations, in id order.
pub async fn organizations(
    db: &Db,
    keep: Option<Keep<'_, Organization>>,
    w: Window,
) -> Result<Page<Organization>> {
    Select::new("dir_organizations o", "o")
        .page(
            db,
            w,
            keep.map(|k| move |o: &Organization, _: &AnyRow| Ok(k(o))),
        )
        .await
}

/// A page of taxonomies, in id order.
pub async fn taxonomies(
    db: &Db,
    keep: Option<Keep<'_, Taxonomy>>,
    w: Window,
) -> Result<Page<Taxonomy>> {
    Select::new("dir_taxonomies t", "t")
        .page(
            db,
            w,
            keep.map(|k| move |t: &Taxonomy, _: &AnyRow| Ok(k(t))),
        )
        .await
}

/// A page of taxonomy terms, in id order.
pub async fn taxonomy_terms(
    db: &Db,
    keep: Option<Keep<'_, TaxonomyTerm>>,
    w: Window,
) -> Result<Page<TaxonomyTerm>> {
    Select::new("dir_taxonomy_terms t", "t")
        .page(
            db,
            w,
            keep.map(|k| move |t: &TaxonomyTerm, _: &AnyRow| Ok(k(t))),
        )
        .await
}

/// What to add around the records of a [`slice`] besides what is always added (a
/// service's organisation, a service_at_location's service and location, the taxonomy
/// terms that attributes name and their taxonomies).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Nesting {
    /// The services of each organisation.
    pub services_of_organizations: bool,
    /// The locations of each organisation.
    pub locations_of_organizations: bool,
    /// Where each service is offered: its service_at_locations (and their locations).
    pub places_of_services: bool,
}

/// `dir` with what is needed to write its records nested, read from the database.
pub async fn slice(db: &Db, mut dir: Directory, n: Nesting) -> Result<Directory> {
    let org_ids: Vec<String> = dir.organizations.iter().map(|o| o.id.clone()).collect();
    if n.services_of_organizations {
        let found: Vec<Service> = docs_in(db, Table::Services, "organization_id", &org_ids).await?;
        add(&mut dir.services, found, |s| &s.id);
    }
    if n.locations_of_organizations {
        let found: Vec<Location> =
            docs_in(db, Table::Locations, "organization_id", &org_ids).await?;
        add(&mut dir.locations, found, |l| &l.id);
    }
    if n.places_of_services {
        let ids: Vec<String> = dir.services.iter().map(|s| s.id.clone()).collect();
        let found: Vec<ServiceAtLocation> =
            docs_in(db, Table::ServiceAtLocations, "service_id", &ids).await?;
        add(&mut dir.service_at_locations, found, |x| &x.id);
    }
    let missing = |have: Vec<&String>, want: Vec<&String>| -> Vec<String> {
        let have: BTreeSet<&String> = have.into_iter().collect();
        let want: BTreeSet<&String> = want.into_iter().filter(|w| !have.contains(w)).collect();
        want.into_iter().cloned().collect()
    };
    let ids = missing(
        dir.services.iter().map(|s| &s.id).collect(),
        dir.service_at_locations
            .iter()
            .map(|x| &x.service_id)
            .collect(),
    );
    let found: Vec<Service> = docs_in(db, Table::Services, "id", &ids).await?;
    add(&mut dir.services, found, |s| &s.id);
    let ids = missing(
        dir.locations.iter().map(|l| &l.id).collect(),
        dir.service_at_locations
            .iter()
            .map(|x| &x.location_id)
            .collect(),
    );
    let found: Vec<Location> = docs_in(db, Table::Locations, "id", &ids).await?;
    add(&mut dir.locations, found, |l| &l.id);
    let ids = missing(
        dir.organizations.iter().map(|o| &o.id).collect(),
        dir.services
            .iter()
            .filter_map(|s| s.organization_id.as_ref())
            .collect(),
    );
    let found: Vec<Organization> = docs_in(db, Table::Organizations, "id", &ids).await?;
    add(&mut dir.organizations, found, |o| &o.id);

    let mut named: Vec<&String> = Vec::new();
    for s in &dir.services {
        named.extend(&s.taxonomy_term_ids);
        named.extend(s.attributes.iter().map(|a| &a.taxonomy_term_id));
    }
    for l in &dir.locations {
        named.extend(l.attributes.iter().map(|a| &a.taxonomy_term_id));
    }
    for o in &dir.organizations {
        named.extend(o.attributes.iter().map(|a| &a.taxonomy_term_id));
    }
    let ids = missing(dir.taxonomy_terms.iter().map(|t| &t.id).collect(), named);
    let found: Vec<TaxonomyTerm> = docs_in(db, Table::TaxonomyTerms, "id", &ids).await?;
    add(&mut dir.taxonomy_terms, found, |t| &t.id);
    let ids = missing(
        dir.taxonomies.iter().map(|t| &t.id).collect(),
        dir.taxonomy_terms
            .iter()
            .filter_map(|t| t.taxonomy_id.as_ref())
            .collect(),
    );
    let found: Vec<Taxonomy> = docs_in(db, Table::Taxonomies, "id", &ids).await?;
    add(&mut dir.taxonomies, found, |t| &t.id);
    Ok(dir)
}

/// Appends the records not already there.
fn add<T>(to: &mut Vec<T>, found: Vec<T>, id: impl Fn(&T) -> &String) {
    let mut have: BTreeSet<String> = to.iter().map(|x| id(x).clone()).collect();
    for x in found {
        if have.insert(id(&x).clone()) {
            to.push(x);
        }
    }
}

/// The records of `table` whose `column` is one of `values`.
async fn docs_in<T: DeserializeOwned>(
    db: &Db,
    table: Table,
    column: &str,
    values: &[String],
) -> Result<Vec<T>> {
    let mut out = Vec::new();
    for chunk in values.chunks(CHUNK) {
        let list: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT doc FROM {} WHERE {column} IN ({}) ORDER BY id{}",
            table.name(),
            list.join(", "),
            byte_order(db.backend())
        );
        let mut query = sqlx::query(&sql);
        for v in chunk {
            query = query.bind(v.as_str());
        }
        for row in query.fetch_all_on(db).await? {
            out.push(doc(&row, "doc")?);
        }
    }
    Ok(out)
}

/// Ids sorted by their bytes on both databases (PostgreSQL's default collation may sort
/// otherwise, and pages cut in memory are sorted so).
fn byte_order(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "",
        Backend::Postgres => " COLLATE \"C\"",
    }
}

fn parse<T: DeserializeOwned>(s: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(format!("directory entry: {e}")))
}

fn doc<T: DeserializeOwned>(row: &AnyRow, column: &str) -> Result<T> {
    parse(&get_str(row, column)?)
}

enum Bind {
    Text(String),
    Int(i64),
}

/// A `SELECT` of one table's records with conditions and their values.
struct Select {
    from: &'static str,
    alias: &'static str,
    join: &'static str,
    columns: &'static str,
    conds: Vec<String>,
    binds: Vec<Bind>,
}

impl Select {
    fn new(from: &'static str, alias: &'static str) -> Self {
        Select {
            from,
            alias,
            join: "",
            columns: "",
            conds: Vec::new(),
            binds: Vec::new(),
        }
    }

    /// Adds a value; its placeholder.
    fn bind(&mut self, b: Bind) -> String {
        self.binds.push(b);
        format!("${}", self.binds.len())
    }

    /// Placeholders of a list of ids (a condition never true for an empty list).
    fn list(&mut self, ids: &[String]) -> String {
        if ids.is_empty() {
            return "NULL".to_owned();
        }
        ids.iter()
            .map(|id| self.bind(Bind::Text(id.clone())))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn cond(&mut self, c: String) {
        self.conds.push(c);
    }

    /// The full-text condition on `dir_listings l`, as the directory's search writes it.
    fn fts(&mut self, backend: Backend, words: &[(String, Vec<String>)]) -> String {
        let p = self.bind(Bind::Text(directory::fts_query(backend, words)));
        directory::words_condition(backend, &p)
    }

    fn sql(&self, head: &str, tail: &str) -> String {
        let mut sql = format!("SELECT {head} FROM {}{}", self.from, self.join);
        if !self.conds.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&self.conds.join(" AND "));
        }
        sql.push_str(tail);
        sql
    }

    async fn fetch(&self, db: &Db, sql: &str) -> Result<Vec<AnyRow>> {
        let mut query = sqlx::query(sql);
        for b in &self.binds {
            query = match b {
                Bind::Text(s) => query.bind(s.as_str()),
                Bind::Int(i) => query.bind(*i),
            };
        }
        Ok(query.fetch_all_on(db).await?)
    }

    /// The page `w` of the records, in id order; with `keep`, of the records it keeps.
    async fn page<T, K>(&self, db: &Db, w: Window, keep: Option<K>) -> Result<Page<T>>
    where
        T: DeserializeOwned,
        K: Fn(&T, &AnyRow) -> Result<bool>,
    {
        let a = self.alias;
        let order = format!(" ORDER BY {a}.id{}", byte_order(db.backend()));
        let head = format!("{a}.id, {a}.doc AS doc{}", self.columns);
        match keep {
            None => {
                let count = self.fetch(db, &self.sql("COUNT(*) AS n", "")).await?;
                let total = match count.first() {
                    Some(r) => get_i64(r, "n")?,
                    None => 0,
                };
                let tail = format!(
                    "{order} LIMIT {} OFFSET {}",
                    w.limit.max(0),
                    w.offset.max(0)
                );
                let items = self
                    .fetch(db, &self.sql(&head, &tail))
                    .await?
                    .iter()
                    .map(|r| doc(r, "doc"))
                    .collect::<Result<Vec<T>>>()?;
                Ok(Page { total, items })
            }
            Some(keep) => {
                let mut kept = Vec::new();
                for row in self.fetch(db, &self.sql(&head, &order)).await? {
                    let item: T = doc(&row, "doc")?;
                    if keep(&item, &row)? {
                        kept.push(item);
                    }
                }
                let total = i64::try_from(kept.len()).unwrap_or(i64::MAX);
                let skip = usize::try_from(w.offset.max(0)).unwrap_or(usize::MAX);
                let take = usize::try_from(w.limit.max(0)).unwrap_or(usize::MAX);
                let items = kept.into_iter().skip(skip).take(take).collect();
                Ok(Page { total, items })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_is_a_page_of_bounded_size() {
        assert_eq!(
            Window::page(1, 50),
            Window {
                offset: 0,
                limit: 50
            }
        );
        assert_eq!(
            Window::page(3, 2),
            Window {
                offset: 4,
                limit: 2
            }
        );
        assert_eq!(Window::page(1, 10_000).limit, MAX_PER_PAGE);
        assert_eq!(Window::page(0, 0).offset, 0);
    }

    #[test]
    fn words_match_a_start_or_a_stem_without_accents() {
        let q = directory::query_words("SMARTPH numérique");
        assert!(text_matches(&q, "Aide numerique : smartphone"));
        assert!(!text_matches(&q, "Aide au logement, smartphone"));
        assert!(text_matches(&[], "anything"));
    }
}
