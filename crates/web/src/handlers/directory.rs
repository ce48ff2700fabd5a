//! The directory of local services (journey J5), open without sign-in: a person, a helper
//! at a public digital space or a worker searches, reads a service's page and prints an
//! orientation slip. Signed-in staff see the same pages with their navigation.

use super::{not_found, unavailable};
use crate::ctx::Ctx;
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use guichet_desk::directory::{
    self, checked_words, closure_words, language_names, service_view, when_words, Found, Search,
    ServiceView, LANGUAGES,
};
use guichet_desk::DeskError;
use guichet_domain::clock::brussels;
use guichet_domain::directory::vocab::DIGITAL_HELP;
use guichet_domain::directory::AccessMode;
use guichet_domain::topics;
use guichet_store::directory::Query as StoreQuery;
use guichet_words::Tr;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct SearchForm {
    #[serde(default)]
    q: String,
    #[serde(default)]
    topic: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    open_now: Option<String>,
    #[serde(default)]
    walk_in: Option<String>,
    #[serde(default)]
    free: Option<String>,
    #[serde(default)]
    wheelchair: Option<String>,
    #[serde(default)]
    page: Option<usize>,
    /// A person's file the worker came from to refer them (only its number: the page shows
    /// nothing of the file).
    #[serde(default, rename = "for")]
    for_person: Option<i64>,
}

impl SearchForm {
    fn searched(&self) -> bool {
        !self.q.trim().is_empty()
            || !self.topic.is_empty()
            || !self.place.trim().is_empty()
            || !self.language.is_empty()
            || self.open_now.is_some()
            || self.walk_in.is_some()
            || self.free.is_some()
            || self.wheelchair.is_some()
    }

    fn search(&self) -> Search {
        let place = self.place.trim().to_owned();
        let is_postcode = place.len() == 4 && place.chars().all(|c| c.is_ascii_digit());
        Search {
            query: StoreQuery {
                text: self.q.chars().take(200).collect(),
                topic: Some(self.topic.clone()).filter(|t| !t.is_empty()),
                // A postcode sorts nearest first and does not exclude the next village;
                // a municipality's name filters.
                place: (!is_postcode && !place.is_empty()).then(|| place.clone()),
                language: Some(self.language.clone()).filter(|t| !t.is_empty()),
                walk_in: self.walk_in.is_some(),
                free: self.free.is_some(),
                wheelchair: self.wheelchair.is_some(),
            },
            open_now: self.open_now.is_some(),
            near: is_postcode.then_some(place),
            page: self.page.unwrap_or(1),
        }
    }

    /// The query string of this search at another page.
    fn at_page(&self, page: usize) -> String {
        let mut parts: Vec<(String, String)> = vec![
            ("q".into(), self.q.clone()),
            ("topic".into(), self.topic.clone()),
            ("place".into(), self.place.clone()),
            ("language".into(), self.language.clone()),
        ];
        for (k, v) in [
            ("open_now", &self.open_now),
            ("walk_in", &self.walk_in),
            ("free", &self.free),
            ("wheelchair", &self.wheelchair),
        ] {
            if v.is_some() {
                parts.push((k.into(), "1".into()));
            }
        }
        if let Some(f) = self.for_person {
            parts.push(("for".into(), f.to_string()));
        }
        parts.push(("page".into(), page.to_string()));
        parts
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k}={}", urlencode(v)))
            .collect::<Vec<_>>()
            .join("&amp;")
    }
}

fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A result as the page shows it.
pub struct ResultView {
    pub id: i64,
    pub name: String,
    pub organization: String,
    pub place: String,
    pub when: String,
    pub open_now: bool,
    pub languages: Vec<(String, String)>,
    pub closure: Option<String>,
    pub stale: Option<String>,
    pub free: bool,
    pub wheelchair: bool,
    pub walk_in: bool,
}

fn place_of(f: &Found) -> String {
    match &f.listing.postal_code {
        Some(p) => p.clone(),
        None => String::new(),
    }
}

fn view(tr: &Tr, f: &Found, today: chrono::NaiveDate) -> ResultView {
    ResultView {
        id: f.listing.id,
        name: f.listing.name.clone(),
        organization: f.listing.organization_name.clone(),
        place: place_of(f),
        when: when_words(tr, f, today),
        open_now: f.open_now,
        languages: language_names(&f.listing.languages),
        closure: closure_words(tr, f),
        stale: checked_words(tr, f),
        free: f.listing.free,
        wheelchair: f.listing.wheelchair,
        walk_in: f
            .listing
            .access
            .iter()
            .any(|a| a == AccessMode::WalkIn.code()),
    }
}

pub struct TopicGroup {
    pub label: String,
    pub topics: Vec<Choice>,
}

