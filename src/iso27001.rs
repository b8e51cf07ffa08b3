//! ISO/IEC 27001:2022 carry-over: which clauses and Annex A controls of an organisation's
//! ISO 27001 management system are in place, and what that suggests for the ISO 42001
//! questions the catalogue's crosswalk maps to them.
//!
//! Pure: the list of references (identifiers only, the public structure of the standard),
//! reading them as typed, and the suggestion rule. A suggestion is never an answer: it
//! becomes one only when the assessor accepts it, and the accepted answer then carries
//! [`CarriedOver`] so that the report can say which answers were reused.
//!
//! The rule (also in the report's method appendix): a 42001 question is suggested a starting
//! level when at least one of the ISO 27001 references its crosswalk names is in place.
//!
//! | the 27001 references named | the question needs AI-specific content | suggested level |
//! |---|---|---|
//! | all in place | no | 3 |
//! | all in place | yes | 2 |
//! | some in place | no | 2 |
//! | some in place | yes | 1 |
//!
//! A question needs AI-specific content when it sits in an Annex A section (every control of
//! ISO 42001's Annex A is about AI), or its requirement's title names AI other than as "AI
//! management system" (the AI policy, AI risk, AI system impact assessment, AI objectives):
//! a working ISMS process covers the management-system machinery, not the AI subject matter.
//! The level is capped at the top of the questionnaire's scale. Questions already answered
//! get no suggestion.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::assessment::Answer;
use crate::questionnaire::{QuestionRef, Questionnaire, SectionKind};

/// The crosswalk framework id the catalogue uses for ISO/IEC 27001:2022.
pub const FRAMEWORK: &str = "iso27001";

/// Estimated workshop time saved by each answer reused from ISO 27001 and still at the level
/// carried over: the question is confirmed against the ISMS evidence instead of being
/// explored from nothing (see the method appendix).
pub const MINUTES_SAVED_PER_ANSWER: u32 = 20;

/// The sub-clauses of clauses 4–10 that carry requirements (headings such as 6.1 or 9.2 are
/// left out: their sub-clauses are listed).
const CLAUSES: &[&str] = &[
    "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1.1", "6.1.2", "6.1.3", "6.2", "6.3",
    "7.1", "7.2", "7.3", "7.4", "7.5.1", "7.5.2", "7.5.3", "8.1", "8.2", "8.3", "9.1", "9.2.1",
    "9.2.2", "9.3.1", "9.3.2", "9.3.3", "10.1", "10.2",
];

/// Annex A themes of ISO/IEC 27001:2022 and the number of controls in each.
const ANNEX_A: &[(u8, u8, &str)] = &[
    (5, 37, "Organisational controls"),
    (6, 8, "People controls"),
    (7, 14, "Physical controls"),
    (8, 34, "Technological controls"),
];

/// Headings whose sub-clauses are the references, for a clearer refusal.
const HEADINGS: &[(&str, &str)] = &[
    ("6.1", "6.1.1–6.1.3"),
    ("7.5", "7.5.1–7.5.3"),
    ("9.2", "9.2.1–9.2.2"),
    ("9.3", "9.3.1–9.3.3"),
];

/// Every reference that can be in place, in the standard's order: the clauses, then Annex A.
pub fn references() -> Vec<String> {
    let mut all: Vec<String> = CLAUSES.iter().map(|c| (*c).to_string()).collect();
    for (theme, count, _) in ANNEX_A {
        all.extend((1..=*count).map(|n| format!("A.{theme}.{n}")));
    }
    all
}

/// The group a reference belongs to, for the checklist: "Clause 6" or an Annex A theme.
pub fn group(reference: &str) -> String {
    if let Some(rest) = reference.strip_prefix("A.") {
        let theme: u8 = rest
            .split('.')
            .next()
            .and_then(|t| t.parse().ok())
            .unwrap_or(0);
        return ANNEX_A
            .iter()
            .find(|(t, _, _)| *t == theme)
            .map_or_else(String::new, |(t, _, title)| format!("A.{t} {title}"));
    }
    format!(
        "Clause {}",
        reference.split('.').next().unwrap_or(reference)
    )
}

/// [`group`] in `lang`: "Clause 6" or an Annex A theme, as the checklist screen heads it.
pub fn group_in(lang: crate::i18n::Lang, reference: &str) -> String {
    if let Some(rest) = reference.strip_prefix("A.") {
        let theme: u8 = rest
            .split('.')
            .next()
            .and_then(|t| t.parse().ok())
            .unwrap_or(0);
        return match theme {
            5 => lang.t("tui-iso27001-theme-5"),
            6 => lang.t("tui-iso27001-theme-6"),
            7 => lang.t("tui-iso27001-theme-7"),
            8 => lang.t("tui-iso27001-theme-8"),
            _ => String::new(),
        };
    }
    crate::t!(
        lang,
        "tui-iso27001-clause",
        clause = reference.split('.').next().unwrap_or(reference)
    )
}

