//! The read-only HSDS 3.0 API over real HTTP, on the fictional directory of
//! `directory::sample()` (the demo's directory removed first), with a local taxonomy
//! added. Every answer is checked against the response schema that Open Referral's
//! `schema/openapi.json` gives for its path, with the official schema files read from
//! `shared/testdata` (never fetched).

use crate::helpers::{spawn_app, start_timestamp, TestApp};
use guichet_domain::directory::{Directory, Taxonomy, TaxonomyTerm};
use guichet_store::Backend;
use reqwest::StatusCode;
use serde_json::{json, Value};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// The id guichet gives its own taxonomy, and the term "walk in" of it.
const GUICHET_TAXONOMY: &str = "878fa133-994b-5260-b369-89aab0224a8a";
const WALK_IN_TERM: &str = "9954fa5b-d75a-5464-a929-fbd3b87c6b31";
/// How many terms guichet's own taxonomy has.
const GUICHET_TERMS: usize = 12;

// ---------- the official schemas, offline ----------

/// `shared/testdata/openreferral-hsds-3.0`: under `GUICHET_TESTDATA` if set, else the
/// first `shared/testdata` found beside the repository or above it.
fn hsds_testdata() -> PathBuf {
    let testdata = match std::env::var("GUICHET_TESTDATA") {
        Ok(p) => PathBuf::from(p),
        Err(_) => Path::new(env!("CARGO_MANIFEST_DIR"))
            .ancestors()
            .map(|d| d.join("shared").join("testdata"))
            .find(|c| c.join("openreferral-hsds-3.0").is_dir())
            .expect("shared/testdata/openreferral-hsds-3.0 above the repository; or set GUICHET_TESTDATA"),
    };
    testdata.join("openreferral-hsds-3.0")
}

/// The schema files referenced by URL, read from the local copy by their file name. The
/// spec's response schemas name `compiled/*_list.json` files that the copy does not have:
/// the object's own schema stands in (none of the schemas refuses fields it does not
/// list, so it checks the one-to-one fields of a list entry alike).
struct LocalFiles(PathBuf);

impl jsonschema::Retrieve for LocalFiles {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri
            .as_str()
            .rsplit('/')
            .next()
            .ok_or_else(|| format!("no file name in {uri}"))?;
        let mut path = self.0.join(name);
        if !path.is_file() {
            if let Some(base) = name.strip_suffix("_list.json") {
                path = self.0.join(format!("{base}.json"));
            }
        }
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{uri}: {e}"))?;
        Ok(serde_json::from_str(&text)?)
    }
}

