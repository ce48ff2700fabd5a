//! The participatory audit (issue 17, journey J7) through the running app: results hidden
//! under five answers, one answer per code and per account, rounds of other teams out of
//! sight, the comparison with last year's round and the action plan; and what someone
//! reading the database finds: nothing that ties an answer to an account, a code or the
//! order of answering (both databases).

use crate::helpers::{location, pdf_text, spawn_app, spawn_app_limited, Browser, TestApp};
use guichet_domain::Role;
use guichet_store::Backend;
use reqwest::StatusCode;

async fn team_id(app: &TestApp, name: &str) -> i64 {
    sqlx::query_scalar::<_, i64>("SELECT id FROM teams WHERE name = $1")
        .bind(name)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

/// The coordinator opens a round for the social service; its number.
async fn open_round(app: &TestApp, coordinator: &Browser, title: &str) -> i64 {
    let team = team_id(app, "Service social").await.to_string();
    let r = coordinator
        .post("/audit/rounds", &[("team", &team), ("title", title)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "round opened");
    let to = location(&r);
    to.trim_start_matches("/audit/rounds/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// Prints `n` paper codes and reads them back from the PDF's text.
async fn print_codes(coordinator: &Browser, round: i64, n: usize) -> Vec<String> {
    let r = coordinator
        .post(
            &format!("/audit/rounds/{round}/codes"),
            &[("count", &n.to_string())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        r.headers().get("content-type").unwrap(),
        "application/pdf",
        "the slips are a PDF"
    );
    let text = pdf_text(&r.bytes().await.unwrap());
    assert!(text.contains("/audit/code"), "the slip says where: {text}");
    let codes: Vec<String> = text
        .split_whitespace()
        .filter(|w| {
            w.len() == 9
                && w.as_bytes()[4] == b'-'
                && w.bytes()
                    .enumerate()
                    .all(|(i, b)| i == 4 || guichet_domain::audit::CODE_ALPHABET.contains(&b))
        })
        .map(str::to_owned)
        .collect();
    assert_eq!(codes.len(), n, "{n} codes on the slips: {text}");
    codes
}

/// Every statement rated `rating` (or "dk"), plus these fields.
fn answers(rating: &str, extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = guichet_domain::audit::all_statements()
        .map(|s| (s.to_owned(), rating.to_owned()))
        .collect();
    for (k, v) in extra {
        out.retain(|(key, _)| key != k);
        out.push(((*k).to_owned(), (*v).to_owned()));
    }
    out
}

fn borrowed(list: &[(String, String)]) -> Vec<(&str, &str)> {
    list.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// Answers on the public page with a paper code, from a browser without an account.
async fn answer_with_code(
    app: &TestApp,
    code: &str,
    form: &[(String, String)],
) -> (StatusCode, String) {
    let mut b = app.browser();
    b.refresh_csrf("/audit/code").await;
    let mut fields = borrowed(form);
    fields.push(("code", code));
    fields.push(("step", "answer"));
    let r = b.post("/audit/code", &fields).await;
    (r.status(), r.text().await.unwrap())
}

async fn answer_online(b: &Browser, round: i64, form: &[(String, String)]) -> reqwest::Response {
    b.post(&format!("/audit/rounds/{round}/answer"), &borrowed(form))
        .await
}

#[tokio::test]
async fn results_stay_hidden_at_four_answers_and_appear_at_five() {
    let app = spawn_app().await;
    let coordinator = app.signed_in(Role::Coordinator).await;
    let round = open_round(&app, &coordinator, "Audit 2026").await;
    let codes = print_codes(&coordinator, round, 5).await;
    for (i, code) in codes.iter().take(4).enumerate() {
        let rating = ["2", "3", "4", "5"][i];
        let (status, html) = answer_with_code(&app, code, &answers(rating, &[])).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("votre réponse est enregistrée"), "{html}");
    }
    let (_, page) = coordinator.html(&format!("/audit/rounds/{round}")).await;
    assert!(
        page.contains("4 réponses sur les 5 nécessaires"),
        "how many answered, of the five needed: {page}"
    );
    assert!(!page.contains("<svg"), "no chart below five answers");
    assert!(!page.contains("Moyenne"), "no figure below five answers");
    let (status, plan) = coordinator
        .html(&format!("/audit/rounds/{round}/plan"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(plan.contains("quand 5 membres ont répondu"), "{plan}");
    // The fifth answer, online: "don't know" to one statement.
    let social = app.signed_in(Role::SocialWorker).await;
    let r = answer_online(&social, round, &answers("5", &[("quality-time", "dk")])).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = social.html(&format!("/audit/rounds/{round}")).await;
    assert!(page.contains("<svg"), "the chart at five answers");
    assert!(page.contains("role=\"img\""));
    // Quality: 2, 3, 4, 5 for its four statements, and 5 for three of them (one "don't
    // know"): (4 × 14 + 15) / 19 = 3.7; the table says it beside the chart.
    assert!(
        page.contains("<th scope=\"row\">Qualité et proximité du service</th><td>3,7</td><td>19</td><td>1</td>"),
        "{page}"
    );
    assert!(page.contains("5 réponses"));
}

#[tokio::test]
async fn a_paper_code_gives_one_answer_and_a_wrong_one_says_why() {
    let app = spawn_app().await;
    let coordinator = app.signed_in(Role::Coordinator).await;
    let round = open_round(&app, &coordinator, "Audit 2026").await;
    let codes = print_codes(&coordinator, round, 2).await;
    // Typed in lower case with spaces: the questionnaire opens.
    let mut b = app.browser();
    b.refresh_csrf("/audit/code").await;
    let typed = codes[0].to_lowercase().replace('-', " ");
    let r = b.post("/audit/code", &[("code", &typed)]).await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap();
    assert!(html.contains("Questionnaire : Audit 2026"), "{html}");
    assert!(
        html.contains(&format!("value=\"{}\"", codes[0])),
        "the code is carried"
    );
    // A form with mistakes comes back with what was typed, nothing kept.
    let (status, html) = answer_with_code(
        &app,
        &codes[0],
        &answers(
            "3",
            &[("tools-once", ""), ("comment-data", "Rien à signaler")],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        html.contains("href=\"#tools-once\""),
        "the summary links to the statement"
    );
    assert!(
        html.contains(">Rien à signaler</textarea>"),
        "the comment is kept"
    );
    assert!(html.contains("id=\"quality-time-3\" name=\"quality-time\" value=\"3\" checked"));
    let (status, _) = answer_with_code(&app, &codes[0], &answers("3", &[])).await;
    assert_eq!(status, StatusCode::OK);
    let (status, html) = answer_with_code(&app, &codes[0], &answers("1", &[])).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("Ce code a déjà servi"), "{html}");
    let r = b.post("/audit/code", &[("code", &codes[0])]).await;
    assert!(r.text().await.unwrap().contains("Ce code a déjà servi"));
    for (typed, says) in [
        ("", "Tapez le code"),
        ("ABCD-EFG0", "pas un code"),
        ("ABCD-EFGH", "Ce code est inconnu"),
    ] {
        let r = b.post("/audit/code", &[("code", typed)]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains(says), "{typed}");
    }
    let answers_kept: i64 = sqlx::query_scalar("SELECT answers FROM audit_rounds WHERE id = $1")
        .bind(round)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(answers_kept, 1, "one answer for the code");
    // Closed: the other code opens nothing any more.
    let r = coordinator
        .post(&format!("/audit/rounds/{round}/close"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = b.post("/audit/code", &[("code", &codes[1])]).await;
    assert!(r.text().await.unwrap().contains("Ce tour est clôturé"));
}

#[tokio::test]
async fn an_account_answers_once() {
    let app = spawn_app().await;
    let coordinator = app.signed_in(Role::Coordinator).await;
    let round = open_round(&app, &coordinator, "Audit 2026").await;
    let desk = app.signed_in(Role::Reception).await;
    let (status, form) = desk.html(&format!("/audit/rounds/{round}/answer")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("<legend>"), "statements in fieldsets");
    let r = answer_online(&desk, round, &answers("4", &[])).await;
    assert_eq!(location(&r), format!("/audit/rounds/{round}?done=answered"));
    let r = answer_online(&desk, round, &answers("1", &[])).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("déjà répondu"));
    let r = desk.get(&format!("/audit/rounds/{round}/answer")).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "no second questionnaire");
    let (_, list) = desk.html("/audit").await;
    assert!(list.contains("Vous avez répondu"));
    let n: i64 = sqlx::query_scalar("SELECT answers FROM audit_rounds WHERE id = $1")
        .bind(round)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(n, 1);
}

#[tokio::test]
async fn a_worker_of_another_team_can_neither_answer_nor_see() {
    let app = spawn_app().await;
    let coordinator = app.signed_in(Role::Coordinator).await;
    let round = open_round(&app, &coordinator, "Audit 2026").await;
    for role in [Role::HealthWorker, Role::Volunteer, Role::Dpo] {
        let other = app.signed_in(role).await;
        for path in ["", "/answer", "/plan", "/plan-pdf"] {
            let r = other.get(&format!("/audit/rounds/{round}{path}")).await;
            assert_eq!(r.status(), StatusCode::NOT_FOUND, "{role:?} GET {path}");
        }
        let r = answer_online(&other, round, &answers("1", &[])).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{role:?} answers");
        let (_, list) = other.html("/audit").await;
        assert!(
            !list.contains("Audit 2026"),
            "{role:?} does not see it listed"
        );
    }
    // A coordinator of another team: the health team's rounds are not theirs to open.
    let care = team_id(&app, "Soins à domicile").await.to_string();
    let r = coordinator
        .post(
            "/audit/rounds",
            &[("team", &care), ("title", "Audit soins")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let n: i64 = sqlx::query_scalar("SELECT answers FROM audit_rounds WHERE id = $1")
        .bind(round)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(n, 0);
}

/// The columns of a table and the tables its foreign keys point to, read from the
/// database's own catalogue.
async fn schema(app: &TestApp, table: &str) -> (Vec<(String, String)>, Vec<String>) {
    use sqlx::Row;
    match app.db.backend() {
        Backend::Sqlite => {
            let cols = sqlx::query(&format!(
                "SELECT name, type FROM pragma_table_info('{table}')"
            ))
            .fetch_all(app.db.pool())
            .await
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r.get::<String, _>("name"),
                    r.get::<String, _>("type").to_lowercase(),
                )
            })
            .collect();
            let fks = sqlx::query(&format!(
                "SELECT \"table\" AS target FROM pragma_foreign_key_list('{table}')"
            ))
            .fetch_all(app.db.pool())
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>("target"))
            .collect();
            (cols, fks)
        }
        Backend::Postgres => {
            let cols = sqlx::query(
                "SELECT column_name::text AS name, data_type::text AS type FROM information_schema.columns \
                 WHERE table_name = $1 ORDER BY ordinal_position",
            )
            .bind(table)
            .fetch_all(app.db.pool())
            .await
            .unwrap()
            .iter()
            .map(|r| (r.get::<String, _>("name"), r.get::<String, _>("type").to_lowercase()))
            .collect();
            let fks = sqlx::query(
                "SELECT ccu.table_name::text AS target FROM information_schema.table_constraints tc \
                 JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name \
                 WHERE tc.table_name = $1 AND tc.constraint_type = 'FOREIGN KEY'",
            )
            .bind(table)
            .fetch_all(app.db.pool())
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>("target"))
            .collect();
            (cols, fks)
        }
    }
}

#[tokio::test]
async fn reading_the_database_ties_no_answer_to_an_account_a_code_or_the_order_of_answering() {
    let app = spawn_app().await;
    let coordinator = app.signed_in(Role::Coordinator).await;
    let round = open_round(&app, &coordinator, "Audit 2026").await;

    // What the answers are kept in: no column or foreign key towards accounts, codes or
    // participation, no time at all, keys of text.
    for table in ["audit_ratings", "audit_comments"] {
        let (cols, fks) = schema(&app, table).await;
        assert!(!cols.is_empty(), "{table} exists");
        assert_eq!(
            fks,
            vec!["audit_rounds".to_owned()],
            "{table} points to its round only"
        );
        for (name, _) in &cols {
            for word in [
                "user", "code", "particip", "account", "by", "at", "time", "day", "date",
                "created", "seq",
            ] {
                assert!(
                    !name.split('_').any(|part| part.starts_with(word)),
                    "{table}.{name} looks like a link to a person or a time"
                );
            }
        }
        let id_type = &cols.iter().find(|(n, _)| n == "id").unwrap().1;
        assert!(
            id_type.contains("text"),
            "{table}.id is random text, not a sequence: {id_type}"
        );
    }
    let (cols, fks) = schema(&app, "audit_participation").await;
    let names: Vec<&str> = cols.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["round_id", "user_id"],
        "participation keeps no time"
    );
    assert!(!fks.contains(&"audit_ratings".to_owned()));
    let (cols, _) = schema(&app, "audit_codes").await;
    let names: Vec<&str> = cols.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["code_hash", "round_id", "used"],
        "a code points to no answer"
    );
    if app.db.backend() == Backend::Sqlite {
        for table in [
            "audit_ratings",
            "audit_comments",
            "audit_participation",
            "audit_codes",
        ] {
            let rowid = sqlx::query(&format!("SELECT rowid FROM {table}"))
                .fetch_all(app.db.pool())
                .await;
            assert!(rowid.is_err(), "{table} has no rowid (WITHOUT ROWID)");
        }
    }

    // Twenty answers, each recognisable by its comment and a rating pattern: three
    // online (the members with an account), seventeen with paper codes.
    let codes = print_codes(&coordinator, round, 17).await;
    let members = [
        app.signed_in(Role::Reception).await,
        app.signed_in(Role::SocialWorker).await,
        coordinator,
    ];
    let mut order = Vec::new();
    for i in 0..20usize {
        let comment = format!("réponse numéro {:02}", i + 1);
        let rating = (i % 5 + 1).to_string();
        let form = answers(&rating, &[("comment-tools", &comment)]);
        if i % 7 == 3 {
            let r = answer_online(&members[i / 7], round, &form).await;
            assert_eq!(r.status(), StatusCode::SEE_OTHER, "answer {i} online");
        } else {
            let used = order.iter().filter(|(online, _)| !online).count();
            let (status, _) = answer_with_code(&app, &codes[used], &form).await;
            assert_eq!(status, StatusCode::OK, "answer {i} on paper");
        }
        order.push((i % 7 == 3, comment));
        // The public page is limited per minute: the next minute for the next ten.
        if i % 10 == 9 {
            app.advance(1);
        }
    }
    let answering: Vec<String> = order.into_iter().map(|(_, c)| c).collect();
    let n: i64 = sqlx::query_scalar("SELECT answers FROM audit_rounds WHERE id = $1")
        .bind(round)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(n, 20);

    // As stored, without ORDER BY: not the order of answering, nor its reverse.
    let stored: Vec<String> = sqlx::query_scalar("SELECT body FROM audit_comments")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    assert_eq!(stored.len(), 20);
    let mut reversed = answering.clone();
    reversed.reverse();
    assert_ne!(
        stored, answering,
        "comments are not stored in the order of answering"
    );
    assert_ne!(stored, reversed);
    let mut sorted = stored.clone();
    sorted.sort();
    assert_eq!(sorted, answering, "every comment is there");
    // The ratings of one statement, as stored, do not follow the pattern of answering
    // (1, 2, 3, 4, 5, 1, 2, …).
    let ratings: Vec<Option<i64>> =
        sqlx::query_scalar("SELECT rating FROM audit_ratings WHERE statement = 'tools-once'")
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    let pattern: Vec<Option<i64>> = (0..20).map(|i| Some(i % 5 + 1)).collect();
    assert_eq!(ratings.len(), 20);
    assert_ne!(
        ratings, pattern,
        "ratings are not stored in the order of answering"
    );
    // Keys are random: 32 hex characters, neither numbers in sequence nor in the order
    // of answering.
    let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM audit_comments")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    assert!(ids
        .iter()
        .all(|id| id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit())));
    assert!(
        ids.iter().any(|id| id.parse::<i64>().is_err()),
        "not numbers"
    );
    // On PostgreSQL, every row of the round was written by the last answer's
    // transaction: the system column xmin tells nothing of the order either.
    if app.db.backend() == Backend::Postgres {
        let xmins: i64 = sqlx::query_scalar(
            "SELECT COUNT(DISTINCT xmin::text) FROM audit_ratings WHERE round_id = $1",
        )
        .bind(round)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        assert_eq!(
            xmins, 1,
            "one inserting transaction for all the round's ratings"
        );
        let xmins: i64 =
            sqlx::query_scalar("SELECT COUNT(DISTINCT xmin::text) FROM audit_participation")
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        assert_eq!(xmins, 1);
    }
    // Participation names the three accounts, in the order of their numbers.
    let users: Vec<i64> = sqlx::query_scalar("SELECT user_id FROM audit_participation")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    let mut in_order = users.clone();
    in_order.sort_unstable();
    assert_eq!(users.len(), 3);
    assert_eq!(
        users, in_order,
        "stored by account number, not by time of answering"
    );
}

