//! The agenda: every section of the questionnaire with its timebox, the time spent on it in
//! earlier sittings and in this one, and what is left. The figures come from `crate::clock`
//! (the application keeps the sitting); this screen shows them and sets timeboxes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::command::{Command, Message};
use super::editor::{Field, Outcome, TextBox};
use super::keymap::{Action, Context, Keymap};
use super::screen::{Input, Screen, Shared};
use super::theme::Theme;
use crate::clock::{self, AgendaRow, hm, hm_signed};
use crate::i18n::Lang;
use crate::printable::fit;
use crate::t;

#[derive(Debug, Default)]
pub struct Agenda {
    /// The selected section, by position.
    pub selected: usize,
    /// The timebox being typed, and for which section.
    editing: Option<(String, TextBox)>,
    /// The section of the question on screen in the workshop when the agenda opened.
    current: Option<String>,
}

/// What the agenda shows besides its rows.
pub struct Figures<'a> {
    pub rows: &'a [AgendaRow],
    /// The section of the question on screen in the workshop.
    pub current: Option<&'a str>,
    /// This sitting's time, on any screen (ms); `None`: no sitting is kept (a final
    /// assessment).
    pub sitting: Option<u64>,
    /// Sittings before this one.
    pub earlier_sittings: usize,
    pub read_only: bool,
}

impl Agenda {
    /// Opens with the section on screen in the workshop selected.
    pub fn new(rows: &[AgendaRow], current: Option<&str>) -> Agenda {
        let selected = current
            .and_then(|c| rows.iter().position(|r| r.section == c))
            .unwrap_or(0);
        Agenda {
            selected,
            editing: None,
            current: current.map(str::to_string),
        }
    }

    pub fn act(
        &mut self,
        action: Action,
        rows: &[AgendaRow],
        read_only: bool,
        lang: Lang,
    ) -> Option<Command> {
        let len = rows.len();
        if let Some(to) = super::screen::moved(self.selected, action, len, 1) {
            self.selected = to;
            return None;
        }
        match action {
            Action::Timebox => {
                if read_only {
                    return Some(Command::Notify(Message::error(t!(
                        lang,
                        "tui-agenda-final"
                    ))));
                }
                // Empty: the row above shows the timebox in force, and a new one is typed whole.
                let row = rows.get(self.selected)?;
                self.editing = Some((
                    row.section.clone(),
                    TextBox::new(Field::Timebox, "").in_lang(lang),
                ));
            }
            Action::PreviousScreen | Action::Back => return Some(Command::ShowWorkshop),
            _ => {}
        }
        None
    }

    fn handle_modal(&mut self, input: Input, keymap: &Keymap, lang: Lang) -> Option<Command> {
        let (_, b) = self.editing.as_mut()?;
        let outcome = match input {
            Input::Key { action, key } => b.handle(action, key, keymap),
            Input::Paste(text) => b.paste(text),
        };
        self.edited(outcome, lang)
    }

    fn edited(&mut self, outcome: Outcome, lang: Lang) -> Option<Command> {
        match outcome {
            Outcome::Cancel => {
                self.editing = None;
                None
            }
            Outcome::Save(text) if text.trim().is_empty() => {
                self.editing = None;
                None
            }
            Outcome::Save(text) => {
                let (section, b) = self.editing.as_mut()?;
                match clock::parse_timebox_in(lang, &text) {
                    Ok(minutes) => {
                        let section = section.clone();
                        self.editing = None;
                        Some(Command::SetTimebox { section, minutes })
                    }
                    Err(e) => {
                        b.message = Some(e);
                        None
                    }
                }
            }
            Outcome::Changed | Outcome::Nothing => None,
        }
    }

