//! Letters rendered to PDF and read back with poppler (`pdfinfo`,
//! `pdftotext -bbox-layout`, `pdftoppm`): page sizes, where every word lies,
//! how tall it is, and PNG pages under `<target>/letters/` to look at.

use std::path::{Path, PathBuf};
use std::process::Command;

use guichet_letters::{render, Format, Letter, LetterError, Variant};

const MM: f64 = 72.0 / 25.4;
/// The address zone documented in the crate, in PDF points from the top left.
const ZONE: (f64, f64, f64, f64) = (100.0 * MM, 50.0 * MM, 190.0 * MM, 84.0 * MM);
/// pdftotext's word box is one em tall: its height is the font size.
const BOX_PER_POINT: f64 = 1.0;

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
        self.x0 >= x0 && self.y0 >= y0 && self.x1 <= x1 && self.y1 <= y1
    }
    fn overlaps(&self, (x0, y0, x1, y1): (f64, f64, f64, f64)) -> bool {
        self.x0 < x1 && self.x1 > x0 && self.y0 < y1 && self.y1 > y0
    }
}

/// A rendered PDF, written to disk, turned into PNGs and read back.
struct Rendered {
    pages: Vec<(f64, f64, Vec<Word>)>,
    text: String,
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
        &["-r", "50", "-png", p, prefix.to_str().expect("utf-8")],
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
    let info = run("pdfinfo", &[p]);
    let count: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .expect("Pages line")
        .trim()
        .parse()
        .expect("page count");
    assert_eq!(count, pages.len(), "pdfinfo and pdftotext agree");
    Rendered {
        pages,
        text: run("pdftotext", &[p, "-"]),
    }
}

fn words_of(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .flat_map(|l| l.split_whitespace().map(str::to_owned))
        .collect()
}

fn letter(variant: Variant, lang: &str) -> Letter {
    let (place_date, subject, body, contact) = match lang {
        "fr" => (
            "Namur, le 24 novembre 2026",
            "Votre rendez-vous du 3 décembre",
            "Bonjour,\n\nNous avons bien reçu votre demande.\nUne assistante sociale vous attend le 3 décembre à 10 h.\n\nApportez votre carte d'identité.",
            "Téléphone : 081 00 00 00",
        ),
        "nl" => (
            "Gent, 24 november 2026",
            "Uw afspraak op 3 december",
            "Goedendag,\n\nWe hebben uw aanvraag goed ontvangen.\nEen maatschappelijk werker verwacht u op 3 december om 10 uur.\n\nBreng uw identiteitskaart mee.",
            "Telefoon: 09 000 00 00",
        ),
        "de" => (
            "Eupen, den 24. November 2026",
            "Ihr Termin am 3. Dezember",
            "Guten Tag,\n\nWir haben Ihren Antrag erhalten.\nEine Sozialarbeiterin erwartet Sie am 3. Dezember um 10 Uhr.\n\nBringen Sie Ihren Ausweis mit.",
            "Telefon: 087 00 00 00",
        ),
        _ => (
            "Brussels, 24 November 2026",
            "Your appointment on 3 December",
            "Hello,\n\nWe have received your request.\nA social worker expects you on 3 December at 10 am.\n\nPlease bring your identity card.",
            "Phone: 02 000 00 00",
        ),
    };
    Letter {
        format: Format::Letter,
        variant,
        lang: lang.to_owned(),
        sender: vec![
            "CPAS de Nulle-Part".to_owned(),
            "Service social".to_owned(),
            "Rue Fictive 1, 5000 Namur".to_owned(),
        ],
        recipient: vec![
            "Madame Alice Exemple".to_owned(),
            "Rue des Tests 12 bte 3".to_owned(),
            "5000 Namur".to_owned(),
        ],
        place_date: place_date.to_owned(),
        reference: Some("Demande 123".to_owned()),
        subject: subject.to_owned(),
        body: body.to_owned(),
        contact: vec![
            contact.to_owned(),
            "Lundi–vendredi 9 h–12 h".to_owned(),
            "Rue Fictive 1, 5000 Namur".to_owned(),
        ],
        envelope: None,
    }
}

fn variant_name(v: Variant) -> &'static str {
    match v {
        Variant::Standard => "standard",
        Variant::LargePrint => "large",
        Variant::EasyRead => "easy",
    }
}

