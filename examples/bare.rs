//! The floor for start-up time: the least a ratatui program does before its first frame.
//!
//! It takes the terminal the way aimsgap does (`ratatui::init`: raw mode, alternate screen,
//! panic hook), draws one full-screen frame with a border, a line of text and a footer, and
//! waits for a key. The start-up benchmark (`cargo bench --bench perf`) starts this and
//! aimsgap side by side in a pseudo-terminal, both built in the same profile, and compares
//! the time until the footer is on screen.

use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::layout::{Constraint, Layout};
use ratatui::widgets::{Block, Paragraph};

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let result = run(&mut terminal);
    ratatui::restore();
    result
}

fn run(terminal: &mut ratatui::DefaultTerminal) -> std::io::Result<()> {
    terminal.draw(|frame| {
        let [body, footer] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(frame.area());
        frame.render_widget(
            Paragraph::new("A bare ratatui program.").block(Block::bordered().title(" bare ")),
            body,
        );
        frame.render_widget(Paragraph::new(" any key quit"), footer);
    })?;
    loop {
        if let Event::Key(key) = event::read()?
            && key.kind == KeyEventKind::Press
        {
            return Ok(());
        }
    }
}
