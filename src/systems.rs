//! The AI systems in scope of an assessment, and what they suggest for the Statement of
//! Applicability.
//!
//! Each system has the organisation's AI roles for it (the questionnaire's role ids, the ones
//! its annex controls are tagged with) and an EU AI Act class. From the systems in scope come
//! suggestions, never decisions: a control whose roles match no system in scope is proposed
//! for exclusion with a drafted justification, and a system whose class triggers obligations
//! proposes including the controls crosswalked to them. Pure: no SQL, no terminal.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::assessment::Answer;
use crate::engagement::{EntryError, EntryKind};
use crate::questionnaire::{Questionnaire, Requirement, SectionKind};
use crate::soa::{Inclusion, State, state};

/// The crosswalk whose references name EU AI Act articles ("Art. 26").
pub const EU_AI_ACT: &str = "eu_ai_act";

/// A system's class under the EU AI Act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EuClass {
    Prohibited,
    HighRisk,
    /// Transparency obligations (Art. 50).
    Transparency,
    Minimal,
    /// A general-purpose AI model.
    GeneralPurpose,
}

impl EuClass {
    pub const ALL: [EuClass; 5] = [
        EuClass::Prohibited,
        EuClass::HighRisk,
        EuClass::Transparency,
        EuClass::Minimal,
        EuClass::GeneralPurpose,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EuClass::Prohibited => "prohibited",
            EuClass::HighRisk => "high-risk",
            EuClass::Transparency => "transparency",
            EuClass::Minimal => "minimal",
            EuClass::GeneralPurpose => "general-purpose",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EuClass::Prohibited => "Prohibited practice",
            EuClass::HighRisk => "High-risk",
            EuClass::Transparency => "Transparency obligations",
            EuClass::Minimal => "Minimal risk",
            EuClass::GeneralPurpose => "General-purpose AI model",
        }
    }

    /// [`EuClass::label`] in `lang`, as a report written in it names the class.
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        lang.t(match self {
            EuClass::Prohibited => "report-eu-prohibited",
            EuClass::HighRisk => "report-eu-high-risk",
            EuClass::Transparency => "report-eu-transparency",
            EuClass::Minimal => "report-eu-minimal",
            EuClass::GeneralPurpose => "report-eu-general-purpose",
        })
    }

    pub fn parse(s: &str) -> Option<EuClass> {
        let s = s.trim().to_lowercase().replace([' ', '_'], "-");
        EuClass::ALL.into_iter().find(|c| {
            c.as_str() == s
                || matches!(
                    (c, s.as_str()),
                    (EuClass::HighRisk, "high") | (EuClass::GeneralPurpose, "gpai")
                )
        })
    }

    /// The articles whose obligations the class brings to an organisation in `roles`, as the
    /// crosswalk writes them. Our reading: for a high-risk system its provider (or the
    /// producer who builds it) has the risk management, data, documentation, logging,
    /// transparency, oversight, accuracy, quality management, monitoring and incident duties
    /// (Art. 9–15, 17, 72, 73) and its user, the deployer, Art. 26 and 27; a system with
    /// transparency obligations brings Art. 50; a general-purpose model Art. 53 and 55; a
    /// prohibited practice Art. 5.
    pub fn articles(self, roles: &[String]) -> Vec<u32> {
        let has = |r: &str| roles.iter().any(|x| x == r);
        match self {
            EuClass::Prohibited => vec![5],
            EuClass::HighRisk => {
                let mut out = Vec::new();
                if has("provider") || has("producer") {
                    out.extend([9, 10, 11, 12, 13, 14, 15, 17, 72, 73]);
                }
                if has("customer") {
                    out.extend([26, 27]);
                }
                out
            }
            EuClass::Transparency => vec![50],
            EuClass::Minimal => Vec::new(),
            EuClass::GeneralPurpose => vec![53, 55],
        }
    }
}

