//! The week of free and busy times, seen before booking: a worker's week (and a room's,
//! at a site), with what is closed (opening hours, working hours, holidays, closing
//! days) and what is taken (other appointments — never whom they are with). Each free
//! time is a plain link that fills in the booking form for one person.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::forms::value;
use crate::present::{MONTH_KEYS, WEEKDAY_KEYS};
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use guichet_desk::appointments::home_site;
use guichet_desk::appointments::{colleagues, worker_hours};
use guichet_domain::appointment::DURATIONS;
use guichet_domain::appointment::{day_off, from_brussels, slot, ClosedDay, DayOff, Slot, Taken};
use guichet_domain::clock::brussels;
use guichet_domain::ids::{PersonId, SiteId};
use guichet_domain::org::{DayHours, WeeklyHours};
use guichet_store::appointments;
use guichet_store::org;
use guichet_store::StoreError;

/// The week view's rows are half hours: fine enough for the desk, and a week of them
/// stays a light page.
const STEP: i64 = 30;

pub struct DayColumn {
    pub weekday: String,
    pub date: String,
}

pub struct Cell {
    /// The link that fills in the booking form, for a free time.
    pub href: Option<String>,
    pub label: String,
    /// The day, for the link's name out of the table ("lundi 2 mars").
    pub day: String,
    pub class: &'static str,
    pub rowspan: usize,
}

pub struct Row {
    pub time: String,
    pub cells: Vec<Cell>,
}

#[derive(Template)]
#[template(path = "appointment_week.html")]
struct WeekTpl {
    p: Page,
    person_id: PersonId,
    name: String,
    caption: String,
    workers: Vec<Choice>,
    places: Vec<Choice>,
    sites: Vec<Choice>,
    durations: Vec<Choice>,
    room: String,
    request: String,
    week: String,
    days: Vec<DayColumn>,
    rows: Vec<Row>,
    previous: String,
    next: String,
    back: String,
    free: usize,
}

