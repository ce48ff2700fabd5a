//! The access log's chain needs the key (issue 13 §7): with database access alone, cutting
//! its end, trimming its start as if purged, or rewriting it with recomputed hashes is
//! found; purges are on record; a head kept elsewhere shows a cut; the key file is created
//! owner-only and required ever after; a log from before keys is keyed once.

use crate::backup::{empty_db, guichet, run, text};
use crate::helpers::{adopt_log_key, test_db_with_url, DbGuard};
use guichet_domain::ids::{PersonId, UserId};
use guichet_store::access_log::{self, Action, Break, LogKey};
use guichet_store::{migrate, retention, Db, StoreError};
use sha2::{Digest, Sha256};
use sqlx::Row;

const T0: i64 = 1_770_000_000;

async fn record_at(db: &Db, n: i64, at: i64) {
    for i in 0..n {
        access_log::record(
            db,
            UserId::new(1 + i % 3),
            PersonId::new(1 + i % 7),
            Action::Read,
            &format!("request {i}"),
            "",
            at + i,
        )
        .await
        .unwrap();
    }
}

async fn rows(db: &Db) -> Vec<(i64, String)> {
    sqlx::query("SELECT id, hash FROM access_log ORDER BY id")
        .fetch_all(db.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get("id"), r.get("hash")))
        .collect()
}

async fn broken(db: &Db) -> Option<Break> {
    access_log::verify(db).await.unwrap().broken
}

async fn delete_where(db: &Db, sql: &str, id: i64) {
    sqlx::query(sql).bind(id).execute(db.pool()).await.unwrap();
}

async fn exec(db: &Db, sql: &str, binds: &[&str]) {
    let mut q = sqlx::query(sql);
    for b in binds {
        q = q.bind(*b);
    }
    q.execute(db.pool()).await.unwrap();
}

#[tokio::test]
async fn cutting_the_newest_entries_and_setting_the_head_back_is_found() {
    let (db, _, _guard) = test_db_with_url().await;
    record_at(&db, 10, T0).await;
    let all = rows(&db).await;
    let (kept_id, kept_hash) = all[6].clone();
    // What someone with database access alone can do: remove the newest three and make
    // the chain's head point at the newest one left.
    delete_where(&db, "DELETE FROM access_log WHERE id > $1", kept_id).await;
    sqlx::query("UPDATE access_log_chain SET head_hash = $1, head_id = $2 WHERE id = 1")
        .bind(&kept_hash)
        .bind(kept_id)
        .execute(db.pool())
        .await
        .unwrap();
    assert_eq!(
        broken(&db).await,
        Some(Break::Head {
            last_id: Some(kept_id)
        })
    );
}

#[tokio::test]
async fn trimming_the_oldest_entries_as_if_purged_is_found_and_a_real_purge_is_not() {
    let (db, _, _guard) = test_db_with_url().await;
    // Ten entries from long ago, then ten recent ones.
    record_at(&db, 10, T0 - 6 * 366 * 86_400).await;
    record_at(&db, 10, T0).await;
    let all = rows(&db).await;

    // A real purge: the ten old entries go, the move is on record, the rest verifies.
    let done = retention::apply(&db, T0 + 100).await.unwrap();
    assert_eq!(done.access_log, 10);
    let report = access_log::verify(&db).await.unwrap();
    assert!(report.intact(), "{report:?}");
    assert_eq!(report.rows, 10);
    let kinds: Vec<(&str, i64)> = report
        .moves
        .iter()
        .map(|m| (m.kind.as_str(), m.entries))
        .collect();
    assert_eq!(kinds, [("keyed", 0), ("purge", 10)]);

    // A trim made to look like one: three more removed and the anchor moved along.
    let (cut_id, cut_hash) = all[12].clone();
    delete_where(&db, "DELETE FROM access_log WHERE id <= $1", cut_id).await;
    exec(
        &db,
        "UPDATE access_log_chain SET anchor_hash = $1 WHERE id = 1",
        &[&cut_hash],
    )
    .await;
    assert_eq!(
        broken(&db).await,
        Some(Break::Trimmed {
            first_id: Some(all[13].0)
        })
    );
    // Also rewriting the purge's record to cover them does not verify.
    sqlx::query(
        "UPDATE access_log_anchors SET to_hash = $1, last_id = $2, entries = 13 WHERE kind = 'purge'",
    )
    .bind(&cut_hash)
    .bind(cut_id)
    .execute(db.pool())
    .await
    .unwrap();
    assert!(matches!(
        broken(&db).await,
        Some(Break::Anchors { id: Some(_) })
    ));
    // Nor removing every record of the moves.
    exec(&db, "DELETE FROM access_log_anchors WHERE $1 = $1", &["x"]).await;
    assert_eq!(broken(&db).await, Some(Break::Anchors { id: None }));
}

