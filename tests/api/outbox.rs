//! The outbox worker against real servers on loopback: an SMTP server speaking the
//! protocol (a small sink written here) and an HTTP SMS gateway (axum), no mocks of the
//! mail or HTTP libraries. Quiet hours, working hours, retries, withdrawal and giving up.

use crate::helpers::{find_person, spawn_app, TestApp};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use chrono::{DateTime, Utc};
use guichet_domain::ids::PersonId;
use guichet_domain::quiet_hours::QuietHours;
use guichet_domain::{Clock, Role};
use guichet_outputs::email::{Mailer, Security, SmtpConfig};
use guichet_outputs::sms::{BodyFormat, Method, SmsConfig, SmsGateway};
use guichet_outputs::worker::{RetryPolicy, Worker};
use guichet_store::requests::{self, Outgoing};
use guichet_store::Db;
use sqlx::Row;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

// ---------- an SMTP sink ----------

/// Starts an SMTP server on loopback that accepts every message; returns its port and
/// the raw messages (DATA, dot-unstuffed) it received.
async fn smtp_sink() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read);
                write.write_all(b"220 sink.test ESMTP\r\n").await.unwrap();
                let mut line = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
                    let answer: &[u8] = match verb.as_str() {
                        "EHLO" => b"250-sink.test\r\n250 8BITMIME\r\n",
                        "HELO" | "MAIL" | "RCPT" | "RSET" | "NOOP" => b"250 OK\r\n",
                        "DATA" => {
                            write.write_all(b"354 go ahead\r\n").await.unwrap();
                            let mut data = String::new();
                            loop {
                                line.clear();
                                if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                                    return;
                                }
                                if line == ".\r\n" {
                                    break;
                                }
                                data.push_str(line.strip_prefix('.').unwrap_or(&line));
                            }
                            store.lock().unwrap().push(data);
                            b"250 queued\r\n"
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            return;
                        }
                        _ => b"502 not implemented\r\n",
                    };
                    write.write_all(answer).await.unwrap();
                }
            });
        }
    });
    (port, received)
}

// ---------- an SMS gateway ----------

#[derive(Default)]
struct Gateway {
    /// Statuses to answer, first to last; 200 when empty.
    script: Vec<u16>,
    calls: Vec<Call>,
}

#[derive(Debug, Clone)]
struct Call {
    key: String,
    auth: String,
    content_type: String,
    body: String,
}

type Shared = Arc<Mutex<Gateway>>;

