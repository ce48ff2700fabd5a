//! Delivery of the outbox: what the sending worker reads and records.
//!
//! **System-level functions.** The worker is not a staff member and has no
//! [`guichet_domain::Actor`]: these functions read the recipient, subject and body of
//! messages that were queued earlier by someone who had access (see
//! `requests::enqueue`), only to deliver them, and record what happened. They never
//! search or list person files; this is the one documented exception to "every read of
//! person data takes an Actor" (see `guichet_domain::policy`). What is shown on a person's
//! page ([`undelivered_for_person`]) goes through the usual access check.
//!
//! Claiming is atomic and portable: one `UPDATE … WHERE id IN (SELECT … LIMIT n)` that
//! also re-checks the lease on the row itself, tagged with a fresh claim token, then the
//! claimed rows are read back by that token. On PostgreSQL a second worker's `UPDATE`
//! waits for the first one's row locks and then re-checks the lease on the new row
//! version, so two workers (or two servers) never claim the same row; on SQLite writes
//! are serialised anyway.

use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_opt_str, get_str, new_token, persons, Db, Result};
use guichet_domain::ids::MessageId;
use guichet_domain::Actor;

/// Channels that a machine sends; paper letters and phone calls are done by people.
pub const MACHINE_CHANNELS: &[&str] = &["sms", "email"];

/// The appointment a message is about, for an .ics attachment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueAppointment {
    pub id: i64,
    pub starts_at: i64,
    pub minutes: i64,
    /// 'site', 'phone' or 'home'.
    pub place: String,
    /// The site's name and address (and room), empty when not at a site.
    pub place_text: String,
}

/// A claimed message: everything the sender needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub id: MessageId,
    pub idempotency_key: String,
    pub kind: String,
    /// "sms" or "email".
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub language: String,
    pub due_at: i64,
    /// Tries made before this one.
    pub attempts: i64,
    /// A message to a staff member (no person).
    pub to_staff: bool,
    pub appointment: Option<DueAppointment>,
    /// For messages to staff: their working hours (`WeeklyHours` storage format), `None`
    /// when not set (no limit).
    pub working_hours: Option<String>,
    /// For messages to staff: who (their leave holds the message too).
    pub user: Option<guichet_domain::ids::UserId>,
}

