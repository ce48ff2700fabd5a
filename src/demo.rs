//! Fictional demo data: an organisation, two sites, three services and teams, one
//! account per role and a few dozen persons. Every name, address and number here is
//! made up.

use anyhow::{bail, Context};
use guichet_domain::ids::{PersonId, TeamId};
use guichet_domain::note::{Compartment, Tags};
use guichet_domain::org::{parse_closing_days, DayHours, PhoneNumber, Postcode, WeeklyHours};
use guichet_domain::user::{DisplayName, Username};
use guichet_domain::{Actor, Role, RoleSet};
use guichet_store::org::{self, SiteInput};
use guichet_store::{notes, persons, users, Db};

/// `(role, username, password, display name)` — printed by `guichet demo`.
pub const ACCOUNTS: [(Role, &str, &str, &str); 7] = [
    (
        Role::Reception,
        "accueil",
        "accueil-demo-2026",
        "Nadia Benali",
    ),
    (
        Role::SocialWorker,
        "social",
        "social-demo-2026",
        "Thomas Claes",
    ),
    (
        Role::HealthWorker,
        "soins",
        "soins-demo-2026",
        "Aïcha Diallo",
    ),
    (
        Role::Coordinator,
        "coordination",
        "coordination-demo-2026",
        "Marc Peeters",
    ),
    (Role::Dpo, "dpo", "protection-demo-2026", "Elena Popescu"),
    (Role::Admin, "admin", "admin-demo-2026", "Jan Vermeulen"),
    (
        Role::Volunteer,
        "benevole",
        "benevole-demo-2026",
        "Hélène Dupont",
    ),
];

const PERSONS: [(&str, &str); 40] = [
    ("Josiane", "Lambert"),
    ("Mohamed", "El Amrani"),
    ("Fatima", "Ouali"),
    ("Jean-Pierre", "Dubois"),
    ("Marie", "Lemaire"),
    ("Kevin", "Janssens"),
    ("Amina", "Bah"),
    ("Piotr", "Kowalski"),
    ("Lucia", "Ferreira"),
    ("Ahmet", "Yılmaz"),
    ("Sophie", "Maes"),
    ("Ibrahima", "Sow"),
    ("Nathalie", "Renard"),
    ("Youssef", "Haddad"),
    ("Ana", "Popa"),
    ("Luc", "Wouters"),
    ("Grace", "Mukendi"),
    ("Olena", "Shevchenko"),
    ("Paul", "Hermans"),
    ("Rachida", "Tahiri"),
    ("Dirk", "Van den Broeck"),
    ("Chantal", "Mertens"),
    ("Samir", "Benhaddou"),
    ("Irina", "Ivanova"),
    ("Bernard", "Leclercq"),
    ("Khadija", "Amrani"),
    ("Yves", "Dupont"),
    ("Maria", "Rossi"),
    ("Tariq", "Khan"),
    ("Annick", "Collignon"),
    ("Emmanuel", "Nkurunziza"),
    ("Léa", "Gérard"),
    ("Hanna", "Nowak"),
    ("Rui", "Santos"),
    ("Sara", "Tesfaye"),
    ("Willy", "Goossens"),
    ("Nour", "Saleh"),
    ("Christiane", "Jacobs"),
    ("Adil", "Bouzid"),
    ("Zeynep", "Demir"),
];

const OFFICE: &str = "8:30-12:00, 13:00-16:30";
/// Half-hour appointments that fit the office hours. 10:00 stays free for whoever tries
/// booking in the demo (the browser journey J1 books Thomas Claes at 10:00).
const SLOTS: [&str; 9] = [
    "09:00", "09:30", "10:30", "11:00", "13:30", "14:00", "14:30", "15:00", "15:30",
];

fn hours(days: [&str; 7]) -> anyhow::Result<WeeklyHours> {
    let mut w = WeeklyHours::default();
    for (i, d) in days.iter().enumerate() {
        w.0[i] = DayHours::parse(d).map_err(|e| anyhow::anyhow!("demo hours: {e}"))?;
    }
    Ok(w)
}