/// Every word of the recipient's address is inside the window zone, and no
/// other word of the page shows through the window.
fn assert_window(name: &str, words: &[Word], recipient: &[String]) {
    let expected = words_of(recipient);
    let inside: Vec<&Word> = words.iter().filter(|w| w.overlaps(ZONE)).collect();
    let got: Vec<String> = inside.iter().map(|w| w.text.clone()).collect();
    assert_eq!(
        got, expected,
        "{name}: the window shows the address and only it"
    );
    for w in &inside {
        assert!(
            w.inside(ZONE),
            "{name}: {w:?} sticks out of the window zone {ZONE:?}"
        );
    }
}

#[test]
fn every_variant_and_language_gives_a_window_envelope_letter() {
    for variant in [Variant::Standard, Variant::LargePrint, Variant::EasyRead] {
        for lang in ["fr", "nl", "en", "de"] {
            let l = letter(variant, lang);
            let name = format!("letter-{}-{lang}", variant_name(variant));
            let pdf = render(std::slice::from_ref(&l)).expect("render");
            assert!(pdf.starts_with(b"%PDF-"));
            let r = inspect(&name, &pdf);
            let (w, h, words) = &r.pages[0];
            assert!(
                (w - 595.0).abs() < 1.5 && (h - 842.0).abs() < 1.5,
                "{name}: A4, got {w}×{h}"
            );
            assert_window(&name, words, &l.recipient);
            let flat = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
            for part in [&l.subject, &l.place_date, "Demande 123", &l.contact[0]] {
                assert!(flat.contains(part), "{name}: {part:?} missing from {flat}");
            }
            for line in l.body.lines().filter(|l| !l.is_empty()) {
                assert!(flat.contains(line), "{name}: body line {line:?} missing");
            }
            let label = match lang {
                "fr" => "Objet :",
                "nl" => "Betreft:",
                "de" => "Betreff:",
                _ => "Subject:",
            };
            assert!(flat.contains(label), "{name}: label {label:?} missing");
            // The sender's block stays top left, above the window's bottom.
            let sender = words
                .iter()
                .find(|w| w.text == "Nulle-Part")
                .expect("sender");
            assert!(
                sender.x1 < ZONE.0 && sender.y1 < ZONE.3,
                "{name}: sender at {sender:?}"
            );
        }
    }
}

#[test]
fn large_print_is_at_least_16_points_everywhere() {
    for lang in ["fr", "nl"] {
        let name = format!("large-sizes-{lang}");
        let r = inspect(
            &name,
            &render(&[letter(Variant::LargePrint, lang)]).expect("render"),
        );
        for (_, _, words) in &r.pages {
            for w in words {
                let size = w.height() / BOX_PER_POINT;
                assert!(size >= 15.9, "{name}: {:?} is {size:.1} pt", w.text);
            }
        }
        // A standard letter, by contrast, is 11 pt (the check can tell).
        let s = inspect(
            "standard-sizes",
            &render(&[letter(Variant::Standard, lang)]).expect("render"),
        );
        let body = s.pages[0]
            .2
            .iter()
            .find(|w| w.text == "Demande")
            .expect("reference");
        let size = body.height() / BOX_PER_POINT;
        assert!(
            (10.5..12.5).contains(&size),
            "standard reference at {size:.1} pt"
        );
    }
}

#[test]
fn easy_read_is_14_points_one_sentence_a_line_widely_spaced() {
    let l = letter(Variant::EasyRead, "fr");
    let r = inspect(
        "easy-spacing",
        &render(std::slice::from_ref(&l)).expect("render"),
    );
    let words = &r.pages[0].2;
    for w in words {
        assert!(w.height() / BOX_PER_POINT >= 13.9, "{:?} too small", w.text);
    }
    // "Nous avons bien reçu..." and "Une assistante..." are consecutive lines.
    let first = words.iter().find(|w| w.text == "Nous").expect("line one");
    let second = words.iter().find(|w| w.text == "Une").expect("line two");
    assert!(
        (first.x0 - second.x0).abs() < 0.5,
        "both lines start at the left margin"
    );
    let pitch = second.y0 - first.y0;
    assert!(
        pitch >= 1.5 * 14.0,
        "line pitch {pitch:.1} pt is under 1.5 × 14 pt"
    );
    // Left-aligned, not justified: the shorter line ends well before the margin.
    let last_of_first = words
        .iter()
        .filter(|w| (w.y0 - first.y0).abs() < 0.5)
        .map(|w| w.x1)
        .fold(0.0, f64::max);
    assert!(
        last_of_first < 595.0 - 20.0 * MM - 10.0,
        "first line is not stretched"
    );
}