/// `?worker=&place=site|phone|home&site=&room=&minutes=&week=YYYY-MM-DD&request=`; every
/// value is optional (the actor, their home site, 30 minutes, this week).
pub async fn week(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let d = match super::person_file(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let q = query.unwrap_or_default();
    let q = q.as_bytes();
    let now = state.clock.now();
    let today = brussels(now).date();
    let loaded = async {
        Ok::<_, StoreError>((
            colleagues(&state.desk(), &me.actor).await?,
            org::list_sites(&state.db).await?,
        ))
    }
    .await;
    let (workers, sites) = match loaded {
        Ok(v) => v,
        Err(e) => return unavailable(&ctx, e),
    };
    let worker = workers
        .iter()
        .find(|w| w.0.to_string() == value(q, "worker"))
        .or_else(|| workers.iter().find(|w| w.0 == me.user.id))
        .or(workers.first())
        .cloned();
    let Some((worker, worker_name)) = worker else {
        return not_found(&ctx);
    };
    let place = match value(q, "place").as_str() {
        "phone" => "phone",
        "home" => "home",
        _ => "site",
    };
    let site_id = match value(q, "site").parse::<SiteId>() {
        Ok(s) if sites.iter().any(|x| x.id == s) => Some(s),
        _ => home_site(&state.desk(), &me.actor)
            .await
            .ok()
            .or(sites.first().map(|s| s.id)),
    };
    let room = value(q, "room").trim().to_owned();
    let minutes = value(q, "minutes")
        .parse::<i64>()
        .ok()
        .filter(|m| DURATIONS.contains(m))
        .unwrap_or(30);
    let day = NaiveDate::parse_from_str(&value(q, "week"), "%Y-%m-%d").unwrap_or(today);
    let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
    let request = value(q, "request");

    let at_site = match (place, site_id) {
        ("site", Some(s)) => Some(s),
        _ => None,
    };
    let midnight = NaiveTime::MIN;
    let from = from_brussels(monday.and_time(midnight)).timestamp();
    let to = from_brussels((monday + Duration::days(7)).and_time(midnight)).timestamp();
    let loaded = async {
        let site = match at_site {
            Some(s) => Some(org::get_site(&state.db, s).await?),
            None => None,
        };
        let hours = worker_hours(&state.desk(), worker).await?;
        let room_at = at_site.map(|s| (s, room.as_str()));
        let busy = appointments::busy(&state.db, worker, room_at, from, to).await?;
        Ok::<_, StoreError>((site, hours, busy))
    }
    .await;
    let (site, hours, busy) = match loaded {
        Ok(v) => v,
        Err(StoreError::NotFound) => return not_found(&ctx),
        Err(e) => return unavailable(&ctx, e),
    };
    let taken: Vec<Taken> = busy
        .iter()
        .map(|c| Taken {
            starts_at: c.starts_at,
            minutes: c.minutes,
            worker: c.same_worker,
        })
        .collect();
    let site_hours = site.as_ref().map(|s| &s.opening_hours);
    let closing = site
        .as_ref()
        .map(|s| s.closing_days.clone())
        .unwrap_or_default();

    // Which days and which times to show.
    let shown_days: Vec<NaiveDate> = (0..7)
        .map(|i| monday + Duration::days(i))
        .filter(|d| {
            let wd = d.weekday();
            let weekend = matches!(wd, Weekday::Sat | Weekday::Sun);
            !weekend
                || site_hours.is_some_and(|h| !h.day(wd).is_closed())
                || (site_hours.is_none() && hours.as_ref().is_some_and(|h| !h.day(wd).is_closed()))
        })
        .collect();
    let bounds = shown_days
        .iter()
        .filter_map(|d| bounds_of(site_hours.or(hours.as_ref()), d.weekday()))
        .fold(None, |acc: Option<(i64, i64)>, (a, b)| match acc {
            None => Some((a, b)),
            Some((x, y)) => Some((x.min(a), y.max(b))),
        })
        .unwrap_or((8 * 60, 18 * 60));
    let first = bounds.0 - bounds.0 % STEP;
    let times: Vec<i64> = (0..)
        .map(|i| first + i * STEP)
        .take_while(|t| *t < bounds.1)
        .collect();

    let base = {
        let mut b = form_urlencoded::Serializer::new(String::new());
        b.append_pair("worker", &worker.to_string())
            .append_pair("place", place)
            .append_pair("site", &site_id.map(|s| s.to_string()).unwrap_or_default())
            .append_pair("room", &room)
            .append_pair("minutes", &minutes.to_string());
        if !request.is_empty() {
            b.append_pair("request", &request);
        }
        b.finish()
    };

    // The columns, each a list of cells from the first time to the last.
    let mut columns: Vec<Vec<Cell>> = Vec::new();
    let mut free = 0;
    for d in &shown_days {
        let wd = d.weekday();
        if let Some(off) = day_off(*d, &closing, site_hours, hours.as_ref()) {
            columns.push(vec![Cell {
                href: None,
                label: day_off_in_words(&ctx, &off, &worker_name),
                day: String::new(),
                class: "off",
                rowspan: times.len(),
            }]);
            continue;
        }
        let mut cells: Vec<Cell> = Vec::new();
        let day_name = format!(
            "{} {}",
            crate::present::weekday_in_words(&ctx.tr, wd),
            short_date(&ctx, *d)
        );
        for t in &times {
            let Some(start) = NaiveTime::from_hms_opt((*t / 60) as u32, (*t % 60) as u32, 0) else {
                continue;
            };
            let kind = slot(
                d.and_time(start),
                STEP,
                minutes,
                site_hours.map(|h| h.day(wd)),
                hours.as_ref().map(|h| h.day(wd)),
                &taken,
                now,
            );
            let label = ctx.t(match kind {
                Slot::Past => "week-past",
                Slot::Closed => "week-closed",
                Slot::OffHours => "week-off-hours",
                Slot::Busy => "week-busy",
                Slot::RoomTaken => "week-room-taken",
                Slot::TooShort => "week-too-short",
                Slot::Free => "week-free",
            });
            if kind == Slot::Free {
                free += 1;
                cells.push(Cell {
                    href: Some(format!(
                        "new?{base}&date={}&time={}",
                        d.format("%Y-%m-%d"),
                        start.format("%H:%M")
                    )),
                    label: start.format("%H:%M").to_string(),
                    day: day_name.clone(),
                    class: "free",
                    rowspan: 1,
                });
                continue;
            }
            let class = if matches!(kind, Slot::Busy | Slot::RoomTaken) {
                "busy"
            } else {
                "off"
            };
            // The same state as the cell above: one taller cell.
            match cells.last_mut() {
                Some(c) if c.href.is_none() && c.label == label => c.rowspan += 1,
                _ => cells.push(Cell {
                    href: None,
                    label,
                    day: String::new(),
                    class,
                    rowspan: 1,
                }),
            }
        }
        columns.push(cells);
    }
    // Into rows: a cell goes in the row where it starts.
    let mut rows: Vec<Row> = times
        .iter()
        .map(|t| Row {
            time: format!("{:02}:{:02}", t / 60, t % 60),
            cells: Vec::new(),
        })
        .collect();
    for column in columns {
        let mut at = 0;
        for cell in column {
            let span = cell.rowspan.max(1);
            if let Some(r) = rows.get_mut(at) {
                r.cells.push(cell);
            }
            at += span;
        }
    }

    let choices = |list: Vec<(String, String)>, chosen: &str| -> Vec<Choice> {
        list.into_iter()
            .map(|(value, label)| Choice {
                checked: value == chosen,
                value,
                label,
            })
            .collect()
    };
    let week_link = |m: NaiveDate| {
        format!(
            "/persons/{}/appointments/free?{base}&week={}",
            d.summary.id,
            m.format("%Y-%m-%d")
        )
    };
    let sunday = monday + Duration::days(6);
    let tpl = WeekTpl {
        p: Page::new(&ctx, "week-title"),
        person_id: d.summary.id,
        name: d.summary.full_name(),
        caption: ctx.tr.targs(
            "week-caption",
            &[
                ("worker", &worker_name),
                ("from", &short_date(&ctx, monday)),
                ("to", &short_date(&ctx, sunday)),
            ],
        ),
        workers: choices(
            workers
                .iter()
                .map(|(id, n)| (id.to_string(), n.clone()))
                .collect(),
            &worker.to_string(),
        ),
        places: choices(
            [
                ("site", "appointment-place-site"),
                ("phone", "appointment-place-phone"),
                ("home", "appointment-place-home"),
            ]
            .iter()
            .map(|(v, k)| ((*v).to_owned(), ctx.t(k)))
            .collect(),
            place,
        ),
        sites: choices(
            sites
                .iter()
                .map(|s| (s.id.to_string(), s.name.clone()))
                .collect(),
            &site_id.map(|s| s.to_string()).unwrap_or_default(),
        ),
        durations: choices(
            DURATIONS
                .iter()
                .map(|m| {
                    (
                        m.to_string(),
                        ctx.tr.tn("appointment-minutes", "minutes", *m),
                    )
                })
                .collect(),
            &minutes.to_string(),
        ),
        room,
        week: monday.format("%Y-%m-%d").to_string(),
        days: shown_days
            .iter()
            .map(|d| DayColumn {
                weekday: ctx.t(WEEKDAY_KEYS[d.weekday().num_days_from_monday() as usize]),
                date: short_date(&ctx, *d),
            })
            .collect(),
        rows,
        previous: week_link(monday - Duration::days(7)),
        next: week_link(monday + Duration::days(7)),
        back: format!("/persons/{}/appointments/new?{base}", d.summary.id),
        request,
        free,
    };
    render(StatusCode::OK, &tpl)
}

/// "2 mars", "2 maart", "2 March".
fn short_date(ctx: &Ctx, d: NaiveDate) -> String {
    format!("{} {}", d.day(), ctx.t(MONTH_KEYS[d.month0() as usize]))
}

/// The first opening and last closing minute of a weekday, if it is open at all.
fn bounds_of(hours: Option<&WeeklyHours>, day: Weekday) -> Option<(i64, i64)> {
    let h: &DayHours = hours?.day(day);
    let start = h.periods().first()?.0;
    let end = h.periods().last()?.1;
    let minute = |t: NaiveTime| {
        use chrono::Timelike;
        if (t.hour(), t.minute(), t.second()) == (23, 59, 59) {
            24 * 60
        } else {
            i64::from(t.hour()) * 60 + i64::from(t.minute())
        }
    };
    Some((minute(start), minute(end)))
}

fn day_off_in_words(ctx: &Ctx, off: &DayOff, worker: &str) -> String {
    match off {
        DayOff::Closed(ClosedDay::PublicHoliday(h)) => ctx.tr.t1(
            "week-day-holiday",
            "holiday",
            ctx.t(crate::present::holiday_key(*h)),
        ),
        DayOff::Closed(ClosedDay::SiteClosed(reason)) if !reason.trim().is_empty() => {
            ctx.tr
                .t1("week-day-closing-because", "reason", reason.trim())
        }
        DayOff::Closed(ClosedDay::SiteClosed(_)) => ctx.t("week-day-closing"),
        DayOff::SiteClosed => ctx.t("week-day-site-closed"),
        DayOff::WorkerOff => ctx.tr.t1("week-day-worker-off", "worker", worker),
    }
}
