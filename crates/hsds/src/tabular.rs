//! The HSDS tabular package: one CSV file per resource of `datapackage.json` (or the same
//! rows as JSON, `examples/tabular.json`), joined back into nested records by their ids.

use crate::builder::Builder;
use crate::fields::{self, Rec, Source};
use crate::guichet::{attach, Owner};
use crate::package::{resource, RESOURCES};
use crate::read_json::{capitalise, scalar_text};
use crate::{Import, Problem};
use guichet_domain::directory::{Contact, Language, Phone, ServiceAtLocation};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// One row: where it is, and its cells by column.
pub(crate) struct Row {
    line: Option<usize>,
    /// Put before a column to make the place of a problem ("" for a CSV file).
    prefix: String,
    cells: HashMap<String, String>,
}

impl Source for Row {
    fn text(&self, key: &str) -> Result<Option<String>, String> {
        Ok(self.cells.get(key).filter(|v| !v.is_empty()).cloned())
    }
}

/// The rows of one resource.
pub(crate) struct Sheet {
    /// The file named in problems.
    file: String,
    /// The resource's file in the package (`services.csv`).
    path: &'static str,
    rows: Vec<Row>,
}

/// Files of the package guichet has no place for; read without complaint, not imported.
const NOT_MODELED: &[&str] = &[
    "programs.csv",
    "funding.csv",
    "metadata.csv",
    "meta_table_descriptions.csv",
    "organization_identifiers.csv",
];

fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// The resource a file name is for; `service_at_locations.csv` is taken for
/// `service_at_location.csv`.
fn resource_path(name: &str) -> Option<&'static str> {
    let base = base_name(name).trim().to_ascii_lowercase();
    let base = if base == "service_at_locations.csv" {
        "service_at_location.csv".to_owned()
    } else {
        base
    };
    resource(&base).map(|r| r.path)
}

fn file_problem(file: &str, line: Option<usize>, place: &str, message: String) -> Problem {
    Problem {
        file: file.to_owned(),
        line,
        place: place.to_owned(),
        message,
    }
}

pub(crate) fn read_csv(files: &[(String, String)]) -> Import {
    let mut problems = Vec::new();
    let mut sheets = Vec::new();
    for (name, text) in files {
        let base = base_name(name);
        if base.eq_ignore_ascii_case("datapackage.json") {
            continue;
        }
        let Some(path) = resource_path(name) else {
            let known: Vec<&str> = RESOURCES.iter().map(|r| r.path).collect();
            problems.push(file_problem(
                name,
                None,
                "",
                format!(
                    "\"{base}\" is not a file of the HSDS tabular package; expected one of: {}. It was not imported.",
                    known.join(", ")
                ),
            ));
            continue;
        };
        if NOT_MODELED.contains(&path) {
            continue;
        }
        if let Some(sheet) = csv_sheet(name, path, text, &mut problems) {
            sheets.push(sheet);
        }
    }
    assemble(sheets, problems)
}

fn csv_sheet(
    file: &str,
    path: &'static str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Option<Sheet> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match rdr.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_owned()).collect(),
        Err(e) => {
            problems.push(file_problem(
                file,
                Some(1),
                "",
                format!("The header line could not be read ({e}); expected the column names of {path}. Nothing was imported from this file."),
            ));
            return None;
        }
    };
    if !headers.iter().any(|h| h == "id") {
        let fields = resource(path)
            .map(|r| r.fields.join(","))
            .unwrap_or_default();
        problems.push(file_problem(
            file,
            Some(1),
            "",
            format!("The header has no \"id\" column; expected the columns of {path}: {fields}. Nothing was imported from this file."),
        ));
        return None;
    }
    let mut rows = Vec::new();
    for record in rdr.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize);
                problems.push(file_problem(
                    file,
                    line,
                    "",
                    format!("This line could not be read as CSV ({e}). It was left out."),
                ));
                continue;
            }
        };
        let line = record.position().map(|p| p.line() as usize);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() != headers.len() {
            problems.push(file_problem(
                file,
                line,
                "",
                format!(
                    "This line has {} values but the header has {} columns; expected one value per column (put a value with commas between double quotes). It was left out.",
                    record.len(),
                    headers.len()
                ),
            ));
            continue;
        }
        let cells = headers
            .iter()
            .cloned()
            .zip(record.iter().map(str::to_owned))
            .collect();
        rows.push(Row {
            line,
            prefix: String::new(),
            cells,
        });
    }
    Some(Sheet {
        file: file.to_owned(),
        path,
        rows,
    })
}

