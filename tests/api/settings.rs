//! Coordinator settings: each service's promised response times, and the topics the
//! organisation adds to the shared vocabulary.

use crate::helpers::{location, spawn_app, Browser};
use guichet_domain::Role;
use reqwest::StatusCode;

const BILLS: &str = "difficultes-financieres--ameliorer-sa-gestion-budgetaire";

async fn person_id(b: &Browser, q: &str) -> String {
    crate::helpers::find_person(b, q).await
}

/// The id of a service, read from the "Change" link of its row.
fn service_id(html: &str, name: &str) -> String {
    html.split(&format!("<td>{name} — "))
        .nth(1)
        .unwrap()
        .split("?service=")
        .nth(1)
        .unwrap()
        .split('#')
        .next()
        .unwrap()
        .to_owned()
}

async fn new_request(desk: &Browser, person: &str, topic: &str, team: &str) -> reqwest::Response {
    desk.post(
        &format!("/persons/{person}/requests/new"),
        &[
            ("topic", topic),
            ("channel", "walk-in"),
            ("urgency", "normal"),
            ("team", team),
        ],
    )
    .await
}

#[tokio::test]
async fn the_coordinator_sets_a_services_response_times_and_new_requests_follow_them() {
    let app = spawn_app().await; // Monday 2 March 2026
    let mut coord = app.signed_in(Role::Coordinator).await;
    let (_, home) = coord.html("/home").await;
    assert!(home.contains("href=\"/settings/response-times\""));
    assert!(home.contains("href=\"/settings/topics\""));

    let (status, html) = coord.html("/settings/response-times").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Service social général — Antenne Centre"));
    assert!(html.contains("10 jours ouvrables"), "defaults shown");
    let social = service_id(&html, "Service social général");
    coord
        .refresh_csrf(&format!("/settings/response-times?service={social}"))
        .await;
    let r = coord
        .post(
            "/settings/response-times",
            &[
                ("service", social.as_str()),
                ("urgent", "1"),
                ("normal", " 3 "),
                ("can_wait", "15"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = coord.html(&location(&r)).await;
    assert!(html.contains("Délais enregistrés pour Service social général — Antenne Centre"));
    assert!(html.contains("3 jours ouvrables") && html.contains("15 jours ouvrables"));

    // Team 1 belongs to the social service: 3 working days after Monday 2 March.
    let desk = app.signed_in(Role::Reception).await;
    let id = person_id(&desk, "josiane+lambert").await;
    let r = new_request(&desk, &id, BILLS, "1").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = desk.html(&location(&r)).await;
    assert!(
        html.contains("Réponse promise au plus tard le jeudi 5 mars 2026."),
        "{html}"
    );
    // Debt mediation (team 2) kept the default 10 working days.
    let r = new_request(&desk, &id, BILLS, "2").await;
    let (_, html) = desk.html(&location(&r)).await;
    assert!(
        html.contains("Réponse promise au plus tard le lundi 16 mars 2026."),
        "{html}"
    );
}

#[tokio::test]
async fn wrong_response_times_come_back_explained_with_everything_typed() {
    let app = spawn_app().await;
    let coord = app.signed_in(Role::Coordinator).await;
    let (_, html) = coord.html("/settings/response-times").await;
    let social = service_id(&html, "Service social général");
    let r = coord
        .post(
            "/settings/response-times",
            &[
                ("service", social.as_str()),
                ("urgent", "deux"),
                ("normal", "30"),
                ("can_wait", "12"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#urgent\""));
    assert!(html.contains("Urgent : indiquez un nombre entier de jours ouvrables, de 0 à 120"));
    assert!(html.contains("href=\"#normal\""));
    assert!(html.contains(
        "Une demande normale ne peut pas attendre plus longtemps qu&#39;une demande qui peut attendre"
    ));
    for kept in ["value=\"deux\"", "value=\"30\"", "value=\"12\""] {
        assert!(html.contains(kept), "{kept}");
    }

    let r = coord
        .post(
            "/settings/response-times",
            &[
                ("service", social.as_str()),
                ("urgent", "5"),
                ("normal", "4"),
                ("can_wait", "121"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains(
        "Une demande urgente ne peut pas attendre plus longtemps qu&#39;une demande normale"
    ));
    assert!(html.contains("Peut attendre : indiquez un nombre entier"));
    assert!(html.contains("value=\"121\""));

    // Nothing was saved.
    let (_, html) = coord.html("/settings/response-times").await;
    assert!(!html.contains("121 jours") && !html.contains("30 jours"));
    assert!(html.contains("10 jours ouvrables"));
}

#[tokio::test]
async fn only_the_coordinator_opens_the_settings() {
    let app = spawn_app().await;
    for role in [
        Role::Reception,
        Role::SocialWorker,
        Role::HealthWorker,
        Role::Dpo,
        Role::Admin,
    ] {
        let b = app.signed_in(role).await;
        for path in ["/settings/response-times", "/settings/topics"] {
            assert_eq!(
                b.get(path).await.status(),
                StatusCode::FORBIDDEN,
                "{role:?} {path}"
            );
            assert_eq!(
                b.post(
                    path,
                    &[
                        ("service", "1"),
                        ("urgent", "0"),
                        ("normal", "0"),
                        ("can_wait", "0"),
                        ("label_fr", "X")
                    ]
                )
                .await
                .status(),
                StatusCode::FORBIDDEN,
                "{role:?} POST {path}"
            );
        }
        let (_, home) = b.html("/home").await;
        assert!(
            !home.contains("/settings/"),
            "{role:?} sees no settings link"
        );
    }
    let coord = app.signed_in(Role::Coordinator).await;
    let (_, html) = coord.html("/settings/topics").await;
    assert!(
        html.contains("aria-current=\"page\">Thèmes</a>"),
        "in the navigation"
    );
}

/// Adds a topic as the coordinator and returns its code, read from the request form.
async fn add_topic(app: &crate::helpers::TestApp, fr: &str, nl: &str, en: &str) -> String {
    let coord = app.signed_in(Role::Coordinator).await;
    let r = coord
        .post(
            "/settings/topics",
            &[("label_fr", fr), ("label_nl", nl), ("label_en", en)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = coord.html(&location(&r)).await;
    assert!(html.contains("Thème ajouté"));
    assert!(html.contains(if fr.is_empty() { nl } else { fr }));
    html.split("name=\"code\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn a_topic_the_coordinator_adds_is_offered_in_each_language_and_shown_on_the_request() {
    let app = spawn_app().await;
    let code = add_topic(&app, "Épicerie sociale", "Sociale kruidenier", "").await;
    assert!(code.starts_with("local-"), "{code}");

    let desk = app.signed_in(Role::Reception).await;
    let id = person_id(&desk, "josiane+lambert").await;
    let form = format!("/persons/{id}/requests/new");
    let (_, html) = desk.html(&form).await;
    assert!(html.contains("<optgroup label=\"Thèmes de notre organisation\">"));
    assert!(html.contains(&format!(
        "<option value=\"{code}\">Épicerie sociale</option>"
    )));
    let (_, html) = desk.html(&format!("{form}?lang=nl")).await;
    assert!(html.contains("<optgroup label=\"Thema&#39;s van onze organisatie\">"));
    assert!(html.contains(&format!(
        "<option value=\"{code}\">Sociale kruidenier</option>"
    )));
    // No English name: the French one is shown.
    let (_, html) = desk.html(&format!("{form}?lang=en")).await;
    assert!(html.contains(&format!(
        "<option value=\"{code}\">Épicerie sociale</option>"
    )));

    let r = new_request(&desk, &id, &code, "1").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let request = location(&r);
    let (_, html) = desk.html(&format!("{request}?lang=fr")).await;
    assert!(html.contains("<h1>Épicerie sociale</h1>"), "{html}");
    let (_, html) = desk.html(&format!("{request}?lang=nl")).await;
    assert!(html.contains("<h1>Sociale kruidenier</h1>"));
    let (_, html) = desk.html(&format!("/persons/{id}?lang=fr")).await;
    assert!(html.contains("Épicerie sociale</a>"));
    let (_, slip) = desk.html(&format!("{request}/acknowledgement")).await;
    assert!(slip.contains("Épicerie sociale"), "{slip}");
}

#[tokio::test]
async fn an_archived_topic_is_no_longer_offered_but_old_requests_keep_its_name() {
    let app = spawn_app().await;
    let code = add_topic(&app, "", "Repair café", "Repair café").await;
    let desk = app.signed_in(Role::Reception).await;
    let id = person_id(&desk, "josiane+lambert").await;
    let request = location(&new_request(&desk, &id, &code, "1").await);

    let coord = app.signed_in(Role::Coordinator).await;
    let r = coord
        .post(
            "/settings/topics/archive",
            &[("code", code.as_str()), ("archived", "1")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = coord.html(&location(&r)).await;
    assert!(html.contains("Thème archivé"));
    assert!(html.contains("Proposer à nouveau<span class=\"visually-hidden\"> Repair café</span>"));

    let form = format!("/persons/{id}/requests/new");
    let (_, html) = desk.html(&form).await;
    assert!(!html.contains(&code), "no longer offered");
    assert!(!html.contains("Thèmes de notre organisation"));
    let r = new_request(&desk, &id, &code, "1").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("Choisissez le thème de la demande"));

    let (_, html) = desk.html(&request).await;
    assert!(
        html.contains("<h1>Repair café</h1>"),
        "the old request keeps its name"
    );
    let (_, html) = desk.html(&format!("/persons/{id}")).await;
    assert!(html.contains("Repair café</a>"));

    // Offered again.
    coord
        .post(
            "/settings/topics/archive",
            &[("code", code.as_str()), ("archived", "0")],
        )
        .await;
    let (_, html) = desk.html(&form).await;
    assert!(html.contains(&format!("<option value=\"{code}\">Repair café</option>")));
}

#[tokio::test]
async fn a_topic_needs_a_name_and_is_not_added_twice() {
    let app = spawn_app().await;
    add_topic(&app, "Épicerie sociale", "", "").await;
    let coord = app.signed_in(Role::Coordinator).await;
    let r = coord
        .post(
            "/settings/topics",
            &[("label_fr", " "), ("label_nl", ""), ("label_en", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#label_fr\""));
    assert!(html.contains("Donnez un nom au thème, dans au moins une langue"));

    let r = coord
        .post(
            "/settings/topics",
            &[
                ("label_fr", "Distribution de colis"),
                ("label_nl", "epicerie  SOCIALE"),
                ("label_en", "Food parcels"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#label_nl\""));
    assert!(html.contains("Ce thème existe déjà : Épicerie sociale"));
    for kept in [
        "value=\"Distribution de colis\"",
        "value=\"epicerie  SOCIALE\"",
        "value=\"Food parcels\"",
    ] {
        assert!(html.contains(kept), "{kept}");
    }
}

#[tokio::test]
async fn the_coordinator_sets_referral_delays_and_mistakes_come_back_with_what_was_typed() {
    let app = spawn_app().await;
    let coord = app.signed_in(Role::Coordinator).await;
    let (_, home) = coord.html("/home").await;
    assert!(home.contains("href=\"/settings/referrals\""));
    let (status, html) = coord.html("/settings/referrals").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("value=\"30\"") && html.contains("value=\"10\""),
        "defaults"
    );
    let r = coord
        .post(
            "/settings/referrals",
            &[("expire", "5"), ("remind", "douze")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#expire\"") && html.contains("href=\"#remind\""));
    assert!(
        html.contains("Écrivez un nombre de jours entre 7 et 90."),
        "{html}"
    );
    assert!(html.contains("Écrivez un nombre entier de jours, par exemple 30."));
    assert!(html.contains("value=\"5\"") && html.contains("value=\"douze\""));
    let r = coord
        .post("/settings/referrals", &[("expire", "21"), ("remind", "7")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = coord.html(&location(&r)).await;
    assert!(html.contains("Les délais sont enregistrés."));
    assert!(html.contains("value=\"21\"") && html.contains("value=\"7\""));
}
