//! Appointments: when they may be booked (opening and working hours, closing days),
//! overlap checks, the week of free and busy times, the confirmation and the reminders
//! each person needs, in their channels.

use crate::calendar::{
    add_working_days, previous_working_day, public_holiday, sub_working_days, Holiday,
};
use crate::clock::brussels;
use crate::contact::{Channel, ContactPreferences, Reachability};
use crate::org::{ClosingDay, DayHours, WeeklyHours};
use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc, Weekday,
};

/// The lengths, in minutes, an appointment can be booked for.
pub const DURATIONS: [i64; 5] = [15, 30, 45, 60, 90];

/// Brussels local time to UTC (the inverse of `clock::brussels`). In the autumn hour that
/// happens twice, the first one is taken; in the spring hour that does not exist, the
/// time is read as winter time.
pub fn from_brussels(local: NaiveDateTime) -> DateTime<Utc> {
    for offset in [2, 1] {
        let utc = local.and_utc() - Duration::hours(offset);
        if brussels(utc) == local {
            return utc;
        }
    }
    local.and_utc() - Duration::hours(1)
}

/// Two half-open periods `[start, start + minutes)` overlap.
pub fn overlaps(a_start: i64, a_minutes: i64, b_start: i64, b_minutes: i64) -> bool {
    a_start < b_start + b_minutes * 60 && b_start < a_start + a_minutes * 60
}

/// Why nobody can be received at a site on a given day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClosedDay {
    PublicHoliday(Holiday),
    /// One of the site's own closing days, with the label the administrator gave it.
    SiteClosed(String),
}

/// An appointment at a site is refused on a Belgian public holiday and on the site's
/// closing days. By phone or at home, the day is the worker's to choose: nothing is refused.
pub fn closed_for_appointments(
    day: NaiveDate,
    at_site: bool,
    closing_days: &[ClosingDay],
) -> Option<ClosedDay> {
    if !at_site {
        return None;
    }
    if let Some(c) = closing_days.iter().find(|c| c.date == day) {
        return Some(ClosedDay::SiteClosed(c.label.clone()));
    }
    public_holiday(day).map(ClosedDay::PublicHoliday)
}

// ---------- opening hours and working hours ----------

/// Minutes since midnight; the end of day written `24:00` (stored as 23:59:59) is 1440.
fn minute_of_day(t: NaiveTime) -> i64 {
    if (t.hour(), t.minute(), t.second()) == (23, 59, 59) {
        return 24 * 60;
    }
    i64::from(t.hour()) * 60 + i64::from(t.minute())
}

/// Whether `[start, start + minutes]` lies inside one period of the day: an appointment
/// may end exactly at closing time, never run over the lunch closure or past midnight.
pub fn fits(hours: &DayHours, start: NaiveTime, minutes: i64) -> bool {
    let from = minute_of_day(start);
    let to = from + minutes.max(0);
    hours
        .periods()
        .iter()
        .any(|(a, b)| minute_of_day(*a) <= from && to <= minute_of_day(*b))
}

/// Why an appointment does not fit that day's hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutOfHours {
    /// The site is not open at all on that weekday (a Sunday).
    SiteClosedThatDay(Weekday),
    /// The site is open that day, but not for the whole appointment; its hours that day.
    OutsideSiteHours(Weekday, DayHours),
    /// The worker does not work on that weekday (a part-time worker's day off).
    WorkerOffThatDay(Weekday),
    /// The worker works that day, but not for the whole appointment; their hours that day.
    OutsideWorkerHours(Weekday, DayHours),
}

/// The rule for booking: an appointment from `start` (Brussels time) lasting `minutes`
/// must lie entirely inside one opening period of the site that day when it is held at
/// the offices (`site`), and inside one period of the worker's weekly hours wherever it
/// is held (`worker`; `None` = a worker who recorded no hours, no limit). Start and end
/// are both checked. Every problem is returned, the site's first; empty = it fits.
pub fn check_hours(
    start: NaiveDateTime,
    minutes: i64,
    site: Option<&WeeklyHours>,
    worker: Option<&WeeklyHours>,
) -> Vec<OutOfHours> {
    let day = start.weekday();
    let mut out = Vec::new();
    if let Some(site) = site {
        let hours = site.day(day);
        if hours.is_closed() {
            out.push(OutOfHours::SiteClosedThatDay(day));
        } else if !fits(hours, start.time(), minutes) {
            out.push(OutOfHours::OutsideSiteHours(day, hours.clone()));
        }
    }
    if let Some(worker) = worker {
        let hours = worker.day(day);
        if hours.is_closed() {
            out.push(OutOfHours::WorkerOffThatDay(day));
        } else if !fits(hours, start.time(), minutes) {
            out.push(OutOfHours::OutsideWorkerHours(day, hours.clone()));
        }
    }
    out
}

// ---------- the week of free and busy times ----------

