//! The institution's tool guide and its peer coaches (issue 18, journey J10): the list of
//! tools with its search and review reminders, a tool's page with its how-tos and coaches,
//! keeping the pages (coordinators and administrators), writing a how-to and volunteering
//! (any staff member). No person data. The review reminder counts in Brussels days by the
//! desk's clock.

use crate::{Desk, DeskError};
use chrono::NaiveDate;
use guichet_domain::clock::brussels;
use guichet_domain::guide::{matches, review_due, review_due_on, search_words, NewHowto};
use guichet_domain::guide::{Subject, ToolFields};
use guichet_domain::Actor;
use guichet_store::guide::{self as store, Coach, Howto, Tool};

/// A tool as the guide shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToolLine {
    pub tool: Tool,
    /// The day of its last review, when it reads as one.
    pub reviewed_on: Option<NaiveDate>,
    /// The day its next review is due.
    pub due_on: Option<NaiveDate>,
    /// Its review is due today or overdue.
    pub review_due: bool,
}

fn line(tool: Tool, today: NaiveDate) -> ToolLine {
    let reviewed_on = NaiveDate::parse_from_str(&tool.reviewed_on, "%Y-%m-%d").ok();
    let months = u32::try_from(tool.review_months).unwrap_or(u32::MAX);
    let due_on = reviewed_on.map(|d| review_due_on(d, months));
    // A review day that cannot be read is due: someone should look at the page.
    let due = reviewed_on.is_none_or(|d| review_due(d, months, today));
    ToolLine {
        tool,
        reviewed_on,
        due_on,
        review_due: due,
    }
}

/// Today, in Brussels, by the desk's clock.
pub fn today(desk: &Desk) -> NaiveDate {
    brussels(desk.now()).date()
}

/// The guide: the tools in use (by name) whose page matches every word of `q` (its
/// name, what it is for, who to ask, the titles and texts of its how-tos; case and
/// accents ignored), all of them for an empty `q`.
pub async fn guide(desk: &Desk, actor: &Actor, q: &str) -> Result<Vec<ToolLine>, DeskError> {
    let today = today(desk);
    let tools = store::tools(&desk.db, actor, false).await?;
    let words = search_words(q);
    let howtos = if words.is_empty() {
        Vec::new()
    } else {
        store::howtos(&desk.db, actor, None).await?
    };
    Ok(tools
        .into_iter()
        .filter(|t| {
            let mut texts = vec![t.name.as_str(), t.purpose.as_str(), t.who_to_ask.as_str()];
            for h in howtos.iter().filter(|h| h.tool_id == t.id) {
                texts.push(&h.title);
                texts.push(&h.body);
            }
            matches(&words, &texts)
        })
        .map(|t| line(t, today))
        .collect())
}

/// How many tools in use are due for review (the coordinator's reminder).
pub async fn due_count(desk: &Desk, actor: &Actor) -> Result<usize, DeskError> {
    Ok(guide(desk, actor, "")
        .await?
        .iter()
        .filter(|l| l.review_due)
        .count())
}

/// A tool's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToolPage {
    pub line: ToolLine,
    pub howtos: Vec<Howto>,
    /// The colleagues who help others with this tool.
    pub coaches: Vec<Coach>,
    /// The signed-in staff member is one of them.
    pub i_coach: bool,
}

pub async fn tool_page(desk: &Desk, actor: &Actor, id: i64) -> Result<ToolPage, DeskError> {
    let tool = store::tool(&desk.db, actor, id)
        .await?
        .ok_or(DeskError::NotFound)?;
    let howtos = store::howtos(&desk.db, actor, Some(id)).await?;
    let subject = Subject::Tool(id).code();
    let coaches: Vec<Coach> = store::coaches(&desk.db, actor)
        .await?
        .into_iter()
        .filter(|c| c.subject == subject)
        .collect();
    let i_coach = coaches.iter().any(|c| c.user_id == actor.user_id.get());
    Ok(ToolPage {
        line: line(tool, today(desk)),
        howtos,
        coaches,
        i_coach,
    })
}

/// Adds a tool's page, reviewed today. [`DeskError::NotAllowed`] unless the actor keeps
/// the guide.
pub async fn create_tool(desk: &Desk, actor: &Actor, t: &ToolFields) -> Result<i64, DeskError> {
    if !actor.may_keep_tool_guide() {
        return Err(DeskError::NotAllowed);
    }
    let day = today(desk).format("%Y-%m-%d").to_string();
    Ok(store::create_tool(&desk.db, actor, t, &day, desk.now().timestamp()).await?)
}

