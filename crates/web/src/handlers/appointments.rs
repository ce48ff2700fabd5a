//! Appointments: booking with a conflict check, reminders planned in the person's
//! channels, a large-print card for the fridge, and what happened (no penalty flag).

use super::requests::{date_in_words, walkin_in_words};
use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::i18n::Tr;
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use guichet_domain::appointment::{
    closed_for_appointments, from_brussels, plan_reminders, ClosedDay,
};
use guichet_domain::calendar::Holiday;
use guichet_domain::clock::brussels;
use guichet_domain::ids::{AppointmentId, PersonId, SiteId, UserId};
use guichet_domain::person::PhoneKind;
use guichet_domain::Role;
use guichet_outputs::templates::{Key, Kind, Language, Values, Variant};
use guichet_store::appointments::{self, AppointmentView, NewAppointment, Place};
use guichet_store::org::{self, Site};
use guichet_store::persons::{self, PersonDetails};
use guichet_store::requests::{self, Outgoing};
use guichet_store::{users, StoreError};

const DURATIONS: [i64; 5] = [15, 30, 45, 60, 90];

#[derive(Default)]
struct Form {
    worker: String,
    place: String,
    site: String,
    room: String,
    day: String,
    month: String,
    year: String,
    time: String,
    minutes: String,
    what_to_bring: String,
    /// "Send a confirmation": the person is not at the desk.
    confirm: bool,
}

impl Form {
    fn from_body(b: &[u8]) -> Self {
        Self {
            worker: value(b, "worker"),
            place: value(b, "place"),
            site: value(b, "site"),
            room: value(b, "room"),
            day: value(b, "day"),
            month: value(b, "month"),
            year: value(b, "year"),
            time: value(b, "time"),
            minutes: value(b, "minutes"),
            what_to_bring: value(b, "what_to_bring"),
            confirm: value(b, "confirm") == "yes",
        }
    }
}

#[derive(Template)]
#[template(path = "appointment_new.html")]
struct NewTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    name: String,
    f: Form,
    workers: Vec<Choice>,
    places: Vec<Choice>,
    sites: Vec<Choice>,
    durations: Vec<Choice>,
}

