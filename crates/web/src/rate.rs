//! Rate limits on the routes that cost the server most or that anyone may call: PDFs,
//! exports, searches, and the routes reached by a token (the calendar feed, the one-time
//! password link). Counted per minute, per signed-in account (or per client address
//! before sign-in), in this process's memory; over the limit the answer is 429 with
//! `Retry-After`. Every other page is never limited.

use std::collections::HashMap;
use std::sync::Mutex;

/// What kind of costly or public route a request is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    /// A PDF made on the server (the report, a card, a batch of letters).
    Pdf,
    /// A file leaving guichet (JSON export, .ics).
    Export,
    /// A search among files.
    Search,
    /// A route reached by a token in its address, with no session.
    Token,
}

impl Class {
    /// The class of a request, from its method, path and query.
    pub fn of(method: &axum::http::Method, path: &str, query: &str) -> Option<Class> {
        let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
        let get = method == axum::http::Method::GET;
        match parts.as_slice() {
            ["persons", _, "report-pdf"] | ["appointments", _, "card-pdf"] if get => {
                Some(Class::Pdf)
            }
            ["paper-tray", id] if get && id.chars().all(|c| c.is_ascii_digit()) => Some(Class::Pdf),
            ["persons", _, "export.json"] | ["appointments", _, "ics"] if get => {
                Some(Class::Export)
            }
            ["persons"] if get && !query.is_empty() => Some(Class::Search),
            ["persons", "search-all"] => Some(Class::Search),
            ["queue"] if get && query.contains("reference=") => Some(Class::Search),
            ["calendar", _] if get => Some(Class::Token),
            // Paper codes of the audit are typed there: limited like a token, so that
            // codes cannot be tried one after the other.
            ["audit", "code"] if !get => Some(Class::Token),
            ["audit", "rounds", _, "plan-pdf"] if get => Some(Class::Pdf),
            ["audit", "rounds", _, "codes"] => Some(Class::Pdf),
            ["password", "set", _] => Some(Class::Token),
            _ => None,
        }
    }
}

/// Fixed one-minute windows: `(class, who)` → (the window's minute, requests in it).
#[derive(Default)]
pub struct Limiter {
    windows: Mutex<HashMap<(Class, String), (i64, u32)>>,
}

impl Limiter {
    /// Counts one request; `Err(seconds)` to wait when over `per_minute` in this minute.
    pub fn check(&self, class: Class, who: &str, per_minute: u32, now: i64) -> Result<(), i64> {
        let minute = now.div_euclid(60);
        let Ok(mut windows) = self.windows.lock() else {
            return Ok(());
        };
        // The map holds this minute's windows only: older ones go as the minute turns.
        if windows.len() > 10_000 || windows.values().any(|(m, _)| *m < minute - 1) {
            windows.retain(|_, (m, _)| *m >= minute);
        }
        let entry = windows
            .entry((class, who.to_owned()))
            .or_insert((minute, 0));
        if entry.0 != minute {
            *entry = (minute, 0);
        }
        if entry.1 >= per_minute {
            return Err(60 - now.rem_euclid(60));
        }
        entry.1 += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::Method;

    #[test]
    fn costly_and_public_routes_are_classed_and_pages_are_not() {
        let c = |m: Method, p: &str, q: &str| Class::of(&m, p, q);
        assert_eq!(
            c(Method::GET, "/persons/7/report-pdf", ""),
            Some(Class::Pdf)
        );
        assert_eq!(c(Method::GET, "/paper-tray/3", ""), Some(Class::Pdf));
        assert_eq!(
            c(Method::GET, "/persons/7/export.json", ""),
            Some(Class::Export)
        );
        assert_eq!(c(Method::GET, "/persons", "q=lambert"), Some(Class::Search));
        assert_eq!(
            c(Method::POST, "/persons/search-all", ""),
            Some(Class::Search)
        );
        assert_eq!(c(Method::GET, "/calendar/abc", ""), Some(Class::Token));
        assert_eq!(c(Method::POST, "/password/set/abc", ""), Some(Class::Token));
        assert_eq!(c(Method::POST, "/audit/code", ""), Some(Class::Token));
        assert_eq!(c(Method::GET, "/audit/code", ""), None);
        assert_eq!(
            c(Method::POST, "/audit/rounds/3/codes", ""),
            Some(Class::Pdf)
        );
        for page in ["/persons", "/persons/7", "/paper-tray", "/home", "/login"] {
            assert_eq!(c(Method::GET, page, ""), None, "{page}");
        }
    }

    #[test]
    fn a_minute_allows_its_count_then_says_how_long_to_wait() {
        let l = Limiter::default();
        let t = 6_000_000_020; // 20 seconds into a minute
        for _ in 0..3 {
            assert_eq!(l.check(Class::Pdf, "user 7", 3, t), Ok(()));
        }
        assert_eq!(l.check(Class::Pdf, "user 7", 3, t), Err(40));
        assert_eq!(l.check(Class::Pdf, "user 8", 3, t), Ok(()), "per client");
        assert_eq!(l.check(Class::Search, "user 7", 3, t), Ok(()), "per class");
        assert_eq!(
            l.check(Class::Pdf, "user 7", 3, t + 40),
            Ok(()),
            "next minute"
        );
    }
}
