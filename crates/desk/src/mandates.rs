//! Mandates (journey J4): the person allows the organisation to act in their name in some
//! areas for a while. The desk prepares the form in the person's language, in easy-read
//! (large print when that is their need), records the mandate with the fingerprint of
//! exactly what was printed, prints it again identical, revokes one area or all, and lists
//! the mandates ending soon so that the person can be asked whether they want to renew.

use crate::{Desk, DeskError};
use guichet_domain::ids::{PersonId, TeamId};
use guichet_domain::mandate::{Area, MandateError, MandateField, MandateForm, NewMandate};
use guichet_domain::{Actor, Lang};
use guichet_store::access_log::{self, Action};
use guichet_store::mandates::{self, Ending, MandateRecord, RevokedHow};
use guichet_store::persons::{self, PersonDetails};
use sha2::{Digest, Sha256};

/// The version of the form's text: a change of wording is a new version, and the
/// fingerprint of a printed form includes it.
pub const TEMPLATE_VERSION: u32 = 1;

/// How many days before its end a mandate shows in the list of renewals to offer.
pub const ENDING_WITHIN_DAYS: i64 = 30;

/// How many days before its end the person is called, if they want to be asked whether
/// to renew.
pub const RENEWAL_CALL_DAYS_BEFORE: i64 = 14;

async fn opened(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
) -> Result<(PersonDetails, TeamId), DeskError> {
    let d = persons::details(&desk.db, actor, person).await?;
    if !actor.may_help_person(d.opened.relation(actor)?) {
        return Err(DeskError::NotAllowed);
    }
    let team = actor
        .teams
        .iter()
        .find(|t| d.followed_by.contains(t))
        .copied()
        .ok_or(DeskError::NotAllowed)?;
    Ok((d, team))
}

/// The language the form is printed in: the person's, when guichet has words in it.
fn form_lang(d: &PersonDetails) -> Lang {
    crate::messages::words_lang(crate::messages::message_language(d))
}

fn letter_variant(d: &PersonDetails) -> guichet_letters::Variant {
    if d.contact.wants_large_print() {
        guichet_letters::Variant::LargePrint
    } else {
        guichet_letters::Variant::EasyRead
    }
}

/// What the form says, laid out as a letter; the same data gives the same letter.
struct FormFacts<'a> {
    person_name: &'a str,
    organisation: &'a str,
    team: &'a str,
    areas: &'a [Area],
    start: chrono::NaiveDate,
    last_day: chrono::NaiveDate,
    collected_on: chrono::NaiveDate,
    number: Option<i64>,
}

fn form_letter(
    tr: &guichet_words::Tr,
    lang: Lang,
    variant: guichet_letters::Variant,
    f: &FormFacts<'_>,
) -> guichet_letters::Letter {
    let areas: Vec<String> = f
        .areas
        .iter()
        .map(|a| tr.t(guichet_words::labels::area_key(*a)))
        .collect();
    // Who, for what and how long in one paragraph, so that the form with its signatures
    // fits on one page even in easy-read.
    let body = [
        [
            tr.t2(
                "mandate-form-intro",
                ("name", f.person_name),
                ("organisation", f.organisation),
            ),
            format!("{} {}.", tr.t("mandate-form-areas"), areas.join(", ")),
            tr.t2(
                "mandate-form-period",
                ("start", guichet_words::date_in_words(tr, f.start)),
                ("end", guichet_words::date_in_words(tr, f.last_day)),
            ),
        ]
        .join("\n"),
        format!(
            "{}\n{}",
            tr.t("mandate-form-may-title"),
            tr.t("mandate-form-may")
        ),
        format!(
            "{}\n{}",
            tr.t("mandate-form-never-title"),
            tr.t("mandate-form-never")
        ),
        tr.t("mandate-form-stop"),
        tr.t1("mandate-form-signatures", "organisation", f.organisation),
    ]
    .join("\n\n");
    guichet_letters::Letter {
        format: guichet_letters::Format::Letter,
        variant,
        lang: lang.code().into(),
        sender: vec![f.organisation.to_owned(), f.team.to_owned()]
            .into_iter()
            .filter(|l| !l.trim().is_empty())
            .collect(),
        recipient: vec![f.person_name.to_owned()],
        place_date: crate::messages::letter_date(lang.code(), tr, f.collected_on),
        reference: f
            .number
            .map(|n| tr.t1("mandate-form-reference", "number", n)),
        subject: tr.t("mandate-form-subject"),
        body,
        contact: Vec::new(),
        envelope: None,
    }
}

