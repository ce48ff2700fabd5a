//! The observatory (issue 17, journey J6): what a coordinator, a council member reading a
//! published link, or anyone opening the CSV or the PDF would notice — figures counted
//! from the records, small ones hidden wherever they could be worked out again, no figure
//! per worker anywhere, a frozen link, and the barrier alert on the home page.

use crate::helpers::{pdf_text, spawn_app, team_id, user_id, TestApp};
use guichet_domain::Role;
use reqwest::StatusCode;
use std::collections::BTreeMap;

/// Records `n` anonymous acts on `day` as the records of the desk would hold them.
async fn acts(
    app: &TestApp,
    team: i64,
    by: i64,
    day: &str,
    platform: &str,
    outcome: &str,
    n: usize,
) {
    for _ in 0..n {
        sqlx::query(
            "INSERT INTO assistance_acts (person_id, team_id, site_id, recorded_by, day, platform, \
             mode, minutes, outcome, barriers, autonomy, equipment, redirect_kind, \
             redirect_service, created_at) VALUES (NULL, $1, NULL, $2, $3, $4, 'with', 30, $5, \
             'itsme-required', 'fully-accompanied', 'none', 'nowhere', '', 0)",
        )
        .bind(team)
        .bind(by)
        .bind(day.to_owned())
        .bind(platform.to_owned())
        .bind(outcome.to_owned())
        .execute(app.db.pool())
        .await
        .unwrap();
    }
}

/// The CSV as (section, category, period) → value.
fn parse_csv(text: &str) -> Vec<[String; 4]> {
    text.lines()
        .skip(1)
        .map(|l| {
            let cells: Vec<String> = l
                .trim_start_matches('"')
                .trim_end_matches('"')
                .split("\",\"")
                .map(|c| c.replace("\"\"", "\""))
                .collect();
            [
                cells[0].clone(),
                cells[1].clone(),
                cells[2].clone(),
                cells[3].clone(),
            ]
        })
        .collect()
}

/// In every section and period of the CSV: when the total is shown, the hidden cells are
/// never one alone (the total minus the others would give it back).
fn assert_nothing_recomputable(rows: &[[String; 4]]) {
    let mut by: BTreeMap<(String, String), Vec<(String, String)>> = BTreeMap::new();
    for [section, category, period, value] in rows {
        if category.is_empty() {
            continue;
        }
        by.entry((section.clone(), period.clone()))
            .or_default()
            .push((category.clone(), value.clone()));
    }
    for ((section, period), cells) in by {
        let (total, others): (Vec<_>, Vec<_>) = cells.iter().partition(|(c, _)| c == "Total");
        let total_shown = total.iter().any(|(_, v)| v.parse::<u64>().is_ok());
        let hidden: Vec<_> = others
            .iter()
            .filter(|(_, v)| v.parse::<u64>().is_err())
            .collect();
        assert!(
            !(total_shown && hidden.len() == 1),
            "{section} {period}: one hidden cell beside a shown total: {cells:?}"
        );
        for (_, v) in &others {
            if let Ok(n) = v.parse::<u64>() {
                assert!(n == 0 || n >= 5, "{section} {period}: {n} shown");
            }
        }
    }
}

#[tokio::test]
async fn figures_come_from_the_records_and_small_ones_are_hidden_in_every_output() {
    let app = spawn_app().await;
    let social = team_id(&app, "Service social").await;
    let worker = user_id(&app, "social").await;
    // 2026-Q1 (the demo's clock is 2 March 2026) and 2025-Q4 before it.
    acts(&app, social, worker, "2026-01-12", "myminfin", "done", 12).await;
    acts(&app, social, worker, "2026-02-03", "itsme", "done", 3).await;
    acts(
        &app,
        social,
        worker,
        "2026-02-20",
        "mutual-insurance",
        "done",
        8,
    )
    .await;
    acts(&app, social, worker, "2025-11-04", "myminfin", "done", 6).await;
    acts(
        &app,
        social,
        worker,
        "2025-12-01",
        "mutual-insurance",
        "done",
        9,
    )
    .await;
    let b = app.signed_in(Role::Coordinator).await;
    let query = format!("scope=team-{social}&period=2026-Q1");

    let res = b.get(&format!("/observatory/report.csv?{query}")).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let rows = parse_csv(&res.text().await.unwrap());
    let value = |section: &str, category: &str, period: &str| {
        rows.iter()
            .find(|r| r[0] == section && r[1] == category && r[2] == period)
            .map(|r| r[3].clone())
            .unwrap_or_else(|| panic!("{section} / {category} / {period} missing"))
    };
    let platforms = "Aides numériques par plateforme";
    // 3 acts on itsme: "< 5"; the others that would give it back are hidden too, and
    // the totals (counted, never typed) stay shown.
    assert_eq!(
        value(platforms, "itsme (créer, utiliser)", "2026-Q1"),
        "< 5"
    );
    assert_eq!(value(platforms, "Total", "2026-Q1"), "23");
    assert_eq!(value(platforms, "Total", "2025-Q4"), "15");
    assert_eq!(
        value(platforms, "Mutualité (site ou appli)", "2026-Q1"),
        "masqué"
    );
    assert_nothing_recomputable(&rows);
    // 23 acts of 30 minutes: 11.5 hours.
    assert_eq!(value("Heures d’aide numérique", "", "2026-Q1"), "11,5 h");

    // The page and the PDF say the same.
    let (status, html) = b.html(&format!("/observatory?{query}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("role=\"img\""), "a chart");
    let small = html
        .rfind("itsme (créer")
        .map(|i| &html[i..i + 200])
        .unwrap_or_default();
    assert!(small.contains("<td class=\"num\">&#60; 5</td>"), "{small}");
    assert!(html.contains("<td class=\"num\">23</td>"));
    let res = b.get(&format!("/observatory/report.pdf?{query}")).await;
    assert_eq!(res.status(), StatusCode::OK);
    let pdf = res.bytes().await.unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let text = pdf_text(&pdf);
    assert!(text.contains("< 5"), "{text}");
    assert!(text.contains("Méthode"));
    assert!(text.contains("11,5 h"));
}

