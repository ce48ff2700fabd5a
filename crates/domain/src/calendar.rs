//! Working days in Belgium: weekends, the ten legal public holidays (three of them
//! following Easter) and a site's own closing days.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Easter Sunday (Gregorian calendar, anonymous algorithm).
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The ten legal public holidays of a year, in date order.
pub fn public_holidays(year: i32) -> Vec<NaiveDate> {
    let fixed = |m, d| NaiveDate::from_ymd_opt(year, m, d);
    let mut days: Vec<NaiveDate> = [
        fixed(1, 1),   // New Year
        fixed(5, 1),   // Labour Day
        fixed(7, 21),  // National Day
        fixed(8, 15),  // Assumption
        fixed(11, 1),  // All Saints
        fixed(11, 11), // Armistice
        fixed(12, 25), // Christmas
    ]
    .into_iter()
    .flatten()
    .collect();
    if let Some(e) = easter(year) {
        days.push(e + Duration::days(1)); // Easter Monday
        days.push(e + Duration::days(39)); // Ascension
        days.push(e + Duration::days(50)); // Whit Monday
    }
    days.sort();
    days
}

/// The ten legal public holidays, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    NewYear,
    EasterMonday,
    LabourDay,
    Ascension,
    WhitMonday,
    NationalDay,
    Assumption,
    AllSaints,
    Armistice,
    Christmas,
}

impl Holiday {
    pub fn code(self) -> &'static str {
        match self {
            Holiday::NewYear => "new-year",
            Holiday::EasterMonday => "easter-monday",
            Holiday::LabourDay => "labour-day",
            Holiday::Ascension => "ascension",
            Holiday::WhitMonday => "whit-monday",
            Holiday::NationalDay => "national-day",
            Holiday::Assumption => "assumption",
            Holiday::AllSaints => "all-saints",
            Holiday::Armistice => "armistice",
            Holiday::Christmas => "christmas",
        }
    }
}

/// Which public holiday `d` is, if it is one.
pub fn public_holiday(d: NaiveDate) -> Option<Holiday> {
    let fixed = match (d.month(), d.day()) {
        (1, 1) => Some(Holiday::NewYear),
        (5, 1) => Some(Holiday::LabourDay),
        (7, 21) => Some(Holiday::NationalDay),
        (8, 15) => Some(Holiday::Assumption),
        (11, 1) => Some(Holiday::AllSaints),
        (11, 11) => Some(Holiday::Armistice),
        (12, 25) => Some(Holiday::Christmas),
        _ => None,
    };
    fixed.or_else(|| {
        let e = easter(d.year())?;
        match (d - e).num_days() {
            1 => Some(Holiday::EasterMonday),
            39 => Some(Holiday::Ascension),
            50 => Some(Holiday::WhitMonday),
            _ => None,
        }
    })
}

pub fn is_public_holiday(d: NaiveDate) -> bool {
    public_holidays(d.year()).contains(&d)
}

/// A working day: not a weekend, not a public holiday, not one of the site's closing days.
pub fn is_working_day(d: NaiveDate, closing_days: &[NaiveDate]) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
        && !is_public_holiday(d)
        && !closing_days.contains(&d)
}

/// The date `n` working days after `from` (the day itself does not count).
/// With `n = 0`, `from` if it is a working day, else the next one.
pub fn add_working_days(from: NaiveDate, n: u32, closing_days: &[NaiveDate]) -> NaiveDate {
    let mut d = from;
    if n == 0 {
        while !is_working_day(d, closing_days) {
            d += Duration::days(1);
        }
        return d;
    }
    let mut left = n;
    while left > 0 {
        d += Duration::days(1);
        if is_working_day(d, closing_days) {
            left -= 1;
        }
    }
    d
}

/// The working day before `d` (for "call the day before").
pub fn previous_working_day(d: NaiveDate, closing_days: &[NaiveDate]) -> NaiveDate {
    let mut p = d - Duration::days(1);
    while !is_working_day(p, closing_days) {
        p -= Duration::days(1);
    }
    p
}

