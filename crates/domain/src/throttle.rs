//! Sign-in throttling: slow an attacker down without letting anyone lock a colleague out.
//!
//! The rule (also in docs/security.md):
//! - Failures are counted over a 15-minute window, per account, per network address,
//!   and per (account, browser) pair.
//! - A browser on which the account signed in successfully before (a "known device",
//!   remembered by a long-lived random cookie) is judged only by its own failures for
//!   that account. Someone hammering a colleague's account from elsewhere therefore
//!   never stops the colleague from signing in at their usual desk.
//! - Any other browser is judged by the account's failures and the address's failures.
//! - Below the free allowance nothing happens; beyond it each attempt must wait
//!   30 s × 2^(excess), capped at 15 minutes, after the last failure. No account is
//!   ever locked: waiting is always enough.

/// Counts of recent failures and when the last one happened (Unix seconds).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Failures {
    pub count: i64,
    pub last_at: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Try again after this many seconds.
    Wait(i64),
}

pub const WINDOW_SECS: i64 = 15 * 60;
pub const FREE_PER_ACCOUNT: i64 = 5;
pub const FREE_PER_ADDRESS: i64 = 20;
pub const FREE_PER_KNOWN_DEVICE: i64 = 10;
const BASE_DELAY_SECS: i64 = 30;
const MAX_DELAY_SECS: i64 = 15 * 60;

fn wait_for(f: Failures, free: i64, now: i64) -> i64 {
    if f.count < free {
        return 0;
    }
    let excess = (f.count - free).min(10) as u32;
    let delay = (BASE_DELAY_SECS << excess).min(MAX_DELAY_SECS);
    let since = now - f.last_at.unwrap_or(now);
    (delay - since).max(0)
}

/// Decides whether a sign-in attempt may be checked now.
pub fn decide(
    now: i64,
    known_device: bool,
    device: Failures,
    account: Failures,
    address: Failures,
) -> Decision {
    let wait = if known_device {
        wait_for(device, FREE_PER_KNOWN_DEVICE, now)
    } else {
        wait_for(account, FREE_PER_ACCOUNT, now).max(wait_for(address, FREE_PER_ADDRESS, now))
    };
    if wait > 0 {
        Decision::Wait(wait)
    } else {
        Decision::Allow
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(count: i64, last_at: i64) -> Failures {
        Failures {
            count,
            last_at: Some(last_at),
        }
    }

    #[test]
    fn a_few_typos_cost_nothing() {
        let none = Failures::default();
        assert_eq!(
            decide(100, false, none, f(4, 100), f(4, 100)),
            Decision::Allow
        );
    }

    #[test]
    fn repeated_failures_on_an_account_slow_down_unknown_browsers() {
        let none = Failures::default();
        assert_eq!(
            decide(100, false, none, f(5, 100), none),
            Decision::Wait(30)
        );
        assert_eq!(
            decide(110, false, none, f(6, 100), none),
            Decision::Wait(50)
        );
        assert_eq!(decide(200, false, none, f(6, 100), none), Decision::Allow);
        assert_eq!(
            decide(100, false, none, f(40, 100), none),
            Decision::Wait(900)
        );
    }

    #[test]
    fn the_colleague_at_her_usual_desk_is_never_slowed_by_an_attacker() {
        let attack = f(500, 100);
        assert_eq!(
            decide(100, true, Failures::default(), attack, attack),
            Decision::Allow
        );
    }

    #[test]
    fn a_known_browser_is_still_slowed_by_its_own_failures() {
        assert_eq!(
            decide(
                100,
                true,
                f(10, 100),
                Failures::default(),
                Failures::default()
            ),
            Decision::Wait(30)
        );
    }

    #[test]
    fn a_busy_address_gets_a_larger_allowance() {
        let none = Failures::default();
        assert_eq!(decide(100, false, none, none, f(19, 100)), Decision::Allow);
        assert_eq!(
            decide(100, false, none, none, f(20, 100)),
            Decision::Wait(30)
        );
    }
}
