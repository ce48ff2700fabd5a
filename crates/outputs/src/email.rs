//! Email over SMTP (lettre, rustls with ring).
//!
//! Plain-text messages; an appointment message carries its .ics file. The Message-ID is
//! made from the outbox row's idempotency key, so a retry after a lost answer has the same
//! Message-ID and mail systems (and people) can recognise the duplicate.

use crate::ics::{appointment_ics, IcsAppointment};
use crate::sms::SendError;
use chrono::{DateTime, Utc};
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::net::IpAddr;
use std::time::Duration;

/// How the connection to the SMTP server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// Plain connection upgraded with STARTTLS (usually port 587); TLS is required.
    StartTls,
    /// TLS from the first byte (usually port 465).
    Tls,
    /// No encryption: only allowed to a server on this machine (loopback).
    None,
}

impl Security {
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "starttls" => Some(Self::StartTls),
            "tls" => Some(Self::Tls),
            "none" => Some(Self::None),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::StartTls => "starttls",
            Self::Tls => "tls",
            Self::None => "none",
        }
    }
}

#[derive(Clone)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: Option<String>,
    pub password: Option<String>,
    /// The sender, e.g. `CPAS de Namur <noreply@cpas.example>`.
    pub from: String,
    pub timeout: Duration,
}

impl std::fmt::Debug for SmtpConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("username", &self.username)
            .field("from", &self.from)
            .finish_non_exhaustive()
    }
}

/// Whether a host name is this machine.
pub fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_matches(['[', ']'])
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// One email to send.
#[derive(Debug, Clone)]
pub struct Email<'a> {
    pub idempotency_key: &'a str,
    pub to: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub appointment: Option<IcsAppointment<'a>>,
}

#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    domain: String,
    /// The domain of calendar UIDs: the installation's own (`guichet_store::calendar::uid_domain`),
    /// so that an emailed .ics and a downloaded one update the same event.
    uid_domain: String,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("domain", &self.domain)
            .finish_non_exhaustive()
    }
}

impl Mailer {
    /// Calendar UIDs in the installation's domain instead of the sender's.
    pub fn with_uid_domain(mut self, uid_domain: String) -> Self {
        self.uid_domain = uid_domain;
        self
    }

    pub fn new(config: &SmtpConfig) -> Result<Self, SendError> {
        let from: Mailbox = config
            .from
            .parse()
            .map_err(|_| SendError::Config("the sender address (from) is not valid".into()))?;
        let domain = from.email.domain().to_owned();
        let builder = match config.security {
            Security::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(
                &config.host,
            )
            .map_err(|_| SendError::Config("cannot set up TLS for the SMTP server".into()))?,
            Security::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&config.host)
                .map_err(|_| SendError::Config("cannot set up TLS for the SMTP server".into()))?,
            Security::None => {
                if !is_loopback(&config.host) {
                    return Err(SendError::Config(
                        "SMTP without encryption (security = \"none\") is only allowed to a server on this machine (127.0.0.1, ::1 or localhost)".into(),
                    ));
                }
                AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(config.host.clone())
            }
        };
        let mut builder = builder
            .port(config.port)
            .timeout(Some(config.timeout))
            .hello_name(ClientId::Domain(domain.clone()));
        if let (Some(u), Some(p)) = (&config.username, &config.password) {
            builder = builder.credentials(Credentials::new(u.clone(), p.clone()));
        }
        Ok(Self {
            transport: builder.build(),
            from,
            uid_domain: domain.clone(),
            domain,
        })
    }

    /// The Message-ID of the message with this idempotency key.
    pub fn message_id(&self, key: &str) -> String {
        format!("<{key}@{}>", self.domain)
    }

    /// The domain used in Message-IDs and .ics UIDs (the sender's).
    pub fn domain(&self) -> &str {
        &self.domain
    }

    /// Builds the message (exposed for tests and previews).
    pub fn build(&self, m: &Email<'_>, now: DateTime<Utc>) -> Result<Message, SendError> {
        let to: Mailbox = m
            .to
            .parse()
            .map_err(|_| SendError::Retry("email: the recipient address is not valid".into()))?;
        let builder = Message::builder()
            .message_id(Some(self.message_id(m.idempotency_key)))
            .from(self.from.clone())
            .to(to)
            .subject(m.subject)
            .date(now.into());
        let text = SinglePart::builder()
            .header(ContentType::TEXT_PLAIN)
            .body(m.body.to_owned());
        let built = match &m.appointment {
            Some(appt) => {
                let ics = appointment_ics(&self.uid_domain, appt, now);
                let calendar = ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH")
                    .map_err(|_| SendError::Retry("email: calendar type".into()))?;
                builder.multipart(
                    MultiPart::mixed()
                        .singlepart(text)
                        .singlepart(Attachment::new("rendez-vous.ics".into()).body(ics, calendar)),
                )
            }
            None => builder.singlepart(text),
        };
        built.map_err(|_| SendError::Retry("email: cannot build the message".into()))
    }

    /// Sends one email; `Ok` holds the Message-ID as the provider reference.
    pub async fn send(&self, m: &Email<'_>, now: DateTime<Utc>) -> Result<String, SendError> {
        let message = self.build(m, now)?;
        match self.transport.send(message).await {
            Ok(_) => Ok(self.message_id(m.idempotency_key)),
            Err(e) => Err(SendError::Retry(if e.is_timeout() {
                "SMTP: no answer in time".into()
            } else if let Some(code) = e.status() {
                format!("SMTP: refused ({code})")
            } else {
                "SMTP: connection failed".into()
            })),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn config(host: &str, security: Security) -> SmtpConfig {
        SmtpConfig {
            host: host.into(),
            port: 25,
            security,
            username: None,
            password: None,
            from: "CPAS <noreply@cpas.example>".into(),
            timeout: Duration::from_secs(5),
        }
    }

    #[test]
    fn plain_smtp_only_to_this_machine() {
        assert!(Mailer::new(&config("127.0.0.1", Security::None)).is_ok());
        assert!(Mailer::new(&config("localhost", Security::None)).is_ok());
        assert!(Mailer::new(&config("mail.example.org", Security::None)).is_err());
        assert!(Mailer::new(&config("mail.example.org", Security::StartTls)).is_ok());
    }

    #[test]
    fn message_id_is_stable_and_in_the_senders_domain() {
        let m = Mailer::new(&config("127.0.0.1", Security::None)).unwrap();
        assert_eq!(m.message_id("abc"), "<abc@cpas.example>");
        let email = Email {
            idempotency_key: "abc",
            to: "josiane@example.org",
            subject: "Rappel",
            body: "Bonjour",
            appointment: None,
        };
        let text = String::from_utf8(m.build(&email, Utc::now()).unwrap().formatted()).unwrap();
        assert!(text.contains("Message-ID: <abc@cpas.example>"), "{text}");
    }
}
