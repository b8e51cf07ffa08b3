//! Blind scoring: copies of an assessment handed out to assessors (`aimsgap fork`), and how
//! far the levels they give agree (`aimsgap merge --compare`, the report's method appendix).
//!
//! Pure: handouts and levels in, disagreements and figures out; the store keeps the handouts.

use std::collections::BTreeMap;

use jiff::Timestamp;

use crate::assessment::Answer;

/// How far apart two levels must be to be talked over before reconciling.
pub const TALK_OVER: u8 = 2;

/// What a copy handed out holds of the scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scores {
    /// No levels, findings, recommendations, notes or history: the assessor scores blind.
    Cleared,
    /// Everything, as a backup: for a second interviewer who is not scoring blind.
    Kept,
}

impl Scores {
    pub fn name(self) -> &'static str {
        match self {
            Scores::Cleared => "cleared",
            Scores::Kept => "kept",
        }
    }

    pub fn parse(s: &str) -> Option<Scores> {
        match s {
            "cleared" => Some(Scores::Cleared),
            "kept" => Some(Scores::Kept),
            _ => None,
        }
    }
}

/// A copy of an assessment handed out to an assessor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handout {
    /// Its identity, the same in the copy and in the file it was taken from.
    pub uuid: String,
    pub assessor: String,
    pub scores: Scores,
    pub handed_at: Timestamp,
    /// The file it was written to, as given.
    pub file: String,
    /// A copy scored blind, once merged back: how its levels compared with the levels here.
    pub returned: Option<Returned>,
}

/// When a copy scored blind came back, and how far it agreed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Returned {
    pub at: Timestamp,
    pub agreement: Agreement,
}

/// Questions scored on both sides, and of those, how many within one level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Agreement {
    pub compared: usize,
    pub within_one: usize,
}

impl Agreement {
    /// The share within one level, in whole percent rounded half up; none when nothing was
    /// compared.
    pub fn percent(&self) -> Option<u64> {
        (self.compared > 0).then(|| {
            (self.within_one as u64 * 200 + self.compared as u64) / (2 * self.compared as u64)
        })
    }
}

/// One assessor's level on a question: the level, and who gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    pub level: u8,
    pub by: String,
}

/// The levels of one file (this one, or one merged in), by question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// Where they come from: "here" or the file's name.
    pub source: String,
    pub levels: BTreeMap<String, Level>,
}

/// A question the assessors scored two levels apart or more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Apart {
    pub question_id: String,
    /// Each sheet's level on it (sheets without one left out), in the order of the sheets.
    pub levels: Vec<(String, Level)>,
}

/// What comparing the sheets of one assessment comes to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Comparison {
    pub agreement: Agreement,
    /// By question id.
    pub apart: Vec<Apart>,
}

/// Each question's level in `answers`, with who gave it: the author of the latest change in
/// `history` that set it (`fallback` when the history does not say).
pub fn levels(
    answers: &BTreeMap<String, Answer>,
    history: &[crate::merge::Change],
    fallback: &str,
) -> BTreeMap<String, Level> {
    answers
        .iter()
        .filter_map(|(q, a)| {
            let level = a.response.maturity()?;
            let by = history
                .iter()
                .rev()
                .filter(|c| &c.question_id == q)
                .find(|c| {
                    c.new.response.maturity() == Some(level)
                        && c.old.as_ref().and_then(|o| o.response.maturity()) != Some(level)
                })
                .map(|c| c.author.trim())
                .filter(|a| !a.is_empty())
                .unwrap_or(fallback);
            Some((
                q.clone(),
                Level {
                    level,
                    by: by.to_string(),
                },
            ))
        })
        .collect()
}

