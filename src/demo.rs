//! A realistic sample assessment, so that a new user sees real output at once.
//!
//! Northwind Logistics is a mid-size logistics company part-way to ISO/IEC 42001 readiness:
//! governance is in place, the AI risk and impact work is thin, and nothing has been audited
//! yet. The data is keyed by requirement ref, so it survives changes to question ids.
//!
//! It is what a finished engagement looks like: a finding of its own for every answered
//! question, who said it, the documents reviewed (cited by the evidence), the assessor's
//! narrative, management responses on some actions, and due dates the roadmap can meet.

use anyhow::Result;
use jiff::ToSpan;
use jiff::civil::Date;

use std::collections::BTreeMap;

use crate::assessment::{Answer, EvidenceBasis, NewAssessment, Response, validate_answer};
use crate::engagement::{Attendee, DocumentControl, Engagement, ReviewedDocument, Signature};
use crate::i18n::Lang;
use crate::questionnaire::Questionnaire;
use crate::soa::{Inclusion, ReasonKind, RiskLevel};
use crate::store::Store;
use crate::systems::{AiSystem, EuClass};
use crate::{roadmap, scoring};

mod de;

/// How one requirement was found: maturity (None = not yet answered, `NA` = excluded), and
/// what was observed for each of its questions, in order.
struct Finding {
    reference: &'static str,
    level: Level,
    findings: &'static [&'static str],
    evidence: &'static [&'static str],
    basis: Option<EvidenceBasis>,
    owner: &'static str,
}

enum Level {
    M(u8),
    NotApplicable(&'static str),
    Open,
}

/// What the assessor wrote about one requirement in another language than English: the
/// findings and evidence of the English [`Finding`] with the same reference, in its order.
struct Told {
    reference: &'static str,
    findings: &'static [&'static str],
    evidence: &'static [&'static str],
}

/// The texts the assessor typed, in the demo's language: German, or English (also for the
/// pseudo-locale, where what was typed stays as typed). The structure (references, levels,
/// dates, owners) is the English tables'; the German ones are keyed the same way.
#[derive(Clone, Copy)]
struct Typed {
    german: bool,
}

impl Typed {
    fn of(lang: Lang) -> Typed {
        Typed {
            german: lang == Lang::De,
        }
    }

    /// A finding's observations and evidence.
    fn told(self, f: &Finding) -> (&'static [&'static str], &'static [&'static str]) {
        match de::FINDINGS.iter().find(|t| t.reference == f.reference) {
            Some(t) if self.german => (t.findings, t.evidence),
            _ => (f.findings, f.evidence),
        }
    }

    /// Why a requirement does not apply.
    fn justification(self, reference: &str, english: &'static str) -> &'static str {
        match de::NOT_APPLICABLE.iter().find(|(r, _)| *r == reference) {
            Some((_, why)) if self.german => why,
            _ => english,
        }
    }

    /// An owner's label ("Marc Berger (Leiter Data Science)").
    fn owner(self, english: &'static str) -> &'static str {
        match de::OWNERS.iter().find(|(en, _)| *en == english) {
            Some((_, label)) if self.german => label,
            _ => english,
        }
    }

    /// A table keyed by requirement reference, in this language.
    fn table<T>(self, english: &'static [T], german: &'static [T]) -> &'static [T] {
        if self.german { german } else { english }
    }

    /// A text in this language, given the English one and the German one (if any).
    fn pick(self, english: &'static str, german: Option<&'static str>) -> &'static str {
        match german {
            Some(text) if self.german => text,
            _ => english,
        }
    }
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

/// Whom the report goes to.
const DISTRIBUTION: &[&str] = &[
    "Sven Jansen (COO)",
    "Anna Novak (CISO)",
    "AI steering committee",
];

/// The people interviewed (A1, A2 … in this order) and their roles.
const ATTENDEES: &[(&str, &str)] = &[
    ("Sven Jansen", "COO, chair of the AI steering committee"),
    ("Anna Novak", "CISO"),
    ("Lena Fischer", "Data Protection Officer"),
    ("Marc Berger", "Head of Data Science"),
    ("Rana Kaya", "Quality Manager, AIMS coordinator"),
    ("Tom Weber", "HR Business Partner"),
    ("Eva de Vries", "Procurement Lead"),
    ("Pieter Smit", "Dispatch Team Lead, Rotterdam hub"),
];

/// Who else spoke to a requirement, besides the owner of one answered from interviews
/// (attendee numbers).
const ALSO_SAID: &[(&str, &[u32])] = &[
    ("5.3", &[2]),
    ("7.2", &[6]),
    ("7.3", &[6, 8]),
    ("A.10.3", &[7]),
    ("6.3", &[1]),
    ("8.4", &[4]),
    ("10.1", &[1]),
    ("A.5.4", &[8]),
    ("A.8.3", &[8]),
    ("A.10.4", &[1]),
];

/// A document reviewed: title, version, date (year, month, day).
type Reviewed = (&'static str, &'static str, Option<(i16, i8, i8)>);

/// The documents reviewed. Evidence entries cite them by title.
const DOCUMENTS: &[Reviewed] = &[
    ("Strategy deck 2024", "final", Some((2024, 11, 20))),
    (
        "Stakeholder list",
        "Confluence page AIMS-3",
        Some((2026, 1, 14)),
    ),
    ("AIMS scope statement", "1.2", Some((2026, 3, 4))),
    ("AIMS process map", "0.3 draft", Some((2026, 6, 2))),
    ("Steering committee charter", "1.0", Some((2025, 10, 1))),
    (
        "Steering committee minutes",
        "January to October 2026",
        None,
    ),
    ("AI policy", "1.0", Some((2026, 2, 12))),
    ("RACI for AI systems", "0.2 draft", Some((2026, 5, 18))),
    (
        "Risk methodology",
        "3 (information security)",
        Some((2024, 9, 30)),
    ),
    ("DPIA customer-service assistant", "1.1", Some((2025, 7, 8))),
    ("Document control procedure QP-02", "4", Some((2023, 4, 1))),
    ("MLOps runbook", "2.3", Some((2026, 4, 22))),
    (
        "Model cards",
        "forecasting 3.0, routing 1.4",
        Some((2026, 5, 6)),
    ),
    (
        "Data management procedure",
        "0.4 draft",
        Some((2026, 8, 19)),
    ),
    (
        "Vendor contract",
        "customer-service assistant, 2025",
        Some((2025, 3, 1)),
    ),
    ("Back-test report 2026-05", "", Some((2026, 5, 27))),
];