/// Claims up to `limit` messages that may be sent at `now` on one of `channels`: pending,
/// due, not waiting for a retry, and not claimed by someone else (or their lease has
/// expired). The claim lasts `lease_secs`; a worker that dies lets it expire and another
/// one takes the message again (with the same idempotency key).
pub async fn claim_due(
    db: &Db,
    now: i64,
    limit: i64,
    lease_secs: i64,
    channels: &[&str],
) -> Result<Vec<Due>> {
    let channels: Vec<&str> = channels
        .iter()
        .copied()
        .filter(|c| MACHINE_CHANNELS.contains(c))
        .collect();
    if channels.is_empty() || limit <= 0 {
        return Ok(Vec::new());
    }
    let token = new_token();
    // Channels are from the fixed list above, so they may be written into the text.
    let list = channels
        .iter()
        .map(|c| format!("'{c}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "UPDATE outbox SET claimed_until = $1, claim_token = $2 \
         WHERE status = 'pending' AND (claimed_until IS NULL OR claimed_until < $3) \
         AND id IN (SELECT id FROM outbox WHERE status = 'pending' AND channel IN ({list}) \
           AND due_at <= $3 AND (next_attempt_at IS NULL OR next_attempt_at <= $3) \
           AND (claimed_until IS NULL OR claimed_until < $3) ORDER BY due_at, id LIMIT $4)"
    );
    sqlx::query(&sql)
        .bind(now + lease_secs.max(1))
        .bind(&token)
        .bind(now)
        .bind(limit)
        .execute_on(db)
        .await?;
    let rows = sqlx::query(
        "SELECT o.id, o.idempotency_key, o.kind, o.channel, o.recipient, o.subject, o.body, \
         o.language, o.due_at, o.attempts, o.person_id, o.user_id, o.appointment_id, \
         a.starts_at, a.minutes, a.place, a.room, s.name AS site_name, s.street, s.postcode, \
         s.municipality, u.working_hours \
         FROM outbox o \
         LEFT JOIN appointments a ON a.id = o.appointment_id \
         LEFT JOIN sites s ON s.id = a.site_id \
         LEFT JOIN users u ON u.id = o.user_id \
         WHERE o.claim_token = $1 AND o.status = 'pending' ORDER BY o.due_at, o.id",
    )
    .bind(&token)
    .fetch_all_on(db)
    .await?;
    rows.iter()
        .map(|r| {
            let appointment = match get_opt_i64(r, "appointment_id")? {
                Some(id) => {
                    let mut place_text = String::new();
                    if let Some(name) = get_opt_str(r, "site_name")? {
                        place_text = format!(
                            "{name}, {}, {} {}",
                            get_opt_str(r, "street")?.unwrap_or_default(),
                            get_opt_str(r, "postcode")?.unwrap_or_default(),
                            get_opt_str(r, "municipality")?.unwrap_or_default()
                        );
                        let room = get_opt_str(r, "room")?.unwrap_or_default();
                        if !room.trim().is_empty() {
                            place_text.push_str(&format!(" ({room})"));
                        }
                    }
                    Some(DueAppointment {
                        id,
                        starts_at: get_opt_i64(r, "starts_at")?.unwrap_or_default(),
                        minutes: get_opt_i64(r, "minutes")?.unwrap_or_default(),
                        place: get_opt_str(r, "place")?.unwrap_or_default(),
                        place_text,
                    })
                }
                None => None,
            };
            Ok(Due {
                id: MessageId::new(get_i64(r, "id")?),
                idempotency_key: get_str(r, "idempotency_key")?,
                kind: get_str(r, "kind")?,
                channel: get_str(r, "channel")?,
                recipient: get_str(r, "recipient")?,
                subject: get_str(r, "subject")?,
                body: get_str(r, "body")?,
                language: get_str(r, "language")?,
                due_at: get_i64(r, "due_at")?,
                attempts: get_i64(r, "attempts")?,
                to_staff: get_opt_i64(r, "person_id")?.is_none()
                    && get_opt_i64(r, "user_id")?.is_some(),
                appointment,
                working_hours: get_opt_str(r, "working_hours")?,
                user: get_opt_i64(r, "user_id")?.map(guichet_domain::ids::UserId::new),
            })
        })
        .collect()
}

/// The provider accepted the message.
pub async fn mark_sent(db: &Db, id: MessageId, provider_ref: Option<&str>, now: i64) -> Result<()> {
    sqlx::query(
        "UPDATE outbox SET status = 'sent', sent_at = $2, provider_ref = $3, attempts = attempts + 1, \
         claimed_until = NULL, claim_token = NULL, next_attempt_at = NULL, last_error = NULL \
         WHERE id = $1 AND status = 'pending'",
    )
    .bind(id.get())
    .bind(now)
    .bind(provider_ref)
    .execute_on(db)
    .await?;
    Ok(())
}

/// A try failed; try again at `next_at`. `error` is short and technical, never personal data.
pub async fn mark_retry(db: &Db, id: MessageId, error: &str, next_at: i64) -> Result<()> {
    sqlx::query(
        "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3, \
         claimed_until = NULL, claim_token = NULL WHERE id = $1 AND status = 'pending'",
    )
    .bind(id.get())
    .bind(next_at)
    .bind(short(error))
    .execute_on(db)
    .await?;
    Ok(())
}

/// Given up (too many tries, or too old): the person's page says it was not delivered.
pub async fn mark_failed(db: &Db, id: MessageId, error: &str) -> Result<()> {
    sqlx::query(
        "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = $2, \
         claimed_until = NULL, claim_token = NULL, next_attempt_at = NULL \
         WHERE id = $1 AND status = 'pending'",
    )
    .bind(id.get())
    .bind(short(error))
    .execute_on(db)
    .await?;
    Ok(())
}

/// Quiet hours or the right to disconnect: the message waits until `at` (held, not
/// dropped; it stays pending and keeps its idempotency key).
pub async fn hold_until(db: &Db, id: MessageId, at: i64) -> Result<()> {
    sqlx::query(
        "UPDATE outbox SET due_at = $2, claimed_until = NULL, claim_token = NULL \
         WHERE id = $1 AND status = 'pending'",
    )
    .bind(id.get())
    .bind(at)
    .execute_on(db)
    .await?;
    Ok(())
}

/// Lets go of a claimed message without trying it (e.g. its channel is not configured).
pub async fn release(db: &Db, id: MessageId) -> Result<()> {
    sqlx::query(
        "UPDATE outbox SET claimed_until = NULL, claim_token = NULL WHERE id = $1 AND status = 'pending'",
    )
    .bind(id.get())
    .execute_on(db)
    .await?;
    Ok(())
}

/// How many messages are in each state (for a status line; counts only).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub pending: i64,
    /// Pending and waiting for a retry after a failed try.
    pub retrying: i64,
    pub sent: i64,
    pub failed: i64,
    pub withdrawn: i64,
}

