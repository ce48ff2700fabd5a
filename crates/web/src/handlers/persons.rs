//! Persons at the desk: find a file, register a new person without encoding anyone
//! twice, and the person's page.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::fields;
use crate::forms::{value, Errors};
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Datelike;
use guichet_desk::persons::Registered;
use guichet_desk::DeskError;
use guichet_domain::clock::brussels;
use guichet_domain::consent::Purpose;
use guichet_domain::contact::Channel;
use guichet_domain::ids::{PersonId, TeamId};
use guichet_domain::matching::Reason;
use guichet_domain::niss::Niss;
use guichet_domain::org::PhoneNumber;
use guichet_domain::person::{Address, Email, PartialDate, PhoneKind};
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
    /// Front-line staff who may break glass are offered "search all files, with a reason".
    may_search_all: bool,
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
    let q = persons::searched_text(&sq.q.unwrap_or_default());
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
        may_search_all: me.actor.may_break_glass(),
    };
    render(StatusCode::OK, &tpl)
}

// ---------- search all files, with a reason ----------

pub struct FoundLine {
    pub id: PersonId,
    pub name: String,
    pub birth: String,
}

#[derive(Template)]
#[template(path = "persons_all.html")]
struct SearchAllTpl {
    p: Page,
    errors: Errors,
    q: String,
    reason: String,
    searched: bool,
    found: Vec<FoundLine>,
}

/// "Search all files, with a reason": the files of the whole organisation that match,
/// with their name and birth date only, each opened through break-glass with the same
/// reason. The search is logged per file listed, as break-glass is.
pub async fn search_all(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    if !me.actor.may_break_glass() {
        return super::not_found(&ctx);
    }
    let q = value(&body, "q");
    let reason = value(&body, "reason");
    let mut errors = Errors::default();
    let typed_reason = fields::break_glass_reason(&ctx, &mut errors, &reason);
    let query = fields::text(
        &ctx,
        &mut errors,
        "q",
        "persons-search-label",
        &q,
        guichet_domain::text::Limit::Label,
    );
    if query.is_empty() {
        errors.push("q", ctx.t("persons-all-query-missing"));
    }
    let found = if errors.is_empty() {
        match persons::search_all_files(
            &state.db,
            &me.actor,
            &query,
            &typed_reason,
            20,
            state.now(),
        )
        .await
        {
            Ok(list) => list
                .into_iter()
                .map(|f| FoundLine {
                    id: f.summary.id,
                    name: f.summary.full_name(),
                    birth: f.birth.display(),
                })
                .collect(),
            Err(StoreError::Forbidden) => return super::not_found(&ctx),
            Err(e) => return unavailable(&ctx, e),
        }
    } else {
        Vec::new()
    };
    let status = errors.status();
    let tpl = SearchAllTpl {
        p: Page::new(&ctx, "persons-all-title").with_errors(&errors),
        searched: errors.is_empty(),
        errors,
        q,
        reason,
        found,
    };
    render(status, &tpl)
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
    /// Ticked when the desk keeps a national number whose date part differs from the
    /// birth date typed.
    pub niss_confirmed: String,
    pub phone: String,
    pub phone_holder: String,
    pub email: String,
    /// "", "belgian" or "no-fixed" (post to a contact address, "c/o").
    pub address_kind: String,
    pub street: String,
    pub postcode: String,
    pub municipality: String,
    pub municipality_confirmed: String,
    pub contact_address: String,
    /// "yes": the person is reached only when they come to the desk.
    pub walk_in: String,
    pub trusted_name: String,
    pub trusted_reach: String,
    pub agrees_sms: String,
    pub agrees_email: String,
    pub team: String,
}

/// The form's fields, in the order of the page, for carrying it through the
/// "same person?" page.
const FIELDS: [&str; 23] = [
    "given_names",
    "family_name",
    "usual_name",
    "birth_day",
    "birth_month",
    "birth_year",
    "niss",
    "niss_confirmed",
    "phone",
    "phone_holder",
    "email",
    "address_kind",
    "street",
    "postcode",
    "municipality",
    "municipality_confirmed",
    "contact_address",
    "walk_in",
    "trusted_name",
    "trusted_reach",
    "agrees_sms",
    "agrees_email",
    "team",
];

