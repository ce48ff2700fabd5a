//! How long a referral waits for an answer, and when the receiving team is reminded.
//! Pure rules; the store keeps the coordinator's choice, the desk applies it.

/// The two delays of a referral, in days: it expires `expire_days` after it was sent,
/// and the receiving team is reminded once it has waited `remind_days`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delays {
    pub expire_days: u32,
    pub remind_days: u32,
}

impl Default for Delays {
    /// 30 days to answer, a reminder after 10.
    fn default() -> Self {
        Delays {
            expire_days: 30,
            remind_days: 10,
        }
    }
}

/// Shortest and longest wait before a referral expires, in days: at least a week (a
/// service open one morning a week must be able to answer), at most a quarter.
pub const EXPIRE_BOUNDS: (u32, u32) = (7, 90);

/// Why typed delays were refused, per field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DelayError {
    /// Empty, not a number, or not a whole number of days.
    NotWholeDays,
    /// Outside the bounds for this field.
    OutOfRange { min: u32, max: u32 },
}

impl std::fmt::Display for DelayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DelayError::NotWholeDays => write!(f, "type a whole number of days, e.g. 30"),
            DelayError::OutOfRange { min, max } => write!(f, "between {min} and {max} days"),
        }
    }
}

impl std::error::Error for DelayError {}

fn days(typed: &str) -> Result<u32, DelayError> {
    let typed = typed.trim();
    if typed.is_empty() || !typed.chars().all(|c| c.is_ascii_digit()) {
        return Err(DelayError::NotWholeDays);
    }
    // Only digits: the only failure is a number too large, which is out of range anyway.
    Ok(typed.parse().unwrap_or(u32::MAX))
}

impl Delays {
    /// Reads both delays as typed. The reminder comes at least a day after sending and
    /// at least a day before expiry, so that it can still be acted on. Each field gets
    /// its own error (the expiry's first: the reminder's bounds depend on it).
    pub fn parse(
        expire: &str,
        remind: &str,
    ) -> Result<Delays, (Option<DelayError>, Option<DelayError>)> {
        let (lo, hi) = EXPIRE_BOUNDS;
        let expire = days(expire).and_then(|d| {
            if (lo..=hi).contains(&d) {
                Ok(d)
            } else {
                Err(DelayError::OutOfRange { min: lo, max: hi })
            }
        });
        let remind_max = expire.as_ref().map_or(hi - 1, |e| e - 1);
        let remind = days(remind).and_then(|d| {
            if (1..=remind_max).contains(&d) {
                Ok(d)
            } else {
                Err(DelayError::OutOfRange {
                    min: 1,
                    max: remind_max,
                })
            }
        });
        match (expire, remind) {
            (Ok(expire_days), Ok(remind_days)) => Ok(Delays {
                expire_days,
                remind_days,
            }),
            (e, r) => Err((e.err(), r.err())),
        }
    }

    /// When a referral sent at `sent_at` (Unix seconds) expires.
    pub fn expires_at(&self, sent_at: i64) -> i64 {
        sent_at + i64::from(self.expire_days) * 86_400
    }

    /// Whether a referral waiting for `days_waiting` whole days calls for a reminder.
    pub fn remind(&self, days_waiting: i64) -> bool {
        days_waiting >= i64::from(self.remind_days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_delays_are_read_within_their_bounds() {
        assert_eq!(
            Delays::parse(" 45 ", "14"),
            Ok(Delays {
                expire_days: 45,
                remind_days: 14
            })
        );
        assert_eq!(
            Delays::parse("6", "3"),
            Err((Some(DelayError::OutOfRange { min: 7, max: 90 }), None))
        );
        assert_eq!(
            Delays::parse("trente", ""),
            Err((
                Some(DelayError::NotWholeDays),
                Some(DelayError::NotWholeDays)
            ))
        );
        // The reminder must come before the expiry.
        assert_eq!(
            Delays::parse("20", "20"),
            Err((None, Some(DelayError::OutOfRange { min: 1, max: 19 })))
        );
        assert_eq!(
            Delays::parse("20", "0"),
            Err((None, Some(DelayError::OutOfRange { min: 1, max: 19 })))
        );
        assert!(Delays::parse("99999999999", "5").is_err());
    }

    #[test]
    fn expiry_and_reminder_follow_the_delays() {
        let d = Delays::default();
        assert_eq!(d.expires_at(1_000), 1_000 + 30 * 86_400);
        assert!(!d.remind(9));
        assert!(d.remind(10));
    }
}
