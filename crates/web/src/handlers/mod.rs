//! Request handlers, one module per area.

pub mod account;
pub mod admin;
pub mod appointments;
pub mod auth;
pub mod consents;
pub mod contact;
pub mod home;
pub mod household;
pub mod merge;
pub mod notes;
pub mod overview;
pub mod person_edit;
pub mod persons;
pub mod report;
pub mod requests;
pub mod retention;
pub mod settings;
pub mod system;
pub mod today;

use crate::ctx::{Ctx, SignedIn};
use crate::views;
use crate::AppState;
use axum::http::StatusCode;
use axum::response::Response;
use guichet_domain::ids::PersonId;
use guichet_store::persons::PersonDetails;
use guichet_store::StoreError;

/// A database failure becomes a plain "try again" page; details go to the log only.
pub fn unavailable(ctx: &Ctx, e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "request failed");
    views::error_page(ctx, StatusCode::SERVICE_UNAVAILABLE, "error-unavailable")
}

pub fn not_found(ctx: &Ctx) -> Response {
    views::error_page(ctx, StatusCode::NOT_FOUND, "error-not-found")
}

/// The person file named in a URL, if the signed-in staff member may open it; the
/// "not found" page otherwise (a file one may not see looks like a file that does not exist).
pub async fn person_file(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    id: &str,
) -> Result<PersonDetails, Response> {
    let id: PersonId = id.parse().map_err(|_| not_found(ctx))?;
    match guichet_store::persons::details(&state.db, &me.actor, id).await {
        Ok(d) => Ok(d),
        Err(StoreError::NotFound) => Err(not_found(ctx)),
        Err(e) => Err(unavailable(ctx, e)),
    }
}
