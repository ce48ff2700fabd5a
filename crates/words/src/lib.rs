//! guichet's words: the Fluent `.ftl` catalogues for French (default), Dutch and English,
//! compiled into the binary, and the words guichet writes the same way on a page and in a
//! message: dates, weekdays and opening hours. Used by the pages (`guichet-web`) and by the
//! application layer's messages (`guichet-desk`).

pub mod labels;

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use guichet_domain::org::{DayHours, WeeklyHours, WEEKDAYS};
use guichet_domain::Lang;
use std::sync::Arc;

pub const SOURCES: [(Lang, &str); 3] = [
    (Lang::Fr, include_str!("../locales/fr.ftl")),
    (Lang::Nl, include_str!("../locales/nl.ftl")),
    (Lang::En, include_str!("../locales/en.ftl")),
];

pub struct I18n {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
}

impl I18n {
    pub fn load() -> anyhow::Result<Self> {
        let mut bundles = Vec::new();
        for (lang, src) in SOURCES {
            let res = FluentResource::try_new(src.to_owned()).map_err(|(_, errs)| {
                anyhow::anyhow!("{}.ftl does not parse: {errs:?}", lang.code())
            })?;
            let id: unic_langid::LanguageIdentifier = lang.code().parse()?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Without this, Fluent wraps every placeable in invisible bidi marks.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(res)
                .map_err(|errs| anyhow::anyhow!("{}.ftl: {errs:?}", lang.code()))?;
            bundles.push((lang, bundle));
        }
        Ok(Self { bundles })
    }

    fn bundle(&self, lang: Lang) -> Option<&FluentBundle<FluentResource>> {
        self.bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, b)| b)
    }

    pub fn format(&self, lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(bundle) = self.bundle(lang) else {
            return key.to_owned();
        };
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            tracing::warn!(key, lang = lang.code(), "missing translation");
            return key.to_owned();
        };
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(key, lang = lang.code(), ?errors, "translation error");
        }
        out.into_owned()
    }
}

/// Translator for one request: a language and the shared bundles.
#[derive(Clone)]
pub struct Tr {
    pub lang: Lang,
    i18n: Arc<I18n>,
}

impl Tr {
    pub fn new(lang: Lang, i18n: Arc<I18n>) -> Self {
        Self { lang, i18n }
    }

    pub fn t(&self, key: &str) -> String {
        self.i18n.format(self.lang, key, None)
    }

    pub fn t1(&self, key: &str, name: &str, value: impl ToString) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value.to_string()));
        self.i18n.format(self.lang, key, Some(&args))
    }

    /// A message with two text arguments.
    pub fn t2(
        &self,
        key: &str,
        (n1, v1): (&str, impl ToString),
        (n2, v2): (&str, impl ToString),
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(n1, FluentValue::from(v1.to_string()));
        args.set(n2, FluentValue::from(v2.to_string()));
        self.i18n.format(self.lang, key, Some(&args))
    }

    /// A message with any number of text arguments.
    pub fn targs(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            args.set(*name, FluentValue::from(value.to_string()));
        }
        self.i18n.format(self.lang, key, Some(&args))
    }

    /// A message with a text argument and a number that chooses the plural form.
    pub fn t1n(&self, key: &str, (name, value): (&str, &str), (count, n): (&str, i64)) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value.to_string()));
        args.set(count, FluentValue::from(n));
        self.i18n.format(self.lang, key, Some(&args))
    }

    pub fn tn(&self, key: &str, name: &str, n: i64) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(n));
        self.i18n.format(self.lang, key, Some(&args))
    }

    /// A message with two numbers (each may choose a plural form).
    pub fn tn2(&self, key: &str, (n1, v1): (&str, i64), (n2, v2): (&str, i64)) -> String {
        let mut args = FluentArgs::new();
        args.set(n1, FluentValue::from(v1));
        args.set(n2, FluentValue::from(v2));
        self.i18n.format(self.lang, key, Some(&args))
    }
}

// ---------- dates, weekdays and hours in words ----------

pub const MONTH_KEYS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

pub const WEEKDAY_KEYS: [&str; 7] = [
    "day-mon", "day-tue", "day-wed", "day-thu", "day-fri", "day-sat", "day-sun",
];

/// "mardi 7 avril 2026", "dinsdag 7 april 2026", "Tuesday 7 April 2026".
pub fn date_in_words(tr: &Tr, d: NaiveDate) -> String {
    let weekday = tr.t(WEEKDAY_KEYS[d.weekday().num_days_from_monday() as usize]);
    let weekday = if tr.lang == Lang::En {
        weekday
    } else {
        weekday.to_lowercase()
    };
    let month = tr.t(MONTH_KEYS[d.month0() as usize]);
    format!("{weekday} {} {month} {}", d.day(), d.year())
}

