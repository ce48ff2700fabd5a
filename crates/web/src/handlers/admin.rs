//! Administration: accounts, sites, services and teams, the organisation's name.
//! Nothing here reads person data (and the store would refuse it to an administrator).

use super::{not_found, unavailable};
use crate::auth::RESET_LINK_SECS;
use crate::ctx::{Ctx, Staff};
use crate::forms::{all_values, value, Errors};
use crate::present::WEEKDAY_KEYS;
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_domain::ids::{ServiceId, SiteId, TeamId, UserId};
use guichet_domain::names::{self, NameForms};
use guichet_domain::org::{parse_closing_days, DayHours, PhoneNumber, Postcode, WeeklyHours};
use guichet_domain::postcodes;
use guichet_domain::user::{DisplayName, DisplayNameError, Username, UsernameError};
use guichet_domain::{Lang, Role, RoleSet};
use guichet_store::org::{self, Service, Site, SiteInput, Team};
use guichet_store::users::{self, NewUser, UserView};
use guichet_store::StoreError;

// ---------- accounts ----------

#[derive(Template)]
#[template(path = "admin_users.html")]
struct UsersTpl {
    p: Page,
    users: Vec<UserView>,
    teams: Vec<Team>,
    /// Failed sign-ins per account in words, for the accounts that had some.
    failed: std::collections::HashMap<UserId, String>,
}

impl UsersTpl {
    fn team_names(&self, u: &UserView) -> String {
        self.teams
            .iter()
            .filter(|t| u.teams.contains(&t.id))
            .map(Team::label)
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn failed_of(&self, u: &UserView) -> &str {
        self.failed.get(&u.id).map_or("", String::as_str)
    }
}

/// "2 in the last 24 hours, 9 in 30 days (4 since the last sign-in)".
fn failed_in_words(ctx: &Ctx, f: &guichet_store::throttle::AccountFailures) -> String {
    let mut said = ctx.tr.tn2(
        "users-failed-counts",
        ("recent", f.recent),
        ("month", f.month),
    );
    if f.since_sign_in > 0 {
        said.push(' ');
        said.push_str(&ctx.tr.tn("users-failed-since", "count", f.since_sign_in));
    }
    said
}

pub async fn users_list(State(state): State<AppState>, ctx: Ctx, Staff(me): Staff) -> Response {
    let now = state.now();
    let (users, teams, failures) = match (
        users::list(&state.db).await,
        org::list_teams(&state.db).await,
        guichet_store::throttle::failures_per_account(&state.db, &me.actor, now).await,
    ) {
        (Ok(u), Ok(t), Ok(f)) => (u, t, f),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return unavailable(&ctx, e),
    };
    let failed = failures
        .iter()
        .filter(|(_, f)| f.month > 0 || f.since_sign_in > 0)
        .map(|(id, f)| (*id, failed_in_words(&ctx, f)))
        .collect();
    render(
        StatusCode::OK,
        &UsersTpl {
            p: Page::new(&ctx, "users-title"),
            users,
            teams,
            failed,
        },
    )
}

/// The account form as typed, kept whole when it comes back with errors.
#[derive(Default)]
struct UserForm {
    username: String,
    display_name: String,
    lang: String,
    roles: Vec<String>,
    teams: Vec<String>,
}

impl UserForm {
    fn from_body(body: &[u8]) -> Self {
        Self {
            username: value(body, "username"),
            display_name: value(body, "display_name"),
            lang: value(body, "lang"),
            roles: all_values(body, "roles"),
            teams: all_values(body, "teams"),
        }
    }

