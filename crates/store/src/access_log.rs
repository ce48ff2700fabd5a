//! The access log: every read, print and export of a person's data by a staff member,
//! and every break-glass access with its reason.
//!
//! Append-only in the application (this module has no update or delete of rows) and
//! hash-chained: each row stores the hash of the previous row and its own hash
//! `sha256_hex(prev_hash "\n" at "\n" user_id "\n" person_id "\n" action "\n" what "\n" reason)`,
//! so that [`verify`] (`guichet verify-log`) finds any row changed, removed or inserted
//! in the database. Writers first update the single `access_log_chain` row, which
//! serialises them on SQLite and PostgreSQL alike.
//!
//! The log holds ids only (no names) and never feeds statistics about workers.

use crate::{get_i64, get_opt_str, get_str, Db, Result, StoreError};
use guichet_domain::ids::{PersonId, UserId};
use guichet_domain::Actor;
use sha2::{Digest, Sha256};
use sqlx::{Any, Transaction};

/// What was done with the person's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A page showing the person's data.
    Read,
    /// A printout (acknowledgement, appointment card, report).
    Print,
    /// A file leaving guichet (the person's export).
    Export,
    /// A file opened with a written reason by someone whose team does not follow it.
    BreakGlass,
    /// The person's data erased at their request (the reason is kept).
    Erase,
}

