//! Request handlers, one module per area.

pub mod account;
pub mod admin;
pub mod appointments;
pub mod assistance;
pub mod audit;
pub mod auth;
pub mod calendar;
pub mod consents;
pub mod contact;
pub mod directory;
pub mod directory_import;
pub mod disconnect;
pub mod free_times;
pub mod guide;
pub mod home;
pub mod household;
pub mod hsds_api;
pub mod mandates;
pub mod merge;
pub mod notes;
pub mod observatory;
pub mod overview;
pub mod paper_tray;
pub mod person_edit;
pub mod persons;
pub mod privacy;
pub mod referrals;
pub mod report;
pub mod requests;
pub mod retention;
pub mod settings;
pub mod skills;
pub mod system;
pub mod templates;
pub mod today;

use crate::ctx::{Ctx, SignedIn};
use crate::views;
use crate::AppState;
use axum::http::StatusCode;
use axum::response::Response;
use guichet_domain::ids::PersonId;
use guichet_store::access_log::{self, Action};
use guichet_store::persons::PersonDetails;
use guichet_store::StoreError;

/// Something that stopped a page, and how to tell the person at the desk about it.
pub trait Failure: std::fmt::Display {
    /// The status and the message key of the page: the real cause, in words a person
    /// can act on.
    fn answer(&self) -> (StatusCode, &'static str);
}

impl Failure for StoreError {
    fn answer(&self) -> (StatusCode, &'static str) {
        match self {
            StoreError::NotFound => (StatusCode::NOT_FOUND, "error-not-found"),
            StoreError::Forbidden => (StatusCode::FORBIDDEN, "error-forbidden"),
            StoreError::Conflict => (StatusCode::CONFLICT, "error-conflict"),
            StoreError::Changed => (StatusCode::CONFLICT, "error-conflict"),
            StoreError::Corrupt(_) => (StatusCode::INTERNAL_SERVER_ERROR, "error-corrupt"),
            StoreError::LogNotWritten(_) => {
                (StatusCode::SERVICE_UNAVAILABLE, "error-log-not-written")
            }
            e @ StoreError::Db(_) if e.is_unreachable() => {
                (StatusCode::SERVICE_UNAVAILABLE, "error-unavailable")
            }
            StoreError::Db(_) => (StatusCode::INTERNAL_SERVER_ERROR, "error-internal"),
            StoreError::SchemaTooNew { .. }
            | StoreError::UnsupportedUrl
            | StoreError::UpgradeCopy(_)
            | StoreError::WrongLogKey => (StatusCode::INTERNAL_SERVER_ERROR, "error-internal"),
        }
    }
}

impl Failure for guichet_desk::DeskError {
    fn answer(&self) -> (StatusCode, &'static str) {
        use guichet_desk::DeskError;
        match self {
            DeskError::NotFound => (StatusCode::NOT_FOUND, "error-not-found"),
            DeskError::NotAllowed => (StatusCode::FORBIDDEN, "error-forbidden"),
            DeskError::Changed | DeskError::Conflict | DeskError::Refused(_) => {
                (StatusCode::CONFLICT, "error-conflict")
            }
            DeskError::CannotLayOut(e) => e.answer(),
            DeskError::Store(e) => e.answer(),
        }
    }
}

impl Failure for guichet_letters::LetterError {
    fn answer(&self) -> (StatusCode, &'static str) {
        (StatusCode::UNPROCESSABLE_ENTITY, "error-cannot-print")
    }
}

impl Failure for anyhow::Error {
    fn answer(&self) -> (StatusCode, &'static str) {
        match self.downcast_ref::<StoreError>() {
            Some(e) => e.answer(),
            None => (StatusCode::INTERNAL_SERVER_ERROR, "error-internal"),
        }
    }
}

impl Failure for serde_json::Error {
    fn answer(&self) -> (StatusCode, &'static str) {
        (StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
    }
}

impl Failure for tokio::task::JoinError {
    fn answer(&self) -> (StatusCode, &'static str) {
        (StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
    }
}

/// A failure becomes a page that names its real cause (the database out of reach, a
/// stored value that cannot be read, the access log not written, a conflict…); the
/// technical details go to the log only.
pub fn unavailable(ctx: &Ctx, e: impl Failure) -> Response {
    let (status, key) = e.answer();
    if status.is_server_error() {
        tracing::error!(error = %e, "request failed");
    } else {
        tracing::info!(error = %e, status = status.as_u16(), "request refused");
    }
    views::error_page(ctx, status, key)
}

pub fn not_found(ctx: &Ctx) -> Response {
    views::error_page(ctx, StatusCode::NOT_FOUND, "error-not-found")
}

/// The "not found" page of a person's file (`/persons/{id}`). Front-line staff who may
/// break glass are offered to open the file with a reason — the same link whether the
/// person exists or not, so nothing is revealed.
pub fn person_not_found(ctx: &Ctx, id: PersonId) -> Response {
    let may = ctx.user.as_ref().is_some_and(|u| u.actor.may_break_glass());
    if may {
        views::error_page_with_link(
            ctx,
            StatusCode::NOT_FOUND,
            "error-not-found",
            format!("/persons/{id}/break-glass"),
            "break-glass-offer",
        )
    } else {
        not_found(ctx)
    }
}

/// What a page shows of a person, in the access log's words, from its path:
/// `/persons/7` → read "person", `/persons/7/contact` → read "contact",
/// `/requests/12` → read "request 12", `/requests/12/acknowledgement` → print
/// "acknowledgement 12", `/appointments/3/card` → print "card 3".
pub fn logged_as(path: &str) -> (Action, String) {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        ["persons", _] => (Action::Read, "person".into()),
        ["persons", _, rest @ ..] => (Action::Read, rest.join(" ")),
        ["requests", id] => (Action::Read, format!("request {id}")),
        ["requests", id, "acknowledgement"] => (Action::Print, format!("acknowledgement {id}")),
        ["appointments", id] => (Action::Read, format!("appointment {id}")),
        ["appointments", id, "card"] | ["appointments", id, "card-pdf"] => {
            (Action::Print, format!("card {id}"))
        }
        ["appointments", id, "ics"] => (Action::Export, format!("calendar file {id}")),
        // Any other page of a request or an appointment is about that request or
        // appointment (the person's report has words for these, not for a path).
        ["requests", id, ..] => (Action::Read, format!("request {id}")),
        ["appointments", id, ..] => (Action::Read, format!("appointment {id}")),
        _ => (Action::Read, path.to_owned()),
    }
}

/// Writes the access-log row for the page being shown: every page that shows a
/// person's data calls this once (through [`person_file`] or directly). List pages
/// (search, queue, today) are not logged. If the log cannot be written, the page is
/// not shown.
pub async fn log_read(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    person: PersonId,
) -> Result<(), Response> {
    let (action, what) = logged_as(&ctx.path);
    access_log::record(
        &state.db,
        me.actor.user_id,
        person,
        action,
        &what,
        "",
        state.now(),
    )
    .await
    .map_err(|e| unavailable(ctx, e))
}

/// The person file named in a URL, if the signed-in staff member may open it, logged
/// in the access log; the "not found" page otherwise (a file one may not see looks like
/// a file that does not exist).
pub async fn person_file(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    id: &str,
) -> Result<PersonDetails, Response> {
    let id: PersonId = id.parse().map_err(|_| not_found(ctx))?;
    match guichet_store::persons::details(&state.db, &me.actor, id).await {
        Ok(d) => {
            log_read(state, ctx, me, d.summary.id).await?;
            Ok(d)
        }
        Err(StoreError::NotFound) => Err(not_found(ctx)),
        Err(e) => Err(unavailable(ctx, e)),
    }
}

/// [`person_file`] for acting for the person (digital help, mandates): the "not allowed"
/// page when the staff member may read the file (break-glass) but may not act for them.
pub async fn person_to_help(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    id: &str,
) -> Result<PersonDetails, Response> {
    let d = person_file(state, ctx, me, id).await?;
    let may = d
        .opened
        .relation(&me.actor)
        .is_ok_and(|r| me.actor.may_help_person(r));
    if may {
        Ok(d)
    } else {
        Err(views::error_page(
            ctx,
            StatusCode::FORBIDDEN,
            "error-forbidden",
        ))
    }
}

#[cfg(test)]
mod layers {
    use std::collections::BTreeSet;

