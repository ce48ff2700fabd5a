//! A worker's private DigComp self-assessment and training log, and a team's anonymous
//! training needs for its coordinators (issue 18, journey J10). The rules are in
//! `guichet_domain::digcomp` and `guichet_domain::training`, the use cases in
//! `guichet_desk::skills`; every page here shows the signed-in worker's own rows only,
//! except `/team/skills`, which shows counts from five assessments and no name.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::{all_values, value, Errors};
use crate::views::{pdf_response, render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::skills::{self as desk, Saving};
use guichet_desk::DeskError;
use guichet_domain::digcomp::{
    area_of, Assessment, AssessmentError, AssessmentForm, Band, AREAS, COMPETENCES,
};
use guichet_domain::observatory::Cell;
use guichet_domain::training::{Field, Status, TrainingError, TrainingForm};
use guichet_domain::Lang;
use guichet_store::skills::TrainingRow;
use guichet_words::labels::competence_key;
use serde::Deserialize;

fn area_key(area: u8) -> &'static str {
    match area {
        1 => "skills-area-1",
        2 => "skills-area-2",
        3 => "skills-area-3",
        4 => "skills-area-4",
        _ => "skills-area-5",
    }
}

fn band_key(b: Band) -> &'static str {
    match b {
        Band::Foundation => "skills-band-foundation",
        Band::Intermediate => "skills-band-intermediate",
        Band::Advanced => "skills-band-advanced",
        Band::HighlySpecialised => "skills-band-highly-specialised",
    }
}

const BANDS: [Band; 4] = [
    Band::Foundation,
    Band::Intermediate,
    Band::Advanced,
    Band::HighlySpecialised,
];

/// The name of a subject: a competence ("1.1 Browsing…") or one of the tools.
fn subject_name(ctx: &Ctx, tools: &[(String, String)], code: &str) -> String {
    if COMPETENCES.contains(&code) {
        return format!("{code} {}", ctx.t(competence_key(code)));
    }
    tools
        .iter()
        .find(|(c, _)| c == code)
        .map_or_else(|| code.to_owned(), |(_, n)| n.clone())
}

/// The id of a subject's fieldset ("1.1" → "s-1-1", "tool:3" → "s-tool-3").
fn field_id(code: &str) -> String {
    format!("s-{}", code.replace(['.', ':'], "-"))
}

/// Mistakes by field id, for `_errors.html` (the field ids are made from codes).
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(Vec<(String, String)>);

impl FieldErrors {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn items(&self) -> &[(String, String)] {
        &self.0
    }
    fn get(&self, field: &str) -> &str {
        self.0
            .iter()
            .find(|(f, _)| f == field)
            .map_or("", |(_, m)| m.as_str())
    }
}

pub struct SubjectBlock {
    pub id: String,
    pub code: String,
    pub name: String,
    pub error: String,
    pub choices: Vec<Choice>,
    /// "I can coach colleagues on this" is ticked.
    pub coach: bool,
}

pub struct AreaBlock {
    pub name: String,
    pub subjects: Vec<SubjectBlock>,
}

/// One band of the summary: its name and the subjects rated in it.
pub struct BandLine {
    pub band: String,
    pub subjects: Vec<String>,
}

#[derive(Template)]
#[template(path = "skills.html")]
struct SkillsTpl {
    p: Page,
    errors: FieldErrors,
    notice: String,
    areas: Vec<AreaBlock>,
    tools: Vec<SubjectBlock>,
    summary: Vec<BandLine>,
}

fn block(
    ctx: &Ctx,
    tools: &[(String, String)],
    code: &str,
    (chosen, coach): (&str, bool),
    error: &str,
) -> SubjectBlock {
    let mut choices = vec![Choice {
        value: String::new(),
        label: ctx.t("skills-not-assessed"),
        checked: chosen.trim().is_empty(),
    }];
    for n in 1..=8u8 {
        let band = guichet_domain::digcomp::Level::new(n).map_or(Band::Foundation, |l| l.band());
        choices.push(Choice {
            value: n.to_string(),
            label: format!("{n} {}", ctx.t(band_key(band))),
            checked: chosen.trim() == n.to_string(),
        });
    }
    SubjectBlock {
        id: field_id(code),
        code: code.to_owned(),
        name: subject_name(ctx, tools, code),
        error: error.to_owned(),
        choices,
        coach,
    }
}