/// The fingerprint of a printed form: SHA-256 over the template version and every part
/// of the letter, each part length-prefixed so that no two different forms collide by
/// moving text from one part to the next.
pub fn fingerprint(letter: &guichet_letters::Letter, template_version: u32) -> String {
    let mut h = Sha256::new();
    let mut part = |s: &str| {
        h.update((s.len() as u64).to_be_bytes());
        h.update(s.as_bytes());
    };
    part(&template_version.to_string());
    part(&letter.lang);
    part(&format!("{:?}", letter.variant));
    for l in letter.sender.iter().chain(&letter.recipient) {
        part(l);
    }
    part(&letter.place_date);
    part(letter.reference.as_deref().unwrap_or(""));
    part(&letter.subject);
    part(&letter.body);
    hex::encode(h.finalize())
}

/// What became of a new-mandate form.
#[derive(Debug)]
pub enum Created {
    /// Recorded; print it with [`printable`].
    Recorded(MandateRecord),
    /// The form comes back with these mistakes, nothing recorded.
    Invalid(Vec<(MandateField, MandateError)>),
}

/// Records a mandate from the form (and, for a renewal, the mandate it renews), with the
/// fingerprint of the form as it will be printed, and who collected it; when the person
/// wants to be asked about renewing, a call a fortnight before the end.
pub async fn create(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    form: &MandateForm,
    renews: Option<i64>,
    renewal_call: bool,
) -> Result<Created, DeskError> {
    let now = desk.now();
    let today = guichet_domain::clock::brussels(now).date();
    // Who may not act for the person learns nothing from the form's mistakes.
    let (d, team) = opened(desk, actor, person).await?;
    let new: NewMandate = match form.parse(today) {
        Ok(m) => m,
        Err(errors) => return Ok(Created::Invalid(errors)),
    };
    let (desk, work) = desk.begin().await?;
    if let Some(old) = renews {
        mandates::one(&desk.db, actor, &d.opened, old).await?;
    }
    let lang = form_lang(&d);
    let tr = guichet_words::Tr::new(lang, desk.words.clone());
    let (organisation, team_name) = crate::messages::sender_names(&desk, team).await?;
    let name = d.summary.full_name();
    // The number is not known before the row exists: the fingerprint covers the form
    // without it, and the printed form carries it as a reference outside the hash.
    let letter = form_letter(
        &tr,
        lang,
        letter_variant(&d),
        &FormFacts {
            person_name: &name,
            organisation: &organisation,
            team: &team_name,
            areas: &new.areas,
            start: new.period.start,
            last_day: new.period.last_day,
            collected_on: today,
            number: None,
        },
    );
    let hash = fingerprint(&letter, TEMPLATE_VERSION);
    let id = mandates::insert(
        &desk.db,
        actor,
        &d.opened,
        &mandates::NewMandate {
            mandate: &new,
            team,
            language: lang.code(),
            template_version: TEMPLATE_VERSION,
            document_hash: &hash,
            renews,
            // Called a fortnight before the end; a mandate too short for that needs no call.
            renewal_call_on: renewal_call
                .then(|| new.period.last_day - chrono::Duration::days(RENEWAL_CALL_DAYS_BEFORE))
                .filter(|d| *d > today),
        },
        now.timestamp(),
    )
    .await?;
    let m = mandates::one(&desk.db, actor, &d.opened, id).await?;
    work.commit().await?;
    Ok(Created::Recorded(m))
}

/// The recorded mandate's form, laid out again from what was recorded: the same
/// fingerprint, or [`DeskError::Changed`] if the words or the file changed since (then
/// the printed form would not be the one the person signed). With the person's name.
pub async fn printable(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    id: i64,
) -> Result<(guichet_letters::Letter, String), DeskError> {
    let (d, _) = opened(desk, actor, person).await?;
    let m = mandates::one(&desk.db, actor, &d.opened, id).await?;
    let lang = Lang::parse(&m.language).unwrap_or(Lang::Fr);
    let tr = guichet_words::Tr::new(lang, desk.words.clone());
    let (organisation, team_name) =
        crate::messages::sender_names(desk, TeamId::new(m.team_id)).await?;
    let name = d.summary.full_name();
    let areas: Vec<Area> = m.areas.iter().map(|a| a.area).collect();
    let collected_on = chrono::DateTime::from_timestamp(m.created_at, 0)
        .map(guichet_domain::clock::brussels)
        .unwrap_or_default()
        .date();
    let facts = FormFacts {
        person_name: &name,
        organisation: &organisation,
        team: &team_name,
        areas: &areas,
        start: m.period.start,
        last_day: m.period.last_day,
        collected_on,
        number: None,
    };
    let letter = form_letter(&tr, lang, letter_variant(&d), &facts);
    if m.template_version != TEMPLATE_VERSION
        || fingerprint(&letter, m.template_version) != m.document_hash
    {
        return Err(DeskError::Changed);
    }
    let numbered = form_letter(
        &tr,
        lang,
        letter_variant(&d),
        &FormFacts {
            number: Some(m.id),
            ..facts
        },
    );
    Ok((numbered, name))
}