async fn sms_endpoint(
    State(g): State<Shared>,
    headers: HeaderMap,
    body: String,
) -> (StatusCode, String) {
    let h = |n: &str| {
        headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let mut g = g.lock().unwrap();
    g.calls.push(Call {
        key: h("idempotency-key"),
        auth: h("x-api-key"),
        content_type: h("content-type"),
        body,
    });
    let status = if g.script.is_empty() {
        200
    } else {
        g.script.remove(0)
    };
    (
        StatusCode::from_u16(status).unwrap(),
        format!("{{\"message_id\":\"prov-{}\"}}", g.calls.len()),
    )
}

async fn sms_gateway() -> (String, Shared) {
    let shared: Shared = Arc::default();
    let app = axum::Router::new()
        .route("/sms", post(sms_endpoint))
        .with_state(shared.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/sms", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, shared)
}

fn sms_config(url: &str, format: BodyFormat) -> SmsConfig {
    SmsConfig {
        url: url.into(),
        method: Method::Post,
        format,
        body: match format {
            BodyFormat::Json => SmsConfig::DEFAULT_JSON_BODY.into(),
            BodyFormat::Form => SmsConfig::DEFAULT_FORM_BODY.into(),
        },
        auth_header: Some(("X-Api-Key".into(), "secret-123".into())),
        timeout: Duration::from_secs(5),
        reference_field: Some("message_id".into()),
    }
}

fn retry(max_attempts: i64) -> RetryPolicy {
    RetryPolicy {
        base: Duration::from_secs(60),
        factor: 2,
        cap: Duration::from_secs(600),
        max_attempts,
        max_age: Duration::from_secs(48 * 3600),
    }
}

fn worker(db: &Db, sms: Option<&str>, smtp_port: Option<u16>, max_attempts: i64) -> Worker {
    worker_with_uid(db, sms, smtp_port, max_attempts, None)
}

/// The worker as `serve` makes it when `uid_domain` is given (calendar UIDs in the
/// installation's domain).
fn worker_with_uid(
    db: &Db,
    sms: Option<&str>,
    smtp_port: Option<u16>,
    max_attempts: i64,
    uid_domain: Option<String>,
) -> Worker {
    let sms = sms.map(|u| SmsGateway::new(sms_config(u, BodyFormat::Json)).unwrap());
    let email = smtp_port.map(|port| {
        let mailer = Mailer::new(&SmtpConfig {
            host: "127.0.0.1".into(),
            port,
            security: Security::None,
            username: None,
            password: None,
            from: "CPAS de Wavre <noreply@cpas.example>".into(),
            timeout: Duration::from_secs(5),
        })
        .unwrap();
        match uid_domain.clone() {
            Some(d) => mailer.with_uid_domain(d),
            None => mailer,
        }
    });
    Worker::new(
        db.clone(),
        sms,
        email,
        QuietHours::default(),
        retry(max_attempts),
        Some(42),
    )
}

async fn lambert(app: &TestApp) -> PersonId {
    let desk = app.signed_in(Role::Reception).await;
    PersonId::new(find_person(&desk, "josiane+lambert").await.parse().unwrap())
}

async fn queue(app: &TestApp, person: PersonId, channel: &str, to: &str, body: &str) -> i64 {
    let now = app.clock.now().timestamp();
    requests::enqueue(
        &app.db,
        &Outgoing {
            person,
            request: None,
            appointment: None,
            kind: "acknowledgement".into(),
            channel: channel.into(),
            language: "fr".into(),
            recipient: to.into(),
            subject: "Votre demande".into(),
            body: body.into(),
            due_at: now,
        },
        now,
    )
    .await
    .unwrap()
    .get()
}

async fn row(db: &Db, id: i64) -> (String, i64, i64, String) {
    let r =
        sqlx::query("SELECT status, attempts, due_at, idempotency_key FROM outbox WHERE id = $1")
            .bind(id)
            .fetch_one(db.pool())
            .await
            .unwrap();
    (
        r.get("status"),
        r.get("attempts"),
        r.get("due_at"),
        r.get("idempotency_key"),
    )
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().to_utc()
}

// ---------- the tests ----------

#[tokio::test]
async fn an_appointment_email_goes_over_smtp_with_its_ics_file() {
    let app = spawn_app().await;
    let person = lambert(&app).await;
    let (port, received) = smtp_sink().await;
    let now = app.now();
    let worker_id: i64 = sqlx::query("SELECT MIN(id) AS id FROM users")
        .fetch_one(app.db.pool())
        .await
        .unwrap()
        .get("id");
    let site: i64 = sqlx::query("SELECT MIN(id) AS id FROM sites")
        .fetch_one(app.db.pool())
        .await
        .unwrap()
        .get("id");
    let appt: i64 = sqlx::query(
        "INSERT INTO appointments (person_id, worker_id, place, site_id, room, starts_at, minutes, status, created_at) \
         VALUES ($1, $2, 'site', $3, 'Bureau 2', $4, 30, 'planned', $5) RETURNING id",
    )
    .bind(person.get())
    .bind(worker_id)
    .bind(site)
    .bind(now + 2 * 86400)
    .bind(now)
    .fetch_one(app.db.pool())
    .await
    .unwrap()
    .get("id");
    let id = requests::enqueue(
        &app.db,
        &Outgoing {
            person,
            request: None,
            appointment: Some(guichet_domain::ids::AppointmentId::new(appt)),
            kind: "reminder".into(),
            channel: "email".into(),
            language: "fr".into(),
            recipient: "josiane.lambert@example.org".into(),
            subject: "Rappel de votre rendez-vous".into(),
            body: "Bonjour,\nVotre rendez-vous est mercredi à 10 h.".into(),
            due_at: now,
        },
        now,
    )
    .await
    .unwrap()
    .get();

    let uid_domain = guichet_store::calendar::uid_domain(&app.db).await.unwrap();
    let stats = worker_with_uid(&app.db, None, Some(port), 5, Some(uid_domain))
        .tick(app.clock.now())
        .await
        .unwrap();
    assert_eq!(stats.sent, 1, "{stats:?}");
    let (status, _, _, key) = row(&app.db, id).await;
    assert_eq!(status, "sent");
    let mail = received.lock().unwrap().clone();
    assert_eq!(mail.len(), 1);
    let m = &mail[0];
    assert!(m.contains("Subject: Rappel de votre rendez-vous"), "{m}");
    assert!(
        m.contains(&format!("Message-ID: <{key}@cpas.example>")),
        "{m}"
    );
    assert!(m.contains("To: josiane.lambert@example.org"), "{m}");
    assert!(m.contains("Votre rendez-vous est mercredi"), "{m}");
    // The calendar part, decoded and read back by an independent parser.
    let part = m
        .split("Content-Type: text/calendar")
        .nth(1)
        .expect("a text/calendar part");
    let (headers, rest) = part.split_once("\r\n\r\n").unwrap();
    let payload = rest.split("\r\n--").next().unwrap();
    let ics = if headers.contains("base64") {
        use base64::Engine;
        let clean: String = payload.split_whitespace().collect();
        String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(clean)
                .unwrap(),
        )
        .unwrap()
    } else {
        payload.to_owned()
    };
    let cal = ical::IcalParser::new(ics.as_bytes())
        .next()
        .expect("one calendar")
        .expect("a valid calendar");
    let event = &cal.events[0];
    let prop = |n: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == n)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    // The same UID as the file downloaded from the appointment's page: one event, not two.
    let desk = app.signed_in(guichet_domain::Role::Reception).await;
    let downloaded = desk
        .get(&format!("/appointments/{appt}/ics"))
        .await
        .text()
        .await
        .unwrap();
    let uid_line = format!("UID:{}\r\n", prop("UID"));
    assert!(prop("UID").starts_with(&format!("appointment-{appt}@")));
    assert!(downloaded.contains(&uid_line), "{downloaded}");
    assert!(!prop("DTSTART").is_empty());
    assert!(
        prop("LOCATION").contains("Bureau 2"),
        "{}",
        prop("LOCATION")
    );
}

