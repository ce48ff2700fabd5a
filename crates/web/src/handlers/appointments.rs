//! Appointments: booking with a conflict check, reminders planned in the person's
//! channels, a large-print card for the fridge, and what happened (no penalty flag).

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::i18n::Tr;
use crate::present::{
    appointment_status_key, date_in_words, holiday_key, hours_in_words, short_time,
    weekday_in_words,
};
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Weekday};
use guichet_desk::appointments::{colleagues, Confirmed, Refusal};
use guichet_desk::DeskError;
use guichet_domain::appointment::DURATIONS;
use guichet_domain::appointment::{
    confirmation_by, from_brussels, ClosedDay, Missing, NoConfirmation, OutOfHours, Skipped,
};
use guichet_domain::clock::brussels;
use guichet_domain::contact::{Channel, PreferredLanguage};
use guichet_domain::ids::{AppointmentId, PersonId, RequestId, SiteId};
use guichet_domain::org::DayHours;
use guichet_letters::Card;
use guichet_store::appointments::{self, AppointmentView, NewAppointment, Place};
use guichet_store::org::{self, Site};
use guichet_store::persons::{self, PersonDetails};
use guichet_store::requests;
use guichet_store::StoreError;

#[derive(Default)]
pub(crate) struct Form {
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
    /// The request the appointment is for (its number), if booked from a request.
    request: String,
}

impl Form {
    fn from_body(b: &[u8]) -> Self {
        Self {
            request: value(b, "request"),
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
    /// "What to bring — write it in Dutch", and why it says so.
    bring_label: String,
    bring_hint: String,
    /// "For the request: energy bill", when booked from a request.
    request_topic: String,
}

/// The link to the week of free times (`free_times`) from the booking form, with the
/// form's values.
pub(crate) fn link(person: PersonId, f: &Form) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    q.append_pair("worker", f.worker())
        .append_pair("place", f.place())
        .append_pair("site", f.site())
        .append_pair("room", f.room())
        .append_pair("minutes", f.minutes());
    if let Some(d) = f.date() {
        q.append_pair("week", &d.format("%Y-%m-%d").to_string());
    }
    if !f.request().is_empty() {
        q.append_pair("request", f.request());
    }
    format!("/persons/{person}/appointments/free?{}", q.finish())
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
            colleagues(&state.desk(), &me.actor).await?,
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
    let request_topic = match request_of(state, me, d, &f.request).await {
        Ok(Some(r)) => {
            let custom = match guichet_store::topics::list(&state.db).await {
                Ok(c) => c,
                Err(e) => return unavailable(ctx, e),
            };
            ctx.tr.t1(
                "appointment-for-request",
                "topic",
                crate::present::topic_label(&r.topic, ctx.lang(), &custom),
            )
        }
        Ok(None) => String::new(),
        Err(StoreError::NotFound) => return not_found(ctx),
        Err(e) => return unavailable(ctx, e),
    };
    let (bring_label, bring_hint) = bring_words(ctx, d);
    let status = errors.status();
    let tpl = NewTpl {
        p: Page::new(ctx, "appointment-new-title").with_errors(&errors),
        errors,
        person_id: d.summary.id,
        name: d.summary.full_name(),
        bring_label,
        bring_hint,
        request_topic,
        f,
        workers,
        places,
        sites,
        durations,
    };
    render(status, &tpl)
}

impl Form {
    pub(crate) fn worker(&self) -> &str {
        &self.worker
    }
    pub(crate) fn place(&self) -> &str {
        &self.place
    }
    pub(crate) fn site(&self) -> &str {
        &self.site
    }
    pub(crate) fn room(&self) -> &str {
        &self.room
    }
    pub(crate) fn minutes(&self) -> &str {
        &self.minutes
    }
    pub(crate) fn request(&self) -> &str {
        &self.request
    }
    /// The typed date, if it is one.
    pub(crate) fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(
            self.year.trim().parse().ok()?,
            self.month.trim().parse().ok()?,
            self.day.trim().parse().ok()?,
        )
    }
}

/// The request named by the form (its number), if it is one of this person's that the
/// actor may see; `NotFound` for any other number.
async fn request_of(
    state: &AppState,
    me: &crate::ctx::SignedIn,
    d: &PersonDetails,
    raw: &str,
) -> Result<Option<requests::RequestView>, StoreError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let id: RequestId = raw.trim().parse().map_err(|_| StoreError::NotFound)?;
    let r = requests::get(&state.db, &me.actor, id).await?;
    if r.person != d.summary.id {
        return Err(StoreError::NotFound);
    }
    Ok(Some(r))
}

