//! Open Referral HSDS 3.0 and data·inclusion v1, read into guichet's directory
//! ([`guichet_domain::directory`]) and written from it.
//!
//! # Reading
//!
//! - [`read_hsds_json`]: nested JSON as the HSDS API returns it — one object, an array of
//!   them, a paginated list (`{"contents": […]}`), the API's root (`{"version": …}`, no
//!   records) or the tabular package as one JSON object (`{"services.csv": [rows]}`). The
//!   kind of each object is told by its fields (a service has `status`, a location
//!   `location_type`, a service_at_location `service_id`/`location_id`/`location` and no
//!   name, a taxonomy term `code`/`taxonomy_id`/`parent_id`…, an organization `website`,
//!   `phones`, `services`…, a taxonomy `uri`/`version`); an object with only `id`, `name`
//!   and `description` cannot be told and is reported.
//! - [`read_hsds_csv`]: the tabular package, file by file (`services.csv`…; a folder in the
//!   name is ignored, `datapackage.json` is skipped). Columns are found by name.
//! - [`read_data_inclusion`]: data·inclusion structures and services (see below).
//!
//! Nested records (a service's organization, its service_at_locations and their
//! locations, an organization's locations and services, an attribute's taxonomy term, a
//! term's taxonomy) are flattened into the [`Directory`], one per id; a record met twice
//! is merged (what the first left empty is taken from the next).
//!
//! **A record with a problem is left out and reported; the rest is kept.** A record is an
//! object (or a CSV row): a bad schedule leaves out that schedule, not its service; a
//! service with a bad status leaves out the service with its phones and schedules, but
//! its nested organization and locations are records of their own and are kept. Each
//! [`Problem`] names the file, the line (the CSV physical line, header = 1; in JSON the
//! line of the field), the place (`contents[0].schedules[1].opens_at`; the CSV column;
//! `services.csv[3].status` in a tabular JSON)
//! and says in plain words what is wrong and what was expected.
//!
//! What is checked: the fields HSDS requires (`id` of every record; service `name` and
//! `status`; organization `name`; location `location_type`; phone `number`; address
//! `address_1`, `city`, `postal_code`, `country`, `address_type`; taxonomy and term
//! `name`; service_at_location `service_id` and `location_id`; attribute
//! `taxonomy_term_id`), enumerations (`status`, `location_type`, `address_type`, `freq`),
//! dates (`YYYY-MM-DD`), times (`HH:MM` or `HH:MM:SS`), numbers, `byday`, unique ids within
//! a CSV file, and the values of guichet's attributes. Formats HSDS declares but guichet
//! does not use (UUID ids, e-mail, URI) are not checked: ids are kept as they come, so
//! that importing a source again updates what it brought. Left lenient, because guichet
//! can do without: organization, taxonomy and term `description`, address
//! `state_province` (read as empty), a service's `organization_id` in `services.csv`.
//! Rows that point to ids not in the import are kept as they are (a package may be
//! partial); a phone, schedule… row that points to no record read is dropped.
//!
//! # Writing
//!
//! [`service_json`], [`organization_json`], [`location_json`],
//! [`service_at_location_json`], [`taxonomy_json`], [`taxonomy_term_json`] return one
//! nested object as the HSDS API does (a service with its organization, its
//! service_at_locations with their locations, phones, schedules, languages, cost options,
//! required documents, service areas, contacts, attributes with their taxonomy terms; an
//! organization with its locations and its `services`, always present; a
//! service_at_location with its location and service). [`export_json`] is an array of every
//! service, nested, followed by what no service carries: organizations without services,
//! locations and service_at_locations not reached, taxonomy terms and taxonomies no
//! attribute names; read back with [`read_hsds_json`] it gives the same directory.
//! [`export_csv`] writes the tabular package: one file per resource of `datapackage.json`
//! that has rows, the header exactly its fields in order. Both validate against the
//! official HSDS 3.0 schemas (see the tests).
//!
//! **Ids.** HSDS wants UUIDs. An id that is a UUID is written as it is; any other
//! (`dora--42`, `…--horaires-1`, or none) is replaced by a name-based UUID, version 5 in
//! guichet's namespace [`ids::NAMESPACE`] (`1aa215ea-4c26-45e2-9d16-3b3e846cd4a1`):
//! `uuid5("{table}:{id}")` for a record (references to it are mapped alike, so they still
//! meet), `uuid5("{role}:{parent's exported id}:{id}")` for a phone, schedule… of a parent
//! (`…:#{index}` when it has no id). The same directory always exports the same ids.
//!
//! # guichet's own fields, as HSDS attributes
//!
//! What HSDS has no column for travels as `attributes` whose `taxonomy_term_id` is a term
//! of guichet's taxonomy (id [`guichet::TAXONOMY_ID`] =
//! `878fa133-994b-5260-b369-89aab0224a8a` = `uuid5("taxonomy")`, name `guichet`, version
//! `1`). Each term's id is `uuid5("term:{name}")`; the attribute's `value` carries the
//! value:
//!
//! | term code | id | on | value |
//! | --- | --- | --- | --- |
//! | `guichet:access:walk-in` | `9954fa5b-d75a-5464-a929-fbd3b87c6b31` | service | none |
//! | `guichet:access:appointment` | `0f5da7fa-4ef6-53da-8f28-cfa8d0c46d9e` | service | none |
//! | `guichet:access:phone` | `20db6cd5-de11-50da-a4bc-5a5190862767` | service | none |
//! | `guichet:access:online` | `bc465346-f7b1-53bd-95f9-acc8e889625c` | service | none |
//! | `guichet:access:referral-only` | `f9a6cb6d-77b6-5e9e-8269-27b450c43c2e` | service | none |
//! | `guichet:welcome` | `de4150f2-b674-5d7e-972d-8a4bc7d9f2dc` | service | `preferential` or `exclusive` (`everyone` is not written) |
//! | `guichet:audience` | `cb70cf14-72b2-58b8-8d31-ff61828e13a4` | service | the audience in words |
//! | `guichet:closure` | `50128ca9-b51b-52aa-bd98-70baa855d99f` | service, location | `YYYY-MM-DD/YYYY-MM-DD reason` (one attribute per closure) |
//! | `guichet:topic` | `de3b9769-c2c2-55a9-b8c5-12b3c74977e4` | service | a topic code (one attribute per topic) |
//! | `guichet:check-every-months` | `2704cc42-0fd1-53b0-afdb-5b501b408d24` | service | a whole number |
//! | `guichet:free` | `abd24edd-0f33-5517-8a0c-4e615967cd86` | service | `true` or `false` |
//! | `guichet:wheelchair` | `5ee3b964-66c6-5015-b099-d7518d4c18f8` | location | `true` or `false` |
//!
//! `Service::last_checked` is HSDS `assured_date` itself. An attribute's id is
//! `uuid5("attribute:{record's exported id}:{term code}:{n}")` (n counts the same term on
//! the record). In JSON each attribute nests its `taxonomy_term` (with `taxonomy_detail`);
//! in CSV, guichet's taxonomy and terms are added to `taxonomies.csv` and
//! `taxonomy_terms.csv` when an attribute uses them. On import these attributes go back to
//! the typed fields, and guichet's taxonomy and terms are not added to the directory's
//! taxonomies. Other attributes: on a service, one **without a value** is a taxonomy term
//! attached to it (`Service::taxonomy_term_ids`; written back as an attribute without a
//! value, id `uuid5("attribute:{service}:term:{term}")`); any other stays in `attributes`
//! with its id. An attribute is attached by `link_id` and `link_entity` (`service`,
//! `location`, `organization`; another or no entity: the record with that id, if any).
//! A service whose cost options all cost 0, and that says nothing else, is read as free.
//!
//! # data·inclusion v1
//!
//! A structure becomes an [`Organization`] (`nom`, `description`, `courriel`, `site_web`,
//! `telephone`) and, when it has an address, coordinates, `accessibilite_lieu` or
//! `horaires_accueil`, a physical [`Location`] `{id}--lieu` (`adresse`,
//! `complement_adresse`, `code_postal`, `commune`, `latitude`, `longitude`; the country
//! is FR for a five-digit postcode, else BE, and a Belgian postcode gives its province;
//! `accessibilite_lieu` is an Accesslibre link in `accessibility`; `horaires_accueil` are
//! walk-in schedules). A service (an object with `structure_id`) becomes a [`Service`]:
//! `nom`, `description`, `courriel`, `telephone`, `lien_mobilisation` (else
//! `lien_source`) as url, `mobilisation_precisions` as application process,
//! `frais_precisions` as fees description, `conditions_acces` as eligibility,
//! `contact_nom_prenom` as a contact, `zone_eligibilite` codes as service areas,
//! `thematiques` as topics, `frais` (`gratuit`/`payant`) as free, `date_maj` as
//! last checked, `horaires_accueil` as walk-in schedules; access from
//! `modes_mobilisation` (`se-presenter` = walk-in, `telephoner` = phone,
//! `envoyer-un-courriel` and `utiliser-lien-mobilisation` = online), `modes_accueil`
//! `a-distance` adds online when nothing remote is said, and a service `mobilisable_par`
//! professionals only is referral-only; `publics` other than `tous-publics` make it
//! exclusive to them (their labels, then `publics_precisions`, as the audience; with
//! everyone welcome the precisions go to the eligibility). It is offered
//! ([`ServiceAtLocation`] `{id}@{location}`) at its own address when it has one
//! (location `{id}--lieu`), else at its structure's place when that is in the same file,
//! unless it is offered at a distance only. Values outside the vocabularies (thematiques
//! unknown to guichet, modes, publics, frais) and opening hours guichet cannot read are
//! problems. The file is an array, one object, or `{"items": […]}`.
//!
//! # Not modeled (dropped on import, never exported)
//!
//! - service: `program_id`, `program`, `wait_time`, `fees`, `accreditations`,
//!   `assurer_email`, `licenses`, `last_modified`, `funding`, `metadata`;
//! - organization: `tax_status`, `tax_id`, `year_incorporated`, `logo`, `uri`, `funding`,
//!   `programs`, `organization_identifiers`, `metadata`;
//! - location: `external_identifier`, `external_identifier_type`, `contacts`, `metadata`;
//! - schedule: `timezone`, `wkst`, `byweekno`, `bymonthday`, `byyearday`;
//! - attributes of anything but services, locations and organizations (phones,
//!   schedules, contacts…), attribute `link_type`; every `metadata` array;
//! - the files `programs.csv`, `funding.csv`, `organization_identifiers.csv`,
//!   `metadata.csv`, `meta_table_descriptions.csv`;
//! - data·inclusion: `source`, `lien_source` of a structure, `siret`, `code_insee`,
//!   `reseaux_porteurs`, a structure's `date_maj`, a service's `type`,
//!   `nombre_semaines`, `volume_horaire_hebdomadaire`, `modes_accueil` `en-presentiel`.

