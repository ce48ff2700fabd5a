//! Configuration: command line, then `GUICHET_*` environment variables, then the TOML
//! file, then defaults.

use anyhow::{bail, Context};
use clap::Args;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use guichet_domain::quiet_hours::QuietHours;
use guichet_outputs::email::{Security, SmtpConfig};
use guichet_outputs::sms::{BodyFormat, Method, SmsConfig};
use guichet_outputs::worker::RetryPolicy;

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
    sms: Option<SmsFile>,
    smtp: Option<SmtpFile>,
    messages: Option<MessagesFile>,
    server: Option<ServerFile>,
}

/// `[server]`: what a slow or greedy client may take (defaults in `guichet_web::Limits`).
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ServerFile {
    header_timeout_seconds: Option<u64>,
    body_timeout_seconds: Option<u64>,
    max_connections: Option<usize>,
    costly_per_minute: Option<u32>,
    public_per_minute: Option<u32>,
}

fn limits(f: ServerFile) -> anyhow::Result<guichet_web::Limits> {
    let d = guichet_web::Limits::default();
    let positive = |name: &str, v: u64| {
        if v == 0 {
            bail!("[server] {name} must be at least 1");
        }
        Ok(v)
    };
    Ok(guichet_web::Limits {
        header_timeout: match f.header_timeout_seconds {
            Some(v) => Duration::from_secs(positive("header_timeout_seconds", v)?),
            None => d.header_timeout,
        },
        body_timeout: match f.body_timeout_seconds {
            Some(v) => Duration::from_secs(positive("body_timeout_seconds", v)?),
            None => d.body_timeout,
        },
        max_connections: match f.max_connections {
            Some(v) => positive("max_connections", v as u64)? as usize,
            None => d.max_connections,
        },
        costly_per_minute: match f.costly_per_minute {
            Some(v) => positive("costly_per_minute", u64::from(v))? as u32,
            None => d.costly_per_minute,
        },
        public_per_minute: match f.public_per_minute {
            Some(v) => positive("public_per_minute", u64::from(v))? as u32,
            None => d.public_per_minute,
        },
    })
}

/// `[sms]`: the HTTP gateway. Secrets may come from the environment instead.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct SmsFile {
    url: Option<String>,
    method: Option<String>,
    format: Option<String>,
    body: Option<String>,
    auth_header: Option<String>,
    auth_value: Option<String>,
    timeout_seconds: Option<u64>,
    reference_field: Option<String>,
}

/// `[smtp]`: the mail server.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct SmtpFile {
    host: Option<String>,
    port: Option<u16>,
    security: Option<String>,
    username: Option<String>,
    password: Option<String>,
    from: Option<String>,
    timeout_seconds: Option<u64>,
}

/// `[messages]`: quiet hours and how the outbox worker retries.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct MessagesFile {
    quiet_hours: Option<String>,
    retry_base_seconds: Option<u64>,
    retry_cap_seconds: Option<u64>,
    max_attempts: Option<i64>,
    give_up_after_hours: Option<u64>,
    concurrency: Option<usize>,
    batch: Option<i64>,
    lease_seconds: Option<u64>,
    poll_seconds: Option<u64>,
    /// Makes the retry jitter reproducible (tests).
    jitter_seed: Option<u64>,
}

