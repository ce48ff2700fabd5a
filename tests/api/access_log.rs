//! The tamper-evident access log: every page showing a person's data writes one row;
//! `verify` (and `guichet verify-log`) finds a changed, removed or inserted row; many
//! writers at once keep the chain whole; the DPO reads it, nobody else.

use crate::helpers::{spawn_app, test_db_with_url, TestApp};
use guichet_domain::ids::{PersonId, UserId};
use guichet_domain::Role;
use guichet_store::access_log::{self, Action, Break, LogFilter};
use guichet_store::{users, Db};
use reqwest::StatusCode;
use std::process::Command;

async fn dpo_actor(app: &TestApp) -> guichet_domain::Actor {
    let id = users::find_for_login(&app.db, "dpo")
        .await
        .unwrap()
        .unwrap()
        .id;
    users::actor(&app.db, id, app.now()).await.unwrap()
}

async fn entries_for(app: &TestApp, person: PersonId) -> Vec<access_log::Entry> {
    let filter = LogFilter {
        person: Some(person),
        action: None,
    };
    access_log::list(&app.db, &dpo_actor(app).await, &filter, 1000)
        .await
        .unwrap()
}

/// Ids of the log's rows, oldest first.
async fn ids(db: &Db) -> Vec<i64> {
    sqlx::query("SELECT id FROM access_log ORDER BY id")
        .fetch_all(db.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| sqlx::Row::try_get::<i64, _>(r, "id").unwrap())
        .collect()
}

async fn record_many(db: &Db, n: i64) {
    for i in 0..n {
        access_log::record(
            db,
            UserId::new(1 + i % 3),
            PersonId::new(1 + i % 7),
            Action::Read,
            &format!("request {i}"),
            "",
            1_770_000_000 + i,
        )
        .await
        .unwrap();
    }
}

#[tokio::test]
async fn reading_a_person_s_pages_adds_rows_and_list_pages_add_none() {
    let app = spawn_app().await;
    let social = app.signed_in(Role::SocialWorker).await;
    // The first file a search finds.
    let (_, found) = social.html("/persons?q=a").await;
    let id: i64 = crate::helpers::first_person_link(&found).parse().unwrap();
    let person = PersonId::new(id);
    let before = entries_for(&app, person).await.len();
    for list in ["/persons?q=a", "/queue", "/today", "/home"] {
        assert_eq!(social.get(list).await.status(), StatusCode::OK, "{list}");
    }
    assert_eq!(
        entries_for(&app, person).await.len(),
        before,
        "lists are not logged"
    );

    assert_eq!(
        social.get(&format!("/persons/{id}")).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        social.get(&format!("/persons/{id}/contact")).await.status(),
        StatusCode::OK
    );
    let rows = entries_for(&app, person).await;
    assert_eq!(rows.len(), before + 2);
    // Newest first.
    assert_eq!(rows[0].what, "contact");
    assert_eq!(rows[1].what, "person");
    assert_eq!(rows[1].action, "read");
    assert_eq!(rows[1].user_name, "Thomas Claes");
    assert_eq!(rows[1].at, app.now());

    // The person's report is a print, the JSON file an export: both are logged as such.
    assert_eq!(
        social.get(&format!("/persons/{id}/report")).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        social
            .get(&format!("/persons/{id}/export.json"))
            .await
            .status(),
        StatusCode::OK
    );
    let rows = entries_for(&app, person).await;
    assert_eq!(
        (rows[1].action.as_str(), rows[1].what.as_str()),
        ("print", "report")
    );
    assert_eq!(
        (rows[0].action.as_str(), rows[0].what.as_str()),
        ("export", "export")
    );

    // The DPO's page: who, which file (number only), what; filtered by file.
    let dpo = app.signed_in(Role::Dpo).await;
    let (status, page) = dpo.html(&format!("/dpo/access-log?person={id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Thomas Claes") && page.contains("<td>contact</td>"));
    let (_, by_action) = dpo
        .html(&format!("/dpo/access-log?person={id}&action=print"))
        .await;
    assert!(!by_action.contains("<td>contact</td>"));
    let (status, bad) = dpo.html("/dpo/access-log?person=abc").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.contains("value=\"abc\""));

    assert!(access_log::verify(&app.db).await.unwrap().intact());
}

