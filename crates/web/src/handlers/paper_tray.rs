//! The paper tray: the letters due today, printed together as one PDF and then marked
//! posted. A letter is a person's only channel for many: nothing is sent twice (a batch
//! is printed again, never re-made) and nothing is lost (a letter stays in the tray until
//! its batch is posted; one withdrawn after printing is shown to be taken out).

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::i18n::Tr;
use crate::present::letter_date;
use crate::views::pdf_response;
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, NaiveTime};
use guichet_domain::appointment::from_brussels;
use guichet_domain::clock::brussels;
use guichet_domain::ids::BatchId;
use guichet_domain::Lang;
use guichet_letters::{Format, Letter, Variant};
use guichet_store::paper_tray::{self, Checked, SetAside, TrayLetter};
use guichet_store::persons::{self, PersonDetails};
use guichet_store::StoreError;
use guichet_store::{access_log, org};
use serde::Deserialize;

pub struct Line {
    pub name: String,
    pub person: String,
    pub what: String,
    pub withdrawn: bool,
    /// Why it was set aside, in words, when it was.
    pub set_aside: Option<String>,
}

pub struct OpenBatch {
    pub id: BatchId,
    pub made: String,
    pub letters: i64,
    pub withdrawn: i64,
    /// "3 letters in 2 envelopes".
    pub envelopes: String,
    /// Some letters share an envelope.
    pub shared: bool,
    pub lines: Vec<Line>,
}

#[derive(Template)]
#[template(path = "paper_tray.html")]
struct TrayTpl {
    p: Page,
    waiting: Vec<Line>,
    waiting_count: i64,
    set_aside_count: i64,
    coming: i64,
    batches: Vec<OpenBatch>,
    posted: Option<i64>,
}

#[derive(Deserialize)]
pub struct TrayQuery {
    posted: Option<i64>,
}

/// The start of tomorrow in Brussels: letters due before it are today's.
/// The end of the day whose post the letters printed now go with: today, or on a
/// weekend or a public holiday the next working day (a letter printed on a Saturday is
/// posted on Monday, with Monday's letters).
fn end_of_today(state: &AppState) -> i64 {
    let today = brussels(state.clock.now()).date();
    let posting = guichet_domain::calendar::add_working_days(today, 0, &[]);
    from_brussels((posting + Duration::days(1)).and_time(NaiveTime::MIN)).timestamp()
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
        set_aside: l
            .set_aside
            .as_ref()
            .map(|why| crate::printing::set_aside_in_words(&ctx.tr, why, &l.person_name)),
    }
}

/// The envelope a tray letter goes in (see `guichet_domain::envelope`).
fn envelope_key(l: &TrayLetter) -> String {
    guichet_domain::envelope::key(l.person, l.recipient.lines())
}

/// "12 letters in 9 envelopes", over the letters to post (not those withdrawn), and
/// whether some share an envelope.
fn envelopes_in_words(tr: &Tr, letters: &[TrayLetter]) -> (String, bool) {
    let keys: Vec<String> = letters
        .iter()
        .filter(|l| !l.withdrawn)
        .map(envelope_key)
        .collect();
    let envelopes = guichet_domain::envelope::count(&keys);
    (
        tr.tn2(
            "tray-envelopes",
            ("letters", keys.len() as i64),
            ("envelopes", envelopes as i64),
        ),
        envelopes < keys.len(),
    )
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
        set_aside_count: waiting.iter().filter(|l| l.set_aside.is_some()).count() as i64,
        waiting: waiting.iter().map(|l| line(&ctx, l)).collect(),
        coming,
        batches: batches
            .iter()
            .map(|(b, letters)| {
                let (envelopes, shared) = envelopes_in_words(&ctx.tr, letters);
                OpenBatch {
                    id: b.id,
                    made: chrono::DateTime::from_timestamp(b.created_at, 0)
                        .map(|t| brussels(t).format("%d/%m/%Y %H:%M").to_string())
                        .unwrap_or_default(),
                    letters: b.letters,
                    withdrawn: b.withdrawn,
                    envelopes,
                    shared,
                    lines: print_order(letters)
                        .into_iter()
                        .map(|i| line(&ctx, &letters[i]))
                        .collect(),
                }
            })
            .collect(),
        posted: q.posted,
    };
    render(StatusCode::OK, &tpl)
}

/// The print order of a batch's letters: each envelope's letters together.
fn print_order(letters: &[TrayLetter]) -> Vec<usize> {
    let keys: Vec<String> = letters.iter().map(envelope_key).collect();
    guichet_domain::envelope::order(&keys)
}