    fn draw(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        figures: &Figures,
        theme: &Theme,
        keymap: &Keymap,
        lang: Lang,
    ) {
        let inner = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(2),
            ..area
        };
        let width = usize::from(inner.width);
        let rows = figures.rows;
        let planned = clock::planned_total(rows);
        let spent: u64 = rows.iter().map(AgendaRow::actual).sum();
        let sittings = figures.earlier_sittings + usize::from(figures.sitting.is_some());
        let (planned, spent) = (hm(u64::from(planned) * 60_000), hm(spent));
        let heading = match figures.sitting {
            Some(ms) => t!(
                lang,
                "tui-agenda-heading",
                planned = &planned,
                spent = &spent,
                count = sittings,
                now = &hm(ms)
            ),
            None => t!(
                lang,
                "tui-agenda-heading-final",
                planned = &planned,
                spent = &spent,
                count = sittings
            ),
        };
        let mut lines = vec![Line::styled(fit(&heading, width), theme.heading())];
        let idle = (clock::IDLE_LIMIT_SECS / 60).to_string();
        let legend = match keymap
            .key_label(Context::Agenda, Action::Timebox)
            .filter(|_| !figures.read_only)
        {
            Some(k) => t!(lang, "tui-agenda-legend-key", minutes = &idle, key = &k),
            None => t!(lang, "tui-agenda-legend", minutes = &idle),
        };
        lines.push(Line::styled(fit(&legend, width), theme.dim()));
        // Wide terminals keep the figures near their titles.
        let title_w = width.saturating_sub(2 + 8 + 4 * 9).clamp(8, 56);
        let column = |id: &str, w: usize| fit(&lang.t(id), w);
        lines.push(Line::styled(
            fit(
                &format!(
                    "  {:<8}{:<title_w$}{:>9}{:>9}{:>9}{:>9}",
                    column("tui-agenda-column-section", 7),
                    column("tui-agenda-column-title", title_w.saturating_sub(1)),
                    column("tui-agenda-column-planned", 8),
                    column("tui-agenda-column-actual", 8),
                    column("tui-agenda-column-now", 8),
                    column("tui-agenda-column-left", 8),
                ),
                width,
            ),
            theme.dim(),
        ));
        let room = usize::from(inner.height).saturating_sub(lines.len());
        let first = self.selected.saturating_sub(room.saturating_sub(1));
        for (i, r) in rows.iter().enumerate().skip(first).take(room) {
            let here = figures.current == Some(r.section.as_str());
            let planned = r
                .planned
                .map_or("—".to_string(), |m| hm(u64::from(m) * 60_000));
            let left = r.left().map_or(String::new(), hm_signed);
            let text = format!(
                "{}{}{:<8}{:<title_w$}{:>9}{:>9}{:>9}{:>9}",
                if i == self.selected { ">" } else { " " },
                if here { "*" } else { " " },
                r.section,
                fit(&r.title, title_w.saturating_sub(1)),
                planned,
                hm(r.actual()),
                hm(r.now),
                left
            );
            let style = if i == self.selected {
                theme.selected()
            } else if r.is_over() {
                theme.error()
            } else {
                theme.base()
            };
            lines.push(Line::from(Span::styled(fit(&text, width), style)));
        }
        Paragraph::new(lines).render(inner, buf);
        // The box at the foot, so that the selected section stays in sight above it.
        if let Some((_, b)) = &mut self.editing {
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

impl Screen for Agenda {
    fn keys(&self) -> Context {
        match &self.editing {
            Some((_, b)) if b.confirm_discard => Context::Confirm,
            Some(_) => Context::Editor,
            None => Context::Agenda,
        }
    }

    fn takes_text(&self) -> bool {
        self.editing.is_some()
    }

    fn handle(&mut self, input: Input, cx: &Shared) -> Option<Command> {
        if self.editing.is_some() {
            return self.handle_modal(input, cx.keymap, cx.lang);
        }
        let (session, timing) = (cx.session?, cx.timing?);
        let rows = timing.agenda(&session.questionnaire);
        self.act(
            input.action()?,
            &rows,
            session.engagement.is_final(),
            cx.lang,
        )
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        let (Some(session), Some(timing)) = (cx.session, cx.timing) else {
            return;
        };
        let rows = timing.agenda(&session.questionnaire);
        let current = self.current.clone();
        let figures = Figures {
            rows: &rows,
            current: current.as_deref(),
            sitting: timing.sitting.as_ref().map(|s| s.total()),
            earlier_sittings: timing.earlier_sittings,
            read_only: session.engagement.is_final(),
        };
        self.draw(area, buf, &figures, cx.theme, cx.keymap, cx.lang);
    }

    fn hints(&self) -> &'static [Action] {
        match self.keys() {
            Context::Agenda => &[
                Action::Timebox,
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
        &[Context::Agenda, Context::Global, Context::Editor]
    }
}
