//! The directory's store: listings written by HSDS id, found by folded and stemmed words,
//! filtered, taken in turns. The same on SQLite and PostgreSQL.

use crate::helpers::test_db;
use chrono::{NaiveDate, NaiveTime, Weekday};
use guichet_domain::directory::*;
use guichet_store::directory::{self, Query};

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn lang(code: &str, name: &str) -> Language {
    Language {
        id: format!("lang-{code}"),
        name: Some(name.into()),
        code: Some(code.into()),
        note: None,
    }
}

fn address(street: &str, postcode: &str, city: &str) -> Address {
    Address {
        id: format!("addr-{postcode}-{street}"),
        address_1: street.into(),
        city: city.into(),
        state_province: "Namur".into(),
        postal_code: postcode.into(),
        country: "BE".into(),
        address_type: "physical".into(),
        ..Default::default()
    }
}

fn walk_in(id: &str, days: &[Weekday], opens: NaiveTime, closes: NaiveTime) -> Schedule {
    Schedule {
        id: id.into(),
        attending: Some(AccessMode::WalkIn),
        freq: Some("WEEKLY".into()),
        byday: days.to_vec(),
        opens_at: Some(opens),
        closes_at: Some(closes),
        ..Default::default()
    }
}

/// Three fictional places: a public digital space (EPN) in Namur, a CPAS in Namur and a
/// community health centre in Liège.
pub fn sample() -> Directory {
    let org = |id: &str, name: &str| Organization {
        id: id.into(),
        name: name.into(),
        description: format!("{name} (fictional)"),
        ..Default::default()
    };
    let loc = |id: &str, org: &str, a: Address, langs: Vec<Language>, wheelchair: bool| Location {
        id: id.into(),
        organization_id: Some(org.into()),
        location_type: "physical".into(),
        name: Some(a.address_1.clone()),
        addresses: vec![a],
        languages: langs,
        wheelchair: Some(wheelchair),
        latitude: Some(50.46),
        longitude: Some(4.86),
        ..Default::default()
    };
    let epn = Service {
        id: "svc-epn".into(),
        organization_id: Some("org-epn".into()),
        name: "Atelier smartphone".into(),
        description: Some(
            "Apprendre à utiliser son smartphone, pas à pas, en petit groupe.".into(),
        ),
        topics: vec!["aide-numerique--smartphone".into()],
        access: vec![AccessMode::WalkIn],
        free: Some(true),
        languages: vec![lang("fr", "français"), lang("ar", "arabe")],
        schedules: vec![
            walk_in("sch-1", &[Weekday::Tue, Weekday::Thu], t(9, 0), t(12, 0)),
            walk_in("sch-2", &[Weekday::Thu], t(13, 30), t(16, 0)),
        ],
        ..Default::default()
    };
    let cpas = Service {
        id: "svc-cpas".into(),
        organization_id: Some("org-cpas".into()),
        name: "Service social général".into(),
        description: Some("Aide sociale, revenu d'intégration, aide au logement.".into()),
        topics: vec!["difficultes-financieres--situation-dendettement-surendettement".into()],
        access: vec![AccessMode::Appointment, AccessMode::Phone],
        languages: vec![lang("fr", "français")],
        ..Default::default()
    };
    let mm = Service {
        id: "svc-mm".into(),
        organization_id: Some("org-mm".into()),
        name: "Maison médicale — permanence".into(),
        description: Some("Consultations de médecine générale, sans rendez-vous le matin.".into()),
        topics: vec!["sante--acces-aux-soins".into()],
        access: vec![AccessMode::WalkIn, AccessMode::Appointment],
        languages: vec![lang("fr", "français"), lang("nl", "néerlandais")],
        ..Default::default()
    };
    let sal = |id: &str, s: &str, l: &str| ServiceAtLocation {
        id: id.into(),
        service_id: s.into(),
        location_id: l.into(),
        ..Default::default()
    };
    Directory {
        organizations: vec![
            org("org-epn", "Espace public numérique de Namur"),
            org("org-cpas", "CPAS de Namur"),
            org("org-mm", "Maison médicale du Laveu"),
        ],
        services: vec![epn, cpas, mm],
        locations: vec![
            loc(
                "loc-epn",
                "org-epn",
                address("Rue de Fer 12", "5000", "Namur"),
                vec![],
                true,
            ),
            loc(
                "loc-cpas",
                "org-cpas",
                address("Rue de Dave 165", "5100", "Jambes"),
                vec![],
                false,
            ),
            loc(
                "loc-mm",
                "org-mm",
                address("Rue du Laveu 40", "4000", "Liège"),
                vec![],
                true,
            ),
        ],
        service_at_locations: vec![
            sal("sal-epn", "svc-epn", "loc-epn"),
            sal("sal-cpas", "svc-cpas", "loc-cpas"),
            sal("sal-mm", "svc-mm", "loc-mm"),
        ],
        ..Default::default()
    }
}

