//! Nested HSDS JSON, as the HSDS API returns it: a service with its organization, its
//! service_at_locations and their locations, phones, schedules, attributes…

use crate::fields::byday_out;
use crate::guichet::{
    self, location_attributes, organization_attributes, service_attributes, term_by_id,
    OutAttribute,
};
use crate::ids::{child_id, out_id};
use chrono::{NaiveDate, NaiveTime};
use guichet_domain::directory::{
    Accessibility, Address, Contact, CostOption, Directory, Language, Location, Organization,
    Phone, RequiredDocument, Schedule, Service, ServiceArea, ServiceAtLocation, Taxonomy,
    TaxonomyTerm,
};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

type Obj = Map<String, Value>;

pub(crate) fn put(m: &mut Obj, key: &str, v: Option<&str>) {
    if let Some(v) = v.filter(|v| !v.is_empty()) {
        m.insert(key.to_owned(), Value::String(v.to_owned()));
    }
}

/// A field HSDS requires: written even when empty.
fn put_req(m: &mut Obj, key: &str, v: &str) {
    m.insert(key.to_owned(), Value::String(v.to_owned()));
}

fn put_num(m: &mut Obj, key: &str, v: Option<f64>) {
    if let Some(v) = v.filter(|v| v.is_finite()) {
        m.insert(key.to_owned(), number(v));
    }
}

/// Whole numbers without a decimal point.
fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        Value::from(v as i64)
    } else {
        serde_json::Number::from_f64(v)
            .map(Value::Number)
            .unwrap_or(Value::Null)
    }
}

pub(crate) fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(crate) fn time(t: NaiveTime) -> String {
    t.format("%H:%M:%S").to_string()
}

fn put_date(m: &mut Obj, key: &str, v: Option<NaiveDate>) {
    if let Some(d) = v {
        m.insert(key.to_owned(), Value::String(date(d)));
    }
}

fn put_list(m: &mut Obj, key: &str, items: Vec<Value>) {
    if !items.is_empty() {
        m.insert(key.to_owned(), Value::Array(items));
    }
}

/// A location's type as HSDS allows it (`physical` when guichet has none).
pub(crate) fn location_type(l: &Location) -> &str {
    match l.location_type.trim() {
        "" => "physical",
        t => t,
    }
}

pub(crate) fn address_type(a: &Address) -> &str {
    match a.address_type.trim() {
        "" => "physical",
        t => t,
    }
}

/// `attending_type` as written: guichet's way in, else the source's words.
pub(crate) fn attending_type(s: &Schedule) -> Option<String> {
    s.attending
        .map(|m| m.code().to_owned())
        .or_else(|| s.attending_type.clone())
}

/// What an export already carries nested, by directory id.
#[derive(Default)]
pub(crate) struct Emitted {
    pub organizations: HashSet<String>,
    pub locations: HashSet<String>,
    pub service_at_locations: HashSet<String>,
    pub taxonomy_terms: HashSet<String>,
    pub taxonomies: HashSet<String>,
}

pub(crate) struct Writer<'d> {
    dir: &'d Directory,
    organizations: HashMap<&'d str, &'d Organization>,
    services: HashMap<&'d str, &'d Service>,
    locations: HashMap<&'d str, &'d Location>,
    sals_of_service: HashMap<&'d str, Vec<&'d ServiceAtLocation>>,
    services_of_org: HashMap<&'d str, Vec<&'d Service>>,
    locations_of_org: HashMap<&'d str, Vec<&'d Location>>,
    taxonomies: HashMap<&'d str, &'d Taxonomy>,
    terms: HashMap<&'d str, &'d TaxonomyTerm>,
    pub emitted: Emitted,
}

impl<'d> Writer<'d> {
    pub fn new(dir: &'d Directory) -> Self {
        let mut w = Writer {
            dir,
            organizations: HashMap::new(),
            services: HashMap::new(),
            locations: HashMap::new(),
            sals_of_service: HashMap::new(),
            services_of_org: HashMap::new(),
            locations_of_org: HashMap::new(),
            taxonomies: HashMap::new(),
            terms: HashMap::new(),
            emitted: Emitted::default(),
        };
        for o in &dir.organizations {
            w.organizations.entry(&o.id).or_insert(o);
        }
        for s in &dir.services {
            w.services.entry(&s.id).or_insert(s);
            if let Some(o) = s.organization_id.as_deref() {
                w.services_of_org.entry(o).or_default().push(s);
            }
        }
        for l in &dir.locations {
            w.locations.entry(&l.id).or_insert(l);
            if let Some(o) = l.organization_id.as_deref() {
                w.locations_of_org.entry(o).or_default().push(l);
            }
        }
        for x in &dir.service_at_locations {
            w.sals_of_service.entry(&x.service_id).or_default().push(x);
        }
        for t in &dir.taxonomies {
            w.taxonomies.entry(&t.id).or_insert(t);
        }
        for t in &dir.taxonomy_terms {
            w.terms.entry(&t.id).or_insert(t);
        }
        w
    }

