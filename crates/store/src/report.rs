//! The person's own report ("what do you know about me?") and its JSON export: everything
//! the file holds, gathered as the acting staff member may see it. Read-only.
//!
//! Access goes through `persons::get` first (`NotFound` otherwise). Notes follow the
//! policy: those the actor may read are listed in full, the others are only counted per
//! compartment. The JSON shape (`PersonReport`, serde) is documented field by field and
//! kept stable: fields may be added, never renamed or removed (`format` names it).

use crate::RunOn;
use crate::{get_i64, get_opt_i64, get_opt_str, get_str, households, notes, persons, Db, Result};
use guichet_domain::ids::PersonId;
use guichet_domain::note::Compartment;
use guichet_domain::Actor;
use serde::Serialize;
use std::collections::BTreeMap;

/// Name of the export format, written in every export.
pub const FORMAT: &str = "guichet-person-report/1";

#[derive(Debug, Clone, Serialize)]
pub struct PersonReport {
    /// Always [`FORMAT`].
    pub format: &'static str,
    /// When the report was made (UTC Unix seconds).
    pub generated_at: i64,
    pub identity: Identity,
    pub contact: Contact,
    pub household: Vec<HouseholdMember>,
    pub requests: Vec<RequestItem>,
    pub appointments: Vec<AppointmentItem>,
    pub notes: Notes,
    pub consents: Vec<ConsentItem>,
    /// Who opened, printed or exported the file, oldest first.
    pub accesses: Vec<AccessItem>,
    /// The teams following the file and since when.
    pub followed_by: Vec<FollowItem>,
    /// One entry per kind of retention rule; `months: null` means "to be set by the DPO".
    pub retention: Vec<RetentionItem>,
    /// The services the person was referred to, what was shared and the answer.
    pub referrals: Vec<crate::referrals::Referral>,
    /// Every mandate the person gave (in force, ended, revoked).
    pub mandates: Vec<MandateItem>,
    /// Every act of digital help recorded for the person, newest first.
    pub assistance: Vec<AssistanceItem>,
}

/// A mandate, by its codes (see `guichet_domain::mandate`); days are Brussels dates.
#[derive(Debug, Clone, Serialize)]
pub struct MandateItem {
    pub id: i64,
    pub team: String,
    pub duration: String,
    pub start_day: String,
    pub last_day: String,
    /// `(area, revoked_on)`.
    pub areas: Vec<(String, Option<String>)>,
    /// The fingerprint of the form the person signed.
    pub document_hash: String,
    pub created_at: i64,
}

