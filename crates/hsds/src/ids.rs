//! Ids on the way out: HSDS wants UUIDs (`format: uuid`) where guichet may hold other
//! text (data·inclusion ids such as `dora--42`, rows made from OpenStreetMap hours such as
//! `…--horaires-1`, or nothing at all for a row typed at the desk). Such ids are replaced by
//! name-based UUIDs (RFC 9562 version 5, SHA-1) in guichet's namespace, so the same
//! directory always exports the same ids.

use sha1::{Digest, Sha1};

/// guichet's UUID namespace: every UUID this crate makes is `uuid5(NAMESPACE, name)`.
pub const NAMESPACE: &str = "1aa215ea-4c26-45e2-9d16-3b3e846cd4a1";

/// The 16 bytes of a UUID written `8-4-4-4-12` in hexadecimal (either case).
fn uuid_bytes(s: &str) -> Option<[u8; 16]> {
    let b = s.as_bytes();
    if b.len() != 36 {
        return None;
    }
    let mut digits = Vec::with_capacity(32);
    for (i, &c) in b.iter().enumerate() {
        if matches!(i, 8 | 13 | 18 | 23) {
            if c != b'-' {
                return None;
            }
        } else {
            digits.push(hex(c)?);
        }
    }
    let mut out = [0u8; 16];
    for (o, pair) in out.iter_mut().zip(digits.chunks_exact(2)) {
        *o = pair[0] << 4 | pair[1];
    }
    Some(out)
}

fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Whether `s` is written as a UUID (`8-4-4-4-12` hexadecimal digits).
pub fn is_uuid(s: &str) -> bool {
    uuid_bytes(s).is_some()
}

/// `uuid5(NAMESPACE, name)`, in lowercase: the same as Python's
/// `uuid.uuid5(uuid.UUID(NAMESPACE), name)`.
pub fn uuid5(name: &str) -> String {
    let ns = uuid_bytes(NAMESPACE).unwrap_or_default();
    let mut h = Sha1::new();
    h.update(ns);
    h.update(name.as_bytes());
    let digest = h.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let mut s = String::with_capacity(36);
    for (i, byte) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        s.push_str(&format!("{byte:02x}"));
    }
    s
}

/// The exported id of a record of table `kind` (`service`, `location`…): its own id when
/// that is a UUID, else `uuid5("{kind}:{id}")`. References to it (a service's
/// `organization_id`…) are mapped the same way, so they still meet.
pub fn out_id(kind: &str, id: &str) -> String {
    if is_uuid(id) {
        id.to_owned()
    } else {
        uuid5(&format!("{kind}:{id}"))
    }
}

/// The exported id of a row that belongs to a parent (a phone, a schedule…): its own id
/// when that is a UUID, else `uuid5("{role}:{parent}:{id}")`, or
/// `uuid5("{role}:{parent}:#{index}")` when it has no id. `parent` is the parent's
/// exported id.
pub fn child_id(id: &str, parent: &str, role: &str, index: usize) -> String {
    if is_uuid(id) {
        id.to_owned()
    } else if id.trim().is_empty() {
        uuid5(&format!("{role}:{parent}:#{index}"))
    } else {
        uuid5(&format!("{role}:{parent}:{id}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid5_is_the_standard_one() {
        // python3 -c "import uuid; print(uuid.uuid5(uuid.UUID('1aa2…'), 'test:hello'))"
        assert_eq!(uuid5("test:hello"), "18068feb-0096-5280-b719-96bbcaf44095");
        assert!(is_uuid(&uuid5("")));
    }

    #[test]
    fn uuids_are_recognised() {
        assert!(is_uuid("ac148810-d857-441c-9679-408f346de14b"));
        assert!(is_uuid("AC148810-D857-441C-9679-408F346DE14B"));
        for not in [
            "",
            "dora--42",
            "ac148810-d857-441c-9679-408f346de14",
            "ac148810-d857-441c-9679-408f346de14bb",
            "ac148810d857-441c-9679-408f346de14bbb",
            "ac148810-d857-441c-9679-408f346de14g",
            "ac14881--d857-441c-9679-408f346de14b",
        ] {
            assert!(!is_uuid(not), "{not}");
        }
    }

    #[test]
    fn ids_that_are_not_uuids_get_stable_ones() {
        let id = "ac148810-d857-441c-9679-408f346de14b";
        assert_eq!(out_id("service", id), id);
        let a = out_id("service", "dora--42");
        assert!(is_uuid(&a));
        assert_eq!(a, out_id("service", "dora--42"));
        assert_ne!(a, out_id("location", "dora--42"));
        let p = child_id("x-1", &a, "schedule", 0);
        assert!(is_uuid(&p));
        assert_ne!(
            p,
            child_id("x-1", &out_id("service", "dora--43"), "schedule", 0)
        );
        assert_ne!(child_id("", &a, "phone", 0), child_id("", &a, "phone", 1));
        assert_eq!(child_id(id, &a, "phone", 3), id);
    }
}
