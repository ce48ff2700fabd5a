//! The paper tray: letters due to be printed and posted by the desk.
//!
//! Letters (outbox rows of the `paper-letter` channel) wait until someone makes a print
//! batch of what is due; the batch's PDF can be printed again until the batch is marked
//! posted, which marks its letters sent. Only letters to persons the actor's teams follow
//! are listed, batched, printed or posted (the same need-to-know rule as the files).

use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_str, Db, Result, StoreError};
use guichet_domain::ids::{AppointmentId, BatchId, MessageId, PersonId, RequestId, SiteId, TeamId};
use guichet_domain::{Actor, PersonAccess};

/// One letter in the tray or in a batch.
#[derive(Debug, Clone)]
pub struct TrayLetter {
    pub id: MessageId,
    pub person: PersonId,
    pub person_name: String,
    pub request: Option<RequestId>,
    pub appointment: Option<AppointmentId>,
    pub kind: String,
    pub language: String,
    /// The postal address, one line per line, as queued.
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// The site the letter speaks for: the appointment's, or the request's service's.
    pub site: Option<SiteId>,
    pub due_at: i64,
    /// Withdrawn after it was printed (an appointment cancelled, consent withdrawn…):
    /// the printed sheet must be taken out of the pile.
    pub withdrawn: bool,
    /// Set aside because it could not be laid out: why (a code the web layer words) and
    /// its detail. It waits in the tray, out of any batch, until it prints.
    pub set_aside: Option<SetAside>,
}

/// Why a letter could not be printed, as the web layer decided it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    /// E.g. "address-too-long", "uncovered".
    pub reason: String,
    /// E.g. the characters no font has and the field they are in.
    pub detail: String,
}

/// A letter the web layer laid out before a batch was made: printable (with the
/// address it was laid out with, kept so the batch prints again the same), or not.
#[derive(Debug, Clone)]
pub enum Checked {
    Prints { id: MessageId, recipient: String },
    SetAside { id: MessageId, why: SetAside },
}

/// A batch not yet posted.
#[derive(Debug, Clone)]
pub struct Batch {
    pub id: BatchId,
    pub created_at: i64,
    pub letters: i64,
    pub withdrawn: i64,
}

fn teams_of(actor: &Actor) -> Option<Vec<TeamId>> {
    match actor.person_access() {
        PersonAccess::FollowedBy(teams) => Some(teams),
        PersonAccess::None => None,
    }
}

/// `EXISTS (… f.team_id IN ($first, …))` over the actor's teams.
fn followed(teams: &[TeamId], first: usize) -> String {
    let list: Vec<String> = (0..teams.len())
        .map(|i| format!("${}", first + i))
        .collect();
    format!(
        "EXISTS (SELECT 1 FROM person_followups f WHERE f.person_id = o.person_id AND f.team_id IN ({}))",
        list.join(", ")
    )
}

const COLUMNS: &str = "o.id, o.person_id, o.request_id, o.appointment_id, o.kind, o.language, \
     o.recipient, o.subject, o.body, o.due_at, o.status, o.set_aside, o.set_aside_detail, \
     p.given_names, p.family_name, \
     COALESCE((SELECT a.site_id FROM appointments a WHERE a.id = o.appointment_id), \
     (SELECT sv.site_id FROM requests r JOIN teams t ON t.id = r.team_id \
      JOIN services sv ON sv.id = t.service_id WHERE r.id = o.request_id)) AS site_id";

fn letter(r: &sqlx::any::AnyRow) -> Result<TrayLetter> {
    let name = crate::persons::PersonSummary {
        id: PersonId::new(0),
        given_names: get_str(r, "given_names")?,
        family_name: get_str(r, "family_name")?,
    }
    .full_name();
    Ok(TrayLetter {
        id: MessageId::new(get_i64(r, "id")?),
        person: PersonId::new(get_i64(r, "person_id")?),
        person_name: name,
        request: get_opt_i64(r, "request_id")?.map(RequestId::new),
        appointment: get_opt_i64(r, "appointment_id")?.map(AppointmentId::new),
        kind: get_str(r, "kind")?,
        language: get_str(r, "language")?,
        recipient: get_str(r, "recipient")?,
        subject: get_str(r, "subject")?,
        site: get_opt_i64(r, "site_id")?.map(SiteId::new),
        body: get_str(r, "body")?,
        due_at: get_i64(r, "due_at")?,
        withdrawn: get_str(r, "status")? == "withdrawn",
        set_aside: match crate::get_opt_str(r, "set_aside")? {
            Some(reason) => Some(SetAside {
                reason,
                detail: get_str(r, "set_aside_detail")?,
            }),
            None => None,
        },
    })
}

