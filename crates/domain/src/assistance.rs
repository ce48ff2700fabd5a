//! Digital assistance: someone was helped with an online procedure (a tax return on
//! MyMinfin, an itsme account, a social-housing application…). An act records what was
//! done, how (with the person, or for them under a mandate), how long it took, how it
//! ended, what got in the way and where the person was sent next — enough for the
//! yearly figures that digital-inclusion funders ask for, and no more.
//!
//! Pure rules: the vocabularies and their stable codes (stored in the database; the web
//! layer maps them to Fluent keys), the reading of the act form, and the warning shown
//! when a note looks like it holds a password or a PIN — guichet never stores those.

use crate::mandate::{parse_typed_date, Area};
use crate::org::Postcode;
use crate::Lang;
use chrono::NaiveDate;
use std::ops::Range;

/// The platforms and procedures shipped with guichet, for Belgium. An organisation can
/// add its own (stored in the database, with their labels and area), which is why an
/// [`Act`] keeps a platform *code* and why these entries carry their own labels: shipped
/// and organisation-defined entries are shown side by side in one list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Platform {
    MyMinfin,
    MySocialSecurity,
    MutualInsurance,
    MyPension,
    JobCentre,
    UnemploymentFund,
    Housing,
    Energy,
    OnlineBanking,
    MunicipalECounter,
    Residence,
    Itsme,
    Ebox,
    MyHealth,
    Email,
    Other,
}

impl Platform {
    pub const ALL: [Platform; 16] = [
        Platform::MyMinfin,
        Platform::MySocialSecurity,
        Platform::MutualInsurance,
        Platform::MyPension,
        Platform::JobCentre,
        Platform::UnemploymentFund,
        Platform::Housing,
        Platform::Energy,
        Platform::OnlineBanking,
        Platform::MunicipalECounter,
        Platform::Residence,
        Platform::Itsme,
        Platform::Ebox,
        Platform::MyHealth,
        Platform::Email,
        Platform::Other,
    ];

    /// Stable code used in the database, forms and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Platform::MyMinfin => "myminfin",
            Platform::MySocialSecurity => "mysocialsecurity",
            Platform::MutualInsurance => "mutual-insurance",
            Platform::MyPension => "mypension",
            Platform::JobCentre => "job-centre",
            Platform::UnemploymentFund => "unemployment-fund",
            Platform::Housing => "housing",
            Platform::Energy => "energy",
            Platform::OnlineBanking => "online-banking",
            Platform::MunicipalECounter => "municipal-e-counter",
            Platform::Residence => "residence",
            Platform::Itsme => "itsme",
            Platform::Ebox => "ebox",
            Platform::MyHealth => "myhealth",
            Platform::Email => "email",
            Platform::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<Platform> {
        Platform::ALL.into_iter().find(|p| p.code() == code)
    }

    /// The mandate area an act "for" the person on this platform needs.
    pub fn area(self) -> Area {
        match self {
            Platform::MyMinfin => Area::Tax,
            Platform::MySocialSecurity => Area::SocialSecurity,
            Platform::MutualInsurance | Platform::MyHealth => Area::HealthInsurance,
            Platform::MyPension => Area::Pension,
            Platform::JobCentre | Platform::UnemploymentFund => Area::Unemployment,
            Platform::Housing => Area::Housing,
            Platform::Energy => Area::Energy,
            Platform::OnlineBanking => Area::Banking,
            Platform::MunicipalECounter => Area::MunicipalCounter,
            Platform::Residence => Area::Residence,
            Platform::Itsme | Platform::Ebox | Platform::Email | Platform::Other => Area::Other,
        }
    }

    /// The names shown in French, Dutch and English. Brand names stay as the platforms
    /// spell them; the words around them say what they are for.
    pub fn labels(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Platform::MyMinfin => (
                "MyMinfin / Tax-on-web (impôts)",
                "MyMinfin / Tax-on-web (belastingen)",
                "MyMinfin / Tax-on-web (taxes)",
            ),
            Platform::MySocialSecurity => (
                "MySocialSecurity (sécurité sociale)",
                "MySocialSecurity (sociale zekerheid)",
                "MySocialSecurity (social security)",
            ),
            Platform::MutualInsurance => (
                "Mutualité (site ou appli)",
                "Ziekenfonds (website of app)",
                "Health insurance fund (website or app)",
            ),
            Platform::MyPension => (
                "MyPension (pension)",
                "MyPension (pensioen)",
                "MyPension (pension)",
            ),
            Platform::JobCentre => (
                "Emploi : Forem, Actiris, VDAB, ADG",
                "Werk: VDAB, Actiris, Forem, ADG",
                "Job centre: Forem, Actiris, VDAB, ADG",
            ),
            Platform::UnemploymentFund => (
                "Allocations de chômage : CAPAC, syndicat",
                "Werkloosheidsuitkering: HVW, vakbond",
                "Unemployment benefits: CAPAC/HVW, trade union",
            ),
            Platform::Housing => (
                "Logement social (candidature)",
                "Sociale woning (inschrijving)",
                "Social housing (application)",
            ),
            Platform::Energy => (
                "Énergie : fournisseur, régulateur",
                "Energie: leverancier, regulator",
                "Energy: supplier, regulator",
            ),
            Platform::OnlineBanking => ("Banque en ligne", "Online bankieren", "Online banking"),
            Platform::MunicipalECounter => (
                "Guichet communal en ligne (IRISbox, e-guichet)",
                "Digitaal gemeenteloket (IRISbox, e-loket)",
                "Municipal e-counter (IRISbox, e-guichet)",
            ),
            Platform::Residence => (
                "Séjour (Office des étrangers)",
                "Verblijf (Dienst Vreemdelingenzaken)",
                "Residence (Immigration Office)",
            ),
            Platform::Itsme => (
                "itsme (créer, utiliser)",
                "itsme (aanmaken, gebruiken)",
                "itsme (set up, use)",
            ),
            Platform::Ebox => ("eBox citoyen", "eBox voor burgers", "Citizen eBox"),
            Platform::MyHealth => (
                "MaSanté (dossier santé)",
                "MijnGezondheid (gezondheidsdossier)",
                "MyHealth (MaSanté / MijnGezondheid)",
            ),
            Platform::Email => (
                "Adresse e-mail (créer, utiliser)",
                "E-mailadres (aanmaken, gebruiken)",
                "Email address (set up, use)",
            ),
            Platform::Other => ("Autre", "Andere", "Other"),
        }
    }

    /// The name in one interface language.
    pub fn label(self, lang: Lang) -> &'static str {
        let (fr, nl, en) = self.labels();
        match lang {
            Lang::Fr => fr,
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

/// Whether `code` is one of the platforms shipped with guichet (as opposed to one an
/// organisation added). Organisation codes must not take a shipped code.
pub fn is_shipped(code: &str) -> bool {
    Platform::parse(code).is_some()
}

/// How the help was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    /// With the person: they do it, someone sits beside them.
    With,
    /// For the person: done in their name, which needs a mandate for the area.
    For,
}

impl Mode {
    pub const ALL: [Mode; 2] = [Mode::With, Mode::For];

    pub fn code(self) -> &'static str {
        match self {
            Mode::With => "with",
            Mode::For => "for",
        }
    }

    pub fn parse(code: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.code() == code)
    }

    /// Whether acting this way needs the person's mandate (see `mandate::may_act_for`).
    pub fn needs_mandate(self) -> bool {
        self == Mode::For
    }
}

