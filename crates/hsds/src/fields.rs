//! The fields of each HSDS record, read the same way from a nested JSON object and from a
//! row of the tabular package: what is required, what each value must look like, and the
//! plain-English message when it does not.

use chrono::{NaiveDate, NaiveTime, Weekday};
use guichet_domain::directory::AccessMode;
use guichet_domain::directory::{
    Accessibility, Address, Contact, CostOption, Language, Location, Organization, Phone,
    RequiredDocument, Schedule, Service, ServiceArea, ServiceAtLocation, ServiceStatus, Taxonomy,
    TaxonomyTerm,
};

/// Where the fields of one record come from.
pub(crate) trait Source {
    /// The text of field `key`: `None` when it is absent, null or empty; an error message
    /// when it holds something that is not text (a list, an object).
    fn text(&self, key: &str) -> Result<Option<String>, String>;
}

/// One record being read: its fields and what was wrong with them.
pub(crate) struct Rec<'s, S: ?Sized> {
    src: &'s S,
    /// What the record is, for messages ("service", "schedule"…).
    pub what: &'static str,
    /// (field, message) for each problem found.
    pub problems: Vec<(String, String)>,
}

impl<'s, S: Source + ?Sized> Rec<'s, S> {
    pub fn new(src: &'s S, what: &'static str) -> Self {
        Rec {
            src,
            what,
            problems: Vec::new(),
        }
    }

    pub fn bad(&mut self, key: &str, message: String) {
        self.problems.push((key.to_owned(), message));
    }

    /// An optional text field.
    pub fn opt(&mut self, key: &str) -> Option<String> {
        match self.src.text(key) {
            Ok(v) => v,
            Err(msg) => {
                self.bad(key, format!("\"{key}\" must be text; {msg}."));
                None
            }
        }
    }

    /// A text field the record cannot do without.
    pub fn req(&mut self, key: &str) -> String {
        match self.src.text(key) {
            Ok(Some(v)) if !v.trim().is_empty() => v,
            Ok(_) => {
                let what = self.what;
                self.bad(
                    key,
                    format!("\"{key}\" is missing; every {what} needs one."),
                );
                String::new()
            }
            Err(msg) => {
                self.bad(key, format!("\"{key}\" must be text; {msg}."));
                String::new()
            }
        }
    }

    /// A text field HSDS requires but guichet can do without (read as empty).
    pub fn lenient(&mut self, key: &str) -> String {
        self.opt(key).unwrap_or_default()
    }

    pub fn date(&mut self, key: &str) -> Option<NaiveDate> {
        let raw = self.opt(key)?;
        match parse_date(&raw) {
            Some(d) => Some(d),
            None => {
                self.bad(
                    key,
                    format!(
                        "\"{raw}\" in \"{key}\" is not a date; expected YYYY-MM-DD (for example 2025-03-31)."
                    ),
                );
                None
            }
        }
    }

    pub fn time(&mut self, key: &str) -> Option<NaiveTime> {
        let raw = self.opt(key)?;
        match parse_time(&raw) {
            Some(t) => Some(t),
            None => {
                self.bad(
                    key,
                    format!(
                        "\"{raw}\" in \"{key}\" is not a time; expected HH:MM or HH:MM:SS on a 24-hour clock (for example 09:00 or 17:30:00)."
                    ),
                );
                None
            }
        }
    }

    pub fn number(&mut self, key: &str) -> Option<f64> {
        let raw = self.opt(key)?;
        match raw.trim().parse::<f64>() {
            Ok(n) if n.is_finite() => Some(n),
            _ => {
                self.bad(
                    key,
                    format!(
                        "\"{raw}\" in \"{key}\" is not a number; expected digits with an optional decimal point (for example 12 or 50.4)."
                    ),
                );
                None
            }
        }
    }

    /// A whole number, 0 or more (`3` or `3.0`).
    pub fn count(&mut self, key: &str) -> Option<u32> {
        let raw = self.opt(key)?;
        let n = raw.trim().parse::<f64>().ok().filter(|n| {
            n.is_finite() && *n >= 0.0 && n.fract() == 0.0 && *n <= f64::from(u32::MAX)
        });
        match n {
            // The filter above keeps whole numbers within u32.
            Some(n) => Some(n as u32),
            None => {
                self.bad(
                    key,
                    format!("\"{raw}\" in \"{key}\" is not a whole number; expected 0 or more (for example 2)."),
                );
                None
            }
        }
    }

