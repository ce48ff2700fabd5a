//! The directory of local services (journey J5), shaped on Open Referral HSDS 3.0:
//! organisations run services, offered at locations (`ServiceAtLocation`), each with
//! phones, languages, schedules, costs, required documents, service areas and taxonomy
//! terms. Ids are HSDS ids (text, usually UUIDs), kept as they come so that re-importing a
//! source updates what it brought instead of duplicating it.
//!
//! What HSDS leaves loose is made precise for the desk, the way DORA, Soliguide and
//! data·inclusion do it: how to go there ([`AccessMode`]), who is welcome ([`Welcome`]),
//! temporary closures with their dates ([`Closure`], cascading from a location to its
//! services), topics from the data·inclusion `thematiques` plus a digital-help vocabulary
//! ([`vocab`]), and when a listing was last checked. On export these travel as HSDS
//! `attributes` under guichet's own taxonomy, so a round trip keeps them.

pub mod hours;
pub mod vocab;

use chrono::{NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// Everything one source brought, or everything guichet exports.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Directory {
    pub organizations: Vec<Organization>,
    pub services: Vec<Service>,
    pub locations: Vec<Location>,
    pub service_at_locations: Vec<ServiceAtLocation>,
    pub taxonomies: Vec<Taxonomy>,
    pub taxonomy_terms: Vec<TaxonomyTerm>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub alternate_name: Option<String>,
    pub description: String,
    pub email: Option<String>,
    pub website: Option<String>,
    pub legal_status: Option<String>,
    pub parent_organization_id: Option<String>,
    pub phones: Vec<Phone>,
    pub contacts: Vec<Contact>,
    /// Attributes guichet does not model itself, kept for the round trip.
    pub attributes: Vec<Attribute>,
}

/// HSDS `service.status`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceStatus {
    #[default]
    Active,
    Inactive,
    Defunct,
    TemporarilyClosed,
}

impl ServiceStatus {
    /// The HSDS spelling (`temporarily closed` has a space).
    pub fn code(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Defunct => "defunct",
            Self::TemporarilyClosed => "temporarily closed",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Some(match raw.trim().to_lowercase().replace('_', " ").as_str() {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "defunct" => Self::Defunct,
            "temporarily closed" => Self::TemporarilyClosed,
            _ => return None,
        })
    }
}

/// How a person gets to use a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccessMode {
    /// Come in during the walk-in hours, no appointment.
    WalkIn,
    Appointment,
    Phone,
    Online,
    /// Only when another professional refers the person.
    ReferralOnly,
}

impl AccessMode {
    pub const ALL: [Self; 5] = [
        Self::WalkIn,
        Self::Appointment,
        Self::Phone,
        Self::Online,
        Self::ReferralOnly,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::WalkIn => "walk-in",
            Self::Appointment => "appointment",
            Self::Phone => "phone",
            Self::Online => "online",
            Self::ReferralOnly => "referral-only",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == raw.trim())
    }
}

/// Who the service is for (Soliguide's "accueil"): everyone, everyone with some
/// audiences preferred, or only some audiences.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Welcome {
    #[default]
    Everyone,
    Preferential,
    Exclusive,
}

impl Welcome {
    pub const ALL: [Self; 3] = [Self::Everyone, Self::Preferential, Self::Exclusive];

    pub fn code(self) -> &'static str {
        match self {
            Self::Everyone => "everyone",
            Self::Preferential => "preferential",
            Self::Exclusive => "exclusive",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == raw.trim())
    }
}

/// A temporary closure, both days included ("closed for works from 3 to 14 August").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub reason: String,
}

