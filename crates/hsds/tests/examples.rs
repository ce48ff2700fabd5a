//! The official HSDS 3.0 examples import with no problem, and what a user would look at
//! is right: names, the phone number, the schedule's days and hours, the language.

#![allow(clippy::unwrap_used)]

mod common;

use chrono::{NaiveDate, NaiveTime, Weekday};
use common::*;
use guichet_domain::directory::{Directory, ServiceStatus};
use guichet_hsds::{read_hsds_csv, read_hsds_json};

const SERVICE: &str = "ac148810-d857-441c-9679-408f346de14b";
const ORGANIZATION: &str = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
const LOCATION: &str = "3a19ff88-4620-4d17-9830-ac1d859eb5d5";
const SAL: &str = "e94c9f38-1e8f-4564-91d4-d53501ab1765";

fn import(name: &str) -> Directory {
    let text = read(&hsds().join("examples").join(name));
    let got = read_hsds_json(name, &text);
    assert!(got.problems.is_empty(), "{name}: {:#?}", got.problems);
    got.directory
}

fn counts(d: &Directory) -> [usize; 6] {
    [
        d.organizations.len(),
        d.services.len(),
        d.locations.len(),
        d.service_at_locations.len(),
        d.taxonomies.len(),
        d.taxonomy_terms.len(),
    ]
}

#[test]
fn every_json_example_imports_without_a_problem() {
    for (name, text) in example_jsons() {
        let got = read_hsds_json(&name, &text);
        assert!(got.problems.is_empty(), "{name}: {:#?}", got.problems);
    }
}

#[test]
fn each_json_example_brings_its_records() {
    // [organizations, services, locations, service_at_locations, taxonomies, terms]
    let expected = [
        ("base.json", [0, 0, 0, 0, 0, 0]),
        ("location.json", [0, 0, 1, 0, 0, 0]),
        ("organization_full.json", [1, 1, 1, 1, 1, 1]),
        ("organization_list.json", [1, 0, 0, 0, 0, 0]),
        ("service_at_location_full.json", [1, 1, 1, 1, 1, 1]),
        ("service_at_location_list.json", [1, 1, 1, 1, 0, 0]),
        ("service_full.json", [1, 1, 1, 1, 1, 1]),
        ("service_list.json", [1, 1, 0, 0, 0, 0]),
        ("tabular.json", [1, 1, 1, 1, 1, 1]),
        ("taxonomy.json", [0, 0, 0, 0, 1, 0]),
        ("taxonomy_list.json", [0, 0, 0, 0, 1, 0]),
        ("taxonomy_term.json", [0, 0, 0, 0, 1, 1]),
        ("taxonomy_term_list.json", [0, 0, 0, 0, 1, 1]),
    ];
    let names: Vec<String> = example_jsons().into_iter().map(|(n, _)| n).collect();
    for (name, _) in expected {
        assert!(
            names.iter().any(|n| n == name),
            "{name} is not in examples/"
        );
    }
    for (name, counts_expected) in expected {
        assert_eq!(counts(&import(name)), counts_expected, "{name}");
    }
}

#[test]
fn the_full_service_reads_as_a_person_would_see_it() {
    let d = import("service_full.json");
    let s = &d.services[0];
    assert_eq!(s.id, SERVICE);
    assert_eq!(s.name, "Community Counselling");
    assert_eq!(s.organization_id.as_deref(), Some(ORGANIZATION));
    assert_eq!(s.status, ServiceStatus::Active);
    assert_eq!(s.last_checked, NaiveDate::from_ymd_opt(2005, 1, 1));
    assert_eq!((s.minimum_age, s.maximum_age), (Some(12.0), Some(100.0)));
    assert_eq!(s.phones.len(), 1);
    assert_eq!(s.phones[0].number, "\"+44 1234 234567\"");
    assert_eq!(s.phones[0].extension, Some(100.0));
    assert_eq!(s.phones[0].kind.as_deref(), Some("voice"));
    assert_eq!(s.phones[0].languages[0].code.as_deref(), Some("ur"));
    let sched = &s.schedules[0];
    assert_eq!(sched.byday, [Weekday::Thu, Weekday::Fri]);
    assert_eq!(sched.byday_raw, None);
    assert_eq!(sched.freq.as_deref(), Some("WEEKLY"));
    assert_eq!(sched.opens_at, NaiveTime::from_hms_opt(10, 0, 0));
    assert_eq!(sched.closes_at, NaiveTime::from_hms_opt(18, 0, 0));
    assert_eq!((sched.interval, sched.count), (Some(1), Some(3)));
    assert_eq!(sched.attending, None);
    assert_eq!(
        sched.attending_type.as_deref(),
        Some("You can attend this service in-person or remotely via video conferencing")
    );
    assert_eq!(s.languages[0].code.as_deref(), Some("ur"));
    assert_eq!(s.languages[0].name.as_deref(), Some("Urdu"));
    assert_eq!(s.cost_options[0].amount, Some(35.0));
    assert_eq!(s.cost_options[0].currency.as_deref(), Some("gbp"));
    assert_eq!(s.free, None, "a cost of 35 is not free");
    assert_eq!(s.required_documents.len(), 1);
    assert_eq!(s.service_areas[0].extent_type.as_deref(), Some("geojson"));
    assert_eq!(s.contacts[0].name.as_deref(), Some("Ann Persona"));
    assert_eq!(s.contacts[0].phones.len(), 1);
    // The example's attribute has a value and a term of another taxonomy: kept as it is.
    assert_eq!(s.attributes.len(), 1);
    assert_eq!(
        s.attributes[0].taxonomy_term_id,
        "3f7b145d-84af-42d7-8fae-eaca714b02b2"
    );
    assert_eq!(s.attributes[0].value.as_deref(), Some("value"));
    assert!(s.topics.is_empty() && s.access.is_empty() && s.closures.is_empty());

    let o = &d.organizations[0];
    assert_eq!(o.name, "Example Organization Inc.");
    assert_eq!(o.website.as_deref(), Some("http://example.com"));
    assert_eq!(o.legal_status.as_deref(), Some("Limited Company"));
    assert_eq!(o.phones.len(), 1);
    assert_eq!(o.contacts.len(), 1);

    let l = &d.locations[0];
    assert_eq!(l.id, LOCATION);
    assert_eq!(l.name.as_deref(), Some("MyCity Civic Center"));
    assert_eq!(
        l.organization_id.as_deref(),
        Some(ORGANIZATION),
        "from organization.locations"
    );
    assert_eq!(l.addresses[0].city, "MyCity");
    assert_eq!(l.addresses[0].postal_code, "ABC 1234");
    assert_eq!(l.addresses[0].address_type, "postal");
    assert_eq!(l.accessibility.len(), 1);
    assert_eq!(l.schedules[0].byday, [Weekday::Thu, Weekday::Fri]);
    assert_eq!((l.latitude, l.longitude), (Some(100.0), Some(101.0)));

    let x = &d.service_at_locations[0];
    assert_eq!(
        (x.id.as_str(), x.service_id.as_str(), x.location_id.as_str()),
        (SAL, SERVICE, LOCATION)
    );
    assert_eq!(x.phones.len(), 1);
    assert_eq!(x.contacts.len(), 1);
    assert_eq!(x.schedules.len(), 1);

    let t = &d.taxonomy_terms[0];
    assert_eq!(t.name, "name");
    assert_eq!(
        t.taxonomy_id.as_deref(),
        Some("5c4d79d7-cc55-470e-9f1f-8cad074e4892")
    );
    assert_eq!(d.taxonomies[0].version.as_deref(), Some("version"));
}