#[rustfmt::skip]
const FINDINGS: &[Finding] = &[
    Finding { reference: "4.1", level: M(2), findings: &[
        "Context analysis exists as the 2024 strategy deck. It names the EU AI Act but not Northwind's role for each AI system (developer of the forecasting model, deployer of the vendor chatbot).",
        "Nobody has written down Northwind's role per system. The COO placed routing with the in-house models; the Head of Data Science counted it as a supplier's product.",
        "The forecasting model's purpose is set out in its model card; routing and the chatbot have a one-line project charter each. None of the three purposes fed the context analysis or the scope, and no use was screened against the high-risk categories.",
    ], evidence: &["Strategy deck 2024, slides 12-18"], basis: Some(Document), owner: COO },
    Finding { reference: "4.2", level: M(2), findings: &[
        "Customers, works council and regulator are listed; drivers and parcel recipients affected by route decisions are not.",
        "Customer AI questionnaires go to whoever the account manager knows in IT. The two received in 2026 were answered by different people, differently, and nothing came back to the AIMS.",
    ], evidence: &["Stakeholder list (Confluence page AIMS-3)"], basis: Some(Document), owner: COO },
    Finding { reference: "4.3", level: M(3), findings: &[
        "Scope statement approved by the board in March: forecasting, routing and the customer-service assistant, Hamburg and Rotterdam.",
        "New AI services are caught at purchase: the procurement workflow asks whether a tool uses AI and sends a yes to the steering committee, which rules on scope. Marketing's writing tool went this way in May.",
    ], evidence: &["AIMS scope statement v1.2", "Board minutes 2026-03-04, item 5"], basis: Some(Document), owner: COO },
    Finding { reference: "4.4", level: M(2), findings: &[
        "Process map drafted by Quality; interfaces with the ISO 9001 system not yet drawn.",
        "The AIMS is meant to reuse ISO 9001 document control and CAPA and the security team's risk method, but this is written nowhere; Quality and the CISO each assumed the other owns the interfaces.",
    ], evidence: &["AIMS process map (draft)"], basis: Some(Document), owner: QM },
    Finding { reference: "5.1", level: M(3), findings: &[
        "AI steering committee chaired by the COO meets monthly; budget for the AIMS approved.",
        "The investment template has carried an AI question since January; the Rotterdam yard-planning case shows it answered and reviewed by the steering committee before approval.",
    ], evidence: &["Steering committee charter", "Steering committee minutes, last three meetings"], basis: Some(Document), owner: COO },
    Finding { reference: "5.2", level: M(3), findings: &[
        "The AI policy, approved by the board, commits to a named owner for every AI system, human review of route changes that affect drivers' hours and no customer data in public AI tools; it frames the forecast-accuracy objective.",
        "Each version goes to all staff and the labelling contractor as an intranet notice with a read receipt (96 % read within two weeks); customers get the full text through their account manager, as two did in 2026.",
        "The policy is at version 1.0 on the master document list, with approver and date; its first review is set for Q1, to be brought forward by new AI regulation, a new AI role or a serious AI incident, and a new version would go out by the same notice.",
    ], evidence: &["AI policy v1.0 (approved 2026-02-12)", "Intranet publication"], basis: Some(Document), owner: CISO },
    Finding { reference: "5.3", level: M(2), findings: &[
        "System owners named for forecasting and routing; nobody owns the chatbot after the project team disbanded.",
        "AIMS performance reaches the board only as a line in the COO's quarterly operations report; the last two said \"on track\" without saying against what.",
    ], evidence: &["RACI for AI systems (draft)"], basis: Some(Interview), owner: COO },
    Finding { reference: "6.1.1", level: M(2), findings: &[
        "Risks and opportunities discussed in the steering committee; no consolidated record of the actions agreed.",
        "No risk appetite for AI has been set. Teams judge acceptability themselves: the chatbot went live with two open high privacy risks that nobody was asked to accept.",
    ], evidence: &["Steering committee minutes"], basis: Some(Document), owner: CISO },
    Finding { reference: "6.1.2", level: M(2), findings: &[
        "Information security risk method reused; AI-specific risk sources (drift, bias, automation) not in the criteria yet.",
        "The forecasting model, rated the riskiest system, has one assessment from 2025, made by the CISO alone; its four risks have no owner outside the security team.",
        "Rating scales are written down and every workshop is run by the security team, which keeps ratings close; the data science team has never rated a system on its own.",
        "The chatbot DPIA found customers could be misled about refund terms; that never reached the risk register, which lists the chatbot for availability only.",
    ], evidence: &["Risk methodology v3 (information security)", "Risk register extract"], basis: Some(Document), owner: CISO },
    Finding { reference: "6.1.3", level: M(2), findings: &[
        "The 2026 risk workshop left a draft treatment plan: six AI risks, each with a chosen treatment and an owner; it is not approved, and other treatment decisions still sit in ticket comments.",
        "There is no Statement of Applicability; the draft in this report is the first account of the Annex A controls Northwind has.",
        "Two controls were called not relevant in the interviews (third-party data, supplying AI to customers); the reasoning, and what would reopen it, is written nowhere.",
        "No risk treatment plan exists and no remaining risk has been signed off; treatment tasks are tickets without due dates.",
    ], evidence: &[], basis: Some(Interview), owner: CISO },
    Finding { reference: "6.1.4", level: M(1), findings: &[
        "A DPIA was done for the chatbot; no impact assessment method covering individuals and society beyond privacy.",
        "No assessment covers people beyond data protection. Route optimisation shapes drivers' shifts and breaks and has never been assessed for its effect on them.",
        "The DPIA sits on the privacy team's site with a five-year retention; the risk team did not know of it until this assessment.",
    ], evidence: &["DPIA customer-service assistant (2025)"], basis: Some(Document), owner: DPO },
    Finding { reference: "6.2", level: M(2), findings: &[
        "Objectives exist for forecast accuracy; none for fairness or transparency, and no owners or dates.",
        "The accuracy objective has a target (error under 8 %) but no plan, budget or accountable owner; the data science team tracks it on its own initiative.",
        "The objectives sit on the OKR sheet and are revisited at each quarterly OKR round, but nothing says what would force an earlier change, and they never reach dispatch or customer service.",
    ], evidence: &["OKR sheet Q3"], basis: Some(Document), owner: COO },
    Finding { reference: "6.3", level: M(2), findings: &[
        "Changes to the AIMS are agreed in the steering committee as they arise; handing the chatbot from the project team to Customer Service took one meeting and no plan.",
        "Continuity rests on the AIMS coordinator and one senior data scientist; no deputies are named for risk ownership or monitoring if either leaves.",
    ], evidence: &[], basis: Some(Interview), owner: QM },
    Finding { reference: "7.1", level: M(2), findings: &[
        "One FTE funded for AIMS coordination; data science capacity shared with product work.",
        "The forecasting retraining slipped six weeks in spring when the data scientists were moved onto a customer bid; it was noticed only when accuracy dropped.",
    ], evidence: &["Budget 2026, cost centre 4410"], basis: Some(Document), owner: COO },
    Finding { reference: "7.2", level: M(2), findings: &[
        "Data scientists trained; no competence requirements defined for system owners or the steering committee.",
        "Contract data scientists sign the standard NDA and get repository access on day one; nobody checks their experience against the work or briefs them on the AI policy.",
    ], evidence: &["Training records (LMS export)"], basis: Some(Document), owner: HR },
    Finding { reference: "7.3", level: M(2), findings: &[
        "Three dispatchers and a data scientist asked at random each named the policy's two main asks (a named owner for every AI system, no customer data in public AI tools), but none could say what follows a breach; the launch e-mail is the only awareness measure, and warehouse staff acting on AI outputs were never checked.",
    ], evidence: &["Launch e-mail 2026-02-15"], basis: Some(Document), owner: HR },
    Finding { reference: "7.4", level: M(2), findings: &[
        "No communication plan; external communication about AI handled case by case by marketing.",
        "When a retail customer asked in August whether its parcel data trains Northwind's models, the answer took three weeks and went out without the DPO seeing it.",
    ], evidence: &[], basis: Some(Interview), owner: COO },
    Finding { reference: "7.5.1", level: M(3), findings: &[
        "Document control from the ISO 9001 system extended to AIMS documents.",
    ], evidence: &["Document control procedure QP-02"], basis: Some(Document), owner: QM },
    Finding { reference: "7.5.2", level: M(3), findings: &[
        "AIMS documents follow QP-02: the last change to the risk method was drafted by the CISO, reviewed by Quality and approved by the steering committee, version and date on the master list.",
    ], evidence: &["Master document list"], basis: Some(Document), owner: QM },
    Finding { reference: "7.5.3", level: M(2), findings: &[
        "Model documentation lives in the data science Git repository outside document control.",
        "No retention is set for model records. Training logs go after the platform's default 90 days, so the test evidence for the 2025 forecasting release is already gone.",
    ], evidence: &["Git repository listing"], basis: Some(Observed), owner: DATA },
    Finding { reference: "8.1", level: M(2), findings: &[
        "MLOps pipeline has release gates; the chatbot vendor's changes are not controlled.",
        "Labelling is outsourced to a firm in Kraków and the chatbot runs on the vendor's platform; neither appears in the operating procedures or is checked beyond the contract.",
    ], evidence: &["MLOps runbook", "Release checklist"], basis: Some(Observed), owner: DATA },
    Finding { reference: "8.2", level: M(1), findings: &[
        "One AI risk assessment, for forecasting, in 2025; not repeated after the model was retrained.",
        "Nothing triggers a reassessment: the forecasting model was retrained on new depot data in March and the chatbot vendor swapped its model in June, with no risk review for either.",
        "Monitoring results and the 2026 chatbot complaints were not looked at when the forecasting assessment was last touched; live experience does not feed reassessment.",
    ], evidence: &["Risk assessment forecasting 2025"], basis: Some(Document), owner: CISO },
    Finding { reference: "8.3", level: M(1), findings: &[
        "Of the five treatments agreed for the forecasting model in 2025, two are done, one was dropped without a decision and two have no status; nobody tracks them.",
        "No treatment has been checked for effect; no one could name a control shown to lower a risk rating.",
        "New risks are minuted in the steering committee, but nobody decides whether to treat or accept them and no accepted risk is recorded.",
    ], evidence: &[], basis: Some(Interview), owner: CISO },
    Finding { reference: "8.4", level: M(0), findings: &[
        "No AI system impact assessment has been carried out for any of the three systems in scope; the chatbot DPIA covers personal data only.",
        "Without impact assessments, no one outside the project teams (drivers, the works council, parcel recipients) has been asked how the systems affect them.",
        "No decision has yet been changed by an impact assessment: the cap on route length came from a works council complaint, not an assessment.",
    ], evidence: &[], basis: Some(Interview), owner: DPO },
    Finding { reference: "9.1", level: M(2), findings: &[
        "Model accuracy dashboards exist; nothing measures the AIMS itself.",
        "The dashboard showed forecast error above threshold for the Rotterdam hub for five weeks in the summer; no analysis was written and the cause was found by chance.",
    ], evidence: &["Grafana model dashboard"], basis: Some(Observed), owner: QM },
    Finding { reference: "9.2.1", level: M(0), findings: &[
        "No internal audit of the AIMS yet; first one planned after the SoA is done.",
    ], evidence: &[], basis: Some(Interview), owner: QM },
    Finding { reference: "9.2.2", level: M(0), findings: &[
        "No audit programme covers the AIMS: next year's ISO 9001 programme has no slot for AI processes or the data science team.",
        "With no AIMS audit held there are no findings to follow up, and the ISO 9001 audit reports do not reach the AIMS coordinator.",
    ], evidence: &[], basis: Some(Interview), owner: QM },
    Finding { reference: "9.3.1", level: M(2), findings: &[
        "Steering committee covers some review topics; no formal management review.",
    ], evidence: &[], basis: Some(Interview), owner: COO },
    Finding { reference: "9.3.2", level: Open, findings: &[], evidence: &[], basis: None, owner: "" },
    Finding { reference: "9.3.3", level: M(0), findings: &[
        "No management review has been held, so no decision about the AIMS has come out of one.",
        "Asked what the last review concluded, the COO pointed to the steering committee; the chief executive has had no report on whether the AIMS is fit for purpose.",
    ], evidence: &[], basis: Some(Interview), owner: COO },
    Finding { reference: "10.1", level: M(2), findings: &[
        "Two things work better than a year ago: named owners for forecasting and routing, and release gates in the pipeline. Both followed incidents; neither was planned or measured.",
    ], evidence: &[], basis: Some(Interview), owner: QM },
    Finding { reference: "10.2", level: M(2), findings: &[
        "ISO 9001 CAPA process in use; AI incidents not yet routed into it.",
        "AI nonconformities are not recognised as such: a fairness test skipped on the April routing release was fixed quietly by the developer and never logged.",
    ], evidence: &["CAPA procedure QP-08", "CAPA log"], basis: Some(Document), owner: QM },
    Finding { reference: "A.2.2", level: M(3), findings: &[
        "The AI policy is backed by two topic rules, on generative AI tools and on buying AI services, both approved by the steering committee and linked from the policy.",
        "The yard-planning project's approval file shows which policy clauses applied, the owner named and the checklist completed before go-live.",
    ], evidence: &["AI policy v1.0"], basis: Some(Document), owner: CISO },
    Finding { reference: "A.2.3", level: M(2), findings: &[
        "Alignment with the privacy and security policies checked; procurement policy not yet.",
    ], evidence: &["Policy alignment memo"], basis: Some(Document), owner: CISO },
    Finding { reference: "A.2.4", level: M(2), findings: &[
        "The CISO owns the policy and its review date is set, but nothing defines what goes into a review (incidents, exceptions, audit results, regulatory change), so the Q1 review has no input pack yet.",
    ], evidence: &[], basis: Some(Interview), owner: CISO },
    Finding { reference: "A.3.2", level: M(2), findings: &[
        "The draft RACI adds AI roles (oversight of routing output, data quality, impact assessment); only the data quality role has a named person.",
        "Release disputes go to whoever is more senior: the April routing release went live over a data scientist's objection, with no record of who decided.",
    ], evidence: &["RACI for AI systems (draft)"], basis: Some(Document), owner: COO },
    Finding { reference: "A.3.3", level: M(3), findings: &[
        "The whistle-blowing channel accepts AI concerns; two cases in 2026, both closed.",
        "Both 2026 cases are logged with investigator, dates and outcome: a route pattern that kept newer drivers on longer shifts (fixed within a month), and one found unfounded.",
    ], evidence: &["Whistle-blowing policy", "Case log 2026"], basis: Some(Observed), owner: COO },
    Finding { reference: "A.4.2", level: M(2), findings: &[
        "The forecasting and routing model cards list data sets, libraries and cloud services; the chatbot has no resource record, and hardware and people are listed nowhere.",
        "Model cards are written at release and then left: the forecasting card still names the 2025 library versions.",
    ], evidence: &["Model cards for forecasting and routing"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.4.3", level: M(2), findings: &[
        "Training and test sets for forecasting are in the data catalogue with source and owner; live inputs and the routing data sets are not described.",
        "Refreshes and deletions are not recorded: the shipment history was trimmed after deletion requests in May and its entry still shows the old row count.",
    ], evidence: &["Data catalogue entries"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.4.4", level: M(3), findings: &[
        "The tooling inventory lists frameworks, the MLOps platform, the labelling tool and the evaluation library with versions, and is checked at every release.",
    ], evidence: &["Tooling inventory"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.4.5", level: M(3), findings: &[
        "Training and inference run in two cloud accounts in the Frankfurt region; the inventory matched what we saw in the console, and capacity is reviewed quarterly.",
    ], evidence: &["Cloud resource inventory"], basis: Some(Observed), owner: DATA },
    Finding { reference: "A.4.6", level: M(2), findings: &[
        "A skills matrix covers the data science team; routing and the chatbot each depend on one person, and what a successor would need is written nowhere.",
    ], evidence: &["Skills matrix, data science team"], basis: Some(Document), owner: HR },
    Finding { reference: "A.5.2", level: M(1), findings: &[
        "A product team meets the DPO only when personal data is involved; nothing requires an impact assessment before an AI feature goes live.",
        "There is no rule for how deep an assessment must go: so far it has been a full DPIA or nothing.",
    ], evidence: &[], basis: Some(Interview), owner: DPO },
    Finding { reference: "A.5.3", level: M(1), findings: &[
        "The chatbot DPIA is the only assessment on file; signed by the DPO for the 2025 version, with nothing tying it to the version now live.",
        "There is no impact assessment template; the DPIA form has no place for intended use, foreseeable misuse or the effects of failure.",
    ], evidence: &[], basis: Some(Interview), owner: DPO },
    Finding { reference: "A.5.4", level: M(1), findings: &[
        "Route optimisation affects drivers' shifts and breaks, including newer and non-native-speaking drivers; its effect on them has never been assessed.",
        "A driver or customer affected by an AI output cannot find out about it or contest it, other than through the general complaints line.",
    ], evidence: &[], basis: Some(Interview), owner: DPO },
    Finding { reference: "A.5.5", level: M(0), findings: &[
        "Wider effects at scale (drivers' working conditions, traffic near the hubs, emissions) have not been considered for any system.",
        "No one outside the delivery teams challenges their view of wider effects; the works council hears of AI systems only after launch.",
    ], evidence: &[], basis: Some(Interview), owner: DPO },
    Finding { reference: "A.6.1.2", level: M(2), findings: &[
        "The data science principles name fairness, robustness and explainability; only robustness has a measure in the release checklist.",
        "When the April routing release ran late, the fairness check was dropped to hold the date; the call was made in a stand-up and recorded nowhere.",
    ], evidence: &["Data science principles page"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.6.1.3", level: M(2), findings: &[
        "The runbook defines stages from idea to production with a gate at each; the yard-planning feature followed it, gate records in the MLOps platform.",
        "Human oversight comes up only at the end, when operations staff are trained; it is no design step, and no one works out how people will question the output.",
        "Two systems were built outside the process: an analyst's demand script that now feeds the Rotterdam plan, and the chatbot, brought in as a vendor project.",
    ], evidence: &["MLOps runbook"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.6.2.2", level: M(2), findings: &[
        "The forecasting specification sets accuracy and latency targets; it is silent on which errors cost more (under-stocking a hub) and on users and conditions of use.",
        "Specification requirements come from the business request; none traces back to the risk assessment, a legal obligation or an impact assessment.",
        "Forecasting has a change request log and its specification gained the holiday peak; the routing specification has not changed since go-live.",
    ], evidence: &["Requirements for forecasting v2"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.6.2.3", level: M(2), findings: &[
        "Forecasting design choices are noted in the Git repository (model family, features dropped and why); routing's live in the heads of its two engineers.",
        "The live forecasting model cannot be rebuilt from the record: the training data snapshot and seeds were not kept with the release tag.",
    ], evidence: &["Design notes in Git"], basis: Some(Observed), owner: DATA },
    Finding { reference: "A.6.2.4", level: M(3), findings: &[
        "Back-testing with acceptance thresholds before each release; reports kept.",
        "Beyond accuracy, back-tests check each hub and customer segment separately and replay the 2025 strike weeks as a stress case; the results are in the report.",
        "Only the Head of Data Science may release a model that missed a criterion, with a written reason (once in 2026, in the release checklist); live systems are re-tested quarterly.",
    ], evidence: &["Back-test report 2026-05", "Release checklist"], basis: Some(Observed), owner: DATA },
    Finding { reference: "A.6.2.5", level: M(3), findings: &[
        "Each release has a deployment plan and an approval in the change system; the May release shows production checks signed off before traffic was switched.",
        "Rolling back to the previous model is one command, rehearsed in September; the plan names who decides and the fallback to the rule-based forecast.",
    ], evidence: &["Deployment approvals in the change system"], basis: Some(Observed), owner: DATA },
    Finding { reference: "A.6.2.6", level: M(2), findings: &[
        "Forecasting is monitored for accuracy and input drift with alert thresholds; routing and the chatbot are watched for uptime only.",
        "The last drift alert, in July, was acknowledged by the on-call engineer and closed without analysis; no one can say what it meant.",
        "Model changes go through the release pipeline; prompt changes to the chatbot and the vendor's model updates bypass it.",
    ], evidence: &["Grafana model dashboard"], basis: Some(Observed), owner: DATA },
    Finding { reference: "A.6.2.7", level: M(1), findings: &[
        "Customer Service has a one-page chatbot FAQ; nothing technical is prepared for customers, auditors or a regulator.",
        "Documentation does not follow model changes: nothing was updated after the March retraining, and no one would tell a customer what changed.",
    ], evidence: &[], basis: Some(Interview), owner: DATA },
    Finding { reference: "A.6.2.8", level: M(3), findings: &[
        "Events are logged at training, release and inference for forecasting and routing, kept two years, a period the CISO set from the EU AI Act record-keeping rules.",
        "We asked for the log of one routing decision from May: the engineer produced model version, inputs and output within ten minutes.",
    ], evidence: &["Logging configuration"], basis: Some(Observed), owner: CISO },
    Finding { reference: "A.7.2", level: M(2), findings: &[
        "A draft procedure covers choosing and approving training data; the March forecasting retraining followed it, though it is not yet approved.",
        "Retraining data is taken from production logs without checking purpose; service transcripts nearly went into the chatbot's tuning set before the DPO stopped it.",
    ], evidence: &["Data management procedure (draft)"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.7.3", level: NA("Demand forecasting, the one model Northwind builds, learns only from Northwind's own operations data; no data is bought, licensed or collected from third parties. Revisit if external data is introduced."), findings: &[
        "The data catalogue's source field lists only Northwind's own systems (warehouse, telematics, CRM); no external data set was found in use.",
        "No scraped, bought or licensed data trains any model; the internal data's legal basis is in the records of processing.",
    ], evidence: &["Data catalogue: source field"], basis: Some(Document), owner: "" },
    Finding { reference: "A.7.4", level: M(2), findings: &[
        "The pipeline checks completeness and ranges of forecasting inputs; the quality criteria live in code and are not written down as requirements.",
        "Nothing shows the routing training data represents every depot and shift pattern; night shifts at the Rotterdam hub are under-represented.",
    ], evidence: &["Data quality checks in the pipeline"], basis: Some(Observed), owner: DATA },
    Finding { reference: "A.7.5", level: M(1), findings: &[
        "Tracing the live forecasting model to its data took one engineer's memory; data versions are not recorded with the model.",
        "No record finds every model built on a given data set; with no external data in use the exposure is small today, but internal sets have the same gap.",
    ], evidence: &[], basis: Some(Interview), owner: DATA },
    Finding { reference: "A.7.6", level: M(2), findings: &[
        "Cleaning and feature steps are in notebooks under version control; driver IDs are pseudonymised by hand before training.",
        "Preparation changes are not reviewed: a new way of filling missing GPS points went live in June with no check of its effect.",
    ], evidence: &["Feature engineering notebooks"], basis: Some(Observed), owner: DATA },
    Finding { reference: "A.8.2", level: M(1), findings: &[
        "The chat window calls itself a \"virtual assistant\" but never says it is an AI system or what it cannot do; no user-facing description of the forecasting model for the planners.",
        "User documentation is not updated when models change: the planners' guide still describes the 2024 forecasting model.",
    ], evidence: &["Screenshot of the chat widget"], basis: Some(Observed), owner: COO },
    Finding { reference: "A.8.3", level: M(2), findings: &[
        "Complaints about AI arrive through the general customer channel and are recognised only if the customer says so; two reached the data science team in 2026.",
    ], evidence: &[], basis: Some(Interview), owner: COO },
    Finding { reference: "A.8.4", level: M(2), findings: &[
        "The security incident plan covers telling customers and authorities; it does not treat a harmful AI output as an incident.",
        "When the chatbot quoted wrong refund terms for a weekend in March, cases were corrected one by one; no one decided whether customers had to be told.",
    ], evidence: &["Incident response plan (security)"], basis: Some(Document), owner: CISO },
    Finding { reference: "A.8.5", level: M(1), findings: &[
        "Duties to inform about AI (customer contracts, EU AI Act transparency, data protection) are known to the DPO and Legal but listed nowhere.",
    ], evidence: &[], basis: Some(Interview), owner: DPO },
    Finding { reference: "A.9.2", level: M(2), findings: &[
        "New AI tools pass procurement's AI question; for internal tools the dispatcher work instruction says what to check before acting on a route.",
        "Dispatchers may override a route but are not expected to; overrides are not counted, and two of the three we asked did not know they could.",
    ], evidence: &["Dispatcher work instruction"], basis: Some(Document), owner: COO },
    Finding { reference: "A.9.3", level: Open, findings: &[], evidence: &[], basis: None, owner: COO },
    Finding { reference: "A.9.4", level: M(2), findings: &[
        "Intended use is stated in the forecasting and routing model cards, which planners and dispatchers never see; neither says what the system must not be used for or how it could be misused.",
        "Nothing detects use outside purpose: Finance also budgets from the forecast, which no one had assessed.",
    ], evidence: &["Model cards: intended use"], basis: Some(Document), owner: DATA },
    Finding { reference: "A.10.2", level: M(1), findings: &[
        "The chatbot contract covers uptime and data processing but is silent on who monitors answer quality and who answers for wrong answers.",
        "Responsibilities are not revisited when a supplier changes: the chatbot vendor swapped its model in June and Northwind learned of it from a release note.",
    ], evidence: &["Vendor contract (customer-service assistant)"], basis: Some(Document), owner: BUY },
    Finding { reference: "A.10.3", level: M(2), findings: &[
        "The routing vendor answered the supplier questionnaire on security and data handling; it asked nothing about how their model is built or tested.",
        "After go-live, suppliers' AI is watched only through service tickets; their changes, incidents and performance are not reviewed.",
    ], evidence: &["Supplier questionnaire"], basis: Some(Document), owner: BUY },
    Finding { reference: "A.10.4", level: NA("Northwind does not supply AI systems or AI-based services to customers: Demand forecasting is built for its own planning, and the customer-service assistant is operated by Northwind for its own customer contact."), findings: &[
        "Northwind sells logistics services, not AI: the assistant serves Northwind's own customer contact, and no AI system or component is supplied to customers.",
    ], evidence: &[], basis: Some(Interview), owner: "" },
];

