//! Colours and emphasis. Colour carries meaning (status), so every coloured thing is also
//! told apart by a glyph or a word: the screens stay readable with NO_COLOR and on a
//! projector in presenter mode.

use ratatui::style::{Color, Modifier, Style};

use crate::scoring::{Priority, Status};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// False when NO_COLOR is set: emphasis only, no colour.
    pub color: bool,
    /// High contrast for a projector; private notes hidden.
    pub presenter: bool,
}

impl Theme {
    /// Colour unless the NO_COLOR convention asks for none.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme {
            color: !no_color,
            presenter: false,
        }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    pub fn base(&self) -> Style {
        if self.presenter && self.color {
            Style::new().fg(Color::White).bg(Color::Black)
        } else {
            Style::new()
        }
    }

    pub fn title(&self) -> Style {
        self.fg(if self.presenter {
            Color::White
        } else {
            Color::Cyan
        })
        .add_modifier(Modifier::BOLD)
    }

    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        if self.presenter {
            // Grey text washes out on a projector.
            Style::new()
        } else if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn key(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn selected(&self) -> Style {
        if self.color && !self.presenter {
            Style::new()
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn header(&self) -> Style {
        if self.color {
            let bg = if self.presenter {
                Color::White
            } else {
                Color::Blue
            };
            let fg = if self.presenter {
                Color::Black
            } else {
                Color::White
            };
            Style::new().bg(bg).fg(fg).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn ok(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    pub fn error(&self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn warn(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// The colour of an answer's status.
    pub fn status(&self, status: Status) -> Style {
        let s = match status {
            Status::Conforming => self.fg(Color::Green),
            Status::Partial => self.fg(Color::Yellow),
            Status::Absent => self.fg(Color::Red),
            Status::Excluded | Status::NotAssessed => self.dim(),
        };
        if self.presenter || !self.color {
            s.add_modifier(Modifier::BOLD)
        } else {
            s
        }
    }

    pub fn priority(&self, p: Priority) -> Style {
        match p {
            Priority::P1 => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            Priority::P2 => self.fg(Color::Yellow).add_modifier(Modifier::BOLD),
            Priority::P3 => self.fg(Color::Cyan),
        }
    }

    /// Bar fill colour by how far a score is from target.
    pub fn bar(&self, score: Option<f64>, target: u8) -> Style {
        match score {
            None => self.dim(),
            Some(s) if s >= f64::from(target) => self.fg(Color::Green),
            Some(s) if s >= f64::from(target) - 1.0 => self.fg(Color::Yellow),
            Some(_) => self.fg(Color::Red),
        }
    }
}

/// The one-character mark of an answer in the tree: the level, or a symbol.
pub fn mark(maturity: Option<u8>, not_applicable: bool) -> String {
    match (maturity, not_applicable) {
        (_, true) => "–".into(),
        (Some(m), _) => m.to_string(),
        (None, false) => "·".into(),
    }
}
