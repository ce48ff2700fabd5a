//! The messages guichet writes to a person, composed in one place: the language and the
//! variant (easy-read or standard) a person's messages are written in, the text in force
//! (the organisation's edit or the shipped one) filled in, and what an acknowledgement and
//! an appointment message say. Every path that sends or prints one of them uses these.

use chrono::{Datelike, NaiveDate};
use guichet_domain::org::WEEKDAYS;
use guichet_domain::Lang;
use guichet_outputs::templates::{self as tpl, Key, Language, Text, Values, Variant};
use guichet_store::org::Site;
use guichet_store::persons::PersonDetails;
use guichet_store::{templates as store, Db, StoreError};
use guichet_words::MONTH_KEYS;
use guichet_words::{date_in_words, week_in_words, I18n, Tr};
use std::sync::Arc;

/// The language a person's messages are written in (German too; French by default).
pub fn message_language(d: &PersonDetails) -> Language {
    Language::parse(d.contact.language.code()).unwrap_or(Language::Fr)
}

/// The interface language used for the words guichet fills in (dates, days): German
/// has none, its words come from `guichet_outputs::templates`.
pub(crate) fn words_lang(l: Language) -> Lang {
    l.readability().unwrap_or(Lang::Fr)
}

/// The organisation's edited text for `key`, else the shipped one; `true` when edited.
pub async fn in_force(db: &Db, key: Key) -> Result<(Text, bool), StoreError> {
    let edited = store::get(db, key.kind.code(), key.variant.code(), key.language.code()).await?;
    Ok(match edited {
        Some(e) => (
            Text {
                subject: e.subject,
                body: e.body,
            },
            true,
        ),
        None => (tpl::shipped(key).text, false),
    })
}

/// The message for `key` filled in with `values`. An edited text that no longer renders
/// (it was checked when saved) falls back to the shipped one, which is tested.
pub async fn compose(db: &Db, key: Key, values: &Values) -> Result<Text, StoreError> {
    let (text, edited) = in_force(db, key).await?;
    match tpl::render(key.kind, &text, values) {
        Ok(t) => Ok(t),
        Err(e) => {
            if edited {
                tracing::warn!(
                    kind = key.kind.code(),
                    variant = key.variant.code(),
                    language = key.language.code(),
                    line = e.line,
                    "edited template failed, shipped text used"
                );
            }
            Ok(tpl::render(key.kind, &tpl::shipped(key).text, values).unwrap_or(text))
        }
    }
}

/// The easy-read or standard variant, as the person wants it.
pub fn written_variant(d: &PersonDetails) -> Variant {
    if d.contact.wants_easy_read() {
        Variant::EasyRead
    } else {
        Variant::Standard
    }
}

fn date_words(tr: &Tr, l: Language, d: NaiveDate) -> String {
    match l {
        Language::De => tpl::date_in_words_de(d),
        _ => date_in_words(tr, d),
    }
}

fn walk_in_words(tr: &Tr, l: Language, site: &Site) -> String {
    match l {
        Language::De => WEEKDAYS
            .iter()
            .enumerate()
            .filter(|(_, d)| !site.walkin_hours.day(**d).is_closed())
            .map(|(i, d)| format!("{} {}", tpl::weekday_de(i), site.walkin_hours.day(*d)))
            .collect::<Vec<_>>()
            .join(guichet_words::list_separator(l.code())),
        _ => week_in_words(tr, &site.walkin_hours),
    }
}

fn site_address(site: &Site) -> String {
    format!(
        "{}, {} {}",
        site.street,
        site.postcode.get(),
        site.municipality
    )
}

fn values(pairs: Vec<(&str, String)>) -> Values {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

/// What an acknowledgement says, in the message's language.
pub struct AckFacts<'a> {
    pub name: &'a str,
    pub topic: &'a str,
    pub service: &'a str,
    pub promised_on: NaiveDate,
    pub site: &'a Site,
    pub organisation: &'a str,
    /// The request's reference, "2026-0042".
    pub reference: &'a str,
}

pub fn acknowledgement_values(words: &Arc<I18n>, l: Language, f: &AckFacts) -> Values {
    let tr = Tr::new(words_lang(l), words.clone());
    values(vec![
        ("name", f.name.to_owned()),
        ("topic", f.topic.to_owned()),
        ("service", f.service.to_owned()),
        ("promised_date", date_words(&tr, l, f.promised_on)),
        (
            "promised_date_short",
            f.promised_on.format("%d/%m/%Y").to_string(),
        ),
        ("phone", f.site.phone.display()),
        ("walk_in_hours", walk_in_words(&tr, l, f.site)),
        ("address", site_address(f.site)),
        ("organisation", f.organisation.to_owned()),
        ("reference", f.reference.to_owned()),
    ])
}

