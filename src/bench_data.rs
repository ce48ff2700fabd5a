//! `guichet bench-data`: deterministic, fictional datasets of realistic shape for the
//! benchmarks (docs/benchmarks.md). Every name, number and text is generated from a seed;
//! none belongs to a real person.

use anyhow::{bail, Context};
use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use guichet_domain::ids::{SiteId, TeamId, UserId};
use guichet_domain::org::{parse_closing_days, DayHours, PhoneNumber, Postcode, WeeklyHours};
use guichet_domain::user::{DisplayName, Username};
use guichet_domain::{niss, postcodes, Role, RoleSet};
use guichet_store::bulk::{Loader, Value};
use guichet_store::org::{self, SiteInput};
use guichet_store::{persons, users, Db};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use sqlx::Row;
use std::time::Instant;

/// The one password of every generated staff account (printed by `bench-data`).
pub const PASSWORD: &str = "banc-d-essai-2026";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Size {
    Centre,
    Large,
    Region,
}

pub struct Shape {
    /// Services of the directory (J5), each offered at one place.
    pub directory_services: usize,
    pub persons: usize,
    pub notes: usize,
    pub appointments: usize,
    pub staff: usize,
    pub sites: usize,
    pub teams_per_site: usize,
}

impl Size {
    pub fn shape(self) -> Shape {
        match self {
            Size::Centre => Shape {
                directory_services: 2_000,
                persons: 10_000,
                notes: 100_000,
                appointments: 30_000,
                staff: 40,
                sites: 2,
                teams_per_site: 2,
            },
            Size::Large => Shape {
                directory_services: 20_000,
                persons: 100_000,
                notes: 2_000_000,
                appointments: 500_000,
                staff: 300,
                sites: 6,
                teams_per_site: 4,
            },
            Size::Region => Shape {
                directory_services: 20_000,
                persons: 500_000,
                notes: 10_000_000,
                appointments: 1_500_000,
                staff: 1_000,
                sites: 20,
                teams_per_site: 4,
            },
        }
    }
}

pub const GIVEN_FR: &[&str] = &[
    "Marie",
    "Jean",
    "Sophie",
    "Nathalie",
    "Philippe",
    "Isabelle",
    "Michel",
    "Christine",
    "Françoise",
    "Pierre",
    "Luc",
    "Anne",
    "Véronique",
    "Thierry",
    "Catherine",
    "Patrick",
    "Valérie",
    "Jean-Marc",
    "Marie-Claire",
    "Jean-Pierre",
    "Hélène",
    "Éric",
    "Céline",
    "Julien",
    "Aurélie",
    "Nicolas",
    "Chloé",
    "Léa",
    "Noémie",
    "Jérôme",
    "Mélanie",
    "Benoît",
    "Frédéric",
    "Josiane",
    "Ginette",
    "Anne-Sophie",
    "Rémi",
    "Gaëlle",
    "Maëlle",
    "Zoé",
];
pub const GIVEN_NL: &[&str] = &[
    "Jan",
    "Els",
    "Peter",
    "An",
    "Koen",
    "Lieve",
    "Marc",
    "Katrien",
    "Bart",
    "Sofie",
    "Wim",
    "Inge",
    "Dirk",
    "Veerle",
    "Tom",
    "Nele",
    "Jef",
    "Griet",
    "Pieter-Jan",
    "Annelies",
    "Joris",
    "Lotte",
    "Wouter",
    "Femke",
    "Stijn",
    "Ilse",
    "Geert",
    "Hanne",
    "Rik",
    "Eline",
];
pub const GIVEN_OTHER: &[&str] = &[
    "Mohamed",
    "Fatima",
    "Youssef",
    "Aïcha",
    "Ahmet",
    "Zeynep",
    "Ibrahima",
    "Aminata",
    "Piotr",
    "Agnieszka",
    "Olena",
    "Andriy",
    "Ana",
    "Ion",
    "Grace",
    "Emmanuel",
    "Nour",
    "Karim",
    "Khadija",
    "Samir",
    "Rachida",
    "Mamadou",
    "Mariam",
    "Sara",
    "Tesfaye",
    "Rui",
    "Lucia",
    "Irina",
    "Bilal",
    "Yasmina",
    "Hamza",
    "Salma",
    "Oumar",
    "Aïssatou",
    "Mehmet",
];
pub const FAMILY_FR: &[&str] = &[
    "Dubois",
    "Lambert",
    "Dupont",
    "Martin",
    "Simon",
    "Laurent",
    "Leclercq",
    "Lejeune",
    "Renard",
    "Collignon",
    "Gérard",
    "François",
    "Lemaire",
    "Denis",
    "Hubert",
    "Noël",
    "Mathieu",
    "Henry",
    "Dumont",
    "Fontaine",
    "Gilson",
    "Piérard",
    "Jacquet",
    "Louis",
    "Delvaux",
    "Lefèvre",
    "Charlier",
    "Masson",
    "De Smet",
    "Dubois-Lambert",
    "Thiry",
    "Wilmotte",
    "Leroy",
    "Bastin",
    "Marchal",
    "Hardy",
    "Defossé",
    "Goffin",
    "Ernotte",
];
pub const FAMILY_NL: &[&str] = &[
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Vos",
    "Hermans",
    "Van den Broeck",
    "Van Damme",
    "De Backer",
    "Vermeulen",
    "Van de Velde",
    "Dewulf",
    "Verstraete",
    "Desmet",
    "Van Acker",
    "Lemmens",
    "Pauwels",
    "Declercq",
    "Michiels",
    "Smets",
    "Van Hoof",
    "D'Hondt",
    "Vandenberghe",
    "Coppens",
    "Stevens",
    "Verhoeven",
    "Op de Beeck",
];
pub const FAMILY_OTHER: &[&str] = &[
    "El Amrani",
    "Benali",
    "Ouali",
    "Haddad",
    "Yılmaz",
    "Demir",
    "Diallo",
    "Bah",
    "Sow",
    "Kowalski",
    "Nowak",
    "Shevchenko",
    "Popa",
    "Popescu",
    "Mukendi",
    "Nkurunziza",
    "Saleh",
    "Tahiri",
    "Bouzid",
    "Amrani",
    "Ferreira",
    "Santos",
    "Rossi",
    "Ivanova",
    "Tesfaye",
    "Khan",
    "Benhaddou",
    "El Idrissi",
    "Ben Youssef",
    "Kabila",
    "Mbuyi",
    "Öztürk",
    "Çelik",
    "Ndiaye",
    "Traoré",
];