/// Records in the access log that a mandate form was printed.
pub async fn printed(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    id: i64,
) -> Result<(), DeskError> {
    access_log::record(
        &desk.db,
        actor.user_id,
        person,
        Action::Print,
        &format!("mandate {id}"),
        "",
        desk.now().timestamp(),
    )
    .await?;
    Ok(())
}

/// The mandates of a file (in force, ended, revoked), latest first.
pub async fn of_file(
    desk: &Desk,
    actor: &Actor,
    file: &persons::OpenedFile,
) -> Result<Vec<MandateRecord>, DeskError> {
    Ok(mandates::of_file(&desk.db, actor, file).await?)
}

/// One mandate of a file, for its page.
pub async fn one(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    id: i64,
) -> Result<(PersonDetails, MandateRecord), DeskError> {
    let (d, _) = opened(desk, actor, person).await?;
    let m = mandates::one(&desk.db, actor, &d.opened, id).await?;
    Ok((d, m))
}

/// The person says stop, for one area or for all (`None`), from today (who recorded it,
/// and how the person said it, are kept on the mandate).
/// [`DeskError::Changed`] when nothing was left in force to revoke.
pub async fn revoke(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    id: i64,
    area: Option<Area>,
    how: RevokedHow,
) -> Result<MandateRecord, DeskError> {
    let now = desk.now();
    let today = guichet_domain::clock::brussels(now).date();
    let (desk, work) = desk.begin().await?;
    let (d, _) = opened(&desk, actor, person).await?;
    match mandates::revoke(
        &desk.db,
        actor,
        &d.opened,
        id,
        area,
        how,
        today,
        now.timestamp(),
    )
    .await
    {
        Ok(()) => {}
        Err(guichet_store::StoreError::Changed) => return Err(DeskError::Changed),
        Err(e) => return Err(e.into()),
    }
    let m = mandates::one(&desk.db, actor, &d.opened, id).await?;
    work.commit().await?;
    Ok(m)
}

/// The mandates of the actor's files ending within [`ENDING_WITHIN_DAYS`], soonest first.
pub async fn ending(desk: &Desk, actor: &Actor) -> Result<Vec<Ending>, DeskError> {
    let today = guichet_domain::clock::brussels(desk.now()).date();
    Ok(mandates::ending(&desk.db, actor, today, ENDING_WITHIN_DAYS).await?)
}

/// Attaches the person's signed form, scanned or photographed; the scan is checked (size,
/// first bytes) before anything is kept.
pub async fn attach_scan(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    id: i64,
    bytes: &[u8],
) -> Result<Result<(), guichet_domain::mandate::ScanError>, DeskError> {
    let (d, _) = opened(desk, actor, person).await?;
    let scan_type = match guichet_domain::mandate::check_scan(bytes) {
        Ok(t) => t,
        Err(e) => return Ok(Err(e)),
    };
    mandates::attach_scan(
        &desk.db,
        actor,
        &d.opened,
        id,
        scan_type,
        bytes,
        desk.now().timestamp(),
    )
    .await?;
    Ok(Ok(()))
}

/// The signed scan of a mandate, read in the access log; [`DeskError::NotFound`] when
/// none was attached.
pub async fn scan(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    id: i64,
) -> Result<(guichet_domain::mandate::ScanType, Vec<u8>), DeskError> {
    let (d, _) = opened(desk, actor, person).await?;
    let found = mandates::scan(&desk.db, actor, &d.opened, id)
        .await?
        .ok_or(DeskError::NotFound)?;
    access_log::record(
        &desk.db,
        actor.user_id,
        person,
        Action::Read,
        &format!("mandate-scan {id}"),
        "",
        desk.now().timestamp(),
    )
    .await?;
    Ok(found)
}
