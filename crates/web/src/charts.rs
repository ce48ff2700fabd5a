//! Charts drawn on the server as SVG, for the observatory and the audit.
//!
//! A chart is an image with a title and a description (`role="img"`, labelled by both);
//! its numbers are always also in a table beside it, so nothing is only in the picture.
//! Bars are horizontal, one line of label above each group, the value written at the
//! end of each bar. A second series is hatched, not only another colour, and the
//! legend names both: readable in black and white and without telling colours apart.
//! The ink is a dark blue on white (over 10:1, well above the 3:1 asked of graphics).

use std::fmt::Write;

/// One figure of a row: how long its bar is, and what is written beside it. A hidden
/// figure (a small or suppressed cell) has no bar, only its words ("< 5", "hidden").
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub amount: Option<f64>,
    pub text: String,
}

impl Value {
    pub fn shown(amount: f64, text: impl Into<String>) -> Self {
        Value {
            amount: Some(amount),
            text: text.into(),
        }
    }

    pub fn hidden(text: impl Into<String>) -> Self {
        Value {
            amount: None,
            text: text.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: String,
    /// One value per series, in the order of [`Chart::series`].
    pub values: Vec<Value>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Unique on the page: the ids of the title, the description and the hatching.
    pub id: String,
    pub title: String,
    pub description: String,
    /// The names of the series (one or two); the legend is drawn when there are two.
    pub series: Vec<String>,
    pub rows: Vec<Row>,
    /// The end of the scale; `None` takes the largest value.
    pub max: Option<f64>,
}

const WIDTH: f64 = 640.0;
const BAR_AREA: f64 = 520.0;
const LABEL_H: f64 = 18.0;
const BAR_H: f64 = 14.0;
const GAP: f64 = 10.0;
const INK: &str = "#1d3a5f";

/// Escapes text for SVG (which is XML): the five characters that matter.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl Chart {
    /// The SVG markup, ready to place in a page (`|safe`) or in a PDF.
    pub fn svg(&self) -> String {
        let id = escape(&self.id);
        let series = self.series.len().max(1);
        let max = self
            .max
            .unwrap_or_else(|| {
                self.rows
                    .iter()
                    .flat_map(|r| r.values.iter().filter_map(|v| v.amount))
                    .fold(0.0, f64::max)
            })
            .max(f64::MIN_POSITIVE);
        let legend_h = if series > 1 { LABEL_H + GAP } else { 0.0 };
        let row_h = LABEL_H + BAR_H * series as f64 + GAP;
        let height = legend_h + row_h * self.rows.len() as f64 + 2.0;
        let mut s = String::new();
        let _ = write!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" \
             aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 {WIDTH} {height}\" \
             width=\"{WIDTH}\" height=\"{height}\" font-size=\"13\" \
             font-family=\"system-ui, sans-serif\">\
             <title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>\
             <defs><pattern id=\"{id}-h\" width=\"6\" height=\"6\" \
             patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
             <rect width=\"6\" height=\"6\" fill=\"#fff\"/>\
             <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{INK}\" stroke-width=\"3\"/>\
             </pattern></defs>",
            escape(&self.title),
            escape(&self.description),
        );
        if series > 1 {
            let mut x = 0.0;
            for (i, name) in self.series.iter().enumerate() {
                let _ = write!(
                    s,
                    "<rect x=\"{x}\" y=\"2\" width=\"24\" height=\"{BAR_H}\" {}/>\
                     <text x=\"{}\" y=\"14\">{}</text>",
                    fill(&id, i),
                    x + 30.0,
                    escape(name)
                );
                x += 30.0 + 9.0 * name.chars().count() as f64 + 30.0;
            }
        }
        for (r, row) in self.rows.iter().enumerate() {
            let top = legend_h + row_h * r as f64;
            let _ = write!(
                s,
                "<text x=\"0\" y=\"{}\" font-weight=\"bold\">{}</text>",
                top + 13.0,
                escape(&row.label)
            );
            for (i, v) in row.values.iter().enumerate() {
                let y = top + LABEL_H + BAR_H * i as f64;
                let len = v
                    .amount
                    .map(|a| (a.max(0.0) / max * BAR_AREA).min(BAR_AREA))
                    .unwrap_or(0.0);
                if len > 0.0 {
                    let _ = write!(
                        s,
                        "<rect x=\"0\" y=\"{y}\" width=\"{len:.1}\" height=\"{}\" {}/>",
                        BAR_H - 2.0,
                        fill(&id, i)
                    );
                }
                let _ = write!(
                    s,
                    "<text x=\"{:.1}\" y=\"{}\">{}</text>",
                    len + 6.0,
                    y + 11.0,
                    escape(&v.text)
                );
            }
        }
        s.push_str("</svg>");
        s
    }
}

fn fill(id: &str, series: usize) -> String {
    if series == 0 {
        format!("fill=\"{INK}\"")
    } else {
        format!("fill=\"url(#{id}-h)\" stroke=\"{INK}\" stroke-width=\"1\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart() -> Chart {
        Chart {
            id: "platforms".into(),
            title: "Platforms that blocked people".into(),
            description: "itsme 12, MyMinfin < 5".into(),
            series: vec!["This quarter".into(), "Last quarter".into()],
            rows: vec![
                Row {
                    label: "itsme & co <b>".into(),
                    values: vec![Value::shown(12.0, "12"), Value::shown(6.0, "6")],
                },
                Row {
                    label: "MyMinfin".into(),
                    values: vec![Value::hidden("< 5"), Value::shown(24.0, "24")],
                },
            ],
            max: None,
        }
    }

    #[test]
    fn an_image_with_its_title_and_description() {
        let svg = chart().svg();
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("aria-labelledby=\"platforms-t platforms-d\""));
        assert!(svg.contains("<title id=\"platforms-t\">Platforms that blocked people</title>"));
        assert!(svg.contains("<desc id=\"platforms-d\">itsme 12, MyMinfin &lt; 5</desc>"));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn labels_are_escaped_and_every_value_is_written() {
        let svg = chart().svg();
        assert!(svg.contains("itsme &amp; co &lt;b&gt;"));
        assert!(!svg.contains("<b>"));
        for text in [">12<", ">6<", ">&lt; 5<", ">24<"] {
            assert!(svg.contains(text), "{text} missing");
        }
    }

    #[test]
    fn the_second_series_is_hatched_and_named_in_the_legend() {
        let svg = chart().svg();
        assert!(svg.contains("url(#platforms-h)"));
        assert!(svg.contains(">Last quarter<"));
        // A hidden value has no bar: three bars for four values.
        assert_eq!(svg.matches("height=\"12\"").count(), 3);
    }

    #[test]
    fn bars_are_in_proportion_to_the_largest_value() {
        let svg = chart().svg();
        // 24 is the largest: the full width; 12 half of it; 6 a quarter.
        assert!(svg.contains("width=\"520.0\""));
        assert!(svg.contains("width=\"260.0\""));
        assert!(svg.contains("width=\"130.0\""));
    }

    #[test]
    fn a_single_series_has_no_legend_and_an_empty_chart_draws() {
        let mut c = chart();
        c.series.truncate(1);
        for r in &mut c.rows {
            r.values.truncate(1);
        }
        assert!(!c.svg().contains(">This quarter<"));
        c.rows.clear();
        assert!(c.svg().ends_with("</svg>"));
    }
}
