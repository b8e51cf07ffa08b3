//! Home: the assessments in the database, and creating, opening, re-assessing and deleting.

use jiff::civil::Date;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::command::{Command, Message};
use super::form::{Form, FormOutcome};
use super::keymap::{Action, Context, Keymap};
use super::modal::YesNo;
use super::screen::{Input, Reply, Screen, Shared};
use super::theme::Theme;
use crate::i18n::Lang;
use crate::overview;
use crate::questionnaire::catalog::Catalog;
use crate::scoring::percent_in;
use crate::t;

/// One assessment as listed.
#[derive(Debug, Clone)]
pub struct HomeRow {
    pub id: i64,
    pub organisation: String,
    pub scope: String,
    pub assessor: String,
    /// `None` when the stored date does not read (the row is damaged).
    pub date: Option<Date>,
    pub target: u8,
    pub questionnaire: String,
    pub answered: usize,
    pub applicable: usize,
    pub coverage: Option<f64>,
    pub readiness: Option<f64>,
    /// Why the figures could not be computed, if they could not.
    pub problem: Option<String>,
    /// Merge conflicts nobody has resolved yet.
    pub conflicts: usize,
}

#[derive(Debug, Default)]
pub struct Home {
    pub rows: Vec<HomeRow>,
    pub selected: usize,
    pub form: Option<Form>,
    /// An assessment waiting for delete confirmation.
    pub confirm_delete: Option<i64>,
    /// The first row on screen.
    offset: usize,
    /// The language of the screens' words: follows [`Shared::lang`] at every frame and key.
    pub lang: Lang,
}

