//! The assessment's details and roadmap settings as a form over the dashboard: what
//! `aimsgap set` changes, with the same rules (`assessment::DetailsChange`). Only the fields
//! changed here are sent, so a field another program set meanwhile is kept.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::command::Command;
use super::form::{EntryForm, EntryOutcome};
use super::keymap::{Action, Context, Keymap};
use super::screen::Input;
use super::theme::Theme;
use crate::assessment::{Assessment, DetailsChange, parse_date_in};
use crate::i18n::Lang;
use crate::scoring::days;
use crate::t;

const ORGANISATION: &str = "Organisation";
const SCOPE: &str = "Scope";
const ASSESSOR: &str = "Assessor";
const TARGET: &str = "Target maturity";
const DATE: &str = "Assessment date";
const START: &str = "Roadmap start";
const CAPACITY: &str = "Capacity (person-days/week)";
const EFFORT: &str = "Effort (person-days)";
const CYCLE: &str = "Audit cycle (weeks)";
const LANGUAGE: &str = "Language";

#[derive(Debug, Clone)]
pub struct Details {
    pub form: EntryForm,
    /// The values the form opened with: only those changed are sent.
    opened: Vec<String>,
    max_level: u8,
    lang: Lang,
}

/// The message of each field's label on screen, by its name.
fn label_id(name: &str) -> &'static str {
    match name {
        ORGANISATION => "tui-details-organisation",
        SCOPE => "tui-details-scope",
        ASSESSOR => "tui-details-assessor",
        TARGET => "tui-details-target",
        DATE => "tui-details-date",
        START => "tui-details-start",
        CAPACITY => "tui-details-capacity",
        EFFORT => "tui-details-effort",
        CYCLE => "tui-details-cycle",
        _ => "tui-details-language",
    }
}

pub enum DetailsOutcome {
    Save(Box<Command>),
    Cancel,
}

impl Details {
    /// The form with its words in `lang`, the screens' language (the values are typed as
    /// `aimsgap set` reads them, whatever the language).
    pub fn new(a: &Assessment, max_level: u8, lang: Lang) -> Details {
        let e = &a.effort;
        let fields = vec![
            (ORGANISATION, a.organisation.clone()),
            (SCOPE, a.scope.clone()),
            (ASSESSOR, a.assessor.clone()),
            (TARGET, a.target.to_string()),
            (DATE, a.date.to_string()),
            (START, a.roadmap_start.to_string()),
            (CAPACITY, days(a.capacity)),
            (
                EFFORT,
                format!("S={},M={},L={}", days(e.s), days(e.m), days(e.l)),
            ),
            (CYCLE, days(a.audit_cycle_weeks)),
            (LANGUAGE, a.lang.code().to_string()),
        ];
        let opened = fields.iter().map(|(_, v)| v.clone()).collect();
        let labels = fields
            .iter()
            .map(|(name, _)| lang.t(label_id(name)))
            .collect();
        Details {
            form: EntryForm::new(
                format!(
                    " {} ",
                    t!(lang, "tui-details-title", id = &a.id.to_string())
                ),
                fields,
            )
            .with_labels(lang, labels),
            opened,
            max_level,
            lang,
        }
    }

    pub fn keys(&self) -> Context {
        self.form.keys()
    }

    pub fn action(&self, keymap: &Keymap, key: &KeyEvent) -> Option<Action> {
        self.form.action(keymap, key)
    }

    pub fn handle(&mut self, input: Input, keymap: &Keymap) -> Option<DetailsOutcome> {
        let values = match self.form.handle(input, keymap)? {
            EntryOutcome::Cancel => return Some(DetailsOutcome::Cancel),
            EntryOutcome::Submit(values) => values,
        };
        match self.change(&values) {
            Ok(change) if change.is_empty() => Some(DetailsOutcome::Cancel),
            Ok(change) => Some(DetailsOutcome::Save(Box::new(Command::SaveDetails(change)))),
            Err((field, why)) => {
                self.form.focus(field);
                self.form.error = Some(t!(
                    self.lang,
                    "tui-details-not-saved",
                    field = &self.form.label_of(field),
                    why = &why
                ));
                None
            }
        }
    }

    /// The change the typed values make: only the fields changed, each read as `aimsgap
    /// set` reads its option; (field, why) when one does not read.
    fn change(&self, values: &[String]) -> Result<DetailsChange, (&'static str, String)> {
        let mut change = DetailsChange::default();
        for (((label, _), value), opened) in self.form.fields.iter().zip(values).zip(&self.opened) {
            if value.trim() == opened.trim() {
                continue;
            }
            let v = value.trim();
            let lang = self.lang;
            let number = |id: &str| -> Result<f64, (&'static str, String)> {
                v.replace(',', ".")
                    .parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite())
                    .ok_or((*label, t!(lang, id, typed = v)))
            };
            match *label {
                ORGANISATION => change.organisation = Some(v.to_string()),
                SCOPE => change.scope = Some(v.to_string()),
                ASSESSOR => change.assessor = Some(v.to_string()),
                TARGET => {
                    change.target = Some(v.parse().map_err(|_| {
                        (
                            *label,
                            t!(
                                lang,
                                "tui-details-not-a-level",
                                typed = v,
                                max = &self.max_level.to_string()
                            ),
                        )
                    })?)
                }
                DATE => change.date = Some(parse_date_in(lang, v).map_err(|e| (*label, e))?),
                START => {
                    change.roadmap_start = Some(parse_date_in(lang, v).map_err(|e| (*label, e))?)
                }
                CAPACITY => change.capacity = Some(number("tui-details-not-person-days")?),
                EFFORT => change.effort = Some(v.to_string()),
                CYCLE => change.audit_cycle_weeks = Some(number("tui-details-not-weeks")?),
                LANGUAGE => change.lang = Some(Lang::choose_in(v, lang).map_err(|e| (*label, e))?),
                _ => {}
            }
        }
        Ok(change)
    }

    /// The store refused the change: the form stays open and says why, on the field named.
    pub fn refused(&mut self, why: &str) {
        let lower = why.to_lowercase();
        let field = [
            ("organisation", ORGANISATION),
            ("scope", SCOPE),
            ("assessor", ASSESSOR),
            ("target", TARGET),
            ("roadmap", START),
            ("capacity", CAPACITY),
            ("effort", EFFORT),
            ("audit", CYCLE),
            ("language", LANGUAGE),
            ("date", DATE),
        ]
        .into_iter()
        .find(|(word, _)| lower.contains(word));
        if let Some((_, f)) = field {
            self.form.focus(f);
        }
        self.form.error = Some(why.to_string());
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: &Theme, keymap: &Keymap) {
        self.form.render(area, buf, theme, keymap);
    }
}
