//! The demo's participatory audit (journey J7): last year's round of the social service,
//! closed, that nine members answered with paper codes, so that this year's round has
//! something to compare with. Everything is fictional; it goes through the desk's own use
//! cases (open, print codes, answer with a code, close) with a clock set last year.

use anyhow::Context;
use chrono::{Datelike, TimeZone};
use guichet_desk::audit as desk;
use guichet_desk::Desk;
use guichet_domain::audit::{AnswerForm, Theme};
use guichet_domain::{FixedClock, Lang};
use guichet_store::{org, users, Db};
use std::sync::Arc;

/// How the team felt last year, theme by theme (a mean around which answers vary).
fn base(t: Theme) -> i64 {
    match t {
        Theme::Quality => 3,
        Theme::Wellbeing => 2,
        Theme::Relations => 4,
        Theme::Training => 2,
        Theme::Tools => 2,
        Theme::Data => 4,
        Theme::Person => 3,
        Theme::Policy => 3,
    }
}

const COMMENTS: [(Theme, &str); 3] = [
    (
        Theme::Tools,
        "Le scanner du premier étage ne marche qu'un jour sur deux.",
    ),
    (
        Theme::Training,
        "On apprend les nouvelles plateformes sur le tas, souvent devant la personne.",
    ),
    (
        Theme::Relations,
        "Les réunions du jeudi matin font du bien, il faut les garder.",
    ),
];

/// Adds last year's closed round of the social service, answered nine times.
pub async fn seed(db: &Db, now: i64) -> anyhow::Result<()> {
    let year = chrono::DateTime::from_timestamp(now, 0)
        .context("the demo's date")?
        .year()
        - 1;
    let at = |month: u32, day: u32| {
        chrono::Utc
            .with_ymd_and_hms(year, month, day, 10, 0, 0)
            .single()
            .context("a day of last year")
    };
    let words = Arc::new(guichet_words::I18n::load()?);
    let team = org::list_teams(db)
        .await?
        .into_iter()
        .find(|t| t.name == "Service social")
        .context("the demo's social service")?;
    let coordinator = users::find_for_login(db, "coordination")
        .await?
        .context("the demo's coordinator")?;
    let actor = users::actor(db, coordinator.id, now).await?;
    let opened = Desk::new(
        db.clone(),
        Arc::new(FixedClock::new(at(11, 17)?)),
        words.clone(),
    );
    let id = desk::open(
        &opened,
        &actor,
        &team.id.to_string(),
        &format!("Audit {year}"),
    )
    .await?
    .map_err(|e| anyhow::anyhow!("demo audit round: {e:?}"))?;
    let slips = desk::print_codes(
        &opened,
        &actor,
        id,
        "9",
        Lang::Fr,
        "http://localhost/audit/code",
    )
    .await?
    .map_err(|e| anyhow::anyhow!("demo audit codes: {e:?}"))?;
    for (k, slip) in slips.slips.iter().enumerate() {
        let mut form = AnswerForm::default();
        for (j, s) in guichet_domain::audit::all_statements().enumerate() {
            let theme = Theme::of_statement(s).context("a statement's theme")?;
            let v = (base(theme) + ((k + j) % 3) as i64 - 1).clamp(1, 5);
            let typed = if (k + 2 * j) % 11 == 0 {
                guichet_domain::audit::DONT_KNOW.to_owned()
            } else {
                v.to_string()
            };
            form.ratings.insert(s.to_owned(), typed);
        }
        if let Some((theme, text)) = COMMENTS.get(k) {
            form.comments
                .insert(theme.comment_field().to_owned(), (*text).to_owned());
        }
        let (_, answered) = desk::answer_with_code(&opened, &slip.code, &form).await?;
        anyhow::ensure!(
            answered == Some(desk::Answering::Kept),
            "demo audit answer: {answered:?}"
        );
    }
    let closed = Desk::new(db.clone(), Arc::new(FixedClock::new(at(12, 5)?)), words);
    desk::close(&closed, &actor, id).await?;
    Ok(())
}
