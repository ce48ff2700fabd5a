//! The observatory's figures in words (journey J6), shared by its pages, the published
//! link, the CSV, the printed report and the coordinators' home page: every figure comes
//! suppressed from `guichet_desk::observatory`; this module only names categories and
//! periods and lays the cells out. It has no way to show a figure per worker.

use crate::charts::{Chart, Row, Value};
use crate::ctx::Ctx;
use crate::i18n::Tr;
use crate::AppState;
use guichet_desk::observatory::{self as desk, Report};
use guichet_desk::DeskError;
use guichet_domain::assistance::{Autonomy, Barrier, Mode, Outcome};
use guichet_domain::observatory::{Period, Shown, ShownCell};
use guichet_domain::request::ArrivalChannel;
use guichet_words::labels;

/// A cell in words: the figure, "< 5" or "hidden".
pub fn cell(tr: &Tr, c: ShownCell) -> String {
    match c {
        ShownCell::Shown(n) => n.to_string(),
        ShownCell::Small => tr.t("obs-small"),
        ShownCell::Masked => tr.t("obs-masked"),
    }
}

fn hours(tr: &Tr, c: ShownCell) -> String {
    match c {
        ShownCell::Shown(m) => {
            let h = format!("{:.1}", m as f64 / 60.0);
            let h = if tr.lang.code() == "en" {
                h
            } else {
                h.replace('.', ",")
            };
            tr.t1("obs-hours-value", "hours", h)
        }
        other => cell(tr, other),
    }
}

pub fn period_name(tr: &Tr, p: Period) -> String {
    match p {
        Period::Quarter { year, quarter } => tr.targs(
            "obs-period-quarter",
            &[
                ("quarter", &quarter.to_string()),
                ("year", &year.to_string()),
            ],
        ),
        Period::Month { year, month } => {
            let first = chrono::NaiveDate::from_ymd_opt(year, month, 1).unwrap_or_default();
            let words = guichet_words::date_in_words(tr, first);
            // "1 novembre 2026" → "novembre 2026".
            words
                .split_once(' ')
                .map_or(words.clone(), |(_, rest)| rest.to_owned())
        }
    }
}

/// The words of every category code of a report.
pub struct Namer {
    platforms: Vec<(String, String)>,
    topics: Vec<guichet_domain::topics::CustomTopic>,
}

impl Namer {
    pub async fn load(state: &AppState, tr: &Tr) -> Result<Namer, DeskError> {
        let platforms = guichet_desk::assistance::platforms(&state.desk(), tr.lang)
            .await?
            .into_iter()
            .map(|p| (p.code, p.label))
            .collect();
        let topics = guichet_store::topics::list(&state.db).await?;
        Ok(Namer { platforms, topics })
    }

    pub fn name(&self, tr: &Tr, section: &str, code: &str) -> String {
        if let Some(key) = labels::observatory_category_key(section, code) {
            return tr.t(key);
        }
        let key = match section {
            "platform" | "blocked" => {
                return self
                    .platforms
                    .iter()
                    .find(|(c, _)| c == code)
                    .map_or_else(|| code.to_owned(), |(_, l)| l.clone())
            }
            "topic" => return crate::present::topic_label(code, tr.lang, &self.topics),
            "barrier" => Barrier::parse(code).map(labels::barrier_key),
            "mode" => Mode::parse(code).map(labels::mode_key),
            "autonomy" => Autonomy::parse(code).map(labels::autonomy_key),
            "outcome" => Outcome::parse(code).map(labels::outcome_key),
            "channel" => ArrivalChannel::parse(code).map(crate::present::arrival_channel_key),
            _ => None,
        };
        key.map_or_else(|| code.to_owned(), |k| tr.t(k))
    }
}

pub struct Line {
    pub label: String,
    pub current: String,
    pub previous: String,
}

pub struct SectionView {
    pub id: String,
    pub title: String,
    pub svg: String,
    pub lines: Vec<Line>,
    pub total: Line,
    pub empty: bool,
}

/// A report in words: what the page, the published link, the PDF and the CSV show.
pub struct ReportView {
    pub title: String,
    pub period: String,
    pub previous: String,
    pub hours_current: String,
    pub hours_previous: String,
    /// "Hours of digital help: 12,5 h (Quarter 2 2026: 10,0 h)".
    pub hours_line: String,
    pub summary: Vec<String>,
    pub method: Vec<String>,
    pub sections: Vec<SectionView>,
}

