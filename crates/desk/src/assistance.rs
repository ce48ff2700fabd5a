//! Digital assistance (journey J4): one act of help with an online procedure, recorded in
//! seconds, for a person of a file or for an anonymous walk-in. An act done *for* the
//! person needs a mandate in force for its area (the domain rule
//! [`guichet_domain::mandate::may_act_for`]); an act done *with* the person needs none.
//! guichet never keeps a password, a PIN or a code: a note that looks like one comes back
//! to be changed or confirmed before anything is saved.

use crate::{Desk, DeskError};
use chrono::NaiveDate;
use guichet_domain::assistance::{
    self as rule, ActError, ActForm, Anonymous, AnonymousError, CredentialHint, Field, Platform,
};
use guichet_domain::ids::{PersonId, TeamId};
use guichet_domain::mandate::{self, Area, Refusal};
use guichet_domain::note::{Compartment, Tags};
use guichet_domain::{Actor, Lang};
use guichet_store::assistance::{self as store, ActRecord, Helped, NewAct};
use guichet_store::{mandates, notes, persons};

/// A platform as the form offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformChoice {
    pub code: String,
    pub label: String,
    pub area: Area,
}

/// The shipped platforms, then the organisation's own, labelled in `lang`.
pub async fn platforms(desk: &Desk, lang: Lang) -> Result<Vec<PlatformChoice>, DeskError> {
    let mut list: Vec<PlatformChoice> = Platform::ALL
        .iter()
        .map(|p| PlatformChoice {
            code: p.code().into(),
            label: p.label(lang).into(),
            area: p.area(),
        })
        .collect();
    for o in store::own_platforms(&desk.db).await? {
        list.push(PlatformChoice {
            label: match lang {
                Lang::Nl => o.nl.clone(),
                Lang::En => o.en.clone(),
                _ => o.fr.clone(),
            },
            area: Area::parse(&o.area).unwrap_or(Area::Other),
            code: o.code,
        });
    }
    Ok(list)
}

/// The label of a platform code in `lang` (the code itself if it is no longer known).
pub async fn platform_label(desk: &Desk, code: &str, lang: Lang) -> Result<String, DeskError> {
    Ok(platforms(desk, lang)
        .await?
        .into_iter()
        .find(|p| p.code == code)
        .map_or_else(|| code.to_owned(), |p| p.label))
}

/// What the quick screen starts from: today, the platform the worker used last.
#[derive(Debug, Clone)]
pub struct Defaults {
    pub today: NaiveDate,
    pub platform: Option<String>,
}

pub async fn defaults(desk: &Desk, actor: &Actor) -> Result<Defaults, DeskError> {
    Ok(Defaults {
        today: guichet_domain::clock::brussels(desk.now()).date(),
        platform: store::last_platform(&desk.db, actor).await?,
    })
}

/// What became of an act form.
#[derive(Debug)]
pub enum Recording {
    Recorded {
        id: i64,
    },
    /// Mistakes in the form (and in the walk-in's three fields); nothing saved.
    Invalid {
        act: Vec<(Field, ActError)>,
        anonymous: Option<AnonymousError>,
    },
    /// Done *for* the person without a mandate in force for this area; nothing saved.
    NeedsMandate {
        area: Area,
        refusal: Refusal,
    },
    /// The note looks like a password or a code; nothing saved until it is changed or
    /// the worker says it is not one.
    CheckNote(CredentialHint),
}

/// Records an act for a person whose file the actor's team follows, with its optional
/// note in the digital-assistance compartment, in one unit of work.
pub async fn record_for(
    desk: &Desk,
    actor: &Actor,
    person: PersonId,
    form: &ActForm,
    note: &str,
    note_checked: bool,
) -> Result<Recording, DeskError> {
    let now = desk.now();
    let today = guichet_domain::clock::brussels(now).date();
    // Who may not act for the person learns nothing from the form's mistakes.
    let d = persons::details(&desk.db, actor, person).await?;
    if !actor.may_help_person(d.opened.relation(actor)?) {
        return Err(DeskError::NotAllowed);
    }
    let choices = platforms(desk, Lang::Fr).await?;
    let act = match form.parse(|c| choices.iter().any(|p| p.code == c), today) {
        Ok(a) => a,
        Err(act) => {
            return Ok(Recording::Invalid {
                act,
                anonymous: None,
            })
        }
    };
    let note = note.trim();
    if !note_checked {
        if let Some(hint) = rule::looks_like_credential(note) {
            return Ok(Recording::CheckNote(hint));
        }
    }
    // The file was opened above; the writes below check it again (the note's access,
    // the act's relation), in one unit of work.
    let (desk, work) = desk.begin().await?;
    let team = actor
        .teams
        .iter()
        .find(|t| d.followed_by.contains(t))
        .copied()
        .ok_or(DeskError::NotAllowed)?;
    let area = choices
        .iter()
        .find(|p| p.code == act.platform)
        .map_or(Area::Other, |p| p.area);
    let mut under = None;
    if act.mode.needs_mandate() {
        let held = mandates::of_file(&desk.db, actor, &d.opened).await?;
        let views: Vec<mandate::Mandate> = held.iter().map(|m| m.rule_view()).collect();
        // The rule is read for the day the help was given, at noon in Brussels.
        let at = guichet_domain::appointment::from_brussels(
            act.day.and_hms_opt(12, 0, 0).unwrap_or_default(),
        );
        if let Err(refusal) = mandate::may_act_for(&views, area, at) {
            return Ok(Recording::NeedsMandate { area, refusal });
        }
        under = held
            .iter()
            .find(|m| m.rule_view().covers(area, act.day))
            .map(|m| m.id);
    }
    let note_id = if note.is_empty() {
        None
    } else {
        Some(
            notes::add(
                &desk.db,
                actor,
                &notes::NewNote {
                    person,
                    request: None,
                    compartment: Compartment::Digital,
                    body: note.to_owned(),
                    tags: Tags::default(),
                    private: false,
                },
                now.timestamp(),
            )
            .await?,
        )
    };
    let site = crate::appointments::home_site(&desk, actor).await.ok();
    let id = store::insert(
        &desk.db,
        actor,
        &NewAct {
            helped: Helped::File(&d.opened),
            team,
            site,
            act: &act,
            mandate: under,
            note: note_id,
        },
        now.timestamp(),
    )
    .await?;
    work.commit().await?;
    Ok(Recording::Recorded { id })
}

