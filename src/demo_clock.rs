//! The demo's clock for rehearsing what depends on the hour (the right to disconnect,
//! J8): `guichet demo --clock-file FILE` reads an instant written in FILE (RFC 3339,
//! e.g. `2026-12-04T10:00:00+01:00`) and runs on from it at the speed of real time;
//! writing another instant into the file moves the demo there. Only the demo has it:
//! `guichet serve` always runs on the system clock.

use chrono::{DateTime, Utc};
use guichet_domain::Clock;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Instant;

pub struct FileClock {
    path: PathBuf,
    /// The file's text as last read, the instant it names, and when it was read.
    last: Mutex<Option<(String, DateTime<Utc>, Instant)>>,
}

impl FileClock {
    /// Fails when the file cannot be read or holds no instant: the demo does not start
    /// on a clock it cannot read.
    pub fn open(path: PathBuf) -> anyhow::Result<Self> {
        let clock = Self {
            path,
            last: Mutex::new(None),
        };
        let text = std::fs::read_to_string(&clock.path)?;
        let at = parse(&text).ok_or_else(|| {
            anyhow::anyhow!(
                "{}: write an instant as 2026-12-04T10:00:00+01:00",
                clock.path.display()
            )
        })?;
        if let Ok(mut last) = clock.last.lock() {
            *last = Some((text, at, Instant::now()));
        }
        Ok(clock)
    }
}

fn parse(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text.trim())
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

impl Clock for FileClock {
    fn now(&self) -> DateTime<Utc> {
        let Ok(mut last) = self.last.lock() else {
            return Utc::now();
        };
        // A file being rewritten may be read half-way: the clock keeps its instant until
        // the file names another one.
        if let Ok(text) = std::fs::read_to_string(&self.path) {
            let changed = last.as_ref().is_none_or(|(old, _, _)| *old != text);
            if changed {
                if let Some(at) = parse(&text) {
                    *last = Some((text, at, Instant::now()));
                }
            }
        }
        match last.as_ref() {
            Some((_, at, read)) => {
                *at + chrono::Duration::from_std(read.elapsed()).unwrap_or_default()
            }
            None => Utc::now(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_runs_from_the_instant_in_the_file_and_jumps_when_it_changes() {
        let dir = std::env::temp_dir().join(format!("guichet-clock-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("now");
        std::fs::write(&file, "2026-12-04T10:00:00+01:00\n").unwrap();
        let clock = FileClock::open(file.clone()).unwrap();
        let friday = parse("2026-12-04T09:00:00Z").unwrap();
        let t = clock.now();
        assert!(
            t >= friday && t < friday + chrono::Duration::seconds(5),
            "{t}"
        );
        std::fs::write(&file, "2026-12-07T08:35:00+01:00").unwrap();
        let monday = parse("2026-12-07T07:35:00Z").unwrap();
        let t = clock.now();
        assert!(
            t >= monday && t < monday + chrono::Duration::seconds(5),
            "{t}"
        );
        std::fs::write(&file, "not a time").unwrap();
        assert!(clock.now() >= monday, "an unreadable file keeps the time");
        std::fs::write(&file, "soon").unwrap();
        assert!(FileClock::open(file).is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
