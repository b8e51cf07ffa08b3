//! The pre-handover check as a screen: what `aimsgap check` lists, grouped by kind, each item
//! one key from its question. The findings come from `crate::check`, never decided here; the
//! list is built when the screen opens and again when the answers change under it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::command::{Command, Message, View};
use super::keymap::{Action, Context};
use super::screen::{Input, Screen, Shared};
use crate::check::{Finding, FindingKind};
use crate::i18n::Lang;
use crate::printable::fit;
use crate::session::Session;
use crate::t;

/// One line of the list: a kind's heading, or one finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Heading(FindingKind, usize),
    Item(usize),
}

#[derive(Debug)]
pub struct Check {
    findings: Vec<Finding>,
    rows: Vec<Row>,
    /// Index of the selected finding.
    selected: usize,
    /// The screen the check was opened from, and goes back to.
    pub from: View,
    /// The first row drawn.
    offset: usize,
    /// Rows that fit on the last drawn page.
    page: usize,
}

impl Check {
    /// The check of the session as it stands, with the finding about `keep` (a question id)
    /// selected if there still is one.
    /// The messages are in `lang`, the screens' language.
    pub fn new(session: &Session, from: View, keep: Option<&str>, lang: Lang) -> Check {
        let plan = crate::roadmap::build(
            &session.questionnaire,
            &session.scorecard(),
            &session.answers,
            session.roadmap_settings(),
        )
        .ok();
        let findings =
            crate::check::findings_in(session, &session.scorecard(), plan.as_ref(), lang);
        let mut rows = Vec::new();
        let mut kind = None;
        for (i, f) in findings.iter().enumerate() {
            if kind != Some(f.kind) {
                kind = Some(f.kind);
                let n = findings.iter().filter(|g| g.kind == f.kind).count();
                rows.push(Row::Heading(f.kind, n));
            }
            rows.push(Row::Item(i));
        }
        let selected = keep
            .and_then(|q| findings.iter().position(|f| f.question == q))
            .unwrap_or(0);
        Check {
            findings,
            rows,
            selected,
            from,
            offset: 0,
            page: 10,
        }
    }

    /// The question of the selected finding, when it is about one.
    pub fn selected_question(&self) -> Option<&str> {
        self.findings
            .get(self.selected)
            .map(|f| f.question.as_str())
    }

    /// How many findings there are.
    pub fn len(&self) -> usize {
        self.findings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.findings.is_empty()
    }

    fn act(&mut self, action: Action, session: Option<&Session>, lang: Lang) -> Option<Command> {
        let len = self.findings.len();
        if let Some(to) = super::screen::moved(self.selected, action, len, self.page.max(1)) {
            self.selected = to;
            return None;
        }
        match action {
            Action::OpenQuestion => {
                let Some(f) = self.findings.get(self.selected) else {
                    return Some(Command::Notify(Message::ok(t!(
                        lang,
                        "tui-check-nothing-to-open"
                    ))));
                };
                let asked =
                    session.is_some_and(|s| s.questionnaire.question(&f.question).is_some());
                return Some(if asked {
                    Command::OpenQuestion(f.question.clone())
                } else {
                    Command::Notify(Message::info(t!(
                        lang,
                        "tui-check-not-a-question",
                        message = &f.message
                    )))
                });
            }
            Action::Export => return Some(Command::ShowExport),
            Action::PreviousScreen | Action::Back => {
                return Some(match self.from {
                    View::Dashboard => Command::ShowDashboard,
                    _ => Command::ShowWorkshop,
                });
            }
            _ => {}
        }
        None
    }

    fn draw(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        let (theme, lang) = (cx.theme, cx.lang);
        let area = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(2),
            ..area
        };
        if area.height == 0 || area.width == 0 {
            return;
        }
        let width = usize::from(area.width);
        let head = match self.findings.len() {
            0 => Line::styled(t!(lang, "tui-check-nothing"), theme.ok()),
            n => {
                let head = match cx.keymap.key_label(Context::Check, Action::OpenQuestion) {
                    Some(k) => t!(lang, "tui-check-heading-key", count = n, key = &k),
                    None => t!(lang, "tui-check-heading", count = n),
                };
                Line::styled(fit(&head, width), theme.title())
            }
        };
        Paragraph::new(head)
            .wrap(Wrap { trim: true })
            .render(Rect { height: 1, ..area }, buf);
        let mut list = Rect {
            y: area.y + 2.min(area.height),
            height: area.height.saturating_sub(2),
            ..area
        };
        // The selected item in full at the foot, when its line cuts it short.
        if let Some(f) = self.findings.get(self.selected)
            && f.message.chars().count() + 2 > width
            && list.height >= 8
        {
            let full: Vec<Line> = textwrap::wrap(&f.message, width)
                .into_iter()
                .take(3)
                .map(|l| Line::styled(l.into_owned(), theme.dim()))
                .collect();
            let h = full.len() as u16;
            list.height -= h + 1;
            Paragraph::new(full).render(
                Rect {
                    y: list.y + list.height + 1,
                    height: h,
                    ..list
                },
                buf,
            );
        }
        let height = usize::from(list.height);
        self.page = height.saturating_sub(1).max(1);
        if height == 0 || self.rows.is_empty() {
            return;
        }
        let at = self
            .rows
            .iter()
            .position(|r| *r == Row::Item(self.selected))
            .unwrap_or(0);
        // The selection stays in view, with its kind's heading when that fits.
        let top = match self.rows.get(at.saturating_sub(1)) {
            Some(Row::Heading(..)) => at.saturating_sub(1),
            _ => at,
        };
        if top < self.offset {
            self.offset = top;
        }
        if at >= self.offset + height {
            self.offset = at + 1 - height;
        }
        let lines: Vec<Line> = self
            .rows
            .iter()
            .skip(self.offset)
            .take(height)
            .map(|row| match *row {
                Row::Heading(kind, n) => Line::styled(
                    fit(&format!("{} ({n})", kind.title_in(lang)), width),
                    theme.heading(),
                ),
                Row::Item(i) => {
                    let f = &self.findings[i];
                    let text = fit(&format!("  {}", f.message), width);
                    if i == self.selected {
                        let pad = width.saturating_sub(text.chars().count());
                        Line::styled(format!("{text}{}", " ".repeat(pad)), theme.selected())
                    } else {
                        Line::from(Span::raw(text))
                    }
                }
            })
            .collect();
        Paragraph::new(lines).render(list, buf);
    }
}

impl Screen for Check {
    fn keys(&self) -> Context {
        Context::Check
    }

    fn hints(&self) -> &'static [Action] {
        &[
            Action::OpenQuestion,
            Action::Down,
            Action::Export,
            Action::PreviousScreen,
            Action::Presenter,
            Action::Help,
            Action::Quit,
        ]
    }

    fn help(&self) -> &'static [Context] {
        &[Context::Check, Context::Global, Context::Export]
    }

    fn handle(&mut self, input: Input, cx: &Shared) -> Option<Command> {
        self.act(input.action()?, cx.session, cx.lang)
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        self.draw(area, buf, cx);
    }
}