/// How the procedure ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Outcome {
    Done,
    Partly,
    NotPossible,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Done, Outcome::Partly, Outcome::NotPossible];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::Done => "done",
            Outcome::Partly => "partly",
            Outcome::NotPossible => "not-possible",
        }
    }

    pub fn parse(code: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.code() == code)
    }
}

/// What got in the way (several per act). Counted to show funders and administrations
/// where online procedures shut people out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Barrier {
    ItsmeRequired,
    NoSmartphone,
    NoCardReaderOrPin,
    PlatformDown,
    ForgottenCode,
    DocumentMissing,
    Language,
    TooComplex,
    Cost,
    Other,
}

impl Barrier {
    pub const ALL: [Barrier; 10] = [
        Barrier::ItsmeRequired,
        Barrier::NoSmartphone,
        Barrier::NoCardReaderOrPin,
        Barrier::PlatformDown,
        Barrier::ForgottenCode,
        Barrier::DocumentMissing,
        Barrier::Language,
        Barrier::TooComplex,
        Barrier::Cost,
        Barrier::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Barrier::ItsmeRequired => "itsme-required",
            Barrier::NoSmartphone => "no-smartphone",
            Barrier::NoCardReaderOrPin => "no-card-reader-or-pin",
            Barrier::PlatformDown => "platform-down",
            Barrier::ForgottenCode => "forgotten-code",
            Barrier::DocumentMissing => "document-missing",
            Barrier::Language => "language",
            Barrier::TooComplex => "too-complex",
            Barrier::Cost => "cost",
            Barrier::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<Barrier> {
        Barrier::ALL.into_iter().find(|b| b.code() == code)
    }

    /// Reads ticked boxes: sorted, each once; blank entries are skipped. On an unknown
    /// code, that code is returned.
    pub fn parse_list(codes: &[&str]) -> Result<Vec<Barrier>, String> {
        let mut out = Vec::new();
        for code in codes.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
            out.push(Barrier::parse(code).ok_or_else(|| code.to_owned())?);
        }
        out.sort();
        out.dedup();
        Ok(out)
    }
}

/// How far the person can do it alone next time, as judged by whoever helped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Autonomy {
    FullyAccompanied,
    PartlyAutonomous,
    Autonomous,
}

impl Autonomy {
    pub const ALL: [Autonomy; 3] = [
        Autonomy::FullyAccompanied,
        Autonomy::PartlyAutonomous,
        Autonomy::Autonomous,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Autonomy::FullyAccompanied => "fully-accompanied",
            Autonomy::PartlyAutonomous => "partly-autonomous",
            Autonomy::Autonomous => "autonomous",
        }
    }

    pub fn parse(code: &str) -> Option<Autonomy> {
        Autonomy::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// The equipment the person has at home. `None` says they have none of the others,
/// so it cannot be ticked together with one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Equipment {
    None,
    Phone,
    Computer,
    Tablet,
}

impl Equipment {
    pub const ALL: [Equipment; 4] = [
        Equipment::None,
        Equipment::Phone,
        Equipment::Computer,
        Equipment::Tablet,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Equipment::None => "none",
            Equipment::Phone => "phone",
            Equipment::Computer => "computer",
            Equipment::Tablet => "tablet",
        }
    }

    pub fn parse(code: &str) -> Option<Equipment> {
        Equipment::ALL.into_iter().find(|e| e.code() == code)
    }

    /// Reads ticked boxes: sorted, each once, blanks skipped; an empty list means it was
    /// not asked. `none` together with any other is refused.
    pub fn parse_set(codes: &[&str]) -> Result<Vec<Equipment>, ActError> {
        let mut out = Vec::new();
        for code in codes.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
            out.push(
                Equipment::parse(code).ok_or_else(|| ActError::UnknownEquipment(code.into()))?,
            );
        }
        out.sort();
        out.dedup();
        if out.len() > 1 && out.contains(&Equipment::None) {
            return Err(ActError::NoEquipmentWithOther);
        }
        Ok(out)
    }
}

/// The kinds of places a person can be sent to next, when no directory entry is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ServiceKind {
    PublicDigitalSpace,
    SocialService,
    Administration,
    Association,
    FamilyOrFriend,
    Other,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 6] = [
        ServiceKind::PublicDigitalSpace,
        ServiceKind::SocialService,
        ServiceKind::Administration,
        ServiceKind::Association,
        ServiceKind::FamilyOrFriend,
        ServiceKind::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ServiceKind::PublicDigitalSpace => "public-digital-space",
            ServiceKind::SocialService => "social-service",
            ServiceKind::Administration => "administration",
            ServiceKind::Association => "association",
            ServiceKind::FamilyOrFriend => "family-or-friend",
            ServiceKind::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<ServiceKind> {
        ServiceKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Where the person was sent next.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Redirect {
    Nowhere,
    /// A kind of place, without naming it.
    Kind(ServiceKind),
    /// A service of the directory, by its HSDS service id.
    Directory(String),
}

/// The `redirect_kind` code for "nowhere".
pub const REDIRECT_NOWHERE: &str = "nowhere";
/// The `redirect_kind` code for a service of the directory.
pub const REDIRECT_DIRECTORY: &str = "directory";
/// The longest HSDS service id accepted (they are UUIDs or short slugs in practice).
pub const MAX_SERVICE_ID_CHARS: usize = 200;

impl Redirect {
    /// The code stored as the redirect's kind: `nowhere`, `directory` or a
    /// [`ServiceKind`] code.
    pub fn code(&self) -> &'static str {
        match self {
            Redirect::Nowhere => REDIRECT_NOWHERE,
            Redirect::Kind(kind) => kind.code(),
            Redirect::Directory(_) => REDIRECT_DIRECTORY,
        }
    }

    /// The directory service, when one was chosen.
    pub fn service_id(&self) -> Option<&str> {
        match self {
            Redirect::Directory(id) => Some(id),
            _ => None,
        }
    }

    /// Reads the two form fields. An empty kind is "nowhere", unless a directory service
    /// was picked (the picker may send only the service).
    pub fn parse(kind: &str, service: &str) -> Result<Redirect, ActError> {
        let (kind, service) = (kind.trim(), service.trim());
        match kind {
            "" if service.is_empty() => Ok(Redirect::Nowhere),
            REDIRECT_NOWHERE => Ok(Redirect::Nowhere),
            "" | REDIRECT_DIRECTORY => {
                if service.is_empty() {
                    Err(ActError::ServiceRequired)
                } else if service.chars().count() > MAX_SERVICE_ID_CHARS
                    || service.chars().any(char::is_control)
                {
                    Err(ActError::ServiceIdInvalid)
                } else {
                    Ok(Redirect::Directory(service.to_owned()))
                }
            }
            code => ServiceKind::parse(code)
                .map(Redirect::Kind)
                .ok_or(ActError::UnknownRedirect),
        }
    }
}

/// Age bands of anonymous walk-ins, as digital-inclusion reports count them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgeBand {
    Under18,
    From18To25,
    From26To45,
    From46To64,
    From65To79,
    From80,
    Unknown,
}