pub async fn edit_tool(
    desk: &Desk,
    actor: &Actor,
    id: i64,
    t: &ToolFields,
) -> Result<(), DeskError> {
    if !actor.may_keep_tool_guide() {
        return Err(DeskError::NotAllowed);
    }
    Ok(store::update_tool(&desk.db, actor, id, t, desk.now().timestamp()).await?)
}

/// Says the tool's page was reviewed today: its reminder starts again.
pub async fn mark_reviewed(desk: &Desk, actor: &Actor, id: i64) -> Result<(), DeskError> {
    if !actor.may_keep_tool_guide() {
        return Err(DeskError::NotAllowed);
    }
    let day = today(desk).format("%Y-%m-%d").to_string();
    Ok(store::mark_reviewed(&desk.db, actor, id, &day, desk.now().timestamp()).await?)
}

/// Archives a tool no longer used (or brings it back).
pub async fn set_archived(
    desk: &Desk,
    actor: &Actor,
    id: i64,
    archived: bool,
) -> Result<(), DeskError> {
    if !actor.may_keep_tool_guide() {
        return Err(DeskError::NotAllowed);
    }
    Ok(store::set_archived(&desk.db, actor, id, archived, desk.now().timestamp()).await?)
}

/// Adds a how-to (and its image) at the end of a tool's page; any staff member may.
pub async fn add_howto(
    desk: &Desk,
    actor: &Actor,
    tool: i64,
    h: &NewHowto,
) -> Result<i64, DeskError> {
    if !actor.may_use_tool_guide() {
        return Err(DeskError::NotAllowed);
    }
    Ok(store::add_howto(&desk.db, actor, tool, h, desk.now().timestamp()).await?)
}

/// The bytes of a how-to's image and their content type.
pub async fn image(desk: &Desk, actor: &Actor, id: i64) -> Result<(String, Vec<u8>), DeskError> {
    store::image(&desk.db, actor, id)
        .await?
        .ok_or(DeskError::NotFound)
}

/// The coaches, grouped: by tool (tools in use, by name) and by DigComp competence (in
/// the framework's order). Subjects nobody coaches are left out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Coaches {
    pub by_tool: Vec<(Tool, Vec<Coach>)>,
    pub by_competence: Vec<(&'static str, Vec<Coach>)>,
}

pub async fn coaches(desk: &Desk, actor: &Actor) -> Result<Coaches, DeskError> {
    let all = store::coaches(&desk.db, actor).await?;
    let tools = store::tools(&desk.db, actor, false).await?;
    let of =
        |code: &str| -> Vec<Coach> { all.iter().filter(|c| c.subject == code).cloned().collect() };
    let by_tool = tools
        .into_iter()
        .map(|t| {
            let c = of(&Subject::Tool(t.id).code());
            (t, c)
        })
        .filter(|(_, c)| !c.is_empty())
        .collect();
    let by_competence = guichet_domain::digcomp::COMPETENCES
        .iter()
        .map(|code| (*code, of(code)))
        .filter(|(_, c)| !c.is_empty())
        .collect();
    Ok(Coaches {
        by_tool,
        by_competence,
    })
}

/// The subjects the signed-in staff member coaches, as stored (`tool:<id>`, `2.6`).
pub async fn my_subjects(desk: &Desk, actor: &Actor) -> Result<Vec<String>, DeskError> {
    Ok(store::coaches(&desk.db, actor)
        .await?
        .into_iter()
        .filter(|c| c.user_id == actor.user_id.get())
        .map(|c| c.subject)
        .collect())
}

/// The signed-in staff member volunteers to help colleagues with `subject` (`on`), or
/// withdraws. [`DeskError::NotFound`] for a tool that does not exist.
pub async fn volunteer(
    desk: &Desk,
    actor: &Actor,
    subject: &Subject,
    on: bool,
) -> Result<(), DeskError> {
    if !actor.may_use_tool_guide() {
        return Err(DeskError::NotAllowed);
    }
    Ok(store::set_coach(&desk.db, actor, subject, on, desk.now().timestamp()).await?)
}
