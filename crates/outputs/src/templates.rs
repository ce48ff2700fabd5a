//! Message templates: the words guichet sends to a person (acknowledgement, appointment
//! confirmation and reminder, fridge card, orientation slip), per variant (standard,
//! easy-read, SMS) and language (fr, nl, en, de). Each template is a subject and a body.
//!
//! The shipped texts are files of this crate (`templates/{lang}/{kind}.{variant}.txt`:
//! the first line is the subject, then an empty line, then the body). An organisation
//! may edit them (stored elsewhere); this module only renders.
//!
//! Rendering is sandboxed: a fresh minijinja `Environment` with no loader (no
//! `include`/`import` of files), no global functions beyond the built-in filters, only
//! the values passed, a fuel limit against endless loops, no auto-escaping (the text is
//! plain), and an unknown variable is an error naming the variable and its line.

use std::collections::BTreeMap;

use guichet_domain::Lang;
use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, ErrorKind, UndefinedBehavior};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Acknowledgement,
    AppointmentConfirmation,
    AppointmentReminder,
    FridgeCard,
    OrientationSlip,
    /// The answer to a referral, told to the person (a refusal too).
    ReferralAnswer,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Acknowledgement,
        Kind::AppointmentConfirmation,
        Kind::AppointmentReminder,
        Kind::FridgeCard,
        Kind::OrientationSlip,
        Kind::ReferralAnswer,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Kind::Acknowledgement => "acknowledgement",
            Kind::AppointmentConfirmation => "appointment-confirmation",
            Kind::AppointmentReminder => "appointment-reminder",
            Kind::FridgeCard => "fridge-card",
            Kind::OrientationSlip => "orientation-slip",
            Kind::ReferralAnswer => "referral-answer",
        }
    }

    pub fn parse(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The SMS variant exists only for the short messages.
    pub fn has_sms(self) -> bool {
        matches!(
            self,
            Kind::Acknowledgement
                | Kind::AppointmentConfirmation
                | Kind::AppointmentReminder
                | Kind::ReferralAnswer
        )
    }

    /// The variables a template of this kind may use, in the order they are documented.
    pub fn variables(self) -> &'static [&'static str] {
        match self {
            Kind::Acknowledgement => &[
                "name",
                "topic",
                "service",
                "promised_date",
                "promised_date_short",
                "phone",
                "walk_in_hours",
                "address",
                "organisation",
                "reference",
            ],
            Kind::AppointmentConfirmation | Kind::AppointmentReminder | Kind::FridgeCard => &[
                "name",
                "day",
                "day_short",
                "time",
                "place",
                "with",
                "room",
                "what_to_bring",
                "phone",
                "organisation",
            ],
            Kind::OrientationSlip => &[
                "name",
                "service_name",
                "service_address",
                "service_hours",
                "service_phone",
                "what_to_bring",
                "phone",
                "organisation",
            ],
            Kind::ReferralAnswer => &[
                "name",
                "service_name",
                "accepted",
                "reason",
                "service_address",
                "service_phone",
                "phone",
                "organisation",
            ],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Variant {
    Standard,
    EasyRead,
    Sms,
}

impl Variant {
    pub const ALL: [Variant; 3] = [Variant::Standard, Variant::EasyRead, Variant::Sms];

    pub fn code(self) -> &'static str {
        match self {
            Variant::Standard => "standard",
            Variant::EasyRead => "easy-read",
            Variant::Sms => "sms",
        }
    }

    pub fn parse(code: &str) -> Option<Variant> {
        Variant::ALL.into_iter().find(|v| v.code() == code)
    }
}

/// The languages a message can be written in (German too, unlike the interface).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    Fr,
    Nl,
    En,
    De,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::Fr, Language::Nl, Language::En, Language::De];

    pub fn code(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::Nl => "nl",
            Language::En => "en",
            Language::De => "de",
        }
    }

    pub fn parse(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language of the readability formulas; German has none here.
    pub fn readability(self) -> Option<Lang> {
        match self {
            Language::Fr => Some(Lang::Fr),
            Language::Nl => Some(Lang::Nl),
            Language::En => Some(Lang::En),
            Language::De => None,
        }
    }
}

/// One template: kind × variant × language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub kind: Kind,
    pub variant: Variant,
    pub language: Language,
}

