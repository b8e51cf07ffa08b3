//! Changes, from the answer history: the answers changed since a moment (by default the end of
//! the last sitting), or every change of one question; each with who made it, and one key
//! from its question. What changed is named (`2 → 3`, finding, owner …), never shown, and the
//! private notes are not named at all in presenter mode: a change of the notes alone is then
//! not listed.

use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::command::{Command, Message};
use super::editor::{Field, Outcome, TextBox};
use super::keymap::{Action, Context, Keymap};
use super::screen::{Input, Screen, Shared};
use super::theme::Theme;
use crate::author;
use crate::changes::{Since, changed_since, what_changed_in};
use crate::i18n::Lang;
use crate::printable::fit;
use crate::store::HistoryEntry;
use crate::t;

/// What the screen lists.
#[derive(Debug, Clone, PartialEq)]
pub enum Showing {
    /// The answers changed since a moment, with how the screen says it.
    Since(Since, String),
    /// Every change of one question, the latest first.
    Question(String),
}

#[derive(Debug)]
pub struct Changed {
    pub showing: Showing,
    /// The whole history of the assessment, oldest first, as read when the screen opened.
    history: Vec<HistoryEntry>,
    /// Whose last change `last` means.
    author: String,
    pub selected: usize,
    editing: Option<TextBox>,
}

/// One line of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub question: String,
    pub when: Timestamp,
    pub what: String,
    pub by: String,
}

impl Changed {
    pub fn new(showing: Showing, history: Vec<HistoryEntry>, author: &str) -> Changed {
        Changed {
            showing,
            history,
            author: author.to_string(),
            selected: 0,
            editing: None,
        }
    }

    /// The lines listed; `private`: the notes may be named (not in presenter mode).
    pub fn items(&self, private: bool) -> Vec<Item> {
        self.items_in(Lang::En, private)
    }

    /// [`Changed::items`], what changed named in `lang`.
    pub fn items_in(&self, lang: Lang, private: bool) -> Vec<Item> {
        let by = |authors: &[String]| {
            authors
                .iter()
                .map(|a| author::shown(a, 24).into_owned())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut out = Vec::new();
        match &self.showing {
            Showing::Since(since, _) => {
                for c in changed_since(&self.history, since) {
                    let what = what_changed_in(lang, c.before.as_ref(), &c.after, private);
                    if what.is_empty() {
                        continue;
                    }
                    out.push(Item {
                        question: c.question_id.clone(),
                        when: c.last_at,
                        what: what.join(", "),
                        by: by(&c.authors),
                    });
                }
            }
            Showing::Question(q) => {
                for e in self.history.iter().rev().filter(|e| &e.question_id == q) {
                    let what = what_changed_in(lang, e.old.as_ref(), &e.new, private);
                    if what.is_empty() {
                        continue;
                    }
                    out.push(Item {
                        question: q.clone(),
                        when: e.changed_at,
                        what: what.join(", "),
                        by: by(std::slice::from_ref(&e.author)),
                    });
                }
            }
        }
        out
    }

    pub fn act(&mut self, action: Action, presenter: bool, lang: Lang) -> Option<Command> {
        let items = self.items_in(lang, !presenter);
        let len = items.len();
        if let Some(to) = super::screen::moved(self.selected, action, len, 1) {
            self.selected = to;
            return None;
        }
        match action {
            Action::OpenQuestion => {
                return Some(match items.get(self.selected) {
                    Some(i) => Command::OpenQuestion(i.question.clone()),
                    None => match &self.showing {
                        Showing::Question(q) => Command::OpenQuestion(q.clone()),
                        Showing::Since(..) => {
                            Command::Notify(Message::info(t!(lang, "tui-changed-nothing-to-open")))
                        }
                    },
                });
            }
            Action::Since => self.editing = Some(TextBox::new(Field::Since, "").in_lang(lang)),
            Action::PreviousScreen | Action::Back => return Some(Command::ShowWorkshop),
            _ => {}
        }
        None
    }

    fn handle_modal(&mut self, input: Input, keymap: &Keymap, lang: Lang) -> Option<Command> {
        let b = self.editing.as_mut()?;
        let outcome = match input {
            Input::Key { action, key } => b.handle(action, key, keymap),
            Input::Paste(text) => b.paste(text),
        };
        self.edited(outcome, lang)
    }

    fn edited(&mut self, outcome: Outcome, lang: Lang) -> Option<Command> {
        match outcome {
            Outcome::Cancel => self.editing = None,
            Outcome::Save(text) => match Since::parse_in(lang, &text, &self.author) {
                Ok(since) => {
                    let label = match (&since, since.moment(&self.history)) {
                        (Since::LastChangeBy(_), Some(t)) => t!(
                            lang,
                            "tui-changed-since-your-last-change-at",
                            time = &shown_time(lang, t)
                        ),
                        (Since::LastChangeBy(_), None) => t!(lang, "tui-changed-since-the-start"),
                        (Since::Time(t), _) => {
                            t!(lang, "tui-changed-since", time = &shown_time(lang, *t))
                        }
                    };
                    self.showing = Showing::Since(since, label);
                    self.selected = 0;
                    self.editing = None;
                }
                Err(e) => {
                    if let Some(b) = &mut self.editing {
                        b.message = Some(e);
                    }
                }
            },
            Outcome::Changed | Outcome::Nothing => {}
        }
        None
    }

    fn draw(&mut self, area: Rect, buf: &mut Buffer, theme: &Theme, keymap: &Keymap, lang: Lang) {
        let inner = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(2),
            ..area
        };
        let width = usize::from(inner.width);
        let items = self.items_in(lang, !theme.presenter);
        self.selected = self.selected.min(items.len().saturating_sub(1));
        let title = match &self.showing {
            Showing::Since(_, label) => t!(
                lang,
                "tui-changed-title",
                count = items.len(),
                since = label
            ),
            Showing::Question(q) => t!(
                lang,
                "tui-changed-history-title",
                question = q,
                count = items.len()
            ),
        };
        let mut lines = vec![Line::styled(fit(&title, width), theme.heading())];
        let since = keymap
            .key_label(Context::Changes, Action::Since)
            .map(|k| t!(lang, "tui-changed-since-how", key = &k))
            .unwrap_or_default();
        lines.push(Line::styled(fit(&since, width), theme.dim()));
        if items.is_empty() {
            lines.push(Line::raw(""));
            lines.push(Line::raw(fit(&t!(lang, "tui-changed-nothing"), width)));
        }
        let by_w = 18.min(width / 4);
        let id_w = items
            .iter()
            .map(|i| i.question.chars().count())
            .max()
            .unwrap_or(6)
            .max(6);
        let room = usize::from(inner.height).saturating_sub(lines.len());
        let first = self.selected.saturating_sub(room.saturating_sub(1));
        for (n, i) in items.iter().enumerate().skip(first).take(room) {
            let text = format!(
                "{} {}  {:<id_w$}  {:<by_w$}  {}",
                if n == self.selected { ">" } else { " " },
                shown_time(lang, i.when),
                i.question,
                fit(&i.by, by_w),
                i.what
            );
            let style = if n == self.selected {
                theme.selected()
            } else {
                theme.base()
            };
            lines.push(Line::from(Span::styled(fit(&text, width), style)));
        }
        Paragraph::new(lines).render(inner, buf);
        if let Some(b) = &mut self.editing {
            let h = b.height(area.height).min(area.height);
            let rect = Rect {
                y: area.y + area.height - h,
                height: h,
                ..area
            };
            Clear.render(rect, buf);
            b.render(rect, buf, theme, keymap, false);
        }
    }
}

