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
use crate::i18n::Lang;
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
    /// The word every report shows, capitalised the same way everywhere.
    pub fn label(self) -> &'static str {
        match self {
            Status::Conforming => "Conforming",
            Status::Partial => "Partial",
            Status::Absent => "Absent",
            Status::Excluded => "Excluded",
            Status::NotAssessed => "Not assessed",
        }
    }

    /// [`Status::label`] in `lang`, as a report written in that language shows it.
    pub fn label_in(self, lang: Lang) -> String {
        lang.t(match self {
            Status::Conforming => "report-status-conforming",
            Status::Partial => "report-status-partial",
            Status::Absent => "report-status-absent",
            Status::Excluded => "report-status-excluded",
            Status::NotAssessed => "report-status-not-assessed",
        })
    }

    /// The machine name, as in the JSON export.
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

    /// The class in plain words: "certification blocker", "significant gap", "improvement".
    pub fn name(self) -> &'static str {
        match self {
            Priority::P1 => "certification blocker",
            Priority::P2 => "significant gap",
            Priority::P3 => "improvement",
        }
    }

    /// The plural of [`Priority::name`].
    pub fn plural(self) -> &'static str {
        match self {
            Priority::P1 => "certification blockers",
            Priority::P2 => "significant gaps",
            Priority::P3 => "improvements",
        }
    }

    /// What an auditor would call it today. P2 is never called major.
    pub fn audit_term(self) -> &'static str {
        match self {
            Priority::P1 => "a major nonconformity if audited today",
            Priority::P2 => "a nonconformity likely",
            Priority::P3 => "an opportunity for improvement",
        }
    }

    /// The words every report uses for the class, with the same capitalisation everywhere:
    /// "certification blocker (a major nonconformity if audited today)".
    pub fn describe(self) -> String {
        format!("{} ({})", self.name(), self.audit_term())
    }

    /// The code and its words: "P1 certification blocker (a major nonconformity if audited
    /// today)".
    pub fn label(self) -> String {
        format!("{} {}", self.as_str(), self.describe())
    }

    fn message(self, what: &str) -> String {
        format!(
            "report-priority-{}{what}",
            self.as_str().to_ascii_lowercase()
        )
    }

    /// [`Priority::name`] in `lang`.
    pub fn name_in(self, lang: Lang) -> String {
        lang.t(&self.message(""))
    }

    /// The class's noun in `lang`, singular or plural as `count` asks: "1 significant gap",
    /// "3 significant gaps" (the caller writes the number).
    pub fn noun_in(self, lang: Lang, count: usize) -> String {
        lang.t_args(&self.message("-noun"), &[("count", count.into())])
    }

    /// [`Priority::audit_term`] in `lang`.
    pub fn audit_term_in(self, lang: Lang) -> String {
        lang.t(&self.message("-audit"))
    }

    /// [`Priority::describe`] in `lang`.
    pub fn describe_in(self, lang: Lang) -> String {
        lang.t(&self.message("-describe"))
    }

    /// [`Priority::label`] in `lang`.
    pub fn label_in(self, lang: Lang) -> String {
        lang.t(&self.message("-label"))
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
        f.score = (f.answered > 0).then(|| weighted / weights);
        f.coverage = ratio(f.answered, f.applicable);
        f.readiness = ratio(f.ready, f.applicable);
        f
    }
}

