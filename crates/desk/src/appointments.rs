//! Appointments: booked only when the site and the worker are open and free, the
//! confirmation sent in the person's first channel that works, the reminders planned from
//! the person's preferences (at booking and again whenever the preferences or consents
//! change), and the fridge card's text.

use crate::{messages, Desk, DeskError};
use chrono::{DateTime, NaiveDate, NaiveTime};
use guichet_domain::appointment::{
    check_hours, closed_for_appointments, confirmation_by, from_brussels,
    plan_reminders as reminders_plan, ClosedDay, ConfirmBy, Confirmation, NoConfirmation,
    OutOfHours, Skipped,
};
use guichet_domain::clock::brussels;
use guichet_domain::contact::Channel;
use guichet_domain::ids::{AppointmentId, SiteId, UserId};
use guichet_domain::org::WeeklyHours;
use guichet_domain::person::PhoneKind;
use guichet_domain::Actor;
use guichet_domain::Role;
use guichet_outputs::templates::{Key, Kind, Language, Text, Values, Variant};
use guichet_store::appointments::{self, AppointmentView, Clash, NewAppointment, Place};
use guichet_store::org::{self, Site};
use guichet_store::persons::PersonDetails;
use guichet_store::requests::{self, Outgoing};
use guichet_store::{users, StoreError};

/// The site of the staff member's first team: the default place, and the phone number to
/// cancel an appointment held by phone or at home.
pub async fn home_site(desk: &Desk, actor: &Actor) -> Result<SiteId, StoreError> {
    org::home_site(&desk.db, &actor.teams)
        .await?
        .ok_or(StoreError::NotFound)
}

/// What became of "send a confirmation".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmed {
    Letter,
    Email,
    Sms,
    Call,
    CallTrusted,
    WalkIn,
    Nothing,
}

