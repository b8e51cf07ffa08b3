//! Drawing a frame: the header, the screen and its overlays, the status lines and the footer.

use super::*;
use crate::scoring::percent_in;
use crate::t;

impl App {
    pub fn render(&mut self, frame: &mut Frame) {
        let area = frame.area();
        let buf = frame.buffer_mut();
        // Each frame starts from a blank buffer: only presenter mode has a base to paint.
        if self.theme.base() != ratatui::style::Style::new() {
            buf.set_style(area, self.theme.base());
        }
        // A message too long for one line (a path, an error) gets a second rather than losing
        // its end.
        let status = self.status_lines(usize::from(area.width));
        let status_height = status.len().clamp(1, 2) as u16;
        let [header, body, status_area, footer] = rows(area, status_height);
        self.render_header(header, buf);
        self.with(Layer::View(self.view), |screen, cx| {
            screen.render(body, buf, cx)
        });
        self.with(Layer::Export, |dialog, cx| dialog.render(body, buf, cx));
        Paragraph::new(status).render(status_area, buf);
        self.render_footer(footer, buf);
        self.with(Layer::Help, |help, cx| help.render(area, buf, cx));
        neutralise(buf);
        self.theme.finish(buf);
    }

    pub(super) fn render_header(&self, area: Rect, buf: &mut ratatui::buffer::Buffer) {
        let style = self.theme.header();
        let lang = self.lang;
        let mut parts: Vec<String> = Vec::new();
        // Every screen but the list of assessments is about the open one.
        match (&self.open, self.view) {
            (Some(open), view) if view != View::Home => {
                let card = open.session.scorecard();
                parts.push(open.session.assessment.organisation.clone());
                // Second: a merge left work for a person, and the key that shows it.
                let conflicts = open.session.conflicts.len();
                if conflicts > 0 {
                    let key = self
                        .keymap
                        .key_label(Context::Workshop, Action::Conflicts)
                        .map(|k| format!(" ({k})"))
                        .unwrap_or_default();
                    let count = t!(lang, "tui-header-conflicts", count = conflicts);
                    parts.push(format!("{count}{key}"));
                }
                parts.push(t!(
                    lang,
                    "tui-header-answered",
                    answered = card.all.answered,
                    applicable = card.all.applicable
                ));
                // Near the front: at 80 columns the clock takes the end of the line.
                let points = open.session.engagement.open_points().count();
                if points > 0 {
                    parts.push(t!(lang, "tui-header-points", count = points));
                }
                let readiness = percent_in(lang, card.all.readiness);
                parts.push(t!(lang, "tui-header-readiness", percent = &readiness));
                parts.push(t!(
                    lang,
                    "tui-header-target",
                    level = u32::from(open.session.assessment.target)
                ));
                let filter = &open.workshop.filter;
                if self.view == View::Workshop && *filter != crate::tui::tree::Filter::All {
                    let label = filter.label_on_screen(lang, self.theme.presenter);
                    parts.push(t!(lang, "tui-header-filter", filter = &label));
                }
            }
            _ => {
                parts.push("aimsgap".into());
                parts.push(t!(
                    lang,
                    "tui-header-assessments",
                    count = self.home.rows.len()
                ));
                parts.push(self.store.label().to_string());
            }
        }
        // First: the clock takes the end of the line, and the room must see it is on.
        if self.theme.presenter {
            parts.insert(0, t!(lang, "tui-header-presenter"));
        }
        // The clock keeps its place at the right; the rest is cut to the room left.
        let (clock, over) = match &self.open {
            Some(open) if self.view != View::Home => open
                .timing
                .header_in(lang, self.section_on_screen().as_deref()),
            _ => (String::new(), false),
        };
        let width = usize::from(area.width);
        let clock_w = clock.chars().count() + 2;
        let room = if clock.is_empty() || clock_w + 20 > width {
            width
        } else {
            width - clock_w
        };
        // In a translation, what does not fit is left out whole, from the end, rather than
        // cut in a word (German's longer words would cut one at 80 columns); only the first
        // part (the organisation's name) is cut short when even it is too long. English keeps
        // the header its snapshots were taken with: cut at the room, with an ellipsis.
        let text = if lang == crate::i18n::Lang::En {
            parts.join(" · ")
        } else {
            let mut text = parts.first().cloned().unwrap_or_default();
            for part in parts.iter().skip(1) {
                let longer = format!("{text} · {part}");
                if longer.chars().count() + 1 > room {
                    break;
                }
                text = longer;
            }
            text
        };
        let text = fit(&format!(" {text}"), room);
        Paragraph::new(text).style(style).render(area, buf);
        if room < width {
            let clock_style = if over { self.theme.error() } else { style };
            let x = area.x + area.width - clock_w as u16;
            buf.set_string(x, area.y, format!(" {clock} "), clock_style);
        }
    }

