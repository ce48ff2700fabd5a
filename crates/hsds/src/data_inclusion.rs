//! data·inclusion schema v1: structures and their services (the French inclusion data
//! exchange, also used by Belgian producers), read into guichet's directory.

use crate::builder::Builder;
use crate::fields::{Rec, Source};
use crate::locate::{place, Locator, Seg};
use crate::read_json::{syntax_problem, Fields};
use crate::{Import, Problem};
use guichet_domain::directory::hours::{schedules_from_osm, OsmError};
use guichet_domain::directory::vocab::is_known_topic;
use guichet_domain::directory::{
    AccessMode, Accessibility, Address, Contact, Location, Organization, Phone, Schedule, Service,
    ServiceArea, ServiceAtLocation, Welcome,
};
use serde_json::{Map, Value};

type Obj = Map<String, Value>;

const MODES_ACCUEIL: &[&str] = &["a-distance", "en-presentiel"];
const MODES_MOBILISATION: &[&str] = &[
    "envoyer-un-courriel",
    "se-presenter",
    "telephoner",
    "utiliser-lien-mobilisation",
];
const MOBILISABLE_PAR: &[&str] = &["usagers", "professionnels"];
const FRAIS: &[&str] = &["gratuit", "payant"];
/// data·inclusion `publics`, with their labels (`extra/publics.json`).
const PUBLICS: &[(&str, &str)] = &[
    ("tous-publics", "Tous publics"),
    ("actifs", "Actifs"),
    (
        "beneficiaires-des-minimas-sociaux",
        "Bénéficiaires des minimas sociaux",
    ),
    ("demandeurs-emploi", "Demandeurs d’emploi"),
    ("etudiants", "Étudiants"),
    ("familles", "Familles"),
    ("femmes", "Femmes"),
    ("jeunes", "Jeunes"),
    (
        "personnes-en-situation-de-handicap",
        "Personnes en situation de handicap",
    ),
    (
        "personnes-en-situation-durgence",
        "Personnes en situation d’urgence",
    ),
    (
        "personnes-en-situation-juridique-specifique",
        "Personnes en situation juridique spécifique",
    ),
    ("personnes-exilees", "Personnes exilées"),
    ("residents-qpv-frr", "Résidents en QPV ou FRR"),
    ("seniors", "Séniors"),
];

/// The id of the location made for a structure (or for a service with its own address).
pub(crate) fn place_id(id: &str) -> String {
    format!("{id}--lieu")
}

pub(crate) fn read(file: &str, text: &str) -> Import {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Import::failed(syntax_problem(file, &e)),
    };
    let mut r = Reader {
        file,
        loc: Locator::new(text),
        problems: Vec::new(),
        b: Builder::default(),
    };
    // Paths and objects; structures first, so that services find their places.
    let mut items: Vec<(Vec<Seg>, &Obj)> = Vec::new();
    let mut others: Vec<Vec<Seg>> = Vec::new();
    match &value {
        Value::Array(list) => gather(&[], list, &mut items, &mut others),
        Value::Object(m) => match m.get("items") {
            Some(Value::Array(list)) => gather(
                &[Seg::Key("items".to_owned())],
                list,
                &mut items,
                &mut others,
            ),
            _ => items.push((Vec::new(), m)),
        },
        _ => others.push(Vec::new()),
    }
    for path in others {
        r.problem(
            &path,
            None,
            "This is not a data·inclusion structure or service; expected an object (a structure, or a service with \"structure_id\"). It was left out.".to_owned(),
        );
    }
    let (services, structures): (Vec<_>, Vec<_>) = items
        .into_iter()
        .partition(|(_, m)| m.contains_key("structure_id"));
    for (path, m) in structures {
        r.structure(&path, m);
    }
    for (path, m) in services {
        r.service(&path, m);
    }
    Import {
        directory: r.b.finish(),
        problems: r.problems,
    }
}

fn gather<'v>(
    prefix: &[Seg],
    list: &'v [Value],
    items: &mut Vec<(Vec<Seg>, &'v Obj)>,
    others: &mut Vec<Vec<Seg>>,
) {
    for (i, v) in list.iter().enumerate() {
        let mut path = prefix.to_vec();
        path.push(Seg::Index(i));
        match v {
            Value::Object(m) => items.push((path, m)),
            _ => others.push(path),
        }
    }
}

