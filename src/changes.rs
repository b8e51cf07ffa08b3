//! "Changed since": which answers changed after a moment, read from the answer history.
//! Pure: it is handed the history (oldest first) and knows nothing of the store or screens.
//!
//! The moment is a day (from its start, UTC), a time, or "your last sitting": the last change
//! the current author made. What someone else changed after it is what they have not seen.

use jiff::Timestamp;
use jiff::civil::Date;

use crate::assessment::Answer;
use crate::store::HistoryEntry;

/// From when changes count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Since {
    /// From this moment on (a day counts from its start, UTC).
    Time(Timestamp),
    /// After the last change this author made; everything when they made none.
    LastChangeBy(String),
}

impl Since {
    /// Reads `last`, a day (`2026-03-31`) or a time (`2026-03-31T09:30:00Z`); `author` is
    /// whose last change `last` means. The error says what is accepted.
    pub fn parse(s: &str, author: &str) -> Result<Since, String> {
        Since::parse_in(crate::i18n::Lang::En, s, author)
    }

    /// [`Since::parse`], the error in `lang`.
    pub fn parse_in(lang: crate::i18n::Lang, s: &str, author: &str) -> Result<Since, String> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("last") {
            return Ok(Since::LastChangeBy(author.to_string()));
        }
        if let Ok(t) = s.parse::<Timestamp>() {
            return Ok(Since::Time(t));
        }
        let day: Date = crate::assessment::parse_date(s)
            .map_err(|_| crate::t!(lang, "tui-changed-since-unreadable", typed = s))?;
        day.to_zoned(jiff::tz::TimeZone::UTC)
            .map(|z| Since::Time(z.timestamp()))
            .map_err(|e| format!("\"{s}\": {e}"))
    }

    /// The moment after which changes count; `None`: all of them.
    pub fn moment(&self, history: &[HistoryEntry]) -> Option<Timestamp> {
        match self {
            Since::Time(t) => Some(*t),
            Since::LastChangeBy(author) => history
                .iter()
                .rev()
                .find(|e| &e.author == author)
                .map(|e| e.changed_at),
        }
    }
}

/// One answer that changed: how it was before the first change counted, how it is after the
/// last, and who changed it.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub question_id: String,
    /// `None`: there was no answer before.
    pub before: Option<Answer>,
    pub after: Answer,
    /// Everyone who changed it, in the order of their first change counted ("" unknown).
    pub authors: Vec<String>,
    pub changes: usize,
    pub last_at: Timestamp,
}

/// The answers changed according to `since`, most recently changed first. With
/// [`Since::Time`] a change at that very moment counts; with [`Since::LastChangeBy`] only
/// those strictly after the author's last one.
pub fn changed_since(history: &[HistoryEntry], since: &Since) -> Vec<Change> {
    let moment = since.moment(history);
    let counts = |e: &HistoryEntry| match (since, moment) {
        (_, None) => true,
        (Since::Time(_), Some(m)) => e.changed_at >= m,
        (Since::LastChangeBy(_), Some(m)) => e.changed_at > m,
    };
    let mut out: Vec<Change> = Vec::new();
    for e in history.iter().filter(|e| counts(e)) {
        match out.iter_mut().find(|c| c.question_id == e.question_id) {
            Some(c) => {
                c.after = e.new.clone();
                c.changes += 1;
                c.last_at = e.changed_at;
                if !c.authors.contains(&e.author) {
                    c.authors.push(e.author.clone());
                }
            }
            None => out.push(Change {
                question_id: e.question_id.clone(),
                before: e.old.clone(),
                after: e.new.clone(),
                authors: vec![e.author.clone()],
                changes: 1,
                last_at: e.changed_at,
            }),
        }
    }
    // A change that came back to where it started is no change to look at.
    out.retain(|c| c.before.as_ref() != Some(&c.after));
    out.sort_by_key(|c| std::cmp::Reverse(c.last_at));
    out
}

/// What differs between two versions of an answer, in a few words each: the response as
/// `2 → 3` (or `— → N/A`), then the names of the texts that changed. The private notes are
/// named only with `private` (never in presenter mode).
pub fn what_changed(before: Option<&Answer>, after: &Answer, private: bool) -> Vec<String> {
    what_changed_in(crate::i18n::Lang::En, before, after, private)
}

