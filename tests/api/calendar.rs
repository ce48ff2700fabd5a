//! iCalendar: an .ics file per appointment, and each worker's private read-only feed.

use crate::helpers::{location, spawn_app, Browser, TestApp};
use guichet_domain::Role;
use reqwest::StatusCode;

/// Books Josiane Lambert with Thomas Claes (social worker) on Friday 10 April 2026 at 9:30.
async fn book(desk: &Browser) -> (String, String) {
    let person = crate::helpers::find_person(desk, "josiane+lambert").await;
    let r = desk
        .post(
            &format!("/persons/{person}/appointments/new"),
            &[
                ("worker", "2"),
                ("day", "10"),
                ("month", "4"),
                ("year", "2026"),
                ("time", "09:30"),
                ("minutes", "45"),
                ("place", "site"),
                ("site", "1"),
                ("room", "Bureau 2"),
                ("what_to_bring", "Carte d'identité; facture d'énergie"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let appt = location(&r).trim_start_matches("/appointments/").to_owned();
    (person, appt)
}

fn parse(ics: &str) -> ical::parser::ical::component::IcalCalendar {
    let mut parser = ical::IcalParser::new(ics.as_bytes());
    let cal = parser.next().expect("a calendar").expect("parses");
    assert!(parser.next().is_none());
    cal
}

fn value(props: &[ical::property::Property], name: &str) -> String {
    props
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
        .unwrap_or_default()
}

async fn fetch(app: &TestApp, path: &str) -> (StatusCode, String, String) {
    let r = app.browser().get(path).await;
    let kind = r
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (r.status(), kind, r.text().await.unwrap())
}

#[tokio::test]
async fn an_appointment_downloads_as_an_ics_file_in_the_persons_time_zone() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let (_, appt) = book(&desk).await;

    let (_, page) = desk.html(&format!("/appointments/{appt}")).await;
    assert!(page.contains(&format!("href=\"/appointments/{appt}/ics\"")));

    let r = desk.get(&format!("/appointments/{appt}/ics")).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    assert!(r.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains(".ics"));
    let ics = r.text().await.unwrap();
    let cal = parse(&ics);
    assert_eq!(cal.events.len(), 1);
    let ev = &cal.events[0].properties;
    assert!(value(ev, "UID").starts_with(&format!("appointment-{appt}@")));
    assert_eq!(
        value(ev, "DTSTART"),
        "20260410T093000",
        "Brussels local time"
    );
    assert_eq!(value(ev, "DTEND"), "20260410T101500");
    assert!(value(ev, "DESCRIPTION").contains("facture d'énergie"));
    assert!(
        value(ev, "DESCRIPTION").contains("Bureau 2"),
        "the room is told"
    );
    assert!(!value(ev, "LOCATION").is_empty(), "the site is named");
    assert!(
        !ics.contains("Lambert"),
        "the person is not named in the file"
    );

    // The same appointment always has the same UID: a calendar updates it, never doubles it.
    let again = desk
        .get(&format!("/appointments/{appt}/ics"))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        value(&parse(&again).events[0].properties, "UID"),
        value(ev, "UID")
    );

    // A worker whose team does not follow the person gets nothing.
    let nurse = app.signed_in(Role::HealthWorker).await;
    let r = nurse.get(&format!("/appointments/{appt}/ics")).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_worker_subscribes_to_a_private_feed_that_never_names_the_person() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let (_, appt) = book(&desk).await;

    let social = app.signed_in(Role::SocialWorker).await;
    let (_, account) = social.html("/account").await;
    assert!(account.contains("action=\"/account/calendar\""));
    let r = social.post("/account/calendar", &[]).await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = r.text().await.unwrap();
    let link = page
        .split("value=\"")
        .find_map(|s| {
            let v = s.split('"').next()?;
            v.contains("/calendar/").then(|| v.to_owned())
        })
        .expect("the new link is shown");
    let path = &link[link.find("/calendar/").unwrap()..];

    // Read without any session, as a calendar app does.
    let (status, kind, ics) = fetch(&app, path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.starts_with("text/calendar"));
    let cal = parse(&ics);
    let mine: Vec<_> = cal
        .events
        .iter()
        .filter(|e| value(&e.properties, "UID").starts_with(&format!("appointment-{appt}@")))
        .collect();
    assert_eq!(mine.len(), 1, "the booked appointment is in the feed");
    assert_eq!(value(&mine[0].properties, "STATUS"), "CONFIRMED");
    assert_eq!(value(&mine[0].properties, "DTSTART"), "20260410T093000");
    assert!(!ics.contains("Lambert") && !ics.contains("Josiane"));
    assert!(!ics.contains("facture"), "no details of the person's case");

    // Cancelled: the calendar is told, so it can remove the event.
    let r = desk
        .post(
            &format!("/appointments/{appt}/status"),
            &[("status", "cancelled")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, _, ics) = fetch(&app, path).await;
    let cal = parse(&ics);
    let ev = cal
        .events
        .iter()
        .find(|e| value(&e.properties, "UID").starts_with(&format!("appointment-{appt}@")))
        .expect("still listed");
    assert_eq!(value(&ev.properties, "STATUS"), "CANCELLED");

    // The account page no longer shows the link, only since when one exists.
    let (_, account) = social.html("/account").await;
    assert!(!account.contains(path));

    // A new link stops the old one; stopping ends the new one.
    let r = social.post("/account/calendar", &[]).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(fetch(&app, path).await.0, StatusCode::NOT_FOUND);
    let r = social.post("/account/calendar/stop", &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, account) = social.html(&location(&r)).await;
    assert!(account.contains("action=\"/account/calendar\""));
    assert!(!account.contains("action=\"/account/calendar/stop\""));

    // A made-up link is simply not found.
    let fake = format!("/calendar/{}.ics", "ab".repeat(32));
    assert_eq!(fetch(&app, &fake).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn staff_who_meet_nobody_have_no_calendar_link() {
    let app = spawn_app().await;
    let coordinator = app.signed_in(Role::Coordinator).await;
    let (_, account) = coordinator.html("/account").await;
    assert!(!account.contains("action=\"/account/calendar\""));
}