const STREETS_FR: &[&str] = &[
    "Rue de la Station",
    "Rue du Moulin",
    "Avenue des Tilleuls",
    "Rue de l'Église",
    "Chaussée de Bruxelles",
    "Rue des Écoles",
    "Place communale",
    "Rue du Château",
    "Avenue de la Gare",
    "Rue Haute",
    "Rue de Namur",
    "Clos des Aubépines",
];
const STREETS_NL: &[&str] = &[
    "Kerkstraat",
    "Stationsstraat",
    "Molenstraat",
    "Dorpsstraat",
    "Schoolstraat",
    "Nieuwstraat",
    "Kapelstraat",
    "Beekstraat",
    "Brugstraat",
    "Veldstraat",
    "Markt",
];

const NOTE_OPEN_FR: &[&str] = &[
    "Entretien à l'accueil avec la personne",
    "Appel téléphonique de la personne",
    "Visite à domicile",
    "Passage sans rendez-vous",
    "Appel de sa fille",
    "Rendez-vous au bureau",
    "Échange de courriels avec l'assistante sociale du CPAS voisin",
    "Reçu un courrier de la personne",
];
const NOTE_TOPIC_FR: &[&str] = &[
    "au sujet de sa facture d'électricité en retard",
    "pour son dossier de revenu d'intégration",
    "concernant le loyer impayé de mars",
    "à propos de la carte médicale",
    "pour une demande d'aide alimentaire (épicerie sociale)",
    "au sujet d'une médiation de dettes",
    "pour remplir le formulaire d'allocations familiales",
    "concernant la garantie locative",
    "à propos de l'inscription à la mutuelle",
    "pour la prime énergie et le tarif social",
    "au sujet de la recherche d'un logement",
    "concernant un rappel de la banque",
    "pour une aide aux frais de médicaments",
    "à propos d'un accès à itsme et au guichet électronique",
];
const NOTE_DETAIL_FR: &[&str] = &[
    "Elle apportera les extraits de compte la semaine prochaine.",
    "Il manque l'attestation du propriétaire.",
    "Documents reçus et copiés pour le dossier.",
    "Orientée vers le service logement.",
    "Un plan de paiement a été proposé au fournisseur.",
    "Elle ne sait pas lire les courriers officiels : rappeler par téléphone.",
    "Il souhaite un rendez-vous avec interprète.",
    "Situation stable, à revoir dans trois mois.",
    "Le dossier passera au comité jeudi.",
    "Demande de complément envoyée par courrier.",
];
const NOTE_OPEN_NL: &[&str] = &[
    "Gesprek aan het onthaal",
    "Telefoon van de persoon",
    "Huisbezoek",
    "Spontaan langsgekomen",
    "Telefoon van haar zoon",
    "Afspraak op kantoor",
];
const NOTE_TOPIC_NL: &[&str] = &[
    "over de achterstallige energiefactuur",
    "voor het dossier leefloon",
    "over de onbetaalde huur",
    "over de medische kaart",
    "voor voedselhulp (sociale kruidenier)",
    "over schuldbemiddeling",
    "over de huurwaarborg",
    "over de aansluiting bij het ziekenfonds",
    "over de zoektocht naar een woning",
];
const NOTE_DETAIL_NL: &[&str] = &[
    "Ze brengt volgende week de rekeninguittreksels mee.",
    "Het attest van de verhuurder ontbreekt nog.",
    "Documenten ontvangen en gekopieerd.",
    "Doorverwezen naar de woondienst.",
    "Afbetalingsplan voorgesteld aan de leverancier.",
    "Kan de brieven niet lezen: telefonisch opvolgen.",
    "Vraagt een afspraak met tolk.",
    "Stabiele situatie, binnen drie maanden opnieuw bekijken.",
];
const TAGS: &[&str] = &[
    "", "", "", "énergie", "logement", "dettes", "santé", "urgent",
];
const TOPICS: &[&str] = &[
    "equipement-et-alimentation--alimentation",
    "logement-hebergement--reduire-les-impayes-de-loyer",
    "logement-hebergement--se-maintenir-dans-le-logement",
    "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
    "sante--acces-aux-soins",
    "numerique--acceder-a-des-services-en-ligne",
    "famille--soutien-aidants",
];
const CHANNELS: &[&str] = &[
    "sms",
    "sms,paper-letter",
    "paper-letter",
    "paper-letter,landline",
    "email,sms",
    "mobile",
    "walk-in-only",
    "",
];
const NEEDS: &[&str] = &[
    "",
    "",
    "",
    "",
    "reading-difficulty",
    "large-print",
    "interpreter",
    "no-smartphone,no-computer",
    "no-itsme",
];

