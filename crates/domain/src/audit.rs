//! The participatory audit (journey J7): a team looks at its own digital practice once a
//! year, in confidence. Eight themes (those of the recommendations notebook the field
//! wrote), each with three or four statements rated from 1 ("not at all") to 5
//! ("completely"), or "don't know" (never counted in a mean), and one free comment per
//! theme. Results stay hidden until [`MIN_ANSWERS`] members have answered; the action
//! plan starts from the recommendations of the weakest themes.
//!
//! Pure: the statements and recommendations are codes here, their words are in the
//! catalogues (`audit-st-…`, `audit-rec-…`). Members who have no account answer with a
//! one-time paper code ([`PaperCode`]).

use crate::ids::TeamId;
use crate::{Actor, Role};
use chrono::NaiveDate;
use std::collections::HashMap;

/// Results are shown only once this many members have answered.
pub const MIN_ANSWERS: i64 = 5;
/// How many of the weakest themes the action plan starts from.
pub const PLAN_THEMES: usize = 3;
/// The longest free comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 2000;
/// The longest round title, in characters.
pub const MAX_TITLE_CHARS: usize = 120;
/// The longest text of a plan line (what we will do), and of its owner.
pub const MAX_ACTION_CHARS: usize = 1000;
pub const MAX_OWNER_CHARS: usize = 120;
/// How many paper codes one printing makes at most.
pub const MAX_CODES: u32 = 100;

/// The eight themes, in the notebook's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    /// Service quality and proximity.
    Quality,
    /// Workers' mental health.
    Wellbeing,
    /// Relationships, with people and between colleagues.
    Relations,
    /// Continuous training.
    Training,
    /// Tools fit for the field.
    Tools,
    /// Data protection.
    Data,
    /// The person at the centre.
    Person,
    /// An internal digital policy that strengthens rights.
    Policy,
}

impl Theme {
    pub const ALL: [Theme; 8] = [
        Theme::Quality,
        Theme::Wellbeing,
        Theme::Relations,
        Theme::Training,
        Theme::Tools,
        Theme::Data,
        Theme::Person,
        Theme::Policy,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Theme::Quality => "quality",
            Theme::Wellbeing => "wellbeing",
            Theme::Relations => "relations",
            Theme::Training => "training",
            Theme::Tools => "tools",
            Theme::Data => "data",
            Theme::Person => "person",
            Theme::Policy => "policy",
        }
    }

    pub fn parse(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The codes of the theme's statements (stable: answers are stored by them). Every
    /// statement is written so that agreeing is good.
    pub fn statements(self) -> &'static [&'static str] {
        match self {
            Theme::Quality => &[
                "quality-time",
                "quality-reach",
                "quality-choice",
                "quality-autonomy",
            ],
            Theme::Wellbeing => &[
                "wellbeing-pace",
                "wellbeing-mistakes",
                "wellbeing-help",
                "wellbeing-meaning",
            ],
            Theme::Relations => &["relations-meet", "relations-disconnect", "relations-people"],
            Theme::Training => &["training-offered", "training-platforms", "training-skill"],
            Theme::Tools => &[
                "tools-once",
                "tools-equipment",
                "tools-work",
                "tools-cobuilt",
            ],
            Theme::Data => &["data-need", "data-consent", "data-control", "data-talk"],
            Theme::Person => &["person-paper", "person-language", "person-fit"],
            Theme::Policy => &["policy-evaluate", "policy-review", "policy-field"],
        }
    }

    /// The codes of the recommendations an action plan may take up for this theme.
    pub fn recommendations(self) -> &'static [&'static str] {
        match self {
            Theme::Quality => &["quality-r-desk", "quality-r-once", "quality-r-choice"],
            Theme::Wellbeing => &[
                "wellbeing-r-buddy",
                "wellbeing-r-delays",
                "wellbeing-r-meaning",
            ],
            Theme::Relations => &["relations-r-disconnect", "relations-r-meet"],
            Theme::Training => &["training-r-plan", "training-r-shoes", "training-r-profile"],
            Theme::Tools => &["tools-r-guide", "tools-r-cobuild", "tools-r-equipment"],
            Theme::Data => &["data-r-session", "data-r-minimum", "data-r-nocontrol"],
            Theme::Person => &["person-r-channels", "person-r-readable", "person-r-case"],
            Theme::Policy => &["policy-r-before", "policy-r-review", "policy-r-voice"],
        }
    }

    /// The name of the theme's comment field.
    pub fn comment_field(self) -> &'static str {
        match self {
            Theme::Quality => "comment-quality",
            Theme::Wellbeing => "comment-wellbeing",
            Theme::Relations => "comment-relations",
            Theme::Training => "comment-training",
            Theme::Tools => "comment-tools",
            Theme::Data => "comment-data",
            Theme::Person => "comment-person",
            Theme::Policy => "comment-policy",
        }
    }

    /// The theme a statement belongs to.
    pub fn of_statement(code: &str) -> Option<Theme> {
        Theme::ALL
            .into_iter()
            .find(|t| t.statements().contains(&code))
    }

    /// The theme a recommendation belongs to.
    pub fn of_recommendation(code: &str) -> Option<Theme> {
        Theme::ALL
            .into_iter()
            .find(|t| t.recommendations().contains(&code))
    }
}