fn site(
    name: &str,
    street: &str,
    postcode: &str,
    town: &str,
    phone: &str,
    walkin: [&str; 7],
) -> anyhow::Result<SiteInput> {
    Ok(SiteInput {
        name: name.into(),
        street: street.into(),
        postcode: Postcode::parse(postcode)?,
        municipality: town.into(),
        phone: PhoneNumber::parse(phone)?,
        opening_hours: hours([OFFICE, OFFICE, OFFICE, OFFICE, OFFICE, "", ""])?,
        walkin_hours: hours(walkin)?,
        closing_days: parse_closing_days("2026-12-24 Veille de Noël\n2026-12-31 Veille du Nouvel An\n2027-01-02 Formation du personnel")?,
    })
}

/// What a database holds of the demo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoState {
    /// Nothing yet: the demo can be seeded.
    Empty,
    /// The whole demo, seeded to the end.
    Complete,
    /// An earlier seeding stopped half-way (killed, disk full…).
    Interrupted,
}

const COMPLETE_KEY: &str = "demo_complete";

/// Whether the database holds the demo, all of it, or something else (refused).
pub async fn state(db: &Db) -> anyhow::Result<DemoState> {
    if users::count(db).await? == 0 {
        return Ok(DemoState::Empty);
    }
    if users::find_for_login(db, ACCOUNTS[0].1).await?.is_none() {
        bail!("this database already has accounts and is not a demo database: refusing to add demo data to it");
    }
    let done = sqlx::query("SELECT value FROM settings WHERE key = $1")
        .bind(COMPLETE_KEY)
        .fetch_optional(db.pool())
        .await?
        .is_some();
    Ok(if done {
        DemoState::Complete
    } else {
        DemoState::Interrupted
    })
}

