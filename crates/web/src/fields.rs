//! Reading the fields a person's file is made of, the same way on every form that has
//! them (registration, identity, contact): each field's length limit, dates and
//! national numbers with messages that say what is wrong and how to write it.

use crate::ctx::Ctx;
use crate::forms::Errors;
use chrono::{Datelike, NaiveDate};
use guichet_domain::niss::{Niss, NissError};
use guichet_domain::org::Postcode;
use guichet_domain::person::{Address, PartialDate, PartialDateError};
use guichet_domain::postcodes;
use guichet_domain::text::{self, Limit, TextError};

/// The field's text, trimmed; an error on the field (named by its label) when it is
/// too long, has too many lines or holds a control character.
pub fn text(
    ctx: &Ctx,
    errors: &mut Errors,
    id: &'static str,
    label_key: &str,
    raw: &str,
    limit: Limit,
) -> String {
    if let Err(e) = text::check(raw, limit) {
        errors.push(id, text_error(ctx, label_key, e));
    }
    raw.trim().to_owned()
}

/// "Family name: at most 80 characters (this one has 10,000)."
pub fn text_error(ctx: &Ctx, label_key: &str, e: TextError) -> String {
    let field = ctx.t(label_key);
    match e {
        TextError::TooLong { max, got } => ctx.tr.targs(
            "field-too-long",
            &[
                ("field", &field),
                ("max", &max.to_string()),
                ("got", &got.to_string()),
            ],
        ),
        TextError::TooManyLines { max, got } => ctx.tr.targs(
            "field-too-many-lines",
            &[
                ("field", &field),
                ("max", &max.to_string()),
                ("got", &got.to_string()),
            ],
        ),
        TextError::ControlCharacter => ctx.tr.t1("field-control-character", "field", field),
    }
}

/// A birth date from its three boxes, with a message per kind of mistake (on the
/// `birth_day` fieldset).
pub fn birth_date(
    ctx: &Ctx,
    errors: &mut Errors,
    day: &str,
    month: &str,
    year: &str,
    today: NaiveDate,
) -> PartialDate {
    match PartialDate::parse(day, month, year, today) {
        Ok(d) => d,
        Err(e) => {
            let key = match e {
                PartialDateError::NotANumber => "person-birth-not-a-number",
                PartialDateError::Incomplete => "person-birth-incomplete",
                PartialDateError::Impossible => "person-birth-invalid",
                PartialDateError::Future => "person-birth-future",
                PartialDateError::TooLongAgo => "person-birth-too-long-ago",
                PartialDateError::TwoDigitYear => "person-birth-two-digit-year",
            };
            errors.push("birth_day", ctx.t(key));
            PartialDate::default()
        }
    }
}

/// An optional national number. One whose date part contradicts the birth date given
/// is pointed out, unless the desk confirmed both (`confirmed`, the `niss_confirmed`
/// box); [`offers_niss_confirmation`] says when to show that box.
pub fn niss(
    ctx: &Ctx,
    errors: &mut Errors,
    raw: &str,
    birth: &PartialDate,
    confirmed: bool,
    today: NaiveDate,
) -> Option<Niss> {
    if raw.trim().is_empty() {
        return None;
    }
    match Niss::parse(raw, today.year()) {
        Ok(n) => {
            if n.contradicts(birth) && !confirmed {
                errors.push(
                    "niss",
                    ctx.tr.t2(
                        "person-niss-birth-mismatch",
                        ("number", n.encoded_birth().display()),
                        ("birth", birth.display()),
                    ),
                );
            }
            Some(n)
        }
        Err(e) => {
            let key = match e {
                NissError::Length => "person-niss-length",
                NissError::Checksum => "person-niss-invalid",
                NissError::Month | NissError::Day => "person-niss-date-part",
            };
            errors.push("niss", ctx.t(key));
            None
        }
    }
}

/// The "both are right as typed" box is offered once the number and the birth date
/// disagreed (and kept while it is ticked).
pub fn offers_niss_confirmation(
    raw: &str,
    birth: &PartialDate,
    confirmed: bool,
    today: NaiveDate,
) -> bool {
    confirmed
        || Niss::parse(raw, today.year())
            .map(|n| n.contradicts(birth))
            .unwrap_or(false)
}

