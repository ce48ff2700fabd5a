//! How to reach a person: channels in order, language, needs, postal address —
//! and the same, in plain words, at the top of the person's page.

use super::{not_found, unavailable};
use crate::ctx::{Ctx, Staff};
use crate::fields;
use crate::forms::{all_values, value, Errors};
use crate::present::{channel_key, need_key, reach_lines, spoken_language_key};
use crate::views::{render, Choice, Page};
use crate::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use guichet_desk::DeskError;
use guichet_domain::consent::Purpose;
use guichet_domain::contact::{
    Channel, ContactPreferences, Need, PreferredLanguage, WRITTEN_LANGUAGES,
};
use guichet_domain::ids::PersonId;
use guichet_domain::person::Address;
use guichet_domain::text::Limit;
use guichet_store::persons::PersonDetails;

#[derive(Default)]
struct ContactForm {
    channels: [String; 3],
    trusted_third: String,
    language: String,
    language_other: String,
    needs: Vec<String>,
    address_kind: String,
    street: String,
    postcode: String,
    municipality: String,
    /// Ticked when the desk keeps a municipality the postcode list does not know for it.
    municipality_confirmed: bool,
    foreign_lines: String,
    country: String,
    contact_address: String,
    /// Purposes the desk confirms the person agreed to now (`sms`, `email`): consent
    /// is recorded only from this explicit choice, never from the channels chosen.
    agrees: Vec<String>,
}

const CHANNEL_IDS: [&str; 3] = ["channel_1", "channel_2", "channel_3"];
const CHANNEL_LABELS: [&str; 3] = [
    "contact-channel-1",
    "contact-channel-2",
    "contact-channel-3",
];

impl ContactForm {
    fn from_body(b: &[u8]) -> Self {
        Self {
            channels: CHANNEL_IDS.map(|id| value(b, id)),
            trusted_third: value(b, "trusted_third"),
            language: value(b, "language"),
            language_other: value(b, "language_other"),
            needs: all_values(b, "needs"),
            address_kind: value(b, "address_kind"),
            street: value(b, "street"),
            postcode: value(b, "postcode"),
            municipality: value(b, "municipality"),
            municipality_confirmed: matches!(
                value(b, "municipality_confirmed").as_str(),
                "1" | "yes"
            ),
            agrees: all_values(b, "agrees"),
            foreign_lines: value(b, "foreign_lines"),
            country: value(b, "country"),
            contact_address: value(b, "contact_address"),
        }
    }

    fn from_details(d: &PersonDetails) -> Self {
        let mut f = Self {
            trusted_third: d.contact.trusted_third.clone(),
            language: d.contact.language.code().to_owned(),
            language_other: match &d.contact.language {
                PreferredLanguage::Other(n) => n.clone(),
                _ => String::new(),
            },
            needs: d
                .contact
                .needs
                .iter()
                .map(|n| n.code().to_owned())
                .collect(),
            address_kind: d.address.kind().to_owned(),
            ..Default::default()
        };
        for (i, c) in d.contact.channels.iter().take(3).enumerate() {
            f.channels[i] = c.code().to_owned();
        }
        match &d.address {
            Address::Belgian {
                street,
                postcode,
                municipality,
            } => {
                f.street = street.clone();
                f.postcode = postcode.get().to_string();
                f.municipality = municipality.clone();
            }
            Address::Foreign { lines, country } => {
                f.foreign_lines = lines.clone();
                f.country = country.clone();
            }
            Address::NoFixed { contact_address } => f.contact_address = contact_address.clone(),
            Address::Unknown => {}
        }
        f
    }

    /// Whether the "keep the address as typed" box is offered: only once the list disagreed.
    fn offers_confirmation(&self, errors: &Errors) -> bool {
        (errors.has("municipality") && !self.municipality.trim().is_empty())
            || self.municipality_confirmed
    }

