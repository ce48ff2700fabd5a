//! The person's journal: compartments, private notes, tags and the link to a request,
//! as the social worker, the nurse and reception see them (journey J3, notes part).

use crate::helpers::{location, spawn_app, Browser, TestApp};
use guichet_domain::ids::PersonId;
use guichet_domain::note::{Compartment, Tags};
use guichet_domain::user::{DisplayName, Username};
use guichet_domain::{Actor, Role, RoleSet};
use guichet_store::notes::{self, NewNote, NoteFilter};
use guichet_store::{persons, users, StoreError};
use reqwest::StatusCode;

const BILLS: &str = "difficultes-financieres--ameliorer-sa-gestion-budgetaire";
const BILLS_LABEL: &str = "Améliorer sa gestion budgétaire";

async fn actor(app: &TestApp, username: &str) -> Actor {
    let id = users::find_for_login(&app.db, username)
        .await
        .unwrap()
        .unwrap()
        .id;
    users::actor(&app.db, id, app.now()).await.unwrap()
}

/// A demo person, found as `who` finds them.
async fn person(app: &TestApp, who: &Actor, name: &str) -> PersonId {
    persons::search(&app.db, who, name, 5).await.unwrap()[0].id
}

/// Mohamed El Amrani: followed by the social service and by home care in the demo.
async fn shared_person(app: &TestApp) -> PersonId {
    let social = actor(app, "social").await;
    let nurse = actor(app, "soins").await;
    let id = person(app, &social, "El Amrani").await;
    assert!(persons::get(&app.db, &nurse, id).await.is_ok());
    id
}

