//! Erasure at the person's request, and the anonymisation it shares with retention.
//!
//! The rule (written down here and explained on the erase page, `/persons/{id}/erase`):
//! - a file with an open request or a planned appointment still to come cannot be erased:
//!   the procedure must first be closed (or the appointment cancelled), because an open
//!   procedure needs the person's identity to reach them and to decide;
//! - otherwise erasure = anonymisation: the identity (names, birth date, national number
//!   and its history), every way of contact and the address, the notes, household links,
//!   consents and messages in the outbox are removed; requests keep their topic, status,
//!   team and dates only (a CPAS must keep social-aid files for the legal period),
//!   appointments their date, place and status; the access log and break-glass records
//!   are kept whole (they are the proof of who looked, and are purged by their own rule);
//!   the follow-ups stay so the teams still count the file. `persons.anonymised_at` is set.

use crate::{get_i64, get_opt_i64, persons, Db, Result, StoreError};
use guichet_domain::ids::PersonId;
use guichet_domain::Actor;
use sqlx::AnyConnection;

/// Why a file cannot be erased now.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Blockers {
    /// Requests not done, redirected or withdrawn.
    pub open_requests: i64,
    /// Planned appointments that start after `now`.
    pub future_appointments: i64,
    /// Already anonymised: nothing left to erase.
    pub already_anonymised: bool,
}

impl Blockers {
    pub fn none(&self) -> bool {
        self.open_requests == 0 && self.future_appointments == 0 && !self.already_anonymised
    }
}

async fn blockers_on(conn: &mut AnyConnection, person: PersonId, now: i64) -> Result<Blockers> {
    let open = sqlx::query(
        "SELECT COUNT(*) AS n FROM requests WHERE person_id = $1 \
         AND status NOT IN ('done', 'redirected', 'withdrawn')",
    )
    .bind(person.get())
    .fetch_one(&mut *conn)
    .await?;
    let future = sqlx::query(
        "SELECT COUNT(*) AS n FROM appointments WHERE person_id = $1 AND status = 'planned' AND starts_at > $2",
    )
    .bind(person.get())
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    let anon = sqlx::query("SELECT anonymised_at FROM persons WHERE id = $1")
        .bind(person.get())
        .fetch_one(&mut *conn)
        .await?;
    Ok(Blockers {
        open_requests: get_i64(&open, "n")?,
        future_appointments: get_i64(&future, "n")?,
        already_anonymised: get_opt_i64(&anon, "anonymised_at")?.is_some(),
    })
}

/// What stops the actor's erasure of this file now; `NotFound` if the actor may not
/// open it.
pub async fn blockers(db: &Db, actor: &Actor, person: PersonId, now: i64) -> Result<Blockers> {
    persons::get(db, actor, person).await?;
    let mut conn = db.conn().await?;
    blockers_on(&mut conn, person, now).await
}

/// Erases a file at the person's request: access checked (`NotFound`), then, in one
/// transaction, the blockers checked again and the file anonymised. `Err(Ok(blockers))`
/// when the rule refuses.
pub async fn erase(
    db: &Db,
    actor: &Actor,
    person: PersonId,
    now: i64,
) -> Result<std::result::Result<(), Blockers>> {
    persons::get(db, actor, person).await?;
    let mut tx = db.begin().await?;
    let b = blockers_on(&mut tx, person, now).await?;
    if !b.none() {
        return Ok(Err(b));
    }
    anonymise(&mut tx, person, now).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Anonymises one file inside the caller's transaction (erasure or retention purge):
/// no access check and no rule here, the caller decides. `NotFound` if there is no such
/// file. Idempotent; `anonymised_at` keeps its first value.
pub async fn anonymise(conn: &mut AnyConnection, person: PersonId, now: i64) -> Result<()> {
    let id = person.get();
    let done = sqlx::query(
        "UPDATE persons SET version = version + 1, given_names = '', family_name = '', usual_name = '', birth_year = NULL, \
         birth_month = NULL, birth_day = NULL, niss = NULL, name_key = '', channels = '', language = '', \
         language_other = '', needs = '', trusted_third = '', address_kind = 'unknown', street = '', \
         postcode = '', municipality = '', country = '', contact_address = '', \
         anonymised_at = COALESCE(anonymised_at, $2) WHERE id = $1",
    )
    .bind(id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    for sql in [
        "DELETE FROM person_niss_history WHERE person_id = $1",
        "DELETE FROM person_phones WHERE person_id = $1",
        "DELETE FROM person_emails WHERE person_id = $1",
        // An act of digital help stays countable; its note goes with the notes.
        "UPDATE assistance_acts SET note_id = NULL WHERE person_id = $1",
        "DELETE FROM notes WHERE person_id = $1",
        // The signed scan of a mandate is the person's signature: erased. The mandate
        // stays (areas, dates), as acts done under it are counted.
        "DELETE FROM mandate_scans WHERE mandate_id IN (SELECT id FROM mandates WHERE person_id = $1)",
        "DELETE FROM household_links WHERE person_id = $1 OR other_id = $1",
        "DELETE FROM consents WHERE person_id = $1",
        "DELETE FROM tasks WHERE person_id = $1",
        // A referral stays countable (service, dates, answer) but its packet is emptied.
        "UPDATE referrals SET packet = '{}' WHERE person_id = $1",
        // Messages stay countable (kind, channel, dates) but say nothing and go nowhere.
        "UPDATE outbox SET status = 'withdrawn' WHERE person_id = $1 AND status = 'pending'",
        "UPDATE outbox SET body = '', recipient = '' WHERE person_id = $1",
        "UPDATE requests SET description = '' WHERE person_id = $1",
        "UPDATE appointments SET what_to_bring = '', room = '' WHERE person_id = $1",
    ] {
        sqlx::query(sql).bind(id).execute(&mut *conn).await?;
    }
    Ok(())
}