/// How outgoing messages are delivered.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub sms: Option<SmsConfig>,
    pub smtp: Option<SmtpConfig>,
    pub quiet: QuietHours,
    pub retry: RetryPolicy,
    pub concurrency: usize,
    pub batch: i64,
    pub lease: Duration,
    pub poll: Duration,
    pub jitter_seed: Option<u64>,
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
    pub delivery: Delivery,
    pub limits: guichet_web::Limits,
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
        let delivery = delivery(
            file.sms.unwrap_or_default(),
            file.smtp.unwrap_or_default(),
            file.messages.unwrap_or_default(),
            &|k| std::env::var(k).ok().filter(|v| !v.is_empty()),
        )?;
        let limits = limits(file.server.unwrap_or_default())?;
        Ok(Self {
            bind,
            data_dir,
            database_url,
            database_url_explicit,
            plain_http: plain.unwrap_or(false),
            plain_http_explicit: plain.is_some(),
            behind_proxy: o.behind_proxy.or(file.behind_proxy).unwrap_or(false),
            config_file: path,
            delivery,
            limits,
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

/// Reads `[sms]`, `[smtp]` and `[messages]`; the environment (`GUICHET_SMS_URL`,
/// `GUICHET_SMS_AUTH_VALUE`, `GUICHET_SMTP_HOST`, `GUICHET_SMTP_USERNAME`,
/// `GUICHET_SMTP_PASSWORD`, `GUICHET_QUIET_HOURS`) wins over the file.
fn delivery(
    sms: SmsFile,
    smtp: SmtpFile,
    m: MessagesFile,
    env: &dyn Fn(&str) -> Option<String>,
) -> anyhow::Result<Delivery> {
    let sms = match env("GUICHET_SMS_URL").or(sms.url.clone()) {
        None => None,
        Some(url) => {
            let method_text = sms.method.unwrap_or_else(|| "POST".into());
            let method = Method::parse(&method_text)
                .with_context(|| format!("[sms] method {method_text:?}: use POST or GET"))?;
            let format_text = sms.format.unwrap_or_else(|| match method {
                Method::Post => "json".into(),
                Method::Get => "form".into(),
            });
            let format = BodyFormat::parse(&format_text)
                .with_context(|| format!("[sms] format {format_text:?}: use json or form"))?;
            let body = sms.body.unwrap_or_else(|| {
                match format {
                    BodyFormat::Json => SmsConfig::DEFAULT_JSON_BODY,
                    BodyFormat::Form => SmsConfig::DEFAULT_FORM_BODY,
                }
                .to_owned()
            });
            let auth_value = env("GUICHET_SMS_AUTH_VALUE").or(sms.auth_value);
            let auth_header = match (sms.auth_header, auth_value) {
                (Some(name), Some(value)) => Some((name, value)),
                (None, None) => None,
                _ => bail!(
                    "[sms] auth_header and auth_value (or GUICHET_SMS_AUTH_VALUE) go together"
                ),
            };
            Some(SmsConfig {
                url,
                method,
                format,
                body,
                auth_header,
                timeout: Duration::from_secs(sms.timeout_seconds.unwrap_or(10).max(1)),
                reference_field: sms.reference_field,
            })
        }
    };
    let smtp = match env("GUICHET_SMTP_HOST").or(smtp.host.clone()) {
        None => None,
        Some(host) => {
            let security_text = smtp.security.unwrap_or_else(|| "starttls".into());
            let security = Security::parse(&security_text).with_context(|| {
                format!("[smtp] security {security_text:?}: use starttls, tls or none")
            })?;
            if security == Security::None && !guichet_outputs::email::is_loopback(&host) {
                bail!("[smtp] security = \"none\" is only allowed to a mail server on this machine (127.0.0.1, ::1 or localhost), not {host}");
            }
            let port = smtp.port.unwrap_or(match security {
                Security::StartTls => 587,
                Security::Tls => 465,
                Security::None => 25,
            });
            let from = smtp.from.context(
                "[smtp] from is needed: the sender address, e.g. \"CPAS <noreply@cpas.example>\"",
            )?;
            Some(SmtpConfig {
                host,
                port,
                security,
                username: env("GUICHET_SMTP_USERNAME").or(smtp.username),
                password: env("GUICHET_SMTP_PASSWORD").or(smtp.password),
                from,
                timeout: Duration::from_secs(smtp.timeout_seconds.unwrap_or(30).max(1)),
            })
        }
    };
    let quiet_text = env("GUICHET_QUIET_HOURS").or(m.quiet_hours);
    let quiet = match quiet_text.as_deref() {
        None => QuietHours::default(),
        Some(t) => parse_quiet_hours(t).with_context(|| {
            format!("[messages] quiet_hours {t:?}: write FROM-TO in 24-hour time, e.g. \"20:00-08:00\", or \"off\"")
        })?,
    };
    let defaults = RetryPolicy::default();
    let retry = RetryPolicy {
        base: m
            .retry_base_seconds
            .map_or(defaults.base, Duration::from_secs),
        factor: 2,
        cap: m
            .retry_cap_seconds
            .map_or(defaults.cap, Duration::from_secs),
        max_attempts: m.max_attempts.unwrap_or(defaults.max_attempts).max(1),
        max_age: m
            .give_up_after_hours
            .map_or(defaults.max_age, |h| Duration::from_secs(h * 3600)),
    };
    // A claim must outlast the slowest send.
    let slowest = sms
        .as_ref()
        .map_or(Duration::ZERO, |s| s.timeout)
        .max(smtp.as_ref().map_or(Duration::ZERO, |s| s.timeout));
    let lease = Duration::from_secs(m.lease_seconds.unwrap_or(120)).max(slowest * 2);
    Ok(Delivery {
        sms,
        smtp,
        quiet,
        retry,
        concurrency: m.concurrency.unwrap_or(4).clamp(1, 64),
        batch: m.batch.unwrap_or(50).clamp(1, 1000),
        lease,
        poll: Duration::from_secs(m.poll_seconds.unwrap_or(3).max(1)),
        jitter_seed: m.jitter_seed,
    })
}

/// "20:00-08:00" (no SMS or email to persons between 20:00 and 08:00) or "off".
pub fn parse_quiet_hours(text: &str) -> Option<QuietHours> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("off") || t.eq_ignore_ascii_case("none") {
        let midnight = chrono::NaiveTime::MIN;
        return Some(QuietHours {
            from: midnight,
            to: midnight,
        });
    }
    let (a, b) = t.split_once('-')?;
    let from = chrono::NaiveTime::parse_from_str(a.trim(), "%H:%M").ok()?;
    let to = chrono::NaiveTime::parse_from_str(b.trim(), "%H:%M").ok()?;
    Some(QuietHours { from, to })
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

    fn env_none(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn messages_settings_default_to_eight_to_eight_and_nothing_configured() {
        let d = delivery(
            SmsFile::default(),
            SmtpFile::default(),
            MessagesFile::default(),
            &env_none,
        )
        .unwrap();
        assert!(d.sms.is_none() && d.smtp.is_none());
        assert_eq!(d.quiet, QuietHours::default());
        assert_eq!(parse_quiet_hours("off").map(|q| q.from == q.to), Some(true));
        assert!(parse_quiet_hours("8h-20h").is_none());
    }

    #[test]
    fn plain_smtp_is_refused_off_loopback_and_secrets_come_from_the_environment() {
        let smtp = |host: &str| SmtpFile {
            host: Some(host.into()),
            security: Some("none".into()),
            from: Some("noreply@cpas.example".into()),
            ..Default::default()
        };
        let m = MessagesFile::default;
        assert!(delivery(SmsFile::default(), smtp("mail.example.org"), m(), &env_none).is_err());
        let env = |k: &str| (k == "GUICHET_SMTP_PASSWORD").then(|| "from-env".to_owned());
        let d = delivery(SmsFile::default(), smtp("127.0.0.1"), m(), &env).unwrap();
        assert_eq!(d.smtp.unwrap().password.as_deref(), Some("from-env"));
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
