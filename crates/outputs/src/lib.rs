//! What guichet hands to people and to their tools, as files: iCalendar for now.
//! Pure functions: no I/O, time passed in.

pub mod ics;
pub mod templates;
