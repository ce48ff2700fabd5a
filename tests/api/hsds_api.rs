//! The read-only HSDS API (being written).
