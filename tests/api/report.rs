//! The person's rights (journey J9): the printed report in the person's language, the JSON
//! export and erasure with its legal exceptions. Consents and access-log rows are inserted
//! with plain SQL here (their own screens come with the consent and access-log work).

use crate::helpers::{location, spawn_app, Browser, TestApp};
use guichet_domain::ids::PersonId;
use guichet_domain::{Actor, Role};
use guichet_store::{persons, users};
use reqwest::StatusCode;

const BILLS: &str = "difficultes-financieres--ameliorer-sa-gestion-budgetaire";

async fn actor(app: &TestApp, username: &str) -> Actor {
    let id = users::find_for_login(&app.db, username)
        .await
        .unwrap()
        .unwrap()
        .id;
    users::actor(
        &app.db,
        id,
        guichet_domain::Clock::now(&*app.clock).timestamp(),
    )
    .await
    .unwrap()
}

async fn person(app: &TestApp, who: &str, name: &str) -> PersonId {
    let a = actor(app, who).await;
    persons::search(&app.db, &a, name, 5).await.unwrap()[0].id
}

async fn exec(app: &TestApp, sql: &str, binds: &[i64]) {
    let mut q = sqlx::query(sql);
    for b in binds {
        q = q.bind(*b);
    }
    q.execute(app.db.pool()).await.unwrap();
}