    /// A required field whose value is one of `allowed` (compared without case).
    pub fn one_of(&mut self, key: &str, allowed: &[&str]) -> String {
        let raw = self.req(key);
        if raw.is_empty() {
            return raw;
        }
        match allowed.iter().find(|a| a.eq_ignore_ascii_case(raw.trim())) {
            Some(a) => (*a).to_owned(),
            None => {
                self.bad(
                    key,
                    format!(
                        "\"{raw}\" is not a valid \"{key}\"; expected one of: {}.",
                        allowed.join(", ")
                    ),
                );
                String::new()
            }
        }
    }
}

pub(crate) fn parse_date(raw: &str) -> Option<NaiveDate> {
    let raw = raw.trim();
    // A date-time is accepted for its day (some sources write `2025-02-14T00:00:00Z`).
    let day = match raw.split_once('T') {
        Some((d, _)) if raw.len() > 10 => d,
        _ => raw,
    };
    if day.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

pub(crate) fn parse_time(raw: &str) -> Option<NaiveTime> {
    let raw = raw.trim();
    let digits_and_colons = raw
        .chars()
        .all(|c| c.is_ascii_digit() || c == ':' || c == '.');
    if !digits_and_colons || !raw.contains(':') {
        return None;
    }
    ["%H:%M:%S%.f", "%H:%M:%S", "%H:%M"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(raw, f).ok())
}

/// HSDS `byday`: the plain weekdays, and the text as written when it held more than plain
/// weekdays (`2MO`, `-1FR`). `None` when a part is not a day at all.
pub(crate) fn parse_byday(raw: &str) -> Option<(Vec<Weekday>, Option<String>)> {
    let mut days = Vec::new();
    let mut plain = true;
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let upper = part.to_ascii_uppercase();
        let split = upper.len().checked_sub(2)?;
        let (n, day) = upper.split_at(split);
        let day = weekday(day)?;
        if !n.is_empty() {
            let digits = n.strip_prefix(['+', '-']).unwrap_or(n);
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            plain = false;
        }
        if !days.contains(&day) {
            days.push(day);
        }
    }
    Some((days, (!plain).then(|| raw.trim().to_owned())))
}

