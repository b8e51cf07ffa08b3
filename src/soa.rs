//! Control applicability for the Statement of Applicability, and the light risk register its
//! reasons point to.
//!
//! Applicability is one decision per annex control. Excluded: every question of the control is
//! not applicable with the one justification (the answers hold it, so scoring needs nothing
//! else). Included: a typed reason — risk treatment naming risks of the register, a legal or
//! regulatory obligation, a contract, or a business decision. Pure: no SQL, no terminal; the
//! store persists these types, the commands and screens keep the rule that a control is never
//! partly excluded.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::assessment::{Answer, Response};
use crate::engagement::{EntryError, EntryKind, parse_number};
use crate::i18n::Lang;
use crate::questionnaire::{Questionnaire, Requirement, SectionKind};

/// Why a control is included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    /// It treats risks of the register (6.1.3).
    Risk,
    /// A law or regulation requires it; the text names the obligation.
    Legal,
    /// A contract requires it; the text names the contract or the party.
    Contractual,
    /// The organisation decided it; the text says why.
    Business,
}

impl ReasonKind {
    pub const ALL: [ReasonKind; 4] = [
        ReasonKind::Risk,
        ReasonKind::Legal,
        ReasonKind::Contractual,
        ReasonKind::Business,
    ];

    /// The word stored and typed on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            ReasonKind::Risk => "risk",
            ReasonKind::Legal => "legal",
            ReasonKind::Contractual => "contractual",
            ReasonKind::Business => "business",
        }
    }

    /// How a report names it.
    pub fn label(self) -> &'static str {
        match self {
            ReasonKind::Risk => "Risk treatment",
            ReasonKind::Legal => "Legal or regulatory",
            ReasonKind::Contractual => "Contractual",
            ReasonKind::Business => "Business",
        }
    }

    /// [`ReasonKind::label`] in `lang`.
    pub fn label_in(self, lang: Lang) -> String {
        lang.t(match self {
            ReasonKind::Risk => "report-reason-risk",
            ReasonKind::Legal => "report-reason-legal",
            ReasonKind::Contractual => "report-reason-contractual",
            ReasonKind::Business => "report-reason-business",
        })
    }

    pub fn parse(s: &str) -> Option<ReasonKind> {
        let s = s.trim().to_lowercase();
        ReasonKind::ALL.into_iter().find(|k| {
            k.as_str() == s
                || matches!(
                    (k, s.as_str()),
                    (ReasonKind::Legal, "regulatory" | "law")
                        | (ReasonKind::Contractual, "contract")
                        | (ReasonKind::Risk, "risks")
                )
        })
    }
}

/// The stated reason an annex control is included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Inclusion {
    /// `None`: a reason stated before reasons were typed (kept as written; `check` asks for
    /// its type).
    pub kind: Option<ReasonKind>,
    /// The obligation (legal), the contract (contractual), the decision (business), or for
    /// risk treatment an optional note beside the risks.
    pub text: String,
    /// Numbers of the risks of the register treated (R1 is 1); risk treatment only.
    pub risks: Vec<u32>,
}

/// A decision on one annex control.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Include(Inclusion),
    /// Excluded, with the one justification all its questions carry.
    Exclude(String),
}

/// The most risks a register holds, and the longest title: far beyond a real register.
pub const MAX_RISKS: usize = 999;

