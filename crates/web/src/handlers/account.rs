//! My account: language, password, sign out everywhere.

use super::unavailable;
use crate::auth::CookieKind;
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::password;
use crate::password::check_new_password;
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_domain::org::{DayHours, WeeklyHours};
use guichet_domain::person::Email;
use guichet_domain::Lang;
use guichet_store::org::{self, Team};
use guichet_store::{sessions, users};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "account.html")]
struct AccountTpl {
    p: Page,
    teams: Vec<Team>,
    langs: Vec<(&'static str, &'static str, bool)>,
    errors: Errors,
    notice: String,
    other_sessions: i64,
    /// Front-line staff may have a calendar link.
    calendar: bool,
    /// When the current calendar link was made ("" when there is none).
    feed_since: String,
    /// The new link, shown once right after it was made.
    feed_link: String,
    /// Messages to me: an address and working hours (as typed, or as stored).
    notices: NoticesForm,
    /// Messages to me waiting for my working hours.
    held: i64,
}

/// The "messages to me" form: an email address and the hours of each weekday.
#[derive(Default, Clone)]
pub struct NoticesForm {
    pub email: String,
    pub days: Vec<DayField>,
}

#[derive(Clone)]
pub struct DayField {
    pub id: &'static str,
    pub label: String,
    pub value: String,
}

const WORK_IDS: [&str; 7] = [
    "work_0", "work_1", "work_2", "work_3", "work_4", "work_5", "work_6",
];

impl NoticesForm {
    fn stored(ctx: &Ctx, c: &users::StaffContact) -> Self {
        let hours = c
            .working_hours
            .as_deref()
            .and_then(|h| WeeklyHours::from_storage(h).ok());
        Self::with(ctx, c.email.clone().unwrap_or_default(), |i| {
            hours
                .as_ref()
                .map(|h| h.0[i].to_string())
                .unwrap_or_default()
        })
    }

    fn typed(ctx: &Ctx, body: &[u8]) -> Self {
        Self::with(ctx, value(body, "email"), |i| value(body, WORK_IDS[i]))
    }

    fn with(ctx: &Ctx, email: String, day: impl Fn(usize) -> String) -> Self {
        Self {
            email,
            days: (0..7)
                .map(|i| DayField {
                    id: WORK_IDS[i],
                    label: ctx.t(crate::present::WEEKDAY_KEYS[i]),
                    value: day(i),
                })
                .collect(),
        }
    }

    /// What to store; errors name each wrong field.
    fn check(&self, ctx: &Ctx, errors: &mut Errors) -> users::StaffContact {
        let email = self.email.trim();
        if !email.is_empty() && Email::parse(email).is_err() {
            errors.push("email", ctx.t("account-notices-email-invalid"));
        }
        let mut hours = WeeklyHours::default();
        for (i, d) in self.days.iter().enumerate() {
            match DayHours::parse(&d.value) {
                Ok(h) => hours.0[i] = h,
                Err(_) => errors.push(d.id, ctx.tr.t1("site-hours-invalid", "day", &d.label)),
            }
        }
        let any = self.days.iter().any(|d| !d.value.trim().is_empty());
        users::StaffContact {
            email: (!email.is_empty()).then(|| email.to_owned()),
            working_hours: any.then(|| hours.to_storage()),
        }
    }
}

#[derive(Deserialize)]
pub struct AccountQuery {
    saved: Option<String>,
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    errors: Errors,
    notice: String,
    feed_link: String,
    typed: Option<NoticesForm>,
) -> Response {
    let teams = match org::list_teams(&state.db).await {
        Ok(t) => t
            .into_iter()
            .filter(|t| me.actor.teams.contains(&t.id))
            .collect(),
        Err(e) => return unavailable(ctx, e),
    };
    let other_sessions = sessions::count_for_user(&state.db, me.user.id)
        .await
        .unwrap_or(1)
        - 1;
    let feed_since = match guichet_store::calendar::feed_since(&state.db, me.user.id).await {
        Ok(Some(at)) => chrono::DateTime::from_timestamp(at, 0)
            .map(|t| {
                guichet_domain::clock::brussels(t)
                    .format("%d/%m/%Y")
                    .to_string()
            })
            .unwrap_or_default(),
        Ok(None) => String::new(),
        Err(e) => return unavailable(ctx, e),
    };
    let notices = match typed {
        Some(f) => f,
        None => match users::staff_contact(&state.db, me.user.id).await {
            Ok(c) => NoticesForm::stored(ctx, &c),
            Err(e) => return unavailable(ctx, e),
        },
    };
    let held = guichet_store::outbox::pending_for_staff(&state.db, me.user.id)
        .await
        .unwrap_or(0);
    let current = me.user.lang.unwrap_or(ctx.lang());
    let status = errors.status();
    let tpl = AccountTpl {
        p: Page::new(ctx, "account-title").with_errors(&errors),
        teams,
        langs: Lang::ALL
            .iter()
            .map(|l| (l.code(), l.endonym(), *l == current))
            .collect(),
        errors,
        notice,
        other_sessions,
        calendar: me.actor.is_frontline(),
        feed_since,
        feed_link,
        notices,
        held,
    };
    render(status, &tpl)
}

