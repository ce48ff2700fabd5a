//! What is wrong in a file is reported where it is (file, line, column or field) in words
//! that say what was expected; the bad records are left out and the good ones kept.

#![allow(clippy::unwrap_used)]

mod common;

use chrono::NaiveTime;
use guichet_hsds::*;

const HEADER: &str = "id,organization_id,name,status";

fn services_csv() -> String {
    [
        HEADER,
        "11111111-1111-4111-8111-111111111111,,Permanence sociale,active",
        "22222222-2222-4222-8222-222222222222,,,active",
        // A quoted description over two lines: the next row starts on line 6.
        "33333333-3333-4333-8333-333333333333,,\"Écrivain public,\nsur rendez-vous\",sometimes",
        "44444444-4444-4444-8444-444444444444,,Épicerie sociale,temporarily closed",
    ]
    .join("\n")
}

fn schedules_csv() -> String {
    [
        "id,service_id,byday,opens_at,closes_at",
        "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa,11111111-1111-4111-8111-111111111111,\"MO,TU\",9h,12:00",
        "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb,11111111-1111-4111-8111-111111111111,WE,13:30,16:00",
        "cccccccc-cccc-4ccc-8ccc-cccccccccccc,44444444-4444-4444-8444-444444444444,XX,09:00,12:00",
    ]
    .join("\n")
}

fn line_and_place(p: &Problem) -> (Option<usize>, &str) {
    (p.line, p.place.as_str())
}

#[test]
fn bad_csv_rows_are_reported_on_their_line_and_left_out() {
    let files = vec![
        ("services.csv".to_owned(), services_csv()),
        ("hsds/schedules.csv".to_owned(), schedules_csv()),
    ];
    let got = read_hsds_csv(&files);
    let mut problems = got.problems.clone();
    problems.sort_by_key(|p| (p.file.clone(), p.line));
    let found: Vec<(&str, Option<usize>, &str)> = problems
        .iter()
        .map(|p| (p.file.as_str(), p.line, p.place.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("hsds/schedules.csv", Some(2), "opens_at"),
            ("hsds/schedules.csv", Some(4), "byday"),
            ("services.csv", Some(3), "name"),
            ("services.csv", Some(4), "status"),
        ],
        "{problems:#?}"
    );
    let name = &problems[2].message;
    assert!(
        name.contains("\"name\" is missing") && name.contains("left out"),
        "{name}"
    );
    let status = &problems[3].message;
    assert!(status.contains("\"sometimes\""), "{status}");
    assert!(
        status.contains("active, inactive, defunct, temporarily closed"),
        "{status}"
    );
    let opens = &problems[0].message;
    assert!(
        opens.contains("\"9h\"") && opens.contains("HH:MM"),
        "{opens}"
    );
    assert_eq!(
        problems[0].to_string().split(':').next(),
        Some("hsds/schedules.csv, line 2, opens_at")
    );

    let d = got.directory;
    let names: Vec<&str> = d.services.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Permanence sociale", "Épicerie sociale"]);
    let permanence = &d.services[0];
    assert_eq!(permanence.schedules.len(), 1, "the good schedule is kept");
    assert_eq!(
        permanence.schedules[0].opens_at,
        NaiveTime::from_hms_opt(13, 30, 0)
    );
    assert!(d.services[1].schedules.is_empty());
}

#[test]
fn a_bad_header_or_an_unknown_file_is_one_problem() {
    let got = read_hsds_csv(&[
        (
            "services.csv".to_owned(),
            "name,status\nX,active\n".to_owned(),
        ),
        ("servics.csv".to_owned(), HEADER.to_owned()),
        (
            "programs.csv".to_owned(),
            "id,name\n1,Programme\n".to_owned(),
        ),
        (
            "phones.csv".to_owned(),
            "id,service_id,number\n\"p1\",s1,081\nextra,s1,081,oops\n".to_owned(),
        ),
    ]);
    let found: Vec<(&str, Option<usize>)> = got
        .problems
        .iter()
        .map(|p| (p.file.as_str(), p.line))
        .collect();
    assert_eq!(
        found,
        [
            ("services.csv", Some(1)),
            ("servics.csv", None),
            ("phones.csv", Some(3))
        ],
        "{:#?}",
        got.problems
    );
    assert!(got.problems[0].message.contains("no \"id\" column"));
    assert!(
        got.problems[1].message.contains("services.csv"),
        "names the files expected"
    );
    assert!(got.problems[2]
        .message
        .contains("4 values but the header has 3"));
}

#[test]
fn a_json_syntax_error_is_one_problem_on_its_line() {
    let text = "[\n  {\n    \"id\": \"11111111-1111-4111-8111-111111111111\",\n    \"name\": \"Permanence\"\n    \"status\": \"active\"\n  }\n]\n";
    let got = read_hsds_json("broken.json", text);
    assert_eq!(got.problems.len(), 1, "{:#?}", got.problems);
    let p = &got.problems[0];
    assert_eq!((p.file.as_str(), p.line), ("broken.json", Some(5)));
    assert!(p.message.contains("not valid JSON"), "{}", p.message);
    assert!(got.directory.services.is_empty());
    // The same for data·inclusion.
    let got = read_data_inclusion("di.json", "{\"id\": ");
    assert_eq!(got.problems.len(), 1);
    assert_eq!(got.problems[0].line, Some(1));
}

