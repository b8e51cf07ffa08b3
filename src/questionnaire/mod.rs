//! The questionnaire: what is asked, how answers are scaled, what each gap costs to close.
//!
//! This module owns the in-memory model and knows nothing specific to ISO/IEC 42001: any
//! management-system standard can be written as a questionnaire file. Parsing and validation
//! live in [`loader`]; finding questionnaires by id (built in, data directory, path) lives in
//! [`catalog`]; translations, overlay files keyed by the same ids, live in [`overlay`]. No
//! terminal and no SQL here.

pub mod catalog;
pub mod import;
mod loader;
pub mod overlay;

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

pub use loader::{LoadError, MAX_TOPIC, MAX_WEIGHT, Problem, load_bytes, load_str};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guidance_splits_into_intro_weak_spots_and_levels() {
        let g = "Level 3 is a register. Usual weak spots: none kept; stale. 1: in heads; 2: a list; 3: approved; 4: reviewed.";
        let parts = split_guidance(g);
        assert_eq!(parts.intro, "Level 3 is a register.");
        assert_eq!(parts.weak_spots, Some("none kept; stale."));
        assert_eq!(
            parts.levels,
            [
                (1, "in heads"),
                (2, "a list"),
                (3, "approved"),
                (4, "reviewed")
            ]
        );
    }

    #[test]
    fn german_guidance_splits_the_same_way() {
        let g = "Stufe 3 ist ein Register. Typische Schwachstellen: keines; veraltet. 1: in Köpfen; 2: eine Liste; 3: freigegeben.";
        let parts = split_guidance(g);
        assert_eq!(parts.intro, "Stufe 3 ist ein Register.");
        assert_eq!(parts.weak_spots, Some("keines; veraltet."));
        assert_eq!(parts.levels.len(), 3);
    }

    #[test]
    fn guidance_without_the_convention_comes_back_whole() {
        let g = "Look for a dated record: 10: not a ladder.";
        let parts = split_guidance(g);
        assert_eq!(parts.intro, g);
        assert_eq!(parts.weak_spots, None);
        assert!(parts.levels.is_empty());
        let intro_only = split_guidance("Checks the channel. Level 3: logged. 1: none; 2: some");
        assert_eq!(intro_only.intro, "Checks the channel. Level 3: logged.");
        assert_eq!(intro_only.levels, [(1, "none"), (2, "some")]);
    }
}

/// A complete, validated questionnaire.
#[derive(Debug, Clone, Serialize)]
pub struct Questionnaire {
    pub id: String,
    pub version: String,
    pub title: String,
    pub description: String,
    /// Maturity levels, contiguous from 0.
    pub scale: Vec<Level>,
    /// Roadmap phases in the order they are worked through.
    pub phases: Vec<Phase>,
    /// Frameworks that questions may cross-reference.
    pub crosswalks: Vec<Framework>,
    /// Roles an organisation may play (for example AI provider or AI customer); requirements
    /// name the roles they mostly concern, so applicability can be suggested from them.
    pub roles: Vec<Role>,
    /// Work packages the roadmap groups its actions into (optional `[[package]]` tables);
    /// requirements name theirs with `package`.
    pub packages: Vec<Package>,
    pub sections: Vec<Section>,
    /// What reports and screens call the standard and its parts, and the few rules that
    /// differ between standards (the optional `[report]` table).
    pub labels: Labels,
    /// SHA-256 of the source text, lower-case hex: identifies exactly what was asked.
    pub hash: String,
    /// The source text, kept so an assessment can store exactly what it was taken against.
    #[serde(skip)]
    pub source: std::sync::Arc<str>,
    /// What the file left out and the loader filled in with the documented defaults
    /// ([`Defaults`]); empty for a complete file such as the built-in catalogue.
    #[serde(skip)]
    pub defaults: Defaults,
}

/// The fields a minimal questionnaire may leave out, with how many times each was filled in
/// by its default (`questionnaires/README.md`, "Minimal questionnaires"). A minimal file
/// states ids, titles and prompts; the defaults add nothing a reader could mistake for
/// content of the standard.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Defaults {
    /// (field as the file would name it, times it was filled in), in file order.
    counts: Vec<(&'static str, usize)>,
}