impl AgeBand {
    pub const ALL: [AgeBand; 7] = [
        AgeBand::Under18,
        AgeBand::From18To25,
        AgeBand::From26To45,
        AgeBand::From46To64,
        AgeBand::From65To79,
        AgeBand::From80,
        AgeBand::Unknown,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AgeBand::Under18 => "under-18",
            AgeBand::From18To25 => "18-25",
            AgeBand::From26To45 => "26-45",
            AgeBand::From46To64 => "46-64",
            AgeBand::From65To79 => "65-79",
            AgeBand::From80 => "80-plus",
            AgeBand::Unknown => "unknown",
        }
    }

    pub fn parse(code: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The band of an age in whole years (for a person with a file and a birth date).
    pub fn of_age(years: u32) -> AgeBand {
        match years {
            0..=17 => AgeBand::Under18,
            18..=25 => AgeBand::From18To25,
            26..=45 => AgeBand::From26To45,
            46..=64 => AgeBand::From46To64,
            65..=79 => AgeBand::From65To79,
            _ => AgeBand::From80,
        }
    }
}

/// What is kept about an anonymous walk-in (no file is opened): an age band, perhaps a
/// postcode and a language — coarse on purpose, so that nobody can be recognised.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Anonymous {
    pub age_band: AgeBand,
    pub postcode: Option<Postcode>,
    /// A language code such as `fr`, `ar` or `tr` (ISO 639, two or three letters).
    pub language: Option<String>,
}

/// Which part of an anonymous walk-in's details was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnonymousError {
    AgeBand,
    Postcode,
    Language,
}

impl std::fmt::Display for AnonymousError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnonymousError::AgeBand => write!(f, "not one of the age bands offered"),
            AnonymousError::Postcode => write!(f, "not a Belgian postcode (four digits)"),
            AnonymousError::Language => write!(f, "not a language code, e.g. fr, nl or ar"),
        }
    }
}

impl std::error::Error for AnonymousError {}

impl Anonymous {
    /// Reads the three fields; empty ones mean unknown.
    pub fn parse(age_band: &str, postcode: &str, language: &str) -> Result<Self, AnonymousError> {
        let age_band = match age_band.trim() {
            "" => AgeBand::Unknown,
            code => AgeBand::parse(code).ok_or(AnonymousError::AgeBand)?,
        };
        let postcode = match postcode.trim() {
            "" => None,
            typed => Some(Postcode::parse(typed).map_err(|_| AnonymousError::Postcode)?),
        };
        let language = match language.trim() {
            "" => None,
            code if (2..=3).contains(&code.len())
                && code.chars().all(|c| c.is_ascii_alphabetic()) =>
            {
                Some(code.to_ascii_lowercase())
            }
            _ => return Err(AnonymousError::Language),
        };
        Ok(Anonymous {
            age_band,
            postcode,
            language,
        })
    }
}

/// The shortest and longest act, in minutes: a whole working day at most.
pub const MINUTES_BOUNDS: (u16, u16) = (1, 480);
/// How many days back an act may be recorded: a month, so that a busy week can be
/// caught up, but not so far that the figures of a closed month change.
pub const MAX_DAYS_BACK: i64 = 31;

/// A digital-assistance act, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Act {
    /// A shipped [`Platform`] code or an organisation's own.
    pub platform: String,
    pub mode: Mode,
    /// 1 to 480.
    pub minutes: u16,
    pub outcome: Outcome,
    /// Sorted, each once.
    pub barriers: Vec<Barrier>,
    pub autonomy: Autonomy,
    /// Sorted, each once; empty when not asked.
    pub equipment: Vec<Equipment>,
    pub redirect: Redirect,
    /// The Brussels day the help was given.
    pub day: NaiveDate,
}

/// The act form, every field as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActForm {
    pub platform: String,
    pub mode: String,
    /// As typed: `40`, `40 min`…
    pub minutes: String,
    pub outcome: String,
    pub barriers: Vec<String>,
    pub autonomy: String,
    pub equipment: Vec<String>,
    /// `nowhere`, `directory` or a [`ServiceKind`] code.
    pub redirect_kind: String,
    /// The HSDS service id when `redirect_kind` is `directory`.
    pub redirect_service: String,
    /// `YYYY-MM-DD` or `DD/MM/YYYY`; empty means today.
    pub day: String,
}

/// The fields of [`ActForm`], to attach each error to its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Platform,
    Mode,
    Minutes,
    Outcome,
    Barriers,
    Autonomy,
    Equipment,
    Redirect,
    Day,
}

impl Field {
    /// The form field's name, for anchors in the error summary.
    pub fn code(self) -> &'static str {
        match self {
            Field::Platform => "platform",
            Field::Mode => "mode",
            Field::Minutes => "minutes",
            Field::Outcome => "outcome",
            Field::Barriers => "barriers",
            Field::Autonomy => "autonomy",
            Field::Equipment => "equipment",
            Field::Redirect => "redirect",
            Field::Day => "day",
        }
    }
}

/// Why an act form was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActError {
    PlatformRequired,
    UnknownPlatform,
    ModeRequired,
    UnknownMode,
    MinutesRequired,
    /// Not a whole number ("deux", "1.5").
    MinutesNotWhole,
    MinutesOutOfRange {
        min: u16,
        max: u16,
    },
    OutcomeRequired,
    UnknownOutcome,
    UnknownBarrier(String),
    AutonomyRequired,
    UnknownAutonomy,
    UnknownEquipment(String),
    /// "No equipment" ticked together with some equipment.
    NoEquipmentWithOther,
    UnknownRedirect,
    /// "A service of the directory" without the service.
    ServiceRequired,
    ServiceIdInvalid,
    NotADate,
    DayInFuture,
    DayTooOld {
        earliest: NaiveDate,
    },
}

impl std::fmt::Display for ActError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ActError::PlatformRequired => write!(f, "choose the platform or procedure"),
            ActError::UnknownPlatform => write!(f, "this platform is not in the list"),
            ActError::ModeRequired => write!(
                f,
                "say whether it was done with the person or for the person"
            ),
            ActError::UnknownMode => write!(f, "choose with the person or for the person"),
            ActError::MinutesRequired => write!(f, "say how many minutes it took"),
            ActError::MinutesNotWhole => {
                write!(f, "type a whole number of minutes, e.g. 40")
            }
            ActError::MinutesOutOfRange { min, max } => {
                write!(f, "between {min} and {max} minutes")
            }
            ActError::OutcomeRequired => write!(f, "say how it ended"),
            ActError::UnknownOutcome => write!(f, "not one of the outcomes offered"),
            ActError::UnknownBarrier(code) => write!(f, "unknown barrier: {code}"),
            ActError::AutonomyRequired => {
                write!(f, "say how far the person can do it alone next time")
            }
            ActError::UnknownAutonomy => write!(f, "not one of the levels of autonomy offered"),
            ActError::UnknownEquipment(code) => write!(f, "unknown equipment: {code}"),
            ActError::NoEquipmentWithOther => write!(
                f,
                "\"no equipment\" cannot be ticked together with a device"
            ),
            ActError::UnknownRedirect => write!(f, "not one of the places offered"),
            ActError::ServiceRequired => write!(f, "choose the service in the directory"),
            ActError::ServiceIdInvalid => write!(f, "this directory service is not valid"),
            ActError::NotADate => {
                write!(
                    f,
                    "type a date as DD/MM/YYYY or YYYY-MM-DD, e.g. 15/03/2026"
                )
            }
            ActError::DayInFuture => write!(f, "the day cannot be in the future"),
            ActError::DayTooOld { earliest } => write!(
                f,
                "acts older than {MAX_DAYS_BACK} days cannot be recorded (earliest {})",
                earliest.format("%d/%m/%Y")
            ),
        }
    }
}

