//! The institution's tool guide and its peer coaches (issue 18, journey J10). No person
//! data here: every signed-in staff member reads the guide. The writes take the acting
//! staff member and apply the policy here ([`Actor::may_keep_tool_guide`] for a tool's
//! page, [`Actor::may_use_tool_guide`] for a how-to and for volunteering), so a route
//! guard forgotten does not open them.
//!
//! Volunteering as a coach is public inside the organisation (migration 0034): the list
//! of coaches names colleagues, their teams and their work email when they have one.

use crate::RunOn;
use crate::{get_i64, get_opt_str, get_str, Db, Result, StoreError};
use guichet_domain::guide::{NewHowto, Subject, ToolFields};
use guichet_domain::Actor;
use sqlx::any::AnyRow;
use sqlx::Row;
use std::collections::BTreeMap;

/// A tool's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tool {
    pub id: i64,
    pub name: String,
    pub purpose: String,
    pub who_to_ask: String,
    /// Brussels day of the last review, `YYYY-MM-DD`.
    pub reviewed_on: String,
    pub review_months: i64,
    pub archived: bool,
    pub updated_at: i64,
}

/// An image of a how-to, without its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageInfo {
    pub id: i64,
    pub content_type: String,
    pub alt: String,
}

/// A how-to, with its images.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Howto {
    pub id: i64,
    pub tool_id: i64,
    pub position: i64,
    pub title: String,
    pub body: String,
    /// The colleague who wrote it (none when their account is gone).
    pub author: Option<String>,
    pub written_at: i64,
    pub images: Vec<ImageInfo>,
}

/// A colleague who volunteered to help others with a subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coach {
    pub user_id: i64,
    pub subject: String,
    pub name: String,
    pub email: Option<String>,
    pub teams: Vec<String>,
    pub since: i64,
}

const TOOL_COLUMNS: &str =
    "id, name, purpose, who_to_ask, reviewed_on, review_months, archived, updated_at";

fn tool_of(r: &AnyRow) -> Result<Tool> {
    Ok(Tool {
        id: get_i64(r, "id")?,
        name: get_str(r, "name")?,
        purpose: get_str(r, "purpose")?,
        who_to_ask: get_str(r, "who_to_ask")?,
        reviewed_on: get_str(r, "reviewed_on")?,
        review_months: get_i64(r, "review_months")?,
        archived: get_i64(r, "archived")? != 0,
        updated_at: get_i64(r, "updated_at")?,
    })
}

fn keeper(actor: &Actor) -> Result<()> {
    if actor.may_keep_tool_guide() {
        Ok(())
    } else {
        Err(StoreError::Forbidden)
    }
}

fn user_of_guide(actor: &Actor) -> Result<()> {
    if actor.may_use_tool_guide() {
        Ok(())
    } else {
        Err(StoreError::Forbidden)
    }
}

/// Every tool, by name; archived ones only when asked.
pub async fn tools(db: &Db, actor: &Actor, with_archived: bool) -> Result<Vec<Tool>> {
    user_of_guide(actor)?;
    let filter = if with_archived {
        ""
    } else {
        "WHERE archived = 0"
    };
    let rows = sqlx::query(&format!(
        "SELECT {TOOL_COLUMNS} FROM tools {filter} ORDER BY LOWER(name), id"
    ))
    .fetch_all_on(db)
    .await?;
    rows.iter().map(tool_of).collect()
}

/// One tool's page, archived or not.
pub async fn tool(db: &Db, actor: &Actor, id: i64) -> Result<Option<Tool>> {
    user_of_guide(actor)?;
    let row = sqlx::query(&format!("SELECT {TOOL_COLUMNS} FROM tools WHERE id = $1"))
        .bind(id)
        .fetch_optional_on(db)
        .await?;
    row.as_ref().map(tool_of).transpose()
}

/// Adds a tool's page, reviewed today (`today`, a Brussels day `YYYY-MM-DD`).
pub async fn create_tool(
    db: &Db,
    actor: &Actor,
    t: &ToolFields,
    today: &str,
    now: i64,
) -> Result<i64> {
    keeper(actor)?;
    let row = sqlx::query(
        "INSERT INTO tools (name, purpose, who_to_ask, reviewed_on, review_months, archived, updated_by, updated_at) \
         VALUES ($1, $2, $3, $4, $5, 0, $6, $7) RETURNING id",
    )
    .bind(&t.name)
    .bind(&t.purpose)
    .bind(&t.who_to_ask)
    .bind(today)
    .bind(i64::from(t.review_months))
    .bind(actor.user_id.get())
    .bind(now)
    .fetch_one_on(db)
    .await
    .map_err(StoreError::from_write)?;
    get_i64(&row, "id")
}

