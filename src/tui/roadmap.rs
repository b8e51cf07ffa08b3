//! The roadmap: the remediation actions in the order they should be done, with their dates,
//! and the Stage 1 and Stage 2 milestones. It shows the report's roadmap model as it is; the
//! order, the dates and the milestones are computed in `crate::roadmap`, never here.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Cell, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use super::command::{Command, Message, View};
use super::keymap::{Action, Context, Keymap};
use super::screen::{Input, Screen, Shared};
use super::theme::Theme;
use crate::i18n::Lang;
use crate::printable::fit;
use crate::report::{ActionRow, RoadmapView};
use crate::scoring::days_in;
use crate::t;

#[derive(Debug)]
pub struct Roadmap {
    pub view: RoadmapView,
    /// Index of the selected action.
    pub selected: usize,
    /// The screen the roadmap was opened from, and goes back to.
    pub from: View,
    /// Questions answered so far: an empty roadmap means different things before and after.
    answered: usize,
    target: u8,
    /// Rows of actions that fit on the last drawn page.
    page: usize,
    table: TableState,
}

impl Roadmap {
    /// The roadmap, with `keep` (a question id) selected if it still has an action.
    pub fn new(
        view: RoadmapView,
        answered: usize,
        target: u8,
        from: View,
        keep: Option<&str>,
    ) -> Roadmap {
        let selected = keep
            .and_then(|q| {
                view.actions
                    .iter()
                    .position(|a| a.questions.iter().any(|x| x == q))
            })
            .unwrap_or(0);
        Roadmap {
            view,
            selected,
            from,
            answered,
            target,
            page: 10,
            table: TableState::default(),
        }
    }

    pub fn selected_action(&self) -> Option<&ActionRow> {
        self.view.actions.get(self.selected)
    }