/// The whole demo of `guichet demo`: [`seed`], [`seed_more`], then the mark that it is
/// complete, written last, so that an interrupted seeding is never taken for a demo.
pub async fn seed_all(db: &Db, now: i64) -> anyhow::Result<()> {
    seed(db, now)
        .await
        .context("the demo's organisation and persons")?;
    seed_more(db, now)
        .await
        .context("the demo's requests and appointments")?;
    crate::demo_observatory::seed(db, now)
        .await
        .context("the demo's history of digital help")?;
    crate::demo_audit::seed(db, now)
        .await
        .context("the demo's audit")?;
    crate::demo_skills::seed(db, now)
        .await
        .context("the demo's self-assessments and training log")?;
    let today = chrono::DateTime::from_timestamp(now, 0)
        .map(guichet_domain::clock::brussels)
        .context("the demo's date")?
        .date();
    guichet_store::directory::apply(
        db,
        "demo",
        "guichet",
        &crate::demo_directory::directory(today),
        now,
    )
    .await?;
    let epn = org::list_teams(db)
        .await?
        .into_iter()
        .find(|t| t.name == "Espace public numérique")
        .context("the demo's digital space team")?;
    guichet_store::directory::set_team(db, crate::demo_directory::EPN_SERVICE, Some(epn.id.get()))
        .await?;
    sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2)")
        .bind(COMPLETE_KEY)
        .bind(now.to_string())
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Fills an empty database with the demo.
pub async fn seed(db: &Db, now: i64) -> anyhow::Result<()> {
    org::set_organisation_name(db, "CPAS de Val-des-Saules (démo)", now).await?;
    let centre = org::create_site(
        db,
        &site(
            "Antenne Centre",
            "Rue des Tilleuls 12",
            "1300",
            "Wavre",
            "010 23 45 67",
            [
                "9:00-12:00",
                "9:00-12:00",
                "",
                "9:00-12:00, 13:30-16:00",
                "9:00-12:00",
                "",
                "",
            ],
        )?,
        now,
    )
    .await?;
    let limal = org::create_site(
        db,
        &site(
            "Antenne Limal",
            "Place du Moulin 3",
            "1300",
            "Limal",
            "010 41 22 10",
            ["", "13:30-16:00", "", "", "9:00-11:30", "", ""],
        )?,
        now,
    )
    .await?;
    let social = org::create_service(db, centre, "Service social général", now).await?;
    let debts = org::create_service(db, centre, "Médiation de dettes", now).await?;
    let home_care = org::create_service(db, limal, "Aide et soins à domicile", now).await?;
    let t_social = org::create_team(db, social, "Service social", now).await?;
    let t_debts = org::create_team(db, debts, "Médiation de dettes", now).await?;
    let t_care = org::create_team(db, home_care, "Soins à domicile", now).await?;
    // The public digital space the CPAS runs: its desk is kept by reception, who answers
    // the referrals other teams send it (journey J5).
    let epn = org::create_service(db, centre, "Espace public numérique", now).await?;
    let t_epn = org::create_team(db, epn, "Espace public numérique", now).await?;

    for (role, username, password, name) in ACCOUNTS {
        let teams: Vec<TeamId> = match role {
            Role::Reception => vec![t_social, t_epn],
            Role::SocialWorker => vec![t_social],
            Role::HealthWorker => vec![t_care],
            Role::Coordinator => vec![t_social, t_debts],
            // The volunteer helps at the digital space's desk.
            Role::Volunteer => vec![t_epn],
            Role::Dpo | Role::Admin => vec![],
        };
        let id = users::create(
            db,
            &users::NewUser {
                username: Username::parse(username).map_err(|e| anyhow::anyhow!("{e}"))?,
                display_name: DisplayName::parse(name).map_err(|e| anyhow::anyhow!("{e}"))?,
                lang: None,
                roles: RoleSet::empty().with(role),
                teams,
            },
            now,
        )
        .await
        .with_context(|| format!("demo account {username}"))?;
        let hash = guichet_web::password::hash_blocking(password.to_owned()).await?;
        users::set_password_hash(db, id, &hash).await?;
    }

    let mut person_ids = Vec::new();
    for (i, (given, family)) in PERSONS.iter().enumerate() {
        let team = [t_social, t_social, t_debts, t_care][i % 4];
        person_ids.push(persons::seed(db, given, family, team, now).await?);
    }
    // Mohamed El Amrani is followed by the social service and by home care: the social
    // worker and the nurse share his file, each with their own part of the journal.
    let shared = person_ids[1];
    persons::seed_followup(db, shared, t_care, now).await?;
    seed_notes(db, &person_ids, now).await?;
    crate::demo_guide::seed(db, now)
        .await
        .context("the demo's tool guide")?;
    Ok(())
}

/// A few journal notes of every compartment, written by the social worker and the nurse.
async fn seed_notes(db: &Db, person_ids: &[PersonId], now: i64) -> anyhow::Result<()> {
    let actor_of = |name: &'static str| async move {
        let id = users::find_for_login(db, name)
            .await?
            .context("demo account")?
            .id;
        Ok::<_, anyhow::Error>(users::actor(db, id, now).await?)
    };
    let social = actor_of("social").await?;
    let nurse = actor_of("soins").await?;
    let day = 24 * 3600;
    let (lambert, el_amrani, dubois) = (person_ids[0], person_ids[1], person_ids[3]);
    let notes: [(&Actor, PersonId, Compartment, &str, &str, bool, i64); 8] = [
        (&social, lambert, Compartment::Social,
         "Madame vit seule depuis le décès de son mari. Facture d'énergie en retard de deux mois ; elle a peur d'ouvrir le courrier.",
         "énergie, isolement", false, 9),
        (&social, lambert, Compartment::Digital,
         "Pas d'ordinateur ni de smartphone. Sa voisine l'aide parfois pour les courriels.",
         "fracture numérique", false, 7),
        (&social, el_amrani, Compartment::Social,
         "Loyer payé avec retard en janvier. Propose un plan d'apurement avec le propriétaire.",
         "loyer, budget", false, 12),
        (&social, el_amrani, Compartment::Administrative,
         "Carte d'identité expirée : rendez-vous pris à la commune.",
         "documents", false, 10),
        (&social, el_amrani, Compartment::Social,
         "Impression personnelle : à revoir seul la prochaine fois, sans sa famille.",
         "", true, 4),
        (&nurse, el_amrani, Compartment::Health,
         "Pansement à l'ulcère de la jambe droite, deux passages par semaine. Cicatrise bien.",
         "soins, pansement", false, 6),
        (&nurse, el_amrani, Compartment::Digital,
         "A reçu son code itsme ; montré comment ouvrir sa boîte eBox.",
         "itsme", false, 3),
        (&nurse, dubois, Compartment::Health,
         "Diabète suivi par le médecin traitant. Contrôle de la glycémie le matin.",
         "diabète", false, 2),
    ];
    for (actor, person, compartment, body, tags, private, days_ago) in notes {
        notes::add(
            db,
            actor,
            &notes::NewNote {
                person,
                request: None,
                compartment,
                body: body.into(),
                tags: Tags::parse(tags).map_err(|e| anyhow::anyhow!("demo tags: {e}"))?,
                private,
            },
            now - days_ago * day,
        )
        .await
        .context("demo note")?;
    }
    Ok(())
}

