//! The access log's key file (`access-log.key` in the data folder): created at the first
//! start, owner-only, and required ever after, so that the log's chain cannot be rewritten
//! by someone who can only reach the database (docs/security.md, docs/operations.md).

use anyhow::{bail, Context};
use guichet_store::access_log::{self, KeyState, LogKey};
use guichet_store::{Db, StoreError};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The key file's name in the data folder.
pub const FILE: &str = "access-log.key";

/// Where the key of this data folder is.
pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE)
}

/// Reads a key file; `None` when there is none.
pub fn read(path: &Path) -> anyhow::Result<Option<LogKey>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    match LogKey::from_hex(&text) {
        Some(k) => Ok(Some(k)),
        None => bail!(
            "{} is not an access-log key (64 hexadecimal digits expected): put back the one saved with your backups",
            path.display()
        ),
    }
}

/// Writes a key to a new file readable by its owner only; never replaces a file.
pub fn write_new(path: &Path, key: &LogKey) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    file.write_all(format!("{}\n", key.to_hex()).as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write {}", path.display()))?;
    if let Some(dir) = path.parent() {
        // The new name itself reaches the disk (a crash now keeps the file).
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

/// Loads the data folder's key (creating it when the database's log was never keyed) and
/// gives it to the database handle. Refuses a missing key for a log that was keyed, and a
/// key that is not the log's: the log stays verifiable, and no second chain is started.
pub async fn adopt(db: &Db, data_dir: &Path, now: i64) -> anyhow::Result<()> {
    let file = path(data_dir);
    let key = match read(&file)? {
        Some(k) => k,
        None => {
            let fresh = LogKey::generate();
            if access_log::check_key(db, &fresh).await? != KeyState::NotYetKeyed {
                bail!(
                    "the access log's key file {} is missing. This database's log was keyed with it: \
                     put back the one saved with your backups (or copy it from another server of this \
                     installation). guichet does not start without it, so that the log stays verifiable",
                    file.display()
                );
            }
            std::fs::create_dir_all(data_dir)
                .with_context(|| format!("cannot create the data folder {}", data_dir.display()))?;
            write_new(&file, &fresh)?;
            tracing::info!(file = %file.display(), "access log key created");
            fresh
        }
    };
    warn_if_readable_by_others(&file);
    match access_log::adopt_key(db, key, now).await {
        Ok(_) => Ok(()),
        Err(StoreError::WrongLogKey) => bail!(
            "the key in {} is not the one this database's access log was written with \
             (a key from another installation, or a database put back without its key): \
             put back the key saved with this database's backup",
            file.display()
        ),
        Err(e) => Err(e.into()),
    }
}

#[cfg(unix)]
fn warn_if_readable_by_others(file: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(file) {
        if meta.permissions().mode() & 0o077 != 0 {
            tracing::warn!(
                file = %file.display(),
                "the access log key can be read by other users of this machine: chmod 600 it"
            );
        }
    }
}

#[cfg(not(unix))]
fn warn_if_readable_by_others(_file: &Path) {}
