use crate::helpers::{location, spawn_app};
use guichet_domain::ids::PersonId;
use guichet_domain::{Actor, Role};
use guichet_store::{persons, users, StoreError};
use guichet_web::auth::Access;
use reqwest::StatusCode;

fn concrete(path: &str) -> String {
    path.replace("{id}", "1")
        .replace("{token}", &"0".repeat(64))
}

/// The short list of routes anyone may use. Adding a public route means adding it here.
const PUBLIC: [&str; 25] = [
    "/",
    "/healthz",
    "/readyz",
    "/login",
    "/password/set/{token}",
    // The directory of local services: no person data, open to anyone (a helper at a
    // public digital space), and its read-only HSDS API.
    "/services",
    "/services/{id}",
    "/services/{id}/slip",
    "/api/hsds",
    "/api/hsds/",
    "/api/hsds/services",
    "/api/hsds/services/{id}",
    "/api/hsds/organizations",
    "/api/hsds/organizations/{id}",
    "/api/hsds/locations",
    "/api/hsds/locations/{id}",
    "/api/hsds/service_at_locations",
    "/api/hsds/service_at_locations/{id}",
    "/api/hsds/taxonomies",
    "/api/hsds/taxonomies/{id}",
    "/api/hsds/taxonomy_terms",
    "/api/hsds/taxonomy_terms/{id}",
    // A worker's calendar feed: read by calendar apps, the secret link is the key.
    "/calendar/{token}",
    // The participatory audit's page where a paper code is typed: the code is the key,
    // the page is limited per minute.
    "/audit/code",
    // A report a coordinator published for a council: suppressed figures of a team,
    // never a person's; the secret link is the key.
    "/published/{token}",
];

#[tokio::test]
async fn every_route_is_either_on_the_public_list_or_requires_sign_in() {
    let app = spawn_app().await;
    let inventory = guichet_web::routes::inventory();
    let public: Vec<&str> = inventory
        .iter()
        .filter(|(_, a)| *a == Access::Public)
        .map(|(p, _)| *p)
        .collect();
    assert_eq!(public, PUBLIC, "public routes changed");

    let mut anon = app.browser();
    anon.refresh_csrf("/login").await;
    for (path, access) in &inventory {
        let url = concrete(path);
        let get = anon.get(&url).await;
        let post = anon.post(&url, &[]).await;
        if *access == Access::Public {
            assert!(
                !location(&get).starts_with("/login?next"),
                "{path} is public but asked for sign-in"
            );
            assert_ne!(post.status(), StatusCode::UNAUTHORIZED, "{path}");
        } else {
            assert!(
                get.status() == StatusCode::METHOD_NOT_ALLOWED
                    || (get.status() == StatusCode::SEE_OTHER
                        && location(&get).starts_with("/login?next=")),
                "GET {path} without sign-in gave {} {}",
                get.status(),
                location(&get)
            );
            assert!(
                post.status() == StatusCode::METHOD_NOT_ALLOWED
                    || post.status() == StatusCode::UNAUTHORIZED,
                "POST {path} without sign-in gave {}",
                post.status()
            );
        }
    }
}

#[tokio::test]
async fn role_restricted_routes_refuse_every_other_role() {
    let app = spawn_app().await;
    let inventory = guichet_web::routes::inventory();
    for role in Role::ALL {
        let b = app.signed_in(role).await;
        for (path, access) in &inventory {
            let Access::AnyOf(allowed) = access else {
                continue;
            };
            let url = concrete(path);
            let get = b.get(&url).await.status();
            let post = b.post(&url, &[]).await.status();
            if allowed.contains(&role) {
                assert_ne!(get, StatusCode::FORBIDDEN, "{role:?} GET {path}");
                assert_ne!(post, StatusCode::FORBIDDEN, "{role:?} POST {path}");
            } else {
                assert!(
                    matches!(get, StatusCode::FORBIDDEN | StatusCode::METHOD_NOT_ALLOWED),
                    "{role:?} GET {path}: {get}"
                );
                assert!(
                    matches!(post, StatusCode::FORBIDDEN | StatusCode::METHOD_NOT_ALLOWED),
                    "{role:?} POST {path}: {post}"
                );
            }
        }
    }
}

async fn actor_of(app: &crate::helpers::TestApp, role: Role) -> Actor {
    let (u, _) = crate::helpers::password_of(role);
    let rec = users::find_for_login(&app.db, u).await.unwrap().unwrap();
    users::actor(&app.db, rec.id, app.now()).await.unwrap()
}

