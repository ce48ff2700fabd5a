//! guichet's application layer: what the desk *does*, one public function per use case,
//! grouped by capability (`appointments`, `messages`, …). A use case takes the desk (the
//! database, the clock, the words), the acting staff member and values already parsed into
//! domain types; it returns a typed outcome or a [`DeskError`] that says what went wrong in
//! terms a person can act on. No HTTP, no pages: the web crate parses a form, calls one use
//! case and renders what it returns.
//!
//! A use case that writes more than once does it in one unit of work ([`Desk::begin`]):
//! all of it is kept, or none. In it: registering a person and how to reach them,
//! consents, recording and acknowledging a request, booking with the confirmation and
//! the reminders, notes, households, the person's report, export and erasure, and the
//! messages; the paper tray, retention, settings and administration are not moved yet.

pub mod appointments;
pub mod assistance;
pub mod audit;
pub mod consents;
pub mod directory;
pub mod disconnect;
pub mod error;
pub mod guide;
pub mod households;
pub mod journal;
pub mod mandates;
pub mod messages;
pub mod observatory;
pub mod persons;
pub mod privacy;
pub mod referrals;
pub mod requests;
pub mod skills;

pub use error::DeskError;

use chrono::{DateTime, Utc};
use guichet_domain::clock::Clock;
use guichet_store::{Db, StoreError, Work};
use guichet_words::I18n;
use std::sync::Arc;

/// What every use case works with: the database, the clock and the words messages are
/// written with. Cheap to clone.
#[derive(Clone)]
pub struct Desk {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub words: Arc<I18n>,
}

impl Desk {
    pub fn new(db: Db, clock: Arc<dyn Clock>, words: Arc<I18n>) -> Self {
        Self { db, clock, words }
    }

    /// The same desk inside a unit of work: everything it writes is kept by
    /// [`Work::commit`], or nothing if the use case returns before. Each use case that
    /// writes begins one, so a request is never left recorded without its acknowledgement,
    /// nor an appointment booked without its reminders. Inside another use case's unit,
    /// it is part of that one.
    pub async fn begin(&self) -> Result<(Desk, Work), StoreError> {
        let (db, work) = self.db.begin_work().await?;
        Ok((
            Desk {
                db,
                clock: self.clock.clone(),
                words: self.words.clone(),
            },
            work,
        ))
    }

    /// Now, by the desk's clock (a fixed one in the tests).
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }
}
