//! The store's refusals and errors in the user's language: English as the `Display` text,
//! German throughout, and no English word outside the catalogue (pseudo-locale).

use super::{MergeRefusal, Problem, StoreError};
use crate::assessment::Answer;
use crate::i18n::{Lang, escaped_words};

/// Every variant, with the data its message quotes (paths, ids, references, what SQLite said).
fn every() -> Vec<(StoreError, Vec<&'static str>)> {
    let path = || "/tmp/kunde.db".to_string();
    let why = || "file is not a database".to_string();
    let data = vec!["/tmp/kunde.db", "file is not a database", "aimsgap"];
    let questions = |n: usize| (1..=n).map(|i| format!("5.{i}-a")).collect::<Vec<_>>();
    let errors = vec![
        StoreError::NoAssessment(7),
        StoreError::TooNew {
            path: path(),
            found: 40,
            known: 25,
        },
        StoreError::Foreign {
            path: path(),
            why: why(),
        },
        StoreError::Locked { path: path() },
        StoreError::ReadOnly {
            path: path(),
            why: why(),
        },
        StoreError::Path {
            path: path(),
            why: why(),
        },
        StoreError::NoDatabase { path: path() },
        StoreError::Backup {
            path: path(),
            why: why(),
        },
        StoreError::Sqlite {
            path: path(),
            error: rusqlite::Error::QueryReturnedNoRows,
        },
        StoreError::Conflict {
            question: "5.3-a".into(),
            current: Box::new(Answer::default()),
        },
        StoreError::Damaged {
            path: path(),
            why: why(),
        },
        StoreError::Corrupt {
            path: path(),
            why: why(),
        },
        StoreError::Final { id: Some(3) },
        StoreError::Final { id: None },
        StoreError::NoAttendee {
            id: 3,
            question: "5.3-a".into(),
            number: 4,
        },
        StoreError::Cited {
            id: 3,
            attendee: "A2 (Dana Reyes)".into(),
            questions: questions(1),
        },
        StoreError::Cited {
            id: 3,
            attendee: "A2 (Dana Reyes)".into(),
            questions: questions(7),
        },
        StoreError::RiskCited {
            id: 3,
            risk: "R2".into(),
            controls: vec!["A.5.2".into()],
        },
        StoreError::RiskCited {
            id: 3,
            risk: "R2".into(),
            controls: vec!["A.5.2".into(), "A.6.1.2".into()],
        },
        StoreError::NoConflict {
            id: 3,
            question: "5.3-a".into(),
            field: "maturity".into(),
        },
        StoreError::BadValue {
            field: "maturity".into(),
            why: why(),
        },
        StoreError::NotMerged {
            path: path(),
            why: MergeRefusal::Unreadable(why()),
        },
        StoreError::NotMerged {
            path: path(),
            why: MergeRefusal::Untrusted {
                count: 3,
                first: Some(Box::new(Problem::new(
                    &super::validate::assessment_place("3", Some("Acme Ltd")).field("scope"),
                    super::validate::Said::msg("store-problem-empty"),
                ))),
            },
        },
        StoreError::NotMerged {
            path: path(),
            why: MergeRefusal::SeveralCopies {
                theirs: 2,
                ours: vec![4, 7],
            },
        },
        StoreError::NotMerged {
            path: path(),
            why: MergeRefusal::OtherEngagement { into: None },
        },
        StoreError::NotMerged {
            path: path(),
            why: MergeRefusal::OtherEngagement { into: Some(4) },
        },
        StoreError::NotMerged {
            path: path(),
            why: MergeRefusal::OtherQuestionnaire {
                id: 4,
                theirs: "iso42001 1.0".into(),
                ours: "iso42001 1.1".into(),
            },
        },
        StoreError::BadBackup {
            path: path(),
            problems: vec![Problem::new(
                &super::validate::assessment_place("3", Some("Acme Ltd"))
                    .question("4.1-a")
                    .field("maturity"),
                super::validate::Said::msg("store-problem-empty"),
            )],
        },
        StoreError::BadBackup {
            path: path(),
            problems: (0..102)
                .map(|i| {
                    Problem::new(
                        &super::validate::assessment_place(&i.to_string(), Some("Acme Ltd"))
                            .field("organisation"),
                        super::validate::Said::msg("store-problem-empty"),
                    )
                })
                .collect(),
        },
    ];
    errors
        .into_iter()
        .map(|e| {
            let mut data = data.clone();
            data.extend([
                "Query returned no rows",
                "Dana Reyes",
                "maturity",
                "Acme Ltd",
                "iso42001",
            ]);
            (e, data)
        })
        .collect()
}

/// Text between backticks is a command to type: it stays as it is in every language.
fn outside_commands(text: &str) -> String {
    text.split('`').step_by(2).collect::<Vec<_>>().join(" ")
}

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 2)
        .collect()
}

#[test]
fn english_is_the_display_text() {
    for (e, _) in every() {
        assert_eq!(e.message_in(Lang::En), e.to_string(), "{e:?}");
    }
}