fn topic_groups(tr: &Tr, selected: &str) -> Vec<TopicGroup> {
    let lang = tr.lang;
    let digital = TopicGroup {
        label: tr.t("dir-topics-digital"),
        topics: DIGITAL_HELP
            .iter()
            .map(|t| Choice {
                value: t.code.into(),
                label: t.label(lang).into(),
                checked: selected == t.code,
            })
            .collect(),
    };
    let other = TopicGroup {
        label: tr.t("dir-topics-social"),
        topics: topics::all()
            .iter()
            .filter(|t| t.is_category())
            .map(|t| Choice {
                value: t.code.into(),
                label: t.label(lang).into(),
                checked: selected == t.code,
            })
            .collect(),
    };
    vec![digital, other]
}

#[derive(Template)]
#[template(path = "directory.html")]
struct SearchTpl {
    p: Page,
    q: String,
    place: String,
    topic_groups: Vec<TopicGroup>,
    languages: Vec<Choice>,
    open_now: bool,
    walk_in: bool,
    free: bool,
    wheelchair: bool,
    searched: bool,
    total: i64,
    results: Vec<ResultView>,
    pages: usize,
    page_of: String,
    previous: Option<String>,
    next: Option<String>,
    /// Refer-here links go to this file, for a signed-in front-line worker.
    for_person: Option<i64>,
}

pub async fn search(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(form): Query<SearchForm>,
) -> Response {
    let searched = form.searched();
    let tr = &ctx.tr;
    let today = brussels(state.clock.now()).date();
    let (results, total, page, pages) = if searched {
        match directory::search(&state.desk(), &form.search()).await {
            Ok(r) => (
                r.items.iter().map(|f| view(tr, f, today)).collect(),
                r.total,
                r.page,
                r.pages,
            ),
            Err(e) => return unavailable(&ctx, e),
        }
    } else {
        (Vec::new(), 0, 1, 1)
    };
    let languages = LANGUAGES
        .iter()
        .map(|(c, n)| Choice {
            value: (*c).into(),
            label: (*n).into(),
            checked: form.language == *c,
        })
        .collect();
    render(
        StatusCode::OK,
        &SearchTpl {
            p: Page::new(&ctx, "dir-title"),
            q: form.q.clone(),
            place: form.place.clone(),
            topic_groups: topic_groups(tr, &form.topic),
            languages,
            open_now: form.open_now.is_some(),
            walk_in: form.walk_in.is_some(),
            free: form.free.is_some(),
            wheelchair: form.wheelchair.is_some(),
            searched,
            total: i64::try_from(total).unwrap_or(i64::MAX),
            results,
            pages,
            page_of: tr.t2("dir-page-of", ("page", page), ("pages", pages)),
            previous: (page > 1).then(|| form.at_page(page - 1)),
            next: (page < pages).then(|| form.at_page(page + 1)),
            for_person: form
                .for_person
                .filter(|_| ctx.user.as_ref().is_some_and(|u| u.actor.is_frontline())),
        },
    )
}

#[derive(Template)]
#[template(path = "directory_service.html")]
struct ServiceTpl {
    p: Page,
    s: ServiceView,
}

#[derive(Template)]
#[template(path = "directory_slip.html")]
struct SlipTpl {
    p: Page,
    s: ServiceView,
}

async fn detail(state: &AppState, ctx: &Ctx, id: i64) -> Result<ServiceView, Response> {
    let today = brussels(state.clock.now()).date();
    match directory::listing(&state.desk(), id).await {
        Ok(d) => Ok(service_view(&ctx.tr, &d, today)),
        Err(DeskError::NotFound) => Err(not_found(ctx)),
        Err(e) => Err(unavailable(ctx, e)),
    }
}

pub async fn service(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Response {
    match detail(&state, &ctx, id).await {
        Ok(s) => {
            let mut p = Page::new(&ctx, "dir-title");
            p.title.clone_from(&s.name);
            render(StatusCode::OK, &ServiceTpl { p, s })
        }
        Err(r) => r,
    }
}

/// The orientation slip, to print and hand over: what the person needs to go there.
pub async fn slip(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Response {
    match detail(&state, &ctx, id).await {
        Ok(s) => {
            let mut p = Page::new(&ctx, "dir-slip-title");
            p.title = ctx.tr.t1("dir-slip-of", "name", &s.name);
            render(StatusCode::OK, &SlipTpl { p, s })
        }
        Err(r) => r,
    }
}

/// A listing the worker's team runs was checked today: it leaves the home page's list
/// and shows its new date. One the worker's teams do not run changes nothing.
pub async fn checked(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::ctx::Staff(me): crate::ctx::Staff,
    Path(id): Path<String>,
) -> Response {
    use axum::response::{IntoResponse, Redirect};
    match directory::mark_checked(&state.desk(), &me.actor, &id).await {
        Ok(()) | Err(DeskError::NotFound) => Redirect::to("/home").into_response(),
        Err(e) => unavailable(&ctx, e),
    }
}
