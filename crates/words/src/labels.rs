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

// ---------- digital assistance and mandates (journey J4) ----------

use guichet_domain::assistance::{
    AgeBand, Autonomy, Barrier, Equipment, Mode, Outcome, ServiceKind,
};
use guichet_domain::mandate::{Area, Duration, Elsewhere, Status as MandateStatus};

pub fn area_key(a: Area) -> &'static str {
    match a {
        Area::Tax => "mandate-area-tax",
        Area::SocialSecurity => "mandate-area-social-security",
        Area::HealthInsurance => "mandate-area-health-insurance",
        Area::Pension => "mandate-area-pension",
        Area::Unemployment => "mandate-area-unemployment",
        Area::Housing => "mandate-area-housing",
        Area::Energy => "mandate-area-energy",
        Area::Banking => "mandate-area-banking",
        Area::MunicipalCounter => "mandate-area-municipal-counter",
        Area::Residence => "mandate-area-residence",
        Area::Other => "mandate-area-other",
    }
}

pub fn duration_key(d: Duration) -> &'static str {
    match d {
        Duration::OneDay => "mandate-duration-one-day",
        Duration::OneMonth => "mandate-duration-one-month",
        Duration::ThreeMonths => "mandate-duration-three-months",
        Duration::SixMonths => "mandate-duration-six-months",
        Duration::OneYear => "mandate-duration-one-year",
    }
}

pub fn elsewhere_key(e: Elsewhere) -> &'static str {
    match e {
        Elsewhere::Yes => "mandate-elsewhere-yes",
        Elsewhere::No => "mandate-elsewhere-no",
        Elsewhere::Unknown => "mandate-elsewhere-unknown",
    }
}

pub fn mandate_status_key(s: MandateStatus) -> &'static str {
    match s {
        MandateStatus::Active => "mandate-status-active",
        MandateStatus::NotYetValid => "mandate-status-not-yet-valid",
        MandateStatus::Ended => "mandate-status-ended",
        MandateStatus::Revoked => "mandate-status-revoked",
    }
}

/// How a person said stop to a mandate, by its stored code.
pub fn revoked_how_key(code: &str) -> &'static str {
    match code {
        "phone" => "mandate-how-phone",
        "letter" => "mandate-how-letter",
        _ => "mandate-how-desk",
    }
}

pub fn mode_key(m: Mode) -> &'static str {
    match m {
        Mode::With => "act-mode-with",
        Mode::For => "act-mode-for",
    }
}

pub fn outcome_key(o: Outcome) -> &'static str {
    match o {
        Outcome::Done => "act-outcome-done",
        Outcome::Partly => "act-outcome-partly",
        Outcome::NotPossible => "act-outcome-not-possible",
    }
}

pub fn barrier_key(b: Barrier) -> &'static str {
    match b {
        Barrier::ItsmeRequired => "act-barrier-itsme-required",
        Barrier::NoSmartphone => "act-barrier-no-smartphone",
        Barrier::NoCardReaderOrPin => "act-barrier-no-card-reader-or-pin",
        Barrier::PlatformDown => "act-barrier-platform-down",
        Barrier::ForgottenCode => "act-barrier-forgotten-code",
        Barrier::DocumentMissing => "act-barrier-document-missing",
        Barrier::Language => "act-barrier-language",
        Barrier::TooComplex => "act-barrier-too-complex",
        Barrier::Cost => "act-barrier-cost",
        Barrier::Other => "act-barrier-other",
    }
}

pub fn autonomy_key(a: Autonomy) -> &'static str {
    match a {
        Autonomy::FullyAccompanied => "act-autonomy-fully-accompanied",
        Autonomy::PartlyAutonomous => "act-autonomy-partly-autonomous",
        Autonomy::Autonomous => "act-autonomy-autonomous",
    }
}

pub fn equipment_key(e: Equipment) -> &'static str {
    match e {
        Equipment::None => "act-equipment-none",
        Equipment::Phone => "act-equipment-phone",
        Equipment::Computer => "act-equipment-computer",
        Equipment::Tablet => "act-equipment-tablet",
    }
}

