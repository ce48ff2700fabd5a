//! Requests and the outbox. Reading or writing a request needs access to its person's
//! file (the access policy, applied through `persons::get`).

use crate::RunOn;
use crate::{
    get_i64, get_opt_i64, get_opt_str, get_str, new_token, persons, Db, Result, StoreError,
};
use chrono::NaiveDate;
use guichet_domain::ids::{
    AppointmentId, MessageId, PersonId, RequestId, ServiceId, TeamId, UserId,
};
use guichet_domain::request::{ArrivalChannel, RequestStatus, ResponseTimes, Urgency};
use guichet_domain::{Actor, PersonAccess};

pub async fn response_times(db: &Db, service: ServiceId) -> Result<ResponseTimes> {
    let row = sqlx::query("SELECT urgent_days, normal_days, can_wait_days FROM service_response_times WHERE service_id = $1")
        .bind(service.get())
        .fetch_optional_on(db)
        .await?;
    Ok(match row {
        Some(r) => ResponseTimes {
            urgent: get_i64(&r, "urgent_days")? as u32,
            normal: get_i64(&r, "normal_days")? as u32,
            can_wait: get_i64(&r, "can_wait_days")? as u32,
        },
        None => ResponseTimes::default(),
    })
}

pub async fn set_response_times(db: &Db, service: ServiceId, t: ResponseTimes) -> Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM service_response_times WHERE service_id = $1")
        .bind(service.get())
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO service_response_times (service_id, urgent_days, normal_days, can_wait_days) VALUES ($1, $2, $3, $4)")
        .bind(service.get())
        .bind(i64::from(t.urgent))
        .bind(i64::from(t.normal))
        .bind(i64::from(t.can_wait))
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct NewRequest {
    pub person: PersonId,
    pub team: TeamId,
    pub channel: ArrivalChannel,
    pub topic: String,
    pub description: String,
    pub urgency: Urgency,
    pub promised_on: NaiveDate,
}

