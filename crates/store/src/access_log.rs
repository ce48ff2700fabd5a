//! The access log: every read, print and export of a person's data by a staff member,
//! and every break-glass access with its reason.
//!
//! Append-only in the application (this module has no update or delete of rows, but for
//! the retention purge) and chained with a key: each row stores the hash of the previous
//! row and its own hash, an HMAC-SHA-256 with the installation's [`LogKey`] (kept outside
//! the database) of its fields and the previous hash. The chain's row (`access_log_chain`)
//! also holds the newest entry's id and hash signed with the key, and every move of the
//! chain's start (its keying, each purge) is recorded in `access_log_anchors`, itself a
//! keyed chain. So [`verify`] (`guichet verify-log`) finds, without trusting the database:
//! a row changed, removed or inserted; the newest rows cut; the oldest rows removed other
//! than by a purge; hashes recomputed without the key. [`signed_head`] and [`check_head`]
//! let an operator keep the head elsewhere and later prove that nothing after it was cut.
//! Writers first update the single chain row, which serialises them on SQLite and
//! PostgreSQL alike. docs/security.md says what is detected, and what is not.
//!
//! The log holds ids only (no names) and never feeds statistics about workers.

use crate::RunOn;
use crate::Tx;
use crate::{get_i64, get_opt_i64, get_opt_str, get_str, Db, Result, StoreError};
use guichet_domain::ids::{PersonId, UserId};
use guichet_domain::Actor;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

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

/// The installation's secret that keys the access log: 256 random bits, kept in the data
/// folder (`access-log.key`, owner-only), never in the database. Whoever can write to the
/// database but does not hold this key cannot rewrite the chain so that it verifies.
#[derive(Clone, PartialEq, Eq)]
pub struct LogKey([u8; 32]);

impl std::fmt::Debug for LogKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LogKey(…)")
    }
}

/// What [`check_key`] and [`adopt_key`] found about a key and a database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyState {
    /// The log has never been keyed (a new database, or one from before keys).
    NotYetKeyed,
    /// The log was keyed with this key.
    Matches,
    /// The log was keyed with another key.
    Other,
}

impl LogKey {
    /// A fresh random key.
    pub fn generate() -> Self {
        use rand::RngCore;
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Self(bytes)
    }

    /// The key written as 64 hexadecimal digits (the key file's content).
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// Reads 64 hexadecimal digits (surrounding white space ignored).
    pub fn from_hex(text: &str) -> Option<Self> {
        let bytes = hex::decode(text.trim()).ok()?;
        Some(Self(bytes.try_into().ok()?))
    }

    /// HMAC-SHA-256 of the parts, each followed by a line break, in hex.
    fn mac(&self, parts: &[&str]) -> String {
        // A key of any length is accepted by HMAC: this cannot fail.
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.0) else {
            return String::new();
        };
        for p in parts {
            mac.update(p.as_bytes());
            mac.update(b"\n");
        }
        hex::encode(mac.finalize().into_bytes())
    }

    /// What the database keeps to recognise the key without holding it.
    fn check(&self) -> String {
        self.mac(&["guichet access log key"])
    }

    /// The hash of one row, chained to the previous one.
    #[allow(clippy::too_many_arguments)]
    pub fn row_hash(
        &self,
        prev_hash: &str,
        at: i64,
        user_id: i64,
        person_id: i64,
        action: &str,
        what: &str,
        reason: &str,
    ) -> String {
        self.mac(&[
            "entry",
            prev_hash,
            &at.to_string(),
            &user_id.to_string(),
            &person_id.to_string(),
            action,
            what,
            reason,
        ])
    }

    fn head_mac(&self, head_id: i64, head_hash: &str) -> String {
        self.mac(&["head", &head_id.to_string(), head_hash])
    }

    fn anchor_mac(&self, prev_mac: &str, a: &AnchorMove) -> String {
        self.mac(&[
            "anchor",
            prev_mac,
            &a.at.to_string(),
            &a.kind,
            &a.last_id.to_string(),
            &a.entries.to_string(),
            &a.from_hash,
            &a.to_hash,
            &a.note,
        ])
    }

    fn exported_head_mac(&self, entry: i64, hash: &str, at: i64) -> String {
        self.mac(&["exported head", &entry.to_string(), hash, &at.to_string()])
    }
}

/// What a stored entry says: the fields its hash covers.
struct Fields {
    at: i64,
    user_id: i64,
    person_id: i64,
    action: String,
    what: String,
    reason: String,
}