    pub fn find_service(&self, id: &str) -> Option<&'d Service> {
        self.services.get(id).copied()
    }

    pub fn find_organization(&self, id: &str) -> Option<&'d Organization> {
        self.organizations.get(id).copied()
    }

    pub fn find_location(&self, id: &str) -> Option<&'d Location> {
        self.locations.get(id).copied()
    }

    pub fn find_service_at_location(&self, id: &str) -> Option<&'d ServiceAtLocation> {
        self.dir.service_at_locations.iter().find(|x| x.id == id)
    }

    pub fn find_taxonomy(&self, id: &str) -> Option<Taxonomy> {
        self.taxonomies
            .get(id)
            .map(|t| (*t).clone())
            .or_else(|| guichet::is_guichet_taxonomy(id).then(guichet::taxonomy))
    }

    pub fn find_term(&self, id: &str) -> Option<TaxonomyTerm> {
        self.terms
            .get(id)
            .map(|t| (*t).clone())
            .or_else(|| term_by_id(id).map(guichet::taxonomy_term))
    }

    pub fn service(&mut self, s: &Service, with_org: bool, with_sals: bool) -> Value {
        let sid = out_id("service", &s.id);
        let mut m = Obj::new();
        put_req(&mut m, "id", &sid);
        put(
            &mut m,
            "organization_id",
            s.organization_id
                .as_deref()
                .map(|o| out_id("organization", o))
                .as_deref(),
        );
        put_req(&mut m, "name", &s.name);
        put(&mut m, "alternate_name", s.alternate_name.as_deref());
        put(&mut m, "description", s.description.as_deref());
        put(&mut m, "url", s.url.as_deref());
        put(&mut m, "email", s.email.as_deref());
        put_req(&mut m, "status", s.status.code());
        put(
            &mut m,
            "interpretation_services",
            s.interpretation_services.as_deref(),
        );
        put(
            &mut m,
            "application_process",
            s.application_process.as_deref(),
        );
        put(&mut m, "fees_description", s.fees_description.as_deref());
        put(
            &mut m,
            "eligibility_description",
            s.eligibility_description.as_deref(),
        );
        put_num(&mut m, "minimum_age", s.minimum_age);
        put_num(&mut m, "maximum_age", s.maximum_age);
        put_date(&mut m, "assured_date", s.last_checked);
        put(&mut m, "alert", s.alert.as_deref());
        put_list(&mut m, "phones", phones(&s.phones, &sid));
        put_list(&mut m, "schedules", schedules(&s.schedules, &sid));
        put_list(
            &mut m,
            "service_areas",
            s.service_areas
                .iter()
                .enumerate()
                .map(|(i, a)| service_area(a, &sid, i))
                .collect(),
        );
        if with_sals {
            let sals = self
                .sals_of_service
                .get(s.id.as_str())
                .cloned()
                .unwrap_or_default();
            let items = sals
                .into_iter()
                .map(|x| self.service_at_location(x, true, false))
                .collect();
            put_list(&mut m, "service_at_locations", items);
        }
        put_list(&mut m, "languages", languages(&s.languages, &sid));
        if with_org {
            if let Some(o) = s
                .organization_id
                .as_deref()
                .and_then(|o| self.find_organization(o))
            {
                let org = self.organization(o, false, false);
                m.insert("organization".to_owned(), org);
            }
        }
        put_list(
            &mut m,
            "cost_options",
            s.cost_options
                .iter()
                .enumerate()
                .map(|(i, c)| cost_option(c, &sid, i))
                .collect(),
        );
        put_list(
            &mut m,
            "required_documents",
            s.required_documents
                .iter()
                .enumerate()
                .map(|(i, d)| required_document(d, &sid, i))
                .collect(),
        );
        put_list(&mut m, "contacts", contacts(&s.contacts, &sid));
        let attrs = self.attributes(service_attributes(s, &sid));
        put_list(&mut m, "attributes", attrs);
        Value::Object(m)
    }

    /// `with_services`: the organization's services (without their organization), as the
    /// HSDS API's `/organizations/{id}` does; the key is there even when the list is empty.
    pub fn organization(
        &mut self,
        o: &Organization,
        with_services: bool,
        with_locations: bool,
    ) -> Value {
        self.emitted.organizations.insert(o.id.clone());
        let oid = out_id("organization", &o.id);
        let mut m = Obj::new();
        put_req(&mut m, "id", &oid);
        put_req(&mut m, "name", &o.name);
        put(&mut m, "alternate_name", o.alternate_name.as_deref());
        put_req(&mut m, "description", &o.description);
        put(&mut m, "email", o.email.as_deref());
        put(&mut m, "website", o.website.as_deref());
        put(&mut m, "legal_status", o.legal_status.as_deref());
        put(
            &mut m,
            "parent_organization_id",
            o.parent_organization_id
                .as_deref()
                .map(|p| out_id("organization", p))
                .as_deref(),
        );
        put_list(&mut m, "contacts", contacts(&o.contacts, &oid));
        put_list(&mut m, "phones", phones(&o.phones, &oid));
        if with_locations {
            let locs = self
                .locations_of_org
                .get(o.id.as_str())
                .cloned()
                .unwrap_or_default();
            let items = locs.into_iter().map(|l| self.location(l)).collect();
            put_list(&mut m, "locations", items);
        }
        let attrs = self.attributes(organization_attributes(o, &oid));
        put_list(&mut m, "attributes", attrs);
        if with_services {
            let services = self
                .services_of_org
                .get(o.id.as_str())
                .cloned()
                .unwrap_or_default();
            let items = services
                .into_iter()
                .map(|s| self.service(s, false, true))
                .collect();
            m.insert("services".to_owned(), Value::Array(items));
        }
        Value::Object(m)
    }

    pub fn location(&mut self, l: &Location) -> Value {
        self.emitted.locations.insert(l.id.clone());
        let lid = out_id("location", &l.id);
        let mut m = Obj::new();
        put_req(&mut m, "id", &lid);
        put_req(&mut m, "location_type", location_type(l));
        put(&mut m, "url", l.url.as_deref());
        put(
            &mut m,
            "organization_id",
            l.organization_id
                .as_deref()
                .map(|o| out_id("organization", o))
                .as_deref(),
        );
        put(&mut m, "name", l.name.as_deref());
        put(&mut m, "alternate_name", l.alternate_name.as_deref());
        put(&mut m, "description", l.description.as_deref());
        put(&mut m, "transportation", l.transportation.as_deref());
        put_num(&mut m, "latitude", l.latitude);
        put_num(&mut m, "longitude", l.longitude);
        put_list(&mut m, "languages", languages(&l.languages, &lid));
        put_list(
            &mut m,
            "addresses",
            l.addresses
                .iter()
                .enumerate()
                .map(|(i, a)| address(a, &lid, i))
                .collect(),
        );
        put_list(
            &mut m,
            "accessibility",
            l.accessibility
                .iter()
                .enumerate()
                .map(|(i, a)| accessibility(a, &lid, i))
                .collect(),
        );
        put_list(&mut m, "phones", phones(&l.phones, &lid));
        put_list(&mut m, "schedules", schedules(&l.schedules, &lid));
        let attrs = self.attributes(location_attributes(l, &lid));
        put_list(&mut m, "attributes", attrs);
        Value::Object(m)
    }

    pub fn service_at_location(
        &mut self,
        x: &ServiceAtLocation,
        with_location: bool,
        with_service: bool,
    ) -> Value {
        self.emitted.service_at_locations.insert(x.id.clone());
        let xid = out_id("service_at_location", &x.id);
        let mut m = Obj::new();
        put_req(&mut m, "id", &xid);
        put(
            &mut m,
            "service_id",
            Some(out_id("service", &x.service_id).as_str()),
        );
        put(
            &mut m,
            "location_id",
            Some(out_id("location", &x.location_id).as_str()),
        );
        put(&mut m, "description", x.description.as_deref());
        put_list(&mut m, "contacts", contacts(&x.contacts, &xid));
        put_list(&mut m, "phones", phones(&x.phones, &xid));
        put_list(&mut m, "schedules", schedules(&x.schedules, &xid));
        if with_location {
            if let Some(l) = self.find_location(&x.location_id) {
                let loc = self.location(l);
                m.insert("location".to_owned(), loc);
            }
        }
        if with_service {
            if let Some(s) = self.find_service(&x.service_id) {
                let svc = self.service(s, true, false);
                m.insert("service".to_owned(), svc);
            }
        }
        Value::Object(m)
    }

    pub fn taxonomy(&mut self, t: &Taxonomy) -> Value {
        self.emitted.taxonomies.insert(t.id.clone());
        let mut m = Obj::new();
        put_req(&mut m, "id", &out_id("taxonomy", &t.id));
        put_req(&mut m, "name", &t.name);
        put_req(&mut m, "description", &t.description);
        put(&mut m, "uri", t.uri.as_deref());
        put(&mut m, "version", t.version.as_deref());
        Value::Object(m)
    }

    pub fn taxonomy_term(&mut self, t: &TaxonomyTerm) -> Value {
        self.emitted.taxonomy_terms.insert(t.id.clone());
        let mut m = Obj::new();
        put_req(&mut m, "id", &out_id("taxonomy_term", &t.id));
        put(&mut m, "code", t.code.as_deref());
        put_req(&mut m, "name", &t.name);
        put_req(&mut m, "description", &t.description);
        put(
            &mut m,
            "parent_id",
            t.parent_id
                .as_deref()
                .map(|p| out_id("taxonomy_term", p))
                .as_deref(),
        );
        put(&mut m, "taxonomy", t.taxonomy.as_deref());
        if let Some(tx) = t
            .taxonomy_id
            .as_deref()
            .and_then(|id| self.find_taxonomy(id))
        {
            let detail = self.taxonomy(&tx);
            m.insert("taxonomy_detail".to_owned(), detail);
        }
        put(&mut m, "language", t.language.as_deref());
        put(
            &mut m,
            "taxonomy_id",
            t.taxonomy_id
                .as_deref()
                .map(|x| out_id("taxonomy", x))
                .as_deref(),
        );
        put(&mut m, "term_uri", t.term_uri.as_deref());
        Value::Object(m)
    }

    fn attributes(&mut self, attrs: Vec<OutAttribute>) -> Vec<Value> {
        attrs
            .into_iter()
            .map(|a| {
                let mut m = Obj::new();
                put_req(&mut m, "id", &a.id);
                put_req(&mut m, "link_id", &a.link_id);
                put_req(&mut m, "link_entity", a.link_entity);
                put_req(&mut m, "taxonomy_term_id", &a.taxonomy_term_id);
                put(&mut m, "value", a.value.as_deref());
                if let Some(t) = self.find_term(&a.term_in_directory) {
                    let term = self.taxonomy_term(&t);
                    m.insert("taxonomy_term".to_owned(), term);
                }
                Value::Object(m)
            })
            .collect()
    }
}

