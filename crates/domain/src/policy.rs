//! The one place where access decisions are taken.
//!
//! The store calls these functions with the acting staff member on every read of
//! person data; route guards use the same functions to decide what to show.
//! Default answer: no.

use crate::ids::{TeamId, UserId};
use crate::role::{Role, RoleSet};

/// The staff member doing something, as the policy needs to know them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: UserId,
    pub roles: RoleSet,
    pub teams: Vec<TeamId>,
}

/// What an actor may see of person files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonAccess {
    /// No person data at all (administrators, the DPO, coordinators, accounts without a
    /// front-line role).
    None,
    /// Persons followed by one of these teams.
    FollowedBy(Vec<TeamId>),
}

/// Roles whose work is with persons. Only they may ever see person data.
const FRONTLINE: [Role; 3] = [Role::Reception, Role::SocialWorker, Role::HealthWorker];

impl Actor {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(role)
    }

    fn is_frontline(&self) -> bool {
        FRONTLINE.iter().any(|r| self.roles.contains(*r))
    }

    /// Which person files this actor may open.
    ///
    /// Separation of duties: holding a front-line role is required, and an account
    /// that also holds the administrator role gets nothing — the person who creates
    /// accounts must not be able to read files.
    pub fn person_access(&self) -> PersonAccess {
        if self.has(Role::Admin) || !self.is_frontline() || self.teams.is_empty() {
            return PersonAccess::None;
        }
        PersonAccess::FollowedBy(self.teams.clone())
    }

    /// May this actor open a file followed by these teams?
    pub fn may_read_person(&self, following_teams: &[TeamId]) -> bool {
        match self.person_access() {
            PersonAccess::None => false,
            PersonAccess::FollowedBy(mine) => following_teams.iter().any(|t| mine.contains(t)),
        }
    }

    /// May this actor open a new file followed by `team`? Only front-line staff, for one
    /// of their own teams.
    pub fn may_create_person_for(&self, team: TeamId) -> bool {
        matches!(self.person_access(), PersonAccess::FollowedBy(mine) if mine.contains(&team))
    }

    /// May this actor merge two files of the same person? Only front-line staff of a team
    /// following each file: `a_teams` and `b_teams` are the teams that follow each file.
    pub fn may_merge_persons(&self, a_teams: &[TeamId], b_teams: &[TeamId]) -> bool {
        self.may_read_person(a_teams) && self.may_read_person(b_teams)
    }

    /// Accounts, sites, services, teams and settings.
    pub fn may_administer(&self) -> bool {
        self.has(Role::Admin)
    }

    /// The list of staff with their roles and teams (an access-rights review).
    pub fn may_review_access_rights(&self) -> bool {
        self.has(Role::Dpo) || self.has(Role::Admin)
    }

    /// Team composition and services, without any person data.
    pub fn may_see_team_overview(&self) -> bool {
        self.has(Role::Coordinator) || self.has(Role::Admin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(roles: &[Role], teams: &[i64]) -> Actor {
        Actor {
            user_id: UserId::new(1),
            roles: roles.iter().copied().collect(),
            teams: teams.iter().copied().map(TeamId::new).collect(),
        }
    }

    #[test]
    fn frontline_staff_see_persons_their_team_follows_only() {
        let worker = actor(&[Role::SocialWorker], &[1]);
        assert!(worker.may_read_person(&[TeamId::new(1), TeamId::new(2)]));
        assert!(!worker.may_read_person(&[TeamId::new(2)]));
        assert!(!worker.may_read_person(&[]));
    }

    #[test]
    fn administrators_never_see_person_data_even_in_a_team() {
        let admin = actor(&[Role::Admin], &[1]);
        assert_eq!(admin.person_access(), PersonAccess::None);
        let admin_and_worker = actor(&[Role::Admin, Role::SocialWorker], &[1]);
        assert!(!admin_and_worker.may_read_person(&[TeamId::new(1)]));
    }

    #[test]
    fn coordinators_and_dpo_see_no_person_files() {
        for role in [Role::Coordinator, Role::Dpo] {
            let a = actor(&[role], &[1]);
            assert!(!a.may_read_person(&[TeamId::new(1)]), "{role:?}");
        }
    }

    #[test]
    fn files_are_created_for_ones_own_team_only_and_never_by_an_administrator() {
        let reception = actor(&[Role::Reception], &[1]);
        assert!(reception.may_create_person_for(TeamId::new(1)));
        assert!(!reception.may_create_person_for(TeamId::new(2)));
        assert!(!actor(&[Role::Admin], &[1]).may_create_person_for(TeamId::new(1)));
        assert!(!actor(&[Role::Coordinator], &[1]).may_create_person_for(TeamId::new(1)));
    }

    #[test]
    fn only_front_line_staff_following_both_files_may_merge_them() {
        let worker = actor(&[Role::Reception], &[1]);
        let (t1, t2) = ([TeamId::new(1)], [TeamId::new(2)]);
        assert!(worker.may_merge_persons(&t1, &t1));
        assert!(!worker.may_merge_persons(&t1, &t2));
        assert!(!actor(&[Role::Coordinator], &[1]).may_merge_persons(&t1, &t1));
    }

    #[test]
    fn frontline_without_team_sees_nothing() {
        assert_eq!(
            actor(&[Role::Reception], &[]).person_access(),
            PersonAccess::None
        );
    }
}
