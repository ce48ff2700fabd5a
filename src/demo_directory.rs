//! The demo's directory of local services: fictional places around Wavre, Ottignies,
//! Louvain-la-Neuve and Namur (names, addresses and numbers made up), with walk-in hours,
//! languages, costs and one temporary closure around the day the demo starts.

use chrono::{Duration, NaiveDate, NaiveTime, Weekday};
use guichet_domain::directory::{
    AccessMode, Address, Closure, Directory, Language, Location, Organization, Phone,
    RequiredDocument, Schedule, Service, ServiceAtLocation, Welcome,
};

/// Days of the week, opening (hour, minute), closing (hour, minute).
type Hours = (&'static [Weekday], (u32, u32), (u32, u32));

struct Place {
    key: &'static str,
    org: &'static str,
    service: &'static str,
    description: &'static str,
    street: &'static str,
    postcode: &'static str,
    city: &'static str,
    at: (f64, f64),
    phone: &'static str,
    topics: &'static [&'static str],
    access: &'static [AccessMode],
    languages: &'static [&'static str],
    /// (days, opens, closes) of walk-in hours (or of opening hours when not walk-in).
    hours: &'static [Hours],
    free: bool,
    wheelchair: bool,
    bring: &'static [&'static str],
    welcome: Welcome,
    audience: Option<&'static str>,
    /// Days since it was last checked.
    checked_days_ago: i64,
}

use Weekday::{Fri, Mon, Sat, Thu, Tue, Wed};