/// A reason, a list of risks or an answer refused: why, said in the user's language by
/// [`SoaError::message_in`] (area `store`); the English [`Display`](fmt::Display) text is the
/// same sentence.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SoaError {
    #[error(
        "\"{given}\" is not a kind of reason; give one of risk:R1,R2 (risk treatment), legal:OBLIGATION (for example legal:EU AI Act Art. 50), contractual:CONTRACT or business:WHY"
    )]
    UnknownKind { given: String },
    #[error("a {} reason must say what it rests on, for example {}", kind.as_str(), example_of(*kind))]
    NoDetail { kind: ReasonKind },
    /// The reason's text does not keep to the rules of a text (NUL, length).
    #[error("{0}")]
    Text(crate::assessment::AnswerError),
    /// A risk the register does not hold; `register` lists the references it does.
    #[error("no risk \"{given}\": the register holds {}", register.join(", "))]
    NoRisk {
        given: String,
        register: Vec<String>,
    },
    /// A risk named while the register is empty; `id` is the assessment's, for the command
    /// in the message (`ID` while unknown, see [`SoaError::for_assessment`]).
    #[error(
        "no risk \"{given}\": the risk register is empty; add one with `aimsgap risk add {} --title TEXT --level high`",
        id_or_placeholder(*id)
    )]
    EmptyRegister { given: String, id: Option<i64> },
    #[error("name at least one risk, for example risk:R1,R3")]
    NoRisks,
    #[error(
        "{question} is not applicable only with the whole of {reference}: exclude the control, with one justification, by `aimsgap control {id} {reference} --exclude \"WHY\"`"
    )]
    PartlyNotApplicable {
        question: String,
        reference: String,
        id: i64,
    },
    #[error(
        "{reference} is excluded from the Statement of Applicability (\"{justification}\"); include it again before answering {question}: `aimsgap control {id} {reference} --include KIND:DETAIL`"
    )]
    Excluded {
        question: String,
        reference: String,
        justification: String,
        id: i64,
    },
    #[error(
        "{reference} is partly marked not applicable ({count} of its {of} questions): decide the control first, `aimsgap control {id} {reference} --include KIND:DETAIL` or `--exclude \"WHY\"`"
    )]
    Undecided {
        reference: String,
        count: usize,
        of: usize,
        id: i64,
    },
}

/// The example a refusal of a reason without its detail gives.
fn example_of(kind: ReasonKind) -> &'static str {
    match kind {
        ReasonKind::Risk => "risk:R1,R3 (see `aimsgap risk list ID`)",
        ReasonKind::Legal => "legal:EU AI Act Art. 50",
        ReasonKind::Contractual => "contractual:Data-processing terms of the retail customers",
        ReasonKind::Business => "business:The board wants every chatbot answer logged",
    }
}

fn id_or_placeholder(id: Option<i64>) -> String {
    id.map_or_else(|| "ID".to_string(), |id| id.to_string())
}

impl SoaError {
    /// The refusal naming assessment `id` in the commands it suggests.
    pub fn for_assessment(self, id: i64) -> SoaError {
        match self {
            SoaError::EmptyRegister { given, .. } => SoaError::EmptyRegister {
                given,
                id: Some(id),
            },
            other => other,
        }
    }

    /// The refusal in `lang`, from the catalogue (`store-soa-…`); in English the same text as
    /// [`Display`](fmt::Display). What was typed, references and justifications stay as given.
    pub fn message_in(&self, lang: Lang) -> String {
        use crate::t;
        match self {
            SoaError::UnknownKind { given } => t!(lang, "store-soa-reason-kind", given = given),
            SoaError::NoDetail { kind } => t!(
                lang,
                match kind {
                    ReasonKind::Risk => "store-soa-reason-empty-risk",
                    ReasonKind::Legal => "store-soa-reason-empty-legal",
                    ReasonKind::Contractual => "store-soa-reason-empty-contractual",
                    ReasonKind::Business => "store-soa-reason-empty-business",
                }
            ),
            SoaError::Text(e) => e.message_in(lang),
            SoaError::NoRisk { given, register } => t!(
                lang,
                "store-soa-no-risk",
                given = given,
                register = &register.join(", ")
            ),
            SoaError::EmptyRegister { given, id } => t!(
                lang,
                "store-soa-register-empty",
                given = given,
                id = &id_or_placeholder(*id)
            ),
            SoaError::NoRisks => t!(lang, "store-soa-no-risks"),
            SoaError::PartlyNotApplicable {
                question,
                reference,
                id,
            } => t!(
                lang,
                "store-soa-partly-not-applicable",
                question = question,
                control = reference,
                id = &id.to_string()
            ),
            SoaError::Excluded {
                question,
                reference,
                justification,
                id,
            } => t!(
                lang,
                "store-soa-excluded",
                question = question,
                control = reference,
                justification = justification,
                id = &id.to_string()
            ),
            SoaError::Undecided {
                reference,
                count,
                of,
                id,
            } => t!(
                lang,
                "store-soa-undecided",
                control = reference,
                count = *count,
                of = *of,
                id = &id.to_string()
            ),
        }
    }
}