/// `examples/tabular.json`: `{"services.csv": [ {row}, … ], …}`.
pub(crate) fn read_json_tables(file: &str, text: &str, m: &Map<String, Value>) -> Import {
    use crate::locate::{Locator, Seg};
    let mut loc = Locator::new(text);
    let mut problems = Vec::new();
    let mut sheets = Vec::new();
    for (name, rows) in m {
        let Some(path) = resource_path(name) else {
            problems.push(file_problem(
                file,
                loc.line_of(&[Seg::Key(name.clone())]),
                name,
                format!(
                    "\"{name}\" is not a file of the HSDS tabular package. It was not imported."
                ),
            ));
            continue;
        };
        if NOT_MODELED.contains(&path) {
            continue;
        }
        let Value::Array(items) = rows else {
            problems.push(file_problem(
                file,
                loc.line_of(&[Seg::Key(name.clone())]),
                name,
                format!("\"{name}\" must be a list of rows; expected [ {{…}}, … ]. It was not imported."),
            ));
            continue;
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path_of = [Seg::Key(name.clone()), Seg::Index(i)];
            let line = loc.line_of(&path_of);
            let prefix = format!("{name}[{i}].");
            let Value::Object(o) = item else {
                problems.push(file_problem(
                    file,
                    line,
                    &format!("{name}[{i}]"),
                    "This row is not an object; expected {\"id\": …, …}. It was left out."
                        .to_owned(),
                ));
                continue;
            };
            let mut cells = HashMap::new();
            let mut ok = true;
            for (k, v) in o {
                match scalar_text(Some(v)) {
                    Ok(Some(t)) => {
                        cells.insert(k.clone(), t);
                    }
                    Ok(None) => {}
                    Err(msg) => {
                        problems.push(file_problem(
                            file,
                            line,
                            &format!("{prefix}{k}"),
                            format!("\"{k}\" must be a single value, as in a CSV cell; {msg}. This row was left out."),
                        ));
                        ok = false;
                    }
                }
            }
            if ok {
                out.push(Row {
                    line,
                    prefix,
                    cells,
                });
            }
        }
        sheets.push(Sheet {
            file: file.to_owned(),
            path,
            rows: out,
        });
    }
    assemble(sheets, problems)
}

/// Where an accepted row came from, for problems found later.
#[derive(Clone)]
struct At {
    file: String,
    line: Option<usize>,
    prefix: String,
}

/// The ids a row points to.
#[derive(Default, Clone)]
struct Links {
    service: Option<String>,
    location: Option<String>,
    organization: Option<String>,
    contact: Option<String>,
    service_at_location: Option<String>,
    phone: Option<String>,
}

fn links<S: Source + ?Sized>(r: &mut Rec<S>) -> Links {
    Links {
        service: r.opt("service_id"),
        location: r.opt("location_id"),
        organization: r.opt("organization_id"),
        contact: r.opt("contact_id"),
        service_at_location: r.opt("service_at_location_id"),
        phone: r.opt("phone_id"),
    }
}

struct Asm {
    sheets: Vec<Sheet>,
    problems: Vec<Problem>,
}

impl Asm {
    fn report(&mut self, at: &At, key: &str, message: String) {
        self.problems.push(Problem {
            file: at.file.clone(),
            line: at.line,
            place: format!("{}{key}", at.prefix),
            message,
        });
    }

    /// Reads every row of resource `path` with `f`; rows with a problem, or whose id was
    /// already used in this resource, are reported and left out.
    fn rows<T>(
        &mut self,
        path: &str,
        what: &'static str,
        f: impl Fn(&mut Rec<'_, Row>) -> T,
    ) -> Vec<(T, At)> {
        let mut out = Vec::new();
        let mut seen: HashMap<String, Option<usize>> = HashMap::new();
        let mut problems = Vec::new();
        for sheet in self.sheets.iter().filter(|s| s.path == path) {
            for row in &sheet.rows {
                let at = At {
                    file: sheet.file.clone(),
                    line: row.line,
                    prefix: row.prefix.clone(),
                };
                let mut r = Rec::new(row, what);
                let value = f(&mut r);
                if let Some(id) = row.text("id").ok().flatten() {
                    if let Some(first) = seen.get(&id) {
                        let first = first.map(|l| format!(" (line {l})")).unwrap_or_default();
                        r.bad(
                            "id",
                            format!("The id \"{id}\" is already used by an earlier row of {path}{first}; expected ids that are unique in the file."),
                        );
                    } else if r.problems.is_empty() {
                        seen.insert(id, row.line);
                    }
                }
                if r.problems.is_empty() {
                    out.push((value, at));
                } else {
                    for (key, msg) in r.problems {
                        problems.push(Problem {
                            file: at.file.clone(),
                            line: at.line,
                            place: format!("{}{key}", at.prefix),
                            message: format!("{msg} This {what} was left out."),
                        });
                    }
                }
            }
        }
        self.problems.extend(problems);
        out
    }
}

/// Positions by id.
fn index<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for (i, x) in items.iter().enumerate() {
        m.entry(id(x).to_owned()).or_insert(i);
    }
    m
}