/// "What to bring" is written for the person: the label names the language the card and
/// the messages are written in, and the hint says so when it is not the desk's.
fn bring_words(ctx: &Ctx, d: &PersonDetails) -> (String, String) {
    let language = guichet_desk::messages::message_language(d);
    let name = ctx.t(&format!("language-{}", language.code()));
    let label = format!(
        "{} — {}",
        ctx.t("appointment-bring"),
        ctx.tr.t1("appointment-bring-in", "language", &name)
    );
    let person = d.summary.full_name();
    let hint = match &d.contact.language {
        PreferredLanguage::Unknown => ctx.tr.t2(
            "appointment-bring-unknown",
            ("name", person),
            ("language", name),
        ),
        PreferredLanguage::Other(other) => ctx.tr.targs(
            "appointment-bring-other",
            &[("name", &person), ("other", other), ("language", &name)],
        ),
        PreferredLanguage::Code(c) if *c != ctx.lang().code() => ctx.tr.t2(
            "appointment-bring-differs",
            ("name", person),
            ("language", name),
        ),
        PreferredLanguage::Code(_) => ctx.t("appointment-bring-hint"),
    };
    (label, hint)
}

/// The booking form. A chosen free time (from the week view) or a request fills it in:
/// `?worker=&place=&site=&room=&minutes=&date=YYYY-MM-DD&time=HH:MM&request=`.
pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let d = match super::person_file(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let q = query.unwrap_or_default();
    let q = q.as_bytes();
    let mut f = Form::from_body(q);
    if f.worker.is_empty() {
        f.worker = me.user.id.to_string();
    }
    if f.site.is_empty() {
        f.site = guichet_desk::appointments::home_site(&state.desk(), &me.actor)
            .await
            .map(|s| s.to_string())
            .unwrap_or_default();
    }
    if let Ok(date) = NaiveDate::parse_from_str(&value(q, "date"), "%Y-%m-%d") {
        f.day = date.day().to_string();
        f.month = date.month().to_string();
        f.year = date.year().to_string();
    }
    form_page(&state, &ctx, &me, &d, f, Errors::default()).await
}

