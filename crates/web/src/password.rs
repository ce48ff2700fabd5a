//! Password hashing with argon2id at OWASP's parameters (m = 19 MiB, t = 2, p = 1).
//! Hashing runs on the blocking thread pool, never on the async workers.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::RngCore;

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
    tokio::task::spawn_blocking(move || hash(&password)).await?
}

/// Verifies off the async threads.
pub async fn check_blocking(
    hasher: std::sync::Arc<Hasher>,
    password: String,
    stored: Option<String>,
) -> bool {
    tokio::task::spawn_blocking(move || hasher.check(&password, stored.as_deref()))
        .await
        .unwrap_or(false)
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
}
