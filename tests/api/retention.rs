//! Retention rules and the purge: what should go goes, nothing else (fixed clock).

use crate::helpers::{location, spawn_app, TestApp};
use guichet_domain::ids::PersonId;
use guichet_domain::retention::RetentionKind;
use guichet_domain::{Actor, Clock, Role};
use guichet_store::{persons, retention, users, Db};
use reqwest::StatusCode;
use sqlx::Row;
use std::process::Command;

const MONTH: i64 = 31 * 24 * 3600;
const DAY: i64 = 24 * 3600;

async fn actor(db: &Db, username: &str) -> Actor {
    let u = users::find_for_login(db, username).await.unwrap().unwrap();
    // No break-glass grant is in play in these tests: any instant will do.
    users::actor(db, u.id, 0).await.unwrap()
}

async fn exec(db: &Db, sql: &str, binds: &[i64]) {
    let mut q = sqlx::query(sql);
    for b in binds {
        q = q.bind(*b);
    }
    q.execute(db.pool()).await.unwrap();
}

async fn scalar(db: &Db, sql: &str, bind: i64) -> i64 {
    let row = sqlx::query(sql)
        .bind(bind)
        .fetch_one(db.pool())
        .await
        .unwrap();
    row.try_get::<i64, _>(0).unwrap()
}

/// Every row of the tables that hold person data, as text, except those of `skip`
/// (the file expected to be anonymised), to check that nothing else changes.
async fn snapshot(db: &Db, skip: i64) -> Vec<String> {
    let queries = [
        "SELECT * FROM persons WHERE id <> $1 ORDER BY id",
        "SELECT * FROM person_phones WHERE person_id <> $1 ORDER BY id",
        "SELECT * FROM person_emails WHERE person_id <> $1 ORDER BY id",
        "SELECT * FROM person_niss_history WHERE person_id <> $1 ORDER BY person_id, niss",
        "SELECT * FROM person_followups WHERE person_id <> $1 OR person_id = $1 ORDER BY person_id, team_id",
        "SELECT * FROM requests WHERE person_id <> $1 ORDER BY id",
        "SELECT * FROM request_events WHERE $1 = $1 ORDER BY id",
        "SELECT * FROM appointments WHERE person_id <> $1 ORDER BY id",
        "SELECT * FROM tasks WHERE person_id <> $1 ORDER BY id",
        "SELECT * FROM outbox WHERE person_id <> $1 ORDER BY id",
        "SELECT * FROM notes WHERE person_id <> $1 ORDER BY id",
        "SELECT * FROM household_links WHERE person_id <> $1 AND other_id <> $1 ORDER BY person_id, other_id",
        "SELECT * FROM consents WHERE person_id <> $1 ORDER BY id",
        "SELECT * FROM walk_ins WHERE $1 = $1 ORDER BY id",
        "SELECT * FROM access_log WHERE $1 = $1 ORDER BY id",
        "SELECT * FROM access_log_chain WHERE $1 = $1",
    ];
    let mut out = Vec::new();
    for sql in queries {
        for row in sqlx::query(sql)
            .bind(skip)
            .fetch_all(db.pool())
            .await
            .unwrap()
        {
            let mut line = String::from(sql);
            for i in 0..row.len() {
                let v = match row.try_get::<Option<i64>, _>(i) {
                    Ok(v) => format!("{v:?}"),
                    Err(_) => format!("{:?}", row.try_get::<Option<String>, _>(i).unwrap()),
                };
                line.push('|');
                line.push_str(&v);
            }
            out.push(line);
        }
    }
    out
}

struct Files {
    closed: PersonId,
    open_request: PersonId,
    future_appointment: PersonId,
    young: PersonId,
    recent_note: PersonId,
}

