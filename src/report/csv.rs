//! CSV exports: questions (every field), roadmap, Statement of Applicability.
//!
//! Written for spreadsheets as much as for scripts: UTF-8 with a byte-order mark (so Excel
//! does not guess a legacy encoding), comma-separated (or another delimiter given with
//! `export --delimiter`, e.g. `;` where the comma is the decimal separator), CRLF between records, fields quoted
//! when they hold a comma, quote or line break (line breaks inside a finding stay inside the
//! cell), and text a spreadsheet would read as a formula made inert by a leading apostrophe.
//! Numbers use the report language's decimal separator (a point in English, a comma in
//! German, where `;` is then the default delimiter); dates are ISO 8601 in every language.
//! Headers and words (statuses, yes and no, kinds) are in the report's language; codes (P1,
//! S/M/L, ids and references) are as they are.

use super::{Report, defuse_formula};
use crate::i18n::Lang;
use crate::questionnaire::SectionKind;
use crate::scoring::one_decimal_in;

/// The header of the private notes' column, in a report made with them (in English; see
/// [`private_notes_column`]).
pub const PRIVATE_NOTES_COLUMN: &str = "Private notes (not for the client)";

/// Starts every CSV file, so spreadsheets read it as UTF-8.
pub const BOM: &str = "\u{feff}";

/// The delimiters `export --delimiter` accepts: comma, semicolon, tab and bar.
pub const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// [`PRIVATE_NOTES_COLUMN`] in `lang`.
pub fn private_notes_column(lang: Lang) -> String {
    lang.t("csv-private-notes")
}

/// One row per question in questionnaire order, with every field of the question, the answer
/// and its scoring; delimited as the report's language expects ([`Lang::csv_delimiter`]).
pub fn questions(report: &Report) -> String {
    questions_with(report, report.lang.csv_delimiter())
}

/// The ordered, dated actions, then the milestones.
pub fn roadmap(report: &Report) -> String {
    roadmap_with(report, report.lang.csv_delimiter())
}

/// The draft Statement of Applicability: every annex control.
pub fn soa(report: &Report) -> String {
    soa_with(report, report.lang.csv_delimiter())
}

/// The headers with these message ids, in `lang`: looked up once per export.
fn headers(lang: Lang, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| lang.t(&format!("csv-{id}"))).collect()
}

/// "yes" and "no" in a report's language, looked up once per export.
struct YesNo([String; 2]);

impl YesNo {
    fn new(lang: Lang) -> YesNo {
        YesNo([lang.t("csv-yes"), lang.t("csv-no")])
    }

    fn of(&self, b: bool) -> String {
        self.0[usize::from(!b)].clone()
    }
}

