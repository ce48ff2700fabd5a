//! Page layout and templates. Every page extends `base.html`: skip link, header
//! with navigation, `main`, language switcher.

use crate::ctx::{Ctx, SignedIn};
use crate::forms::Errors;
use crate::static_files::CSS;
use askama::Template;
use axum::http::StatusCode;
use axum::http::{header, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use guichet_domain::{Lang, Role, RoleSet};
use std::sync::Arc;

pub struct NavItem {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

pub struct LangLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// What the layout needs: the request context and the page title.
pub struct Page {
    pub ctx: Ctx,
    pub title: String,
    pub has_errors: bool,
}

impl Page {
    pub fn new(ctx: &Ctx, title_key: &str) -> Self {
        Self {
            title: ctx.t(title_key),
            ctx: ctx.clone(),
            has_errors: false,
        }
    }

    /// A page whose title is already written (it names someone, a date…).
    pub fn titled(ctx: &Ctx, title: String) -> Self {
        Self {
            title,
            ctx: ctx.clone(),
            has_errors: false,
        }
    }

    pub fn with_errors(mut self, errors: &Errors) -> Self {
        self.has_errors = !errors.is_empty();
        self
    }

    pub fn t(&self, key: &str) -> String {
        self.ctx.tr.t(key)
    }

    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.ctx.tr.t1(key, name, value)
    }

    pub fn tn(&self, key: &str, name: &str, n: &i64) -> String {
        self.ctx.tr.tn(key, name, *n)
    }

    pub fn lang(&self) -> &'static str {
        self.ctx.lang().code()
    }

    /// The stylesheet, placed in the page itself (see `static_files`).
    pub fn css(&self) -> &'static str {
        CSS
    }

    pub fn csrf(&self) -> &str {
        &self.ctx.csrf
    }

    pub fn user(&self) -> Option<&Arc<SignedIn>> {
        self.ctx.user.as_ref()
    }

    /// Whether the signed-in staff member may record digital help for a walk-in (the
    /// links to the act screen are shown only to them).
    pub fn may_record_help(&self) -> bool {
        self.ctx.user.as_ref().is_some_and(|u| {
            u.actor
                .teams
                .iter()
                .any(|t| u.actor.may_record_anonymous_help(*t))
        })
    }

    /// Whether the signed-in staff member holds the role of this code.
    pub fn has_role(&self, code: &str) -> bool {
        match (Role::parse(code), &self.ctx.user) {
            (Some(r), Some(u)) => u.has(r),
            _ => false,
        }
    }

    pub fn role_name(&self, role: &Role) -> String {
        self.t(role_key(*role))
    }

    pub fn role_names(&self, roles: &RoleSet) -> String {
        roles
            .iter()
            .map(|r| self.t(role_key(r)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn nav(&self) -> Vec<NavItem> {
        let Some(user) = &self.ctx.user else {
            return Vec::new();
        };
        let mut items: Vec<(&'static str, &str)> = vec![("/home", "nav-home")];
        if [Role::Reception, Role::SocialWorker, Role::HealthWorker]
            .iter()
            .any(|r| user.has(*r))
        {
            items.push(("/today", "nav-today"));
            items.push(("/persons", "nav-persons"));
            items.push(("/queue", "nav-queue"));
            items.push(("/paper-tray", "nav-paper-tray"));
            items.push(("/referrals", "nav-referrals"));
        }
        if [
            Role::Reception,
            Role::SocialWorker,
            Role::HealthWorker,
            Role::Volunteer,
        ]
        .iter()
        .any(|r| user.has(*r))
        {
            items.push(("/assistance/new", "nav-assistance"));
        }
        items.push(("/services", "nav-directory"));
        items.push(("/guide", "nav-guide"));
        if user.has(Role::Coordinator) {
            items.push(("/observatory", "nav-observatory"));
        }
        if user.has(Role::Coordinator) || user.has(Role::Admin) {
            items.push(("/teams", "nav-teams"));
            items.push(("/directory/imports", "nav-directory-imports"));
            items.push(("/staff/disconnect", "nav-disconnect"));
        }
        if user.has(Role::Coordinator) {
            items.push(("/settings/response-times", "nav-response-times"));
            items.push(("/settings/topics", "nav-topics"));
            items.push(("/settings/templates", "nav-templates"));
        }
        if user.has(Role::Dpo) || user.has(Role::Admin) {
            items.push(("/access-rights", "nav-access-rights"));
        }
        if user.has(Role::Dpo) {
            items.push(("/dpo/retention", "nav-retention"));
            items.push(("/dpo/access-log", "nav-access-log"));
            items.push(("/dpo/break-glass", "nav-break-glass"));
        }
        if user.has(Role::Admin) {
            items.push(("/admin/users", "nav-accounts"));
            items.push(("/admin/sites", "nav-sites"));
            items.push(("/admin/services", "nav-services"));
            items.push(("/admin/organisation", "nav-organisation"));
        }
        items.push(("/account", "nav-account"));
        let path = self.ctx.path.as_str();
        items
            .into_iter()
            .map(|(href, key)| NavItem {
                href,
                label: self.t(key),
                current: path == href || (href != "/home" && path.starts_with(&format!("{href}/"))),
            })
            .collect()
    }

    pub fn lang_links(&self) -> Vec<LangLink> {
        Lang::ALL
            .into_iter()
            .map(|l| LangLink {
                code: l.code(),
                name: l.endonym(),
                href: format!("{}?lang={}", self.ctx.path, l.code()),
                current: l == self.ctx.lang(),
            })
            .collect()
    }
}

pub use guichet_words::labels::role_key;

pub fn render(status: StatusCode, t: &impl Template) -> Response {
    match t.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorTpl {
    pub p: Page,
    pub message: String,
    pub status: u16,
    /// A way forward besides the home page: `(href, label)`.
    pub link: Option<(String, String)>,
}

/// A plain page explaining what went wrong and where to go next.
pub fn error_page(ctx: &Ctx, status: StatusCode, message_key: &str) -> Response {
    let tpl = ErrorTpl {
        p: Page::new(ctx, "error-title"),
        message: ctx.t(message_key),
        status: status.as_u16(),
        link: None,
    };
    render(status, &tpl)
}

/// The same page, its message given a number of seconds (`$seconds`).
pub fn error_page_with_args(
    ctx: &Ctx,
    status: StatusCode,
    message_key: &str,
    seconds: i64,
) -> Response {
    let tpl = ErrorTpl {
        p: Page::new(ctx, "error-title"),
        message: ctx.tr.tn(message_key, "seconds", seconds),
        status: status.as_u16(),
        link: None,
    };
    render(status, &tpl)
}

/// The same page with one more link (e.g. opening a file with a reason).
pub fn error_page_with_link(
    ctx: &Ctx,
    status: StatusCode,
    message_key: &str,
    href: String,
    label_key: &str,
) -> Response {
    let tpl = ErrorTpl {
        p: Page::new(ctx, "error-title"),
        message: ctx.t(message_key),
        status: status.as_u16(),
        link: Some((href, ctx.t(label_key))),
    };
    render(status, &tpl)
}

/// One choice of a select or a group of checkboxes.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

/// The values of a vocabulary as choices: `code` names each in the form, `key` gives its
/// words.
pub fn vocab_choices<T: Copy>(
    ctx: &crate::ctx::Ctx,
    all: &[T],
    code: impl Fn(T) -> &'static str,
    key: impl Fn(T) -> &'static str,
    chosen: &[String],
) -> Vec<Choice> {
    all.iter()
        .map(|x| {
            let c = code(*x);
            Choice {
                value: c.into(),
                label: ctx.t(key(*x)),
                checked: chosen.iter().any(|v| v == c),
            }
        })
        .collect()
}

/// The teams as choices of a select, `selected` being the chosen team's id.
pub fn team_choices(teams: &[guichet_store::org::Team], selected: &str) -> Vec<Choice> {
    teams
        .iter()
        .map(|t| Choice {
            value: t.id.to_string(),
            label: t.label(),
            checked: selected == t.id.to_string(),
        })
        .collect()
}

/// A field of a form that arrived with invisible control characters.
pub struct ScreenedField {
    /// The anchor of its line on the review page.
    pub anchor: String,
    pub label: String,
    pub message: String,
    /// The value with the control characters taken out (empty for a password).
    pub cleaned: String,
}

#[derive(Template)]
#[template(path = "input_review.html")]
pub struct InputReviewTpl {
    pub p: Page,
    pub action: String,
    pub changed: Vec<ScreenedField>,
    /// Every field to send again: `(name, cleaned value)`, passwords left out.
    pub carried: Vec<(String, String)>,
    /// Password fields, asked again.
    pub passwords: Vec<String>,
}

/// A label for a field known by its name, for the review page; the field's own
/// words when its name is not one of the usual ones.
fn field_label_key(name: &str) -> Option<&'static str> {
    Some(match name {
        "username" => "login-username",
        "given_names" => "person-given-names",
        "family_name" => "person-family-name",
        "usual_name" => "person-usual-name",
        "phone" | "number" => "person-phone",
        "phone_holder" | "holder" => "person-phone-holder",
        "email" | "address" => "person-email",
        "street" => "address-street",
        "municipality" => "site-municipality",
        "contact_address" => "address-contact",
        "trusted_third" => "contact-trusted-third",
        "reason" => "break-glass-reason",
        "q" => "persons-search-label",
        _ => return None,
    })
}

fn is_password_field(name: &str) -> bool {
    name.contains("password")
}

/// The page shown instead of a form's usual answer when some of its fields held
/// control characters: what was taken out of which field, and the whole form ready to
/// be sent again without them (passwords typed again). Nothing typed is lost.
pub fn input_review(ctx: &Ctx, action: &str, fields: &[(String, String)]) -> Response {
    use guichet_domain::text::{has_forbidden_control, without_controls};
    let mut changed = Vec::new();
    let mut carried = Vec::new();
    let mut passwords = Vec::new();
    for (i, (name, value)) in fields.iter().enumerate() {
        if name == "csrf_token" {
            continue;
        }
        let name = &without_controls(name).0;
        let password = is_password_field(name);
        if password && !passwords.contains(name) {
            passwords.push(name.clone());
        }
        let (cleaned, removed) = without_controls(value);
        if has_forbidden_control(value) {
            let label = match field_label_key(name) {
                Some(k) => ctx.t(k),
                None => format!("« {} »", cleaned.chars().take(40).collect::<String>()),
            };
            changed.push(ScreenedField {
                anchor: format!("field-{i}"),
                message: ctx.tr.t1n(
                    "input-review-removed",
                    ("field", &label),
                    ("count", removed as i64),
                ),
                label,
                cleaned: if password {
                    String::new()
                } else {
                    cleaned.clone()
                },
            });
        }
        if !password {
            carried.push((name.clone(), cleaned));
        }
    }
    let tpl = InputReviewTpl {
        p: Page {
            title: ctx.t("input-review-title"),
            ctx: ctx.clone(),
            has_errors: true,
        },
        action: action.to_owned(),
        changed,
        carried,
        passwords,
    };
    render(StatusCode::UNPROCESSABLE_ENTITY, &tpl)
}

/// A file guichet made, that no cache keeps: `disposition` "inline" (opened in the
/// browser's viewer) or "attachment" (downloaded).
pub fn file_response(
    body: impl IntoResponse,
    content_type: &'static str,
    disposition: &str,
    filename: &str,
) -> Response {
    let mut res = (StatusCode::OK, body).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&format!("{disposition}; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// A PDF to open in the browser's viewer and print.
pub fn pdf_response(pdf: Vec<u8>, filename: &str) -> Response {
    file_response(pdf, "application/pdf", "inline", filename)
}

/// An .ics file as a download.
pub fn ics_response(file: String, filename: &str) -> Response {
    file_response(file, "text/calendar; charset=utf-8", "attachment", filename)
}