/// Why a whole day cannot be booked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayOff {
    /// A public holiday or one of the site's closing days.
    Closed(ClosedDay),
    /// The site does not open on that weekday.
    SiteClosed,
    /// The worker does not work on that weekday.
    WorkerOff,
}

/// The whole day is closed for booking: a holiday or closing day (at the offices), the
/// site's weekly day off (at the offices), the worker's day off (anywhere).
pub fn day_off(
    day: NaiveDate,
    closing_days: &[ClosingDay],
    site: Option<&WeeklyHours>,
    worker: Option<&WeeklyHours>,
) -> Option<DayOff> {
    if let Some(c) = closed_for_appointments(day, site.is_some(), closing_days) {
        return Some(DayOff::Closed(c));
    }
    if site.is_some_and(|s| s.day(day.weekday()).is_closed()) {
        return Some(DayOff::SiteClosed);
    }
    if worker.is_some_and(|w| w.day(day.weekday()).is_closed()) {
        return Some(DayOff::WorkerOff);
    }
    None
}

/// What one slot of the week view is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Already past.
    Past,
    /// Outside the site's opening hours (the lunch closure, after closing).
    Closed,
    /// Outside the worker's hours.
    OffHours,
    /// The worker has another appointment then.
    Busy,
    /// The room is taken then.
    RoomTaken,
    /// Free, but an appointment of the chosen length would not fit from here.
    TooShort,
    /// An appointment of the chosen length can be booked from here.
    Free,
}

/// Another appointment in the way: its start (Unix seconds), length, and whether it is
/// the worker's own (else the room's). Never whom it is with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Taken {
    pub starts_at: i64,
    pub minutes: i64,
    pub worker: bool,
}

/// The slot of `step` minutes from `start` (Brussels time) for an appointment of
/// `minutes`, given that day's hours (`None` = no limit) and what is already taken. The
/// same rule as booking: `Free` exactly when `check_hours` and the clash check pass.
pub fn slot(
    start: NaiveDateTime,
    step: i64,
    minutes: i64,
    site: Option<&DayHours>,
    worker: Option<&DayHours>,
    taken: &[Taken],
    now: DateTime<Utc>,
) -> Slot {
    let at = from_brussels(start).timestamp();
    if at < now.timestamp() {
        return Slot::Past;
    }
    let time = start.time();
    if site.is_some_and(|h| !fits(h, time, step)) {
        return Slot::Closed;
    }
    if worker.is_some_and(|h| !fits(h, time, step)) {
        return Slot::OffHours;
    }
    let during = |length: i64, worker_only: Option<bool>| {
        taken.iter().any(|t| {
            worker_only.is_none_or(|w| t.worker == w)
                && overlaps(at, length, t.starts_at, t.minutes)
        })
    };
    if during(step, Some(true)) {
        return Slot::Busy;
    }
    if during(step, Some(false)) {
        return Slot::RoomTaken;
    }
    let fits_all = site.is_none_or(|h| fits(h, time, minutes))
        && worker.is_none_or(|h| fits(h, time, minutes))
        && !during(minutes, None);
    if fits_all {
        Slot::Free
    } else {
        Slot::TooShort
    }
}

// ---------- confirmations and reminders ----------

/// How long a letter takes: posted on a working day, it arrives the next day the post
/// delivers (not a weekend, not a public holiday).
pub fn letter_arrives_on(posted: NaiveDate) -> NaiveDate {
    add_working_days(posted, 1, &[])
}

/// The day's post a letter queued on `day` goes with: that day if the site works,
/// else its next working day.
pub fn post_day(day: NaiveDate, closing_days: &[NaiveDate]) -> NaiveDate {
    add_working_days(day, 0, closing_days)
}

/// How the confirmation of an appointment reaches the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmBy {
    Letter,
    Email,
    Sms,
    /// The desk calls: on the landline, the mobile, or the trusted person.
    Call(Channel),
}

/// What is missing for a channel to be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    PostalAddress,
    EmailAddress,
    EmailConsent,
    MobileNumber,
    SmsConsent,
    LandlineNumber,
    TrustedPerson,
}

/// Why no confirmation can be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoConfirmation {
    /// The person is reached only when they come to the desk.
    WalkInOnly,
    /// None of the person's channels can be used; what is missing, channel by channel
    /// (empty: no channel was ever chosen).
    Unreachable(Vec<(Channel, Missing)>),
}

/// Why a channel cannot be used with what the file holds; `None` if it can.
pub fn missing_for(channel: Channel, can: Reachability, trusted_third: &str) -> Option<Missing> {
    match channel {
        Channel::PaperLetter if !can.postal_address => Some(Missing::PostalAddress),
        Channel::Email if !can.email => Some(Missing::EmailAddress),
        Channel::Email if !can.email_consent => Some(Missing::EmailConsent),
        Channel::Sms if !can.mobile => Some(Missing::MobileNumber),
        Channel::Sms if !can.sms_consent => Some(Missing::SmsConsent),
        Channel::Landline if !can.landline => Some(Missing::LandlineNumber),
        Channel::Mobile if !can.mobile => Some(Missing::MobileNumber),
        Channel::TrustedThird if trusted_third.trim().is_empty() => Some(Missing::TrustedPerson),
        _ => None,
    }
}

