//! The export dialog: a format and a file name, over whatever screen was showing.
//!
//! It only chooses; the application builds the report, writes the file and remembers the
//! folder, so that nothing here can claim an export that did not happen. What it looks at on
//! disk is whether the file already exists, to ask before replacing it, and whether it is one
//! that must never be replaced (the database, its journal files, a backup), to refuse at once.

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::command::{Command, Message};
use super::editor::{TextField, Typed};
use super::keymap::{Action, Context, Keymap};
use super::screen::{Input, Reply, Screen, Shared};
use super::theme::Theme;
use crate::files::Protected;
use crate::i18n::Lang;
use crate::printable::fit;
use crate::report::{Format, Privacy};
use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Formats,
    File,
}

/// What the dialog asks of the application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Cancel,
    Export { format: Format, path: PathBuf },
}

pub struct ExportDialog {
    pub selected: usize,
    pub focus: Focus,
    file: TextField,
    organisation: String,
    date: Date,
    /// A file that exists, waiting for a yes or no to replacing it.
    pub confirm: Option<(Format, PathBuf)>,
    /// Why the last attempt failed; cleared when the user changes something.
    pub error: Option<String>,
    /// A neutral remark (such as "not overwritten").
    pub note: Option<String>,
    /// Put the assessor's private notes in the report too; off whenever the dialog opens.
    pub private_notes: bool,
    /// Why the roadmap in the export will have no dates, if it will not.
    pub roadmap_problem: Option<String>,
    /// Files refused as the output (the open database and its journal files).
    pub protected: Protected,
    /// The screens' language, as last lent to the dialog.
    lang: Lang,
}

impl std::fmt::Debug for ExportDialog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExportDialog")
            .field("format", &self.format())
            .field("file", &self.file_name())
            .field("confirm", &self.confirm)
            .field("error", &self.error)
            .finish()
    }
}

impl ExportDialog {
    /// A dialog on `format`, its file name prefilled in `dir`; `roadmap_problem` says why
    /// the roadmap will have no dates, `protected` what must never be written over.
    pub fn new(
        dir: &Path,
        format: Format,
        organisation: &str,
        date: Date,
        roadmap_problem: Option<String>,
        protected: Protected,
    ) -> ExportDialog {
        let selected = Format::ALL.iter().position(|f| *f == format).unwrap_or(0);
        let name = dir.join(format.default_file_name(organisation, date));
        let mut dialog = ExportDialog {
            selected,
            focus: Focus::Formats,
            file: TextField::new("", false),
            organisation: organisation.to_string(),
            date,
            confirm: None,
            error: None,
            note: None,
            private_notes: false,
            roadmap_problem,
            protected,
            lang: Lang::En,
        };
        dialog.set_file_name(&name.display().to_string());
        dialog
    }

    pub fn format(&self) -> Format {
        Format::ALL[self.selected]
    }

    /// Whether the report is the client's copy or the assessor's own, with the notes.
    pub fn privacy(&self) -> Privacy {
        if self.private_notes {
            Privacy::IncludePrivateNotes
        } else {
            Privacy::ClientDeliverable
        }
    }

    /// The file name as typed.
    pub fn file_name(&self) -> String {
        self.file.text()
    }

    fn set_file_name(&mut self, text: &str) {
        self.file = TextField::new(text, false);
    }

