//! The HSDS tabular package: one CSV file per resource, headers exactly as in
//! `datapackage.json`. A row shared by several records (the same phone for a service, its
//! location and its organization) is written once with each of their ids; when that is not
//! possible (two services of the same phone: `phones.csv` has one `service_id`), the
//! second gets an id of its own, made from the first and its parent.

use crate::fields::byday_out;
use crate::guichet::{
    self, location_attributes, organization_attributes, service_attributes, OutAttribute, TERMS,
};
use crate::ids::{child_id, out_id, uuid5};
use crate::package::RESOURCES;
use crate::write_json::{address_type, attending_type, date, location_type, time};
use guichet_domain::directory::{Contact, Directory, Language, Phone, Schedule};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Default)]
struct Table {
    rows: Vec<HashMap<&'static str, String>>,
    /// Row and content of each id written.
    by_id: HashMap<String, (usize, String)>,
}

#[derive(Default)]
struct Package {
    tables: HashMap<&'static str, Table>,
}

fn num(v: Option<f64>) -> String {
    v.filter(|v| v.is_finite())
        .map(|v| v.to_string())
        .unwrap_or_default()
}

fn text(v: Option<&str>) -> String {
    v.unwrap_or_default().to_owned()
}

fn content<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

impl Package {
    /// A record of its own table (ids are unique there).
    fn top(&mut self, path: &'static str, cells: Vec<(&'static str, String)>) {
        let t = self.tables.entry(path).or_default();
        let id = cells
            .iter()
            .find(|(k, _)| *k == "id")
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        if t.by_id.contains_key(&id) {
            return;
        }
        t.by_id.insert(id, (t.rows.len(), String::new()));
        t.rows.push(cells.into_iter().collect());
    }

    /// A row that belongs to a parent through column `link`: the id it was written with.
    fn child(
        &mut self,
        path: &'static str,
        id: String,
        link: &'static str,
        parent: &str,
        content: String,
        cells: Vec<(&'static str, String)>,
    ) -> String {
        let t = self.tables.entry(path).or_default();
        let mut id = id;
        for _ in 0..8 {
            match t.by_id.get(&id) {
                None => break,
                Some((i, c)) if *c == content => {
                    if let Some(row) = t.rows.get_mut(*i) {
                        let cell = row.entry(link).or_default();
                        if cell.is_empty() || cell == parent {
                            *cell = parent.to_owned();
                            return id;
                        }
                    }
                }
                Some(_) => {}
            }
            id = uuid5(&format!("{path}:{parent}:{id}"));
        }
        let mut row: HashMap<&'static str, String> = cells.into_iter().collect();
        row.insert("id", id.clone());
        row.insert(link, parent.to_owned());
        t.by_id.insert(id.clone(), (t.rows.len(), content));
        t.rows.push(row);
        id
    }

    fn languages(&mut self, list: &[Language], link: &'static str, parent: &str) {
        for (i, l) in list.iter().enumerate() {
            self.child(
                "languages.csv",
                child_id(&l.id, parent, "language", i),
                link,
                parent,
                content(l),
                vec![
                    ("name", text(l.name.as_deref())),
                    ("code", text(l.code.as_deref())),
                    ("note", text(l.note.as_deref())),
                ],
            );
        }
    }

    fn phones(&mut self, list: &[Phone], link: &'static str, parent: &str) {
        for (i, p) in list.iter().enumerate() {
            let id = self.child(
                "phones.csv",
                child_id(&p.id, parent, "phone", i),
                link,
                parent,
                content(p),
                vec![
                    ("number", p.number.clone()),
                    ("extension", num(p.extension)),
                    ("type", text(p.kind.as_deref())),
                    ("description", text(p.description.as_deref())),
                ],
            );
            self.languages(&p.languages, "phone_id", &id);
        }
    }

    fn contacts(&mut self, list: &[Contact], link: &'static str, parent: &str) {
        for (i, c) in list.iter().enumerate() {
            let id = self.child(
                "contacts.csv",
                child_id(&c.id, parent, "contact", i),
                link,
                parent,
                content(c),
                vec![
                    ("name", text(c.name.as_deref())),
                    ("title", text(c.title.as_deref())),
                    ("department", text(c.department.as_deref())),
                    ("email", text(c.email.as_deref())),
                ],
            );
            self.phones(&c.phones, "contact_id", &id);
        }
    }

    fn schedules(&mut self, list: &[Schedule], link: &'static str, parent: &str) {
        for (i, s) in list.iter().enumerate() {
            self.child(
                "schedules.csv",
                child_id(&s.id, parent, "schedule", i),
                link,
                parent,
                content(s),
                vec![
                    ("valid_from", s.valid_from.map(date).unwrap_or_default()),
                    ("valid_to", s.valid_to.map(date).unwrap_or_default()),
                    ("dtstart", s.dtstart.map(date).unwrap_or_default()),
                    ("until", s.until.map(date).unwrap_or_default()),
                    ("count", s.count.map(|c| c.to_string()).unwrap_or_default()),
                    ("freq", text(s.freq.as_deref())),
                    (
                        "interval",
                        s.interval.map(|c| c.to_string()).unwrap_or_default(),
                    ),
                    ("byday", byday_out(s).unwrap_or_default()),
                    ("description", text(s.description.as_deref())),
                    ("opens_at", s.opens_at.map(time).unwrap_or_default()),
                    ("closes_at", s.closes_at.map(time).unwrap_or_default()),
                    ("schedule_link", text(s.schedule_link.as_deref())),
                    ("attending_type", attending_type(s).unwrap_or_default()),
                    ("notes", text(s.notes.as_deref())),
                ],
            );
        }
    }

    fn attributes(&mut self, list: Vec<OutAttribute>) {
        for a in list {
            let content = format!(
                "{}\n{}\n{}",
                a.link_entity,
                a.taxonomy_term_id,
                a.value.as_deref().unwrap_or_default()
            );
            self.child(
                "attributes.csv",
                a.id,
                "link_id",
                &a.link_id,
                content,
                vec![
                    ("taxonomy_term_id", a.taxonomy_term_id.clone()),
                    ("link_entity", a.link_entity.to_owned()),
                    ("value", text(a.value.as_deref())),
                ],
            );
        }
    }

    fn files(self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for r in RESOURCES {
            let Some(t) = self.tables.get(r.path) else {
                continue;
            };
            if t.rows.is_empty() {
                continue;
            }
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(Vec::new());
            let mut ok = w.write_record(r.fields).is_ok();
            for row in &t.rows {
                let cells = r
                    .fields
                    .iter()
                    .map(|f| row.get(f).map(String::as_str).unwrap_or_default());
                ok &= w.write_record(cells).is_ok();
            }
            let bytes = w.into_inner().unwrap_or_default();
            if ok {
                out.push((
                    r.path.to_owned(),
                    String::from_utf8_lossy(&bytes).into_owned(),
                ));
            }
        }
        out
    }
}

