//! The parking lot: the open points of the assessment, oldest first, each one key from its
//! question; resolving one keeps it (with its time) out of the report. Points are parked in
//! the workshop (`P`) or with `aimsgap park`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::command::{Command, Message};
use super::keymap::{Action, Context, Keymap};
use super::screen::{Input, Reply, Screen, Shared};
use super::theme::Theme;
use crate::engagement::OpenPoint;
use crate::i18n::Lang;
use crate::printable::fit;
use crate::session::Session;
use crate::t;

#[derive(Debug, Default)]
pub struct Points {
    /// The selected point, in the list of open points.
    pub selected: usize,
}

impl Points {
    fn open(session: &Session) -> Vec<&OpenPoint> {
        session.engagement.open_points().collect()
    }

    /// The question of the selected point.
    pub fn selected_question(&self, session: &Session) -> Option<String> {
        Points::open(session)
            .get(self.selected)
            .map(|p| p.question_id.clone())
    }

    pub fn act(
        &mut self,
        action: Action,
        session: &Session,
        keymap: &Keymap,
        lang: Lang,
    ) -> Option<Command> {
        let len = Points::open(session).len();
        if let Some(to) = super::screen::moved(self.selected, action, len, 1) {
            self.selected = to;
            return None;
        }
        match action {
            Action::OpenQuestion | Action::Resolve => {
                let Some(question) = self.selected_question(session) else {
                    let park = keymap
                        .key_label(Context::Workshop, Action::Park)
                        .unwrap_or_default();
                    return Some(Command::Notify(Message::info(t!(
                        lang,
                        "tui-points-none-open",
                        key = &park
                    ))));
                };
                if action == Action::OpenQuestion {
                    return Some(Command::OpenQuestion(question));
                }
                if session.engagement.is_final() {
                    return Some(Command::Notify(Message::error(final_message(
                        lang,
                        session.assessment.id,
                    ))));
                }
                return Some(Command::ResolvePoint(question));
            }
            Action::PreviousScreen | Action::Back => return Some(Command::ShowWorkshop),
            _ => {}
        }
        None
    }

    /// The list changed (a point resolved, another window's changes): the selection stays on it.
    pub fn settle(&mut self, session: &Session) {
        let n = Points::open(session).len();
        self.selected = self.selected.min(n.saturating_sub(1));
    }

    fn draw(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        session: &Session,
        theme: &Theme,
        keymap: &Keymap,
        lang: Lang,
    ) {
        let area = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(2),
            ..area
        };
        let width = usize::from(area.width);
        let open = Points::open(session);
        let resolved = session.engagement.points.len() - open.len();
        let mut lines = vec![Line::styled(
            fit(
                &t!(
                    lang,
                    "tui-points-heading",
                    open = open.len(),
                    resolved = resolved
                ),
                width,
            ),
            theme.heading(),
        )];
        if open.is_empty() {
            let park = keymap
                .key_label(Context::Workshop, Action::Park)
                .unwrap_or_default();
            lines.push(Line::raw(""));
            lines.push(Line::raw(fit(
                &t!(lang, "tui-points-empty", key = &park),
                width,
            )));
            Paragraph::new(lines).render(area, buf);
            return;
        }
        let question = t!(lang, "tui-points-column-question");
        let id_w = open
            .iter()
            .map(|p| p.question_id.chars().count())
            .max()
            .unwrap_or(6)
            .max(6)
            .max(question.chars().count());
        lines.push(Line::styled(
            fit(
                &format!(
                    "  {question:<id_w$}  {:<10}  {}",
                    t!(lang, "tui-points-column-parked"),
                    t!(lang, "tui-points-column-follow-up")
                ),
                width,
            ),
            theme.dim(),
        ));
        let rows = usize::from(area.height).saturating_sub(lines.len());
        let first = self.selected.saturating_sub(rows.saturating_sub(1));
        for (i, p) in open.iter().enumerate().skip(first).take(rows) {
            let text = format!(
                "{} {:<id_w$}  {}  {}",
                if i == self.selected { ">" } else { " " },
                p.question_id,
                lang.date(p.parked_at.to_zoned(jiff::tz::TimeZone::UTC).date()),
                crate::printable::one_line(&p.text)
            );
            let style = if i == self.selected {
                theme.selected()
            } else {
                theme.base()
            };
            lines.push(Line::from(Span::styled(fit(&text, width), style)));
        }
        Paragraph::new(lines).render(area, buf);
    }
}

impl Screen for Points {
    fn keys(&self) -> Context {
        Context::Points
    }

    fn handle(&mut self, input: Input, cx: &Shared) -> Option<Command> {
        self.act(input.action()?, cx.session?, cx.keymap, cx.lang)
    }

    fn reply(&mut self, reply: Reply, cx: &Shared) {
        if let (Reply::RecordChanged, Some(session)) = (reply, cx.session) {
            self.settle(session);
        }
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        if let Some(session) = cx.session {
            self.draw(area, buf, session, cx.theme, cx.keymap, cx.lang);
        }
    }

    fn hints(&self) -> &'static [Action] {
        &[
            Action::OpenQuestion,
            Action::Resolve,
            Action::Down,
            Action::PreviousScreen,
            Action::Presenter,
            Action::Help,
            Action::Quit,
        ]
    }

    fn help(&self) -> &'static [Context] {
        &[Context::Points, Context::Global]
    }
}

/// Why a final assessment's list changes nothing, in the screens' language (the store's own
/// error says the same in English).
pub fn final_message(lang: Lang, id: i64) -> String {
    t!(lang, "tui-lists-final", id = &id.to_string())
}
