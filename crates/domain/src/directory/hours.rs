//! Opening hours people can trust: whether a listing is open now, when it opens next,
//! a week view for printing, and the OpenStreetMap `opening_hours` strings that
//! data·inclusion uses for `horaires_accueil`.
//!
//! Conventions, the same everywhere in this module:
//! - Times are Brussels local time (see [`crate::clock::brussels`]).
//! - A listing is always closed on the ten Belgian public holidays
//!   ([`crate::calendar::is_public_holiday`]) and on the days of its closures.
//! - A slot never runs past midnight. A closing time of `00:00` means midnight at the
//!   end of the day, so `00:00`–`00:00` is the whole day and `20:00`–`00:00` runs until
//!   midnight. A closing time of `23:59` (or later in that minute) also means until
//!   midnight, because sources write it that way. Any other slot that does not close
//!   after it opens (`10:00`–`10:00`, `22:00`–`02:00`) cannot be evaluated and is left
//!   out.
//! - Slots of one day that overlap or touch are one opening period.

use super::{AccessMode, Closure, Schedule};
use crate::calendar::is_public_holiday;
use crate::org::{DayHours, WeeklyHours, WEEKDAYS};
use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike, Weekday};
use opening_hours_syntax::rules::day::{HolidayKind, WeekDayRange};
use opening_hours_syntax::rules::time::{Time, TimeSpan};
use opening_hours_syntax::rules::{RuleKind, RuleOperator, RuleSequence};

/// Seconds in a day: the end of a slot that runs until midnight.
const DAY_SECS: u32 = 86_400;
/// Minutes in a day: `24:00` in an OpenStreetMap string.
const DAY_MINS: u32 = 1_440;
/// How far [`Timetable::next_open`] looks: this many days after the day asked about.
pub const LOOK_AHEAD_DAYS: u64 = 62;

/// Opening periods of one day, sorted: start and end, in seconds or minutes from midnight.
type Periods = Vec<(u32, u32)>;

/// The opening periods of each weekday (Monday first), in minutes from midnight.
type Week = [Periods; 7];

/// One weekly opening slot.
///
/// `closes` is `00:00` when the slot runs until midnight (see the module notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub day: Weekday,
    pub opens: NaiveTime,
    pub closes: NaiveTime,
    /// What the slot is for (walk-in, appointment…); `None` = plain opening hours.
    pub attending: Option<AccessMode>,
    /// First day the slot is in force, if it has one.
    pub valid_from: Option<NaiveDate>,
    /// Last day the slot is in force (included), if it has one.
    pub valid_to: Option<NaiveDate>,
}

impl Slot {
    /// In force on `d`: within `valid_from..=valid_to`.
    fn valid_on(&self, d: NaiveDate) -> bool {
        self.valid_from.is_none_or(|from| from <= d) && self.valid_to.is_none_or(|to| d <= to)
    }

    /// Counts for this way of attending: any slot when none is asked for; otherwise a
    /// slot for that way or a slot of plain opening hours.
    fn serves(&self, mode: Option<AccessMode>) -> bool {
        match mode {
            None => true,
            Some(m) => self.attending.is_none() || self.attending == Some(m),
        }
    }

    /// Start and end in seconds from midnight, if the slot closes after it opens.
    fn span(&self) -> Option<(u32, u32)> {
        let start = secs(self.opens);
        let end = end_secs(self.closes);
        (start < end).then_some((start, end))
    }
}

/// Weekly slots + closures of one listing; closed on Belgian public holidays always.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timetable {
    pub slots: Vec<Slot>,
    pub closures: Vec<Closure>,
}

/// When a listing is open next: on `date` from `opens` to `closes` (`closes` is `00:00`
/// when it stays open until midnight). `now` is true when it is already open at the time
/// asked about; `opens` is then when the current opening period began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextOpen {
    pub date: NaiveDate,
    pub opens: NaiveTime,
    pub closes: NaiveTime,
    pub now: bool,
}

impl NextOpen {
    /// The moment the opening period begins.
    pub fn starts(&self) -> NaiveDateTime {
        self.date.and_time(self.opens)
    }

    /// The moment the opening period ends (midnight of the next day when `closes` is
    /// `00:00`).
    pub fn ends(&self) -> NaiveDateTime {
        if self.closes == NaiveTime::MIN {
            self.date
                .and_time(NaiveTime::MIN)
                .checked_add_signed(TimeDelta::days(1))
                .unwrap_or(NaiveDateTime::MAX)
        } else {
            self.date.and_time(self.closes)
        }
    }
}

impl Timetable {
    /// The evaluable rows of `schedules`, with the closures given.
    ///
    /// A row is evaluable when its `freq` is `WEEKLY` or missing, its `interval` is
    /// missing or 1, it has no `count`, its `byday` holds plain weekdays (at least one,
    /// and no `byday_raw` such as `2MO`), and it has both times with the closing time
    /// after the opening time, `00:00` and `23:59` closing at midnight (see the module
    /// notes). A row's `dtstart` and `until` narrow its `valid_from` and `valid_to`.
    /// Each weekday of a row is one slot.
    pub fn new(schedules: &[Schedule], closures: &[Closure]) -> Timetable {
        let mut slots = Vec::new();
        for row in schedules {
            if !is_evaluable(row) {
                continue;
            }
            let (Some(opens), Some(closes)) = (row.opens_at, row.closes_at) else {
                continue;
            };
            let closes = if end_secs(closes) == DAY_SECS {
                NaiveTime::MIN
            } else {
                closes
            };
            let valid_from = latest(row.valid_from, row.dtstart);
            let valid_to = earliest(row.valid_to, row.until);
            let mut days = row.byday.clone();
            days.sort_by_key(|d| d.num_days_from_monday());
            days.dedup();
            slots.extend(days.into_iter().map(|day| Slot {
                day,
                opens,
                closes,
                attending: row.attending,
                valid_from,
                valid_to,
            }));
        }
        Timetable {
            slots,
            closures: closures.to_vec(),
        }
    }

