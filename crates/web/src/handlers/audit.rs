//! The participatory audit (journey J7): the rounds of one's teams, a round's results as
//! a chart with the same numbers in a table, the questionnaire (online for members, or
//! on the public page `/audit/code` with a paper code), the coordinator's codes and
//! closing, and the team's action plan. The rules live in the domain and the desk
//! (`guichet_desk::audit`); this module parses forms and renders what the desk says.

use super::{not_found, unavailable};
use crate::charts::{Chart, Row, Value};
use crate::ctx::{Ctx, Staff};
use crate::forms::value;
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::audit::{
    self as desk, change_in_words, recommendation_key, score_in_words, statement_key, theme_key,
    Answering, CodeCheck, CodesError, OpenError,
};
use guichet_desk::DeskError;
use guichet_domain::audit::{
    AnswerError, AnswerForm, CodeError, PlanError, PlanField, PlanLineForm, Results, Theme,
    ThemeScore, TitleError, CHOICES, MIN_ANSWERS,
};
use guichet_store::audit::Round;
use serde::Deserialize;

/// Mistakes of a form, each with the id of its field (statement codes, plan lines…):
/// what `_errors.html` and the fields need.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(Vec<(String, String)>);

impl FieldErrors {
    fn push(&mut self, field: impl Into<String>, message: String) {
        self.0.push((field.into(), message));
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn items(&self) -> &[(String, String)] {
        &self.0
    }
    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|(f, _)| f == field)
    }
    pub fn get(&self, field: &str) -> &str {
        self.0
            .iter()
            .find(|(f, _)| f == field)
            .map_or("", |(_, m)| m.as_str())
    }
    fn status(&self) -> StatusCode {
        if self.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        }
    }
}

fn page(ctx: &Ctx, title: String, errors: &FieldErrors) -> Page {
    let mut p = Page::titled(ctx, title);
    p.has_errors = !errors.is_empty();
    p
}

fn failed(ctx: &Ctx, e: DeskError) -> Response {
    match e {
        DeskError::NotFound => not_found(ctx),
        e => unavailable(ctx, e),
    }
}

fn date(ctx: &Ctx, d: chrono::NaiveDate) -> String {
    guichet_words::date_in_words(&ctx.tr, d)
}

fn status_of(ctx: &Ctx, r: &Round) -> String {
    match r.closed_on {
        None => ctx.t("audit-status-open"),
        Some(d) => ctx.tr.t1("audit-status-closed", "date", date(ctx, d)),
    }
}

// ---------- the rounds of one's teams ----------

