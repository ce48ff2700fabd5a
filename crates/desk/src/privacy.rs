//! The person's rights: the report "what do you know about me?" in the person's own
//! language (on screen, and as an easy-read letter for a window envelope), the export of
//! the same data, and erasure with its legal exceptions. Every handing-out and the erasure
//! are in the access log; if the log cannot be written, nothing is handed out.

use crate::{Desk, DeskError};
use guichet_domain::clock::brussels;
use guichet_domain::household::Relation;
use guichet_domain::ids::PersonId;
use guichet_domain::niss::Niss;
use guichet_domain::org::PhoneNumber;
use guichet_domain::request::{Reference, RequestStatus};
use guichet_domain::{topics, Actor, Lang, Role};
use guichet_letters::Letter;
use guichet_store::access_log::{self, Action};
use guichet_store::anonymise::{self, Blockers};
use guichet_store::report::{self, PersonReport};
use guichet_store::{org, persons};
use guichet_words::{labels, Tr};

/// The report as the person reads it, in their language.
pub struct Report {
    pub language: Lang,
    pub organisation: String,
    pub title: String,
    /// What the file holds about them, one line each.
    pub known: Vec<String>,
    pub sections: Vec<Section>,
}

/// What is handed to the person, for the access log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandedOut {
    /// The report, printed from the screen or as a PDF letter.
    Report,
    /// The export of the same data (JSON).
    Export,
}

/// Everything the file holds about the person, for the export; its handing-out is in the
/// access log (not handed out if the log cannot be written). [`DeskError::NotFound`] for a
/// file the actor may not open.
pub async fn export(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
) -> Result<PersonReport, DeskError> {
    let r = report::gather(&desk.db, actor, person, desk.now().timestamp()).await?;
    handed_out(desk, actor, person, HandedOut::Export).await?;
    Ok(r)
}

/// The report of the file, in the person's language, every line said to them, to show
/// and print from the screen; in the access log as printed.
pub async fn report(desk: &Desk, actor: &Actor, person: PersonId) -> Result<Report, DeskError> {
    let report = compose(desk, actor, person).await?;
    handed_out(desk, actor, person, HandedOut::Report).await?;
    Ok(report)
}

async fn compose(desk: &Desk, actor: &Actor, person: PersonId) -> Result<Report, DeskError> {
    let r = report::gather(&desk.db, actor, person, desk.now().timestamp()).await?;
    let organisation = org::organisation_name(&desk.db).await?.unwrap_or_default();
    let custom = guichet_store::topics::list(&desk.db).await?;
    let language = Lang::parse(&r.contact.language).unwrap_or_default();
    let tr = Tr::new(language, desk.words.clone());
    let this_year = chrono::Datelike::year(&brussels(desk.now()));
    let (known, sections) = report_lines(&tr, &r, &custom, this_year);
    Ok(Report {
        language,
        organisation,
        title: tr.t("report-title"),
        known,
        sections,
    })
}

/// The report as an easy-read letter for a window envelope, from the actor's site (the
/// organisation's first when they have none), to the person's address. Returned with the
/// person's name, for a page that says what could not be laid out. Once it is printed,
/// [`handed_out`] puts it in the access log.
pub async fn report_letter(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
) -> Result<(Letter, String), DeskError> {
    let report = compose(desk, actor, person).await?;
    let d = persons::details(&desk.db, actor, person).await?;
    let site = crate::messages::sender_site(desk, actor).await?;
    let lang = report.language;
    let tr = Tr::new(lang, desk.words.clone());
    let mut body = report.known.join("\n");
    for s in &report.sections {
        body.push_str("\n\n");
        body.push_str(&s.title);
        for l in &s.lines {
            body.push('\n');
            body.push_str(l);
        }
    }
    let mut recipient = vec![d.summary.full_name()];
    recipient.extend(d.address.lines());
    let org = report.organisation;
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
        None => (vec![org], Vec::new(), String::new()),
    };
    let date = crate::messages::letter_date(lang.code(), &tr, brussels(desk.now()).date());
    let letter = Letter {
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
        subject: report.title,
        body,
        contact,
        envelope: None,
    };
    Ok((letter, d.summary.full_name()))
}

