//! Correcting a file after it was created: who the person is (names, birth date,
//! national number and its history), and the phones and email addresses, in order of
//! preference.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::fields;
use crate::forms::{value, Errors};
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Datelike;
use guichet_desk::persons::{self as desk_persons, LineChange};
use guichet_desk::DeskError;
use guichet_domain::clock::brussels;
use guichet_domain::ids::PersonId;
use guichet_domain::niss::Niss;
use guichet_domain::org::PhoneNumber;
use guichet_domain::person::{Email, PartialDate, PhoneKind};
use guichet_domain::text::Limit;
use guichet_store::persons::{self, Contact, Identity, NissTaken, PersonDetails};
use guichet_store::StoreError;

/// A use case that did not go through, as a page: 404 for a file (or a line of it) one may
/// not see.
fn refused(ctx: &Ctx, e: DeskError) -> Response {
    match e {
        DeskError::NotFound => not_found(ctx),
        e => unavailable(ctx, e),
    }
}

/// A store failure as a page: 404 for a file (or a line of it) one may not see.
fn failed(ctx: &Ctx, e: StoreError) -> Response {
    match e {
        StoreError::NotFound => not_found(ctx),
        e => unavailable(ctx, e),
    }
}

/// `02/03/2026`, in Brussels time.
fn day_of(ts: i64) -> String {
    chrono::DateTime::from_timestamp(ts, 0)
        .map(|t| brussels(t).format("%d/%m/%Y").to_string())
        .unwrap_or_default()
}

/// A page title naming the person: "Phone numbers of Josiane Lambert".
fn titled(ctx: &Ctx, key: &str, d: &PersonDetails) -> Page {
    Page {
        title: ctx.tr.t1(key, "name", d.summary.full_name()),
        ctx: ctx.clone(),
        has_errors: false,
    }
}

// ---------- identity ----------

#[derive(Default)]
struct IdentityForm {
    given_names: String,
    family_name: String,
    usual_name: String,
    birth_day: String,
    birth_month: String,
    birth_year: String,
    niss: String,
    /// "yes" when the desk keeps a national number whose date part differs from the
    /// birth date.
    niss_confirmed: String,
}

impl IdentityForm {
    fn from_body(b: &[u8]) -> Self {
        Self {
            given_names: value(b, "given_names"),
            family_name: value(b, "family_name"),
            usual_name: value(b, "usual_name"),
            birth_day: value(b, "birth_day"),
            birth_month: value(b, "birth_month"),
            birth_year: value(b, "birth_year"),
            niss: value(b, "niss"),
            niss_confirmed: value(b, "niss_confirmed"),
        }
    }

    fn from_details(d: &PersonDetails, this_year: i32) -> Self {
        let n = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
        Self {
            given_names: d.summary.given_names.clone(),
            family_name: d.summary.family_name.clone(),
            usual_name: d.usual_name.clone(),
            birth_day: n(d.birth.day),
            birth_month: n(d.birth.month),
            birth_year: d.birth.year.map(|y| y.to_string()).unwrap_or_default(),
            niss: d
                .niss
                .as_deref()
                .map(|raw| {
                    Niss::parse(raw, this_year)
                        .map(|n| n.formatted())
                        .unwrap_or_else(|_| raw.to_owned())
                })
                .unwrap_or_default(),
            niss_confirmed: String::new(),
        }
    }

    fn validate(&self, ctx: &Ctx, today: chrono::NaiveDate, errors: &mut Errors) -> Identity {
        let (given_names, family_name, usual_name) = fields::names(
            ctx,
            errors,
            &self.given_names,
            &self.family_name,
            &self.usual_name,
        );
        let mut identity = Identity {
            given_names,
            family_name,
            usual_name,
            ..Default::default()
        };
        identity.birth = fields::birth_date(
            ctx,
            errors,
            &self.birth_day,
            &self.birth_month,
            &self.birth_year,
            today,
        );
        identity.niss = fields::niss(
            ctx,
            errors,
            &self.niss,
            &identity.birth,
            self.niss_confirmed == "yes",
            today,
        );
        identity
    }

    fn offers_niss_confirmation(&self, errors: &Errors, today: chrono::NaiveDate) -> bool {
        let birth = PartialDate::parse(&self.birth_day, &self.birth_month, &self.birth_year, today)
            .unwrap_or_default();
        errors.has("niss")
            && fields::offers_niss_confirmation(
                &self.niss,
                &birth,
                self.niss_confirmed == "yes",
                today,
            )
    }
}

pub struct NissLine {
    pub niss: String,
    pub recorded: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "person_identity.html")]