/// A moment as the list shows it (UTC, to the minute), the day as `lang` writes it.
pub fn shown_time(lang: Lang, t: Timestamp) -> String {
    let at = t.to_zoned(jiff::tz::TimeZone::UTC);
    format!("{} {}", lang.date(at.date()), at.strftime("%H:%M"))
}

/// What the list of changes since the last sitting is headed with.
pub fn since_last_sitting(lang: Lang, end: Timestamp) -> String {
    t!(
        lang,
        "tui-changed-since-last-sitting",
        time = &shown_time(lang, end)
    )
}

/// What the list of changes since the author's last change is headed with.
pub fn since_your_last_change(lang: Lang) -> String {
    t!(lang, "tui-changed-since-your-last-change")
}

impl Screen for Changed {
    fn keys(&self) -> Context {
        match &self.editing {
            Some(b) if b.confirm_discard => Context::Confirm,
            Some(_) => Context::Editor,
            None => Context::Changes,
        }
    }

    fn takes_text(&self) -> bool {
        self.editing.is_some()
    }

    fn handle(&mut self, input: Input, cx: &Shared) -> Option<Command> {
        if self.editing.is_some() {
            return self.handle_modal(input, cx.keymap, cx.lang);
        }
        self.act(input.action()?, cx.theme.presenter, cx.lang)
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        self.draw(area, buf, cx.theme, cx.keymap, cx.lang);
    }

    fn hints(&self) -> &'static [Action] {
        match self.keys() {
            Context::Changes => &[
                Action::OpenQuestion,
                Action::Since,
                Action::Down,
                Action::PreviousScreen,
                Action::Presenter,
                Action::Help,
                Action::Quit,
            ],
            other => super::screen::shared_hints(other),
        }
    }

    fn help(&self) -> &'static [Context] {
        &[Context::Changes, Context::Global, Context::Editor]
    }
}
