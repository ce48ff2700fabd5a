//! Presentation shared by the pages: dates, hours and weekdays in words, the message keys
//! of the domain's enums (statuses, channels, needs, topics…), how to reach a person in
//! sentences, the acknowledgement's lines. Pure functions of domain values and the
//! language; no database, no HTTP. Handlers use these instead of borrowing from one
//! another (issue 14).

use crate::ctx::Ctx;
use crate::i18n::Tr;
use chrono::NaiveDate;
pub use guichet_desk::messages::letter_date;
use guichet_domain::calendar::Holiday;
use guichet_domain::clock::brussels;
use guichet_domain::consent::{self, ConsentRecord, How, Purpose};
use guichet_domain::contact::{Channel, ContactPreferences, Need, PreferredLanguage};
use guichet_domain::ids::{PersonId, RequestId};
use guichet_domain::note::Compartment;
use guichet_domain::org::PhoneNumber;
use guichet_domain::request::{ArrivalChannel, Reference, Urgency};
use guichet_domain::topics::{self, CustomTopic};
use guichet_domain::Actor;
use guichet_domain::Lang;
use guichet_outputs::templates::{Kind, Language, Variant};
use guichet_store::households::Member;
use guichet_store::notes::NoteView;
use guichet_store::org::Site;
use guichet_store::persons::PersonDetails;
use guichet_store::requests::RequestView;
pub use guichet_words::labels::{appointment_status_key, relation_key, request_status_key};
pub use guichet_words::{
    date_in_words, hours_in_words, list_separator, short_time, weekday_in_words, MONTH_KEYS,
    WEEKDAY_KEYS,
};

// ---------- requests ----------

pub fn arrival_channel_key(c: ArrivalChannel) -> &'static str {
    match c {
        ArrivalChannel::WalkIn => "arrival-walk-in",
        ArrivalChannel::Phone => "arrival-phone",
        ArrivalChannel::Voicemail => "arrival-voicemail",
        ArrivalChannel::Letter => "arrival-letter",
        ArrivalChannel::Email => "arrival-email",
        ArrivalChannel::OnlineForm => "arrival-online-form",
        ArrivalChannel::Referral => "arrival-referral",
        ArrivalChannel::HomeVisit => "arrival-home-visit",
    }
}

pub fn urgency_key(u: Urgency) -> &'static str {
    match u {
        Urgency::Urgent => "urgency-urgent",
        Urgency::Normal => "urgency-normal",
        Urgency::CanWait => "urgency-can-wait",
    }
}

/// A topic's label in `lang`: from the shared vocabulary, or one of the organisation's
/// own topics (archived ones too, so old requests keep their label).
pub fn topic_label(code: &str, lang: Lang, custom: &[CustomTopic]) -> String {
    topics::label_of(code, lang, custom)
}

/// The reference a person quotes on the phone: "2026-0042" (the year it was made).
pub fn reference(id: RequestId, created_at: i64) -> String {
    Reference::of(id.get(), created_at).to_string()
}

/// The site's walk-in hours in words: "lundi 09:00–12:00 ; jeudi 09:00–12:00, 13:30–16:00",
/// "Monday 09:00–12:00; Thursday 09:00–12:00, 13:30–16:00".
pub fn walkin_in_words(tr: &Tr, site: &Site) -> String {
    guichet_words::week_in_words(tr, &site.walkin_hours)
}

/// The acknowledgement in easy-read lines, in the given language: the day it is printed
/// and the request's reference first, as on a receipt.
pub fn acknowledgement_lines(
    tr: &Tr,
    name: &str,
    r: &RequestView,
    topic: &str,
    service: &str,
    site: &Site,
    today: NaiveDate,
) -> Vec<String> {
    let mut lines = vec![
        tr.t1("ack-printed-on", "date", date_in_words(tr, today)),
        tr.t1("ack-reference", "reference", reference(r.id, r.created_at)),
        tr.t1("ack-hello", "name", name),
        tr.t1("ack-topic", "topic", topic),
        tr.t1("ack-service", "service", service),
        tr.t1("ack-date", "date", date_in_words(tr, r.promised_on)),
        tr.t("ack-no-internet"),
        tr.t1("ack-phone", "phone", site.phone.display()),
    ];
    let walkin = walkin_in_words(tr, site);
    if !walkin.is_empty() {
        lines.push(tr.t1("ack-walkin", "hours", walkin));
    }
    lines.push(tr.t1(
        "ack-address",
        "address",
        format!(
            "{}, {} {}",
            site.street,
            site.postcode.get(),
            site.municipality
        ),
    ));
    lines
}

