//! Person files at the data layer: creation with little information, and the likely
//! matches shown before a new file is created (reception issue, in progress).

use crate::helpers::test_db;
use guichet_domain::matching::Reason;
use guichet_domain::niss::Niss;
use guichet_domain::org::PhoneNumber;
use guichet_domain::person::{PartialDate, PhoneKind};
use guichet_domain::{Actor, Role};
use guichet_store::persons::{self, NewPerson};
use guichet_store::{users, Db, StoreError};

async fn actor(db: &Db, username: &str) -> Actor {
    let id = users::find_for_login(db, username)
        .await
        .unwrap()
        .unwrap()
        .id;
    users::actor(db, id, crate::helpers::start_timestamp())
        .await
        .unwrap()
}

fn named(given: &str, family: &str) -> NewPerson {
    NewPerson {
        given_names: given.into(),
        family_name: family.into(),
        ..Default::default()
    }
}

#[tokio::test]
async fn a_file_needs_only_a_name_and_a_phone() {
    let (db, _dir) = test_db().await;
    guichet::demo::seed(&db, 0).await.unwrap();
    let desk = actor(&db, "accueil").await;
    let mut p = named("", "Ayaan");
    let phone = PhoneNumber::parse("0470 12 34 56").unwrap();
    p.phones
        .push((phone.clone(), PhoneKind::guess(&phone), String::new()));
    let id = persons::create(&db, &desk, &p, desk.teams[0], 10)
        .await
        .unwrap();
    let (found, why) = persons::get(&db, &desk, id).await.unwrap();
    assert_eq!(found.full_name(), "Ayaan");
    assert_eq!(why, vec![desk.teams[0]]);
}

#[tokio::test]
async fn files_are_created_only_by_front_line_staff_for_their_own_team() {
    let (db, _dir) = test_db().await;
    guichet::demo::seed(&db, 0).await.unwrap();
    let desk = actor(&db, "accueil").await;
    let nurse = actor(&db, "soins").await;
    let admin = actor(&db, "admin").await;
    let p = named("Test", "Personne");
    assert!(matches!(
        persons::create(&db, &desk, &p, nurse.teams[0], 0).await,
        Err(StoreError::Forbidden)
    ));
    assert!(matches!(
        persons::create(&db, &admin, &p, desk.teams[0], 0).await,
        Err(StoreError::Forbidden)
    ));
    assert!(admin.person_access() == guichet_domain::PersonAccess::None);
    assert!(!admin.has(Role::Reception));
}

#[tokio::test]
async fn likely_matches_ignore_accents_case_and_name_order_and_allow_a_typo() {
    let (db, _dir) = test_db().await;
    guichet::demo::seed(&db, 0).await.unwrap();
    let desk = actor(&db, "accueil").await; // follows Josiane Lambert in the demo
    for (given, family, reason) in [
        ("Josiane", "Lambert", Reason::SameName),
        ("LAMBERT", "josiane", Reason::SameName),
        ("Jösiane", "Lambért", Reason::SameName),
        ("Josianne", "Lambert", Reason::SimilarName),
    ] {
        let (visible, _) = persons::find_candidates(&db, &desk, &named(given, family))
            .await
            .unwrap();
        let hit = visible
            .iter()
            .find(|c| c.family_name == "Lambert" && c.given_names == "Josiane");
        assert!(
            hit.is_some_and(|c| c.reasons.contains(&reason)),
            "{given} {family}: {visible:?}"
        );
    }
    let (visible, hidden) =
        persons::find_candidates(&db, &desk, &named("Marc", "Totalement-Inconnu"))
            .await
            .unwrap();
    assert!(visible.is_empty() && hidden == 0);
}

