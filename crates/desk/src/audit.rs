//! The participatory audit (journey J7): a coordinator opens a round for a team; members
//! answer once, online or with a paper code; results appear once five have answered
//! ([`guichet_domain::audit::MIN_ANSWERS`]), with the team's previous round beside them;
//! the team writes an action plan from the recommendations of its weakest themes and
//! prints it. Answers are never tied to an account or a code (see the store and its
//! migration); one function per use case, each writing one in a unit of work.

use crate::{Desk, DeskError};
use chrono::NaiveDate;
use guichet_domain::audit::{
    self as rule, AnswerError, AnswerForm, CodeError, PaperCode, PlanError, PlanField,
    PlanLineForm, Results, Theme, TitleError,
};
use guichet_domain::ids::TeamId;
use guichet_domain::{Actor, Lang};
use guichet_letters::{Block, Document, Slip, Slips};
use guichet_store::audit::{self as store, Answered, By, PlanRow, Round};
use guichet_words::Tr;

/// The words of a theme.
pub fn theme_key(t: Theme) -> &'static str {
    match t {
        Theme::Quality => "audit-theme-quality",
        Theme::Wellbeing => "audit-theme-wellbeing",
        Theme::Relations => "audit-theme-relations",
        Theme::Training => "audit-theme-training",
        Theme::Tools => "audit-theme-tools",
        Theme::Data => "audit-theme-data",
        Theme::Person => "audit-theme-person",
        Theme::Policy => "audit-theme-policy",
    }
}

/// The words of a statement (its code as stored).
pub fn statement_key(code: &str) -> &'static str {
    match code {
        "quality-time" => "audit-st-quality-time",
        "quality-reach" => "audit-st-quality-reach",
        "quality-choice" => "audit-st-quality-choice",
        "quality-autonomy" => "audit-st-quality-autonomy",
        "wellbeing-pace" => "audit-st-wellbeing-pace",
        "wellbeing-mistakes" => "audit-st-wellbeing-mistakes",
        "wellbeing-help" => "audit-st-wellbeing-help",
        "wellbeing-meaning" => "audit-st-wellbeing-meaning",
        "relations-meet" => "audit-st-relations-meet",
        "relations-disconnect" => "audit-st-relations-disconnect",
        "relations-people" => "audit-st-relations-people",
        "training-offered" => "audit-st-training-offered",
        "training-platforms" => "audit-st-training-platforms",
        "training-skill" => "audit-st-training-skill",
        "tools-once" => "audit-st-tools-once",
        "tools-equipment" => "audit-st-tools-equipment",
        "tools-work" => "audit-st-tools-work",
        "tools-cobuilt" => "audit-st-tools-cobuilt",
        "data-need" => "audit-st-data-need",
        "data-consent" => "audit-st-data-consent",
        "data-control" => "audit-st-data-control",
        "data-talk" => "audit-st-data-talk",
        "person-paper" => "audit-st-person-paper",
        "person-language" => "audit-st-person-language",
        "person-fit" => "audit-st-person-fit",
        "policy-evaluate" => "audit-st-policy-evaluate",
        "policy-review" => "audit-st-policy-review",
        _ => "audit-st-policy-field",
    }
}

/// The words of a recommendation (its code as stored).
pub fn recommendation_key(code: &str) -> &'static str {
    match code {
        "quality-r-desk" => "audit-rec-quality-r-desk",
        "quality-r-once" => "audit-rec-quality-r-once",
        "quality-r-choice" => "audit-rec-quality-r-choice",
        "wellbeing-r-buddy" => "audit-rec-wellbeing-r-buddy",
        "wellbeing-r-delays" => "audit-rec-wellbeing-r-delays",
        "wellbeing-r-meaning" => "audit-rec-wellbeing-r-meaning",
        "relations-r-disconnect" => "audit-rec-relations-r-disconnect",
        "relations-r-meet" => "audit-rec-relations-r-meet",
        "training-r-plan" => "audit-rec-training-r-plan",
        "training-r-shoes" => "audit-rec-training-r-shoes",
        "training-r-profile" => "audit-rec-training-r-profile",
        "tools-r-guide" => "audit-rec-tools-r-guide",
        "tools-r-cobuild" => "audit-rec-tools-r-cobuild",
        "tools-r-equipment" => "audit-rec-tools-r-equipment",
        "data-r-session" => "audit-rec-data-r-session",
        "data-r-minimum" => "audit-rec-data-r-minimum",
        "data-r-nocontrol" => "audit-rec-data-r-nocontrol",
        "person-r-channels" => "audit-rec-person-r-channels",
        "person-r-readable" => "audit-rec-person-r-readable",
        "person-r-case" => "audit-rec-person-r-case",
        "policy-r-before" => "audit-rec-policy-r-before",
        "policy-r-review" => "audit-rec-policy-r-review",
        _ => "audit-rec-policy-r-voice",
    }
}

