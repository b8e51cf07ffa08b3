//! The workshop screens. (A placeholder until the full TUI lands.)

use anyhow::Result;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::widgets::{Block, Paragraph};

use crate::commands::Context;

pub fn run(cx: &Context) -> Result<()> {
    let store = cx.store()?;
    let count = store.assessments()?.len();
    let text = format!(
        "aimsgap — {count} assessment(s) in {}\n\nThe workshop screens are coming. Meanwhile use the command line: `aimsgap --help`.\n\nPress q to quit.",
        cx.db.display()
    );
    ratatui::run(|terminal| -> Result<()> {
        loop {
            terminal.draw(|f| {
                f.render_widget(
                    Paragraph::new(text.as_str()).block(Block::bordered().title(" aimsgap ")),
                    f.area(),
                )
            })?;
            if let Event::Key(k) = event::read()?
                && k.kind == KeyEventKind::Press
                && matches!(k.code, KeyCode::Char('q') | KeyCode::Esc)
            {
                return Ok(());
            }
        }
    })
}
