//! HSDS nested JSON, as the HSDS API returns it and as `examples/` shows it.

use crate::builder::Builder;
use crate::fields::{self, Rec, Source};
use crate::guichet::{attach, Owner};
use crate::locate::{place, Locator, Seg};
use crate::{tabular, Import, Problem};
use guichet_domain::directory::{Contact, Location, Organization, Phone};
use serde_json::{Map, Value};

type Obj = Map<String, Value>;

/// The fields of one JSON object.
pub(crate) struct Fields<'v>(pub &'v Obj);

impl Source for Fields<'_> {
    fn text(&self, key: &str) -> Result<Option<String>, String> {
        scalar_text(self.0.get(key))
    }
}

pub(crate) fn scalar_text(v: Option<&Value>) -> Result<Option<String>, String> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok((!s.is_empty()).then(|| s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(Value::Bool(b)) => Ok(Some(b.to_string())),
        Some(Value::Array(_)) => Err("found a list".to_owned()),
        Some(Value::Object(_)) => Err("found an object".to_owned()),
    }
}

/// Reads a whole file of HSDS JSON.
pub(crate) fn read(file: &str, text: &str) -> Import {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Import::failed(syntax_problem(file, &e)),
    };
    if let Value::Object(m) = &value {
        if is_tabular(m) {
            return tabular::read_json_tables(file, text, m);
        }
    }
    let mut r = Reader {
        file,
        loc: Locator::new(text),
        path: Vec::new(),
        problems: Vec::new(),
        b: Builder::default(),
    };
    r.top(&value);
    Import {
        directory: r.b.finish(),
        problems: r.problems,
    }
}

pub(crate) fn syntax_problem(file: &str, e: &serde_json::Error) -> Problem {
    Problem {
        file: file.to_owned(),
        line: Some(e.line()),
        place: format!("column {}", e.column()),
        message: format!(
            "The file is not valid JSON: {e}. Nothing was imported from it; expected a JSON document (check for a missing comma, quote or bracket)."
        ),
    }
}

/// `examples/tabular.json`: the tabular package as one JSON object of file name → rows.
fn is_tabular(m: &Obj) -> bool {
    !m.is_empty() && m.keys().all(|k| k.ends_with(".csv"))
}

