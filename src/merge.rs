//! Merging the answer histories of two copies of one assessment (two interviewers' files).
//!
//! Pure: two histories in, the united history, the merged answers and the conflicts out; the
//! store reads and writes them. The rules:
//! - the histories are united: a change is the same change in both when its question, time,
//!   author and values are the same;
//! - per question and per field of the answer, the latest change of that field wins (by time,
//!   then author, then content, so that the result does not depend on which side is which);
//! - where both sides changed a field since their last common change of that question, and
//!   they ended on different values, it is a conflict: listed for a person to resolve (the
//!   latest change stands meanwhile);
//! - nothing is dropped: every change of either side is in the united history.
//!
//! Merging is idempotent (A+B+B = A+B) and commutative (A+B and B+A end in the same answers).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use jiff::Timestamp;
use serde_json::{Map, Value};

use crate::assessment::{Answer, EvidenceBasis, Response};
use crate::questionnaire::Questionnaire;

/// One change of an answer, as its history holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub question_id: String,
    pub changed_at: Timestamp,
    pub author: String,
    pub old: Option<Answer>,
    pub new: Answer,
}

/// Two sides changed one field of one answer differently since they last agreed.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub question_id: String,
    /// The answer's field, as the history names it ("response", "notes", "owner" …).
    pub field: String,
    /// The field's value on this side (the file merged into) and on the other, as JSON
    /// (`None`: not set).
    pub left: Option<Value>,
    pub right: Option<Value>,
    /// When and by whom each side last changed it.
    pub left_at: (Timestamp, String),
    pub right_at: (Timestamp, String),
}

/// What a merge comes to.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Merged {
    /// The other side's changes this side lacks, oldest first.
    pub added: Vec<Change>,
    /// Per question either side changed, the merged answer.
    pub answers: BTreeMap<String, Answer>,
    pub conflicts: Vec<Conflict>,
}

/// The fields of an answer a conflict can be about, as the history names them, in the order
/// a person reads an answer.
pub const FIELDS: &[&str] = &[
    "response",
    "finding",
    "recommendation",
    "management_response",
    "notes",
    "evidence",
    "basis",
    "said_by",
    "owner",
    "due",
];

/// `answer` with its `field` set to `value` (JSON as the history holds it; `null`: not set),
/// or why that makes no answer.
pub fn with_field(answer: &Answer, field: &str, value: &Value) -> Result<Answer, String> {
    if !FIELDS.contains(&field) {
        return Err(format!(
            "\"{field}\" is not a field of an answer ({})",
            FIELDS.join(", ")
        ));
    }
    let mut map = json(answer);
    if value.is_null() {
        map.remove(field);
    } else {
        map.insert(field.to_string(), value.clone());
    }
    serde_json::from_value(Value::Object(map)).map_err(|e| format!("{value} does not fit: {e}"))
}

/// The two sides of a conflict, named alike everywhere (the command line, the screen, the
/// manual): left is the file merged into, right the file merged in.
pub const LEFT: &str = "left (this file)";
pub const RIGHT: &str = "right (merged in)";

/// A field of an answer in words, as the workshop names it.
pub fn field_label(field: &str) -> &str {
    match field {
        "response" => "level",
        "management_response" => "management response",
        "notes" => "private notes",
        "evidence" => "evidence references",
        "basis" => "evidence basis",
        "said_by" => "who said it",
        "due" => "due date",
        other => other,
    }
}

/// [`field_label`] in `lang`: the words of the screens (the history keeps the field's id).
pub fn field_label_in(lang: crate::i18n::Lang, field: &str) -> String {
    match field {
        "response" => lang.t("tui-merge-field-response"),
        "finding" => lang.t("tui-merge-field-finding"),
        "recommendation" => lang.t("tui-merge-field-recommendation"),
        "management_response" => lang.t("tui-merge-field-management-response"),
        "notes" => lang.t("tui-merge-field-notes"),
        "evidence" => lang.t("tui-merge-field-evidence"),
        "basis" => lang.t("tui-merge-field-basis"),
        "said_by" => lang.t("tui-merge-field-said-by"),
        "owner" => lang.t("tui-merge-field-owner"),
        "due" => lang.t("tui-merge-field-due"),
        other => other.to_string(),
    }
}