impl Defaults {
    /// The version of a file that states none.
    pub const VERSION: &'static str = "1";
    /// The effort of a question that states none: the middle size, neither a quick win nor
    /// a programme of its own.
    pub const EFFORT: Effort = Effort::M;
    /// The one phase of a file that declares none.
    pub const PHASE_ID: &'static str = "remediation";

    pub(crate) fn add(&mut self, field: &'static str) {
        match self.counts.iter_mut().find(|(f, _)| *f == field) {
            Some((_, n)) => *n += 1,
            None => self.counts.push((field, 1)),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// Each defaulted field with how many times it was filled in.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, usize)> + '_ {
        self.counts.iter().copied()
    }

    /// The scale of a file that declares none: the six levels the built-in catalogue uses,
    /// described in general terms, so that the default target (3) means the same thing.
    pub fn scale() -> Vec<Level> {
        [
            (
                "Absent",
                "Nothing in place",
                "Nothing is in place: no practice anyone can describe, no document, no record.",
            ),
            (
                "Initial",
                "Ad hoc, rests on people",
                "Something is done, but ad hoc: it depends on particular people and is not written down.",
            ),
            (
                "Managed",
                "Repeatable in part, partly written",
                "A repeatable practice exists for part of the scope; some of it is written down, not all approved or followed.",
            ),
            (
                "Defined",
                "Documented, approved, applied",
                "Documented, approved and applied across the whole scope, with records that show it working.",
            ),
            (
                "Measured",
                "Measured and reviewed",
                "Defined, and checked with indicators whose results are reviewed and acted on.",
            ),
            (
                "Optimising",
                "Improved on evidence",
                "Measured, and improved on the evidence of its results, incidents and lessons learned.",
            ),
        ]
        .into_iter()
        .zip(0u8..)
        .map(|((label, short, description), level)| Level {
            level,
            label: label.to_string(),
            short: short.to_string(),
            description: description.to_string(),
        })
        .collect()
    }

    /// The phases of a file that declares none: one, so that the roadmap orders actions by
    /// their dependencies and priority alone.
    pub fn phases() -> Vec<Phase> {
        vec![Phase {
            id: Self::PHASE_ID.to_string(),
            title: "Remediation".to_string(),
            description: "Every action; the order follows dependencies and priority.".to_string(),
        }]
    }

    /// The recommendation of a question that states none, built from what the file does
    /// say: the question's topic or its requirement's title, and the requirement's ref.
    pub fn recommendation(title: &str, reference: &str) -> String {
        format!("{title} ({reference}): close the gap to the target maturity.")
    }
}

/// The optional `[report]` table of a questionnaire file, with its defaults filled in
/// (documented in `questionnaires/README.md`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Labels {
    /// The standard's name, as in "a gap analysis against …". Default: the title.
    pub standard: String,
    /// The report's title, before the organisation's name. Default: "Gap analysis".
    pub title: String,
    /// What the clause sections are called together, e.g. "Clauses 4–10". Default "Clauses".
    pub clauses: String,
    /// What the annex sections are called together, e.g. "Annex A". Default "Annex".
    pub annex: String,
    /// Printed on the cover and in the method appendix.
    pub disclaimer: String,
    /// The copyright notice for the standard; may be empty.
    pub copyright: String,
    /// Clause sections that must be at target for Stage 1 readiness, with every documented
    /// item. Default: none (documented items only).
    pub stage1_sections: Vec<String>,
    /// Clause sections that evaluate the management system (monitoring, internal audit,
    /// management review): the roadmap sets them up while implementation goes on and runs the
    /// full audit last (`roadmap`'s ordering rules). Default: none.
    pub evaluation_sections: Vec<String>,
    /// From this maturity on, an answer is expected to name its evidence. Default: the upper
    /// half of the scale (3 on 0–5, 2 on 0–3).
    pub evidence_from_level: u8,
}