/// The HSDS API's root (`{"version": "3.0", "profile": …, "openapi_url": …}`): no records.
fn is_api_info(m: &Obj) -> bool {
    !m.contains_key("id") && (m.contains_key("openapi_url") || m.contains_key("profile"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Service,
    Organization,
    Location,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
}

const SERVICE_KEYS: &[&str] = &[
    "status",
    "service_at_locations",
    "organization",
    "program",
    "program_id",
    "cost_options",
    "required_documents",
    "service_areas",
    "assured_date",
    "assurer_email",
    "interpretation_services",
    "application_process",
    "fees_description",
    "eligibility_description",
    "minimum_age",
    "maximum_age",
    "alert",
    "wait_time",
    "fees",
    "accreditations",
    "licenses",
    "last_modified",
];
const LOCATION_KEYS: &[&str] = &[
    "location_type",
    "addresses",
    "latitude",
    "longitude",
    "transportation",
    "accessibility",
    "external_identifier",
    "external_identifier_type",
];
const SAL_KEYS: &[&str] = &["service", "location", "service_id", "location_id"];
const TERM_KEYS: &[&str] = &[
    "code",
    "parent_id",
    "taxonomy",
    "taxonomy_id",
    "taxonomy_detail",
    "language",
    "term_uri",
];
const ORGANIZATION_KEYS: &[&str] = &[
    "website",
    "tax_status",
    "tax_id",
    "year_incorporated",
    "legal_status",
    "logo",
    "parent_organization_id",
    "funding",
    "contacts",
    "phones",
    "locations",
    "programs",
    "organization_identifiers",
    "services",
    "email",
    "alternate_name",
    "attributes",
];
const TAXONOMY_KEYS: &[&str] = &["uri", "version"];

/// Which HSDS object this is, from the fields only it has.
fn kind_of(m: &Obj) -> Option<Kind> {
    let has = |keys: &[&str]| keys.iter().any(|k| m.contains_key(*k));
    Some(if has(SERVICE_KEYS) {
        Kind::Service
    } else if has(LOCATION_KEYS) {
        Kind::Location
    } else if has(SAL_KEYS) && !m.contains_key("name") {
        Kind::ServiceAtLocation
    } else if has(TERM_KEYS) {
        Kind::TaxonomyTerm
    } else if has(ORGANIZATION_KEYS) {
        Kind::Organization
    } else if has(TAXONOMY_KEYS) {
        Kind::Taxonomy
    } else {
        return None;
    })
}

struct Reader<'t> {
    file: &'t str,
    loc: Locator<'t>,
    path: Vec<Seg>,
    problems: Vec<Problem>,
    b: Builder,
}

impl Reader<'_> {
    fn problem(&mut self, key: Option<&str>, message: String) {
        let mut path = self.path.clone();
        if let Some(k) = key {
            path.push(Seg::Key(k.to_owned()));
        }
        let line = match self.loc.line_of(&path) {
            Some(l) => Some(l),
            None => self.loc.line_of(&self.path),
        };
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line,
            place: place(&path),
            message,
        });
    }

    /// Reports the problems of a record; true when it had none.
    fn checked<S: Source + ?Sized>(&mut self, r: Rec<'_, S>) -> bool {
        let ok = r.problems.is_empty();
        for (key, msg) in r.problems {
            self.problem(Some(&key), format!("{msg} This {} was left out.", r.what));
        }
        ok
    }

    fn top(&mut self, v: &Value) {
        match v {
            Value::Array(items) => self.items(items),
            Value::Object(m) => match m.get("contents") {
                Some(Value::Array(items)) => {
                    self.path.push(Seg::Key("contents".to_owned()));
                    self.items(items);
                    self.path.pop();
                }
                _ if is_api_info(m) => {}
                _ => self.item(m),
            },
            _ => self.problem(
                None,
                "This is not HSDS JSON; expected an HSDS object (a service, an organization, a location, a service_at_location, a taxonomy or a taxonomy term), an array of them, or a paginated list with \"contents\".".to_owned(),
            ),
        }
    }

    fn items(&mut self, items: &[Value]) {
        for (i, item) in items.iter().enumerate() {
            self.path.push(Seg::Index(i));
            match item {
                Value::Object(m) => self.item(m),
                _ => self.problem(
                    None,
                    "This item is not an HSDS object; expected an object such as a service or an organization. It was left out.".to_owned(),
                ),
            }
            self.path.pop();
        }
    }

    fn item(&mut self, m: &Obj) {
        match kind_of(m) {
            Some(Kind::Service) => {
                self.service(m, None);
            }
            Some(Kind::Organization) => {
                self.organization(m);
            }
            Some(Kind::Location) => {
                self.location(m, None);
            }
            Some(Kind::ServiceAtLocation) => {
                self.service_at_location(m, None);
            }
            Some(Kind::Taxonomy) => {
                self.taxonomy(m);
            }
            Some(Kind::TaxonomyTerm) => {
                self.taxonomy_term(m);
            }
            None => self.problem(
                None,
                "Could not tell which HSDS object this is from its fields; expected a service (with \"status\"), an organization, a location (with \"location_type\"), a service_at_location (with \"service_id\" and \"location_id\"), a taxonomy or a taxonomy term. It was left out.".to_owned(),
            ),
        }
    }

    /// Calls `f` on each object of the list at `key`; keeps what it returns.
    fn list<T>(
        &mut self,
        m: &Obj,
        key: &str,
        mut f: impl FnMut(&mut Self, &Obj) -> Option<T>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        match m.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                self.path.push(Seg::Key(key.to_owned()));
                for (i, item) in items.iter().enumerate() {
                    self.path.push(Seg::Index(i));
                    match item {
                        Value::Object(o) => out.extend(f(self, o)),
                        _ => self.problem(
                            None,
                            format!("This item of \"{key}\" is not an object; expected an HSDS object. It was left out."),
                        ),
                    }
                    self.path.pop();
                }
                self.path.pop();
            }
            Some(_) => self.problem(
                Some(key),
                format!("\"{key}\" must be a list; expected [ … ]. It was left out."),
            ),
        }
        out
    }

    /// Calls `f` on the object at `key`, if there is one.
    fn nested<T>(
        &mut self,
        m: &Obj,
        key: &str,
        f: impl FnOnce(&mut Self, &Obj) -> Option<T>,
    ) -> Option<T> {
        match m.get(key) {
            Some(Value::Object(o)) => {
                self.path.push(Seg::Key(key.to_owned()));
                let out = f(self, o);
                self.path.pop();
                out
            }
            None | Some(Value::Null) => None,
            Some(_) => {
                self.problem(
                    Some(key),
                    format!("\"{key}\" must be an object; expected {{ … }}. It was left out."),
                );
                None
            }
        }
    }

    /// A record without nested records of its own.
    fn simple<'v, T>(
        &mut self,
        m: &'v Obj,
        what: &'static str,
        f: impl FnOnce(&mut Rec<'_, Fields<'v>>) -> T,
    ) -> Option<T> {
        let src = Fields(m);
        let mut r = Rec::new(&src, what);
        let out = f(&mut r);
        self.checked(r).then_some(out)
    }

    fn phone(&mut self, m: &Obj) -> Option<Phone> {
        let src = Fields(m);
        let mut r = Rec::new(&src, "phone");
        let mut p = fields::phone(&mut r);
        if !self.checked(r) {
            return None;
        }
        p.languages = self.list(m, "languages", |me, x| {
            me.simple(x, "language", fields::language)
        });
        Some(p)
    }

    fn contact(&mut self, m: &Obj) -> Option<Contact> {
        let src = Fields(m);
        let mut r = Rec::new(&src, "contact");
        let mut c = fields::contact(&mut r);
        if !self.checked(r) {
            return None;
        }
        c.phones = self.list(m, "phones", Self::phone);
        Some(c)
    }

    /// Attributes of a record: guichet's become typed fields.
    fn attributes(&mut self, m: &Obj, mut owner: Owner<'_>) {
        let mut seen = Vec::new();
        self.list(m, "attributes", |me, a| {
            let src = Fields(a);
            let mut r = Rec::new(&src, "attribute");
            let row = fields::attribute(&mut r);
            let nested = me.nested(a, "taxonomy_term", Self::taxonomy_term);
            let term = row.taxonomy_term_id.or(nested);
            if term.is_none() {
                r.bad(
                    "taxonomy_term_id",
                    "The attribute names no taxonomy term; expected \"taxonomy_term_id\" or a nested \"taxonomy_term\" with an id.".to_owned(),
                );
            }
            if !me.checked(r) {
                return None;
            }
            let term = term.unwrap_or_default();
            if let Err(msg) = attach(owner.reborrow(), &mut seen, &row.id, &term, row.value) {
                me.problem(
                    Some("value"),
                    format!("{} This attribute was left out.", capitalise(&msg)),
                );
            }
            Some(())
        });
    }

    fn service(&mut self, m: &Obj, organization: Option<&str>) -> Option<String> {
        let src = Fields(m);
        let mut r = Rec::new(&src, "service");
        let mut s = fields::service(&mut r);
        let ok = self.checked(r);
        let nested_org = self.nested(m, "organization", Self::organization);
        if !ok {
            // Its locations are records of their own and are kept.
            self.list(m, "service_at_locations", |me, sal| {
                me.nested(sal, "location", |me, l| me.location(l, None))
            });
            return None;
        }
        if s.organization_id.is_none() {
            s.organization_id = nested_org
                .or_else(|| nested_id(m, "organization"))
                .or(organization.map(str::to_owned));
        }
        s.phones = self.list(m, "phones", Self::phone);
        s.schedules = self.list(m, "schedules", |me, x| {
            me.simple(x, "schedule", fields::schedule)
        });
        s.service_areas = self.list(m, "service_areas", |me, x| {
            me.simple(x, "service area", fields::service_area)
        });
        s.languages = self.list(m, "languages", |me, x| {
            me.simple(x, "language", fields::language)
        });
        s.cost_options = self.list(m, "cost_options", |me, x| {
            me.simple(x, "cost option", fields::cost_option)
        });
        s.required_documents = self.list(m, "required_documents", |me, x| {
            me.simple(x, "required document", fields::required_document)
        });
        s.contacts = self.list(m, "contacts", Self::contact);
        self.attributes(m, Owner::Service(&mut s));
        let id = s.id.clone();
        self.b.service(s);
        self.list(m, "service_at_locations", |me, x| {
            me.service_at_location(x, Some(&id))
        });
        Some(id)
    }

    fn organization(&mut self, m: &Obj) -> Option<String> {
        let src = Fields(m);
        let mut r = Rec::new(&src, "organization");
        let mut o: Organization = fields::organization(&mut r);
        let ok = self.checked(r);
        let raw_id = nested_id_of(m);
        if ok {
            o.phones = self.list(m, "phones", Self::phone);
            o.contacts = self.list(m, "contacts", Self::contact);
            self.attributes(m, Owner::Organization(&mut o));
            self.b.organization(o);
        }
        // Its locations and services are records of their own.
        self.list(m, "locations", |me, l| me.location(l, raw_id.as_deref()));
        self.list(m, "services", |me, s| me.service(s, raw_id.as_deref()));
        if ok {
            raw_id
        } else {
            None
        }
    }

    fn location(&mut self, m: &Obj, organization: Option<&str>) -> Option<String> {
        let src = Fields(m);
        let mut r = Rec::new(&src, "location");
        let mut l: Location = fields::location(&mut r);
        if !self.checked(r) {
            return None;
        }
        if l.organization_id.is_none() {
            l.organization_id = organization.map(str::to_owned);
        }
        l.languages = self.list(m, "languages", |me, x| {
            me.simple(x, "language", fields::language)
        });
        l.addresses = self.list(m, "addresses", |me, x| {
            me.simple(x, "address", fields::address)
        });
        l.accessibility = self.list(m, "accessibility", |me, x| {
            me.simple(x, "accessibility", fields::accessibility)
        });
        l.phones = self.list(m, "phones", Self::phone);
        l.schedules = self.list(m, "schedules", |me, x| {
            me.simple(x, "schedule", fields::schedule)
        });
        self.attributes(m, Owner::Location(&mut l));
        let id = l.id.clone();
        self.b.location(l);
        Some(id)
    }

    fn service_at_location(&mut self, m: &Obj, service: Option<&str>) -> Option<String> {
        let src = Fields(m);
        let mut r = Rec::new(&src, "service_at_location");
        let mut x = fields::service_at_location(&mut r);
        let location = self.nested(m, "location", |me, l| me.location(l, None));
        let nested_service = self.nested(m, "service", |me, s| me.service(s, None));
        if x.location_id.is_empty() {
            x.location_id = location
                .or_else(|| nested_id(m, "location"))
                .unwrap_or_default();
        }
        if x.service_id.is_empty() {
            x.service_id = service
                .map(str::to_owned)
                .or(nested_service)
                .or_else(|| nested_id(m, "service"))
                .unwrap_or_default();
        }
        if x.location_id.is_empty() {
            r.bad(
                "location_id",
                "The service_at_location names no location; expected a \"location_id\" or a nested \"location\".".to_owned(),
            );
        }
        if x.service_id.is_empty() {
            r.bad(
                "service_id",
                "The service_at_location names no service; expected a \"service_id\" or a nested \"service\".".to_owned(),
            );
        }
        if !self.checked(r) {
            return None;
        }
        x.contacts = self.list(m, "contacts", Self::contact);
        x.phones = self.list(m, "phones", Self::phone);
        x.schedules = self.list(m, "schedules", |me, s| {
            me.simple(s, "schedule", fields::schedule)
        });
        let id = x.id.clone();
        self.b.service_at_location(x);
        Some(id)
    }

    fn taxonomy(&mut self, m: &Obj) -> Option<String> {
        let t = self.simple(m, "taxonomy", fields::taxonomy)?;
        let id = t.id.clone();
        self.b.taxonomy(t);
        Some(id)
    }

    fn taxonomy_term(&mut self, m: &Obj) -> Option<String> {
        let src = Fields(m);
        let mut r = Rec::new(&src, "taxonomy term");
        let mut t = fields::taxonomy_term(&mut r);
        let detail = self.nested(m, "taxonomy_detail", Self::taxonomy);
        if !self.checked(r) {
            return None;
        }
        if t.taxonomy_id.is_none() {
            t.taxonomy_id = detail.or_else(|| nested_id(m, "taxonomy_detail"));
        }
        let id = t.id.clone();
        self.b.taxonomy_term(t);
        Some(id)
    }
}

/// The `id` of the object at `key`, if it has a text one.
fn nested_id(m: &Obj, key: &str) -> Option<String> {
    m.get(key)
        .and_then(|v| v.as_object())
        .and_then(nested_id_of)
}

fn nested_id_of(m: &Obj) -> Option<String> {
    m.get("id")
        .and_then(|v| v.as_str())
        .filter(|s| !s.trim().is_empty())
        .map(str::to_owned)
}

pub(crate) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