impl Home {
    /// Shows the list as the application read it (see `overview::list`), keeping the
    /// selected assessment selected.
    pub fn show(&mut self, listed: Vec<overview::Listed>) {
        let keep = self.rows.get(self.selected).map(|r| r.id);
        self.rows = listed
            .into_iter()
            .map(|l| {
                let a = l.assessment;
                let mut row = HomeRow {
                    id: a.id,
                    organisation: a.organisation,
                    scope: a.scope,
                    assessor: a.assessor,
                    date: a.date,
                    target: a.target,
                    questionnaire: a.questionnaire.id,
                    answered: 0,
                    applicable: 0,
                    coverage: None,
                    readiness: None,
                    problem: None,
                    conflicts: a.conflicts,
                };
                match l.figures {
                    Ok(f) => {
                        row.answered = f.answered;
                        row.applicable = f.applicable;
                        row.coverage = f.coverage();
                        row.readiness = f.readiness();
                    }
                    Err(e) => row.problem = Some(e),
                }
                row
            })
            .collect();
        if let Some(id) = keep {
            self.select_id(id);
        }
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    pub fn select_id(&mut self, id: i64) {
        if let Some(i) = self.rows.iter().position(|r| r.id == id) {
            self.selected = i;
        }
    }

    fn act(&mut self, action: Action, catalog: &Catalog) -> Option<Command> {
        let n = self.rows.len();
        match action {
            Action::Down => self.selected = (self.selected + 1).min(n.saturating_sub(1)),
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = n.saturating_sub(1),
            Action::New => {
                let ids: Vec<String> = catalog
                    .list()
                    .into_iter()
                    .filter(|l| !l.shadowed)
                    .filter_map(|l| l.result.ok().map(|q| q.id))
                    .collect();
                let mut form = Form::new(ids);
                form.lang = self.lang;
                self.form = Some(form);
            }
            Action::Open => return self.rows.get(self.selected).map(|r| Command::Open(r.id)),
            Action::Conflicts => {
                let r = self.rows.get(self.selected)?;
                return Some(if r.conflicts > 0 {
                    Command::OpenConflicts(r.id)
                } else {
                    Command::Notify(Message::info(t!(
                        self.lang,
                        "tui-home-no-conflicts",
                        id = &r.id.to_string()
                    )))
                });
            }
            Action::Duplicate => {
                let r = self.rows.get(self.selected)?;
                let mut form =
                    Form::reassessment(r.id, &r.organisation, &r.scope, &r.assessor, r.target);
                form.lang = self.lang;
                self.form = Some(form);
            }
            Action::Delete => {
                let r = self.rows.get(self.selected)?;
                self.confirm_delete = Some(r.id);
            }
            _ => {}
        }
        None
    }

    /// The list as a table. Drawn here rather than with ratatui's `Table`: that widget's
    /// column solver and per-cell layout, run cold, were a third of the start-up's budget
    /// over a bare program (0.45 ms of the first frame), for columns that are fixed but one
    /// or two.
    fn render_table(&mut self, area: Rect, buf: &mut Buffer, theme: &Theme, keymap: &Keymap) {
        const SPACING: u16 = 2;
        // answered, coverage, readiness
        const FIGURES: [u16; 3] = [9, 8, 9];
        // Merge conflicts are work left for a person: the title counts them, whatever the
        // width leaves of the row's name.
        let lang = self.lang;
        let open: usize = self.rows.iter().map(|r| r.conflicts).sum();
        let title = match open {
            0 => t!(lang, "tui-home-title"),
            n => {
                let key = keymap
                    .key_label(Context::Home, Action::Conflicts)
                    .map(|k| t!(lang, "tui-home-conflicts-key", key = &k))
                    .unwrap_or_default();
                t!(lang, "tui-home-title-conflicts", count = n, key = &key)
            }
        };
        let title = format!(" {title} ");
        let block = Block::bordered().title(title);
        let inner = block.inner(area);
        block.render(area, buf);
        // Fixed columns, and the organisation (and scope, when there is room) sharing the
        // rest two to three.
        let wide = area.width >= 110;
        let fixed: u16 = 4 + 10 + FIGURES.iter().sum::<u16>();
        let gaps = if wide { 6 } else { 5 } * SPACING;
        let rest = inner.width.saturating_sub(fixed + gaps);
        let (organisation, scope) = if wide {
            (rest * 2 / 5, rest - rest * 2 / 5)
        } else {
            (rest, 0)
        };
        let mut widths = vec![4, 10, organisation];
        if wide {
            widths.push(scope);
        }
        widths.extend(FIGURES);
        let word = |id: &str| lang.t(id);
        let mut header = vec![
            word("tui-home-id"),
            word("tui-home-date"),
            word("tui-home-organisation"),
        ];
        if wide {
            header.push(word("tui-home-scope"));
        }
        header.extend(
            [
                "tui-home-answered",
                "tui-home-coverage",
                "tui-home-readiness",
            ]
            .map(word),
        );
        // Cells left to right; a cell given more than its column's width spans the next.
        let line = |buf: &mut Buffer, y: u16, cells: &[(&str, Style, u16)]| {
            let mut x = inner.x;
            for (text, style, width) in cells {
                let width = (*width).min(inner.right().saturating_sub(x));
                buf.set_stringn(x, y, text, usize::from(width), *style);
                x = x.saturating_add(width + SPACING).min(inner.right());
            }
        };
        if inner.height == 0 {
            return;
        }
        let heading: Vec<(&str, Style, u16)> = header
            .iter()
            .zip(&widths)
            .map(|(h, w)| (h.as_str(), Style::new(), *w))
            .collect();
        buf.set_style(Rect { height: 1, ..inner }, theme.heading());
        line(buf, inner.y, &heading);
        // Only the rows that fit are drawn, scrolled to keep the selection in view: years of
        // assessments cost no more to draw than a screenful.
        let fit = usize::from(inner.height.saturating_sub(1)).max(1);
        self.offset = self.offset.min(self.rows.len().saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + fit {
            self.offset = self.selected + 1 - fit;
        }
        let end = self.rows.len().min(self.offset + fit);
        let conflicts_key = keymap
            .key_label(Context::Home, Action::Conflicts)
            .map(|k| format!(" ({k})"))
            .unwrap_or_default();
        for (n, r) in self.rows[self.offset..end].iter().enumerate() {
            let y = inner.y + 1 + n as u16;
            if y >= inner.bottom() {
                break;
            }
            let date = r.date.map_or_else(|| "?".to_string(), |d| lang.date(d));
            let id = r.id.to_string();
            let figures = [
                format!("{}/{}", r.answered, r.applicable),
                percent_in(lang, r.coverage),
                percent_in(lang, r.readiness),
            ];
            // An assessment a merge left conflicts in says so, after its name.
            let organisation = match r.conflicts {
                0 => r.organisation.clone(),
                n => format!(
                    "{} · {}{conflicts_key}",
                    r.organisation,
                    t!(lang, "tui-header-conflicts", count = n)
                ),
            };
            let mut texts = vec![id.as_str(), date.as_str(), organisation.as_str()];
            if wide {
                texts.push(r.scope.as_str());
            }
            let mut cells: Vec<(&str, Style, u16)> = texts
                .into_iter()
                .zip(&widths)
                .map(|(t, w)| (t, Style::new(), *w))
                .collect();
            match &r.problem {
                // Why the figures are missing, across their three columns.
                Some(p) => cells.push((
                    p.as_str(),
                    theme.error(),
                    FIGURES.iter().sum::<u16>() + 2 * SPACING,
                )),
                None => cells.extend(
                    figures
                        .iter()
                        .zip(FIGURES)
                        .map(|(f, w)| (f.as_str(), Style::new(), w)),
                ),
            }
            if self.offset + n == self.selected {
                buf.set_style(
                    Rect {
                        y,
                        height: 1,
                        ..inner
                    },
                    theme.selected(),
                );
            }
            line(buf, y, &cells);
        }
    }

    fn draw(&mut self, area: Rect, buf: &mut Buffer, theme: &Theme, keymap: &Keymap) {
        let lang = self.lang;
        if self.rows.is_empty() {
            let new = keymap
                .key_label(Context::Home, Action::New)
                .unwrap_or_default();
            let text = vec![
                Line::raw(""),
                Line::styled(t!(lang, "tui-home-empty"), theme.heading()),
                Line::raw(""),
                key_line(&t!(lang, "tui-home-empty-start", key = KEY), new, theme),
            ];
            Paragraph::new(text)
                .wrap(Wrap { trim: true })
                .block(Block::bordered().title(format!(" {} ", t!(lang, "tui-home-title"))))
                .render(area, buf);
        } else {
            self.render_table(area, buf, theme, keymap);
        }
        if let Some(form) = &self.form {
            form.render(area, buf, theme, keymap);
        }
        if let Some(id) = self.confirm_delete {
            let org = self
                .rows
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.organisation.clone())
                .unwrap_or_default();
            let mut ask = YesNo::new(
                format!(" {} ", t!(lang, "tui-home-delete-title")),
                t!(
                    lang,
                    "tui-home-delete",
                    id = &id.to_string(),
                    organisation = &org
                ),
                t!(lang, "tui-home-delete-yes"),
                t!(lang, "tui-home-delete-no"),
            );
            ask.detail.push(t!(lang, "tui-home-delete-detail"));
            ask.render(area, buf, theme, keymap);
        }
    }
}

/// Stands for a key in a message, to be drawn in the key's style: see [`key_line`].
const KEY: &str = "\u{1}";

/// `text` with its [`KEY`] drawn as `key`, in the key's style.
fn key_line(text: &str, key: String, theme: &Theme) -> Line<'static> {
    let (before, after) = text.split_once(KEY).unwrap_or((text, ""));
    Line::from(vec![
        Span::raw(before.to_string()),
        Span::styled(key, theme.key()),
        Span::raw(after.to_string()),
    ])
}

