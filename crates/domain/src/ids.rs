//! One id type per entity, so a team id can never be passed where a person id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! typed_id {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            pub const fn new(raw: i64) -> Self {
                Self(raw)
            }
            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map(Self)
            }
        }
    )*};
}

typed_id!(
    /// A staff account.
    UserId,
    /// A place where people are received.
    SiteId,
    /// A service offered at a site (general social service, debt mediation, home care…).
    ServiceId,
    /// A team working in a service.
    TeamId,
    /// A person (beneficiary) known to the organisation.
    PersonId,
    /// A request (demande) made by or for a person.
    RequestId,
    /// A message waiting in, or sent from, the outbox.
    MessageId,
    /// An appointment with a person.
    AppointmentId,
    /// A task for staff, such as calling someone back.
    TaskId,
    /// A note in a person's journal.
    NoteId,
    /// A batch of letters printed together from the paper tray.
    BatchId,
);
