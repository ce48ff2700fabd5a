//! The institution's tool guide and its peer coaches (issue 18, journey J10): the list of
//! tools with its search and review reminders, a tool's page, its printout, the how-to
//! form with its screenshot, and the colleagues who help others. Every signed-in staff
//! member reads, writes how-tos and volunteers; coordinators and administrators keep the
//! tools' pages (checked again in the desk and the store).

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{value, Errors};
use crate::views::{pdf_response, render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::guide::{self as desk, ToolLine, ToolPage};
use guichet_desk::DeskError;
use guichet_domain::guide::{
    Field, ImageError, NewHowto, Problem, Subject, ToolFields, DEFAULT_REVIEW_MONTHS,
};
use guichet_store::guide::{Coach, Howto};
use guichet_words::labels::competence_key;
use serde::Deserialize;

/// Room for a 1 MB image and the form around it; a larger image is read to this limit
/// and refused with its reason.
pub const MAX_HOWTO_UPLOAD: usize = 2 * 1024 * 1024;

/// "1.1 Browsing, searching…": a DigComp competence's code and name (the words the
/// self-assessment uses too); anything else as it is.
fn competence_name(ctx: &Ctx, code: &str) -> String {
    if guichet_domain::digcomp::COMPETENCES.contains(&code) {
        format!("{code} {}", ctx.t(competence_key(code)))
    } else {
        code.to_owned()
    }
}

fn day_words(ctx: &Ctx, d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| guichet_words::date_in_words(&ctx.tr, d))
        .unwrap_or_else(|| "–".to_owned())
}

fn when_words(ctx: &Ctx, at: i64) -> String {
    chrono::DateTime::from_timestamp(at, 0)
        .map(|t| guichet_words::date_in_words(&ctx.tr, guichet_domain::clock::brussels(t).date()))
        .unwrap_or_default()
}

fn problem_words(ctx: &Ctx, field: Field, problem: Problem) -> String {
    ctx.t(match (field, problem) {
        (_, Problem::TooLong) => "guide-error-too-long",
        (_, Problem::NotAPeriod) => "guide-error-months",
        (_, Problem::Image(ImageError::TooLarge)) => "guide-error-image-size",
        (_, Problem::Image(ImageError::NotAnImage)) => "guide-error-image-type",
        (_, Problem::AltMissing) => "guide-error-alt-missing",
        (Field::Name, Problem::Missing) => "guide-error-name-missing",
        (Field::Purpose, Problem::Missing) => "guide-error-purpose-missing",
        (Field::WhoToAsk, Problem::Missing) => "guide-error-who-missing",
        (Field::Title, Problem::Missing) => "guide-error-title-missing",
        (_, Problem::Missing) => "guide-error-body-missing",
    })
}

fn field_id(field: Field) -> &'static str {
    match field {
        Field::Name => "name",
        Field::Purpose => "purpose",
        Field::WhoToAsk => "who_to_ask",
        Field::ReviewMonths => "review_months",
        Field::Title => "title",
        Field::Body => "body",
        Field::Image => "image",
        Field::Alt => "alt",
    }
}

fn errors_of(ctx: &Ctx, problems: &[(Field, Problem)]) -> Errors {
    let mut errors = Errors::default();
    for (f, p) in problems {
        errors.push_first(field_id(*f), problem_words(ctx, *f, *p));
    }
    errors
}

/// A line of the guide as the page shows it.
pub struct LineView {
    pub id: i64,
    pub name: String,
    pub purpose: String,
    pub reviewed: String,
    pub due: bool,
}

fn line_view(ctx: &Ctx, l: &ToolLine) -> LineView {
    LineView {
        id: l.tool.id,
        name: l.tool.name.clone(),
        purpose: l.tool.purpose.clone(),
        reviewed: day_words(ctx, l.reviewed_on),
        due: l.review_due,
    }
}

/// What was typed in the tool form.
#[derive(Default)]
pub struct ToolForm {
    pub name: String,
    pub purpose: String,
    pub who_to_ask: String,
    pub review_months: String,
}

