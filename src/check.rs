//! The completeness check: what a careful consultant fixes before handing a report over.
//! Pure; `aimsgap check` prints it, and every export carries it as warnings.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use jiff::civil::Date;
use serde::Serialize;

use crate::assessment::{Answer, Response};
use crate::i18n::Lang;
use crate::questionnaire::SectionKind;
use crate::roadmap::{self, Roadmap};
use crate::scoring::{Scorecard, Status};
use crate::session::Session;
use crate::t;

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
    DueBeforeScheduledEnd,
    BoilerplateSoaReason,
    /// A control partly not applicable, left by a file written before applicability was
    /// decided per control.
    SoaUndecided,
    /// An included control with no reason, or a reason stated before reasons were typed.
    SoaReasonMissing,
    SoaWithoutOwner,
    /// Risk treatment given as the reason while the risk treatment process itself is
    /// scored 1 or less.
    RiskReasonWithoutTreatment,
    /// An exclusion of a control whose roles match an AI system in scope.
    ChallengedExclusion,
    Orphan,
}

/// The requirement whose score says whether risk treatment exists (ISO/IEC 42001 6.1.3); a
/// questionnaire without it gets no such finding.
pub const RISK_TREATMENT_REQUIREMENT: &str = "6.1.3";

/// The same SoA reason (an exclusion's justification or a stated inclusion reason), case and
/// spacing aside, on this many controls or more reads as boilerplate: an auditor expects each
/// control's own reason. Two or three controls may well share one (a group of controls
/// excluded for one cause); four is a pattern.
pub const BOILERPLATE_CONTROLS: usize = 4;

impl FindingKind {
    /// [`FindingKind::title`] in `lang`.
    pub fn title_in(self, lang: Lang) -> String {
        lang.t(match self {
            FindingKind::OutsideQuestionnaire => "report-check-outside",
            FindingKind::Unanswered => "report-check-unanswered",
            FindingKind::NotApplicableWithoutJustification => "report-check-na-unjustified",
            FindingKind::NoEvidence => "report-check-no-evidence",
            FindingKind::GapWithoutOwner => "report-check-gap-no-owner",
            FindingKind::GapWithoutFinding => "report-check-gap-no-finding",
            FindingKind::DueBeforeScheduledEnd => "report-check-due-early",
            FindingKind::BoilerplateSoaReason => "report-check-boilerplate",
            FindingKind::SoaUndecided => "report-check-soa-undecided",
            FindingKind::SoaReasonMissing => "report-check-soa-no-reason",
            FindingKind::SoaWithoutOwner => "report-check-soa-no-owner",
            FindingKind::RiskReasonWithoutTreatment => "report-check-risk-untreated",
            FindingKind::ChallengedExclusion => "report-check-challenged",
            FindingKind::Orphan => "report-check-orphan",
        })
    }

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
            FindingKind::DueBeforeScheduledEnd => {
                "Due dates before the roadmap can finish the action"
            }
            FindingKind::BoilerplateSoaReason => {
                "The same SoA reason on many controls (boilerplate)"
            }
            FindingKind::SoaUndecided => {
                "Controls partly not applicable (include or exclude each as a whole)"
            }
            FindingKind::SoaReasonMissing => "Included controls without a typed reason",
            FindingKind::SoaWithoutOwner => "Included controls without an owner",
            FindingKind::RiskReasonWithoutTreatment => {
                "Risk treatment given as the reason where no risk treatment exists yet"
            }
            FindingKind::ChallengedExclusion => {
                "Exclusions an auditor would challenge (the control concerns a system in scope)"
            }
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
    findings_lang(session, Lang::En)
}

/// [`findings`], the messages in `lang` (the language of whoever reads them: the command
/// line's and the check screen's is the user's, a report's is its own).
pub fn findings_lang(session: &Session, lang: Lang) -> Vec<Finding> {
    let plan = roadmap::build(
        &session.questionnaire,
        &session.scorecard(),
        &session.answers,
        session.roadmap_settings(),
    )
    .ok();
    findings_in(session, &session.scorecard(), plan.as_ref(), lang)
}

/// [`findings`] with the assessment's scorecard and roadmap already built (`None` when it
/// cannot be dated), as a report has them.
pub fn findings_with(session: &Session, card: &Scorecard, plan: Option<&Roadmap>) -> Vec<Finding> {
    findings_in(session, card, plan, Lang::En)
}