struct Reader<'t> {
    file: &'t str,
    loc: Locator<'t>,
    problems: Vec<Problem>,
    b: Builder,
}

/// A list of codes (a single code is taken as a list of one); an error when the field
/// holds something else.
fn codes(m: &Obj, key: &str) -> Result<Vec<String>, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::String(s)) => Ok(vec![s.trim().to_owned()]),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| match v {
                Value::String(s) => Ok(s.trim().to_owned()),
                _ => Err(format!(
                    "\"{key}\" must be a list of codes (text); found {v}."
                )),
            })
            .collect(),
        Some(v) => Err(format!("\"{key}\" must be a list of codes; found {v}.")),
    }
}

/// The codes of `key`, each one of `allowed` (or known to `known`).
fn vocabulary<S: Source + ?Sized>(
    r: &mut Rec<S>,
    m: &Obj,
    key: &str,
    known: impl Fn(&str) -> bool,
    expected: &str,
) -> Vec<String> {
    match codes(m, key) {
        Err(msg) => {
            r.bad(key, msg);
            Vec::new()
        }
        Ok(list) => {
            let unknown: Vec<&String> = list.iter().filter(|c| !known(c)).collect();
            if let Some(first) = unknown.first() {
                r.bad(
                    key,
                    format!("\"{first}\" is not a value of \"{key}\"; expected {expected}."),
                );
            }
            let mut out: Vec<String> = Vec::new();
            for c in list {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
            out
        }
    }
}

fn one_of(list: &'static [&'static str]) -> impl Fn(&str) -> bool {
    move |c| list.contains(&c)
}

/// ISO 3166-1 country of a data·inclusion postcode: four digits are Belgian, five are
/// French; Belgian when there is none.
fn country(postcode: Option<&str>) -> &'static str {
    match postcode.map(str::trim) {
        Some(p) if p.len() == 5 && p.chars().all(|c| c.is_ascii_digit()) => "FR",
        _ => "BE",
    }
}

/// The Belgian province (or Brussels) of a postcode, in the language of its region.
fn province(postcode: &str) -> Option<&'static str> {
    let p = postcode.trim();
    if p.len() != 4 {
        return None;
    }
    let n: u16 = p.parse().ok()?;
    Some(match n {
        1000..=1299 => "Bruxelles-Capitale",
        1300..=1499 => "Brabant wallon",
        1500..=1999 | 3000..=3499 => "Vlaams-Brabant",
        2000..=2999 => "Antwerpen",
        3500..=3999 => "Limburg",
        4000..=4999 => "Liège",
        5000..=5999 => "Namur",
        6000..=6599 | 7000..=7999 => "Hainaut",
        6600..=6999 => "Luxembourg",
        8000..=8999 => "West-Vlaanderen",
        9000..=9999 => "Oost-Vlaanderen",
        _ => return None,
    })
}

/// Where a structure or a service is: address, coordinates.
struct Place {
    address: Option<Address>,
    latitude: Option<f64>,
    longitude: Option<f64>,
}

impl Place {
    fn read<S: Source + ?Sized>(r: &mut Rec<S>, id: &str) -> Place {
        let street = r.opt("adresse");
        let extra = r.opt("complement_adresse");
        let postcode = r.opt("code_postal");
        let city = r.opt("commune");
        let address = (street.is_some() || postcode.is_some() || city.is_some()).then(|| {
            let postal_code = postcode.clone().unwrap_or_default();
            let country = country(postcode.as_deref());
            Address {
                id: format!("{id}--adresse"),
                attention: None,
                address_1: street.unwrap_or_default(),
                address_2: extra,
                city: city.unwrap_or_default(),
                region: None,
                state_province: if country == "BE" {
                    province(&postal_code).unwrap_or_default().to_owned()
                } else {
                    String::new()
                },
                postal_code,
                country: country.to_owned(),
                address_type: "physical".to_owned(),
            }
        });
        Place {
            address,
            latitude: r.number("latitude"),
            longitude: r.number("longitude"),
        }
    }

    fn is_somewhere(&self) -> bool {
        self.address.is_some() || self.latitude.is_some() || self.longitude.is_some()
    }
}

