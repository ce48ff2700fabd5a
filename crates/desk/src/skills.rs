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

/// The self-assessment form: the institution's tools `(subject, name)`, the worker's
/// own levels, and the subjects they volunteer to coach colleagues on (public).
#[derive(Debug, Clone, Default)]
pub struct Mine {
    pub tools: Vec<(String, String)>,
    pub assessment: Assessment,
    pub coaching: Vec<String>,
}

pub async fn my_assessment(desk: &Desk, actor: &Actor) -> Result<Mine, DeskError> {
    Ok(Mine {
        tools: store::tools_to_rate(&desk.db).await?,
        assessment: store::own_assessment(&desk.db, actor).await?,
        coaching: store::own_coaching(&desk.db, actor).await?,
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

/// Replaces the worker's own self-assessment with the form's, and the subjects of the
/// form they coach on with those ticked (`coach`), in one unit of work; or keeps nothing
/// when any value is wrong.
pub async fn save_assessment(
    desk: &Desk,
    actor: &Actor,
    form: &AssessmentForm,
    coach: &[String],
) -> Result<Saving, DeskError> {
    let (desk, work) = desk.begin().await?;
    let tools = store::tools_to_rate(&desk.db).await?;
    let codes: Vec<&str> = tools.iter().map(|(c, _)| c.as_str()).collect();
    let offered: Vec<&str> = COMPETENCES
        .iter()
        .copied()
        .chain(codes.iter().copied())
        .collect();
    let mut unknown: Vec<AssessmentError> = coach
        .iter()
        .filter(|c| !offered.contains(&c.as_str()))
        .map(|c| AssessmentError::Unknown(c.clone()))
        .collect();
    let assessment = match form.parse(&codes) {
        Ok(a) if unknown.is_empty() => a,
        Ok(_) => return Ok(Saving::Invalid(unknown)),
        Err(mut errors) => {
            errors.append(&mut unknown);
            return Ok(Saving::Invalid(errors));
        }
    };
    store::replace_own_assessment(&desk.db, actor, &assessment).await?;
    store::set_own_coaching(&desk.db, actor, &offered, coach, desk.now().timestamp()).await?;
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
