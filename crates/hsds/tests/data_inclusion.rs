//! data·inclusion v1: a fictional EPN in Namur and two of its services become an
//! organization, its place, two services with their topics, ways in, price, hours and the
//! day they were last checked.

#![allow(clippy::unwrap_used)]

mod common;

use chrono::{NaiveDate, NaiveTime, Weekday};
use common::*;
use guichet_domain::directory::hours::Timetable;
use guichet_domain::directory::{AccessMode, Directory, Service, Welcome};
use guichet_hsds::read_data_inclusion;

fn namur() -> Directory {
    let got = read_data_inclusion("namur.json", &fixture("data-inclusion-namur.json"));
    assert!(got.problems.is_empty(), "{:#?}", got.problems);
    got.directory
}

fn service<'d>(d: &'d Directory, id: &str) -> &'d Service {
    d.services
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("{id} not imported"))
}

fn t(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

#[test]
fn the_structure_becomes_an_organization_and_its_place() {
    let d = namur();
    assert_eq!(d.organizations.len(), 1);
    let o = &d.organizations[0];
    assert_eq!(o.id, "ville-de-namur--epn-jambes");
    assert_eq!(o.name, "Espace public numérique de Jambes");
    assert_eq!(o.email.as_deref(), Some("epn.jambes@example.be"));
    assert_eq!(
        o.website.as_deref(),
        Some("https://www.example.be/namur/epn-jambes")
    );
    assert_eq!(o.phones[0].number, "+32 81 00 00 10");

    let l = d
        .locations
        .iter()
        .find(|l| l.id == "ville-de-namur--epn-jambes--lieu")
        .unwrap();
    assert_eq!(
        l.organization_id.as_deref(),
        Some("ville-de-namur--epn-jambes")
    );
    assert_eq!(l.location_type, "physical");
    assert_eq!((l.latitude, l.longitude), (Some(50.4548), Some(4.8741)));
    let a = &l.addresses[0];
    assert_eq!(a.address_1, "Rue de l'Exemple 12");
    assert_eq!(a.address_2.as_deref(), Some("Rez-de-chaussée"));
    assert_eq!((a.postal_code.as_str(), a.city.as_str()), ("5100", "Namur"));
    assert_eq!(
        (a.country.as_str(), a.state_province.as_str()),
        ("BE", "Namur")
    );
    assert!(l.accessibility[0]
        .url
        .as_deref()
        .unwrap()
        .starts_with("https://acceslibre"));
    // Mo-Fr 09:00-12:00,13:30-17:00: two walk-in rows for the five weekdays.
    assert_eq!(l.schedules.len(), 2);
    for s in &l.schedules {
        assert_eq!(s.attending, Some(AccessMode::WalkIn));
        assert_eq!(
            s.byday,
            [
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri
            ]
        );
    }
    assert_eq!(
        (l.schedules[0].opens_at, l.schedules[0].closes_at),
        (t(9, 0), t(12, 0))
    );
    assert_eq!(
        (l.schedules[1].opens_at, l.schedules[1].closes_at),
        (t(13, 30), t(17, 0))
    );
    // Open on a Wednesday afternoon (4 March 2026), not on a Saturday.
    let hours = Timetable::new(&l.schedules, &l.closures);
    let at = |d: u32, h: u32| {
        NaiveDate::from_ymd_opt(2026, 3, d)
            .unwrap()
            .and_time(t(h, 0).unwrap())
    };
    assert!(hours.is_open(at(4, 15), Some(AccessMode::WalkIn)));
    assert!(!hours.is_open(at(7, 10), Some(AccessMode::WalkIn)));
}

#[test]
fn the_smartphone_workshop_is_free_walk_in_or_phone_for_seniors() {
    let d = namur();
    let s = service(&d, "ville-de-namur--epn-smartphone");
    assert_eq!(s.name, "Apprivoiser son smartphone");
    assert_eq!(
        s.organization_id.as_deref(),
        Some("ville-de-namur--epn-jambes")
    );
    assert_eq!(
        s.topics,
        [
            "numerique--maitriser-les-fondamentaux-du-numerique",
            "aide-numerique--smartphone"
        ]
    );
    assert_eq!(s.access, [AccessMode::WalkIn, AccessMode::Phone]);
    assert_eq!(s.free, Some(true));
    assert_eq!(s.last_checked, NaiveDate::from_ymd_opt(2026, 3, 2));
    assert_eq!(s.welcome, Welcome::Exclusive);
    assert_eq!(
        s.audience.as_deref(),
        Some("Séniors : Personnes de plus de 60 ans, débutantes")
    );
    assert_eq!(
        s.eligibility_description.as_deref(),
        Some("Apporter son smartphone si on en a un")
    );
    assert!(s
        .application_process
        .as_deref()
        .unwrap()
        .starts_with("Se présenter"));
    assert_eq!(s.contacts[0].name.as_deref(), Some("Claire Exemple"));
    assert_eq!(s.phones[0].number, "+32 81 00 00 10");
    assert_eq!(s.email.as_deref(), Some("epn.jambes@example.be"));
    assert_eq!(
        s.url.as_deref(),
        Some("https://www.example.be/namur/epn-jambes/smartphone")
    );
    assert_eq!(s.service_areas[0].name.as_deref(), Some("92094"));
    // Tu 14:00-16:00; Th 09:30-11:30
    let rows: Vec<_> = s
        .schedules
        .iter()
        .map(|r| (r.byday.clone(), r.opens_at, r.closes_at, r.attending))
        .collect();
    assert_eq!(
        rows,
        [
            (
                vec![Weekday::Tue],
                t(14, 0),
                t(16, 0),
                Some(AccessMode::WalkIn)
            ),
            (
                vec![Weekday::Thu],
                t(9, 30),
                t(11, 30),
                Some(AccessMode::WalkIn)
            ),
        ]
    );
    assert_eq!(
        s.schedules[0].id,
        "ville-de-namur--epn-smartphone--horaires-1"
    );
    // Offered at the EPN.
    let sal: Vec<_> = d
        .service_at_locations
        .iter()
        .filter(|x| x.service_id == s.id)
        .collect();
    assert_eq!(sal.len(), 1);
    assert_eq!(sal[0].location_id, "ville-de-namur--epn-jambes--lieu");
}

#[test]
fn the_online_help_is_paid_online_and_at_its_own_address() {
    let d = namur();
    let s = service(&d, "ville-de-namur--demarches-en-ligne");
    assert_eq!(
        s.topics,
        [
            "numerique--acceder-a-des-services-en-ligne",
            "aide-numerique--itsme-eid"
        ]
    );
    assert_eq!(s.access, [AccessMode::Online]);
    assert_eq!(s.free, Some(false));
    assert_eq!(
        s.fees_description.as_deref(),
        Some("2 € par séance, gratuit avec la carte CPAS")
    );
    assert_eq!(
        s.last_checked,
        NaiveDate::from_ymd_opt(2026, 1, 15),
        "a date-time's day"
    );
    assert_eq!(s.welcome, Welcome::Everyone);
    assert_eq!(s.audience, None);
    assert_eq!(s.eligibility_description.as_deref(), Some("Adultes"));
    assert_eq!(
        s.url.as_deref(),
        Some("https://www.example.be/namur/epn-jambes/rendez-vous")
    );
    assert!(
        s.schedules.is_empty(),
        "no hours of its own: the place's apply"
    );
    let x = d
        .service_at_locations
        .iter()
        .find(|x| x.service_id == s.id)
        .unwrap();
    let l = d.locations.iter().find(|l| l.id == x.location_id).unwrap();
    assert_eq!(l.id, "ville-de-namur--demarches-en-ligne--lieu");
    assert_eq!(l.addresses[0].address_1, "Place de l'Exemple 1");
    assert_eq!(l.addresses[0].postal_code, "5000");
    assert_eq!(
        l.organization_id.as_deref(),
        Some("ville-de-namur--epn-jambes")
    );
}

#[test]
fn values_outside_the_vocabularies_and_unreadable_hours_are_problems() {
    let text = r#"[
  {"id": "s1", "structure_id": "x", "nom": "Atelier CV", "description": "Atelier",
   "thematiques": ["numerique--nope"]},
  {"id": "s2", "structure_id": "x", "nom": "Permanence", "description": "Une permanence",
   "horaires_accueil": "lundi 9h-12h"},
  {"id": "s3", "structure_id": "x", "description": "Sans nom",
   "modes_mobilisation": ["envoyer-un-pigeon"]},
  {"id": "s4", "structure_id": "x", "nom": "Orientation", "description": "Pour les pros",
   "mobilisable_par": ["professionnels"], "modes_mobilisation": ["telephoner"],
   "modes_accueil": ["a-distance"], "frais": "gratuit", "date_maj": "2026-02-30"},
  {"id": "s5", "structure_id": "x", "nom": "Orientation bis", "description": "Pour tous",
   "mobilisable_par": ["professionnels", "usagers"], "modes_accueil": ["a-distance"]},
  42
]"#;
    let got = read_data_inclusion("bad.json", text);
    let found: Vec<(Option<usize>, &str)> = got
        .problems
        .iter()
        .map(|p| (p.line, p.place.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (Some(13), "[5]"),
            (Some(3), "[0].thematiques"),
            (Some(5), "[1].horaires_accueil"),
            (Some(6), "[2].nom"),
            (Some(7), "[2].modes_mobilisation"),
            (Some(10), "[3].date_maj"),
        ],
        "{:#?}",
        got.problems
    );
    assert!(got.problems[1].message.contains("\"numerique--nope\""));
    assert!(got.problems[2]
        .message
        .contains("OpenStreetMap opening_hours"));
    assert!(got.problems[4].message.contains("se-presenter"));
    let d = got.directory;
    let ids: Vec<&str> = d.services.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["s5"]);
    // Only professionals can mobilise s4 (left out here for its date): referral only.
    let fixed = text.replace("2026-02-30", "2026-02-28");
    let d = read_data_inclusion("fixed.json", &fixed).directory;
    let s4 = service(&d, "s4");
    assert_eq!(s4.access, [AccessMode::ReferralOnly]);
    assert_eq!(s4.free, Some(true));
    assert!(
        d.service_at_locations.is_empty(),
        "no place known for structure x"
    );
    let s5 = service(&d, "s5");
    assert_eq!(s5.access, [AccessMode::Online], "a-distance");
}
