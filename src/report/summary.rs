//! The executive summary's words: the assessor's narrative when one is written, otherwise a
//! narrative drafted from the figures (marked as a draft to be reviewed), and the
//! certification blockers grouped by section so the page holds for any assessment.
//! Pure: computed from the report model, rendered by every format.

use serde::Serialize;

use super::{QuestionRow, Report};
use crate::i18n::Lang;
use crate::questionnaire::SectionKind;
use crate::t;

/// How many of the largest gaps the summary page lists, with their action.
pub const TOP_GAPS: usize = 5;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ExecutiveSummary {
    /// True when the paragraphs are the assessor's own; false for the drafted narrative.
    pub written: bool,
    /// The narrative, one entry per paragraph.
    pub paragraphs: Vec<String>,
    /// Certification blockers by section, in questionnaire order: at most one row per
    /// section, whatever the number of blockers.
    pub blockers: Vec<BlockerGroup>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BlockerGroup {
    pub section: String,
    pub title: String,
    pub kind: SectionKind,
    /// Blocker questions in the section.
    pub count: usize,
    /// Requirements with a blocker, in questionnaire order.
    pub requirements: Vec<String>,
}

/// The label every format puts above a drafted narrative. Names the default key of the
/// dashboard's narrative editor (a test holds it to keys.toml).
pub const DRAFT_LABEL: &str = "Draft narrative, computed from the scores: review and rewrite it \
     before the report goes out (aimsgap set ID --summary-file FILE, or n on the dashboard).";

/// Splits a written narrative into paragraphs at blank lines.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim_end());
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}

/// Blockers grouped by section, in questionnaire order.
pub fn blocker_groups(report: &Report) -> Vec<BlockerGroup> {
    let mut groups: Vec<BlockerGroup> = Vec::new();
    let blockers: Vec<&QuestionRow> = report
        .questions
        .iter()
        .filter(|q| q.priority == Some(crate::scoring::Priority::P1))
        .collect();
    for q in blockers {
        let i = match groups.iter().position(|g| g.section == q.section) {
            Some(i) => i,
            None => {
                groups.push(BlockerGroup {
                    section: q.section.clone(),
                    title: q.section_title.clone(),
                    kind: q.kind,
                    count: 0,
                    requirements: Vec::new(),
                });
                groups.len() - 1
            }
        };
        let g = &mut groups[i];
        g.count += 1;
        if !g.requirements.contains(&q.reference) {
            g.requirements.push(q.reference.clone());
        }
    }
    groups
}

/// The label above a drafted narrative, in `lang` ([`DRAFT_LABEL`] in English).
pub fn draft_label(lang: Lang) -> String {
    t!(lang, "report-summary-draft-label", key = "n")
}

/// A ratio as a whole percentage ("43%", "43 %"), "—" when undefined.
fn pct(lang: Lang, f: Option<f64>) -> String {
    f.map_or_else(|| "—".into(), |f| lang.percent(f * 100.0))
}

fn one(lang: Lang, f: f64) -> String {
    lang.decimal(f, 1)
}

/// One decimal, none when it is 0: "2.5", "5".
fn one_trimmed(lang: Lang, f: f64) -> String {
    let text = one(lang, f);
    let zero = format!("{}0", lang.decimal_separator());
    text.strip_suffix(&zero)
        .map_or(text.clone(), str::to_string)
}