impl Labels {
    pub const DEFAULT_TITLE: &'static str = "Gap analysis";
    pub const DEFAULT_CLAUSES: &'static str = "Clauses";
    pub const DEFAULT_ANNEX: &'static str = "Annex";

    /// The disclaimer printed when the file has none.
    pub fn default_disclaimer(standard: &str) -> String {
        format!(
            "This report is a gap analysis against {standard}, not a certification or an audit \
             opinion. Scores rest on the interviews held, the documents seen and the practice \
             observed during the assessment; they are a professional judgement on that evidence."
        )
    }

    /// The evidence level used when the file sets none: the upper half of a 0..=max scale.
    pub fn default_evidence_level(max_level: u8) -> u8 {
        max_level.div_ceil(2).max(1)
    }

    /// From this maturity on, a control counts as partially implemented in the Statement of
    /// Applicability: one level below the evidence level (2 on the 0–5 scale, where a
    /// practice is repeated for part of the scope and partly written down), at least 1.
    pub fn in_part_from_level(&self) -> u8 {
        self.evidence_from_level.saturating_sub(1).max(1)
    }

    /// The name of one kind of section, e.g. "Clauses 4–10" or "Annex A".
    pub fn kind(&self, kind: SectionKind) -> &str {
        match kind {
            SectionKind::Clause => &self.clauses,
            SectionKind::Annex => &self.annex,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Level {
    pub level: u8,
    pub label: String,
    /// The level in a few words (optional key `short`; empty when the file has none, and
    /// [`Level::in_short`] derives one from the description). A screen aid: not in the
    /// report's JSON, whose schema lists the scale's fields.
    #[serde(skip)]
    pub short: String,
    pub description: String,
}

impl Level {
    /// The level in a few words: its `short`, or the description's first phrase.
    pub fn in_short(&self) -> String {
        if !self.short.is_empty() {
            return self.short.clone();
        }
        first_phrase(&self.description)
    }
}

/// The first phrase of a text (up to its first colon, semicolon, comma or full stop), at
/// most [`loader::MAX_LEVEL_TEXT`] characters: a short form derived from a long one.
fn first_phrase(text: &str) -> String {
    let cut = text
        .find([':', ';', ',', '.', '('])
        .map_or(text, |i| &text[..i])
        .trim();
    let cut = if cut.is_empty() { text.trim() } else { cut };
    crate::printable::fit(cut, loader::MAX_LEVEL_TEXT)
}

#[derive(Debug, Clone, Serialize)]
pub struct Phase {
    pub id: String,
    pub title: String,
    pub description: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Framework {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Role {
    pub id: String,
    pub title: String,
    pub description: String,
}

/// A named work package of the roadmap, e.g. "AI policy pack".
#[derive(Debug, Clone, Serialize)]
pub struct Package {
    pub id: String,
    pub title: String,
    pub description: String,
}

/// Clause sections are mandatory; annex sections hold controls that may be excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
    Clause,
    Annex,
}

impl SectionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Clause => "clause",
            SectionKind::Annex => "annex",
        }
    }
}

impl fmt::Display for SectionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub kind: SectionKind,
    /// What the section is for, in a sentence or two (may be empty).
    pub description: String,
    pub requirements: Vec<Requirement>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Requirement {
    #[serde(rename = "ref")]
    pub reference: String,
    pub title: String,
    /// What the requirement is for, in one line of the questionnaire author's own words
    /// (optional key `intent`; empty when the file has none).
    pub intent: String,
    /// Ids of the roles this requirement mostly concerns (may be empty: all roles).
    pub roles: Vec<String>,
    /// Id of the work package its actions belong to (optional key `package`; empty when the
    /// file names none: the package is then the section, see [`Questionnaire::package_of`]).
    pub package: String,
    pub questions: Vec<Question>,
}

/// Remediation effort: small, medium or large.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Effort {
    S,
    M,
    L,
}

impl Effort {
    pub fn parse(s: &str) -> Option<Effort> {
        match s {
            "S" => Some(Effort::S),
            "M" => Some(Effort::M),
            "L" => Some(Effort::L),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Effort::S => "S",
            Effort::M => "M",
            Effort::L => "L",
        }
    }
}