#[tokio::test]
async fn sms_go_to_the_gateway_as_json_or_form_and_are_retried_after_an_error() {
    let app = spawn_app().await;
    let person = lambert(&app).await;
    let (url, gateway) = sms_gateway().await;
    gateway.lock().unwrap().script = vec![500];
    let w = worker(&app.db, Some(&url), None, 5);
    let id = queue(
        &app,
        person,
        "sms",
        "+32486112233",
        "Bonjour \"Josiane\" & co",
    )
    .await;

    let s = w.tick(app.clock.now()).await.unwrap();
    assert_eq!((s.sent, s.retried), (0, 1), "{s:?}");
    let (status, attempts, _, key) = row(&app.db, id).await;
    assert_eq!((status.as_str(), attempts), ("pending", 1));
    // Not before the backoff.
    assert_eq!(w.tick(app.clock.now()).await.unwrap().claimed, 0);
    app.clock.advance(chrono::Duration::minutes(2));
    let s = w.tick(app.clock.now()).await.unwrap();
    assert_eq!(s.sent, 1, "{s:?}");
    let (status, attempts, _, _) = row(&app.db, id).await;
    assert_eq!((status.as_str(), attempts), ("sent", 2));
    let provider_ref: Option<String> = sqlx::query("SELECT provider_ref FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
        .get("provider_ref");
    assert_eq!(provider_ref.as_deref(), Some("prov-2"));
    let calls = gateway.lock().unwrap().calls.clone();
    assert_eq!(calls.len(), 2);
    for c in &calls {
        assert_eq!(c.key, key, "the same idempotency key on every try");
        assert_eq!(c.auth, "secret-123");
        assert_eq!(c.content_type, "application/json");
        let v: serde_json::Value = serde_json::from_str(&c.body).unwrap();
        assert_eq!(v["to"], "+32486112233");
        assert_eq!(v["text"], "Bonjour \"Josiane\" & co");
        assert_eq!(v["reference"], key);
    }

    // The same, with a form body.
    let form = Worker::new(
        app.db.clone(),
        Some(SmsGateway::new(sms_config(&url, BodyFormat::Form)).unwrap()),
        None,
        QuietHours::default(),
        retry(5),
        Some(1),
    );
    queue(
        &app,
        person,
        "sms",
        "+32486112233",
        "Rendez-vous à 10 h & 30",
    )
    .await;
    assert_eq!(form.tick(app.clock.now()).await.unwrap().sent, 1);
    let c = gateway.lock().unwrap().calls.last().cloned().unwrap();
    assert_eq!(c.content_type, "application/x-www-form-urlencoded");
    assert_eq!(c.auth, "secret-123");
    assert!(
        c.body
            .starts_with("to=%2B32486112233&text=Rendez-vous+%C3%A0+10+h+%26+30&reference="),
        "{}",
        c.body
    );
}

#[tokio::test]
async fn quiet_hours_hold_messages_until_morning_and_staff_messages_until_work() {
    let app = spawn_app().await;
    let person = lambert(&app).await;
    let (url, gateway) = sms_gateway().await;
    let w = worker(&app.db, Some(&url), None, 5);
    // Monday 2 March 2026, 21:30 in Brussels (CET, UTC+1).
    app.clock.set(utc("2026-03-02T20:30:00Z"));
    let to_person = queue(&app, person, "sms", "+32486112233", "Bonsoir").await;
    // A message to a staff member who works Monday to Thursday, 8:30–16:30.
    let user: i64 = sqlx::query("SELECT MIN(id) AS id FROM users")
        .fetch_one(app.db.pool())
        .await
        .unwrap()
        .get("id");
    sqlx::query("UPDATE users SET working_hours = $1 WHERE id = $2")
        .bind("08:30-16:30|08:30-16:30|08:30-16:30|08:30-16:30|||")
        .bind(user)
        .execute(app.db.pool())
        .await
        .unwrap();
    let now = app.now();
    let to_staff: i64 = sqlx::query(
        "INSERT INTO outbox (user_id, kind, channel, language, recipient, body, status, due_at, created_at, idempotency_key) \
         VALUES ($1, 'task', 'sms', 'fr', '+32470000001', 'Rappeler Mme Lambert', 'pending', $2, $2, 'staff-1') RETURNING id",
    )
    .bind(user)
    .bind(now)
    .fetch_one(app.db.pool())
    .await
    .unwrap()
    .get("id");

    let s = w.tick(app.clock.now()).await.unwrap();
    assert_eq!((s.held, s.sent), (2, 0), "{s:?}");
    assert!(
        gateway.lock().unwrap().calls.is_empty(),
        "nothing sent at night"
    );
    let (status, _, due, _) = row(&app.db, to_person).await;
    assert_eq!(status, "pending", "held, not dropped");
    assert_eq!(
        due,
        utc("2026-03-03T07:00:00Z").timestamp(),
        "08:00 in Brussels"
    );
    let (status, _, due, _) = row(&app.db, to_staff).await;
    assert_eq!(status, "pending");
    assert_eq!(
        due,
        utc("2026-03-03T07:30:00Z").timestamp(),
        "08:30 in Brussels"
    );

    // 08:00 next morning: the person's text leaves, the staff message still waits.
    app.clock.set(utc("2026-03-03T07:00:00Z"));
    let s = w.tick(app.clock.now()).await.unwrap();
    assert_eq!(s.sent, 1, "{s:?}");
    assert_eq!(row(&app.db, to_person).await.0, "sent");
    assert_eq!(row(&app.db, to_staff).await.0, "pending");
    app.clock.set(utc("2026-03-03T07:30:00Z"));
    assert_eq!(w.tick(app.clock.now()).await.unwrap().sent, 1);
    assert_eq!(row(&app.db, to_staff).await.0, "sent");
    let calls = gateway.lock().unwrap().calls.clone();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[1].key, "staff-1");
}

