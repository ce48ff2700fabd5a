//! `guichet bench`: a load generator. N signed-in staff sessions (accounts made by
//! `guichet bench-data`) run the desk's usual mix of pages against a running server for
//! T seconds; per page: requests/s, p50/p95/p99 and errors; the server's RSS and CPU.

use crate::bench_data::{FAMILY_FR, FAMILY_NL, FAMILY_OTHER, PASSWORD};
use anyhow::{bail, Context};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// The server, e.g. http://127.0.0.1:8080 (plain HTTP on loopback).
    #[arg(long)]
    pub url: String,
    /// Concurrent signed-in sessions.
    #[arg(long, default_value_t = 150)]
    pub sessions: usize,
    /// How long the mix runs, after every session has signed in.
    #[arg(long, default_value_t = 30)]
    pub seconds: u64,
    /// Pause of each session between two pages, in milliseconds (0: as fast as the
    /// server answers).
    #[arg(long, default_value_t = 0)]
    pub think_ms: u64,
    /// Only this page, e.g. `today` (default: the whole mix).
    #[arg(long)]
    pub only: Option<String>,
    /// Reception accounts used (accueil-001 …).
    #[arg(long, default_value_t = 3)]
    pub reception: usize,
    /// Social-worker accounts used (social-001 …).
    #[arg(long, default_value_t = 6)]
    pub social: usize,
    /// The server's process id, for its memory and CPU (else found by its port).
    #[arg(long)]
    pub server_pid: Option<u32>,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

const PAGES: [&str; 8] = [
    "today",
    "search",
    "person",
    "queue",
    "directory",
    "request form",
    "create request",
    "add note",
];

/// What workers type in the directory's search box.
const DIRECTORY_WORDS: &[&str] = &[
    "smartphone",
    "ordinateur",
    "dettes",
    "emploi",
    "logement",
    "médecin",
    "français",
    "épicerie",
    "courrier",
    "numérique",
    "consultation",
    "cv",
];

/// Postcodes of the towns of the generated sites, to search near.
const DIRECTORY_PLACES: &[&str] = &[
    "1300", "1340", "1348", "5000", "4000", "1000", "9000", "2000",
];

#[derive(Default)]
struct Stats {
    micros: BTreeMap<&'static str, Vec<u32>>,
    errors: BTreeMap<&'static str, usize>,
}

struct Session {
    client: reqwest::Client,
    base: String,
    csrf: String,
    reception: bool,
    team: Option<String>,
    persons: Vec<String>,
}

