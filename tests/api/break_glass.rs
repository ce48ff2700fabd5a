//! Break-glass (journey J3's core): a nurse whose team does not follow Josiane Lambert
//! gets "not found", opens the file by giving a reason, sees it without the social
//! notes for 24 hours, and the DPO sees the access and its reason.

use crate::helpers::{location, spawn_app, Browser, TestApp};
use guichet_domain::ids::PersonId;
use guichet_domain::Role;
use guichet_store::{persons, users};
use reqwest::StatusCode;

const REASON: &str = "Madame est au guichet des soins, son assistant social est absent";

/// Josiane Lambert's file, followed by the social service only in the demo.
async fn josiane(app: &TestApp) -> PersonId {
    let id = users::find_for_login(&app.db, "social")
        .await
        .unwrap()
        .unwrap()
        .id;
    let social = users::actor(&app.db, id, app.now()).await.unwrap();
    persons::search(&app.db, &social, "Josiane Lambert", 5)
        .await
        .unwrap()[0]
        .id
}

async fn break_glass_list(app: &TestApp) -> String {
    let dpo = app.signed_in(Role::Dpo).await;
    let (status, html) = dpo.html("/dpo/break-glass").await;
    assert_eq!(status, StatusCode::OK);
    html
}

async fn open_with_reason(nurse: &Browser, id: PersonId, reason: &str) -> reqwest::Response {
    nurse
        .post(&format!("/persons/{id}/break-glass"), &[("reason", reason)])
        .await
}