    fn validate(&self, ctx: &Ctx, errors: &mut Errors) -> Option<(ContactPreferences, Address)> {
        fields::text(
            ctx,
            errors,
            "trusted_third",
            "contact-trusted-third",
            &self.trusted_third,
            Limit::Contact,
        );
        fields::text(
            ctx,
            errors,
            "language_other",
            "contact-language-other",
            &self.language_other,
            Limit::Label,
        );
        let mut prefs = ContactPreferences::from_storage(
            &self.channels.join(","),
            &self.language,
            &self.language_other,
            &self.needs.join(","),
            &self.trusted_third,
        );
        if self.language == "other" && self.language_other.trim().is_empty() {
            errors.push("language_other", ctx.t("contact-language-other-missing"));
        }
        if matches!(prefs.language, PreferredLanguage::Other(_)) && !prefs.has(Need::Interpreter) {
            prefs.needs.push(Need::Interpreter);
        }
        if prefs.channels.contains(&Channel::TrustedThird) && self.trusted_third.trim().is_empty() {
            errors.push("trusted_third", ctx.t("contact-trusted-third-missing"));
        }
        let address = match self.address_kind.as_str() {
            "belgian" => fields::belgian_address(
                ctx,
                errors,
                &self.street,
                &self.postcode,
                &self.municipality,
                self.municipality_confirmed,
            ),
            "foreign" => {
                let lines = fields::required(
                    ctx,
                    errors,
                    "foreign_lines",
                    "address-foreign-lines",
                    "address-street-missing",
                    &self.foreign_lines,
                    Limit::Address,
                );
                let country = fields::required(
                    ctx,
                    errors,
                    "country",
                    "address-country",
                    "address-country-missing",
                    &self.country,
                    Limit::Label,
                );
                Some(Address::Foreign { lines, country })
            }
            "no-fixed" => Some(fields::contact_address(ctx, errors, &self.contact_address)),
            _ => Some(Address::Unknown),
        };
        if prefs.channels.contains(&Channel::PaperLetter)
            && !address.as_ref().is_some_and(Address::is_postal)
            && errors.is_empty()
        {
            errors.push("address_kind", ctx.t("contact-letter-needs-address"));
        }
        if errors.is_empty() {
            address.map(|a| (prefs, a))
        } else {
            None
        }
    }
}

pub struct ChannelSelect {
    pub id: &'static str,
    pub label: String,
    pub options: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "person_contact.html")]
struct ContactTpl {
    p: Page,
    errors: Errors,
    person_id: PersonId,
    name: String,
    f: ContactForm,
    selects: Vec<ChannelSelect>,
    languages: Vec<Choice>,
    needs: Vec<Choice>,
    kinds: Vec<Choice>,
    offer_confirm: bool,
    version: i64,
    /// When a save came too late: how the file says to reach the person now.
    changed: Vec<String>,
    /// "The person agrees to …" boxes, for the messaging consents not granted now.
    agree: Vec<Choice>,
    /// The messaging consents granted now, in words.
    agreed: Vec<String>,
}

fn form_page(ctx: &Ctx, d: &PersonDetails, f: ContactForm, errors: Errors) -> Response {
    form_page_with(ctx, d, f, errors, Vec::new())
}

