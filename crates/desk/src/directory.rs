//! The directory of local services (journey J5): search for workers, volunteers and the
//! public page, a service's page, and importing a source. No person data: none of these
//! take an acting staff member, and the public page uses them without sign-in.

use crate::{Desk, DeskError};
use chrono::{Duration, NaiveDate, NaiveDateTime};
use guichet_domain::clock::brussels;
use guichet_domain::directory::hours::{NextOpen, Timetable};
use guichet_domain::directory::{AccessMode, Closure, Directory};
use guichet_store::directory::{self as store, Applied, Candidate, Listing, Query, ServiceParts};

/// Results on one page.
pub const PER_PAGE: usize = 10;
/// A listing not checked for this long is marked as such in results (data·inclusion
/// starts lowering its score after six months; a year is when a desk stops trusting it).
pub const STALE_AFTER_DAYS: i64 = 365;

/// What was asked: the store's filters, plus those that need the clock or a place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub query: Query,
    /// Only what is open at this moment (walk-in hours when `query.walk_in`).
    pub open_now: bool,
    /// The person's postcode: nearest first.
    pub near: Option<String>,
    /// 1-based.
    pub page: usize,
}

/// One result, with what the desk tells about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub listing: Listing,
    /// Open at the moment of the search (in any of its hours).
    pub open_now: bool,
    /// The next walk-in period (the current one when open now), if it has walk-in hours.
    pub next_walk_in: Option<NextOpen>,
    /// The next period of any kind when it has no walk-in hours.
    pub next_open: Option<NextOpen>,
    /// A closure in force today (a banner).
    pub closure: Option<Closure>,
    pub last_checked: Option<NaiveDate>,
    /// Not checked for [`STALE_AFTER_DAYS`], or never.
    pub stale: bool,
    /// Metres from the person's postcode, when both have coordinates.
    pub distance_m: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    pub items: Vec<Found>,
    pub total: usize,
    pub page: usize,
    pub pages: usize,
}

fn walk_in(l: &Listing) -> bool {
    l.access.iter().any(|a| a == AccessMode::WalkIn.code())
}

fn found(l: Listing, now: NaiveDateTime) -> Found {
    // A timetable that cannot be read gives no hours (the listing still shows).
    let hours = l.hours().unwrap_or_default();
    let table = Timetable::new(&hours.schedules, &hours.closures);
    let open_now = table.is_open(now, None);
    let next_walk_in = walk_in(&l)
        .then(|| table.next_open(now, Some(AccessMode::WalkIn)))
        .flatten();
    let next_open = match next_walk_in {
        Some(_) => None,
        None => table.next_open(now, None),
    };
    let closure = table.closure_on(now.date()).cloned();
    let last_checked = l
        .last_checked
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let stale = last_checked.is_none_or(|d| now.date() - d > Duration::days(STALE_AFTER_DAYS));
    Found {
        listing: l,
        open_now,
        next_walk_in,
        next_open,
        closure,
        last_checked,
        stale,
        distance_m: None,
    }
}

/// Great-circle distance in metres.
fn metres(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6_371_000.0 * h.sqrt().asin()
}

/// Nearest first. No postcode-centre list with a licence fit for shipping was found in the
/// registries this project reaches, so a postcode's centre is the centre of the located
/// listings the directory itself holds there; without one, the same postcode comes first,
/// then the same postcode zone (the first two digits), then the rest. Ties keep the
/// store's order, which takes turns from day to day.
fn nearest_first(items: &[Candidate], postcode: &str) -> Vec<(usize, Option<f64>)> {
    let wanted: Option<u16> = postcode.parse().ok();
    let located: Vec<(f64, f64)> = items
        .iter()
        .filter(|c| c.postcode.is_some() && c.postcode == wanted)
        .filter_map(|c| Some((c.latitude?, c.longitude?)))
        .collect();
    let centre = (!located.is_empty()).then(|| {
        let n = located.len() as f64;
        (
            located.iter().map(|p| p.0).sum::<f64>() / n,
            located.iter().map(|p| p.1).sum::<f64>() / n,
        )
    });
    let mut order: Vec<(usize, Option<f64>)> = items
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let d = match (centre, c.latitude, c.longitude) {
                (Some(centre), Some(la), Some(lo)) => Some(metres(centre, (la, lo))),
                _ => None,
            };
            (i, d)
        })
        .collect();
    let rank = |c: &Candidate| match (c.postcode, wanted) {
        (Some(p), Some(w)) if p == w => 0,
        (Some(p), Some(w)) if p / 100 == w / 100 => 1,
        _ => 2,
    };
    // A stable sort: among equals the day's order stays.
    order.sort_by(|(a, da), (b, db)| match (da, db) {
        (Some(x), Some(y)) => x.total_cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => rank(&items[*a]).cmp(&rank(&items[*b])),
    });
    order
}

