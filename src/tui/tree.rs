//! The workshop's tree of sections and questions as a pure model: which rows are visible
//! under a filter, and where the cursor goes. No drawing here, so it is tested on its own.

use crate::assessment::Answer;
use crate::i18n::Lang;
use crate::scoring::{QuestionScore, Scorecard, Status};
use crate::t;
use std::collections::BTreeMap;

/// Which questions the tree shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    Unanswered,
    WithGap,
    NotApplicable,
    /// Case-insensitive text anywhere a question or its answer says something (see
    /// `navigate::search_matches`); the notes only outside presenter mode.
    Search(String),
}

impl Filter {
    /// The next of the fixed filters; a search ends the cycle.
    pub fn next(&self) -> Filter {
        match self {
            Filter::All => Filter::Unanswered,
            Filter::Unanswered => Filter::WithGap,
            Filter::WithGap => Filter::NotApplicable,
            Filter::NotApplicable | Filter::Search(_) => Filter::All,
        }
    }

    pub fn label(&self, lang: Lang) -> String {
        match self {
            Filter::All => t!(lang, "tui-filter-all"),
            Filter::Unanswered => t!(lang, "tui-filter-unanswered"),
            Filter::WithGap => t!(lang, "tui-filter-gap"),
            Filter::NotApplicable => t!(lang, "tui-filter-not-applicable"),
            Filter::Search(s) => t!(lang, "tui-filter-search", term = s),
        }
    }

    /// The label to show on screen: in presenter mode a search's term stays hidden, since it
    /// may be a word from the private notes.
    pub fn label_on_screen(&self, lang: Lang, presenter: bool) -> String {
        match self {
            Filter::Search(_) if presenter => t!(lang, "tui-filter-search-hidden"),
            other => other.label(lang),
        }
    }

