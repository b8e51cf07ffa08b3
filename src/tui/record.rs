//! The engagement record screen: document control and sign-off, attendees, and the documents
//! reviewed with the answers each supports (the evidence index). A list to read; changes are
//! made with `aimsgap attendee`, `aimsgap document` and `aimsgap set`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::app::{Command, View};
use super::keymap::Action;
use super::theme::Theme;
use crate::session::Session;

#[derive(Debug)]
pub struct Record {
    pub scroll: u16,
    /// The screen it was opened from, and goes back to.
    pub from: View,
}

impl Record {
    pub fn new(from: View) -> Record {
        Record { scroll: 0, from }
    }

    pub fn act(&mut self, action: Action) -> Option<Command> {
        match action {
            Action::Down | Action::ScrollDown => self.scroll = self.scroll.saturating_add(1),
            Action::Up | Action::ScrollUp => self.scroll = self.scroll.saturating_sub(1),
            Action::PageDown => self.scroll = self.scroll.saturating_add(10),
            Action::PageUp => self.scroll = self.scroll.saturating_sub(10),
            Action::Top => self.scroll = 0,
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

    pub fn render(&self, area: Rect, buf: &mut Buffer, session: &Session, theme: &Theme) {
        let e = &session.engagement;
        let c = &e.control;
        let id = session.assessment.id;
        let heading = |s: &str| Line::from(Span::styled(s.to_string(), theme.heading()));
        let mut lines = vec![heading("Document control and sign-off")];
        let status = if c.is_final() {
            format!("final (read-only until `aimsgap reopen {id}`)")
        } else {
            "draft".to_string()
        };
        lines.push(Line::from(format!(
            "  Version {} · {status} · {}",
            c.report_version, c.confidentiality
        )));
        if !c.distribution.is_empty() {
            lines.push(Line::from(format!(
                "  Distribution: {}",
                c.distribution.join("; ")
            )));
        }
        for (role, s) in [
            ("Prepared by", &c.prepared),
            ("Reviewed by", &c.reviewed),
            ("Approved by", &c.approved),
        ] {
            let on = s.on.map(|d| format!(" on {d}")).unwrap_or_default();
            let by = if s.by.trim().is_empty() { "—" } else { &s.by };
            lines.push(Line::from(format!("  {role}: {by}{on}")));
        }
        lines.push(Line::from(""));
        lines.push(heading(&format!(
            "Attendees and interviewees ({})",
            e.attendees.len()
        )));
        if e.attendees.is_empty() {
            lines.push(Line::from(format!(
                "  None yet: `aimsgap attendee add {id} --name NAME --role ROLE`"
            )));
        }
        for a in &e.attendees {
            lines.push(Line::from(format!(
                "  {:<4} {}",
                a.reference(),
                crate::report::Report::attendee_line(a)
            )));
        }
        lines.push(Line::from(""));
        lines.push(heading(&format!(
            "Documents reviewed ({}) and the answers they support",
            e.documents.len()
        )));
        if e.documents.is_empty() {
            lines.push(Line::from(format!(
                "  None yet: `aimsgap document add {id} --title TITLE`"
            )));
        }
        for d in crate::report::evidence_index(session) {
            let doc = &d.document;
            let mut about = vec![doc.title.clone()];
            if !doc.version.trim().is_empty() {
                about.push(format!("version {}", doc.version));
            }
            if let Some(date) = doc.date {
                about.push(date.to_string());
            }
            lines.push(Line::from(format!(
                "  {:<4} {}",
                d.reference,
                about.join(", ")
            )));
            let supports = if d.answers.is_empty() {
                "no answer cites it".to_string()
            } else {
                format!("supports {}", d.answers.join(", "))
            };
            lines.push(Line::from(Span::styled(
                format!("       {supports}"),
                theme.dim(),
            )));
        }
        let area = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(2),
            ..area
        };
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((self.scroll, 0))
            .render(area, buf);
    }
}
