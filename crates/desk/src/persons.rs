//! A person's file: registered once, and how to reach them.

use crate::{appointments, Desk, DeskError};
use guichet_domain::consent::Purpose;
use guichet_domain::contact::ContactPreferences;
use guichet_domain::household::MergeRefusal;
use guichet_domain::ids::{PersonId, TeamId};
use guichet_domain::niss::Niss;
use guichet_domain::org::PhoneNumber;
use guichet_domain::person::{Address, Email, PhoneKind};
use guichet_domain::Actor;
use guichet_store::merge::MergeError;
use guichet_store::persons::{Candidate, Contact, Identity, NewPerson, NissTaken};
use guichet_store::{consents, persons};

/// Saves how to reach the person (channels in order, language, needs, address) as read at
/// version `seen`, records the consents the person gave there and then (`agreed`: only
/// from the desk's explicit "the person agrees", never inferred from the channels), and
/// plans again the reminders of the appointments to come.
///
/// [`DeskError::Changed`] when the file changed since `seen`: nothing is saved.
pub async fn save_contact(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    prefs: &ContactPreferences,
    address: &Address,
    agreed: &[Purpose],
    seen: Option<i64>,
) -> Result<(), DeskError> {
    let (desk, work) = desk.begin().await?;
    persons::set_contact(&desk.db, actor, person, prefs, address, seen).await?;
    consents::record_agreed_at_desk(&desk.db, actor, person, agreed, desk.now().timestamp())
        .await?;
    replan(&desk, actor, person).await?;
    Ok(work.commit().await?)
}

/// The reminders of the person's appointments to come, planned again from the file as it
/// is now (its channels, numbers, addresses and consents).
async fn replan(desk: &Desk, actor: &Actor, person: PersonId) -> Result<(), DeskError> {
    let d = persons::details(&desk.db, actor, person).await?;
    appointments::replan_upcoming(desk, actor, &d).await
}

/// Adds a phone number to the file (as read at version `seen`; `holder`: whose phone it
/// is when not the person's own), then plans the reminders to come again: a first mobile
/// lets an SMS reminder take the place of a letter.
///
/// [`DeskError::Conflict`] when the file has that number already, in any writing.
#[allow(clippy::too_many_arguments)]
pub async fn add_phone(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    number: &PhoneNumber,
    kind: PhoneKind,
    holder: &str,
    seen: Option<i64>,
) -> Result<(), DeskError> {
    let (desk, work) = desk.begin().await?;
    persons::add_phone(&desk.db, actor, person, number, kind, holder, seen).await?;
    replan(&desk, actor, person).await?;
    Ok(work.commit().await?)
}

/// Adds an email address to the file, then plans the reminders to come again.
pub async fn add_email(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    email: &Email,
    holder: &str,
    seen: Option<i64>,
) -> Result<(), DeskError> {
    let (desk, work) = desk.begin().await?;
    persons::add_email(&desk.db, actor, person, email, holder, seen).await?;
    replan(&desk, actor, person).await?;
    Ok(work.commit().await?)
}

/// What is done to one phone or email of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineChange {
    /// Taken off the file.
    Remove,
    /// One place up in the order of preference (reminders go to the first one).
    MoveUp,
}

/// Removes one phone or email of the file, or moves it up, then plans the reminders to
/// come again, so that none is left waiting for a number or an address the file no longer
/// has, and each goes to the one now first.
pub async fn change_contact(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    list: Contact,
    item: i64,
    change: LineChange,
    seen: Option<i64>,
) -> Result<(), DeskError> {
    let (desk, work) = desk.begin().await?;
    match change {
        LineChange::Remove => {
            persons::remove_contact(&desk.db, actor, person, list, item, seen).await?
        }
        LineChange::MoveUp => {
            persons::move_contact_up(&desk.db, actor, person, list, item, seen).await?
        }
    }
    replan(&desk, actor, person).await?;
    Ok(work.commit().await?)
}

/// What became of a registration.
#[derive(Debug)]
pub enum Registered {
    /// The file was made, followed by the team.
    Created(PersonId),
    /// Nothing made yet: these files look like the same person (strongest first), and
    /// `hidden` more in files the actor may not see. The desk looks before confirming.
    LikelyMatches {
        visible: Vec<Candidate>,
        hidden: i64,
    },
}

/// Registers a person for `team` (one of the actor's). Unless `confirmed` (the desk has
/// seen the likely matches and says it is someone else), files that look like the same
/// person — the same name however it is written, the same birth date, phone or national
/// number — are offered first and nothing is made: a person is recorded once.
pub async fn register(
    desk: &Desk,
    actor: &Actor,
    new: &NewPerson,
    team: TeamId,
    confirmed: bool,
) -> Result<Registered, DeskError> {
    if !confirmed {
        let (visible, hidden) = persons::find_candidates(&desk.db, actor, new).await?;
        if !visible.is_empty() || hidden > 0 {
            return Ok(Registered::LikelyMatches { visible, hidden });
        }
    }
    let id = persons::create(&desk.db, actor, new, team, desk.now().timestamp()).await?;
    Ok(Registered::Created(id))
}

/// Whose file, other than `person`'s, already has national number `niss`: named when the
/// actor may open it, only said to exist otherwise; `None` when no other file has it.
pub async fn niss_owner(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    niss: &Niss,
) -> Result<Option<NissTaken>, DeskError> {
    Ok(persons::niss_taken(&desk.db, actor, person, niss).await?)
}

/// Saves the person's names, birth date and national number, as the file was read at
/// version `seen`. [`DeskError::Changed`] when the file changed since, and
/// [`DeskError::Conflict`] when another file took the national number meanwhile.
pub async fn save_identity(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    identity: &Identity,
    seen: Option<i64>,
) -> Result<(), DeskError> {
    let now = desk.now().timestamp();
    Ok(persons::set_identity(&desk.db, actor, person, identity, now, seen).await?)
}

/// What became of merging two files of the same person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merged {
    /// One file now: this one (the older, so that references on paper keep working).
    Kept(PersonId),
    /// The same file twice: nothing done.
    SameFile,
    /// Two different current national numbers: two persons, nothing done.
    DifferentNationalNumbers,
}

/// Merges files `a` and `b` of the same person into the older one, then plans the
/// reminders of its appointments to come again from the file kept (its channels win, so a
/// reminder planned for the other file's channel follows it).
pub async fn merge(
    desk: &Desk,
    actor: &Actor,
    a: PersonId,
    b: PersonId,
) -> Result<Merged, DeskError> {
    let now = desk.now().timestamp();
    let (desk, work) = desk.begin().await?;
    let kept = match guichet_store::merge::merge(&desk.db, actor, a, b, now).await {
        Ok(kept) => kept,
        Err(MergeError::SameFile) => return Ok(Merged::SameFile),
        Err(MergeError::Refused(MergeRefusal::DifferentNationalNumbers)) => {
            return Ok(Merged::DifferentNationalNumbers)
        }
        Err(MergeError::Store(e)) => return Err(e.into()),
    };
    replan(&desk, actor, kept).await?;
    work.commit().await?;
    Ok(Merged::Kept(kept))
}