impl std::error::Error for ActError {}

/// Reads minutes as typed: `40`, ` 40 `, `40 min`, `40min`, `40 minutes`.
pub fn parse_minutes(typed: &str) -> Result<u16, ActError> {
    let lower = typed.trim().to_lowercase();
    if lower.is_empty() {
        return Err(ActError::MinutesRequired);
    }
    let number = ["minutes", "minute", "mins", "min"]
        .iter()
        .find_map(|unit| lower.strip_suffix(unit))
        .unwrap_or(&lower)
        .trim_end();
    let (negative, digits) = match number.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, number),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(ActError::MinutesNotWhole);
    }
    let (min, max) = MINUTES_BOUNDS;
    let out_of_range = ActError::MinutesOutOfRange { min, max };
    if negative {
        return Err(out_of_range);
    }
    match digits.parse::<u16>() {
        Ok(m) if (min..=max).contains(&m) => Ok(m),
        // Zero, too many, or too large for u16 (only digits, so nothing else).
        _ => Err(out_of_range),
    }
}

impl ActForm {
    /// Checks every field and returns all the errors at once, each with its field, so
    /// that the form comes back with a complete error summary. `known_platform` says
    /// which platform codes the organisation offers (typically the shipped ones and its
    /// own; a shipped platform it hid is not known); `today` is the Brussels day.
    pub fn parse(
        &self,
        known_platform: impl Fn(&str) -> bool,
        today: NaiveDate,
    ) -> Result<Act, Vec<(Field, ActError)>> {
        let mut errors: Vec<(Field, ActError)> = Vec::new();

        let platform = keep(
            &mut errors,
            Field::Platform,
            match self.platform.trim() {
                "" => Err(ActError::PlatformRequired),
                code if known_platform(code) => Ok(code.to_owned()),
                _ => Err(ActError::UnknownPlatform),
            },
        );
        let mode = keep(
            &mut errors,
            Field::Mode,
            required(
                &self.mode,
                Mode::parse,
                ActError::ModeRequired,
                ActError::UnknownMode,
            ),
        );
        let minutes = keep(&mut errors, Field::Minutes, parse_minutes(&self.minutes));
        let outcome = keep(
            &mut errors,
            Field::Outcome,
            required(
                &self.outcome,
                Outcome::parse,
                ActError::OutcomeRequired,
                ActError::UnknownOutcome,
            ),
        );
        let barriers = keep(
            &mut errors,
            Field::Barriers,
            Barrier::parse_list(&as_strs(&self.barriers)).map_err(ActError::UnknownBarrier),
        );
        let autonomy = keep(
            &mut errors,
            Field::Autonomy,
            required(
                &self.autonomy,
                Autonomy::parse,
                ActError::AutonomyRequired,
                ActError::UnknownAutonomy,
            ),
        );
        let equipment = keep(
            &mut errors,
            Field::Equipment,
            Equipment::parse_set(&as_strs(&self.equipment)),
        );
        let redirect = keep(
            &mut errors,
            Field::Redirect,
            Redirect::parse(&self.redirect_kind, &self.redirect_service),
        );
        let day = keep(&mut errors, Field::Day, parse_day(&self.day, today));

        match (
            platform, mode, minutes, outcome, barriers, autonomy, equipment, redirect, day,
        ) {
            (
                Some(platform),
                Some(mode),
                Some(minutes),
                Some(outcome),
                Some(barriers),
                Some(autonomy),
                Some(equipment),
                Some(redirect),
                Some(day),
            ) => Ok(Act {
                platform,
                mode,
                minutes,
                outcome,
                barriers,
                autonomy,
                equipment,
                redirect,
                day,
            }),
            _ => Err(errors),
        }
    }
}

/// The value, or `None` with the error noted against its field.
fn keep<T>(
    errors: &mut Vec<(Field, ActError)>,
    field: Field,
    result: Result<T, ActError>,
) -> Option<T> {
    result.map_err(|e| errors.push((field, e))).ok()
}

fn as_strs(list: &[String]) -> Vec<&str> {
    list.iter().map(String::as_str).collect()
}

/// A required choice among codes.
fn required<T>(
    typed: &str,
    parse: fn(&str) -> Option<T>,
    missing: ActError,
    unknown: ActError,
) -> Result<T, ActError> {
    match typed.trim() {
        "" => Err(missing),
        code => parse(code).ok_or(unknown),
    }
}

/// The day of the act: today when left empty; not in the future, at most
/// [`MAX_DAYS_BACK`] days back.
fn parse_day(typed: &str, today: NaiveDate) -> Result<NaiveDate, ActError> {
    let day = match typed.trim() {
        "" => today,
        typed => parse_typed_date(typed).ok_or(ActError::NotADate)?,
    };
    let earliest = today - chrono::Duration::days(MAX_DAYS_BACK);
    if day > today {
        Err(ActError::DayInFuture)
    } else if day < earliest {
        Err(ActError::DayTooOld { earliest })
    } else {
        Ok(day)
    }
}

// ---------------------------------------------------------------------------------------
// Credentials.

/// What kind of secret a piece of text seems to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CredentialKind {
    Password,
    Pin,
    /// An activation, verification or other secret code.
    Code,
}

impl CredentialKind {
    /// Stable code, for the web layer to pick its warning.
    pub fn code(self) -> &'static str {
        match self {
            CredentialKind::Password => "password",
            CredentialKind::Pin => "pin",
            CredentialKind::Code => "code",
        }
    }
}

/// Where a note seems to hold a secret: the kind, and the byte range of the original
/// text to highlight (the keyword, and the value when one is written after it).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CredentialHint {
    pub kind: CredentialKind,
    pub span: Range<usize>,
}

/// When a keyword alone is enough, or which digits must follow it.
#[derive(Debug, Clone, Copy)]
enum Need {
    /// The word alone: nobody writes "mot de passe" in a note without a reason to warn.
    Alone,
    /// A group of `min` to `max` digits within [`WINDOW`] words after the keyword.
    Digits { min: usize, max: usize },
}

use CredentialKind::{Code, Password, Pin};

const CODE_DIGITS: Need = Need::Digits { min: 4, max: 8 };
/// An eID PUK has 12 digits; activation codes are sometimes as long.
const LONG_DIGITS: Need = Need::Digits { min: 4, max: 12 };