const SITE_TOWNS: &[(&str, &str)] = &[
    ("1300", "Wavre"),
    ("1400", "Nivelles"),
    ("5000", "Namur"),
    ("4000", "Liège"),
    ("6000", "Charleroi"),
    ("7000", "Mons"),
    ("1000", "Bruxelles"),
    ("9000", "Gent"),
    ("2000", "Antwerpen"),
    ("3000", "Leuven"),
    ("8000", "Brugge"),
    ("3500", "Hasselt"),
    ("1480", "Tubize"),
    ("6700", "Arlon"),
    ("4800", "Verviers"),
    ("7500", "Tournai"),
    ("2800", "Mechelen"),
    ("9300", "Aalst"),
    ("8500", "Kortrijk"),
    ("5100", "Jambes"),
];
const SERVICES: &[(&str, bool)] = &[
    ("Service social général", false),
    ("Médiation de dettes", false),
    ("Aide et soins à domicile", true),
    ("Énergie et logement", false),
];

/// Makes a near-duplicate of a name: one letter dropped, doubled or swapped, or the
/// accents lost, as typed in a hurry at the desk.
fn typo(rng: &mut StdRng, s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() < 4 {
        return format!("{s}e");
    }
    let i = rng.gen_range(1..chars.len() - 1);
    let mut out = chars.clone();
    match rng.gen_range(0..4) {
        0 => {
            out.remove(i);
        }
        1 => out.insert(i, chars[i]),
        2 => out.swap(i, i + 1),
        _ => return guichet_domain::matching::normalise(s),
    }
    out.into_iter().collect()
}

fn pick<'a>(rng: &mut StdRng, list: &[&'a str]) -> &'a str {
    list.choose(rng).copied().unwrap_or("")
}

/// Year, month, day.
type Ymd = (i64, i64, i64);

struct Staff {
    id: UserId,
    role: Role,
    team: TeamId,
}

pub struct Summary {
    pub seconds: f64,
    pub directory_services: usize,
    /// Time spent writing the directory (through the ordinary import path).
    pub directory_seconds: f64,
    pub persons: usize,
    pub notes: usize,
    pub appointments: usize,
    pub requests: usize,
    pub staff: usize,
    pub usernames: Vec<String>,
}

async fn max_id(db: &Db, table: &str) -> anyhow::Result<i64> {
    let row = sqlx::query(&format!("SELECT COALESCE(MAX(id), 0) AS m FROM {table}"))
        .fetch_one(db.pool())
        .await?;
    Ok(row.try_get::<i64, _>("m")?)
}

fn hours(spec: &str) -> anyhow::Result<WeeklyHours> {
    let mut w = WeeklyHours::default();
    for i in 0..5 {
        w.0[i] = DayHours::parse(spec).map_err(|e| anyhow::anyhow!("hours: {e}"))?;
    }
    Ok(w)
}

