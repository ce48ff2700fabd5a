//! The application layer's use cases called directly, without HTTP (issue 14): a fixed
//! clock, the demo's accounts, a fresh database on SQLite or PostgreSQL. What the desk
//! would notice: by which channel the reminders go, what a confirmation became, a save
//! from a stale form refused with nothing changed.

use crate::helpers::{password_of, start_timestamp, test_db, DbGuard, START};
use guichet_desk::appointments::{self, Confirmed};
use guichet_desk::{consents, persons as desk_persons, Desk, DeskError};
use guichet_domain::appointment::Skipped;
use guichet_domain::consent::{How, Purpose};
use guichet_domain::contact::{Channel, ContactPreferences};
use guichet_domain::ids::{AppointmentId, PersonId};
use guichet_domain::org::{PhoneNumber, Postcode};
use guichet_domain::person::{Address, PhoneKind};
use guichet_domain::{Actor, FixedClock, Lang, Role};
use guichet_store::appointments::{NewAppointment, Place};
use guichet_store::persons::{self, NewPerson};
use guichet_store::{requests, users, Db};
use std::sync::Arc;

/// A desk over a fresh database with the demo in it, its clock at `START`.
async fn desk() -> (Desk, DbGuard) {
    let (db, guard) = test_db().await;
    guichet::demo::seed(&db, start_timestamp()).await.unwrap();
    let start = chrono::DateTime::parse_from_rfc3339(START)
        .unwrap()
        .to_utc();
    let words = Arc::new(guichet_words::I18n::load().unwrap());
    (
        Desk::new(db, Arc::new(FixedClock::new(start)), words),
        guard,
    )
}

/// A desk over a fresh demo database, and its social worker.
async fn social_desk() -> (Desk, DbGuard, Actor) {
    let (desk, guard) = desk().await;
    let social = actor(&desk.db, Role::SocialWorker).await;
    (desk, guard, social)
}

async fn actor(db: &Db, role: Role) -> Actor {
    let (username, _) = password_of(role);
    let id = users::find_for_login(db, username)
        .await
        .unwrap()
        .unwrap()
        .id;
    users::actor(db, id, start_timestamp()).await.unwrap()
}

/// A person of the social worker's team, reached first by `channels`, with a mobile, a
/// landline or both, a Belgian address, and the consents given at registration.
async fn person(
    desk: &Desk,
    actor: &Actor,
    channels: Vec<Channel>,
    phones: &[&str],
    agreed: Vec<Purpose>,
) -> PersonId {
    let phones = phones
        .iter()
        .map(|p| {
            let n = PhoneNumber::parse(p).unwrap();
            (n.clone(), PhoneKind::guess(&n), String::new())
        })
        .collect();
    let new = NewPerson {
        given_names: "Sanne".into(),
        family_name: "Van der Elst".into(),
        phones,
        contact: ContactPreferences {
            channels,
            ..Default::default()
        },
        address: Address::Belgian {
            street: "Kerkstraat 3".into(),
            postcode: Postcode::parse("1300").unwrap(),
            municipality: "Wavre".into(),
        },
        agreed,
        ..Default::default()
    };
    persons::create(
        &desk.db,
        actor,
        &new,
        actor.teams[0],
        desk.now().timestamp(),
    )
    .await
    .unwrap()
}

/// Someone reached by SMS, who agreed to it at the desk.
async fn sms_person(desk: &Desk, actor: &Actor) -> PersonId {
    person(
        desk,
        actor,
        vec![Channel::Sms],
        &["0471 22 33 44"],
        vec![Purpose::Sms],
    )
    .await
}

/// An appointment with the actor at their site, `days` days from the clock, at 10:00 UTC.
async fn appointment(desk: &Desk, actor: &Actor, person: PersonId, days: i64) -> AppointmentId {
    let site = appointments::home_site(desk, actor).await.unwrap();
    let starts = desk.now() + chrono::Duration::days(days) + chrono::Duration::hours(1);
    guichet_store::appointments::create(
        &desk.db,
        actor,
        &NewAppointment {
            person,
            worker: actor.user_id,
            place: Place::Site(site),
            room: String::new(),
            starts_at: starts.timestamp(),
            minutes: 30,
            what_to_bring: String::new(),
            request: None,
        },
        desk.now().timestamp(),
    )
    .await
    .unwrap()
}

/// Someone reached by SMS with an appointment four weeks ahead, its reminder planned (by
/// SMS: checked), and the file as read then.
async fn booked_by_sms(
    desk: &Desk,
    actor: &Actor,
) -> (PersonId, AppointmentId, persons::PersonDetails) {
    let id = sms_person(desk, actor).await;
    let booked = appointment(desk, actor, id, 28).await;
    let d = persons::details(&desk.db, actor, id).await.unwrap();
    let skipped = appointments::plan_reminders(desk, actor, &d, booked)
        .await
        .unwrap();
    assert!(
        skipped.is_empty(),
        "four weeks ahead, nothing is too late: {skipped:?}"
    );
    assert_eq!(waiting(desk, actor, id, "reminder").await, ["sms"]);
    (id, booked, d)
}

/// The channels of the messages waiting for this appointment, by kind.
async fn waiting(desk: &Desk, actor: &Actor, person: PersonId, kind: &str) -> Vec<String> {
    let file = persons::open(&desk.db, actor, person).await.unwrap();
    requests::pending_for_person(&desk.db, actor, &file)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.kind == kind)
        .map(|m| m.channel)
        .collect()
}

/// The actor's first team.
async fn team_of(desk: &Desk, actor: &Actor) -> guichet_store::org::Team {
    guichet_store::org::list_teams(&desk.db)
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.id == actor.teams[0])
        .unwrap()
}

/// A request about an unpaid energy bill, arrived by `channel`.
fn unpaid_bill(
    team: &guichet_store::org::Team,
    channel: guichet_domain::request::ArrivalChannel,
) -> guichet_desk::requests::Taken<'_> {
    guichet_desk::requests::Taken {
        team,
        channel,
        topic: "difficultes-financieres--ameliorer-sa-gestion-budgetaire",
        description: "Facture d'énergie impayée",
        urgency: guichet_domain::request::Urgency::Normal,
    }
}

#[tokio::test]
async fn desk_reminders_follow_the_sms_consent_withdrawn_then_go_by_post() {
    let (desk, _guard, social) = social_desk().await;
    let (id, _, d) = booked_by_sms(&desk, &social).await;

    // The version the desk read the file at: a save from it is accepted.
    let seen = Some(d.version);
    let changed = consents::change(&desk, &social, id, Purpose::Sms, false, How::Desk, seen)
        .await
        .unwrap();
    assert!(changed, "the consent was withdrawn");
    assert_eq!(
        waiting(&desk, &social, id, "reminder").await,
        ["paper-letter"],
        "the next reminder goes by post"
    );

    // Withdrawn again from the same stale form: refused, nothing recorded.
    let again = consents::change(&desk, &social, id, Purpose::Sms, false, How::Desk, seen).await;
    assert!(matches!(again, Err(DeskError::Changed)), "{again:?}");
}

