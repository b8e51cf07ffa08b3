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

    /// "Dana Reyes (CISO)", or the name alone when no role is recorded: how a report says
    /// who said it.
    pub fn describe(&self) -> String {
        if self.role.trim().is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.role)
        }
    }

    /// "A1 Dana Reyes (CISO)".
    pub fn describe_with_reference(&self) -> String {
        format!("{} {}", self.reference(), self.describe())
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
        self.citation().is_cited_by(evidence)
    }

    /// The same test, prepared once to be made against many evidence entries.
    pub fn citation(&self) -> Citation<'_> {
        Citation {
            reference: self.reference(),
            title: self.title.trim(),
        }
    }
}

/// What an evidence entry starts with when it cites a document (see
/// [`ReviewedDocument::is_cited_by`]).
#[derive(Debug, Clone)]
pub struct Citation<'a> {
    reference: String,
    title: &'a str,
}

impl Citation<'_> {
    pub fn is_cited_by(&self, evidence: &str) -> bool {
        let evidence = evidence.trim();
        starts_with_word(evidence, &self.reference) || starts_with_word(evidence, self.title)
    }
}

fn starts_with_word(text: &str, key: &str) -> bool {
    if key.is_empty() {
        return false;
    }
    let mut chars = text.char_indices();
    for k in key.chars() {
        match chars.next() {
            Some((_, c)) if c.is_ascii() && k.is_ascii() => {
                if !c.eq_ignore_ascii_case(&k) {
                    return false;
                }
            }
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

/// A question flagged in the room for follow-up ("parked"): what is to be found out, and
/// whether it has been. One per question; parking it again replaces the text and opens it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpenPoint {
    pub question_id: String,
    pub text: String,
    pub parked_at: Timestamp,
    /// `None` while the point is open.
    pub resolved_at: Option<Timestamp>,
}

impl OpenPoint {
    pub fn is_open(&self) -> bool {
        self.resolved_at.is_none()
    }
}

/// The text of an open point as given: trimmed, on one line, not empty, not too long.
pub fn point_text(text: &str) -> Result<String, EntryError> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Err(EntryError {
            field: "text",
            why: "the open point's text is empty; say in a few words what is to be followed up"
                .into(),
            kind: EntryKind::PointEmpty,
        });
    }
    let n = text.chars().count();
    if n > MAX_POINT_CHARS {
        return Err(EntryError {
            field: "text",
            why: format!(
                "the open point's text is {n} characters long; keep it to {MAX_POINT_CHARS} (put the detail in the notes)"
            ),
            kind: EntryKind::PointLong { length: n },
        });
    }
    Ok(text)
}

/// An open point is a short reminder, not a note.
pub const MAX_POINT_CHARS: usize = 500;

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
    /// The parking lot: questions flagged for follow-up, open and resolved, in the order
    /// they were parked.
    pub points: Vec<OpenPoint>,
    /// The light risk register, by number: what SoA inclusions point to.
    pub risks: Vec<crate::soa::Risk>,
    /// The AI systems inventory, by number, in scope or not.
    pub systems: Vec<crate::systems::AiSystem>,
    /// What the assessor made of the applicability suggestions, oldest first.
    pub verdicts: Vec<crate::systems::Verdict>,
    /// The copies handed out to other assessors (`aimsgap fork`), oldest first.
    pub handouts: Vec<crate::calibration::Handout>,
    /// The ISO/IEC 27001:2022 clauses and Annex A controls in place (see `crate::iso27001`).
    pub iso27001: std::collections::BTreeSet<String>,
}

impl Engagement {
    pub fn is_final(&self) -> bool {
        self.control.is_final()
    }

    /// The points still open, in the order they were parked.
    pub fn open_points(&self) -> impl Iterator<Item = &OpenPoint> {
        self.points.iter().filter(|p| p.is_open())
    }

    /// The open point parked on `question`, if any.
    pub fn open_point(&self, question: &str) -> Option<&OpenPoint> {
        self.open_points().find(|p| p.question_id == question)
    }

    pub fn risk(&self, number: u32) -> Option<&crate::soa::Risk> {
        self.risks.iter().find(|r| r.number == number)
    }

    pub fn attendee(&self, number: u32) -> Option<&Attendee> {
        self.attendees.iter().find(|a| a.number == number)
    }