fn form_page_with(
    ctx: &Ctx,
    d: &PersonDetails,
    f: ContactForm,
    errors: Errors,
    changed: Vec<String>,
) -> Response {
    let selects = (0..3)
        .map(|i| {
            let mut options = vec![Choice {
                value: String::new(),
                label: ctx.t("contact-channel-none"),
                checked: f.channels[i].is_empty(),
            }];
            options.extend(Channel::ALL.iter().map(|c| Choice {
                value: c.code().to_owned(),
                label: ctx.t(channel_key(*c)),
                checked: f.channels[i] == c.code(),
            }));
            ChannelSelect {
                id: CHANNEL_IDS[i],
                label: ctx.t(CHANNEL_LABELS[i]),
                options,
            }
        })
        .collect();
    let mut languages = vec![Choice {
        value: String::new(),
        label: ctx.t("language-unknown"),
        checked: f.language.is_empty(),
    }];
    languages.extend(WRITTEN_LANGUAGES.iter().map(|c| Choice {
        value: (*c).to_owned(),
        label: ctx.t(spoken_language_key(c)),
        checked: f.language == *c,
    }));
    languages.push(Choice {
        value: "other".into(),
        label: ctx.t("language-other"),
        checked: f.language == "other",
    });
    let needs = Need::ALL
        .iter()
        .map(|n| Choice {
            value: n.code().to_owned(),
            label: ctx.t(need_key(*n)),
            checked: f.needs.iter().any(|x| x == n.code()),
        })
        .collect();
    let kinds = [
        ("unknown", "address-kind-unknown"),
        ("belgian", "address-kind-belgian"),
        ("foreign", "address-kind-foreign"),
        ("no-fixed", "address-kind-no-fixed"),
    ]
    .iter()
    .map(|(v, k)| Choice {
        value: (*v).to_owned(),
        label: ctx.t(k),
        checked: f.address_kind == *v || (f.address_kind.is_empty() && *v == "unknown"),
    })
    .collect();
    let status = if changed.is_empty() {
        errors.status()
    } else {
        axum::http::StatusCode::CONFLICT
    };
    let offer_confirm = f.offers_confirmation(&errors);
    let mut agree = Vec::new();
    let mut agreed = Vec::new();
    for (purpose, code, ask, granted) in [
        (
            Purpose::Sms,
            "sms",
            "contact-agrees-sms",
            "contact-agreed-sms",
        ),
        (
            Purpose::Email,
            "email",
            "contact-agrees-email",
            "contact-agreed-email",
        ),
    ] {
        if d.has_consent(purpose) {
            agreed.push(ctx.t(granted));
        } else {
            agree.push(Choice {
                value: code.to_owned(),
                label: ctx.t(ask),
                checked: f.agrees.iter().any(|a| a == code),
            });
        }
    }
    let tpl = ContactTpl {
        p: Page::new(ctx, "contact-title").with_errors(&errors),
        errors,
        person_id: d.summary.id,
        name: d.summary.full_name(),
        f,
        selects,
        languages,
        needs,
        kinds,
        offer_confirm,
        version: d.version,
        changed,
        agree,
        agreed,
    };
    render(status, &tpl)
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> Response {
    match super::person_file(&state, &ctx, &me, &id).await {
        Ok(d) => {
            let f = ContactForm::from_details(&d);
            form_page(&ctx, &d, f, Errors::default())
        }
        Err(r) => r,
    }
}

pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Staff(me): Staff,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let d = match super::person_file(&state, &ctx, &me, &id).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    let f = ContactForm::from_body(&body);
    let mut errors = Errors::default();
    let Some((prefs, address)) = f.validate(&ctx, &mut errors) else {
        return form_page(&ctx, &d, f, errors);
    };
    let agreed: Vec<Purpose> = f
        .agrees
        .iter()
        .filter_map(|code| match code.as_str() {
            "sms" => Some(Purpose::Sms),
            "email" => Some(Purpose::Email),
            _ => None,
        })
        .collect();
    let seen = fields::seen_version(&body);
    let saved = guichet_desk::persons::save_contact(
        &state.desk(),
        &me.actor,
        d.summary.id,
        &prefs,
        &address,
        &agreed,
        seen,
    )
    .await;
    match saved {
        Ok(()) => Redirect::to(&format!("/persons/{}", d.summary.id)).into_response(),
        // Someone changed the file since this form was read: what was typed comes back
        // with how the file says to reach the person now.
        Err(DeskError::Changed) => {
            let mut now = reach_lines(&ctx, &d);
            let address = d.address.lines();
            if !address.is_empty() {
                now.push(ctx.tr.t1("changed-address", "address", address.join(", ")));
            }
            form_page_with(&ctx, &d, f, Errors::default(), now)
        }
        Err(DeskError::NotFound) => not_found(&ctx),
        Err(e) => unavailable(&ctx, e),
    }
}