#[tokio::test]
async fn desk_a_landline_only_person_is_confirmed_by_a_call_and_late_reminders_are_skipped() {
    let (desk, _guard, social) = social_desk().await;
    let id = person(
        &desk,
        &social,
        vec![Channel::Landline],
        &["010 22 33 44"],
        vec![],
    )
    .await;
    // Tomorrow: too late for a letter, for the message two days ahead and for the call
    // the working day before — each said, none planned in the past.
    let booked = appointment(&desk, &social, id, 1).await;
    let d = persons::details(&desk.db, &social, id).await.unwrap();
    let confirmed = appointments::confirm(&desk, &social, &d, booked)
        .await
        .unwrap();
    assert_eq!(confirmed, Confirmed::Call, "no letter, no SMS: a call");
    let calls = guichet_store::appointments::call_tasks(&desk.db, &social, booked)
        .await
        .unwrap();
    assert!(
        calls.iter().any(|(_, confirms)| *confirms),
        "the confirmation call is on the desk's list: {calls:?}"
    );
    let skipped = appointments::plan_reminders(&desk, &social, &d, booked)
        .await
        .unwrap();
    assert!(
        skipped.contains(&Skipped::CallWithConfirmation) || skipped.contains(&Skipped::CallTooLate),
        "{skipped:?}"
    );
    assert!(waiting(&desk, &social, id, "reminder").await.is_empty());
}

#[tokio::test]
async fn desk_a_contact_saved_from_a_stale_form_changes_nothing() {
    let (desk, _guard, social) = social_desk().await;
    let id = sms_person(&desk, &social).await;
    let read = persons::details(&desk.db, &social, id).await.unwrap();
    let letter_first = ContactPreferences {
        channels: vec![Channel::PaperLetter],
        ..Default::default()
    };
    desk_persons::save_contact(
        &desk,
        &social,
        id,
        &letter_first,
        &read.address,
        &[],
        Some(read.version),
    )
    .await
    .unwrap();
    // A second desk, with the form it opened before that save.
    let landline_first = ContactPreferences {
        channels: vec![Channel::Landline],
        ..Default::default()
    };
    let stale = desk_persons::save_contact(
        &desk,
        &social,
        id,
        &landline_first,
        &read.address,
        &[],
        Some(read.version),
    )
    .await;
    assert!(matches!(stale, Err(DeskError::Changed)), "{stale:?}");
    let now = persons::details(&desk.db, &social, id).await.unwrap();
    assert_eq!(
        now.contact.channels,
        [Channel::PaperLetter],
        "the first save stands"
    );

    // Someone of another team may not change it at all (it looks like no file).
    let nurse = actor(&desk.db, Role::HealthWorker).await;
    let refused = desk_persons::save_contact(
        &desk,
        &nurse,
        id,
        &landline_first,
        &read.address,
        &[],
        Some(now.version),
    )
    .await;
    assert!(matches!(refused, Err(DeskError::NotFound)), "{refused:?}");
}

#[tokio::test]
async fn desk_a_request_by_phone_is_acknowledged_by_sms_and_a_walk_in_gets_the_slip_instead() {
    use guichet_desk::requests::record;
    use guichet_domain::request::ArrivalChannel;
    let (desk, _guard, social) = social_desk().await;
    let id = sms_person(&desk, &social).await;
    let d = persons::details(&desk.db, &social, id).await.unwrap();
    let team = team_of(&desk, &social).await;
    let taken = |channel| unpaid_bill(&team, channel);

    let by_phone = record(&desk, &social, &d, &taken(ArrivalChannel::Phone))
        .await
        .unwrap();
    assert!(by_phone.acknowledged);
    let today = guichet_domain::clock::brussels(desk.now()).date();
    assert!(by_phone.promised_on > today, "{:?}", by_phone.promised_on);
    let file = persons::open(&desk.db, &social, id).await.unwrap();
    let sent = requests::pending_for_person(&desk.db, &social, &file)
        .await
        .unwrap();
    let ack: Vec<_> = sent
        .iter()
        .filter(|m| m.kind == "acknowledgement")
        .collect();
    assert_eq!(ack.len(), 1, "{sent:?}");
    assert_eq!(ack[0].channel, "sms");
    let reference =
        guichet_domain::request::Reference::of(by_phone.id.get(), desk.now().timestamp());
    assert!(
        ack[0].body.contains(&reference.to_string()),
        "the SMS quotes the reference: {}",
        ack[0].body
    );
    let r = requests::get(&desk.db, &social, by_phone.id).await.unwrap();
    assert_eq!(
        r.status,
        guichet_domain::request::RequestStatus::Acknowledged
    );

    // At the desk: the slip is printed there, nothing is sent.
    let walk_in = record(&desk, &social, &d, &taken(ArrivalChannel::WalkIn))
        .await
        .unwrap();
    assert!(!walk_in.acknowledged);
    let sent = requests::pending_for_person(&desk.db, &social, &file)
        .await
        .unwrap();
    assert_eq!(
        sent.iter().filter(|m| m.kind == "acknowledgement").count(),
        1,
        "still the phone request's only"
    );
}

