//! Consistent copies of an SQLite database while guichet keeps writing (`guichet backup`,
//! the copy before a schema upgrade), and putting one back (`guichet restore`).
//!
//! A plain copy of the file under load misses what is still in the `-wal` file (5 of
//! 2,593 acknowledged writes were lost that way). `VACUUM INTO` reads one snapshot of the
//! database, WAL included, on one pooled connection while the others keep writing, and
//! writes a compact file of its own (not in WAL mode: one file, nothing beside it).
//! Copies are written under a temporary name, flushed to disk, then moved into place, so
//! a copy cut short never looks complete; no existing file is ever written over.
//!
//! PostgreSQL's copies are `pg_dump`'s: the binary runs it (see `src/backup.rs`).

use crate::{migrate, Backend, Db, StoreError};
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{Connection, Row};
use std::path::{Path, PathBuf};
use std::str::FromStr;

#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    /// Copies never replace a file.
    #[error("{} already exists: guichet never writes over a file, choose a new name", .0.display())]
    Exists(PathBuf),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is not a guichet database ({detail})", path.display())]
    NotGuichet { path: PathBuf, detail: String },
    #[error("{} is damaged: the integrity check says {detail:?}", path.display())]
    Damaged { path: PathBuf, detail: String },
    #[error(
        "{} has schema version {version}, but this guichet only knows up to version {binary}: \
         it was written by a newer guichet; restore it with that version",
        path.display()
    )]
    TooNew {
        path: PathBuf,
        version: i64,
        binary: i64,
    },
    /// The place to restore into holds a database, and `force` was not given.
    #[error("{} already holds a database", .0.display())]
    TargetExists(PathBuf),
    /// Another program (a guichet server) has the database open.
    #[error("{} is open in another program (a guichet server?)", .0.display())]
    InUse(PathBuf),
    #[error("only for an SQLite database")]
    NotSqlite,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for CopyError {
    fn from(e: sqlx::Error) -> Self {
        CopyError::Store(StoreError::Db(e))
    }
}

type Result<T> = std::result::Result<T, CopyError>;

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> CopyError + '_ {
    move |source| CopyError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The file of an SQLite database URL (`sqlite://path?…`, `sqlite:path`, percent-decoded
/// as sqlx reads it); `None` for PostgreSQL or an in-memory database.
pub fn sqlite_path(url: &str) -> Option<PathBuf> {
    if Backend::from_url(url).ok()? != Backend::Sqlite {
        return None;
    }
    let options = SqliteConnectOptions::from_str(url).ok()?;
    let path = options.get_filename();
    let text = path.to_string_lossy();
    if text.is_empty() || text.starts_with("file:sqlx-in-memory") || url.contains("mode=memory") {
        return None;
    }
    Some(path.to_path_buf())
}

/// The main file of the open SQLite database (`None` on PostgreSQL or in memory).
pub async fn main_file(db: &Db) -> Result<Option<PathBuf>> {
    if db.backend() != Backend::Sqlite {
        return Ok(None);
    }
    let rows = sqlx::query("PRAGMA database_list")
        .fetch_all(db.pool())
        .await?;
    for r in rows {
        let name: String = r.try_get("name")?;
        let file: String = r.try_get("file")?;
        if name == "main" && !file.is_empty() {
            return Ok(Some(PathBuf::from(file)));
        }
    }
    Ok(None)
}

/// The name a copy is written under until it is complete: next to it, so that the
/// final move stays on one file system.
fn partial_name(dest: &Path, what: &str) -> PathBuf {
    let mut name = dest.as_os_str().to_owned();
    name.push(format!(".{what}-{}", std::process::id()));
    PathBuf::from(name)
}

/// Creates an empty file readable by its owner only (the copy holds personal data).
/// `VACUUM INTO` accepts an empty file and keeps its permissions.
fn create_private(path: &Path) -> Result<()> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path).map(drop).map_err(io(path))
}

/// Flushes a file, or a folder's list of names, to disk. Folders cannot be opened for
/// this on every system: there, as much as can be done is done.
pub fn sync_path(path: &Path) -> std::io::Result<()> {
    std::fs::File::open(path)?.sync_all()
}

fn sync_parent(path: &Path) -> Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    match sync_path(&parent) {
        Ok(()) => Ok(()),
        Err(e) if cfg!(unix) => Err(io(&parent)(e)),
        Err(_) => Ok(()),
    }
}

/// Moves a finished copy to its name, never over an existing file: a hard link fails if
/// the name is taken; where links are not possible, a check and a rename.
pub fn put_in_place(partial: &Path, dest: &Path) -> Result<()> {
    match std::fs::hard_link(partial, dest) {
        Ok(()) => std::fs::remove_file(partial).map_err(io(partial))?,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(CopyError::Exists(dest.to_path_buf()))
        }
        Err(_) => {
            if dest.symlink_metadata().is_ok() {
                return Err(CopyError::Exists(dest.to_path_buf()));
            }
            std::fs::rename(partial, dest).map_err(io(dest))?;
        }
    }
    sync_parent(dest)
}