/// One's own levels by band, for the summary (empty bands left out).
fn summary(ctx: &Ctx, tools: &[(String, String)], a: &Assessment) -> Vec<BandLine> {
    BANDS
        .iter()
        .filter_map(|b| {
            let subjects: Vec<String> = a
                .levels
                .iter()
                .filter(|(_, l)| l.band() == *b)
                .map(|(c, l)| format!("{} ({})", subject_name(ctx, tools, c), l.get()))
                .collect();
            (!subjects.is_empty()).then(|| BandLine {
                band: ctx.t(band_key(*b)),
                subjects,
            })
        })
        .collect()
}

fn skills_page(
    ctx: &Ctx,
    mine: &desk::Mine,
    typed: Option<(&AssessmentForm, &[String])>,
    errors: FieldErrors,
    notice: String,
) -> Response {
    let chosen = |code: &str| -> (String, bool) {
        let coach = match typed {
            Some((_, ticked)) => ticked.iter().any(|t| t == code),
            None => mine.coaching.iter().any(|t| t == code),
        };
        let level = match typed {
            Some((f, _)) => f
                .ratings
                .iter()
                .find(|(c, _)| c == code)
                .map(|(_, v)| v.clone())
                .unwrap_or_default(),
            None => mine
                .assessment
                .levels
                .iter()
                .find(|(c, _)| c == code)
                .map(|(_, l)| l.get().to_string())
                .unwrap_or_default(),
        };
        (level, coach)
    };
    let areas = AREAS
        .iter()
        .map(|a| AreaBlock {
            name: ctx.t(area_key(*a)),
            subjects: COMPETENCES
                .iter()
                .filter(|c| area_of(c) == Some(*a))
                .map(|c| {
                    let (level, coach) = chosen(c);
                    block(
                        ctx,
                        &mine.tools,
                        c,
                        (&level, coach),
                        errors.get(&field_id(c)),
                    )
                })
                .collect(),
        })
        .collect();
    let tools = mine
        .tools
        .iter()
        .map(|(c, _)| {
            let (level, coach) = chosen(c);
            block(
                ctx,
                &mine.tools,
                c,
                (&level, coach),
                errors.get(&field_id(c)),
            )
        })
        .collect();
    let mut p = Page::new(ctx, "skills-title");
    p.has_errors = !errors.is_empty();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let tpl = SkillsTpl {
        summary: if errors.is_empty() {
            summary(ctx, &mine.tools, &mine.assessment)
        } else {
            Vec::new()
        },
        p,
        errors,
        notice,
        areas,
        tools,
    };
    render(status, &tpl)
}

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: String,
}

/// `GET /me/skills`: one's own self-assessment, and its summary by band.
pub async fn mine(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<Done>,
) -> Response {
    match desk::my_assessment(&state.desk(), &me.actor).await {
        Ok(mine) => {
            let notice = if q.done == "saved" {
                ctx.t("skills-saved")
            } else {
                String::new()
            };
            skills_page(&ctx, &mine, None, FieldErrors::default(), notice)
        }
        Err(e) => unavailable(&ctx, e),
    }
}

/// Every rating of the form as sent (any field but the form token): a field that is
/// not on the form is a mistake the domain names, not something silently dropped.
fn typed_assessment(body: &[u8]) -> AssessmentForm {
    AssessmentForm {
        ratings: form_urlencoded::parse(body)
            .filter(|(k, _)| k != "csrf_token" && k != COACH)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect(),
    }
}

/// The field of the "I can coach colleagues on this" boxes (one value per subject).
const COACH: &str = "coach";