/// The assessor's narrative for the executive summary: opinion, strengths, themes,
/// decisions needed.
const NARRATIVE: &str = "Overall opinion: the top of an AI management system is in place (scope, \
policy, a steering committee that decides) but not the engine beneath it. Risks and effects on \
people are assessed once, by a few specialists; nothing has been audited or reviewed. \
Certification is realistic in about a year if the risk and impact work starts now.

Strengths: engaged leadership, a policy known on the floor, and release discipline in data \
science (back-testing, approvals, rollback, logging) worth keeping and building on.

Key themes: risk and impact assessment (no AI criteria, no impact method, no SoA); suppliers \
changing models without review; no internal audit or management review to close the loop.

Decisions needed from management: an owner for the customer-service assistant; the effort to \
assess all three systems this quarter; whether the works council joins the routing impact \
assessment; and the dates of the first internal audit and management review.";

/// Creates the demo assessment dated `today` and returns its id: all of it, in one
/// transaction, or nothing.
pub fn create(store: &mut Store, questionnaire: &Questionnaire, today: Date) -> Result<i64> {
    create_in(store, questionnaire, today, Lang::En)
}

/// Creates the demo assessment in `lang`: the assessment's language, and everything the
/// assessor typed written in it (German; English otherwise). The same assessment in every
/// language: references, levels, dates and owners are shared.
pub fn create_in(
    store: &mut Store,
    questionnaire: &Questionnaire,
    today: Date,
    lang: Lang,
) -> Result<i64> {
    let typed = Typed::of(lang);
    let new = NewAssessment {
        organisation: "Northwind Logistics GmbH".into(),
        scope: if typed.german {
            de::SCOPE.into()
        } else {
            "AI systems for demand forecasting, route optimisation and the customer-service \
                assistant; Hamburg head office and Rotterdam hub"
                .into()
        },
        assessor: if typed.german {
            de::ASSESSOR
        } else {
            "Jo Okafor (lead implementer)"
        }
        .into(),
        roadmap_start: today.checked_add(7.days())?,
        // Each owner gives the AIMS about half their week beside their own job; the funded
        // coordinator full time, and the data science team (three people sharing it with
        // product work) more.
        capacity: 2.5,
        owner_capacity: [(QM, 5.0), (DATA, 8.0), (COO, 3.0), (CISO, 4.0), (DPO, 3.0)]
            .into_iter()
            .map(|(o, c)| (typed.owner(o).to_string(), c))
            .collect(),
        // The Hamburg office closes between Christmas and New Year; 1 May and 3 October are
        // public holidays.
        holidays: (today.year()..=today.year() + 2)
            .flat_map(|y| {
                let closure = (24..=31).map(move |d| jiff::civil::date(y, 12, d));
                let days =
                    [(y, 1, 1), (y, 5, 1), (y, 10, 3)].map(|(y, m, d)| jiff::civil::date(y, m, d));
                closure.chain(days)
            })
            .collect(),
        lang,
        ..NewAssessment::new("", today)
    };
    new.validate(questionnaire)?;
    let mut answers: BTreeMap<String, Answer> = BTreeMap::new();
    for (_, requirement) in questionnaire.requirements() {
        let Some(f) = FINDINGS
            .iter()
            .find(|f| f.reference == requirement.reference)
        else {
            continue;
        };
        let (findings, evidence) = typed.told(f);
        for (i, question) in requirement.questions.iter().enumerate() {
            let response = match f.level {
                // Not yet assessed; an owner is named all the same where there is one.
                Open if f.owner.is_empty() => continue,
                Open => Response::Unanswered,
                // Where a practice is only partly in place, its second angle is weaker still.
                M(level) if level < 3 && i % 2 == 1 => Response::Maturity {
                    level: level.saturating_sub(1),
                },
                M(level) => Response::Maturity { level },
                NA(why) => Response::NotApplicable {
                    justification: typed.justification(f.reference, why).into(),
                },
            };
            let gap = response.maturity().is_some_and(|m| m < new.target);
            let private = typed
                .table(PRIVATE_NOTES, de::PRIVATE_NOTES)
                .iter()
                .find(|(reference, _)| *reference == f.reference);
            let (management_response, recommendation) = match typed
                .table(RESPONSES, de::RESPONSES)
                .iter()
                .find(|(reference, ..)| *reference == f.reference)
            {
                Some((_, response, recommendation)) if i == 0 && gap => {
                    (response.to_string(), recommendation.to_string())
                }
                _ => (String::new(), String::new()),
            };
            let answer = Answer {
                response,
                finding: findings.get(i).copied().unwrap_or_default().into(),
                recommendation,
                management_response,
                notes: match private {
                    Some((_, note)) if i == 0 => note.to_string(),
                    _ => String::new(),
                },
                evidence: evidence.iter().map(|e| e.to_string()).collect(),
                basis: f.basis,
                said_by: said_by(f),
                carried_over: None,
                // What conforms needs no owner, but an annex control included in the SoA has
                // one; the due date follows from the roadmap below.
                owner: if gap || requirement.reference.starts_with("A.") {
                    typed.owner(f.owner).into()
                } else {
                    String::new()
                },
                due: None,
            };
            validate_answer(questionnaire, &question.id, &answer)?;
            answers.insert(question.id.clone(), answer);
        }
    }
    // Due dates the plan can meet: the end of the month in which the roadmap, computed from
    // these very answers and settings, finishes each action.
    let card = scoring::score(questionnaire, &answers, new.target);
    let mut settings = roadmap::Settings::new(new.roadmap_start, new.capacity, new.effort);
    settings.audit_cycle_weeks = new.audit_cycle_weeks;
    settings.owner_capacity = new.owner_capacity.clone();
    settings.holidays = new.holidays.clone();
    let plan = roadmap::build(questionnaire, &card, &answers, settings)
        .map_err(|e| anyhow::anyhow!("the demo's roadmap: {}", e.reason))?;
    for (action, question) in plan
        .actions
        .iter()
        .flat_map(|a| a.questions.iter().map(move |q| (a, q)))
    {
        if let Some(a) = answers.get_mut(question) {
            // A month's slack, as a client would agree: a small change to the answers moves
            // other owners' dates by days, not past their due dates.
            a.due = Some(
                action
                    .end
                    .first_of_month()
                    .checked_add(1.month())?
                    .last_of_month(),
            );
        }
    }
    let record = Engagement {
        attendees: typed
            .table(ATTENDEES, de::ATTENDEES)
            .iter()
            .zip(1..)
            .map(|((name, role), number)| Attendee {
                number,
                name: (*name).into(),
                role: (*role).into(),
            })
            .collect(),
        documents: DOCUMENTS
            .iter()
            .zip(1..)
            .map(|((title, version, date), number)| ReviewedDocument {
                number,
                title: typed
                    .pick(title, de::DOCUMENTS.get(number as usize - 1).map(|d| d.0))
                    .into(),
                version: typed
                    .pick(version, de::DOCUMENTS.get(number as usize - 1).map(|d| d.1))
                    .into(),
                date: date.map(|(y, m, d)| jiff::civil::date(y, m, d)),
            })
            .collect(),
        narrative: if typed.german {
            de::NARRATIVE
        } else {
            NARRATIVE
        }
        .into(),
        control: DocumentControl {
            report_version: "0.9".into(),
            distribution: typed
                .table(DISTRIBUTION, de::DISTRIBUTION)
                .iter()
                .map(|d| d.to_string())
                .collect(),
            prepared: Signature {
                by: "Jo Okafor".into(),
                on: Some(today),
            },
            ..DocumentControl::default()
        },
        events: Vec::new(),
        points: Vec::new(),
        iso27001: Default::default(),
        systems: SYSTEMS
            .iter()
            .zip(1..)
            .map(
                |((name, purpose, roles, class, in_scope), number)| AiSystem {
                    number,
                    name: typed
                        .pick(name, de::SYSTEMS.get(number as usize - 1).map(|s| s.0))
                        .into(),
                    purpose: typed
                        .pick(purpose, de::SYSTEMS.get(number as usize - 1).map(|s| s.1))
                        .into(),
                    roles: roles.iter().map(|r| (*r).into()).collect(),
                    class: *class,
                    in_scope: *in_scope,
                },
            )
            .collect(),
        risks: RISKS
            .iter()
            .zip(1..)
            .map(|((title, level), number)| crate::soa::Risk {
                number,
                title: typed
                    .pick(title, de::RISKS.get(number as usize - 1).copied())
                    .into(),
                level: *level,
            })
            .collect(),
        verdicts: Vec::new(),
        handouts: Vec::new(),
    };
    let answers: Vec<(String, Answer)> = answers.into_iter().collect();
    Ok(store.create_filled_assessment(
        &new,
        questionnaire,
        &answers,
        &inclusions(typed),
        &record,
    )?)
}

