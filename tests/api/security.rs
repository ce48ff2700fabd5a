use crate::helpers::{spawn_app, spawn_app_with};
use guichet_domain::Role;
use reqwest::StatusCode;

fn assert_security_headers(r: &reqwest::Response, what: &str) {
    let h = r.headers();
    let csp = h
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    for part in [
        "default-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "script-src 'none'",
    ] {
        assert!(csp.contains(part), "{what}: CSP lacks {part}: {csp}");
    }
    assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
    assert_eq!(
        h.get("x-content-type-options").unwrap(),
        "nosniff",
        "{what}"
    );
    assert_eq!(h.get("referrer-policy").unwrap(), "same-origin", "{what}");
}

#[tokio::test]
async fn every_response_carries_the_security_headers_and_signed_in_pages_are_never_cached() {
    let app = spawn_app().await;
    let anon = app.browser();
    for path in ["/login", "/healthz", "/no-such-page"] {
        let r = anon.get(path).await;
        assert_security_headers(&r, path);
    }
    let admin = app.signed_in(Role::Admin).await;
    for path in [
        "/home",
        "/account",
        "/admin/users",
        "/admin/sites",
        "/admin/services",
        "/access-rights",
    ] {
        let r = admin.get(path).await;
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        assert_security_headers(&r, path);
        assert_eq!(
            r.headers().get("cache-control").unwrap(),
            "no-store",
            "{path}"
        );
    }
}

/// The page carries its stylesheet (one request on a slow line); the policy allows that
/// one stylesheet by its hash, and nothing else inline.
#[tokio::test]
async fn pages_carry_no_script_and_only_the_stylesheet_the_policy_allows() {
    use base64::Engine;
    use sha2::Digest;
    let app = spawn_app().await;
    let anon = app.browser();
    let admin = app.signed_in(Role::Admin).await;
    for path in ["/login", "/home", "/admin/users/new", "/admin/sites/new"] {
        let r = if path == "/login" {
            anon.get(path).await
        } else {
            admin.get(path).await
        };
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        let csp = r.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        let html = r.text().await.unwrap();
        assert!(!html.contains("<script"), "{path}");
        assert!(!html.contains("style="), "{path}");
        assert!(!html.contains("<link"), "{path}: no second request");
        assert_eq!(html.matches("<style").count(), 1, "{path}");
        let css = html
            .split("<style>")
            .nth(1)
            .and_then(|rest| rest.split("</style>").next())
            .unwrap();
        assert!(
            css.contains("font-family"),
            "{path}: the stylesheet is there"
        );
        let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(css));
        assert!(
            csp.contains(&format!("style-src 'sha256-{hash}';")),
            "{path}: {csp}"
        );
    }
}

#[tokio::test]
async fn forms_without_the_right_token_or_from_another_site_are_refused() {
    let app = spawn_app().await;
    let b = app.signed_in(Role::Reception).await;
    let host = app.base.trim_start_matches("http://").to_owned();
    // Sends the language form with the given token and extra headers.
    let send = |token: Option<&str>, headers: &[(&str, String)]| {
        let mut req = b.client.post(format!("{}/account/language", app.base));
        for (k, v) in headers {
            req = req.header(*k, v);
        }
        let mut form = vec![("lang", "nl")];
        if let Some(t) = token {
            form.push(("csrf_token", t));
        }
        req.form(&form).send()
    };
    let token = b.csrf.as_str();
    type Case<'a> = (&'a str, Option<&'a str>, Vec<(&'a str, String)>);
    let refused: [Case; 5] = [
        ("no token", None, vec![]),
        ("wrong token", Some("forged"), vec![]),
        (
            "other origin",
            Some(token),
            vec![("origin", "http://evil.example".into())],
        ),
        (
            "cross-site fetch",
            Some(token),
            vec![("sec-fetch-site", "cross-site".into())],
        ),
        (
            "opaque origin",
            Some(token),
            vec![("origin", "null".into())],
        ),
    ];
    for (what, t, headers) in &refused {
        assert_eq!(
            send(*t, headers).await.unwrap().status(),
            StatusCode::FORBIDDEN,
            "{what}"
        );
    }
    // Nothing was changed by the refused forms.
    assert!(b.html("/home").await.1.contains("lang=\"fr\""));

    let same_site = vec![
        ("origin", format!("http://{host}")),
        ("sec-fetch-site", "same-origin".into()),
    ];
    assert_eq!(
        send(Some(token), &same_site).await.unwrap().status(),
        StatusCode::SEE_OTHER
    );
    assert!(b.html("/home").await.1.contains("lang=\"nl\""));
}