/// `POST /me/skills`: replaces one's own self-assessment, or gives the form back with
/// every mistake and every value as chosen.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let typed = typed_assessment(&body);
    let coach = all_values(&body, COACH);
    match desk::save_assessment(&state.desk(), &me.actor, &typed, &coach).await {
        Ok(Saving::Saved) => Redirect::to("/me/skills?done=saved#summary").into_response(),
        Ok(Saving::Invalid(list)) => {
            let mine = match desk::my_assessment(&state.desk(), &me.actor).await {
                Ok(m) => m,
                Err(e) => return unavailable(&ctx, e),
            };
            let mut errors = FieldErrors::default();
            for e in list {
                match e {
                    AssessmentError::NotALevel(code) => {
                        let name = subject_name(&ctx, &mine.tools, &code);
                        errors.0.push((
                            field_id(&code),
                            ctx.tr.t1("skills-error-level", "subject", name),
                        ));
                    }
                    AssessmentError::Unknown(_) => {
                        if !errors.0.iter().any(|(f, _)| f == "skills-form") {
                            errors
                                .0
                                .push(("skills-form".into(), ctx.t("skills-error-unknown")));
                        }
                    }
                }
            }
            skills_page(&ctx, &mine, Some((&typed, &coach)), errors, String::new())
        }
        Err(e) => unavailable(&ctx, e),
    }
}

pub struct NeedLine {
    pub name: String,
    pub count: String,
}

pub struct TeamBlock {
    pub name: String,
    /// `None`: fewer than five assessed themselves, nothing is shown.
    pub lines: Option<Vec<NeedLine>>,
}

#[derive(Template)]
#[template(path = "skills_team.html")]
struct TeamTpl {
    p: Page,
    teams: Vec<TeamBlock>,
}

/// `GET /team/skills`: for each team one coordinates, how many rated themselves in the
/// foundation band, per competence and tool; nothing under five assessments, no name.
pub async fn team(State(state): State<AppState>, ctx: Ctx, Staff(me): Staff) -> Response {
    let needs = match desk::team_needs(&state.desk(), &me.actor).await {
        Ok(n) => n,
        Err(e) => return unavailable(&ctx, e),
    };
    let teams = needs
        .teams
        .into_iter()
        .map(|t| TeamBlock {
            name: t.team,
            lines: t.needs.map(|cells| {
                cells
                    .iter()
                    .map(|(code, cell)| NeedLine {
                        name: subject_name(&ctx, &needs.tools, code),
                        count: match cell {
                            Cell::Shown(n) => n.to_string(),
                            Cell::Small => ctx.t("skills-needs-small"),
                            Cell::Masked => ctx.t("skills-needs-hidden"),
                        },
                    })
                    .collect()
            }),
        })
        .collect();
    render(
        StatusCode::OK,
        &TeamTpl {
            p: Page::new(&ctx, "skills-team-title"),
            teams,
        },
    )
}

pub struct TrainingLine {
    pub id: i64,
    pub day: String,
    pub title: String,
    pub provider: String,
    pub hours: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "skills_trainings.html")]
struct TrainingsTpl {
    p: Page,
    errors: Errors,
    notice: String,
    form: TrainingForm,
    statuses: Vec<Choice>,
    done: Vec<TrainingLine>,
    wished: Vec<TrainingLine>,
}

/// Hours as the language writes them ("7,5" in French and Dutch).
fn hours_in_words(lang: Lang, hours: &str) -> String {
    if lang == Lang::En {
        hours.to_owned()
    } else {
        hours.replace('.', ",")
    }
}

fn lines(ctx: &Ctx, rows: &[TrainingRow], status: Status) -> Vec<TrainingLine> {
    rows.iter()
        .filter(|r| r.status == status)
        .map(|r| TrainingLine {
            id: r.id,
            day: r
                .day
                .map(|d| guichet_words::date_in_words(&ctx.tr, d))
                .unwrap_or_default(),
            title: r.title.clone(),
            provider: r.provider.clone(),
            hours: hours_in_words(ctx.lang(), &r.hours),
            note: r.note.clone(),
        })
        .collect()
}

