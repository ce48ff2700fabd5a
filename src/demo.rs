//! Fictional demo data: an organisation, two sites, three services and teams, one
//! account per role and a few dozen persons. Every name, address and number here is
//! made up.

use anyhow::{bail, Context};
use guichet_domain::ids::TeamId;
use guichet_domain::org::{parse_closing_days, DayHours, PhoneNumber, Postcode, WeeklyHours};
use guichet_domain::user::{DisplayName, Username};
use guichet_domain::{Role, RoleSet};
use guichet_store::org::{self, SiteInput};
use guichet_store::{persons, users, Db};

/// `(role, username, password, display name)` — printed by `guichet demo`.
pub const ACCOUNTS: [(Role, &str, &str, &str); 6] = [
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

/// True if the database already holds the demo.
pub async fn is_seeded(db: &Db) -> anyhow::Result<bool> {
    if users::count(db).await? == 0 {
        return Ok(false);
    }
    if users::find_for_login(db, ACCOUNTS[0].1).await?.is_none() {
        bail!("this database already has accounts and is not a demo database: refusing to add demo data to it");
    }
    Ok(true)
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

    for (role, username, password, name) in ACCOUNTS {
        let teams: Vec<TeamId> = match role {
            Role::Reception | Role::SocialWorker => vec![t_social],
            Role::HealthWorker => vec![t_care],
            Role::Coordinator => vec![t_social, t_debts],
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

    for (i, (given, family)) in PERSONS.iter().enumerate() {
        let team = [t_social, t_social, t_debts, t_care][i % 4];
        persons::seed(db, given, family, team, now).await?;
    }
    Ok(())
}
