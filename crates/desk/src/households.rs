//! Households: who lives with whom, linked both ways between two files the actor may open.

use crate::{Desk, DeskError};
use guichet_domain::household::Relation;
use guichet_domain::ids::PersonId;
use guichet_domain::Actor;
use guichet_store::households;

/// Records that `other` is the `relation` of `person` (and the inverse the other way), as
/// `person`'s file was read at version `seen`. [`DeskError::Conflict`] when the two are
/// linked already, [`DeskError::NotAllowed`] for a link to oneself,
/// [`DeskError::Changed`] when the file changed since it was read.
pub async fn link(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    other: PersonId,
    relation: Relation,
    seen: Option<i64>,
) -> Result<(), DeskError> {
    let now = desk.now().timestamp();
    Ok(households::link(&desk.db, actor, person, other, relation, now, seen).await?)
}

/// Takes the link between `person` and `other` away, both ways; each keeps their file.
pub async fn unlink(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    other: PersonId,
    seen: Option<i64>,
) -> Result<(), DeskError> {
    Ok(households::unlink(&desk.db, actor, person, other, seen).await?)
}
