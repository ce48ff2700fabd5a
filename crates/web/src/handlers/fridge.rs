//! The fridge card's model: its lines and how each stands out, computed once, in the
//! person's language, and rendered both by the HTML card (`fridge_card.html`) and by the
//! PDF (`guichet_letters::render_card`). The day and the time are large; then whom they
//! will see, where, the room, what to bring, the number to cancel and the walk-in hours.

use crate::i18n::Tr;
use guichet_letters::{Card, CardLine, Emphasis};
use guichet_store::appointments::AppointmentView;
use guichet_store::org::Site;

/// The card of `name`'s appointment, in `tr`'s language (`lang`: the code printed for
/// PDF readers, "fr", "nl" or "en"). The name says whose card it is on a family's fridge.
pub fn card(tr: &Tr, lang: &str, name: &str, a: &AppointmentView, site: &Site) -> Card {
    let (day, time, lines) = super::appointments::card_lines(tr, a, site);
    let mut out = vec![
        CardLine::new(tr.t("card-heading"), Emphasis::Title),
        CardLine::new(tr.t1("card-for", "name", name), Emphasis::Normal),
        CardLine::new(day, Emphasis::Large),
        CardLine::new(time, Emphasis::Large),
    ];
    out.extend(
        lines
            .into_iter()
            .map(|l| CardLine::new(l, Emphasis::Normal)),
    );
    let walkin = super::requests::walkin_in_words(tr, site);
    if !walkin.is_empty() {
        out.push(CardLine::new(
            tr.t1("ack-walkin", "hours", walkin),
            Emphasis::Normal,
        ));
    }
    Card {
        lang: lang.to_owned(),
        lines: out,
    }
}

/// The class an HTML line of the card gets.
pub fn class(e: Emphasis) -> &'static str {
    match e {
        Emphasis::Title => "fridge-title",
        Emphasis::Large => "fridge-large",
        Emphasis::Normal => "fridge-line",
    }
}

/// The card for the printer: a phone number is never split over two lines.
pub fn for_print(mut card: Card, site: &Site) -> Card {
    let phone = site.phone.display();
    let glued = phone.replace(' ', "\u{a0}");
    for l in &mut card.lines {
        l.text = l.text.replace(&phone, &glued);
    }
    card
}

/// Whether a text has letters (Arabic, Ethiopic) that a desk's browser often has no font
/// for: the PDF card, which carries its fonts, is then the one to print.
pub fn needs_embedded_fonts(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c,
            '\u{0600}'..='\u{08FF}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}'
            | '\u{1200}'..='\u{139F}'
            | '\u{2D80}'..='\u{2DDF}'
            | '\u{AB00}'..='\u{AB2F}')
    })
}