#[tokio::test]
async fn no_output_shows_a_figure_per_worker() {
    let app = spawn_app().await;
    let social = team_id(&app, "Service social").await;
    // Two workers of the team: 7 and 13 acts on MyPension. Only their sum, 20, may appear.
    acts(
        &app,
        social,
        user_id(&app, "social").await,
        "2026-02-10",
        "mypension",
        "done",
        7,
    )
    .await;
    acts(
        &app,
        social,
        user_id(&app, "accueil").await,
        "2026-02-11",
        "mypension",
        "done",
        13,
    )
    .await;
    let b = app.signed_in(Role::Coordinator).await;
    let query = format!("scope=team-{social}&period=2026-Q1");
    let csv = b
        .get(&format!("/observatory/report.csv?{query}"))
        .await
        .text()
        .await
        .unwrap();
    let (_, html) = b.html(&format!("/observatory?{query}")).await;
    let pdf = pdf_text(
        &b.get(&format!("/observatory/report.pdf?{query}"))
            .await
            .bytes()
            .await
            .unwrap(),
    );
    let published = publish(&b, &app, &query).await;
    for (name, out) in [
        ("csv", &csv),
        ("page", &html),
        ("pdf", &pdf),
        ("link", &published),
    ] {
        for who in guichet::demo::ACCOUNTS
            .iter()
            .filter(|a| a.0 != Role::Coordinator)
        {
            assert!(!out.contains(who.3), "{name} names {}", who.3);
        }
        assert!(out.contains("20"), "{name}: the team's 20 acts");
    }
    let rows = parse_csv(&csv);
    for r in rows.iter().filter(|r| r[1].starts_with("MyPension")) {
        assert!(
            r[3] != "7" && r[3] != "13",
            "a worker's figure in the CSV: {r:?}"
        );
    }
    // There is no way to ask for a worker: the scope is a team, a service or a site.
    for scope in ["worker-2", "user-2", "team-0"] {
        let res = b
            .get(&format!("/observatory?scope={scope}&period=2026-Q1"))
            .await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{scope}");
    }
    for (path, _) in guichet_web::routes::inventory() {
        if path.starts_with("/observatory") || path.starts_with("/published") {
            assert!(!path.contains("user") && !path.contains("worker"), "{path}");
        }
    }
}

