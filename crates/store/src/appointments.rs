//! Appointments and call-back tasks. Reading one needs access to the person's file.

use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_opt_str, get_str, persons, Db, Result, StoreError};
use chrono::NaiveDate;
use guichet_domain::ids::{AppointmentId, PersonId, RequestId, SiteId, TeamId, UserId};
use guichet_domain::Actor;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Site(SiteId),
    Phone,
    Home,
}

impl Place {
    pub fn code(self) -> &'static str {
        match self {
            Place::Site(_) => "site",
            Place::Phone => "phone",
            Place::Home => "home",
        }
    }
}

#[derive(Debug, Clone)]
pub struct NewAppointment {
    pub person: PersonId,
    pub worker: UserId,
    pub place: Place,
    pub room: String,
    pub starts_at: i64,
    pub minutes: i64,
    pub what_to_bring: String,
    /// The request the appointment is for, if any (of the same person).
    pub request: Option<RequestId>,
}

/// Another appointment in the way, described without saying whom it is with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    pub same_worker: bool,
    pub starts_at: i64,
    pub minutes: i64,
}

/// Planned appointments of the same worker, or in the same room of the same site, that
/// overlap the new one.
pub async fn clashes(db: &Db, new: &NewAppointment) -> Result<Vec<Clash>> {
    let room = match new.place {
        Place::Site(s) => Some((s, new.room.as_str())),
        _ => None,
    };
    busy(
        db,
        new.worker,
        room,
        new.starts_at,
        new.starts_at + new.minutes * 60,
    )
    .await
}

/// What is taken between two instants: the worker's planned appointments, and those in
/// the same room of the same site (a room is named freely; case does not matter; no
/// room named, no room checked). Only times, never whom they are with: the week view
/// and the clash check show "busy", nothing more.
pub async fn busy(
    db: &Db,
    worker: UserId,
    room: Option<(SiteId, &str)>,
    from: i64,
    to: i64,
) -> Result<Vec<Clash>> {
    let (site, room) = match room {
        Some((s, r)) if !r.trim().is_empty() => (s.get(), r.trim().to_lowercase()),
        _ => (-1, String::new()),
    };
    let rows = sqlx::query(
        "SELECT worker_id, starts_at, minutes FROM appointments \
         WHERE status IN ('planned', 'arrived') AND starts_at < $1 AND starts_at + minutes * 60 > $2 \
         AND (worker_id = $3 OR (site_id = $4 AND LOWER(room) = $5 AND room <> '')) \
         ORDER BY starts_at",
    )
    .bind(to)
    .bind(from)
    .bind(worker.get())
    .bind(site)
    .bind(room)
    .fetch_all_on(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Clash {
                same_worker: get_i64(r, "worker_id")? == worker.get(),
                starts_at: get_i64(r, "starts_at")?,
                minutes: get_i64(r, "minutes")?,
            })
        })
        .collect()
}

pub async fn create(
    db: &Db,
    actor: &Actor,
    new: &NewAppointment,
    now: i64,
) -> Result<AppointmentId> {
    persons::get(db, actor, new.person).await?;
    if let Some(r) = new.request {
        // The request must be one of the same person's (and so visible to the actor).
        let row = sqlx::query("SELECT person_id FROM requests WHERE id = $1")
            .bind(r.get())
            .fetch_optional_on(db)
            .await?
            .ok_or(StoreError::NotFound)?;
        if get_i64(&row, "person_id")? != new.person.get() {
            return Err(StoreError::NotFound);
        }
    }
    if !clashes(db, new).await?.is_empty() {
        return Err(StoreError::Conflict);
    }
    let site = match new.place {
        Place::Site(s) => Some(s.get()),
        _ => None,
    };
    let row = sqlx::query(
        "INSERT INTO appointments (person_id, worker_id, place, site_id, room, starts_at, minutes, what_to_bring, status, created_at, created_by, request_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'planned', $9, $10, $11) RETURNING id",
    )
    .bind(new.person.get())
    .bind(new.worker.get())
    .bind(new.place.code())
    .bind(site)
    .bind(new.room.trim())
    .bind(new.starts_at)
    .bind(new.minutes)
    .bind(new.what_to_bring.trim())
    .bind(now)
    .bind(actor.user_id.get())
    .bind(new.request.map(RequestId::get))
    .fetch_one_on(db)
    .await?;
    Ok(AppointmentId::new(get_i64(&row, "id")?))
}

