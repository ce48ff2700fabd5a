//! guichet's own taxonomy: the fields of the directory that HSDS 3.0 has no column for,
//! written as HSDS `attributes` and recognised again on import (see the crate docs for
//! the table of terms).

use crate::fields::parse_date;
use crate::ids::{child_id, out_id, uuid5};
use chrono::NaiveDate;
use guichet_domain::directory::{
    AccessMode, Attribute, Closure, Location, Organization, Service, Taxonomy, TaxonomyTerm,
    Welcome,
};

/// The id of guichet's taxonomy: `uuid5(NAMESPACE, "taxonomy")`.
pub const TAXONOMY_ID: &str = "878fa133-994b-5260-b369-89aab0224a8a";
pub const TAXONOMY_NAME: &str = "guichet";
pub const TAXONOMY_VERSION: &str = "1";

/// A field of guichet's directory carried by an attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// One term per way in; no value.
    Access(AccessMode),
    /// Value `everyone`, `preferential` or `exclusive`; written when not `everyone`.
    Welcome,
    /// Value: who is preferred or exclusively welcome, in words.
    Audience,
    /// Value `YYYY-MM-DD/YYYY-MM-DD reason` (both days included; the reason may be empty).
    Closure,
    /// Value: a topic code (data·inclusion `thematiques` or `aide-numerique--…`).
    Topic,
    /// Value: a whole number of months.
    CheckEveryMonths,
    /// Value `true` or `false`.
    Free,
    /// Value `true` or `false`.
    Wheelchair,
}

/// One term of guichet's taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuichetTerm {
    pub field: Field,
    /// `uuid5(NAMESPACE, "term:" + the code without its `guichet:` prefix)`.
    pub id: &'static str,
    pub code: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    /// Where the term may be used: `service`, `location` or both.
    pub applies_to: &'static [&'static str],
}

const SERVICE: &[&str] = &["service"];
const LOCATION: &[&str] = &["location"];
const BOTH: &[&str] = &["service", "location"];

pub const TERMS: [GuichetTerm; 12] = [
    GuichetTerm {
        field: Field::Access(AccessMode::WalkIn),
        id: "9954fa5b-d75a-5464-a929-fbd3b87c6b31",
        code: "guichet:access:walk-in",
        name: "Walk in",
        description: "People can come in during the walk-in hours, without an appointment.",
        applies_to: SERVICE,
    },
    GuichetTerm {
        field: Field::Access(AccessMode::Appointment),
        id: "0f5da7fa-4ef6-53da-8f28-cfa8d0c46d9e",
        code: "guichet:access:appointment",
        name: "By appointment",
        description: "People make an appointment first.",
        applies_to: SERVICE,
    },
    GuichetTerm {
        field: Field::Access(AccessMode::Phone),
        id: "20db6cd5-de11-50da-a4bc-5a5190862767",
        code: "guichet:access:phone",
        name: "By phone",
        description: "People call the service.",
        applies_to: SERVICE,
    },
    GuichetTerm {
        field: Field::Access(AccessMode::Online),
        id: "bc465346-f7b1-53bd-95f9-acc8e889625c",
        code: "guichet:access:online",
        name: "Online",
        description: "People reach the service online (a form, an email, a link).",
        applies_to: SERVICE,
    },
    GuichetTerm {
        field: Field::Access(AccessMode::ReferralOnly),
        id: "f9a6cb6d-77b6-5e9e-8269-27b450c43c2e",
        code: "guichet:access:referral-only",
        name: "Referral only",
        description: "Only when another professional refers the person.",
        applies_to: SERVICE,
    },
    GuichetTerm {
        field: Field::Welcome,
        id: "de4150f2-b674-5d7e-972d-8a4bc7d9f2dc",
        code: "guichet:welcome",
        name: "Who is welcome",
        description: "Value everyone, preferential (everyone, some audiences preferred) or exclusive (only some audiences).",
        applies_to: SERVICE,
    },
    GuichetTerm {
        field: Field::Audience,
        id: "cb70cf14-72b2-58b8-8d31-ff61828e13a4",
        code: "guichet:audience",
        name: "Audience",
        description: "Value: who is preferred or exclusively welcome, in words.",
        applies_to: SERVICE,
    },
    GuichetTerm {
        field: Field::Closure,
        id: "50128ca9-b51b-52aa-bd98-70baa855d99f",
        code: "guichet:closure",
        name: "Temporary closure",
        description: "Value YYYY-MM-DD/YYYY-MM-DD then the reason: closed from the first day to the second, both included.",
        applies_to: BOTH,
    },
    GuichetTerm {
        field: Field::Topic,
        id: "de3b9769-c2c2-55a9-b8c5-12b3c74977e4",
        code: "guichet:topic",
        name: "Topic",
        description: "Value: a topic code, from the data·inclusion thematiques or guichet's digital-help topics (aide-numerique--…).",
        applies_to: SERVICE,
    },
    GuichetTerm {
        field: Field::CheckEveryMonths,
        id: "2704cc42-0fd1-53b0-afdb-5b501b408d24",
        code: "guichet:check-every-months",
        name: "Check every … months",
        description: "Value: how often, in months, the listing's owner wants to be reminded to check it.",
        applies_to: SERVICE,
    },
    GuichetTerm {
        field: Field::Free,
        id: "abd24edd-0f33-5517-8a0c-4e615967cd86",
        code: "guichet:free",
        name: "Free of charge",
        description: "Value true or false.",
        applies_to: SERVICE,
    },
    GuichetTerm {
        field: Field::Wheelchair,
        id: "5ee3b964-66c6-5015-b099-d7518d4c18f8",
        code: "guichet:wheelchair",
        name: "Wheelchair access",
        description: "Value true or false: step-free access for a wheelchair.",
        applies_to: LOCATION,
    },
];

