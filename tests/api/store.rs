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