impl Screen for Home {
    fn keys(&self) -> Context {
        match &self.form {
            _ if self.confirm_delete.is_some() => Context::Confirm,
            Some(form) => form.keys(),
            None => Context::Home,
        }
    }

    fn action(&self, keymap: &Keymap, key: &KeyEvent) -> Option<Action> {
        match &self.form {
            Some(form) if self.confirm_delete.is_none() => form.action(keymap, key),
            _ => keymap.action(self.keys(), key),
        }
    }

    fn takes_text(&self) -> bool {
        self.confirm_delete.is_none() && self.form.as_ref().is_some_and(Form::takes_text)
    }

    fn handle(&mut self, input: Input, cx: &Shared) -> Option<Command> {
        self.lang = cx.lang;
        if let Some(form) = &mut self.form {
            form.lang = cx.lang;
        }
        if let Some(id) = self.confirm_delete {
            return match YesNo::answer(input.action()) {
                Some(true) => {
                    self.confirm_delete = None;
                    Some(Command::Delete(id))
                }
                Some(false) => {
                    self.confirm_delete = None;
                    Some(Command::Notify(Message::info(t!(
                        self.lang,
                        "tui-home-nothing-deleted"
                    ))))
                }
                _ => None,
            };
        }
        if let Some(form) = &mut self.form {
            return match form.handle(input, cx.keymap, cx.today)? {
                FormOutcome::Cancel => {
                    self.form = None;
                    None
                }
                FormOutcome::Submit(command) => Some(*command),
            };
        }
        self.act(input.action()?, cx.catalog)
    }