/// One page of results for a search: the candidates in the day's order (nearest first
/// when a postcode is given), open now only when asked. Only what ordering needs is read
/// for every candidate; the listings and their hours are read for the page shown, except
/// when "open now" filters (then every candidate's hours are read).
pub async fn search(desk: &Desk, s: &Search) -> Result<Results, DeskError> {
    let now_utc = desk.now();
    let now = brussels(now_utc);
    let day = now_utc.timestamp().div_euclid(86_400);
    let near = s.near.as_deref().map(str::trim).filter(|p| !p.is_empty());
    let paged = |total: usize| {
        let pages = total.div_ceil(PER_PAGE).max(1);
        let page = s.page.clamp(1, pages);
        (page, pages, (page - 1) * PER_PAGE)
    };
    let candidates: Vec<Candidate> = if s.open_now {
        // Open now, or open now for walk-ins when only walk-ins are asked for.
        let mode = s.query.walk_in.then_some(AccessMode::WalkIn);
        store::search_candidates_with_hours(&desk.db, &s.query, day)
            .await?
            .into_iter()
            .filter(|(_, t)| {
                store::hours_of(t)
                    .is_ok_and(|h| Timetable::new(&h.schedules, &h.closures).is_open(now, mode))
            })
            .map(|(c, _)| c)
            .collect()
    } else {
        store::search_candidates(&desk.db, &s.query, day).await?
    };
    let order: Vec<(usize, Option<f64>)> = match near {
        Some(p) => nearest_first(&candidates, p),
        None => (0..candidates.len()).map(|i| (i, None)).collect(),
    };
    let total = order.len();
    let (page, pages, skip) = paged(total);
    let chosen: Vec<(usize, Option<f64>)> = order.into_iter().skip(skip).take(PER_PAGE).collect();
    let ids: Vec<i64> = chosen.iter().map(|(i, _)| candidates[*i].id).collect();
    let shown = store::listings(&desk.db, &ids)
        .await?
        .into_iter()
        .map(|l| {
            let d = chosen
                .iter()
                .find(|(i, _)| candidates[*i].id == l.id)
                .and_then(|(_, d)| *d);
            Found {
                distance_m: d,
                ..found(l, now)
            }
        })
        .collect();
    Ok(Results {
        items: shown,
        total,
        page,
        pages,
    })
}

/// One listing's page: the service, its organisation and places, and its hours now.
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub found: Found,
    pub parts: ServiceParts,
    pub timetable: Timetable,
    /// The week of walk-in hours (or opening hours) in force today, Monday first.
    pub week: guichet_domain::org::WeeklyHours,
    /// The location of this listing, if it has one.
    pub location: Option<guichet_domain::directory::Location>,
}

pub async fn listing(desk: &Desk, id: i64) -> Result<Detail, DeskError> {
    let listing = store::listing(&desk.db, id)
        .await?
        .ok_or(DeskError::NotFound)?;
    let parts = store::service_parts(&desk.db, &listing.service_id)
        .await?
        .ok_or(DeskError::NotFound)?;
    let now = brussels(desk.now());
    let hours = listing.hours()?;
    let timetable = Timetable::new(&hours.schedules, &hours.closures);
    let mode = walk_in(&listing).then_some(AccessMode::WalkIn);
    let week = timetable.week(now.date(), mode);
    let location = parts
        .places
        .iter()
        .find(|(sal, _)| Some(&sal.id) == listing.sal_id.as_ref())
        .map(|(_, l)| l.clone());
    Ok(Detail {
        found: found(listing, now),
        parts,
        timetable,
        week,
        location,
    })
}

/// Writes what a source brought (all of it or nothing), at the desk's clock.
pub async fn apply(
    desk: &Desk,
    source: &str,
    format: &str,
    dir: &Directory,
) -> Result<Applied, DeskError> {
    Ok(store::apply(&desk.db, source, format, dir, desk.now().timestamp()).await?)
}