struct IdentityTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    name: String,
    f: IdentityForm,
    /// The other file that already has the number typed, when the actor may open it.
    taken: Option<(PersonId, String)>,
    history: Vec<NissLine>,
    offer_niss_confirm: bool,
    /// The version of the file this form is read at (a save from an older one is refused).
    version: i64,
    /// When a save came too late: what the file holds now, in words.
    changed: Vec<String>,
}

/// What the identity form shows of a file, in words: for "it changed meanwhile".
fn identity_now(ctx: &Ctx, d: &PersonDetails, this_year: i32) -> Vec<String> {
    let now = IdentityForm::from_details(d, this_year);
    let mut out = vec![ctx.tr.t1("changed-name", "name", d.summary.full_name())];
    if !now.usual_name.is_empty() {
        out.push(ctx.tr.t1("changed-usual-name", "name", &now.usual_name));
    }
    out.push(if d.birth.is_unknown() {
        ctx.t("changed-birth-unknown")
    } else {
        ctx.tr.t1("changed-birth", "date", d.birth.display())
    });
    if !now.niss.is_empty() {
        out.push(ctx.tr.t1("changed-niss", "number", &now.niss));
    }
    out
}

async fn identity_page(
    state: &AppState,
    ctx: &Ctx,
    me: &Staff,
    d: &PersonDetails,
    f: IdentityForm,
    errors: Errors,
    taken: Option<(PersonId, String)>,
) -> Response {
    identity_page_with(state, ctx, me, d, f, errors, taken, Vec::new()).await
}

#[allow(clippy::too_many_arguments)]
async fn identity_page_with(
    state: &AppState,
    ctx: &Ctx,
    me: &Staff,
    d: &PersonDetails,
    f: IdentityForm,
    errors: Errors,
    taken: Option<(PersonId, String)>,
    changed: Vec<String>,
) -> Response {
    let this_year = brussels(state.clock.now()).year();
    let history = match persons::niss_history(&state.db, &me.0.actor, d.summary.id).await {
        Ok(h) => h
            .into_iter()
            .map(|(digits, at)| NissLine {
                current: d.niss.as_deref() == Some(digits.as_str()),
                niss: Niss::parse(&digits, this_year)
                    .map(|n| n.formatted())
                    .unwrap_or(digits),
                recorded: day_of(at),
            })
            .collect(),
        Err(e) => return failed(ctx, e),
    };
    let status = errors.status();
    let offer_niss_confirm =
        f.offers_niss_confirmation(&errors, brussels(state.clock.now()).date());
    let status = if changed.is_empty() {
        status
    } else {
        axum::http::StatusCode::CONFLICT
    };
    let tpl = IdentityTpl {
        p: titled(ctx, "identity-title", d).with_errors(&errors),
        offer_niss_confirm,
        version: d.version,
        changed,
        errors,
        person_id: d.summary.id,
        name: d.summary.full_name(),
        f,
        taken,
        history,
    };
    render(status, &tpl)
}

