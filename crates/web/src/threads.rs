//! Work that takes a core and a lot of memory for a moment runs on a few threads of its
//! own, never on the async workers nor on tokio's blocking pool (which grows to hundreds
//! of threads): password hashing (argon2id, 19 MiB each) and PDF layout (typst). A burst
//! waits its turn instead of running all at once, and the memory the allocator keeps after
//! such work stays with those few threads (docs/benchmarks.md, "Memory while printing").

use std::sync::mpsc::Sender;
use std::sync::{Arc, LazyLock, Mutex};

type Job = Box<dyn FnOnce() + Send>;

/// A queue served by its own threads; `None` if they could not be started.
pub struct Threads(LazyLock<Option<Sender<Job>>>);

/// How many passwords are hashed or checked at the same time.
pub static HASHING: Threads = Threads(LazyLock::new(|| start("password", 2)));

/// How many PDFs are laid out at the same time.
pub static PRINTING: Threads = Threads(LazyLock::new(|| start("printing", 2)));

fn start(name: &str, count: usize) -> Option<Sender<Job>> {
    let (tx, rx) = std::sync::mpsc::channel::<Job>();
    let rx = Arc::new(Mutex::new(rx));
    for i in 0..count {
        let rx = rx.clone();
        let started = std::thread::Builder::new()
            .name(format!("{name}-{i}"))
            .spawn(move || loop {
                // The queue is locked only while waiting for the next job.
                let job = match rx.lock() {
                    Ok(queue) => queue.recv(),
                    Err(_) => return,
                };
                match job {
                    Ok(job) => job(),
                    Err(_) => return,
                }
            });
        if started.is_err() {
            return None;
        }
    }
    Some(tx)
}

/// The work could not be done: its thread stopped (a panic) before answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the worker thread stopped before answering")]
pub struct Stopped;

impl Threads {
    /// Runs `f` on one of these threads (or, if they could not start, on the blocking
    /// pool) and waits for its answer without holding an async worker.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Stopped> {
        let (done, result) = tokio::sync::oneshot::channel();
        let mut job: Job = Box::new(move || {
            let _ = done.send(f());
        });
        if let Some(queue) = self.0.as_ref() {
            match queue.send(job) {
                Ok(()) => return result.await.map_err(|_| Stopped),
                Err(std::sync::mpsc::SendError(back)) => job = back,
            }
        }
        tokio::task::spawn_blocking(job)
            .await
            .map_err(|_| Stopped)?;
        result.await.map_err(|_| Stopped)
    }
}
