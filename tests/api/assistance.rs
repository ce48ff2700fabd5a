//! Digital assistance and mandates (issue 16, journey J4): what a worker, a volunteer and
//! the person would notice — an act done for someone needs their mandate, a revoked
//! mandate stops it, a note that looks like a code is pointed out, an anonymous walk-in
//! leaves no file, and the report lists it all.

use crate::helpers::{location, spawn_app, start_timestamp, test_db, DbGuard, START};
use guichet_desk::assistance::{self, Recording};
use guichet_desk::mandates::{self, Created};
use guichet_desk::Desk;
use guichet_domain::assistance::ActForm;
use guichet_domain::ids::PersonId;
use guichet_domain::mandate::{MandateForm, Refusal};
use guichet_domain::{Actor, Clock, FixedClock, Role};
use guichet_store::mandates::RevokedHow;
use guichet_store::{users, Db};
use reqwest::StatusCode;
use std::sync::Arc;

async fn desk_at(db: &Db, days_later: i64) -> Desk {
    let start = chrono::DateTime::parse_from_rfc3339(START)
        .unwrap()
        .to_utc();
    let words = Arc::new(guichet_words::I18n::load().unwrap());
    Desk::new(
        db.clone(),
        Arc::new(FixedClock::new(start + chrono::Duration::days(days_later))),
        words,
    )
}

async fn desk() -> (Desk, DbGuard) {
    let (db, guard) = test_db().await;
    guichet::demo::seed(&db, start_timestamp()).await.unwrap();
    (desk_at(&db, 0).await, guard)
}

async fn actor(db: &Db, role: Role) -> Actor {
    let (username, _) = crate::helpers::password_of(role);
    let id = users::find_for_login(db, username)
        .await
        .unwrap()
        .unwrap()
        .id;
    users::actor(db, id, start_timestamp()).await.unwrap()
}

/// Josiane Lambert of the demo, followed by the social service.
async fn mme_lambert(db: &Db) -> PersonId {
    let id: i64 = sqlx::query_scalar(
        "SELECT id FROM persons WHERE given_names = 'Josiane' AND family_name = 'Lambert'",
    )
    .fetch_one(db.pool())
    .await
    .unwrap();
    PersonId::new(id)
}

fn tax_return(mode: &str) -> ActForm {
    ActForm {
        platform: "myminfin".into(),
        mode: mode.into(),
        minutes: "40".into(),
        outcome: "done".into(),
        barriers: vec!["itsme-required".into(), "no-card-reader-or-pin".into()],
        autonomy: "fully-accompanied".into(),
        equipment: vec!["phone".into()],
        redirect_kind: "nowhere".into(),
        ..Default::default()
    }
}

fn tax_mandate(duration: &str) -> MandateForm {
    MandateForm {
        areas: vec!["tax".into()],
        duration: duration.into(),
        start: String::new(),
        elsewhere: "no".into(),
    }
}