#[tokio::test]
async fn the_team_compares_with_last_year_and_prints_its_action_plan() {
    let app = spawn_app().await;
    guichet::demo_audit::seed(&app.db, app.now()).await.unwrap();
    let coordinator = app.signed_in(Role::Coordinator).await;
    let (_, list) = coordinator.html("/audit").await;
    assert!(list.contains("Audit 2025"), "last year's round is listed");
    let round = open_round(&app, &coordinator, "Audit 2026").await;
    let codes = print_codes(&coordinator, round, 5).await;
    for code in &codes {
        let (status, _) =
            answer_with_code(&app, code, &answers("4", &[("training-offered", "1")])).await;
        assert_eq!(status, StatusCode::OK);
    }
    let (_, page) = coordinator.html(&format!("/audit/rounds/{round}")).await;
    assert!(page.contains("Ce tour et Audit 2025"), "{page}");
    assert_eq!(
        page.matches("<svg").count(),
        2,
        "results and comparison as charts"
    );
    assert!(page.contains("Évolution"));
    // The plan starts from the weakest themes: training is among them.
    let (_, plan) = coordinator
        .html(&format!("/audit/rounds/{round}/plan"))
        .await;
    assert!(plan.contains("Formation continue (moyenne 3,0)"), "{plan}");
    let i = plan
        .split("name=\"rec-")
        .skip(1)
        .find(|rest| rest.split('"').nth(2) == Some("training-r-plan"))
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let rec = |k: &str| format!("{k}-{i}");
    let (r1, r2, r3, r4, r5) = (
        rec("rec"),
        rec("chosen"),
        rec("action"),
        rec("owner"),
        rec("due"),
    );
    let social = app.signed_in(Role::SocialWorker).await;
    let r = social
        .post(
            &format!("/audit/rounds/{round}/plan"),
            &[
                (r1.as_str(), "training-r-plan"),
                (r2.as_str(), "yes"),
                (
                    r3.as_str(),
                    "Deux demi-journées sur les plateformes de la mutuelle",
                ),
                (r4.as_str(), "Thomas et Nadia"),
                (r5.as_str(), "le 30 juin"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(&format!("href=\"#{r5}\"")),
        "the summary links to the date"
    );
    assert!(html.contains("Deux demi-journées sur les plateformes de la mutuelle</textarea>"));
    assert!(
        html.contains("value=\"le 30 juin\""),
        "what was typed is kept"
    );
    let r = social
        .post(
            &format!("/audit/rounds/{round}/plan"),
            &[
                (r1.as_str(), "training-r-plan"),
                (r2.as_str(), "yes"),
                (
                    r3.as_str(),
                    "Deux demi-journées sur les plateformes de la mutuelle",
                ),
                (r4.as_str(), "Thomas et Nadia"),
                (r5.as_str(), "30/06/2026"),
            ],
        )
        .await;
    assert_eq!(
        location(&r),
        format!("/audit/rounds/{round}/plan?done=saved")
    );
    let r = coordinator
        .get(&format!("/audit/rounds/{round}/plan-pdf"))
        .await;
    assert_eq!(r.headers().get("content-type").unwrap(), "application/pdf");
    let text = pdf_text(&r.bytes().await.unwrap()).replace('\n', " ");
    assert!(text.contains("Plan d'action — Audit 2026"), "{text}");
    assert!(text.contains("Deux demi-journées sur les plateformes de la mutuelle"));
    assert!(text.contains("Thomas et Nadia"));
    assert!(text.contains("30 juin 2026"));
}

#[tokio::test]
async fn the_code_page_is_limited_per_minute() {
    let app = spawn_app_limited(
        false,
        guichet_web::Limits {
            public_per_minute: 3,
            ..Default::default()
        },
    )
    .await;
    let mut b = app.browser();
    b.refresh_csrf("/audit/code").await;
    for _ in 0..3 {
        let r = b.post("/audit/code", &[("code", "ABCD-EFGH")]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let r = b.post("/audit/code", &[("code", "ABCD-EFGJ")]).await;
    assert_eq!(
        r.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "codes cannot be tried one after the other"
    );
    assert!(r.headers().get("retry-after").is_some());
}