/// What an appointment message says, in the message's language.
pub fn appointment_values(
    words: &Arc<I18n>,
    l: Language,
    name: &str,
    a: &guichet_store::appointments::AppointmentView,
    site: &Site,
    organisation: &str,
) -> Values {
    use guichet_store::appointments::Place;
    let tr = Tr::new(words_lang(l), words.clone());
    let start = chrono::DateTime::from_timestamp(a.starts_at, 0)
        .map(guichet_domain::clock::brussels)
        .unwrap_or_default();
    let place = match a.place {
        Place::Site(_) => format!("{}, {}", site.name_in(l.code()), site_address(site)),
        Place::Phone => tpl::place_by_phone(l).to_owned(),
        Place::Home => tpl::place_at_home(l).to_owned(),
    };
    values(vec![
        ("name", name.to_owned()),
        ("day", date_words(&tr, l, start.date())),
        ("day_short", start.format("%d/%m/%Y").to_string()),
        ("time", start.format("%H:%M").to_string()),
        ("place", place),
        ("with", a.worker_name.clone()),
        ("room", a.room.clone()),
        ("what_to_bring", a.what_to_bring.clone()),
        ("phone", site.phone.display()),
        ("organisation", organisation.to_owned()),
    ])
}

/// A date without its weekday, as a letter's heading gives it.
pub fn letter_date(language: &str, tr: &Tr, d: NaiveDate) -> String {
    if language == "de" {
        let words = guichet_outputs::templates::date_in_words_de(d);
        return words
            .split_once(", ")
            .map(|(_, rest)| rest.to_owned())
            .unwrap_or(words);
    }
    tr.t1(
        "letter-date",
        "date",
        format!(
            "{} {} {}",
            d.day(),
            tr.t(MONTH_KEYS[d.month0() as usize]),
            d.year()
        ),
    )
}

/// What an orientation slip says: the service and how to reach it, in the message's
/// language, and the organisation to call with a question.
pub struct SlipFacts<'a> {
    pub name: &'a str,
    pub service_name: &'a str,
    pub service_address: &'a str,
    pub service_hours: &'a str,
    pub service_phone: &'a str,
    pub what_to_bring: &'a str,
    pub phone: &'a str,
    pub organisation: &'a str,
}

pub fn slip_values(f: &SlipFacts) -> Values {
    values(vec![
        ("name", f.name.to_owned()),
        ("service_name", f.service_name.to_owned()),
        ("service_address", f.service_address.to_owned()),
        ("service_hours", f.service_hours.to_owned()),
        ("service_phone", f.service_phone.to_owned()),
        ("what_to_bring", f.what_to_bring.to_owned()),
        ("phone", f.phone.to_owned()),
        ("organisation", f.organisation.to_owned()),
    ])
}

/// The names a letter or an email from `team` is signed with: the organisation's and
/// the team's (empty when not set).
pub async fn sender_names(
    desk: &crate::Desk,
    team: guichet_domain::ids::TeamId,
) -> Result<(String, String), StoreError> {
    let organisation = guichet_store::org::organisation_name(&desk.db)
        .await?
        .unwrap_or_default();
    let team_name = guichet_store::org::list_teams(&desk.db)
        .await?
        .into_iter()
        .find(|t| t.id == team)
        .map(|t| t.name)
        .unwrap_or_default();
    Ok((organisation, team_name))
}

/// The site a letter to the person comes from: the actor's own, else the organisation's
/// first.
pub async fn sender_site(
    desk: &crate::Desk,
    actor: &guichet_domain::Actor,
) -> Result<Option<Site>, StoreError> {
    let site = match crate::appointments::home_site(desk, actor).await {
        Ok(s) => guichet_store::org::get_site(&desk.db, s).await.ok(),
        Err(_) => None,
    };
    Ok(match site {
        Some(s) => Some(s),
        None => guichet_store::org::list_sites(&desk.db)
            .await?
            .into_iter()
            .next(),
    })
}

/// The first channel a message to the person can go by, and where to (the number, the
/// address, the trusted third); `None` when none works (walk-in only, nothing on file).
pub fn reach(d: &PersonDetails) -> Option<(guichet_domain::contact::Channel, String)> {
    use guichet_domain::contact::Channel;
    use guichet_domain::person::PhoneKind;
    let channel = d.contact.first_usable(d.reachability())?;
    let recipient = match channel {
        Channel::Sms | Channel::Mobile => d.phone(PhoneKind::Mobile).unwrap_or_default().to_owned(),
        Channel::Email => d.emails.first().map(|e| e.0.clone()).unwrap_or_default(),
        Channel::PaperLetter => d.address.lines().join("\n"),
        Channel::Landline => d.phone(PhoneKind::Landline).unwrap_or_default().to_owned(),
        Channel::TrustedThird => d.contact.trusted_third.clone(),
        Channel::WalkInOnly => return None,
    };
    Some((channel, recipient))
}