async fn acts(db: &Db) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM assistance_acts")
        .fetch_one(db.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn j4_an_act_for_the_person_needs_her_mandate_and_stops_when_she_revokes_it() {
    let (desk, _g) = desk().await;
    let social = actor(&desk.db, Role::SocialWorker).await;
    let person = mme_lambert(&desk.db).await;

    // Without a mandate, doing it for her is refused in plain words; nothing is saved.
    let r = assistance::record_for(&desk, &social, person, &tax_return("for"), "", false)
        .await
        .unwrap();
    assert!(
        matches!(
            r,
            Recording::NeedsMandate {
                refusal: Refusal::NoMandate,
                ..
            }
        ),
        "{r:?}"
    );
    assert_eq!(acts(&desk.db).await, 0);

    // She signs a mandate for tax matters, three months from today (Monday 2 March 2026).
    let Created::Recorded(m) = mandates::create(
        &desk,
        &social,
        person,
        &tax_mandate("three-months"),
        None,
        false,
    )
    .await
    .unwrap() else {
        panic!("the mandate is recorded")
    };
    assert_eq!(m.period.start.to_string(), "2026-03-02");
    assert_eq!(m.period.last_day.to_string(), "2026-06-01");
    // Its form prints again identical to what was fingerprinted, in her language.
    let (form, name) = mandates::printable(&desk, &social, person, m.id)
        .await
        .unwrap();
    assert_eq!(name, "Josiane Lambert");
    assert!(form.body.contains("impôts"), "{}", form.body);
    assert!(form.body.contains("Josiane Lambert"));
    assert!(form.body.contains("1 juin 2026"), "{}", form.body);
    assert!(
        form.body.contains("par téléphone ou par lettre"),
        "she can stop it in three ways"
    );
    assert_eq!(m.document_hash.len(), 64);
    guichet_letters::render(&[form]).unwrap();

    // Now the act done for her is recorded, under that mandate.
    let Recording::Recorded { id } =
        assistance::record_for(&desk, &social, person, &tax_return("for"), "", false)
            .await
            .unwrap()
    else {
        panic!("recorded")
    };
    let under: Option<i64> =
        sqlx::query_scalar("SELECT mandate_id FROM assistance_acts WHERE id = $1")
            .bind(id)
            .fetch_one(desk.db.pool())
            .await
            .unwrap();
    assert_eq!(under, Some(m.id));

    // A pension procedure is not covered by a tax mandate.
    let pension = ActForm {
        platform: "mypension".into(),
        ..tax_return("for")
    };
    let r = assistance::record_for(&desk, &social, person, &pension, "", false)
        .await
        .unwrap();
    assert!(
        matches!(
            r,
            Recording::NeedsMandate {
                refusal: Refusal::AreaNotCovered,
                ..
            }
        ),
        "{r:?}"
    );

    // She stops it (by phone): from today, nothing more may be done in her name…
    let revoked = mandates::revoke(&desk, &social, person, m.id, None, RevokedHow::Phone)
        .await
        .unwrap();
    assert!(revoked.areas.iter().all(|a| a.revoked_on.is_some()));
    let r = assistance::record_for(&desk, &social, person, &tax_return("for"), "", false)
        .await
        .unwrap();
    assert!(
        matches!(
            r,
            Recording::NeedsMandate {
                refusal: Refusal::Revoked { .. },
                ..
            }
        ),
        "{r:?}"
    );
    // …but it can still be done with her.
    assert!(matches!(
        assistance::record_for(&desk, &social, person, &tax_return("with"), "", false)
            .await
            .unwrap(),
        Recording::Recorded { .. }
    ));
    // Revoking again changes nothing.
    assert!(
        mandates::revoke(&desk, &social, person, m.id, None, RevokedHow::Desk)
            .await
            .is_err()
    );

    // Her report lists the mandate (and its end) and both acts.
    let report = guichet_desk::privacy::report(&desk, &social, person)
        .await
        .unwrap();
    let lines = |id: &str| -> Vec<String> {
        report
            .sections
            .iter()
            .filter(|s| s.id == id)
            .flat_map(|s| s.lines.clone())
            .collect()
    };
    let mandates_said = lines("report-mandates");
    assert!(
        mandates_said
            .iter()
            .any(|l| l.contains("impôts") && l.contains("arrêté le")),
        "{mandates_said:?}"
    );
    let helped = lines("report-assistance");
    assert_eq!(helped.len(), 2, "{helped:?}");
    assert!(helped
        .iter()
        .any(|l| l.contains("fait pour vous avec votre mandat")));
    assert!(helped.iter().any(|l| l.contains("fait avec vous")));
}

#[tokio::test]
async fn a_note_that_looks_like_a_code_is_pointed_out_before_anything_is_saved() {
    let (desk, _g) = desk().await;
    let social = actor(&desk.db, Role::SocialWorker).await;
    let person = mme_lambert(&desk.db).await;
    let note = "Nouveau code 4821 reçu par SMS pour itsme.";
    let r = assistance::record_for(&desk, &social, person, &tax_return("with"), note, false)
        .await
        .unwrap();
    assert!(matches!(r, Recording::CheckNote(_)), "{r:?}");
    assert_eq!(acts(&desk.db).await, 0, "nothing saved");
    // An ordinary note goes through, in the digital-assistance compartment.
    let fine = "Déclaration envoyée, accusé de réception imprimé.";
    assert!(matches!(
        assistance::record_for(&desk, &social, person, &tax_return("with"), fine, false)
            .await
            .unwrap(),
        Recording::Recorded { .. }
    ));
    let compartment: String = sqlx::query_scalar("SELECT compartment FROM notes WHERE body = $1")
        .bind(fine)
        .fetch_one(desk.db.pool())
        .await
        .unwrap();
    assert_eq!(compartment, "digital");
}

#[tokio::test]
async fn a_volunteer_records_help_for_an_anonymous_walk_in_and_no_file_is_created() {
    let (desk, _g) = desk().await;
    let volunteer = actor(&desk.db, Role::Volunteer).await;
    let files = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM persons")
            .fetch_one(desk.db.pool())
            .await
            .unwrap()
    };
    let before = files().await;
    let email = ActForm {
        platform: "email".into(),
        ..tax_return("with")
    };
    assert!(matches!(
        assistance::record_anonymous(&desk, &volunteer, &email, "65-79", "1300", "ar")
            .await
            .unwrap(),
        Recording::Recorded { .. }
    ));
    assert_eq!(files().await, before, "no file");
    let (person, age, postcode, language): (Option<i64>, String, String, String) =
        sqlx::query_as("SELECT person_id, age_band, postcode, language FROM assistance_acts")
            .fetch_one(desk.db.pool())
            .await
            .unwrap();
    assert_eq!(
        (person, age.as_str(), postcode.as_str(), language.as_str()),
        (None, "65-79", "1300", "ar")
    );
    assert_eq!(
        assistance::anonymous_today(&desk, &volunteer)
            .await
            .unwrap(),
        1
    );
    // Nobody acts *for* an anonymous walk-in: there can be no mandate.
    assert!(matches!(
        assistance::record_anonymous(&desk, &volunteer, &tax_return("for"), "", "", "")
            .await
            .unwrap(),
        Recording::NeedsMandate { .. }
    ));
    // A wrong postcode comes back with the act's own mistakes, all at once.
    let wrong = ActForm {
        minutes: "deux".into(),
        ..email.clone()
    };
    match assistance::record_anonymous(&desk, &volunteer, &wrong, "", "13", "")
        .await
        .unwrap()
    {
        Recording::Invalid { act, anonymous } => {
            assert_eq!(act.len(), 1);
            assert!(anonymous.is_some());
        }
        other => panic!("{other:?}"),
    }
    // The volunteer opens no file and records nothing for one.
    let person = mme_lambert(&desk.db).await;
    assert!(
        assistance::record_for(&desk, &volunteer, person, &email, "", false)
            .await
            .is_err()
    );
    assert!(mandates::create(
        &desk,
        &volunteer,
        person,
        &tax_mandate("one-day"),
        None,
        false
    )
    .await
    .is_err());
}