/// The date `n` working days before `d`.
pub fn sub_working_days(d: NaiveDate, n: u32, closing_days: &[NaiveDate]) -> NaiveDate {
    (0..n).fold(d, |acc, _| previous_working_day(acc, closing_days))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn easter_dates_match_the_calendar() {
        assert_eq!(easter(2024), Some(date(2024, 3, 31)));
        assert_eq!(easter(2025), Some(date(2025, 4, 20)));
        assert_eq!(easter(2026), Some(date(2026, 4, 5)));
        assert_eq!(easter(2027), Some(date(2027, 3, 28)));
        assert_eq!(easter(2038), Some(date(2038, 4, 25)));
    }

    #[test]
    fn ten_public_holidays_including_the_easter_based_ones() {
        let h = public_holidays(2026);
        assert_eq!(h.len(), 10);
        for d in [
            date(2026, 4, 6),
            date(2026, 5, 14),
            date(2026, 5, 25),
            date(2026, 7, 21),
            date(2026, 11, 11),
        ] {
            assert!(h.contains(&d), "{d}");
        }
    }

    #[test]
    fn every_public_holiday_has_its_name() {
        for year in 2024..2040 {
            let named: Vec<NaiveDate> = (0..366)
                .filter_map(|i| date(year, 1, 1).checked_add_signed(Duration::days(i)))
                .filter(|d| d.year() == year && public_holiday(*d).is_some())
                .collect();
            assert_eq!(named, public_holidays(year), "{year}");
        }
        assert_eq!(public_holiday(date(2026, 12, 25)), Some(Holiday::Christmas));
        assert_eq!(
            public_holiday(date(2026, 4, 6)),
            Some(Holiday::EasterMonday)
        );
        assert_eq!(public_holiday(date(2026, 5, 14)), Some(Holiday::Ascension));
        assert_eq!(public_holiday(date(2026, 5, 25)), Some(Holiday::WhitMonday));
        assert_eq!(public_holiday(date(2026, 12, 24)), None);
    }

    #[test]
    fn working_days_skip_the_easter_weekend() {
        // Thursday 2 April 2026 + 2 working days: Friday 3, (weekend, Easter Monday 6), Tuesday 7.
        assert_eq!(add_working_days(date(2026, 4, 2), 2, &[]), date(2026, 4, 7));
    }

    #[test]
    fn working_days_skip_christmas_and_new_year_and_closing_days() {
        // Wednesday 23 Dec 2026 + 3: Thu 24 is closed by the site, Fri 25 Christmas,
        // weekend, Mon 28, Tue 29, Wed 30.
        let closed = [date(2026, 12, 24)];
        assert_eq!(
            add_working_days(date(2026, 12, 23), 3, &closed),
            date(2026, 12, 30)
        );
        // Over New Year: Thu 31 Dec + 1 → Fri 1 Jan is a holiday → Mon 4 Jan 2027.
        assert_eq!(
            add_working_days(date(2026, 12, 31), 1, &[]),
            date(2027, 1, 4)
        );
    }

    #[test]
    fn the_working_day_before_a_monday_after_a_holiday_weekend() {
        // Tuesday 26 May 2026 (after Whit Monday 25): the working day before is Friday 22.
        assert_eq!(
            previous_working_day(date(2026, 5, 26), &[]),
            date(2026, 5, 22)
        );
        assert_eq!(
            sub_working_days(date(2026, 5, 26), 5, &[]),
            date(2026, 5, 18)
        );
    }

    #[test]
    fn adding_zero_moves_to_the_next_working_day_only_if_needed() {
        assert_eq!(add_working_days(date(2026, 3, 2), 0, &[]), date(2026, 3, 2));
        assert_eq!(add_working_days(date(2026, 3, 7), 0, &[]), date(2026, 3, 9));
    }

    #[test]
    fn the_result_is_always_a_working_day_and_the_count_is_exact() {
        let closed = [date(2026, 12, 24), date(2027, 1, 2)];
        let mut d = date(2026, 1, 1);
        while d < date(2027, 3, 1) {
            for n in 1..=15 {
                let r = add_working_days(d, n, &closed);
                assert!(is_working_day(r, &closed));
                let mut count = 0;
                let mut x = d + Duration::days(1);
                while x <= r {
                    if is_working_day(x, &closed) {
                        count += 1;
                    }
                    x += Duration::days(1);
                }
                assert_eq!(count, n, "{d} + {n}");
            }
            d += Duration::days(1);
        }
    }
}
