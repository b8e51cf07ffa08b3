//! Colours, emphasis and glyphs, and what the terminal can show of them. Colour carries
//! meaning (status), so every coloured thing is also told apart by a glyph or a word: the
//! screens stay readable with NO_COLOR and on a projector in presenter mode.
//!
//! What the terminal is told to show follows from the environment (see [`Theme::from_vars`]):
//! - colour unless NO_COLOR is set and not empty;
//! - the 256-colour palette when the terminal announces it (COLORTERM is `truecolor` or
//!   `24bit`, or TERM names `256color`, `truecolor`, `24bit` or `direct`, as
//!   `xterm-256color`, `tmux-256color` and `xterm-direct` do); otherwise only the 16 classic
//!   colours, sent as classic codes (see `terminal::Output`), which a Linux console, `screen`
//!   or a VT100 emulation understand;
//! - Unicode glyphs when the locale is UTF-8 (the first set of LC_ALL, LC_CTYPE and LANG
//!   names UTF-8); otherwise, or with `--ascii`, every cell drawn is ASCII ([`to_ascii`]).
//!
//! Screens draw Unicode; the one table of ASCII stand-ins is here, applied to the finished
//! frame, so that no screen needs its own fallback and none can forget one.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};

use crate::scoring::{Priority, Status};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// False when NO_COLOR is set: emphasis only, no colour.
    pub color: bool,
    /// High contrast for a projector; private notes hidden.
    pub presenter: bool,
    /// The colours the terminal announces.
    pub palette: Palette,
    /// Only ASCII is drawn: the locale is not UTF-8, or `--ascii` was given.
    pub ascii: bool,
}

/// How many colours may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Palette {
    /// The 256-colour palette (indexed colours above 15 too).
    Full,
    /// The 16 classic colours only.
    Sixteen,
}

impl Default for Theme {
    /// Colour, the full palette, Unicode glyphs.
    fn default() -> Theme {
        Theme {
            color: true,
            presenter: false,
            palette: Palette::Full,
            ascii: false,
        }
    }
}

/// A mid grey of the 256-colour palette, legible on dark and light backgrounds alike (the
/// classic dark grey, colour 8, is the background colour of some themes, Solarized's).
const GREY: Color = Color::Indexed(245);

impl Theme {
    /// What this process's environment asks for (see the module's documentation).
    pub fn from_env() -> Theme {
        Theme::from_vars(|name| std::env::var(name).ok())
    }

