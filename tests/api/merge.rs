//! Household links between files, and merging two files of the same person.

use crate::helpers::{location, spawn_app, TestApp};
use guichet_domain::ids::PersonId;
use guichet_domain::niss::{with_check_number, Niss};
use guichet_domain::org::PhoneNumber;
use guichet_domain::person::{Email, PhoneKind};
use guichet_domain::request::{ArrivalChannel, Urgency};
use guichet_domain::{Actor, Role};
use guichet_store::appointments::{self, NewAppointment, Place};
use guichet_store::persons::{self, NewPerson};
use guichet_store::requests::{self, NewRequest};
use guichet_store::{org, users};
use reqwest::StatusCode;

async fn actor(app: &TestApp, role: Role) -> Actor {
    let (u, _) = crate::helpers::password_of(role);
    let rec = users::find_for_login(&app.db, u).await.unwrap().unwrap();
    users::actor(&app.db, rec.id, app.now()).await.unwrap()
}

/// The demo person of that name, as seen by `actor`.
async fn person(app: &TestApp, actor: &Actor, name: &str) -> PersonId {
    let found = persons::search(&app.db, actor, name, 5).await.unwrap();
    assert_eq!(found.len(), 1, "{name}: {found:?}");
    found[0].id
}

async fn also_followed_by_team_of(app: &TestApp, id: PersonId, other: &Actor) {
    sqlx::query("INSERT INTO person_followups (person_id, team_id, since) VALUES ($1, $2, 0)")
        .bind(id.get())
        .bind(other.teams[0].get())
        .execute(app.db.pool())
        .await
        .unwrap();
}