async fn new_request(b: &Browser, person: PersonId) {
    let r = b
        .post(
            &format!("/persons/{person}/requests/new"),
            &[
                ("description", "Retard de loyer"),
                ("topic", BILLS),
                ("channel", "walk-in"),
                ("urgency", "normal"),
                ("team", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

/// Mohamed El Amrani (shared by the social service and home care) speaks `lang`; he gave
/// one consent and later withdrew it; the nurse opened his file by break-glass.
async fn prepare_shared(app: &TestApp, lang: &str) -> PersonId {
    let id = person(app, "social", "El Amrani").await;
    sqlx::query("UPDATE persons SET language = $1 WHERE id = $2")
        .bind(lang)
        .bind(id.get())
        .execute(app.db.pool())
        .await
        .unwrap();
    let nurse = actor(app, "soins").await.user_id.get();
    let now = app.clock_now();
    exec(
        app,
        "INSERT INTO consents (person_id, purpose, given_at, given_how, given_by, withdrawn_at, withdrawn_how) \
         VALUES ($1, 'sms', $2, 'desk', NULL, $3, 'phone')",
        &[id.get(), now - 86_400 * 30, now - 86_400],
    )
    .await;
    sqlx::query(
        "INSERT INTO access_log (at, user_id, person_id, action, what, reason, prev_hash, hash) \
         VALUES ($1, $2, $3, 'break-glass', 'person', $4, '', 'x')",
    )
    .bind(now - 3600)
    .bind(nurse)
    .bind(id.get())
    .bind("Urgence au domicile, service fermé")
    .execute(app.db.pool())
    .await
    .unwrap();
    id
}

impl TestApp {
    fn clock_now(&self) -> i64 {
        use guichet_domain::Clock;
        self.clock.now().timestamp()
    }
}

#[tokio::test]
async fn the_report_is_printed_in_the_persons_language_with_consents_accesses_and_hidden_notes_counted(
) {
    let app = spawn_app().await;
    let social = app.signed_in(Role::SocialWorker).await;
    let cases = [
        (
            "fr",
            "Ce que nous savons de vous",
            "Rappels par SMS",
            "1 note de santé, gardée par l'équipe de santé.",
            "Autorité de protection des données",
        ),
        (
            "nl",
            "Wat we over u weten",
            "Herinneringen per sms",
            "1 notitie over gezondheid, bijgehouden door het zorgteam.",
            "Gegevensbeschermingsautoriteit",
        ),
        (
            "en",
            "What we know about you",
            "Reminders by text message",
            "1 health note, kept by the health team.",
            "Data Protection Authority",
        ),
    ];
    let mut first = true;
    for (lang, title, consent, health_count, authority) in cases {
        let id = if first {
            prepare_shared(&app, lang).await
        } else {
            let id = person(&app, "social", "El Amrani").await;
            sqlx::query("UPDATE persons SET language = $1 WHERE id = $2")
                .bind(lang)
                .bind(id.get())
                .execute(app.db.pool())
                .await
                .unwrap();
            id
        };
        first = false;
        let (status, html) = social.html(&format!("/persons/{id}/report")).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        let html = html.replace("&#39;", "'").replace("&#x27;", "'");
        assert!(html.contains(title), "{lang}: {html}");
        assert!(html.contains(&format!("lang=\"{lang}\"")), "{lang}");
        // The desk's own words stay in the desk's language (French here).
        assert!(html.contains("Retour au dossier"), "{lang}");
        assert!(html.contains("Mohamed El Amrani"), "{lang}: identity");
        assert!(html.contains(consent), "{lang}: consent");
        assert!(html.contains("Aïcha Diallo"), "{lang}: who looked");
        assert!(
            html.contains("Urgence au domicile, service fermé"),
            "{lang}: reason"
        );
        assert!(html.contains(health_count), "{lang}: {html}");
        assert!(html.contains(authority), "{lang}");
        // Retention in words a reader knows: whole years as years, one month as one month.
        let (ten_years, one_month) = match lang {
            "fr" => ("10 ans", "pendant 1 mois."),
            "nl" => ("10 jaar", "1 maand bij."),
            _ => ("10 years", "for 1 month."),
        };
        assert!(
            html.contains(ten_years) && html.contains(one_month),
            "{lang}: durations"
        );
        // The social worker's own notes are there, the health note's text is not.
        assert!(html.contains("plan d"), "{lang}: social note listed");
        assert!(!html.contains("ulcère"), "{lang}: health note text leaked");
    }
    // The nurse's report of the same file lists the health note and counts the social ones.
    let nurse = app.signed_in(Role::HealthWorker).await;
    let id = person(&app, "social", "El Amrani").await;
    let (_, html) = nurse.html(&format!("/persons/{id}/report")).await;
    assert!(html.contains("ulcère"));
    assert!(!html.contains("plan d'apurement") && !html.contains("plan d&#39;apurement"));
    assert!(
        html.contains("social notes, kept by the social team"),
        "{html}"
    );
}

#[tokio::test]
async fn the_json_export_holds_requests_and_phones_and_is_a_download() {
    let app = spawn_app().await;
    let social = app.signed_in(Role::SocialWorker).await;
    let id = person(&app, "social", "Lambert").await;
    new_request(&social, id).await;
    exec(
        &app,
        "INSERT INTO person_phones (person_id, number, kind, holder, position) VALUES ($1, '+32470123456', 'mobile', 'sa fille', 0)",
        &[id.get()],
    )
    .await;
    let r = social.get(&format!("/persons/{id}/export.json")).await;
    assert_eq!(r.status(), StatusCode::OK);
    let header = |n: &str| {
        r.headers()
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert!(header("content-disposition").starts_with("attachment"));
    assert!(header("cache-control").contains("no-store"));
    assert!(header("content-type").starts_with("application/json"));
    let json: serde_json::Value = serde_json::from_str(&r.text().await.unwrap()).unwrap();
    assert_eq!(json["format"], "guichet-person-report/1");
    assert_eq!(json["identity"]["family_name"], "Lambert");
    assert_eq!(json["requests"][0]["topic"], BILLS);
    assert_eq!(json["requests"][0]["open"], true);
    assert_eq!(json["contact"]["phones"][0]["number"], "+32470123456");
    assert_eq!(json["contact"]["phones"][0]["holder"], "sa fille");
    // No rule set by the DPO yet: the default in force is stated (closed files: 10 years).
    assert_eq!(json["retention"][0]["kind"], "closed-files");
    assert_eq!(json["retention"][0]["months"], 120);
}

#[tokio::test]
async fn another_team_gets_not_found_and_other_roles_are_refused() {
    let app = spawn_app().await;
    let id = person(&app, "social", "Lambert").await;
    let nurse = app.signed_in(Role::HealthWorker).await;
    for path in ["report", "export.json", "erase"] {
        let r = nurse.get(&format!("/persons/{id}/{path}")).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
    }
    let r = nurse
        .post(
            &format!("/persons/{id}/erase"),
            &[("reason", "x"), ("confirm", "EFFACER")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    for role in [Role::Coordinator, Role::Dpo, Role::Admin] {
        let b = app.signed_in(role).await;
        let r = b.get(&format!("/persons/{id}/report")).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{role:?}");
    }
    // Nothing was erased.
    let social = app.signed_in(Role::SocialWorker).await;
    let (_, html) = social.html("/persons?q=Josiane").await;
    assert!(html.contains("Lambert"));
}

#[tokio::test]
async fn erasure_is_refused_while_a_request_is_open_then_anonymises_the_file() {
    let app = spawn_app().await;
    let social = app.signed_in(Role::SocialWorker).await;
    let id = person(&app, "social", "Josiane Lambert").await;
    new_request(&social, id).await;
    exec(
        &app,
        "INSERT INTO person_phones (person_id, number, kind, holder, position) VALUES ($1, '+32470123456', 'mobile', '', 0)",
        &[id.get()],
    )
    .await;
    let path = format!("/persons/{id}/erase");

    // An open request: the page explains, the form is not there, a POST is refused.
    let (status, html) = social.html(&path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("ne peut pas être effacé maintenant"),
        "{html}"
    );
    assert!(html.contains("1 demande en cours"));
    assert!(!html.contains("name=\"confirm\""));
    let r = social
        .post(
            &path,
            &[("reason", "Demande à l'accueil"), ("confirm", "EFFACER")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("1 demande en cours"));

    // Once the request is done, the form is offered.
    exec(
        &app,
        "UPDATE requests SET status = 'done' WHERE person_id = $1",
        &[id.get()],
    )
    .await;
    let (_, html) = social.html(&path).await;
    assert!(html.contains("Ce qui sera effacé"));
    assert!(html.contains("Ce qui doit être gardé"));
    assert!(html.contains("EFFACER"));

    // The confirmation word missing: 422, the reason comes back.
    let r = social
        .post(
            &path,
            &[
                ("reason", "Demandé par Mme Lambert au guichet"),
                ("confirm", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Demandé par Mme Lambert au guichet"),
        "{html}"
    );
    assert!(html.contains("href=\"#confirm\""));
    // No reason: 422 too.
    let r = social
        .post(&path, &[("reason", ""), ("confirm", "effacer")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("href=\"#reason\""));

    let r = social
        .post(
            &path,
            &[("reason", "Demandé au guichet"), ("confirm", "effacer")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("/persons/{id}?erased=1"));
    let (status, html) = social.html(&location(&r)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Dossier anonymisé"), "{html}");
    assert!(html.contains("Les données ont été effacées le"));
    assert!(!html.contains("Lambert"));
    // The request stays, with its topic and status only.
    let kept: i64 = sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM requests WHERE person_id = $1 AND description = ''",
    )
    .bind(id.get())
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert!(kept >= 1, "the requests stay for anonymous figures");

    let (_, html) = social.html("/persons?q=Josiane+Lambert").await;
    assert!(
        !html.contains(&format!("/persons/{id}\"")),
        "still found by name"
    );
    let count = |table: &'static str| {
        let db = app.db.clone();
        async move {
            let row = sqlx::query(&format!(
                "SELECT COUNT(*) AS n FROM {table} WHERE person_id = $1"
            ))
            .bind(id.get())
            .fetch_one(db.pool())
            .await
            .unwrap();
            sqlx::Row::get::<i64, _>(&row, "n")
        }
    };
    assert_eq!(count("person_phones").await, 0);
    assert_eq!(count("notes").await, 0);
    assert_eq!(count("requests").await, 1);
    let row = sqlx::query("SELECT description FROM requests WHERE person_id = $1")
        .bind(id.get())
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(sqlx::Row::get::<String, _>(&row, "description"), "");

    // A second erasure has nothing left to do.
    let (_, html) = social.html(&path).await;
    assert!(html.contains("déjà anonymisé"));
}

#[tokio::test]
async fn anonymise_clears_identity_contact_notes_household_consents_and_messages_and_keeps_the_rest(
) {
    let app = spawn_app().await;
    let a = person(&app, "social", "Josiane Lambert").await;
    let b = person(&app, "social", "El Amrani").await;
    let (pa, pb) = (a.get(), b.get());
    let now = app.clock_now();
    for (sql, binds) in [
        ("UPDATE persons SET niss = '85073003328', street = 'Rue X 1', postcode = '1300', municipality = 'Wavre', address_kind = 'belgian', language = 'fr', trusted_third = 'sa fille' WHERE id = $1", vec![pa]),
        ("INSERT INTO person_niss_history (person_id, niss, recorded_at) VALUES ($1, '85073003328', 1)", vec![pa]),
        ("INSERT INTO person_emails (person_id, address, holder, position) VALUES ($1, 'j@example.org', '', 0)", vec![pa]),
        ("INSERT INTO household_links (person_id, other_id, relation, since) VALUES ($1, $2, 'partner', 1)", vec![pa, pb]),
        ("INSERT INTO household_links (person_id, other_id, relation, since) VALUES ($2, $1, 'partner', 1)", vec![pa, pb]),
        ("INSERT INTO consents (person_id, purpose, given_at, given_how) VALUES ($1, 'sms', 1, 'desk')", vec![pa]),
        ("INSERT INTO outbox (person_id, kind, channel, language, recipient, body, status, due_at, created_at, idempotency_key) VALUES ($1, 'ack', 'sms', 'fr', '+32470123456', 'Bonjour Josiane', 'pending', 1, 1, 'k1')", vec![pa]),
        ("INSERT INTO access_log (at, user_id, person_id, action, what, reason, prev_hash, hash) VALUES (1, 1, $1, 'read', 'person', '', '', 'h')", vec![pa]),
    ] {
        exec(&app, sql, &binds).await;
    }
    let mut tx = app.db.pool().begin().await.unwrap();
    guichet_store::anonymise::anonymise(&mut tx, a, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    // Idempotent: a second run keeps the first date.
    let mut tx = app.db.pool().begin().await.unwrap();
    guichet_store::anonymise::anonymise(&mut tx, a, now + 99)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let row = sqlx::query("SELECT given_names, family_name, niss, street, language, trusted_third, name_key, anonymised_at FROM persons WHERE id = $1")
        .bind(pa)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    use sqlx::Row;
    assert_eq!(row.get::<String, _>("given_names"), "");
    assert_eq!(row.get::<String, _>("family_name"), "");
    assert_eq!(row.get::<String, _>("name_key"), "");
    assert_eq!(row.get::<Option<String>, _>("niss"), None);
    assert_eq!(row.get::<String, _>("street"), "");
    assert_eq!(row.get::<String, _>("language"), "");
    assert_eq!(row.get::<String, _>("trusted_third"), "");
    assert_eq!(row.get::<Option<i64>, _>("anonymised_at"), Some(now));
    for (table, col, expected) in [
        ("person_niss_history", "person_id", 0),
        ("person_emails", "person_id", 0),
        ("notes", "person_id", 0),
        ("consents", "person_id", 0),
        // Messages stay countable, emptied: see below.
        ("outbox", "person_id", 1),
        ("household_links", "person_id", 0),
        ("household_links", "other_id", 0),
        ("person_followups", "person_id", 1),
        ("access_log", "person_id", 1),
    ] {
        let row = sqlx::query(&format!(
            "SELECT COUNT(*) AS n FROM {table} WHERE {col} = $1"
        ))
        .bind(pa)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        assert_eq!(row.get::<i64, _>("n"), expected, "{table}.{col}");
    }
    let m = sqlx::query("SELECT body, recipient, status FROM outbox WHERE person_id = $1")
        .bind(pa)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(m.get::<String, _>("body"), "");
    assert_eq!(m.get::<String, _>("recipient"), "");
    assert_eq!(m.get::<String, _>("status"), "withdrawn", "never sent now");
    // The other member of the household keeps their file, without the link.
    let social = actor(&app, "social").await;
    let file = persons::open(&app.db, &social, b).await.unwrap();
    assert!(guichet_store::households::members(&app.db, &social, &file)
        .await
        .unwrap()
        .is_empty());
    assert!(persons::get(&app.db, &social, b).await.is_ok());
    // No such file: NotFound.
    let mut tx = app.db.pool().begin().await.unwrap();
    assert!(matches!(
        guichet_store::anonymise::anonymise(&mut tx, PersonId::new(999_999), now).await,
        Err(guichet_store::StoreError::NotFound)
    ));
}

#[tokio::test]
async fn the_report_also_prints_as_a_pdf_letter_in_the_persons_language() {
    let app = spawn_app().await;
    let social = app.signed_in(Role::SocialWorker).await;
    let id = prepare_shared(&app, "nl").await;
    let r = social.get(&format!("/persons/{id}/report-pdf")).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/letters-api");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("report-nl.pdf");
    std::fs::write(&file, r.bytes().await.unwrap()).unwrap();
    let f = file.to_str().unwrap();
    let out = std::process::Command::new("pdftotext")
        .args([f, "-"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for expected in [
        "Mohamed El Amrani",
        "Wat we over u weten",
        "Herinneringen per sms",
        "Gegevensbeschermingsautoriteit",
        "Aïcha Diallo",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    assert!(
        !text.contains("ulcère"),
        "the health note's text is not in the social worker's print"
    );
    let info = std::process::Command::new("pdfinfo")
        .arg(f)
        .output()
        .unwrap();
    assert!(String::from_utf8(info.stdout)
        .unwrap()
        .contains("595.276 x 841.89 pts"));
    // The nurse of another team gets nothing.
    let stranger = app.signed_in(Role::HealthWorker).await;
    let other = person(&app, "social", "Lambert").await;
    assert_eq!(
        stranger
            .get(&format!("/persons/{other}/report-pdf"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}