impl Action {
    pub const ALL: [Action; 5] = [
        Action::Read,
        Action::Print,
        Action::Export,
        Action::BreakGlass,
        Action::Erase,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Action::Read => "read",
            Action::Print => "print",
            Action::Export => "export",
            Action::BreakGlass => "break-glass",
            Action::Erase => "erase",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// The hash of one row, chained to the previous one.
pub fn row_hash(
    prev_hash: &str,
    at: i64,
    user_id: i64,
    person_id: i64,
    action: &str,
    what: &str,
    reason: &str,
) -> String {
    let text = format!("{prev_hash}\n{at}\n{user_id}\n{person_id}\n{action}\n{what}\n{reason}");
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Appends one row to the log in its own transaction.
///
/// `what` names what was looked at in words of the application ("person",
/// "request 12", "acknowledgement 12"); `reason` is the written reason of a
/// break-glass access, empty otherwise.
pub async fn record(
    db: &Db,
    user: UserId,
    person: PersonId,
    action: Action,
    what: &str,
    reason: &str,
    now: i64,
) -> Result<()> {
    let (done, written) = tokio::sync::oneshot::channel();
    let entry = Pending {
        user,
        person,
        action,
        what: what.to_owned(),
        reason: reason.to_owned(),
        now,
        done,
    };
    let sender = db
        .log_writer
        .get_or_init(|| {
            let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
            tokio::spawn(group_commit(db.pool().clone(), rx));
            tx
        })
        .send(entry);
    match sender {
        Ok(()) => match written.await {
            Ok(result) => result.map_err(StoreError::LogNotWritten),
            Err(_) => Err(StoreError::LogNotWritten("the log writer stopped".into())),
        },
        // The writer's runtime has ended (a short-lived command): write directly.
        Err(tokio::sync::mpsc::error::SendError(p)) => {
            let mut tx = db.pool().begin().await?;
            record_in(
                &mut tx, p.user, p.person, p.action, &p.what, &p.reason, p.now,
            )
            .await?;
            tx.commit().await?;
            Ok(())
        }
    }
}

/// One row waiting for the log writer, and who waits for it to be committed.
pub(crate) struct Pending {
    user: UserId,
    person: PersonId,
    action: Action,
    what: String,
    reason: String,
    now: i64,
    done: tokio::sync::oneshot::Sender<std::result::Result<(), String>>,
}

/// The log writer: rows that arrive while a commit is under way are written together in
/// the next transaction (one commit, so one flush to disk, for all of them). Each caller
/// is answered only once its row is committed, so a page is never shown before its read
/// is on record; if the commit fails, every caller of that batch gets the error.
async fn group_commit(pool: sqlx::AnyPool, mut rx: tokio::sync::mpsc::UnboundedReceiver<Pending>) {
    const MOST: usize = 256;
    while let Some(first) = rx.recv().await {
        let mut batch = vec![first];
        while batch.len() < MOST {
            match rx.try_recv() {
                Ok(p) => batch.push(p),
                Err(_) => break,
            }
        }
        let result = write_batch(&pool, &batch).await.map_err(|e| {
            tracing::error!(error = %e, rows = batch.len(), "access log rows not written");
            e.to_string()
        });
        for p in batch {
            let _ = p.done.send(result.clone());
        }
    }
}

async fn write_batch(pool: &sqlx::AnyPool, batch: &[Pending]) -> Result<()> {
    let mut tx = pool.begin().await?;
    for p in batch {
        record_in(
            &mut tx, p.user, p.person, p.action, &p.what, &p.reason, p.now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Appends one row inside the caller's transaction (for writes that must be logged
/// together with what they do, like opening a file with a reason).
pub async fn record_in(
    tx: &mut Transaction<'static, Any>,
    user: UserId,
    person: PersonId,
    action: Action,
    what: &str,
    reason: &str,
    now: i64,
) -> Result<()> {
    // First statement of the transaction: takes the write lock on the chain's row, so
    // concurrent writers append one after the other and each sees the latest head.
    let row = sqlx::query(
        "UPDATE access_log_chain SET head_hash = head_hash WHERE id = 1 RETURNING head_hash",
    )
    .fetch_optional(&mut **tx)
    .await?
    .ok_or_else(|| StoreError::Corrupt("access_log_chain".into()))?;
    let prev = get_str(&row, "head_hash")?;
    let hash = row_hash(
        &prev,
        now,
        user.get(),
        person.get(),
        action.code(),
        what,
        reason,
    );
    sqlx::query(
        "INSERT INTO access_log (at, user_id, person_id, action, what, reason, prev_hash, hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(now)
    .bind(user.get())
    .bind(person.get())
    .bind(action.code())
    .bind(what)
    .bind(reason)
    .bind(&prev)
    .bind(&hash)
    .execute(&mut **tx)
    .await?;
    sqlx::query("UPDATE access_log_chain SET head_hash = $1 WHERE id = 1")
        .bind(&hash)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Where the chain breaks, if it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Break {
    /// This row was changed (its hash does not match its content).
    Changed { id: i64 },
    /// The row before this one was removed, or this row was inserted: it does not
    /// follow the previous remaining row.
    Unlinked { id: i64 },
    /// The newest rows were removed or added outside guichet: the chain's head does not
    /// match the last row (`last_id`, `None` when the log is empty).
    Head { last_id: Option<i64> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// How many rows were checked.
    pub rows: i64,
    /// The first place where the chain breaks; `None` when the log is intact.
    pub broken: Option<Break>,
}

impl VerifyReport {
    pub fn intact(&self) -> bool {
        self.broken.is_none()
    }
}

const VERIFY_PAGE: i64 = 1000;

/// Walks the whole log by id from the anchor and recomputes every hash.
pub async fn verify(db: &Db) -> Result<VerifyReport> {
    let chain = sqlx::query("SELECT head_hash, anchor_hash FROM access_log_chain WHERE id = 1")
        .fetch_optional(db.pool())
        .await?
        .ok_or_else(|| StoreError::Corrupt("access_log_chain".into()))?;
    let head = get_str(&chain, "head_hash")?;
    let mut expected_prev = get_str(&chain, "anchor_hash")?;
    let mut rows = 0;
    let mut last_id: Option<i64> = None;
    loop {
        let page = sqlx::query(
            "SELECT id, at, user_id, person_id, action, what, reason, prev_hash, hash \
             FROM access_log WHERE id > $1 ORDER BY id LIMIT $2",
        )
        .bind(last_id.unwrap_or(i64::MIN))
        .bind(VERIFY_PAGE)
        .fetch_all(db.pool())
        .await?;
        if page.is_empty() {
            break;
        }
        for r in &page {
            let id = get_i64(r, "id")?;
            rows += 1;
            let prev = get_str(r, "prev_hash")?;
            let stored = get_str(r, "hash")?;
            let computed = row_hash(
                &prev,
                get_i64(r, "at")?,
                get_i64(r, "user_id")?,
                get_i64(r, "person_id")?,
                &get_str(r, "action")?,
                &get_str(r, "what")?,
                &get_str(r, "reason")?,
            );
            if computed != stored {
                return Ok(VerifyReport {
                    rows,
                    broken: Some(Break::Changed { id }),
                });
            }
            if prev != expected_prev {
                return Ok(VerifyReport {
                    rows,
                    broken: Some(Break::Unlinked { id }),
                });
            }
            expected_prev = stored;
            last_id = Some(id);
        }
    }
    let broken = (head != expected_prev).then_some(Break::Head { last_id });
    Ok(VerifyReport { rows, broken })
}

/// One entry as the DPO reads it: ids of files, never names.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: i64,
    pub at: i64,
    pub user: UserId,
    /// Empty when the account is gone.
    pub user_name: String,
    pub person: PersonId,
    pub action: String,
    pub what: String,
    pub reason: String,
}

/// Which entries to list.
#[derive(Debug, Clone, Default)]
pub struct LogFilter {
    pub person: Option<PersonId>,
    pub action: Option<Action>,
}

/// The newest entries, for the DPO only (`Forbidden` for anyone else).
pub async fn list(db: &Db, actor: &Actor, filter: &LogFilter, limit: i64) -> Result<Vec<Entry>> {
    if !actor.may_read_access_log() {
        return Err(StoreError::Forbidden);
    }
    let mut sql = String::from(
        "SELECT l.id, l.at, l.user_id, u.display_name, l.person_id, l.action, l.what, l.reason \
         FROM access_log l LEFT JOIN users u ON u.id = l.user_id WHERE 1 = 1",
    );
    let mut n = 1;
    if filter.person.is_some() {
        n += 1;
        sql.push_str(&format!(" AND l.person_id = ${n}"));
    }
    if filter.action.is_some() {
        n += 1;
        sql.push_str(&format!(" AND l.action = ${n}"));
    }
    sql.push_str(" ORDER BY l.id DESC LIMIT $1");
    let mut q = sqlx::query(&sql).bind(limit);
    if let Some(p) = filter.person {
        q = q.bind(p.get());
    }
    if let Some(a) = filter.action {
        q = q.bind(a.code());
    }
    q.fetch_all(db.pool())
        .await?
        .iter()
        .map(|r| {
            Ok(Entry {
                id: get_i64(r, "id")?,
                at: get_i64(r, "at")?,
                user: UserId::new(get_i64(r, "user_id")?),
                user_name: get_opt_str(r, "display_name")?.unwrap_or_default(),
                person: PersonId::new(get_i64(r, "person_id")?),
                action: get_str(r, "action")?,
                what: get_str(r, "what")?,
                reason: get_str(r, "reason")?,
            })
        })
        .collect()
}