#[test]
fn a_batch_of_three_starts_each_letter_on_its_own_page() {
    let names = ["Alpha Premier", "Bravo Deuxième", "Charlie Troisième"];
    let letters: Vec<Letter> = names
        .iter()
        .zip([Variant::Standard, Variant::LargePrint, Variant::EasyRead])
        .map(|(n, v)| {
            let mut l = letter(v, "fr");
            l.recipient[0] = (*n).to_owned();
            l
        })
        .collect();
    let r = inspect("batch-3", &render(&letters).expect("render"));
    assert!(r.pages.len() >= 3, "got {} pages", r.pages.len());
    let mut first_pages = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let surname = name.split(' ').nth(1).expect("surname");
        let on: Vec<usize> = r
            .pages
            .iter()
            .enumerate()
            .filter(|(_, (_, _, words))| words.iter().any(|w| w.text == surname))
            .map(|(p, _)| p)
            .collect();
        assert_eq!(on.len(), 1, "{name} is on exactly one page, got {on:?}");
        assert_window(name, &r.pages[on[0]].2, &letters[i].recipient);
        first_pages.push(on[0]);
    }
    assert!(
        first_pages.windows(2).all(|p| p[0] < p[1]),
        "in order: {first_pages:?}"
    );
}

#[test]
fn typst_special_characters_print_literally() {
    let nasty = r#"Zoë #Dupont $x$ *gras* _sous_ <b> @ref ]x \n \\ `c` = / // /* {"a"}"#;
    let mut l = letter(Variant::Standard, "fr");
    l.recipient[0] = "Zoë #Du $x$ *g* _s_".to_owned();
    l.recipient[1] = r"<b> @ref ]x \n \\ `c`".to_owned();
    l.subject = nasty.to_owned();
    l.body = format!("{nasty}\n#set page(paper: \"a5\")\n#panic(\"x\")");
    l.reference = Some(r#"#{"oops"}"#.to_owned());
    let r = inspect(
        "special-characters",
        &render(std::slice::from_ref(&l)).expect("render"),
    );
    assert_window("special", &r.pages[0].2, &l.recipient);
    let (w, h, _) = &r.pages[0];
    assert!(
        (w - 595.0).abs() < 1.5 && (h - 842.0).abs() < 1.5,
        "still A4"
    );
    for expected in [
        nasty,
        "Zoë #Du $x$ *g* _s_",
        r"<b> @ref ]x \n \\ `c`",
        "#set page(paper: \"a5\")",
        "#panic(\"x\")",
        r#"#{"oops"}"#,
    ] {
        assert!(
            r.text.lines().any(|line| line.contains(expected)),
            "{expected:?} not printed literally in:\n{}",
            r.text
        );
    }
}

#[test]
fn a_long_body_flows_onto_a_second_page_without_touching_the_address() {
    let mut l = letter(Variant::LargePrint, "en");
    l.body = (1..=40)
        .map(|i| format!("Sentence number {i} of a long letter that goes on."))
        .collect::<Vec<_>>()
        .join("\n");
    let r = inspect(
        "long-body",
        &render(std::slice::from_ref(&l)).expect("render"),
    );
    assert!(r.pages.len() >= 2, "got {} pages", r.pages.len());
    assert_window("long-body page 1", &r.pages[0].2, &l.recipient);
    let second = &r.pages[1].2;
    assert!(
        !second
            .iter()
            .any(|w| w.overlaps(ZONE) && w.text == "Exemple"),
        "no address on page 2"
    );
    assert!(
        second.iter().any(|w| w.text == "Sentence"),
        "the body goes on"
    );
    let flat = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!("Page 2 / {}", r.pages.len())),
        "numbered: {flat}"
    );
    for i in 1..=40 {
        assert!(
            flat.contains(&format!("Sentence number {i} of")),
            "sentence {i} lost"
        );
    }
    // The body stops above the bottom margin (22 mm); only the page number
    // ("Page 1 / 2") sits in it.
    for (_, h, words) in &r.pages {
        let footer = words
            .iter()
            .find(|w| w.text == "Page")
            .expect("page number");
        for w in words.iter().filter(|w| (w.y0 - footer.y0).abs() > 0.5) {
            assert!(w.y1 <= h - 22.0 * MM, "{w:?} runs into the bottom margin");
        }
    }
}

