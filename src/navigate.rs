//! Finding your way around a questionnaire: jumping to an item with a few keys of its id,
//! the questions related to one question, and the text a search looks through.
//!
//! Pure: no terminal, no SQL. The workshop screen draws what this module decides.
//!
//! Jumping. Every section, group of requirements (`7.5`, `A.6.2`), requirement and question is
//! a target, found by its id with dots, dashes, spaces and case ignored (`a624`, `6.1.2 c`,
//! `612c`). The candidates for what was typed are ranked, and Enter takes the first:
//! exact ids first, then ids that start with it, then the same for an annex id written
//! without its letter (`624` for `A.6.2.4`, when no clause is numbered so), then ids that
//! hold what was typed in order with gaps (`a63` for `A.6.1.3`, since `613` is clause
//! 6.1.3). Ties keep questionnaire order. [`Jump::shortest`] finds, for every target, the
//! fewest characters that put it first; the built-in questionnaire is tested to need at most
//! 3 (requirements) and 4 (questions) plus Enter.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::assessment::Answer;
use crate::questionnaire::{QuestionRef, Questionnaire};

/// What a jump target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    Section,
    /// A dotted prefix shared by several requirements and not itself one (`7.5`).
    Group,
    Requirement,
    Question,
}

/// Somewhere a jump can land.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The id as the questionnaire writes it (`A.6.2.4`, `6.1.2-c`).
    pub id: String,
    pub kind: TargetKind,
    /// The question the jump lands on, in questionnaire order: the target's first question.
    pub question: usize,
    /// `id` normalised.
    key: String,
    /// `key` without a leading letter prefix (`624` for `a624`), when it has one.
    alt: Option<String>,
}

/// Lower case, letters and digits only: how typed text and ids are compared.
pub fn normalise(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `needle` appears in `hay` in order, starting at its first character.
fn anchored_subsequence(needle: &str, hay: &str) -> bool {
    let mut hay = hay.chars();
    let mut needle = needle.chars();
    match (needle.next(), hay.next()) {
        (Some(n), Some(h)) if n == h => {}
        _ => return false,
    }
    needle.all(|n| hay.any(|h| h == n))
}

impl Target {
    fn new(id: &str, kind: TargetKind, question: usize) -> Target {
        let key = normalise(id);
        let rest = key.trim_start_matches(|c: char| c.is_alphabetic());
        let alt = (rest.len() < key.len() && rest.starts_with(|c: char| c.is_ascii_digit()))
            .then(|| rest.to_string());
        Target {
            id: id.to_string(),
            kind,
            question,
            key,
            alt,
        }
    }

    /// How well the target matches normalised input: lower is better; `None` is no match.
    fn rank(&self, typed: &str) -> Option<u8> {
        if typed.is_empty() {
            return None;
        }
        let alt = self.alt.as_deref();
        if self.key == typed {
            Some(0)
        } else if alt == Some(typed) {
            Some(1)
        } else if self.key.starts_with(typed) {
            Some(2)
        } else if alt.is_some_and(|a| a.starts_with(typed)) {
            Some(3)
        } else if anchored_subsequence(typed, &self.key) {
            Some(4)
        } else if alt.is_some_and(|a| anchored_subsequence(typed, a)) {
            Some(5)
        } else {
            None
        }
    }
}

/// Every jump target of a questionnaire, in questionnaire order.
#[derive(Debug, Clone)]
pub struct Jump {
    targets: Vec<Target>,
}

impl Jump {
    pub fn new(q: &Questionnaire) -> Jump {
        let mut targets = Vec::new();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut index = 0;
        for section in &q.sections {
            if seen.insert(normalise(&section.id)) {
                targets.push(Target::new(&section.id, TargetKind::Section, index));
            }
            for requirement in &section.requirements {
                // Dotted prefixes that are neither a section nor a requirement (`7.5` of
                // `7.5.1`), so that an id people say aloud always leads somewhere.
                let parts: Vec<&str> = requirement.reference.split('.').collect();
                for end in 1..parts.len() {
                    let prefix = parts[..end].join(".");
                    let is_requirement = q.requirements().any(|(_, r)| r.reference == prefix);
                    if !is_requirement
                        && prefix.contains(|c: char| c.is_ascii_digit())
                        && seen.insert(normalise(&prefix))
                    {
                        targets.push(Target::new(&prefix, TargetKind::Group, index));
                    }
                }
                if seen.insert(normalise(&requirement.reference)) {
                    targets.push(Target::new(
                        &requirement.reference,
                        TargetKind::Requirement,
                        index,
                    ));
                }
                for question in &requirement.questions {
                    if seen.insert(normalise(&question.id)) {
                        targets.push(Target::new(&question.id, TargetKind::Question, index));
                    }
                    index += 1;
                }
            }
        }
        Jump { targets }
    }

    pub fn targets(&self) -> &[Target] {
        &self.targets
    }

    /// The targets matching what was typed, best first; Enter takes the first.
    pub fn candidates(&self, typed: &str) -> Vec<&Target> {
        self.ranked(&normalise(typed))
            .into_iter()
            .map(|i| &self.targets[i])
            .collect()
    }

    /// Where Enter goes for what was typed.
    pub fn first(&self, typed: &str) -> Option<&Target> {
        let typed = normalise(typed);
        self.targets
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.rank(&typed).map(|r| (r, i, t)))
            .min_by_key(|(r, i, _)| (*r, *i))
            .map(|(_, _, t)| t)
    }

    fn ranked(&self, typed: &str) -> Vec<usize> {
        let mut hits: Vec<(u8, usize)> = self
            .targets
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.rank(typed).map(|r| (r, i)))
            .collect();
        hits.sort_unstable();
        hits.into_iter().map(|(_, i)| i).collect()
    }

    /// For every target, the shortest text (at most `longest` characters) whose first
    /// candidate it is, by target id. Among texts of one length the plainest wins: a prefix
    /// of the id, then of the id without its annex letter, then any other.
    pub fn shortest(&self, longest: usize) -> HashMap<String, String> {
        // Only texts drawn from ids in order can have candidates at all.
        let mut texts: BTreeSet<String> = BTreeSet::new();
        for t in &self.targets {
            for key in std::iter::once(&t.key).chain(t.alt.as_ref()) {
                subsequences(key, longest, &mut texts);
            }
        }
        let mut best: HashMap<String, (usize, u8, String)> = HashMap::new();
        for text in texts {
            let Some(first) = self.first(&text) else {
                continue;
            };
            let plain = if first.key.starts_with(&text) {
                0
            } else if first.alt.as_ref().is_some_and(|a| a.starts_with(&text)) {
                1
            } else {
                2
            };
            let score = (text.chars().count(), plain, text);
            best.entry(first.id.clone())
                .and_modify(|b| {
                    if score < *b {
                        *b = score.clone();
                    }
                })
                .or_insert(score);
        }
        best.into_iter()
            .map(|(id, (_, _, text))| (id, text))
            .collect()
    }
}

