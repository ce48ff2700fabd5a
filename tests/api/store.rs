use crate::helpers::test_db;
use guichet_store::{migrate, Backend, Db, StoreError};

#[tokio::test]
async fn a_database_newer_than_the_binary_is_refused_untouched() {
    let (db, _dir) = test_db().await;
    sqlx::query("INSERT INTO guichet_schema (version, name, applied_at) VALUES (9999, 'from the future', 0)")
        .execute(db.pool())
        .await
        .unwrap();
    let err = migrate::run(&db).await.unwrap_err();
    assert!(matches!(
        err,
        StoreError::SchemaTooNew { database: 9999, .. }
    ));
    let msg = err.to_string();
    assert!(
        msg.contains("newer guichet") && msg.contains("nothing was changed"),
        "{msg}"
    );
}

#[tokio::test]
async fn migrating_twice_changes_nothing() {
    let (db, _dir) = test_db().await;
    migrate::run(&db).await.unwrap();
    assert_eq!(
        migrate::current_version(&db).await.unwrap(),
        migrate::latest_version()
    );
}

#[tokio::test]
async fn sqlite_runs_in_wal_mode_with_full_sync_and_foreign_keys() {
    let (db, _dir) = test_db().await;
    if db.backend() != Backend::Sqlite {
        return;
    }
    assert_eq!(
        db.sqlite_pragma("journal_mode").await.unwrap().as_deref(),
        Some("wal")
    );
    assert_eq!(
        db.sqlite_pragma("synchronous").await.unwrap().as_deref(),
        Some("2")
    );
    assert_eq!(
        db.sqlite_pragma("foreign_keys").await.unwrap().as_deref(),
        Some("1")
    );
    assert_eq!(
        db.sqlite_pragma("busy_timeout").await.unwrap().as_deref(),
        Some("5000")
    );
}

#[tokio::test]
async fn tokens_are_stored_hashed() {
    let (db, _dir) = test_db().await;
    guichet::demo::seed(&db, 0).await.unwrap();
    let user = guichet_store::users::find_for_login(&db, "accueil")
        .await
        .unwrap()
        .unwrap()
        .id;
    let token = guichet_store::sessions::create(&db, user, 0).await.unwrap();
    let stored: Vec<String> =
        sqlx::query_scalar::<sqlx::Any, String>("SELECT token_hash FROM sessions")
            .fetch_all(db.pool())
            .await
            .unwrap();
    assert!(!stored.contains(&token));
    assert!(stored.contains(&guichet_store::token_hash(&token)));
}

#[tokio::test]
async fn an_unknown_url_scheme_is_refused_with_a_clear_message() {
    let err = Db::connect("mysql://x").await.unwrap_err();
    assert!(err.to_string().contains("sqlite://"));
}

/// The labels of the organisation's own topics, as another desk reads them (outside any
/// unit of work).
async fn topic_labels(db: &Db) -> Vec<String> {
    let mut labels: Vec<String> = guichet_store::topics::list(db)
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.fr)
        .collect();
    labels.sort();
    labels
}

#[tokio::test]
async fn a_unit_of_work_keeps_all_it_wrote_on_commit_and_nothing_otherwise() {
    use guichet_store::topics;
    let (db, _dir) = test_db().await;

    let (work_db, work) = db.begin_work().await.unwrap();
    topics::add(&work_db, "Vélo", "", "", 1).await.unwrap();
    topics::add(&work_db, "Jardin", "", "", 1).await.unwrap();
    assert_eq!(
        topic_labels(&work_db).await,
        ["Jardin", "Vélo"],
        "the unit reads what it wrote"
    );
    drop((work_db, work));
    assert!(
        topic_labels(&db).await.is_empty(),
        "a unit dropped without commit leaves nothing"
    );

    let (work_db, work) = db.begin_work().await.unwrap();
    topics::add(&work_db, "Vélo", "", "", 1).await.unwrap();
    // A store call's own transaction is a savepoint inside the unit: one that ends
    // without committing takes back only its own writes.
    let mut tx = work_db.begin().await.unwrap();
    sqlx::query(
        "INSERT INTO custom_topics (code, label, label_fr, label_nl, label_en, archived, created_at) \
         VALUES ('x-broken', 'Cassé', 'Cassé', '', '', 0, 1)",
    )
    .execute(&mut *tx)
    .await
    .unwrap();
    drop(tx);
    topics::add(&work_db, "Jardin", "", "", 1).await.unwrap();
    // Nested units are one: the inner commit waits for the outer one.
    let (inner_db, inner) = work_db.begin_work().await.unwrap();
    topics::add(&inner_db, "Musique", "", "", 1).await.unwrap();
    inner.commit().await.unwrap();
    assert!(
        topic_labels(&db).await.is_empty(),
        "nothing seen before commit"
    );
    work.commit().await.unwrap();
    assert_eq!(topic_labels(&db).await, ["Jardin", "Musique", "Vélo"]);
}

#[tokio::test]
async fn a_store_call_that_would_wait_for_its_own_unit_of_work_fails_at_once() {
    let (db, _dir) = test_db().await;
    let (work_db, _work) = db.begin_work().await.unwrap();
    let held = work_db.conn().await.unwrap();
    let nested = guichet_store::topics::list(&work_db).await;
    assert!(nested.is_err(), "an error, not a wait for ever: {nested:?}");
    drop(held);
    assert!(guichet_store::topics::list(&work_db).await.is_ok());
}
