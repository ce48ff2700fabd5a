//! Consents: given or withdrawn in the person's own words, at the desk, by phone or by
//! letter.

use crate::{appointments, Desk, DeskError};
use guichet_domain::consent::{How, Purpose};
use guichet_domain::ids::PersonId;
use guichet_domain::Actor;
use guichet_store::{consents, persons};

/// Gives (`give`) or withdraws the person's consent to `purpose`, as the file was read at
/// version `seen`. `Ok(false)` when withdrawing a consent that was not given (nothing
/// changes); a consent given again is recorded again, with how. A change to SMS
/// or email consent plans again at once the reminders of the appointments to come: a
/// withdrawn SMS consent sends the next reminder by post.
///
/// [`DeskError::Changed`] when the file changed since `seen`: nothing is recorded.
pub async fn change(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    purpose: Purpose,
    give: bool,
    how: How,
    seen: Option<i64>,
) -> Result<bool, DeskError> {
    let now = desk.now().timestamp();
    let (desk, work) = desk.begin().await?;
    let changed = if give {
        consents::give(&desk.db, actor, person, purpose, how, now, seen).await?;
        true
    } else {
        consents::withdraw(&desk.db, actor, person, purpose, how, now, seen).await?
    };
    if changed && matches!(purpose, Purpose::Sms | Purpose::Email) {
        let d = persons::details(&desk.db, actor, person).await?;
        appointments::replan_upcoming(&desk, actor, &d).await?;
    }
    work.commit().await?;
    Ok(changed)
}