/// Files with activity at known times around the cut-off of a 12-month rule.
async fn files(app: &TestApp) -> Files {
    let db = &app.db;
    let now = app.clock.now().timestamp();
    let dpo = actor(db, "dpo").await;
    retention::set_rule(db, &dpo, RetentionKind::ClosedFiles, 12, now)
        .await
        .unwrap();
    let cut = guichet_domain::retention::cutoff(app.clock.now(), 12);
    let social = actor(db, "social").await;
    let team = social.teams[0];
    let worker = social.user_id.get();
    let old = cut - MONTH;

    let closed = persons::seed(db, "Oscar", "Vieuxdossier", team, old)
        .await
        .unwrap();
    let c = closed.get();
    exec(db, "UPDATE persons SET usual_name = 'Ossie', birth_year = 1950, birth_month = 4, birth_day = 2, \
         niss = '50040212345', street = 'Rue du Puits 3', postcode = '1300', municipality = 'Wavre', \
         address_kind = 'belgian', channels = 'sms', language = 'fr', trusted_third = 'sa fille', \
         needs = 'large-print' WHERE id = $1", &[c]).await;
    exec(db, "INSERT INTO person_phones (person_id, number, kind, holder, position) VALUES ($1, '+32470112233', 'mobile', '', 0)", &[c]).await;
    exec(db, "INSERT INTO person_emails (person_id, address, holder, position) VALUES ($1, 'oscar@example.org', '', 0)", &[c]).await;
    exec(db, "INSERT INTO person_niss_history (person_id, niss, recorded_at) VALUES ($1, '50040212345', $2)", &[c, old]).await;
    exec(db, "INSERT INTO requests (person_id, team_id, channel, topic, description, urgency, status, promised_on, created_at) \
         VALUES ($1, $2, 'walk-in', 'housing', 'Loyer impayé chez M. Vieuxdossier', 'normal', 'done', '2024-01-10', $3)", &[c, team.get(), old]).await;
    let req = scalar(db, "SELECT id FROM requests WHERE person_id = $1", c).await;
    exec(
        db,
        "INSERT INTO request_events (request_id, status, at) VALUES ($1, 'done', $2)",
        &[req, old + DAY],
    )
    .await;
    exec(db, "INSERT INTO appointments (person_id, worker_id, place, room, starts_at, minutes, what_to_bring, status, created_at) \
         VALUES ($1, $2, 'site', 'Bureau 2', $3, 30, 'Carte d''identité', 'done', $4)", &[c, worker, old + 2 * DAY, old]).await;
    exec(db, "INSERT INTO tasks (person_id, team_id, kind, due_on, created_at) VALUES ($1, $2, 'call-back', '2024-01-11', $3)", &[c, team.get(), old]).await;
    exec(db, "INSERT INTO notes (person_id, author_id, compartment, body, created_at) VALUES ($1, $2, 'social', 'Vit seul, rue du Puits', $3)", &[c, worker, old]).await;
    exec(db, "INSERT INTO consents (person_id, purpose, given_at, given_how) VALUES ($1, 'sms', $2, 'desk')", &[c, old]).await;
    exec(db, "INSERT INTO outbox (person_id, kind, channel, language, recipient, body, status, due_at, created_at, idempotency_key) \
         VALUES ($1, 'reminder', 'sms', 'fr', '+32470112233', 'Bonjour Oscar', 'sent', $2, $2, 'old-sent')", &[c, old]).await;

    let open_request = persons::seed(db, "Paula", "Toujoursouverte", team, old)
        .await
        .unwrap();
    exec(db, "INSERT INTO requests (person_id, team_id, channel, topic, urgency, status, promised_on, created_at) \
         VALUES ($1, $2, 'phone', 'housing', 'normal', 'new', '2024-01-10', $3)", &[open_request.get(), team.get(), old]).await;

    let future_appointment = persons::seed(db, "Quentin", "Rendezvousbientot", team, old)
        .await
        .unwrap();
    exec(db, "INSERT INTO appointments (person_id, worker_id, place, starts_at, minutes, status, created_at) \
         VALUES ($1, $2, 'phone', $3, 30, 'planned', $4)", &[future_appointment.get(), worker, now + 2 * DAY, old]).await;

    let young = persons::seed(db, "Rita", "Justeassezjeune", team, cut + 3600)
        .await
        .unwrap();

    let recent_note = persons::seed(db, "Simon", "Notereecente", team, old)
        .await
        .unwrap();
    exec(db, "INSERT INTO notes (person_id, author_id, compartment, body, created_at) VALUES ($1, $2, 'administrative', 'Passé déposer un papier', $3)", &[recent_note.get(), worker, cut + 60]).await;

    // A household link between the closed file and a kept one goes from both sides.
    exec(db, "INSERT INTO household_links (person_id, other_id, relation, since) VALUES ($1, $2, 'sibling', $3)", &[c, young.get(), old]).await;
    exec(db, "INSERT INTO household_links (person_id, other_id, relation, since) VALUES ($2, $1, 'sibling', $3)", &[c, young.get(), old]).await;
    Files {
        closed,
        open_request,
        future_appointment,
        young,
        recent_note,
    }
}