/// Refuses a destination that exists; makes the empty, private file a copy is written
/// into, beside it.
pub fn prepare_destination(dest: &Path, what: &str) -> Result<PathBuf> {
    if dest.symlink_metadata().is_ok() {
        return Err(CopyError::Exists(dest.to_path_buf()));
    }
    let partial = partial_name(dest, what);
    // A leftover of this same process id cut short earlier: never complete, never used.
    if partial.symlink_metadata().is_ok() {
        std::fs::remove_file(&partial).map_err(io(&partial))?;
    }
    create_private(&partial)?;
    Ok(partial)
}

fn path_text(path: &Path) -> Result<&str> {
    path.to_str().ok_or_else(|| CopyError::Io {
        path: path.to_path_buf(),
        source: std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "the name must be valid UTF-8",
        ),
    })
}

/// Writes a consistent copy of the open SQLite database to `dest`, which must not exist,
/// while other connections keep writing. Returns the copy's size in bytes.
pub async fn sqlite_copy(db: &Db, dest: &Path) -> Result<u64> {
    if db.backend() != Backend::Sqlite {
        return Err(CopyError::NotSqlite);
    }
    let partial = prepare_destination(dest, "partial")?;
    let written = async {
        sqlx::query("VACUUM INTO $1")
            .bind(path_text(&partial)?)
            .execute(db.pool())
            .await?;
        // SQLite does not flush what VACUUM INTO wrote.
        sync_path(&partial).map_err(io(&partial))?;
        put_in_place(&partial, dest)
    }
    .await;
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    written?;
    Ok(std::fs::metadata(dest).map_err(io(dest))?.len())
}

/// Where the copy before a schema upgrade goes: next to the database,
/// `<db>.before-v<current>-<UTC time>.sqlite`.
pub fn before_upgrade_name(
    db_file: &Path,
    current: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> PathBuf {
    let mut name = db_file.as_os_str().to_owned();
    name.push(format!(
        ".before-v{current}-{}.sqlite",
        now.format("%Y%m%dT%H%M%SZ")
    ));
    PathBuf::from(name)
}

/// What a copy holds, read without changing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyInfo {
    pub schema_version: i64,
}

async fn open_read_only(path: &Path) -> Result<SqliteConnection> {
    if !path.is_file() {
        return Err(CopyError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
        });
    }
    let options = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .create_if_missing(false);
    SqliteConnection::connect_with(&options)
        .await
        .map_err(|e| CopyError::NotGuichet {
            path: path.to_path_buf(),
            detail: e.to_string(),
        })
}

async fn check_open(conn: &mut SqliteConnection, path: &Path) -> Result<CopyInfo> {
    let not_guichet = |detail: String| CopyError::NotGuichet {
        path: path.to_path_buf(),
        detail,
    };
    let rows = sqlx::query("PRAGMA integrity_check")
        .fetch_all(&mut *conn)
        .await
        .map_err(|e| not_guichet(e.to_string()))?;
    let verdict: Vec<String> = rows
        .iter()
        .filter_map(|r| r.try_get::<String, _>(0).ok())
        .collect();
    if verdict != ["ok"] {
        return Err(CopyError::Damaged {
            path: path.to_path_buf(),
            detail: verdict.join("; "),
        });
    }
    let has_schema: i64 = sqlx::query(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'guichet_schema'",
    )
    .fetch_one(&mut *conn)
    .await?
    .try_get(0)?;
    if has_schema == 0 {
        return Err(not_guichet("no guichet_schema table".into()));
    }
    let version: Option<i64> = sqlx::query("SELECT MAX(version) FROM guichet_schema")
        .fetch_one(&mut *conn)
        .await?
        .try_get(0)?;
    let version = version.unwrap_or(0);
    if version < 1 {
        return Err(not_guichet("no schema version recorded".into()));
    }
    let binary = migrate::latest_version();
    if version > binary {
        return Err(CopyError::TooNew {
            path: path.to_path_buf(),
            version,
            binary,
        });
    }
    Ok(CopyInfo {
        schema_version: version,
    })
}

/// Checks that `path` is a sound guichet database that this guichet can open: the
/// integrity check passes and its schema is not newer than this binary.
pub async fn check_sqlite_copy(path: &Path) -> Result<CopyInfo> {
    let mut conn = open_read_only(path).await?;
    let checked = check_open(&mut conn, path).await;
    let _ = conn.close().await;
    checked
}

