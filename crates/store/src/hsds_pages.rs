//! Pages of directory entries for the HSDS API (being written).
