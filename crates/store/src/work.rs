//! Units of work: several store calls that commit together or not at all.
//!
//! A use case of the desk (record a request and acknowledge it, book an appointment and
//! plan its reminders…) calls [`Db::begin_work`] and gets a [`Db`] whose every query runs
//! inside one transaction, and a [`Work`] to commit it. The store's functions do not
//! change: each one asks its [`Db`] for a connection ([`Db::conn`]) or a transaction of
//! its own ([`Db::begin`]). Outside a unit of work that is a connection of the pool and a
//! real transaction, as before; inside one it is the unit's connection and a savepoint,
//! so that a function's own "all or nothing" still holds within the larger one.
//!
//! The unit's connection is used by one call at a time. A store function that asked for
//! it while its caller still held it would wait for itself: it gets an error instead
//! (see [`Db::conn`]), which the tests on both databases would show.

use crate::{Backend, Db, Result, StoreError};
use sqlx::any::{AnyArguments, AnyQueryResult, AnyRow};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, Transaction};
use std::future::Future;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex as SyncMutex};
use tokio::sync::{Mutex, OwnedMappedMutexGuard, OwnedMutexGuard};

type Open = Option<Transaction<'static, Any>>;
type Held = OwnedMappedMutexGuard<Open, AnyConnection>;

/// What the [`Db`] handles of one unit of work share.
#[derive(Debug)]
pub(crate) struct Shared {
    tx: Arc<Mutex<Open>>,
    /// Savepoints of functions that ended without committing: rolled back before the
    /// unit's connection is used again (a `Drop` cannot wait for the database).
    undo: SyncMutex<Vec<String>>,
    savepoints: AtomicU32,
}

impl Shared {
    async fn hold(&self) -> Result<Held, sqlx::Error> {
        let guard = self.tx.clone().try_lock_owned().map_err(|_| {
            sqlx::Error::Protocol(
                "a store call asked for the unit of work's connection while another call of \
                 the same unit still held it"
                    .into(),
            )
        })?;
        let mut held = OwnedMutexGuard::try_map(guard, |t| t.as_mut().map(|t| &mut **t))
            .map_err(|_| sqlx::Error::Protocol("the unit of work has ended".into()))?;
        for statement in self.take_undo() {
            sqlx::query(&statement).execute(&mut *held).await?;
        }
        Ok(held)
    }

    /// The savepoints to roll back before the unit's next statement, taken.
    fn take_undo(&self) -> Vec<String> {
        match self.undo.lock() {
            Ok(mut u) => std::mem::take(&mut *u),
            Err(poisoned) => std::mem::take(&mut *poisoned.into_inner()),
        }
    }

    fn undo_later(&self, statements: [String; 2]) {
        match self.undo.lock() {
            Ok(mut u) => u.extend(statements),
            Err(poisoned) => poisoned.into_inner().extend(statements),
        }
    }
}

/// A connection for the queries of one store call.
pub enum Conn {
    Pooled(PoolConnection<Any>),
    InWork(Held),
}

impl Deref for Conn {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        match self {
            Conn::Pooled(c) => c,
            Conn::InWork(c) => c,
        }
    }
}

impl DerefMut for Conn {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        match self {
            Conn::Pooled(c) => c,
            Conn::InWork(c) => c,
        }
    }
}

/// The transaction of one store call: a real one, or a savepoint inside a unit of work.
pub enum Tx {
    Own(Transaction<'static, Any>),
    Savepoint(Savepoint),
}

/// A savepoint of a unit of work; left without commit or rollback, it is rolled back
/// before the unit's next statement.
pub struct Savepoint {
    conn: Held,
    name: String,
    shared: Arc<Shared>,
    done: bool,
}

impl Savepoint {
    async fn end(&mut self, statements: &[String]) -> Result<(), sqlx::Error> {
        self.done = true;
        for statement in statements {
            sqlx::query(statement).execute(&mut *self.conn).await?;
        }
        Ok(())
    }

    fn undo(&self) -> [String; 2] {
        [
            format!("ROLLBACK TO SAVEPOINT {}", self.name),
            format!("RELEASE SAVEPOINT {}", self.name),
        ]
    }
}

impl Drop for Savepoint {
    fn drop(&mut self) {
        if !self.done {
            self.shared.undo_later(self.undo());
        }
    }
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Own(t) => t.commit().await,
            Tx::Savepoint(mut s) => {
                let release = format!("RELEASE SAVEPOINT {}", s.name);
                s.end(&[release]).await
            }
        }
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Own(t) => t.rollback().await,
            Tx::Savepoint(mut s) => {
                let undo = s.undo();
                s.end(&undo).await
            }
        }
    }
}