    fn from_user(u: &UserView) -> Self {
        Self {
            username: u.username.clone(),
            display_name: u.display_name.clone(),
            lang: u.lang.map(|l| l.code().to_owned()).unwrap_or_default(),
            roles: u.roles.iter().map(|r| r.code().to_owned()).collect(),
            teams: u.teams.iter().map(ToString::to_string).collect(),
        }
    }
}

struct ValidUser {
    username: Option<Username>,
    display_name: DisplayName,
    lang: Option<Lang>,
    roles: RoleSet,
    teams: Vec<TeamId>,
}

fn validate_user(
    ctx: &Ctx,
    f: &UserForm,
    new: bool,
    known_teams: &[Team],
    errors: &mut Errors,
) -> Option<ValidUser> {
    let username = if new {
        match Username::parse(&f.username) {
            Ok(u) => Some(u),
            Err(e) => {
                let key = match e {
                    UsernameError::Empty => "user-username-missing",
                    UsernameError::Length => "user-username-length",
                    UsernameError::Characters => "user-username-characters",
                };
                errors.push("username", ctx.t(key));
                None
            }
        }
    } else {
        None
    };
    let display_name = match DisplayName::parse(&f.display_name) {
        Ok(d) => Some(d),
        Err(DisplayNameError::Empty) => {
            errors.push("display_name", ctx.t("user-display-name-missing"));
            None
        }
        Err(DisplayNameError::TooLong) => {
            errors.push("display_name", ctx.t("user-display-name-long"));
            None
        }
    };
    let lang = Lang::parse(&f.lang);
    let roles: RoleSet = f.roles.iter().filter_map(|r| Role::parse(r)).collect();
    if roles.is_empty() {
        errors.push("roles", ctx.t("user-roles-missing"));
    } else if roles.contains(Role::Admin)
        && [Role::Reception, Role::SocialWorker, Role::HealthWorker]
            .iter()
            .any(|r| roles.contains(*r))
    {
        errors.push("roles", ctx.t("user-roles-admin-frontline"));
    }
    let teams: Vec<TeamId> = f
        .teams
        .iter()
        .filter_map(|t| t.parse().ok())
        .filter(|t| known_teams.iter().any(|k| k.id == *t))
        .collect();
    let frontline = [Role::Reception, Role::SocialWorker, Role::HealthWorker]
        .iter()
        .any(|r| roles.contains(*r));
    if frontline && teams.is_empty() {
        errors.push("teams", ctx.t("user-teams-missing"));
    }
    Some(ValidUser {
        username,
        display_name: display_name?,
        lang,
        roles,
        teams,
    })
    .filter(|_| errors.is_empty())
}

#[derive(Template)]
#[template(path = "admin_user_form.html")]
struct UserFormTpl {
    p: Page,
    errors: Errors,
    edit: Option<UserView>,
    username: String,
    display_name: String,
    langs: Vec<Choice>,
    roles: Vec<Choice>,
    teams: Vec<Choice>,
    notice: String,
}

fn user_form_page(
    ctx: &Ctx,
    f: &UserForm,
    errors: Errors,
    edit: Option<UserView>,
    teams: &[Team],
    notice: String,
) -> Response {
    let mut langs = vec![Choice {
        value: String::new(),
        label: ctx.t("user-lang-default"),
        checked: f.lang.is_empty(),
    }];
    langs.extend(Lang::ALL.iter().map(|l| Choice {
        value: l.code().to_owned(),
        label: l.endonym().to_owned(),
        checked: f.lang == l.code(),
    }));
    let roles = Role::ALL
        .iter()
        .map(|r| Choice {
            value: r.code().to_owned(),
            label: ctx.t(crate::views::role_key(*r)),
            checked: f.roles.iter().any(|x| x == r.code()),
        })
        .collect();
    let team_choices = teams
        .iter()
        .map(|t| Choice {
            value: t.id.to_string(),
            label: t.label(),
            checked: f.teams.iter().any(|x| *x == t.id.to_string()),
        })
        .collect();
    let status = errors.status();
    let title = if edit.is_some() {
        "user-edit-title"
    } else {
        "user-new-title"
    };
    let tpl = UserFormTpl {
        p: Page::new(ctx, title).with_errors(&errors),
        errors,
        edit,
        username: f.username.clone(),
        display_name: f.display_name.clone(),
        langs,
        roles,
        teams: team_choices,
        notice,
    };
    render(status, &tpl)
}

pub async fn user_new_form(State(state): State<AppState>, ctx: Ctx) -> Response {
    match org::list_teams(&state.db).await {
        Ok(teams) => user_form_page(
            &ctx,
            &UserForm::default(),
            Errors::default(),
            None,
            &teams,
            String::new(),
        ),
        Err(e) => unavailable(&ctx, e),
    }
}

#[derive(Template)]
#[template(path = "admin_link.html")]
struct LinkTpl {
    p: Page,
    user: UserView,
    link: String,
    hours: i64,
}

fn base_url(headers: &HeaderMap, state: &AppState) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    let scheme = if state.config.secure_cookies {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}")
}