pub async fn identity_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Staff,
    Path(id): Path<String>,
) -> Response {
    let d = match super::person_file(&state, &ctx, &me.0, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let f = IdentityForm::from_details(&d, brussels(state.clock.now()).year());
    identity_page(&state, &ctx, &me, &d, f, Errors::default(), None).await
}

pub async fn identity_save(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let d = match super::person_file(&state, &ctx, &me.0, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let actor = &me.0.actor;
    let f = IdentityForm::from_body(&body);
    let today = brussels(state.clock.now()).date();
    let mut errors = Errors::default();
    let identity = f.validate(&ctx, today, &mut errors);
    let mut taken = None;
    if let Some(n) = &identity.niss {
        match desk_persons::niss_owner(&state.desk(), actor, d.summary.id, n).await {
            Ok(None) => {}
            Ok(Some(NissTaken::Visible(other))) => {
                let name = other.full_name();
                errors.push("niss", ctx.tr.t1("identity-niss-taken", "name", &name));
                taken = Some((other.id, name));
            }
            Ok(Some(NissTaken::Hidden)) => {
                errors.push("niss", ctx.t("identity-niss-taken-hidden"));
            }
            Err(e) => return refused(&ctx, e),
        }
    }
    if !errors.is_empty() {
        return identity_page(&state, &ctx, &me, &d, f, errors, taken).await;
    }
    let seen = fields::seen_version(&body);
    match desk_persons::save_identity(&state.desk(), actor, d.summary.id, &identity, seen).await {
        Ok(()) => Redirect::to(&format!("/persons/{}", d.summary.id)).into_response(),
        Err(DeskError::Changed) => {
            // Someone saved this file since the form was read: the typed values come back
            // with what the file holds now, to be checked and saved again.
            let now = identity_now(&ctx, &d, today.year());
            identity_page_with(&state, &ctx, &me, &d, f, errors, None, now).await
        }
        Err(DeskError::Conflict) => {
            // Taken between the check and the write: say so without naming anyone.
            errors.push("niss", ctx.t("identity-niss-taken-hidden"));
            identity_page(&state, &ctx, &me, &d, f, errors, None).await
        }
        Err(e) => refused(&ctx, e),
    }
}

// ---------- phones and emails ----------

/// One line of the list, ready to show.
pub struct LineView {
    pub id: i64,
    pub text: String,
    pub holder: String,
}

/// The add form, as typed (it comes back on error).
#[derive(Default)]
struct AddForm {
    value: String,
    kind: String,
    holder: String,
    /// Shown with the list when a save came after someone else's change.
    changed: bool,
}

/// The words and names that differ between the list of phones and the list of emails.
struct ListWords {
    /// The page under the file: `phones` or `emails`.
    page: &'static str,
    /// The form field that names one line.
    field: &'static str,
    /// The add form's field for the number or the address.
    value: &'static str,
    /// The label of whose phone or address it is.
    holder: &'static str,
    title: &'static str,
    none: &'static str,
    hint: &'static str,
    add_title: &'static str,
    add: &'static str,
}

const PHONES: ListWords = ListWords {
    page: "phones",
    field: "phone",
    value: "number",
    holder: "person-phone-holder",
    title: "phones-title",
    none: "phones-none",
    hint: "phones-order-hint",
    add_title: "phones-add-title",
    add: "phones-add",
};

const EMAILS: ListWords = ListWords {
    page: "emails",
    field: "email",
    value: "address",
    holder: "emails-holder",
    title: "emails-title",
    none: "emails-none",
    hint: "emails-order-hint",
    add_title: "emails-add-title",
    add: "emails-add",
};

fn words_of(list: Contact) -> &'static ListWords {
    match list {
        Contact::Phone => &PHONES,
        Contact::Email => &EMAILS,
    }
}

/// The phones or the emails of the file, in order, and the form to add one.
#[derive(Template)]
#[template(path = "person_lines.html")]
struct LinesTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    name: String,
    words: &'static ListWords,
    lines: Vec<LineView>,
    f: AddForm,
    /// Mobile or landline (phones only).
    kinds: Vec<Choice>,
    version: i64,
    /// The list changed since the page was read: nothing was done, here it is now.
    changed: bool,
}

fn kind_key(kind: PhoneKind) -> &'static str {
    match kind {
        PhoneKind::Mobile => "person-phone-mobile",
        PhoneKind::Landline => "person-phone-landline",
    }
}

async fn lines_page(
    state: &AppState,
    ctx: &Ctx,
    me: &Staff,
    d: &PersonDetails,
    list: Contact,
    f: AddForm,
    errors: Errors,
) -> Response {
    let (actor, id) = (&me.0.actor, d.summary.id);
    let lines = match list {
        Contact::Phone => persons::phones(&state.db, actor, id).await.map(|list| {
            list.into_iter()
                .map(|l| LineView {
                    id: l.id,
                    text: format!(
                        "{} ({})",
                        PhoneNumber::from_stored(&l.number).display(),
                        ctx.t(kind_key(l.kind))
                    ),
                    holder: l.holder,
                })
                .collect()
        }),
        Contact::Email => persons::emails(&state.db, actor, id).await.map(|list| {
            list.into_iter()
                .map(|l| LineView {
                    id: l.id,
                    text: l.address,
                    holder: l.holder,
                })
                .collect()
        }),
    };
    let lines = match lines {
        Ok(lines) => lines,
        Err(e) => return failed(ctx, e),
    };
    let kinds = match list {
        Contact::Email => Vec::new(),
        Contact::Phone => [
            ("guess", "phones-kind-guess"),
            ("mobile", "phones-kind-mobile"),
            ("landline", "phones-kind-landline"),
        ]
        .iter()
        .map(|(v, k)| Choice {
            value: (*v).to_owned(),
            label: ctx.t(k),
            checked: f.kind == *v || (*v == "guess" && PhoneKind::parse(&f.kind).is_none()),
        })
        .collect(),
    };
    let status = if f.changed {
        axum::http::StatusCode::CONFLICT
    } else {
        errors.status()
    };
    let words = words_of(list);
    let tpl = LinesTpl {
        p: titled(ctx, words.title, d).with_errors(&errors),
        errors,
        person_id: id,
        name: d.summary.full_name(),
        words,
        lines,
        changed: f.changed,
        f,
        kinds,
        version: d.version,
    };
    render(status, &tpl)
}

async fn lines_form(state: &AppState, ctx: &Ctx, me: &Staff, id: &str, list: Contact) -> Response {
    match super::person_file(state, ctx, &me.0, id).await {
        Ok(d) => {
            lines_page(
                state,
                ctx,
                me,
                &d,
                list,
                AddForm::default(),
                Errors::default(),
            )
            .await
        }
        Err(r) => r,
    }
}

