//! Letters per second (not a test): `cargo bench -p guichet-letters`.
//!
//! Renders 1,000 varied fictional letters (three variants, four languages,
//! one in ten a fridge card, bodies of 3 to 40 lines) (a) as one batch PDF,
//! as the paper tray prints them, and (b) one PDF per letter.

use std::hint::black_box;
use std::time::Instant;

use guichet_letters::{render, Format, Letter, Variant};

const COUNT: usize = 1_000;

fn letters() -> Vec<Letter> {
    let langs = ["fr", "nl", "en", "de"];
    let variants = [Variant::Standard, Variant::LargePrint, Variant::EasyRead];
    (0..COUNT)
        .map(|i| {
            let lines = 3 + (i * 7) % 38;
            let body = (0..lines)
                .map(|n| {
                    if n % 5 == 4 {
                        String::new()
                    } else {
                        format!("Phrase {n} de la lettre numéro {i}, courte et claire.")
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            Letter {
                format: if i % 10 == 9 {
                    Format::Card
                } else {
                    Format::Letter
                },
                variant: variants[i % 3],
                lang: langs[i % 4].to_owned(),
                sender: vec![
                    "CPAS de Nulle-Part".to_owned(),
                    "Service social".to_owned(),
                    "Rue Fictive 1, 5000 Namur".to_owned(),
                ],
                recipient: vec![
                    format!("Personne Fictive {i}"),
                    format!("Rue des Exemples {}", i % 300 + 1),
                    format!("{} Commune", 1000 + i % 8000),
                ],
                place_date: "Namur, le 24 novembre 2026".to_owned(),
                reference: Some(format!("Demande {i}")),
                subject: format!("Votre rendez-vous n° {i}"),
                body: if i % 10 == 9 {
                    "Mardi 3 décembre à 10 h.\nApportez votre carte d'identité.".to_owned()
                } else {
                    body
                },
                contact: vec![
                    "Téléphone : 081 00 00 00".to_owned(),
                    "Lundi–vendredi 9 h–12 h".to_owned(),
                ],
                envelope: None,
            }
        })
        .collect()
}

fn main() {
    let letters = letters();
    // Warm up: fonts, standard library, layout parsing.
    black_box(render(&letters[..3]).map(|pdf| pdf.len()).unwrap_or(0));

    let start = Instant::now();
    let batch = match render(&letters) {
        Ok(pdf) => pdf,
        Err(e) => panic!("batch: {e}"),
    };
    let batch_time = start.elapsed().as_secs_f64();
    println!(
        "(a) one batch PDF of {COUNT} letters: {batch_time:.2} s, {:.0} letters/s, {:.1} MB",
        COUNT as f64 / batch_time,
        batch.len() as f64 / 1e6
    );

    let start = Instant::now();
    let mut bytes = 0;
    for letter in &letters {
        match render(std::slice::from_ref(letter)) {
            Ok(pdf) => bytes += black_box(pdf).len(),
            Err(e) => panic!("single: {e}"),
        }
    }
    let single_time = start.elapsed().as_secs_f64();
    println!(
        "(b) one PDF per letter, {COUNT} PDFs: {single_time:.2} s, {:.0} letters/s, {:.1} KB per PDF",
        COUNT as f64 / single_time,
        bytes as f64 / COUNT as f64 / 1e3
    );
}