/// Every subsequence of `key` that keeps its first character, up to `longest` characters.
fn subsequences(key: &str, longest: usize, out: &mut BTreeSet<String>) {
    let chars: Vec<char> = key.chars().collect();
    let Some((&head, rest)) = chars.split_first() else {
        return;
    };
    // Bit masks over the rest; ids are short (a handful of characters).
    let rest = &rest[..rest.len().min(16)];
    for mask in 0u32..(1 << rest.len()) {
        if mask.count_ones() as usize + 1 > longest {
            continue;
        }
        let mut s = String::from(head);
        s.extend(
            rest.iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, c)| *c),
        );
        out.insert(s);
    }
}

/// Why a question is listed as related to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// The current question's remediation waits on this requirement.
    Prerequisite,
    /// This question's remediation waits on the current question's requirement.
    Dependent,
    /// Both cite these references of other frameworks (`iso27001 5.1`).
    Crosswalk(Vec<String>),
}

/// A question related to the current one; one per requirement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    /// Index in questionnaire order.
    pub question: usize,
    pub why: Why,
}

/// The most related questions listed, so that each has one key (1–9).
pub const MAX_RELATED: usize = 9;

/// The questions related to the one at `index`: the requirements it depends on, the
/// questions that depend on its requirement, then questions of other requirements that cite
/// the same references of another framework, the rarest shared references first (a
/// reference cited everywhere says little). One entry per requirement, at most
/// [`MAX_RELATED`].
pub fn related(q: &Questionnaire, index: usize) -> Vec<Related> {
    let all: Vec<QuestionRef> = q.questions().collect();
    let Some(here) = all.get(index) else {
        return Vec::new();
    };
    let own_ref = here.requirement.reference.as_str();
    let mut out: Vec<Related> = Vec::new();
    let mut listed: BTreeSet<&str> = BTreeSet::from([own_ref]);
    for dep in &here.question.depends_on {
        if let Some(i) = all.iter().position(|x| &x.requirement.reference == dep)
            && listed.insert(dep)
        {
            out.push(Related {
                question: i,
                why: Why::Prerequisite,
            });
        }
    }
    for (i, x) in all.iter().enumerate() {
        if x.question.depends_on.iter().any(|d| d == own_ref)
            && listed.insert(&x.requirement.reference)
        {
            out.push(Related {
                question: i,
                why: Why::Dependent,
            });
        }
    }
    // How many questions cite each reference: rarer ones tie questions more closely.
    let cites = |x: &QuestionRef| -> Vec<String> {
        x.question
            .crosswalk
            .iter()
            .flat_map(|(fw, refs)| refs.iter().map(move |r| format!("{fw} {r}")))
            .collect()
    };
    let mut citing: BTreeMap<String, usize> = BTreeMap::new();
    for x in &all {
        for c in cites(x) {
            *citing.entry(c).or_default() += 1;
        }
    }
    let mine: BTreeSet<String> = cites(here).into_iter().collect();
    let mut shared: Vec<(f64, usize, Vec<String>)> = all
        .iter()
        .enumerate()
        .filter(|(_, x)| x.requirement.reference != own_ref)
        .filter_map(|(i, x)| {
            let both: Vec<String> = cites(x).into_iter().filter(|c| mine.contains(c)).collect();
            let weight: f64 = both.iter().map(|c| 1.0 / citing[c] as f64).sum();
            (!both.is_empty()).then_some((weight, i, both))
        })
        .collect();
    shared.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, i, both) in shared {
        if out.len() >= MAX_RELATED {
            break;
        }
        if listed.insert(&all[i].requirement.reference) {
            out.push(Related {
                question: i,
                why: Why::Crosswalk(both),
            });
        }
    }
    out.truncate(MAX_RELATED);
    out
}

