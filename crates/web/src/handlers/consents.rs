//! The person's consents, purpose by purpose: shown on the person's page, given or
//! withdrawn on their own page. Withdrawing SMS or email holds back the messages waiting
//! in that channel and plans the reminders again in the person's next channel.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::present::{consent_lines, given_words, how_key, purpose_key, withdrawn_words};
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::DeskError;
use guichet_domain::consent::{ConsentRecord, How, Purpose};
use guichet_domain::ids::PersonId;
use guichet_store::persons::PersonDetails;
use guichet_store::{consents, StoreError};

fn explain_key(p: Purpose) -> &'static str {
    match p {
        Purpose::Sms => "consent-explain-sms",
        Purpose::Email => "consent-explain-email",
        Purpose::ShareWithServices => "consent-explain-share-with-services",
        Purpose::HealthData => "consent-explain-health-data",
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
        current: consent_lines(ctx, records),
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
    match consents::for_person(&state.db, &me.actor, &d.opened).await {
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
    let person = d.summary.id;
    let outcome = match chosen {
        None => Ok(false),
        Some((purpose, action, how)) => {
            let give = matches!(action, Action::Give);
            guichet_desk::consents::change(
                &state.desk(),
                &me.actor,
                person,
                purpose,
                give,
                how,
                seen,
            )
            .await
        }
    };
    match outcome {
        Ok(true) => Redirect::to(&format!("/persons/{person}")).into_response(),
        Ok(false) => {
            if errors.is_empty() {
                errors.push("purpose", ctx.t("consent-not-given"));
            }
            match consents::for_person(&state.db, &me.actor, &d.opened).await {
                Ok(records) => form_page(&ctx, &d, &records, &f, errors),
                Err(StoreError::NotFound) => not_found(&ctx),
                Err(e) => unavailable(&ctx, e),
            }
        }
        Err(DeskError::Changed) => {
            f.changed = true;
            match consents::for_person(&state.db, &me.actor, &d.opened).await {
                Ok(records) => form_page(&ctx, &d, &records, &f, errors),
                Err(e) => unavailable(&ctx, e),
            }
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}