/// [`what_changed`], the words in `lang`.
pub fn what_changed_in(
    lang: crate::i18n::Lang,
    before: Option<&Answer>,
    after: &Answer,
    private: bool,
) -> Vec<String> {
    use crate::assessment::Response;
    let empty = Answer::default();
    let before = before.unwrap_or(&empty);
    let response = |r: &Response| match r {
        Response::Unanswered => "—".to_string(),
        Response::Maturity { level } => level.to_string(),
        Response::NotApplicable { .. } => lang.t("tui-changed-na"),
    };
    let mut out = Vec::new();
    if response(&before.response) != response(&after.response) {
        out.push(format!(
            "{} → {}",
            response(&before.response),
            response(&after.response)
        ));
    } else if before.response != after.response {
        out.push(lang.t("tui-changed-justification"));
    }
    let texts: [(&str, bool); 9] = [
        ("tui-changed-finding", before.finding != after.finding),
        (
            "tui-changed-recommendation",
            before.recommendation != after.recommendation,
        ),
        (
            "tui-changed-response",
            before.management_response != after.management_response,
        ),
        ("tui-changed-evidence", before.evidence != after.evidence),
        ("tui-changed-basis", before.basis != after.basis),
        ("tui-changed-said-by", before.said_by != after.said_by),
        ("tui-changed-owner", before.owner != after.owner),
        ("tui-changed-due", before.due != after.due),
        ("tui-changed-notes", private && before.notes != after.notes),
    ];
    out.extend(texts.iter().filter(|(_, d)| *d).map(|(id, _)| lang.t(id)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Response;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn level(n: u8) -> Answer {
        Answer {
            response: Response::Maturity { level: n },
            ..Answer::default()
        }
    }

    fn entry(q: &str, t: &str, who: &str, old: Option<u8>, new: u8) -> HistoryEntry {
        HistoryEntry {
            question_id: q.into(),
            changed_at: at(t),
            author: who.into(),
            old: old.map(level),
            new: level(new),
        }
    }

    fn history() -> Vec<HistoryEntry> {
        vec![
            entry("4.1-a", "2026-03-01T09:00:00Z", "jo", None, 1),
            entry("4.2-a", "2026-03-01T10:00:00Z", "jo", None, 2),
            entry("4.1-a", "2026-03-02T09:00:00Z", "sam", Some(1), 3),
            entry("5.1-a", "2026-03-02T11:00:00Z", "ana", None, 0),
            entry("4.1-a", "2026-03-03T09:00:00Z", "ana", Some(3), 4),
            entry("4.2-a", "2026-03-03T10:00:00Z", "sam", Some(2), 3),
            entry("4.2-a", "2026-03-03T11:00:00Z", "sam", Some(3), 2),
        ]
    }

    #[test]
    fn a_day_counts_from_its_start_and_merges_changes_per_answer() {
        let since = Since::parse("2026-03-02", "jo").unwrap();
        let changes = changed_since(&history(), &since);
        let ids: Vec<&str> = changes.iter().map(|c| c.question_id.as_str()).collect();
        // 4.2-a went 2 → 3 → 2: back where it was, so not listed.
        assert_eq!(ids, ["4.1-a", "5.1-a"]);
        let c = &changes[0];
        assert_eq!(c.before, Some(level(1)));
        assert_eq!(c.after, level(4));
        assert_eq!(c.authors, ["sam", "ana"]);
        assert_eq!(c.changes, 2);
        assert_eq!(changes[1].before, None);
    }

    #[test]
    fn last_means_after_the_authors_own_last_change() {
        let changes = changed_since(&history(), &Since::parse("last", "sam").unwrap());
        // sam's last change is the last entry: nothing after it.
        assert!(changes.is_empty());
        let changes = changed_since(&history(), &Since::parse("LAST", "jo").unwrap());
        let ids: Vec<&str> = changes.iter().map(|c| c.question_id.as_str()).collect();
        assert_eq!(ids, ["4.1-a", "5.1-a"]);
        // Someone who never changed anything sees everything.
        let all = changed_since(&history(), &Since::parse("last", "new").unwrap());
        assert_eq!(all.len(), 3);
    }

    #[test]
    fn what_changed_names_the_response_and_texts_and_hides_notes_unless_private() {
        let before = Answer {
            notes: "CFO unsure".into(),
            ..level(2)
        };
        let after = Answer {
            finding: "Policy unapproved".into(),
            notes: "CFO unsure, ask again".into(),
            ..level(3)
        };
        assert_eq!(
            what_changed(Some(&before), &after, true),
            ["2 → 3", "finding", "notes"]
        );
        assert_eq!(
            what_changed(Some(&before), &after, false),
            ["2 → 3", "finding"]
        );
        let notes_only = Answer {
            notes: "x".into(),
            ..before.clone()
        };
        assert!(what_changed(Some(&before), &notes_only, false).is_empty());
        assert_eq!(what_changed(None, &level(0), false), ["— → 0"]);
    }

    #[test]
    fn a_time_counts_from_that_moment_and_bad_input_says_what_is_accepted() {
        let since = Since::parse("2026-03-03T09:00:00Z", "jo").unwrap();
        let changes = changed_since(&history(), &since);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].question_id, "4.1-a");
        assert_eq!(changes[0].before, Some(level(3)));
        let err = Since::parse("yesterday", "jo").unwrap_err();
        assert!(
            err.contains("\"yesterday\"") && err.contains("`last`"),
            "{err}"
        );
    }
}
