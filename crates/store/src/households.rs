//! Household links between person files. Each link is stored from both sides, the
//! relation inverted on the other row, so a household reads the same from either file.
//!
//! Reading needs access to the person's file; members whose file the actor may not open
//! are returned without their name. Creating or removing a link needs access to both files.

use crate::RunOn;
use crate::{get_i64, get_str, persons, Db, Result, StoreError};
use guichet_domain::household::Relation;
use guichet_domain::ids::PersonId;
use guichet_domain::Actor;

/// One member of a person's household, seen from that person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: PersonId,
    /// What the member is to the person ("child": the member is the person's child).
    pub relation: Relation,
    /// The member's name, `None` when the actor may not open the member's file.
    pub name: Option<String>,
}

/// The household of a person, by relation then name; hidden members last.
pub async fn members(db: &Db, actor: &Actor, file: &persons::OpenedFile) -> Result<Vec<Member>> {
    let person = file.for_actor(actor)?;
    let rows = sqlx::query(
        "SELECT other_id, relation FROM household_links WHERE person_id = $1 ORDER BY other_id",
    )
    .bind(person.get())
    .fetch_all_on(db)
    .await?;
    let mut out = Vec::new();
    for r in &rows {
        let id = PersonId::new(get_i64(r, "other_id")?);
        let relation = Relation::parse(&get_str(r, "relation")?)
            .ok_or_else(|| StoreError::Corrupt("relation".into()))?;
        let name = match persons::get(db, actor, id).await {
            Ok((s, _)) => Some(s.full_name()),
            Err(StoreError::NotFound) => None,
            Err(e) => return Err(e),
        };
        out.push(Member { id, relation, name });
    }
    out.sort_by(|a, b| {
        (a.name.is_none(), a.relation, &a.name).cmp(&(b.name.is_none(), b.relation, &b.name))
    });
    Ok(out)
}

/// Records that `other` is the `relation` of `person` (and `person` the inverse of
/// `other`). Both files must be open to the actor; a link to oneself is refused, a second
/// link between the same two persons is a `Conflict`.
pub async fn link(
    db: &Db,
    actor: &Actor,
    person: PersonId,
    other: PersonId,
    relation: Relation,
    now: i64,
    seen: Option<i64>,
) -> Result<()> {
    persons::get(db, actor, person).await?;
    persons::get(db, actor, other).await?;
    if person == other {
        return Err(StoreError::Forbidden);
    }
    let mut tx = db.begin().await?;
    // The file being edited is checked against the version its form read; the other
    // file counts a change too.
    persons::touch(&mut tx, person, seen).await?;
    persons::touch(&mut tx, other, None).await?;
    let existing = sqlx::query(
        "SELECT COUNT(*) AS n FROM household_links WHERE person_id = $1 AND other_id = $2",
    )
    .bind(person.get())
    .bind(other.get())
    .fetch_one(&mut *tx)
    .await?;
    if get_i64(&existing, "n")? > 0 {
        return Err(StoreError::Conflict);
    }
    for (a, b, r) in [
        (person, other, relation),
        (other, person, relation.inverse()),
    ] {
        sqlx::query(
            "INSERT INTO household_links (person_id, other_id, relation, since) VALUES ($1, $2, $3, $4)",
        )
        .bind(a.get())
        .bind(b.get())
        .bind(r.code())
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(StoreError::from_write)?;
    }
    tx.commit().await?;
    Ok(())
}

/// Removes the link between two persons, from both sides. Both files must be open to the
/// actor; `NotFound` when there was no link.
pub async fn unlink(
    db: &Db,
    actor: &Actor,
    person: PersonId,
    other: PersonId,
    seen: Option<i64>,
) -> Result<()> {
    persons::get(db, actor, person).await?;
    persons::get(db, actor, other).await?;
    let mut tx = db.begin().await?;
    persons::touch(&mut tx, person, seen).await?;
    persons::touch(&mut tx, other, None).await?;
    let done = sqlx::query(
        "DELETE FROM household_links WHERE (person_id = $1 AND other_id = $2) OR (person_id = $2 AND other_id = $1)",
    )
    .bind(person.get())
    .bind(other.get())
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}
