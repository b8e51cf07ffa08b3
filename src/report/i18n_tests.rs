//! The report model in German and in the pseudo-locale: the words it makes for every format.

use super::*;
use crate::i18n::{PSEUDO_CLOSE, PSEUDO_OPEN, escaped_words};
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

/// The demo with its questionnaire in `lang` (the German overlay, the pseudo-locale's).
fn demo_in(lang: Lang) -> Session {
    let mut session = demo();
    session.questionnaire = Catalog::new(None)
        .translated(&session.questionnaire, lang)
        .unwrap()
        .questionnaire;
    session
}

/// Every sentence and word the model, the executive summary and the method appendix make
/// for display, one per line; with a day rate, a handout merged back and ISO 27001
/// carry-over so that every part of the appendix is there.
fn model_text(session: &Session, lang: Lang) -> String {
    let mut r = report(session, lang);
    r.handouts.push(HandoutRow {
        assessor: "Kim Roe".into(),
        scores: "cleared",
        handed_at: Timestamp::UNIX_EPOCH,
        file: "copy.aimsgap".into(),
        returned_at: Some(Timestamp::UNIX_EPOCH),
        compared: Some(12),
        within_one: Some(10),
    });
    r.carry_over = Some(CarryOver {
        in_place: vec!["5.2".into(), "A.5.1".into()],
        reused: vec![ReusedRow {
            question: "5.2-a".into(),
            reference: "5.2".into(),
            requirement_title: r.requirements[0].title.clone(),
            from: vec!["5.2".into()],
            level: 3,
            maturity: Some(2),
        }],
        kept: 0,
        minutes_saved: 40,
    });
    let mut out: Vec<String> = Vec::new();
    out.extend(summary::build(&r, "").paragraphs);
    out.push(summary::draft_label(lang));
    for part in method::appendix(&r) {
        out.push(part.title);
        out.extend(part.paragraphs);
        out.extend(part.bullets);
    }
    out.push(r.page_mark());
    out.push(r.status_label().to_string());
    for (role, by, on) in r.sign_off() {
        out.extend([role.to_string(), by, on]);
    }
    out.extend(PackageRow::columns_in(lang));
    out.push(PackageRow::title_in(lang));
    for p in &r.roadmap.packages {
        out.extend(p.cells());
    }
    out.extend(Costing::headers_in(lang));
    out.push(Costing::title_in(lang));
    let c = r.roadmap.costing.as_ref().expect("a day rate is set");
    out.extend(c.rows().into_iter().flatten());
    out.push(c.basis());
    out.push(r.roadmap.pace());
    out.extend(r.roadmap.over_allocated());
    for m in &r.roadmap.milestones {
        out.extend([m.name.clone(), m.explanation()]);
    }
    for a in &r.roadmap.actions {
        out.extend([a.due_text(), a.text()]);
    }
    for s in &r.soa {
        out.extend([s.reason_type.clone(), s.justification.clone()]);
        out.push(s.implementation.label_in(lang));
    }
    for k in &r.risks {
        out.extend([k.steps(), k.level.label_in(lang)]);
    }
    for q in &r.questions {
        out.push(q.status.label_in(lang));
        out.push(q.finding_label().to_string());
        if let Some(p) = q.priority {
            out.extend([p.label_in(lang), p.describe_in(lang), p.noun_in(lang, 2)]);
        }
        if let Some(b) = q.basis {
            out.push(b.describe_in(lang));
        }
    }
    for name in [
        "finding",
        "practice-to-keep",
        "recommendation",
        "assessors-own",
        "management-response",
        "awaiting-response",
        "intent",
        "said-by",
        "asked",
        "related",
    ] {
        out.push(card_word(lang, name));
    }
    for s in &r.systems {
        out.push(s.class.label_in(lang));
        out.push(r.roles_text(&s.roles));
    }
    for w in &r.warnings {
        out.extend([w.kind.title_in(lang), w.message.clone()]);
    }
    if let Some(p) = &r.progress {
        out.extend([p.heading(), p.intro(), p.actions_heading(), p.none()]);
        out.extend(p.columns());
        for row in p.sections.iter().chain(&p.overall) {
            out.extend(crate::progress::Progress::cells_in(lang, row));
        }
        for (title, list) in p.lists() {
            out.push(title);
            out.extend(list.iter().map(|g| p.gap_line(g)));
        }
        out.extend(p.actions_done.iter().map(|a| p.action_line(a)));
    }
    if let Some(c) = &r.self_assessment {
        use crate::survey::Comparison;
        out.push(Comparison::heading_in(lang));
        out.extend(Comparison::columns_in(lang));
        for row in c.sections.iter().chain([&c.overall]) {
            out.extend(c.row_cells(row));
        }
        out.push(c.summary());
        out.push(lang.t("report-compare-far-apart"));
        out.extend(c.far_apart.iter().map(|f| c.levels_apart(f)));
    }
    for f in Format::ALL {
        out.push(f.describe_in(lang));
    }
    for id in [
        "report-draft-notice",
        "report-stamp-label",
        "report-private-notes-warning",
        "report-no-annex",
    ] {
        out.push(lang.t(id));
    }
    out.join("\n")
}