fn phones(list: &[Phone], parent: &str) -> Vec<Value> {
    list.iter()
        .enumerate()
        .map(|(i, p)| phone(p, parent, i))
        .collect()
}

fn phone(p: &Phone, parent: &str, i: usize) -> Value {
    let pid = child_id(&p.id, parent, "phone", i);
    let mut m = Obj::new();
    put_req(&mut m, "id", &pid);
    put_req(&mut m, "number", &p.number);
    put_num(&mut m, "extension", p.extension);
    put(&mut m, "type", p.kind.as_deref());
    put(&mut m, "description", p.description.as_deref());
    put_list(&mut m, "languages", languages(&p.languages, &pid));
    Value::Object(m)
}

fn contacts(list: &[Contact], parent: &str) -> Vec<Value> {
    list.iter()
        .enumerate()
        .map(|(i, c)| {
            let cid = child_id(&c.id, parent, "contact", i);
            let mut m = Obj::new();
            put_req(&mut m, "id", &cid);
            put(&mut m, "name", c.name.as_deref());
            put(&mut m, "title", c.title.as_deref());
            put(&mut m, "department", c.department.as_deref());
            put(&mut m, "email", c.email.as_deref());
            put_list(&mut m, "phones", phones(&c.phones, &cid));
            Value::Object(m)
        })
        .collect()
}

