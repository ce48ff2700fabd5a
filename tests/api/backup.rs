//! Backups (issue 13, §6): `guichet backup` while guichet keeps writing, `guichet
//! restore`, and the copy kept before a schema upgrade. The real binary runs against the
//! test database (SQLite or PostgreSQL, whichever this run uses).

use crate::helpers::{test_db_with_url, DbGuard};
use guichet_domain::ids::{PersonId, TeamId, UserId};
use guichet_store::access_log::{self, Action};
use guichet_store::{migrate, persons, Backend, Db};
use sqlx::Row;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The `guichet` binary on one database and data folder, with none of the
/// environment's `GUICHET_*` settings.
pub fn guichet(url: &str, data_dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_guichet"));
    for (k, _) in std::env::vars() {
        if k.starts_with("GUICHET_") {
            c.env_remove(k);
        }
    }
    c.arg(format!("--database-url={url}"))
        .arg(format!("--data-dir={}", data_dir.display()));
    c
}

pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// `guichet verify-log` on a database: passes only when it says the log is intact.
pub async fn assert_log_intact(url: &str, data_dir: &Path) -> String {
    let out = run(guichet(url, data_dir).arg("verify-log")).await;
    let said = text(&out);
    assert!(
        out.status.success() && said.contains("intact"),
        "verify-log: {said}"
    );
    said
}

/// Runs the command on a thread of its own: the test's runtime goes on (closing its
/// connections, answering) as a separate program would.
pub async fn run(c: &mut Command) -> Output {
    let mut owned = Command::new(c.get_program());
    owned.args(c.get_args());
    for (k, v) in c.get_envs() {
        match v {
            Some(v) => owned.env(k, v),
            None => owned.env_remove(k),
        };
    }
    tokio::task::spawn_blocking(move || owned.output().unwrap())
        .await
        .unwrap()
}

fn backend() -> Backend {
    match std::env::var("GUICHET_TEST_DATABASE").as_deref() {
        Ok("postgres") => Backend::Postgres,
        _ => Backend::Sqlite,
    }
}

/// A place for a database that does not exist yet (SQLite: a file name in a new
/// folder) or is empty and never migrated (PostgreSQL: a new database).
pub async fn empty_db() -> (String, DbGuard) {
    match backend() {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().unwrap();
            let url = format!("sqlite://{}", dir.path().join("restored.sqlite").display());
            (url, DbGuard::Sqlite(dir))
        }
        Backend::Postgres => {
            let base = std::env::var("GUICHET_TEST_DATABASE_URL").unwrap();
            let admin = Db::connect(&base).await.unwrap();
            let name = format!("t_{}", &guichet_store::new_token()[..16]);
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(admin.pool())
                .await
                .unwrap();
            admin.close().await;
            let (prefix, _) = base.rsplit_once('/').unwrap();
            (
                format!("{prefix}/{name}"),
                DbGuard::Postgres {
                    admin_url: base,
                    name,
                    data: tempfile::tempdir().unwrap(),
                },
            )
        }
    }
}

fn sqlite_file(url: &str) -> PathBuf {
    PathBuf::from(url.trim_start_matches("sqlite://"))
}

async fn first_id(db: &Db, table: &str) -> i64 {
    sqlx::query(&format!("SELECT MIN(id) AS id FROM {table}"))
        .fetch_one(db.pool())
        .await
        .unwrap()
        .get("id")
}

async fn schema_version(db: &Db) -> i64 {
    migrate::current_version(db).await.unwrap()
}

/// One write the store acknowledged: a registered person, or an access-log row.
#[derive(Clone, Debug)]
enum Write {
    Person { id: i64, family: String },
    Read { what: String },
}