/// The team an anonymous act is recorded for: the first of the actor's teams they may
/// record anonymous help for.
pub fn anonymous_team(actor: &Actor) -> Option<TeamId> {
    actor
        .teams
        .iter()
        .copied()
        .find(|t| actor.may_record_anonymous_help(*t))
}

/// Records an act for an anonymous walk-in: no file is created, only an age band, a
/// postcode and a language are kept with the act. An act *for* an anonymous person is
/// refused like any act without a mandate.
pub async fn record_anonymous(
    desk: &Desk,
    actor: &Actor,
    form: &ActForm,
    age_band: &str,
    postcode: &str,
    language: &str,
) -> Result<Recording, DeskError> {
    let now = desk.now();
    let today = guichet_domain::clock::brussels(now).date();
    let team = anonymous_team(actor).ok_or(DeskError::NotAllowed)?;
    let choices = platforms(desk, Lang::Fr).await?;
    let act = form.parse(|c| choices.iter().any(|p| p.code == c), today);
    let who = Anonymous::parse(age_band, postcode, language);
    let (act, who) = match (act, who) {
        (Ok(a), Ok(w)) => (a, w),
        (a, w) => {
            return Ok(Recording::Invalid {
                act: a.err().unwrap_or_default(),
                anonymous: w.err(),
            })
        }
    };
    if act.mode.needs_mandate() {
        let area = choices
            .iter()
            .find(|p| p.code == act.platform)
            .map_or(Area::Other, |p| p.area);
        return Ok(Recording::NeedsMandate {
            area,
            refusal: Refusal::NoMandate,
        });
    }
    let site = crate::appointments::home_site(desk, actor).await.ok();
    let id = store::insert(
        &desk.db,
        actor,
        &NewAct {
            helped: Helped::Anonymous(&who),
            team,
            site,
            act: &act,
            mandate: None,
            note: None,
        },
        now.timestamp(),
    )
    .await?;
    Ok(Recording::Recorded { id })
}

/// The acts of a file, newest first.
pub async fn of_file(
    desk: &Desk,
    actor: &Actor,
    file: &persons::OpenedFile,
) -> Result<Vec<ActRecord>, DeskError> {
    Ok(store::of_file(&desk.db, actor, file).await?)
}

/// How many anonymous acts the actor's teams recorded today.
pub async fn anonymous_today(desk: &Desk, actor: &Actor) -> Result<i64, DeskError> {
    let today = guichet_domain::clock::brussels(desk.now()).date();
    Ok(store::anonymous_count(&desk.db, actor, today).await?)
}

/// Why a platform the organisation adds was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlatformError {
    /// The French name is required (the others default to it).
    NameMissing,
    /// A name longer than [`MAX_PLATFORM_CHARS`].
    NameTooLong,
    AreaMissing,
    /// Already in the list (shipped or the organisation's).
    Exists,
}

/// The longest name of a platform, in characters.
pub const MAX_PLATFORM_CHARS: usize = 80;

/// Adds one of the organisation's own platforms to the list the act screen offers
/// (coordinators). Its code is made from the French name; Dutch and English names
/// default to the French one.
pub async fn add_platform(
    desk: &Desk,
    actor: &Actor,
    (fr, nl, en): (&str, &str, &str),
    area: &str,
) -> Result<Result<String, Vec<(&'static str, PlatformError)>>, DeskError> {
    let (fr, nl, en) = (fr.trim(), nl.trim(), en.trim());
    let mut errors = Vec::new();
    if fr.is_empty() {
        errors.push(("fr", PlatformError::NameMissing));
    }
    for (field, name) in [("fr", fr), ("nl", nl), ("en", en)] {
        if name.chars().count() > MAX_PLATFORM_CHARS {
            errors.push((field, PlatformError::NameTooLong));
        }
    }
    let area = Area::parse(area.trim());
    if area.is_none() {
        errors.push(("area", PlatformError::AreaMissing));
    }
    let slug: String = guichet_domain::matching::normalise(fr)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let code = format!("org-{}", slug.chars().take(60).collect::<String>());
    if errors.is_empty() {
        let taken = platforms(desk, Lang::Fr)
            .await?
            .iter()
            .any(|p| p.code == code || p.label.eq_ignore_ascii_case(fr));
        if taken {
            errors.push(("fr", PlatformError::Exists));
        }
    }
    let Some(area) = area.filter(|_| errors.is_empty()) else {
        return Ok(Err(errors));
    };
    let or_fr = |s: &str| {
        if s.is_empty() {
            fr.to_owned()
        } else {
            s.to_owned()
        }
    };
    match store::add_platform(
        &desk.db,
        actor,
        &store::OwnPlatform {
            code: code.clone(),
            area: area.code().into(),
            fr: fr.to_owned(),
            nl: or_fr(nl),
            en: or_fr(en),
        },
    )
    .await
    {
        Ok(()) => Ok(Ok(code)),
        Err(guichet_store::StoreError::Changed) => Ok(Err(vec![("fr", PlatformError::Exists)])),
        Err(e) => Err(e.into()),
    }
}