    fn handle_key(&mut self, action: Option<Action>, key: &KeyEvent) -> Option<Outcome> {
        if let Some((format, path)) = self.confirm.clone() {
            match super::modal::YesNo::answer(action) {
                Some(true) => {
                    self.confirm = None;
                    return Some(Outcome::Export { format, path });
                }
                Some(false) => {
                    self.confirm = None;
                    self.note = Some(t!(
                        self.lang,
                        "tui-export-kept",
                        path = &path.display().to_string()
                    ));
                }
                _ => {}
            }
            return None;
        }
        match action {
            Some(Action::Cancel) => return Some(Outcome::Cancel),
            Some(Action::Export) => return self.submit(),
            Some(Action::Up) => self.choose(self.selected.saturating_sub(1)),
            Some(Action::Down) => self.choose((self.selected + 1).min(Format::ALL.len() - 1)),
            Some(Action::PrivateNotes) => {
                self.private_notes = !self.private_notes;
                self.error = None;
                self.note = None;
            }
            Some(Action::NextField | Action::PreviousField) => {
                self.focus = match self.focus {
                    Focus::Formats => Focus::File,
                    Focus::File => Focus::Formats,
                };
            }
            _ if self.focus == Focus::File && key.code != KeyCode::Enter => {
                let before = self.file_name();
                // As in a shell, ctrl-u by default deletes back to the start (the text
                // field's own binding for it would be undo).
                if action == Some(Action::DeleteLine) {
                    self.file.delete_to_start();
                } else {
                    self.file.input(key);
                }
                if self.file_name() != before {
                    self.error = None;
                    self.note = None;
                }
            }
            _ => {}
        }
        None
    }

    /// Pasted text goes into the file name when it has the focus (on one line).
    fn paste(&mut self, text: &str) {
        if !self.takes_text() {
            return;
        }
        let line: String = text.chars().filter(|c| *c != '\r' && *c != '\n').collect();
        if self.file.paste(&line) != Typed::Nothing {
            self.error = None;
            self.note = None;
        }
    }

    /// Changes the format; a file name still as suggested follows it, extension and all.
    fn choose(&mut self, index: usize) {
        if index == self.selected {
            return;
        }
        let old = self
            .format()
            .default_file_name(&self.organisation, self.date);
        self.selected = index;
        let new = self
            .format()
            .default_file_name(&self.organisation, self.date);
        let typed = self.file_name();
        if let Some(dir) = typed.strip_suffix(&old)
            && (dir.is_empty() || dir.ends_with(std::path::MAIN_SEPARATOR) || dir.ends_with('/'))
        {
            self.set_file_name(&format!("{dir}{new}"));
        }
        self.error = None;
        self.note = None;
    }