/// Every statement code, theme after theme.
pub fn all_statements() -> impl Iterator<Item = &'static str> {
    Theme::ALL
        .into_iter()
        .flat_map(|t| t.statements().iter().copied())
}

/// The statement code as stored, `'static` (`None` if it is not one of ours).
pub fn statement(code: &str) -> Option<&'static str> {
    all_statements().find(|s| *s == code)
}

/// The recommendation code as stored, `'static`.
pub fn recommendation(code: &str) -> Option<&'static str> {
    Theme::ALL
        .into_iter()
        .flat_map(|t| t.recommendations().iter().copied())
        .find(|r| *r == code)
}

/// A rating as typed: `1`…`5`, or `dk` for "don't know".
pub const DONT_KNOW: &str = "dk";

/// The choices of every statement, in the order the form offers them.
pub const CHOICES: [&str; 6] = ["1", "2", "3", "4", "5", DONT_KNOW];

/// One member's answer, checked: a rating (`None` for "don't know") for every statement,
/// and the comments written (trimmed, non-empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub ratings: Vec<(&'static str, Option<u8>)>,
    pub comments: Vec<(Theme, String)>,
}

/// Why an answer form came back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerError {
    /// A statement left without a choice (a rating or "don't know").
    Missing,
    /// Not one of the choices offered.
    Unknown,
    CommentTooLong,
}

/// The answer form as sent: the typed choice of each statement (by its code) and each
/// theme's comment (by [`Theme::comment_field`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnswerForm {
    pub ratings: HashMap<String, String>,
    pub comments: HashMap<String, String>,
}

impl AnswerForm {
    /// Every statement needs a choice ("don't know" is one); comments are optional. All
    /// mistakes at once, each with its field (a statement code or a comment field).
    pub fn parse(&self) -> Result<Answer, Vec<(&'static str, AnswerError)>> {
        let mut errors = Vec::new();
        let mut ratings = Vec::new();
        let mut comments = Vec::new();
        for theme in Theme::ALL {
            for code in theme.statements() {
                let typed = self.ratings.get(*code).map_or("", |s| s.trim());
                match typed {
                    "" => errors.push((*code, AnswerError::Missing)),
                    DONT_KNOW => ratings.push((*code, None)),
                    n => match n.parse::<u8>() {
                        Ok(v) if (1..=5).contains(&v) => ratings.push((*code, Some(v))),
                        _ => errors.push((*code, AnswerError::Unknown)),
                    },
                }
            }
            let comment = self
                .comments
                .get(theme.comment_field())
                .map_or("", |s| s.trim());
            if comment.chars().count() > MAX_COMMENT_CHARS {
                errors.push((theme.comment_field(), AnswerError::CommentTooLong));
            } else if !comment.is_empty() {
                comments.push((theme, comment.to_owned()));
            }
        }
        if errors.is_empty() {
            Ok(Answer { ratings, comments })
        } else {
            Err(errors)
        }
    }
}

/// What a theme scored in a round.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeScore {
    pub theme: Theme,
    /// The mean of the ratings given (1 to 5), `None` when every answer was "don't know".
    pub mean: Option<f64>,
    /// How many ratings were given, and how many "don't know".
    pub rated: i64,
    pub dont_know: i64,
}