impl Key {
    /// Every template, in a fixed order; a template's index in this list is its id in
    /// the editor's address (`/settings/templates/{id}`).
    pub fn all() -> Vec<Key> {
        let mut out = Vec::new();
        for kind in Kind::ALL {
            for variant in Variant::ALL {
                if variant == Variant::Sms && !kind.has_sms() {
                    continue;
                }
                for language in Language::ALL {
                    out.push(Key {
                        kind,
                        variant,
                        language,
                    });
                }
            }
        }
        out
    }

    pub fn from_index(i: usize) -> Option<Key> {
        Key::all().get(i).copied()
    }

    pub fn index(self) -> usize {
        Key::all().iter().position(|k| *k == self).unwrap_or(0)
    }

    pub fn new(kind: Kind, variant: Variant, language: Language) -> Key {
        Key {
            kind,
            variant,
            language,
        }
    }
}

/// A subject and a body, as written or as rendered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    pub subject: String,
    pub body: String,
}

/// The shipped text of a template, and whether it is the French one standing in for a
/// language not written yet (German beyond the acknowledgement and the reminder).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shipped {
    pub text: Text,
    pub fallback_from: Option<Language>,
}

macro_rules! files {
    ($($lang:literal / $kind:literal . $variant:literal),* $(,)?) => {
        fn file(lang: &str, kind: &str, variant: &str) -> Option<&'static str> {
            match (lang, kind, variant) {
                $(($lang, $kind, $variant) => Some(include_str!(concat!(
                    "../templates/", $lang, "/", $kind, ".", $variant, ".txt"
                ))),)*
                _ => None,
            }
        }
    };
}

files! {
    "fr"/"acknowledgement"."standard", "fr"/"acknowledgement"."easy-read", "fr"/"acknowledgement"."sms",
    "fr"/"appointment-confirmation"."standard", "fr"/"appointment-confirmation"."easy-read", "fr"/"appointment-confirmation"."sms",
    "fr"/"appointment-reminder"."standard", "fr"/"appointment-reminder"."easy-read", "fr"/"appointment-reminder"."sms",
    "fr"/"fridge-card"."standard", "fr"/"fridge-card"."easy-read",
    "fr"/"orientation-slip"."standard", "fr"/"orientation-slip"."easy-read",
    "nl"/"acknowledgement"."standard", "nl"/"acknowledgement"."easy-read", "nl"/"acknowledgement"."sms",
    "nl"/"appointment-confirmation"."standard", "nl"/"appointment-confirmation"."easy-read", "nl"/"appointment-confirmation"."sms",
    "nl"/"appointment-reminder"."standard", "nl"/"appointment-reminder"."easy-read", "nl"/"appointment-reminder"."sms",
    "nl"/"fridge-card"."standard", "nl"/"fridge-card"."easy-read",
    "nl"/"orientation-slip"."standard", "nl"/"orientation-slip"."easy-read",
    "en"/"acknowledgement"."standard", "en"/"acknowledgement"."easy-read", "en"/"acknowledgement"."sms",
    "en"/"appointment-confirmation"."standard", "en"/"appointment-confirmation"."easy-read", "en"/"appointment-confirmation"."sms",
    "en"/"appointment-reminder"."standard", "en"/"appointment-reminder"."easy-read", "en"/"appointment-reminder"."sms",
    "en"/"fridge-card"."standard", "en"/"fridge-card"."easy-read",
    "en"/"orientation-slip"."standard", "en"/"orientation-slip"."easy-read",
    "fr"/"referral-answer"."standard", "fr"/"referral-answer"."easy-read", "fr"/"referral-answer"."sms",
    "nl"/"referral-answer"."standard", "nl"/"referral-answer"."easy-read", "nl"/"referral-answer"."sms",
    "en"/"referral-answer"."standard", "en"/"referral-answer"."easy-read", "en"/"referral-answer"."sms",
    "de"/"acknowledgement"."standard", "de"/"acknowledgement"."easy-read", "de"/"acknowledgement"."sms",
    "de"/"appointment-confirmation"."sms",
    "de"/"appointment-reminder"."standard", "de"/"appointment-reminder"."easy-read", "de"/"appointment-reminder"."sms",
}