/// When a listing opens next, in words: "open now, until 12:00", "today from 13:30",
/// "tomorrow from 9:00", "Thursday from 9:00" within the week, else the date.
pub fn next_open_in_words(
    tr: &Tr,
    next: &guichet_domain::directory::hours::NextOpen,
    today: NaiveDate,
) -> String {
    let from = short_time(next.opens);
    if next.now {
        let until = if next.closes == NaiveTime::MIN {
            "24:00".to_owned()
        } else {
            short_time(next.closes)
        };
        return tr.t1("dir-open-until", "time", until);
    }
    let days = (next.date - today).num_days();
    match days {
        0 => tr.t1("dir-today-from", "time", from),
        1 => tr.t1("dir-tomorrow-from", "time", from),
        2..=6 => tr.t2(
            "dir-weekday-from",
            ("day", weekday_in_words(tr, next.date.weekday())),
            ("time", from),
        ),
        _ => tr.t2(
            "dir-date-from",
            ("date", date_in_words(tr, next.date)),
            ("time", from),
        ),
    }
}

/// Between two items of a list in a sentence: French puts a space before the semicolon,
/// Dutch, English and German do not.
pub fn list_separator(lang: &str) -> &'static str {
    if lang == "fr" {
        " ; "
    } else {
        "; "
    }
}

/// "9:00–12:00 and 13:30–16:00".
pub fn hours_in_words(tr: &Tr, hours: &DayHours) -> String {
    let spans: Vec<String> = hours
        .periods()
        .iter()
        .map(|(a, b)| format!("{}–{}", short_time(*a), short_time(*b)))
        .collect();
    match spans.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {} {last}", rest.join(", "), tr.t("hours-and"))
        }
        _ => spans.join(""),
    }
}

/// "9:00", "13:30", and "24:00" for the end of the day.
pub fn short_time(t: NaiveTime) -> String {
    use chrono::Timelike;
    if (t.hour(), t.minute(), t.second()) == (23, 59, 59) {
        return "24:00".into();
    }
    t.format("%-H:%M").to_string()
}

/// A weekday as it stands inside a sentence: "Monday", "lundi", "maandag".
pub fn weekday_in_words(tr: &Tr, d: Weekday) -> String {
    let name = tr.t(WEEKDAY_KEYS[d.num_days_from_monday() as usize]);
    if tr.lang == guichet_domain::Lang::En {
        name
    } else {
        name.to_lowercase()
    }
}

