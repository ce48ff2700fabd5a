//! What a handler knows about the request: language, signed-in staff member, CSRF token.

use crate::i18n::Tr;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;
use guichet_domain::{Actor, Lang, Role};
use guichet_store::users::UserView;
use std::sync::Arc;

#[derive(Clone)]
pub struct SignedIn {
    pub user: UserView,
    pub actor: Actor,
    pub session_token: String,
}

impl SignedIn {
    pub fn has(&self, role: Role) -> bool {
        self.actor.has(role)
    }
}

#[derive(Clone)]
pub struct Ctx {
    pub tr: Tr,
    pub user: Option<Arc<SignedIn>>,
    /// The token every state-changing form must send back.
    pub csrf: String,
    /// Path of the page, for the language switcher and the `next` of sign-in.
    pub path: String,
}

impl Ctx {
    pub fn lang(&self) -> Lang {
        self.tr.lang
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

/// A handler argument that exists only for signed-in staff (the route guard has
/// already redirected everyone else).
pub struct Staff(pub Arc<SignedIn>);

impl<S: Send + Sync> FromRequestParts<S> for Staff {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .and_then(|c| c.user.clone())
            .map(Staff)
            .ok_or(StatusCode::UNAUTHORIZED)
    }
}
