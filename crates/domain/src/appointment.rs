//! Appointments: overlap checks and the reminders each person needs, in their channels.

use crate::calendar::{previous_working_day, public_holiday, sub_working_days, Holiday};
use crate::clock::brussels;
use crate::contact::{Channel, ContactPreferences, Reachability};
use crate::org::ClosingDay;
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};

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

/// What to plan so the person does not forget, following their preferences:
/// a paper letter 5 working days before (time for the post), an SMS or email 48 hours
/// before, and a call-back task the working day before for people who want a call.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReminderPlan {
    pub letter_on: Option<NaiveDate>,
    pub message: Option<(Channel, DateTime<Utc>)>,
    pub call_on: Option<NaiveDate>,
}

pub fn plan_reminders(
    prefs: &ContactPreferences,
    can: Reachability,
    starts_at: DateTime<Utc>,
    closing_days: &[NaiveDate],
    now: DateTime<Utc>,
) -> ReminderPlan {
    let day = brussels(starts_at).date();
    let today = brussels(now).date();
    let mut plan = ReminderPlan::default();
    if prefs.channels.contains(&Channel::PaperLetter) && can.postal_address {
        plan.letter_on = Some(sub_working_days(day, 5, closing_days).max(today));
    }
    let message = prefs
        .channels
        .iter()
        .copied()
        .find(|c| matches!(c, Channel::Sms | Channel::Email) && can.allows(*c));
    if let Some(c) = message {
        plan.message = Some((c, (starts_at - Duration::hours(48)).max(now)));
    }
    let wants_call = prefs.channels.iter().any(|c| match c {
        Channel::Landline => can.landline,
        Channel::Mobile => can.mobile,
        _ => false,
    });
    if wants_call {
        let before = previous_working_day(day, closing_days);
        if before >= today {
            plan.call_on = Some(before);
        }
    }
    // Someone who wanted a text or an email that can no longer be sent (no consent, no
    // number) is not left without a reminder: the post reaches every known address.
    let wanted_message = prefs
        .channels
        .iter()
        .any(|c| matches!(c, Channel::Sms | Channel::Email));
    if plan == ReminderPlan::default() && wanted_message && can.postal_address {
        plan.letter_on = Some(sub_working_days(day, 5, closing_days).max(today));
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
        let plan = plan_reminders(&prefs, can, start, &[], at(2026, 3, 2, 9, 0));
        assert_eq!(
            plan.message,
            Some((Channel::Sms, start - Duration::hours(48)))
        );
        assert_eq!(plan.letter_on, None);
        assert_eq!(plan.call_on, None);
    }

    #[test]
    fn a_late_booking_sends_the_letter_today_and_skips_a_call_in_the_past() {
        let prefs = ContactPreferences::from_storage("paper-letter,landline", "fr", "", "", "");
        let can = Reachability {
            landline: true,
            postal_address: true,
            ..Default::default()
        };
        let now = at(2026, 3, 2, 9, 0);
        let plan = plan_reminders(&prefs, can, at(2026, 3, 3, 9, 0), &[], now);
        assert_eq!(plan.letter_on, NaiveDate::from_ymd_opt(2026, 3, 2));
        assert_eq!(plan.call_on, NaiveDate::from_ymd_opt(2026, 3, 2));
        let plan = plan_reminders(&prefs, can, at(2026, 3, 2, 15, 0), &[], now);
        assert_eq!(plan.call_on, None, "the working day before is already past");
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
        let plan = plan_reminders(&prefs, can, starts, &[], now);
        assert!(plan.message.is_some() && plan.letter_on.is_none());
        // Consent withdrawn: a letter, five working days before.
        can.sms_consent = false;
        let plan = plan_reminders(&prefs, can, starts, &[], now);
        assert_eq!(plan.message, None);
        assert_eq!(plan.letter_on, NaiveDate::from_ymd_opt(2026, 3, 5));
        // Walk-in only people never get post they did not ask for.
        let walk_in = ContactPreferences::from_storage("walk-in-only", "fr", "", "", "");
        assert_eq!(
            plan_reminders(&walk_in, can, starts, &[], now),
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
        let plan = plan_reminders(&prefs, can, start, &[], now);
        assert_eq!(plan.message, None, "no consent, no message");
        assert!(plan.letter_on.is_some());
        can.email_consent = true;
        let plan = plan_reminders(&prefs, can, start, &[], now);
        assert_eq!(
            plan.message,
            Some((Channel::Email, start - Duration::hours(48)))
        );
    }
}
