//! Sign-in, sign-out and one-time password links.

use super::unavailable;
use crate::auth::{safe_next, CookieKind};
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::middleware::client_address;
use crate::password;
use crate::password::check_new_password;
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_domain::staff_time::SignIn;
use guichet_domain::throttle::{self, Decision};
use guichet_store::{sessions, throttle as tstore, users};
use serde::Deserialize;
use std::net::SocketAddr;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginTpl {
    p: Page,
    errors: Errors,
    username: String,
    next: String,
    expired: bool,
    password_set: bool,
}

#[derive(Deserialize, Default)]
pub struct LoginQuery {
    next: Option<String>,
    expired: Option<String>,
    done: Option<String>,
}

pub async fn login_form(ctx: Ctx, Query(q): Query<LoginQuery>) -> Response {
    if ctx.user.is_some() {
        return Redirect::to(&safe_next(q.next.as_deref())).into_response();
    }
    let tpl = LoginTpl {
        p: Page::new(&ctx, "login-title"),
        errors: Errors::default(),
        username: String::new(),
        next: q.next.unwrap_or_default(),
        expired: q.expired.is_some(),
        password_set: q.done.is_some(),
    };
    render(StatusCode::OK, &tpl)
}

fn login_error(
    ctx: &Ctx,
    status: StatusCode,
    errors: Errors,
    username: String,
    next: String,
) -> Response {
    let tpl = LoginTpl {
        p: Page::new(ctx, "login-title").with_errors(&errors),
        errors,
        username,
        next,
        expired: false,
        password_set: false,
    };
    render(status, &tpl)
}

pub async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    peer: ConnectInfo<SocketAddr>,
    body: Bytes,
) -> Response {
    let typed_name = value(&body, "username").trim().to_owned();
    let password = value(&body, "password");
    let next = value(&body, "next");
    let mut errors = Errors::default();
    if typed_name.is_empty() {
        errors.push("username", ctx.t("login-username-missing"));
    }
    if password.is_empty() {
        errors.push("password", ctx.t("login-password-missing"));
    }
    if !errors.is_empty() {
        return login_error(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            errors,
            typed_name,
            next,
        );
    }

    let now = state.now();
    let cfg = &state.config;
    let name = typed_name.to_lowercase();
    let account_key = tstore::key(&state.throttle_key, "account", &name);
    let address_key = tstore::key(
        &state.throttle_key,
        "address",
        &client_address(&state, &headers, &peer),
    );
    let device_cookie = CookieKind::Device.read(cfg, &headers).map(str::to_owned);
    let device_key = device_cookie
        .as_deref()
        .map(|d| tstore::key(&state.throttle_key, "device", d));

    let record = match users::find_for_login(&state.db, &name).await {
        Ok(r) => r,
        Err(e) => return unavailable(&ctx, e),
    };
    let known_device = match (&record, &device_key) {
        (Some(r), Some(d)) => tstore::is_known_device(&state.db, d, r.id)
            .await
            .unwrap_or(false),
        _ => false,
    };
    let counts = async {
        Ok::<_, guichet_store::StoreError>((
            match &device_key {
                Some(d) => tstore::device_failures(&state.db, &account_key, d, now).await?,
                None => Default::default(),
            },
            tstore::account_failures(&state.db, &account_key, now).await?,
            tstore::address_failures(&state.db, &address_key, now).await?,
        ))
    }
    .await;
    let (device_f, account_f, address_f) = match counts {
        Ok(c) => c,
        Err(e) => return unavailable(&ctx, e),
    };
    if let Decision::Wait(secs) =
        throttle::decide(now, known_device, device_f, account_f, address_f)
    {
        // A try while the account must wait counts for its owner too (it may be a guess).
        if let Some(r) = &record {
            if let Err(e) = tstore::count_account_failure(&state.db, r.id, now).await {
                tracing::warn!(error = %e, "failed sign-in not counted for the account");
            }
        }
        let minutes = (secs + 59) / 60;
        let mut errors = Errors::default();
        errors.push("username", ctx.tr.tn("login-throttled", "minutes", minutes));
        let mut res = login_error(
            &ctx,
            StatusCode::TOO_MANY_REQUESTS,
            errors,
            typed_name,
            next,
        );
        if let Ok(v) = secs.to_string().parse() {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return res;
    }

    let usable = record.as_ref().filter(|r| !r.disabled);
    let stored = usable.and_then(|r| r.password_hash.clone());
    let ok = password::check_blocking(state.passwords.clone(), password, stored).await;
    let user = match (ok, usable) {
        (true, Some(r)) => r.id,
        _ => {
            if let Err(e) = tstore::record_failure(
                &state.db,
                &account_key,
                &address_key,
                device_key.as_deref(),
                now,
            )
            .await
            {
                return unavailable(&ctx, e);
            }
            if let Some(r) = &record {
                if let Err(e) = tstore::count_account_failure(&state.db, r.id, now).await {
                    tracing::warn!(error = %e, "failed sign-in not counted for the account");
                }
            }
            tracing::info!("sign-in refused");
            let mut errors = Errors::default();
            errors.push("username", ctx.t("login-failed"));
            return login_error(&ctx, StatusCode::UNAUTHORIZED, errors, typed_name, next);
        }
    };

    // The right to disconnect: outside one's hours, the organisation's policy (a
    // reminder first, or no sign-in at all; the on-call list excepted).
    let arrival = match guichet_desk::disconnect::sign_in(&state.desk(), user).await {
        Ok(a) => a,
        Err(e) => return unavailable(&ctx, e),
    };
    if arrival == SignIn::Refused {
        tracing::info!("sign-in refused outside working hours");
        let mut errors = Errors::default();
        errors.push("username", ctx.t("login-outside-hours"));
        return login_error(&ctx, StatusCode::FORBIDDEN, errors, typed_name, next);
    }

    // A fresh session id at every sign-in: an id planted beforehand is never adopted,
    // and a previous session on this browser ends.
    if let Some(old) = CookieKind::Session.read(cfg, &headers) {
        let _ = sessions::delete(&state.db, old).await;
    }
    let device = device_cookie.unwrap_or_else(guichet_store::new_token);
    let device_key = tstore::key(&state.throttle_key, "device", &device);
    let token = match sessions::create(&state.db, user, now).await {
        Ok(t) => t,
        Err(e) => return unavailable(&ctx, e),
    };
    if let Err(e) = tstore::record_success(&state.db, &account_key, &device_key, user, now).await {
        tracing::warn!(error = %e, "could not remember the browser");
    }
    if let Err(e) = tstore::count_sign_in(&state.db, user, now).await {
        tracing::warn!(error = %e, "failed sign-ins since the last visit not kept for the owner");
    }
    tracing::info!("signed in");
    let target = safe_next(Some(&next));
    let target = if arrival == SignIn::Remind {
        let q: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("next", &target)
            .finish();
        format!("/outside-hours?{q}")
    } else {
        target
    };
    let mut res = Redirect::to(&target).into_response();
    let h = res.headers_mut();
    h.append(
        header::SET_COOKIE,
        CookieKind::Session.set(cfg, &token, None),
    );
    h.append(
        header::SET_COOKIE,
        CookieKind::Device.set(cfg, &device, Some(400 * 24 * 3600)),
    );
    // The account's language wins over whatever this browser used before.
    if let Ok(u) = users::get(&state.db, user).await {
        if let Some(l) = u.lang {
            h.append(
                header::SET_COOKIE,
                CookieKind::Lang.set(cfg, l.code(), Some(365 * 24 * 3600)),
            );
        }
    }
    res
}

pub async fn logout(State(state): State<AppState>, Staff(me): Staff) -> Response {
    if let Err(e) = sessions::delete(&state.db, &me.session_token).await {
        tracing::warn!(error = %e, "could not delete session");
    }
    signed_out(&state)
}

pub async fn logout_everywhere(State(state): State<AppState>, Staff(me): Staff) -> Response {
    if let Err(e) = sessions::delete_all_for_user(&state.db, me.user.id).await {
        tracing::warn!(error = %e, "could not delete sessions");
    }
    signed_out(&state)
}

fn signed_out(state: &AppState) -> Response {
    let mut res = Redirect::to("/login").into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        CookieKind::Session.set(&state.config, "", Some(0)),
    );
    res
}