/// One AI system of the inventory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AiSystem {
    /// Numbered within the assessment: S1 is 1.
    pub number: u32,
    pub name: String,
    pub purpose: String,
    /// The organisation's AI roles for it: role ids of the questionnaire.
    pub roles: Vec<String>,
    pub class: EuClass,
    pub in_scope: bool,
}

impl AiSystem {
    pub fn reference(&self) -> String {
        format!("S{}", self.number)
    }
}

/// A system's roles as given, checked against the questionnaire's roles: lower-cased, each
/// once. The command line and the record screen both check with this.
pub fn check_roles(q: &Questionnaire, given: &[String]) -> Result<Vec<String>, EntryError> {
    let mut out: Vec<String> = Vec::new();
    for r in given.iter().map(|r| r.trim().to_lowercase()) {
        if r.is_empty() {
            continue;
        }
        if !q.roles.iter().any(|k| k.id == r) {
            let known: Vec<&str> = q.roles.iter().map(|k| k.id.as_str()).collect();
            return Err(EntryError {
                field: "roles",
                why: format!(
                    "\"{r}\" is not a role of this questionnaire; give one of {}",
                    if known.is_empty() {
                        "none (it names no roles)".to_string()
                    } else {
                        known.join(", ")
                    }
                ),
                kind: EntryKind::Role {
                    given: r.clone(),
                    known: known.iter().map(|k| k.to_string()).collect(),
                },
            });
        }
        if !out.contains(&r) {
            out.push(r);
        }
    }
    Ok(out)
}

/// A system's EU AI Act class as given.
pub fn check_class(class: &str) -> Result<EuClass, EntryError> {
    EuClass::parse(class).ok_or_else(|| EntryError {
        field: "class",
        why: format!(
            "\"{}\" is not an EU AI Act class; give prohibited, high-risk, transparency, minimal or general-purpose",
            class.trim()
        ),
        kind: EntryKind::Class {
            given: class.trim().to_string(),
        },
    })
}

/// A system's name or purpose as given, trimmed and checked.
pub fn check_text(field: &'static str, text: &str) -> Result<String, EntryError> {
    crate::assessment::check_text(field, text).map_err(|e| EntryError::text(field, e))?;
    Ok(text.trim().to_string())
}

/// A system as typed in the record screen's form: name (needed), purpose, roles separated by
/// commas, class, and in scope yes or no; numbered `number` (0: a new one).
pub fn system_entry(
    q: &Questionnaire,
    number: u32,
    [name, purpose, roles, class, in_scope]: [&str; 5],
) -> Result<AiSystem, EntryError> {
    let name = check_text("name", name)?;
    if name.is_empty() {
        return Err(EntryError {
            field: "name",
            why: "give the system's name, for example \"Route optimisation\"".into(),
            kind: EntryKind::SystemName,
        });
    }
    let roles: Vec<String> = roles.split(',').map(str::to_string).collect();
    let in_scope = match in_scope.trim().to_lowercase().as_str() {
        "" | "y" | "yes" => true,
        "n" | "no" => false,
        other => {
            return Err(EntryError {
                field: "in scope",
                why: format!("\"{other}\" is neither yes nor no"),
                kind: EntryKind::InScope {
                    given: other.to_string(),
                },
            });
        }
    };
    Ok(AiSystem {
        number,
        name,
        purpose: check_text("purpose", purpose)?,
        roles: check_roles(q, &roles)?,
        class: check_class(class)?,
        in_scope,
    })
}

/// The article numbers a crosswalk reference names: "Art. 26" and "Art. 26(6)" are 26.
fn article(reference: &str) -> Option<u32> {
    let rest = reference.trim().strip_prefix("Art.")?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The EU AI Act articles a control's questions are crosswalked to.
pub fn control_articles(control: &Requirement) -> Vec<u32> {
    let mut out: Vec<u32> = control
        .questions
        .iter()
        .flat_map(|q| q.crosswalk.get(EU_AI_ACT).into_iter().flatten())
        .filter_map(|r| article(r))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The systems in scope whose roles meet the control's; a control tagged with no role
/// concerns every system.
pub fn matching<'a>(control: &Requirement, systems: &'a [AiSystem]) -> Vec<&'a AiSystem> {
    systems
        .iter()
        .filter(|s| s.in_scope)
        .filter(|s| control.roles.is_empty() || s.roles.iter().any(|r| control.roles.contains(r)))
        .collect()
}

