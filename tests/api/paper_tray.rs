//! The paper tray: today's letters printed as one batch, then marked posted.

use crate::helpers::{location, spawn_app, Browser};
use guichet_domain::Role;
use reqwest::StatusCode;

/// Josiane Lambert wants letters, at a Belgian address.
async fn wants_letters(desk: &Browser) -> String {
    let id = crate::helpers::find_person(desk, "josiane+lambert").await;
    let r = desk
        .post(
            &format!("/persons/{id}/contact"),
            &[
                ("channel_1", "paper-letter"),
                ("address_kind", "belgian"),
                ("street", "Rue des Glycines 4"),
                ("postcode", "1300"),
                ("municipality", "Wavre"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    id
}

/// Books her in March 2026 (the test clock is Monday 2 March): the reminder letter is
/// due today, since fewer than five working days are left.
async fn book(desk: &Browser, person: &str, day: &str) -> String {
    let r = desk
        .post(
            &format!("/persons/{person}/appointments/new"),
            &[
                ("worker", "2"),
                ("day", day),
                ("month", "3"),
                ("year", "2026"),
                ("time", "10:00"),
                ("minutes", "30"),
                ("place", "site"),
                ("site", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "booking on {day} March");
    location(&r)
}

fn batch_ids(html: &str) -> Vec<String> {
    html.split("action=\"/paper-tray/")
        .skip(1)
        .filter_map(|s| s.split('/').next().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn todays_letters_are_printed_as_a_batch_and_marked_posted() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let person = wants_letters(&desk).await;
    let first = book(&desk, &person, "4").await;
    book(&desk, &person, "5").await;

    let (status, tray) = desk.html("/paper-tray").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        tray.contains("2 lettres attendent l&#39;impression."),
        "{tray}"
    );
    assert_eq!(tray.matches("Josiane Lambert").count(), 2);
    assert!(tray.contains("rappel de rendez-vous"));

    // Someone who does not follow her sees none of her letters.
    let nurse = app.signed_in(Role::HealthWorker).await;
    let (_, theirs) = nurse.html("/paper-tray").await;
    assert!(!theirs.contains("Lambert"));
    assert!(theirs.contains("Aucune lettre à imprimer aujourd&#39;hui."));

    let r = desk.post("/paper-tray", &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, tray) = desk.html("/paper-tray").await;
    assert!(tray.contains("Aucune lettre à imprimer aujourd&#39;hui."));
    assert!(tray.contains("2 lettres à mettre sous enveloppe."));
    let batch = batch_ids(&tray);
    assert_eq!(batch.len(), 1, "one batch");
    let batch = &batch[0];

    // Cancelled after printing: the desk is told to take the letter out.
    let r = desk
        .post(&format!("{first}/status"), &[("status", "cancelled")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, tray) = desk.html("/paper-tray").await;
    assert!(
        tray.contains("1 lettre a été annulée après l&#39;impression"),
        "{tray}"
    );
    assert!(tray.contains("à retirer, ne pas poster"));

    // Not theirs to post.
    let r = nurse
        .post(&format!("/paper-tray/{batch}/posted"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    let r = desk.post(&format!("/paper-tray/{batch}/posted"), &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, tray) = desk.html(&location(&r)).await;
    assert!(tray.contains("1 lettre est notée comme postée."), "{tray}");
    assert!(batch_ids(&tray).is_empty(), "the batch is done");
    assert!(!tray.contains("Lambert"));

    // A second click posts nothing more.
    let r = desk.post(&format!("/paper-tray/{batch}/posted"), &[]).await;
    assert_eq!(location(&r), "/paper-tray?posted=0");
}

#[tokio::test]
async fn a_letter_queued_after_printing_waits_for_the_next_batch() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let person = wants_letters(&desk).await;
    book(&desk, &person, "4").await;
    assert_eq!(
        desk.post("/paper-tray", &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    book(&desk, &person, "5").await;

    let (_, tray) = desk.html("/paper-tray").await;
    assert!(tray.contains("1 lettre à mettre sous enveloppe."), "{tray}");
    assert!(tray.contains("1 lettre attend l&#39;impression."));
    // Letters for later days are counted, not printed yet.
    book(&desk, &person, "30").await;
    let (_, tray) = desk.html("/paper-tray").await;
    assert!(
        tray.contains("1 autre lettre est prévue les jours suivants."),
        "{tray}"
    );
}