#[derive(Debug, Clone)]
pub struct AppointmentView {
    pub id: AppointmentId,
    pub person: PersonId,
    pub worker: UserId,
    pub worker_name: String,
    pub place: Place,
    pub room: String,
    pub starts_at: i64,
    pub minutes: i64,
    pub what_to_bring: String,
    pub status: String,
    pub request: Option<RequestId>,
}

const COLUMNS: &str =
    "a.id, a.person_id, a.worker_id, u.display_name, a.place, a.site_id, a.room, a.starts_at, \
     a.minutes, a.what_to_bring, a.status, a.request_id";

fn view(r: &sqlx::any::AnyRow) -> Result<AppointmentView> {
    let place = match get_str(r, "place")?.as_str() {
        "site" => Place::Site(SiteId::new(
            get_opt_i64(r, "site_id")?.ok_or_else(|| StoreError::Corrupt("site".into()))?,
        )),
        "phone" => Place::Phone,
        _ => Place::Home,
    };
    Ok(AppointmentView {
        id: AppointmentId::new(get_i64(r, "id")?),
        person: PersonId::new(get_i64(r, "person_id")?),
        worker: UserId::new(get_i64(r, "worker_id")?),
        worker_name: get_str(r, "display_name")?,
        place,
        room: get_str(r, "room")?,
        starts_at: get_i64(r, "starts_at")?,
        minutes: get_i64(r, "minutes")?,
        what_to_bring: get_str(r, "what_to_bring")?,
        status: get_str(r, "status")?,
        request: get_opt_i64(r, "request_id")?.map(RequestId::new),
    })
}

pub async fn get(db: &Db, actor: &Actor, id: AppointmentId) -> Result<AppointmentView> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM appointments a JOIN users u ON u.id = a.worker_id WHERE a.id = $1"
    ))
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
) -> Result<Vec<AppointmentView>> {
    let person = file.for_actor(actor)?;
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM appointments a JOIN users u ON u.id = a.worker_id WHERE a.person_id = $1 ORDER BY a.starts_at DESC"
    ))
    .bind(person.get())
    .fetch_all_on(db)
    .await?;
    rows.iter().map(view).collect()
}

/// The appointments booked for a request, latest first, if the actor may see its person.
pub async fn for_request(
    db: &Db,
    actor: &Actor,
    request: RequestId,
) -> Result<Vec<AppointmentView>> {
    let row = sqlx::query("SELECT person_id FROM requests WHERE id = $1")
        .bind(request.get())
        .fetch_optional_on(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    persons::get(db, actor, PersonId::new(get_i64(&row, "person_id")?)).await?;
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM appointments a JOIN users u ON u.id = a.worker_id \
         WHERE a.request_id = $1 ORDER BY a.starts_at DESC, a.id DESC"
    ))
    .bind(request.get())
    .fetch_all_on(db)
    .await?;
    rows.iter().map(view).collect()
}

/// How an appointment's confirmation went, if one was sent: the channel code of its
/// message (`paper-letter`, `email`, `sms`; withdrawn ones do not count) or `call` for a
/// confirmation call task, and when it was queued (Unix seconds).
pub async fn confirmation(
    db: &Db,
    actor: &Actor,
    id: AppointmentId,
) -> Result<Option<(String, i64)>> {
    get(db, actor, id).await?;
    let message = sqlx::query(
        "SELECT channel, created_at FROM outbox WHERE appointment_id = $1 AND kind = 'confirmation' \
         AND status <> 'withdrawn' ORDER BY id LIMIT 1",
    )
    .bind(id.get())
    .fetch_optional_on(db)
    .await?;
    if let Some(r) = message {
        return Ok(Some((get_str(&r, "channel")?, get_i64(&r, "created_at")?)));
    }
    let call = sqlx::query(
        "SELECT created_at FROM tasks WHERE appointment_id = $1 AND kind IN ('confirm-call', 'confirm-call-trusted') ORDER BY id LIMIT 1",
    )
    .bind(id.get())
    .fetch_optional_on(db)
    .await?;
    call.map(|r| Ok(("call".to_owned(), get_i64(&r, "created_at")?)))
        .transpose()
}

