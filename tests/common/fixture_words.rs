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