async fn names(db: &guichet_store::Db, q: &Query) -> Vec<String> {
    let mut n: Vec<String> = directory::search(db, q, 1)
        .await
        .unwrap()
        .into_iter()
        .map(|l| l.name)
        .collect();
    n.sort();
    n
}

#[tokio::test]
async fn a_search_finds_by_any_form_of_a_word_without_accents_in_three_languages() {
    let (db, _g) = test_db().await;
    let applied = directory::apply(&db, "test", "hsds-json", &sample(), 0)
        .await
        .unwrap();
    assert_eq!(applied.added, 12);
    let q = |text: &str| Query {
        text: text.into(),
        ..Default::default()
    };
    // Accents and case do not matter; a stem finds the other forms of the word.
    assert_eq!(names(&db, &q("SMARTPHONES")).await, ["Atelier smartphone"]);
    assert_eq!(names(&db, &q("utilisation")).await, ["Atelier smartphone"]);
    assert_eq!(
        names(&db, &q("medecine")).await,
        ["Maison médicale — permanence"]
    );
    // The start of a word while typing.
    assert_eq!(names(&db, &q("smartph")).await, ["Atelier smartphone"]);
    // The topic's label in Dutch finds it too.
    assert_eq!(names(&db, &q("leren werken")).await, ["Atelier smartphone"]);
    // Every word must match.
    assert!(names(&db, &q("smartphone logement")).await.is_empty());
    // Symbols typed are not search syntax.
    assert_eq!(
        names(&db, &q("\"smartphone\" *")).await,
        ["Atelier smartphone"]
    );
}

#[tokio::test]
async fn filters_narrow_by_topic_place_language_walk_in_free_and_wheelchair() {
    let (db, _g) = test_db().await;
    directory::apply(&db, "test", "hsds-json", &sample(), 0)
        .await
        .unwrap();
    let all = Query::default();
    assert_eq!(names(&db, &all).await.len(), 3);
    let by = |f: &dyn Fn(&mut Query)| {
        let mut q = Query::default();
        f(&mut q);
        q
    };
    assert_eq!(
        names(&db, &by(&|q| q.topic = Some("aide-numerique".into()))).await,
        ["Atelier smartphone"]
    );
    assert_eq!(
        names(
            &db,
            &by(&|q| q.topic = Some("sante--acces-aux-soins".into()))
        )
        .await,
        ["Maison médicale — permanence"]
    );
    assert_eq!(
        names(&db, &by(&|q| q.place = Some("5100".into()))).await,
        ["Service social général"]
    );
    assert_eq!(
        names(&db, &by(&|q| q.place = Some("LIEGE".into()))).await,
        ["Maison médicale — permanence"]
    );
    assert_eq!(
        names(&db, &by(&|q| q.language = Some("ar".into()))).await,
        ["Atelier smartphone"]
    );
    assert_eq!(
        names(&db, &by(&|q| q.walk_in = true)).await,
        ["Atelier smartphone", "Maison médicale — permanence"]
    );
    assert_eq!(
        names(&db, &by(&|q| q.free = true)).await,
        ["Atelier smartphone"]
    );
    assert_eq!(
        names(&db, &by(&|q| q.wheelchair = true)).await,
        ["Atelier smartphone", "Maison médicale — permanence"]
    );
}

