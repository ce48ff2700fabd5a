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

/// The window of a right-window DL envelope on the A4 sheet (see `guichet_letters`):
/// x 100–190 mm, y 50–84 mm from the top-left corner, in points.
fn in_window((x0, y0, x1, y1): Bbox) -> bool {
    let mm = 72.0 / 25.4;
    x0 >= 100.0 * mm && x1 <= 190.0 * mm && y0 >= 50.0 * mm && y1 <= 84.0 * mm
}

/// A word's box in points: `(xMin, yMin, xMax, yMax)`, from the page's top-left corner.
type Bbox = (f64, f64, f64, f64);

struct Pdf {
    pages: usize,
    text: String,
    /// `(page, word, (xMin, yMin, xMax, yMax))` from `pdftotext -bbox`.
    words: Vec<(usize, String, Bbox)>,
}

impl Pdf {
    /// The words of a page that touch the window zone, in reading order; a word cut by
    /// the zone's edge counts (and then fails the check below).
    fn window_words(&self, page: usize) -> Vec<&str> {
        let mm = 72.0 / 25.4;
        let touches = |(x0, y0, x1, y1): Bbox| {
            x1 > 100.0 * mm && x0 < 190.0 * mm && y1 > 50.0 * mm && y0 < 84.0 * mm
        };
        let words: Vec<_> = self
            .words
            .iter()
            .filter(|(p, _, b)| *p == page && touches(*b))
            .collect();
        for (_, w, b) in &words {
            assert!(in_window(*b), "{w} at {b:?} is cut by the window's edge");
        }
        words.iter().map(|(_, w, _)| w.as_str()).collect()
    }
}

/// Downloads a batch's PDF, saves it and its first page as PNG under `target/letters-api/`,
/// and reads it back with poppler.
async fn batch_pdf(desk: &Browser, batch: &str, name: &str) -> Pdf {
    let r = desk.get(&format!("/paper-tray/{batch}")).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let bytes = r.bytes().await.unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/letters-api");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.pdf"));
    std::fs::write(&file, &bytes).unwrap();
    let run = |cmd: &str, args: &[&str]| {
        let out = std::process::Command::new(cmd).args(args).output().unwrap();
        assert!(out.status.success(), "{cmd} failed");
        String::from_utf8(out.stdout).unwrap()
    };
    let f = file.to_str().unwrap();
    let png = dir.join(name);
    run(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "50",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            f,
            png.to_str().unwrap(),
        ],
    );
    let info = run("pdfinfo", &[f]);
    assert!(info.contains("595.276 x 841.89 pts (A4)"), "A4: {info}");
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let text = run("pdftotext", &["-layout", f, "-"]);
    let bbox = run("pdftotext", &["-bbox", f, "-"]);
    let mut words = Vec::new();
    let mut page = 0;
    for line in bbox.lines() {
        let line = line.trim();
        if line.starts_with("<page ") {
            page += 1;
        } else if let Some(rest) = line.strip_prefix("<word ") {
            let attr = |name: &str| -> f64 {
                rest.split(&format!("{name}=\""))
                    .nth(1)
                    .and_then(|s| s.split('"').next())
                    .and_then(|v| v.parse().ok())
                    .unwrap()
            };
            let word = rest
                .split('>')
                .nth(1)
                .and_then(|s| s.split('<').next())
                .unwrap_or_default()
                .to_owned();
            words.push((
                page,
                word,
                (attr("xMin"), attr("yMin"), attr("xMax"), attr("yMax")),
            ));
        }
    }
    Pdf { pages, text, words }
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

    // The batch prints as one PDF: each letter on A4, the address in the envelope window.
    let pdf = batch_pdf(&desk, batch, "paper-tray-batch").await;
    assert_eq!(pdf.pages, 2, "two letters, one sheet each");
    assert_eq!(
        pdf.text.matches("Rendez-vous n°").count(),
        2,
        "one letter per appointment"
    );
    assert!(
        pdf.text.contains("Rappel"),
        "the reminder's subject: {}",
        pdf.text
    );
    assert!(pdf.text.contains("Objet : Rappel de votre rendez-vous"));
    assert!(
        pdf.text.contains("010 23 45 67"),
        "the site's phone to call"
    );
    // Through the window shows the address, all of it and nothing else.
    for page in 1..=2 {
        assert_eq!(
            pdf.window_words(page),
            ["Josiane", "Lambert", "Rue", "des", "Glycines", "4", "1300", "Wavre"],
            "page {page}"
        );
    }
    // Printed letters are in the access log; printing again gives the same letters.
    let again = batch_pdf(&desk, batch, "paper-tray-batch-again").await;
    assert_eq!(again.pages, 2);

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

    // A new printing leaves the cancelled letter out.
    let reprint = batch_pdf(&desk, batch, "paper-tray-batch-reprint").await;
    assert_eq!(reprint.pages, 1);

    // Not theirs to print or post.
    assert_eq!(
        nurse.get(&format!("/paper-tray/{batch}")).await.status(),
        StatusCode::NOT_FOUND
    );
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