impl Confirmed {
    const ALL: [Confirmed; 7] = [
        Confirmed::Letter,
        Confirmed::Email,
        Confirmed::Sms,
        Confirmed::Call,
        Confirmed::CallTrusted,
        Confirmed::WalkIn,
        Confirmed::Nothing,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Confirmed::Letter => "letter",
            Confirmed::Email => "email",
            Confirmed::Sms => "sms",
            Confirmed::Call => "call",
            Confirmed::CallTrusted => "call-trusted",
            Confirmed::WalkIn => "walk-in",
            Confirmed::Nothing => "none",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// The words an appointment's messages are written with, in the person's language.
async fn message_values(
    desk: &Desk,
    d: &PersonDetails,
    a: &AppointmentView,
    site: &Site,
) -> Result<(Language, Values), StoreError> {
    let language = messages::message_language(d);
    let organisation = org::organisation_name(&desk.db).await?.unwrap_or_default();
    let values = messages::appointment_values(
        &desk.words,
        language,
        &d.summary.full_name(),
        a,
        site,
        &organisation,
    );
    Ok((language, values))
}

/// Sends the confirmation of the appointment in the person's first channel that works
/// (`appointment::confirmation_by`): a letter (today's post), an email (with the .ics) or
/// an SMS now; a call for the desk today when the person is reached by phone or through
/// a trusted person. When nothing works, nothing is queued and the page says why.
pub async fn confirm(
    desk: &Desk,
    actor: &Actor,
    d: &PersonDetails,
    id: AppointmentId,
) -> Result<Confirmed, DeskError> {
    let now = desk.now();
    let by = match confirmation_by(&d.contact, d.reachability()) {
        Ok(by) => by,
        Err(NoConfirmation::WalkInOnly) => return Ok(Confirmed::WalkIn),
        Err(NoConfirmation::Unreachable(_)) => return Ok(Confirmed::Nothing),
    };
    if let ConfirmBy::Call(channel) = by {
        let Some(team) = actor.teams.first().copied() else {
            return Ok(Confirmed::Nothing);
        };
        let trusted = channel == Channel::TrustedThird;
        appointments::add_confirmation_call(
            &desk.db,
            actor,
            id,
            trusted,
            team,
            brussels(now).date(),
            now.timestamp(),
        )
        .await?;
        return Ok(if trusted {
            Confirmed::CallTrusted
        } else {
            Confirmed::Call
        });
    }
    let a = appointments::get(&desk.db, actor, id).await?;
    let site = site_for(desk, actor, &a).await?;
    let (language, values) = message_values(desk, d, &a, &site).await?;
    let variant = match by {
        ConfirmBy::Sms => Variant::Sms,
        _ => messages::written_variant(d),
    };
    let text = messages::compose(
        &desk.db,
        Key::new(Kind::AppointmentConfirmation, variant, language),
        &values,
    )
    .await?;
    let (channel, recipient, done) = match by {
        ConfirmBy::Letter => (
            Channel::PaperLetter,
            d.address.lines().join("\n"),
            Confirmed::Letter,
        ),
        ConfirmBy::Sms => (
            Channel::Sms,
            d.phone(PhoneKind::Mobile).unwrap_or_default().to_owned(),
            Confirmed::Sms,
        ),
        _ => (
            Channel::Email,
            d.emails.first().map(|e| e.0.clone()).unwrap_or_default(),
            Confirmed::Email,
        ),
    };
    requests::enqueue(
        &desk.db,
        &Outgoing {
            person: d.summary.id,
            request: None,
            appointment: Some(id),
            kind: "confirmation".into(),
            channel: channel.code().into(),
            language: language.code().into(),
            recipient,
            subject: text.subject,
            body: text.body,
            due_at: now.timestamp(),
        },
        now.timestamp(),
    )
    .await?;
    Ok(done)
}

/// Where an appointment is held: its site, or the staff member's home site for one held
/// by phone or at home (whose number the person calls to cancel).
pub async fn site_for(desk: &Desk, actor: &Actor, a: &AppointmentView) -> Result<Site, StoreError> {
    let id = match a.place {
        Place::Site(s) => s,
        _ => home_site(desk, actor).await?,
    };
    org::get_site(&desk.db, id).await
}

/// Plans an appointment's reminders from the person's current preferences, replacing
/// any still pending: at booking, and again whenever the preferences change. Nothing is
/// planned in the past, nor what would arrive with the confirmation already sent; what
/// was left out is returned, to be said on the screen.
pub async fn plan_reminders(
    desk: &Desk,
    actor: &Actor,
    d: &PersonDetails,
    id: AppointmentId,
) -> Result<Vec<Skipped>, DeskError> {
    let now = desk.now();
    let a = appointments::get(&desk.db, actor, id).await?;
    let site = site_for(desk, actor, &a).await?;
    let mobile = d.phone(PhoneKind::Mobile).map(str::to_owned);
    let can = d.reachability();
    let closing: Vec<NaiveDate> = site.closing_days.iter().map(|c| c.date).collect();
    let starts = DateTime::from_timestamp(a.starts_at, 0).unwrap_or(now);
    let confirmation = appointments::confirmation(&desk.db, actor, id)
        .await?
        .and_then(|(channel, at)| {
            Some(Confirmation {
                by: match channel.as_str() {
                    "paper-letter" => ConfirmBy::Letter,
                    "email" => ConfirmBy::Email,
                    "sms" => ConfirmBy::Sms,
                    _ => ConfirmBy::Call(Channel::Landline),
                },
                sent_at: DateTime::from_timestamp(at, 0)?,
            })
        });
    let reminders = reminders_plan(
        &d.contact,
        can,
        starts,
        &closing,
        now,
        confirmation.as_ref(),
    );
    let (language, values) = message_values(desk, d, &a, &site).await?;
    // A letter or an email: standard or easy-read as the person wants; SMS: the short text.
    let written = messages::compose(
        &desk.db,
        Key::new(
            Kind::AppointmentReminder,
            messages::written_variant(d),
            language,
        ),
        &values,
    )
    .await?;
    let short = messages::compose(
        &desk.db,
        Key::new(Kind::AppointmentReminder, Variant::Sms, language),
        &values,
    )
    .await?;
    let base = Outgoing {
        person: d.summary.id,
        request: None,
        appointment: Some(id),
        kind: "reminder".into(),
        channel: String::new(),
        language: language.code().into(),
        recipient: String::new(),
        subject: written.subject.clone(),
        body: written.body,
        due_at: now.timestamp(),
    };
    let mut messages = Vec::new();
    if let Some(on) = reminders.letter_on {
        // With that day's post: from 8:00, or from now when it is today's.
        let due = from_brussels(on.and_time(NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default()))
            .max(now);
        messages.push(Outgoing {
            channel: "paper-letter".into(),
            recipient: d.address.lines().join("\n"),
            due_at: due.timestamp(),
            ..base.clone()
        });
    }
    if let Some((channel, at)) = reminders.message {
        let is_sms = channel == guichet_domain::contact::Channel::Sms;
        let recipient = if is_sms {
            mobile.clone().unwrap_or_default()
        } else {
            d.emails.first().map(|e| e.0.clone()).unwrap_or_default()
        };
        messages.push(Outgoing {
            channel: channel.code().into(),
            recipient,
            body: if is_sms {
                short.body.clone()
            } else {
                base.body.clone()
            },
            due_at: at.timestamp(),
            ..base.clone()
        });
    }
    let call = reminders
        .call_on
        .and_then(|on| actor.teams.first().map(|team| (*team, on)));
    appointments::replace_reminders(&desk.db, actor, id, &messages, call, now.timestamp()).await?;
    Ok(reminders.skipped)
}

/// After the person's preferences changed: plans again the reminders of each of their
/// appointments still to come. Past, cancelled or already held ones are left as they are.
pub async fn replan_upcoming(
    desk: &Desk,
    actor: &Actor,
    d: &PersonDetails,
) -> Result<(), DeskError> {
    let now = desk.now();
    let (desk, work) = desk.begin().await?;
    let upcoming = appointments::for_person(&desk.db, actor, &d.opened).await?;
    for a in upcoming
        .iter()
        .filter(|a| a.status == "planned" && a.starts_at > now.timestamp())
    {
        plan_reminders(&desk, actor, d, a.id).await?;
    }
    Ok(work.commit().await?)
}

/// Whom the actor can book an appointment with: the front-line colleagues (and the actor)
/// who share a team with them, accounts in use only.
pub async fn colleagues(desk: &Desk, actor: &Actor) -> Result<Vec<(UserId, String)>, StoreError> {
    Ok(users::list(&desk.db)
        .await?
        .into_iter()
        .filter(|u| !u.disabled)
        .filter(|u| {
            [Role::SocialWorker, Role::HealthWorker, Role::Reception]
                .iter()
                .any(|r| u.roles.contains(*r))
        })
        .filter(|u| u.teams.iter().any(|t| actor.teams.contains(t)))
        .map(|u| (u.id, u.display_name))
        .collect())
}

/// A worker's weekly hours (`None`: they recorded none, so no limit).
pub async fn worker_hours(desk: &Desk, worker: UserId) -> Result<Option<WeeklyHours>, StoreError> {
    let c = users::staff_contact(&desk.db, worker).await?;
    Ok(c.working_hours
        .as_deref()
        .and_then(|h| WeeklyHours::from_storage(h).ok()))
}

/// Why an appointment cannot be booked as asked; the web says each on the booking form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The time has passed.
    InThePast,
    /// A public holiday, or (at the offices) one of the site's closing days.
    Closed(NaiveDate, ClosedDay),
    /// Outside the site's opening hours (at the offices) or the worker's weekly hours.
    OutOfHours(OutOfHours),
    /// Another planned appointment of the worker, or in the same room, at that time.
    Clash(Clash),
}

/// Whether an appointment on `day` (at `time`, with `worker`, for `minutes`, as far as they
/// are known) can be booked: not in the past, not on a closed day, else inside the site's
/// and the worker's hours. Empty when it fits. `site`: the site's for an appointment at the
/// offices, `None` by phone or at home. Other appointments in the way are not looked at.
pub async fn fits(
    desk: &Desk,
    day: NaiveDate,
    time: Option<NaiveTime>,
    site: Option<&Site>,
    worker: Option<UserId>,
    minutes: i64,
) -> Result<Vec<Refusal>, DeskError> {
    let mut refused = Vec::new();
    if time.is_some_and(|t| from_brussels(day.and_time(t)) < desk.now()) {
        refused.push(Refusal::InThePast);
    }
    let closing = site.map(|s| s.closing_days.clone()).unwrap_or_default();
    if let Some(closed) = closed_for_appointments(day, site.is_some(), &closing) {
        refused.push(Refusal::Closed(day, closed));
        return Ok(refused);
    }
    let (Some(time), Some(worker)) = (time, worker) else {
        return Ok(refused);
    };
    let hours = worker_hours(desk, worker).await?;
    refused.extend(
        check_hours(
            day.and_time(time),
            minutes,
            site.map(|s| &s.opening_hours),
            hours.as_ref(),
        )
        .into_iter()
        .map(Refusal::OutOfHours),
    );
    Ok(refused)
}

/// An appointment booked: what became of the confirmation (when one was asked for) and
/// the reminders left out of the plan, to be said once on the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booked {
    pub id: AppointmentId,
    pub confirmed: Option<Confirmed>,
    pub skipped: Vec<Skipped>,
}

