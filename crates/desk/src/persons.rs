//! A person's file: how to reach them.

use crate::{appointments, Desk, DeskError};
use guichet_domain::consent::Purpose;
use guichet_domain::contact::ContactPreferences;
use guichet_domain::ids::PersonId;
use guichet_domain::person::Address;
use guichet_domain::Actor;
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