impl fmt::Display for Effort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Question {
    /// Stable id: answers are keyed by it, so it never changes once published.
    pub id: String,
    pub prompt: String,
    pub guidance: String,
    /// Typical evidence an auditor would ask to see.
    pub evidence: Vec<String>,
    /// The remediation action when this question shows a gap.
    pub recommendation: String,
    /// A short label for what the question covers, shown in the workshop's tree (optional key
    /// `topic`; empty when the file has none, and the tree falls back to the requirement title).
    pub topic: String,
    /// What each level of the scale looks like for this question, in a few words, 0 first
    /// (optional key `levels`; empty when the file has none: see
    /// [`Questionnaire::descriptors`]).
    pub levels: Vec<String>,
    pub weight: f64,
    pub effort: Effort,
    /// Id of one of the questionnaire's phases.
    pub phase: String,
    /// The requirement demands documented information.
    pub documented: bool,
    /// Requirement refs whose remediation must come first.
    pub depends_on: Vec<String>,
    /// Framework id → references in that framework.
    pub crosswalk: BTreeMap<String, Vec<String>>,
    /// The roadmap action this question's gap is closed by (optional key `action`): questions
    /// of one requirement with the same key produce the same document or process and share
    /// one action. Empty: the question has an action of its own.
    pub action: String,
}

/// A question together with where it sits in the questionnaire.
#[derive(Debug, Clone, Copy)]
pub struct QuestionRef<'q> {
    pub section: &'q Section,
    pub requirement: &'q Requirement,
    pub question: &'q Question,
}

impl QuestionRef<'_> {
    pub fn kind(&self) -> SectionKind {
        self.section.kind
    }
}

impl Questionnaire {
    /// Every question in questionnaire order.
    pub fn questions(&self) -> impl Iterator<Item = QuestionRef<'_>> {
        self.sections.iter().flat_map(|section| {
            section.requirements.iter().flat_map(move |requirement| {
                requirement
                    .questions
                    .iter()
                    .map(move |question| QuestionRef {
                        section,
                        requirement,
                        question,
                    })
            })
        })
    }

    pub fn question(&self, id: &str) -> Option<QuestionRef<'_>> {
        self.questions().find(|q| q.question.id == id)
    }

    pub fn requirements(&self) -> impl Iterator<Item = (&Section, &Requirement)> {
        self.sections
            .iter()
            .flat_map(|s| s.requirements.iter().map(move |r| (s, r)))
    }

    pub fn requirement(&self, reference: &str) -> Option<(&Section, &Requirement)> {
        self.requirements().find(|(_, r)| r.reference == reference)
    }

    pub fn question_count(&self) -> usize {
        self.questions().count()
    }

    /// The highest maturity level of the scale.
    pub fn max_level(&self) -> u8 {
        self.scale.last().map_or(0, |l| l.level)
    }

    pub fn level(&self, level: u8) -> Option<&Level> {
        self.scale.iter().find(|l| l.level == level)
    }

    /// What each level of the scale looks like for a question, in a few words, for every
    /// level in order: the question's own `levels` when it has them; otherwise the level's
    /// line in its guidance ladder, cut to its first phrase, and the scale's short form for a
    /// level the ladder leaves out.
    pub fn descriptors(&self, question: &Question) -> Vec<(&Level, String)> {
        if question.levels.len() == self.scale.len() {
            return self
                .scale
                .iter()
                .zip(question.levels.iter().cloned())
                .collect();
        }
        let ladder = split_guidance(&question.guidance).levels;
        self.scale
            .iter()
            .map(|l| {
                let own = ladder.iter().find(|(n, _)| *n == l.level);
                let text = match own {
                    Some((_, text)) => first_phrase(text),
                    None => l.in_short(),
                };
                (l, text)
            })
            .collect()
    }

    pub fn phase(&self, id: &str) -> Option<&Phase> {
        self.phases.iter().find(|p| p.id == id)
    }

    /// The work package (id, title) a requirement's actions belong to: the one it names, or
    /// else its section (id and title), so that every action has one.
    pub fn package_of<'a>(
        &'a self,
        section: &'a Section,
        requirement: &'a Requirement,
    ) -> (&'a str, &'a str) {
        match self.packages.iter().find(|p| p.id == requirement.package) {
            Some(p) => (p.id.as_str(), p.title.as_str()),
            None => (section.id.as_str(), section.title.as_str()),
        }
    }

    /// Position of a phase in the roadmap order (unknown phases sort last).
    pub fn phase_rank(&self, id: &str) -> usize {
        self.phases
            .iter()
            .position(|p| p.id == id)
            .unwrap_or(self.phases.len())
    }

    /// The question ids closest to `id`, for "did you mean" hints.
    pub fn suggest_question(&self, id: &str) -> Option<&str> {
        nearest(id, self.questions().map(|q| q.question.id.as_str()))
    }

    /// The requirement ref closest to `reference`.
    pub fn suggest_requirement(&self, reference: &str) -> Option<&str> {
        nearest(
            reference,
            self.requirements().map(|(_, r)| r.reference.as_str()),
        )
    }
}

