//! Staff accounts, their roles and teams, and one-time password links.

use crate::RunOn;
use crate::{
    get_i64, get_opt_i64, get_opt_str, get_str, new_token, token_hash, Db, Result, StoreError,
};
use guichet_domain::ids::{PersonId, TeamId, UserId};
use guichet_domain::user::{DisplayName, Username};
use guichet_domain::{Actor, Grant, Lang, Role, RoleSet};
use sqlx::Row;
use std::sync::LazyLock;

/// What sign-in needs to know about an account.
#[derive(Debug, Clone)]
pub struct LoginRecord {
    pub id: UserId,
    pub password_hash: Option<String>,
    pub disabled: bool,
}

/// An account as shown on staff pages. Holds no secret.
#[derive(Debug, Clone)]
pub struct UserView {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    pub lang: Option<Lang>,
    pub roles: RoleSet,
    pub teams: Vec<TeamId>,
    pub disabled: bool,
    pub has_password: bool,
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub username: Username,
    pub display_name: DisplayName,
    pub lang: Option<Lang>,
    pub roles: RoleSet,
    pub teams: Vec<TeamId>,
}

pub async fn create(db: &Db, new: &NewUser, now: i64) -> Result<UserId> {
    let mut tx = db.begin().await?;
    let row = sqlx::query(
        "INSERT INTO users (username, display_name, lang, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(new.username.as_str())
    .bind(new.display_name.as_str())
    .bind(new.lang.map(|l| l.code()))
    .bind(now)
    .fetch_one(&mut *tx)
    .await
    .map_err(StoreError::from_write)?;
    let id = UserId::new(get_i64(&row, "id")?);
    write_roles_and_teams(&mut tx, id, new.roles, &new.teams).await?;
    tx.commit().await?;
    Ok(id)
}

async fn write_roles_and_teams(
    tx: &mut crate::Tx,
    id: UserId,
    roles: RoleSet,
    teams: &[TeamId],
) -> Result<()> {
    sqlx::query("DELETE FROM user_roles WHERE user_id = $1")
        .bind(id.get())
        .execute(&mut **tx)
        .await?;
    for role in roles.iter() {
        sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, $2)")
            .bind(id.get())
            .bind(role.code())
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("DELETE FROM team_members WHERE user_id = $1")
        .bind(id.get())
        .execute(&mut **tx)
        .await?;
    for team in teams {
        sqlx::query("INSERT INTO team_members (team_id, user_id) VALUES ($1, $2)")
            .bind(team.get())
            .bind(id.get())
            .execute(&mut **tx)
            .await
            .map_err(StoreError::from_write)?;
    }
    Ok(())
}

pub async fn update(
    db: &Db,
    id: UserId,
    display_name: &DisplayName,
    lang: Option<Lang>,
    roles: RoleSet,
    teams: &[TeamId],
) -> Result<()> {
    let mut tx = db.begin().await?;
    let done = sqlx::query("UPDATE users SET display_name = $1, lang = $2 WHERE id = $3")
        .bind(display_name.as_str())
        .bind(lang.map(|l| l.code()))
        .bind(id.get())
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    write_roles_and_teams(&mut tx, id, roles, teams).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn find_for_login(db: &Db, username: &str) -> Result<Option<LoginRecord>> {
    let row = sqlx::query("SELECT id, password_hash, disabled_at FROM users WHERE username = $1")
        .bind(username)
        .fetch_optional_on(db)
        .await?;
    row.map(|r| {
        Ok(LoginRecord {
            id: UserId::new(get_i64(&r, "id")?),
            password_hash: get_opt_str(&r, "password_hash")?,
            disabled: get_opt_i64(&r, "disabled_at")?.is_some(),
        })
    })
    .transpose()
}

pub async fn password_hash(db: &Db, id: UserId) -> Result<Option<String>> {
    let row = sqlx::query("SELECT password_hash FROM users WHERE id = $1")
        .bind(id.get())
        .fetch_optional_on(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    get_opt_str(&row, "password_hash")
}

pub async fn set_password_hash(db: &Db, id: UserId, hash: &str) -> Result<()> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(id.get())
        .execute_on(db)
        .await?;
    Ok(())
}

pub async fn set_lang(db: &Db, id: UserId, lang: Lang) -> Result<()> {
    sqlx::query("UPDATE users SET lang = $1 WHERE id = $2")
        .bind(lang.code())
        .bind(id.get())
        .execute_on(db)
        .await?;
    Ok(())
}

/// Disabling an account also ends its sessions.
pub async fn set_disabled(db: &Db, id: UserId, disabled_at: Option<i64>) -> Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE users SET disabled_at = $1 WHERE id = $2")
        .bind(disabled_at)
        .bind(id.get())
        .execute(&mut *tx)
        .await?;
    if disabled_at.is_some() {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(id.get())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn roles_of(db: &Db, id: UserId) -> Result<RoleSet> {
    let rows = sqlx::query("SELECT role FROM user_roles WHERE user_id = $1")
        .bind(id.get())
        .fetch_all_on(db)
        .await?;
    let mut set = RoleSet::empty();
    for r in rows {
        let code = get_str(&r, "role")?;
        set.insert(Role::parse(&code).ok_or_else(|| StoreError::Corrupt(format!("role {code}")))?);
    }
    Ok(set)
}

async fn teams_of(db: &Db, id: UserId) -> Result<Vec<TeamId>> {
    let rows = sqlx::query("SELECT team_id FROM team_members WHERE user_id = $1 ORDER BY team_id")
        .bind(id.get())
        .fetch_all_on(db)
        .await?;
    rows.iter()
        .map(|r| Ok(TeamId::new(get_i64(r, "team_id")?)))
        .collect()
}

/// The acting staff member, as the access policy sees them.
/// The staff member as the access policy sees them at `now`: roles, teams, and the
/// break-glass grants that have not expired yet.
pub async fn actor(db: &Db, id: UserId, now: i64) -> Result<Actor> {
    Ok(Actor {
        user_id: id,
        roles: roles_of(db, id).await?,
        teams: teams_of(db, id).await?,
        break_glass: grants_of(db, id, now).await?,
    })
}

/// [`by_session`]'s query, written once per backend (it runs before every page).
fn by_session_sql(roles: &str, teams: &str, grants: &str) -> String {
    format!(
        "SELECT s.csrf_token, s.created_at, s.last_seen_at, \
         u.id, u.username, u.display_name, u.lang, u.disabled_at, \
         CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END AS has_password, \
         (SELECT {roles} FROM user_roles r WHERE r.user_id = u.id) AS roles, \
         (SELECT {teams} FROM team_members m WHERE m.user_id = u.id) AS teams, \
         (SELECT {grants} FROM break_glass g WHERE g.user_id = u.id AND g.expires_at > $2) AS grants \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.token_hash = $1 AND u.disabled_at IS NULL"
    )
}

static BY_SESSION_SQLITE: LazyLock<String> = LazyLock::new(|| {
    by_session_sql(
        "group_concat(role, ',')",
        "group_concat(team_id, ',')",
        "group_concat(person_id || ':' || expires_at, ',')",
    )
});

static BY_SESSION_POSTGRES: LazyLock<String> = LazyLock::new(|| {
    by_session_sql(
        "string_agg(role, ',')",
        "string_agg(team_id::text, ',')",
        "string_agg(person_id::text || ':' || expires_at::text, ',')",
    )
});

/// The session behind a cookie's token, with its account and actor, in one query: this
/// runs before every page, so it is the cheapest read guichet makes. `None` for an
/// unknown token or a disabled account.
pub async fn by_session(
    db: &Db,
    token: &str,
    now: i64,
) -> Result<Option<(crate::sessions::SessionRecord, UserView, Actor)>> {
    let sql = match db.backend() {
        crate::Backend::Sqlite => &*BY_SESSION_SQLITE,
        crate::Backend::Postgres => &*BY_SESSION_POSTGRES,
    };
    let Some(r) = sqlx::query(sql)
        .bind(token_hash(token))
        .bind(now)
        .fetch_optional_on(db)
        .await?
    else {
        return Ok(None);
    };
    let session = crate::sessions::SessionRecord {
        csrf_token: get_str(&r, "csrf_token")?,
        created_at: get_i64(&r, "created_at")?,
        last_seen_at: get_i64(&r, "last_seen_at")?,
    };
    let corrupt = |what: &str| StoreError::Corrupt(format!("session {what}"));
    let list = |col: &str| -> Result<Vec<String>> {
        Ok(get_opt_str(&r, col)?
            .map(|v| v.split(',').map(str::to_owned).collect())
            .unwrap_or_default())
    };
    let mut user = view_from_row(&r)?;
    for code in list("roles")? {
        user.roles
            .insert(Role::parse(&code).ok_or_else(|| corrupt("role"))?);
    }
    let mut teams = list("teams")?
        .iter()
        .map(|t| {
            t.parse::<i64>()
                .map(TeamId::new)
                .map_err(|_| corrupt("team"))
        })
        .collect::<Result<Vec<_>>>()?;
    teams.sort();
    user.teams = teams;
    let mut break_glass = list("grants")?
        .iter()
        .map(|g| {
            let (person, until) = g.split_once(':').ok_or_else(|| corrupt("grant"))?;
            Ok(Grant {
                person: PersonId::new(person.parse().map_err(|_| corrupt("grant"))?),
                until: until.parse().map_err(|_| corrupt("grant"))?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    break_glass.sort_by_key(|g| (g.person, g.until));
    let actor = Actor {
        user_id: user.id,
        roles: user.roles,
        teams: user.teams.clone(),
        break_glass,
    };
    Ok(Some((session, user, actor)))
}

async fn grants_of(db: &Db, id: UserId, now: i64) -> Result<Vec<Grant>> {
    sqlx::query(
        "SELECT person_id, expires_at FROM break_glass WHERE user_id = $1 AND expires_at > $2 \
         ORDER BY person_id, expires_at",
    )
    .bind(id.get())
    .bind(now)
    .fetch_all_on(db)
    .await?
    .iter()
    .map(|r| {
        Ok(Grant {
            person: PersonId::new(get_i64(r, "person_id")?),
            until: get_i64(r, "expires_at")?,
        })
    })
    .collect::<Result<Vec<_>>>()
}

fn view_from_row(r: &sqlx::any::AnyRow) -> Result<UserView> {
    Ok(UserView {
        id: UserId::new(get_i64(r, "id")?),
        username: get_str(r, "username")?,
        display_name: get_str(r, "display_name")?,
        lang: get_opt_str(r, "lang")?.as_deref().and_then(Lang::parse),
        roles: RoleSet::empty(),
        teams: Vec::new(),
        disabled: get_opt_i64(r, "disabled_at")?.is_some(),
        has_password: r.try_get::<i64, _>("has_password")? != 0,
    })
}

const VIEW_COLUMNS: &str = "id, username, display_name, lang, disabled_at, \
     CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END AS has_password";

pub async fn get(db: &Db, id: UserId) -> Result<UserView> {
    let row = sqlx::query(&format!("SELECT {VIEW_COLUMNS} FROM users WHERE id = $1"))
        .bind(id.get())
        .fetch_optional_on(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    let mut v = view_from_row(&row)?;
    v.roles = roles_of(db, id).await?;
    v.teams = teams_of(db, id).await?;
    Ok(v)
}

/// All accounts with roles and teams, in three queries whatever the number of accounts.
pub async fn list(db: &Db) -> Result<Vec<UserView>> {
    let rows = sqlx::query(&format!(
        "SELECT {VIEW_COLUMNS} FROM users ORDER BY display_name, username"
    ))
    .fetch_all_on(db)
    .await?;
    let mut users: Vec<UserView> = rows.iter().map(view_from_row).collect::<Result<_>>()?;
    let index: std::collections::HashMap<i64, usize> = users
        .iter()
        .enumerate()
        .map(|(i, u)| (u.id.get(), i))
        .collect();
    for r in sqlx::query("SELECT user_id, role FROM user_roles")
        .fetch_all_on(db)
        .await?
    {
        if let (Some(&i), Some(role)) = (
            index.get(&get_i64(&r, "user_id")?),
            Role::parse(&get_str(&r, "role")?),
        ) {
            users[i].roles.insert(role);
        }
    }
    for r in sqlx::query("SELECT user_id, team_id FROM team_members ORDER BY team_id")
        .fetch_all_on(db)
        .await?
    {
        if let Some(&i) = index.get(&get_i64(&r, "user_id")?) {
            users[i].teams.push(TeamId::new(get_i64(&r, "team_id")?));
        }
    }
    Ok(users)
}

pub async fn count(db: &Db) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM users")
        .fetch_one_on(db)
        .await?;
    get_i64(&row, "n")
}

/// Issues a one-time link to set a password. Earlier unused links of the account
/// stop working. Returns the token to show (never stored as such).
pub async fn create_reset(
    db: &Db,
    user: UserId,
    by: Option<UserId>,
    now: i64,
    valid_for_secs: i64,
) -> Result<String> {
    let token = new_token();
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE password_resets SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
        .bind(now)
        .bind(user.get())
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO password_resets (token_hash, user_id, created_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash(&token))
    .bind(user.get())
    .bind(by.map(UserId::get))
    .bind(now)
    .bind(now + valid_for_secs)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(token)
}

/// The account a reset link is for, if the link is unused and not expired.
pub async fn reset_target(db: &Db, token: &str, now: i64) -> Result<Option<(UserId, String)>> {
    let row = sqlx::query(
        "SELECT u.id, u.username FROM password_resets r JOIN users u ON u.id = r.user_id \
         WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2 AND u.disabled_at IS NULL",
    )
    .bind(token_hash(token))
    .bind(now)
    .fetch_optional_on(db)
    .await?;
    row.map(|r| Ok((UserId::new(get_i64(&r, "id")?), get_str(&r, "username")?)))
        .transpose()
}

/// Uses a reset link: sets the password, marks the link used and ends every session
/// of the account, all or nothing. Returns `NotFound` if the link was used meanwhile.
pub async fn consume_reset(db: &Db, token: &str, new_hash: &str, now: i64) -> Result<UserId> {
    let mut tx = db.begin().await?;
    let row = sqlx::query(
        "UPDATE password_resets SET used_at = $1 \
         WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING user_id",
    )
    .bind(now)
    .bind(token_hash(token))
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(StoreError::NotFound)?;
    let user = UserId::new(get_i64(&row, "user_id")?);
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(new_hash)
        .bind(user.get())
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user.get())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(user)
}

/// Where and when a staff member may be sent messages: an email address and weekly
/// working hours (`WeeklyHours` storage format; `None` = no limit).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StaffContact {
    pub email: Option<String>,
    pub working_hours: Option<String>,
}

pub async fn staff_contact(db: &Db, id: UserId) -> Result<StaffContact> {
    let row = sqlx::query("SELECT email, working_hours FROM users WHERE id = $1")
        .bind(id.get())
        .fetch_optional_on(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok(StaffContact {
        email: get_opt_str(&row, "email")?,
        working_hours: get_opt_str(&row, "working_hours")?,
    })
}

pub async fn set_staff_contact(db: &Db, id: UserId, c: &StaffContact) -> Result<()> {
    sqlx::query("UPDATE users SET email = $1, working_hours = $2 WHERE id = $3")
        .bind(c.email.as_deref())
        .bind(c.working_hours.as_deref())
        .bind(id.get())
        .execute_on(db)
        .await?;
    Ok(())
}