/// Who said it: for an answer taken from interviews its owner, and anyone else who spoke
/// to it (also where documents were the basis).
fn said_by(f: &Finding) -> Vec<u32> {
    let owner = ATTENDEES
        .iter()
        .zip(1..)
        .find(|((name, _), _)| !f.owner.is_empty() && f.owner.starts_with(name))
        .map(|(_, n)| n)
        .filter(|_| f.basis == Some(Interview));
    let also = ALSO_SAID
        .iter()
        .find(|(reference, _)| *reference == f.reference)
        .map_or(&[][..], |(_, who)| who);
    owner.into_iter().chain(also.iter().copied()).collect()
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
    (
        "6.1.3",
        "Agreed. The CISO turns the draft SoA in this report into Northwind's own, to be approved by the steering committee.",
        "",
    ),
    (
        "8.4",
        "Agreed, starting with route optimisation; the works council will be invited to the assessment workshop.",
        "Assess route optimisation's effect on drivers first, with the works council, then the chatbot and forecasting; use the result to set the impact assessment method.",
    ),
    (
        "9.2.1",
        "Agreed. Internal Audit, which already audits ISO 9001, will run the first AIMS audit with an external AI specialist.",
        "",
    ),
    (
        "A.10.2",
        "Not agreed as worded: the contract runs to 2027. Procurement will agree a side letter on answer quality and model changes instead.",
        "",
    ),
];