/// Keywords, lower case and without accents, each word as it comes out of [`tokens`]
/// (so "d'activation" is `d`, `activation`; "PIN-code" is `pin`, `code`).
const KEYWORDS: &[(&[&str], CredentialKind, Need)] = &[
    // Passwords (fr, nl, en): the word is enough.
    (&["mot", "de", "passe"], Password, Need::Alone),
    (&["mots", "de", "passe"], Password, Need::Alone),
    (&["motdepasse"], Password, Need::Alone),
    (&["mdp"], Password, Need::Alone),
    (&["wachtwoord"], Password, Need::Alone),
    (&["wachtwoorden"], Password, Need::Alone),
    (&["paswoord"], Password, Need::Alone),
    (&["paswoorden"], Password, Need::Alone),
    (&["passwoord"], Password, Need::Alone),
    (&["password"], Password, Need::Alone),
    (&["passwords"], Password, Need::Alone),
    (&["passwd"], Password, Need::Alone),
    (&["pwd"], Password, Need::Alone),
    (&["passcode"], Password, Need::Alone),
    (&["passphrase"], Password, Need::Alone),
    // Codes named as secret: the words are enough.
    (&["code", "secret"], Code, Need::Alone),
    (&["codes", "secrets"], Code, Need::Alone),
    (&["code", "confidentiel"], Code, Need::Alone),
    (&["geheime", "code"], Code, Need::Alone),
    (&["geheimcode"], Code, Need::Alone),
    (&["secret", "code"], Code, Need::Alone),
    (&["token"], Code, Need::Alone),
    (&["tokens"], Code, Need::Alone),
    // PIN and PUK: with digits ("a oublié son code PIN" is an ordinary note).
    (&["code", "pin"], Pin, CODE_DIGITS),
    (&["code", "puk"], Pin, LONG_DIGITS),
    (&["pin"], Pin, CODE_DIGITS),
    (&["pincode"], Pin, CODE_DIGITS),
    (&["puk"], Pin, LONG_DIGITS),
    (&["pukcode"], Pin, LONG_DIGITS),
    // Other codes: with digits ("code de la route", "le code a été envoyé").
    (&["code"], Code, CODE_DIGITS),
    (&["codes"], Code, CODE_DIGITS),
    (&["activation"], Code, LONG_DIGITS),
    (&["activatiecode"], Code, LONG_DIGITS),
    (&["activeringscode"], Code, LONG_DIGITS),
    (&["verificatiecode"], Code, CODE_DIGITS),
    (&["verification"], Code, CODE_DIGITS),
    (&["beveiligingscode"], Code, CODE_DIGITS),
    (&["toegangscode"], Code, CODE_DIGITS),
    (&["inlogcode"], Code, CODE_DIGITS),
    (&["smscode"], Code, CODE_DIGITS),
    (&["otp"], Code, CODE_DIGITS),
    (&["digicode"], Code, CODE_DIGITS),
    // The itsme code has five digits.
    (&["itsme"], Code, Need::Digits { min: 5, max: 6 }),
    // A bank card's security code.
    (&["cvv"], Code, Need::Digits { min: 3, max: 4 }),
    (&["cvc"], Code, Need::Digits { min: 3, max: 4 }),
];

/// How many words after a keyword its digits may come.
const WINDOW: usize = 3;

/// Words that make a "code" an ordinary one when they come right before it ("postal
/// code", "zip code") or between it and the digits ("code postal 1300", "code de la
/// route", "code du travail", "code client").
const NOT_SECRET: &[&str] = &[
    "postal",
    "postale",
    "postaux",
    "post",
    "postcode",
    "zip",
    "route",
    "civil",
    "civile",
    "penal",
    "penale",
    "judiciaire",
    "travail",
    "barre",
    "barres",
    "qr",
    "couleur",
    "nace",
    "nacebel",
    "client",
    "klant",
    "dossier",
    "reference",
    "referentie",
    "ref",
    "ins",
    "nis",
];

/// Words that introduce a password's value: "wachtwoord is Tulp123", "mdp est …".
const COPULAS: &[&str] = &["est", "is", "was", "etait", "c", "cest"];

/// Points out text that looks like it holds a password, a PIN or an activation code, so
/// that the screen can warn before saving: guichet never stores credentials, and a
/// worker taking notes while helping with itsme or MyMinfin easily types one.
///
/// The rule, on the text in lower case and without accents, word by word:
/// - a password word ("mot de passe", "mdp", "wachtwoord", "paswoord", "password"…) or
///   a secret-code phrase ("code secret", "geheime code", "token") is enough;
/// - "code", "PIN", "PUK", "activation", "itsme"… count when a group of 4 to 8 digits
///   (PUK and activation: up to 12; itsme: 5 or 6) follows within three words — digit
///   blocks separated by spaces are one group ("4821 9931"), so a phone number (9–10
///   digits) is too long to be a code; times and dates ("14:30", "12/03") are not
///   groups;
/// - except when "postal", "zip", "route", "civil", "client"… comes right before the
///   keyword or between it and the digits ("code postal 1300", "Code de la route
///   2024"); "postcode" is its own word and no keyword.
///
/// It is a warning, not a filter: it errs towards warning ("mot de passe oublié" is
/// flagged) and cannot catch a secret written with no keyword at all.
pub fn looks_like_credential(text: &str) -> Option<CredentialHint> {
    credential_hints(text).into_iter().next()
}

/// Every place [`looks_like_credential`] would point out, in order, without overlaps.
pub fn credential_hints(text: &str) -> Vec<CredentialHint> {
    let tokens = tokens(text);
    let mut hints = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match keyword_at(&tokens, i) {
            Some((len, kind, need)) => match check_keyword(text, &tokens, i, len, need) {
                Some((end_token, end)) => {
                    hints.push(CredentialHint {
                        kind,
                        span: tokens[i].start..end,
                    });
                    i = end_token + 1;
                }
                None => i += 1,
            },
            None => i += 1,
        }
    }
    hints
}

/// A word or a run of digits, folded (lower case, no accents), with where it lies in the
/// original text (bytes) and whether a line or sentence ends before it.
#[derive(Debug)]
struct Token {
    text: String,
    digits: bool,
    start: usize,
    end: usize,
    break_before: bool,
}

/// Cuts the text into words and digit runs ("pin1234" → `pin`, `1234`), folded.
fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut current: Option<Token> = None;
    let mut pending_break = false;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let mut folded = Vec::new();
        unicode_normalization::char::decompose_compatible(c, |d| {
            if !unicode_normalization::char::is_combining_mark(d) {
                folded.extend(d.to_lowercase());
            }
        });
        for f in folded {
            let class = if f.is_ascii_digit() {
                Some(true)
            } else if f.is_alphabetic() {
                Some(false)
            } else {
                None
            };
            match (&mut current, class) {
                (Some(t), Some(digits)) if t.digits == digits => {
                    t.text.push(f);
                    t.end = end;
                }
                (_, Some(digits)) => {
                    out.extend(current.take());
                    current = Some(Token {
                        text: f.to_string(),
                        digits,
                        start: i,
                        end,
                        break_before: std::mem::take(&mut pending_break),
                    });
                }
                (_, None) => {
                    out.extend(current.take());
                    if matches!(f, '\n' | '.' | ';' | '!' | '?') {
                        pending_break = true;
                    }
                }
            }
        }
    }
    out.extend(current);
    out
}

/// The longest keyword starting at token `i`: its length in tokens, kind and need.
fn keyword_at(tokens: &[Token], i: usize) -> Option<(usize, CredentialKind, Need)> {
    KEYWORDS
        .iter()
        .filter(|(words, _, _)| {
            words.len() <= tokens.len() - i
                && words.iter().enumerate().all(|(k, w)| {
                    let t = &tokens[i + k];
                    !t.digits && t.text == *w && (k == 0 || !t.break_before)
                })
        })
        .max_by_key(|(words, _, _)| words.len())
        .map(|(words, kind, need)| (words.len(), *kind, *need))
}