impl Deref for Tx {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        match self {
            Tx::Own(t) => t,
            Tx::Savepoint(s) => &s.conn,
        }
    }
}

impl DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        match self {
            Tx::Own(t) => t,
            Tx::Savepoint(s) => &mut s.conn,
        }
    }
}

/// A unit of work begun by [`Db::begin_work`]: [`Work::commit`] keeps everything its
/// [`Db`] wrote; dropped without it, nothing of it stays.
#[must_use = "a unit of work that is not committed is rolled back"]
pub struct Work {
    /// `None` for a unit begun inside another: the outer one commits.
    shared: Option<Arc<Shared>>,
}

impl Work {
    pub async fn commit(self) -> Result<()> {
        let Some(shared) = self.shared else {
            return Ok(());
        };
        let mut guard = shared.tx.clone().try_lock_owned().map_err(|_| {
            StoreError::Db(sqlx::Error::Protocol(
                "a unit of work was committed while one of its calls still ran".into(),
            ))
        })?;
        let Some(mut tx) = guard.take() else {
            return Err(StoreError::Db(sqlx::Error::Protocol(
                "the unit of work has ended".into(),
            )));
        };
        for statement in shared.take_undo() {
            sqlx::query(&statement).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

impl Db {
    /// Begins a unit of work: the [`Db`] returned runs every store call in one
    /// transaction, kept by [`Work::commit`]. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so that a unit that reads first and writes later never fails
    /// because another desk wrote in between; others wait for it (`busy_timeout`).
    /// Begun inside another unit, it is part of that one (committed with it).
    pub async fn begin_work(&self) -> Result<(Db, Work)> {
        if self.work.is_some() {
            return Ok((self.clone(), Work { shared: None }));
        }
        let statement = match self.backend {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            Backend::Postgres => "BEGIN",
        };
        let tx = self.pool.begin_with(statement).await?;
        let shared = Arc::new(Shared {
            tx: Arc::new(Mutex::new(Some(tx))),
            undo: SyncMutex::new(Vec::new()),
            savepoints: AtomicU32::new(0),
        });
        let mut db = self.clone();
        db.work = Some(shared.clone());
        Ok((
            db,
            Work {
                shared: Some(shared),
            },
        ))
    }

    /// True inside a unit of work.
    pub fn in_work(&self) -> bool {
        self.work.is_some()
    }

    /// A connection for one call's queries: the pool's, or the unit of work's.
    pub async fn conn(&self) -> Result<Conn, sqlx::Error> {
        match &self.work {
            None => Ok(Conn::Pooled(self.pool.acquire().await?)),
            Some(w) => Ok(Conn::InWork(w.hold().await?)),
        }
    }

    /// A transaction for one call: a real one, or a savepoint inside a unit of work.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        match &self.work {
            None => Ok(Tx::Own(self.pool.begin().await?)),
            Some(w) => {
                let mut conn = w.hold().await?;
                let name = format!("s{}", w.savepoints.fetch_add(1, Ordering::Relaxed));
                sqlx::query(&format!("SAVEPOINT {name}"))
                    .execute(&mut *conn)
                    .await?;
                Ok(Tx::Savepoint(Savepoint {
                    conn,
                    name,
                    shared: w.clone(),
                    done: false,
                }))
            }
        }
    }
}

/// Writes [`RunOn`]: each of sqlx's ways to run a query, on a [`Db`]'s connection.
macro_rules! run_on {
    ($($name:ident => $run:ident -> $out:ty;)*) => {
        /// Runs a query on a [`Db`]'s connection (the pool's, or the unit of work's):
        /// `q.fetch_all_on(db)` where sqlx would say `q.fetch_all(pool)`.
        pub(crate) trait RunOn<'q> {
            $(fn $name<'a>(self, db: &'a Db)
                -> impl Future<Output = Result<$out, sqlx::Error>> + Send + 'a
            where
                'q: 'a;)*
        }

        impl<'q> RunOn<'q> for sqlx::query::Query<'q, Any, AnyArguments<'q>> {
            $(fn $name<'a>(self, db: &'a Db)
                -> impl Future<Output = Result<$out, sqlx::Error>> + Send + 'a
            where
                'q: 'a,
            {
                async move { self.$run(&mut *db.conn().await?).await }
            })*
        }
    };
}

run_on! {
    fetch_all_on => fetch_all -> Vec<AnyRow>;
    fetch_one_on => fetch_one -> AnyRow;
    fetch_optional_on => fetch_optional -> Option<AnyRow>;
    execute_on => execute -> AnyQueryResult;
}