#[tokio::test]
async fn purge_anonymises_exactly_the_closed_files_older_than_the_cut_off() {
    let app = spawn_app().await;
    let f = files(&app).await;
    let db = &app.db;
    let c = f.closed.get();
    let now = app.clock.now().timestamp();
    // The household link of the kept file to the closed one goes with the closed file.
    let mut before = snapshot(db, c).await;
    before.retain(|l| !l.starts_with("SELECT * FROM household_links"));

    // The dry run names exactly the closed file and changes nothing.
    let plan = retention::dry_run(db, now).await.unwrap();
    assert_eq!(plan.files, vec![f.closed]);
    assert_eq!(
        plan.sent_messages, 0,
        "the closed file's reminder goes with the file"
    );
    let mut after_dry = snapshot(db, c).await;
    after_dry.retain(|l| !l.starts_with("SELECT * FROM household_links"));
    assert_eq!(before, after_dry);
    assert_eq!(
        scalar(
            db,
            "SELECT COUNT(*) FROM persons WHERE anonymised_at IS NOT NULL AND $1 = $1",
            0
        )
        .await,
        0
    );
    assert_eq!(
        scalar(db, "SELECT COUNT(*) FROM notes WHERE person_id = $1", c).await,
        1
    );

    let done = retention::apply(db, now).await.unwrap();
    assert_eq!(done.files, 1);
    assert_eq!(done, plan.summary());

    // Everything identifying is gone from the closed file.
    let row = sqlx::query("SELECT * FROM persons WHERE id = $1")
        .bind(c)
        .fetch_one(db.pool())
        .await
        .unwrap();
    for col in [
        "given_names",
        "family_name",
        "usual_name",
        "name_key",
        "street",
        "postcode",
        "municipality",
        "country",
        "contact_address",
        "channels",
        "language",
        "language_other",
        "needs",
        "trusted_third",
    ] {
        assert_eq!(row.try_get::<String, _>(col).unwrap(), "", "{col}");
    }
    for col in ["birth_year", "birth_month", "birth_day"] {
        assert_eq!(row.try_get::<Option<i64>, _>(col).unwrap(), None, "{col}");
    }
    assert_eq!(row.try_get::<Option<String>, _>("niss").unwrap(), None);
    assert_eq!(
        row.try_get::<Option<i64>, _>("anonymised_at").unwrap(),
        Some(now)
    );
    for table in [
        "person_phones",
        "person_emails",
        "person_niss_history",
        "notes",
        "consents",
        "tasks",
        "household_links",
    ] {
        assert_eq!(
            scalar(
                db,
                &format!("SELECT COUNT(*) FROM {table} WHERE person_id = $1"),
                c
            )
            .await,
            0,
            "{table}"
        );
    }
    assert_eq!(
        scalar(
            db,
            "SELECT COUNT(*) FROM household_links WHERE other_id = $1",
            c
        )
        .await,
        0
    );
    // Requests stay for statistics, without their description.
    let r = sqlx::query("SELECT topic, status, description FROM requests WHERE person_id = $1")
        .bind(c)
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(r.try_get::<String, _>("topic").unwrap(), "housing");
    assert_eq!(r.try_get::<String, _>("status").unwrap(), "done");
    assert_eq!(r.try_get::<String, _>("description").unwrap(), "");
    let a = sqlx::query("SELECT room, what_to_bring FROM appointments WHERE person_id = $1")
        .bind(c)
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(a.try_get::<String, _>("room").unwrap(), "");
    assert_eq!(a.try_get::<String, _>("what_to_bring").unwrap(), "");
    let o = sqlx::query("SELECT body, recipient, kind FROM outbox WHERE person_id = $1")
        .bind(c)
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(o.try_get::<String, _>("body").unwrap(), "");
    assert_eq!(o.try_get::<String, _>("recipient").unwrap(), "");
    assert_eq!(o.try_get::<String, _>("kind").unwrap(), "reminder");

    // Nothing else changed: the other four files, the demo files and everything of theirs.
    let mut after = snapshot(db, c).await;
    after.retain(|l| !l.starts_with("SELECT * FROM household_links"));
    assert_eq!(before, after);
    for kept in [f.open_request, f.future_appointment, f.young, f.recent_note] {
        assert_eq!(scalar(db, "SELECT COUNT(*) FROM persons WHERE id = $1 AND anonymised_at IS NULL AND family_name <> ''", kept.get()).await, 1);
    }

    // A second run finds nothing more; both runs are in the history, counts only.
    assert_eq!(retention::plan(db, now).await.unwrap().files, vec![]);
    let runs = retention::history(db, &actor(db, "dpo").await, 10)
        .await
        .unwrap();
    assert_eq!(runs.len(), 2);
    assert!(!runs[0].dry_run && runs[1].dry_run);
    assert_eq!(runs[0].summary.files, 1);
    let stored = scalar(
        db,
        "SELECT COUNT(*) FROM purge_runs WHERE summary LIKE '%Vieuxdossier%' OR $1 = 0",
        1,
    )
    .await;
    assert_eq!(stored, 0, "no names in the purge history");
}