fn languages(list: &[Language], parent: &str) -> Vec<Value> {
    list.iter()
        .enumerate()
        .map(|(i, l)| {
            let mut m = Obj::new();
            put_req(&mut m, "id", &child_id(&l.id, parent, "language", i));
            put(&mut m, "name", l.name.as_deref());
            put(&mut m, "code", l.code.as_deref());
            put(&mut m, "note", l.note.as_deref());
            Value::Object(m)
        })
        .collect()
}

fn schedules(list: &[Schedule], parent: &str) -> Vec<Value> {
    list.iter()
        .enumerate()
        .map(|(i, s)| {
            let mut m = Obj::new();
            put_req(&mut m, "id", &child_id(&s.id, parent, "schedule", i));
            put_date(&mut m, "valid_from", s.valid_from);
            put_date(&mut m, "valid_to", s.valid_to);
            put_date(&mut m, "dtstart", s.dtstart);
            put_date(&mut m, "until", s.until);
            if let Some(c) = s.count {
                m.insert("count".to_owned(), Value::from(c));
            }
            put(&mut m, "freq", s.freq.as_deref());
            if let Some(n) = s.interval {
                m.insert("interval".to_owned(), Value::from(n));
            }
            put(&mut m, "byday", byday_out(s).as_deref());
            put(&mut m, "description", s.description.as_deref());
            put(&mut m, "opens_at", s.opens_at.map(time).as_deref());
            put(&mut m, "closes_at", s.closes_at.map(time).as_deref());
            put(&mut m, "schedule_link", s.schedule_link.as_deref());
            put(&mut m, "attending_type", attending_type(s).as_deref());
            put(&mut m, "notes", s.notes.as_deref());
            Value::Object(m)
        })
        .collect()
}

