//! Layers every request goes through: request context (session, language),
//! CSRF and origin checks, security headers.

use crate::auth::{CookieKind, ABSOLUTE_TIMEOUT_SECS, IDLE_TIMEOUT_SECS, TOUCH_EVERY_SECS};
use crate::ctx::{Ctx, SignedIn};
use crate::i18n::Tr;
use crate::static_files::CSP;
use crate::{views, AppState};
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use guichet_domain::Lang;
use guichet_store::{sessions, users};
use std::net::SocketAddr;
use std::sync::Arc;

/// Largest form body accepted (staff forms are small; imports will have their own limit).
pub const MAX_FORM_BYTES: usize = 256 * 1024;

fn query_lang(req: &Request) -> Option<Lang> {
    req.uri().query().and_then(|q| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| Lang::parse(&v))
    })
}

/// Loads the session, enforces its timeouts, picks the language and makes sure an
/// anonymous visitor has a CSRF cookie for the sign-in form.
pub async fn context(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let cfg = state.config.clone();
    let now = state.now();
    let mut set_cookies: Vec<HeaderValue> = Vec::new();
    let mut user = None;
    let mut expired = false;
    let mut csrf = None;

    if let Some(token) = CookieKind::Session
        .read(&cfg, req.headers())
        .map(str::to_owned)
    {
        match users::by_session(&state.db, &token, now).await {
            Ok(Some((s, u, actor))) => {
                let idle = now - s.last_seen_at > IDLE_TIMEOUT_SECS;
                let too_old = now - s.created_at > ABSOLUTE_TIMEOUT_SECS;
                if idle || too_old {
                    let _ = sessions::delete(&state.db, &token).await;
                    expired = true;
                } else {
                    if now - s.last_seen_at >= TOUCH_EVERY_SECS {
                        if let Err(e) = sessions::touch(&state.db, &token, now).await {
                            tracing::warn!(error = %e, "could not refresh session");
                        }
                    }
                    csrf = Some(s.csrf_token);
                    user = Some(Arc::new(SignedIn {
                        user: u,
                        actor,
                        session_token: token,
                    }));
                }
            }
            Ok(None) => expired = true,
            Err(e) => {
                tracing::error!(error = %e, "session lookup failed");
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
        }
        if expired {
            set_cookies.push(CookieKind::Session.set(&cfg, "", Some(0)));
        }
    }

    // Health checks never carry a cookie; every page does, so its forms can be checked.
    let is_page = !is_machine_path(req.uri().path());
    let csrf = match csrf {
        Some(c) => c,
        None => match CookieKind::Csrf.read(&cfg, req.headers()) {
            Some(c) => c.to_owned(),
            None => {
                let c = guichet_store::new_token();
                if is_page {
                    set_cookies.push(CookieKind::Csrf.set(&cfg, &c, None));
                }
                c
            }
        },
    };

    let asked = query_lang(&req);
    if let Some(l) = asked {
        if CookieKind::Lang.read(&cfg, req.headers()) != Some(l.code()) {
            set_cookies.push(CookieKind::Lang.set(&cfg, l.code(), Some(365 * 24 * 3600)));
        }
    }
    let lang = asked
        .or_else(|| {
            CookieKind::Lang
                .read(&cfg, req.headers())
                .and_then(Lang::parse)
        })
        .or_else(|| user.as_ref().and_then(|u: &Arc<SignedIn>| u.user.lang))
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default();

    let ctx = Ctx {
        tr: Tr::new(lang, state.i18n.clone()),
        user,
        csrf,
        path: req.uri().path().to_owned(),
    };

    // A request that arrived with a session that has just ended goes to the sign-in
    // page with an explanation instead of a bare "please sign in".
    let mut response =
        if expired && req.method() == Method::GET && !is_public_path(req.uri().path()) {
            let next: String = form_urlencoded::Serializer::new(String::new())
                .append_pair("expired", "1")
                .append_pair("next", req.uri().path())
                .finish();
            Redirect::to(&format!("/login?{next}")).into_response()
        } else {
            req.extensions_mut().insert(ctx);
            next.run(req).await
        };
    for c in set_cookies {
        response.headers_mut().append(header::SET_COOKIE, c);
    }
    response
}

/// Health checks and the HSDS API: read by programs, never given a cookie.
fn is_machine_path(path: &str) -> bool {
    path == "/healthz" || path == "/readyz" || path == "/api/hsds" || path.starts_with("/api/")
}

/// Pages anyone may use: a session that has just ended does not send them to sign in
/// (a helper at a public digital space keeps searching the directory).
fn is_public_path(path: &str) -> bool {
    path == "/services"
        || [
            "/login",
            "/audit/code",
            "/healthz",
            "/readyz",
            "/password/set/",
            "/services/",
            "/api/",
        ]
        .iter()
        .any(|p| path.starts_with(p))
}

fn same_origin(headers: &HeaderMap) -> bool {
    // Browsers send Sec-Fetch-Site; "none" is a user typing the address, never a form.
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if site != "same-origin" && site != "none" {
            return false;
        }
    }
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        let host = headers
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let bare = origin
            .strip_prefix("https://")
            .or_else(|| origin.strip_prefix("http://"))
            .unwrap_or("\u{0}");
        if bare != host {
            return false;
        }
    }
    true
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Costly and public routes are counted per minute (see [`crate::rate`]): over the limit,
/// 429 with `Retry-After`, the page saying when to try again.
pub async fn rate_limit(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let query = req.uri().query().unwrap_or_default();
    let Some(class) = crate::rate::Class::of(req.method(), req.uri().path(), query) else {
        return next.run(req).await;
    };
    let Some(ctx) = req.extensions().get::<Ctx>().cloned() else {
        return next.run(req).await;
    };
    let limits = state.config.limits;
    let (who, per_minute) = match &ctx.user {
        Some(u) if class != crate::rate::Class::Token => {
            (format!("user {}", u.user.id), limits.costly_per_minute)
        }
        _ => {
            let peer = req
                .extensions()
                .get::<ConnectInfo<SocketAddr>>()
                .copied()
                .unwrap_or(ConnectInfo(SocketAddr::from(([0, 0, 0, 0], 0))));
            let per = if class == crate::rate::Class::Token {
                limits.public_per_minute
            } else {
                limits.costly_per_minute
            };
            (client_address(&state, req.headers(), &peer), per)
        }
    };
    match state.rates.check(class, &who, per_minute, state.now()) {
        Ok(()) => next.run(req).await,
        Err(wait) => {
            tracing::info!(?class, "rate limit reached");
            let mut res = views::error_page_with_args(
                &ctx,
                StatusCode::TOO_MANY_REQUESTS,
                "error-too-many",
                wait,
            );
            if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
                res.headers_mut().insert(header::RETRY_AFTER, v);
            }
            res
        }
    }
}