/// [`questions`] with another delimiter (one of [`DELIMITERS`]).
pub fn questions_with(report: &Report, delimiter: u8) -> String {
    let lang = report.lang;
    let mut head = headers(
        lang,
        &[
            "question",
            "ref",
            "requirement",
            "intent",
            "section",
            "section-title",
            "kind",
            "prompt",
            "status",
            "maturity",
            "maturity-label",
            "target",
            "gap",
            "priority",
            "priority-label",
            "rank",
            "not-applicable",
            "justification",
            "finding",
            "evidence",
            "evidence-basis",
            "said-by",
            "owner",
            "due",
            "recommendation",
            "recommendation-by-assessor",
            "management-response",
            "effort",
            "phase",
            "documented",
            "weight",
            "depends-on",
        ],
    );
    head.extend(report.crosswalks.iter().map(|f| f.title.clone()));
    // The private notes, only in a report made with them, right after the finding.
    let notes_at = 19;
    if report.private_notes_included {
        head.insert(notes_at, private_notes_column(lang));
    }
    let yes_no = YesNo::new(lang);
    let kinds = [SectionKind::Clause, SectionKind::Annex].map(|k| match k {
        SectionKind::Clause => lang.t("csv-kind-clause"),
        SectionKind::Annex => lang.t("csv-kind-annex"),
    });
    // Each word once, not once a row.
    let status = Words::new(|s: crate::scoring::Status| s.label_in(lang));
    let priority = Words::new(|p: crate::scoring::Priority| p.describe_in(lang));
    let basis = Words::new(|b: crate::assessment::EvidenceBasis| b.describe_in(lang));
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
            kinds[usize::from(q.kind == SectionKind::Annex)].clone(),
            q.prompt.clone(),
            status.get(q.status),
            opt(q.maturity),
            q.maturity
                .map_or_else(String::new, |m| report.level_label(m).to_string()),
            target.clone(),
            opt(q.gap),
            opt(q.priority),
            q.priority.map_or_else(String::new, |p| priority.get(p)),
            opt(q.rank),
            yes_no.of(q.not_applicable),
            q.justification.clone().unwrap_or_default(),
            q.finding.clone(),
            q.evidence.join("\n"),
            q.basis.map_or_else(String::new, |b| basis.get(b)),
            q.said_by_line().unwrap_or_default(),
            q.owner.clone(),
            opt(q.due),
            // Only a gap has a recommendation and a response: a conforming answer's finding is
            // the practice to keep.
            q.action().unwrap_or_default().to_string(),
            yes_no.of(q.action().is_some() && q.recommendation_by_assessor),
            q.response().unwrap_or_default().to_string(),
            q.effort.to_string(),
            report.phase_title(&q.phase).to_string(),
            yes_no.of(q.documented),
            number(lang, q.weight),
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
    let lang = report.lang;
    let head = headers(
        lang,
        &[
            "type",
            "step",
            "ref",
            "questions",
            "requirement",
            "action",
            "priority",
            "maturity",
            "gap",
            "effort",
            "person-days",
            "phase",
            "owner",
            "due",
            "late",
            "after",
            "risks",
            "start",
            "end",
            "due-proposed",
            "package",
        ],
    );
    let yes_no = YesNo::new(lang);
    let [action, impossible, milestone] =
        ["csv-row-action", "csv-row-impossible", "csv-row-milestone"].map(|id| lang.t(id));
    let actions = report.roadmap.actions.iter().map(|a| {
        vec![
            action.clone(),
            a.step.to_string(),
            a.reference.clone(),
            a.questions.join(", "),
            a.requirement_title.clone(),
            a.recommendation.clone(),
            a.priority.to_string(),
            a.maturity.to_string(),
            a.gap.to_string(),
            a.effort.to_string(),
            crate::scoring::days_in(lang, a.effort_days),
            a.phase_title.clone(),
            a.owner.clone(),
            opt(a.due),
            yes_no.of(a.late),
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
        row[0] = impossible.clone();
        row[5] = why.clone();
        row
    });
    let milestones = report.roadmap.milestones.iter().map(|m| {
        let basis = m.explanation();
        let mut row = vec![String::new(); 21];
        row[0] = milestone.clone();
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
    let lang = report.lang;
    let head = headers(
        lang,
        &[
            "control",
            "title",
            "group",
            "group-title",
            "applicable",
            "reason-type",
            "justification",
            "risks",
            "implementation",
            "maturity",
            "not-assessed",
            "owner",
            "last-evidence",
        ],
    );
    let yes_no = YesNo::new(lang);
    let implementation = Words::new(|i: super::Implementation| i.label_in(lang));
    let rows = report.soa.iter().map(|s| {
        vec![
            s.control.clone(),
            s.title.clone(),
            s.group.clone(),
            s.group_title.clone(),
            yes_no.of(s.applicable),
            s.reason_type.clone(),
            s.justification.clone(),
            s.risks.join(" "),
            implementation.get(s.implementation),
            s.maturity
                .map_or_else(String::new, |m| one_decimal_in(lang, Some(m))),
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
    // Most cells have nothing to change: looked for a byte at a time, without copying.
    if !needs_cleaning(cell) {
        return defuse_formula(cell).into_owned();
    }
    cleaned_by_char(cell)
}

/// [`cell_text`] a character at a time: what it does for a cell that has something to change.
fn cleaned_by_char(cell: &str) -> String {
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

/// Whether `cell` holds a CR, or a character [`cell_text`] replaces: C0 controls but tab and
/// LF, DEL and the C1 controls (U+0080–U+009F: C2 80–C2 9F), U+FFFE and U+FFFF (EF BF BE,
/// EF BF BF).
fn needs_cleaning(cell: &str) -> bool {
    let bytes = cell.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\t' | b'\n' => false,
        0..=0x1F | 0x7F => true,
        0xC2 => matches!(bytes.get(i + 1), Some(0x80..=0x9F)),
        0xEF => bytes.get(i + 1) == Some(&0xBF) && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)),
        _ => false,
    })
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(String::new, |v| v.to_string())
}

/// The words of a few values (statuses, priorities …), each looked up the first time a row
/// asks for it.
struct Words<T, F> {
    words: std::cell::RefCell<Vec<(T, String)>>,
    word: F,
}

impl<T: Copy + PartialEq, F: Fn(T) -> String> Words<T, F> {
    fn new(word: F) -> Self {
        Words {
            words: Default::default(),
            word,
        }
    }

    fn get(&self, value: T) -> String {
        let mut words = self.words.borrow_mut();
        if let Some((_, w)) = words.iter().find(|(v, _)| *v == value) {
            return w.clone();
        }
        let w = (self.word)(value);
        words.push((value, w.clone()));
        w
    }
}

/// A weight as written: whole without decimals, otherwise as many as it has, with the
/// language's separator.
fn number(lang: Lang, x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        let text = format!("{x}");
        match lang.decimal_separator() {
            '.' => text,
            sep => text.replace('.', &sep.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{cell_text, cleaned_by_char};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_cell_is_cleaned_as_a_character_at_a_time_would_clean_it(cell in any::<String>()) {
            prop_assert_eq!(cell_text(&cell), cleaned_by_char(&cell));
        }

        #[test]
        fn controls_and_formulas_are_cleaned(
            cell in "[a-z=+@\t\n\r\u{0}-\u{1f}\u{7f}-\u{a0}\u{fffd}-\u{ffff}é-]{0,30}"
        ) {
            prop_assert_eq!(cell_text(&cell), cleaned_by_char(&cell));
        }
    }
}
