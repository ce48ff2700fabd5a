//! A worker's private DigComp self-assessment and training log, and a team's anonymous
//! training needs (issue 18, journey J10). Everything here reads and writes the signed-in
//! worker's own rows (`Actor::skills_owner`); the one view across workers is
//! [`team_needs`], counts from five assessments for the team's coordinators.

use crate::{Desk, DeskError};
use chrono::NaiveDate;
use guichet_domain::digcomp::{self, Assessment, AssessmentError, AssessmentForm, COMPETENCES};
use guichet_domain::observatory::Cell;
use guichet_domain::training::{Field, TrainingError, TrainingForm};
use guichet_domain::Actor;
use guichet_store::skills::{self as store, TrainingRow};

fn today(desk: &Desk) -> NaiveDate {
    guichet_domain::clock::brussels(desk.now()).date()
}

/// The self-assessment form: the institution's tools `(subject, name)` and the worker's
/// own levels.
#[derive(Debug, Clone, Default)]
pub struct Mine {
    pub tools: Vec<(String, String)>,
    pub assessment: Assessment,
}

pub async fn my_assessment(desk: &Desk, actor: &Actor) -> Result<Mine, DeskError> {
    Ok(Mine {
        tools: store::tools_to_rate(&desk.db).await?,
        assessment: store::own_assessment(&desk.db, actor).await?,
    })
}

/// What became of a self-assessment sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saving {
    /// Kept: it replaces the previous one.
    Saved,
    /// Nothing kept, for these reasons (a level that is not one, an unknown subject).
    Invalid(Vec<AssessmentError>),
}

/// Replaces the worker's own self-assessment with the form's, in one unit of work, or
/// keeps nothing when any value is wrong.
pub async fn save_assessment(
    desk: &Desk,
    actor: &Actor,
    form: &AssessmentForm,
) -> Result<Saving, DeskError> {
    let (desk, work) = desk.begin().await?;
    let tools = store::tools_to_rate(&desk.db).await?;
    let codes: Vec<&str> = tools.iter().map(|(c, _)| c.as_str()).collect();
    let assessment = match form.parse(&codes) {
        Ok(a) => a,
        Err(errors) => return Ok(Saving::Invalid(errors)),
    };
    store::replace_own_assessment(&desk.db, actor, &assessment).await?;
    work.commit().await?;
    Ok(Saving::Saved)
}

/// A team's needs as its coordinator sees them.
#[derive(Debug, Clone)]
pub struct TeamNeeds {
    pub team: String,
    /// Per competence (then tool) code, how many members rated themselves in the
    /// foundation band; `None` while fewer than five members assessed themselves.
    pub needs: Option<Vec<(String, Cell)>>,
}

/// What `/team/skills` shows: the needs of each team the actor coordinates, and the
/// institution's tools `(subject, name)` to name the tool lines.
#[derive(Debug, Clone, Default)]
pub struct Needs {
    pub teams: Vec<TeamNeeds>,
    pub tools: Vec<(String, String)>,
}

pub async fn team_needs(desk: &Desk, actor: &Actor) -> Result<Needs, DeskError> {
    let tools = store::tools_to_rate(&desk.db).await?;
    let codes: Vec<&str> = COMPETENCES
        .iter()
        .copied()
        .chain(tools.iter().map(|(c, _)| c.as_str()))
        .collect();
    let mut teams = Vec::new();
    for team in guichet_store::org::list_teams(&desk.db).await? {
        if !actor.may_see_team_needs_of(team.id) {
            continue;
        }
        let assessed = store::team_assessments(&desk.db, actor, team.id).await?;
        teams.push(TeamNeeds {
            team: team.label(),
            needs: digcomp::team_needs(&assessed, &codes),
        });
    }
    Ok(Needs { teams, tools })
}

/// The worker's own training log.
pub async fn my_trainings(desk: &Desk, actor: &Actor) -> Result<Vec<TrainingRow>, DeskError> {
    Ok(store::own_trainings(&desk.db, actor).await?)
}

/// Adds a line to the worker's own log: its id, or every mistake of the form.
pub async fn add_training(
    desk: &Desk,
    actor: &Actor,
    form: &TrainingForm,
) -> Result<Result<i64, Vec<(Field, TrainingError)>>, DeskError> {
    let training = match form.parse(today(desk)) {
        Ok(t) => t,
        Err(errors) => return Ok(Err(errors)),
    };
    let id = store::add_own_training(&desk.db, actor, &training, desk.now().timestamp()).await?;
    Ok(Ok(id))
}

/// Removes a line of the worker's own log; `NotFound` for anyone else's.
pub async fn delete_training(desk: &Desk, actor: &Actor, id: i64) -> Result<(), DeskError> {
    Ok(store::delete_own_training(&desk.db, actor, id).await?)
}