const MORE_GIVEN: [&str; 30] = [
    "Agnès",
    "Bilal",
    "Catherine",
    "Daniel",
    "Esra",
    "Fabienne",
    "Gökhan",
    "Hélène",
    "Ismaël",
    "Joëlle",
    "Kenza",
    "Laurent",
    "Mariam",
    "Nicolas",
    "Oksana",
    "Patrick",
    "Quentin",
    "Rania",
    "Stéphane",
    "Thi Lan",
    "Umar",
    "Véronique",
    "Wiktoria",
    "Xavier",
    "Yasmina",
    "Zoé",
    "Aminata",
    "Bart",
    "Claudine",
    "Dragan",
];
const MORE_FAMILY: [&str; 30] = [
    "Aerts",
    "Boukhari",
    "Cornet",
    "De Smet",
    "Englebert",
    "Fontaine",
    "Gilles",
    "Hamdi",
    "Istasse",
    "Jacquet",
    "Kabongo",
    "Lejeune",
    "Mahieu",
    "Nguyen",
    "Ozturk",
    "Petit",
    "Quintens",
    "Romano",
    "Simon",
    "Thiry",
    "Uyttendaele",
    "Vandamme",
    "Willems",
    "Ximenes",
    "Yildiz",
    "Zeroual",
    "Adamczyk",
    "Bosmans",
    "Cissé",
    "Dumont",
];

