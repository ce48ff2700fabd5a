//! A request is assigned to a worker of its team, shown on the request and in the queue.

use crate::helpers::{location, spawn_app};
use guichet_domain::Role;
use reqwest::StatusCode;

const BILLS: &str = "difficultes-financieres--ameliorer-sa-gestion-budgetaire";

#[tokio::test]
async fn a_request_is_given_to_a_worker_of_its_team_and_the_queue_says_who() {
    let app = spawn_app().await;
    let desk = app.signed_in(Role::Reception).await;
    let person = crate::helpers::find_person(&desk, "josiane+lambert").await;
    let r = desk
        .post(
            &format!("/persons/{person}/requests/new"),
            &[("topic", BILLS), ("team", "1")],
        )
        .await;
    let request = location(&r);
    let (_, html) = desk.html(&request).await;
    assert!(
        html.contains("<dd>Personne pour l&#39;instant</dd>"),
        "nobody at first"
    );
    // Only the team's front-line members are offered: the nurse works in another team.
    assert!(html.contains(">Thomas Claes</option>") && html.contains(">Nadia Benali</option>"));
    assert!(
        !html.contains(">Aïcha Diallo</option>"),
        "no one from another team"
    );

    let thomas = guichet_store::users::find_for_login(&app.db, "social")
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let r = desk
        .post(&format!("{request}/assign"), &[("worker", &thomas)])
        .await;
    assert_eq!(location(&r), request);
    let (_, html) = desk.html(&request).await;
    assert!(html.contains("<dd>Thomas Claes</dd>"));
    assert!(html.contains(&format!("value=\"{thomas}\" selected")));
    let (_, queue) = desk.html("/queue").await;
    let row = queue
        .split(&format!("href=\"{request}\""))
        .nth(1)
        .unwrap()
        .split("</tr>")
        .next()
        .unwrap();
    assert!(row.contains("<td>Thomas Claes</td>"), "{row}");

    // Someone outside the team is refused: nothing changes.
    let nurse = guichet_store::users::find_for_login(&app.db, "soins")
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    desk.post(&format!("{request}/assign"), &[("worker", &nurse)])
        .await;
    let (_, html) = desk.html(&request).await;
    assert!(html.contains("<dd>Thomas Claes</dd>"));

    // The nurse cannot see the request, so cannot assign it either.
    let nurse_browser = app.signed_in(Role::HealthWorker).await;
    let r = nurse_browser
        .post(&format!("{request}/assign"), &[("worker", "")])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // Back to nobody.
    desk.post(&format!("{request}/assign"), &[("worker", "")])
        .await;
    let (_, html) = desk.html(&request).await;
    assert!(html.contains("<dd>Personne pour l&#39;instant</dd>"));
}
