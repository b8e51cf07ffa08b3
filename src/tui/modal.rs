//! What every box drawn over a screen shares: where it goes ([`area`]) and the one question
//! answered yes or no ([`YesNo`]), asked in a box of its own or on a line of a form or text box.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::keymap::{Action, Context, Keymap};
use super::theme::Theme;
use crate::i18n::Lang;
use crate::t;

/// Where a box of at most `width` × `height` goes over `area`: centred, never larger than the
/// area, and cleared of what the screen drew there.
pub fn area(area: Rect, width: u16, height: u16, buf: &mut Buffer) -> Rect {
    let rect = area.centered(
        Constraint::Length(width.min(area.width)),
        Constraint::Length(height.min(area.height)),
    );
    Clear.render(rect, buf);
    rect
}

/// How much is at stake in a question: what its frame looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stakes {
    /// Yes loses something for good (deleting, removing).
    Loss,
    /// Either answer is safe to give.
    Choice,
}

/// A question answered with the [confirm] table's yes or no.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YesNo {
    /// The box's title (" Delete? ").
    pub title: String,
    pub question: String,
    /// Lines under the question, in the box.
    pub detail: Vec<String>,
    /// What yes does, and what no does ("delete", "keep it").
    pub yes: String,
    pub no: String,
    pub stakes: Stakes,
    /// The widest the box gets.
    pub width: u16,
}

impl YesNo {
    pub fn new(
        title: impl Into<String>,
        question: impl Into<String>,
        yes: impl Into<String>,
        no: impl Into<String>,
    ) -> YesNo {
        YesNo {
            title: title.into(),
            question: question.into(),
            detail: Vec::new(),
            yes: yes.into(),
            no: no.into(),
            stakes: Stakes::Loss,
            width: 64,
        }
    }

    /// The question asked before leaving a form or a text box with changes in it.
    pub fn discard(lang: Lang, question: impl Into<String>, no: impl Into<String>) -> YesNo {
        YesNo::new(
            format!(" {} ", t!(lang, "tui-discard-title")),
            question,
            t!(lang, "tui-discard-yes"),
            no,
        )
    }

    /// The answer a key's action gives: `Some(true)` for yes, `Some(false)` for no.
    pub fn answer(action: Option<Action>) -> Option<bool> {
        match action {
            Some(Action::Yes) => Some(true),
            Some(Action::No) => Some(false),
            _ => None,
        }
    }

    /// The question on one line, with its keys: under a form, in a text box.
    pub fn line(&self, keymap: &Keymap) -> String {
        let [yes, no] = keys(keymap);
        format!("{} {yes} {} · {no} {}", self.question, self.yes, self.no)
    }

    /// The question in a box of its own over `area`.
    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: &Theme, keymap: &Keymap) {
        let [yes, no] = keys(keymap);
        let mut lines = vec![Line::styled(self.question.clone(), theme.heading())];
        lines.extend(self.detail.iter().map(|d| Line::raw(d.clone())));
        lines.push(Line::raw(""));
        lines.push(Line::from(vec![
            Span::styled(yes, theme.key()),
            Span::raw(format!(" {}   ", self.yes)),
            Span::styled(no, theme.key()),
            Span::raw(format!(" {}", self.no)),
        ]));
        let width = area.width.saturating_sub(4).min(self.width);
        let inside = usize::from(width.saturating_sub(2)).max(1);
        let rows: usize = lines
            .iter()
            .map(|l| textwrap::wrap(&l.to_string(), inside).len().max(1))
            .sum();
        let height = u16::try_from(rows + 2).unwrap_or(u16::MAX);
        let rect = self::area(area, width, height, buf);
        let border = match self.stakes {
            Stakes::Loss => theme.error(),
            Stakes::Choice => theme.warn(),
        };
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(
                Block::bordered()
                    .title(self.title.as_str())
                    .border_style(border),
            )
            .style(theme.base())
            .render(rect, buf);
    }
}

/// The keys of yes and no.
fn keys(keymap: &Keymap) -> [String; 2] {
    [Action::Yes, Action::No].map(|a| keymap.key_label(Context::Confirm, a).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(buf: &Buffer) -> String {
        let area = buf.area;
        (area.y..area.y + area.height)
            .map(|y| {
                (area.x..area.x + area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
                    + "\n"
            })
            .collect()
    }

    #[test]
    fn a_box_is_centred_within_the_area_and_never_larger() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 100, 40));
        let outer = Rect::new(10, 5, 80, 30);
        let r = area(outer, 40, 10, &mut buf);
        assert_eq!(r, Rect::new(30, 15, 40, 10));
        // Larger than the area: the area, no more.
        assert_eq!(area(outer, 200, 90, &mut buf), outer);
        // What was under it is cleared.
        let mut buf = Buffer::empty(Rect::new(0, 0, 20, 10));
        buf.set_string(0, 5, "x".repeat(20), ratatui::style::Style::new());
        let r = area(buf.area, 10, 2, &mut buf);
        assert!((r.x..r.x + r.width).all(|x| buf[(x, 5)].symbol() == " "));
        assert_eq!(buf[(0, 5)].symbol(), "x");
        // A zero area gives a zero box, without a panic.
        assert_eq!(area(Rect::new(3, 3, 0, 0), 10, 10, &mut buf).area(), 0);
    }

    #[test]
    fn yes_and_no_follow_the_confirm_table_and_the_box_holds_every_line() {
        assert_eq!(YesNo::answer(Some(Action::Yes)), Some(true));
        assert_eq!(YesNo::answer(Some(Action::No)), Some(false));
        assert_eq!(YesNo::answer(Some(Action::Save)), None);
        assert_eq!(YesNo::answer(None), None);
        let (keymap, problems) =
            Keymap::with_overrides(Some("[confirm]\n\"y\" = \"none\"\n\"o\" = \"yes\"\n"));
        assert!(problems.is_empty(), "{problems:?}");
        let discard = YesNo::discard(Lang::En, "Discard this form?", "goes back to it");
        assert_eq!(
            discard.line(&keymap),
            "Discard this form? o discards it · n goes back to it"
        );
        // A long question wraps, and the keys still show on the box's last line.
        let mut ask = YesNo::new(
            " Delete? ",
            format!(
                "Delete assessment 1 ({}) with all its answers?",
                "Acme ".repeat(30)
            ),
            "delete",
            "keep it",
        );
        ask.detail.push("This cannot be undone.".into());
        let mut buf = Buffer::empty(Rect::new(0, 0, 80, 24));
        ask.render(buf.area, &mut buf, &Theme::default(), &keymap);
        let screen = text(&buf);
        assert!(screen.contains("Delete? "), "{screen}");
        assert!(screen.contains("o delete   n keep it"), "{screen}");
        assert!(screen.contains("This cannot be undone."), "{screen}");
        let keys_row = screen.lines().position(|l| l.contains("keep it")).unwrap();
        assert!(
            screen.lines().nth(keys_row + 1).unwrap().contains('└'),
            "{screen}"
        );
    }
}