/// Orders references as the standard does (clauses by number, then Annex A).
pub fn order(reference: &str) -> (bool, Vec<u32>) {
    let annex = reference.starts_with("A.");
    let numbers = reference
        .trim_start_matches("A.")
        .split('.')
        .map(|n| n.parse().unwrap_or(u32::MAX))
        .collect();
    (annex, numbers)
}

/// Reads one reference as typed ("a.5.1", "A5.1", " 6.1.2 ") into its canonical form, or
/// says why it is not one of ISO/IEC 27001:2022.
pub fn parse(text: &str) -> Result<String, String> {
    parse_in(crate::i18n::Lang::En, text)
}

/// [`parse`], the refusal in `lang` (references stay as they are).
pub fn parse_in(lang: crate::i18n::Lang, text: &str) -> Result<String, String> {
    let t = text.trim();
    let canonical = match t.strip_prefix(['A', 'a']) {
        Some(rest) => format!("A.{}", rest.trim_start_matches('.')),
        None => t.to_string(),
    };
    if CLAUSES.contains(&canonical.as_str()) {
        return Ok(canonical);
    }
    if let Some(rest) = canonical.strip_prefix("A.") {
        let mut parts = rest.split('.');
        if let (Some(theme), Some(n), None) = (parts.next(), parts.next(), parts.next())
            && let (Ok(theme), Ok(n)) = (theme.parse::<u8>(), n.parse::<u8>())
            && let Some((_, count, _)) = ANNEX_A.iter().find(|(t, _, _)| *t == theme)
            && (1..=*count).contains(&n)
            && !rest.starts_with('0')
            && !rest.contains(".0")
        {
            return Ok(canonical);
        }
        return Err(crate::t!(lang, "cli-iso-not-control", typed = t));
    }
    if let Some((_, subs)) = HEADINGS.iter().find(|(h, _)| *h == canonical) {
        return Err(crate::t!(lang, "cli-iso-heading", typed = t, subs = *subs));
    }
    Err(crate::t!(lang, "cli-iso-not-reference", typed = t))
}

/// Reads references separated by commas, whitespace or new lines; `#` starts a comment to
/// the end of its line. Every unknown one is reported, with its line when there are lines.
pub fn parse_list(text: &str) -> Result<BTreeSet<String>, Vec<String>> {
    parse_list_in(crate::i18n::Lang::En, text)
}

/// [`parse_list`], the refusals in `lang`.
pub fn parse_list_in(lang: crate::i18n::Lang, text: &str) -> Result<BTreeSet<String>, Vec<String>> {
    let mut found = BTreeSet::new();
    let mut problems = Vec::new();
    let many_lines = text.lines().count() > 1;
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("");
        for word in line
            .split([',', ' ', '\t', ';'])
            .filter(|w| !w.trim().is_empty())
        {
            match parse_in(lang, word) {
                Ok(r) => {
                    found.insert(r);
                }
                Err(e) if many_lines => problems.push(crate::t!(
                    lang,
                    "cli-iso-on-line",
                    line = &(n + 1).to_string(),
                    problem = &e
                )),
                Err(e) => problems.push(e),
            }
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(problems)
    }
}

/// Where an accepted answer's level came from: the ISO 27001 references in place that the
/// question maps to, and the level suggested. Kept on the answer (and so in its history).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CarriedOver {
    pub refs: Vec<String>,
    pub level: u8,
}

impl CarriedOver {
    /// "5.2, A.5.1"
    pub fn refs_text(&self) -> String {
        self.refs.join(", ")
    }
}

/// What the crosswalk suggests for one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub question: String,
    pub level: u8,
    /// The question's ISO 27001 references that are in place.
    pub refs: Vec<String>,
    /// Its references that are not.
    pub missing: Vec<String>,
    pub ai_specific: bool,
}

impl Suggestion {
    /// The note written into the finding when the suggestion is accepted.
    pub fn note(&self) -> String {
        note(&self.refs)
    }

    /// The answer an accepted suggestion makes of `answer`: the level, the note added to the
    /// finding (kept as it was if the note is there already), and where it came from.
    pub fn accept(&self, answer: &Answer) -> Answer {
        let mut a = answer.clone();
        a.response = crate::assessment::Response::Maturity { level: self.level };
        let note = self.note();
        if a.finding.trim().is_empty() {
            a.finding = note;
        } else if !a.finding.contains(&note) {
            a.finding = format!("{}\n{note}", a.finding.trim_end());
        }
        a.carried_over = Some(CarriedOver {
            refs: self.refs.clone(),
            level: self.level,
        });
        a
    }
}