pub fn term_by_id(id: &str) -> Option<&'static GuichetTerm> {
    TERMS.iter().find(|t| t.id.eq_ignore_ascii_case(id.trim()))
}

fn term_of(field: Field) -> &'static GuichetTerm {
    TERMS.iter().find(|t| t.field == field).unwrap_or(&TERMS[0])
}

/// guichet's taxonomy as an HSDS taxonomy.
pub fn taxonomy() -> Taxonomy {
    Taxonomy {
        id: TAXONOMY_ID.to_owned(),
        name: TAXONOMY_NAME.to_owned(),
        description: "Fields of guichet's directory that HSDS 3.0 has no column for: how people get in, who is welcome, temporary closures, topics, how often the listing is checked, free of charge, wheelchair access. Attributes with these terms carry the values.".to_owned(),
        uri: None,
        version: Some(TAXONOMY_VERSION.to_owned()),
    }
}

/// A term of guichet's taxonomy as an HSDS taxonomy term.
pub fn taxonomy_term(t: &GuichetTerm) -> TaxonomyTerm {
    TaxonomyTerm {
        id: t.id.to_owned(),
        code: Some(t.code.to_owned()),
        name: t.name.to_owned(),
        description: t.description.to_owned(),
        parent_id: None,
        taxonomy: Some(TAXONOMY_NAME.to_owned()),
        taxonomy_id: Some(TAXONOMY_ID.to_owned()),
        language: Some("en".to_owned()),
        term_uri: None,
    }
}

pub fn is_guichet_taxonomy(id: &str) -> bool {
    id.trim().eq_ignore_ascii_case(TAXONOMY_ID)
}

fn closure_value(c: &Closure) -> String {
    let v = format!("{}/{} {}", c.from, c.to, c.reason.trim());
    v.trim_end().to_owned()
}