/// True when another connection has the SQLite database open. Every guichet connection
/// works in WAL mode: the last connection to close removes the `-wal` file, so if it is
/// still there after this one opened and closed, someone else holds the database.
pub async fn sqlite_in_use(path: &Path) -> Result<bool> {
    let wal = with_suffix(path, "-wal");
    if wal.symlink_metadata().is_err() {
        // Nobody opened it in WAL mode since the last close (or it is not a database).
        return Ok(false);
    }
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false);
    let Ok(mut conn) = SqliteConnection::connect_with(&options).await else {
        // A file SQLite cannot open is nobody's live database.
        return Ok(false);
    };
    let _ = sqlx::query("SELECT COUNT(*) FROM sqlite_master")
        .fetch_one(&mut conn)
        .await;
    let _ = conn.close().await;
    Ok(wal.symlink_metadata().is_ok())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// What `restore_sqlite` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub schema_version: i64,
    /// Where the database that was there before went (with `force`).
    pub replaced: Option<PathBuf>,
}

/// Puts the copy `src` in place as the database file `target`.
///
/// `src` must be a sound guichet database not newer than this binary. A `target` that
/// exists is replaced only with `force`, never while another program has it open, and
/// is kept beside it as `<target>.replaced-<UTC time>.sqlite`. The copy is written
/// under a temporary name (through `VACUUM INTO`, which also takes in a `-wal` beside
/// `src`), flushed, and moved into place; stale `-wal` and `-shm` files of the target
/// are removed first, as SQLite would otherwise replay them into the restored file.
pub async fn restore_sqlite(src: &Path, target: &Path, force: bool) -> Result<Restored> {
    let mut conn = open_read_only(src).await?;
    let info = match check_open(&mut conn, src).await {
        Ok(i) => i,
        Err(e) => {
            let _ = conn.close().await;
            return Err(e);
        }
    };
    let exists = target.symlink_metadata().is_ok();
    if exists {
        if !force {
            let _ = conn.close().await;
            return Err(CopyError::TargetExists(target.to_path_buf()));
        }
        if sqlite_in_use(target).await? {
            let _ = conn.close().await;
            return Err(CopyError::InUse(target.to_path_buf()));
        }
    }
    if let Some(dir) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io(dir))?;
    }
    let partial = partial_name(target, "restoring");
    if partial.symlink_metadata().is_ok() {
        std::fs::remove_file(&partial).map_err(io(&partial))?;
    }
    create_private(&partial)?;
    let copied = async {
        sqlx::query("VACUUM INTO $1")
            .bind(path_text(&partial)?)
            .execute(&mut conn)
            .await?;
        sync_path(&partial).map_err(io(&partial))
    }
    .await;
    let _ = conn.close().await;
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    let replaced = if exists {
        let aside = with_suffix(
            target,
            &format!(
                ".replaced-{}.sqlite",
                chrono::Utc::now().format("%Y%m%dT%H%M%SZ")
            ),
        );
        if aside.symlink_metadata().is_ok() {
            let _ = std::fs::remove_file(&partial);
            return Err(CopyError::Exists(aside));
        }
        std::fs::rename(target, &aside).map_err(io(target))?;
        Some(aside)
    } else {
        None
    };
    for stale in ["-wal", "-shm", "-journal"] {
        let p = with_suffix(target, stale);
        if p.symlink_metadata().is_ok() {
            std::fs::remove_file(&p).map_err(io(&p))?;
        }
    }
    put_in_place(&partial, target)?;
    Ok(Restored {
        schema_version: info.schema_version,
        replaced,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_name_their_file() {
        assert_eq!(
            sqlite_path("sqlite://./guichet-data/guichet.sqlite"),
            Some(PathBuf::from("./guichet-data/guichet.sqlite"))
        );
        assert_eq!(
            sqlite_path("sqlite:///var/lib/guichet/g.sqlite?mode=rwc"),
            Some(PathBuf::from("/var/lib/guichet/g.sqlite"))
        );
        assert_eq!(
            sqlite_path("sqlite://my%20data/g.sqlite"),
            Some(PathBuf::from("my data/g.sqlite"))
        );
        assert_eq!(sqlite_path("sqlite::memory:"), None);
        assert_eq!(sqlite_path("postgres://guichet@db/guichet"), None);
    }

    #[test]
    fn the_copy_before_an_upgrade_is_named_after_the_version_and_the_time() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T09:05:07Z")
            .map(|t| t.to_utc())
            .ok();
        let name = at.map(|t| before_upgrade_name(Path::new("/srv/g/guichet.sqlite"), 25, t));
        assert_eq!(
            name,
            Some(PathBuf::from(
                "/srv/g/guichet.sqlite.before-v25-20260302T090507Z.sqlite"
            ))
        );
    }
}