#[tokio::test]
async fn withdrawn_messages_are_never_sent_and_given_up_ones_show_on_the_file() {
    let app = spawn_app().await;
    let person = lambert(&app).await;
    let (url, gateway) = sms_gateway().await;
    let w = worker(&app.db, Some(&url), None, 2);
    let withdrawn = queue(&app, person, "sms", "+32486112233", "Plus d'actualité").await;
    sqlx::query("UPDATE outbox SET status = 'withdrawn' WHERE id = $1")
        .bind(withdrawn)
        .execute(app.db.pool())
        .await
        .unwrap();
    // A channel the worker has no settings for stays pending.
    let email = queue(
        &app,
        person,
        "email",
        "josiane.lambert@example.org",
        "Bonjour",
    )
    .await;
    assert_eq!(w.tick(app.clock.now()).await.unwrap().claimed, 0);
    assert!(gateway.lock().unwrap().calls.is_empty());
    assert_eq!(row(&app.db, withdrawn).await.0, "withdrawn");
    assert_eq!(row(&app.db, email).await.0, "pending");

    gateway.lock().unwrap().script = vec![500; 10];
    let failing = queue(&app, person, "sms", "+32486112233", "Bonjour").await;
    assert_eq!(w.tick(app.clock.now()).await.unwrap().retried, 1);
    app.clock.advance(chrono::Duration::hours(1));
    assert_eq!(w.tick(app.clock.now()).await.unwrap().failed, 1);
    let (status, attempts, _, _) = row(&app.db, failing).await;
    assert_eq!((status.as_str(), attempts), ("failed", 2));
    assert_eq!(gateway.lock().unwrap().calls.len(), 2);

    let desk = app.signed_in(Role::Reception).await;
    let (_, html) = desk.html(&format!("/persons/{}", person.get())).await;
    assert!(
        [
            "Messages non remis",
            "Niet afgeleverde berichten",
            "Messages not delivered"
        ]
        .iter()
        .any(|t| html.contains(t)),
        "the file says the message was not delivered"
    );
    assert!(html.contains("+32486112233"));
}

