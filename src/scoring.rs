//! The scoring method: scores, coverage, readiness, gaps, statuses and priorities.
//!
//! Pure functions over a questionnaire, a set of answers and a target. The method is the one
//! printed in every report (see README, "Scoring method"); change both together.
//!
//! For target T, each applicable question q has weight w and, once answered, maturity m:
//! - score = Σ w·m / Σ w over answered applicable questions (none answered → no score);
//! - coverage = answered applicable / applicable;
//! - readiness = questions with m ≥ T / applicable (unanswered count as not ready);
//! - not-applicable questions are outside all three;
//! - gap = max(0, T − m); status conforming (m ≥ T), partial (1 ≤ m < T), absent (m = 0),
//!   excluded (not applicable) or not assessed (unanswered);
//! - priority, for gap > 0 only: P1 when m ≤ 1 on a clause question or on any question that
//!   demands documented information; else P2 when gap ≥ 2; else P3.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::assessment::{Answer, Response};
use crate::questionnaire::{QuestionRef, Questionnaire, Requirement, Section, SectionKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Conforming,
    Partial,
    Absent,
    Excluded,
    NotAssessed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Conforming => "conforming",
            Status::Partial => "partial",
            Status::Absent => "absent",
            Status::Excluded => "excluded",
            Status::NotAssessed => "not assessed",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Remediation priority; P1 sorts first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Priority {
    /// Certification blocker.
    P1,
    P2,
    P3,
}

impl Priority {
    pub fn as_str(self) -> &'static str {
        match self {
            Priority::P1 => "P1",
            Priority::P2 => "P2",
            Priority::P3 => "P3",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Priority::P1 => "certification blocker",
            Priority::P2 => "major gap",
            Priority::P3 => "minor gap",
        }
    }
}

impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One question, scored.
#[derive(Debug, Clone, Copy)]
pub struct QuestionScore<'q> {
    pub at: QuestionRef<'q>,
    /// Position in questionnaire order.
    pub index: usize,
    pub maturity: Option<u8>,
    pub not_applicable: bool,
    pub status: Status,
    /// `None` when unanswered or not applicable.
    pub gap: Option<u8>,
    pub priority: Option<Priority>,
}

impl QuestionScore<'_> {
    pub fn weight(&self) -> f64 {
        self.at.question.weight
    }

    /// gap × weight: the size of the gap, for ordering within a priority class.
    pub fn weighted_gap(&self) -> f64 {
        f64::from(self.gap.unwrap_or(0)) * self.weight()
    }
}

/// The figures of a group of questions (a requirement, a section, or an overall set).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Figures {
    /// All questions in the group.
    pub questions: usize,
    /// Questions not marked not applicable.
    pub applicable: usize,
    /// Applicable questions with a maturity.
    pub answered: usize,
    /// Applicable questions at or above target.
    pub ready: usize,
    /// Weighted mean maturity of the answered applicable questions.
    pub score: Option<f64>,
    /// answered / applicable.
    pub coverage: Option<f64>,
    /// ready / applicable.
    pub readiness: Option<f64>,
}

impl Figures {
    pub fn of<'a, 'q: 'a>(
        scores: impl IntoIterator<Item = &'a QuestionScore<'q>>,
        target: u8,
    ) -> Figures {
        let mut f = Figures::default();
        let (mut weighted, mut weights) = (0.0, 0.0);
        for s in scores {
            f.questions += 1;
            if s.not_applicable {
                continue;
            }
            f.applicable += 1;
            let Some(m) = s.maturity else { continue };
            f.answered += 1;
            weighted += s.weight() * f64::from(m);
            weights += s.weight();
            if m >= target {
                f.ready += 1;
            }
        }
        let ratio = |n: usize| (f.applicable > 0).then(|| n as f64 / f.applicable as f64);
        f.score = (f.answered > 0).then(|| weighted / weights);
        f.coverage = ratio(f.answered);
        f.readiness = ratio(f.ready);
        f
    }
}