/// Records a request. The actor must be able to open the person's file; the chosen team
/// starts following the person if it did not already.
pub async fn create(db: &Db, actor: &Actor, new: &NewRequest, now: i64) -> Result<RequestId> {
    persons::get(db, actor, new.person).await?;
    let mut tx = db.begin().await?;
    let row = sqlx::query(
        "INSERT INTO requests (person_id, team_id, channel, topic, description, urgency, status, promised_on, created_at, created_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(new.person.get())
    .bind(new.team.get())
    .bind(new.channel.code())
    .bind(&new.topic)
    .bind(new.description.trim())
    .bind(new.urgency.code())
    .bind(RequestStatus::New.code())
    .bind(new.promised_on.format("%Y-%m-%d").to_string())
    .bind(now)
    .bind(actor.user_id.get())
    .fetch_one(&mut *tx)
    .await?;
    let id = RequestId::new(get_i64(&row, "id")?);
    sqlx::query(
        "INSERT INTO request_events (request_id, status, at, by_user) VALUES ($1, $2, $3, $4)",
    )
    .bind(id.get())
    .bind(RequestStatus::New.code())
    .bind(now)
    .bind(actor.user_id.get())
    .execute(&mut *tx)
    .await?;
    let follows = sqlx::query(
        "SELECT COUNT(*) AS n FROM person_followups WHERE person_id = $1 AND team_id = $2",
    )
    .bind(new.person.get())
    .bind(new.team.get())
    .fetch_one(&mut *tx)
    .await?;
    if get_i64(&follows, "n")? == 0 {
        sqlx::query("INSERT INTO person_followups (person_id, team_id, since) VALUES ($1, $2, $3)")
            .bind(new.person.get())
            .bind(new.team.get())
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(id)
}

#[derive(Debug, Clone)]
pub struct RequestView {
    pub id: RequestId,
    pub person: PersonId,
    pub person_name: String,
    pub team: TeamId,
    pub channel: ArrivalChannel,
    pub topic: String,
    pub description: String,
    pub urgency: Urgency,
    pub status: RequestStatus,
    pub promised_on: NaiveDate,
    pub created_at: i64,
    /// The worker the request is assigned to, with their name; `None` until someone takes it.
    pub assigned: Option<(UserId, String)>,
}

const COLUMNS: &str =
    "r.id, r.person_id, r.team_id, r.channel, r.topic, r.description, r.urgency, r.status, \
     r.promised_on, r.created_at, p.given_names, p.family_name, r.assigned_to, w.display_name AS assigned_name";

/// The tables behind [`COLUMNS`]: the request, its person, and the assigned worker if any.
const FROM: &str =
    "requests r JOIN persons p ON p.id = r.person_id LEFT JOIN users w ON w.id = r.assigned_to";

fn view(r: &sqlx::any::AnyRow) -> Result<RequestView> {
    let bad = |w: &str| StoreError::Corrupt(w.to_owned());
    let given = get_str(r, "given_names")?;
    let family = get_str(r, "family_name")?;
    Ok(RequestView {
        id: RequestId::new(get_i64(r, "id")?),
        person: PersonId::new(get_i64(r, "person_id")?),
        person_name: persons::PersonSummary {
            id: PersonId::new(0),
            given_names: given,
            family_name: family,
        }
        .full_name(),
        team: TeamId::new(get_i64(r, "team_id")?),
        channel: ArrivalChannel::parse(&get_str(r, "channel")?).ok_or_else(|| bad("channel"))?,
        topic: get_str(r, "topic")?,
        description: get_str(r, "description")?,
        urgency: Urgency::parse(&get_str(r, "urgency")?).ok_or_else(|| bad("urgency"))?,
        status: RequestStatus::parse(&get_str(r, "status")?).ok_or_else(|| bad("status"))?,
        promised_on: NaiveDate::parse_from_str(&get_str(r, "promised_on")?, "%Y-%m-%d")
            .map_err(|_| bad("date"))?,
        created_at: get_i64(r, "created_at")?,
        assigned: match get_opt_i64(r, "assigned_to")? {
            Some(id) => Some((
                UserId::new(id),
                get_opt_str(r, "assigned_name")?.unwrap_or_default(),
            )),
            None => None,
        },
    })
}

pub async fn get(db: &Db, actor: &Actor, id: RequestId) -> Result<RequestView> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM {FROM} WHERE r.id = $1"))
        .bind(id.get())
        .fetch_optional_on(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    let v = view(&row)?;
    persons::get(db, actor, v.person).await?;
    Ok(v)
}

pub async fn for_person(
    db: &Db,
    actor: &Actor,
    file: &persons::OpenedFile,
) -> Result<Vec<RequestView>> {
    let person = file.for_actor(actor)?;
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE r.person_id = $1 ORDER BY r.created_at DESC, r.id DESC"
    ))
    .bind(person.get())
    .fetch_all_on(db)
    .await?;
    rows.iter().map(view).collect()
}

/// How many open requests a team has, and how many of them are late (promised before
/// `today`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueCount {
    pub open: i64,
    pub overdue: i64,
}

/// Written as in the `requests_open` partial index (migration 20), which the databases use
/// only when the query's condition matches the index's.
const OPEN: &str = "r.status NOT IN ('done', 'redirected', 'withdrawn')";

fn queue_access(actor: &Actor, team: TeamId) -> Result<()> {
    match actor.person_access() {
        PersonAccess::FollowedBy(teams) if teams.contains(&team) => Ok(()),
        _ => Err(StoreError::NotFound),
    }
}

/// The size of a team's queue, counted on the queue's index.
pub async fn queue_count(
    db: &Db,
    actor: &Actor,
    team: TeamId,
    today: NaiveDate,
) -> Result<QueueCount> {
    queue_access(actor, team)?;
    let row = sqlx::query(&format!(
        "SELECT COUNT(*) AS open, COALESCE(SUM(CASE WHEN r.promised_on < $2 THEN 1 ELSE 0 END), 0) AS overdue \
         FROM requests r WHERE r.team_id = $1 AND {OPEN}"
    ))
    .bind(team.get())
    .bind(today.format("%Y-%m-%d").to_string())
    .fetch_one_on(db)
    .await?;
    Ok(QueueCount {
        open: get_i64(&row, "open")?,
        overdue: get_i64(&row, "overdue")?,
    })
}

