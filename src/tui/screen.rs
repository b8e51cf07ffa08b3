//! The one protocol between the application and every screen and overlay.
//!
//! A screen tells the application which key table has the keys now, what the footer offers
//! and which tables the help lists. It gets each key as the action that table binds it to
//! (with the key itself, for typing), and pasted text; it answers with a [`Command`] for the
//! application to carry out, and hears back what became of it as a [`Reply`]. It draws
//! itself from a [`Shared`]. The application never changes a screen's fields: a screen
//! changes only in its own methods, so a new screen brings everything it needs with it.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::command::{Command, Today};
use super::keymap::{Action, Context, Keymap};
use super::record::Entry;
use super::theme::Theme;
use crate::questionnaire::catalog::Catalog;
use crate::session::Session;

/// What the application lends a screen to handle input and to draw: the keys, the look, the
/// open assessment (if one is), the questionnaires and today.
#[derive(Clone, Copy)]
pub struct Shared<'a> {
    pub keymap: &'a Keymap,
    pub theme: &'a Theme,
    /// The language of the screens' own words (see [`crate::language`]); the open
    /// assessment's questions are in its own language ([`Session`]).
    pub lang: crate::i18n::Lang,
    pub session: Option<&'a Session>,
    pub catalog: &'a Catalog,
    pub today: Today,
    /// The open assessment's clock (sitting, timeboxes), if one is open.
    pub timing: Option<&'a super::timing::Timing>,
}

/// One input for whatever has the keys.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// A key: the action the table of [`Screen::keys`] binds it to, if any, and the key itself
    /// for typing text.
    Key {
        action: Option<Action>,
        key: &'a KeyEvent,
    },
    /// Text pasted (the terminal marks it): only sent where [`Screen::takes_text`].
    Paste(&'a str),
}

impl Input<'_> {
    /// The action of a key (none for pasted text).
    pub fn action(&self) -> Option<Action> {
        match self {
            Input::Key { action, .. } => *action,
            Input::Paste(_) => None,
        }
    }
}

/// What became of a command a screen asked for, told back to the screen it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// An answer was stored (or was already so): the box that edited it closes; `advance`
    /// moves on to the next question.
    AnswerSaved { advance: bool },
    /// The narrative was stored: its box closes.
    NarrativeSaved,
    /// The details and roadmap settings were stored: their form closes.
    DetailsSaved,
    /// A new assessment was made from the form (and opened).
    Created(i64),
    /// An assessment was copied from the form: the copy is selected.
    Copied(i64),
    /// An attendee or a document was stored: the form closes, the entry is selected.
    EntrySaved(Entry),
    /// The store refused what a form asked: the form stays open and says why.
    Refused(String),
    /// The engagement record was read again: the selection stays on the list.
    RecordChanged,
    /// Show this question (after an undo, or picked on another screen).
    ShowQuestion(String),
    /// The question's open point was stored: the box that edited it closes.
    PointParked,
    /// A merge conflict was resolved (or the list changed under it): the box that edited it
    /// closes, the selection stays in the list.
    ConflictsChanged,
}

pub trait Screen {
    /// The key table of whatever has the keys on this screen now: its own, or that of a
    /// box, form or question open over it.
    fn keys(&self) -> Context;

    /// What the footer offers, in order, for [`Screen::keys`].
    fn hints(&self) -> &'static [Action] {
        shared_hints(self.keys())
    }

    /// The key tables the help lists while this screen shows, its own first.
    fn help(&self) -> &'static [Context];

    /// The action a key is bound to here: by default in the table of [`Screen::keys`].
    fn action(&self, keymap: &Keymap, key: &KeyEvent) -> Option<Action> {
        keymap.action(self.keys(), key)
    }

    /// Whether pasted text goes in here now (a text box or field has the keys).
    fn takes_text(&self) -> bool {
        false
    }

    /// Handles one input; returns what the application should do.
    fn handle(&mut self, input: Input, cx: &Shared) -> Option<Command>;

    /// Hears what became of a command (by default, nothing to do).
    fn reply(&mut self, _reply: Reply, _cx: &Shared) {}

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared);
}

/// The footer of the parts every screen shares: a text box, a form, a yes/no question, the
/// export dialog and the picker of who said it.
pub fn shared_hints(context: Context) -> &'static [Action] {
    match context {
        Context::Export => &[
            Action::Export,
            Action::NextField,
            Action::Down,
            Action::Cancel,
        ],
        Context::Editor => &[Action::Save, Action::Cancel],
        Context::Form => &[Action::NextField, Action::Save, Action::Cancel],
        Context::Confirm => &[Action::Yes, Action::No],
        Context::Picker => &[Action::Toggle, Action::Down, Action::Save, Action::Cancel],
        _ => &[],
    }
}

/// Where a list's cursor goes for a moving action (down, up, a page, top, bottom), on a list of
/// `len` rows with `page` rows to a page; `None` for any other action. One place for every
/// list screen, so they all move alike.
pub fn moved(selected: usize, action: Action, len: usize, page: usize) -> Option<usize> {
    let last = len.saturating_sub(1);
    Some(match action {
        Action::Down => (selected + 1).min(last),
        Action::Up => selected.saturating_sub(1),
        Action::PageDown => (selected + page).min(last),
        Action::PageUp => selected.saturating_sub(page),
        Action::Top => 0,
        Action::Bottom => last,
        _ => return None,
    })
}
