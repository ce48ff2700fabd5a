//! Issue 12 §5 "paper that always prints" and §4's envelopes: a long name prints the
//! person's report, a letter that cannot be laid out is set aside alone with its reason
//! while the rest of the batch prints and is posted, letters to the same person at the
//! same address share an envelope, print errors name their cause, and the fridge card's
//! PDF is the HTML card, in any script. PDFs are read back with poppler.

use crate::helpers::{find_person, location, spawn_app, Browser, TestApp};
use guichet_domain::Role;
use reqwest::StatusCode;

const MM: f64 = 72.0 / 25.4;

/// A word's box in points from the page's top-left corner.
type Bbox = (f64, f64, f64, f64);

struct Pdf {
    pages: usize,
    text: String,
    /// `(page, word, box)`, pages from 1.
    words: Vec<(usize, String, Bbox)>,
}

impl Pdf {
    /// The words of `page` where the envelope's window can be (x 90–200 mm, y 39–95 mm),
    /// each checked to lie inside the address zone (x 100–190, y 50–84 mm).
    fn window_words(&self, page: usize) -> Vec<&str> {
        let reach = |(x0, y0, x1, y1): Bbox| {
            x1 > 90.0 * MM && x0 < 200.0 * MM && y1 > 39.0 * MM && y0 < 95.0 * MM
        };
        let words: Vec<_> = self
            .words
            .iter()
            .filter(|(p, _, b)| *p == page && reach(*b))
            .collect();
        for (_, w, (x0, y0, x1, y1)) in &words {
            assert!(
                *x0 >= 100.0 * MM - 0.01
                    && *x1 <= 190.0 * MM + 0.01
                    && *y0 >= 50.0 * MM - 0.01
                    && *y1 <= 84.0 * MM + 0.01,
                "{w} at {:?} is outside the window zone",
                (x0, y0, x1, y1)
            );
        }
        words.iter().map(|(_, w, _)| w.as_str()).collect()
    }

    fn flat(&self) -> String {
        self.text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = std::process::Command::new(cmd).args(args).output().unwrap();
    assert!(out.status.success(), "{cmd} failed");
    String::from_utf8(out.stdout).unwrap()
}

/// Saves a PDF under `target/letters-api/` with PNG pages, and reads it back.
fn read_pdf(bytes: &[u8], name: &str) -> Pdf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/letters-api");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.pdf"));
    std::fs::write(&file, bytes).unwrap();
    let f = file.to_str().unwrap();
    run(
        "pdftoppm",
        &["-png", "-r", "60", f, dir.join(name).to_str().unwrap()],
    );
    let info = run("pdfinfo", &[f]);
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
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
                .replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&apos;", "'");
            words.push((
                page,
                word,
                (attr("xMin"), attr("yMin"), attr("xMax"), attr("yMax")),
            ));
        }
    }
    Pdf {
        pages,
        text: run("pdftotext", &[f, "-"]),
        words,
    }
}

async fn get_pdf(b: &Browser, path: &str, name: &str) -> Pdf {
    let r = b.get(path).await;
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    assert_eq!(r.headers()["content-type"], "application/pdf");
    read_pdf(&r.bytes().await.unwrap(), name)
}

/// Renames a file (names this long come from another system or an old import: the
/// identity form may refuse them).
async fn rename(app: &TestApp, person: &str, given: &str, family: &str) {
    sqlx::query("UPDATE persons SET given_names = $1, family_name = $2 WHERE id = $3")
        .bind(given)
        .bind(family)
        .bind(person.parse::<i64>().unwrap())
        .execute(app.db.pool())
        .await
        .unwrap();
}

/// An address of more lines than the contact form takes (six) and than any window holds,
/// as data from an older import would have it: written straight into the file, since the
/// form refuses it. Letters first.
async fn by_letter_to_a_very_long_address(
    app: &TestApp,
    desk: &Browser,
    person: &str,
    country: &str,
) {
    let lines: Vec<String> = (1..=12).map(|i| format!("Ligne {i}")).collect();
    let r = desk
        .post(
            &format!("/persons/{person}/contact"),
            &[
                ("channel_1", "paper-letter"),
                ("address_kind", "foreign"),
                ("foreign_lines", &lines.join("\n")),
                ("country", country),
            ],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "the form takes six lines at most"
    );
    by_letter_abroad(desk, person, "Ligne 1", country).await;
    sqlx::query("UPDATE persons SET street = $1 WHERE id = $2")
        .bind(lines.join("\n"))
        .bind(person.parse::<i64>().unwrap())
        .execute(app.db.pool())
        .await
        .unwrap();
}