pub struct RoundLine {
    pub id: i64,
    pub title: String,
    pub team: String,
    pub opened: String,
    pub status: String,
    pub answers: i64,
    pub may_answer: bool,
    pub answered: bool,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct OverviewTpl {
    p: Page,
    errors: FieldErrors,
    rounds: Vec<RoundLine>,
    teams: Vec<Choice>,
    title: String,
    notice: String,
}

#[derive(Deserialize)]
pub struct Notice {
    done: Option<String>,
}

async fn overview_page(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    (team, title): (String, String),
    errors: FieldErrors,
    notice: String,
) -> Response {
    let o = match desk::overview(&state.desk(), &me.actor).await {
        Ok(o) => o,
        Err(e) => return failed(ctx, e),
    };
    let rounds = o
        .rounds
        .into_iter()
        .map(|l| RoundLine {
            id: l.round.id,
            status: status_of(ctx, &l.round),
            opened: date(ctx, l.round.opened_on),
            may_answer: l.round.is_open() && !l.answered,
            answered: l.answered,
            answers: l.round.answers,
            title: l.round.title,
            team: l.round.team_name,
        })
        .collect();
    let mut teams = vec![Choice {
        value: String::new(),
        label: ctx.t("audit-open-team-choose"),
        checked: team.is_empty(),
    }];
    teams.extend(o.teams_to_run.into_iter().map(|(id, name)| Choice {
        checked: id.to_string() == team,
        value: id.to_string(),
        label: name,
    }));
    let show_form = teams.len() > 1;
    let status = errors.status();
    let tpl = OverviewTpl {
        p: page(ctx, ctx.t("audit-title"), &errors),
        errors,
        rounds,
        teams: if show_form { teams } else { Vec::new() },
        title,
        notice,
    };
    render(status, &tpl)
}

pub async fn overview(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<Notice>,
) -> Response {
    let notice = match q.done.as_deref() {
        Some("closed") => ctx.t("audit-closed"),
        _ => String::new(),
    };
    overview_page(
        &state,
        &ctx,
        &me,
        Default::default(),
        FieldErrors::default(),
        notice,
    )
    .await
}

pub async fn open(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    body: Bytes,
) -> Response {
    let typed = (value(&body, "team"), value(&body, "title"));
    match desk::open(&state.desk(), &me.actor, &typed.0, &typed.1).await {
        Ok(Ok(id)) => Redirect::to(&format!("/audit/rounds/{id}?done=opened")).into_response(),
        Ok(Err(list)) => {
            let mut errors = FieldErrors::default();
            for e in list {
                let (field, key) = match e {
                    OpenError::Team => ("team", "audit-error-team"),
                    OpenError::Title(TitleError::Missing) => ("title", "audit-error-title"),
                    OpenError::Title(TitleError::TooLong) => ("title", "audit-error-title-long"),
                    OpenError::AlreadyOpen => ("team", "audit-error-already-open"),
                };
                errors.push(field, ctx.t(key));
            }
            overview_page(&state, &ctx, &me, typed, errors, String::new()).await
        }
        Err(e) => failed(&ctx, e),
    }
}

// ---------- a round: results, comparison, codes ----------

pub struct ScoreRow {
    pub theme: String,
    pub mean: String,
    pub rated: i64,
    pub dont_know: i64,
}

pub struct CompareRow {
    pub theme: String,
    pub now: String,
    pub before: String,
    pub change: String,
}

#[derive(Template)]
#[template(path = "audit_round.html")]
struct RoundTpl {
    p: Page,
    errors: FieldErrors,
    id: i64,
    status: String,
    open: bool,
    answers: i64,
    /// Below five answers: how many answered of the five needed, and no figure.
    hidden: Option<String>,
    chart: String,
    rows: Vec<ScoreRow>,
    compare_title: String,
    compare_chart: String,
    compare_rows: Vec<CompareRow>,
    compare_note: String,
    comments: Vec<(String, Vec<String>)>,
    may_answer: bool,
    answered: bool,
    may_run: bool,
    codes: String,
    count: String,
    notice: String,
}

fn mean_text(ctx: &Ctx, m: Option<f64>) -> String {
    m.map_or_else(
        || ctx.t("audit-no-rating"),
        |v| score_in_words(ctx.lang(), v),
    )
}

fn scores_of(r: &Results) -> Option<&[ThemeScore]> {
    match r {
        Results::Shown { scores, .. } => Some(scores),
        Results::Hidden { .. } => None,
    }
}

fn mean_of(scores: &[ThemeScore], t: Theme) -> Option<f64> {
    scores.iter().find(|s| s.theme == t).and_then(|s| s.mean)
}

async fn round_page(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    id: i64,
    errors: FieldErrors,
    count: String,
    notice: String,
) -> Response {
    let v = match desk::round(&state.desk(), &me.actor, id).await {
        Ok(v) => v,
        Err(e) => return failed(ctx, e),
    };
    let lang = ctx.lang();
    let (mut hidden, mut chart, mut rows) = (None, String::new(), Vec::new());
    let (mut compare_title, mut compare_chart, mut compare_rows) =
        (String::new(), String::new(), Vec::new());
    let mut compare_note = String::new();
    match scores_of(&v.results) {
        None => {
            hidden = Some(ctx.tr.tn2(
                "audit-hidden",
                ("count", v.round.answers),
                ("needed", MIN_ANSWERS),
            ));
        }
        Some(scores) => {
            let described: Vec<String> = scores
                .iter()
                .map(|s| format!("{} {}", ctx.t(theme_key(s.theme)), mean_text(ctx, s.mean)))
                .collect();
            chart = Chart {
                id: "scores".into(),
                title: ctx.t("audit-chart-title"),
                description: described.join(guichet_words::list_separator(lang.code())),
                series: vec![v.round.title.clone()],
                rows: scores
                    .iter()
                    .map(|s| Row {
                        label: ctx.t(theme_key(s.theme)),
                        values: vec![match s.mean {
                            Some(m) => Value::shown(m, score_in_words(lang, m)),
                            None => Value::hidden(ctx.t("audit-no-rating")),
                        }],
                    })
                    .collect(),
                max: Some(5.0),
            }
            .svg();
            rows = scores
                .iter()
                .map(|s| ScoreRow {
                    theme: ctx.t(theme_key(s.theme)),
                    mean: mean_text(ctx, s.mean),
                    rated: s.rated,
                    dont_know: s.dont_know,
                })
                .collect();
            match &v.previous {
                None => compare_note = ctx.t("audit-compare-none"),
                Some((prev, pr)) => match scores_of(pr) {
                    None => compare_note = ctx.tr.t1("audit-compare-hidden", "title", &prev.title),
                    Some(before) => {
                        compare_title = ctx.tr.t1("audit-compare-title", "title", &prev.title);
                        let cmp = guichet_domain::audit::compare(scores, before);
                        let value = |m: Option<f64>| match m {
                            Some(m) => Value::shown(m, score_in_words(lang, m)),
                            None => Value::hidden(ctx.t("audit-no-rating")),
                        };
                        compare_chart = Chart {
                            id: "compare".into(),
                            title: compare_title.clone(),
                            description: cmp
                                .iter()
                                .map(|c| {
                                    ctx.tr.targs(
                                        "audit-compare-desc",
                                        &[
                                            ("theme", &ctx.t(theme_key(c.theme))),
                                            ("now", &mean_text(ctx, c.now)),
                                            ("before", &mean_text(ctx, c.before)),
                                        ],
                                    )
                                })
                                .collect::<Vec<_>>()
                                .join(guichet_words::list_separator(lang.code())),
                            series: vec![v.round.title.clone(), prev.title.clone()],
                            rows: cmp
                                .iter()
                                .map(|c| Row {
                                    label: ctx.t(theme_key(c.theme)),
                                    values: vec![value(c.now), value(c.before)],
                                })
                                .collect(),
                            max: Some(5.0),
                        }
                        .svg();
                        compare_rows = cmp
                            .iter()
                            .map(|c| CompareRow {
                                theme: ctx.t(theme_key(c.theme)),
                                now: mean_text(ctx, c.now),
                                before: mean_text(ctx, mean_of(before, c.theme)),
                                change: c
                                    .change
                                    .map_or_else(String::new, |d| change_in_words(lang, d)),
                            })
                            .collect();
                    }
                },
            }
        }
    }
    let status = errors.status();
    let tpl = RoundTpl {
        p: page(
            ctx,
            ctx.tr.t2(
                "audit-round-title",
                ("title", &v.round.title),
                ("team", &v.round.team_name),
            ),
            &errors,
        ),
        errors,
        id,
        status: status_of(ctx, &v.round),
        open: v.round.is_open(),
        answers: v.round.answers,
        hidden,
        chart,
        rows,
        compare_title,
        compare_chart,
        compare_rows,
        compare_note,
        comments: v
            .comments
            .into_iter()
            .map(|(t, list)| (ctx.t(theme_key(t)), list))
            .collect(),
        may_answer: v.round.is_open() && !v.answered,
        answered: v.answered,
        may_run: v.may_run,
        codes: ctx.tr.tn2(
            "audit-codes-count",
            ("printed", v.codes.0),
            ("used", v.codes.1),
        ),
        count,
        notice,
    };
    render(status, &tpl)
}

fn round_id(id: &str) -> Option<i64> {
    id.parse().ok()
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    Query(q): Query<Notice>,
) -> Response {
    let Some(id) = round_id(&id) else {
        return not_found(&ctx);
    };
    let notice = match q.done.as_deref() {
        Some("opened") => ctx.t("audit-opened"),
        Some("answered") => ctx.t("audit-thanks"),
        _ => String::new(),
    };
    round_page(
        &state,
        &ctx,
        &me,
        id,
        FieldErrors::default(),
        String::new(),
        notice,
    )
    .await
}

/// The address of the page where paper codes are typed, as the browser reached this one.
fn answer_page(state: &AppState, headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| h.bytes().all(|b| b.is_ascii_graphic()))
        .unwrap_or("localhost");
    let scheme = if state.config.secure_cookies {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}/audit/code")
}