pub async fn phones_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Staff,
    Path(id): Path<String>,
) -> Response {
    lines_form(&state, &ctx, &me, &id, Contact::Phone).await
}

pub async fn emails_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Staff,
    Path(id): Path<String>,
) -> Response {
    lines_form(&state, &ctx, &me, &id, Contact::Email).await
}

/// `remove` or `up` on one line named by its id in the body; `None` for `add`.
async fn line_action(
    state: &AppState,
    ctx: &Ctx,
    me: &Staff,
    d: &PersonDetails,
    list: Contact,
    field: &str,
    body: &[u8],
) -> Option<Response> {
    let action = value(body, "action");
    if action == "add" {
        return None;
    }
    let page = words_of(list).page;
    // Nothing chosen: back to the list, nothing done.
    let Ok(item) = value(body, field).parse::<i64>() else {
        return Some(Redirect::to(&format!("/persons/{}/{page}", d.summary.id)).into_response());
    };
    let seen = fields::seen_version(body);
    let (actor, id) = (&me.0.actor, d.summary.id);
    let change = match action.as_str() {
        "remove" => LineChange::Remove,
        "up" => LineChange::MoveUp,
        _ => return Some(not_found(ctx)),
    };
    let done =
        desk_persons::change_contact(&state.desk(), actor, id, list, item, change, seen).await;
    Some(match done {
        Ok(()) => Redirect::to(&format!("/persons/{id}/{page}")).into_response(),
        Err(DeskError::Changed) => {
            let f = AddForm {
                changed: true,
                ..AddForm::default()
            };
            lines_page(state, ctx, me, d, list, f, Errors::default()).await
        }
        Err(e) => refused(ctx, e),
    })
}

pub async fn phones_save(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    save_line(&state, &ctx, &me, &id, &body, Contact::Phone).await
}

pub async fn emails_save(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    save_line(&state, &ctx, &me, &id, &body, Contact::Email).await
}

/// A phone or an email added (or a line taken off or moved up, see [`line_action`]); a
/// mistake, or a list changed meanwhile, brings the list back with what was typed.
async fn save_line(
    state: &AppState,
    ctx: &Ctx,
    me: &Staff,
    id: &str,
    body: &[u8],
    list: Contact,
) -> Response {
    let d = match super::person_file(state, ctx, &me.0, id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let words = words_of(list);
    if let Some(r) = line_action(state, ctx, me, &d, list, words.field, body).await {
        return r;
    }
    let mut f = AddForm {
        value: value(body, words.value),
        kind: value(body, "kind"),
        holder: value(body, "holder"),
        changed: false,
    };
    let mut errors = Errors::default();
    let holder = fields::text(
        ctx,
        &mut errors,
        "holder",
        words.holder,
        &f.holder,
        Limit::Label,
    );
    let (desk, actor, pid) = (state.desk(), &me.0.actor, d.summary.id);
    let seen = fields::seen_version(body);
    let (done, already) = match list {
        Contact::Phone => {
            let number = PhoneNumber::parse(&f.value);
            if number.is_err() {
                errors.push("number", ctx.t("person-phone-invalid"));
            }
            let (Ok(number), true) = (number, errors.is_empty()) else {
                return lines_page(state, ctx, me, &d, list, f, errors).await;
            };
            let kind = PhoneKind::parse(&f.kind).unwrap_or_else(|| PhoneKind::guess(&number));
            let done = desk_persons::add_phone(&desk, actor, pid, &number, kind, &holder, seen);
            let already = ctx.tr.t1("phones-already", "number", number.display());
            (done.await, Some(already))
        }
        Contact::Email => {
            let email = Email::parse(&f.value);
            if email.is_err() {
                errors.push("address", ctx.t("person-email-invalid"));
            }
            let (Ok(email), true) = (email, errors.is_empty()) else {
                return lines_page(state, ctx, me, &d, list, f, errors).await;
            };
            let done = desk_persons::add_email(&desk, actor, pid, &email, &holder, seen);
            (done.await, None)
        }
    };
    match (done, already) {
        (Ok(()), _) => Redirect::to(&format!("/persons/{pid}/{}", words.page)).into_response(),
        (Err(DeskError::Changed), _) => {
            f.changed = true;
            lines_page(state, ctx, me, &d, list, f, errors).await
        }
        // The file has that number already, however it was written.
        (Err(DeskError::Conflict), Some(already)) => {
            errors.push(words.value, already);
            lines_page(state, ctx, me, &d, list, f, errors).await
        }
        (Err(e), _) => refused(ctx, e),
    }
}