#[tokio::test]
async fn the_same_phone_or_national_number_is_a_match_whatever_the_name() {
    let (db, _dir) = test_db().await;
    guichet::demo::seed(&db, 0).await.unwrap();
    let desk = actor(&db, "accueil").await;
    let phone = PhoneNumber::parse("010 88 77 66").unwrap();
    let niss = Niss::parse("85073003328", 2026).unwrap();
    let mut first = named("Rosa", "Martins");
    first
        .phones
        .push((phone.clone(), PhoneKind::Landline, "sa fille".into()));
    first.niss = Some(niss.clone());
    first.birth = PartialDate {
        year: Some(1985),
        month: Some(7),
        day: Some(30),
    };
    let id = persons::create(&db, &desk, &first, desk.teams[0], 0)
        .await
        .unwrap();

    let mut by_phone = named("Ana", "Silva");
    by_phone
        .phones
        .push((phone, PhoneKind::Landline, String::new()));
    let (visible, _) = persons::find_candidates(&db, &desk, &by_phone)
        .await
        .unwrap();
    assert_eq!(visible.len(), 1);
    assert_eq!(visible[0].id, id);
    assert_eq!(visible[0].reasons, vec![Reason::SamePhone]);

    let mut by_niss = named("R.", "Martins-Costa");
    by_niss.niss = Some(niss);
    by_niss.birth = first.birth;
    let (visible, _) = persons::find_candidates(&db, &desk, &by_niss)
        .await
        .unwrap();
    assert_eq!(visible[0].id, id);
    assert!(visible[0].reasons.contains(&Reason::SameNiss));
    assert!(visible[0].reasons.contains(&Reason::SameBirthDate));
}

#[tokio::test]
async fn matches_in_files_one_may_not_see_are_counted_but_not_shown() {
    let (db, _dir) = test_db().await;
    guichet::demo::seed(&db, 0).await.unwrap();
    let nurse = actor(&db, "soins").await; // does not follow Josiane Lambert
    let (visible, hidden) = persons::find_candidates(&db, &nurse, &named("Josiane", "Lambert"))
        .await
        .unwrap();
    assert!(visible.is_empty());
    assert_eq!(hidden, 1);
}

mod screens {
    use crate::helpers::{location, spawn_app};
    use guichet_domain::Role;
    use reqwest::StatusCode;