/// Generates the dataset into `db` (already migrated). Refuses a database with persons
/// unless `force`.
pub async fn generate(db: &Db, size: Size, seed: u64, force: bool) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let existing = sqlx::query("SELECT COUNT(*) AS n FROM persons")
        .fetch_one(db.pool())
        .await?
        .try_get::<i64, _>("n")?;
    if existing > 0 && !force {
        bail!("this database already has {existing} person files: use an empty database (or --force to add a dataset anyway)");
    }
    let shape = size.shape();
    let mut rng = StdRng::seed_from_u64(seed);
    let now = Utc::now().timestamp();
    let today = Utc::now().date_naive();
    let day = 86_400i64;
    let tag = format!("{seed}");

    // Organisation, sites, services, teams and staff through the ordinary store functions.
    org::set_organisation_name(db, "CPAS de Banc-d'Essai (données fictives)", now).await?;
    let mut teams: Vec<(TeamId, SiteId, bool)> = Vec::new();
    for s in 0..shape.sites {
        let (pc, town) = SITE_TOWNS[s % SITE_TOWNS.len()];
        let site = org::create_site(
            db,
            &SiteInput {
                name: format!("Antenne {town} {}", s + 1),
                street: format!("{} {}", pick(&mut rng, STREETS_FR), s + 3),
                postcode: Postcode::parse(pc)?,
                municipality: town.into(),
                phone: PhoneNumber::parse(&format!("010 {:02} {:02} {:02}", 20 + s, 40, 10))?,
                opening_hours: hours("8:30-12:00, 13:00-16:30")?,
                walkin_hours: hours("9:00-12:00")?,
                closing_days: parse_closing_days("2026-12-24 Veille de Noël")?,
            },
            now,
        )
        .await?;
        for t in 0..shape.teams_per_site {
            let (name, health) = SERVICES[(s * shape.teams_per_site + t) % SERVICES.len()];
            let service = org::create_service(db, site, name, now).await?;
            let team = org::create_team(db, service, &format!("{name} — {town}"), now).await?;
            teams.push((team, site, health));
        }
    }
    let hash = guichet_web::password::hash_blocking(PASSWORD.to_owned()).await?;
    let mut staff: Vec<Staff> = Vec::new();
    let mut usernames = Vec::new();
    let mut counters = [0usize; Role::ALL.len()];
    for i in 0..shape.staff {
        let (team, _, health) = teams[i % teams.len()];
        let role = match i {
            0 => Role::Admin,
            1 => Role::Dpo,
            _ if i % teams.len() == 0 && i >= teams.len() && i < 3 * teams.len() => {
                Role::Coordinator
            }
            _ if health => {
                if i % 5 == 2 {
                    Role::Reception
                } else {
                    Role::HealthWorker
                }
            }
            _ if i % 4 == 2 || i < teams.len() + 2 => Role::Reception,
            _ => Role::SocialWorker,
        };
        let prefix = match role {
            Role::Reception => "accueil",
            Role::SocialWorker => "social",
            Role::HealthWorker => "soins",
            Role::Coordinator => "coord",
            Role::Dpo => "dpo",
            Role::Admin => "admin",
            Role::Volunteer => "benevole",
        };
        let k = &mut counters[Role::ALL.iter().position(|r| *r == role).unwrap_or(0)];
        *k += 1;
        let username = format!("{prefix}-{:03}", *k);
        let given = pick(&mut rng, GIVEN_FR);
        let family = pick(&mut rng, FAMILY_NL);
        let id = users::create(
            db,
            &users::NewUser {
                username: Username::parse(&username).map_err(|e| anyhow::anyhow!("{e}"))?,
                display_name: DisplayName::parse(&format!("{given} {family}"))
                    .map_err(|e| anyhow::anyhow!("{e}"))?,
                lang: None,
                roles: RoleSet::empty().with(role),
                teams: match role {
                    Role::Dpo | Role::Admin => vec![],
                    _ => vec![team],
                },
            },
            now,
        )
        .await
        .with_context(|| format!("account {username}"))?;
        users::set_password_hash(db, id, &hash).await?;
        staff.push(Staff { id, role, team });
        usernames.push(username);
    }
    let workers_of = |team: TeamId, health: bool| -> Vec<UserId> {
        staff
            .iter()
            .filter(|s| {
                s.team == team
                    && matches!(s.role, Role::SocialWorker | Role::HealthWorker)
                    && (s.role == Role::HealthWorker) == health
            })
            .map(|s| s.id)
            .collect()
    };
    let team_workers: Vec<Vec<UserId>> = teams
        .iter()
        .map(|(t, _, h)| {
            let w = workers_of(*t, *h);
            if w.is_empty() {
                staff.iter().map(|s| s.id).take(1).collect()
            } else {
                w
            }
        })
        .collect();
    let real_postcodes: Vec<(String, &'static str)> = (1000u16..=9999)
        .filter_map(|c| {
            let pc = Postcode::parse(&c.to_string()).ok()?;
            let place = postcodes::places(pc).first()?;
            Some((c.to_string(), place.name))
        })
        .collect();

    let base_person = max_id(db, "persons").await?;
    let base_request = max_id(db, "requests").await?;
    let base_appointment = max_id(db, "appointments").await?;
    let mut loader = Loader::new(db).await?;

    // Persons, their numbers, phones, emails, follow-ups and consents.
    let mut person_teams: Vec<Vec<usize>> = Vec::with_capacity(shape.persons);
    let mut person_lang_nl: Vec<bool> = Vec::with_capacity(shape.persons);
    let mut names: Vec<(String, String, Option<Ymd>)> = Vec::new();
    let mut niss_counter: u32 = 0;
    let batch = 5_000;
    let mut p_rows = Vec::new();
    let mut hist_rows = Vec::new();
    let mut phone_rows = Vec::new();
    let mut email_rows = Vec::new();
    let mut follow_rows = Vec::new();
    let mut consent_rows = Vec::new();
    for i in 0..shape.persons {
        let id = base_person + 1 + i as i64;
        let nl = rng.gen_bool(0.4);
        let dup = i > 100 && rng.gen_bool(0.02);
        let (given, family, birth) = if dup {
            let j = rng.gen_range(0..names.len());
            let (g, f, b) = names[j].clone();
            if rng.gen_bool(0.5) {
                (typo(&mut rng, &g), f, b)
            } else {
                (g, typo(&mut rng, &f), b)
            }
        } else {
            let origin = rng.gen_range(0..10);
            let given_list = match origin {
                0..=3 if !nl => GIVEN_FR,
                0..=3 => GIVEN_NL,
                4..=6 => {
                    if nl {
                        GIVEN_NL
                    } else {
                        GIVEN_FR
                    }
                }
                _ => GIVEN_OTHER,
            };
            let family_list = match origin {
                0..=6 if nl => FAMILY_NL,
                0..=6 => FAMILY_FR,
                _ => FAMILY_OTHER,
            };
            let mut given = pick(&mut rng, given_list).to_owned();
            if rng.gen_bool(0.15) {
                given = format!("{given} {}", pick(&mut rng, given_list));
            }
            let mut family = pick(&mut rng, family_list).to_owned();
            if rng.gen_bool(0.05) {
                family = format!("{family}-{}", pick(&mut rng, family_list));
            }
            let birth = if rng.gen_bool(0.9) {
                let d = NaiveDate::from_ymd_opt(rng.gen_range(1935..2008), 1, 1).unwrap_or(today)
                    + Duration::days(rng.gen_range(0..365));
                Some((d.year() as i64, d.month() as i64, d.day() as i64))
            } else {
                None
            };
            (given, family, birth)
        };
        names.push((given.clone(), family.clone(), birth));
        let niss = match birth {
            Some((y, m, d)) if rng.gen_bool(0.7) => {
                niss_counter += 1;
                let yymmdd = format!("{:02}{m:02}{d:02}", y % 100);
                Some(niss::with_check_number(
                    &yymmdd,
                    1 + (niss_counter % 997),
                    y >= 2000,
                ))
            }
            _ => None,
        };
        let (street, pc, town, kind) = if rng.gen_bool(0.93) {
            let (pc, town) = real_postcodes
                .choose(&mut rng)
                .cloned()
                .unwrap_or(("1300".into(), "Wavre"));
            let streets = if nl { STREETS_NL } else { STREETS_FR };
            (
                format!("{} {}", pick(&mut rng, streets), rng.gen_range(1..180)),
                pc,
                town.to_owned(),
                "belgian",
            )
        } else {
            (String::new(), String::new(), String::new(), "unknown")
        };
        let channels = pick(&mut rng, CHANNELS);
        let created = now - rng.gen_range(30..3 * 365) * day;
        p_rows.push(vec![
            Value::Int(id),
            given.as_str().into(),
            family.as_str().into(),
            persons::name_key(&given, &family, "").into(),
            Value::Int(created),
            birth.map(|b| b.0).into(),
            birth.map(|b| b.1).into(),
            birth.map(|b| b.2).into(),
            niss.clone().into(),
            channels.into(),
            (if nl { "nl" } else { "fr" }).into(),
            pick(&mut rng, NEEDS).into(),
            kind.into(),
            street.into(),
            pc.into(),
            town.into(),
        ]);
        if let Some(n) = niss {
            hist_rows.push(vec![Value::Int(id), n.into(), Value::Int(created)]);
        }
        let mut pos = 0;
        if rng.gen_bool(0.85) {
            let holder = if rng.gen_bool(0.08) {
                if nl {
                    "haar zoon"
                } else {
                    "sa fille"
                }
            } else {
                ""
            };
            phone_rows.push(vec![
                Value::Int(id),
                format!(
                    "+324{}{:07}",
                    rng.gen_range(60..99),
                    rng.gen_range(0..10_000_000)
                )
                .into(),
                "mobile".into(),
                holder.into(),
                Value::Int(pos),
            ]);
            pos += 1;
        }
        if rng.gen_bool(0.25) {
            phone_rows.push(vec![
                Value::Int(id),
                format!("+3210{:06}", rng.gen_range(0..1_000_000)).into(),
                "landline".into(),
                "".into(),
                Value::Int(pos),
            ]);
        }
        if rng.gen_bool(0.4) {
            email_rows.push(vec![
                Value::Int(id),
                format!(
                    "{}.{}{}@exemple.be",
                    guichet_domain::matching::normalise(&given).replace(' ', "-"),
                    guichet_domain::matching::normalise(&family).replace(' ', "-"),
                    i % 100
                )
                .into(),
                "".into(),
                Value::Int(0),
            ]);
        }
        let first = rng.gen_range(0..teams.len());
        let mut mine = vec![first];
        if rng.gen_bool(0.2) && teams.len() > 1 {
            let second = (first + 1 + rng.gen_range(0..teams.len() - 1)) % teams.len();
            mine.push(second);
        }
        for &t in &mine {
            follow_rows.push(vec![
                Value::Int(id),
                Value::Int(teams[t].0.get()),
                Value::Int(created),
            ]);
        }
        person_teams.push(mine);
        person_lang_nl.push(nl);
        for purpose in ["sms", "email"] {
            if channels.contains(purpose) {
                consent_rows.push(vec![
                    Value::Int(id),
                    purpose.into(),
                    Value::Int(created),
                    "desk".into(),
                ]);
            }
        }
        if p_rows.len() >= batch || i + 1 == shape.persons {
            loader
                .insert(
                    "persons",
                    &[
                        "id",
                        "given_names",
                        "family_name",
                        "name_key",
                        "created_at",
                        "birth_year",
                        "birth_month",
                        "birth_day",
                        "niss",
                        "channels",
                        "language",
                        "needs",
                        "address_kind",
                        "street",
                        "postcode",
                        "municipality",
                    ],
                    &std::mem::take(&mut p_rows),
                )
                .await?;
            loader
                .insert(
                    "person_niss_history",
                    &["person_id", "niss", "recorded_at"],
                    &std::mem::take(&mut hist_rows),
                )
                .await?;
            loader
                .insert(
                    "person_phones",
                    &["person_id", "number", "kind", "holder", "position"],
                    &std::mem::take(&mut phone_rows),
                )
                .await?;
            loader
                .insert(
                    "person_emails",
                    &["person_id", "address", "holder", "position"],
                    &std::mem::take(&mut email_rows),
                )
                .await?;
            loader
                .insert(
                    "person_followups",
                    &["person_id", "team_id", "since"],
                    &std::mem::take(&mut follow_rows),
                )
                .await?;
            loader
                .insert(
                    "consents",
                    &["person_id", "purpose", "given_at", "given_how"],
                    &std::mem::take(&mut consent_rows),
                )
                .await?;
        }
    }
    drop(names);
    loader.commit().await?;
    eprintln!(
        "  {} persons in {:.1} s",
        shape.persons,
        started.elapsed().as_secs_f64()
    );

    // Requests in every status, with their history; about 1.5 per person.
    // Most requests are answered: one in ten is still open (every open status).
    let statuses = [
        "new",
        "acknowledged",
        "in-progress",
        "waiting-for-person",
        "done",
        "redirected",
        "withdrawn",
    ];
    let n_requests = shape.persons * 3 / 2;
    let mut req_rows = Vec::new();
    let mut ev_rows = Vec::new();
    let mut request_of_person: Vec<Option<i64>> = vec![None; shape.persons];
    for r in 0..n_requests {
        let id = base_request + 1 + r as i64;
        let p = rng.gen_range(0..shape.persons);
        request_of_person[p] = Some(id);
        let t = person_teams[p][0];
        let status = if rng.gen_bool(0.1) {
            statuses[rng.gen_range(0..4)]
        } else {
            [
                statuses[4],
                statuses[4],
                statuses[4],
                statuses[5],
                statuses[6],
            ][rng.gen_range(0..5)]
        };
        let age_days = if matches!(status, "done" | "redirected" | "withdrawn") {
            rng.gen_range(20..900)
        } else {
            rng.gen_range(0..60)
        };
        let created = now - age_days * day - rng.gen_range(0..day / 3);
        let promised = (Utc.timestamp_opt(created, 0).single().unwrap_or_default()
            + Duration::days(rng.gen_range(3..30)))
        .date_naive();
        let assigned = if status == "new" || rng.gen_bool(0.2) {
            None
        } else {
            team_workers[t].choose(&mut rng).map(|u| u.get())
        };
        let by = team_workers[t].first().map(|u| u.get());
        let desc = if person_lang_nl[p] {
            format!(
                "{} {}",
                pick(&mut rng, NOTE_TOPIC_NL),
                pick(&mut rng, NOTE_DETAIL_NL)
            )
        } else {
            format!(
                "{} {}",
                pick(&mut rng, NOTE_TOPIC_FR),
                pick(&mut rng, NOTE_DETAIL_FR)
            )
        };
        req_rows.push(vec![
            Value::Int(id),
            Value::Int(base_person + 1 + p as i64),
            Value::Int(teams[t].0.get()),
            assigned.into(),
            pick(
                &mut rng,
                &["walk-in", "walk-in", "phone", "letter", "email", "referral"],
            )
            .into(),
            pick(&mut rng, TOPICS).into(),
            desc.into(),
            pick(
                &mut rng,
                &["urgent", "normal", "normal", "normal", "can-wait"],
            )
            .into(),
            status.into(),
            promised.format("%Y-%m-%d").to_string().into(),
            Value::Int(created),
            by.into(),
        ]);
        ev_rows.push(vec![
            Value::Int(id),
            "new".into(),
            Value::Int(created),
            by.into(),
        ]);
        if status != "new" {
            ev_rows.push(vec![
                Value::Int(id),
                status.into(),
                Value::Int(created + rng.gen_range(day..10 * day).min(now - created)),
                assigned.or(by).into(),
            ]);
        }
        if req_rows.len() >= batch || r + 1 == n_requests {
            loader
                .insert(
                    "requests",
                    &[
                        "id",
                        "person_id",
                        "team_id",
                        "assigned_to",
                        "channel",
                        "topic",
                        "description",
                        "urgency",
                        "status",
                        "promised_on",
                        "created_at",
                        "created_by",
                    ],
                    &std::mem::take(&mut req_rows),
                )
                .await?;
            loader
                .insert(
                    "request_events",
                    &["request_id", "status", "at", "by_user"],
                    &std::mem::take(&mut ev_rows),
                )
                .await?;
        }
    }
    loader.commit().await?;
    eprintln!(
        "  {n_requests} requests in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    // Notes, person by person (the journal index is on person and time).
    let compartments = ["administrative", "social", "social", "social", "digital"];
    let mut note_rows = Vec::new();
    let per_person = shape.notes / shape.persons.max(1);
    let mut written = 0usize;
    for p in 0..shape.persons {
        // Most files have a few notes, some a long history.
        let n = if p + 1 == shape.persons {
            shape.notes.saturating_sub(written)
        } else {
            let k = rng.gen_range(0..=2 * per_person);
            k.min(shape.notes.saturating_sub(written))
        };
        let t = person_teams[p][0];
        let health = teams[t].2;
        let nl = person_lang_nl[p];
        let mut at = now - rng.gen_range(400..1000) * day;
        for _ in 0..n {
            at += rng.gen_range(day / 2..30 * day).min((now - at).max(1));
            let body = if nl {
                format!(
                    "{} {}. {}",
                    pick(&mut rng, NOTE_OPEN_NL),
                    pick(&mut rng, NOTE_TOPIC_NL),
                    pick(&mut rng, NOTE_DETAIL_NL)
                )
            } else {
                format!(
                    "{} {}. {}",
                    pick(&mut rng, NOTE_OPEN_FR),
                    pick(&mut rng, NOTE_TOPIC_FR),
                    pick(&mut rng, NOTE_DETAIL_FR)
                )
            };
            let compartment = if health {
                "health"
            } else {
                pick(&mut rng, &compartments)
            };
            let request = if rng.gen_bool(0.2) {
                request_of_person[p]
            } else {
                None
            };
            note_rows.push(vec![
                Value::Int(base_person + 1 + p as i64),
                request.into(),
                team_workers[t].choose(&mut rng).map(|u| u.get()).into(),
                compartment.into(),
                body.into(),
                pick(&mut rng, TAGS).into(),
                Value::Int(i64::from(rng.gen_bool(0.03))),
                Value::Int(at.min(now)),
            ]);
        }
        written += n;
        if note_rows.len() >= 20_000 || p + 1 == shape.persons {
            loader
                .insert(
                    "notes",
                    &[
                        "person_id",
                        "request_id",
                        "author_id",
                        "compartment",
                        "body",
                        "tags",
                        "private",
                        "created_at",
                    ],
                    &std::mem::take(&mut note_rows),
                )
                .await?;
        }
    }
    loader.commit().await?;
    eprintln!(
        "  {written} notes in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    // Appointments over six months before and after today, in office hours on working
    // days; call-back tasks for some; walk-ins waiting today at each site.
    let mut appt_rows = Vec::new();
    let mut task_rows = Vec::new();
    let midnight = today
        .and_hms_opt(0, 0, 0)
        .map_or(now, |d| d.and_utc().timestamp());
    for a in 0..shape.appointments {
        let id = base_appointment + 1 + a as i64;
        let p = rng.gen_range(0..shape.persons);
        let t = person_teams[p][0];
        let mut offset = rng.gen_range(-182i64..=182);
        // A quarter of a day's worth falls today so the today page has a realistic load.
        let mut d = today + Duration::days(offset);
        while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            offset += 1;
            d = today + Duration::days(offset);
        }
        let starts = midnight + offset * day + (7 * 3600 + rng.gen_range(0..16) * 1800);
        let past = starts < now;
        let status = if past {
            pick(
                &mut rng,
                &[
                    "done",
                    "done",
                    "done",
                    "done",
                    "done",
                    "done",
                    "missed",
                    "cancelled",
                ],
            )
        } else {
            if rng.gen_bool(0.92) {
                "planned"
            } else {
                "cancelled"
            }
        };
        let (place, site) = match rng.gen_range(0..10) {
            0 => ("phone", None),
            1 => ("home", None),
            _ => ("site", Some(teams[t].1.get())),
        };
        appt_rows.push(vec![
            Value::Int(id),
            Value::Int(base_person + 1 + p as i64),
            request_of_person[p].filter(|_| rng.gen_bool(0.5)).into(),
            Value::Int(team_workers[t].choose(&mut rng).map_or(1, |u| u.get())),
            place.into(),
            site.into(),
            (if place == "site" { "Bureau 2" } else { "" }).into(),
            Value::Int(starts),
            Value::Int(
                pick(&mut rng, &["30", "30", "45", "60"])
                    .parse()
                    .unwrap_or(30),
            ),
            pick(
                &mut rng,
                &[
                    "",
                    "",
                    "Carte d'identité",
                    "Extraits de compte, bail",
                    "Factures d'énergie",
                ],
            )
            .into(),
            status.into(),
            Value::Int(starts - rng.gen_range(2..40) * day),
        ]);
        if rng.gen_bool(0.05) {
            let due = (today + Duration::days(offset - 1))
                .format("%Y-%m-%d")
                .to_string();
            task_rows.push(vec![
                Value::Int(base_person + 1 + p as i64),
                Value::Int(id),
                Value::Int(teams[t].0.get()),
                "call-back".into(),
                due.into(),
                (if past { Some(starts - day) } else { None }).into(),
                Value::Int(starts - 20 * day),
            ]);
        }
        if appt_rows.len() >= batch || a + 1 == shape.appointments {
            loader
                .insert(
                    "appointments",
                    &[
                        "id",
                        "person_id",
                        "request_id",
                        "worker_id",
                        "place",
                        "site_id",
                        "room",
                        "starts_at",
                        "minutes",
                        "what_to_bring",
                        "status",
                        "created_at",
                    ],
                    &std::mem::take(&mut appt_rows),
                )
                .await?;
            loader
                .insert(
                    "tasks",
                    &[
                        "person_id",
                        "appointment_id",
                        "team_id",
                        "kind",
                        "due_on",
                        "done_at",
                        "created_at",
                    ],
                    &std::mem::take(&mut task_rows),
                )
                .await?;
        }
    }
    let mut walk_rows = Vec::new();
    let mut sites: Vec<i64> = teams.iter().map(|t| t.1.get()).collect();
    sites.dedup();
    let today_text = today.format("%Y-%m-%d").to_string();
    for s in sites {
        for ticket in 1..=12 {
            let label = format!(
                "{} {}",
                pick(&mut rng, &["Dame", "Monsieur", "Jeune homme", "Couple"]),
                pick(
                    &mut rng,
                    &["manteau rouge", "avec poussette", "casquette", "lunettes"]
                )
            );
            walk_rows.push(vec![
                Value::Int(s),
                today_text.as_str().into(),
                Value::Int(ticket),
                label.into(),
                Value::Int(midnight + 8 * 3600 + ticket * 600),
                (if ticket <= 5 {
                    Some(midnight + 8 * 3600 + ticket * 900)
                } else {
                    None
                })
                .into(),
            ]);
        }
    }
    loader
        .insert(
            "walk_ins",
            &[
                "site_id",
                "day",
                "ticket",
                "label",
                "arrived_at",
                "called_at",
            ],
            &walk_rows,
        )
        .await?;
    loader
        .finish(&["persons", "requests", "appointments"])
        .await?;
    eprintln!(
        "  {} appointments in {:.1} s (seed {tag})",
        shape.appointments,
        started.elapsed().as_secs_f64()
    );
    let directory_started = Instant::now();
    let dir = directory(&mut rng, shape.directory_services, &real_postcodes, today);
    guichet_store::directory::apply(db, "bench-data", "guichet", &dir, now).await?;
    let directory_seconds = directory_started.elapsed().as_secs_f64();
    eprintln!(
        "  {} directory services in {directory_seconds:.1} s",
        shape.directory_services
    );
    Ok(Summary {
        directory_services: shape.directory_services,
        directory_seconds,
        seconds: started.elapsed().as_secs_f64(),
        persons: shape.persons,
        notes: written,
        appointments: shape.appointments,
        requests: n_requests,
        staff: shape.staff,
        usernames,
    })
}

/// Kinds of places in the generated directory: (organisation's kind, service, description).
const DIRECTORY_KINDS: &[(&str, &str, &str)] = &[
    (
        "Espace public numérique",
        "Permanence numérique",
        "Aide au smartphone, à l'ordinateur et aux démarches en ligne, sans rendez-vous.",
    ),
    (
        "Bibliothèque",
        "Ordinateurs en accès libre",
        "Ordinateurs, imprimante et wifi gratuits avec la carte de lecteur.",
    ),
    (
        "Maison médicale",
        "Consultations de médecine générale",
        "Médecins, infirmières et kinés au forfait pour les patients inscrits.",
    ),
    (
        "Épicerie sociale",
        "Épicerie sociale",
        "Produits de base à petit prix, sur orientation d'un service social.",
    ),
    (
        "Service de médiation de dettes",
        "Médiation de dettes",
        "Faire le point sur ses dettes et négocier des plans de paiement.",
    ),
    (
        "Maison de l'emploi",
        "Accompagnement vers l'emploi",
        "Chercher un emploi, écrire un CV, préparer un entretien.",
    ),
    (
        "Agence immobilière sociale",
        "Recherche de logement",
        "Logements à loyer modéré, aide pour un bail et une garantie locative.",
    ),
    (
        "Écrivain public",
        "Aide aux courriers",
        "Comprendre un courrier, remplir un formulaire, écrire une lettre.",
    ),
    (
        "Centre de planning familial",
        "Consultations et écoute",
        "Consultations médicales, psychologiques et juridiques, sans jugement.",
    ),
    (
        "Maison de quartier",
        "Cours de français",
        "Apprendre à parler, lire et écrire le français en petits groupes.",
    ),
];

/// `n` fictional services of the directory, each at its own place on a real postcode,
/// with topics, languages, walk-in hours and costs drawn at random (seeded).
fn directory(
    rng: &mut StdRng,
    n: usize,
    postcodes: &[(String, &'static str)],
    today: NaiveDate,
) -> guichet_domain::directory::Directory {
    use guichet_domain::directory::{
        vocab::DIGITAL_HELP, AccessMode, Address, Directory, Language, Location, Organization,
        Schedule, Service, ServiceAtLocation,
    };
    let topics: Vec<&'static str> = guichet_domain::topics::all()
        .iter()
        .filter(|t| !t.is_category())
        .map(|t| t.code)
        .chain(DIGITAL_HELP.iter().map(|t| t.code))
        .collect();
    let languages = [
        "fr", "nl", "en", "de", "ar", "tr", "es", "it", "pt", "pl", "ro", "ru", "uk",
    ];
    let days = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
    ];
    let mut dir = Directory::default();
    let orgs = (n / 5).max(1);
    for o in 0..orgs {
        let (kind, _, description) = DIRECTORY_KINDS[o % DIRECTORY_KINDS.len()];
        dir.organizations.push(Organization {
            id: format!("bench-org-{o}"),
            name: format!("{kind} n° {}", o + 1),
            description: description.into(),
            ..Default::default()
        });
    }
    for i in 0..n {
        let o = i % orgs;
        let (_, service, description) = DIRECTORY_KINDS[o % DIRECTORY_KINDS.len()];
        let (pc, town) = postcodes
            .choose(rng)
            .cloned()
            .unwrap_or_else(|| ("1000".into(), "Bruxelles"));
        let mut spoken: Vec<&str> = vec![if pc.starts_with(['8', '9', '2', '3']) {
            "nl"
        } else {
            "fr"
        }];
        let more = rng.gen_range(0..3);
        for l in languages.choose_multiple(rng, more) {
            if !spoken.contains(l) {
                spoken.push(l);
            }
        }
        let walk_in = rng.gen_bool(0.6);
        let mut access = vec![if walk_in {
            AccessMode::WalkIn
        } else {
            AccessMode::Appointment
        }];
        if rng.gen_bool(0.5) {
            access.push(AccessMode::Phone);
        }
        let slots = rng.gen_range(1..4);
        let schedules = (0..slots)
            .map(|k| {
                let open = rng.gen_range(8..15);
                let day_count = rng.gen_range(1..4);
                Schedule {
                    id: format!("bench-sch-{i}-{k}"),
                    attending: walk_in.then_some(AccessMode::WalkIn),
                    freq: Some("WEEKLY".into()),
                    byday: days.choose_multiple(rng, day_count).copied().collect(),
                    opens_at: chrono::NaiveTime::from_hms_opt(open, 0, 0),
                    closes_at: chrono::NaiveTime::from_hms_opt(open + rng.gen_range(2..4), 0, 0),
                    ..Default::default()
                }
            })
            .collect();
        let topic_count = rng.gen_range(1..4);
        dir.services.push(Service {
            id: format!("bench-svc-{i}"),
            organization_id: Some(format!("bench-org-{o}")),
            name: format!("{service} — {town}"),
            description: Some(description.into()),
            topics: topics
                .choose_multiple(rng, topic_count)
                .map(|t| (*t).to_owned())
                .collect(),
            access,
            languages: spoken
                .iter()
                .map(|c| Language {
                    id: format!("bench-lang-{i}-{c}"),
                    code: Some((*c).into()),
                    ..Default::default()
                })
                .collect(),
            schedules,
            free: Some(rng.gen_bool(0.7)),
            last_checked: Some(today - Duration::days(rng.gen_range(0..800))),
            check_every_months: Some(6),
            ..Default::default()
        });
        dir.locations.push(Location {
            id: format!("bench-loc-{i}"),
            organization_id: Some(format!("bench-org-{o}")),
            location_type: "physical".into(),
            latitude: Some(rng.gen_range(49.5..51.5)),
            longitude: Some(rng.gen_range(2.6..6.3)),
            addresses: vec![Address {
                id: format!("bench-addr-{i}"),
                address_1: format!("{} {}", pick(rng, STREETS_FR), rng.gen_range(1..200)),
                city: town.into(),
                state_province: "Belgique".into(),
                postal_code: pc.clone(),
                country: "BE".into(),
                address_type: "physical".into(),
                ..Default::default()
            }],
            wheelchair: Some(rng.gen_bool(0.5)),
            ..Default::default()
        });
        dir.service_at_locations.push(ServiceAtLocation {
            id: format!("bench-sal-{i}"),
            service_id: format!("bench-svc-{i}"),
            location_id: format!("bench-loc-{i}"),
            ..Default::default()
        });
    }
    dir
}