/// Northwind's AI systems (S1, S2 … in this order): name, purpose, Northwind's AI roles for
/// it, EU AI Act class, in scope.
type SystemRow = (
    &'static str,
    &'static str,
    &'static [&'static str],
    EuClass,
    bool,
);
const SYSTEMS: &[SystemRow] = &[
    (
        "Demand forecasting",
        "Forecasts parcel volumes per hub and day, to plan staff and trucks; built and trained by the data science team",
        &["producer", "customer"],
        EuClass::Minimal,
        true,
    ),
    (
        "Route optimisation",
        "Plans drivers' routes, shifts and breaks from the day's orders; a vendor's system configured by Northwind",
        &["customer"],
        EuClass::HighRisk,
        true,
    ),
    (
        "Customer-service assistant",
        "Answers customers' questions on deliveries in the web chat; a vendor's platform with Northwind's content",
        &["customer"],
        EuClass::Transparency,
        true,
    ),
    (
        "Yard planning pilot",
        "Suggests dock assignments at the Rotterdam hub; a three-month trial, not yet in operation",
        &["producer"],
        EuClass::Minimal,
        false,
    ),
];

/// Northwind's light risk register (R1, R2 … in this order): what risk-treatment inclusions
/// point to.
const RISKS: &[(&str, RiskLevel)] = &[
    (
        "Route optimisation plans shifts and breaks that harm drivers (working time, fairness to newer drivers)",
        RiskLevel::High,
    ),
    (
        "The customer-service assistant gives customers wrong or misleading answers",
        RiskLevel::High,
    ),
    (
        "Forecast errors after input drift leave hubs under-stocked",
        RiskLevel::Medium,
    ),
    (
        "Driver and customer personal data used to train models beyond the purpose it was collected for",
        RiskLevel::Medium,
    ),
    (
        "A vendor changes the routing or chatbot model without Northwind noticing",
        RiskLevel::Medium,
    ),
    (
        "Routing and the chatbot each depend on one or two people's knowledge",
        RiskLevel::Medium,
    ),
];

