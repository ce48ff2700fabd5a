//! The person's rights: the printed report "what do you know about me?" in the person's
//! own language, the JSON export of the same data, and erasure with its legal exceptions.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, SignedIn, Staff};
use crate::forms::{value, Errors};
use crate::i18n::Tr;
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_domain::clock::brussels;
use guichet_domain::household::Relation;
use guichet_domain::ids::PersonId;
use guichet_domain::niss::Niss;
use guichet_domain::org::PhoneNumber;
use guichet_domain::request::RequestStatus;
use guichet_domain::{Lang, Role};
use guichet_store::access_log::{self, Action};
use guichet_store::anonymise::{self, Blockers};
use guichet_store::report::{self, PersonReport};
use guichet_store::StoreError;

/// Records a print, an export or an erasure of the person's data in the access log. If
/// the log cannot be written, the data is not handed out.
async fn log_access(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    person: PersonId,
    action: Action,
    what: &str,
    reason: &str,
) -> Result<(), Response> {
    access_log::record(
        &state.db,
        me.actor.user_id,
        person,
        action,
        what,
        reason,
        state.now(),
    )
    .await
    .map_err(|e| unavailable(ctx, e))
}

fn day(tr: &Tr, at: i64) -> String {
    let d = chrono::DateTime::from_timestamp(at, 0)
        .map(|t| brussels(t).date())
        .unwrap_or_default();
    crate::present::date_in_words(tr, d)
}

async fn load(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    id: &str,
) -> Result<(PersonId, PersonReport), Response> {
    let id: PersonId = id.parse().map_err(|_| not_found(ctx))?;
    match report::gather(&state.db, &me.actor, id, state.now()).await {
        Ok(r) => Ok((id, r)),
        Err(StoreError::NotFound) => Err(not_found(ctx)),
        Err(e) => Err(unavailable(ctx, e)),
    }
}

// ---------- the printed report ----------

pub struct Section {
    pub id: &'static str,
    pub title: String,
    pub lines: Vec<String>,
}

#[derive(Template)]
#[template(path = "person_report.html")]
struct ReportTpl {
    p: Page,
    person_id: PersonId,
    org: String,
    printed_lang: &'static str,
    title: String,
    known: Vec<String>,
    sections: Vec<Section>,
}

fn compartment_count_key(c: &str) -> &'static str {
    match c {
        "health" => "report-notes-kept-health",
        "social" => "report-notes-kept-social",
        "digital" => "report-notes-kept-digital",
        _ => "report-notes-kept-administrative",
    }
}

fn compartment_key(c: &str) -> &'static str {
    match c {
        "health" => "report-compartment-health",
        "social" => "report-compartment-social",
        "digital" => "report-compartment-digital",
        _ => "report-compartment-administrative",
    }
}

fn purpose_key(p: &str) -> &'static str {
    match p {
        "sms" => "report-purpose-sms",
        "email" => "report-purpose-email",
        "share-with-services" => "report-purpose-share",
        "health-data" => "report-purpose-health",
        _ => "report-purpose-other",
    }
}

fn how_key(h: &str) -> &'static str {
    match h {
        "desk" => "report-how-desk",
        "paper" => "report-how-paper",
        "phone" => "report-how-phone",
        "email" => "report-how-email",
        _ => "report-how-other",
    }
}