fn weekday(two: &str) -> Option<Weekday> {
    Some(match two {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

pub(crate) fn weekday_code(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

/// `byday` as written out: the raw text when there was one, else the plain days.
pub(crate) fn byday_out(s: &Schedule) -> Option<String> {
    if let Some(raw) = s.byday_raw.as_deref().filter(|r| !r.trim().is_empty()) {
        return Some(raw.to_owned());
    }
    (!s.byday.is_empty()).then(|| {
        s.byday
            .iter()
            .map(|d| weekday_code(*d))
            .collect::<Vec<_>>()
            .join(",")
    })
}

pub(crate) const STATUSES: [&str; 4] = ["active", "inactive", "defunct", "temporarily closed"];
pub(crate) const PLACE_TYPES: [&str; 3] = ["physical", "postal", "virtual"];

pub(crate) fn organization<S: Source + ?Sized>(r: &mut Rec<S>) -> Organization {
    Organization {
        id: r.req("id"),
        name: r.req("name"),
        alternate_name: r.opt("alternate_name"),
        description: r.lenient("description"),
        email: r.opt("email"),
        website: r.opt("website"),
        legal_status: r.opt("legal_status"),
        parent_organization_id: r.opt("parent_organization_id"),
        ..Organization::default()
    }
}

pub(crate) fn service<S: Source + ?Sized>(r: &mut Rec<S>) -> Service {
    let id = r.req("id");
    let name = r.req("name");
    let status_raw = r.req("status");
    let status = if status_raw.is_empty() {
        ServiceStatus::default()
    } else {
        match ServiceStatus::parse(&status_raw) {
            Some(s) => s,
            None => {
                r.bad(
                    "status",
                    format!(
                        "\"{status_raw}\" is not a valid \"status\"; expected one of: {}.",
                        STATUSES.join(", ")
                    ),
                );
                ServiceStatus::default()
            }
        }
    };
    Service {
        id,
        organization_id: r.opt("organization_id"),
        name,
        alternate_name: r.opt("alternate_name"),
        description: r.opt("description"),
        url: r.opt("url"),
        email: r.opt("email"),
        status,
        interpretation_services: r.opt("interpretation_services"),
        application_process: r.opt("application_process"),
        fees_description: r.opt("fees_description"),
        eligibility_description: r.opt("eligibility_description"),
        minimum_age: r.number("minimum_age"),
        maximum_age: r.number("maximum_age"),
        last_checked: r.date("assured_date"),
        alert: r.opt("alert"),
        ..Service::default()
    }
}

pub(crate) fn location<S: Source + ?Sized>(r: &mut Rec<S>) -> Location {
    Location {
        id: r.req("id"),
        location_type: r.one_of("location_type", &PLACE_TYPES),
        url: r.opt("url"),
        organization_id: r.opt("organization_id"),
        name: r.opt("name"),
        alternate_name: r.opt("alternate_name"),
        description: r.opt("description"),
        transportation: r.opt("transportation"),
        latitude: r.number("latitude"),
        longitude: r.number("longitude"),
        ..Location::default()
    }
}

/// `service_id` and `location_id` are read as given; the caller requires them (in a
/// nested object they can come from the parent or the nested objects instead).
pub(crate) fn service_at_location<S: Source + ?Sized>(r: &mut Rec<S>) -> ServiceAtLocation {
    ServiceAtLocation {
        id: r.req("id"),
        service_id: r.opt("service_id").unwrap_or_default(),
        location_id: r.opt("location_id").unwrap_or_default(),
        description: r.opt("description"),
        ..ServiceAtLocation::default()
    }
}

pub(crate) fn phone<S: Source + ?Sized>(r: &mut Rec<S>) -> Phone {
    Phone {
        id: r.req("id"),
        number: r.req("number"),
        extension: r.number("extension"),
        kind: r.opt("type"),
        description: r.opt("description"),
        languages: Vec::new(),
    }
}

pub(crate) fn contact<S: Source + ?Sized>(r: &mut Rec<S>) -> Contact {
    Contact {
        id: r.req("id"),
        name: r.opt("name"),
        title: r.opt("title"),
        department: r.opt("department"),
        email: r.opt("email"),
        phones: Vec::new(),
    }
}

pub(crate) fn language<S: Source + ?Sized>(r: &mut Rec<S>) -> Language {
    Language {
        id: r.req("id"),
        name: r.opt("name"),
        code: r.opt("code"),
        note: r.opt("note"),
    }
}

pub(crate) fn schedule<S: Source + ?Sized>(r: &mut Rec<S>) -> Schedule {
    let id = r.req("id");
    let freq = r.opt("freq").map(|f| f.trim().to_ascii_uppercase());
    if let Some(f) = freq.as_deref() {
        if f != "WEEKLY" && f != "MONTHLY" {
            r.bad(
                "freq",
                format!("\"{f}\" is not a valid \"freq\"; expected one of: WEEKLY, MONTHLY."),
            );
        }
    }
    let (byday, byday_raw) = match r.opt("byday") {
        None => (Vec::new(), None),
        Some(raw) => match parse_byday(&raw) {
            Some(days) => days,
            None => {
                r.bad(
                    "byday",
                    format!(
                        "\"{raw}\" in \"byday\" is not a list of days; expected two-letter days separated by commas (MO,TU,WE,TH,FR,SA,SU), each with an optional number before it (2MO, -1FR)."
                    ),
                );
                (Vec::new(), None)
            }
        },
    };
    let (attending, attending_type) = match r.opt("attending_type") {
        None => (None, None),
        Some(raw) => match AccessMode::parse(&raw) {
            Some(m) => (Some(m), None),
            None => (None, Some(raw)),
        },
    };
    Schedule {
        id,
        attending,
        attending_type,
        freq,
        interval: r.count("interval"),
        byday,
        byday_raw,
        opens_at: r.time("opens_at"),
        closes_at: r.time("closes_at"),
        valid_from: r.date("valid_from"),
        valid_to: r.date("valid_to"),
        dtstart: r.date("dtstart"),
        until: r.date("until"),
        count: r.count("count"),
        description: r.opt("description"),
        notes: r.opt("notes"),
        schedule_link: r.opt("schedule_link"),
    }
}

pub(crate) fn address<S: Source + ?Sized>(r: &mut Rec<S>) -> Address {
    Address {
        id: r.req("id"),
        attention: r.opt("attention"),
        address_1: r.req("address_1"),
        address_2: r.opt("address_2"),
        city: r.req("city"),
        region: r.opt("region"),
        state_province: r.lenient("state_province"),
        postal_code: r.req("postal_code"),
        country: r.req("country"),
        address_type: r.one_of("address_type", &PLACE_TYPES),
    }
}

pub(crate) fn accessibility<S: Source + ?Sized>(r: &mut Rec<S>) -> Accessibility {
    Accessibility {
        id: r.req("id"),
        description: r.opt("description"),
        details: r.opt("details"),
        url: r.opt("url"),
    }
}

pub(crate) fn cost_option<S: Source + ?Sized>(r: &mut Rec<S>) -> CostOption {
    CostOption {
        id: r.req("id"),
        valid_from: r.date("valid_from"),
        valid_to: r.date("valid_to"),
        option: r.opt("option"),
        currency: r.opt("currency"),
        amount: r.number("amount"),
        amount_description: r.opt("amount_description"),
    }
}

pub(crate) fn required_document<S: Source + ?Sized>(r: &mut Rec<S>) -> RequiredDocument {
    RequiredDocument {
        id: r.req("id"),
        document: r.opt("document"),
        uri: r.opt("uri"),
    }
}

pub(crate) fn service_area<S: Source + ?Sized>(r: &mut Rec<S>) -> ServiceArea {
    ServiceArea {
        id: r.req("id"),
        name: r.opt("name"),
        description: r.opt("description"),
        extent: r.opt("extent"),
        extent_type: r.opt("extent_type"),
        uri: r.opt("uri"),
    }
}

pub(crate) fn taxonomy<S: Source + ?Sized>(r: &mut Rec<S>) -> Taxonomy {
    Taxonomy {
        id: r.req("id"),
        name: r.req("name"),
        description: r.lenient("description"),
        uri: r.opt("uri"),
        version: r.opt("version"),
    }
}

pub(crate) fn taxonomy_term<S: Source + ?Sized>(r: &mut Rec<S>) -> TaxonomyTerm {
    TaxonomyTerm {
        id: r.req("id"),
        code: r.opt("code"),
        name: r.req("name"),
        description: r.lenient("description"),
        parent_id: r.opt("parent_id"),
        taxonomy: r.opt("taxonomy"),
        taxonomy_id: r.opt("taxonomy_id"),
        language: r.opt("language"),
        term_uri: r.opt("term_uri"),
    }
}

/// An attribute row: its id, the taxonomy term it names (if given as a field) and its value.
pub(crate) struct AttributeRow {
    pub id: String,
    pub taxonomy_term_id: Option<String>,
    pub value: Option<String>,
}

pub(crate) fn attribute<S: Source + ?Sized>(r: &mut Rec<S>) -> AttributeRow {
    AttributeRow {
        id: r.req("id"),
        taxonomy_term_id: r.opt("taxonomy_term_id"),
        value: r.opt("value"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_dates_and_days() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        assert_eq!(parse_time("10:00"), t(10, 0));
        assert_eq!(parse_time("10:00:00"), t(10, 0));
        assert_eq!(parse_time("9:30"), t(9, 30));
        for bad in ["9h", "9", "25:00", "10h30", "", "10:00Z", "morning"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
        assert_eq!(
            parse_date("2005-01-01"),
            NaiveDate::from_ymd_opt(2005, 1, 1)
        );
        assert_eq!(
            parse_date("2025-02-14T10:00:00Z"),
            NaiveDate::from_ymd_opt(2025, 2, 14)
        );
        assert_eq!(parse_date("14/02/2025"), None);
        assert_eq!(parse_date("2025-2-14"), None);
        assert_eq!(
            parse_byday("TH,FR"),
            Some((vec![Weekday::Thu, Weekday::Fri], None))
        );
        assert_eq!(
            parse_byday("2MO, -1fr"),
            Some((
                vec![Weekday::Mon, Weekday::Fri],
                Some("2MO, -1fr".to_owned())
            ))
        );
        assert_eq!(parse_byday("XX"), None);
        assert_eq!(parse_byday("M"), None);
        assert_eq!(parse_byday("xMO"), None);
    }
}
