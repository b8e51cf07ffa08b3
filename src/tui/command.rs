//! What screens and the application say to each other: the commands a screen asks for, the
//! status line's messages, and today's date. Screens import these from here, never from
//! `app`, which imports the screens.

use std::path::PathBuf;

use jiff::civil::Date;

pub use super::keymap::View;
use crate::assessment::{Answer, NewAssessment};
use crate::report::Format;

/// Something a screen asks the application to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Notify(Message),
    SetAnswer {
        question: String,
        answer: Answer,
        /// Move to the next question once saved.
        advance: bool,
    },
    Undo,
    /// Gives every question listed the same owner, as one change (one undo).
    SetOwners {
        questions: Vec<String>,
        owner: String,
    },
    /// Changes the assessment's details and roadmap settings (the fields given).
    SaveDetails(crate::assessment::DetailsChange),
    /// Stores the assessor's narrative for the executive summary (empty: the drafted one).
    SetNarrative(String),
    /// Adds an attendee (no number) or replaces one, checked already.
    SaveAttendee {
        number: Option<u32>,
        name: String,
        role: String,
    },
    /// Registers a document reviewed (no number) or replaces one, checked already.
    SaveDocument {
        number: Option<u32>,
        title: String,
        version: String,
        date: Option<Date>,
    },
    /// Adds an AI system (number 0) or replaces one, checked already.
    SaveSystem(crate::systems::AiSystem),
    /// Adds a risk (no number) or replaces one, checked already.
    SaveRisk {
        number: Option<u32>,
        title: String,
        level: crate::soa::RiskLevel,
    },
    /// Removes an attendee, a document, an AI system or a risk from the engagement record; with
    /// `clear_citations`, an attendee goes out of the answers that say they said it too.
    RemoveEntry {
        entry: super::record::Entry,
        clear_citations: bool,
    },
    /// The text in the open box changed: keep it as a draft once typing pauses.
    SaveDraft {
        question: String,
        field: &'static str,
    },
    DiscardDrafts {
        question: String,
    },
    Open(i64),
    Create {
        new: NewAssessment,
        questionnaire: String,
    },
    Duplicate {
        source: i64,
        new: NewAssessment,
    },
    Delete(i64),
    GoHome,
    ShowDashboard,
    ShowWorkshop,
    ShowRoadmap,
    /// Shows the engagement record.
    ShowRecord,
    /// Shows the pre-handover check.
    ShowCheck,
    /// Shows the applicability suggestions from the AI systems in scope.
    ShowSuggestions,
    /// Confirms a suggestion: the control's decision is written with it.
    AcceptSuggestion(crate::systems::Suggestion),
    /// Rejects a suggestion: remembered, not proposed again while it reads the same.
    RejectSuggestion(crate::systems::Suggestion),
    /// Shows a question in the workshop.
    OpenQuestion(String),
    /// Shows the parking lot: the open points.
    ShowPoints,
    /// Shows the ISO 27001 checklist.
    ShowIso27001,
    /// Marks an ISO 27001 reference in place or not.
    SetInPlace {
        reference: String,
        in_place: bool,
    },
    /// Shows the agenda: timeboxes and time spent per section.
    ShowAgenda,
    /// Shows the answers changed since your last sitting.
    ShowChanges,
    /// Shows the history of a question, with who made each change.
    ShowHistory(String),
    /// Parks a question for follow-up with a text, checked already.
    Park {
        question: String,
        text: String,
    },
    /// Resolves a question's open point.
    ResolvePoint(String),
    /// Sets a section's timebox in minutes (`None`: no timebox), checked already.
    SetTimebox {
        section: String,
        minutes: Option<u32>,
    },
    /// Shows the merge conflicts of the open assessment.
    ShowConflicts,
    /// Opens an assessment on its merge conflicts.
    OpenConflicts(i64),
    /// Resolves a merge conflict as `aimsgap resolve` does (the value checked against the
    /// questionnaire there, and recorded in the answer's history).
    ResolveConflict {
        question: String,
        field: String,
        choice: crate::store::Resolution,
    },
    /// Opens the export dialog.
    ShowExport,
    /// Writes the report in a format to a file (replacing it if it exists).
    Export {
        format: Format,
        path: PathBuf,
    },
    /// Closes the overlay that has the keys (help, the export dialog), saying why if given.
    Close(Option<Message>),
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Ok,
    Info,
    Error,
}

/// One line for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub kind: Kind,
}

impl Message {
    pub fn ok(text: impl Into<String>) -> Self {
        Message {
            text: text.into(),
            kind: Kind::Ok,
        }
    }

    pub fn info(text: impl Into<String>) -> Self {
        Message {
            text: text.into(),
            kind: Kind::Info,
        }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Message {
            text: text.into(),
            kind: Kind::Error,
        }
    }
}

/// Today's date, for new assessments and export file names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Today {
    /// Read from the clock each time it is needed: a workshop can run past midnight, and
    /// finding the local time zone takes longer than drawing the first frame.
    Clock,
    /// The same date throughout (tests, snapshots).
    Fixed(Date),
}

impl Today {
    pub fn date(self) -> Date {
        match self {
            Today::Clock => jiff::Zoned::now().date(),
            Today::Fixed(d) => d,
        }
    }
}

/// The time now, for the workshop clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Now {
    /// Read from the system clock.
    Clock,
    /// Set by the caller (tests move it on).
    Fixed(jiff::Timestamp),
}

impl Now {
    pub fn timestamp(self) -> jiff::Timestamp {
        match self {
            Now::Clock => jiff::Timestamp::now(),
            Now::Fixed(t) => t,
        }
    }
}