#[tokio::test]
async fn desk_booking_is_refused_on_a_sunday_at_lunch_on_a_holiday_in_the_past_and_on_top_of_another(
) {
    use guichet_desk::appointments::{book, Refusal};
    use guichet_domain::appointment::{from_brussels, ClosedDay, OutOfHours};
    use guichet_domain::calendar::Holiday;
    let (desk, _guard, social) = social_desk().await;
    let id = sms_person(&desk, &social).await;
    let d = persons::details(&desk.db, &social, id).await.unwrap();
    let site_id = appointments::home_site(&desk, &social).await.unwrap();
    let site = guichet_store::org::get_site(&desk.db, site_id)
        .await
        .unwrap();
    // Brussels local time, as the desk types it.
    let at = |y, m, day, h, min| NewAppointment {
        person: id,
        worker: social.user_id,
        place: Place::Site(site_id),
        room: "Bureau 2".into(),
        starts_at: from_brussels(
            chrono::NaiveDate::from_ymd_opt(y, m, day)
                .unwrap()
                .and_hms_opt(h, min, 0)
                .unwrap(),
        )
        .timestamp(),
        minutes: 30,
        what_to_bring: String::new(),
        request: None,
    };
    let (on, by, file, open) = (&desk, &social, &d, &site);
    let refused = |new: NewAppointment| async move {
        match book(on, by, file, &new, Some(open), false).await {
            Err(DeskError::Refused(why)) => why,
            other => panic!("booked: {other:?}"),
        }
    };

    // The clock stands on Monday 2 March 2026, 10:00 in Brussels.
    let past = refused(at(2026, 3, 2, 9, 0)).await;
    assert_eq!(past, [Refusal::InThePast]);
    let sunday = refused(at(2026, 3, 8, 10, 0)).await;
    assert!(
        matches!(
            sunday.as_slice(),
            [
                Refusal::OutOfHours(OutOfHours::SiteClosedThatDay(chrono::Weekday::Sun)),
                ..
            ]
        ),
        "{sunday:?}"
    );
    let lunch = refused(at(2026, 3, 3, 12, 15)).await;
    assert!(
        lunch
            .iter()
            .any(|r| matches!(r, Refusal::OutOfHours(OutOfHours::OutsideSiteHours(..)))),
        "{lunch:?}"
    );
    let christmas = refused(at(2026, 12, 25, 10, 0)).await;
    assert!(
        matches!(
            christmas.as_slice(),
            [Refusal::Closed(
                _,
                ClosedDay::PublicHoliday(Holiday::Christmas)
            )]
        ),
        "{christmas:?}"
    );

    // An open slot is booked, with its confirmation by SMS and its reminder planned.
    let booked = book(
        &desk,
        &social,
        &d,
        &at(2026, 3, 17, 10, 30),
        Some(&site),
        true,
    )
    .await
    .unwrap();
    assert_eq!(booked.confirmed, Some(Confirmed::Sms));
    assert_eq!(waiting(&desk, &social, id, "confirmation").await, ["sms"]);
    assert_eq!(waiting(&desk, &social, id, "reminder").await, ["sms"]);
    // The same worker at the same time: refused, nothing more booked.
    let twice = refused(at(2026, 3, 17, 10, 45)).await;
    assert!(
        matches!(twice.as_slice(), [Refusal::Clash(c)] if c.same_worker),
        "{twice:?}"
    );
    let file = persons::open(&desk.db, &social, id).await.unwrap();
    let all = guichet_store::appointments::for_person(&desk.db, &social, &file)
        .await
        .unwrap();
    assert_eq!(all.len(), 1);
}

#[tokio::test]
async fn desk_a_person_is_registered_once_whatever_the_spelling_of_her_name() {
    use guichet_desk::persons::{register, Registered};
    use guichet_domain::person::PartialDate;
    let (desk, _guard) = desk().await;
    let reception = actor(&desk.db, Role::Reception).await;
    let team = reception.teams[0];
    let zoe = |given: &str, family: &str| NewPerson {
        given_names: given.into(),
        family_name: family.into(),
        birth: PartialDate {
            year: Some(1990),
            month: Some(5),
            day: Some(12),
        },
        contact: ContactPreferences {
            channels: vec![Channel::WalkInOnly],
            ..Default::default()
        },
        ..Default::default()
    };
    let Registered::Created(first) = register(
        &desk,
        &reception,
        &zoe("Zoë", "Van den Berghe"),
        team,
        false,
    )
    .await
    .unwrap() else {
        panic!("the first registration makes a file");
    };
    // Typed again another way: she is offered, and nothing is made.
    match register(&desk, &reception, &zoe("zoe", "vandenberghe"), team, false)
        .await
        .unwrap()
    {
        Registered::LikelyMatches { visible, .. } => {
            assert_eq!(visible.first().map(|c| c.id), Some(first));
        }
        Registered::Created(id) => panic!("a second file {id}"),
    }
    // The desk says it is someone else: made, as asked.
    assert!(matches!(
        register(&desk, &reception, &zoe("zoe", "vandenberghe"), team, true).await,
        Ok(Registered::Created(id)) if id != first
    ));
    // For a team that is not hers: not allowed.
    let other = guichet_store::org::list_teams(&desk.db)
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.id)
        .find(|t| !reception.teams.contains(t))
        .expect("a team reception is not in");
    assert!(matches!(
        register(&desk, &reception, &zoe("Ana", "Lima"), other, true).await,
        Err(DeskError::NotAllowed)
    ));
}

#[tokio::test]
async fn desk_no_reminder_waits_for_a_mobile_number_taken_off_the_file() {
    use guichet_store::persons::Contact;
    let (desk, _guard, social) = social_desk().await;
    let (id, _, d) = booked_by_sms(&desk, &social).await;

    // The number was wrong: taken off the file. The reminder goes by post instead.
    let mobile = persons::phones(&desk.db, &social, id).await.unwrap()[0].id;
    let remove = desk_persons::LineChange::Remove;
    desk_persons::change_contact(
        &desk,
        &social,
        id,
        Contact::Phone,
        mobile,
        remove,
        Some(d.version),
    )
    .await
    .unwrap();
    assert_eq!(
        waiting(&desk, &social, id, "reminder").await,
        ["paper-letter"],
        "nothing waits for the removed number"
    );

    // A new mobile: the reminder goes by SMS again (the consent still stands).
    let now = persons::details(&desk.db, &social, id).await.unwrap();
    let number = PhoneNumber::parse("0478 99 88 77").unwrap();
    desk_persons::add_phone(
        &desk,
        &social,
        id,
        &number,
        PhoneKind::Mobile,
        "",
        Some(now.version),
    )
    .await
    .unwrap();
    let file = persons::open(&desk.db, &social, id).await.unwrap();
    let sms: Vec<String> = requests::pending_for_person(&desk.db, &social, &file)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.kind == "reminder")
        .map(|m| m.recipient)
        .collect();
    assert_eq!(sms, [number.e164()]);
}

#[tokio::test]
async fn desk_a_note_is_written_only_in_a_compartment_its_author_may_write_in() {
    use guichet_domain::note::{Compartment, Tags};
    use guichet_store::notes::{NewNote, NoteFilter};
    let (desk, _guard, social) = social_desk().await;
    let reception = actor(&desk.db, Role::Reception).await;
    let id = sms_person(&desk, &social).await;
    let note = |compartment, body: &str| NewNote {
        person: id,
        request: None,
        compartment,
        body: body.into(),
        tags: Tags::default(),
        private: false,
    };
    guichet_desk::journal::write(&desk, &social, &note(Compartment::Social, "Suivi budget"))
        .await
        .unwrap();
    for (who, compartment) in [
        (&social, Compartment::Health),
        (&reception, Compartment::Administrative),
    ] {
        let refused = guichet_desk::journal::write(&desk, who, &note(compartment, "Essai")).await;
        assert!(matches!(refused, Err(DeskError::NotAllowed)), "{refused:?}");
    }
    let file = persons::open(&desk.db, &social, id).await.unwrap();
    let read = guichet_store::notes::for_person(&desk.db, &social, &file, &NoteFilter::default())
        .await
        .unwrap();
    assert_eq!(
        read.iter().map(|n| n.body.as_str()).collect::<Vec<_>>(),
        ["Suivi budget"]
    );
}