async fn show_link(
    state: &AppState,
    ctx: &Ctx,
    headers: &HeaderMap,
    me: UserId,
    user: UserId,
) -> Response {
    let token =
        match users::create_reset(&state.db, user, Some(me), state.now(), RESET_LINK_SECS).await {
            Ok(t) => t,
            Err(e) => return unavailable(ctx, e),
        };
    let user = match users::get(&state.db, user).await {
        Ok(u) => u,
        Err(e) => return unavailable(ctx, e),
    };
    let tpl = LinkTpl {
        p: Page::new(ctx, "link-title"),
        link: format!("{}/password/set/{token}", base_url(headers, state)),
        user,
        hours: RESET_LINK_SECS / 3600,
    };
    render(StatusCode::OK, &tpl)
}

pub async fn user_create(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let teams = match org::list_teams(&state.db).await {
        Ok(t) => t,
        Err(e) => return unavailable(&ctx, e),
    };
    let form = UserForm::from_body(&body);
    let mut errors = Errors::default();
    let Some(valid) = validate_user(&ctx, &form, true, &teams, &mut errors) else {
        return user_form_page(&ctx, &form, errors, None, &teams, String::new());
    };
    let Some(username) = valid.username else {
        return user_form_page(&ctx, &form, errors, None, &teams, String::new());
    };
    let new = NewUser {
        username,
        display_name: valid.display_name,
        lang: valid.lang,
        roles: valid.roles,
        teams: valid.teams,
    };
    match users::create(&state.db, &new, state.now()).await {
        Ok(id) => show_link(&state, &ctx, &headers, me.user.id, id).await,
        Err(StoreError::Conflict) => {
            errors.push("username", ctx.t("user-username-taken"));
            user_form_page(&ctx, &form, errors, None, &teams, String::new())
        }
        Err(e) => unavailable(&ctx, e),
    }
}

async fn load_user(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
) -> Result<(UserView, Vec<Team>), Response> {
    let id: UserId = id.parse().map_err(|_| not_found(ctx))?;
    let user = match users::get(&state.db, id).await {
        Ok(u) => u,
        Err(StoreError::NotFound) => return Err(not_found(ctx)),
        Err(e) => return Err(unavailable(ctx, e)),
    };
    let teams = org::list_teams(&state.db)
        .await
        .map_err(|e| unavailable(ctx, e))?;
    Ok((user, teams))
}

pub async fn user_edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    axum::extract::RawQuery(q): axum::extract::RawQuery,
) -> Response {
    match load_user(&state, &ctx, &id).await {
        Ok((user, teams)) => {
            let form = UserForm::from_user(&user);
            let notice = if q.is_some_and(|q| q.contains("saved")) {
                ctx.t("user-saved")
            } else {
                String::new()
            };
            user_form_page(&ctx, &form, Errors::default(), Some(user), &teams, notice)
        }
        Err(r) => r,
    }
}

pub async fn user_update(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (user, teams) = match load_user(&state, &ctx, &id).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let mut form = UserForm::from_body(&body);
    form.username = user.username.clone();
    let mut errors = Errors::default();
    let valid = validate_user(&ctx, &form, false, &teams, &mut errors);
    if user.id == me.user.id && !form.roles.iter().any(|r| r == Role::Admin.code()) {
        errors.push("roles", ctx.t("user-roles-keep-own-admin"));
    }
    let (Some(v), true) = (valid, errors.is_empty()) else {
        return user_form_page(&ctx, &form, errors, Some(user), &teams, String::new());
    };
    match users::update(
        &state.db,
        user.id,
        &v.display_name,
        v.lang,
        v.roles,
        &v.teams,
    )
    .await
    {
        Ok(()) => Redirect::to(&format!("/admin/users/{}?saved=1", user.id)).into_response(),
        Err(e) => unavailable(&ctx, e),
    }
}

pub async fn user_reset_link(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    match load_user(&state, &ctx, &id).await {
        Ok((user, _)) => show_link(&state, &ctx, &headers, me.user.id, user.id).await,
        Err(r) => r,
    }
}

pub async fn user_toggle(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let (user, teams) = match load_user(&state, &ctx, &id).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    if user.id == me.user.id {
        let mut errors = Errors::default();
        errors.push("toggle", ctx.t("user-cannot-disable-self"));
        let form = UserForm::from_user(&user);
        return user_form_page(&ctx, &form, errors, Some(user), &teams, String::new());
    }
    let at = if user.disabled {
        None
    } else {
        Some(state.now())
    };
    match users::set_disabled(&state.db, user.id, at).await {
        Ok(()) => Redirect::to(&format!("/admin/users/{}?saved=1", user.id)).into_response(),
        Err(e) => unavailable(&ctx, e),
    }
}