/// What the systems in scope suggest for one control.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Suggestion {
    /// No system in scope plays a role the control concerns: exclude it, with this drafted
    /// justification.
    Exclude {
        control: String,
        justification: String,
    },
    /// A system's class triggers obligations the control is crosswalked to: include it for
    /// this legal reason.
    Include { control: String, obligation: String },
}

impl Suggestion {
    pub fn control(&self) -> &str {
        match self {
            Suggestion::Exclude { control, .. } | Suggestion::Include { control, .. } => control,
        }
    }

    /// "exclude" or "include", as stored.
    pub fn kind(&self) -> &'static str {
        match self {
            Suggestion::Exclude { .. } => "exclude",
            Suggestion::Include { .. } => "include",
        }
    }

    /// The drafted justification, or the legal reason.
    pub fn text(&self) -> &str {
        match self {
            Suggestion::Exclude { justification, .. } => justification,
            Suggestion::Include { obligation, .. } => obligation,
        }
    }

    /// A suggestion as stored: its control, kind ("exclude" or "include") and text.
    pub fn from_parts(control: &str, kind: &str, text: &str) -> Option<Suggestion> {
        let (control, text) = (control.to_string(), text.to_string());
        match kind {
            "exclude" => Some(Suggestion::Exclude {
                control,
                justification: text,
            }),
            "include" => Some(Suggestion::Include {
                control,
                obligation: text,
            }),
            _ => None,
        }
    }

    /// The decision that confirming it writes: excluded with the drafted justification, or
    /// included for the legal or regulatory obligation.
    pub fn decision(&self) -> crate::soa::Decision {
        match self {
            Suggestion::Exclude { justification, .. } => {
                crate::soa::Decision::Exclude(justification.clone())
            }
            Suggestion::Include { obligation, .. } => crate::soa::Decision::Include(Inclusion {
                kind: Some(crate::soa::ReasonKind::Legal),
                text: obligation.clone(),
                risks: Vec::new(),
            }),
        }
    }
}

/// What the assessor made of a suggestion, and who, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// The suggestion as it read when judged.
    pub suggestion: Suggestion,
    /// Confirmed (the control's decision was written with it), or rejected.
    pub accepted: bool,
    pub author: String,
    pub at: jiff::Timestamp,
}

/// The suggestions still to judge: those the assessor rejected, as they read now, are not
/// proposed again (a later verdict on the same one counts); and how many were held back so.
pub fn pending(suggestions: Vec<Suggestion>, verdicts: &[Verdict]) -> (Vec<Suggestion>, usize) {
    let rejected = |s: &Suggestion| {
        verdicts
            .iter()
            .rev()
            .find(|v| v.suggestion == *s)
            .is_some_and(|v| !v.accepted)
    };
    let before = suggestions.len();
    let open: Vec<Suggestion> = suggestions.into_iter().filter(|s| !rejected(s)).collect();
    let held = before - open.len();
    (open, held)
}

/// The suggestions for every annex control not yet decided that way: a control already
/// excluded is not proposed for exclusion, nor one included for a stated reason for
/// inclusion. Nothing is suggested without a system in scope.
pub fn suggest(
    q: &Questionnaire,
    systems: &[AiSystem],
    answers: &BTreeMap<String, Answer>,
    inclusions: &BTreeMap<String, Inclusion>,
) -> Vec<Suggestion> {
    suggest_in(q, systems, answers, inclusions, crate::i18n::Lang::En)
}