#[tokio::test]
async fn desk_a_request_given_to_a_colleague_tells_her_without_personal_data_and_moves_only_forward(
) {
    use guichet_desk::requests::{assign, record, set_status};
    use guichet_domain::request::{ArrivalChannel, RequestStatus};
    let (desk, _guard, social) = social_desk().await;
    let id = sms_person(&desk, &social).await;
    let d = persons::details(&desk.db, &social, id).await.unwrap();
    let team = team_of(&desk, &social).await;
    let recorded = record(
        &desk,
        &social,
        &d,
        &unpaid_bill(&team, ArrivalChannel::WalkIn),
    )
    .await
    .unwrap();
    let colleague = requests::team_workers(&desk.db, team.id)
        .await
        .unwrap()
        .into_iter()
        .map(|(u, _)| u)
        .find(|u| *u != social.user_id)
        .expect("a colleague in the team");
    // She reads guichet's messages by email.
    let mut contact = users::staff_contact(&desk.db, colleague).await.unwrap();
    contact.email = Some("collegue@example.org".into());
    users::set_staff_contact(&desk.db, colleague, &contact)
        .await
        .unwrap();
    let told = || async {
        sqlx::query_scalar::<_, String>(
            "SELECT body FROM outbox WHERE user_id = $1 AND kind = 'assigned'",
        )
        .bind(colleague.get())
        .fetch_all(desk.db.pool())
        .await
        .unwrap()
    };
    assign(&desk, &social, "Thomas Claes", recorded.id, Some(colleague))
        .await
        .unwrap();
    let bodies = told().await;
    assert_eq!(bodies.len(), 1, "she is told once");
    assert!(bodies[0].contains("Thomas Claes"), "{}", bodies[0]);
    assert!(
        !bodies[0].contains("Van der Elst"),
        "no person data: {}",
        bodies[0]
    );
    // Given to her again: not told twice.
    assign(&desk, &social, "Thomas Claes", recorded.id, Some(colleague))
        .await
        .unwrap();
    assert_eq!(told().await.len(), 1);

    set_status(&desk, &social, recorded.id, RequestStatus::InProgress)
        .await
        .unwrap();
    set_status(&desk, &social, recorded.id, RequestStatus::Done)
        .await
        .unwrap();
    let back = set_status(&desk, &social, recorded.id, RequestStatus::New).await;
    assert!(matches!(back, Err(DeskError::NotAllowed)), "{back:?}");
}

#[tokio::test]
async fn desk_a_cancelled_appointment_sends_nothing_more() {
    let (desk, _guard, social) = social_desk().await;
    let (id, booked, _) = booked_by_sms(&desk, &social).await;
    let odd = appointments::set_status(&desk, &social, booked, "postponed").await;
    assert!(matches!(odd, Err(DeskError::NotAllowed)), "{odd:?}");
    appointments::set_status(&desk, &social, booked, "cancelled")
        .await
        .unwrap();
    assert!(waiting(&desk, &social, id, "reminder").await.is_empty());
}