pub(crate) fn export(dir: &Directory) -> Vec<(String, String)> {
    let mut p = Package::default();
    let mut attributes = Vec::new();
    for o in &dir.organizations {
        let oid = out_id("organization", &o.id);
        p.top(
            "organizations.csv",
            vec![
                ("id", oid.clone()),
                ("name", o.name.clone()),
                ("alternate_name", text(o.alternate_name.as_deref())),
                ("description", o.description.clone()),
                ("email", text(o.email.as_deref())),
                ("website", text(o.website.as_deref())),
                ("legal_status", text(o.legal_status.as_deref())),
                (
                    "parent_organization_id",
                    o.parent_organization_id
                        .as_deref()
                        .map(|x| out_id("organization", x))
                        .unwrap_or_default(),
                ),
            ],
        );
        p.phones(&o.phones, "organization_id", &oid);
        p.contacts(&o.contacts, "organization_id", &oid);
        attributes.extend(organization_attributes(o, &oid));
    }
    for s in &dir.services {
        let sid = out_id("service", &s.id);
        p.top(
            "services.csv",
            vec![
                ("id", sid.clone()),
                (
                    "organization_id",
                    s.organization_id
                        .as_deref()
                        .map(|x| out_id("organization", x))
                        .unwrap_or_default(),
                ),
                ("name", s.name.clone()),
                ("alternate_name", text(s.alternate_name.as_deref())),
                ("description", text(s.description.as_deref())),
                ("url", text(s.url.as_deref())),
                ("email", text(s.email.as_deref())),
                ("status", s.status.code().to_owned()),
                (
                    "interpretation_services",
                    text(s.interpretation_services.as_deref()),
                ),
                (
                    "application_process",
                    text(s.application_process.as_deref()),
                ),
                ("fees_description", text(s.fees_description.as_deref())),
                (
                    "eligibility_description",
                    text(s.eligibility_description.as_deref()),
                ),
                ("minimum_age", num(s.minimum_age)),
                ("maximum_age", num(s.maximum_age)),
                ("assured_date", s.last_checked.map(date).unwrap_or_default()),
                ("alert", text(s.alert.as_deref())),
            ],
        );
        p.phones(&s.phones, "service_id", &sid);
        p.schedules(&s.schedules, "service_id", &sid);
        for (i, a) in s.service_areas.iter().enumerate() {
            p.child(
                "service_areas.csv",
                child_id(&a.id, &sid, "service_area", i),
                "service_id",
                &sid,
                content(a),
                vec![
                    ("name", text(a.name.as_deref())),
                    ("description", text(a.description.as_deref())),
                    ("extent", text(a.extent.as_deref())),
                    ("extent_type", text(a.extent_type.as_deref())),
                    ("uri", text(a.uri.as_deref())),
                ],
            );
        }
        p.languages(&s.languages, "service_id", &sid);
        for (i, c) in s.cost_options.iter().enumerate() {
            p.child(
                "cost_options.csv",
                child_id(&c.id, &sid, "cost_option", i),
                "service_id",
                &sid,
                content(c),
                vec![
                    ("valid_from", c.valid_from.map(date).unwrap_or_default()),
                    ("valid_to", c.valid_to.map(date).unwrap_or_default()),
                    ("option", text(c.option.as_deref())),
                    ("currency", text(c.currency.as_deref())),
                    ("amount", num(c.amount)),
                    ("amount_description", text(c.amount_description.as_deref())),
                ],
            );
        }
        for (i, d) in s.required_documents.iter().enumerate() {
            p.child(
                "required_documents.csv",
                child_id(&d.id, &sid, "required_document", i),
                "service_id",
                &sid,
                content(d),
                vec![
                    ("document", text(d.document.as_deref())),
                    ("uri", text(d.uri.as_deref())),
                ],
            );
        }
        p.contacts(&s.contacts, "service_id", &sid);
        attributes.extend(service_attributes(s, &sid));
    }
    for l in &dir.locations {
        let lid = out_id("location", &l.id);
        p.top(
            "locations.csv",
            vec![
                ("id", lid.clone()),
                ("location_type", location_type(l).to_owned()),
                ("url", text(l.url.as_deref())),
                (
                    "organization_id",
                    l.organization_id
                        .as_deref()
                        .map(|x| out_id("organization", x))
                        .unwrap_or_default(),
                ),
                ("name", text(l.name.as_deref())),
                ("alternate_name", text(l.alternate_name.as_deref())),
                ("description", text(l.description.as_deref())),
                ("transportation", text(l.transportation.as_deref())),
                ("latitude", num(l.latitude)),
                ("longitude", num(l.longitude)),
            ],
        );
        p.languages(&l.languages, "location_id", &lid);
        for (i, a) in l.addresses.iter().enumerate() {
            p.child(
                "addresses.csv",
                child_id(&a.id, &lid, "address", i),
                "location_id",
                &lid,
                content(a),
                vec![
                    ("attention", text(a.attention.as_deref())),
                    ("address_1", a.address_1.clone()),
                    ("address_2", text(a.address_2.as_deref())),
                    ("city", a.city.clone()),
                    ("region", text(a.region.as_deref())),
                    ("state_province", a.state_province.clone()),
                    ("postal_code", a.postal_code.clone()),
                    ("country", a.country.clone()),
                    ("address_type", address_type(a).to_owned()),
                ],
            );
        }
        for (i, a) in l.accessibility.iter().enumerate() {
            p.child(
                "accessibility.csv",
                child_id(&a.id, &lid, "accessibility", i),
                "location_id",
                &lid,
                content(a),
                vec![
                    ("description", text(a.description.as_deref())),
                    ("details", text(a.details.as_deref())),
                    ("url", text(a.url.as_deref())),
                ],
            );
        }
        p.phones(&l.phones, "location_id", &lid);
        p.schedules(&l.schedules, "location_id", &lid);
        attributes.extend(location_attributes(l, &lid));
    }
    for x in &dir.service_at_locations {
        let xid = out_id("service_at_location", &x.id);
        p.top(
            "service_at_location.csv",
            vec![
                ("id", xid.clone()),
                ("service_id", out_id("service", &x.service_id)),
                ("location_id", out_id("location", &x.location_id)),
                ("description", text(x.description.as_deref())),
            ],
        );
        p.contacts(&x.contacts, "service_at_location_id", &xid);
        p.phones(&x.phones, "service_at_location_id", &xid);
        p.schedules(&x.schedules, "service_at_location_id", &xid);
    }
    let uses_guichet = attributes
        .iter()
        .any(|a| guichet::term_by_id(&a.taxonomy_term_id).is_some());
    p.attributes(attributes);

    let mut taxonomies: Vec<_> = dir.taxonomies.clone();
    let mut terms: Vec<_> = dir.taxonomy_terms.clone();
    if uses_guichet {
        taxonomies.push(guichet::taxonomy());
        terms.extend(TERMS.iter().map(guichet::taxonomy_term));
    }
    for t in &taxonomies {
        p.top(
            "taxonomies.csv",
            vec![
                ("id", out_id("taxonomy", &t.id)),
                ("name", t.name.clone()),
                ("description", t.description.clone()),
                ("uri", text(t.uri.as_deref())),
                ("version", text(t.version.as_deref())),
            ],
        );
    }
    for t in &terms {
        p.top(
            "taxonomy_terms.csv",
            vec![
                ("id", out_id("taxonomy_term", &t.id)),
                ("code", text(t.code.as_deref())),
                ("name", t.name.clone()),
                ("description", t.description.clone()),
                (
                    "parent_id",
                    t.parent_id
                        .as_deref()
                        .map(|x| out_id("taxonomy_term", x))
                        .unwrap_or_default(),
                ),
                ("taxonomy", text(t.taxonomy.as_deref())),
                ("language", text(t.language.as_deref())),
                (
                    "taxonomy_id",
                    t.taxonomy_id
                        .as_deref()
                        .map(|x| out_id("taxonomy", x))
                        .unwrap_or_default(),
                ),
                ("term_uri", text(t.term_uri.as_deref())),
            ],
        );
    }
    p.files()
}