    /// The schedules in force for a service at a location: the service_at_location's own
    /// rows if it has any, else the service's, else the location's. Closures: the
    /// location's and the service's together (a location's closure cascades to its
    /// services).
    ///
    /// A level "has rows" when it has any row at all, even rows that cannot be evaluated:
    /// the source then described hours of its own there, and the hours of a broader level
    /// would be wrong.
    pub fn for_listing(
        sal: &[Schedule],
        service: &[Schedule],
        location: &[Schedule],
        service_closures: &[Closure],
        location_closures: &[Closure],
    ) -> Timetable {
        let rows = if !sal.is_empty() {
            sal
        } else if !service.is_empty() {
            service
        } else {
            location
        };
        let closures: Vec<Closure> = location_closures
            .iter()
            .chain(service_closures)
            .cloned()
            .collect();
        Timetable::new(rows, &closures)
    }

    /// Open at this local time for this way of attending. `mode = Some(m)` counts the
    /// slots for `m` and the slots of plain opening hours (`attending = None`); whether
    /// plain opening hours mean walk-in is the caller's decision, from the service's
    /// access. `mode = None` counts every slot.
    pub fn is_open(&self, at: NaiveDateTime, mode: Option<AccessMode>) -> bool {
        let t = secs(at.time());
        self.periods_on(at.date(), mode)
            .iter()
            .any(|&(start, end)| start <= t && t < end)
    }

    /// The next time it is open at or after `at` (if open now: the current opening
    /// period, with `now = true`), looking at most [`LOOK_AHEAD_DAYS`] days ahead; never
    /// on a public holiday, never in a closure, never outside a slot's
    /// `valid_from..=valid_to`.
    pub fn next_open(&self, at: NaiveDateTime, mode: Option<AccessMode>) -> Option<NextOpen> {
        let t = secs(at.time());
        for ahead in 0..=LOOK_AHEAD_DAYS {
            let date = at.date().checked_add_days(Days::new(ahead))?;
            let periods = self.periods_on(date, mode);
            let found = if ahead == 0 {
                periods.into_iter().find(|&(_, end)| end > t)
            } else {
                periods.into_iter().next()
            };
            if let Some((start, end)) = found {
                return Some(NextOpen {
                    date,
                    opens: time_of_secs(start),
                    closes: time_of_secs(end),
                    now: ahead == 0 && start <= t,
                });
            }
        }
        None
    }

    /// A week view (Monday first) of the slots in force on `on`, for printing; several
    /// slots a day are merged and sorted. Public holidays and closures are not shown
    /// here (the banner of [`Timetable::closure_on`] tells about closures). Times are
    /// shown to the minute.
    pub fn week(&self, on: NaiveDate, mode: Option<AccessMode>) -> WeeklyHours {
        let mut days: [DayHours; 7] = Default::default();
        for (hours, day) in days.iter_mut().zip(WEEKDAYS) {
            let minutes = merge(
                self.periods(day, on, mode)
                    .into_iter()
                    .map(|(start, end)| (start / 60, end.div_ceil(60)))
                    .collect(),
            );
            let text = minutes
                .iter()
                .map(|&(start, end)| format!("{}-{}", hhmm(start), hhmm(end)))
                .collect::<Vec<_>>()
                .join(", ");
            *hours = DayHours::parse(&text).unwrap_or_default();
        }
        WeeklyHours(days)
    }

    /// The closure covering `d`, if any (for the banner).
    pub fn closure_on(&self, d: NaiveDate) -> Option<&Closure> {
        self.closures.iter().find(|c| c.covers(d))
    }

    /// The opening periods of weekday `day` from the slots in force on `valid_on`, in
    /// seconds from midnight, merged and sorted.
    fn periods(&self, day: Weekday, valid_on: NaiveDate, mode: Option<AccessMode>) -> Periods {
        merge(
            self.slots
                .iter()
                .filter(|s| s.day == day && s.valid_on(valid_on) && s.serves(mode))
                .filter_map(Slot::span)
                .collect(),
        )
    }

    /// The opening periods of the date `d`: none on a public holiday or in a closure.
    fn periods_on(&self, d: NaiveDate, mode: Option<AccessMode>) -> Periods {
        if is_public_holiday(d) || self.closure_on(d).is_some() {
            return Vec::new();
        }
        self.periods(d.weekday(), d, mode)
    }
}

/// Whether [`Timetable::new`] can evaluate a schedule row.
fn is_evaluable(row: &Schedule) -> bool {
    let weekly = row
        .freq
        .as_deref()
        .is_none_or(|f| f.trim().eq_ignore_ascii_case("weekly"));
    let every_week = row.interval.is_none_or(|i| i == 1);
    let plain_days =
        !row.byday.is_empty() && row.byday_raw.as_deref().is_none_or(|r| r.trim().is_empty());
    let hours = match (row.opens_at, row.closes_at) {
        (Some(opens), Some(closes)) => secs(opens) < end_secs(closes),
        _ => false,
    };
    weekly && every_week && row.count.is_none() && plain_days && hours
}

