//! The read-only HSDS 3.0 API of the directory (being written).
