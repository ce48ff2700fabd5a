//! Referrals (journey J5): orienting a person to a service of the directory with their
//! consent, sharing only a minimal packet the worker chose; the receiving team of this
//! guichet accepts or refuses with a reason, and the sender sees the answer on the file.

use crate::{Desk, DeskError};
use guichet_domain::consent::{How, Purpose};
use guichet_domain::contact::PreferredLanguage;
use guichet_domain::ids::{PersonId, TeamId};
use guichet_domain::org::PhoneNumber;
use guichet_domain::Actor;
use guichet_store::access_log::{self, Action};
use guichet_store::directory::{self as dir, Listing};
use guichet_store::persons::{self, PersonDetails};
use guichet_store::referrals::{self, NewReferral, Packet, Referral};
use guichet_store::{consents, StoreError};

pub use guichet_domain::referral::{DelayError, Delays};

/// What the worker may choose to share, from the file: nothing is shared that is not
/// ticked.
#[derive(Debug, Clone)]
pub struct Offer {
    pub listing: Listing,
    pub name: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub language: String,
    /// The team of this guichet that runs the service, if any (else: a letter to hand over).
    pub to_team: Option<TeamId>,
    /// Where a service outside guichet takes email (the service's address, else its
    /// organisation's); `None` for a service run in this guichet.
    pub service_email: Option<String>,
}

/// What the worker ticked and wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choice {
    pub name: bool,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub language: bool,
    pub need: String,
    /// Also email it to the outside service (see [`Offer::service_email`]).
    pub by_email: bool,
}

fn from_team(actor: &Actor, following: &[TeamId]) -> Option<TeamId> {
    actor.teams.iter().find(|t| following.contains(t)).copied()
}

async fn opened(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
) -> Result<(PersonDetails, TeamId), DeskError> {
    let d = persons::details(&desk.db, actor, person).await?;
    let relation = d.opened.relation(actor)?;
    if !actor.may_refer(relation) {
        return Err(DeskError::NotAllowed);
    }
    let team = from_team(actor, &d.followed_by).ok_or(DeskError::NotAllowed)?;
    Ok((d, team))
}

/// The form's choices for referring `person` to listing `listing`.
pub async fn offer(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    listing: i64,
) -> Result<Offer, DeskError> {
    let (d, _) = opened(desk, actor, person).await?;
    let listing = dir::listing(&desk.db, listing)
        .await?
        .ok_or(DeskError::NotFound)?;
    let parts = dir::service_parts(&desk.db, &listing.service_id)
        .await?
        .ok_or(DeskError::NotFound)?;
    Ok(Offer {
        listing,
        name: d.summary.full_name(),
        phones: d
            .phones
            .iter()
            .map(|(n, _, _)| PhoneNumber::from_stored(n).display())
            .collect(),
        emails: d.emails.iter().map(|(e, _)| e.clone()).collect(),
        language: match &d.contact.language {
            PreferredLanguage::Code(c) => (*c).to_owned(),
            PreferredLanguage::Other(name) => name.clone(),
            PreferredLanguage::Unknown => String::new(),
        },
        to_team: parts.team_id.map(TeamId::new),
        service_email: parts
            .team_id
            .is_none()
            .then(|| {
                parts
                    .service
                    .email
                    .clone()
                    .or_else(|| parts.organization.as_ref().and_then(|o| o.email.clone()))
            })
            .flatten()
            .filter(|e| e.contains('@')),
    })
}

