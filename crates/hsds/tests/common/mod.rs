//! What the tests share: the official HSDS and data·inclusion files (in the workspace's
//! `shared/testdata`), validators built from the official JSON Schemas with no network,
//! a fictional Belgian directory using guichet's own fields, and a normal form of a
//! directory to compare two of them.
#![allow(dead_code, clippy::unwrap_used)]

use chrono::{NaiveDate, NaiveTime, Weekday};
use guichet_domain::directory::*;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// `shared/testdata`: `GUICHET_TESTDATA` if set, else the first `shared/testdata` found
/// beside the repository or above it.
pub fn testdata() -> PathBuf {
    if let Ok(p) = std::env::var("GUICHET_TESTDATA") {
        return PathBuf::from(p);
    }
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in here.ancestors() {
        let candidate = dir.join("shared").join("testdata");
        if candidate.join("openreferral-hsds-3.0").is_dir() {
            return candidate;
        }
    }
    panic!(
        "shared/testdata/openreferral-hsds-3.0 not found above {}; set GUICHET_TESTDATA",
        here.display()
    );
}

pub fn hsds() -> PathBuf {
    testdata().join("openreferral-hsds-3.0")
}

pub fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// examples/*.json as (file name, text), sorted by name.
pub fn example_jsons() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(hsds().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                read(&p),
            )
        })
        .collect();
    out.sort();
    assert!(out.len() >= 12, "examples/*.json: {}", out.len());
    out
}

/// examples/csv/*: every file of the package, as (file name, text).
pub fn example_csv() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(hsds().join("examples").join("csv"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                read(&p),
            )
        })
        .collect();
    out.sort();
    out
}

pub fn fixture(name: &str) -> String {
    read(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
}

/// Reads the referenced schema files from the local copy, never from the network.
struct LocalSchemas(PathBuf);

impl jsonschema::Retrieve for LocalSchemas {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri
            .as_str()
            .rsplit('/')
            .next()
            .ok_or_else(|| format!("no file in {uri}"))?;
        let text = std::fs::read_to_string(self.0.join(name)).map_err(|e| format!("{uri}: {e}"))?;
        Ok(serde_json::from_str(&text)?)
    }
}

/// Validators of the official HSDS 3.0 schemas (draft 2020-12, formats checked).
pub struct Schemas {
    validators: HashMap<String, jsonschema::Validator>,
}

impl Schemas {
    pub fn load() -> Schemas {
        let dir = hsds().join("schema");
        let mut validators = HashMap::new();
        for name in [
            "service",
            "organization",
            "location",
            "service_at_location",
            "taxonomy",
            "taxonomy_term",
        ] {
            let file = format!("{name}.json");
            let schema: Value = serde_json::from_str(&read(&dir.join(&file))).unwrap();
            let v = jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .with_base_uri(format!("file:///hsds-3.0/schema/{file}"))
                .with_retriever(LocalSchemas(dir.clone()))
                .should_validate_formats(true)
                .build(&schema)
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            validators.insert(name.to_owned(), v);
        }
        Schemas { validators }
    }