/// Letters only: names refuse digits at the desk, the test's names look the same.
fn letters(mut n: usize) -> String {
    let mut s = String::new();
    loop {
        s.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
        if n == 0 {
            return s;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_under_write_load_keeps_every_write_acknowledged_before_it_and_an_intact_log() {
    let started = Instant::now();
    let (db, url, _guard) = test_db_with_url().await;
    let now = chrono::Utc::now().timestamp();
    guichet::demo::seed(&db, now).await.unwrap();
    let team = TeamId::new(first_id(&db, "teams").await);
    let user = UserId::new(first_id(&db, "users").await);
    // Files already there (as many as in a large organisation), so that the copy takes a
    // while, as it does in real use, and the writer keeps writing during it.
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) \
         INSERT INTO persons (given_names, family_name, name_key, created_at) \
         SELECT 'Dossier', 'Existant', 'dossier existant', $1 FROM n",
    )
    .bind(now)
    .execute(db.pool())
    .await
    .unwrap();
    let data = _guard.data_dir();

    // The writer: a person, then a read of their file in the access log, again and again;
    // a write counts once the store has answered that it is committed.
    let acked: Arc<Mutex<Vec<Write>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (db, acked, stop) = (db.clone(), acked.clone(), stop.clone());
        tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                n += 1;
                let family = format!("Sauvegarde {}", letters(n));
                let id = persons::seed(&db, "Test", &family, team, now)
                    .await
                    .unwrap();
                acked.lock().unwrap().push(Write::Person {
                    id: id.get(),
                    family,
                });
                let what = format!("person {n}");
                access_log::record(
                    &db,
                    user,
                    PersonId::new(id.get()),
                    Action::Read,
                    &what,
                    "",
                    now,
                )
                .await
                .unwrap();
                acked.lock().unwrap().push(Write::Read { what });
            }
        })
    };
    while acked.lock().unwrap().len() < 300 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }

    let dest = data.join("copy-off-the-machine.backup");
    let before: Vec<Write> = acked.lock().unwrap().clone();
    let backup_started = Instant::now();
    let out = run(guichet(&url, data).arg("backup").arg(&dest)).await;
    let backup_took = backup_started.elapsed();
    let during = acked.lock().unwrap().len() - before.len();
    stop.store(true, Ordering::Relaxed);
    writer.await.unwrap();
    assert!(out.status.success(), "backup: {}", text(&out));
    assert!(
        text(&out).contains("Backup written"),
        "backup: {}",
        text(&out)
    );
    assert!(
        during > 0,
        "the writer kept writing while the backup ran ({during} writes)"
    );
    // Nothing to hold personal data for anyone else on the machine.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&dest).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the backup is readable by its owner only");
    }

    // The access log's key is saved beside the copy, owner-only too.
    let key_copy = guichet::backup::key_beside(&dest);
    assert_eq!(
        std::fs::read_to_string(&key_copy).unwrap(),
        std::fs::read_to_string(data.join("access-log.key")).unwrap()
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_copy).unwrap().permissions().mode();
        assert_eq!(
            mode & 0o077,
            0,
            "the key copy is readable by its owner only"
        );
    }

    // Restored into a database of its own, with a data folder of its own (a new machine):
    // the key comes back with it, so the restored log can be checked.
    let (target, target_guard) = empty_db().await;
    let target_data = target_guard.data_dir();
    assert!(!target_data.join("access-log.key").exists());
    let out = run(guichet(&target, target_data).arg("restore").arg(&dest)).await;
    assert!(out.status.success(), "restore: {}", text(&out));
    let restored = Db::connect(&target).await.unwrap();
    assert_eq!(schema_version(&restored).await, migrate::latest_version());
    let families: HashSet<(i64, String)> = sqlx::query("SELECT id, family_name FROM persons")
        .fetch_all(restored.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get("id"), r.get("family_name")))
        .collect();
    let reads: HashSet<String> = sqlx::query("SELECT what FROM access_log")
        .fetch_all(restored.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| r.get("what"))
        .collect();
    let mut missing = Vec::new();
    for w in &before {
        let found = match w {
            Write::Person { id, family } => families.contains(&(*id, family.clone())),
            Write::Read { what } => reads.contains(what),
        };
        if !found {
            missing.push(w.clone());
        }
    }
    restored.close().await;
    assert!(
        missing.is_empty(),
        "{} of {} acknowledged writes missing from the restored copy, e.g. {:?}",
        missing.len(),
        before.len(),
        missing.first()
    );
    let said = assert_log_intact(&target, target_data).await;
    println!(
        "backup under load ({}): {} writes acknowledged before the backup, all restored; \
         {during} more while it ran ({:.2} s); {}; total {:.1} s",
        db.backend().name(),
        before.len(),
        backup_took.as_secs_f64(),
        said.trim(),
        started.elapsed().as_secs_f64()
    );
}