#[tokio::test]
async fn the_sign_in_form_itself_needs_its_token() {
    let app = spawn_app().await;
    let b = app.browser();
    let r = b
        .client
        .post(format!("{}/login", app.base))
        .form(&[("username", "accueil"), ("password", "accueil-demo-2026")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn secure_cookies_use_the_host_prefix_and_are_http_only() {
    let app = spawn_app_with(true).await;
    let r = app.browser().get("/login").await;
    let cookie = r
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("__Host-guichet_csrf="), "{cookie}");
    for attr in ["Path=/", "HttpOnly", "SameSite=Lax", "Secure"] {
        assert!(cookie.contains(attr), "{cookie} lacks {attr}");
    }
    assert!(!cookie.contains("Domain="));
}

#[tokio::test]
async fn health_checks_answer_without_sign_in() {
    let app = spawn_app().await;
    let b = app.browser();
    let r = b.get("/healthz").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.text().await.unwrap(), "ok");
    assert_eq!(b.get("/readyz").await.status(), StatusCode::OK);
    app.db.close().await;
    assert_eq!(
        b.get("/readyz").await.status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
}

#[tokio::test]
async fn the_language_comes_from_lang_then_is_remembered() {
    let app = spawn_app().await;
    let b = app.browser();
    let (_, html) = b.html("/login?lang=nl").await;
    assert!(html.contains("<html lang=\"nl\">"));
    assert!(html.contains("Aanmelden"), "Dutch text");
    let (_, html) = b.html("/login").await;
    assert!(html.contains("<html lang=\"nl\">"), "remembered");
    let (_, html) = b.html("/login?lang=en").await;
    assert!(html.contains("Sign in"));
    // A browser asking for Dutch gets Dutch without any parameter.
    let r = app
        .browser()
        .client
        .get(format!("{}/login", app.base))
        .header("accept-language", "nl-BE,nl;q=0.9")
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("<html lang=\"nl\">"));
}

#[tokio::test]
async fn html_is_compressed_when_the_browser_accepts_it() {
    let app = spawn_app().await;
    let b = app.signed_in(Role::Admin).await;
    let r = b
        .client
        .get(format!("{}/admin/users", app.base))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers().get("content-encoding").unwrap(), "gzip");
    // What Chromium asks for: brotli, and the page reads back whole.
    let r = b
        .client
        .get(format!("{}/admin/users", app.base))
        .header("accept-encoding", "gzip, deflate, br, zstd")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers().get("content-encoding").unwrap(), "br");
    let body = r.bytes().await.unwrap();
    let mut html = String::new();
    std::io::Read::read_to_string(
        &mut brotli_decompressor::Decompressor::new(&body[..], 4096),
        &mut html,
    )
    .unwrap();
    assert!(
        html.ends_with("</html>\n") || html.ends_with("</html>"),
        "{html}"
    );
    assert!(
        body.len() * 2 < html.len(),
        "{} of {}",
        body.len(),
        html.len()
    );
}

#[tokio::test]
async fn health_checks_never_set_a_cookie() {
    let app = spawn_app().await;
    for path in ["/healthz", "/readyz"] {
        let r = app.browser().get(path).await;
        assert!(r.headers().get("set-cookie").is_none(), "{path}");
    }
}