/// More data for the `demo` command (not for tests): ~500 persons in all, some with a
/// birth date, a fictional national number and contact preferences, and requests in every
/// state, some of them overdue.
pub async fn seed_more(db: &Db, now: i64) -> anyhow::Result<()> {
    use guichet_domain::contact::ContactPreferences;
    use guichet_domain::household::Relation;
    use guichet_domain::ids::PersonId;
    use guichet_domain::niss::{with_check_number, Niss};
    use guichet_domain::person::{Address, PartialDate, PhoneKind};
    use guichet_domain::request::{ArrivalChannel, RequestStatus, ResponseTimes, Urgency};
    use guichet_store::requests::{self, NewRequest};

    let actor_of = |name: &'static str| async move {
        let id = users::find_for_login(db, name)
            .await?
            .context("demo account")?
            .id;
        Ok::<_, anyhow::Error>(users::actor(db, id, now).await?)
    };
    let desk = actor_of("accueil").await?;
    let nurse = actor_of("soins").await?;
    let teams = org::list_teams(db).await?;
    let debts = teams
        .iter()
        .find(|t| t.name == "Médiation de dettes")
        .map(|t| t.id)
        .context("team")?;
    let social_worker = users::find_for_login(db, "social")
        .await?
        .context("demo account")?
        .id;
    let centre_site = org::list_sites(db)
        .await?
        .iter()
        .find(|s| s.name == "Antenne Centre")
        .map(|s| s.id)
        .context("site")?;
    let centre = org::get_site(db, centre_site).await?;
    // Working hours, so that the week of free times means something: the social worker
    // has Wednesday and Friday afternoons short, the nurse works Monday to Thursday (J8).
    let social_hours = hours([
        "8:30-12:00, 12:30-16:30",
        "8:30-12:00, 12:30-16:30",
        "8:30-12:00, 13:00-15:00",
        "8:30-12:00, 12:30-16:30",
        "8:30-12:00, 13:00-15:00",
        "",
        "",
    ])?;
    let day_hours = "8:30-16:30";
    let nurse_hours = hours([day_hours, day_hours, day_hours, day_hours, "", "", ""])?;
    let desk_hours = hours([
        "8:30-12:30, 13:00-16:30",
        "8:30-12:30, 13:00-16:30",
        "8:30-12:30, 13:00-16:30",
        "8:30-12:30, 13:00-16:30",
        "8:30-12:30, 13:00-16:30",
        "",
        "",
    ])?;
    for (who, h) in [
        (social_worker, &social_hours),
        (nurse.user_id, &nurse_hours),
        (desk.user_id, &desk_hours),
    ] {
        let mut c = users::staff_contact(db, who).await?;
        c.working_hours = Some(h.to_storage());
        users::set_staff_contact(db, who, &c).await?;
    }
    // The nurse takes a week off in a fortnight: nothing from guichet reaches her then.
    let today = guichet_domain::clock::brussels(
        chrono::DateTime::from_timestamp(now, 0).context("the demo's clock")?,
    )
    .date();
    let leave = guichet_domain::staff_time::Leave::new(
        today + chrono::Duration::days(14),
        today + chrono::Duration::days(18),
    )
    .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    guichet_store::disconnect::add_my_leave(db, &nurse, leave).await?;
    // The sites' and services' names in Dutch and English, for the letters to people who
    // read those languages.
    for site in org::list_sites(db).await? {
        let (nl, en) = match site.name.as_str() {
            "Antenne Centre" => ("Antenne Centrum", "Centre office"),
            "Antenne Limal" => ("Antenne Limal", "Limal office"),
            _ => continue,
        };
        let names = guichet_domain::names::NameForms {
            nl: nl.into(),
            en: en.into(),
            ..Default::default()
        };
        org::set_site_names(db, site.id, &names).await?;
    }
    for service in org::list_services(db).await? {
        let (nl, en) = match service.name.as_str() {
            "Service social général" => ("Algemene sociale dienst", "General social service"),
            "Médiation de dettes" => ("Schuldbemiddeling", "Debt mediation"),
            "Aide et soins à domicile" => ("Thuishulp en thuiszorg", "Home help and care"),
            _ => continue,
        };
        let names = guichet_domain::names::NameForms {
            nl: nl.into(),
            en: en.into(),
            ..Default::default()
        };
        org::set_service_names(db, service.id, &names).await?;
    }
    // Two topics of the organisation's own, one of them no longer offered.
    guichet_store::topics::add(
        db,
        "Colis alimentaires",
        "Voedselpakketten",
        "Food parcels",
        now,
    )
    .await?;
    let old = guichet_store::topics::add(db, "Primes énergie 2025", "", "", now).await?;
    guichet_store::topics::set_archived(db, &old, true).await?;
    let topics: Vec<&str> = guichet_domain::topics::all()
        .iter()
        .filter(|t| !t.is_category())
        .map(|t| t.code)
        .collect();
    let day = 24 * 3600;
    let today = chrono::DateTime::from_timestamp(now, 0)
        .map(|t| t.date_naive())
        .unwrap_or_default();

    // The next open days of the Antenne Centre (its weekly hours, closing days and the
    // public holidays), for the demo's appointments.
    let mut open_days = Vec::new();
    let mut d = guichet_domain::clock::brussels(
        chrono::DateTime::from_timestamp(now, 0).unwrap_or_default(),
    )
    .date();
    while open_days.len() < 5 {
        let open = !centre
            .opening_hours
            .day(chrono::Datelike::weekday(&d))
            .is_closed()
            && guichet_domain::appointment::closed_for_appointments(d, true, &centre.closing_days)
                .is_none();
        if open {
            open_days.push(d);
        }
        d += chrono::Duration::days(1);
    }
    let mut n = 0usize;
    let mut letters: Vec<(PersonId, String, String)> = Vec::new();
    // A few households: files of the same family name followed by reception's team.
    let mut families: std::collections::HashMap<&str, PersonId> = Default::default();
    let mut links = 0;
    for (i, given) in MORE_GIVEN.iter().enumerate() {
        for j in 0..16 {
            let family = MORE_FAMILY[(i * 7 + j * 11) % MORE_FAMILY.len()];
            n += 1;
            let (actor, team) = if n % 5 == 0 {
                (&nurse, nurse.teams[0])
            } else {
                (&desk, desk.teams[0])
            };
            let mut p = persons::NewPerson {
                given_names: (*given).into(),
                family_name: family.into(),
                ..Default::default()
            };
            let year = 1940 + (n * 37 % 66) as i32;
            let (month, dayn) = (1 + (n * 5 % 12) as u32, 1 + (n * 3 % 28) as u32);
            if n % 3 != 0 {
                p.birth = PartialDate {
                    year: Some(year),
                    month: Some(month),
                    day: Some(dayn),
                };
            } else if n % 6 == 0 {
                p.birth = PartialDate {
                    year: Some(year),
                    month: None,
                    day: None,
                };
            }
            if n % 4 == 0 {
                let yymmdd = format!("{:02}{month:02}{dayn:02}", year % 100);
                let digits = with_check_number(&yymmdd, (n * 2 % 997 + 1) as u32, year >= 2000);
                p.niss = Niss::parse(&digits, 2026).ok();
            }
            let number = if n % 2 == 0 {
                format!(
                    "04{:02} {:02} {:02} {:02}",
                    70 + n % 30,
                    n % 100,
                    (n / 3) % 100,
                    (n / 7) % 100
                )
            } else {
                format!("010 {:02} {:02} {:02}", 20 + n % 70, n % 100, (n / 5) % 100)
            };
            let phone = PhoneNumber::parse(&number)?;
            let kind = PhoneKind::guess(&phone);
            p.phones.push((
                phone,
                kind,
                if n % 9 == 0 {
                    "sa fille".into()
                } else {
                    String::new()
                },
            ));
            let id = persons::create(db, actor, &p, team, now - (n as i64 % 300) * day).await?;
            if team == desk.teams[0] && links < 24 {
                if let Some(first) = families.get(family) {
                    let relation =
                        [Relation::Partner, Relation::Child, Relation::Sibling][links % 3];
                    guichet_store::households::link(db, &desk, *first, id, relation, now, None)
                        .await?;
                    links += 1;
                } else {
                    families.insert(family, id);
                }
            }
            if n % 3 == 0 {
                let channels = [
                    "paper-letter,landline",
                    "sms,email",
                    "landline,walk-in-only",
                    "email,sms",
                    "mobile,paper-letter",
                ][n % 5];
                let lang = ["fr", "nl", "fr", "en", "fr"][n % 5];
                let needs = [
                    "reading-difficulty,no-internet-at-home",
                    "",
                    "large-print",
                    "no-itsme,no-card-reader",
                    "no-smartphone",
                ][n % 5];
                let prefs = ContactPreferences::from_storage(channels, lang, "", needs, "");
                let address = Address::Belgian {
                    street: format!("Rue des Saules {}", 1 + n % 120),
                    postcode: Postcode::parse("1300")?,
                    municipality: "Wavre".into(),
                };
                persons::set_contact(db, actor, id, &prefs, &address, None).await?;
                // Letters waiting in the paper tray today (reception's team only).
                if channels.contains("paper-letter") && letters.len() < 3 && team == desk.teams[0] {
                    letters.push((id, address.lines().join("\n"), format!("{given} {family}")));
                }
                // SMS and email chosen at the desk: the person agreed there. A few
                // withdrew their SMS consent later, by phone.
                let since = now - (n as i64 % 300) * day;
                guichet_store::consents::record_agreed_at_desk(
                    db,
                    actor,
                    id,
                    &guichet_store::consents::messaging_purposes(&prefs.channels),
                    since,
                )
                .await?;
                if n % 45 == 6 {
                    guichet_store::consents::withdraw(
                        db,
                        actor,
                        id,
                        guichet_domain::consent::Purpose::Sms,
                        guichet_domain::consent::How::Phone,
                        since + (now - since) / 2,
                        None,
                    )
                    .await?;
                }
            }
            if n % 11 == 0 && actor.teams.contains(&desk.teams[0]) {
                // A week of appointments with the social worker, from today on, on the
                // days the Antenne Centre is open and inside its hours.
                let day = open_days[(n / 11) % open_days.len()];
                let slot = SLOTS[(n / 77 + n % 2) % SLOTS.len()];
                let slot = chrono::NaiveTime::parse_from_str(slot, "%H:%M").unwrap_or_default();
                // Only when the social worker works too (his Wednesday and Friday
                // afternoons are short), as booking at the desk requires.
                let open = guichet_domain::appointment::day_off(
                    day,
                    &centre.closing_days,
                    Some(&centre.opening_hours),
                    Some(&social_hours),
                )
                .is_none()
                    && guichet_domain::appointment::check_hours(
                        day.and_time(slot),
                        30,
                        Some(&centre.opening_hours),
                        Some(&social_hours),
                    )
                    .is_empty();
                let starts =
                    guichet_domain::appointment::from_brussels(day.and_time(slot)).timestamp();
                let new = guichet_store::appointments::NewAppointment {
                    person: id,
                    worker: social_worker,
                    place: guichet_store::appointments::Place::Site(centre_site),
                    room: String::new(),
                    starts_at: starts,
                    minutes: 30,
                    what_to_bring: "Carte d'identité".into(),
                    request: None,
                };
                if open {
                    match guichet_store::appointments::create(db, &desk, &new, now).await {
                        Ok(_) | Err(guichet_store::StoreError::Conflict) => {}
                        Err(e) => return Err(e.into()),
                    }
                }
            }
            if n % 7 == 0 && actor.teams.contains(&desk.teams[0]) {
                let age = (n % 25) as i64;
                let created = now - age * day;
                let urgency = [Urgency::Normal, Urgency::Urgent, Urgency::CanWait][n % 3];
                let arrived = today - chrono::Duration::days(age);
                let team = if n % 2 == 0 { debts } else { desk.teams[0] };
                let r = requests::create(
                    db,
                    &desk,
                    &NewRequest {
                        person: id,
                        team,
                        channel: [
                            ArrivalChannel::WalkIn,
                            ArrivalChannel::Phone,
                            ArrivalChannel::Letter,
                            ArrivalChannel::Voicemail,
                            ArrivalChannel::Email,
                        ][n % 5],
                        topic: topics[n % topics.len()].into(),
                        description: String::new(),
                        urgency,
                        promised_on: ResponseTimes::default().promised_date(arrived, urgency, &[]),
                    },
                    created,
                )
                .await?;
                let path: &[RequestStatus] = match n % 6 {
                    0 => &[],
                    1 => &[RequestStatus::Acknowledged],
                    2 => &[RequestStatus::Acknowledged, RequestStatus::InProgress],
                    3 => &[RequestStatus::Acknowledged, RequestStatus::WaitingForPerson],
                    4 => &[RequestStatus::InProgress, RequestStatus::Done],
                    _ if n % 2 == 0 => &[RequestStatus::Redirected],
                    _ => &[RequestStatus::Acknowledged, RequestStatus::Withdrawn],
                };
                for (k, s) in path.iter().enumerate() {
                    requests::set_status(db, &desk, r, *s, created + (k as i64 + 1) * 3600).await?;
                }
                // Requests of the social service being worked on are Thomas Claes's.
                if team == desk.teams[0] && !path.is_empty() && n % 3 != 0 {
                    requests::assign(db, &desk, r, Some(social_worker)).await?;
                }
            }
        }
    }
    // The day's post: reminders of real appointments, waiting to be printed in the
    // paper tray, written from the shipped templates like every reminder.
    seed_paper_tray(
        db,
        &desk,
        social_worker,
        centre_site,
        &letters,
        &open_days,
        now,
    )
    .await?;
    // The nurse once opened a file her team does not follow, with a reason: the DPO's
    // pages show it (the access ended long ago).
    // Found as someone of the debts team would find her.
    let debts_desk = guichet_domain::Actor {
        user_id: nurse.user_id,
        roles: RoleSet::empty().with(Role::Reception),
        teams: vec![debts],
        break_glass: Vec::new(),
    };
    let ouali = persons::search(db, &debts_desk, "Fatima Ouali", 1)
        .await?
        .first()
        .map(|p| p.id)
        .context("demo person")?;
    guichet_store::break_glass::open(
        db,
        &nurse,
        ouali,
        "Appel de sa fille un samedi : elle ne trouvait plus l'heure du rendez-vous, l'équipe de médiation était absente.",
        now - 5 * day,
    )
    .await?;
    Ok(())
}

