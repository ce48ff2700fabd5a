//! `guichet backup` and `guichet restore`, and the copy of a PostgreSQL database before
//! a schema upgrade. SQLite copies are the store's (`guichet_store::backup`, `VACUUM
//! INTO`); PostgreSQL copies are `pg_dump` archives in custom format, put back with
//! `pg_restore`. See docs/operations.md.

use anyhow::{bail, Context};
use guichet_store::access_log::LogKey;
use guichet_store::backup::{self as copies, CopyError};
use guichet_store::{migrate, Backend, Db};
use sqlx::Row;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where PostgreSQL's programs are looked for after `PATH` (Debian and Ubuntu install
/// them there, one folder per major version).
const PG_LIB: &str = "/usr/lib/postgresql";

/// `pg_dump`, `pg_restore`: on `PATH`, else the newest `/usr/lib/postgresql/*/bin`.
pub fn find_pg_tool(name: &str) -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default();
    if let Some(found) = on_path
        .into_iter()
        .map(|d| d.join(name))
        .find(|p| is_program(p))
    {
        return Some(found);
    }
    let versions: Vec<(u32, PathBuf)> = std::fs::read_dir(PG_LIB)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let major = e.file_name().to_str()?.parse::<u32>().ok()?;
            Some((major, e.path().join("bin").join(name)))
        })
        .filter(|(_, p)| is_program(p))
        .collect();
    versions
        .into_iter()
        .max_by_key(|(major, _)| *major)
        .map(|(_, p)| p)
}

fn is_program(p: &Path) -> bool {
    let Ok(meta) = p.metadata() else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.is_file() && meta.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    {
        meta.is_file()
    }
}

fn missing(name: &str) -> anyhow::Error {
    anyhow::anyhow!(
        "{name} was not found (looked on PATH and in {PG_LIB}/*/bin). Install PostgreSQL's \
         client programs, of the server's major version or newer (Debian, Ubuntu: \
         apt install postgresql-client; Fedora, RHEL: dnf install postgresql), then run this \
         again"
    )
}