/// A task for the desk: call the person (or, `trusted`, their trusted person) to confirm
/// the appointment, on `due_on`, for the team.
pub async fn add_confirmation_call(
    db: &Db,
    actor: &Actor,
    id: AppointmentId,
    trusted: bool,
    team: TeamId,
    due_on: NaiveDate,
    now: i64,
) -> Result<()> {
    let a = get(db, actor, id).await?;
    sqlx::query("INSERT INTO tasks (person_id, appointment_id, team_id, kind, due_on, created_at) VALUES ($1, $2, $3, $6, $4, $5)")
        .bind(a.person.get())
        .bind(id.get())
        .bind(team.get())
        .bind(due_on.format("%Y-%m-%d").to_string())
        .bind(now)
        .bind(if trusted {
            "confirm-call-trusted"
        } else {
            "confirm-call"
        })
        .execute_on(db)
        .await?;
    Ok(())
}

/// Records what happened: arrived, done, cancelled or missed. No penalty anywhere; a
/// cancelled appointment also withdraws its pending reminders and call-back tasks.
pub async fn set_status(
    db: &Db,
    actor: &Actor,
    id: AppointmentId,
    status: &str,
    now: i64,
) -> Result<()> {
    get(db, actor, id).await?;
    if !["planned", "arrived", "done", "cancelled", "missed"].contains(&status) {
        return Err(StoreError::Forbidden);
    }
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE appointments SET status = $1 WHERE id = $2")
        .bind(status)
        .bind(id.get())
        .execute(&mut *tx)
        .await?;
    if status == "cancelled" {
        sqlx::query("UPDATE outbox SET status = 'withdrawn' WHERE appointment_id = $1 AND status = 'pending'")
            .bind(id.get())
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE tasks SET done_at = $1 WHERE appointment_id = $2 AND done_at IS NULL")
            .bind(now)
            .bind(id.get())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Replaces an appointment's reminders by a new plan, in one transaction: its pending
/// reminder messages are withdrawn and its open call-back tasks closed, then the new
/// messages and call-back task are stored. A channel in which a reminder already went out
/// is not used again. Used at booking and whenever the person's preferences change.
pub async fn replace_reminders(
    db: &Db,
    actor: &Actor,
    id: AppointmentId,
    messages: &[crate::requests::Outgoing],
    call: Option<(TeamId, NaiveDate)>,
    now: i64,
) -> Result<()> {
    let a = get(db, actor, id).await?;
    let mut tx = db.begin().await?;
    sqlx::query(
        "UPDATE outbox SET status = 'withdrawn' WHERE appointment_id = $1 AND kind = 'reminder' AND status = 'pending'",
    )
    .bind(id.get())
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE tasks SET done_at = $1 WHERE appointment_id = $2 AND kind = 'call-back' AND done_at IS NULL",
    )
    .bind(now)
    .bind(id.get())
    .execute(&mut *tx)
    .await?;
    let gone = sqlx::query(
        "SELECT DISTINCT channel FROM outbox WHERE appointment_id = $1 AND kind = 'reminder' \
         AND status NOT IN ('pending', 'withdrawn')",
    )
    .bind(id.get())
    .fetch_all(&mut *tx)
    .await?
    .iter()
    .map(|r| get_str(r, "channel"))
    .collect::<Result<Vec<String>>>()?;
    for m in messages.iter().filter(|m| !gone.contains(&m.channel)) {
        crate::requests::insert_outgoing(&mut tx, m, now).await?;
    }
    if let Some((team, due_on)) = call {
        sqlx::query("INSERT INTO tasks (person_id, appointment_id, team_id, kind, due_on, created_at) VALUES ($1, $2, $3, 'call-back', $4, $5)")
            .bind(a.person.get())
            .bind(id.get())
            .bind(team.get())
            .bind(due_on.format("%Y-%m-%d").to_string())
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Open call tasks of one appointment, by due day: `(day, confirms)`, `confirms` for a
/// call to confirm it (else a reminder call).
pub async fn call_tasks(
    db: &Db,
    actor: &Actor,
    appointment: AppointmentId,
) -> Result<Vec<(NaiveDate, bool)>> {
    get(db, actor, appointment).await?;
    let rows = sqlx::query(
        "SELECT due_on, kind FROM tasks WHERE appointment_id = $1 AND done_at IS NULL ORDER BY due_on, id",
    )
    .bind(appointment.get())
    .fetch_all_on(db)
    .await?;
    rows.iter()
        .map(|r| {
            let day = NaiveDate::parse_from_str(&get_str(r, "due_on")?, "%Y-%m-%d")
                .map_err(|_| StoreError::Corrupt("date".into()))?;
            Ok((day, get_str(r, "kind")?.starts_with("confirm-call")))
        })
        .collect()
}

/// `(team_id IN ($n, …))` over the actor's teams, numbered from `first`; `None` when the
/// actor may see no person at all.
fn visible_filter(actor: &Actor, first: usize) -> Option<(String, Vec<i64>)> {
    let guichet_domain::PersonAccess::FollowedBy(teams) = actor.person_access() else {
        return None;
    };
    let list: Vec<String> = (0..teams.len())
        .map(|i| format!("${}", first + i))
        .collect();
    Some((
        format!("EXISTS (SELECT 1 FROM person_followups f WHERE f.person_id = a.person_id AND f.team_id IN ({}))", list.join(", ")),
        teams.iter().map(|t| t.get()).collect(),
    ))
}

/// The day's appointments (between two instants) of persons the actor may see, by time.
pub async fn between(
    db: &Db,
    actor: &Actor,
    from: i64,
    to: i64,
) -> Result<Vec<(AppointmentView, String)>> {
    let Some((filter, teams)) = visible_filter(actor, 3) else {
        return Ok(Vec::new());
    };
    // The day's appointments are first picked from the index (time, person, id), then
    // only the kept rows are read (see migration 21).
    let filter = filter.replace("a.person_id", "d.person_id");
    let sql = format!(
        "SELECT {COLUMNS}, p.given_names, p.family_name FROM appointments a JOIN users u ON u.id = a.worker_id \
         JOIN persons p ON p.id = a.person_id WHERE a.id IN (SELECT d.id FROM appointments d \
         WHERE d.starts_at >= $1 AND d.starts_at < $2 AND {filter}) ORDER BY a.starts_at, a.id"
    );
    let mut q = sqlx::query(&sql).bind(from).bind(to);
    for t in teams {
        q = q.bind(t);
    }
    q.fetch_all_on(db)
        .await?
        .iter()
        .map(|r| {
            let name = persons::PersonSummary {
                id: PersonId::new(0),
                given_names: get_str(r, "given_names")?,
                family_name: get_str(r, "family_name")?,
            }
            .full_name();
            Ok((view(r)?, name))
        })
        .collect()
}

#[derive(Debug, Clone)]
pub struct CallTask {
    pub id: guichet_domain::ids::TaskId,
    pub person: PersonId,
    pub person_name: String,
    pub due_on: NaiveDate,
    pub starts_at: Option<i64>,
    /// The person's phone numbers in their order: (number, holder; empty for the person).
    pub phones: Vec<(String, String)>,
    /// A call to confirm a new appointment (`confirm-call`), else a reminder call.
    pub confirms: bool,
    /// The trusted person to call, as written in the file (name and number), for a
    /// confirmation that goes through them; empty otherwise.
    pub trusted_third: String,
    /// For a call about renewing a mandate: the mandate's last day.
    pub mandate_ends: Option<NaiveDate>,
}

/// Open call tasks (reminder calls and confirmation calls) of the actor's teams due on or
/// before `day`, with the numbers to call, in one query (a row per task and phone number).
pub async fn due_calls(db: &Db, actor: &Actor, day: NaiveDate) -> Result<Vec<CallTask>> {
    let Some((filter, teams)) = visible_filter(actor, 2) else {
        return Ok(Vec::new());
    };
    let filter = filter.replace("a.person_id", "t.person_id");
    let sql = format!(
        "SELECT t.id, t.person_id, t.due_on, t.kind, p.given_names, p.family_name, \
         p.trusted_third, a.starts_at, m.last_day AS mandate_ends, ph.number, ph.holder FROM tasks t \
         JOIN persons p ON p.id = t.person_id LEFT JOIN appointments a ON a.id = t.appointment_id \
         LEFT JOIN mandates m ON m.id = t.mandate_id \
         LEFT JOIN person_phones ph ON ph.person_id = t.person_id \
         WHERE t.done_at IS NULL AND t.kind IN ('call-back', 'confirm-call', 'confirm-call-trusted', 'mandate-renewal') AND t.due_on <= $1 AND {filter} \
         ORDER BY t.due_on, t.id, ph.position"
    );
    let mut q = sqlx::query(&sql).bind(day.format("%Y-%m-%d").to_string());
    for t in teams {
        q = q.bind(t);
    }
    let mut calls: Vec<CallTask> = Vec::new();
    for r in q.fetch_all_on(db).await? {
        let id = guichet_domain::ids::TaskId::new(get_i64(&r, "id")?);
        if calls.last().is_none_or(|c| c.id != id) {
            let kind = get_str(&r, "kind")?;
            calls.push(CallTask {
                id,
                person: PersonId::new(get_i64(&r, "person_id")?),
                person_name: persons::PersonSummary {
                    id: PersonId::new(0),
                    given_names: get_str(&r, "given_names")?,
                    family_name: get_str(&r, "family_name")?,
                }
                .full_name(),
                due_on: NaiveDate::parse_from_str(&get_str(&r, "due_on")?, "%Y-%m-%d")
                    .map_err(|_| StoreError::Corrupt("date".into()))?,
                starts_at: get_opt_i64(&r, "starts_at")?,
                mandate_ends: get_opt_str(&r, "mandate_ends")?
                    .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                phones: Vec::new(),
                confirms: kind.starts_with("confirm-call"),
                trusted_third: if kind == "confirm-call-trusted" {
                    get_str(&r, "trusted_third")?
                } else {
                    String::new()
                },
            });
        }
        if let (Some(number), Some(call)) = (get_opt_str(&r, "number")?, calls.last_mut()) {
            call.phones
                .push((number, get_opt_str(&r, "holder")?.unwrap_or_default()));
        }
    }
    Ok(calls)
}

/// Marks a call-back task done, if the actor may see its person.
pub async fn complete_task(
    db: &Db,
    actor: &Actor,
    task: guichet_domain::ids::TaskId,
    now: i64,
) -> Result<()> {
    let row = sqlx::query("SELECT person_id FROM tasks WHERE id = $1")
        .bind(task.get())
        .fetch_optional_on(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    persons::get(db, actor, PersonId::new(get_i64(&row, "person_id")?)).await?;
    sqlx::query("UPDATE tasks SET done_at = $1 WHERE id = $2 AND done_at IS NULL")
        .bind(now)
        .bind(task.get())
        .execute_on(db)
        .await?;
    Ok(())
}

/// The actor's own appointments starting between two instants (their calendar feed),
/// cancelled ones included so that a calendar can remove them. Only what the worker's
/// diary needs: time, place and the appointment's number — the person is not named.
pub async fn own_schedule(
    db: &Db,
    actor: &Actor,
    from: i64,
    to: i64,
) -> Result<Vec<AppointmentView>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM appointments a JOIN users u ON u.id = a.worker_id \
         WHERE a.worker_id = $1 AND a.starts_at >= $2 AND a.starts_at < $3 ORDER BY a.starts_at, a.id"
    ))
    .bind(actor.user_id.get())
    .bind(from)
    .bind(to)
    .fetch_all_on(db)
    .await?;
    rows.iter().map(view).collect()
}