/// Appointments a week or so ahead for a few persons who want letters, and their paper
/// reminders due today: what the desk finds in the tray on a morning.
async fn seed_paper_tray(
    db: &Db,
    desk: &Actor,
    worker: guichet_domain::ids::UserId,
    site_id: guichet_domain::ids::SiteId,
    letters: &[(PersonId, String, String)],
    week: &[chrono::NaiveDate],
    now: i64,
) -> anyhow::Result<()> {
    use guichet_outputs::templates::{Key, Kind, Language, Variant};
    use guichet_store::appointments::{self, NewAppointment, Place};
    use guichet_store::requests::{self, Outgoing};
    let words = std::sync::Arc::new(guichet_words::I18n::load()?);
    let site = org::get_site(db, site_id).await?;
    let organisation = org::organisation_name(db).await?.unwrap_or_default();
    let closing: Vec<chrono::NaiveDate> = site.closing_days.iter().map(|c| c.date).collect();
    let today = guichet_domain::clock::brussels(
        chrono::DateTime::from_timestamp(now, 0).unwrap_or_default(),
    )
    .date();
    // The first day the site is open, at least five working days ahead (time for the post),
    // after the week of appointments (whose slots it would otherwise take on some days).
    let mut day = guichet_domain::calendar::add_working_days(today, 5, &closing);
    while week.contains(&day)
        || site
            .opening_hours
            .day(chrono::Datelike::weekday(&day))
            .is_closed()
        || guichet_domain::appointment::closed_for_appointments(day, true, &site.closing_days)
            .is_some()
    {
        day += chrono::Duration::days(1);
    }
    for (i, (person, address, name)) in letters.iter().enumerate() {
        // 13:30, 14:00, 14:30: inside the site's hours and the social worker's, every day.
        let time = chrono::NaiveTime::from_hms_opt(13, 30, 0).unwrap_or_default()
            + chrono::Duration::minutes(30 * i as i64);
        let starts_at = guichet_domain::appointment::from_brussels(day.and_time(time)).timestamp();
        let id = appointments::create(
            db,
            desk,
            &NewAppointment {
                person: *person,
                worker,
                place: Place::Site(site_id),
                room: String::new(),
                starts_at,
                minutes: 30,
                what_to_bring: "Carte d'identité".into(),
                request: None,
            },
            now,
        )
        .await?;
        let a = appointments::get(db, desk, id).await?;
        let values = guichet_desk::messages::appointment_values(
            &words,
            Language::Fr,
            name,
            &a,
            &site,
            &organisation,
        );
        let key = Key::new(Kind::AppointmentReminder, Variant::Standard, Language::Fr);
        let text = guichet_desk::messages::compose(db, key, &values).await?;
        requests::enqueue(
            db,
            &Outgoing {
                person: *person,
                request: None,
                appointment: Some(id),
                kind: "reminder".into(),
                channel: "paper-letter".into(),
                language: "fr".into(),
                recipient: address.clone(),
                subject: text.subject,
                body: text.body,
                due_at: now,
            },
            now,
        )
        .await?;
    }
    Ok(())
}