// ---------- sites ----------

#[derive(Template)]
#[template(path = "admin_sites.html")]
struct SitesTpl {
    p: Page,
    sites: Vec<Site>,
}

pub async fn sites_list(State(state): State<AppState>, ctx: Ctx) -> Response {
    match org::list_sites(&state.db).await {
        Ok(sites) => render(
            StatusCode::OK,
            &SitesTpl {
                p: Page::new(&ctx, "sites-title"),
                sites,
            },
        ),
        Err(e) => unavailable(&ctx, e),
    }
}

const OPEN_IDS: [&str; 7] = [
    "open_0", "open_1", "open_2", "open_3", "open_4", "open_5", "open_6",
];
const WALKIN_IDS: [&str; 7] = [
    "walkin_0", "walkin_1", "walkin_2", "walkin_3", "walkin_4", "walkin_5", "walkin_6",
];

#[derive(Default)]
struct SiteForm {
    name: String,
    street: String,
    postcode: String,
    municipality: String,
    phone: String,
    open: [String; 7],
    walkin: [String; 7],
    closing_days: String,
    /// The name in letters to persons, per language of [`names::LANGUAGES`].
    names: [String; 4],
}

/// The fields of a name's forms: `name_fr`, `name_nl`, `name_en`, `name_de`.
const NAME_IDS: [&str; 4] = ["name_fr", "name_nl", "name_en", "name_de"];
const NAME_LABELS: [&str; 4] = ["names-fr", "names-nl", "names-en", "names-de"];

fn names_from_body(body: &[u8]) -> [String; 4] {
    NAME_IDS.map(|id| value(body, id))
}

fn names_shown(n: &NameForms) -> [String; 4] {
    names::LANGUAGES.map(|l| n.get(l).unwrap_or_default().to_owned())
}

/// The typed forms of a name, each checked; the mistakes go to `errors`.
fn names_checked(ctx: &Ctx, typed: &[String; 4], errors: &mut Errors) -> Option<NameForms> {
    let mut out = NameForms::default();
    let mut ok = true;
    for (i, lang) in names::LANGUAGES.iter().enumerate() {
        match names::parse_form(&typed[i]) {
            Ok(v) => out.set(lang, v),
            Err(e) => {
                ok = false;
                let key = match e {
                    names::NameFormError::TooLong => "names-too-long",
                    names::NameFormError::ControlCharacter => "names-control",
                };
                errors.push(
                    NAME_IDS[i],
                    ctx.tr.t2(
                        key,
                        ("language", ctx.t(NAME_LABELS[i])),
                        ("max", names::MAX_NAME_CHARS),
                    ),
                );
            }
        }
    }
    ok.then_some(out)
}

/// The four name fields of a form, for the template.
pub struct NameField {
    pub id: &'static str,
    pub label: &'static str,
    pub value: String,
}

fn name_fields(values: &[String; 4]) -> Vec<NameField> {
    (0..4)
        .map(|i| NameField {
            id: NAME_IDS[i],
            label: NAME_LABELS[i],
            value: values[i].clone(),
        })
        .collect()
}

impl SiteForm {
    fn from_body(body: &[u8]) -> Self {
        let mut f = Self {
            names: names_from_body(body),
            name: value(body, "name"),
            street: value(body, "street"),
            postcode: value(body, "postcode"),
            municipality: value(body, "municipality"),
            phone: value(body, "phone"),
            closing_days: value(body, "closing_days"),
            ..Default::default()
        };
        for i in 0..7 {
            f.open[i] = value(body, OPEN_IDS[i]);
            f.walkin[i] = value(body, WALKIN_IDS[i]);
        }
        f
    }

    fn from_site(s: &Site) -> Self {
        let mut f = Self {
            name: s.name.clone(),
            street: s.street.clone(),
            postcode: s.postcode.get().to_string(),
            municipality: s.municipality.clone(),
            phone: s.phone.display(),
            closing_days: s
                .closing_days
                .iter()
                .map(|d| {
                    format!("{} {}", d.date.format("%Y-%m-%d"), d.label)
                        .trim_end()
                        .to_owned()
                })
                .collect::<Vec<_>>()
                .join("\n"),
            names: names_shown(&s.names),
            ..Default::default()
        };
        for i in 0..7 {
            f.open[i] = s.opening_hours.0[i].to_string();
            f.walkin[i] = s.walkin_hours.0[i].to_string();
        }
        f
    }

