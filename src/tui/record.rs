//! The engagement record screen: document control and sign-off, attendees, and the documents
//! reviewed with the answers each supports (the evidence index), the AI systems in scope and the
//! risk register. Attendees, documents, AI systems and risks are added, edited and removed here
//! (the same rules as `aimsgap attendee`, `document`, `system` and `risk`); document control and
//! sign-off are set with `aimsgap set`.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::command::{Command, Message, View};
use super::form::{EntryForm, EntryOutcome};
use super::keymap::{Action, Context, Keymap};
use super::modal::YesNo;
use super::screen::{Input, Reply, Screen, Shared};
use super::theme::Theme;
use crate::engagement::{self, Engagement};
use crate::i18n::Lang;
use crate::printable::fit;
use crate::session::Session;
use crate::t;

/// An attendee, a document or an AI system of the record, by number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Attendee(u32),
    Document(u32),
    System(u32),
    Risk(u32),
}

impl Entry {
    /// `A2`, `D3`.
    pub fn reference(self) -> String {
        match self {
            Entry::Attendee(n) => format!("A{n}"),
            Entry::Document(n) => format!("D{n}"),
            Entry::System(n) => format!("S{n}"),
            Entry::Risk(n) => format!("R{n}"),
        }
    }

    /// `A2 Dana Reyes`, `D3 AI policy`: how messages name it.
    pub fn describe(self, e: &Engagement) -> String {
        let name = match self {
            Entry::Attendee(n) => e.attendee(n).map(|a| a.name.clone()),
            Entry::Document(n) => e
                .documents
                .iter()
                .find(|d| d.number == n)
                .map(|d| d.title.clone()),
            Entry::System(n) => e
                .systems
                .iter()
                .find(|s| s.number == n)
                .map(|s| s.name.clone()),
            Entry::Risk(n) => e.risk(n).map(|r| r.title.clone()),
        };
        match name {
            Some(name) => format!("{} {}", self.reference(), fit(&name, 40)),
            None => self.reference(),
        }
    }
}

/// What the open form edits: a new attendee, document or AI system, or one already recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Editing {
    Attendee(Option<u32>),
    Document(Option<u32>),
    System(Option<u32>),
    Risk(Option<u32>),
}

#[derive(Debug)]
pub struct Record {
    pub scroll: u16,
    /// The screen it was opened from, and goes back to.
    pub from: View,
    /// The selected entry, by position: attendees first, then documents, then AI systems.
    pub selected: usize,
    form: Option<(Editing, EntryForm)>,
    /// An entry waiting for a yes before it is removed.
    pub confirm_remove: Option<Entry>,
    /// The language of the screens' words: follows [`Shared::lang`] at every frame and key.
    pub lang: Lang,
}

impl Record {
    pub fn new(from: View) -> Record {
        Record {
            scroll: 0,
            from,
            selected: 0,
            form: None,
            confirm_remove: None,
            lang: Lang::En,
        }
    }

    /// The open form, if any (tests read its error).
    pub fn form(&self) -> Option<&EntryForm> {
        self.form.as_ref().map(|(_, f)| f)
    }

    /// Attendees, then documents, then AI systems, as listed.
    fn entries(e: &Engagement) -> Vec<Entry> {
        e.attendees
            .iter()
            .map(|a| Entry::Attendee(a.number))
            .chain(e.documents.iter().map(|d| Entry::Document(d.number)))
            .chain(e.systems.iter().map(|s| Entry::System(s.number)))
            .chain(e.risks.iter().map(|r| Entry::Risk(r.number)))
            .collect()
    }

    pub fn selected_entry(&self, session: &Session) -> Option<Entry> {
        Record::entries(&session.engagement)
            .get(self.selected)
            .copied()
    }