/// `n / of`, undefined when `of` is zero: coverage and readiness over the applicable questions.
pub fn ratio(n: usize, of: usize) -> Option<f64> {
    (of > 0).then(|| n as f64 / of as f64)
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

/// The response as scoring reads it: a maturity above the questionnaire's scale, or
/// not-applicable on a clause question, counts as not answered. Neither can be given with
/// the questionnaire as it is, but both remain when a questionnaire is replaced after the
/// answers were given (`check` names each one); scores never rest on them.
pub fn usable<'r>(at: QuestionRef<'_>, response: &'r Response, max: u8) -> &'r Response {
    static UNANSWERED: Response = Response::Unanswered;
    match response {
        Response::Maturity { level } if *level > max => &UNANSWERED,
        Response::NotApplicable { .. } if at.kind() == SectionKind::Clause => &UNANSWERED,
        r => r,
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
    // A target above the scale (the questionnaire was replaced) is read as its top.
    let max = questionnaire.max_level();
    let target = target.min(max);
    let questions: Vec<QuestionScore> = questionnaire
        .questions()
        .enumerate()
        .map(|(i, at)| {
            let response = answers
                .get(&at.question.id)
                .map_or(&unanswered, |a| &a.response);
            score_question(at, i, usable(at, response, max), target)
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

/// The overall figures alone, from the responses by question id: what a list of
/// assessments shows. The same as `score(..).all`, without the rest of the scorecard.
pub fn overall(
    questionnaire: &Questionnaire,
    responses: &BTreeMap<String, Response>,
    target: u8,
) -> Figures {
    let unanswered = Response::Unanswered;
    let max = questionnaire.max_level();
    let target = target.min(max);
    let scores: Vec<QuestionScore> = questionnaire
        .questions()
        .enumerate()
        .map(|(i, at)| {
            let response = responses.get(&at.question.id).unwrap_or(&unanswered);
            score_question(at, i, usable(at, response, max), target)
        })
        .collect();
    Figures::of(&scores, target)
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
    ratio.map_or_else(
        || "—".to_string(),
        |r| format!("{:.0}%", round_half_up(r * 100.0, 0)),
    )
}

/// A score to one decimal, or "—" when undefined.
pub fn one_decimal(score: Option<f64>) -> String {
    score.map_or_else(
        || "—".to_string(),
        |s| format!("{:.1}", round_half_up(s, 1)),
    )
}

/// A number of person-days (or weeks) as every report and screen writes it: one decimal by
/// [`round_half_up`], none when whole, never "-0" (an empty sum is -0.0).
pub fn days(x: f64) -> String {
    let x = round_half_up(x, 1);
    if x == 0.0 {
        return "0".into();
    }
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}

/// [`percent`] as `lang` writes it: "43%" in English, "43 %" in German (with a no-break
/// space, so that the sign never starts a line).
pub fn percent_in(lang: Lang, ratio: Option<f64>) -> String {
    match ratio {
        None => "—".to_string(),
        Some(r) => lang.percent(round_half_up(r * 100.0, 0)),
    }
}

/// [`one_decimal`] with the decimal separator of `lang`.
pub fn one_decimal_in(lang: Lang, score: Option<f64>) -> String {
    score.map_or_else(|| "—".to_string(), |s| lang.decimal(round_half_up(s, 1), 1))
}

/// [`days`] with the decimal separator of `lang`: "2.5" or "2,5".
pub fn days_in(lang: Lang, x: f64) -> String {
    let text = days(x);
    match lang.decimal_separator() {
        '.' => text,
        sep => text.replace('.', &sep.to_string()),
    }
}

/// The one rounding rule of every report: to `decimals` places, a half rounded away from
/// zero (1.25 → 1.3, 12.5 % → 13 %), as spreadsheets round a cell's number format; a half
/// that binary floating point stores a hair below (1.15 is 1.1499…) still counts as a half.
/// Formatting with `{:.1}` alone rounds a half to even (1.25 → "1.2") and would disagree
/// with the workbook.
pub fn round_half_up(x: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    let scaled = x * scale;
    // Scores are weighted means of small whole numbers: 1e-9 is far below any real
    // difference and far above the representation error of a half.
    (scaled + scaled.signum() * 1e-9).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_the_same_everywhere() {
        assert_eq!(days(-0.0), "0");
        assert_eq!(days(Vec::<f64>::new().iter().sum()), "0");
        assert_eq!(days(5.0), "5");
        assert_eq!(days(2.5), "2.5");
        // A sum that floating point cannot hold exactly reads as the days it is.
        assert_eq!(days(0.1 + 0.2), "0.3");
        // A half rounds up, as in the workbook.
        assert_eq!(days(1.25), "1.3");
        assert_eq!(days(4.96), "5");
    }
    use crate::questionnaire::load_str;

    /// Two clause questions (one documented, weight 3) and two annex questions in one group.
    const SOURCE: &str = r#"
id = "t"
version = "1"
title = "t"
[[scale]]
level = 0
label = "Absent"
description = "d"
[[scale]]
level = 1
label = "One"
description = "d"
[[scale]]
level = 2
label = "Two"
description = "d"
[[scale]]
level = 3
label = "Three"
description = "d"
[[scale]]
level = 4
label = "Four"
description = "d"
[[scale]]
level = 5
label = "Five"
description = "d"
[[phase]]
id = "p"
title = "P"
[[section]]
id = "4"
kind = "clause"
title = "Clause"
[[section.requirement]]
ref = "4.1"
title = "r"
[[section.requirement.question]]
id = "c1"
prompt = "p"
guidance = "g"
evidence = ["e"]
recommendation = "r"
effort = "S"
phase = "p"
[[section.requirement.question]]
id = "c2"
prompt = "p"
guidance = "g"
evidence = ["e"]
recommendation = "r"
effort = "S"
phase = "p"
weight = 3
documented = true
[[section]]
id = "A.2"
kind = "annex"
title = "Annex"
[[section.requirement]]
ref = "A.2.2"
title = "r"
[[section.requirement.question]]
id = "a1"
prompt = "p"
guidance = "g"
evidence = ["e"]
recommendation = "r"
effort = "S"
phase = "p"
[[section.requirement.question]]
id = "a2"
prompt = "p"
guidance = "g"
evidence = ["e"]
recommendation = "r"
effort = "S"
phase = "p"
documented = true
"#;

    fn questionnaire() -> Questionnaire {
        load_str(SOURCE, "test").unwrap()
    }

    fn answers(items: &[(&str, Response)]) -> BTreeMap<String, Answer> {
        items
            .iter()
            .map(|(id, r)| {
                (
                    id.to_string(),
                    Answer {
                        response: r.clone(),
                        ..Answer::default()
                    },
                )
            })
            .collect()
    }

    fn m(level: u8) -> Response {
        Response::Maturity { level }
    }

    fn na() -> Response {
        Response::NotApplicable {
            justification: "why".into(),
        }
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn no_answers_gives_no_score_zero_coverage_and_no_priorities() {
        let q = questionnaire();
        let card = score(&q, &BTreeMap::new(), 3);
        assert_eq!(card.all.score, None);
        assert_eq!(card.all.coverage, Some(0.0));
        assert_eq!(card.all.readiness, Some(0.0));
        assert_eq!(card.all.applicable, 4);
        assert!(
            card.questions
                .iter()
                .all(|s| s.status == Status::NotAssessed && s.gap.is_none())
        );
        assert!(card.gaps().is_empty());
    }

    #[test]
    fn values_outside_the_questionnaire_never_reach_a_score() {
        let q = questionnaire();
        // Maturity 9 on a 0–5 scale and N/A on a clause question (left by a questionnaire
        // replaced after the answers): both count as not answered, never as conforming.
        let given = answers(&[("c1", m(9)), ("c2", na()), ("a1", m(4))]);
        let card = score(&q, &given, 3);
        let c1 = &card.questions[0];
        let c2 = &card.questions[1];
        assert_eq!((c1.status, c1.maturity), (Status::NotAssessed, None));
        assert_eq!((c2.status, c2.not_applicable), (Status::NotAssessed, false));
        assert_eq!(card.all.ready, 1);
        assert_eq!(card.all.applicable, 4);
        assert!(close(card.all.score, 4.0));
        let responses: BTreeMap<String, Response> = given
            .iter()
            .map(|(k, a)| (k.clone(), a.response.clone()))
            .collect();
        assert_eq!(overall(&q, &responses, 3), card.all);
        // A target above the scale is read as its top: 5 can still conform.
        let card = score(&q, &answers(&[("c1", m(5))]), 9);
        assert_eq!(card.questions[0].status, Status::Conforming);
        assert_eq!(card.target, 5);
        assert_eq!(
            overall(&q, &BTreeMap::from([("c1".into(), m(5))]), 9).ready,
            1
        );
    }

    #[test]
    fn weights_other_than_one_weigh_the_score_but_not_coverage_or_readiness() {
        let q = questionnaire();
        // c1 (w 1) at 1, c2 (w 3) at 5: (1 + 15) / 4 = 4.0, where an unweighted mean is 3.0.
        let card = score(&q, &answers(&[("c1", m(1)), ("c2", m(5))]), 3);
        let clauses = card.section("4").unwrap();
        assert!(close(clauses.score, 4.0), "{:?}", clauses.score);
        assert!(close(clauses.coverage, 1.0));
        assert!(close(clauses.readiness, 0.5));
        assert!(close(card.clauses.score, 4.0));
        assert!(close(card.all.coverage, 0.5));
        assert!(close(card.all.readiness, 0.25));
    }

    #[test]
    fn a_whole_group_not_applicable_drops_out_of_every_figure() {
        let q = questionnaire();
        let card = score(&q, &answers(&[("a1", na()), ("a2", na()), ("c1", m(3))]), 3);
        let annex = card.section("A.2").unwrap();
        assert_eq!(annex.applicable, 0);
        assert_eq!(annex.score, None);
        assert_eq!(annex.coverage, None);
        assert_eq!(annex.readiness, None);
        assert_eq!(card.annex.coverage, None);
        // Overall counts only the two clause questions.
        assert_eq!(card.all.applicable, 2);
        assert!(close(card.all.coverage, 0.5));
        assert!(close(card.all.readiness, 0.5));
        assert!(close(card.all.score, 3.0));
        let a1 = card.question("a1").unwrap();
        assert_eq!(a1.status, Status::Excluded);
        assert_eq!((a1.gap, a1.priority), (None, None));
    }

    #[test]
    fn unanswered_differs_from_maturity_zero() {
        let q = questionnaire();
        let card = score(&q, &answers(&[("c1", m(0))]), 3);
        let zero = card.question("c1").unwrap();
        let open = card.question("c2").unwrap();
        assert_eq!(zero.status, Status::Absent);
        assert_eq!(zero.gap, Some(3));
        assert_eq!(zero.priority, Some(Priority::P1));
        assert_eq!(open.status, Status::NotAssessed);
        assert_eq!((open.gap, open.priority), (None, None));
        let f = card.section("4").unwrap();
        assert_eq!(f.answered, 1);
        assert!(close(f.score, 0.0));
        assert!(close(f.coverage, 0.5));
    }

    #[test]
    fn target_one_makes_level_one_conform_and_zero_a_blocker() {
        let q = questionnaire();
        let card = score(
            &q,
            &answers(&[("c1", m(1)), ("c2", m(0)), ("a1", m(0)), ("a2", m(0))]),
            1,
        );
        assert_eq!(card.question("c1").unwrap().status, Status::Conforming);
        assert_eq!(card.question("c1").unwrap().gap, Some(0));
        assert_eq!(card.question("c1").unwrap().priority, None);
        // Gap 1 everywhere: a clause or documented question at 0 is P1, else P3.
        assert_eq!(card.question("c2").unwrap().priority, Some(Priority::P1));
        assert_eq!(card.question("a1").unwrap().priority, Some(Priority::P3));
        assert_eq!(card.question("a2").unwrap().priority, Some(Priority::P1));
        assert!(close(card.all.readiness, 0.25));
    }

    #[test]
    fn target_five_leaves_only_five_conforming() {
        let q = questionnaire();
        let card = score(
            &q,
            &answers(&[("c1", m(5)), ("c2", m(4)), ("a1", m(3)), ("a2", m(2))]),
            5,
        );
        let s = |id| *card.question(id).unwrap();
        assert_eq!(s("c1").status, Status::Conforming);
        assert_eq!((s("c2").status, s("c2").gap), (Status::Partial, Some(1)));
        assert_eq!(s("c2").priority, Some(Priority::P3));
        assert_eq!(s("a1").priority, Some(Priority::P2));
        assert_eq!(s("a2").priority, Some(Priority::P2));
        assert!(close(card.all.readiness, 0.25));
    }

    #[test]
    fn p1_needs_clause_or_documented_at_level_one_or_below() {
        let q = questionnaire();
        let card = score(
            &q,
            &answers(&[("c1", m(1)), ("c2", m(2)), ("a1", m(1)), ("a2", m(1))]),
            3,
        );
        let p = |id| card.question(id).unwrap().priority;
        assert_eq!(p("c1"), Some(Priority::P1)); // clause, m = 1
        assert_eq!(p("c2"), Some(Priority::P3)); // clause, m = 2, gap 1
        assert_eq!(p("a1"), Some(Priority::P2)); // annex, not documented, gap 2
        assert_eq!(p("a2"), Some(Priority::P1)); // annex, documented, m = 1
    }

    #[test]
    fn gaps_order_by_class_then_weighted_gap_then_clauses_first() {
        let q = questionnaire();
        // P1: c2 (gap 3 × w3 = 9), c1 (gap 3 × 1 = 3), a2 (gap 3 × 1 = 3; annex after clause).
        let card = score(
            &q,
            &answers(&[("a2", m(0)), ("c1", m(0)), ("c2", m(0)), ("a1", m(2))]),
            3,
        );
        let order: Vec<&str> = card
            .gaps()
            .iter()
            .map(|s| s.at.question.id.as_str())
            .collect();
        assert_eq!(order, ["c2", "c1", "a2", "a1"]);
        assert_eq!(card.count(Priority::P1), 3);
        assert_eq!(card.count(Priority::P3), 1);
    }

    #[test]
    fn target_zero_makes_everything_answered_conform() {
        let q = questionnaire();
        let card = score(&q, &answers(&[("c1", m(0))]), 0);
        assert_eq!(card.question("c1").unwrap().status, Status::Conforming);
        assert!(card.gaps().is_empty());
    }

    #[test]
    fn percentages_and_scores_print_a_dash_when_undefined() {
        assert_eq!(percent(None), "—");
        assert_eq!(percent(Some(0.456)), "46%");
        assert_eq!(one_decimal(Some(2.25)), "2.3");
        assert_eq!(one_decimal(Some(1.25)), "1.3");
        assert_eq!(one_decimal(Some(1.15)), "1.2");
        assert_eq!(one_decimal(Some(1.24)), "1.2");
        assert_eq!(one_decimal(Some(2.0)), "2.0");
        assert_eq!(percent(Some(0.125)), "13%");
        assert_eq!(percent(Some(0.285)), "29%");
        assert_eq!(one_decimal(None), "—");
    }
}