// ---------- in words: the service's page, the slip, the letter ----------

use guichet_domain::directory::vocab::topic_label;
use guichet_words::{next_open_in_words, week_in_words, Tr};

/// Languages offered in the filter, each written in its own words (no translation needed
/// and the person recognises their own).
pub const LANGUAGES: &[(&str, &str)] = &[
    ("fr", "Français"),
    ("nl", "Nederlands"),
    ("en", "English"),
    ("de", "Deutsch"),
    ("ar", "العربية"),
    ("tr", "Türkçe"),
    ("es", "Español"),
    ("it", "Italiano"),
    ("pt", "Português"),
    ("pl", "Polski"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("uk", "Українська"),
];

/// The languages of a listing as (code, name in that language), in the filter's order,
/// unknown codes last as they are.
pub fn language_names(codes: &[String]) -> Vec<(String, String)> {
    let mut out: Vec<(usize, String, String)> = codes
        .iter()
        .map(|code| match LANGUAGES.iter().position(|(c, _)| c == code) {
            Some(i) => (i, code.clone(), LANGUAGES[i].1.to_owned()),
            None => (LANGUAGES.len(), code.clone(), code.clone()),
        })
        .collect();
    out.sort();
    out.dedup();
    out.into_iter().map(|(_, c, n)| (c, n)).collect()
}

pub fn checked_words(tr: &Tr, f: &Found) -> Option<String> {
    f.stale.then(|| match f.last_checked {
        Some(d) => tr.t1(
            "dir-stale-since",
            "date",
            guichet_words::date_in_words(tr, d),
        ),
        None => tr.t("dir-never-checked"),
    })
}

pub fn when_words(tr: &Tr, f: &Found, today: chrono::NaiveDate) -> String {
    match (&f.next_walk_in, &f.next_open) {
        (Some(n), _) => tr.t1("dir-walk-in", "when", next_open_in_words(tr, n, today)),
        (None, Some(n)) => tr.t1("dir-opens", "when", next_open_in_words(tr, n, today)),
        (None, None) => tr.t("dir-no-hours"),
    }
}

pub fn closure_words(tr: &Tr, f: &Found) -> Option<String> {
    f.closure.as_ref().map(|c| {
        let until = guichet_words::date_in_words(tr, c.to);
        if c.reason.trim().is_empty() {
            tr.t1("dir-closed-until", "date", until)
        } else {
            tr.t2(
                "dir-closed-until-because",
                ("date", until),
                ("reason", &c.reason),
            )
        }
    })
}

/// What a service's page, its printable slip and its letter show, in words.
pub struct ServiceView {
    pub id: i64,
    pub name: String,
    pub organization: String,
    pub description: String,
    pub address: Vec<String>,
    pub transportation: String,
    pub when: String,
    pub week: String,
    pub how: Vec<String>,
    pub phones: Vec<String>,
    pub email: String,
    pub url: String,
    pub bring: Vec<String>,
    pub languages: Vec<(String, String)>,
    pub cost: String,
    pub topics: Vec<String>,
    pub closure: Option<String>,
    pub stale: Option<String>,
    pub checked: String,
    pub wheelchair: bool,
    pub welcome: String,
}

pub fn service_view(tr: &Tr, d: &Detail, today: chrono::NaiveDate) -> ServiceView {
    let s = &d.parts.service;
    let loc = d.location.as_ref();
    let address = loc
        .and_then(|l| l.physical_address())
        .map(|a| {
            let mut lines = vec![a.address_1.clone()];
            lines.extend(a.address_2.clone().filter(|x| !x.is_empty()));
            lines.push(format!("{} {}", a.postal_code, a.city));
            lines
        })
        .unwrap_or_default();
    let mut phones: Vec<String> = s
        .phones
        .iter()
        .chain(loc.into_iter().flat_map(|l| l.phones.iter()))
        .map(|p| {
            guichet_domain::org::PhoneNumber::parse(&p.number)
                .map(|n| n.display())
                .unwrap_or_else(|_| p.number.clone())
        })
        .collect();
    phones.dedup();
    let how = s
        .access
        .iter()
        .map(|a| {
            tr.t(match a {
                AccessMode::WalkIn => "dir-how-walk-in",
                AccessMode::Appointment => "dir-how-appointment",
                AccessMode::Phone => "dir-how-phone",
                AccessMode::Online => "dir-how-online",
                AccessMode::ReferralOnly => "dir-how-referral",
            })
        })
        .collect();
    let cost = match (d.found.listing.free, &s.fees_description) {
        (true, _) => tr.t("dir-free"),
        (false, Some(f)) if !f.trim().is_empty() => f.clone(),
        _ => String::new(),
    };
    let welcome = match (s.welcome, &s.audience) {
        (guichet_domain::directory::Welcome::Everyone, _) => tr.t("dir-welcome-everyone"),
        (guichet_domain::directory::Welcome::Preferential, a) => tr.t1(
            "dir-welcome-preferential",
            "audience",
            a.clone().unwrap_or_default(),
        ),
        (guichet_domain::directory::Welcome::Exclusive, a) => tr.t1(
            "dir-welcome-exclusive",
            "audience",
            a.clone().unwrap_or_default(),
        ),
    };
    ServiceView {
        id: d.found.listing.id,
        name: s.name.clone(),
        organization: d
            .parts
            .organization
            .as_ref()
            .map(|o| o.name.clone())
            .unwrap_or_default(),
        description: s.description.clone().unwrap_or_default(),
        address,
        transportation: loc
            .and_then(|l| l.transportation.clone())
            .unwrap_or_default(),
        when: when_words(tr, &d.found, today),
        week: week_in_words(tr, &d.week),
        how,
        phones,
        email: s.email.clone().unwrap_or_default(),
        url: s.url.clone().unwrap_or_default(),
        bring: s
            .required_documents
            .iter()
            .filter_map(|r| r.document.clone())
            .collect(),
        languages: language_names(&d.found.listing.languages),
        cost,
        topics: s.topics.iter().map(|c| topic_label(c, tr.lang)).collect(),
        closure: closure_words(tr, &d.found),
        stale: checked_words(tr, &d.found),
        checked: d
            .found
            .last_checked
            .map(|c| guichet_words::date_in_words(tr, c))
            .unwrap_or_default(),
        wheelchair: d.found.listing.wheelchair,
        welcome,
    }
}

/// The orientation slip as a letter: the organisation's text for an orientation slip (or
/// the shipped one) in the person's language and variant, large print when that is their
/// need, to their address when the file has one, to hand over or to post. Returned with
/// the person's name, for a page that says what could not be laid out.
pub async fn slip_letter(
    desk: &Desk,
    actor: &guichet_domain::Actor,
    person: guichet_domain::ids::PersonId,
    listing_id: i64,
) -> Result<(guichet_letters::Letter, String), DeskError> {
    use crate::messages;
    use guichet_outputs::templates::{Key, Kind};
    let d = guichet_store::persons::details(&desk.db, actor, person).await?;
    let detail = listing(desk, listing_id).await?;
    let language = messages::message_language(&d);
    let tr = Tr::new(messages::words_lang(language), desk.words.clone());
    let today = brussels(desk.now()).date();
    let s = service_view(&tr, &detail, today);
    let site = messages::sender_site(desk, actor).await?;
    let organisation = guichet_store::org::organisation_name(&desk.db)
        .await?
        .unwrap_or_default();
    let mut address = s.address.join(", ");
    if !s.transportation.is_empty() {
        address = format!("{address} ({})", s.transportation);
    }
    // A letter is read later: the week's hours, and the next time only when it is not
    // "open now".
    let next = detail
        .found
        .next_walk_in
        .or(detail.found.next_open)
        .filter(|n| !n.now)
        .map(|n| next_open_in_words(&tr, &n, today));
    let hours = match (s.week.is_empty(), next) {
        (true, None) => s.when.clone(),
        (true, Some(n)) => n,
        (false, None) => s.week.clone(),
        (false, Some(n)) => format!("{} ({n})", s.week),
    };
    let values = messages::slip_values(&messages::SlipFacts {
        name: &d.summary.full_name(),
        service_name: &s.name,
        service_address: &address,
        service_hours: &hours,
        service_phone: &s.phones.join(", "),
        what_to_bring: &s.bring.join(", "),
        phone: &site.as_ref().map(|x| x.phone.display()).unwrap_or_default(),
        organisation: &organisation,
    });
    let key = Key {
        kind: Kind::OrientationSlip,
        variant: messages::written_variant(&d),
        language,
    };
    let text = messages::compose(&desk.db, key, &values).await?;
    let mut recipient = vec![d.summary.full_name()];
    recipient.extend(d.address.lines());
    let variant = if d.contact.wants_large_print() {
        guichet_letters::Variant::LargePrint
    } else if d.contact.wants_easy_read() {
        guichet_letters::Variant::EasyRead
    } else {
        guichet_letters::Variant::Standard
    };
    let letter = guichet_letters::Letter {
        format: guichet_letters::Format::Letter,
        variant,
        lang: language.code().into(),
        sender: vec![organisation],
        recipient,
        place_date: messages::letter_date(language.code(), &tr, today),
        reference: None,
        subject: text.subject,
        body: text.body,
        contact: Vec::new(),
        envelope: None,
    };
    Ok((letter, d.summary.full_name()))
}

/// Records in the access log that a slip was printed for the person (after it was laid
/// out; not handed out if the log cannot be written).
pub async fn slip_printed(
    desk: &Desk,
    actor: &guichet_domain::Actor,
    person: guichet_domain::ids::PersonId,
    listing_id: i64,
) -> Result<(), DeskError> {
    guichet_store::access_log::record(
        &desk.db,
        actor.user_id,
        person,
        guichet_store::access_log::Action::Print,
        &format!("slip {listing_id}"),
        "",
        desk.now().timestamp(),
    )
    .await?;
    Ok(())
}

// ---------- importing a source ----------

use guichet_store::directory_imports::{self as imports, PendingImport, Problem};

/// The formats guichet reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Open Referral HSDS 3.0, nested JSON (one object, an array, a paginated list).
    HsdsJson,
    /// The HSDS tabular package: several CSV files (services.csv, locations.csv…).
    HsdsCsv,
    /// data·inclusion v1 JSON (structures and services).
    DataInclusion,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::HsdsJson, Format::HsdsCsv, Format::DataInclusion];

    pub fn code(self) -> &'static str {
        match self {
            Format::HsdsJson => "hsds-json",
            Format::HsdsCsv => "hsds-csv",
            Format::DataInclusion => "data-inclusion",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.code() == s)
    }
}

