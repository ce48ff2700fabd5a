//! The outbox worker: sends the SMS and email rows of the outbox, with retries,
//! exponential backoff with jitter, quiet hours for persons and working hours for staff.
//!
//! Each tick claims due rows (a lease in the database, see `guichet_store::outbox`), holds
//! those that may not leave now (held, not dropped), sends the rest concurrently and
//! records what happened. A crash between "sent" and "recorded" is harmless: the lease
//! expires, the row is claimed again and sent with the same idempotency key, which the
//! provider (or the Message-ID, for email) recognises. A channel that is not configured
//! is not claimed at all: its rows stay pending and the person's page keeps showing them.

use crate::email::{Email, Mailer};
use crate::ics::IcsAppointment;
use crate::sms::{SendError, SmsGateway};
use chrono::{DateTime, Utc};
use guichet_domain::clock::brussels;
use guichet_domain::org::WeeklyHours;
use guichet_domain::quiet_hours::QuietHours;
use guichet_domain::staff_time::next_working_instant;
use guichet_domain::Clock;
use guichet_store::disconnect;
use guichet_store::outbox::{self, Due};
use guichet_store::Db;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// When to try again, and when to give up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Wait after the first failed try.
    pub base: Duration,
    /// Each further failure multiplies the wait by this.
    pub factor: u32,
    /// The longest wait.
    pub cap: Duration,
    /// Tries before giving up.
    pub max_attempts: i64,
    /// Give up when a message is this late (48 hours by default).
    pub max_age: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            base: Duration::from_secs(60),
            factor: 2,
            cap: Duration::from_secs(3600),
            max_attempts: 10,
            max_age: Duration::from_secs(48 * 3600),
        }
    }
}

impl RetryPolicy {
    /// The wait after `failures` failed tries (1 = the first), with "equal jitter": half
    /// of the exponential wait, plus a random part of the other half. `random` is in 0..1.
    pub fn backoff(&self, failures: i64, random: f64) -> Duration {
        let exp = u32::try_from(failures.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
        let wait = self
            .base
            .saturating_mul(self.factor.max(1).saturating_pow(exp))
            .min(self.cap);
        let half = wait / 2;
        half + half.mul_f64(random.clamp(0.0, 1.0))
    }
}

/// What one tick did (counts only).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TickStats {
    pub claimed: usize,
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
    pub held: usize,
}

pub struct Worker {
    pub db: Db,
    pub sms: Option<SmsGateway>,
    pub email: Option<Mailer>,
    pub quiet: QuietHours,
    pub retry: RetryPolicy,
    /// Messages sent at the same time.
    pub concurrency: usize,
    /// Rows claimed per tick.
    pub batch: i64,
    /// How long a claim lasts; longer than the slowest send (the client timeouts).
    pub lease: Duration,
    /// Pause between ticks when there was nothing more to do.
    pub poll: Duration,
    rng: Mutex<StdRng>,
}

impl Worker {
    /// A worker with the usual settings; `seed` makes the jitter reproducible (tests).
    pub fn new(
        db: Db,
        sms: Option<SmsGateway>,
        email: Option<Mailer>,
        quiet: QuietHours,
        retry: RetryPolicy,
        seed: Option<u64>,
    ) -> Self {
        let rng = match seed {
            Some(s) => StdRng::seed_from_u64(s),
            None => StdRng::from_entropy(),
        };
        Self {
            db,
            sms,
            email,
            quiet,
            retry,
            concurrency: 4,
            batch: 50,
            lease: Duration::from_secs(120),
            poll: Duration::from_secs(3),
            rng: Mutex::new(rng),
        }
    }