/// [`findings_with`], the messages in `lang`.
pub fn findings_in(
    session: &Session,
    card: &Scorecard,
    plan: Option<&Roadmap>,
    lang: Lang,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let max = session.questionnaire.max_level();
    let target = session.assessment.target;
    if target > max {
        out.push(Finding {
            kind: FindingKind::OutsideQuestionnaire,
            // Not a question: the summary line names it "target".
            question: "target".into(),
            message: t!(
                lang,
                "report-check-target-above",
                target = &target.to_string(),
                max = &max.to_string(),
                assessment = &session.assessment.id.to_string()
            ),
        });
    }
    // Each action's scheduled end, to hold its due date against.
    let ends: HashMap<&str, (usize, Date)> = plan
        .iter()
        .flat_map(|p| &p.actions)
        .flat_map(|a| a.questions.iter().map(|q| (q.as_str(), (a.step, a.end))))
        .collect();
    let boilerplate = boilerplate(session, card, lang);
    let unanswered = Answer::default();
    for s in &card.questions {
        let id = &s.at.question.id;
        let answer = session.answers.get(id).unwrap_or(&unanswered);
        let reference = &s.at.requirement.reference;
        let outside = match &answer.response {
            Response::Maturity { level } if *level > max => Some(t!(
                lang,
                "report-check-level-above",
                question = id,
                level = &level.to_string(),
                max = &max.to_string()
            )),
            Response::NotApplicable { .. } if s.at.kind() == SectionKind::Clause => Some(t!(
                lang,
                "report-check-clause-not-applicable",
                question = id,
                reference = reference
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
                message: t!(
                    lang,
                    "report-check-unanswered-question",
                    question = id,
                    reference = reference,
                    title = &s.at.requirement.title
                ),
            });
        }
        if let Response::NotApplicable { justification } = &answer.response
            && justification.trim().is_empty()
        {
            out.push(Finding {
                kind: FindingKind::NotApplicableWithoutJustification,
                question: id.clone(),
                message: t!(lang, "report-check-na-unjustified-question", question = id),
            });
        }
        if let Some(m) = s.maturity
            && m >= session.questionnaire.labels.evidence_from_level
            && answer.evidence.is_empty()
        {
            out.push(Finding {
                kind: FindingKind::NoEvidence,
                question: id.clone(),
                message: t!(
                    lang,
                    "report-check-no-evidence-question",
                    question = id,
                    level = &m.to_string()
                ),
            });
        }
        if let Some(p) = s.priority
            && answer.owner.trim().is_empty()
        {
            out.push(Finding {
                kind: FindingKind::GapWithoutOwner,
                question: id.clone(),
                message: t!(
                    lang,
                    "report-check-gap-no-owner-question",
                    question = id,
                    priority = p.as_str()
                ),
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
                message: t!(
                    lang,
                    "report-check-gap-no-finding-question",
                    question = id,
                    priority = p.as_str()
                ),
            });
        }
        if let (Some(due), Some((step, end))) = (answer.due, ends.get(id.as_str()))
            && due < *end
        {
            out.push(Finding {
                kind: FindingKind::DueBeforeScheduledEnd,
                question: id.clone(),
                message: t!(
                    lang,
                    "report-check-due-early-question",
                    question = id,
                    due = &lang.date(due),
                    end = &lang.date(*end),
                    step = &step.to_string(),
                    assessment = &session.assessment.id.to_string()
                ),
            });
        }
    }
    out.extend(boilerplate);
    out.extend(applicability(session, card, lang));
    for (id, _) in session.orphans() {
        out.push(Finding {
            kind: FindingKind::Orphan,
            question: id.to_string(),
            message: t!(lang, "report-check-orphan-question", question = id),
        });
    }
    out.sort_by_key(|f| f.kind);
    out
}