/// What a staff member did, in the report's words, from an access-log row (its action and
/// its `what`, see [`super::logged_as`]): the key of a phrase that follows "On <date>,
/// <who> …", and the request's number when the phrase names the request. `None` for a
/// `what` the report has no words for: the line then only says what kind of access it was
/// (the test below makes sure every page the web layer logs has its words).
fn seen_key(action: &str, what: &str) -> Option<(&'static str, Option<i64>)> {
    match action {
        "break-glass" if what == "search" => return Some(("report-seen-search-all", None)),
        "break-glass" => return Some(("report-seen-break-glass", None)),
        "erase" => return Some(("report-seen-erased", None)),
        _ => {}
    }
    let (head, number) = match what.rsplit_once(' ') {
        Some((head, n)) if n.parse::<i64>().is_ok() => (head, n.parse().ok()),
        _ => (what, None),
    };
    let key = match (head, number.is_some()) {
        ("person", false) => "report-seen-file",
        ("contact", false) => "report-seen-contact",
        ("consents", false) => "report-seen-consents",
        ("notes", false) => "report-seen-notes",
        ("notes new", false) => "report-seen-note-new",
        ("identity", false) => "report-seen-identity",
        ("phones", false) => "report-seen-phones",
        ("emails", false) => "report-seen-emails",
        ("household", false) => "report-seen-household",
        ("household remove", false) => "report-seen-household-remove",
        ("merge", false) => "report-seen-merge",
        ("report", false) | ("report-pdf", false) => "report-seen-report",
        ("export", false) | ("export.json", false) => "report-seen-export",
        ("erase", false) => "report-seen-erase-page",
        ("break-glass", false) => "report-seen-break-glass",
        ("requests new", false) => "report-seen-request-new",
        ("appointments new", false) | ("appointments free", false) => "report-seen-appointment-new",
        ("request", true) => return Some(("report-seen-request", number)),
        ("acknowledgement", true) => return Some(("report-seen-acknowledgement", number)),
        ("appointment", true) => "report-seen-appointment",
        ("card", true) => "report-seen-card",
        ("calendar file", true) => "report-seen-calendar",
        ("letter", true) => "report-seen-letter",
        _ => return None,
    };
    Some((key, None))
}

/// The phrase for an access the report has no words for, by its kind alone.
fn seen_other_key(action: &str) -> &'static str {
    match action {
        "print" => "report-seen-other-print",
        "export" => "report-seen-other-export",
        _ => "report-seen-other-read",
    }
}

/// "On Tuesday 3 March 2026, Thomas Claes (social worker, Social service) looked at your
/// file." — one sentence per access, in the person's language.
fn seen_in_words(
    tr: &Tr,
    a: &guichet_store::report::AccessItem,
    references: &std::collections::HashMap<i64, String>,
) -> String {
    let mut who = if a.staff.trim().is_empty() {
        tr.t("report-seen-someone")
    } else {
        a.staff.clone()
    };
    let roles: Vec<String> = a
        .roles
        .iter()
        .filter_map(|c| Role::parse(c))
        .map(|role| tr.t(crate::views::role_key(role)))
        .chain(a.teams.iter().cloned())
        .collect();
    if !roles.is_empty() {
        who = format!("{who} ({})", roles.join(", "));
    }
    let did = match seen_key(&a.action, &a.what) {
        Some((key, Some(n))) => {
            let reference = references
                .get(&n)
                .cloned()
                .unwrap_or_else(|| format!("{n:04}"));
            tr.t1(key, "reference", reference)
        }
        Some((key, None)) => tr.t(key),
        None => tr.t(seen_other_key(&a.action)),
    };
    tr.targs(
        "report-seen",
        &[("date", &day(tr, a.at)), ("who", &who), ("did", &did)],
    )
}

/// How the person wants to be reached, said to them ("We contact you first by letter."),
/// never in the desk's shorthand ("call the landline", "the person comes in").
fn preferences_in_words(tr: &Tr, c: &guichet_domain::contact::ContactPreferences) -> Vec<String> {
    use guichet_domain::contact::{Channel, Need, PreferredLanguage};
    let mut out = Vec::new();
    if c.channels.is_empty() {
        out.push(tr.t("report-pref-none"));
    }
    for (i, ch) in c.channels.iter().enumerate() {
        let mut how = tr.t(match ch {
            Channel::PaperLetter => "report-channel-paper-letter",
            Channel::Landline => "report-channel-landline",
            Channel::Mobile => "report-channel-mobile",
            Channel::Sms => "report-channel-sms",
            Channel::Email => "report-channel-email",
            Channel::WalkInOnly => "report-channel-walk-in-only",
            Channel::TrustedThird => "report-channel-trusted-third",
        });
        if *ch == Channel::TrustedThird && !c.trusted_third.trim().is_empty() {
            how = format!("{how} ({})", c.trusted_third.trim());
        }
        out.push(tr.t1(
            if i == 0 {
                "report-pref-first"
            } else {
                "report-pref-then"
            },
            "channel",
            how,
        ));
    }
    match &c.language {
        PreferredLanguage::Unknown => {}
        PreferredLanguage::Code(code) => out.push(tr.t1(
            "report-pref-language",
            "language",
            tr.t(match &**code {
                "nl" => "language-nl",
                "en" => "language-en",
                "de" => "language-de",
                _ => "language-fr",
            }),
        )),
        PreferredLanguage::Other(name) => {
            out.push(tr.t1("report-pref-language-other", "language", name))
        }
    }
    for n in &c.needs {
        out.push(tr.t(match n {
            Need::ReadingDifficulty => "report-need-reading-difficulty",
            Need::LargePrint => "report-need-large-print",
            Need::VisualImpairment => "report-need-visual-impairment",
            Need::HearingImpairment => "report-need-hearing-impairment",
            Need::Interpreter => "report-need-interpreter",
            Need::NoSmartphone => "report-need-no-smartphone",
            Need::NoComputer => "report-need-no-computer",
            Need::NoInternetAtHome => "report-need-no-internet-at-home",
            Need::NoCardReader => "report-need-no-card-reader",
            Need::NoItsme => "report-need-no-itsme",
        }));
    }
    out
}