#[tokio::test]
async fn an_anonymised_file_says_so_and_is_never_found_again() {
    let app = spawn_app().await;
    let f = files(&app).await;
    let social = app.signed_in(Role::SocialWorker).await;
    let (_, html) = social.html("/persons?q=Vieuxdossier").await;
    assert!(html.contains("Vieuxdossier"), "found before the purge");
    retention::apply(&app.db, app.clock.now().timestamp())
        .await
        .unwrap();

    let (status, html) = social.html(&format!("/persons/{}?lang=en", f.closed)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("This file was anonymised on"), "{html}");
    assert!(html.contains("Only the requests&#39; topics, statuses and dates remain."));
    assert!(!html.contains("Vieuxdossier") && !html.contains("Oscar"));
    let (_, html) = social.html("/persons?q=Vieuxdossier").await;
    assert!(
        !html.contains(&format!("/persons/{}\"", f.closed)),
        "not in search"
    );
    let (_, html) = social.html("/persons?q=0470112233").await;
    assert!(
        !html.contains(&format!("/persons/{}\"", f.closed)),
        "not found by phone"
    );
    // Nor among likely duplicates when a new file with the same name is typed.
    let new = persons::NewPerson {
        given_names: "Oscar".into(),
        family_name: "Vieuxdossier".into(),
        ..Default::default()
    };
    let (found, hidden) = persons::find_candidates(&app.db, &actor(&app.db, "social").await, &new)
        .await
        .unwrap();
    assert!(found.iter().all(|c| c.id != f.closed));
    assert_eq!(hidden, 0);
    // The kept files still show their names.
    let (_, html) = social.html(&format!("/persons/{}", f.young)).await;
    assert!(html.contains("Justeassezjeune"));
}

