//! Home: the assessments in the database, and creating, opening, re-assessing and deleting.

use jiff::civil::Date;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Cell, Clear, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use super::app::{Command, Message, Today};
use super::form::{Form, FormOutcome};
use super::keymap::{Action, Context, Keymap};
use super::theme::Theme;
use crate::overview;
use crate::questionnaire::catalog::Catalog;
use crate::scoring::percent;
use crate::store::{Store, StoreError};

/// One assessment as listed.
#[derive(Debug, Clone)]
pub struct HomeRow {
    pub id: i64,
    pub organisation: String,
    pub scope: String,
    pub assessor: String,
    pub date: Date,
    pub target: u8,
    pub questionnaire: String,
    pub answered: usize,
    pub applicable: usize,
    pub coverage: Option<f64>,
    pub readiness: Option<f64>,
    /// Why the figures could not be computed, if they could not.
    pub problem: Option<String>,
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
    table: TableState,
}

impl Home {
    /// Reloads the list. The figures come from the store when they still hold (see
    /// `overview`), so this costs about the same with one assessment or years of them.
    pub fn reload(&mut self, store: &mut Store, catalog: &Catalog) -> Result<(), StoreError> {
        let keep = self.rows.get(self.selected).map(|r| r.id);
        self.rows = overview::list(store, catalog)?
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
        Ok(())
    }

    pub fn select_id(&mut self, id: i64) {
        if let Some(i) = self.rows.iter().position(|r| r.id == id) {
            self.selected = i;
        }
    }

    pub fn is_modal(&self) -> bool {
        self.form.is_some() || self.confirm_delete.is_some()
    }

    pub fn modal_context(&self) -> Context {
        if self.confirm_delete.is_some() {
            Context::Confirm
        } else {
            Context::Form
        }
    }

    pub fn handle_modal_key(
        &mut self,
        key: &KeyEvent,
        keymap: &Keymap,
        _catalog: &Catalog,
        today: Today,
    ) -> Option<Command> {
        if let Some(id) = self.confirm_delete {
            return match keymap.action(Context::Confirm, key) {
                Some(Action::Yes) => {
                    self.confirm_delete = None;
                    Some(Command::Delete(id))
                }
                Some(Action::No) => {
                    self.confirm_delete = None;
                    Some(Command::Notify(Message::info("Nothing deleted")))
                }
                _ => None,
            };
        }
        let form = self.form.as_mut()?;
        match form.handle_key(key, keymap, today)? {
            FormOutcome::Cancel => {
                self.form = None;
                None
            }
            FormOutcome::Submit(command) => Some(command),
        }
    }

    pub fn act(&mut self, action: Action, catalog: &Catalog) -> Option<Command> {
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
                self.form = Some(Form::new(ids));
            }
            Action::Open => return self.rows.get(self.selected).map(|r| Command::Open(r.id)),
            Action::Duplicate => {
                let r = self.rows.get(self.selected)?;
                self.form = Some(Form::reassessment(
                    r.id,
                    &r.organisation,
                    &r.scope,
                    &r.assessor,
                    r.target,
                ));
            }
            Action::Delete => {
                let r = self.rows.get(self.selected)?;
                self.confirm_delete = Some(r.id);
            }
            _ => {}
        }
        None
    }

    pub fn render(&mut self, area: Rect, buf: &mut Buffer, theme: &Theme, keymap: &Keymap) {
        if self.rows.is_empty() {
            let new = keymap
                .key_label(Context::Home, Action::New)
                .unwrap_or_default();
            let text = vec![
                Line::raw(""),
                Line::styled("No assessments yet.", theme.heading()),
                Line::raw(""),
                Line::from(vec![
                    Span::raw("Press "),
                    Span::styled(new, theme.key()),
                    Span::raw(" to start one, or run `aimsgap demo` to see a sample."),
                ]),
            ];
            Paragraph::new(text)
                .wrap(Wrap { trim: true })
                .block(Block::bordered().title(" Assessments "))
                .render(area, buf);
        } else {
            let wide = area.width >= 110;
            let mut header = vec!["id", "date", "organisation"];
            if wide {
                header.push("scope");
            }
            header.extend(["answered", "coverage", "readiness"]);
            // Only the rows that fit are built, scrolled as the table would scroll them: years
            // of assessments cost no more to draw than a screenful.
            let fit = usize::from(area.height.saturating_sub(3)).max(1);
            self.offset = self.offset.min(self.rows.len().saturating_sub(1));
            if self.selected < self.offset {
                self.offset = self.selected;
            } else if self.selected >= self.offset + fit {
                self.offset = self.selected + 1 - fit;
            }
            let shown = &self.rows[self.offset..self.rows.len().min(self.offset + fit)];
            let rows: Vec<Row> = shown
                .iter()
                .map(|r| {
                    let mut cells = vec![
                        Cell::from(r.id.to_string()),
                        Cell::from(r.date.to_string()),
                        Cell::from(r.organisation.clone()),
                    ];
                    if wide {
                        cells.push(Cell::from(r.scope.clone()));
                    }
                    match &r.problem {
                        Some(p) => cells.push(Cell::from(Span::styled(p.clone(), theme.error()))),
                        None => cells.extend([
                            Cell::from(format!("{}/{}", r.answered, r.applicable)),
                            Cell::from(percent(r.coverage)),
                            Cell::from(percent(r.readiness)),
                        ]),
                    }
                    Row::new(cells)
                })
                .collect();
            let mut widths = vec![
                Constraint::Length(4),
                Constraint::Length(10),
                Constraint::Fill(2),
            ];
            if wide {
                widths.push(Constraint::Fill(3));
            }
            widths.extend([
                Constraint::Length(9),
                Constraint::Length(8),
                Constraint::Length(9),
            ]);
            let table = Table::new(rows, widths)
                .header(Row::new(header).style(theme.heading()))
                .row_highlight_style(theme.selected())
                .block(Block::bordered().title(" Assessments "))
                .column_spacing(2);
            self.table = TableState::new().with_selected(Some(self.selected - self.offset));
            StatefulWidget::render(table, area, buf, &mut self.table);
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
            let yes = keymap
                .key_label(Context::Confirm, Action::Yes)
                .unwrap_or_default();
            let no = keymap
                .key_label(Context::Confirm, Action::No)
                .unwrap_or_default();
            let width = area.width.saturating_sub(4).min(64);
            let rect = Rect {
                x: area.x + (area.width - width) / 2,
                y: area.y + area.height.saturating_sub(7) / 2,
                width,
                height: 7.min(area.height),
            };
            Clear.render(rect, buf);
            Paragraph::new(vec![
                Line::styled(
                    format!(
                        "Delete assessment {id} ({org}) with all its answers and their history?"
                    ),
                    theme.heading(),
                ),
                Line::raw("This cannot be undone."),
                Line::raw(""),
                Line::from(vec![
                    Span::styled(yes, theme.key()),
                    Span::raw(" delete   "),
                    Span::styled(no, theme.key()),
                    Span::raw(" keep it"),
                ]),
            ])
            .wrap(Wrap { trim: false })
            .block(
                Block::bordered()
                    .title(" Delete? ")
                    .border_style(theme.error()),
            )
            .render(rect, buf);
        }
    }
}
