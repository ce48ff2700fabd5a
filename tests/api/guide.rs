//! The tool guide and its peer coaches (issue 18, journey J10): search, the review
//! reminder, how-tos and their screenshots, who may keep the pages, coaches, the printout.

use crate::helpers::{location, pdf_text, spawn_app, Browser};
use guichet_domain::Role;
use reqwest::StatusCode;

/// The id of the demo's mutual-insurance portal (the first tool of the demo's guide).
const PORTAL: &str = "1";

/// A multipart body as a browser sends it: text fields, then one file.
fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> (String, Vec<u8>) {
    let boundary = "----guichet-guide-boundary";
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    if let Some((name, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"image\"; filename=\"{name}\"\r\nContent-Type: image/png\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn upload(
    b: &Browser,
    tool: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &[u8])>,
) -> reqwest::Response {
    let token = b
        .csrf
        .replace('+', "%2B")
        .replace('/', "%2F")
        .replace('=', "%3D");
    let (kind, body) = multipart(fields, file);
    b.client
        .post(format!(
            "{}/guide/tools/{tool}/howtos/new?csrf_token={token}",
            b.base
        ))
        .header("content-type", kind)
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn count(app: &crate::helpers::TestApp, table: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn the_guide_is_searched_by_how_to_words_with_or_without_accents() {
    let app = spawn_app().await;
    let b = app.signed_in(Role::Reception).await;
    let (status, all) = b.html("/guide").await;
    assert_eq!(status, StatusCode::OK);
    for name in [
        "Portail de la mutualité",
        "itsme",
        "eBox",
        "MyMinfin",
        "guichet",
    ] {
        assert!(all.contains(&format!(">{name}</a>")), "{name} listed");
    }
    for q in [
        "mutualité",
        "mutualite",
        "MUTUALITÉ",
        "assurabilite",
        "Relevé+des+remboursements",
    ] {
        let (_, html) = b.html(&format!("/guide?q={q}")).await;
        assert!(
            html.contains(">Portail de la mutualité</a>"),
            "{q} finds the portal"
        );
        assert!(!html.contains(">eBox</a>"), "{q} does not find eBox");
    }
    // A word of a how-to only (the eBox's): the eBox, not the others.
    let (_, html) = b.html("/guide?q=gras").await;
    assert!(html.contains(">eBox</a>") && !html.contains(">MyMinfin</a>"));
    let (_, html) = b.html("/guide?q=zzzz").await;
    assert!(
        html.contains("Aucun outil ne correspond à « zzzz »"),
        "{html}"
    );
    // The navigation leads to the guide for every staff member.
    assert!(all.contains("href=\"/guide\" aria-current=\"page\">Guide des outils</a>"));
}

#[tokio::test]
async fn the_review_reminder_appears_when_a_review_is_due() {
    let app = spawn_app().await;
    let coordinator = app.signed_in(Role::Coordinator).await;
    // The demo's MyMinfin page was last reviewed 14 months ago: it is to review.
    let (_, html) = coordinator.html("/guide").await;
    assert!(html.contains("1 outil à revoir"), "{html}");
    let (_, home) = coordinator.html("/home").await;
    assert!(
        home.contains("1 outil à revoir dans le guide des outils"),
        "{home}"
    );
    let r = coordinator
        .post(
            "/guide/tools",
            &[
                ("name", "Portail des pensions"),
                ("purpose", "Suivre un dossier de pension."),
                ("who_to_ask", "Thomas"),
                ("review_months", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = location(&r);
    let (_, html) = coordinator.html(&page).await;
    assert!(
        html.contains("Dernière relecture : lundi 2 mars 2026."),
        "{html}"
    );
    assert!(!html.contains("Cette page est à revoir"));
    // A month later (Brussels days, by the desk's clock), it is due.
    app.advance(31 * 24 * 60);
    let coordinator = app.signed_in(Role::Coordinator).await;
    let (_, html) = coordinator.html(&page).await;
    assert!(
        html.contains("Cette page est à revoir : sa relecture était prévue le jeudi 2 avril 2026."),
        "{html}"
    );
    assert!(html.contains("Marquer comme relue aujourd’hui"));
    let (_, html) = coordinator.html("/guide").await;
    assert!(html.contains("2 outils à revoir"), "{html}");
    // Reviewed today: the reminder goes.
    let r = coordinator.post(&format!("{page}/reviewed"), &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = coordinator.html(&page).await;
    assert!(!html.contains("Cette page est à revoir"), "{html}");
    assert!(html.contains("Dernière relecture : jeudi 2 avril 2026."));
    let (_, html) = coordinator.html("/guide").await;
    assert!(html.contains("1 outil à revoir"));
    // Reception sees the flag on the list, not the coordinator's count.
    let desk = app.signed_in(Role::Reception).await;
    let (_, html) = desk.html("/guide").await;
    assert!(html.contains("<strong>À revoir</strong>") && !html.contains("outil à revoir"));
    assert!(!html.contains("Ajouter un outil"));
}

#[tokio::test]
async fn an_upload_that_is_not_a_small_image_is_refused_and_nothing_is_kept() {
    let app = spawn_app().await;
    let b = app.signed_in(Role::SocialWorker).await;
    let (howtos, images) = (
        count(&app, "tool_howtos").await,
        count(&app, "tool_images").await,
    );
    let typed = [
        ("title", "Changer de médecin généraliste"),
        (
            "body",
            "1. Ouvrir « Mon dossier ».\n2. Choisir « Médecin ».",
        ),
        ("alt", "Le menu du portail"),
    ];
    // A text file renamed .png.
    let r = upload(
        &b,
        PORTAL,
        &typed,
        Some(("capture.png", b"just some text, not a PNG")),
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("class=\"error-summary\""));
    assert!(
        html.contains("Ce fichier n’est pas une image PNG ou JPEG"),
        "{html}"
    );
    assert!(html.contains("value=\"Changer de médecin généraliste\""));
    assert!(html.contains("2. Choisir « Médecin ».</textarea>"));
    assert!(html.contains("value=\"Le menu du portail\""));
    // A PNG larger than 1 MB.
    let mut big = b"\x89PNG\r\n\x1a\n".to_vec();
    big.resize(1024 * 1024 + 100, 0);
    let r = upload(&b, PORTAL, &typed, Some(("grande.png", &big))).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("Cette image dépasse 1 Mo"), "{html}");
    assert!(html.contains("value=\"Changer de médecin généraliste\""));
    // An image without the words saying what it shows.
    let png = include_bytes!("../../src/demo_guide_certificate.png");
    let r = upload(&b, PORTAL, &typed[..2], Some(("ok.png", png))).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("Écrivez ce que montre l’image."));
    assert_eq!(
        count(&app, "tool_howtos").await,
        howtos,
        "nothing saved half-way"
    );
    assert_eq!(count(&app, "tool_images").await, images);
    // A real PNG: kept, shown with its text, served back as it was.
    let r = upload(&b, PORTAL, &typed, Some(("ok.png", png))).await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    assert!(location(&r).starts_with("/guide/tools/1?done=howto#howto-"));
    let (_, html) = b.html("/guide/tools/1").await;
    assert!(html.contains("<h3>Changer de médecin généraliste</h3>"));
    let img: i64 = sqlx::query_scalar::<_, i64>("SELECT MAX(id) FROM tool_images")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert!(html.contains(&format!(
        "<img src=\"/guide/images/{img}\" alt=\"Le menu du portail\">"
    )));
    let back = b.get(&format!("/guide/images/{img}")).await;
    assert_eq!(back.status(), StatusCode::OK);
    assert_eq!(back.headers()["content-type"], "image/png");
    assert_eq!(back.headers()["x-content-type-options"], "nosniff");
    assert_eq!(back.bytes().await.unwrap().to_vec(), png.to_vec());
    // Not for someone signed out.
    let r = app.browser().get(&format!("/guide/images/{img}")).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(location(&r).starts_with("/login"));
}

#[tokio::test]
async fn reception_writes_how_tos_and_volunteers_but_does_not_keep_the_tools() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let tools = count(&app, "tools").await;
    let r = desk
        .post(
            "/guide/tools",
            &[("name", "Outil"), ("purpose", "x"), ("who_to_ask", "y")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    for path in [
        "/guide/tools/3/reviewed",
        "/guide/tools/3/archive",
        "/guide/tools/3/edit",
    ] {
        let r = desk.post(path, &[("archived", "1"), ("name", "z")]).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
    }
    assert_eq!(count(&app, "tools").await, tools);
    // The policy holds in the store too, whatever the route says.
    let id = guichet_store::users::find_for_login(&app.db, "accueil")
        .await
        .unwrap()
        .unwrap()
        .id;
    let actor = guichet_store::users::actor(&app.db, id, app.now())
        .await
        .unwrap();
    let fields = guichet_domain::guide::ToolFields::parse("Outil", "x", "y", "").unwrap();
    assert!(matches!(
        guichet_store::guide::create_tool(&app.db, &actor, &fields, "2026-03-02", 0).await,
        Err(guichet_store::StoreError::Forbidden)
    ));
    // A how-to without an image, as a plain form.
    let r = desk
        .post(
            "/guide/tools/3/howtos/new",
            &[
                ("title", "Transférer un courrier à la personne"),
                ("body", "Ne jamais transférer : imprimer ici."),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = desk.html("/guide/tools/3").await;
    assert!(html.contains("<h3>Transférer un courrier à la personne</h3>"));
    assert!(html.contains("Écrit par Nadia Benali, le lundi 2 mars 2026."));
    // Missing fields: the summary, each field in error, the typed title kept.
    let r = desk
        .post("/guide/tools/3/howtos/new", &[("title", "Un titre seul")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("<a href=\"#body\">Écrivez les étapes du mode d’emploi.</a>"));
    assert!(html.contains("value=\"Un titre seul\""));
    // Volunteering for the eBox.
    assert!(html.contains("Nadia Benali"), "signed in");
    let r = desk.post("/guide/coach", &[("subject", "tool:3")]).await;
    assert_eq!(location(&r), "/guide/tools/3?done=coach#coaches");
    let (_, html) = desk.html("/guide/tools/3").await;
    assert!(
        html.contains("<li>Nadia Benali (Espace public numérique, Service social)</li>"),
        "{html}"
    );
    assert!(html.contains("Je n’aide plus mes collègues avec cet outil"));
}

#[tokio::test]
async fn coaches_show_on_the_tool_and_in_the_list_until_they_withdraw() {
    let app = spawn_app().await;
    let social = app.signed_in(Role::SocialWorker).await;
    let (_, html) = social.html("/guide/tools/1").await;
    assert!(
        html.contains("<li>Thomas Claes (Service social)</li>"),
        "{html}"
    );
    assert!(html.contains("<li>Aïcha Diallo (Soins à domicile)</li>"));
    assert!(html.contains("Je n’aide plus mes collègues avec cet outil"));
    let (_, list) = social.html("/guide/coaches").await;
    assert!(list.contains("<a href=\"/guide/tools/1\">Portail de la mutualité</a>"));
    assert!(list.contains("<li>Thomas Claes (Service social)</li>"));
    assert!(
        list.contains("<h3>2.6 Gérer son identité numérique</h3>"),
        "{list}"
    );
    assert!(list.contains("<li>Hélène Dupont"));
    // The social worker withdraws from the portal and volunteers for a competence.
    let r = social
        .post("/guide/coach", &[("subject", "tool:1"), ("withdraw", "1")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = social.html("/guide/tools/1").await;
    assert!(!html.contains("<li>Thomas Claes"));
    assert!(html.contains("Aïcha Diallo"));
    assert!(html.contains("Je peux aider mes collègues avec cet outil"));
    let r = social.post("/guide/coach", &[("subject", "4.2")]).await;
    assert_eq!(location(&r), "/guide/coaches?done=coach");
    let (_, list) = social.html("/guide/coaches").await;
    assert!(list.contains("<h3>4.2 Protéger les données personnelles et la vie privée</h3>"));
    let portal = list.split("Portail de la mutualité").nth(1).unwrap();
    let portal = portal.split("</ul>").next().unwrap();
    assert!(!portal.contains("Thomas Claes"), "{portal}");
    let r = social
        .post("/guide/coach", &[("subject", "4.2"), ("withdraw", "1")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, list) = social.html("/guide/coaches").await;
    assert!(!list.contains("<li>Thomas Claes"));
    // Not a subject one may volunteer for.
    let r = social.post("/guide/coach", &[("subject", "9.9")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = social
        .post("/guide/coach", &[("subject", "tool:999")])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_tool_page_prints_as_a_pdf_with_its_how_tos() {
    let app = spawn_app().await;
    let b = app.signed_in(Role::Volunteer).await;
    let r = b.get("/guide/tools/1/print").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let pdf = r.bytes().await.unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let text = pdf_text(&pdf);
    assert!(text.contains("Portail de la mutualité"), "{text}");
    assert!(text.contains("Télécharger une attestation d’assurabilité"));
    assert!(text.contains("Thomas Claes"));
    assert!(text.contains("Image : La page « Attestations »"));
    let r = b.get("/guide/tools/999/print").await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}