fn parse_closure(raw: &str) -> Result<Closure, String> {
    let raw = raw.trim();
    let (range, reason) = raw.split_once(char::is_whitespace).unwrap_or((raw, ""));
    let dates = range
        .split_once('/')
        .and_then(|(a, b)| Some((day(a)?, day(b)?)));
    match dates {
        Some((from, to)) if from <= to => Ok(Closure {
            from,
            to,
            reason: reason.trim().to_owned(),
        }),
        Some(_) => Err(format!(
            "the closure \"{raw}\" ends before it starts; expected the first day, then the last day."
        )),
        None => Err(format!(
            "\"{raw}\" is not a closure; expected YYYY-MM-DD/YYYY-MM-DD then the reason (for example \"2025-08-04/2025-08-15 Travaux\")."
        )),
    }
}

fn day(s: &str) -> Option<NaiveDate> {
    (s.len() == 10).then(|| parse_date(s)).flatten()
}

fn parse_bool(raw: &str) -> Option<bool> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// guichet's fields of a service, as (term, value) in the order they are written.
fn service_values(s: &Service) -> Vec<(&'static GuichetTerm, Option<String>)> {
    let mut out = Vec::new();
    for m in &s.access {
        out.push((term_of(Field::Access(*m)), None));
    }
    if s.welcome != Welcome::Everyone {
        out.push((term_of(Field::Welcome), Some(s.welcome.code().to_owned())));
    }
    if let Some(a) = s.audience.as_deref().filter(|a| !a.trim().is_empty()) {
        out.push((term_of(Field::Audience), Some(a.to_owned())));
    }
    for c in &s.closures {
        out.push((term_of(Field::Closure), Some(closure_value(c))));
    }
    for t in &s.topics {
        out.push((term_of(Field::Topic), Some(t.clone())));
    }
    if let Some(n) = s.check_every_months {
        out.push((term_of(Field::CheckEveryMonths), Some(n.to_string())));
    }
    if let Some(f) = s.free {
        out.push((term_of(Field::Free), Some(f.to_string())));
    }
    out
}

fn location_values(l: &Location) -> Vec<(&'static GuichetTerm, Option<String>)> {
    let mut out = Vec::new();
    for c in &l.closures {
        out.push((term_of(Field::Closure), Some(closure_value(c))));
    }
    if let Some(w) = l.wheelchair {
        out.push((term_of(Field::Wheelchair), Some(w.to_string())));
    }
    out
}

/// An attribute as exported: exported ids throughout.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct OutAttribute {
    pub id: String,
    pub link_id: String,
    pub link_entity: &'static str,
    pub taxonomy_term_id: String,
    /// The term's id in the directory (or guichet's), to nest the term when it is known.
    pub term_in_directory: String,
    pub value: Option<String>,
}

