//! The demo's self-assessments and training log (issue 18, journey J10). Everything is
//! fictional. Four colleagues of the social service (accounts without a password: they
//! cannot sign in) and its coordinator assessed themselves, so that the coordinator's
//! page `/team/skills` shows the team's needs; the debt mediation team has only three
//! assessments, so its needs stay hidden. The nurse keeps a training log.
//!
//! Reception (`accueil`, Nadia Benali) and the social worker (`social`, Thomas Claes)
//! have no self-assessment and no training: they are the "new colleague" of J10.

use anyhow::Context;
use guichet_domain::digcomp::{Assessment, Level};
use guichet_domain::ids::TeamId;
use guichet_domain::training::TrainingForm;
use guichet_domain::user::{DisplayName, Username};
use guichet_domain::{Actor, Role, RoleSet};
use guichet_store::{org, skills, users, Db};

/// Levels per competence, as a worker typed them.
type Levels = &'static [(&'static str, u8)];

const COLLEAGUES: [(&str, &str, &str, Levels); 6] = [
    (
        "Service social",
        "sarah.jacobs",
        "Sarah Jacobs",
        &[("1.1", 4), ("2.1", 5), ("2.6", 2), ("4.2", 1), ("5.1", 2)],
    ),
    (
        "Service social",
        "youssef.haddad",
        "Youssef Haddad",
        &[("1.1", 3), ("1.3", 2), ("2.6", 1), ("4.1", 3), ("4.2", 2)],
    ),
    (
        "Service social",
        "ines.moreau",
        "Inès Moreau",
        &[("1.1", 5), ("2.2", 4), ("3.1", 1), ("4.2", 1), ("5.4", 2)],
    ),
    (
        "Service social",
        "pieter.wouters",
        "Pieter Wouters",
        &[("1.2", 2), ("2.6", 2), ("4.2", 2), ("5.1", 1), ("5.2", 3)],
    ),
    (
        "Médiation de dettes",
        "claire.renard",
        "Claire Renard",
        &[("1.1", 2), ("4.2", 1)],
    ),
    (
        "Médiation de dettes",
        "omar.benjelloun",
        "Omar Benjelloun",
        &[("1.1", 6), ("4.2", 2)],
    ),
];

/// The coordinator's own (member of both teams).
const COORDINATOR: Levels = &[("1.1", 6), ("2.4", 5), ("4.2", 2), ("5.4", 4)];

/// The nurse's log: status, title, provider, how many days ago (when followed), hours,
/// note.
const TRAININGS: [(&str, &str, &str, &str, &str, &str); 4] = [
    (
        "done",
        "itsme et eBox : accompagner les usagers",
        "Interface3",
        "100",
        "6",
        "",
    ),
    (
        "done",
        "Premiers secours psychologiques",
        "Croix-Rouge de Belgique",
        "40",
        "7,5",
        "",
    ),
    (
        "wished",
        "MyHealth et le dossier patient en ligne",
        "",
        "",
        "",
        "Beaucoup de patients âgés me le demandent.",
    ),
    (
        "wished",
        "Reconnaître l'hameçonnage (phishing)",
        "Centre pour la Cybersécurité Belgique",
        "",
        "",
        "",
    ),
];

fn assessment(levels: Levels) -> anyhow::Result<Assessment> {
    Ok(Assessment {
        levels: levels
            .iter()
            .map(|(c, l)| {
                Level::new(*l)
                    .map(|l| ((*c).to_owned(), l))
                    .context("a demo level")
            })
            .collect::<anyhow::Result<_>>()?,
    })
}

async fn actor_of(db: &Db, username: &str, now: i64) -> anyhow::Result<Actor> {
    let id = users::find_for_login(db, username)
        .await?
        .context("demo account")?
        .id;
    Ok(users::actor(db, id, now).await?)
}

pub async fn seed(db: &Db, now: i64) -> anyhow::Result<()> {
    let teams = org::list_teams(db).await?;
    let team = |name: &str| -> anyhow::Result<TeamId> {
        teams
            .iter()
            .find(|t| t.name == name)
            .map(|t| t.id)
            .with_context(|| format!("the demo's team {name}"))
    };
    for (team_name, username, name, levels) in COLLEAGUES {
        let id = users::create(
            db,
            &users::NewUser {
                username: Username::parse(username).map_err(|e| anyhow::anyhow!("{e}"))?,
                display_name: DisplayName::parse(name).map_err(|e| anyhow::anyhow!("{e}"))?,
                lang: None,
                roles: RoleSet::empty().with(Role::SocialWorker),
                teams: vec![team(team_name)?],
            },
            now,
        )
        .await
        .with_context(|| format!("demo colleague {username}"))?;
        let actor = users::actor(db, id, now).await?;
        skills::replace_own_assessment(db, &actor, &assessment(levels)?).await?;
    }
    let coordinator = actor_of(db, "coordination", now).await?;
    skills::replace_own_assessment(db, &coordinator, &assessment(COORDINATOR)?).await?;

    let nurse = actor_of(db, "soins", now).await?;
    let today = chrono::DateTime::from_timestamp(now, 0)
        .map(guichet_domain::clock::brussels)
        .context("the demo's date")?
        .date();
    for (status, title, provider, day, hours, note) in TRAININGS {
        let form = TrainingForm {
            status: status.into(),
            title: title.into(),
            provider: provider.into(),
            day: match day.parse::<i64>() {
                Ok(ago) => (today - chrono::Duration::days(ago)).to_string(),
                Err(_) => String::new(),
            },
            hours: hours.into(),
            note: note.into(),
        };
        let t = form
            .parse(today)
            .map_err(|e| anyhow::anyhow!("demo training {title}: {e:?}"))?;
        skills::add_own_training(db, &nurse, &t, now).await?;
    }
    Ok(())
}
