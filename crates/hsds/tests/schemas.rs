//! What guichet exports is valid HSDS 3.0: every nested object validates against the
//! official JSON Schemas (formats checked: UUID ids, URIs, e-mails, date-times), and the
//! tabular package has exactly the headers of `datapackage.json` with values of each
//! field's type.

#![allow(clippy::unwrap_used)]

mod common;

use chrono::{NaiveDate, NaiveTime};
use common::*;
use guichet_domain::directory::Directory;
use guichet_hsds::*;
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};

/// The directories to export: the official examples (nested and tabular), the fictional
/// Namur CPAS and the data·inclusion fixture (whose ids are not UUIDs).
fn directories() -> Vec<(&'static str, Directory)> {
    let mut out = Vec::new();
    let full = read(&hsds().join("examples/service_full.json"));
    out.push((
        "service_full.json",
        read_hsds_json("service_full.json", &full).directory,
    ));
    let org = read(&hsds().join("examples/organization_full.json"));
    out.push((
        "organization_full.json",
        read_hsds_json("organization_full.json", &org).directory,
    ));
    out.push(("examples/csv", read_hsds_csv(&example_csv()).directory));
    out.push(("fictional", fictional()));
    let di = read_data_inclusion("di.json", &fixture("data-inclusion-namur.json"));
    assert!(di.problems.is_empty(), "{:#?}", di.problems);
    out.push(("data·inclusion", di.directory));
    for (name, d) in &out {
        assert!(!d.services.is_empty(), "{name} has no service");
    }
    out
}

#[test]
fn each_nested_object_validates_against_its_schema() {
    let schemas = Schemas::load();
    // The validator does catch what is wrong.
    assert!(!schemas
        .errors(
            "service",
            &json!({"id": "x", "name": "n", "status": "active"})
        )
        .is_empty());
    assert!(!schemas.errors("service", &json!({"id": "ac148810-d857-441c-9679-408f346de14b", "name": "n", "status": "sometimes"})).is_empty());
    let no_number = json!({"id": "ac148810-d857-441c-9679-408f346de14b", "name": "n", "status": "active",
        "phones": [{"id": "1554f2e2-a373-45db-a3fa-9fc48a61c15e"}]});
    assert!(
        !schemas.errors("service", &no_number).is_empty(),
        "phone.json is followed"
    );
    assert!(!schemas.errors("location", &json!({"id": "ac148810-d857-441c-9679-408f346de14b", "location_type": "physical", "url": "not a uri"})).is_empty());
    for (name, d) in directories() {
        for s in &d.services {
            let v = service_json(&d, &s.id).unwrap();
            schemas.assert_valid("service", &v);
            assert_eq!(v["name"], json!(s.name), "{name}");
        }
        for o in &d.organizations {
            schemas.assert_valid("organization", &organization_json(&d, &o.id).unwrap());
        }
        for l in &d.locations {
            schemas.assert_valid("location", &location_json(&d, &l.id).unwrap());
        }
        for x in &d.service_at_locations {
            schemas.assert_valid(
                "service_at_location",
                &service_at_location_json(&d, &x.id).unwrap(),
            );
        }
        for t in &d.taxonomies {
            schemas.assert_valid("taxonomy", &taxonomy_json(&d, &t.id).unwrap());
        }
        for t in &d.taxonomy_terms {
            schemas.assert_valid("taxonomy_term", &taxonomy_term_json(&d, &t.id).unwrap());
        }
        // guichet's own taxonomy and terms can be asked for too.
        schemas.assert_valid(
            "taxonomy",
            &taxonomy_json(&d, guichet::TAXONOMY_ID).unwrap(),
        );
        for t in &guichet::TERMS {
            schemas.assert_valid("taxonomy_term", &taxonomy_term_json(&d, t.id).unwrap());
        }
        assert_eq!(service_json(&d, "no such service"), None);
        assert_eq!(organization_json(&d, "nope"), None);
    }
}

/// The schema of an item of [`export_json`], from the fields it has.
fn kind(item: &Value) -> &'static str {
    let has = |k: &str| item.get(k).is_some();
    if has("status") {
        "service"
    } else if has("location_type") {
        "location"
    } else if has("services") {
        "organization"
    } else if has("service_id") {
        "service_at_location"
    } else if has("taxonomy_id") || has("code") || has("parent_id") {
        "taxonomy_term"
    } else {
        "taxonomy"
    }
}

