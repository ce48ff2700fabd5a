//! The person's journal: notes with free text first, optional tags, a compartment that
//! decides who reads them, and an optional link to one of the person's requests.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::present::{compartment_key, has_journal, note_lines, NoteLine};
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::DeskError;
use guichet_domain::ids::PersonId;
use guichet_domain::note::{Compartment, Tags, TagsError, MAX_BODY_CHARS};
use guichet_domain::topics::CustomTopic;
use guichet_domain::{Actor, Relation};
use guichet_store::notes::{self, NewNote, NoteFilter};
use guichet_store::persons::PersonDetails;
use guichet_store::requests;
use guichet_store::topics as custom_topics;
use guichet_store::StoreError;
use serde::Deserialize;

/// The compartment as a choice of the form: its name and who will read the note.
fn choice_key(c: Compartment) -> &'static str {
    match c {
        Compartment::Administrative => "note-choice-administrative",
        Compartment::Social => "note-choice-social",
        Compartment::Health => "note-choice-health",
        Compartment::Digital => "note-choice-digital",
    }
}

/// Why the actor sees this file (following team or break-glass), for the compartments.
fn relation(actor: &Actor, d: &PersonDetails) -> Relation {
    actor.relation(d.summary.id, &d.followed_by)
}

/// The compartments this actor may write in on this file.
fn writable(actor: &Actor, d: &PersonDetails) -> Vec<Compartment> {
    let rel = relation(actor, d);
    actor
        .compartments_writable()
        .into_iter()
        .filter(|c| actor.may_write_note(*c, rel))
        .collect()
}

// ---------- the whole journal, with filters ----------

pub struct FilterLink {
    pub href: String,
    pub label: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "person_notes.html")]
struct JournalTpl {
    p: Page,
    person_id: PersonId,
    name: String,
    notes: Vec<NoteLine>,
    filters: Vec<FilterLink>,
    tag: String,
    added: bool,
}

#[derive(Deserialize)]
pub struct JournalQuery {
    compartment: Option<String>,
    tag: Option<String>,
    added: Option<String>,
}

/// Opens the file and checks that the actor has a journal; the "not found" page otherwise.
async fn journal_file(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    id: &str,
) -> Result<PersonDetails, Response> {
    let d = super::person_file(state, ctx, me, id).await?;
    if has_journal(&me.actor) {
        Ok(d)
    } else {
        Err(not_found(ctx))
    }
}