/// An act of digital help, by its codes (see `guichet_domain::assistance`).
#[derive(Debug, Clone, Serialize)]
pub struct AssistanceItem {
    pub day: String,
    pub platform: String,
    /// The names of a platform the organisation added (fr, nl, en); `None` for a shipped
    /// one, named by `guichet_domain::assistance::Platform`.
    pub platform_names: Option<(String, String, String)>,
    /// `with` or `for` the person.
    pub mode: String,
    pub minutes: i64,
    pub outcome: String,
    pub barriers: Vec<String>,
    /// The mandate an act done for the person was done under.
    pub mandate_id: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Identity {
    pub id: i64,
    pub given_names: String,
    pub family_name: String,
    pub usual_name: String,
    pub birth_year: Option<i64>,
    pub birth_month: Option<i64>,
    pub birth_day: Option<i64>,
    /// National register or BIS number (11 digits), if known.
    pub national_number: Option<String>,
    /// Every national number recorded for the file, oldest first.
    pub national_number_history: Vec<NumberRecord>,
    /// When the file was opened (UTC Unix seconds).
    pub created_at: i64,
    /// Set when the file was anonymised (erasure or retention).
    pub anonymised_at: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NumberRecord {
    pub number: String,
    pub recorded_at: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Contact {
    /// Ordered channel codes (`guichet_domain::contact::Channel`).
    pub channels: Vec<String>,
    /// Language code ('fr', 'nl', 'en', 'other' or empty).
    pub language: String,
    pub language_other: String,
    /// Need codes (`guichet_domain::contact::Need`).
    pub needs: Vec<String>,
    pub trusted_third: String,
    pub phones: Vec<Phone>,
    pub emails: Vec<EmailItem>,
    /// 'unknown', 'belgian', 'foreign' or 'no-fixed'.
    pub address_kind: String,
    /// The postal address as printed, one line per entry.
    pub address: Vec<String>,
    /// The same preferences as domain values, for the printed report (not exported:
    /// the fields above carry them).
    #[serde(skip)]
    pub preferences: guichet_domain::contact::ContactPreferences,
}

#[derive(Debug, Clone, Serialize)]
pub struct Phone {
    /// International form (+32…).
    pub number: String,
    /// 'mobile' or 'landline'.
    pub kind: String,
    /// Whose phone it is when not the person's own.
    pub holder: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EmailItem {
    pub address: String,
    pub holder: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct HouseholdMember {
    /// What the member is to the person ('child', 'partner', …).
    pub relation: String,
    /// `null` when the staff member who made the report may not open the member's file.
    pub name: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RequestItem {
    pub id: i64,
    /// Topic code (data·inclusion vocabulary or the organisation's own).
    pub topic: String,
    pub description: String,
    /// Status code ('new', 'in-progress', 'done', …).
    pub status: String,
    pub open: bool,
    pub team: String,
    pub created_at: i64,
    /// ISO date.
    pub promised_on: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AppointmentItem {
    pub starts_at: i64,
    pub minutes: i64,
    /// 'site', 'phone' or 'home'.
    pub place: String,
    /// 'planned', 'arrived', 'done', 'cancelled', 'missed'.
    pub status: String,
    pub worker: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Notes {
    /// Notes the staff member who made the report may read, oldest first.
    pub listed: Vec<NoteItem>,
    /// The other notes, counted per compartment; their content is not given.
    pub kept_by_others: Vec<NoteCount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NoteItem {
    pub created_at: i64,
    /// 'administrative', 'social', 'health' or 'digital'.
    pub compartment: String,
    pub author: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct NoteCount {
    pub compartment: String,
    pub count: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ConsentItem {
    /// 'sms', 'email', 'share-with-services', 'health-data'.
    pub purpose: String,
    pub given_at: i64,
    /// 'desk', 'paper', 'phone', 'email'.
    pub given_how: String,
    pub withdrawn_at: Option<i64>,
    pub withdrawn_how: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AccessItem {
    pub at: i64,
    /// The staff member's display name (empty when the account is gone).
    pub staff: String,
    /// Role codes of the staff member.
    pub roles: Vec<String>,
    /// Team names of the staff member.
    pub teams: Vec<String>,
    /// 'read', 'print', 'export', 'break-glass'.
    pub action: String,
    pub what: String,
    /// The reason written for a break-glass access; empty otherwise.
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FollowItem {
    pub team: String,
    pub service: String,
    pub since: i64,
    /// The service's name in other languages, for the printed report (not exported).
    #[serde(skip)]
    pub service_names: guichet_domain::names::NameForms,
}

#[derive(Debug, Clone, Serialize)]
pub struct RetentionItem {
    pub kind: String,
    /// Months kept: the DPO's rule, or the default while none is set.
    pub months: i64,
}

/// Gathers everything about one person, as `actor` may see it.
pub async fn gather(db: &Db, actor: &Actor, person: PersonId, now: i64) -> Result<PersonReport> {
    let d = persons::details(db, actor, person).await?;
    let id = person.get();
    let row = sqlx::query(
        "SELECT created_at, anonymised_at, channels, language, language_other, needs, address_kind \
         FROM persons WHERE id = $1",
    )
    .bind(id)
    .fetch_one_on(db)
    .await?;
    let split = |s: String| -> Vec<String> {
        s.split(',')
            .filter(|x| !x.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let mut history: Vec<NumberRecord> = persons::niss_history(db, actor, person)
        .await?
        .into_iter()
        .map(|(number, recorded_at)| NumberRecord {
            number,
            recorded_at,
        })
        .collect();
    history.reverse();
    let identity = Identity {
        id,
        given_names: d.summary.given_names.clone(),
        family_name: d.summary.family_name.clone(),
        usual_name: d.usual_name.clone(),
        birth_year: d.birth.year.map(i64::from),
        birth_month: d.birth.month.map(i64::from),
        birth_day: d.birth.day.map(i64::from),
        national_number: d.niss.clone(),
        national_number_history: history,
        created_at: get_i64(&row, "created_at")?,
        anonymised_at: get_opt_i64(&row, "anonymised_at")?,
    };
    let contact = Contact {
        channels: split(get_str(&row, "channels")?),
        language: get_str(&row, "language")?,
        language_other: get_str(&row, "language_other")?,
        needs: split(get_str(&row, "needs")?),
        trusted_third: d.contact.trusted_third.clone(),
        phones: d
            .phones
            .iter()
            .map(|(number, kind, holder)| Phone {
                number: number.clone(),
                kind: kind.code().to_owned(),
                holder: holder.clone(),
            })
            .collect(),
        emails: d
            .emails
            .iter()
            .map(|(address, holder)| EmailItem {
                address: address.clone(),
                holder: holder.clone(),
            })
            .collect(),
        address_kind: get_str(&row, "address_kind")?,
        address: d.address.lines(),
        preferences: d.contact.clone(),
    };
    let household = households::members(db, actor, &d.opened)
        .await?
        .into_iter()
        .map(|m| HouseholdMember {
            relation: m.relation.code().to_owned(),
            name: m.name,
        })
        .collect();

    let requests = sqlx::query(
        "SELECT r.id, r.topic, r.description, r.status, r.created_at, r.promised_on, t.name AS team \
         FROM requests r JOIN teams t ON t.id = r.team_id WHERE r.person_id = $1 ORDER BY r.created_at, r.id",
    )
    .bind(id)
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| {
        let status = get_str(r, "status")?;
        Ok(RequestItem {
            id: get_i64(r, "id")?,
            topic: get_str(r, "topic")?,
            description: get_str(r, "description")?,
            open: !OPEN_EXCLUDED.contains(&status.as_str()),
            status,
            team: get_str(r, "team")?,
            created_at: get_i64(r, "created_at")?,
            promised_on: get_str(r, "promised_on")?,
        })
    })
    .collect::<Result<Vec<_>>>()?;

    let appointments = sqlx::query(
        "SELECT a.starts_at, a.minutes, a.place, a.status, u.display_name FROM appointments a \
         LEFT JOIN users u ON u.id = a.worker_id WHERE a.person_id = $1 ORDER BY a.starts_at, a.id",
    )
    .bind(id)
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| {
        Ok(AppointmentItem {
            starts_at: get_i64(r, "starts_at")?,
            minutes: get_i64(r, "minutes")?,
            place: get_str(r, "place")?,
            status: get_str(r, "status")?,
            worker: get_opt_str(r, "display_name")?.unwrap_or_default(),
        })
    })
    .collect::<Result<Vec<_>>>()?;

    // Notes: the readable ones through the journal's own query (the policy applied
    // there), the others only counted.
    let readable = notes::for_person(db, actor, &d.opened, &notes::NoteFilter::default()).await?;
    let mut per_compartment: BTreeMap<String, i64> = BTreeMap::new();
    for r in sqlx::query(
        "SELECT compartment, COUNT(*) AS n FROM notes WHERE person_id = $1 GROUP BY compartment",
    )
    .bind(id)
    .fetch_all_on(db)
    .await?
    {
        per_compartment.insert(get_str(&r, "compartment")?, get_i64(&r, "n")?);
    }
    for n in &readable {
        if let Some(c) = per_compartment.get_mut(n.compartment.code()) {
            *c -= 1;
        }
    }
    let kept_by_others = Compartment::ALL
        .iter()
        .filter_map(|c| {
            let count = per_compartment.get(c.code()).copied().unwrap_or(0);
            (count > 0).then(|| NoteCount {
                compartment: c.code().to_owned(),
                count,
            })
        })
        .collect();
    let mut listed: Vec<NoteItem> = readable
        .into_iter()
        .map(|n| NoteItem {
            created_at: n.created_at,
            compartment: n.compartment.code().to_owned(),
            author: n.author_name,
            text: n.body,
        })
        .collect();
    listed.reverse();

    let consents = sqlx::query(
        "SELECT purpose, given_at, given_how, withdrawn_at, withdrawn_how FROM consents \
         WHERE person_id = $1 ORDER BY given_at, id",
    )
    .bind(id)
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| {
        Ok(ConsentItem {
            purpose: get_str(r, "purpose")?,
            given_at: get_i64(r, "given_at")?,
            given_how: get_str(r, "given_how")?,
            withdrawn_at: get_opt_i64(r, "withdrawn_at")?,
            withdrawn_how: get_str(r, "withdrawn_how")?,
        })
    })
    .collect::<Result<Vec<_>>>()?;

    let accesses = access_items(db, id).await?;

    let followed_by = sqlx::query(
        "SELECT t.name AS team, s.name AS service, s.name_fr, s.name_nl, s.name_en, s.name_de, \
         f.since FROM person_followups f \
         JOIN teams t ON t.id = f.team_id JOIN services s ON s.id = t.service_id \
         WHERE f.person_id = $1 ORDER BY f.since, t.name",
    )
    .bind(id)
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| {
        Ok(FollowItem {
            team: get_str(r, "team")?,
            service: get_str(r, "service")?,
            since: get_i64(r, "since")?,
            service_names: guichet_domain::names::NameForms {
                fr: get_str(r, "name_fr")?,
                nl: get_str(r, "name_nl")?,
                en: get_str(r, "name_en")?,
                de: get_str(r, "name_de")?,
            },
        })
    })
    .collect::<Result<Vec<_>>>()?;

    Ok(PersonReport {
        format: FORMAT,
        generated_at: now,
        identity,
        contact,
        household,
        requests,
        appointments,
        notes: Notes {
            listed,
            kept_by_others,
        },
        consents,
        accesses,
        followed_by,
        retention: retention_rules(db).await?,
        referrals: crate::referrals::of_person(db, person, now).await?,
        mandates: crate::mandates::of_person(db, person)
            .await?
            .into_iter()
            .map(|m| MandateItem {
                id: m.id,
                team: m.team_name,
                duration: m.duration.code().into(),
                start_day: m.period.start.to_string(),
                last_day: m.period.last_day.to_string(),
                areas: m
                    .areas
                    .iter()
                    .map(|a| (a.area.code().into(), a.revoked_on.map(|d| d.to_string())))
                    .collect(),
                document_hash: m.document_hash,
                created_at: m.created_at,
            })
            .collect(),
        assistance: {
            let own = crate::assistance::own_platforms(db).await?;
            crate::assistance::of_person(db, person)
                .await?
                .into_iter()
                .map(|a| AssistanceItem {
                    day: a.day.to_string(),
                    platform_names: own
                        .iter()
                        .find(|o| o.code == a.platform)
                        .map(|o| (o.fr.clone(), o.nl.clone(), o.en.clone())),
                    platform: a.platform,
                    mode: a.mode.code().into(),
                    minutes: a.minutes,
                    outcome: a.outcome.code().into(),
                    barriers: a.barriers.iter().map(|b| b.code().into()).collect(),
                    mandate_id: a.mandate_id,
                })
                .collect()
        },
    })
}

/// Request statuses that close a request (`guichet_domain::request::RequestStatus`).
const OPEN_EXCLUDED: [&str; 3] = ["done", "redirected", "withdrawn"];

/// The access log of one file with the staff members' names, roles and teams.
async fn access_items(db: &Db, person: i64) -> Result<Vec<AccessItem>> {
    let rows = sqlx::query(
        "SELECT l.at, l.user_id, l.action, l.what, l.reason, u.display_name FROM access_log l \
         LEFT JOIN users u ON u.id = l.user_id WHERE l.person_id = $1 ORDER BY l.at, l.id",
    )
    .bind(person)
    .fetch_all_on(db)
    .await?;
    let mut staff: BTreeMap<i64, (Vec<String>, Vec<String>)> = BTreeMap::new();
    let mut out = Vec::new();
    for r in &rows {
        let user = get_i64(r, "user_id")?;
        if let std::collections::btree_map::Entry::Vacant(e) = staff.entry(user) {
            e.insert(roles_and_teams(db, user).await?);
        }
        let (roles, teams) = staff.get(&user).cloned().unwrap_or_default();
        out.push(AccessItem {
            at: get_i64(r, "at")?,
            staff: get_opt_str(r, "display_name")?.unwrap_or_default(),
            roles,
            teams,
            action: get_str(r, "action")?,
            what: get_str(r, "what")?,
            reason: get_str(r, "reason")?,
        });
    }
    Ok(out)
}

/// A staff member's role codes and team names.
async fn roles_and_teams(db: &Db, user: i64) -> Result<(Vec<String>, Vec<String>)> {
    let roles = sqlx::query("SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role")
        .bind(user)
        .fetch_all_on(db)
        .await?
        .iter()
        .map(|r| get_str(r, "role"))
        .collect::<Result<Vec<_>>>()?;
    let teams = sqlx::query(
        "SELECT t.name FROM team_members m JOIN teams t ON t.id = m.team_id \
         WHERE m.user_id = $1 ORDER BY t.name",
    )
    .bind(user)
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| get_str(r, "name"))
    .collect::<Result<Vec<_>>>()?;
    Ok((roles, teams))
}

/// The retention rules in force, one per kind: the DPO's, or the default while none is set.
pub async fn retention_rules(db: &Db) -> Result<Vec<RetentionItem>> {
    Ok(crate::retention::rules(db)
        .await?
        .into_iter()
        .map(|r| RetentionItem {
            kind: r.kind.code().to_owned(),
            months: i64::from(r.months),
        })
        .collect())
}