/// Letters waiting to be printed, due before `until`, oldest first.
pub async fn waiting(db: &Db, actor: &Actor, until: i64) -> Result<Vec<TrayLetter>> {
    let Some(teams) = teams_of(actor) else {
        return Ok(Vec::new());
    };
    let sql = format!(
        "SELECT {COLUMNS} FROM outbox o JOIN persons p ON p.id = o.person_id \
         WHERE o.channel = 'paper-letter' AND o.status = 'pending' AND o.batch_id IS NULL \
         AND o.due_at < $1 AND {} ORDER BY o.due_at, o.id",
        followed(&teams, 2)
    );
    let mut q = sqlx::query(&sql).bind(until);
    for t in &teams {
        q = q.bind(t.get());
    }
    q.fetch_all_on(db).await?.iter().map(letter).collect()
}

/// Letters due later (the next days), to show what is coming: a count only.
pub async fn coming(db: &Db, actor: &Actor, from: i64) -> Result<i64> {
    let Some(teams) = teams_of(actor) else {
        return Ok(0);
    };
    let sql = format!(
        "SELECT COUNT(*) AS n FROM outbox o WHERE o.channel = 'paper-letter' AND o.status = 'pending' \
         AND o.batch_id IS NULL AND o.due_at >= $1 AND {}",
        followed(&teams, 2)
    );
    let mut q = sqlx::query(&sql).bind(from);
    for t in &teams {
        q = q.bind(t.get());
    }
    get_i64(&q.fetch_one_on(db).await?, "n")
}