#[tokio::test]
async fn importing_the_same_source_again_updates_and_never_duplicates() {
    let (db, _g) = test_db().await;
    let mut dir = sample();
    directory::apply(&db, "province", "hsds-json", &dir, 0)
        .await
        .unwrap();
    dir.services[0].name = "Atelier smartphone et tablette".into();
    dir.locations[0].addresses[0].postal_code = "5002".into();
    let again = directory::apply(&db, "province", "hsds-json", &dir, 10)
        .await
        .unwrap();
    assert_eq!((again.added, again.updated), (0, 12));
    assert_eq!(directory::count_services(&db).await.unwrap(), 3);
    let found = directory::search(
        &db,
        &Query {
            text: "tablette".into(),
            ..Default::default()
        },
        1,
    )
    .await
    .unwrap();
    assert_eq!(found.len(), 1, "one listing, not two");
    assert_eq!(found[0].postal_code.as_deref(), Some("5002"));
    // Only the location changed: its services' search rows follow it.
    let mut only_location = Directory::default();
    let mut moved = dir.locations[0].clone();
    moved.addresses[0].postal_code = "5004".into();
    only_location.locations.push(moved);
    directory::apply(&db, "province", "hsds-json", &only_location, 20)
        .await
        .unwrap();
    let found = directory::search(
        &db,
        &Query {
            place: Some("5004".into()),
            ..Default::default()
        },
        1,
    )
    .await
    .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, "Atelier smartphone et tablette");
    // What was stored comes back whole.
    let back = directory::load(&db).await.unwrap();
    assert_eq!(back.services.len(), 3);
    let epn = back.services.iter().find(|s| s.id == "svc-epn").unwrap();
    assert_eq!(epn.schedules.len(), 2);
    assert_eq!(epn.languages[1].code.as_deref(), Some("ar"));
}

#[tokio::test]
async fn equals_take_turns_at_the_top_from_day_to_day() {
    let (db, _g) = test_db().await;
    let mut dir = Directory::default();
    for i in 0..12 {
        dir.services.push(Service {
            id: format!("svc-{i}"),
            name: format!("Permanence numérique {i}"),
            ..Default::default()
        });
    }
    directory::apply(&db, "test", "hsds-json", &dir, 0)
        .await
        .unwrap();
    let mut firsts = std::collections::BTreeSet::new();
    for day in 0..30 {
        let found = directory::search(&db, &Query::default(), 20_000 + day)
            .await
            .unwrap();
        assert_eq!(found.len(), 12);
        firsts.insert(found[0].service_id.clone());
    }
    assert!(firsts.len() >= 4, "the same few always first: {firsts:?}");
}

#[tokio::test]
async fn a_closure_and_the_hours_travel_with_the_listing() {
    let (db, _g) = test_db().await;
    let mut dir = sample();
    dir.locations[0].closures.push(Closure {
        from: NaiveDate::from_ymd_opt(2026, 8, 3).unwrap(),
        to: NaiveDate::from_ymd_opt(2026, 8, 14).unwrap(),
        reason: "Travaux".into(),
    });
    directory::apply(&db, "test", "hsds-json", &dir, 0)
        .await
        .unwrap();
    let found = directory::search(
        &db,
        &Query {
            text: "atelier".into(),
            ..Default::default()
        },
        1,
    )
    .await
    .unwrap();
    assert_eq!(found[0].hours().unwrap().schedules.len(), 2);
    assert_eq!(found[0].hours().unwrap().closures[0].reason, "Travaux");
    assert!(found[0].free && found[0].wheelchair);
    assert_eq!(found[0].languages, ["ar", "fr"]);
}