/// Splits a shipped file: first line the subject, an empty line, then the body.
fn parse_file(s: &str) -> Text {
    let s = s.replace("\r\n", "\n");
    let (subject, body) = s.split_once('\n').unwrap_or((&s, ""));
    Text {
        subject: subject.trim().to_owned(),
        body: body.trim().to_owned(),
    }
}

/// The text shipped with guichet for `key`; a language not written yet falls back to
/// French (and says so).
pub fn shipped(key: Key) -> Shipped {
    let (kind, variant) = (key.kind.code(), key.variant.code());
    if let Some(f) = file(key.language.code(), kind, variant) {
        return Shipped {
            text: parse_file(f),
            fallback_from: None,
        };
    }
    Shipped {
        text: file("fr", kind, variant)
            .map(parse_file)
            .unwrap_or_default(),
        fallback_from: Some(Language::Fr),
    }
}

/// The values given to a template: variable name → text.
pub type Values = BTreeMap<String, String>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Subject,
    Body,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A `{{ }}` or `{% %}` mark is not written right; minijinja's own words.
    Syntax(String),
    /// A variable this kind of message does not have.
    UnknownVariable(String),
    /// The template does too much work (a loop without end?).
    TooMuchWork,
    /// Anything else going wrong while filling in; minijinja's own words.
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    pub field: Field,
    /// 1-based line in that field.
    pub line: usize,
    pub problem: Problem,
}

/// Fuel: enough for any honest message, stops a runaway loop quickly.
const FUEL: u64 = 20_000;

fn environment() -> Environment<'static> {
    // No loader and no template added: `include`/`import`/`extends` find nothing.
    // The built-in filters (upper, default…) and globals (range…) read nothing outside
    // the values passed.
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| AutoEscape::None);
    env.set_fuel(Some(FUEL));
    env.set_recursion_limit(20);
    env
}

/// First line (1-based) of `source` where `name` appears as a whole word.
fn line_of(source: &str, name: &str) -> usize {
    source
        .lines()
        .position(|l| {
            l.match_indices(name).any(|(i, _)| {
                let before = l[..i].chars().next_back();
                let after = l[i + name.len()..].chars().next();
                let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                !word(before) && !word(after)
            })
        })
        .map(|i| i + 1)
        .unwrap_or(1)
}

fn render_one(
    env: &Environment<'static>,
    kind: Kind,
    field: Field,
    source: &str,
    ctx: &Value,
) -> Result<String, TemplateError> {
    let err = |line: usize, problem: Problem| TemplateError {
        field,
        line,
        problem,
    };
    let tmpl = env
        .template_from_str(source)
        .map_err(|e| err(e.line().unwrap_or(1), Problem::Syntax(describe(&e))))?;
    let allowed = kind.variables();
    let mut unknown: Vec<String> = tmpl
        .undeclared_variables(false)
        .into_iter()
        .filter(|v| !allowed.contains(&v.as_str()))
        .collect();
    unknown.sort_by_key(|v| line_of(source, v));
    if let Some(v) = unknown.into_iter().next() {
        return Err(err(line_of(source, &v), Problem::UnknownVariable(v)));
    }
    tmpl.render(ctx).map_err(|e| {
        let line = e.line().unwrap_or(1);
        match e.kind() {
            ErrorKind::OutOfFuel => err(line, Problem::TooMuchWork),
            ErrorKind::SyntaxError => err(line, Problem::Syntax(describe(&e))),
            _ => err(line, Problem::Other(describe(&e))),
        }
    })
}

fn describe(e: &minijinja::Error) -> String {
    e.detail()
        .map(str::to_owned)
        .unwrap_or_else(|| e.kind().to_string())
}

/// Fills in `text` (subject and body) for a message of `kind` with `values`. A variable
/// of the kind missing from `values` is given as empty text.
pub fn render(kind: Kind, text: &Text, values: &Values) -> Result<Text, TemplateError> {
    let env = environment();
    let mut map: BTreeMap<String, Value> = kind
        .variables()
        .iter()
        .map(|v| ((*v).to_owned(), Value::from("")))
        .collect();
    for (k, v) in values {
        map.insert(k.clone(), Value::from(v.as_str()));
    }
    let ctx = Value::from_object(map);
    Ok(Text {
        subject: render_one(&env, kind, Field::Subject, &text.subject, &ctx)?
            .trim()
            .to_owned(),
        body: tidy(&render_one(&env, kind, Field::Body, &text.body, &ctx)?),
    })
}

