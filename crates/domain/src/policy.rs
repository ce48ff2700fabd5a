//! The one place where access decisions are taken.
//!
//! The store calls these functions with the acting staff member on every read of
//! person data; route guards use the same functions to decide what to show.
//! Default answer: no.
//!
//! The one exception: the outbox worker (`guichet_store::outbox`) is not a staff member
//! and reads the recipient and text of messages without an Actor, only to deliver what
//! someone with access already queued; it never searches or lists person files.

use crate::ids::{PersonId, TeamId, UserId};
use crate::note::Compartment;
use crate::role::{Role, RoleSet};

/// The staff member doing something, as the policy needs to know them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: UserId,
    pub roles: RoleSet,
    pub teams: Vec<TeamId>,
    /// The files this actor opened with a written reason (break-glass) and still may
    /// read: only unexpired grants are loaded when the actor is built for a request.
    pub break_glass: Vec<Grant>,
}

/// A break-glass access: a file opened with a reason, readable until `until` (UTC
/// Unix seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grant {
    pub person: PersonId,
    pub until: i64,
}

/// How long a break-glass access lasts.
pub const BREAK_GLASS_SECS: i64 = 24 * 60 * 60;

/// The shortest reason accepted for a break-glass access, in characters.
pub const BREAK_GLASS_MIN_REASON: usize = 10;