mod builder;
mod data_inclusion;
mod fields;
pub mod guichet;
pub mod ids;
mod locate;
pub mod package;
mod read_json;
mod tabular;
mod write_csv;
mod write_json;

use guichet_domain::directory::Directory;
#[cfg(doc)]
use guichet_domain::directory::{Location, Organization, Service, ServiceAtLocation};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Something in an imported file that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// The file, as named by the caller.
    pub file: String,
    /// The line (1-based): the CSV physical line (header = 1), or the JSON line.
    pub line: Option<usize>,
    /// Where in the record: `services[3].schedules[0].opens_at` style for JSON, the column
    /// for CSV; empty when the whole file is concerned.
    pub place: String,
    /// What is wrong and what was expected, in plain English.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ", line {l}")?;
        }
        if !self.place.is_empty() {
            write!(f, ", {}", self.place)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// What an import brought, and what it left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Import {
    pub directory: Directory,
    pub problems: Vec<Problem>,
}

impl Import {
    fn failed(p: Problem) -> Import {
        Import {
            directory: Directory::default(),
            problems: vec![p],
        }
    }
}

/// HSDS JSON, nested as in examples/: one object (service, organization, location,
/// service_at_location, taxonomy, taxonomy_term — detected by its fields), an array of
/// them, or a paginated list (`{"contents": [...]}` as in `*_list.json`). Nested objects
/// (service.organization, service.service_at_locations[].location, organization.services…)
/// are flattened into the Directory, deduplicated by id. A record with a problem is left
/// out of `directory` and reported; the rest is kept.
pub fn read_hsds_json(file: &str, text: &str) -> Import {
    read_json::read(file, text)
}

