//! The CSV exports in German and in the pseudo-locale.

use super::*;
use crate::questionnaire::catalog::{Catalog, built_in};
use crate::store::Store;

/// The demo assessment, its questionnaire in `lang` as the catalogue translates it.
fn demo(lang: Lang) -> Session {
    let mut store = Store::open_in_memory().unwrap();
    let q = built_in("iso42001").unwrap();
    let id = crate::demo::create(&mut store, q, jiff::civil::date(2026, 11, 23)).unwrap();
    let catalog = Catalog::new(None);
    let mut session = Session::open(&store, &catalog, id).unwrap();
    session.questionnaire = catalog
        .translated(&session.questionnaire, lang)
        .unwrap()
        .questionnaire;
    session
}

fn report(lang: Lang) -> Report {
    Report::build_in(
        &demo(lang),
        Timestamp::UNIX_EPOCH,
        Privacy::IncludePrivateNotes,
        lang,
    )
}

fn parse(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The fixture's own words: names, references, ids, codes.
fn data(r: &Report) -> Vec<String> {
    let mut data: Vec<String> = vec![
        r.assessment.organisation.clone(),
        r.assessment.assessor.clone(),
        r.assessment.scope.clone(),
        // Codes: priorities, effort sizes, the maturity scale's ids.
        "P1 P2 P3 S M L".into(),
    ];
    for q in &r.questions {
        data.extend([q.id.clone(), q.reference.clone(), q.owner.clone()]);
        data.extend(q.said_by.iter().map(Attendee::describe));
        data.extend(q.evidence.iter().cloned());
        data.push(q.finding.clone());
        data.extend(q.notes.clone());
        data.push(q.management_response.clone());
        data.extend(q.justification.clone());
        if q.recommendation_by_assessor {
            data.push(q.recommendation.clone());
        }
    }
    for f in &r.crosswalks {
        data.push(f.title.clone());
        data.extend(
            r.questions
                .iter()
                .flat_map(|q| q.crosswalk.get(&f.id).cloned())
                .flatten(),
        );
    }
    for s in &r.soa {
        data.extend([s.control.clone(), s.owner.clone(), s.justification.clone()]);
        data.extend(s.risks.iter().cloned());
    }
    for a in &r.roadmap.actions {
        data.extend([
            a.owner.clone(),
            a.package_title.clone(),
            a.reference.clone(),
        ]);
        data.extend(a.risks.iter().cloned());
    }
    data
}

#[test]
fn the_csv_exports_read_in_german_with_semicolons_and_decimal_commas() {
    let r = report(Lang::De);
    let questions = parse(&csv::questions(&r), b';');
    for header in [
        "Frage",
        "Anforderung",
        "Reifegrad",
        "Feststellung",
        "Fälligkeit",
    ] {
        assert!(
            questions[0].iter().any(|h| h == header),
            "{header}: {:?}",
            questions[0]
        );
    }
    assert!(questions[0].contains(&"Private Notizen (nicht für den Kunden)".to_string()));
    let status = questions[0].iter().position(|h| h == "Status").unwrap();
    assert!(questions[1..].iter().any(|row| row[status] == "Teilweise"));
    let applicable = questions[0]
        .iter()
        .position(|h| h == "Nicht anwendbar")
        .unwrap();
    assert!(
        questions[1..]
            .iter()
            .all(|row| ["ja", "nein"].contains(&row[applicable].as_str()))
    );
    // Every row has as many cells as the header: the `;` splits it right.
    assert!(questions.iter().all(|row| row.len() == questions[0].len()));

    let roadmap = parse(&csv::roadmap(&r), b';');
    assert_eq!(roadmap[0][0], "Typ");
    assert!(roadmap[0].contains(&"Personentage".to_string()));
    assert!(roadmap.iter().any(|row| row[0] == "Maßnahme"));
    assert!(roadmap.iter().any(|row| row[0] == "Meilenstein"));
    let days = roadmap[0].iter().position(|h| h == "Personentage").unwrap();
    // Whole person-days in the demo: no decimal point either way.
    assert!(roadmap[1..].iter().all(|row| !row[days].contains('.')));

    let soa = parse(&csv::soa(&r), b';');
    assert_eq!(soa[0][0], "Maßnahme");
    assert!(soa[0].contains(&"Erklärung".to_string()) || soa[0].contains(&"Anwendbar".to_string()));
    let maturity = soa[0].iter().position(|h| h == "Reifegrad").unwrap();
    assert!(soa[1..].iter().any(|row| row[maturity].contains(',')));
    let implementation = soa[0].iter().position(|h| h == "Umsetzung").unwrap();
    assert!(
        soa[1..]
            .iter()
            .any(|row| row[implementation] == "Teilweise umgesetzt")
    );

    // The default follows the language; an explicit delimiter still wins.
    let text = String::from_utf8(Format::Csv.render(&r).unwrap()).unwrap();
    assert_eq!(text, csv::questions(&r));
    assert!(text.lines().next().unwrap().contains("Frage;"));
    let comma = csv::questions_with(&r, b',');
    assert_eq!(parse(&comma, b','), questions);
}

#[test]
fn english_csv_keeps_its_commas_and_words() {
    let r = report(Lang::En);
    let text = csv::questions(&r);
    assert!(text.starts_with("\u{feff}Question,Ref,Requirement,"));
    assert_eq!(
        String::from_utf8(Format::Csv.render(&r).unwrap()).unwrap(),
        text
    );
    assert!(csv::roadmap(&r).contains("\r\naction,"));
}

#[test]
fn no_english_escapes_the_csv_exports() {
    let r = report(Lang::Pseudo);
    let data = data(&r);
    let data: Vec<&str> = data.iter().map(String::as_str).collect();
    for (name, text) in [
        ("questions", csv::questions(&r)),
        ("roadmap", csv::roadmap(&r)),
        ("soa", csv::soa(&r)),
    ] {
        let escaped = crate::i18n::escaped_words(&text, &data);
        assert!(escaped.is_empty(), "{name}: {escaped:?}");
    }
}