/// Makes a new batch of the letters the web layer checked (those of [`waiting`]): the
/// ones that print go into it with the address they were laid out with (and lose any
/// earlier set-aside reason); the others stay waiting, set aside with their reason.
/// Only letters still waiting are taken: one batched by another desk meanwhile stays in
/// its batch. `None` when no letter went into the batch.
pub async fn make_batch(
    db: &Db,
    actor: &Actor,
    checked: &[Checked],
    now: i64,
) -> Result<Option<BatchId>> {
    let Some(teams) = teams_of(actor) else {
        return Ok(None);
    };
    // Only letters of followed files, whatever the caller passes.
    let visible: Vec<i64> = {
        let ids: Vec<i64> = checked
            .iter()
            .map(|c| match c {
                Checked::Prints { id, .. } | Checked::SetAside { id, .. } => id.get(),
            })
            .collect();
        let mut visible = Vec::new();
        for chunk in ids.chunks(500) {
            if chunk.is_empty() {
                continue;
            }
            let list: Vec<String> = (0..chunk.len()).map(|i| format!("${}", i + 1)).collect();
            let sql = format!(
                "SELECT o.id FROM outbox o WHERE o.channel = 'paper-letter' AND o.id IN ({}) AND {}",
                list.join(", "),
                followed(&teams, chunk.len() + 1)
            );
            let mut q = sqlx::query(&sql);
            for id in chunk {
                q = q.bind(*id);
            }
            for t in &teams {
                q = q.bind(t.get());
            }
            for r in q.fetch_all_on(db).await? {
                visible.push(get_i64(&r, "id")?);
            }
        }
        visible
    };
    let mut tx = db.begin().await?;
    for c in checked {
        if let Checked::SetAside { id, why } = c {
            if visible.contains(&id.get()) {
                sqlx::query(
                    "UPDATE outbox SET set_aside = $1, set_aside_detail = $2 \
                     WHERE id = $3 AND batch_id IS NULL AND status = 'pending'",
                )
                .bind(&why.reason)
                .bind(&why.detail)
                .bind(id.get())
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    let prints: Vec<(i64, &str)> = checked
        .iter()
        .filter_map(|c| match c {
            Checked::Prints { id, recipient } if visible.contains(&id.get()) => {
                Some((id.get(), recipient.as_str()))
            }
            _ => None,
        })
        .collect();
    if prints.is_empty() {
        tx.commit().await?;
        return Ok(None);
    }
    let row = sqlx::query(
        "INSERT INTO print_batches (created_at, created_by) VALUES ($1, $2) RETURNING id",
    )
    .bind(now)
    .bind(actor.user_id.get())
    .fetch_one(&mut *tx)
    .await?;
    let batch = get_i64(&row, "id")?;
    let mut taken = 0;
    for (id, recipient) in prints {
        taken += sqlx::query(
            "UPDATE outbox SET batch_id = $1, recipient = $2, set_aside = NULL, set_aside_detail = '' \
             WHERE id = $3 AND batch_id IS NULL AND status = 'pending'",
        )
        .bind(batch)
        .bind(recipient)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    }
    if taken == 0 {
        // Another desk took them all meanwhile: no empty batch.
        tx.rollback().await?;
        return Ok(None);
    }
    tx.commit().await?;
    Ok(Some(BatchId::new(batch)))
}

/// Takes letters that could not be printed out of their batch (not yet posted): they
/// wait in the tray again, set aside with their reason, and posting the batch leaves
/// them alone. Returns how many were taken out.
pub async fn set_aside_from_batch(
    db: &Db,
    actor: &Actor,
    batch: BatchId,
    letters: &[(MessageId, SetAside)],
) -> Result<usize> {
    let Some(teams) = teams_of(actor) else {
        return Err(StoreError::NotFound);
    };
    let mut tx = db.begin().await?;
    let mut n = 0;
    for (id, why) in letters {
        let sql = format!(
            "UPDATE outbox SET batch_id = NULL, set_aside = $1, set_aside_detail = $2 \
             WHERE id = $3 AND batch_id = $4 AND status = 'pending' \
             AND NOT EXISTS (SELECT 1 FROM print_batches b WHERE b.id = $4 AND b.posted_at IS NOT NULL) \
             AND {}",
            followed(&teams, 5).replace("o.person_id", "outbox.person_id")
        );
        let mut q = sqlx::query(&sql)
            .bind(&why.reason)
            .bind(&why.detail)
            .bind(id.get())
            .bind(batch.get());
        for t in &teams {
            q = q.bind(t.get());
        }
        n += q.execute(&mut *tx).await?.rows_affected() as usize;
    }
    tx.commit().await?;
    Ok(n)
}

/// Batches not yet posted that hold letters the actor may see, oldest first.
pub async fn open_batches(db: &Db, actor: &Actor) -> Result<Vec<Batch>> {
    let Some(teams) = teams_of(actor) else {
        return Ok(Vec::new());
    };
    let sql = format!(
        "SELECT b.id, b.created_at, \
         SUM(CASE WHEN o.status = 'withdrawn' THEN 0 ELSE 1 END) AS letters, \
         SUM(CASE WHEN o.status = 'withdrawn' THEN 1 ELSE 0 END) AS withdrawn \
         FROM print_batches b JOIN outbox o ON o.batch_id = b.id \
         WHERE b.posted_at IS NULL AND {} GROUP BY b.id, b.created_at ORDER BY b.id",
        followed(&teams, 1)
    );
    let mut q = sqlx::query(&sql);
    for t in &teams {
        q = q.bind(t.get());
    }
    q.fetch_all_on(db)
        .await?
        .iter()
        .map(|r| {
            Ok(Batch {
                id: BatchId::new(get_i64(r, "id")?),
                created_at: get_i64(r, "created_at")?,
                letters: get_i64(r, "letters")?,
                withdrawn: get_i64(r, "withdrawn")?,
            })
        })
        .collect()
}

/// The letters of a batch the actor may see, in print order (a posted batch can still be
/// printed again, e.g. after a paper jam). `NotFound` for a batch that does not exist or
/// holds nothing the actor may see.
pub async fn batch_letters(db: &Db, actor: &Actor, batch: BatchId) -> Result<Vec<TrayLetter>> {
    let Some(teams) = teams_of(actor) else {
        return Err(StoreError::NotFound);
    };
    let sql = format!(
        "SELECT {COLUMNS} FROM outbox o JOIN persons p ON p.id = o.person_id \
         WHERE o.batch_id = $1 AND {} ORDER BY o.due_at, o.id",
        followed(&teams, 2)
    );
    let mut q = sqlx::query(&sql).bind(batch.get());
    for t in &teams {
        q = q.bind(t.get());
    }
    let letters: Vec<TrayLetter> = q
        .fetch_all_on(db)
        .await?
        .iter()
        .map(letter)
        .collect::<Result<_>>()?;
    if letters.is_empty() {
        return Err(StoreError::NotFound);
    }
    Ok(letters)
}

/// The batch went to the post: its letters (those the actor may see, not withdrawn) are
/// sent. Returns how many; 0 when the batch was already posted (a second click, or a
/// colleague was quicker). `NotFound` when the batch holds no letter the actor may see.
pub async fn mark_posted(db: &Db, actor: &Actor, batch: BatchId, now: i64) -> Result<usize> {
    let Some(teams) = teams_of(actor) else {
        return Err(StoreError::NotFound);
    };
    let sql = format!(
        "SELECT o.id, o.status FROM outbox o WHERE o.batch_id = $1 AND {}",
        followed(&teams, 2)
    );
    let mut q = sqlx::query(&sql).bind(batch.get());
    for t in &teams {
        q = q.bind(t.get());
    }
    let rows = q.fetch_all_on(db).await?;
    if rows.is_empty() {
        return Err(StoreError::NotFound);
    }
    let mut ids = Vec::new();
    for r in &rows {
        if get_str(r, "status")? == "pending" {
            ids.push(get_i64(r, "id")?);
        }
    }
    let mut tx = db.begin().await?;
    let mut posted = 0;
    for chunk in ids.chunks(500) {
        let list: Vec<String> = (0..chunk.len()).map(|i| format!("${}", i + 2)).collect();
        let sql = format!(
            "UPDATE outbox SET status = 'sent' WHERE status = 'pending' AND batch_id = $1 AND id IN ({})",
            list.join(", ")
        );
        let mut q = sqlx::query(&sql).bind(batch.get());
        for id in chunk {
            q = q.bind(*id);
        }
        posted += q.execute(&mut *tx).await?.rows_affected() as usize;
    }
    sqlx::query(
        "UPDATE print_batches SET posted_at = $1, posted_by = $2 WHERE id = $3 AND posted_at IS NULL \
         AND NOT EXISTS (SELECT 1 FROM outbox WHERE batch_id = $3 AND status = 'pending')",
    )
    .bind(now)
    .bind(actor.user_id.get())
    .bind(batch.get())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(posted)
}