/// Books `new` for the person of file `d` (`site`: the site's when held there): only on an
/// open day, inside the site's and the worker's hours, clear of the worker's and the
/// room's other appointments, else [`DeskError::Refused`] with each reason. Then the
/// confirmation when `confirm` (first, so that the reminders planned next leave out what
/// would arrive with it), then the reminders.
pub async fn book(
    desk: &Desk,
    actor: &Actor,
    d: &PersonDetails,
    new: &NewAppointment,
    site: Option<&Site>,
    confirm: bool,
) -> Result<Booked, DeskError> {
    let now = desk.now();
    let starts = DateTime::from_timestamp(new.starts_at, 0).ok_or(DeskError::NotFound)?;
    // One unit: the checks, the appointment, its confirmation and its reminders, or
    // nothing (and no other booking can take the slot between the check and the write).
    let (desk, work) = desk.begin().await?;
    let desk = &desk;
    let local = brussels(starts);
    let refused = fits(
        desk,
        local.date(),
        Some(local.time()),
        site,
        Some(new.worker),
        new.minutes,
    )
    .await?;
    if !refused.is_empty() {
        return Err(DeskError::Refused(refused));
    }
    let clashes = appointments::clashes(&desk.db, new).await?;
    if !clashes.is_empty() {
        return Err(DeskError::Refused(
            clashes.into_iter().map(Refusal::Clash).collect(),
        ));
    }
    let id = appointments::create(&desk.db, actor, new, now.timestamp()).await?;
    let confirmed = if confirm {
        Some(self::confirm(desk, actor, d, id).await?)
    } else {
        None
    };
    let skipped = plan_reminders(desk, actor, d, id).await?;
    work.commit().await?;
    Ok(Booked {
        id,
        confirmed,
        skipped,
    })
}

/// The fridge card's text in force for this person and appointment, filled in: the
/// coordinator's edited template, else the shipped one, in the person's language and
/// variant (easy-read for someone who reads with difficulty). The screen's card and the
/// PDF are both laid out from it.
pub async fn card_text(
    desk: &Desk,
    d: &PersonDetails,
    a: &AppointmentView,
    site: &Site,
) -> Result<(Text, Values), DeskError> {
    let (language, values) = message_values(desk, d, a, site).await?;
    let key = Key::new(Kind::FridgeCard, messages::written_variant(d), language);
    let text = messages::compose(&desk.db, key, &values).await?;
    Ok((text, values))
}

/// What happened to the appointment: `planned`, `arrived`, `done`, `missed` (no penalty
/// attached) or `cancelled`, which withdraws its messages still waiting and its calls.
/// [`DeskError::NotAllowed`] for any other status.
pub async fn set_status(
    desk: &Desk,
    actor: &Actor,
    id: AppointmentId,
    status: &str,
) -> Result<(), DeskError> {
    Ok(appointments::set_status(&desk.db, actor, id, status, desk.now().timestamp()).await?)
}
