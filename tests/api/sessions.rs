use crate::helpers::{location, password_of, spawn_app};
use guichet_domain::Role;
use reqwest::StatusCode;

#[tokio::test]
async fn the_session_id_changes_at_sign_in_and_a_planted_id_is_never_adopted() {
    let app = spawn_app().await;
    let mut b = app.browser();
    let url = app.base.parse().unwrap();
    b.jar
        .add_cookie_str("guichet_session=planted-by-someone-else; Path=/", &url);
    let (u, p) = password_of(Role::Reception);
    assert_eq!(b.sign_in(u, p).await.status(), StatusCode::SEE_OTHER);
    let first = b.session_cookie().unwrap();
    assert_ne!(first, "planted-by-someone-else");
    assert_eq!(first.len(), 64);

    // Signing in again on the same browser (the sign-in page itself sends a signed-in
    // person home, so post the form directly) gives a new id and ends the old session.
    b.refresh_csrf("/account").await;
    let r = b.post("/login", &[("username", u), ("password", p)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let second = b.session_cookie().unwrap();
    assert_ne!(first, second);
    let stale = app.browser();
    stale
        .jar
        .add_cookie_str(&format!("guichet_session={first}; Path=/"), &url);
    let r = stale.get("/home").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(location(&r).starts_with("/login"));
}

#[tokio::test]
async fn thirty_minutes_without_activity_ends_the_session() {
    let app = spawn_app().await;
    let b = app.signed_in(Role::SocialWorker).await;
    app.advance(29);
    assert_eq!(b.get("/home").await.status(), StatusCode::OK);
    // Activity keeps it alive.
    app.advance(29);
    assert_eq!(b.get("/home").await.status(), StatusCode::OK);
    app.advance(31);
    let r = b.get("/home").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/login?expired=1&next=%2Fhome");
    let (_, html) = b.html(&location(&r)).await;
    assert!(html.contains("Votre session s&#39;est terminée"));
}

#[tokio::test]
async fn no_session_lasts_more_than_twelve_hours_even_when_active() {
    let app = spawn_app().await;
    let b = app.signed_in(Role::Reception).await;
    for _ in 0..28 {
        app.advance(25);
        assert_eq!(b.get("/home").await.status(), StatusCode::OK);
    }
    app.advance(25); // 12 h 05 after sign-in
    assert_eq!(b.get("/home").await.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn sign_out_ends_this_session_and_sign_out_everywhere_ends_all() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::SocialWorker).await;
    let laptop = app.signed_in(Role::SocialWorker).await;
    let phone = app.signed_in(Role::SocialWorker).await;

    let r = phone.post("/logout", &[]).await;
    assert_eq!(location(&r), "/login");
    assert_eq!(phone.get("/home").await.status(), StatusCode::SEE_OTHER);
    assert_eq!(desk.get("/home").await.status(), StatusCode::OK);

    let (_, html) = desk.html("/account").await;
    assert!(html.contains("1 autre appareil"), "other sessions shown");
    desk.post("/account/sign-out-everywhere", &[]).await;
    assert_eq!(desk.get("/home").await.status(), StatusCode::SEE_OTHER);
    assert_eq!(laptop.get("/home").await.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn changing_ones_password_keeps_this_session_and_ends_the_others() {
    let app = spawn_app().await;
    let (u, old) = password_of(Role::HealthWorker);
    let mut here = app.signed_in(Role::HealthWorker).await;
    let elsewhere = app.signed_in(Role::HealthWorker).await;

    let r = here
        .post(
            "/account/password",
            &[
                ("current_password", "wrong one"),
                ("new_password", "short"),
                ("confirm_password", "short"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#current_password\"") && html.contains("href=\"#new_password\""));

    let new = "a new and long pass phrase";
    let r = here
        .post(
            "/account/password",
            &[
                ("current_password", old),
                ("new_password", new),
                ("confirm_password", new),
            ],
        )
        .await;
    assert_eq!(location(&r), "/account?saved=password");
    assert_eq!(here.get("/home").await.status(), StatusCode::OK);
    assert_eq!(elsewhere.get("/home").await.status(), StatusCode::SEE_OTHER);

    let mut b = app.browser();
    assert_eq!(b.sign_in(u, old).await.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(b.sign_in(u, new).await.status(), StatusCode::SEE_OTHER);
    here.refresh_csrf("/account").await;
}
