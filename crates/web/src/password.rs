//! Password hashing with argon2id at OWASP's parameters (m = 19 MiB, t = 2, p = 1).
//! Hashing runs on two threads of its own ([`crate::threads::HASHING`]), never on the
//! async workers: a burst of sign-ins (a whole team arriving at 9:00, or someone trying
//! passwords) waits its turn instead of taking 19 MiB per attempt at once, and the memory
//! the allocator keeps after a hash stays with those two threads (measured in
//! docs/benchmarks.md: 150 sign-ins at once left the server holding about 500 MB before).

use crate::ctx::Ctx;
use crate::forms::Errors;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use guichet_domain::user::{NewPassword, PasswordError};
use rand::RngCore;
use std::sync::Arc;

/// Runs `f` on a hashing thread (see [`crate::threads`]).
async fn on_hashing_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    crate::threads::HASHING.run(f).await.ok()
}

pub struct Hasher {
    /// A real hash of a random password, verified when the user name is unknown so that
    /// the answer takes as long as for a real account.
    dummy: String,
}

fn argon2() -> Result<Argon2<'static>, argon2::Error> {
    Ok(Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(19 * 1024, 2, 1, None)?,
    ))
}

pub fn hash(password: &str) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let hash = argon2()
        .map_err(|e| anyhow::anyhow!("argon2: {e}"))?
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("hash: {e}"))?;
    Ok(hash.to_string())
}

fn verify(password: &str, stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    argon2().is_ok_and(|a| a.verify_password(password.as_bytes(), &parsed).is_ok())
}

impl Hasher {
    pub fn new() -> anyhow::Result<Self> {
        Ok(Self {
            dummy: hash(&guichet_store::new_token())?,
        })
    }

    /// Checks a password against a stored hash, or against the dummy hash when there is
    /// none (unknown user, account without password): same work either way.
    pub fn check(&self, password: &str, stored: Option<&str>) -> bool {
        match stored {
            Some(h) => verify(password, h),
            None => {
                let _ = verify(password, &self.dummy);
                false
            }
        }
    }
}

/// Hashes off the async threads.
pub async fn hash_blocking(password: String) -> anyhow::Result<String> {
    on_hashing_thread(move || hash(&password))
        .await
        .unwrap_or_else(|| Err(anyhow::anyhow!("the hashing thread stopped")))
}

/// Verifies off the async threads.
pub async fn check_blocking(hasher: Arc<Hasher>, password: String, stored: Option<String>) -> bool {
    on_hashing_thread(move || hasher.check(&password, stored.as_deref()))
        .await
        .unwrap_or(false)
}

/// Checks a new password and its confirmation; errors point at the two fields.
pub fn check_new_password(
    ctx: &Ctx,
    username: &str,
    new: &str,
    confirm: &str,
    errors: &mut Errors,
) -> Option<NewPassword> {
    match NewPassword::parse(new, username) {
        Ok(p) if new == confirm => Some(p),
        Ok(_) => {
            errors.push("confirm_password", ctx.t("password-mismatch"));
            None
        }
        Err(e) => {
            let key = match e {
                PasswordError::TooShort => "password-too-short",
                PasswordError::TooLong => "password-too-long",
                PasswordError::SameAsUsername => "password-same-as-username",
            };
            errors.push("new_password", ctx.t(key));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let h = hash("a long pass phrase").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        let hasher = Hasher::new().unwrap();
        assert!(hasher.check("a long pass phrase", Some(&h)));
        assert!(!hasher.check("another phrase", Some(&h)));
        assert!(!hasher.check("a long pass phrase", None));
    }

    #[tokio::test]
    async fn many_checks_at_once_each_get_their_own_answer() {
        let hasher = Arc::new(Hasher::new().unwrap());
        let good = hash_blocking("right one".into()).await.unwrap();
        let checks = (0..8).map(|i| {
            let tried = if i % 2 == 0 { "right one" } else { "wrong one" };
            check_blocking(hasher.clone(), tried.into(), Some(good.clone()))
        });
        let answers = spawn_all(checks).await;
        assert_eq!(
            answers,
            [true, false, true, false, true, false, true, false]
        );
    }

    async fn spawn_all<F: std::future::Future<Output = bool> + Send + 'static>(
        futures: impl Iterator<Item = F>,
    ) -> Vec<bool> {
        let handles: Vec<_> = futures.map(tokio::spawn).collect();
        let mut out = Vec::new();
        for h in handles {
            out.push(h.await.unwrap());
        }
        out
    }
}