/// The scores of every theme from the stored ratings `(statement, rating)` (`None` for
/// "don't know"); ratings of statements no longer known are left out.
pub fn scores(ratings: &[(String, Option<i64>)]) -> Vec<ThemeScore> {
    Theme::ALL
        .into_iter()
        .map(|theme| {
            let mut sum = 0i64;
            let mut rated = 0i64;
            let mut dont_know = 0i64;
            for (code, r) in ratings {
                if Theme::of_statement(code) != Some(theme) {
                    continue;
                }
                match r {
                    Some(v) if (1..=5).contains(v) => {
                        sum += v;
                        rated += 1;
                    }
                    Some(_) => {}
                    None => dont_know += 1,
                }
            }
            ThemeScore {
                theme,
                mean: (rated > 0).then(|| sum as f64 / rated as f64),
                rated,
                dont_know,
            }
        })
        .collect()
}

/// What a round shows of its results.
#[derive(Debug, Clone, PartialEq)]
pub enum Results {
    /// Fewer than [`MIN_ANSWERS`] answers: no figure at all, only how many answered.
    Hidden { answers: i64, needed: i64 },
    Shown {
        answers: i64,
        scores: Vec<ThemeScore>,
    },
}

/// The results of a round of `answers` answers holding these ratings.
pub fn results(answers: i64, ratings: &[(String, Option<i64>)]) -> Results {
    if answers < MIN_ANSWERS {
        Results::Hidden {
            answers,
            needed: MIN_ANSWERS,
        }
    } else {
        Results::Shown {
            answers,
            scores: scores(ratings),
        }
    }
}

/// A theme this round and in the team's previous round.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub theme: Theme,
    pub now: Option<f64>,
    pub before: Option<f64>,
    /// `now − before`, when both have a mean.
    pub change: Option<f64>,
}

pub fn compare(now: &[ThemeScore], before: &[ThemeScore]) -> Vec<Comparison> {
    Theme::ALL
        .into_iter()
        .map(|theme| {
            let mean =
                |list: &[ThemeScore]| list.iter().find(|s| s.theme == theme).and_then(|s| s.mean);
            let (n, b) = (mean(now), mean(before));
            Comparison {
                theme,
                now: n,
                before: b,
                change: n.zip(b).map(|(n, b)| n - b),
            }
        })
        .collect()
}

/// The [`PLAN_THEMES`] weakest themes, lowest mean first (ties in the notebook's
/// order); themes without any rating come after those with one.
pub fn weakest(scores: &[ThemeScore]) -> Vec<Theme> {
    let mut rated: Vec<&ThemeScore> = scores.iter().filter(|s| s.mean.is_some()).collect();
    rated.sort_by(|a, b| {
        a.mean
            .partial_cmp(&b.mean)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.theme.cmp(&b.theme))
    });
    let mut out: Vec<Theme> = rated.into_iter().map(|s| s.theme).collect();
    out.extend(scores.iter().filter(|s| s.mean.is_none()).map(|s| s.theme));
    out.truncate(PLAN_THEMES);
    out
}

// ---------------------------------------------------------------------------------------
// Rounds, access.

/// May this actor open and close rounds of `team` and print its paper codes? The team's
/// coordinators.
pub fn may_run(actor: &Actor, team: TeamId) -> bool {
    actor.has(Role::Coordinator) && actor.teams.contains(&team)
}

/// May this actor answer a round of `team`, see its results and work on its action plan?
/// The team's members (its coordinators among them).
pub fn is_member(actor: &Actor, team: TeamId) -> bool {
    actor.teams.contains(&team)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleError {
    Missing,
    TooLong,
}

/// A round's title ("Audit 2026"), trimmed.
pub fn parse_title(typed: &str) -> Result<String, TitleError> {
    let t = typed.trim();
    if t.is_empty() {
        Err(TitleError::Missing)
    } else if t.chars().count() > MAX_TITLE_CHARS {
        Err(TitleError::TooLong)
    } else {
        Ok(t.to_owned())
    }
}

/// How many paper codes to print: a whole number from 1 to [`MAX_CODES`].
pub fn parse_code_count(typed: &str) -> Option<u32> {
    typed
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=MAX_CODES).contains(n))
}

// ---------------------------------------------------------------------------------------
// Paper codes.

/// The letters and digits of a paper code: no `0`/`O`, `1`/`I`/`L`, which are misread.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const CODE_LEN: usize = 8;

