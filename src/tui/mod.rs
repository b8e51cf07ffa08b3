//! The workshop screens: one file per screen, a pure tree model, keys as data.
//!
//! `app` owns the loop and the commands that touch the store; `keymap` turns keys into
//! actions; `home`, `workshop`, `dashboard`, `roadmap`, `export` and `help` each hold their
//! state, key handling and drawing; `tree` is the UI-free model of the question tree.

pub mod app;
pub mod dashboard;
pub mod editor;
pub mod export;
pub mod form;
pub mod help;
pub mod home;
pub mod keymap;
pub mod roadmap;
pub mod theme;
pub mod tree;
pub mod workshop;

use std::path::PathBuf;

use anyhow::Result;

use crate::commands::Context;
use app::{App, Message, TerminalEvents, Today};
use keymap::Keymap;
use theme::Theme;

/// Where the user's key bindings live: `keys.toml` in the configuration directory.
pub fn keys_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "aimsgap").map(|d| d.config_dir().join("keys.toml"))
}

/// Runs the screens on the real terminal, opening assessment `open` if given. The terminal
/// is restored on quit, on error and on panic.
pub fn run(cx: &Context, open: Option<i64>) -> Result<()> {
    let store = cx.store()?;
    let (keymap, problems) = Keymap::load(keys_file().as_deref());
    let mut app = App::dated(
        store,
        cx.catalog.clone(),
        keymap,
        Theme::from_env(),
        Today::Clock,
    );
    if let Some(id) = open {
        // Checked before the terminal is taken over, so the error reads like any other.
        app.open_assessment(id)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    if let Some(first) = problems.first() {
        let more = match problems.len() {
            1 => String::new(),
            n => format!(" (and {} more)", n - 1),
        };
        app.say(Message::error(format!(
            "Key bindings: {first}{more}; defaults used for those keys"
        )));
    }
    let mut terminal = ratatui::init();
    let result = app::run(&mut terminal, &mut app, &mut TerminalEvents::default());
    ratatui::restore();
    result
}
