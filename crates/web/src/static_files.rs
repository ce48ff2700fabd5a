//! The one stylesheet, served under a content-hashed name so it can be cached forever.

use sha2::{Digest, Sha256};
use std::sync::LazyLock;

pub const CSS: &str = include_str!("../static/app.css");

/// `/static/app.<hash>.css`
pub static CSS_PATH: LazyLock<String> = LazyLock::new(|| {
    let digest = hex::encode(Sha256::digest(CSS.as_bytes()));
    format!("/static/app.{}.css", &digest[..12])
});
