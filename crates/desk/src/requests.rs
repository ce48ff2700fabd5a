//! Requests: recorded in whatever channel they arrived, with the date promised for an
//! answer, and acknowledged in the person's channel when they were not at the desk.

use crate::{messages, Desk, DeskError};
use chrono::NaiveDate;
use guichet_domain::clock::brussels;
use guichet_domain::contact::Channel;
use guichet_domain::ids::{RequestId, UserId};
use guichet_domain::request::{ArrivalChannel, Reference, RequestStatus, Urgency};
use guichet_domain::topics;
use guichet_domain::{Actor, Lang};
use guichet_outputs::templates::{Key, Kind, Variant};
use guichet_store::org::{self, Service, Site, Team};
use guichet_store::persons::PersonDetails;
use guichet_store::requests::{self, NewRequest, Outgoing};
use guichet_store::topics as custom_topics;
use guichet_store::{outbox, users, StoreError};
use guichet_words::Tr;

/// A request as the desk took it down.
pub struct Taken<'a> {
    pub team: &'a Team,
    pub channel: ArrivalChannel,
    /// A topic code of the shared vocabulary or of the organisation's own topics.
    pub topic: &'a str,
    pub description: &'a str,
    pub urgency: Urgency,
}

/// What became of a request just recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recorded {
    pub id: RequestId,
    /// The answer promised by this day (working days of the team's site, by urgency).
    pub promised_on: NaiveDate,
    /// The acknowledgement went out (or waits in the paper tray) in the person's channel;
    /// `false` for a walk-in (the slip is printed at the desk) or when no channel works.
    pub acknowledged: bool,
}

/// Where the team's service is, for the promised date and the acknowledgement.
pub async fn team_site(desk: &Desk, team: &Team) -> Result<(Site, Service), StoreError> {
    let service = org::list_services(&desk.db)
        .await?
        .into_iter()
        .find(|s| s.id == team.service_id)
        .ok_or(StoreError::NotFound)?;
    Ok((org::get_site(&desk.db, service.site_id).await?, service))
}

/// Records a request for the person of file `d`, with the date promised for an answer
/// counted in the working days of the team's site; away from the desk (phone, letter,
/// email…), the acknowledgement goes out at once in the person's first usable channel.
pub async fn record(
    desk: &Desk,
    actor: &Actor,
    d: &PersonDetails,
    taken: &Taken<'_>,
) -> Result<Recorded, DeskError> {
    // One unit: the request and its acknowledgement, or neither.
    let (desk, work) = desk.begin().await?;
    let desk = &desk;
    let (site, service) = team_site(desk, taken.team).await?;
    let now = desk.now();
    let times = requests::response_times(&desk.db, service.id).await?;
    let closing: Vec<NaiveDate> = site.closing_days.iter().map(|c| c.date).collect();
    let promised_on = times.promised_date(brussels(now).date(), taken.urgency, &closing);
    let new = NewRequest {
        person: d.summary.id,
        team: taken.team.id,
        channel: taken.channel,
        topic: taken.topic.to_owned(),
        description: taken.description.to_owned(),
        urgency: taken.urgency,
        promised_on,
    };
    let id = requests::create(&desk.db, actor, &new, now.timestamp()).await?;
    let acknowledged = taken.channel != ArrivalChannel::WalkIn
        && acknowledge(desk, actor, d, id, &service, &site).await?;
    work.commit().await?;
    Ok(Recorded {
        id,
        promised_on,
        acknowledged,
    })
}

/// Queues the acknowledgement of request `id` in the person's first usable channel, in
/// their language and variant, and marks the request acknowledged. `Ok(false)` when no
/// channel works (nothing queued: the request page says to hand it over).
pub async fn acknowledge(
    desk: &Desk,
    actor: &Actor,
    d: &PersonDetails,
    id: RequestId,
    service: &Service,
    site: &Site,
) -> Result<bool, DeskError> {
    let now = desk.now().timestamp();
    let Some((channel, recipient)) = messages::reach(d) else {
        return Ok(false);
    };
    let (desk, work) = desk.begin().await?;
    let desk = &desk;
    let r = requests::get(&desk.db, actor, id).await?;
    let language = messages::message_language(d);
    let custom = custom_topics::list(&desk.db).await?;
    let topic = topics::label_of(
        &r.topic,
        language.readability().unwrap_or(Lang::Fr),
        &custom,
    );
    let organisation = org::organisation_name(&desk.db).await?.unwrap_or_default();
    // SMS: the short text; a letter, an email or a call: easy-read if the person wants it.
    let variant = match channel {
        Channel::Sms => Variant::Sms,
        _ => messages::written_variant(d),
    };
    let values = messages::acknowledgement_values(
        &desk.words,
        language,
        &messages::AckFacts {
            name: &d.summary.full_name(),
            topic: &topic,
            service: service.name_in(language.code()),
            promised_on: r.promised_on,
            site,
            organisation: &organisation,
            reference: &Reference::of(r.id.get(), r.created_at).to_string(),
        },
    );
    let key = Key::new(Kind::Acknowledgement, variant, language);
    let text = messages::compose(&desk.db, key, &values).await?;
    requests::enqueue(
        &desk.db,
        &Outgoing {
            person: d.summary.id,
            request: Some(id),
            appointment: None,
            kind: "acknowledgement".into(),
            channel: channel.code().into(),
            language: language.code().into(),
            recipient,
            subject: text.subject,
            body: text.body,
            due_at: now,
        },
        now,
    )
    .await?;
    // Sent (or waiting in the paper tray for today's post): the request is acknowledged.
    requests::acknowledged(&desk.db, actor, id, now).await?;
    work.commit().await?;
    Ok(true)
}

/// Moves request `id` to status `to`. [`DeskError::NotAllowed`] for a move the request's
/// life does not allow (a request done is not made new again).
pub async fn set_status(
    desk: &Desk,
    actor: &Actor,
    id: RequestId,
    to: RequestStatus,
) -> Result<(), DeskError> {
    Ok(requests::set_status(&desk.db, actor, id, to, desk.now().timestamp()).await?)
}

/// Gives request `id` to `worker` of its team (`None`: to nobody). When someone other than
/// the actor now has it, they are told by a staff message without any personal data (held
/// outside their working hours by the outbox). `by`: the actor's name, as the message
/// gives it. [`DeskError::NotAllowed`] for someone who is not of the request's team.
pub async fn assign(
    desk: &Desk,
    actor: &Actor,
    by: &str,
    id: RequestId,
    worker: Option<UserId>,
) -> Result<(), DeskError> {
    let (desk, work) = desk.begin().await?;
    let desk = &desk;
    let before = requests::get(&desk.db, actor, id)
        .await?
        .assigned
        .map(|(u, _)| u);
    requests::assign(&desk.db, actor, id, worker).await?;
    let Some(w) = worker.filter(|w| Some(*w) != before && *w != actor.user_id) else {
        return Ok(work.commit().await?);
    };
    let told = users::get(&desk.db, w).await?;
    let tr = Tr::new(told.lang.unwrap_or(Lang::Fr), desk.words.clone());
    let number = id.get().to_string();
    let subject = tr.t1("assigned-subject", "number", &number);
    let body = tr.targs(
        "assigned-body",
        &[
            ("worker", &told.display_name),
            ("by", by),
            ("number", &number),
        ],
    );
    outbox::enqueue_for_staff(
        &desk.db,
        w,
        "assigned",
        &subject,
        &body,
        desk.now().timestamp(),
    )
    .await?;
    Ok(work.commit().await?)
}