fn at_id<'v, T>(
    items: &'v mut [T],
    idx: &HashMap<String, usize>,
    id: &Option<String>,
) -> Option<&'v mut T> {
    let i = *idx.get(id.as_deref()?)?;
    items.get_mut(i)
}

fn assemble(sheets: Vec<Sheet>, problems: Vec<Problem>) -> Import {
    let mut a = Asm { sheets, problems };
    let taxonomies = a.rows("taxonomies.csv", "taxonomy", fields::taxonomy);
    let terms = a.rows("taxonomy_terms.csv", "taxonomy term", fields::taxonomy_term);
    let mut organizations: Vec<_> = a
        .rows("organizations.csv", "organization", fields::organization)
        .into_iter()
        .map(|(o, _)| o)
        .collect();
    let mut services: Vec<_> = a
        .rows("services.csv", "service", fields::service)
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    let mut locations: Vec<_> = a
        .rows("locations.csv", "location", fields::location)
        .into_iter()
        .map(|(l, _)| l)
        .collect();
    let mut sals: Vec<ServiceAtLocation> = a
        .rows("service_at_location.csv", "service_at_location", |r| {
            let service_id = r.req("service_id");
            let location_id = r.req("location_id");
            ServiceAtLocation {
                service_id,
                location_id,
                ..fields::service_at_location(r)
            }
        })
        .into_iter()
        .map(|(x, _)| x)
        .collect();
    let languages = a.rows("languages.csv", "language", |r| {
        (fields::language(r), links(r))
    });
    let mut phones = a.rows("phones.csv", "phone", |r| (fields::phone(r), links(r)));
    let mut contacts = a.rows("contacts.csv", "contact", |r| {
        (fields::contact(r), links(r))
    });
    let schedules = a.rows("schedules.csv", "schedule", |r| {
        (fields::schedule(r), links(r))
    });
    let addresses = a.rows("addresses.csv", "address", |r| {
        (fields::address(r), links(r))
    });
    let accessibility = a.rows("accessibility.csv", "accessibility", |r| {
        (fields::accessibility(r), links(r))
    });
    let areas = a.rows("service_areas.csv", "service area", |r| {
        (fields::service_area(r), links(r))
    });
    let documents = a.rows("required_documents.csv", "required document", |r| {
        (fields::required_document(r), links(r))
    });
    let costs = a.rows("cost_options.csv", "cost option", |r| {
        let service = r.req("service_id");
        (fields::cost_option(r), service)
    });
    let attributes = a.rows("attributes.csv", "attribute", |r| {
        let row = fields::attribute(r);
        let term = r.req("taxonomy_term_id");
        let link_id = r.req("link_id");
        let link_entity = r.opt("link_entity").unwrap_or_default();
        (row, term, link_id, link_entity)
    });

    // Languages of phones, phones of contacts: nested first, then everything to its parents.
    let mut langs_of_phone: HashMap<String, Vec<Language>> = HashMap::new();
    for ((l, k), _) in &languages {
        if let Some(p) = &k.phone {
            langs_of_phone.entry(p.clone()).or_default().push(l.clone());
        }
    }
    for ((p, _), _) in &mut phones {
        p.languages = langs_of_phone.remove(&p.id).unwrap_or_default();
    }
    let mut phones_of_contact: HashMap<String, Vec<Phone>> = HashMap::new();
    for ((p, k), _) in &phones {
        if let Some(c) = &k.contact {
            phones_of_contact
                .entry(c.clone())
                .or_default()
                .push(p.clone());
        }
    }
    for ((c, _), _) in &mut contacts {
        c.phones = phones_of_contact.remove(&c.id).unwrap_or_default();
    }

    let org_idx = index(&organizations, |o| &o.id);
    let svc_idx = index(&services, |s| &s.id);
    let loc_idx = index(&locations, |l| &l.id);
    let sal_idx = index(&sals, |x| &x.id);

    for ((l, k), _) in languages {
        if let Some(s) = at_id(&mut services, &svc_idx, &k.service) {
            s.languages.push(l.clone());
        }
        if let Some(x) = at_id(&mut locations, &loc_idx, &k.location) {
            x.languages.push(l);
        }
    }
    for ((p, k), _) in phones {
        if let Some(s) = at_id(&mut services, &svc_idx, &k.service) {
            s.phones.push(p.clone());
        }
        if let Some(x) = at_id(&mut locations, &loc_idx, &k.location) {
            x.phones.push(p.clone());
        }
        if let Some(o) = at_id(&mut organizations, &org_idx, &k.organization) {
            o.phones.push(p.clone());
        }
        if let Some(x) = at_id(&mut sals, &sal_idx, &k.service_at_location) {
            x.phones.push(p);
        }
    }
    for ((c, k), _) in contacts {
        attach_contact(
            &c,
            &k,
            &mut organizations,
            &org_idx,
            &mut services,
            &svc_idx,
            &mut sals,
            &sal_idx,
        );
    }
    for ((s, k), _) in schedules {
        if let Some(x) = at_id(&mut services, &svc_idx, &k.service) {
            x.schedules.push(s.clone());
        }
        if let Some(x) = at_id(&mut locations, &loc_idx, &k.location) {
            x.schedules.push(s.clone());
        }
        if let Some(x) = at_id(&mut sals, &sal_idx, &k.service_at_location) {
            x.schedules.push(s);
        }
    }
    for ((x, k), _) in addresses {
        if let Some(l) = at_id(&mut locations, &loc_idx, &k.location) {
            l.addresses.push(x);
        }
    }
    for ((x, k), _) in accessibility {
        if let Some(l) = at_id(&mut locations, &loc_idx, &k.location) {
            l.accessibility.push(x);
        }
    }
    for ((x, k), _) in areas {
        if let Some(s) = at_id(&mut services, &svc_idx, &k.service) {
            s.service_areas.push(x);
        }
    }
    for ((x, k), _) in documents {
        if let Some(s) = at_id(&mut services, &svc_idx, &k.service) {
            s.required_documents.push(x);
        }
    }
    for ((x, service), _) in costs {
        if let Some(s) = at_id(&mut services, &svc_idx, &Some(service)) {
            s.cost_options.push(x);
        }
    }

    let mut seen: HashMap<(&'static str, String), Vec<&'static str>> = HashMap::new();
    for ((row, term, link_id, entity), at) in attributes {
        let entity = entity.trim().to_ascii_lowercase();
        let entity = match entity.as_str() {
            "services" => "service",
            "locations" => "location",
            "organizations" => "organization",
            e => e,
        };
        let link = Some(link_id.clone());
        let owner = match entity {
            "service" => at_id(&mut services, &svc_idx, &link).map(Owner::Service),
            "location" => at_id(&mut locations, &loc_idx, &link).map(Owner::Location),
            "organization" => at_id(&mut organizations, &org_idx, &link).map(Owner::Organization),
            // Attributes of records guichet does not keep (phones, schedules…).
            e if RESOURCES.iter().any(|r| r.name == e) => None,
            // No entity said: the record with that id.
            _ => {
                if svc_idx.contains_key(&link_id) {
                    at_id(&mut services, &svc_idx, &link).map(Owner::Service)
                } else if loc_idx.contains_key(&link_id) {
                    at_id(&mut locations, &loc_idx, &link).map(Owner::Location)
                } else {
                    at_id(&mut organizations, &org_idx, &link).map(Owner::Organization)
                }
            }
        };
        let Some(owner) = owner else { continue };
        let kind = match owner {
            Owner::Service(_) => "service",
            Owner::Location(_) => "location",
            Owner::Organization(_) => "organization",
        };
        let seen = seen.entry((kind, link_id.clone())).or_default();
        if let Err(msg) = attach(owner, seen, &row.id, &term, row.value) {
            a.report(
                &at,
                "value",
                format!("{} This attribute was left out.", capitalise(&msg)),
            );
        }
    }

    let mut b = Builder::default();
    for (t, _) in taxonomies {
        b.taxonomy(t);
    }
    for (t, _) in terms {
        b.taxonomy_term(t);
    }
    for o in organizations {
        b.organization(o);
    }
    for s in services {
        b.service(s);
    }
    for l in locations {
        b.location(l);
    }
    for x in sals {
        b.service_at_location(x);
    }
    Import {
        directory: b.finish(),
        problems: a.problems,
    }
}

#[allow(clippy::too_many_arguments)]
fn attach_contact(
    c: &Contact,
    k: &Links,
    organizations: &mut [guichet_domain::directory::Organization],
    org_idx: &HashMap<String, usize>,
    services: &mut [guichet_domain::directory::Service],
    svc_idx: &HashMap<String, usize>,
    sals: &mut [ServiceAtLocation],
    sal_idx: &HashMap<String, usize>,
) {
    if let Some(o) = at_id(organizations, org_idx, &k.organization) {
        o.contacts.push(c.clone());
    }
    if let Some(s) = at_id(services, svc_idx, &k.service) {
        s.contacts.push(c.clone());
    }
    if let Some(x) = at_id(sals, sal_idx, &k.service_at_location) {
        x.contacts.push(c.clone());
    }
}