/// Whether the keyword at tokens `i..i + len` points at a secret; if so, the last token
/// and the byte where the hint ends.
fn check_keyword(
    text: &str,
    tokens: &[Token],
    i: usize,
    len: usize,
    need: Need,
) -> Option<(usize, usize)> {
    let last = i + len - 1;
    match need {
        Need::Alone => Some(password_value(text, tokens, last)),
        Need::Digits { min, max } => {
            if i > 0 && !tokens[i].break_before && NOT_SECRET.contains(&tokens[i - 1].text.as_str())
            {
                return None;
            }
            let mut k = last + 1;
            let mut words = 0;
            while words < WINDOW && k < tokens.len() && !tokens[k].break_before {
                let t = &tokens[k];
                if t.digits {
                    let (group_end, digits) = digit_group(text, tokens, k);
                    if (min..=max).contains(&digits) {
                        return Some((group_end, tokens[group_end].end));
                    }
                    k = group_end + 1;
                } else {
                    if NOT_SECRET.contains(&t.text.as_str()) {
                        return None;
                    }
                    k += 1;
                }
                words += 1;
            }
            None
        }
    }
}

/// Digit runs separated by nothing but spaces, from token `k`: the last token of the
/// group and how many digits it has ("4821 9931" → 8; "0470 12 34 56" → 10).
fn digit_group(text: &str, tokens: &[Token], k: usize) -> (usize, usize) {
    let mut last = k;
    let mut digits = tokens[k].text.len();
    while let Some(next) = tokens.get(last + 1) {
        let gap = text.get(tokens[last].end..next.start).unwrap_or("");
        if !next.digits || gap.is_empty() || !gap.chars().all(|c| c == ' ' || c == '\u{a0}') {
            break;
        }
        digits += next.text.len();
        last += 1;
    }
    (last, digits)
}