    fn act(&mut self, action: Action, session: &Session, keymap: &Keymap) -> Option<Command> {
        let e = &session.engagement;
        let n = Record::entries(e).len();
        let changes = matches!(
            action,
            Action::AddAttendee
                | Action::AddDocument
                | Action::AddSystem
                | Action::AddRisk
                | Action::Edit
                | Action::Remove
        );
        if changes && e.is_final() {
            let e = crate::store::StoreError::Final {
                id: Some(session.assessment.id),
            };
            return Some(Command::Notify(Message::error(e.message_in(self.lang))));
        }
        if let Some(to) = super::screen::moved(self.selected, action, n, 10) {
            self.selected = to;
            if action == Action::Top {
                self.scroll = 0;
            }
            return None;
        }
        match action {
            Action::ScrollDown => self.scroll = self.scroll.saturating_add(1),
            Action::ScrollUp => self.scroll = self.scroll.saturating_sub(1),
            Action::AddAttendee => {
                self.form = Some((
                    Editing::Attendee(None),
                    attendee_form(self.lang, None, "", ""),
                ));
            }
            Action::AddDocument => {
                self.form = Some((
                    Editing::Document(None),
                    document_form(self.lang, None, "", "", ""),
                ));
            }
            Action::AddSystem => {
                self.form = Some((Editing::System(None), system_form(self.lang, None, None)));
            }
            Action::AddRisk => {
                self.form = Some((Editing::Risk(None), risk_form(self.lang, None, "", "")));
            }
            Action::Suggestions => return Some(Command::ShowSuggestions),
            Action::Edit | Action::Remove => {
                let Some(entry) = self.selected_entry(session) else {
                    let key = |a| keymap.key_label(Context::Record, a).unwrap_or_default();
                    return Some(Command::Notify(Message::info(t!(
                        self.lang,
                        "tui-record-nothing",
                        attendee = &key(Action::AddAttendee),
                        document = &key(Action::AddDocument),
                        system = &key(Action::AddSystem),
                        risk = &key(Action::AddRisk)
                    ))));
                };
                if action == Action::Remove {
                    // A risk a control's reason names stays: say which controls.
                    if let Entry::Risk(n) = entry {
                        let controls = treating(n, session);
                        if !controls.is_empty() {
                            let e = crate::store::StoreError::RiskCited {
                                id: session.assessment.id,
                                risk: entry.reference(),
                                controls: controls.iter().map(|c| c.to_string()).collect(),
                            };
                            return Some(Command::Notify(Message::error(t!(
                                self.lang,
                                "tui-not-removed",
                                reason = &e.to_string()
                            ))));
                        }
                    }
                    self.confirm_remove = Some(entry);
                    return None;
                }
                match entry {
                    Entry::Attendee(n) => {
                        let a = e.attendee(n)?;
                        self.form = Some((
                            Editing::Attendee(Some(n)),
                            attendee_form(self.lang, Some(n), &a.name, &a.role),
                        ));
                    }
                    Entry::Document(n) => {
                        let d = e.documents.iter().find(|d| d.number == n)?;
                        let date = d.date.map(|d| d.to_string()).unwrap_or_default();
                        self.form = Some((
                            Editing::Document(Some(n)),
                            document_form(self.lang, Some(n), &d.title, &d.version, &date),
                        ));
                    }
                    Entry::System(n) => {
                        let s = e.systems.iter().find(|s| s.number == n)?;
                        self.form = Some((
                            Editing::System(Some(n)),
                            system_form(self.lang, Some(n), Some(s)),
                        ));
                    }
                    Entry::Risk(n) => {
                        let r = e.risk(n)?;
                        self.form = Some((
                            Editing::Risk(Some(n)),
                            risk_form(self.lang, Some(n), &r.title, r.level.as_str()),
                        ));
                    }
                }
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

    /// An input while a form or the question before removing is open.
    fn handle_modal(
        &mut self,
        input: Input,
        keymap: &Keymap,
        session: &Session,
    ) -> Option<Command> {
        if let Some(entry) = self.confirm_remove {
            return match YesNo::answer(input.action()) {
                Some(true) => {
                    self.confirm_remove = None;
                    // The prompt said which answers lose the attendee: those go too.
                    let clear_citations = !citing(entry, session).is_empty();
                    Some(Command::RemoveEntry {
                        entry,
                        clear_citations,
                    })
                }
                Some(false) => {
                    self.confirm_remove = None;
                    Some(Command::Notify(Message::info(t!(
                        self.lang,
                        "tui-record-nothing-removed"
                    ))))
                }
                _ => None,
            };
        }
        let (editing, form) = self.form.as_mut()?;
        let values = match form.handle(input, keymap)? {
            EntryOutcome::Cancel => {
                self.form = None;
                return None;
            }
            EntryOutcome::Submit(values) => values,
        };
        let checked = match *editing {
            Editing::Attendee(number) => engagement::attendee_entry(&values[0], &values[1])
                .map(|(name, role)| Command::SaveAttendee { number, name, role }),
            Editing::Document(number) => engagement::document_entry(
                &values[0], &values[1], &values[2],
            )
            .map(|(title, version, date)| Command::SaveDocument {
                number,
                title,
                version,
                date,
            }),
            Editing::System(number) => crate::systems::system_entry(
                &session.questionnaire,
                number.unwrap_or(0),
                [&values[0], &values[1], &values[2], &values[3], &values[4]],
            )
            .map(Command::SaveSystem),
            Editing::Risk(number) => {
                crate::soa::risk_entry(&values[0], &values[1]).map(|(title, level)| {
                    Command::SaveRisk {
                        number,
                        title,
                        level,
                    }
                })
            }
        };
        match checked {
            Ok(command) => Some(command),
            Err(e) => {
                form.focus(e.field);
                form.error = Some(t!(
                    self.lang,
                    "tui-record-not-saved",
                    field = &form.label_of(e.field),
                    why = &e.message_in(self.lang)
                ));
                None
            }
        }
    }

    /// The store took the form's entry: the form closes, the entry is selected.
    fn saved(&mut self, entry: Entry, session: &Session) {
        self.form = None;
        if let Some(i) = Record::entries(&session.engagement)
            .iter()
            .position(|x| *x == entry)
        {
            self.selected = i;
        }
    }

    /// The store refused the form's entry: the form stays open and says why.
    fn refused(&mut self, why: &str) {
        if let Some((_, form)) = &mut self.form {
            form.error = Some(why.to_string());
        }
    }

    /// The record changed (an entry removed, another window's changes): the selection stays
    /// on the list.
    fn settle(&mut self, session: &Session) {
        let n = Record::entries(&session.engagement).len();
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
        let e = &session.engagement;
        let c = &e.control;
        let id = session.assessment.id;
        let area = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(2),
            ..area
        };
        let width = usize::from(area.width);
        // A final assessment is read-only: no key to offer.
        let key = |a| {
            keymap
                .key_label(Context::Record, a)
                .filter(|_| !e.is_final())
        };
        let selected = self.selected_entry(session);
        let heading = |s: &str| Line::from(Span::styled(fit(s, width), theme.heading()));
        let plain = |s: String| Line::from(fit(&s, width));
        let lang = self.lang;
        let mut lines = vec![heading(&t!(lang, "tui-record-control"))];
        let status = if c.is_final() {
            t!(lang, "tui-record-final", id = &id.to_string())
        } else {
            t!(lang, "tui-record-draft")
        };
        lines.push(plain(format!(
            "  {}",
            t!(
                lang,
                "tui-record-version",
                version = &c.report_version.to_string(),
                status = &status,
                confidentiality = &c.confidentiality
            )
        )));
        if !c.distribution.is_empty() {
            lines.push(plain(format!(
                "  {}",
                t!(
                    lang,
                    "tui-record-distribution",
                    list = &c.distribution.join("; ")
                )
            )));
        }
        for (role, s) in [
            ("tui-record-prepared", &c.prepared),
            ("tui-record-reviewed", &c.reviewed),
            ("tui-record-approved", &c.approved),
        ] {
            let by = if s.by.trim().is_empty() { "—" } else { &s.by };
            let line = match s.on {
                Some(d) => t!(lang, &format!("{role}-on"), by = by, date = &lang.date(d)),
                None => t!(lang, role, by = by),
            };
            lines.push(plain(format!("  {line}")));
        }
        lines.push(Line::from(""));
        lines.push(heading(&t!(
            lang,
            "tui-record-attendees",
            count = e.attendees.len()
        )));
        // The rows of the selected entry, to keep it in view.
        let mut selected_row = None;
        let mut selected_end = None;
        let mut entry_line = |lines: &mut Vec<Line>, entry: Entry, text: String| {
            let text = fit(&text, width);
            if Some(entry) == selected {
                selected_row = Some(lines.len());
                let pad = width.saturating_sub(text.chars().count());
                lines.push(Line::styled(
                    format!("{text}{}", " ".repeat(pad)),
                    theme.selected(),
                ));
            } else {
                lines.push(Line::from(text));
            }
        };
        if e.attendees.is_empty() {
            let text = match key(Action::AddAttendee) {
                Some(k) => format!("  {}", t!(lang, "tui-record-none-key", key = &k)),
                None if e.is_final() => format!("  {}", t!(lang, "tui-record-none")),
                None => format!(
                    "  {}",
                    t!(
                        lang,
                        "tui-record-none-command",
                        command = &format!("aimsgap attendee add {id} --name NAME --role ROLE")
                    )
                ),
            };
            lines.push(Line::styled(fit(&text, width), theme.dim()));
        }
        for a in &e.attendees {
            entry_line(
                &mut lines,
                Entry::Attendee(a.number),
                format!(
                    "  {:<4} {}",
                    a.reference(),
                    crate::report::Report::attendee_line(a)
                ),
            );
        }
        lines.push(Line::from(""));
        lines.push(heading(&t!(
            lang,
            "tui-record-documents",
            count = e.documents.len()
        )));
        if e.documents.is_empty() {
            let text = match key(Action::AddDocument) {
                Some(k) => format!("  {}", t!(lang, "tui-record-none-register", key = &k)),
                None if e.is_final() => format!("  {}", t!(lang, "tui-record-none")),
                None => format!(
                    "  {}",
                    t!(
                        lang,
                        "tui-record-none-command",
                        command = &format!("aimsgap document add {id} --title TITLE")
                    )
                ),
            };
            lines.push(Line::styled(fit(&text, width), theme.dim()));
        }
        for d in crate::report::evidence_index(session) {
            let doc = &d.document;
            let mut about = vec![doc.title.clone()];
            if !doc.version.trim().is_empty() {
                about.push(t!(
                    lang,
                    "tui-record-document-version",
                    version = &doc.version
                ));
            }
            if let Some(date) = doc.date {
                about.push(lang.date(date));
            }
            entry_line(
                &mut lines,
                Entry::Document(doc.number),
                format!("  {:<4} {}", d.reference, about.join(", ")),
            );
            let supports = if d.answers.is_empty() {
                t!(lang, "tui-record-cited-by-none")
            } else {
                t!(lang, "tui-record-supports", answers = &d.answers.join(", "))
            };
            // Wrapped here, so that every row is one line and the selection can be kept
            // in view.
            let options = textwrap::Options::new(width.saturating_sub(7).max(10));
            for part in textwrap::wrap(&supports, options) {
                lines.push(Line::from(Span::styled(
                    format!("       {part}"),
                    theme.dim(),
                )));
            }
            if selected == Some(Entry::Document(doc.number)) {
                selected_end = Some(lines.len() - 1);
            }
        }
        // The scope and the risk register.
        lines.push(Line::from(""));
        lines.push(heading(&t!(
            lang,
            "tui-record-systems",
            count = e.systems.len()
        )));
        if e.systems.is_empty() {
            let text = match key(Action::AddSystem) {
                Some(k) => format!("  {}", t!(lang, "tui-record-none-key", key = &k)),
                None if e.is_final() => format!("  {}", t!(lang, "tui-record-none")),
                None => format!(
                    "  {}",
                    t!(
                        lang,
                        "tui-record-none-command",
                        command = &format!(
                            "aimsgap system add {id} --name NAME --role ROLE --class CLASS"
                        )
                    )
                ),
            };
            lines.push(Line::styled(fit(&text, width), theme.dim()));
        }
        let (suggested, _) = session.suggestions();
        if !suggested.is_empty() && !e.is_final() {
            let n = suggested.len();
            let key = key(Action::Suggestions)
                .map(|k| format!(": {k}"))
                .unwrap_or_default();
            let text = format!(
                "  {}",
                t!(lang, "tui-record-suggestions", count = n, key = &key)
            );
            lines.push(Line::styled(fit(&text, width), theme.warn()));
        }
        for s in &e.systems {
            let scope = if s.in_scope {
                String::new()
            } else {
                format!(" · {}", t!(lang, "tui-record-out-of-scope"))
            };
            entry_line(
                &mut lines,
                Entry::System(s.number),
                format!(
                    "  {:<4} {} · {} · {}{scope}",
                    s.reference(),
                    s.name,
                    s.roles.join(", "),
                    s.class.label()
                ),
            );
        }
        lines.push(Line::from(""));
        lines.push(heading(&t!(
            lang,
            "tui-record-risks",
            count = e.risks.len()
        )));
        if e.risks.is_empty() {
            let text = match key(Action::AddRisk) {
                Some(k) => format!("  {}", t!(lang, "tui-record-none-key", key = &k)),
                None if e.is_final() => format!("  {}", t!(lang, "tui-record-none")),
                None => format!(
                    "  {}",
                    t!(
                        lang,
                        "tui-record-none-command",
                        command = &format!("aimsgap risk add {id} --title TEXT --level high")
                    )
                ),
            };
            lines.push(Line::styled(fit(&text, width), theme.dim()));
        }
        for r in &e.risks {
            let treated = treating(r.number, session);
            entry_line(
                &mut lines,
                Entry::Risk(r.number),
                format!("  {:<4} {:<8} {}", r.reference(), r.level.as_str(), r.title),
            );
            if !treated.is_empty() {
                lines.push(Line::from(Span::styled(
                    fit(
                        &format!(
                            "       {}",
                            t!(
                                lang,
                                "tui-record-treated-by",
                                controls = &treated.join(", ")
                            )
                        ),
                        width,
                    ),
                    theme.dim(),
                )));
            }
            if selected == Some(Entry::Risk(r.number)) {
                selected_end = Some(lines.len() - 1);
            }
        }
        let height = usize::from(area.height);
        if let Some(row) = selected_row
            && height > 0
        {
            // The entry and the lines under it in view; its own line first.
            let end = selected_end.unwrap_or(row).max(row);
            let mut scroll = usize::from(self.scroll);
            if end >= scroll + height {
                scroll = end + 1 - height;
            }
            scroll = scroll.min(row);
            self.scroll = scroll as u16;
        }
        let max = lines.len().saturating_sub(height) as u16;
        self.scroll = self.scroll.min(max);
        Paragraph::new(lines)
            .scroll((self.scroll, 0))
            .render(area, buf);
        if let Some((_, form)) = &self.form {
            form.render(area, buf, theme, keymap);
        }
        if let Some(entry) = self.confirm_remove {
            render_confirm(entry, session, area, buf, theme, keymap, lang);
        }
    }
}

fn attendee_form(lang: Lang, number: Option<u32>, name: &str, role: &str) -> EntryForm {
    let title = match number {
        Some(n) => t!(
            lang,
            "tui-record-form-attendee",
            reference = &format!("A{n}")
        ),
        None => t!(lang, "tui-record-form-new-attendee"),
    };
    EntryForm::new(title, vec![("Name", name.into()), ("Role", role.into())])
        .with_labels(lang, labels(lang, &["tui-record-name", "tui-record-role"]))
}

fn document_form(
    lang: Lang,
    number: Option<u32>,
    title: &str,
    version: &str,
    date: &str,
) -> EntryForm {
    let heading = match number {
        Some(n) => t!(
            lang,
            "tui-record-form-document",
            reference = &format!("D{n}")
        ),
        None => t!(lang, "tui-record-form-new-document"),
    };
    EntryForm::new(
        heading,
        vec![
            ("Title", title.into()),
            ("Version", version.into()),
            ("Date (YYYY-MM-DD)", date.into()),
        ],
    )
    .with_labels(
        lang,
        labels(
            lang,
            &[
                "tui-record-title",
                "tui-record-version-label",
                "tui-record-date",
            ],
        ),
    )
}

/// The form for an AI system: new, or system `number` as recorded.
fn system_form(lang: Lang, number: Option<u32>, s: Option<&crate::systems::AiSystem>) -> EntryForm {
    let heading = match number {
        Some(n) => t!(lang, "tui-record-form-system", reference = &format!("S{n}")),
        None => t!(lang, "tui-record-form-new-system"),
    };
    let text = |f: fn(&crate::systems::AiSystem) -> String| s.map(f).unwrap_or_default();
    EntryForm::new(
        heading,
        vec![
            ("Name", text(|s| s.name.clone())),
            ("Purpose", text(|s| s.purpose.clone())),
            ("Roles (a, b)", text(|s| s.roles.join(", "))),
            ("Class (EU AI Act)", text(|s| s.class.as_str().to_string())),
            (
                "In scope (yes/no)",
                s.map_or("yes", |s| if s.in_scope { "yes" } else { "no" })
                    .to_string(),
            ),
        ],
    )
    .with_labels(
        lang,
        labels(
            lang,
            &[
                "tui-record-name",
                "tui-record-purpose",
                "tui-record-roles",
                "tui-record-class",
                "tui-record-in-scope",
            ],
        ),
    )
}

/// The form for a risk: new, or risk `number` as recorded.
fn risk_form(lang: Lang, number: Option<u32>, title: &str, level: &str) -> EntryForm {
    let heading = match number {
        Some(n) => t!(lang, "tui-record-form-risk", reference = &format!("R{n}")),
        None => t!(lang, "tui-record-form-new-risk"),
    };
    EntryForm::new(
        heading,
        vec![
            ("Title", title.into()),
            ("Level (low, medium, high, critical)", level.into()),
        ],
    )
    .with_labels(
        lang,
        labels(lang, &["tui-record-title", "tui-record-level"]),
    )
}

/// The labels of a form's fields in `lang`.
fn labels(lang: Lang, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| lang.t(id)).collect()
}

/// The controls whose inclusion reason names risk `number`, in the questionnaire's order.
fn treating(number: u32, session: &Session) -> Vec<&str> {
    session
        .questionnaire
        .requirements()
        .filter(|(_, c)| {
            session
                .inclusions
                .get(&c.reference)
                .is_some_and(|i| i.risks.contains(&number))
        })
        .map(|(_, c)| c.reference.as_str())
        .collect()
}

/// The questions whose answers say this attendee said it (none for a document).
fn citing(entry: Entry, session: &Session) -> Vec<&str> {
    let Entry::Attendee(n) = entry else {
        return Vec::new();
    };
    session
        .answers
        .iter()
        .filter(|(_, a)| a.said_by.contains(&n))
        .map(|(q, _)| q.as_str())
        .collect()
}

fn render_confirm(
    entry: Entry,
    session: &Session,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    keymap: &Keymap,
    lang: Lang,
) {
    let cited = citing(entry, session);
    let after = match entry {
        Entry::Attendee(_) if !cited.is_empty() => {
            let n = cited.len();
            let list = cited.iter().take(4).copied().collect::<Vec<_>>().join(", ");
            let list = if n > 4 {
                t!(lang, "tui-record-and-more", list = &list, count = n - 4)
            } else {
                list
            };
            t!(lang, "tui-record-remove-said", count = n, list = &list)
        }
        Entry::Attendee(_) => t!(lang, "tui-record-remove-attendee"),
        Entry::Document(_) => t!(lang, "tui-record-remove-document"),
        Entry::Risk(_) => t!(lang, "tui-record-remove-risk"),
        Entry::System(_) => t!(lang, "tui-record-remove-system"),
    };
    let mut ask = YesNo::new(
        format!(" {} ", t!(lang, "tui-record-remove-title")),
        t!(
            lang,
            "tui-record-remove",
            what = &entry.describe(&session.engagement)
        ),
        t!(lang, "tui-record-remove-yes"),
        t!(lang, "tui-record-remove-no"),
    );
    ask.detail.push(after);
    ask.render(area, buf, theme, keymap);
}

impl Screen for Record {
    fn keys(&self) -> Context {
        match &self.form {
            _ if self.confirm_remove.is_some() => Context::Confirm,
            Some((_, form)) => form.keys(),
            None => Context::Record,
        }
    }