#[tokio::test]
async fn j3_a_nurse_opens_a_file_her_team_does_not_follow_with_a_reason_for_24_hours() {
    let app = spawn_app().await;
    let id = josiane(&app).await;
    let nurse = app.signed_in(Role::HealthWorker).await;

    // Not followed: "not found", with the offer to open it with a reason.
    let (status, html) = nurse.html(&format!("/persons/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!html.contains("Lambert"));
    assert!(html.contains(&format!("href=\"/persons/{id}/break-glass\"")));
    assert!(html.contains("Ouvrir ce dossier avec un motif"));

    // The form explains the consequences and says nothing of the person.
    let (status, form) = nurse.html(&format!("/persons/{id}/break-glass")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!form.contains("Lambert") && !form.contains("Josiane"));
    assert!(form.contains("24 heures"));
    assert!(form.contains("délégué à la protection des données"));
    assert!(form.contains("<label for=\"reason\">"));

    let r = open_with_reason(&nurse, id, REASON).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("/persons/{id}"));

    // The file opens, says why, and shows the digital note but not the social one.
    let (status, page) = nurse.html(&format!("/persons/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Josiane Lambert"));
    assert!(
        page.contains(
            "Vous avez ouvert ce dossier avec un motif, jusqu&#39;au mardi 3 mars 2026 10:00"
        ),
        "{page}"
    );
    assert!(
        page.contains("Pas d&#39;ordinateur ni de smartphone"),
        "digital note"
    );
    assert!(!page.contains("Madame vit seule"), "no social note");
    let (status, journal) = nurse.html(&format!("/persons/{id}/notes")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(journal.contains("Pas d&#39;ordinateur ni de smartphone"));
    assert!(!journal.contains("Madame vit seule"));
    // Opened with a reason, never listed.
    let (_, search) = nurse.html("/persons?q=Lambert").await;
    assert!(!search.contains(&format!("href=\"/persons/{id}\"")));
    // The social worker of the following team still reads her social note.
    let social = app.signed_in(Role::SocialWorker).await;
    let (_, theirs) = social.html(&format!("/persons/{id}")).await;
    assert!(theirs.contains("Madame vit seule"));

    // The DPO sees who opened which file (number only) and why.
    let list = break_glass_list(&app).await;
    assert!(list.contains(REASON));
    assert!(list.contains("Aïcha Diallo"));
    assert!(list.contains(&format!("<td>{id}</td>")));
    assert!(!list.contains("Lambert"));
    let dpo = app.signed_in(Role::Dpo).await;
    let (_, log) = dpo
        .html(&format!("/dpo/access-log?person={id}&action=break-glass"))
        .await;
    assert!(log.contains(REASON) && log.contains("Ouvert avec un motif"));

    // 24 hours later the file closes again (signing in anew: sessions are shorter).
    app.advance(23 * 60);
    let nurse = app.signed_in(Role::HealthWorker).await;
    assert_eq!(
        nurse.get(&format!("/persons/{id}")).await.status(),
        StatusCode::OK
    );
    app.advance(61);
    let nurse = app.signed_in(Role::HealthWorker).await;
    assert_eq!(
        nurse.get(&format!("/persons/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        nurse.get(&format!("/persons/{id}/notes")).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_empty_or_too_short_reason_comes_back_with_what_was_typed_and_records_nothing() {
    let app = spawn_app().await;
    let id = josiane(&app).await;
    let nurse = app.signed_in(Role::HealthWorker).await;

    let r = open_with_reason(&nurse, id, "   ").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("class=\"error-summary\""));
    assert!(html.contains("href=\"#reason\""));
    assert!(html.contains("Écrivez pourquoi vous devez ouvrir ce dossier"));

    let r = open_with_reason(&nurse, id, "urgent").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(">urgent</textarea>"),
        "the typed reason comes back"
    );
    assert!(html.contains("au moins 10 caractères"));

    assert_eq!(
        nurse.get(&format!("/persons/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert!(break_glass_list(&app)
        .await
        .contains("Aucun dossier n&#39;a été ouvert avec un motif."));
}

#[tokio::test]
async fn coordinators_administrators_and_the_dpo_cannot_break_glass() {
    let app = spawn_app().await;
    let id = josiane(&app).await;
    for role in [Role::Coordinator, Role::Admin, Role::Dpo] {
        let b = app.signed_in(role).await;
        // Their role never opens person files: refused whatever the id.
        let (status, html) = b.html(&format!("/persons/{id}")).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{role:?}");
        assert!(
            !html.contains(&format!("/persons/{id}/break-glass")),
            "{role:?}: no offer"
        );
        let form = b.get(&format!("/persons/{id}/break-glass")).await.status();
        assert!(
            matches!(form, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND),
            "{role:?}: {form}"
        );
        let post = open_with_reason(&b, id, REASON).await.status();
        assert!(
            matches!(post, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND),
            "{role:?}: {post}"
        );
        assert_eq!(
            b.get(&format!("/persons/{id}")).await.status(),
            StatusCode::FORBIDDEN
        );
    }
    assert!(!break_glass_list(&app).await.contains(REASON));
}

#[tokio::test]
async fn the_offer_and_the_form_do_not_reveal_whether_a_file_exists() {
    let app = spawn_app().await;
    let id = josiane(&app).await;
    let missing = 987_654;
    let desk = app.signed_in(Role::Reception).await;
    let (status, html) = desk.html(&format!("/persons/{missing}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains(&format!("href=\"/persons/{missing}/break-glass\"")));
    // The nurse's view of an existing file she may not see and of a missing one: the
    // same pages but for the number.
    let nurse = app.signed_in(Role::HealthWorker).await;
    let (_, a) = nurse.html(&format!("/persons/{id}/break-glass")).await;
    let (_, b) = nurse.html(&format!("/persons/{missing}/break-glass")).await;
    assert_eq!(
        a.replace(&format!("/persons/{id}/"), "/persons/N/")
            .replace(&format!("{id}?lang"), "N?lang")
            .replace(&format!("numéro {id}"), "numéro N"),
        b.replace(&format!("/persons/{missing}/"), "/persons/N/")
            .replace(&format!("{missing}?lang"), "N?lang")
            .replace(&format!("numéro {missing}"), "numéro N"),
    );
    // A missing file stays "not found", and nothing is recorded.
    let r = open_with_reason(&nurse, PersonId::new(missing), REASON).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(!break_glass_list(&app).await.contains(REASON));
}

#[tokio::test]
async fn under_break_glass_reception_sees_no_journal_and_a_nurse_writes_only_shared_notes() {
    let app = spawn_app().await;
    // Fatima Ouali is followed by the debts team only.
    let row = sqlx::query("SELECT id FROM persons WHERE family_name = 'Ouali'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let fatima = PersonId::new(sqlx::Row::try_get::<i64, _>(&row, "id").unwrap());
    let desk = app.signed_in(Role::Reception).await;
    assert_eq!(
        desk.get(&format!("/persons/{fatima}")).await.status(),
        StatusCode::NOT_FOUND
    );
    let r = open_with_reason(&desk, fatima, REASON).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (status, page) = desk.html(&format!("/persons/{fatima}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Fatima Ouali"));
    assert!(
        !page.contains("id=\"journal-title\""),
        "reception has no journal"
    );

    let id = josiane(&app).await;
    let nurse = app.signed_in(Role::HealthWorker).await;
    assert_eq!(
        open_with_reason(&nurse, id, REASON).await.status(),
        StatusCode::SEE_OTHER
    );
    let (_, form) = nurse.html(&format!("/persons/{id}/notes/new")).await;
    assert!(!form.contains("value=\"health\""), "no health note here");
    assert!(!form.contains("value=\"social\""));
    assert!(form.contains("value=\"administrative\" checked"));
}
