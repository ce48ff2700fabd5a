//! iCalendar (RFC 5545) files for appointments.
//!
//! One VCALENDAR with the Europe/Brussels VTIMEZONE and one VEVENT. Lines end with CRLF and
//! are folded at 75 octets without splitting a UTF-8 character; TEXT values are escaped.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use guichet_domain::clock::brussels;

/// The time zone every local time in our files refers to.
pub const TZID: &str = "Europe/Brussels";

const PRODID: &str = "-//guichet//guichet//FR";

/// Central European Time with the EU summer-time rules (last Sunday of March 02:00 →
/// 03:00, last Sunday of October 03:00 → 02:00, in force since 1996).
const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Brussels",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19960331T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// What an appointment file says. Texts are plain (unescaped); they are escaped here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsAppointment<'a> {
    /// The appointment's id: the UID is `appointment-<id>@<domain>`, stable across
    /// downloads so that a calendar updates the event instead of adding a second one.
    pub id: i64,
    pub start: DateTime<Utc>,
    pub minutes: i64,
    pub summary: &'a str,
    pub location: &'a str,
    pub description: &'a str,
    /// The worker the person meets; written as CONTACT, and as the ORGANIZER's name
    /// when an address is given.
    pub organizer_name: &'a str,
    pub organizer_email: Option<&'a str>,
}

/// The stable UID of an appointment.
pub fn appointment_uid(uid_domain: &str, id: i64) -> String {
    format!("appointment-{id}@{uid_domain}")
}

/// A complete .ics file (`text/calendar; charset=utf-8`) for one appointment.
/// `now` gives DTSTAMP, the moment the file was made.
pub fn appointment_ics(uid_domain: &str, appt: &IcsAppointment<'_>, now: DateTime<Utc>) -> String {
    let mut lines = header(None);
    lines.extend(event_lines(uid_domain, appt, false, now));
    lines.push("END:VCALENDAR".into());
    folded(&lines)
}

/// A calendar of several appointments (a worker's feed), named `name` in calendar apps.
/// A cancelled appointment stays in the file with `STATUS:CANCELLED`, so that a
/// calendar which had it removes or strikes it instead of keeping a stale event.
pub fn calendar_ics(
    uid_domain: &str,
    name: &str,
    events: &[(IcsAppointment<'_>, bool)],
    now: DateTime<Utc>,
) -> String {
    let mut lines = header(Some(name));
    for (appt, cancelled) in events {
        lines.extend(event_lines(uid_domain, appt, *cancelled, now));
    }
    lines.push("END:VCALENDAR".into());
    folded(&lines)
}

fn header(name: Option<&str>) -> Vec<String> {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    if let Some(name) = name.filter(|n| !n.trim().is_empty()) {
        // Widely read (RFC 7986 NAME; X-WR-CALNAME for older clients).
        lines.push(format!("NAME:{}", escape_text(name)));
        lines.push(format!("X-WR-CALNAME:{}", escape_text(name)));
    }
    lines.extend(VTIMEZONE.iter().map(|l| (*l).to_string()));
    lines
}

fn event_lines(
    uid_domain: &str,
    appt: &IcsAppointment<'_>,
    cancelled: bool,
    now: DateTime<Utc>,
) -> Vec<String> {
    let end = appt.start + Duration::minutes(appt.minutes.max(0));
    let mut lines = vec!["BEGIN:VEVENT".to_string()];
    lines.push(format!("UID:{}", appointment_uid(uid_domain, appt.id)));
    lines.push(format!("DTSTAMP:{}", now.format("%Y%m%dT%H%M%SZ")));
    lines.push(format!("DTSTART;TZID={TZID}:{}", local(appt.start)));
    lines.push(format!("DTEND;TZID={TZID}:{}", local(end)));
    lines.push(format!("SUMMARY:{}", escape_text(appt.summary)));
    if !appt.location.trim().is_empty() {
        lines.push(format!("LOCATION:{}", escape_text(appt.location)));
    }
    if !appt.description.trim().is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape_text(appt.description)));
    }
    if !appt.organizer_name.trim().is_empty() {
        lines.push(format!("CONTACT:{}", escape_text(appt.organizer_name)));
    }
    if let Some(email) = appt.organizer_email.filter(|e| is_plain_address(e)) {
        let cn = param_value(appt.organizer_name);
        if cn.is_empty() {
            lines.push(format!("ORGANIZER:mailto:{email}"));
        } else {
            lines.push(format!("ORGANIZER;CN={cn}:mailto:{email}"));
        }
    }
    lines.push(
        if cancelled {
            "STATUS:CANCELLED"
        } else {
            "STATUS:CONFIRMED"
        }
        .into(),
    );
    lines.push(
        if cancelled {
            "TRANSP:TRANSPARENT"
        } else {
            "TRANSP:OPAQUE"
        }
        .into(),
    );
    lines.push("END:VEVENT".into());
    lines
}