#[derive(Template)]
#[template(path = "password_set.html")]
struct PasswordSetTpl {
    p: Page,
    valid: bool,
    token: String,
    username: String,
    errors: Errors,
}

fn token_ok(token: &str) -> bool {
    token.len() == 64 && token.chars().all(|c| c.is_ascii_hexdigit())
}

pub async fn password_set_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Response {
    let target = if token_ok(&token) {
        match users::reset_target(&state.db, &token, state.now()).await {
            Ok(t) => t,
            Err(e) => return unavailable(&ctx, e),
        }
    } else {
        None
    };
    let status = if target.is_some() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let tpl = PasswordSetTpl {
        p: Page::new(&ctx, "password-set-title"),
        valid: target.is_some(),
        username: target.map(|t| t.1).unwrap_or_default(),
        token,
        errors: Errors::default(),
    };
    render(status, &tpl)
}

pub async fn password_set(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    body: Bytes,
) -> Response {
    let now = state.now();
    let target = if token_ok(&token) {
        match users::reset_target(&state.db, &token, now).await {
            Ok(t) => t,
            Err(e) => return unavailable(&ctx, e),
        }
    } else {
        None
    };
    let Some((_, username)) = target else {
        return password_set_form(State(state), ctx, Path(token)).await;
    };
    let mut errors = Errors::default();
    let new = value(&body, "new_password");
    let confirm = value(&body, "confirm_password");
    let Some(pw) = check_new_password(&ctx, &username, &new, &confirm, &mut errors) else {
        let tpl = PasswordSetTpl {
            p: Page::new(&ctx, "password-set-title").with_errors(&errors),
            valid: true,
            token,
            username,
            errors,
        };
        return render(StatusCode::UNPROCESSABLE_ENTITY, &tpl);
    };
    let hash = match password::hash_blocking(pw.expose().to_owned()).await {
        Ok(h) => h,
        Err(e) => return unavailable(&ctx, e),
    };
    match users::consume_reset(&state.db, &token, &hash, now).await {
        Ok(user) => {
            tracing::info!("password set with a one-time link");
            let _ = user;
            Redirect::to("/login?done=1").into_response()
        }
        Err(guichet_store::StoreError::NotFound) => {
            password_set_form(State(state), ctx, Path(token)).await
        }
        Err(e) => unavailable(&ctx, e),
    }
}
