//! The read-only HSDS 3.0 API of the directory (Open Referral's `schema/openapi.json`),
//! under `/api/hsds/`: the root (version), then services, organizations, locations,
//! service_at_locations, taxonomies and taxonomy_terms, each as a paginated list and by
//! id. Open to anyone, like the directory's pages: it holds no person data.
//!
//! - **Ids** are those guichet-hsds prints: a stored UUID as it is, any other id as its
//!   name-based UUID (`guichet_hsds::ids::out_id`). A record is found by the id printed
//!   (case does not matter), never by the stored id when that was replaced.
//! - **Lists** hold the one-to-one fields of each record (nested objects such as a
//!   service's organisation stay, without their lists), as the spec's `*_list` examples;
//!   `full=true` gives each record fully nested. Locations are not in the spec; their list
//!   gives each location whole. guichet's own taxonomy and terms (the attributes that carry
//!   its fields) are listed after the directory's.
//! - **Pages**: `page` from 1, `per_page` from 1 to 200 (50 by default); the answer says
//!   `total_items`, `total_pages`, `page_number`, `size` (entries in this page),
//!   `first_page`, `last_page`, `empty` (no entry in this page).
//! - **Filters** (combined with AND): `search` (the directory's word search for services
//!   and service_at_locations; words in the name, code or description elsewhere),
//!   `organization_id`, `taxonomy_term_id`, `taxonomy_id`, `modified_after` (RFC 3339, or a
//!   date, UTC), `postcode` (the place's postal code), `parent_id` and `top_only` for terms.
//!   Not offered, refused with 400 rather than ignored: `format` other than `json`
//!   (no ndjson stream), `minimal=true`, `proximity` (no postcode centroids here).
//! - A bad parameter is a 400 and an unknown id a 404, both JSON with a `message` in words.

use crate::AppState;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, NaiveDateTime};
use guichet_domain::directory::{
    Directory, Location, Organization, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm,
};
use guichet_hsds::guichet as own;
use guichet_hsds::ids::{is_uuid, out_id};
use guichet_store::directory::query_words;
use guichet_store::hsds_pages::{
    self as pages, Ids, LocationFilter, Nesting, PlaceFilter, ServiceFilter, Table, Window,
    DEFAULT_PER_PAGE, MAX_PER_PAGE,
};
use guichet_store::StoreError;
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// The HSDS version this API follows.
pub const HSDS_VERSION: &str = "3.0";
/// The OpenAPI description this API follows: Open Referral's own.
pub const OPENAPI_URL: &str =
    "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

/// Why a request got no data.
#[derive(Debug)]
enum ApiError {
    BadRequest(String),
    NotFound(String),
    Store(StoreError),
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ApiError::Store(e)
    }
}

type Answer = Result<Value, ApiError>;

fn json_response(status: StatusCode, body: &Value) -> Response {
    let text = serde_json::to_string(body).unwrap_or_else(|_| "{}".to_owned());
    let mut res = (status, text).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    // Public, read-only data without credentials: any site may read it.
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    res
}

fn respond(answer: Answer) -> Response {
    match answer {
        Ok(body) => json_response(StatusCode::OK, &body),
        Err(ApiError::BadRequest(message)) => json_response(
            StatusCode::BAD_REQUEST,
            &json!({"error": "bad_request", "message": message}),
        ),
        Err(ApiError::NotFound(message)) => json_response(
            StatusCode::NOT_FOUND,
            &json!({"error": "not_found", "message": message}),
        ),
        Err(ApiError::Store(e)) => {
            let (status, error, message) = if e.is_unreachable() {
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "unavailable",
                    "The directory's database cannot be reached just now; try again in a moment.",
                )
            } else {
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "The directory could not be read.",
                )
            };
            // The directory holds no person data; the error names the failure only.
            tracing::error!(error = %e, "HSDS API request failed");
            json_response(status, &json!({"error": error, "message": message}))
        }
    }
}