/// A one-time code printed on a slip: eight characters of [`CODE_ALPHABET`], shown as
/// `ABCD-EFGH`. About 8.5 × 10¹¹ codes, and the page where they are typed is limited
/// per minute: guessing one is hopeless.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PaperCode(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeError {
    Missing,
    /// Not eight characters of the alphabet once spaces and dashes are taken out.
    Malformed,
}

impl PaperCode {
    /// Reads a code as typed: any case, with spaces, dashes or dots anywhere.
    pub fn parse(typed: &str) -> Result<PaperCode, CodeError> {
        let kept: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '_' | '–'))
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if kept.is_empty() {
            return Err(CodeError::Missing);
        }
        if kept.len() != CODE_LEN || !kept.bytes().all(|b| CODE_ALPHABET.contains(&b)) {
            return Err(CodeError::Malformed);
        }
        Ok(PaperCode(kept))
    }

    /// A new code from a source of random bytes (rejection sampling: every character is
    /// equally likely).
    pub fn generate(mut random_byte: impl FnMut() -> u8) -> PaperCode {
        let n = CODE_ALPHABET.len();
        let limit = (256 / n * n) as u8;
        let mut out = String::with_capacity(CODE_LEN);
        while out.len() < CODE_LEN {
            let b = random_byte();
            if b < limit {
                out.push(char::from(CODE_ALPHABET[usize::from(b) % n]));
            }
        }
        PaperCode(out)
    }

    /// The eight characters, as stored (hashed) and compared.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// As printed: `ABCD-EFGH`.
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }
}

// ---------------------------------------------------------------------------------------
// The action plan.

/// One line of the plan form, as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanLineForm {
    pub recommendation: String,
    pub chosen: bool,
    pub action: String,
    pub owner: String,
    pub due: String,
}