fn latest(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

fn earliest(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Seconds from midnight (a fraction of a second is dropped).
fn secs(t: NaiveTime) -> u32 {
    t.num_seconds_from_midnight()
}

/// Seconds from midnight of a closing time: `00:00` and `23:59` (or later) are midnight
/// at the end of the day.
fn end_secs(closes: NaiveTime) -> u32 {
    let s = secs(closes);
    if s == 0 || s >= DAY_SECS - 60 {
        DAY_SECS
    } else {
        s
    }
}

/// The time at `s` seconds from midnight; the end of the day is `00:00`.
fn time_of_secs(s: u32) -> NaiveTime {
    if s >= DAY_SECS {
        return NaiveTime::MIN;
    }
    NaiveTime::from_num_seconds_from_midnight_opt(s, 0).unwrap_or(NaiveTime::MIN)
}

/// The time at `m` minutes from midnight; the end of the day is `00:00`.
fn time_of_mins(m: u32) -> NaiveTime {
    time_of_secs(m.saturating_mul(60))
}

/// `HH:MM`, with `24:00` for the end of the day.
fn hhmm(m: u32) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// Sorts periods and joins those that overlap or touch.
fn merge(mut periods: Periods) -> Periods {
    periods.retain(|&(start, end)| start < end);
    periods.sort_unstable();
    let mut out: Periods = Vec::with_capacity(periods.len());
    for (start, end) in periods {
        match out.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

/// `periods` without the parts covered by `cuts`.
fn subtract(periods: &[(u32, u32)], cuts: &[(u32, u32)]) -> Periods {
    let mut left = periods.to_vec();
    for &(cut_start, cut_end) in cuts {
        let mut next = Vec::with_capacity(left.len() + 1);
        for (start, end) in left {
            if cut_end <= start || end <= cut_start {
                next.push((start, end));
                continue;
            }
            if start < cut_start {
                next.push((start, cut_start));
            }
            if cut_end < end {
                next.push((cut_end, end));
            }
        }
        left = next;
    }
    merge(left)
}

/// Weekdays that share the same periods, in the order of their first day, each with
/// those periods. Closed days are left out.
fn groups(week: &Week) -> Vec<(Vec<usize>, Periods)> {
    let mut out: Vec<(Vec<usize>, Periods)> = Vec::new();
    for (day, periods) in week.iter().enumerate() {
        if periods.is_empty() {
            continue;
        }
        match out.iter_mut().find(|(_, p)| p == periods) {
            Some((days, _)) => days.push(day),
            None => out.push((vec![day], periods.clone())),
        }
    }
    out
}

/// Why an OpenStreetMap `opening_hours` string could not be turned into schedules.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OsmError {
    /// The string is blank: the hours are not known (which is not the same as closed).
    #[error("no opening hours given")]
    Empty,
    /// Not the `opening_hours` grammar; the parser's message.
    #[error("not valid opening_hours: {0}")]
    Syntax(String),
    /// Valid, but uses something guichet does not evaluate; names it.
    #[error("opening_hours that guichet cannot evaluate: {0}")]
    Unsupported(String),
}

fn unsupported(what: impl Into<String>) -> OsmError {
    OsmError::Unsupported(what.into())
}

/// OpenStreetMap `opening_hours` (data·inclusion `horaires_accueil`, e.g.
/// `Mo-Fr 08:30-12:30; PH off`, `Mo,We 09:00-12:00,13:30-16:00; Sa 10:00-12:00`,
/// `24/7`) → HSDS schedule rows: one row per (set of days, time span), ids
/// `{id_prefix}-1`, `{id_prefix}-2`…, with `attending` set to the argument.
///
/// Understood: weekdays with ranges (`Mo-Fr`, also across Sunday: `Fr-Mo`) and lists,
/// time spans within a day (`24:00` for midnight), several rules with `;` (a later rule
/// replaces the hours of the days it names), additional rules with `,` (they add hours),
/// `off`/`closed` rules that remove whole days or spans (`We 12:00-14:00 off`), `PH off`
/// (guichet closes on public holidays anyway) and `24/7`. Anything else is refused with
/// [`OsmError::Unsupported`] rather than guessed: years, months and dates, week numbers,
/// the nth weekday of a month, school holidays, opening on public holidays, sunrise and
/// the other times of the sun, open ends (`+`), repeated times, spans past midnight,
/// comments, `unknown` and fallback rules (`||`).
pub fn schedules_from_osm(
    osm: &str,
    attending: Option<AccessMode>,
    id_prefix: &str,
) -> Result<Vec<Schedule>, OsmError> {
    let osm = osm.trim();
    if osm.is_empty() {
        return Err(OsmError::Empty);
    }
    let expression = opening_hours_syntax::parse(osm).map_err(|e| match e {
        opening_hours_syntax::Error::Unsupported(what) => unsupported(what),
        other => OsmError::Syntax(other.to_string()),
    })?;
    let mut week: Week = Default::default();
    for rule in &expression.rules {
        apply_rule(&mut week, rule)?;
    }
    let mut rows = Vec::new();
    for (days, periods) in groups(&week) {
        for (start, end) in periods {
            rows.push(Schedule {
                id: format!("{id_prefix}-{}", rows.len() + 1),
                attending,
                freq: Some("WEEKLY".to_owned()),
                byday: days.iter().map(|&d| WEEKDAYS[d]).collect(),
                opens_at: Some(time_of_mins(start)),
                closes_at: Some(time_of_mins(end)),
                ..Schedule::default()
            });
        }
    }
    Ok(rows)
}

/// Applies one rule of an `opening_hours` expression to the week built so far.
fn apply_rule(week: &mut Week, rule: &RuleSequence) -> Result<(), OsmError> {
    if !rule.comment.is_empty() {
        return Err(unsupported(format!("comments (\"{}\")", rule.comment)));
    }
    if rule.operator == RuleOperator::Fallback {
        return Err(unsupported("fallback rules (||)"));
    }
    let open = match rule.kind {
        RuleKind::Open => true,
        RuleKind::Closed => false,
        RuleKind::Unknown => return Err(unsupported("the unknown state")),
    };
    let selector = &rule.day_selector;
    if !selector.year.is_empty() {
        return Err(unsupported("years"));
    }
    if !selector.monthday.is_empty() {
        return Err(unsupported("months and dates"));
    }
    if !selector.week.is_empty() {
        return Err(unsupported("week numbers"));
    }
    let mut days = [selector.weekday.is_empty(); 7];
    for range in &selector.weekday {
        match range {
            WeekDayRange::Fixed {
                range,
                offset,
                nth_from_start,
                nth_from_end,
            } => {
                if *offset != 0 {
                    return Err(unsupported("day offsets"));
                }
                if nth_from_start.contains(&false) || nth_from_end.contains(&false) {
                    return Err(unsupported("the nth weekday of a month"));
                }
                let mut day = *range.start();
                loop {
                    days[day.num_days_from_monday() as usize] = true;
                    if day == *range.end() {
                        break;
                    }
                    day = day.succ();
                }
            }
            WeekDayRange::Holiday {
                kind: HolidayKind::School,
                ..
            } => return Err(unsupported("school holidays (SH)")),
            WeekDayRange::Holiday {
                kind: HolidayKind::Public,
                offset,
            } => {
                if *offset != 0 {
                    return Err(unsupported("days around public holidays"));
                }
                if open {
                    return Err(unsupported("opening on public holidays"));
                }
                // `PH off`: guichet closes on public holidays anyway.
            }
        }
    }
    let spans = merge(
        rule.time_selector
            .spans
            .iter()
            .map(span_minutes)
            .collect::<Result<Vec<_>, _>>()?,
    );
    for (periods, _) in week.iter_mut().zip(days).filter(|(_, named)| *named) {
        *periods = match (rule.operator, open) {
            (RuleOperator::Normal, true) => spans.clone(),
            (_, true) => merge(periods.iter().chain(&spans).copied().collect()),
            (_, false) => subtract(periods, &spans),
        };
    }
    Ok(())
}

/// A time span of the grammar in minutes from midnight, if it stays within one day.
fn span_minutes(span: &TimeSpan) -> Result<(u32, u32), OsmError> {
    if span.open_end {
        return Err(unsupported("open ends (+)"));
    }
    if span.repeats.is_some() {
        return Err(unsupported("repeated times (/)"));
    }
    let (Time::Fixed(start), Time::Fixed(end)) = (span.range.start, span.range.end) else {
        return Err(unsupported("sunrise, sunset, dawn and dusk"));
    };
    let start = u32::from(start.mins_from_midnight());
    let end = u32::from(end.mins_from_midnight());
    if start >= end || end > DAY_MINS {
        return Err(unsupported(format!("hours past midnight ({span})")));
    }
    Ok((start, end))
}

/// Weekdays (indices, Monday = 0, ascending) as OpenStreetMap writes them: runs of
/// consecutive days as ranges (`Mo-We`), the rest as a list (`Mo-We,Fr`).
fn osm_days(days: &[usize]) -> String {
    const NAMES: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
    let name = |d: usize| NAMES.get(d).copied().unwrap_or("Mo");
    let mut parts = Vec::new();
    let mut k = 0;
    while k < days.len() {
        let first = days[k];
        let mut last = first;
        while k + 1 < days.len() && days[k + 1] == last + 1 {
            k += 1;
            last = days[k];
        }
        parts.push(if first == last {
            name(first).to_owned()
        } else {
            format!("{}-{}", name(first), name(last))
        });
        k += 1;
    }
    parts.join(",")
}

/// Back to an OSM string, e.g. `Mo-Fr 08:30-12:30; PH off` (it ends with `; PH off`,
/// because guichet treats listings as closed on public holidays). Only the rows
/// [`Timetable::new`] can evaluate count; consecutive days with the same spans are
/// written as ranges, and a week open all the time as `24/7; PH off`.
///
/// Every row given counts, whatever its `attending` and its validity dates: the caller
/// picks the rows (one way of attending, those in force). Without any row that can be
/// evaluated the string is empty: nothing is known, which is not the same as closed.
/// Times are written to the minute.
pub fn schedules_to_osm(schedules: &[Schedule]) -> String {
    let table = Timetable::new(schedules, &[]);
    let mut week: Week = Default::default();
    for slot in &table.slots {
        if let Some((start, end)) = slot.span() {
            week[slot.day.num_days_from_monday() as usize].push((start / 60, end.div_ceil(60)));
        }
    }
    for periods in week.iter_mut() {
        *periods = merge(std::mem::take(periods));
    }
    if week.iter().all(Vec::is_empty) {
        return String::new();
    }
    if week.iter().all(|p| p.as_slice() == [(0, DAY_MINS)]) {
        return "24/7; PH off".to_owned();
    }
    let rules: Vec<String> = groups(&week)
        .into_iter()
        .map(|(days, periods)| {
            let spans: Vec<String> = periods
                .iter()
                .map(|&(start, end)| format!("{}-{}", hhmm(start), hhmm(end)))
                .collect();
            format!("{} {}", osm_days(&days), spans.join(","))
        })
        .collect();
    format!("{}; PH off", rules.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        date(y, mo, d).and_time(time(h, mi))
    }

    fn row(days: &[Weekday], opens: (u32, u32), closes: (u32, u32)) -> Schedule {
        Schedule {
            id: format!("r{}{}", opens.0, closes.0),
            freq: Some("WEEKLY".to_owned()),
            byday: days.to_vec(),
            opens_at: Some(time(opens.0, opens.1)),
            closes_at: Some(time(closes.0, closes.1)),
            ..Schedule::default()
        }
    }

    const WEEKDAYS_ONLY: [Weekday; 5] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];

    /// Mo-Fr 08:30-12:30 and 13:30-16:00.
    fn office() -> Timetable {
        Timetable::new(
            &[
                row(&WEEKDAYS_ONLY, (8, 30), (12, 30)),
                row(&WEEKDAYS_ONLY, (13, 30), (16, 0)),
            ],
            &[],
        )
    }

    fn closure(from: NaiveDate, to: NaiveDate, reason: &str) -> Closure {
        Closure {
            from,
            to,
            reason: reason.to_owned(),
        }
    }

    #[test]
    fn open_on_a_monday_morning() {
        let t = office();
        assert_eq!(date(2026, 3, 2).weekday(), Weekday::Mon);
        assert!(t.is_open(at(2026, 3, 2, 10, 0), None));
        let next = t.next_open(at(2026, 3, 2, 10, 0), None).unwrap();
        assert_eq!(
            next,
            NextOpen {
                date: date(2026, 3, 2),
                opens: time(8, 30),
                closes: time(12, 30),
                now: true
            }
        );
        assert!(t.is_open(at(2026, 3, 2, 8, 30), None));
        assert!(!t.is_open(at(2026, 3, 2, 8, 29), None));
        assert!(!t.is_open(at(2026, 3, 2, 16, 0), None));
    }

    #[test]
    fn closed_during_the_lunch_break() {
        let t = office();
        assert!(!t.is_open(at(2026, 3, 2, 12, 45), None));
        let next = t.next_open(at(2026, 3, 2, 12, 45), None).unwrap();
        assert_eq!(next.date, date(2026, 3, 2));
        assert_eq!(
            (next.opens, next.closes, next.now),
            (time(13, 30), time(16, 0), false)
        );
    }

    #[test]
    fn closed_on_a_sunday_and_open_again_on_monday() {
        let t = office();
        assert_eq!(date(2026, 3, 8).weekday(), Weekday::Sun);
        assert!(!t.is_open(at(2026, 3, 8, 10, 0), None));
        let next = t.next_open(at(2026, 3, 8, 10, 0), None).unwrap();
        assert_eq!((next.date, next.opens), (date(2026, 3, 9), time(8, 30)));
    }

    #[test]
    fn next_open_skips_a_public_holiday() {
        let t = office();
        // Armistice, Wednesday 11 November 2026.
        assert_eq!(date(2026, 11, 11).weekday(), Weekday::Wed);
        assert!(!t.is_open(at(2026, 11, 11, 10, 0), None));
        let next = t.next_open(at(2026, 11, 10, 17, 0), None).unwrap();
        assert_eq!((next.date, next.opens), (date(2026, 11, 12), time(8, 30)));
    }

    #[test]
    fn next_open_on_friday_evening_is_monday_or_tuesday_after_easter_monday() {
        let t = office();
        let next = t.next_open(at(2026, 3, 6, 18, 0), None).unwrap();
        assert_eq!(
            (next.date, next.opens, next.now),
            (date(2026, 3, 9), time(8, 30), false)
        );
        // Easter Monday 29 March 2027.
        let next = t.next_open(at(2027, 3, 26, 18, 0), None).unwrap();
        assert_eq!(next.date, date(2027, 3, 30));
    }

    #[test]
    fn a_location_closure_cascades_to_its_services() {
        let location_rows = [row(&WEEKDAYS_ONLY, (9, 0), (17, 0))];
        let service_rows = [row(&[Weekday::Mon, Weekday::Thu], (9, 0), (12, 0))];
        let works = closure(date(2026, 8, 3), date(2026, 8, 14), "travaux");
        let t = Timetable::for_listing(
            &[],
            &service_rows,
            &location_rows,
            &[],
            std::slice::from_ref(&works),
        );
        // The service's own hours, not the location's.
        assert!(!t.is_open(at(2026, 7, 28, 10, 0), None));
        assert!(t.is_open(at(2026, 7, 27, 10, 0), None));
        // Closed by the location's works.
        assert_eq!(date(2026, 8, 3).weekday(), Weekday::Mon);
        assert!(!t.is_open(at(2026, 8, 3, 10, 0), None));
        assert_eq!(t.closure_on(date(2026, 8, 5)), Some(&works));
        assert_eq!(t.closure_on(date(2026, 8, 15)), None);
        let next = t.next_open(at(2026, 8, 3, 10, 0), None).unwrap();
        assert_eq!((next.date, next.opens), (date(2026, 8, 17), time(9, 0)));
        // Closures of the service count too.
        let holiday = closure(date(2026, 8, 17), date(2026, 8, 17), "congé");
        let t = Timetable::for_listing(&[], &service_rows, &location_rows, &[holiday], &[works]);
        assert_eq!(
            t.next_open(at(2026, 8, 3, 10, 0), None).unwrap().date,
            date(2026, 8, 20)
        );
    }

    #[test]
    fn for_listing_prefers_the_most_specific_rows() {
        let sal = [row(&[Weekday::Wed], (14, 0), (16, 0))];
        let service = [row(&[Weekday::Mon], (9, 0), (12, 0))];
        let location = [row(&WEEKDAYS_ONLY, (8, 0), (18, 0))];
        let wed = at(2026, 3, 4, 15, 0);
        let mon = at(2026, 3, 2, 10, 0);
        let t = Timetable::for_listing(&sal, &service, &location, &[], &[]);
        assert!(t.is_open(wed, None) && !t.is_open(mon, None));
        let t = Timetable::for_listing(&[], &service, &location, &[], &[]);
        assert!(!t.is_open(wed, None) && t.is_open(mon, None));
        let t = Timetable::for_listing(&[], &[], &location, &[], &[]);
        assert!(t.is_open(wed, None) && t.is_open(mon, None));
    }

    #[test]
    fn valid_from_and_valid_to_are_respected() {
        let mut regular = row(&WEEKDAYS_ONLY, (9, 0), (17, 0));
        regular.valid_to = Some(date(2026, 6, 30));
        let mut summer = row(&WEEKDAYS_ONLY, (10, 0), (12, 0));
        summer.valid_from = Some(date(2026, 7, 1));
        summer.until = Some(date(2026, 8, 31));
        let t = Timetable::new(&[regular, summer], &[]);
        assert!(t.is_open(at(2026, 6, 30, 15, 0), None));
        assert!(!t.is_open(at(2026, 7, 1, 15, 0), None));
        assert!(t.is_open(at(2026, 7, 1, 10, 30), None));
        let next = t.next_open(at(2026, 6, 30, 17, 0), None).unwrap();
        assert_eq!((next.date, next.opens), (date(2026, 7, 1), time(10, 0)));
        // Nothing is in force after the summer.
        assert!(!t.is_open(at(2026, 9, 1, 10, 30), None));
        assert_eq!(t.next_open(at(2026, 8, 31, 13, 0), None), None);
        // The week view shows the hours in force on the day asked about.
        assert_eq!(
            t.week(date(2026, 6, 1), None).day(Weekday::Mon).to_string(),
            "09:00–17:00"
        );
        assert_eq!(
            t.week(date(2026, 7, 15), None)
                .day(Weekday::Mon)
                .to_string(),
            "10:00–12:00"
        );
        assert!(t
            .week(date(2026, 9, 15), None)
            .day(Weekday::Mon)
            .is_closed());
    }

    #[test]
    fn ways_of_attending_are_told_apart() {
        let mut walk_in = row(&[Weekday::Tue], (14, 0), (18, 0));
        walk_in.attending = Some(AccessMode::WalkIn);
        let mut appointment = row(&[Weekday::Thu], (9, 0), (12, 0));
        appointment.attending = Some(AccessMode::Appointment);
        let plain = row(&[Weekday::Mon], (9, 0), (12, 0));
        let t = Timetable::new(&[walk_in, appointment, plain], &[]);
        let tue = at(2026, 3, 3, 15, 0);
        let thu = at(2026, 3, 5, 10, 0);
        let mon = at(2026, 3, 2, 10, 0);
        assert!(t.is_open(tue, Some(AccessMode::WalkIn)));
        assert!(!t.is_open(tue, Some(AccessMode::Appointment)));
        assert!(t.is_open(tue, None));
        assert!(!t.is_open(thu, Some(AccessMode::WalkIn)));
        assert!(t.is_open(thu, Some(AccessMode::Appointment)));
        assert!(t.is_open(mon, Some(AccessMode::WalkIn)));
        let next = t.next_open(mon, Some(AccessMode::Appointment)).unwrap();
        assert!(next.now);
        let next = t
            .next_open(at(2026, 3, 2, 13, 0), Some(AccessMode::Appointment))
            .unwrap();
        assert_eq!(next.date, date(2026, 3, 5));
    }

    #[test]
    fn midnight_and_23_59_mean_the_end_of_the_day() {
        let late = row(&[Weekday::Mon], (20, 0), (0, 0));
        let until_2359 = row(&[Weekday::Tue], (18, 0), (23, 59));
        let all_day = row(&[Weekday::Wed], (0, 0), (0, 0));
        let t = Timetable::new(&[late, until_2359, all_day], &[]);
        assert!(t.is_open(at(2026, 3, 2, 23, 30), None));
        assert!(!t.is_open(at(2026, 3, 3, 0, 0), None));
        let tue = date(2026, 3, 3).and_hms_opt(23, 59, 30).unwrap();
        assert!(t.is_open(tue, None));
        assert!(t.is_open(at(2026, 3, 4, 0, 0), None));
        assert!(t.is_open(date(2026, 3, 4).and_hms_opt(23, 59, 59).unwrap(), None));
        let next = t.next_open(at(2026, 3, 2, 21, 0), None).unwrap();
        assert_eq!((next.opens, next.closes), (time(20, 0), NaiveTime::MIN));
        assert_eq!(next.ends(), at(2026, 3, 3, 0, 0));
        assert_eq!(t.slots[1].closes, NaiveTime::MIN);
        assert_eq!(
            t.week(date(2026, 3, 2), None).day(Weekday::Wed).to_string(),
            "00:00–23:59"
        );
    }

    #[test]
    fn rows_that_cannot_be_evaluated_are_left_out() {
        let good = row(&[Weekday::Mon], (9, 0), (12, 0));
        let monthly = Schedule {
            freq: Some("MONTHLY".to_owned()),
            ..good.clone()
        };
        let fortnightly = Schedule {
            interval: Some(2),
            ..good.clone()
        };
        let first_monday = Schedule {
            byday_raw: Some("1MO".to_owned()),
            ..good.clone()
        };
        let no_hours = Schedule {
            closes_at: None,
            ..good.clone()
        };
        let reversed = row(&[Weekday::Mon], (22, 0), (2, 0));
        let same = row(&[Weekday::Mon], (10, 0), (10, 0));
        let counted = Schedule {
            count: Some(4),
            ..good.clone()
        };
        let no_days = Schedule {
            byday: Vec::new(),
            ..good.clone()
        };
        let plain_freq = Schedule {
            freq: None,
            interval: Some(1),
            byday: vec![Weekday::Tue, Weekday::Tue],
            ..good.clone()
        };
        let t = Timetable::new(
            &[
                good,
                monthly,
                fortnightly,
                first_monday,
                no_hours,
                reversed,
                same,
                counted,
                no_days,
                plain_freq,
            ],
            &[],
        );
        let days: Vec<Weekday> = t.slots.iter().map(|s| s.day).collect();
        assert_eq!(days, [Weekday::Mon, Weekday::Tue]);
    }

    #[test]
    fn the_week_view_merges_and_sorts_slots() {
        let rows = [
            row(&[Weekday::Mon], (13, 30), (16, 0)),
            row(&[Weekday::Mon], (8, 30), (12, 0)),
            row(&[Weekday::Mon], (11, 0), (12, 30)),
            row(&[Weekday::Fri], (9, 0), (10, 0)),
            row(&[Weekday::Fri], (10, 0), (11, 0)),
        ];
        let mut appointment = row(&[Weekday::Sat], (9, 0), (12, 0));
        appointment.attending = Some(AccessMode::Appointment);
        let mut all = rows.to_vec();
        all.push(appointment);
        let t = Timetable::new(&all, &[]);
        let w = t.week(date(2026, 3, 2), Some(AccessMode::WalkIn));
        assert_eq!(w.day(Weekday::Mon).to_string(), "08:30–12:30, 13:30–16:00");
        assert_eq!(w.day(Weekday::Fri).to_string(), "09:00–11:00");
        assert!(w.day(Weekday::Sat).is_closed());
        assert!(w.day(Weekday::Sun).is_closed());
        let w = t.week(date(2026, 3, 2), None);
        assert_eq!(w.day(Weekday::Sat).to_string(), "09:00–12:00");
    }

    fn spans_of(rows: &[Schedule]) -> Vec<(Vec<Weekday>, NaiveTime, NaiveTime)> {
        rows.iter()
            .map(|r| (r.byday.clone(), r.opens_at.unwrap(), r.closes_at.unwrap()))
            .collect()
    }

    #[test]
    fn osm_strings_from_data_inclusion_are_read() {
        use Weekday::*;
        let rows = schedules_from_osm("Mo-Fr 08:30-12:30; PH off", Some(AccessMode::WalkIn), "di")
            .unwrap();
        assert_eq!(
            spans_of(&rows),
            [(vec![Mon, Tue, Wed, Thu, Fri], time(8, 30), time(12, 30))]
        );
        assert_eq!(rows[0].id, "di-1");
        assert_eq!(rows[0].attending, Some(AccessMode::WalkIn));
        assert_eq!(rows[0].freq.as_deref(), Some("WEEKLY"));

        let rows = schedules_from_osm("Mo-We,Fr 09:00-12:00,14:00-17:00", None, "x").unwrap();
        assert_eq!(
            spans_of(&rows),
            [
                (vec![Mon, Tue, Wed, Fri], time(9, 0), time(12, 0)),
                (vec![Mon, Tue, Wed, Fri], time(14, 0), time(17, 0)),
            ]
        );
        assert_eq!(rows[1].id, "x-2");

        let rows = schedules_from_osm("Tu 14:00-18:00; Sa 09:30-12:00", None, "x").unwrap();
        assert_eq!(
            spans_of(&rows),
            [
                (vec![Tue], time(14, 0), time(18, 0)),
                (vec![Sat], time(9, 30), time(12, 0)),
            ]
        );

        let rows = schedules_from_osm("24/7", None, "x").unwrap();
        assert_eq!(
            spans_of(&rows),
            [(WEEKDAYS.to_vec(), NaiveTime::MIN, NaiveTime::MIN)]
        );
        let t = Timetable::new(&rows, &[]);
        assert!(t.is_open(at(2026, 3, 8, 3, 0), None));
        assert!(!t.is_open(at(2026, 12, 25, 3, 0), None));

        let rows =
            schedules_from_osm("Mo,We 09:00-12:00,13:30-16:00; Sa 10:00-12:00", None, "x").unwrap();
        let t = Timetable::new(&rows, &[]);
        assert!(t.is_open(at(2026, 3, 4, 14, 0), None));
        assert!(!t.is_open(at(2026, 3, 3, 10, 0), None));
        assert!(t.is_open(at(2026, 3, 7, 11, 0), None));
    }

    #[test]
    fn osm_off_rules_and_additional_rules() {
        let to = |s: &str| schedules_to_osm(&schedules_from_osm(s, None, "x").unwrap());
        assert_eq!(
            to("Mo-Fr 08:00-18:00; We 12:00-14:00 off"),
            "Mo-Tu,Th-Fr 08:00-18:00; We 08:00-12:00,14:00-18:00; PH off"
        );
        assert_eq!(to("Mo-Sa 09:00-17:00; Sa off"), "Mo-Fr 09:00-17:00; PH off");
        assert_eq!(
            to("Mo-Su 09:00-17:00; Su,PH closed"),
            "Mo-Sa 09:00-17:00; PH off"
        );
        assert_eq!(
            to("Mo-Fr 09:00-12:00, Sa 10:00-11:00, Mo 14:00-16:00"),
            "Mo 09:00-12:00,14:00-16:00; Tu-Fr 09:00-12:00; Sa 10:00-11:00; PH off"
        );
        // A later `;` rule replaces the hours of the days it names.
        assert_eq!(
            to("Mo-Fr 09:00-17:00; Fr 09:00-12:00"),
            "Mo-Th 09:00-17:00; Fr 09:00-12:00; PH off"
        );
        // Ranges across Sunday.
        assert_eq!(to("Fr-Mo 10:00-12:00"), "Mo,Fr-Su 10:00-12:00; PH off");
        assert_eq!(to("10:00-12:00"), "Mo-Su 10:00-12:00; PH off");
        assert_eq!(to("Mo 18:00-24:00"), "Mo 18:00-24:00; PH off");
        assert!(schedules_from_osm("off", None, "x").unwrap().is_empty());
        assert_eq!(to("closed"), "");
    }

    #[test]
    fn osm_strings_come_back_equivalent() {
        for (given, written) in [
            ("Mo-Fr 08:30-12:30; PH off", "Mo-Fr 08:30-12:30; PH off"),
            (
                "Mo-We,Fr 09:00-12:00,14:00-17:00",
                "Mo-We,Fr 09:00-12:00,14:00-17:00; PH off",
            ),
            (
                "Tu 14:00-18:00; Sa 09:30-12:00",
                "Tu 14:00-18:00; Sa 09:30-12:00; PH off",
            ),
            ("24/7", "24/7; PH off"),
            (
                "Mo,We 09:00-12:00,13:30-16:00; Sa 10:00-12:00",
                "Mo,We 09:00-12:00,13:30-16:00; Sa 10:00-12:00; PH off",
            ),
        ] {
            let rows = schedules_from_osm(given, None, "x").unwrap();
            let back = schedules_to_osm(&rows);
            assert_eq!(back, written, "{given}");
            let again = schedules_from_osm(&back, None, "x").unwrap();
            assert_eq!(again, rows, "{given}");
        }
    }

    #[test]
    fn schedules_to_osm_reads_only_rows_it_can_evaluate() {
        let mut rows = vec![
            row(&[Weekday::Mon, Weekday::Tue], (9, 0), (12, 0)),
            row(&[Weekday::Mon], (11, 0), (13, 0)),
        ];
        rows.push(Schedule {
            freq: Some("MONTHLY".to_owned()),
            ..row(&[Weekday::Sat], (9, 0), (12, 0))
        });
        assert_eq!(
            schedules_to_osm(&rows),
            "Mo 09:00-13:00; Tu 09:00-12:00; PH off"
        );
        assert_eq!(schedules_to_osm(&[]), "");
    }

    #[test]
    fn unsupported_osm_is_refused() {
        for (osm, what) in [
            ("Jan-Mar Mo 10:00-12:00", "months"),
            ("sunrise-sunset", "sunrise"),
            ("week 1-10 Mo 10:00-12:00", "week numbers"),
            ("2026 Mo 10:00-12:00", "years"),
            ("Mo[1] 10:00-12:00", "nth weekday"),
            ("Mo 22:00-02:00", "past midnight"),
            ("Mo 10:00+", "open ends"),
            ("Mo-Fr 09:00-17:00; SH off", "school holidays"),
            ("PH 10:00-12:00", "public holidays"),
            ("Mo 10:00-12:00 \"sur rendez-vous\"", "comments"),
            ("Mo 10:00-12:00 || Tu 10:00-12:00", "fallback"),
            ("Mo unknown", "unknown"),
        ] {
            match schedules_from_osm(osm, None, "x") {
                Err(OsmError::Unsupported(msg)) => assert!(msg.contains(what), "{osm}: {msg}"),
                other => panic!("{osm}: {other:?}"),
            }
        }
    }

    #[test]
    fn bad_osm_syntax_is_an_error() {
        for osm in [
            "lundi 9h-12h",
            "Mo-Fr 9-12",
            "Mo-Fr 08:30-",
            "Mo-Fr 08:30-12:30;;;x",
        ] {
            assert!(
                matches!(schedules_from_osm(osm, None, "x"), Err(OsmError::Syntax(_))),
                "{osm}"
            );
        }
        assert_eq!(schedules_from_osm("  ", None, "x"), Err(OsmError::Empty));
    }

    const MODES: [Option<AccessMode>; 3] = [
        None,
        Some(AccessMode::WalkIn),
        Some(AccessMode::Appointment),
    ];

    fn start() -> NaiveDate {
        date(2026, 1, 1)
    }

    fn day_after_start(max: u64) -> impl Strategy<Value = NaiveDate> {
        (0..max).prop_map(|n| start() + Days::new(n))
    }

    /// A slot on the quarter hour, up to twelve hours long, sometimes until midnight.
    fn slot() -> impl Strategy<Value = Slot> {
        (
            0usize..7,
            0u32..96,
            1u32..=48,
            prop::sample::select(MODES.to_vec()),
            prop::option::weighted(0.3, day_after_start(200)),
            prop::option::weighted(0.3, day_after_start(200)),
        )
            .prop_map(|(day, q, len, attending, valid_from, valid_to)| Slot {
                day: WEEKDAYS[day],
                opens: time_of_mins(q * 15),
                closes: time_of_mins(((q + len) * 15).min(DAY_MINS)),
                attending,
                valid_from,
                valid_to,
            })
    }

    fn closures() -> impl Strategy<Value = Vec<Closure>> {
        prop::collection::vec(
            (day_after_start(200), 0u64..20)
                .prop_map(|(from, len)| closure(from, from + Days::new(len), "fermé")),
            0..4,
        )
    }

    fn instant() -> impl Strategy<Value = NaiveDateTime> {
        (day_after_start(200), 0u32..DAY_SECS).prop_map(|(d, s)| d.and_time(time_of_secs(s)))
    }

    /// Rows of plain weekly hours: a set of days and a span on the quarter hour.
    fn rows() -> impl Strategy<Value = Vec<Schedule>> {
        prop::collection::vec(
            (prop::collection::vec(0usize..7, 1..4), 0u32..96, 1u32..=48).prop_map(
                |(days, q, len)| Schedule {
                    id: "r".to_owned(),
                    byday: days.into_iter().map(|d| WEEKDAYS[d]).collect(),
                    opens_at: Some(time_of_mins(q * 15)),
                    closes_at: Some(time_of_mins(((q + len) * 15).min(DAY_MINS))),
                    ..Schedule::default()
                },
            ),
            0..6,
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// `next_open` is never before `at`, ends after it, contains it when `now`, falls
        /// on no public holiday and in no closure, and agrees with `is_open`.
        #[test]
        fn next_open_agrees_with_is_open(
            slots in prop::collection::vec(slot(), 0..8),
            closures in closures(),
            at in instant(),
            mode in prop::sample::select(MODES.to_vec()),
            inside in any::<bool>(),
            pick in any::<usize>(),
        ) {
            // Half of the time, move `at` into one of the slots, so that `now` is tried too.
            let at = match slots.get(pick % slots.len().max(1)).and_then(Slot::span) {
                Some((start, end)) if inside => {
                    let slot = &slots[pick % slots.len()];
                    let days = (7 + slot.day.num_days_from_monday()
                        - at.weekday().num_days_from_monday())
                        % 7;
                    let offset = u32::try_from(pick % 86_400).unwrap_or(0) % (end - start);
                    (at.date() + Days::new(u64::from(days))).and_time(time_of_secs(start + offset))
                }
                _ => at,
            };
            let t = Timetable { slots, closures };
            let next = t.next_open(at, mode);
            prop_assert_eq!(t.is_open(at, mode), next.is_some_and(|n| n.now));
            if let Some(n) = next {
                let second = TimeDelta::seconds(1);
                prop_assert!(n.ends() > at);
                if n.now {
                    prop_assert!(n.starts() <= at);
                } else {
                    prop_assert!(n.starts() > at);
                    // Closed just before: it is really the next opening.
                    prop_assert!(!t.is_open(n.starts() - second, mode));
                }
                prop_assert!(!is_public_holiday(n.date));
                prop_assert!(t.closures.iter().all(|c| !c.covers(n.date)));
                prop_assert!(t.closure_on(n.date).is_none());
                prop_assert!(t.is_open(n.starts(), mode));
                prop_assert!(t.is_open(n.ends() - second, mode));
                prop_assert!(!t.is_open(n.ends(), mode) || n.closes == NaiveTime::MIN);
                prop_assert!(n.date <= at.date() + Days::new(LOOK_AHEAD_DAYS));
                prop_assert!(t.slots.iter().any(|s| s.day == n.date.weekday()
                    && s.valid_on(n.date)
                    && s.serves(mode)));
            }
        }

        /// Rows written as an OSM string and read back give the same hours.
        #[test]
        fn osm_round_trip_keeps_the_hours(rows in rows()) {
            let written = schedules_to_osm(&rows);
            if rows.is_empty() {
                prop_assert_eq!(written.as_str(), "");
            } else {
                prop_assert!(written.ends_with("; PH off"), "{}", written);
                let back = schedules_from_osm(&written, None, "x")
                    .map_err(|e| TestCaseError::fail(format!("{written}: {e}")))?;
                prop_assert_eq!(schedules_to_osm(&back), written.clone());
                let on = start();
                prop_assert_eq!(
                    Timetable::new(&back, &[]).week(on, None),
                    Timetable::new(&rows, &[]).week(on, None)
                );
            }
        }
    }
}