/// A value typed by the caller, shortened, for a message.
fn shown(v: &str) -> String {
    let mut s: String = v.chars().take(40).collect();
    if v.chars().count() > 40 {
        s.push('…');
    }
    format!("{s:?}")
}

/// The query string's parameters.
struct Params(Vec<(String, String)>);

impl Params {
    /// Reads the query; a parameter this endpoint knows may be given once only.
    fn read(raw: Option<String>, known: &[&str]) -> Result<Params, ApiError> {
        let pairs: Vec<(String, String)> =
            form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
        for name in known {
            if pairs.iter().filter(|(k, _)| k == name).count() > 1 {
                return Err(ApiError::BadRequest(format!(
                    "The parameter {name} is given more than once; give it once."
                )));
            }
        }
        let p = Params(pairs);
        if let Some(f) = p.text("format") {
            if !f.eq_ignore_ascii_case("json") {
                return Err(ApiError::BadRequest(format!(
                    "format {} is not offered: this API answers in JSON only (format=json).",
                    shown(f)
                )));
            }
        }
        Ok(p)
    }

    /// A parameter's value, trimmed; `None` when absent or empty.
    fn text(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn int(&self, name: &str, min: i64, max: i64) -> Result<Option<i64>, ApiError> {
        let Some(v) = self.text(name) else {
            return Ok(None);
        };
        match v.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(Some(n)),
            _ => Err(ApiError::BadRequest(format!(
                "{name} must be a whole number from {min} to {max}; {} is not.",
                shown(v)
            ))),
        }
    }

    fn flag(&self, name: &str) -> Result<bool, ApiError> {
        match self.text(name) {
            None => Ok(false),
            Some(v) if v.eq_ignore_ascii_case("true") || v == "1" => Ok(true),
            Some(v) if v.eq_ignore_ascii_case("false") || v == "0" => Ok(false),
            Some(v) => Err(ApiError::BadRequest(format!(
                "{name} must be true or false; {} is neither.",
                shown(v)
            ))),
        }
    }

    /// `page` and `per_page`.
    fn paging(&self) -> Result<Paging, ApiError> {
        let page = self.int("page", 1, 1_000_000_000)?.unwrap_or(1);
        let per_page = self
            .int("per_page", 1, MAX_PER_PAGE)?
            .unwrap_or(DEFAULT_PER_PAGE);
        Ok(Paging { page, per_page })
    }

    /// `modified_after` in Unix seconds.
    fn modified_after(&self) -> Result<Option<i64>, ApiError> {
        let Some(v) = self.text("modified_after") else {
            return Ok(None);
        };
        // A `+` of an offset arrives as a space when the caller did not encode it.
        match moment(v).or_else(|| moment(&v.replace(' ', "+"))) {
            Some(t) => Ok(Some(t)),
            None => Err(ApiError::BadRequest(format!(
                "modified_after must be a date-time such as 2026-03-02T09:00:00Z (RFC 3339), \
                 or a date such as 2026-03-02 (midnight UTC); {} is not.",
                shown(v)
            ))),
        }
    }

    fn search(&self) -> String {
        self.text("search")
            .map(|s| s.chars().take(200).collect())
            .unwrap_or_default()
    }

    fn refuse(&self, name: &str, why: &str) -> Result<(), ApiError> {
        if self.text(name).is_some() {
            return Err(ApiError::BadRequest(format!(
                "{name} is not offered by this API: {why}"
            )));
        }
        Ok(())
    }
}

fn moment(v: &str) -> Option<i64> {
    if let Ok(t) = DateTime::parse_from_rfc3339(v) {
        return Some(t.timestamp());
    }
    if let Ok(t) = NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S%.f") {
        return Some(t.and_utc().timestamp());
    }
    NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().timestamp())
}

#[derive(Debug, Clone, Copy)]
struct Paging {
    page: i64,
    per_page: i64,
}

impl Paging {
    fn window(self) -> Window {
        Window::page(self.page, self.per_page)
    }

