//! Consent per purpose (privacy issue, journey J9): SMS and email only with the person's
//! consent, withdrawal at the desk, reminders and acknowledgements that follow it.

use crate::helpers::{location, spawn_app, Browser};
use guichet_domain::Role;
use reqwest::StatusCode;

const BILLS: &str = "difficultes-financieres--ameliorer-sa-gestion-budgetaire";

async fn lambert(desk: &Browser) -> String {
    crate::helpers::find_person(desk, "josiane+lambert").await
}

/// Mme A.: a mobile phone, a postal address, and "SMS, then a paper letter"; `agrees`
/// when the desk ticks that she agrees to SMS now.
async fn sms_then_letter(desk: &Browser, id: &str, agrees: bool) {
    add_mobile(desk, id).await;
    choose_sms_then_letter(desk, id, agrees).await;
}

async fn add_mobile(desk: &Browser, id: &str) {
    let r = desk
        .post(
            &format!("/persons/{id}/phones"),
            &[
                ("action", "add"),
                ("number", "0486 11 22 33"),
                ("kind", "mobile"),
                ("holder", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

async fn choose_sms_then_letter(desk: &Browser, id: &str, agrees: bool) {
    let r = desk
        .post(
            &format!("/persons/{id}/contact"),
            &[
                ("channel_1", "sms"),
                ("channel_2", "paper-letter"),
                ("agrees", if agrees { "sms" } else { "" }),
                ("address_kind", "belgian"),
                ("street", "Rue des Glycines 4"),
                ("postcode", "1300"),
                ("municipality", "Wavre"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn j9_withdrawing_sms_consent_at_the_desk_moves_reminders_and_acknowledgements_to_paper() {
    let app = spawn_app().await; // Monday 2 March 2026
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    sms_then_letter(&desk, &id, true).await;

    // An appointment in a few weeks: Thursday 26 March 2026 at 10:00.
    let r = desk
        .post(
            &format!("/persons/{id}/appointments/new"),
            &[
                ("worker", "2"),
                ("day", "26"),
                ("month", "3"),
                ("year", "2026"),
                ("time", "10:00"),
                ("minutes", "30"),
                ("place", "site"),
                ("site", "1"),
                ("room", ""),
                ("what_to_bring", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let appointment = location(&r);
    let (_, html) = desk.html(&appointment).await;
    assert!(html.contains("24/03/2026 10:00 — SMS"), "{html}");

    // She says at the desk that she no longer wants text messages.
    let r = desk
        .post(
            &format!("/persons/{id}/consents"),
            &[("purpose", "sms"), ("action", "withdraw"), ("how", "desk")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("/persons/{id}"));

    let (_, html) = desk.html(&appointment).await;
    assert!(
        !html.contains("— SMS"),
        "the SMS reminder is withdrawn: {html}"
    );
    assert!(
        html.contains("19/03/2026 08:00 — courrier papier"),
        "a paper letter instead: {html}"
    );
    let withdrawn: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE person_id = CAST($1 AS BIGINT) AND channel = 'sms' AND status = 'withdrawn'",
    )
    .bind(&id)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(withdrawn, 1);

    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(
        page.contains("SMS : retiré le 02/03/2026, oralement à l&#39;accueil"),
        "{page}"
    );
    assert!(page.contains(
        "Le SMS a été choisi, mais la personne a retiré son accord le 02/03/2026 : aucun SMS ne sera envoyé."
    ));

    // A new request by phone is acknowledged by letter, not by SMS.
    let r = desk
        .post(
            &format!("/persons/{id}/requests/new"),
            &[
                ("topic", BILLS),
                ("channel", "phone"),
                ("urgency", "normal"),
                ("team", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = desk.html(&location(&r)).await;
    assert!(
        html.contains("En attente d&#39;envoi — courrier papier"),
        "{html}"
    );
    assert!(!html.contains("En attente d&#39;envoi — SMS"), "{html}");

    // Choosing SMS again at the desk does not give the consent back.
    choose_sms_then_letter(&desk, &id, false).await;
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(page.contains("SMS : retiré le 02/03/2026"), "{page}");

    // Given again on signed paper: the SMS reminder comes back, the history stays.
    app.advance(24 * 60);
    let desk = app.signed_in(Role::Reception).await;
    let r = desk
        .post(
            &format!("/persons/{id}/consents"),
            &[("purpose", "sms"), ("action", "give"), ("how", "paper")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = desk.html(&appointment).await;
    assert!(html.contains("24/03/2026 10:00 — SMS"), "{html}");
    let (_, consents) = desk.html(&format!("/persons/{id}/consents")).await;
    assert!(
        consents.contains("SMS : donné le 03/03/2026, sur papier signé"),
        "{consents}"
    );
    assert!(consents.contains(
        "SMS : donné le 02/03/2026, oralement à l&#39;accueil — retiré le 02/03/2026, oralement à l&#39;accueil"
    ));
}

#[tokio::test]
async fn consent_stays_the_persons_word_choosing_channels_never_records_or_removes_it() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(page.contains("SMS : pas encore demandé"), "{page}");

    // SMS chosen first, the box "agrees" not ticked: no consent is recorded, and the
    // page says the SMS cannot be used yet.
    sms_then_letter(&desk, &id, false).await;
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(page.contains("SMS : pas encore demandé"), "{page}");
    assert!(
        page.contains("Le dossier ne permet pas encore « SMS »"),
        "{page}"
    );

    // The desk asks, the person says yes: recorded as given orally at the desk.
    let (_, form) = desk.html(&format!("/persons/{id}/contact")).await;
    assert!(form.contains("La personne accepte maintenant de recevoir des SMS"));
    choose_sms_then_letter(&desk, &id, true).await;
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(
        page.contains("SMS : donné le 02/03/2026, oralement à l&#39;accueil"),
        "{page}"
    );
    assert!(page.contains("E-mails : pas encore demandé"));
    let (_, form) = desk.html(&format!("/persons/{id}/contact")).await;
    assert!(
        form.contains("SMS : la personne a donné son accord.")
            && !form.contains("La personne accepte maintenant de recevoir des SMS"),
        "an agreement already given is shown, not asked again"
    );

    // Back to the landline only: the consent stays as the person gave it.
    let r = desk
        .post(
            &format!("/persons/{id}/contact"),
            &[("channel_1", "landline"), ("address_kind", "unknown")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(
        page.contains("SMS : donné le 02/03/2026, oralement à l&#39;accueil"),
        "{page}"
    );
    let (_, history) = desk.html(&format!("/persons/{id}/consents")).await;
    assert!(
        history.contains("SMS : donné le 02/03/2026") && !history.contains("— retiré le"),
        "still given, never withdrawn by a change of channels: {history}"
    );
}

#[tokio::test]
async fn another_team_gets_not_found_for_the_consents() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    let nurse = app.signed_in(Role::HealthWorker).await;
    let url = format!("/persons/{id}/consents");
    assert_eq!(nurse.get(&url).await.status(), StatusCode::NOT_FOUND);
    let r = nurse
        .post(
            &url,
            &[("purpose", "sms"), ("action", "give"), ("how", "desk")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(
        page.contains("SMS : pas encore demandé"),
        "nothing recorded"
    );
    // The coordinator's role does not open person files at all.
    let coordinator = app.signed_in(Role::Coordinator).await;
    assert_eq!(coordinator.get(&url).await.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_form_without_purpose_or_how_comes_back_with_what_was_chosen() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    let url = format!("/persons/{id}/consents");
    let (status, html) = desk.html(&url).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Partage avec un autre service : quand nous envoyons la personne"));

    let r = desk.post(&url, &[("action", "give")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#purpose\">Choisissez le consentement"));
    assert!(html.contains("href=\"#how\">Choisissez comment la personne vous l&#39;a dit"));
    assert!(html.contains("value=\"give\" checked"), "kept: {html}");

    let r = desk
        .post(&url, &[("purpose", "health-data"), ("action", "withdraw")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#how\""));
    assert!(html.contains("value=\"health-data\" checked"));
    assert!(html.contains("value=\"withdraw\" checked"));

    // Nothing to withdraw: said plainly, choices kept.
    let r = desk
        .post(
            &url,
            &[
                ("purpose", "health-data"),
                ("action", "withdraw"),
                ("how", "phone"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("Ce consentement n&#39;est pas donné en ce moment"));
    assert!(html.contains("value=\"phone\" checked"));
}
