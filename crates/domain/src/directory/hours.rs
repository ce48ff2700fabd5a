//! Opening hours people can trust (being written).
