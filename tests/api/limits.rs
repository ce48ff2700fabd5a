//! Slow clients and limits (issue 13 §5): connections that send their headers a byte at a
//! time, or never, are closed after the header timeout and never take every slot; forms
//! that trickle in are not waited for forever; costly and public routes answer 429 with
//! `Retry-After` past their count a minute, while ordinary pages are never limited.

use crate::helpers::{find_person, spawn_app_limited, Browser};
use guichet_domain::Role;
use reqwest::StatusCode;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn limits(header_secs: u64, max_connections: usize) -> guichet_web::Limits {
    guichet_web::Limits {
        header_timeout: Duration::from_secs(header_secs),
        body_timeout: Duration::from_secs(2),
        max_connections,
        costly_per_minute: 5,
        public_per_minute: 3,
    }
}

/// The port of the app's address (`http://127.0.0.1:PORT`).
fn addr(base: &str) -> String {
    base.trim_start_matches("http://").to_owned()
}

#[tokio::test]
async fn slow_clients_are_closed_and_normal_pages_still_answer() {
    let app = spawn_app_limited(false, limits(1, 20)).await;
    let at = addr(&app.base);
    // Twice as many slow clients as the server serves at once: each sends half a request
    // line and then nothing.
    let mut slow = Vec::new();
    for _ in 0..40 {
        let mut s = tokio::net::TcpStream::connect(&at).await.unwrap();
        s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
            .await
            .unwrap();
        slow.push(s);
    }
    // A normal visitor still gets the sign-in page: the slow ones are dropped once their
    // header time is up, and the next connections are served.
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(15))
        .build()
        .unwrap();
    let r = client.get(format!("{}/login", app.base)).send().await;
    assert_eq!(r.map(|r| r.status()).ok(), Some(StatusCode::OK));
    // The slow connections were closed by the server (read gives end of file, or the
    // 408 hyper sends before closing).
    let mut closed = 0;
    for mut s in slow {
        let mut buf = [0u8; 512];
        match tokio::time::timeout(Duration::from_secs(10), s.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => closed += 1,
            Ok(Ok(n)) if String::from_utf8_lossy(&buf[..n]).contains("408") => closed += 1,
            _ => {}
        }
    }
    assert_eq!(closed, 40, "every slow client is closed");

    // An idle keep-alive connection is closed too, after the same time.
    let mut idle = tokio::net::TcpStream::connect(&at).await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut buf = vec![0u8; 4096];
    let n = idle.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    let after = tokio::time::timeout(Duration::from_secs(10), idle.read(&mut buf)).await;
    assert!(
        matches!(after, Ok(Ok(0)) | Ok(Err(_))),
        "idle connection closed"
    );
}

#[tokio::test]
async fn a_form_that_trickles_in_is_not_waited_for() {
    let app = spawn_app_limited(false, limits(10, 20)).await;
    let desk = app.signed_in(Role::Reception).await;
    let at = addr(&app.base);
    let cookies =
        reqwest::cookie::CookieStore::cookies(desk.jar.as_ref(), &app.base.parse().unwrap())
            .and_then(|v| v.to_str().ok().map(str::to_owned))
            .unwrap_or_default();
    let mut s = tokio::net::TcpStream::connect(&at).await.unwrap();
    let head = format!(
        "POST /persons/new HTTP/1.1\r\nHost: {at}\r\nCookie: {cookies}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\ncsrf_token={}",
        desk.csrf
    );
    s.write_all(head.as_bytes()).await.unwrap();
    let mut buf = vec![0u8; 8192];
    let n = tokio::time::timeout(Duration::from_secs(10), s.read(&mut buf))
        .await
        .expect("an answer before the client gives up")
        .unwrap();
    assert!(
        String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 408"),
        "{}",
        String::from_utf8_lossy(&buf[..n])
    );
}

async fn status(b: &Browser, path: &str) -> (StatusCode, Option<String>) {
    let r = b.get(path).await;
    let retry = r
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    (r.status(), retry)
}

#[tokio::test]
async fn costly_and_public_routes_answer_429_past_their_count_and_pages_never_do() {
    let app = spawn_app_limited(false, limits(10, 100)).await;
    let desk = app.signed_in(Role::Reception).await;
    let id = find_person(&desk, "josiane+lambert").await; // one search
    for _ in 0..4 {
        assert_eq!(status(&desk, "/persons?q=lambert").await.0, StatusCode::OK);
    }
    let (code, retry) = status(&desk, "/persons?q=lambert").await;
    assert_eq!(code, StatusCode::TOO_MANY_REQUESTS);
    let wait: i64 = retry.expect("Retry-After").parse().unwrap();
    assert!((1..=60).contains(&wait));
    let (_, page) = desk.html("/persons?q=lambert").await;
    assert!(
        page.contains("Trop de demandes de ce genre en une minute."),
        "{page}"
    );

    // The person's page, the queue, the home page: never limited.
    for _ in 0..20 {
        assert_eq!(
            status(&desk, &format!("/persons/{id}")).await.0,
            StatusCode::OK
        );
        assert_eq!(status(&desk, "/home").await.0, StatusCode::OK);
    }
    // Another account has its own count.
    let social = app.signed_in(Role::SocialWorker).await;
    assert_eq!(
        status(&social, "/persons?q=lambert").await.0,
        StatusCode::OK
    );
    // The next minute, searching works again.
    app.advance(1);
    assert_eq!(status(&desk, "/persons?q=lambert").await.0, StatusCode::OK);

    // PDFs count on their own.
    for _ in 0..5 {
        assert_eq!(
            status(&desk, &format!("/persons/{id}/report-pdf")).await.0,
            StatusCode::OK
        );
    }
    assert_eq!(
        status(&desk, &format!("/persons/{id}/report-pdf")).await.0,
        StatusCode::TOO_MANY_REQUESTS
    );

    // A token in the address, before any sign-in: counted per client address.
    let anonymous = app.browser();
    for _ in 0..3 {
        assert_eq!(
            status(&anonymous, "/calendar/not-a-real-token").await.0,
            StatusCode::NOT_FOUND
        );
    }
    assert_eq!(
        status(&anonymous, "/calendar/another-guess").await.0,
        StatusCode::TOO_MANY_REQUESTS,
        "guessing feed tokens is slowed down"
    );
    assert_eq!(
        status(&anonymous, "/password/set/guess").await.0,
        StatusCode::TOO_MANY_REQUESTS,
        "one-time password links share that count"
    );
}
