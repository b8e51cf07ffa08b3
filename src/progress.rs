//! Progress over time: two assessments of the same questionnaire compared, section by
//! section (score and readiness then and now), with the gaps closed, the new gaps and the
//! actions of the earlier roadmap that the later answers show as done. Pure: built from two
//! report models, rendered to Markdown, HTML, a workbook or JSON.

use std::fmt::Write as _;

use anyhow::{Context, Result, bail};
use jiff::civil::Date;
use serde::Serialize;

use crate::i18n::Lang;
use crate::report::html::esc;
use crate::report::{FiguresRow, Report};
use crate::scoring::{Priority, one_decimal_in, percent_in, round_half_up};
use crate::t;

/// What a comparison needs of one assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub id: i64,
    pub organisation: String,
    pub date: Date,
    pub questionnaire: String,
    /// The version of the questionnaire the answers were given against, and its text's hash.
    pub version: String,
    pub hash: String,
    /// Sections (clauses and annex groups) in questionnaire order.
    pub sections: Vec<SectionFigures>,
    /// Clauses, annex, overall.
    pub overall: [SectionFigures; 3],
    pub questions: Vec<QuestionState>,
    pub actions: Vec<ActionRef>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SectionFigures {
    pub id: String,
    pub title: String,
    pub score: Option<f64>,
    pub readiness: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionState {
    pub id: String,
    pub reference: String,
    pub title: String,
    pub maturity: Option<u8>,
    pub not_applicable: bool,
    pub priority: Option<Priority>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActionRef {
    pub step: usize,
    pub question: String,
    /// Every question the action closes.
    pub questions: Vec<String>,
    pub reference: String,
    pub recommendation: String,
}

fn figures(id: &str, title: &str, f: &FiguresRow) -> SectionFigures {
    SectionFigures {
        id: id.into(),
        title: title.into(),
        score: f.score,
        readiness: f.readiness,
    }
}

impl Snapshot {
    pub fn of(report: &Report) -> Snapshot {
        let a = &report.assessment;
        let o = &report.overall;
        Snapshot {
            id: a.id,
            organisation: a.organisation.clone(),
            date: a.date,
            questionnaire: a.questionnaire.id.clone(),
            version: a.questionnaire.taken_version.clone(),
            hash: a.questionnaire.taken_hash.clone(),
            sections: report
                .sections
                .iter()
                .map(|s| figures(&s.id, &format!("{} {}", s.id, s.title), &s.figures))
                .collect(),
            overall: [
                figures("", &report.labels.clauses, &o.clauses),
                figures("", &report.labels.annex, &o.annex),
                figures("", &t!(report.lang, "report-progress-overall"), &o.all),
            ],
            questions: report
                .questions
                .iter()
                .map(|q| QuestionState {
                    id: q.id.clone(),
                    reference: q.reference.clone(),
                    title: q.requirement_title.clone(),
                    maturity: q.maturity,
                    not_applicable: q.not_applicable,
                    priority: q.priority,
                })
                .collect(),
            actions: report
                .roadmap
                .actions
                .iter()
                .map(|a| ActionRef {
                    step: a.step,
                    question: a.question.clone(),
                    questions: a.questions.clone(),
                    reference: a.reference.clone(),
                    recommendation: a.recommendation.clone(),
                })
                .collect(),
        }
    }
}

/// One row of the comparison: then, now and the change, as every format shows them (score
/// to one decimal, readiness in whole percent; the change is the difference of the shown
/// figures, so a reader's subtraction agrees with it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub id: String,
    pub title: String,
    pub score_then: Option<f64>,
    pub score_now: Option<f64>,
    pub score_delta: Option<f64>,
    /// Whole percent.
    pub readiness_then: Option<f64>,
    pub readiness_now: Option<f64>,
    /// Percentage points.
    pub readiness_delta: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapChange {
    pub question: String,
    #[serde(rename = "ref")]
    pub reference: String,
    pub title: String,
    pub maturity_then: Option<u8>,
    pub maturity_now: Option<u8>,
    pub not_applicable_now: bool,
    /// The priority the gap had then (closed) or has now (new).
    pub priority: Priority,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionDone {
    pub step: usize,
    pub question: String,
    #[serde(rename = "ref")]
    pub reference: String,
    pub recommendation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    pub id: i64,
    pub organisation: String,
    pub date: Date,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    pub questionnaire: String,
    pub then: Side,
    pub now: Side,
    pub sections: Vec<Row>,
    /// Clauses, annex, overall.
    pub overall: Vec<Row>,
    pub gaps_closed: Vec<GapChange>,
    pub new_gaps: Vec<GapChange>,
    pub actions_done: Vec<ActionDone>,
    /// The language it is written in: the report's (English for `aimsgap compare` unless
    /// set).
    #[serde(skip)]
    pub lang: Lang,
}

fn shown_score(x: Option<f64>) -> Option<f64> {
    x.map(|s| round_half_up(s, 1))
}

fn shown_percent(x: Option<f64>) -> Option<f64> {
    x.map(|r| round_half_up(r * 100.0, 0))
}

fn delta(then: Option<f64>, now: Option<f64>, decimals: i32) -> Option<f64> {
    Some(round_half_up(now? - then?, decimals))
}

fn row(id: &str, title: &str, then: Option<&SectionFigures>, now: &SectionFigures) -> Row {
    let (st, rt) = then.map_or((None, None), |t| {
        (shown_score(t.score), shown_percent(t.readiness))
    });
    let (sn, rn) = (shown_score(now.score), shown_percent(now.readiness));
    Row {
        id: id.into(),
        title: title.into(),
        score_then: st,
        score_now: sn,
        score_delta: delta(st, sn, 1),
        readiness_then: rt,
        readiness_now: rn,
        readiness_delta: delta(rt, rn, 0),
    }
}

/// The first twelve characters of a content hash, as the report shows it.
fn short(hash: &str) -> &str {
    hash.get(..12).unwrap_or(hash)
}

/// Compares an earlier assessment (`then`) with a later one (`now`). Refuses two
/// assessments of different questionnaires, whose questions do not correspond, and of two
/// versions of one questionnaire: a question's text, scale or guidance may have changed
/// between them, so a level then and a level now would not measure the same thing.
pub fn compare(then: &Snapshot, now: &Snapshot) -> Result<Progress> {
    if then.questionnaire != now.questionnaire {
        bail!(
            "assessment {} uses questionnaire {} and assessment {} uses {}: only assessments of the same questionnaire can be compared",
            then.id,
            then.questionnaire,
            now.id,
            now.questionnaire
        );
    }
    if then.hash != now.hash {
        let which = if then.version == now.version {
            format!(
                "two texts of version {} (content {} and {})",
                then.version,
                short(&then.hash),
                short(&now.hash)
            )
        } else {
            format!("version {} and version {}", then.version, now.version)
        };
        bail!(
            "assessment {} and assessment {} were taken against {which} of questionnaire {}: \
             levels given to different texts of the questions are not compared; compare \
             assessments taken against one version (a re-assessment copied with `c` on the \
             home screen keeps its version)",
            then.id,
            now.id,
            now.questionnaire
        );
    }
    let sections = now
        .sections
        .iter()
        .map(|s| {
            row(
                &s.id,
                &s.title,
                then.sections.iter().find(|t| t.id == s.id),
                s,
            )
        })
        .collect();
    let overall = now
        .overall
        .iter()
        .zip(&then.overall)
        .map(|(n, t)| row("", &n.title, Some(t), n))
        .collect();
    let mut gaps_closed = Vec::new();
    let mut new_gaps = Vec::new();
    for q in &now.questions {
        let old = then.questions.iter().find(|t| t.id == q.id);
        let old_priority = old.and_then(|o| o.priority);
        let change = |priority| GapChange {
            question: q.id.clone(),
            reference: q.reference.clone(),
            title: q.title.clone(),
            maturity_then: old.and_then(|o| o.maturity),
            maturity_now: q.maturity,
            not_applicable_now: q.not_applicable,
            priority,
        };
        match (old_priority, q.priority) {
            // Closed only when the later answer says so: a question left unanswered is not.
            (Some(p), None) if q.maturity.is_some() || q.not_applicable => {
                gaps_closed.push(change(p))
            }
            (None, Some(p)) => new_gaps.push(change(p)),
            _ => {}
        }
    }
    let actions_done = then
        .actions
        .iter()
        // Done when every question it was to close is closed.
        .filter(|a| {
            a.questions
                .iter()
                .all(|q| gaps_closed.iter().any(|g| &g.question == q))
        })
        .map(|a| ActionDone {
            step: a.step,
            question: a.question.clone(),
            reference: a.reference.clone(),
            recommendation: a.recommendation.clone(),
        })
        .collect();
    Ok(Progress {
        questionnaire: now.questionnaire.clone(),
        then: Side {
            id: then.id,
            organisation: then.organisation.clone(),
            date: then.date,
        },
        now: Side {
            id: now.id,
            organisation: now.organisation.clone(),
            date: now.date,
        },
        sections,
        overall,
        gaps_closed,
        new_gaps,
        actions_done,
        lang: Lang::En,
    })
}

/// A change with its sign ("+0.5", "−3", "0"), or "—" when either side is undefined.
pub fn signed(x: Option<f64>, decimals: usize) -> String {
    match x {
        None => "—".into(),
        Some(0.0) => format!("{:.*}", decimals, 0.0),
        Some(v) if v > 0.0 => format!("+{v:.decimals$}"),
        Some(v) => format!("−{:.*}", decimals, -v),
    }
}

/// [`signed`] with the decimal separator of `lang`.
pub fn signed_in(lang: Lang, x: Option<f64>, decimals: usize) -> String {
    let text = signed(x, decimals);
    match lang.decimal_separator() {
        '.' => text,
        sep => text.replace('.', &sep.to_string()),
    }
}

fn pct(lang: Lang, x: Option<f64>) -> String {
    percent_in(lang, x.map(|p| p / 100.0))
}

fn maturity(lang: Lang, m: Option<u8>, na: bool) -> String {
    if na {
        t!(lang, "report-not-applicable-short")
    } else {
        m.map_or("—".into(), |m| m.to_string())
    }
}

impl Progress {
    /// The table's cells, one line per row, as every format writes them.
    pub fn cells(r: &Row) -> [String; 8] {
        Progress::cells_in(Lang::En, r)
    }

    /// [`Progress::cells`] with the numbers as `lang` writes them.
    pub fn cells_in(lang: Lang, r: &Row) -> [String; 8] {
        [
            r.title.clone(),
            one_decimal_in(lang, r.score_then),
            one_decimal_in(lang, r.score_now),
            signed_in(lang, r.score_delta, 1),
            pct(lang, r.readiness_then),
            pct(lang, r.readiness_now),
            signed_in(lang, r.readiness_delta, 0),
            String::new(),
        ]
    }

    /// The table's headings, as every format writes them.
    pub fn columns(&self) -> [String; 7] {
        [
            "report-progress-section",
            "report-progress-score-then",
            "report-progress-score-now",
            "report-progress-change",
            "report-progress-readiness-then",
            "report-progress-readiness-now",
            "report-progress-change",
        ]
        .map(|id| self.lang.t(id))
    }

    pub fn heading(&self) -> String {
        t!(
            self.lang,
            "report-progress-heading",
            date = &self.lang.date(self.then.date)
        )
    }

    /// "Assessment 7 (2027-05-03) against assessment 3 (2026-11-23)."
    pub fn intro(&self) -> String {
        let lang = self.lang;
        t!(
            lang,
            "report-progress-intro",
            now = &self.now.id.to_string(),
            now_date = &lang.date(self.now.date),
            then = &self.then.id.to_string(),
            then_date = &lang.date(self.then.date)
        )
    }

    /// The headings of the three lists, with their counts, and the lists.
    pub fn lists(&self) -> [(String, &[GapChange]); 2] {
        [
            (
                t!(
                    self.lang,
                    "report-progress-gaps-closed",
                    count = self.gaps_closed.len()
                ),
                &self.gaps_closed,
            ),
            (
                t!(
                    self.lang,
                    "report-progress-new-gaps",
                    count = self.new_gaps.len()
                ),
                &self.new_gaps,
            ),
        ]
    }

    /// The heading of the actions done, with their count.
    pub fn actions_heading(&self) -> String {
        t!(
            self.lang,
            "report-progress-actions-done",
            count = self.actions_done.len()
        )
    }

    /// What an empty list says: "None."
    pub fn none(&self) -> String {
        t!(self.lang, "report-progress-none")
    }

    /// A gap closed or new, as a line: "6.1.2 Risk assessment (6.1.2-a): maturity 1 → 3, P1".
    pub fn gap_line(&self, g: &GapChange) -> String {
        let lang = self.lang;
        t!(
            lang,
            "report-progress-gap",
            reference = &g.reference,
            title = &g.title,
            question = &g.question,
            then = &maturity(lang, g.maturity_then, false),
            now = &maturity(lang, g.maturity_now, g.not_applicable_now),
            priority = g.priority.as_str()
        )
    }

    /// An action done, as a line: "Step 3: 5.2 (5.2-a) Write the AI policy …".
    pub fn action_line(&self, a: &ActionDone) -> String {
        t!(
            self.lang,
            "report-progress-action",
            step = &a.step.to_string(),
            reference = &a.reference,
            question = &a.question,
            recommendation = &a.recommendation
        )
    }

    /// Markdown; `level` is the number of `#` of the section heading.
    pub fn markdown(&self, level: usize) -> String {
        let h = "#".repeat(level);
        let mut out = String::new();
        let _ = writeln!(out, "{h} {}\n", self.heading());
        let _ = writeln!(out, "{}\n", md(&self.intro()));
        let _ = writeln!(out, "| {} |", self.columns().map(|c| md(&c)).join(" | "));
        let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---:|");
        for r in self.sections.iter().chain(&self.overall) {
            let c = Self::cells_in(self.lang, r);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                md(&c[0]),
                c[1],
                c[2],
                c[3],
                c[4],
                c[5],
                c[6]
            );
        }
        for (title, list) in self.lists() {
            let _ = writeln!(out, "\n{h}# {title}\n");
            if list.is_empty() {
                let _ = writeln!(out, "{}", self.none());
            }
            for g in list {
                let _ = writeln!(out, "- {}", md(&self.gap_line(g)));
            }
        }
        let _ = writeln!(out, "\n{h}# {}\n", self.actions_heading());
        if self.actions_done.is_empty() {
            let _ = writeln!(out, "{}", self.none());
        }
        for a in &self.actions_done {
            let _ = writeln!(out, "- {}", md(&self.action_line(a)));
        }
        out
    }

    /// An HTML fragment (a `<section id="progress">`), escaped; `level` is the heading level,
    /// `number` its number in the report's contents, if it has one.
    pub fn html_section(&self, level: usize, number: Option<usize>) -> String {
        let mut out = String::new();
        let number = number.map_or(String::new(), |n| {
            format!("<span class=\"num\">{n}</span> ")
        });
        let _ = writeln!(
            out,
            "<section class=\"progress\" id=\"progress\"><h{level}>{number}{}</h{level}>",
            esc(&self.heading())
        );
        let _ = writeln!(out, "<p>{}</p>", esc(&self.intro()));
        out.push_str("<table><thead><tr>");
        for c in self.columns() {
            let _ = write!(out, "<th>{}</th>", esc(&c));
        }
        out.push_str("</tr></thead><tbody>\n");
        for r in self.sections.iter().chain(&self.overall) {
            let c = Self::cells_in(self.lang, r);
            out.push_str("<tr>");
            let _ = write!(out, "<td>{}</td>", esc(&c[0]));
            for cell in &c[1..7] {
                let _ = write!(out, "<td class=\"num\">{}</td>", esc(cell));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody></table>\n");
        let sub = level + 1;
        for (title, list) in self.lists() {
            let _ = writeln!(out, "<h{sub}>{}</h{sub}>", esc(&title));
            if list.is_empty() {
                let _ = writeln!(out, "<p>{}</p>", esc(&self.none()));
                continue;
            }
            out.push_str("<ul>\n");
            for g in list {
                let _ = writeln!(out, "<li>{}</li>", esc(&self.gap_line(g)));
            }
            out.push_str("</ul>\n");
        }
        let _ = writeln!(out, "<h{sub}>{}</h{sub}>", esc(&self.actions_heading()));
        if self.actions_done.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", esc(&self.none()));
        } else {
            out.push_str("<ul>\n");
            for a in &self.actions_done {
                let _ = writeln!(out, "<li>{}</li>", esc(&self.action_line(a)));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
        out
    }

    /// A whole HTML page for `aimsgap compare --format html`.
    pub fn html(&self) -> String {
        format!(
            "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title>\
             <style>body{{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}\
             table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:.2rem .5rem}}\
             td.num{{text-align:right}}</style></head><body>\n<h1>{}</h1>\n{}</body></html>\n",
            self.lang.tag(),
            esc(&self.heading()),
            esc(&self.now.organisation),
            self.html_section(2, None)
        )
    }

    pub fn json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a comparison serialises");
        s.push('\n');
        s
    }

    /// The Progress sheet: the heading and the table of then, now and the change (numbers,
    /// the same figures every format shows). The gap report's workbook has it too.
    pub fn table_sheet(
        &self,
        sheet: &mut rust_xlsxwriter::Worksheet,
    ) -> Result<(), rust_xlsxwriter::XlsxError> {
        let bold = rust_xlsxwriter::Format::new().set_bold();
        let lang = self.lang;
        sheet.set_name(t!(lang, "report-progress-sheet"))?;
        sheet.write_string_with_format(0, 0, self.heading(), &bold)?;
        let head = [
            "report-progress-section",
            "report-progress-score-then",
            "report-progress-score-now",
            "report-progress-change",
            "report-progress-readiness-then-percent",
            "report-progress-readiness-now-percent",
            "report-progress-change-points",
        ];
        for (c, h) in head.iter().enumerate() {
            sheet.write_string_with_format(2, c as u16, lang.t(h), &bold)?;
        }
        for (i, r) in self.sections.iter().chain(&self.overall).enumerate() {
            let at = 3 + i as u32;
            sheet.write_string(at, 0, &r.title)?;
            let values = [
                r.score_then,
                r.score_now,
                r.score_delta,
                r.readiness_then,
                r.readiness_now,
                r.readiness_delta,
            ];
            for (c, v) in values.iter().enumerate() {
                if let Some(v) = v {
                    sheet.write_number(at, 1 + c as u16, *v)?;
                }
            }
        }
        sheet.set_column_width(0, 50)?;
        Ok(())
    }

    /// A workbook with a Progress sheet (the table) and a Gaps sheet.
    pub fn xlsx(&self) -> Result<Vec<u8>> {
        use rust_xlsxwriter::{Format, Workbook};
        let mut wb = Workbook::new();
        let bold = Format::new().set_bold();
        let lang = self.lang;
        self.table_sheet(wb.add_worksheet())?;
        let gaps = wb.add_worksheet();
        gaps.set_name(t!(lang, "report-progress-gaps-sheet"))?;
        for (c, h) in [
            "report-progress-change",
            "report-progress-ref",
            "report-progress-question",
            "report-progress-title",
            "report-progress-maturity-then",
            "report-progress-maturity-now",
            "report-progress-priority",
        ]
        .iter()
        .enumerate()
        {
            gaps.write_string_with_format(0, c as u16, lang.t(h), &bold)?;
        }
        let mut at = 1u32;
        for (what, list) in [
            ("report-progress-closed", &self.gaps_closed),
            ("report-progress-new", &self.new_gaps),
        ] {
            let what = lang.t(what);
            for g in list {
                gaps.write_string(at, 0, &what)?;
                gaps.write_string(at, 1, &g.reference)?;
                gaps.write_string(at, 2, &g.question)?;
                gaps.write_string(at, 3, &g.title)?;
                gaps.write_string(at, 4, maturity(lang, g.maturity_then, false))?;
                gaps.write_string(at, 5, maturity(lang, g.maturity_now, g.not_applicable_now))?;
                gaps.write_string(at, 6, g.priority.as_str())?;
                at += 1;
            }
        }
        let done = wb.add_worksheet();
        done.set_name(t!(lang, "report-progress-done-sheet"))?;
        for (c, h) in [
            "report-progress-step",
            "report-progress-ref",
            "report-progress-question",
            "report-progress-recommendation",
        ]
        .iter()
        .enumerate()
        {
            done.write_string_with_format(0, c as u16, lang.t(h), &bold)?;
        }
        for (i, a) in self.actions_done.iter().enumerate() {
            let at = 1 + i as u32;
            done.write_number(at, 0, a.step as f64)?;
            done.write_string(at, 1, &a.reference)?;
            done.write_string(at, 2, &a.question)?;
            done.write_string(at, 3, &a.recommendation)?;
        }
        wb.save_to_buffer().context("assembling the workbook")
    }
}

fn md(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(id: &str, score: Option<f64>, readiness: Option<f64>) -> SectionFigures {
        SectionFigures {
            id: id.into(),
            title: format!("{id} title"),
            score,
            readiness,
        }
    }

    fn q(id: &str, maturity: Option<u8>, na: bool, priority: Option<Priority>) -> QuestionState {
        QuestionState {
            id: id.into(),
            reference: id.split('-').next().unwrap().into(),
            title: format!("{id} title"),
            maturity,
            not_applicable: na,
            priority,
        }
    }

    fn snap(
        id: i64,
        day: i8,
        sections: Vec<SectionFigures>,
        questions: Vec<QuestionState>,
    ) -> Snapshot {
        Snapshot {
            id,
            organisation: "Acme".into(),
            date: jiff::civil::date(2026, 3, day),
            questionnaire: "iso42001".into(),
            version: "2026.2".into(),
            hash: "9f2c4e".into(),
            sections,
            overall: [
                fig("", Some(1.0), Some(0.0)),
                fig("", None, None),
                fig("", Some(1.0), Some(0.0)),
            ],
            questions,
            actions: vec![],
        }
    }

    /// Hand-computed: clause 4 goes from 1.25 (shown 1.3) and 1/3 ready (33 %) to 2.04
    /// (shown 2.0) and 2/3 (67 %): +0.7 and +34 points; clause 6 from 3.0 and 100 % to 2.0
    /// and 0 %: −1.0 and −100 points.
    #[test]
    fn deltas_gaps_and_actions_match_a_hand_computation() {
        let then = Snapshot {
            actions: vec![
                ActionRef {
                    step: 1,
                    question: "4.1-a".into(),
                    questions: vec!["4.1-a".into()],
                    reference: "4.1".into(),
                    recommendation: "Write the context".into(),
                },
                ActionRef {
                    step: 2,
                    question: "4.2-a".into(),
                    questions: vec!["4.2-a".into()],
                    reference: "4.2".into(),
                    recommendation: "List parties".into(),
                },
            ],
            ..snap(
                1,
                1,
                vec![
                    fig("4", Some(1.25), Some(1.0 / 3.0)),
                    fig("6", Some(3.0), Some(1.0)),
                ],
                vec![
                    q("4.1-a", Some(1), false, Some(Priority::P1)),
                    q("4.2-a", Some(2), false, Some(Priority::P2)),
                    q("4.3-a", Some(3), false, None),
                    q("6.1-a", Some(3), false, None),
                    q("6.2-a", Some(2), false, Some(Priority::P3)),
                ],
            )
        };
        let now = snap(
            2,
            20,
            vec![
                fig("4", Some(2.04), Some(2.0 / 3.0)),
                fig("6", Some(2.0), Some(0.0)),
            ],
            vec![
                q("4.1-a", Some(3), false, None),
                q("4.2-a", Some(2), false, Some(Priority::P2)),
                q("4.3-a", Some(3), false, None),
                q("6.1-a", Some(1), false, Some(Priority::P1)),
                // Unanswered now: not a closed gap.
                q("6.2-a", None, false, None),
            ],
        );
        let p = compare(&then, &now).unwrap();
        let c4 = &p.sections[0];
        assert_eq!(
            (c4.score_then, c4.score_now, c4.score_delta),
            (Some(1.3), Some(2.0), Some(0.7))
        );
        assert_eq!(
            (c4.readiness_then, c4.readiness_now, c4.readiness_delta),
            (Some(33.0), Some(67.0), Some(34.0))
        );
        let c6 = &p.sections[1];
        assert_eq!(c6.score_delta, Some(-1.0));
        assert_eq!(c6.readiness_delta, Some(-100.0));
        assert_eq!(signed(c6.score_delta, 1), "−1.0");
        assert_eq!(signed(c4.readiness_delta, 0), "+34");
        let closed: Vec<&str> = p.gaps_closed.iter().map(|g| g.question.as_str()).collect();
        assert_eq!(closed, ["4.1-a"]);
        assert_eq!(p.gaps_closed[0].priority, Priority::P1);
        let new: Vec<&str> = p.new_gaps.iter().map(|g| g.question.as_str()).collect();
        assert_eq!(new, ["6.1-a"]);
        let done: Vec<usize> = p.actions_done.iter().map(|a| a.step).collect();
        assert_eq!(done, [1]);
        assert_eq!(p.overall[1].score_delta, None);
        let md = p.markdown(2);
        assert!(md.contains("## Progress since 2026-03-01"), "{md}");
        assert!(
            md.contains("| 4 title | 1.3 | 2.0 | +0.7 | 33% | 67% | +34 |"),
            "{md}"
        );
        assert!(md.contains("### Gaps closed (1)"), "{md}");
        assert!(md.contains("Step 1: 4.1 (4.1-a) Write the context"), "{md}");
    }

    #[test]
    fn assessments_of_different_questionnaires_are_refused() {
        let a = snap(1, 1, vec![], vec![]);
        let b = Snapshot {
            questionnaire: "nist-ai-rmf".into(),
            ..snap(2, 2, vec![], vec![])
        };
        let e = compare(&a, &b).unwrap_err().to_string();
        assert!(
            e.contains("iso42001") && e.contains("nist-ai-rmf") && e.contains("same questionnaire"),
            "{e}"
        );
    }

    #[test]
    fn assessments_of_two_versions_of_one_questionnaire_are_refused() {
        let a = snap(1, 1, vec![], vec![]);
        let b = Snapshot {
            version: "2027.1".into(),
            hash: "0a1b2c".into(),
            ..snap(2, 2, vec![], vec![])
        };
        let e = compare(&a, &b).unwrap_err().to_string();
        assert!(
            e.contains("version 2026.2 and version 2027.1") && e.contains("not compared"),
            "{e}"
        );
        // The same version number over another text is told apart by its hash.
        let c = Snapshot {
            hash: "0a1b2c".into(),
            ..snap(2, 2, vec![], vec![])
        };
        let e = compare(&a, &c).unwrap_err().to_string();
        assert!(e.contains("two texts of version 2026.2"), "{e}");
        assert!(compare(&a, &snap(2, 2, vec![], vec![])).is_ok());
    }
}