impl PersonForm {
    fn slot(&mut self, name: &str) -> Option<&mut String> {
        Some(match name {
            "given_names" => &mut self.given_names,
            "family_name" => &mut self.family_name,
            "usual_name" => &mut self.usual_name,
            "birth_day" => &mut self.birth_day,
            "birth_month" => &mut self.birth_month,
            "birth_year" => &mut self.birth_year,
            "niss" => &mut self.niss,
            "niss_confirmed" => &mut self.niss_confirmed,
            "phone" => &mut self.phone,
            "phone_holder" => &mut self.phone_holder,
            "email" => &mut self.email,
            "address_kind" => &mut self.address_kind,
            "street" => &mut self.street,
            "postcode" => &mut self.postcode,
            "municipality" => &mut self.municipality,
            "municipality_confirmed" => &mut self.municipality_confirmed,
            "contact_address" => &mut self.contact_address,
            "walk_in" => &mut self.walk_in,
            "trusted_name" => &mut self.trusted_name,
            "trusted_reach" => &mut self.trusted_reach,
            "agrees_sms" => &mut self.agrees_sms,
            "agrees_email" => &mut self.agrees_email,
            "team" => &mut self.team,
            _ => return None,
        })
    }

    fn from_body(b: &[u8]) -> Self {
        let mut f = Self::default();
        for name in FIELDS {
            if let Some(slot) = f.slot(name) {
                *slot = value(b, name);
            }
        }
        f
    }

    /// `(name, value)` pairs, to carry the form through the "same person?" page.
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        let mut copy = self.clone();
        FIELDS
            .iter()
            .map(|name| {
                (
                    *name,
                    copy.slot(name).map(|v| v.clone()).unwrap_or_default(),
                )
            })
            .collect()
    }

    fn ticked(v: &str) -> bool {
        v == "yes" || v == "1"
    }

    /// Whether the "keep the address as typed" box is offered: only once the postcode
    /// list disagreed with the municipality.
    pub fn offers_municipality_confirmation(&self, errors: &Errors) -> bool {
        (errors.has("municipality") && !self.municipality.trim().is_empty())
            || Self::ticked(&self.municipality_confirmed)
    }

    fn validate(
        &self,
        ctx: &Ctx,
        today: chrono::NaiveDate,
        my_teams: &[TeamId],
        errors: &mut Errors,
    ) -> Option<(NewPerson, TeamId)> {
        use guichet_domain::text::Limit;
        let (given_names, family_name, usual_name) = fields::names(
            ctx,
            errors,
            &self.given_names,
            &self.family_name,
            &self.usual_name,
        );
        let mut new = NewPerson {
            given_names,
            family_name,
            usual_name,
            ..Default::default()
        };
        new.birth = fields::birth_date(
            ctx,
            errors,
            &self.birth_day,
            &self.birth_month,
            &self.birth_year,
            today,
        );
        new.niss = fields::niss(
            ctx,
            errors,
            &self.niss,
            &new.birth,
            Self::ticked(&self.niss_confirmed),
            today,
        );

        // How to reach the person: any one way is enough.
        let mut channels = Vec::new();
        let phone = fields::text(
            ctx,
            errors,
            "phone",
            "person-phone",
            &self.phone,
            Limit::Phone,
        );
        let holder = fields::text(
            ctx,
            errors,
            "phone_holder",
            "person-phone-holder",
            &self.phone_holder,
            Limit::Label,
        );
        if !phone.is_empty() {
            match PhoneNumber::parse(&phone) {
                Ok(p) => {
                    let kind = PhoneKind::guess(&p);
                    new.phones.push((p, kind, holder));
                }
                Err(_) => errors.push("phone", ctx.t("person-phone-invalid")),
            }
        }
        let email = fields::text(
            ctx,
            errors,
            "email",
            "person-email",
            &self.email,
            Limit::Email,
        );
        if !email.is_empty() {
            match Email::parse(&email) {
                Ok(e) => new.emails.push((e, String::new())),
                Err(_) => errors.push("email", ctx.t("person-email-invalid")),
            }
        }
        new.address = match self.address_kind.as_str() {
            "belgian" => fields::belgian_address(
                ctx,
                errors,
                &self.street,
                &self.postcode,
                &self.municipality,
                Self::ticked(&self.municipality_confirmed),
            )
            .unwrap_or_default(),
            "no-fixed" => fields::contact_address(ctx, errors, &self.contact_address),
            _ => Address::Unknown,
        };
        if new.address.is_postal() {
            channels.push(Channel::PaperLetter);
        }
        for (_, kind, _) in &new.phones {
            channels.push(match kind {
                PhoneKind::Mobile => Channel::Mobile,
                PhoneKind::Landline => Channel::Landline,
            });
        }
        if Self::ticked(&self.agrees_sms) {
            new.agreed.push(Purpose::Sms);
            if new.phones.iter().any(|(_, k, _)| *k == PhoneKind::Mobile) {
                channels.push(Channel::Sms);
            }
        }
        if Self::ticked(&self.agrees_email) {
            new.agreed.push(Purpose::Email);
            if !new.emails.is_empty() {
                channels.push(Channel::Email);
            }
        }
        let trusted_name = fields::text(
            ctx,
            errors,
            "trusted_name",
            "person-trusted-name",
            &self.trusted_name,
            Limit::Label,
        );
        let trusted_reach = fields::text(
            ctx,
            errors,
            "trusted_reach",
            "person-trusted-reach",
            &self.trusted_reach,
            Limit::Contact,
        );
        match (trusted_name.is_empty(), trusted_reach.is_empty()) {
            (true, true) => {}
            (false, false) => {
                new.contact.trusted_third = format!("{trusted_name}, {trusted_reach}");
                channels.push(Channel::TrustedThird);
            }
            (true, false) => errors.push("trusted_name", ctx.t("person-trusted-name-missing")),
            (false, true) => errors.push("trusted_reach", ctx.t("person-trusted-reach-missing")),
        }
        if Self::ticked(&self.walk_in) {
            channels.push(Channel::WalkInOnly);
        }
        let any_way = !new.phones.is_empty()
            || !new.emails.is_empty()
            || new.address.is_postal()
            || !new.contact.trusted_third.is_empty()
            || Self::ticked(&self.walk_in);
        // Said along with the other mistakes, unless a way to reach was typed wrong
        // (its own message says what to fix).
        let reach_fields = [
            "phone",
            "phone_holder",
            "email",
            "street",
            "postcode",
            "municipality",
            "contact_address",
            "trusted_name",
            "trusted_reach",
        ];
        if !any_way && !reach_fields.iter().any(|f| errors.has(f)) {
            errors.push("reach", ctx.t("person-contact-missing"));
        }
        new.contact.channels = channels;
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
    kinds: Vec<Choice>,
    offer_niss_confirm: bool,
    offer_municipality_confirm: bool,
}