/// A phone number as shown in a list of pending messages.
pub fn shown_recipient(channel: &str, recipient: &str) -> String {
    match channel {
        "sms" | "landline" | "mobile" => PhoneNumber::parse(recipient)
            .map(|p| p.display())
            .unwrap_or_else(|_| recipient.to_owned()),
        _ => recipient.replace('\n', ", "),
    }
}

// ---------- appointments ----------

pub fn holiday_key(h: Holiday) -> &'static str {
    match h {
        Holiday::NewYear => "holiday-new-year",
        Holiday::EasterMonday => "holiday-easter-monday",
        Holiday::LabourDay => "holiday-labour-day",
        Holiday::Ascension => "holiday-ascension",
        Holiday::WhitMonday => "holiday-whit-monday",
        Holiday::NationalDay => "holiday-national-day",
        Holiday::Assumption => "holiday-assumption",
        Holiday::AllSaints => "holiday-all-saints",
        Holiday::Armistice => "holiday-armistice",
        Holiday::Christmas => "holiday-christmas",
    }
}

// ---------- how to reach a person ----------

pub fn channel_key(c: Channel) -> &'static str {
    match c {
        Channel::PaperLetter => "channel-paper-letter",
        Channel::Landline => "channel-landline",
        Channel::Mobile => "channel-mobile",
        Channel::Sms => "channel-sms",
        Channel::Email => "channel-email",
        Channel::WalkInOnly => "channel-walk-in-only",
        Channel::TrustedThird => "channel-trusted-third",
    }
}

pub fn need_key(n: Need) -> &'static str {
    match n {
        Need::ReadingDifficulty => "need-reading-difficulty",
        Need::LargePrint => "need-large-print",
        Need::VisualImpairment => "need-visual-impairment",
        Need::HearingImpairment => "need-hearing-impairment",
        Need::Interpreter => "need-interpreter",
        Need::NoSmartphone => "need-no-smartphone",
        Need::NoComputer => "need-no-computer",
        Need::NoInternetAtHome => "need-no-internet-at-home",
        Need::NoCardReader => "need-no-card-reader",
        Need::NoItsme => "need-no-itsme",
    }
}

pub fn spoken_language_key(code: &str) -> &'static str {
    match code {
        "fr" => "language-fr",
        "nl" => "language-nl",
        "en" => "language-en",
        "de" => "language-de",
        _ => "language-unknown",
    }
}

/// The language to write to the person in: theirs if guichet has it, else French.
pub fn language_of(d: &PersonDetails) -> guichet_domain::Lang {
    guichet_domain::Lang::parse(d.contact.language.code()).unwrap_or_default()
}

/// The preferences as short sentences: "First: paper letter. Otherwise: landline call. …"
pub fn preferences_in_words(ctx: &Ctx, c: &ContactPreferences) -> Vec<String> {
    let mut out = channels_in_words(ctx, c, |ch| {
        (ch == Channel::TrustedThird && !c.trusted_third.is_empty())
            .then(|| c.trusted_third.clone())
    });
    out.extend(language_in_words(ctx, c));
    out.extend(needs_in_words(ctx, c));
    out
}

/// "First: …", "Otherwise: …" for each channel in order, with its detail when there is
/// one; "no preference yet" when there is none.
fn channels_in_words(
    ctx: &Ctx,
    c: &ContactPreferences,
    detail: impl Fn(Channel) -> Option<String>,
) -> Vec<String> {
    let mut out = Vec::new();
    if c.channels.is_empty() {
        out.push(ctx.t("pref-none"));
    }
    for (i, ch) in c.channels.iter().enumerate() {
        let mut label = ctx.t(channel_key(*ch));
        if let Some(d) = detail(*ch) {
            label = ctx
                .tr
                .t2("pref-channel-detail", ("channel", label), ("detail", d));
        }
        out.push(ctx.tr.t1(
            if i == 0 { "pref-first" } else { "pref-then" },
            "channel",
            label,
        ));
    }
    out
}