    /// The attendees an answer says it rests on ("who said it"), in its order; a number
    /// with no attendee (which the store never keeps) is left out.
    pub fn said_by<'a>(&'a self, said_by: &'a [u32]) -> impl Iterator<Item = &'a Attendee> + 'a {
        said_by.iter().filter_map(|n| self.attendee(*n))
    }

    /// Finds the attendee a user means: a reference (`A2`, `a2`, `2`) or an attendee's exact
    /// name, case aside. The error is one line naming the attendees there are.
    pub fn find_attendee(&self, who: &str) -> Result<u32, String> {
        self.lookup_attendee(who).map_err(|e| match e {
            NoAttendee::NoneRecorded { who } => format!(
                "no attendee \"{who}\": none is recorded yet; add one with `aimsgap attendee add ID --name NAME --role ROLE`"
            ),
            NoAttendee::Unknown { who, attendees } => format!(
                "no attendee \"{who}\"; the attendees are {attendees} (give a reference or an exact name)"
            ),
            NoAttendee::Ambiguous { who, references } => {
                format!("\"{who}\" is the name of {references}; give the reference instead")
            }
        })
    }

    /// [`Engagement::find_attendee`], the refusal in `lang`, naming assessment `id` in the
    /// command it suggests.
    pub fn find_attendee_in(
        &self,
        lang: crate::i18n::Lang,
        who: &str,
        id: i64,
    ) -> Result<u32, String> {
        let id = id.to_string();
        self.lookup_attendee(who).map_err(|e| match e {
            NoAttendee::NoneRecorded { who } => {
                crate::t!(lang, "store-entry-no-attendee-none", who = &who, id = &id)
            }
            NoAttendee::Unknown { who, attendees } => crate::t!(
                lang,
                "store-entry-no-attendee",
                who = &who,
                attendees = &attendees
            ),
            NoAttendee::Ambiguous { who, references } => {
                let references = references.replace(" and ", &crate::t!(lang, "store-merge-and"));
                crate::t!(
                    lang,
                    "store-entry-attendee-ambiguous",
                    who = &who,
                    references = &references
                )
            }
        })
    }

    fn lookup_attendee(&self, who: &str) -> Result<u32, NoAttendee> {
        let who = who.trim();
        if let Some(n) = parse_number('A', who)
            && self.attendee(n).is_some()
        {
            return Ok(n);
        }
        let named: Vec<&Attendee> = self
            .attendees
            .iter()
            .filter(|a| a.name.trim().to_lowercase() == who.to_lowercase())
            .collect();
        let who = who.to_string();
        match named.as_slice() {
            [one] => Ok(one.number),
            [] if self.attendees.is_empty() => Err(NoAttendee::NoneRecorded { who }),
            [] => Err(NoAttendee::Unknown {
                who,
                attendees: self
                    .attendees
                    .iter()
                    .map(Attendee::describe_with_reference)
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
            many => Err(NoAttendee::Ambiguous {
                who,
                references: many
                    .iter()
                    .map(|a| a.reference())
                    .collect::<Vec<_>>()
                    .join(" and "),
            }),
        }
    }

    /// The registered documents an evidence entry refers to.
    pub fn documents_cited_by<'a>(
        &'a self,
        evidence: &'a str,
    ) -> impl Iterator<Item = &'a ReviewedDocument> + 'a {
        self.documents.iter().filter(|d| d.is_cited_by(evidence))
    }
}

/// Why an attendee or a document as given is refused: the field, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{why}")]
pub struct EntryError {
    /// "name", "role", "title", "version" or "date".
    pub field: &'static str,
    /// The reason in English (what [`Display`](std::fmt::Display) says).
    pub why: String,
    /// The reason as data, for [`EntryError::message_in`].
    pub kind: EntryKind,
}

/// What is wrong with an entry, for saying it in any language.
#[derive(Debug, Clone, PartialEq)]
pub enum EntryKind {
    /// The text check refused it.
    Text(crate::assessment::AnswerError),
    /// A date that does not read, as typed.
    Date(String),
    PointEmpty,
    PointLong {
        length: usize,
    },
    AttendeeName,
    DocumentTitle,
    RiskTitle,
    RiskLevel {
        given: String,
    },
    /// A role the questionnaire does not name; `known`: the roles it names.
    Role {
        given: String,
        known: Vec<String>,
    },
    Class {
        given: String,
    },
    SystemName,
    InScope {
        given: String,
    },
}

impl Eq for EntryKind {}

impl EntryError {
    /// A text refused by [`crate::assessment::check_text`], keeping the refusal.
    pub fn text(field: &'static str, e: crate::assessment::AnswerError) -> Self {
        EntryError {
            field,
            why: e.to_string(),
            kind: EntryKind::Text(e),
        }
    }