    fn validate(&self, ctx: &Ctx, errors: &mut Errors) -> Option<SiteInput> {
        let required = |v: &str, id: &'static str, key: &str, errors: &mut Errors| {
            let v = v.trim();
            if v.is_empty() {
                errors.push(id, ctx.t(key));
            }
            v.to_owned()
        };
        let name = required(&self.name, "name", "site-name-missing", errors);
        let street = required(&self.street, "street", "site-street-missing", errors);
        let postcode = Postcode::parse(&self.postcode)
            .map_err(|_| errors.push("postcode", ctx.t("site-postcode-invalid")))
            .ok();
        // Left empty, the municipality comes from the postcode list when it names one place.
        let municipality = match postcode.map(|pc| (pc, postcodes::check(pc, &self.municipality))) {
            Some((_, postcodes::Check::Fits(name))) => name,
            Some((pc, postcodes::Check::Choose(names))) => {
                errors.push(
                    "municipality",
                    ctx.tr.t2(
                        "address-municipality-choose",
                        ("postcode", pc.get().to_string()),
                        ("places", names.join(", ")),
                    ),
                );
                String::new()
            }
            _ => required(
                &self.municipality,
                "municipality",
                "site-municipality-missing",
                errors,
            ),
        };
        let phone = PhoneNumber::parse(&self.phone)
            .map_err(|_| errors.push("phone", ctx.t("site-phone-invalid")))
            .ok();
        let mut open = WeeklyHours::default();
        let mut walkin = WeeklyHours::default();
        for i in 0..7 {
            match DayHours::parse(&self.open[i]) {
                Ok(h) => open.0[i] = h,
                Err(_) => errors.push(
                    OPEN_IDS[i],
                    ctx.tr
                        .t1("site-hours-invalid", "day", ctx.t(WEEKDAY_KEYS[i])),
                ),
            }
            match DayHours::parse(&self.walkin[i]) {
                Ok(h) => walkin.0[i] = h,
                Err(_) => errors.push(
                    WALKIN_IDS[i],
                    ctx.tr
                        .t1("site-hours-invalid", "day", ctx.t(WEEKDAY_KEYS[i])),
                ),
            }
        }
        let closing_days = parse_closing_days(&self.closing_days)
            .map_err(|e| {
                errors.push(
                    "closing_days",
                    ctx.tr.tn("site-closing-invalid", "line", e.line as i64),
                )
            })
            .ok();
        if !errors.is_empty() {
            return None;
        }
        Some(SiteInput {
            name,
            street,
            postcode: postcode?,
            municipality,
            phone: phone?,
            opening_hours: open,
            walkin_hours: walkin,
            closing_days: closing_days?,
        })
    }
}

pub struct DayRow {
    pub label: String,
    pub open_id: &'static str,
    pub open: String,
    pub walkin_id: &'static str,
    pub walkin: String,
}

#[derive(Template)]
#[template(path = "admin_site_form.html")]
struct SiteFormTpl {
    p: Page,
    errors: Errors,
    action: String,
    f: SiteForm,
    days: Vec<DayRow>,
    names: Vec<NameField>,
}

fn site_form_page(ctx: &Ctx, f: SiteForm, errors: Errors, id: Option<SiteId>) -> Response {
    let days = (0..7)
        .map(|i| DayRow {
            label: ctx.t(WEEKDAY_KEYS[i]),
            open_id: OPEN_IDS[i],
            open: f.open[i].clone(),
            walkin_id: WALKIN_IDS[i],
            walkin: f.walkin[i].clone(),
        })
        .collect();
    let status = errors.status();
    let (title, action) = match id {
        Some(id) => ("site-edit-title", format!("/admin/sites/{id}")),
        None => ("site-new-title", "/admin/sites/new".to_owned()),
    };
    let tpl = SiteFormTpl {
        p: Page::new(ctx, title).with_errors(&errors),
        errors,
        action,
        names: name_fields(&f.names),
        f,
        days,
    };
    render(status, &tpl)
}

pub async fn site_new_form(ctx: Ctx) -> Response {
    site_form_page(&ctx, SiteForm::default(), Errors::default(), None)
}