fn csrf_in(html: &str) -> String {
    html.split("name=\"csrf_token\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_default()
        .to_owned()
}

fn person_links(html: &str) -> Vec<String> {
    html.split("href=\"/persons/")
        .skip(1)
        .filter_map(|s| {
            let id: String = s.chars().take_while(char::is_ascii_digit).collect();
            (!id.is_empty() && s[id.len()..].starts_with('"')).then_some(id)
        })
        .collect()
}

/// The selected option of the `team` select.
fn selected_team(html: &str) -> Option<String> {
    let select = html.split("<select id=\"team\"").nth(1)?;
    let select = select.split("</select>").next()?;
    let at = select.find("\" selected>")?;
    let start = select[..at].rfind("value=\"")? + 7;
    Some(select[start..at].to_owned())
}

const ACCEPT_ENCODING: &str = "gzip, deflate, br, zstd";

/// The body as text, uncompressed as a browser would.
async fn text(r: reqwest::Response) -> anyhow::Result<String> {
    use std::io::Read;
    let encoding = r
        .headers()
        .get(reqwest::header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let bytes = r.bytes().await?;
    let mut out = String::new();
    match encoding.as_str() {
        "br" => {
            brotli_decompressor::Decompressor::new(&bytes[..], 4096).read_to_string(&mut out)?;
        }
        "gzip" => {
            flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut out)?;
        }
        "" => out = String::from_utf8(bytes.to_vec())?,
        other => bail!("unexpected content encoding {other}"),
    }
    Ok(out)
}

async fn sign_in(base: &str, username: &str, reception: bool) -> anyhow::Result<Session> {
    let mut headers = reqwest::header::HeaderMap::new();
    // As Chromium asks: the server answers with brotli, so the run pays for compression
    // as it does with real browsers.
    headers.insert(
        reqwest::header::ACCEPT_ENCODING,
        reqwest::header::HeaderValue::from_static(ACCEPT_ENCODING),
    );
    let client = reqwest::Client::builder()
        .default_headers(headers)
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(1)
        .build()?;
    let html = text(client.get(format!("{base}/login")).send().await?).await?;
    let csrf = csrf_in(&html);
    let r = client
        .post(format!("{base}/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("next", ""),
            ("username", username),
            ("password", PASSWORD),
        ])
        .send()
        .await?;
    if r.status() != reqwest::StatusCode::SEE_OTHER {
        bail!("{username} could not sign in ({})", r.status());
    }
    let html = text(client.get(format!("{base}/account")).send().await?).await?;
    Ok(Session {
        client,
        base: base.to_owned(),
        csrf: csrf_in(&html),
        reception,
        team: None,
        persons: Vec::new(),
    })
}

/// Runs one page of the mix; `Ok(false)` when the answer was not the expected one.
async fn step(s: &mut Session, page: &'static str, rng: &mut StdRng) -> anyhow::Result<bool> {
    let person = s.persons.choose(rng).cloned();
    let base = s.base.clone();
    let c = &s.client;
    let ok = |r: &reqwest::Response| r.status().is_success() || r.status().as_u16() == 303;
    Ok(match page {
        "today" => {
            let r = c.get(format!("{base}/today")).send().await?;
            let good = ok(&r);
            r.bytes().await?;
            good
        }
        "queue" => {
            let r = c.get(format!("{base}/queue")).send().await?;
            let good = ok(&r);
            r.bytes().await?;
            good
        }
        "directory" => {
            // A word, a place nearby, and one filter out of three, as a worker orienting
            // someone at the desk would.
            let mut q: Vec<(&str, &str)> = vec![(
                "q",
                DIRECTORY_WORDS.choose(rng).copied().unwrap_or("smartphone"),
            )];
            if rng.gen_bool(0.7) {
                q.push((
                    "place",
                    DIRECTORY_PLACES.choose(rng).copied().unwrap_or("1300"),
                ));
            }
            match rng.gen_range(0..3) {
                0 => q.push(("walk_in", "1")),
                1 => q.push(("open_now", "1")),
                _ => q.push(("language", "ar")),
            }
            let r = c.get(format!("{base}/services")).query(&q).send().await?;
            let good = r.status().is_success();
            r.bytes().await?;
            good
        }
        "search" => {
            let family = *[FAMILY_FR, FAMILY_NL, FAMILY_OTHER]
                .choose(rng)
                .and_then(|l| l.choose(rng))
                .unwrap_or(&"Dubois");
            // As typed at the desk: the family name, often without accents or in part.
            let q = if rng.gen_bool(0.3) {
                guichet_domain::matching::normalise(family)
            } else {
                family.to_owned()
            };
            let r = c
                .get(format!("{base}/persons"))
                .query(&[("q", q)])
                .send()
                .await?;
            let good = ok(&r);
            let html = text(r).await?;
            let found = person_links(&html);
            if !found.is_empty() {
                s.persons = found;
            }
            good
        }
        "person" | "request form" | "create request" | "add note" => {
            let Some(id) = person else {
                return Ok(true);
            };
            let r = match page {
                "person" => c.get(format!("{base}/persons/{id}")).send().await?,
                "request form" => {
                    let r = c
                        .get(format!("{base}/persons/{id}/requests/new"))
                        .send()
                        .await?;
                    let good = ok(&r);
                    let html = text(r).await?;
                    if s.team.is_none() {
                        s.team = selected_team(&html);
                    }
                    return Ok(good);
                }
                "create request" => {
                    let team = s.team.clone().unwrap_or_default();
                    c.post(format!("{base}/persons/{id}/requests/new"))
                        .form(&[
                            ("csrf_token", s.csrf.as_str()),
                            ("channel", "walk-in"),
                            ("topic", "equipement-et-alimentation--alimentation"),
                            ("description", "Colis alimentaire demandé au guichet."),
                            ("urgency", "normal"),
                            ("team", team.as_str()),
                        ])
                        .send()
                        .await?
                }
                _ => c
                    .post(format!("{base}/persons/{id}/notes/new"))
                    .form(&[
                        ("csrf_token", s.csrf.as_str()),
                        (
                            "body",
                            "Passage au bureau au sujet de la facture d'énergie. Documents reçus.",
                        ),
                        ("compartment", "social"),
                        ("tags", ""),
                        ("request", ""),
                    ])
                    .send()
                    .await?,
            };
            let good = match page {
                "person" => r.status().is_success(),
                _ => r.status().as_u16() == 303,
            };
            r.bytes().await?;
            good
        }
        _ => true,
    })
}

fn choose_page(s: &Session, only: Option<&'static str>, rng: &mut StdRng) -> &'static str {
    if let Some(p) = only {
        return p;
    }
    let roll = rng.gen_range(0..100);
    if s.reception {
        match roll {
            0..=24 => "today",
            25..=49 => "search",
            50..=74 => "person",
            75..=82 => "queue",
            83..=87 => "directory",
            88..=92 => "request form",
            _ => {
                if s.team.is_some() {
                    "create request"
                } else {
                    "request form"
                }
            }
        }
    } else {
        match roll {
            0..=14 => "today",
            15..=39 => "search",
            40..=64 => "person",
            65..=79 => "queue",
            80..=84 => "directory",
            _ => "add note",
        }
    }
}

struct Proc {
    pid: u32,
}

impl Proc {
    fn rss_kib(&self) -> Option<u64> {
        self.status_kib("VmRSS:")
    }

    /// A line of `/proc/PID/status` in KiB: `VmRSS:` (all), `RssAnon:` (the process's own
    /// memory), `RssFile:` (file pages: mostly the SQLite database's memory map, shared
    /// with the system's cache and dropped by it under pressure).
    fn status_kib(&self, key: &str) -> Option<u64> {
        let s = std::fs::read_to_string(format!("/proc/{}/status", self.pid)).ok()?;
        s.lines()
            .find(|l| l.starts_with(key))?
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()
    }

    /// User + system CPU time, in clock ticks (1/100 s on Linux).
    fn cpu_ticks(&self) -> Option<u64> {
        let s = std::fs::read_to_string(format!("/proc/{}/stat", self.pid)).ok()?;
        let after = s.rsplit_once(')')?.1;
        let f: Vec<&str> = after.split_whitespace().collect();
        Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
    }
}

/// The process listening on the URL's port on loopback, from /proc (Linux).
fn find_by_port(url: &str) -> Option<u32> {
    let port: u16 = url.rsplit(':').next()?.trim_end_matches('/').parse().ok()?;
    let hex = format!(":{port:04X}");
    let tcp = std::fs::read_to_string("/proc/net/tcp").ok()?;
    let inode = tcp.lines().skip(1).find_map(|l| {
        let f: Vec<&str> = l.split_whitespace().collect();
        (f.get(1)?.ends_with(&hex) && *f.get(3)? == "0A")
            .then(|| f.get(9).map(|s| s.to_string()))?
    })?;
    let target = format!("socket:[{inode}]");
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
            continue;
        };
        for fd in fds.flatten() {
            if std::fs::read_link(fd.path()).is_ok_and(|l| l.to_string_lossy() == target) {
                return Some(pid);
            }
        }
    }
    None
}