/// Each reason an appointment cannot be booked, on the form's field it is about.
#[allow(clippy::too_many_arguments)]
fn refusals_in_words(
    ctx: &Ctx,
    errors: &mut Errors,
    refused: &[Refusal],
    site: Option<&Site>,
    worker_name: &str,
    time: Option<NaiveTime>,
    minutes: i64,
) {
    let site_name = site.map(|s| s.name.clone()).unwrap_or_default();
    for r in refused {
        match r {
            Refusal::InThePast => errors.push("day", ctx.t("appointment-in-the-past")),
            Refusal::Closed(day, closed) => {
                errors.push("day", closed_in_words(&ctx.tr, *day, closed))
            }
            Refusal::OutOfHours(o) => {
                let field = match o {
                    OutOfHours::SiteClosedThatDay(_) => "day",
                    OutOfHours::OutsideSiteHours(..) => "time",
                    _ => "worker",
                };
                let t = time.unwrap_or_default();
                let end = t + chrono::Duration::minutes(minutes);
                errors.push(
                    field,
                    out_of_hours_in_words(&ctx.tr, o, &site_name, worker_name, t, end),
                );
            }
            Refusal::Clash(c) => {
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
        }
    }
}

/// Why the appointment does not fit the hours, in plain words with that day's hours.
fn out_of_hours_in_words(
    tr: &Tr,
    o: &OutOfHours,
    site: &str,
    worker: &str,
    from: NaiveTime,
    to: NaiveTime,
) -> String {
    let span = |key: &str, who: (&str, &str), day: Weekday, hours: &DayHours| {
        tr.targs(
            key,
            &[
                who,
                ("day", &weekday_in_words(tr, day)),
                ("hours", &hours_in_words(tr, hours)),
                ("from", &short_time(from)),
                ("to", &short_time(to)),
            ],
        )
    };
    match o {
        OutOfHours::SiteClosedThatDay(day) => tr.t2(
            "hours-site-closed-day",
            ("site", site.to_owned()),
            ("day", weekday_in_words(tr, *day)),
        ),
        OutOfHours::OutsideSiteHours(day, hours) => {
            span("hours-site-outside", ("site", site), *day, hours)
        }
        OutOfHours::WorkerOffThatDay(day) => tr.t2(
            "hours-worker-off",
            ("worker", worker.to_owned()),
            ("day", weekday_in_words(tr, *day)),
        ),
        OutOfHours::OutsideWorkerHours(day, hours) => {
            span("hours-worker-outside", ("worker", worker), *day, hours)
        }
    }
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
    // "See free times": the week for what is typed so far (worker, place, site, room,
    // length, the week of the date); nothing is saved.
    if value(&body, "action") == "free-times" {
        return Redirect::to(&link(d.summary.id, &f)).into_response();
    }
    let mut errors = Errors::default();
    let workers = match colleagues(&state.desk(), &me.actor).await {
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
    {
        use guichet_domain::text::Limit;
        crate::fields::text(
            &ctx,
            &mut errors,
            "room",
            "appointment-room",
            &f.room,
            Limit::Label,
        );
        crate::fields::text(
            &ctx,
            &mut errors,
            "what_to_bring",
            "appointment-bring",
            &f.what_to_bring,
            Limit::Sentence,
        );
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
    let site = match place {
        Some(Place::Site(s)) => match org::get_site(&state.db, s).await {
            Ok(site) => Some(site),
            Err(StoreError::NotFound) => {
                errors.push("site", ctx.t("appointment-site-missing"));
                None
            }
            Err(e) => return unavailable(&ctx, e),
        },
        _ => None,
    };
    let request = match request_of(&state, &me, &d, &f.request).await {
        Ok(r) => r.map(|r| r.id),
        Err(StoreError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    let (Some((worker, worker_name)), Some(place), Some(starts), true) =
        (worker.clone(), place, starts, errors.is_empty())
    else {
        // Mistakes to mend first: what is typed so far is also checked against the
        // opening days and hours, so that everything is said at once.
        if let Some(day) = date {
            let site = site
                .as_ref()
                .filter(|_| matches!(place, Some(Place::Site(_))));
            let w = worker.as_ref().map(|w| w.0);
            match guichet_desk::appointments::fits(&state.desk(), day, time, site, w, minutes).await
            {
                Ok(refused) => {
                    let name = worker.as_ref().map(|w| w.1.as_str()).unwrap_or_default();
                    refusals_in_words(&ctx, &mut errors, &refused, site, name, time, minutes);
                }
                Err(e) => return unavailable(&ctx, e),
            }
        }
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
        request,
    };
    let at = site.as_ref().filter(|_| matches!(place, Place::Site(_)));
    let booked =
        guichet_desk::appointments::book(&state.desk(), &me.actor, &d, &new, at, f.confirm).await;
    let (id, confirmed, skipped) = match booked {
        Ok(b) => (b.id, b.confirmed, b.skipped),
        Err(DeskError::Refused(refused)) => {
            let time = Some(brussels(starts).time());
            refusals_in_words(&ctx, &mut errors, &refused, at, &worker_name, time, minutes);
            return form_page(&state, &ctx, &me, &d, f, errors).await;
        }
        Err(DeskError::Conflict) => return form_page(&state, &ctx, &me, &d, f, errors).await,
        Err(DeskError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    // What is worth saying once, on the appointment's page: in its address (no
    // personal data in it, only codes), so that it is said right after booking only.
    let mut to = format!("/appointments/{id}");
    if !skipped.is_empty() || confirmed.is_some() {
        to.push_str("?booked=1");
    }
    if !skipped.is_empty() {
        let codes: Vec<&str> = skipped.iter().map(|s| s.code()).collect();
        to.push_str(&format!("&skipped={}", codes.join(",")));
    }
    if let Some(c) = confirmed {
        to.push_str(&format!("&confirmed={}", c.code()));
    }
    Redirect::to(&to).into_response()
}

/// The fridge card's model of an appointment the worker may see (one model for the
/// screen and the PDF), in the person's language, with its file and site.
async fn card_model(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    id: &str,
) -> Result<
    (
        AppointmentId,
        PersonDetails,
        Site,
        guichet_domain::Lang,
        Card,
    ),
    Response,
> {
    let (a, d, site) = open_appointment(state, ctx, me, id).await?;
    let lang = crate::present::language_of(&d);
    let tr = Tr::new(lang, state.i18n.clone());
    let (text, values) = guichet_desk::appointments::card_text(&state.desk(), &d, &a, &site)
        .await
        .map_err(|e| unavailable(ctx, e))?;
    let name = d.summary.full_name();
    let model = crate::fridge::card(&tr, lang.code(), &name, &text, &values, &site);
    Ok((a.id, d, site, lang, model))
}

/// The fridge card as a PDF (A5, large print): the same card as the HTML one (one model,
/// [`crate::fridge::card`]), in the person's language. A card that cannot be laid out
/// says why (422), never "cannot reach the database".
pub async fn card_pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let (id, d, site, _, model) = match card_model(&state, &ctx, &me, &id).await {
        Ok(v) => v,
        Err(resp) => return resp,
    };
    let name = d.summary.full_name();
    let card = crate::fridge::for_print(model, &site);
    let back = Some(format!("/appointments/{id}"));
    match crate::printing::lay_out(&ctx, &name, back, move || {
        guichet_letters::render_card(&card)
    })
    .await
    {
        Ok(pdf) => crate::views::pdf_response(pdf, &format!("card-{id}.pdf")),
        Err(page) => page,
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

/// The card's lines, in the person's language.
pub(crate) fn card_lines(
    tr: &Tr,
    a: &AppointmentView,
    site: &Site,
) -> (String, String, Vec<String>) {
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
    /// Said once after booking: the confirmation, and the reminders left out.
    booked: Vec<String>,
    /// The request the appointment is for: (number, topic).
    request: Option<(RequestId, String)>,
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
        let site = guichet_desk::appointments::site_for(&state.desk(), &me.actor, &a).await?;
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
    RawQuery(query): RawQuery,
) -> Response {
    let (a, d, site) = match open_appointment(&state, &ctx, &me, &id).await {
        Ok(v) => v,
        Err(resp) => return resp,
    };
    let id = a.id;
    let loaded = async {
        let queued = requests::pending_for_person(&state.db, &me.actor, &d.opened).await?;
        let calls = appointments::call_tasks(&state.db, &me.actor, id).await?;
        let request = match a.request {
            Some(r) => {
                let r = requests::get(&state.db, &me.actor, r).await?;
                let custom = guichet_store::topics::list(&state.db).await?;
                Some((
                    r.id,
                    crate::present::topic_label(&r.topic, ctx.lang(), &custom),
                ))
            }
            None => None,
        };
        Ok::<_, StoreError>((queued, calls, request))
    }
    .await;
    let (queued, calls, request) = match loaded {
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
            let channel = Channel::parse(&m.channel)
                .map(|c| ctx.t(crate::present::channel_key(c)))
                .unwrap_or_else(|| m.channel.clone());
            ctx.tr.t1(
                if m.kind == "confirmation" {
                    "appointment-confirmation-line"
                } else {
                    "appointment-reminder-line"
                },
                "when",
                format!("{} — {channel}", when.format("%d/%m/%Y %H:%M")),
            )
        })
        .collect();
    reminders.extend(calls.iter().map(|(day, confirms)| {
        ctx.tr.t1(
            if *confirms {
                "appointment-confirm-call-line"
            } else {
                "appointment-call-line"
            },
            "day",
            date_in_words(&ctx.tr, *day),
        )
    }));
    let q = query.unwrap_or_default();
    let booked = if value(q.as_bytes(), "booked") == "1" {
        booked_in_words(
            &ctx,
            &d,
            &value(q.as_bytes(), "confirmed"),
            &value(q.as_bytes(), "skipped"),
        )
    } else {
        Vec::new()
    };
    let tpl = ShowTpl {
        p: Page::new(&ctx, "appointment-title"),
        person_name: d.summary.full_name(),
        status: ctx.t(appointment_status_key(&a.status)),
        a,
        day,
        time,
        lines,
        reminders,
        booked,
        request,
    };
    render(StatusCode::OK, &tpl)
}

/// What the desk must know right after booking: whether and how a confirmation goes, or
/// plainly why nothing will be sent; and each reminder left out, with the reason.
fn booked_in_words(ctx: &Ctx, d: &PersonDetails, confirmed: &str, skipped: &str) -> Vec<String> {
    let name = d.summary.full_name();
    let mut out = Vec::new();
    match Confirmed::parse(confirmed) {
        Some(Confirmed::Letter) => out.push(ctx.t("booked-confirm-letter")),
        Some(Confirmed::Email) => out.push(ctx.t("booked-confirm-email")),
        Some(Confirmed::Sms) => out.push(ctx.t("booked-confirm-sms")),
        Some(Confirmed::Call) => out.push(ctx.tr.t1("booked-confirm-call", "name", &name)),
        Some(Confirmed::CallTrusted) => out.push(ctx.tr.t2(
            "booked-confirm-call-trusted",
            ("name", &name),
            ("who", d.contact.trusted_third.trim()),
        )),
        Some(Confirmed::WalkIn) => out.push(ctx.tr.t1("booked-confirm-walk-in", "name", &name)),
        Some(Confirmed::Nothing) => {
            // French puts a space before ":" and ";", Dutch and English do not.
            let (colon, semicolon) = if ctx.lang() == guichet_domain::Lang::Fr {
                (" : ", " ; ")
            } else {
                (": ", "; ")
            };
            let why: Vec<String> = match confirmation_by(&d.contact, d.reachability()) {
                Err(NoConfirmation::Unreachable(missing)) => missing
                    .iter()
                    .map(|(c, m)| {
                        format!(
                            "{}{colon}{}",
                            ctx.t(crate::present::channel_key(*c)),
                            ctx.t(missing_key(*m))
                        )
                    })
                    .collect(),
                _ => Vec::new(),
            };
            if why.is_empty() {
                out.push(ctx.tr.t1("booked-confirm-none-recorded", "name", &name));
            } else {
                out.push(ctx.tr.t2(
                    "booked-confirm-none",
                    ("name", &name),
                    ("why", why.join(semicolon)),
                ));
            }
        }
        None => {}
    }
    for code in skipped.split(',').filter_map(Skipped::parse) {
        out.push(ctx.t(match code {
            Skipped::LetterTooLate => "skipped-letter-late",
            Skipped::MessageTooLate => "skipped-message-late",
            Skipped::CallTooLate => "skipped-call-late",
            Skipped::LetterWithConfirmation => "skipped-letter-confirmed",
            Skipped::MessageWithConfirmation => "skipped-message-confirmed",
            Skipped::CallWithConfirmation => "skipped-call-confirmed",
        }));
    }
    out
}

fn missing_key(m: Missing) -> &'static str {
    match m {
        Missing::PostalAddress => "missing-postal-address",
        Missing::EmailAddress => "missing-email-address",
        Missing::EmailConsent => "missing-email-consent",
        Missing::MobileNumber => "missing-mobile",
        Missing::SmsConsent => "missing-sms-consent",
        Missing::LandlineNumber => "missing-landline",
        Missing::TrustedPerson => "missing-trusted",
    }
}

#[derive(Template)]
#[template(path = "fridge_card.html")]
struct CardTpl {
    p: Page,
    id: AppointmentId,
    printed_lang: &'static str,
    /// (class, text) of each line of the card's model.
    lines: Vec<(&'static str, String)>,
    /// Characters the printer cannot write, pointed out before printing.
    uncovered: Option<String>,
    /// Arabic or Ethiopic letters: the desk's browser may lack their fonts; the PDF
    /// carries its own.
    needs_pdf: bool,
}

/// A5, large print, in the person's language: the day in words, the time, the address,
/// whom they will see, what to bring, a number to cancel, the walk-in hours. The same
/// model as the PDF card.
pub async fn card(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let (id, d, _, lang, model) = match card_model(&state, &ctx, &me, &id).await {
        Ok(v) => v,
        Err(resp) => return resp,
    };
    let chars = guichet_letters::card_uncovered(&model);
    let tpl = CardTpl {
        p: Page::new(&ctx, "card-title"),
        id,
        printed_lang: lang.code(),
        uncovered: (!chars.is_empty()).then(|| {
            crate::printing::uncovered_notice(
                &ctx.tr,
                guichet_letters::Field::Body,
                &chars,
                &d.summary.full_name(),
            )
        }),
        needs_pdf: model
            .lines
            .iter()
            .any(|l| crate::fridge::needs_embedded_fonts(&l.text)),
        lines: model
            .lines
            .into_iter()
            .map(|l| (crate::fridge::class(l.emphasis), l.text))
            .collect(),
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
    let status = value(&body, "status");
    match guichet_desk::appointments::set_status(&state.desk(), &me.actor, id, &status).await {
        Ok(()) | Err(DeskError::NotAllowed) if value(&body, "back") == "today" => {
            Redirect::to("/today").into_response()
        }
        Ok(()) | Err(DeskError::NotAllowed) => {
            Redirect::to(&format!("/appointments/{id}")).into_response()
        }
        Err(DeskError::NotFound) => not_found(&ctx),
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
    let tr = Tr::new(crate::present::language_of(&d), state.i18n.clone());
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
    crate::views::ics_response(file, &format!("appointment-{}.ics", a.id))
}