pub fn service_kind_key(k: ServiceKind) -> &'static str {
    match k {
        ServiceKind::PublicDigitalSpace => "act-redirect-public-digital-space",
        ServiceKind::SocialService => "act-redirect-social-service",
        ServiceKind::Administration => "act-redirect-administration",
        ServiceKind::Association => "act-redirect-association",
        ServiceKind::FamilyOrFriend => "act-redirect-family-or-friend",
        ServiceKind::Other => "act-redirect-other",
    }
}

pub fn age_key(a: AgeBand) -> &'static str {
    match a {
        AgeBand::Under18 => "act-age-under-18",
        AgeBand::From18To25 => "act-age-18-25",
        AgeBand::From26To45 => "act-age-26-45",
        AgeBand::From46To64 => "act-age-46-64",
        AgeBand::From65To79 => "act-age-65-79",
        AgeBand::From80 => "act-age-80-plus",
        AgeBand::Unknown => "act-age-unknown",
    }
}

/// The heading of each breakdown of the observatory (`guichet_desk::observatory::SECTIONS`).
pub fn observatory_section_key(section: &str) -> &'static str {
    match section {
        "platform" => "obs-section-platform",
        "blocked" => "obs-section-blocked",
        "barrier" => "obs-section-barrier",
        "mode" => "obs-section-mode",
        "autonomy" => "obs-section-autonomy",
        "outcome" => "obs-section-outcome",
        "helped" => "obs-section-helped",
        "channel" => "obs-section-channel",
        "topic" => "obs-section-topic",
        "promise" => "obs-section-promise",
        "appointment" => "obs-section-appointment",
        "message" => "obs-section-message",
        _ => "obs-section-referral",
    }
}

/// The words of the observatory's own categories (the others are the vocabularies' words:
/// platforms, barriers, channels, topics…).
pub fn observatory_category_key(section: &str, code: &str) -> Option<&'static str> {
    Some(match (section, code) {
        ("helped", "person") => "obs-helped-person",
        ("helped", "anonymous") => "obs-helped-anonymous",
        ("promise", "kept") => "obs-promise-kept",
        ("promise", "missed") => "obs-promise-missed",
        ("promise", "open") => "obs-promise-open",
        ("appointment", "kept") => "obs-appointment-kept",
        ("appointment", "missed") => "obs-appointment-missed",
        ("appointment", "cancelled") => "obs-appointment-cancelled",
        ("appointment", "planned") => "obs-appointment-planned",
        ("message", "paper-letter") => "obs-message-letter",
        ("message", "sms") => "obs-message-sms",
        ("message", "email") => "obs-message-email",
        ("referral", "sent") => "obs-referral-sent",
        ("referral", "accepted") => "obs-referral-accepted",
        ("referral", "refused") => "obs-referral-refused",
        _ => return None,
    })
}

/// The words of a DigComp competence, by its code (DigComp 2.2's own titles).
pub fn competence_key(code: &str) -> &'static str {
    match code {
        "1.1" => "skills-c-1-1",
        "1.2" => "skills-c-1-2",
        "1.3" => "skills-c-1-3",
        "2.1" => "skills-c-2-1",
        "2.2" => "skills-c-2-2",
        "2.3" => "skills-c-2-3",
        "2.4" => "skills-c-2-4",
        "2.5" => "skills-c-2-5",
        "2.6" => "skills-c-2-6",
        "3.1" => "skills-c-3-1",
        "3.2" => "skills-c-3-2",
        "3.3" => "skills-c-3-3",
        "3.4" => "skills-c-3-4",
        "4.1" => "skills-c-4-1",
        "4.2" => "skills-c-4-2",
        "4.3" => "skills-c-4-3",
        "4.4" => "skills-c-4-4",
        "5.1" => "skills-c-5-1",
        "5.2" => "skills-c-5-2",
        "5.3" => "skills-c-5-3",
        _ => "skills-c-5-4",
    }
}