/// The municipality checked against the shipped postcode list: filled in when the
/// postcode serves one place, asked for when it serves several, pointed out when it
/// belongs to another postcode (unless the desk confirms the address as typed).
pub fn municipality(
    ctx: &Ctx,
    errors: &mut Errors,
    pc: Postcode,
    typed: &str,
    confirmed: bool,
) -> String {
    let typed = typed.trim().to_owned();
    let list = |names: Vec<&str>| names.join(", ");
    match postcodes::check(pc, &typed) {
        postcodes::Check::Fits(name) => return name,
        postcodes::Check::Unknown => {
            errors.push("municipality", ctx.t("site-municipality-missing"))
        }
        postcodes::Check::Choose(names) => errors.push(
            "municipality",
            ctx.tr.t2(
                "address-municipality-choose",
                ("postcode", pc.get().to_string()),
                ("places", list(names)),
            ),
        ),
        postcodes::Check::Mismatch(_) if confirmed => {}
        postcodes::Check::Mismatch(names) => errors.push(
            "municipality",
            ctx.tr.t2(
                "address-municipality-mismatch",
                ("postcode", pc.get().to_string()),
                ("places", list(names)),
            ),
        ),
    }
    typed
}

/// The longest break-glass reason accepted, in characters.
pub const MAX_REASON_CHARS: usize = 2000;

/// A written reason for opening files outside one's teams (break-glass, "search all
/// files"): long enough to say why, not a novel.
pub fn break_glass_reason(ctx: &Ctx, errors: &mut Errors, raw: &str) -> String {
    let typed = raw.trim();
    let n = typed.chars().count();
    if typed.is_empty() {
        errors.push("reason", ctx.t("break-glass-reason-missing"));
    } else if text::has_forbidden_control(typed) {
        errors.push(
            "reason",
            text_error(ctx, "break-glass-reason", TextError::ControlCharacter),
        );
    } else if n < guichet_domain::policy::BREAK_GLASS_MIN_REASON {
        errors.push("reason", ctx.t("break-glass-reason-too-short"));
    } else if n > MAX_REASON_CHARS {
        errors.push("reason", ctx.t("break-glass-reason-too-long"));
    }
    typed.to_owned()
}

/// The version of the file an edit form was read at (its hidden `version` field);
/// `None` when the form carries none.
pub fn seen_version(body: &[u8]) -> Option<i64> {
    crate::forms::value(body, "version").trim().parse().ok()
}

/// A field that must be filled in: its text (as [`text`]), and `missing_key`'s message
/// when it is empty.
pub fn required(
    ctx: &Ctx,
    errors: &mut Errors,
    id: &'static str,
    label_key: &str,
    missing_key: &str,
    raw: &str,
    limit: Limit,
) -> String {
    let v = text(ctx, errors, id, label_key, raw, limit);
    if v.is_empty() {
        errors.push(id, ctx.t(missing_key));
    }
    v
}

/// The three names of a file (given names, family name, usual name), each within its
/// limit; at least one is needed.
pub fn names(
    ctx: &Ctx,
    errors: &mut Errors,
    given: &str,
    family: &str,
    usual: &str,
) -> (String, String, String) {
    let given = text(
        ctx,
        errors,
        "given_names",
        "person-given-names",
        given,
        Limit::GivenNames,
    );
    let family = text(
        ctx,
        errors,
        "family_name",
        "person-family-name",
        family,
        Limit::Name,
    );
    let usual = text(
        ctx,
        errors,
        "usual_name",
        "person-usual-name",
        usual,
        Limit::Name,
    );
    if given.is_empty() && family.is_empty() && usual.is_empty() {
        errors.push("family_name", ctx.t("person-name-missing"));
    }
    (given, family, usual)
}

/// A Belgian address from its fields (`street`, `postcode`, `municipality`), the
/// municipality checked against the postcode list; `None` when the postcode is wrong.
pub fn belgian_address(
    ctx: &Ctx,
    errors: &mut Errors,
    street: &str,
    postcode: &str,
    municipality: &str,
    confirmed: bool,
) -> Option<Address> {
    let street = required(
        ctx,
        errors,
        "street",
        "address-street",
        "address-street-missing",
        street,
        Limit::Street,
    );
    let typed = text(
        ctx,
        errors,
        "municipality",
        "site-municipality",
        municipality,
        Limit::Label,
    );
    match Postcode::parse(postcode) {
        Ok(postcode) => Some(Address::Belgian {
            street,
            postcode,
            municipality: self::municipality(ctx, errors, postcode, &typed, confirmed),
        }),
        Err(_) => {
            errors.push("postcode", ctx.t("site-postcode-invalid"));
            None
        }
    }
}

/// A contact address for someone with no fixed address ("c/o" the service).
pub fn contact_address(ctx: &Ctx, errors: &mut Errors, raw: &str) -> Address {
    Address::NoFixed {
        contact_address: required(
            ctx,
            errors,
            "contact_address",
            "address-contact",
            "address-contact-missing",
            raw,
            Limit::Address,
        ),
    }
}