pub async fn codes(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(id) = round_id(&id) else {
        return not_found(&ctx);
    };
    let count = value(&body, "count");
    let place = answer_page(&state, &headers);
    match desk::print_codes(&state.desk(), &me.actor, id, &count, ctx.lang(), &place).await {
        Ok(Ok(slips)) => {
            let name = ctx.t("audit-codes-file");
            match crate::printing::lay_out(&ctx, &name, None, move || {
                guichet_letters::render_slips(&slips)
            })
            .await
            {
                Ok(pdf) => crate::views::pdf_response(pdf, "audit-codes.pdf"),
                Err(page) => page,
            }
        }
        Ok(Err(e)) => {
            let mut errors = FieldErrors::default();
            let key = match e {
                CodesError::Count => "audit-error-codes-count",
                CodesError::Closed => "audit-error-codes-closed",
            };
            errors.push("count", ctx.t(key));
            round_page(&state, &ctx, &me, id, errors, count, String::new()).await
        }
        Err(e) => failed(&ctx, e),
    }
}

pub async fn close(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let Some(id) = round_id(&id) else {
        return not_found(&ctx);
    };
    match desk::close(&state.desk(), &me.actor, id).await {
        Ok(()) => Redirect::to(&format!("/audit/rounds/{id}")).into_response(),
        Err(e) => failed(&ctx, e),
    }
}