fn retention_line(tr: &Tr, kind: &str, months: i64) -> String {
    let key = match kind {
        "closed-files" => "report-keep-files",
        "access-log" => "report-keep-log",
        "sent-messages" => "report-keep-messages",
        _ => "report-keep-walk-ins",
    };
    // "10 ans" reads better than "120 mois" for someone who reads with difficulty.
    let duration = if months % 12 == 0 {
        tr.tn("duration-years", "n", months / 12)
    } else {
        tr.tn("duration-months", "n", months)
    };
    tr.t1(key, "duration", duration)
}

/// The report's lines, in the person's language, every one said to the person ("your
/// file", "we hold"), with no code of guichet's own in them.
fn report_lines(
    tr: &Tr,
    r: &PersonReport,
    custom: &[guichet_domain::topics::CustomTopic],
    this_year: i32,
) -> (Vec<String>, Vec<Section>) {
    let id = &r.identity;
    let mut known = Vec::new();
    let name = guichet_store::persons::PersonSummary {
        id: PersonId::new(id.id),
        given_names: id.given_names.clone(),
        family_name: id.family_name.clone(),
    }
    .full_name();
    if id.anonymised_at.is_some() {
        known.push(tr.t("report-anonymised"));
    } else {
        known.push(tr.t1("report-name", "name", &name));
    }
    if !id.usual_name.is_empty() {
        known.push(tr.t1("report-usual-name", "name", &id.usual_name));
    }
    let birth = guichet_domain::person::PartialDate {
        year: id.birth_year.map(|v| v as i32),
        month: id.birth_month.map(|v| v as u32),
        day: id.birth_day.map(|v| v as u32),
    };
    known.push(match birth.full() {
        Some(d) => tr.t1("report-birth", "date", crate::present::date_in_words(tr, d)),
        None if !birth.is_unknown() => tr.t1("report-birth", "date", birth.display()),
        None => tr.t("report-birth-unknown"),
    });
    let niss = |n: &str| {
        Niss::parse(n, this_year)
            .map(|n| n.formatted())
            .unwrap_or_else(|_| n.to_owned())
    };
    if let Some(n) = &id.national_number {
        known.push(tr.t1("report-niss", "number", niss(n)));
    }
    for h in &id.national_number_history {
        if id.national_number.as_deref() != Some(h.number.as_str()) {
            known.push(tr.t2(
                "report-niss-earlier",
                ("number", niss(&h.number)),
                ("date", day(tr, h.recorded_at)),
            ));
        }
    }
    for ph in &r.contact.phones {
        let shown = PhoneNumber::parse(&ph.number)
            .map(|p| p.display())
            .unwrap_or_else(|_| ph.number.clone());
        known.push(if ph.holder.is_empty() {
            tr.t1("report-phone", "number", shown)
        } else {
            tr.t2("report-phone-of", ("number", shown), ("holder", &ph.holder))
        });
    }
    for e in &r.contact.emails {
        known.push(if e.holder.is_empty() {
            tr.t1("report-email", "address", &e.address)
        } else {
            tr.t2(
                "report-email-of",
                ("address", &e.address),
                ("holder", &e.holder),
            )
        });
    }
    known.push(if r.contact.address.is_empty() {
        tr.t("report-address-unknown")
    } else {
        tr.t1("report-address", "address", r.contact.address.join(", "))
    });
    if !r.contact.preferences.channels.is_empty()
        || r.contact.preferences.language != Default::default()
        || !r.contact.preferences.needs.is_empty()
    {
        known.push(tr.t("report-contact"));
        known.extend(preferences_in_words(tr, &r.contact.preferences));
    }
    for m in &r.household {
        let relation = Relation::parse(&m.relation)
            .map(|rel| tr.t(crate::present::relation_key(rel)))
            .unwrap_or_else(|| m.relation.clone());
        known.push(match &m.name {
            Some(n) => tr.t2("report-household", ("relation", relation), ("name", n)),
            None => tr.t1("report-household-hidden", "relation", relation),
        });
    }
    let references: std::collections::HashMap<i64, String> = r
        .requests
        .iter()
        .map(|q| {
            (
                q.id,
                crate::present::reference(guichet_domain::ids::RequestId::new(q.id), q.created_at),
            )
        })
        .collect();
    for q in &r.requests {
        let status = RequestStatus::parse(&q.status)
            .map(|s| tr.t(crate::present::request_status_key(s)))
            .unwrap_or_else(|| q.status.clone());
        known.push(
            tr.targs(
                "report-request",
                &[
                    (
                        "topic",
                        &crate::present::topic_label(&q.topic, tr.lang, custom),
                    ),
                    ("date", &day(tr, q.created_at)),
                    (
                        "reference",
                        references
                            .get(&q.id)
                            .map(String::as_str)
                            .unwrap_or_default(),
                    ),
                ],
            ),
        );
        known.push(tr.t2(
            "report-request-status",
            ("status", status),
            ("team", &q.team),
        ));
    }
    for a in &r.appointments {
        let start = chrono::DateTime::from_timestamp(a.starts_at, 0)
            .map(brussels)
            .unwrap_or_default();
        known.push(tr.t2(
            "report-appointment",
            (
                "date",
                format!(
                    "{} {}",
                    crate::present::date_in_words(tr, start.date()),
                    start.format("%H:%M")
                ),
            ),
            (
                "status",
                tr.t(crate::present::appointment_status_key(&a.status)),
            ),
        ));
    }
    for n in &r.notes.listed {
        known.push(tr.t2(
            "report-note",
            ("date", day(tr, n.created_at)),
            ("kind", tr.t(compartment_key(&n.compartment))),
        ));
        known.push(n.text.clone());
    }
    for c in &r.notes.kept_by_others {
        known.push(tr.tn(compartment_count_key(&c.compartment), "count", c.count));
    }

    let mut why = vec![tr.t("report-why-help"), tr.t("report-why-teams")];
    why.extend(
        r.retention
            .iter()
            .map(|k| retention_line(tr, &k.kind, k.months)),
    );

    let mut since = vec![tr.t1("report-since-opened", "date", day(tr, id.created_at))];
    for f in &r.followed_by {
        let service = f.service_names.pick(&f.service, tr.lang.code());
        since.push(tr.t2(
            "report-since-team",
            ("team", format!("{} ({service})", f.team)),
            ("date", day(tr, f.since)),
        ));
    }

    let mut looked = Vec::new();
    if r.accesses.is_empty() {
        looked.push(tr.t("report-looked-none"));
    }
    for a in &r.accesses {
        looked.push(seen_in_words(tr, a, &references));
        if !a.reason.is_empty() {
            looked.push(tr.t1("report-looked-reason", "reason", &a.reason));
        }
    }

    let mut consents = Vec::new();
    if r.consents.is_empty() {
        consents.push(tr.t("report-consents-none"));
    }
    for c in &r.consents {
        let purpose = tr.t(purpose_key(&c.purpose));
        consents.push(tr.t2(
            "report-consent-given",
            ("purpose", purpose),
            (
                "when",
                format!("{} ({})", day(tr, c.given_at), tr.t(how_key(&c.given_how))),
            ),
        ));
        if let Some(w) = c.withdrawn_at {
            let how = if c.withdrawn_how.is_empty() {
                String::new()
            } else {
                format!(" ({})", tr.t(how_key(&c.withdrawn_how)))
            };
            consents.push(tr.t1(
                "report-consent-withdrawn",
                "when",
                format!("{}{how}", day(tr, w)),
            ));
        }
    }

    let rights = vec![
        tr.t("report-rights-see"),
        tr.t("report-rights-correct"),
        tr.t("report-rights-erase"),
        tr.t("report-rights-complaint"),
    ];
    let sections = vec![
        Section {
            id: "report-why",
            title: tr.t("report-why-title"),
            lines: why,
        },
        Section {
            id: "report-since",
            title: tr.t("report-since-title"),
            lines: since,
        },
        Section {
            id: "report-looked",
            title: tr.t("report-looked-title"),
            lines: looked,
        },
        Section {
            id: "report-consents",
            title: tr.t("report-consents-title"),
            lines: consents,
        },
        Section {
            id: "report-rights",
            title: tr.t("report-rights-title"),
            lines: rights,
        },
    ];
    (known, sections)
}