/// `horaires_accueil` as walk-in schedules.
fn hours<S: Source + ?Sized>(r: &mut Rec<S>, id: &str) -> Vec<Schedule> {
    let Some(osm) = r.opt("horaires_accueil") else {
        return Vec::new();
    };
    match schedules_from_osm(&osm, Some(AccessMode::WalkIn), &format!("{id}--horaires")) {
        Ok(rows) => rows,
        Err(OsmError::Empty) => Vec::new(),
        Err(e) => {
            r.bad(
                "horaires_accueil",
                format!(
                    "\"{osm}\" cannot be read as opening hours ({e}); expected the OpenStreetMap opening_hours format, for example \"Mo-Fr 09:00-12:00,13:30-17:00; PH off\"."
                ),
            );
            Vec::new()
        }
    }
}

fn phone(id: &str, number: Option<String>) -> Vec<Phone> {
    number
        .map(|n| Phone {
            id: format!("{id}--telephone"),
            number: n,
            ..Phone::default()
        })
        .into_iter()
        .collect()
}

impl Reader<'_> {
    fn problem(&mut self, path: &[Seg], key: Option<&str>, message: String) {
        let mut full = path.to_vec();
        if let Some(k) = key {
            full.push(Seg::Key(k.to_owned()));
        }
        let line = match self.loc.line_of(&full) {
            Some(l) => Some(l),
            None => self.loc.line_of(path),
        };
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line,
            place: place(&full),
            message,
        });
    }

    fn checked<S: Source + ?Sized>(&mut self, path: &[Seg], r: Rec<'_, S>) -> bool {
        let ok = r.problems.is_empty();
        for (key, msg) in r.problems {
            self.problem(
                path,
                Some(&key),
                format!("{msg} This {} was left out.", r.what),
            );
        }
        ok
    }

    fn structure(&mut self, path: &[Seg], m: &Obj) {
        let src = Fields(m);
        let mut r = Rec::new(&src, "structure");
        let id = r.req("id");
        let name = r.req("nom");
        let _ = r.date("date_maj");
        let org = Organization {
            id: id.clone(),
            name: name.clone(),
            description: r.opt("description").unwrap_or_default(),
            email: r.opt("courriel"),
            website: r.opt("site_web"),
            phones: phone(&id, r.opt("telephone")),
            ..Organization::default()
        };
        let at = Place::read(&mut r, &id);
        let access_url = r.opt("accessibilite_lieu");
        let schedules = hours(&mut r, &id);
        if !self.checked(path, r) {
            return;
        }
        if at.is_somewhere() || access_url.is_some() || !schedules.is_empty() {
            self.b.location(Location {
                id: place_id(&id),
                organization_id: Some(id.clone()),
                location_type: "physical".to_owned(),
                name: Some(name),
                latitude: at.latitude,
                longitude: at.longitude,
                addresses: at.address.into_iter().collect(),
                accessibility: access_url
                    .map(|url| Accessibility {
                        id: format!("{id}--accessibilite"),
                        description: Some("Accesslibre".to_owned()),
                        url: Some(url),
                        ..Accessibility::default()
                    })
                    .into_iter()
                    .collect(),
                schedules,
                ..Location::default()
            });
        }
        self.b.organization(org);
    }

    fn service(&mut self, path: &[Seg], m: &Obj) {
        let src = Fields(m);
        let mut r = Rec::new(&src, "service");
        let id = r.req("id");
        let structure = r.req("structure_id");
        let name = r.req("nom");
        let last_checked = r.date("date_maj");
        let topics = vocabulary(
            &mut r,
            m,
            "thematiques",
            is_known_topic,
            "a data·inclusion thématique (such as numerique--acceder-a-des-services-en-ligne) or a digital-help topic (aide-numerique--…)",
        );
        let accueil = vocabulary(
            &mut r,
            m,
            "modes_accueil",
            one_of(MODES_ACCUEIL),
            "a-distance or en-presentiel",
        );
        let mobilisation = vocabulary(
            &mut r,
            m,
            "modes_mobilisation",
            one_of(MODES_MOBILISATION),
            "one of envoyer-un-courriel, se-presenter, telephoner, utiliser-lien-mobilisation",
        );
        let by = vocabulary(
            &mut r,
            m,
            "mobilisable_par",
            one_of(MOBILISABLE_PAR),
            "usagers or professionnels",
        );
        let frais = vocabulary(&mut r, m, "frais", one_of(FRAIS), "gratuit or payant");
        let publics = vocabulary(
            &mut r,
            m,
            "publics",
            |c| PUBLICS.iter().any(|(v, _)| *v == c),
            "a data·inclusion public (tous-publics, jeunes, seniors, familles…)",
        );
        let publics_precisions = r.opt("publics_precisions");
        let zones = match codes(m, "zone_eligibilite") {
            Ok(z) => z,
            Err(msg) => {
                r.bad("zone_eligibilite", msg);
                Vec::new()
            }
        };
        let at = Place::read(&mut r, &id);
        let schedules = hours(&mut r, &id);

        // How people get in.
        let mut access: Vec<AccessMode> = Vec::new();
        let only_professionals = !by.is_empty() && by.iter().all(|b| b == "professionnels");
        if only_professionals {
            access.push(AccessMode::ReferralOnly);
        } else {
            for mode in &mobilisation {
                let m = match mode.as_str() {
                    "se-presenter" => AccessMode::WalkIn,
                    "telephoner" => AccessMode::Phone,
                    _ => AccessMode::Online,
                };
                if !access.contains(&m) {
                    access.push(m);
                }
            }
            let remote =
                access.contains(&AccessMode::Phone) || access.contains(&AccessMode::Online);
            if accueil.iter().any(|a| a == "a-distance") && !remote {
                access.push(AccessMode::Online);
            }
        }
        // Who is welcome: a service with publics other than everyone is for them only.
        let for_some: Vec<&str> = publics
            .iter()
            .filter(|p| p.as_str() != "tous-publics")
            .filter_map(|p| PUBLICS.iter().find(|(v, _)| v == p).map(|(_, l)| *l))
            .collect();
        let everyone = for_some.is_empty() || publics.iter().any(|p| p == "tous-publics");
        let (welcome, audience) = if everyone {
            (Welcome::Everyone, None)
        } else {
            let labels = for_some.join(", ");
            let words = match &publics_precisions {
                Some(p) => format!("{labels} : {p}"),
                None => labels,
            };
            (Welcome::Exclusive, Some(words))
        };
        let mut eligibility = r.opt("conditions_acces");
        if everyone {
            if let Some(p) = &publics_precisions {
                eligibility = Some(match eligibility {
                    Some(e) => format!("{e}\n{p}"),
                    None => p.clone(),
                });
            }
        }
        let free = if frais.iter().any(|f| f == "payant") {
            Some(false)
        } else if frais.iter().any(|f| f == "gratuit") {
            Some(true)
        } else {
            None
        };
        let service = Service {
            id: id.clone(),
            organization_id: Some(structure.clone()),
            name,
            description: r.opt("description"),
            url: r.opt("lien_mobilisation").or_else(|| r.opt("lien_source")),
            email: r.opt("courriel"),
            application_process: r.opt("mobilisation_precisions"),
            fees_description: r.opt("frais_precisions"),
            eligibility_description: eligibility,
            last_checked,
            phones: phone(&id, r.opt("telephone")),
            schedules,
            service_areas: zones
                .iter()
                .map(|z| ServiceArea {
                    id: format!("{id}--zone-{z}"),
                    name: Some(z.clone()),
                    ..ServiceArea::default()
                })
                .collect(),
            free,
            contacts: r
                .opt("contact_nom_prenom")
                .map(|n| Contact {
                    id: format!("{id}--contact"),
                    name: Some(n),
                    ..Contact::default()
                })
                .into_iter()
                .collect(),
            topics,
            access,
            welcome,
            audience,
            ..Service::default()
        };
        if !self.checked(path, r) {
            return;
        }
        // Where: its own address if it has one, else its structure's place (unless it is
        // offered at a distance only).
        let remote_only = !accueil.is_empty() && accueil.iter().all(|a| a == "a-distance");
        let location = if at.is_somewhere() {
            let lid = place_id(&id);
            self.b.location(Location {
                id: lid.clone(),
                organization_id: Some(structure.clone()),
                location_type: "physical".to_owned(),
                latitude: at.latitude,
                longitude: at.longitude,
                addresses: at.address.into_iter().collect(),
                ..Location::default()
            });
            Some(lid)
        } else {
            let lid = place_id(&structure);
            (!remote_only && self.b.has_location(&lid)).then_some(lid)
        };
        if let Some(lid) = location {
            self.b.service_at_location(ServiceAtLocation {
                id: format!("{id}@{lid}"),
                service_id: id.clone(),
                location_id: lid,
                ..ServiceAtLocation::default()
            });
        }
        self.b.service(service);
    }
}
