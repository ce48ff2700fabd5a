//! Correcting a file after it was created: identity and national number history,
//! phones and email addresses in order of preference, and who may do it.

use crate::helpers::{location, spawn_app, Browser};
use guichet_domain::niss::with_check_number;
use guichet_domain::Role;
use reqwest::StatusCode;

/// The id of the first file found by a search.
async fn find(b: &Browser, q: &str) -> String {
    crate::helpers::find_person(b, q).await
}

/// The `main` element of a page, without the header and footer.
fn main_of(html: &str) -> &str {
    html.split("<main")
        .nth(1)
        .and_then(|m| m.split("</main>").next())
        .unwrap()
}

/// Ids of the lines of a phones or emails page, in the order shown.
fn line_ids(html: &str, field: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for piece in html.split(&format!("name=\"{field}\" value=\"")).skip(1) {
        let id = piece.split('"').next().unwrap().to_owned();
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

fn identity<'a>(given: &'a str, family: &'a str, niss: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("given_names", given),
        ("family_name", family),
        ("usual_name", ""),
        ("birth_day", "30"),
        ("birth_month", "7"),
        ("birth_year", "1958"),
        ("niss", niss),
    ]
}

async fn add_phone(b: &Browser, id: &str, number: &str, kind: &str, holder: &str) {
    let r = b
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
    assert_eq!(location(&r), format!("/persons/{id}/phones"));
}

#[tokio::test]
async fn a_corrected_name_shows_on_the_file_and_is_found_by_search() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = find(&desk, "josiane+lambert").await;
    let (status, html) = desk.html(&format!("/persons/{id}/identity")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("value=\"Josiane\"") && html.contains("value=\"Lambert\""));

    let mut form = identity("Josiane Maria", "Lambert-Dupont", "");
    form[2] = ("usual_name", "Jo Lambert");
    let r = desk.post(&format!("/persons/{id}/identity"), &form).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("/persons/{id}"));
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(
        page.contains("<h1>Josiane Maria Lambert-Dupont</h1>"),
        "{page}"
    );
    assert!(page.contains("Jo Lambert") && page.contains("30/07/1958"));

    for q in ["dupont", "maria+josiane", "LAMBERT+dupont"] {
        let (_, results) = desk.html(&format!("/persons?q={q}")).await;
        assert!(results.contains("Josiane Maria Lambert-Dupont"), "{q}");
    }
    // A single name is enough, but not none at all.
    let r = desk
        .post(&format!("/persons/{id}/identity"), &identity("", "", ""))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = desk
        .post(
            &format!("/persons/{id}/identity"),
            &identity("", "Josiane", ""),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(page.contains("<h1>Josiane</h1>"));
}

