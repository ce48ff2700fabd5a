//! Issue 12 §3 "booking only when open" and §4 "messages that make sense" (the
//! appointment's part): opening and working hours, the week of free times, booking for a
//! request, reminders never in the past nor with the confirmation, a confirmation that
//! becomes a call or says why nothing is sent; and §12, what to bring asked in the
//! person's language. Every test runs on SQLite and PostgreSQL.

use crate::helpers::{location, spawn_app, Browser, TestApp};
use guichet_domain::contact::ContactPreferences;
use guichet_domain::ids::{PersonId, UserId};
use guichet_domain::org::{DayHours, Postcode, WeeklyHours};
use guichet_domain::person::Address;
use guichet_domain::Role;
use guichet_store::{persons, users};
use reqwest::StatusCode;
use sqlx::Row;

const THOMAS: &str = "2"; // Thomas Claes, social worker
const NADIA: &str = "1"; // Nadia Benali, reception

async fn find(desk: &Browser, q: &str) -> String {
    crate::helpers::find_person(desk, q).await
}

/// A booking form: `date` as "D M" in 2026.
fn form<'a>(
    worker: &'a str,
    place: &'a str,
    day: &'a str,
    month: &'a str,
    time: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("worker", worker),
        ("day", day),
        ("month", month),
        ("year", "2026"),
        ("time", time),
        ("minutes", "30"),
        ("place", place),
        ("site", "1"), // Antenne Centre: Monday to Friday 8:30–12:00 and 13:00–16:30
        ("room", "Bureau 2"),
        ("what_to_bring", "Carte d'identité"),
    ]
}

fn with<'a>(
    mut f: Vec<(&'a str, &'a str)>,
    key: &'a str,
    value: &'a str,
) -> Vec<(&'a str, &'a str)> {
    f.retain(|(k, _)| *k != key);
    f.push((key, value));
    f
}

fn hours(days: [&str; 7]) -> WeeklyHours {
    let mut w = WeeklyHours::default();
    for (i, d) in days.iter().enumerate() {
        w.0[i] = DayHours::parse(d).unwrap();
    }
    w
}

async fn set_hours(app: &TestApp, user: &str, w: &WeeklyHours) {
    let id = UserId::new(user.parse().unwrap());
    let mut c = users::staff_contact(&app.db, id).await.unwrap();
    c.working_hours = Some(w.to_storage());
    users::set_staff_contact(&app.db, id, &c).await.unwrap();
}

/// Sets the file's contact preferences, address and phones straight in the store, as
/// the desk would have recorded them (the consents too).
async fn reach(
    app: &TestApp,
    person: &str,
    channels: &str,
    lang: &str,
    address: bool,
    phones: &[(&str, &str)],
    consents: &[guichet_domain::consent::Purpose],
) {
    let actor = users::actor(&app.db, UserId::new(1), app.now())
        .await
        .unwrap();
    let id = PersonId::new(person.parse().unwrap());
    let prefs = ContactPreferences::from_storage(channels, lang, "", "", "");
    let address = if address {
        Address::Belgian {
            street: "Rue des Glycines 4".into(),
            postcode: Postcode::parse("1300").unwrap(),
            municipality: "Wavre".into(),
        }
    } else {
        Address::Unknown
    };
    persons::set_contact(&app.db, &actor, id, &prefs, &address, None)
        .await
        .unwrap();
    for (i, (number, kind)) in phones.iter().enumerate() {
        sqlx::query("INSERT INTO person_phones (person_id, number, kind, holder, position) VALUES ($1, $2, $3, '', $4)")
            .bind(id.get())
            .bind(*number)
            .bind(*kind)
            .bind(i as i64)
            .execute(app.db.pool())
            .await
            .unwrap();
    }
    for p in consents {
        guichet_store::consents::give(
            &app.db,
            &actor,
            id,
            *p,
            guichet_domain::consent::How::Desk,
            app.now(),
            None,
        )
        .await
        .unwrap();
    }
}

/// The outbox rows of an appointment: (kind, channel, due_at).
async fn outbox_of(app: &TestApp, appointment: &str) -> Vec<(String, String, i64)> {
    let id: i64 = appointment
        .trim_start_matches("/appointments/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    sqlx::query("SELECT kind, channel, due_at FROM outbox WHERE appointment_id = $1 AND status = 'pending' ORDER BY id")
        .bind(id)
        .fetch_all(app.db.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get("kind"), r.get("channel"), r.get("due_at")))
        .collect()
}

