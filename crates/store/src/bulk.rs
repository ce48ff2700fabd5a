//! Bulk loading for generated benchmark datasets (`guichet bench-data`): multi-row
//! `INSERT`s with bound values inside big transactions, on one connection.
//!
//! Not used by the application itself. No access checks: the loader writes a whole
//! fictional dataset into an empty database.

use crate::{Backend, Db, Result};
use sqlx::pool::PoolConnection;
use sqlx::AnyConnection;
use sqlx::{Any, Executor};

/// One value of a row to insert.
#[derive(Debug, Clone)]
pub enum Value {
    Int(i64),
    Text(String),
    NullInt,
    NullText,
}

impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::Int(v)
    }
}

impl From<Option<i64>> for Value {
    fn from(v: Option<i64>) -> Self {
        v.map_or(Value::NullInt, Value::Int)
    }
}

impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::Text(v)
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::Text(v.to_owned())
    }
}

impl From<Option<String>> for Value {
    fn from(v: Option<String>) -> Self {
        v.map_or(Value::NullText, Value::Text)
    }
}

/// Bound values per statement: well below SQLite's 32,766 and PostgreSQL's 65,535.
const MAX_BINDS: usize = 8_000;

/// A connection set up for loading: on SQLite, `synchronous = OFF`, foreign-key checks
/// off and a large page cache, restored by [`Loader::finish`]. Every `commit_every`
/// rows the open transaction is committed and a new one begun.
pub struct Loader {
    conn: PoolConnection<Any>,
    backend: Backend,
    in_tx: bool,
    since_commit: usize,
    commit_every: usize,
}

impl Loader {
    pub async fn new(db: &Db) -> Result<Self> {
        let mut conn = db.pool().acquire().await?;
        if db.backend() == Backend::Sqlite {
            conn.execute(
                "PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -200000;",
            )
            .await?;
        } else {
            conn.execute("SET synchronous_commit = off").await?;
        }
        let mut l = Self {
            conn,
            backend: db.backend(),
            in_tx: false,
            since_commit: 0,
            commit_every: 500_000,
        };
        l.begin().await?;
        Ok(l)
    }

    async fn begin(&mut self) -> Result<()> {
        self.conn.execute("BEGIN").await?;
        self.in_tx = true;
        self.since_commit = 0;
        Ok(())
    }

    /// Commits what was loaded so far and begins a new transaction.
    pub async fn commit(&mut self) -> Result<()> {
        if self.in_tx {
            self.conn.execute("COMMIT").await?;
            self.in_tx = false;
        }
        self.begin().await
    }

    /// Inserts `rows` into `table`; every row has one value per column.
    pub async fn insert(
        &mut self,
        table: &str,
        columns: &[&str],
        rows: &[Vec<Value>],
    ) -> Result<()> {
        if columns.is_empty() {
            return Ok(());
        }
        let per = (MAX_BINDS / columns.len()).max(1);
        for chunk in rows.chunks(per) {
            insert_chunk(&mut self.conn, self.backend, table, columns, chunk).await?;
        }
        self.since_commit += rows.len();
        if self.since_commit >= self.commit_every {
            self.commit().await?;
        }
        Ok(())
    }

    /// Runs one statement on the loading connection (e.g. a sequence reset).
    pub async fn execute(&mut self, sql: &str) -> Result<()> {
        self.conn.execute(sql).await?;
        Ok(())
    }

    /// Commits, puts the connection's safety settings back, and lets PostgreSQL's
    /// identity columns continue after the ids that were given explicitly.
    pub async fn finish(mut self, identity_tables: &[&str]) -> Result<()> {
        if self.in_tx {
            self.conn.execute("COMMIT").await?;
            self.in_tx = false;
        }
        match self.backend {
            Backend::Sqlite => {
                self.conn
                    .execute(
                        "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; \
                         PRAGMA cache_size = -2000; PRAGMA wal_checkpoint(TRUNCATE);",
                    )
                    .await?;
            }
            Backend::Postgres => {
                for t in identity_tables {
                    self.conn
                        .execute(
                            format!(
                                "SELECT setval(pg_get_serial_sequence('{t}', 'id'), \
                                 COALESCE((SELECT MAX(id) FROM {t}), 0) + 1, false)"
                            )
                            .as_str(),
                        )
                        .await?;
                }
                self.conn.execute("SET synchronous_commit = on").await?;
                // What autovacuum would do a little later anyway: statistics for the
                // planner, and the visibility map that lets it answer from an index alone.
                self.conn.execute("VACUUM ANALYZE").await?;
            }
        }
        Ok(())
    }
}

async fn insert_chunk(
    conn: &mut AnyConnection,
    backend: Backend,
    table: &str,
    columns: &[&str],
    rows: &[Vec<Value>],
) -> Result<()> {
    // SQLite registers `$N` and `?N` in a list it searches one by one (quadratic in a
    // long statement); plain `?` is numbered in order at no cost.
    let mark = match backend {
        Backend::Sqlite => '?',
        Backend::Postgres => '$',
    };
    let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
    let mut n = 0;
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            sql.push(',');
        }
        sql.push('(');
        for j in 0..row.len() {
            if j > 0 {
                sql.push(',');
            }
            n += 1;
            sql.push(mark);
            if mark == '$' {
                sql.push_str(&n.to_string());
            }
        }
        sql.push(')');
    }
    let mut q = sqlx::query(&sql);
    for row in rows {
        for v in row {
            q = match v {
                Value::Int(i) => q.bind(*i),
                Value::Text(s) => q.bind(s.as_str()),
                Value::NullInt => q.bind(None::<i64>),
                Value::NullText => q.bind(None::<String>),
            };
        }
    }
    q.execute(&mut *conn).await?;
    Ok(())
}