    /// The handler modules' names and sources.
    fn sources() -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/handlers");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(&dir).expect("the handlers folder") {
            let path = entry.expect("a file of the handlers folder").path();
            let name = path
                .file_stem()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            if name != "mod" {
                out.push((name, std::fs::read_to_string(&path).expect("a source")));
            }
        }
        out
    }

    /// Every "from -> to" where module `from` names module `to`: `super::to::…`,
    /// `crate::handlers::to::…`, `crate::handlers::{to, …}` and `use super::{to, …}`
    /// (comments left out).
    fn edges(sources: &[(String, String)]) -> BTreeSet<String> {
        let modules: BTreeSet<&str> = sources.iter().map(|(n, _)| n.as_str()).collect();
        let listed = |code: &str, opening: &str, to: &str| {
            code.split(opening).skip(1).any(|rest| {
                rest.split('}')
                    .next()
                    .unwrap_or_default()
                    .split(',')
                    .any(|item| item.trim() == to)
            })
        };
        let mut found = BTreeSet::new();
        for (from, text) in sources {
            let code: String = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for to in modules.iter().filter(|m| **m != from.as_str()) {
                let named = code.contains(&format!("super::{to}::"))
                    || code.contains(&format!("crate::handlers::{to}::"))
                    || listed(&code, "use super::{", to)
                    || listed(&code, "crate::handlers::{", to);
                if named {
                    found.insert(format!("{from} -> {to}"));
                }
            }
        }
        found
    }