fn problem(p: guichet_hsds::Problem) -> Problem {
    Problem {
        file: p.file,
        line: p.line,
        place: p.place,
        message: p.message,
    }
}

/// Reads the files of a source and keeps what they hold, checked, waiting for the
/// coordinator's choice: nothing is applied yet. A file that is not UTF-8 text is one
/// problem. Returns the import's number.
pub async fn check_import(
    desk: &Desk,
    actor: &guichet_domain::Actor,
    source: &str,
    format: Format,
    files: Vec<(String, Vec<u8>)>,
) -> Result<i64, DeskError> {
    if !actor.may_manage_directory() {
        return Err(DeskError::NotAllowed);
    }
    let mut problems = Vec::new();
    let mut texts = Vec::new();
    for (name, bytes) in files {
        match String::from_utf8(bytes) {
            Ok(t) => texts.push((name, t.trim_start_matches('\u{feff}').to_owned())),
            Err(_) => problems.push(Problem {
                file: name,
                line: None,
                place: String::new(),
                message: "this file is not text in UTF-8: save it again as UTF-8 (CSV UTF-8, or JSON) and import it again".into(),
            }),
        }
    }
    let names: Vec<String> = texts.iter().map(|(n, _)| n.clone()).collect();
    let read = match format {
        Format::HsdsCsv => guichet_hsds::read_hsds_csv(&texts),
        Format::HsdsJson | Format::DataInclusion => {
            let mut all = guichet_hsds::Import::default();
            for (name, text) in &texts {
                let one = if format == Format::HsdsJson {
                    guichet_hsds::read_hsds_json(name, text)
                } else {
                    guichet_hsds::read_data_inclusion(name, text)
                };
                merge(&mut all.directory, one.directory);
                all.problems.extend(one.problems);
            }
            all
        }
    };
    problems.extend(read.problems.into_iter().map(problem));
    Ok(imports::create(
        &desk.db,
        actor.user_id,
        source.trim(),
        format.code(),
        &names,
        &read.directory,
        &problems,
        desk.now().timestamp(),
    )
    .await?)
}

