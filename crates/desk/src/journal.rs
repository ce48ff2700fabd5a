//! The journal: notes in compartments (administrative, social, health, digital help), each
//! read only by those the access policy lets read that compartment.

use crate::{Desk, DeskError};
use guichet_domain::ids::NoteId;
use guichet_domain::Actor;
use guichet_store::notes::{self, NewNote};

/// Writes a note in the person's journal, in its compartment. [`DeskError::NotAllowed`]
/// when the actor may not write in that compartment of this file (reception never writes
/// notes; a social worker writes no health note).
pub async fn write(desk: &Desk, actor: &Actor, note: &NewNote) -> Result<NoteId, DeskError> {
    Ok(notes::add(&desk.db, actor, note, desk.now().timestamp()).await?)
}