    /// The errors of `value` against schema `name` (`service`…), as text.
    pub fn errors(&self, name: &str, value: &Value) -> Vec<String> {
        self.validators[name]
            .iter_errors(value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect()
    }

    pub fn assert_valid(&self, name: &str, value: &Value) {
        let errors = self.errors(name, value);
        assert!(
            errors.is_empty(),
            "{name} does not validate:\n{}\n{}",
            errors.join("\n"),
            serde_json::to_string_pretty(value).unwrap()
        );
    }
}

/// The directory sorted (records and their lists by id), to compare two imports.
pub fn normal(mut d: Directory) -> Directory {
    fn phones(p: &mut [Phone]) {
        for x in p.iter_mut() {
            x.languages.sort_by(|a, b| a.id.cmp(&b.id));
        }
        p.sort_by(|a, b| a.id.cmp(&b.id));
    }
    fn contacts(c: &mut [Contact]) {
        for x in c.iter_mut() {
            phones(&mut x.phones);
        }
        c.sort_by(|a, b| a.id.cmp(&b.id));
    }
    for o in &mut d.organizations {
        phones(&mut o.phones);
        contacts(&mut o.contacts);
        o.attributes.sort_by(|a, b| a.id.cmp(&b.id));
    }
    for s in &mut d.services {
        phones(&mut s.phones);
        contacts(&mut s.contacts);
        s.schedules.sort_by(|a, b| a.id.cmp(&b.id));
        s.service_areas.sort_by(|a, b| a.id.cmp(&b.id));
        s.languages.sort_by(|a, b| a.id.cmp(&b.id));
        s.cost_options.sort_by(|a, b| a.id.cmp(&b.id));
        s.required_documents.sort_by(|a, b| a.id.cmp(&b.id));
        s.attributes.sort_by(|a, b| a.id.cmp(&b.id));
        s.taxonomy_term_ids.sort();
    }
    for l in &mut d.locations {
        phones(&mut l.phones);
        l.languages.sort_by(|a, b| a.id.cmp(&b.id));
        l.schedules.sort_by(|a, b| a.id.cmp(&b.id));
        l.addresses.sort_by(|a, b| a.id.cmp(&b.id));
        l.accessibility.sort_by(|a, b| a.id.cmp(&b.id));
        l.attributes.sort_by(|a, b| a.id.cmp(&b.id));
    }
    for x in &mut d.service_at_locations {
        phones(&mut x.phones);
        contacts(&mut x.contacts);
        x.schedules.sort_by(|a, b| a.id.cmp(&b.id));
    }
    d.organizations.sort_by(|a, b| a.id.cmp(&b.id));
    d.services.sort_by(|a, b| a.id.cmp(&b.id));
    d.locations.sort_by(|a, b| a.id.cmp(&b.id));
    d.service_at_locations.sort_by(|a, b| a.id.cmp(&b.id));
    d.taxonomies.sort_by(|a, b| a.id.cmp(&b.id));
    d.taxonomy_terms.sort_by(|a, b| a.id.cmp(&b.id));
    d
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn hm(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

pub const CPAS_ID: &str = "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c1001";
pub const EPN_SERVICE_ID: &str = "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c2001";
pub const EPN_LOCATION_ID: &str = "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c3001";
pub const EPN_SAL_ID: &str = "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c4001";
pub const BUDGET_SERVICE_ID: &str = "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c2002";

/// A fictional CPAS in Namur with a digital-help desk that uses every field of guichet's
/// own (walk-in and phone, preferential welcome with an audience, a closure, topics, free,
/// check every 6 months, wheelchair access and a closure of the building), and a budget
/// service by appointment, exclusive to an audience.
pub fn fictional() -> Directory {
    let phone = Phone {
        id: "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c5001".into(),
        number: "+32 81 00 00 01".into(),
        extension: None,
        kind: Some("voice".into()),
        description: Some("Accueil".into()),
        languages: vec![Language {
            id: "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c6001".into(),
            name: Some("Français".into()),
            code: Some("fr".into()),
            note: None,
        }],
    };
    let walk_in = Schedule {
        id: "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c7001".into(),
        attending: Some(AccessMode::WalkIn),
        freq: Some("WEEKLY".into()),
        byday: vec![Weekday::Tue, Weekday::Thu],
        opens_at: hm(9, 30),
        closes_at: hm(12, 0),
        ..Schedule::default()
    };
    let monthly = Schedule {
        id: "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c7002".into(),
        freq: Some("MONTHLY".into()),
        byday: vec![Weekday::Mon],
        byday_raw: Some("1MO".into()),
        opens_at: hm(14, 0),
        closes_at: hm(16, 30),
        description: Some("Le premier lundi du mois, atelier itsme".into()),
        valid_from: Some(day(2026, 1, 1)),
        valid_to: Some(day(2026, 12, 31)),
        ..Schedule::default()
    };
    let epn = Service {
        id: EPN_SERVICE_ID.into(),
        organization_id: Some(CPAS_ID.into()),
        name: "Espace numérique du CPAS".into(),
        description: Some("Aide pour le smartphone, itsme et les démarches en ligne.".into()),
        url: Some("https://cpas.example.be/numerique".into()),
        email: Some("numerique@cpas.example.be".into()),
        status: ServiceStatus::Active,
        minimum_age: Some(16.0),
        last_checked: Some(day(2026, 3, 2)),
        check_every_months: Some(6),
        phones: vec![phone.clone()],
        schedules: vec![walk_in.clone(), monthly],
        languages: vec![Language {
            id: "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c6002".into(),
            name: Some("Nederlands".into()),
            code: Some("nl".into()),
            note: Some("Le mardi".into()),
        }],
        free: Some(true),
        topics: vec![
            "aide-numerique--smartphone".into(),
            "numerique--acceder-a-des-services-en-ligne".into(),
        ],
        access: vec![AccessMode::WalkIn, AccessMode::Phone],
        welcome: Welcome::Preferential,
        audience: Some("Personnes de plus de 60 ans".into()),
        closures: vec![Closure {
            from: day(2026, 7, 20),
            to: day(2026, 8, 14),
            reason: "Congés d'été".into(),
        }],
        attributes: vec![Attribute {
            id: "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c8001".into(),
            taxonomy_term_id: "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c9001".into(),
            value: Some("niveau débutant".into()),
        }],
        taxonomy_term_ids: vec!["0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c9002".into()],
        ..Service::default()
    };
    let budget = Service {
        id: BUDGET_SERVICE_ID.into(),
        organization_id: Some(CPAS_ID.into()),
        name: "Guidance budgétaire".into(),
        status: ServiceStatus::TemporarilyClosed,
        access: vec![AccessMode::Appointment, AccessMode::ReferralOnly],
        welcome: Welcome::Exclusive,
        audience: Some("Personnes aidées par le CPAS".into()),
        free: Some(false),
        cost_options: vec![CostOption {
            id: "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6ca001".into(),
            option: Some("Par dossier".into()),
            currency: Some("EUR".into()),
            amount: Some(12.5),
            ..CostOption::default()
        }],
        ..Service::default()
    };
    let location = Location {
        id: EPN_LOCATION_ID.into(),
        organization_id: Some(CPAS_ID.into()),
        location_type: "physical".into(),
        name: Some("CPAS de Namur — Jambes".into()),
        latitude: Some(50.4548),
        longitude: Some(4.8741),
        addresses: vec![Address {
            id: "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6cb001".into(),
            address_1: "Rue de l'Exemple 12".into(),
            city: "Namur".into(),
            state_province: "Namur".into(),
            postal_code: "5100".into(),
            country: "BE".into(),
            address_type: "physical".into(),
            ..Address::default()
        }],
        phones: vec![phone],
        schedules: vec![walk_in.clone()],
        wheelchair: Some(true),
        closures: vec![Closure {
            from: day(2026, 11, 2),
            to: day(2026, 11, 6),
            reason: String::new(),
        }],
        ..Location::default()
    };
    Directory {
        organizations: vec![Organization {
            id: CPAS_ID.into(),
            name: "CPAS de Namur (fictif)".into(),
            description: "Centre public d'action sociale, exemple fictif.".into(),
            website: Some("https://cpas.example.be".into()),
            ..Organization::default()
        }],
        services: vec![epn, budget],
        locations: vec![location],
        service_at_locations: vec![ServiceAtLocation {
            id: EPN_SAL_ID.into(),
            service_id: EPN_SERVICE_ID.into(),
            location_id: EPN_LOCATION_ID.into(),
            description: Some("Au rez-de-chaussée".into()),
            schedules: vec![walk_in],
            ..ServiceAtLocation::default()
        }],
        taxonomies: vec![Taxonomy {
            id: "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6cc001".into(),
            name: "Thèmes locaux".into(),
            description: "Une taxonomie fictive".into(),
            uri: Some("https://taxonomie.example.be".into()),
            version: Some("2".into()),
        }],
        taxonomy_terms: vec![
            TaxonomyTerm {
                id: "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c9001".into(),
                code: Some("niveau".into()),
                name: "Niveau".into(),
                description: "Le niveau demandé".into(),
                taxonomy_id: Some("0b1e6a8e-3c55-4d5e-9a57-2f8d2a6cc001".into()),
                ..TaxonomyTerm::default()
            },
            TaxonomyTerm {
                id: "0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c9002".into(),
                code: Some("numerique".into()),
                name: "Numérique".into(),
                description: "Aide numérique".into(),
                taxonomy_id: Some("0b1e6a8e-3c55-4d5e-9a57-2f8d2a6cc001".into()),
                ..TaxonomyTerm::default()
            },
        ],
    }
}
