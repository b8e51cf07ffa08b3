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

use crate::commands::{Context, upgrade_note};
use crate::overview;
use crate::store::{Store, StoreError};
use app::{App, Message, TerminalEvents, Today};
use keymap::Keymap;
use theme::Theme;

/// Where the user's key bindings live: `keys.toml` in the configuration directory.
pub fn keys_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "aimsgap").map(|d| d.config_dir().join("keys.toml"))
}

/// Runs the screens on the real terminal, opening assessment `open` if given. The terminal
/// is restored on quit, on error and on panic; an error (a file that is not ours, an
/// assessment that does not exist) is printed once it is.
pub fn run(cx: &Context, open: Option<i64>) -> Result<()> {
    // The database is opened and listed on a second thread while this one reads the key
    // bindings and takes the terminal: on two cores the first frame comes about as soon as
    // the list is ready. (Taking the terminal only after the database opened cost the first
    // frame half a millisecond more.)
    let opening = {
        let (db, catalog) = (cx.db.clone(), cx.catalog.clone());
        std::thread::spawn(move || -> Result<_, StoreError> {
            let mut store = Store::open(&db)?;
            let listed = overview::list(&mut store, &catalog);
            Ok((store, listed))
        })
    };
    let (keymap, problems) = Keymap::load(keys_file().as_deref());
    let theme = Theme::from_env();
    let mut terminal = ratatui::init();
    let mut note = None;
    let result = (|| -> Result<()> {
        let (store, listed) = opening
            .join()
            .map_err(|_| anyhow::anyhow!("opening the database failed unexpectedly"))??;
        note = upgrade_note(&store);
        let mut app = App::listed(
            store,
            cx.catalog.clone(),
            keymap,
            theme,
            Today::Clock,
            listed,
        );
        if let Some(id) = open {
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
        } else if let Some(note) = &note {
            app.say(Message::info(note.clone()));
        }
        app::run(&mut terminal, &mut app, &mut TerminalEvents)
    })();
    // The caller prints an error once the screen is back as it was; the note of an upgrade
    // is printed here, after the screens, where its path stays readable.
    ratatui::restore();
    if let Some(note) = note {
        eprintln!("note: {note}");
    }
    result
}