    fn submit(&mut self) -> Option<Outcome> {
        self.note = None;
        let typed = self.file_name();
        let typed = typed.trim();
        if typed.is_empty() {
            self.error = Some(t!(self.lang, "tui-export-no-name"));
            self.focus = Focus::File;
            return None;
        }
        let path = expand_home(typed);
        if path.is_dir() {
            let example = path.join(
                self.format()
                    .default_file_name(&self.organisation, self.date),
            );
            self.error = Some(t!(
                self.lang,
                "tui-export-folder",
                path = &path.display().to_string(),
                example = &example.display().to_string()
            ));
            self.focus = Focus::File;
            return None;
        }
        if let Some(why) = crate::files::resolve(&path)
            .ok()
            .and_then(|file| self.protected.refusal_in(self.lang, &file))
        {
            self.error = Some(t!(
                self.lang,
                "tui-export-protected",
                path = &path.display().to_string(),
                why = &why
            ));
            self.focus = Focus::File;
            return None;
        }
        let format = self.format();
        // Only a regular file is replaced; a device or FIFO is written into.
        if std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
            self.confirm = Some((format, path));
            return None;
        }
        Some(Outcome::Export { format, path })
    }

    fn draw(&mut self, area: Rect, buf: &mut Buffer, theme: &Theme, keymap: &Keymap) {
        let width = area.width.saturating_sub(4).min(78);
        // Inside the border and a margin of one on each side.
        let w = usize::from(width.saturating_sub(4));
        if w < 8 || area.height < 3 {
            return;
        }
        let lines = self.lines(w, theme, keymap);
        let height = (lines.len() as u16 + 2).min(area.height);
        let rect = super::modal::area(area, width, height, buf);
        // A column of air on each side, so that the screen underneath does not touch the frame.
        let air = Rect {
            x: rect.x.saturating_sub(1).max(area.x),
            width: (rect.width + 2).min(area.width),
            ..rect
        };
        Clear.render(air, buf);
        Block::new().style(theme.base()).render(air, buf);
        let border = if self.confirm.is_some() {
            theme.warn()
        } else {
            theme.key()
        };
        let block = Block::bordered()
            .title(Line::styled(
                format!(" {} ", t!(self.lang, "tui-export-title")),
                theme.heading(),
            ))
            .border_style(border)
            .style(theme.base());
        let inner = block.inner(rect);
        block.render(rect, buf);
        let inner = Rect {
            x: inner.x + 1,
            width: inner.width.saturating_sub(2),
            ..inner
        };
        Paragraph::new(lines).render(inner, buf);
        // The file name: a one-line field that scrolls to keep the cursor in view.
        let field_y = inner.y + FIELD_ROW;
        if field_y < inner.y + inner.height {
            let field = Rect {
                y: field_y,
                height: 1,
                ..inner
            };
            let focused = self.focus == Focus::File && self.confirm.is_none();
            let style = match (focused, theme.color && !theme.presenter) {
                (true, true) => theme.selected().remove_modifier(Modifier::BOLD),
                (true, false) => Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
                (false, _) => theme.base().add_modifier(Modifier::UNDERLINED),
            };
            let cursor = if focused {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            self.file.render(field, buf, style, cursor);
        }
    }

    /// The dialog's text, `w` wide; the file name field is drawn over row [`FIELD_ROW`].
    fn lines(&self, w: usize, theme: &Theme, keymap: &Keymap) -> Vec<Line<'static>> {
        let lang = self.lang;
        let tab = keymap
            .key_label(Context::Export, Action::NextField)
            .unwrap_or_else(|| "tab".into());
        // The focus is told in words as well as colour.
        let label = |text: String, focused: bool, hint: &str| {
            let (style, hint) = if focused {
                (theme.key(), hint.to_string())
            } else {
                (theme.heading(), t!(lang, "tui-export-go-here", key = &tab))
            };
            let room = w.saturating_sub((text.chars().count() + 2).max(8));
            Line::from(vec![
                Span::styled(text, style),
                Span::styled(fit(&format!("  {hint}"), room), theme.dim()),
            ])
        };
        let mut lines = vec![label(
            t!(lang, "tui-export-format"),
            self.focus == Focus::Formats,
            &t!(lang, "tui-export-choose"),
        )];
        for (i, f) in Format::ALL.iter().enumerate() {
            let chosen = i == self.selected;
            let text = fit(&format!("{:<8}{}", f.name(), f.describe_in(lang)), w - 2);
            let text = format!("{text:<width$}", width = w - 2);
            let style = match (chosen, self.focus) {
                (true, Focus::Formats) => theme.selected(),
                (true, Focus::File) => theme.heading(),
                _ => Style::new(),
            };
            lines.push(Line::from(vec![
                Span::raw(if chosen { "▸ " } else { "  " }),
                Span::styled(text, style),
            ]));
        }
        lines.push(Line::raw(""));
        let edit = match keymap.key_label(Context::Export, Action::DeleteLine) {
            Some(k) => t!(lang, "tui-export-edit-key", key = &k),
            None => t!(lang, "tui-export-edit"),
        };
        lines.push(label(
            t!(lang, "tui-export-file"),
            self.focus == Focus::File,
            &edit,
        ));
        debug_assert_eq!(lines.len(), usize::from(FIELD_ROW));
        lines.push(Line::raw(""));
        let toggle = keymap
            .key_label(Context::Export, Action::PrivateNotes)
            .unwrap_or_default();
        let notes = format!("{} ", t!(lang, "tui-export-private-notes"));
        let room = w.saturating_sub(notes.chars().count());
        lines.push(if self.private_notes {
            Line::from(vec![
                Span::styled(notes, theme.warn()),
                Span::styled(
                    fit(&t!(lang, "tui-export-notes-included", key = &toggle), room),
                    theme.warn(),
                ),
            ])
        } else {
            Line::from(vec![
                Span::styled(notes, theme.heading()),
                Span::styled(
                    fit(&t!(lang, "tui-export-notes-left-out", key = &toggle), room),
                    theme.dim(),
                ),
            ])
        });
        lines.push(Line::raw(""));
        let wrap = |text: &str, style: Style| -> Vec<Line<'static>> {
            let options = textwrap::Options::new(w).break_words(true);
            textwrap::wrap(text, options)
                .into_iter()
                .map(|l| Line::styled(l.into_owned(), style))
                .collect()
        };
        if let Some((_, path)) = &self.confirm {
            let yes = keymap
                .key_label(Context::Confirm, Action::Yes)
                .unwrap_or_default();
            let no = keymap
                .key_label(Context::Confirm, Action::No)
                .unwrap_or_default();
            lines.extend(wrap(
                &t!(
                    lang,
                    "tui-export-exists",
                    path = &path.display().to_string()
                ),
                theme.warn(),
            ));
            lines.push(Line::from(vec![
                Span::styled(yes, theme.key()),
                Span::raw(format!(" {}   ", t!(lang, "tui-export-replace"))),
                Span::styled(no, theme.key()),
                Span::raw(format!(" {}", t!(lang, "tui-export-keep"))),
            ]));
            return lines;
        }
        if let Some(p) = &self.roadmap_problem {
            lines.extend(wrap(p, theme.warn()));
            lines.push(Line::raw(""));
        }
        if let Some(e) = &self.error {
            lines.extend(wrap(e, theme.error()));
            lines.push(Line::raw(""));
        } else if let Some(n) = &self.note {
            lines.extend(wrap(n, theme.base()));
            lines.push(Line::raw(""));
        }
        let key = |a: Action| {
            keymap
                .key_label(Context::Export, a)
                .unwrap_or_else(|| "?".into())
        };
        let footer = t!(
            lang,
            match self.focus {
                Focus::Formats => "tui-export-footer-formats",
                Focus::File => "tui-export-footer-file",
            },
            export = &key(Action::Export),
            next = &key(Action::NextField),
            up = &key(Action::Up),
            down = &key(Action::Down),
            cancel = &key(Action::Cancel)
        );
        lines.push(Line::styled(fit(&footer, w), theme.dim()));
        lines
    }
}

