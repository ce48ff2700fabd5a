#![allow(clippy::unwrap_used)]
//! The integration test binary. Each test gets a fresh database on the backend named
//! by `GUICHET_TEST_DATABASE` (`sqlite`, the default, or `postgres` with
//! `GUICHET_TEST_DATABASE_URL`), and a real server on a random loopback port.

mod helpers;

mod access;
mod access_log;
mod admin;
mod appointment_days;
mod appointments;
mod assignment;
mod assistance;
mod audit;
mod backup;
mod booking_edges;
mod break_glass;
mod calendar;
mod cli;
mod consents;
mod demo;
mod desk;
mod directory;
mod disconnect;
mod durability;
mod failed_sign_ins;
mod fault;
mod guide;
mod hsds_api;
mod keyed_log;
mod limits;
mod lost_updates;
mod matrix;
mod merge;
mod notes;
mod observatory;
mod outbox;
mod paper_edges;
mod paper_tray;
mod person_edges;
mod person_edit;
mod persons;
mod printouts;
mod report;
mod requests;
mod retention;
mod security;
mod sessions;
mod settings;
mod signin;
mod skills;
mod staff_messages;
mod store;
mod templates;
mod words_edges;