/// Parses a reason as typed on the command line: `risk:R1,R3`, `legal:EU AI Act Art. 50`,
/// `contractual:TEXT`, `business:TEXT`. Risk ids are checked against the register by the
/// caller (see [`Register::resolve`]); here they are only read.
pub fn parse_reason(spec: &str) -> Result<(ReasonKind, String), SoaError> {
    let spec = spec.trim();
    let (kind, detail) = spec.split_once(':').unwrap_or((spec, ""));
    let Some(kind) = ReasonKind::parse(kind) else {
        return Err(SoaError::UnknownKind {
            given: kind.to_string(),
        });
    };
    let detail = detail.trim();
    if detail.is_empty() {
        return Err(SoaError::NoDetail { kind });
    }
    crate::assessment::check_text("reason", detail).map_err(SoaError::Text)?;
    Ok((kind, detail.to_string()))
}

/// Levels of a risk in the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskLevel {
    Low,
    Medium,
    High,
    Critical,
}

impl RiskLevel {
    pub const ALL: [RiskLevel; 4] = [
        RiskLevel::Low,
        RiskLevel::Medium,
        RiskLevel::High,
        RiskLevel::Critical,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RiskLevel::Low => "low",
            RiskLevel::Medium => "medium",
            RiskLevel::High => "high",
            RiskLevel::Critical => "critical",
        }
    }

    /// The level as a report written in `lang` names it: "high", "hoch".
    pub fn label_in(self, lang: Lang) -> String {
        lang.t(match self {
            RiskLevel::Low => "report-risk-low",
            RiskLevel::Medium => "report-risk-medium",
            RiskLevel::High => "report-risk-high",
            RiskLevel::Critical => "report-risk-critical",
        })
    }

    pub fn parse(s: &str) -> Option<RiskLevel> {
        let s = s.trim().to_lowercase();
        RiskLevel::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

impl fmt::Display for RiskLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One risk of the light register: what SoA inclusions (and roadmap actions) point to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Risk {
    /// Numbered within the assessment: R1 is 1.
    pub number: u32,
    pub title: String,
    pub level: RiskLevel,
}

impl Risk {
    pub fn reference(&self) -> String {
        format!("R{}", self.number)
    }

    /// "R2 Biased claim routing (high)"
    pub fn describe(&self) -> String {
        format!("{} {} ({})", self.reference(), self.title, self.level)
    }

    /// [`Risk::describe`] with the level in `lang`: "R2 Biased claim routing (hoch)".
    pub fn describe_in(&self, lang: Lang) -> String {
        format!(
            "{} {} ({})",
            self.reference(),
            self.title,
            self.level.label_in(lang)
        )
    }
}

/// A risk's title and level as given, trimmed and checked: the title is needed.
pub fn risk_entry(title: &str, level: &str) -> Result<(String, RiskLevel), EntryError> {
    crate::assessment::check_text("title", title).map_err(|e| EntryError::text("title", e))?;
    let title = title.trim().to_string();
    if title.is_empty() {
        return Err(EntryError {
            field: "title",
            why: "give the risk's title, for example \"Biased routing of claims\"".into(),
            kind: EntryKind::RiskTitle,
        });
    }
    let level = RiskLevel::parse(level).ok_or_else(|| EntryError {
        field: "level",
        why: format!(
            "\"{}\" is not a risk level; give low, medium, high or critical",
            level.trim()
        ),
        kind: EntryKind::RiskLevel {
            given: level.trim().to_string(),
        },
    })?;
    Ok((title, level))
}

/// Finds the risks a reason names (`R1,R3`, `r1 R3`, `1`) in `register`; the error names
/// what is there.
pub fn resolve_risks(register: &[Risk], list: &str) -> Result<Vec<u32>, SoaError> {
    let mut out = Vec::new();
    for item in list
        .split([',', ' ', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let found = parse_number('R', item).filter(|n| register.iter().any(|r| r.number == *n));
        let Some(n) = found else {
            let given = item.to_string();
            return Err(if register.is_empty() {
                SoaError::EmptyRegister { given, id: None }
            } else {
                SoaError::NoRisk {
                    given,
                    register: register.iter().map(Risk::reference).collect(),
                }
            });
        };
        if !out.contains(&n) {
            out.push(n);
        }
    }
    if out.is_empty() {
        return Err(SoaError::NoRisks);
    }
    Ok(out)
}

impl Inclusion {
    /// The reason as a report writes it: risks named with their titles, the obligation, the
    /// contract or the decision.
    pub fn describe(&self, register: &[Risk]) -> String {
        let risks = || {
            self.risks
                .iter()
                .map(|n| {
                    register
                        .iter()
                        .find(|r| r.number == *n)
                        .map_or_else(|| format!("R{n}"), Risk::describe)
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        match self.kind {
            Some(ReasonKind::Risk) if self.text.is_empty() => format!("Treats {}", risks()),
            Some(ReasonKind::Risk) => format!("Treats {}. {}", risks(), self.text),
            _ => self.text.clone(),
        }
    }

    /// [`Inclusion::describe`] as a report written in `lang` puts it.
    pub fn describe_in(&self, register: &[Risk], lang: Lang) -> String {
        if self.kind != Some(ReasonKind::Risk) {
            return self.text.clone();
        }
        let risks = self
            .risks
            .iter()
            .map(|n| {
                register
                    .iter()
                    .find(|r| r.number == *n)
                    .map_or_else(|| format!("R{n}"), |r| r.describe_in(lang))
            })
            .collect::<Vec<_>>()
            .join("; ");
        if self.text.is_empty() {
            lang.t_args("report-soa-treats", &[("risks", (&risks).into())])
        } else {
            lang.t_args(
                "report-soa-treats-note",
                &[("risks", (&risks).into()), ("note", (&self.text).into())],
            )
        }
    }

    /// The reason type as a report names it.
    pub fn kind_label(&self) -> &'static str {
        self.kind.map_or("Not typed", ReasonKind::label)
    }

    /// [`Inclusion::kind_label`] in `lang`.
    pub fn kind_label_in(&self, lang: Lang) -> String {
        self.kind
            .map_or_else(|| lang.t("report-reason-not-typed"), |k| k.label_in(lang))
    }
}

/// How an annex control stands, read from its questions' answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// No question of it is not applicable.
    Included,
    /// Every question is not applicable; the distinct justifications, joined.
    Excluded { justification: String },
    /// Some questions are not applicable and others are not: left by a file written before
    /// applicability was decided per control, for the assessor to decide (`check` lists it).
    Undecided {
        /// The questions marked not applicable.
        not_applicable: Vec<String>,
        of: usize,
        justification: String,
    },
}

/// The state of `control` given the answers.
pub fn state(control: &Requirement, answers: &BTreeMap<String, Answer>) -> State {
    let mut na = Vec::new();
    let mut reasons: Vec<&str> = Vec::new();
    for q in &control.questions {
        if let Some(Response::NotApplicable { justification }) =
            answers.get(&q.id).map(|a| &a.response)
        {
            na.push(q.id.clone());
            let j = justification.trim();
            if !j.is_empty() && !reasons.contains(&j) {
                reasons.push(j);
            }
        }
    }
    let justification = reasons.join("; ");
    if na.is_empty() {
        State::Included
    } else if na.len() == control.questions.len() {
        State::Excluded { justification }
    } else {
        State::Undecided {
            not_applicable: na,
            of: control.questions.len(),
            justification,
        }
    }
}

/// The annex control a question belongs to, if it belongs to one.
pub fn control_of<'q>(q: &'q Questionnaire, question: &str) -> Option<&'q Requirement> {
    q.question(question)
        .filter(|at| at.kind() == SectionKind::Annex)
        .map(|at| at.requirement)
}

/// Refuses an answer that would leave its control partly excluded: a question of an annex
/// control is not applicable only through the control's exclusion, and a question of an
/// excluded control is answered only once the control is included again. `id` is the
/// assessment's, for the command in the message.
pub fn refuse_partial(
    q: &Questionnaire,
    answers: &BTreeMap<String, Answer>,
    id: i64,
    question: &str,
    response: &Response,
) -> Result<(), SoaError> {
    let Some(control) = control_of(q, question) else {
        return Ok(());
    };
    let reference = control.reference.clone();
    let question = question.to_string();
    let now_na = matches!(
        answers.get(&question).map(|a| &a.response),
        Some(Response::NotApplicable { .. })
    );
    match response {
        Response::NotApplicable { .. } if now_na => Ok(()),
        Response::NotApplicable { .. } => Err(SoaError::PartlyNotApplicable {
            question,
            reference,
            id,
        }),
        _ => match state(control, answers) {
            State::Included => Ok(()),
            State::Excluded { justification } => Err(SoaError::Excluded {
                question,
                reference,
                justification,
                id,
            }),
            State::Undecided {
                not_applicable, of, ..
            } => Err(SoaError::Undecided {
                reference,
                count: not_applicable.len(),
                of,
                id,
            }),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn register() -> Vec<Risk> {
        vec![
            Risk {
                number: 1,
                title: "Biased routing".into(),
                level: RiskLevel::High,
            },
            Risk {
                number: 3,
                title: "Chatbot hallucination".into(),
                level: RiskLevel::Medium,
            },
        ]
    }

    #[test]
    fn a_reason_reads_its_kind_and_what_it_rests_on() {
        assert_eq!(
            parse_reason("legal: EU AI Act Art. 50").unwrap(),
            (ReasonKind::Legal, "EU AI Act Art. 50".into())
        );
        assert_eq!(
            parse_reason("risk:R1,R3").unwrap(),
            (ReasonKind::Risk, "R1,R3".into())
        );
        assert_eq!(
            parse_reason("Contract:MSA with Acme").unwrap().0,
            ReasonKind::Contractual
        );
        let e = parse_reason("legal").unwrap_err().to_string();
        assert!(e.contains("legal:EU AI Act Art. 50"), "{e}");
        let e = parse_reason("because:x").unwrap_err().to_string();
        assert!(e.contains("\"because\" is not a kind of reason"), "{e}");
    }

    #[test]
    fn risks_are_found_in_the_register_or_named_as_missing() {
        assert_eq!(resolve_risks(&register(), "R1, r3 R1").unwrap(), vec![1, 3]);
        let e = resolve_risks(&register(), "R2").unwrap_err().to_string();
        assert_eq!(e, "no risk \"R2\": the register holds R1, R3");
        let e = resolve_risks(&[], "R1").unwrap_err().to_string();
        assert!(e.contains("the risk register is empty"), "{e}");
    }

    #[test]
    fn a_risk_treatment_reason_names_its_risks() {
        let i = Inclusion {
            kind: Some(ReasonKind::Risk),
            text: String::new(),
            risks: vec![3, 1],
        };
        assert_eq!(
            i.describe(&register()),
            "Treats R3 Chatbot hallucination (medium); R1 Biased routing (high)"
        );
        assert_eq!(i.kind_label(), "Risk treatment");
    }
}