// ---------- the questionnaire ----------

pub struct StatementBlock {
    pub code: &'static str,
    pub text: String,
    pub error: String,
    pub choices: Vec<Choice>,
}

pub struct ThemeBlock {
    pub name: String,
    pub statements: Vec<StatementBlock>,
    pub comment_field: &'static str,
    pub comment: String,
    pub comment_error: String,
}

#[derive(Template)]
#[template(path = "audit_answer.html")]
struct AnswerTpl {
    p: Page,
    errors: FieldErrors,
    action: String,
    /// The paper code, carried in the form (public page).
    code: Option<String>,
    themes: Vec<ThemeBlock>,
    notice: String,
}

fn typed_answer(body: &[u8]) -> AnswerForm {
    let mut f = AnswerForm::default();
    for t in Theme::ALL {
        for s in t.statements() {
            f.ratings.insert((*s).to_owned(), value(body, s));
        }
        f.comments.insert(
            t.comment_field().to_owned(),
            value(body, t.comment_field())
                .chars()
                .take(guichet_domain::audit::MAX_COMMENT_CHARS + 1)
                .collect(),
        );
    }
    f
}

fn answer_errors(ctx: &Ctx, list: &[(&'static str, AnswerError)]) -> FieldErrors {
    let mut errors = FieldErrors::default();
    for (field, e) in list {
        let message = match e {
            AnswerError::Missing | AnswerError::Unknown => ctx.tr.t1(
                "audit-error-choose",
                "statement",
                ctx.t(statement_key(field)),
            ),
            AnswerError::CommentTooLong => ctx.tr.tn(
                "audit-error-comment-long",
                "max",
                guichet_domain::audit::MAX_COMMENT_CHARS as i64,
            ),
        };
        errors.push(*field, message);
    }
    errors
}

fn questionnaire(
    ctx: &Ctx,
    title: &str,
    action: String,
    code: Option<String>,
    typed: &AnswerForm,
    errors: FieldErrors,
    notice: String,
) -> Response {
    let themes = Theme::ALL
        .into_iter()
        .map(|t| ThemeBlock {
            name: ctx.t(theme_key(t)),
            statements: t
                .statements()
                .iter()
                .map(|s| {
                    let chosen = typed.ratings.get(*s).map_or("", |v| v.trim());
                    StatementBlock {
                        code: s,
                        text: ctx.t(statement_key(s)),
                        error: errors.get(s).to_owned(),
                        choices: CHOICES
                            .iter()
                            .map(|c| Choice {
                                value: (*c).to_owned(),
                                label: ctx.t(match *c {
                                    "1" => "audit-scale-1",
                                    "2" => "audit-scale-2",
                                    "3" => "audit-scale-3",
                                    "4" => "audit-scale-4",
                                    "5" => "audit-scale-5",
                                    _ => "audit-scale-dk",
                                }),
                                checked: chosen == *c,
                            })
                            .collect(),
                    }
                })
                .collect(),
            comment_field: t.comment_field(),
            comment: typed
                .comments
                .get(t.comment_field())
                .cloned()
                .unwrap_or_default(),
            comment_error: errors.get(t.comment_field()).to_owned(),
        })
        .collect();
    let status = errors.status();
    let tpl = AnswerTpl {
        p: page(
            ctx,
            ctx.tr.t1("audit-answer-title", "title", title),
            &errors,
        ),
        errors,
        action,
        code,
        themes,
        notice,
    };
    render(status, &tpl)
}

/// A member's questionnaire, or why they cannot answer (answered already, closed).
pub async fn answer_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let Some(id) = round_id(&id) else {
        return not_found(&ctx);
    };
    match desk::to_answer(&state.desk(), &me.actor, id).await {
        Ok((round, answered)) if round.is_open() && !answered => questionnaire(
            &ctx,
            &round.title,
            format!("/audit/rounds/{id}/answer"),
            None,
            &AnswerForm::default(),
            FieldErrors::default(),
            String::new(),
        ),
        Ok(_) => Redirect::to(&format!("/audit/rounds/{id}")).into_response(),
        Err(e) => failed(&ctx, e),
    }
}

pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Some(id) = round_id(&id) else {
        return not_found(&ctx);
    };
    let typed = typed_answer(&body);
    match desk::answer_online(&state.desk(), &me.actor, id, &typed).await {
        Ok(Answering::Kept) => {
            Redirect::to(&format!("/audit/rounds/{id}?done=answered")).into_response()
        }
        Ok(Answering::Invalid(list)) => {
            let title = match desk::to_answer(&state.desk(), &me.actor, id).await {
                Ok((r, _)) => r.title,
                Err(e) => return failed(&ctx, e),
            };
            questionnaire(
                &ctx,
                &title,
                format!("/audit/rounds/{id}/answer"),
                None,
                &typed,
                answer_errors(&ctx, &list),
                String::new(),
            )
        }
        Ok(Answering::AlreadyAnswered | Answering::CodeUsed) => {
            let mut errors = FieldErrors::default();
            errors.push("status", ctx.t("audit-already"));
            round_page(&state, &ctx, &me, id, errors, String::new(), String::new()).await
        }
        Ok(Answering::Closed) => {
            let mut errors = FieldErrors::default();
            errors.push("status", ctx.t("audit-closed-notice"));
            round_page(&state, &ctx, &me, id, errors, String::new(), String::new()).await
        }
        Err(e) => failed(&ctx, e),
    }
}