/// Compares the levels of the sheets: a question is compared when two sheets or more give it
/// a level, within one level when its highest and lowest differ by one at most, and listed
/// when they differ by [`TALK_OVER`] or more.
pub fn compare(sheets: &[Sheet]) -> Comparison {
    let mut by_question: BTreeMap<&str, Vec<(String, Level)>> = BTreeMap::new();
    for sheet in sheets {
        for (q, level) in &sheet.levels {
            by_question
                .entry(q)
                .or_default()
                .push((sheet.source.clone(), level.clone()));
        }
    }
    let mut out = Comparison::default();
    for (q, levels) in by_question {
        if levels.len() < 2 {
            continue;
        }
        out.agreement.compared += 1;
        let high = levels.iter().map(|(_, l)| l.level).max().unwrap_or(0);
        let low = levels.iter().map(|(_, l)| l.level).min().unwrap_or(0);
        if high - low <= 1 {
            out.agreement.within_one += 1;
        }
        if high - low >= TALK_OVER {
            out.apart.push(Apart {
                question_id: q.to_string(),
                levels,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(source: &str, levels: &[(&str, u8)]) -> Sheet {
        Sheet {
            source: source.into(),
            levels: levels
                .iter()
                .map(|(q, l)| {
                    (
                        q.to_string(),
                        Level {
                            level: *l,
                            by: source.to_uppercase(),
                        },
                    )
                })
                .collect(),
        }
    }

    /// Worked by hand: 4.1-a 3/1 (2 apart), 4.2-a 2/3 (1), 5.2-a 0/0, 6.1.2-a 4/1/3 (3 apart
    /// across three), 7.2-a scored once (not compared). Compared 4, within one 2: 50 %.
    #[test]
    fn questions_two_levels_apart_are_listed_and_the_share_within_one_counted() {
        let c = compare(&[
            sheet(
                "here",
                &[("4.1-a", 3), ("4.2-a", 2), ("5.2-a", 0), ("6.1.2-a", 4)],
            ),
            sheet(
                "bob.db",
                &[("4.1-a", 1), ("4.2-a", 3), ("5.2-a", 0), ("7.2-a", 5)],
            ),
            sheet("eve.db", &[("6.1.2-a", 1)]),
        ]);
        assert_eq!(
            c.agreement,
            Agreement {
                compared: 4,
                within_one: 2
            }
        );
        assert_eq!(c.agreement.percent(), Some(50));
        let listed: Vec<&str> = c.apart.iter().map(|a| a.question_id.as_str()).collect();
        assert_eq!(listed, ["4.1-a", "6.1.2-a"]);
        let levels: Vec<(&str, u8)> = c.apart[1]
            .levels
            .iter()
            .map(|(s, l)| (s.as_str(), l.level))
            .collect();
        assert_eq!(levels, [("here", 4), ("eve.db", 1)]);
        assert_eq!(compare(&[]).agreement.percent(), None);
        // 2 of 3 is 66.7 %: shown as 67.
        let third = Agreement {
            compared: 3,
            within_one: 2,
        };
        assert_eq!(third.percent(), Some(67));
    }

    #[test]
    fn a_level_is_given_by_whoever_last_set_it() {
        use crate::merge::Change;
        let at = |m: i64| Timestamp::from_second(1_780_000_000 + m * 60).unwrap();
        let change = |m, who: &str, old: Option<u8>, new: Answer| Change {
            question_id: "4.1-a".into(),
            changed_at: at(m),
            author: who.into(),
            old: old.map(Answer::with_maturity),
            new,
        };
        let noted = Answer {
            notes: "later note".into(),
            ..Answer::with_maturity(2)
        };
        let history = vec![
            change(0, "Ann", None, Answer::with_maturity(1)),
            change(1, "Bob", Some(1), Answer::with_maturity(2)),
            // A change of the notes alone does not make Cy the one who scored it.
            change(2, "Cy", Some(2), noted.clone()),
        ];
        let answers = BTreeMap::from([
            ("4.1-a".to_string(), noted),
            ("4.2-a".to_string(), Answer::with_maturity(3)),
            ("5.2-a".to_string(), Answer::default()),
        ]);
        let l = levels(&answers, &history, "bob.db");
        assert_eq!(l["4.1-a"].by, "Bob");
        assert_eq!(l["4.2-a"].by, "bob.db");
        assert!(!l.contains_key("5.2-a"));
    }
}