/// Records in the access log that the report or the export was handed to the person.
/// An error when the log cannot be written: then it is not handed out.
pub async fn handed_out(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    what: HandedOut,
) -> Result<(), DeskError> {
    let (action, what) = match what {
        HandedOut::Report => (Action::Print, "report"),
        HandedOut::Export => (Action::Export, "export"),
    };
    let now = desk.now().timestamp();
    access_log::record(&desk.db, actor.user_id, person, action, what, "", now).await?;
    Ok(())
}

/// What keeps the file from being erased now (open requests, appointments to come), or
/// that it was erased already.
pub async fn erasure_blockers(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
) -> Result<Blockers, DeskError> {
    Ok(anonymise::blockers(&desk.db, actor, person, desk.now().timestamp()).await?)
}

/// Erases the file at the person's request (`reason`: their words, kept in the access
/// log): anonymised, and the erasure logged, in one unit. `Ok(Err(blockers))` when the law
/// still requires keeping it: nothing is changed.
pub async fn erase(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    reason: &str,
) -> Result<Result<(), Blockers>, DeskError> {
    let now = desk.now().timestamp();
    let (desk, work) = desk.begin().await?;
    if let Err(blockers) = anonymise::erase(&desk.db, actor, person, now).await? {
        return Ok(Err(blockers));
    }
    access_log::record(
        &desk.db,
        actor.user_id,
        person,
        Action::Erase,
        "erase",
        reason.trim(),
        now,
    )
    .await?;
    work.commit().await?;
    Ok(Ok(()))
}

fn day(tr: &Tr, at: i64) -> String {
    let d = chrono::DateTime::from_timestamp(at, 0)
        .map(|t| brussels(t).date())
        .unwrap_or_default();
    guichet_words::date_in_words(tr, d)
}

