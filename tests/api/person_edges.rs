//! Every person, every edge (issue 12): people the first tests had not met — no phone and
//! no email, a name spelt another way, a number written five ways, a file in another
//! team in an emergency, a text pasted with invisible characters. One test per finding,
//! named after it; each runs on SQLite and PostgreSQL.

use crate::helpers::{first_person_link, location, spawn_app, Browser};
use guichet_domain::niss::with_check_number;
use guichet_domain::Role;
use reqwest::StatusCode;

/// Registers a person from the desk's form; the answer as it comes (a redirect to the
/// new file, the "same person?" page or the form with its mistakes).
async fn register(desk: &Browser, fields: &[(&str, &str)]) -> reqwest::Response {
    desk.post("/persons/new", fields).await
}

/// The new file's id, from the redirect after registration.
fn created(r: &reqwest::Response) -> String {
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "registration refused");
    let to = location(r);
    to.trim_start_matches("/persons/")
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn finding_1_a_person_without_phone_or_email_is_registered_with_any_way_to_reach_them() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;

    // No fixed address: letters go to a contact address at the CPAS.
    let r = register(
        &desk,
        &[
            ("given_names", "Samir"),
            ("family_name", "Haddouchi"),
            ("address_kind", "no-fixed"),
            (
                "contact_address",
                "c/o CPAS de Wavre\nRue de l'Ermitage 2\n1300 Wavre",
            ),
            ("confirmed", "1"),
        ],
    )
    .await;
    let id = created(&r);
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(
        page.contains(
            "D&#39;abord : courrier papier : c/o CPAS de Wavre, Rue de l&#39;Ermitage 2, 1300 Wavre."
        ),
        "letters go where he can get them: {page}"
    );

    // Only when she comes to the desk.
    let r = register(
        &desk,
        &[
            ("family_name", "Mirela"),
            ("walk_in", "yes"),
            ("confirmed", "1"),
        ],
    )
    .await;
    let id = created(&r);
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(
        page.contains("D&#39;abord : seulement au guichet"),
        "{page}"
    );

    // Through a trusted person: both the name and how to reach them.
    let r = register(
        &desk,
        &[
            ("given_names", "Tesfay"),
            ("family_name", "Gebremedhin"),
            ("trusted_name", "Mme Leclercq, assistante sociale"),
            ("trusted_reach", ""),
            ("confirmed", "1"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#trusted_reach\""), "{html}");
    assert!(html.contains("value=\"Mme Leclercq, assistante sociale\""));
    let r = register(
        &desk,
        &[
            ("given_names", "Tesfay"),
            ("family_name", "Gebremedhin"),
            ("trusted_name", "Mme Leclercq"),
            ("trusted_reach", "010 23 45 67"),
            ("confirmed", "1"),
        ],
    )
    .await;
    let id = created(&r);
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(
        page.contains("par une personne de confiance : Mme Leclercq, 010 23 45 67"),
        "{page}"
    );

    // Nothing at all: the form says in plain words that any one way is enough, and
    // keeps what was typed.
    let r = register(&desk, &[("given_names", "Ana"), ("family_name", "Popescu")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#reach\""));
    assert!(html.contains("Un seul de ces moyens suffit"));
    assert!(html.contains("value=\"Popescu\""));
}

#[tokio::test]
async fn finding_2_a_name_spelt_another_way_is_found_and_matched_once() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let zoe = created(
        &register(
            &desk,
            &[
                ("given_names", "Zoë"),
                ("family_name", "Van den Berghe"),
                ("birth_day", "12"),
                ("birth_month", "5"),
                ("birth_year", "1990"),
                ("walk_in", "yes"),
                ("confirmed", "1"),
            ],
        )
        .await,
    );

    // The same person typed again another way: she is offered before a second file.
    let r = register(
        &desk,
        &[
            ("given_names", "zoe"),
            ("family_name", "vandenberghe"),
            ("birth_day", "12"),
            ("birth_month", "5"),
            ("birth_year", "1990"),
            ("walk_in", "yes"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK, "the same-person page");
    let html = r.text().await.unwrap();
    assert!(html.contains(&format!("href=\"/persons/{zoe}\"")), "{html}");
    assert!(html.contains("même nom"), "{html}");

    // Search finds her under every writing of her name, with one typo too.
    for q in [
        "vandenberghe",
        "VAN+DEN+BERGHE",
        "Vanden+Berghe",
        "zoe+van+den+berghe",
        "berghe+zoe",
        "vandenberge",
    ] {
        let (_, found) = desk.html(&format!("/persons?q={q}")).await;
        assert_eq!(first_person_link(&found), zoe, "{q}");
    }

    // Other particles: De Smet / Desmet, D'Hondt / Dhondt, Vander Elst / Van der Elst.
    for (family, searched) in [
        ("De Smet", "desmet"),
        ("D'Hondt", "dhondt"),
        ("Vander Elst", "van+der+elst"),
    ] {
        let id = created(
            &register(
                &desk,
                &[
                    ("given_names", "Luc"),
                    ("family_name", family),
                    ("walk_in", "yes"),
                    ("confirmed", "1"),
                ],
            )
            .await,
        );
        let (_, found) = desk.html(&format!("/persons?q=luc+{searched}")).await;
        assert_eq!(first_person_link(&found), id, "{family} as {searched}");
    }
}

#[tokio::test]
async fn finding_2_a_national_number_that_contradicts_the_birth_date_is_pointed_out() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let niss = with_check_number("850730", 33, false);
    let form = [
        ("given_names", "Kevin"),
        ("family_name", "Wouters"),
        ("birth_day", "30"),
        ("birth_month", "7"),
        ("birth_year", "1986"),
        ("niss", niss.as_str()),
        ("walk_in", "yes"),
        ("confirmed", "1"),
    ];
    let r = register(&desk, &form).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("née 30/07/1985, mais la date de naissance indique 30/07/1986"),
        "{html}"
    );
    assert!(
        html.contains("name=\"niss_confirmed\""),
        "a way to keep both"
    );
    // Both right as typed (it happens): the desk says so and the file is made.
    let mut confirmed = form.to_vec();
    confirmed.push(("niss_confirmed", "yes"));
    created(&register(&desk, &confirmed).await);

    // A BIS number (month + 40) agrees with its birth date.
    let bis = with_check_number("904512", 17, false);
    created(
        &register(
            &desk,
            &[
                ("family_name", "Nkemdirim"),
                ("birth_day", "12"),
                ("birth_month", "5"),
                ("birth_year", "1990"),
                ("niss", bis.as_str()),
                ("walk_in", "yes"),
                ("confirmed", "1"),
            ],
        )
        .await,
    );
}

#[tokio::test]
async fn finding_2_a_phone_number_is_found_in_every_way_it_is_written_and_added_once() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = created(
        &register(
            &desk,
            &[
                ("family_name", "Abdi"),
                ("phone", "0470/12.34.56"),
                ("confirmed", "1"),
            ],
        )
        .await,
    );
    for q in [
        "0470+12+34+56",
        "%2B32+470+12+34+56",
        "%2B32+(0)470+12+34+56",
        "0032470123456",
        "0470.12.34.56",
        "0470-12-34-56",
        "0470%2F12.34.56",
        "470+12+34+56",
        "12+34+56",
        "Abdi+0470+12+34+56",
    ] {
        let (_, found) = desk.html(&format!("/persons?q={q}")).await;
        assert_eq!(first_person_link(&found), id, "{q}");
    }

    // The same number, written another way, is refused on the same file.
    let r = desk
        .post(
            &format!("/persons/{id}/phones"),
            &[
                ("action", "add"),
                ("number", "+32 (0)470 12 34 56"),
                ("kind", "guess"),
                ("holder", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Ce numéro est déjà dans le dossier, sous la forme 0470 12 34 56."),
        "{html}"
    );
    assert!(
        html.contains("value=\"+32 (0)470 12 34 56\""),
        "typed value kept"
    );

    // A French mobile is a mobile (from the numbering plan), shown as dialled abroad.
    let r = desk
        .post(
            &format!("/persons/{id}/phones"),
            &[
                ("action", "add"),
                ("number", "0033 6 12 34 56 78"),
                ("kind", "guess"),
                ("holder", "son frère"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert!(
        page.contains("+33 6 12 34 56 78 (GSM, son frère)"),
        "{page}"
    );
}

#[tokio::test]
async fn finding_8_the_person_page_puts_the_number_to_dial_and_the_actions_first() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = created(
        &register(
            &desk,
            &[
                ("given_names", "Marcel"),
                ("family_name", "Thiry"),
                ("phone", "010 23 45 67"),
                ("confirmed", "1"),
            ],
        )
        .await,
    );
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    let call = "D&#39;abord : appel sur le téléphone fixe : 010 23 45 67.";
    assert!(page.contains(call), "{page}");
    let actions = page.find("href=\"/persons/").unwrap_or(usize::MAX);
    let book = page
        .find(&format!("href=\"/persons/{id}/appointments/new\""))
        .unwrap();
    let reach = page.find(call).unwrap();
    let facts = page.find("class=\"facts\"").unwrap();
    assert!(
        book < reach && reach < facts,
        "actions, then how to reach, then the rest"
    );
    assert!(actions <= book);

    // The front-line home page has a search box; its count cannot be read as an error.
    let (_, home) = desk.html("/home").await;
    assert!(home.contains("role=\"search\"") && home.contains("name=\"q\""));
    assert!(home.contains("Vos équipes suivent"), "{home}");
}

#[tokio::test]
async fn finding_9_search_all_files_with_a_reason_instead_of_a_duplicate() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let nurse = app.signed_in(Role::HealthWorker).await;
    // A file only the health team follows.
    let dubois = first_person_link(&nurse.html("/persons?q=dubois").await.1);

    let (_, page) = desk.html("/persons?q=dubois").await;
    assert!(page.contains("Personne trouvé dans les dossiers suivis par vos équipes."));
    assert!(page.contains("action=\"/persons/search-all\""), "{page}");

    // A reason is needed, and comes back with the search if too short.
    let r = desk
        .post(
            "/persons/search-all",
            &[("q", "dubois"), ("reason", "urgent")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#reason\"") && html.contains("value=\"dubois\""));

    let reason = "Il est au guichet, malaise, sa fille demande son infirmière";
    let r = desk
        .post(
            "/persons/search-all",
            &[("q", "dubois"), ("reason", reason)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap();
    assert!(html.contains("Jean-Pierre Dubois"), "{html}");
    assert!(
        html.contains(&format!("action=\"/persons/{dubois}/break-glass\"")),
        "opened through break-glass"
    );
    assert!(
        !html.contains(&format!("href=\"/persons/{dubois}\"")),
        "no direct link: the file is not open yet"
    );
    // The search is in the access log, with its reason, as break-glass is.
    let dpo = app.signed_in(Role::Dpo).await;
    let (_, log) = dpo
        .html(&format!(
            "/dpo/access-log?person={dubois}&action=break-glass"
        ))
        .await;
    assert!(log.contains(reason) && log.contains("search"), "{log}");

    // Opening it from the list, with the same reason.
    let r = desk
        .post(
            &format!("/persons/{dubois}/break-glass"),
            &[("reason", reason)],
        )
        .await;
    assert_eq!(location(&r), format!("/persons/{dubois}"));
    let (status, _) = desk.html(&format!("/persons/{dubois}")).await;
    assert_eq!(status, StatusCode::OK);

    // Administrators never search all files.
    let admin = app.signed_in(Role::Admin).await;
    let r = admin
        .post(
            "/persons/search-all",
            &[("q", "dubois"), ("reason", reason)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn finding_9_the_dpo_decides_whether_the_desk_hears_of_similar_files_elsewhere() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let dpo = app.signed_in(Role::Dpo).await;
    let again = [
        ("given_names", "Jean-Pierre"),
        ("family_name", "Dubois"),
        ("walk_in", "yes"),
    ];
    // By default (as before), the desk is told a similar file exists, nothing more.
    let html = register(&desk, &again).await.text().await.unwrap();
    assert!(
        html.contains("qui ressemble existe dans une équipe"),
        "{html}"
    );

    let r = dpo
        .post("/dpo/break-glass", &[("tell_similar", "no")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = register(&desk, &again).await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "no visible match, and the DPO chose to say nothing of the others"
    );
}

#[tokio::test]
async fn finding_11_every_text_field_has_a_limit_and_refuses_control_characters() {
    let app = spawn_app().await;
    let mut desk = app.signed_in(Role::Reception).await;

    // A 10,000-character name comes back with its limit, and the rest kept.
    let long = "A".repeat(10_000);
    let r = register(
        &desk,
        &[
            ("family_name", &long),
            ("given_names", "Eva"),
            ("walk_in", "yes"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Nom de famille : au plus 80 caractères (celui-ci en a 10000)."),
        "{}",
        &html[..2000.min(html.len())]
    );
    assert!(html.contains("value=\"Eva\""));

    // Dates say what is wrong, with an example in the expected format.
    for (day, month, year, says) in [
        ("1", "1", "2030", "est dans le futur"),
        (
            "30",
            "7",
            "85",
            "avec ses quatre chiffres, par exemple 1985",
        ),
        ("30", "", "1985", "par exemple 30 / 7 / 1985"),
    ] {
        let r = register(
            &desk,
            &[
                ("family_name", "Date"),
                ("birth_day", day),
                ("birth_month", month),
                ("birth_year", year),
                ("walk_in", "yes"),
            ],
        )
        .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains(says), "{says}");
    }

    // A NUL or an escape character: the same answer on both databases, at the edge,
    // with every value kept and a way to send the form again without them.
    let r = register(
        &desk,
        &[
            ("given_names", "Ma\u{0}rie"),
            ("family_name", "Lam\u{1b}bert"),
            ("walk_in", "yes"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("class=\"error-summary\""), "{html}");
    assert!(html.contains("Prénom(s) : 1 caractère invisible a été retiré."));
    assert!(html.contains("value=\"Marie\"") && html.contains("value=\"Lambert\""));
    // Sent again from that page: registered with the clean names.
    let r = register(
        &desk,
        &[
            ("given_names", "Marie"),
            ("family_name", "Lambert"),
            ("walk_in", "yes"),
            ("confirmed", "1"),
        ],
    )
    .await;
    created(&r);

    // Before signing in too: no database error, no error line in the log.
    let mut anonymous = app.browser();
    let r = anonymous.sign_in("acc\u{0}ueil", "whatever").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("value=\"accueil\""));
    assert!(
        html.contains("type=\"password\""),
        "the password is asked again"
    );

    // Every form of guichet: a control character never reaches a handler.
    desk.refresh_csrf("/account").await;
    for route in guichet_web::routes::table() {
        let path = route
            .path
            .replace("{id}", "1")
            .replace("{token}", "x")
            .replace("{kind}", "x");
        let r = desk.post(&path, &[("x", "a\u{0}b")]).await;
        assert!(
            r.status() == StatusCode::UNPROCESSABLE_ENTITY
                || r.status() == StatusCode::METHOD_NOT_ALLOWED
                || r.status() == StatusCode::FORBIDDEN,
            "{path}: {}",
            r.status()
        );
        assert!(!r.status().is_server_error(), "{path}");
    }

    // Other free texts of the desk have their limits too, and keep what was typed.
    let lambert = first_person_link(&desk.html("/persons?q=josiane+lambert").await.1);
    let bring = "carte d'identité ".repeat(40);
    let r = desk
        .post(
            &format!("/persons/{lambert}/appointments/new"),
            &[
                ("worker", "2"),
                ("place", "phone"),
                ("day", "9"),
                ("month", "3"),
                ("year", "2026"),
                ("time", "10:00"),
                ("what_to_bring", &bring),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#what_to_bring\""), "{html}");
    assert!(html.contains("au plus 500 caractères"));
    let described = "x".repeat(20_001);
    let r = desk
        .post(
            &format!("/persons/{lambert}/requests/new"),
            &[("description", &described), ("topic", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("au plus 20000 caractères (celui-ci en a 20001)"));

    // The needs are a set: the same need twice is kept once.
    let id = first_person_link(&desk.html("/persons?q=lambert").await.1);
    let r = desk
        .post(
            &format!("/persons/{id}/contact"),
            &[
                ("channel_1", "walk-in-only"),
                ("needs", "large-print"),
                ("needs", "large-print"),
                ("address_kind", "unknown"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = desk.html(&format!("/persons/{id}")).await;
    assert_eq!(page.matches("Grands caractères").count(), 1, "{page}");
}
