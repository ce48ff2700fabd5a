//! Consent per purpose: what the person agreed to, when, how — and its withdrawal.
//! A purpose is granted when its latest record is given and not withdrawn.

/// What the person may agree to, each on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Purpose {
    /// Messages and reminders by SMS.
    Sms,
    /// Messages by email.
    Email,
    /// Sharing the minimum with another service when orienting the person.
    ShareWithServices,
    /// Storing health notes.
    HealthData,
}

impl Purpose {
    pub const ALL: [Purpose; 4] = [
        Purpose::Sms,
        Purpose::Email,
        Purpose::ShareWithServices,
        Purpose::HealthData,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Purpose::Sms => "sms",
            Purpose::Email => "email",
            Purpose::ShareWithServices => "share-with-services",
            Purpose::HealthData => "health-data",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// How the person gave or withdrew a consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum How {
    /// Orally at the desk.
    Desk,
    /// On signed paper.
    Paper,
    Phone,
    Email,
}

impl How {
    pub const ALL: [How; 4] = [How::Desk, How::Paper, How::Phone, How::Email];

    pub fn code(self) -> &'static str {
        match self {
            How::Desk => "desk",
            How::Paper => "paper",
            How::Phone => "phone",
            How::Email => "email",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|h| h.code() == code)
    }
}

/// One consent as recorded: given once, perhaps withdrawn later. Giving again after a
/// withdrawal is a new record, so the history stays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentRecord {
    pub id: i64,
    pub purpose: Purpose,
    /// UTC Unix seconds.
    pub given_at: i64,
    pub given_how: How,
    pub withdrawn: Option<(i64, How)>,
}

impl ConsentRecord {
    pub fn is_withdrawn(&self) -> bool {
        self.withdrawn.is_some()
    }
}

/// The latest record of a purpose (by date given, then by order of recording).
pub fn latest(records: &[ConsentRecord], purpose: Purpose) -> Option<&ConsentRecord> {
    records
        .iter()
        .filter(|r| r.purpose == purpose)
        .max_by_key(|r| (r.given_at, r.id))
}

/// A purpose is granted when its latest record is given and not withdrawn.
pub fn is_granted(records: &[ConsentRecord], purpose: Purpose) -> bool {
    latest(records, purpose).is_some_and(|r| !r.is_withdrawn())
}

/// The purposes granted now, in the order of [`Purpose::ALL`].
pub fn granted(records: &[ConsentRecord]) -> Vec<Purpose> {
    Purpose::ALL
        .into_iter()
        .filter(|p| is_granted(records, *p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: i64, purpose: Purpose, given_at: i64, withdrawn_at: Option<i64>) -> ConsentRecord {
        ConsentRecord {
            id,
            purpose,
            given_at,
            given_how: How::Desk,
            withdrawn: withdrawn_at.map(|at| (at, How::Phone)),
        }
    }

    #[test]
    fn codes_round_trip() {
        for p in Purpose::ALL {
            assert_eq!(Purpose::parse(p.code()), Some(p));
        }
        for h in How::ALL {
            assert_eq!(How::parse(h.code()), Some(h));
        }
        assert_eq!(Purpose::parse("marketing"), None);
        assert_eq!(How::parse(""), None);
    }

    #[test]
    fn a_purpose_is_granted_when_its_latest_record_is_given_and_not_withdrawn() {
        assert!(!is_granted(&[], Purpose::Sms));
        let given = [rec(1, Purpose::Sms, 100, None)];
        assert!(is_granted(&given, Purpose::Sms));
        assert!(!is_granted(&given, Purpose::Email), "one purpose at a time");
        let withdrawn = [rec(1, Purpose::Sms, 100, Some(200))];
        assert!(!is_granted(&withdrawn, Purpose::Sms));
        // Given again after the withdrawal: a new record, the latest one counts.
        let again = [
            rec(2, Purpose::Sms, 300, None),
            rec(1, Purpose::Sms, 100, Some(200)),
        ];
        assert!(is_granted(&again, Purpose::Sms));
        assert_eq!(granted(&again), vec![Purpose::Sms]);
        // Withdrawn again.
        let twice = [
            rec(1, Purpose::Sms, 100, Some(200)),
            rec(2, Purpose::Sms, 300, Some(400)),
        ];
        assert!(!is_granted(&twice, Purpose::Sms));
    }

    #[test]
    fn the_same_second_is_decided_by_the_order_of_recording() {
        let records = [
            rec(2, Purpose::Email, 100, None),
            rec(1, Purpose::Email, 100, Some(100)),
        ];
        assert!(is_granted(&records, Purpose::Email));
    }
}