/// One page of a team's open requests: late ones first, then by promised date, then
/// most urgent, then oldest. Sorted and cut in the database, so a long queue costs the
/// same as a short one.
pub async fn queue(
    db: &Db,
    actor: &Actor,
    team: TeamId,
    today: NaiveDate,
    offset: i64,
    limit: i64,
) -> Result<Vec<RequestView>> {
    queue_access(actor, team)?;
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE r.team_id = $1 AND {OPEN} \
         ORDER BY CASE WHEN r.promised_on < $2 THEN 0 ELSE 1 END, r.promised_on, \
         CASE r.urgency WHEN 'urgent' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, r.id \
         LIMIT $3 OFFSET $4"
    ))
    .bind(team.get())
    .bind(today.format("%Y-%m-%d").to_string())
    .bind(limit)
    .bind(offset)
    .fetch_all_on(db)
    .await?;
    rows.iter().map(view).collect()
}

/// Moves a request to a new status, if the move is allowed, and dates it.
pub async fn set_status(
    db: &Db,
    actor: &Actor,
    id: RequestId,
    to: RequestStatus,
    now: i64,
) -> Result<()> {
    let current = get(db, actor, id).await?;
    if !current.status.next().contains(&to) {
        return Err(StoreError::Forbidden);
    }
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE requests SET status = $1 WHERE id = $2")
        .bind(to.code())
        .bind(id.get())
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO request_events (request_id, status, at, by_user) VALUES ($1, $2, $3, $4)",
    )
    .bind(id.get())
    .bind(to.code())
    .bind(now)
    .bind(actor.user_id.get())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The acknowledgement was printed or sent: a new request becomes "acknowledged" (dated,
/// by the actor). A request already further along is left as it is. Returns whether the
/// status changed. Both databases: the `WHERE status = 'new'` makes two desks printing at
/// once move it once.
pub async fn acknowledged(db: &Db, actor: &Actor, id: RequestId, now: i64) -> Result<bool> {
    get(db, actor, id).await?;
    let mut tx = db.begin().await?;
    let done = sqlx::query("UPDATE requests SET status = $1 WHERE id = $2 AND status = $3")
        .bind(RequestStatus::Acknowledged.code())
        .bind(id.get())
        .bind(RequestStatus::New.code())
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO request_events (request_id, status, at, by_user) VALUES ($1, $2, $3, $4)",
    )
    .bind(id.get())
    .bind(RequestStatus::Acknowledged.code())
    .bind(now)
    .bind(actor.user_id.get())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// The dated history of a request: `(status, when, by whom)`.
pub async fn history(
    db: &Db,
    actor: &Actor,
    id: RequestId,
) -> Result<Vec<(RequestStatus, i64, Option<UserId>)>> {
    get(db, actor, id).await?;
    let rows = sqlx::query(
        "SELECT status, at, by_user FROM request_events WHERE request_id = $1 ORDER BY at, id",
    )
    .bind(id.get())
    .fetch_all_on(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                RequestStatus::parse(&get_str(r, "status")?)
                    .ok_or_else(|| StoreError::Corrupt("status".into()))?,
                get_i64(r, "at")?,
                get_opt_i64(r, "by_user")?.map(UserId::new),
            ))
        })
        .collect()
}

/// An outgoing message, stored before anything is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub person: PersonId,
    pub request: Option<RequestId>,
    pub appointment: Option<AppointmentId>,
    /// e.g. "acknowledgement", "reminder".
    pub kind: String,
    /// A `guichet_domain::contact::Channel` code.
    pub channel: String,
    pub language: String,
    pub recipient: String,
    /// The subject line (email); empty for other channels' use.
    pub subject: String,
    pub body: String,
    pub due_at: i64,
}

