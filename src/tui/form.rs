//! Forms: the assessment form (new assessment, or a re-assessment copied from an earlier
//! one), and a form of text fields for the engagement record (an attendee, a document).

use jiff::civil::Date;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::command::{Command, Today};
use super::editor::{TextField, Typed};
use super::keymap::{Action, Context, Keymap};
use super::modal::YesNo;
use super::screen::Input;
use super::theme::Theme;
use crate::assessment::{DEFAULT_TARGET, NewAssessment};
use crate::i18n::Lang;
use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Organisation,
    Scope,
    Assessor,
    Target,
    Questionnaire,
}

#[derive(Debug, Clone)]
pub struct Form {
    /// Some(id) when this is a re-assessment of that assessment.
    pub source: Option<i64>,
    pub organisation: TextField,
    pub scope: TextField,
    pub assessor: TextField,
    pub target: u8,
    /// Available questionnaire ids (one is chosen); a re-assessment keeps its source's.
    pub questionnaires: Vec<String>,
    pub chosen: usize,
    slot: usize,
    pub error: Option<String>,
    /// What the form held when it opened: leaving with anything else asks first.
    opened: (String, String, String, u8),
    /// Esc was pressed on a changed form: waiting for a yes (discard) or no (keep filling).
    pub confirm_cancel: bool,
    /// The language of its labels, hints and messages: the owning screen's (English until
    /// it sets it).
    pub lang: Lang,
}

impl Form {
    pub fn new(questionnaires: Vec<String>) -> Form {
        Form {
            source: None,
            organisation: TextField::new("", false),
            scope: TextField::new("", false),
            assessor: TextField::new("", false),
            target: DEFAULT_TARGET,
            chosen: questionnaires
                .iter()
                .position(|q| q == "iso42001")
                .unwrap_or(0),
            questionnaires,
            slot: 0,
            error: None,
            opened: (String::new(), String::new(), String::new(), DEFAULT_TARGET),
            confirm_cancel: false,
            lang: Lang::En,
        }
    }

    pub fn reassessment(
        source: i64,
        organisation: &str,
        scope: &str,
        assessor: &str,
        target: u8,
    ) -> Form {
        Form {
            source: Some(source),
            organisation: TextField::new(organisation, false),
            scope: TextField::new(scope, false),
            assessor: TextField::new(assessor, false),
            target,
            questionnaires: Vec::new(),
            chosen: 0,
            slot: 0,
            error: None,
            opened: (organisation.into(), scope.into(), assessor.into(), target),
            confirm_cancel: false,
            lang: Lang::En,
        }
    }

    /// Whether anything was typed or changed since the form opened.
    pub fn has_changes(&self) -> bool {
        let (organisation, scope, assessor, target) = &self.opened;
        self.organisation.text() != *organisation
            || self.scope.text() != *scope
            || self.assessor.text() != *assessor
            || self.target != *target
    }

    /// The text field that has the keys, if one does.
    fn text_slot(&mut self) -> Option<&mut TextField> {
        match self.current() {
            Slot::Organisation => Some(&mut self.organisation),
            Slot::Scope => Some(&mut self.scope),
            Slot::Assessor => Some(&mut self.assessor),
            Slot::Target | Slot::Questionnaire => None,
        }
    }

    /// A text field as drawn: with the cursor where it has the keys.
    fn shown(&self, slot: Slot) -> String {
        let field = match slot {
            Slot::Organisation => &self.organisation,
            Slot::Scope => &self.scope,
            _ => &self.assessor,
        };
        let cursor = if self.current() == slot { "▏" } else { "" };
        field.shown(usize::MAX, cursor)
    }

    /// The key table of the form now: its discard question's, or its own.
    pub fn keys(&self) -> Context {
        if self.confirm_cancel {
            Context::Confirm
        } else {
            Context::Form
        }
    }

    /// The action a key is bound to in [`Form::keys`]; in a text field, plain letters (and
    /// the space) are text even where the table binds them.
    pub fn action(&self, keymap: &Keymap, key: &KeyEvent) -> Option<Action> {
        if self.takes_text() && is_text(key) {
            return None;
        }
        keymap.action(self.keys(), key)
    }

    /// Whether pasted text goes in: a text field has the keys.
    pub fn takes_text(&self) -> bool {
        !self.confirm_cancel
            && matches!(
                self.current(),
                Slot::Organisation | Slot::Scope | Slot::Assessor
            )
    }

    /// Pasted text goes into the text field that has the keys, on one line.
    fn paste(&mut self, text: &str) {
        if !self.takes_text() {
            return;
        }
        let Some(field) = self.text_slot() else {
            return;
        };
        if field.paste(text) != Typed::Nothing {
            self.error = None;
        }
    }