/// The language to speak and write in, as a sentence (none when unknown).
fn language_in_words(ctx: &Ctx, c: &ContactPreferences) -> Option<String> {
    match &c.language {
        PreferredLanguage::Unknown => None,
        PreferredLanguage::Code(code) => Some(ctx.tr.t1(
            "pref-language",
            "language",
            ctx.t(spoken_language_key(code)),
        )),
        PreferredLanguage::Other(name) => Some(ctx.tr.t1("pref-language-other", "language", name)),
    }
}

/// The needs, one sentence each.
fn needs_in_words(ctx: &Ctx, c: &ContactPreferences) -> Vec<String> {
    c.needs
        .iter()
        .map(|n| format!("{}.", ctx.t(need_key(*n))))
        .collect()
}

/// What to dial or where to write for one channel, from the file: the number (with
/// whose phone it is), the email address, the first lines of the postal address.
pub fn channel_detail(d: &PersonDetails, channel: Channel) -> Option<String> {
    use guichet_domain::org::PhoneNumber;
    use guichet_domain::person::PhoneKind;
    let phone = |kind: PhoneKind| {
        d.phones.iter().find(|p| p.1 == kind).map(|(n, _, holder)| {
            let shown = PhoneNumber::from_stored(n).display();
            if holder.is_empty() {
                shown
            } else {
                format!("{shown} ({holder})")
            }
        })
    };
    match channel {
        Channel::PaperLetter => {
            let lines = d.address.lines();
            (!lines.is_empty()).then(|| lines.join(", "))
        }
        Channel::Landline => phone(PhoneKind::Landline),
        Channel::Mobile | Channel::Sms => phone(PhoneKind::Mobile),
        Channel::Email => d.emails.first().map(|(e, _)| e.clone()),
        Channel::TrustedThird => {
            (!d.contact.trusted_third.is_empty()).then(|| d.contact.trusted_third.clone())
        }
        Channel::WalkInOnly => None,
    }
}

/// The person page's box: each channel in order with what to dial or where to write
/// ("First: call the landline: 010 23 45 67."), then the language and the needs, then
/// what happens when the first choice cannot be used.
pub fn reach_lines(ctx: &Ctx, d: &PersonDetails) -> Vec<String> {
    let c = &d.contact;
    let mut out = channels_in_words(ctx, c, |ch| channel_detail(d, ch));
    out.extend(language_in_words(ctx, c));
    out.extend(needs_in_words(ctx, c));
    out.extend(fallback_in_words(ctx, d));
    out
}

/// When the person's first choice cannot be used with what the file holds (email chosen,
/// no address recorded), says which channel messages will really take — or that none can.
pub fn fallback_in_words(ctx: &Ctx, d: &PersonDetails) -> Option<String> {
    let wanted = *d.contact.channels.first()?;
    if wanted == Channel::WalkInOnly {
        return None;
    }
    match d.contact.first_usable(d.reachability()) {
        Some(used) if used == wanted => None,
        Some(used) => Some(ctx.tr.t2(
            "pref-fallback",
            ("wanted", ctx.t(channel_key(wanted))),
            ("used", ctx.t(channel_key(used))),
        )),
        None => Some(ctx.t("pref-unusable")),
    }
}

// ---------- messages and letters ----------

pub fn kind_key(k: Kind) -> &'static str {
    match k {
        Kind::Acknowledgement => "tpl-kind-acknowledgement",
        Kind::AppointmentConfirmation => "tpl-kind-appointment-confirmation",
        Kind::AppointmentReminder => "tpl-kind-appointment-reminder",
        Kind::FridgeCard => "tpl-kind-fridge-card",
        Kind::OrientationSlip => "tpl-kind-orientation-slip",
        Kind::ReferralAnswer => "tpl-kind-referral-answer",
    }
}

pub fn variant_key(v: Variant) -> &'static str {
    match v {
        Variant::Standard => "tpl-variant-standard",
        Variant::EasyRead => "tpl-variant-easy-read",
        Variant::Sms => "tpl-variant-sms",
    }
}

pub fn language_key(l: Language) -> &'static str {
    match l {
        Language::Fr => "language-fr",
        Language::Nl => "language-nl",
        Language::En => "language-en",
        Language::De => "language-de",
    }
}

