//! Messages to staff: an address and working hours on one's account page; a request
//! assigned to someone else tells them by email, without any person data, and the
//! message waits for their working hours.

use crate::helpers::{location, spawn_app, Browser, TestApp};
use guichet_domain::Role;
use reqwest::StatusCode;

const BILLS: &str = "difficultes-financieres--ameliorer-sa-gestion-budgetaire";

async fn new_request(desk: &Browser) -> String {
    let person = crate::helpers::find_person(desk, "josiane+lambert").await;
    let r = desk
        .post(
            &format!("/persons/{person}/requests/new"),
            &[("topic", BILLS), ("team", "1")],
        )
        .await;
    location(&r)
}

async fn thomas(app: &TestApp) -> String {
    guichet_store::users::find_for_login(&app.db, "social")
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string()
}

/// Mon–Thu 8:30–16:30: a part-time worker.
fn part_time(email: &str) -> Vec<(&str, &str)> {
    vec![
        ("email", email),
        ("work_0", "8:30-16:30"),
        ("work_1", "8:30-16:30"),
        ("work_2", "8:30-16:30"),
        ("work_3", "8:30-16:30"),
        ("work_4", ""),
        ("work_5", ""),
        ("work_6", ""),
    ]
}

#[tokio::test]
async fn a_worker_gives_an_address_and_working_hours_and_mistakes_come_back_with_what_was_typed() {
    let app = spawn_app().await;
    let social = app.signed_in(Role::SocialWorker).await;
    let mut form = part_time("thomas.claes@");
    form[2] = ("work_1", "8h30 à 16h30");
    let r = social.post("/account/notices", &form).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("href=\"#email\""),
        "the summary links to the address"
    );
    assert!(html.contains("href=\"#work_1\""), "and to Tuesday's hours");
    assert!(html.contains("value=\"thomas.claes@\""));
    assert!(html.contains("value=\"8h30 à 16h30\""));
    assert!(
        html.contains("value=\"8:30-16:30\""),
        "the right values are kept too"
    );

    let r = social
        .post("/account/notices", &part_time("thomas.claes@cpas.example"))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = social.html(&location(&r)).await;
    assert!(html.contains("Vos préférences de messages sont enregistrées."));
    assert!(html.contains("value=\"thomas.claes@cpas.example\""));
    assert!(
        html.contains("id=\"work_4\" name=\"work_4\" value=\"\""),
        "Friday off"
    );
}

#[tokio::test]
async fn an_assigned_worker_is_told_by_email_without_any_person_data() {
    let app = spawn_app().await;
    let social = app.signed_in(Role::SocialWorker).await;
    social
        .post("/account/notices", &part_time("thomas.claes@cpas.example"))
        .await;
    let desk = app.signed_in(Role::Reception).await;
    let request = new_request(&desk).await;
    let number = request.trim_start_matches("/requests/").to_owned();
    let r = desk
        .post(
            &format!("{request}/assign"),
            &[("worker", &thomas(&app).await)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT o.recipient, o.subject, o.body, o.status FROM outbox o JOIN users u ON u.id = o.user_id \
         WHERE u.username = 'social'",
    )
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    assert_eq!(rows.len(), 1, "one message to Thomas");
    let (to, subject, body, status) = &rows[0];
    assert_eq!(to, "thomas.claes@cpas.example");
    assert_eq!(
        subject,
        &format!("Une demande vous est confiée (n° {number})")
    );
    assert!(
        body.contains("Nadia Benali vous a confié la demande"),
        "{body}"
    );
    assert!(
        !body.contains("Lambert") && !body.contains("Josiane"),
        "no person data"
    );
    assert!(!subject.contains("Lambert"));
    assert_eq!(status, "pending");
    let (_, account) = social.html("/account").await;
    assert!(account.contains("1 message attend vos prochaines heures de travail."));

    // Given again to the same worker, or taken by oneself: no message.
    desk.post(
        &format!("{request}/assign"),
        &[("worker", &thomas(&app).await)],
    )
    .await;
    let other = new_request(&desk).await;
    social
        .post(
            &format!("{other}/assign"),
            &[("worker", &thomas(&app).await)],
        )
        .await;
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE user_id IS NOT NULL")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(n, 1);
}

#[tokio::test]
async fn no_address_no_email() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let request = new_request(&desk).await;
    desk.post(
        &format!("{request}/assign"),
        &[("worker", &thomas(&app).await)],
    )
    .await;
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE user_id IS NOT NULL")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(n, 0);
}