#[tokio::test]
async fn restore_replaces_a_database_only_with_force_and_never_while_it_is_open() {
    let (db, url, _guard) = test_db_with_url().await;
    let now = chrono::Utc::now().timestamp();
    guichet::demo::seed(&db, now).await.unwrap();
    let team = TeamId::new(first_id(&db, "teams").await);
    let kept = persons::seed(&db, "Avant", "Sauvegarde", team, now)
        .await
        .unwrap();
    let data = _guard.data_dir();
    let dest = data.join("before.backup");
    let out = run(guichet(&url, data).arg("backup").arg(&dest)).await;
    assert!(out.status.success(), "{}", text(&out));

    // A second backup never writes over the first.
    let out = run(guichet(&url, data).arg("backup").arg(&dest)).await;
    assert!(!out.status.success());
    assert!(text(&out).contains("already exists"), "{}", text(&out));

    let later = persons::seed(&db, "Apres", "Sauvegarde", team, now)
        .await
        .unwrap();
    let count = |db: Db| async move {
        sqlx::query("SELECT COUNT(*) AS n FROM persons")
            .fetch_one(db.pool())
            .await
            .unwrap()
            .get::<i64, _>("n")
    };
    let before = count(db.clone()).await;

    // Without --force: refused, nothing changed.
    let out = run(guichet(&url, data).arg("restore").arg(&dest)).await;
    assert!(!out.status.success());
    assert!(text(&out).contains("--force"), "{}", text(&out));
    assert_eq!(count(db.clone()).await, before);

    // With --force, while this test still has the database open (as a server would).
    let out = run(guichet(&url, data).args(["restore", "--force"]).arg(&dest)).await;
    assert!(!out.status.success(), "{}", text(&out));
    let said = text(&out);
    assert!(
        said.contains("open in another program") || said.contains("other connection"),
        "{said}"
    );
    assert!(said.contains("stop it first"), "{said}");
    assert_eq!(count(db.clone()).await, before);

    // Closed: the backup's state comes back.
    db.close().await;
    let out = run(guichet(&url, data).args(["restore", "--force"]).arg(&dest)).await;
    assert!(out.status.success(), "{}", text(&out));
    let db = Db::connect(&url).await.unwrap();
    let ids: HashSet<i64> = sqlx::query("SELECT id FROM persons")
        .fetch_all(db.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| r.get("id"))
        .collect();
    assert!(ids.contains(&kept.get()), "the backup's file is back");
    assert!(!ids.contains(&later.get()), "the later file is gone");
    if db.backend() == Backend::Sqlite {
        // The database that was replaced is kept beside it.
        let file = sqlite_file(&url);
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let aside: Vec<String> = std::fs::read_dir(file.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(&format!("{name}.replaced-")))
            .collect();
        assert_eq!(aside.len(), 1, "{aside:?}");
        assert!(text(&out).contains(&aside[0]), "{}", text(&out));
        let old = Db::connect(&format!(
            "sqlite://{}",
            file.parent().unwrap().join(&aside[0]).display()
        ))
        .await
        .unwrap();
        assert_eq!(count(old.clone()).await, before, "with the later file");
        old.close().await;
    }
    db.close().await;
    assert_log_intact(&url, data).await;
}

#[tokio::test]
async fn a_backup_of_a_newer_guichet_or_of_something_else_is_refused_on_restore() {
    let (db, url, _guard) = test_db_with_url().await;
    let newer = migrate::latest_version() + 1;
    sqlx::query("INSERT INTO guichet_schema (version, name, applied_at) VALUES ($1, $2, $3)")
        .bind(newer)
        .bind("from-a-newer-guichet")
        .bind(chrono::Utc::now().timestamp())
        .execute(db.pool())
        .await
        .unwrap();
    let data = _guard.data_dir();
    let dest = data.join("newer.backup");
    // Backing up is allowed (the copy is for that newer guichet).
    let out = run(guichet(&url, data).arg("backup").arg(&dest)).await;
    assert!(out.status.success(), "{}", text(&out));

    let (target, _target_guard) = empty_db().await;
    let out = run(guichet(&target, data).arg("restore").arg(&dest)).await;
    assert!(!out.status.success());
    let said = text(&out);
    assert!(
        said.contains(&format!("schema version {newer}")) && said.contains("newer guichet"),
        "{said}"
    );
    assert_target_untouched(&target).await;

    // A file that is no backup at all.
    let junk = data.join("notes.txt");
    std::fs::write(&junk, "not a database").unwrap();
    let out = run(guichet(&target, data).arg("restore").arg(&junk)).await;
    assert!(!out.status.success());
    assert!(text(&out).contains("not a"), "{}", text(&out));
    assert_target_untouched(&target).await;
}