/// `#/…` references of the OpenAPI document replaced by what they point to.
fn inline_local_refs(v: &Value, doc: &Value) -> Value {
    match v {
        Value::Object(m) => {
            if let Some(r) = m.get("$ref").and_then(Value::as_str) {
                if let Some(pointer) = r.strip_prefix('#') {
                    let target = doc.pointer(pointer).unwrap_or_else(|| panic!("{r}"));
                    return inline_local_refs(target, doc);
                }
            }
            Value::Object(
                m.iter()
                    .map(|(k, v)| (k.clone(), inline_local_refs(v, doc)))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(|v| inline_local_refs(v, doc)).collect()),
        other => other.clone(),
    }
}

const SCHEMA_URL: &str = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema";

/// A validator for each path of the API (as the spec writes it, `/services/{id}`).
struct Spec {
    validators: HashMap<String, jsonschema::Validator>,
}

impl Spec {
    fn load() -> Spec {
        let dir = hsds_testdata().join("schema");
        let text = std::fs::read_to_string(dir.join("openapi.json")).unwrap();
        let openapi: Value = serde_json::from_str(&text).unwrap();
        let mut schemas: HashMap<String, Value> = HashMap::new();
        for (path, item) in openapi["paths"].as_object().unwrap() {
            let schema = &item["get"]["responses"]["200"]["content"]["application/json"]["schema"];
            assert!(schema.is_object(), "{path} has no response schema");
            schemas.insert(path.clone(), inline_local_refs(schema, &openapi));
        }
        // The spec gives /service_at_locations/{id} the service schema (a slip: it is a
        // service_at_location, and a service_at_location has no name or status).
        let sal = schemas.get_mut("/service_at_locations/{id}").unwrap();
        assert!(sal["$ref"].as_str().unwrap().ends_with("/service.json"));
        *sal = json!({"$ref": format!("{SCHEMA_URL}/service_at_location.json")});
        // Locations are not in the spec: the same shapes as taxonomies, with location.json.
        let mut list = schemas["/taxonomies"].clone();
        list["properties"]["contents"]["items"]["$ref"] =
            json!(format!("{SCHEMA_URL}/location.json"));
        schemas.insert("/locations".into(), list);
        schemas.insert(
            "/locations/{id}".into(),
            json!({"$ref": format!("{SCHEMA_URL}/location.json")}),
        );
        let validators = schemas
            .into_iter()
            .map(|(path, schema)| {
                let v = jsonschema::options()
                    .with_draft(jsonschema::Draft::Draft202012)
                    .with_base_uri(format!("{SCHEMA_URL}/openapi.json"))
                    .with_retriever(LocalFiles(dir.clone()))
                    .should_validate_formats(true)
                    .build(&schema)
                    .unwrap_or_else(|e| panic!("{path}: {e}"));
                (path, v)
            })
            .collect();
        Spec { validators }
    }

    fn errors(&self, path: &str, body: &Value) -> Vec<String> {
        self.validators
            .get(path)
            .unwrap_or_else(|| panic!("no schema for {path}"))
            .iter_errors(body)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect()
    }
}

static SPEC: LazyLock<Spec> = LazyLock::new(Spec::load);

// ---------- the app and its directory ----------

/// `directory::sample()` with a local taxonomy of two terms (one under the other), the
/// lower one given to the smartphone workshop. Ids are not UUIDs: the API prints others.
fn directory() -> Directory {
    let mut d = crate::directory::sample();
    d.taxonomies.push(Taxonomy {
        id: "tax-local".into(),
        name: "Thèmes locaux".into(),
        description: "Une taxonomie fictive".into(),
        uri: None,
        version: Some("1".into()),
    });
    d.taxonomy_terms.push(TaxonomyTerm {
        id: "term-numerique".into(),
        code: Some("numerique".into()),
        name: "Numérique".into(),
        description: "Aide au numérique".into(),
        taxonomy_id: Some("tax-local".into()),
        ..TaxonomyTerm::default()
    });
    d.taxonomy_terms.push(TaxonomyTerm {
        id: "term-smartphone".into(),
        code: Some("smartphone".into()),
        name: "Smartphone".into(),
        description: "Se servir d'un téléphone".into(),
        parent_id: Some("term-numerique".into()),
        taxonomy_id: Some("tax-local".into()),
        ..TaxonomyTerm::default()
    });
    let epn = d.services.iter_mut().find(|s| s.id == "svc-epn").unwrap();
    epn.taxonomy_term_ids.push("term-smartphone".into());
    d
}

/// An app whose directory is [`directory`] only (the demo's removed), imported at the
/// app's start time.
async fn app_with_directory() -> TestApp {
    let app = spawn_app().await;
    if app.db.backend() == Backend::Sqlite {
        sqlx::query("DELETE FROM dir_listings_fts")
            .execute(app.db.pool())
            .await
            .unwrap();
    }
    for table in [
        "dir_listings",
        "dir_service_at_locations",
        "dir_services",
        "dir_locations",
        "dir_organizations",
        "dir_taxonomy_terms",
        "dir_taxonomies",
    ] {
        sqlx::query(&format!("DELETE FROM {table}"))
            .execute(app.db.pool())
            .await
            .unwrap();
    }
    guichet_store::directory::apply(
        &app.db,
        "test",
        "hsds-json",
        &directory(),
        start_timestamp(),
    )
    .await
    .unwrap();
    app
}

/// `GET url`: the status and the JSON body (always JSON, in UTF-8).
async fn get(app: &TestApp, url: &str) -> (StatusCode, Value) {
    let res = reqwest::get(format!("{}{url}", app.base)).await.unwrap();
    let status = res.status();
    let ct = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned());
    assert_eq!(
        ct.as_deref(),
        Some("application/json; charset=utf-8"),
        "GET {url}"
    );
    let text = res.text().await.unwrap();
    let body = serde_json::from_str(&text).unwrap_or_else(|e| panic!("GET {url}: {e}: {text}"));
    (status, body)
}

/// `GET url` answered 200 with a body that follows the spec's schema of `path`.
async fn valid(app: &TestApp, path: &str, url: &str) -> Value {
    let (status, body) = get(app, url).await;
    assert_eq!(status, StatusCode::OK, "GET {url}: {body}");
    let errors = SPEC.errors(path, &body);
    assert!(
        errors.is_empty(),
        "GET {url} does not follow the schema of {path}:\n{}\n{}",
        errors.join("\n"),
        serde_json::to_string_pretty(&body).unwrap()
    );
    body
}

