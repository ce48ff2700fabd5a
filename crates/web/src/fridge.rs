//! The fridge card's model: its lines and how each stands out, computed once from the
//! fridge-card template in force (a coordinator may edit it), in the person's language
//! and variant, and rendered both by the HTML card (`fridge_card.html`) and by the PDF
//! (`guichet_letters::render_card`). The day and the time are large; then whom they will
//! see, where, the room, what to bring, the number to cancel and the walk-in hours.

use crate::i18n::Tr;
use guichet_letters::{Card, CardLine, Emphasis};
use guichet_outputs::templates::{Text, Values};
use guichet_store::org::Site;

/// The card of `name`'s appointment from its text (`text`: the fridge-card template in
/// force — the coordinator's edited text or the shipped one — in the person's language and
/// variant, filled in with `values`), in `tr`'s language for the words guichet adds
/// (`lang`: the code printed for PDF readers). Each line of the text is a line of the
/// card; the lines that give the day or the time stand out, large. The name says whose
/// card it is on a family's fridge; the walk-in hours follow when the text has none.
pub fn card(tr: &Tr, lang: &str, name: &str, text: &Text, values: &Values, site: &Site) -> Card {
    let title = if text.subject.trim().is_empty() {
        tr.t("card-heading")
    } else {
        text.subject.trim().to_owned()
    };
    let mut out = vec![
        CardLine::new(title.clone(), Emphasis::Title),
        CardLine::new(tr.t1("card-for", "name", name), Emphasis::Normal),
    ];
    let stands_out: Vec<&str> = ["day", "time"]
        .iter()
        .filter_map(|k| values.get(*k).map(String::as_str))
        .filter(|v| !v.trim().is_empty())
        .collect();
    let mut body = text.body.lines().map(str::trim).filter(|l| !l.is_empty());
    // A body that starts with the title again (the shipped texts do) does not repeat it.
    let mut first = body.next();
    if first == Some(title.as_str()) {
        first = body.next();
    }
    for line in first.into_iter().chain(body) {
        let emphasis = if stands_out.iter().any(|v| line.contains(v)) {
            Emphasis::Large
        } else {
            Emphasis::Normal
        };
        out.push(CardLine::new(line.to_owned(), emphasis));
    }
    let walkin = crate::present::walkin_in_words(tr, site);
    if !walkin.is_empty() && !text.body.contains(&walkin) {
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