    fn action(&self, keymap: &Keymap, key: &KeyEvent) -> Option<Action> {
        match &self.form {
            Some((_, form)) if self.confirm_remove.is_none() => form.action(keymap, key),
            _ => keymap.action(self.keys(), key),
        }
    }

    fn takes_text(&self) -> bool {
        self.confirm_remove.is_none() && self.form.as_ref().is_some_and(|(_, f)| f.takes_text())
    }

    fn handle(&mut self, input: Input, cx: &Shared) -> Option<Command> {
        let session = cx.session?;
        self.lang = cx.lang;
        if self.form.is_some() || self.confirm_remove.is_some() {
            return self.handle_modal(input, cx.keymap, session);
        }
        self.act(input.action()?, session, cx.keymap)
    }

    fn reply(&mut self, reply: Reply, cx: &Shared) {
        let Some(session) = cx.session else {
            return;
        };
        match reply {
            Reply::EntrySaved(entry) => self.saved(entry, session),
            Reply::Refused(why) => self.refused(&why),
            Reply::RecordChanged => self.settle(session),
            _ => {}
        }
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        if let Some(session) = cx.session {
            self.lang = cx.lang;
            self.draw(area, buf, session, cx.theme, cx.keymap);
        }
    }

    fn hints(&self) -> &'static [Action] {
        match self.keys() {
            Context::Record => &[
                Action::AddAttendee,
                Action::AddDocument,
                Action::AddSystem,
                Action::AddRisk,
                Action::Edit,
                Action::Remove,
                Action::Suggestions,
                Action::Down,
                Action::Export,
                Action::PreviousScreen,
                Action::Help,
                Action::Quit,
            ],
            other => super::screen::shared_hints(other),
        }
    }

    fn help(&self) -> &'static [Context] {
        &[
            Context::Record,
            Context::Global,
            Context::Form,
            Context::Export,
            Context::Confirm,
        ]
    }
}