// ---------- answering with a paper code (public) ----------

#[derive(Template)]
#[template(path = "audit_code.html")]
struct CodeTpl {
    p: Page,
    errors: FieldErrors,
    code: String,
    notice: String,
}

fn code_page(ctx: &Ctx, code: String, errors: FieldErrors, notice: String) -> Response {
    let status = errors.status();
    let tpl = CodeTpl {
        p: page(ctx, ctx.t("audit-code-title"), &errors),
        errors,
        code,
        notice,
    };
    render(status, &tpl)
}

pub async fn code_form(ctx: Ctx) -> Response {
    code_page(&ctx, String::new(), FieldErrors::default(), String::new())
}

fn code_error(ctx: &Ctx, check: &CodeCheck) -> FieldErrors {
    let key = match check {
        CodeCheck::Invalid(CodeError::Missing) => "audit-error-code-missing",
        CodeCheck::Invalid(CodeError::Malformed) => "audit-error-code-malformed",
        CodeCheck::Unknown => "audit-error-code-unknown",
        CodeCheck::Used => "audit-error-code-used",
        CodeCheck::Closed | CodeCheck::Valid { .. } => "audit-error-code-closed",
    };
    let mut errors = FieldErrors::default();
    errors.push("code", ctx.t(key));
    errors
}