pub async fn enqueue(db: &Db, m: &Outgoing, now: i64) -> Result<MessageId> {
    let mut conn = db.conn().await?;
    insert_outgoing(&mut conn, m, now).await
}

/// Stores one outgoing message as pending, inside the caller's connection or transaction.
pub(crate) async fn insert_outgoing(
    conn: &mut sqlx::AnyConnection,
    m: &Outgoing,
    now: i64,
) -> Result<MessageId> {
    let row = sqlx::query(
        "INSERT INTO outbox (person_id, request_id, appointment_id, kind, channel, language, recipient, body, status, due_at, created_at, idempotency_key, subject) \
         VALUES ($1, $2, $11, $3, $4, $5, $6, $7, 'pending', $8, $9, $10, $12) RETURNING id",
    )
    .bind(m.person.get())
    .bind(m.request.map(RequestId::get))
    .bind(&m.kind)
    .bind(&m.channel)
    .bind(&m.language)
    .bind(&m.recipient)
    .bind(&m.body)
    .bind(m.due_at)
    .bind(now)
    .bind(new_token())
    .bind(m.appointment.map(AppointmentId::get))
    .bind(&m.subject)
    .fetch_one(&mut *conn)
    .await?;
    Ok(MessageId::new(get_i64(&row, "id")?))
}

/// Pending messages about one person (the file shows what is waiting to go out).
pub async fn pending_for_person(
    db: &Db,
    actor: &Actor,
    file: &persons::OpenedFile,
) -> Result<Vec<Outgoing>> {
    let person = file.for_actor(actor)?;
    let rows = sqlx::query(
        "SELECT person_id, request_id, appointment_id, kind, channel, language, recipient, subject, body, due_at FROM outbox \
         WHERE person_id = $1 AND status = 'pending' ORDER BY due_at, id",
    )
    .bind(person.get())
    .fetch_all_on(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Outgoing {
                person: PersonId::new(get_i64(r, "person_id")?),
                request: get_opt_i64(r, "request_id")?.map(RequestId::new),
                appointment: get_opt_i64(r, "appointment_id")?.map(AppointmentId::new),
                kind: get_str(r, "kind")?,
                channel: get_str(r, "channel")?,
                language: get_str(r, "language")?,
                recipient: get_str(r, "recipient")?,
                subject: get_str(r, "subject")?,
                body: get_str(r, "body")?,
                due_at: get_i64(r, "due_at")?,
            })
        })
        .collect()
}

/// Front-line members of a team who can take its requests: `(id, name)`, by name.
pub async fn team_workers(db: &Db, team: TeamId) -> Result<Vec<(UserId, String)>> {
    let rows = sqlx::query(
        "SELECT DISTINCT u.id, u.display_name FROM users u JOIN team_members m ON m.user_id = u.id \
         JOIN user_roles ur ON ur.user_id = u.id \
         WHERE m.team_id = $1 AND u.disabled_at IS NULL AND ur.role IN ('reception', 'social-worker', 'health-worker') \
         ORDER BY u.display_name, u.id",
    )
    .bind(team.get())
    .fetch_all_on(db)
    .await?;
    rows.iter()
        .map(|r| Ok((UserId::new(get_i64(r, "id")?), get_str(r, "display_name")?)))
        .collect()
}

/// Assigns a request to a front-line member of its team, or to nobody. The actor must be
/// able to open the person's file; anyone else gets `NotFound`. A worker outside the team
/// is refused (`Forbidden`).
pub async fn assign(db: &Db, actor: &Actor, id: RequestId, worker: Option<UserId>) -> Result<()> {
    let current = get(db, actor, id).await?;
    if let Some(w) = worker {
        if !team_workers(db, current.team)
            .await?
            .iter()
            .any(|(u, _)| *u == w)
        {
            return Err(StoreError::Forbidden);
        }
    }
    sqlx::query("UPDATE requests SET assigned_to = $1 WHERE id = $2")
        .bind(worker.map(UserId::get))
        .bind(id.get())
        .execute_on(db)
        .await?;
    Ok(())
}