/// Per annex control: undecided (partly not applicable), included without a typed reason
/// or without an owner, or for risk treatment while risk treatment is scored 1 or less.
fn applicability(session: &Session, card: &Scorecard, lang: Lang) -> Vec<Finding> {
    use crate::soa::{State, state};
    let id = session.assessment.id;
    let treatment = card
        .requirement(RISK_TREATMENT_REQUIREMENT)
        .and_then(|f| f.score)
        .filter(|s| *s <= 1.0);
    let mut out = Vec::new();
    for (section, control) in session.questionnaire.requirements() {
        let Some(first) = control.questions.first() else {
            continue;
        };
        if section.kind != SectionKind::Annex {
            continue;
        }
        let reference = &control.reference;
        let mut push = |kind, message| {
            out.push(Finding {
                kind,
                question: first.id.clone(),
                message,
            })
        };
        match state(control, &session.answers) {
            State::Excluded { justification } => {
                // A justification that names the system has answered for it.
                let said = justification.to_lowercase();
                let systems: Vec<_> =
                    crate::systems::matching(control, &session.engagement.systems)
                        .into_iter()
                        .filter(|s| !said.contains(&s.name.trim().to_lowercase()))
                        .collect();
                if !systems.is_empty() {
                    push(
                        FindingKind::ChallengedExclusion,
                        t!(
                            lang,
                            "report-check-challenged-control",
                            control = reference,
                            roles = &crate::systems::roles_text(lang, &control.roles),
                            systems = &systems
                                .iter()
                                .map(|s| format!(
                                    "{} ({} {})",
                                    s.name,
                                    s.reference(),
                                    crate::systems::roles_text(lang, &s.roles)
                                ))
                                .collect::<Vec<_>>()
                                .join(", "),
                            count = systems.len(),
                            assessment = &id.to_string()
                        ),
                    );
                }
                continue;
            }
            State::Undecided {
                not_applicable, of, ..
            } => push(
                FindingKind::SoaUndecided,
                t!(
                    lang,
                    "report-check-soa-undecided-control",
                    control = reference,
                    count = not_applicable.len(),
                    of = of,
                    questions = &not_applicable.join(", "),
                    assessment = &id.to_string()
                ),
            ),
            State::Included => {}
        }
        match session.inclusions.get(reference) {
            None => push(
                FindingKind::SoaReasonMissing,
                t!(
                    lang,
                    "report-check-soa-no-reason-control",
                    control = reference,
                    assessment = &id.to_string()
                ),
            ),
            Some(i) if i.kind.is_none() => push(
                FindingKind::SoaReasonMissing,
                t!(
                    lang,
                    "report-check-soa-untyped-control",
                    control = reference,
                    reason = &crate::printable::fit(&i.text, 60),
                    assessment = &id.to_string()
                ),
            ),
            Some(i) => {
                if let (Some(crate::soa::ReasonKind::Risk), Some(score)) = (i.kind, treatment) {
                    push(
                        FindingKind::RiskReasonWithoutTreatment,
                        t!(
                            lang,
                            "report-check-risk-untreated-control",
                            control = reference,
                            risks = &i
                                .risks
                                .iter()
                                .map(|n| format!("R{n}"))
                                .collect::<Vec<_>>()
                                .join(", "),
                            treatment = RISK_TREATMENT_REQUIREMENT,
                            score = &crate::scoring::one_decimal_in(lang, Some(score))
                        ),
                    );
                }
            }
        }
        // Once assessed: until then the control is listed as unanswered.
        let answers: Vec<_> = control
            .questions
            .iter()
            .map(|q| session.answer(&q.id))
            .collect();
        let assessed = answers.iter().any(|a| a.response.is_answered());
        let owned = answers.iter().any(|a| !a.owner.trim().is_empty());
        if assessed && !owned {
            push(
                FindingKind::SoaWithoutOwner,
                t!(
                    lang,
                    "report-check-soa-no-owner-control",
                    control = reference,
                    assessment = &id.to_string(),
                    question = &first.id
                ),
            );
        }
    }
    out
}

/// How a reason is compared: case, spacing and a final full stop aside.
fn normalised(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches('.')
        .to_lowercase()
}