/// Assessor guidance split into its parts, when it follows the catalogue's convention:
/// what good looks like, "Weak spots: …", then "1: …; 2: …; 3: …; 4: …" telling the levels
/// apart. Guidance that does not follow it comes back whole, as the introduction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuidanceParts<'a> {
    pub intro: &'a str,
    pub weak_spots: Option<&'a str>,
    /// (level, what that level looks like for this item).
    pub levels: Vec<(u8, &'a str)>,
}

/// How guidance introduces its weak spots, in the languages of the questionnaire and its
/// translations ("Usual weak spots:", "Typische Schwachstellen:"), lower case.
const WEAK_SPOTS: [&str; 2] = ["weak spots:", "schwachstellen:"];

pub fn split_guidance(text: &str) -> GuidanceParts<'_> {
    let (before, levels) = split_levels(text);
    // ASCII case only: the positions found are positions in `before`.
    let lower = before.to_ascii_lowercase();
    let marker = WEAK_SPOTS
        .iter()
        .filter_map(|m| lower.find(m).map(|at| (at, m.len())))
        .min();
    let (intro, weak_spots) = match marker {
        Some((at, len)) => {
            // The sentence that introduces the weak spots starts after the last full stop.
            let sentence = before[..at].rfind(". ").map_or(0, |i| i + 2);
            let weak = before[at + len..].trim();
            (
                before[..sentence].trim(),
                Some(weak).filter(|w| !w.is_empty()),
            )
        }
        None => (before.trim(), None),
    };
    GuidanceParts {
        intro,
        weak_spots,
        levels,
    }
}

/// Splits off a trailing "1: …; 2: …; …" ladder, if there is a complete one from 1.
fn split_levels(text: &str) -> (&str, Vec<(u8, &str)>) {
    let starts_ladder = |i: usize| {
        text[i..].starts_with("1: ")
            && (i == 0 || [". ", "; ", ": "].iter().any(|p| text[..i].ends_with(p)))
    };
    let Some(start) = (0..text.len())
        .filter(|i| text.is_char_boundary(*i))
        .find(|i| starts_ladder(*i))
    else {
        return (text, Vec::new());
    };
    let mut levels = Vec::new();
    let mut rest = &text[start + 3..];
    let mut level = 1u8;
    loop {
        let marker = format!("; {}: ", level + 1);
        match rest.find(&marker) {
            Some(end) => {
                levels.push((level, rest[..end].trim()));
                rest = &rest[end + marker.len()..];
                level += 1;
            }
            None => {
                levels.push((level, rest.trim().trim_end_matches('.')));
                break;
            }
        }
    }
    if levels.len() < 2 {
        return (text, Vec::new());
    }
    (text[..start].trim(), levels)
}

/// The candidate closest to `wanted` by edit distance, if it is close enough to be a typo.
pub(crate) fn nearest<'a>(
    wanted: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    let wanted_lower = wanted.to_lowercase();
    candidates
        .map(|c| (strsim::levenshtein(&wanted_lower, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= (c.chars().count().max(wanted.chars().count()) / 4).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}