/// Every state-changing request must come from this site (Origin / Sec-Fetch-Site)
/// and carry the form's CSRF token.
pub async fn csrf(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let Some(ctx) = req.extensions().get::<Ctx>().cloned() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if !same_origin(req.headers()) {
        tracing::warn!("cross-site form refused");
        return views::error_page(&ctx, StatusCode::FORBIDDEN, "error-csrf");
    }
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("multipart/form-data"));
    if multipart {
        // A file upload (a directory import) carries its token in the form's action
        // (`?csrf_token=…`): its body is files, read by its handler within the upload
        // limit, and checked there record by record.
        let sent = req
            .uri()
            .query()
            .and_then(|q| {
                form_urlencoded::parse(q.as_bytes())
                    .find(|(k, _)| k == "csrf_token")
                    .map(|(_, v)| v.into_owned())
            })
            .unwrap_or_default();
        if !constant_time_eq(sent.as_bytes(), ctx.csrf.as_bytes()) {
            tracing::warn!("upload with a missing or stale CSRF token refused");
            return views::error_page(&ctx, StatusCode::FORBIDDEN, "error-csrf");
        }
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    // A body that trickles in is not waited for forever.
    let read = tokio::time::timeout(
        state.config.limits.body_timeout,
        axum::body::to_bytes(body, MAX_FORM_BYTES),
    )
    .await;
    let bytes = match read {
        Ok(Ok(b)) => b,
        Ok(Err(_)) => {
            return views::error_page(&ctx, StatusCode::PAYLOAD_TOO_LARGE, "error-too-large")
        }
        Err(_) => return views::error_page(&ctx, StatusCode::REQUEST_TIMEOUT, "error-too-slow"),
    };
    let sent = form_urlencoded::parse(&bytes)
        .find(|(k, _)| k == "csrf_token")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    if !constant_time_eq(sent.as_bytes(), ctx.csrf.as_bytes()) {
        tracing::warn!("form with a missing or stale CSRF token refused");
        return views::error_page(&ctx, StatusCode::FORBIDDEN, "error-csrf");
    }
    // No field of any form may carry a control character (NUL, escape…): they cannot
    // be typed, PostgreSQL refuses NUL, and they corrupt pages and letters. Refused
    // here, once for every form, before any handler or query sees them.
    let fields: Vec<(String, String)> = form_urlencoded::parse(&bytes)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if fields.iter().any(|(k, v)| {
        guichet_domain::text::has_forbidden_control(k)
            || guichet_domain::text::has_forbidden_control(v)
    }) {
        tracing::info!("form with control characters sent back for review");
        return views::input_review(&ctx, parts.uri.path(), &fields);
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// The headers every response carries.
pub async fn security_headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, CSP.clone());
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// The client's network address, for throttling only (never logged, stored hashed).
pub fn client_address(
    state: &AppState,
    headers: &HeaderMap,
    peer: &ConnectInfo<SocketAddr>,
) -> String {
    if state.config.behind_proxy {
        if let Some(last) = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
        {
            return last.trim().to_owned();
        }
    }
    peer.0.ip().to_string()
}

/// Removes expired sessions every ten minutes.
pub async fn session_sweeper(state: AppState) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(600));
    loop {
        tick.tick().await;
        match sessions::purge_expired(
            &state.db,
            state.now(),
            IDLE_TIMEOUT_SECS,
            ABSOLUTE_TIMEOUT_SECS,
        )
        .await
        {
            Ok(n) if n > 0 => tracing::info!(removed = n, "expired sessions removed"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "session sweep failed"),
        }
    }
}