/// Whether a search for `term` (any case) finds the question: its ref, titles, id, topic,
/// prompt, guidance, typical evidence and recommendation, and the answer's finding, own
/// recommendation, management response and evidence; the private notes only when `notes`
/// is true (never in presenter mode). An empty term finds everything.
pub fn search_matches(at: &QuestionRef, answer: Option<&Answer>, term: &str, notes: bool) -> bool {
    let needle = term.trim().to_lowercase();
    if needle.is_empty() {
        return true;
    }
    let has = |text: &str| text.to_lowercase().contains(&needle);
    let q = at.question;
    [
        at.requirement.reference.as_str(),
        at.requirement.title.as_str(),
        at.section.title.as_str(),
        q.id.as_str(),
        q.topic.as_str(),
        q.prompt.as_str(),
        q.guidance.as_str(),
        q.recommendation.as_str(),
    ]
    .into_iter()
    .any(has)
        || q.evidence.iter().any(|e| has(e))
        || answer.is_some_and(|a| {
            [&a.finding, &a.recommendation, &a.management_response]
                .into_iter()
                .any(|t| has(t))
                || (notes && has(&a.notes))
                || a.evidence.iter().any(|e| has(e))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::catalog::built_in;

    fn jump() -> (Jump, &'static Questionnaire) {
        let q = built_in("iso42001").unwrap();
        (Jump::new(q), q)
    }

    fn lands(j: &Jump, q: &Questionnaire, typed: &str) -> String {
        let t = j
            .first(typed)
            .unwrap_or_else(|| panic!("{typed:?} finds nothing"));
        q.questions().nth(t.question).unwrap().question.id.clone()
    }

    #[test]
    fn ids_are_found_without_dots_or_dashes_in_any_case() {
        let (j, q) = jump();
        for typed in ["a624", "A.6.2.4", "a.6.2.4", "A624", " a 6 2 4 "] {
            assert_eq!(j.first(typed).unwrap().id, "A.6.2.4", "{typed:?}");
            assert_eq!(lands(&j, q, typed), "A.6.2.4-a");
        }
        for typed in ["6.1.2 c", "612c", "6.1.2-C", "612-c"] {
            assert_eq!(j.first(typed).unwrap().id, "6.1.2-c", "{typed:?}");
        }
        // The annex letter may be left out when no clause has the number.
        assert_eq!(j.first("624").unwrap().id, "A.6.2.4");
        // …but a clause keeps its own number.
        assert_eq!(j.first("613").unwrap().id, "6.1.3");
        assert_eq!(j.first("a613").unwrap().id, "A.6.1.3");
        assert!(j.first("").is_none());
        assert!(j.first("zz").is_none());
        assert!(j.candidates("-. ").is_empty());
    }

    #[test]
    fn a_group_or_section_goes_to_its_first_item() {
        let (j, q) = jump();
        assert_eq!(j.first("7.5").unwrap().kind, TargetKind::Group);
        assert_eq!(lands(&j, q, "7.5"), "7.5.1-a");
        assert_eq!(lands(&j, q, "a.6.2"), "A.6.2.2-a");
        assert_eq!(lands(&j, q, "A.7"), "A.7.2-a");
        assert_eq!(lands(&j, q, "10"), "10.1-a");
    }

    #[test]
    fn candidates_narrow_as_more_is_typed() {
        let (j, _) = jump();
        let ids = |typed: &str| -> Vec<String> {
            j.candidates(typed).iter().map(|t| t.id.clone()).collect()
        };
        let wide = ids("a6");
        let narrower = ids("a62");
        let narrowest = ids("a624");
        assert!(wide.len() > narrower.len() && narrower.len() > narrowest.len());
        assert_eq!(narrowest[0], "A.6.2.4");
        assert!(narrowest.iter().any(|i| i == "A.6.2.4-c"));
        assert_eq!(ids("a624c"), ["A.6.2.4-c"]);
        // Exact first, then by prefix, then without the annex letter.
        let ten = ids("10");
        assert_eq!(&ten[..2], ["10", "A.10"]);
    }

    /// The promise of the issue: after the jump key, any requirement in at most 4 keys and any
    /// question in at most 5, Enter included, computed from the ranking itself.
    #[test]
    fn every_builtin_requirement_and_question_is_a_few_keys_away() {
        let (j, q) = jump();
        let shortest = j.shortest(4);
        let keys = |id: &str| -> usize {
            let text = shortest
                .get(id)
                .unwrap_or_else(|| panic!("{id} cannot be reached in 4 characters and Enter"));
            // The text really leads there.
            assert_eq!(j.first(text).unwrap().id, id, "{text:?}");
            text.chars().count() + 1
        };
        let mut worst = (0, String::new());
        for (_, r) in q.requirements() {
            let n = keys(&r.reference);
            assert!(n <= 4, "requirement {} needs {n} keys", r.reference);
            for question in &r.questions {
                let n = keys(&question.id);
                assert!(n <= 5, "question {} needs {n} keys", question.id);
                worst = worst.max((n, question.id.clone()));
            }
        }
        assert_eq!(q.requirements().count(), 70);
        assert_eq!(shortest["A.6.2.4"], "624");
        assert_eq!(worst.0, 5);
    }

    #[test]
    fn related_lists_dependencies_both_ways_and_shared_references() {
        let q = built_in("iso42001").unwrap();
        let index = |id: &str| q.questions().position(|x| x.question.id == id).unwrap();
        let ids = |list: &[Related]| -> Vec<String> {
            list.iter()
                .map(|r| q.questions().nth(r.question).unwrap().question.id.clone())
                .collect()
        };
        // 4.3-a depends on 4.1 and 4.2.
        let r = related(q, index("4.3-a"));
        assert_eq!(r[0].why, Why::Prerequisite);
        assert_eq!(&ids(&r)[..2], ["4.1-a", "4.2-a"]);
        // 4.1 is waited on by 4.2: listed the other way round from 4.1-a.
        let r = related(q, index("4.1-a"));
        let from = ids(&r);
        let at = from.iter().position(|i| i == "4.2-a").unwrap();
        assert_eq!(r[at].why, Why::Dependent);
        // Never the question's own requirement, one entry per requirement, at most nine.
        assert!(from.iter().all(|i| !i.starts_with("4.1-")), "{from:?}");
        for i in 0..q.question_count() {
            let r = related(q, i);
            assert!(r.len() <= MAX_RELATED);
            let reqs: BTreeSet<&str> = r
                .iter()
                .map(|x| {
                    q.questions()
                        .nth(x.question)
                        .unwrap()
                        .requirement
                        .reference
                        .as_str()
                })
                .collect();
            assert_eq!(reqs.len(), r.len());
        }
        // A shared crosswalk reference is named.
        let shared = r
            .iter()
            .find_map(|x| match &x.why {
                Why::Crosswalk(c) => Some(c.clone()),
                _ => None,
            })
            .expect("4.1-a shares references");
        assert!(
            shared
                .iter()
                .any(|c| c.starts_with("iso27001") || c.starts_with("nist"))
        );
    }

    #[test]
    fn search_covers_guidance_evidence_and_recommendations_and_notes_only_privately() {
        let q = built_in("iso42001").unwrap();
        let bias = q
            .questions()
            .filter(|x| search_matches(x, None, "bias", true))
            .count();
        assert!(bias >= 7, "only {bias} questions mention bias");
        let at = q.questions().next().unwrap();
        let evidence = at.question.evidence[0].clone();
        assert!(search_matches(&at, None, &evidence.to_uppercase(), false));
        let guidance_word = "pestle";
        assert!(search_matches(&at, None, guidance_word, false));
        assert!(!at.question.prompt.to_lowercase().contains(guidance_word));
        let answer = Answer {
            notes: "met the zephyr panel".into(),
            finding: "No register seen".into(),
            ..Answer::default()
        };
        assert!(search_matches(&at, Some(&answer), "zephyr panel", true));
        assert!(!search_matches(&at, Some(&answer), "zephyr panel", false));
        assert!(search_matches(&at, Some(&answer), "register seen", false));
    }
}