pub async fn journal(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    Query(q): Query<JournalQuery>,
) -> Response {
    let d = match journal_file(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let person = d.summary.id;
    let compartment = q.compartment.as_deref().and_then(Compartment::parse);
    let tag = q.tag.unwrap_or_default().trim().to_owned();
    let filter = NoteFilter {
        compartment,
        tag: (!tag.is_empty()).then(|| tag.clone()),
        request: None,
    };
    let loaded = async {
        let custom = custom_topics::list(&state.db).await?;
        notes::for_person(&state.db, &me.actor, &d.opened, &filter)
            .await
            .map(|n| note_lines(&ctx, n, &custom))
    }
    .await;
    let notes = match loaded {
        Ok(n) => n,
        Err(StoreError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    let mut filters = vec![FilterLink {
        href: format!("/persons/{person}/notes"),
        label: ctx.t("note-filter-all"),
        current: compartment.is_none() && tag.is_empty(),
    }];
    filters.extend(
        me.actor
            .compartments_readable(relation(&me.actor, &d))
            .into_iter()
            .map(|c| FilterLink {
                href: format!("/persons/{person}/notes?compartment={}", c.code()),
                label: ctx.t(compartment_key(c)),
                current: compartment == Some(c) && tag.is_empty(),
            }),
    );
    let mut p = Page::new(&ctx, "note-journal");
    p.title = ctx.tr.t1("note-journal-of", "name", d.summary.full_name());
    render(
        StatusCode::OK,
        &JournalTpl {
            p,
            person_id: person,
            name: d.summary.full_name(),
            notes,
            filters,
            tag,
            added: q.added.is_some(),
        },
    )
}

// ---------- adding a note ----------

#[derive(Default)]
struct NoteForm {
    body: String,
    compartment: String,
    tags: String,
    request: String,
    private: bool,
}

impl NoteForm {
    fn from_body(b: &[u8]) -> Self {
        Self {
            body: value(b, "body"),
            compartment: value(b, "compartment"),
            tags: value(b, "tags"),
            request: value(b, "request"),
            private: value(b, "private") == "1",
        }
    }
}

#[derive(Template)]
#[template(path = "note_new.html")]
struct NewTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    name: String,
    f: NoteForm,
    compartments: Vec<Choice>,
    requests: Vec<Choice>,
    private: Vec<Choice>,
}

fn form_page(
    ctx: &Ctx,
    actor: &Actor,
    d: &PersonDetails,
    person_requests: &[requests::RequestView],
    custom: &[CustomTopic],
    f: NoteForm,
    errors: Errors,
) -> Response {
    let compartments = writable(actor, d)
        .into_iter()
        .map(|c| Choice {
            value: c.code().into(),
            label: ctx.t(choice_key(c)),
            checked: f.compartment == c.code(),
        })
        .collect();
    let mut request_choices = vec![Choice {
        value: String::new(),
        label: ctx.t("note-request-none"),
        checked: f.request.is_empty(),
    }];
    request_choices.extend(person_requests.iter().map(|r| Choice {
        value: r.id.to_string(),
        label: format!(
            "{} — {}",
            crate::present::topic_label(&r.topic, ctx.lang(), custom),
            ctx.t(crate::present::request_status_key(r.status))
        ),
        checked: f.request == r.id.to_string(),
    }));
    let private = vec![Choice {
        value: "1".into(),
        label: ctx.t("note-private-choice"),
        checked: f.private,
    }];
    let status = errors.status();
    let tpl = NewTpl {
        p: Page::new(ctx, "note-new-title").with_errors(&errors),
        errors,
        person_id: d.summary.id,
        name: d.summary.full_name(),
        f,
        compartments,
        requests: request_choices,
        private,
    };
    render(status, &tpl)
}

/// What the note form needs: the file (opened, with a journal), the organisation's
/// topics and the person's requests a note can be linked to.
async fn note_form_file(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    id: &str,
) -> Result<(PersonDetails, Vec<CustomTopic>, Vec<requests::RequestView>), Response> {
    let d = journal_file(state, ctx, me, id).await?;
    let custom = custom_topics::list(&state.db)
        .await
        .map_err(|e| unavailable(ctx, e))?;
    match requests::for_person(&state.db, &me.actor, &d.opened).await {
        Ok(r) => Ok((d, custom, r)),
        Err(StoreError::NotFound) => Err(not_found(ctx)),
        Err(e) => Err(unavailable(ctx, e)),
    }
}

#[derive(Deserialize)]
pub struct NewQuery {
    request: Option<String>,
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    Query(q): Query<NewQuery>,
) -> Response {
    let (d, custom, person_requests) = match note_form_file(&state, &ctx, &me, &id).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let wanted = q.request.unwrap_or_default();
    let f = NoteForm {
        compartment: {
            let open = writable(&me.actor, &d);
            me.actor
                .default_compartment()
                .filter(|c| open.contains(c))
                .or_else(|| open.first().copied())
                .map(|c| c.code().to_owned())
                .unwrap_or_default()
        },
        request: person_requests
            .iter()
            .find(|r| r.id.to_string() == wanted)
            .map(|r| r.id.to_string())
            .unwrap_or_default(),
        ..Default::default()
    };
    form_page(
        &ctx,
        &me.actor,
        &d,
        &person_requests,
        &custom,
        f,
        Errors::default(),
    )
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (d, custom, person_requests) = match note_form_file(&state, &ctx, &me, &id).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let f = NoteForm::from_body(&body);
    let mut errors = Errors::default();
    let text = f.body.trim();
    if text.is_empty() {
        errors.push("body", ctx.t("note-body-missing"));
    } else if text.chars().count() > MAX_BODY_CHARS {
        errors.push("body", ctx.t("note-body-too-long"));
    }
    let compartment =
        Compartment::parse(&f.compartment).filter(|c| writable(&me.actor, &d).contains(c));
    if compartment.is_none() {
        errors.push("compartment", ctx.t("note-compartment-missing"));
    }
    let tags = match Tags::parse(&f.tags) {
        Ok(t) => Some(t),
        Err(TagsError::TooMany) => {
            errors.push("tags", ctx.t("note-tags-too-many"));
            None
        }
        Err(TagsError::TooLong) => {
            errors.push("tags", ctx.t("note-tags-too-long"));
            None
        }
    };
    let request = if f.request.is_empty() {
        Some(None)
    } else {
        match person_requests
            .iter()
            .find(|r| r.id.to_string() == f.request)
        {
            Some(r) => Some(Some(r.id)),
            None => {
                errors.push("request", ctx.t("note-request-unknown"));
                None
            }
        }
    };
    let (Some(compartment), Some(tags), Some(request), true) =
        (compartment, tags, request, errors.is_empty())
    else {
        return form_page(&ctx, &me.actor, &d, &person_requests, &custom, f, errors);
    };
    let new = NewNote {
        person: d.summary.id,
        request,
        compartment,
        body: text.to_owned(),
        tags,
        private: f.private,
    };
    match guichet_desk::journal::write(&state.desk(), &me.actor, &new).await {
        Ok(_) => Redirect::to(&format!("/persons/{}/notes?added=1", d.summary.id)).into_response(),
        Err(DeskError::NotAllowed) => {
            errors.push("compartment", ctx.t("note-compartment-missing"));
            form_page(&ctx, &me.actor, &d, &person_requests, &custom, f, errors)
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}