/// Sends the referral: the person's consent to share (given at the desk) is recorded, the
/// packet holds only what was chosen, and its handing-out is in the access log; when asked
/// and the outside service takes email, the email is queued in `lang` (the worker's). All
/// of it in one unit of work, or nothing.
pub async fn send(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    listing: i64,
    choice: &Choice,
    lang: guichet_domain::Lang,
) -> Result<Referral, DeskError> {
    let offer = offer(desk, actor, person, listing).await?;
    let now = desk.now().timestamp();
    let delays = referrals::delays(&desk.db).await?;
    let (desk, work) = desk.begin().await?;
    let (file, team) = opened(&desk, actor, person).await?;
    let pick = |wanted: &Option<String>, have: &[String]| match wanted {
        Some(w) if have.contains(w) => Ok(Some(w.clone())),
        Some(_) => Err(DeskError::Changed),
        None => Ok(None),
    };
    let email_to = if choice.by_email {
        Some(offer.service_email.clone().ok_or(DeskError::Changed)?)
    } else {
        None
    };
    let packet = Packet {
        name: choice.name.then(|| offer.name.clone()),
        phone: pick(&choice.phone, &offer.phones)?,
        email: pick(&choice.email, &offer.emails)?,
        language: (choice.language && !offer.language.is_empty()).then(|| offer.language.clone()),
        need: choice.need.trim().to_owned(),
    };
    consents::give(
        &desk.db,
        actor,
        person,
        Purpose::ShareWithServices,
        How::Desk,
        now,
        None,
    )
    .await?;
    let id = referrals::insert(
        &desk.db,
        actor,
        &NewReferral {
            person,
            from_team: team,
            service_id: &offer.listing.service_id,
            listing_id: Some(offer.listing.id),
            service_name: &offer.listing.name,
            to_team: offer.to_team,
            packet: &packet,
            expires_at: delays.expires_at(now),
            emailed_to: email_to.as_deref(),
        },
        now,
    )
    .await?;
    access_log::record(
        &desk.db,
        actor.user_id,
        person,
        Action::Export,
        &format!("referral {id}"),
        "",
        now,
    )
    .await?;
    let sent = referrals::for_person(&desk.db, actor, &file.opened, now)
        .await?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or(DeskError::NotFound)?;
    if let Some(to) = &email_to {
        email_service(&desk, actor, team, &sent, to, lang).await?;
    }
    work.commit().await?;
    Ok(sent)
}

/// The referrals of a file (the person's page), newest first.
pub async fn of_file(
    desk: &Desk,
    actor: &Actor,
    file: &persons::OpenedFile,
) -> Result<Vec<Referral>, DeskError> {
    Ok(referrals::for_person(&desk.db, actor, file, desk.now().timestamp()).await?)
}

/// A referral waiting in a receiving team's queue, with how long it has waited.
pub struct Incoming {
    pub referral: Referral,
    pub days_waiting: i64,
    /// Waiting for at least the organisation's reminder delay.
    pub remind: bool,
}

/// The incoming queue of the actor's teams.
pub async fn incoming(desk: &Desk, actor: &Actor) -> Result<Vec<Incoming>, DeskError> {
    let now = desk.now().timestamp();
    let delays = referrals::delays(&desk.db).await?;
    Ok(referrals::incoming(&desk.db, actor, now)
        .await?
        .into_iter()
        .map(|r| {
            let days_waiting = (now - r.created_at).div_euclid(86_400);
            Incoming {
                remind: r.status == referrals::Status::Sent && delays.remind(days_waiting),
                days_waiting,
                referral: r,
            }
        })
        .collect())
}

/// The organisation's referral delays.
pub async fn delays(desk: &Desk) -> Result<Delays, DeskError> {
    Ok(referrals::delays(&desk.db).await?)
}

/// Changes the delays for referrals sent from now on (coordinators and administrators).
pub async fn set_delays(desk: &Desk, actor: &Actor, d: Delays) -> Result<(), DeskError> {
    Ok(referrals::set_delays(&desk.db, actor, d).await?)
}

/// Accepts, or refuses with a reason. [`DeskError::Changed`] when it was answered
/// meanwhile or has expired.
pub async fn answer(
    desk: &Desk,
    actor: &Actor,
    id: i64,
    accept: bool,
    reason: Option<&str>,
) -> Result<Referral, DeskError> {
    let now = desk.now().timestamp();
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    let (desk, work) = desk.begin().await?;
    let answered = match referrals::answer(&desk.db, actor, id, accept, reason, now).await {
        Ok(r) => r,
        Err(StoreError::Changed) => return Err(DeskError::Changed),
        Err(e) => return Err(e.into()),
    };
    tell_person(&desk, &answered).await?;
    work.commit().await?;
    Ok(answered)
}

