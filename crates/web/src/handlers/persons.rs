//! Persons at the desk: find a file, register a new person without encoding anyone
//! twice, and the person's page.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Datelike;
use guichet_domain::clock::brussels;
use guichet_domain::ids::{PersonId, TeamId};
use guichet_domain::matching::Reason;
use guichet_domain::niss::Niss;
use guichet_domain::org::PhoneNumber;
use guichet_domain::person::{Email, PartialDate, PhoneKind};
use guichet_domain::Relation;
use guichet_store::org::{self, Team};
use guichet_store::persons::{self, Candidate, NewPerson, PersonDetails, PersonSummary};
use guichet_store::StoreError;
use serde::Deserialize;

// ---------- search ----------

#[derive(Template)]
#[template(path = "persons.html")]
struct SearchTpl {
    p: Page,
    q: String,
    searched: bool,
    count: i64,
    results: Vec<PersonSummary>,
}

#[derive(Deserialize)]
pub struct SearchQuery {
    q: Option<String>,
}

pub async fn search(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(sq): Query<SearchQuery>,
) -> Response {
    let q = sq.q.unwrap_or_default().trim().to_owned();
    let results = if q.is_empty() {
        Vec::new()
    } else {
        match persons::search(&state.db, &me.actor, &q, 50).await {
            Ok(r) => r,
            Err(e) => return unavailable(&ctx, e),
        }
    };
    let tpl = SearchTpl {
        p: Page::new(&ctx, "persons-title"),
        searched: !q.is_empty(),
        q,
        count: results.len() as i64,
        results,
    };
    render(StatusCode::OK, &tpl)
}

// ---------- new person ----------

/// The registration form as typed; every value comes back on error.
#[derive(Default, Clone)]
pub struct PersonForm {
    pub given_names: String,
    pub family_name: String,
    pub usual_name: String,
    pub birth_day: String,
    pub birth_month: String,
    pub birth_year: String,
    pub niss: String,
    pub phone: String,
    pub phone_holder: String,
    pub email: String,
    pub team: String,
}

impl PersonForm {
    fn from_body(b: &[u8]) -> Self {
        Self {
            given_names: value(b, "given_names"),
            family_name: value(b, "family_name"),
            usual_name: value(b, "usual_name"),
            birth_day: value(b, "birth_day"),
            birth_month: value(b, "birth_month"),
            birth_year: value(b, "birth_year"),
            niss: value(b, "niss"),
            phone: value(b, "phone"),
            phone_holder: value(b, "phone_holder"),
            email: value(b, "email"),
            team: value(b, "team"),
        }
    }

    /// `(name, value)` pairs, to carry the form through the "same person?" page.
    pub fn fields(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("given_names", &self.given_names),
            ("family_name", &self.family_name),
            ("usual_name", &self.usual_name),
            ("birth_day", &self.birth_day),
            ("birth_month", &self.birth_month),
            ("birth_year", &self.birth_year),
            ("niss", &self.niss),
            ("phone", &self.phone),
            ("phone_holder", &self.phone_holder),
            ("email", &self.email),
            ("team", &self.team),
        ]
    }

    fn validate(
        &self,
        ctx: &Ctx,
        today: chrono::NaiveDate,
        my_teams: &[TeamId],
        errors: &mut Errors,
    ) -> Option<(NewPerson, TeamId)> {
        let mut new = NewPerson {
            given_names: self.given_names.trim().to_owned(),
            family_name: self.family_name.trim().to_owned(),
            usual_name: self.usual_name.trim().to_owned(),
            ..Default::default()
        };
        if new.given_names.is_empty() && new.family_name.is_empty() && new.usual_name.is_empty() {
            errors.push("family_name", ctx.t("person-name-missing"));
        }
        match PartialDate::parse(&self.birth_day, &self.birth_month, &self.birth_year, today) {
            Ok(d) => new.birth = d,
            Err(_) => errors.push("birth_day", ctx.t("person-birth-invalid")),
        }
        if !self.niss.trim().is_empty() {
            match Niss::parse(&self.niss, today.year()) {
                Ok(n) => new.niss = Some(n),
                Err(_) => errors.push("niss", ctx.t("person-niss-invalid")),
            }
        }
        if !self.phone.trim().is_empty() {
            match PhoneNumber::parse(&self.phone) {
                Ok(p) => {
                    let kind = PhoneKind::guess(&p);
                    new.phones
                        .push((p, kind, self.phone_holder.trim().to_owned()));
                }
                Err(_) => errors.push("phone", ctx.t("person-phone-invalid")),
            }
        }
        if !self.email.trim().is_empty() {
            match Email::parse(&self.email) {
                Ok(e) => new.emails.push((e, String::new())),
                Err(_) => errors.push("email", ctx.t("person-email-invalid")),
            }
        }
        if self.phone.trim().is_empty() && self.email.trim().is_empty() {
            errors.push("phone", ctx.t("person-contact-missing"));
        }
        let team = self
            .team
            .parse::<TeamId>()
            .ok()
            .filter(|t| my_teams.contains(t))
            .or_else(|| my_teams.first().copied());
        let Some(team) = team else {
            errors.push("team", ctx.t("person-team-missing"));
            return None;
        };
        errors.is_empty().then_some((new, team))
    }
}