    #[tokio::test]
    async fn reception_finds_a_person_by_name_in_any_order_without_accents() {
        let app = spawn_app().await;
        let desk = app.signed_in(Role::Reception).await;
        let (status, html) = desk.html("/persons?q=lambert+josiane").await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("Josiane Lambert"), "{html}");
        let (_, html) = desk.html("/persons?q=yilmaz").await;
        assert!(html.contains("Ahmet Yılmaz"));
        let (_, html) = desk.html("/persons?q=zzzz").await;
        assert!(html.contains("Aucune personne trouvée"));
        assert!(
            html.contains("/persons/new?q=zzzz"),
            "offers to register what was searched"
        );
    }

    #[tokio::test]
    async fn a_person_is_registered_with_only_a_name_and_a_phone() {
        let app = spawn_app().await;
        let desk = app.signed_in(Role::Reception).await;
        let r = desk
            .post(
                "/persons/new",
                &[("family_name", "Ayaan"), ("phone", "0470/12.34.56")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let to = location(&r);
        assert!(to.ends_with("?created=1"), "{to}");
        let (_, html) = desk.html(&to).await;
        assert!(html.contains("<h1>Ayaan</h1>"));
        assert!(html.contains("0470 12 34 56 (GSM)"));
        assert!(html.contains("Le dossier est créé."));
    }

    #[tokio::test]
    async fn a_registration_with_mistakes_keeps_every_value() {
        let app = spawn_app().await;
        let desk = app.signed_in(Role::Reception).await;
        let r = desk
            .post(
                "/persons/new",
                &[
                    ("usual_name", ""),
                    ("birth_day", "31"),
                    ("birth_month", "2"),
                    ("birth_year", "1958"),
                    ("niss", "85.07.30-033.27"),
                    ("phone_holder", "sa fille"),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = r.text().await.unwrap();
        for anchor in ["#family_name", "#birth_day", "#niss", "#reach"] {
            assert!(html.contains(&format!("href=\"{anchor}\"")), "{anchor}");
        }
        for kept in [
            "value=\"31\"",
            "value=\"1958\"",
            "value=\"85.07.30-033.27\"",
            "value=\"sa fille\"",
        ] {
            assert!(html.contains(kept), "{kept}");
        }
    }

    #[tokio::test]
    async fn a_likely_duplicate_is_shown_before_a_new_file_is_created() {
        let app = spawn_app().await;
        let desk = app.signed_in(Role::Reception).await;
        let typed = [
            ("given_names", "Josianne"),
            ("family_name", "LAMBERT"),
            ("phone", "010 11 22 33"),
        ];
        let r = desk.post("/persons/new", &typed).await;
        assert_eq!(r.status(), StatusCode::OK);
        let html = r.text().await.unwrap();
        assert!(html.contains("Est-ce la même personne ?"));
        assert!(html.contains("Josiane Lambert") && html.contains("nom proche"));

        // "Correct what I typed" brings the form back, filled in.
        let mut edit = typed.to_vec();
        edit.push(("edit", "1"));
        let html = desk.post("/persons/new", &edit).await.text().await.unwrap();
        assert!(html.contains("value=\"Josianne\"") && html.contains("value=\"010 11 22 33\""));

        // "None of these" creates the file after all.
        let mut confirmed = typed.to_vec();
        confirmed.push(("confirmed", "1"));
        let r = desk.post("/persons/new", &confirmed).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let (_, html) = desk.html(&location(&r)).await;
        assert!(html.contains("Josianne LAMBERT"));
    }

    #[tokio::test]
    async fn only_front_line_staff_reach_the_person_screens() {
        let app = spawn_app().await;
        for role in [Role::Admin, Role::Dpo, Role::Coordinator] {
            let b = app.signed_in(role).await;
            assert_eq!(
                b.get("/persons").await.status(),
                StatusCode::FORBIDDEN,
                "{role:?}"
            );
            let r = b
                .post(
                    "/persons/new",
                    &[("family_name", "X"), ("phone", "0470123456")],
                )
                .await;
            assert_eq!(r.status(), StatusCode::FORBIDDEN, "{role:?}");
            assert!(
                !b.html("/home").await.1.contains("href=\"/persons\""),
                "{role:?} has no Persons menu"
            );
        }
    }
}

mod contact {
    use crate::helpers::{location, spawn_app};
    use guichet_domain::Role;
    use reqwest::StatusCode;

    async fn lambert_id(desk: &crate::helpers::Browser) -> String {
        crate::helpers::find_person(desk, "josiane+lambert").await
    }

    #[tokio::test]
    async fn contact_preferences_are_recorded_and_shown_in_plain_words() {
        let app = spawn_app().await;
        let desk = app.signed_in(Role::Reception).await;
        let id = lambert_id(&desk).await;
        let (_, html) = desk.html(&format!("/persons/{id}")).await;
        assert!(html.contains("Pas encore de préférence"));

        let mut form = vec![
            ("channel_1", "paper-letter"),
            ("channel_2", "landline"),
            ("language", "fr"),
            ("needs", "reading-difficulty"),
            ("needs", "no-itsme"),
            ("address_kind", "unknown"),
        ];
        let r = desk.post(&format!("/persons/{id}/contact"), &form).await;
        assert_eq!(
            r.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "a letter needs an address"
        );
        let html = r.text().await.unwrap();
        assert!(html.contains("href=\"#address_kind\""));
        assert!(
            html.contains("value=\"paper-letter\" selected"),
            "choices kept"
        );
        assert!(html.contains("value=\"no-itsme\" checked"));

        form[5] = ("address_kind", "belgian");
        form.extend([
            ("street", "Rue des Glycines 4"),
            ("postcode", "1300"),
            ("municipality", "Wavre"),
        ]);
        let r = desk.post(&format!("/persons/{id}/contact"), &form).await;
        assert_eq!(location(&r), format!("/persons/{id}"));
        let (_, html) = desk.html(&format!("/persons/{id}")).await;
        for line in [
            // Where the letter goes, and the number to dial when there is one.
            "D&#39;abord : courrier papier : Rue des Glycines 4, 1300 Wavre.",
            "Sinon : appel sur le téléphone fixe.",
            "Lit difficilement : utiliser la version facile à lire.",
            "Langue : français.",
            "Rue des Glycines 4<br>1300 Wavre",
        ] {
            assert!(html.contains(line), "{line}");
        }
        let (_, html) = desk.html(&format!("/persons/{id}?lang=nl")).await;
        assert!(html.contains("Eerst: brief op papier: Rue des Glycines 4, 1300 Wavre."));
    }

    #[tokio::test]
    async fn another_language_adds_the_interpreter_need() {
        let app = spawn_app().await;
        let desk = app.signed_in(Role::Reception).await;
        let id = lambert_id(&desk).await;
        let form = [
            ("channel_1", "walk-in-only"),
            ("language", "other"),
            ("language_other", "tigrinya"),
            ("address_kind", "unknown"),
        ];
        assert_eq!(
            desk.post(&format!("/persons/{id}/contact"), &form)
                .await
                .status(),
            StatusCode::SEE_OTHER
        );
        let (_, html) = desk.html(&format!("/persons/{id}")).await;
        assert!(html.contains("Langue : tigrinya. Prévoir un interprète."));
        assert!(html.contains("A besoin d&#39;un interprète."));
    }

    #[tokio::test]
    async fn another_team_cannot_read_or_change_how_to_reach_someone() {
        let app = spawn_app().await;
        let desk = app.signed_in(Role::Reception).await;
        let id = lambert_id(&desk).await;
        let nurse = app.signed_in(Role::HealthWorker).await;
        assert_eq!(
            nurse.get(&format!("/persons/{id}/contact")).await.status(),
            StatusCode::NOT_FOUND
        );
        let r = nurse
            .post(
                &format!("/persons/{id}/contact"),
                &[("channel_1", "sms"), ("address_kind", "unknown")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
        let (_, html) = desk.html(&format!("/persons/{id}")).await;
        assert!(html.contains("Pas encore de préférence"), "nothing changed");
    }

    #[tokio::test]
    async fn the_postcode_fills_in_the_municipality_and_points_out_a_mismatch() {
        let app = spawn_app().await;
        let desk = app.signed_in(Role::Reception).await;
        let id = lambert_id(&desk).await;
        let url = format!("/persons/{id}/contact");
        let form = |postcode: &'static str, municipality: &'static str| {
            vec![
                ("channel_1", "paper-letter"),
                ("address_kind", "belgian"),
                ("street", "Rue des Glycines 4"),
                ("postcode", postcode),
                ("municipality", municipality),
            ]
        };

        // One place for the postcode: left empty, it is filled in.
        let r = desk.post(&url, &form("4700", "")).await;
        assert_eq!(location(&r), format!("/persons/{id}"));
        let (_, html) = desk.html(&format!("/persons/{id}")).await;
        assert!(
            html.contains("Rue des Glycines 4<br>4700 Eupen"),
            "filled in"
        );

        // Several places: the desk is asked which one, and keeps what it typed.
        let r = desk.post(&url, &form("1300", "")).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = r.text().await.unwrap();
        assert!(
            html.contains("href=\"#municipality\""),
            "summary links to the field"
        );
        assert!(
            html.contains("Limal") && html.contains("Wavre"),
            "the choices are named"
        );
        assert!(html.contains("value=\"Rue des Glycines 4\""));

        // Another name of the place, in another language and without accents, is fine.
        let r = desk.post(&url, &form("8000", "bruges")).await;
        assert_eq!(location(&r), format!("/persons/{id}"));

        // A municipality of another postcode is pointed out...
        let r = desk.post(&url, &form("1300", "Namur")).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = r.text().await.unwrap();
        assert!(html.contains("ne correspond pas au code postal 1300"));
        assert!(html.contains("value=\"Namur\""), "kept as typed");
        assert!(
            html.contains("name=\"municipality_confirmed\""),
            "can be kept"
        );
        // ...and kept when the desk confirms the address is right.
        let mut confirmed = form("1300", "Namur");
        confirmed.push(("municipality_confirmed", "1"));
        let r = desk.post(&url, &confirmed).await;
        assert_eq!(location(&r), format!("/persons/{id}"));
        let (_, html) = desk.html(&format!("/persons/{id}")).await;
        assert!(html.contains("1300 Namur"));
    }

    #[tokio::test]
    async fn the_page_says_when_the_first_choice_cannot_be_used() {
        let app = spawn_app().await;
        let desk = app.signed_in(Role::Reception).await;
        let id = lambert_id(&desk).await; // no phone, no email in the demo
        let url = format!("/persons/{id}/contact");
        let mut form = vec![
            ("channel_1", "email"),
            ("channel_2", "paper-letter"),
            ("address_kind", "belgian"),
            ("street", "Rue des Glycines 4"),
            ("postcode", "1300"),
            ("municipality", "Wavre"),
        ];
        desk.post(&url, &form).await;
        let (_, html) = desk.html(&format!("/persons/{id}")).await;
        assert!(
            html.contains("Le dossier ne permet pas encore « e-mail » : les messages partiront par courrier papier."),
            "{html}"
        );
        form.truncate(1);
        form.push(("address_kind", "unknown"));
        desk.post(&url, &form).await;
        let (_, html) = desk.html(&format!("/persons/{id}")).await;
        assert!(html.contains("Le dossier ne permet aucun de ces moyens"));
    }
}
