//! The acceptance test of the durable outbox (issue 5): 2,000 text messages through a
//! gateway that fails 30 % of calls (half of them after it accepted the message: "sent,
//! but the answer was lost") and hangs on 5 %, while the real `guichet serve` is killed
//! (SIGKILL) twice mid-batch and restarted. Every message must be delivered exactly once.

use crate::helpers::test_db_with_url;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use guichet_domain::ids::PersonId;
use guichet_store::requests::{self, Outgoing};
use guichet_store::Db;
use sqlx::Row;
use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const MESSAGES: usize = 2000;

#[derive(Default)]
struct Provider {
    /// Deliveries per idempotency key.
    delivered: HashMap<String, u32>,
    /// Calls per key, to make each call's fate a function of (key, call number).
    calls: HashMap<String, u32>,
    total_calls: u64,
    duplicates_refused: u64,
    failed_before: u64,
    lost_answers: u64,
    hangs: u64,
}

type Shared = Arc<Mutex<Provider>>;

/// A deterministic number in 0..100 for one call (FNV-1a, then a mix).
fn dice(key: &str, call: u32) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes().chain(call.to_le_bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h % 100
}

async fn endpoint(State(p): State<Shared>, headers: HeaderMap, _body: String) -> StatusCode {
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let roll = {
        let mut p = p.lock().unwrap();
        p.total_calls += 1;
        let n = p.calls.entry(key.clone()).or_default();
        *n += 1;
        dice(&key, *n)
    };
    if roll < 5 {
        // Hangs longer than guichet's client timeout (1 s).
        p.lock().unwrap().hangs += 1;
        tokio::time::sleep(Duration::from_secs(3)).await;
        return StatusCode::GATEWAY_TIMEOUT;
    }
    let mut p = p.lock().unwrap();
    if roll < 20 {
        p.failed_before += 1;
        return StatusCode::INTERNAL_SERVER_ERROR;
    }
    if p.delivered.contains_key(&key) {
        // Like real providers: a repeat of an accepted key is acknowledged, not re-sent.
        p.duplicates_refused += 1;
        return StatusCode::OK;
    }
    *p.delivered.entry(key).or_default() += 1;
    if roll < 35 {
        // Accepted, but the answer is lost.
        p.lost_answers += 1;
        return StatusCode::BAD_GATEWAY;
    }
    StatusCode::OK
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_server(config: &std::path::Path, data: &std::path::Path, url: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_guichet"))
        .arg("serve")
        .arg(format!("--config={}", config.display()))
        .arg(format!("--data-dir={}", data.display()))
        .arg(format!("--database-url={url}"))
        .arg(format!("--bind=127.0.0.1:{}", free_port()))
        .arg("--plain-http")
        .env("GUICHET_LOG", "error")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start guichet serve")
}

fn delivered(p: &Shared) -> usize {
    p.lock().unwrap().delivered.len()
}

async fn wait_for(p: &Shared, n: usize, deadline: Instant) {
    while delivered(p) < n {
        assert!(
            Instant::now() < deadline,
            "only {} delivered in time",
            delivered(p)
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn sent_rows(db: &Db) -> i64 {
    sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE status = 'sent'")
        .fetch_one(db.pool())
        .await
        .unwrap()
        .get("n")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_thousand_texts_survive_a_flaky_gateway_and_two_crashes_exactly_once() {
    let started = Instant::now();
    let (db, url, _guard) = test_db_with_url().await;
    let now = chrono::Utc::now().timestamp();
    guichet::demo::seed(&db, now).await.unwrap();
    let person: i64 = sqlx::query("SELECT MIN(id) AS id FROM persons")
        .fetch_one(db.pool())
        .await
        .unwrap()
        .get("id");
    for i in 0..MESSAGES {
        requests::enqueue(
            &db,
            &Outgoing {
                person: PersonId::new(person),
                request: None,
                appointment: None,
                kind: "reminder".into(),
                channel: "sms".into(),
                language: "fr".into(),
                recipient: format!("+32470{i:06}"),
                subject: String::new(),
                body: format!("Rappel {i}"),
                due_at: now,
            },
            now,
        )
        .await
        .unwrap();
    }

    let provider: Shared = Arc::default();
    let app = axum::Router::new()
        .route("/sms", post(endpoint))
        .with_state(provider.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let gateway = format!("http://{}/sms", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });

    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("guichet.toml");
    std::fs::write(
        &config,
        format!(
            r#"
[sms]
url = "{gateway}"
method = "POST"
format = "json"
auth_header = "Authorization"
auth_value = "Bearer fault-test"
timeout_seconds = 1

[messages]
quiet_hours = "off"
retry_base_seconds = 1
retry_cap_seconds = 2
max_attempts = 40
concurrency = 32
batch = 200
lease_seconds = 3
poll_seconds = 1
jitter_seed = 2026
"#
        ),
    )
    .unwrap();
    let prepared = started.elapsed();

    let deadline = Instant::now() + Duration::from_secs(90);
    let mut server = start_server(&config, _guard.data_dir(), &url);
    wait_for(&provider, 600, deadline).await;
    server.kill().unwrap();
    server.wait().unwrap();
    let at_first_kill = delivered(&provider);

    let mut server = start_server(&config, _guard.data_dir(), &url);
    wait_for(&provider, 1300, deadline).await;
    server.kill().unwrap();
    server.wait().unwrap();
    let at_second_kill = delivered(&provider);

    let mut server = start_server(&config, _guard.data_dir(), &url);
    wait_for(&provider, MESSAGES, deadline).await;
    while sent_rows(&db).await < MESSAGES as i64 {
        assert!(
            Instant::now() < deadline,
            "rows not all recorded as sent in time"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    server.kill().unwrap();
    server.wait().unwrap();

    let keys: Vec<String> = sqlx::query("SELECT idempotency_key FROM outbox")
        .fetch_all(db.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| r.get("idempotency_key"))
        .collect();
    let attempts: i64 = sqlx::query("SELECT CAST(SUM(attempts) AS BIGINT) AS n FROM outbox")
        .fetch_one(db.pool())
        .await
        .unwrap()
        .try_get::<i64, _>("n")
        .unwrap_or_default();
    let sent = sent_rows(&db).await;
    let p = provider.lock().unwrap();
    let twice = p.delivered.values().filter(|n| **n > 1).count();
    println!(
        "fault test ({}): {} delivered exactly once, {} twice; {} gateway calls ({} retries), \
         {} duplicates refused, {} failed before delivery, {} answers lost, {} hangs; \
         killed at {} and {} delivered; {} recorded attempts; prepared in {:.1} s, total {:.1} s",
        db.backend().name(),
        p.delivered.len(),
        twice,
        p.total_calls,
        p.total_calls.saturating_sub(MESSAGES as u64),
        p.duplicates_refused,
        p.failed_before,
        p.lost_answers,
        p.hangs,
        at_first_kill,
        at_second_kill,
        attempts,
        prepared.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    assert_eq!(twice, 0, "no message delivered twice");
    assert_eq!(p.delivered.len(), MESSAGES);
    assert_eq!(keys.len(), MESSAGES);
    assert!(
        keys.iter().all(|k| p.delivered.get(k) == Some(&1)),
        "every key delivered once"
    );
    assert_eq!(sent, MESSAGES as i64);
    assert!(
        at_first_kill < MESSAGES && at_second_kill < MESSAGES,
        "killed mid-batch"
    );
}