/// Queues the answer to the person in their first usable channel, language and variant
/// (a refusal too, with its reason), as their file is seen by the worker who referred
/// them; nothing when that worker may no longer open the file or no channel works (the
/// answer is on the file and in the report).
async fn tell_person(desk: &Desk, r: &Referral) -> Result<(), DeskError> {
    use crate::messages;
    use guichet_outputs::templates::{Key, Kind, Variant};
    let now = desk.now().timestamp();
    let sender = match guichet_store::users::actor(
        &desk.db,
        guichet_domain::ids::UserId::new(r.from_user_id),
        now,
    )
    .await
    {
        Ok(a) => a,
        Err(_) => return Ok(()),
    };
    let person = PersonId::new(r.person_id);
    let d = match persons::details(&desk.db, &sender, person).await {
        Ok(d) => d,
        Err(StoreError::NotFound | StoreError::Forbidden) => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    let Some((channel, recipient)) = messages::reach(&d) else {
        return Ok(());
    };
    let language = messages::message_language(&d);
    let tr = guichet_words::Tr::new(messages::words_lang(language), desk.words.clone());
    let (address, phone) = match r.listing_id {
        Some(l) => match crate::directory::listing(desk, l).await {
            Ok(detail) => {
                let s = crate::directory::service_view(
                    &tr,
                    &detail,
                    guichet_domain::clock::brussels(desk.now()).date(),
                );
                (s.address.join(", "), s.phones.join(", "))
            }
            Err(_) => (String::new(), String::new()),
        },
        None => (String::new(), String::new()),
    };
    let site = messages::sender_site(desk, &sender).await?;
    let organisation = guichet_store::org::organisation_name(&desk.db)
        .await?
        .unwrap_or_default();
    let accepted = r.status == referrals::Status::Accepted;
    let values = [
        ("name", d.summary.full_name()),
        ("service_name", r.service_name.clone()),
        (
            "accepted",
            if accepted {
                "yes".into()
            } else {
                String::new()
            },
        ),
        ("reason", r.reason.clone().unwrap_or_default()),
        ("service_address", address),
        ("service_phone", phone),
        ("phone", site.map(|s| s.phone.display()).unwrap_or_default()),
        ("organisation", organisation),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let variant = match channel {
        guichet_domain::contact::Channel::Sms => Variant::Sms,
        _ => messages::written_variant(&d),
    };
    let text = messages::compose(
        &desk.db,
        Key::new(Kind::ReferralAnswer, variant, language),
        &values,
    )
    .await?;
    guichet_store::requests::enqueue(
        &desk.db,
        &guichet_store::requests::Outgoing {
            person,
            request: None,
            appointment: None,
            kind: "referral-answer".into(),
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
    Ok(())
}

/// A referral to a service outside this guichet, as a letter to hand over or post to the
/// service: what the person agreed to share and their need, from the worker's team, in
/// `lang` (the worker's). Returned with the person's name, for a page that says what could
/// not be laid out. [`DeskError::NotFound`] for a referral of another file or one the
/// service answers in guichet.
pub async fn letter(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    referral: i64,
    lang: guichet_domain::Lang,
) -> Result<(guichet_letters::Letter, String), DeskError> {
    let (d, team) = opened(desk, actor, person).await?;
    let now = desk.now();
    let r = referrals::for_person(&desk.db, actor, &d.opened, now.timestamp())
        .await?
        .into_iter()
        .find(|r| r.id == referral && r.to_team_id.is_none())
        .ok_or(DeskError::NotFound)?;
    let tr = guichet_words::Tr::new(lang, desk.words.clone());
    let parts = dir::service_parts(&desk.db, &r.service_id).await?;
    let listing = match r.listing_id {
        Some(l) => dir::listing(&desk.db, l).await?,
        None => None,
    };
    let mut recipient = Vec::new();
    if let Some(p) = &parts {
        if let Some(o) = &p.organization {
            recipient.push(o.name.clone());
        }
        recipient.push(r.service_name.clone());
        let place = p
            .places
            .iter()
            .find(|(_, l)| {
                listing
                    .as_ref()
                    .is_some_and(|x| x.location_id.as_ref() == Some(&l.id))
            })
            .or_else(|| p.places.first());
        if let Some(a) = place.and_then(|(_, l)| l.physical_address()) {
            recipient.push(a.address_1.clone());
            recipient.push(format!("{} {}", a.postal_code, a.city));
        }
    } else {
        recipient.push(r.service_name.clone());
    }
    let (organisation, team_name) = crate::messages::sender_names(desk, team).await?;
    let site = crate::messages::sender_site(desk, actor).await?;
    let mut sender = vec![organisation.clone(), team_name];
    let mut contact = Vec::new();
    if let Some(s) = &site {
        sender.push(s.street.clone());
        sender.push(format!("{} {}", s.postcode.get(), s.municipality));
        contact.push(tr.t1("letter-contact-phone", "phone", s.phone.display()));
    }
    sender.retain(|l| !l.trim().is_empty());
    let body = shared_text(&tr, &organisation, &r.packet);
    let today = guichet_domain::clock::brussels(now).date();
    let letter = guichet_letters::Letter {
        format: guichet_letters::Format::Letter,
        variant: guichet_letters::Variant::Standard,
        lang: lang.code().into(),
        sender,
        recipient,
        place_date: crate::messages::letter_date(lang.code(), &tr, today),
        reference: None,
        subject: tr.t1("ref-letter-subject", "service", &r.service_name),
        body,
        contact,
        envelope: None,
    };
    Ok((letter, d.summary.full_name()))
}

/// What a service outside guichet receives, by letter or by email: who refers, exactly
/// what the person agreed to share, and their need.
fn shared_text(tr: &guichet_words::Tr, organisation: &str, packet: &Packet) -> String {
    let mut body = vec![tr.t1("ref-letter-intro", "organisation", organisation)];
    let mut shared = Vec::new();
    if let Some(n) = &packet.name {
        shared.push(format!("{} {n}", tr.t("ref-letter-name")));
    }
    if let Some(p) = &packet.phone {
        shared.push(format!("{} {p}", tr.t("ref-letter-phone")));
    }
    if let Some(e) = &packet.email {
        shared.push(format!("{} {e}", tr.t("ref-letter-email")));
    }
    if let Some(l) = &packet.language {
        shared.push(format!("{} {l}", tr.t("ref-letter-language")));
    }
    if !shared.is_empty() {
        body.push(shared.join("\n"));
    }
    body.push(format!("{}\n{}", tr.t("ref-letter-need"), packet.need));
    body.push(tr.t("ref-letter-closing"));
    body.join("\n\n")
}

/// Queues the referral as an email to the outside service, signed by the sender's team
/// with its site's address and phone, in `lang` (the worker's).
async fn email_service(
    desk: &Desk,
    actor: &Actor,
    team: TeamId,
    r: &Referral,
    to: &str,
    lang: guichet_domain::Lang,
) -> Result<(), DeskError> {
    let now = desk.now().timestamp();
    let tr = guichet_words::Tr::new(lang, desk.words.clone());
    let (organisation, team_name) = crate::messages::sender_names(desk, team).await?;
    let mut signature = vec![organisation.clone(), team_name];
    if let Some(s) = crate::messages::sender_site(desk, actor).await? {
        signature.push(format!(
            "{}, {} {}",
            s.street,
            s.postcode.get(),
            s.municipality
        ));
        signature.push(tr.t1("letter-contact-phone", "phone", s.phone.display()));
    }
    signature.retain(|l| !l.trim().is_empty());
    let body = format!(
        "{}\n\n-- \n{}",
        shared_text(&tr, &organisation, &r.packet),
        signature.join("\n")
    );
    guichet_store::requests::enqueue(
        &desk.db,
        &guichet_store::requests::Outgoing {
            person: PersonId::new(r.person_id),
            request: None,
            appointment: None,
            kind: "referral-email".into(),
            channel: guichet_domain::contact::Channel::Email.code().into(),
            language: lang.code().into(),
            recipient: to.to_owned(),
            subject: tr.t1("ref-letter-subject", "service", &r.service_name),
            body,
            due_at: now,
        },
        now,
    )
    .await?;
    access_log::record(
        &desk.db,
        actor.user_id,
        PersonId::new(r.person_id),
        Action::Export,
        &format!("referral-email {}", r.id),
        "",
        now,
    )
    .await?;
    Ok(())
}

/// Records in the access log that a referral letter was printed (once laid out; not
/// handed out if the log cannot be written).
pub async fn letter_printed(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    referral: i64,
) -> Result<(), DeskError> {
    access_log::record(
        &desk.db,
        actor.user_id,
        person,
        Action::Print,
        &format!("referral-letter {referral}"),
        "",
        desk.now().timestamp(),
    )
    .await?;
    Ok(())
}