pub async fn site_create(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> Response {
    let f = SiteForm::from_body(&body);
    let mut errors = Errors::default();
    let forms = names_checked(&ctx, &f.names, &mut errors);
    let (Some(input), Some(forms)) = (f.validate(&ctx, &mut errors), forms) else {
        return site_form_page(&ctx, f, errors, None);
    };
    let saved = async {
        let id = org::create_site(&state.db, &input, state.now()).await?;
        org::set_site_names(&state.db, id, &forms).await
    };
    match saved.await {
        Ok(()) => Redirect::to("/admin/sites").into_response(),
        Err(e) => unavailable(&ctx, e),
    }
}

pub async fn site_edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = id.parse::<SiteId>() else {
        return not_found(&ctx);
    };
    match org::get_site(&state.db, id).await {
        Ok(site) => site_form_page(
            &ctx,
            SiteForm::from_site(&site),
            Errors::default(),
            Some(id),
        ),
        Err(StoreError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

pub async fn site_update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(id) = id.parse::<SiteId>() else {
        return not_found(&ctx);
    };
    let f = SiteForm::from_body(&body);
    let mut errors = Errors::default();
    let forms = names_checked(&ctx, &f.names, &mut errors);
    let (Some(input), Some(forms)) = (f.validate(&ctx, &mut errors), forms) else {
        return site_form_page(&ctx, f, errors, Some(id));
    };
    let saved = async {
        org::update_site(&state.db, id, &input).await?;
        org::set_site_names(&state.db, id, &forms).await
    };
    match saved.await {
        Ok(()) => Redirect::to("/admin/sites").into_response(),
        Err(StoreError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

// ---------- services and teams ----------

#[derive(Template)]
#[template(path = "admin_services.html")]
struct ServicesTpl {
    p: Page,
    errors: Errors,
    services: Vec<Service>,
    teams: Vec<Team>,
    site_choices: Vec<Choice>,
    service_choices: Vec<Choice>,
    service_name: String,
    team_name: String,
}

impl ServicesTpl {
    fn teams_of(&self, s: &Service) -> Vec<&Team> {
        self.teams.iter().filter(|t| t.service_id == s.id).collect()
    }
}

async fn services_page(state: &AppState, ctx: &Ctx, errors: Errors, body: &[u8]) -> Response {
    let loaded = async {
        Ok::<_, StoreError>((
            org::list_sites(&state.db).await?,
            org::list_services(&state.db).await?,
            org::list_teams(&state.db).await?,
        ))
    }
    .await;
    let (sites, services, teams) = match loaded {
        Ok(v) => v,
        Err(e) => return unavailable(ctx, e),
    };
    let site_sel = value(body, "site");
    let service_sel = value(body, "service");
    let site_choices = sites
        .iter()
        .map(|s| Choice {
            value: s.id.to_string(),
            label: s.name.clone(),
            checked: site_sel == s.id.to_string(),
        })
        .collect();
    let service_choices = services
        .iter()
        .map(|s| Choice {
            value: s.id.to_string(),
            label: format!("{} — {}", s.name, s.site_name),
            checked: service_sel == s.id.to_string(),
        })
        .collect();
    let status = errors.status();
    let tpl = ServicesTpl {
        p: Page::new(ctx, "services-title").with_errors(&errors),
        errors,
        services,
        teams,
        site_choices,
        service_choices,
        service_name: value(body, "service_name"),
        team_name: value(body, "team_name"),
    };
    render(status, &tpl)
}

pub async fn services(State(state): State<AppState>, ctx: Ctx) -> Response {
    services_page(&state, &ctx, Errors::default(), &[]).await
}

pub async fn service_create(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> Response {
    let name = value(&body, "service_name").trim().to_owned();
    let site: Option<SiteId> = value(&body, "site").parse().ok();
    let mut errors = Errors::default();
    if name.is_empty() {
        errors.push("service_name", ctx.t("service-name-missing"));
    }
    let Some(site) = site.filter(|_| errors.is_empty()) else {
        if site.is_none() {
            errors.push("site", ctx.t("service-site-missing"));
        }
        return services_page(&state, &ctx, errors, &body).await;
    };
    match org::create_service(&state.db, site, &name, state.now()).await {
        Ok(_) => Redirect::to("/admin/services").into_response(),
        Err(StoreError::Db(_)) | Err(StoreError::Conflict) => {
            errors.push("site", ctx.t("service-site-missing"));
            services_page(&state, &ctx, errors, &body).await
        }
        Err(e) => unavailable(&ctx, e),
    }
}

#[derive(Template)]
#[template(path = "admin_service_names.html")]
struct ServiceNamesTpl {
    p: Page,
    errors: Errors,
    service: Service,
    names: Vec<NameField>,
}

async fn service_of(state: &AppState, ctx: &Ctx, id: &str) -> Result<Service, Response> {
    let Ok(id) = id.parse::<ServiceId>() else {
        return Err(not_found(ctx));
    };
    match org::list_services(&state.db).await {
        Ok(all) => all
            .into_iter()
            .find(|s| s.id == id)
            .ok_or_else(|| not_found(ctx)),
        Err(e) => Err(unavailable(ctx, e)),
    }
}

fn service_names_page(
    ctx: &Ctx,
    service: Service,
    typed: &[String; 4],
    errors: Errors,
) -> Response {
    let status = errors.status();
    let tpl = ServiceNamesTpl {
        p: Page::new(ctx, "service-names-title").with_errors(&errors),
        errors,
        service,
        names: name_fields(typed),
    };
    render(status, &tpl)
}

/// `/admin/services/{id}`: the service's name in the languages letters are written in.
pub async fn service_names_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Response {
    match service_of(&state, &ctx, &id).await {
        Ok(s) => {
            let shown = names_shown(&s.names);
            service_names_page(&ctx, s, &shown, Errors::default())
        }
        Err(r) => r,
    }
}

pub async fn service_names_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let service = match service_of(&state, &ctx, &id).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let typed = names_from_body(&body);
    let mut errors = Errors::default();
    let Some(forms) = names_checked(&ctx, &typed, &mut errors) else {
        return service_names_page(&ctx, service, &typed, errors);
    };
    match org::set_service_names(&state.db, service.id, &forms).await {
        Ok(()) => Redirect::to("/admin/services").into_response(),
        Err(StoreError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

pub async fn team_create(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> Response {
    let name = value(&body, "team_name").trim().to_owned();
    let service: Option<ServiceId> = value(&body, "service").parse().ok();
    let mut errors = Errors::default();
    if name.is_empty() {
        errors.push("team_name", ctx.t("team-name-missing"));
    }
    let Some(service) = service.filter(|_| errors.is_empty()) else {
        if service.is_none() {
            errors.push("service", ctx.t("team-service-missing"));
        }
        return services_page(&state, &ctx, errors, &body).await;
    };
    match org::create_team(&state.db, service, &name, state.now()).await {
        Ok(_) => Redirect::to("/admin/services").into_response(),
        Err(StoreError::Db(_)) | Err(StoreError::Conflict) => {
            errors.push("service", ctx.t("team-service-missing"));
            services_page(&state, &ctx, errors, &body).await
        }
        Err(e) => unavailable(&ctx, e),
    }
}

// ---------- organisation ----------

#[derive(Template)]
#[template(path = "admin_organisation.html")]
struct OrgTpl {
    p: Page,
    errors: Errors,
    name: String,
    saved: bool,
}

pub async fn organisation(
    State(state): State<AppState>,
    ctx: Ctx,
    axum::extract::RawQuery(q): axum::extract::RawQuery,
) -> Response {
    match org::organisation_name(&state.db).await {
        Ok(name) => render(
            StatusCode::OK,
            &OrgTpl {
                p: Page::new(&ctx, "org-title"),
                errors: Errors::default(),
                name: name.unwrap_or_default(),
                saved: q.is_some_and(|q| q.contains("saved")),
            },
        ),
        Err(e) => unavailable(&ctx, e),
    }
}

pub async fn organisation_save(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> Response {
    let name = value(&body, "org_name");
    let trimmed = name.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 200 {
        let mut errors = Errors::default();
        errors.push("org_name", ctx.t("org-name-missing"));
        let tpl = OrgTpl {
            p: Page::new(&ctx, "org-title").with_errors(&errors),
            errors,
            name,
            saved: false,
        };
        return render(StatusCode::UNPROCESSABLE_ENTITY, &tpl);
    }
    match org::set_organisation_name(&state.db, trimmed, state.now()).await {
        Ok(()) => Redirect::to("/admin/organisation?saved=1").into_response(),
        Err(e) => unavailable(&ctx, e),
    }
}
