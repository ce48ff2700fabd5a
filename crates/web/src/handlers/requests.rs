//! Requests: recording one in any channel, the promised date, the acknowledgement
//! (printed at the desk or queued in the person's channel and language), the team queue.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::i18n::Tr;
use crate::present::{
    acknowledgement_lines, arrival_channel_key, date_in_words, reference, request_status_key,
    shown_recipient, topic_label, urgency_key,
};
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::DeskError;
use guichet_domain::clock::brussels;
use guichet_domain::contact::Channel;
use guichet_domain::ids::{PersonId, RequestId, UserId};
use guichet_domain::request::{is_overdue, ArrivalChannel, Reference, RequestStatus, Urgency};
use guichet_domain::topics::{self, CustomTopic};
use guichet_store::org::{self, Team};
use guichet_store::persons::{self, PersonDetails};
use guichet_store::requests::{self, Outgoing, RequestView};
use guichet_store::topics as custom_topics;
use guichet_store::StoreError;
use serde::Deserialize;

// ---------- new request ----------

#[derive(Default)]
struct RequestForm {
    channel: String,
    topic: String,
    description: String,
    urgency: String,
    team: String,
}

pub struct TopicGroup {
    pub label: String,
    pub options: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "request_new.html")]
struct NewTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    name: String,
    description: String,
    channels: Vec<Choice>,
    urgencies: Vec<Choice>,
    topic_groups: Vec<TopicGroup>,
    topic_none: bool,
    teams: Vec<Choice>,
}