impl Closure {
    pub fn covers(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    pub organization_id: Option<String>,
    pub name: String,
    pub alternate_name: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
    pub email: Option<String>,
    pub status: ServiceStatus,
    pub interpretation_services: Option<String>,
    pub application_process: Option<String>,
    pub fees_description: Option<String>,
    pub eligibility_description: Option<String>,
    pub minimum_age: Option<f64>,
    pub maximum_age: Option<f64>,
    /// HSDS `assured_date`: when the listing was last checked.
    pub last_checked: Option<NaiveDate>,
    /// How often the listing's owner wants to be reminded to check it, in months.
    pub check_every_months: Option<u32>,
    pub alert: Option<String>,
    pub phones: Vec<Phone>,
    pub schedules: Vec<Schedule>,
    pub service_areas: Vec<ServiceArea>,
    pub languages: Vec<Language>,
    pub cost_options: Vec<CostOption>,
    /// Free of charge (from the cost options, a data·inclusion `frais`, or said so).
    pub free: Option<bool>,
    pub required_documents: Vec<RequiredDocument>,
    pub contacts: Vec<Contact>,
    /// Topic codes: data·inclusion `thematiques` or the digital-help vocabulary.
    pub topics: Vec<String>,
    /// HSDS taxonomy terms attached to the service (by term id), other than topics.
    pub taxonomy_term_ids: Vec<String>,
    pub access: Vec<AccessMode>,
    pub welcome: Welcome,
    /// Who is preferred or exclusively welcome, in words ("young people under 25").
    pub audience: Option<String>,
    pub closures: Vec<Closure>,
    pub attributes: Vec<Attribute>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub id: String,
    pub organization_id: Option<String>,
    /// HSDS `location_type`: physical, postal or virtual.
    pub location_type: String,
    pub name: Option<String>,
    pub alternate_name: Option<String>,
    pub description: Option<String>,
    /// How to get there ("tram 7, stop Gare").
    pub transportation: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub url: Option<String>,
    pub addresses: Vec<Address>,
    pub phones: Vec<Phone>,
    pub languages: Vec<Language>,
    pub schedules: Vec<Schedule>,
    pub accessibility: Vec<Accessibility>,
    /// Step-free access for a wheelchair.
    pub wheelchair: Option<bool>,
    pub closures: Vec<Closure>,
    pub attributes: Vec<Attribute>,
}

impl Location {
    /// The street address people go to (the physical one, else the first).
    pub fn physical_address(&self) -> Option<&Address> {
        self.addresses
            .iter()
            .find(|a| a.address_type == "physical")
            .or_else(|| self.addresses.first())
    }
}

/// A service offered at a location, with what differs there.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceAtLocation {
    pub id: String,
    pub service_id: String,
    pub location_id: String,
    pub description: Option<String>,
    pub phones: Vec<Phone>,
    pub schedules: Vec<Schedule>,
    pub contacts: Vec<Contact>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Address {
    pub id: String,
    pub attention: Option<String>,
    pub address_1: String,
    pub address_2: Option<String>,
    pub city: String,
    pub region: Option<String>,
    pub state_province: String,
    pub postal_code: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// physical, postal or virtual.
    pub address_type: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Phone {
    pub id: String,
    pub number: String,
    pub extension: Option<f64>,
    /// HSDS `type`: text, voice, fax, cell, video, pager, textphone.
    pub kind: Option<String>,
    pub description: Option<String>,
    pub languages: Vec<Language>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: String,
    pub name: Option<String>,
    pub title: Option<String>,
    pub department: Option<String>,
    pub email: Option<String>,
    pub phones: Vec<Phone>,
}

/// A language spoken: HSDS `{name, code, note}`, the code ISO 639-1 where known.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Language {
    pub id: String,
    pub name: Option<String>,
    pub code: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CostOption {
    pub id: String,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
    pub option: Option<String>,
    pub currency: Option<String>,
    pub amount: Option<f64>,
    pub amount_description: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequiredDocument {
    pub id: String,
    pub document: Option<String>,
    pub uri: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceArea {
    pub id: String,
    pub name: Option<String>,
    pub description: Option<String>,
    pub extent: Option<String>,
    pub extent_type: Option<String>,
    pub uri: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accessibility {
    pub id: String,
    pub description: Option<String>,
    pub details: Option<String>,
    pub url: Option<String>,
}

/// An HSDS attribute guichet does not turn into a field of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribute {
    pub id: String,
    pub taxonomy_term_id: String,
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Taxonomy {
    pub id: String,
    pub name: String,
    pub description: String,
    pub uri: Option<String>,
    pub version: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxonomyTerm {
    pub id: String,
    pub code: Option<String>,
    pub name: String,
    pub description: String,
    pub parent_id: Option<String>,
    pub taxonomy: Option<String>,
    pub taxonomy_id: Option<String>,
    pub language: Option<String>,
    pub term_uri: Option<String>,
}

/// Whether a listing is due for a check: never checked, or checked `every_months` ago or
/// more. `None` for the frequency: its owner chose not to be reminded.
pub fn check_due(
    last_checked: Option<NaiveDate>,
    every_months: Option<u32>,
    today: NaiveDate,
) -> bool {
    let Some(every) = every_months.filter(|m| *m > 0) else {
        return false;
    };
    match last_checked {
        None => true,
        Some(d) => d
            .checked_add_months(chrono::Months::new(every))
            .is_none_or(|due| due <= today),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_is_due_for_a_check_at_its_frequency_and_never_when_asked_not_to() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let today = d(2026, 12, 3);
        assert!(check_due(None, Some(6), today), "never checked");
        assert!(
            !check_due(Some(d(2026, 6, 4)), Some(6), today),
            "the day before"
        );
        assert!(
            check_due(Some(d(2026, 6, 3)), Some(6), today),
            "six months to the day"
        );
        // 31 August + 3 months: 30 November.
        assert!(check_due(Some(d(2026, 8, 31)), Some(3), today));
        assert!(!check_due(Some(d(2020, 1, 1)), None, today), "not reminded");
        assert!(!check_due(None, Some(0), today));
    }
}

/// One HSDS `schedule` row. A weekly slot is `freq = WEEKLY`, `byday` and
/// `opens_at`–`closes_at`; several slots a day are several rows. Rows guichet cannot
/// evaluate (monthly, with an interval, no hours) keep their words in `description`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub id: String,
    /// What the hours are for (walk-in, appointment, phone…); `None` = opening hours.
    pub attending: Option<AccessMode>,
    /// HSDS `attending_type` as the source wrote it, when it was not one of ours.
    pub attending_type: Option<String>,
    pub freq: Option<String>,
    pub interval: Option<u32>,
    pub byday: Vec<Weekday>,
    /// `byday` as written when it held more than plain weekdays (`2MO`, `-1FR`).
    pub byday_raw: Option<String>,
    pub opens_at: Option<NaiveTime>,
    pub closes_at: Option<NaiveTime>,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
    pub dtstart: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub count: Option<u32>,
    pub description: Option<String>,
    pub notes: Option<String>,
    pub schedule_link: Option<String>,
}
