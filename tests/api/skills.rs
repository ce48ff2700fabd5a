//! The private DigComp self-assessment, the training log and a team's anonymous needs
//! (issue 18, journey J10): one's own rows only, by construction; a team's needs as
//! counts from five assessments, for its coordinators, without names.

use crate::helpers::{
    find_person, location, pdf_text, spawn_app, team_id, user_id, Browser, TestApp,
};
use guichet_domain::digcomp::{Assessment, Level};
use guichet_domain::ids::{TeamId, UserId};
use guichet_domain::Role;
use reqwest::StatusCode;

async fn count(app: &TestApp, sql: &str, id: i64) -> i64 {
    sqlx::query_scalar::<_, i64>(sql)
        .bind(id)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

async fn add_tool(app: &TestApp, name: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(
        "INSERT INTO tools (name, purpose, who_to_ask, reviewed_on, review_months, updated_at) \
         VALUES ($1, 'x', 'y', '2026-01-01', 12, 0) RETURNING id",
    )
    .bind(name)
    .fetch_one(app.db.pool())
    .await
    .unwrap()
}

/// A body as text: a PDF's text through pdftotext, anything else as it came.
async fn body_text(r: reqwest::Response) -> String {
    let pdf = r.headers().get("content-type").is_some_and(|v| {
        v.to_str()
            .unwrap_or_default()
            .starts_with("application/pdf")
    });
    let bytes = r.bytes().await.unwrap();
    if pdf {
        pdf_text(&bytes)
    } else {
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

/// The radio of `subject` that is checked on the self-assessment page.
fn checked(html: &str, subject: &str) -> Option<String> {
    html.split("<input type=\"radio\"")
        .skip(1)
        .map(|i| i.split('>').next().unwrap_or_default())
        .filter(|i| i.contains(&format!("name=\"{subject}\"")) && i.contains(" checked"))
        .find_map(|i| {
            i.split("value=\"")
                .nth(1)
                .and_then(|v| v.split('"').next())
                .map(str::to_owned)
        })
}

#[tokio::test]
async fn a_worker_saves_her_levels_and_reads_them_back_and_a_tampered_one_saves_nothing() {
    let app = spawn_app().await;
    let tool = add_tool(&app, "Logiciel de caisse").await;
    let tool_code = format!("tool:{tool}");
    let b = app.signed_in(Role::SocialWorker).await;
    let (status, html) = b.html("/me/skills").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Vous seul voyez ceci."),
        "the privacy statement"
    );
    assert!(html.contains("Logiciel de caisse"), "the tools are offered");
    for code in guichet_domain::digcomp::COMPETENCES {
        assert_eq!(
            checked(&html, code).as_deref(),
            Some(""),
            "{code} not assessed"
        );
    }
    let r = b
        .post(
            "/me/skills",
            &[
                ("1.1", "6"),
                ("2.6", ""),
                ("4.2", "2"),
                ("5.4", "8"),
                (&tool_code, "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/me/skills?done=saved#summary");
    let (_, html) = b.html("/me/skills?done=saved").await;
    assert!(html.contains("Votre autoévaluation est enregistrée."));
    assert_eq!(checked(&html, "1.1").as_deref(), Some("6"));
    assert_eq!(checked(&html, "4.2").as_deref(), Some("2"));
    assert_eq!(checked(&html, "2.6").as_deref(), Some(""));
    assert_eq!(checked(&html, &tool_code).as_deref(), Some("1"));
    // The summary, by band.
    let summary = html
        .split("id=\"summary\"")
        .nth(1)
        .unwrap()
        .split("</section>")
        .next()
        .unwrap();
    assert!(summary.contains("Fondamental"), "{summary}");
    assert!(summary.contains("Logiciel de caisse (1)"), "{summary}");
    assert!(summary.contains("Hautement spécialisé"), "{summary}");
    assert!(
        !summary.contains("Intermédiaire"),
        "no empty band: {summary}"
    );
    let social = user_id(&app, "social").await;
    let rows = "SELECT COUNT(*) FROM self_assessments WHERE user_id = $1";
    assert_eq!(count(&app, rows, social).await, 4);

    // A tampered level (9) and a subject that is not on the form: refused, nothing saved
    // (the earlier levels stay), every value as chosen.
    let r = b
        .post(
            "/me/skills",
            &[("1.1", "9"), ("3.4", "5"), ("7.7", "1"), ("4.2", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("class=\"error-summary\""),
        "GOV.UK error summary"
    );
    assert!(
        html.contains("href=\"#s-1-1\""),
        "the summary links to the field"
    );
    assert!(
        html.contains("href=\"#skills-form\""),
        "and names the unknown subject"
    );
    assert_eq!(checked(&html, "3.4").as_deref(), Some("5"), "values kept");
    assert_eq!(checked(&html, "4.2").as_deref(), Some(""), "values kept");
    assert_eq!(checked(&html, "1.1"), None, "9 is not a choice");
    assert_eq!(count(&app, rows, social).await, 4, "nothing saved");
    let levels: Vec<(String, i64)> = sqlx::query_as(
        "SELECT subject, level FROM self_assessments WHERE user_id = $1 ORDER BY subject",
    )
    .bind(social)
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    assert!(levels.contains(&("1.1".into(), 6)) && levels.contains(&("4.2".into(), 2)));
    // An archived tool is not on the form any more: rating it is refused.
    sqlx::query("UPDATE tools SET archived = 1 WHERE id = $1")
        .bind(tool)
        .execute(app.db.pool())
        .await
        .unwrap();
    let r = b.post("/me/skills", &[(&tool_code, "3")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Saving replaces: one level left.
    let r = b.post("/me/skills", &[("2.1", "3")]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(count(&app, rows, social).await, 1);

    // "I can coach colleagues on this": kept in `coaches` (public), replaced at each save
    // among the form's subjects; a subject not on the form saves nothing.
    let coaches = "SELECT COUNT(*) FROM coaches WHERE user_id = $1";
    let r = b
        .post(
            "/me/skills",
            &[("2.1", "6"), ("coach", "2.1"), ("coach", "5.1")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(count(&app, coaches, social).await, 2);
    let (_, html) = b.html("/me/skills").await;
    assert!(html.contains("name=\"coach\" value=\"2.1\" checked"));
    let r = b
        .post(
            "/me/skills",
            &[("2.1", "6"), ("coach", "2.1"), ("coach", "9.9")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("name=\"coach\" value=\"2.1\" checked"),
        "kept"
    );
    assert!(
        !html.contains("name=\"coach\" value=\"5.1\" checked"),
        "as sent"
    );
    assert_eq!(count(&app, coaches, social).await, 2, "nothing saved");
    let r = b.post("/me/skills", &[("coach", "5.1")]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(count(&app, coaches, social).await, 1);
    assert_eq!(count(&app, rows, social).await, 0);
}

#[tokio::test]
async fn the_self_assessment_page_stays_light() {
    let app = spawn_app().await;
    for n in 0..8 {
        add_tool(&app, &format!("Plateforme régionale numéro {n}")).await;
    }
    let b = app.signed_in(Role::Reception).await;
    let r = b
        .client
        .get(format!("{}/me/skills", app.base))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers().get("content-encoding").unwrap(), "gzip");
    let bytes = r.bytes().await.unwrap().len();
    eprintln!("/me/skills with 8 tools: {bytes} bytes gzip");
    assert!(bytes <= 14_600, "{bytes} bytes gzip");
}

const MARKER: &str = "Zorglub-Formation-7Q3X";
const PROVIDER: &str = "Organisme-Kappa-9W";
const NOTE: &str = "Remarque-Omega-5V";

/// Worker A (the social worker) assesses herself and logs trainings; returns the id of
/// one of them.
async fn worker_a(app: &TestApp) -> (Browser, i64) {
    let a = app.signed_in(Role::SocialWorker).await;
    let r = a
        .post(
            "/me/skills",
            &[("1.1", "7"), ("2.4", "1"), ("3.4", "5"), ("4.1", "3")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = a
        .post(
            "/me/trainings",
            &[
                ("status", "done"),
                ("title", MARKER),
                ("provider", PROVIDER),
                ("day", "12/02/2026"),
                ("hours", "6,5"),
                ("note", NOTE),
            ],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    let r = a
        .post(
            "/me/trainings",
            &[
                ("status", "wished"),
                ("title", &format!("{MARKER} souhait")),
                ("provider", ""),
                ("day", ""),
                ("hours", ""),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let id: i64 = sqlx::query_scalar("SELECT MIN(id) FROM trainings")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    (a, id)
}

#[tokio::test]
async fn no_other_account_ever_sees_a_workers_self_assessment_or_training_log() {
    let app = spawn_app().await;
    let (a, training) = worker_a(&app).await;
    let (_, mine) = a.html("/me/trainings").await;
    assert!(mine.contains(MARKER) && mine.contains(PROVIDER) && mine.contains(NOTE));
    let reception = app.signed_in(Role::Reception).await;
    let person = find_person(&reception, "josiane+lambert").await;
    let routes = guichet_web::routes::inventory();
    let ids = [person.clone(), training.to_string(), "1".to_owned()];
    let mut seen = Vec::new();
    let mut reached = 0;
    let others = [
        Role::Reception,
        Role::HealthWorker,
        Role::Coordinator,
        Role::Dpo,
        Role::Admin,
        Role::Volunteer,
    ];
    for role in others {
        let b = app.signed_in(role).await;
        for (path, _) in &routes {
            for id in &ids {
                if !path.contains('{') && id != &ids[0] {
                    continue;
                }
                let target = path
                    .replace("{id}", id)
                    .replace("{mid}", "1")
                    .replace("{token}", &"0".repeat(64));
                let r = b.get(&target).await;
                if r.status() == StatusCode::OK {
                    reached += 1;
                }
                let text = body_text(r).await;
                for mark in [MARKER, PROVIDER, NOTE] {
                    if text.contains(mark) {
                        seen.push(format!("{role:?} GET {target}: {mark}"));
                    }
                }
                if path == &"/me/skills" {
                    // Their own empty form: no level of A's is checked.
                    for code in guichet_domain::digcomp::COMPETENCES {
                        if checked(&text, code).as_deref() != Some("") {
                            seen.push(format!("{role:?} /me/skills: {code} checked"));
                        }
                    }
                    assert!(!text.contains("id=\"summary\""), "{role:?}: a summary");
                }
            }
        }
        // Their own log and its PDF: empty of A's lines.
        let r = b.get("/me/trainings.pdf").await;
        assert_eq!(r.status(), StatusCode::OK, "{role:?}");
        let text = body_text(r).await;
        assert!(!text.contains("Zorglub"), "{role:?}: {text}");
        // A's line cannot be removed by anyone else: "not found", nothing removed.
        let r = b
            .post(&format!("/me/trainings/{training}/delete"), &[])
            .await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{role:?}");
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM trainings WHERE id = $1",
                training
            )
            .await,
            1,
            "{role:?}"
        );
    }
    assert!(seen.is_empty(), "seen by others:\n{}", seen.join("\n"));
    assert!(reached > 200, "the pages were really read ({reached})");

    // The exports that hold the most: the person's export, her report, the observatory's
    // CSV and PDF; and the DPO's pages. They answered, and hold none of it.
    for (role, path) in [
        (Role::Reception, format!("/persons/{person}/export.json")),
        (Role::Reception, format!("/persons/{person}/report-pdf")),
        (Role::Coordinator, "/observatory/report.csv".to_owned()),
        (Role::Coordinator, "/observatory/report.pdf".to_owned()),
        (Role::Coordinator, "/team/skills".to_owned()),
        (Role::Dpo, "/dpo/access-log".to_owned()),
        (Role::Dpo, "/access-rights".to_owned()),
        (Role::Admin, "/admin/users".to_owned()),
    ] {
        let b = app.signed_in(role).await;
        let r = b.get(&path).await;
        assert_eq!(r.status(), StatusCode::OK, "{role:?} {path}");
        let text = body_text(r).await;
        assert!(text.len() > 100, "{path} has content");
        for mark in [MARKER, PROVIDER, NOTE] {
            assert!(!text.contains(mark), "{path}: {mark}");
        }
    }
    // The owner still has it all, and removes her own line.
    let r = a.get("/me/trainings.pdf").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(body_text(r).await.contains(MARKER));
    let r = a
        .post(&format!("/me/trainings/{training}/delete"), &[])
        .await;
    assert_eq!(location(&r), "/me/trainings?done=deleted");
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM trainings WHERE id = $1",
            training
        )
        .await,
        0
    );
}

#[tokio::test]
async fn the_training_log_keeps_every_typed_value_on_a_mistake_and_prints_as_a_pdf() {
    let app = spawn_app().await;
    let a = app.signed_in(Role::SocialWorker).await;
    // Followed "tomorrow" (the clock is 2 March 2026), with hours that are not hours.
    let r = a
        .post(
            "/me/trainings",
            &[
                ("status", "done"),
                ("title", "Atelier eBox"),
                ("provider", "Interface3"),
                ("day", "03/03/2026"),
                ("hours", "beaucoup"),
                ("note", "Avec ma collègue"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#day\"") && html.contains("href=\"#hours\""));
    for kept in [
        "Atelier eBox",
        "Interface3",
        "03/03/2026",
        "beaucoup",
        "Avec ma collègue",
    ] {
        assert!(html.contains(kept), "{kept} kept");
    }
    assert!(html.contains("value=\"done\" checked"));
    let r = a
        .post(
            "/me/trainings",
            &[("status", "done"), ("title", "x"), ("day", "")],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a day is needed"
    );
    let social = user_id(&app, "social").await;
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM trainings WHERE user_id = $1",
            social
        )
        .await,
        0
    );
    for (status, title, day, hours) in [
        ("done", "Atelier eBox", "02/03/2026", "3,5"),
        ("done", "itsme pour les usagers", "2026-01-20", "2"),
        ("wished", "MyMinfin pas à pas", "", ""),
    ] {
        let r = a
            .post(
                "/me/trainings",
                &[
                    ("status", status),
                    ("title", title),
                    ("provider", "Interface3"),
                    ("day", day),
                    ("hours", hours),
                    ("note", ""),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{title}");
    }
    let (_, html) = a.html("/me/trainings?done=added").await;
    assert!(
        html.contains("2 mars 2026") && html.contains("3,5"),
        "{html}"
    );
    a.post("/me/skills", &[("2.1", "2")]).await;
    let r = a.get("/me/trainings.pdf").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers().get("content-type").unwrap(), "application/pdf");
    let text = body_text(r).await;
    for expected in [
        "Carnet de formation",
        "Thomas Claes",
        "Atelier eBox",
        "itsme pour les",
        "MyMinfin pas à pas",
        "Demande de temps de formation",
        "5,5 heure(s)",
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    assert!(
        !text.contains("autoévaluation (DigComp"),
        "off unless asked"
    );
    let r = a.get("/me/trainings.pdf?assessment=yes").await;
    let bytes = r.bytes().await.unwrap();
    // To look at it: SKILLS_PDF_OUT=/tmp/log.pdf, then `pdftoppm -png -r 60 /tmp/log.pdf`.
    if let Ok(out) = std::env::var("SKILLS_PDF_OUT") {
        std::fs::write(out, &bytes).unwrap();
    }
    let text = pdf_text(&bytes);
    assert!(text.contains("Mon autoévaluation"), "{text}");
    assert!(text.contains("Interagir par le biais"), "{text}");
}

async fn member(app: &TestApp, team: i64, n: usize, level: u8) -> UserId {
    let id = guichet_store::users::create(
        &app.db,
        &guichet_store::users::NewUser {
            username: guichet_domain::user::Username::parse(&format!("collegue{n}")).unwrap(),
            display_name: guichet_domain::user::DisplayName::parse(&format!(
                "Nomdecollegue{n} Secret"
            ))
            .unwrap(),
            lang: None,
            roles: [Role::SocialWorker].into_iter().collect(),
            teams: vec![TeamId::new(team)],
        },
        0,
    )
    .await
    .unwrap();
    let actor = guichet_store::users::actor(&app.db, id, 0).await.unwrap();
    guichet_store::skills::replace_own_assessment(
        &app.db,
        &actor,
        &Assessment {
            levels: vec![
                ("4.2".into(), Level::new(level).unwrap()),
                ("1.1".into(), Level::new(6).unwrap()),
            ],
        },
    )
    .await
    .unwrap();
    id
}

/// The part of the page about one team.
fn section<'a>(html: &'a str, team: &str) -> &'a str {
    html.split("<section>")
        .find(|s| s.contains(team))
        .unwrap_or_else(|| panic!("no section for {team}"))
}

#[tokio::test]
async fn a_coordinator_sees_a_teams_needs_only_from_five_assessments_and_no_name() {
    let app = spawn_app().await;
    let debts = team_id(&app, "Médiation de dettes").await;
    for n in 1..=4 {
        member(&app, debts, n, 1).await;
    }
    let coordinator = app.signed_in(Role::Coordinator).await;
    let (status, html) = coordinator.html("/team/skills").await;
    assert_eq!(status, StatusCode::OK);
    let suppressed = "Moins de cinq collègues se sont évalués : rien n&#39;est montré.";
    assert!(
        section(&html, "Médiation de dettes").contains(suppressed),
        "{html}"
    );
    assert!(section(&html, "Service social").contains(suppressed));
    member(&app, debts, 5, 2).await;
    let (_, html) = coordinator.html("/team/skills").await;
    let part = section(&html, "Médiation de dettes");
    assert!(!part.contains(suppressed), "{part}");
    // Five at foundation level on 4.2; none on 1.1 (all rated 6).
    let line = |name: &str| {
        part.split("<tr>")
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("no line {name}"))
            .to_owned()
    };
    assert!(
        line("Protéger les données personnelles").contains(">5<"),
        "{part}"
    );
    assert!(line("1.1 Naviguer").contains(">0<"), "{part}");
    assert!(
        !html.contains("Nomdecollegue") && !html.contains("collegue1"),
        "no name"
    );
    assert!(section(&html, "Service social").contains(suppressed));
    // Not a coordinator: refused.
    for role in [
        Role::Reception,
        Role::SocialWorker,
        Role::Dpo,
        Role::Admin,
        Role::Volunteer,
    ] {
        let b = app.signed_in(role).await;
        assert_eq!(
            b.get("/team/skills").await.status(),
            StatusCode::FORBIDDEN,
            "{role:?}"
        );
    }
    // A disabled account no longer counts.
    sqlx::query("UPDATE users SET disabled_at = 1 WHERE username = 'collegue5'")
        .execute(app.db.pool())
        .await
        .unwrap();
    let (_, html) = coordinator.html("/team/skills").await;
    assert!(section(&html, "Médiation de dettes").contains(suppressed));
}

#[tokio::test]
async fn the_account_page_links_to_ones_skills_and_the_coordinator_to_the_teams_needs() {
    let app = spawn_app().await;
    let (_, html) = app.signed_in(Role::Volunteer).await.html("/account").await;
    assert!(html.contains("href=\"/me/skills\"") && html.contains("href=\"/me/trainings\""));
    assert!(!html.contains("href=\"/team/skills\""));
    let (_, html) = app
        .signed_in(Role::Coordinator)
        .await
        .html("/account")
        .await;
    assert!(html.contains("href=\"/team/skills\""));
}

/// The demo: the social service's needs show (five assessments), the debt mediation's
/// stay hidden (three), and reception and the social worker — the "new colleague" of
/// J10 — have no self-assessment.
#[tokio::test]
async fn the_demo_shows_one_teams_needs_and_hides_the_other_and_leaves_the_new_colleague_blank() {
    let (db, _dir) = crate::helpers::test_db().await;
    guichet::demo::seed_all(&db, crate::helpers::start_timestamp())
        .await
        .unwrap();
    let assessed = |team: &'static str| {
        let db = db.clone();
        async move {
            sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(DISTINCT s.user_id) FROM self_assessments s \
                 JOIN team_members m ON m.user_id = s.user_id \
                 JOIN teams t ON t.id = m.team_id WHERE t.name = $1",
            )
            .bind(team)
            .fetch_one(db.pool())
            .await
            .unwrap()
        }
    };
    assert!(assessed("Service social").await >= 5);
    assert!(assessed("Médiation de dettes").await < 5);
    for username in ["accueil", "social"] {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM self_assessments s JOIN users u ON u.id = s.user_id \
             WHERE u.username = $1",
        )
        .bind(username)
        .fetch_one(db.pool())
        .await
        .unwrap();
        assert_eq!(n, 0, "{username}");
    }
    let trainings: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM trainings")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert!(trainings >= 3);
}
