//! Staff roles. One person may hold several.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    Reception,
    SocialWorker,
    HealthWorker,
    Coordinator,
    Dpo,
    Admin,
    /// Volunteers of a digital-help desk: they record anonymous acts of digital help and
    /// use the directory, and see no person data at all.
    Volunteer,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Reception,
        Role::SocialWorker,
        Role::HealthWorker,
        Role::Coordinator,
        Role::Dpo,
        Role::Admin,
        Role::Volunteer,
    ];

    /// Stable code used in the database, forms and the demo listing.
    pub fn code(self) -> &'static str {
        match self {
            Role::Reception => "reception",
            Role::SocialWorker => "social-worker",
            Role::HealthWorker => "health-worker",
            Role::Coordinator => "coordinator",
            Role::Dpo => "dpo",
            Role::Admin => "admin",
            Role::Volunteer => "volunteer",
        }
    }

    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of roles, cheap to copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct RoleSet(u8);

impl RoleSet {
    pub fn empty() -> Self {
        Self(0)
    }

    pub fn with(mut self, role: Role) -> Self {
        self.0 |= role.bit();
        self
    }

    pub fn insert(&mut self, role: Role) {
        self.0 |= role.bit();
    }

    pub fn contains(self, role: Role) -> bool {
        self.0 & role.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Role> {
        Role::ALL.into_iter().filter(move |r| self.contains(*r))
    }
}

impl FromIterator<Role> for RoleSet {
    fn from_iter<I: IntoIterator<Item = Role>>(iter: I) -> Self {
        let mut set = RoleSet::empty();
        for r in iter {
            set.insert(r);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.code()), Some(r));
        }
        assert_eq!(Role::parse("superuser"), None);
    }

    #[test]
    fn set_holds_several_roles() {
        let set: RoleSet = [Role::Reception, Role::Coordinator].into_iter().collect();
        assert!(set.contains(Role::Reception));
        assert!(set.contains(Role::Coordinator));
        assert!(!set.contains(Role::Admin));
        assert_eq!(set.iter().count(), 2);
    }
}