    /// The status message in at most two lines: wrapped where a long path or error would
    /// lose its end.
    pub(super) fn status_lines(&self, width: usize) -> Vec<Line<'static>> {
        let Some(m) = &self.message else {
            return Vec::new();
        };
        let style = match m.kind {
            Kind::Ok => self.theme.ok(),
            Kind::Info => self.theme.base(),
            Kind::Error => self.theme.error(),
        };
        let text = format!(" {}", m.text);
        if text.chars().count() <= width || width < 20 {
            return vec![Line::styled(fit(&text, width), style)];
        }
        let options = textwrap::Options::new(width - 1).break_words(true);
        let parts = textwrap::wrap(&m.text, options);
        let first = parts[0].to_string();
        let rest = match m.text.strip_prefix(first.as_str()) {
            Some(rest) => rest.trim_start().to_string(),
            None => parts[1..].join(" "),
        };
        vec![
            Line::styled(format!(" {first}"), style),
            Line::styled(fit(&format!(" {rest}"), width), style),
        ]
    }

    pub(super) fn render_footer(&self, area: Rect, buf: &mut ratatui::buffer::Buffer) {
        let searching = self.view == View::Workshop
            && self.open.as_ref().is_some_and(|o| o.workshop.searching());
        let context = self.modal_context().unwrap_or_else(|| {
            if searching {
                Context::Results
            } else {
                self.view.context()
            }
        });
        let actions = if context == Context::Results {
            crate::tui::workshop::RESULTS_HINTS
        } else {
            self.focused().map_or(&[][..], |s| s.hints())
        };
        let max = self
            .open
            .as_ref()
            .map_or(5, |o| o.session.questionnaire.max_level());
        // The help key always shows, last: the room it needs is kept back from the others.
        let help = self.keymap.help_label(context);
        let help_word = Action::Help.short(self.lang);
        let kept = help
            .as_ref()
            .map_or(0, |k| k.chars().count() + help_word.chars().count() + 1);
        let mut spans = vec![Span::raw(" ")];
        let mut used = 1;
        for a in actions.iter().filter(|a| **a != Action::Help) {
            let key = match a {
                Action::Maturity(_) => self.keymap.maturity_label(max),
                // The results table holds only its own keys; the rest are the workshop's.
                _ if context == Context::Results => self
                    .keymap
                    .key_label(context, *a)
                    .or_else(|| self.keymap.key_label(Context::Workshop, *a)),
                _ => self.keymap.key_label(context, *a),
            };
            let Some(key) = key else { continue };
            let label = a.short(self.lang);
            let width = key.chars().count() + label.chars().count() + 4;
            if used + width + kept > usize::from(area.width) {
                break;
            }
            used += width;
            spans.push(Span::styled(key, self.theme.key()));
            spans.push(Span::styled(format!(" {label}   "), self.theme.dim()));
        }
        if let Some(key) = help {
            spans.push(Span::styled(key, self.theme.key()));
            spans.push(Span::styled(format!(" {help_word}"), self.theme.dim()));
        }
        Paragraph::new(Line::from(spans)).render(area, buf);
    }
}

/// Takes out of every cell what a terminal would act on rather than show (see `printable`):
/// whatever text a screen draws, from the database, a questionnaire or a keys file. Control
/// characters never reach a cell; a bidirectional override or isolate, having no width,
/// rides along with the character before it, and is dropped here.
pub fn neutralise(buf: &mut ratatui::buffer::Buffer) {
    for cell in &mut buf.content {
        // Most cells hold one printable ASCII character: nothing to look at.
        if let [b] = cell.symbol().as_bytes()
            && (0x20..0x7f).contains(b)
        {
            continue;
        }
        if cell.symbol().chars().any(is_unsafe) {
            let kept: String = cell.symbol().chars().filter(|c| !is_unsafe(*c)).collect();
            cell.set_symbol(if kept.is_empty() { " " } else { &kept });
        }
    }
}

/// The screen's rows: a header line, the body, `status` lines and the footer line, the body
/// taking what the others leave (and the footer kept before the status, the status before
/// the header, on a terminal too short for all). Plain arithmetic: ratatui's constraint
/// solver, run cold, was a tenth of the start-up's budget over a bare program.
pub(super) fn rows(area: Rect, status: u16) -> [Rect; 4] {
    let mut left = area.height;
    let mut take = |want: u16| {
        let got = want.min(left);
        left -= got;
        got
    };
    let footer = take(1);
    let status = take(status);
    let header = take(1);
    let body = left;
    let row = |y: u16, height: u16| Rect { y, height, ..area };
    [
        row(area.y, header),
        row(area.y + header, body),
        row(area.y + header + body, status),
        row(area.y + header + body + status, footer),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rows_fill_the_screen_and_give_way_from_the_body_up() {
        let area = Rect::new(3, 2, 80, 24);
        let [header, body, status, footer] = rows(area, 2);
        assert_eq!((header.y, header.height), (2, 1));
        assert_eq!((body.y, body.height), (3, 20));
        assert_eq!((status.y, status.height), (23, 2));
        assert_eq!((footer.y, footer.height), (25, 1));
        assert!(
            [header, body, status, footer]
                .iter()
                .all(|r| r.x == 3 && r.width == 80)
        );
        // Too short for all: the body goes first, then the header, then the status.
        for height in 0..6 {
            let all = rows(Rect::new(0, 0, 10, height), 2);
            assert_eq!(all.iter().map(|r| r.height).sum::<u16>(), height);
            let mut y = 0;
            for r in all {
                assert_eq!(r.y, y, "height {height}: {all:?}");
                y += r.height;
            }
            let [header, body, status, footer] = all.map(|r| r.height);
            let expected = match height {
                0 => [0, 0, 0, 0],
                1 => [0, 0, 0, 1],
                2 => [0, 0, 1, 1],
                3 => [0, 0, 2, 1],
                4 => [1, 0, 2, 1],
                _ => [1, height - 4, 2, 1],
            };
            assert_eq!([header, body, status, footer], expected, "height {height}");
        }
    }
}