    fn act(&mut self, action: Action, lang: Lang) -> Option<Command> {
        let len = self.view.actions.len();
        if let Some(to) = super::screen::moved(self.selected, action, len, self.page.max(1)) {
            self.selected = to;
            return None;
        }
        match action {
            Action::OpenQuestion => {
                return Some(match self.selected_action() {
                    Some(a) => Command::OpenQuestion(a.question.clone()),
                    None => Command::Notify(Message::info(t!(lang, "tui-roadmap-nothing-to-open"))),
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

    fn draw(&mut self, area: Rect, buf: &mut Buffer, theme: &Theme, keymap: &Keymap, lang: Lang) {
        let area = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(2),
            ..area
        };
        let summary = self.summary(usize::from(area.width), theme, lang);
        if self.view.actions.is_empty() {
            let [top, rest] = Layout::vertical([
                Constraint::Length(summary.len() as u16),
                Constraint::Fill(1),
            ])
            .areas(area);
            Paragraph::new(summary).render(top, buf);
            self.render_empty(rest, buf, theme, keymap, lang);
            return;
        }
        // The selected action in full below the table: more on a tall terminal.
        let detail_h = if area.height >= 30 { 7 } else { 5 };
        let detail_h = detail_h.min(area.height / 3);
        let [top, _, table, detail] = Layout::vertical([
            Constraint::Length(summary.len() as u16),
            Constraint::Length(u16::from(area.height >= 30)),
            Constraint::Fill(1),
            Constraint::Length(detail_h),
        ])
        .areas(area);
        Paragraph::new(summary).render(top, buf);
        self.render_table(table, buf, theme, lang);
        self.render_detail(detail, buf, theme, lang);
    }

    /// The dates: start, capacity, effort and end; then each milestone with its caveat.
    fn summary(&self, width: usize, theme: &Theme, lang: Lang) -> Vec<Line<'static>> {
        let v = &self.view;
        let title = t!(lang, "tui-roadmap-title");
        let room = width.saturating_sub(title.chars().count() + 2);
        // A plan that cannot be dated has no end to show.
        let end = match v.impossible {
            Some(_) => t!(lang, "tui-roadmap-no-end"),
            None => lang.date(v.end),
        };
        let start = lang.date(v.start);
        let total = days_in(lang, v.total_days);
        let full = t!(
            lang,
            "tui-roadmap-dates",
            start = &start,
            pace = &v.pace(),
            days = &total,
            end = &end
        );
        let short = t!(
            lang,
            "tui-roadmap-dates-short",
            start = &start,
            end = &end,
            days = &total,
            capacity = &days_in(lang, v.weekly_capacity())
        );
        let dates = if full.chars().count() <= room {
            full
        } else {
            fit(&short, room)
        };
        let mut lines = vec![Line::from(vec![
            Span::styled(format!("{title}  "), theme.title()),
            Span::raw(dates),
        ])];
        for (i, m) in v.milestones.iter().enumerate() {
            // The screen's own short names: the report's are sentences.
            let name = match i {
                0 => t!(lang, "tui-roadmap-stage1"),
                1 => t!(lang, "tui-roadmap-stage2"),
                _ => m.name.clone(),
            };
            let name_w = (name.chars().count() + 1).max(19);
            let date = lang.date(m.date);
            let mut used = name_w + date.chars().count();
            let mut spans = vec![
                Span::styled(format!("{name:<name_w$}"), theme.heading()),
                Span::styled(date, theme.heading()),
            ];
            if m.unassessed > 0 {
                let caveat = format!(
                    "  {}",
                    t!(lang, "tui-roadmap-unassessed", count = m.unassessed)
                );
                let long = format!(
                    "  {}",
                    t!(lang, "tui-roadmap-unassessed-long", count = m.unassessed)
                );
                let text = if used + long.chars().count() <= width {
                    long
                } else {
                    fit(&caveat, width.saturating_sub(used))
                };
                used += text.chars().count();
                spans.push(Span::styled(text, theme.warn()));
            }
            // How the date was reached, cut to the room left when there is enough to read.
            let room = width.saturating_sub(used);
            if room >= 24 {
                spans.push(Span::styled(
                    fit(&format!("  {}", m.basis), room),
                    theme.dim(),
                ));
            }
            lines.push(Line::from(spans));
        }
        lines
    }

    fn render_empty(
        &self,
        area: Rect,
        buf: &mut Buffer,
        theme: &Theme,
        keymap: &Keymap,
        lang: Lang,
    ) {
        let back = keymap
            .key_label(Context::Roadmap, Action::PreviousScreen)
            .unwrap_or_else(|| "esc".into());
        let text = if let Some(why) = &self.view.impossible {
            vec![
                Line::styled(t!(lang, "tui-roadmap-no-dates"), theme.error()),
                Line::raw(""),
                Line::raw(why.clone()),
            ]
        } else if self.answered == 0 {
            vec![
                Line::styled(t!(lang, "tui-roadmap-nothing-answered"), theme.heading()),
                Line::raw(""),
                Line::raw(t!(lang, "tui-roadmap-nothing-answered-how", key = &back)),
            ]
        } else {
            vec![
                Line::styled(
                    t!(lang, "tui-roadmap-nothing-to-remediate"),
                    theme.heading(),
                ),
                Line::raw(""),
                Line::raw(t!(
                    lang,
                    "tui-roadmap-all-at-target",
                    target = &self.target.to_string()
                )),
            ]
        };
        let inner = Rect {
            y: area.y + 1.min(area.height),
            height: area.height.saturating_sub(1),
            ..area
        };
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
    }

    fn render_table(&mut self, area: Rect, buf: &mut Buffer, theme: &Theme, lang: Lang) {
        let wide = area.width >= 110;
        let word = |id: &str| lang.t(id);
        let heads = [
            word("tui-roadmap-column-ref"),
            word("tui-roadmap-column-priority"),
            word(if wide {
                "tui-roadmap-column-effort"
            } else {
                "tui-roadmap-column-effort-short"
            }),
            word("tui-roadmap-column-dates"),
            word("tui-roadmap-column-owner"),
            if wide {
                word("tui-roadmap-column-late")
            } else {
                "!".to_string()
            },
            if wide {
                word("tui-roadmap-column-plan")
            } else {
                String::new()
            },
            word("tui-roadmap-column-action"),
        ];
        let head_w = |i: usize| heads[i].chars().count();
        let (late_word, no_owner) = (word("tui-roadmap-late"), word("tui-roadmap-no-owner"));
        let actions = &self.view.actions;
        let step_w = actions.len().to_string().len().max(2);
        let ref_w = actions
            .iter()
            .map(|a| a.reference.chars().count())
            .max()
            .unwrap_or(3)
            .max(3)
            .max(head_w(0));
        let pri_w = head_w(1).max(3);
        let effort = |a: &ActionRow| {
            if wide {
                t!(
                    lang,
                    "tui-roadmap-effort",
                    effort = a.effort.as_str(),
                    days = &days_in(lang, a.effort_days)
                )
            } else {
                a.effort.to_string()
            }
        };
        let effort_w = actions
            .iter()
            .map(|a| effort(a).chars().count())
            .max()
            .unwrap_or(1)
            .max(if wide { 6 } else { 3 })
            .max(head_w(2));
        let dates_w = 23usize.max(head_w(3));
        let owner_w = match area.width {
            0..=99 => 12,
            100..=139 => 18,
            _ => 26,
        };
        let late_w = if wide {
            head_w(5).max(late_word.chars().count()).max(4)
        } else {
            1
        };
        // A text Gantt bar from the roadmap's start to its end, on wide screens.
        let bar_w = if wide { 16 } else { 0 };
        let spacing = 1;
        let fixed = step_w
            + ref_w
            + pri_w
            + effort_w
            + dates_w
            + owner_w
            + late_w
            + bar_w
            + (7 + usize::from(wide)) * spacing;
        let rec_w = usize::from(area.width).saturating_sub(fixed).max(1);

        let mut cells = vec![Cell::from(format!("{:>step_w$}", "#"))];
        cells.extend(heads.iter().map(|h| Cell::from(h.clone())));
        let header = Row::new(cells).style(theme.heading());
        let (first, last) = (self.view.start, self.view.end);
        let rows: Vec<Row> = actions
            .iter()
            .map(|a| {
                let owner = if a.owner.trim().is_empty() {
                    Cell::from(Span::styled(no_owner.clone(), theme.dim()))
                } else {
                    Cell::from(fit(a.owner.trim(), owner_w))
                };
                let late = if a.late {
                    Span::styled(
                        if wide {
                            late_word.clone()
                        } else {
                            "!".to_string()
                        },
                        theme.warn(),
                    )
                } else {
                    Span::raw("")
                };
                Row::new(vec![
                    Cell::from(format!("{:>step_w$}", a.step)),
                    Cell::from(a.reference.clone()),
                    Cell::from(Span::styled(
                        a.priority.as_str(),
                        theme.priority(a.priority),
                    )),
                    Cell::from(effort(a)),
                    Cell::from(format!("{} → {}", lang.date(a.start), lang.date(a.end))),
                    owner,
                    Cell::from(late),
                    Cell::from(Span::styled(
                        text_bar(first, last, a.start, a.end, bar_w, theme.ascii),
                        if a.late {
                            theme.warn()
                        } else if a.critical {
                            theme.heading()
                        } else {
                            theme.dim()
                        },
                    )),
                    Cell::from(fit(&one_line(&a.recommendation), rec_w)),
                ])
            })
            .collect();
        let widths = [
            Constraint::Length(step_w as u16),
            Constraint::Length(ref_w as u16),
            Constraint::Length(pri_w as u16),
            Constraint::Length(effort_w as u16),
            Constraint::Length(dates_w as u16),
            Constraint::Length(owner_w as u16),
            Constraint::Length(late_w as u16),
            Constraint::Length(bar_w as u16),
            Constraint::Fill(1),
        ];
        self.page = usize::from(area.height.saturating_sub(1)).max(1);
        self.selected = self.selected.min(actions.len().saturating_sub(1));
        self.table.select(Some(self.selected));
        let table = Table::new(rows, widths)
            .header(header)
            .column_spacing(spacing as u16)
            .row_highlight_style(theme.selected());
        StatefulWidget::render(table, area, buf, &mut self.table);
    }

    /// The selected action in full: what, after what, by when, and the recommendation.
    fn render_detail(&self, area: Rect, buf: &mut Buffer, theme: &Theme, lang: Lang) {
        let Some(a) = self.selected_action() else {
            return;
        };
        let block = Block::new().borders(Borders::TOP).border_style(theme.dim());
        let inner = block.inner(area);
        block.render(area, buf);
        let width = usize::from(inner.width);
        let tall = inner.height >= 6;
        let mut lines = vec![Line::from(vec![
            Span::styled(
                fit(
                    &format!("{}  {}", a.questions.join(", "), a.requirement_title),
                    width.saturating_sub(a.phase_title.chars().count() + 3),
                ),
                theme.heading(),
            ),
            Span::styled(format!(" · {}", a.phase_title), theme.dim()),
        ])];
        let (maturity, gap) = (a.maturity.to_string(), a.gap.to_string());
        let effort_days = days_in(lang, a.effort_days);
        let facts = if a.after.is_empty() {
            t!(
                lang,
                "tui-roadmap-facts",
                maturity = &maturity,
                gap = &gap,
                effort = a.effort.as_str(),
                days = &effort_days
            )
        } else {
            t!(
                lang,
                "tui-roadmap-facts-after",
                maturity = &maturity,
                gap = &gap,
                effort = a.effort.as_str(),
                days = &effort_days,
                after = &a.after.join(", ")
            )
        };
        let facts = format!(" · {facts}");
        let label = format!("{} {}", a.priority, a.priority.name_in(lang));
        lines.push(Line::from(vec![
            Span::styled(label.clone(), theme.priority(a.priority)),
            Span::raw(fit(&facts, width.saturating_sub(label.chars().count()))),
        ]));
        // The dates and the owner are in the table row; the due date is only here.
        let mut when = Vec::new();
        if tall {
            when.push(Span::raw(format!(
                "{} → {} · ",
                lang.date(a.start),
                lang.date(a.end)
            )));
            if a.owner.trim().is_empty() {
                when.push(Span::styled(
                    t!(lang, "tui-roadmap-no-owner-yet"),
                    theme.dim(),
                ));
            } else {
                when.push(Span::raw(t!(
                    lang,
                    "tui-roadmap-owner",
                    owner = a.owner.trim()
                )));
            }
        }
        let sep = if tall { " · " } else { "" };
        match a.due {
            Some(due) if a.late => when.push(Span::styled(
                format!(
                    "{sep}{}",
                    t!(
                        lang,
                        "tui-roadmap-due-late",
                        due = &lang.date(due),
                        end = &lang.date(a.end)
                    )
                ),
                theme.warn(),
            )),
            Some(due) => when.push(Span::raw(format!(
                "{sep}{}",
                t!(lang, "tui-roadmap-due", due = &lang.date(due))
            ))),
            None => {
                if let Some(proposed) = a.proposed_due {
                    when.push(Span::styled(
                        format!(
                            "{sep}{}",
                            t!(
                                lang,
                                "tui-roadmap-due-proposed",
                                proposed = &lang.date(proposed)
                            )
                        ),
                        theme.dim(),
                    ));
                }
            }
        }
        if !when.is_empty() {
            lines.push(Line::from(when));
        }
        let room = usize::from(inner.height).saturating_sub(lines.len());
        lines.extend(wrapped(&one_line(&a.text()), width, room));
        Paragraph::new(lines).render(inner, buf);
    }
}

/// Text wrapped to `width`, at most `rows` lines, the last one ending in "…" if cut.
fn wrapped(text: &str, width: usize, rows: usize) -> Vec<Line<'static>> {
    if rows == 0 || width == 0 {
        return Vec::new();
    }
    let all = textwrap::wrap(text, width);
    let mut out: Vec<String> = all.iter().take(rows).map(|l| l.to_string()).collect();
    if all.len() > rows
        && let Some(last) = out.last_mut()
    {
        *last = fit(&format!("{last} …"), width);
    }
    out.into_iter().map(Line::raw).collect()
}

/// Text from a questionnaire may hold line breaks; a table cell shows one line.
/// An action's place in the plan as a bar of `width` characters: the plan runs from `first`
/// to `last`, the action from `start` to `end`; at least one character is filled.
pub fn text_bar(
    first: jiff::civil::Date,
    last: jiff::civil::Date,
    start: jiff::civil::Date,
    end: jiff::civil::Date,
    width: usize,
    ascii: bool,
) -> String {
    if width == 0 {
        return String::new();
    }
    let span = ((last - first).get_days() + 1).max(1) as f64;
    let at = |d: jiff::civil::Date, extra: i32| {
        ((f64::from((d - first).get_days() + extra) / span) * width as f64).clamp(0.0, width as f64)
    };
    let from = at(start, 0).floor() as usize;
    let to = (at(end, 1).ceil() as usize).max(from + 1).min(width);
    let from = from.min(to - 1);
    let (fill, empty) = if ascii { ('#', '.') } else { ('█', '·') };
    (0..width)
        .map(|i| if (from..to).contains(&i) { fill } else { empty })
        .collect()
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Screen for Roadmap {
    fn handle(&mut self, input: Input, cx: &Shared) -> Option<Command> {
        self.act(input.action()?, cx.lang)
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        self.draw(area, buf, cx.theme, cx.keymap, cx.lang);
    }

    fn keys(&self) -> Context {
        Context::Roadmap
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
        &[Context::Roadmap, Context::Global, Context::Export]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_with_an_ellipsis_on_its_last_line() {
        let lines = wrapped("one two three four five six", 9, 2);
        let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(text, ["one two", "three …"]);
        let lines = wrapped("abcdefghijkl mnopq", 8, 1);
        assert_eq!(lines[0].to_string(), "abcdefg…");
        assert_eq!(wrapped("short", 20, 3).len(), 1);
        assert!(wrapped("anything", 20, 0).is_empty());
    }
}

#[cfg(test)]
mod bars {
    use super::text_bar;
    use jiff::civil::date;

    #[test]
    fn a_text_bar_sits_where_the_action_does_in_the_plan() {
        let (first, last) = (date(2027, 1, 1), date(2027, 1, 10));
        assert_eq!(
            text_bar(first, last, first, date(2027, 1, 5), 10, true),
            "#####....."
        );
        assert_eq!(
            text_bar(first, last, date(2027, 1, 10), last, 10, true),
            ".........#"
        );
        // A one-day action in a long plan still shows.
        let long = date(2030, 1, 1);
        assert_eq!(
            text_bar(first, long, date(2028, 6, 1), date(2028, 6, 1), 8, false)
                .chars()
                .filter(|c| *c == '█')
                .count(),
            1
        );
    }
}
