//! The report model: everything an export shows, computed once from an open assessment.
//! Each output format is a file of its own that renders this model and nothing else.

pub mod json;

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;

use crate::assessment::{Answer, EvidenceBasis, Response};
use crate::questionnaire::{Effort, Level, SectionKind};
use crate::scoring::{Figures, Priority, Status};
use crate::session::Session;

/// Bumped whenever a field is renamed or removed, or its meaning changes.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub generator: Generator,
    pub generated_at: Timestamp,
    pub assessment: AssessmentInfo,
    pub scale: Vec<Level>,
    /// Every question in questionnaire order, with its answer and its scoring.
    pub questions: Vec<QuestionRow>,
    pub requirements: Vec<RequirementRow>,
    pub sections: Vec<SectionRow>,
    pub overall: Overall,
    pub priorities: PriorityCounts,
    /// Answers to questions that are no longer in the questionnaire: kept, never dropped.
    pub orphaned_answers: Vec<Orphan>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Generator {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct AssessmentInfo {
    pub id: i64,
    pub organisation: String,
    pub scope: String,
    pub assessor: String,
    pub date: Date,
    pub target: u8,
    pub roadmap_start: Date,
    /// Person-days per week available for remediation.
    pub capacity: f64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub questionnaire: QuestionnaireInfo,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionnaireInfo {
    pub id: String,
    pub title: String,
    /// The version scored here.
    pub version: String,
    pub hash: String,
    /// The version and hash the assessment was taken against.
    pub taken_version: String,
    pub taken_hash: String,
    pub changed_since_taken: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionRow {
    pub id: String,
    #[serde(rename = "ref")]
    pub reference: String,
    pub requirement_title: String,
    pub section: String,
    pub section_title: String,
    pub kind: SectionKind,
    pub prompt: String,
    pub weight: f64,
    pub effort: Effort,
    pub phase: String,
    pub documented: bool,
    pub depends_on: Vec<String>,
    pub crosswalk: BTreeMap<String, Vec<String>>,
    pub recommendation: String,
    /// 0 to the top of the scale, or null when unanswered or not applicable.
    pub maturity: Option<u8>,
    pub not_applicable: bool,
    pub justification: Option<String>,
    pub status: Status,
    pub gap: Option<u8>,
    pub priority: Option<Priority>,
    /// Position in the priority order (1 = most urgent), for questions with a gap.
    pub rank: Option<usize>,
    pub notes: String,
    pub evidence: Vec<String>,
    pub basis: Option<EvidenceBasis>,
    pub owner: String,
    pub due: Option<Date>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FiguresRow {
    pub questions: usize,
    pub applicable: usize,
    pub answered: usize,
    pub ready: usize,
    /// Weighted mean maturity; null when nothing is answered.
    pub score: Option<f64>,
    /// Fraction 0–1; null when nothing is applicable.
    pub coverage: Option<f64>,
    /// Fraction 0–1; null when nothing is applicable.
    pub readiness: Option<f64>,
}

impl From<Figures> for FiguresRow {
    fn from(f: Figures) -> Self {
        FiguresRow {
            questions: f.questions,
            applicable: f.applicable,
            answered: f.answered,
            ready: f.ready,
            score: f.score,
            coverage: f.coverage,
            readiness: f.readiness,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionRow {
    pub id: String,
    pub title: String,
    pub kind: SectionKind,
    #[serde(flatten)]
    pub figures: FiguresRow,
}

#[derive(Debug, Clone, Serialize)]
pub struct RequirementRow {
    #[serde(rename = "ref")]
    pub reference: String,
    pub title: String,
    pub section: String,
    #[serde(flatten)]
    pub figures: FiguresRow,
}

#[derive(Debug, Clone, Serialize)]
pub struct Overall {
    pub clauses: FiguresRow,
    pub annex: FiguresRow,
    pub all: FiguresRow,
}

#[derive(Debug, Clone, Serialize)]
pub struct PriorityCounts {
    pub p1: usize,
    pub p2: usize,
    pub p3: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Orphan {
    pub question_id: String,
    pub answer: Answer,
}

impl Report {
    pub fn build(session: &Session, generated_at: Timestamp) -> Report {
        let card = session.scorecard();
        let ranks: BTreeMap<&str, usize> = card
            .gaps()
            .iter()
            .enumerate()
            .map(|(i, s)| (s.at.question.id.as_str(), i + 1))
            .collect();
        let questions = card
            .questions
            .iter()
            .map(|s| {
                let q = s.at.question;
                let answer = session.answer(&q.id);
                let justification = match &answer.response {
                    Response::NotApplicable { justification } => Some(justification.clone()),
                    _ => None,
                };
                QuestionRow {
                    id: q.id.clone(),
                    reference: s.at.requirement.reference.clone(),
                    requirement_title: s.at.requirement.title.clone(),
                    section: s.at.section.id.clone(),
                    section_title: s.at.section.title.clone(),
                    kind: s.at.kind(),
                    prompt: q.prompt.clone(),
                    weight: q.weight,
                    effort: q.effort,
                    phase: q.phase.clone(),
                    documented: q.documented,
                    depends_on: q.depends_on.clone(),
                    crosswalk: q.crosswalk.clone(),
                    recommendation: q.recommendation.clone(),
                    maturity: s.maturity,
                    not_applicable: s.not_applicable,
                    justification,
                    status: s.status,
                    gap: s.gap,
                    priority: s.priority,
                    rank: ranks.get(q.id.as_str()).copied(),
                    notes: answer.notes,
                    evidence: answer.evidence,
                    basis: answer.basis,
                    owner: answer.owner,
                    due: answer.due,
                }
            })
            .collect();
        let a = &session.assessment;
        let qn = &session.questionnaire;
        Report {
            schema_version: SCHEMA_VERSION,
            generator: Generator {
                name: "aimsgap",
                version: env!("CARGO_PKG_VERSION"),
            },
            generated_at,
            assessment: AssessmentInfo {
                id: a.id,
                organisation: a.organisation.clone(),
                scope: a.scope.clone(),
                assessor: a.assessor.clone(),
                date: a.date,
                target: a.target,
                roadmap_start: a.roadmap_start,
                capacity: a.capacity,
                created_at: a.created_at,
                updated_at: a.updated_at,
                questionnaire: QuestionnaireInfo {
                    id: qn.id.clone(),
                    title: qn.title.clone(),
                    version: qn.version.clone(),
                    hash: qn.hash.clone(),
                    taken_version: a.questionnaire.version.clone(),
                    taken_hash: a.questionnaire.hash.clone(),
                    changed_since_taken: session.questionnaire_changed(),
                },
            },
            scale: qn.scale.clone(),
            questions,
            requirements: card
                .requirements
                .iter()
                .map(|(r, f)| RequirementRow {
                    reference: r.reference.clone(),
                    title: r.title.clone(),
                    section: qn
                        .requirement(&r.reference)
                        .map(|(s, _)| s.id.clone())
                        .unwrap_or_default(),
                    figures: (*f).into(),
                })
                .collect(),
            sections: card
                .sections
                .iter()
                .map(|(s, f)| SectionRow {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    kind: s.kind,
                    figures: (*f).into(),
                })
                .collect(),
            overall: Overall {
                clauses: card.clauses.into(),
                annex: card.annex.into(),
                all: card.all.into(),
            },
            priorities: PriorityCounts {
                p1: card.count(Priority::P1),
                p2: card.count(Priority::P2),
                p3: card.count(Priority::P3),
            },
            orphaned_answers: session
                .orphans()
                .into_iter()
                .map(|(id, a)| Orphan {
                    question_id: id.to_string(),
                    answer: a.clone(),
                })
                .collect(),
        }
    }
}