fn guichet_rows(
    values: Vec<(&'static GuichetTerm, Option<String>)>,
    link_id: &str,
    link_entity: &'static str,
) -> Vec<OutAttribute> {
    let mut out: Vec<OutAttribute> = Vec::new();
    for (t, value) in values {
        let n = out.iter().filter(|a| a.taxonomy_term_id == t.id).count();
        out.push(OutAttribute {
            id: uuid5(&format!("attribute:{link_id}:{}:{n}", t.code)),
            link_id: link_id.to_owned(),
            link_entity,
            taxonomy_term_id: t.id.to_owned(),
            term_in_directory: t.id.to_owned(),
            value,
        });
    }
    out
}

fn foreign_rows(
    attrs: &[Attribute],
    link_id: &str,
    link_entity: &'static str,
    start: usize,
) -> Vec<OutAttribute> {
    attrs
        .iter()
        .enumerate()
        .map(|(i, a)| OutAttribute {
            id: child_id(&a.id, link_id, "attribute", start + i),
            link_id: link_id.to_owned(),
            link_entity,
            taxonomy_term_id: out_id("taxonomy_term", &a.taxonomy_term_id),
            term_in_directory: a.taxonomy_term_id.clone(),
            value: a.value.clone().filter(|v| !v.is_empty()),
        })
        .collect()
}

/// All attributes of a service: guichet's fields, then its taxonomy terms (attributes
/// without a value), then the other attributes it keeps.
pub(crate) fn service_attributes(s: &Service, link_id: &str) -> Vec<OutAttribute> {
    let mut out = guichet_rows(service_values(s), link_id, "service");
    for t in &s.taxonomy_term_ids {
        let term = out_id("taxonomy_term", t);
        out.push(OutAttribute {
            id: uuid5(&format!("attribute:{link_id}:term:{term}")),
            link_id: link_id.to_owned(),
            link_entity: "service",
            taxonomy_term_id: term,
            term_in_directory: t.clone(),
            value: None,
        });
    }
    let start = out.len();
    out.extend(foreign_rows(&s.attributes, link_id, "service", start));
    out
}

pub(crate) fn location_attributes(l: &Location, link_id: &str) -> Vec<OutAttribute> {
    let mut out = guichet_rows(location_values(l), link_id, "location");
    let start = out.len();
    out.extend(foreign_rows(&l.attributes, link_id, "location", start));
    out
}

pub(crate) fn organization_attributes(o: &Organization, link_id: &str) -> Vec<OutAttribute> {
    foreign_rows(&o.attributes, link_id, "organization", 0)
}

/// The record an attribute is attached to, on import.
pub(crate) enum Owner<'a> {
    Service(&'a mut Service),
    Location(&'a mut Location),
    Organization(&'a mut Organization),
}

impl Owner<'_> {
    /// The same record, borrowed again (for the next attribute).
    pub(crate) fn reborrow(&mut self) -> Owner<'_> {
        match self {
            Owner::Service(s) => Owner::Service(s),
            Owner::Location(l) => Owner::Location(l),
            Owner::Organization(o) => Owner::Organization(o),
        }
    }

    fn entity(&self) -> &'static str {
        match self {
            Owner::Service(_) => "service",
            Owner::Location(_) => "location",
            Owner::Organization(_) => "organization",
        }
    }
}