#[tokio::test]
async fn a_parent_child_link_reads_correctly_from_both_files() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let d = actor(&app, Role::Reception).await;
    let josiane = person(&app, &d, "Josiane Lambert").await;
    let mohamed = person(&app, &d, "Mohamed El Amrani").await;

    let (status, html) = desk
        .html(&format!("/persons/{josiane}/household?q=el+amrani"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(&format!("value=\"{mohamed}\"")), "{html}");

    // Forgetting the relation: 422, the chosen person stays chosen.
    let other = mohamed.to_string();
    let r = desk
        .post(
            &format!("/persons/{josiane}/household"),
            &[("q", "el amrani"), ("other", &other), ("relation", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("Choisissez le lien entre les deux personnes"));
    assert!(
        html.contains(&format!("value=\"{mohamed}\" checked")),
        "{html}"
    );
    assert!(html.contains("href=\"#relation\""));

    let r = desk
        .post(
            &format!("/persons/{josiane}/household"),
            &[("q", "el amrani"), ("other", &other), ("relation", "child")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(location(&r).ends_with("/household?done=linked"));

    let (_, html) = desk.html(&format!("/persons/{josiane}")).await;
    assert!(
        html.contains(&format!(
            "Enfant — <a href=\"/persons/{mohamed}\">Mohamed El Amrani</a>"
        )),
        "{html}"
    );
    let (_, html) = desk.html(&format!("/persons/{mohamed}")).await;
    assert!(
        html.contains(&format!(
            "Parent — <a href=\"/persons/{josiane}\">Josiane Lambert</a>"
        )),
        "{html}"
    );

    // The same link twice is refused; then the link is removed from both sides.
    let r = desk
        .post(
            &format!("/persons/{mohamed}/household"),
            &[("other", &josiane.to_string()), ("relation", "parent")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("déjà liées"));
    let r = desk
        .post(
            &format!("/persons/{mohamed}/household/remove"),
            &[("other", &josiane.to_string())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = desk.html(&format!("/persons/{josiane}")).await;
    assert!(!html.contains("Mohamed El Amrani"));

    // A worker of another team cannot even open the household page.
    let nurse = app.signed_in(Role::HealthWorker).await;
    let (status, _) = nurse.html(&format!("/persons/{josiane}/household")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_household_member_whose_file_one_may_not_open_shows_without_a_name() {
    let app = spawn_app().await;
    let d = actor(&app, Role::Reception).await;
    let n = actor(&app, Role::HealthWorker).await;
    let josiane = person(&app, &d, "Josiane Lambert").await;
    let jean_pierre = person(&app, &n, "Jean-Pierre Dubois").await;
    // Home care also follows Josiane: the nurse sees both files and links them.
    also_followed_by_team_of(&app, josiane, &n).await;
    let nurse = app.signed_in(Role::HealthWorker).await;
    let r = nurse
        .post(
            &format!("/persons/{jean_pierre}/household"),
            &[("other", &josiane.to_string()), ("relation", "partner")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    let desk = app.signed_in(Role::Reception).await;
    let (_, html) = desk.html(&format!("/persons/{josiane}")).await;
    assert!(html.contains("Partenaire — Une personne dont vous ne pouvez pas ouvrir le dossier"));
    assert!(!html.contains("Dubois"));
    assert!(!html.contains(&format!("/persons/{jean_pierre}")));
    let (_, html) = desk.html(&format!("/persons/{josiane}/household")).await;
    assert!(!html.contains("Dubois"));
    assert!(!html.contains("household/remove"), "no way to remove it");
    // Nor can reception link to a file it may not open.
    let r = desk
        .post(
            &format!("/persons/{josiane}/household"),
            &[("other", &jean_pierre.to_string()), ("relation", "sibling")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

async fn file(app: &TestApp, d: &Actor, given: &str, phones: &[&str], email: &str) -> PersonId {
    let mut p = NewPerson {
        given_names: given.into(),
        family_name: "Martins".into(),
        ..Default::default()
    };
    for number in phones {
        let ph = PhoneNumber::parse(number).unwrap();
        p.phones
            .push((ph.clone(), PhoneKind::guess(&ph), String::new()));
    }
    p.emails.push((Email::parse(email).unwrap(), String::new()));
    persons::create(&app.db, d, &p, d.teams[0], 0)
        .await
        .unwrap()
}

async fn request_for(app: &TestApp, d: &Actor, id: PersonId) {
    let topic = guichet_domain::topics::all()
        .iter()
        .find(|t| !t.is_category())
        .unwrap()
        .code;
    requests::create(
        &app.db,
        d,
        &NewRequest {
            person: id,
            team: d.teams[0],
            channel: ArrivalChannel::WalkIn,
            topic: topic.into(),
            description: String::new(),
            urgency: Urgency::Normal,
            promised_on: chrono::NaiveDate::from_ymd_opt(2026, 3, 20).unwrap(),
        },
        0,
    )
    .await
    .unwrap();
}

async fn appointment_for(app: &TestApp, d: &Actor, id: PersonId, hour: i64) {
    let worker = users::find_for_login(&app.db, "social")
        .await
        .unwrap()
        .unwrap()
        .id;
    let site = org::list_sites(&app.db).await.unwrap()[0].id;
    appointments::create(
        &app.db,
        d,
        &NewAppointment {
            person: id,
            worker,
            place: Place::Site(site),
            room: String::new(),
            starts_at: 1_773_000_000 + hour * 3600,
            minutes: 30,
            what_to_bring: String::new(),
            request: None,
        },
        0,
    )
    .await
    .unwrap();
}

#[tokio::test]
async fn merging_two_files_keeps_everything_of_both_in_the_older_one() {
    let app = spawn_app().await;
    let d = actor(&app, Role::Reception).await;
    let older = file(&app, &d, "Rosa", &["0470 11 22 33"], "rosa@example.be").await;
    let newer = file(
        &app,
        &d,
        "Rosa Maria",
        &["010 88 77 66", "0470 11 22 33"],
        "rosa.m@example.be",
    )
    .await;
    request_for(&app, &d, older).await;
    request_for(&app, &d, newer).await;
    request_for(&app, &d, newer).await;
    appointment_for(&app, &d, older, 0).await;
    appointment_for(&app, &d, newer, 2).await;
    // Only the newer file has a national number, and debt mediation also follows it.
    sqlx::query("UPDATE persons SET niss = '85073003328' WHERE id = $1")
        .bind(newer.get())
        .execute(app.db.pool())
        .await
        .unwrap();
    let debts = org::list_teams(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.name == "Médiation de dettes")
        .unwrap()
        .id;
    sqlx::query("INSERT INTO person_followups (person_id, team_id, since) VALUES ($1, $2, 0)")
        .bind(newer.get())
        .bind(debts.get())
        .execute(app.db.pool())
        .await
        .unwrap();
    let mohamed = person(&app, &d, "Mohamed El Amrani").await;
    guichet_store::households::link(
        &app.db,
        &d,
        newer,
        mohamed,
        guichet_domain::household::Relation::Sibling,
        0,
        None,
    )
    .await
    .unwrap();

    // The social worker wrote a note on the newer file: it must follow the merge.
    let social = app.signed_in(Role::SocialWorker).await;
    let r = social
        .post(
            &format!("/persons/{newer}/notes/new"),
            &[
                ("body", "Rappeler Rosa pour le loyer."),
                ("compartment", "social"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    let desk = app.signed_in(Role::Reception).await;
    // Started from the newer file: search, pick, compare.
    let (status, html) = desk
        .html(&format!("/persons/{newer}/merge?q=martins"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(&format!("value=\"{older}\"")));
    assert!(!html.contains(&format!("value=\"{newer}\"")), "not itself");
    let (status, html) = desk
        .html(&format!("/persons/{newer}/merge?q=martins&pick=1"))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        html.contains("Choisissez l&#39;autre dossier")
            || html.contains("Choisissez l'autre dossier")
    );
    let (status, html) = desk
        .html(&format!(
            "/persons/{newer}/merge?q=martins&pick=1&other={older}"
        ))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Rosa Martins") && html.contains("Rosa Maria Martins"));
    assert!(html.contains("Le dossier le plus ancien est gardé : Rosa Martins."));
    assert!(html.contains("010 88 77 66"));

    let r = desk
        .post(
            &format!("/persons/{newer}/merge"),
            &[("other", &older.to_string())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("/persons/{older}?merged=1"));

    let (_, html) = desk.html(&format!("/persons/{older}?merged=1")).await;
    assert!(
        html.contains("Les deux dossiers n&#39;en font plus qu&#39;un.")
            || html.contains("n'en font plus qu'un")
    );
    assert_eq!(html.matches("0470 11 22 33").count(), 1, "{html}");
    assert!(html.contains("010 88 77 66"));
    assert!(html.contains("rosa@example.be") && html.contains("rosa.m@example.be"));
    assert!(html.find("rosa@example.be") < html.find("rosa.m@example.be"));
    assert!(html.contains("85.07.30-033.28"), "national number taken");
    assert_eq!(html.matches("href=\"/requests/").count(), 3);
    // Both appointments are listed (the card of the next one is also offered at the top).
    assert_eq!(
        html.matches("href=\"/appointments/").count() - html.matches("/card\">").count(),
        2
    );
    assert!(html.contains(&format!(
        "Frère ou sœur — <a href=\"/persons/{mohamed}\">Mohamed El Amrani</a>"
    )));
    let (_, html) = desk.html(&format!("/persons/{mohamed}")).await;
    assert!(html.contains(&format!("<a href=\"/persons/{older}\">Rosa Martins</a>")));

    let (_, journal) = social.html(&format!("/persons/{older}/notes")).await;
    assert!(
        journal.contains("Rappeler Rosa pour le loyer."),
        "the note moved"
    );

    // The old address leads to the kept file; search finds one file.
    let r = desk.get(&format!("/persons/{newer}")).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("/persons/{older}"));
    let (_, html) = desk.html("/persons?q=martins").await;
    assert!(html.contains("1 personne trouvée."), "{html}");
    // Someone who may not open the kept file gets "not found", not a redirect.
    let nurse = app.signed_in(Role::HealthWorker).await;
    let (status, _) = nurse.html(&format!("/persons/{newer}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The merge is recorded without names.
    let n: i64 = sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM person_merges WHERE kept_id = $1 AND merged_id = $2",
    )
    .bind(older.get())
    .bind(newer.get())
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(n, 1);
    let teams: i64 =
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM person_followups WHERE person_id = $1")
            .bind(older.get())
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(teams, 2, "both following teams kept");
}

#[tokio::test]
async fn two_different_national_numbers_are_never_merged() {
    let app = spawn_app().await;
    let d = actor(&app, Role::Reception).await;
    let a = file(&app, &d, "Rosa", &["0470 11 22 33"], "rosa@example.be").await;
    let b = file(&app, &d, "Rosa", &["0470 11 22 34"], "rosa2@example.be").await;
    for (id, niss) in [
        (a, "85073003328".to_owned()),
        (b, with_check_number("900101", 123, false)),
    ] {
        let niss = Niss::parse(&niss, 2026).unwrap();
        sqlx::query("UPDATE persons SET niss = $1 WHERE id = $2")
            .bind(niss.digits())
            .bind(id.get())
            .execute(app.db.pool())
            .await
            .unwrap();
    }
    let desk = app.signed_in(Role::Reception).await;
    let r = desk
        .post(&format!("/persons/{a}/merge"), &[("other", &b.to_string())])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("ce sont deux personnes différentes"),
        "{html}"
    );
    assert!(html.contains("href=\"#merge-confirm\""));
    for id in [a, b] {
        let (status, _) = desk.html(&format!("/persons/{id}")).await;
        assert_eq!(status, StatusCode::OK);
    }
    let (_, html) = desk.html(&format!("/persons/{a}")).await;
    assert!(!html.contains("0470 11 22 34"));
}

#[tokio::test]
async fn a_worker_who_cannot_open_one_of_the_files_gets_not_found() {
    let app = spawn_app().await;
    let d = actor(&app, Role::Reception).await;
    let n = actor(&app, Role::HealthWorker).await;
    let josiane = person(&app, &d, "Josiane Lambert").await;
    let jean_pierre = person(&app, &n, "Jean-Pierre Dubois").await;
    let nurse = app.signed_in(Role::HealthWorker).await;
    let (status, html) = nurse
        .html(&format!(
            "/persons/{jean_pierre}/merge?pick=1&other={josiane}"
        ))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!html.contains("Lambert"));
    let r = nurse
        .post(
            &format!("/persons/{jean_pierre}/merge"),
            &[("other", &josiane.to_string())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let desk = app.signed_in(Role::Reception).await;
    let r = desk
        .post(
            &format!("/persons/{josiane}/merge"),
            &[("other", &jean_pierre.to_string())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Both files are untouched.
    assert!(persons::get(&app.db, &d, josiane).await.is_ok());
    assert!(persons::get(&app.db, &n, jean_pierre).await.is_ok());
    // A coordinator never reaches these pages.
    let coordinator = app.signed_in(Role::Coordinator).await;
    let (status, _) = coordinator.html(&format!("/persons/{josiane}/merge")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