/// A field's value (JSON as the history holds it) as a person reads it: level 3 "Defined",
/// not applicable and why, the text itself, the references one after another.
pub fn show(field: &str, value: &Value, questionnaire: &Questionnaire) -> String {
    show_in(crate::i18n::Lang::En, field, value, questionnaire)
}

/// [`show`], its own words in `lang` (the questionnaire's level names are its own).
pub fn show_in(
    lang: crate::i18n::Lang,
    field: &str,
    value: &Value,
    questionnaire: &Questionnaire,
) -> String {
    let text = |s: &str| {
        if s.trim().is_empty() {
            lang.t("tui-merge-empty")
        } else {
            s.to_string()
        }
    };
    match (field, value) {
        (_, Value::Null) => lang.t("tui-merge-not-set"),
        ("response", v) => match serde_json::from_value::<Response>(v.clone()) {
            Ok(Response::Maturity { level }) => match questionnaire.level(level) {
                Some(l) => crate::t!(
                    lang,
                    "tui-merge-level-named",
                    level = &level.to_string(),
                    label = &l.label
                ),
                None => crate::t!(lang, "tui-merge-level", level = &level.to_string()),
            },
            Ok(Response::NotApplicable { justification }) => crate::t!(
                lang,
                "tui-merge-not-applicable",
                justification = &text(&justification)
            ),
            Ok(Response::Unanswered) => lang.t("tui-merge-unanswered"),
            Err(_) => v.to_string(),
        },
        ("basis", Value::String(s)) => {
            EvidenceBasis::parse(s).map_or_else(|| s.clone(), |b| b.describe_in(lang))
        }
        ("said_by", Value::Array(items)) if items.is_empty() => lang.t("tui-merge-nobody"),
        ("said_by", Value::Array(items)) => items
            .iter()
            .map(|n| format!("A{n}"))
            .collect::<Vec<_>>()
            .join(", "),
        ("evidence", Value::Array(items)) if items.is_empty() => lang.t("tui-merge-none"),
        ("evidence", Value::Array(items)) => items
            .iter()
            .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_string))
            .collect::<Vec<_>>()
            .join("; "),
        (_, Value::String(s)) => text(s),
        (_, v) => v.to_string(),
    }
}

/// A value of one's own for `field`, as a person types it: a level ("3"), "n/a" and why, or
/// "unanswered" for the level; a date for the due date; "A1, A2" for who said it; one
/// reference a line for the evidence; a basis by name; text for the rest. Gives the JSON the
/// history holds, or why the text does not fit.
pub fn parse(field: &str, typed: &str) -> Result<Value, String> {
    parse_in(crate::i18n::Lang::En, field, typed)
}

