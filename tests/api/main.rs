#![allow(clippy::unwrap_used)]
//! The integration test binary. Each test gets a fresh database on the backend named
//! by `GUICHET_TEST_DATABASE` (`sqlite`, the default, or `postgres` with
//! `GUICHET_TEST_DATABASE_URL`), and a real server on a random loopback port.

mod helpers;

mod access;
mod admin;
mod appointments;
mod cli;
mod merge;
mod persons;
mod requests;
mod security;
mod sessions;
mod signin;
mod store;