    fn slots(&self) -> Vec<Slot> {
        let mut s = vec![
            Slot::Organisation,
            Slot::Scope,
            Slot::Assessor,
            Slot::Target,
        ];
        if self.source.is_none() {
            s.push(Slot::Questionnaire);
        }
        s
    }

    fn current(&self) -> Slot {
        self.slots()[self.slot]
    }

    /// A key (with the action [`Form::keys`] binds it to) or pasted text.
    pub fn handle(&mut self, input: Input, keymap: &Keymap, today: Today) -> Option<FormOutcome> {
        let (action, key) = match input {
            Input::Key { action, key } => (action, key),
            Input::Paste(text) => {
                self.paste(text);
                return None;
            }
        };
        let last = self.slots().len() - 1;
        if self.confirm_cancel {
            match YesNo::answer(action) {
                Some(true) => return Some(FormOutcome::Cancel),
                Some(false) => {
                    self.confirm_cancel = false;
                    self.error = None;
                }
                _ => {}
            }
            return None;
        }
        match action {
            Some(Action::Cancel) if self.has_changes() => {
                self.confirm_cancel = true;
                self.error = Some(discard_form(self.lang).line(keymap));
                return None;
            }
            Some(Action::Cancel) => return Some(FormOutcome::Cancel),
            Some(Action::Save) => return self.submit(today.date()),
            Some(Action::NextField) => {
                self.slot = (self.slot + 1).min(last);
                return None;
            }
            Some(Action::PreviousField) => {
                self.slot = self.slot.saturating_sub(1);
                return None;
            }
            Some(Action::NextOrSave) => {
                if self.slot == last {
                    return self.submit(today.date());
                }
                self.slot += 1;
                return None;
            }
            _ => {}
        }
        // A control or alt key that the form does not bind is not text.
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return None;
        }
        self.error = None;
        match self.current() {
            Slot::Target => match (action, key.code) {
                (_, KeyCode::Char(c)) if c.is_ascii_digit() => self.target = c as u8 - b'0',
                (Some(Action::PreviousChoice), _) => self.target = self.target.saturating_sub(1),
                (Some(Action::NextChoice), _) => self.target = (self.target + 1).min(9),
                _ => {}
            },
            Slot::Questionnaire => match action {
                Some(Action::PreviousChoice) if self.chosen > 0 => self.chosen -= 1,
                Some(Action::NextChoice) if !self.questionnaires.is_empty() => {
                    self.chosen = (self.chosen + 1) % self.questionnaires.len();
                }
                _ => {}
            },
            _ => {
                self.text_slot()?.input(key);
            }
        }
        None
    }

    fn submit(&mut self, today: Date) -> Option<FormOutcome> {
        if self.organisation.text().trim().is_empty() {
            self.error = Some(t!(self.lang, "tui-form-organisation-needed"));
            self.slot = 0;
            return None;
        }
        let new = NewAssessment {
            organisation: self.organisation.text().trim().into(),
            scope: self.scope.text().trim().into(),
            assessor: self.assessor.text().trim().into(),
            target: self.target,
            ..NewAssessment::new("", today)
        };
        Some(FormOutcome::Submit(Box::new(match self.source {
            Some(source) => Command::Duplicate { source, new },
            None => Command::Create {
                new,
                questionnaire: self
                    .questionnaires
                    .get(self.chosen)
                    .cloned()
                    .unwrap_or_default(),
            },
        })))
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: &Theme, keymap: &Keymap) {
        let width = area.width.saturating_sub(4).min(72);
        let height = 14.min(area.height);
        let rect = super::modal::area(area, width, height, buf);
        let lang = self.lang;
        let title = match self.source {
            Some(id) => t!(lang, "tui-form-reassess-title", id = id),
            None => t!(lang, "tui-form-new-title"),
        };
        let title = format!(" {title} ");
        let labels = [
            "tui-form-organisation",
            "tui-form-scope",
            "tui-form-assessor",
            "tui-form-target",
            "tui-form-questionnaire",
        ]
        .map(|id| lang.t(id));
        let label_w = labels
            .iter()
            .map(|l| l.chars().count() + 2)
            .max()
            .unwrap_or(0)
            .max(15);
        let row = |slot: Slot, label: &str, value: String| -> Line<'static> {
            let active = self.current() == slot;
            Line::from(vec![
                Span::styled(
                    format!("{label:<label_w$}"),
                    if active { theme.key() } else { theme.heading() },
                ),
                Span::styled(
                    value,
                    if active {
                        theme.selected()
                    } else {
                        theme.base()
                    },
                ),
            ])
        };
        let mut lines = vec![
            row(
                Slot::Organisation,
                &labels[0],
                self.shown(Slot::Organisation),
            ),
            row(Slot::Scope, &labels[1], self.shown(Slot::Scope)),
            row(Slot::Assessor, &labels[2], self.shown(Slot::Assessor)),
            row(Slot::Target, &labels[3], format!("◂ {} ▸", self.target)),
        ];
        if self.source.is_none() {
            let q = self
                .questionnaires
                .get(self.chosen)
                .cloned()
                .unwrap_or_else(|| t!(lang, "tui-form-none"));
            lines.push(row(Slot::Questionnaire, &labels[4], format!("◂ {q} ▸")));
        }
        lines.push(Line::raw(""));
        if let Some(e) = &self.error {
            lines.push(Line::styled(e.clone(), theme.error()));
        }
        let next = keymap
            .key_label(Context::Form, Action::NextField)
            .unwrap_or_default();
        let save = keymap
            .key_label(Context::Form, Action::Save)
            .unwrap_or_default();
        let cancel = keymap
            .key_label(Context::Form, Action::Cancel)
            .unwrap_or_default();
        let choose = [Action::PreviousChoice, Action::NextChoice]
            .map(|a| keymap.key_label(Context::Form, a).unwrap_or_default())
            .join(" ");
        let enter = keymap
            .key_label(Context::Form, Action::NextOrSave)
            .unwrap_or_default();
        lines.push(Line::styled(
            t!(
                lang,
                "tui-form-keys-choice",
                next = &next,
                choose = &choose,
                enter = &enter,
                save = &save,
                cancel = &cancel
            ),
            theme.dim(),
        ));
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(title).border_style(theme.key()))
            .style(theme.base())
            .render(rect, buf);
    }
}