/// Unescapes the few entities askama writes, to read a page's words.
fn text(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

#[tokio::test]
async fn issue_12_3_a_site_appointment_on_a_sunday_at_20_00_or_at_lunch_is_refused_with_that_days_hours(
) {
    let app = spawn_app().await; // Monday 2 March 2026, 10:00 in Brussels
    let desk = app.signed_in(Role::Reception).await;
    let id = find(&desk, "josiane+lambert").await;
    let path = format!("/persons/{id}/appointments/new");
    let refused = |day: &'static str, time: &'static str| {
        let desk = &desk;
        let path = path.clone();
        async move {
            let r = desk
                .post(&path, &form(THOMAS, "site", day, "3", time))
                .await;
            assert_eq!(
                r.status(),
                StatusCode::UNPROCESSABLE_ENTITY,
                "{day}/3 {time}"
            );
            text(&r.text().await.unwrap())
        }
    };
    // Sunday 8 March.
    let html = refused("8", "10:00").await;
    assert!(
        html.contains("Antenne Centre est fermé le dimanche. Choisissez un autre jour."),
        "{html}"
    );
    assert!(html.contains("href=\"#day\""));
    // Today at 20:00.
    let html = refused("2", "20:00").await;
    assert!(
        html.contains("Antenne Centre est ouvert le lundi 8:30–12:00 et 13:00–16:30. Un rendez-vous de 20:00 à 20:30 n'y tient pas : choisissez une autre heure."),
        "{html}"
    );
    assert!(html.contains("href=\"#time\""));
    // Tuesday during the lunch closure, and starting before it but running into it.
    let html = refused("3", "12:15").await;
    assert!(html.contains("Antenne Centre est ouvert le mardi 8:30–12:00 et 13:00–16:30. Un rendez-vous de 12:15 à 12:45"), "{html}");
    refused("3", "11:45").await;
    // Ending after closing.
    let html = refused("3", "16:15").await;
    assert!(html.contains("de 16:15 à 16:45"), "{html}");
    // Every value typed comes back.
    for kept in [
        "value=\"16:15\"",
        "value=\"3\"",
        "value=\"Bureau 2\"",
        "Carte d'identité</textarea>",
    ] {
        assert!(html.contains(kept), "{kept}");
    }
    // Inside the hours, up to closing time exactly: booked.
    for time in ["11:30", "16:00"] {
        let r = desk
            .post(&path, &form(THOMAS, "site", "3", "3", time))
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{time}");
    }
    // By phone, the site's hours do not count (the worker recorded no hours: no limit).
    let r = desk
        .post(&path, &form(THOMAS, "phone", "3", "3", "12:15"))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn issue_12_3_a_time_already_past_is_refused_alone_or_with_the_forms_other_mistakes() {
    let app = spawn_app().await; // Monday 2 March 2026, 10:00 in Brussels
    let desk = app.signed_in(Role::Reception).await;
    let id = find(&desk, "josiane+lambert").await;
    let path = format!("/persons/{id}/appointments/new");
    let past = "Cette date et cette heure sont déjà passées";
    // This morning at 9:00, everything else right.
    let r = desk
        .post(&path, &form(THOMAS, "site", "2", "3", "9:00"))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = text(&r.text().await.unwrap());
    assert!(html.contains(past), "{html}");
    assert!(html.contains("href=\"#day\""));
    assert!(html.contains("value=\"9:00\""), "the time typed comes back");
    // With nobody chosen to see: both are said at once.
    let r = desk
        .post(
            &path,
            &with(form(THOMAS, "site", "2", "3", "9:00"), "worker", ""),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = text(&r.text().await.unwrap());
    assert!(html.contains(past), "{html}");
    assert!(html.contains("href=\"#worker\""), "{html}");
}

#[tokio::test]
async fn issue_12_3_the_workers_hours_count_at_the_offices_and_by_phone_and_no_hours_means_no_limit(
) {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = find(&desk, "josiane+lambert").await;
    let path = format!("/persons/{id}/appointments/new");
    // Thomas Claes works part time: Monday to Thursday 8:30–12:00 and 12:30–16:30.
    let day = "8:30-12:00, 12:30-16:30";
    set_hours(&app, THOMAS, &hours([day, day, day, day, "", "", ""])).await;

    // His day off, at the offices and by phone.
    for place in ["site", "phone"] {
        let r = desk
            .post(&path, &form(THOMAS, place, "6", "3", "10:00"))
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{place}");
        let html = text(&r.text().await.unwrap());
        assert!(
            html.contains("Thomas Claes ne travaille pas le vendredi. Choisissez un autre jour ou une autre personne."),
            "{html}"
        );
        assert!(html.contains("href=\"#worker\""));
    }
    // By phone at 12:15 on Tuesday: no site, but his own break.
    let r = desk
        .post(&path, &form(THOMAS, "phone", "3", "3", "12:15"))
        .await;
    let html = text(&r.text().await.unwrap());
    assert!(
        html.contains("Thomas Claes travaille le mardi 8:30–12:00 et 12:30–16:30. Un rendez-vous de 12:15 à 12:45 n'y tient pas"),
        "{html}"
    );
    // By phone at 12:30: his hours, not the site's.
    let r = desk
        .post(&path, &form(THOMAS, "phone", "3", "3", "12:30"))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // Nadia Benali recorded no hours: a phone call on Friday at 17:00 is hers to accept.
    let r = desk
        .post(&path, &form(NADIA, "phone", "6", "3", "17:00"))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // At the offices, the site's hours still apply to her.
    let r = desk
        .post(&path, &form(NADIA, "site", "6", "3", "17:00"))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn issue_12_3_the_week_of_free_times_shows_busy_free_and_closed_and_never_a_name() {
    let app = spawn_app().await; // Monday 2 March 2026, 10:00
    let desk = app.signed_in(Role::Reception).await;
    let lambert = find(&desk, "josiane+lambert").await;
    let other = find(&desk, "mohamed+el+amrani").await;
    let day = "8:30-12:00, 12:30-16:30";
    set_hours(&app, THOMAS, &hours([day, day, day, day, "", "", ""])).await;
    // Mohamed El Amrani sees Thomas Claes on Wednesday at 10:00, for an hour.
    let r = desk
        .post(
            &format!("/persons/{other}/appointments/new"),
            &with(form(THOMAS, "site", "4", "3", "10:00"), "minutes", "60"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    // From Josiane Lambert's booking form: "see free times" keeps what is typed.
    let r = desk
        .post(
            &format!("/persons/{lambert}/appointments/new"),
            &with(
                form(THOMAS, "site", "4", "3", "9:00"),
                "action",
                "free-times",
            ),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let week = location(&r);
    assert_eq!(
        week,
        format!("/persons/{lambert}/appointments/free?worker=2&place=site&site=1&room=Bureau+2&minutes=30&week=2026-03-04")
    );
    let (status, html) = desk.html(&week).await;
    assert_eq!(status, StatusCode::OK);
    let html = text(&html);
    assert!(
        html.contains("Thomas Claes, semaine du 2 mars au 8 mars"),
        "{html}"
    );
    // Monday before 10:00 is past; Monday 10:00 is free and fills in the form.
    let slot = |date: &str, time: &str| {
        format!("href=\"new?worker=2&place=site&site=1&room=Bureau+2&minutes=30&date={date}&time={time}\"")
    };
    assert!(!html.contains(&slot("2026-03-02", "09:30")), "past");
    assert!(html.contains(&slot("2026-03-02", "10:00")));
    // Wednesday 10:00–11:00 is busy, and says nothing of whom with.
    assert!(!html.contains(&slot("2026-03-04", "10:00")));
    assert!(!html.contains(&slot("2026-03-04", "10:30")));
    assert!(html.contains(&slot("2026-03-04", "11:00")));
    assert!(html.contains(">occupé<"));
    assert!(
        !html.contains("El Amrani") && !html.contains("Mohamed"),
        "no name in the week"
    );
    // Lunch closed, Friday his day off, no weekend columns.
    assert!(!html.contains(&slot("2026-03-03", "12:00")));
    assert!(html.contains(">fermé<"));
    assert!(html.contains("Thomas Claes ne travaille pas ce jour-là"));
    assert!(!html.contains("Samedi"));
    // Previous and next weeks.
    assert!(html.contains(
        "appointments/free?worker=2&place=site&site=1&room=Bureau+2&minutes=30&week=2026-02-23"
    ));
    assert!(html.contains(
        "appointments/free?worker=2&place=site&site=1&room=Bureau+2&minutes=30&week=2026-03-09"
    ));

    // A longer appointment: 11:30 is free for 30 minutes but too short for an hour.
    let (_, long) = desk
        .html(&format!("/persons/{lambert}/appointments/free?worker=2&place=site&site=1&minutes=60&week=2026-03-02"))
        .await;
    let long = text(&long);
    assert!(
        !long.contains("date=2026-03-03&time=11:30"),
        "an hour does not fit before lunch"
    );
    assert!(long.contains("date=2026-03-03&time=11:00"));
    assert!(long.contains(">trop court<"));

    // The week of Easter Monday shows the holiday closed.
    let (_, easter) = desk
        .html(&format!(
            "/persons/{lambert}/appointments/free?worker=2&place=site&site=1&week=2026-04-06"
        ))
        .await;
    assert!(
        text(&easter).contains("Jour férié (lundi de Pâques) : fermé"),
        "{easter}"
    );

    // The room's week: the same room taken by someone else's appointment.
    let r = desk
        .post(
            &format!("/persons/{other}/appointments/new"),
            &form(NADIA, "site", "5", "3", "14:00"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, room) = desk.html(&week).await;
    let room = text(&room);
    assert!(
        room.contains(">salle prise<"),
        "Bureau 2 on Thursday at 14:00"
    );
    assert!(!room.contains("date=2026-03-05&time=14:00"));

    // Choosing a free time fills in the booking form, which books it.
    let (status, filled) = desk
        .html(&format!("/persons/{lambert}/appointments/new?worker=2&place=site&site=1&room=Bureau+2&minutes=30&date=2026-03-02&time=10:00"))
        .await;
    assert_eq!(status, StatusCode::OK);
    for kept in [
        "value=\"2\" selected",
        "value=\"10:00\"",
        "value=\"Bureau 2\"",
        "id=\"day\" name=\"day\" inputmode=\"numeric\" size=\"2\" value=\"2\"",
        "value=\"3\"",
        "value=\"2026\"",
    ] {
        assert!(filled.contains(kept), "{kept}: {filled}");
    }
    let r = desk
        .post(
            &format!("/persons/{lambert}/appointments/new"),
            &form(THOMAS, "site", "2", "3", "10:00"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, after) = desk.html(&week).await;
    let after = text(&after);
    assert!(
        !after.contains("date=2026-03-02&time=10:00"),
        "booked: no longer free"
    );
    assert!(!after[after.find("<table").unwrap()..].contains("Lambert"));

    // A file one may not see has no week either.
    let nurse = app.signed_in(Role::HealthWorker).await;
    assert_eq!(nurse.get(&week).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn issue_12_3_an_appointment_booked_from_a_request_stays_linked_to_it() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = find(&desk, "josiane+lambert").await;
    let r = desk
        .post(
            &format!("/persons/{id}/requests/new"),
            &[
                ("channel", "walk-in"),
                (
                    "topic",
                    "difficultes-financieres--ameliorer-sa-gestion-budgetaire",
                ),
                ("description", "Facture d'énergie"),
                ("urgency", "normal"),
                ("team", "1"),
            ],
        )
        .await;
    let request = location(&r);
    let number = request.trim_start_matches("/requests/").to_owned();
    let (_, html) = desk.html(&request).await;
    assert!(html.contains(&format!(
        "href=\"/persons/{id}/appointments/new?request={number}\""
    )));
    assert!(html.contains("Pas encore de rendez-vous."));

    let (_, form_html) = desk
        .html(&format!("/persons/{id}/appointments/new?request={number}"))
        .await;
    assert!(form_html.contains("Pour la demande : "), "{form_html}");
    assert!(form_html.contains(&format!("name=\"request\" value=\"{number}\"")));
    let r = desk
        .post(
            &format!("/persons/{id}/appointments/new"),
            &with(form(THOMAS, "site", "9", "3", "10:00"), "request", &number),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let appointment = location(&r);
    let (_, page) = desk.html(&appointment).await;
    assert!(
        page.contains(&format!(
            "<a href=\"/requests/{number}\">Pour la demande : "
        )),
        "{page}"
    );
    let (_, html) = desk.html(&request).await;
    assert!(
        html.contains(&format!(
            "<a href=\"{appointment}\">lundi 9 mars 2026 10:00</a> — Thomas Claes (prévu)"
        )),
        "{html}"
    );
    let stored: Option<i64> = sqlx::query("SELECT request_id FROM appointments WHERE id = $1")
        .bind(
            appointment
                .trim_start_matches("/appointments/")
                .parse::<i64>()
                .unwrap(),
        )
        .fetch_one(app.db.pool())
        .await
        .unwrap()
        .get("request_id");
    assert_eq!(stored, Some(number.parse().unwrap()));

    // Another person's request cannot be attached: not found, nothing booked.
    let other = find(&desk, "mohamed+el+amrani").await;
    let r = desk
        .post(
            &format!("/persons/{other}/appointments/new"),
            &with(form(THOMAS, "site", "9", "3", "11:00"), "request", &number),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        desk.get(&format!(
            "/persons/{other}/appointments/new?request={number}"
        ))
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn issue_12_4_nothing_is_planned_in_the_past_and_the_page_says_what_was_left_out() {
    use guichet_domain::consent::Purpose;
    let app = spawn_app().await; // Monday 2 March 2026, 10:00
    let desk = app.signed_in(Role::Reception).await;
    let id = find(&desk, "josiane+lambert").await;
    reach(
        &app,
        &id,
        "sms,paper-letter,landline",
        "fr",
        true,
        &[("+32486112233", "mobile"), ("+3210456789", "landline")],
        &[Purpose::Sms],
    )
    .await;
    // Tomorrow at 10:00: the text 48 hours before and a letter would both come too late;
    // the call the working day before is today.
    let r = desk
        .post(
            &format!("/persons/{id}/appointments/new"),
            &form(THOMAS, "site", "3", "3", "10:00"),
        )
        .await;
    let to = location(&r);
    assert!(
        to.ends_with("?booked=1&skipped=letter-late,message-late"),
        "{to}"
    );
    let rows = outbox_of(&app, &to).await;
    assert!(
        rows.is_empty(),
        "no message at a time already past: {rows:?}"
    );
    let (_, html) = desk.html(&to).await;
    let html = text(&html);
    assert!(
        html.contains(
            "Pas de message de rappel : le moment prévu (deux jours avant) est déjà passé."
        ),
        "{html}"
    );
    assert!(html.contains("Pas de lettre de rappel : même postée aujourd'hui, elle n'arriverait pas avant le jour du rendez-vous."));
    assert!(html.contains("Appeler la personne le lundi 2 mars 2026"));
    // On its own page later, nothing more is said.
    let (_, plain) = desk.html(to.split('?').next().unwrap()).await;
    assert!(!plain.contains("Pas de message de rappel"));

    // Thursday 5 March: the letter still goes with today's post (it arrives on Tuesday),
    // due from now rather than at 8:00 this morning; the text 48 hours before is Tuesday.
    let r = desk
        .post(
            &format!("/persons/{id}/appointments/new"),
            &form(THOMAS, "site", "5", "3", "10:00"),
        )
        .await;
    let to = location(&r);
    let rows = outbox_of(&app, &to).await;
    assert!(rows.iter().all(|(_, _, due)| *due >= app.now()), "{rows:?}");
    assert!(
        rows.iter()
            .any(|(_, c, due)| c == "paper-letter" && *due == app.now()),
        "{rows:?}"
    );

    // Two hours later her preferences change: planned again, still nothing in the past.
    app.advance(120);
    let desk = app.signed_in(Role::Reception).await;
    let r = desk
        .post(
            &format!("/persons/{id}/contact"),
            &[
                ("channel_1", "paper-letter"),
                ("channel_2", "landline"),
                ("address_kind", "belgian"),
                ("street", "Rue des Glycines 4"),
                ("postcode", "1300"),
                ("municipality", "Wavre"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let rows = outbox_of(&app, &to).await;
    assert!(!rows.is_empty());
    assert!(
        rows.iter().all(|(_, _, due)| *due >= app.now()),
        "replanned in the past: {rows:?}"
    );
}

#[tokio::test]
async fn issue_12_4_a_reminder_that_would_arrive_with_the_confirmation_is_dropped() {
    let app = spawn_app().await; // Monday 2 March 2026
    let desk = app.signed_in(Role::Reception).await;
    let id = find(&desk, "josiane+lambert").await;
    reach(&app, &id, "paper-letter", "fr", true, &[], &[]).await;
    // Friday 6 March with a confirmation: the confirmation letter goes today; the reminder
    // letter would be in the same post. Dropped, and said.
    let r = desk
        .post(
            &format!("/persons/{id}/appointments/new"),
            &with(form(THOMAS, "site", "6", "3", "10:00"), "confirm", "yes"),
        )
        .await;
    let to = location(&r);
    assert!(
        to.ends_with("?booked=1&skipped=letter-confirmed&confirmed=letter"),
        "{to}"
    );
    let rows = outbox_of(&app, &to).await;
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(
        (rows[0].0.as_str(), rows[0].1.as_str()),
        ("confirmation", "paper-letter")
    );
    let (_, html) = desk.html(&to).await;
    let html = text(&html);
    assert!(
        html.contains("Une lettre de confirmation part avec le courrier d'aujourd'hui"),
        "{html}"
    );
    assert!(html.contains(
        "Pas de lettre de rappel : elle arriverait avec la confirmation, ou juste après."
    ));
    assert!(html.contains("Confirmation : 02/03/2026"));
    // Three weeks ahead: the confirmation now, the reminder five working days before.
    let r = desk
        .post(
            &format!("/persons/{id}/appointments/new"),
            &with(form(THOMAS, "site", "23", "3", "10:00"), "confirm", "yes"),
        )
        .await;
    let rows = outbox_of(&app, &location(&r)).await;
    let kinds: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(kinds, ["confirmation", "reminder"], "{rows:?}");
}

#[tokio::test]
async fn issue_12_4_a_confirmation_becomes_a_call_for_the_desk_or_says_plainly_why_nothing_is_sent()
{
    use guichet_domain::consent::Purpose;
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let confirm = |id: String, day: &'static str| {
        let desk = &desk;
        async move {
            let r = desk
                .post(
                    &format!("/persons/{id}/appointments/new"),
                    &with(form(THOMAS, "site", day, "3", "10:00"), "confirm", "yes"),
                )
                .await;
            assert_eq!(r.status(), StatusCode::SEE_OTHER);
            location(&r)
        }
    };
    // Reachable only by landline: a call to confirm, on today's list with the number.
    let lambert = find(&desk, "josiane+lambert").await;
    reach(
        &app,
        &lambert,
        "landline",
        "fr",
        false,
        &[("+3210456789", "landline")],
        &[],
    )
    .await;
    let to = confirm(lambert.clone(), "16").await;
    assert!(to.ends_with("confirmed=call"), "{to}");
    assert!(outbox_of(&app, &to).await.is_empty());
    let (_, html) = desk.html(&to).await;
    assert!(text(&html).contains("Rien ne peut être envoyé par écrit à Josiane Lambert : un appel pour confirmer est ajouté à la liste des personnes à appeler aujourd'hui."), "{html}");
    assert!(html.contains("Appeler la personne pour confirmer, le lundi 2 mars 2026"));
    let (_, today) = desk.html("/today").await;
    assert!(today.contains("010 45 67 89"), "{today}");
    assert!(today.contains("Pour confirmer son nouveau rendez-vous du lundi 16 mars 2026 10:00."));

    // Through a trusted person: the call goes to them.
    let el_amrani = find(&desk, "mohamed+el+amrani").await;
    let actor = users::actor(&app.db, UserId::new(1), app.now())
        .await
        .unwrap();
    persons::set_contact(
        &app.db,
        &actor,
        PersonId::new(el_amrani.parse().unwrap()),
        &ContactPreferences::from_storage(
            "trusted-third",
            "fr",
            "",
            "",
            "Sa fille Leïla, 0470 11 22 33",
        ),
        &Address::Unknown,
        None,
    )
    .await
    .unwrap();
    let to = confirm(el_amrani, "17").await;
    assert!(to.ends_with("confirmed=call-trusted"), "{to}");
    let (_, today) = desk.html("/today").await;
    assert!(
        text(&today).contains("Appeler sa personne de confiance : Sa fille Leïla, 0470 11 22 33."),
        "{today}"
    );

    // Only at the desk: nothing is sent, and the page says so.
    let (_, home) = desk.html("/persons?q=marie+lemaire").await;
    let lemaire = crate::helpers::first_person_link(&home);
    reach(&app, &lemaire, "walk-in-only", "fr", false, &[], &[]).await;
    let to = confirm(lemaire.clone(), "18").await;
    assert!(to.ends_with("confirmed=walk-in"), "{to}");
    assert!(outbox_of(&app, &to).await.is_empty());
    let (_, html) = desk.html(&to).await;
    assert!(
        text(&html).contains("Rien ne sera envoyé : Marie Lemaire n'est joint qu'au guichet"),
        "{html}"
    );

    // Letter and SMS wanted, but no address and no mobile: nothing, and why.
    reach(&app, &lemaire, "paper-letter,sms", "fr", false, &[], &[]).await;
    let to = confirm(lemaire.clone(), "19").await;
    assert!(to.ends_with("confirmed=none"), "{to}");
    let (_, html) = desk.html(&to).await;
    assert!(
        text(&html).contains("Rien ne sera envoyé : aucune façon de joindre Marie Lemaire n'est utilisable (courrier papier : pas d'adresse postale ; SMS : pas de numéro de GSM)."),
        "{html}"
    );

    // SMS with consent: an SMS confirmation now.
    reach(
        &app,
        &lemaire,
        "sms",
        "fr",
        false,
        &[("+32486112233", "mobile")],
        &[Purpose::Sms],
    )
    .await;
    let to = confirm(lemaire, "20").await;
    assert!(to.ends_with("confirmed=sms"), "{to}");
    let rows = outbox_of(&app, &to).await;
    assert_eq!(
        (rows[0].0.as_str(), rows[0].1.as_str()),
        ("confirmation", "sms"),
        "{rows:?}"
    );
}

#[tokio::test]
async fn issue_12_12_what_to_bring_is_asked_in_the_persons_language() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let id = find(&desk, "josiane+lambert").await;
    let (_, html) = desk.html(&format!("/persons/{id}/appointments/new")).await;
    let html = text(&html);
    assert!(
        html.contains("Ce qu'il faut apporter — à écrire en français"),
        "{html}"
    );
    assert!(html.contains("La langue de Josiane Lambert n'est pas encore connue"));
    reach(&app, &id, "paper-letter", "nl", true, &[], &[]).await;
    let (_, html) = desk.html(&format!("/persons/{id}/appointments/new")).await;
    let html = text(&html);
    assert!(
        html.contains("Ce qu'il faut apporter — à écrire en néerlandais"),
        "{html}"
    );
    assert!(html.contains("La carte et les messages de Josiane Lambert sont en néerlandais, pas dans la langue de cet écran : écrivez ceci en néerlandais."));
    // A Dutch-speaking desk is not told twice.
    let mut nl = app.signed_in(Role::Reception).await;
    nl.post("/account/language", &[("lang", "nl")]).await;
    nl.refresh_csrf("/account").await;
    let (_, html) = nl.html(&format!("/persons/{id}/appointments/new")).await;
    assert!(
        html.contains("Wat meebrengen — schrijf het in het Nederlands"),
        "{html}"
    );
    assert!(!html.contains("niet in de taal van dit scherm"));
}

#[tokio::test]
async fn issue_12_3_the_demos_appointments_are_inside_opening_and_working_hours() {
    let app = spawn_app().await;
    guichet::demo::seed_more(&app.db, app.now()).await.unwrap();
    let site = guichet_store::org::get_site(&app.db, guichet_domain::ids::SiteId::new(1))
        .await
        .unwrap();
    let rows = sqlx::query("SELECT worker_id, starts_at, minutes FROM appointments")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    assert!(rows.len() >= 5, "the demo has appointments: {}", rows.len());
    for r in rows {
        let worker: i64 = r.get("worker_id");
        let hours = users::staff_contact(&app.db, UserId::new(worker))
            .await
            .unwrap()
            .working_hours
            .map(|h| WeeklyHours::from_storage(&h).unwrap());
        assert!(hours.is_some(), "the demo's workers have hours");
        let start = guichet_domain::clock::brussels(
            chrono::DateTime::from_timestamp(r.get("starts_at"), 0).unwrap(),
        );
        let minutes: i64 = r.get("minutes");
        assert!(
            guichet_domain::appointment::check_hours(
                start,
                minutes,
                Some(&site.opening_hours),
                hours.as_ref()
            )
            .is_empty(),
            "demo appointment at {start}"
        );
        assert!(
            guichet_domain::appointment::closed_for_appointments(
                start.date(),
                true,
                &site.closing_days
            )
            .is_none(),
            "demo appointment on a closed day: {start}"
        );
    }
}