fn merge(into: &mut Directory, more: Directory) {
    into.organizations.extend(more.organizations);
    into.services.extend(more.services);
    into.locations.extend(more.locations);
    into.service_at_locations.extend(more.service_at_locations);
    into.taxonomies.extend(more.taxonomies);
    into.taxonomy_terms.extend(more.taxonomy_terms);
}

/// An import as its page shows it.
pub async fn import(
    desk: &Desk,
    actor: &guichet_domain::Actor,
    id: i64,
) -> Result<PendingImport, DeskError> {
    if !actor.may_manage_directory() {
        return Err(DeskError::NotAllowed);
    }
    Ok(imports::get(&desk.db, id).await?)
}

/// The last imports, newest first.
pub async fn recent_imports(
    desk: &Desk,
    actor: &guichet_domain::Actor,
) -> Result<Vec<PendingImport>, DeskError> {
    if !actor.may_manage_directory() {
        return Err(DeskError::NotAllowed);
    }
    Ok(imports::recent(&desk.db, 20).await?)
}

/// Applies the valid records of a checked import, all of them or none, telling
/// `progress(done, total)`; the import is then marked applied (or failed, nothing
/// applied). [`DeskError::Changed`] when it was already applied or discarded.
pub async fn apply_import(
    desk: &Desk,
    actor: &guichet_domain::Actor,
    id: i64,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Applied, DeskError> {
    if !actor.may_manage_directory() {
        return Err(DeskError::NotAllowed);
    }
    let (pending, dir) = match imports::records(&desk.db, id).await {
        Ok(v) => v,
        Err(guichet_store::StoreError::NotFound) => {
            imports::get(&desk.db, id).await?;
            return Err(DeskError::Changed);
        }
        Err(e) => return Err(e.into()),
    };
    let now = desk.now().timestamp();
    match store::apply_with_progress(
        &desk.db,
        &pending.source,
        &pending.format,
        &dir,
        now,
        progress,
    )
    .await
    {
        Ok(applied) => {
            imports::finish(&desk.db, id, imports::Status::Applied, Some(applied), now).await?;
            Ok(applied)
        }
        Err(e) => {
            imports::finish(&desk.db, id, imports::Status::Failed, None, now).await?;
            Err(e.into())
        }
    }
}

/// Discards a checked import: nothing of it is applied.
pub async fn discard_import(
    desk: &Desk,
    actor: &guichet_domain::Actor,
    id: i64,
) -> Result<(), DeskError> {
    if !actor.may_manage_directory() {
        return Err(DeskError::NotAllowed);
    }
    match imports::finish(
        &desk.db,
        id,
        imports::Status::Discarded,
        None,
        desk.now().timestamp(),
    )
    .await
    {
        Err(guichet_store::StoreError::Changed) => Err(DeskError::Changed),
        other => Ok(other?),
    }
}

// ---------- freshness: the listings a team keeps ----------

/// A listing the actor's team runs that is due for a check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToCheck {
    pub service_id: String,
    pub name: String,
    pub last_checked: Option<NaiveDate>,
}

