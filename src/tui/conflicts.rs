//! The merge conflicts of the open assessment: the fields two interviewers' files changed
//! differently since they last agreed (see `crate::merge`). A list, and for the selected one
//! both versions side by side (stacked when the terminal is narrow) — the level with its
//! descriptor, the text, who changed it and when — to take the left (this file), the right
//! (merged in), or type a value of one's own. Resolving goes through the store as `aimsgap
//! resolve` does, and is recorded in the answer's history.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};
use serde_json::Value;

use super::command::{Command, Message, View};
use super::editor::{Field, Outcome, TextBox};
use super::keymap::{Action, Context, Keymap};
use super::screen::{Input, Reply, Screen, Shared};
use super::theme::Theme;
use crate::i18n::Lang;
use crate::merge;
use crate::printable::{fit, one_line};
use crate::session::Session;
use crate::store::{OpenConflict, Resolution};
use crate::t;

/// Below this width of the terminal the two versions are stacked rather than side by side.
pub const SIDE_BY_SIDE: u16 = 80;

/// A value of one's own being typed, for which conflict.
#[derive(Debug)]
struct Editing {
    question: String,
    field: String,
    text: TextBox,
}

#[derive(Debug)]
pub struct Conflicts {
    /// The selected conflict, by position in the session's list.
    selected: usize,
    /// The screen the list was opened from, and goes back to.
    pub from: View,
    editing: Option<Editing>,
}

/// The text box that edits a field of an answer, or the one-line box for the rest.
fn field_box(field: &str) -> Field {
    match field {
        "finding" => Field::Finding,
        "recommendation" => Field::Recommendation,
        "management_response" => Field::Response,
        "notes" => Field::Notes,
        "evidence" => Field::Evidence,
        "owner" => Field::Owner,
        "due" => Field::Due,
        _ => Field::Value,
    }
}

/// What to type in the one-line box, by field.
fn hint(lang: Lang, field: &str) -> Option<String> {
    let id = match field {
        "response" => "tui-conflicts-hint-response",
        "basis" => "tui-conflicts-hint-basis",
        "said_by" => "tui-conflicts-hint-said-by",
        "due" => "tui-conflicts-hint-due",
        _ => return None,
    };
    Some(lang.t(id))
}

fn parse_value(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}

impl Conflicts {
    /// The list as the session holds it, with the conflict on `keep` (question, field)
    /// selected if it is still open.
    pub fn new(session: &Session, from: View, keep: Option<(&str, &str)>) -> Conflicts {
        let mut c = Conflicts {
            selected: 0,
            from,
            editing: None,
        };
        if let Some((q, f)) = keep {
            c.selected = session
                .conflicts
                .iter()
                .position(|c| c.question_id == q && c.field == f)
                .unwrap_or(0);
        }
        c
    }