/// The narrative drafted from the data: overall opinion, strengths and weaknesses, key
/// themes (the blockers by section), effort and the Stage dates, decisions needed. In the
/// report's language.
pub fn draft(report: &Report, blockers: &[BlockerGroup]) -> Vec<String> {
    let lang = report.lang;
    let list = |items: &[String]| super::and_list(lang, items);
    let a = &report.assessment;
    let all = &report.overall.all;
    let l = &report.labels;
    let mut out = Vec::new();

    // Overall opinion.
    let stage = match all.readiness {
        _ if all.answered == 0 => "none",
        Some(r) if r >= 0.9 => "close",
        Some(r) if r >= 0.6 => "advanced",
        Some(r) if r >= 0.3 => "partly",
        _ => "early",
    };
    out.push(format!(
        "{} {}",
        t!(
            lang,
            "report-summary-opinion",
            organisation = &a.organisation,
            standard = &l.standard,
            stage = stage
        ),
        t!(
            lang,
            "report-summary-readiness",
            ready = all.ready,
            applicable = all.applicable,
            readiness = &pct(lang, all.readiness),
            target = &a.target.to_string(),
            answered = all.answered,
            coverage = &pct(lang, all.coverage)
        )
    ));

    // Strengths and weaknesses: the sections with the highest and lowest scores.
    let mut scored: Vec<(&str, &str, f64)> = report
        .sections
        .iter()
        .filter_map(|s| {
            s.figures
                .score
                .map(|x| (s.id.as_str(), s.title.as_str(), x))
        })
        .collect();
    if !scored.is_empty() {
        scored.sort_by(|x, y| y.2.total_cmp(&x.2));
        let name = |s: &(&str, &str, f64)| format!("{} {} ({})", s.0, s.1, one(lang, s.2));
        let n = scored.len().min(2);
        let best: Vec<String> = scored[..n].iter().map(name).collect();
        let worst: Vec<String> = scored[scored.len() - n..].iter().rev().map(name).collect();
        if scored.len() > 1 && scored[0].2 > scored[scored.len() - 1].2 {
            out.push(t!(
                lang,
                "report-summary-strengths",
                best = &list(&best),
                worst = &list(&worst)
            ));
        } else {
            out.push(t!(
                lang,
                "report-summary-no-strength",
                score = &one(lang, scored[0].2)
            ));
        }
    }

    // Key themes: blockers by section.
    let p = &report.priorities;
    if blockers.is_empty() {
        out.push(t!(lang, "report-summary-no-blocker"));
    } else {
        let mut by_count: Vec<&BlockerGroup> = blockers.iter().collect();
        by_count.sort_by_key(|g| std::cmp::Reverse(g.count));
        let top: Vec<String> = by_count
            .iter()
            .take(3)
            .map(|g| format!("{} {} ({})", g.section, g.title, g.count))
            .collect();
        out.push(t!(
            lang,
            "report-summary-themes",
            blockers = p.p1,
            sections = blockers.len(),
            top = &list(&top),
            gaps = p.p2,
            improvements = p.p3
        ));
    }

    // Effort and dates.
    let r = &report.roadmap;
    if let Some(why) = &r.impossible {
        out.push(t!(lang, "report-summary-plan-impossible", why = why));
    } else if !r.actions.is_empty() {
        let dates: Vec<String> = r
            .milestones
            .iter()
            .map(|m| {
                t!(
                    lang,
                    "report-summary-milestone-on",
                    milestone = &m.name,
                    date = &lang.date(m.date)
                )
            })
            .collect();
        let days = one_trimmed(lang, r.total_days);
        let capacity = one_trimmed(lang, r.capacity);
        let start = lang.date(r.start);
        out.push(if dates.is_empty() {
            t!(
                lang,
                "report-summary-effort-end",
                actions = r.actions.len(),
                days = &days,
                capacity = &capacity,
                start = &start,
                end = &lang.date(r.end)
            )
        } else {
            t!(
                lang,
                "report-summary-effort-milestones",
                actions = r.actions.len(),
                days = &days,
                capacity = &capacity,
                start = &start,
                milestones = &list(&dates)
            )
        });
    }

    // Decisions needed from management.
    let mut decisions = Vec::new();
    if !r.actions.is_empty() {
        decisions.push(t!(
            lang,
            "report-summary-decide-approve",
            days = &one_trimmed(lang, r.weekly_capacity())
        ));
    }
    let unowned = r
        .actions
        .iter()
        .filter(|x| x.owner.trim().is_empty())
        .count();
    if unowned > 0 {
        decisions.push(t!(lang, "report-summary-decide-owners", count = unowned));
    }
    let late = r.actions.iter().filter(|x| x.late).count();
    if late > 0 {
        decisions.push(t!(lang, "report-summary-decide-late", count = late));
    }
    let waited_for = r.over_allocated();
    if !waited_for.is_empty() {
        decisions.push(t!(
            lang,
            "report-summary-decide-waits",
            owners = &list(&waited_for),
            count = waited_for.len()
        ));
    }
    let unanswered = all.applicable.saturating_sub(all.answered);
    if unanswered > 0 {
        decisions.push(t!(lang, "report-summary-decide-assess", count = unanswered));
    }
    if !decisions.is_empty() {
        out.push(t!(
            lang,
            "report-summary-decisions",
            decisions = &list(&decisions)
        ));
    }
    out
}

/// The executive summary of a report: the written narrative or the draft, and the blockers.
pub fn build(report: &Report, narrative: &str) -> ExecutiveSummary {
    let blockers = blocker_groups(report);
    let written = paragraphs(narrative);
    if written.is_empty() {
        ExecutiveSummary {
            written: false,
            paragraphs: draft(report, &blockers),
            blockers,
        }
    } else {
        ExecutiveSummary {
            written: true,
            paragraphs: written,
            blockers,
        }
    }
}