    /// The paginated answer (the spec's `Page` with `contents`).
    fn answer(self, total: i64, contents: Vec<Value>) -> Value {
        let total_pages = (total + self.per_page - 1) / self.per_page;
        json!({
            "total_items": total,
            "total_pages": total_pages,
            "page_number": self.page,
            "size": contents.len(),
            "first_page": self.page == 1,
            "last_page": self.page >= total_pages,
            "empty": contents.is_empty(),
            "contents": contents,
        })
    }
}

/// The one-to-one fields of a record: every list left out, nested objects kept so.
fn one_to_one(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .filter(|(_, v)| !v.is_array())
                .map(|(k, v)| (k, one_to_one(v)))
                .collect(),
        ),
        other => other,
    }
}

/// The stored id behind a printed one, in `ids`; `None` when none.
async fn stored_id(
    state: &AppState,
    ids: Ids,
    kind: &'static str,
    printed: &str,
) -> Result<Option<String>, ApiError> {
    if !is_uuid(printed) {
        return Ok(None);
    }
    let print = move |id: &str| out_id(kind, id);
    Ok(pages::resolve(&state.db, ids, printed, &print)
        .await?
        .into_iter()
        .next())
}

/// Every stored id a filter's printed id stands for (none: the filter keeps nothing).
async fn stored_ids(
    state: &AppState,
    ids: Ids,
    kind: &'static str,
    printed: Option<&str>,
) -> Result<Option<Vec<String>>, ApiError> {
    let Some(printed) = printed else {
        return Ok(None);
    };
    if !is_uuid(printed) {
        return Ok(Some(Vec::new()));
    }
    let print = move |id: &str| out_id(kind, id);
    Ok(Some(pages::resolve(&state.db, ids, printed, &print).await?))
}

fn not_found(what: &str, id: &str) -> ApiError {
    ApiError::NotFound(format!("No {what} has the id {}.", shown(id)))
}

/// The printed ids of the taxonomy terms a service's attributes name (guichet's own
/// fields included), in lower case.
fn terms_of(s: &Service) -> BTreeSet<String> {
    let dir = Directory {
        services: vec![s.clone()],
        ..Directory::default()
    };
    guichet_hsds::service_json(&dir, &s.id)
        .and_then(|v| v.get("attributes").and_then(Value::as_array).cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|a| a.get("taxonomy_term_id").and_then(Value::as_str))
        .map(str::to_lowercase)
        .collect()
}

/// The services' filter on taxonomy terms: each set given, a term of the service must be
/// in it (`taxonomy_term_id`, then the terms of `taxonomy_id`).
struct TermSets(Vec<BTreeSet<String>>);

impl TermSets {
    async fn of(state: &AppState, p: &Params) -> Result<Option<TermSets>, ApiError> {
        let mut sets = Vec::new();
        if let Some(term) = p.text("taxonomy_term_id") {
            sets.push(BTreeSet::from([term.to_lowercase()]));
        }
        if let Some(taxonomy) = p.text("taxonomy_id") {
            let wanted = taxonomy.to_lowercase();
            let in_it = |t: &TaxonomyTerm| {
                t.taxonomy_id
                    .as_deref()
                    .is_some_and(|x| out_id("taxonomy", x).eq_ignore_ascii_case(&wanted))
            };
            let all = Window {
                offset: 0,
                limit: i64::MAX,
            };
            let mut set: BTreeSet<String> = pages::taxonomy_terms(&state.db, Some(&in_it), all)
                .await?
                .items
                .iter()
                .map(|t| out_id("taxonomy_term", &t.id).to_lowercase())
                .collect();
            if own::is_guichet_taxonomy(&wanted) {
                set.extend(own::TERMS.iter().map(|t| t.id.to_lowercase()));
            }
            sets.push(set);
        }
        Ok((!sets.is_empty()).then_some(TermSets(sets)))
    }

    fn keeps(&self, s: &Service) -> bool {
        let terms = terms_of(s);
        self.0
            .iter()
            .all(|set| terms.iter().any(|t| set.contains(t)))
    }
}

// ---------- the root ----------

/// `GET /api/hsds/`: which HSDS this API follows.
pub async fn root() -> Response {
    respond(Ok(json!({
        "version": HSDS_VERSION,
        "openapi_url": OPENAPI_URL,
    })))
}