fn percentile(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    f64::from(sorted[i.min(sorted.len() - 1)]) / 1000.0
}

pub async fn run(args: Args) -> anyhow::Result<()> {
    let base = args.url.trim_end_matches('/').to_owned();
    let only: Option<&'static str> = match &args.only {
        Some(o) => Some(
            PAGES
                .iter()
                .copied()
                .find(|p| *p == o.as_str())
                .with_context(|| format!("unknown page {o}: one of {}", PAGES.join(", ")))?,
        ),
        None => None,
    };
    let server = args
        .server_pid
        .or_else(|| find_by_port(&base))
        .map(|pid| Proc { pid });
    if server.is_none() {
        eprintln!("(server process not found: no memory or CPU figures; pass --server-pid)");
    }
    // Sign in, a few at a time (argon2 on the server is meant to be slow).
    eprintln!("signing in {} sessions…", args.sessions);
    let mut sessions = Vec::new();
    let sem = Arc::new(tokio::sync::Semaphore::new(4));
    let mut handles = Vec::new();
    for i in 0..args.sessions {
        let reception =
            only.is_some_and(|o| o != "add note") && i % 2 == 0 || only.is_none() && i % 3 == 0;
        let username = if reception {
            format!("accueil-{:03}", 1 + (i / 3) % args.reception.max(1))
        } else {
            format!("social-{:03}", 1 + i % args.social.max(1))
        };
        let base = base.clone();
        let sem = sem.clone();
        handles.push(tokio::spawn(async move {
            let _permit = sem.acquire().await;
            sign_in(&base, &username, reception).await
        }));
    }
    for h in handles {
        sessions.push(h.await??);
    }
    // Warm up: every session finds a few persons first (not measured).
    for (i, s) in sessions.iter_mut().enumerate() {
        let mut rng = StdRng::seed_from_u64(args.seed + i as u64);
        for _ in 0..3 {
            if s.persons.is_empty() {
                step(s, "search", &mut rng).await?;
            }
        }
        if s.reception {
            step(s, "request form", &mut rng).await?;
        }
    }
    let rss_before = server.as_ref().and_then(Proc::rss_kib);
    let cpu_before = server.as_ref().and_then(Proc::cpu_ticks);
    eprintln!("running the mix for {} s…", args.seconds);
    let started = Instant::now();
    let deadline = started + Duration::from_secs(args.seconds);
    let peak = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let sampler = server.as_ref().map(|p| {
        let pid = p.pid;
        let peak = peak.clone();
        tokio::spawn(async move {
            let p = Proc { pid };
            loop {
                if let Some(r) = p.rss_kib() {
                    peak.fetch_max(r, std::sync::atomic::Ordering::Relaxed);
                }
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
        })
    });
    let mut tasks = Vec::new();
    for (i, mut s) in sessions.into_iter().enumerate() {
        let think = args.think_ms;
        let seed = args.seed * 1_000_003 + i as u64;
        tasks.push(tokio::spawn(async move {
            let mut rng = StdRng::seed_from_u64(seed);
            let mut stats = Stats::default();
            if think > 0 {
                tokio::time::sleep(Duration::from_millis(rng.gen_range(0..think))).await;
            }
            while Instant::now() < deadline {
                let page = choose_page(&s, only, &mut rng);
                let t0 = Instant::now();
                let good = step(&mut s, page, &mut rng).await.unwrap_or(false);
                let us = t0.elapsed().as_micros().min(u128::from(u32::MAX)) as u32;
                if good {
                    stats.micros.entry(page).or_default().push(us);
                } else {
                    *stats.errors.entry(page).or_default() += 1;
                }
                if think > 0 {
                    let jitter = rng.gen_range(think / 2..=think + think / 2);
                    tokio::time::sleep(Duration::from_millis(jitter)).await;
                }
            }
            stats
        }));
    }
    let mut all = Stats::default();
    for t in tasks {
        let s = t.await?;
        for (k, v) in s.micros {
            all.micros.entry(k).or_default().extend(v);
        }
        for (k, v) in s.errors {
            *all.errors.entry(k).or_default() += v;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    if let Some(s) = sampler {
        s.abort();
    }
    let cpu_after = server.as_ref().and_then(Proc::cpu_ticks);
    let rss_after = server.as_ref().and_then(Proc::rss_kib);
    let anon_after = server.as_ref().and_then(|p| p.status_kib("RssAnon:"));
    let file_after = server.as_ref().and_then(|p| p.status_kib("RssFile:"));

    println!(
        "{} sessions, {:.0} s{}, {}",
        args.sessions,
        elapsed,
        if args.think_ms > 0 {
            format!(", {} ms think time", args.think_ms)
        } else {
            ", no think time".into()
        },
        args.only.as_deref().unwrap_or("full mix")
    );
    println!();
    println!("| Page | Requests/s | p50 ms | p95 ms | p99 ms | Errors |");
    println!("|---|---:|---:|---:|---:|---:|");
    let mut total = 0usize;
    let mut errors = 0usize;
    for page in PAGES {
        let mut v = all.micros.remove(page).unwrap_or_default();
        let e = all.errors.get(page).copied().unwrap_or(0);
        if v.is_empty() && e == 0 {
            continue;
        }
        v.sort_unstable();
        total += v.len();
        errors += e;
        println!(
            "| {page} | {:.0} | {:.1} | {:.1} | {:.1} | {e} |",
            v.len() as f64 / elapsed,
            percentile(&v, 0.50),
            percentile(&v, 0.95),
            percentile(&v, 0.99),
        );
    }
    println!(
        "| **all** | **{:.0}** | | | | {errors} |",
        total as f64 / elapsed
    );
    if let (Some(b), Some(a)) = (cpu_before, cpu_after) {
        println!();
        println!(
            "Server: CPU {:.0} % of one core (average), RSS {} MB before, {} MB peak, {} MB after.",
            (a - b) as f64 / elapsed,
            rss_before.unwrap_or(0) / 1024,
            peak.load(std::sync::atomic::Ordering::Relaxed) / 1024,
            rss_after.unwrap_or(0) / 1024
        );
        println!(
            "RSS after: {} MB of the server's own memory, {} MB of file pages (the database's memory map).",
            anon_after.unwrap_or(0) / 1024,
            file_after.unwrap_or(0) / 1024
        );
    }
    Ok(())
}
