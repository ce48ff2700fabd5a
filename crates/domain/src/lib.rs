//! Pure types and rules of guichet. No I/O: time comes in through a [`Clock`],
//! so every rule can be tested with a fixed date.

pub mod appointment;
pub mod assistance;
pub mod audit;
pub mod calendar;
pub mod clock;
pub mod consent;
pub mod contact;
pub mod digcomp;
pub mod directory;
pub mod envelope;
pub mod guide;
pub mod household;
pub mod ids;
pub mod lang;
pub mod mandate;
pub mod matching;
pub mod names;
pub mod niss;
pub mod note;
pub mod observatory;
pub mod org;
pub mod person;
pub mod policy;
pub mod postcodes;
pub mod quiet_hours;
pub mod readability;
pub mod referral;
pub mod request;
pub mod retention;
pub mod role;
pub mod sms;
pub mod staff_time;
pub mod text;
pub mod throttle;
pub mod topics;
pub mod training;
pub mod user;

pub use clock::{Clock, FixedClock, SystemClock};
pub use lang::Lang;
pub use policy::{Actor, Grant, PersonAccess, Relation};
pub use role::{Role, RoleSet};

#[cfg(test)]
mod properties;