fn top(tr: &Tr, namer: &Namer, key: &str, s: &Shown, n: usize) -> Vec<String> {
    let mut shown: Vec<(u64, String)> = s
        .categories
        .iter()
        .zip(&s.current)
        .filter_map(|(c, v)| {
            v.value()
                .filter(|v| *v > 0)
                .map(|v| (v, namer.name(tr, key, c)))
        })
        .collect();
    shown.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    shown
        .into_iter()
        .take(n)
        .map(|(v, name)| format!("{name} ({v})"))
        .collect()
}

fn summary(tr: &Tr, namer: &Namer, r: &Report, v: &ReportView) -> Vec<String> {
    let sep = guichet_words::list_separator(tr.lang.code());
    let mut out = vec![tr.targs(
        "obs-summary-hours",
        &[
            ("period", &v.period),
            ("hours", &v.hours_current),
            ("previous", &v.previous),
            ("before", &v.hours_previous),
        ],
    )];
    for (key, phrase) in [
        ("barrier", "obs-summary-barriers"),
        ("blocked", "obs-summary-blocked"),
        ("channel", "obs-summary-channels"),
    ] {
        if let Some(s) = r.section(key) {
            let list = top(tr, namer, key, s, 3);
            if !list.is_empty() {
                out.push(tr.t1(phrase, "list", list.join(sep)));
            }
        }
    }
    if let Some(s) = r.section("promise") {
        let kept = s
            .categories
            .iter()
            .position(|c| c == "kept")
            .and_then(|i| s.current.get(i).copied());
        if let (Some(ShownCell::Shown(k)), ShownCell::Shown(t)) = (kept, s.total_current) {
            out.push(tr.targs(
                "obs-summary-promises",
                &[("kept", &k.to_string()), ("total", &t.to_string())],
            ));
        }
    }
    out
}

pub fn view(tr: &Tr, namer: &Namer, r: &Report) -> ReportView {
    let period = period_name(tr, r.period);
    let previous = period_name(tr, r.previous);
    let sections = r
        .sections
        .iter()
        .map(|s| {
            let title = tr.t(labels::observatory_section_key(&s.key));
            let names: Vec<String> = s
                .shown
                .categories
                .iter()
                .map(|c| namer.name(tr, &s.key, c))
                .collect();
            let lines: Vec<Line> = names
                .iter()
                .zip(s.shown.current.iter().zip(&s.shown.previous))
                .map(|(n, (c, p))| Line {
                    label: n.clone(),
                    current: cell(tr, *c),
                    previous: cell(tr, *p),
                })
                .collect();
            let value = |c: &ShownCell| match c {
                ShownCell::Shown(n) => Value::shown(*n as f64, n.to_string()),
                other => Value::hidden(cell(tr, *other)),
            };
            let chart = Chart {
                id: format!("obs-{}", s.key),
                title: title.clone(),
                description: lines
                    .iter()
                    .map(|l| format!("{}: {} ({} {})", l.label, l.current, previous, l.previous))
                    .collect::<Vec<_>>()
                    .join("; "),
                series: vec![period.clone(), previous.clone()],
                rows: names
                    .iter()
                    .zip(s.shown.current.iter().zip(&s.shown.previous))
                    .map(|(n, (c, p))| Row {
                        label: n.clone(),
                        values: vec![value(c), value(p)],
                    })
                    .collect(),
                max: None,
            };
            SectionView {
                id: s.key.clone(),
                empty: lines.is_empty(),
                svg: if lines.is_empty() {
                    String::new()
                } else {
                    chart.svg()
                },
                title,
                lines,
                total: Line {
                    label: tr.t("obs-total"),
                    current: cell(tr, s.shown.total_current),
                    previous: cell(tr, s.shown.total_previous),
                },
            }
        })
        .collect();
    let mut v = ReportView {
        title: tr.t1("obs-report-of", "scope", &r.scope_name),
        hours_current: hours(tr, r.minutes_current),
        hours_previous: hours(tr, r.minutes_previous),
        hours_line: String::new(),
        summary: Vec::new(),
        method: vec![
            tr.t("obs-method-records"),
            tr.t("obs-method-small"),
            tr.t("obs-method-workers"),
            tr.t1(
                "obs-method-counted",
                "date",
                guichet_words::date_in_words(tr, r.counted_on),
            ),
        ],
        period,
        previous,
        sections,
    };
    v.summary = summary(tr, namer, r, &v);
    v.hours_line = tr.targs(
        "obs-hours-line",
        &[
            ("hours", &v.hours_current),
            ("previous", &v.previous),
            ("before", &v.hours_previous),
        ],
    );
    v
}

