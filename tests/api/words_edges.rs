//! Issue 12, "words": the person's report speaks to the person (§7), the acknowledgement is
//! a receipt (§10), and the words are Belgian and in the person's language (§12): topic
//! labels, site and service names per language, no French spacing in Dutch or English.

use crate::helpers::{location, spawn_app, Browser, TestApp};
use guichet_domain::Role;
use reqwest::StatusCode;

const BILLS: &str = "difficultes-financieres--ameliorer-sa-gestion-budgetaire";

/// Every `what` and action code the access log can hold for a person (see
/// `handlers::logged_as` and the direct writers): none may reach the person's report.
const CODES: [&str; 28] = [
    "person",
    "contact",
    "consents",
    "notes",
    "notes new",
    "identity",
    "phones",
    "emails",
    "household",
    "household remove",
    "merge",
    "report",
    "report-pdf",
    "export",
    "export.json",
    "erase",
    "break-glass",
    "requests new",
    "appointments new",
    "request",
    "acknowledgement",
    "appointment",
    "card",
    "calendar file",
    "letter",
    "read",
    "print",
    "/persons",
];

/// Words of the desk about the person, which a letter to "you" must not use.
fn third_person(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &[
            "la personne",
            "Lit difficilement",
            "Prévoir un interprète",
            "A besoin d",
            "passe elle-même",
            "appel sur le téléphone fixe",
        ],
        "nl" => &[
            "de persoon",
            "Leest moeilijk",
            "Een tolk voorzien",
            "Heeft een tolk nodig",
            "komt zelf langs",
            "bellen naar de vaste lijn",
        ],
        _ => &[
            "the person",
            "Reads with difficulty",
            "Book an interpreter",
            "Needs an interpreter",
            "call the landline",
        ],
    }
}

/// The text of an HTML fragment: tags dropped, the entities askama writes decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push('\n');
            }
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// The part of a page meant for the person: `<article …>…</article>`.
fn article(html: &str) -> String {
    let start = html.find("<article").expect("an article");
    let end = html[start..].find("</article>").expect("its end") + start;
    text_of(&html[start..end])
}

/// A space (or a no-break space) before `:` `;` `?` `!`, as French writes it.
fn french_spacing(text: &str) -> Option<String> {
    text.lines()
        .find(|l| {
            l.char_indices().any(|(i, c)| {
                matches!(c, ':' | ';' | '?' | '!')
                    && l[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|b| matches!(b, ' ' | '\u{a0}' | '\u{202f}'))
            })
        })
        .map(str::to_owned)
}

async fn lambert(desk: &Browser) -> String {
    crate::helpers::find_person(desk, "josiane+lambert").await
}

/// Lambert's contact preferences: a letter, then the landline; her language; needs that
/// the desk writes in its own shorthand.
async fn prefer(desk: &Browser, id: &str, lang: &str, needs: &[&str]) {
    let mut form = vec![
        ("channel_1", "paper-letter"),
        ("channel_2", "landline"),
        ("language", lang),
        ("address_kind", "belgian"),
        ("street", "Rue des Glycines 4"),
        ("postcode", "1300"),
        ("municipality", "Wavre"),
    ];
    for n in needs {
        form.push(("needs", n));
    }
    let r = desk.post(&format!("/persons/{id}/contact"), &form).await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "contact preferences saved"
    );
}

