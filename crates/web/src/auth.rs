//! Cookies, session timeouts and the per-route access guard.

use crate::ctx::Ctx;
use crate::views;
use crate::WebConfig;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use guichet_domain::Role;

/// 30 minutes without a request ends a session.
pub const IDLE_TIMEOUT_SECS: i64 = 30 * 60;
/// No session lives longer than 12 hours, active or not.
pub const ABSOLUTE_TIMEOUT_SECS: i64 = 12 * 60 * 60;
/// `last_seen_at` is written at most once a minute, not on every request.
pub const TOUCH_EVERY_SECS: i64 = 60;
/// One-time password links last three days.
pub const RESET_LINK_SECS: i64 = 3 * 24 * 60 * 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CookieKind {
    Session,
    Csrf,
    Device,
    Lang,
}

impl CookieKind {
    pub fn name(self, cfg: &WebConfig) -> &'static str {
        match (self, cfg.secure_cookies) {
            (CookieKind::Session, true) => "__Host-guichet_session",
            (CookieKind::Session, false) => "guichet_session",
            (CookieKind::Csrf, true) => "__Host-guichet_csrf",
            (CookieKind::Csrf, false) => "guichet_csrf",
            (CookieKind::Device, true) => "__Host-guichet_device",
            (CookieKind::Device, false) => "guichet_device",
            (CookieKind::Lang, true) => "__Host-guichet_lang",
            (CookieKind::Lang, false) => "guichet_lang",
        }
    }

    /// A `Set-Cookie` value. `max_age`: `None` for a browser-session cookie, `Some(0)` to delete.
    pub fn set(self, cfg: &WebConfig, value: &str, max_age: Option<i64>) -> HeaderValue {
        let mut c = format!("{}={value}; Path=/; HttpOnly; SameSite=Lax", self.name(cfg));
        if cfg.secure_cookies {
            c.push_str("; Secure");
        }
        if let Some(age) = max_age {
            c.push_str(&format!("; Max-Age={age}"));
        }
        HeaderValue::from_str(&c).unwrap_or_else(|_| HeaderValue::from_static(""))
    }

    pub fn read<'a>(self, cfg: &WebConfig, headers: &'a HeaderMap) -> Option<&'a str> {
        let name = self.name(cfg);
        headers
            .get_all(axum::http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|kv| kv.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v)
            .filter(|v| !v.is_empty() && v.len() <= 128)
    }
}

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Any signed-in staff member.
    SignedIn,
    /// Signed-in staff holding at least one of these roles.
    AnyOf(&'static [Role]),
}

/// Applied to every route through the route table: nobody reaches a handler without
/// the access its row declares.
pub async fn guard(State(access): State<Access>, req: Request, next: Next) -> Response {
    let Some(ctx) = req.extensions().get::<Ctx>().cloned() else {
        return axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    match (access, &ctx.user) {
        (Access::Public, _) => next.run(req).await,
        (_, None) => {
            if req.method() == Method::GET || req.method() == Method::HEAD {
                let next_path = req
                    .uri()
                    .path_and_query()
                    .map(|p| p.as_str().to_owned())
                    .unwrap_or_default();
                let target: String = form_urlencoded::Serializer::new(String::new())
                    .append_pair("next", &next_path)
                    .finish();
                Redirect::to(&format!("/login?{target}")).into_response()
            } else {
                views::error_page(
                    &ctx,
                    axum::http::StatusCode::UNAUTHORIZED,
                    "error-signed-out",
                )
            }
        }
        (Access::SignedIn, Some(_)) => next.run(req).await,
        (Access::AnyOf(roles), Some(user)) => {
            if roles.iter().any(|r| user.has(*r)) {
                next.run(req).await
            } else {
                views::error_page(&ctx, axum::http::StatusCode::FORBIDDEN, "error-forbidden")
            }
        }
    }
}

/// A path inside this site to go back to after signing in; anything else becomes `/home`.
/// Only the characters a URL path and query are written with (RFC 3986) are accepted:
/// no whitespace or control character (browsers drop tabs and line breaks, so
/// `/\t/evil.example` would become `//evil.example`), no backslash (read as `/`), no
/// `//` at the start (another host), and not the sign-in page itself.
pub fn safe_next(next: Option<&str>) -> String {
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/%?".contains(c);
    match next {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && p.len() <= 1024
                && p.chars().all(allowed)
                && !p.starts_with("/login") =>
        {
            p.to_owned()
        }
        _ => "/home".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_never_leaves_the_site() {
        assert_eq!(safe_next(Some("/account")), "/account");
        assert_eq!(safe_next(Some("//evil.example")), "/home");
        assert_eq!(safe_next(Some("https://evil.example")), "/home");
        assert_eq!(safe_next(Some("/\\evil.example")), "/home");
        assert_eq!(safe_next(None), "/home");
        for hostile in [
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/ /evil.example",
            "/%0a",
            "\n",
            "/\u{0}",
            "/\\/evil.example",
            "\\\\evil.example",
            "javascript:alert(1)",
            "/\u{a0}/evil.example",
            "evil.example",
            "",
            "/login?next=//evil.example",
        ] {
            let to = safe_next(Some(hostile));
            assert!(
                to == "/home" || (to == hostile && !to.contains(['\n', '\t', '\\'])),
                "{hostile:?} -> {to:?}"
            );
            assert!(!to.starts_with("//"));
        }
        // "/%0a" is a harmless path (the encoded line break stays encoded): kept as is.
        assert_eq!(safe_next(Some("/%0a")), "/%0a");
        assert_eq!(
            safe_next(Some("/persons/7?created=1")),
            "/persons/7?created=1"
        );
    }

    #[test]
    fn secure_cookies_use_the_host_prefix() {
        let cfg = WebConfig {
            secure_cookies: true,
            behind_proxy: false,
            limits: Default::default(),
        };
        let c = CookieKind::Session.set(&cfg, "abc", None);
        assert_eq!(
            c.to_str().unwrap(),
            "__Host-guichet_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure"
        );
    }
}
