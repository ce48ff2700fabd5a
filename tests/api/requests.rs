//! Requests at the desk and by phone (journeys J1 and J2, at the HTTP level).

use crate::helpers::{location, spawn_app, Browser};
use guichet_domain::Role;
use reqwest::StatusCode;

const BILLS: &str = "difficultes-financieres--ameliorer-sa-gestion-budgetaire";

async fn person_id(b: &Browser, q: &str) -> String {
    crate::helpers::find_person(b, q).await
}

async fn register(b: &Browser, form: &[(&str, &str)]) -> String {
    let mut f = form.to_vec();
    f.push(("confirmed", "1"));
    let r = b.post("/persons/new", &f).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    location(&r)
        .trim_start_matches("/persons/")
        .trim_end_matches("?created=1")
        .to_owned()
}

#[tokio::test]
async fn a_walk_in_request_gets_a_promised_date_and_a_printed_easy_read_acknowledgement() {
    let app = spawn_app().await; // Monday 2 March 2026, 10:00 in Brussels
    let desk = app.signed_in(Role::Reception).await;
    let id = person_id(&desk, "josiane+lambert").await;
    let r = desk
        .post(
            &format!("/persons/{id}/requests/new"),
            &[
                ("description", "Facture d'énergie impayée"),
                ("topic", BILLS),
                ("channel", "walk-in"),
                ("urgency", "normal"),
                ("team", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let request = location(&r);
    let (_, html) = desk.html(&request).await;
    // 10 working days after Monday 2 March 2026.
    assert!(
        html.contains("Réponse promise au plus tard le lundi 16 mars 2026."),
        "{html}"
    );
    assert!(html.contains("imprimez l&#39;accusé de réception"));

    let (status, slip) = desk.html(&format!("{request}/acknowledgement")).await;
    assert_eq!(status, StatusCode::OK);
    for line in [
        "Bonjour Josiane Lambert.",
        "Vous aurez une réponse au plus tard le lundi 16 mars 2026.",
        "Vous n&#39;avez pas besoin d&#39;internet pour nous joindre.",
        "Téléphone : 010 23 45 67.",
        "Sans rendez-vous : lundi 09:00–12:00 ; mardi 09:00–12:00 ; jeudi 09:00–12:00, 13:30–16:00 ; vendredi 09:00–12:00.",
    ] {
        assert!(slip.contains(line), "{line}");
    }
    let (_, large) = desk
        .html(&format!("{request}/acknowledgement?large=1"))
        .await;
    assert!(large.contains("class=\"slip easy large\""));
}

#[tokio::test]
async fn a_voicemail_request_is_acknowledged_by_sms_when_that_is_the_persons_choice() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = register(
        &desk,
        &[
            ("given_names", "Karim"),
            ("family_name", "Nachtergaele"),
            ("phone", "0486 11 22 33"),
        ],
    )
    .await;
    let r = desk
        .post(
            &format!("/persons/{id}/contact"),
            &[
                ("channel_1", "sms"),
                ("agrees", "sms"),
                ("language", "nl"),
                ("address_kind", "unknown"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = desk
        .post(
            &format!("/persons/{id}/requests/new"),
            &[
                ("topic", BILLS),
                ("channel", "voicemail"),
                ("urgency", "urgent"),
                ("team", "1"),
            ],
        )
        .await;
    let request = location(&r);
    let (_, html) = desk.html(&request).await;
    assert!(
        html.contains("En attente d&#39;envoi — SMS :") && html.contains("0486 11 22 33"),
        "{html}"
    );
    // In Dutch, his language; urgent = 2 working days after Monday 2 March.
    assert!(html.contains("Antwoord uiterlijk op 04/03/2026."), "{html}");
    let first =
        guichet_store::users::actor(&app.db, guichet_domain::ids::UserId::new(1), app.now())
            .await
            .unwrap();
    let file = guichet_store::persons::open(&app.db, &first, id.parse().unwrap())
        .await
        .unwrap();
    let queued = guichet_store::requests::pending_for_person(&app.db, &first, &file)
        .await
        .unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].channel, "sms");
    assert_eq!(queued[0].recipient, "+32486112233");
    assert_eq!(queued[0].language, "nl");
}

#[tokio::test]
async fn a_request_needs_only_a_topic_and_a_form_with_a_mistake_keeps_the_text() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = person_id(&desk, "lambert").await;
    let r = desk
        .post(
            &format!("/persons/{id}/requests/new"),
            &[("description", "Elle a reçu un rappel"), ("team", "1")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#topic\""));
    assert!(html.contains("Elle a reçu un rappel</textarea>"));
    let r = desk
        .post(&format!("/persons/{id}/requests/new"), &[("topic", BILLS)])
        .await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "the team list has no default when none is sent"
    );
    let r = desk
        .post(
            &format!("/persons/{id}/requests/new"),
            &[("topic", BILLS), ("team", "1")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_team_queue_shows_overdue_requests_first() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = person_id(&desk, "lambert").await;
    for urgency in ["can-wait", "urgent"] {
        desk.post(
            &format!("/persons/{id}/requests/new"),
            &[("topic", BILLS), ("urgency", urgency), ("team", "1")],
        )
        .await;
    }
    app.advance(7 * 24 * 60);
    let desk = app.signed_in(Role::Reception).await; // a week later, a new session
    let (_, html) = desk.html("/queue").await;
    assert!(
        html.contains("2 demandes ouvertes.") && html.contains("1 en retard."),
        "{html}"
    );
    let late = html.find("en retard</strong>").unwrap();
    let first_row = html.find("<tbody>").unwrap();
    assert!(
        late > first_row && late < html[first_row..].find("</tr>").unwrap() + first_row,
        "the late one comes first"
    );
}

#[tokio::test]
async fn status_changes_are_dated_and_only_allowed_moves_happen() {
    let app = spawn_app().await;
    let worker = app.signed_in(Role::SocialWorker).await;
    let id = person_id(&worker, "lambert").await;
    let r = worker
        .post(
            &format!("/persons/{id}/requests/new"),
            &[("topic", BILLS), ("team", "1")],
        )
        .await;
    let request = location(&r);
    worker
        .post(&format!("{request}/status"), &[("status", "in-progress")])
        .await;
    worker
        .post(&format!("{request}/status"), &[("status", "new")])
        .await; // not allowed: ignored
    worker
        .post(&format!("{request}/status"), &[("status", "done")])
        .await;
    let (_, html) = worker.html(&request).await;
    let history = html
        .split("<ol>")
        .nth(1)
        .unwrap()
        .split("</ol>")
        .next()
        .unwrap();
    assert_eq!(history.matches("<li>").count(), 3, "{history}");
    assert!(history.contains("En cours") && history.contains("Terminée"));
}

#[tokio::test]
async fn another_team_cannot_open_a_request() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = person_id(&desk, "lambert").await;
    let r = desk
        .post(
            &format!("/persons/{id}/requests/new"),
            &[("topic", BILLS), ("team", "1")],
        )
        .await;
    let request = location(&r);
    let nurse = app.signed_in(Role::HealthWorker).await;
    assert_eq!(nurse.get(&request).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        nurse
            .get(&format!("{request}/acknowledgement"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let admin = app.signed_in(Role::Admin).await;
    assert_eq!(admin.get(&request).await.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_request_by_phone_from_someone_with_no_usable_channel_says_so() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = person_id(&desk, "lambert").await; // no preference recorded yet
    let r = desk
        .post(
            &format!("/persons/{id}/requests/new"),
            &[("topic", BILLS), ("channel", "phone"), ("team", "1")],
        )
        .await;
    let (_, html) = desk.html(&location(&r)).await;
    assert!(html.contains("Aucun moyen de contact enregistré"));
    assert!(!html.contains("La personne est au guichet"));
}

#[tokio::test]
async fn a_long_queue_comes_fifty_rows_a_page_with_the_late_ones_first() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = person_id(&desk, "lambert").await;
    // 55 new requests for team 1: more than one page.
    for i in 0..55 {
        let urgency = if i == 54 { "urgent" } else { "can-wait" };
        desk.post(
            &format!("/persons/{id}/requests/new"),
            &[("topic", BILLS), ("urgency", urgency), ("team", "1")],
        )
        .await;
    }
    app.advance(3 * 24 * 60); // the urgent one is now late
    let desk = app.signed_in(Role::Reception).await;
    let (_, html) = desk.html("/queue").await;
    let open: usize = html
        .split(" demandes ouvertes.")
        .next()
        .and_then(|s| s.rsplit('>').next())
        .and_then(|s| s.trim().parse().ok())
        .expect("the count of open requests");
    assert_eq!(open, 55);
    assert!(
        html.contains(&format!("Demandes 1 à 50 sur {open}")),
        "{html}"
    );
    let nav = &html[html.find("Demandes 1 à").unwrap()..];
    assert!(nav.contains("page=2\" rel=\"next\""), "a next page: {nav}");
    let first_rows = html.matches("<tr").count();
    assert!(first_rows <= 51 + 1, "{first_rows} rows on the first page");
    let late = html.find("en retard</strong>").expect("a late request");
    let body = html.find("<tbody>").unwrap();
    assert!(
        late > body && late < body + html[body..].find("</tr>").unwrap(),
        "late first"
    );

    let (status, page2) = desk.html("/queue?team=1&page=2").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page2.contains("Demandes 51 à 55 sur 55"), "{page2}");
    assert!(
        page2.contains("page=1\" rel=\"prev\"") && !page2.contains("rel=\"next\""),
        "back to the first page, no further"
    );
    // A page past the end shows the last one; another team's id shows nothing of it.
    let (_, far) = desk.html("/queue?team=1&page=999").await;
    assert!(far.contains(&format!("sur {open}")));
    let (_, other) = desk.html("/queue?team=999").await;
    assert!(!other.contains("Demandes 1 à"));
}