/// The connection for libpq's programs: the URL without its password (which would show
/// in the list of processes), and the password for `PGPASSWORD`.
fn libpq_target(url: &str) -> (String, Option<String>) {
    let Some((scheme, rest)) = url.split_once("://") else {
        return (url.to_owned(), None);
    };
    let (authority, tail) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let Some((userinfo, host)) = authority.rsplit_once('@') else {
        return (url.to_owned(), None);
    };
    match userinfo.split_once(':') {
        Some((user, password)) => (
            format!("{scheme}://{user}@{host}{tail}"),
            Some(percent_decode(password)),
        ),
        None => (url.to_owned(), None),
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Some(b) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The database's name in a PostgreSQL URL (for naming a dump).
fn database_name(url: &str) -> String {
    let (target, _) = libpq_target(url);
    target
        .split_once("://")
        .and_then(|(_, r)| r.split_once('/'))
        .map(|(_, path)| path.split('?').next().unwrap_or_default().to_owned())
        .filter(|n| {
            !n.is_empty()
                && n.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-".contains(c))
        })
        .unwrap_or_else(|| "guichet".into())
}

/// Runs one of libpq's programs on the database; its error output on failure.
async fn run_pg(program: PathBuf, args: Vec<String>, url: &str) -> anyhow::Result<Vec<u8>> {
    let (target, password) = libpq_target(url);
    let name = program
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let output = tokio::task::spawn_blocking(move || {
        let mut c = Command::new(&program);
        c.args(&args).arg(format!("--dbname={target}"));
        if let Some(p) = password {
            c.env("PGPASSWORD", p);
        }
        c.env("PGCONNECT_TIMEOUT", "10").output()
    })
    .await?
    .with_context(|| format!("cannot run {name}"))?;
    if !output.status.success() {
        bail!(
            "{name} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(output.stdout)
}

/// Runs a program on a file only (no database); its standard output.
async fn run_on_file(program: PathBuf, args: Vec<String>) -> anyhow::Result<String> {
    let name = program
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let output = tokio::task::spawn_blocking(move || Command::new(&program).args(&args).output())
        .await?
        .with_context(|| format!("cannot run {name}"))?;
    if !output.status.success() {
        bail!("{}", String::from_utf8_lossy(&output.stderr).trim());
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// A `pg_dump` archive (custom format) of the database at `dest`, which must not exist:
/// written under a temporary name, flushed, then moved into place. Returns its size.
async fn dump_postgres(url: &str, dest: &Path) -> anyhow::Result<u64> {
    let pg_dump = find_pg_tool("pg_dump").ok_or_else(|| missing("pg_dump"))?;
    let partial = copies::prepare_destination(dest, "partial")?;
    let args = vec![
        "--format=custom".to_owned(),
        "--no-owner".to_owned(),
        format!("--file={}", partial.display()),
    ];
    let done = async {
        run_pg(pg_dump, args, url).await?;
        copies::sync_path(&partial).with_context(|| partial.display().to_string())?;
        copies::put_in_place(&partial, dest)?;
        anyhow::Ok(())
    }
    .await;
    if done.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    done?;
    Ok(std::fs::metadata(dest)?.len())
}

/// The schema version, read without creating anything (`None`: not a guichet database).
async fn schema_version(db: &Db) -> Option<i64> {
    sqlx::query("SELECT MAX(version) AS v FROM guichet_schema")
        .fetch_one(db.pool())
        .await
        .ok()?
        .try_get::<Option<i64>, _>("v")
        .ok()
        .flatten()
}

fn size(bytes: u64) -> String {
    let mb = bytes as f64 / 1_000_000.0;
    if mb >= 1.0 {
        format!("{mb:.1} MB")
    } else {
        format!("{:.0} kB", (bytes as f64 / 1000.0).max(1.0))
    }
}

/// `guichet backup DEST`.
pub async fn backup(database_url: &str, data_dir: &Path, dest: &Path) -> anyhow::Result<()> {
    if dest.symlink_metadata().is_ok() {
        bail!(
            "{} already exists: guichet never writes over a file, choose a new name",
            dest.display()
        );
    }
    let backend = Backend::from_url(database_url)?;
    if backend == Backend::Sqlite {
        let file =
            copies::sqlite_path(database_url).context("the database URL names no SQLite file")?;
        if !file.is_file() {
            bail!(
                "there is no database at {}: nothing to back up",
                file.display()
            );
        }
    }
    let db = Db::connect(database_url)
        .await
        .with_context(|| format!("cannot open {}", crate::config::redact(database_url)))?;
    let Some(version) = schema_version(&db).await else {
        db.close().await;
        bail!("this database holds no guichet data (no schema version): nothing to back up");
    };
    let bytes = match backend {
        Backend::Sqlite => copies::sqlite_copy(&db, dest).await,
        Backend::Postgres => {
            db.close().await;
            let bytes = dump_postgres(database_url, dest).await?;
            println!(
                "Backup written: {} (PostgreSQL dump, custom format, schema version {version}, {}).",
                dest.display(),
                size(bytes)
            );
            return after_backup(data_dir, dest);
        }
    };
    db.close().await;
    let bytes = bytes?;
    println!(
        "Backup written: {} (SQLite, schema version {version}, {}).",
        dest.display(),
        size(bytes)
    );
    after_backup(data_dir, dest)
}

/// Where the access log's key is saved beside a backup `dest`.
pub fn key_beside(backup: &Path) -> PathBuf {
    let mut name = backup.as_os_str().to_owned();
    name.push(".access-log.key");
    PathBuf::from(name)
}

/// Saves the access log's key beside the backup, on purpose: without it, the restored log
/// can neither be checked nor continued (docs/operations.md).
fn after_backup(data_dir: &Path, dest: &Path) -> anyhow::Result<()> {
    let key_file = crate::log_key::path(data_dir);
    match crate::log_key::read(&key_file)? {
        Some(key) => {
            let beside = key_beside(dest);
            crate::log_key::write_new(&beside, &key)?;
            println!(
                "The access log's key is saved beside it: {} (owner-only; keep both together).",
                beside.display()
            );
        }
        None => println!(
            "Warning: there is no access-log key in {} (guichet was never started with this data folder?)",
            data_dir.display()
        ),
    }
    println!(
        "Copy them off this machine, together with the files of the data folder ({}).",
        data_dir.display()
    );
    Ok(())
}

/// Before a restore changes anything: the key saved beside the backup must be able to go
/// into the data folder (a different key already there is replaced only with `--force`).
fn key_to_restore(src: &Path, data_dir: &Path, force: bool) -> anyhow::Result<Option<LogKey>> {
    let beside = key_beside(src);
    let Some(key) = crate::log_key::read(&beside)? else {
        return Ok(None);
    };
    if let Some(present) = crate::log_key::read(&crate::log_key::path(data_dir))? {
        if present != key && !force {
            bail!(
                "the data folder {} holds another access-log key than the one saved with this backup ({}): \
                 run again with --force to put the backup's key in its place (the other one is kept \
                 beside it, renamed); nothing was changed",
                data_dir.display(),
                beside.display()
            );
        }
    }
    Ok(Some(key))
}

fn put_key_back(src: &Path, data_dir: &Path, key: Option<LogKey>) -> anyhow::Result<()> {
    let Some(key) = key else {
        println!(
            "Warning: no access-log key beside the backup ({}): put the key saved with it into {} \
             before starting guichet, which refuses to start without it",
            key_beside(src).display(),
            crate::log_key::path(data_dir).display()
        );
        return Ok(());
    };
    let path = crate::log_key::path(data_dir);
    match crate::log_key::read(&path)? {
        Some(present) if present == key => return Ok(()),
        Some(_) => {
            let aside = data_dir.join(format!(
                "{}.before-restore-{}",
                crate::log_key::FILE,
                chrono::Utc::now().format("%Y%m%d-%H%M%S")
            ));
            std::fs::rename(&path, &aside)
                .with_context(|| format!("cannot move {} aside", path.display()))?;
            println!(
                "The access-log key that was there is kept as {}.",
                aside.display()
            );
        }
        None => std::fs::create_dir_all(data_dir)
            .with_context(|| format!("cannot create {}", data_dir.display()))?,
    }
    crate::log_key::write_new(&path, &key)?;
    println!(
        "The access log's key saved with the backup is back in {}.",
        path.display()
    );
    Ok(())
}

/// `guichet restore SRC [--force]`.
pub async fn restore(
    database_url: &str,
    data_dir: &Path,
    src: &Path,
    force: bool,
) -> anyhow::Result<()> {
    if !src.is_file() {
        bail!("there is no file {}", src.display());
    }
    let key = key_to_restore(src, data_dir, force)?;
    let restored = match Backend::from_url(database_url)? {
        Backend::Sqlite => restore_sqlite(database_url, src, force).await?,
        Backend::Postgres => restore_postgres(database_url, src, force).await?,
    };
    put_key_back(src, data_dir, key)?;
    let latest = migrate::latest_version();
    if restored < latest {
        println!(
            "guichet brings the schema from version {restored} up to version {latest} at its next start (after keeping a copy)."
        );
    }
    println!(
        "Put back the files of the data folder saved with this backup before starting guichet."
    );
    Ok(())
}

async fn restore_sqlite(database_url: &str, src: &Path, force: bool) -> anyhow::Result<i64> {
    let target =
        copies::sqlite_path(database_url).context("the database URL names no SQLite file")?;
    let done = copies::restore_sqlite(src, &target, force)
        .await
        .map_err(|e| match e {
            CopyError::TargetExists(t) => anyhow::anyhow!(
                "{} already holds a database, which the restore would replace. Stop guichet, \
                 then run again with --force (that database is then kept beside it, renamed); \
                 nothing was changed",
                t.display()
            ),
            CopyError::InUse(t) => anyhow::anyhow!(
                "{} is open in another program, most likely a running guichet: stop it first; \
                 nothing was changed",
                t.display()
            ),
            e => anyhow::Error::new(e).context("nothing was changed"),
        })?;
    println!(
        "Restored {} into {} (SQLite, schema version {}).",
        src.display(),
        target.display(),
        done.schema_version
    );
    if let Some(aside) = &done.replaced {
        println!(
            "The database that was there is kept as {}: remove it once guichet works.",
            aside.display()
        );
    }
    Ok(done.schema_version)
}

/// The tables an archive holds (`pg_restore --list`): refuses a file that is not a
/// custom-format dump of a guichet database.
async fn archive_tables(pg_restore: &Path, src: &Path) -> anyhow::Result<Vec<String>> {
    let list = run_on_file(
        pg_restore.to_path_buf(),
        vec!["--list".into(), src.display().to_string()],
    )
    .await
    .with_context(|| {
        format!(
            "{} is not a dump in pg_dump's custom format (made by guichet backup); nothing was changed",
            src.display()
        )
    })?;
    let tables: Vec<String> = list
        .lines()
        .filter(|l| !l.starts_with(';'))
        .filter_map(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            // "… TABLE public name owner"; "TABLE DATA public name owner" is its rows.
            let at = words.iter().position(|w| *w == "TABLE")?;
            if words.get(at + 1) != Some(&"public") {
                return None;
            }
            words.get(at + 2).map(|w| (*w).to_owned())
        })
        .collect();
    if !tables.iter().any(|t| t == "guichet_schema") {
        bail!(
            "{} is not a dump of a guichet database (no guichet_schema table); nothing was changed",
            src.display()
        );
    }
    Ok(tables)
}

/// The highest schema version in an archive's `guichet_schema` rows.
async fn archive_version(pg_restore: &Path, src: &Path) -> anyhow::Result<i64> {
    let sql = run_on_file(
        pg_restore.to_path_buf(),
        vec![
            "--data-only".into(),
            "--table=guichet_schema".into(),
            "--file=-".into(),
            src.display().to_string(),
        ],
    )
    .await?;
    Ok(copy_block_max(&sql, "guichet_schema", "version").unwrap_or(0))
}

/// The largest value of `column` in the `COPY public.<table> (…) FROM stdin;` block of
/// a plain SQL dump.
fn copy_block_max(sql: &str, table: &str, column: &str) -> Option<i64> {
    let mut lines = sql.lines();
    let header = lines.find(|l| l.starts_with(&format!("COPY public.{table} (")))?;
    let columns = header.split_once('(')?.1.split_once(')')?.0;
    let index = columns.split(',').position(|c| c.trim() == column)?;
    lines
        .take_while(|l| *l != "\\.")
        .filter_map(|l| l.split('\t').nth(index)?.parse::<i64>().ok())
        .max()
}

async fn restore_postgres(database_url: &str, src: &Path, force: bool) -> anyhow::Result<i64> {
    let pg_restore = find_pg_tool("pg_restore").ok_or_else(|| missing("pg_restore"))?;
    let dumped = archive_tables(&pg_restore, src).await?;
    let version = archive_version(&pg_restore, src).await?;
    let latest = migrate::latest_version();
    if version < 1 {
        bail!(
            "{} holds no schema version: it is not a guichet backup; nothing was changed",
            src.display()
        );
    }
    if version > latest {
        bail!(
            "{} has schema version {version}, but this guichet only knows up to version {latest}: \
             it was written by a newer guichet; restore it with that version. Nothing was changed",
            src.display()
        );
    }
    let db = Db::connect(database_url).await.with_context(|| {
        format!(
            "cannot open the database to restore into, {} (create it first, empty, e.g. with createdb)",
            crate::config::redact(database_url)
        )
    })?;
    let mut conn = db.pool().acquire().await?;
    let present: Vec<String> = sqlx::query(
        "SELECT CAST(c.relname AS TEXT) AS name FROM pg_class c \
         JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname",
    )
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| r.try_get::<String, _>("name"))
    .collect::<Result<_, _>>()?;
    if !present.is_empty() && !force {
        bail!(
            "this database is not empty ({} tables), and the restore would replace what it \
             holds. Stop guichet, then run again with --force; nothing was changed",
            present.len()
        );
    }
    // Other sessions on the database; those of a server just stopped take a moment to leave.
    let mut others: i64 = 0;
    for _ in 0..10 {
        others = sqlx::query(
            "SELECT COUNT(*) AS n FROM pg_stat_activity \
             WHERE datname = current_database() AND pid <> pg_backend_pid() \
             AND backend_type = 'client backend'",
        )
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")?;
        if others == 0 || present.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    drop(conn);
    db.close().await;
    if !present.is_empty() {
        if others > 0 {
            bail!(
                "{others} other connection(s) to this database are open, most likely a running \
                 guichet: stop it first; nothing was changed"
            );
        }
        let unknown: Vec<&str> = present
            .iter()
            .filter(|t| !dumped.contains(t))
            .map(String::as_str)
            .collect();
        if !unknown.is_empty() {
            bail!(
                "this database holds tables the backup does not know ({}), left by another \
                 guichet version: restore into a new, empty database (createdb) and point \
                 guichet at it; nothing was changed",
                unknown.join(", ")
            );
        }
    }
    run_pg(
        pg_restore,
        vec![
            "--clean".into(),
            "--if-exists".into(),
            "--no-owner".into(),
            "--single-transaction".into(),
            "--exit-on-error".into(),
            src.display().to_string(),
        ],
        database_url,
    )
    .await
    .context("the restore was undone; the database is as it was")?;
    println!(
        "Restored {} into the database {} (PostgreSQL, schema version {version}).",
        src.display(),
        crate::config::redact(database_url)
    );
    Ok(version)
}

/// Before migrations change an existing PostgreSQL database's schema: a dump into the
/// data folder with `pg_dump` when it is installed (a failure stops the upgrade), else
/// a warning that a dump is advised.
pub async fn before_upgrade_postgres(
    db: &Db,
    database_url: &str,
    data_dir: &Path,
) -> anyhow::Result<()> {
    let Some(current) = migrate::upgrade_pending(db).await? else {
        return Ok(());
    };
    let latest = migrate::latest_version();
    if find_pg_tool("pg_dump").is_none() {
        tracing::warn!(
            from = current,
            to = latest,
            "schema upgrade without a copy first: pg_dump is not installed (install PostgreSQL's client programs to get one automatically); a dump made with your own tools is advised"
        );
        return Ok(());
    }
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("cannot create the data folder {}", data_dir.display()))?;
    let dest = data_dir.join(format!(
        "{}.before-v{current}-{}.dump",
        database_name(database_url),
        chrono::Utc::now().format("%Y%m%dT%H%M%SZ")
    ));
    tracing::info!(from = current, to = latest, copy = %dest.display(), "schema upgrade: dumping the database first");
    let bytes = dump_postgres(database_url, &dest).await.with_context(|| {
        "the database was not upgraded, because the dump made before an upgrade failed; \
         nothing was changed. Fix the cause, or make a dump yourself and run \
         `guichet migrate --no-copy`"
    })?;
    tracing::info!(
        copy = %dest.display(),
        bytes,
        "dump of the database before the upgrade written; to go back to the earlier guichet, restore it"
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_leaves_the_url_for_the_environment() {
        assert_eq!(
            libpq_target("postgres://guichet:s%40cret@db:5432/g?sslmode=require"),
            (
                "postgres://guichet@db:5432/g?sslmode=require".to_owned(),
                Some("s@cret".to_owned())
            )
        );
        assert_eq!(
            libpq_target("postgres://guichet@db/g"),
            ("postgres://guichet@db/g".to_owned(), None)
        );
        assert_eq!(
            database_name("postgres://guichet:x@db:5432/cpas_wavre"),
            "cpas_wavre"
        );
        assert_eq!(database_name("postgres://db"), "guichet");
    }

    #[test]
    fn the_schema_version_is_read_from_a_dump() {
        let sql =
            "SET x = 1;\n\nCOPY public.guichet_schema (version, name, applied_at) FROM stdin;\n\
                   1\tfoundation\t100\n25\tname_forms\t200\n3\trequests\t100\n\\.\n\n";
        assert_eq!(copy_block_max(sql, "guichet_schema", "version"), Some(25));
        assert_eq!(copy_block_max("", "guichet_schema", "version"), None);
    }
}