impl ToolForm {
    fn read(body: &[u8]) -> Self {
        Self {
            name: value(body, "name"),
            purpose: value(body, "purpose"),
            who_to_ask: value(body, "who_to_ask"),
            review_months: value(body, "review_months"),
        }
    }

    fn parse(&self) -> Result<ToolFields, Vec<(Field, Problem)>> {
        ToolFields::parse(
            &self.name,
            &self.purpose,
            &self.who_to_ask,
            &self.review_months,
        )
    }
}

#[derive(Template)]
#[template(path = "guide.html")]
struct GuideTpl {
    p: Page,
    errors: Errors,
    q: String,
    lines: Vec<LineView>,
    due: i64,
    may_keep: bool,
    f: ToolForm,
}

#[derive(Deserialize, Default)]
pub struct SearchForm {
    #[serde(default)]
    q: String,
}

async fn guide_page(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    q: String,
    f: ToolForm,
    errors: Errors,
) -> Response {
    let q: String = q.chars().take(200).collect();
    let lines = match desk::guide(&state.desk(), &me.actor, &q).await {
        Ok(l) => l,
        Err(e) => return unavailable(ctx, e),
    };
    let status = errors.status();
    render(
        status,
        &GuideTpl {
            p: Page::new(ctx, "guide-title").with_errors(&errors),
            errors,
            due: lines.iter().filter(|l| l.review_due).count() as i64,
            lines: lines.iter().map(|l| line_view(ctx, l)).collect(),
            q,
            may_keep: me.actor.may_keep_tool_guide(),
            f,
        },
    )
}

/// `GET /guide`: the tools, searched with `?q=`.
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<SearchForm>,
) -> Response {
    let f = ToolForm {
        review_months: DEFAULT_REVIEW_MONTHS.to_string(),
        ..ToolForm::default()
    };
    guide_page(&state, &ctx, &me, q.q, f, Errors::default()).await
}

/// `POST /guide/tools`: adds a tool's page.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    if !me.actor.may_keep_tool_guide() {
        return unavailable(&ctx, DeskError::NotAllowed);
    }
    let f = ToolForm::read(&body);
    let fields = match f.parse() {
        Ok(t) => t,
        Err(problems) => {
            let errors = errors_of(&ctx, &problems);
            return guide_page(&state, &ctx, &me, String::new(), f, errors).await;
        }
    };
    match desk::create_tool(&state.desk(), &me.actor, &fields).await {
        Ok(id) => Redirect::to(&format!("/guide/tools/{id}")).into_response(),
        Err(e) => unavailable(&ctx, e),
    }
}

pub struct HowtoView {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub byline: String,
    pub images: Vec<(i64, String)>,
}

fn howto_view(ctx: &Ctx, h: &Howto) -> HowtoView {
    let when = when_words(ctx, h.written_at);
    HowtoView {
        id: h.id,
        title: h.title.clone(),
        body: h.body.clone(),
        byline: match &h.author {
            Some(a) => ctx
                .tr
                .targs("guide-howto-by", &[("name", a), ("date", &when)]),
            None => ctx.tr.t1("guide-howto-on", "date", &when),
        },
        images: h.images.iter().map(|i| (i.id, i.alt.clone())).collect(),
    }
}

pub struct CoachView {
    pub name: String,
    pub teams: String,
    pub email: Option<String>,
}

fn coach_view(c: &Coach) -> CoachView {
    CoachView {
        name: c.name.clone(),
        teams: c.teams.join(", "),
        email: c.email.clone(),
    }
}

#[derive(Template)]
#[template(path = "guide_tool.html")]
struct ToolTpl {
    p: Page,
    id: i64,
    purpose: String,
    who_to_ask: String,
    reviewed: String,
    due_on: String,
    due: bool,
    archived: bool,
    howtos: Vec<HowtoView>,
    coaches: Vec<CoachView>,
    i_coach: bool,
    may_keep: bool,
    notice: String,
}

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: String,
}