    /// The reason in `lang`, from the catalogue (area `store`); in English the same text as
    /// [`Display`](std::fmt::Display). Typed values stay as given.
    pub fn message_in(&self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        if lang == crate::i18n::Lang::En {
            return self.why.clone();
        }
        match &self.kind {
            EntryKind::Text(e) => e.message_in(lang),
            EntryKind::Date(typed) => match crate::assessment::parse_date_in(lang, typed) {
                Err(why) => why,
                Ok(_) => self.why.clone(),
            },
            EntryKind::PointEmpty => t!(lang, "store-entry-point-empty"),
            EntryKind::PointLong { length } => t!(
                lang,
                "store-entry-point-long",
                length = *length,
                max = MAX_POINT_CHARS
            ),
            EntryKind::AttendeeName => t!(lang, "store-entry-attendee-name"),
            EntryKind::DocumentTitle => t!(lang, "store-entry-document-title"),
            EntryKind::RiskTitle => t!(lang, "store-entry-risk-title"),
            EntryKind::RiskLevel { given } => t!(lang, "store-entry-risk-level", given = given),
            EntryKind::Role { given, known } if known.is_empty() => {
                t!(lang, "store-entry-role-none", given = given)
            }
            EntryKind::Role { given, known } => t!(
                lang,
                "store-entry-role",
                given = given,
                known = &known.join(", ")
            ),
            EntryKind::Class { given } => t!(lang, "store-entry-class", given = given),
            EntryKind::SystemName => t!(lang, "store-entry-system-name"),
            EntryKind::InScope { given } => t!(lang, "store-entry-in-scope", given = given),
        }
    }
}

fn entry_text(field: &'static str, value: &str) -> Result<String, EntryError> {
    crate::assessment::check_text(field, value).map_err(|e| EntryError::text(field, e))?;
    Ok(value.trim().to_string())
}

/// An attendee's name and role as given, trimmed and checked: the name is needed.
pub fn attendee_entry(name: &str, role: &str) -> Result<(String, String), EntryError> {
    let name = entry_text("name", name)?;
    if name.is_empty() {
        return Err(EntryError {
            field: "name",
            why: "give the attendee's name, for example \"Dana Reyes\"".into(),
            kind: EntryKind::AttendeeName,
        });
    }
    Ok((name, entry_text("role", role)?))
}

/// A reviewed document's title, version and date (YYYY-MM-DD; empty: none) as given,
/// trimmed and checked: the title is needed.
pub fn document_entry(
    title: &str,
    version: &str,
    date: &str,
) -> Result<(String, String, Option<Date>), EntryError> {
    let title = entry_text("title", title)?;
    if title.is_empty() {
        return Err(EntryError {
            field: "title",
            why: "give the document's title, for example \"AI policy\"".into(),
            kind: EntryKind::DocumentTitle,
        });
    }
    let version = entry_text("version", version)?;
    let date = match date.trim() {
        "" => None,
        d => Some(crate::assessment::parse_date(d).map_err(|why| EntryError {
            field: "date",
            why,
            kind: EntryKind::Date(d.to_string()),
        })?),
    };
    Ok((title, version, date))
}