#[tokio::test]
async fn a_confirmation_asked_at_booking_goes_to_the_tray_and_the_fridge_card_prints_on_a5() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let person = wants_letters(&desk).await;
    // Booked by phone, three weeks ahead: the confirmation goes today, the reminder later.
    let r = desk
        .post(
            &format!("/persons/{person}/appointments/new"),
            &[
                ("worker", "2"),
                ("day", "23"),
                ("month", "3"),
                ("year", "2026"),
                ("time", "14:00"),
                ("minutes", "30"),
                ("place", "site"),
                ("site", "1"),
                ("what_to_bring", "la facture d'eau"),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // The page after booking says how the confirmation went (`?booked=1&confirmed=letter`).
    let appointment = location(&r).split('?').next().unwrap().to_owned();
    let (_, tray) = desk.html("/paper-tray").await;
    assert!(
        tray.contains("Josiane Lambert</a> — confirmation de rendez-vous"),
        "{tray}"
    );
    assert!(tray.contains("1 lettre attend l&#39;impression."));
    assert!(
        tray.contains("1 autre lettre est prévue les jours suivants."),
        "the reminder"
    );
    desk.post("/paper-tray", &[]).await;
    let (_, tray) = desk.html("/paper-tray").await;
    let batch = batch_ids(&tray).remove(0);
    let pdf = batch_pdf(&desk, &batch, "confirmation").await;
    assert!(
        pdf.text
            .contains("Nous confirmons votre rendez-vous le lundi 23 mars 2026"),
        "{}",
        pdf.text
    );
    assert!(pdf.text.contains("Merci d'apporter : la facture d'eau."));
    assert_eq!(
        pdf.window_words(1),
        ["Josiane", "Lambert", "Rue", "des", "Glycines", "4", "1300", "Wavre"]
    );

    // Without the box ticked, nothing is sent at booking.
    let r = desk
        .post(
            &format!("/persons/{person}/appointments/new"),
            &[
                ("worker", "2"),
                ("day", "24"),
                ("month", "3"),
                ("year", "2026"),
                ("time", "14:00"),
                ("place", "site"),
                ("site", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, tray) = desk.html("/paper-tray").await;
    assert!(
        tray.contains("Aucune lettre à imprimer aujourd&#39;hui."),
        "{tray}"
    );

    // The fridge card as a PDF: one A5 sheet in large print.
    let r = desk.get(&format!("{appointment}/card-pdf")).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/letters-api");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("fridge-card.pdf");
    std::fs::write(&file, r.bytes().await.unwrap()).unwrap();
    let f = file.to_str().unwrap();
    let info = std::process::Command::new("pdfinfo")
        .arg(f)
        .output()
        .unwrap();
    let info = String::from_utf8(info.stdout).unwrap();
    assert!(info.contains("419.528 x 595.276 pts"), "A5: {info}");
    assert!(info.contains("Pages:           1"), "{info}");
    let text = std::process::Command::new("pdftotext")
        .args([f, "-"])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    for line in [
        "lundi 23 mars 2026",
        "à 14:00",
        "Avec : Thomas Claes",
        "la facture d'eau",
    ] {
        assert!(text.contains(line), "{line} in {text}");
    }
}

/// On a Saturday, the letters printed go with Monday's post: a reminder due on Monday is
/// among those to print, not "planned for the next days".
#[tokio::test]
async fn on_a_saturday_the_tray_holds_mondays_post() {
    let app = spawn_app().await;
    // Saturday 7 March 2026, 10:00 in Brussels.
    app.clock.set(
        chrono::DateTime::parse_from_rfc3339("2026-03-07T09:00:00Z")
            .unwrap()
            .to_utc(),
    );
    let desk = app.signed_in(Role::Reception).await;
    let person = wants_letters(&desk).await;
    // Wednesday 11 March: the reminder goes with the first post, Monday's.
    book(&desk, &person, "11").await;
    let (_, tray) = desk.html("/paper-tray").await;
    assert!(tray.contains("1 lettre attend l&#39;impression."), "{tray}");
    assert_eq!(tray.matches("Josiane Lambert").count(), 1);
    assert!(!tray.contains("prévue les jours suivants"), "{tray}");
}