const PLACES: &[Place] = &[
    Place {
        key: "epn-wavre",
        org: "Espace public numérique de Val-des-Saules",
        service: "Atelier smartphone et démarches en ligne",
        description: "Apprendre à se servir de son smartphone, créer une adresse e-mail, installer itsme, faire une démarche en ligne avec quelqu'un à côté de soi.",
        street: "Rue des Tilleuls 14",
        postcode: "1300",
        city: "Wavre",
        at: (50.7170, 4.6110),
        phone: "010 23 45 80",
        topics: &["aide-numerique--smartphone", "aide-numerique--demarches-en-ligne", "aide-numerique--itsme-eid"],
        access: &[AccessMode::WalkIn, AccessMode::Phone],
        languages: &["fr", "ar"],
        hours: &[(&[Tue, Thu], (9, 0), (12, 0)), (&[Thu], (13, 30), (16, 0))],
        free: true,
        wheelchair: true,
        bring: &["Votre smartphone et son chargeur", "Votre carte d'identité si vous voulez installer itsme"],
        welcome: Welcome::Everyone,
        audience: None,
        checked_days_ago: 20,
    },
    Place {
        key: "epn-ottignies",
        org: "Maison de quartier des Bruyères",
        service: "Permanence numérique",
        description: "Ordinateurs en accès libre, aide pour imprimer, scanner et envoyer un document, questions sur le smartphone.",
        street: "Avenue des Combattants 7",
        postcode: "1340",
        city: "Ottignies-Louvain-la-Neuve",
        at: (50.6680, 4.5690),
        phone: "010 61 22 33",
        topics: &["aide-numerique--ordinateurs-publics", "aide-numerique--impression-scan", "aide-numerique--smartphone"],
        access: &[AccessMode::WalkIn],
        languages: &["fr", "nl"],
        hours: &[(&[Mon, Wed], (14, 0), (17, 0))],
        free: true,
        wheelchair: false,
        bring: &[],
        welcome: Welcome::Everyone,
        audience: None,
        checked_days_ago: 500,
    },
    Place {
        key: "ecrivain-namur",
        org: "Écrivain public de Namur",
        service: "Aide aux courriers et aux démarches en ligne",
        description: "Comprendre un courrier, remplir un formulaire, faire une démarche sur internet avec l'aide d'un écrivain public.",
        street: "Rue de Fer 40",
        postcode: "5000",
        city: "Namur",
        at: (50.4660, 4.8660),
        phone: "081 22 33 44",
        topics: &["aide-numerique--demarches-en-ligne", "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"],
        access: &[AccessMode::WalkIn],
        languages: &["fr", "ar", "tr"],
        hours: &[(&[Thu], (9, 0), (12, 0))],
        free: true,
        wheelchair: true,
        bring: &["Le courrier ou le formulaire"],
        welcome: Welcome::Everyone,
        audience: None,
        checked_days_ago: 60,
    },
    Place {
        key: "bibliotheque-limal",
        org: "Bibliothèque communale de Limal",
        service: "Espace multimédia",
        description: "Six ordinateurs, une imprimante et le wifi, gratuits avec la carte de lecteur.",
        street: "Place du Moulin 5",
        postcode: "1300",
        city: "Limal",
        at: (50.6930, 4.5770),
        phone: "010 41 55 66",
        topics: &["aide-numerique--ordinateurs-publics"],
        access: &[AccessMode::WalkIn],
        languages: &["fr"],
        hours: &[(&[Wed], (13, 0), (18, 0)), (&[Sat], (9, 0), (12, 0))],
        free: true,
        wheelchair: true,
        bring: &["Votre carte de lecteur (gratuite, faite sur place)"],
        welcome: Welcome::Everyone,
        audience: None,
        checked_days_ago: 90,
    },
    Place {
        key: "maison-medicale",
        org: "Maison médicale des Trois Fontaines",
        service: "Consultations de médecine générale",
        description: "Médecins généralistes, infirmières et kinés au forfait : pas de paiement à la consultation pour les patients inscrits.",
        street: "Chaussée de Bruxelles 120",
        postcode: "1300",
        city: "Wavre",
        at: (50.7210, 4.6050),
        phone: "010 24 68 10",
        topics: &["sante--acces-aux-soins"],
        access: &[AccessMode::WalkIn, AccessMode::Appointment, AccessMode::Phone],
        languages: &["fr", "nl", "en"],
        hours: &[(&[Mon, Tue, Wed, Thu, Fri], (8, 30), (10, 30))],
        free: false,
        wheelchair: true,
        bring: &["Votre carte d'identité", "Votre carte de mutuelle ou une vignette"],
        welcome: Welcome::Everyone,
        audience: None,
        checked_days_ago: 30,
    },
    Place {
        key: "epicerie-sociale",
        org: "Épicerie sociale Le Panier",
        service: "Épicerie sociale",
        description: "Des produits de base à petit prix, sur orientation d'un service social.",
        street: "Rue des Wallons 3",
        postcode: "1348",
        city: "Louvain-la-Neuve",
        at: (50.6690, 4.6130),
        phone: "010 45 12 12",
        topics: &["equipement-et-alimentation--alimentation"],
        access: &[AccessMode::WalkIn, AccessMode::ReferralOnly],
        languages: &["fr"],
        hours: &[(&[Tue, Fri], (13, 0), (16, 0))],
        free: false,
        wheelchair: true,
        bring: &["L'orientation du service social"],
        welcome: Welcome::Exclusive,
        audience: Some("les personnes orientées par un service social"),
        checked_days_ago: 45,
    },
    Place {
        key: "mediation-dettes",
        org: "Centre de médiation de dettes du Brabant wallon",
        service: "Médiation de dettes",
        description: "Faire le point sur ses dettes, négocier des plans de paiement, règlement collectif de dettes.",
        street: "Rue du Pont du Christ 2",
        postcode: "1300",
        city: "Wavre",
        at: (50.7160, 4.6070),
        phone: "010 23 99 00",
        topics: &["difficultes-financieres--situation-dendettement-surendettement"],
        access: &[AccessMode::Appointment, AccessMode::Phone],
        languages: &["fr"],
        hours: &[(&[Mon, Tue, Thu], (9, 0), (12, 0))],
        free: true,
        wheelchair: false,
        bring: &["Les courriers des créanciers", "Vos derniers extraits de compte"],
        welcome: Welcome::Everyone,
        audience: None,
        checked_days_ago: 15,
    },
    Place {
        key: "francais-langue",
        org: "Lire et Dire Val-des-Saules",
        service: "Cours de français pour adultes",
        description: "Apprendre à parler, lire et écrire le français, en petits groupes, le matin.",
        street: "Rue de Namur 22",
        postcode: "1300",
        city: "Wavre",
        at: (50.7150, 4.6140),
        phone: "010 22 10 10",
        topics: &["lecture-ecriture-calcul--maitriser-le-francais"],
        access: &[AccessMode::WalkIn, AccessMode::Phone],
        languages: &["fr", "ar", "uk"],
        hours: &[(&[Mon], (9, 30), (11, 30))],
        free: true,
        wheelchair: false,
        bring: &[],
        welcome: Welcome::Preferential,
        audience: Some("les adultes qui arrivent en Belgique"),
        checked_days_ago: 100,
    },
];