/// Where a password hint ends: after the value when one is introduced by `:`, `=` or
/// "is"/"est" ("mot de passe : Soleil2024"), else after the keyword.
fn password_value(text: &str, tokens: &[Token], last: usize) -> (usize, usize) {
    let keyword_end = (last, tokens[last].end);
    let mut k = last + 1;
    let Some(next) = tokens.get(k) else {
        return keyword_end;
    };
    if next.break_before {
        return keyword_end;
    }
    let gap = text.get(tokens[last].end..next.start).unwrap_or("");
    if !gap.contains([':', '=']) {
        // "c'est": `c` then `est`.
        while tokens
            .get(k)
            .is_some_and(|t| !t.digits && !t.break_before && COPULAS.contains(&t.text.as_str()))
        {
            k += 1;
        }
        if k == last + 1 || k - last > 3 {
            return keyword_end;
        }
    }
    let Some(value) = tokens.get(k).filter(|t| !t.break_before) else {
        return keyword_end;
    };
    // The value runs to the next space, whatever it contains ("Soleil2024!").
    let rest = &text[value.start..];
    let length = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let value_text = rest[..length].trim_end_matches([',', ';', '.', ')']);
    let end = value.start + value_text.len().max(value.end - value.start);
    let end_token = tokens
        .iter()
        .rposition(|t| t.start < end)
        .unwrap_or(k)
        .max(k);
    (end_token, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn is_code(s: &str) -> bool {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    }

    #[test]
    fn codes_round_trip_and_are_kebab_case_ascii() {
        let mut all: Vec<&str> = Vec::new();
        for p in Platform::ALL {
            assert_eq!(Platform::parse(p.code()), Some(p));
            assert!(is_shipped(p.code()));
            all.push(p.code());
        }
        for m in Mode::ALL {
            assert_eq!(Mode::parse(m.code()), Some(m));
            all.push(m.code());
        }
        for o in Outcome::ALL {
            assert_eq!(Outcome::parse(o.code()), Some(o));
            all.push(o.code());
        }
        for b in Barrier::ALL {
            assert_eq!(Barrier::parse(b.code()), Some(b));
            all.push(b.code());
        }
        for a in Autonomy::ALL {
            assert_eq!(Autonomy::parse(a.code()), Some(a));
            all.push(a.code());
        }
        for e in Equipment::ALL {
            assert_eq!(Equipment::parse(e.code()), Some(e));
            all.push(e.code());
        }
        for k in ServiceKind::ALL {
            assert_eq!(ServiceKind::parse(k.code()), Some(k));
            assert_ne!(k.code(), REDIRECT_NOWHERE);
            assert_ne!(k.code(), REDIRECT_DIRECTORY);
            all.push(k.code());
        }
        for a in AgeBand::ALL {
            assert_eq!(AgeBand::parse(a.code()), Some(a));
            all.push(a.code());
        }
        assert!(all.iter().all(|c| is_code(c)), "{all:?}");
        assert!(!is_shipped("MyMinfin"));
        assert!(!is_shipped("cpas-local"));
        assert_eq!(
            Platform::ALL.map(Platform::code),
            [
                "myminfin",
                "mysocialsecurity",
                "mutual-insurance",
                "mypension",
                "job-centre",
                "unemployment-fund",
                "housing",
                "energy",
                "online-banking",
                "municipal-e-counter",
                "residence",
                "itsme",
                "ebox",
                "myhealth",
                "email",
                "other"
            ]
        );
        assert_eq!(
            Barrier::ALL.map(Barrier::code),
            [
                "itsme-required",
                "no-smartphone",
                "no-card-reader-or-pin",
                "platform-down",
                "forgotten-code",
                "document-missing",
                "language",
                "too-complex",
                "cost",
                "other"
            ]
        );
        assert_eq!(
            AgeBand::ALL.map(AgeBand::code),
            ["under-18", "18-25", "26-45", "46-64", "65-79", "80-plus", "unknown"]
        );
    }

    #[test]
    fn platforms_have_an_area_and_three_labels() {
        assert_eq!(Platform::MyMinfin.area(), Area::Tax);
        assert_eq!(Platform::MyHealth.area(), Area::HealthInsurance);
        assert_eq!(Platform::UnemploymentFund.area(), Area::Unemployment);
        assert_eq!(Platform::MunicipalECounter.area(), Area::MunicipalCounter);
        assert_eq!(Platform::Itsme.area(), Area::Other);
        for p in Platform::ALL {
            let (fr, nl, en) = p.labels();
            assert!(!fr.is_empty() && !nl.is_empty() && !en.is_empty());
            assert_eq!(p.label(Lang::Nl), nl);
        }
        assert_eq!(Platform::OnlineBanking.label(Lang::Fr), "Banque en ligne");
        assert!(Mode::For.needs_mandate());
        assert!(!Mode::With.needs_mandate());
    }

    #[test]
    fn barrier_lists_are_sorted_and_deduplicated() {
        assert_eq!(
            Barrier::parse_list(&["cost", "itsme-required", "cost", " language ", ""]),
            Ok(vec![
                Barrier::ItsmeRequired,
                Barrier::Language,
                Barrier::Cost
            ])
        );
        assert_eq!(Barrier::parse_list(&[]), Ok(vec![]));
        assert_eq!(
            Barrier::parse_list(&["cost", "wifi"]),
            Err("wifi".to_owned())
        );
    }

    #[test]
    fn no_equipment_stands_alone() {
        assert_eq!(
            Equipment::parse_set(&["tablet", "phone", "phone"]),
            Ok(vec![Equipment::Phone, Equipment::Tablet])
        );
        assert_eq!(
            Equipment::parse_set(&["none", "none"]),
            Ok(vec![Equipment::None])
        );
        assert_eq!(Equipment::parse_set(&[]), Ok(vec![]));
        assert_eq!(
            Equipment::parse_set(&["none", "phone"]),
            Err(ActError::NoEquipmentWithOther)
        );
        assert_eq!(
            Equipment::parse_set(&["fax"]),
            Err(ActError::UnknownEquipment("fax".into()))
        );
    }

    #[test]
    fn redirects() {
        assert_eq!(Redirect::parse("", ""), Ok(Redirect::Nowhere));
        assert_eq!(Redirect::parse("nowhere", "ignored"), Ok(Redirect::Nowhere));
        assert_eq!(
            Redirect::parse("public-digital-space", ""),
            Ok(Redirect::Kind(ServiceKind::PublicDigitalSpace))
        );
        let dir = Redirect::parse("directory", " svc-42 ").unwrap();
        assert_eq!(dir, Redirect::Directory("svc-42".into()));
        assert_eq!(dir.code(), "directory");
        assert_eq!(dir.service_id(), Some("svc-42"));
        assert_eq!(
            Redirect::parse("", "svc-42"),
            Ok(Redirect::Directory("svc-42".into()))
        );
        assert_eq!(
            Redirect::parse("directory", ""),
            Err(ActError::ServiceRequired)
        );
        assert_eq!(
            Redirect::parse("directory", &"x".repeat(201)),
            Err(ActError::ServiceIdInvalid)
        );
        assert_eq!(
            Redirect::parse("directory", "a\u{0}b"),
            Err(ActError::ServiceIdInvalid)
        );
        assert_eq!(
            Redirect::parse("cinema", ""),
            Err(ActError::UnknownRedirect)
        );
        assert_eq!(
            Redirect::Kind(ServiceKind::Association).code(),
            "association"
        );
        assert_eq!(Redirect::Nowhere.service_id(), None);
    }

    #[test]
    fn anonymous_walk_ins() {
        assert_eq!(
            Anonymous::parse("65-79", " 1300 ", "AR"),
            Ok(Anonymous {
                age_band: AgeBand::From65To79,
                postcode: Some(Postcode::parse("1300").unwrap()),
                language: Some("ar".into()),
            })
        );
        assert_eq!(
            Anonymous::parse("", "", ""),
            Ok(Anonymous {
                age_band: AgeBand::Unknown,
                postcode: None,
                language: None,
            })
        );
        assert_eq!(
            Anonymous::parse("old", "", ""),
            Err(AnonymousError::AgeBand)
        );
        assert_eq!(
            Anonymous::parse("", "130", ""),
            Err(AnonymousError::Postcode)
        );
        assert_eq!(
            Anonymous::parse("", "", "arabe"),
            Err(AnonymousError::Language)
        );
        assert_eq!(AgeBand::of_age(17), AgeBand::Under18);
        assert_eq!(AgeBand::of_age(18), AgeBand::From18To25);
        assert_eq!(AgeBand::of_age(45), AgeBand::From26To45);
        assert_eq!(AgeBand::of_age(64), AgeBand::From46To64);
        assert_eq!(AgeBand::of_age(79), AgeBand::From65To79);
        assert_eq!(AgeBand::of_age(80), AgeBand::From80);
    }

    #[test]
    fn minutes_are_whole_numbers_from_1_to_480() {
        for (typed, minutes) in [
            ("40", 40),
            (" 40 ", 40),
            ("40 min", 40),
            ("40min", 40),
            ("40 MIN", 40),
            ("40 minutes", 40),
            ("1", 1),
            ("480", 480),
            ("007", 7),
        ] {
            assert_eq!(parse_minutes(typed), Ok(minutes), "{typed}");
        }
        let range = ActError::MinutesOutOfRange { min: 1, max: 480 };
        for typed in ["0", "-3", "481", "99999999"] {
            assert_eq!(parse_minutes(typed), Err(range.clone()), "{typed}");
        }
        for typed in ["deux", "1.5", "40 h", "min", "4 0", "+40", "--3"] {
            assert_eq!(
                parse_minutes(typed),
                Err(ActError::MinutesNotWhole),
                "{typed}"
            );
        }
        assert_eq!(parse_minutes("  "), Err(ActError::MinutesRequired));
    }

    fn form() -> ActForm {
        ActForm {
            platform: "myminfin".into(),
            mode: "with".into(),
            minutes: "40 min".into(),
            outcome: "partly".into(),
            barriers: vec!["forgotten-code".into(), "itsme-required".into()],
            autonomy: "partly-autonomous".into(),
            equipment: vec!["phone".into()],
            redirect_kind: "social-service".into(),
            redirect_service: String::new(),
            day: "12/03/2026".into(),
        }
    }

    #[test]
    fn an_act_form_is_read() {
        let today = d(2026, 3, 15);
        let act = form().parse(is_shipped, today).unwrap();
        assert_eq!(
            act,
            Act {
                platform: "myminfin".into(),
                mode: Mode::With,
                minutes: 40,
                outcome: Outcome::Partly,
                barriers: vec![Barrier::ItsmeRequired, Barrier::ForgottenCode],
                autonomy: Autonomy::PartlyAutonomous,
                equipment: vec![Equipment::Phone],
                redirect: Redirect::Kind(ServiceKind::SocialService),
                day: d(2026, 3, 12),
            }
        );
        // An organisation's own platform; today when the day is left empty.
        let own = ActForm {
            platform: " cpas-energy-desk ".into(),
            day: String::new(),
            ..form()
        };
        let act = own
            .parse(|c| is_shipped(c) || c == "cpas-energy-desk", today)
            .unwrap();
        assert_eq!(act.platform, "cpas-energy-desk");
        assert_eq!(act.day, today);
        // The day bounds: today, and 31 days back.
        for day in ["2026-03-15", "12/02/2026"] {
            let f = ActForm {
                day: day.into(),
                ..form()
            };
            assert!(f.parse(is_shipped, today).is_ok(), "{day}");
        }
    }

    #[test]
    fn an_act_form_returns_every_error_with_its_field() {
        let today = d(2026, 3, 15);
        let empty = ActForm {
            day: "16/03/2026".into(),
            ..ActForm::default()
        };
        assert_eq!(
            empty.parse(is_shipped, today),
            Err(vec![
                (Field::Platform, ActError::PlatformRequired),
                (Field::Mode, ActError::ModeRequired),
                (Field::Minutes, ActError::MinutesRequired),
                (Field::Outcome, ActError::OutcomeRequired),
                (Field::Autonomy, ActError::AutonomyRequired),
                (Field::Day, ActError::DayInFuture),
            ])
        );
        let wrong = ActForm {
            platform: "myspace".into(),
            mode: "by".into(),
            minutes: "deux".into(),
            outcome: "maybe".into(),
            barriers: vec!["cost".into(), "weather".into()],
            autonomy: "total".into(),
            equipment: vec!["none".into(), "computer".into()],
            redirect_kind: "directory".into(),
            redirect_service: " ".into(),
            day: "11/02/2026".into(),
        };
        let errors = wrong.parse(is_shipped, today).unwrap_err();
        assert_eq!(
            errors,
            vec![
                (Field::Platform, ActError::UnknownPlatform),
                (Field::Mode, ActError::UnknownMode),
                (Field::Minutes, ActError::MinutesNotWhole),
                (Field::Outcome, ActError::UnknownOutcome),
                (Field::Barriers, ActError::UnknownBarrier("weather".into())),
                (Field::Autonomy, ActError::UnknownAutonomy),
                (Field::Equipment, ActError::NoEquipmentWithOther),
                (Field::Redirect, ActError::ServiceRequired),
                (
                    Field::Day,
                    ActError::DayTooOld {
                        earliest: d(2026, 2, 12)
                    }
                ),
            ]
        );
        for (field, error) in &errors {
            assert!(is_code(field.code()));
            assert!(!error.to_string().is_empty());
        }
        // A shipped platform the organisation does not offer is not known.
        let hidden = form().parse(|c| c == "ebox", today).unwrap_err();
        assert_eq!(hidden, vec![(Field::Platform, ActError::UnknownPlatform)]);
        let bad_day = ActForm {
            day: "30/02/2026".into(),
            minutes: "0".into(),
            ..form()
        };
        assert_eq!(
            bad_day.parse(is_shipped, today),
            Err(vec![
                (
                    Field::Minutes,
                    ActError::MinutesOutOfRange { min: 1, max: 480 }
                ),
                (Field::Day, ActError::NotADate),
            ])
        );
    }

    /// The part of `text` pointed out, and its kind, or `None`.
    fn hint(text: &str) -> Option<(CredentialKind, &str)> {
        looks_like_credential(text).map(|h| (h.kind, &text[h.span]))
    }

    #[test]
    fn credentials_are_pointed_out() {
        let cases: &[(&str, CredentialKind, &str)] = &[
            // The examples of the brief.
            ("code 4821", Code, "code 4821"),
            ("PIN: 1234", Pin, "PIN: 1234"),
            ("pin1234", Pin, "pin1234"),
            (
                "mot de passe : Soleil2024",
                Password,
                "mot de passe : Soleil2024",
            ),
            ("mdp soleil", Password, "mdp"),
            ("wachtwoord is Tulp123", Password, "wachtwoord is Tulp123"),
            ("password=abc123", Password, "password=abc123"),
            ("code itsme 12345", Code, "code itsme 12345"),
            (
                "code d'activation 4821 9931",
                Code,
                "code d'activation 4821 9931",
            ),
            ("paswoord", Password, "paswoord"),
            ("code secret", Code, "code secret"),
            ("token", Code, "token"),
            // French.
            ("Son MDP c'est Azerty1!", Password, "MDP c'est Azerty1!"),
            ("Mot-de-passe: Bxl1000.", Password, "Mot-de-passe: Bxl1000"),
            ("MÔT DE PÂSSE oublié", Password, "MÔT DE PÂSSE"),
            ("le code est 0000", Code, "code est 0000"),
            ("code PIN 4821", Pin, "code PIN 4821"),
            (
                "Code PUK : 1234 5678 9012",
                Pin,
                "Code PUK : 1234 5678 9012",
            ),
            (
                "code d’activation : 48219931",
                Code,
                "code d’activation : 48219931",
            ),
            ("Code Sécret de la carte", Code, "Code Sécret"),
            ("code confidentiel", Code, "code confidentiel"),
            ("digicode 4821B", Code, "digicode 4821"),
            ("code : 48 21 99", Code, "code : 48 21 99"),
            // Dutch.
            ("pincode 0000", Pin, "pincode 0000"),
            ("PIN-code: 9876", Pin, "PIN-code: 9876"),
            ("Mijn wachtwoord vergeten", Password, "wachtwoord"),
            ("geheime code van de kaart", Code, "geheime code"),
            ("activatiecode 123456789", Code, "activatiecode 123456789"),
            ("Verificatiecode: 482193", Code, "Verificatiecode: 482193"),
            ("itsme 48213", Code, "itsme 48213"),
            // English.
            ("passwd: hunter2", Password, "passwd: hunter2"),
            ("PASSWORD is Secret99", Password, "PASSWORD is Secret99"),
            ("OTP 482193", Code, "OTP 482193"),
            ("secret code", Code, "secret code"),
            ("card CVV 123", Code, "CVV 123"),
            ("the PIN is 4821", Pin, "PIN is 4821"),
        ];
        for &(text, kind, span) in cases {
            assert_eq!(hint(text), Some((kind, span)), "{text}");
        }
    }

    #[test]
    fn ordinary_notes_are_left_alone() {
        for text in [
            // The examples of the brief.
            "rendez-vous le 12/03 à 14:30",
            "code postal 1300",
            "postcode 1000",
            "né en 1984",
            "facture 2024-118",
            "numéro de compte BE71 0961 2345 6769",
            "appelé au 0470 12 34 56",
            "40 minutes",
            "Code de la route",
            "Code de la route 2024",
            // More.
            "Le code a été envoyé par SMS au 0470 12 34 56",
            "code envoyé au 0470 12 34 56",
            "a oublié son code PIN, à réactiver à la commune",
            "pas de lecteur de carte ni de code PIN",
            "PIN-code vergeten, nieuwe aangevraagd",
            "code du travail article 1234",
            "zip code 1000",
            "postal code 1300",
            "Code client 123456",
            "code 12",
            "code 14:30",
            "code rendez-vous 12/03/2024",
            "itsme installé le 12 03 2024",
            "itsme 2024",
            "spinning 1234",
            "de pinautomaat in de Nieuwstraat 12",
            "de postcode is 9000",
            "Tax-on-web aangifte 2025 ingediend",
            "MyMinfin: aangifte 2025 gedaan, nog 2 documenten",
            "",
            "code\n1234 personnes",
        ] {
            assert_eq!(looks_like_credential(text), None, "{text}");
        }
    }

    #[test]
    fn every_hint_is_found_and_spans_are_on_char_boundaries() {
        let text = "Code PIN 1234 et le mot de passe : Été2024. Postcode 1000, code 5555";
        let hints = credential_hints(text);
        let found: Vec<(CredentialKind, &str)> = hints
            .iter()
            .map(|h| (h.kind, &text[h.span.clone()]))
            .collect();
        assert_eq!(
            found,
            [
                (Pin, "Code PIN 1234"),
                (Password, "mot de passe : Été2024"),
                (Code, "code 5555"),
            ]
        );
        assert_eq!(CredentialKind::Password.code(), "password");
        // Characters that fold into several (½ → 1⁄2, ﬁ → fi) do not break the spans.
        let odd = "code ½ 1234, ﬁn du mot de passe: ½x";
        for h in credential_hints(odd) {
            assert!(odd.get(h.span.clone()).is_some(), "{h:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_read_without_panicking_and_spans_fit_the_text(
            text in "(code|PIN|mdp|mot de passe|wachtwoord|postal|½|ﬁ|é|[0-9]{1,6}|[ :=.\n,'’-]|[a-zA-Z]{1,5}){0,12}",
        ) {
            let hints = credential_hints(&text);
            for pair in hints.windows(2) {
                proptest::prop_assert!(pair[0].span.end <= pair[1].span.start);
            }
            for h in hints {
                proptest::prop_assert!(h.span.start < h.span.end);
                proptest::prop_assert!(text.get(h.span.clone()).is_some());
            }
        }
    }
}