#[tokio::test]
async fn a_chain_rewritten_with_recomputed_hashes_does_not_verify_without_the_key() {
    let (db, _, _guard) = test_db_with_url().await;
    record_at(&db, 8, T0).await;
    let all = rows(&db).await;
    // Change entry 3's reason, then recompute every hash from it on, as verify-log did
    // before keys (plain SHA-256), and with a key of the attacker's own.
    for attempt in ["sha256", "other key"] {
        let other = LogKey::generate();
        let found = sqlx::query(
            "SELECT id, at, user_id, person_id, action, what, reason, prev_hash FROM access_log ORDER BY id",
        )
        .fetch_all(db.pool())
        .await
        .unwrap();
        let mut prev: String = found[0].get("prev_hash");
        for r in &found {
            let id: i64 = r.get("id");
            let reason = if id == all[3].0 {
                "changed".to_owned()
            } else {
                r.get::<String, _>("reason")
            };
            let (at, user, person): (i64, i64, i64) =
                (r.get("at"), r.get("user_id"), r.get("person_id"));
            let (action, what): (String, String) = (r.get("action"), r.get("what"));
            let hash = if attempt == "sha256" {
                hex::encode(Sha256::digest(
                    format!("{prev}\n{at}\n{user}\n{person}\n{action}\n{what}\n{reason}")
                        .as_bytes(),
                ))
            } else {
                other.row_hash(&prev, at, user, person, &action, &what, &reason)
            };
            sqlx::query(
                "UPDATE access_log SET reason = $1, prev_hash = $2, hash = $3 WHERE id = $4",
            )
            .bind(&reason)
            .bind(&prev)
            .bind(&hash)
            .bind(id)
            .execute(db.pool())
            .await
            .unwrap();
            prev = hash;
        }
        exec(
            &db,
            "UPDATE access_log_chain SET head_hash = $1 WHERE id = 1",
            &[&prev],
        )
        .await;
        assert_eq!(
            broken(&db).await,
            Some(Break::Changed { id: all[0].0 }),
            "{attempt}"
        );
    }
}

#[tokio::test]
async fn a_head_kept_elsewhere_shows_a_later_cut_and_a_forged_one_is_refused() {
    let (db, url, guard) = test_db_with_url().await;
    let data = guard.data_dir();
    record_at(&db, 4, T0).await;
    // Someone with database access keeps the chain's row as it is now…
    let saved = sqlx::query("SELECT head_id, head_hash, head_mac FROM access_log_chain")
        .fetch_one(db.pool())
        .await
        .unwrap();
    let (saved_id, saved_hash, saved_mac): (i64, String, String) = (
        saved.get("head_id"),
        saved.get("head_hash"),
        saved.get("head_mac"),
    );
    // …the operator later exports the head to keep off the machine…
    record_at(&db, 2, T0 + 50).await;
    let out = run(guichet(&url, data).arg("log-head")).await;
    assert!(out.status.success(), "{}", text(&out));
    let head_text = String::from_utf8_lossy(&out.stdout).to_string();
    let all = rows(&db).await;
    assert!(
        head_text.contains(&format!("entry: {}", all[5].0)),
        "{head_text}"
    );
    let head_file = data.join("head.txt");
    std::fs::write(&head_file, &head_text).unwrap();

    // …more entries follow, and the kept head is still in the log.
    record_at(&db, 3, T0 + 100).await;
    let out = run(guichet(&url, data)
        .arg("verify-log")
        .arg("--head")
        .arg(&head_file))
    .await;
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("is in the log, unchanged"),
        "{}",
        text(&out)
    );

    // Then everything after the fourth entry is cut and the saved row put back: the
    // chain alone cannot tell (docs/security.md says so), the head kept elsewhere does.
    delete_where(&db, "DELETE FROM access_log WHERE id > $1", saved_id).await;
    sqlx::query(
        "UPDATE access_log_chain SET head_id = $1, head_hash = $2, head_mac = $3 WHERE id = 1",
    )
    .bind(saved_id)
    .bind(&saved_hash)
    .bind(&saved_mac)
    .execute(db.pool())
    .await
    .unwrap();
    assert_eq!(broken(&db).await, None);
    let out = run(guichet(&url, data)
        .arg("verify-log")
        .arg("--head")
        .arg(&head_file))
    .await;
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains(&format!("it ends at entry {saved_id}")),
        "{}",
        text(&out)
    );

    // A head whose entry was changed by hand is not signed by this installation.
    let forged = head_text.replace(
        &format!("entry: {}", all[5].0),
        &format!("entry: {}", all[1].0),
    );
    let head = access_log::SignedHead::parse(&forged).unwrap();
    assert_eq!(
        access_log::check_head(&db, &head).await.unwrap(),
        access_log::HeadCheck::NotSigned
    );
}