/// Saves a tool's page as edited (its review day stays: say it was reviewed apart).
pub async fn update_tool(db: &Db, actor: &Actor, id: i64, t: &ToolFields, now: i64) -> Result<()> {
    keeper(actor)?;
    let done = sqlx::query(
        "UPDATE tools SET name = $1, purpose = $2, who_to_ask = $3, review_months = $4, \
         updated_by = $5, updated_at = $6 WHERE id = $7",
    )
    .bind(&t.name)
    .bind(&t.purpose)
    .bind(&t.who_to_ask)
    .bind(i64::from(t.review_months))
    .bind(actor.user_id.get())
    .bind(now)
    .bind(id)
    .execute_on(db)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// Records that the tool's page was reviewed on `today`.
pub async fn mark_reviewed(db: &Db, actor: &Actor, id: i64, today: &str, now: i64) -> Result<()> {
    keeper(actor)?;
    let done = sqlx::query(
        "UPDATE tools SET reviewed_on = $1, updated_by = $2, updated_at = $3 WHERE id = $4",
    )
    .bind(today)
    .bind(actor.user_id.get())
    .bind(now)
    .bind(id)
    .execute_on(db)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// Archives a tool (no longer listed; its page stays readable) or brings it back.
pub async fn set_archived(db: &Db, actor: &Actor, id: i64, archived: bool, now: i64) -> Result<()> {
    keeper(actor)?;
    let done = sqlx::query(
        "UPDATE tools SET archived = $1, updated_by = $2, updated_at = $3 WHERE id = $4",
    )
    .bind(i64::from(archived))
    .bind(actor.user_id.get())
    .bind(now)
    .bind(id)
    .execute_on(db)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// The how-tos of these tools (all tools when `tool` is `None`), in their order, with
/// their images (not their bytes).
pub async fn howtos(db: &Db, actor: &Actor, tool: Option<i64>) -> Result<Vec<Howto>> {
    user_of_guide(actor)?;
    let filter = if tool.is_some() {
        "WHERE h.tool_id = $1"
    } else {
        ""
    };
    let sql = format!(
        "SELECT h.id, h.tool_id, h.position, h.title, h.body, h.written_at, u.display_name \
         FROM tool_howtos h LEFT JOIN users u ON u.id = h.written_by {filter} \
         ORDER BY h.tool_id, h.position, h.id"
    );
    let mut query = sqlx::query(&sql);
    if let Some(t) = tool {
        query = query.bind(t);
    }
    let rows = query.fetch_all_on(db).await?;
    let mut out: Vec<Howto> = rows
        .iter()
        .map(|r| {
            Ok(Howto {
                id: get_i64(r, "id")?,
                tool_id: get_i64(r, "tool_id")?,
                position: get_i64(r, "position")?,
                title: get_str(r, "title")?,
                body: get_str(r, "body")?,
                author: get_opt_str(r, "display_name")?,
                written_at: get_i64(r, "written_at")?,
                images: Vec::new(),
            })
        })
        .collect::<Result<_>>()?;
    let image_filter = if tool.is_some() {
        "WHERE h.tool_id = $1"
    } else {
        ""
    };
    let sql = format!(
        "SELECT i.id, i.howto_id, i.content_type, i.alt FROM tool_images i \
         JOIN tool_howtos h ON h.id = i.howto_id {image_filter} ORDER BY i.id"
    );
    let mut query = sqlx::query(&sql);
    if let Some(t) = tool {
        query = query.bind(t);
    }
    let mut images: BTreeMap<i64, Vec<ImageInfo>> = BTreeMap::new();
    for r in query.fetch_all_on(db).await? {
        images
            .entry(get_i64(&r, "howto_id")?)
            .or_default()
            .push(ImageInfo {
                id: get_i64(&r, "id")?,
                content_type: get_str(&r, "content_type")?,
                alt: get_str(&r, "alt")?,
            });
    }
    for h in &mut out {
        h.images = images.remove(&h.id).unwrap_or_default();
    }
    Ok(out)
}

/// Adds a how-to at the end of a tool's page, with its image: both or nothing.
/// [`StoreError::NotFound`] for a tool that does not exist or is archived.
pub async fn add_howto(db: &Db, actor: &Actor, tool: i64, h: &NewHowto, now: i64) -> Result<i64> {
    user_of_guide(actor)?;
    let mut tx = db.begin().await?;
    let open: Option<i64> =
        sqlx::query_scalar::<_, i64>("SELECT id FROM tools WHERE id = $1 AND archived = 0")
            .bind(tool)
            .fetch_optional(&mut *tx)
            .await?;
    if open.is_none() {
        return Err(StoreError::NotFound);
    }
    let last: Option<i64> =
        sqlx::query("SELECT MAX(position) AS p FROM tool_howtos WHERE tool_id = $1")
            .bind(tool)
            .fetch_one(&mut *tx)
            .await
            .and_then(|r| r.try_get::<Option<i64>, _>("p"))?;
    let row = sqlx::query(
        "INSERT INTO tool_howtos (tool_id, position, title, body, written_by, written_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(tool)
    .bind(last.unwrap_or(0) + 1)
    .bind(&h.title)
    .bind(&h.body)
    .bind(actor.user_id.get())
    .bind(now)
    .fetch_one(&mut *tx)
    .await
    .map_err(StoreError::from_write)?;
    let id = get_i64(&row, "id")?;
    if let Some(img) = &h.image {
        sqlx::query(
            "INSERT INTO tool_images (howto_id, content_type, alt, bytes, added_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(img.kind.mime())
        .bind(&img.alt)
        .bind(img.bytes.clone())
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(StoreError::from_write)?;
    }
    tx.commit().await?;
    Ok(id)
}

/// The bytes of an image with their content type.
pub async fn image(db: &Db, actor: &Actor, id: i64) -> Result<Option<(String, Vec<u8>)>> {
    user_of_guide(actor)?;
    let row = sqlx::query("SELECT content_type, bytes FROM tool_images WHERE id = $1")
        .bind(id)
        .fetch_optional_on(db)
        .await?;
    match row {
        None => Ok(None),
        Some(r) => {
            let bytes: Vec<u8> = r.try_get("bytes")?;
            Ok(Some((get_str(&r, "content_type")?, bytes)))
        }
    }
}

/// Every coach (accounts in use only), by subject then name.
pub async fn coaches(db: &Db, actor: &Actor) -> Result<Vec<Coach>> {
    user_of_guide(actor)?;
    let rows = sqlx::query(
        "SELECT c.user_id, c.subject, c.since, u.display_name, u.email FROM coaches c \
         JOIN users u ON u.id = c.user_id WHERE u.disabled_at IS NULL \
         ORDER BY c.subject, LOWER(u.display_name), c.user_id",
    )
    .fetch_all_on(db)
    .await?;
    let teams = sqlx::query(
        "SELECT tm.user_id, t.name FROM team_members tm JOIN teams t ON t.id = tm.team_id \
         WHERE tm.user_id IN (SELECT user_id FROM coaches) ORDER BY t.name",
    )
    .fetch_all_on(db)
    .await?;
    let mut by_user: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    for r in &teams {
        by_user
            .entry(get_i64(r, "user_id")?)
            .or_default()
            .push(get_str(r, "name")?);
    }
    rows.iter()
        .map(|r| {
            let user_id = get_i64(r, "user_id")?;
            Ok(Coach {
                user_id,
                subject: get_str(r, "subject")?,
                name: get_str(r, "display_name")?,
                email: get_opt_str(r, "email")?.filter(|e| !e.trim().is_empty()),
                teams: by_user.get(&user_id).cloned().unwrap_or_default(),
                since: get_i64(r, "since")?,
            })
        })
        .collect()
}

/// The signed-in staff member volunteers for a subject (`on`), or no longer does. Nothing
/// changes when it is so already. A tool must exist.
pub async fn set_coach(
    db: &Db,
    actor: &Actor,
    subject: &Subject,
    on: bool,
    now: i64,
) -> Result<()> {
    user_of_guide(actor)?;
    if let Subject::Tool(id) = subject {
        let found = sqlx::query("SELECT id FROM tools WHERE id = $1")
            .bind(*id)
            .fetch_optional_on(db)
            .await?;
        if found.is_none() {
            return Err(StoreError::NotFound);
        }
    }
    let me = actor.user_id.get();
    if on {
        sqlx::query(
            "INSERT INTO coaches (user_id, subject, since) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id, subject) DO NOTHING",
        )
        .bind(me)
        .bind(subject.code())
        .bind(now)
        .execute_on(db)
        .await?;
    } else {
        sqlx::query("DELETE FROM coaches WHERE user_id = $1 AND subject = $2")
            .bind(me)
            .bind(subject.code())
            .execute_on(db)
            .await?;
    }
    Ok(())
}