/// The annex controls whose SoA reason — the justification of an exclusion (not applicable)
/// or a stated inclusion reason — is the same text as on [`BOILERPLATE_CONTROLS`] controls
/// or more: one finding per control, on its first question, in questionnaire order. The
/// questionnaire's default inclusion reason, used where none is stated, is not counted.
fn boilerplate(session: &Session, card: &Scorecard, lang: Lang) -> Vec<Finding> {
    // (what, normalised text) → the text as first given, and the controls giving it with
    // their first question, in questionnaire order.
    type Uses<'a> = BTreeMap<(&'static str, String), (&'a str, Vec<(&'a str, &'a str)>)>;
    let mut uses: Uses = BTreeMap::new();
    let mut seen: Vec<&str> = Vec::new();
    for s in &card.questions {
        if s.at.kind() != SectionKind::Annex {
            continue;
        }
        let control = s.at.requirement.reference.as_str();
        let question = s.at.question.id.as_str();
        let first = !seen.contains(&control);
        if first {
            seen.push(control);
        }
        let na = match session.answers.get(question).map(|a| &a.response) {
            Some(Response::NotApplicable { justification }) => Some(justification.as_str()),
            _ => None,
        };
        let stated = first
            .then(|| session.inclusions.get(control))
            .flatten()
            // A risk-treatment reason names its own risks: only its note can repeat.
            .map(|i| i.text.as_str());
        for (what, text) in [("N/A justification", na), ("inclusion reason", stated)] {
            let Some(text) = text else { continue };
            let key = normalised(text);
            if key.is_empty() {
                continue;
            }
            let (_, controls) = uses.entry((what, key)).or_insert((text.trim(), Vec::new()));
            if !controls.iter().any(|(c, _)| *c == control) {
                controls.push((control, question));
            }
        }
    }
    let mut out = Vec::new();
    for ((what, _), (text, controls)) in &uses {
        if controls.len() < BOILERPLATE_CONTROLS {
            continue;
        }
        let shown: String = text.chars().take(60).collect();
        let ellipsis = if text.chars().count() > 60 { "…" } else { "" };
        for (control, question) in controls {
            let others: Vec<&str> = controls
                .iter()
                .map(|(c, _)| *c)
                .filter(|c| c != control)
                .collect();
            out.push(Finding {
                kind: FindingKind::BoilerplateSoaReason,
                question: (*question).to_string(),
                message: t!(
                    lang,
                    "report-check-boilerplate-control",
                    control = *control,
                    what = if *what == "N/A justification" {
                        "justification"
                    } else {
                        "inclusion"
                    },
                    count = others.len(),
                    others = &others.join(", "),
                    reason = &format!("{shown}{ellipsis}")
                ),
            });
        }
    }
    // In questionnaire order.
    let order = |id: &str| card.questions.iter().position(|s| s.at.question.id == id);
    out.sort_by_key(|f| order(&f.question));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Answer, NewAssessment};
    use crate::questionnaire::catalog::{Catalog, built_in};
    use crate::soa::{Inclusion, ReasonKind, RiskLevel};
    use crate::store::{Decision, Store};
    use jiff::civil::date;

    fn open(store: &Store, id: i64) -> Session {
        Session::open(store, &Catalog::new(None), id).unwrap()
    }

    fn kinds(session: &Session, kind: FindingKind) -> Vec<Finding> {
        findings(session)
            .into_iter()
            .filter(|f| f.kind == kind)
            .collect()
    }

    fn assessment() -> (Store, i64) {
        let mut store = Store::open_in_memory().unwrap();
        let q = built_in("iso42001").unwrap();
        let id = store
            .create_assessment(&NewAssessment::new("Acme", date(2026, 1, 5)), q, None)
            .unwrap();
        (store, id)
    }

    #[test]
    fn a_due_date_before_the_roadmap_finishes_the_action_is_listed() {
        let (mut store, id) = assessment();
        let gap = |due| Answer {
            finding: "Nothing written".into(),
            owner: "COO".into(),
            due: Some(due),
            ..Answer::with_maturity(0)
        };
        // Two actions: the second cannot end on the roadmap's first day.
        store
            .set_answer(id, "4.1-a", &gap(date(2026, 12, 31)))
            .unwrap();
        store
            .set_answer(id, "4.1-b", &gap(date(2026, 1, 5)))
            .unwrap();
        let late = kinds(&open(&store, id), FindingKind::DueBeforeScheduledEnd);
        assert_eq!(late.len(), 1, "{late:?}");
        assert_eq!(late[0].question, "4.1-b");
        assert!(
            late[0]
                .message
                .starts_with("4.1-b is due 2026-01-05, but the roadmap finishes it on 2026-01-"),
            "{}",
            late[0].message
        );
        // Due on the day it ends: met.
        let session = open(&store, id);
        let end = crate::report::Report::build(&session, jiff::Timestamp::UNIX_EPOCH)
            .roadmap
            .actions
            .iter()
            .find(|a| a.question == "4.1-b")
            .unwrap()
            .end;
        store.set_answer(id, "4.1-b", &gap(end)).unwrap();
        assert!(kinds(&open(&store, id), FindingKind::DueBeforeScheduledEnd).is_empty());
    }

    #[test]
    fn the_same_soa_reason_on_four_controls_is_boilerplate_and_on_three_is_not() {
        let (mut store, id) = assessment();
        let na = |why: &str| Answer::not_applicable(why);
        let why = "Not relevant to our business.";
        for q in ["A.2.3-a", "A.2.4-a", "A.4.4-a"] {
            store.set_answer(id, q, &na(why)).unwrap();
        }
        // Two questions of one control count once.
        store.set_answer(id, "A.3.2-a", &na(why)).unwrap();
        store.set_answer(id, "A.3.2-b", &na(why)).unwrap();
        let stated = |store: &mut Store, control: &str, reason: &str| {
            let inclusion = crate::soa::Inclusion {
                kind: Some(crate::soa::ReasonKind::Contractual),
                text: reason.into(),
                risks: vec![],
            };
            store
                .decide_control(id, control, &[], &Decision::Include(inclusion))
                .unwrap();
        };
        stated(&mut store, "A.5.2", "Required by a customer contract");
        stated(&mut store, "A.5.3", "required by  a customer contract.");
        stated(&mut store, "A.5.4", "Required by a customer contract");
        let session = open(&store, id);
        let found = kinds(&session, FindingKind::BoilerplateSoaReason);
        let questions: Vec<&str> = found.iter().map(|f| f.question.as_str()).collect();
        // Four controls with one justification; three with one inclusion reason: not yet.
        assert_eq!(questions, ["A.2.3-a", "A.2.4-a", "A.3.2-a", "A.4.4-a"]);
        assert_eq!(
            found[0].message,
            "A.2.3 gives the same N/A justification as 3 other controls (A.2.4, A.3.2, A.4.4): \
             \"Not relevant to our business.\"; the Statement of Applicability needs this \
             control's own reason"
        );
        stated(&mut store, "A.5.5", "REQUIRED BY A CUSTOMER CONTRACT");
        let found = kinds(&open(&store, id), FindingKind::BoilerplateSoaReason);
        assert_eq!(found.len(), 8);
        assert!(found.iter().any(|f| f.message.starts_with(
            "A.5.5 gives the same inclusion reason as 3 other controls (A.5.2, A.5.3, A.5.4)"
        )));
    }

    /// The demo is a finished piece of work: no gap without a finding, no due date the plan
    /// cannot meet, no boilerplate SoA reason.
    #[test]
    fn the_demo_has_none_of_the_deliverable_findings() {
        let mut store = Store::open_in_memory().unwrap();
        let id = crate::demo::create(
            &mut store,
            built_in("iso42001").unwrap(),
            date(2026, 11, 23),
        )
        .unwrap();
        let all = findings(&open(&store, id));
        for kind in [
            FindingKind::GapWithoutFinding,
            FindingKind::DueBeforeScheduledEnd,
            FindingKind::BoilerplateSoaReason,
            FindingKind::GapWithoutOwner,
            FindingKind::SoaUndecided,
            FindingKind::SoaReasonMissing,
            FindingKind::SoaWithoutOwner,
            FindingKind::RiskReasonWithoutTreatment,
            FindingKind::ChallengedExclusion,
        ] {
            assert!(!all.iter().any(|f| f.kind == kind), "{kind:?}: {all:?}");
        }
    }

    fn include(store: &mut Store, id: i64, control: &str, kind: ReasonKind, risks: &[u32]) {
        let i = Inclusion {
            kind: Some(kind),
            text: if risks.is_empty() {
                format!("{control}'s own reason")
            } else {
                String::new()
            },
            risks: risks.to_vec(),
        };
        store
            .decide_control(id, control, &[], &Decision::Include(i))
            .unwrap();
    }

    #[test]
    fn a_control_partly_not_applicable_is_listed_as_undecided() {
        let (mut store, id) = assessment();
        // As an older file may hold it: one question N/A, the other scored.
        store
            .set_answer(id, "A.2.2-b", &Answer::not_applicable("No policy needed"))
            .unwrap();
        store
            .set_answer(id, "A.2.2-a", &Answer::with_maturity(4))
            .unwrap();
        let found = kinds(&open(&store, id), FindingKind::SoaUndecided);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .message
                .starts_with("A.2.2: 1 of its 2 questions are not applicable (A.2.2-b)"),
            "{}",
            found[0].message
        );
        // Deciding it, either way, leaves nothing to decide.
        store
            .decide_control(
                id,
                "A.2.2",
                &["A.2.2-a", "A.2.2-b"],
                &Decision::Exclude("No AI policy of our own: the group's applies".into()),
            )
            .unwrap();
        let session = open(&store, id);
        assert!(kinds(&session, FindingKind::SoaUndecided).is_empty());
        assert_eq!(
            session.scorecard().requirement("A.2.2").unwrap().applicable,
            0
        );
    }

    #[test]
    fn an_included_control_needs_a_typed_reason_and_once_assessed_an_owner() {
        let (mut store, id) = assessment();
        store
            .set_answer(id, "A.2.2-a", &Answer::with_maturity(2))
            .unwrap();
        let session = open(&store, id);
        let reasons = kinds(&session, FindingKind::SoaReasonMissing);
        assert_eq!(reasons.len(), 38, "every control lacks a reason");
        let owners = kinds(&session, FindingKind::SoaWithoutOwner);
        // Only the assessed control: the others are listed as unanswered.
        assert_eq!(owners.len(), 1, "{owners:?}");
        assert!(owners[0].message.starts_with("A.2.2 is included but"));

        include(&mut store, id, "A.2.2", ReasonKind::Business, &[]);
        let mut owned = Answer::with_maturity(2);
        owned.owner = "CISO".into();
        store.set_answer(id, "A.2.2-a", &owned).unwrap();
        let session = open(&store, id);
        assert_eq!(kinds(&session, FindingKind::SoaReasonMissing).len(), 37);
        assert!(kinds(&session, FindingKind::SoaWithoutOwner).is_empty());
    }

    #[test]
    fn an_exclusion_of_a_control_an_in_scope_system_plays_a_role_for_is_challenged() {
        use crate::systems::{AiSystem, EuClass};
        let (mut store, id) = assessment();
        let qs = ["A.10.4-a"];
        let exclude = |store: &mut Store, why: &str| {
            store
                .decide_control(id, "A.10.4", &qs, &Decision::Exclude(why.into()))
                .unwrap();
        };
        exclude(&mut store, "We supply no AI to customers");
        let challenged = |store: &Store| kinds(&open(store, id), FindingKind::ChallengedExclusion);
        // No system recorded: nothing to hold the exclusion against.
        assert!(challenged(&store).is_empty());
        let mut system = AiSystem {
            number: 0,
            name: "Claims triage".into(),
            purpose: "Sorts incoming claims".into(),
            roles: vec!["customer".into()],
            class: EuClass::Minimal,
            in_scope: true,
        };
        let n = store.add_system(id, &system).unwrap();
        system.number = n;
        // A.10.4 concerns providers and producers: a customer's system does not touch it.
        assert!(challenged(&store).is_empty());
        system.roles = vec!["producer".into()];
        store.update_system(id, &system).unwrap();
        let found = challenged(&store);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .message
                .starts_with("A.10.4 is excluded, but it concerns the roles")
                && found[0]
                    .message
                    .contains("Claims triage (S1 producer) is in scope"),
            "{}",
            found[0].message
        );
        // Out of scope, or answered for by name in the justification: not challenged.
        system.in_scope = false;
        store.update_system(id, &system).unwrap();
        assert!(challenged(&store).is_empty());
        system.in_scope = true;
        store.update_system(id, &system).unwrap();
        exclude(
            &mut store,
            "Claims triage is built for our own use; no AI reaches customers",
        );
        assert!(challenged(&store).is_empty());
    }

    #[test]
    fn risk_treatment_as_a_reason_is_flagged_while_risk_treatment_scores_one_or_less() {
        let (mut store, id) = assessment();
        let r = store
            .add_risk(id, "Biased routing", RiskLevel::High)
            .unwrap();
        include(&mut store, id, "A.5.2", ReasonKind::Risk, &[r]);
        include(&mut store, id, "A.5.3", ReasonKind::Legal, &[]);
        let flagged =
            |store: &Store| kinds(&open(store, id), FindingKind::RiskReasonWithoutTreatment);
        // 6.1.3 not answered: no score, nothing to say yet.
        assert!(flagged(&store).is_empty());
        for q in ["6.1.3-a", "6.1.3-b", "6.1.3-c"] {
            store.set_answer(id, q, &Answer::with_maturity(1)).unwrap();
        }
        let found = flagged(&store);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].message.starts_with(
                "A.5.2 is included to treat R1, but risk treatment (6.1.3) is scored 1.0"
            ),
            "{}",
            found[0].message
        );
        store
            .set_answer(id, "6.1.3-a", &Answer::with_maturity(3))
            .unwrap();
        assert!(flagged(&store).is_empty());
    }
}
