//! What guichet hands to people and to their tools: iCalendar files (pure functions), and
//! the delivery of the outbox: email over SMTP, SMS through an HTTP gateway, and the
//! worker that sends them.

pub mod email;
pub mod ics;
pub mod sms;
pub mod templates;
pub mod worker;