/// A recommendation the team took up: what it will do, who sees to it, by when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanLine {
    pub recommendation: &'static str,
    pub action: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanField {
    Action,
    Owner,
    Due,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanError {
    /// Chosen, but nothing said of what will be done.
    ActionMissing,
    ActionTooLong,
    OwnerTooLong,
    NotADate,
}

/// Reads the plan form: the lines chosen become the plan; a line not chosen is dropped.
/// `offered` are the recommendations the page offered (others are ignored). Every
/// mistake at once, with the line's index and field.
pub fn parse_plan(
    lines: &[PlanLineForm],
    offered: &[&'static str],
) -> Result<Vec<PlanLine>, Vec<(usize, PlanField, PlanError)>> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let Some(rec) = offered
            .iter()
            .copied()
            .find(|r| *r == l.recommendation.trim())
        else {
            continue;
        };
        if !l.chosen {
            continue;
        }
        let action = l.action.trim();
        let owner = l.owner.trim();
        if action.is_empty() {
            errors.push((i, PlanField::Action, PlanError::ActionMissing));
        } else if action.chars().count() > MAX_ACTION_CHARS {
            errors.push((i, PlanField::Action, PlanError::ActionTooLong));
        }
        if owner.chars().count() > MAX_OWNER_CHARS {
            errors.push((i, PlanField::Owner, PlanError::OwnerTooLong));
        }
        let due = match l.due.trim() {
            "" => None,
            typed => match crate::mandate::parse_typed_date(typed) {
                Some(d) => Some(d),
                None => {
                    errors.push((i, PlanField::Due, PlanError::NotADate));
                    None
                }
            },
        };
        out.push(PlanLine {
            recommendation: rec,
            action: action.to_owned(),
            owner: owner.to_owned(),
            due,
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserId;
    use crate::RoleSet;

    fn full_form(choice: &str) -> AnswerForm {
        AnswerForm {
            ratings: all_statements()
                .map(|s| (s.to_owned(), choice.to_owned()))
                .collect(),
            comments: HashMap::new(),
        }
    }

    #[test]
    fn eight_themes_of_three_or_four_statements_with_unique_codes() {
        assert_eq!(Theme::ALL.len(), 8);
        let mut seen = std::collections::HashSet::new();
        for t in Theme::ALL {
            assert!((3..=4).contains(&t.statements().len()), "{t:?}");
            assert!((2..=3).contains(&t.recommendations().len()), "{t:?}");
            for c in t.statements().iter().chain(t.recommendations()) {
                assert!(seen.insert(*c), "{c} twice");
                assert!(c.starts_with(t.code()), "{c}");
            }
            assert_eq!(Theme::parse(t.code()), Some(t));
        }
    }

    #[test]
    fn a_complete_form_is_read_with_dont_know_and_comments() {
        let mut f = full_form("4");
        f.ratings.insert("data-need".into(), DONT_KNOW.into());
        f.comments.insert(
            "comment-tools".into(),
            "  Le scanner est en panne.  ".into(),
        );
        f.comments.insert("comment-data".into(), "   ".into());
        let a = f.parse().unwrap();
        assert_eq!(a.ratings.len(), all_statements().count());
        assert!(a.ratings.contains(&("data-need", None)));
        assert!(a.ratings.contains(&("quality-time", Some(4))));
        assert_eq!(
            a.comments,
            vec![(Theme::Tools, "Le scanner est en panne.".to_owned())]
        );
    }

    #[test]
    fn every_mistake_is_said_at_once_with_its_field() {
        let mut f = full_form("3");
        f.ratings.remove("quality-time");
        f.ratings.insert("tools-once".into(), "6".into());
        f.ratings.insert("policy-field".into(), "beaucoup".into());
        f.comments
            .insert("comment-person".into(), "x".repeat(MAX_COMMENT_CHARS + 1));
        let e = f.parse().unwrap_err();
        assert_eq!(
            e,
            vec![
                ("quality-time", AnswerError::Missing),
                ("tools-once", AnswerError::Unknown),
                ("comment-person", AnswerError::CommentTooLong),
                ("policy-field", AnswerError::Unknown),
            ]
        );
    }

    fn stored(pairs: &[(&str, Option<i64>)]) -> Vec<(String, Option<i64>)> {
        pairs.iter().map(|(c, r)| ((*c).to_owned(), *r)).collect()
    }

    #[test]
    fn a_score_is_the_mean_of_the_ratings_given_and_dont_know_is_counted_apart() {
        let s = scores(&stored(&[
            ("quality-time", Some(2)),
            ("quality-reach", Some(5)),
            ("quality-choice", None),
            ("data-need", None),
            ("unknown-statement", Some(1)),
        ]));
        let q = s.iter().find(|t| t.theme == Theme::Quality).unwrap();
        assert_eq!((q.mean, q.rated, q.dont_know), (Some(3.5), 2, 1));
        let d = s.iter().find(|t| t.theme == Theme::Data).unwrap();
        assert_eq!((d.mean, d.rated, d.dont_know), (None, 0, 1));
        assert_eq!(s.len(), 8);
    }

    #[test]
    fn results_are_hidden_below_five_answers_without_any_figure() {
        let r = stored(&[("quality-time", Some(2))]);
        assert_eq!(
            results(4, &r),
            Results::Hidden {
                answers: 4,
                needed: 5
            }
        );
        assert!(matches!(results(5, &r), Results::Shown { answers: 5, .. }));
    }

    #[test]
    fn the_plan_starts_from_the_three_lowest_themes() {
        let s = scores(&stored(&[
            ("quality-time", Some(4)),
            ("wellbeing-pace", Some(2)),
            ("relations-meet", Some(5)),
            ("training-offered", Some(1)),
            ("tools-once", Some(2)),
            ("data-need", Some(3)),
            ("person-paper", Some(5)),
        ]));
        // Policy has no rating: after the rated ones.
        assert_eq!(
            weakest(&s),
            vec![Theme::Training, Theme::Wellbeing, Theme::Tools]
        );
    }

    #[test]
    fn a_comparison_gives_the_change_where_both_rounds_have_a_mean() {
        let now = scores(&stored(&[
            ("quality-time", Some(4)),
            ("data-need", Some(2)),
        ]));
        let before = scores(&stored(&[("quality-time", Some(3))]));
        let c = compare(&now, &before);
        let q = c.iter().find(|x| x.theme == Theme::Quality).unwrap();
        assert_eq!(q.change, Some(1.0));
        let d = c.iter().find(|x| x.theme == Theme::Data).unwrap();
        assert_eq!((d.now, d.before, d.change), (Some(2.0), None, None));
    }

    #[test]
    fn codes_are_read_whatever_the_case_spaces_and_dashes() {
        let c = PaperCode::parse("abcd-efgh").unwrap();
        assert_eq!(c.as_str(), "ABCDEFGH");
        assert_eq!(c.display(), "ABCD-EFGH");
        assert_eq!(PaperCode::parse(" AB CD  EF.GH ").unwrap(), c);
        assert_eq!(PaperCode::parse(""), Err(CodeError::Missing));
        assert_eq!(PaperCode::parse(" - "), Err(CodeError::Missing));
        // O, 0, I, 1 and L are never in a code.
        assert_eq!(PaperCode::parse("ABCD-EFG0"), Err(CodeError::Malformed));
        assert_eq!(PaperCode::parse("ABCD-EFGI"), Err(CodeError::Malformed));
        assert_eq!(PaperCode::parse("ABCD-EFG"), Err(CodeError::Malformed));
        assert_eq!(PaperCode::parse("ABCD-EFGHJ"), Err(CodeError::Malformed));
    }

    #[test]
    fn generated_codes_use_the_alphabet_evenly_and_skip_biased_bytes() {
        let mut bytes = (0u8..=255).cycle();
        let c = PaperCode::generate(|| bytes.next().unwrap_or(0));
        assert_eq!(c.as_str(), "ABCDEFGH");
        let mut high = [255u8, 250, 248, 0, 1, 2, 3, 4, 5, 6, 7].into_iter();
        let c = PaperCode::generate(|| high.next().unwrap_or(0));
        // 248 and above are skipped (31 × 8 = 248).
        assert_eq!(c.as_str(), "ABCDEFGH");
        assert_eq!(PaperCode::parse(&c.display()).unwrap(), c);
    }

    #[test]
    fn coordinators_run_their_teams_rounds_and_members_answer() {
        let actor = |role: Role, teams: &[i64]| Actor {
            user_id: UserId::new(1),
            roles: RoleSet::empty().with(role),
            teams: teams.iter().map(|t| TeamId::new(*t)).collect(),
            break_glass: vec![],
        };
        let t = TeamId::new(1);
        assert!(may_run(&actor(Role::Coordinator, &[1]), t));
        assert!(!may_run(&actor(Role::Coordinator, &[2]), t));
        assert!(!may_run(&actor(Role::SocialWorker, &[1]), t));
        assert!(is_member(&actor(Role::SocialWorker, &[1]), t));
        assert!(!is_member(&actor(Role::HealthWorker, &[3]), t));
    }

    #[test]
    fn plan_lines_chosen_need_a_text_and_a_real_date() {
        let offered = ["tools-r-guide", "tools-r-cobuild"];
        let lines = vec![
            PlanLineForm {
                recommendation: "tools-r-guide".into(),
                chosen: true,
                action: " Un guide d'une page par outil ".into(),
                owner: "Sarah".into(),
                due: "30/06/2026".into(),
            },
            PlanLineForm {
                recommendation: "tools-r-cobuild".into(),
                chosen: false,
                action: "ignoré".into(),
                ..Default::default()
            },
            PlanLineForm {
                recommendation: "not-offered".into(),
                chosen: true,
                ..Default::default()
            },
        ];
        let plan = parse_plan(&lines, &offered).unwrap();
        assert_eq!(plan.len(), 1);
        assert_eq!(plan[0].action, "Un guide d'une page par outil");
        assert_eq!(plan[0].due, NaiveDate::from_ymd_opt(2026, 6, 30));
        let bad = vec![PlanLineForm {
            recommendation: "tools-r-cobuild".into(),
            chosen: true,
            action: "  ".into(),
            owner: String::new(),
            due: "demain".into(),
        }];
        assert_eq!(
            parse_plan(&bad, &offered).unwrap_err(),
            vec![
                (0, PlanField::Action, PlanError::ActionMissing),
                (0, PlanField::Due, PlanError::NotADate)
            ]
        );
    }

    #[test]
    fn titles_are_required_and_short() {
        assert_eq!(parse_title("  Audit 2026 "), Ok("Audit 2026".into()));
        assert_eq!(parse_title(" "), Err(TitleError::Missing));
        assert_eq!(
            parse_title(&"a".repeat(MAX_TITLE_CHARS + 1)),
            Err(TitleError::TooLong)
        );
        assert_eq!(parse_code_count(" 9 "), Some(9));
        assert_eq!(parse_code_count("0"), None);
        assert_eq!(parse_code_count("101"), None);
        assert_eq!(parse_code_count("neuf"), None);
    }
}
