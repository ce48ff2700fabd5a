//! The person's consents, purpose by purpose: shown on the person's page, given or
//! withdrawn on their own page. Withdrawing SMS or email holds back the messages waiting
//! in that channel and plans the reminders again in the person's next channel.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_domain::clock::brussels;
use guichet_domain::consent::{self, ConsentRecord, How, Purpose};
use guichet_domain::ids::PersonId;
use guichet_store::persons::{self, PersonDetails};
use guichet_store::{consents, StoreError};

pub fn purpose_key(p: Purpose) -> &'static str {
    match p {
        Purpose::Sms => "consent-purpose-sms",
        Purpose::Email => "consent-purpose-email",
        Purpose::ShareWithServices => "consent-purpose-share-with-services",
        Purpose::HealthData => "consent-purpose-health-data",
    }
}

fn explain_key(p: Purpose) -> &'static str {
    match p {
        Purpose::Sms => "consent-explain-sms",
        Purpose::Email => "consent-explain-email",
        Purpose::ShareWithServices => "consent-explain-share-with-services",
        Purpose::HealthData => "consent-explain-health-data",
    }
}

pub fn how_key(h: How) -> &'static str {
    match h {
        How::Desk => "consent-how-desk",
        How::Paper => "consent-how-paper",
        How::Phone => "consent-how-phone",
        How::Email => "consent-how-email",
    }
}

/// "orally at the desk" as a choice of its own: "Orally at the desk".
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A time as the Brussels date, dd/mm/yyyy.
fn day(at: i64) -> String {
    chrono::DateTime::from_timestamp(at, 0)
        .map(|t| brussels(t).format("%d/%m/%Y").to_string())
        .unwrap_or_default()
}

fn given_words(ctx: &Ctx, r: &ConsentRecord) -> String {
    ctx.tr.t2(
        "consent-given",
        ("date", day(r.given_at)),
        ("how", ctx.t(how_key(r.given_how))),
    )
}

fn withdrawn_words(ctx: &Ctx, at: i64, how: How) -> String {
    ctx.tr.t2(
        "consent-withdrawn",
        ("date", day(at)),
        ("how", ctx.t(how_key(how))),
    )
}

/// One line per purpose, from its latest record: given on…, how; or withdrawn on….
pub fn lines(ctx: &Ctx, records: &[ConsentRecord]) -> Vec<String> {
    Purpose::ALL
        .iter()
        .map(|p| {
            let state = match consent::latest(records, *p) {
                None => ctx.t("consent-none"),
                Some(r) => match r.withdrawn {
                    None => given_words(ctx, r),
                    Some((at, how)) => withdrawn_words(ctx, at, how),
                },
            };
            ctx.tr.t2(
                "consent-line",
                ("purpose", ctx.t(purpose_key(*p))),
                ("state", state),
            )
        })
        .collect()
}

/// Warnings for the person's page: a messaging channel was chosen, but its consent is
/// withdrawn (or was never recorded), so nothing will be sent that way.
pub fn notices(ctx: &Ctx, d: &PersonDetails, records: &[ConsentRecord]) -> Vec<String> {
    consents::messaging_purposes(&d.contact.channels)
        .into_iter()
        .filter(|p| !consent::is_granted(records, *p))
        .map(|p| {
            let withdrawn = consent::latest(records, p).and_then(|r| r.withdrawn);
            match (p, withdrawn) {
                (Purpose::Sms, Some((at, _))) => {
                    ctx.tr.t1("consent-notice-sms-withdrawn", "date", day(at))
                }
                (_, Some((at, _))) => ctx.tr.t1("consent-notice-email-withdrawn", "date", day(at)),
                (Purpose::Sms, None) => ctx.t("consent-notice-sms-missing"),
                (_, None) => ctx.t("consent-notice-email-missing"),
            }
        })
        .collect()
}

#[derive(Default)]
struct ConsentForm {
    purpose: String,
    action: String,
    how: String,
    /// The save came after someone else's change of the file: nothing recorded.
    changed: bool,
}

enum Action {
    Give,
    Withdraw,
}

impl ConsentForm {
    fn from_body(b: &[u8]) -> Self {
        Self {
            purpose: value(b, "purpose"),
            action: value(b, "action"),
            how: value(b, "how"),
            changed: false,
        }
    }

    fn validate(&self, ctx: &Ctx, errors: &mut Errors) -> Option<(Purpose, Action, How)> {
        let purpose = Purpose::parse(&self.purpose);
        if purpose.is_none() {
            errors.push("purpose", ctx.t("consent-purpose-missing"));
        }
        let action = match self.action.as_str() {
            "give" => Some(Action::Give),
            "withdraw" => Some(Action::Withdraw),
            _ => {
                errors.push("action", ctx.t("consent-action-missing"));
                None
            }
        };
        let how = How::parse(&self.how);
        if how.is_none() {
            errors.push("how", ctx.t("consent-how-missing"));
        }
        Some((purpose?, action?, how?))
    }
}