async fn new_request(desk: &Browser, id: &str, channel: &str) -> String {
    let r = desk
        .post(
            &format!("/persons/{id}/requests/new"),
            &[
                ("topic", BILLS),
                ("channel", channel),
                ("urgency", "normal"),
                ("team", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "request saved");
    location(&r)
}

async fn book(desk: &Browser, id: &str) -> String {
    let r = desk
        .post(
            &format!("/persons/{id}/appointments/new"),
            &[
                ("worker", "2"),
                ("day", "7"),
                ("month", "4"),
                ("year", "2026"),
                ("time", "10:00"),
                ("minutes", "30"),
                ("place", "site"),
                ("site", "1"),
                ("what_to_bring", "la facture"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "appointment booked");
    location(&r)
}

/// "2026-0007" for `/requests/7` made in 2026 (the test clock's year).
fn reference_of(request: &str) -> String {
    let n: i64 = request.rsplit('/').next().unwrap().parse().unwrap();
    format!("2026-{n:04}")
}

async fn status_of(app: &TestApp, request: &str) -> String {
    let n: i64 = request.rsplit('/').next().unwrap().parse().unwrap();
    let row = sqlx::query("SELECT status FROM requests WHERE id = $1")
        .bind(n)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    sqlx::Row::get(&row, "status")
}

async fn events_of(app: &TestApp, request: &str, status: &str) -> i64 {
    let n: i64 = request.rsplit('/').next().unwrap().parse().unwrap();
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM request_events WHERE request_id = $1 AND status = $2",
    )
    .bind(n)
    .bind(status)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    sqlx::Row::get(&row, "n")
}

// ---------- §7 the person's report speaks to the person ----------

#[tokio::test]
async fn the_report_speaks_to_the_person_in_plain_words_without_codes_in_fr_nl_en() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    prefer(&desk, &id, "fr", &["reading-difficulty", "interpreter"]).await;
    let request = new_request(&desk, &id, "walk-in").await;
    let reference = reference_of(&request);
    let appointment = book(&desk, &id).await;
    // Every kind of page of her file the desk can open, print or export.
    for path in [
        format!("/persons/{id}"),
        format!("/persons/{id}/contact"),
        format!("/persons/{id}/consents"),
        format!("/persons/{id}/identity"),
        format!("/persons/{id}/phones"),
        format!("/persons/{id}/emails"),
        format!("/persons/{id}/household"),
        format!("/persons/{id}/requests/new"),
        format!("/persons/{id}/appointments/new"),
        request.clone(),
        format!("{request}/acknowledgement"),
        appointment.clone(),
        format!("{appointment}/card"),
        format!("{appointment}/ics"),
        format!("/persons/{id}/export.json"),
        format!("/persons/{id}/report-pdf"),
    ] {
        assert_eq!(desk.get(&path).await.status(), StatusCode::OK, "{path}");
    }
    // The social worker reads her notes; a nurse of another team breaks the glass.
    let social = app.signed_in(Role::SocialWorker).await;
    assert_eq!(
        social.get(&format!("/persons/{id}/notes")).await.status(),
        StatusCode::OK
    );
    let nurse = app.signed_in(Role::HealthWorker).await;
    let r = nurse
        .post(
            &format!("/persons/{id}/break-glass"),
            &[("reason", "Appel du médecin de garde")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "break-glass");

    let expected = [
        (
            "fr",
            vec![
                "a consulté votre dossier.".to_owned(),
                format!("a imprimé l'accusé de réception de votre demande {reference}."),
                format!("a consulté votre demande {reference}."),
                "a imprimé la carte d'un de vos rendez-vous.".to_owned(),
                "a ouvert votre dossier de façon exceptionnelle".to_owned(),
                "a lu les notes de votre dossier.".to_owned(),
                "a copié toutes vos données dans un fichier.".to_owned(),
                "Nous vous contactons d'abord par courrier.".to_owned(),
                "Vous avez demandé des textes faciles à lire.".to_owned(),
                format!("Sa référence : {reference}."),
            ],
        ),
        (
            "nl",
            vec![
                "uw dossier bekeken.".to_owned(),
                format!("de ontvangstbevestiging van uw aanvraag {reference} afgedrukt."),
                "de kaart van een van uw afspraken afgedrukt.".to_owned(),
                "uw dossier bij uitzondering geopend".to_owned(),
                "We contacteren u eerst per brief.".to_owned(),
                "U vroeg een tolk.".to_owned(),
            ],
        ),
        (
            "en",
            vec![
                "looked at your file.".to_owned(),
                format!("printed the acknowledgement of your request {reference}."),
                "made a calendar file of one of your appointments.".to_owned(),
                "opened your file in an exceptional way".to_owned(),
                "We contact you first by letter.".to_owned(),
                "If that does not work: with a call to your landline.".to_owned(),
                "You asked for texts that are easy to read.".to_owned(),
            ],
        ),
    ];
    for (lang, lines) in expected {
        prefer(&desk, &id, lang, &["reading-difficulty", "interpreter"]).await;
        let (status, html) = social.html(&format!("/persons/{id}/report")).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        let text = article(&html);
        for code in CODES {
            assert!(
                !text.contains(&format!("({code}")),
                "{lang}: the code ({code}…) is shown to the person:\n{text}"
            );
        }
        for phrase in third_person(lang) {
            assert!(
                !text.contains(phrase),
                "{lang}: third person {phrase:?} in a letter to \"you\":\n{text}"
            );
        }
        for line in lines {
            assert!(text.contains(&line), "{lang}: {line:?} missing in\n{text}");
        }
        assert!(
            text.contains("Aïcha Diallo") && text.contains("Appel du médecin de garde"),
            "{lang}: who broke the glass and why"
        );
    }
}

// ---------- §10 the acknowledgement as a receipt ----------

#[tokio::test]
async fn the_printed_acknowledgement_carries_date_and_reference_and_marks_the_request_acknowledged()
{
    let app = spawn_app().await; // Monday 2 March 2026
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    prefer(&desk, &id, "fr", &[]).await;
    let request = new_request(&desk, &id, "walk-in").await;
    let reference = reference_of(&request);
    assert_eq!(status_of(&app, &request).await, "new");
    let (_, page) = desk.html(&request).await;
    assert!(
        page.contains(&format!("<dd class=\"reference\">{reference}</dd>")),
        "the request page shows the reference the person will quote"
    );
    assert!(page.contains("Nouvelle"), "status before printing");
    assert!(
        page.contains(&format!("{request}/acknowledgement?large=1")),
        "large print offered: it is not her default"
    );

    let (status, slip) = desk.html(&format!("{request}/acknowledgement")).await;
    assert_eq!(status, StatusCode::OK);
    let slip = article(&slip);
    assert!(slip.contains("Date : lundi 2 mars 2026."), "{slip}");
    assert!(
        slip.contains(&format!("Votre référence : {reference}.")),
        "{slip}"
    );
    assert_eq!(status_of(&app, &request).await, "acknowledged");
    let (_, page) = desk.html(&request).await;
    assert!(page.contains("Accusé de réception envoyé"), "status shown");
    // Printing it again is no second event.
    desk.get(&format!("{request}/acknowledgement")).await;
    assert_eq!(events_of(&app, &request, "acknowledged").await, 1);

    // A request already in progress stays in progress when the slip is printed again.
    let other = new_request(&desk, &id, "walk-in").await;
    let r = desk
        .post(&format!("{other}/status"), &[("status", "in-progress")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    desk.get(&format!("{other}/acknowledgement")).await;
    assert_eq!(status_of(&app, &other).await, "in-progress");

    // Sent rather than printed: a request by phone is acknowledged once the letter is
    // queued, and the letter quotes the reference.
    let by_phone = new_request(&desk, &id, "phone").await;
    assert_eq!(status_of(&app, &by_phone).await, "acknowledged");
    let n: i64 = by_phone.rsplit('/').next().unwrap().parse().unwrap();
    let row = sqlx::query("SELECT body FROM outbox WHERE request_id = $1")
        .bind(n)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let body: String = sqlx::Row::get(&row, "body");
    assert!(body.contains(&reference_of(&by_phone)), "{body}");

    // Large print already her default: the slip is large, and no second version is offered.
    prefer(&desk, &id, "fr", &["large-print"]).await;
    let (_, page) = desk.html(&request).await;
    assert!(
        !page.contains("?large=1"),
        "large print is already her default"
    );
    let (_, slip) = desk.html(&format!("{request}/acknowledgement")).await;
    assert!(slip.contains("class=\"slip easy large\""));
}

#[tokio::test]
async fn a_quoted_reference_opens_the_request_and_a_wrong_one_says_why() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    let request = new_request(&desk, &id, "walk-in").await;
    let reference = reference_of(&request);
    let r = desk.get(&format!("/queue?reference={reference}")).await;
    assert_eq!(location(&r), request, "the reference opens the request");
    let spoken = reference.replace('-', "+");
    let r = desk.get(&format!("/queue?reference={spoken}")).await;
    assert_eq!(location(&r), request, "as said on the phone: 2026 0042");

    // The right number with another year: not that request.
    let wrong = reference.replace("2026", "2025");
    let (status, html) = desk.html(&format!("/queue?reference={wrong}")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("href=\"#reference\""), "error summary");
    assert!(
        html.contains(&format!("value=\"{wrong}\"")),
        "typed value kept"
    );
    assert!(html.contains("Aucune demande avec cette référence"));
    let (status, html) = desk.html("/queue?reference=bonjour").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("l&#39;année, un tiret, le numéro"), "{html}");

    // A request of a file the nurse may not open looks like no request at all.
    let nurse = app.signed_in(Role::HealthWorker).await;
    let (status, html) = nurse.html(&format!("/queue?reference={reference}")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("Aucune demande avec cette référence"));
}

// ---------- §12 words for Belgium and the person's language ----------

#[tokio::test]
async fn topics_offered_at_the_desk_are_belgian_in_every_language() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    for lang in ["fr", "nl", "en"] {
        let r = desk.post("/account/language", &[("lang", lang)]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{lang}");
        let (_, raw) = desk.html(&format!("/persons/{id}/requests/new")).await;
        let form = text_of(&raw);
        for france_only in ["MDPH", "en France", "in France", "Pôle emploi", "CAF "] {
            assert!(!form.contains(france_only), "{lang}: {france_only}");
        }
        assert!(form.contains("AVIQ") || form.contains("VAPH"), "{lang}");
        // The data·inclusion code is kept for exchange.
        assert!(raw.contains("value=\"sante--constituer-un-dossier-mdph-invalidite\""));
    }
}

/// The site form's current values, as the admin would send them back.
fn site_form_values(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for piece in html.split("<input ").skip(1) {
        let attr = |name: &str| {
            piece
                .split(&format!("{name}=\""))
                .nth(1)
                .and_then(|r| r.split('"').next())
                .map(|v| v.replace("&#39;", "'").replace("&amp;", "&"))
        };
        if let (Some(n), Some(v)) = (attr("name"), attr("value")) {
            if n != "csrf_token" {
                out.push((n, v));
            }
        }
    }
    let closing = html
        .split("name=\"closing_days\"")
        .nth(1)
        .and_then(|r| r.split('>').nth(1))
        .and_then(|r| r.split("</textarea").next())
        .unwrap_or_default()
        .to_owned();
    out.push(("closing_days".into(), closing));
    out
}

#[tokio::test]
async fn letters_use_the_site_and_service_names_in_the_persons_language() {
    let app = spawn_app().await;
    let admin = app.signed_in(Role::Admin).await;
    let (_, form) = admin.html("/admin/sites/1").await;
    let mut values = site_form_values(&form);
    assert!(values
        .iter()
        .any(|(n, v)| n == "name" && v == "Antenne Centre"));
    let set = |values: &mut Vec<(String, String)>, name: &str, v: &str| {
        values.retain(|(n, _)| n != name);
        values.push((name.into(), v.into()));
    };
    // A mistake comes back with every typed value and an error summary.
    set(&mut values, "name_nl", &"Antenne Centrum ".repeat(10));
    set(&mut values, "name_en", "Centre\toffice");
    let pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let r = admin.post("/admin/sites/1", &pairs).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#name_nl\"") && html.contains("href=\"#name_en\""));
    assert!(html.contains("150 caractères au plus"));
    assert!(
        html.contains("value=\"Rue des Tilleuls 12\""),
        "typed values kept"
    );

    set(&mut values, "name_nl", "Antenne Centrum");
    set(&mut values, "name_en", "Centre office");
    let pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let r = admin.post("/admin/sites/1", &pairs).await;
    assert_eq!(location(&r), "/admin/sites");
    let (_, form) = admin.html("/admin/sites/1").await;
    assert!(
        form.contains("value=\"Antenne Centrum\""),
        "kept for the next edit"
    );

    // The service's names: its own page, linked from the list.
    let (_, list) = admin.html("/admin/services").await;
    assert!(list.contains("href=\"/admin/services/1\""));
    let (status, _) = admin.html("/admin/services/1").await;
    assert_eq!(status, StatusCode::OK);
    let r = admin
        .post(
            "/admin/services/1",
            &[
                ("name_fr", ""),
                ("name_nl", "Algemene sociale dienst"),
                ("name_en", "General social service"),
                ("name_de", "Allgemeiner Sozialdienst"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/admin/services");
    assert_eq!(
        admin.get("/admin/services/999").await.status(),
        StatusCode::NOT_FOUND
    );

    // A Dutch-speaking person, reached by letter: the slip, the card and the queued letter
    // carry the Dutch names; a French-speaking one keeps the main names.
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    prefer(&desk, &id, "nl", &[]).await;
    let request = new_request(&desk, &id, "walk-in").await;
    let (_, slip) = desk.html(&format!("{request}/acknowledgement")).await;
    let slip = article(&slip);
    assert!(slip.contains("Algemene sociale dienst"), "{slip}");
    assert!(!slip.contains("Service social général"), "{slip}");
    assert_eq!(french_spacing(&slip), None, "Dutch slip: {slip}");
    let appointment = book(&desk, &id).await;
    let (_, card) = desk.html(&format!("{appointment}/card")).await;
    let card = article(&card);
    assert!(
        card.contains("Waar: Antenne Centrum, Rue des Tilleuls 12"),
        "{card}"
    );
    assert_eq!(french_spacing(&card), None, "Dutch card: {card}");
    let by_letter = new_request(&desk, &id, "letter").await;
    let n: i64 = by_letter.rsplit('/').next().unwrap().parse().unwrap();
    let row = sqlx::query("SELECT body, channel FROM outbox WHERE request_id = $1")
        .bind(n)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let body: String = sqlx::Row::get(&row, "body");
    let channel: String = sqlx::Row::get(&row, "channel");
    assert_eq!(channel, "paper-letter");
    assert!(body.contains("„Algemene sociale dienst\""), "{body}");
    assert_eq!(french_spacing(&body), None, "Dutch letter: {body}");
    let row = sqlx::query(
        "SELECT body FROM outbox WHERE appointment_id = $1 AND channel = 'paper-letter'",
    )
    .bind(
        appointment
            .rsplit('/')
            .next()
            .unwrap()
            .parse::<i64>()
            .unwrap(),
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    let body: String = sqlx::Row::get(&row, "body");
    assert!(
        body.contains("Antenne Centrum"),
        "the reminder letter: {body}"
    );

    prefer(&desk, &id, "fr", &[]).await;
    let (_, slip) = desk.html(&format!("{request}/acknowledgement")).await;
    assert!(article(&slip).contains("Service social général"));
    let (_, card) = desk.html(&format!("{appointment}/card")).await;
    assert!(article(&card).contains("Antenne Centre, Rue des Tilleuls 12"));
}

#[tokio::test]
async fn dutch_and_english_printouts_have_no_french_punctuation_spacing() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = lambert(&desk).await;
    let request = new_request(&desk, &id, "walk-in").await;
    let appointment = book(&desk, &id).await;
    for lang in ["nl", "en"] {
        prefer(&desk, &id, lang, &["reading-difficulty"]).await;
        for path in [
            format!("{request}/acknowledgement"),
            format!("{appointment}/card"),
            format!("/persons/{id}/report"),
        ] {
            let (_, html) = desk.html(&path).await;
            let text = article(&html);
            assert_eq!(french_spacing(&text), None, "{lang} {path}:\n{text}");
        }
    }
    // French keeps its own.
    prefer(&desk, &id, "fr", &[]).await;
    let (_, html) = desk.html(&format!("{request}/acknowledgement")).await;
    let text = article(&html);
    assert!(text.contains("Téléphone : 010 23 45 67."), "{text}");
    assert!(
        text.contains("lundi 09:00–12:00 ; mardi 09:00–12:00"),
        "{text}"
    );
}
