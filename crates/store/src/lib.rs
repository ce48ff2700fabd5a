//! Persistence of guichet on SQLite (default) and PostgreSQL, behind one API.
//!
//! Every query is written once in portable SQL with `$1` placeholders and runs
//! through sqlx's `Any` driver. Queries that return person data take the acting
//! staff member ([`guichet_domain::Actor`]) and apply the access policy here, in the
//! data layer, so a forgotten route guard cannot leak a file.

pub mod access_log;
pub mod anonymise;
pub mod appointments;
pub mod assistance;
pub mod audit;
pub mod backup;
pub mod break_glass;
pub mod bulk;
pub mod calendar;
pub mod consents;
pub mod directory;
pub mod directory_imports;
pub mod disconnect;
pub mod guide;
pub mod households;
pub mod hsds_pages;
pub mod mandates;
pub mod merge;
pub mod migrate;
pub mod notes;
pub mod observatory;
pub mod org;
pub mod outbox;
pub mod paper_tray;
pub mod persons;
pub mod referrals;
pub mod report;
pub mod requests;
pub mod retention;
pub mod sessions;
pub mod skills;
pub mod templates;
pub mod throttle;
pub mod topics;
pub mod users;
pub mod walk_ins;
mod work;

pub(crate) use work::RunOn;
pub use work::{Conn, Savepoint, Tx, Work};

use sha2::{Digest, Sha256};
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Executor, Row};
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("not allowed")]
    Forbidden,
    #[error("already exists")]
    Conflict,
    /// The file changed since the form was read (another desk saved first).
    #[error("changed since it was read")]
    Changed,
    #[error(
        "this database has schema version {database}, but this guichet only knows up to version {binary}: \
         it was used by a newer guichet. Install that newer version (or restore a backup made before the upgrade); \
         nothing was changed"
    )]
    SchemaTooNew { database: i64, binary: i64 },
    /// The copy before a schema upgrade could not be written: nothing was changed.
    #[error(
        "the database was not upgraded, because the copy made before an upgrade could not be written: {0}. \
         Nothing was changed. Free some space (or fix the folder's permissions) and start again, \
         or make a copy yourself and run `guichet migrate --no-copy`"
    )]
    UpgradeCopy(String),
    #[error("unsupported database URL: use sqlite://… or postgres://…")]
    UnsupportedUrl,
    #[error("stored value is invalid: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("the access log could not be written: {0}")]
    LogNotWritten(String),
    /// The access log's key is not the one its chain was written with.
    #[error("the access log's key is not the one this database's log was written with")]
    WrongLogKey,
}

impl StoreError {
    /// The database could not be reached (no connection in time, a closed pool, the
    /// network): worth trying again in a moment, unlike an error in what was asked.
    pub fn is_unreachable(&self) -> bool {
        matches!(
            self,
            StoreError::Db(
                sqlx::Error::PoolTimedOut
                    | sqlx::Error::PoolClosed
                    | sqlx::Error::Io(_)
                    | sqlx::Error::Tls(_)
                    | sqlx::Error::WorkerCrashed
            )
        )
    }

    fn from_write(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Conflict,
            sqlx::Error::RowNotFound => StoreError::NotFound,
            _ => StoreError::Db(e),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Result<Self> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::UnsupportedUrl)
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        }
    }
}

/// A handle on the database: cheap to clone.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
    /// The access log's writer (see `access_log::record`), started on first use.
    log_writer: Arc<OnceLock<tokio::sync::mpsc::UnboundedSender<access_log::Pending>>>,
    /// The access log's key, given once by [`access_log::adopt_key`].
    log_key: Arc<OnceLock<access_log::LogKey>>,
    /// Set inside a unit of work ([`Db::begin_work`]): every query runs in its transaction.
    work: Option<Arc<work::Shared>>,
}

impl Db {
    /// Opens the database (creating an SQLite file if needed) without migrating.
    pub async fn connect(url: &str) -> Result<Self> {
        sqlx::any::install_default_drivers();
        let backend = Backend::from_url(url)?;
        let (url, max) = match backend {
            Backend::Sqlite => {
                let mut u = url.to_owned();
                if !u.contains("mode=") {
                    u.push(if u.contains('?') { '&' } else { '?' });
                    u.push_str("mode=rwc");
                }
                (u, 4)
            }
            Backend::Postgres => (url.to_owned(), 10),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers work while one writer commits; FULL makes a
                        // commit survive a power cut; foreign keys are off by default in SQLite.
                        // Reads through a memory map instead of one read() per page (the
                        // operating system's cache is shared; see docs/benchmarks.md).
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                             PRAGMA mmap_size = 1073741824;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        Ok(Self {
            pool,
            backend,
            log_writer: Arc::default(),
            log_key: Arc::default(),
            work: None,
        })
    }

    /// Opens and brings the schema up to date; refuses a database newer than this binary.
    pub async fn connect_and_migrate(url: &str) -> Result<Self> {
        let db = Self::connect(url).await?;
        migrate::run(&db).await?;
        Ok(db)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// True when the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    /// Reads one SQLite pragma (for checks and tests). `None` on PostgreSQL.
    pub async fn sqlite_pragma(&self, name: &str) -> Result<Option<String>> {
        if self.backend != Backend::Sqlite
            || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        {
            return Ok(None);
        }
        let row = sqlx::query(&format!("PRAGMA {name}"))
            .fetch_one(&self.pool)
            .await?;
        let v: String = match row.try_get::<String, _>(0) {
            Ok(s) => s,
            Err(_) => row.try_get::<i64, _>(0)?.to_string(),
        };
        Ok(Some(v))
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// SHA-256 in hex, used to store tokens so that the database never holds a usable secret.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A fresh random token (256 bits, hex).
pub fn new_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub(crate) fn get_i64(row: &AnyRow, col: &str) -> Result<i64> {
    Ok(row.try_get::<i64, _>(col)?)
}

pub(crate) fn get_str(row: &AnyRow, col: &str) -> Result<String> {
    Ok(row.try_get::<String, _>(col)?)
}

pub(crate) fn get_opt_str(row: &AnyRow, col: &str) -> Result<Option<String>> {
    Ok(row.try_get::<Option<String>, _>(col)?)
}

pub(crate) fn get_opt_i64(row: &AnyRow, col: &str) -> Result<Option<i64>> {
    Ok(row.try_get::<Option<i64>, _>(col)?)
}