async fn assert_target_untouched(target: &str) {
    match backend() {
        Backend::Sqlite => assert!(!sqlite_file(target).exists(), "nothing restored"),
        Backend::Postgres => {
            let db = Db::connect(target).await.unwrap();
            let tables: i64 = sqlx::query(
                "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = 'public'",
            )
            .fetch_one(db.pool())
            .await
            .unwrap()
            .get("n");
            db.close().await;
            assert_eq!(tables, 0, "nothing restored");
        }
    }
}

fn names_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn an_upgrade_keeps_a_copy_of_the_database_first_and_a_new_database_none() {
    let data = tempfile::tempdir().unwrap();
    let (url, _guard) = empty_db().await;
    let earlier = migrate::latest_version() - 1;
    let db = Db::connect(&url).await.unwrap();
    migrate::run_up_to(&db, earlier).await.unwrap();
    sqlx::query("INSERT INTO organisation (id, name, created_at) VALUES (1, $1, 0)")
        .bind("CPAS d'avant la mise à jour")
        .execute(db.pool())
        .await
        .unwrap();
    db.close().await;

    let out = run(guichet(&url, data.path()).arg("migrate")).await;
    let said = text(&out);
    assert!(out.status.success(), "{said}");
    let db = Db::connect(&url).await.unwrap();
    assert_eq!(schema_version(&db).await, migrate::latest_version());
    db.close().await;

    let copy_prefix;
    let copy = match backend() {
        Backend::Sqlite => {
            let file = sqlite_file(&url);
            copy_prefix = format!(
                "{}.before-v{earlier}-",
                file.file_name().unwrap().to_string_lossy()
            );
            let dir = file.parent().unwrap().to_path_buf();
            let found: Vec<String> = names_in(&dir)
                .into_iter()
                .filter(|n| n.starts_with(&copy_prefix) && n.ends_with(".sqlite"))
                .collect();
            assert_eq!(found.len(), 1, "{:?}", names_in(&dir));
            dir.join(&found[0])
        }
        Backend::Postgres => {
            let name = url.rsplit('/').next().unwrap();
            copy_prefix = format!("{name}.before-v{earlier}-");
            let found: Vec<String> = names_in(data.path())
                .into_iter()
                .filter(|n| n.starts_with(&copy_prefix) && n.ends_with(".dump"))
                .collect();
            assert_eq!(found.len(), 1, "{:?}", names_in(data.path()));
            data.path().join(&found[0])
        }
    };
    assert!(said.contains(&copy_prefix), "the log says where: {said}");

    // Going back is restoring that copy: the earlier schema and its data.
    let (back, _back_guard) = empty_db().await;
    let out = run(guichet(&back, data.path()).arg("restore").arg(&copy)).await;
    assert!(out.status.success(), "{}", text(&out));
    let old = Db::connect(&back).await.unwrap();
    assert_eq!(schema_version(&old).await, earlier);
    let org: String = sqlx::query("SELECT name FROM organisation")
        .fetch_one(old.pool())
        .await
        .unwrap()
        .get("name");
    assert_eq!(org, "CPAS d'avant la mise à jour");
    old.close().await;

    // A new database has nothing to keep; --no-copy keeps nothing either.
    let fresh_data = tempfile::tempdir().unwrap();
    let (fresh, _fresh_guard) = empty_db().await;
    let out = run(guichet(&fresh, fresh_data.path()).arg("migrate")).await;
    assert!(out.status.success(), "{}", text(&out));
    let (skipped, _skipped_guard) = empty_db().await;
    let db = Db::connect(&skipped).await.unwrap();
    migrate::run_up_to(&db, earlier).await.unwrap();
    db.close().await;
    let out = run(guichet(&skipped, fresh_data.path()).args(["migrate", "--no-copy"])).await;
    assert!(out.status.success(), "{}", text(&out));
    let mut beside = names_in(fresh_data.path());
    for url in [&fresh, &skipped] {
        if backend() == Backend::Sqlite {
            beside.extend(names_in(sqlite_file(url).parent().unwrap()));
        }
    }
    assert!(
        beside.iter().all(|n| !n.contains(".before-v")),
        "no copy: {beside:?}"
    );
}