/// Puts an imported attribute where it belongs: a term of guichet's taxonomy into its
/// typed field, a service's attribute without a value into `taxonomy_term_ids`, any
/// other into `attributes`. `seen` lists guichet's single-valued terms already given for
/// this record. The error says what is wrong with a guichet attribute.
pub(crate) fn attach(
    owner: Owner<'_>,
    seen: &mut Vec<&'static str>,
    id: &str,
    taxonomy_term_id: &str,
    value: Option<String>,
) -> Result<(), String> {
    let value = value.filter(|v| !v.trim().is_empty());
    let Some(term) = term_by_id(taxonomy_term_id) else {
        match owner {
            Owner::Service(s) if value.is_none() => {
                if !s.taxonomy_term_ids.iter().any(|t| t == taxonomy_term_id) {
                    s.taxonomy_term_ids.push(taxonomy_term_id.to_owned());
                }
            }
            Owner::Service(s) => s.attributes.push(attribute(id, taxonomy_term_id, value)),
            Owner::Location(l) => l.attributes.push(attribute(id, taxonomy_term_id, value)),
            Owner::Organization(o) => o.attributes.push(attribute(id, taxonomy_term_id, value)),
        }
        return Ok(());
    };
    let entity = owner.entity();
    if !term.applies_to.contains(&entity) {
        let with_article = |e: &str| {
            if e.starts_with(['a', 'e', 'i', 'o', 'u']) {
                format!("an {e}")
            } else {
                format!("a {e}")
            }
        };
        let allowed: Vec<String> = term.applies_to.iter().map(|e| with_article(e)).collect();
        return Err(format!(
            "guichet's term \"{}\" is for {}, not for {}.",
            term.code,
            allowed.join(" or "),
            with_article(entity)
        ));
    }
    let single = !matches!(term.field, Field::Access(_) | Field::Closure | Field::Topic);
    if single {
        if seen.contains(&term.code) {
            return Err(format!(
                "guichet's term \"{}\" is given twice for this {entity}; expected it once.",
                term.code
            ));
        }
        seen.push(term.code);
    }
    let needs_value = |v: Option<String>| -> Result<String, String> {
        v.ok_or_else(|| {
            format!(
                "guichet's term \"{}\" has no value; {}",
                term.code, term.description
            )
        })
    };
    match (term.field, owner) {
        (Field::Access(m), Owner::Service(s)) if !s.access.contains(&m) => s.access.push(m),
        (Field::Welcome, Owner::Service(s)) => {
            let v = needs_value(value)?;
            s.welcome = Welcome::parse(&v).ok_or_else(|| {
                format!(
                    "\"{v}\" is not a welcome; expected one of: everyone, preferential, exclusive."
                )
            })?;
        }
        (Field::Audience, Owner::Service(s)) => s.audience = Some(needs_value(value)?),
        (Field::Closure, Owner::Service(s)) => {
            s.closures.push(parse_closure(&needs_value(value)?)?)
        }
        (Field::Closure, Owner::Location(l)) => {
            l.closures.push(parse_closure(&needs_value(value)?)?)
        }
        (Field::Topic, Owner::Service(s)) => {
            let v = needs_value(value)?.trim().to_owned();
            if !s.topics.contains(&v) {
                s.topics.push(v);
            }
        }
        (Field::CheckEveryMonths, Owner::Service(s)) => {
            let v = needs_value(value)?;
            let n = v.trim().parse::<u32>().ok().filter(|n| *n > 0).ok_or_else(|| {
                format!("\"{v}\" is not a number of months; expected a whole number such as 6 or 12.")
            })?;
            s.check_every_months = Some(n);
        }
        (Field::Free, Owner::Service(s)) => {
            let v = needs_value(value)?;
            s.free =
                Some(parse_bool(&v).ok_or_else(|| {
                    format!("\"{v}\" is not true or false; expected true or false.")
                })?);
        }
        (Field::Wheelchair, Owner::Location(l)) => {
            let v = needs_value(value)?;
            l.wheelchair =
                Some(parse_bool(&v).ok_or_else(|| {
                    format!("\"{v}\" is not true or false; expected true or false.")
                })?);
        }
        // `applies_to` was checked above.
        _ => {}
    }
    Ok(())
}

fn attribute(id: &str, taxonomy_term_id: &str, value: Option<String>) -> Attribute {
    Attribute {
        id: id.to_owned(),
        taxonomy_term_id: taxonomy_term_id.to_owned(),
        value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::is_uuid;

    #[test]
    fn the_fixed_ids_are_the_name_based_ones() {
        assert_eq!(TAXONOMY_ID, uuid5("taxonomy"));
        for t in &TERMS {
            let name = t.code.strip_prefix("guichet:").unwrap_or(t.code);
            assert_eq!(t.id, uuid5(&format!("term:{name}")), "{}", t.code);
            assert!(is_uuid(t.id));
        }
        let mut ids: Vec<_> = TERMS.iter().map(|t| t.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), TERMS.len());
        for m in AccessMode::ALL {
            assert_eq!(term_of(Field::Access(m)).field, Field::Access(m));
        }
    }

    #[test]
    fn closures_are_written_and_read_back() {
        let c = Closure {
            from: NaiveDate::from_ymd_opt(2025, 8, 4).unwrap_or_default(),
            to: NaiveDate::from_ymd_opt(2025, 8, 15).unwrap_or_default(),
            reason: "Travaux dans la salle".to_owned(),
        };
        assert_eq!(
            closure_value(&c),
            "2025-08-04/2025-08-15 Travaux dans la salle"
        );
        assert_eq!(parse_closure(&closure_value(&c)), Ok(c.clone()));
        let bare = Closure {
            reason: String::new(),
            ..c
        };
        assert_eq!(closure_value(&bare), "2025-08-04/2025-08-15");
        assert_eq!(parse_closure("2025-08-04/2025-08-15"), Ok(bare));
        assert!(parse_closure("2025-08-15/2025-08-04 x").is_err());
        assert!(parse_closure("4 août").is_err());
    }
}