#[derive(Template)]
#[template(path = "person_new.html")]
struct NewTpl {
    p: Page,
    errors: Errors,
    f: PersonForm,
    teams: Vec<Choice>,
}

async fn my_teams(state: &AppState, ctx: &Ctx, team_ids: &[TeamId]) -> Result<Vec<Team>, Response> {
    org::list_teams(&state.db)
        .await
        .map(|t| t.into_iter().filter(|t| team_ids.contains(&t.id)).collect())
        .map_err(|e| unavailable(ctx, e))
}

fn new_form(ctx: &Ctx, f: PersonForm, errors: Errors, teams: &[Team]) -> Response {
    let choices = crate::views::team_choices(teams, &f.team);
    let status = errors.status();
    let tpl = NewTpl {
        p: Page::new(ctx, "person-new-title").with_errors(&errors),
        errors,
        f,
        teams: choices,
    };
    render(status, &tpl)
}

#[derive(Deserialize)]
pub struct NewQuery {
    q: Option<String>,
}

/// The form starts with what was searched for: a name, or a phone number.
pub async fn new_person_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(nq): Query<NewQuery>,
) -> Response {
    let teams = match my_teams(&state, &ctx, &me.actor.teams).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let mut f = PersonForm::default();
    if let Some(q) = nq.q.map(|q| q.trim().to_owned()).filter(|q| !q.is_empty()) {
        if PhoneNumber::parse(&q).is_ok() {
            f.phone = q;
        } else {
            f.family_name = q;
        }
    }
    new_form(&ctx, f, Errors::default(), &teams)
}

pub struct MatchView {
    pub id: PersonId,
    pub name: String,
    pub birth: String,
    pub reasons: String,
}

#[derive(Template)]
#[template(path = "person_matches.html")]
struct MatchesTpl {
    p: Page,
    f: PersonForm,
    matches: Vec<MatchView>,
    hidden: i64,
}

fn reason_key(r: Reason) -> &'static str {
    match r {
        Reason::SameNiss => "match-same-niss",
        Reason::SameName => "match-same-name",
        Reason::SimilarName => "match-similar-name",
        Reason::SameBirthDate => "match-same-birth-date",
        Reason::SamePhone => "match-same-phone",
    }
}

