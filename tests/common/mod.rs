//! The fixed fixture every report test renders: the demo assessment on a fixed day, with a
//! fixed clock, and hostile text in the fields a user types.
#![allow(dead_code)]

use aimsgap::assessment::{Answer, EvidenceBasis, Response};
use aimsgap::i18n::Lang;
use aimsgap::questionnaire::catalog::{Catalog, built_in};
use aimsgap::questionnaire::overlay;
use aimsgap::report::{Privacy, Report};
use aimsgap::session::Session;
use aimsgap::store::Store;
use jiff::civil::date;
use tempfile::TempDir;

pub const SCRIPT: &str = "<script>alert('x')</script> & \"quotes\"";
pub const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"click me\")";
pub const PIPES: &str = "left | right || both";
pub const MULTILINE: &str = "First line\nSecond line\r\nThird line";
pub const EMOJI: &str = "Launch plan 🚀 approved ✅";
pub const RTL: &str = "مراجعة السياسة — סקירת מדיניות";

/// Starts every private note of the fixture: no client deliverable may hold it.
pub const PRIVATE: &str = "PRIVATE-7f3a: the sponsor is leaving in March";

/// A note of 10,000 characters.
pub fn long_note() -> String {
    "Long note. ".repeat(1000).chars().take(10_000).collect()
}

/// The demo assessment with hostile text added, as a report with a fixed clock: the client's
/// copy, without the private notes.
pub fn fixture() -> Report {
    fixture_with(Privacy::ClientDeliverable)
}

/// The fixture as the assessor's own copy, with the private notes.
pub fn fixture_with_private_notes() -> Report {
    fixture_with(Privacy::IncludePrivateNotes)
}

/// The fixture with a day rate set: the executive summary estimates the cost by phase.
pub fn fixture_with_day_rate(rate: &aimsgap::assessment::DayRate) -> Report {
    fixture_built(Privacy::ClientDeliverable, Some(rate), Lang::En)
}

/// The fixture written in `lang`: the report's own words in that language, and the
/// questionnaire's texts in its translation (the German overlay; every text accented and
/// marked in the pseudo-locale). What the assessor and the client typed stays as typed.
pub fn fixture_in(lang: Lang) -> Report {
    fixture_built(Privacy::ClientDeliverable, None, lang)
}

fn fixture_with(privacy: Privacy) -> Report {
    fixture_built(privacy, None, Lang::En)
}

fn fixture_built(
    privacy: Privacy,
    rate: Option<&aimsgap::assessment::DayRate>,
    lang: Lang,
) -> Report {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("fixture.db")).unwrap();
    let q = built_in("iso42001").unwrap();
    let id = aimsgap::demo::create(&mut store, q, date(2026, 11, 23)).unwrap();
    let hostile_attendee = store
        .add_attendee(
            id,
            &format!("{SCRIPT} {FORMULA}"),
            &format!("{PIPES} {RTL}"),
        )
        .unwrap();
    let hostile = [
        (
            "4.1-a",
            Answer {
                response: Response::Maturity { level: 1 },
                finding: format!("{SCRIPT}\n{MULTILINE}"),
                notes: format!("{PRIVATE} <b>4.1</b>"),
                evidence: vec![
                    FORMULA.into(),
                    PIPES.into(),
                    "+SUM(A1:A9)".into(),
                    "-2+3".into(),
                    "@cmd".into(),
                ],
                basis: Some(EvidenceBasis::Document),
                said_by: Vec::new(),
                owner: "=1+1".into(),
                // Deliberately tight: the action cannot end on its first day.
                due: Some(date(2026, 11, 30)),
                recommendation: format!("{SCRIPT} {FORMULA}"),
                management_response: format!("{FORMULA}\n{PIPES}"),
                carried_over: None,
            },
        ),
        (
            "4.2-a",
            Answer {
                response: Response::Maturity { level: 2 },
                finding: format!("{PIPES}\n{EMOJI}\n{RTL}"),
                notes: format!("{PRIVATE}\nsecond line"),
                evidence: vec!["Stakeholder map `v2` *draft* [link](http://x)".into()],
                basis: Some(EvidenceBasis::Interview),
                said_by: vec![hostile_attendee],
                owner: "Ana <ana@example.com>".into(),
                due: None,
                recommendation: String::new(),
                management_response: String::new(),
                carried_over: None,
            },
        ),
        (
            "5.1-a",
            Answer {
                response: Response::Maturity { level: 3 },
                finding: long_note(),
                notes: PRIVATE.into(),
                evidence: vec!["Board minutes".into()],
                basis: Some(EvidenceBasis::Observed),
                said_by: Vec::new(),
                owner: String::new(),
                due: None,
                recommendation: String::new(),
                management_response: String::new(),
                carried_over: None,
            },
        ),
        (
            "A.10.4-a",
            Answer {
                response: Response::NotApplicable {
                    justification: format!("{SCRIPT} | {FORMULA}"),
                },
                notes: format!("{PRIVATE} (A.10.4)"),
                ..Answer::default()
            },
        ),
    ];
    for (qid, answer) in hostile {
        store.set_answer(id, qid, &answer).unwrap();
    }
    if rate.is_some() {
        store.set_day_rate(id, rate).unwrap();
    }
    let mut session = Session::open(&store, &Catalog::new(None), id).unwrap();
    match lang {
        Lang::En => {}
        Lang::De => {
            let german = aimsgap::questionnaire::catalog::built_in_overlay("iso42001", lang)
                .expect("the built-in German overlay");
            session.questionnaire = overlay::apply(&session.questionnaire, &[german]).0;
        }
        Lang::Pseudo => session.questionnaire = overlay::pseudo(&session.questionnaire),
    }
    let mut report = Report::build_in(
        &session,
        "2026-11-23T16:00:00Z".parse().unwrap(),
        privacy,
        lang,
    );
    // The store stamps real times; the fixture pins them so output is byte-for-byte stable.
    report.assessment.created_at = "2026-11-23T09:00:00Z".parse().unwrap();
    report.assessment.updated_at = "2026-11-23T15:30:00Z".parse().unwrap();
    report
}

/// A small seeded generator (xorshift64*), so that a failing random run can be replayed from
/// its seed.
pub struct Rng(pub u64);

impl Rng {
    pub fn seeded(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}