/// The `contents` of a page.
fn contents(page: &Value) -> &Vec<Value> {
    page["contents"].as_array().unwrap()
}

/// The names in a page, sorted.
fn names(page: &Value) -> Vec<String> {
    let mut n: Vec<String> = contents(page)
        .iter()
        .map(|c| {
            c["name"]
                .as_str()
                .or_else(|| c["service"]["name"].as_str())
                .unwrap()
                .to_owned()
        })
        .collect();
    n.sort();
    n
}

/// The printed id of the entry named `name` in a full list.
async fn id_of(app: &TestApp, list: &str, name: &str) -> String {
    let page = valid(app, list, &format!("/api/hsds{list}?per_page=200")).await;
    contents(&page)
        .iter()
        .find(|c| c["name"] == json!(name) || c["service"]["name"] == json!(name))
        .unwrap_or_else(|| panic!("{name} not in {list}"))["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

const SMARTPHONE: &str = "Atelier smartphone";
const SOCIAL: &str = "Service social général";
const MEDICAL: &str = "Maison médicale — permanence";

// ---------- the tests ----------

#[tokio::test]
async fn the_schemas_do_catch_what_is_wrong() {
    let page = json!({"total_items": 1, "total_pages": 1, "page_number": 1, "size": 1,
        "first_page": true, "last_page": true, "empty": false,
        "contents": [{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "n", "status": "active"}]});
    assert!(SPEC.errors("/services", &page).is_empty());
    let mut wrong = page.clone();
    wrong["total_items"] = json!("1");
    assert!(!SPEC.errors("/services", &wrong).is_empty());
    let mut wrong = page.clone();
    wrong["contents"][0]["status"] = json!("sometimes");
    assert!(
        !SPEC.errors("/services", &wrong).is_empty(),
        "list entries are checked"
    );
    let mut wrong = page.clone();
    wrong["contents"][0]["id"] = json!("svc-epn");
    assert!(
        !SPEC.errors("/services", &wrong).is_empty(),
        "ids are UUIDs"
    );
    let phone = json!({"id": "ac148810-d857-441c-9679-408f346de14b", "name": "n", "status": "active",
        "phones": [{"id": "1554f2e2-a373-45db-a3fa-9fc48a61c15e"}]});
    assert!(
        !SPEC.errors("/services/{id}", &phone).is_empty(),
        "nested schemas are followed"
    );
    assert!(!SPEC.errors("/", &json!({"version": 3})).is_empty());
}

#[tokio::test]
async fn every_endpoint_answers_as_the_openapi_schemas_say() {
    let app = app_with_directory().await;
    let root = valid(&app, "/", "/api/hsds/").await;
    assert_eq!(root["version"], "3.0");
    assert_eq!(valid(&app, "/", "/api/hsds").await, root);

    for (list, count) in [
        ("/services", 3),
        ("/organizations", 3),
        ("/locations", 3),
        ("/service_at_locations", 3),
        ("/taxonomies", 2),
        ("/taxonomy_terms", 2 + GUICHET_TERMS),
    ] {
        let page = valid(&app, list, &format!("/api/hsds{list}")).await;
        assert_eq!(page["total_items"], count, "{list}");
        assert_eq!(contents(&page).len(), count, "{list}");
        let full = valid(&app, list, &format!("/api/hsds{list}?full=true")).await;
        assert_eq!(full["total_items"], count, "{list}");
        let one = format!("{list}/{{id}}");
        for entry in contents(&page) {
            let id = entry["id"].as_str().unwrap();
            let got = valid(&app, &one, &format!("/api/hsds{list}/{id}")).await;
            assert_eq!(got["id"], entry["id"], "{list}/{id}");
        }
    }

    // A list holds one-to-one fields; full=true and the record itself are nested.
    let list = valid(&app, "/services", "/api/hsds/services").await;
    let epn = contents(&list)
        .iter()
        .find(|s| s["name"] == SMARTPHONE)
        .unwrap();
    assert!(epn.get("schedules").is_none() && epn.get("attributes").is_none());
    assert_eq!(
        epn["organization"]["name"],
        "Espace public numérique de Namur"
    );
    let id = epn["id"].as_str().unwrap();
    let whole = valid(&app, "/services/{id}", &format!("/api/hsds/services/{id}")).await;
    assert_eq!(whole["schedules"].as_array().unwrap().len(), 2);
    let sal = &whole["service_at_locations"][0];
    assert_eq!(sal["service_id"], whole["id"]);
    assert_eq!(sal["location"]["addresses"][0]["postal_code"], "5000");
    assert_eq!(sal["location_id"], sal["location"]["id"]);
    assert_eq!(whole["organization_id"], whole["organization"]["id"]);
    let terms: Vec<&Value> = whole["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| &a["taxonomy_term"]["name"])
        .collect();
    assert!(terms.contains(&&json!("Smartphone")), "{terms:?}");
    let full = valid(&app, "/services", "/api/hsds/services?full=true").await;
    assert!(contents(&full).contains(&whole));

    let org = id_of(&app, "/organizations", "CPAS de Namur").await;
    let o = valid(
        &app,
        "/organizations/{id}",
        &format!("/api/hsds/organizations/{org}"),
    )
    .await;
    assert_eq!(o["services"][0]["name"], SOCIAL);
    assert!(o["services"][0].get("service_at_locations").is_none());
    assert_eq!(o["locations"][0]["addresses"][0]["city"], "Jambes");
    let o = valid(
        &app,
        "/organizations/{id}",
        &format!("/api/hsds/organizations/{org}?full_service=true"),
    )
    .await;
    assert!(o["services"][0]["service_at_locations"].is_array());

    let sal = id_of(&app, "/service_at_locations", MEDICAL).await;
    let x = valid(
        &app,
        "/service_at_locations/{id}",
        &format!("/api/hsds/service_at_locations/{sal}"),
    )
    .await;
    assert_eq!(x["location"]["addresses"][0]["city"], "Liège");
    assert_eq!(
        x["service"]["organization"]["name"],
        "Maison médicale du Laveu"
    );

    // guichet's own taxonomy comes after the directory's, and its terms can be read.
    let t = valid(&app, "/taxonomies", "/api/hsds/taxonomies").await;
    assert_eq!(contents(&t)[0]["name"], "Thèmes locaux");
    assert_eq!(contents(&t)[1]["id"], GUICHET_TAXONOMY);
    let term = valid(
        &app,
        "/taxonomy_terms/{id}",
        &format!("/api/hsds/taxonomy_terms/{WALK_IN_TERM}"),
    )
    .await;
    assert_eq!(term["taxonomy_detail"]["id"], GUICHET_TAXONOMY);
}

#[tokio::test]
async fn pages_say_how_many_there_are_and_where_they_are() {
    let app = app_with_directory().await;
    let p1 = valid(&app, "/services", "/api/hsds/services?per_page=2").await;
    let p2 = valid(&app, "/services", "/api/hsds/services?per_page=2&page=2").await;
    let p3 = valid(&app, "/services", "/api/hsds/services?per_page=2&page=3").await;
    for (p, number, size) in [(&p1, 1, 2), (&p2, 2, 1), (&p3, 3, 0)] {
        assert_eq!(p["total_items"], 3);
        assert_eq!(p["total_pages"], 2);
        assert_eq!(p["page_number"], number);
        assert_eq!(p["size"], size);
        assert_eq!(contents(p).len(), size);
        assert_eq!(p["first_page"], number == 1);
        assert_eq!(p["last_page"], number >= 2);
        assert_eq!(p["empty"], size == 0);
    }
    // The pages together hold every service once.
    let mut seen: Vec<String> = names(&p1);
    seen.extend(names(&p2));
    seen.sort();
    assert_eq!(seen, [SMARTPHONE, MEDICAL, SOCIAL]);
    // 50 a page unless said otherwise.
    let all = valid(&app, "/services", "/api/hsds/services").await;
    assert_eq!(
        (all["total_pages"].clone(), all["size"].clone()),
        (json!(1), json!(3))
    );
    assert_eq!(all["last_page"], true);

    // guichet's terms follow the directory's two across pages: 14 terms, pages of 5.
    let mut ids = BTreeSet::new();
    for page in 1..=3 {
        let p = valid(
            &app,
            "/taxonomy_terms",
            &format!("/api/hsds/taxonomy_terms?per_page=5&page={page}"),
        )
        .await;
        assert_eq!(p["total_items"], 2 + GUICHET_TERMS);
        assert_eq!(p["total_pages"], 3);
        assert_eq!(p["size"], if page < 3 { 5 } else { 4 });
        ids.extend(contents(&p).iter().map(|t| t["id"].to_string()));
    }
    assert_eq!(ids.len(), 2 + GUICHET_TERMS);

    // Nothing found: an empty first page, which is also the last.
    let none = valid(&app, "/services", "/api/hsds/services?search=zzzzqqq").await;
    assert_eq!(none["total_items"], 0);
    assert_eq!(none["empty"], true);
    assert_eq!(none["first_page"], true);
    assert_eq!(none["last_page"], true);
}

#[tokio::test]
async fn filters_narrow_the_lists() {
    let app = app_with_directory().await;
    let services = |q: &str| {
        let url = format!("/api/hsds/services?{q}");
        let app = &app;
        async move { names(&valid(app, "/services", &url).await) }
    };
    // Words, found as the directory's search finds them: any case, accents, stems.
    assert_eq!(services("search=smartphone").await, [SMARTPHONE]);
    assert_eq!(services("search=SMARTPHONES").await, [SMARTPHONE]);
    assert_eq!(services("search=medecine").await, [MEDICAL]);
    assert!(services("search=smartphone%20logement").await.is_empty());
    // The postcode of the place.
    assert_eq!(services("postcode=5100").await, [SOCIAL]);
    assert!(services("postcode=9999").await.is_empty());
    // Modified on or after: the import's time is in, a second later is out.
    assert_eq!(
        services("modified_after=2026-03-02T09:00:00Z").await.len(),
        3
    );
    assert_eq!(
        services("modified_after=2026-03-02T10:00:00%2B01:00")
            .await
            .len(),
        3
    );
    assert!(services("modified_after=2026-03-02T09:00:01Z")
        .await
        .is_empty());
    assert!(services("modified_after=2099-01-01").await.is_empty());
    // An organisation, by the id the API prints.
    let cpas = id_of(&app, "/organizations", "CPAS de Namur").await;
    assert_eq!(services(&format!("organization_id={cpas}")).await, [SOCIAL]);
    assert!(
        services("organization_id=org-cpas").await.is_empty(),
        "the stored id is not the printed one"
    );
    // Taxonomy terms: the directory's, and guichet's own (walk in).
    let smartphone = id_of(&app, "/taxonomy_terms", "Smartphone").await;
    let numerique = id_of(&app, "/taxonomy_terms", "Numérique").await;
    let local = id_of(&app, "/taxonomies", "Thèmes locaux").await;
    assert_eq!(
        services(&format!("taxonomy_term_id={smartphone}")).await,
        [SMARTPHONE]
    );
    assert!(services(&format!("taxonomy_term_id={numerique}"))
        .await
        .is_empty());
    assert_eq!(
        services(&format!("taxonomy_term_id={WALK_IN_TERM}")).await,
        [SMARTPHONE, MEDICAL]
    );
    assert_eq!(
        services(&format!("taxonomy_id={local}")).await,
        [SMARTPHONE]
    );
    assert_eq!(
        services(&format!("taxonomy_id={GUICHET_TAXONOMY}"))
            .await
            .len(),
        3
    );
    // Filters add up.
    assert_eq!(
        services(&format!("taxonomy_term_id={WALK_IN_TERM}&postcode=4000")).await,
        [MEDICAL]
    );
    let walk_in = valid(
        &app,
        "/services",
        &format!("/api/hsds/services?taxonomy_term_id={WALK_IN_TERM}&per_page=1&page=2"),
    )
    .await;
    assert_eq!(walk_in["total_items"], 2);
    assert_eq!(walk_in["size"], 1);

    // The same on service_at_locations.
    let places = |q: &str| {
        let url = format!("/api/hsds/service_at_locations?{q}");
        let app = &app;
        async move { names(&valid(app, "/service_at_locations", &url).await) }
    };
    assert_eq!(places("search=smartphone").await, [SMARTPHONE]);
    assert_eq!(places("postcode=4000").await, [MEDICAL]);
    assert_eq!(places(&format!("organization_id={cpas}")).await, [SOCIAL]);
    assert_eq!(
        places(&format!("taxonomy_term_id={WALK_IN_TERM}")).await,
        [SMARTPHONE, MEDICAL]
    );
    assert!(places("modified_after=2099-01-01T00:00:00Z")
        .await
        .is_empty());

    // Locations.
    let locations = valid(&app, "/locations", "/api/hsds/locations?postcode=5000").await;
    assert_eq!(names(&locations), ["Rue de Fer 12"]);
    let locations = valid(
        &app,
        "/locations",
        &format!("/api/hsds/locations?organization_id={cpas}"),
    )
    .await;
    assert_eq!(names(&locations), ["Rue de Dave 165"]);

    // Organisations, taxonomies and terms by their words.
    let orgs = valid(
        &app,
        "/organizations",
        "/api/hsds/organizations?search=medicale",
    )
    .await;
    assert_eq!(names(&orgs), ["Maison médicale du Laveu"]);
    let tax = valid(&app, "/taxonomies", "/api/hsds/taxonomies?search=guichet").await;
    assert_eq!(names(&tax), ["guichet"]);
    let terms = |q: &str| {
        let url = format!("/api/hsds/taxonomy_terms?{q}");
        let app = &app;
        async move { valid(app, "/taxonomy_terms", &url).await }
    };
    assert_eq!(names(&terms("search=telephone").await), ["Smartphone"]);
    assert_eq!(
        names(&terms(&format!("taxonomy_id={local}")).await),
        ["Numérique", "Smartphone"]
    );
    assert_eq!(
        terms(&format!("taxonomy_id={GUICHET_TAXONOMY}")).await["total_items"],
        GUICHET_TERMS
    );
    assert_eq!(
        names(&terms(&format!("parent_id={numerique}")).await),
        ["Smartphone"]
    );
    let top = terms(&format!("taxonomy_id={local}&top_only=true")).await;
    assert_eq!(names(&top), ["Numérique"]);
}

#[tokio::test]
async fn records_are_found_by_the_id_the_api_prints_and_unknown_ids_are_404() {
    let app = app_with_directory().await;
    let id = id_of(&app, "/services", SMARTPHONE).await;
    let s = valid(&app, "/services/{id}", &format!("/api/hsds/services/{id}")).await;
    assert_eq!(s["name"], SMARTPHONE);
    // Any case of the printed id.
    let upper = id.to_uppercase();
    let s = valid(
        &app,
        "/services/{id}",
        &format!("/api/hsds/services/{upper}"),
    )
    .await;
    assert_eq!(s["id"], json!(id));
    for (list, kind) in [
        ("services", "service"),
        ("organizations", "organization"),
        ("locations", "location"),
        ("service_at_locations", "service_at_location"),
        ("taxonomies", "taxonomy"),
        ("taxonomy_terms", "taxonomy_term"),
    ] {
        for unknown in [
            "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c0000",
            "no-such-thing",
            "svc-epn",
            "org-cpas",
            "loc-mm",
            "sal-mm",
            "tax-local",
            "term-smartphone",
        ] {
            let (status, body) = get(&app, &format!("/api/hsds/{list}/{unknown}")).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{list}/{unknown}: {body}");
            let message = body["message"].as_str().unwrap();
            assert!(message.contains(kind), "{message}");
        }
    }
}

#[tokio::test]
async fn bad_parameters_are_refused_with_a_plain_400() {
    let app = app_with_directory().await;
    for (url, names) in [
        ("/api/hsds/services?per_page=0", "per_page"),
        ("/api/hsds/services?per_page=201", "per_page"),
        ("/api/hsds/services?per_page=ten", "per_page"),
        ("/api/hsds/services?page=abc", "page"),
        ("/api/hsds/services?page=0", "page"),
        ("/api/hsds/services?page=-1", "page"),
        ("/api/hsds/services?page=1&page=2", "page"),
        (
            "/api/hsds/services?modified_after=yesterday",
            "modified_after",
        ),
        (
            "/api/hsds/services?modified_after=2026-13-01",
            "modified_after",
        ),
        ("/api/hsds/services?full=maybe", "full"),
        ("/api/hsds/services?minimal=true", "minimal"),
        ("/api/hsds/services?format=ndjson", "format"),
        ("/api/hsds/organizations?per_page=0", "per_page"),
        ("/api/hsds/organizations/x?full_service=yes", "full_service"),
        ("/api/hsds/locations?page=abc", "page"),
        ("/api/hsds/locations?modified_after=soon", "modified_after"),
        ("/api/hsds/service_at_locations?proximity=1000", "proximity"),
        ("/api/hsds/service_at_locations?page=abc", "page"),
        ("/api/hsds/taxonomies?per_page=0", "per_page"),
        ("/api/hsds/taxonomy_terms?top_only=perhaps", "top_only"),
    ] {
        let (status, body) = get(&app, url).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{url}: {body}");
        let message = body["message"].as_str().unwrap();
        assert!(message.contains(names), "{url}: {message}");
    }
    // Empty values are no values; unknown parameters are left alone.
    let page = valid(
        &app,
        "/services",
        "/api/hsds/services?page=&per_page=&search=&utm_source=x",
    )
    .await;
    assert_eq!(page["total_items"], 3);
}