/// The page again with what went wrong (the forms' own values come back through them).
async fn with_errors(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    errors: Errors,
) -> Response {
    page(state, ctx, me, errors, String::new(), String::new(), None).await
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<AccountQuery>,
) -> Response {
    let notice = match q.saved.as_deref() {
        Some("lang") => ctx.t("account-lang-saved"),
        Some("password") => ctx.t("account-password-saved"),
        Some("calendar-stopped") => ctx.t("account-calendar-stopped"),
        Some("notices") => ctx.t("account-notices-saved"),
        _ => String::new(),
    };
    page(
        &state,
        &ctx,
        &me,
        Errors::default(),
        notice,
        String::new(),
        None,
    )
    .await
}

pub async fn set_language(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let Some(lang) = Lang::parse(&value(&body, "lang")) else {
        let mut errors = Errors::default();
        errors.push("lang", ctx.t("account-lang-invalid"));
        return with_errors(&state, &ctx, &me, errors).await;
    };
    if let Err(e) = users::set_lang(&state.db, me.user.id, lang).await {
        return unavailable(&ctx, e);
    }
    let mut res = Redirect::to("/account?saved=lang").into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        CookieKind::Lang.set(&state.config, lang.code(), Some(365 * 24 * 3600)),
    );
    res
}

/// Changing one's password keeps this session and ends all the others.
pub async fn change_password(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let current = value(&body, "current_password");
    let new = value(&body, "new_password");
    let confirm = value(&body, "confirm_password");
    let mut errors = Errors::default();
    let stored = match users::password_hash(&state.db, me.user.id).await {
        Ok(h) => h,
        Err(e) => return unavailable(&ctx, e),
    };
    if current.is_empty() {
        errors.push("current_password", ctx.t("account-current-missing"));
    } else if !password::check_blocking(state.passwords.clone(), current, stored).await {
        errors.push("current_password", ctx.t("account-current-wrong"));
    }
    let checked = check_new_password(&ctx, &me.user.username, &new, &confirm, &mut errors);
    let (Some(pw), true) = (checked, errors.is_empty()) else {
        return with_errors(&state, &ctx, &me, errors).await;
    };
    let hash = match password::hash_blocking(pw.expose().to_owned()).await {
        Ok(h) => h,
        Err(e) => return unavailable(&ctx, e),
    };
    let now = state.now();
    let done = async {
        users::set_password_hash(&state.db, me.user.id, &hash).await?;
        sessions::delete_all_for_user(&state.db, me.user.id).await?;
        sessions::create(&state.db, me.user.id, now).await
    }
    .await;
    match done {
        Ok(token) => {
            let mut res = Redirect::to("/account?saved=password").into_response();
            res.headers_mut().append(
                header::SET_COOKIE,
                CookieKind::Session.set(&state.config, &token, None),
            );
            res
        }
        Err(e) => unavailable(&ctx, e),
    }
}

/// Makes a new private calendar link (the old one stops) and shows it once.
pub async fn create_feed(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    headers: HeaderMap,
) -> Response {
    let token = match guichet_store::calendar::create_feed(&state.db, me.user.id, state.now()).await
    {
        Ok(t) => t,
        Err(e) => return unavailable(&ctx, e),
    };
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| h.bytes().all(|b| b.is_ascii_graphic()))
        .unwrap_or("localhost");
    let scheme = if state.config.secure_cookies {
        "https"
    } else {
        "http"
    };
    let link = format!("{scheme}://{host}/calendar/{token}.ics");
    page(
        &state,
        &ctx,
        &me,
        Errors::default(),
        ctx.t("account-calendar-made"),
        link,
        None,
    )
    .await
}

pub async fn stop_feed(State(state): State<AppState>, ctx: Ctx, Staff(me): Staff) -> Response {
    if let Err(e) = guichet_store::calendar::stop_feed(&state.db, me.user.id).await {
        return unavailable(&ctx, e);
    }
    Redirect::to("/account?saved=calendar-stopped").into_response()
}

/// Saves where and when guichet may send me messages.
pub async fn set_notices(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let form = NoticesForm::typed(&ctx, &body);
    let mut errors = Errors::default();
    let contact = form.check(&ctx, &mut errors);
    if !errors.is_empty() {
        return page(
            &state,
            &ctx,
            &me,
            errors,
            String::new(),
            String::new(),
            Some(form),
        )
        .await;
    }
    if let Err(e) = users::set_staff_contact(&state.db, me.user.id, &contact).await {
        return unavailable(&ctx, e);
    }
    Redirect::to("/account?saved=notices").into_response()
}
