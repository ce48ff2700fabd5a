//! Durability (issue 13, §10): the desk registers persons and opens their files through
//! the real `guichet serve`, which is killed (SIGKILL) three times mid-work and started
//! again on the same database. Every registration the server answered with its redirect,
//! and every file page it showed (so, every read written to the access log), must be in
//! the database afterwards, and `guichet verify-log` must find the log intact.

use crate::backup::{assert_log_intact, guichet};
use crate::helpers::{csrf_in, location, password_of, test_db_with_url};
use guichet_domain::Role;
use reqwest::StatusCode;
use sqlx::Row;
use std::collections::{HashMap, HashSet};
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const KILLS: usize = 3;
const WRITERS: usize = 4;
/// Writes acknowledged between two kills (registrations and file reads together).
const WRITES_PER_RUN: usize = 100;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start(url: &str, data: &std::path::Path, port: u16) -> Child {
    guichet(url, data)
        .arg("serve")
        .arg(format!("--bind=127.0.0.1:{port}"))
        .arg("--plain-http")
        .env("GUICHET_LOG", "error")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start guichet serve")
}

async fn wait_ready(client: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(r) = client.get(format!("{base}/readyz")).send().await {
            if r.status() == StatusCode::OK {
                return;
            }
        }
        assert!(Instant::now() < deadline, "the server did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Letters only, so that every name is far from every other one.
fn name(n: usize) -> String {
    let mut s = String::from("Dur");
    let mut n = n;
    for _ in 0..4 {
        s.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
    }
    s
}

#[derive(Default)]
struct Acked {
    /// File id → family name, for registrations answered with their redirect.
    persons: HashMap<i64, String>,
    /// Files whose page was shown (a read in the access log).
    reads: HashSet<i64>,
    /// Requests that got no answer: killed under them, or sent while it restarted.
    cut: usize,
}

/// One desk: registers a person, then opens the new file; a write that got no answer
/// (the server was killed under it) is simply not counted.
async fn desk(
    client: reqwest::Client,
    base: String,
    csrf: String,
    writer: usize,
    acked: Arc<Mutex<Acked>>,
    count: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
) {
    let mut n = writer;
    while !stop.load(Ordering::Relaxed) {
        n += WRITERS;
        let family = name(n);
        let phone = format!("0470{:06}", n);
        let sent = client
            .post(format!("{base}/persons/new"))
            .form(&[
                ("family_name", family.as_str()),
                ("phone", phone.as_str()),
                ("confirmed", "1"),
                ("csrf_token", csrf.as_str()),
            ])
            .send()
            .await;
        let Ok(r) = sent else {
            acked.lock().unwrap().cut += 1;
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        assert_eq!(
            r.status(),
            StatusCode::SEE_OTHER,
            "registration of {family}"
        );
        let to = location(&r);
        let id: i64 = to
            .trim_start_matches("/persons/")
            .split('?')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        acked.lock().unwrap().persons.insert(id, family.clone());
        count.fetch_add(1, Ordering::Relaxed);
        let Ok(page) = client.get(format!("{base}/persons/{id}")).send().await else {
            acked.lock().unwrap().cut += 1;
            continue;
        };
        let status = page.status();
        let Ok(html) = page.text().await else {
            acked.lock().unwrap().cut += 1;
            continue;
        };
        assert_eq!(status, StatusCode::OK, "file {id}");
        assert!(html.contains(&family), "file {id} shows {family}");
        acked.lock().unwrap().reads.insert(id);
        count.fetch_add(1, Ordering::Relaxed);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_write_survives_three_kills_of_the_server() {
    let started = Instant::now();
    let (db, url, _guard) = test_db_with_url().await;
    guichet::demo::seed(&db, chrono::Utc::now().timestamp())
        .await
        .unwrap();
    let data = _guard.data_dir();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();

    let mut server = start(&url, data, port);
    wait_ready(&client, &base).await;
    // Sign in once: the session lives in the database and outlasts every kill.
    let html = client
        .get(format!("{base}/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let (user, password) = password_of(Role::Reception);
    let r = client
        .post(format!("{base}/login"))
        .form(&[
            ("username", user),
            ("password", password),
            ("csrf_token", &csrf_in(&html)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "sign-in");
    let html = client
        .get(format!("{base}/account"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = csrf_in(&html);
    assert!(!csrf.is_empty());

    let acked: Arc<Mutex<Acked>> = Arc::default();
    let count = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let desks: Vec<_> = (0..WRITERS)
        .map(|w| {
            tokio::spawn(desk(
                client.clone(),
                base.clone(),
                csrf.clone(),
                w,
                acked.clone(),
                count.clone(),
                stop.clone(),
            ))
        })
        .collect();

    let deadline = Instant::now() + Duration::from_secs(60);
    let mut at_kills = Vec::new();
    for _ in 0..KILLS {
        let target = count.load(Ordering::Relaxed) + WRITES_PER_RUN;
        while count.load(Ordering::Relaxed) < target {
            assert!(
                Instant::now() < deadline,
                "too slow: {} writes",
                count.load(Ordering::Relaxed)
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        // SIGKILL, with the desks' requests in flight.
        server.kill().unwrap();
        server.wait().unwrap();
        at_kills.push(count.load(Ordering::Relaxed));
        server = start(&url, data, port);
        wait_ready(&client, &base).await;
    }
    let target = count.load(Ordering::Relaxed) + WRITES_PER_RUN;
    while count.load(Ordering::Relaxed) < target {
        assert!(Instant::now() < deadline, "too slow after the last restart");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    stop.store(true, Ordering::Relaxed);
    for d in desks {
        d.await.unwrap();
    }
    server.kill().unwrap();
    server.wait().unwrap();

    let stored: HashMap<i64, String> = sqlx::query("SELECT id, family_name FROM persons")
        .fetch_all(db.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get("id"), r.get("family_name")))
        .collect();
    let read: HashSet<i64> =
        sqlx::query("SELECT person_id FROM access_log WHERE action = 'read' AND what = 'person'")
            .fetch_all(db.pool())
            .await
            .unwrap()
            .iter()
            .map(|r| r.get("person_id"))
            .collect();
    let acked = std::mem::take(&mut *acked.lock().unwrap());
    let lost_persons: Vec<_> = acked
        .persons
        .iter()
        .filter(|(id, family)| stored.get(id) != Some(family))
        .collect();
    let lost_reads: Vec<_> = acked.reads.iter().filter(|id| !read.contains(id)).collect();
    assert!(
        lost_persons.is_empty(),
        "registrations lost: {lost_persons:?}"
    );
    assert!(
        lost_reads.is_empty(),
        "reads lost from the log: {lost_reads:?}"
    );
    let said = assert_log_intact(&url, data).await;
    println!(
        "durability ({}): {} registrations and {} file reads acknowledged, all found after {KILLS} \
         SIGKILLs (at {:?} writes, {} requests unanswered); {}; {:.1} s",
        db.backend().name(),
        acked.persons.len(),
        acked.reads.len(),
        at_kills,
        acked.cut,
        said.trim(),
        started.elapsed().as_secs_f64()
    );
}