/// [`suggest`], the justifications and reasons written in `lang` (the assessment's: they
/// become its decisions).
pub fn suggest_in(
    q: &Questionnaire,
    systems: &[AiSystem],
    answers: &BTreeMap<String, Answer>,
    inclusions: &BTreeMap<String, Inclusion>,
    lang: crate::i18n::Lang,
) -> Vec<Suggestion> {
    let in_scope: Vec<&AiSystem> = systems.iter().filter(|s| s.in_scope).collect();
    if in_scope.is_empty() {
        return Vec::new();
    }
    let role_title = |id: &str| {
        q.roles
            .iter()
            .find(|r| r.id == id)
            .map_or_else(|| id.to_string(), |r| r.title.clone())
    };
    let mut out = Vec::new();
    for (section, control) in q.requirements() {
        if section.kind != SectionKind::Annex {
            continue;
        }
        let excluded = matches!(state(control, answers), State::Excluded { .. });
        // Pulled in only where not included for a stated reason already.
        let stated = inclusions.contains_key(&control.reference);
        // Obligations first: a high-risk system's duties outweigh a role that does not match.
        let articles = control_articles(control);
        let triggered: Vec<String> = in_scope
            .iter()
            .filter_map(|s| {
                let hit: Vec<String> = s
                    .class
                    .articles(&s.roles)
                    .iter()
                    .filter(|a| articles.contains(a))
                    .map(|a| format!("Art. {a}"))
                    .collect();
                (!hit.is_empty()).then(|| {
                    let class = s.class.label_in(lang);
                    // English writes the class in lower case inside the sentence; German
                    // nouns keep their capital.
                    let class = match lang {
                        crate::i18n::Lang::De => class,
                        _ => class.to_lowercase(),
                    };
                    crate::t!(
                        lang,
                        "tui-suggest-obligation",
                        articles = &hit.join(", "),
                        system = &s.name,
                        class = &class
                    )
                })
            })
            .collect();
        if !triggered.is_empty() {
            if excluded || !stated {
                out.push(Suggestion::Include {
                    control: control.reference.clone(),
                    obligation: triggered.join("; "),
                });
            }
            continue;
        }
        if !excluded && matching(control, systems).is_empty() {
            let roles: Vec<String> = control.roles.iter().map(|r| role_title(r)).collect();
            let names: Vec<&str> = in_scope.iter().map(|s| s.name.as_str()).collect();
            out.push(Suggestion::Exclude {
                control: control.reference.clone(),
                justification: crate::t!(
                    lang,
                    "tui-suggest-justification",
                    roles = &roles.join(&crate::t!(lang, "tui-suggest-or")),
                    systems = &names.join(", "),
                    reference = &control.reference,
                    title = &control.title
                ),
            });
        }
    }
    out
}

/// An AI role as a report written in `lang` names it: the built-in roles (producer,
/// provider, customer, partner) from the catalogue, any other by its id.
pub fn role_label(lang: crate::i18n::Lang, role: &str) -> String {
    match role {
        "producer" => lang.t("report-role-producer"),
        "provider" => lang.t("report-role-provider"),
        "customer" => lang.t("report-role-customer"),
        "partner" => lang.t("report-role-partner"),
        other => other.to_string(),
    }
}

