//! The `guichet` command: configuration, subcommands and the demo data.

pub mod cli;
pub mod config;
pub mod demo;