/// The HSDS tabular package: (file name like "services.csv", contents) pairs; lines are
/// the CSV physical line numbers (header = line 1).
pub fn read_hsds_csv(files: &[(String, String)]) -> Import {
    tabular::read_csv(files)
}

/// data·inclusion v1: a JSON array of structures and/or services (or one object; a
/// service has `structure_id`). See the crate docs for the mapping.
pub fn read_data_inclusion(file: &str, text: &str) -> Import {
    data_inclusion::read(file, text)
}

/// One service, nested as the HSDS API's `/services/{id}` returns it.
pub fn service_json(dir: &Directory, service_id: &str) -> Option<serde_json::Value> {
    let mut w = write_json::Writer::new(dir);
    let s = w.find_service(service_id)?;
    Some(w.service(s, true, true))
}

/// One organization with its locations and its services.
pub fn organization_json(dir: &Directory, id: &str) -> Option<serde_json::Value> {
    let mut w = write_json::Writer::new(dir);
    let o = w.find_organization(id)?;
    Some(w.organization(o, true, true))
}

pub fn location_json(dir: &Directory, id: &str) -> Option<serde_json::Value> {
    let mut w = write_json::Writer::new(dir);
    let l = w.find_location(id)?;
    Some(w.location(l))
}

/// One service_at_location with its location and its service.
pub fn service_at_location_json(dir: &Directory, id: &str) -> Option<serde_json::Value> {
    let mut w = write_json::Writer::new(dir);
    let x = w.find_service_at_location(id)?;
    Some(w.service_at_location(x, true, true))
}

/// A taxonomy of the directory, or guichet's own.
pub fn taxonomy_json(dir: &Directory, id: &str) -> Option<serde_json::Value> {
    let mut w = write_json::Writer::new(dir);
    let t = w.find_taxonomy(id)?;
    Some(w.taxonomy(&t))
}

/// A taxonomy term of the directory, or one of guichet's own.
pub fn taxonomy_term_json(dir: &Directory, id: &str) -> Option<serde_json::Value> {
    let mut w = write_json::Writer::new(dir);
    let t = w.find_term(id)?;
    Some(w.taxonomy_term(&t))
}

/// The whole directory as a JSON array of nested services (a file to hand to another
/// system), followed by what no service carries.
pub fn export_json(dir: &Directory) -> serde_json::Value {
    write_json::export(dir)
}

/// The tabular package: one (file name, CSV text) per resource of datapackage.json that
/// has rows, headers exactly the datapackage field names in order.
pub fn export_csv(dir: &Directory) -> Vec<(String, String)> {
    write_csv::export(dir)
}