async fn my_teams(state: &AppState, ctx: &Ctx, team_ids: &[TeamId]) -> Result<Vec<Team>, Response> {
    org::list_teams(&state.db)
        .await
        .map(|t| t.into_iter().filter(|t| team_ids.contains(&t.id)).collect())
        .map_err(|e| unavailable(ctx, e))
}

fn new_form(
    ctx: &Ctx,
    f: PersonForm,
    errors: Errors,
    teams: &[Team],
    today: chrono::NaiveDate,
) -> Response {
    // Nothing chosen yet: the worker's first team (the one a file goes to when the form
    // says none), so that a worker of two teams is not offered the other one first.
    let chosen = if f.team.is_empty() {
        teams
            .iter()
            .map(|t| t.id)
            .min()
            .map(|t| t.to_string())
            .unwrap_or_default()
    } else {
        f.team.clone()
    };
    let choices = crate::views::team_choices(teams, &chosen);
    let kinds = [
        ("", "person-address-none"),
        ("belgian", "address-kind-belgian"),
        ("no-fixed", "address-kind-no-fixed"),
    ]
    .iter()
    .map(|(v, k)| Choice {
        value: (*v).to_owned(),
        label: ctx.t(k),
        checked: f.address_kind == *v,
    })
    .collect();
    let status = errors.status();
    let birth =
        PartialDate::parse(&f.birth_day, &f.birth_month, &f.birth_year, today).unwrap_or_default();
    let offer_niss_confirm = errors.has("niss")
        && fields::offers_niss_confirmation(
            &f.niss,
            &birth,
            PersonForm::ticked(&f.niss_confirmed),
            today,
        );
    let offer_municipality_confirm = f.offers_municipality_confirmation(&errors);
    let tpl = NewTpl {
        p: Page::new(ctx, "person-new-title").with_errors(&errors),
        errors,
        f,
        teams: choices,
        kinds,
        offer_niss_confirm,
        offer_municipality_confirm,
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
            f.family_name = q
                .chars()
                .take(guichet_domain::text::Limit::Name.chars())
                .collect();
        }
    }
    let today = brussels(state.clock.now()).date();
    new_form(&ctx, f, Errors::default(), &teams, today)
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
    let today = brussels(state.clock.now()).date();
    if value(&body, "edit") == "1" {
        return new_form(&ctx, f, Errors::default(), &teams, today);
    }
    let mut errors = Errors::default();
    let Some((new, team)) = f.validate(&ctx, today, &me.actor.teams, &mut errors) else {
        return new_form(&ctx, f, errors, &teams, today);
    };
    let confirmed = value(&body, "confirmed") == "1";
    match guichet_desk::persons::register(&state.desk(), &me.actor, &new, team, confirmed).await {
        Ok(Registered::Created(id)) => {
            Redirect::to(&format!("/persons/{id}?created=1")).into_response()
        }
        Ok(Registered::LikelyMatches { visible, hidden }) => {
            let tpl = MatchesTpl {
                p: Page::new(&ctx, "person-matches-title"),
                f,
                matches: visible.into_iter().map(|c| match_view(&ctx, c)).collect(),
                hidden,
            };
            render(StatusCode::OK, &tpl)
        }
        Err(DeskError::NotAllowed) => {
            errors.push("team", ctx.t("person-team-missing"));
            new_form(&ctx, f, errors, &teams, today)
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
    /// Characters of the name or address that no font of the letters has.
    unprintable: Option<String>,
    /// The next appointment to come, for "print the card" at the top of the page.
    next_appointment: Option<(guichet_domain::ids::AppointmentId, String)>,
    why: String,
    created: bool,
    journal: bool,
    notes: Vec<crate::present::NoteLine>,
    merged: bool,
    household: Vec<crate::present::MemberLine>,
    consents: Vec<String>,
    consent_notices: Vec<String>,
    undelivered: Vec<(String, String)>,
    /// Referrals sent: the service, when, the answer; the letter's address for a service
    /// outside guichet.
    referrals: Vec<(String, Option<String>)>,
    may_refer: bool,
    /// Mandates: the page's address and the line.
    mandates: Vec<(String, String)>,
    acts: Vec<String>,
    act_recorded: bool,
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
    act: Option<String>,
    merged: Option<String>,
    erased: Option<String>,
}

/// The address of a file merged into another: to the kept file if the staff member may
/// open it, the "not found" page otherwise.
async fn moved(state: &AppState, ctx: &Ctx, me: &crate::ctx::SignedIn, id: PersonId) -> Response {
    match guichet_store::merge::successor(&state.db, &me.actor, id).await {
        Ok(kept) => Redirect::to(&format!("/persons/{kept}")).into_response(),
        Err(StoreError::NotFound) => super::person_not_found(ctx, id),
        Err(e) => unavailable(ctx, e),
    }
}

/// The page of a file anonymised under the retention rules: the date, nothing else.
#[derive(Template)]
#[template(path = "person_anonymised.html")]
struct AnonymisedTpl {
    p: Page,
    message: String,
}

/// The page of an anonymised file: when and how, nothing else. `erased`: just erased at the
/// person's request (rather than by the retention rules or earlier).
fn anonymised_page(ctx: &Ctx, at: i64, erased: bool) -> Response {
    let day = chrono::DateTime::from_timestamp(at, 0)
        .map(brussels)
        .unwrap_or_default()
        .date();
    let message = ctx.tr.t1(
        if erased {
            "person-erased"
        } else {
            "person-anonymised"
        },
        "date",
        crate::present::date_in_words(&ctx.tr, day),
    );
    render(
        StatusCode::OK,
        &AnonymisedTpl {
            p: Page::new(ctx, "retention-anonymised-title"),
            message,
        },
    )
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
        Err(StoreError::NotFound) => return moved(&state, &ctx, &me, id).await,
        Err(e) => return unavailable(&ctx, e),
    };
    // An anonymised file (retention purge or erasure) holds nothing to show but the fact.
    if let Some(at) = d.anonymised_at {
        return anonymised_page(&ctx, at, pq.erased.is_some());
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
                crate::present::date_in_words(&ctx.tr, end.date()),
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
            let shown = PhoneNumber::from_stored(number).display();
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
    let reach = crate::present::reach_lines(&ctx, &d);
    // Pointed out before anything is printed: characters of the name or the address no
    // font of the letters has (they would print as boxes).
    let on_letters = format!("{} {}", d.summary.full_name(), d.address.lines().join(" "));
    let unprintable: Vec<String> = guichet_letters::uncovered_chars(&on_letters)
        .into_iter()
        .map(|c| format!("{c} (U+{:04X})", c as u32))
        .collect();
    let unprintable = (!unprintable.is_empty()).then(|| {
        ctx.tr
            .t1("person-unprintable", "chars", unprintable.join(", "))
    });
    let address = d.address.lines();
    let custom = match guichet_store::topics::list(&state.db).await {
        Ok(c) => c,
        Err(e) => return unavailable(&ctx, e),
    };
    let requests = match guichet_store::requests::for_person(&state.db, &me.actor, &d.opened).await
    {
        Ok(list) => list
            .into_iter()
            .map(|r| RequestLine {
                id: r.id,
                topic: crate::present::topic_label(&r.topic, ctx.lang(), &custom),
                status: ctx.t(crate::present::request_status_key(r.status)),
                promised: r.promised_on.format("%d/%m/%Y").to_string(),
            })
            .collect(),
        Err(e) => return unavailable(&ctx, e),
    };
    let now = state.now();
    let mut next_appointment = None;
    let appointments: Vec<(guichet_domain::ids::AppointmentId, String)> =
        match guichet_store::appointments::for_person(&state.db, &me.actor, &d.opened).await {
            Ok(list) => list
                .into_iter()
                .map(|a| {
                    let upcoming = a.starts_at >= now && a.status == "planned";
                    let start = chrono::DateTime::from_timestamp(a.starts_at, 0)
                        .map(brussels)
                        .unwrap_or_default();
                    let label = format!(
                        "{} {} — {}",
                        crate::present::date_in_words(&ctx.tr, start.date()),
                        start.format("%H:%M"),
                        a.worker_name
                    );
                    let soonest = next_appointment
                        .as_ref()
                        .is_none_or(|(_, at): &(_, i64)| a.starts_at < *at);
                    if upcoming && soonest {
                        next_appointment = Some((a.id, a.starts_at));
                    }
                    (a.id, label)
                })
                .collect(),
            Err(e) => return unavailable(&ctx, e),
        };
    let journal = crate::present::has_journal(&me.actor);
    let notes = if journal {
        let filter = guichet_store::notes::NoteFilter::default();
        match guichet_store::notes::for_person(&state.db, &me.actor, &d.opened, &filter).await {
            Ok(mut n) => {
                n.truncate(JOURNAL_ON_PAGE);
                crate::present::note_lines(&ctx, n, &custom)
            }
            Err(e) => return unavailable(&ctx, e),
        }
    } else {
        Vec::new()
    };
    let household = match guichet_store::households::members(&state.db, &me.actor, &d.opened).await
    {
        Ok(m) => crate::present::household_lines(&ctx, &m),
        Err(e) => return unavailable(&ctx, e),
    };
    // The file's consents came with it.
    let consents = crate::present::consent_lines(&ctx, &d.consent_records);
    let consent_notices = crate::present::consent_notices(&ctx, &d, &d.consent_records);
    let undelivered = match guichet_store::outbox::undelivered_for_person(
        &state.db, &me.actor, &d.opened,
    )
    .await
    {
        Ok(list) => list
            .into_iter()
            .map(|m| {
                let what = ctx.t(match m.kind.as_str() {
                    "acknowledgement" => "message-kind-acknowledgement",
                    "reminder" => "message-kind-reminder",
                    _ => "message-kind-other",
                });
                let channel = guichet_domain::contact::Channel::parse(&m.channel)
                    .map(|c| ctx.t(crate::present::channel_key(c)))
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
    let referrals =
        match guichet_desk::referrals::of_file(&state.desk(), &me.actor, &d.opened).await {
            Ok(list) => list
                .iter()
                .map(|r| crate::present::referral_line(&ctx, r))
                .collect(),
            Err(e) => return unavailable(&ctx, e),
        };
    let may_refer = d
        .opened
        .relation(&me.actor)
        .is_ok_and(|rel| me.actor.may_refer(rel));
    let desk = state.desk();
    let today = guichet_domain::clock::brussels(state.clock.now()).date();
    let mandates = match guichet_desk::mandates::of_file(&desk, &me.actor, &d.opened).await {
        Ok(list) => list
            .iter()
            .map(|m| crate::present::mandate_line(&ctx, m, today))
            .collect(),
        Err(e) => return unavailable(&ctx, e),
    };
    let acts = match (
        guichet_desk::assistance::of_file(&desk, &me.actor, &d.opened).await,
        guichet_desk::assistance::platforms(&desk, ctx.lang()).await,
    ) {
        (Ok(list), Ok(platforms)) => list
            .iter()
            .map(|a| {
                let label = platforms
                    .iter()
                    .find(|p| p.code == a.platform)
                    .map_or(a.platform.as_str(), |p| p.label.as_str());
                crate::present::act_line(&ctx, a, label)
            })
            .collect(),
        (Err(e), _) | (_, Err(e)) => return unavailable(&ctx, e),
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
            unprintable,
            next_appointment: next_appointment.and_then(|(aid, _)| {
                appointments
                    .iter()
                    .find(|(id, _)| *id == aid)
                    .map(|(id, label)| (*id, label.clone()))
            }),
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
            referrals,
            may_refer,
            mandates,
            acts,
            act_recorded: pq.act.is_some(),
        },
    )
}