/// Why each annex control is in scope: the risks it treats (by number), or the obligation,
/// contract or decision it rests on. Each its own reason, as an auditor expects.
const INCLUSIONS: &[(&str, Reason)] = &[
    (
        "A.2.2",
        Business(
            "The steering committee has committed to ISO/IEC 42001 certification in 2027; the AI policy is the frame the AIMS hangs on",
        ),
    ),
    (
        "A.2.3",
        Business(
            "The AI policy must agree with the privacy, security and procurement policies already certified under ISO/IEC 27001",
        ),
    ),
    (
        "A.2.4",
        Legal(
            "EU AI Act obligations apply in stages from 2025 to 2027 (Art. 113): the policy must be reviewed as each applies",
        ),
    ),
    ("A.3.2", Treats(&[6], "")),
    (
        "A.3.3",
        Legal(
            "EU Whistleblower Directive 2019/1937 as transposed in Germany (HinSchG): concerns about AI use go through the reporting channel",
        ),
    ),
    (
        "A.4.2",
        Treats(
            &[3, 6],
            "Resource records are what the risk assessment starts from",
        ),
    ),
    ("A.4.3", Treats(&[3, 4], "")),
    (
        "A.4.4",
        Business(
            "One MLOps platform and evaluation library serve all three systems: a release must know which versions it was built with",
        ),
    ),
    (
        "A.4.5",
        Contractual(
            "Cloud hosting agreement: processing stays in the Frankfurt region, which the retail customers' data-processing terms require",
        ),
    ),
    (
        "A.4.6",
        Treats(&[6], "Successors for the routing and chatbot engineers"),
    ),
    ("A.5.2", Treats(&[1], "")),
    (
        "A.5.3",
        Legal(
            "GDPR Art. 35: data protection impact assessments for the assistant and for route optimisation, which processes driver data",
        ),
    ),
    ("A.5.4", Treats(&[1, 2], "")),
    (
        "A.5.5",
        Business(
            "The 2026 sustainability report commits Northwind to report on drivers' working conditions and emissions around the hubs",
        ),
    ),
    (
        "A.6.1.2",
        Business(
            "The data science principles adopted by the board in 2025 (fairness, robustness, explainability) need measurable objectives",
        ),
    ),
    ("A.6.1.3", Treats(&[2, 3], "")),
    (
        "A.6.2.2",
        Treats(
            &[3],
            "Specifications must say which forecast errors cost more",
        ),
    ),
    (
        "A.6.2.3",
        Treats(&[6], "Routing's design choices are written nowhere"),
    ),
    ("A.6.2.4", Treats(&[1, 3], "")),
    (
        "A.6.2.5",
        Contractual(
            "Retail customers' service-level agreements require planned, approved releases with a fallback",
        ),
    ),
    ("A.6.2.6", Treats(&[2, 3, 5], "")),
    (
        "A.6.2.7",
        Contractual(
            "The retail customers' audit clause: documentation of the AI used on their orders, on request",
        ),
    ),
    (
        "A.6.2.8",
        Legal(
            "EU AI Act Art. 26(6): a deployer keeps the logs of a high-risk system (route optimisation) for at least six months",
        ),
    ),
    ("A.7.2", Treats(&[4], "")),
    (
        "A.7.4",
        Treats(
            &[3],
            "Quality criteria for forecasting inputs written down as requirements",
        ),
    ),
    (
        "A.7.5",
        Treats(
            &[3],
            "The live forecasting model must trace back to its data versions",
        ),
    ),
    (
        "A.7.6",
        Legal(
            "GDPR Art. 25 and 32: driver IDs pseudonymised before training, by a repeatable step",
        ),
    ),
    (
        "A.8.2",
        Legal("EU AI Act Art. 50(1): customers must be told they are talking to an AI system"),
    ),
    ("A.8.3", Treats(&[2], "")),
    (
        "A.8.4",
        Legal(
            "GDPR Art. 33 and 34, and EU AI Act Art. 26(5) for the routing system: incidents reported to authorities and people affected",
        ),
    ),
    (
        "A.8.5",
        Legal(
            "EU AI Act Art. 26(7) and the Works Constitution Act (BetrVG §87): drivers and the works council are informed before routing is used at work",
        ),
    ),
    (
        "A.9.2",
        Treats(&[1], "Dispatchers check a plan before acting on it"),
    ),
    (
        "A.9.3",
        Business(
            "The steering committee wants objectives for how dispatchers use routing, set before the second hub goes live",
        ),
    ),
    (
        "A.9.4",
        Legal(
            "EU AI Act Art. 26(1): a deployer uses a high-risk system as its instructions for use say",
        ),
    ),
    (
        "A.10.2",
        Contractual(
            "The chatbot vendor contract (to 2027) and the side letter being agreed on answer quality and model changes",
        ),
    ),
    (
        "A.10.3",
        Contractual(
            "The route-optimisation vendor contract and the retail customers' data-processing terms",
        ),
    ),
];

