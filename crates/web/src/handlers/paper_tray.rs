//! The paper tray: the letters due today, printed together as one PDF and then marked
//! posted. A letter is a person's only channel for many: nothing is sent twice (a batch
//! is printed again, never re-made) and nothing is lost (a letter stays in the tray until
//! its batch is posted; one withdrawn after printing is shown to be taken out).

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::i18n::Tr;
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use guichet_domain::appointment::from_brussels;
use guichet_domain::clock::brussels;
use guichet_domain::ids::BatchId;
use guichet_domain::Lang;
use guichet_letters::{Format, Letter, LetterError, Variant};
use guichet_store::paper_tray::{self, TrayLetter};
use guichet_store::persons::{self, PersonDetails};
use guichet_store::StoreError;
use guichet_store::{access_log, org};
use serde::Deserialize;

pub struct Line {
    pub name: String,
    pub person: String,
    pub what: String,
    pub withdrawn: bool,
}

pub struct OpenBatch {
    pub id: BatchId,
    pub made: String,
    pub letters: i64,
    pub withdrawn: i64,
    pub lines: Vec<Line>,
}

#[derive(Template)]
#[template(path = "paper_tray.html")]
struct TrayTpl {
    p: Page,
    waiting: Vec<Line>,
    waiting_count: i64,
    coming: i64,
    batches: Vec<OpenBatch>,
    posted: Option<i64>,
}

#[derive(Deserialize)]
pub struct TrayQuery {
    posted: Option<i64>,
}

/// The start of tomorrow in Brussels: letters due before it are today's.
fn end_of_today(state: &AppState) -> i64 {
    let today = brussels(state.clock.now()).date();
    from_brussels((today + Duration::days(1)).and_time(NaiveTime::MIN)).timestamp()
}

/// What a letter is, in words of `tr`'s language.
pub fn kind_label(tr: &Tr, kind: &str) -> String {
    match kind {
        "acknowledgement" => tr.t("tray-kind-acknowledgement"),
        "reminder" => tr.t("tray-kind-reminder"),
        "confirmation" => tr.t("tray-kind-confirmation"),
        _ => tr.t("tray-kind-letter"),
    }
}