#[tokio::test]
async fn mandates_ending_within_thirty_days_are_listed_until_renewed() {
    let (desk, _g) = desk().await;
    let social = actor(&desk.db, Role::SocialWorker).await;
    let person = mme_lambert(&desk.db).await;
    let Created::Recorded(m) = mandates::create(
        &desk,
        &social,
        person,
        &tax_mandate("one-month"),
        None,
        true,
    )
    .await
    .unwrap() else {
        panic!()
    };
    // Ends 1 April: listed from the start (within 30 days), not by the nurse's team.
    assert_eq!(mandates::ending(&desk, &social).await.unwrap().len(), 1);
    let nurse = actor(&desk.db, Role::HealthWorker).await;
    assert!(mandates::ending(&desk, &nurse).await.unwrap().is_empty());
    let later = desk_at(&desk.db, 20).await;
    let list = mandates::ending(&later, &social).await.unwrap();
    assert_eq!(list[0].person.full_name(), "Josiane Lambert");
    // She wanted to be asked: a call on the team's list a fortnight before the end
    // (18 March), not before.
    let calls = |day: &str| {
        let db = desk.db.clone();
        let social = social.clone();
        let day = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        async move {
            guichet_store::appointments::due_calls(&db, &social, day)
                .await
                .unwrap()
                .into_iter()
                .filter(|c| c.mandate_ends.is_some())
                .count()
        }
    };
    assert_eq!(calls("2026-03-17").await, 0);
    assert_eq!(calls("2026-03-18").await, 1);
    // Renewed: no longer offered.
    let renewal = MandateForm {
        start: "01/04/2026".into(),
        ..tax_mandate("six-months")
    };
    assert!(matches!(
        mandates::create(&later, &social, person, &renewal, Some(m.id), false)
            .await
            .unwrap(),
        Created::Recorded(_)
    ));
    assert!(mandates::ending(&later, &social).await.unwrap().is_empty());
    assert_eq!(calls("2026-03-22").await, 0, "no call once renewed");
    // After its last day it is over.
    let after = desk_at(&desk.db, 31).await;
    let r = assistance::record_for(&after, &social, person, &tax_return("for"), "", false)
        .await
        .unwrap();
    assert!(
        matches!(r, Recording::Recorded { .. }),
        "the renewal covers it: {r:?}"
    );
}