/// The row of the file name field inside the dialog: after the label, the formats, a blank
/// line and the file label.
const FIELD_ROW: u16 = Format::ALL.len() as u16 + 3;

/// `~/x` is the home folder's x, as in a shell.
fn expand_home(typed: &str) -> PathBuf {
    if let Some(rest) = typed.strip_prefix("~/")
        && let Some(home) = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf())
    {
        return home.join(rest);
    }
    PathBuf::from(typed)
}

impl Screen for ExportDialog {
    fn keys(&self) -> Context {
        if self.confirm.is_some() {
            Context::Confirm
        } else {
            Context::Export
        }
    }

    /// In the file name, plain letters are text even when a list key uses them.
    fn action(&self, keymap: &Keymap, key: &KeyEvent) -> Option<Action> {
        let text_key = self.takes_text() && super::form::is_text(key);
        if text_key {
            None
        } else {
            keymap.action(self.keys(), key)
        }
    }

    fn takes_text(&self) -> bool {
        self.confirm.is_none() && self.focus == Focus::File
    }

    fn handle(&mut self, input: Input, cx: &Shared) -> Option<Command> {
        self.lang = cx.lang;
        let (action, key) = match input {
            Input::Key { action, key } => (action, key),
            Input::Paste(text) => {
                self.paste(text);
                return None;
            }
        };
        match self.handle_key(action, key)? {
            Outcome::Cancel => Some(Command::Close(Some(Message::info(t!(
                self.lang,
                "tui-export-nothing"
            ))))),
            Outcome::Export { format, path } => Some(Command::Export { format, path }),
        }
    }

    /// The export failed: the dialog stays open and says why.
    fn reply(&mut self, reply: Reply, _cx: &Shared) {
        if let Reply::Refused(why) = reply {
            self.error = Some(why);
        }
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        self.lang = cx.lang;
        self.draw(area, buf, cx.theme, cx.keymap);
    }

    fn help(&self) -> &'static [Context] {
        &[Context::Export, Context::Confirm]
    }
}