/// "Carried over from ISO 27001 5.2, A.5.1: the ISMS process is in place; confirm it covers AI."
pub fn note(refs: &[String]) -> String {
    format!(
        "Carried over from ISO 27001 {}: the ISMS practice is in place; confirm that it covers AI.",
        refs.join(", ")
    )
}

/// Whether a question needs content specific to AI that an ISMS would not have (see the
/// module documentation).
pub fn needs_ai_content(q: &QuestionRef) -> bool {
    if q.kind() == SectionKind::Annex {
        return true;
    }
    let title = q.requirement.title.replace("AI management system", "");
    title
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "AI")
}

/// The suggestion for one question, if the crosswalk names ISO 27001 references and any of
/// them is in place. Says nothing about whether the question is answered.
pub fn suggestion(
    questionnaire: &Questionnaire,
    q: &QuestionRef,
    in_place: &BTreeSet<String>,
) -> Option<Suggestion> {
    let mapped = q.question.crosswalk.get(FRAMEWORK)?;
    let (refs, missing): (Vec<String>, Vec<String>) =
        mapped.iter().cloned().partition(|r| in_place.contains(r));
    if refs.is_empty() {
        return None;
    }
    let ai_specific = needs_ai_content(q);
    let level: u8 = match (missing.is_empty(), ai_specific) {
        (true, false) => 3,
        (true, true) | (false, false) => 2,
        (false, true) => 1,
    };
    Some(Suggestion {
        question: q.question.id.clone(),
        level: level.min(questionnaire.max_level()),
        refs,
        missing,
        ai_specific,
    })
}

/// Suggestions for every question not answered yet, in questionnaire order.
pub fn suggestions(
    questionnaire: &Questionnaire,
    in_place: &BTreeSet<String>,
    answers: &BTreeMap<String, Answer>,
) -> Vec<Suggestion> {
    questionnaire
        .questions()
        .filter(|q| {
            answers
                .get(&q.question.id)
                .is_none_or(|a| !a.response.is_answered())
        })
        .filter_map(|q| suggestion(questionnaire, &q, in_place))
        .collect()
}

/// The questions the crosswalk maps to a reference, by reference.
pub fn mapped_questions(questionnaire: &Questionnaire) -> BTreeMap<String, Vec<String>> {
    let mut by_ref: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for q in questionnaire.questions() {
        for r in q.question.crosswalk.get(FRAMEWORK).into_iter().flatten() {
            by_ref
                .entry(r.clone())
                .or_default()
                .push(q.question.id.clone());
        }
    }
    by_ref
}

/// Answers reused from ISO 27001: those that carry where they came from, with whether the
/// level is still the one carried over.
pub fn reused(answers: &BTreeMap<String, Answer>) -> Vec<(&str, &CarriedOver, bool)> {
    answers
        .iter()
        .filter_map(|(id, a)| {
            let c = a.carried_over.as_ref()?;
            Some((id.as_str(), c, a.response.maturity() == Some(c.level)))
        })
        .collect()
}