/// The confirmation goes in the person's first channel that works with what the file
/// holds: a letter, an email, an SMS, or a call by the desk (landline, mobile, trusted
/// person). "Walk-in only" is never a way to send anything.
pub fn confirmation_by(
    prefs: &ContactPreferences,
    can: Reachability,
) -> Result<ConfirmBy, NoConfirmation> {
    let mut missing = Vec::new();
    for c in &prefs.channels {
        if *c == Channel::WalkInOnly {
            continue;
        }
        if let Some(m) = missing_for(*c, can, &prefs.trusted_third) {
            missing.push((*c, m));
            continue;
        }
        return Ok(match c {
            Channel::PaperLetter => ConfirmBy::Letter,
            Channel::Email => ConfirmBy::Email,
            Channel::Sms => ConfirmBy::Sms,
            other => ConfirmBy::Call(*other),
        });
    }
    if missing.is_empty() && prefs.channels.contains(&Channel::WalkInOnly) {
        return Err(NoConfirmation::WalkInOnly);
    }
    Err(NoConfirmation::Unreachable(missing))
}

/// A confirmation sent (or to be sent now): how, and when it was queued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Confirmation {
    pub by: ConfirmBy,
    pub sent_at: DateTime<Utc>,
}

impl Confirmation {
    /// The day the person has it: a letter the day after its post, a message or a call
    /// the day it is sent or made.
    pub fn arrives_on(&self, closing_days: &[NaiveDate]) -> NaiveDate {
        let day = brussels(self.sent_at).date();
        match self.by {
            ConfirmBy::Letter => letter_arrives_on(post_day(day, closing_days)),
            _ => day,
        }
    }
}

/// A reminder reaches the person only if it arrives at least this many working days
/// after the confirmation; closer, the confirmation is the reminder.
pub const REMINDER_GAP_AFTER_CONFIRMATION: u32 = 2;
/// A reminder letter is posted this many working days before the appointment.
pub const LETTER_WORKING_DAYS_BEFORE: u32 = 5;
/// A reminder message (SMS or email) goes this many hours before the appointment.
pub const MESSAGE_HOURS_BEFORE: i64 = 48;

/// A reminder that was not planned, and why; said on the screen after booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skipped {
    /// Even posted today, the letter would not arrive before the appointment day.
    LetterTooLate,
    /// The time for the message (48 hours before) has passed.
    MessageTooLate,
    /// The working day before the appointment has passed.
    CallTooLate,
    /// The reminder would arrive with the confirmation, or too soon after it.
    LetterWithConfirmation,
    MessageWithConfirmation,
    CallWithConfirmation,
}

impl Skipped {
    pub const ALL: [Skipped; 6] = [
        Skipped::LetterTooLate,
        Skipped::MessageTooLate,
        Skipped::CallTooLate,
        Skipped::LetterWithConfirmation,
        Skipped::MessageWithConfirmation,
        Skipped::CallWithConfirmation,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Skipped::LetterTooLate => "letter-late",
            Skipped::MessageTooLate => "message-late",
            Skipped::CallTooLate => "call-late",
            Skipped::LetterWithConfirmation => "letter-confirmed",
            Skipped::MessageWithConfirmation => "message-confirmed",
            Skipped::CallWithConfirmation => "call-confirmed",
        }
    }

    pub fn parse(code: &str) -> Option<Skipped> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// What to plan so the person does not forget, following their preferences:
/// a paper letter 5 working days before (time for the post), an SMS or email 48 hours
/// before, and a call-back task the working day before for people who want a call.
/// Nothing is planned in the past: a reminder whose time has passed is skipped (a late
/// letter still goes with today's post if it arrives before the appointment day), and so
/// is a reminder that would reach the person less than two working days after the
/// confirmation. Every skipped reminder is listed in `skipped`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReminderPlan {
    pub letter_on: Option<NaiveDate>,
    pub message: Option<(Channel, DateTime<Utc>)>,
    pub call_on: Option<NaiveDate>,
    pub skipped: Vec<Skipped>,
}