/// The code typed: the questionnaire when it opens one; with the answers (`step=answer`),
/// the answer kept and the code used up.
pub async fn code_submit(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> Response {
    let typed_code = value(&body, "code");
    let d = state.desk();
    if value(&body, "step") != "answer" {
        return match desk::check_code(&d, &typed_code).await {
            Ok(CodeCheck::Valid { code, round }) => questionnaire(
                &ctx,
                &round.title,
                "/audit/code".into(),
                Some(code.display()),
                &AnswerForm::default(),
                FieldErrors::default(),
                String::new(),
            ),
            Ok(other) => code_page(&ctx, typed_code, code_error(&ctx, &other), String::new()),
            Err(e) => unavailable(&ctx, e),
        };
    }
    let typed = typed_answer(&body);
    match desk::answer_with_code(&d, &typed_code, &typed).await {
        Ok((_, Some(Answering::Kept))) => code_page(
            &ctx,
            String::new(),
            FieldErrors::default(),
            ctx.t("audit-thanks"),
        ),
        Ok((CodeCheck::Valid { code, round }, Some(Answering::Invalid(list)))) => questionnaire(
            &ctx,
            &round.title,
            "/audit/code".into(),
            Some(code.display()),
            &typed,
            answer_errors(&ctx, &list),
            String::new(),
        ),
        Ok((_, Some(Answering::CodeUsed))) => code_page(
            &ctx,
            typed_code,
            code_error(&ctx, &CodeCheck::Used),
            String::new(),
        ),
        Ok((check, _)) => code_page(&ctx, typed_code, code_error(&ctx, &check), String::new()),
        Err(e) => unavailable(&ctx, e),
    }
}

// ---------- the action plan ----------

pub struct PlanLineTpl {
    pub i: usize,
    pub rec: &'static str,
    pub text: String,
    pub chosen: bool,
    pub action: String,
    pub owner: String,
    pub due: String,
    pub action_error: String,
    pub owner_error: String,
    pub due_error: String,
}

pub struct PlanTheme {
    pub heading: String,
    pub lines: Vec<PlanLineTpl>,
}

#[derive(Template)]
#[template(path = "audit_plan.html")]
struct PlanTpl {
    p: Page,
    errors: FieldErrors,
    id: i64,
    themes: Vec<PlanTheme>,
    /// Fewer than five answers: the plan waits, and says why.
    hidden: Option<String>,
    notice: String,
}

async fn plan_page(
    state: &AppState,
    ctx: &Ctx,
    me: &crate::ctx::SignedIn,
    id: i64,
    typed: Option<Vec<PlanLineForm>>,
    errors: FieldErrors,
    notice: String,
) -> Response {
    let v = match desk::plan(&state.desk(), &me.actor, id).await {
        Ok(v) => v,
        Err(DeskError::NotAllowed) => {
            let tpl = PlanTpl {
                p: page(ctx, ctx.t("audit-plan-title-short"), &errors),
                errors,
                id,
                themes: Vec::new(),
                hidden: Some(ctx.tr.tn("audit-plan-hidden", "needed", MIN_ANSWERS)),
                notice,
            };
            return render(StatusCode::OK, &tpl);
        }
        Err(e) => return failed(ctx, e),
    };
    let mut i = 0;
    let themes = v
        .themes
        .iter()
        .map(|(t, mean)| PlanTheme {
            heading: ctx.tr.t2(
                "audit-plan-theme",
                ("theme", ctx.t(theme_key(*t))),
                ("mean", mean_text(ctx, *mean)),
            ),
            lines: t
                .recommendations()
                .iter()
                .map(|rec| {
                    let line = match &typed {
                        Some(list) => list
                            .iter()
                            .find(|l| l.recommendation == *rec)
                            .map(|l| (l.chosen, l.action.clone(), l.owner.clone(), l.due.clone())),
                        None => v.saved.iter().find(|s| s.recommendation == *rec).map(|s| {
                            (
                                true,
                                s.action.clone(),
                                s.owner.clone(),
                                s.due
                                    .map_or_else(String::new, |d| d.format("%d/%m/%Y").to_string()),
                            )
                        }),
                    };
                    let (chosen, action, owner, due) = line.unwrap_or_default();
                    i += 1;
                    PlanLineTpl {
                        i,
                        rec,
                        text: ctx.t(recommendation_key(rec)),
                        chosen,
                        action,
                        owner,
                        due,
                        action_error: errors.get(&format!("action-{i}")).to_owned(),
                        owner_error: errors.get(&format!("owner-{i}")).to_owned(),
                        due_error: errors.get(&format!("due-{i}")).to_owned(),
                    }
                })
                .collect(),
        })
        .collect();
    let status = errors.status();
    let tpl = PlanTpl {
        p: page(
            ctx,
            ctx.tr.t1("audit-plan-title", "title", &v.round.title),
            &errors,
        ),
        errors,
        id,
        themes,
        hidden: None,
        notice,
    };
    render(status, &tpl)
}

pub async fn plan(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    Query(q): Query<Notice>,
) -> Response {
    let Some(id) = round_id(&id) else {
        return not_found(&ctx);
    };
    let notice = match q.done.as_deref() {
        Some("saved") => ctx.t("audit-plan-saved"),
        _ => String::new(),
    };
    plan_page(&state, &ctx, &me, id, None, FieldErrors::default(), notice).await
}

pub async fn plan_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Some(id) = round_id(&id) else {
        return not_found(&ctx);
    };
    // Lines are numbered from 1 in the form; at most 3 themes × 3 recommendations.
    let lines: Vec<PlanLineForm> = (1..=12)
        .map(|i| PlanLineForm {
            recommendation: value(&body, &format!("rec-{i}")),
            chosen: value(&body, &format!("chosen-{i}")) == "yes",
            action: value(&body, &format!("action-{i}")),
            owner: value(&body, &format!("owner-{i}")),
            due: value(&body, &format!("due-{i}")),
        })
        .filter(|l| !l.recommendation.is_empty())
        .collect();
    match desk::save_plan(&state.desk(), &me.actor, id, &lines).await {
        Ok(Ok(())) => Redirect::to(&format!("/audit/rounds/{id}/plan?done=saved")).into_response(),
        Ok(Err(list)) => {
            let mut errors = FieldErrors::default();
            for (index, field, e) in list {
                let n = lines
                    .get(index)
                    .and_then(|l| {
                        (1..=12).find(|i| value(&body, &format!("rec-{i}")) == l.recommendation)
                    })
                    .unwrap_or(0);
                let (name, key) = match (field, e) {
                    (PlanField::Action, PlanError::ActionTooLong) => {
                        ("action", "audit-error-action-long")
                    }
                    (PlanField::Action, _) => ("action", "audit-error-action"),
                    (PlanField::Owner, _) => ("owner", "audit-error-owner-long"),
                    (PlanField::Due, _) => ("due", "audit-error-due"),
                };
                errors.push(format!("{name}-{n}"), ctx.t(key));
            }
            plan_page(&state, &ctx, &me, id, Some(lines), errors, String::new()).await
        }
        Err(e) => failed(&ctx, e),
    }
}

pub async fn plan_pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let Some(id) = round_id(&id) else {
        return not_found(&ctx);
    };
    let doc = match desk::plan_document(&state.desk(), &me.actor, id, ctx.lang()).await {
        Ok(s) => s,
        Err(DeskError::NotAllowed) => {
            return Redirect::to(&format!("/audit/rounds/{id}/plan")).into_response()
        }
        Err(e) => return failed(&ctx, e),
    };
    let name = doc.title.clone();
    match crate::printing::lay_out(&ctx, &name, None, move || {
        guichet_letters::render_document(&doc)
    })
    .await
    {
        Ok(pdf) => crate::views::pdf_response(pdf, "audit-plan.pdf"),
        Err(page) => page,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use guichet_domain::audit::DONT_KNOW;

    #[test]
    fn every_choice_of_the_scale_has_its_words_and_dont_know_is_last() {
        assert_eq!(CHOICES.last(), Some(&DONT_KNOW));
        let mut e = FieldErrors::default();
        e.push("quality-time", "x".into());
        assert!(e.has("quality-time") && !e.has("quality"));
        assert_eq!(e.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
}