fn trainings_page(
    ctx: &Ctx,
    rows: &[TrainingRow],
    form: TrainingForm,
    errors: Errors,
    notice: String,
) -> Response {
    let statuses = Status::ALL
        .into_iter()
        .map(|s| Choice {
            value: s.code().to_owned(),
            label: ctx.t(match s {
                Status::Done => "skills-tr-status-done",
                Status::Wished => "skills-tr-status-wished",
            }),
            checked: form.status.trim() == s.code(),
        })
        .collect();
    let status = errors.status();
    let tpl = TrainingsTpl {
        p: Page::new(ctx, "skills-tr-title").with_errors(&errors),
        errors,
        notice,
        form,
        statuses,
        done: lines(ctx, rows, Status::Done),
        wished: lines(ctx, rows, Status::Wished),
    };
    render(status, &tpl)
}

/// `GET /me/trainings`: one's own training log and the form to add to it.
pub async fn trainings(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<Done>,
) -> Response {
    let rows = match desk::my_trainings(&state.desk(), &me.actor).await {
        Ok(r) => r,
        Err(e) => return unavailable(&ctx, e),
    };
    let notice = match q.done.as_str() {
        "added" => ctx.t("skills-tr-added"),
        "deleted" => ctx.t("skills-tr-deleted"),
        _ => String::new(),
    };
    trainings_page(
        &ctx,
        &rows,
        TrainingForm::default(),
        Errors::default(),
        notice,
    )
}

fn training_error(ctx: &Ctx, e: TrainingError) -> String {
    match e {
        TrainingError::StatusRequired => ctx.t("skills-tr-error-status"),
        TrainingError::TitleRequired => ctx.t("skills-tr-error-title"),
        TrainingError::TooLong { max } => ctx.tr.tn("skills-tr-error-long", "max", max as i64),
        TrainingError::Unreadable => ctx.t("skills-tr-error-unreadable"),
        TrainingError::DayRequired => ctx.t("skills-tr-error-day"),
        TrainingError::NotADate => ctx.t("skills-tr-error-date"),
        TrainingError::InTheFuture => ctx.t("skills-tr-error-future"),
        TrainingError::NotHours => ctx.t("skills-tr-error-hours"),
    }
}

/// `POST /me/trainings`: adds a line, or gives the form back with every typed value.
pub async fn add(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let form = TrainingForm {
        status: value(&body, Field::Status.code()),
        title: value(&body, Field::Title.code()),
        provider: value(&body, Field::Provider.code()),
        day: value(&body, Field::Day.code()),
        hours: value(&body, Field::Hours.code()),
        note: value(&body, Field::Note.code()),
    };
    match desk::add_training(&state.desk(), &me.actor, &form).await {
        Ok(Ok(_)) => Redirect::to("/me/trainings?done=added").into_response(),
        Ok(Err(list)) => {
            let rows = match desk::my_trainings(&state.desk(), &me.actor).await {
                Ok(r) => r,
                Err(e) => return unavailable(&ctx, e),
            };
            let mut errors = Errors::default();
            for (field, e) in list {
                errors.push_first(field.code(), training_error(&ctx, e));
            }
            trainings_page(&ctx, &rows, form, errors, String::new())
        }
        Err(e) => unavailable(&ctx, e),
    }
}