fn csv_field(s: &str) -> String {
    // Quoted always; a leading = + - @ is prefixed so that a spreadsheet never runs it.
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// The report as CSV: one line per figure, with the suppressed ones in words.
pub fn csv(tr: &Tr, r: &Report, v: &ReportView) -> String {
    let mut out = String::new();
    let line = |out: &mut String, cells: &[&str]| {
        out.push_str(
            &cells
                .iter()
                .map(|c| csv_field(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    };
    line(
        &mut out,
        &[
            &tr.t("obs-csv-section"),
            &tr.t("obs-csv-category"),
            &tr.t("obs-csv-period"),
            &tr.t("obs-csv-value"),
        ],
    );
    let hours_title = tr.t("obs-hours");
    line(
        &mut out,
        &[&hours_title, "", &r.period.code(), &v.hours_current],
    );
    line(
        &mut out,
        &[&hours_title, "", &r.previous.code(), &v.hours_previous],
    );
    for s in &v.sections {
        for l in s.lines.iter().chain(std::iter::once(&s.total)) {
            line(
                &mut out,
                &[&s.title, &l.label, &r.period.code(), &l.current],
            );
            line(
                &mut out,
                &[&s.title, &l.label, &r.previous.code(), &l.previous],
            );
        }
    }
    out
}

/// The printable report: summary first, then each breakdown with its chart and table,
/// then the method.
pub fn document(tr: &Tr, v: &ReportView, organisation: &str) -> guichet_letters::Document {
    use guichet_letters::Block;
    let mut blocks = vec![Block::Heading {
        text: tr.t("obs-summary"),
    }];
    blocks.extend(
        v.summary
            .iter()
            .map(|s| Block::Paragraph { text: s.clone() }),
    );
    for s in v.sections.iter().filter(|s| !s.empty) {
        blocks.push(Block::Heading {
            text: s.title.clone(),
        });
        blocks.push(Block::Chart {
            svg: s.svg.clone(),
            alt: s.title.clone(),
        });
        blocks.push(Block::Table {
            header: vec![String::new(), v.period.clone(), v.previous.clone()],
            rows: s
                .lines
                .iter()
                .chain(std::iter::once(&s.total))
                .map(|l| vec![l.label.clone(), l.current.clone(), l.previous.clone()])
                .collect(),
        });
    }
    blocks.push(Block::Heading {
        text: tr.t("obs-method"),
    });
    blocks.extend(
        v.method
            .iter()
            .map(|s| Block::Paragraph { text: s.clone() }),
    );
    guichet_letters::Document {
        lang: tr.lang.code().to_owned(),
        title: v.title.clone(),
        subtitle: tr.targs(
            "obs-subtitle",
            &[("period", &v.period), ("previous", &v.previous)],
        ),
        blocks,
        footer: organisation.to_owned(),
    }
}

/// The barrier alerts of the coordinator's teams, in words, for the home page.
pub async fn alerts_in_words(
    state: &AppState,
    ctx: &Ctx,
    actor: &guichet_domain::Actor,
) -> Result<Vec<String>, DeskError> {
    let alerts = desk::alerts(&state.desk(), actor).await?;
    if alerts.is_empty() {
        return Ok(Vec::new());
    }
    let namer = Namer::load(state, &ctx.tr).await?;
    let d = |x| guichet_words::date_in_words(&ctx.tr, x);
    Ok(alerts
        .iter()
        .map(|a| {
            ctx.tr.targs(
                "obs-alert",
                &[
                    ("team", &a.team),
                    ("platform", &namer.name(&ctx.tr, "platform", &a.platform)),
                    ("count", &a.jump.current.to_string()),
                    ("from", &d(a.from)),
                    ("to", &d(a.to)),
                    ("usual", &format!("{:.1}", a.jump.usual)),
                    ("usual_from", &d(a.usual_from)),
                    ("usual_to", &d(a.usual_to)),
                ],
            )
        })
        .collect())
}