#[test]
fn bad_json_records_are_left_out_with_their_place_and_line() {
    let text = r#"{
  "contents": [
    {
      "id": "11111111-1111-4111-8111-111111111111",
      "name": "Permanence sociale",
      "status": "active",
      "schedules": [
        {"id": "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "byday": "MO", "opens_at": "09:00", "closes_at": "12:00"},
        {"id": "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb", "byday": "TU",
         "opens_at": "9h", "closes_at": "12:00"}
      ],
      "attributes": [
        {"id": "cccccccc-cccc-4ccc-8ccc-cccccccccccc",
         "taxonomy_term_id": "de4150f2-b674-5d7e-972d-8a4bc7d9f2dc", "value": "sometimes"}
      ]
    },
    {
      "id": "22222222-2222-4222-8222-222222222222",
      "name": "Écrivain public",
      "status": "sometimes",
      "organization": {"id": "99999999-9999-4999-8999-999999999999", "name": "ASBL Exemple", "description": "", "website": "https://asbl.example.be"}
    },
    {"id": "33333333-3333-4333-8333-333333333333", "name": "Orphan", "description": "x"}
  ]
}"#;
    let got = read_hsds_json("services.json", text);
    let found: Vec<(Option<usize>, &str)> = got.problems.iter().map(line_and_place).collect();
    assert_eq!(
        found,
        [
            (Some(10), "contents[0].schedules[1].opens_at"),
            (Some(14), "contents[0].attributes[0].value"),
            (Some(20), "contents[1].status"),
            (Some(23), "contents[2]"),
        ],
        "{:#?}",
        got.problems
    );
    assert!(got.problems[1]
        .message
        .contains("expected one of: everyone, preferential, exclusive"));
    assert!(got.problems[3].message.contains("Could not tell"));
    let d = got.directory;
    assert_eq!(d.services.len(), 1);
    assert_eq!(d.services[0].schedules.len(), 1);
    assert_eq!(
        d.services[0].welcome,
        guichet_domain::directory::Welcome::Everyone
    );
    // The bad service's organization is a record of its own, and is kept.
    assert_eq!(d.organizations.len(), 1);
    assert_eq!(d.organizations[0].name, "ASBL Exemple");
}

#[test]
fn guichet_attributes_with_bad_values_are_reported() {
    let csv = |rows: &[&str]| {
        let mut v = vec!["id,link_id,taxonomy_term_id,link_type,link_entity,value"];
        v.extend_from_slice(rows);
        v.join("\n")
    };
    let files = vec![
        (
            "services.csv".to_owned(),
            format!("{HEADER}\n11111111-1111-4111-8111-111111111111,,Permanence,active"),
        ),
        (
            "attributes.csv".to_owned(),
            csv(&[
                // a closure that ends before it starts
                "a1,11111111-1111-4111-8111-111111111111,50128ca9-b51b-52aa-bd98-70baa855d99f,,service,2026-08-14/2026-07-20 Été",
                // free must be true or false
                "a2,11111111-1111-4111-8111-111111111111,abd24edd-0f33-5517-8a0c-4e615967cd86,,service,oui",
                // wheelchair is for a location
                "a3,11111111-1111-4111-8111-111111111111,5ee3b964-66c6-5015-b099-d7518d4c18f8,,service,true",
                // good: a topic
                "a4,11111111-1111-4111-8111-111111111111,de3b9769-c2c2-55a9-b8c5-12b3c74977e4,,service,aide-numerique--courriel",
            ]),
        ),
    ];
    let got = read_hsds_csv(&files);
    let lines: Vec<Option<usize>> = got.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [Some(2), Some(3), Some(4)], "{:#?}", got.problems);
    assert!(got.problems[0].message.contains("ends before it starts"));
    assert!(got.problems[1]
        .message
        .contains("\"oui\" is not true or false"));
    assert!(got.problems[2]
        .message
        .contains("for a location, not for a service"));
    let s = &got.directory.services[0];
    assert_eq!(s.topics, ["aide-numerique--courriel"]);
    assert!(s.closures.is_empty() && s.free.is_none());
}

#[test]
fn many_problems_in_a_large_file_each_have_their_line() {
    let services: Vec<serde_json::Value> = (0..4000)
        .map(|i| {
            serde_json::json!({
                "id": format!("00000000-0000-4000-8000-{i:012}"),
                "name": format!("Service {i}"),
                "status": "active",
                "description": "x".repeat(200),
                "schedules": [{"id": format!("10000000-0000-4000-8000-{i:012}"), "byday": "MO", "opens_at": "9h"}]
            })
        })
        .collect();
    let text = serde_json::to_string_pretty(&services).unwrap();
    let started = std::time::Instant::now();
    let got = read_hsds_json("big.json", &text);
    let took = started.elapsed();
    assert_eq!(got.problems.len(), 4000);
    assert_eq!(got.directory.services.len(), 4000);
    let mut expected = Vec::new();
    let mut line = 1;
    for (n, l) in text.lines().enumerate() {
        line = n + 1;
        if l.contains("\"opens_at\": \"9h\"") {
            expected.push(line);
        }
    }
    assert!(line > 40_000, "a large file: {line} lines");
    let lines: Vec<usize> = got.problems.iter().map(|p| p.line.unwrap()).collect();
    assert_eq!(lines, expected);
    assert_eq!(got.problems[3999].place, "[3999].schedules[0].opens_at");
    println!("{took:?}");
    assert!(
        took.as_secs() < 30,
        "{took:?}: finding lines must not read the file again for each problem"
    );
}
