//! No lost updates (issue 13 §4): two desks open the same file's form; the second save
//! no longer undoes the first. Every edit form of a person's data carries the version of
//! the file it was read at; a save from an older version comes back (409) with "this file
//! changed while you were editing", what it holds now, and the typed values kept.

use crate::helpers::{find_person, spawn_app, Browser};
use guichet_domain::Role;
use reqwest::StatusCode;

/// The version a form was read at: the value of its hidden `version` field.
async fn version_of(b: &Browser, path: &str) -> String {
    let (status, html) = b.html(path).await;
    assert_eq!(status, StatusCode::OK, "{path}");
    html.split("name=\"version\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or_else(|| panic!("{path} carries no version"))
        .to_owned()
}

fn with<'a>(form: &[(&'a str, &'a str)], version: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut v = form.to_vec();
    v.push(("version", version));
    v
}

#[tokio::test]
async fn a_save_from_a_form_read_before_someone_elses_change_is_refused_and_keeps_the_typing() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let social = app.signed_in(Role::SocialWorker).await;
    let id = find_person(&desk, "josiane+lambert").await;
    let identity = format!("/persons/{id}/identity");

    // Both open the identity form.
    let seen_by_desk = version_of(&desk, &identity).await;
    let seen_by_social = version_of(&social, &identity).await;
    assert_eq!(seen_by_desk, seen_by_social);

    // The social worker saves first: a usual name.
    let theirs = [
        ("given_names", "Josiane"),
        ("family_name", "Lambert"),
        ("usual_name", "Jo"),
        ("birth_day", ""),
        ("birth_month", ""),
        ("birth_year", ""),
        ("niss", ""),
    ];
    let r = social
        .post(&identity, &with(&theirs, &seen_by_social))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    // The desk saves what it typed on the older form: refused, nothing undone.
    let mine = [
        ("given_names", "Josiane"),
        ("family_name", "Lambert"),
        ("usual_name", ""),
        ("birth_day", "30"),
        ("birth_month", "7"),
        ("birth_year", "1958"),
        ("niss", ""),
    ];
    let r = desk.post(&identity, &with(&mine, &seen_by_desk)).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Ce dossier a changé pendant que vous le modifiiez."),
        "{html}"
    );
    assert!(
        html.contains("Nom d&#39;usage : Jo"),
        "what the file holds now: {html}"
    );
    assert!(
        html.contains("value=\"1958\"") && html.contains("value=\"30\""),
        "what the desk typed is kept"
    );
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(page.contains("Jo"), "the first save stands");
    assert!(
        !page.contains("30/07/1958"),
        "the late save changed nothing"
    );

    // Saved again from the form that came back (it carries the new version): accepted.
    let again = html
        .split("name=\"version\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap()
        .to_owned();
    let keep_both = [
        ("given_names", "Josiane"),
        ("family_name", "Lambert"),
        ("usual_name", "Jo"),
        ("birth_day", "30"),
        ("birth_month", "7"),
        ("birth_year", "1958"),
        ("niss", ""),
    ];
    let r = desk.post(&identity, &with(&keep_both, &again)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(page.contains("Jo") && page.contains("30/07/1958"));
}

#[tokio::test]
async fn every_edit_form_of_a_file_refuses_a_stale_save() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = find_person(&desk, "josiane+lambert").await;
    let amrani = find_person(&desk, "el+amrani").await;
    let contact = format!("/persons/{id}/contact");
    let phones = format!("/persons/{id}/phones");
    let emails = format!("/persons/{id}/emails");
    let household = format!("/persons/{id}/household");
    let consents = format!("/persons/{id}/consents");

    // Every form is read now (version v); then the file changes (a phone is added).
    let stale = version_of(&desk, &contact).await;
    let household_search = format!("{household}?q=amrani");
    for form in [&phones, &emails, &household_search, &consents] {
        assert_eq!(version_of(&desk, form).await, stale, "{form}");
    }
    let r = desk
        .post(
            &phones,
            &with(
                &[
                    ("action", "add"),
                    ("number", "0470 44 55 66"),
                    ("kind", "guess"),
                    ("holder", ""),
                ],
                &stale,
            ),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    // Each stale save comes back, nothing done.
    // (the form, what the late save sends, what the page shows of it)
    type Late<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);
    let late: [Late; 5] = [
        (
            &contact,
            vec![("channel_1", "landline"), ("address_kind", "unknown")],
            "Ce dossier a changé pendant que vous le modifiiez.",
        ),
        (
            &phones,
            vec![
                ("action", "add"),
                ("number", "010 22 33 44"),
                ("kind", "guess"),
                ("holder", "sa fille"),
            ],
            "value=\"010 22 33 44\"",
        ),
        (
            &emails,
            vec![
                ("action", "add"),
                ("address", "jo@example.be"),
                ("holder", ""),
            ],
            "value=\"jo@example.be\"",
        ),
        (
            &household,
            vec![("other", &amrani), ("relation", "sibling"), ("q", "amrani")],
            "Ce dossier a changé pendant que vous le modifiiez.",
        ),
        (
            &consents,
            vec![("purpose", "sms"), ("action", "give"), ("how", "paper")],
            "Ce dossier a changé pendant que vous le modifiiez.",
        ),
    ];
    for (path, form, shows) in &late {
        let r = desk.post(path, &with(form, &stale)).await;
        assert_eq!(r.status(), StatusCode::CONFLICT, "{path}");
        let html = r.text().await.unwrap();
        assert!(html.contains(shows), "{path}: {html}");
        assert!(
            html.contains("Ce dossier a changé"),
            "{path} says the file changed"
        );
    }
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(page.contains("0470 44 55 66"), "the first change stands");
    for not_done in ["010 22 33", "jo@example.be", "Frère ou sœur"] {
        assert!(!page.contains(not_done), "{not_done} was not saved late");
    }
    assert!(page.contains("SMS : pas encore demandé"));
}