#[tokio::test]
async fn phones_are_added_for_a_relative_reordered_and_removed() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = find(&desk, "josiane+lambert").await;
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(page.contains("aucun numéro de téléphone"));
    assert!(page.contains(&format!("href=\"/persons/{id}/phones\"")));

    add_phone(&desk, &id, "0470/12.34.56", "guess", "").await;
    add_phone(&desk, &id, "010 88 77 66", "landline", "sa fille").await;
    let (status, html) = desk.html(&format!("/persons/{id}/phones")).await;
    assert_eq!(status, StatusCode::OK);
    let own = html.find("0470 12 34 56 (GSM)").unwrap();
    let daughter = html.find("010 88 77 66 (fixe) — sa fille").unwrap();
    assert!(own < daughter, "the first added comes first");

    // The daughter's phone becomes the one to try first.
    let ids = line_ids(&html, "phone");
    assert_eq!(ids.len(), 2);
    let r = desk
        .post(
            &format!("/persons/{id}/phones"),
            &[("action", "up"), ("phone", &ids[1])],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    let own = page.find("0470 12 34 56 (GSM)").unwrap();
    let daughter = page.find("010 88 77 66 (fixe, sa fille)").unwrap();
    assert!(daughter < own, "reordered on the person's page");

    // A phone of another file cannot be touched through this file.
    let other = find(&desk, "el+amrani").await;
    add_phone(&desk, &other, "0486 11 22 33", "guess", "").await;
    let (_, other_html) = desk.html(&format!("/persons/{other}/phones")).await;
    let foreign = line_ids(&other_html, "phone");
    for action in ["remove", "up"] {
        let r = desk
            .post(
                &format!("/persons/{id}/phones"),
                &[("action", action), ("phone", &foreign[0])],
            )
            .await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{action}");
    }
    let (_, other_html) = desk.html(&format!("/persons/{other}/phones")).await;
    assert!(other_html.contains("0486 11 22 33"));

    // Remove both: the file then says plainly it has no phone.
    for phone in &ids {
        let r = desk
            .post(
                &format!("/persons/{id}/phones"),
                &[("action", "remove"), ("phone", phone)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(!page.contains("0470 12 34 56"));
    assert!(page.contains("aucun numéro de téléphone"));
}

#[tokio::test]
async fn a_phone_added_later_is_found_by_the_duplicate_check_at_registration() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = find(&desk, "josiane+lambert").await;
    add_phone(&desk, &id, "0470 12 34 56", "guess", "").await;
    let r = desk
        .post(
            "/persons/new",
            &[("family_name", "Zyxwv"), ("phone", "0470.12.34.56")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK, "not created at once");
    let html = r.text().await.unwrap();
    assert!(html.contains("Est-ce la même personne"));
    assert!(html.contains(&format!("/persons/{id}\"")) && html.contains("même téléphone"));
}

#[tokio::test]
async fn emails_are_added_shared_reordered_and_removed() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = find(&desk, "josiane+lambert").await;
    let other = find(&desk, "el+amrani").await;
    for (person, address, holder) in [
        (&id, "Famille.Lambert@Example.BE", "sa fille"),
        (&id, "josiane@example.be", ""),
        // Families share addresses: never refused for being on another file.
        (&other, "famille.lambert@example.be", ""),
    ] {
        let r = desk
            .post(
                &format!("/persons/{person}/emails"),
                &[("action", "add"), ("address", address), ("holder", holder)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{address}");
    }
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(
        page.contains("Famille.Lambert@example.be (sa fille)"),
        "{page}"
    );
    assert!(page.find("Famille.Lambert").unwrap() < page.find("josiane@example.be").unwrap());

    let (_, html) = desk.html(&format!("/persons/{id}/emails")).await;
    let ids = line_ids(&html, "email");
    assert_eq!(ids.len(), 2);
    desk.post(
        &format!("/persons/{id}/emails"),
        &[("action", "up"), ("email", &ids[1])],
    )
    .await;
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(page.find("josiane@example.be").unwrap() < page.find("Famille.Lambert").unwrap());

    for email in &ids {
        let r = desk
            .post(
                &format!("/persons/{id}/emails"),
                &[("action", "remove"), ("email", email)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(page.contains("aucune adresse e-mail"));
    let (_, other_page) = desk.html(&format!("/persons/{other}")).await;
    assert!(other_page.contains("famille.lambert@example.be"));
}

#[tokio::test]
async fn a_changed_national_number_stays_in_the_history() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = find(&desk, "josiane+lambert").await;
    let first = with_check_number("580730", 33, false);
    let second = with_check_number("580730", 35, false);
    let path = format!("/persons/{id}/identity");

    let (_, html) = desk.html(&path).await;
    assert!(html.contains("Aucun numéro national enregistré"));
    let r = desk
        .post(&path, &identity("Josiane", "Lambert", &first))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(page.contains("58.07.30-033."));

    app.advance(24 * 60); // the next day, after signing in again
    let desk = app.signed_in(Role::Reception).await;
    let r = desk
        .post(&path, &identity("Josiane", "Lambert", &second))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = desk.html(&path).await;
    let history = html.split("id=\"history-title\"").nth(1).unwrap();
    assert!(history.contains("58.07.30-033.") && history.contains("58.07.30-035."));
    assert!(history.contains("enregistré le 02/03/2026"));
    assert!(history.contains("enregistré le 03/03/2026"));
    assert!(
        history.find("58.07.30-035.").unwrap() < history.find("(numéro actuel)").unwrap()
            && history.find("(numéro actuel)").unwrap() < history.find("58.07.30-033.").unwrap(),
        "the new number is the current one: {history}"
    );
    // The old number still finds the file at registration.
    let r = desk
        .post(
            "/persons/new",
            &[
                ("family_name", "Quelquun"),
                ("phone", "0499 00 00 01"),
                ("niss", &first),
            ],
        )
        .await;
    assert!(r
        .text()
        .await
        .unwrap()
        .contains(&format!("/persons/{id}\"")));

    // Clearing the number is allowed; the history keeps both.
    let r = desk.post(&path, &identity("Josiane", "Lambert", "")).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(!page.contains("58.07.30-03"));
    let (_, html) = desk.html(&path).await;
    assert!(html.contains("58.07.30-033.") && html.contains("58.07.30-035."));
    assert!(!html.contains("(numéro actuel)"));
}

#[tokio::test]
async fn mistakes_come_back_with_every_value_and_an_error_summary() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = find(&desk, "josiane+lambert").await;

    let form = [
        ("given_names", "Josiane Anne"),
        ("family_name", "Lambert-Nouveau"),
        ("usual_name", "Jo"),
        ("birth_day", "31"),
        ("birth_month", "2"),
        ("birth_year", "1958"),
        ("niss", "58.07.30-033.00"),
    ];
    let r = desk.post(&format!("/persons/{id}/identity"), &form).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("Il y a un problème"));
    assert!(html.contains("href=\"#niss\"") && html.contains("href=\"#birth_day\""));
    for (_, v) in form {
        assert!(html.contains(&format!("value=\"{v}\"")), "{v} kept");
    }
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(page.contains("<h1>Josiane Lambert</h1>"), "nothing saved");

    let r = desk
        .post(
            &format!("/persons/{id}/phones"),
            &[
                ("action", "add"),
                ("number", "047O 12 34"),
                ("kind", "landline"),
                ("holder", "son voisin"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#number\""));
    assert!(html.contains("value=\"047O 12 34\"") && html.contains("value=\"son voisin\""));
    assert!(html.contains("value=\"landline\" checked"));

    let r = desk
        .post(
            &format!("/persons/{id}/emails"),
            &[
                ("action", "add"),
                ("address", "josiane at example.be"),
                ("holder", "sa fille"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#address\""));
    assert!(
        html.contains("value=\"josiane at example.be\"") && html.contains("value=\"sa fille\"")
    );
}

#[tokio::test]
async fn a_national_number_already_on_another_file_is_refused() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let nurse = app.signed_in(Role::HealthWorker).await;
    let lambert = find(&desk, "josiane+lambert").await;
    let amrani = find(&desk, "el+amrani").await;
    let dubois = find(&nurse, "dubois").await;
    // Numbers of someone born on 30/07/1958, the birth date the form sends.
    let seen = with_check_number("580730", 41, false);
    let unseen = with_check_number("580730", 12, false);

    let r = desk
        .post(
            &format!("/persons/{amrani}/identity"),
            &identity("Mohamed", "El Amrani", &seen),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = desk
        .post(
            &format!("/persons/{lambert}/identity"),
            &identity("Josiane", "Lambert", &seen),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("déjà dans le dossier de Mohamed El Amrani"),
        "{html}"
    );
    assert!(html.contains(&format!("<a href=\"/persons/{amrani}\">")));

    // A file the receptionist may not see: refused without naming anyone.
    let r = nurse
        .post(
            &format!("/persons/{dubois}/identity"),
            &identity("Jean-Pierre", "Dubois", &unseen),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = desk
        .post(
            &format!("/persons/{lambert}/identity"),
            &identity("Josiane", "Lambert", &unseen),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("déjà dans un autre dossier"));
    assert!(!html.contains("Dubois") && !html.contains(&format!("/persons/{dubois}\"")));
    let (_, html) = desk.html(&format!("/persons/{lambert}/identity")).await;
    assert!(
        html.contains("Aucun numéro national enregistré"),
        "nothing saved"
    );
}

#[tokio::test]
async fn other_teams_get_not_found_and_administrators_are_refused() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = find(&desk, "josiane+lambert").await;
    add_phone(&desk, &id, "0470 12 34 56", "guess", "").await;
    let r = desk
        .post(
            &format!("/persons/{id}/emails"),
            &[("action", "add"), ("address", "j@example.be")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, phones) = desk.html(&format!("/persons/{id}/phones")).await;
    let phone = line_ids(&phones, "phone").remove(0);
    let (_, emails) = desk.html(&format!("/persons/{id}/emails")).await;
    let email = line_ids(&emails, "email").remove(0);

    let nurse = app.signed_in(Role::HealthWorker).await; // not in the team following her
    let (_, missing) = nurse.html("/persons/999999/identity").await;
    let posts: Vec<(String, Vec<(&str, &str)>)> = vec![
        (
            format!("/persons/{id}/identity"),
            identity("Quelqu", "Autre", ""),
        ),
        (
            format!("/persons/{id}/phones"),
            vec![("action", "add"), ("number", "0470 99 99 99")],
        ),
        (
            format!("/persons/{id}/phones"),
            vec![("action", "remove"), ("phone", &phone)],
        ),
        (
            format!("/persons/{id}/phones"),
            vec![("action", "up"), ("phone", &phone)],
        ),
        (
            format!("/persons/{id}/emails"),
            vec![("action", "add"), ("address", "x@example.be")],
        ),
        (
            format!("/persons/{id}/emails"),
            vec![("action", "remove"), ("email", &email)],
        ),
    ];
    for page in ["identity", "phones", "emails"] {
        let (status, html) = nurse.html(&format!("/persons/{id}/{page}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{page}");
        assert_eq!(main_of(&html), main_of(&missing), "{page} looks missing");
    }
    for (path, form) in &posts {
        let r = nurse.post(path, form).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "POST {path} {form:?}");
    }
    for role in [Role::Admin, Role::Dpo, Role::Coordinator] {
        let b = app.signed_in(role).await;
        for page in ["identity", "phones", "emails"] {
            let status = b.get(&format!("/persons/{id}/{page}")).await.status();
            assert!(
                matches!(status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND),
                "{role:?} GET {page}: {status}"
            );
        }
        for (path, form) in &posts {
            let status = b.post(path, form).await.status();
            assert!(
                matches!(status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND),
                "{role:?} POST {path}: {status}"
            );
        }
    }
    // Nothing changed.
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(page.contains("<h1>Josiane Lambert</h1>"));
    assert!(page.contains("0470 12 34 56") && page.contains("j@example.be"));
    assert!(!page.contains("0470 99 99 99") && !page.contains("x@example.be"));
}