/// The question before a changed form is left.
fn discard_form(lang: Lang) -> YesNo {
    YesNo::discard(
        lang,
        t!(lang, "tui-form-discard"),
        t!(lang, "tui-form-discard-no"),
    )
}

/// A plain character typed, without control or alt: text in a text field.
pub fn is_text(key: &KeyEvent) -> bool {
    matches!(key.code, KeyCode::Char(_))
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

pub enum FormOutcome {
    Submit(Box<Command>),
    Cancel,
}

/// A form of one-line text fields (an attendee, a document reviewed): the same keys as the
/// assessment form — next and previous field, enter on the last field or save, cancel asking
/// first when something was typed.
#[derive(Debug, Clone)]
pub struct EntryForm {
    pub title: String,
    /// (name, value) per field: the name is how the owner finds a field
    /// ([`EntryForm::focus`]), and its label on screen unless [`EntryForm::labels`] says
    /// otherwise.
    pub fields: Vec<(&'static str, TextField)>,
    /// The labels shown, one per field, in the form's language (see
    /// [`EntryForm::with_labels`]); the names when empty.
    pub labels: Vec<String>,
    slot: usize,
    /// Why the last save was refused, in one line.
    pub error: Option<String>,
    opened: Vec<String>,
    /// Esc was pressed on a changed form: waiting for a yes (discard) or no (keep filling).
    pub confirm_cancel: bool,
    /// The language of its labels, hints and messages: the owning screen's (English until
    /// it sets it).
    pub lang: Lang,
}

pub enum EntryOutcome {
    /// The values, in the order of the fields.
    Submit(Vec<String>),
    Cancel,
}

impl EntryForm {
    pub fn new(title: impl Into<String>, fields: Vec<(&'static str, String)>) -> EntryForm {
        let opened = fields.iter().map(|(_, v)| v.clone()).collect();
        EntryForm {
            title: title.into(),
            fields: fields
                .into_iter()
                .map(|(label, value)| (label, TextField::new(&value, false)))
                .collect(),
            slot: 0,
            error: None,
            opened,
            confirm_cancel: false,
            labels: Vec::new(),
            lang: Lang::En,
        }
    }

    /// The form in `lang`, its fields shown with `labels` (one per field, in order).
    pub fn with_labels(mut self, lang: Lang, labels: Vec<String>) -> EntryForm {
        self.lang = lang;
        self.labels = labels;
        self
    }

    /// The label on screen of the field named `name`.
    pub fn label_of(&self, name: &str) -> String {
        self.fields
            .iter()
            .position(|(n, _)| *n == name)
            .map_or_else(|| name.to_string(), |i| self.label(i).to_string())
    }

    /// The label of field `i` on screen.
    fn label(&self, i: usize) -> &str {
        self.labels.get(i).map_or_else(
            || self.fields.get(i).map_or("", |(n, _)| *n),
            String::as_str,
        )
    }

    pub fn values(&self) -> Vec<String> {
        self.fields.iter().map(|(_, v)| v.text()).collect()
    }

    pub fn has_changes(&self) -> bool {
        self.values() != self.opened
    }

    /// Puts the keys in the field whose label starts with `name` (the one a refusal names).
    pub fn focus(&mut self, name: &str) {
        if let Some(i) = self
            .fields
            .iter()
            .position(|(l, _)| l.to_lowercase().starts_with(&name.to_lowercase()))
        {
            self.slot = i;
        }
    }

    /// The key table of the form now: its discard question's, or its own.
    pub fn keys(&self) -> Context {
        if self.confirm_cancel {
            Context::Confirm
        } else {
            Context::Form
        }
    }

    /// The action a key is bound to in [`EntryForm::keys`]; plain letters (and the space) are
    /// text even where the table binds them.
    pub fn action(&self, keymap: &Keymap, key: &KeyEvent) -> Option<Action> {
        if self.takes_text() && is_text(key) {
            return None;
        }
        keymap.action(self.keys(), key)
    }

    /// Whether pasted text goes in (every field is text, unless a question is asked).
    pub fn takes_text(&self) -> bool {
        !self.confirm_cancel
    }

    /// A key (with the action [`EntryForm::keys`] binds it to) or pasted text, which goes
    /// into the field that has the keys, on one line.
    pub fn handle(&mut self, input: Input, keymap: &Keymap) -> Option<EntryOutcome> {
        let (action, key) = match input {
            Input::Key { action, key } => (action, key),
            Input::Paste(text) => {
                if self.takes_text() && self.fields[self.slot].1.paste(text) != Typed::Nothing {
                    self.error = None;
                }
                return None;
            }
        };
        let last = self.fields.len() - 1;
        if self.confirm_cancel {
            match YesNo::answer(action) {
                Some(true) => return Some(EntryOutcome::Cancel),
                Some(false) => {
                    self.confirm_cancel = false;
                    self.error = None;
                }
                _ => {}
            }
            return None;
        }
        match action {
            Some(Action::Cancel) if self.has_changes() => {
                self.confirm_cancel = true;
                self.error = Some(discard_form(self.lang).line(keymap));
                return None;
            }
            Some(Action::Cancel) => return Some(EntryOutcome::Cancel),
            Some(Action::Save) => return Some(EntryOutcome::Submit(self.values())),
            Some(Action::NextField) => {
                self.slot = (self.slot + 1).min(last);
                return None;
            }
            Some(Action::PreviousField) => {
                self.slot = self.slot.saturating_sub(1);
                return None;
            }
            Some(Action::NextOrSave) => {
                if self.slot == last {
                    return Some(EntryOutcome::Submit(self.values()));
                }
                self.slot += 1;
                return None;
            }
            _ => {}
        }
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return None;
        }
        if self.fields[self.slot].1.input(key) == Typed::Changed {
            self.error = None;
        }
        None
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: &Theme, keymap: &Keymap) {
        let width = area.width.saturating_sub(4).min(72);
        let height = (self.fields.len() as u16 + 6).min(area.height);
        let rect = super::modal::area(area, width, height, buf);
        let label_w = (0..self.fields.len())
            .map(|i| self.label(i).chars().count())
            .max()
            .unwrap_or(0)
            + 2;
        // The end of a long value stays in view, where the typing is.
        let room = usize::from(width.saturating_sub(3)).saturating_sub(label_w + 1);
        let mut lines: Vec<Line> = self
            .fields
            .iter()
            .enumerate()
            .map(|(i, (_, value))| {
                let label = self.label(i);
                let active = i == self.slot;
                let shown = value.shown(room, if active { "▏" } else { "" });
                Line::from(vec![
                    Span::styled(
                        format!("{label:<label_w$}"),
                        if active { theme.key() } else { theme.heading() },
                    ),
                    Span::styled(
                        shown,
                        if active {
                            theme.selected()
                        } else {
                            theme.base()
                        },
                    ),
                ])
            })
            .collect();
        lines.push(Line::raw(""));
        if let Some(e) = &self.error {
            lines.push(Line::styled(e.clone(), theme.error()));
        }
        let next = keymap
            .key_label(Context::Form, Action::NextField)
            .unwrap_or_default();
        let save = keymap
            .key_label(Context::Form, Action::Save)
            .unwrap_or_default();
        let cancel = keymap
            .key_label(Context::Form, Action::Cancel)
            .unwrap_or_default();
        let enter = keymap
            .key_label(Context::Form, Action::NextOrSave)
            .unwrap_or_default();
        lines.push(Line::styled(
            t!(
                self.lang,
                "tui-form-keys",
                next = &next,
                enter = &enter,
                save = &save,
                cancel = &cancel
            ),
            theme.dim(),
        ));
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(
                Block::bordered()
                    .title(format!(" {} ", self.title))
                    .border_style(theme.key()),
            )
            .style(theme.base())
            .render(rect, buf);
    }
}
