//! The report model in German and in the pseudo-locale: the words it makes for every format.

use super::*;
use crate::questionnaire::catalog::{Catalog, built_in};
use crate::store::Store;

/// The demo assessment, with a day rate so that the cost estimate is there too.
fn demo() -> Session {
    let mut store = Store::open_in_memory().unwrap();
    let q = built_in("iso42001").unwrap();
    let id = crate::demo::create(&mut store, q, jiff::civil::date(2026, 11, 23)).unwrap();
    let mut session = Session::open(&store, &Catalog::new(None), id).unwrap();
    session.assessment.day_rate = Some(crate::assessment::DayRate {
        amount: 1200.0,
        currency: "EUR".into(),
    });
    session
}

fn report(session: &Session, lang: Lang) -> Report {
    Report::build_in(
        session,
        Timestamp::UNIX_EPOCH,
        Privacy::ClientDeliverable,
        lang,
    )
}

/// A decimal with a comma between digits, as German writes 2,5.
fn has_decimal_comma(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(1))
        .any(|i| b[i] == b',' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
}

#[test]
fn the_json_export_is_the_same_in_every_language() {
    let session = demo();
    let en = json::render(&report(&session, Lang::En));
    assert_eq!(en, json::render(&report(&session, Lang::De)));
    assert_eq!(en, json::render(&report(&session, Lang::Pseudo)));
}

#[test]
fn the_drafted_executive_summary_reads_in_german_with_german_numbers_and_dates() {
    let session = demo();
    let r = report(&session, Lang::De);
    let text = summary::build(&r, "").paragraphs.join("\n");
    for words in [
        "Gesamturteil: Das Managementsystem von",
        "anwendbaren Fragen",
        "Stärken:",
        "Schwerpunkte:",
        "Zertifizierungshindernisse",
        "Aufwand und Termine:",
        "Personentage (PT)",
        "Bereitschaft für das Stufe-1-Audit am",
        "Entscheidungen der obersten Leitung:",
    ] {
        assert!(text.contains(words), "{words:?} not in:\n{text}");
    }
    assert!(has_decimal_comma(&text), "{text}");
    assert!(text.contains("\u{a0}%"), "{text}");
    // 30.11.2026, never 2026-11-30.
    assert!(!text.contains("2026-") && !text.contains("2027-"), "{text}");
    assert!(text.contains(".2026") || text.contains(".2027"), "{text}");
    // Section titles are the questionnaire's (English until its German overlay is used).
    for english in [
        " and ",
        " the ",
        "Key themes",
        "person-days",
        "Stage 1",
        "management",
    ] {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
}

#[test]
fn the_models_words_come_in_german() {
    let session = demo();
    let r = report(&session, Lang::De);
    assert_eq!(r.status_label(), "Entwurf");
    assert!(r.page_mark().starts_with("ENTWURF · Vertraulich · Version"));
    assert_eq!(r.sign_off()[0].0, "Erstellt von");
    let m = &r.roadmap.milestones;
    assert_eq!(m[0].name, "Bereitschaft für das Stufe-1-Audit");
    assert_eq!(m[0].name_en, "Stage 1 readiness");
    assert!(
        m[1].basis
            .contains("internem Audit und Managementbewertung")
    );
    assert!(r.roadmap.pace().contains("PT pro Woche"));
    let mut action = r.roadmap.actions[0].clone();
    assert!(
        action.due_text().ends_with(".2027"),
        "{}",
        action.due_text()
    );
    action.due = None;
    action.proposed_due = Some(jiff::civil::date(2027, 3, 31));
    assert_eq!(action.due_text(), "31.03.2027 (vorgeschlagen)");
    action.questions = vec!["5.2-a".into(), "5.2-b".into(), "5.2-c".into()];
    action.risks = vec!["R1".into()];
    assert!(
        action
            .text()
            .ends_with(" Deckt 5.2-a, 5.2-b und 5.2-c ab. Behandelt R1."),
        "{}",
        action.text()
    );
    let soa: Vec<&str> = r.soa.iter().map(|s| s.reason_type.as_str()).collect();
    assert!(soa.contains(&"Risikobehandlung"), "{soa:?}");
    assert!(
        r.soa
            .iter()
            .any(|s| s.justification.starts_with("Behandelt R")),
        "{:?}",
        r.soa.iter().map(|s| &s.justification).collect::<Vec<_>>()
    );
    let c = r.roadmap.costing.as_ref().expect("a day rate is set");
    assert!(
        c.basis().starts_with("Bei EUR 1.200 je Personentag"),
        "{}",
        c.basis()
    );
    assert!(c.rows().iter().any(|row| has_decimal_comma(&row[3])));
    assert_eq!(Status::Partial.label_in(Lang::De), "Teilweise");
    assert_eq!(
        Priority::P1.noun_in(Lang::De, 2),
        "Zertifizierungshindernisse"
    );
    assert_eq!(
        Priority::P2.label_in(Lang::De),
        "P2 erhebliche Lücke (voraussichtlich eine Nichtkonformität)"
    );
    // English reads as it always has.
    let en = report(&session, Lang::En);
    assert_eq!(Priority::P1.label_in(Lang::En), Priority::P1.label());
    assert_eq!(
        Status::NotAssessed.label_in(Lang::En),
        Status::NotAssessed.label()
    );
    assert_eq!(summary::draft_label(Lang::En), summary::DRAFT_LABEL);
    assert_eq!(en.roadmap.milestones[1].name, "Stage 2 readiness");
}