    fn channels(&self) -> Vec<&'static str> {
        let mut c = Vec::new();
        if self.sms.is_some() {
            c.push("sms");
        }
        if self.email.is_some() {
            c.push("email");
        }
        c
    }

    fn random(&self) -> f64 {
        match self.rng.lock() {
            Ok(mut r) => r.gen::<f64>(),
            Err(_) => 0.5,
        }
    }

    /// When this message may leave: `now`, or later (quiet hours; for a worker, their
    /// working hours and leave: the right to disconnect).
    async fn allowed_at(
        &self,
        due: &Due,
        now: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, guichet_store::StoreError> {
        if !due.to_staff {
            return Ok(self.quiet.next_allowed(now));
        }
        let leaves = match due.user {
            Some(user) => disconnect::leaves_of(&self.db, user, brussels(now).date())
                .await?
                .into_iter()
                .map(|l| l.leave)
                .collect(),
            None => Vec::new(),
        };
        Ok(
            match due
                .working_hours
                .as_deref()
                .and_then(|h| WeeklyHours::from_storage(h).ok())
            {
                // A week without any working hours means no limit was set (leave alone
                // does not say when they are back).
                Some(hours) => next_working_instant(&hours, &leaves, now).unwrap_or(now),
                None => now,
            },
        )
    }

    /// One round: claim, hold what must wait, send the rest, record.
    pub async fn tick(&self, now: DateTime<Utc>) -> Result<TickStats, guichet_store::StoreError> {
        let channels = self.channels();
        let mut stats = TickStats::default();
        if channels.is_empty() {
            return Ok(stats);
        }
        let lease = i64::try_from(self.lease.as_secs()).unwrap_or(120);
        let due =
            outbox::claim_due(&self.db, now.timestamp(), self.batch, lease, &channels).await?;
        stats.claimed = due.len();
        let permits = Arc::new(Semaphore::new(self.concurrency.max(1)));
        let mut tasks = JoinSet::new();
        for d in due {
            let at = self.allowed_at(&d, now).await?;
            if at > now {
                outbox::hold_until(&self.db, d.id, at.timestamp()).await?;
                stats.held += 1;
                continue;
            }
            let sms = self.sms.clone();
            let email = self.email.clone();
            let permits = permits.clone();
            tasks.spawn(async move {
                let _permit = permits.acquire_owned().await;
                let result = send_one(sms.as_ref(), email.as_ref(), &d, now).await;
                (d, result)
            });
        }
        while let Some(joined) = tasks.join_next().await {
            let Ok((d, result)) = joined else {
                continue;
            };
            match result {
                Ok(reference) => {
                    outbox::mark_sent(&self.db, d.id, reference.as_deref(), now.timestamp())
                        .await?;
                    stats.sent += 1;
                }
                Err(e) => {
                    let failures = d.attempts + 1;
                    let late = now.timestamp() - d.due_at
                        > i64::try_from(self.retry.max_age.as_secs()).unwrap_or(i64::MAX);
                    let reason = e.to_string();
                    if failures >= self.retry.max_attempts || late {
                        outbox::mark_failed(&self.db, d.id, &reason).await?;
                        tracing::warn!(message = d.id.get(), channel = %d.channel, attempts = failures, reason = %reason, "message not delivered: given up");
                        stats.failed += 1;
                    } else {
                        let wait = self.retry.backoff(failures, self.random());
                        let next = now.timestamp() + i64::try_from(wait.as_secs()).unwrap_or(0);
                        outbox::mark_retry(&self.db, d.id, &reason, next).await?;
                        tracing::debug!(message = d.id.get(), channel = %d.channel, attempts = failures, reason = %reason, "message will be tried again");
                        stats.retried += 1;
                    }
                }
            }
        }
        Ok(stats)
    }

    /// Ticks until `shutdown` completes: at once again when a full batch was claimed,
    /// else after `poll`.
    pub async fn run(self, clock: Arc<dyn Clock>, shutdown: impl Future<Output = ()>) {
        if self.sms.is_none() {
            tracing::info!("no SMS gateway configured: text messages stay pending in the outbox");
        }
        if self.email.is_none() {
            tracing::info!("no SMTP server configured: emails stay pending in the outbox");
        }
        tokio::pin!(shutdown);
        loop {
            let wait = match self.tick(clock.now()).await {
                Ok(s) => {
                    if s.sent + s.failed + s.held > 0 {
                        tracing::info!(
                            sent = s.sent,
                            retried = s.retried,
                            failed = s.failed,
                            held = s.held,
                            "outbox"
                        );
                    }
                    if s.claimed as i64 >= self.batch {
                        Duration::ZERO
                    } else {
                        self.poll
                    }
                }
                Err(e) => {
                    tracing::error!(error = %e, "outbox worker: database error; trying again shortly");
                    self.poll.max(Duration::from_secs(1))
                }
            };
            tokio::select! {
                () = &mut shutdown => break,
                () = tokio::time::sleep(wait) => {}
            }
        }
    }
}

async fn send_one(
    sms: Option<&SmsGateway>,
    email: Option<&Mailer>,
    d: &Due,
    now: DateTime<Utc>,
) -> Result<Option<String>, SendError> {
    match (d.channel.as_str(), sms, email) {
        ("sms", Some(g), _) => g.send(&d.idempotency_key, &d.recipient, &d.body).await,
        ("email", _, Some(m)) => {
            let start = d
                .appointment
                .as_ref()
                .and_then(|a| DateTime::from_timestamp(a.starts_at, 0));
            let appointment = match (&d.appointment, start) {
                (Some(a), Some(start)) => Some(IcsAppointment {
                    id: a.id,
                    start,
                    minutes: a.minutes,
                    summary: &d.subject,
                    location: &a.place_text,
                    description: &d.body,
                    organizer_name: "",
                    organizer_email: None,
                }),
                _ => None,
            };
            let e = Email {
                idempotency_key: &d.idempotency_key,
                to: &d.recipient,
                subject: &d.subject,
                body: &d.body,
                appointment,
            };
            m.send(&e, now).await.map(Some)
        }
        _ => Err(SendError::Config("channel not configured".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap_with_jitter_in_the_upper_half() {
        let p = RetryPolicy {
            base: Duration::from_secs(60),
            factor: 2,
            cap: Duration::from_secs(600),
            max_attempts: 10,
            max_age: Duration::from_secs(3600),
        };
        assert_eq!(p.backoff(1, 1.0), Duration::from_secs(60));
        assert_eq!(p.backoff(1, 0.0), Duration::from_secs(30));
        assert_eq!(p.backoff(2, 1.0), Duration::from_secs(120));
        assert_eq!(p.backoff(3, 1.0), Duration::from_secs(240));
        assert_eq!(p.backoff(5, 1.0), Duration::from_secs(600));
        assert_eq!(p.backoff(60, 0.0), Duration::from_secs(300));
    }
}
