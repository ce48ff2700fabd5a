//! Appointments: conflict check, reminders by channel, the fridge card (journey J1).

use crate::helpers::{location, spawn_app, Browser};
use guichet_domain::Role;
use reqwest::StatusCode;

async fn lambert(desk: &Browser) -> String {
    crate::helpers::find_person(desk, "josiane+lambert").await
}

/// Gives the file a phone through the phones screen.
async fn add_phone(desk: &Browser, id: &str, number: &str, kind: &str, holder: &str) {
    let r = desk
        .post(
            &format!("/persons/{id}/phones"),
            &[
                ("action", "add"),
                ("number", number),
                ("kind", kind),
                ("holder", holder),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

fn booking<'a>(day: &'a str, time: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("worker", "2"), // Thomas Claes, social worker
        ("day", day),
        ("month", "4"),
        ("year", "2026"),
        ("time", time),
        ("minutes", "30"),
        ("place", "site"),
        ("site", "1"),
        ("room", "Bureau 2"),
        ("what_to_bring", "Carte d'identité, facture d'énergie"),
    ]
}

#[tokio::test]
async fn j1_an_appointment_gets_a_paper_reminder_in_time_for_the_post_and_a_call_the_day_before() {
    let app = spawn_app().await; // Monday 2 March 2026
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    let prefs = [
        ("channel_1", "paper-letter"),
        ("channel_2", "landline"),
        ("needs", "reading-difficulty"),
        ("address_kind", "belgian"),
        ("street", "Rue des Glycines 4"),
        ("postcode", "1300"),
        ("municipality", "Wavre"),
    ];
    desk.post(&format!("/persons/{id}/contact"), &prefs).await;
    // The demo file has no phone: give her a landline.
    add_phone(&desk, &id, "010 45 67 89", "landline", "").await;

    let r = desk
        .post(
            &format!("/persons/{id}/appointments/new"),
            &booking("7", "10:00"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let appointment = location(&r);
    let (_, html) = desk.html(&appointment).await;
    // Tuesday 7 April 2026, after Easter Monday: letter 5 working days before, call the Friday.
    assert!(
        html.contains("30/03/2026 08:00 — courrier papier"),
        "{html}"
    );
    assert!(html.contains("Appeler la personne le vendredi 3 avril 2026"));

    // She reads with difficulty: her card is the easy-read text, with the day and the
    // time standing out.
    let (_, card) = desk.html(&format!("{appointment}/card")).await;
    for line in [
        "class=\"fridge-large\">Le jour : mardi 7 avril 2026.",
        "class=\"fridge-large\">L&#39;heure : 10:00.",
        "Avec : Thomas Claes.",
        "Où : Antenne Centre, Rue des Tilleuls 12, 1300 Wavre.",
        "À apporter : Carte d&#39;identité, facture d&#39;énergie.",
        "Appelez le 010 23 45 67.",
    ] {
        assert!(card.contains(line), "{line}");
    }
}

#[tokio::test]
async fn the_same_worker_or_the_same_room_cannot_be_booked_twice() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    assert_eq!(
        desk.post(
            &format!("/persons/{id}/appointments/new"),
            &booking("8", "10:00")
        )
        .await
        .status(),
        StatusCode::SEE_OTHER
    );
    let r = desk
        .post(
            &format!("/persons/{id}/appointments/new"),
            &booking("8", "10:15"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Déjà un rendez-vous à ce moment : Thomas Claes 10:00–10:30"),
        "{html}"
    );
    assert!(html.contains("La salle est déjà prise") || html.contains("href=\"#time\""));
    assert!(html.contains("value=\"10:15\""), "typed values kept");
    // Back to back is fine.
    assert_eq!(
        desk.post(
            &format!("/persons/{id}/appointments/new"),
            &booking("8", "10:30")
        )
        .await
        .status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn an_impossible_date_comes_back_with_everything_typed() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    let mut form = booking("31", "9h30");
    form[2] = ("month", "2");
    let r = desk
        .post(&format!("/persons/{id}/appointments/new"), &form)
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#day\""));
    for kept in [
        "value=\"31\"",
        "value=\"9h30\"",
        "value=\"Bureau 2\"",
        "Carte d&#39;identité, facture d&#39;énergie</textarea>",
    ] {
        assert!(html.contains(kept), "{kept}");
    }
}

#[tokio::test]
async fn sms_people_get_a_text_two_days_before_and_a_missed_appointment_is_only_noted() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    add_phone(&desk, &id, "0486 11 22 33", "mobile", "").await;
    desk.post(
        &format!("/persons/{id}/contact"),
        &[
            ("channel_1", "sms"),
            ("agrees", "sms"),
            ("address_kind", "unknown"),
        ],
    )
    .await;
    let r = desk
        .post(
            &format!("/persons/{id}/appointments/new"),
            &booking("9", "14:00"),
        )
        .await;
    let appointment = location(&r);
    let (_, html) = desk.html(&appointment).await;
    assert!(html.contains("07/04/2026 14:00 — SMS"), "{html}");
    assert!(!html.contains("Appeler la personne"));

    desk.post(&format!("{appointment}/status"), &[("status", "missed")])
        .await;
    let (_, html) = desk.html(&appointment).await;
    assert!(html.contains("État : la personne n&#39;est pas venue"));
}

#[tokio::test]
async fn another_team_cannot_see_an_appointment() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    let appointment = location(
        &desk
            .post(
                &format!("/persons/{id}/appointments/new"),
                &booking("10", "09:00"),
            )
            .await,
    );
    let nurse = app.signed_in(Role::HealthWorker).await;
    assert_eq!(
        nurse.get(&appointment).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        nurse.get(&format!("{appointment}/card")).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn cancelling_withdraws_the_reminders() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    add_phone(&desk, &id, "0486 11 22 33", "mobile", "").await;
    desk.post(
        &format!("/persons/{id}/contact"),
        &[
            ("channel_1", "sms"),
            ("agrees", "sms"),
            ("channel_2", "mobile"),
            ("address_kind", "unknown"),
        ],
    )
    .await;
    let appointment = location(
        &desk
            .post(
                &format!("/persons/{id}/appointments/new"),
                &booking("14", "11:00"),
            )
            .await,
    );
    let (_, html) = desk.html(&appointment).await;
    assert!(html.contains("— SMS") && html.contains("Appeler la personne"));
    desk.post(&format!("{appointment}/status"), &[("status", "cancelled")])
        .await;
    let (_, html) = desk.html(&appointment).await;
    assert!(html.contains("État : annulé"));
    assert!(
        !html.contains("— SMS") && !html.contains("Appeler la personne"),
        "{html}"
    );
}

#[tokio::test]
async fn the_desk_sees_todays_appointments_marks_arrivals_and_calls_people_back() {
    let app = spawn_app().await; // Monday 2 March 2026, 10:00 in Brussels
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    add_phone(&desk, &id, "010 45 67 89", "landline", "son voisin").await;
    desk.post(
        &format!("/persons/{id}/contact"),
        &[("channel_1", "landline"), ("address_kind", "unknown")],
    )
    .await;
    let mut today = booking("2", "14:00");
    today[2] = ("month", "3");
    let mut tomorrow = booking("3", "09:30");
    tomorrow[2] = ("month", "3");
    // The page after booking says that the reminder call (the working day before) has
    // passed: its address carries that; the appointment is the path.
    let first = location(
        &desk
            .post(&format!("/persons/{id}/appointments/new"), &today)
            .await,
    );
    assert_eq!(
        first.split_once('?').map(|(_, q)| q),
        Some("booked=1&skipped=call-late")
    );
    let first = first.split('?').next().unwrap().to_owned();
    desk.post(&format!("/persons/{id}/appointments/new"), &tomorrow)
        .await;

    let (_, html) = desk.html("/today").await;
    assert!(html.contains("lundi 2 mars 2026"));
    assert!(html.contains("14:00") && html.contains("Josiane Lambert"));
    assert!(
        html.contains("010 45 67 89 (son voisin)"),
        "the call for tomorrow's appointment is due today"
    );
    assert!(html.contains("rendez-vous du mardi 3 mars 2026 09:30"));

    let r = desk
        .post(
            &format!("{first}/status"),
            &[("status", "arrived"), ("back", "today")],
        )
        .await;
    assert_eq!(location(&r), "/today");
    let task = html
        .split("action=\"/tasks/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let r = desk.post(&format!("/tasks/{task}/done"), &[]).await;
    assert_eq!(location(&r), "/today");
    let (_, html) = desk.html("/today").await;
    assert!(html.contains("la personne est arrivée"));
    assert!(html.contains("Personne à rappeler aujourd&#39;hui."));

    let nurse = app.signed_in(Role::HealthWorker).await;
    assert!(
        !nurse.html("/today").await.1.contains("Lambert"),
        "another team sees nothing of her"
    );
    assert_eq!(
        nurse
            .post(&format!("/tasks/{task}/done"), &[])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn walk_ins_get_ticket_numbers_in_arrival_order_every_day_anew() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    for (label, expected) in [("Monsieur au manteau vert", "1"), ("", "2")] {
        let r = desk.post("/walk-ins", &[("label", label)]).await;
        assert_eq!(
            location(&r),
            format!("/today?ticket={expected}#walk-ins-title")
        );
    }
    let (_, html) = desk.html("/today?ticket=2").await;
    assert!(html.contains("Ticket numéro 2."));
    assert!(html.contains("Monsieur au manteau vert"));
    let first = html
        .split("action=\"/walk-ins/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    desk.post(&format!("/walk-ins/{first}/called"), &[]).await;
    assert!(desk.html("/today").await.1.contains("Appelé."));
    desk.post(&format!("/walk-ins/{first}/done"), &[]).await;
    assert!(!desk
        .html("/today")
        .await
        .1
        .contains("Monsieur au manteau vert"));

    // The next morning the numbers start again at 1.
    app.advance(24 * 60);
    let desk = app.signed_in(Role::Reception).await;
    let r = desk.post("/walk-ins", &[("label", "")]).await;
    assert_eq!(location(&r), "/today?ticket=1#walk-ins-title");

    let admin = app.signed_in(Role::Admin).await;
    assert_eq!(
        admin.post("/walk-ins", &[("label", "x")]).await.status(),
        StatusCode::FORBIDDEN
    );
}