/// Issue 13 §1: after signing in, only a path of this site is followed; hostile values
/// (a tab or a line break that browsers drop, a backslash, another host) go home.
#[tokio::test]
async fn the_page_after_sign_in_is_always_a_path_of_this_site() {
    let app = spawn_app().await;
    let (user, password) = crate::helpers::password_of(Role::Reception);
    // (as written in the address, as the form sends it back, where the browser goes)
    for (query, typed, expected) in [
        (
            "/persons?q=lambert",
            "/persons?q=lambert",
            "/persons?q=lambert",
        ),
        ("/%09/evil.example", "/\t/evil.example", "/home"),
        ("/%0a", "/\n", "/home"),
        ("/%0d%0a/evil.example", "/\r\n/evil.example", "/home"),
        ("//evil.example", "//evil.example", "/home"),
        ("/%5Cevil.example", "/\\evil.example", "/home"),
        ("https://evil.example/", "https://evil.example/", "/home"),
        ("javascript:alert(1)", "javascript:alert(1)", "/home"),
        ("/%C2%A0/evil.example", "/\u{a0}/evil.example", "/home"),
        ("/login", "/login", "/home"),
    ] {
        let mut b = app.browser();
        b.refresh_csrf(&format!("/login?next={query}")).await;
        let r = b
            .post(
                "/login",
                &[("username", user), ("password", password), ("next", typed)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{query}");
        assert_eq!(crate::helpers::location(&r), expected, "{query}");
        // Already signed in, the sign-in page sends the visitor on, never elsewhere.
        let r = b.get(&format!("/login?next={query}")).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{query}");
        assert_eq!(crate::helpers::location(&r), expected, "{query}");
    }
}

/// The person files a page links to, each once (a search's results).
fn files_listed(html: &str) -> std::collections::BTreeSet<String> {
    html.split("href=\"/persons/")
        .skip(1)
        .filter_map(|rest| {
            let id: String = rest.chars().take_while(char::is_ascii_digit).collect();
            (!id.is_empty()).then_some(id)
        })
        .collect()
}

/// Issue 13 §3: what is typed in the search box is searched as written. A `%` or `_` is
/// not "anything" (it used to list every file the desk may see), and a search of a
/// thousand words or one 60 KB word is answered like any other instead of failing.
#[tokio::test]
async fn search_words_are_searched_as_written_and_huge_searches_are_answered() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let (status, html) = desk.html("/persons?q=lambert").await;
    assert_eq!(status, StatusCode::OK);
    let lamberts = files_listed(&html);
    assert!(!lamberts.is_empty(), "the test data has a Lambert: {html}");

    for q in [
        "%25", "_", "%25%25", "a%25", "%25a", "_a_", "%5C", "%5C%25", "*",
    ] {
        let (status, html) = desk.html(&format!("/persons?q={q}")).await;
        assert_eq!(status, StatusCode::OK, "{q}");
        assert_eq!(files_listed(&html), Default::default(), "{q} lists files");
    }
    // A wildcard inside a name does not widen it either: a sign in a name counts for
    // nothing, as an apostrophe does, so these find at most the Lamberts, not everyone.
    for q in ["lam%25bert", "lamb_rt", "l%25t", "l_t"] {
        let (_, html) = desk.html(&format!("/persons?q={q}")).await;
        assert!(files_listed(&html).is_subset(&lamberts), "{q}");
    }

    // A thousand words after the name, one 60 KB word: answered, the name still found.
    let many = format!("lambert{}", "+a".repeat(1_000));
    let (status, html) = desk.html(&format!("/persons?q={many}")).await;
    assert_eq!(status, StatusCode::OK, "1,001 words");
    assert!(files_listed(&html).is_subset(&lamberts), "1,001 words");
    let long = "x".repeat(60_000);
    let (status, html) = desk.html(&format!("/persons?q={long}")).await;
    assert_eq!(status, StatusCode::OK, "a 60 KB word");
    assert_eq!(files_listed(&html), Default::default(), "a 60 KB word");
    // The search box gives back at most what is searched, not 60 KB.
    assert!(html.len() < 30_000, "the page echoes {} bytes", html.len());
}