// ---------- services ----------

const SERVICE_PARAMS: &[&str] = &[
    "search",
    "page",
    "per_page",
    "format",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
    "minimal",
    "full",
    "postcode",
];

/// `GET /api/hsds/services`
pub async fn services(State(state): State<AppState>, RawQuery(q): RawQuery) -> Response {
    respond(services_page(&state, q).await)
}

async fn services_page(state: &AppState, q: Option<String>) -> Answer {
    let p = Params::read(q, SERVICE_PARAMS)?;
    let paging = p.paging()?;
    if p.flag("minimal")? {
        return Err(ApiError::BadRequest(
            "minimal is not offered by this API: ask for pages of services (per_page up to 200)."
                .into(),
        ));
    }
    let full = p.flag("full")?;
    let filter = ServiceFilter {
        text: p.search(),
        organization_ids: stored_ids(
            state,
            Ids::OrganizationsOfServices,
            "organization",
            p.text("organization_id"),
        )
        .await?,
        modified_after: p.modified_after()?,
        postcode: p.text("postcode").map(str::to_owned),
    };
    let terms = TermSets::of(state, &p).await?;
    let keep = |s: &Service| terms.as_ref().is_none_or(|t| t.keeps(s));
    let page = pages::services(
        &state.db,
        &filter,
        terms.is_some().then_some(&keep as pages::Keep<'_, Service>),
        paging.window(),
    )
    .await?;
    let ids: Vec<String> = page.items.iter().map(|s| s.id.clone()).collect();
    let nesting = Nesting {
        places_of_services: full,
        ..Nesting::default()
    };
    let dir = pages::slice(
        &state.db,
        Directory {
            services: page.items,
            ..Directory::default()
        },
        nesting,
    )
    .await?;
    let contents = ids
        .iter()
        .filter_map(|id| guichet_hsds::service_json(&dir, id))
        .map(|v| if full { v } else { one_to_one(v) })
        .collect();
    Ok(paging.answer(page.total, contents))
}

/// `GET /api/hsds/services/{id}`: the service fully nested.
pub async fn service(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    respond(service_one(&state, &id).await)
}

async fn service_one(state: &AppState, id: &str) -> Answer {
    let found = match stored_id(state, Ids::Of(Table::Services), "service", id).await? {
        Some(stored) => pages::record::<Service>(&state.db, Table::Services, &stored).await?,
        None => None,
    };
    let Some(s) = found else {
        return Err(not_found("service", id));
    };
    let sid = s.id.clone();
    let dir = pages::slice(
        &state.db,
        Directory {
            services: vec![s],
            ..Directory::default()
        },
        Nesting {
            places_of_services: true,
            ..Nesting::default()
        },
    )
    .await?;
    guichet_hsds::service_json(&dir, &sid).ok_or_else(|| not_found("service", id))
}

// ---------- organizations ----------

const ORGANIZATION_PARAMS: &[&str] = &[
    "search",
    "full_service",
    "full",
    "page",
    "per_page",
    "format",
];

/// The nesting of organisations written whole.
const WHOLE_ORGANIZATION: Nesting = Nesting {
    services_of_organizations: true,
    locations_of_organizations: true,
    places_of_services: true,
};

/// An organisation nested; its services fully when `full_service`, else their one-to-one
/// fields.
fn organization_value(dir: &Directory, id: &str, full_service: bool) -> Option<Value> {
    let mut v = guichet_hsds::organization_json(dir, id)?;
    if !full_service {
        if let Some(list) = v.get_mut("services").and_then(Value::as_array_mut) {
            for s in list.iter_mut() {
                *s = one_to_one(std::mem::take(s));
            }
        }
    }
    Some(v)
}

/// `GET /api/hsds/organizations`
pub async fn organizations(State(state): State<AppState>, RawQuery(q): RawQuery) -> Response {
    respond(organizations_page(&state, q).await)
}

async fn organizations_page(state: &AppState, q: Option<String>) -> Answer {
    let p = Params::read(q, ORGANIZATION_PARAMS)?;
    let paging = p.paging()?;
    let full = p.flag("full")?;
    let full_service = p.flag("full_service")?;
    let words = query_words(&p.search());
    let keep = |o: &Organization| {
        let mut text = vec![o.name.as_str(), o.description.as_str()];
        text.extend(o.alternate_name.as_deref());
        pages::text_matches(&words, &text.join(" "))
    };
    let page = pages::organizations(
        &state.db,
        (!words.is_empty()).then_some(&keep as pages::Keep<'_, Organization>),
        paging.window(),
    )
    .await?;
    let ids: Vec<String> = page.items.iter().map(|o| o.id.clone()).collect();
    let seed = Directory {
        organizations: page.items,
        ..Directory::default()
    };
    let contents = if full {
        let dir = pages::slice(&state.db, seed, WHOLE_ORGANIZATION).await?;
        ids.iter()
            .filter_map(|id| organization_value(&dir, id, full_service))
            .collect()
    } else {
        ids.iter()
            .filter_map(|id| guichet_hsds::organization_json(&seed, id))
            .map(one_to_one)
            .collect()
    };
    Ok(paging.answer(page.total, contents))
}

/// `GET /api/hsds/organizations/{id}`: the organisation with its locations and services.
pub async fn organization(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Response {
    respond(organization_one(&state, &id, q).await)
}

async fn organization_one(state: &AppState, id: &str, q: Option<String>) -> Answer {
    let p = Params::read(q, &["full_service"])?;
    let full_service = p.flag("full_service")?;
    let found = match stored_id(state, Ids::Of(Table::Organizations), "organization", id).await? {
        Some(stored) => {
            pages::record::<Organization>(&state.db, Table::Organizations, &stored).await?
        }
        None => None,
    };
    let Some(o) = found else {
        return Err(not_found("organization", id));
    };
    let oid = o.id.clone();
    let seed = Directory {
        organizations: vec![o],
        ..Directory::default()
    };
    let dir = pages::slice(&state.db, seed, WHOLE_ORGANIZATION).await?;
    organization_value(&dir, &oid, full_service).ok_or_else(|| not_found("organization", id))
}

// ---------- locations (not in the spec: the same shape as the others) ----------

const LOCATION_PARAMS: &[&str] = &[
    "page",
    "per_page",
    "format",
    "organization_id",
    "modified_after",
    "postcode",
];

/// `GET /api/hsds/locations`
pub async fn locations(State(state): State<AppState>, RawQuery(q): RawQuery) -> Response {
    respond(locations_page(&state, q).await)
}

async fn locations_page(state: &AppState, q: Option<String>) -> Answer {
    let p = Params::read(q, LOCATION_PARAMS)?;
    let paging = p.paging()?;
    let filter = LocationFilter {
        organization_ids: stored_ids(
            state,
            Ids::OrganizationsOfLocations,
            "organization",
            p.text("organization_id"),
        )
        .await?,
        modified_after: p.modified_after()?,
        postcode: p.text("postcode").map(str::to_owned),
    };
    let page = pages::locations(&state.db, &filter, paging.window()).await?;
    let ids: Vec<String> = page.items.iter().map(|l| l.id.clone()).collect();
    let seed = Directory {
        locations: page.items,
        ..Directory::default()
    };
    let dir = pages::slice(&state.db, seed, Nesting::default()).await?;
    let contents = ids
        .iter()
        .filter_map(|id| guichet_hsds::location_json(&dir, id))
        .collect();
    Ok(paging.answer(page.total, contents))
}

/// `GET /api/hsds/locations/{id}`
pub async fn location(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    respond(location_one(&state, &id).await)
}

async fn location_one(state: &AppState, id: &str) -> Answer {
    let found = match stored_id(state, Ids::Of(Table::Locations), "location", id).await? {
        Some(stored) => pages::record::<Location>(&state.db, Table::Locations, &stored).await?,
        None => None,
    };
    let Some(l) = found else {
        return Err(not_found("location", id));
    };
    let lid = l.id.clone();
    let seed = Directory {
        locations: vec![l],
        ..Directory::default()
    };
    let dir = pages::slice(&state.db, seed, Nesting::default()).await?;
    guichet_hsds::location_json(&dir, &lid).ok_or_else(|| not_found("location", id))
}

// ---------- service_at_locations ----------

const PLACE_PARAMS: &[&str] = &[
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
    "full",
    "page",
    "per_page",
    "format",
    "postcode",
    "proximity",
];

/// `GET /api/hsds/service_at_locations`
pub async fn service_at_locations(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Response {
    respond(places_page(&state, q).await)
}

async fn places_page(state: &AppState, q: Option<String>) -> Answer {
    let p = Params::read(q, PLACE_PARAMS)?;
    let paging = p.paging()?;
    p.refuse(
        "proximity",
        "guichet has no centre for a postcode to measure from; filter by postcode instead.",
    )?;
    let full = p.flag("full")?;
    let filter = PlaceFilter {
        text: p.search(),
        organization_ids: stored_ids(
            state,
            Ids::OrganizationsOfServices,
            "organization",
            p.text("organization_id"),
        )
        .await?,
        modified_after: p.modified_after()?,
        postcode: p.text("postcode").map(str::to_owned),
    };
    let terms = TermSets::of(state, &p).await?;
    let keep = |s: &Service| terms.as_ref().is_none_or(|t| t.keeps(s));
    let page = pages::service_at_locations(
        &state.db,
        &filter,
        terms.is_some().then_some(&keep as pages::Keep<'_, Service>),
        paging.window(),
    )
    .await?;
    let ids: Vec<String> = page.items.iter().map(|x| x.id.clone()).collect();
    let seed = Directory {
        service_at_locations: page.items,
        ..Directory::default()
    };
    let dir = pages::slice(&state.db, seed, Nesting::default()).await?;
    let contents = ids
        .iter()
        .filter_map(|id| guichet_hsds::service_at_location_json(&dir, id))
        .map(|v| if full { v } else { one_to_one(v) })
        .collect();
    Ok(paging.answer(page.total, contents))
}

/// `GET /api/hsds/service_at_locations/{id}`: with its location and its service.
pub async fn service_at_location(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Response {
    respond(place_one(&state, &id).await)
}

async fn place_one(state: &AppState, id: &str) -> Answer {
    let table = Table::ServiceAtLocations;
    let found = match stored_id(state, Ids::Of(table), "service_at_location", id).await? {
        Some(stored) => pages::record::<ServiceAtLocation>(&state.db, table, &stored).await?,
        None => None,
    };
    let Some(x) = found else {
        return Err(not_found("service_at_location", id));
    };
    let xid = x.id.clone();
    let seed = Directory {
        service_at_locations: vec![x],
        ..Directory::default()
    };
    let dir = pages::slice(&state.db, seed, Nesting::default()).await?;
    guichet_hsds::service_at_location_json(&dir, &xid)
        .ok_or_else(|| not_found("service_at_location", id))
}

// ---------- taxonomies and their terms ----------

/// A page of the directory's entries followed by guichet's own (`extra`, already
/// filtered): the total counts both.
fn with_extra(paging: Paging, total: i64, mut contents: Vec<Value>, extra: Vec<Value>) -> Value {
    let w = paging.window();
    let extra_total = i64::try_from(extra.len()).unwrap_or(i64::MAX);
    let room = usize::try_from(w.limit)
        .unwrap_or(0)
        .saturating_sub(contents.len());
    let start = usize::try_from((w.offset - total).max(0)).unwrap_or(usize::MAX);
    contents.extend(extra.into_iter().skip(start).take(room));
    paging.answer(total.saturating_add(extra_total), contents)
}

/// `GET /api/hsds/taxonomies`
pub async fn taxonomies(State(state): State<AppState>, RawQuery(q): RawQuery) -> Response {
    respond(taxonomies_page(&state, q).await)
}

async fn taxonomies_page(state: &AppState, q: Option<String>) -> Answer {
    let p = Params::read(q, &["search", "page", "per_page", "format"])?;
    let paging = p.paging()?;
    let words = query_words(&p.search());
    let keep = |t: &Taxonomy| pages::text_matches(&words, &format!("{} {}", t.name, t.description));
    let page = pages::taxonomies(
        &state.db,
        (!words.is_empty()).then_some(&keep as pages::Keep<'_, Taxonomy>),
        paging.window(),
    )
    .await?;
    let dir = Directory {
        taxonomies: page.items,
        ..Directory::default()
    };
    let contents = dir
        .taxonomies
        .iter()
        .filter_map(|t| guichet_hsds::taxonomy_json(&dir, &t.id))
        .collect();
    let mine = own::taxonomy();
    let extra = if keep(&mine) {
        guichet_hsds::taxonomy_json(&Directory::default(), own::TAXONOMY_ID)
            .into_iter()
            .collect()
    } else {
        Vec::new()
    };
    Ok(with_extra(paging, page.total, contents, extra))
}

/// `GET /api/hsds/taxonomies/{id}`: one of the directory's, or guichet's own.
pub async fn taxonomy(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    respond(taxonomy_one(&state, &id).await)
}

async fn taxonomy_one(state: &AppState, id: &str) -> Answer {
    let table = Table::Taxonomies;
    let dir = match stored_id(state, Ids::Of(table), "taxonomy", id).await? {
        Some(stored) => pages::record::<Taxonomy>(&state.db, table, &stored)
            .await?
            .map(|t| Directory {
                taxonomies: vec![t],
                ..Directory::default()
            })
            .map(|d| (d, stored)),
        None => None,
    };
    match dir {
        Some((dir, stored)) => guichet_hsds::taxonomy_json(&dir, &stored),
        None if own::is_guichet_taxonomy(id) => {
            guichet_hsds::taxonomy_json(&Directory::default(), own::TAXONOMY_ID)
        }
        None => None,
    }
    .ok_or_else(|| not_found("taxonomy", id))
}

/// `GET /api/hsds/taxonomy_terms`
pub async fn taxonomy_terms(State(state): State<AppState>, RawQuery(q): RawQuery) -> Response {
    respond(terms_page(&state, q).await)
}

async fn terms_page(state: &AppState, q: Option<String>) -> Answer {
    let p = Params::read(
        q,
        &[
            "search",
            "page",
            "per_page",
            "format",
            "taxonomy_id",
            "top_only",
            "parent_id",
        ],
    )?;
    let paging = p.paging()?;
    let words = query_words(&p.search());
    let taxonomy = p.text("taxonomy_id").map(str::to_owned);
    let parent = p.text("parent_id").map(str::to_owned);
    // `top_only`: the terms at the top of their tree, with no parent.
    let top_only = p.flag("top_only")?;
    let filtered = !words.is_empty() || taxonomy.is_some() || parent.is_some() || top_only;
    let keep = |t: &TaxonomyTerm| {
        let printed = |kind: &str, v: &Option<String>| v.as_deref().map(|x| out_id(kind, x));
        let same = |a: Option<String>, b: &str| a.is_some_and(|a| a.eq_ignore_ascii_case(b));
        let mut text = vec![t.name.as_str(), t.description.as_str()];
        text.extend(t.code.as_deref());
        pages::text_matches(&words, &text.join(" "))
            && taxonomy
                .as_deref()
                .is_none_or(|x| same(printed("taxonomy", &t.taxonomy_id), x))
            && parent
                .as_deref()
                .is_none_or(|x| same(printed("taxonomy_term", &t.parent_id), x))
            && (!top_only || t.parent_id.is_none())
    };
    let page = pages::taxonomy_terms(
        &state.db,
        filtered.then_some(&keep as pages::Keep<'_, TaxonomyTerm>),
        paging.window(),
    )
    .await?;
    let ids: Vec<String> = page.items.iter().map(|t| t.id.clone()).collect();
    let seed = Directory {
        taxonomy_terms: page.items,
        ..Directory::default()
    };
    let dir = pages::slice(&state.db, seed, Nesting::default()).await?;
    let contents = ids
        .iter()
        .filter_map(|id| guichet_hsds::taxonomy_term_json(&dir, id))
        .collect();
    let extra = own::TERMS
        .iter()
        .filter(|t| keep(&own::taxonomy_term(t)))
        .filter_map(|t| guichet_hsds::taxonomy_term_json(&Directory::default(), t.id))
        .collect();
    Ok(with_extra(paging, page.total, contents, extra))
}

/// `GET /api/hsds/taxonomy_terms/{id}`: one of the directory's, or one of guichet's own.
pub async fn taxonomy_term(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    respond(term_one(&state, &id).await)
}

async fn term_one(state: &AppState, id: &str) -> Answer {
    let table = Table::TaxonomyTerms;
    let found = match stored_id(state, Ids::Of(table), "taxonomy_term", id).await? {
        Some(stored) => pages::record::<TaxonomyTerm>(&state.db, table, &stored).await?,
        None => None,
    };
    match found {
        Some(t) => {
            let tid = t.id.clone();
            let seed = Directory {
                taxonomy_terms: vec![t],
                ..Directory::default()
            };
            let dir = pages::slice(&state.db, seed, Nesting::default()).await?;
            guichet_hsds::taxonomy_term_json(&dir, &tid)
        }
        None if own::term_by_id(id).is_some() => {
            guichet_hsds::taxonomy_term_json(&Directory::default(), id)
        }
        None => None,
    }
    .ok_or_else(|| not_found("taxonomy_term", id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_says_where_it_is() {
        let p = Paging {
            page: 2,
            per_page: 2,
        };
        let v = p.answer(3, vec![json!({"id": "x"})]);
        assert_eq!(v["total_pages"], 2);
        assert_eq!(v["size"], 1);
        assert_eq!(v["first_page"], false);
        assert_eq!(v["last_page"], true);
        assert_eq!(v["empty"], false);
        let none = Paging {
            page: 1,
            per_page: 50,
        }
        .answer(0, vec![]);
        assert_eq!(none["total_pages"], 0);
        assert_eq!(none["empty"], true);
        assert_eq!(none["last_page"], true);
    }

    #[test]
    fn guichet_s_own_entries_follow_the_directory_s_across_pages() {
        let v = |n: usize| -> Vec<Value> { (0..n).map(|i| json!(i)).collect() };
        // 3 entries of the directory, 2 of guichet's, pages of 2.
        let at = |page| Paging { page, per_page: 2 };
        let p1 = with_extra(at(1), 3, v(2), vec![json!("a"), json!("b")]);
        assert_eq!(p1["total_items"], 5);
        assert_eq!(p1["contents"], json!([0, 1]));
        let p2 = with_extra(at(2), 3, vec![json!(2)], vec![json!("a"), json!("b")]);
        assert_eq!(p2["contents"], json!([2, "a"]));
        let p3 = with_extra(at(3), 3, vec![], vec![json!("a"), json!("b")]);
        assert_eq!(p3["contents"], json!(["b"]));
        assert_eq!(p3["last_page"], true);
    }

    #[test]
    fn one_to_one_fields_leave_lists_out_at_every_level() {
        let v =
            one_to_one(json!({"id": 1, "phones": [1], "organization": {"id": 2, "phones": []}}));
        assert_eq!(v, json!({"id": 1, "organization": {"id": 2}}));
    }

    #[test]
    fn modified_after_reads_rfc_3339_and_dates() {
        assert_eq!(moment("2026-03-02T09:00:00Z"), Some(1_772_442_000));
        assert_eq!(moment("2026-03-02T10:00:00+01:00"), Some(1_772_442_000));
        assert_eq!(moment("2026-03-02T09:00:00"), Some(1_772_442_000));
        assert_eq!(moment("2026-03-02"), Some(1_772_409_600));
        assert_eq!(moment("yesterday"), None);
        assert_eq!(moment("2026-13-02"), None);
    }
}
