//! The person's journal. Writing a note needs access to the file and the right to
//! write in its compartment; reading returns only the notes the access policy lets the
//! actor read — the SQL asks only for those, and every row is checked again against
//! the policy before it leaves this module. Nothing tells how many notes stay hidden.

use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_opt_str, get_str, persons, Db, Result, StoreError};
use guichet_domain::ids::{NoteId, PersonId, RequestId, UserId};
use guichet_domain::note::{Compartment, Tags};
use guichet_domain::{Actor, Relation};

#[derive(Debug, Clone)]
pub struct NewNote {
    pub person: PersonId,
    /// One of the person's requests, if the note is about it.
    pub request: Option<RequestId>,
    pub compartment: Compartment,
    pub body: String,
    pub tags: Tags,
    /// Read by its author only.
    pub private: bool,
}

/// Adds a note. `NotFound` if the actor may not open the file or the request is not one
/// of the person's; `Forbidden` if the actor may not write in that compartment.
pub async fn add(db: &Db, actor: &Actor, new: &NewNote, now: i64) -> Result<NoteId> {
    let (_, followed_by) = persons::get(db, actor, new.person).await?;
    let relation = actor.relation(new.person, &followed_by);
    if !actor.may_write_note(new.compartment, relation) {
        return Err(StoreError::Forbidden);
    }
    let mut tx = db.begin().await?;
    if let Some(request) = new.request {
        let row = sqlx::query("SELECT person_id FROM requests WHERE id = $1")
            .bind(request.get())
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
        if get_i64(&row, "person_id")? != new.person.get() {
            return Err(StoreError::NotFound);
        }
    }
    let row = sqlx::query(
        "INSERT INTO notes (person_id, request_id, author_id, compartment, body, tags, private, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(new.person.get())
    .bind(new.request.map(RequestId::get))
    .bind(actor.user_id.get())
    .bind(new.compartment.code())
    .bind(new.body.trim())
    .bind(new.tags.storage())
    .bind(i64::from(new.private))
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    let id = NoteId::new(get_i64(&row, "id")?);
    tx.commit().await?;
    Ok(id)
}

/// A note as the journal shows it.
#[derive(Debug, Clone)]
pub struct NoteView {
    pub id: NoteId,
    pub person: PersonId,
    pub request: Option<RequestId>,
    /// Topic code of the linked request.
    pub request_topic: Option<String>,
    pub author: Option<UserId>,
    /// Empty when the author's account is gone.
    pub author_name: String,
    pub compartment: Compartment,
    pub body: String,
    pub tags: Tags,
    pub private: bool,
    pub created_at: i64,
}

/// Which notes to list; the default lists every note the actor may read.
#[derive(Debug, Clone, Default)]
pub struct NoteFilter {
    pub compartment: Option<Compartment>,
    /// Notes carrying this tag (case does not matter).
    pub tag: Option<String>,
    /// Notes linked to this request.
    pub request: Option<RequestId>,
}

/// The notes of a person the actor may read, newest first. `NotFound` if the actor may
/// not open the file; an empty list for anyone with no compartment open (reception).
pub async fn for_person(
    db: &Db,
    actor: &Actor,
    file: &persons::OpenedFile,
    filter: &NoteFilter,
) -> Result<Vec<NoteView>> {
    let person = file.for_actor(actor)?;
    let relation = file.relation(actor)?;
    let compartments: Vec<Compartment> = actor
        .compartments_readable(relation)
        .into_iter()
        .filter(|c| filter.compartment.is_none_or(|f| f == *c))
        .collect();
    if compartments.is_empty() {
        return Ok(Vec::new());
    }
    let list: Vec<String> = (0..compartments.len())
        .map(|i| format!("${}", i + 3))
        .collect();
    let mut sql = format!(
        "SELECT n.id, n.person_id, n.request_id, n.author_id, n.compartment, n.body, n.tags, n.private, \
         n.created_at, u.display_name, r.topic FROM notes n \
         LEFT JOIN users u ON u.id = n.author_id \
         LEFT JOIN requests r ON r.id = n.request_id \
         WHERE n.person_id = $1 AND (n.private = 0 OR n.author_id = $2) AND n.compartment IN ({})",
        list.join(", ")
    );
    if filter.request.is_some() {
        sql.push_str(&format!(" AND n.request_id = ${}", compartments.len() + 3));
    }
    sql.push_str(" ORDER BY n.created_at DESC, n.id DESC");
    // Private notes are read by their author on a followed file only (never under
    // break-glass): no author matches -1.
    let private_reader = match relation {
        Relation::Follows => actor.user_id.get(),
        _ => -1,
    };
    let mut q = sqlx::query(&sql).bind(person.get()).bind(private_reader);
    for c in &compartments {
        q = q.bind(c.code());
    }
    if let Some(r) = filter.request {
        q = q.bind(r.get());
    }
    let rows = q.fetch_all_on(db).await?;
    let mut notes = Vec::new();
    for r in &rows {
        // An unknown compartment is never shown: the policy cannot decide on it.
        let Some(compartment) = Compartment::parse(&get_str(r, "compartment")?) else {
            continue;
        };
        let note = NoteView {
            id: NoteId::new(get_i64(r, "id")?),
            person: PersonId::new(get_i64(r, "person_id")?),
            request: get_opt_i64(r, "request_id")?.map(RequestId::new),
            request_topic: get_opt_str(r, "topic")?,
            author: get_opt_i64(r, "author_id")?.map(UserId::new),
            author_name: get_opt_str(r, "display_name")?.unwrap_or_default(),
            compartment,
            body: get_str(r, "body")?,
            tags: Tags::from_storage(&get_str(r, "tags")?),
            private: get_i64(r, "private")? != 0,
            created_at: get_i64(r, "created_at")?,
        };
        if !actor.may_read_note(note.compartment, note.private, note.author, relation) {
            continue;
        }
        if filter
            .tag
            .as_deref()
            .is_some_and(|t| !note.tags.contains(t))
        {
            continue;
        }
        notes.push(note);
    }
    Ok(notes)
}