#[tokio::test]
async fn the_key_file_is_made_owner_only_once_and_required_ever_after() {
    let (url, guard) = empty_db().await;
    let data = guard.data_dir();
    let out = run(guichet(&url, data).arg("migrate")).await;
    assert!(out.status.success(), "{}", text(&out));
    let key_file = data.join("access-log.key");
    let key = std::fs::read_to_string(&key_file).unwrap();
    assert_eq!(key.trim().len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the key is readable by its owner only");
    }
    // A second start keeps it.
    let out = run(guichet(&url, data).arg("verify-log")).await;
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(std::fs::read_to_string(&key_file).unwrap(), key);

    // Without it, guichet does not start and says where it must be.
    std::fs::rename(&key_file, data.join("elsewhere.key")).unwrap();
    let out = run(guichet(&url, data).arg("verify-log")).await;
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("access-log.key is missing"),
        "{}",
        text(&out)
    );
    assert!(!key_file.exists(), "no new key was made in its place");

    // With another installation's key, neither.
    std::fs::write(&key_file, format!("{}\n", LogKey::generate().to_hex())).unwrap();
    let out = run(guichet(&url, data).arg("verify-log")).await;
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("is not the one this database's access log was written with"),
        "{}",
        text(&out)
    );
}

#[tokio::test]
async fn a_log_from_before_keys_is_checked_then_keyed_once() {
    for broken_before in [false, true] {
        let (url, guard) = empty_db().await;
        let db = Db::connect(&url).await.unwrap();
        migrate::run_up_to(&db, 25).await.unwrap();
        // Five entries chained as guichet did before keys.
        let mut prev = String::new();
        for i in 0..5_i64 {
            let what = format!("person {i}");
            let mut hash = hex::encode(Sha256::digest(
                format!("{prev}\n{}\n1\n1\nread\n{what}\n", T0 + i).as_bytes(),
            ));
            if broken_before && i == 2 {
                hash = "0".repeat(64);
            }
            sqlx::query("INSERT INTO access_log (at, user_id, person_id, action, what, reason, prev_hash, hash) VALUES ($1, 1, 1, 'read', $2, '', $3, $4)")
                .bind(T0 + i).bind(&what).bind(&prev).bind(&hash)
                .execute(db.pool()).await.unwrap();
            prev = hash;
        }
        exec(
            &db,
            "UPDATE access_log_chain SET head_hash = $1 WHERE id = 1",
            &[&prev],
        )
        .await;
        migrate::run(&db).await.unwrap();
        adopt_log_key(&db, &guard).await;
        let report = access_log::verify(&db).await.unwrap();
        assert!(report.intact(), "{report:?}");
        assert_eq!(report.rows, 5);
        assert_eq!(report.moves.len(), 1);
        let first: i64 = sqlx::query("SELECT MIN(id) AS id FROM access_log")
            .fetch_one(db.pool())
            .await
            .unwrap()
            .get("id");
        assert_eq!(
            report.broken_before_keying,
            broken_before.then_some(first + 2),
            "where the earlier chain was already broken stays on record"
        );
        // Keyed once: adopting the same key again changes nothing.
        adopt_log_key(&db, &guard).await;
        assert_eq!(access_log::verify(&db).await.unwrap().moves.len(), 1);
        // The earlier hashes are gone: entries now need the key.
        let other = Db::connect(&url).await.unwrap();
        assert!(matches!(
            access_log::adopt_key(&other, LogKey::generate(), T0).await,
            Err(StoreError::WrongLogKey)
        ));
        other.close().await;
        db.close().await;
        drop::<DbGuard>(guard);
    }
}
