//! The completeness check: what a careful consultant fixes before handing a report over.
//! Pure; `aimsgap check` prints it, and every export carries it as warnings.

use std::fmt;

use serde::Serialize;

use crate::assessment::Response;
use crate::questionnaire::SectionKind;
use crate::scoring::Status;
use crate::session::Session;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Left by a questionnaire replaced after the answers: see `scoring::usable`.
    OutsideQuestionnaire,
    Unanswered,
    NotApplicableWithoutJustification,
    NoEvidence,
    GapWithoutOwner,
    GapWithoutFinding,
    Orphan,
}

impl FindingKind {
    pub fn title(self) -> &'static str {
        match self {
            FindingKind::OutsideQuestionnaire => {
                "Answers and settings the questionnaire no longer allows (not scored)"
            }
            FindingKind::Unanswered => "Unanswered questions",
            FindingKind::NotApplicableWithoutJustification => {
                "Not applicable without a justification"
            }
            FindingKind::NoEvidence => "Scored high with no evidence reference",
            FindingKind::GapWithoutOwner => "Gaps without an owner",
            FindingKind::GapWithoutFinding => "Gaps with no finding for the report",
            FindingKind::Orphan => "Answers to questions no longer in the questionnaire",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub kind: FindingKind,
    pub question: String,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Every finding, grouped by kind, in questionnaire order within a kind.
pub fn findings(session: &Session) -> Vec<Finding> {
    let card = session.scorecard();
    let mut out = Vec::new();
    let max = session.questionnaire.max_level();
    let target = session.assessment.target;
    if target > max {
        out.push(Finding {
            kind: FindingKind::OutsideQuestionnaire,
            // Not a question: the summary line names it "target".
            question: "target".into(),
            message: format!(
                "the target {target} is above the questionnaire's scale, 0 to {max}: it is read as {max}; set it with `aimsgap set {} --target N`",
                session.assessment.id
            ),
        });
    }
    for s in &card.questions {
        let id = &s.at.question.id;
        let answer = session.answer(id);
        let reference = &s.at.requirement.reference;
        let outside = match &answer.response {
            Response::Maturity { level } if *level > max => Some(format!(
                "{id} is scored {level}, above the questionnaire's scale (0 to {max}): it is not scored until answered again"
            )),
            Response::NotApplicable { .. } if s.at.kind() == SectionKind::Clause => Some(format!(
                "{id} is marked not applicable, but {reference} is now a clause requirement, which must be assessed: it is not scored until answered"
            )),
            _ => None,
        };
        if let Some(message) = outside {
            out.push(Finding {
                kind: FindingKind::OutsideQuestionnaire,
                question: id.clone(),
                message,
            });
            continue;
        }
        if s.status == Status::NotAssessed {
            out.push(Finding {
                kind: FindingKind::Unanswered,
                question: id.clone(),
                message: format!(
                    "{id} ({reference} {}) is not answered",
                    s.at.requirement.title
                ),
            });
        }
        if let Response::NotApplicable { justification } = &answer.response
            && justification.trim().is_empty()
        {
            out.push(Finding {
                kind: FindingKind::NotApplicableWithoutJustification,
                question: id.clone(),
                message: format!("{id} is marked not applicable without a justification: the Statement of Applicability needs one"),
            });
        }
        if let Some(m) = s.maturity
            && m >= session.questionnaire.labels.evidence_from_level
            && answer.evidence.is_empty()
        {
            out.push(Finding {
                kind: FindingKind::NoEvidence,
                question: id.clone(),
                message: format!("{id} is scored {m} but no evidence reference is recorded"),
            });
        }
        if let Some(p) = s.priority
            && answer.owner.trim().is_empty()
        {
            out.push(Finding {
                kind: FindingKind::GapWithoutOwner,
                question: id.clone(),
                message: format!("{id} has a {p} gap and no owner for the remediation"),
            });
        }
        // The report shows the finding, never the private notes: a gap needs one.
        if let Some(p) = s.priority
            && answer.finding.trim().is_empty()
        {
            out.push(Finding {
                kind: FindingKind::GapWithoutFinding,
                question: id.clone(),
                // Said the same whether or not there are notes: the check goes into the
                // report's warnings, which must not tell where private notes are.
                message: format!(
                    "{id} has a {p} gap and no finding: the report does not say what was observed"
                ),
            });
        }
    }
    for (id, _) in session.orphans() {
        out.push(Finding {
            kind: FindingKind::Orphan,
            question: id.to_string(),
            message: format!("the answer to {id}, a question no longer in the questionnaire, is kept but not scored"),
        });
    }
    out.sort_by_key(|f| f.kind);
    out
}
