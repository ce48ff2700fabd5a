//! What the person takes home — the acknowledgement slip and the fridge card — comes out
//! in the person's own language (French, Dutch or English), whatever the desk's language.

use crate::helpers::{location, spawn_app, Browser};
use guichet_domain::{topics, Lang, Role};
use reqwest::StatusCode;

const BILLS: &str = "difficultes-financieres--ameliorer-sa-gestion-budgetaire";

async fn lambert(desk: &Browser) -> String {
    crate::helpers::find_person(desk, "josiane+lambert").await
}

struct Expected {
    lang: Lang,
    slip: [&'static str; 4],
    card: [&'static str; 6],
}

const EXPECTED: [Expected; 3] = [
    Expected {
        lang: Lang::Fr,
        slip: [
            "Bonjour Josiane Lambert.",
            "Vous aurez une réponse au plus tard le lundi 16 mars 2026.",
            "Vous n&#39;avez pas besoin d&#39;internet pour nous joindre.",
            "Téléphone : 010 23 45 67.",
        ],
        card: [
            "mardi 7 avril 2026",
            "à 10:00",
            "Avec : Thomas Claes",
            "Où : Antenne Centre, Rue des Tilleuls 12, 1300 Wavre",
            "À apporter : la carte d&#39;identité",
            "Pour annuler ou changer : 010 23 45 67",
        ],
    },
    Expected {
        lang: Lang::Nl,
        slip: [
            "Goeddag Josiane Lambert.",
            "U krijgt een antwoord uiterlijk op maandag 16 maart 2026.",
            "U hebt geen internet nodig om ons te bereiken.",
            "Telefoon: 010 23 45 67.",
        ],
        card: [
            "dinsdag 7 april 2026",
            "om 10:00",
            "Met: Thomas Claes",
            "Waar: Antenne Centre, Rue des Tilleuls 12, 1300 Wavre",
            "Meebrengen: la carte d&#39;identité",
            "Om te annuleren of te wijzigen: 010 23 45 67",
        ],
    },
    Expected {
        lang: Lang::En,
        slip: [
            "Hello Josiane Lambert.",
            "You will get an answer by Monday 16 March 2026 at the latest.",
            "You do not need the internet to reach us.",
            "Phone: 010 23 45 67.",
        ],
        card: [
            "Tuesday 7 April 2026",
            "at 10:00",
            "With: Thomas Claes",
            "Where: Antenne Centre, Rue des Tilleuls 12, 1300 Wavre",
            "Bring: la carte d&#39;identité",
            "To cancel or change: 010 23 45 67",
        ],
    },
];

#[tokio::test]
async fn the_slip_and_the_fridge_card_speak_the_persons_language() {
    for e in &EXPECTED {
        let app = spawn_app().await; // Monday 2 March 2026; the desk works in French
        let desk = app.signed_in(Role::Reception).await;
        let id = lambert(&desk).await;
        let r = desk
            .post(
                &format!("/persons/{id}/contact"),
                &[
                    ("channel_1", "walk-in-only"),
                    ("language", e.lang.code()),
                    ("address_kind", "unknown"),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{:?}", e.lang);

        let r = desk
            .post(
                &format!("/persons/{id}/requests/new"),
                &[
                    ("topic", BILLS),
                    ("channel", "walk-in"),
                    ("urgency", "normal"),
                    ("team", "1"),
                ],
            )
            .await;
        let request = location(&r);
        let (_, slip) = desk.html(&format!("{request}/acknowledgement")).await;
        assert!(
            slip.contains(&format!("class=\"slip easy\" lang=\"{}\"", e.lang.code())),
            "the slip declares its language for screen readers"
        );
        let topic = topics::find(BILLS).unwrap().label(e.lang);
        assert!(slip.contains(topic), "{:?}: topic {topic}", e.lang);
        for line in e.slip {
            assert!(slip.contains(line), "{:?} slip: {line}", e.lang);
        }
        // The other languages' wording is absent.
        for other in EXPECTED.iter().filter(|o| o.lang != e.lang) {
            assert!(
                !slip.contains(other.slip[0]),
                "{:?} slip in {:?}",
                e.lang,
                other.lang
            );
        }

        let r = desk
            .post(
                &format!("/persons/{id}/appointments/new"),
                &[
                    ("worker", "2"),
                    ("day", "7"),
                    ("month", "4"),
                    ("year", "2026"),
                    ("time", "10:00"),
                    ("minutes", "30"),
                    ("place", "site"),
                    ("site", "1"),
                    ("what_to_bring", "la carte d'identité"),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{:?} booking", e.lang);
        let (_, card) = desk.html(&format!("{}/card", location(&r))).await;
        for line in e.card {
            assert!(card.contains(line), "{:?} card: {line}", e.lang);
        }
        for other in EXPECTED.iter().filter(|o| o.lang != e.lang) {
            assert!(
                !card.contains(other.card[2]),
                "{:?} card in {:?}",
                e.lang,
                other.lang
            );
        }
    }
}