pub struct Section {
    pub id: &'static str,
    pub title: String,
    pub lines: Vec<String>,
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
/// its `what`, as the web layer writes it): the key of a phrase that follows "On <date>,
/// <who> …", and the request's number when the phrase names the request. `None` for a
/// `what` the report has no words for: the line then only says what kind of access it was
/// (the test below makes sure every page the web layer logs has its words).
pub fn seen_key(action: &str, what: &str) -> Option<(&'static str, Option<i64>)> {
    match action {
        "break-glass" if what == "search" => return Some(("report-seen-search-all", None)),
        "break-glass" => return Some(("report-seen-break-glass", None)),
        "erase" => return Some(("report-seen-erased", None)),
        "read" if what.starts_with("referral ") => {
            return Some(("report-seen-referral-read", None))
        }
        // A mandate's pages: preparing one, seeing it, revoking it, its signed scan.
        "read" if what.starts_with("mandates") => return Some(("report-seen-mandates", None)),
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
        ("referral", true) => "report-seen-referral",
        ("slip", _) => "report-seen-slip",
        ("referral-letter", _) => "report-seen-referral-letter",
        ("referral-email", _) => "report-seen-referral-email",
        ("assistance new", false) => "report-seen-assistance-new",
        ("mandate", true) => "report-seen-mandate-form",
        ("mandate-scan", true) => "report-seen-mandate-scan",
        ("referrals new", false) => "report-seen-referral-new",
        _ => return None,
    };
    Some((key, None))
}

/// The phrase for an access the report has no words for, by its kind alone.
pub fn seen_other_key(action: &str) -> &'static str {
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
        .map(|role| tr.t(labels::role_key(role)))
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
        "referral-packets" => "report-keep-referrals",
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
        Some(d) => tr.t1("report-birth", "date", guichet_words::date_in_words(tr, d)),
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
            .map(|rel| tr.t(labels::relation_key(rel)))
            .unwrap_or_else(|| m.relation.clone());
        known.push(match &m.name {
            Some(n) => tr.t2("report-household", ("relation", relation), ("name", n)),
            None => tr.t1("report-household-hidden", "relation", relation),
        });
    }
    let references: std::collections::HashMap<i64, String> = r
        .requests
        .iter()
        .map(|q| (q.id, Reference::of(q.id, q.created_at).to_string()))
        .collect();
    for q in &r.requests {
        let status = RequestStatus::parse(&q.status)
            .map(|s| tr.t(labels::request_status_key(s)))
            .unwrap_or_else(|| q.status.clone());
        known.push(
            tr.targs(
                "report-request",
                &[
                    ("topic", &topics::label_of(&q.topic, tr.lang, custom)),
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
                    guichet_words::date_in_words(tr, start.date()),
                    start.format("%H:%M")
                ),
            ),
            ("status", tr.t(labels::appointment_status_key(&a.status))),
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

    let mut referred = Vec::new();
    if r.referrals.is_empty() {
        referred.push(tr.t("report-referrals-none"));
    }
    for f in &r.referrals {
        referred.push(tr.t2(
            "report-referral",
            ("date", day(tr, f.created_at)),
            ("service", &f.service_name),
        ));
        let mut shared: Vec<String> = Vec::new();
        if f.packet.name.is_some() {
            shared.push(tr.t("report-referral-shared-name"));
        }
        if let Some(p) = &f.packet.phone {
            shared.push(p.clone());
        }
        if let Some(e) = &f.packet.email {
            shared.push(e.clone());
        }
        if f.packet.language.is_some() {
            shared.push(tr.t("report-referral-shared-language"));
        }
        shared.push(tr.t("report-referral-shared-need"));
        referred.push(tr.t1("report-referral-shared", "list", shared.join(", ")));
        referred.push(match f.status {
            guichet_store::referrals::Status::Accepted => tr.t("report-referral-accepted"),
            guichet_store::referrals::Status::Refused => tr.t1(
                "report-referral-refused",
                "reason",
                f.reason.clone().unwrap_or_default(),
            ),
            guichet_store::referrals::Status::Expired => tr.t("report-referral-expired"),
            guichet_store::referrals::Status::Sent => tr.t("report-referral-waiting"),
        });
    }

    let date = |iso: &str| {
        iso.parse::<chrono::NaiveDate>()
            .map(|d| guichet_words::date_in_words(tr, d))
            .unwrap_or_else(|_| iso.to_owned())
    };
    let mut mandates = Vec::new();
    if r.mandates.is_empty() {
        mandates.push(tr.t("report-mandates-none"));
    }
    for m in &r.mandates {
        let areas: Vec<String> = m
            .areas
            .iter()
            .map(|(code, revoked)| {
                let label = guichet_domain::mandate::Area::parse(code).map_or_else(
                    || code.clone(),
                    |a| tr.t(guichet_words::labels::area_key(a)),
                );
                match revoked {
                    Some(d) => format!(
                        "{label} ({})",
                        tr.t1("mandate-area-revoked", "date", date(d))
                    ),
                    None => label,
                }
            })
            .collect();
        mandates.push(tr.targs(
            "report-mandate",
            &[
                ("areas", &areas.join(", ")),
                ("start", &date(&m.start_day)),
                ("end", &date(&m.last_day)),
                ("team", &m.team),
            ],
        ));
    }
    let mut helped = Vec::new();
    if r.assistance.is_empty() {
        helped.push(tr.t("report-assistance-none"));
    }
    for a in &r.assistance {
        let platform = match (
            &a.platform_names,
            guichet_domain::assistance::Platform::parse(&a.platform),
        ) {
            (_, Some(p)) => p.label(tr.lang).to_owned(),
            (Some((fr, nl, en)), None) => match tr.lang {
                guichet_domain::Lang::Nl => nl.clone(),
                guichet_domain::Lang::En => en.clone(),
                _ => fr.clone(),
            },
            (None, None) => a.platform.clone(),
        };
        let key = if a.mode == "for" {
            "report-assistance-for"
        } else {
            "report-assistance-with"
        };
        helped.push(tr.targs(
            key,
            &[
                ("date", &date(&a.day)),
                ("platform", &platform),
                ("minutes", &a.minutes.to_string()),
            ],
        ));
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
            id: "report-referrals",
            title: tr.t("report-referrals-title"),
            lines: referred,
        },
        Section {
            id: "report-mandates",
            title: tr.t("report-mandates-title"),
            lines: mandates,
        },
        Section {
            id: "report-assistance",
            title: tr.t("report-assistance-title"),
            lines: helped,
        },
        Section {
            id: "report-rights",
            title: tr.t("report-rights-title"),
            lines: rights,
        },
    ];
    (known, sections)
}

#[cfg(test)]
mod tests {
    use super::*;

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
