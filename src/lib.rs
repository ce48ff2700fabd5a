//! The `guichet` command: configuration, subcommands and the demo data.

pub mod backup;
pub mod bench;
pub mod bench_data;
pub mod cli;
pub mod config;
pub mod demo;
pub mod demo_audit;
pub mod demo_clock;
pub mod demo_directory;
pub mod demo_guide;
pub mod demo_observatory;
pub mod demo_skills;
pub mod log_key;