/// The listings the actor's teams run that are due for a check, at the frequency their
/// owner chose (none when asked not to be reminded).
pub async fn to_check(
    desk: &Desk,
    actor: &guichet_domain::Actor,
) -> Result<Vec<ToCheck>, DeskError> {
    let teams: Vec<i64> = actor
        .teams
        .iter()
        .filter(|t| actor.may_keep_listings_of(**t))
        .map(|t| t.get())
        .collect();
    let today = brussels(desk.now()).date();
    Ok(store::owned_by(&desk.db, &teams)
        .await?
        .into_iter()
        .filter(|o| {
            guichet_domain::directory::check_due(o.last_checked, o.check_every_months, today)
        })
        .map(|o| ToCheck {
            service_id: o.service_id,
            name: o.name,
            last_checked: o.last_checked,
        })
        .collect())
}

/// Says a listing the actor's team runs was checked today.
pub async fn mark_checked(
    desk: &Desk,
    actor: &guichet_domain::Actor,
    service_id: &str,
) -> Result<(), DeskError> {
    let teams: Vec<i64> = actor.teams.iter().map(|t| t.get()).collect();
    let owned = store::owned_by(&desk.db, &teams).await?;
    let Some(o) = owned.iter().find(|o| o.service_id == service_id) else {
        return Err(DeskError::NotFound);
    };
    if !actor.may_keep_listings_of(guichet_domain::ids::TeamId::new(o.team_id)) {
        return Err(DeskError::NotFound);
    }
    let now = desk.now();
    Ok(store::mark_checked(&desk.db, service_id, brussels(now).date(), now.timestamp()).await?)
}
