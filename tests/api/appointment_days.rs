//! Appointments at a site refused on its closing days and on public holidays, and
//! reminders planned again when the person's contact preferences change.

use crate::helpers::{location, spawn_app, Browser};
use guichet_domain::Role;
use reqwest::StatusCode;

async fn lambert(desk: &Browser) -> String {
    crate::helpers::find_person(desk, "josiane+lambert").await
}

fn booking<'a>(
    place: &'a str,
    day: &'a str,
    month: &'a str,
    time: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("worker", "2"), // Thomas Claes, social worker
        ("day", day),
        ("month", month),
        ("year", "2026"),
        ("time", time),
        ("minutes", "30"),
        ("place", place),
        ("site", "1"), // Antenne Centre, closed on 24 December in the demo
        ("room", "Bureau 2"),
        ("what_to_bring", "Carte d'identité"),
    ]
}

#[tokio::test]
async fn a_site_appointment_is_refused_on_a_closing_day_or_a_public_holiday_with_the_values_kept() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    let path = format!("/persons/{id}/appointments/new");

    let r = desk
        .post(&path, &booking("site", "24", "12", "10:00"))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#day\""));
    assert!(
        html.contains("Le site est fermé le jeudi 24 décembre 2026 (Veille de Noël). Choisissez un autre jour"),
        "{html}"
    );
    for kept in [
        "value=\"24\"",
        "value=\"12\"",
        "value=\"2026\"",
        "value=\"10:00\"",
        "value=\"Bureau 2\"",
        "Carte d&#39;identité</textarea>",
    ] {
        assert!(html.contains(kept), "{kept}");
    }

    let r = desk
        .post(&path, &booking("site", "25", "12", "10:00"))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("Le vendredi 25 décembre 2026 est un jour férié (Noël) : le site est fermé."));

    let r = desk.post(&path, &booking("site", "6", "4", "10:00")).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("(lundi de Pâques)"));

    // In Dutch, the same refusal.
    let (_, _) = desk.html(&format!("{path}?lang=nl")).await;
    let r = desk
        .post(&path, &booking("site", "24", "12", "10:00"))
        .await;
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("De vestiging is gesloten op donderdag 24 december 2026 (Veille de Noël)."));
    desk.html(&format!("{path}?lang=fr")).await;

    // By phone, the worker decides: the day is accepted.
    let r = desk
        .post(&path, &booking("phone", "24", "12", "10:00"))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // The day before Christmas Eve is an ordinary working day at the site.
    let r = desk
        .post(&path, &booking("site", "23", "12", "10:00"))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn changing_the_preferences_plans_the_reminders_of_coming_appointments_again() {
    let app = spawn_app().await; // Monday 2 March 2026, 10:00 in Brussels
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    let person: i64 = id.parse().unwrap();
    let address = [
        ("address_kind", "belgian"),
        ("street", "Rue des Glycines 4"),
        ("postcode", "1300"),
        ("municipality", "Wavre"),
    ];
    let mut letter_first = vec![("channel_1", "paper-letter"), ("channel_2", "landline")];
    letter_first.extend(address);
    assert_eq!(
        desk.post(&format!("/persons/{id}/contact"), &letter_first)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    sqlx::query("INSERT INTO person_phones (person_id, number, kind, holder, position) VALUES ($1, '+3210456789', 'landline', '', 0)")
        .bind(person)
        .execute(app.db.pool())
        .await
        .unwrap();

    let path = format!("/persons/{id}/appointments/new");
    // Wednesday 4 March: soon over. Tuesday 7 April: still to come.
    let soon = location(&desk.post(&path, &booking("site", "4", "3", "10:00")).await);
    let later = location(&desk.post(&path, &booking("site", "7", "4", "10:00")).await);
    // Booked at 10:00: the letter goes with today's post, from now (not "08:00", a time
    // already past).
    let (_, html) = desk.html(&soon).await;
    assert!(
        html.contains("02/03/2026 10:00 — courrier papier"),
        "{html}"
    );
    let (_, html) = desk.html(&later).await;
    assert!(
        html.contains("30/03/2026 08:00 — courrier papier"),
        "{html}"
    );
    assert!(html.contains("Appeler la personne le vendredi 3 avril 2026"));

    // Thursday 5 March: she now has a mobile and wants text messages only.
    app.advance(3 * 24 * 60);
    let desk = app.signed_in(Role::Reception).await;
    sqlx::query("INSERT INTO person_phones (person_id, number, kind, holder, position) VALUES ($1, '+32486112233', 'mobile', '', 1)")
        .bind(person)
        .execute(app.db.pool())
        .await
        .unwrap();
    let mut sms = vec![("channel_1", "sms"), ("agrees", "sms")];
    sms.extend(address);
    assert_eq!(
        desk.post(&format!("/persons/{id}/contact"), &sms)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );

    let (_, html) = desk.html(&later).await;
    assert!(
        !html.contains("courrier papier"),
        "the letter is withdrawn: {html}"
    );
    assert!(!html.contains("Appeler la personne"), "no call any more");
    assert!(html.contains("05/04/2026 10:00 — SMS"), "{html}");
    // The past appointment is left as it was.
    let (_, html) = desk.html(&soon).await;
    assert!(
        html.contains("02/03/2026 10:00 — courrier papier"),
        "{html}"
    );
    assert!(!html.contains("SMS"));

    let later_id: i64 = later.trim_start_matches("/appointments/").parse().unwrap();
    let rows =
        sqlx::query("SELECT channel, status FROM outbox WHERE appointment_id = $1 ORDER BY id")
            .bind(later_id)
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    let rows: Vec<(String, String)> = rows
        .iter()
        .map(|r| {
            use sqlx::Row;
            (r.get("channel"), r.get("status"))
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("paper-letter".to_owned(), "withdrawn".to_owned()),
            ("sms".to_owned(), "pending".to_owned())
        ]
    );

    // Saving the same preferences again does not queue a second message.
    desk.post(&format!("/persons/{id}/contact"), &sms).await;
    let (_, html) = desk.html(&later).await;
    assert_eq!(html.matches("— SMS").count(), 1, "{html}");
}
