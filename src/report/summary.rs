//! The executive summary's words: the assessor's narrative when one is written, otherwise a
//! narrative drafted from the figures (marked as a draft to be reviewed), and the
//! certification blockers grouped by section so the page holds for any assessment.
//! Pure: computed from the report model, rendered by every format.

use serde::Serialize;

use super::{QuestionRow, Report};
use crate::questionnaire::SectionKind;

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

fn pct(f: Option<f64>) -> String {
    f.map_or_else(|| "—".into(), |f| format!("{:.0}%", f * 100.0))
}

fn one(f: f64) -> String {
    format!("{f:.1}")
}

/// "a", "a and b", "a, b and c".
pub(crate) fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The narrative drafted from the data: overall opinion, strengths and weaknesses, key
/// themes (the blockers by section), effort and the Stage dates, decisions needed.
pub fn draft(report: &Report, blockers: &[BlockerGroup]) -> Vec<String> {
    let a = &report.assessment;
    let all = &report.overall.all;
    let l = &report.labels;
    let mut out = Vec::new();

    // Overall opinion.
    let opinion = match all.readiness {
        _ if all.answered == 0 => "cannot be judged yet: no question has been answered".into(),
        Some(r) if r >= 0.9 => "is close to certification readiness".to_string(),
        Some(r) if r >= 0.6 => "is well advanced but not yet ready for certification".into(),
        Some(r) if r >= 0.3 => {
            "is partly in place; substantial work remains before certification".into()
        }
        _ => "is at an early stage; most of what certification needs is still to be built".into(),
    };
    out.push(format!(
        "Overall opinion: {}'s management system against {} {opinion}. {} of {} applicable \
         questions ({}) meet the target maturity of {}; {} of them ({}) were assessed.",
        a.organisation,
        l.standard,
        all.ready,
        all.applicable,
        pct(all.readiness),
        a.target,
        all.answered,
        pct(all.coverage),
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
        let name = |s: &(&str, &str, f64)| format!("{} {} ({})", s.0, s.1, one(s.2));
        let n = scored.len().min(2);
        let best: Vec<String> = scored[..n].iter().map(name).collect();
        let worst: Vec<String> = scored[scored.len() - n..].iter().rev().map(name).collect();
        if scored.len() > 1 && scored[0].2 > scored[scored.len() - 1].2 {
            out.push(format!(
                "Strengths: {}. Weakest: {}.",
                and_list(&best),
                and_list(&worst)
            ));
        } else {
            out.push(format!(
                "Every assessed section scores {}: no section stands out as a strength.",
                one(scored[0].2)
            ));
        }
    }

    // Key themes: blockers by section.
    let p = &report.priorities;
    if blockers.is_empty() {
        out.push(
            "Key themes: no certification blocker was found among the questions answered.".into(),
        );
    } else {
        let mut by_count: Vec<&BlockerGroup> = blockers.iter().collect();
        by_count.sort_by_key(|g| std::cmp::Reverse(g.count));
        let top: Vec<String> = by_count
            .iter()
            .take(3)
            .map(|g| format!("{} {} ({})", g.section, g.title, g.count))
            .collect();
        out.push(format!(
            "Key themes: {} certification {} in {} {}, most of them in {}; {} significant {} \
             and {} {} for improvement besides.",
            p.p1,
            if p.p1 == 1 { "blocker" } else { "blockers" },
            blockers.len(),
            if blockers.len() == 1 {
                "section"
            } else {
                "sections"
            },
            and_list(&top),
            p.p2,
            if p.p2 == 1 { "gap" } else { "gaps" },
            p.p3,
            if p.p3 == 1 {
                "opportunity"
            } else {
                "opportunities"
            },
        ));
    }

    // Effort and dates.
    let r = &report.roadmap;
    if let Some(why) = &r.impossible {
        out.push(format!("Plan: {why}"));
    } else if !r.actions.is_empty() {
        let dates: Vec<String> = r
            .milestones
            .iter()
            .map(|m| format!("{} on {}", m.name, m.date))
            .collect();
        out.push(format!(
            "Effort and dates: {} actions, about {} person-days of work; at {} person-days a \
             week from {}, {}.",
            r.actions.len(),
            one(r.total_days).trim_end_matches(".0"),
            one(r.capacity).trim_end_matches(".0"),
            r.start,
            if dates.is_empty() {
                format!("the last action ends on {}", r.end)
            } else {
                format!("the plan reaches {}", and_list(&dates))
            }
        ));
    }

    // Decisions needed from management.
    let mut decisions = Vec::new();
    if !r.actions.is_empty() {
        decisions.push(format!(
            "approve the remediation plan and the time it asks of its owners, {} person-days a week in all",
            one(r.weekly_capacity()).trim_end_matches(".0")
        ));
    }
    let unowned = r
        .actions
        .iter()
        .filter(|x| x.owner.trim().is_empty())
        .count();
    if unowned > 0 {
        decisions.push(format!(
            "name an owner for {unowned} {} without one",
            if unowned == 1 { "action" } else { "actions" }
        ));
    }
    let late = r.actions.iter().filter(|x| x.late).count();
    if late > 0 {
        decisions.push(format!(
            "move {late} due {} the schedule cannot meet (or add capacity)",
            if late == 1 { "date" } else { "dates" }
        ));
    }
    let waited_for = r.over_allocated();
    if !waited_for.is_empty() {
        decisions.push(format!(
            "give {} more time or hand some of their actions to others, since the plan waits for {}",
            and_list(&waited_for),
            if waited_for.len() == 1 { "this owner" } else { "these owners" }
        ));
    }
    let unanswered = all.applicable.saturating_sub(all.answered);
    if unanswered > 0 {
        decisions.push(format!(
            "make people available to assess the {unanswered} open {}",
            if unanswered == 1 {
                "question"
            } else {
                "questions"
            }
        ));
    }
    if !decisions.is_empty() {
        out.push(format!(
            "Decisions needed from management: {}.",
            and_list(&decisions)
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