pub async fn counts(db: &Db) -> Result<Counts> {
    let rows = sqlx::query(
        "SELECT status, COUNT(*) AS n, COUNT(CASE WHEN attempts > 0 THEN 1 END) AS retrying \
         FROM outbox GROUP BY status",
    )
    .fetch_all_on(db)
    .await?;
    let mut c = Counts::default();
    for r in &rows {
        let n = get_i64(r, "n")?;
        match get_str(r, "status")?.as_str() {
            "pending" => {
                c.pending = n;
                c.retrying = get_opt_i64(r, "retrying")?.unwrap_or_default();
            }
            "sent" => c.sent = n,
            "failed" => c.failed = n,
            "withdrawn" => c.withdrawn = n,
            _ => {}
        }
    }
    Ok(c)
}

/// A message to a person that could not be delivered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undelivered {
    pub kind: String,
    pub channel: String,
    pub recipient: String,
    pub due_at: i64,
}

/// Messages about one person that were given up (the person's page says so, in words).
pub async fn undelivered_for_person(
    db: &Db,
    actor: &Actor,
    file: &persons::OpenedFile,
) -> Result<Vec<Undelivered>> {
    let person = file.for_actor(actor)?;
    let rows = sqlx::query(
        "SELECT kind, channel, recipient, due_at FROM outbox \
         WHERE person_id = $1 AND status = 'failed' ORDER BY due_at, id",
    )
    .bind(person.get())
    .fetch_all_on(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Undelivered {
                kind: get_str(r, "kind")?,
                channel: get_str(r, "channel")?,
                recipient: get_str(r, "recipient")?,
                due_at: get_i64(r, "due_at")?,
            })
        })
        .collect()
}

fn short(error: &str) -> String {
    error.chars().take(200).collect()
}

/// Queues an email to a staff member (no person data in it: a number and where to look).
/// The worker holds it outside their working hours. `None` when they gave no address.
pub async fn enqueue_for_staff(
    db: &Db,
    user: guichet_domain::ids::UserId,
    kind: &str,
    subject: &str,
    body: &str,
    now: i64,
) -> Result<Option<MessageId>> {
    let contact = crate::users::staff_contact(db, user).await?;
    let Some(email) = contact.email.filter(|e| !e.trim().is_empty()) else {
        return Ok(None);
    };
    let row = sqlx::query(
        "INSERT INTO outbox (user_id, kind, channel, language, recipient, subject, body, status, due_at, created_at, idempotency_key) \
         VALUES ($1, $2, 'email', '', $3, $4, $5, 'pending', $6, $6, $7) RETURNING id",
    )
    .bind(user.get())
    .bind(kind)
    .bind(email)
    .bind(subject)
    .bind(body)
    .bind(now)
    .bind(new_token())
    .fetch_one_on(db)
    .await?;
    Ok(Some(MessageId::new(get_i64(&row, "id")?)))
}

/// Messages to one staff member still waiting (their account page says so).
pub async fn pending_for_staff(db: &Db, user: guichet_domain::ids::UserId) -> Result<i64> {
    let row =
        sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE user_id = $1 AND status = 'pending'")
            .bind(user.get())
            .fetch_one_on(db)
            .await?;
    get_i64(&row, "n")
}
