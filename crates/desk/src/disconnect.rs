//! The right to disconnect (issue 18, journey J8): a worker's leave, what signing in
//! outside their hours does under the organisation's policy (a reminder, or a refusal,
//! the on-call list excepted), and what arrived while they were away, waiting on their
//! home page. Messages to a worker are held by the outbox worker with the same rule
//! (`guichet_domain::staff_time::next_working_instant`).

use crate::{Desk, DeskError};
use chrono::{DateTime, Duration, Utc};
use guichet_domain::clock::brussels;
use guichet_domain::ids::UserId;
use guichet_domain::org::WeeklyHours;
use guichet_domain::staff_time::{self, Leave, SignIn};
use guichet_domain::Actor;
use guichet_store::disconnect::{self, LeaveRow, MessageToMe, Policy};
use guichet_store::users::{self, UserView};

/// How far back the home page looks for what arrived while the worker was away: past a
/// long weekend and a week of leave.
pub const AWAY_DAYS: i64 = 21;

/// The worker's weekly hours, `None` when not set (or set to a week without any hours:
/// no limit either).
async fn hours_of(desk: &Desk, user: UserId) -> Result<Option<WeeklyHours>, DeskError> {
    let contact = users::staff_contact(&desk.db, user).await?;
    Ok(contact
        .working_hours
        .as_deref()
        .and_then(|h| WeeklyHours::from_storage(h).ok())
        .filter(|h| !h.is_always_closed()))
}

async fn leaves_from(
    desk: &Desk,
    user: UserId,
    from: DateTime<Utc>,
) -> Result<Vec<Leave>, DeskError> {
    Ok(disconnect::leaves_of(&desk.db, user, brussels(from).date())
        .await?
        .into_iter()
        .map(|l| l.leave)
        .collect())
}

/// What signing in now gives for `user` (whose password was just checked): welcome at
/// work, on call or without hours; otherwise the organisation's policy.
pub async fn sign_in(desk: &Desk, user: UserId) -> Result<SignIn, DeskError> {
    let now = desk.now();
    let hours = hours_of(desk, user).await?;
    if hours.is_none() {
        return Ok(SignIn::Welcome);
    }
    let leaves = leaves_from(desk, user, now).await?;
    let on_call = disconnect::is_on_call(&desk.db, user).await?;
    let policy = disconnect::policy(&desk.db).await?;
    Ok(staff_time::sign_in(
        policy.sign_in,
        hours.as_ref(),
        &leaves,
        on_call,
        now,
    ))
}

/// The organisation's words recalling its policy ("" when it kept the shipped ones).
pub async fn policy_text(desk: &Desk) -> Result<String, DeskError> {
    Ok(disconnect::policy(&desk.db).await?.text)
}

/// The acting worker's leaves that have not ended yet.
pub async fn my_leaves(desk: &Desk, actor: &Actor) -> Result<Vec<LeaveRow>, DeskError> {
    Ok(disconnect::my_leaves(&desk.db, actor, brussels(desk.now()).date()).await?)
}

/// Records a leave for the acting worker. A leave wholly in the past is refused
/// (`Ok(None)`): it would hold nothing.
pub async fn add_leave(desk: &Desk, actor: &Actor, leave: Leave) -> Result<Option<i64>, DeskError> {
    if leave.last < brussels(desk.now()).date() {
        return Ok(None);
    }
    Ok(Some(
        disconnect::add_my_leave(&desk.db, actor, leave).await?,
    ))
}

/// Removes one of the acting worker's leaves ([`DeskError::NotFound`] for anyone else's).
pub async fn remove_leave(desk: &Desk, actor: &Actor, id: i64) -> Result<(), DeskError> {
    Ok(disconnect::remove_my_leave(&desk.db, actor, id).await?)
}

/// The policy page: the policy, the on-call list and the accounts one may put on it.
pub struct PolicyView {
    pub policy: Policy,
    pub on_call: Vec<UserId>,
    pub staff: Vec<UserView>,
}

pub async fn policy(desk: &Desk, actor: &Actor) -> Result<PolicyView, DeskError> {
    if !actor.may_keep_disconnect_policy() {
        return Err(DeskError::NotAllowed);
    }
    Ok(PolicyView {
        policy: disconnect::policy(&desk.db).await?,
        on_call: disconnect::on_call(&desk.db).await?,
        staff: users::list(&desk.db)
            .await?
            .into_iter()
            .filter(|u| !u.disabled)
            .collect(),
    })
}

/// Saves the policy and the on-call list together. Ids that are not active accounts are
/// ignored (the list offers only those).
pub async fn save_policy(
    desk: &Desk,
    actor: &Actor,
    policy: Policy,
    on_call: Vec<UserId>,
) -> Result<(), DeskError> {
    if !actor.may_keep_disconnect_policy() {
        return Err(DeskError::NotAllowed);
    }
    let now = desk.now().timestamp();
    let (desk, work) = desk.begin().await?;
    let active: Vec<UserId> = users::list(&desk.db)
        .await?
        .into_iter()
        .filter(|u| !u.disabled)
        .map(|u| u.id)
        .collect();
    let on_call: Vec<UserId> = on_call.into_iter().filter(|u| active.contains(u)).collect();
    disconnect::set_policy(&desk.db, actor, &policy, &on_call, now).await?;
    work.commit().await?;
    Ok(())
}

/// What arrived for the acting worker while they were away (outside their hours or on
/// leave) in the last [`AWAY_DAYS`] days, newest first: the messages guichet held for
/// them. Empty for a worker without hours (nothing is held for them).
pub async fn arrived_meanwhile(desk: &Desk, actor: &Actor) -> Result<Vec<MessageToMe>, DeskError> {
    let Some(hours) = hours_of(desk, actor.user_id).await? else {
        return Ok(Vec::new());
    };
    let since = desk.now() - Duration::days(AWAY_DAYS);
    let leaves = leaves_from(desk, actor.user_id, since).await?;
    Ok(
        disconnect::my_messages_since(&desk.db, actor, since.timestamp())
            .await?
            .into_iter()
            .filter(|m| {
                DateTime::from_timestamp(m.created_at, 0)
                    .is_some_and(|at| !staff_time::at_work(&hours, &leaves, at))
            })
            .collect(),
    )
}
