//! Mandates (journey J4): prepare one from the person's file, print the form to sign,
//! see it, revoke one area or all; the list of mandates ending soon.

use super::{not_found, person_to_help, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{all_values, value, Errors};
use crate::views::{render, vocab_choices, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::mandates::{self as desk, Created};
use guichet_desk::DeskError;
use guichet_domain::ids::PersonId;
use guichet_domain::mandate::{Area, Duration, Elsewhere, MandateError, MandateForm, Status};
use guichet_store::mandates::{MandateRecord, RevokedHow};

#[derive(Template)]
#[template(path = "mandate_new.html")]
struct NewTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    areas: Vec<Choice>,
    durations: Vec<Choice>,
    start: String,
    elsewhere: Vec<Choice>,
    renews: Option<i64>,
    renewal_call: bool,
}

fn new_page(
    ctx: &Ctx,
    person: (PersonId, String),
    f: &MandateForm,
    (renews, renewal_call): (Option<i64>, bool),
    errors: Errors,
) -> Response {
    let status = errors.status();
    let mut p = Page::new(ctx, "mandate-new-title").with_errors(&errors);
    p.title = ctx.tr.t1("mandate-new-of", "name", &person.1);
    render(
        status,
        &NewTpl {
            p,
            errors,
            person_id: person.0,
            areas: vocab_choices(
                ctx,
                &Area::ALL,
                Area::code,
                guichet_words::labels::area_key,
                &f.areas,
            ),
            durations: vocab_choices(
                ctx,
                &Duration::ALL,
                Duration::code,
                guichet_words::labels::duration_key,
                std::slice::from_ref(&f.duration),
            ),
            start: f.start.clone(),
            elsewhere: vocab_choices(
                ctx,
                &Elsewhere::ALL,
                Elsewhere::code,
                guichet_words::labels::elsewhere_key,
                std::slice::from_ref(&f.elsewhere),
            ),
            renews,
            renewal_call,
        },
    )
}

#[derive(serde::Deserialize)]
pub struct NewQuery {
    renews: Option<i64>,
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<NewQuery>,
) -> Response {
    let d = match person_to_help(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let today = guichet_domain::clock::brussels(state.clock.now()).date();
    let mut f = MandateForm {
        start: today.format("%d/%m/%Y").to_string(),
        ..Default::default()
    };
    // A renewal starts from the mandate it renews: the same areas still in force and
    // duration, from the day after it ends.
    let mut renews = None;
    if let Some(old) = q.renews {
        match desk::one(&state.desk(), &me.actor, d.summary.id, old).await {
            Ok((_, m)) => {
                f.areas = m
                    .areas
                    .iter()
                    .filter(|a| a.revoked_on.is_none())
                    .map(|a| a.area.code().to_owned())
                    .collect();
                f.duration = m.duration.code().into();
                let next = m.period.last_day.succ_opt().unwrap_or(m.period.last_day);
                f.start = next.max(today).format("%d/%m/%Y").to_string();
                renews = Some(old);
            }
            Err(DeskError::NotFound) => return not_found(&ctx),
            Err(e) => return unavailable(&ctx, e),
        }
    }
    new_page(
        &ctx,
        (d.summary.id, d.summary.full_name()),
        &f,
        (renews, true),
        Errors::default(),
    )
}

fn error_words(ctx: &Ctx, e: &MandateError) -> String {
    match e {
        MandateError::NoArea | MandateError::UnknownArea(_) => ctx.t("mandate-error-areas"),
        MandateError::DurationRequired | MandateError::UnknownDuration => {
            ctx.t("mandate-error-duration")
        }
        MandateError::NotADate => ctx.t("mandate-error-start"),
        MandateError::StartTooEarly { earliest } => ctx.tr.t1(
            "mandate-error-start-early",
            "date",
            guichet_words::date_in_words(&ctx.tr, *earliest),
        ),
        MandateError::StartTooLate { latest } => ctx.tr.t1(
            "mandate-error-start-late",
            "date",
            guichet_words::date_in_words(&ctx.tr, *latest),
        ),
        MandateError::ElsewhereRequired | MandateError::UnknownElsewhere => {
            ctx.t("mandate-error-elsewhere")
        }
    }
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let d = match person_to_help(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let f = MandateForm {
        areas: all_values(&body, "areas"),
        duration: value(&body, "duration"),
        start: value(&body, "start"),
        elsewhere: value(&body, "elsewhere"),
    };
    let renews = value(&body, "renews").parse::<i64>().ok();
    let renewal_call = value(&body, "renewal_call") == "yes";
    let person = d.summary.id;
    match desk::create(&state.desk(), &me.actor, person, &f, renews, renewal_call).await {
        Ok(Created::Recorded(m)) => {
            Redirect::to(&format!("/persons/{person}/mandates/{}?new=1", m.id)).into_response()
        }
        Ok(Created::Invalid(list)) => {
            let mut errors = Errors::default();
            for (fld, e) in &list {
                errors.push_first(fld.code(), error_words(&ctx, e));
            }
            new_page(
                &ctx,
                (person, d.summary.full_name()),
                &f,
                (renews, renewal_call),
                errors,
            )
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// A mandate in words, for the file, its page and the list of endings.
pub struct MandateView {
    pub id: i64,
    pub status: String,
    pub active: bool,
    pub period: String,
    /// `(code, label, revoked in words)`.
    pub areas: Vec<(String, String, Option<String>)>,
    pub team: String,
    pub hash: String,
    /// The signed scan in words ("PDF, 230 KB, added on …"), if one is attached.
    pub scan: Option<String>,
}

pub fn view(ctx: &Ctx, m: &MandateRecord, today: chrono::NaiveDate) -> MandateView {
    let day = |d: chrono::NaiveDate| guichet_words::date_in_words(&ctx.tr, d);
    let status = m.rule_view().status(today);
    MandateView {
        id: m.id,
        status: ctx.t(guichet_words::labels::mandate_status_key(status)),
        active: status == Status::Active || status == Status::NotYetValid,
        period: ctx.tr.t2(
            "mandate-period",
            ("start", day(m.period.start)),
            ("end", day(m.period.last_day)),
        ),
        areas: m
            .areas
            .iter()
            .map(|a| {
                (
                    a.area.code().to_owned(),
                    ctx.t(guichet_words::labels::area_key(a.area)),
                    a.revoked_on
                        .map(|d| ctx.tr.t1("mandate-area-revoked", "date", day(d))),
                )
            })
            .collect(),
        team: m.team_name.clone(),
        hash: m.document_hash.chars().take(16).collect(),
        scan: m.scan.as_ref().map(|s| {
            let added = chrono::DateTime::from_timestamp(s.uploaded_at, 0)
                .map(|t| guichet_domain::clock::brussels(t).date())
                .unwrap_or_default();
            ctx.tr.targs(
                "mandate-scan-attached",
                &[
                    ("kind", &s.scan_type.extension().to_uppercase()),
                    ("size", &((s.size + 1023) / 1024).to_string()),
                    ("date", &day(added)),
                ],
            )
        }),
    }
}

#[derive(Template)]
#[template(path = "mandate.html")]
struct ShowTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    m: MandateView,
    hows: Vec<Choice>,
    notice: String,
}

#[derive(serde::Deserialize)]
pub struct ShowQuery {
    new: Option<String>,
    revoked: Option<String>,
    scanned: Option<String>,
}

fn show_page(
    ctx: &Ctx,
    person: (PersonId, String),
    m: &MandateRecord,
    today: chrono::NaiveDate,
    errors: Errors,
    notice: String,
) -> Response {
    let status = errors.status();
    let mut p = Page::new(ctx, "mandate-title").with_errors(&errors);
    p.title = ctx.tr.t1("mandate-of", "name", &person.1);
    render(
        status,
        &ShowTpl {
            p,
            errors,
            person_id: person.0,
            m: view(ctx, m, today),
            hows: vocab_choices(
                ctx,
                &RevokedHow::ALL,
                RevokedHow::code,
                |h: RevokedHow| guichet_words::labels::revoked_how_key(h.code()),
                &["desk".to_owned()],
            ),
            notice,
        },
    )
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path((id, mid)): Path<(String, i64)>,
    axum::extract::Query(q): axum::extract::Query<ShowQuery>,
) -> Response {
    let d = match person_to_help(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let today = guichet_domain::clock::brussels(state.clock.now()).date();
    match desk::one(&state.desk(), &me.actor, d.summary.id, mid).await {
        Ok((_, m)) => {
            let notice = if q.new.is_some() {
                ctx.t("mandate-recorded")
            } else if q.revoked.is_some() {
                ctx.t("mandate-revoked")
            } else if q.scanned.is_some() {
                ctx.t("mandate-scanned")
            } else {
                String::new()
            };
            show_page(
                &ctx,
                (d.summary.id, d.summary.full_name()),
                &m,
                today,
                Errors::default(),
                notice,
            )
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

pub async fn revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path((id, mid)): Path<(String, i64)>,
    body: Bytes,
) -> Response {
    let d = match person_to_help(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let person = d.summary.id;
    let area = match value(&body, "area").as_str() {
        "all" | "" => None,
        code => match Area::parse(code) {
            Some(a) => Some(a),
            None => return not_found(&ctx),
        },
    };
    let how = RevokedHow::parse(&value(&body, "how")).unwrap_or(RevokedHow::Desk);
    match desk::revoke(&state.desk(), &me.actor, person, mid, area, how).await {
        Ok(_) => {
            Redirect::to(&format!("/persons/{person}/mandates/{mid}?revoked=1")).into_response()
        }
        Err(DeskError::Changed) => {
            Redirect::to(&format!("/persons/{person}/mandates/{mid}")).into_response()
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

pub async fn form_pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path((id, mid)): Path<(String, i64)>,
) -> Response {
    let Ok(pid) = id.parse::<PersonId>() else {
        return not_found(&ctx);
    };
    let d = state.desk();
    let letter = match desk::printable(&d, &me.actor, pid, mid).await {
        Ok(v) => v,
        Err(DeskError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    crate::printing::letter_pdf(
        &ctx,
        pid,
        letter,
        &format!("mandate-{mid}.pdf"),
        desk::printed(&d, &me.actor, pid, mid),
    )
    .await
}

/// A line of the list of mandates ending soon.
pub struct EndingLine {
    pub person: String,
    pub href: String,
    pub ends: String,
    pub areas: String,
    pub renew: String,
}

#[derive(Template)]
#[template(path = "mandates_ending.html")]
struct EndingTpl {
    p: Page,
    lines: Vec<EndingLine>,
}

pub async fn ending(State(state): State<AppState>, ctx: Ctx, Staff(me): Staff) -> Response {
    let list = match desk::ending(&state.desk(), &me.actor).await {
        Ok(l) => l,
        Err(e) => return unavailable(&ctx, e),
    };
    let lines = list
        .iter()
        .map(|e| EndingLine {
            person: e.person.full_name(),
            href: format!("/persons/{}/mandates/{}", e.person.id, e.mandate.id),
            ends: guichet_words::date_in_words(&ctx.tr, e.mandate.period.last_day),
            areas: e
                .mandate
                .areas
                .iter()
                .filter(|a| a.revoked_on.is_none())
                .map(|a| ctx.t(guichet_words::labels::area_key(a.area)))
                .collect::<Vec<_>>()
                .join(", "),
            renew: format!(
                "/persons/{}/mandates/new?renews={}",
                e.person.id, e.mandate.id
            ),
        })
        .collect();
    render(
        axum::http::StatusCode::OK,
        &EndingTpl {
            p: Page::new(&ctx, "mandates-ending-title"),
            lines,
        },
    )
}

/// Room for a 5 MB scan and the form around it.
pub const MAX_SCAN_UPLOAD: usize = guichet_domain::mandate::MAX_SCAN_BYTES + 64 * 1024;

pub async fn upload_scan(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path((id, mid)): Path<(String, i64)>,
    req: axum::extract::Request,
) -> Response {
    let d = match person_to_help(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let person = d.summary.id;
    let mut bytes: Option<Vec<u8>> = None;
    let mut too_big = false;
    // Read only once the file may be acted on: the body is the person's signature.
    let mut form =
        match <axum::extract::Multipart as axum::extract::FromRequest<AppState>>::from_request(
            req, &state,
        )
        .await
        {
            Ok(f) => f,
            Err(_) => {
                // Not a file upload at all: as if no file was chosen.
                return scan_refused(
                    &state,
                    &ctx,
                    &me,
                    (person, d.summary.full_name()),
                    mid,
                    "mandate-scan-empty",
                )
                .await;
            }
        };
    loop {
        match form.next_field().await {
            Ok(Some(field)) if field.name() == Some("scan") => match field.bytes().await {
                Ok(b) => bytes = Some(b.to_vec()),
                Err(_) => {
                    too_big = true;
                    break;
                }
            },
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(_) => {
                too_big = true;
                break;
            }
        }
    }
    let result = if too_big {
        Ok(Err(guichet_domain::mandate::ScanError::TooLarge))
    } else {
        desk::attach_scan(
            &state.desk(),
            &me.actor,
            person,
            mid,
            &bytes.unwrap_or_default(),
        )
        .await
    };
    match result {
        Ok(Ok(())) => {
            Redirect::to(&format!("/persons/{person}/mandates/{mid}?scanned=1")).into_response()
        }
        Ok(Err(e)) => {
            let key = match e {
                guichet_domain::mandate::ScanError::Empty => "mandate-scan-empty",
                guichet_domain::mandate::ScanError::TooLarge => "mandate-scan-too-big",
                guichet_domain::mandate::ScanError::NotAScan => "mandate-scan-not-a-scan",
            };
            scan_refused(&state, &ctx, &me, (person, d.summary.full_name()), mid, key).await
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// The mandate's page again, the scan refused and why.
async fn scan_refused(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    person: (PersonId, String),
    mid: i64,
    key: &str,
) -> Response {
    let today = guichet_domain::clock::brussels(state.clock.now()).date();
    match desk::one(&state.desk(), &me.actor, person.0, mid).await {
        Ok((_, m)) => {
            let mut errors = Errors::default();
            errors.push("scan", ctx.t(key));
            show_page(ctx, person, &m, today, errors, String::new())
        }
        Err(DeskError::NotFound) => not_found(ctx),
        Err(e) => unavailable(ctx, e),
    }
}

pub async fn download_scan(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path((id, mid)): Path<(String, i64)>,
) -> Response {
    let Ok(pid) = id.parse::<PersonId>() else {
        return not_found(&ctx);
    };
    match desk::scan(&state.desk(), &me.actor, pid, mid).await {
        Ok((t, bytes)) => (
            [
                (axum::http::header::CONTENT_TYPE, t.mime().to_owned()),
                (
                    axum::http::header::CONTENT_DISPOSITION,
                    format!(
                        "attachment; filename=\"mandate-{mid}-signed.{}\"",
                        t.extension()
                    ),
                ),
                (axum::http::header::CACHE_CONTROL, "no-store".to_owned()),
            ],
            bytes,
        )
            .into_response(),
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}