/// [`parse`], the refusal in `lang` (what is typed stays as the command line takes it).
pub fn parse_in(lang: crate::i18n::Lang, field: &str, typed: &str) -> Result<Value, String> {
    let t = typed.trim();
    match field {
        "response" => {
            let lower = t.to_lowercase();
            if let Ok(level) = t.parse::<u8>() {
                return Ok(serde_json::json!({"state": "maturity", "level": level}));
            }
            for prefix in ["not applicable", "n/a", "na"] {
                if let Some(rest) = lower.strip_prefix(prefix)
                    && (rest.is_empty() || rest.starts_with([':', ' ', '-']))
                {
                    let why = t[prefix.len()..].trim_start_matches([':', ' ', '-']).trim();
                    return Ok(
                        serde_json::json!({"state": "not_applicable", "justification": why}),
                    );
                }
            }
            if lower == "unanswered" {
                return Ok(serde_json::json!({"state": "unanswered"}));
            }
            Err(crate::t!(lang, "tui-merge-not-a-level", typed = t))
        }
        "due" if t.is_empty() => Ok(Value::Null),
        "due" => crate::assessment::parse_date_in(lang, t).map(|d| Value::String(d.to_string())),
        "basis" if t.is_empty() => Ok(Value::Null),
        "basis" => EvidenceBasis::ALL
            .into_iter()
            .find(|b| b.as_str() == t.to_lowercase() || b.describe() == t.to_lowercase())
            .map(|b| Value::String(b.as_str().to_string()))
            .ok_or_else(|| crate::t!(lang, "tui-merge-not-a-basis", typed = t)),
        "said_by" => t
            .split([',', ' '])
            .filter(|p| !p.is_empty())
            .map(|p| {
                p.trim_start_matches(['A', 'a'])
                    .parse::<u32>()
                    .map(Value::from)
                    .map_err(|_| crate::t!(lang, "tui-merge-not-an-attendee", typed = p))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array),
        "evidence" => Ok(Value::Array(
            typed
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| Value::String(l.to_string()))
                .collect(),
        )),
        _ => Ok(Value::String(typed.to_string())),
    }
}

/// A value as the text field shows it for editing: the inverse of [`parse`].
pub fn editable(field: &str, value: &Value) -> String {
    match (field, value) {
        (_, Value::Null) => String::new(),
        ("response", v) => match serde_json::from_value::<Response>(v.clone()) {
            Ok(Response::Maturity { level }) => level.to_string(),
            Ok(Response::NotApplicable { justification }) => format!("n/a: {justification}"),
            _ => "unanswered".to_string(),
        },
        ("said_by", Value::Array(items)) => items
            .iter()
            .map(|n| format!("A{n}"))
            .collect::<Vec<_>>()
            .join(", "),
        ("evidence", Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("\n"),
        (_, Value::String(s)) => s.clone(),
        (_, v) => v.to_string(),
    }
}

/// A change as a comparable key: time, author, question, then its values.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    at: Timestamp,
    author: String,
    question: String,
    new: String,
    old: Option<String>,
}

fn json(a: &Answer) -> Map<String, Value> {
    match serde_json::to_value(a).expect("answers serialise") {
        Value::Object(m) => m,
        _ => unreachable!("an answer serialises to an object"),
    }
}

fn key(c: &Change) -> Key {
    Key {
        at: c.changed_at,
        author: c.author.clone(),
        question: c.question_id.clone(),
        new: serde_json::to_string(&c.new).expect("answers serialise"),
        old: c
            .old
            .as_ref()
            .map(|o| serde_json::to_string(o).expect("answers serialise")),
    }
}

/// One change, its key and its fields before and after.
struct Row<'a> {
    key: Key,
    change: &'a Change,
    old: Map<String, Value>,
    new: Map<String, Value>,
}

impl Row<'_> {
    fn changed(&self, field: &str) -> bool {
        self.old.get(field) != self.new.get(field)
    }
}

fn rows(changes: &[Change]) -> BTreeMap<Key, Row<'_>> {
    changes
        .iter()
        .map(|c| {
            let k = key(c);
            let row = Row {
                key: k.clone(),
                change: c,
                old: json(c.old.as_ref().unwrap_or(&Answer::default())),
                new: json(&c.new),
            };
            (k, row)
        })
        .collect()
}

/// One side's changes of question `q`, oldest first.
fn of<'a, 'b>(side: &'a BTreeMap<Key, Row<'b>>, q: &str) -> Vec<&'a Row<'b>> {
    side.values()
        .filter(|r| r.change.question_id == q)
        .collect()
}

/// The changes of `side` the other side lacks, after their last common change.
fn since<'a, 'b>(
    side: &[&'a Row<'b>],
    other: &BTreeMap<Key, Row<'_>>,
    last_common: Option<&Key>,
) -> Vec<&'a Row<'b>> {
    side.iter()
        .filter(|row| !other.contains_key(&row.key))
        .filter(|row| last_common.is_none_or(|c| row.key.cmp(c) == Ordering::Greater))
        .copied()
        .collect()
}

