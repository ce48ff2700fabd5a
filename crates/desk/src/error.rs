//! What can stop a use case, in terms a person at the desk can act on. The web maps each
//! variant to a status and a page once (`guichet_web::handlers::Failure`).

use guichet_letters::LetterError;
use guichet_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    /// What was asked for does not exist, or the staff member may not see it (the two
    /// look the same from outside).
    #[error("not found")]
    NotFound,
    /// The staff member may see it but not do this.
    #[error("not allowed")]
    NotAllowed,
    /// The file changed since the form was read (another desk saved first): nothing was
    /// saved; the form comes back with what the file holds now.
    #[error("changed since it was read")]
    Changed,
    /// It clashes with what exists (the same value twice, a slot already taken).
    #[error("conflict")]
    Conflict,
    /// Not done as asked, for these reasons (an appointment on a closed day, outside the
    /// hours, on top of another…): the form says each.
    #[error("refused: {0:?}")]
    Refused(Vec<crate::appointments::Refusal>),
    /// A letter or card that cannot be laid out (an address too long for the window, a
    /// character no font has…), with its reason.
    #[error("cannot be laid out: {0}")]
    CannotLayOut(#[from] LetterError),
    /// The database failed or is out of reach: the store's error, whose kind the web
    /// tells apart (unreachable, a stored value unreadable, the access log not written…).
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for DeskError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => DeskError::NotFound,
            StoreError::Forbidden => DeskError::NotAllowed,
            StoreError::Conflict => DeskError::Conflict,
            StoreError::Changed => DeskError::Changed,
            other => DeskError::Store(other),
        }
    }
}