/// Records a request for the person through the social worker's screens; its page's path.
async fn new_request(b: &Browser, person: PersonId) -> String {
    let r = b
        .post(
            &format!("/persons/{person}/requests/new"),
            &[
                ("description", "Retard de loyer"),
                ("topic", BILLS),
                ("channel", "walk-in"),
                ("urgency", "normal"),
                ("team", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    location(&r)
}

async fn add_note(b: &Browser, person: PersonId, form: &[(&str, &str)]) -> reqwest::Response {
    b.post(&format!("/persons/{person}/notes/new"), form).await
}

#[tokio::test]
async fn a_social_worker_writes_a_tagged_note_about_a_request_and_finds_it_again() {
    let app = spawn_app().await;
    let social = app.signed_in(Role::SocialWorker).await;
    let id = shared_person(&app).await;
    let request = new_request(&social, id).await;
    let rid = request.trim_start_matches("/requests/");

    // From the request page, the form comes with the request already chosen.
    let (_, html) = social.html(&request).await;
    let add = format!("/persons/{id}/notes/new?request={rid}");
    assert!(html.contains(&add), "{html}");
    let (status, form) = social.html(&add).await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains(&format!("<option value=\"{rid}\" selected>")));
    assert!(
        form.contains("value=\"social\" checked"),
        "social by default"
    );
    assert!(!form.contains("value=\"health\""), "no health choice");

    let r = add_note(
        &social,
        id,
        &[
            (
                "body",
                "Propriétaire contacté.\nPlan de paiement en trois mois.",
            ),
            ("compartment", "social"),
            ("tags", "Loyer, plan de paiement, loyer"),
            ("request", rid),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let journal = location(&r);
    let (_, html) = social.html(&journal).await;
    assert!(html.contains("La note est enregistrée."));
    assert!(html.contains("Plan de paiement en trois mois."));

    let (_, page) = social.html(&format!("/persons/{id}")).await;
    assert!(page.contains("id=\"journal-title\""));
    assert!(page.contains("Propriétaire contacté."));
    assert!(page.contains("Thomas Claes"), "the author");
    assert!(page.contains(&format!("<a href=\"/requests/{rid}\">{BILLS_LABEL}</a>")));
    assert!(page.contains(&format!("/persons/{id}/notes?tag=Loyer\">Loyer</a>")));
    assert_eq!(page.matches(">Loyer</a>").count(), 1, "a tag appears once");
    assert!(page.contains(">plan de paiement</a>"));

    let (_, on_request) = social.html(&request).await;
    assert!(on_request.contains("Propriétaire contacté."));

    // Filters: by tag (whatever the case) and by compartment.
    let (_, by_tag) = social.html(&format!("/persons/{id}/notes?tag=loyer")).await;
    assert!(by_tag.contains("Propriétaire contacté."));
    assert!(by_tag.contains("« loyer »"));
    let (_, other_tag) = social.html(&format!("/persons/{id}/notes?tag=itsme")).await;
    assert!(!other_tag.contains("Propriétaire contacté."));
    let (_, social_only) = social
        .html(&format!("/persons/{id}/notes?compartment=social"))
        .await;
    assert!(social_only.contains("Propriétaire contacté."));
    let (_, admin_only) = social
        .html(&format!("/persons/{id}/notes?compartment=administrative"))
        .await;
    assert!(!admin_only.contains("Propriétaire contacté."));
}

#[tokio::test]
async fn health_notes_stay_with_health_workers_and_social_notes_with_social_workers() {
    let app = spawn_app().await;
    let social = app.signed_in(Role::SocialWorker).await;
    let nurse = app.signed_in(Role::HealthWorker).await;
    let id = shared_person(&app).await;
    let request = new_request(&social, id).await;
    let rid = request.trim_start_matches("/requests/");

    let r = add_note(
        &nurse,
        id,
        &[
            ("body", "Tension artérielle élevée ce matin."),
            ("compartment", "health"),
            ("tags", "tension"),
            ("request", rid),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = add_note(
        &social,
        id,
        &[
            ("body", "Dispute avec son frère au sujet du loyer."),
            ("compartment", "social"),
            ("request", rid),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = add_note(
        &social,
        id,
        &[
            ("body", "Copie du bail reçue."),
            ("compartment", "administrative"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    let paths = [
        format!("/persons/{id}"),
        request.clone(),
        format!("/persons/{id}/notes"),
        format!("/persons/{id}/notes?compartment=health"),
        format!("/persons/{id}/notes?compartment=social"),
        format!("/persons/{id}/notes?tag=tension"),
    ];
    for path in &paths {
        let (status, html) = social.html(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            !html.contains("Tension artérielle"),
            "social worker, {path}"
        );
        assert!(!html.contains(">tension</a>"), "social worker, {path}");
    }
    for path in &paths {
        let (status, html) = nurse.html(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(!html.contains("Dispute avec son frère"), "nurse, {path}");
    }
    // Each sees their own compartment, and both the administrative one.
    let (_, nurse_page) = nurse.html(&format!("/persons/{id}/notes")).await;
    assert!(nurse_page.contains("Tension artérielle élevée ce matin."));
    assert!(nurse_page.contains("Copie du bail reçue."));
    let (_, nurse_request) = nurse.html(&request).await;
    assert!(nurse_request.contains("Tension artérielle élevée ce matin."));
    let (_, social_page) = social.html(&format!("/persons/{id}/notes")).await;
    assert!(social_page.contains("Dispute avec son frère"));
    assert!(social_page.contains("Copie du bail reçue."));

    // A social worker cannot slip a note into the health compartment.
    let r = add_note(
        &social,
        id,
        &[
            ("body", "Essai dans le dossier santé"),
            ("compartment", "health"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#compartment\""));
    assert!(html.contains("Essai dans le dossier santé"));
    let (_, nurse_page) = nurse.html(&format!("/persons/{id}/notes")).await;
    assert!(!nurse_page.contains("Essai dans le dossier santé"));

    // The data layer gives the same answer, whatever the filter asked for.
    let worker = actor(&app, "social").await;
    let health = NoteFilter {
        compartment: Some(Compartment::Health),
        ..Default::default()
    };
    let file = persons::open(&app.db, &worker, id).await.unwrap();
    assert!(notes::for_person(&app.db, &worker, &file, &health)
        .await
        .unwrap()
        .is_empty());
    let all = notes::for_person(&app.db, &worker, &file, &NoteFilter::default())
        .await
        .unwrap();
    assert!(!all.is_empty());
    assert!(all.iter().all(|n| n.compartment != Compartment::Health));
    let new = NewNote {
        person: id,
        request: None,
        compartment: Compartment::Health,
        body: "Par la porte de derrière".into(),
        tags: Tags::default(),
        private: false,
    };
    assert!(matches!(
        notes::add(&app.db, &worker, &new, 0).await,
        Err(StoreError::Forbidden)
    ));
}

#[tokio::test]
async fn reception_has_no_journal_and_cannot_add_a_note() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let social = app.signed_in(Role::SocialWorker).await;
    let id = shared_person(&app).await;
    let r = add_note(
        &social,
        id,
        &[
            ("body", "Rendez-vous au CPAS de sa commune."),
            ("compartment", "administrative"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    let (status, page) = desk.html(&format!("/persons/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains("journal-title"));
    assert!(!page.contains("Journal"));
    assert!(!page.contains("Rendez-vous au CPAS"));
    assert!(!page.contains("/notes"));
    for path in [
        format!("/persons/{id}/notes"),
        format!("/persons/{id}/notes/new"),
    ] {
        assert_eq!(
            desk.get(&path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let r = add_note(
        &desk,
        id,
        &[
            ("body", "Note de l'accueil"),
            ("compartment", "administrative"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // And at the data layer.
    let reception = actor(&app, "accueil").await;
    let opened = persons::open(&app.db, &reception, id).await.unwrap();
    assert!(
        notes::for_person(&app.db, &reception, &opened, &NoteFilter::default())
            .await
            .unwrap()
            .is_empty()
    );
    let new = NewNote {
        person: id,
        request: None,
        compartment: Compartment::Administrative,
        body: "Note de l'accueil".into(),
        tags: Tags::default(),
        private: false,
    };
    assert!(matches!(
        notes::add(&app.db, &reception, &new, 0).await,
        Err(StoreError::Forbidden)
    ));
    for username in ["admin", "dpo", "coordination"] {
        let a = actor(&app, username).await;
        // They cannot open the file, and reception's opening is no proof for them.
        assert!(matches!(
            persons::open(&app.db, &a, id).await,
            Err(StoreError::NotFound)
        ));
        assert!(matches!(
            notes::for_person(&app.db, &a, &opened, &NoteFilter::default()).await,
            Err(StoreError::Forbidden)
        ));
    }
}

#[tokio::test]
async fn a_private_note_is_read_by_its_author_only() {
    let app = spawn_app().await;
    let social = app.signed_in(Role::SocialWorker).await;
    let nurse = app.signed_in(Role::HealthWorker).await;
    let id = shared_person(&app).await;
    let r = add_note(
        &social,
        id,
        &[("body", "Bail signé."), ("compartment", "administrative")],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = add_note(
        &social,
        id,
        &[
            ("body", "Semble avoir peur de son voisin."),
            ("compartment", "administrative"),
            ("private", "1"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, mine) = social.html(&format!("/persons/{id}")).await;
    assert!(mine.contains("Semble avoir peur de son voisin."));
    assert!(mine.contains("<strong>Note privée</strong>"));

    // The nurse reads administrative notes, but not this private one.
    let (_, theirs) = nurse.html(&format!("/persons/{id}/notes")).await;
    assert!(theirs.contains("Bail signé."));
    assert!(!theirs.contains("Semble avoir peur"));
    let (_, theirs) = nurse.html(&format!("/persons/{id}")).await;
    assert!(!theirs.contains("Semble avoir peur"));

    // Nor does a colleague of the same team.
    let team = actor(&app, "social").await.teams;
    let colleague = users::create(
        &app.db,
        &users::NewUser {
            username: Username::parse("collegue").unwrap(),
            display_name: DisplayName::parse("Sam Collègue").unwrap(),
            lang: None,
            roles: RoleSet::empty().with(Role::SocialWorker),
            teams: team,
        },
        0,
    )
    .await
    .unwrap();
    let colleague = users::actor(&app.db, colleague, app.now()).await.unwrap();
    let file = persons::open(&app.db, &colleague, id).await.unwrap();
    let seen = notes::for_person(&app.db, &colleague, &file, &NoteFilter::default())
        .await
        .unwrap();
    assert!(!seen.is_empty(), "the colleague reads the shared notes");
    assert!(seen.iter().all(|n| !n.body.contains("Semble avoir peur")));
}

#[tokio::test]
async fn staff_of_a_team_not_following_the_person_get_not_found() {
    let app = spawn_app().await;
    let nurse = app.signed_in(Role::HealthWorker).await;
    let social = actor(&app, "social").await;
    let lambert = person(&app, &social, "Josiane Lambert").await;
    for path in [
        format!("/persons/{lambert}/notes"),
        format!("/persons/{lambert}/notes/new"),
    ] {
        assert_eq!(
            nurse.get(&path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let r = add_note(
        &nurse,
        lambert,
        &[("body", "Intrusion"), ("compartment", "health")],
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let soins = actor(&app, "soins").await;
    let new = NewNote {
        person: lambert,
        request: None,
        compartment: Compartment::Health,
        body: "Intrusion".into(),
        tags: Tags::default(),
        private: false,
    };
    assert!(matches!(
        notes::add(&app.db, &soins, &new, 0).await,
        Err(StoreError::NotFound)
    ));
}

#[tokio::test]
async fn a_note_with_mistakes_comes_back_with_everything_typed() {
    let app = spawn_app().await;
    let social = app.signed_in(Role::SocialWorker).await;
    let id = shared_person(&app).await;
    let request = new_request(&social, id).await;
    let rid = request.trim_start_matches("/requests/");

    let r = add_note(
        &social,
        id,
        &[
            ("body", "   "),
            ("compartment", "digital"),
            ("tags", "itsme, eBox"),
            ("request", rid),
            ("private", "1"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#body\""));
    assert!(html.contains("Écrivez le texte de la note"));
    assert!(html.contains("value=\"itsme, eBox\""));
    assert!(html.contains("value=\"digital\" checked"));
    assert!(html.contains(&format!("<option value=\"{rid}\" selected>")));
    assert!(html.contains("value=\"1\" checked"));

    // A request of another person is refused, and the text comes back.
    let lambert = person(&app, &actor(&app, "social").await, "Josiane Lambert").await;
    let other = new_request(&social, lambert).await;
    let other = other.trim_start_matches("/requests/");
    let r = add_note(
        &social,
        id,
        &[
            ("body", "Rappeler lundi"),
            ("compartment", "social"),
            ("tags", "rappel"),
            ("request", other),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#request\""));
    assert!(html.contains(">Rappeler lundi</textarea>"));
    assert!(html.contains("value=\"rappel\""));
    assert!(html.contains("value=\"social\" checked"));

    // Too many tags.
    let many = (1..=11)
        .map(|i| format!("mot{i}"))
        .collect::<Vec<_>>()
        .join(",");
    let r = add_note(
        &social,
        id,
        &[
            ("body", "Trop de mots-clés"),
            ("compartment", "social"),
            ("tags", &many),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("href=\"#tags\""));

    let (_, journal) = social.html(&format!("/persons/{id}/notes")).await;
    assert!(!journal.contains("Rappeler lundi") && !journal.contains("Trop de mots-clés"));
}
