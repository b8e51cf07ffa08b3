//! The help overlay, generated from the keymap so that it always shows the keys that work.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::command::Command;
use super::keymap::{Action, Context, Keymap};
use super::screen::{Input, Screen, Shared};
use super::theme::Theme;
use crate::i18n::Lang;
use crate::t;

#[derive(Debug)]
pub struct Help {
    contexts: Vec<Context>,
    scroll: u16,
}

impl Help {
    pub fn new(contexts: Vec<Context>) -> Help {
        Help {
            contexts,
            scroll: 0,
        }
    }

    /// The lines of the overlay, `width` wide: one block per key table, maturity keys on
    /// one line, descriptions wrapped under themselves.
    pub fn lines(
        &self,
        keymap: &Keymap,
        theme: &Theme,
        lang: Lang,
        width: usize,
    ) -> Vec<Line<'static>> {
        const KEYS: usize = 20;
        let mut lines = Vec::new();
        for (n, context) in self.contexts.iter().enumerate() {
            if n > 0 {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(context.title_in(lang), theme.heading()));
            let mut entries: Vec<(String, String)> = Vec::new();
            let mut levels: Vec<String> = Vec::new();
            for (keys, action) in keymap.bindings(*context) {
                let keys: Vec<String> = keys.iter().map(ToString::to_string).collect();
                if let Action::Maturity(_) = action {
                    levels.extend(keys);
                    if levels.len() == 1 {
                        entries.push((String::new(), String::new()));
                    }
                    continue;
                }
                entries.push((keys.join(" "), action.describe(lang)));
            }
            if let Some(slot) = entries.iter_mut().find(|(k, _)| k.is_empty()) {
                *slot = (levels.join(" "), t!(lang, "tui-help-maturity"));
            }
            let room = width.saturating_sub(KEYS + 3).max(20);
            for (keys, description) in entries {
                let wrapped = textwrap::wrap(&description, room);
                for (i, part) in wrapped.iter().enumerate() {
                    let key_cell = if i == 0 { keys.as_str() } else { "" };
                    lines.push(Line::from(vec![
                        Span::styled(format!("  {key_cell:<KEYS$} "), theme.key()),
                        Span::raw(part.to_string()),
                    ]));
                }
            }
        }
        lines
    }

    fn draw(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        let (keymap, theme, lang) = (cx.keymap, cx.theme, cx.lang);
        let width = area.width.saturating_sub(4).min(96);
        let lines = self.lines(keymap, theme, lang, usize::from(width.saturating_sub(2)));
        let height = area.height.saturating_sub(2);
        let rect = super::modal::area(area, width, height, buf);
        self.scroll = self
            .scroll
            .min((lines.len() as u16).saturating_sub(height.saturating_sub(2)));
        let close = keymap
            .key_label(Context::Global, Action::Help)
            .unwrap_or_else(|| "esc".into());
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((self.scroll, 0))
            .style(theme.base())
            .block(
                Block::bordered()
                    .title(format!(" {} ", t!(lang, "tui-help-title")))
                    .title_bottom(Line::styled(
                        format!(" {} ", t!(lang, "tui-help-close", key = &close)),
                        theme.dim(),
                    ))
                    .border_style(theme.key()),
            )
            .render(rect, buf);
    }
}

impl Screen for Help {
    fn keys(&self) -> Context {
        Context::Help
    }

    fn help(&self) -> &'static [Context] {
        &[Context::Help, Context::Global]
    }

    /// Its own table first; the key that opened it closes it again.
    fn action(&self, keymap: &Keymap, key: &KeyEvent) -> Option<Action> {
        keymap.action(Context::Help, key).or_else(|| {
            keymap
                .action(Context::Global, key)
                .filter(|a| matches!(a, Action::Help | Action::Quit))
        })
    }

    fn handle(&mut self, input: Input, _cx: &Shared) -> Option<Command> {
        match input.action()? {
            Action::Down => self.scroll = self.scroll.saturating_add(1),
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::PageDown => self.scroll = self.scroll.saturating_add(10),
            Action::PageUp => self.scroll = self.scroll.saturating_sub(10),
            Action::Cancel | Action::Help | Action::Quit => return Some(Command::Close(None)),
            _ => {}
        }
        None
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        self.draw(area, buf, cx);
    }
}