impl Fields {
    fn of_row(r: &sqlx::any::AnyRow) -> Result<Self> {
        Ok(Self {
            at: get_i64(r, "at")?,
            user_id: get_i64(r, "user_id")?,
            person_id: get_i64(r, "person_id")?,
            action: get_str(r, "action")?,
            what: get_str(r, "what")?,
            reason: get_str(r, "reason")?,
        })
    }

    fn keyed_hash(&self, key: &LogKey, prev_hash: &str) -> String {
        key.row_hash(
            prev_hash,
            self.at,
            self.user_id,
            self.person_id,
            &self.action,
            &self.what,
            &self.reason,
        )
    }

    /// The hash in the unkeyed chain of guichet before keys (kept to check such a log
    /// once, when it is first keyed).
    fn legacy_hash(&self, prev_hash: &str) -> String {
        let text = format!(
            "{prev_hash}\n{}\n{}\n{}\n{}\n{}\n{}",
            self.at, self.user_id, self.person_id, self.action, self.what, self.reason
        );
        hex::encode(Sha256::digest(text.as_bytes()))
    }
}

impl Db {
    /// The access log's key, once adopted; writing or checking the log without it fails.
    pub(crate) fn log_key(&self) -> Result<&LogKey> {
        self.log_key
            .get()
            .ok_or_else(|| StoreError::LogNotWritten("the access log's key was not loaded".into()))
    }
}

/// Whether `key` is the one this database's log was keyed with (nothing is changed).
pub async fn check_key(db: &Db, key: &LogKey) -> Result<KeyState> {
    let row = sqlx::query("SELECT key_check FROM access_log_chain WHERE id = 1")
        .fetch_optional_on(db)
        .await?
        .ok_or_else(|| StoreError::Corrupt("access_log_chain".into()))?;
    let stored = get_str(&row, "key_check")?;
    Ok(if stored.is_empty() {
        KeyState::NotYetKeyed
    } else if stored == key.check() {
        KeyState::Matches
    } else {
        KeyState::Other
    })
}

/// Gives the database handle its key, after checking that the log was keyed with it.
/// A log never keyed (a new database, or one written before keys) is keyed now, in one
/// transaction: its unkeyed chain is checked first, and where it was already broken is
/// recorded with the keying (and reported by [`verify`] ever after). `WrongLogKey` when
/// the log was keyed with another key.
pub async fn adopt_key(db: &Db, key: LogKey, now: i64) -> Result<KeyState> {
    let state = check_key(db, &key).await?;
    match state {
        KeyState::Matches => {}
        KeyState::Other => return Err(StoreError::WrongLogKey),
        KeyState::NotYetKeyed => key_the_chain(db, &key, now).await?,
    }
    if let Some(existing) = db.log_key.get() {
        if *existing != key {
            return Err(StoreError::WrongLogKey);
        }
    } else {
        let _ = db.log_key.set(key);
    }
    Ok(state)
}

