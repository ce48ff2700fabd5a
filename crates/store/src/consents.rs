//! Consent per purpose (SMS, email, sharing with services, health data). Every function
//! opens the file through `persons::get` first: a file one may not see gives `NotFound`.
//! The history is kept: a withdrawal fills in the record; giving again adds a new one.

use crate::{get_i64, get_opt_i64, get_str, persons, Db, Result, StoreError};
use guichet_domain::consent::{self, ConsentRecord, How, Purpose};
use guichet_domain::contact::Channel;
use guichet_domain::ids::PersonId;
use guichet_domain::Actor;

/// The person's consent records, latest given first.
pub async fn for_person(
    db: &Db,
    actor: &Actor,
    file: &persons::OpenedFile,
) -> Result<Vec<ConsentRecord>> {
    let person = file.for_actor(actor)?;
    records(db, person).await
}

/// The records without the access check: for callers that just opened the file.
pub(crate) async fn records(db: &Db, person: PersonId) -> Result<Vec<ConsentRecord>> {
    let mut conn = db.conn().await?;
    records_in(&mut conn, person).await
}

async fn records_in(
    conn: &mut sqlx::AnyConnection,
    person: PersonId,
) -> Result<Vec<ConsentRecord>> {
    let rows = sqlx::query(
        "SELECT id, purpose, given_at, given_how, withdrawn_at, withdrawn_how FROM consents \
         WHERE person_id = $1 ORDER BY given_at DESC, id DESC",
    )
    .bind(person.get())
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for r in &rows {
        let corrupt = |what: &str| StoreError::Corrupt(format!("consent {what}"));
        // A purpose this version does not know is skipped, not guessed.
        let Some(purpose) = Purpose::parse(&get_str(r, "purpose")?) else {
            continue;
        };
        let given_how = How::parse(&get_str(r, "given_how")?).ok_or_else(|| corrupt("how"))?;
        let withdrawn = match get_opt_i64(r, "withdrawn_at")? {
            None => None,
            Some(at) => Some((
                at,
                How::parse(&get_str(r, "withdrawn_how")?).ok_or_else(|| corrupt("how"))?,
            )),
        };
        out.push(ConsentRecord {
            id: get_i64(r, "id")?,
            purpose,
            given_at: get_i64(r, "given_at")?,
            given_how,
            withdrawn,
        });
    }
    Ok(out)
}

async fn insert_given(
    conn: &mut sqlx::AnyConnection,
    actor: &Actor,
    person: PersonId,
    purpose: Purpose,
    how: How,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO consents (person_id, purpose, given_at, given_how, given_by) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(person.get())
    .bind(purpose.code())
    .bind(now)
    .bind(how.code())
    .bind(actor.user_id.get())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Records that the person gives a consent. Nothing new is written when it is already
/// granted in the same way (a form sent twice); given another way (a signed paper after
/// an oral agreement), a new record keeps both. Returns whether a record was added.
pub async fn give(
    db: &Db,
    actor: &Actor,
    person: PersonId,
    purpose: Purpose,
    how: How,
    now: i64,
    seen: Option<i64>,
) -> Result<bool> {
    persons::get(db, actor, person).await?;
    let mut tx = db.begin().await?;
    persons::touch(&mut tx, person, seen).await?;
    let records = records_in(&mut tx, person).await?;
    if let Some(r) = consent::latest(&records, purpose) {
        if !r.is_withdrawn() && r.given_how == how {
            return Ok(false);
        }
    }
    insert_given(&mut tx, actor, person, purpose, how, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Records that the person withdraws a consent, and holds back at once every message
/// of that channel still waiting to go out (acknowledgements and reminders: status
/// 'withdrawn'). Returns `false`, changing nothing, when the consent was not granted.
/// Reminders are planned again in another channel by the caller.
pub async fn withdraw(
    db: &Db,
    actor: &Actor,
    person: PersonId,
    purpose: Purpose,
    how: How,
    now: i64,
    seen: Option<i64>,
) -> Result<bool> {
    persons::get(db, actor, person).await?;
    let mut tx = db.begin().await?;
    persons::touch(&mut tx, person, seen).await?;
    let done = sqlx::query(
        "UPDATE consents SET withdrawn_at = $1, withdrawn_how = $2, withdrawn_by = $3 \
         WHERE person_id = $4 AND purpose = $5 AND withdrawn_at IS NULL",
    )
    .bind(now)
    .bind(how.code())
    .bind(actor.user_id.get())
    .bind(person.get())
    .bind(purpose.code())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    // Messages waiting for a channel the person no longer agrees to are withdrawn; a
    // referral emailed to a service goes with the consent to share, not with the
    // person's own email.
    let (channel, kinds) = match purpose {
        Purpose::Sms => (Some(Channel::Sms), "kind <> 'referral-email'"),
        Purpose::Email => (Some(Channel::Email), "kind <> 'referral-email'"),
        Purpose::ShareWithServices => (Some(Channel::Email), "kind = 'referral-email'"),
        Purpose::HealthData => (None, ""),
    };
    if let Some(channel) = channel {
        sqlx::query(&format!(
            "UPDATE outbox SET status = 'withdrawn' WHERE person_id = $1 AND channel = $2 \
             AND status = 'pending' AND {kinds}"
        ))
        .bind(person.get())
        .bind(channel.code())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// The desk confirms that the person agreed, there and then, to these purposes (an
/// explicit choice on the form, never inferred from the channels chosen). Purposes
/// already granted are left as they are; one the person had withdrawn is given again,
/// because they said so now. Returns the purposes newly recorded.
pub async fn record_agreed_at_desk(
    db: &Db,
    actor: &Actor,
    person: PersonId,
    purposes: &[Purpose],
    now: i64,
) -> Result<Vec<Purpose>> {
    persons::get(db, actor, person).await?;
    let mut tx = db.begin().await?;
    let records = records_in(&mut tx, person).await?;
    if purposes.iter().any(|p| !consent::is_granted(&records, *p)) {
        persons::touch(&mut tx, person, None).await?;
    }
    let mut added = Vec::new();
    for purpose in purposes {
        if !consent::is_granted(&records, *purpose) && !added.contains(purpose) {
            insert_given(&mut tx, actor, person, *purpose, How::Desk, now).await?;
            added.push(*purpose);
        }
    }
    tx.commit().await?;
    Ok(added)
}

/// The consents that the chosen channels need (SMS, email), in the order chosen.
pub fn messaging_purposes(channels: &[Channel]) -> Vec<Purpose> {
    channels
        .iter()
        .filter_map(|c| match c {
            Channel::Sms => Some(Purpose::Sms),
            Channel::Email => Some(Purpose::Email),
            _ => None,
        })
        .collect()
}