/// Why an actor may see one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// One of the actor's teams follows the person.
    Follows,
    /// The actor opened the file with a reason, until this time.
    BreakGlass { until: i64 },
    /// The actor may not see the file.
    None,
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

    /// Reception, social or health worker (those who meet persons and have a diary).
    pub fn is_frontline(&self) -> bool {
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

    /// May this actor open a file they do not follow by giving a reason (break-glass)?
    /// Front-line staff only; never an account that also administers, and never
    /// coordinators or the DPO (they see no person data at all).
    pub fn may_break_glass(&self) -> bool {
        !self.has(Role::Admin) && self.is_frontline()
    }

    /// The unexpired break-glass grant this actor holds for a person, if any (and only
    /// while the actor may break glass at all).
    pub fn grant_for(&self, person: PersonId) -> Option<Grant> {
        if !self.may_break_glass() {
            return None;
        }
        self.break_glass
            .iter()
            .filter(|g| g.person == person)
            .max_by_key(|g| g.until)
            .copied()
    }

    /// The persons whose files this actor holds a break-glass grant for. They are
    /// readable one by one, never listed or searched.
    pub fn break_glass_persons(&self) -> Vec<PersonId> {
        if !self.may_break_glass() {
            return Vec::new();
        }
        self.break_glass.iter().map(|g| g.person).collect()
    }

    /// Why this actor may see a person's file followed by `following_teams` (all the
    /// teams that follow it): following first, then a break-glass grant.
    pub fn relation(&self, person: PersonId, following_teams: &[TeamId]) -> Relation {
        if self.may_read_person(following_teams) {
            return Relation::Follows;
        }
        match self.grant_for(person) {
            Some(g) => Relation::BreakGlass { until: g.until },
            None => Relation::None,
        }
    }

    /// May this actor open a file followed by these teams?
    pub fn may_read_person(&self, following_teams: &[TeamId]) -> bool {
        match self.person_access() {
            PersonAccess::None => false,
            PersonAccess::FollowedBy(mine) => following_teams.iter().any(|t| mine.contains(t)),
        }
    }

    /// May this actor refer a person whose file they opened to another service? Front-line
    /// staff who follow the file (a break-glass reading is for looking, not for sending
    /// the person's data elsewhere).
    pub fn may_refer(&self, relation: Relation) -> bool {
        self.is_frontline() && relation == Relation::Follows
    }

    /// May this actor read and answer the referrals addressed to `team` (the minimal
    /// packet the sender chose, never the file)? Front-line members of that team.
    pub fn may_answer_referrals_of(&self, team: TeamId) -> bool {
        matches!(self.person_access(), PersonAccess::FollowedBy(mine) if mine.contains(&team))
    }

    /// May this actor keep the listings of the directory that `team` runs (say they were
    /// checked)? Front-line members of that team, as for its referrals.
    pub fn may_keep_listings_of(&self, team: TeamId) -> bool {
        self.may_answer_referrals_of(team)
    }

    /// May this actor import listings into the directory (and see past imports)?
    /// Coordinators and administrators: the directory holds no person data.
    pub fn may_manage_directory(&self) -> bool {
        self.has(Role::Coordinator) || self.has(Role::Admin)
    }

    /// May this actor record an act of digital help for an anonymous walk-in (no file)
    /// for `team`? Front-line staff and volunteers of that team; never an account that
    /// also administers.
    pub fn may_record_anonymous_help(&self, team: TeamId) -> bool {
        !self.has(Role::Admin)
            && (self.is_frontline() || self.has(Role::Volunteer))
            && self.teams.contains(&team)
    }

    /// May this actor record digital help given to a person whose file they opened, and
    /// collect, print or revoke the person's mandates? Front-line staff of a team that
    /// follows the file (a break-glass reading is for looking, not for acting).
    pub fn may_help_person(&self, relation: Relation) -> bool {
        self.is_frontline() && relation == Relation::Follows
    }

    /// May this actor open a new file followed by `team`? Only front-line staff, for one
    /// of their own teams.
    pub fn may_create_person_for(&self, team: TeamId) -> bool {
        matches!(self.person_access(), PersonAccess::FollowedBy(mine) if mine.contains(&team))
    }

    /// May this actor read and write notes of this compartment in a file they see for
    /// this reason (`relation`)? Health: health workers only; social: social workers
    /// only; administrative and digital assistance: either of them. Under break-glass,
    /// only the administrative and digital compartments open: health and social notes
    /// stay with the teams that follow the person.
    /// Reception, coordinators, the DPO and administrators never handle note contents.
    fn compartment_open(&self, compartment: Compartment, relation: Relation) -> bool {
        let social = self.has(Role::SocialWorker);
        let health = self.has(Role::HealthWorker);
        match relation {
            Relation::None => false,
            Relation::Follows => {
                if self.person_access() == PersonAccess::None {
                    return false;
                }
                match compartment {
                    Compartment::Health => health,
                    Compartment::Social => social,
                    Compartment::Administrative | Compartment::Digital => social || health,
                }
            }
            Relation::BreakGlass { .. } => {
                self.may_break_glass()
                    && matches!(
                        compartment,
                        Compartment::Administrative | Compartment::Digital
                    )
                    && (social || health)
            }
        }
    }

    /// May this actor read one note? The compartment rule, and for a private note,
    /// being its author (a private note whose author is gone is read by no one); under
    /// break-glass, no private note at all.
    pub fn may_read_note(
        &self,
        compartment: Compartment,
        private: bool,
        author: Option<UserId>,
        relation: Relation,
    ) -> bool {
        let private_ok =
            !private || (author == Some(self.user_id) && matches!(relation, Relation::Follows));
        self.compartment_open(compartment, relation) && private_ok
    }

    /// May this actor add a note of this compartment to a file they see for this reason?
    pub fn may_write_note(&self, compartment: Compartment, relation: Relation) -> bool {
        self.compartment_open(compartment, relation)
    }

    /// The compartments whose (non-private) notes this actor may read on a file; empty
    /// means no journal at all.
    pub fn compartments_readable(&self, relation: Relation) -> Vec<Compartment> {
        Compartment::ALL
            .into_iter()
            .filter(|c| self.compartment_open(*c, relation))
            .collect()
    }

    /// The compartments this actor may write in, for the choices of the note form
    /// (on a file their team follows).
    pub fn compartments_writable(&self) -> Vec<Compartment> {
        Compartment::ALL
            .into_iter()
            .filter(|c| self.may_write_note(*c, Relation::Follows))
            .collect()
    }

    /// The compartment a new note starts in: social for a social worker, health for a
    /// health worker.
    pub fn default_compartment(&self) -> Option<Compartment> {
        let writable = self.compartments_writable();
        [Compartment::Social, Compartment::Health]
            .into_iter()
            .find(|c| writable.contains(c))
            .or_else(|| writable.first().copied())
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

    /// The access log and the list of break-glass accesses: the DPO only (ids of files,
    /// never their contents).
    pub fn may_read_access_log(&self) -> bool {
        self.has(Role::Dpo)
    }

    /// Team composition and services, without any person data.
    pub fn may_see_team_overview(&self) -> bool {
        self.has(Role::Coordinator) || self.has(Role::Admin)
    }

    /// May this actor see the observatory's figures (counts only, suppressed below five,
    /// never by worker) of the teams `scope_teams` (a team, or the teams of a service or a
    /// site)? Coordinators of at least one of those teams.
    pub fn may_see_figures_of(&self, scope_teams: &[TeamId]) -> bool {
        self.has(Role::Coordinator) && scope_teams.iter().any(|t| self.teams.contains(t))
    }

    /// Whose self-assessment (DigComp levels) and training log this actor reads and
    /// writes: their own, and nobody else's (issue 18, J10). No role widens it — not an
    /// administrator, not the DPO, not a coordinator. The store's queries on
    /// `self_assessments` and `trainings` take the `Actor` and bind this id, never a user
    /// id from a request, and no query reads another worker's rows, except the anonymous
    /// counts of [`Actor::may_see_team_needs_of`].
    pub fn skills_owner(&self) -> UserId {
        self.user_id
    }

    /// May this actor see the training needs of `team`: counts per competence and tool,
    /// from the self-assessments of its members, without names and only from five
    /// assessments (`digcomp::team_needs`)? Coordinators of that team, as for its figures.
    pub fn may_see_team_needs_of(&self, team: TeamId) -> bool {
        self.may_see_figures_of(&[team])
    }

    /// May this actor read the institution's tool guide, write a how-to in it and
    /// volunteer as a coach? Any signed-in staff member (the guide holds no person data).
    pub fn may_use_tool_guide(&self) -> bool {
        !self.roles.is_empty()
    }

    /// May this actor keep the tool guide: add a tool, edit or archive its page, and say
    /// it was reviewed? Coordinators and administrators.
    pub fn may_keep_tool_guide(&self) -> bool {
        self.has(Role::Coordinator) || self.has(Role::Admin)
    }

    /// Retention rules and the purge report (counts and file numbers, no names) are the
    /// data protection officer's alone.
    pub fn may_manage_retention(&self) -> bool {
        self.has(Role::Dpo)
    }

    /// The right to disconnect: what signing in outside one's hours does, the text that
    /// recalls the policy and the on-call list are the coordinators' and the
    /// administrators'. A worker's leave and hours are their own (kept on their account,
    /// for their own id only).
    pub fn may_keep_disconnect_policy(&self) -> bool {
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
            break_glass: Vec::new(),
        }
    }

    #[test]
    fn a_self_assessment_is_its_owners_and_team_needs_are_for_the_teams_coordinators() {
        for roles in [
            &[Role::Admin][..],
            &[Role::Dpo],
            &[Role::Coordinator],
            &[Role::SocialWorker],
        ] {
            let a = actor(roles, &[1]);
            assert_eq!(a.skills_owner(), a.user_id, "{roles:?}");
        }
        assert!(actor(&[Role::Coordinator], &[1]).may_see_team_needs_of(TeamId::new(1)));
        assert!(!actor(&[Role::Coordinator], &[1]).may_see_team_needs_of(TeamId::new(2)));
        for role in [Role::Admin, Role::Dpo, Role::SocialWorker, Role::Reception] {
            assert!(!actor(&[role], &[1]).may_see_team_needs_of(TeamId::new(1)));
        }
    }

    #[test]
    fn volunteers_record_anonymous_help_for_their_team_and_see_no_person() {
        let v = actor(&[Role::Volunteer], &[4]);
        assert!(v.may_record_anonymous_help(TeamId::new(4)));
        assert!(!v.may_record_anonymous_help(TeamId::new(1)));
        assert_eq!(v.person_access(), PersonAccess::None);
        assert!(!v.may_read_person(&[TeamId::new(4)]));
        assert!(!v.may_break_glass());
        assert!(!v.may_help_person(Relation::Follows));
        assert!(!v.may_create_person_for(TeamId::new(4)));
        let admin = actor(&[Role::Volunteer, Role::Admin], &[4]);
        assert!(!admin.may_record_anonymous_help(TeamId::new(4)));
        let desk = actor(&[Role::Reception], &[4]);
        assert!(desk.may_record_anonymous_help(TeamId::new(4)));
        assert!(desk.may_help_person(Relation::Follows));
        assert!(!desk.may_help_person(Relation::BreakGlass { until: 1 }));
    }

    #[test]
    fn the_tool_guide_is_kept_by_coordinators_and_administrators_and_used_by_all() {
        for role in Role::ALL {
            let a = actor(&[role], &[1]);
            assert!(a.may_use_tool_guide(), "{role:?}");
            assert_eq!(
                a.may_keep_tool_guide(),
                matches!(role, Role::Coordinator | Role::Admin),
                "{role:?}"
            );
        }
        assert!(!actor(&[], &[1]).may_use_tool_guide());
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

    use Compartment::{Administrative, Digital, Health, Social};
    const F: Relation = Relation::Follows;
    const N: Relation = Relation::None;

    fn reads(a: &Actor, c: Compartment) -> bool {
        a.may_read_note(c, false, Some(UserId::new(99)), F)
    }

    #[test]
    fn health_notes_are_for_health_workers_of_a_following_team_only() {
        let nurse = actor(&[Role::HealthWorker], &[1]);
        assert!(reads(&nurse, Health));
        assert!(nurse.may_write_note(Health, F));
        assert!(!nurse.may_read_note(Health, false, None, N));
        assert!(!nurse.may_write_note(Health, N));
        for role in [Role::SocialWorker, Role::Reception] {
            let a = actor(&[role], &[1]);
            assert!(!reads(&a, Health), "{role:?}");
            assert!(!a.may_write_note(Health, F), "{role:?}");
        }
    }

    #[test]
    fn social_notes_are_for_social_workers_of_a_following_team_only() {
        let worker = actor(&[Role::SocialWorker], &[1]);
        assert!(reads(&worker, Social));
        assert!(worker.may_write_note(Social, F));
        assert!(!worker.may_read_note(Social, false, None, N));
        assert!(!worker.may_write_note(Social, N));
        for role in [Role::HealthWorker, Role::Reception] {
            let a = actor(&[role], &[1]);
            assert!(!reads(&a, Social), "{role:?}");
            assert!(!a.may_write_note(Social, F), "{role:?}");
        }
    }

    #[test]
    fn administrative_and_digital_notes_are_for_social_or_health_workers_of_a_following_team() {
        for role in [Role::SocialWorker, Role::HealthWorker] {
            let a = actor(&[role], &[1]);
            for c in [Administrative, Digital] {
                assert!(reads(&a, c), "{role:?} {c:?}");
                assert!(a.may_write_note(c, F), "{role:?} {c:?}");
                assert!(!a.may_read_note(c, false, None, N), "{role:?} {c:?}");
                assert!(!a.may_write_note(c, N), "{role:?} {c:?}");
            }
        }
    }

    #[test]
    fn reception_never_reads_or_writes_notes_and_has_no_journal() {
        let desk = actor(&[Role::Reception], &[1]);
        for c in Compartment::ALL {
            assert!(!reads(&desk, c), "{c:?}");
            assert!(!desk.may_read_note(c, true, Some(desk.user_id), F));
            assert!(!desk.may_write_note(c, F), "{c:?}");
        }
        assert!(desk.compartments_readable(F).is_empty());
        assert!(desk.compartments_writable().is_empty());
        assert_eq!(desk.default_compartment(), None);
    }

    #[test]
    fn coordinators_dpo_and_administrators_see_no_notes_even_with_a_worker_role() {
        let mut accounts: Vec<Actor> = [Role::Coordinator, Role::Dpo, Role::Admin]
            .iter()
            .map(|r| actor(&[*r], &[1]))
            .collect();
        accounts.push(actor(
            &[Role::Admin, Role::SocialWorker, Role::HealthWorker],
            &[1],
        ));
        accounts.push(actor(&[Role::HealthWorker], &[]));
        for a in accounts {
            for c in Compartment::ALL {
                assert!(!reads(&a, c), "{:?} {c:?}", a.roles);
                assert!(!a.may_write_note(c, F), "{:?} {c:?}", a.roles);
            }
            assert!(a.compartments_readable(F).is_empty());
            assert!(a.compartments_writable().is_empty());
        }
    }

    #[test]
    fn a_private_note_is_read_by_its_author_only_and_only_within_the_compartment_rule() {
        let worker = actor(&[Role::SocialWorker], &[1]);
        let me = Some(worker.user_id);
        let colleague = Some(UserId::new(2));
        assert!(worker.may_read_note(Social, true, me, F));
        assert!(!worker.may_read_note(Social, true, colleague, F));
        assert!(!worker.may_read_note(Social, true, None, F));
        assert!(!worker.may_read_note(Social, true, me, N));
        // Author of a health note who no longer holds the health role: no.
        assert!(!worker.may_read_note(Health, true, me, F));
        assert!(worker.may_read_note(Social, false, colleague, F));
    }

    #[test]
    fn the_form_offers_the_compartments_one_may_write_and_a_sensible_default() {
        let worker = actor(&[Role::SocialWorker], &[1]);
        assert_eq!(
            worker.compartments_writable(),
            vec![Administrative, Social, Digital]
        );
        assert_eq!(worker.default_compartment(), Some(Social));
        let nurse = actor(&[Role::HealthWorker], &[1]);
        assert_eq!(
            nurse.compartments_writable(),
            vec![Administrative, Health, Digital]
        );
        assert_eq!(nurse.default_compartment(), Some(Health));
        assert_eq!(
            nurse.compartments_readable(F),
            nurse.compartments_writable()
        );
        assert!(nurse.compartments_readable(N).is_empty());
        let both = actor(
            &[Role::SocialWorker, Role::HealthWorker, Role::Reception],
            &[1],
        );
        assert_eq!(both.compartments_writable(), Compartment::ALL.to_vec());
    }

    #[test]
    fn only_the_dpo_manages_retention() {
        assert!(actor(&[Role::Dpo], &[]).may_manage_retention());
        for role in [
            Role::Reception,
            Role::SocialWorker,
            Role::HealthWorker,
            Role::Coordinator,
            Role::Admin,
        ] {
            assert!(!actor(&[role], &[1]).may_manage_retention(), "{role:?}");
        }
    }

    fn with_grant(mut a: Actor, person: i64) -> Actor {
        a.break_glass.push(Grant {
            person: PersonId::new(person),
            until: 1_000,
        });
        a
    }

    #[test]
    fn a_break_glass_grant_opens_that_file_only_and_only_for_front_line_staff() {
        let nurse = with_grant(actor(&[Role::HealthWorker], &[1]), 7);
        let other_team = [TeamId::new(2)];
        assert_eq!(
            nurse.relation(PersonId::new(7), &other_team),
            Relation::BreakGlass { until: 1_000 }
        );
        assert_eq!(
            nurse.relation(PersonId::new(8), &other_team),
            Relation::None
        );
        assert_eq!(
            nurse.relation(PersonId::new(7), &[TeamId::new(1)]),
            Relation::Follows
        );
        assert_eq!(nurse.break_glass_persons(), vec![PersonId::new(7)]);
        // Break-glass files are read one by one, never listed.
        assert_eq!(
            nurse.person_access(),
            PersonAccess::FollowedBy(vec![TeamId::new(1)])
        );
        for roles in [
            &[Role::Admin][..],
            &[Role::Dpo],
            &[Role::Coordinator],
            &[Role::Admin, Role::HealthWorker],
        ] {
            let a = with_grant(actor(roles, &[1]), 7);
            assert!(!a.may_break_glass(), "{roles:?}");
            assert_eq!(a.relation(PersonId::new(7), &other_team), Relation::None);
            assert!(a.break_glass_persons().is_empty());
        }
        assert!(actor(&[Role::Reception], &[1]).may_break_glass());
        assert!(actor(&[Role::SocialWorker], &[1]).may_break_glass());
    }

    #[test]
    fn under_break_glass_only_administrative_and_digital_notes_open_never_private_ones() {
        let bg = Relation::BreakGlass { until: 1_000 };
        for role in [Role::SocialWorker, Role::HealthWorker] {
            let a = with_grant(actor(&[role], &[1]), 7);
            assert_eq!(a.compartments_readable(bg), vec![Administrative, Digital]);
            assert!(!a.may_read_note(Health, false, None, bg), "{role:?}");
            assert!(!a.may_read_note(Social, false, None, bg), "{role:?}");
            assert!(a.may_read_note(Administrative, false, None, bg));
            assert!(!a.may_read_note(Administrative, true, Some(a.user_id), bg));
            assert!(!a.may_write_note(Health, bg) && !a.may_write_note(Social, bg));
        }
        let both = actor(&[Role::SocialWorker, Role::HealthWorker], &[1]);
        assert_eq!(
            both.compartments_readable(bg),
            vec![Administrative, Digital]
        );
        let desk = actor(&[Role::Reception], &[1]);
        assert!(desk.compartments_readable(bg).is_empty());
    }
}