#[test]
fn a_long_large_print_address_is_shrunk_to_stay_in_the_window() {
    let mut l = letter(Variant::LargePrint, "fr");
    l.recipient = vec![
        "Monsieur Jean-Baptiste Exemple-Fictif".to_owned(),
        "c/o Madame Marie-Christine Démonstration".to_owned(),
        "Rue du Commandant-Général Leclerc 242 bte 63".to_owned(),
        "Résidence Les Tilleuls".to_owned(),
        "5590 Ciney".to_owned(),
    ];
    let r = inspect(
        "long-address",
        &render(std::slice::from_ref(&l)).expect("render"),
    );
    assert_window("long-address", &r.pages[0].2, &l.recipient);
    let name = r.pages[0]
        .2
        .iter()
        .find(|w| w.text == "Ciney")
        .expect("city");
    let size = name.height() / BOX_PER_POINT;
    assert!((8.0..16.0).contains(&size), "shrunk to {size:.1} pt");
}

#[test]
fn a_fridge_card_is_one_a5_page_in_large_print() {
    let mut l = letter(Variant::Standard, "nl");
    l.format = Format::Card;
    let r = inspect(
        "card-nl",
        &render(std::slice::from_ref(&l)).expect("render"),
    );
    assert_eq!(r.pages.len(), 1);
    let (w, h, words) = &r.pages[0];
    assert!(
        (w - 420.0).abs() < 1.5 && (h - 595.0).abs() < 1.5,
        "A5, got {w}×{h}"
    );
    for word in words {
        assert!(
            word.height() / BOX_PER_POINT >= 15.9,
            "{:?} too small",
            word.text
        );
    }
    let flat = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&l.subject) && flat.contains("Breng uw identiteitskaart mee."));
    assert!(!flat.contains("Exemple"), "no address on a card");

    l.body = "Een veel te lange kaart.\n".repeat(60);
    assert_eq!(
        render(&[l]).map(|_| ()),
        Err(LetterError::CardTooLong { index: 0 })
    );
}

#[test]
fn letters_and_cards_mix_in_one_batch() {
    let mut card = letter(Variant::EasyRead, "de");
    card.format = Format::Card;
    let r = inspect(
        "mixed",
        &render(&[letter(Variant::Standard, "de"), card]).expect("render"),
    );
    assert_eq!(r.pages.len(), 2);
    assert!((r.pages[0].1 - 842.0).abs() < 1.5 && (r.pages[1].1 - 595.0).abs() < 1.5);
}

#[test]
fn bad_input_is_refused_not_printed() {
    assert_eq!(render(&[]), Err(LetterError::Empty));
    let mut l = letter(Variant::Standard, "fr");
    l.lang = "xx".to_owned();
    assert_eq!(
        render(&[letter(Variant::Standard, "fr"), l]),
        Err(LetterError::UnknownLanguage {
            index: 1,
            lang: "xx".to_owned()
        })
    );
    let mut l = letter(Variant::Standard, "fr");
    // Set at 8 pt, eleven lines are more than the window holds.
    l.recipient = (1..=11).map(|i| format!("Ligne {i}")).collect();
    assert_eq!(
        render(&[l]).map(|_| ()),
        Err(LetterError::AddressTooLong { index: 0 })
    );
}

/// Audit slips (issue 17): ten to an A4 page, each with its code readable, more pages as
/// needed.
#[test]
fn audit_slips_ten_a_page() {
    use guichet_letters::{render_slips, Slip, Slips};
    let slips: Vec<Slip> = (0..12)
        .map(|i| Slip {
            before: vec![
                "Audit participatif — Service social".into(),
                "Répondez sur http://guichet.local/audit/code".into(),
            ],
            code: format!("ABCD-EF{}{}", (b'A' + i as u8) as char, 'H'),
            after: vec!["Ce code donne une seule réponse, anonyme.".into()],
        })
        .collect();
    let pdf = render_slips(&Slips {
        lang: "fr".into(),
        slips,
    })
    .expect("slips");
    let r = inspect("audit-slips", &pdf);
    assert_eq!(r.pages.len(), 2, "ten a page");
    let (w, h, _) = &r.pages[0];
    assert!((w - 595.3).abs() < 1.0 && (h - 841.9).abs() < 1.0, "A4");
    for i in 0..12u8 {
        let code = format!("ABCD-EF{}H", (b'A' + i) as char);
        assert!(r.text.contains(&code), "{code} in {}", r.text);
    }
    assert!(r.text.contains("/audit/code"));

    assert_eq!(render_slips(&Slips::default()), Err(LetterError::Empty));
}
