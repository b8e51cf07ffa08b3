//! Applicability suggestions from the AI systems in scope: each control proposed for
//! exclusion with its drafted justification, or pulled in by a system's EU AI Act class with
//! its legal reason. The assessor confirms one (it becomes the control's decision, written as
//! `aimsgap control` writes it, with their name in the history) or rejects it (remembered:
//! not proposed again while it reads the same). Nothing is applied otherwise. The list comes
//! from `crate::systems`, never decided here; it is built when the screen opens and again
//! after each verdict.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::command::{Command, Message, View};
use super::keymap::{Action, Context, Keymap};
use super::modal::{Stakes, YesNo};
use super::points::final_message;
use super::screen::{Input, Screen, Shared};
use super::theme::Theme;
use crate::assessment::Response;
use crate::i18n::Lang;
use crate::printable::fit;
use crate::session::Session;
use crate::systems::Suggestion;
use crate::t;

#[derive(Debug)]
pub struct Suggestions {
    items: Vec<Suggestion>,
    /// Rejected before, and held back.
    held: usize,
    /// Whether any AI system is in scope.
    any_in_scope: bool,
    selected: usize,
    /// The screen it was opened from, and goes back to.
    pub from: View,
    /// An exclusion waiting for a yes: it would make answered questions not applicable.
    confirm: Option<(Suggestion, usize)>,
    offset: usize,
    page: usize,
}

impl Suggestions {
    /// The suggestions as the session stands, the one for `keep` (a control) selected if it is
    /// still there, else the one at `at`.
    pub fn new(session: &Session, from: View, keep: Option<&str>, at: usize) -> Suggestions {
        let (items, held) = session.suggestions();
        let selected = keep
            .and_then(|c| items.iter().position(|s| s.control() == c))
            .unwrap_or(at)
            .min(items.len().saturating_sub(1));
        Suggestions {
            items,
            held,
            any_in_scope: session.engagement.systems.iter().any(|s| s.in_scope),
            selected,
            from,
            confirm: None,
            offset: 0,
            page: 10,
        }
    }

    /// The suggestions listed, in order.
    pub fn items(&self) -> &[Suggestion] {
        &self.items
    }

    /// The position of the selected suggestion.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The control of the selected suggestion.
    pub fn selected_control(&self) -> Option<&str> {
        self.items.get(self.selected).map(Suggestion::control)
    }

    fn act(&mut self, action: Action, session: &Session, lang: Lang) -> Option<Command> {
        if let Some(to) = super::screen::moved(self.selected, action, self.items.len(), self.page) {
            self.selected = to;
            return None;
        }
        match action {
            Action::Accept | Action::Reject => {
                if session.engagement.is_final() {
                    return Some(Command::Notify(Message::error(final_message(
                        lang,
                        session.assessment.id,
                    ))));
                }
                let Some(s) = self.items.get(self.selected).cloned() else {
                    return Some(Command::Notify(Message::info(t!(
                        lang,
                        "tui-suggestions-nothing-open"
                    ))));
                };
                if action == Action::Reject {
                    return Some(Command::RejectSuggestion(s));
                }
                let answered = answered(session, s.control());
                if matches!(s, Suggestion::Exclude { .. }) && answered > 0 {
                    self.confirm = Some((s, answered));
                    return None;
                }
                return Some(Command::AcceptSuggestion(s));
            }
            Action::Export => return Some(Command::ShowExport),
            Action::PreviousScreen | Action::Back => {
                return Some(match self.from {
                    View::Dashboard => Command::ShowDashboard,
                    View::Workshop => Command::ShowWorkshop,
                    _ => Command::ShowRecord,
                });
            }
            _ => {}
        }
        None
    }