/// Removes blank lines left by `{% if %}` blocks and trailing spaces.
fn tidy(s: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for line in s.lines().map(str::trim_end) {
        if line.is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

const DE_WEEKDAYS: [&str; 7] = [
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
];
const DE_MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// German day names (Monday = 0), for German messages: the interface has no German.
pub fn weekday_de(monday0: usize) -> &'static str {
    DE_WEEKDAYS[monday0 % 7]
}

/// "Montag, 16. März 2026".
pub fn date_in_words_de(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!(
        "{}, {}. {} {}",
        weekday_de(d.weekday().num_days_from_monday() as usize),
        d.day(),
        DE_MONTHS[d.month0() as usize],
        d.year()
    )
}

/// The `place` of an appointment held by phone, in words.
pub fn place_by_phone(language: Language) -> &'static str {
    match language {
        Language::Fr => "par téléphone (nous vous appelons)",
        Language::Nl => "per telefoon (wij bellen u)",
        Language::En => "by phone (we call you)",
        Language::De => "am Telefon (wir rufen Sie an)",
    }
}

/// The `place` of an appointment at the person's home, in words.
pub fn place_at_home(language: Language) -> &'static str {
    match language {
        Language::Fr => "chez vous",
        Language::Nl => "bij u thuis",
        Language::En => "at your home",
        Language::De => "bei Ihnen zu Hause",
    }
}