/// Hours of the week in words, the closed days left out: "lundi 09:00–12:00 ; jeudi
/// 09:00–12:00, 13:30–16:00", "Monday 09:00–12:00; Thursday 09:00–12:00, 13:30–16:00".
pub fn week_in_words(tr: &Tr, hours: &WeeklyHours) -> String {
    WEEKDAYS
        .iter()
        .enumerate()
        .filter(|(_, d)| !hours.day(**d).is_closed())
        .map(|(i, d)| {
            let name = tr.t(WEEKDAY_KEYS[i]);
            let name = if tr.lang == Lang::En {
                name
            } else {
                name.to_lowercase()
            };
            format!("{name} {}", hours.day(*d))
        })
        .collect::<Vec<_>>()
        .join(list_separator(tr.lang.code()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(src: &str) -> BTreeSet<String> {
        src.lines()
            .filter(|l| !l.starts_with([' ', '#', '\t']) && l.contains(" ="))
            .filter_map(|l| l.split(" =").next())
            .map(|s| s.trim().to_owned())
            .collect()
    }

    /// All templates and Rust sources of the crates that write with these words (this
    /// one, the pages and the application layer), concatenated.
    fn all_sources() -> String {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out = String::new();
        let mut stack = vec![
            root.join("src"),
            root.join("../web/src"),
            root.join("../web/templates"),
            root.join("../desk/src"),
        ];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    out.push_str(&std::fs::read_to_string(&path).unwrap());
                    out.push('\n');
                }
            }
        }
        out
    }

    #[test]
    fn every_language_has_exactly_the_same_keys() {
        let fr = ids(SOURCES[0].1);
        assert!(fr.len() > 50, "French catalogue looks empty");
        for (lang, src) in SOURCES {
            let other = ids(src);
            let missing: Vec<_> = fr.difference(&other).collect();
            let extra: Vec<_> = other.difference(&fr).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
            assert!(
                extra.is_empty(),
                "{} has keys French lacks: {extra:?}",
                lang.code()
            );
        }
    }

    #[test]
    fn every_key_is_used_and_every_used_key_exists() {
        let fr = ids(SOURCES[0].1);
        let sources = all_sources();
        let unused: Vec<_> = fr
            .iter()
            .filter(|k| !sources.contains(&format!("\"{k}\"")))
            .collect();
        assert!(unused.is_empty(), "keys never used: {unused:?}");
        // Every key passed to t()/t1()/tn() must exist.
        let mut missing = Vec::new();
        for call in [".t(\"", ".t1(\"", ".t2(\"", ".tn(\""] {
            for piece in sources.split(call).skip(1) {
                let key = piece.split('"').next().unwrap_or_default();
                if !fr.contains(key) {
                    missing.push(key.to_owned());
                }
            }
        }
        assert!(missing.is_empty(), "keys used but not defined: {missing:?}");
    }

    /// French counts 0 as "one": a `[one]` variant that writes "1" instead of the number
    /// would tell the DPO "1 file would be anonymised" when there are none.
    #[test]
    fn a_plural_variant_never_writes_the_number_itself() {
        for lang in Lang::ALL {
            let src = std::fs::read_to_string(format!(
                "{}/locales/{}.ftl",
                env!("CARGO_MANIFEST_DIR"),
                lang.code()
            ))
            .unwrap();
            for line in src.lines().filter(|l| l.trim_start().starts_with("[one]")) {
                let words: Vec<&str> = line.split(|c: char| !c.is_ascii_digit()).collect();
                assert!(!words.contains(&"1"), "{}: {line}", lang.code());
            }
        }
        let tr = Tr::new(Lang::Fr, Arc::new(I18n::load().unwrap()));
        assert_eq!(
            tr.tn("retention-would-files", "count", 0),
            "0 dossier clôturé serait anonymisé."
        );
    }

    /// Dutch and English put no space (nor a no-break space) before `:` `;` `?` `!`;
    /// French does, and keeps it.
    #[test]
    fn dutch_and_english_never_get_french_punctuation_spacing() {
        let spaced = |text: &str| {
            text.char_indices().any(|(i, c)| {
                matches!(c, ':' | ';' | '?' | '!')
                    && text[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|b| matches!(b, ' ' | '\u{a0}' | '\u{202f}'))
            })
        };
        assert!(spaced("Adresse : ici") && spaced("Vraiment ?") && !spaced("Address: here"));
        let i18n = I18n::load().unwrap();
        let mut french = 0;
        for (lang, src) in SOURCES {
            // Every line of the catalogue (values and their continuation lines)…
            for line in src.lines().filter(|l| !l.trim_start().starts_with('#')) {
                let value = line.split_once(" = ").map_or(line, |(_, v)| v);
                if lang == Lang::Fr {
                    french += usize::from(spaced(value));
                } else {
                    assert!(!spaced(value), "{}: {line}", lang.code());
                }
            }
            // …and every message as formatted.
            if lang != Lang::Fr {
                for id in ids(src) {
                    let out = i18n.format(lang, &id, None);
                    assert!(!spaced(&out), "{}: {id} = {out}", lang.code());
                }
            }
        }
        assert!(french > 100, "French keeps its spacing before : ; ? !");
    }

    #[test]
    fn every_message_formats_in_every_language() {
        let i18n = I18n::load().unwrap();
        for (lang, src) in SOURCES {
            for id in ids(src) {
                let out = i18n.format(lang, &id, None);
                assert!(!out.is_empty() && out != id, "{}: {id}", lang.code());
                assert!(!out.contains('\u{2068}'), "bidi isolation marks in {id}");
            }
        }
    }

    /// A key shown without arguments (`t("…")`, a page title) must need none: Fluent
    /// would print "{$name}" and log a translation error on every such page.
    #[test]
    fn keys_used_without_arguments_need_none() {
        let i18n = I18n::load().unwrap();
        let sources = all_sources();
        let mut wrong = Vec::new();
        for call in [
            ".t(\"",
            "Page::new(ctx, \"",
            "Page::new(&ctx, \"",
            "Page::new(pctx, \"",
        ] {
            for piece in sources.split(call).skip(1) {
                let key = piece.split('"').next().unwrap_or_default();
                for lang in Lang::ALL {
                    let Some(bundle) = i18n.bundle(lang) else {
                        continue;
                    };
                    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                        continue;
                    };
                    let mut errors = Vec::new();
                    bundle.format_pattern(pattern, None, &mut errors);
                    if !errors.is_empty() {
                        wrong.push(format!("{}: {key}", lang.code()));
                    }
                }
            }
        }
        wrong.dedup();
        assert!(
            wrong.is_empty(),
            "keys that need arguments, used without: {wrong:?}"
        );
    }
}
