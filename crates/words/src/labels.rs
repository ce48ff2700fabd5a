//! The words of the domain's values: the catalogue key of each status, relation and role,
//! the same on a page and in a letter.

use guichet_domain::household::Relation;
use guichet_domain::request::RequestStatus;
use guichet_domain::Role;

pub fn request_status_key(s: RequestStatus) -> &'static str {
    match s {
        RequestStatus::New => "status-new",
        RequestStatus::Acknowledged => "status-acknowledged",
        RequestStatus::InProgress => "status-in-progress",
        RequestStatus::WaitingForPerson => "status-waiting-for-person",
        RequestStatus::Done => "status-done",
        RequestStatus::Redirected => "status-redirected",
        RequestStatus::Withdrawn => "status-withdrawn",
    }
}

pub fn appointment_status_key(s: &str) -> &'static str {
    match s {
        "arrived" => "appointment-status-arrived",
        "done" => "appointment-status-done",
        "cancelled" => "appointment-status-cancelled",
        "missed" => "appointment-status-missed",
        _ => "appointment-status-planned",
    }
}

pub fn relation_key(r: Relation) -> &'static str {
    match r {
        Relation::Partner => "household-rel-partner",
        Relation::Child => "household-rel-child",
        Relation::Parent => "household-rel-parent",
        Relation::Sibling => "household-rel-sibling",
        Relation::OtherRelative => "household-rel-other-relative",
        Relation::LivesWith => "household-rel-lives-with",
    }
}

pub fn role_key(role: Role) -> &'static str {
    match role {
        Role::Reception => "role-reception",
        Role::SocialWorker => "role-social-worker",
        Role::HealthWorker => "role-health-worker",
        Role::Coordinator => "role-coordinator",
        Role::Dpo => "role-dpo",
        Role::Admin => "role-admin",
        Role::Volunteer => "role-volunteer",
    }
}