pub fn plan_reminders(
    prefs: &ContactPreferences,
    can: Reachability,
    starts_at: DateTime<Utc>,
    closing_days: &[NaiveDate],
    now: DateTime<Utc>,
    confirmation: Option<&Confirmation>,
) -> ReminderPlan {
    let day = brussels(starts_at).date();
    let today = brussels(now).date();
    let mut plan = ReminderPlan::default();
    let message = prefs
        .channels
        .iter()
        .copied()
        .find(|c| matches!(c, Channel::Sms | Channel::Email) && can.allows(*c));
    let wants_call = prefs.channels.iter().any(|c| match c {
        Channel::Landline => can.landline,
        Channel::Mobile => can.mobile,
        _ => false,
    });
    // Someone who wanted a text or an email that can no longer be sent (no consent, no
    // number) is not left without a reminder: the post reaches every known address.
    let wanted_message = prefs
        .channels
        .iter()
        .any(|c| matches!(c, Channel::Sms | Channel::Email));
    let wants_letter = can.postal_address
        && (prefs.channels.contains(&Channel::PaperLetter)
            || (wanted_message && message.is_none() && !wants_call));
    // The first day a reminder may reach the person, after the confirmation.
    let not_before = confirmation.map(|c| {
        add_working_days(
            c.arrives_on(closing_days),
            REMINDER_GAP_AFTER_CONFIRMATION,
            &[],
        )
    });
    let too_soon = |arrives: NaiveDate| not_before.is_some_and(|nb| arrives < nb);
    if wants_letter {
        let ideal = sub_working_days(day, LETTER_WORKING_DAYS_BEFORE, closing_days);
        let posted = if ideal >= today {
            Some(ideal)
        } else {
            let post = post_day(today, closing_days);
            (letter_arrives_on(post) < day).then_some(post)
        };
        match posted {
            None => plan.skipped.push(Skipped::LetterTooLate),
            Some(p) if too_soon(letter_arrives_on(p)) => {
                plan.skipped.push(Skipped::LetterWithConfirmation)
            }
            Some(p) => plan.letter_on = Some(p),
        }
    }
    if let Some(c) = message {
        let at = starts_at - Duration::hours(MESSAGE_HOURS_BEFORE);
        if at < now {
            plan.skipped.push(Skipped::MessageTooLate);
        } else if too_soon(brussels(at).date()) {
            plan.skipped.push(Skipped::MessageWithConfirmation);
        } else {
            plan.message = Some((c, at));
        }
    }
    if wants_call {
        let before = previous_working_day(day, closing_days);
        if before < today {
            plan.skipped.push(Skipped::CallTooLate);
        } else if too_soon(before) {
            plan.skipped.push(Skipped::CallWithConfirmation);
        } else {
            plan.call_on = Some(before);
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        from_brussels(
            NaiveDate::from_ymd_opt(y, m, d)
                .unwrap()
                .and_hms_opt(h, min, 0)
                .unwrap(),
        )
    }

    fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    fn week(days: [&str; 7]) -> WeeklyHours {
        let mut w = WeeklyHours::default();
        for (i, d) in days.iter().enumerate() {
            w.0[i] = DayHours::parse(d).unwrap();
        }
        w
    }

    fn office() -> WeeklyHours {
        let day = "9:00-12:00, 13:30-16:00";
        week([day, day, day, day, day, "", ""])
    }

    #[test]
    fn site_appointments_fit_inside_the_opening_hours_start_and_end() {
        let site = office();
        // Monday 2 March 2026, 10:00 for 30 minutes: fine; ending exactly at 12:00 too.
        assert!(check_hours(local(2026, 3, 2, 10, 0), 30, Some(&site), None).is_empty());
        assert!(check_hours(local(2026, 3, 2, 11, 30), 30, Some(&site), None).is_empty());
        // Sunday.
        assert_eq!(
            check_hours(local(2026, 3, 8, 10, 0), 30, Some(&site), None),
            vec![OutOfHours::SiteClosedThatDay(Weekday::Sun)]
        );
        // 20:00.
        assert_eq!(
            check_hours(local(2026, 3, 2, 20, 0), 30, Some(&site), None),
            vec![OutOfHours::OutsideSiteHours(
                Weekday::Mon,
                DayHours::parse("9:00-12:00, 13:30-16:00").unwrap()
            )]
        );
        // The lunch closure, and an appointment that starts before it and runs into it.
        assert!(!check_hours(local(2026, 3, 2, 12, 30), 30, Some(&site), None).is_empty());
        assert!(!check_hours(local(2026, 3, 2, 11, 45), 30, Some(&site), None).is_empty());
        // Starting before closing but ending after it.
        assert!(!check_hours(local(2026, 3, 2, 15, 30), 45, Some(&site), None).is_empty());
        // Before opening.
        assert!(!check_hours(local(2026, 3, 2, 8, 45), 30, Some(&site), None).is_empty());
    }

    #[test]
    fn the_workers_hours_count_everywhere_and_no_hours_means_no_limit() {
        let site = office();
        // A part-time worker: Monday to Thursday, 8:30–16:30; Friday is her day off.
        let day = "8:30-16:30";
        let part_time = week([day, day, day, day, "", "", ""]);
        let friday = local(2026, 3, 6, 10, 0);
        assert_eq!(
            check_hours(friday, 30, Some(&site), Some(&part_time)),
            vec![OutOfHours::WorkerOffThatDay(Weekday::Fri)]
        );
        // By phone: the site's hours do not count, hers do.
        assert_eq!(
            check_hours(friday, 30, None, Some(&part_time)),
            vec![OutOfHours::WorkerOffThatDay(Weekday::Fri)]
        );
        assert_eq!(
            check_hours(local(2026, 3, 2, 16, 15), 30, None, Some(&part_time)),
            vec![OutOfHours::OutsideWorkerHours(
                Weekday::Mon,
                DayHours::parse(day).unwrap()
            )]
        );
        // A worker who recorded no hours: no limit of hers (a phone call on Saturday).
        assert!(check_hours(local(2026, 3, 7, 18, 0), 30, None, None).is_empty());
        assert!(check_hours(friday, 30, Some(&site), None).is_empty());
        // Both wrong: both said, the site first.
        assert_eq!(
            check_hours(local(2026, 3, 8, 10, 0), 30, Some(&site), Some(&part_time)).len(),
            2
        );
    }

    #[test]
    fn an_appointment_never_runs_past_midnight_but_may_end_at_24_00() {
        let late = week(["18:00-24:00", "", "", "", "", "", ""]);
        assert!(check_hours(local(2026, 3, 2, 23, 30), 30, None, Some(&late)).is_empty());
        assert!(!check_hours(local(2026, 3, 2, 23, 45), 30, None, Some(&late)).is_empty());
    }

    #[test]
    fn the_week_view_says_free_exactly_where_booking_is_allowed() {
        let site = office();
        let day = "8:30-16:30";
        let part_time = week([day, day, day, day, "", "", ""]);
        let now = at(2026, 3, 2, 9, 45);
        let busy = [
            Taken {
                starts_at: at(2026, 3, 2, 14, 0).timestamp(),
                minutes: 30,
                worker: true,
            },
            Taken {
                starts_at: at(2026, 3, 2, 15, 0).timestamp(),
                minutes: 60,
                worker: false,
            },
        ];
        let s = |h, m, minutes| {
            slot(
                local(2026, 3, 2, h, m),
                30,
                minutes,
                Some(site.day(Weekday::Mon)),
                Some(part_time.day(Weekday::Mon)),
                &busy,
                now,
            )
        };
        assert_eq!(s(9, 30, 30), Slot::Past);
        assert_eq!(s(10, 0, 30), Slot::Free);
        assert_eq!(s(11, 30, 30), Slot::Free);
        assert_eq!(s(11, 30, 60), Slot::TooShort, "would run into lunch");
        assert_eq!(s(12, 0, 30), Slot::Closed);
        assert_eq!(s(14, 0, 30), Slot::Busy);
        assert_eq!(s(13, 30, 60), Slot::TooShort, "would run into the 14:00");
        assert_eq!(s(15, 30, 30), Slot::RoomTaken);
        assert_eq!(s(16, 0, 30), Slot::Closed);
        // The worker's own limit inside the site's hours.
        let short = week(["10:00-11:00", "", "", "", "", "", ""]);
        assert_eq!(
            slot(
                local(2026, 3, 2, 11, 0),
                30,
                30,
                Some(site.day(Weekday::Mon)),
                Some(short.day(Weekday::Mon)),
                &[],
                now
            ),
            Slot::OffHours
        );
        // Every free slot books, every other one is refused.
        for h in 8..17 {
            for m in [0, 30] {
                for minutes in [30, 60] {
                    let start = local(2026, 3, 2, h, m);
                    let refused = !check_hours(start, minutes, Some(&site), Some(&part_time))
                        .is_empty()
                        || busy.iter().any(|b| {
                            overlaps(
                                from_brussels(start).timestamp(),
                                minutes,
                                b.starts_at,
                                b.minutes,
                            )
                        })
                        || from_brussels(start) < now;
                    assert_eq!(
                        s(h, m, minutes) == Slot::Free,
                        !refused,
                        "{h}:{m} for {minutes}"
                    );
                }
            }
        }
    }

    #[test]
    fn whole_days_off() {
        let site = office();
        let day = "8:30-16:30";
        let part_time = week([day, day, day, day, "", "", ""]);
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        assert_eq!(
            day_off(d(12, 25), &[], Some(&site), None),
            Some(DayOff::Closed(ClosedDay::PublicHoliday(Holiday::Christmas)))
        );
        assert_eq!(
            day_off(d(3, 8), &[], Some(&site), None),
            Some(DayOff::SiteClosed)
        );
        assert_eq!(
            day_off(d(3, 6), &[], Some(&site), Some(&part_time)),
            Some(DayOff::WorkerOff)
        );
        assert_eq!(
            day_off(d(3, 6), &[], None, Some(&part_time)),
            Some(DayOff::WorkerOff)
        );
        assert_eq!(
            day_off(d(3, 8), &[], None, None),
            None,
            "a phone call on Sunday: no limit"
        );
        assert_eq!(day_off(d(3, 2), &[], Some(&site), Some(&part_time)), None);
    }

    #[test]
    fn local_times_convert_both_ways_in_winter_and_summer() {
        assert_eq!(
            at(2026, 1, 15, 10, 0),
            Utc.with_ymd_and_hms(2026, 1, 15, 9, 0, 0).unwrap()
        );
        assert_eq!(
            at(2026, 7, 15, 10, 0),
            Utc.with_ymd_and_hms(2026, 7, 15, 8, 0, 0).unwrap()
        );
    }

    #[test]
    fn site_appointments_are_refused_on_public_holidays_and_closing_days_only() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let closing = [ClosingDay {
            date: d(12, 24),
            label: "Veille de Noël".into(),
        }];
        assert_eq!(
            closed_for_appointments(d(12, 24), true, &closing),
            Some(ClosedDay::SiteClosed("Veille de Noël".into()))
        );
        assert_eq!(
            closed_for_appointments(d(12, 25), true, &closing),
            Some(ClosedDay::PublicHoliday(Holiday::Christmas))
        );
        assert_eq!(
            closed_for_appointments(d(4, 6), true, &[]),
            Some(ClosedDay::PublicHoliday(Holiday::EasterMonday))
        );
        assert_eq!(closed_for_appointments(d(12, 23), true, &closing), None);
        // By phone or at home, the worker decides.
        assert_eq!(closed_for_appointments(d(12, 24), false, &closing), None);
        assert_eq!(closed_for_appointments(d(12, 25), false, &closing), None);
    }

    #[test]
    fn overlapping_periods() {
        assert!(overlaps(0, 30, 15 * 60, 30));
        assert!(!overlaps(0, 30, 30 * 60, 30), "back to back is fine");
    }

    #[test]
    fn paper_then_landline_gets_a_letter_five_working_days_before_and_a_call_the_day_before() {
        let prefs = ContactPreferences::from_storage(
            "paper-letter,landline",
            "fr",
            "",
            "reading-difficulty",
            "",
        );
        let can = Reachability {
            landline: true,
            postal_address: true,
            ..Default::default()
        };
        // Appointment Tuesday 7 April 2026 (after Easter Monday 6 April).
        let plan = plan_reminders(
            &prefs,
            can,
            at(2026, 4, 7, 10, 0),
            &[],
            at(2026, 3, 20, 9, 0),
            None,
        );
        // 5 working days before (Easter Monday is not one): Fri 3, Thu 2, Wed 1 Apr,
        // Tue 31, Mon 30 Mar.
        assert_eq!(plan.letter_on, NaiveDate::from_ymd_opt(2026, 3, 30));
        // The working day before Tuesday 7 April is Friday 3 April.
        assert_eq!(plan.call_on, NaiveDate::from_ymd_opt(2026, 4, 3));
        assert_eq!(plan.message, None);
    }

    #[test]
    fn sms_people_get_a_text_48_hours_before() {
        let prefs = ContactPreferences::from_storage("sms", "nl", "", "", "");
        let can = Reachability {
            mobile: true,
            sms_consent: true,
            ..Default::default()
        };
        let start = at(2026, 3, 12, 14, 0);
        let plan = plan_reminders(&prefs, can, start, &[], at(2026, 3, 2, 9, 0), None);
        assert_eq!(
            plan.message,
            Some((Channel::Sms, start - Duration::hours(48)))
        );
        assert_eq!(plan.letter_on, None);
        assert_eq!(plan.call_on, None);
    }

    #[test]
    fn a_late_letter_goes_with_todays_post_only_if_it_arrives_before_the_day() {
        let prefs = ContactPreferences::from_storage("paper-letter,landline", "fr", "", "", "");
        let can = Reachability {
            landline: true,
            postal_address: true,
            ..Default::default()
        };
        let now = at(2026, 3, 2, 9, 0); // Monday
                                        // Thursday: posted today, it arrives on Tuesday.
        let plan = plan_reminders(&prefs, can, at(2026, 3, 5, 9, 0), &[], now, None);
        assert_eq!(plan.letter_on, NaiveDate::from_ymd_opt(2026, 3, 2));
        assert_eq!(plan.call_on, NaiveDate::from_ymd_opt(2026, 3, 4));
        assert!(plan.skipped.is_empty());
        // Tomorrow: a letter would arrive on the day itself; the call is today.
        let plan = plan_reminders(&prefs, can, at(2026, 3, 3, 9, 0), &[], now, None);
        assert_eq!(plan.letter_on, None);
        assert_eq!(plan.skipped, vec![Skipped::LetterTooLate]);
        assert_eq!(plan.call_on, NaiveDate::from_ymd_opt(2026, 3, 2));
        // This afternoon: the working day before has passed too.
        let plan = plan_reminders(&prefs, can, at(2026, 3, 2, 15, 0), &[], now, None);
        assert_eq!(plan.call_on, None, "the working day before is already past");
        assert_eq!(
            plan.skipped,
            vec![Skipped::LetterTooLate, Skipped::CallTooLate]
        );
        // Booked on Friday for Monday: the letter would arrive on Monday. Skipped.
        let friday = at(2026, 3, 6, 11, 0);
        let plan = plan_reminders(&prefs, can, at(2026, 3, 9, 10, 0), &[], friday, None);
        assert_eq!(plan.letter_on, None);
        assert_eq!(plan.call_on, NaiveDate::from_ymd_opt(2026, 3, 6));
    }

    #[test]
    fn nothing_is_planned_in_the_past() {
        let prefs = ContactPreferences::from_storage("sms,paper-letter,landline", "fr", "", "", "");
        let can = Reachability {
            mobile: true,
            landline: true,
            sms_consent: true,
            postal_address: true,
            ..Default::default()
        };
        let now = at(2026, 3, 2, 10, 0);
        for hours_ahead in [1, 5, 30, 47, 49, 72, 24 * 9, 24 * 30] {
            let starts = now + Duration::hours(hours_ahead);
            let plan = plan_reminders(&prefs, can, starts, &[], now, None);
            if let Some((_, t)) = plan.message {
                assert!(t >= now, "{hours_ahead} h: message at {t}");
            }
            if let Some(d) = plan.letter_on {
                assert!(d >= brussels(now).date(), "{hours_ahead} h: letter on {d}");
            }
            if let Some(d) = plan.call_on {
                assert!(d >= brussels(now).date(), "{hours_ahead} h: call on {d}");
            }
        }
        // Tomorrow: the text 48 hours before would be in the past; it is skipped, not sent now.
        let plan = plan_reminders(&prefs, can, now + Duration::hours(30), &[], now, None);
        assert_eq!(plan.message, None);
        assert!(plan.skipped.contains(&Skipped::MessageTooLate));
    }

    #[test]
    fn a_reminder_that_would_arrive_with_the_confirmation_is_dropped() {
        let letter = ContactPreferences::from_storage("paper-letter", "fr", "", "", "");
        let can = Reachability {
            postal_address: true,
            mobile: true,
            sms_consent: true,
            ..Default::default()
        };
        let now = at(2026, 3, 2, 10, 0); // Monday
        let by_letter = Confirmation {
            by: ConfirmBy::Letter,
            sent_at: now,
        };
        // The confirmation letter arrives on Tuesday 3 March.
        assert_eq!(
            by_letter.arrives_on(&[]),
            NaiveDate::from_ymd_opt(2026, 3, 3).unwrap()
        );
        // Appointment on Friday: the reminder letter would be in the same day's post.
        let plan = plan_reminders(
            &letter,
            can,
            at(2026, 3, 6, 10, 0),
            &[],
            now,
            Some(&by_letter),
        );
        assert_eq!(plan.letter_on, None);
        assert_eq!(plan.skipped, vec![Skipped::LetterWithConfirmation]);
        // Without a confirmation, that letter goes today.
        let plan = plan_reminders(&letter, can, at(2026, 3, 6, 10, 0), &[], now, None);
        assert_eq!(plan.letter_on, NaiveDate::from_ymd_opt(2026, 3, 2));
        // Three weeks ahead: the reminder letter is posted 5 working days before.
        let plan = plan_reminders(
            &letter,
            can,
            at(2026, 3, 23, 10, 0),
            &[],
            now,
            Some(&by_letter),
        );
        assert_eq!(plan.letter_on, NaiveDate::from_ymd_opt(2026, 3, 16));
        assert!(plan.skipped.is_empty());
        // An SMS confirmation today and an SMS reminder 48 hours before a Thursday
        // appointment (Tuesday): too close, dropped; a week later, both go.
        let sms = ContactPreferences::from_storage("sms", "fr", "", "", "");
        let by_sms = Confirmation {
            by: ConfirmBy::Sms,
            sent_at: now,
        };
        let plan = plan_reminders(&sms, can, at(2026, 3, 5, 10, 0), &[], now, Some(&by_sms));
        assert_eq!(plan.message, None);
        assert_eq!(plan.skipped, vec![Skipped::MessageWithConfirmation]);
        let plan = plan_reminders(&sms, can, at(2026, 3, 12, 10, 0), &[], now, Some(&by_sms));
        assert!(plan.message.is_some());
        // A call to confirm today, then the reminder call tomorrow for Wednesday's
        // appointment: a second call the next day is dropped; a week later, both.
        let phone = ContactPreferences::from_storage("landline", "fr", "", "", "");
        let can = Reachability {
            landline: true,
            ..Default::default()
        };
        let by_call = Confirmation {
            by: ConfirmBy::Call(Channel::Landline),
            sent_at: now,
        };
        let plan = plan_reminders(&phone, can, at(2026, 3, 4, 10, 0), &[], now, Some(&by_call));
        assert_eq!(plan.call_on, None);
        assert_eq!(plan.skipped, vec![Skipped::CallWithConfirmation]);
        let plan = plan_reminders(
            &phone,
            can,
            at(2026, 3, 10, 10, 0),
            &[],
            now,
            Some(&by_call),
        );
        assert_eq!(plan.call_on, NaiveDate::from_ymd_opt(2026, 3, 9));
    }

    #[test]
    fn the_confirmation_goes_in_the_first_channel_that_works_or_says_why_not() {
        let prefs = |c: &str| ContactPreferences::from_storage(c, "fr", "", "", "");
        let landline_only = Reachability {
            landline: true,
            ..Default::default()
        };
        // Reachable only by landline: the desk calls.
        assert_eq!(
            confirmation_by(&prefs("paper-letter,landline"), landline_only),
            Ok(ConfirmBy::Call(Channel::Landline))
        );
        // SMS without consent, then email: the email, if it has consent.
        let can = Reachability {
            mobile: true,
            email: true,
            email_consent: true,
            ..Default::default()
        };
        assert_eq!(
            confirmation_by(&prefs("sms,email"), can),
            Ok(ConfirmBy::Email)
        );
        // Walk-in only: nothing can be sent.
        assert_eq!(
            confirmation_by(&prefs("walk-in-only"), landline_only),
            Err(NoConfirmation::WalkInOnly)
        );
        // Nothing works: why, channel by channel.
        assert_eq!(
            confirmation_by(&prefs("paper-letter,sms"), Reachability::default()),
            Err(NoConfirmation::Unreachable(vec![
                (Channel::PaperLetter, Missing::PostalAddress),
                (Channel::Sms, Missing::MobileNumber),
            ]))
        );
        // A trusted person with a name and a number: the desk calls them.
        let trusted = ContactPreferences::from_storage(
            "trusted-third",
            "fr",
            "",
            "",
            "Sa fille, 0470 11 22 33",
        );
        assert_eq!(
            confirmation_by(&trusted, Reachability::default()),
            Ok(ConfirmBy::Call(Channel::TrustedThird))
        );
        assert_eq!(
            confirmation_by(&prefs("trusted-third"), Reachability::default()),
            Err(NoConfirmation::Unreachable(vec![(
                Channel::TrustedThird,
                Missing::TrustedPerson
            )]))
        );
    }

    #[test]
    fn nothing_is_planned_for_a_channel_the_file_cannot_support() {
        let prefs = ContactPreferences::from_storage("paper-letter,sms", "fr", "", "", "");
        let plan = plan_reminders(
            &prefs,
            Reachability::default(),
            at(2026, 3, 12, 9, 0),
            &[],
            at(2026, 3, 2, 9, 0),
            None,
        );
        assert_eq!(plan, ReminderPlan::default());
    }

    #[test]
    fn a_text_that_can_no_longer_be_sent_becomes_a_letter_when_an_address_is_known() {
        let prefs = ContactPreferences::from_storage("sms", "fr", "", "", "");
        let mut can = Reachability {
            mobile: true,
            postal_address: true,
            ..Default::default()
        };
        let starts = at(2026, 3, 12, 9, 0);
        let now = at(2026, 3, 2, 9, 0);
        // With consent: the text only.
        can.sms_consent = true;
        let plan = plan_reminders(&prefs, can, starts, &[], now, None);
        assert!(plan.message.is_some() && plan.letter_on.is_none());
        // Consent withdrawn: a letter, five working days before.
        can.sms_consent = false;
        let plan = plan_reminders(&prefs, can, starts, &[], now, None);
        assert_eq!(plan.message, None);
        assert_eq!(plan.letter_on, NaiveDate::from_ymd_opt(2026, 3, 5));
        // Walk-in only people never get post they did not ask for.
        let walk_in = ContactPreferences::from_storage("walk-in-only", "fr", "", "", "");
        assert_eq!(
            plan_reminders(&walk_in, can, starts, &[], now, None),
            ReminderPlan::default()
        );
    }

    #[test]
    fn without_sms_consent_the_reminder_goes_by_letter_or_by_email_instead() {
        let prefs = ContactPreferences::from_storage("sms,email,paper-letter", "fr", "", "", "");
        let mut can = Reachability {
            mobile: true,
            email: true,
            postal_address: true,
            ..Default::default()
        };
        let start = at(2026, 3, 26, 10, 0);
        let now = at(2026, 3, 2, 9, 0);
        let plan = plan_reminders(&prefs, can, start, &[], now, None);
        assert_eq!(plan.message, None, "no consent, no message");
        assert!(plan.letter_on.is_some());
        can.email_consent = true;
        let plan = plan_reminders(&prefs, can, start, &[], now, None);
        assert_eq!(
            plan.message,
            Some((Channel::Email, start - Duration::hours(48)))
        );
    }
}