#[tokio::test]
async fn desk_a_household_link_is_made_once_never_to_oneself_and_not_from_a_stale_form() {
    use guichet_desk::households::{link, unlink};
    use guichet_domain::household::Relation;
    let (desk, _guard, social) = social_desk().await;
    let mother = sms_person(&desk, &social).await;
    let son = person(&desk, &social, vec![Channel::WalkInOnly], &[], vec![]).await;
    let seen = || async {
        Some(
            persons::details(&desk.db, &social, mother)
                .await
                .unwrap()
                .version,
        )
    };
    let read = seen().await;
    link(&desk, &social, mother, son, Relation::Child, read)
        .await
        .unwrap();
    let twice = link(&desk, &social, mother, son, Relation::Child, seen().await).await;
    assert!(matches!(twice, Err(DeskError::Conflict)), "{twice:?}");
    let oneself = link(
        &desk,
        &social,
        mother,
        mother,
        Relation::Child,
        seen().await,
    )
    .await;
    assert!(matches!(oneself, Err(DeskError::NotAllowed)), "{oneself:?}");
    let stale = unlink(&desk, &social, mother, son, read).await;
    assert!(matches!(stale, Err(DeskError::Changed)), "{stale:?}");
    let file = persons::open(&desk.db, &social, son).await.unwrap();
    let members = guichet_store::households::members(&desk.db, &social, &file)
        .await
        .unwrap();
    assert_eq!(members.len(), 1, "linked both ways, still");
    assert_eq!(members[0].id, mother);
    unlink(&desk, &social, mother, son, seen().await)
        .await
        .unwrap();
    assert!(guichet_store::households::members(&desk.db, &social, &file)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn desk_an_identity_is_saved_once_from_a_fresh_form_and_a_national_number_stays_one_files() {
    use guichet_desk::persons::{niss_owner, save_identity};
    use guichet_domain::niss::{with_check_number, Niss};
    use guichet_domain::person::PartialDate;
    use guichet_store::persons::{Identity, NissTaken};
    let (desk, _guard, social) = social_desk().await;
    let first = sms_person(&desk, &social).await;
    let second = person(&desk, &social, vec![Channel::WalkInOnly], &[], vec![]).await;
    let niss = Niss::parse(&with_check_number("850730", 33, false), 2026).unwrap();
    let identity = |niss: Option<Niss>| Identity {
        given_names: "Sanne".into(),
        family_name: "Van der Elst".into(),
        usual_name: String::new(),
        birth: PartialDate {
            year: Some(1985),
            month: Some(7),
            day: Some(30),
        },
        niss,
    };
    let (db, who) = (&desk.db, &social);
    let version = |id| async move { Some(persons::details(db, who, id).await.unwrap().version) };
    let read = version(first).await;
    save_identity(&desk, &social, first, &identity(Some(niss.clone())), read)
        .await
        .unwrap();
    let stale = save_identity(&desk, &social, first, &identity(None), read).await;
    assert!(matches!(stale, Err(DeskError::Changed)), "{stale:?}");

    // The other file may not take the same national number: told whose it is first, and
    // refused if it is tried anyway.
    let owner = niss_owner(&desk, &social, second, &niss).await.unwrap();
    assert!(
        matches!(&owner, Some(NissTaken::Visible(p)) if p.id == first),
        "{owner:?}"
    );
    let taken = save_identity(
        &desk,
        &social,
        second,
        &identity(Some(niss)),
        version(second).await,
    )
    .await;
    assert!(matches!(taken, Err(DeskError::Conflict)), "{taken:?}");
}

#[tokio::test]
async fn desk_after_a_merge_the_reminders_follow_the_file_kept() {
    use guichet_desk::persons::{merge, Merged};
    let (desk, _guard, social) = social_desk().await;
    // The older file: reached by letter. The newer one, made by mistake: by SMS.
    let older = person(&desk, &social, vec![Channel::PaperLetter], &[], vec![]).await;
    let newer = sms_person(&desk, &social).await;
    let booked = appointment(&desk, &social, newer, 28).await;
    let d = persons::details(&desk.db, &social, newer).await.unwrap();
    appointments::plan_reminders(&desk, &social, &d, booked)
        .await
        .unwrap();
    assert_eq!(waiting(&desk, &social, newer, "reminder").await, ["sms"]);

    assert_eq!(
        merge(&desk, &social, older, older).await.unwrap(),
        Merged::SameFile
    );
    assert_eq!(
        merge(&desk, &social, newer, older).await.unwrap(),
        Merged::Kept(older),
        "the older file is kept"
    );
    assert_eq!(
        waiting(&desk, &social, older, "reminder").await,
        ["paper-letter"],
        "the kept file's first channel"
    );
}

/// Makes every new message of the outbox fail to be written (`true`), as a full disk or a
/// lost database would, or lets them be written again (`false`).
async fn outbox_fails(db: &Db, fails: bool) {
    use guichet_store::Backend::{Postgres, Sqlite};
    let statements: &[&str] = match (db.backend(), fails) {
        (Sqlite, true) => &["CREATE TRIGGER outbox_fails BEFORE INSERT ON outbox \
             BEGIN SELECT RAISE(ABORT, 'the outbox cannot be written'); END"],
        (Sqlite, false) => &["DROP TRIGGER outbox_fails"],
        (Postgres, true) => &[
            "CREATE FUNCTION outbox_fails() RETURNS trigger AS $$ \
             BEGIN RAISE EXCEPTION 'the outbox cannot be written'; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER outbox_fails BEFORE INSERT ON outbox \
             FOR EACH ROW EXECUTE FUNCTION outbox_fails()",
        ],
        (Postgres, false) => &[
            "DROP TRIGGER outbox_fails ON outbox",
            "DROP FUNCTION outbox_fails()",
        ],
    };
    for s in statements {
        sqlx::query(s).execute(db.pool()).await.unwrap();
    }
}

#[tokio::test]
async fn desk_a_request_whose_acknowledgement_cannot_be_queued_is_not_left_half_recorded() {
    use guichet_desk::requests::record;
    use guichet_domain::request::ArrivalChannel;
    let (desk, _guard, social) = social_desk().await;
    let id = sms_person(&desk, &social).await;
    let d = persons::details(&desk.db, &social, id).await.unwrap();
    let team = team_of(&desk, &social).await;
    let taken = unpaid_bill(&team, ArrivalChannel::Phone);
    let requests_of = || async {
        let file = persons::open(&desk.db, &social, id).await.unwrap();
        requests::for_person(&desk.db, &social, &file)
            .await
            .unwrap()
            .len()
    };

    outbox_fails(&desk.db, true).await;
    let failed = record(&desk, &social, &d, &taken).await;
    assert!(
        matches!(failed, Err(DeskError::Store(_))),
        "the desk is told it failed: {failed:?}"
    );
    assert_eq!(
        requests_of().await,
        0,
        "no request is left recorded without its acknowledgement"
    );

    outbox_fails(&desk.db, false).await;
    let recorded = record(&desk, &social, &d, &taken).await.unwrap();
    assert!(recorded.acknowledged);
    assert_eq!(requests_of().await, 1, "tried again, it is recorded once");
    assert_eq!(
        waiting(&desk, &social, id, "acknowledgement").await,
        ["sms"]
    );
}

#[tokio::test]
async fn desk_an_appointment_whose_messages_cannot_be_queued_is_not_booked() {
    let (desk, _guard, social) = social_desk().await;
    let id = sms_person(&desk, &social).await;
    let d = persons::details(&desk.db, &social, id).await.unwrap();
    let site_id = appointments::home_site(&desk, &social).await.unwrap();
    let site = guichet_store::org::get_site(&desk.db, site_id)
        .await
        .unwrap();
    // Tuesday 17 March 2026 at 10:30 in Brussels: an open day, inside the hours.
    let starts = guichet_domain::appointment::from_brussels(
        chrono::NaiveDate::from_ymd_opt(2026, 3, 17)
            .unwrap()
            .and_hms_opt(10, 30, 0)
            .unwrap(),
    );
    let new = NewAppointment {
        person: id,
        worker: social.user_id,
        place: Place::Site(site_id),
        room: String::new(),
        starts_at: starts.timestamp(),
        minutes: 30,
        what_to_bring: String::new(),
        request: None,
    };
    let booked_of = || async {
        let file = persons::open(&desk.db, &social, id).await.unwrap();
        guichet_store::appointments::for_person(&desk.db, &social, &file)
            .await
            .unwrap()
            .len()
    };

    outbox_fails(&desk.db, true).await;
    let failed = appointments::book(&desk, &social, &d, &new, Some(&site), true).await;
    assert!(matches!(failed, Err(DeskError::Store(_))), "{failed:?}");
    assert_eq!(
        booked_of().await,
        0,
        "no appointment without its confirmation and reminders"
    );

    outbox_fails(&desk.db, false).await;
    let booked = appointments::book(&desk, &social, &d, &new, Some(&site), true)
        .await
        .unwrap();
    assert_eq!(booked.confirmed, Some(Confirmed::Sms));
    assert_eq!(booked_of().await, 1, "the slot was still free: booked once");
    assert_eq!(waiting(&desk, &social, id, "reminder").await, ["sms"]);
}

/// A Dutch-speaking person who reads with difficulty, reached by SMS.
async fn dutch_easy_read_person(desk: &Desk, actor: &Actor) -> PersonId {
    use guichet_domain::contact::{Need, PreferredLanguage};
    let id = sms_person(desk, actor).await;
    let prefs = ContactPreferences {
        channels: vec![Channel::Sms, Channel::PaperLetter],
        language: PreferredLanguage::Code("nl"),
        needs: vec![Need::ReadingDifficulty],
        trusted_third: String::new(),
    };
    let d = persons::details(&desk.db, actor, id).await.unwrap();
    desk_persons::save_contact(desk, actor, id, &prefs, &d.address, &[], Some(d.version))
        .await
        .unwrap();
    id
}

#[tokio::test]
async fn desk_messages_speak_the_persons_language_easy_read_and_the_organisations_own_text_wins() {
    use guichet_desk::messages;
    use guichet_desk::requests::record;
    use guichet_domain::request::ArrivalChannel;
    use guichet_outputs::templates::{Key, Kind, Language, Variant};
    let (desk, _guard, social) = social_desk().await;
    let id = dutch_easy_read_person(&desk, &social).await;
    let d = persons::details(&desk.db, &social, id).await.unwrap();
    assert_eq!(messages::message_language(&d), Language::Nl);
    assert_eq!(messages::written_variant(&d), Variant::EasyRead);

    // The shipped text is in force until the coordinator edits it.
    let sms = Key::new(Kind::Acknowledgement, Variant::Sms, Language::Nl);
    let (_, edited) = messages::in_force(&desk.db, sms).await.unwrap();
    assert!(!edited);
    let coordinator = actor(&desk.db, Role::Coordinator).await;
    guichet_store::templates::save(
        &desk.db,
        "acknowledgement",
        "sms",
        "nl",
        "",
        "Dag {{ name }}, we hebben uw vraag {{ reference }} goed ontvangen.",
        coordinator.user_id,
        desk.now().timestamp(),
    )
    .await
    .unwrap();
    let (text, edited) = messages::in_force(&desk.db, sms).await.unwrap();
    assert!(
        edited && text.body.starts_with("Dag {{ name }}"),
        "{text:?}"
    );

    // The acknowledgement of a request by phone goes by SMS, in the edited Dutch text,
    // filled in with her name and the reference she can quote.
    let team = team_of(&desk, &social).await;
    let by_phone = record(
        &desk,
        &social,
        &d,
        &unpaid_bill(&team, ArrivalChannel::Phone),
    )
    .await
    .unwrap();
    let file = persons::open(&desk.db, &social, id).await.unwrap();
    let sent = requests::pending_for_person(&desk.db, &social, &file)
        .await
        .unwrap();
    let ack = sent.iter().find(|m| m.kind == "acknowledgement").unwrap();
    let reference =
        guichet_domain::request::Reference::of(by_phone.id.get(), desk.now().timestamp());
    assert_eq!(ack.channel, "sms");
    assert_eq!(ack.language, "nl");
    assert_eq!(
        ack.body,
        format!("Dag Sanne Van der Elst, we hebben uw vraag {reference} goed ontvangen.")
    );
}

#[tokio::test]
async fn desk_the_report_speaks_to_the_person_in_her_language_and_erasure_waits_for_open_requests()
{
    use guichet_desk::privacy;
    use guichet_desk::requests::{record, set_status};
    use guichet_domain::request::{ArrivalChannel, RequestStatus};
    let (desk, _guard, social) = social_desk().await;
    let id = dutch_easy_read_person(&desk, &social).await;

    let report = privacy::report(&desk, &social, id).await.unwrap();
    assert_eq!(report.language, guichet_domain::Lang::Nl);
    assert_eq!(report.title, "Wat we over u weten");
    assert!(
        report
            .known
            .iter()
            .any(|l| l.contains("Sanne Van der Elst")),
        "{:?}",
        report.known
    );
    let (letter, name) = privacy::report_letter(&desk, &social, id).await.unwrap();
    assert_eq!(name, "Sanne Van der Elst");
    assert_eq!(letter.lang, "nl");
    assert!(
        letter.recipient.iter().any(|l| l.contains("1300 Wavre")),
        "{:?}",
        letter.recipient
    );
    let pdf = guichet_letters::render(&[letter]).unwrap();
    assert!(pdf.starts_with(b"%PDF"));

    // An open request keeps the file: nothing is erased, and the desk is told why.
    let d = persons::details(&desk.db, &social, id).await.unwrap();
    let team = team_of(&desk, &social).await;
    let open = record(
        &desk,
        &social,
        &d,
        &unpaid_bill(&team, ArrivalChannel::WalkIn),
    )
    .await
    .unwrap();
    let blocked = privacy::erase(&desk, &social, id, "Sa demande au guichet")
        .await
        .unwrap();
    assert!(
        matches!(&blocked, Err(b) if b.open_requests == 1),
        "{blocked:?}"
    );
    assert!(
        persons::details(&desk.db, &social, id).await.is_ok(),
        "still her file"
    );

    for step in [RequestStatus::InProgress, RequestStatus::Done] {
        set_status(&desk, &social, open.id, step).await.unwrap();
    }
    privacy::erase(&desk, &social, id, "Sa demande au guichet")
        .await
        .unwrap()
        .unwrap();
    let after = privacy::report(&desk, &social, id).await.unwrap();
    assert!(
        !after.known.iter().any(|l| l.contains("Sanne")),
        "her name is gone: {:?}",
        after.known
    );
}

/// The demo's directory, its digital space run by the team of that name.
async fn with_directory(desk: &Desk) -> i64 {
    let today = guichet_domain::clock::brussels(desk.now()).date();
    guichet_store::directory::apply(
        &desk.db,
        "demo",
        "guichet",
        &guichet::demo_directory::directory(today),
        start_timestamp(),
    )
    .await
    .unwrap();
    let epn = guichet_store::org::list_teams(&desk.db)
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.name == "Espace public numérique")
        .unwrap();
    guichet_store::directory::set_team(
        &desk.db,
        guichet::demo_directory::EPN_SERVICE,
        Some(epn.id.get()),
    )
    .await
    .unwrap();
    let found = guichet_store::directory::search(
        &desk.db,
        &guichet_store::directory::Query {
            text: "atelier smartphone".into(),
            ..Default::default()
        },
        1,
    )
    .await
    .unwrap();
    found[0].id
}

#[tokio::test]
async fn desk_a_referral_shares_only_what_was_ticked_with_consent_and_its_answer_comes_back() {
    use guichet_desk::referrals::{self, Choice};
    use guichet_store::referrals::Status;
    let (desk, _g, social) = social_desk().await;
    let listing = with_directory(&desk).await;
    let person = person(
        &desk,
        &social,
        vec![Channel::Sms],
        &["0470 12 34 56", "010 23 45 67"],
        vec![Purpose::Sms],
    )
    .await;
    let offer = referrals::offer(&desk, &social, person, listing)
        .await
        .unwrap();
    assert!(
        offer.to_team.is_some(),
        "the digital space is in this guichet"
    );
    let choice = Choice {
        name: true,
        phone: Some("0470 12 34 56".into()),
        email: None,
        language: false,
        need: "Apprendre à utiliser son smartphone.".into(),
        by_email: false,
    };
    let sent = referrals::send(&desk, &social, person, listing, &choice, Lang::Fr)
        .await
        .unwrap();
    assert_eq!(sent.status, Status::Sent);
    assert_eq!(sent.packet.name.as_deref(), Some("Sanne Van der Elst"));
    assert_eq!(sent.packet.phone.as_deref(), Some("0470 12 34 56"));
    assert_eq!(sent.packet.language, None, "not ticked, not shared");
    // The consent to share is on the file, given at the desk.
    let d = persons::details(&desk.db, &social, person).await.unwrap();
    assert!(
        guichet_domain::consent::granted(&d.consent_records).contains(&Purpose::ShareWithServices)
    );
    // A number that is not on the file is not sent.
    let forged = Choice {
        phone: Some("0499 99 99 99".into()),
        ..choice.clone()
    };
    assert!(matches!(
        referrals::send(&desk, &social, person, listing, &forged, Lang::Fr).await,
        Err(DeskError::Changed)
    ));

    // The receiving team (reception keeps the digital space) sees it; the nurse does not.
    let reception = actor(&desk.db, Role::Reception).await;
    let nurse = actor(&desk.db, Role::HealthWorker).await;
    assert_eq!(
        referrals::incoming(&desk, &reception).await.unwrap().len(),
        1
    );
    assert!(referrals::incoming(&desk, &nurse).await.unwrap().is_empty());
    assert!(matches!(
        referrals::answer(&desk, &nurse, sent.id, true, None).await,
        Err(DeskError::NotFound)
    ));
    let refused = referrals::answer(
        &desk,
        &reception,
        sent.id,
        false,
        Some("Complet ce mois-ci"),
    )
    .await
    .unwrap();
    assert_eq!(refused.status, Status::Refused);
    // He is told, by SMS as he prefers, a refusal too.
    assert_eq!(
        waiting(&desk, &social, person, "referral-answer").await,
        ["sms"]
    );
    // Answered once: a second answer changes nothing.
    assert!(matches!(
        referrals::answer(&desk, &reception, sent.id, true, None).await,
        Err(DeskError::Changed)
    ));
    // The sender sees the refusal and its reason; the person's report says it.
    let file = persons::open(&desk.db, &social, person).await.unwrap();
    let mine = referrals::of_file(&desk, &social, &file).await.unwrap();
    assert_eq!(mine[0].reason.as_deref(), Some("Complet ce mois-ci"));
    let report = guichet_desk::privacy::report(&desk, &social, person)
        .await
        .unwrap();
    let lines: Vec<&String> = report
        .sections
        .iter()
        .filter(|s| s.id == "report-referrals")
        .flat_map(|s| s.lines.iter())
        .collect();
    assert!(
        lines.iter().any(|l| l.contains("Atelier smartphone")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("Complet ce mois-ci")),
        "{lines:?}"
    );
}

#[tokio::test]
async fn desk_an_unanswered_referral_reminds_after_ten_days_and_expires_after_thirty() {
    use guichet_desk::referrals::{self, Choice};
    use guichet_store::referrals::Status;
    let (desk, _g, social) = social_desk().await;
    let listing = with_directory(&desk).await;
    let person = person(
        &desk,
        &social,
        vec![Channel::Sms],
        &["0470 12 34 56"],
        vec![],
    )
    .await;
    let choice = Choice {
        need: "Ordinateur public pour ses démarches.".into(),
        ..Default::default()
    };
    let sent = referrals::send(&desk, &social, person, listing, &choice, Lang::Fr)
        .await
        .unwrap();
    assert_eq!(sent.packet.name, None);
    let reception = actor(&desk.db, Role::Reception).await;
    let clock = FixedClock::new(desk.now() + chrono::Duration::days(10));
    let later = Desk::new(desk.db.clone(), Arc::new(clock), desk.words.clone());
    let waiting = referrals::incoming(&later, &reception).await.unwrap();
    assert!(waiting[0].remind && waiting[0].days_waiting == 10);
    let clock = FixedClock::new(desk.now() + chrono::Duration::days(30));
    let expired = Desk::new(desk.db.clone(), Arc::new(clock), desk.words.clone());
    let list = referrals::incoming(&expired, &reception).await.unwrap();
    assert_eq!(list[0].referral.status, Status::Expired);
    assert!(!list[0].remind);
    assert!(matches!(
        referrals::answer(&expired, &reception, sent.id, true, None).await,
        Err(DeskError::Changed)
    ));
}

#[tokio::test]
async fn desk_referral_delays_set_by_a_coordinator_apply_to_the_next_referrals() {
    use guichet_desk::referrals::{self, Choice, Delays};
    use guichet_store::referrals::Status;
    let (desk, _g, social) = social_desk().await;
    let listing = with_directory(&desk).await;
    let person = person(
        &desk,
        &social,
        vec![Channel::Sms],
        &["0470 12 34 56"],
        vec![],
    )
    .await;
    let choice = Choice {
        need: "Installer itsme.".into(),
        ..Default::default()
    };
    let before = referrals::send(&desk, &social, person, listing, &choice, Lang::Fr)
        .await
        .unwrap();
    // A social worker may not change them; the coordinator may.
    let short = Delays::parse("14", "3").unwrap();
    assert!(matches!(
        referrals::set_delays(&desk, &social, short).await,
        Err(DeskError::NotAllowed)
    ));
    let coordinator = actor(&desk.db, Role::Coordinator).await;
    referrals::set_delays(&desk, &coordinator, short)
        .await
        .unwrap();
    assert_eq!(referrals::delays(&desk).await.unwrap(), short);
    let after = referrals::send(&desk, &social, person, listing, &choice, Lang::Fr)
        .await
        .unwrap();
    assert_eq!(after.expires_at - after.created_at, 14 * 86_400);
    assert_eq!(
        before.expires_at - before.created_at,
        30 * 86_400,
        "sent before: kept"
    );
    let reception = actor(&desk.db, Role::Reception).await;
    let at = |days| {
        Desk::new(
            desk.db.clone(),
            Arc::new(FixedClock::new(desk.now() + chrono::Duration::days(days))),
            desk.words.clone(),
        )
    };
    let three = referrals::incoming(&at(3), &reception).await.unwrap();
    assert!(three.iter().all(|i| i.remind), "reminded after 3 days");
    let two = referrals::incoming(&at(2), &reception).await.unwrap();
    assert!(two.iter().all(|i| !i.remind));
    let fourteen = referrals::incoming(&at(14), &reception).await.unwrap();
    let status_of = |id| {
        fourteen
            .iter()
            .find(|i| i.referral.id == id)
            .map(|i| i.referral.status)
    };
    assert_eq!(status_of(after.id), Some(Status::Expired));
    assert_eq!(status_of(before.id), Some(Status::Sent));
}

#[tokio::test]
async fn desk_an_import_with_bad_rows_reports_each_with_its_line_and_applies_nothing_until_asked() {
    use guichet_desk::directory::{self as dir, Format};
    use guichet_store::directory_imports::Status;
    let (desk, _g) = desk().await;
    let coordinator = actor(&desk.db, Role::Coordinator).await;
    let social = actor(&desk.db, Role::SocialWorker).await;
    let services = "id,organization_id,program_id,name,alternate_name,description,url,email,status,interpretation_services,application_process,fees_description,wait_time,fees,accreditations,eligibility_description,minimum_age,maximum_age,assured_date,assurer_email,licenses,alert,last_modified\n\
        3c2a0a7e-54f4-4c8a-9f0e-1f2a3b4c5d01,,,Permanence numérique,,Aide au smartphone,,,active,,,,,,,,,,,,,,\n\
        3c2a0a7e-54f4-4c8a-9f0e-1f2a3b4c5d02,,,,,Sans nom,,,active,,,,,,,,,,,,,,\n\
        3c2a0a7e-54f4-4c8a-9f0e-1f2a3b4c5d03,,,Repair café,,Réparer,,,sometimes,,,,,,,,,,,,,,\n";
    let files = vec![("services.csv".to_owned(), services.as_bytes().to_vec())];
    // Not for a social worker: the directory is the coordinators'.
    assert!(matches!(
        dir::check_import(&desk, &social, "Province", Format::HsdsCsv, files.clone()).await,
        Err(DeskError::NotAllowed)
    ));
    let id = dir::check_import(&desk, &coordinator, "Province", Format::HsdsCsv, files)
        .await
        .unwrap();
    let pending = dir::import(&desk, &coordinator, id).await.unwrap();
    assert_eq!(pending.status, Status::Checked);
    assert_eq!(pending.counts.services, 1);
    let lines: Vec<(String, Option<usize>)> = pending
        .problems
        .iter()
        .map(|p| (p.file.clone(), p.line))
        .collect();
    assert_eq!(
        lines,
        [
            ("services.csv".to_owned(), Some(3)),
            ("services.csv".to_owned(), Some(4))
        ]
    );
    // Nothing applied yet.
    assert_eq!(
        guichet_store::directory::count_services(&desk.db)
            .await
            .unwrap(),
        0
    );
    let applied = dir::apply_import(&desk, &coordinator, id, &|_, _| {})
        .await
        .unwrap();
    assert_eq!((applied.added, applied.updated), (1, 0));
    assert_eq!(
        guichet_store::directory::count_services(&desk.db)
            .await
            .unwrap(),
        1
    );
    // Applied once only.
    assert!(matches!(
        dir::apply_import(&desk, &coordinator, id, &|_, _| {}).await,
        Err(DeskError::Changed)
    ));
    assert_eq!(
        dir::import(&desk, &coordinator, id).await.unwrap().status,
        Status::Applied
    );
}

#[tokio::test]
async fn desk_a_listing_its_team_runs_is_due_for_a_check_at_its_frequency_until_checked() {
    use guichet_desk::directory::{self as dir, Search};
    let (desk, _g) = desk().await;
    with_directory(&desk).await;
    let reception = actor(&desk.db, Role::Reception).await;
    let social = actor(&desk.db, Role::SocialWorker).await;
    // The demo's digital space was checked 20 days ago, to be checked every six months.
    assert!(dir::to_check(&desk, &reception).await.unwrap().is_empty());
    let clock = FixedClock::new(desk.now() + chrono::Duration::days(200));
    let later = Desk::new(desk.db.clone(), Arc::new(clock), desk.words.clone());
    let due = dir::to_check(&later, &reception).await.unwrap();
    assert_eq!(due.len(), 1);
    assert!(due[0].name.starts_with("Atelier smartphone"), "{due:?}");
    // Not another team's: they neither see it nor can say it was checked.
    assert!(dir::to_check(&later, &social).await.unwrap().is_empty());
    assert!(matches!(
        dir::mark_checked(&later, &social, guichet::demo_directory::EPN_SERVICE).await,
        Err(DeskError::NotFound)
    ));
    dir::mark_checked(&later, &reception, guichet::demo_directory::EPN_SERVICE)
        .await
        .unwrap();
    assert!(dir::to_check(&later, &reception).await.unwrap().is_empty());
    // Searches show the new date.
    let found = dir::search(
        &later,
        &Search {
            query: guichet_store::directory::Query {
                text: "atelier smartphone".into(),
                ..Default::default()
            },
            page: 1,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(
        found.items[0].last_checked,
        Some(guichet_domain::clock::brussels(later.now()).date())
    );
    assert!(!found.items[0].stale);
}

#[tokio::test]
async fn desk_a_referral_outside_guichet_becomes_a_letter_with_only_what_was_shared() {
    use guichet_desk::referrals::{self, Choice};
    let (desk, _g, social) = social_desk().await;
    with_directory(&desk).await;
    let found = guichet_store::directory::search(
        &desk.db,
        &guichet_store::directory::Query {
            text: "courriers".into(),
            ..Default::default()
        },
        1,
    )
    .await
    .unwrap();
    let writer = found
        .iter()
        .find(|l| l.name.starts_with("Aide aux courriers"))
        .unwrap()
        .id;
    let person = person(
        &desk,
        &social,
        vec![Channel::Sms],
        &["0470 12 34 56"],
        vec![],
    )
    .await;
    let offer = referrals::offer(&desk, &social, person, writer)
        .await
        .unwrap();
    assert!(offer.to_team.is_none(), "not a service of this guichet");
    let sent = referrals::send(
        &desk,
        &social,
        person,
        writer,
        &Choice {
            name: true,
            need: "Comprendre une lettre du SPF Finances.".into(),
            by_email: true,
            ..Default::default()
        },
        Lang::Fr,
    )
    .await
    .unwrap();
    // Emailed to the service's address, with what was ticked and nothing else, in the
    // same unit of work as the referral.
    assert_eq!(
        sent.emailed_to.as_deref(),
        Some(guichet::demo_directory::WRITER_EMAIL)
    );
    let queued: Vec<(String, String, String)> =
        sqlx::query_as("SELECT recipient, channel, body FROM outbox WHERE kind = 'referral-email'")
            .fetch_all(desk.db.pool())
            .await
            .unwrap();
    assert_eq!(queued.len(), 1, "the email to the service is queued once");
    let (to, channel, body) = &queued[0];
    assert_eq!(to, guichet::demo_directory::WRITER_EMAIL);
    assert_eq!(channel, "email");
    assert!(body.contains("Sanne Van der Elst"), "{body}");
    assert!(body.contains("SPF Finances"), "{body}");
    assert!(!body.contains("0470"), "the phone was not ticked");
    // Withdrawing the consent to share holds the email back while it waits; the
    // person's own email consent has nothing to do with it.
    guichet_store::consents::withdraw(
        &desk.db,
        &social,
        person,
        Purpose::ShareWithServices,
        How::Desk,
        start_timestamp(),
        None,
    )
    .await
    .unwrap();
    let status: String =
        sqlx::query_scalar("SELECT status FROM outbox WHERE kind = 'referral-email'")
            .fetch_one(desk.db.pool())
            .await
            .unwrap();
    assert_eq!(status, "withdrawn");
    let (letter, _) = referrals::letter(&desk, &social, person, sent.id, guichet_domain::Lang::Fr)
        .await
        .unwrap();
    assert!(
        letter.recipient.iter().any(|l| l.contains("Rue de Fer 40")),
        "{:?}",
        letter.recipient
    );
    assert!(
        letter.body.contains("Sanne Van der Elst"),
        "{}",
        letter.body
    );
    assert!(letter.body.contains("SPF Finances"), "{}", letter.body);
    assert!(!letter.body.contains("0470"), "the phone was not ticked");
    guichet_letters::render(&[letter]).unwrap();
    // Another team's worker cannot print it.
    let nurse = actor(&desk.db, Role::HealthWorker).await;
    assert!(
        referrals::letter(&desk, &nurse, person, sent.id, guichet_domain::Lang::Fr)
            .await
            .is_err()
    );
}
