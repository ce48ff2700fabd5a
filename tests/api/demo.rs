//! The demo is what a new user tries first: it must hold together (issue 12, finding 13).
//! Letters in the paper tray are reminders of real appointments, with their date; every
//! appointment at a site falls inside the site's hours; national numbers agree with birth
//! dates; every phone number is a real one; and the seeding is all or nothing.

use crate::helpers::{start_timestamp, test_db};
use guichet_domain::clock::brussels;
use guichet_domain::niss::Niss;
use guichet_domain::org::PhoneNumber;
use guichet_domain::person::PartialDate;
use sqlx::Row;

fn at(ts: i64) -> chrono::NaiveDateTime {
    brussels(chrono::DateTime::from_timestamp(ts, 0).unwrap())
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

#[tokio::test]
async fn finding_13_the_demo_holds_together() {
    let (db, _dir) = test_db().await;
    let now = start_timestamp();
    guichet::demo::seed_all(&db, now).await.unwrap();
    assert_eq!(
        guichet::demo::state(&db).await.unwrap(),
        guichet::demo::DemoState::Complete
    );

    // The paper tray: each letter is the reminder of an appointment that exists, to come,
    // and says its date.
    let letters = sqlx::query(
        "SELECT o.kind, o.body, o.appointment_id, a.starts_at FROM outbox o \
         LEFT JOIN appointments a ON a.id = o.appointment_id \
         WHERE o.channel = 'paper-letter' AND o.status = 'pending'",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    assert!(!letters.is_empty(), "the demo's tray has letters to print");
    for l in &letters {
        let kind: String = l.get("kind");
        let body: String = l.get("body");
        let starts: Option<i64> = l.get("starts_at");
        assert_eq!(kind, "reminder");
        let starts = starts.unwrap_or_else(|| panic!("a reminder without its appointment: {body}"));
        assert!(starts > now, "the appointment is to come");
        let local = at(starts);
        let day = chrono::Datelike::day(&local.date());
        let month = MONTHS_FR[chrono::Datelike::month0(&local.date()) as usize];
        assert!(
            body.contains(&format!("{day} {month}")),
            "the letter gives the date ({day} {month}): {body}"
        );
    }

    // Appointments at a site: inside its opening hours, never on a closing day.
    let sites = guichet_store::org::list_sites(&db).await.unwrap();
    let rows = sqlx::query(
        "SELECT site_id, starts_at, minutes FROM appointments WHERE site_id IS NOT NULL",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    assert!(!rows.is_empty());
    for r in &rows {
        let site_id: i64 = r.get("site_id");
        let starts: i64 = r.get("starts_at");
        let minutes: i64 = r.get("minutes");
        let site = sites.iter().find(|s| s.id.get() == site_id).unwrap();
        let (start, end) = (at(starts), at(starts + minutes * 60));
        let hours = site
            .opening_hours
            .day(chrono::Datelike::weekday(&start.date()));
        let last_minute = end.time() - chrono::Duration::minutes(1);
        assert!(
            hours.is_open_at(start.time()) && hours.is_open_at(last_minute),
            "{start} – {end} at {} ({hours})",
            site.name
        );
        assert!(
            guichet_domain::appointment::closed_for_appointments(
                start.date(),
                true,
                &site.closing_days
            )
            .is_none(),
            "{start} is a closing day at {}",
            site.name
        );
    }

    // Persons: a national number agrees with the birth date, every phone is a real number.
    let people = sqlx::query(
        "SELECT niss, birth_year, birth_month, birth_day FROM persons WHERE niss IS NOT NULL",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    assert!(!people.is_empty());
    for p in &people {
        let digits: String = p.get("niss");
        let niss = Niss::parse(&digits, 2026).expect("a valid number");
        let birth = PartialDate {
            year: p.get::<Option<i64>, _>("birth_year").map(|v| v as i32),
            month: p.get::<Option<i64>, _>("birth_month").map(|v| v as u32),
            day: p.get::<Option<i64>, _>("birth_day").map(|v| v as u32),
        };
        assert!(!niss.contradicts(&birth), "{digits} and {birth:?}");
    }
    for r in sqlx::query("SELECT number FROM person_phones")
        .fetch_all(db.pool())
        .await
        .unwrap()
    {
        let n: String = r.get("number");
        assert_eq!(
            PhoneNumber::parse(&n).map(|p| p.e164().to_owned()),
            Ok(n.clone()),
            "{n}"
        );
    }
}

#[tokio::test]
async fn finding_13_an_interrupted_demo_seeding_is_never_taken_as_complete() {
    let (db, _dir) = test_db().await;
    assert_eq!(
        guichet::demo::state(&db).await.unwrap(),
        guichet::demo::DemoState::Empty
    );
    // Only the first part, as if the process had been killed half-way.
    guichet::demo::seed(&db, start_timestamp()).await.unwrap();
    assert_eq!(
        guichet::demo::state(&db).await.unwrap(),
        guichet::demo::DemoState::Interrupted
    );
}

/// `guichet demo` works whatever day it is started: every day of a week, at a quarter
/// past midnight in Brussels (a Saturday, a Sunday and a Monday morning among them).
#[tokio::test]
async fn the_demo_seeds_on_every_day_of_the_week() {
    // Saturday 5 December 2026, 00:07 in Brussels, then the six days after.
    let first = chrono::DateTime::parse_from_rfc3339("2026-12-04T23:07:00Z")
        .unwrap()
        .timestamp();
    for d in 0..7 {
        let (db, _dir) = test_db().await;
        let now = first + d * 24 * 3600;
        if let Err(e) = guichet::demo::seed_all(&db, now).await {
            panic!("the demo on {}: {e:#}", at(now));
        }
    }
}