async fn any_person_followed_by(app: &crate::helpers::TestApp, actor: &Actor) -> PersonId {
    persons::list_followed(&app.db, actor, 1).await.unwrap()[0].id
}

#[tokio::test]
async fn the_data_layer_gives_administrators_dpo_and_coordinators_no_person_data() {
    let app = spawn_app().await;
    let worker = actor_of(&app, Role::SocialWorker).await;
    let someone = any_person_followed_by(&app, &worker).await;
    assert!(persons::get(&app.db, &worker, someone).await.is_ok());
    assert!(persons::count_followed(&app.db, &worker).await.unwrap() > 0);

    for role in [Role::Admin, Role::Dpo, Role::Coordinator, Role::Volunteer] {
        let actor = actor_of(&app, role).await;
        assert!(
            persons::list_followed(&app.db, &actor, 1000)
                .await
                .unwrap()
                .is_empty(),
            "{role:?}"
        );
        assert_eq!(
            persons::count_followed(&app.db, &actor).await.unwrap(),
            0,
            "{role:?}"
        );
        assert!(
            matches!(
                persons::get(&app.db, &actor, someone).await,
                Err(StoreError::NotFound)
            ),
            "{role:?}"
        );
    }

    // Even an administrator put in the very team that follows the person sees nothing.
    let mut admin = actor_of(&app, Role::Admin).await;
    admin.teams = worker.teams.clone();
    assert!(persons::list_followed(&app.db, &admin, 1000)
        .await
        .unwrap()
        .is_empty());
    assert!(matches!(
        persons::get(&app.db, &admin, someone).await,
        Err(StoreError::NotFound)
    ));
}

#[tokio::test]
async fn a_person_file_is_seen_by_the_following_team_only_and_others_get_not_found() {
    let app = spawn_app().await;
    let worker = actor_of(&app, Role::SocialWorker).await;
    let nurse = actor_of(&app, Role::HealthWorker).await;
    let social_case = any_person_followed_by(&app, &worker).await;
    let care_case = any_person_followed_by(&app, &nurse).await;

    let b = app.signed_in(Role::SocialWorker).await;
    let (status, html) = b.html(&format!("/persons/{social_case}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html
        .contains("parce que votre équipe suit cette personne : Service social — Antenne Centre"));
    let (status, html) = b.html(&format!("/persons/{care_case}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        b.get("/persons/999999").await.status(),
        StatusCode::NOT_FOUND
    );
    let (_, missing) = b.html("/persons/999999").await;
    let main = |h: &str| {
        h.split("<main")
            .nth(1)
            .unwrap()
            .split("</main>")
            .next()
            .unwrap()
            .to_owned()
    };
    // Both offer to open the file with a reason: the same page but for the number.
    assert_eq!(
        main(&html).replace(&format!("/persons/{care_case}/"), "/persons/N/"),
        main(&missing).replace("/persons/999999/", "/persons/N/"),
        "a file one may not see looks exactly like a file that does not exist"
    );

    for role in [Role::Admin, Role::Dpo, Role::Coordinator, Role::Volunteer] {
        let b = app.signed_in(role).await;
        // Their role never opens person files: refused for any id, existing or not.
        assert_eq!(
            b.get(&format!("/persons/{social_case}")).await.status(),
            StatusCode::FORBIDDEN,
            "{role:?}"
        );
        assert_eq!(
            b.get("/persons/999999").await.status(),
            StatusCode::FORBIDDEN,
            "{role:?}: the same answer for a file that does not exist"
        );
        let (_, home) = b.html("/home").await;
        let name = persons::get(&app.db, &worker, social_case)
            .await
            .unwrap()
            .0
            .family_name;
        assert!(!home.contains(&name), "{role:?} home shows a person");
    }
}

#[tokio::test]
async fn no_admin_page_shows_a_person_name() {
    let app = spawn_app().await;
    let worker = actor_of(&app, Role::SocialWorker).await;
    let names: Vec<String> = persons::list_followed(&app.db, &worker, 1000)
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.family_name)
        .collect();
    assert!(!names.is_empty());
    let admin = app.signed_in(Role::Admin).await;
    for path in [
        "/home",
        "/admin/users",
        "/admin/users/1",
        "/admin/sites",
        "/admin/sites/1",
        "/admin/services",
        "/admin/organisation",
        "/teams",
        "/access-rights",
        "/account",
    ] {
        let (status, html) = admin.html(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        for n in &names {
            assert!(!html.contains(n.as_str()), "{path} shows {n}");
        }
    }
}