/// The estimated workshop minutes the reused answers saved: those still at the level
/// carried over, at [`MINUTES_SAVED_PER_ANSWER`] each.
pub fn minutes_saved(answers: &BTreeMap<String, Answer>) -> u32 {
    let kept = reused(answers).iter().filter(|(_, _, kept)| *kept).count();
    u32::try_from(kept).unwrap_or(u32::MAX) * MINUTES_SAVED_PER_ANSWER
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::catalog::built_in;

    #[test]
    fn the_list_holds_the_clauses_and_the_93_controls() {
        let all = references();
        assert_eq!(all.len(), 30 + 93);
        assert_eq!(all.last().map(String::as_str), Some("A.8.34"));
        assert!(all.iter().all(|r| parse(r).as_ref() == Ok(r)));
    }

    #[test]
    fn references_are_read_as_typed_and_unknown_ones_refused() {
        assert_eq!(parse(" a5.1 ").unwrap(), "A.5.1");
        assert_eq!(parse("A.8.34").unwrap(), "A.8.34");
        assert_eq!(parse("10.2").unwrap(), "10.2");
        for bad in [
            "A.5.38", "A.9.1", "A.5.0", "A.05.1", "11.1", "4.5", "x", "A.5",
        ] {
            assert!(parse(bad).is_err(), "{bad} accepted");
        }
        assert!(parse("6.1").unwrap_err().contains("6.1.1–6.1.3"));
        assert!(parse("A.5.38").unwrap_err().contains("A.5.1–A.5.37"));
        let err = parse_list("5.2\nA.5.1 # policies\nA.5.99\n").unwrap_err();
        assert_eq!(err.len(), 1);
        assert!(err[0].starts_with("line 3: \"A.5.99\""), "{err:?}");
        let ok = parse_list("5.2, a.5.1;A.8.34").unwrap();
        assert_eq!(
            ok.into_iter().collect::<Vec<_>>(),
            ["5.2", "A.5.1", "A.8.34"]
        );
    }

    #[test]
    fn the_crosswalk_suggests_levels_by_the_rule() {
        let q = built_in("iso42001").unwrap();
        let place = |refs: &[&str]| refs.iter().map(|r| (*r).to_string()).collect();
        // 7.2 competence: the same machinery as the ISMS, fully in place.
        let s = suggestions(q, &place(&["7.2"]), &BTreeMap::new());
        let competence = s.iter().find(|s| s.question.starts_with("7.2")).unwrap();
        assert_eq!((competence.level, competence.ai_specific), (3, false));
        // 5.2 is the AI policy: AI-specific content on top of the ISMS one.
        let s = suggestions(q, &place(&["5.2"]), &BTreeMap::new());
        assert!(s.iter().all(|s| s.level == 2 && s.ai_specific), "{s:?}");
        assert!(!s.is_empty());
        // Nothing in place: nothing suggested; an answered question: no suggestion.
        assert!(suggestions(q, &BTreeSet::new(), &BTreeMap::new()).is_empty());
        let answered: BTreeMap<String, Answer> =
            [(competence.question.clone(), Answer::with_maturity(1))].into();
        assert!(
            !suggestions(q, &place(&["7.2"]), &answered)
                .iter()
                .any(|s| s.question == competence.question)
        );
    }

    #[test]
    fn accepting_sets_the_level_the_note_and_where_it_came_from() {
        let s = Suggestion {
            question: "7.2-a".into(),
            level: 3,
            refs: vec!["7.2".into()],
            missing: vec![],
            ai_specific: false,
        };
        let a = s.accept(&Answer::default());
        assert_eq!(a.response.maturity(), Some(3));
        assert!(a.finding.starts_with("Carried over from ISO 27001 7.2"));
        let mut answers = BTreeMap::from([("7.2-a".to_string(), a.clone())]);
        assert_eq!(minutes_saved(&answers), MINUTES_SAVED_PER_ANSWER);
        // Accepting again keeps the finding as it is.
        assert_eq!(s.accept(&a).finding, a.finding);
        // Changed afterwards: still reused, no time saved.
        answers.get_mut("7.2-a").unwrap().response =
            crate::assessment::Response::Maturity { level: 1 };
        assert_eq!(reused(&answers).len(), 1);
        assert_eq!(minutes_saved(&answers), 0);
    }

    #[test]
    fn refused_references_are_said_in_the_language() {
        use crate::i18n::Lang;
        let text = "A.5.99\n6.1\nfoo";
        let english = parse_list(text).unwrap_err();
        assert_eq!(
            english,
            [
                "line 1: \"A.5.99\" is not an Annex A control of ISO/IEC 27001:2022 (A.5.1–A.5.37, A.6.1–A.6.8, A.7.1–A.7.14, A.8.1–A.8.34)".to_string(),
                format!("line 2: {}", parse("6.1").unwrap_err()),
                "line 3: \"foo\" is not a clause or Annex A control of ISO/IEC 27001:2022 (clauses 4.1–10.2, controls A.5.1–A.8.34); `aimsgap iso27001 ID --list` shows them all".to_string(),
            ]
        );
        assert!(
            english[1].starts_with(
                "line 2: \"6.1\" is a heading in ISO/IEC 27001:2022; give its sub-clauses "
            ),
            "{}",
            english[1]
        );
        assert_eq!(parse_list_in(Lang::En, text).unwrap_err(), english);
        let german = parse_list_in(Lang::De, text).unwrap_err();
        assert!(
            german[0].starts_with("Zeile 1: „A.5.99“ ist keine Maßnahme (Anhang A)"),
            "{}",
            german[0]
        );
        assert!(german[1].contains("Überschrift"), "{}", german[1]);
        assert!(german[2].contains("weder ein Abschnitt"), "{}", german[2]);
        for g in &german {
            assert!(!g.contains(" is ") && !g.contains("line"), "{g}");
        }
        let data = [
            "A.5.99", "6.1", "foo", "ISO/IEC", "ISO", "IEC", "aimsgap", "iso27001", "ID", "--list",
        ];
        for p in parse_list_in(Lang::Pseudo, text).unwrap_err() {
            assert!(crate::i18n::escaped_words(&p, &data).is_empty(), "{p}");
        }
    }
}