    /// Whether the filter shows a question; a search looks into its private notes only when
    /// `notes` is true (never in presenter mode).
    pub fn shows(&self, s: &QuestionScore, answer: Option<&Answer>, notes: bool) -> bool {
        match self {
            Filter::All => true,
            Filter::Unanswered => s.status == Status::NotAssessed,
            Filter::WithGap => s.priority.is_some(),
            Filter::NotApplicable => s.status == Status::Excluded,
            Filter::Search(text) => crate::navigate::search_matches(&s.at, answer, text, notes),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// Index into `questionnaire.sections`.
    Section(usize),
    /// Index into questionnaire order (and `Scorecard::questions`).
    Question(usize),
}

/// The visible rows: each section with at least one visible question, then those questions.
/// A search looks into the private notes only when `notes` is true.
pub fn rows(
    card: &Scorecard,
    answers: &BTreeMap<String, Answer>,
    filter: &Filter,
    notes: bool,
) -> Vec<Row> {
    let mut out = Vec::new();
    let mut current: Option<&str> = None;
    for s in &card.questions {
        if !filter.shows(s, answers.get(&s.at.question.id), notes) {
            continue;
        }
        if current != Some(s.at.section.id.as_str()) {
            current = Some(&s.at.section.id);
            if let Some(i) = card
                .sections
                .iter()
                .position(|(sec, _)| sec.id == s.at.section.id)
            {
                out.push(Row::Section(i));
            }
        }
        out.push(Row::Question(s.index));
    }
    out
}

fn visible(rows: &[Row]) -> impl DoubleEndedIterator<Item = usize> + '_ {
    rows.iter().filter_map(|r| match r {
        Row::Question(i) => Some(*i),
        Row::Section(_) => None,
    })
}

/// Moves the cursor `by` visible questions (negative: back), stopping at the ends.
pub fn step(rows: &[Row], cursor: usize, by: isize) -> Option<usize> {
    let list: Vec<usize> = visible(rows).collect();
    if list.is_empty() {
        return None;
    }
    let here = match list.iter().position(|i| *i == cursor) {
        Some(p) => p as isize,
        // Not visible: start from where it would be.
        None => {
            list.iter().position(|i| *i > cursor).unwrap_or(list.len()) as isize
                - by.signum().max(0)
        }
    };
    let target = (here + by).clamp(0, list.len() as isize - 1);
    Some(list[target as usize])
}

pub fn first(rows: &[Row]) -> Option<usize> {
    visible(rows).next()
}

pub fn last(rows: &[Row]) -> Option<usize> {
    visible(rows).next_back()
}

/// The cursor itself if visible, else the nearest visible question after it, else before.
pub fn settle(rows: &[Row], cursor: usize) -> Option<usize> {
    let list: Vec<usize> = visible(rows).collect();
    if list.contains(&cursor) {
        return Some(cursor);
    }
    list.iter()
        .find(|i| **i > cursor)
        .or_else(|| list.last())
        .copied()
}

/// The next (or previous) unanswered question after the cursor, wrapping, whatever the
/// filter; `None` when no other question is unanswered.
pub fn next_unanswered(card: &Scorecard, cursor: usize, forward: bool) -> Option<usize> {
    let n = card.questions.len();
    (1..n)
        .map(|k| {
            if forward {
                (cursor + k) % n
            } else {
                (cursor + n * 2 - k) % n
            }
        })
        .find(|i| card.questions[*i].status == Status::NotAssessed)
}

/// Short label of a question in the tree: the ref, with a letter when the requirement has
/// several questions.
pub fn label(s: &QuestionScore) -> String {
    let qs = &s.at.requirement.questions;
    if qs.len() == 1 {
        return s.at.requirement.reference.clone();
    }
    let pos = qs
        .iter()
        .position(|q| q.id == s.at.question.id)
        .unwrap_or(0);
    let letter = char::from(b'a' + (pos % 26) as u8);
    format!("{} {letter}", s.at.requirement.reference)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Response;
    use crate::questionnaire::catalog::built_in;
    use crate::scoring::score;

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

    #[test]
    fn all_shows_every_section_and_question() {
        let q = built_in("iso42001").unwrap();
        let a = BTreeMap::new();
        let card = score(q, &a, 3);
        let rows = rows(&card, &a, &Filter::All, true);
        let sections = rows.iter().filter(|r| matches!(r, Row::Section(_))).count();
        assert_eq!(sections, q.sections.len());
        assert_eq!(rows.len() - sections, q.question_count());
        assert_eq!(rows[0], Row::Section(0));
        assert_eq!(rows[1], Row::Question(0));
    }

    #[test]
    fn filters_hide_sections_without_visible_questions() {
        let q = built_in("iso42001").unwrap();
        let first = q.questions().next().unwrap().question.id.clone();
        let annex = q
            .questions()
            .find(|x| x.requirement.reference == "A.10.4")
            .unwrap()
            .question
            .id
            .clone();
        let a = answers(&[
            (&first, Response::Maturity { level: 1 }),
            (
                &annex,
                Response::NotApplicable {
                    justification: "x".into(),
                },
            ),
        ]);
        let card = score(q, &a, 3);
        let gap = rows(&card, &a, &Filter::WithGap, true);
        assert_eq!(gap, [Row::Section(0), Row::Question(0)]);
        let na = rows(&card, &a, &Filter::NotApplicable, true);
        assert_eq!(na.len(), 2);
        assert!(matches!(na[0], Row::Section(i) if q.sections[i].id == "A.10"));
        let open = rows(&card, &a, &Filter::Unanswered, true);
        assert_eq!(
            open.iter()
                .filter(|r| matches!(r, Row::Question(_)))
                .count(),
            q.question_count() - 2
        );
    }

    #[test]
    fn search_matches_refs_prompts_findings_and_notes_case_insensitively() {
        let q = built_in("iso42001").unwrap();
        let mut a = BTreeMap::new();
        let some = q.questions().nth(5).unwrap().question.id.clone();
        a.insert(
            some.clone(),
            Answer {
                notes: "Spoke to the Zephyr Panel".into(),
                ..Answer::default()
            },
        );
        let card = score(q, &a, 3);
        let hits = rows(&card, &a, &Filter::Search("zephyr panel".into()), true);
        let section = card
            .sections
            .iter()
            .position(|(s, _)| std::ptr::eq(*s, card.questions[5].at.section))
            .unwrap();
        assert_eq!(hits, [Row::Section(section), Row::Question(5)]);
        // In presenter mode the private notes are not searched: nothing hints at them.
        let presenting = rows(&card, &a, &Filter::Search("zephyr panel".into()), false);
        assert!(presenting.is_empty(), "{presenting:?}");
        // The finding is client-facing: searched either way.
        a.get_mut(&some).unwrap().finding = "Zephyr panel agreement seen".into();
        let card = score(q, &a, 3);
        let found = rows(&card, &a, &Filter::Search("agreement seen".into()), false);
        assert_eq!(found, [Row::Section(section), Row::Question(5)]);
        // So are the assessor's recommendation and the management response.
        a.get_mut(&some).unwrap().recommendation = "Sign a data annex".into();
        a.get_mut(&some).unwrap().management_response = "Legal owns it".into();
        let card = score(q, &a, 3);
        for term in ["data annex", "legal owns"] {
            let found = rows(&card, &a, &Filter::Search(term.into()), false);
            assert_eq!(found, [Row::Section(section), Row::Question(5)], "{term}");
        }
        let by_ref = rows(&card, &a, &Filter::Search("a.6.2.4".into()), true);
        let of_ref = card
            .questions
            .iter()
            .filter(|s| s.at.requirement.reference == "A.6.2.4")
            .count();
        let found = by_ref
            .iter()
            .filter(|r| match r {
                Row::Question(i) => card.questions[*i].at.requirement.reference == "A.6.2.4",
                Row::Section(_) => false,
            })
            .count();
        assert_eq!(found, of_ref);
        assert!(of_ref >= 2);
    }

    #[test]
    fn steps_stop_at_the_ends_and_skip_hidden_questions() {
        let q = built_in("iso42001").unwrap();
        let a = BTreeMap::new();
        let card = score(q, &a, 3);
        let all = rows(&card, &a, &Filter::All, true);
        let n = q.question_count();
        assert_eq!(step(&all, 0, 1), Some(1));
        assert_eq!(step(&all, 0, -1), Some(0));
        assert_eq!(step(&all, n - 1, 1), Some(n - 1));
        assert_eq!(step(&all, 3, 10), Some(13));
        assert_eq!(first(&all), Some(0));
        assert_eq!(last(&all), Some(n - 1));
        let two = [
            Row::Section(0),
            Row::Question(4),
            Row::Section(1),
            Row::Question(9),
        ];
        assert_eq!(step(&two, 4, 1), Some(9));
        assert_eq!(step(&two, 6, 1), Some(9));
        assert_eq!(step(&two, 6, -1), Some(4));
        assert_eq!(settle(&two, 6), Some(9));
        assert_eq!(settle(&two, 12), Some(9));
        assert_eq!(step(&[], 0, 1), None);
    }

    #[test]
    fn next_unanswered_wraps_and_ignores_answered() {
        let q = built_in("iso42001").unwrap();
        let ids: Vec<String> = q.questions().map(|x| x.question.id.clone()).collect();
        let n = ids.len();
        let mut items = Vec::new();
        for id in &ids[..n - 1] {
            items.push((id.as_str(), Response::Maturity { level: 2 }));
        }
        let a = answers(&items);
        let card = score(q, &a, 3);
        assert_eq!(next_unanswered(&card, 0, true), Some(n - 1));
        assert_eq!(next_unanswered(&card, n - 1, true), None);
        let a = answers(&[(ids[1].as_str(), Response::Maturity { level: 2 })]);
        let card = score(q, &a, 3);
        assert_eq!(next_unanswered(&card, 0, true), Some(2));
        assert_eq!(next_unanswered(&card, 2, false), Some(0));
        assert_eq!(next_unanswered(&card, 0, false), Some(n - 1));
    }
}