#[tokio::test]
async fn old_access_log_entries_go_and_the_rest_of_the_chain_still_verifies() {
    use guichet_domain::ids::UserId;
    use guichet_store::access_log::{self, Action};
    let app = spawn_app().await;
    let db = &app.db;
    let now = app.clock.now().timestamp();
    let cut = guichet_domain::retention::cutoff(app.clock.now(), 60);
    let before = access_log::verify(db).await.unwrap().rows;
    // Five entries: three older than the 60-month default, two younger.
    let times = [cut - 3 * DAY, cut - 2 * DAY, cut - 1, cut, now - DAY];
    for (i, at) in times.iter().enumerate() {
        let what = format!("person {i}");
        access_log::record(
            db,
            UserId::new(1),
            PersonId::new(1),
            Action::Read,
            &what,
            "",
            *at,
        )
        .await
        .unwrap();
    }
    let hashes: Vec<String> = sqlx::query("SELECT hash FROM access_log ORDER BY id")
        .fetch_all(db.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| r.try_get("hash").unwrap())
        .collect();
    let n = hashes.len();

    assert_eq!(retention::plan(db, now).await.unwrap().access_log, 3);
    let done = retention::apply(db, now).await.unwrap();
    assert_eq!(done.access_log, 3);

    let chain = sqlx::query("SELECT head_hash, anchor_hash FROM access_log_chain WHERE id = 1")
        .fetch_one(db.pool())
        .await
        .unwrap();
    let anchor: String = chain.try_get("anchor_hash").unwrap();
    assert_eq!(
        anchor,
        hashes[n - 3],
        "the anchor is the hash of the last removed entry"
    );
    assert_eq!(
        chain.try_get::<String, _>("head_hash").unwrap(),
        hashes[n - 1]
    );
    // What remains verifies from the anchor to the head, and the purge is on record.
    let report = access_log::verify(db).await.unwrap();
    assert!(report.intact(), "{report:?}");
    assert_eq!(report.rows, before + 2);
    let purge = report.moves.last().unwrap();
    assert_eq!((purge.kind.as_str(), purge.entries), ("purge", 3));
    // Nothing more goes on the next run.
    assert_eq!(retention::apply(db, now).await.unwrap().access_log, 0);
}

#[tokio::test]
async fn old_messages_and_walk_in_labels_are_cleared_and_recent_ones_kept() {
    let app = spawn_app().await;
    let db = &app.db;
    let now = app.clock.now().timestamp();
    let person = scalar(db, "SELECT MIN(id) FROM persons WHERE $1 = $1", 0).await;
    let old = now - 13 * MONTH;
    for (key, status, at) in [
        ("a", "sent", old),
        ("b", "withdrawn", old),
        ("c", "pending", old),
        ("d", "sent", now - DAY),
    ] {
        sqlx::query("INSERT INTO outbox (person_id, kind, channel, language, recipient, body, status, due_at, created_at, idempotency_key) \
             VALUES ($1, 'acknowledgement', 'email', 'fr', 'x@example.org', 'Bonjour', $2, $3, $3, $4)")
            .bind(person).bind(status).bind(at).bind(key).execute(db.pool()).await.unwrap();
    }
    let site = scalar(db, "SELECT MIN(id) FROM sites WHERE $1 = $1", 0).await;
    for (ticket, at) in [(1, now - 40 * DAY), (2, now - 2 * DAY)] {
        sqlx::query("INSERT INTO walk_ins (site_id, day, ticket, label, arrived_at) VALUES ($1, $2, $3, 'manteau rouge', $4)")
            .bind(site).bind(format!("2026-01-{ticket:02}")).bind(ticket).bind(at).execute(db.pool()).await.unwrap();
    }
    let done = retention::apply(db, now).await.unwrap();
    assert_eq!((done.sent_messages, done.walk_in_labels), (2, 1));
    let cleared = |key: &'static str| async move {
        let r =
            sqlx::query("SELECT body, recipient, status FROM outbox WHERE idempotency_key = $1")
                .bind(key)
                .fetch_one(db.pool())
                .await
                .unwrap();
        (
            r.try_get::<String, _>("body").unwrap().is_empty()
                && r.try_get::<String, _>("recipient").unwrap().is_empty(),
            r.try_get::<String, _>("status").unwrap(),
        )
    };
    assert_eq!(cleared("a").await, (true, "sent".into()));
    assert_eq!(cleared("b").await, (true, "withdrawn".into()));
    assert_eq!(
        cleared("c").await,
        (false, "pending".into()),
        "a message still to send stays"
    );
    assert_eq!(
        cleared("d").await,
        (false, "sent".into()),
        "a recent message stays"
    );
    assert_eq!(
        scalar(
            db,
            "SELECT COUNT(*) FROM walk_ins WHERE label = '' AND ticket = $1",
            1
        )
        .await,
        1
    );
    assert_eq!(
        scalar(
            db,
            "SELECT COUNT(*) FROM walk_ins WHERE label = 'manteau rouge' AND ticket = $1",
            2
        )
        .await,
        1
    );
}