/// Makes the print batch of everything due today. Every letter is laid out first: one
/// that cannot be (its address does not fit the window, a character no font has) is set
/// aside in the tray with its reason and the others go into the batch.
pub async fn make_batch(State(state): State<AppState>, ctx: Ctx, Staff(me): Staff) -> Response {
    let until = end_of_today(&state);
    let loaded = async {
        let waiting = paper_tray::waiting(&state.db, &me.actor, until).await?;
        let built = build(&state, &me, &waiting).await?;
        Ok::<_, StoreError>((waiting, built))
    }
    .await;
    let (waiting, built) = match loaded {
        Ok(v) => v,
        Err(e) => return unavailable(&ctx, e),
    };
    if waiting.is_empty() {
        return Redirect::to("/paper-tray").into_response();
    }
    let letters: Vec<Letter> = built.iter().map(|b| b.letter.clone()).collect();
    let outcome = match crate::printing::lay_out_batch(&ctx, letters).await {
        Ok(o) => o,
        Err(page) => return page,
    };
    let mut checked: Vec<Checked> = built
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let l = &waiting[b.index];
            match outcome.set_aside.iter().find(|(at, _)| *at == i) {
                Some((_, e)) => Checked::SetAside {
                    id: l.id,
                    why: crate::printing::set_aside_of(e),
                },
                None => Checked::Prints {
                    id: l.id,
                    recipient: b.recipient.clone(),
                },
            }
        })
        .collect();
    // Letters that could not even be built (no site to speak for).
    for (i, l) in waiting.iter().enumerate() {
        if !l.withdrawn && !built.iter().any(|b| b.index == i) {
            checked.push(Checked::SetAside {
                id: l.id,
                why: SetAside {
                    reason: "layout".into(),
                    detail: "no site".into(),
                },
            });
        }
    }
    match paper_tray::make_batch(&state.db, &me.actor, &checked, state.now()).await {
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

/// A tray letter laid out as a [`Letter`], with the address it was laid out with.
struct Built {
    /// Its place in the list given to [`build`].
    index: usize,
    letter: Letter,
    /// The address lines (name excluded), as they go in the outbox row.
    recipient: String,
}

/// Lays out tray letters (those not withdrawn) as letters for the printer, in print
/// order (each envelope's letters together). The address is the file's current one
/// (corrected on the file after a letter was set aside, it is the one that prints); the
/// one queued with the letter when the file has none any more.
async fn build(
    state: &AppState,
    me: &crate::ctx::SignedIn,
    letters: &[TrayLetter],
) -> Result<Vec<Built>, StoreError> {
    let organisation = org::organisation_name(&state.db).await?.unwrap_or_default();
    let sites = org::list_sites(&state.db).await?;
    let mut details: Vec<PersonDetails> = Vec::new();
    for l in letters.iter().filter(|l| !l.withdrawn) {
        if !details.iter().any(|d| d.summary.id == l.person) {
            details.push(persons::details(&state.db, &me.actor, l.person).await?);
        }
    }
    let today = brussels(state.clock.now()).date();
    let mut out: Vec<Built> = Vec::new();
    for (index, l) in letters.iter().enumerate().filter(|(_, l)| !l.withdrawn) {
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
        let current = d.address.lines();
        let address: Vec<String> = if current.is_empty() {
            l.recipient.lines().map(str::to_owned).collect()
        } else {
            current
        };
        let mut recipient = vec![l.person_name.clone()];
        recipient.extend(address.iter().cloned());
        let place = format!("{} {}", site.postcode.get(), site.municipality);
        let mut contact = vec![tr.t1("letter-contact-phone", "phone", site.phone.display())];
        let walkin = crate::present::walkin_in_words(&tr, site);
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
        out.push(Built {
            index,
            recipient: address.join("\n"),
            letter: Letter {
                format: Format::Letter,
                variant,
                lang: if l.language == "de" {
                    "de".into()
                } else {
                    lang.code().into()
                },
                sender: [
                    organisation.clone(),
                    site.name_in(&l.language).to_owned(),
                    site.street.clone(),
                    place,
                ]
                .into_iter()
                .filter(|s| !s.trim().is_empty())
                .collect(),
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
                envelope: Some(guichet_domain::envelope::key(
                    l.person,
                    address.iter().map(String::as_str),
                )),
                recipient,
            },
        });
    }
    let keys: Vec<String> = out
        .iter()
        .map(|b| b.letter.envelope.clone().unwrap_or_default())
        .collect();
    let order = guichet_domain::envelope::order(&keys);
    let mut slots: Vec<Option<Built>> = out.into_iter().map(Some).collect();
    Ok(order.into_iter().filter_map(|i| slots[i].take()).collect())
}

/// The letters of a batch as one PDF for the printer: each letter on its own sheets, the
/// address placed for a right-window DL envelope, the letters of one envelope together
/// (the first one's address in the window, each marked "letter 2 of 3"). Printing again
/// gives the same letters; letters withdrawn after the batch was made are left out. A
/// letter that cannot be laid out any more (the name on the file was changed) is taken
/// out of the batch, set aside with its reason, and the rest prints. Each printed letter
/// is written in the access log.
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
        let built = build(&state, &me, &letters).await?;
        Ok::<_, StoreError>((letters, built))
    }
    .await;
    let (letters, built) = match loaded {
        Ok(v) => v,
        Err(StoreError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    if built.is_empty() {
        return not_found(&ctx);
    }
    let out: Vec<Letter> = built.iter().map(|b| b.letter.clone()).collect();
    let outcome = match crate::printing::lay_out_batch(&ctx, out).await {
        Ok(o) => o,
        Err(page) => return page,
    };
    if !outcome.set_aside.is_empty() {
        let aside: Vec<_> = outcome
            .set_aside
            .iter()
            .map(|(i, e)| {
                (
                    letters[built[*i].index].id,
                    crate::printing::set_aside_of(e),
                )
            })
            .collect();
        if let Err(e) = paper_tray::set_aside_from_batch(&state.db, &me.actor, id, &aside).await {
            return unavailable(&ctx, e);
        }
    }
    let Some(pdf) = outcome.pdf else {
        // Nothing of the batch can be printed: say why, for the first letter.
        let (i, e) = &outcome.set_aside[0];
        let l = &letters[built[*i].index];
        return crate::printing::cannot_print(
            &ctx,
            e,
            &l.person_name,
            Some(format!("/persons/{}", l.person)),
        );
    };
    let now = state.now();
    for (i, b) in built.iter().enumerate() {
        if outcome.set_aside.iter().any(|(at, _)| *at == i) {
            continue;
        }
        let l = &letters[b.index];
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
