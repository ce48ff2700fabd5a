//! Paper that always prints (issue 12, §5 and the envelope part of §4): long
//! names and addresses stay inside the window, letters that cannot be laid
//! out are set aside alone, letters to the same person at the same address
//! share an envelope, Greek, Cyrillic, Arabic and Ethiopic print, and a
//! character no font has is refused before it becomes a box. Every PDF is
//! read back with poppler (`pdftotext -bbox-layout`, `pdffonts`) and turned
//! into PNGs under `<target>/letters/` to look at.

use std::path::{Path, PathBuf};
use std::process::Command;

use guichet_letters::{
    render, render_batch, render_card, uncovered, Card, CardLine, Emphasis, Field, Format, Letter,
    LetterError, Variant,
};

const MM: f64 = 72.0 / 25.4;
/// The address zone documented in the crate, in PDF points from the top left.
const ZONE: (f64, f64, f64, f64) = (100.0 * MM, 50.0 * MM, 190.0 * MM, 84.0 * MM);
/// Where the window can be, whatever the sheet's play in a DL envelope.
const WINDOW_REACH: (f64, f64, f64, f64) = (90.0 * MM, 39.0 * MM, 200.0 * MM, 95.0 * MM);

fn out_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("letters");
    std::fs::create_dir_all(&dir).expect("create output dir");
    dir
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} (Debian poppler-utils) is needed: {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

#[derive(Debug, Clone)]
struct Word {
    text: String,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Word {
    fn height(&self) -> f64 {
        self.y1 - self.y0
    }
    fn inside(&self, (x0, y0, x1, y1): (f64, f64, f64, f64)) -> bool {
        self.x0 >= x0 - 0.01 && self.y0 >= y0 - 0.01 && self.x1 <= x1 + 0.01 && self.y1 <= y1 + 0.01
    }
    fn overlaps(&self, (x0, y0, x1, y1): (f64, f64, f64, f64)) -> bool {
        self.x0 < x1 && self.x1 > x0 && self.y0 < y1 && self.y1 > y0
    }
}

struct Rendered {
    /// (width, height, words) per page.
    pages: Vec<(f64, f64, Vec<Word>)>,
    text: String,
    fonts: String,
}

impl Rendered {
    fn flat(&self) -> String {
        self.text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

fn attr(tag: &str, name: &str) -> f64 {
    let tag = format!(" {tag}");
    let start = tag.find(&format!(" {name}=\"")).expect("attribute") + name.len() + 3;
    let end = start + tag[start..].find('"').expect("closing quote");
    tag[start..end].parse().expect("number")
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn inspect(name: &str, pdf: &[u8]) -> Rendered {
    let dir = out_dir();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).expect("write pdf");
    let p = path.to_str().expect("utf-8 path");
    let prefix = dir.join(name);
    run(
        "pdftoppm",
        &["-r", "60", "-png", p, prefix.to_str().expect("utf-8")],
    );
    let html = run("pdftotext", &["-bbox-layout", p, "-"]);
    let mut pages = Vec::new();
    for chunk in html.split("<page ").skip(1) {
        let head = &chunk[..chunk.find('>').expect("page tag")];
        let (w, h) = (attr(head, "width"), attr(head, "height"));
        let mut words = Vec::new();
        for w in chunk.split("<word ").skip(1) {
            let close = w.find('>').expect("word tag");
            let tag = &w[..close];
            let text = &w[close + 1..w.find("</word>").expect("end of word")];
            words.push(Word {
                text: unescape(text),
                x0: attr(tag, "xMin"),
                y0: attr(tag, "yMin"),
                x1: attr(tag, "xMax"),
                y1: attr(tag, "yMax"),
            });
        }
        pages.push((w, h, words));
    }
    Rendered {
        pages,
        text: run("pdftotext", &[p, "-"]),
        fonts: run("pdffonts", &[p]),
    }
}

fn words_of(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .flat_map(|l| l.split_whitespace().map(str::to_owned))
        .collect()
}

fn letter(variant: Variant, recipient: &[&str]) -> Letter {
    Letter {
        format: Format::Letter,
        variant,
        lang: "fr".to_owned(),
        sender: vec![
            "CPAS de Nulle-Part".to_owned(),
            "Service social".to_owned(),
            "Rue Fictive 1, 5000 Namur".to_owned(),
        ],
        recipient: recipient.iter().map(|s| (*s).to_owned()).collect(),
        place_date: "Namur, le 24 novembre 2026".to_owned(),
        reference: Some("Demande 123".to_owned()),
        subject: "Votre rendez-vous du 3 décembre".to_owned(),
        body: "Bonjour,\n\nUne assistante sociale vous attend le 3 décembre à 10 h.".to_owned(),
        contact: vec!["Téléphone : 081 00 00 00".to_owned()],
        envelope: None,
    }
}

/// Every word of the address is inside the window zone, in order, and no
/// other word of the page is where the window can be.
fn assert_window(name: &str, words: &[Word], recipient: &[String]) {
    let expected = words_of(recipient);
    let seen: Vec<&Word> = words.iter().filter(|w| w.overlaps(WINDOW_REACH)).collect();
    // A line wraps at a space or after a hyphen: the words come back in
    // order, a hyphenated one possibly in two pieces.
    let got: String = seen.iter().map(|w| w.text.as_str()).collect();
    assert_eq!(
        got,
        expected.concat(),
        "{name}: the window shows the address and only it"
    );
    for w in &seen {
        assert!(
            w.inside(ZONE),
            "{name}: {w:?} sticks out of the zone {ZONE:?}"
        );
    }
}

/// The font size of the address, from the height of its last word.
fn address_size(words: &[Word]) -> f64 {
    words
        .iter()
        .rfind(|w| w.overlaps(ZONE))
        .expect("an address word")
        .height()
}

/// A name of `n` characters made of fictional given names and family names.
fn long_name(n: usize) -> String {
    let parts = [
        "Marie-Christine",
        "Jean-Baptiste",
        "Van",
        "den",
        "Bossche-Delacroix",
        "Oudenaarde",
        "Wijnendaele",
        "Fictive",
        "Exemple",
        "Démonstration",
    ];
    let mut s = String::new();
    let mut i = 0;
    while s.chars().count() < n {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(parts[i % parts.len()]);
        i += 1;
    }
    s.chars().take(n).collect::<String>().trim_end().to_owned()
}

#[test]
fn names_of_62_80_and_120_characters_wrap_inside_the_window_in_every_variant() {
    for n in [62, 80, 120] {
        let name = long_name(n);
        assert_eq!(name.chars().count(), n, "{name}");
        for variant in [Variant::Standard, Variant::LargePrint, Variant::EasyRead] {
            let l = letter(variant, &[&name, "Rue des Tests 12 bte 3", "5000 Namur"]);
            let tag = format!("name-{n}-{variant:?}");
            let r = inspect(&tag, &render(std::slice::from_ref(&l)).expect(&tag));
            assert_eq!(r.pages.len(), 1, "{tag}");
            assert_window(&tag, &r.pages[0].2, &l.recipient);
        }
    }
    // Wrapping comes before smaller type: 62 characters at 11 pt take two
    // lines and stay 11 pt.
    let l = letter(
        Variant::Standard,
        &[&long_name(62), "Rue des Tests 12", "5000 Namur"],
    );
    let r = inspect(
        "name-62-size",
        &render(std::slice::from_ref(&l)).expect("render"),
    );
    let size = address_size(&r.pages[0].2);
    assert!(
        (10.5..11.5).contains(&size),
        "62 characters at {size:.1} pt"
    );
    let name_lines: Vec<f64> = r.pages[0]
        .2
        .iter()
        .filter(|w| w.overlaps(ZONE))
        .map(|w| w.y0)
        .fold(Vec::new(), |mut v, y| {
            if !v.iter().any(|&x: &f64| (x - y).abs() < 1.0) {
                v.push(y);
            }
            v
        });
    assert_eq!(name_lines.len(), 4, "two lines of name, street, town");
    // 120 characters in large print need smaller type (but not below 8 pt).
    let l = letter(
        Variant::LargePrint,
        &[&long_name(120), "Rue des Tests 12", "5000 Namur"],
    );
    let r = inspect(
        "name-120-large-size",
        &render(std::slice::from_ref(&l)).expect("render"),
    );
    let size = address_size(&r.pages[0].2);
    assert!((8.0..15.5).contains(&size), "shrunk to {size:.1} pt");
}

#[test]
fn long_streets_contact_addresses_and_foreign_addresses_stay_in_the_window() {
    let cases: [(&str, Vec<&str>); 4] = [
        (
            "long-street",
            vec![
                "Madame Anne Exemple",
                "Avenue du Commandant-Général Baron Jacques de Dixmude-Lannoy 242 boîte 63",
                "1300 Wavre",
            ],
        ),
        (
            "c-o-cpas",
            vec![
                "Monsieur Karim Fictif",
                "c/o CPAS de Wavre — Service d'insertion sociale, à l'attention de Mme Exemple",
                "Rue de la Fraternité 1",
                "1300 Wavre",
            ],
        ),
        (
            "foreign-5",
            vec![
                "Mevrouw Eva Voorbeeld",
                "Appartement 12, 3e étage",
                "Résidence Les Tilleuls",
                "14 rue des Exemples",
                "59000 Lille",
                "FRANCE",
            ],
        ),
        (
            "foreign-cyrillic",
            vec![
                "Олена Шевченко-Приклад",
                "вул. Прикладна, 12, кв. 34",
                "м. Київ",
                "01001",
                "UKRAINE",
            ],
        ),
    ];
    for variant in [Variant::Standard, Variant::LargePrint, Variant::EasyRead] {
        for (name, lines) in &cases {
            let l = letter(variant, lines);
            let tag = format!("{name}-{variant:?}");
            let r = inspect(&tag, &render(std::slice::from_ref(&l)).expect(&tag));
            assert_window(&tag, &r.pages[0].2, &l.recipient);
            let size = address_size(&r.pages[0].2);
            assert!(size >= 7.9, "{tag}: {size:.1} pt");
        }
    }
}

#[test]
fn a_word_wider_than_the_window_is_cut_at_its_edge_not_outside_it() {
    let word = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafe";
    let l = letter(Variant::Standard, &[word, "Rue 1", "5000 Namur"]);
    let r = inspect(
        "word-too-wide",
        &render(std::slice::from_ref(&l)).expect("render"),
    );
    let seen: Vec<&Word> = r.pages[0]
        .2
        .iter()
        .filter(|w| w.overlaps(WINDOW_REACH))
        .collect();
    for w in &seen {
        assert!(w.inside(ZONE), "{w:?} sticks out");
    }
    let joined: String = seen.iter().map(|w| w.text.as_str()).collect();
    assert_eq!(joined, format!("{word}Rue15000Namur"), "nothing is lost");
}

#[test]
fn an_address_too_tall_for_the_window_is_refused_and_set_aside_alone() {
    let tall: Vec<String> = (1..=11)
        .map(|i| format!("Ligne d'adresse numéro {i}"))
        .collect();
    let tall: Vec<&str> = tall.iter().map(String::as_str).collect();
    let mut bad = letter(Variant::Standard, &tall);
    bad.recipient[0] = "Personne Trop-Longue".to_owned();
    assert_eq!(
        render(std::slice::from_ref(&bad)).map(|_| ()),
        Err(LetterError::AddressTooLong { index: 0 })
    );
    let first = letter(Variant::Standard, &["Alpha Premier", "Rue 1", "5000 Namur"]);
    let third = letter(
        Variant::LargePrint,
        &["Charlie Troisième", "Rue 3", "5000 Namur"],
    );
    let mut chinese = letter(Variant::Standard, &["Li 王", "Rue 4", "5000 Namur"]);
    chinese.subject = "Objet".into();
    let out = render_batch(&[first.clone(), bad, third.clone(), chinese]).expect("batch");
    let reasons: Vec<(usize, LetterError)> = out.set_aside.clone();
    assert_eq!(
        reasons,
        vec![
            (1, LetterError::AddressTooLong { index: 1 }),
            (
                3,
                LetterError::Uncovered {
                    index: 3,
                    field: Field::Recipient,
                    chars: vec!['王']
                }
            )
        ]
    );
    let r = inspect("batch-set-aside", &out.pdf.expect("the rest prints"));
    assert_eq!(r.pages.len(), 2, "two letters printed");
    assert_window("first", &r.pages[0].2, &first.recipient);
    assert_window("third", &r.pages[1].2, &third.recipient);
    assert!(!r.flat().contains("Trop-Longue") && !r.flat().contains("Li"));

    // When nothing can print, nothing comes out, and every reason is given.
    let lone = letter(Variant::Standard, &["Li 王"]);
    let out = render_batch(&[lone]).expect("batch");
    assert!(out.pdf.is_none());
    assert_eq!(out.set_aside.len(), 1);
}

#[test]
fn greek_cyrillic_arabic_and_ethiopic_names_print_with_embedded_fonts() {
    let names = [
        ("greek", "Ζωή Παπαδοπούλου"),
        ("cyrillic", "Олена Шевченко"),
        ("arabic", "فاطمة الزهراء بن علي"),
        ("ethiopic", "አበበ ቢቂላ ተስፋዬ"),
    ];
    for (tag, name) in names {
        let mut l = letter(Variant::Standard, &[name, "Rue des Tests 12", "5000 Namur"]);
        l.body = format!("Bonjour {name},\n\nÀ bientôt.");
        assert!(uncovered(&l).is_empty(), "{tag}");
        let r = inspect(
            &format!("script-{tag}"),
            &render(std::slice::from_ref(&l)).expect(tag),
        );
        let flat = r.flat();
        // pdftotext gives each word back; Arabic words may come in visual
        // order, so compare the words as a set.
        for word in name.split(' ') {
            assert!(
                flat.contains(word),
                "{tag}: {word:?} not read back in {flat}"
            );
        }
        for w in r.pages[0].2.iter().filter(|w| w.overlaps(WINDOW_REACH)) {
            assert!(w.inside(ZONE), "{tag}: {w:?}");
        }
        let family = match tag {
            "arabic" => "NotoSansArabic",
            "ethiopic" => "NotoSansEthiopic",
            _ => "DejaVuSans",
        };
        assert!(
            r.fonts.contains(family),
            "{tag}: {family} embedded:\n{}",
            r.fonts
        );
        for line in r.fonts.lines().skip(2) {
            assert!(line.contains(" yes "), "every font embedded: {line}");
        }
    }
    // The same names on a card.
    let card = Card {
        lang: "fr".into(),
        lines: names
            .iter()
            .map(|(_, n)| CardLine::new(*n, Emphasis::Normal))
            .collect(),
    };
    let r = inspect("script-card", &render_card(&card).expect("card"));
    for (tag, name) in names {
        for word in name.split(' ') {
            assert!(r.flat().contains(word), "card {tag}: {word:?}");
        }
    }
}

#[test]
fn a_character_no_font_has_is_named_before_printing_never_a_box() {
    for (tag, c) in [
        ("chinese", '王'),
        ("emoji", '🦀'),
        ("private-use", '\u{E000}'),
    ] {
        let mut l = letter(
            Variant::Standard,
            &["Madame Exemple", "Rue 1", "5000 Namur"],
        );
        l.body = format!("Bonjour {c} !");
        assert_eq!(
            uncovered(&l),
            vec![guichet_letters::Uncovered {
                field: Field::Body,
                chars: vec![c]
            }],
            "{tag}"
        );
        assert_eq!(
            render(&[l]).map(|_| ()),
            Err(LetterError::Uncovered {
                index: 0,
                field: Field::Body,
                chars: vec![c]
            }),
            "{tag}"
        );
        let card = Card {
            lang: "fr".into(),
            lines: vec![CardLine::new(format!("Avec {c}"), Emphasis::Normal)],
        };
        assert!(
            matches!(render_card(&card), Err(LetterError::Uncovered { .. })),
            "{tag} card"
        );
    }
}

#[test]
fn letters_to_the_same_envelope_follow_each_other_and_are_marked() {
    let key = Some("person-7|rue 1|5000 namur".to_owned());
    let mut a = letter(Variant::Standard, &["Alice Exemple", "Rue 1", "5000 Namur"]);
    a.envelope = key.clone();
    a.subject = "Accusé de réception".into();
    let mut b = a.clone();
    b.subject = "Confirmation de rendez-vous".into();
    let mut c = a.clone();
    c.subject = "Rappel de rendez-vous".into();
    let other = letter(Variant::Standard, &["Bruno Autre", "Rue 2", "5000 Namur"]);
    let r = inspect(
        "envelope-3",
        &render(&[a.clone(), b, c, other.clone()]).expect("render"),
    );
    assert_eq!(r.pages.len(), 4);
    // Each letter carries the address; only the first one's shows through the
    // window, the others are folded behind it.
    for p in 0..3 {
        assert_window("envelope", &r.pages[p].2, &a.recipient);
    }
    for (p, n) in [(0, 1), (1, 2), (2, 3)] {
        let page: String = r.pages[p]
            .2
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            page.contains(&format!("Enveloppe : lettre {n} sur 3")),
            "page {p}: {page}"
        );
        let mark = r.pages[p]
            .2
            .iter()
            .find(|w| w.text == "Enveloppe")
            .expect("mark");
        assert!(
            !mark.overlaps(WINDOW_REACH),
            "the mark never shows in the window: {mark:?}"
        );
    }
    assert_window("other", &r.pages[3].2, &other.recipient);
    assert!(
        !r.pages[3].2.iter().any(|w| w.text == "Enveloppe"),
        "alone: no mark"
    );

    // The first letter of an envelope set aside: the next one carries the address.
    let mut bad = a.clone();
    bad.body = "王".into();
    let mut second = a.clone();
    second.subject = "Deuxième".into();
    let out = render_batch(&[bad, second.clone()]).expect("batch");
    assert_eq!(out.set_aside.len(), 1);
    let r = inspect("envelope-after-set-aside", &out.pdf.expect("pdf"));
    assert_window("second alone", &r.pages[0].2, &second.recipient);
    assert!(!r.flat().contains("Enveloppe :"), "{}", r.flat());
}

#[test]
fn a_card_shows_the_day_and_time_large_and_cuts_long_words_inside_the_page() {
    let card = Card {
        lang: "de".into(),
        lines: vec![
            CardLine::new("Ihr Termin", Emphasis::Title),
            CardLine::new("Mittwoch, 30. September 2026", Emphasis::Large),
            CardLine::new("um 10:00", Emphasis::Large),
            CardLine::new("Mit: Thomas Claes", Emphasis::Normal),
            CardLine::new(
                "Mitbringen: Arbeitsunfähigkeitsbescheinigungsformular und Personalausweis",
                Emphasis::Normal,
            ),
            CardLine::new(
                "Ohne Termin: Montag bis Freitag 9:00–12:00",
                Emphasis::Normal,
            ),
        ],
    };
    let r = inspect("card-emphasis", &render_card(&card).expect("card"));
    assert_eq!(r.pages.len(), 1);
    let (w, h, words) = &r.pages[0];
    assert!((w - 420.0).abs() < 1.5 && (h - 595.0).abs() < 1.5, "A5");
    let size = |t: &str| words.iter().find(|w| w.text == t).expect(t).height();
    let body = size("Claes");
    assert!(body >= 15.9, "body {body:.1}");
    assert!(size("10:00") >= body * 1.45, "time large");
    assert!(size("September") >= body * 1.45, "day large");
    for word in words {
        assert!(
            word.x0 >= 15.0 * MM - 0.5
                && word.x1 <= w - 15.0 * MM + 0.5
                && word.y1 <= h - 15.0 * MM + 0.5,
            "{word:?} is cut at the edge of the card"
        );
    }
    let flat = r.flat().replace(' ', "");
    assert!(flat.contains("Arbeitsunfähigkeitsbescheinigungsformular"));
    assert!(flat.contains("OhneTermin:MontagbisFreitag9:00–12:00"));
}

#[test]
fn a_long_word_in_a_letter_body_stays_inside_the_margins() {
    let mut l = letter(
        Variant::LargePrint,
        &["Madame Exemple", "Rue 1", "5000 Namur"],
    );
    l.body = format!(
        "Écrivez-nous à {}@exemple.invalid pour toute question.",
        "quelqu.un.avec.une.adresse.vraiment.tres.longue"
    );
    let r = inspect(
        "long-word-body",
        &render(std::slice::from_ref(&l)).expect("render"),
    );
    for (w, _, words) in &r.pages {
        for word in words {
            assert!(word.x1 <= w - 20.0 * MM + 0.5, "{word:?} runs off the page");
        }
    }
    assert!(r
        .flat()
        .replace(' ', "")
        .contains("quelqu.un.avec.une.adresse.vraiment.tres.longue@exemple.invalid"));
}