fn address(a: &Address, parent: &str, i: usize) -> Value {
    let mut m = Obj::new();
    put_req(&mut m, "id", &child_id(&a.id, parent, "address", i));
    put(&mut m, "attention", a.attention.as_deref());
    put_req(&mut m, "address_1", &a.address_1);
    put(&mut m, "address_2", a.address_2.as_deref());
    put_req(&mut m, "city", &a.city);
    put(&mut m, "region", a.region.as_deref());
    put_req(&mut m, "state_province", &a.state_province);
    put_req(&mut m, "postal_code", &a.postal_code);
    put_req(&mut m, "country", &a.country);
    put_req(&mut m, "address_type", address_type(a));
    Value::Object(m)
}

fn accessibility(a: &Accessibility, parent: &str, i: usize) -> Value {
    let mut m = Obj::new();
    put_req(&mut m, "id", &child_id(&a.id, parent, "accessibility", i));
    put(&mut m, "description", a.description.as_deref());
    put(&mut m, "details", a.details.as_deref());
    put(&mut m, "url", a.url.as_deref());
    Value::Object(m)
}

fn cost_option(c: &CostOption, parent: &str, i: usize) -> Value {
    let mut m = Obj::new();
    put_req(&mut m, "id", &child_id(&c.id, parent, "cost_option", i));
    put_date(&mut m, "valid_from", c.valid_from);
    put_date(&mut m, "valid_to", c.valid_to);
    put(&mut m, "option", c.option.as_deref());
    put(&mut m, "currency", c.currency.as_deref());
    put_num(&mut m, "amount", c.amount);
    put(
        &mut m,
        "amount_description",
        c.amount_description.as_deref(),
    );
    Value::Object(m)
}

fn required_document(d: &RequiredDocument, parent: &str, i: usize) -> Value {
    let mut m = Obj::new();
    put_req(
        &mut m,
        "id",
        &child_id(&d.id, parent, "required_document", i),
    );
    put(&mut m, "document", d.document.as_deref());
    put(&mut m, "uri", d.uri.as_deref());
    Value::Object(m)
}

fn service_area(a: &ServiceArea, parent: &str, i: usize) -> Value {
    let mut m = Obj::new();
    put_req(&mut m, "id", &child_id(&a.id, parent, "service_area", i));
    put(&mut m, "name", a.name.as_deref());
    put(&mut m, "description", a.description.as_deref());
    put(&mut m, "extent", a.extent.as_deref());
    put(&mut m, "extent_type", a.extent_type.as_deref());
    put(&mut m, "uri", a.uri.as_deref());
    Value::Object(m)
}

/// The whole directory: every service nested, then what the services do not carry.
pub(crate) fn export(dir: &Directory) -> Value {
    let mut w = Writer::new(dir);
    let mut items: Vec<Value> = dir
        .services
        .iter()
        .map(|s| w.service(s, true, true))
        .collect();
    for o in &dir.organizations {
        if !w.emitted.organizations.contains(&o.id) {
            items.push(w.organization(o, true, true));
        }
    }
    for l in &dir.locations {
        if !w.emitted.locations.contains(&l.id) {
            items.push(w.location(l));
        }
    }
    for x in &dir.service_at_locations {
        if !w.emitted.service_at_locations.contains(&x.id) {
            items.push(w.service_at_location(x, true, false));
        }
    }
    for t in &dir.taxonomy_terms {
        if !w.emitted.taxonomy_terms.contains(&t.id) {
            items.push(w.taxonomy_term(t));
        }
    }
    for t in &dir.taxonomies {
        if !w.emitted.taxonomies.contains(&t.id) {
            items.push(w.taxonomy(t));
        }
    }
    Value::Array(items)
}