    fn draw(&mut self, area: Rect, buf: &mut Buffer, session: &Session, cx: &Shared) {
        let (theme, keymap, lang) = (cx.theme, cx.keymap, cx.lang);
        let area = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(2),
            ..area
        };
        if area.height == 0 || area.width == 0 {
            return;
        }
        let width = usize::from(area.width);
        let key = |a| keymap.key_label(Context::Suggestions, a);
        let n = self.items.len();
        let mut head = vec![Line::styled(
            fit(
                &match n {
                    0 => t!(lang, "tui-suggestions-none"),
                    n => t!(lang, "tui-suggestions-heading", count = n),
                },
                width,
            ),
            theme.title(),
        )];
        let mut how = Vec::new();
        if n > 0 {
            if let Some(k) = key(Action::Accept) {
                how.push(t!(lang, "tui-suggestions-confirm-key", key = &k));
            }
            if let Some(k) = key(Action::Reject) {
                how.push(t!(lang, "tui-suggestions-reject-key", key = &k));
            }
        }
        if self.held > 0 {
            how.push(t!(lang, "tui-suggestions-held", count = self.held));
        }
        head.push(Line::styled(fit(&how.join(" · "), width), theme.dim()));
        Paragraph::new(head).render(Rect { height: 2, ..area }, buf);
        let body = Rect {
            y: area.y + 3.min(area.height),
            height: area.height.saturating_sub(3),
            ..area
        };
        if n == 0 {
            let why = if self.any_in_scope {
                t!(lang, "tui-suggestions-agree")
            } else {
                t!(lang, "tui-suggestions-no-system")
            };
            Paragraph::new(Line::styled(fit(&why, width), theme.dim())).render(body, buf);
            return;
        }
        // The selected suggestion in full at the foot: the justification or legal reason.
        let chosen = &self.items[self.selected.min(n - 1)];
        let detail_rows = usize::from(body.height / 2).clamp(1, 6);
        let (label, text) = match chosen {
            Suggestion::Exclude { justification, .. } => {
                (t!(lang, "tui-suggestions-justification"), justification)
            }
            Suggestion::Include { obligation, .. } => {
                (t!(lang, "tui-suggestions-reason"), obligation)
            }
        };
        let mut detail = vec![Line::styled(
            fit(&format!("{} · {label}:", chosen.control()), width),
            theme.heading(),
        )];
        detail.extend(
            textwrap::wrap(text, width.max(1))
                .into_iter()
                .take(detail_rows)
                .map(|l| Line::raw(l.into_owned())),
        );
        let h = u16::try_from(detail.len()).unwrap_or(u16::MAX);
        // The list, and the detail right under it.
        let rows = u16::try_from(n).unwrap_or(u16::MAX);
        let list = Rect {
            height: body.height.saturating_sub(h + 1).min(rows),
            ..body
        };
        Paragraph::new(detail).render(
            Rect {
                y: list.y + list.height + 1.min(body.height),
                height: h.min(body.height),
                ..body
            },
            buf,
        );
        let height = usize::from(list.height);
        self.page = height.max(1);
        if height == 0 {
            return;
        }
        if self.selected < self.offset {
            self.offset = self.selected;
        }
        if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        let (exclude, include) = (
            t!(lang, "tui-suggestions-exclude"),
            t!(lang, "tui-suggestions-include"),
        );
        let verb_w = (exclude.chars().count().max(include.chars().count()) + 1).max(8);
        let lines: Vec<Line> = self
            .items
            .iter()
            .enumerate()
            .skip(self.offset)
            .take(height)
            .map(|(i, s)| {
                let title = session
                    .questionnaire
                    .requirement(s.control())
                    .map(|(_, r)| r.title.as_str())
                    .unwrap_or_default();
                let verb = match s {
                    Suggestion::Exclude { .. } => &exclude,
                    Suggestion::Include { .. } => &include,
                };
                let text = fit(
                    &format!("  {verb:<verb_w$}{:<9}{title}", s.control()),
                    width,
                );
                if i == self.selected {
                    let pad = width.saturating_sub(text.chars().count());
                    Line::styled(format!("{text}{}", " ".repeat(pad)), theme.selected())
                } else {
                    Line::from(Span::raw(text))
                }
            })
            .collect();
        Paragraph::new(lines).render(list, buf);
        if let Some((s, answered)) = &self.confirm {
            render_confirm(s, *answered, area, buf, theme, keymap, lang);
        }
    }
}

/// The questions of `control` answered with a maturity: an exclusion makes them not
/// applicable (their levels stay in the history).
fn answered(session: &Session, control: &str) -> usize {
    session
        .questionnaire
        .requirement(control)
        .map(|(_, r)| {
            r.questions
                .iter()
                .filter(|q| matches!(session.answer(&q.id).response, Response::Maturity { .. }))
                .count()
        })
        .unwrap_or(0)
}

fn render_confirm(
    s: &Suggestion,
    answered: usize,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    keymap: &Keymap,
    lang: Lang,
) {
    let mut ask = YesNo::new(
        format!(" {} ", t!(lang, "tui-suggestions-confirm-title")),
        t!(
            lang,
            "tui-suggestions-confirm-question",
            control = s.control()
        ),
        t!(lang, "tui-suggestions-confirm-yes"),
        t!(lang, "tui-suggestions-confirm-no"),
    );
    ask.stakes = Stakes::Choice;
    ask.detail
        .push(t!(lang, "tui-suggestions-confirm-detail", count = answered));
    ask.render(area, buf, theme, keymap);
}

impl Screen for Suggestions {
    fn keys(&self) -> Context {
        if self.confirm.is_some() {
            Context::Confirm
        } else {
            Context::Suggestions
        }
    }

    fn hints(&self) -> &'static [Action] {
        match self.keys() {
            Context::Suggestions => &[
                Action::Accept,
                Action::Reject,
                Action::Down,
                Action::PreviousScreen,
                Action::Help,
                Action::Quit,
            ],
            other => super::screen::shared_hints(other),
        }
    }

    fn help(&self) -> &'static [Context] {
        &[Context::Suggestions, Context::Global, Context::Confirm]
    }

    fn handle(&mut self, input: Input, cx: &Shared) -> Option<Command> {
        let session = cx.session?;
        if let Some((s, _)) = &self.confirm {
            return match YesNo::answer(input.action()) {
                Some(true) => {
                    let s = s.clone();
                    self.confirm = None;
                    Some(Command::AcceptSuggestion(s))
                }
                Some(false) => {
                    self.confirm = None;
                    Some(Command::Notify(Message::info(t!(
                        cx.lang,
                        "tui-suggestions-nothing-decided"
                    ))))
                }
                None => None,
            };
        }
        self.act(input.action()?, session, cx.lang)
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        if let Some(session) = cx.session {
            self.draw(area, buf, session, cx);
        }
    }
}