#[derive(Template)]
#[template(path = "person_consents.html")]
struct ConsentsTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    name: String,
    explanations: Vec<String>,
    current: Vec<String>,
    history: Vec<String>,
    purposes: Vec<Choice>,
    actions: Vec<Choice>,
    hows: Vec<Choice>,
    version: i64,
    changed: bool,
}

fn form_page(
    ctx: &Ctx,
    d: &PersonDetails,
    records: &[ConsentRecord],
    f: &ConsentForm,
    errors: Errors,
) -> Response {
    let purposes = Purpose::ALL
        .iter()
        .map(|p| Choice {
            value: p.code().to_owned(),
            label: ctx.t(purpose_key(*p)),
            checked: f.purpose == p.code(),
        })
        .collect();
    let actions = [
        ("give", "consent-action-give"),
        ("withdraw", "consent-action-withdraw"),
    ]
    .iter()
    .map(|(v, k)| Choice {
        value: (*v).to_owned(),
        label: ctx.t(k),
        checked: f.action == *v,
    })
    .collect();
    let hows = How::ALL
        .iter()
        .map(|h| Choice {
            value: h.code().to_owned(),
            label: capitalised(&ctx.t(how_key(*h))),
            checked: f.how == h.code(),
        })
        .collect();
    let history = records
        .iter()
        .map(|r| {
            let mut state = given_words(ctx, r);
            if let Some((at, how)) = r.withdrawn {
                state = format!("{state} — {}", withdrawn_words(ctx, at, how));
            }
            ctx.tr.t2(
                "consent-line",
                ("purpose", ctx.t(purpose_key(r.purpose))),
                ("state", state),
            )
        })
        .collect();
    let status = if f.changed {
        axum::http::StatusCode::CONFLICT
    } else {
        errors.status()
    };
    let tpl = ConsentsTpl {
        p: Page::new(ctx, "consents-title").with_errors(&errors),
        errors,
        person_id: d.summary.id,
        name: d.summary.full_name(),
        explanations: Purpose::ALL
            .iter()
            .map(|p| ctx.t(explain_key(*p)))
            .collect(),
        current: lines(ctx, records),
        history,
        purposes,
        actions,
        hows,
        version: d.version,
        changed: f.changed,
    };
    render(status, &tpl)
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let d = match super::person_file(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    match consents::for_person(&state.db, &me.actor, d.summary.id).await {
        Ok(records) => form_page(
            &ctx,
            &d,
            &records,
            &ConsentForm::default(),
            Errors::default(),
        ),
        Err(StoreError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

pub async fn save(
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
    let mut f = ConsentForm::from_body(&body);
    let seen = crate::fields::seen_version(&body);
    let mut errors = Errors::default();
    let chosen = f.validate(&ctx, &mut errors);
    let now = state.clock.now();
    let person = d.summary.id;
    let outcome = async {
        let Some((purpose, action, how)) = chosen else {
            return Ok(false);
        };
        let changed = match action {
            Action::Give => {
                let t = now.timestamp();
                consents::give(&state.db, &me.actor, person, purpose, how, t, seen).await?;
                true
            }
            Action::Withdraw => {
                let t = now.timestamp();
                consents::withdraw(&state.db, &me.actor, person, purpose, how, t, seen).await?
            }
        };
        if !changed {
            return Ok(false);
        }
        // The reminders of appointments to come follow the consent at once.
        if matches!(purpose, Purpose::Sms | Purpose::Email) {
            let d = persons::details(&state.db, &me.actor, person).await?;
            super::appointments::replan_upcoming(&state, &me, &d, now).await?;
        }
        Ok(true)
    }
    .await;
    match outcome {
        Ok(true) => Redirect::to(&format!("/persons/{person}")).into_response(),
        Ok(false) => {
            if errors.is_empty() {
                errors.push("purpose", ctx.t("consent-not-given"));
            }
            match consents::for_person(&state.db, &me.actor, person).await {
                Ok(records) => form_page(&ctx, &d, &records, &f, errors),
                Err(StoreError::NotFound) => not_found(&ctx),
                Err(e) => unavailable(&ctx, e),
            }
        }
        Err(StoreError::Changed) => {
            f.changed = true;
            match consents::for_person(&state.db, &me.actor, person).await {
                Ok(records) => form_page(&ctx, &d, &records, &f, errors),
                Err(e) => unavailable(&ctx, e),
            }
        }
        Err(StoreError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}