fn v(pairs: &[(&str, &str)]) -> Values {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// Fictional sample values, for the editor's preview and the tests.
pub fn sample(kind: Kind, language: Language) -> Values {
    use Language::*;
    let org = match language {
        Fr => "CPAS de Bois-Joli",
        Nl => "OCMW Mooiebos",
        En => "Bois-Joli Social Welfare Centre",
        De => "ÖSHZ Schönwald",
    };
    let phone = "010 23 45 67";
    match kind {
        Kind::Acknowledgement => v(&[
            ("name", "Josiane Lambert"),
            (
                "topic",
                match language {
                    Fr => "factures d'énergie",
                    Nl => "energiefacturen",
                    En => "energy bills",
                    De => "Energierechnungen",
                },
            ),
            (
                "service",
                match language {
                    Fr => "Service social",
                    Nl => "Sociale dienst",
                    En => "Social service",
                    De => "Sozialdienst",
                },
            ),
            (
                "promised_date",
                match language {
                    Fr => "lundi 16 mars 2026",
                    Nl => "maandag 16 maart 2026",
                    En => "Monday 16 March 2026",
                    De => "Montag, 16. März 2026",
                },
            ),
            ("promised_date_short", "16/03/2026"),
            ("phone", phone),
            (
                "walk_in_hours",
                match language {
                    Fr => "lundi 09:00–12:00 ; jeudi 13:30–16:00",
                    Nl => "maandag 09:00–12:00; donderdag 13:30–16:00",
                    En => "Monday 09:00–12:00; Thursday 13:30–16:00",
                    De => "Montag 09:00–12:00; Donnerstag 13:30–16:00",
                },
            ),
            ("address", "Rue des Tilleuls 4, 1300 Wavre"),
            ("organisation", org),
            ("reference", "2026-0042"),
        ]),
        Kind::AppointmentConfirmation | Kind::AppointmentReminder | Kind::FridgeCard => v(&[
            ("name", "Karim Nachtergaele"),
            (
                "day",
                match language {
                    Fr => "mardi 7 avril 2026",
                    Nl => "dinsdag 7 april 2026",
                    En => "Tuesday 7 April 2026",
                    De => "Dienstag, 7. April 2026",
                },
            ),
            ("day_short", "07/04/2026"),
            ("time", "14:00"),
            ("place", "Rue des Tilleuls 4, 1300 Wavre"),
            ("with", "Marie Dupont"),
            ("room", "2"),
            (
                "what_to_bring",
                match language {
                    Fr => "votre carte d'identité",
                    Nl => "uw identiteitskaart",
                    En => "your identity card",
                    De => "Ihren Personalausweis",
                },
            ),
            ("phone", phone),
            ("organisation", org),
        ]),
        Kind::OrientationSlip => v(&[
            ("name", "Josiane Lambert"),
            (
                "service_name",
                match language {
                    Fr => "Maison de l'emploi",
                    Nl => "Werkwinkel",
                    En => "Job centre",
                    De => "Arbeitsamt",
                },
            ),
            ("service_address", "Place du Marché 2, 1300 Wavre"),
            (
                "service_hours",
                match language {
                    Fr => "du lundi au vendredi, 09:00–12:00",
                    Nl => "van maandag tot vrijdag, 09:00–12:00",
                    En => "Monday to Friday, 09:00–12:00",
                    De => "Montag bis Freitag, 09:00–12:00",
                },
            ),
            ("service_phone", "010 98 76 54"),
            (
                "what_to_bring",
                match language {
                    Fr => "votre carte d'identité",
                    Nl => "uw identiteitskaart",
                    En => "your identity card",
                    De => "Ihren Personalausweis",
                },
            ),
            ("phone", phone),
            ("organisation", org),
        ]),
        Kind::ReferralAnswer => v(&[
            ("name", "Karim Bensaïd"),
            (
                "service_name",
                match language {
                    Fr => "Atelier smartphone",
                    Nl => "Smartphonecursus",
                    En => "Smartphone workshop",
                    De => "Smartphone-Kurs",
                },
            ),
            ("accepted", "yes"),
            ("reason", ""),
            ("service_address", "Rue des Tilleuls 14, 1300 Wavre"),
            ("service_phone", "010 23 45 80"),
            ("phone", phone),
            ("organisation", org),
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use guichet_domain::{readability, sms};

    #[test]
    fn every_key_has_a_stable_index() {
        let all = Key::all();
        assert_eq!(all.len(), 6 * 2 * 4 + 4 * 4);
        for (i, k) in all.iter().enumerate() {
            assert_eq!(k.index(), i);
            assert_eq!(Key::from_index(i), Some(*k));
        }
        assert_eq!(Key::from_index(all.len()), None);
    }

    #[test]
    fn every_shipped_template_renders_with_its_sample_data() {
        for key in Key::all() {
            let s = shipped(key);
            // Only German may fall back, and only beyond the acknowledgement and reminder.
            if s.fallback_from.is_some() {
                assert_eq!(key.language, Language::De, "{key:?}");
                assert!(
                    !matches!(key.kind, Kind::Acknowledgement | Kind::AppointmentReminder),
                    "{key:?}"
                );
            }
            assert!(!s.text.body.is_empty(), "{key:?}");
            if key.variant != Variant::Sms {
                assert!(!s.text.subject.is_empty(), "{key:?}");
            }
            let out = render(key.kind, &s.text, &sample(key.kind, key.language))
                .unwrap_or_else(|e| panic!("{key:?}: {e:?}"));
            assert!(
                !out.body.contains("{{") && !out.body.contains("{%"),
                "{key:?}"
            );
            // Sample values do show up (the name, or the phone for SMS).
            assert!(out.body.contains("010 23 45 67"), "{key:?}: {}", out.body);
        }
    }

    #[test]
    fn shipped_easy_read_templates_are_easy_in_their_language() {
        for key in Key::all()
            .into_iter()
            .filter(|k| k.variant == Variant::EasyRead)
        {
            // German: no formula in the meter, so no score to check.
            let Some(lang) = key.language.readability() else {
                continue;
            };
            let s = shipped(key);
            let out = render(key.kind, &s.text, &sample(key.kind, key.language))
                .unwrap_or_else(|e| panic!("{key:?}: {e:?}"));
            let score = readability::score(lang, &out.body).map(|s| s.value);
            assert!(
                score.is_some_and(|v| v >= 70.0),
                "{key:?} scores {score:?}:\n{}",
                out.body
            );
        }
    }

    #[test]
    fn shipped_sms_fit_in_two_gsm7_messages() {
        for key in Key::all().into_iter().filter(|k| k.variant == Variant::Sms) {
            let s = shipped(key);
            let out = render(key.kind, &s.text, &sample(key.kind, key.language))
                .unwrap_or_else(|e| panic!("{key:?}: {e:?}"));
            let l = sms::length(&out.body);
            assert_eq!(
                l.encoding,
                sms::Encoding::Gsm7,
                "{key:?}: {:?} in {}",
                sms::first_non_gsm7(&out.body),
                out.body
            );
            assert!(l.segments <= 2, "{key:?}: {l:?}");
        }
    }

    fn text(subject: &str, body: &str) -> Text {
        Text {
            subject: subject.into(),
            body: body.into(),
        }
    }

    #[test]
    fn an_unknown_variable_is_named_with_its_line() {
        let e = render(
            Kind::Acknowledgement,
            &text("Hello", "Hello {{ name }}\n\nYour file {{ dossier }}."),
            &Values::new(),
        )
        .unwrap_err();
        assert_eq!(e.field, Field::Body);
        assert_eq!(e.line, 3);
        assert_eq!(e.problem, Problem::UnknownVariable("dossier".into()));
        // The appointment's variables are not the acknowledgement's.
        let e = render(
            Kind::Acknowledgement,
            &text("{{ day }}", "x"),
            &Values::new(),
        )
        .unwrap_err();
        assert_eq!((e.field, e.line), (Field::Subject, 1));
    }

    #[test]
    fn a_syntax_mistake_gives_its_line() {
        let e = render(
            Kind::Acknowledgement,
            &text("Hello", "Line one\nLine {{ name }\nthree"),
            &Values::new(),
        )
        .unwrap_err();
        assert!(matches!(e.problem, Problem::Syntax(_)), "{e:?}");
        assert_eq!(e.line, 2);
    }

    #[test]
    fn nothing_outside_the_values_can_be_read_and_loops_run_out_of_fuel() {
        for source in [
            "{% include 'secret.txt' %}",
            "{% import 'x' as y %}",
            "{% extends 'base.txt' %}",
        ] {
            assert!(
                render(Kind::Acknowledgement, &text("s", source), &Values::new()).is_err(),
                "{source}"
            );
        }
        let endless = "{% for a in name %}{% for b in name %}{% for c in name %}{% for d in name %}x{% endfor %}{% endfor %}{% endfor %}{% endfor %}";
        let e = render(
            Kind::Acknowledgement,
            &text("s", endless),
            &v(&[("name", &"a".repeat(200))]),
        )
        .unwrap_err();
        assert_eq!(e.problem, Problem::TooMuchWork);
    }

    #[test]
    fn text_is_not_html_escaped_and_blank_lines_are_tidied() {
        let out = render(
            Kind::Acknowledgement,
            &text(
                "Re: {{ topic }}",
                "{{ name }} <ok> & co\n{% if walk_in_hours %}Hours: {{ walk_in_hours }}\n{% endif %}\n\n\nBye  ",
            ),
            &v(&[("name", "D'Hondt & fils"), ("topic", "x < y")]),
        )
        .expect("renders");
        assert_eq!(out.subject, "Re: x < y");
        assert_eq!(out.body, "D'Hondt & fils <ok> & co\n\nBye");
    }

    /// A space (or a no-break space) before `:` `;` `?` `!` is French typography; Dutch,
    /// English and German never have it.
    fn french_spacing(text: &str) -> Option<&str> {
        text.lines().find(|l| {
            l.char_indices().any(|(i, c)| {
                matches!(c, ':' | ';' | '?' | '!')
                    && l[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|b| matches!(b, ' ' | '\u{a0}' | '\u{202f}'))
            })
        })
    }

    #[test]
    fn dutch_english_and_german_texts_have_no_french_punctuation_spacing() {
        assert!(french_spacing("Adresse : ici").is_some());
        assert!(french_spacing("maandag 09:00; dinsdag").is_none());
        let mut french_spaced = 0;
        for key in Key::all() {
            let s = shipped(key);
            let out = render(key.kind, &s.text, &sample(key.kind, key.language))
                .unwrap_or_else(|e| panic!("{key:?}: {e:?}"));
            for text in [&s.text.subject, &s.text.body, &out.subject, &out.body] {
                match (key.language, french_spacing(text)) {
                    (Language::Fr, Some(_)) => french_spaced += 1,
                    (Language::Fr, None) => {}
                    (_, Some(line)) if s.fallback_from.is_none() => {
                        panic!("{key:?}: French spacing in {line:?}")
                    }
                    _ => {}
                }
            }
        }
        assert!(french_spaced > 0, "French keeps its spacing");
    }

    #[test]
    fn german_dates_in_words() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 16).expect("date");
        assert_eq!(date_in_words_de(d), "Montag, 16. März 2026");
    }
}
