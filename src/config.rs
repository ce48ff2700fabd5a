//! Configuration: command line, then `GUICHET_*` environment variables, then the TOML
//! file, then defaults.

use anyhow::{bail, Context};
use clap::Args;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// Options shared by every subcommand (each also readable from the environment).
#[derive(Debug, Args, Clone, Default)]
pub struct Options {
    /// TOML configuration file.
    #[arg(long, env = "GUICHET_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    /// Address and port to listen on [default: 127.0.0.1:8080].
    #[arg(long, env = "GUICHET_BIND", global = true)]
    pub bind: Option<String>,
    /// Folder for guichet's files [default: ./guichet-data].
    #[arg(long, env = "GUICHET_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    /// sqlite://… or postgres://… [default: sqlite://<data-dir>/guichet.sqlite].
    #[arg(
        long,
        env = "GUICHET_DATABASE_URL",
        global = true,
        hide_env_values = true
    )]
    pub database_url: Option<String>,
    /// Serve plain HTTP without Secure cookies. Only allowed on a loopback address.
    #[arg(long, env = "GUICHET_PLAIN_HTTP", global = true, num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub plain_http: Option<bool>,
    /// Trust the last X-Forwarded-For entry (guichet behind a reverse proxy).
    #[arg(long, env = "GUICHET_BEHIND_PROXY", global = true, num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub behind_proxy: Option<bool>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    bind: Option<String>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    plain_http: Option<bool>,
    behind_proxy: Option<bool>,
}

/// The settings in force.
#[derive(Debug, Clone)]
pub struct Settings {
    pub bind: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: String,
    pub database_url_explicit: bool,
    pub plain_http: bool,
    pub plain_http_explicit: bool,
    pub behind_proxy: bool,
    pub config_file: Option<PathBuf>,
}

impl Settings {
    pub fn load(o: &Options) -> anyhow::Result<Self> {
        let default_file = Path::new("guichet.toml");
        let path = o
            .config
            .clone()
            .or_else(|| default_file.exists().then(|| default_file.to_path_buf()));
        let file: FileConfig = match &path {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .with_context(|| format!("cannot read {}", p.display()))?;
                toml::from_str(&text).with_context(|| {
                    format!("{} is not valid guichet configuration", p.display())
                })?
            }
            None => FileConfig::default(),
        };
        let bind_text = o
            .bind
            .clone()
            .or(file.bind)
            .unwrap_or_else(|| "127.0.0.1:8080".into());
        let bind: SocketAddr = bind_text.parse().with_context(|| {
            format!("bind address {bind_text:?} is not ADDRESS:PORT, e.g. 127.0.0.1:8080")
        })?;
        let data_dir = o
            .data_dir
            .clone()
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from("./guichet-data"));
        let explicit_url = o.database_url.clone().or(file.database_url);
        let database_url_explicit = explicit_url.is_some();
        let database_url = explicit_url.unwrap_or_else(|| sqlite_url(&data_dir, "guichet.sqlite"));
        let plain = o.plain_http.or(file.plain_http);
        Ok(Self {
            bind,
            data_dir,
            database_url,
            database_url_explicit,
            plain_http: plain.unwrap_or(false),
            plain_http_explicit: plain.is_some(),
            behind_proxy: o.behind_proxy.or(file.behind_proxy).unwrap_or(false),
            config_file: path,
        })
    }

    /// Refuses plain HTTP anywhere but on a loopback address.
    pub fn check_plain_http(&self) -> anyhow::Result<()> {
        if self.plain_http && !self.bind.ip().is_loopback() {
            bail!(
                "plain HTTP (cookies without Secure) is only allowed on a loopback address, not {}. \
                 Put guichet behind HTTPS, or bind to 127.0.0.1",
                self.bind
            );
        }
        Ok(())
    }

    /// The database URL with any password hidden, for printing.
    pub fn database_url_redacted(&self) -> String {
        redact(&self.database_url)
    }
}

pub fn sqlite_url(dir: &Path, file: &str) -> String {
    format!("sqlite://{}", dir.join(file).display())
}

pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    match rest.split_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split(':').next().unwrap_or("");
            if userinfo.contains(':') {
                format!("{scheme}://{user}:***@{host}")
            } else {
                format!("{scheme}://{user}@{host}")
            }
        }
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_in_database_urls_are_never_printed() {
        assert_eq!(
            redact("postgres://guichet:s3cret@db:5432/g"),
            "postgres://guichet:***@db:5432/g"
        );
        assert_eq!(redact("postgres://guichet@db/g"), "postgres://guichet@db/g");
        assert_eq!(
            redact("sqlite://./guichet-data/guichet.sqlite"),
            "sqlite://./guichet-data/guichet.sqlite"
        );
    }

    #[test]
    fn defaults_match_the_readme() {
        let s = Settings::load(&Options::default()).unwrap();
        assert_eq!(s.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(s.database_url, "sqlite://./guichet-data/guichet.sqlite");
        assert!(!s.plain_http);
    }

    #[test]
    fn plain_http_is_refused_off_loopback() {
        let o = Options {
            bind: Some("0.0.0.0:8080".into()),
            plain_http: Some(true),
            ..Default::default()
        };
        assert!(Settings::load(&o).unwrap().check_plain_http().is_err());
        let o = Options {
            plain_http: Some(true),
            ..Default::default()
        };
        assert!(Settings::load(&o).unwrap().check_plain_http().is_ok());
    }
}