#[tokio::test]
async fn only_the_dpo_reads_the_access_log() {
    let app = spawn_app().await;
    for role in [
        Role::Reception,
        Role::SocialWorker,
        Role::HealthWorker,
        Role::Coordinator,
        Role::Admin,
    ] {
        let b = app.signed_in(role).await;
        for page in ["/dpo/access-log", "/dpo/break-glass"] {
            assert_eq!(
                b.get(page).await.status(),
                StatusCode::FORBIDDEN,
                "{role:?} {page}"
            );
        }
    }
    let dpo = app.signed_in(Role::Dpo).await;
    let (_, home) = dpo.html("/home").await;
    assert!(
        home.contains("href=\"/dpo/access-log\"") && home.contains("href=\"/dpo/break-glass\"")
    );
}

#[tokio::test]
async fn an_intact_log_of_many_rows_verifies_and_a_changed_row_is_found() {
    let (db, _, _dir) = test_db_with_url().await;
    let empty = access_log::verify(&db).await.unwrap();
    assert!(empty.intact() && empty.rows == 0);
    record_many(&db, 120).await;
    let report = access_log::verify(&db).await.unwrap();
    assert!(report.intact(), "{report:?}");
    assert_eq!(report.rows, 120);

    let target = ids(&db).await[41];
    sqlx::query("UPDATE access_log SET what = 'request 999' WHERE id = $1")
        .bind(target)
        .execute(db.pool())
        .await
        .unwrap();
    assert_eq!(
        access_log::verify(&db).await.unwrap().broken,
        Some(Break::Changed { id: target })
    );
}

#[tokio::test]
async fn a_removed_row_is_found_in_the_middle_and_at_the_end() {
    let (db, _, _dir) = test_db_with_url().await;
    record_many(&db, 30).await;
    let all = ids(&db).await;
    sqlx::query("DELETE FROM access_log WHERE id = $1")
        .bind(all[10])
        .execute(db.pool())
        .await
        .unwrap();
    assert_eq!(
        access_log::verify(&db).await.unwrap().broken,
        Some(Break::Unlinked { id: all[11] })
    );

    let (db, _, _dir2) = test_db_with_url().await;
    record_many(&db, 5).await;
    let all = ids(&db).await;
    sqlx::query("DELETE FROM access_log WHERE id = $1")
        .bind(all[4])
        .execute(db.pool())
        .await
        .unwrap();
    assert_eq!(
        access_log::verify(&db).await.unwrap().broken,
        Some(Break::Head {
            last_id: Some(all[3])
        })
    );
}

#[tokio::test]
async fn twenty_writers_at_once_keep_the_chain_intact() {
    let (db, _, _dir) = test_db_with_url().await;
    let mut tasks = Vec::new();
    for i in 0..20 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            for j in 0..3 {
                access_log::record(
                    &db,
                    UserId::new(i),
                    PersonId::new(j),
                    Action::Read,
                    "person",
                    "",
                    1_770_000_000,
                )
                .await
                .unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let report = access_log::verify(&db).await.unwrap();
    assert!(report.intact(), "{report:?}");
    assert_eq!(report.rows, 60);
}

fn verify_log(url: &str, data_dir: &std::path::Path) -> std::process::Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_guichet"));
    for (k, _) in std::env::vars() {
        if k.starts_with("GUICHET_") {
            c.env_remove(k);
        }
    }
    c.arg("verify-log")
        .env("GUICHET_DATABASE_URL", url)
        .env("GUICHET_DATA_DIR", data_dir)
        .output()
        .unwrap()
}

#[tokio::test]
async fn verify_log_passes_then_fails_after_tampering_naming_the_row() {
    let (db, url, _dir) = test_db_with_url().await;
    record_many(&db, 12).await;
    let out = verify_log(&url, _dir.data_dir());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("intact: 12 entries"));

    let target = ids(&db).await[5];
    sqlx::query("UPDATE access_log SET reason = 'oops' WHERE id = $1")
        .bind(target)
        .execute(db.pool())
        .await
        .unwrap();
    let out = verify_log(&url, _dir.data_dir());
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("entry {target} was changed")),
        "{err}"
    );
}