/// Roles as a report lists them: "producer, provider".
pub fn roles_text(lang: crate::i18n::Lang, roles: &[String]) -> String {
    roles
        .iter()
        .map(|r| role_label(lang, r))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::catalog::built_in;

    fn system(name: &str, roles: &[&str], class: EuClass, in_scope: bool) -> AiSystem {
        AiSystem {
            number: 1,
            name: name.into(),
            purpose: String::new(),
            roles: roles.iter().map(|r| r.to_string()).collect(),
            class,
            in_scope,
        }
    }

    #[test]
    fn a_control_no_system_in_scope_concerns_is_proposed_for_exclusion() {
        let q = built_in("iso42001").unwrap();
        let systems = [
            system("Chatbot", &["customer"], EuClass::Minimal, true),
            system("Own model", &["producer"], EuClass::Minimal, false),
        ];
        let s = suggest(q, &systems, &BTreeMap::new(), &BTreeMap::new());
        let excluded: Vec<&str> = s
            .iter()
            .filter(|s| matches!(s, Suggestion::Exclude { .. }))
            .map(Suggestion::control)
            .collect();
        // A.10.4 concerns providers and producers only; A.9.2 concerns customers.
        assert!(excluded.contains(&"A.10.4"), "{excluded:?}");
        assert!(!excluded.contains(&"A.9.2"), "{excluded:?}");
        let Some(Suggestion::Exclude { justification, .. }) =
            s.iter().find(|s| s.control() == "A.10.4")
        else {
            panic!()
        };
        assert!(
            justification.starts_with("The organisation is not AI provider or AI producer")
                && justification.contains("(Chatbot)"),
            "{justification}"
        );
        // Without a system in scope nothing is suggested.
        assert!(suggest(q, &systems[1..], &BTreeMap::new(), &BTreeMap::new()).is_empty());
    }

    #[test]
    fn a_high_risk_system_pulls_in_the_controls_crosswalked_to_its_obligations() {
        let q = built_in("iso42001").unwrap();
        let systems = [system("Routing", &["customer"], EuClass::HighRisk, true)];
        let s = suggest(q, &systems, &BTreeMap::new(), &BTreeMap::new());
        let included: Vec<&Suggestion> = s
            .iter()
            .filter(|s| matches!(s, Suggestion::Include { .. }))
            .collect();
        assert!(!included.is_empty());
        for i in &included {
            let (_, control) = q.requirement(i.control()).unwrap();
            let articles = control_articles(control);
            assert!(
                [26, 27].iter().any(|a| articles.contains(a)),
                "a deployer's duties: {i:?}"
            );
            let Suggestion::Include { obligation, .. } = i else {
                unreachable!()
            };
            assert!(obligation.contains("(Routing: high-risk)"), "{obligation}");
        }
        // A minimal-risk system with the same role pulls in nothing.
        let minimal = [system("Routing", &["customer"], EuClass::Minimal, true)];
        assert!(
            suggest(q, &minimal, &BTreeMap::new(), &BTreeMap::new())
                .iter()
                .all(|s| matches!(s, Suggestion::Exclude { .. }))
        );
    }

    #[test]
    fn a_rejected_suggestion_is_held_back_while_it_reads_the_same() {
        let exclude = |why: &str| Suggestion::Exclude {
            control: "A.10.4".into(),
            justification: why.into(),
        };
        let verdict = |s: Suggestion, accepted: bool| Verdict {
            suggestion: s,
            accepted,
            author: "Jo".into(),
            at: jiff::Timestamp::UNIX_EPOCH,
        };
        let now = vec![exclude("No provider (Chatbot)")];
        assert_eq!(pending(now.clone(), &[]), (now.clone(), 0));
        let rejected = [verdict(exclude("No provider (Chatbot)"), false)];
        assert_eq!(pending(now.clone(), &rejected), (vec![], 1));
        // Worded otherwise (the systems changed), it is proposed again.
        let other = vec![exclude("No provider (Chatbot, Routing)")];
        assert_eq!(pending(other.clone(), &rejected), (other, 0));
        // The latest verdict counts.
        let then_accepted = [rejected[0].clone(), verdict(now[0].clone(), true)];
        assert_eq!(pending(now.clone(), &then_accepted), (now, 0));
    }

    #[test]
    fn articles_are_read_from_crosswalk_references() {
        assert_eq!(article("Art. 26"), Some(26));
        assert_eq!(article("Art. 26(6)"), Some(26));
        assert_eq!(article("Annex III"), None);
        assert_eq!(EuClass::parse("High risk"), Some(EuClass::HighRisk));
        assert_eq!(EuClass::parse("GPAI"), Some(EuClass::GeneralPurpose));
    }
}