    /// The selected conflict's question and field.
    pub fn selected<'s>(&self, session: &'s Session) -> Option<&'s OpenConflict> {
        session.conflicts.get(self.selected)
    }

    fn act(&mut self, action: Action, session: &Session, lang: Lang) -> Option<Command> {
        let len = session.conflicts.len();
        if let Some(to) = super::screen::moved(self.selected, action, len, 1) {
            self.selected = to;
            return None;
        }
        match action {
            Action::PreviousScreen | Action::Back => {
                return Some(match self.from {
                    View::Dashboard => Command::ShowDashboard,
                    _ => Command::ShowWorkshop,
                });
            }
            Action::TakeLeft | Action::TakeRight | Action::Edit | Action::OpenQuestion => {}
            _ => return None,
        }
        let Some(c) = self.selected(session) else {
            return Some(Command::Notify(Message::ok(t!(lang, "tui-conflicts-none"))));
        };
        let (question, field) = (c.question_id.clone(), c.field.clone());
        match action {
            Action::OpenQuestion => Some(Command::OpenQuestion(question)),
            Action::TakeLeft => Some(Command::ResolveConflict {
                question,
                field,
                choice: Resolution::Left,
            }),
            Action::TakeRight => Some(Command::ResolveConflict {
                question,
                field,
                choice: Resolution::Right,
            }),
            _ => {
                // Starting from the left value: the one this file holds.
                let start = merge::editable(&field, &parse_value(&c.left));
                let mut text = TextBox::new(field_box(&field), &start);
                text.message = hint(lang, &field);
                self.editing = Some(Editing {
                    question,
                    field,
                    text,
                });
                None
            }
        }
    }

    fn handle_box(&mut self, input: Input, keymap: &Keymap, lang: Lang) -> Option<Command> {
        let e = self.editing.as_mut()?;
        let outcome = match input {
            Input::Key { action, key } => e.text.handle(action, key, keymap),
            Input::Paste(text) => e.text.paste(text),
        };
        match outcome {
            Outcome::Cancel => {
                self.editing = None;
                None
            }
            Outcome::Save(text) => match merge::parse_in(lang, &e.field, &text) {
                Ok(value) => Some(Command::ResolveConflict {
                    question: e.question.clone(),
                    field: e.field.clone(),
                    choice: Resolution::Value(value),
                }),
                Err(why) => {
                    e.text.message = Some(why);
                    None
                }
            },
            Outcome::Changed | Outcome::Nothing => None,
        }
    }

    fn draw(&mut self, area: Rect, buf: &mut Buffer, session: &Session, cx: &Shared) {
        let (theme, lang) = (cx.theme, cx.lang);
        let inner = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(2),
            ..area
        };
        if inner.height == 0 || inner.width == 0 {
            return;
        }
        let width = usize::from(inner.width);
        let list = &session.conflicts;
        self.selected = self.selected.min(list.len().saturating_sub(1));
        let key = |a| {
            cx.keymap
                .key_label(Context::Conflicts, a)
                .unwrap_or_default()
        };
        if list.is_empty() {
            let lines = vec![
                Line::styled(t!(lang, "tui-conflicts-none"), theme.ok()),
                Line::raw(""),
                Line::raw(fit(&t!(lang, "tui-conflicts-none-how"), width)),
            ];
            Paragraph::new(lines)
                .wrap(Wrap { trim: true })
                .render(inner, buf);
            return;
        }
        let n = list.len();
        let head = t!(
            lang,
            "tui-conflicts-heading",
            count = n,
            left = &key(Action::TakeLeft),
            right = &key(Action::TakeRight),
            edit = &key(Action::Edit),
            open = &key(Action::OpenQuestion)
        );
        buf.set_stringn(inner.x, inner.y, fit(&head, width), width, theme.title());
        // The list: at most a third of the room, the selection kept in view.
        let rows = usize::from(inner.height.saturating_sub(1) / 3).clamp(1, n);
        let first = self.selected.saturating_sub(rows - 1);
        for (i, c) in list.iter().enumerate().skip(first).take(rows) {
            let y = inner.y + 1 + (i - first) as u16;
            if y >= inner.bottom() {
                break;
            }
            let label = merge::field_label_in(lang, &c.field);
            let text = format!(
                "{} {:<8} {:<13} {} ↔ {}",
                if i == self.selected { ">" } else { " " },
                one_line(&c.question_id),
                label,
                self.short(session, c, &c.left, theme, lang),
                self.short(session, c, &c.right, theme, lang),
            );
            let style = if i == self.selected {
                theme.selected()
            } else {
                theme.base()
            };
            let text = fit(&text, width);
            let pad = width.saturating_sub(text.chars().count());
            buf.set_stringn(
                inner.x,
                y,
                format!("{text}{}", " ".repeat(pad)),
                width,
                style,
            );
        }
        let top = inner.y + 1 + rows as u16;
        let rest = Rect {
            y: top,
            height: inner.bottom().saturating_sub(top),
            ..inner
        };
        if let Some(c) = list.get(self.selected) {
            self.draw_versions(rest, buf, session, c, cx);
        }
        if let Some(e) = &mut self.editing {
            let h = e.text.height(area.height).min(area.height);
            let rect = Rect {
                y: area.y + area.height - h,
                height: h,
                ..area
            };
            Clear.render(rect, buf);
            let masked = theme.presenter && e.field == "notes";
            e.text.render(rect, buf, theme, cx.keymap, masked);
        }
    }

    /// A value on one line of the list.
    fn short(
        &self,
        session: &Session,
        c: &OpenConflict,
        value: &str,
        theme: &Theme,
        lang: Lang,
    ) -> String {
        if theme.presenter && c.field == "notes" {
            return t!(lang, "tui-conflicts-private");
        }
        let shown = merge::show_in(lang, &c.field, &parse_value(value), &session.questionnaire);
        fit(&one_line(&shown), 24)
    }

    /// The question, then both versions of the selected conflict: side by side when there is
    /// room, one above the other when not.
    fn draw_versions(
        &self,
        area: Rect,
        buf: &mut Buffer,
        session: &Session,
        c: &OpenConflict,
        cx: &Shared,
    ) {
        let (theme, lang) = (cx.theme, cx.lang);
        if area.height < 3 {
            return;
        }
        let width = usize::from(area.width);
        let prompt = session
            .questionnaire
            .question(&c.question_id)
            .map(|q| format!("{} {}", q.requirement.reference, q.question.prompt))
            .unwrap_or_else(|| t!(lang, "tui-conflicts-no-question"));
        let title = format!(
            "{} · {}: {}",
            one_line(&c.question_id),
            merge::field_label_in(lang, &c.field),
            one_line(&prompt)
        );
        // The question in full where there is room for it above two useful panes.
        let lines: Vec<String> = if area.height >= 14 {
            let wrapped: Vec<String> = textwrap::wrap(&title, width.max(1))
                .into_iter()
                .map(|l| l.into_owned())
                .collect();
            let mut three: Vec<String> = wrapped.iter().take(2).cloned().collect();
            if wrapped.len() > 2 {
                // The third line ends in "…" when the question goes on.
                three.push(fit(&wrapped[2..].join(" "), width));
            }
            three
        } else {
            vec![fit(&title, width)]
        };
        for (i, line) in lines.iter().enumerate() {
            buf.set_stringn(area.x, area.y + 1 + i as u16, line, width, theme.heading());
        }
        let used = 1 + lines.len() as u16;
        let panes = Rect {
            y: area.y + used,
            height: area.height.saturating_sub(used),
            ..area
        };
        let current = serde_json::to_value(session.answer(&c.question_id))
            .ok()
            .and_then(|a| a.get(&c.field).cloned())
            .unwrap_or(Value::Null);
        let (left, right) = (
            t!(lang, "tui-conflicts-left"),
            t!(lang, "tui-conflicts-right"),
        );
        let sides = [
            (left, &c.left, &c.left_author, &c.left_at, Action::TakeLeft),
            (
                right,
                &c.right,
                &c.right_author,
                &c.right_at,
                Action::TakeRight,
            ),
        ];
        let rects = if area.width + 2 >= SIDE_BY_SIDE {
            let half = panes.width / 2;
            [
                Rect {
                    width: half,
                    ..panes
                },
                Rect {
                    x: panes.x + half,
                    width: panes.width - half,
                    ..panes
                },
            ]
        } else {
            let half = panes.height / 2;
            [
                Rect {
                    height: half,
                    ..panes
                },
                Rect {
                    y: panes.y + half,
                    height: panes.height - half,
                    ..panes
                },
            ]
        };
        for ((name, value, author, at, action), rect) in sides.into_iter().zip(rects) {
            let value = parse_value(value);
            let standing = value == current;
            let key = cx
                .keymap
                .key_label(Context::Conflicts, action)
                .map(|k| format!("{k}: "))
                .unwrap_or_default();
            let title = if standing {
                format!(
                    " {key}{} ",
                    t!(lang, "tui-conflicts-standing", side = &name)
                )
            } else {
                format!(" {key}{name} ")
            };
            let block = Block::bordered().title(Span::styled(
                title,
                if standing {
                    theme.ok()
                } else {
                    theme.heading()
                },
            ));
            let inside = block.inner(rect);
            block.render(rect, buf);
            let lines = self.version(session, c, &value, author, at, cx);
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .render(inside, buf);
        }
    }

    /// One version: the value as a person reads it (a level with its descriptor for this
    /// question), then who changed it and when.
    fn version(
        &self,
        session: &Session,
        c: &OpenConflict,
        value: &Value,
        author: &str,
        at: &str,
        cx: &Shared,
    ) -> Vec<Line<'static>> {
        let (theme, lang) = (cx.theme, cx.lang);
        let when = at.parse::<jiff::Timestamp>().map_or_else(
            |_| at.to_string(),
            |t| {
                t!(
                    lang,
                    "tui-conflicts-when",
                    time = &super::changed::shown_time(lang, t)
                )
            },
        );
        let by = Line::styled(
            format!("{} · {}", one_line(author), one_line(&when)),
            theme.dim(),
        );
        if theme.presenter && c.field == "notes" {
            return vec![
                Line::styled(t!(lang, "tui-conflicts-private-hidden"), theme.dim()),
                by,
            ];
        }
        let mut lines: Vec<Line> = Vec::new();
        let shown = merge::show_in(lang, &c.field, value, &session.questionnaire);
        lines.extend(
            crate::printable::printable(&shown)
                .lines()
                .map(|l| Line::styled(l.to_string(), Style::new()))
                .collect::<Vec<_>>(),
        );
        // A level reads with what it means for this question.
        if c.field == "response"
            && let Some(level) = value.get("level").and_then(Value::as_u64)
            && let Some(q) = session.questionnaire.question(&c.question_id)
            && let Some((_, text)) = session
                .questionnaire
                .descriptors(q.question)
                .into_iter()
                .find(|(l, _)| u64::from(l.level) == level)
        {
            lines.push(Line::styled(one_line(&text).into_owned(), theme.dim()));
        }
        lines.push(Line::raw(""));
        lines.push(by);
        lines
    }
}

