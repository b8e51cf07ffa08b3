//! The workshop screens: one file per screen, a pure tree model, keys as data.
//!
//! `app` owns the loop and the commands that touch the store; `keymap` turns keys into
//! actions; every screen (`home`, `workshop`, `dashboard`, `roadmap`, `record`, `points`,
//! `agenda`, `changed`, `check`, `conflicts`) and overlay (`export`, `help`) holds its state, key handling
//! and drawing behind one protocol, [`screen::Screen`]: the app resolves each key in the
//! table the screen names, hands it the action (and the key, for typing), carries out the
//! [`command::Command`] it returns and tells it the result ([`screen::Reply`]); it never
//! changes a screen's fields. Shared parts: `modal` (where a box goes, the one yes/no
//! question), `editor` (the one text field, and the text box around it), `form`; `tree` is
//! the UI-free model of the question tree.
//!
//! Adding a screen: write its file, a struct implementing [`screen::Screen`] (`keys`,
//! `hints`, `help`, `handle`, `reply`, `render`), and `pub mod` it here; declare it with one
//! `screen` line in `keymap.rs`'s `tables!` (variant, table name, help title), which makes it
//! both a [`command::View`] and a [`keymap::Context`]; add its table to `keys.toml`; in
//! `app.rs`, a field of `Open`, its line in `open_screen!`, and the arm that carries out the
//! command showing it (with the data it needs on show). The footer, the help, modal routing,
//! paste, the overlays, the header and the global keys then work with no other change. That
//! is 5 files and 6 one-line edits besides the screen's own file, against 6 files and about
//! 12 edits before (two enums kept in step by hand, and an arm per screen in both
//! `App::screen` and `App::with`). A key of its own to reach it adds an `Action`, a
//! `Command` and the arm of the screen it is reached from. Not yet one file, one variant and
//! one table: the app still holds each screen in a field of `Open`.

pub mod agenda;
pub mod app;
pub mod changed;
pub mod check;
pub mod command;
pub mod conflicts;
pub mod dashboard;
pub mod details;
pub mod editor;
pub mod export;
pub mod form;
pub mod help;
pub mod home;
pub mod iso27001;
pub mod keymap;
pub mod modal;
pub mod points;
pub mod record;
pub mod roadmap;
pub mod screen;
pub mod suggestions;
pub mod terminal;
pub mod theme;
pub mod timing;
pub mod tree;
pub mod workshop;

use std::path::PathBuf;

use anyhow::Result;

use crate::context::Context;
use app::{App, TerminalEvents};
use command::{Message, Today};
use keymap::Keymap;
use theme::Theme;

/// Where the user's key bindings live: `keys.toml` in the configuration directory.
pub fn keys_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "aimsgap").map(|d| d.config_dir().join("keys.toml"))
}

/// The workshop was ended by a signal: the process should exit with 128 + this number.
#[derive(Debug)]
pub struct Signalled(pub i32);

impl std::fmt::Display for Signalled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ended by signal {}", self.0)
    }
}

impl std::error::Error for Signalled {}

/// Runs the screens on the real terminal, opening assessment `open` if given. The terminal
/// is restored on quit, on error, on panic and on the signals that end a program; a signal
/// keeps the text being typed as a draft, like quitting, and ends with [`Signalled`].
pub fn run(cx: &Context, open: Option<i64>) -> Result<()> {
    if !terminal::available() {
        anyhow::bail!(terminal::NO_TERMINAL);
    }
    // Guarded after the first frame is drawn (`app::run`), or before an assessment is opened.
    let mut store = cx.store_for_screens()?;
    if open.is_some() {
        store.guard()?;
    }
    let (keymap, problems) = Keymap::load_in(cx.lang(), keys_file().as_deref());
    let theme = Theme {
        ascii: Theme::from_env().ascii || cx.ascii,
        ..Theme::from_env()
    };
    let classic = theme.palette == theme::Palette::Sixteen;
    let mut app = App::dated(store, cx.catalog.clone(), keymap, theme, Today::Clock);
    // The file's setting, else the locale: known once the file is open.
    app.set_lang(cx.lang());
    if let Some(id) = open {
        // Checked before the terminal is taken over, so the error reads like any other.
        app.open_assessment(id)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    if let Some(first) = problems.first() {
        let lang = app.lang;
        let text = match problems.len() {
            1 => crate::t!(lang, "tui-app-keys-problem", problem = first),
            n => crate::t!(
                lang,
                "tui-app-keys-problems",
                problem = first,
                count = n - 1
            ),
        };
        app.say(Message::error(text));
    }
    let signals = terminal::Signals::install()?;
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        terminal::give_back();
        hook(info);
    }));
    let taken = terminal::take().and_then(|()| {
        ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(
            terminal::Output::new(std::io::stdout(), classic),
        ))
    });
    let mut screen = match taken {
        Ok(screen) => screen,
        Err(e) => {
            terminal::give_back();
            return Err(e.into());
        }
    };
    let mut events = TerminalEvents::default();
    events.signals = signals.clone();
    let result = loop {
        let result = app::run(&mut screen, &mut app, &mut events);
        match signals.take() {
            None => break result,
            // The loop kept the text being typed as a draft on its way out.
            Some(terminal::Signal::End(sig)) => {
                terminal::give_back();
                if let Some(line) = app.parting() {
                    eprintln!("{line}");
                }
                return Err(Signalled(sig).into());
            }
            Some(terminal::Signal::Stop) => {
                terminal::give_back();
                signals.stop();
                retake(&mut screen)?;
            }
            Some(terminal::Signal::Continued) => retake(&mut screen)?,
        }
    };
    terminal::give_back();
    if let Some(line) = app.parting() {
        eprintln!("{line}");
    }
    result
}

/// Takes the terminal again after a stop and has the next frame drawn whole.
fn retake<B: ratatui::backend::Backend>(screen: &mut ratatui::Terminal<B>) -> Result<()>
where
    B::Error: Send + Sync + 'static,
{
    if let Err(e) = terminal::take_again() {
        terminal::give_back();
        return Err(e.into());
    }
    // The alternate screen comes back blank; what ratatui last drew is not there any more. A
    // blank frame, drawn over its memory of the last one, makes the next frame draw whole
    // (clearing instead would first ask the terminal where its cursor is, and wait).
    screen.draw(|_| {})?;
    Ok(())
}