    /// What an environment holding `var` asks for: the rules of the module's documentation.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Theme {
        let set = |name: &str| var(name).filter(|v| !v.is_empty());
        let colorterm = set("COLORTERM").unwrap_or_default().to_ascii_lowercase();
        let term = set("TERM").unwrap_or_default().to_ascii_lowercase();
        let full = matches!(colorterm.as_str(), "truecolor" | "24bit")
            || ["256color", "truecolor", "24bit", "direct"]
                .iter()
                .any(|t| term.contains(t));
        // The locale's character set: the first of these set decides (as in C's setlocale).
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].into_iter().find_map(set);
        let utf8 = cfg!(windows)
            || locale.is_some_and(|l| {
                let l = l.to_ascii_lowercase().replace('-', "");
                l.contains("utf8")
            });
        Theme {
            color: set("NO_COLOR").is_none(),
            presenter: false,
            palette: if full {
                Palette::Full
            } else {
                Palette::Sixteen
            },
            ascii: !utf8,
        }
    }

    /// Readies a drawn frame for the terminal: ASCII stand-ins where only ASCII may be drawn.
    pub fn finish(&self, buf: &mut Buffer) {
        if self.ascii {
            to_ascii(buf);
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
        } else if self.color && self.palette == Palette::Full {
            Style::new().fg(GREY)
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

/// The ASCII stand-in of a glyph the screens draw: one character for one, so that every
/// layout holds. Box lines become `-`, `|` and `+`; bars `#` (filled) and `.` (empty);
/// arrows and pointers `>`, `<`, `^`, `v`; an ellipsis `~`; dots, dashes and quotes their
/// plain forms. Other text (accented letters in a name, say) is transliterated to its first
/// ASCII letter, and what has none becomes `?`.
pub fn ascii_glyph(c: char) -> char {
    match c {
        // Box drawing (U+2500–U+257F): horizontals, verticals, then corners and joins.
        '─' | '━' | '┄' | '┅' | '┈' | '┉' | '╌' | '╍' | '╴' | '╶' | '╸' | '╺' | '╼' | '╾' => {
            '-'
        }
        '═' => '=',
        '│' | '┃' | '┆' | '┇' | '┊' | '┋' | '╎' | '╏' | '║' | '╵' | '╷' | '╹' | '╻' | '╽' | '╿' => {
            '|'
        }
        '\u{2500}'..='\u{257F}' => '+',
        // Blocks and shades (U+2580–U+259F): a text cursor, bar fills and their background.
        '▏' => '_',
        '░' => '.',
        '▒' => ':',
        '\u{2580}'..='\u{259F}' => '#',
        '→' | '▸' | '▶' | '►' | '❯' | '›' | '»' => '>',
        '←' | '◂' | '◀' | '◄' | '‹' | '«' => '<',
        '↑' | '▴' | '▲' => '^',
        '↓' | '▾' | '▼' => 'v',
        '…' => '~',
        '·' | '∙' | '⋅' => '.',
        '•' | '●' | '◆' | '■' => '*',
        '○' | '◇' | '□' => 'o',
        '—' | '–' | '‐' | '‑' | '‒' | '−' => '-',
        '“' | '”' | '„' | '″' => '"',
        '‘' | '’' | '‚' | '′' => '\'',
        '×' => 'x',
        '✓' | '✔' => 'v',
        '✗' | '✘' => 'x',
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{3000}' => ' ',
        c if c.is_ascii() => c,
        c => deunicode::deunicode_char(c)
            .and_then(|s| s.chars().find(|c| c.is_ascii_graphic()))
            .unwrap_or('?'),
    }
}

/// Replaces every non-ASCII cell of a drawn frame with its [`ascii_glyph`]. A wide character
/// (two columns) becomes one and a blank.
pub fn to_ascii(buf: &mut Buffer) {
    for cell in &mut buf.content {
        let symbol = cell.symbol();
        if symbol.is_ascii() {
            continue;
        }
        // A cell holds one grapheme: its first character says what it is (the rest are marks
        // that combine with it).
        let first = symbol.chars().next().map_or(' ', ascii_glyph);
        let mut b = [0u8; 4];
        cell.set_symbol(first.encode_utf8(&mut b));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme(vars: &[(&str, &str)]) -> Theme {
        Theme::from_vars(|name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn the_environment_chooses_palette_glyphs_and_colour() {
        let utf8 = ("LANG", "en_GB.UTF-8");
        for term in [
            "xterm-256color",
            "tmux-256color",
            "xterm-direct",
            "foot-truecolor",
        ] {
            assert_eq!(
                theme(&[("TERM", term), utf8]).palette,
                Palette::Full,
                "{term}"
            );
        }
        for term in ["screen", "linux", "vt100", "xterm", "dumb", ""] {
            assert_eq!(
                theme(&[("TERM", term), utf8]).palette,
                Palette::Sixteen,
                "{term}"
            );
        }
        for colorterm in ["truecolor", "24bit", "TrueColor"] {
            let t = theme(&[("TERM", "screen"), ("COLORTERM", colorterm), utf8]);
            assert_eq!(t.palette, Palette::Full, "{colorterm}");
        }
        // The first of LC_ALL, LC_CTYPE, LANG that is set decides; none set is the C locale.
        assert!(!theme(&[utf8]).ascii);
        assert!(!theme(&[("LC_CTYPE", "de_DE.utf8"), ("LANG", "C")]).ascii);
        assert!(theme(&[("LANG", "C")]).ascii);
        assert!(theme(&[("LANG", "POSIX")]).ascii);
        assert!(theme(&[("LANG", "en_GB.ISO-8859-1")]).ascii);
        assert!(theme(&[("LC_ALL", "C"), utf8]).ascii);
        assert!(!theme(&[("LC_ALL", ""), utf8]).ascii);
        assert_eq!(theme(&[]).ascii, !cfg!(windows));
        assert!(theme(&[utf8]).color);
        assert!(!theme(&[utf8, ("NO_COLOR", "1")]).color);
        assert!(theme(&[utf8, ("NO_COLOR", "")]).color);
    }

    #[test]
    fn each_glyph_has_a_one_column_stand_in() {
        let line = |s: &str| s.chars().map(ascii_glyph).collect::<String>();
        assert_eq!(line("┌─┐│└┘├┤"), "+-+|++++");
        assert_eq!(line("███░░┃"), "###..|");
        assert_eq!(
            line("→ ▸ ◂ ↑ ↓ … · — – “x” ’ × é ▏"),
            "> > < ^ v ~ . - - \"x\" ' x e _"
        );
        assert_eq!(line("日"), "R");
        assert!(line("\u{1F600}").is_ascii());
    }
}
