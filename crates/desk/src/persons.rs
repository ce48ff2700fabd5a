//! A person's file: registered once, and how to reach them.

use crate::{appointments, Desk, DeskError};
use guichet_domain::consent::Purpose;
use guichet_domain::contact::ContactPreferences;
use guichet_domain::ids::{PersonId, TeamId};
use guichet_domain::person::Address;
use guichet_domain::Actor;
use guichet_store::persons::{Candidate, NewPerson};
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
    persons::set_contact(&desk.db, actor, person, prefs, address, seen).await?;
    consents::record_agreed_at_desk(&desk.db, actor, person, agreed, desk.now().timestamp())
        .await?;
    let d = persons::details(&desk.db, actor, person).await?;
    appointments::replan_upcoming(desk, actor, &d).await
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