async fn key_the_chain(db: &Db, key: &LogKey, now: i64) -> Result<()> {
    let mut tx = db.begin().await?;
    let chain = sqlx::query(
        "UPDATE access_log_chain SET head_hash = head_hash WHERE id = 1 \
         RETURNING head_hash, anchor_hash, key_check",
    )
    .fetch_optional(&mut *tx)
    .await?
    .ok_or_else(|| StoreError::Corrupt("access_log_chain".into()))?;
    if !get_str(&chain, "key_check")?.is_empty() {
        // Another server keyed it meanwhile; adopt_key's caller checks again next start.
        tx.rollback().await?;
        return match check_key(db, key).await? {
            KeyState::Matches => Ok(()),
            _ => Err(StoreError::WrongLogKey),
        };
    }
    let anchor = get_str(&chain, "anchor_hash")?;
    let mut legacy_prev = anchor.clone();
    let mut keyed_prev = anchor.clone();
    let mut first_break: Option<i64> = None;
    let mut last_id = 0_i64;
    let mut entries = 0_i64;
    loop {
        let page = sqlx::query(
            "SELECT id, at, user_id, person_id, action, what, reason, prev_hash, hash \
             FROM access_log WHERE id > $1 ORDER BY id LIMIT $2",
        )
        .bind(last_id)
        .bind(VERIFY_PAGE)
        .fetch_all(&mut *tx)
        .await?;
        if page.is_empty() {
            break;
        }
        for r in &page {
            let id = get_i64(r, "id")?;
            let fields = Fields::of_row(r)?;
            let prev = get_str(r, "prev_hash")?;
            let stored = get_str(r, "hash")?;
            if first_break.is_none() && (fields.legacy_hash(&prev) != stored || prev != legacy_prev)
            {
                first_break = Some(id);
            }
            legacy_prev = stored;
            let hash = fields.keyed_hash(key, &keyed_prev);
            sqlx::query("UPDATE access_log SET prev_hash = $1, hash = $2 WHERE id = $3")
                .bind(&keyed_prev)
                .bind(&hash)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            keyed_prev = hash;
            last_id = id;
            entries += 1;
        }
    }
    if first_break.is_none() && get_str(&chain, "head_hash")? != legacy_prev {
        // The newest entries had been cut: the break is just after the last one.
        first_break = Some(last_id + 1);
    }
    let keyed = AnchorMove {
        id: 0,
        at: now,
        kind: "keyed".into(),
        last_id,
        entries,
        from_hash: anchor.clone(),
        to_hash: anchor,
        note: first_break.map(|id| id.to_string()).unwrap_or_default(),
    };
    let mac = key.anchor_mac("", &keyed);
    insert_anchor_move(&mut tx, &keyed, "", &mac).await?;
    sqlx::query(
        "UPDATE access_log_chain SET key_check = $1, head_hash = $2, head_id = $3, head_mac = $4 \
         WHERE id = 1",
    )
    .bind(key.check())
    .bind(&keyed_prev)
    .bind(last_id)
    .bind(key.head_mac(last_id, &keyed_prev))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

async fn insert_anchor_move(tx: &mut Tx, a: &AnchorMove, prev_mac: &str, mac: &str) -> Result<()> {
    sqlx::query(
        "INSERT INTO access_log_anchors \
         (at, kind, last_id, entries, from_hash, to_hash, note, prev_mac, mac) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(a.at)
    .bind(&a.kind)
    .bind(a.last_id)
    .bind(a.entries)
    .bind(&a.from_hash)
    .bind(&a.to_hash)
    .bind(&a.note)
    .bind(prev_mac)
    .bind(mac)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// One move of the chain's start: its keying, or a purge of old entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnchorMove {
    pub id: i64,
    pub at: i64,
    /// `keyed` or `purge`.
    pub kind: String,
    /// The newest entry removed by a purge (for `keyed`: the newest entry at keying).
    pub last_id: i64,
    /// How many entries a purge removed (for `keyed`: how many were keyed).
    pub entries: i64,
    pub from_hash: String,
    pub to_hash: String,
    /// For `keyed`: the entry where the earlier, unkeyed chain was already broken.
    pub note: String,
}

/// Removes the entries up to `last_id` (a retention purge) and records the move of the
/// chain's start, inside the caller's transaction, which must already hold the chain's row
/// (its first statement updated `access_log_chain`). Returns how many were removed.
pub(crate) async fn purge_up_to(
    db: &Db,
    tx: &mut Tx,
    last_id: i64,
    last_hash: &str,
    now: i64,
) -> Result<i64> {
    let key = db.log_key()?;
    let anchor = sqlx::query("SELECT anchor_hash FROM access_log_chain WHERE id = 1")
        .fetch_one(&mut **tx)
        .await?;
    let from_hash = get_str(&anchor, "anchor_hash")?;
    let done = sqlx::query("DELETE FROM access_log WHERE id <= $1")
        .bind(last_id)
        .execute(&mut **tx)
        .await?;
    let entries = done.rows_affected() as i64;
    let prev = sqlx::query("SELECT mac FROM access_log_anchors ORDER BY id DESC LIMIT 1")
        .fetch_optional(&mut **tx)
        .await?;
    let prev_mac = match prev {
        Some(r) => get_str(&r, "mac")?,
        None => String::new(),
    };
    let purge = AnchorMove {
        id: 0,
        at: now,
        kind: "purge".into(),
        last_id,
        entries,
        from_hash,
        to_hash: last_hash.to_owned(),
        note: String::new(),
    };
    let mac = key.anchor_mac(&prev_mac, &purge);
    insert_anchor_move(tx, &purge, &prev_mac, &mac).await?;
    sqlx::query("UPDATE access_log_chain SET anchor_hash = $1 WHERE id = 1")
        .bind(last_hash)
        .execute(&mut **tx)
        .await?;
    Ok(entries)
}

/// Appends one row to the log in its own transaction (inside a unit of work on SQLite, in
/// the unit's).
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
    let key = db.log_key()?.clone();
    if db.in_work() && db.backend() == crate::Backend::Sqlite {
        // Inside a unit of work on SQLite, which holds the database's write lock: the log
        // writer would wait for it, so the row is appended in the unit and commits with it.
        // (On PostgreSQL the writer commits it on its own, and the unit never holds the
        // chain's row, which another unit writing the same file could then wait for.)
        let mut tx = db.begin().await?;
        append(&mut tx, &key, user, person, action, what, reason, now).await?;
        tx.commit().await?;
        return Ok(());
    }
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
            tokio::spawn(group_commit(db.pool().clone(), key.clone(), rx));
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
            let mut tx = db.begin().await?;
            append(
                &mut tx, &key, p.user, p.person, p.action, &p.what, &p.reason, p.now,
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
async fn group_commit(
    pool: sqlx::AnyPool,
    key: LogKey,
    mut rx: tokio::sync::mpsc::UnboundedReceiver<Pending>,
) {
    const MOST: usize = 256;
    while let Some(first) = rx.recv().await {
        let mut batch = vec![first];
        while batch.len() < MOST {
            match rx.try_recv() {
                Ok(p) => batch.push(p),
                Err(_) => break,
            }
        }
        let result = write_batch(&pool, &key, &batch).await.map_err(|e| {
            tracing::error!(error = %e, rows = batch.len(), "access log rows not written");
            e.to_string()
        });
        for p in batch {
            let _ = p.done.send(result.clone());
        }
    }
}

async fn write_batch(pool: &sqlx::AnyPool, key: &LogKey, batch: &[Pending]) -> Result<()> {
    let mut tx = Tx::Own(pool.begin().await?);
    for p in batch {
        append(
            &mut tx, key, p.user, p.person, p.action, &p.what, &p.reason, p.now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Appends one row inside the caller's transaction (for writes that must be logged
/// together with what they do, like opening a file with a reason).
#[allow(clippy::too_many_arguments)]
pub async fn record_in(
    db: &Db,
    tx: &mut Tx,
    user: UserId,
    person: PersonId,
    action: Action,
    what: &str,
    reason: &str,
    now: i64,
) -> Result<()> {
    let key = db.log_key()?;
    append(tx, key, user, person, action, what, reason, now).await
}

#[allow(clippy::too_many_arguments)]
async fn append(
    tx: &mut Tx,
    key: &LogKey,
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
    let hash = key.row_hash(
        &prev,
        now,
        user.get(),
        person.get(),
        action.code(),
        what,
        reason,
    );
    let inserted = sqlx::query(
        "INSERT INTO access_log (at, user_id, person_id, action, what, reason, prev_hash, hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(now)
    .bind(user.get())
    .bind(person.get())
    .bind(action.code())
    .bind(what)
    .bind(reason)
    .bind(&prev)
    .bind(&hash)
    .fetch_one(&mut **tx)
    .await?;
    let id = get_i64(&inserted, "id")?;
    sqlx::query(
        "UPDATE access_log_chain SET head_hash = $1, head_id = $2, head_mac = $3 WHERE id = 1",
    )
    .bind(&hash)
    .bind(id)
    .bind(key.head_mac(id, &hash))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Where the chain breaks, if it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Break {
    /// This row was changed (its hash does not match its content and the key).
    Changed { id: i64 },
    /// The row before this one was removed, or this row was inserted: it does not
    /// follow the previous remaining row.
    Unlinked { id: i64 },
    /// The oldest entries (before `first_id`, the oldest left; `None` when none is left)
    /// were removed other than by a purge, or the record of a purge was removed.
    Trimmed { first_id: Option<i64> },
    /// The records of the chain's moves (its keying, the purges) were changed, removed or
    /// added: the first one that does not verify (`None`: none is left).
    Anchors { id: Option<i64> },
    /// The newest rows were removed or added outside guichet: the chain's signed head
    /// does not match the last row (`last_id`, `None` when the log is empty).
    Head { last_id: Option<i64> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// How many rows were checked.
    pub rows: i64,
    /// The first place where the chain breaks; `None` when the log is intact.
    pub broken: Option<Break>,
    /// The moves of the chain's start, oldest first (its keying, then each purge).
    pub moves: Vec<AnchorMove>,
    /// Where the unkeyed chain of an earlier guichet was already broken when the log was
    /// keyed (checked then; what came before the keying cannot be checked again).
    pub broken_before_keying: Option<i64>,
}

impl VerifyReport {
    pub fn intact(&self) -> bool {
        self.broken.is_none()
    }
}

const VERIFY_PAGE: i64 = 1000;

fn report(rows: i64, broken: Option<Break>, moves: Vec<AnchorMove>) -> VerifyReport {
    let broken_before_keying = moves
        .first()
        .filter(|m| m.kind == "keyed")
        .and_then(|m| m.note.parse().ok());
    VerifyReport {
        rows,
        broken,
        moves,
        broken_before_keying,
    }
}

/// Checks the whole log with the key: the records of the chain's moves, then every row
/// from the anchor, then the signed head. `WrongLogKey` when the key is not the log's.
pub async fn verify(db: &Db) -> Result<VerifyReport> {
    let key = db.log_key()?;
    if check_key(db, key).await? != KeyState::Matches {
        return Err(StoreError::WrongLogKey);
    }
    let chain = sqlx::query(
        "SELECT head_hash, anchor_hash, head_id, head_mac FROM access_log_chain WHERE id = 1",
    )
    .fetch_optional_on(db)
    .await?
    .ok_or_else(|| StoreError::Corrupt("access_log_chain".into()))?;
    let head = get_str(&chain, "head_hash")?;
    let anchor = get_str(&chain, "anchor_hash")?;

    // The moves of the start: a keyed chain of their own, beginning with the keying.
    let mut moves = Vec::new();
    let mut prev_mac = String::new();
    for r in sqlx::query(
        "SELECT id, at, kind, last_id, entries, from_hash, to_hash, note, prev_mac, mac \
         FROM access_log_anchors ORDER BY id",
    )
    .fetch_all_on(db)
    .await?
    .iter()
    {
        let m = AnchorMove {
            id: get_i64(r, "id")?,
            at: get_i64(r, "at")?,
            kind: get_str(r, "kind")?,
            last_id: get_i64(r, "last_id")?,
            entries: get_i64(r, "entries")?,
            from_hash: get_str(r, "from_hash")?,
            to_hash: get_str(r, "to_hash")?,
            note: get_str(r, "note")?,
        };
        let first_is_keying = !moves.is_empty() || m.kind == "keyed";
        if get_str(r, "prev_mac")? != prev_mac
            || get_str(r, "mac")? != key.anchor_mac(&prev_mac, &m)
            || !first_is_keying
        {
            let id = Some(m.id);
            return Ok(report(0, Some(Break::Anchors { id }), moves));
        }
        prev_mac = get_str(r, "mac")?;
        moves.push(m);
    }
    let Some(last_move) = moves.last().cloned() else {
        return Ok(report(0, Some(Break::Anchors { id: None }), moves));
    };

    let first = sqlx::query("SELECT MIN(id) AS first FROM access_log")
        .fetch_one_on(db)
        .await?;
    let first_id = get_opt_i64(&first, "first")?;
    if anchor != last_move.to_hash {
        return Ok(report(0, Some(Break::Trimmed { first_id }), moves));
    }

    let mut expected_prev = anchor;
    let mut rows = 0;
    let mut last_id: Option<i64> = None;
    loop {
        let page = sqlx::query(
            "SELECT id, at, user_id, person_id, action, what, reason, prev_hash, hash \
             FROM access_log WHERE id > $1 ORDER BY id LIMIT $2",
        )
        .bind(last_id.unwrap_or(i64::MIN))
        .bind(VERIFY_PAGE)
        .fetch_all_on(db)
        .await?;
        if page.is_empty() {
            break;
        }
        for r in &page {
            let id = get_i64(r, "id")?;
            rows += 1;
            let prev = get_str(r, "prev_hash")?;
            let stored = get_str(r, "hash")?;
            if Fields::of_row(r)?.keyed_hash(key, &prev) != stored {
                return Ok(report(rows, Some(Break::Changed { id }), moves));
            }
            if prev != expected_prev {
                // The oldest entry left does not follow the anchor: entries before it
                // were removed, not by a purge.
                let broken = if last_id.is_none() {
                    Break::Trimmed { first_id: Some(id) }
                } else {
                    Break::Unlinked { id }
                };
                return Ok(report(rows, Some(broken), moves));
            }
            expected_prev = stored;
            last_id = Some(id);
        }
    }
    // The signed head: the newest entry's id and hash, which only the key can sign.
    let head_id = get_i64(&chain, "head_id")?;
    let signed = get_str(&chain, "head_mac")? == key.head_mac(head_id, &head);
    let head_ok = signed
        && head == expected_prev
        && match last_id {
            Some(id) => id == head_id,
            None => head_id <= last_move.last_id,
        };
    let broken = (!head_ok).then_some(Break::Head { last_id });
    Ok(report(rows, broken, moves))
}

/// The log's newest entry, signed with the key, to keep somewhere else (a printout, a
/// mail to the DPO, another machine): [`check_head`] later proves that the log still
/// holds that entry unchanged, or that a purge removed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedHead {
    /// The newest entry's id (0 when the log never had one).
    pub entry: i64,
    pub hash: String,
    /// When the head was taken.
    pub at: i64,
    pub mac: String,
}

const HEAD_FIRST_LINE: &str = "guichet access log head, version 1";

impl SignedHead {
    /// A few lines of text, to keep as a file or on paper.
    pub fn to_text(&self) -> String {
        format!(
            "{HEAD_FIRST_LINE}\nentry: {}\nhash: {}\nat: {}\nsignature: {}\n",
            self.entry, self.hash, self.at, self.mac
        )
    }

    /// Reads what [`to_text`](Self::to_text) wrote; `None` if it is not such a text.
    pub fn parse(text: &str) -> Option<Self> {
        let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
        if lines.next()? != HEAD_FIRST_LINE {
            return None;
        }
        let mut field = |name: &str| -> Option<String> {
            let line = lines.next()?;
            line.strip_prefix(name)?
                .strip_prefix(':')
                .map(|v| v.trim().to_owned())
        };
        Some(Self {
            entry: field("entry")?.parse().ok()?,
            hash: field("hash")?,
            at: field("at")?.parse().ok()?,
            mac: field("signature")?,
        })
    }
}

/// The log's head now, signed with the key.
pub async fn signed_head(db: &Db, now: i64) -> Result<SignedHead> {
    let key = db.log_key()?;
    let chain = sqlx::query("SELECT head_id, head_hash FROM access_log_chain WHERE id = 1")
        .fetch_optional_on(db)
        .await?
        .ok_or_else(|| StoreError::Corrupt("access_log_chain".into()))?;
    let entry = get_i64(&chain, "head_id")?;
    let hash = get_str(&chain, "head_hash")?;
    let mac = key.exported_head_mac(entry, &hash, now);
    Ok(SignedHead {
        entry,
        hash,
        at: now,
        mac,
    })
}

/// What the log says of a head kept elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeadCheck {
    /// The entry is in the log, unchanged.
    Found,
    /// A purge removed it (the purge is on record and verifies with the rest).
    Purged,
    /// The log no longer holds the entry, and no purge removed it: entries were cut from
    /// its end (or the database was put back from a copy older than the head).
    Missing { newest: Option<i64> },
    /// The log holds an entry with that id, but not the same one.
    Different,
    /// The head was not signed with this installation's key.
    NotSigned,
}

/// Compares a head kept elsewhere with the log.
pub async fn check_head(db: &Db, head: &SignedHead) -> Result<HeadCheck> {
    let key = db.log_key()?;
    if head.mac != key.exported_head_mac(head.entry, &head.hash, head.at) {
        return Ok(HeadCheck::NotSigned);
    }
    if head.entry == 0 {
        return Ok(HeadCheck::Found);
    }
    let row = sqlx::query("SELECT hash FROM access_log WHERE id = $1")
        .bind(head.entry)
        .fetch_optional_on(db)
        .await?;
    if let Some(r) = row {
        return Ok(if get_str(&r, "hash")? == head.hash {
            HeadCheck::Found
        } else {
            HeadCheck::Different
        });
    }
    let purged = sqlx::query(
        "SELECT COUNT(*) AS n FROM access_log_anchors WHERE kind = 'purge' AND last_id >= $1",
    )
    .bind(head.entry)
    .fetch_one_on(db)
    .await?;
    if get_i64(&purged, "n")? > 0 {
        return Ok(HeadCheck::Purged);
    }
    let newest = sqlx::query("SELECT MAX(id) AS newest FROM access_log")
        .fetch_one_on(db)
        .await?;
    Ok(HeadCheck::Missing {
        newest: get_opt_i64(&newest, "newest")?,
    })
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
    q.fetch_all_on(db)
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