fn new_page(
    ctx: &Ctx,
    d: &PersonDetails,
    f: &RequestForm,
    errors: Errors,
    teams: &[Team],
    custom: &[CustomTopic],
) -> Response {
    let channels = ArrivalChannel::ALL
        .iter()
        .map(|c| Choice {
            value: c.code().into(),
            label: ctx.t(arrival_channel_key(*c)),
            checked: f.channel == c.code()
                || (f.channel.is_empty() && *c == ArrivalChannel::WalkIn),
        })
        .collect();
    let urgencies = Urgency::ALL
        .iter()
        .map(|u| Choice {
            value: u.code().into(),
            label: ctx.t(urgency_key(*u)),
            checked: f.urgency == u.code() || (f.urgency.is_empty() && *u == Urgency::Normal),
        })
        .collect();
    let mut topic_groups: Vec<TopicGroup> = Vec::new();
    let ours: Vec<Choice> = custom
        .iter()
        .filter(|t| !t.archived)
        .map(|t| Choice {
            value: t.code.clone(),
            label: t.label(ctx.lang()).to_owned(),
            checked: f.topic == t.code,
        })
        .collect();
    if !ours.is_empty() {
        topic_groups.push(TopicGroup {
            label: ctx.t("request-topic-ours"),
            options: ours,
        });
    }
    for t in topics::all() {
        if t.is_category() {
            topic_groups.push(TopicGroup {
                label: t.label(ctx.lang()).to_owned(),
                options: Vec::new(),
            });
        } else if let Some(g) = topic_groups.last_mut() {
            g.options.push(Choice {
                value: t.code.into(),
                label: t.label(ctx.lang()).into(),
                checked: f.topic == t.code,
            });
        }
    }
    let teams = crate::views::team_choices(teams, &f.team);
    let status = errors.status();
    let tpl = NewTpl {
        p: Page::new(ctx, "request-new-title").with_errors(&errors),
        errors,
        person_id: d.summary.id,
        name: d.summary.full_name(),
        description: f.description.clone(),
        channels,
        urgencies,
        topic_none: f.topic.is_empty(),
        topic_groups,
        teams,
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
    let (teams, custom) = match (
        org::list_teams(&state.db).await,
        custom_topics::list(&state.db).await,
    ) {
        (Ok(t), Ok(c)) => (t, c),
        (Err(e), _) | (_, Err(e)) => return unavailable(&ctx, e),
    };
    let f = RequestForm {
        team: me
            .actor
            .teams
            .first()
            .map(ToString::to_string)
            .unwrap_or_default(),
        ..Default::default()
    };
    new_page(&ctx, &d, &f, Errors::default(), &teams, &custom)
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
    let (teams, custom) = match (
        org::list_teams(&state.db).await,
        custom_topics::list(&state.db).await,
    ) {
        (Ok(t), Ok(c)) => (t, c),
        (Err(e), _) | (_, Err(e)) => return unavailable(&ctx, e),
    };
    let f = RequestForm {
        channel: value(&body, "channel"),
        topic: value(&body, "topic"),
        description: value(&body, "description"),
        urgency: value(&body, "urgency"),
        team: value(&body, "team"),
    };
    let mut errors = Errors::default();
    crate::fields::text(
        &ctx,
        &mut errors,
        "description",
        "request-description",
        &f.description,
        guichet_domain::text::Limit::Note,
    );
    let channel = ArrivalChannel::parse(&f.channel).unwrap_or(ArrivalChannel::WalkIn);
    let urgency = Urgency::parse(&f.urgency).unwrap_or(Urgency::Normal);
    let offered =
        topics::find(&f.topic).is_some() || custom.iter().any(|t| t.code == f.topic && !t.archived);
    if !offered {
        errors.push("topic", ctx.t("request-topic-missing"));
    }
    let team = teams.iter().find(|t| t.id.to_string() == f.team).cloned();
    if team.is_none() {
        errors.push("team", ctx.t("request-team-missing"));
    }
    let (Some(team), true) = (team, errors.is_empty()) else {
        return new_page(&ctx, &d, &f, errors, &teams, &custom);
    };
    let taken = guichet_desk::requests::Taken {
        team: &team,
        channel,
        topic: &f.topic,
        description: &f.description,
        urgency,
    };
    let id = match guichet_desk::requests::record(&state.desk(), &me.actor, &d, &taken).await {
        Ok(recorded) => recorded.id,
        Err(DeskError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    Redirect::to(&format!("/requests/{id}")).into_response()
}

// ---------- the request page ----------

pub struct HistoryLine {
    pub status: String,
    pub when: String,
}

#[derive(Template)]
#[template(path = "request.html")]
struct RequestTpl {
    p: Page,
    r: RequestView,
    reference: String,
    /// "Large-print version" is offered only when large print is not already the default.
    large_offered: bool,
    topic: String,
    team: String,
    promised: String,
    overdue: bool,
    channel: String,
    urgency: String,
    status: String,
    next: Vec<Choice>,
    history: Vec<HistoryLine>,
    queued: Vec<QueuedView>,
    at_desk: bool,
    workers: Vec<Choice>,
    journal: bool,
    notes: Vec<crate::present::NoteLine>,
    /// The appointments booked for this request: (id, when, with whom, status).
    appointments: Vec<(guichet_domain::ids::AppointmentId, String, String, String)>,
}

pub struct QueuedView {
    pub channel: String,
    pub recipient: String,
    pub body: String,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = id.parse::<RequestId>() else {
        return not_found(&ctx);
    };
    let loaded = async {
        let r = requests::get(&state.db, &me.actor, id).await?;
        let history = requests::history(&state.db, &me.actor, id).await?;
        let d = persons::details(&state.db, &me.actor, r.person).await?;
        let queued = requests::pending_for_person(&state.db, &me.actor, &d.opened).await?;
        let teams = org::list_teams(&state.db).await?;
        let workers = requests::team_workers(&state.db, r.team).await?;
        let custom = custom_topics::list(&state.db).await?;
        let large = d.contact.wants_large_print();
        Ok::<_, StoreError>((r, history, queued, teams, workers, custom, large, d.opened))
    }
    .await;
    let (r, history, queued, teams, workers, custom, large_default, file) = match loaded {
        Ok(v) => v,
        Err(StoreError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    if let Err(resp) = super::log_read(&state, &ctx, &me, r.person).await {
        return resp;
    }
    let journal = crate::present::has_journal(&me.actor);
    let notes = if journal {
        let filter = guichet_store::notes::NoteFilter {
            request: Some(id),
            ..Default::default()
        };
        match guichet_store::notes::for_person(&state.db, &me.actor, &file, &filter).await {
            Ok(n) => crate::present::note_lines(&ctx, n, &custom),
            Err(StoreError::NotFound) => return not_found(&ctx),
            Err(e) => return unavailable(&ctx, e),
        }
    } else {
        Vec::new()
    };
    let appointments =
        match guichet_store::appointments::for_request(&state.db, &me.actor, id).await {
            Ok(list) => list
                .into_iter()
                .map(|a| {
                    let at = chrono::DateTime::from_timestamp(a.starts_at, 0)
                        .map(brussels)
                        .unwrap_or_default();
                    (
                        a.id,
                        format!(
                            "{} {}",
                            date_in_words(&ctx.tr, at.date()),
                            at.format("%H:%M")
                        ),
                        a.worker_name,
                        ctx.t(crate::present::appointment_status_key(&a.status)),
                    )
                })
                .collect(),
            Err(StoreError::NotFound) => return not_found(&ctx),
            Err(e) => return unavailable(&ctx, e),
        };
    let today = brussels(state.clock.now()).date();
    let queued: Vec<Outgoing> = queued
        .into_iter()
        .filter(|m| m.request == Some(id))
        .collect();
    let tpl = RequestTpl {
        p: Page::new(&ctx, "request-title"),
        reference: reference(r.id, r.created_at),
        large_offered: !large_default,
        topic: topic_label(&r.topic, ctx.lang(), &custom),
        team: teams
            .iter()
            .find(|t| t.id == r.team)
            .map(Team::label)
            .unwrap_or_default(),
        promised: date_in_words(&ctx.tr, r.promised_on),
        overdue: is_overdue(r.status, r.promised_on, today),
        channel: ctx.t(arrival_channel_key(r.channel)),
        urgency: ctx.t(urgency_key(r.urgency)),
        status: ctx.t(request_status_key(r.status)),
        next: r
            .status
            .next()
            .iter()
            .map(|s| Choice {
                value: s.code().into(),
                label: ctx.t(request_status_key(*s)),
                checked: false,
            })
            .collect(),
        history: history
            .iter()
            .map(|(s, at, _)| HistoryLine {
                status: ctx.t(request_status_key(*s)),
                when: chrono::DateTime::from_timestamp(*at, 0)
                    .map(|t| brussels(t).format("%d/%m/%Y %H:%M").to_string())
                    .unwrap_or_default(),
            })
            .collect(),
        at_desk: r.channel == ArrivalChannel::WalkIn,
        queued: queued
            .iter()
            .map(|m| QueuedView {
                channel: Channel::parse(&m.channel)
                    .map(|c| ctx.t(crate::present::channel_key(c)))
                    .unwrap_or_else(|| m.channel.clone()),
                recipient: shown_recipient(&m.channel, &m.recipient),
                body: m.body.clone(),
            })
            .collect(),
        workers: worker_choices(ctx.t("request-assigned-nobody"), workers, &r),
        journal,
        notes,
        appointments,
        r,
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
    let Ok(id) = id.parse::<RequestId>() else {
        return not_found(&ctx);
    };
    // The request must be one the staff member may see before anything else is said.
    match requests::get(&state.db, &me.actor, id).await {
        Ok(_) => {}
        Err(StoreError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    }
    let Some(to) = RequestStatus::parse(&value(&body, "status")) else {
        return Redirect::to(&format!("/requests/{id}")).into_response();
    };
    match guichet_desk::requests::set_status(&state.desk(), &me.actor, id, to).await {
        Ok(()) | Err(DeskError::NotAllowed) => {
            Redirect::to(&format!("/requests/{id}")).into_response()
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// "Nobody yet" and the team's front-line members, the current one selected.
fn worker_choices(nobody: String, workers: Vec<(UserId, String)>, r: &RequestView) -> Vec<Choice> {
    let current = r.assigned.as_ref().map(|(id, _)| *id);
    let mut choices = vec![Choice {
        value: String::new(),
        label: nobody,
        checked: current.is_none(),
    }];
    choices.extend(workers.into_iter().map(|(id, name)| Choice {
        value: id.to_string(),
        label: name,
        checked: current == Some(id),
    }));
    choices
}

/// Assigns the request to a worker of its team, or to nobody.
pub async fn assign(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(id) = id.parse::<RequestId>() else {
        return not_found(&ctx);
    };
    let raw = value(&body, "worker");
    let worker = if raw.is_empty() {
        None
    } else {
        match raw.parse::<UserId>() {
            Ok(w) => Some(w),
            Err(_) => return Redirect::to(&format!("/requests/{id}")).into_response(),
        }
    };
    let by = &me.user.display_name;
    match guichet_desk::requests::assign(&state.desk(), &me.actor, by, id, worker).await {
        Ok(()) | Err(DeskError::NotAllowed) => {
            Redirect::to(&format!("/requests/{id}")).into_response()
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

// ---------- printable acknowledgement ----------

#[derive(Template)]
#[template(path = "acknowledgement.html")]
struct AckTpl {
    p: Page,
    org: String,
    lines: Vec<String>,
    large: bool,
    request_id: RequestId,
    printed_lang: &'static str,
}

#[derive(Deserialize)]
pub struct AckQuery {
    large: Option<String>,
}

/// Easy-read, one idea per line, in the person's language; `?large=1` for large print.
pub async fn acknowledgement(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    Query(q): Query<AckQuery>,
) -> Response {
    let Ok(id) = id.parse::<RequestId>() else {
        return not_found(&ctx);
    };
    let loaded = async {
        let r = requests::get(&state.db, &me.actor, id).await?;
        let d = persons::details(&state.db, &me.actor, r.person).await?;
        let team = org::list_teams(&state.db)
            .await?
            .into_iter()
            .find(|t| t.id == r.team)
            .ok_or(StoreError::NotFound)?;
        let (site, service) = guichet_desk::requests::team_site(&state.desk(), &team).await?;
        let org = org::organisation_name(&state.db).await?.unwrap_or_default();
        let custom = custom_topics::list(&state.db).await?;
        Ok::<_, StoreError>((r, d, site, service, org, custom))
    }
    .await;
    let (r, d, site, service, org, custom) = match loaded {
        Ok(v) => v,
        Err(StoreError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    if let Err(resp) = super::log_read(&state, &ctx, &me, r.person).await {
        return resp;
    }
    // Printed at the desk: the person holds the acknowledgement (opening this page to print
    // it counts, as the access log counts it as a print).
    if let Err(e) = requests::acknowledged(&state.db, &me.actor, r.id, state.now()).await {
        return unavailable(&ctx, e);
    }
    let lang = crate::present::language_of(&d);
    let tr = Tr::new(lang, state.i18n.clone());
    let today = brussels(state.clock.now()).date();
    let tpl = AckTpl {
        p: Page::new(&ctx, "ack-title"),
        lines: acknowledgement_lines(
            &tr,
            &d.summary.full_name(),
            &r,
            &topic_label(&r.topic, lang, &custom),
            service.name_in(lang.code()),
            &site,
            today,
        ),
        org,
        large: q.large.is_some() || d.contact.wants_large_print(),
        request_id: r.id,
        printed_lang: lang.code(),
    };
    render(StatusCode::OK, &tpl)
}

// ---------- team queue ----------

pub struct QueueView {
    pub team: String,
    pub open: i64,
    pub overdue: i64,
    pub rows: Vec<QueueRow>,
    /// Links to the previous and next pages of this team's queue, if any.
    pub previous: Option<String>,
    pub next: Option<String>,
    /// "Requests 51 to 100 of 612" when the queue does not fit one page.
    pub range: String,
}

/// Rows of one team's queue per page: a long queue stays a light page.
const QUEUE_PAGE: usize = 50;

#[derive(serde::Deserialize, Default)]
pub struct QueueQuery {
    team: Option<i64>,
    page: Option<usize>,
    /// A reference a person quoted ("2026-0042"): opens that request.
    reference: Option<String>,
}

pub struct QueueRow {
    pub id: RequestId,
    pub person: String,
    pub topic: String,
    pub urgency: String,
    pub promised: String,
    pub overdue: bool,
    pub status: String,
    pub assigned: String,
}

#[derive(Template)]
#[template(path = "queue.html")]
struct QueueTpl {
    p: Page,
    errors: Errors,
    reference: String,
    queues: Vec<QueueView>,
}

/// The request a quoted reference names, if the staff member may open it and its year is
/// the one quoted.
async fn find_by_reference(
    state: &AppState,
    me: &crate::ctx::SignedIn,
    typed: &str,
) -> Result<Option<RequestId>, StoreError> {
    let Some(wanted) = Reference::parse(typed) else {
        return Ok(None);
    };
    match requests::get(&state.db, &me.actor, RequestId::new(wanted.number)).await {
        Ok(r) if reference(r.id, r.created_at) == wanted.to_string() => Ok(Some(r.id)),
        Ok(_) | Err(StoreError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The queues of the actor's teams, late requests first, 50 rows a page. `?team=ID&page=N`
/// shows one team's queue from its page N.
pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    axum::extract::Query(q): axum::extract::Query<QueueQuery>,
) -> Response {
    let mut errors = Errors::default();
    let typed = q.reference.clone().unwrap_or_default();
    if !typed.trim().is_empty() {
        match find_by_reference(&state, &me, &typed).await {
            Ok(Some(id)) => return Redirect::to(&format!("/requests/{id}")).into_response(),
            Ok(None) if Reference::parse(&typed).is_none() => {
                errors.push("reference", ctx.t("queue-find-format"))
            }
            Ok(None) => errors.push("reference", ctx.t("queue-find-none")),
            Err(e) => return unavailable(&ctx, e),
        }
    }
    let today = brussels(state.clock.now()).date();
    let (teams, custom) = match (
        org::list_teams(&state.db).await,
        custom_topics::list(&state.db).await,
    ) {
        (Ok(t), Ok(c)) => (t, c),
        (Err(e), _) | (_, Err(e)) => return unavailable(&ctx, e),
    };
    let mut queues = Vec::new();
    let shown = teams
        .iter()
        .filter(|t| me.actor.teams.contains(&t.id))
        .filter(|t| q.team.is_none_or(|only| t.id.get() == only));
    for team in shown {
        let count = match requests::queue_count(&state.db, &me.actor, team.id, today).await {
            Ok(c) => c,
            Err(StoreError::NotFound) => continue,
            Err(e) => return unavailable(&ctx, e),
        };
        let open = usize::try_from(count.open).unwrap_or_default();
        let pages = open.div_ceil(QUEUE_PAGE).max(1);
        let page = q.page.unwrap_or(1).clamp(1, pages);
        let first = (page - 1) * QUEUE_PAGE;
        let rows = match requests::queue(
            &state.db,
            &me.actor,
            team.id,
            today,
            first as i64,
            QUEUE_PAGE as i64,
        )
        .await
        {
            Ok(r) => r,
            Err(e) => return unavailable(&ctx, e),
        };
        let link = |n: usize| format!("/queue?team={}&page={n}", team.id);
        let rows: Vec<QueueRow> = rows
            .into_iter()
            .map(|r| QueueRow {
                id: r.id,
                person: r.person_name.clone(),
                topic: topic_label(&r.topic, ctx.lang(), &custom),
                urgency: ctx.t(urgency_key(r.urgency)),
                promised: r.promised_on.format("%d/%m/%Y").to_string(),
                overdue: is_overdue(r.status, r.promised_on, today),
                status: ctx.t(request_status_key(r.status)),
                assigned: r.assigned.map(|(_, name)| name).unwrap_or_default(),
            })
            .collect();
        let range = if pages > 1 {
            ctx.tr.targs(
                "queue-range",
                &[
                    ("from", &(first + 1).to_string()),
                    ("to", &(first + rows.len()).to_string()),
                    ("total", &open.to_string()),
                ],
            )
        } else {
            String::new()
        };
        queues.push(QueueView {
            team: team.label(),
            open: count.open,
            overdue: count.overdue,
            rows,
            previous: (page > 1).then(|| link(page - 1)),
            next: (page < pages).then(|| link(page + 1)),
            range,
        });
    }
    render(
        errors.status(),
        &QueueTpl {
            p: Page::new(&ctx, "queue-title").with_errors(&errors),
            errors,
            reference: typed,
            queues,
        },
    )
}
