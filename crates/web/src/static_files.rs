//! The one stylesheet. It travels inside every page (about 2 KB compressed), so a page
//! arrives in one request: on a slow mobile line each extra request costs a full round
//! trip before anything can be drawn. The security policy allows exactly this stylesheet
//! by its hash, so no other inline style can run.

use axum::http::HeaderValue;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

pub const CSS: &str = include_str!("../static/app.css");

/// The `Content-Security-Policy` of every response: no script at all, and no style but
/// the stylesheet above.
pub static CSP: LazyLock<HeaderValue> = LazyLock::new(|| {
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(CSS.as_bytes()));
    let policy = format!(
        "default-src 'none'; style-src 'sha256-{hash}'; img-src 'self'; form-action 'self'; \
         script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    );
    HeaderValue::from_str(&policy)
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"))
});