/// J8 on a fixed clock: a part-time worker (Monday–Thursday, 8:30–16:30) with a leave on
/// Monday. A request given to her on Thursday evening is not mailed on Friday, nor over
/// the weekend, nor during her leave: the email leaves at 8:30 on Tuesday, the first
/// working slot, and her home page lists it as arrived while she was away.
#[tokio::test]
async fn a_message_written_outside_a_workers_hours_leaves_at_the_start_of_her_next_working_slot() {
    let app = spawn_app().await;
    let (port, received) = smtp_sink().await;
    let w = worker(&app.db, None, Some(port), 5);
    // Thursday 5 March 2026, 14:00 in Brussels: she sets her hours and a leave.
    app.clock.set(utc("2026-03-05T13:00:00Z"));
    let social = app.signed_in(Role::SocialWorker).await;
    let hours = [
        ("email", "thomas.claes@cpas.example"),
        ("work_0", "8:30-16:30"),
        ("work_1", "8:30-16:30"),
        ("work_2", "8:30-16:30"),
        ("work_3", "8:30-16:30"),
        ("work_4", ""),
        ("work_5", ""),
        ("work_6", ""),
    ];
    assert_eq!(
        social.post("/account/notices", &hours).await.status(),
        StatusCode::SEE_OTHER
    );
    let r = social
        .post("/account/leave", &[("first", "09/03/2026"), ("last", "")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    // Thursday 20:00: the desk gives her a request.
    app.clock.set(utc("2026-03-05T19:00:00Z"));
    let desk = app.signed_in(Role::Reception).await;
    let person = find_person(&desk, "josiane+lambert").await;
    let r = desk
        .post(
            &format!("/persons/{person}/requests/new"),
            &[
                (
                    "topic",
                    "difficultes-financieres--ameliorer-sa-gestion-budgetaire",
                ),
                ("team", "1"),
            ],
        )
        .await;
    let request = r.headers()["location"].to_str().unwrap().to_owned();
    let thomas = guichet_store::users::find_for_login(&app.db, "social")
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let r = desk
        .post(&format!("{request}/assign"), &[("worker", &thomas)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    let id: i64 = sqlx::query("SELECT id FROM outbox WHERE user_id IS NOT NULL")
        .fetch_one(app.db.pool())
        .await
        .unwrap()
        .get("id");
    for at in [
        "2026-03-05T19:00:00Z", // Thursday night
        "2026-03-06T09:00:00Z", // Friday 10:00
        "2026-03-08T11:00:00Z", // Sunday noon
        "2026-03-09T09:00:00Z", // Monday 10:00, on leave
    ] {
        app.clock.set(utc(at));
        w.tick(app.clock.now()).await.unwrap();
        assert!(
            received.lock().unwrap().is_empty(),
            "nothing reaches her at {at}"
        );
        let (status, _, due, _) = row(&app.db, id).await;
        assert_eq!(status, "pending", "held, not dropped, at {at}");
        assert_eq!(
            due,
            utc("2026-03-10T07:30:00Z").timestamp(),
            "Tuesday 8:30 in Brussels (after the leave), at {at}"
        );
    }
    // Tuesday 8:30: it leaves.
    app.clock.set(utc("2026-03-10T07:30:00Z"));
    let s = w.tick(app.clock.now()).await.unwrap();
    assert_eq!(s.sent, 1, "{s:?}");
    assert_eq!(received.lock().unwrap().len(), 1);
    assert!(received.lock().unwrap()[0].contains("thomas.claes@cpas.example"));
    // She signs in at work (her session of Thursday has long expired).
    let social = app.signed_in(Role::SocialWorker).await;
    let (_, home) = social.html("/home").await;
    assert!(home.contains("Arrivé pendant votre absence"), "{home}");
    assert!(home.contains("Une demande vous est confiée"));
    assert!(home.contains("jeudi 5 mars 2026 20:00"), "when it arrived");
}