impl Screen for Conflicts {
    fn keys(&self) -> Context {
        match &self.editing {
            Some(e) => e.text.keys(),
            None => Context::Conflicts,
        }
    }

    fn takes_text(&self) -> bool {
        self.editing.is_some()
    }

    fn handle(&mut self, input: Input, cx: &Shared) -> Option<Command> {
        if self.editing.is_some() {
            return self.handle_box(input, cx.keymap, cx.lang);
        }
        self.act(input.action()?, cx.session?, cx.lang)
    }

    fn reply(&mut self, reply: Reply, cx: &Shared) {
        match reply {
            Reply::ConflictsChanged => {
                self.editing = None;
                if let Some(s) = cx.session {
                    self.selected = self.selected.min(s.conflicts.len().saturating_sub(1));
                }
            }
            Reply::Refused(why) => {
                if let Some(e) = &mut self.editing {
                    e.text.message = Some(why);
                }
            }
            _ => {}
        }
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        if let Some(session) = cx.session {
            self.draw(area, buf, session, cx);
        }
    }

    fn hints(&self) -> &'static [Action] {
        match self.keys() {
            Context::Conflicts => &[
                Action::TakeLeft,
                Action::TakeRight,
                Action::Edit,
                Action::Down,
                Action::PreviousScreen,
                Action::Help,
                Action::Quit,
            ],
            other => super::screen::shared_hints(other),
        }
    }

    fn help(&self) -> &'static [Context] {
        &[Context::Conflicts, Context::Global, Context::Editor]
    }
}
