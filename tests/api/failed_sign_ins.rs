//! Failed sign-ins are visible (issue 13 §8): the account's owner is told at the next
//! sign-in, administrators see counts per account, and nothing about where they came from
//! is kept with them.

use crate::helpers::{csrf_in, password_of, spawn_app};
use guichet_domain::Role;
use guichet_store::throttle;
use reqwest::StatusCode;

#[tokio::test]
async fn the_owner_is_told_of_failed_attempts_at_the_next_sign_in_until_she_dismisses_it() {
    let app = spawn_app().await;
    let (u, p) = password_of(Role::SocialWorker);
    let mut owner = app.browser();
    assert_eq!(owner.sign_in(u, p).await.status(), StatusCode::SEE_OTHER);
    let (_, home) = owner.html("/home").await;
    assert!(
        !home.contains("Tentatives de connexion"),
        "nothing to tell yet"
    );
    owner.refresh_csrf("/account").await;
    owner.post("/logout", &[]).await;

    // Someone tries three passwords from another browser; a name nobody has is tried too.
    app.advance(60);
    let mut other = app.browser();
    for _ in 0..3 {
        assert_eq!(
            other.sign_in(u, "not-her-password").await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        other
            .sign_in("nobody.here", "whatever-it-is")
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );

    app.advance(30);
    assert_eq!(owner.sign_in(u, p).await.status(), StatusCode::SEE_OTHER);
    let (_, home) = owner.html("/home").await;
    assert!(
        home.contains("Tentatives de connexion à votre compte"),
        "{home}"
    );
    assert!(home.contains("a essayé 3 fois"), "{home}");
    // The last attempt's time, in Brussels time (START is 09:00 UTC, 10:00 in Brussels).
    assert!(home.contains("à 11:00"), "{home}");

    // Read and dismissed: gone, also at the next sign-in.
    let csrf = csrf_in(&home);
    let r = owner
        .post("/account/failed-sign-ins/seen", &[("csrf_token", &csrf)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, home) = owner.html("/home").await;
    assert!(!home.contains("Tentatives de connexion"));
    owner.refresh_csrf("/account").await;
    owner.post("/logout", &[]).await;
    assert_eq!(owner.sign_in(u, p).await.status(), StatusCode::SEE_OTHER);
    let (_, home) = owner.html("/home").await;
    assert!(!home.contains("Tentatives de connexion"));
}

#[tokio::test]
async fn tries_while_the_account_must_wait_count_too_and_administrators_see_counts_per_account() {
    let app = spawn_app().await;
    let (u, p) = password_of(Role::Reception);
    let mut attacker = app.browser();
    for _ in 0..5 {
        attacker.sign_in(u, "guess-guess-guess").await;
    }
    // The sixth and seventh must wait (not even checked): still attempts on her account.
    for _ in 0..2 {
        assert_eq!(
            attacker.sign_in(u, "guess-guess-guess").await.status(),
            StatusCode::TOO_MANY_REQUESTS
        );
    }

    let admin = app.signed_in(Role::Admin).await;
    let (status, list) = admin.html("/admin/users").await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains("Connexions refusées"));
    let row = list
        .split("<tr>")
        .find(|r| r.contains(&format!(">{u}<")))
        .expect("the receptionist's row");
    assert!(
        row.contains("7 depuis hier, 7 en 30 jours (7 depuis la dernière connexion réussie)"),
        "{row}"
    );
    // Accounts nobody tried show nothing.
    let (admin_name, _) = password_of(Role::Admin);
    let admin_row = list
        .split("<tr>")
        .find(|r| r.contains(&format!(">{admin_name}<")))
        .expect("the administrator's row");
    assert!(!admin_row.contains("depuis hier"), "{admin_row}");

    // Once she signs in (a new browser waits its turn), the count since her last sign-in
    // goes; the days stay 30 days.
    app.advance(20);
    let mut owner = app.browser();
    assert_eq!(owner.sign_in(u, p).await.status(), StatusCode::SEE_OTHER);
    let (_, list) = admin.html("/admin/users").await;
    let row = list
        .split("<tr>")
        .find(|r| r.contains(&format!(">{u}<")))
        .unwrap();
    assert!(row.contains("7 depuis hier, 7 en 30 jours"), "{row}");
    assert!(!row.contains("depuis la dernière connexion"), "{row}");
    app.advance(31 * 24 * 60);
    let admin = app.signed_in(Role::Admin).await;
    let (_, list) = admin.html("/admin/users").await;
    let row = list
        .split("<tr>")
        .find(|r| r.contains(&format!(">{u}<")))
        .unwrap();
    assert!(!row.contains("en 30 jours"), "older than 30 days: {row}");
}

#[tokio::test]
async fn only_administrators_see_the_counts_and_they_hold_no_address() {
    let app = spawn_app().await;
    let (u, _) = password_of(Role::Coordinator);
    app.browser().sign_in(u, "guess-guess-guess").await;
    for role in [
        Role::Coordinator,
        Role::Dpo,
        Role::SocialWorker,
        Role::Reception,
    ] {
        let b = app.signed_in(role).await;
        assert_eq!(b.get("/admin/users").await.status(), StatusCode::FORBIDDEN);
        let (name, _) = password_of(role);
        let id = guichet_store::users::find_for_login(&app.db, name)
            .await
            .unwrap()
            .unwrap()
            .id;
        let actor = guichet_store::users::actor(&app.db, id, app.now())
            .await
            .unwrap();
        assert!(matches!(
            throttle::failures_per_account(&app.db, &actor, app.now()).await,
            Err(guichet_store::StoreError::Forbidden)
        ));
    }
    // What is kept per account: the account, the day, how many. Nothing else.
    let columns: Vec<String> = match app.db.backend() {
        guichet_store::Backend::Sqlite => sqlx::query("SELECT name FROM pragma_table_info('sign_in_failure_days') ORDER BY cid")
            .fetch_all(app.db.pool()).await.unwrap().iter().map(|r| sqlx::Row::get(r, "name")).collect(),
        guichet_store::Backend::Postgres => sqlx::query("SELECT CAST(column_name AS TEXT) AS name FROM information_schema.columns WHERE table_name = 'sign_in_failure_days' ORDER BY ordinal_position")
            .fetch_all(app.db.pool()).await.unwrap().iter().map(|r| sqlx::Row::get(r, "name")).collect(),
    };
    assert_eq!(columns, ["user_id", "day", "failures"]);
}