fn folded(lines: &[String]) -> String {
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(line));
    }
    out
}

/// Brussels local time in the iCalendar form, e.g. `20260302T093000`.
fn local(at: DateTime<Utc>) -> String {
    let l: NaiveDateTime = brussels(at);
    l.format("%Y%m%dT%H%M%S").to_string()
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
/// Other control characters are not allowed in TEXT and are left out (a tab is kept).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value (e.g. CN): quoted when it holds `:`, `;` or `,`; double quotes and
/// control characters, which a parameter value cannot hold, are left out.
fn param_value(s: &str) -> String {
    let clean: String = s
        .trim()
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    if clean.contains([':', ';', ',']) {
        format!("\"{clean}\"")
    } else {
        clean
    }
}

/// Only a plain address goes into a mailto: URI.
fn is_plain_address(e: &str) -> bool {
    let ok_chars = e
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | ';' | ',' | ':' | '<' | '>' | '\\'));
    ok_chars
        && e.split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
}

/// One content line, folded (RFC 5545 §3.1): no physical line longer than 75 octets
/// before its CRLF; continuation lines start with one space; a UTF-8 character is never
/// split across lines. A physical line does not end with a space or tab where that can be
/// avoided (the blanks move to the next line): some readers trim line ends, and would lose
/// the space between two words that fell at the fold.
pub fn fold(line: &str) -> String {
    const MAX: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / MAX * 3 + 2);
    // Where the content of the current physical line starts in `out`, and its octets
    // (the leading space of a continuation line included).
    let mut start = 0;
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > MAX {
            let keep = out[start..].trim_end_matches([' ', '\t']).len();
            let tail = if keep > 0 {
                out.split_off(start + keep)
            } else {
                String::new()
            };
            out.push_str("\r\n ");
            start = out.len();
            used = 1 + tail.len();
            out.push_str(&tail);
            if used + n > MAX {
                out.push_str("\r\n ");
                start = out.len();
                used = 1;
            }
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 2, 8, 15, 42).unwrap()
    }

    fn sample() -> IcsAppointment<'static> {
        IcsAppointment {
            id: 42,
            // Tuesday 10 March 2026 09:30 in Brussels (CET, UTC+1).
            start: Utc.with_ymd_and_hms(2026, 3, 10, 8, 30, 0).unwrap(),
            minutes: 45,
            summary: "Rendez-vous au CPAS : allocation de chauffage",
            location: "CPAS de Saint-Gilles, rue Fernand Bernier 40, 1060 Bruxelles",
            description: "Apportez : carte d'identité; dernière facture de mazout, \
                          attestation de revenus.\nSi vous ne pouvez pas venir, appelez-nous.",
            organizer_name: "Élise Vandenberghe",
            organizer_email: Some("accueil@cpas.example"),
        }
    }

    fn physical_lines(ics: &str) -> Vec<&str> {
        assert!(ics.ends_with("\r\n"));
        ics[..ics.len() - 2].split("\r\n").collect()
    }

    #[test]
    fn every_line_ends_with_crlf_and_fits_75_octets() {
        let ics = appointment_ics("guichet.example", &sample(), now());
        assert!(
            !ics.replace("\r\n", "").contains(['\r', '\n']),
            "bare CR or LF"
        );
        for l in physical_lines(&ics) {
            assert!(l.len() <= 75, "{} octets: {l:?}", l.len());
        }
    }

    #[test]
    fn short_lines_are_left_alone() {
        assert_eq!(fold("SUMMARY:Court"), "SUMMARY:Court\r\n");
        let exactly = format!("X:{}", "a".repeat(73));
        assert_eq!(fold(&exactly), format!("{exactly}\r\n"));
    }

    #[test]
    fn folding_at_76_octets_moves_one_octet() {
        let line = format!("X:{}", "a".repeat(74));
        let folded = fold(&line);
        assert_eq!(folded, format!("X:{}\r\n a\r\n", "a".repeat(73)));
    }

    #[test]
    fn accents_at_the_fold_are_never_split() {
        // 'é' is two octets; placed so that it straddles octet 75 at every offset.
        for pad in 60..80 {
            let line = format!("DESCRIPTION:{}{}", "a".repeat(pad), "é".repeat(40));
            let folded = fold(&line);
            for l in physical_lines(&folded) {
                assert!(l.len() <= 75, "pad {pad}: {} octets", l.len());
            }
            // Unfolding gives the line back exactly (and `folded` is valid UTF-8 by type).
            assert_eq!(folded.replace("\r\n ", "").trim_end_matches("\r\n"), line);
        }
        // Four-octet characters too.
        let line = format!("SUMMARY:{}", "🙂".repeat(50));
        let folded = fold(&line);
        assert!(physical_lines(&folded).iter().all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", "").trim_end_matches("\r\n"), line);
    }

    #[test]
    fn blanks_at_the_fold_move_to_the_next_line() {
        for pad in 60..80 {
            let line = format!("DESCRIPTION:{}{}fin", "a".repeat(pad), "mot  ".repeat(40));
            let folded = fold(&line);
            for l in physical_lines(&folded) {
                assert!(l.len() <= 75, "pad {pad}: {} octets", l.len());
                assert!(!l.ends_with([' ', '\t']), "pad {pad}: {l:?}");
            }
            assert_eq!(folded.replace("\r\n ", "").trim_end_matches("\r\n"), line);
        }
        // Nothing but blanks: still folded, still whole.
        let line = format!("X:{}", " ".repeat(200));
        let folded = fold(&line);
        assert!(physical_lines(&folded).iter().all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", "").trim_end_matches("\r\n"), line);
    }

    #[test]
    fn long_descriptions_fold_into_many_lines() {
        let long = "Bonjour, ".repeat(100);
        let line = format!("DESCRIPTION:{}", escape_text(&long));
        let folded = fold(&line);
        let lines = physical_lines(&folded);
        assert!(lines.len() > 10);
        assert!(lines[1..].iter().all(|l| l.starts_with(' ')));
        assert!(lines.iter().all(|l| l.len() <= 75));
    }

    #[test]
    fn text_escaping() {
        assert_eq!(escape_text("a,b;c\\d"), "a\\,b\\;c\\\\d");
        assert_eq!(
            escape_text("un\ndeux\r\ntrois\rquatre"),
            "un\\ndeux\\ntrois\\nquatre"
        );
        assert_eq!(escape_text("bip\u{7}\u{0}"), "bip");
        assert_eq!(escape_text("tab\there"), "tab\there");
        assert_eq!(escape_text("déjà vu : ok"), "déjà vu : ok");
        // A backslash before an n stays a backslash, not a line break.
        assert_eq!(escape_text("C:\\new"), "C:\\\\new");
    }

    #[test]
    fn times_are_brussels_local_and_dtstamp_is_utc() {
        let ics = appointment_ics("guichet.example", &sample(), now());
        assert!(ics.contains("\r\nDTSTAMP:20260302T081542Z\r\n"));
        assert!(ics.contains("\r\nDTSTART;TZID=Europe/Brussels:20260310T093000\r\n"));
        assert!(ics.contains("\r\nDTEND;TZID=Europe/Brussels:20260310T101500\r\n"));
        let summer = IcsAppointment {
            start: Utc.with_ymd_and_hms(2026, 7, 1, 12, 0, 0).unwrap(),
            ..sample()
        };
        let ics = appointment_ics("guichet.example", &summer, now());
        assert!(ics.contains("DTSTART;TZID=Europe/Brussels:20260701T140000\r\n"));
    }

    #[test]
    fn the_uid_is_stable_per_appointment() {
        let a = appointment_ics("guichet.example", &sample(), now());
        let b = appointment_ics("guichet.example", &sample(), now() + Duration::days(3));
        let uid = |s: &str| {
            s.lines()
                .find(|l| l.starts_with("UID:"))
                .map(str::to_string)
        };
        assert_eq!(uid(&a), Some("UID:appointment-42@guichet.example".into()));
        assert_eq!(uid(&a), uid(&b));
        assert_ne!(a, b, "DTSTAMP moves");
    }

    #[test]
    fn calendar_structure_and_time_zone_rules() {
        let ics = appointment_ics("guichet.example", &sample(), now());
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"));
        assert!(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"));
        assert!(ics.contains("ORGANIZER;CN=Élise Vandenberghe:mailto:accueil@cpas.example"));
    }

    #[test]
    fn empty_fields_and_odd_organizers() {
        let bare = IcsAppointment {
            location: "",
            description: " ",
            organizer_name: "Dupont, \"Jo\"",
            organizer_email: Some("not an address"),
            ..sample()
        };
        let ics = appointment_ics("guichet.example", &bare, now());
        assert!(!ics.contains("LOCATION"));
        assert!(!ics.contains("DESCRIPTION"));
        assert!(!ics.contains("ORGANIZER"));
        assert!(ics.contains("CONTACT:Dupont\\, \"Jo\"\r\n"));
        assert_eq!(param_value("Dupont, \"Jo\""), "\"Dupont, Jo\"");
    }

    /// Reads the file back with `ical`, a parser written by others.
    mod round_trip {
        use super::*;
        use ical::parser::ical::component::IcalCalendar;
        use ical::property::Property;

        fn parse(ics: &str) -> IcalCalendar {
            let mut parser = ical::IcalParser::new(ics.as_bytes());
            let cal = parser.next().expect("one calendar").expect("parses");
            assert!(parser.next().is_none(), "only one calendar");
            cal
        }

        fn prop<'a>(props: &'a [Property], name: &str) -> &'a Property {
            let found: Vec<_> = props.iter().filter(|p| p.name == name).collect();
            assert_eq!(found.len(), 1, "exactly one {name}");
            found[0]
        }

        fn value(props: &[Property], name: &str) -> String {
            prop(props, name).value.clone().unwrap_or_default()
        }

        /// Undoes TEXT escaping, as RFC 5545 §3.3.11 reads it.
        fn unescape(s: &str) -> String {
            let mut out = String::new();
            let mut chars = s.chars();
            while let Some(c) = chars.next() {
                if c == '\\' {
                    match chars.next() {
                        Some('n' | 'N') => out.push('\n'),
                        Some(o) => out.push(o),
                        None => {}
                    }
                } else {
                    out.push(c);
                }
            }
            out
        }

        #[test]
        fn an_independent_parser_reads_the_same_event() {
            let appt = IcsAppointment {
                summary: "Rendez-vous; « allocation », chauffage\\mazout – très long intitulé \
                          pour forcer un pli au milieu d'un caractère accentué éééééé",
                ..sample()
            };
            let ics = appointment_ics("guichet.example", &appt, now());
            let cal = parse(&ics);
            assert_eq!(value(&cal.properties, "VERSION"), "2.0");
            assert_eq!(value(&cal.properties, "PRODID"), PRODID);

            assert_eq!(cal.timezones.len(), 1);
            let tz = &cal.timezones[0];
            assert_eq!(value(&tz.properties, "TZID"), TZID);
            assert_eq!(tz.transitions.len(), 2);

            assert_eq!(cal.events.len(), 1);
            let ev = &cal.events[0].properties;
            assert_eq!(value(ev, "UID"), "appointment-42@guichet.example");
            assert_eq!(value(ev, "DTSTAMP"), "20260302T081542Z");
            let start = prop(ev, "DTSTART");
            assert_eq!(start.value.as_deref(), Some("20260310T093000"));
            assert_eq!(
                start.params,
                Some(vec![("TZID".to_string(), vec![TZID.to_string()])])
            );
            assert_eq!(value(ev, "DTEND"), "20260310T101500");
            assert_eq!(unescape(&value(ev, "SUMMARY")), appt.summary);
            assert_eq!(unescape(&value(ev, "LOCATION")), appt.location);
            assert_eq!(unescape(&value(ev, "DESCRIPTION")), appt.description);
            assert_eq!(unescape(&value(ev, "CONTACT")), appt.organizer_name);
            let org = prop(ev, "ORGANIZER");
            assert_eq!(org.value.as_deref(), Some("mailto:accueil@cpas.example"));
            assert_eq!(
                org.params,
                Some(vec![(
                    "CN".to_string(),
                    vec!["Élise Vandenberghe".to_string()]
                )])
            );
        }

        #[test]
        fn long_multiline_descriptions_round_trip() {
            let description = "Ligne un, avec virgule; et point-virgule.\n\
                               Deuxième ligne : accents àéèêëïôùç ÀÉÈ.\r\n\
                               Troisième — \\ barre oblique inverse.\n"
                .repeat(8);
            let appt = IcsAppointment {
                description: &description,
                ..sample()
            };
            let ics = appointment_ics("guichet.example", &appt, now());
            let cal = parse(&ics);
            let got = unescape(&value(&cal.events[0].properties, "DESCRIPTION"));
            assert_eq!(got, description.replace("\r\n", "\n"));
        }

        #[test]
        fn a_feed_holds_every_event_and_marks_the_cancelled_ones() {
            let second = IcsAppointment {
                id: 43,
                start: sample().start + Duration::days(1),
                ..sample()
            };
            let ics = calendar_ics(
                "guichet.example",
                "Agenda, guichet",
                &[(sample(), false), (second, true)],
                now(),
            );
            let cal = parse(&ics);
            assert_eq!(
                unescape(&value(&cal.properties, "X-WR-CALNAME")),
                "Agenda, guichet"
            );
            assert_eq!(cal.timezones.len(), 1, "one time zone for all events");
            assert_eq!(cal.events.len(), 2);
            let uids: Vec<String> = cal
                .events
                .iter()
                .map(|e| value(&e.properties, "UID"))
                .collect();
            assert_eq!(
                uids,
                [
                    "appointment-42@guichet.example",
                    "appointment-43@guichet.example"
                ]
            );
            assert_eq!(value(&cal.events[0].properties, "STATUS"), "CONFIRMED");
            assert_eq!(value(&cal.events[1].properties, "STATUS"), "CANCELLED");
            assert_eq!(
                value(&cal.events[1].properties, "DTSTART"),
                "20260311T093000"
            );
        }
    }
}