    /// Issue 14: a handler module never borrows from another one. What several pages share
    /// lives beside the handlers (`crate::present`, `crate::printing`, `crate::fridge`) or in
    /// the application layer (`guichet_desk`).
    #[test]
    fn no_handler_module_borrows_from_another() {
        let found = edges(&sources());
        assert!(
            found.is_empty(),
            "handler modules must not use one another; move what they share to \
             crate::present or the application layer (guichet_desk): {found:?}"
        );
    }

    #[test]
    fn the_reader_of_edges_sees_each_way_of_naming_a_module() {
        let src = |name: &str, text: &str| (name.to_owned(), text.to_owned());
        let sources = [
            src("a", "use super::b::thing;\n"),
            src("b", "fn f() { super::c::go(); }\n"),
            src("c", "use super::{d, not_found};\n"),
            src("d", "use crate::handlers::{a, b};\n"),
            src(
                "e",
                "// super::a::only_in_a_comment\nuse super::unavailable;\n",
            ),
        ];
        let found: Vec<String> = edges(&sources).into_iter().collect();
        assert_eq!(found, ["a -> b", "b -> c", "c -> d", "d -> a", "d -> b"]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_logged_in_words_and_printouts_as_prints() {
        assert_eq!(logged_as("/persons/7"), (Action::Read, "person".into()));
        assert_eq!(
            logged_as("/persons/7/contact"),
            (Action::Read, "contact".into())
        );
        assert_eq!(
            logged_as("/persons/7/notes/new"),
            (Action::Read, "notes new".into())
        );
        assert_eq!(
            logged_as("/requests/12"),
            (Action::Read, "request 12".into())
        );
        assert_eq!(
            logged_as("/requests/12/acknowledgement"),
            (Action::Print, "acknowledgement 12".into())
        );
        assert_eq!(
            logged_as("/appointments/3/card"),
            (Action::Print, "card 3".into())
        );
        assert_eq!(
            logged_as("/requests/12/status"),
            (Action::Read, "request 12".into())
        );
    }
}
