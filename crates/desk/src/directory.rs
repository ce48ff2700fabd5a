//! The directory of local services (journey J5): search for workers, volunteers and the
//! public page, a service's page, and importing a source. No person data: none of these
//! take an acting staff member, and the public page uses them without sign-in.

use crate::{Desk, DeskError};
use chrono::{Duration, NaiveDate, NaiveDateTime};
use guichet_domain::clock::brussels;
use guichet_domain::directory::hours::{NextOpen, Timetable};
use guichet_domain::directory::{AccessMode, Closure, Directory};
use guichet_store::directory::{self as store, Applied, Listing, Query, ServiceParts};

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
    let table = Timetable::new(&l.hours.schedules, &l.hours.closures);
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
fn nearest_first(items: &mut [Found], postcode: &str) {
    let located: Vec<(f64, f64)> = items
        .iter()
        .filter(|f| f.listing.postal_code.as_deref() == Some(postcode))
        .filter_map(|f| Some((f.listing.latitude?, f.listing.longitude?)))
        .collect();
    if !located.is_empty() {
        let n = located.len() as f64;
        let centre = (
            located.iter().map(|p| p.0).sum::<f64>() / n,
            located.iter().map(|p| p.1).sum::<f64>() / n,
        );
        for f in items.iter_mut() {
            f.distance_m = match (f.listing.latitude, f.listing.longitude) {
                (Some(la), Some(lo)) => Some(metres(centre, (la, lo))),
                _ => None,
            };
        }
    }
    let zone = |p: Option<&str>| p.map(|p| p.chars().take(2).collect::<String>());
    let own_zone = zone(Some(postcode));
    items.sort_by(|a, b| {
        let rank = |f: &Found| {
            let p = f.listing.postal_code.as_deref();
            if p == Some(postcode) {
                0
            } else if zone(p) == own_zone {
                1
            } else {
                2
            }
        };
        match (a.distance_m, b.distance_m) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => rank(a).cmp(&rank(b)),
        }
    });
}

/// Searches the directory at the desk's clock: the store's filters, then open now, then
/// nearest first, then one page.
pub async fn search(desk: &Desk, s: &Search) -> Result<Results, DeskError> {
    let now_utc = desk.now();
    let now = brussels(now_utc);
    let day = now_utc.timestamp().div_euclid(86_400);
    let listings = store::search(&desk.db, &s.query, day).await?;
    let mut items: Vec<Found> = listings.into_iter().map(|l| found(l, now)).collect();
    if s.open_now {
        items.retain(|f| {
            if s.query.walk_in {
                f.next_walk_in.is_some_and(|n| n.now)
            } else {
                f.open_now
            }
        });
    }
    if let Some(p) = s.near.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        nearest_first(&mut items, p);
    }
    let total = items.len();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = s.page.clamp(1, pages);
    let items = items
        .into_iter()
        .skip((page - 1) * PER_PAGE)
        .take(PER_PAGE)
        .collect();
    Ok(Results {
        items,
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
    let timetable = Timetable::new(&listing.hours.schedules, &listing.hours.closures);
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
