//! A second floor for start-up time, for the record: `bare.rs` plus what any program that
//! lists assessments from the database must do first — open the file `AIMSGAP_DB` names
//! with the store's pragmas (WAL, synchronous FULL, foreign keys) and read the list.
//!
//! It is not what the budget is measured against (that is `bare.rs`); it shows how much of
//! aimsgap's start-up is SQLite's own.

use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::layout::{Constraint, Layout};
use ratatui::widgets::{Block, List};

fn main() -> std::io::Result<()> {
    let rows = assessments().map_err(std::io::Error::other)?;
    let mut terminal = ratatui::init();
    let result = run(&mut terminal, rows);
    ratatui::restore();
    result
}

fn assessments() -> Result<Vec<String>, Box<dyn std::error::Error + Send + Sync>> {
    let path = std::env::var_os("AIMSGAP_DB").ok_or("set AIMSGAP_DB to an aimsgap database")?;
    // An existing file only: this program never creates one.
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    let _: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
    let mut stmt = conn.prepare(
        "SELECT id, assessed_on, organisation FROM assessment ORDER BY assessed_on DESC, id DESC",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(format!(
            "{:>4}  {}  {}",
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn run(terminal: &mut ratatui::DefaultTerminal, rows: Vec<String>) -> std::io::Result<()> {
    terminal.draw(|frame| {
        let [body, footer] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(frame.area());
        frame.render_widget(
            List::new(rows).block(Block::bordered().title(" Assessments ")),
            body,
        );
        frame.render_widget(" any key quit", footer);
    })?;
    loop {
        if let Event::Key(key) = event::read()?
            && key.kind == KeyEventKind::Press
        {
            return Ok(());
        }
    }
}