    fn reply(&mut self, reply: Reply, _cx: &Shared) {
        match reply {
            Reply::Created(_) => self.form = None,
            Reply::Copied(id) => {
                self.form = None;
                self.select_id(id);
            }
            _ => {}
        }
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        self.lang = cx.lang;
        if let Some(form) = &mut self.form {
            form.lang = cx.lang;
        }
        self.draw(area, buf, cx.theme, cx.keymap);
    }

    fn hints(&self) -> &'static [Action] {
        match self.keys() {
            Context::Home => &[
                Action::Open,
                Action::New,
                Action::Duplicate,
                Action::Delete,
                Action::Help,
                Action::Quit,
            ],
            other => super::screen::shared_hints(other),
        }
    }

    fn help(&self) -> &'static [Context] {
        &[
            Context::Home,
            Context::Global,
            Context::Form,
            Context::Confirm,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, organisation: &str, scope: &str) -> HomeRow {
        HomeRow {
            id,
            organisation: organisation.into(),
            scope: scope.into(),
            assessor: String::new(),
            date: Some(jiff::civil::date(2026, 5, 4)),
            target: 3,
            questionnaire: "iso42001".into(),
            answered: 12,
            applicable: 136,
            coverage: Some(12.0 / 136.0),
            readiness: Some(0.0),
            problem: None,
            conflicts: 0,
        }
    }

    fn draw(home: &mut Home, width: u16, height: u16) -> Buffer {
        let area = Rect::new(0, 0, width, height);
        let mut buf = Buffer::empty(area);
        let theme = Theme {
            color: true,
            presenter: false,
            ..Theme::default()
        };
        home.render_table(area, &mut buf, &theme, &Keymap::default());
        buf
    }

    fn text(buf: &Buffer, y: u16) -> String {
        (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
    }

    #[test]
    fn the_table_keeps_each_value_in_its_column_and_marks_the_selection() {
        let long = "Northwind Traders and Associated Logistics Companies International Ltd";
        let mut home = Home {
            rows: vec![row(2, long, "Chatbot"), row(1, "Contoso", "")],
            selected: 1,
            ..Home::default()
        };
        // Narrow: no scope column; the long name stops before the figures.
        let buf = draw(&mut home, 80, 6);
        let header = text(&buf, 1);
        assert!(
            header.contains("organisation") && !header.contains("scope"),
            "{header}"
        );
        let first = text(&buf, 2);
        let answered = header.find("answered").unwrap();
        assert_eq!(first.find("12/136"), Some(answered), "{first}");
        assert!(
            first.contains("Northwind Traders") && !first.contains("Ltd"),
            "{first}"
        );
        assert!(first.contains("9%") && first.contains("0%"), "{first}");
        // The selected row is highlighted across the table, the other not.
        let selected = home.rows.len() as u16; // row 1 of 2 → screen line 3
        let theme = Theme {
            color: true,
            presenter: false,
            ..Theme::default()
        };
        assert_eq!(buf[(40, selected + 1)].bg, theme.selected().bg.unwrap());
        assert_ne!(buf[(40, 2)].bg, theme.selected().bg.unwrap());
        // Wide: the scope gets a column of its own, after the organisation.
        let buf = draw(&mut home, 130, 6);
        let header = text(&buf, 1);
        let (org, scope) = (
            header.find("organisation").unwrap(),
            header.find("scope").unwrap(),
        );
        assert!(org < scope, "{header}");
        assert_eq!(text(&buf, 2).find("Chatbot"), Some(scope));
    }

    #[test]
    fn a_row_whose_figures_cannot_be_computed_says_why_in_their_place() {
        let mut broken = row(3, "Fabrikam", "");
        broken.problem = Some("questionnaire not found".into());
        let mut home = Home {
            rows: vec![broken],
            ..Home::default()
        };
        let buf = draw(&mut home, 80, 4);
        let line = text(&buf, 2);
        let answered = text(&buf, 1).find("answered").unwrap();
        assert_eq!(
            line.find("questionnaire not found"),
            Some(answered),
            "{line}"
        );
    }
}