/// Why no attendee is the one a user means ([`Engagement::find_attendee`]).
enum NoAttendee {
    NoneRecorded {
        who: String,
    },
    /// `attendees`: each with its reference, joined with ", ".
    Unknown {
        who: String,
        attendees: String,
    },
    /// `references`: joined with " and ".
    Ambiguous {
        who: String,
        references: String,
    },
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
        // Letters outside ASCII match case-insensitively too, also against ASCII ones.
        assert!(doc(3, "Übersicht KI").is_cited_by("übersicht ki, S. 2"));
        assert!(doc(4, "\u{212A}PI register").is_cited_by("kpi register"));
        assert!(!doc(5, "Übersicht").is_cited_by("Ubersicht"));
        // The citation prepared once answers as the document does.
        let c = d.citation();
        assert!(c.is_cited_by("d1") && !c.is_cited_by("D12"));
    }

    #[test]
    fn an_attendee_is_found_by_reference_or_exact_name() {
        let person = |number: u32, name: &str, role: &str| Attendee {
            number,
            name: name.into(),
            role: role.into(),
        };
        let mut e = Engagement {
            attendees: vec![
                person(1, "Dana Reyes", "CISO"),
                person(2, "Lee Park", ""),
                person(4, "A3", "Analyst"),
            ],
            ..Engagement::default()
        };
        assert_eq!(e.find_attendee("A2"), Ok(2));
        assert_eq!(e.find_attendee(" a1 "), Ok(1));
        assert_eq!(e.find_attendee("dana reyes"), Ok(1));
        // A reference that names nobody may still be somebody's name.
        assert_eq!(e.find_attendee("A3"), Ok(4));
        let err = e.find_attendee("Dana").unwrap_err();
        assert_eq!(
            err,
            "no attendee \"Dana\"; the attendees are A1 Dana Reyes (CISO), A2 Lee Park, \
             A4 A3 (Analyst) (give a reference or an exact name)"
        );
        e.attendees.push(person(5, "Lee Park", "DPO"));
        assert!(
            e.find_attendee("LEE PARK")
                .unwrap_err()
                .contains("A2 and A5")
        );
        assert_eq!(
            e.said_by(&[5, 9, 1])
                .map(Attendee::describe)
                .collect::<Vec<_>>(),
            ["Lee Park (DPO)", "Dana Reyes (CISO)"]
        );
        assert!(
            Engagement::default()
                .find_attendee("A1")
                .unwrap_err()
                .contains("none is recorded yet")
        );
    }

    #[test]
    fn entries_are_trimmed_and_need_a_name_or_title_and_a_real_date() {
        assert_eq!(
            attendee_entry("  Dana Reyes ", " CISO "),
            Ok(("Dana Reyes".into(), "CISO".into()))
        );
        assert_eq!(attendee_entry(" ", "CISO").unwrap_err().field, "name");
        assert_eq!(attendee_entry("Dana", "a\0b").unwrap_err().field, "role");
        assert_eq!(
            document_entry("AI policy", "2.1", " 2026-03-31 "),
            Ok((
                "AI policy".into(),
                "2.1".into(),
                Some(Date::constant(2026, 3, 31))
            ))
        );
        assert_eq!(document_entry("AI policy", "", "").unwrap().2, None);
        let e = document_entry("AI policy", "", "2026-02-30").unwrap_err();
        assert_eq!(e.field, "date");
        let e = document_entry("AI policy", "", "31/03/2026").unwrap_err();
        assert!(e.why.contains("YYYY-MM-DD"), "{e}");
        assert_eq!(document_entry("", "1", "").unwrap_err().field, "title");
    }

    #[test]
    fn numbers_parse_with_or_without_their_letter() {
        assert_eq!(parse_number('A', "A3"), Some(3));
        assert_eq!(parse_number('A', "a3"), Some(3));
        assert_eq!(parse_number('D', "12"), Some(12));
        assert_eq!(parse_number('D', "A3"), None);
        assert_eq!(parse_number('D', "D0"), None);
    }

    /// Entries refused by every check that makes an [`EntryError`], with the German word
    /// each must say.
    fn entry_refusals() -> Vec<(EntryError, &'static str)> {
        vec![
            (point_text("  ").unwrap_err(), "offenen Punkts"),
            (point_text(&"x".repeat(501)).unwrap_err(), "501 Zeichen"),
            (attendee_entry("", "CTO").unwrap_err(), "Namen"),
            (attendee_entry("Dana\0", "").unwrap_err(), "NUL"),
            (
                document_entry("", "", "").unwrap_err(),
                "Titel des Dokuments",
            ),
            (
                document_entry("AI policy", "", "31.12.2026").unwrap_err(),
                "31.12.2026",
            ),
            (crate::soa::risk_entry("", "low").unwrap_err(), "Risikos"),
            (
                crate::soa::risk_entry("Bias", "extreme").unwrap_err(),
                "keine Risikostufe",
            ),
            (
                crate::systems::check_class("banned").unwrap_err(),
                "KI-Verordnung",
            ),
            (
                crate::systems::check_text("purpose", "a\0").unwrap_err(),
                "NUL",
            ),
        ]
    }

    #[test]
    fn entry_refusals_in_english_are_the_display_text() {
        for (e, _) in entry_refusals() {
            assert_eq!(e.message_in(crate::i18n::Lang::En), e.to_string());
        }
    }

    #[test]
    fn entry_refusals_in_german() {
        for (e, word) in entry_refusals() {
            let text = e.message_in(crate::i18n::Lang::De);
            assert!(text.contains(word), "{text}");
            assert_ne!(text, e.to_string());
        }
        let role = EntryError {
            field: "roles",
            why: String::new(),
            kind: EntryKind::Role {
                given: "seller".into(),
                known: vec!["provider".into(), "deployer".into()],
            },
        };
        let text = role.message_in(crate::i18n::Lang::De);
        assert!(text.contains("keine Rolle dieses Fragebogens"), "{text}");
        assert!(text.contains("provider, deployer"), "{text}");
    }

    #[test]
    fn entry_refusals_in_pseudo_escape_nothing() {
        let data = ["extreme", "banned", "NUL", "Dana", "CTO", "Bias"];
        let mut all = entry_refusals();
        for kind in [
            EntryKind::Role {
                given: "seller".into(),
                known: vec!["provider".into()],
            },
            EntryKind::Role {
                given: "seller".into(),
                known: vec![],
            },
            EntryKind::SystemName,
            EntryKind::InScope {
                given: "maybe".into(),
            },
        ] {
            all.push((
                EntryError {
                    field: "name",
                    why: String::new(),
                    kind,
                },
                "",
            ));
        }
        for (e, _) in all {
            let text = e.message_in(crate::i18n::Lang::Pseudo);
            assert!(
                crate::i18n::escaped_words(
                    &text,
                    &[&data[..], &["seller", "provider", "maybe"]].concat()
                )
                .is_empty(),
                "{text}"
            );
        }
    }
}