#[test]
fn the_other_shapes_of_the_same_records_agree() {
    let full = normal(import("service_full.json"));
    // The organization seen from itself, and the service at its location seen from there.
    let from_org = normal(import("organization_full.json"));
    assert_eq!(from_org.services, full.services);
    assert_eq!(from_org.locations, full.locations);
    let from_sal = normal(import("service_at_location_full.json"));
    assert_eq!(from_sal.service_at_locations, full.service_at_locations);
    assert_eq!(from_sal.services[0].name, "Community Counselling");
    // A list holds brief records.
    let list = import("service_list.json");
    assert_eq!(list.services[0].name, "Community Counselling");
    assert!(list.services[0].phones.is_empty());
    assert_eq!(
        list.services[0].organization_id.as_deref(),
        Some(ORGANIZATION)
    );
    let loc = import("location.json");
    assert_eq!(
        loc.locations[0].schedules[0].opens_at,
        NaiveTime::from_hms_opt(10, 0, 0)
    );
}

#[test]
fn the_csv_package_imports_without_a_problem() {
    let got = read_hsds_csv(&example_csv());
    assert!(got.problems.is_empty(), "{:#?}", got.problems);
    let d = got.directory;
    assert_eq!(counts(&d), [1, 1, 1, 1, 1, 1]);
    let s = &d.services[0];
    assert_eq!(s.name, "Community Counselling");
    assert!(s
        .fees_description
        .as_deref()
        .unwrap_or_default()
        .contains("£50 per hour"));
    assert_eq!(s.phones[0].number, "\"+44 1234 234567\"");
    assert_eq!(
        s.phones[0].languages[0].code.as_deref(),
        Some("ur"),
        "languages.csv phone_id"
    );
    assert_eq!(s.schedules[0].byday, [Weekday::Thu, Weekday::Fri]);
    assert_eq!(s.schedules[0].opens_at, NaiveTime::from_hms_opt(10, 0, 0));
    assert_eq!(s.languages[0].code.as_deref(), Some("ur"));
    assert_eq!(s.cost_options[0].amount, Some(35.0));
    assert_eq!(
        s.contacts[0].phones[0].id,
        "1554f2e2-a373-45db-a3fa-9fc48a61c15e"
    );
    assert_eq!(s.service_areas.len(), 1);
    assert_eq!(s.required_documents.len(), 1);
    let l = &d.locations[0];
    assert_eq!(l.addresses[0].address_1, "1-30 Main Street");
    assert_eq!(l.phones.len(), 1);
    assert_eq!(l.schedules.len(), 1);
    assert_eq!(l.languages.len(), 1);
    assert_eq!(l.accessibility.len(), 1);
    let x = &d.service_at_locations[0];
    assert_eq!(x.phones.len(), 1);
    assert_eq!(x.schedules.len(), 1);
    assert!(
        x.contacts.is_empty(),
        "the contact names another service_at_location"
    );
    assert_eq!(d.organizations[0].phones.len(), 1);
    // The package's attribute links to no record of the package.
    assert!(s.attributes.is_empty());
    // The same package as one JSON object: the same directory.
    let tabular = import("tabular.json");
    assert_eq!(normal(tabular), normal(d));
}