/// Publishes and returns the published page's HTML.
async fn publish(b: &crate::helpers::Browser, app: &TestApp, query: &str) -> String {
    let (scope, period) = query.split_once('&').unwrap();
    let res = b
        .post(
            "/observatory/publish",
            &[
                ("scope", scope.trim_start_matches("scope=")),
                ("period", period.trim_start_matches("period=")),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    let link = html
        .split("value=\"")
        .find_map(|s| s.split('"').next().filter(|l| l.contains("/published/")))
        .expect("the link")
        .to_owned();
    let path = &link[link.find("/published/").unwrap()..];
    let res = reqwest::get(format!("{}{path}", app.base)).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "readable without signing in");
    res.text().await.unwrap()
}

#[tokio::test]
async fn a_published_link_keeps_its_figures_and_can_be_withdrawn() {
    let app = spawn_app().await;
    let social = team_id(&app, "Service social").await;
    let worker = user_id(&app, "social").await;
    acts(&app, social, worker, "2026-01-20", "ebox", "done", 6).await;
    let b = app.signed_in(Role::Coordinator).await;
    let query = format!("scope=team-{social}&period=2026-Q1");
    let before = publish(&b, &app, &query).await;
    assert!(before.contains("<td class=\"num\">6</td>"), "{before}");
    // Later acts change the coordinator's page, not the frozen link.
    acts(&app, social, worker, "2026-02-20", "ebox", "done", 5).await;
    let (_, now) = b.html(&format!("/observatory?{query}")).await;
    assert!(now.contains("<td class=\"num\">11</td>"));
    let res = b
        .post(
            "/observatory/publish",
            &[("scope", &format!("team-{social}")), ("period", "2026-Q1")],
        )
        .await;
    let link = res.text().await.unwrap();
    let first_link_path = link
        .split("value=\"")
        .find_map(|s| s.split('"').next().filter(|l| l.contains("/published/")))
        .map(|l| l[l.find("/published/").unwrap()..].to_owned())
        .unwrap();
    let html = reqwest::get(format!("{}{first_link_path}", app.base))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("<td class=\"num\">11</td>"),
        "a new link has today's figures"
    );
    // Withdraw every published link: each then says it was withdrawn.
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM published_reports")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    assert_eq!(ids.len(), 2);
    for id in ids {
        let res = b
            .post(
                "/observatory/withdraw",
                &[
                    ("scope", &format!("team-{social}")),
                    ("period", "2026-Q1"),
                    ("id", &id.to_string()),
                ],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
    }
    let res = reqwest::get(format!("{}{first_link_path}", app.base))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::GONE);
    // An unknown link is not found; only the token's hash is stored.
    let res = reqwest::get(format!("{}/published/{}", app.base, "0".repeat(64)))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let stored: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM published_reports")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    let token = first_link_path.trim_start_matches("/published/");
    assert!(stored.iter().all(|h| h != token));
}

#[tokio::test]
async fn only_a_coordinator_of_the_team_sees_its_figures() {
    let app = spawn_app().await;
    // The demo's coordinator coordinates the social service and debt mediation, not
    // home care.
    let care = team_id(&app, "Soins à domicile").await;
    let b = app.signed_in(Role::Coordinator).await;
    let res = b
        .get(&format!("/observatory?scope=team-{care}&period=2026-Q1"))
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = b
        .post(
            "/observatory/publish",
            &[("scope", &format!("team-{care}")), ("period", "2026-Q1")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    for role in [
        Role::SocialWorker,
        Role::Reception,
        Role::Dpo,
        Role::Admin,
        Role::Volunteer,
    ] {
        let b = app.signed_in(role).await;
        assert_eq!(
            b.get("/observatory").await.status(),
            StatusCode::FORBIDDEN,
            "{role:?}"
        );
    }
}

#[tokio::test]
async fn a_platform_failing_far_more_than_usual_is_on_the_coordinators_home_page() {
    let app = spawn_app().await;
    let social = team_id(&app, "Service social").await;
    let worker = user_id(&app, "social").await;
    // One failed MyMinfin procedure in each of the six four-week periods before; ten in
    // the last four weeks (the clock is 2 March 2026).
    for day in [
        "2025-09-22",
        "2025-10-20",
        "2025-11-17",
        "2025-12-15",
        "2026-01-12",
        "2026-02-02",
    ] {
        acts(&app, social, worker, day, "myminfin", "not-possible", 1).await;
    }
    let b = app.signed_in(Role::Coordinator).await;
    let (_, home) = b.html("/home").await;
    assert!(!home.contains("bloque plus que d’habitude"), "no alert yet");
    acts(
        &app,
        social,
        worker,
        "2026-02-25",
        "myminfin",
        "not-possible",
        10,
    )
    .await;
    let (_, home) = b.html("/home").await;
    assert!(home.contains("bloque plus que d’habitude"), "{home}");
    assert!(
        home.contains("10 démarches n’ont pas pu aboutir sur MyMinfin"),
        "{home}"
    );
    assert!(home.contains("contre 1,0 en moyenne"), "{home}");
    // Front-line staff do not get it.
    let (_, home) = app.signed_in(Role::SocialWorker).await.html("/home").await;
    assert!(!home.contains("bloque plus que d’habitude"));
}

#[tokio::test]
async fn an_alert_over_a_quiet_history_does_not_give_the_small_count_of_before() {
    let app = spawn_app().await;
    let social = team_id(&app, "Service social").await;
    let worker = user_id(&app, "social").await;
    // Three failed itsme procedures in the 24 weeks before, seven in the last four.
    for day in ["2025-10-20", "2025-12-15", "2026-01-12"] {
        acts(&app, social, worker, day, "itsme", "not-possible", 1).await;
    }
    acts(
        &app,
        social,
        worker,
        "2026-02-24",
        "itsme",
        "not-possible",
        7,
    )
    .await;
    let (_, home) = app.signed_in(Role::Coordinator).await.html("/home").await;
    assert!(
        home.contains("7 démarches n’ont pas pu aboutir sur itsme"),
        "{home}"
    );
    assert!(home.contains("contre moins de 5 en tout"), "{home}");
    assert!(!home.contains("0,5 en moyenne"));
}