/// Scores of every question, requirement and section, and the overall figures.
#[derive(Debug, Clone)]
pub struct Scorecard<'q> {
    pub target: u8,
    pub questions: Vec<QuestionScore<'q>>,
    pub requirements: Vec<(&'q Requirement, Figures)>,
    pub sections: Vec<(&'q Section, Figures)>,
    /// Over every clause question.
    pub clauses: Figures,
    /// Over every annex question.
    pub annex: Figures,
    /// Over everything.
    pub all: Figures,
}

/// Scores one question.
pub fn score_question<'q>(
    at: QuestionRef<'q>,
    index: usize,
    response: &Response,
    target: u8,
) -> QuestionScore<'q> {
    let (maturity, not_applicable) = match response {
        Response::Maturity { level } => (Some(*level), false),
        Response::NotApplicable { .. } => (None, true),
        Response::Unanswered => (None, false),
    };
    let status = match (maturity, not_applicable) {
        (_, true) => Status::Excluded,
        (None, false) => Status::NotAssessed,
        (Some(m), _) if m >= target => Status::Conforming,
        (Some(0), _) => Status::Absent,
        (Some(_), _) => Status::Partial,
    };
    let gap = maturity.map(|m| target.saturating_sub(m));
    let priority = match (maturity, gap) {
        (Some(m), Some(g)) if g > 0 => {
            let blocker = m <= 1 && (at.kind() == SectionKind::Clause || at.question.documented);
            Some(if blocker {
                Priority::P1
            } else if g >= 2 {
                Priority::P2
            } else {
                Priority::P3
            })
        }
        _ => None,
    };
    QuestionScore {
        at,
        index,
        maturity,
        not_applicable,
        status,
        gap,
        priority,
    }
}

/// Scores a whole assessment. Answers to questions not in the questionnaire are ignored here
/// (the caller reports them); questions without an answer are unanswered.
pub fn score<'q>(
    questionnaire: &'q Questionnaire,
    answers: &BTreeMap<String, Answer>,
    target: u8,
) -> Scorecard<'q> {
    let unanswered = Response::Unanswered;
    let questions: Vec<QuestionScore> = questionnaire
        .questions()
        .enumerate()
        .map(|(i, at)| {
            let response = answers
                .get(&at.question.id)
                .map_or(&unanswered, |a| &a.response);
            score_question(at, i, response, target)
        })
        .collect();

    let requirements = questionnaire
        .requirements()
        .map(|(_, r)| {
            let group = questions
                .iter()
                .filter(|s| std::ptr::eq(s.at.requirement, r));
            (r, Figures::of(group, target))
        })
        .collect();
    let sections = questionnaire
        .sections
        .iter()
        .map(|sec| {
            let group = questions.iter().filter(|s| std::ptr::eq(s.at.section, sec));
            (sec, Figures::of(group, target))
        })
        .collect();
    let of_kind = |kind| Figures::of(questions.iter().filter(|s| s.at.kind() == kind), target);
    Scorecard {
        target,
        clauses: of_kind(SectionKind::Clause),
        annex: of_kind(SectionKind::Annex),
        all: Figures::of(&questions, target),
        requirements,
        sections,
        questions,
    }
}

/// The order of gaps: priority class, then gap × weight (largest first), then clauses before
/// annex controls, then questionnaire order.
pub fn gap_order(a: &QuestionScore, b: &QuestionScore) -> Ordering {
    a.priority
        .cmp(&b.priority)
        .then_with(|| b.weighted_gap().total_cmp(&a.weighted_gap()))
        .then_with(|| kind_rank(a).cmp(&kind_rank(b)))
        .then_with(|| a.index.cmp(&b.index))
}

fn kind_rank(s: &QuestionScore) -> u8 {
    match s.at.kind() {
        SectionKind::Clause => 0,
        SectionKind::Annex => 1,
    }
}

impl<'q> Scorecard<'q> {
    /// Every question with a gap, most urgent first.
    pub fn gaps(&self) -> Vec<&QuestionScore<'q>> {
        let mut gaps: Vec<&QuestionScore> = self
            .questions
            .iter()
            .filter(|s| s.priority.is_some())
            .collect();
        gaps.sort_by(|a, b| gap_order(a, b));
        gaps
    }

    pub fn section(&self, id: &str) -> Option<&Figures> {
        self.sections
            .iter()
            .find(|(s, _)| s.id == id)
            .map(|(_, f)| f)
    }

    pub fn requirement(&self, reference: &str) -> Option<&Figures> {
        self.requirements
            .iter()
            .find(|(r, _)| r.reference == reference)
            .map(|(_, f)| f)
    }

    pub fn question(&self, id: &str) -> Option<&QuestionScore<'q>> {
        self.questions.iter().find(|s| s.at.question.id == id)
    }

    pub fn count(&self, priority: Priority) -> usize {
        self.questions
            .iter()
            .filter(|s| s.priority == Some(priority))
            .count()
    }
}

/// A ratio as a whole percentage, or "—" when undefined.
pub fn percent(ratio: Option<f64>) -> String {
    ratio.map_or_else(|| "—".to_string(), |r| format!("{:.0}%", r * 100.0))
}

/// A score to one decimal, or "—" when undefined.
pub fn one_decimal(score: Option<f64>) -> String {
    score.map_or_else(|| "—".to_string(), |s| format!("{s:.1}"))
}