/// `GET /guide/tools/{id}`.
pub async fn tool(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<i64>,
    Query(done): Query<Done>,
) -> Response {
    let page = match desk::tool_page(&state.desk(), &me.actor, id).await {
        Ok(p) => p,
        Err(DeskError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    let notice = match done.done.as_str() {
        "howto" => ctx.t("guide-done-howto"),
        "reviewed" => ctx.t("guide-done-reviewed"),
        "saved" => ctx.t("guide-done-saved"),
        "coach" => ctx.t("guide-done-coach"),
        "withdrawn" => ctx.t("guide-done-withdrawn"),
        _ => String::new(),
    };
    let ToolPage {
        line,
        howtos,
        coaches,
        i_coach,
    } = page;
    render(
        StatusCode::OK,
        &ToolTpl {
            p: Page::titled(&ctx, line.tool.name.clone()),
            id,
            purpose: line.tool.purpose.clone(),
            who_to_ask: line.tool.who_to_ask.clone(),
            reviewed: day_words(&ctx, line.reviewed_on),
            due_on: day_words(&ctx, line.due_on),
            due: line.review_due,
            archived: line.tool.archived,
            howtos: howtos.iter().map(|h| howto_view(&ctx, h)).collect(),
            coaches: coaches.iter().map(coach_view).collect(),
            i_coach,
            may_keep: me.actor.may_keep_tool_guide(),
            notice,
        },
    )
}

#[derive(Template)]
#[template(path = "guide_edit.html")]
struct EditTpl {
    p: Page,
    errors: Errors,
    id: i64,
    archived: bool,
    f: ToolForm,
}

fn edit_page(
    ctx: &Ctx,
    id: i64,
    name: &str,
    archived: bool,
    f: ToolForm,
    errors: Errors,
) -> Response {
    let status = errors.status();
    render(
        status,
        &EditTpl {
            p: Page::titled(ctx, ctx.tr.t1("guide-edit-title", "tool", name)).with_errors(&errors),
            errors,
            id,
            archived,
            f,
        },
    )
}

/// `GET /guide/tools/{id}/edit`.
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<i64>,
) -> Response {
    let page = match desk::tool_page(&state.desk(), &me.actor, id).await {
        Ok(p) => p,
        Err(DeskError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    let t = page.line.tool;
    let f = ToolForm {
        name: t.name.clone(),
        purpose: t.purpose,
        who_to_ask: t.who_to_ask,
        review_months: t.review_months.to_string(),
    };
    edit_page(&ctx, id, &t.name, t.archived, f, Errors::default())
}

/// `POST /guide/tools/{id}/edit`.
pub async fn edit_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<i64>,
    body: Bytes,
) -> Response {
    if !me.actor.may_keep_tool_guide() {
        return unavailable(&ctx, DeskError::NotAllowed);
    }
    let page = match desk::tool_page(&state.desk(), &me.actor, id).await {
        Ok(p) => p,
        Err(DeskError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    let f = ToolForm::read(&body);
    let fields = match f.parse() {
        Ok(t) => t,
        Err(problems) => {
            let errors = errors_of(&ctx, &problems);
            let t = &page.line.tool;
            return edit_page(&ctx, id, &t.name, t.archived, f, errors);
        }
    };
    match desk::edit_tool(&state.desk(), &me.actor, id, &fields).await {
        Ok(()) => Redirect::to(&format!("/guide/tools/{id}?done=saved")).into_response(),
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// `POST /guide/tools/{id}/reviewed`.
pub async fn reviewed(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<i64>,
) -> Response {
    match desk::mark_reviewed(&state.desk(), &me.actor, id).await {
        Ok(()) => Redirect::to(&format!("/guide/tools/{id}?done=reviewed")).into_response(),
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// `POST /guide/tools/{id}/archive`: `archived=1` archives, anything else brings it back.
pub async fn archive(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<i64>,
    body: Bytes,
) -> Response {
    let archived = value(&body, "archived") == "1";
    match desk::set_archived(&state.desk(), &me.actor, id, archived).await {
        Ok(()) => Redirect::to(&format!("/guide/tools/{id}?done=saved")).into_response(),
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

#[derive(Template)]
#[template(path = "guide_howto.html")]
struct HowtoTpl {
    p: Page,
    errors: Errors,
    id: i64,
    title: String,
    body: String,
    alt: String,
}

async fn tool_name(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    id: i64,
) -> Result<ToolPage, Response> {
    match desk::tool_page(&state.desk(), &me.actor, id).await {
        Ok(p) if !p.line.tool.archived => Ok(p),
        Ok(_) | Err(DeskError::NotFound) => Err(not_found(ctx)),
        Err(e) => Err(unavailable(ctx, e)),
    }
}

fn howto_page(ctx: &Ctx, id: i64, tool: &str, typed: Typed, errors: Errors) -> Response {
    let status = errors.status();
    render(
        status,
        &HowtoTpl {
            p: Page::titled(ctx, ctx.tr.t1("guide-howto-new-title", "tool", tool))
                .with_errors(&errors),
            errors,
            id,
            title: typed.title,
            body: typed.body,
            alt: typed.alt,
        },
    )
}

/// `GET /guide/tools/{id}/howtos/new`.
pub async fn howto_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<i64>,
) -> Response {
    match tool_name(&state, &ctx, &me, id).await {
        Ok(p) => howto_page(
            &ctx,
            id,
            &p.line.tool.name,
            Typed::default(),
            Errors::default(),
        ),
        Err(r) => r,
    }
}

/// What the how-to form sent.
#[derive(Default)]
struct Typed {
    title: String,
    body: String,
    alt: String,
    image: Option<Vec<u8>>,
    too_large: bool,
}

fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Reads the how-to form: a file upload (`multipart/form-data`, its token in the action)
/// or a plain form without an image.
async fn read_howto(state: &AppState, req: Request) -> Typed {
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("multipart/form-data"));
    let mut typed = Typed::default();
    if !multipart {
        let Ok(body) = Bytes::from_request(req, state).await else {
            return typed;
        };
        typed.title = value(&body, "title");
        typed.body = value(&body, "body");
        typed.alt = value(&body, "alt");
        return typed;
    }
    let Ok(mut form) = Multipart::from_request(req, state).await else {
        return typed;
    };
    loop {
        let field = match form.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(_) => {
                typed.too_large = true;
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_owned();
        let Ok(bytes) = field.bytes().await else {
            typed.too_large = true;
            break;
        };
        match name.as_str() {
            "title" => typed.title = text_of(&bytes),
            "body" => typed.body = text_of(&bytes),
            "alt" => typed.alt = text_of(&bytes),
            "image" if !bytes.is_empty() => typed.image = Some(bytes.to_vec()),
            _ => {}
        }
    }
    // No field may carry a control character (as the plain forms, checked in the
    // middleware): they are taken out of what was typed, which comes back to be seen.
    for v in [&mut typed.title, &mut typed.body, &mut typed.alt] {
        *v = guichet_domain::text::without_controls(v).0;
    }
    typed
}

/// `POST /guide/tools/{id}/howtos/new`: adds the how-to and its image, or shows the form
/// again with every value typed and what to correct (nothing saved).
pub async fn howto_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<i64>,
    req: Request,
) -> Response {
    let page = match tool_name(&state, &ctx, &me, id).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let typed = read_howto(&state, req).await;
    let parsed = NewHowto::parse(
        &typed.title,
        &typed.body,
        typed.image.as_deref(),
        &typed.alt,
        typed.too_large,
    );
    let howto = match parsed {
        Ok(h) => h,
        Err(problems) => {
            let errors = errors_of(&ctx, &problems);
            return howto_page(&ctx, id, &page.line.tool.name, typed, errors);
        }
    };
    match desk::add_howto(&state.desk(), &me.actor, id, &howto).await {
        Ok(h) => Redirect::to(&format!("/guide/tools/{id}?done=howto#howto-{h}")).into_response(),
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// `GET /guide/images/{id}`: the image's bytes, with the content type checked on upload.
pub async fn image(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<i64>,
) -> Response {
    match desk::image(&state.desk(), &me.actor, id).await {
        Ok((content_type, bytes)) => {
            // Only the two types checked on upload are ever served as images.
            let kind = guichet_domain::guide::ImageType::from_mime(&content_type)
                .map_or("application/octet-stream", |t| t.mime());
            let mut res = (StatusCode::OK, bytes).into_response();
            let h = res.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
            h.insert(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// A how-to's image inside an SVG (the document's charts are SVG), at its own proportions;
/// `None` when it cannot be read (the printout then names it by its text only).
async fn image_svg(state: &AppState, me: &crate::ctx::SignedIn, id: i64) -> Option<String> {
    use base64::Engine;
    let (content_type, bytes) = desk::image(&state.desk(), &me.actor, id).await.ok()?;
    let kind = guichet_domain::guide::ImageType::from_mime(&content_type)?;
    let (w, h) = guichet_domain::guide::image_size(&bytes)?;
    if w == 0 || h == 0 {
        return None;
    }
    let data = base64::engine::general_purpose::STANDARD.encode(&bytes);
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
         viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\"><image width=\"{w}\" height=\"{h}\" \
         xlink:href=\"data:{};base64,{data}\"/></svg>",
        kind.mime()
    ))
}

/// `GET /guide/tools/{id}/print`: the tool's page as a PDF, its images with their text
/// below them.
pub async fn print(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<i64>,
) -> Response {
    use guichet_letters::Block;
    let page = match desk::tool_page(&state.desk(), &me.actor, id).await {
        Ok(p) => p,
        Err(DeskError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    let organisation = match guichet_store::org::organisation_name(&state.db).await {
        Ok(n) => n.unwrap_or_default(),
        Err(e) => return unavailable(&ctx, e),
    };
    let tool = &page.line.tool;
    let mut blocks = vec![
        Block::Heading {
            text: ctx.t("guide-purpose"),
        },
        Block::Paragraph {
            text: tool.purpose.clone(),
        },
        Block::Heading {
            text: ctx.t("guide-who-to-ask"),
        },
        Block::Paragraph {
            text: tool.who_to_ask.clone(),
        },
    ];
    if !page.coaches.is_empty() {
        blocks.push(Block::Heading {
            text: ctx.t("guide-coaches-heading"),
        });
        for c in page.coaches.iter().map(coach_view) {
            let mut text = c.name;
            if !c.teams.is_empty() {
                text.push_str(&format!(" ({})", c.teams));
            }
            if let Some(e) = c.email {
                text.push_str(&format!(" – {e}"));
            }
            blocks.push(Block::Paragraph { text });
        }
    }
    for h in &page.howtos {
        let v = howto_view(&ctx, h);
        blocks.push(Block::Heading { text: v.title });
        for para in v
            .body
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            blocks.push(Block::Paragraph {
                text: para.to_owned(),
            });
        }
        for (img, alt) in &v.images {
            if let Some(svg) = image_svg(&state, &me, *img).await {
                blocks.push(Block::Chart {
                    svg,
                    alt: alt.clone(),
                });
            }
            blocks.push(Block::Paragraph {
                text: ctx
                    .tr
                    .t1("guide-pdf-image", "alt", alt.trim_end_matches(['.', ' '])),
            });
        }
        blocks.push(Block::Paragraph { text: v.byline });
    }
    let reviewed = day_words(&ctx, page.line.reviewed_on);
    let doc = guichet_letters::Document {
        lang: ctx.lang().code().to_owned(),
        title: tool.name.clone(),
        subtitle: ctx.tr.t1("guide-pdf-subtitle", "date", &reviewed),
        blocks,
        footer: organisation,
    };
    let name = tool.name.clone();
    match crate::printing::lay_out(&ctx, &name, None, move || {
        guichet_letters::render_document(&doc)
    })
    .await
    {
        Ok(bytes) => pdf_response(bytes, &format!("guide-{id}.pdf")),
        Err(page) => page,
    }
}

/// `POST /guide/coach`: the signed-in staff member volunteers for `subject` (`tool:<id>`
/// or a competence code), or withdraws with `withdraw=1`.
pub async fn coach(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let code = value(&body, "subject");
    let on = value(&body, "withdraw") != "1";
    let Some(subject) = Subject::parse(&code) else {
        return coaches_page(&state, &ctx, &me, "", {
            let mut e = Errors::default();
            e.push("subject", ctx.t("guide-error-subject"));
            e
        })
        .await;
    };
    match desk::volunteer(&state.desk(), &me.actor, &subject, on).await {
        Ok(()) => {
            let done = if on { "coach" } else { "withdrawn" };
            match subject {
                Subject::Tool(id) => {
                    Redirect::to(&format!("/guide/tools/{id}?done={done}#coaches")).into_response()
                }
                Subject::Competence(_) => {
                    Redirect::to(&format!("/guide/coaches?done={done}")).into_response()
                }
            }
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

pub struct GroupView {
    pub title: String,
    pub href: String,
    pub coaches: Vec<CoachView>,
}

pub struct MineView {
    pub code: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "guide_coaches.html")]
struct CoachesTpl {
    p: Page,
    errors: Errors,
    notice: String,
    by_tool: Vec<GroupView>,
    by_competence: Vec<GroupView>,
    mine: Vec<MineView>,
    competences: Vec<Choice>,
}

async fn coaches_page(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    done: &str,
    errors: Errors,
) -> Response {
    let d = state.desk();
    let (all, mine) = match (
        desk::coaches(&d, &me.actor).await,
        desk::my_subjects(&d, &me.actor).await,
    ) {
        (Ok(a), Ok(m)) => (a, m),
        (Err(e), _) | (_, Err(e)) => return unavailable(ctx, e),
    };
    let notice = match done {
        "coach" => ctx.t("guide-done-coach"),
        "withdrawn" => ctx.t("guide-done-withdrawn"),
        _ => String::new(),
    };
    let tool_name = |code: &str| {
        all.by_tool
            .iter()
            .find(|(t, _)| Subject::Tool(t.id).code() == code)
            .map(|(t, _)| t.name.clone())
    };
    let mine_views = mine
        .iter()
        .filter_map(|code| {
            let label = if code.starts_with("tool:") {
                tool_name(code)?
            } else {
                competence_name(ctx, code)
            };
            Some(MineView {
                code: code.clone(),
                label,
            })
        })
        .collect();
    let status = errors.status();
    render(
        status,
        &CoachesTpl {
            p: Page::new(ctx, "guide-coaches-title").with_errors(&errors),
            errors,
            notice,
            by_tool: all
                .by_tool
                .iter()
                .map(|(t, c)| GroupView {
                    title: t.name.clone(),
                    href: format!("/guide/tools/{}", t.id),
                    coaches: c.iter().map(coach_view).collect(),
                })
                .collect(),
            by_competence: all
                .by_competence
                .iter()
                .map(|(code, c)| GroupView {
                    title: competence_name(ctx, code),
                    href: String::new(),
                    coaches: c.iter().map(coach_view).collect(),
                })
                .collect(),
            mine: mine_views,
            competences: guichet_domain::digcomp::COMPETENCES
                .iter()
                .filter(|c| !mine.iter().any(|m| m == *c))
                .map(|c| Choice {
                    value: (*c).to_owned(),
                    label: competence_name(ctx, c),
                    checked: false,
                })
                .collect(),
        },
    )
}

/// `GET /guide/coaches`: who helps with which tool and which competence.
pub async fn coaches(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(done): Query<Done>,
) -> Response {
    coaches_page(&state, &ctx, &me, &done.done, Errors::default()).await
}
