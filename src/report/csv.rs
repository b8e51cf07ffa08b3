//! CSV exports: questions (every field), roadmap, Statement of Applicability.
//!
//! Written for spreadsheets as much as for scripts: UTF-8 with a byte-order mark (so Excel
//! does not guess a legacy encoding), comma-separated (or another delimiter given with
//! `export --delimiter`, e.g. `;` where the comma is the decimal separator), CRLF between records, fields quoted
//! when they hold a comma, quote or line break (line breaks inside a finding stay inside the
//! cell), and text a spreadsheet would read as a formula made inert by a leading apostrophe.
//! Numbers use a decimal point; dates are ISO 8601.

use super::{Report, defuse_formula};
use crate::scoring::one_decimal;

/// The header of the private notes' column, in a report made with them.
pub const PRIVATE_NOTES_COLUMN: &str = "Private notes (not for the client)";

/// Starts every CSV file, so spreadsheets read it as UTF-8.
pub const BOM: &str = "\u{feff}";

/// The delimiters `export --delimiter` accepts: comma, semicolon, tab and bar.
pub const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// One row per question in questionnaire order, with every field of the question, the answer
/// and its scoring.
pub fn questions(report: &Report) -> String {
    questions_with(report, b',')
}

/// The ordered, dated actions, then the milestones.
pub fn roadmap(report: &Report) -> String {
    roadmap_with(report, b',')
}

/// The draft Statement of Applicability: every annex control.
pub fn soa(report: &Report) -> String {
    soa_with(report, b',')
}

/// [`questions`] with another delimiter (one of [`DELIMITERS`]).
pub fn questions_with(report: &Report, delimiter: u8) -> String {
    let mut head: Vec<String> = [
        "Question",
        "Ref",
        "Requirement",
        "Intent",
        "Section",
        "Section title",
        "Kind",
        "Prompt",
        "Status",
        "Maturity",
        "Maturity label",
        "Target",
        "Gap",
        "Priority",
        "Priority label",
        "Rank",
        "Not applicable",
        "Justification",
        "Finding",
        "Evidence",
        "Evidence basis",
        "Said by",
        "Owner",
        "Due",
        "Recommendation",
        "Recommendation by assessor",
        "Management response",
        "Effort",
        "Phase",
        "Documented",
        "Weight",
        "Depends on",
    ]
    .map(String::from)
    .to_vec();
    head.extend(report.crosswalks.iter().map(|f| f.title.clone()));
    // The private notes, only in a report made with them, right after the finding.
    let notes_at = head
        .iter()
        .position(|h| h == "Finding")
        .expect("a Finding column")
        + 1;
    if report.private_notes_included {
        head.insert(notes_at, PRIVATE_NOTES_COLUMN.into());
    }
    let target = report.assessment.target.to_string();
    let rows = report.questions.iter().map(|q| {
        let mut row = vec![
            q.id.clone(),
            q.reference.clone(),
            q.requirement_title.clone(),
            report
                .requirement(&q.reference)
                .map_or_else(String::new, |r| r.intent.clone()),
            q.section.clone(),
            q.section_title.clone(),
            q.kind.to_string(),
            q.prompt.clone(),
            q.status.label().to_string(),
            opt(q.maturity),
            q.maturity
                .map_or_else(String::new, |m| report.level_label(m).to_string()),
            target.clone(),
            opt(q.gap),
            opt(q.priority),
            q.priority.map_or_else(String::new, |p| p.describe()),
            opt(q.rank),
            yes_no(q.not_applicable),
            q.justification.clone().unwrap_or_default(),
            q.finding.clone(),
            q.evidence.join("\n"),
            q.basis
                .map_or_else(String::new, |b| b.describe().to_string()),
            q.said_by_line().unwrap_or_default(),
            q.owner.clone(),
            opt(q.due),
            // Only a gap has a recommendation and a response: a conforming answer's finding is
            // the practice to keep.
            q.action().unwrap_or_default().to_string(),
            yes_no(q.action().is_some() && q.recommendation_by_assessor),
            q.response().unwrap_or_default().to_string(),
            q.effort.to_string(),
            report.phase_title(&q.phase).to_string(),
            yes_no(q.documented),
            number(q.weight),
            q.depends_on.join(", "),
        ];
        row.extend(report.crosswalks.iter().map(|f| {
            q.crosswalk
                .get(&f.id)
                .map_or_else(String::new, |v| v.join(", "))
        }));
        if report.private_notes_included {
            row.insert(notes_at, q.notes.clone().unwrap_or_default());
        }
        row
    });
    write(head, rows, delimiter)
}

