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
use crate::printable::fit;
use crate::session::Session;

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

    pub fn act(&mut self, action: Action, session: &Session, keymap: &Keymap) -> Option<Command> {
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
                    return Some(Command::Notify(Message::info(format!(
                        "No open point: {park} in the workshop parks the question on screen"
                    ))));
                };
                if action == Action::OpenQuestion {
                    return Some(Command::OpenQuestion(question));
                }
                if session.engagement.is_final() {
                    let e = crate::store::StoreError::Final {
                        id: Some(session.assessment.id),
                    };
                    return Some(Command::Notify(Message::error(e.to_string())));
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
                &format!(
                    "Open points: {} · {resolved} resolved · open ones are in the report until resolved",
                    open.len()
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
                &format!("Nothing parked. In the workshop, {park} parks the question on screen with a short text to follow up."),
                width,
            )));
            Paragraph::new(lines).render(area, buf);
            return;
        }
        let id_w = open
            .iter()
            .map(|p| p.question_id.chars().count())
            .max()
            .unwrap_or(6)
            .max(6);
        lines.push(Line::styled(
            fit(
                &format!(
                    "  {:<id_w$}  {:<10}  What to follow up",
                    "Question", "Parked"
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
                p.parked_at.strftime("%Y-%m-%d"),
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
        self.act(input.action()?, cx.session?, cx.keymap)
    }

    fn reply(&mut self, reply: Reply, cx: &Shared) {
        if let (Reply::RecordChanged, Some(session)) = (reply, cx.session) {
            self.settle(session);
        }
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        if let Some(session) = cx.session {
            self.draw(area, buf, session, cx.theme, cx.keymap);
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
