//! Health checks and the stylesheet.

use crate::static_files::{CSS, CSS_PATH};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// The process is alive.
pub async fn healthz() -> &'static str {
    "ok"
}

/// The database answers.
pub async fn readyz(State(state): State<AppState>) -> Response {
    if state.db.ping().await {
        "ready".into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
    }
}

pub async fn stylesheet(Path(file): Path<String>) -> Response {
    if format!("/static/{file}") == CSS_PATH.as_str() {
        ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS).into_response()
    } else {
        StatusCode::NOT_FOUND.into_response()
    }
}