/// An inclusion reason as the demo writes it.
enum Reason {
    Risk(&'static [u32], &'static str),
    Legal(&'static str),
    Contractual(&'static str),
    Business(&'static str),
}

use Reason::{Business, Contractual, Legal, Risk as Treats};

fn inclusions(typed: Typed) -> Vec<(&'static str, Inclusion)> {
    INCLUSIONS
        .iter()
        .map(|(control, reason)| {
            let german = de::INCLUSIONS
                .iter()
                .find(|(c, _)| c == control)
                .map(|(_, text)| *text);
            let (kind, text, risks) = match reason {
                Treats(risks, note) => (ReasonKind::Risk, *note, risks.to_vec()),
                Legal(t) => (ReasonKind::Legal, *t, Vec::new()),
                Contractual(t) => (ReasonKind::Contractual, *t, Vec::new()),
                Business(t) => (ReasonKind::Business, *t, Vec::new()),
            };
            let text = match german {
                Some(german) if typed.german => german,
                _ => text,
            };
            (
                *control,
                Inclusion {
                    kind: Some(kind),
                    text: text.into(),
                    risks,
                },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::questionnaire::catalog::{Catalog, built_in};
    use crate::report::Report;
    use crate::session::Session;

    /// The demo is what we show a prospective client: every answered question has its own
    /// finding, interview answers say who said it, every document reviewed supports some
    /// answer, the narrative is written, some actions have a management response, and every
    /// due date is one the roadmap can meet.
    #[test]
    fn the_demo_shows_a_finished_piece_of_work() {
        finished(
            Lang::En,
            [
                "Overall opinion:",
                "Strengths:",
                "Key themes:",
                "Decisions needed from management:",
            ],
        );
    }

    /// The German demo is as finished as the English one.
    #[test]
    fn the_german_demo_shows_a_finished_piece_of_work() {
        finished(
            Lang::De,
            [
                "Gesamturteil:",
                "Stärken:",
                "Kernthemen:",
                "Entscheidungen der Geschäftsführung:",
            ],
        );
    }

    /// The demo's report in `lang`.
    fn demo_report(lang: Lang) -> Report {
        let mut store = Store::open_in_memory().unwrap();
        let q = built_in("iso42001").unwrap();
        let id = create_in(&mut store, q, jiff::civil::date(2026, 11, 23), lang).unwrap();
        let session = Session::open(&store, &Catalog::new(None), id).unwrap();
        Report::build(&session, jiff::Timestamp::UNIX_EPOCH)
    }

    fn finished(lang: Lang, narrative_parts: [&str; 4]) {
        let report = demo_report(lang);
        assert_eq!(report.lang, lang);

        let answered: Vec<_> = report
            .questions
            .iter()
            .filter(|q| q.maturity.is_some() || q.not_applicable)
            .collect();
        assert!(answered.len() > 130, "{}", answered.len());
        let mut seen = BTreeSet::new();
        for q in &answered {
            assert!(
                q.finding.split_whitespace().count() >= 8,
                "{}: {}",
                q.id,
                q.finding
            );
            assert!(
                seen.insert(q.finding.as_str()),
                "{} repeats a finding",
                q.id
            );
        }
        // Our own words, not one template: no two findings open with the same five words.
        let openings: BTreeSet<String> = answered
            .iter()
            .map(|q| {
                q.finding
                    .split_whitespace()
                    .take(5)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert_eq!(openings.len(), answered.len());

        for q in report.questions.iter().filter(|q| {
            q.basis == Some(EvidenceBasis::Interview) && (q.maturity.is_some() || q.not_applicable)
        }) {
            assert!(!q.said_by.is_empty(), "{} was said by nobody", q.id);
        }
        assert!(report.attendees.len() >= 6);
        assert!(report.attendees.iter().all(|a| !a.role.is_empty()));
        // The attendees each spoke to something.
        for a in &report.attendees {
            assert!(
                report.questions.iter().any(|q| q.said_by.contains(a)),
                "{} said nothing",
                a.name
            );
        }

        assert!(report.documents.len() >= 10);
        for d in &report.documents {
            assert!(!d.answers.is_empty(), "{} supports no answer", d.reference);
            assert!(!d.document.version.is_empty() || d.document.date.is_some());
        }

        for part in narrative_parts {
            assert!(report.narrative.contains(part), "{part}");
        }
        assert!(report.summary.written);

        let responses = report
            .questions
            .iter()
            .filter(|q| q.response().is_some_and(|r| !r.is_empty()))
            .count();
        assert!(responses >= 5, "{responses} management responses");

        let actions = &report.roadmap.actions;
        assert!(actions.len() > 50);
        for a in actions {
            let due = a
                .due
                .unwrap_or_else(|| panic!("{} has no due date", a.question));
            assert!(
                due >= a.end,
                "{} is due {due}, before its end {}",
                a.question,
                a.end
            );
            assert!(!a.late);
            assert!(!a.owner.is_empty(), "{} has no owner", a.question);
        }
    }

    /// The German tables follow the English ones: the same references in the same order,
    /// as many findings and evidence entries for each, the same people, documents, systems,
    /// risks and controls, and each piece of evidence citing the same document.
    #[test]
    fn the_german_demo_is_keyed_like_the_english_one() {
        let refs = |r: &[&str]| r.join(" ");
        assert_eq!(
            refs(&de::FINDINGS.iter().map(|t| t.reference).collect::<Vec<_>>()),
            refs(&FINDINGS.iter().map(|f| f.reference).collect::<Vec<_>>())
        );
        let documents = |german: bool| -> Vec<ReviewedDocument> {
            DOCUMENTS
                .iter()
                .zip(de::DOCUMENTS)
                .zip(1..)
                .map(|(((en, ..), (de, _)), number)| ReviewedDocument {
                    number,
                    title: if german { de } else { en }.to_string(),
                    version: String::new(),
                    date: None,
                })
                .collect()
        };
        let (english_documents, german_documents) = (documents(false), documents(true));
        let cited = |documents: &[ReviewedDocument], evidence: &str| -> Vec<u32> {
            documents
                .iter()
                .filter(|d| d.is_cited_by(evidence))
                .map(|d| d.number)
                .collect()
        };
        for (f, t) in FINDINGS.iter().zip(de::FINDINGS) {
            assert_eq!(f.findings.len(), t.findings.len(), "{}", f.reference);
            assert_eq!(f.evidence.len(), t.evidence.len(), "{}", f.reference);
            for (en, de) in f.evidence.iter().zip(t.evidence) {
                assert_eq!(
                    cited(&english_documents, en),
                    cited(&german_documents, de),
                    "{}: {en} / {de}",
                    f.reference
                );
            }
        }
        let excluded: Vec<&str> = FINDINGS
            .iter()
            .filter(|f| matches!(f.level, NA(_)))
            .map(|f| f.reference)
            .collect();
        let justified: Vec<&str> = de::NOT_APPLICABLE.iter().map(|(r, _)| *r).collect();
        assert_eq!(excluded, justified);

        // Every owner has a German label, for the same person.
        for f in FINDINGS.iter().filter(|f| !f.owner.is_empty()) {
            let german = Typed { german: true }.owner(f.owner);
            assert!(
                de::OWNERS.iter().any(|(en, _)| *en == f.owner),
                "{} has no German label",
                f.owner
            );
            let name = |label: &str| label.split(" (").next().unwrap().to_string();
            assert_eq!(name(f.owner), name(german));
        }
        fn names(a: &[(&'static str, &'static str)]) -> Vec<&'static str> {
            a.iter().map(|(n, _)| *n).collect()
        }
        assert_eq!(names(ATTENDEES), names(de::ATTENDEES));
        assert_eq!(DOCUMENTS.len(), de::DOCUMENTS.len());
        assert_eq!(DISTRIBUTION.len(), de::DISTRIBUTION.len());
        assert_eq!(names(PRIVATE_NOTES), names(de::PRIVATE_NOTES));
        let responses = |r: &[(&str, &str, &str)]| {
            r.iter()
                .map(|(reference, response, recommendation)| {
                    (
                        reference.to_string(),
                        response.is_empty(),
                        recommendation.is_empty(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(responses(RESPONSES), responses(de::RESPONSES));
        assert_eq!(SYSTEMS.len(), de::SYSTEMS.len());
        assert_eq!(RISKS.len(), de::RISKS.len());
        let inclusions = |typed| {
            inclusions(typed)
                .into_iter()
                .map(|(control, i)| (control, i.text.is_empty()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            inclusions(Typed { german: false }),
            inclusions(Typed { german: true })
        );
        let controls: Vec<&str> = INCLUSIONS.iter().map(|(c, _)| *c).collect();
        assert_eq!(controls, names(de::INCLUSIONS));
    }

    /// Every text the assessor typed in German differs from the English one, except
    /// people's names, acronyms and version numbers.
    #[test]
    fn every_typed_text_of_the_german_demo_is_german() {
        let mut pairs: Vec<(&str, &str)> = vec![
            (NARRATIVE, de::NARRATIVE),
            (
                "AI systems for demand forecasting, route optimisation and the customer-service \
                assistant; Hamburg head office and Rotterdam hub",
                de::SCOPE,
            ),
            ("Jo Okafor (lead implementer)", de::ASSESSOR),
        ];
        for (f, t) in FINDINGS.iter().zip(de::FINDINGS) {
            pairs.extend(f.findings.iter().copied().zip(t.findings.iter().copied()));
            pairs.extend(f.evidence.iter().copied().zip(t.evidence.iter().copied()));
            if let NA(why) = f.level {
                pairs.push((why, Typed { german: true }.justification(f.reference, why)));
            }
        }
        pairs.extend(ATTENDEES.iter().zip(de::ATTENDEES).map(|(e, d)| (e.1, d.1)));
        for ((title, version, _), (titel, fassung)) in DOCUMENTS.iter().zip(de::DOCUMENTS) {
            pairs.push((title, titel));
            if version.chars().any(|c| c.is_ascii_alphabetic()) {
                pairs.push((version, fassung));
            }
        }
        pairs.extend(
            PRIVATE_NOTES
                .iter()
                .zip(de::PRIVATE_NOTES)
                .map(|(e, d)| (e.1, d.1)),
        );
        for (e, d) in RESPONSES.iter().zip(de::RESPONSES) {
            pairs.push((e.1, d.1));
            if !e.2.is_empty() {
                pairs.push((e.2, d.2));
            }
        }
        for (e, d) in SYSTEMS.iter().zip(de::SYSTEMS) {
            pairs.extend([(e.0, d.0), (e.1, d.1)]);
        }
        pairs.extend(RISKS.iter().zip(de::RISKS).map(|(e, d)| (e.0, *d)));
        for ((_, en), (_, de)) in inclusions(Typed { german: false })
            .iter()
            .zip(inclusions(Typed { german: true }))
        {
            if !en.text.is_empty() {
                pairs.push((en.text.clone().leak(), de.text.leak()));
            }
        }
        // An owner's label may stay where the role is an acronym ("Anna Novak (CISO)").
        let acronym = |label: &str| {
            label.split_once(" (").is_some_and(|(_, role)| {
                role.trim_end_matches(')')
                    .chars()
                    .all(|c| c.is_ascii_uppercase())
            })
        };
        pairs.extend(de::OWNERS.iter().filter(|(en, _)| !acronym(en)).copied());
        pairs.extend(
            DISTRIBUTION
                .iter()
                .zip(de::DISTRIBUTION)
                .filter(|(en, _)| !acronym(en))
                .map(|(e, d)| (*e, *d)),
        );
        assert!(pairs.len() > 250, "{}", pairs.len());
        for (en, de) in pairs {
            assert_ne!(en, de);
            assert!(!de.trim().is_empty(), "{en}");
        }
    }

    /// A German export of the demo has no English left outside proper names: the HTML
    /// report (its text, without markup) and the CSV of the questions.
    #[test]
    fn a_german_export_of_the_demo_has_no_english_words() {
        let report = demo_report(Lang::De);
        let html = crate::report::html::render(&report);
        let plain = text_of(&html);
        let csv = crate::report::csv::questions(&report);
        // English terms German consultants use as they are (in the German questionnaire).
        let loanwords = ["single points of failure"];
        let mut english = Vec::new();
        for (format, text) in [("html", plain), ("csv", csv)] {
            let mut text =
                format!(" {} ", text.replace(['\n', '\t', ';', '"', '(', ')'], " ")).to_lowercase();
            for loanword in loanwords {
                text = text.replace(loanword, " ");
            }
            for word in [
                " the ", " and ", " with ", " of ", " for ", " to ", " is ", " not ",
            ] {
                for (at, _) in text.match_indices(word) {
                    let before: String = text[..at].chars().rev().take(60).collect();
                    let after: String = text[at..].chars().take(60).collect();
                    let before: String = before.chars().rev().collect();
                    english.push(format!("{format}: …{before}{after}…"));
                }
            }
        }
        assert!(english.is_empty(), "{}", english.join("\n"));
    }

    /// The text of an HTML page: without its style sheet, scripts and tags.
    fn text_of(html: &str) -> String {
        let mut rest = html;
        let mut kept = String::new();
        while let Some(start) = rest.find("<style").or_else(|| rest.find("<script")) {
            kept.push_str(&rest[..start]);
            let close = if rest[start..].starts_with("<style") {
                "</style>"
            } else {
                "</script>"
            };
            rest = rest[start..]
                .find(close)
                .map_or("", |end| &rest[start + end + close.len()..]);
        }
        kept.push_str(rest);
        let mut plain = String::new();
        let mut in_tag = false;
        for c in kept.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => {
                    in_tag = false;
                    plain.push(' ');
                }
                _ if !in_tag => plain.push(c),
                _ => {}
            }
        }
        plain
    }
}