/// [`roadmap`] with another delimiter (one of [`DELIMITERS`]).
pub fn roadmap_with(report: &Report, delimiter: u8) -> String {
    let head = [
        "Type",
        "Step",
        "Ref",
        "Questions",
        "Requirement",
        "Action",
        "Priority",
        "Maturity",
        "Gap",
        "Effort",
        "Person-days",
        "Phase",
        "Owner",
        "Due",
        "Late",
        "After",
        "Risks",
        "Start",
        "End",
        "Due proposed",
        "Package",
    ]
    .map(String::from)
    .to_vec();
    let actions = report.roadmap.actions.iter().map(|a| {
        vec![
            "action".into(),
            a.step.to_string(),
            a.reference.clone(),
            a.questions.join(", "),
            a.requirement_title.clone(),
            a.recommendation.clone(),
            a.priority.to_string(),
            a.maturity.to_string(),
            a.gap.to_string(),
            a.effort.to_string(),
            crate::scoring::days(a.effort_days),
            a.phase_title.clone(),
            a.owner.clone(),
            opt(a.due),
            yes_no(a.late),
            a.after.join(", "),
            a.risks.join(" "),
            a.start.to_string(),
            a.end.to_string(),
            opt(a.proposed_due),
            a.package_title.clone(),
        ]
    });
    // A plan that cannot be dated is one row saying why, where an action's text would be.
    let impossible = report.roadmap.impossible.iter().map(|why| {
        let mut row = vec![String::new(); 21];
        row[0] = "impossible".into();
        row[5] = why.clone();
        row
    });
    let milestones = report.roadmap.milestones.iter().map(|m| {
        let basis = m.explanation();
        let mut row = vec![String::new(); 21];
        row[0] = "milestone".into();
        row[4] = m.name.clone();
        row[5] = basis;
        row[17] = m.date.to_string();
        row[18] = m.date.to_string();
        row
    });
    write(head, impossible.chain(actions).chain(milestones), delimiter)
}

/// [`soa`] with another delimiter (one of [`DELIMITERS`]).
pub fn soa_with(report: &Report, delimiter: u8) -> String {
    let head = [
        "Control",
        "Title",
        "Group",
        "Group title",
        "Applicable",
        "Reason type",
        "Justification",
        "Risks",
        "Implementation",
        "Maturity",
        "Not assessed",
        "Owner",
        "Last evidence",
    ]
    .map(String::from)
    .to_vec();
    let rows = report.soa.iter().map(|s| {
        vec![
            s.control.clone(),
            s.title.clone(),
            s.group.clone(),
            s.group_title.clone(),
            yes_no(s.applicable),
            s.reason_type.clone(),
            s.justification.clone(),
            s.risks.join(" "),
            s.implementation.label().to_string(),
            s.maturity
                .map_or_else(String::new, |m| one_decimal(Some(m))),
            s.unassessed.to_string(),
            s.owner.clone(),
            s.last_evidence.map(|d| d.to_string()).unwrap_or_default(),
        ]
    });
    write(head, rows, delimiter)
}

fn write(head: Vec<String>, rows: impl Iterator<Item = Vec<String>>, delimiter: u8) -> String {
    debug_assert!(DELIMITERS.contains(&delimiter));
    let mut w = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(head.iter().map(|cell| cell_text(cell)))
        .expect("writing to memory");
    for row in rows {
        w.write_record(row.iter().map(|cell| cell_text(cell)))
            .expect("writing to memory");
    }
    let bytes = w.into_inner().expect("writing to memory");
    let mut out = String::from(BOM);
    out.push_str(&String::from_utf8(bytes).expect("fields are UTF-8"));
    out
}

/// One line-break convention inside cells (LF), no control characters (NUL and the other
/// C0 and C1 controls but tab and LF become U+FFFD, visibly), and no live formulas.
fn cell_text(cell: &str) -> String {
    let cell = cell.replace("\r\n", "\n").replace('\r', "\n");
    let cell: String = cell
        .chars()
        .map(|c| match c {
            '\t' | '\n' => c,
            c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => '\u{FFFD}',
            c => c,
        })
        .collect();
    defuse_formula(&cell).into_owned()
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(String::new, |v| v.to_string())
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.into()
}

fn number(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x}")
    }
}