/// `POST /me/trainings/{id}/delete`: one's own line only; anyone else's is "not found".
pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return not_found(&ctx);
    };
    match desk::delete_training(&state.desk(), &me.actor, id).await {
        Ok(()) => Redirect::to("/me/trainings?done=deleted").into_response(),
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// A line of the printed log in one cell: its title, who gave it (and the note, for a
/// wish), so that the text is in the table's first, left-aligned column.
fn described(l: &TrainingLine, with_note: bool) -> String {
    let mut parts = vec![l.title.as_str()];
    if !l.provider.is_empty() {
        parts.push(&l.provider);
    }
    if with_note && !l.note.is_empty() {
        parts.push(&l.note);
    }
    parts.join(" — ")
}

#[derive(Deserialize, Default)]
pub struct PdfChoice {
    #[serde(default)]
    assessment: String,
}

/// `GET /me/trainings.pdf`: one's own training log to print, to support a request for
/// training time; one's self-assessment by band only when asked (`assessment=yes`).
pub async fn pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<PdfChoice>,
) -> Response {
    use guichet_letters::Block;
    let d = state.desk();
    let rows = match desk::my_trainings(&d, &me.actor).await {
        Ok(r) => r,
        Err(e) => return unavailable(&ctx, e),
    };
    let mine = if q.assessment == "yes" {
        match desk::my_assessment(&d, &me.actor).await {
            Ok(m) => Some(m),
            Err(e) => return unavailable(&ctx, e),
        }
    } else {
        None
    };
    let organisation = match guichet_store::org::organisation_name(&state.db).await {
        Ok(n) => n.unwrap_or_default(),
        Err(e) => return unavailable(&ctx, e),
    };
    let done = lines(&ctx, &rows, Status::Done);
    let wished = lines(&ctx, &rows, Status::Wished);
    let total: f64 = rows
        .iter()
        .filter(|r| r.status == Status::Done)
        .filter_map(|r| r.hours.parse::<f64>().ok())
        .sum();
    let none = || Block::Paragraph {
        text: ctx.t("skills-tr-none"),
    };
    let mut blocks = vec![Block::Heading {
        text: ctx.t("skills-tr-done-title"),
    }];
    blocks.push(if done.is_empty() {
        none()
    } else {
        Block::Table {
            header: vec![
                ctx.t("skills-tr-training"),
                ctx.t("skills-tr-day"),
                ctx.t("skills-tr-hours"),
            ],
            rows: done
                .iter()
                .map(|l| vec![described(l, false), l.day.clone(), l.hours.clone()])
                .collect(),
        }
    });
    blocks.push(Block::Heading {
        text: ctx.t("skills-tr-wished-title"),
    });
    blocks.push(if wished.is_empty() {
        none()
    } else {
        Block::Table {
            header: vec![ctx.t("skills-tr-training")],
            rows: wished.iter().map(|l| vec![described(l, true)]).collect(),
        }
    });
    if let Some(mine) = &mine {
        blocks.push(Block::Heading {
            text: ctx.t("skills-pdf-assessment"),
        });
        let order = |code: &str| {
            COMPETENCES
                .iter()
                .position(|c| *c == code)
                .or_else(|| {
                    mine.tools
                        .iter()
                        .position(|(c, _)| c == code)
                        .map(|i| 100 + i)
                })
                .unwrap_or(usize::MAX)
        };
        let mut levels = mine.assessment.levels.clone();
        levels.sort_by_key(|(c, _)| order(c));
        blocks.push(if levels.is_empty() {
            Block::Paragraph {
                text: ctx.t("skills-pdf-no-assessment"),
            }
        } else {
            Block::Table {
                header: vec![ctx.t("skills-pdf-subjects"), ctx.t("skills-pdf-band")],
                rows: levels
                    .iter()
                    .map(|(c, l)| {
                        vec![
                            subject_name(&ctx, &mine.tools, c),
                            format!("{} — {}", l.get(), ctx.t(band_key(l.band()))),
                        ]
                    })
                    .collect(),
            }
        });
    }
    blocks.push(Block::Heading {
        text: ctx.t("skills-pdf-request-title"),
    });
    let total = hours_in_words(ctx.lang(), &format!("{total}"));
    blocks.push(Block::Paragraph {
        text: ctx.tr.targs(
            "skills-pdf-request",
            &[
                ("name", &me.user.display_name),
                ("done", &done.len().to_string()),
                ("hours", &total),
                ("wished", &wished.len().to_string()),
            ],
        ),
    });
    let today = guichet_domain::clock::brussels(d.now()).date();
    let doc = guichet_letters::Document {
        lang: ctx.lang().code().to_owned(),
        title: ctx.tr.t1("skills-pdf-title", "name", &me.user.display_name),
        subtitle: ctx.tr.t1(
            "skills-pdf-subtitle",
            "date",
            guichet_words::date_in_words(&ctx.tr, today),
        ),
        blocks,
        footer: organisation,
    };
    let name = ctx.t("skills-tr-title");
    match crate::printing::lay_out(&ctx, &name, Some("/me/trainings".into()), move || {
        guichet_letters::render_document(&doc)
    })
    .await
    {
        Ok(bytes) => pdf_response(bytes, "training-log.pdf"),
        Err(page) => page,
    }
}
