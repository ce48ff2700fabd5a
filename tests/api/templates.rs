//! Message templates: the coordinator edits a text with a preview, the next messages use
//! it, mistakes are explained and nothing is saved, and the shipped text can come back.

use crate::helpers::{location, spawn_app, Browser};
use guichet_domain::Role;
use reqwest::StatusCode;

const BILLS: &str = "difficultes-financieres--ameliorer-sa-gestion-budgetaire";

/// The editor's address of one template, found in the list by its three labels.
async fn template_link(b: &Browser, kind: &str, variant: &str, language: &str) -> (String, String) {
    let (status, html) = b.html("/settings/templates").await;
    assert_eq!(status, StatusCode::OK);
    let row = html
        .lines()
        .find(|l| {
            l.contains(&format!(
                "<td>{kind}</td><td>{variant}</td><td>{language}</td>"
            ))
        })
        .unwrap_or_else(|| panic!("no row for {kind} {variant} {language}"))
        .to_owned();
    let href = row
        .split("href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    (href.to_owned(), row)
}

/// A person who wants text messages, in French; returns their id.
async fn sms_person(desk: &Browser) -> String {
    let r = desk
        .post(
            "/persons/new",
            &[
                ("given_names", "Nadia"),
                ("family_name", "Vandersmissen"),
                ("phone", "0486 44 55 66"),
                ("confirmed", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let id = location(&r)
        .trim_start_matches("/persons/")
        .trim_end_matches("?created=1")
        .to_owned();
    let r = desk
        .post(
            &format!("/persons/{id}/contact"),
            &[
                ("channel_1", "sms"),
                ("agrees", "sms"),
                ("language", "fr"),
                ("address_kind", "unknown"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    id
}

/// Records a request by voicemail and returns the request page.
async fn new_request(desk: &Browser, person: &str) -> String {
    let r = desk
        .post(
            &format!("/persons/{person}/requests/new"),
            &[
                ("topic", BILLS),
                ("channel", "voicemail"),
                ("urgency", "normal"),
                ("team", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    desk.html(&location(&r)).await.1
}

#[tokio::test]
async fn a_coordinator_previews_and_saves_a_text_and_the_next_acknowledgement_uses_it() {
    let app = spawn_app().await;
    let coord = app.signed_in(Role::Coordinator).await;
    let desk = app.signed_in(Role::Reception).await;

    // The readability meter on the French standard acknowledgement, values kept.
    let (standard, _) = template_link(&coord, "Accusé de réception", "Standard", "français").await;
    let r = coord
        .post(
            &standard,
            &[
                ("action", "preview"),
                ("subject", "Votre demande"),
                (
                    "body",
                    "Bonjour {{ name }}.\nNous avons votre demande.\nAppelez le {{ phone }}.",
                ),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap();
    assert!(html.contains("value=\"Votre demande\""), "{html}");
    assert!(html.contains("Nous avons votre demande.\nAppelez le {{ phone }}.</textarea>"));
    assert!(
        html.contains("Bonjour Josiane Lambert."),
        "sample data in the preview"
    );
    assert!(html.contains("Ce texte est facile à lire."), "{html}");
    assert!(html.contains("3 phrases") && html.contains("Score :"));
    assert!(html.contains("rien n&#39;est encore enregistré"));

    // The SMS: its length in text messages, and why it is longer.
    let (sms, row) = template_link(&coord, "Accusé de réception", "SMS", "français").await;
    assert!(row.contains("Texte d&#39;origine"), "{row}");
    let (_, page) = coord.html(&sms).await;
    assert!(page.contains("1 SMS, sans caractère spécial."), "{page}");
    let typed = "{{ organisation }} : votre demande ({{ topic }}) arrive en fenêtre prioritaire. Réponse le {{ promised_date_short }}. Tél. {{ phone }}";
    let r = coord
        .post(&sms, &[("action", "preview"), ("body", typed)])
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap();
    assert!(html.contains("à cause du caractère « ê »"), "{html}");
    let (_, row) = template_link(&coord, "Accusé de réception", "SMS", "français").await;
    assert!(
        row.contains("Texte d&#39;origine"),
        "a preview saves nothing"
    );

    let plain = "{{ organisation }} : votre demande ({{ topic }}) est bien arrivée. Réponse le {{ promised_date_short }}. Tél. {{ phone }}";
    let r = coord
        .post(&sms, &[("action", "save"), ("body", plain)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = coord.html(&location(&r)).await;
    assert!(page.contains("Texte enregistré."), "{page}");
    let (_, row) = template_link(&coord, "Accusé de réception", "SMS", "français").await;
    assert!(row.contains("Modifié par votre organisation"), "{row}");

    let person = sms_person(&desk).await;
    let html = new_request(&desk, &person).await;
    assert!(
        html.contains("est bien arrivée. Réponse le 16/03/2026."),
        "{html}"
    );

    // Back to the shipped text: the next acknowledgement says it again.
    let r = coord.post(&sms, &[("action", "reset")]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = coord.html(&location(&r)).await;
    assert!(page.contains("Le texte d&#39;origine est de retour."));
    let (_, row) = template_link(&coord, "Accusé de réception", "SMS", "français").await;
    assert!(row.contains("Texte d&#39;origine"), "{row}");
    let html = new_request(&desk, &person).await;
    assert!(html.contains("nous avons votre demande"), "{html}");
}

#[tokio::test]
async fn a_mistake_in_a_text_is_explained_with_its_line_and_nothing_is_saved() {
    let app = spawn_app().await;
    let coord = app.signed_in(Role::Coordinator).await;
    let (link, _) = template_link(&coord, "Accusé de réception", "Standard", "français").await;
    let typed = "Bonjour {{ name }}.\nVotre dossier : {{ dossier }}.";
    let r = coord
        .post(
            &link,
            &[
                ("action", "save"),
                ("subject", "Mon objet"),
                ("body", typed),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#body\""), "{html}");
    assert!(
        html.contains("Ligne 2 : « dossier » n&#39;existe pas"),
        "{html}"
    );
    assert!(html.contains("Votre dossier : {{ dossier }}.</textarea>"));
    assert!(html.contains("value=\"Mon objet\""));
    let (_, row) = template_link(&coord, "Accusé de réception", "Standard", "français").await;
    assert!(row.contains("Texte d&#39;origine"), "nothing saved: {row}");

    // A broken mark: the line is given too.
    let r = coord
        .post(
            &link,
            &[
                ("action", "preview"),
                ("subject", "Objet"),
                ("body", "Bonjour\n\nLigne {{ name }\nfin"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("Ligne 3 : une accolade"), "{html}");
}

#[tokio::test]
async fn only_coordinators_edit_the_texts() {
    let app = spawn_app().await;
    for role in [Role::Reception, Role::SocialWorker, Role::Admin, Role::Dpo] {
        let b = app.signed_in(role).await;
        assert_eq!(
            b.get("/settings/templates").await.status(),
            StatusCode::FORBIDDEN,
            "{role:?}"
        );
        let r = b
            .post(
                "/settings/templates/0",
                &[("action", "save"), ("subject", "x"), ("body", "x")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{role:?}");
    }
    let coord = app.signed_in(Role::Coordinator).await;
    assert_eq!(
        coord.get("/settings/templates/9999").await.status(),
        StatusCode::NOT_FOUND
    );
    // German reminders exist; other German texts say they are the French one for now.
    let (_, row) = template_link(&coord, "Fiche d&#39;orientation", "Standard", "allemand").await;
    assert!(row.contains("Texte d&#39;origine (en français)"), "{row}");
}

/// The fridge card, on screen and as a PDF, is written from the template in force: a
/// coordinator's edit shows on both (one model), with the day and the time standing out.
#[tokio::test]
async fn a_coordinators_fridge_card_text_is_the_card_on_screen_and_on_paper() {
    let app = spawn_app().await;
    let coord = app.signed_in(Role::Coordinator).await;
    let desk = app.signed_in(Role::Reception).await;
    let (card_tpl, _) = template_link(&coord, "Carte pour le frigo", "Standard", "français").await;
    let typed = "Votre rendez-vous\n\n{{ day }}\n{{ time }}\nVous verrez {{ with }}.\nUn empêchement ? Appelez le {{ phone }}.";
    let r = coord
        .post(
            &card_tpl,
            &[("action", "save"), ("subject", ""), ("body", typed)],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );

    let person = crate::helpers::find_person(&desk, "el+amrani").await;
    let r = desk
        .post(
            &format!("/persons/{person}/appointments/new"),
            &[
                ("worker", "2"),
                ("day", "7"),
                ("month", "4"),
                ("year", "2026"),
                ("time", "10:00"),
                ("minutes", "30"),
                ("place", "site"),
                ("site", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let appointment = location(&r);
    let appointment = appointment.split('?').next().unwrap_or_default();

    let (_, card) = desk.html(&format!("{appointment}/card")).await;
    assert!(card.contains("Vous verrez Thomas Claes."), "{card}");
    assert!(
        card.contains("class=\"fridge-large\">mardi 7 avril 2026"),
        "{card}"
    );
    assert!(card.contains("Un empêchement ? Appelez le 010 23 45 67."));

    let r = desk.get(&format!("{appointment}/card-pdf")).await;
    assert_eq!(r.status(), StatusCode::OK);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("card.pdf");
    std::fs::write(&file, r.bytes().await.unwrap()).unwrap();
    let text = std::process::Command::new("pdftotext")
        .args([file.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    // The card's lines wrap on A5: compared word by word.
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("Vous verrez Thomas Claes."), "{text}");
    assert!(
        text.contains("Un empêchement ? Appelez le 010 23 45 67."),
        "{text}"
    );
}
