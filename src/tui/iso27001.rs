//! The ISO 27001 checklist: every clause and Annex A control of ISO/IEC 27001:2022, ticked
//! where the organisation has it in place, with the questions the crosswalk maps to it. Each
//! tick is stored at once; the workshop then suggests a starting level for those questions
//! (see `crate::iso27001`). `aimsgap iso27001` does the same from the command line.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::command::{Command, Message};
use super::keymap::{Action, Context, Keymap};
use super::points::final_message;
use super::screen::{Input, Screen, Shared};
use super::theme::Theme;
use crate::i18n::Lang;
use crate::iso27001;
use crate::printable::fit;
use crate::session::Session;
use crate::t;

#[derive(Debug)]
pub struct Iso27001 {
    /// The selected row, in the list of references.
    pub selected: usize,
    references: Vec<String>,
}

impl Default for Iso27001 {
    fn default() -> Self {
        Iso27001 {
            selected: 0,
            references: iso27001::references(),
        }
    }
}

impl Iso27001 {
    /// The reference on the selected row.
    pub fn selected_reference(&self) -> &str {
        &self.references[self.selected.min(self.references.len() - 1)]
    }

    fn act(&mut self, action: Action, session: &Session, lang: Lang) -> Option<Command> {
        if let Some(to) = super::screen::moved(self.selected, action, self.references.len(), 10) {
            self.selected = to;
            return None;
        }
        match action {
            Action::Toggle => {
                if session.engagement.is_final() {
                    return Some(Command::Notify(Message::error(final_message(
                        lang,
                        session.assessment.id,
                    ))));
                }
                let reference = self.selected_reference().to_string();
                let in_place = !session.engagement.iso27001.contains(&reference);
                // Ticking moves on, so a list is ticked down in one pass.
                if in_place {
                    self.selected = (self.selected + 1).min(self.references.len() - 1);
                }
                Some(Command::SetInPlace {
                    reference,
                    in_place,
                })
            }
            Action::PreviousScreen | Action::Back => Some(Command::ShowWorkshop),
            Action::Quit => Some(Command::Quit),
            _ => None,
        }
    }

    fn draw(
        &self,
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
        let in_place = &session.engagement.iso27001;
        let suggested =
            iso27001::suggestions(&session.questionnaire, in_place, &session.answers).len();
        let accept = keymap
            .key_label(Context::Workshop, Action::AcceptCarryOver)
            .unwrap_or_default();
        let mut lines = vec![
            Line::styled(
                fit(
                    &t!(
                        lang,
                        "tui-iso27001-heading",
                        in_place = in_place.len(),
                        total = self.references.len(),
                        count = suggested,
                        key = &accept
                    ),
                    width,
                ),
                theme.heading(),
            ),
            Line::styled(
                fit(
                    &t!(
                        lang,
                        "tui-iso27001-group",
                        group = &iso27001::group_in(lang, self.selected_reference())
                    ),
                    width,
                ),
                theme.dim(),
            ),
        ];
        let mapped = iso27001::mapped_questions(&session.questionnaire);
        let rows = usize::from(area.height).saturating_sub(lines.len());
        let first = self.selected.saturating_sub(rows.saturating_sub(1));
        for (i, r) in self.references.iter().enumerate().skip(first).take(rows) {
            let mark = if in_place.contains(r) { "[x]" } else { "[ ]" };
            let questions = mapped.get(r).map(|q| q.join(" ")).unwrap_or_default();
            let text = format!(
                "{} {mark} {r:<7} {questions}",
                if i == self.selected { ">" } else { " " },
            );
            let style = if i == self.selected {
                theme.selected()
            } else if in_place.contains(r) {
                theme.base()
            } else {
                theme.dim()
            };
            lines.push(Line::from(Span::styled(fit(&text, width), style)));
        }
        Paragraph::new(lines).render(area, buf);
    }
}

impl Screen for Iso27001 {
    fn keys(&self) -> Context {
        Context::Iso27001
    }

    fn handle(&mut self, input: Input, cx: &Shared) -> Option<Command> {
        self.act(input.action()?, cx.session?, cx.lang)
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        if let Some(session) = cx.session {
            self.draw(area, buf, session, cx.theme, cx.keymap, cx.lang);
        }
    }

    fn hints(&self) -> &'static [Action] {
        &[
            Action::Toggle,
            Action::Down,
            Action::PreviousScreen,
            Action::Presenter,
            Action::Help,
            Action::Quit,
        ]
    }

    fn help(&self) -> &'static [Context] {
        &[Context::Iso27001, Context::Global]
    }
}