/// Front-line colleagues who share a team with the actor.
async fn colleagues(
    state: &AppState,
    me: &crate::ctx::SignedIn,
) -> Result<Vec<(UserId, String)>, StoreError> {
    Ok(users::list(&state.db)
        .await?
        .into_iter()
        .filter(|u| !u.disabled)
        .filter(|u| {
            [Role::SocialWorker, Role::HealthWorker, Role::Reception]
                .iter()
                .any(|r| u.roles.contains(*r))
        })
        .filter(|u| u.teams.iter().any(|t| me.actor.teams.contains(t)))
        .map(|u| (u.id, u.display_name))
        .collect())
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    d: &PersonDetails,
    f: Form,
    errors: Errors,
) -> Response {
    let loaded = async {
        Ok::<_, StoreError>((
            colleagues(state, me).await?,
            org::list_sites(&state.db).await?,
        ))
    }
    .await;
    let (workers, sites) = match loaded {
        Ok(v) => v,
        Err(e) => return unavailable(ctx, e),
    };
    let workers = workers
        .into_iter()
        .map(|(id, name)| Choice {
            checked: f.worker == id.to_string(),
            value: id.to_string(),
            label: name,
        })
        .collect();
    let places = [
        ("site", "appointment-place-site"),
        ("phone", "appointment-place-phone"),
        ("home", "appointment-place-home"),
    ]
    .iter()
    .map(|(v, k)| Choice {
        value: (*v).into(),
        label: ctx.t(k),
        checked: f.place == *v || (f.place.is_empty() && *v == "site"),
    })
    .collect();
    let sites = sites
        .iter()
        .map(|s| Choice {
            value: s.id.to_string(),
            label: s.name.clone(),
            checked: f.site == s.id.to_string(),
        })
        .collect();
    let durations = DURATIONS
        .iter()
        .map(|m| Choice {
            value: m.to_string(),
            label: ctx.tr.tn("appointment-minutes", "minutes", *m),
            checked: f.minutes == m.to_string() || (f.minutes.is_empty() && *m == 30),
        })
        .collect();
    let status = errors.status();
    let tpl = NewTpl {
        p: Page::new(ctx, "appointment-new-title").with_errors(&errors),
        errors,
        person_id: d.summary.id,
        name: d.summary.full_name(),
        f,
        workers,
        places,
        sites,
        durations,
    };
    render(status, &tpl)
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let d = match super::person_file(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let f = Form {
        worker: me.user.id.to_string(),
        site: home_site(&state, &me)
            .await
            .map(|s| s.to_string())
            .unwrap_or_default(),
        ..Default::default()
    };
    form_page(&state, &ctx, &me, &d, f, Errors::default()).await
}

fn hhmm(t: &str) -> Option<NaiveTime> {
    let t = t.trim().replace(['h', 'u', '.'], ":");
    let (h, m) = t.split_once(':').unwrap_or((&t, "0"));
    let m = if m.trim().is_empty() { "0" } else { m.trim() };
    NaiveTime::from_hms_opt(h.trim().parse().ok()?, m.parse().ok()?, 0)
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let d = match super::person_file(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let f = Form::from_body(&body);
    let mut errors = Errors::default();
    let now = state.clock.now();
    let workers = match colleagues(&state, &me).await {
        Ok(w) => w,
        Err(e) => return unavailable(&ctx, e),
    };
    let worker = workers
        .iter()
        .find(|w| w.0.to_string() == f.worker)
        .cloned();
    if worker.is_none() {
        errors.push("worker", ctx.t("appointment-worker-missing"));
    }
    let place = match f.place.as_str() {
        "phone" => Some(Place::Phone),
        "home" => Some(Place::Home),
        _ => match f.site.parse::<SiteId>() {
            Ok(s) => Some(Place::Site(s)),
            Err(_) => {
                errors.push("site", ctx.t("appointment-site-missing"));
                None
            }
        },
    };
    let date = (|| {
        NaiveDate::from_ymd_opt(
            f.year.trim().parse().ok()?,
            f.month.trim().parse().ok()?,
            f.day.trim().parse().ok()?,
        )
    })();
    if date.is_none() {
        errors.push("day", ctx.t("appointment-date-invalid"));
    }
    let time = hhmm(&f.time);
    if time.is_none() {
        errors.push("time", ctx.t("appointment-time-invalid"));
    }
    let minutes: i64 = f
        .minutes
        .parse()
        .ok()
        .filter(|m| DURATIONS.contains(m))
        .unwrap_or(30);
    let starts = date.zip(time).map(|(d, t)| from_brussels(d.and_time(t)));
    if starts.is_some_and(|s| s < now) {
        errors.push("day", ctx.t("appointment-in-the-past"));
    }
    if let Some(day) = date {
        let (at_site, closing) = match place {
            Some(Place::Site(s)) => match org::get_site(&state.db, s).await {
                Ok(site) => (true, site.closing_days),
                Err(StoreError::NotFound) => {
                    errors.push("site", ctx.t("appointment-site-missing"));
                    (true, Vec::new())
                }
                Err(e) => return unavailable(&ctx, e),
            },
            _ => (false, Vec::new()),
        };
        if let Some(closed) = closed_for_appointments(day, at_site, &closing) {
            errors.push("day", closed_in_words(&ctx.tr, day, &closed));
        }
    }
    let (Some((worker, worker_name)), Some(place), Some(starts), true) =
        (worker, place, starts, errors.is_empty())
    else {
        return form_page(&state, &ctx, &me, &d, f, errors).await;
    };
    let new = NewAppointment {
        person: d.summary.id,
        worker,
        place,
        room: f.room.clone(),
        starts_at: starts.timestamp(),
        minutes,
        what_to_bring: f.what_to_bring.clone(),
    };
    match appointments::clashes(&state.db, &new).await {
        Ok(clashes) if !clashes.is_empty() => {
            for c in clashes {
                let from = DateTime::from_timestamp(c.starts_at, 0)
                    .map(brussels)
                    .unwrap_or_default();
                let to = from + chrono::Duration::minutes(c.minutes);
                let span = format!("{}–{}", from.format("%H:%M"), to.format("%H:%M"));
                if c.same_worker {
                    errors.push(
                        "time",
                        ctx.tr.t1(
                            "appointment-clash-worker",
                            "span",
                            format!("{worker_name} {span}"),
                        ),
                    );
                } else {
                    errors.push("room", ctx.tr.t1("appointment-clash-room", "span", span));
                }
            }
            return form_page(&state, &ctx, &me, &d, f, errors).await;
        }
        Ok(_) => {}
        Err(e) => return unavailable(&ctx, e),
    }
    let id = match appointments::create(&state.db, &me.actor, &new, now.timestamp()).await {
        Ok(id) => id,
        Err(StoreError::Conflict) => return form_page(&state, &ctx, &me, &d, f, errors).await,
        Err(StoreError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    if let Err(e) = plan(&state, &me, &d, id, now).await {
        return unavailable(&ctx, e);
    }
    if f.confirm {
        if let Err(e) = confirm(&state, &me, &d, id, now).await {
            return unavailable(&ctx, e);
        }
    }
    Redirect::to(&format!("/appointments/{id}")).into_response()
}

/// The words an appointment's messages are written with, in the person's language.
async fn message_values(
    state: &AppState,
    d: &PersonDetails,
    a: &AppointmentView,
    site: &Site,
) -> Result<(Language, Values), StoreError> {
    let language = super::templates::message_language(d);
    let organisation = org::organisation_name(&state.db).await?.unwrap_or_default();
    let values = super::templates::appointment_values(
        state,
        language,
        &d.summary.full_name(),
        a,
        site,
        &organisation,
    );
    Ok((language, values))
}

/// Queues a confirmation of the appointment in the person's first usable written channel
/// (a letter, or an email that carries the .ics). Someone reachable only by text message
/// gets the text reminder two days before; nothing more is sent now.
async fn confirm(
    state: &AppState,
    me: &crate::ctx::SignedIn,
    d: &PersonDetails,
    id: AppointmentId,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    use guichet_domain::contact::Channel;
    let can = d.reachability();
    let Some(channel) = d
        .contact
        .channels
        .iter()
        .copied()
        .find(|c| matches!(c, Channel::PaperLetter | Channel::Email) && can.allows(*c))
    else {
        return Ok(());
    };
    let a = appointments::get(&state.db, &me.actor, id).await?;
    let site = site_for(state, &a, me).await?;
    let (language, values) = message_values(state, d, &a, &site).await?;
    let text = super::templates::compose(
        &state.db,
        Key::new(
            Kind::AppointmentConfirmation,
            super::templates::written_variant(d),
            language,
        ),
        &values,
    )
    .await?;
    let recipient = match channel {
        Channel::PaperLetter => d.address.lines().join("\n"),
        _ => d.emails.first().map(|e| e.0.clone()).unwrap_or_default(),
    };
    requests::enqueue(
        &state.db,
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
    Ok(())
}

/// The fridge card as a PDF (A5, large print), from the organisation's fridge-card text
/// in the person's language.
pub async fn card_pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let (a, d, site) = match open_appointment(&state, &ctx, &me, &id).await {
        Ok(v) => v,
        Err(resp) => return resp,
    };
    let id = a.id;
    let written = async {
        let (language, values) = message_values(&state, &d, &a, &site).await?;
        let text = super::templates::compose(
            &state.db,
            Key::new(
                Kind::FridgeCard,
                super::templates::written_variant(&d),
                language,
            ),
            &values,
        )
        .await?;
        Ok::<_, StoreError>((language, text))
    }
    .await;
    let (language, text) = match written {
        Ok(v) => v,
        Err(e) => return unavailable(&ctx, e),
    };
    // A phone number is never split over two lines on the card.
    let phone = site.phone.display();
    let body = text.body.replace(&phone, &phone.replace(' ', "\u{a0}"));
    let card = guichet_letters::Letter {
        format: guichet_letters::Format::Card,
        variant: guichet_letters::Variant::LargePrint,
        lang: language.code().into(),
        sender: Vec::new(),
        recipient: Vec::new(),
        place_date: String::new(),
        reference: None,
        subject: text.subject,
        body,
        // The card's text already says whom to call.
        contact: Vec::new(),
    };
    match tokio::task::spawn_blocking(move || guichet_letters::render(&[card])).await {
        Ok(Ok(pdf)) => super::paper_tray::pdf_response(pdf, &format!("card-{id}.pdf")),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "fridge card could not be printed");
            unavailable(&ctx, e)
        }
        Err(e) => unavailable(&ctx, e),
    }
}

pub fn holiday_key(h: Holiday) -> &'static str {
    match h {
        Holiday::NewYear => "holiday-new-year",
        Holiday::EasterMonday => "holiday-easter-monday",
        Holiday::LabourDay => "holiday-labour-day",
        Holiday::Ascension => "holiday-ascension",
        Holiday::WhitMonday => "holiday-whit-monday",
        Holiday::NationalDay => "holiday-national-day",
        Holiday::Assumption => "holiday-assumption",
        Holiday::AllSaints => "holiday-all-saints",
        Holiday::Armistice => "holiday-armistice",
        Holiday::Christmas => "holiday-christmas",
    }
}

/// "Friday 25 December 2026 is a public holiday (Christmas): …", or the site's own reason.
fn closed_in_words(tr: &Tr, day: NaiveDate, closed: &ClosedDay) -> String {
    let day = date_in_words(tr, day);
    match closed {
        ClosedDay::PublicHoliday(h) => tr.t2(
            "appointment-public-holiday",
            ("day", day),
            ("holiday", tr.t(holiday_key(*h))),
        ),
        ClosedDay::SiteClosed(reason) if reason.trim().is_empty() => {
            tr.t1("appointment-site-closed-day", "day", day)
        }
        ClosedDay::SiteClosed(reason) => tr.t2(
            "appointment-site-closed-because",
            ("day", day),
            ("reason", reason.trim()),
        ),
    }
}

/// The site of the staff member's first team: the default place, and the phone number to
/// cancel an appointment held by phone or at home.
pub(crate) async fn home_site(
    state: &AppState,
    me: &crate::ctx::SignedIn,
) -> Result<SiteId, StoreError> {
    org::home_site(&state.db, &me.actor.teams)
        .await?
        .ok_or(StoreError::NotFound)
}

async fn site_for(
    state: &AppState,
    a: &AppointmentView,
    me: &crate::ctx::SignedIn,
) -> Result<Site, StoreError> {
    let id = match a.place {
        Place::Site(s) => s,
        _ => home_site(state, me).await?,
    };
    org::get_site(&state.db, id).await
}

/// The card's lines, in the person's language.
fn card_lines(tr: &Tr, a: &AppointmentView, site: &Site) -> (String, String, Vec<String>) {
    let start = DateTime::from_timestamp(a.starts_at, 0)
        .map(brussels)
        .unwrap_or_default();
    let day = date_in_words(tr, start.date());
    let time = tr.t1("card-time", "time", start.format("%H:%M"));
    let mut lines = vec![tr.t1("card-with", "worker", &a.worker_name)];
    lines.push(match a.place {
        Place::Site(_) => tr.t1(
            "card-where-site",
            "address",
            format!(
                "{}, {}, {} {}",
                site.name_in(tr.lang.code()),
                site.street,
                site.postcode.get(),
                site.municipality
            ),
        ),
        Place::Phone => tr.t("card-where-phone"),
        Place::Home => tr.t("card-where-home"),
    });
    if !a.room.is_empty() {
        lines.push(tr.t1("card-room", "room", &a.room));
    }
    if !a.what_to_bring.is_empty() {
        lines.push(tr.t1("card-bring", "things", &a.what_to_bring));
    }
    lines.push(tr.t1("card-cancel", "phone", site.phone.display()));
    (day, time, lines)
}

/// Plans an appointment's reminders from the person's current preferences, replacing
/// any still pending: at booking, and again whenever the preferences change.
async fn plan(
    state: &AppState,
    me: &crate::ctx::SignedIn,
    d: &PersonDetails,
    id: AppointmentId,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let a = appointments::get(&state.db, &me.actor, id).await?;
    let site = site_for(state, &a, me).await?;
    let mobile = d.phone(PhoneKind::Mobile).map(str::to_owned);
    let can = d.reachability();
    let closing: Vec<NaiveDate> = site.closing_days.iter().map(|c| c.date).collect();
    let starts = DateTime::from_timestamp(a.starts_at, 0).unwrap_or(now);
    let reminders = plan_reminders(&d.contact, can, starts, &closing, now);
    let (language, values) = message_values(state, d, &a, &site).await?;
    // A letter or an email: standard or easy-read as the person wants; SMS: the short text.
    let written = super::templates::compose(
        &state.db,
        Key::new(
            Kind::AppointmentReminder,
            super::templates::written_variant(d),
            language,
        ),
        &values,
    )
    .await?;
    let short = super::templates::compose(
        &state.db,
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
        let due = from_brussels(on.and_time(NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default()));
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
        .and_then(|on| me.actor.teams.first().map(|team| (*team, on)));
    appointments::replace_reminders(&state.db, &me.actor, id, &messages, call, now.timestamp())
        .await
}

/// After the person's preferences changed: plans again the reminders of each of their
/// appointments still to come. Past, cancelled or already held ones are left as they are.
pub(crate) async fn replan_upcoming(
    state: &AppState,
    me: &crate::ctx::SignedIn,
    d: &PersonDetails,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let upcoming = appointments::for_person(&state.db, &me.actor, d.summary.id).await?;
    for a in upcoming
        .iter()
        .filter(|a| a.status == "planned" && a.starts_at > now.timestamp())
    {
        plan(state, me, d, a.id, now).await?;
    }
    Ok(())
}

// ---------- the appointment page and the card ----------

#[derive(Template)]
#[template(path = "appointment.html")]
struct ShowTpl {
    p: Page,
    a: AppointmentView,
    person_name: String,
    day: String,
    time: String,
    lines: Vec<String>,
    status: String,
    reminders: Vec<String>,
}

pub fn status_key(s: &str) -> &'static str {
    match s {
        "arrived" => "appointment-status-arrived",
        "done" => "appointment-status-done",
        "cancelled" => "appointment-status-cancelled",
        "missed" => "appointment-status-missed",
        _ => "appointment-status-planned",
    }
}

/// An appointment the signed-in worker may see, with its person's file and its site,
/// written in the access log (read, print or export, by the path); otherwise the page to
/// answer with ("not found" for an appointment one may not see, as for one that does not
/// exist).
async fn open_appointment(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    id: &str,
) -> Result<(AppointmentView, PersonDetails, Site), Response> {
    let Ok(id) = id.parse::<AppointmentId>() else {
        return Err(not_found(ctx));
    };
    let loaded = async {
        let a = appointments::get(&state.db, &me.actor, id).await?;
        let d = persons::details(&state.db, &me.actor, a.person).await?;
        let site = site_for(state, &a, me).await?;
        Ok::<_, StoreError>((a, d, site))
    }
    .await;
    let (a, d, site) = match loaded {
        Ok(v) => v,
        Err(StoreError::NotFound) => return Err(not_found(ctx)),
        Err(e) => return Err(unavailable(ctx, e)),
    };
    super::log_read(state, ctx, me, a.person).await?;
    Ok((a, d, site))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let (a, d, site) = match open_appointment(&state, &ctx, &me, &id).await {
        Ok(v) => v,
        Err(resp) => return resp,
    };
    let id = a.id;
    let loaded = async {
        let queued = requests::pending_for_person(&state.db, &me.actor, a.person).await?;
        let calls = appointments::call_tasks(&state.db, &me.actor, id).await?;
        Ok::<_, StoreError>((queued, calls))
    }
    .await;
    let (queued, calls) = match loaded {
        Ok(v) => v,
        Err(StoreError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    let (day, time, lines) = card_lines(&ctx.tr, &a, &site);
    let mut reminders: Vec<String> = queued
        .iter()
        .filter(|m| m.appointment == Some(id))
        .map(|m| {
            let when = DateTime::from_timestamp(m.due_at, 0)
                .map(brussels)
                .unwrap_or_default();
            let channel = guichet_domain::contact::Channel::parse(&m.channel)
                .map(|c| ctx.t(super::contact::channel_key(c)))
                .unwrap_or_else(|| m.channel.clone());
            ctx.tr.t1(
                "appointment-reminder-line",
                "when",
                format!("{} — {channel}", when.format("%d/%m/%Y %H:%M")),
            )
        })
        .collect();
    reminders.extend(calls.iter().map(|d| {
        ctx.tr
            .t1("appointment-call-line", "day", date_in_words(&ctx.tr, *d))
    }));
    let tpl = ShowTpl {
        p: Page::new(&ctx, "appointment-title"),
        person_name: d.summary.full_name(),
        status: ctx.t(status_key(&a.status)),
        a,
        day,
        time,
        lines,
        reminders,
    };
    render(StatusCode::OK, &tpl)
}

#[derive(Template)]
#[template(path = "fridge_card.html")]
struct CardTpl {
    p: Page,
    id: AppointmentId,
    printed_lang: &'static str,
    title: String,
    day: String,
    time: String,
    lines: Vec<String>,
    walkin: String,
}

/// A5, large print, in the person's language: the day in words, the time, the address,
/// whom they will see, what to bring, a number to cancel.
pub async fn card(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let (a, d, site) = match open_appointment(&state, &ctx, &me, &id).await {
        Ok(v) => v,
        Err(resp) => return resp,
    };
    let id = a.id;
    let lang = super::contact::language_of(&d);
    let tr = Tr::new(lang, state.i18n.clone());
    let (day, time, lines) = card_lines(&tr, &a, &site);
    let walkin = walkin_in_words(&tr, &site);
    let tpl = CardTpl {
        p: Page::new(&ctx, "card-title"),
        id,
        printed_lang: lang.code(),
        title: tr.t("card-heading"),
        day,
        time,
        lines,
        walkin: if walkin.is_empty() {
            String::new()
        } else {
            tr.t1("ack-walkin", "hours", walkin)
        },
    };
    render(StatusCode::OK, &tpl)
}

pub async fn set_status(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(id) = id.parse::<AppointmentId>() else {
        return not_found(&ctx);
    };
    match appointments::set_status(
        &state.db,
        &me.actor,
        id,
        &value(&body, "status"),
        state.now(),
    )
    .await
    {
        Ok(()) | Err(StoreError::Forbidden) if value(&body, "back") == "today" => {
            Redirect::to("/today").into_response()
        }
        Ok(()) | Err(StoreError::Forbidden) => {
            Redirect::to(&format!("/appointments/{id}")).into_response()
        }
        Err(StoreError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// The appointment as an .ics file, in the person's language: to add to the person's
/// own calendar (their phone, or a helper's). The person is not named in it; the file is
/// logged as a file leaving guichet.
pub async fn ics(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let (a, d, site) = match open_appointment(&state, &ctx, &me, &id).await {
        Ok(v) => v,
        Err(resp) => return resp,
    };
    let tr = Tr::new(super::contact::language_of(&d), state.i18n.clone());
    let (_, _, lines) = card_lines(&tr, &a, &site);
    let summary = tr.t1("ics-summary", "site", site.name_in(tr.lang.code()));
    let location = match a.place {
        Place::Site(_) => format!(
            "{}, {}, {} {}",
            site.name_in(tr.lang.code()),
            site.street,
            site.postcode.get(),
            site.municipality
        ),
        Place::Phone => tr.t("card-where-phone"),
        Place::Home => tr.t("card-where-home"),
    };
    let Some(start) = DateTime::from_timestamp(a.starts_at, 0) else {
        return not_found(&ctx);
    };
    let file = guichet_outputs::ics::appointment_ics(
        &state.calendar_domain,
        &guichet_outputs::ics::IcsAppointment {
            id: a.id.get(),
            start,
            minutes: a.minutes,
            summary: &summary,
            location: &location,
            description: &lines.join("\n"),
            organizer_name: &a.worker_name,
            organizer_email: None,
        },
        state.clock.now(),
    );
    super::calendar::ics_response(file, &format!("appointment-{}.ics", a.id))
}
