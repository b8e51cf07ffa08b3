//! The engagement record of an assessment: who took part, which documents were reviewed, the
//! report's document control and sign-off, and the assessment's own events (finalised,
//! reopened). Pure data; the store keeps it.
//!
//! Attendees and documents are numbered within their assessment: `A1`, `A2` … and `D1`,
//! `D2` …. An answer's evidence entry refers to a registered document when it starts with
//! the document's reference (`D2`, `D2 §4`, `d2: page 3`) or with its title (`AI policy`,
//! `AI policy, section 3`), case aside. The evidence index (document → answers it supports)
//! is derived from that, so evidence stays free text and nothing needs migrating when a
//! document is registered after the answers that cite it.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;

/// The confidentiality label a report carries unless another is set.
pub const DEFAULT_CONFIDENTIALITY: &str = "Confidential";
/// The version a report carries unless another is set.
pub const DEFAULT_REPORT_VERSION: &str = "0.1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attendee {
    pub number: u32,
    pub name: String,
    pub role: String,
}

impl Attendee {
    /// `A1`, `A2` …
    pub fn reference(&self) -> String {
        format!("A{}", self.number)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewedDocument {
    pub number: u32,
    pub title: String,
    pub version: String,
    pub date: Option<Date>,
}

impl ReviewedDocument {
    /// `D1`, `D2` …
    pub fn reference(&self) -> String {
        format!("D{}", self.number)
    }

    /// Whether an evidence entry refers to this document: it starts with the document's
    /// reference or its title, followed by nothing or by something other than a letter or
    /// digit (so `D1` is not cited by `D12`, nor "Policy" by "Policyholder list").
    pub fn is_cited_by(&self, evidence: &str) -> bool {
        let evidence = evidence.trim();
        [self.reference(), self.title.trim().to_string()]
            .iter()
            .any(|key| starts_with_word(evidence, key))
    }
}

fn starts_with_word(text: &str, key: &str) -> bool {
    if key.is_empty() {
        return false;
    }
    let mut chars = text.char_indices();
    for k in key.chars() {
        match chars.next() {
            Some((_, c)) if c.to_lowercase().eq(k.to_lowercase()) => {}
            _ => return false,
        }
    }
    chars.next().is_none_or(|(_, c)| !c.is_alphanumeric())
}

/// A name and the day it was given, on the sign-off page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Signature {
    pub by: String,
    pub on: Option<Date>,
}

impl Signature {
    pub fn is_empty(&self) -> bool {
        self.by.trim().is_empty() && self.on.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentControl {
    pub report_version: String,
    pub confidentiality: String,
    /// Who receives the report, one name (or list) per entry.
    pub distribution: Vec<String>,
    pub prepared: Signature,
    pub reviewed: Signature,
    pub approved: Signature,
    /// When the assessment was finalised; `None` while it is a draft.
    pub finalised_at: Option<Timestamp>,
}

impl Default for DocumentControl {
    fn default() -> Self {
        DocumentControl {
            report_version: DEFAULT_REPORT_VERSION.into(),
            confidentiality: DEFAULT_CONFIDENTIALITY.into(),
            distribution: Vec::new(),
            prepared: Signature::default(),
            reviewed: Signature::default(),
            approved: Signature::default(),
            finalised_at: None,
        }
    }
}

impl DocumentControl {
    pub fn is_final(&self) -> bool {
        self.finalised_at.is_some()
    }

    /// "draft" or "final".
    pub fn status(&self) -> &'static str {
        if self.is_final() { "final" } else { "draft" }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Finalised,
    Reopened,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Finalised => "finalised",
            EventKind::Reopened => "reopened",
        }
    }

    pub fn parse(s: &str) -> Option<EventKind> {
        match s {
            "finalised" => Some(EventKind::Finalised),
            "reopened" => Some(EventKind::Reopened),
            _ => None,
        }
    }
}

/// Something that happened to the assessment as a whole, kept in its history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    pub at: Timestamp,
    pub kind: EventKind,
    /// The report version finalised, or the reason given for reopening.
    pub detail: String,
}

/// Everything of the engagement record that the store keeps for one assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Engagement {
    pub attendees: Vec<Attendee>,
    pub documents: Vec<ReviewedDocument>,
    pub control: DocumentControl,
    pub events: Vec<Event>,
    /// The assessor's narrative for the executive summary; empty until written.
    pub narrative: String,
}

impl Engagement {
    pub fn is_final(&self) -> bool {
        self.control.is_final()
    }

    pub fn attendee(&self, number: u32) -> Option<&Attendee> {
        self.attendees.iter().find(|a| a.number == number)
    }

    /// The registered documents an evidence entry refers to.
    pub fn documents_cited_by<'a>(
        &'a self,
        evidence: &'a str,
    ) -> impl Iterator<Item = &'a ReviewedDocument> + 'a {
        self.documents.iter().filter(|d| d.is_cited_by(evidence))
    }
}

/// Parses `A3`, `a3` or `3` as attendee number 3 (and `D3`/`3` for documents).
pub fn parse_number(prefix: char, text: &str) -> Option<u32> {
    let t = text.trim();
    let digits = t
        .strip_prefix(prefix)
        .or_else(|| t.strip_prefix(prefix.to_ascii_lowercase()))
        .unwrap_or(t);
    digits.parse::<u32>().ok().filter(|n| *n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(number: u32, title: &str) -> ReviewedDocument {
        ReviewedDocument {
            number,
            title: title.into(),
            version: String::new(),
            date: None,
        }
    }

    #[test]
    fn evidence_cites_a_document_by_reference_or_title_as_a_whole_word() {
        let d = doc(1, "AI policy");
        for cites in [
            "D1",
            "d1",
            "D1 §4",
            "D1: page 3",
            "AI policy",
            "ai policy, s. 3",
        ] {
            assert!(d.is_cited_by(cites), "{cites}");
        }
        for not in ["D12", "AI policyholders", "See AI policy", "", "D"] {
            assert!(!d.is_cited_by(not), "{not}");
        }
        assert!(!doc(2, "  ").is_cited_by("anything"));
    }

    #[test]
    fn numbers_parse_with_or_without_their_letter() {
        assert_eq!(parse_number('A', "A3"), Some(3));
        assert_eq!(parse_number('A', "a3"), Some(3));
        assert_eq!(parse_number('D', "12"), Some(12));
        assert_eq!(parse_number('D', "A3"), None);
        assert_eq!(parse_number('D', "D0"), None);
    }
}