#[test]
fn the_exported_file_validates_and_its_ids_are_stable_uuids() {
    let schemas = Schemas::load();
    for (name, d) in directories() {
        let all = export_json(&d);
        let items = all.as_array().unwrap();
        assert!(items.len() >= d.services.len(), "{name}");
        for (i, item) in items.iter().enumerate() {
            let k = kind(item);
            if i < d.services.len() {
                assert_eq!(k, "service", "{name}: services come first");
            }
            schemas.assert_valid(k, item);
        }
        assert_eq!(
            export_json(&d),
            all,
            "{name}: the same directory, the same file"
        );
    }
    // Ids that were not UUIDs became UUIDs, and references still meet.
    let di = read_data_inclusion("di.json", &fixture("data-inclusion-namur.json")).directory;
    let v = service_json(&di, "ville-de-namur--epn-smartphone").unwrap();
    let sal = &v["service_at_locations"][0];
    assert_eq!(sal["service_id"], v["id"]);
    assert_eq!(sal["location_id"], sal["location"]["id"]);
    assert_eq!(v["organization_id"], v["organization"]["id"]);
    assert_ne!(v["schedules"][0]["id"], v["schedules"][1]["id"]);
}

#[test]
fn the_tabular_export_has_the_package_headers_and_typed_values() {
    let package: Value = serde_json::from_str(&read(&hsds().join("datapackage.json"))).unwrap();
    let resources: HashMap<&str, &Value> = package["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["path"].as_str().unwrap(), r))
        .collect();
    let formats = |format: &str, value: &str| {
        let schema = json!({"type": "string", "format": format});
        jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap()
            .is_valid(&json!(value))
    };
    for (name, d) in directories() {
        let files = export_csv(&d);
        let names: Vec<&str> = files.iter().map(|(f, _)| f.as_str()).collect();
        for must in ["organizations.csv", "services.csv", "attributes.csv"] {
            if name == "examples/csv" && must == "attributes.csv" {
                continue;
            }
            assert!(names.contains(&must), "{name}: {names:?}");
        }
        let order: Vec<&str> = package["resources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["path"].as_str().unwrap())
            .filter(|p| names.contains(p))
            .collect();
        assert_eq!(names, order, "{name}: files in the package's order");
        for (file, text) in &files {
            let r = resources
                .get(file.as_str())
                .unwrap_or_else(|| panic!("{file}"));
            let fields = r["schema"]["fields"].as_array().unwrap();
            let mut rdr = csv::Reader::from_reader(text.as_bytes());
            let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_owned).collect();
            let expected: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
            assert_eq!(header, expected, "{name}: {file}");
            let mut unique: HashMap<&str, HashSet<String>> = HashMap::new();
            let mut rows = 0;
            for record in rdr.records() {
                let record = record.unwrap();
                rows += 1;
                assert_eq!(record.len(), fields.len(), "{name}: {file}");
                for (cell, f) in record.iter().zip(fields) {
                    let field = f["name"].as_str().unwrap();
                    let at = format!("{name}: {file} {field} = {cell:?}");
                    let c = &f["constraints"];
                    if cell.is_empty() {
                        // `required` is the package's; guichet leaves a service's
                        // organization empty when it has none.
                        let lenient = (file == "services.csv" && field == "organization_id")
                            || (file == "organizations.csv" && field == "description");
                        assert!(c["required"] != json!(true) || lenient, "{at}: required");
                        continue;
                    }
                    if c["unique"] == json!(true) {
                        assert!(
                            unique.entry(field).or_default().insert(cell.to_owned()),
                            "{at}: not unique"
                        );
                    }
                    if let Some(allowed) = c["enum"].as_array() {
                        assert!(allowed.contains(&json!(cell)), "{at}: not in {allowed:?}");
                    }
                    match f["type"].as_str().unwrap() {
                        "string" => {
                            if let Some(format) = f["format"].as_str() {
                                assert!(formats(format, cell), "{at}: not a {format}");
                            }
                        }
                        "number" => assert!(cell.parse::<f64>().is_ok(), "{at}: not a number"),
                        "date" => assert!(
                            NaiveDate::parse_from_str(cell, "%Y-%m-%d").is_ok(),
                            "{at}: not a date"
                        ),
                        "time" => assert!(
                            NaiveTime::parse_from_str(cell, "%H:%M:%S").is_ok(),
                            "{at}: not a time"
                        ),
                        other => panic!("{at}: unexpected type {other}"),
                    }
                }
            }
            assert!(rows > 0, "{name}: {file} has no rows");
        }
    }
}
