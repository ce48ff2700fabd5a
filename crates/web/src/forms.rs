//! Form errors, shown as a summary at the top of the page linking to each field,
//! and next to each field.

#[derive(Debug, Default, Clone)]
pub struct Errors(Vec<(&'static str, String)>);

impl Errors {
    /// `field` is the id of the input (or fieldset) in error.
    pub fn push(&mut self, field: &'static str, message: String) {
        self.0.push((field, message));
    }

    /// Like [`Errors::push`], unless the field has a message already: one mistake a field,
    /// the first found.
    pub fn push_first(&mut self, field: &'static str, message: String) {
        if !self.has(field) {
            self.push(field, message);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn items(&self) -> &[(&'static str, String)] {
        &self.0
    }

    /// The message for one field, or an empty string.
    pub fn get(&self, field: &str) -> &str {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
            .unwrap_or("")
    }

    /// 200 for a fresh form, 422 when it comes back with mistakes.
    pub fn status(&self) -> axum::http::StatusCode {
        if self.is_empty() {
            axum::http::StatusCode::OK
        } else {
            axum::http::StatusCode::UNPROCESSABLE_ENTITY
        }
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|(f, _)| *f == field)
    }
}

/// Reads a repeated form field (`roles=a&roles=b`) — serde_urlencoded cannot.
pub fn all_values(body: &[u8], name: &str) -> Vec<String> {
    form_urlencoded::parse(body)
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
        .collect()
}

/// Reads one form field, empty when absent.
pub fn value(body: &[u8], name: &str) -> String {
    form_urlencoded::parse(body)
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}