/// A mean on the 1–5 scale with one decimal, as written in `lang` ("3,4", "3.4").
pub fn score_in_words(lang: Lang, v: f64) -> String {
    let s = format!("{v:.1}");
    if lang == Lang::En {
        s
    } else {
        s.replace('.', ",")
    }
}

/// A change between two rounds, signed ("+0,5", "−1,0", "0,0").
pub fn change_in_words(lang: Lang, v: f64) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    let sign = if rounded > 0.0 {
        "+"
    } else if rounded < 0.0 {
        "−"
    } else {
        ""
    };
    format!("{sign}{}", score_in_words(lang, rounded.abs()))
}

fn today(desk: &Desk) -> NaiveDate {
    guichet_domain::clock::brussels(desk.now()).date()
}

// ---------------------------------------------------------------------------------------
// The rounds of one's teams.

/// A round in the list, and whether the actor answered it already.
#[derive(Debug, Clone)]
pub struct Listed {
    pub round: Round,
    pub answered: bool,
    pub may_run: bool,
}

/// What `/audit` shows: the rounds of the actor's teams, and the teams they may open a
/// round for (coordinators).
#[derive(Debug, Clone)]
pub struct Overview {
    pub rounds: Vec<Listed>,
    pub teams_to_run: Vec<(TeamId, String)>,
}

