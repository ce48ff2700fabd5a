//! The right to disconnect (issue 18, J8) on a fixed clock: a worker's leave on her
//! account, what signing in outside her hours does under the organisation's policy (a
//! reminder, or a refusal; the on-call list excepted), and the policy page.

use crate::helpers::{location, spawn_app, TestApp};
use guichet_domain::Role;
use reqwest::StatusCode;

fn utc(s: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap().to_utc()
}

/// Thomas (the social worker) works Monday to Thursday, 8:30–16:30.
async fn part_time(app: &TestApp) {
    let social = app.signed_in(Role::SocialWorker).await;
    let r = social
        .post(
            "/account/notices",
            &[
                ("email", ""),
                ("work_0", "8:30-16:30"),
                ("work_1", "8:30-16:30"),
                ("work_2", "8:30-16:30"),
                ("work_3", "8:30-16:30"),
                ("work_4", ""),
                ("work_5", ""),
                ("work_6", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

async fn sign_in_social(app: &TestApp) -> (crate::helpers::Browser, reqwest::Response) {
    let mut b = app.browser();
    let r = b
        .sign_in("social", crate::helpers::password_of(Role::SocialWorker).1)
        .await;
    (b, r)
}

async fn thomas_id(app: &TestApp) -> String {
    guichet_store::users::find_for_login(&app.db, "social")
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string()
}

#[tokio::test]
async fn signing_in_on_friday_recalls_the_policy_then_lets_her_in() {
    let app = spawn_app().await;
    part_time(&app).await;
    // Friday 6 March 2026, 10:00 in Brussels.
    app.clock.set(utc("2026-03-06T09:00:00Z"));
    let (b, r) = sign_in_social(&app).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/outside-hours?next=%2Fhome");
    let (status, html) = b.html("/outside-hours?next=%2Fhome").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Vous êtes en dehors de vos heures de travail"));
    assert!(html.contains("droit à la déconnexion"), "the shipped words");
    assert!(html.contains("href=\"/home\""), "on to where she was going");
    assert!(html.contains("action=\"/logout\""), "or sign out");
    // Thursday at 10:00 she is at work: straight in.
    app.clock.set(utc("2026-03-05T09:00:00Z"));
    let (_, r) = sign_in_social(&app).await;
    assert_eq!(location(&r), "/home");
    // Thursday at 20:00, not.
    app.clock.set(utc("2026-03-05T19:00:00Z"));
    let (_, r) = sign_in_social(&app).await;
    assert!(location(&r).starts_with("/outside-hours"));
}

#[tokio::test]
async fn a_refusing_organisation_keeps_her_out_unless_she_is_on_call() {
    let app = spawn_app().await;
    part_time(&app).await;
    let coordinator = app.signed_in(Role::Coordinator).await;
    let r = coordinator
        .post(
            "/staff/disconnect",
            &[
                ("policy", "refuse"),
                ("text", "Chez nous, personne ne répond le vendredi."),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = coordinator.html(&location(&r)).await;
    assert!(page.contains("La politique de déconnexion est enregistrée."));
    assert!(page.contains("value=\"refuse\" checked"));

    app.clock.set(utc("2026-03-06T09:00:00Z"));
    let (b, r) = sign_in_social(&app).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let html = r.text().await.unwrap();
    assert!(html.contains("votre organisation ne permet pas de se connecter maintenant"));
    assert!(html.contains("value=\"social\""), "the user name is kept");
    assert!(b.session_cookie().is_none(), "no session");
    // Other staff members without hours are not affected.
    let mut desk = app.browser();
    let r = desk
        .sign_in("accueil", crate::helpers::password_of(Role::Reception).1)
        .await;
    assert_eq!(location(&r), "/home");

    // On the on-call list, she is let in without a reminder.
    let coordinator = app.signed_in(Role::Coordinator).await;
    let thomas = thomas_id(&app).await;
    let r = coordinator
        .post(
            "/staff/disconnect",
            &[("policy", "refuse"), ("text", ""), ("on_call", &thomas)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, r) = sign_in_social(&app).await;
    assert_eq!(location(&r), "/home");
    // Taken off the list, refused again; under "remind" the organisation's own words.
    coordinator
        .post(
            "/staff/disconnect",
            &[("policy", "remind"), ("text", "Le vendredi, on se repose.")],
        )
        .await;
    let (b, r) = sign_in_social(&app).await;
    let (_, html) = b.html(&location(&r)).await;
    assert!(html.contains("Le vendredi, on se repose."));
}

#[tokio::test]
async fn the_policy_form_comes_back_with_what_was_typed_and_only_keepers_may_change_it() {
    let app = spawn_app().await;
    let coordinator = app.signed_in(Role::Coordinator).await;
    let long = "x".repeat(1_001);
    let r = coordinator
        .post(
            "/staff/disconnect",
            &[("policy", "sometimes"), ("text", &long), ("on_call", "abc")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    for field in ["#policy", "#text", "#on_call"] {
        assert!(html.contains(&format!("href=\"{field}\"")), "{field}");
    }
    assert!(html.contains(&long), "the text is kept");
    let social = app.signed_in(Role::SocialWorker).await;
    let r = social
        .post("/staff/disconnect", &[("policy", "refuse")])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let (_, page) = app
        .signed_in(Role::Admin)
        .await
        .html("/staff/disconnect")
        .await;
    assert!(
        page.contains("value=\"remind\" checked"),
        "remind by default"
    );
}

#[tokio::test]
async fn a_worker_records_her_leave_and_mistakes_come_back_with_what_she_typed() {
    let app = spawn_app().await;
    // Monday 2 March 2026.
    let social = app.signed_in(Role::SocialWorker).await;
    let r = social
        .post(
            "/account/leave",
            &[("first", "24/12/2026"), ("last", "23/12/2026")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#last\""));
    assert!(html.contains("Le dernier jour vient avant le premier."));
    assert!(html.contains("value=\"24/12/2026\"") && html.contains("value=\"23/12/2026\""));
    let r = social
        .post("/account/leave", &[("first", "le 24"), ("last", "")])
        .await;
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#first\""));
    assert!(html.contains("value=\"le 24\""));
    let r = social
        .post("/account/leave", &[("first", "1/3/2026"), ("last", "")])
        .await;
    assert!(r.text().await.unwrap().contains("Ce congé est déjà passé"));

    let r = social
        .post(
            "/account/leave",
            &[("first", "24/12/2026"), ("last", "2027-01-01")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = social.html(&location(&r)).await;
    assert!(html.contains("Votre congé est enregistré."));
    assert!(html.contains("Du jeudi 24 décembre 2026 au vendredi 1 janvier 2027"));

    // Her leave is hers: a colleague can neither see nor remove it.
    let id: i64 = sqlx::query_scalar("SELECT id FROM staff_leaves")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let nurse = app.signed_in(Role::HealthWorker).await;
    let (_, theirs) = nurse.html("/account/leave").await;
    assert!(theirs.contains("Aucun congé enregistré."));
    let r = nurse
        .post(&format!("/account/leave/{id}/delete"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = social
        .post(&format!("/account/leave/{id}/delete"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = social.html("/account/leave").await;
    assert!(html.contains("Aucun congé enregistré."));
}