/// What the demo itself puts in a report: names, roles, the register's risks, the reasons
/// and justifications as written, documents and systems.
fn fixture_data(session: &Session) -> Vec<String> {
    let a = &session.assessment;
    let e = &session.engagement;
    let mut data = vec![
        a.organisation.clone(),
        a.assessor.clone(),
        a.scope.clone(),
        "EUR".to_string(),
        "Kim Roe".to_string(),
    ];
    data.extend(e.attendees.iter().map(|x| x.describe()));
    data.extend(e.risks.iter().map(|x| x.title.clone()));
    data.extend(e.systems.iter().map(|x| x.name.clone()));
    data.extend(session.inclusions.values().map(|i| i.text.clone()));
    for answer in session.answers.values() {
        data.push(answer.owner.clone());
        // The assessor's own recommendation, written for this answer.
        data.push(answer.recommendation.clone());
        if let crate::assessment::Response::NotApplicable { justification } = &answer.response {
            data.push(justification.clone());
        }
    }
    data
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

/// Keys and machine values (codes, statuses, numbers, dates, the SoA's reason types, the
/// milestones' names) are the same in every language; `language` records which, and the
/// texts the model writes (the warnings' messages, the SoA's justifications, the milestones'
/// basis, a roadmap that cannot be dated) are in it.
#[test]
fn the_json_export_keeps_its_keys_and_machine_values_in_every_language() {
    use serde_json::Value;
    const TEXTS: [&str; 5] = [
        "language",
        "message",
        "justification",
        "basis",
        "impossible",
    ];
    fn same(en: &Value, other: &Value, key: &str, path: &str) {
        match (en, other) {
            (Value::Object(a), Value::Object(b)) => {
                assert_eq!(
                    a.keys().collect::<Vec<_>>(),
                    b.keys().collect::<Vec<_>>(),
                    "{path}"
                );
                for (k, v) in a {
                    same(v, &b[k], k, &format!("{path}.{k}"));
                }
            }
            (Value::Array(a), Value::Array(b)) => {
                assert_eq!(a.len(), b.len(), "{path}");
                for (i, (x, y)) in a.iter().zip(b).enumerate() {
                    same(x, y, key, &format!("{path}[{i}]"));
                }
            }
            (Value::String(_), Value::String(_)) if TEXTS.contains(&key) => {}
            _ => assert_eq!(en, other, "{path}"),
        }
    }
    let session = unfinished(demo());
    let en: Value = serde_json::from_str(&json::render(&report(&session, Lang::En))).unwrap();
    assert_eq!(en["language"], "en");
    for lang in [Lang::De, Lang::Pseudo] {
        let other: Value = serde_json::from_str(&json::render(&report(&session, lang))).unwrap();
        assert_eq!(other["language"], lang.code());
        same(&en, &other, "", "");
        assert_ne!(
            en["warnings"][0]["message"],
            other["warnings"][0]["message"]
        );
    }
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
        r.roles_text(&["producer".into(), "customer".into(), "broker".into()]),
        "Hersteller, Kunde, broker"
    );
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

#[test]
fn the_method_appendix_reads_in_german() {
    let session = reassessed(demo_in(Lang::De));
    let text = model_text(&session, Lang::De);
    for words in [
        "Reifegradskala",
        "Ziel dieser Bewertung ist Stufe 3 (",
        "Wert = Σ w·m / Σ w",
        "Status, Lücke und Priorität",
        "P1 Zertifizierungshindernis (bei einem Audit heute eine Hauptabweichung): eine Frage",
        "Wie die Roadmap entstanden ist",
        "Erstens die Dringlichkeit",
        "Zweitens die rechtzeitige Bewertung",
        "Termine: Die Arbeit beginnt am 30.11.2026.",
        "Montag bis Freitag",
        "Der kritische Pfad",
        "Die Bereitschaft für das Stufe-1-Audit ist erreicht",
        "Kostenschätzung: ",
        "zum Tagessatz von EUR 1.200",
        "Erklärung zur Anwendbarkeit",
        "Umgesetzt: Jede Frage",
        "Nachweisgrundlage",
        "Blinde Bewertung und Übereinstimmung",
        "(Kopie übergeben am 01.01.1970, zusammengeführt am 01.01.1970): 12 Fragen auf beiden Seiten bewertet, 10 davon höchstens eine Stufe auseinander (83\u{a0}%).",
        "Aus ISO 27001 übernommen",
        "0,7 Stunden (40 Minuten)",
        "Stufe 3 aus ISO 27001 5.2 übernommen, jetzt 2",
        "Selbsteinschätzung des Kunden",
        "Fortschritt seit 04.05.2026",
        "Geschlossene Lücken (2)",
        "Neue Lücken (1)",
        "Erledigte Roadmap-Aufgaben (",
        ": Reifegrad 3 → ",
        "Selbsteinschätzung im Vergleich",
        "Die eigenen Einstufungen des Kunden (importiert am 01.01.1970): 3 Fragen eingestuft",
        "Alle Abschnitte",
    ] {
        assert!(text.contains(words), "{words:?} not in:\n{text}");
    }
    // Capacities per person as German writes them: "… 2,5".
    assert!(has_decimal_comma(&text));
    for english in [
        "Maturity scale",
        "person-days",
        "Stage 1",
        "the roadmap",
        "working days",
        "Implemented",
        "reused",
    ] {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
}

#[test]
fn no_english_escapes_the_catalogue_from_the_model_summary_or_method() {
    let session = reassessed(unfinished(demo_in(Lang::Pseudo)));
    let text = model_text(&session, Lang::Pseudo);
    let data = fixture_data(&session);
    let data: Vec<&str> = data.iter().map(String::as_str).collect();
    let escaped = escaped_words(&text, &data);
    assert!(escaped.is_empty(), "{escaped:?} in:\n{text}");
    // It is the pseudo-locale: every line has the markers.
    assert!(text.contains(PSEUDO_OPEN) && text.contains(PSEUDO_CLOSE));
}

/// The session as a re-assessment with a client self-assessment: its previous assessment is
/// itself with two gaps closed since and one new, and the client rated a few questions.
fn reassessed(mut session: Session) -> Session {
    use crate::survey::{Rating, SelfRating};
    let mut then = crate::progress::Snapshot::of(&report(&session, Lang::En));
    then.date = jiff::civil::date(2026, 5, 4);
    let mut gaps = 0;
    for q in &mut then.questions {
        match (q.priority, gaps) {
            (None, 0 | 1) if q.maturity.is_some() => {
                // A gap then, closed since.
                q.priority = Some(Priority::P1);
                q.maturity = Some(1);
                gaps += 1;
            }
            (Some(_), 2) => {
                // No gap then, a new one since.
                q.priority = None;
                q.maturity = Some(3);
                gaps += 1;
            }
            _ => {}
        }
    }
    session.previous = Some(Box::new(then));
    session.self_assessment = crate::survey::SelfAssessment {
        imported_at: Some(Timestamp::UNIX_EPOCH),
        ratings: [("4.1-b", 4), ("4.2-a", 1), ("5.1-a", 3)]
            .into_iter()
            .map(|(id, level)| {
                (
                    id.to_string(),
                    SelfRating {
                        rating: Rating::Level(level),
                        comment: String::new(),
                    },
                )
            })
            .collect(),
    };
    session
}

/// The session with work left for the completeness check: an unanswered question, gaps with
/// no owner, finding or evidence, an action due before the roadmap can finish it.
fn unfinished(mut session: Session) -> Session {
    session.answers.remove("4.1-a");
    for a in session.answers.values_mut().take(5) {
        a.owner.clear();
        a.finding.clear();
        a.evidence.clear();
        a.due = Some(jiff::civil::date(2026, 12, 1));
    }
    session
}

#[test]
fn the_completeness_checks_warnings_come_in_german() {
    let session = unfinished(demo_in(Lang::De));
    let r = report(&session, Lang::De);
    let text: Vec<String> = r
        .warnings
        .iter()
        .map(|w| format!("{}: {}", w.kind.title_in(Lang::De), w.message))
        .collect();
    let text = text.join("\n");
    for words in [
        "Unbeantwortete Fragen: 4.1-a (4.1 ",
        ") ist nicht beantwortet",
        "Lücken ohne Verantwortliche(n): ",
        "-Lücke und keine Feststellung: Der Bericht sagt nicht, was beobachtet wurde",
        "ist am 01.12.2026 fällig, aber die Roadmap schließt die Aufgabe erst am ",
    ] {
        assert!(text.contains(words), "{words:?} not in:\n{text}");
    }
}
