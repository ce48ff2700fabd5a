//! Request handlers, one module per area.

pub mod account;
pub mod admin;
pub mod appointments;
pub mod auth;
pub mod contact;
pub mod home;
pub mod overview;
pub mod persons;
pub mod requests;
pub mod system;

use crate::ctx::Ctx;
use crate::views;
use axum::http::StatusCode;
use axum::response::Response;

/// A database failure becomes a plain "try again" page; details go to the log only.
pub fn unavailable(ctx: &Ctx, e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "request failed");
    views::error_page(ctx, StatusCode::SERVICE_UNAVAILABLE, "error-unavailable")
}

pub fn not_found(ctx: &Ctx) -> Response {
    views::error_page(ctx, StatusCode::NOT_FOUND, "error-not-found")
}