pub async fn overview(desk: &Desk, actor: &Actor) -> Result<Overview, DeskError> {
    let mut rounds = Vec::new();
    for r in store::rounds_of(&desk.db, actor).await? {
        rounds.push(Listed {
            answered: store::has_answered(&desk.db, r.id, actor.user_id).await?,
            may_run: rule::may_run(actor, r.team),
            round: r,
        });
    }
    let teams_to_run = guichet_store::org::list_teams(&desk.db)
        .await?
        .into_iter()
        .filter(|t| rule::may_run(actor, t.id))
        .map(|t| (t.id, t.name))
        .collect();
    Ok(Overview {
        rounds,
        teams_to_run,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenError {
    /// No team chosen, or not one the actor coordinates.
    Team,
    Title(TitleError),
    /// The team has a round open already.
    AlreadyOpen,
}

/// Opens a round for one of the teams the actor coordinates.
pub async fn open(
    desk: &Desk,
    actor: &Actor,
    team: &str,
    title: &str,
) -> Result<Result<i64, Vec<OpenError>>, DeskError> {
    let mut errors = Vec::new();
    let team = team
        .trim()
        .parse::<i64>()
        .ok()
        .map(TeamId::new)
        .filter(|t| rule::may_run(actor, *t));
    if team.is_none() {
        errors.push(OpenError::Team);
    }
    let title = rule::parse_title(title).map_err(|e| errors.push(OpenError::Title(e)));
    let (Some(team), Ok(title)) = (team, title) else {
        return Ok(Err(errors));
    };
    let (desk, work) = desk.begin().await?;
    match store::open(&desk.db, actor, team, &title, today(&desk)).await {
        Ok(id) => {
            work.commit().await?;
            Ok(Ok(id))
        }
        Err(guichet_store::StoreError::Conflict) => Ok(Err(vec![OpenError::AlreadyOpen])),
        Err(e) => Err(e.into()),
    }
}

/// Closes a round: no more answers, online or on paper (the team's coordinators).
pub async fn close(desk: &Desk, actor: &Actor, id: i64) -> Result<(), DeskError> {
    let (desk, work) = desk.begin().await?;
    store::close(&desk.db, actor, id, today(&desk)).await?;
    work.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// A round's page: results and comparison.

/// A round with what may be shown of it.
#[derive(Debug, Clone)]
pub struct RoundView {
    pub round: Round,
    pub results: Results,
    /// The team's previous round and its results (hidden too when it had fewer than five
    /// answers).
    pub previous: Option<(Round, Results)>,
    /// The comments, theme by theme, when the results are shown (in the order of their
    /// random keys: never the order they were written in).
    pub comments: Vec<(Theme, Vec<String>)>,
    pub answered: bool,
    pub may_run: bool,
    /// Paper codes printed, and used.
    pub codes: (i64, i64),
}

async fn results_of(desk: &Desk, r: &Round) -> Result<Results, DeskError> {
    if r.answers < rule::MIN_ANSWERS {
        // No rating is read at all below the threshold.
        return Ok(rule::results(r.answers, &[]));
    }
    let ratings = store::ratings(&desk.db, r.id).await?;
    Ok(rule::results(r.answers, &ratings))
}

pub async fn round(desk: &Desk, actor: &Actor, id: i64) -> Result<RoundView, DeskError> {
    let round = store::round(&desk.db, actor, id).await?;
    let results = results_of(desk, &round).await?;
    let previous = match store::previous(&desk.db, &round).await? {
        Some(p) => {
            let r = results_of(desk, &p).await?;
            Some((p, r))
        }
        None => None,
    };
    let comments = if matches!(results, Results::Shown { .. }) {
        let all = store::comments(&desk.db, id).await?;
        Theme::ALL
            .into_iter()
            .map(|t| {
                (
                    t,
                    all.iter()
                        .filter(|(theme, _)| theme == t.code())
                        .map(|(_, body)| body.clone())
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|(_, list)| !list.is_empty())
            .collect()
    } else {
        Vec::new()
    };
    Ok(RoundView {
        answered: store::has_answered(&desk.db, id, actor.user_id).await?,
        may_run: rule::may_run(actor, round.team),
        codes: store::codes_count(&desk.db, id).await?,
        round,
        results,
        previous,
        comments,
    })
}

// ---------------------------------------------------------------------------------------
// Answering.

/// What became of an answer form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answering {
    Kept,
    /// Mistakes in the form, each with its field; nothing kept.
    Invalid(Vec<(&'static str, AnswerError)>),
    AlreadyAnswered,
    Closed,
    /// The paper code was used already.
    CodeUsed,
}

fn new_key() -> String {
    guichet_store::new_token()[..32].to_owned()
}

fn answering(a: Answered) -> Answering {
    match a {
        Answered::Kept => Answering::Kept,
        Answered::Closed => Answering::Closed,
        Answered::AlreadyAnswered => Answering::AlreadyAnswered,
        Answered::CodeUsed => Answering::CodeUsed,
    }
}

/// The round a member may answer online: one of their team's, open, not answered yet.
pub async fn to_answer(desk: &Desk, actor: &Actor, id: i64) -> Result<(Round, bool), DeskError> {
    let round = store::round(&desk.db, actor, id).await?;
    let answered = store::has_answered(&desk.db, id, actor.user_id).await?;
    Ok((round, answered))
}

/// A member answers online, once.
pub async fn answer_online(
    desk: &Desk,
    actor: &Actor,
    id: i64,
    form: &AnswerForm,
) -> Result<Answering, DeskError> {
    let round = store::round(&desk.db, actor, id).await?;
    if !round.is_open() {
        return Ok(Answering::Closed);
    }
    if store::has_answered(&desk.db, id, actor.user_id).await? {
        return Ok(Answering::AlreadyAnswered);
    }
    let answer = match form.parse() {
        Ok(a) => a,
        Err(e) => return Ok(Answering::Invalid(e)),
    };
    let (desk, work) = desk.begin().await?;
    let a = store::answer(&desk.db, id, By::Account(actor.user_id), &answer, new_key).await?;
    if a == Answered::Kept {
        work.commit().await?;
    }
    Ok(answering(a))
}

fn code_hash(code: &PaperCode) -> String {
    guichet_store::token_hash(&format!("guichet-audit-code:{}", code.as_str()))
}

/// What a typed paper code opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeCheck {
    /// A code of an open round, not used yet: the questionnaire of this round.
    Valid {
        code: PaperCode,
        round: Round,
    },
    Invalid(CodeError),
    /// No round has this code.
    Unknown,
    Used,
    Closed,
}

/// Reads a typed code and says what it opens (no sign-in: the page is public and limited
/// per minute).
pub async fn check_code(desk: &Desk, typed: &str) -> Result<CodeCheck, DeskError> {
    let code = match PaperCode::parse(typed) {
        Ok(c) => c,
        Err(e) => return Ok(CodeCheck::Invalid(e)),
    };
    let Some((round_id, used)) = store::code(&desk.db, &code_hash(&code)).await? else {
        return Ok(CodeCheck::Unknown);
    };
    let round = store::round_unchecked(&desk.db, round_id).await?;
    Ok(if used {
        CodeCheck::Used
    } else if !round.is_open() {
        CodeCheck::Closed
    } else {
        CodeCheck::Valid { code, round }
    })
}

/// Answers with a paper code: the code gives one answer.
pub async fn answer_with_code(
    desk: &Desk,
    typed: &str,
    form: &AnswerForm,
) -> Result<(CodeCheck, Option<Answering>), DeskError> {
    let check = check_code(desk, typed).await?;
    let CodeCheck::Valid { code, round } = &check else {
        return Ok((check, None));
    };
    let answer = match form.parse() {
        Ok(a) => a,
        Err(e) => return Ok((check, Some(Answering::Invalid(e)))),
    };
    let (work_desk, work) = desk.begin().await?;
    let hash = code_hash(code);
    let a = store::answer(&work_desk.db, round.id, By::Code(&hash), &answer, new_key).await?;
    if a == Answered::Kept {
        work.commit().await?;
    }
    Ok((check, Some(answering(a))))
}

// ---------------------------------------------------------------------------------------
// Paper codes.

/// Why codes were not printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodesError {
    /// Not a whole number from 1 to [`rule::MAX_CODES`].
    Count,
    Closed,
}

/// Draws `count` new codes for an open round, keeps their hashes, and lays out the slips
/// in `lang`, each with the page where it is typed (`answer_page`, a full address). The
/// codes themselves are never kept: printed once, they cannot be printed again.
pub async fn print_codes(
    desk: &Desk,
    actor: &Actor,
    id: i64,
    count: &str,
    lang: Lang,
    answer_page: &str,
) -> Result<Result<Slips, CodesError>, DeskError> {
    let round = store::round(&desk.db, actor, id).await?;
    if !rule::may_run(actor, round.team) {
        return Err(DeskError::NotAllowed);
    }
    let Some(n) = rule::parse_code_count(count) else {
        return Ok(Err(CodesError::Count));
    };
    if !round.is_open() {
        return Ok(Err(CodesError::Closed));
    }
    let codes = loop {
        let mut bytes: Vec<u8> = Vec::new();
        let codes: Vec<PaperCode> = (0..n)
            .map(|_| {
                PaperCode::generate(|| {
                    if bytes.is_empty() {
                        bytes = hex::decode(guichet_store::new_token()).unwrap_or_default();
                    }
                    bytes.pop().unwrap_or(0)
                })
            })
            .collect();
        let hashes: Vec<String> = codes.iter().map(code_hash).collect();
        let (work_desk, work) = desk.begin().await?;
        match store::add_codes(&work_desk.db, actor, id, &hashes).await {
            Ok(()) => {
                work.commit().await?;
                break codes;
            }
            // A code drawn twice (about one chance in 10¹¹ a code): draw them again.
            Err(guichet_store::StoreError::Conflict) => continue,
            Err(guichet_store::StoreError::Changed) => return Ok(Err(CodesError::Closed)),
            Err(e) => return Err(e.into()),
        }
    };
    let tr = Tr::new(lang, desk.words.clone());
    let before = vec![
        tr.t2(
            "audit-slip-title",
            ("title", &round.title),
            ("team", &round.team_name),
        ),
        tr.t1("audit-slip-go", "address", answer_page),
    ];
    let after = vec![tr.t("audit-slip-once"), tr.t("audit-slip-anonymous")];
    Ok(Ok(Slips {
        lang: lang.code().to_owned(),
        slips: codes
            .iter()
            .map(|c| Slip {
                before: before.clone(),
                code: c.display(),
                after: after.clone(),
            })
            .collect(),
    }))
}

// ---------------------------------------------------------------------------------------
// The action plan.

/// The plan's page: the weakest themes, their recommendations, and what the team wrote.
#[derive(Debug, Clone)]
pub struct PlanView {
    pub round: Round,
    /// The weakest themes with their means, lowest first.
    pub themes: Vec<(Theme, Option<f64>)>,
    pub saved: Vec<PlanRow>,
}

/// The plan of a round whose results are shown (members of its team); `NotAllowed` while
/// fewer than five have answered.
pub async fn plan(desk: &Desk, actor: &Actor, id: i64) -> Result<PlanView, DeskError> {
    let round = store::round(&desk.db, actor, id).await?;
    let Results::Shown { scores, .. } = results_of(desk, &round).await? else {
        return Err(DeskError::NotAllowed);
    };
    let saved = store::plan(&desk.db, id).await?;
    // The weakest themes, and those the team took a recommendation of already (results
    // may have moved since).
    let mut list = rule::weakest(&scores);
    for l in &saved {
        if let Some(t) = Theme::of_recommendation(&l.recommendation) {
            if !list.contains(&t) {
                list.push(t);
            }
        }
    }
    let themes = list
        .into_iter()
        .map(|t| (t, scores.iter().find(|s| s.theme == t).and_then(|s| s.mean)))
        .collect();
    Ok(PlanView {
        saved,
        round,
        themes,
    })
}

/// Saves the team's plan; its mistakes, each with the line's index and field, else
/// nothing saved.
pub async fn save_plan(
    desk: &Desk,
    actor: &Actor,
    id: i64,
    lines: &[PlanLineForm],
) -> Result<Result<(), Vec<(usize, PlanField, PlanError)>>, DeskError> {
    let view = plan(desk, actor, id).await?;
    let offered: Vec<&'static str> = view
        .themes
        .iter()
        .flat_map(|(t, _)| t.recommendations().iter().copied())
        .collect();
    let lines = match rule::parse_plan(lines, &offered) {
        Ok(l) => l,
        Err(e) => return Ok(Err(e)),
    };
    let (desk, work) = desk.begin().await?;
    store::save_plan(&desk.db, actor, id, &lines).await?;
    work.commit().await?;
    Ok(Ok(()))
}

/// The plan as a document to print, in `lang`: the scores of every theme (the same
/// numbers as the page's table), then each recommendation taken up with what the team
/// will do, who sees to it and by when.
pub async fn plan_document(
    desk: &Desk,
    actor: &Actor,
    id: i64,
    lang: Lang,
) -> Result<Document, DeskError> {
    let view = plan(desk, actor, id).await?;
    let tr = Tr::new(lang, desk.words.clone());
    let scores = match results_of(desk, &view.round).await? {
        Results::Shown { scores, .. } => scores,
        Results::Hidden { .. } => return Err(DeskError::NotAllowed),
    };
    let mean =
        |m: Option<f64>| m.map_or_else(|| tr.t("audit-no-rating"), |v| score_in_words(lang, v));
    let weakest: Vec<String> = view
        .themes
        .iter()
        .map(|(t, m)| format!("{} ({})", tr.t(theme_key(*t)), mean(*m)))
        .collect();
    let mut blocks = vec![
        Block::Paragraph {
            text: tr.t1(
                "audit-plan-pdf-weakest",
                "themes",
                weakest.join(guichet_words::list_separator(lang.code())),
            ),
        },
        Block::Table {
            header: vec![tr.t("audit-col-theme"), tr.t("audit-col-mean")],
            rows: scores
                .iter()
                .map(|s| vec![tr.t(theme_key(s.theme)), mean(s.mean)])
                .collect(),
        },
    ];
    if view.saved.is_empty() {
        blocks.push(Block::Paragraph {
            text: tr.t("audit-plan-empty"),
        });
    }
    for l in &view.saved {
        blocks.push(Block::Heading {
            text: tr.t(recommendation_key(&l.recommendation)),
        });
        blocks.push(Block::Paragraph {
            text: tr.t1("audit-plan-pdf-action", "action", &l.action),
        });
        if !l.owner.is_empty() {
            blocks.push(Block::Paragraph {
                text: tr.t1("audit-plan-pdf-owner", "owner", &l.owner),
            });
        }
        if let Some(d) = l.due {
            blocks.push(Block::Paragraph {
                text: tr.t1(
                    "audit-plan-pdf-due",
                    "date",
                    guichet_words::date_in_words(&tr, d),
                ),
            });
        }
    }
    Ok(Document {
        lang: lang.code().to_owned(),
        title: tr.t1("audit-plan-pdf-title", "title", &view.round.title),
        subtitle: tr.t1("audit-plan-pdf-team", "team", &view.round.team_name),
        blocks,
        footer: tr.t1("audit-plan-pdf-title", "title", &view.round.title),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_its_own_words() {
        let mut keys = std::collections::HashSet::new();
        for t in Theme::ALL {
            for s in t.statements() {
                assert!(keys.insert(statement_key(s)), "{s}");
                assert!(statement_key(s).ends_with(s));
            }
            for r in t.recommendations() {
                assert!(keys.insert(recommendation_key(r)), "{r}");
                assert!(recommendation_key(r).ends_with(r));
            }
            assert!(theme_key(t).ends_with(t.code()));
        }
    }

    #[test]
    fn scores_are_written_with_the_language_s_decimal_mark() {
        assert_eq!(score_in_words(Lang::Fr, 3.44), "3,4");
        assert_eq!(score_in_words(Lang::En, 3.45), "3.5");
        assert_eq!(change_in_words(Lang::Nl, 0.5), "+0,5");
        assert_eq!(change_in_words(Lang::En, -1.04), "−1.0");
        assert_eq!(change_in_words(Lang::En, 0.01), "0.0");
    }
}
