use crate::helpers::{location, spawn_app};
use guichet_domain::Role;
use reqwest::StatusCode;

fn link_in(html: &str) -> String {
    let start = html
        .find("/password/set/")
        .expect("a one-time link on the page");
    html[start..start + "/password/set/".len() + 64].to_owned()
}

#[tokio::test]
async fn a_new_account_form_with_mistakes_comes_back_with_a_summary_and_every_value_kept() {
    let app = spawn_app().await;
    let admin = app.signed_in(Role::Admin).await;
    let r = admin
        .post(
            "/admin/users/new",
            &[
                ("username", "Élodie Marchal"),
                ("display_name", "Élodie Marchal"),
                ("lang", "nl"),
                ("teams", "2"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("class=\"error-summary\""));
    assert!(html.contains("<a href=\"#username\">"));
    assert!(html.contains("<a href=\"#roles\">"));
    assert!(
        html.contains("id=\"roles\""),
        "the summary links to the roles fieldset"
    );
    assert!(
        html.contains("value=\"Élodie Marchal\""),
        "typed values kept"
    );
    assert!(html.contains("value=\"nl\" selected"), "language kept");
    assert!(html.contains("value=\"2\" checked"), "team kept");
    assert!(html.contains("aria-invalid=\"true\""));
}

#[tokio::test]
async fn an_administrator_creates_an_account_and_hands_over_a_one_time_link() {
    let app = spawn_app().await;
    let admin = app.signed_in(Role::Admin).await;
    let r = admin
        .post(
            "/admin/users/new",
            &[
                ("username", "e.marchal"),
                ("display_name", "Élodie Marchal"),
                ("roles", "social-worker"),
                ("teams", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap();
    assert!(html.contains("e.marchal"));
    let link = link_in(&html);

    // The new colleague opens the link without being signed in.
    let mut newcomer = app.browser();
    newcomer.refresh_csrf(&link).await;
    let r = newcomer
        .post(
            &link,
            &[
                ("new_password", "too short"),
                ("confirm_password", "too short"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("href=\"#new_password\""));
    let pw = "le chat dort sur la chaise";
    let r = newcomer
        .post(&link, &[("new_password", pw), ("confirm_password", pw)])
        .await;
    assert_eq!(location(&r), "/login?done=1");
    assert_eq!(
        newcomer.sign_in("e.marchal", pw).await.status(),
        StatusCode::SEE_OTHER
    );
    assert!(newcomer.html("/home").await.1.contains("Élodie Marchal"));

    // The link works once.
    let (status, html) = app.browser().html(&link).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("ne fonctionne plus"));

    // A duplicate user name is refused with the values kept.
    let r = admin
        .post(
            "/admin/users/new",
            &[
                ("username", "E.Marchal"),
                ("display_name", "Other"),
                ("roles", "dpo"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("existe déjà"));
}

#[tokio::test]
async fn a_reset_link_expires_after_three_days_and_a_newer_link_replaces_it() {
    let app = spawn_app().await;
    let admin = app.signed_in(Role::Admin).await;
    let first = link_in(
        &admin
            .post("/admin/users/2/reset-link", &[])
            .await
            .text()
            .await
            .unwrap(),
    );
    let second = link_in(
        &admin
            .post("/admin/users/2/reset-link", &[])
            .await
            .text()
            .await
            .unwrap(),
    );
    assert_eq!(
        app.browser().get(&first).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.browser().get(&second).await.status(), StatusCode::OK);
    app.advance(3 * 24 * 60 + 1);
    assert_eq!(
        app.browser().get(&second).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn administration_and_front_line_roles_cannot_share_one_account() {
    let app = spawn_app().await;
    let admin = app.signed_in(Role::Admin).await;
    let r = admin
        .post(
            "/admin/users/new",
            &[
                ("username", "both.hats"),
                ("display_name", "Both Hats"),
                ("roles", "admin"),
                ("roles", "reception"),
                ("teams", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("Créez deux comptes séparés"));
}

#[tokio::test]
async fn disabling_an_account_ends_its_sessions() {
    let app = spawn_app().await;
    let reception = app.signed_in(Role::Reception).await;
    let admin = app.signed_in(Role::Admin).await;
    let r = admin.post("/admin/users/1/toggle", &[]).await;
    assert_eq!(location(&r), "/admin/users/1?saved=1");
    assert!(admin
        .html("/admin/users/1?saved=1")
        .await
        .1
        .contains("Les changements sont enregistrés"));
    assert_eq!(reception.get("/home").await.status(), StatusCode::SEE_OTHER);
    let (_, html) = admin.html("/admin/users").await;
    assert!(html.contains("Désactivé"));
}

#[tokio::test]
async fn a_site_form_with_mistakes_keeps_every_value_and_a_good_one_is_saved() {
    let app = spawn_app().await;
    let admin = app.signed_in(Role::Admin).await;
    let mut form = vec![
        ("name", "Antenne Gare"),
        ("street", "Rue de la Gare 5"),
        ("postcode", "130"),
        ("municipality", "Wavre"),
        ("phone", "010 99 88 77"),
        ("open_0", "9:00-12:00"),
        ("open_2", "nine to noon"),
        ("walkin_0", "9:00-11:00"),
        ("closing_days", "2026-12-24 Veille de Noël\nle 31 décembre"),
    ];
    let r = admin.post("/admin/sites/new", &form).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    for anchor in ["#postcode", "#open_2", "#closing_days"] {
        assert!(
            html.contains(&format!("href=\"{anchor}\"")),
            "summary links to {anchor}"
        );
    }
    assert!(
        html.contains("ligne 2"),
        "the bad closing-day line is named"
    );
    for kept in [
        "Antenne Gare",
        "Rue de la Gare 5",
        "value=\"130\"",
        "nine to noon",
        "le 31 décembre",
    ] {
        assert!(html.contains(kept), "kept: {kept}");
    }
    form[2] = ("postcode", "1300");
    form[6] = ("open_2", "13h-16h");
    form[8] = (
        "closing_days",
        "2026-12-24 Veille de Noël\n31/12/2026 Fin d'année",
    );
    let r = admin.post("/admin/sites/new", &form).await;
    assert_eq!(location(&r), "/admin/sites");
    let sites = guichet_store::org::list_sites(&app.db).await.unwrap();
    let gare = sites.iter().find(|s| s.name == "Antenne Gare").unwrap();
    let gare = guichet_store::org::get_site(&app.db, gare.id)
        .await
        .unwrap();
    assert_eq!(gare.opening_hours.0[2].to_string(), "13:00–16:00");
    assert_eq!(gare.closing_days.len(), 2);
    assert_eq!(gare.phone.display(), "010 99 88 77");

    // Left empty, the municipality comes from the postcode list.
    form[0] = ("name", "Antenne Université");
    form[2] = ("postcode", "1348");
    form[3] = ("municipality", "");
    let r = admin.post("/admin/sites/new", &form).await;
    assert_eq!(location(&r), "/admin/sites");
    let sites = guichet_store::org::list_sites(&app.db).await.unwrap();
    let lln = sites
        .iter()
        .find(|s| s.name == "Antenne Université")
        .unwrap();
    assert_eq!(lln.municipality, "Louvain-la-Neuve");
}

#[tokio::test]
async fn services_and_teams_are_added_under_a_site() {
    let app = spawn_app().await;
    let admin = app.signed_in(Role::Admin).await;
    let r = admin
        .post(
            "/admin/services/new",
            &[("site", "1"), ("service_name", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("href=\"#service_name\""));
    let r = admin
        .post(
            "/admin/services/new",
            &[("site", "1"), ("service_name", "Énergie")],
        )
        .await;
    assert_eq!(location(&r), "/admin/services");
    let services = guichet_store::org::list_services(&app.db).await.unwrap();
    let energy = services
        .iter()
        .find(|s| s.name == "Énergie")
        .unwrap()
        .id
        .to_string();
    let r = admin
        .post(
            "/admin/teams/new",
            &[
                ("service", energy.as_str()),
                ("team_name", "Cellule énergie"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/admin/services");
    let (_, html) = admin.html("/admin/services").await;
    assert!(html.contains("Cellule énergie"));
}

#[tokio::test]
async fn the_organisation_name_is_required_and_saved() {
    let app = spawn_app().await;
    let admin = app.signed_in(Role::Admin).await;
    let r = admin
        .post("/admin/organisation", &[("org_name", "   ")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = admin
        .post(
            "/admin/organisation",
            &[("org_name", "CPAS de Val-des-Saules")],
        )
        .await;
    assert_eq!(location(&r), "/admin/organisation?saved=1");
    assert_eq!(
        guichet_store::org::organisation_name(&app.db)
            .await
            .unwrap()
            .as_deref(),
        Some("CPAS de Val-des-Saules")
    );
}

#[tokio::test]
async fn an_administrator_cannot_remove_their_own_admin_role_or_disable_themselves() {
    let app = spawn_app().await;
    let admin = app.signed_in(Role::Admin).await;
    let r = admin
        .post(
            "/admin/users/6",
            &[("display_name", "Jan Vermeulen"), ("roles", "dpo")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = admin.post("/admin/users/6/toggle", &[]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(admin.get("/home").await.status(), StatusCode::OK);
}