/// `/persons/{id}/report`: the printable easy-read report, in the person's language.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let (pid, r) = match load(&state, &ctx, &me, &id).await {
        Ok(v) => v,
        Err(resp) => return resp,
    };
    let extra = async {
        let org = guichet_store::org::organisation_name(&state.db)
            .await?
            .unwrap_or_default();
        let custom = guichet_store::topics::list(&state.db).await?;
        Ok::<_, StoreError>((org, custom))
    }
    .await;
    let (org, custom) = match extra {
        Ok(v) => v,
        Err(e) => return unavailable(&ctx, e),
    };
    if let Err(resp) = log_access(&state, &ctx, &me, pid, Action::Print, "report", "").await {
        return resp;
    }
    let lang = Lang::parse(&r.contact.language).unwrap_or_default();
    let tr = Tr::new(lang, state.i18n.clone());
    let this_year = chrono::Datelike::year(&brussels(state.clock.now()));
    let (known, sections) = report_lines(&tr, &r, &custom, this_year);
    let tpl = ReportTpl {
        p: Page::new(&ctx, "report-page-title"),
        person_id: pid,
        org,
        printed_lang: lang.code(),
        title: tr.t("report-title"),
        known,
        sections,
    };
    render(StatusCode::OK, &tpl)
}

/// `/persons/{id}/export.json`: the same data as JSON ([`guichet_store::report`]).
pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let (pid, r) = match load(&state, &ctx, &me, &id).await {
        Ok(v) => v,
        Err(resp) => return resp,
    };
    let body = match serde_json::to_string_pretty(&r) {
        Ok(b) => b,
        Err(e) => return unavailable(&ctx, e),
    };
    if let Err(resp) = log_access(&state, &ctx, &me, pid, Action::Export, "export", "").await {
        return resp;
    }
    (
        StatusCode::OK,
        [
            (
                header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"person-{pid}.json\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

// ---------- erasure ----------

#[derive(Template)]
#[template(path = "person_erase.html")]
struct EraseTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    name: String,
    blocked: Vec<String>,
    already: bool,
    reason: String,
    confirm: String,
    word: String,
}

fn erase_page(
    ctx: &Ctx,
    person_id: PersonId,
    name: String,
    b: &Blockers,
    errors: Errors,
    reason: String,
    confirm: String,
) -> Response {
    let mut blocked = Vec::new();
    if b.open_requests > 0 {
        blocked.push(
            ctx.tr
                .tn("erase-blocked-requests", "count", b.open_requests),
        );
    }
    if b.future_appointments > 0 {
        blocked.push(
            ctx.tr
                .tn("erase-blocked-appointments", "count", b.future_appointments),
        );
    }
    let status = if !errors.is_empty() {
        errors.status()
    } else {
        StatusCode::OK
    };
    let tpl = EraseTpl {
        p: Page::new(ctx, "erase-title").with_errors(&errors),
        errors,
        person_id,
        name,
        blocked,
        already: b.already_anonymised,
        reason,
        confirm,
        word: ctx.t("erase-word"),
    };
    render(status, &tpl)
}

async fn erase_context(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    id: &str,
) -> Result<(PersonId, String, Blockers), Response> {
    let d = super::person_file(state, ctx, me, id).await?;
    let pid = d.summary.id;
    match anonymise::blockers(&state.db, &me.actor, pid, state.now()).await {
        Ok(b) => {
            let name = d.summary.full_name();
            let name = if name.is_empty() {
                ctx.t("retention-anonymised-title")
            } else {
                name
            };
            Ok((pid, name, b))
        }
        Err(StoreError::NotFound) => Err(not_found(ctx)),
        Err(e) => Err(unavailable(ctx, e)),
    }
}

pub async fn erase_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    match erase_context(&state, &ctx, &me, &id).await {
        Ok((pid, name, b)) => erase_page(
            &ctx,
            pid,
            name,
            &b,
            Errors::default(),
            String::new(),
            String::new(),
        ),
        Err(r) => r,
    }
}

pub async fn erase(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (pid, name, b) = match erase_context(&state, &ctx, &me, &id).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let reason = value(&body, "reason");
    let confirm = value(&body, "confirm");
    let mut errors = Errors::default();
    if !b.none() {
        // The explanation is on the page; the form is not shown.
        errors.push("erase-blocked", ctx.t("erase-refused"));
        return erase_page(&ctx, pid, name, &b, errors, reason, confirm);
    }
    if reason.trim().is_empty() {
        errors.push("reason", ctx.t("erase-reason-missing"));
    }
    if !confirm.trim().eq_ignore_ascii_case(&ctx.t("erase-word")) {
        errors.push("confirm", ctx.t("erase-confirm-wrong"));
    }
    if !errors.is_empty() {
        return erase_page(&ctx, pid, name, &b, errors, reason, confirm);
    }
    match anonymise::erase(&state.db, &me.actor, pid, state.now()).await {
        Ok(Ok(())) => {
            if let Err(resp) = log_access(
                &state,
                &ctx,
                &me,
                pid,
                Action::Erase,
                "erase",
                reason.trim(),
            )
            .await
            {
                return resp;
            }
            tracing::info!("a file was erased at the person's request");
            Redirect::to(&format!("/persons/{pid}?erased=1")).into_response()
        }
        Ok(Err(b)) => {
            errors.push("erase-blocked", ctx.t("erase-refused"));
            erase_page(&ctx, pid, name, &b, errors, reason, confirm)
        }
        Err(StoreError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// `/persons/{id}/report-pdf`: the same report as a PDF letter for a window envelope
/// (easy-read), to hand over or to post to the person's address.
pub async fn pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let (pid, r) = match load(&state, &ctx, &me, &id).await {
        Ok(v) => v,
        Err(resp) => return resp,
    };
    let extra = async {
        let org = guichet_store::org::organisation_name(&state.db)
            .await?
            .unwrap_or_default();
        let custom = guichet_store::topics::list(&state.db).await?;
        let d = guichet_store::persons::details(&state.db, &me.actor, pid).await?;
        let site = match guichet_desk::appointments::home_site(&state.desk(), &me.actor).await {
            Ok(s) => guichet_store::org::get_site(&state.db, s).await.ok(),
            Err(_) => None,
        };
        let site = match site {
            Some(s) => Some(s),
            None => guichet_store::org::list_sites(&state.db)
                .await?
                .into_iter()
                .next(),
        };
        Ok::<_, StoreError>((org, custom, d, site))
    }
    .await;
    let (org, custom, d, site) = match extra {
        Ok(v) => v,
        Err(StoreError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    let lang = Lang::parse(&r.contact.language).unwrap_or_default();
    let tr = Tr::new(lang, state.i18n.clone());
    let today = brussels(state.clock.now()).date();
    let this_year = chrono::Datelike::year(&today);
    let (known, sections) = report_lines(&tr, &r, &custom, this_year);
    let mut body = known.join("\n");
    for s in &sections {
        body.push_str("\n\n");
        body.push_str(&s.title);
        for l in &s.lines {
            body.push('\n');
            body.push_str(l);
        }
    }
    let mut recipient = vec![d.summary.full_name()];
    recipient.extend(d.address.lines());
    let (sender, contact, place) = match &site {
        Some(s) => (
            [
                org.clone(),
                s.name_in(lang.code()).to_owned(),
                s.street.clone(),
                format!("{} {}", s.postcode.get(), s.municipality),
            ]
            .into_iter()
            .filter(|l| !l.trim().is_empty())
            .collect(),
            vec![tr.t1("letter-contact-phone", "phone", s.phone.display())],
            s.municipality.clone(),
        ),
        None => (vec![org.clone()], Vec::new(), String::new()),
    };
    let date = crate::present::letter_date(lang.code(), &tr, today);
    let letter = guichet_letters::Letter {
        format: guichet_letters::Format::Letter,
        variant: guichet_letters::Variant::EasyRead,
        lang: lang.code().into(),
        sender,
        recipient,
        place_date: if place.is_empty() {
            date
        } else {
            format!("{place}, {date}")
        },
        reference: None,
        subject: tr.t("report-title"),
        body,
        contact,
        envelope: None,
    };
    let name = d.summary.full_name();
    match crate::threads::PRINTING
        .run(move || guichet_letters::render(&[letter]))
        .await
    {
        // Logged once it is printed; not handed out if the log cannot be written.
        Ok(Ok(pdf)) => {
            if let Err(resp) = log_access(&state, &ctx, &me, pid, Action::Print, "report", "").await
            {
                return resp;
            }
            crate::views::pdf_response(pdf, &format!("report-{pid}.pdf"))
        }
        // What cannot be laid out is said as such, never as a database failure.
        Ok(Err(e)) => {
            crate::printing::cannot_print(&ctx, &e, &name, Some(format!("/persons/{pid}")))
        }
        Err(e) => crate::printing::printing_stopped(&ctx, e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `what` the web layer can write for a page of a person's file — each route of
    /// the table under `/persons/{id}`, `/requests/{id}`, `/appointments/{id}`, through
    /// [`super::super::logged_as`] — and those written directly (the report, the export,
    /// erasure, break-glass, a letter of the paper tray) has words in the report. A new
    /// route that shows a person's data fails here until its phrase is written.
    #[test]
    fn every_access_the_web_layer_logs_has_plain_words_in_the_report() {
        let mut logged: Vec<(String, String)> = crate::routes::table()
            .iter()
            .filter(|r| {
                ["/persons/{id}", "/requests/{id}", "/appointments/{id}"]
                    .iter()
                    .any(|p| r.path.starts_with(p))
            })
            .map(|r| {
                let (action, what) = super::super::logged_as(&r.path.replace("{id}", "7"));
                (action.code().to_owned(), what)
            })
            .collect();
        assert!(logged.len() > 20, "the route table was walked");
        for (action, what) in [
            (Action::Print, "report"),
            (Action::Export, "export"),
            (Action::Erase, "erase"),
            (Action::BreakGlass, "person"),
            (Action::BreakGlass, "search"),
            (Action::Print, "letter 12"),
        ] {
            logged.push((action.code().to_owned(), what.to_owned()));
        }
        let missing: Vec<_> = logged
            .iter()
            .filter(|(a, w)| seen_key(a, w).is_none())
            .collect();
        assert!(missing.is_empty(), "no words in the report for {missing:?}");
    }

    #[test]
    fn numbered_pages_carry_their_number_and_unknown_ones_fall_back_to_their_kind() {
        assert_eq!(
            seen_key("print", "acknowledgement 12"),
            Some(("report-seen-acknowledgement", Some(12)))
        );
        assert_eq!(
            seen_key("read", "request 12"),
            Some(("report-seen-request", Some(12)))
        );
        assert_eq!(
            seen_key("read", "calendar file 3"),
            Some(("report-seen-calendar", None))
        );
        assert_eq!(
            seen_key("read", "notes new"),
            Some(("report-seen-note-new", None))
        );
        assert_eq!(seen_key("read", "/somewhere/else"), None);
        assert_eq!(seen_other_key("print"), "report-seen-other-print");
    }
}