fn line(ctx: &Ctx, l: &TrayLetter) -> Line {
    Line {
        name: l.person_name.clone(),
        person: l.person.to_string(),
        what: kind_label(&ctx.tr, &l.kind),
        withdrawn: l.withdrawn,
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Query(q): Query<TrayQuery>,
) -> Response {
    let until = end_of_today(&state);
    let loaded = async {
        let waiting = paper_tray::waiting(&state.db, &me.actor, until).await?;
        let coming = paper_tray::coming(&state.db, &me.actor, until).await?;
        let mut batches = Vec::new();
        for b in paper_tray::open_batches(&state.db, &me.actor).await? {
            let letters = paper_tray::batch_letters(&state.db, &me.actor, b.id).await?;
            batches.push((b, letters));
        }
        Ok::<_, StoreError>((waiting, coming, batches))
    }
    .await;
    let (waiting, coming, batches) = match loaded {
        Ok(v) => v,
        Err(e) => return unavailable(&ctx, e),
    };
    let tpl = TrayTpl {
        p: Page::new(&ctx, "tray-title"),
        waiting_count: waiting.len() as i64,
        waiting: waiting.iter().map(|l| line(&ctx, l)).collect(),
        coming,
        batches: batches
            .iter()
            .map(|(b, letters)| OpenBatch {
                id: b.id,
                made: chrono::DateTime::from_timestamp(b.created_at, 0)
                    .map(|t| brussels(t).format("%d/%m/%Y %H:%M").to_string())
                    .unwrap_or_default(),
                letters: b.letters,
                withdrawn: b.withdrawn,
                lines: letters.iter().map(|l| line(&ctx, l)).collect(),
            })
            .collect(),
        posted: q.posted,
    };
    render(StatusCode::OK, &tpl)
}

/// Makes the print batch of everything due today.
pub async fn make_batch(State(state): State<AppState>, ctx: Ctx, Staff(me): Staff) -> Response {
    let until = end_of_today(&state);
    match paper_tray::make_batch(&state.db, &me.actor, until, state.now()).await {
        Ok(_) => Redirect::to("/paper-tray").into_response(),
        Err(e) => unavailable(&ctx, e),
    }
}

/// The batch went to the post.
pub async fn posted(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = id.parse::<BatchId>() else {
        return not_found(&ctx);
    };
    match paper_tray::mark_posted(&state.db, &me.actor, id, state.now()).await {
        Ok(n) => Redirect::to(&format!("/paper-tray?posted={n}")).into_response(),
        Err(StoreError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}

/// A date without its weekday, as a letter's heading gives it.
pub(crate) fn letter_date(language: &str, tr: &Tr, d: NaiveDate) -> String {
    if language == "de" {
        let words = guichet_outputs::templates::date_in_words_de(d);
        return words
            .split_once(", ")
            .map(|(_, rest)| rest.to_owned())
            .unwrap_or(words);
    }
    tr.t1(
        "letter-date",
        "date",
        format!(
            "{} {} {}",
            d.day(),
            tr.t(super::requests::MONTH_KEYS[d.month0() as usize]),
            d.year()
        ),
    )
}

/// The letters of a batch as one PDF for the printer: each letter on its own sheets, the
/// address placed for a right-window DL envelope. Printing again gives the same letters;
/// letters withdrawn after the batch was made are left out. Each printed letter is
/// written in the access log.
pub async fn pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = id.parse::<BatchId>() else {
        return not_found(&ctx);
    };
    let loaded = async {
        let letters = paper_tray::batch_letters(&state.db, &me.actor, id).await?;
        let organisation = org::organisation_name(&state.db).await?.unwrap_or_default();
        let sites = org::list_sites(&state.db).await?;
        let mut details: Vec<PersonDetails> = Vec::new();
        for l in letters.iter().filter(|l| !l.withdrawn) {
            if !details.iter().any(|d| d.summary.id == l.person) {
                details.push(persons::details(&state.db, &me.actor, l.person).await?);
            }
        }
        Ok::<_, StoreError>((letters, organisation, sites, details))
    }
    .await;
    let (letters, organisation, sites, details) = match loaded {
        Ok(v) => v,
        Err(StoreError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    let today = brussels(state.clock.now()).date();
    let mut printed = Vec::new();
    let mut out = Vec::new();
    for l in letters.iter().filter(|l| !l.withdrawn) {
        let Some(d) = details.iter().find(|d| d.summary.id == l.person) else {
            continue;
        };
        let Some(site) = l
            .site
            .and_then(|s| sites.iter().find(|x| x.id == s))
            .or(sites.first())
        else {
            continue;
        };
        let lang = Lang::parse(&l.language).unwrap_or(Lang::Fr);
        let tr = Tr::new(lang, state.i18n.clone());
        let variant = if d.contact.wants_large_print() {
            Variant::LargePrint
        } else if d.contact.wants_easy_read() {
            Variant::EasyRead
        } else {
            Variant::Standard
        };
        let mut recipient = vec![l.person_name.clone()];
        recipient.extend(l.recipient.lines().map(str::to_owned));
        let place = format!("{} {}", site.postcode.get(), site.municipality);
        let mut contact = vec![tr.t1("letter-contact-phone", "phone", site.phone.display())];
        let walkin = super::requests::walkin_in_words(&tr, site);
        if !walkin.is_empty() {
            contact.push(tr.t1("letter-contact-walkin", "hours", walkin));
        }
        contact.push(tr.t1(
            "letter-contact-address",
            "address",
            format!("{}, {place}", site.street),
        ));
        let reference = match (l.appointment, l.request) {
            (Some(a), _) => Some(tr.t1("letter-ref-appointment", "number", a.get())),
            (None, Some(r)) => Some(tr.t1("letter-ref-request", "number", r.get())),
            (None, None) => None,
        };
        out.push(Letter {
            format: Format::Letter,
            variant,
            lang: if l.language == "de" {
                "de".into()
            } else {
                lang.code().into()
            },
            sender: [
                organisation.clone(),
                site.name.clone(),
                site.street.clone(),
                place,
            ]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect(),
            recipient,
            place_date: format!(
                "{}, {}",
                site.municipality,
                letter_date(&l.language, &tr, today)
            ),
            reference,
            subject: if l.subject.trim().is_empty() {
                // Letters queued before subjects existed: what it is, in its language.
                kind_label(&tr, &l.kind)
            } else {
                l.subject.clone()
            },
            body: l.body.clone(),
            contact,
        });
        printed.push(l);
    }
    if out.is_empty() {
        return not_found(&ctx);
    }
    let rendered = tokio::task::spawn_blocking(move || guichet_letters::render(&out)).await;
    let pdf = match rendered {
        Ok(Ok(pdf)) => pdf,
        Ok(Err(LetterError::AddressTooLong { index })) => {
            let name = printed
                .get(index)
                .map(|l| l.person_name.clone())
                .unwrap_or_default();
            let tpl = crate::views::ErrorTpl {
                p: Page::new(&ctx, "error-title"),
                message: ctx.tr.t1("tray-address-too-long", "name", &name),
                status: 422,
                link: Some(("/paper-tray".into(), ctx.t("tray-title"))),
            };
            return render(StatusCode::UNPROCESSABLE_ENTITY, &tpl);
        }
        Ok(Err(e)) => {
            tracing::error!(error = %e, "letters could not be printed");
            return unavailable(&ctx, StoreError::Corrupt("letters".into()));
        }
        Err(e) => {
            tracing::error!(error = %e, "letter printing stopped");
            return unavailable(&ctx, StoreError::Corrupt("letters".into()));
        }
    };
    let now = state.now();
    for l in &printed {
        if let Err(e) = access_log::record(
            &state.db,
            me.actor.user_id,
            l.person,
            access_log::Action::Print,
            &format!("letter {}", l.id),
            "",
            now,
        )
        .await
        {
            return unavailable(&ctx, e);
        }
    }
    pdf_response(pdf, &format!("letters-{id}.pdf"))
}

/// A PDF to open in the browser's viewer and print; never kept in a cache.
pub fn pdf_response(pdf: Vec<u8>, filename: &str) -> Response {
    let mut res = (StatusCode::OK, pdf).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}