fn match_view(ctx: &Ctx, c: Candidate) -> MatchView {
    let name = PersonSummary {
        id: c.id,
        given_names: c.given_names,
        family_name: c.family_name,
    }
    .full_name();
    MatchView {
        id: c.id,
        name,
        birth: c.birth.display(),
        reasons: c
            .reasons
            .iter()
            .map(|r| ctx.t(reason_key(*r)))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

pub async fn create_person(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let teams = match my_teams(&state, &ctx, &me.actor.teams).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let f = PersonForm::from_body(&body);
    if value(&body, "edit") == "1" {
        return new_form(&ctx, f, Errors::default(), &teams);
    }
    let today = brussels(state.clock.now()).date();
    let mut errors = Errors::default();
    let Some((new, team)) = f.validate(&ctx, today, &me.actor.teams, &mut errors) else {
        return new_form(&ctx, f, errors, &teams);
    };
    if value(&body, "confirmed") != "1" {
        let (visible, hidden) = match persons::find_candidates(&state.db, &me.actor, &new).await {
            Ok(c) => c,
            Err(e) => return unavailable(&ctx, e),
        };
        if !visible.is_empty() || hidden > 0 {
            let tpl = MatchesTpl {
                p: Page::new(&ctx, "person-matches-title"),
                f,
                matches: visible.into_iter().map(|c| match_view(&ctx, c)).collect(),
                hidden,
            };
            return render(StatusCode::OK, &tpl);
        }
    }
    match persons::create(&state.db, &me.actor, &new, team, state.now()).await {
        Ok(id) => Redirect::to(&format!("/persons/{id}?created=1")).into_response(),
        Err(StoreError::Forbidden) => {
            errors.push("team", ctx.t("person-team-missing"));
            new_form(&ctx, f, errors, &teams)
        }
        Err(e) => unavailable(&ctx, e),
    }
}

// ---------- the person's page ----------

/// The most recent notes shown on the person's page; the rest is on the journal page.
const JOURNAL_ON_PAGE: usize = 5;

#[derive(Template)]
#[template(path = "person.html")]
struct PersonTpl {
    p: Page,
    d: PersonDetails,
    niss: String,
    phones: Vec<String>,
    reach: Vec<String>,
    address: Vec<String>,
    requests: Vec<RequestLine>,
    appointments: Vec<(guichet_domain::ids::AppointmentId, String)>,
    why: String,
    created: bool,
    journal: bool,
    notes: Vec<super::notes::NoteLine>,
    merged: bool,
    household: Vec<super::household::MemberLine>,
    consents: Vec<String>,
    consent_notices: Vec<String>,
    undelivered: Vec<(String, String)>,
}

pub struct RequestLine {
    pub id: guichet_domain::ids::RequestId,
    pub topic: String,
    pub status: String,
    pub promised: String,
}

#[derive(Deserialize)]
pub struct PersonQuery {
    created: Option<String>,
    merged: Option<String>,
    erased: Option<String>,
}

pub async fn person(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    Query(pq): Query<PersonQuery>,
) -> Response {
    let Ok(id) = id.parse::<PersonId>() else {
        return not_found(&ctx);
    };
    let d = match persons::details(&state.db, &me.actor, id).await {
        Ok(v) => v,
        // A file merged into another leads to the kept file.
        Err(StoreError::NotFound) => return super::merge::moved(&state, &ctx, &me, id).await,
        Err(e) => return unavailable(&ctx, e),
    };
    // An anonymised file (retention purge or erasure) holds nothing to show but the fact.
    if let Some(at) = d.anonymised_at {
        return super::retention::anonymised_page(&ctx, at, pq.erased.is_some());
    }
    let teams = match org::list_teams(&state.db).await {
        Ok(t) => t,
        Err(e) => return unavailable(&ctx, e),
    };
    if let Err(r) = super::log_read(&state, &ctx, &me, id).await {
        return r;
    }
    let names: Vec<String> = teams
        .iter()
        .filter(|t| d.followed_by.contains(&t.id))
        .map(Team::label)
        .collect();
    let why = match me.actor.relation(id, &d.followed_by) {
        Relation::BreakGlass { until } => {
            let end = chrono::DateTime::from_timestamp(until, 0)
                .map(brussels)
                .unwrap_or_default();
            let when = format!(
                "{} {}",
                super::requests::date_in_words(&ctx.tr, end.date()),
                end.format("%H:%M")
            );
            ctx.tr.t1("person-why-break-glass", "until", when)
        }
        _ => ctx.tr.t1("person-why-followed", "teams", names.join(", ")),
    };
    let this_year = brussels(state.clock.now()).year();
    let niss = d
        .niss
        .as_deref()
        .and_then(|n| Niss::parse(n, this_year).ok())
        .map(|n| n.formatted())
        .unwrap_or_default();
    let phones = d
        .phones
        .iter()
        .map(|(number, kind, holder)| {
            let shown = PhoneNumber::parse(number)
                .map(|p| p.display())
                .unwrap_or_else(|_| number.clone());
            let kind = ctx.t(match kind {
                PhoneKind::Mobile => "person-phone-mobile",
                PhoneKind::Landline => "person-phone-landline",
            });
            if holder.is_empty() {
                format!("{shown} ({kind})")
            } else {
                format!("{shown} ({kind}, {holder})")
            }
        })
        .collect();
    let mut reach = super::contact::in_words(&ctx, &d.contact);
    reach.extend(super::contact::fallback_in_words(&ctx, &d));
    let address = d.address.lines();
    let custom = match guichet_store::topics::list(&state.db).await {
        Ok(c) => c,
        Err(e) => return unavailable(&ctx, e),
    };
    let requests = match guichet_store::requests::for_person(&state.db, &me.actor, id).await {
        Ok(list) => list
            .into_iter()
            .map(|r| RequestLine {
                id: r.id,
                topic: super::requests::topic_label(&r.topic, ctx.lang(), &custom),
                status: ctx.t(super::requests::status_key(r.status)),
                promised: r.promised_on.format("%d/%m/%Y").to_string(),
            })
            .collect(),
        Err(e) => return unavailable(&ctx, e),
    };
    let appointments = match guichet_store::appointments::for_person(&state.db, &me.actor, id).await
    {
        Ok(list) => list
            .into_iter()
            .map(|a| {
                let start = chrono::DateTime::from_timestamp(a.starts_at, 0)
                    .map(brussels)
                    .unwrap_or_default();
                let label = format!(
                    "{} {} — {}",
                    super::requests::date_in_words(&ctx.tr, start.date()),
                    start.format("%H:%M"),
                    a.worker_name
                );
                (a.id, label)
            })
            .collect(),
        Err(e) => return unavailable(&ctx, e),
    };
    let journal = super::notes::has_journal(&me.actor);
    let notes = if journal {
        let filter = guichet_store::notes::NoteFilter::default();
        match super::notes::lines(&state, &ctx, &me.actor, id, &filter, &custom).await {
            Ok(mut n) => {
                n.truncate(JOURNAL_ON_PAGE);
                n
            }
            Err(e) => return unavailable(&ctx, e),
        }
    } else {
        Vec::new()
    };
    let household = match guichet_store::households::members(&state.db, &me.actor, id).await {
        Ok(m) => super::household::lines(&ctx, &m),
        Err(e) => return unavailable(&ctx, e),
    };
    let (consents, consent_notices) =
        match guichet_store::consents::for_person(&state.db, &me.actor, id).await {
            Ok(records) => (
                super::consents::lines(&ctx, &records),
                super::consents::notices(&ctx, &d, &records),
            ),
            Err(e) => return unavailable(&ctx, e),
        };
    let undelivered =
        match guichet_store::outbox::undelivered_for_person(&state.db, &me.actor, id).await {
            Ok(list) => list
                .into_iter()
                .map(|m| {
                    let what = ctx.t(match m.kind.as_str() {
                        "acknowledgement" => "message-kind-acknowledgement",
                        "reminder" => "message-kind-reminder",
                        _ => "message-kind-other",
                    });
                    let channel = guichet_domain::contact::Channel::parse(&m.channel)
                        .map(|c| ctx.t(super::contact::channel_key(c)))
                        .unwrap_or(m.channel);
                    let line = ctx.tr.t2(
                        "person-undelivered-line",
                        ("what", what),
                        ("channel", channel),
                    );
                    (line, m.recipient)
                })
                .collect(),
            Err(e) => return unavailable(&ctx, e),
        };
    let mut p = Page::new(&ctx, "person-title");
    p.title = d.summary.full_name();
    let created = pq.created.is_some();
    let merged = pq.merged.is_some();
    render(
        StatusCode::OK,
        &PersonTpl {
            p,
            d,
            niss,
            phones,
            reach,
            address,
            requests,
            appointments,
            why,
            created,
            journal,
            notes,
            merged,
            household,
            consents,
            consent_notices,
            undelivered,
        },
    )
}