#[test]
fn german_has_no_english_words() {
    // Words both languages write alike, and names of things.
    let alike = [
        "aimsgap", "AIMSGAP", "DB", "db", "SQLite", "ID", "in", "A", "NAME",
    ];
    for (e, data) in every() {
        let en = e.message_in(Lang::En);
        let de = e.message_in(Lang::De);
        assert_ne!(en, de, "{e:?}");
        let en = outside_commands(&en);
        let english: Vec<&str> = words(&en)
            .into_iter()
            .filter(|w| !alike.contains(w))
            .filter(|w| !data.iter().any(|d| words(d).contains(w)))
            .collect();
        let german = outside_commands(&de);
        let leaked: Vec<&str> = words(&german)
            .into_iter()
            .filter(|w| english.contains(w))
            .collect();
        assert!(leaked.is_empty(), "English in {de:?}: {leaked:?}");
    }
}

#[test]
fn german_reads_german() {
    let final_ = StoreError::Final { id: Some(3) }.message_in(Lang::De);
    assert!(
        final_.contains("abgeschlossen und schreibgeschützt"),
        "{final_}"
    );
    let cited = StoreError::Cited {
        id: 3,
        attendee: "A2 (Dana Reyes)".into(),
        questions: (1..=7).map(|i| format!("5.{i}-a")).collect(),
    }
    .message_in(Lang::De);
    assert!(
        cited.contains("in 7 Antworten als Quelle genannt"),
        "{cited}"
    );
    assert!(cited.contains("5.5-a und 2 weitere"), "{cited}");
}

#[test]
fn pseudo_escapes_nothing() {
    for (e, data) in every() {
        let text = e.message_in(Lang::Pseudo);
        assert!(
            escaped_words(&text, &data).is_empty(),
            "{text}: {:?}",
            escaped_words(&text, &data)
        );
    }
}

/// Every refusal of a reason, a list of risks or an answer for its control's applicability
/// (`soa::SoaError`), with the data it quotes.
fn every_soa() -> Vec<crate::soa::SoaError> {
    use crate::soa::{ReasonKind, SoaError};
    let mut out = vec![SoaError::UnknownKind {
        given: "because".into(),
    }];
    out.extend(ReasonKind::ALL.map(|kind| SoaError::NoDetail { kind }));
    out.extend([
        SoaError::Text(crate::assessment::check_text("reason", "a\0b").unwrap_err()),
        SoaError::NoRisk {
            given: "R9".into(),
            register: vec!["R1".into(), "R3".into()],
        },
        SoaError::EmptyRegister {
            given: "R1".into(),
            id: None,
        }
        .for_assessment(3),
        SoaError::NoRisks,
        SoaError::PartlyNotApplicable {
            question: "A.5.2-a".into(),
            reference: "A.5.2".into(),
            id: 3,
        },
        SoaError::Excluded {
            question: "A.5.2-a".into(),
            reference: "A.5.2".into(),
            justification: "We build no models".into(),
            id: 3,
        },
        SoaError::Undecided {
            reference: "A.5.2".into(),
            count: 1,
            of: 3,
            id: 3,
        },
    ]);
    out
}

const SOA_DATA: &[&str] = &[
    "because R9 R1 R3 A.5.2-a A.5.2 We build no models aimsgap",
    "risk legal contractual business control exclude include list add title level high",
];

#[test]
fn soa_refusals_in_english_are_the_display_text() {
    for e in every_soa() {
        assert_eq!(e.message_in(Lang::En), e.to_string(), "{e:?}");
    }
}

#[test]
fn soa_refusals_read_german() {
    let alike = ["aimsgap", "ID", "in", "A", "Art", "NUL", "WHY"];
    for e in every_soa() {
        let en = e.message_in(Lang::En);
        let de = e.message_in(Lang::De);
        assert_ne!(en, de, "{e:?}");
        let en = outside_commands(&en);
        let english: Vec<&str> = words(&en)
            .into_iter()
            .filter(|w| !alike.contains(w))
            .filter(|w| !SOA_DATA.iter().any(|d| words(d).contains(w)))
            .collect();
        let german = outside_commands(&de);
        let leaked: Vec<&str> = words(&german)
            .into_iter()
            .filter(|w| english.contains(w))
            .collect();
        assert!(leaked.is_empty(), "English in {de:?}: {leaked:?}");
    }
    let no_risk = crate::soa::resolve_risks(&[], "R2")
        .unwrap_err()
        .for_assessment(4)
        .message_in(Lang::De);
    assert_eq!(
        no_risk,
        "Kein Risiko „R2“: Das Risikoregister ist leer; erfassen Sie eines mit \
         `aimsgap risk add 4 --title TEXT --level high`"
    );
    let kind = crate::soa::parse_reason("weil:x")
        .unwrap_err()
        .message_in(Lang::De);
    assert!(
        kind.contains("„weil“ ist keine Art von Begründung"),
        "{kind}"
    );
}

#[test]
fn soa_refusals_in_pseudo_escape_nothing() {
    for e in every_soa() {
        let text = e.message_in(Lang::Pseudo);
        let escaped = escaped_words(&text, SOA_DATA);
        assert!(escaped.is_empty(), "{text}: {escaped:?}");
    }
}