/// Letters first, at a Belgian address.
async fn by_letter(desk: &Browser, person: &str, street: &str) {
    let r = desk
        .post(
            &format!("/persons/{person}/contact"),
            &[
                ("channel_1", "paper-letter"),
                ("address_kind", "belgian"),
                ("street", street),
                ("postcode", "1300"),
                ("municipality", "Wavre"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

/// Letters first, at a foreign address of these lines.
async fn by_letter_abroad(desk: &Browser, person: &str, lines: &str, country: &str) {
    let r = desk
        .post(
            &format!("/persons/{person}/contact"),
            &[
                ("channel_1", "paper-letter"),
                ("address_kind", "foreign"),
                ("foreign_lines", lines),
                ("country", country),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "foreign address saved");
}

/// Books an appointment in March 2026 (the clock is Monday 2 March): the reminder letter
/// is due today.
async fn book(desk: &Browser, person: &str, day: &str, time: &str) -> String {
    let r = desk
        .post(
            &format!("/persons/{person}/appointments/new"),
            &[
                ("worker", "2"),
                ("day", day),
                ("month", "3"),
                ("year", "2026"),
                ("time", time),
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

const NAME_62: (&str, &str) = (
    "Marie-Christine Jean-Baptiste Eléonore",
    "Vandenbossche-Delacroix",
);

#[tokio::test]
async fn paper_a_62_character_name_prints_the_persons_report_pdf_inside_the_window() {
    let app = spawn_app().await;
    let social = app.signed_in(Role::SocialWorker).await;
    let id = find_person(&social, "lambert").await;
    by_letter(
        &social,
        &id,
        "Rue du Commandant-Général Baron Lannoy 242 boîte 63",
    )
    .await;
    rename(&app, &id, NAME_62.0, NAME_62.1).await;
    let full = format!("{} {}", NAME_62.0, NAME_62.1);
    assert_eq!(full.chars().count(), 62);
    let pdf = get_pdf(&social, &format!("/persons/{id}/report-pdf"), "report-62").await;
    let window = pdf.window_words(1).concat();
    let expected = format!("{full} Rue du Commandant-Général Baron Lannoy 242 boîte 63 1300 Wavre")
        .replace(' ', "");
    assert_eq!(window, expected, "the whole address, inside the window");

    // 80 and 120 characters print too.
    for (given, family) in [
        (
            "Marie-Christine Jean-Baptiste Eléonore Anne",
            "Van den Bossche-Delacroix Wijnendael",
        ),
        (
            "Marie-Christine Jean-Baptiste Eléonore Anne-Sophie Françoise",
            "Van den Bossche-Delacroix de Wijnendaele-Oudenaarde Exemple",
        ),
    ] {
        rename(&app, &id, given, family).await;
        let n = given.chars().count() + 1 + family.chars().count();
        assert!(n == 80 || n == 120, "{n}");
        let pdf = get_pdf(
            &social,
            &format!("/persons/{id}/report-pdf"),
            &format!("report-{n}"),
        )
        .await;
        assert_eq!(
            pdf.window_words(1).concat(),
            format!(
                "{given} {family} Rue du Commandant-Général Baron Lannoy 242 boîte 63 1300 Wavre"
            )
            .replace(' ', ""),
            "{n} characters"
        );
    }
}

#[tokio::test]
async fn paper_a_report_that_cannot_be_laid_out_says_why_not_cannot_reach_the_database() {
    let app = spawn_app().await;
    let social = app.signed_in(Role::SocialWorker).await;
    let id = find_person(&social, "lambert").await;
    by_letter_to_a_very_long_address(&app, &social, &id, "France").await;
    let r = social.get(&format!("/persons/{id}/report-pdf")).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(
            "L&#39;adresse de Josiane Lambert a trop de lignes pour la fenêtre de l&#39;enveloppe"
        ),
        "{html}"
    );
    assert!(html.contains("Raccourcissez-la dans son dossier"));
    assert!(
        html.contains(&format!("href=\"/persons/{id}\"")),
        "a way to the file"
    );
    assert!(
        !html.contains("base de données"),
        "not a database error: {html}"
    );

    // A character no font has: named, with its code point, and the field.
    by_letter(&social, &id, "Rue des Glycines 4").await;
    rename(&app, &id, "Josiane 王", "Lambert").await;
    let r = social.get(&format!("/persons/{id}/report-pdf")).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Dans le nom et l&#39;adresse pour Josiane 王 Lambert, ces caractères ne peuvent pas être imprimés : 王 (U+738B)."),
        "{html}"
    );
}

#[tokio::test]
async fn paper_a_batch_with_a_letter_that_cannot_be_laid_out_prints_the_rest_and_posts_only_them() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let lambert = find_person(&desk, "josiane+lambert").await;
    by_letter(&desk, &lambert, "Rue des Glycines 4").await;
    book(&desk, &lambert, "4", "10:00").await;
    // Mohamed El Amrani's address has more lines than any window holds.
    let amrani = find_person(&desk, "el+amrani").await;
    by_letter_to_a_very_long_address(&app, &desk, &amrani, "Maroc").await;
    book(&desk, &amrani, "4", "11:00").await;

    let (_, tray) = desk.html("/paper-tray").await;
    assert!(
        tray.contains("2 lettres attendent l&#39;impression."),
        "{tray}"
    );
    assert_eq!(
        desk.post("/paper-tray", &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    let (_, tray) = desk.html("/paper-tray").await;
    // The batch holds Josiane's letter only; Mohamed's waits, with why and a way to fix it.
    assert!(tray.contains("1 lettre à mettre sous enveloppe."), "{tray}");
    assert!(tray.contains("1 lettre dans 1 enveloppe."), "{tray}");
    assert!(tray.contains("1 lettre attend l&#39;impression."), "{tray}");
    assert!(tray.contains("1 lettre est mise de côté"), "{tray}");
    assert!(
        tray.contains("L&#39;adresse de Mohamed El Amrani a trop de lignes pour la fenêtre de l&#39;enveloppe"),
        "{tray}"
    );
    assert!(tray.contains(&format!(
        "<a href=\"/persons/{amrani}\">Ouvrir le dossier de Mohamed El Amrani</a>"
    )));
    let batch = batch_ids(&tray);
    assert_eq!(batch.len(), 1);
    let pdf = get_pdf(&desk, &format!("/paper-tray/{}", batch[0]), "edges-batch").await;
    assert_eq!(pdf.pages, 1);
    assert_eq!(
        pdf.window_words(1),
        ["Josiane", "Lambert", "Rue", "des", "Glycines", "4", "1300", "Wavre"]
    );
    assert!(!pdf.flat().contains("Amrani"));

    // "Posted" applies to what printed: Mohamed's letter still waits.
    let r = desk
        .post(&format!("/paper-tray/{}/posted", batch[0]), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, tray) = desk.html(&location(&r)).await;
    assert!(tray.contains("1 lettre est notée comme postée."), "{tray}");
    assert!(tray.contains("1 lettre attend l&#39;impression."), "{tray}");
    assert!(batch_ids(&tray).is_empty(), "no open batch left");
    let sent: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE channel = 'paper-letter' AND status = 'sent'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(sent, 1);

    // The address shortened on the file, the letter prints with the next batch.
    by_letter_abroad(
        &desk,
        &amrani,
        "Rue des Exemples 3\n20000 Casablanca",
        "Maroc",
    )
    .await;
    assert_eq!(
        desk.post("/paper-tray", &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    let (_, tray) = desk.html("/paper-tray").await;
    assert!(!tray.contains("mise de côté"), "{tray}");
    let batch = batch_ids(&tray);
    let pdf = get_pdf(
        &desk,
        &format!("/paper-tray/{}", batch[0]),
        "edges-batch-fixed",
    )
    .await;
    assert_eq!(
        pdf.window_words(1),
        [
            "Mohamed",
            "El",
            "Amrani",
            "Rue",
            "des",
            "Exemples",
            "3",
            "20000",
            "Casablanca",
            "MAROC"
        ]
    );
}

#[tokio::test]
async fn paper_a_name_no_font_can_print_is_set_aside_before_printing_never_a_box() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let lambert = find_person(&desk, "josiane+lambert").await;
    by_letter(&desk, &lambert, "Rue des Glycines 4").await;
    book(&desk, &lambert, "4", "10:00").await;
    rename(&app, &lambert, "Josiane 🦀", "Lambert").await;
    desk.post("/paper-tray", &[]).await;
    let (_, tray) = desk.html("/paper-tray").await;
    assert!(
        tray.contains("ces caractères ne peuvent pas être imprimés : 🦀 (U+1F980)"),
        "{tray}"
    );
    assert!(
        batch_ids(&tray).is_empty(),
        "nothing else to print: no batch"
    );

    // Printed after batching and renamed since: set aside at print time, the rest prints.
    rename(&app, &lambert, "Josiane", "Lambert").await;
    let amrani = find_person(&desk, "el+amrani").await;
    by_letter(&desk, &amrani, "Rue des Tilleuls 9").await;
    book(&desk, &amrani, "4", "11:00").await;
    desk.post("/paper-tray", &[]).await;
    let (_, tray) = desk.html("/paper-tray").await;
    assert!(
        tray.contains("2 lettres à mettre sous enveloppe."),
        "{tray}"
    );
    let batch = batch_ids(&tray).remove(0);
    rename(&app, &lambert, "Josiane \u{E000}", "Lambert").await;
    let pdf = get_pdf(&desk, &format!("/paper-tray/{batch}"), "edges-renamed").await;
    assert_eq!(pdf.pages, 1);
    assert!(pdf.flat().contains("Mohamed El Amrani") && !pdf.flat().contains("Josiane"));
    let (_, tray) = desk.html("/paper-tray").await;
    assert!(tray.contains("1 lettre à mettre sous enveloppe."), "{tray}");
    assert!(tray.contains("(U+E000)"), "{tray}");
    let r = desk.post(&format!("/paper-tray/{batch}/posted"), &[]).await;
    let (_, tray) = desk.html(&location(&r)).await;
    assert!(tray.contains("1 lettre est notée comme postée."), "{tray}");
    assert!(tray.contains("1 lettre attend l&#39;impression."), "{tray}");
}

#[tokio::test]
async fn paper_letters_to_the_same_person_and_address_go_in_one_envelope() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let lambert = find_person(&desk, "josiane+lambert").await;
    by_letter(&desk, &lambert, "Rue des Glycines 4").await;
    for time in ["09:00", "10:00", "11:00"] {
        book(&desk, &lambert, "4", time).await;
    }
    let amrani = find_person(&desk, "el+amrani").await;
    by_letter(&desk, &amrani, "Rue des Glycines 4").await;
    book(&desk, &amrani, "4", "14:00").await;
    desk.post("/paper-tray", &[]).await;
    let (_, tray) = desk.html("/paper-tray").await;
    // Same address, another person: another envelope.
    assert!(tray.contains("4 lettres dans 2 enveloppes."), "{tray}");
    let batch = batch_ids(&tray).remove(0);
    let pdf = get_pdf(&desk, &format!("/paper-tray/{batch}"), "edges-envelopes").await;
    assert_eq!(pdf.pages, 4);
    let lambert_pages: Vec<usize> = (1..=4)
        .filter(|p| pdf.words.iter().any(|(q, w, _)| q == p && w == "Josiane"))
        .collect();
    assert_eq!(lambert_pages.len(), 3, "{lambert_pages:?}");
    assert!(
        lambert_pages.windows(2).all(|w| w[1] == w[0] + 1),
        "one envelope's letters follow each other: {lambert_pages:?}"
    );
    for (n, p) in lambert_pages.iter().enumerate() {
        let page: String = pdf
            .words
            .iter()
            .filter(|(q, _, _)| q == p)
            .map(|(_, w, _)| w.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            page.contains(&format!("Enveloppe : lettre {} sur 3", n + 1)),
            "{page}"
        );
        // Each letter carries the address (a complete letter once opened); only the
        // first one's shows through the window.
        assert_eq!(
            pdf.window_words(*p),
            ["Josiane", "Lambert", "Rue", "des", "Glycines", "4", "1300", "Wavre"]
        );
    }
}

#[tokio::test]
async fn paper_the_fridge_card_pdf_is_the_html_card_in_greek_arabic_and_ethiopic() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = find_person(&desk, "josiane+lambert").await;
    let appointment = book(&desk, &id, "23", "14:00").await;
    let (_, html) = desk.html(&format!("{appointment}/card")).await;
    let pdf = get_pdf(&desk, &format!("{appointment}/card-pdf"), "edges-card").await;
    assert_eq!(pdf.pages, 1);
    // Every line of the HTML card is on the PDF card, walk-in hours included.
    let lines: Vec<String> = html
        .split("<article class=\"fridge\"")
        .nth(1)
        .unwrap()
        .split("</article>")
        .next()
        .unwrap()
        .split("<p class=\"")
        .skip(1)
        .map(|p| {
            p.split_once('>')
                .unwrap()
                .1
                .split("</p>")
                .next()
                .unwrap()
                .replace("&#39;", "'")
        })
        .collect();
    assert!(lines.len() >= 6, "{lines:?}");
    assert!(
        lines.iter().any(|l| l.starts_with("Sans rendez-vous : ")),
        "walk-in hours on the card: {lines:?}"
    );
    let flat = pdf.flat().replace('\u{a0}', " ");
    for l in &lines {
        assert!(
            flat.contains(l.as_str()),
            "{l:?} missing from the PDF card: {flat}"
        );
    }
    // The day and the time are the largest words.
    let height = |word: &str| {
        pdf.words
            .iter()
            .find(|(_, w, _)| w == word)
            .map(|(_, _, b)| b.3 - b.1)
            .unwrap_or_else(|| panic!("{word}"))
    };
    assert!(height("14:00") > 1.4 * height("Claes"), "the time is large");
    assert!(height("mars") > 1.4 * height("Claes"), "the day is large");

    for (given, family, tag) in [
        ("Ζωή", "Παπαδοπούλου", "greek"),
        ("فاطمة", "الزهراء", "arabic"),
        ("አበበ", "ቢቂላ", "ethiopic"),
    ] {
        rename(&app, &id, given, family).await;
        let r = desk
            .post(
                &format!("/persons/{id}/appointments/new"),
                &[
                    ("worker", "2"),
                    ("day", "24"),
                    ("month", "3"),
                    ("year", "2026"),
                    (
                        "time",
                        if tag == "greek" {
                            "09:00"
                        } else if tag == "arabic" {
                            "10:00"
                        } else {
                            "11:00"
                        },
                    ),
                    ("place", "site"),
                    ("site", "1"),
                    ("what_to_bring", &format!("{given} {family}")),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let a = location(&r);
        let pdf = get_pdf(
            &desk,
            &format!("{a}/card-pdf"),
            &format!("edges-card-{tag}"),
        )
        .await;
        for word in [given, family] {
            assert!(pdf.flat().contains(word), "{tag}: {word} in {}", pdf.flat());
        }
    }
}

#[tokio::test]
async fn paper_a_fridge_card_with_a_character_no_font_has_is_pointed_out_and_refused_with_its_reason(
) {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = find_person(&desk, "josiane+lambert").await;
    let r = desk
        .post(
            &format!("/persons/{id}/appointments/new"),
            &[
                ("worker", "2"),
                ("day", "23"),
                ("month", "3"),
                ("year", "2026"),
                ("time", "14:00"),
                ("place", "site"),
                ("site", "1"),
                ("what_to_bring", "la carte 王"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let a = location(&r);
    let (_, html) = desk.html(&format!("{a}/card")).await;
    assert!(
        html.contains("ces caractères ne peuvent pas être imprimés : 王 (U+738B)"),
        "pointed out before printing: {html}"
    );
    let r = desk.get(&format!("{a}/card-pdf")).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("王 (U+738B)"), "{html}");
    assert!(!html.contains("base de données"), "{html}");
}
