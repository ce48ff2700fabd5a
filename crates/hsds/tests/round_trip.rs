//! What guichet exports comes back the same: import → export (JSON or CSV) → import gives
//! the same directory, guichet's own fields included.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use guichet_domain::directory::{AccessMode, Directory, Welcome};
use guichet_hsds::*;

fn through_json(d: &Directory) -> Directory {
    let text = serde_json::to_string_pretty(&export_json(d)).unwrap();
    let back = read_hsds_json("export.json", &text);
    assert!(back.problems.is_empty(), "{:#?}", back.problems);
    back.directory
}

fn through_csv(d: &Directory) -> Directory {
    let back = read_hsds_csv(&export_csv(d));
    assert!(back.problems.is_empty(), "{:#?}", back.problems);
    back.directory
}

/// Every example, nested and tabular, in one directory.
fn examples() -> Directory {
    let mut all = Directory::default();
    for (name, text) in example_jsons() {
        let d = read_hsds_json(&name, &text).directory;
        for o in d.organizations {
            if !all.organizations.iter().any(|x| x.id == o.id) {
                all.organizations.push(o);
            }
        }
        for s in d.services {
            if !all.services.iter().any(|x| x.id == s.id) {
                all.services.push(s);
            }
        }
        for l in d.locations {
            if !all.locations.iter().any(|x| x.id == l.id) {
                all.locations.push(l);
            }
        }
        for x in d.service_at_locations {
            if !all.service_at_locations.iter().any(|y| y.id == x.id) {
                all.service_at_locations.push(x);
            }
        }
        for t in d.taxonomies {
            if !all.taxonomies.iter().any(|x| x.id == t.id) {
                all.taxonomies.push(t);
            }
        }
        for t in d.taxonomy_terms {
            if !all.taxonomy_terms.iter().any(|x| x.id == t.id) {
                all.taxonomy_terms.push(t);
            }
        }
    }
    all
}

#[test]
fn each_official_example_comes_back_the_same_through_json_and_csv() {
    for (name, text) in example_jsons() {
        let d = read_hsds_json(&name, &text).directory;
        assert_eq!(
            normal(through_json(&d)),
            normal(d.clone()),
            "{name} through JSON"
        );
        assert_eq!(normal(through_csv(&d)), normal(d), "{name} through CSV");
    }
    let csv = read_hsds_csv(&example_csv()).directory;
    assert_eq!(
        normal(through_json(&csv)),
        normal(csv.clone()),
        "csv package through JSON"
    );
    assert_eq!(
        normal(through_csv(&csv)),
        normal(csv),
        "csv package through CSV"
    );
    let all = examples();
    assert!(all.organizations.len() == 1 && all.taxonomies.len() == 1);
    assert_eq!(normal(through_json(&all)), normal(all.clone()));
    assert_eq!(normal(through_csv(&all)), normal(all));
}

#[test]
fn guichet_s_own_fields_survive_json_and_csv() {
    let d = fictional();
    for (how, back) in [("JSON", through_json(&d)), ("CSV", through_csv(&d))] {
        let s = back
            .services
            .iter()
            .find(|s| s.id == EPN_SERVICE_ID)
            .unwrap_or_else(|| panic!("{how}: the service is gone"));
        assert_eq!(s.access, [AccessMode::WalkIn, AccessMode::Phone], "{how}");
        assert_eq!(s.welcome, Welcome::Preferential, "{how}");
        assert_eq!(
            s.audience.as_deref(),
            Some("Personnes de plus de 60 ans"),
            "{how}"
        );
        assert_eq!(s.closures.len(), 1, "{how}");
        assert_eq!(s.closures[0].reason, "Congés d'été", "{how}");
        assert_eq!(
            s.topics,
            [
                "aide-numerique--smartphone",
                "numerique--acceder-a-des-services-en-ligne"
            ],
            "{how}"
        );
        assert_eq!(s.free, Some(true), "{how}");
        assert_eq!(s.check_every_months, Some(6), "{how}");
        assert_eq!(
            s.taxonomy_term_ids,
            ["0b1e6a8e-3c55-4d5e-9a57-2f8d2a6c9002"],
            "{how}"
        );
        assert_eq!(
            s.attributes.len(),
            1,
            "{how}: only the foreign attribute stays"
        );
        assert_eq!(s.schedules[1].byday_raw.as_deref(), Some("1MO"), "{how}");
        let l = &back.locations[0];
        assert_eq!(l.wheelchair, Some(true), "{how}");
        assert_eq!(l.closures.len(), 1, "{how}");
        assert!(
            !back.taxonomies.iter().any(|t| t.id == guichet::TAXONOMY_ID),
            "{how}: guichet's own taxonomy is not a taxonomy of the directory"
        );
        assert_eq!(back.taxonomy_terms.len(), 2, "{how}");
        assert_eq!(
            normal(back),
            normal(d.clone()),
            "{how}: the whole directory"
        );
    }
    // Twice around gives the same again.
    assert_eq!(normal(through_csv(&through_json(&d))), normal(d));
}

#[test]
fn a_data_inclusion_import_survives_hsds_with_uuids_for_its_ids() {
    let di = read_data_inclusion("di.json", &fixture("data-inclusion-namur.json")).directory;
    let back = through_csv(&through_json(&di));
    assert_eq!(back.services.len(), 2);
    assert!(back
        .services
        .iter()
        .all(|s| guichet_hsds::ids::is_uuid(&s.id)));
    let mut names: Vec<_> = back.services.iter().map(|s| s.name.clone()).collect();
    names.sort();
    assert_eq!(
        names,
        ["Aide aux démarches en ligne", "Apprivoiser son smartphone"]
    );
    let s = back
        .services
        .iter()
        .find(|s| s.name == "Apprivoiser son smartphone")
        .unwrap();
    assert_eq!(
        s.id,
        ids::out_id("service", "ville-de-namur--epn-smartphone")
    );
    assert_eq!(s.access, [AccessMode::WalkIn, AccessMode::Phone]);
    assert_eq!(s.schedules.len(), 2);
    assert_eq!(s.schedules[0].attending, Some(AccessMode::WalkIn));
    assert_eq!(s.topics.len(), 2);
    // A second pass changes nothing: the ids are UUIDs now and kept as they are.
    assert_eq!(normal(through_json(&back)), normal(back.clone()));
    assert_eq!(normal(through_csv(&back)), normal(back));
}
