//! The method appendix, written once for every format: the scale, the formulas, the priority
//! rules and how the roadmap's dates were computed, with this assessment's own settings.
//! It states what `scoring` and `roadmap` do; change them together.

use super::Report;
use crate::scoring::Priority;
use crate::systems::EuClass;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub title: String,
    pub paragraphs: Vec<String>,
    pub bullets: Vec<String>,
}

/// " or on clauses 4, 5 and 6", or nothing when Stage 1 waits for documented information only.
fn stage1_clauses(sections: &[String]) -> String {
    match sections {
        [] => String::new(),
        [one] => format!(" or on clause {one}"),
        [rest @ .., last] => format!(" or on clauses {} and {last}", rest.join(", ")),
    }
}

pub fn appendix(report: &Report) -> Vec<Part> {
    let t = report.assessment.target;
    let l = &report.labels;
    let (clauses, annex) = (&l.clauses, &l.annex);
    let lower = |s: &str| {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    let r = &report.roadmap;
    let e = &r.effort_days;
    let p = l.in_part_from_level();
    let mut parts = vec![
        Part {
            title: "Maturity scale".into(),
            paragraphs: vec![format!(
                "Each question is scored on this scale from what the evidence shows, not from intentions. When the evidence sits between two levels the lower one is scored. The target for this assessment is {t} ({}).",
                report.level_label(t)
            )],
            bullets: report
                .scale
                .iter()
                .map(|l| format!("{} {}: {}", l.level, l.label, l.description))
                .collect(),
        },
        Part {
            title: "Scores, coverage and readiness".into(),
            paragraphs: vec![
                format!("For target T = {t}, each applicable question has a weight w (from the questionnaire) and, once answered, a maturity m."),
                format!("Questions marked not applicable ({annex} controls only, each with a justification) are left out of all three figures."),
                format!("The overall figures apply the same formulas to every question of {}, of {annex}, and of both together; they are not averages of the section figures.", lower(clauses)),
                "Scores are shown to one decimal and percentages to whole numbers, a half rounded up (1.25 shows as 1.3), the same in every format; the workbook keeps the exact figure behind the shown digits.".into(),
            ],
            bullets: vec![
                "Score = Σ w·m / Σ w over the answered applicable questions of a requirement, section or set; with nothing answered there is no score.".into(),
                "Coverage = answered applicable questions / applicable questions.".into(),
                "Readiness = questions with m ≥ T / applicable questions; unanswered questions count as not ready.".into(),
            ],
        },
        Part {
            title: "Status, gap and priority".into(),
            paragraphs: vec![
                "Gap = max(0, T − m). Status: conforming when m ≥ T; partial when 1 ≤ m < T; absent when m = 0; excluded when not applicable; not assessed when unanswered (which is not the same as 0).".into(),
                format!("Only questions with a gap have a priority. Within a priority, gaps are ordered by gap × weight (largest first), then clauses before {annex} controls, then questionnaire order."),
            ],
            bullets: vec![
                format!("{}: a question of {} with m ≤ 1, or any question that requires documented information with m ≤ 1.", Priority::P1.label(), lower(clauses)),
                format!("{}: a gap of 2 or more otherwise.", Priority::P2.label()),
                format!("{}: a gap of 1.", Priority::P3.label()),
            ],
        },
        Part {
            title: "How the roadmap was built".into(),
            paragraphs: vec![
                "There is one action per remedy: each question with a gap has its own, except that questions of one requirement that produce the same document or process (they share an action key in the questionnaire) share one action, which closes and lists all of them. An action carries its recommendation, priority, effort, phase, and the owner and due date recorded with the answer; a shared action takes the most urgent priority of its questions, the largest effort (never their sum, so the plan's person-days are the sum of its distinct actions), the owner recorded on its most urgent question that has one and the earliest due date. An action due before the day the schedule below finishes it is marked late, and the completeness check lists it. An action with no due date recorded shows its scheduled end as the due date proposed, marked proposed so that it is not taken for a date anyone set. When the questionnaire declares work packages, each action belongs to the package of its requirement, and the roadmap sums each package over its actions (how many, person-days, first start, last end, owners); packages group the plan for reading and do not change the schedule.".into(),
                ordering_rules(&l.evaluation_sections, annex),
                format!(
                    "Dates: the work starts on {}. Owners work in parallel, each on one action at a time at their own capacity: {}. An action of effort S takes {} person-days, M {} and L {}, so it lasts its person-days divided by its owner's capacity. An action starts once everything it depends on has ended, whoever owns it, and its owner is free; an owner who becomes free takes, of the actions ready for them, the one first in the order above, so a higher priority never waits behind lower ones unless a dependency forces it. No owner is ever given more than their capacity in a week. Dates are working days, Monday to Friday{}.",
                    r.start,
                    capacities(r),
                    crate::scoring::days(e.s), crate::scoring::days(e.m), crate::scoring::days(e.l),
                    match r.holidays.len() {
                        0 => String::new(),
                        1 => ", less 1 listed holiday".to_string(),
                        n => format!(", less {n} listed holidays"),
                    }
                ),
                "The critical path is the chain of actions, each waiting on the one before it (a prerequisite, or its owner's previous action), that ends with the last action: a delay to any of them delays the end. An owner is over-allocated when the plan waits for them: one of their actions on the critical path, or due before its scheduled end, starts only when their previous work ends; more capacity for them, or handing work to someone else, would bring it forward.".into(),
                format!(
                    "Stage 1 readiness is when the last action on documented information{} ends. Stage 2 readiness is when every P1 and P2 action is done, and Stage 1 readiness reached, followed by one internal audit and management review cycle of {} weeks. Questions not yet answered are assumed to need no work; each milestone says how many there are.",
                    stage1_clauses(&l.stage1_sections),
                    crate::scoring::days(r.audit_cycle_weeks)
                ),
            ].into_iter().chain(r.costing.as_ref().map(|c| format!(
                "Cost estimate: each phase's person-days (the effort of its actions, each action counted once) at the day rate of {} give its cost; its FTE is those person-days divided by the working days from the start of its first action to the end of its last, the number of people it would take full time over that span. Phases overlap, so their FTEs do not add up to the team's size. The estimate covers the remediation work only, not the certification body's fees or the assessor's time.",
                c.money(c.day_rate)
            ))).collect(),
            bullets: Vec::new(),
        },
        Part {
            title: "Statement of Applicability".into(),
            paragraphs: vec![
                format!("Every {annex} control is listed, decided once as a whole: excluded, with one justification that makes all its questions not applicable, or included, with a typed reason — risk treatment (naming the risks of the register it treats), a legal or regulatory obligation, a contract, or a business decision. No reason is assumed: an included control without one says so. The owner is the one named on the control's answers; the last evidence date is the latest date of the documents reviewed that its answers cite."),
                format!(
                    "Implementation status follows from the answers to the control's questions. Implemented: every question is answered at the target ({t}) or above, and at {p} ({}) or above. Partially implemented: at least one answered question reaches {p}, a practice repeated for part of the scope and partly written down. Not implemented: every answered question is below {p}; practice that is absent, or ad hoc and resting on particular people, is not a control an auditor can test, whatever is planned. Not assessed: no question answered. The maturity beside it is the control's weighted score.",
                    report.level_label(p)
                ),
                "A roadmap action of a control included for risk treatment treats the risks its reason names, and says so (\"Treats R1.\"); the risk register lists, for each risk, the controls included for it and the roadmap's steps that treat it. A risk no control names has no action: either a control is missing from the reasons, or the risk is accepted.".into(),
                suggestions(report),
            ],
            bullets: Vec::new(),
        },
        Part {
            title: "Evidence basis".into(),
            paragraphs: vec![format!("Each answer records how the assessor knows: interview (what people said), document seen, or observed or tested, and who said it: the attendees of the engagement record the answer rests on. Scores of {} or more are expected to cite evidence; the completeness check lists those that do not.", l.evidence_from_level)],
            bullets: Vec::new(),
        },
    ];
    if report.self_assessment.is_some() {
        parts.push(Part {
            title: "Client self-assessment".into(),
            paragraphs: vec![format!(
                "Before the workshop the client rated itself on the same scale, in a workbook, with a comment per question. Those ratings are kept beside the assessor's and never change a score, a gap or the roadmap. Per section, the client's mean level is set against the assessor's mean maturity over the same questions: those both gave a level (not applicable on either side, or a question either left open, is not compared), each mean to one decimal, the difference taken of the figures as shown. Questions {} levels or more apart are listed for discussion.",
                crate::survey::FAR_APART
            )],
            bullets: Vec::new(),
        });
    }
    if let Some(part) = blind_scoring(report) {
        parts.push(part);
    }
    if let Some(c) = &report.carry_over {
        parts.push(carry_over(c));
    }
    parts
}

/// "9, 10, 11 and 12": the articles a class brings to an organisation in `role`.
fn articles(class: EuClass, role: &str) -> String {
    let list: Vec<String> = class
        .articles(&[role.to_string()])
        .iter()
        .map(u32::to_string)
        .collect();
    match list.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// How applicability is suggested from the AI systems in scope, with this assessment's count.
fn suggestions(report: &Report) -> String {
    let annex = &report.labels.annex;
    let in_scope = report.systems.iter().filter(|s| s.in_scope).count();
    let here = match in_scope {
        0 => "This assessment records no AI system in scope, so nothing was suggested.".to_string(),
        1 => "This assessment records 1 AI system in scope.".to_string(),
        n => format!("This assessment records {n} AI systems in scope."),
    };
    format!(
        "Applicability is suggested from the inventory of AI systems, never decided by it. The questionnaire tags each {annex} control with the AI roles it concerns; a control whose roles the organisation plays for no system in scope is proposed for exclusion, with a drafted justification naming those roles and the systems. A system's class under the EU AI Act brings obligations: for a high-risk system, Art. {} where the organisation provides or produces it, Art. {} where it deploys it (customer); Art. {} for transparency obligations; Art. {} for a general-purpose model; Art. {} for a prohibited practice. A control crosswalked to one of these articles is proposed for inclusion for that legal reason, which outweighs a role that does not match. The assessor confirms a suggestion, which then becomes the control's decision with the assessor's name in the history, or rejects it; a rejected suggestion is not proposed again while it reads the same (a change to the systems in scope can bring it back). {here}",
        articles(EuClass::HighRisk, "provider"),
        articles(EuClass::HighRisk, "customer"),
        articles(EuClass::Transparency, "customer"),
        articles(EuClass::GeneralPurpose, "provider"),
        articles(EuClass::Prohibited, "customer"),
    )
}

/// The rules that order the actions free to start, as `roadmap::build` applies them.
fn ordering_rules(evaluation: &[String], annex: &str) -> String {
    let evaluation_rule = match evaluation {
        [] => String::new(),
        sections => {
            let clauses = match sections {
                [one] => format!("clause {one}"),
                [rest @ .., last] => format!("clauses {} and {last}", rest.join(", ")),
                [] => unreachable!(),
            };
            format!(
                " Second, evaluation in time: setting up monitoring, internal audit and management review (the actions of {clauses} that other actions wait for), and everything that set-up needs, comes before other work, so that it runs while implementation goes on and has records to show by the audit; the full internal audit (an action of {clauses} that nothing waits for) comes after every other action of its priority and starts only once every other P1 and P2 action has ended, so that it audits the finished system."
            )
        }
    };
    format!(
        "Actions are ordered so that none comes before an action it depends on (the questionnaire's dependencies between requirements, followed through every step). Among the actions free to start, these rules decide in turn. First, urgency: an action counts as urgent as the most urgent action that waits for it, directly or not, so a P1 never waits behind lower-priority work for a prerequisite that was itself of a lower priority.{evaluation_rule} Then the earlier phase; then the longer chain of work waiting for it, in working days, so that what much depends on, such as the risk treatment and the Statement of Applicability that the {annex} controls wait for, is done early; then the larger gap × weight."
    )
}

/// How ISO 27001 carry-over suggested levels, which answers reused them and the time saved.
fn carry_over(c: &super::CarryOver) -> Part {
    let minutes = crate::iso27001::MINUTES_SAVED_PER_ANSWER;
    let hours = f64::from(c.minutes_saved) / 60.0;
    Part {
        title: "Reused from ISO 27001".into(),
        paragraphs: vec![
            format!(
                "The organisation has {} clauses and Annex A controls of ISO/IEC 27001:2022 in place{}. The questionnaire maps questions to ISO 27001 references; a question with any of them in place was suggested a starting level, never scored until the assessor accepted or changed it: 3 when all its references are in place and the question needs no AI-specific content, 2 when only some are or it does, 1 when both. A question needs AI-specific content when it belongs to an Annex A control or its requirement is about AI itself (the AI policy, AI risk, AI system impact assessment, AI objectives): a working ISMS covers the management-system practice, not the AI subject matter.",
                c.in_place.len(),
                if c.in_place.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", c.in_place.join(", "))
                }
            ),
            format!(
                "{} answer{} reused a suggestion; {} still at the level carried over. Estimated workshop time saved: {} (about {minutes} minutes per answer still at the level carried over, for confirming it against the ISMS evidence instead of exploring it from nothing; an answer changed afterwards saves nothing).",
                c.reused.len(),
                if c.reused.len() == 1 { "" } else { "s" },
                c.kept,
                if c.minutes_saved == 0 {
                    "none".to_string()
                } else {
                    format!(
                        "{} hours ({} minutes)",
                        crate::scoring::one_decimal(Some(hours)),
                        c.minutes_saved
                    )
                }
            ),
        ],
        bullets: c
            .reused
            .iter()
            .map(|r| {
                let now = match r.maturity {
                    Some(m) if m == r.level => "kept".to_string(),
                    Some(m) => format!("now {m}"),
                    None => "no longer scored".to_string(),
                };
                format!(
                    "{} ({} {}): level {} carried over from ISO 27001 {}, {now}",
                    r.question,
                    r.reference,
                    r.requirement_title,
                    r.level,
                    r.from.join(", ")
                )
            })
            .collect(),
    }
}

/// "Anna Novak (CISO) 4 person-days a week, everyone else 2.5".
fn capacities(r: &super::RoadmapView) -> String {
    let own: Vec<String> = r
        .owner_capacity
        .iter()
        .map(|(o, c)| format!("{o} {}", crate::scoring::days(*c)))
        .collect();
    let all = crate::scoring::days(r.capacity);
    if own.is_empty() {
        format!("{all} person-days a week each")
    } else {
        format!("{} person-days a week, everyone else {all}", own.join(", "))
    }
}

/// How far the assessors who scored blind agreed, once their copies came back: nothing when
/// none has.
fn blind_scoring(report: &Report) -> Option<Part> {
    let day = |t: jiff::Timestamp| t.strftime("%Y-%m-%d").to_string();
    let bullets: Vec<String> = report
        .handouts
        .iter()
        .filter_map(|h| {
            let (at, compared, within_one) = (h.returned_at?, h.compared?, h.within_one?);
            let agreement = crate::calibration::Agreement {
                compared,
                within_one,
            };
            let share = agreement
                .percent()
                .map_or(String::new(), |p| format!(" ({p}%)"));
            Some(format!(
                "{} (copy handed out {}, merged back {}): {compared} question{} scored on both sides, {within_one} within one level{share}.",
                h.assessor,
                day(h.handed_at),
                day(at),
                if compared == 1 { "" } else { "s" },
            ))
        })
        .collect();
    if bullets.is_empty() {
        return None;
    }
    Some(Part {
        title: "Blind scoring and agreement".into(),
        paragraphs: vec![format!(
            "Copies of this assessment were handed to other assessors to score independently, holding none of the levels, findings or notes given before. When a copy came back, before anything was reconciled, its levels were compared question by question with the levels of this assessment: agreement is the share of the questions scored on both sides whose levels differ by one at most. Questions {} levels apart or more were listed to be talked over before the levels were reconciled.",
            crate::calibration::TALK_OVER
        )],
        bullets,
    })
}
