//! The fixture's own words, for the pseudo-locale tests of the report formats: included with
//! `#[path = "common/fixture_words.rs"] mod fixture_words;`.

use std::collections::HashSet;

use aimsgap::report::Report;

/// The words a report in any language shows as they are: what the assessor and the client
/// typed (names, findings, evidence, reasons …), proper names and references. The
/// questionnaire's texts are not among them: the pseudo-locale's questionnaire has them
/// marked.
pub fn own_words(report: &Report) -> HashSet<String> {
    let a = &report.assessment;
    let c = &report.document_control;
    let mut texts: Vec<String> = vec![
        report.generator.name.into(),
        a.organisation.clone(),
        a.scope.clone(),
        a.assessor.clone(),
        a.questionnaire.id.clone(),
        c.confidentiality.clone(),
        c.prepared.by.clone(),
        c.reviewed.by.clone(),
        c.approved.by.clone(),
    ];
    texts.extend(c.distribution.iter().cloned());
    for q in &report.questions {
        if q.recommendation_by_assessor {
            texts.push(q.recommendation.clone());
        }
        texts.extend([
            q.finding.clone(),
            q.owner.clone(),
            q.management_response.clone(),
        ]);
        texts.extend(q.justification.clone());
        texts.extend(q.notes.clone());
        texts.extend(q.evidence.iter().cloned());
        texts.extend(q.crosswalk.values().flatten().cloned());
        texts.extend(
            q.said_by
                .iter()
                .flat_map(|p| [p.name.clone(), p.role.clone()]),
        );
    }
    for f in &report.crosswalks {
        texts.extend([f.id.clone(), f.title.clone()]);
    }
    for p in &report.attendees {
        texts.extend([p.name.clone(), p.role.clone()]);
    }
    for d in &report.documents {
        texts.extend([d.document.title.clone(), d.document.version.clone()]);
    }
    for s in &report.systems {
        texts.extend([s.name.clone(), s.purpose.clone()]);
    }
    for r in &report.risks {
        texts.push(r.title.clone());
    }
    for p in &report.open_points {
        texts.push(p.text.clone());
    }
    for o in &report.orphaned_answers {
        texts.extend([o.answer.finding.clone(), o.answer.owner.clone()]);
        texts.extend(o.answer.evidence.iter().cloned());
    }
    if report.summary.written {
        texts.extend(report.summary.paragraphs.iter().cloned());
    }
    texts.extend(demo_inclusion_notes());
    texts
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|w| w.len() >= 2)
        .map(str::to_string)
        .collect()
}

/// The reasons the demo's assessor wrote for including annex controls (the SoA shows them
/// after the words the report adds).
fn demo_inclusion_notes() -> Vec<String> {
    use aimsgap::questionnaire::catalog::{Catalog, built_in};
    let dir = tempfile::TempDir::new().unwrap();
    let mut store = aimsgap::store::Store::open(&dir.path().join("demo.db")).unwrap();
    let q = built_in("iso42001").unwrap();
    let id = aimsgap::demo::create(&mut store, q, jiff::civil::date(2026, 11, 23)).unwrap();
    let session = aimsgap::session::Session::open(&store, &Catalog::new(None), id).unwrap();
    session
        .inclusions
        .values()
        .map(|i| i.text.clone())
        .collect()
}

/// The fixture as a final re-assessment, with what the fixture itself leaves out: a final
/// report (its finalised date, stamp and sign-off), the private notes, a changed
/// questionnaire, answers kept from questions removed since, the cost estimate, the progress
/// since an earlier assessment and the client's self-assessment. The names it adds are in
/// [`FINAL_DATA`].
pub fn final_reassessment(mut r: Report) -> Report {
    use aimsgap::assessment::{Answer, Response};
    use aimsgap::report::{Costing, Orphan, PhaseCost};
    use aimsgap::scoring::Priority;
    let lang = r.lang;
    r.document_control.finalised_at = Some("2026-11-30T10:00:00Z".parse().unwrap());
    r.document_control.approved.by = "Dana Partner".into();
    r.stamp = Some("ab".repeat(32));
    r.warnings.clear();
    r.private_notes_included = true;
    r.assessment.questionnaire.changed_since_taken = true;
    for (id, response) in [
        ("4.9-x", Response::Unanswered),
        ("4.9-y", Response::Maturity { level: 2 }),
        (
            "4.9-z",
            Response::NotApplicable {
                justification: "Dana".into(),
            },
        ),
    ] {
        r.orphaned_answers.push(Orphan {
            question_id: id.into(),
            answer: Answer {
                response,
                ..Answer::default()
            },
        });
    }
    let phase = &r.roadmap.actions[0];
    r.roadmap.costing = Some(Costing {
        day_rate: 1200.0,
        currency: "EUR".into(),
        phases: vec![PhaseCost {
            phase: phase.phase.clone(),
            title: phase.phase_title.clone(),
            actions: 1,
            person_days: 2.5,
            cost: 3000.0,
            start: phase.start,
            end: phase.end,
            working_days: 3,
            fte: 0.8,
        }],
        total_days: 2.5,
        total_cost: 3000.0,
        lang,
    });
    // An earlier assessment with more gaps, fewer answers and an action since done.
    let mut then = aimsgap::progress::Snapshot::of(&r);
    then.id -= 1;
    then.date = jiff::civil::date(2026, 5, 4);
    for q in then.questions.iter_mut().take(6) {
        q.maturity = Some(0);
        q.priority = Some(Priority::P1);
    }
    then.actions.push(aimsgap::progress::ActionRef {
        step: 99,
        question: "4.9-y".into(),
        questions: vec!["4.9-y".into()],
        reference: "4.9".into(),
        recommendation: "Dana".into(),
    });
    // The client's own ratings, imported, one question two levels apart.
    let row = |id: &str, title: &str| aimsgap::survey::ComparisonRow {
        id: id.into(),
        title: title.into(),
        compared: 3,
        self_mean: Some(2.5),
        assessor_mean: Some(1.5),
        difference: Some(1.0),
        higher: 2,
        lower: 1,
        far_apart: 1,
    };
    let first = &r.sections[0];
    r.self_assessment = Some(aimsgap::survey::Comparison {
        imported_at: Some("2026-11-20T09:00:00Z".into()),
        rated: 3,
        not_applicable: 1,
        comments: 2,
        sections: vec![row(&first.id, &first.title)],
        overall: row("", ""),
        far_apart: vec![aimsgap::survey::FarApart {
            question: r.questions[0].id.clone(),
            reference: r.questions[0].reference.clone(),
            self_level: 4,
            assessor_level: 1,
        }],
        lang,
    });
    let r = r.with_progress(Some(&then));
    assert!(r.progress.is_some());
    r
}

/// The names [`final_reassessment`] adds: the approver, the currency, the stamp.
pub const FINAL_DATA: [&str; 3] = [
    "Dana Partner",
    "EUR",
    "abababababababababababababababababababababababababababababababab",
];