// ---------- household ----------

/// One member as the pages show it; `name` is `None` for a file one may not open.
pub struct MemberLine {
    pub id: PersonId,
    pub relation: String,
    pub name: Option<String>,
}

pub fn household_lines(ctx: &Ctx, members: &[Member]) -> Vec<MemberLine> {
    members
        .iter()
        .map(|m| MemberLine {
            id: m.id,
            relation: ctx.t(relation_key(m.relation)),
            name: m.name.clone(),
        })
        .collect()
}

// ---------- the journal: compartments ----------

pub fn compartment_key(c: Compartment) -> &'static str {
    match c {
        Compartment::Administrative => "note-compartment-administrative",
        Compartment::Social => "note-compartment-social",
        Compartment::Health => "note-compartment-health",
        Compartment::Digital => "note-compartment-digital",
    }
}

// ---------- consents ----------

pub fn purpose_key(p: Purpose) -> &'static str {
    match p {
        Purpose::Sms => "consent-purpose-sms",
        Purpose::Email => "consent-purpose-email",
        Purpose::ShareWithServices => "consent-purpose-share-with-services",
        Purpose::HealthData => "consent-purpose-health-data",
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

/// A time as the Brussels date, dd/mm/yyyy.
pub fn consent_day(at: i64) -> String {
    chrono::DateTime::from_timestamp(at, 0)
        .map(|t| brussels(t).format("%d/%m/%Y").to_string())
        .unwrap_or_default()
}

pub fn given_words(ctx: &Ctx, r: &ConsentRecord) -> String {
    ctx.tr.t2(
        "consent-given",
        ("date", consent_day(r.given_at)),
        ("how", ctx.t(how_key(r.given_how))),
    )
}

pub fn withdrawn_words(ctx: &Ctx, at: i64, how: How) -> String {
    ctx.tr.t2(
        "consent-withdrawn",
        ("date", consent_day(at)),
        ("how", ctx.t(how_key(how))),
    )
}

/// One line per purpose, from its latest record: given on…, how; or withdrawn on….
pub fn consent_lines(ctx: &Ctx, records: &[ConsentRecord]) -> Vec<String> {
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
pub fn consent_notices(ctx: &Ctx, d: &PersonDetails, records: &[ConsentRecord]) -> Vec<String> {
    guichet_store::consents::messaging_purposes(&d.contact.channels)
        .into_iter()
        .filter(|p| !consent::is_granted(records, *p))
        .map(|p| {
            let withdrawn = consent::latest(records, p).and_then(|r| r.withdrawn);
            match (p, withdrawn) {
                (Purpose::Sms, Some((at, _))) => {
                    ctx.tr
                        .t1("consent-notice-sms-withdrawn", "date", consent_day(at))
                }
                (_, Some((at, _))) => {
                    ctx.tr
                        .t1("consent-notice-email-withdrawn", "date", consent_day(at))
                }
                (Purpose::Sms, None) => ctx.t("consent-notice-sms-missing"),
                (_, None) => ctx.t("consent-notice-email-missing"),
            }
        })
        .collect()
}

// ---------- the journal: notes ----------

/// Does this staff member have a journal at all? Reception, coordinators, the DPO and
/// administrators do not. (Anyone who can open a file is in a team that follows it.)
pub fn has_journal(actor: &Actor) -> bool {
    !actor
        .compartments_readable(guichet_domain::Relation::Follows)
        .is_empty()
}

/// One note as the pages show it.
pub struct NoteLine {
    pub person: PersonId,
    pub when: String,
    pub author: String,
    pub compartment: String,
    pub compartment_code: &'static str,
    pub body: String,
    pub tags: Vec<String>,
    pub request: Option<(RequestId, String)>,
    pub private: bool,
}

pub fn note_line(ctx: &Ctx, n: NoteView, custom: &[CustomTopic]) -> NoteLine {
    NoteLine {
        person: n.person,
        when: chrono::DateTime::from_timestamp(n.created_at, 0)
            .map(|t| brussels(t).format("%d/%m/%Y %H:%M").to_string())
            .unwrap_or_default(),
        author: if n.author_name.is_empty() {
            ctx.t("note-author-gone")
        } else {
            n.author_name
        },
        compartment: ctx.t(compartment_key(n.compartment)),
        compartment_code: n.compartment.code(),
        body: n.body,
        tags: n.tags.as_slice().to_vec(),
        request: n.request.map(|id| {
            let topic = n.request_topic.as_deref().unwrap_or_default();
            (id, topic_label(topic, ctx.lang(), custom))
        }),
        private: n.private,
    }
}

/// The notes of a person the actor may read (as the store gives them), as lines.
pub fn note_lines(ctx: &Ctx, notes: Vec<NoteView>, custom: &[CustomTopic]) -> Vec<NoteLine> {
    notes
        .into_iter()
        .map(|n| note_line(ctx, n, custom))
        .collect()
}

/// A referral on the person's page: "Atelier smartphone — 3 December 2026 — accepted",
/// and for a service outside guichet the address of its letter.
pub fn referral_line(
    ctx: &Ctx,
    r: &guichet_store::referrals::Referral,
) -> (String, Option<String>) {
    use guichet_store::referrals::Status;
    let day = chrono::DateTime::from_timestamp(r.created_at, 0)
        .map(|t| guichet_domain::clock::brussels(t).date())
        .unwrap_or_default();
    let status = match r.status {
        Status::Sent => ctx.t("ref-status-sent"),
        Status::Accepted => ctx.t("ref-status-accepted"),
        Status::Refused => ctx.tr.t1(
            "ref-status-refused",
            "reason",
            r.reason.clone().unwrap_or_default(),
        ),
        Status::Expired => ctx.t("ref-status-expired"),
    };
    let status = match (&r.emailed_to, r.to_team_id) {
        (Some(to), None) if r.status == Status::Sent => {
            ctx.tr.t1("ref-status-emailed", "email", to)
        }
        (None, None) if r.status == Status::Sent => ctx.t("ref-status-outside"),
        _ => status,
    };
    let line = format!(
        "{} — {} — {status}",
        r.service_name,
        guichet_words::date_in_words(&ctx.tr, day)
    );
    let letter = r
        .to_team_id
        .is_none()
        .then(|| format!("/persons/{}/referral-letter?referral={}", r.person_id, r.id));
    (line, letter)
}

/// A mandate in one line for the file: its areas, its period and where it stands; with
/// the address of its page.
pub fn mandate_line(
    ctx: &Ctx,
    m: &guichet_store::mandates::MandateRecord,
    today: chrono::NaiveDate,
) -> (String, String) {
    let day = |d: chrono::NaiveDate| guichet_words::date_in_words(&ctx.tr, d);
    let areas: Vec<String> = m
        .areas
        .iter()
        .map(|a| {
            let label = ctx.t(guichet_words::labels::area_key(a.area));
            match a.revoked_on {
                Some(d) => format!(
                    "{label} ({})",
                    ctx.tr.t1("mandate-area-revoked", "date", day(d))
                ),
                None => label,
            }
        })
        .collect();
    let status = ctx.t(guichet_words::labels::mandate_status_key(
        m.rule_view().status(today),
    ));
    let line = format!(
        "{} — {} — {status}",
        areas.join(", "),
        ctx.tr.t2(
            "mandate-period",
            ("start", day(m.period.start)),
            ("end", day(m.period.last_day)),
        )
    );
    (format!("/persons/{}/mandates/{}", m.person_id, m.id), line)
}

/// An act of digital help in one line: when, the platform, with or for the person, how
/// long, how it ended, and the barriers met.
pub fn act_line(ctx: &Ctx, a: &guichet_store::assistance::ActRecord, platform: &str) -> String {
    let mut line = format!(
        "{} — {platform} — {} — {} — {}",
        guichet_words::date_in_words(&ctx.tr, a.day),
        ctx.t(guichet_words::labels::mode_key(a.mode)),
        ctx.tr.tn("act-minutes-n", "n", a.minutes),
        ctx.t(guichet_words::labels::outcome_key(a.outcome)),
    );
    if !a.barriers.is_empty() {
        let b: Vec<String> = a
            .barriers
            .iter()
            .map(|b| ctx.t(guichet_words::labels::barrier_key(*b)))
            .collect();
        line.push_str(&format!(" ({})", b.join(", ")));
    }
    line
}
