//! The monkey test: random keys through the real `App`, each followed by a frame at a random
//! terminal size from 1×1 to 500×200. Nothing may panic, and every answer in the database
//! must stay valid for its question.
//!
//! CI runs 10,000 events. The full run is a million:
//! `AIMSGAP_MONKEY_EVENTS=1000000 cargo test --release --test monkey -- --nocapture`;
//! `AIMSGAP_MONKEY_SEED=N` replays one sequence.

mod common;

use aimsgap::assessment::validate_answer;
use aimsgap::questionnaire::catalog::{Catalog, built_in};
use aimsgap::session::Session;
use aimsgap::store::Store;
use aimsgap::tui::app::App;
use aimsgap::tui::keymap::Keymap;
use aimsgap::tui::theme::Theme;
use common::Rng;
use jiff::civil::date;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers,
};
use tempfile::TempDir;

/// Keys a user could press, weighted towards the ones the screens bind.
fn random_key(rng: &mut Rng) -> KeyEvent {
    const BOUND: &str = "0123456789nxevbowg:/fuspqjkdcyrhl?NaiRmW ";
    let code = match rng.below(20) {
        0..=9 => KeyCode::Char(rng.pick(&BOUND.chars().collect::<Vec<_>>())),
        10..=11 => KeyCode::Char(char::from(32 + rng.below(95) as u8)),
        12 => KeyCode::Char(rng.pick(&['é', 'ß', '🚀', 'م', '\u{1b}', '\u{7}', '\u{0}'])),
        13 => KeyCode::Enter,
        14 => KeyCode::Esc,
        15 => rng.pick(&[
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Backspace,
            KeyCode::Delete,
        ]),
        16 => rng.pick(&[KeyCode::Up, KeyCode::Down, KeyCode::Left, KeyCode::Right]),
        17 => rng.pick(&[
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
        ]),
        18 => KeyCode::F(1 + rng.below(12) as u8),
        _ => KeyCode::Char(char::from(b'a' + rng.below(26) as u8)),
    };
    let modifiers = match rng.below(10) {
        0 => KeyModifiers::CONTROL,
        1 => KeyModifiers::SHIFT,
        2 => KeyModifiers::ALT,
        _ => KeyModifiers::NONE,
    };
    KeyEvent {
        code,
        modifiers,
        kind: if rng.below(50) == 0 {
            KeyEventKind::Release
        } else {
            KeyEventKind::Press
        },
        state: KeyEventState::NONE,
    }
}

/// A terminal size: mostly the sizes people use, sometimes anything from 1×1 to 500×200.
fn random_size(rng: &mut Rng) -> (u16, u16) {
    match rng.below(10) {
        0..=5 => (40 + rng.below(141) as u16, 10 + rng.below(51) as u16),
        6..=7 => (1 + rng.below(40) as u16, 1 + rng.below(12) as u16),
        _ => (1 + rng.below(500) as u16, 1 + rng.below(200) as u16),
    }
}

fn check_every_answer(store: &Store, catalog: &Catalog) -> usize {
    let mut checked = 0;
    for a in store.assessments().unwrap() {
        let session = Session::open(store, catalog, a.id).unwrap();
        for (qid, answer) in &session.answers {
            if session.questionnaire.question(qid).is_some() {
                validate_answer(&session.questionnaire, qid, answer)
                    .unwrap_or_else(|e| panic!("assessment {} {qid}: {e}", a.id));
                checked += 1;
            }
        }
    }
    checked
}

#[test]
fn a_monkey_at_the_keyboard_breaks_nothing() {
    let events: u64 = std::env::var("AIMSGAP_MONKEY_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let seed: u64 = std::env::var("AIMSGAP_MONKEY_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4_242);
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("monkey.db");
    let today = date(2026, 11, 23);
    let mut store = Store::open(&path).unwrap();
    aimsgap::demo::create(&mut store, built_in("iso42001").unwrap(), today).unwrap();
    // The monkey may not write files anywhere: the export dialog has no key.
    let (keymap, problems) = Keymap::with_overrides(Some(
        "[workshop]\n\"E\" = \"none\"\n[dashboard]\n\"E\" = \"none\"\n[roadmap]\n\"E\" = \"none\"\n[record]\n\"E\" = \"none\"\n",
    ));
    assert!(problems.is_empty(), "{problems:?}");
    let catalog = Catalog::new(None);
    let theme = Theme {
        color: true,
        presenter: false,
        ..Theme::default()
    };
    let mut app = App::new(store, Catalog::new(None), keymap, theme, today);
    let mut rng = Rng::seeded(seed);
    let mut size = (120, 40);
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    let mut quits = 0;
    for n in 0..events {
        if rng.below(20) == 0 {
            size = random_size(&mut rng);
            terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
            app.handle_event(Event::Resize(size.0, size.1));
        } else {
            app.handle_event(Event::Key(random_key(&mut rng)));
        }
        assert!(app.export.is_none(), "event {n}: the export dialog opened");
        terminal
            .draw(|f| app.render(f))
            .unwrap_or_else(|e| panic!("event {n} at {size:?}: {e}"));
        if app.quit {
            // Quitting is a fine thing to do; the monkey starts the screen again.
            app.quit = false;
            quits += 1;
        }
        if n % 5_000 == 4_999 {
            check_every_answer(&app.store, &catalog);
        }
    }
    let checked = check_every_answer(&app.store, &catalog);
    let integrity: String = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    eprintln!(
        "monkey: {events} events from seed {seed}, {quits} quits, {} assessments, {checked} answers valid",
        app.store.assessments().unwrap().len()
    );
}