#[tokio::test]
async fn what_a_referral_shared_is_emptied_a_year_after_its_answer_or_expiry() {
    let app = spawn_app().await;
    let db = &app.db;
    let now = app.clock.now().timestamp();
    let person = scalar(db, "SELECT MIN(id) FROM persons WHERE $1 = $1", 0).await;
    let team = scalar(db, "SELECT MIN(id) FROM teams WHERE $1 = $1", 0).await;
    let user = scalar(db, "SELECT MIN(id) FROM users WHERE $1 = $1", 0).await;
    let old = now - 13 * MONTH;
    // (service, status, sent, expires, answered)
    for (service, status, sent, expires, answered) in [
        (
            "answered-long-ago",
            "accepted",
            old,
            old + 30 * DAY,
            Some(old + DAY),
        ),
        ("expired-long-ago", "sent", old, old + 30 * DAY, None),
        (
            "answered-lately",
            "refused",
            old,
            old + 30 * DAY,
            Some(now - DAY),
        ),
        ("still-waiting", "sent", now - DAY, now + 29 * DAY, None),
    ] {
        sqlx::query(
            "INSERT INTO referrals (person_id, from_team_id, from_user_id, service_id, service_name, \
             packet, status, created_at, expires_at, answered_at) \
             VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8, $9)",
        )
        .bind(person)
        .bind(team)
        .bind(user)
        .bind(service)
        .bind(r#"{"name":"Sanne Van der Elst","need":"Installer itsme"}"#)
        .bind(status)
        .bind(sent)
        .bind(expires)
        .bind(answered)
        .execute(db.pool())
        .await
        .unwrap();
    }
    assert_eq!(retention::plan(db, now).await.unwrap().referral_packets, 2);
    let done = retention::apply(db, now).await.unwrap();
    assert_eq!(done.referral_packets, 2);
    let packets: Vec<(String, String, String)> =
        sqlx::query_as("SELECT service_id, packet, status FROM referrals ORDER BY id")
            .fetch_all(db.pool())
            .await
            .unwrap();
    let emptied: Vec<&str> = packets
        .iter()
        .filter(|(_, p, _)| p == "{}")
        .map(|(s, _, _)| s.as_str())
        .collect();
    assert_eq!(emptied, ["answered-long-ago", "expired-long-ago"]);
    // The answer stays, for the statistics.
    assert_eq!(packets[0].2, "accepted");
    assert_eq!(retention::plan(db, now).await.unwrap().referral_packets, 0);
}

#[tokio::test]
async fn the_dpo_sets_the_rules_and_sees_what_would_go() {
    let app = spawn_app().await;
    let f = files(&app).await;
    let dpo = app.signed_in(Role::Dpo).await;
    let (status, html) = dpo.html("/dpo/retention?lang=en").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("If the purge ran now"));
    assert!(
        html.contains("1 closed file would be anonymised."),
        "{html}"
    );
    assert!(html.contains(&format!("File numbers: {}.", f.closed)));
    assert!(!html.contains("Vieuxdossier"), "numbers only, never names");
    assert!(html.contains("No purge has run yet."));
    let (_, home) = dpo.html("/home").await;
    assert!(home.contains("href=\"/dpo/retention\""));

    // Mistakes come back with every typed value and a 422.
    let res = dpo
        .post(
            "/dpo/retention?lang=en",
            &[
                ("closed-files", "6"),
                ("access-log", "five years"),
                ("sent-messages", "24"),
                ("walk-in-labels", "2000"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("href=\"#closed-files\"")
            && html.contains("href=\"#access-log\"")
            && html.contains("href=\"#walk-in-labels\"")
    );
    assert!(!html.contains("href=\"#sent-messages\""));
    assert!(
        html.contains("value=\"6\"")
            && html.contains("value=\"five years\"")
            && html.contains("value=\"24\"")
            && html.contains("value=\"2000\"")
    );
    assert!(html.contains("type at least 12 months"), "{html}");
    let rules = retention::rules(&app.db).await.unwrap();
    assert_eq!(rules[1].months, 60, "nothing saved");

    let res = dpo
        .post(
            "/dpo/retention",
            &[
                ("closed-files", "24"),
                ("access-log", "72"),
                ("sent-messages", "6"),
                ("walk-in-labels", "2"),
                ("referral-packets", "12"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/dpo/retention?saved=1");
    let (_, html) = dpo.html("/dpo/retention?saved=1&lang=en").await;
    assert!(html.contains("The retention rules were saved."));
    assert!(html.contains("value=\"24\"") && html.contains("value=\"72\""));
    // With 24 months, the closed file is too young to go.
    assert!(
        html.contains("0 closed files would be anonymised."),
        "{html}"
    );
    let months: Vec<u32> = retention::rules(&app.db)
        .await
        .unwrap()
        .iter()
        .map(|r| r.months)
        .collect();
    assert_eq!(months, vec![24, 72, 6, 2, 12]);

    // The history lists runs in words.
    retention::dry_run(&app.db, app.clock.now().timestamp())
        .await
        .unwrap();
    let (_, html) = dpo.html("/dpo/retention?lang=en").await;
    assert!(html.contains("Dry run (nothing changed)"));
}

#[tokio::test]
async fn only_the_dpo_reaches_the_retention_page() {
    let app = spawn_app().await;
    for role in Role::ALL {
        let b = app.signed_in(role).await;
        let get = b.get("/dpo/retention").await.status();
        let post = b
            .post("/dpo/retention", &[("closed-files", "12")])
            .await
            .status();
        if role == Role::Dpo {
            assert_eq!(get, StatusCode::OK);
        } else {
            assert_eq!(get, StatusCode::FORBIDDEN, "{role:?}");
            assert_eq!(post, StatusCode::FORBIDDEN, "{role:?}");
        }
    }
    // And in the store, whatever the route says.
    let social = actor(&app.db, "social").await;
    assert!(
        retention::set_rule(&app.db, &social, RetentionKind::ClosedFiles, 12, 0)
            .await
            .is_err()
    );
    assert!(retention::history(&app.db, &social, 10).await.is_err());
    assert_eq!(retention::rules(&app.db).await.unwrap()[0].months, 120);
}

#[test]
fn purge_dry_run_from_the_command_line_prints_counts_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_guichet"));
        for (k, _) in std::env::vars() {
            if k.starts_with("GUICHET_") {
                c.env_remove(k);
            }
        }
        c.args(["--data-dir", dir.path().to_str().unwrap()])
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["purge", "--dry-run"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Dry run: nothing was changed"), "{text}");
    assert!(
        text.contains("0 closed files would be anonymised"),
        "{text}"
    );
    assert!(
        text.contains("0 access-log entries would be removed"),
        "{text}"
    );
    let out = run(&["purge"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Purge done") && text.contains("0 walk-in labels cleared"),
        "{text}"
    );
}
