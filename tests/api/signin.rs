use crate::helpers::{location, password_of, spawn_app};
use guichet_domain::Role;
use reqwest::StatusCode;

#[tokio::test]
async fn every_role_signs_in_and_lands_on_its_home_page() {
    let app = spawn_app().await;
    for (role, heading) in [
        (Role::Reception, "Personnes suivies par vos équipes"),
        (Role::SocialWorker, "Personnes suivies par vos équipes"),
        (Role::HealthWorker, "Personnes suivies par vos équipes"),
        (Role::Coordinator, "Vos équipes"),
        (Role::Dpo, "Protection des données"),
        (Role::Admin, "Administration"),
    ] {
        let b = app.signed_in(role).await;
        let (status, html) = b.html("/home").await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains(heading), "{role:?} home lacks {heading:?}");
    }
}

#[tokio::test]
async fn a_wrong_password_keeps_the_user_name_and_says_what_is_wrong() {
    let app = spawn_app().await;
    let mut b = app.browser();
    let r = b.sign_in("accueil", "not the password").await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let html = r.text().await.unwrap();
    assert!(html.contains("class=\"error-summary\""));
    assert!(html.contains("href=\"#username\""));
    assert!(html.contains("value=\"accueil\""));
    assert!(
        html.contains("Le nom d&#39;utilisateur ou le mot de passe est incorrect")
            || html.contains("incorrect")
    );
    // An unknown user gets exactly the same answer.
    let r = b.sign_in("nobody-here", "not the password").await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn empty_fields_are_named_in_the_error_summary() {
    let app = spawn_app().await;
    let mut b = app.browser();
    let r = b.sign_in("", "").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#username\"") && html.contains("href=\"#password\""));
    assert!(html.contains("<title>Erreur :"));
}

#[tokio::test]
async fn sign_in_returns_to_the_page_asked_for_but_never_off_site() {
    let app = spawn_app().await;
    let b = app.browser();
    let r = b.get("/account").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/login?next=%2Faccount");
    let mut b = app.browser();
    b.refresh_csrf("/login").await;
    let (u, p) = password_of(Role::Reception);
    let r = b
        .post(
            "/login",
            &[("username", u), ("password", p), ("next", "/account")],
        )
        .await;
    assert_eq!(location(&r), "/account");
    let mut b = app.browser();
    b.refresh_csrf("/login").await;
    let r = b
        .post(
            "/login",
            &[
                ("username", u),
                ("password", p),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/home");
}

#[tokio::test]
async fn throttling_slows_an_attacker_but_not_the_colleague_at_her_own_desk() {
    let app = spawn_app().await;
    let (u, p) = password_of(Role::SocialWorker);
    // The colleague signed in on her own browser yesterday.
    let mut colleague = app.browser();
    assert_eq!(
        colleague.sign_in(u, p).await.status(),
        StatusCode::SEE_OTHER
    );
    colleague.refresh_csrf("/account").await;
    colleague.post("/logout", &[]).await;
    app.advance(60);

    // Someone else tries five passwords on her account.
    let mut attacker = app.browser();
    for _ in 0..5 {
        assert_eq!(
            attacker.sign_in(u, "guess-guess-guess").await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    // Now even the right password is not checked from that browser.
    let r = attacker.sign_in(u, p).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers().contains_key("retry-after"));
    assert!(r.text().await.unwrap().contains("Trop d&#39;essais"));

    // The colleague is not locked out.
    assert_eq!(
        colleague.sign_in(u, p).await.status(),
        StatusCode::SEE_OTHER
    );

    // And waiting is always enough.
    app.advance(1);
    assert_eq!(attacker.sign_in(u, p).await.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_disabled_account_cannot_sign_in() {
    let app = spawn_app().await;
    let (u, p) = password_of(Role::Reception);
    let rec = guichet_store::users::find_for_login(&app.db, u)
        .await
        .unwrap()
        .unwrap();
    guichet_store::users::set_disabled(&app.db, rec.id, Some(1))
        .await
        .unwrap();
    let mut b = app.browser();
    assert_eq!(b.sign_in(u, p).await.status(), StatusCode::UNAUTHORIZED);
}
