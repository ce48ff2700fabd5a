//! SMS through a configurable HTTP gateway.
//!
//! Belgian SMS providers each have their own HTTP API; guichet speaks to any of them with
//! a URL, a method, a body template (JSON or form) with the placeholders `{to}`, `{text}`
//! and `{id}` (the message's idempotency key), and an optional authentication header. The
//! idempotency key is also sent as an `Idempotency-Key` header: a provider that knows it
//! refuses a second delivery when guichet retries after a lost answer.
//!
//! A 2xx answer means accepted; anything else, or no answer in time, means "try again".
//! Nothing personal is ever logged: neither the number, the text nor the header's value.

use std::time::Duration;

/// How the body template is encoded; placeholders are escaped accordingly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyFormat {
    /// `application/json`: values are escaped as JSON string contents (write the
    /// placeholders inside quotes: `{"to":"{to}"}`).
    Json,
    /// `application/x-www-form-urlencoded`: values are percent-encoded
    /// (`to={to}&text={text}`). With GET, the form is the URL's query string.
    Form,
}

impl BodyFormat {
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "json" => Some(Self::Json),
            "form" => Some(Self::Form),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Post,
    Get,
}

impl Method {
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_uppercase().as_str() {
            "POST" => Some(Self::Post),
            "GET" => Some(Self::Get),
            _ => None,
        }
    }
}

/// The gateway's settings.
#[derive(Clone)]
pub struct SmsConfig {
    pub url: String,
    pub method: Method,
    pub format: BodyFormat,
    pub body: String,
    /// Header name and value, e.g. `Authorization` / `Bearer …`. The value is a secret.
    pub auth_header: Option<(String, String)>,
    pub timeout: Duration,
    /// A top-level field of a JSON answer holding the provider's reference, if any.
    pub reference_field: Option<String>,
}

impl std::fmt::Debug for SmsConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmsConfig")
            .field("url", &self.url)
            .field("method", &self.method)
            .field("format", &self.format)
            .field("auth_header", &self.auth_header.as_ref().map(|(n, _)| n))
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl SmsConfig {
    /// The default template for a JSON gateway.
    pub const DEFAULT_JSON_BODY: &'static str =
        r#"{"to":"{to}","text":"{text}","reference":"{id}"}"#;
    pub const DEFAULT_FORM_BODY: &'static str = "to={to}&text={text}&reference={id}";
}

/// Why a message did not leave; short, technical, without personal data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    #[error("{0}")]
    Retry(String),
    #[error("not configured: {0}")]
    Config(String),
}

/// A ready-to-use gateway client.
#[derive(Debug, Clone)]
pub struct SmsGateway {
    config: SmsConfig,
    client: reqwest::Client,
}

impl SmsGateway {
    pub fn new(config: SmsConfig) -> Result<Self, SendError> {
        if !(config.url.starts_with("https://") || config.url.starts_with("http://")) {
            return Err(SendError::Config(
                "the SMS gateway URL must start with https:// or http://".into(),
            ));
        }
        let client = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout)
            .build()
            .map_err(|_| SendError::Config("cannot build the HTTP client".into()))?;
        Ok(Self { config, client })
    }

    /// Sends one text. `Ok` holds the provider's reference when the answer carried one.
    pub async fn send(&self, key: &str, to: &str, text: &str) -> Result<Option<String>, SendError> {
        let c = &self.config;
        let form_or_json = fill(&c.body, c.format, to, text, key);
        let mut req = match c.method {
            Method::Post => {
                let content_type = match c.format {
                    BodyFormat::Json => "application/json",
                    BodyFormat::Form => "application/x-www-form-urlencoded",
                };
                self.client
                    .post(&c.url)
                    .header(reqwest::header::CONTENT_TYPE, content_type)
                    .body(form_or_json)
            }
            Method::Get => {
                let sep = if c.url.contains('?') { '&' } else { '?' };
                let url = if form_or_json.is_empty() {
                    c.url.clone()
                } else {
                    format!("{}{sep}{form_or_json}", c.url)
                };
                self.client.get(url)
            }
        };
        req = req.header("Idempotency-Key", key);
        if let Some((name, value)) = &c.auth_header {
            let mut v = reqwest::header::HeaderValue::from_str(value).map_err(|_| {
                SendError::Config("the authentication header value is not valid".into())
            })?;
            v.set_sensitive(true);
            req = req.header(name.as_str(), v);
        }
        let res = req.send().await.map_err(|e| {
            SendError::Retry(if e.is_timeout() {
                "SMS gateway: no answer in time".into()
            } else if e.is_connect() {
                "SMS gateway: cannot connect".into()
            } else {
                "SMS gateway: request failed".into()
            })
        })?;
        let status = res.status();
        if !status.is_success() {
            return Err(SendError::Retry(format!(
                "SMS gateway: HTTP {}",
                status.as_u16()
            )));
        }
        let body = res.text().await.unwrap_or_default();
        Ok(c.reference_field
            .as_deref()
            .and_then(|f| reference_in(&body, f)))
    }
}

/// The provider's reference in a JSON answer (a string or a number), if any.
fn reference_in(body: &str, field: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(body).ok()?;
    match v.get(field)? {
        serde_json::Value::String(s) => Some(s.chars().take(200).collect()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Fills the template in one pass: a placeholder inside a value is never replaced again.
pub fn fill(template: &str, format: BodyFormat, to: &str, text: &str, id: &str) -> String {
    let mut out = String::with_capacity(template.len() + text.len() * 2);
    let mut rest = template;
    while let Some(pos) = rest.find('{') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos..];
        let hit = [("{to}", to), ("{text}", text), ("{id}", id)]
            .into_iter()
            .find(|(p, _)| after.starts_with(p));
        match hit {
            Some((p, value)) => {
                out.push_str(&escape(value, format));
                rest = &after[p.len()..];
            }
            None => {
                out.push('{');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn escape(value: &str, format: BodyFormat) -> String {
    match format {
        BodyFormat::Json => {
            let quoted = serde_json::Value::String(value.to_owned()).to_string();
            quoted[1..quoted.len() - 1].to_owned()
        }
        BodyFormat::Form => form_encode(value),
    }
}

/// application/x-www-form-urlencoded, as browsers do it (space as `+`).
fn form_encode(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn json_values_are_escaped_and_placeholders_filled_once() {
        let body = fill(
            SmsConfig::DEFAULT_JSON_BODY,
            BodyFormat::Json,
            "+32470123456",
            "Rendez-vous \"lundi\"\n{to} à 9 h",
            "k1",
        );
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["to"], "+32470123456");
        assert_eq!(v["text"], "Rendez-vous \"lundi\"\n{to} à 9 h");
        assert_eq!(v["reference"], "k1");
    }

    #[test]
    fn form_values_are_percent_encoded() {
        let body = fill(
            "to={to}&text={text}&id={id}",
            BodyFormat::Form,
            "+32 470",
            "a&b=é",
            "k",
        );
        assert_eq!(body, "to=%2B32+470&text=a%26b%3D%C3%A9&id=k");
    }

    #[test]
    fn other_braces_are_kept() {
        assert_eq!(fill("{x}{id}", BodyFormat::Json, "", "", "7"), "{x}7");
    }

    #[test]
    fn references_are_read_from_json_answers() {
        assert_eq!(
            reference_in(r#"{"id":"abc"}"#, "id").as_deref(),
            Some("abc")
        );
        assert_eq!(reference_in(r#"{"id":42}"#, "id").as_deref(), Some("42"));
        assert_eq!(reference_in("OK", "id"), None);
    }
}