/// The latest of `rows` that changed `field`.
fn latest<'a, 'b>(rows: &[&'a Row<'b>], field: &str) -> Option<&'a Row<'b>> {
    rows.iter().rev().find(|r| r.changed(field)).copied()
}

/// Merges `right`'s history into `left`'s: see the module's rules.
pub fn merge(left: &[Change], right: &[Change]) -> Merged {
    let left = rows(left);
    let right = rows(right);
    let mut out = Merged {
        added: right
            .iter()
            .filter(|(k, _)| !left.contains_key(k))
            .map(|(_, r)| r.change.clone())
            .collect(),
        ..Merged::default()
    };
    let questions: BTreeSet<&str> = left
        .values()
        .chain(right.values())
        .map(|r| r.change.question_id.as_str())
        .collect();
    for q in questions {
        let (l, r) = (of(&left, q), of(&right, q));
        // The united history of this question, oldest first, each row once.
        let mut union: Vec<&Row<'_>> = l.iter().chain(r.iter()).copied().collect();
        union.sort_by(|a, b| a.key.cmp(&b.key));
        union.dedup_by(|a, b| a.key == b.key);
        let last_common = l
            .iter()
            .filter(|row| right.contains_key(&row.key))
            .map(|row| row.key.clone())
            .max();
        let (l_new, r_new) = (
            since(&l, &right, last_common.as_ref()),
            since(&r, &left, last_common.as_ref()),
        );
        let last = union.last().expect("a question here has a change");
        let mut fields: BTreeSet<&String> = BTreeSet::new();
        for row in &union {
            fields.extend(row.old.keys());
            fields.extend(row.new.keys());
        }
        let mut merged = last.new.clone();
        for field in fields {
            // The latest change of the field wins.
            let winner = union.iter().rev().find(|row| row.changed(field));
            let value = winner.map_or_else(|| last.new.get(field), |w| w.new.get(field));
            match value {
                Some(v) => merged.insert(field.clone(), v.clone()),
                None => merged.remove(field),
            };
            if let (Some(a), Some(b)) = (latest(&l_new, field), latest(&r_new, field))
                && a.new.get(field) != b.new.get(field)
            {
                out.conflicts.push(Conflict {
                    question_id: q.to_string(),
                    field: field.clone(),
                    left: a.new.get(field).cloned(),
                    right: b.new.get(field).cloned(),
                    left_at: (a.key.at, a.key.author.clone()),
                    right_at: (b.key.at, b.key.author.clone()),
                });
            }
        }
        let answer: Answer = serde_json::from_value(Value::Object(merged))
            .expect("fields of answers make an answer");
        out.answers.insert(q.to_string(), answer);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Response;

    fn at(minute: i64) -> Timestamp {
        Timestamp::from_second(1_780_000_000 + minute * 60).unwrap()
    }

    fn change(q: &str, minute: i64, who: &str, old: Option<&Answer>, new: &Answer) -> Change {
        Change {
            question_id: q.into(),
            changed_at: at(minute),
            author: who.into(),
            old: old.cloned(),
            new: new.clone(),
        }
    }

    fn with_notes(level: u8, notes: &str) -> Answer {
        Answer {
            notes: notes.into(),
            ..Answer::with_maturity(level)
        }
    }

    #[test]
    fn different_fields_changed_on_each_side_are_both_kept() {
        let base = with_notes(1, "");
        let common = change("4.1-a", 0, "Ann", None, &base);
        let left = vec![
            common.clone(),
            change("4.1-a", 5, "Ann", Some(&base), &with_notes(3, "")),
        ];
        let right = vec![
            common,
            change("4.1-a", 7, "Bob", Some(&base), &with_notes(1, "CFO unsure")),
        ];
        let m = merge(&left, &right);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(m.answers["4.1-a"], with_notes(3, "CFO unsure"));
        assert_eq!(m.added.len(), 1);
        assert_eq!(m.added[0].author, "Bob");
    }

    #[test]
    fn one_field_changed_on_both_sides_is_a_conflict_the_latest_standing() {
        let base = with_notes(1, "");
        let common = change("4.1-a", 0, "Ann", None, &base);
        let left = vec![
            common.clone(),
            change("4.1-a", 9, "Ann", Some(&base), &with_notes(3, "")),
        ];
        let right = vec![
            common,
            change("4.1-a", 4, "Bob", Some(&base), &with_notes(2, "")),
        ];
        let m = merge(&left, &right);
        assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
        let c = &m.conflicts[0];
        assert_eq!(c.field, "response");
        assert_eq!(
            c.left,
            Some(serde_json::to_value(Response::Maturity { level: 3 }).unwrap())
        );
        assert_eq!(c.right_at.1, "Bob");
        assert_eq!(m.answers["4.1-a"].response.maturity(), Some(3));
        // The same value reached on both sides is no conflict.
        let right = vec![
            left[0].clone(),
            change("4.1-a", 4, "Bob", Some(&base), &with_notes(3, "")),
        ];
        assert!(merge(&left, &right).conflicts.is_empty());
    }

    #[test]
    fn the_fields_are_every_field_of_an_answer() {
        let full = Answer {
            recommendation: "r".into(),
            management_response: "m".into(),
            said_by: vec![1],
            ..Answer::default()
        };
        let mut keys: Vec<String> = json(&full).keys().cloned().collect();
        let mut fields: Vec<String> = FIELDS.iter().map(|f| f.to_string()).collect();
        keys.sort();
        fields.sort();
        assert_eq!(keys, fields);
        let set = with_field(&full, "owner", &Value::String("Ann".into())).unwrap();
        assert_eq!(set.owner, "Ann");
        assert!(with_field(&full, "colour", &Value::Null).is_err());
        assert!(with_field(&full, "response", &serde_json::json!({"level": "x"})).is_err());
    }

    #[test]
    fn values_read_as_a_person_reads_them_and_typed_values_parse_back() {
        let q = crate::questionnaire::catalog::built_in("iso42001").unwrap();
        let level = serde_json::to_value(Response::Maturity { level: 3 }).unwrap();
        assert_eq!(show("response", &level, q), "level 3 \"Defined\"");
        assert_eq!(parse("response", " 3 ").unwrap(), level);
        assert_eq!(editable("response", &level), "3");
        let na = parse("response", "n/a: no AI suppliers").unwrap();
        assert_eq!(show("response", &na, q), "not applicable: no AI suppliers");
        assert_eq!(parse("response", &editable("response", &na)).unwrap(), na);
        assert!(
            parse("response", "three")
                .unwrap_err()
                .contains("not a level")
        );
        assert_eq!(show("owner", &Value::String("CFO".into()), q), "CFO");
        assert_eq!(show("finding", &Value::String(" ".into()), q), "(empty)");
        assert_eq!(show("due", &Value::Null, q), "(not set)");
        let ev = parse("evidence", "Policy v2\n\n Minutes ").unwrap();
        assert_eq!(show("evidence", &ev, q), "Policy v2; Minutes");
        assert_eq!(parse("evidence", &editable("evidence", &ev)).unwrap(), ev);
        let who = parse("said_by", "A1, A3").unwrap();
        assert_eq!(who, serde_json::json!([1, 3]));
        assert_eq!(show("said_by", &who, q), "A1, A3");
        assert_eq!(
            show("basis", &parse("basis", "Document").unwrap(), q),
            "document seen"
        );
        assert!(parse("due", "tomorrow").is_err());
        assert_eq!(parse("due", "").unwrap(), Value::Null);
        assert_eq!(field_label("response"), "level");
        // Every typed value fits its field of an answer.
        for (field, typed) in [
            ("response", "2"),
            ("due", "2027-01-31"),
            ("said_by", "A2"),
            ("basis", "observed"),
            ("notes", "x"),
        ] {
            with_field(&Answer::default(), field, &parse(field, typed).unwrap()).unwrap();
        }
    }

    #[test]
    fn a_tie_in_time_goes_to_the_author_whatever_the_side() {
        let left = vec![change("5.2-a", 3, "Ann", None, &with_notes(2, ""))];
        let right = vec![change("5.2-a", 3, "Bob", None, &with_notes(4, ""))];
        let ab = merge(&left, &right);
        let ba = merge(&right, &left);
        assert_eq!(ab.answers["5.2-a"].response.maturity(), Some(4));
        assert_eq!(ab.answers, ba.answers);
        assert_eq!(ab.conflicts.len(), 1);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// One file: its history and its answers (the last change of each question).
        #[derive(Debug, Clone)]
        struct File {
            history: Vec<Change>,
            answers: BTreeMap<String, Answer>,
        }

        impl File {
            fn record(&mut self, q: &str, minute: i64, who: &str, new: Answer) {
                let old = self.answers.insert(q.to_string(), new.clone());
                self.history.push(Change {
                    question_id: q.into(),
                    changed_at: at(minute),
                    author: who.into(),
                    old,
                    new,
                });
            }
        }

        /// Merging as the store does: the other's changes appended, and one change (now, by
        /// whoever merges) per answer the merge changes.
        fn apply(left: &File, right: &File) -> File {
            let merged = merge(&left.history, &right.history);
            let mut out = left.clone();
            out.history.extend(merged.added);
            for (q, a) in merged.answers {
                if out.answers.get(&q) != Some(&a) {
                    out.record(&q, 10_000, "Merger", a);
                }
            }
            out
        }

        type Edit = (usize, i64, usize, u8, usize);

        fn edits(n: usize) -> impl Strategy<Value = Vec<Edit>> {
            prop::collection::vec((0..3usize, 0..40i64, 0..2usize, 0..6u8, 0..3usize), 0..n)
        }

        fn play(file: &mut File, edits: &[Edit]) {
            for &(q, minute, who, level, notes) in edits {
                let answer = Answer {
                    notes: ["", "x", "y"][notes].into(),
                    ..Answer::with_maturity(level)
                };
                file.record(
                    ["4.1-a", "4.2-a", "5.2-a"][q],
                    minute,
                    ["Ann", "Bob"][who],
                    answer,
                );
            }
        }

        fn files(common: &[Edit], a: &[Edit], b: &[Edit]) -> (File, File) {
            let mut base = File {
                history: Vec::new(),
                answers: BTreeMap::new(),
            };
            play(&mut base, common);
            let (mut left, mut right) = (base.clone(), base);
            play(&mut left, a);
            play(&mut right, b);
            (left, right)
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(200))]

            #[test]
            fn merge_is_idempotent_commutative_and_loses_no_change(
                common in edits(6), a in edits(8), b in edits(8)
            ) {
                let (left, right) = files(&common, &a, &b);
                let ab = apply(&left, &right);
                let ba = apply(&right, &left);
                prop_assert_eq!(&ab.answers, &ba.answers);
                let abb = apply(&ab, &right);
                prop_assert_eq!(&abb.answers, &ab.answers);
                prop_assert_eq!(abb.history.len(), ab.history.len());
                prop_assert!(merge(&ab.history, &right.history).conflicts.is_empty());
                for c in left.history.iter().chain(&right.history) {
                    prop_assert!(ab.history.contains(c), "lost {:?}", c);
                }
                // The conflicts are the same seen from either side.
                let flip = |c: &Conflict| (c.question_id.clone(), c.field.clone());
                let x: Vec<_> = merge(&left.history, &right.history).conflicts.iter().map(flip).collect();
                let y: Vec<_> = merge(&right.history, &left.history).conflicts.iter().map(flip).collect();
                prop_assert_eq!(x, y);
            }
        }
    }
}