/// The service of the demo's directory that a team of the demo organisation runs.
pub const EPN_SERVICE: &str = "demo-svc-epn-wavre";

/// The one demo service outside guichet that takes referrals by email (a reserved
/// `.example` domain: nothing leaves a demo).
pub const WRITER_EMAIL: &str = "permanence@ecrivain-namur.example";

fn time((h, m): (u32, u32)) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

/// The demo directory, its closure placed around `today`.
pub fn directory(today: NaiveDate) -> Directory {
    let mut dir = Directory::default();
    for p in PLACES {
        let k = p.key;
        dir.organizations.push(Organization {
            id: format!("demo-org-{k}"),
            name: p.org.into(),
            description: p.description.into(),
            ..Default::default()
        });
        let languages = p
            .languages
            .iter()
            .map(|c| Language {
                id: format!("demo-lang-{k}-{c}"),
                code: Some((*c).into()),
                ..Default::default()
            })
            .collect();
        let walk_in = p.access.contains(&AccessMode::WalkIn);
        let schedules = p
            .hours
            .iter()
            .enumerate()
            .map(|(i, (days, opens, closes))| Schedule {
                id: format!("demo-sch-{k}-{i}"),
                attending: walk_in.then_some(AccessMode::WalkIn),
                freq: Some("WEEKLY".into()),
                byday: days.to_vec(),
                opens_at: time(*opens),
                closes_at: time(*closes),
                ..Default::default()
            })
            .collect();
        dir.services.push(Service {
            id: format!("demo-svc-{k}"),
            organization_id: Some(format!("demo-org-{k}")),
            name: p.service.into(),
            description: Some(p.description.into()),
            email: (k == "ecrivain-namur").then(|| WRITER_EMAIL.into()),
            topics: p.topics.iter().map(|t| (*t).into()).collect(),
            access: p.access.to_vec(),
            languages,
            schedules,
            free: Some(p.free),
            required_documents: p
                .bring
                .iter()
                .enumerate()
                .map(|(i, b)| RequiredDocument {
                    id: format!("demo-doc-{k}-{i}"),
                    document: Some((*b).into()),
                    uri: None,
                })
                .collect(),
            welcome: p.welcome,
            audience: p.audience.map(str::to_owned),
            last_checked: Some(today - Duration::days(p.checked_days_ago)),
            check_every_months: Some(6),
            ..Default::default()
        });
        let closures = if k == "bibliotheque-limal" {
            vec![Closure {
                from: today - Duration::days(2),
                to: today + Duration::days(12),
                reason: "travaux".into(),
            }]
        } else {
            Vec::new()
        };
        dir.locations.push(Location {
            id: format!("demo-loc-{k}"),
            organization_id: Some(format!("demo-org-{k}")),
            location_type: "physical".into(),
            name: Some(p.org.into()),
            latitude: Some(p.at.0),
            longitude: Some(p.at.1),
            addresses: vec![Address {
                id: format!("demo-addr-{k}"),
                address_1: p.street.into(),
                city: p.city.into(),
                state_province: if p.postcode.starts_with('5') {
                    "Namur".into()
                } else {
                    "Brabant wallon".into()
                },
                postal_code: p.postcode.into(),
                country: "BE".into(),
                address_type: "physical".into(),
                ..Default::default()
            }],
            phones: vec![Phone {
                id: format!("demo-phone-{k}"),
                number: p.phone.into(),
                kind: Some("voice".into()),
                ..Default::default()
            }],
            wheelchair: Some(p.wheelchair),
            closures,
            ..Default::default()
        });
        dir.service_at_locations.push(ServiceAtLocation {
            id: format!("demo-sal-{k}"),
            service_id: format!("demo-svc-{k}"),
            location_id: format!("demo-loc-{k}"),
            ..Default::default()
        });
    }
    dir
}

#[cfg(test)]
mod tests {
    use super::*;
    use guichet_domain::directory::vocab::is_known_topic;
    use guichet_domain::org::PhoneNumber;

    #[test]
    fn the_demo_directory_uses_known_topics_and_valid_numbers() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).expect("date");
        let dir = directory(today);
        assert_eq!(dir.services.len(), PLACES.len());
        for s in &dir.services {
            for t in &s.topics {
                assert!(is_known_topic(t), "{t}");
            }
        }
        for l in &dir.locations {
            for p in &l.phones {
                assert!(PhoneNumber::parse(&p.number).is_ok(), "{}", p.number);
            }
        }
    }
}