#[tokio::test]
async fn the_act_form_comes_back_with_what_was_typed_and_says_why_a_mandate_is_needed() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::SocialWorker).await;
    let person = crate::helpers::find_person(&desk, "josiane+lambert").await;
    let (status, html) = desk
        .html(&format!("/persons/{person}/assistance/new"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("ne garde jamais un mot de passe"));
    let url = format!("/persons/{person}/assistance/new");
    let r = desk
        .post(
            &url,
            &[
                ("platform", "myminfin"),
                ("mode", "with"),
                ("minutes", "deux"),
                ("outcome", "done"),
                ("autonomy", "autonomous"),
                ("redirect", "nowhere"),
                ("note", "Rappeler lundi"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#minutes\""));
    assert!(html.contains("value=\"deux\"") && html.contains("Rappeler lundi"));
    // For her, without a mandate: the explanation and the way to prepare one.
    let r = desk
        .post(
            &url,
            &[
                ("platform", "myminfin"),
                ("mode", "for"),
                ("minutes", "40"),
                ("outcome", "done"),
                ("autonomy", "fully-accompanied"),
                ("redirect", "nowhere"),
            ],
        )
        .await;
    let html = r.text().await.unwrap();
    assert!(
        html.contains("il faut son mandat pour « impôts »"),
        "{html}"
    );
    assert!(html.contains(&format!("/persons/{person}/mandates/new")));
    // With her: saved, and back on her file.
    let r = desk
        .post(
            &url,
            &[
                ("platform", "myminfin"),
                ("mode", "with"),
                ("minutes", "40"),
                ("outcome", "done"),
                ("autonomy", "autonomous"),
                ("redirect", "nowhere"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = desk.html(&location(&r)).await;
    assert!(html.contains("aide est enregistrée."), "{html}");
    assert!(html.contains("MyMinfin"), "the act is on her file");
}

#[tokio::test]
async fn a_mandate_is_prepared_on_the_file_printed_and_revoked() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::SocialWorker).await;
    let person = crate::helpers::find_person(&desk, "josiane+lambert").await;
    let url = format!("/persons/{person}/mandates/new");
    let r = desk
        .post(&url, &[("duration", "three-months"), ("elsewhere", "no")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#areas\""), "{html}");
    let r = desk
        .post(
            &url,
            &[
                ("areas", "tax"),
                ("duration", "three-months"),
                ("start", "02/03/2026"),
                ("elsewhere", "no"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = location(&r);
    let (_, html) = desk.html(&page).await;
    assert!(
        html.contains("du lundi 2 mars 2026 au lundi 1 juin 2026"),
        "{html}"
    );
    let pdf = desk
        .get(&format!("{}/form", page.split('?').next().unwrap()))
        .await;
    assert_eq!(pdf.status(), StatusCode::OK);
    assert_eq!(
        pdf.headers()["content-type"].to_str().unwrap(),
        "application/pdf"
    );
    let r = desk
        .post(
            &format!("{}/revoke", page.split('?').next().unwrap()),
            &[("area", "all"), ("how", "letter")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = desk.html(&location(&r)).await;
    assert!(html.contains("arrêté par la personne"), "{html}");
}

#[tokio::test]
async fn the_coordinator_adds_a_platform_and_the_act_screen_offers_it_with_its_mandate_area() {
    let app = spawn_app().await;
    let coord = app.signed_in(Role::Coordinator).await;
    let (_, home) = coord.html("/home").await;
    assert!(home.contains("href=\"/settings/platforms\""));
    let r = coord
        .post(
            "/settings/platforms",
            &[("fr", " "), ("nl", "Kinderbijslag")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#fr\"") && html.contains("href=\"#area\""));
    assert!(
        html.contains("value=\"Kinderbijslag\""),
        "what was typed is kept"
    );
    let r = coord
        .post(
            "/settings/platforms",
            &[
                ("fr", "Allocations familiales (caisse en ligne)"),
                ("nl", "Groeipakket (online)"),
                ("area", "social-security"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = coord.html(&location(&r)).await;
    assert!(html.contains("est ajouté à la liste"));
    // Twice: refused.
    let r = coord
        .post(
            "/settings/platforms",
            &[
                ("fr", "Allocations familiales (caisse en ligne)"),
                ("area", "social-security"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let social = app.signed_in(Role::SocialWorker).await;
    let person = crate::helpers::find_person(&social, "josiane+lambert").await;
    let (_, html) = social
        .html(&format!("/persons/{person}/assistance/new?lang=nl"))
        .await;
    assert!(html.contains("Groeipakket (online)"), "offered, in Dutch");
    social.html("/home?lang=fr").await;
    let r = social
        .post(
            &format!("/persons/{person}/assistance/new"),
            &[
                ("platform", "org-allocations-familiales-caisse-en-ligne"),
                ("mode", "for"),
                ("minutes", "20"),
                ("outcome", "partly"),
                ("autonomy", "partly-autonomous"),
                ("redirect", "nowhere"),
            ],
        )
        .await;
    let html = r.text().await.unwrap();
    assert!(
        html.contains("il faut son mandat pour « sécurité sociale »"),
        "{html}"
    );
    // Done with her: her report names it as the organisation wrote it.
    let r = social
        .post(
            &format!("/persons/{person}/assistance/new"),
            &[
                ("platform", "org-allocations-familiales-caisse-en-ligne"),
                ("mode", "with"),
                ("minutes", "20"),
                ("outcome", "done"),
                ("autonomy", "partly-autonomous"),
                ("redirect", "nowhere"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, report) = social.html(&format!("/persons/{person}/report")).await;
    assert!(
        report.contains("Allocations familiales (caisse en ligne), fait avec vous (20 minutes)"),
        "{report}"
    );
}

/// A multipart body with one file field, as a browser sends it.
fn one_file(field: &str, name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----guichet-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

#[tokio::test]
async fn the_signed_form_is_attached_checked_by_its_bytes_and_read_back() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::SocialWorker).await;
    let person = crate::helpers::find_person(&desk, "josiane+lambert").await;
    let r = desk
        .post(
            &format!("/persons/{person}/mandates/new"),
            &[
                ("areas", "pension"),
                ("duration", "one-year"),
                ("elsewhere", "unknown"),
            ],
        )
        .await;
    let page = location(&r).split('?').next().unwrap().to_owned();
    let upload = |name: &'static str, bytes: Vec<u8>| {
        let desk = &desk;
        let url = format!(
            "{}{page}/scan?csrf_token={}",
            desk.base,
            desk.csrf
                .replace('+', "%2B")
                .replace('/', "%2F")
                .replace('=', "%3D")
        );
        async move {
            let (kind, body) = one_file("scan", name, &bytes);
            desk.client
                .post(url)
                .header("content-type", kind)
                .body(body)
                .send()
                .await
                .unwrap()
        }
    };
    // A program renamed .pdf is refused, nothing kept.
    let r = upload("signe.pdf", b"MZ\x90\x00\x03".to_vec()).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("n&#39;est pas un PDF, un JPEG ni un PNG"));
    // A photo of the signed form is kept and read back as it was.
    let mut png = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    png.extend(std::iter::repeat_n(7u8, 3000));
    let r = upload("photo.png", png.clone()).await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    let (_, html) = desk.html(&location(&r)).await;
    assert!(
        html.contains("Voir le formulaire signé (PNG, 3 Ko"),
        "{html}"
    );
    let back = desk.get(&format!("{page}/scan")).await;
    assert_eq!(back.headers()["content-type"], "image/png");
    assert_eq!(back.bytes().await.unwrap().to_vec(), png);
    // Too large: refused before it is kept.
    let mut big = b"%PDF-".to_vec();
    big.resize(guichet_domain::mandate::MAX_SCAN_BYTES + 10, b' ');
    let r = upload("gros.pdf", big).await;
    assert!(
        r.status() == StatusCode::UNPROCESSABLE_ENTITY
            || r.status() == StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        r.status()
    );
    let back = desk.get(&format!("{page}/scan")).await;
    assert_eq!(
        back.bytes().await.unwrap().to_vec(),
        png,
        "the earlier scan stays"
    );
}

#[tokio::test]
async fn help_that_sends_a_walk_in_to_a_service_of_the_directory_names_that_service() {
    let app = spawn_app().await;
    let now = app.clock.now();
    guichet_store::directory::apply(
        &app.db,
        "demo",
        "guichet",
        &guichet::demo_directory::directory(guichet_domain::clock::brussels(now).date()),
        now.timestamp(),
    )
    .await
    .unwrap();
    let volunteer = app.signed_in(Role::Volunteer).await;
    let (_, html) = volunteer.html("/services?q=smartphone").await;
    let href = html
        .split("href=\"/assistance/new?listing=")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("each result offers to note help that sends the person there")
        .to_owned();
    let (_, form) = volunteer
        .html(&format!("/assistance/new?listing={href}"))
        .await;
    assert!(form.contains("(annuaire)"), "{form}");
    let r = volunteer
        .post(
            "/assistance/new",
            &[
                ("listing", href.as_str()),
                ("platform", "email"),
                ("mode", "with"),
                ("minutes", "10"),
                ("outcome", "partly"),
                ("autonomy", "fully-accompanied"),
                ("redirect", "directory"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (kind, service): (String, String) =
        sqlx::query_as("SELECT redirect_kind, redirect_service FROM assistance_acts")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(kind, "directory");
    let named: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM dir_listings WHERE service_id = $1 AND id = CAST($2 AS BIGINT)",
    )
    .bind(&service)
    .bind(&href)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(
        named, 1,
        "the service of the listing the screen was opened from"
    );
}
