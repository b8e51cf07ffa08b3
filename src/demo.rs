//! A realistic sample assessment, so that a new user sees real output at once.
//!
//! Northwind Logistics is a mid-size logistics company part-way to ISO/IEC 42001 readiness:
//! governance is in place, the AI risk and impact work is thin, and nothing has been audited
//! yet. The data is keyed by requirement ref, so it survives changes to question ids.

use anyhow::Result;
use jiff::ToSpan;
use jiff::civil::Date;

use crate::assessment::{Answer, EvidenceBasis, NewAssessment, Response, validate_answer};
use crate::questionnaire::Questionnaire;
use crate::store::Store;

/// How one requirement was found: maturity (None = not yet answered, `NA` = excluded).
struct Finding {
    reference: &'static str,
    level: Level,
    finding: &'static str,
    evidence: &'static [&'static str],
    basis: Option<EvidenceBasis>,
    owner: &'static str,
}

enum Level {
    M(u8),
    NotApplicable(&'static str),
    Open,
}

use EvidenceBasis::{Document, Interview, Observed};
use Level::{M, NotApplicable as NA, Open};

const CISO: &str = "Anna Novak (CISO)";
const DPO: &str = "Lena Fischer (DPO)";
const DATA: &str = "Marc Berger (Head of Data Science)";
const COO: &str = "Sven Jansen (COO)";
const QM: &str = "Rana Kaya (Quality Manager)";
const HR: &str = "Tom Weber (HR Business Partner)";
const BUY: &str = "Eva de Vries (Procurement Lead)";

#[rustfmt::skip]
const FINDINGS: &[Finding] = &[
    Finding { reference: "4.1", level: M(2), finding: "Context analysis exists as the 2024 strategy deck. It names the EU AI Act but not Northwind's role for each AI system (developer of the forecasting model, deployer of the vendor chatbot).", evidence: &["Strategy deck 2024, slides 12-18"], basis: Some(Document), owner: COO },
    Finding { reference: "4.2", level: M(2), finding: "Customers, works council and regulator are listed; drivers and parcel recipients affected by route decisions are not.", evidence: &["Stakeholder list (Confluence page AIMS-3)"], basis: Some(Document), owner: COO },
    Finding { reference: "4.3", level: M(3), finding: "Scope statement approved by the board in March: forecasting, routing and the customer-service assistant, Hamburg and Rotterdam.", evidence: &["AIMS scope statement v1.2", "Board minutes 2026-03-04, item 5"], basis: Some(Document), owner: COO },
    Finding { reference: "4.4", level: M(2), finding: "Process map drafted by Quality; interfaces with the ISO 9001 system not yet drawn.", evidence: &["AIMS process map (draft)"], basis: Some(Document), owner: QM },
    Finding { reference: "5.1", level: M(3), finding: "AI steering committee chaired by the COO meets monthly; budget for the AIMS approved.", evidence: &["Steering committee charter", "Minutes of the last three meetings"], basis: Some(Document), owner: COO },
    Finding { reference: "5.2", level: M(3), finding: "AI policy approved and on the intranet; external availability on request only.", evidence: &["AI policy v1.0 (approved 2026-02-12)", "Intranet publication"], basis: Some(Document), owner: CISO },
    Finding { reference: "5.3", level: M(2), finding: "System owners named for forecasting and routing; nobody owns the chatbot after the project team disbanded.", evidence: &["RACI for AI systems (draft)"], basis: Some(Interview), owner: COO },
    Finding { reference: "6.1.1", level: M(2), finding: "Risks and opportunities discussed in the steering committee; no consolidated record of the actions agreed.", evidence: &["Steering committee minutes"], basis: Some(Document), owner: CISO },
    Finding { reference: "6.1.2", level: M(2), finding: "ISO 27005-based method reused; AI-specific risk sources (drift, bias, automation) not in the criteria yet.", evidence: &["Risk methodology v3 (information security)", "Risk register extract"], basis: Some(Document), owner: CISO },
    Finding { reference: "6.1.3", level: M(1), finding: "No Statement of Applicability against Annex A yet. Treatment decisions sit in ticket comments.", evidence: &[], basis: Some(Interview), owner: CISO },
    Finding { reference: "6.1.4", level: M(1), finding: "A DPIA was done for the chatbot; no impact assessment method covering individuals and society beyond privacy.", evidence: &["DPIA customer-service assistant (2025)"], basis: Some(Document), owner: DPO },
    Finding { reference: "6.2", level: M(2), finding: "Objectives exist for forecast accuracy; none for fairness or transparency, and no owners or dates.", evidence: &["OKR sheet Q3"], basis: Some(Document), owner: COO },
    Finding { reference: "6.3", level: M(2), finding: "Changes to the AIMS are discussed ad hoc.", evidence: &[], basis: Some(Interview), owner: QM },
    Finding { reference: "7.1", level: M(2), finding: "One FTE funded for AIMS coordination; data science capacity shared with product work.", evidence: &["Budget 2026, cost centre 4410"], basis: Some(Document), owner: COO },
    Finding { reference: "7.2", level: M(2), finding: "Data scientists trained; no competence requirements defined for system owners or the steering committee.", evidence: &["Training records (LMS export)"], basis: Some(Document), owner: HR },
    Finding { reference: "7.3", level: M(2), finding: "Policy launch e-mail sent; no awareness check for warehouse and dispatch staff who act on AI outputs.", evidence: &["Launch e-mail 2026-02-15"], basis: Some(Document), owner: HR },
    Finding { reference: "7.4", level: M(2), finding: "No communication plan; external communication about AI handled case by case by marketing.", evidence: &[], basis: Some(Interview), owner: COO },
    Finding { reference: "7.5.1", level: M(3), finding: "Document control from the ISO 9001 system extended to AIMS documents.", evidence: &["Document control procedure QP-02"], basis: Some(Document), owner: QM },
    Finding { reference: "7.5.2", level: M(3), finding: "", evidence: &["Master document list"], basis: Some(Document), owner: QM },
    Finding { reference: "7.5.3", level: M(2), finding: "Model documentation lives in the data science Git repository outside document control.", evidence: &["Git repository listing"], basis: Some(Observed), owner: DATA },
    Finding { reference: "8.1", level: M(2), finding: "MLOps pipeline has release gates; the chatbot vendor's changes are not controlled.", evidence: &["MLOps runbook", "Release checklist"], basis: Some(Observed), owner: DATA },
    Finding { reference: "8.2", level: M(1), finding: "One AI risk assessment, for forecasting, in 2025; not repeated after the model was retrained.", evidence: &["Risk assessment forecasting 2025"], basis: Some(Document), owner: CISO },
    Finding { reference: "8.3", level: M(1), finding: "Treatments agreed in 2025 not tracked to completion.", evidence: &[], basis: Some(Interview), owner: CISO },
    Finding { reference: "8.4", level: M(0), finding: "No AI system impact assessment has been carried out.", evidence: &[], basis: Some(Interview), owner: DPO },
    Finding { reference: "9.1", level: M(2), finding: "Model accuracy dashboards exist; nothing measures the AIMS itself.", evidence: &["Grafana model dashboard"], basis: Some(Observed), owner: QM },
    Finding { reference: "9.2.1", level: M(0), finding: "No internal audit of the AIMS yet; first one planned after the SoA is done.", evidence: &[], basis: Some(Interview), owner: QM },
    Finding { reference: "9.2.2", level: M(0), finding: "", evidence: &[], basis: Some(Interview), owner: QM },
    Finding { reference: "9.3.1", level: M(2), finding: "Steering committee covers some review topics; no formal management review.", evidence: &[], basis: Some(Interview), owner: COO },
    Finding { reference: "9.3.2", level: Open, finding: "", evidence: &[], basis: None, owner: "" },
    Finding { reference: "9.3.3", level: M(0), finding: "", evidence: &[], basis: Some(Interview), owner: COO },
    Finding { reference: "10.1", level: M(2), finding: "", evidence: &[], basis: Some(Interview), owner: QM },
    Finding { reference: "10.2", level: M(2), finding: "ISO 9001 CAPA process in use; AI incidents not yet routed into it.", evidence: &["CAPA procedure QP-08", "CAPA log"], basis: Some(Document), owner: QM },
    Finding { reference: "A.2.2", level: M(3), finding: "", evidence: &["AI policy v1.0"], basis: Some(Document), owner: CISO },
    Finding { reference: "A.2.3", level: M(2), finding: "Alignment with the privacy and security policies checked; procurement policy not yet.", evidence: &["Policy alignment memo"], basis: Some(Document), owner: CISO },
    Finding { reference: "A.2.4", level: M(2), finding: "Review cycle not defined.", evidence: &[], basis: Some(Interview), owner: CISO },
    Finding { reference: "A.3.2", level: M(2), finding: "", evidence: &["RACI for AI systems (draft)"], basis: Some(Document), owner: COO },
    Finding { reference: "A.3.3", level: M(3), finding: "The whistle-blowing channel accepts AI concerns; two cases in 2026, both closed.", evidence: &["Whistle-blowing policy", "Case log 2026"], basis: Some(Observed), owner: COO },
    Finding { reference: "A.4.2", level: M(2), finding: "", evidence: &["Model cards for forecasting and routing"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.4.3", level: M(2), finding: "", evidence: &["Data catalogue entries"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.4.4", level: M(3), finding: "", evidence: &["Tooling inventory"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.4.5", level: M(3), finding: "", evidence: &["Cloud resource inventory"], basis: Some(Observed), owner: DATA },
    Finding { reference: "A.4.6", level: M(2), finding: "", evidence: &["Skills matrix, data science team"], basis: Some(Document), owner: HR },
    Finding { reference: "A.5.2", level: M(1), finding: "", evidence: &[], basis: Some(Interview), owner: DPO },
    Finding { reference: "A.5.3", level: M(1), finding: "", evidence: &[], basis: Some(Interview), owner: DPO },
    Finding { reference: "A.5.4", level: M(1), finding: "Route optimisation affects drivers' shifts; never assessed.", evidence: &[], basis: Some(Interview), owner: DPO },
    Finding { reference: "A.5.5", level: M(0), finding: "", evidence: &[], basis: Some(Interview), owner: DPO },
    Finding { reference: "A.6.1.2", level: M(2), finding: "", evidence: &["Data science principles page"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.6.1.3", level: M(2), finding: "", evidence: &["MLOps runbook"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.6.2.2", level: M(2), finding: "", evidence: &["Requirements for forecasting v2"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.6.2.3", level: M(2), finding: "", evidence: &["Design notes in Git"], basis: Some(Observed), owner: DATA },
    Finding { reference: "A.6.2.4", level: M(3), finding: "Back-testing with acceptance thresholds before each release; reports kept.", evidence: &["Back-test report 2026-05", "Release checklist"], basis: Some(Observed), owner: DATA },
    Finding { reference: "A.6.2.5", level: M(3), finding: "", evidence: &["Deployment approvals in the change system"], basis: Some(Observed), owner: DATA },
    Finding { reference: "A.6.2.6", level: M(2), finding: "Drift monitored for forecasting only.", evidence: &["Grafana model dashboard"], basis: Some(Observed), owner: DATA },
    Finding { reference: "A.6.2.7", level: M(1), finding: "", evidence: &[], basis: Some(Interview), owner: DATA },
    Finding { reference: "A.6.2.8", level: M(3), finding: "", evidence: &["Logging configuration"], basis: Some(Observed), owner: CISO },
    Finding { reference: "A.7.2", level: M(2), finding: "", evidence: &["Data management procedure (draft)"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.7.3", level: NA("All data used to develop Northwind's models comes from its own operations; no data is bought, licensed or collected from third parties. Revisit if external data is introduced."), finding: "", evidence: &["Data catalogue: source field"], basis: Some(Document), owner: "" },
    Finding { reference: "A.7.4", level: M(2), finding: "", evidence: &["Data quality checks in the pipeline"], basis: Some(Observed), owner: DATA },
    Finding { reference: "A.7.5", level: M(1), finding: "", evidence: &[], basis: Some(Interview), owner: DATA },
    Finding { reference: "A.7.6", level: M(2), finding: "", evidence: &["Feature engineering notebooks"], basis: Some(Observed), owner: DATA },
    Finding { reference: "A.8.2", level: M(1), finding: "The chat window calls itself a \"virtual assistant\" but never says it is an AI system or what it cannot do; no user-facing description of the forecasting model for the planners.", evidence: &["Screenshot of the chat widget"], basis: Some(Observed), owner: COO },
    Finding { reference: "A.8.3", level: M(2), finding: "", evidence: &[], basis: Some(Interview), owner: COO },
    Finding { reference: "A.8.4", level: M(2), finding: "", evidence: &["Incident response plan (security)"], basis: Some(Document), owner: CISO },
    Finding { reference: "A.8.5", level: M(1), finding: "", evidence: &[], basis: Some(Interview), owner: DPO },
    Finding { reference: "A.9.2", level: M(2), finding: "", evidence: &["Dispatcher work instruction"], basis: Some(Document), owner: COO },
    Finding { reference: "A.9.3", level: Open, finding: "", evidence: &[], basis: None, owner: "" },
    Finding { reference: "A.9.4", level: M(2), finding: "", evidence: &["Model cards: intended use"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.10.2", level: M(1), finding: "Chatbot contract silent on who monitors answer quality.", evidence: &["Vendor contract (customer-service assistant)"], basis: Some(Document), owner: BUY },
    Finding { reference: "A.10.3", level: M(2), finding: "", evidence: &["Supplier questionnaire"], basis: Some(Document), owner: BUY },
    Finding { reference: "A.10.4", level: NA("Northwind does not supply AI systems or AI-based services to customers; the customer-service assistant is operated by Northwind for its own customer contact."), finding: "", evidence: &[], basis: Some(Interview), owner: "" },
];

/// Creates the demo assessment dated `today` and returns its id: all of it, in one
/// transaction, or nothing.
pub fn create(store: &mut Store, questionnaire: &Questionnaire, today: Date) -> Result<i64> {
    let new = NewAssessment {
        organisation: "Northwind Logistics GmbH".into(),
        scope: "AI systems for demand forecasting, route optimisation and the customer-service \
                assistant; Hamburg head office and Rotterdam hub"
            .into(),
        assessor: "Jo Okafor (lead implementer)".into(),
        roadmap_start: today.checked_add(7.days())?,
        // The funded coordinator plus the share of the data, legal and IT teams.
        capacity: 10.0,
        ..NewAssessment::new("", today)
    };
    new.validate(questionnaire)?;
    let mut answers = Vec::new();
    for (_, requirement) in questionnaire.requirements() {
        let Some(f) = FINDINGS
            .iter()
            .find(|f| f.reference == requirement.reference)
        else {
            continue;
        };
        for (i, question) in requirement.questions.iter().enumerate() {
            let response = match f.level {
                Open => continue,
                // Where a practice is only partly in place, its second angle is weaker still.
                M(level) if level < 3 && i % 2 == 1 => Response::Maturity {
                    level: level.saturating_sub(1),
                },
                M(level) => Response::Maturity { level },
                NA(why) => Response::NotApplicable {
                    justification: why.into(),
                },
            };
            // Blockers are due sooner than the rest; what conforms needs no owner.
            let due_in = match response.maturity() {
                Some(m) if m <= 1 => Some(60),
                Some(m) if m < new.target => Some(120),
                _ => None,
            };
            let private = PRIVATE_NOTES
                .iter()
                .find(|(reference, _)| *reference == f.reference);
            let finding = match response.maturity() {
                _ if i == 0 && !f.finding.is_empty() => f.finding.into(),
                Some(m) if m < new.target => observed(m, f.evidence),
                _ => String::new(),
            };
            let (management_response, recommendation) = match RESPONSES
                .iter()
                .find(|(reference, ..)| *reference == f.reference)
            {
                Some((_, response, recommendation)) if i == 0 && due_in.is_some() => {
                    (response.to_string(), recommendation.to_string())
                }
                _ => (String::new(), String::new()),
            };
            let answer = Answer {
                response,
                finding,
                recommendation,
                management_response,
                notes: match private {
                    Some((_, note)) if i == 0 => note.to_string(),
                    _ => String::new(),
                },
                evidence: f.evidence.iter().map(|e| e.to_string()).collect(),
                basis: f.basis,
                said_by: Vec::new(),
                owner: if due_in.is_some() {
                    f.owner.into()
                } else {
                    String::new()
                },
                due: due_in.map(|d| today.checked_add(d.days())).transpose()?,
            };
            validate_answer(questionnaire, &question.id, &answer)?;
            answers.push((question.id.clone(), answer));
        }
    }
    Ok(store.create_filled_assessment(&new, questionnaire, &answers, INCLUSIONS)?)
}

/// What was observed where the requirement's own finding does not say: from the level found
/// and the evidence seen.
fn observed(level: u8, evidence: &[&str]) -> String {
    let practice = match level {
        0 => "Nothing is in place for this yet.",
        1 => "Done ad hoc and dependent on individuals; nothing is written down.",
        _ => "A practice exists but is not documented or not applied consistently.",
    };
    match evidence {
        [] => format!("{practice} No evidence was seen."),
        seen => format!("{practice} Evidence seen: {}.", seen.join("; ")),
    }
}

/// The assessor's private working notes on a few requirements: never in a client report.
const PRIVATE_NOTES: &[(&str, &str)] = &[
    (
        "5.3",
        "Customer Service and the COO both claim the chatbot; raise ownership one-to-one, not in the steering committee.",
    ),
    (
        "8.4",
        "DPO defensive about the DPIA; ask for the template before the next session.",
    ),
];

/// The client's management responses to a few actions of the draft, with the assessor's own
/// recommendation where the questionnaire's did not fit (empty: the questionnaire's).
const RESPONSES: &[(&str, &str, &str)] = &[
    (
        "4.1",
        "Agreed. The COO adds each AI system's role to the context analysis at the Q2 strategy review.",
        "",
    ),
    (
        "6.1.2",
        "Agreed, with the forecasting model first; the chatbot follows once the vendor's assessment arrives.",
        "Extend the enterprise risk method to AI risks (likelihood, impact, owner) and assess the forecasting model and the chatbot first.",
    ),
    (
        "A.5.2",
        "Partly agreed: impact assessments for new systems from Q3; the existing chatbot is reassessed at renewal.",
        "",
    ),
];

/// Controls included for a reason other than risk treatment.
const INCLUSIONS: &[(&str, &str)] = &[
    (
        "A.8.2",
        "Legal requirement: customers must be told they are talking to an AI system (EU AI Act Art. 50), and risk treatment",
    ),
    (
        "A.10.3",
        "Contractual requirement: the route-optimisation vendor contract and the retail customers' data-processing terms",
    ),
];
