//! Listing assessments with their figures: the figures saved in the store are the ones the
//! scorecard gives, and are computed again whenever what they came from has changed (an
//! answer, the target, the questionnaire). The home screen draws only the rows that fit.

use std::fs;
use std::path::Path;

use aimsgap::assessment::{Answer, NewAssessment, Response};
use aimsgap::overview::{self, Listed};
use aimsgap::questionnaire::catalog::{self, Catalog, built_in};
use aimsgap::session::Session;
use aimsgap::store::Store;
use aimsgap::tui::app::App;
use aimsgap::tui::keymap::Keymap;
use aimsgap::tui::theme::Theme;
use jiff::civil::date;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers,
};
use rusqlite::Connection;
use tempfile::TempDir;

const MINIMAL: &str = include_str!("fixtures/questionnaires/valid/minimal.toml");

fn new(org: &str) -> NewAssessment {
    NewAssessment::new(org, date(2026, 5, 4))
}

/// Every listed assessment's figures are its scorecard's.
fn assert_as_scored(store: &Store, catalog: &Catalog, listed: &[Listed]) {
    for l in listed {
        let id = l.assessment.id;
        let card = Session::open(store, catalog, id).unwrap().scorecard().all;
        let f = l.figures.as_ref().unwrap();
        assert_eq!(
            (f.questions, f.applicable, f.answered, f.ready),
            (card.questions, card.applicable, card.answered, card.ready),
            "assessment {id}"
        );
        assert_eq!(f.coverage(), card.coverage);
        assert_eq!(f.readiness(), card.readiness);
    }
}

/// (questionnaire hash, as_of) saved for an assessment, read behind the store's back.
fn saved(db: &Path, id: i64) -> Option<(String, String)> {
    let conn = Connection::open(db).unwrap();
    conn.query_row(
        "SELECT questionnaire_hash, as_of FROM assessment_figures WHERE assessment_id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .ok()
}

#[test]
fn listed_figures_are_the_scorecards_and_follow_answers_and_target() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("a.db");
    let mut store = Store::open(&db).unwrap();
    let catalog = Catalog::new(None);
    let iso = built_in("iso42001").unwrap();
    let demo = aimsgap::demo::create(&mut store, iso, date(2026, 5, 4)).unwrap();
    let empty = store
        .create_assessment(&new("Empty Ltd"), iso, None)
        .unwrap();

    let first = overview::list(&mut store, &catalog).unwrap();
    assert_eq!(first.len(), 2);
    assert_as_scored(&store, &catalog, &first);
    assert!(saved(&db, demo).is_some() && saved(&db, empty).is_some());
    // Listed again from what was saved: the same.
    let again = overview::list(&mut store, &catalog).unwrap();
    assert_as_scored(&store, &catalog, &again);

    // An answer changes the figures it was saved with.
    let question = iso.questions().next().unwrap().question.id.clone();
    store
        .set_answer(empty, &question, &Answer::with_maturity(4))
        .unwrap();
    let after = overview::list(&mut store, &catalog).unwrap();
    assert_as_scored(&store, &catalog, &after);
    let row = after.iter().find(|l| l.assessment.id == empty).unwrap();
    assert_eq!(row.figures.as_ref().unwrap().answered, 1);

    // So does a new target.
    let mut a = store.assessment(demo).unwrap();
    let before = overview::list(&mut store, &catalog).unwrap();
    let ready_at_3 = before
        .iter()
        .find(|l| l.assessment.id == demo)
        .map(|l| l.figures.as_ref().unwrap().ready)
        .unwrap();
    a.target = 1;
    let fields = NewAssessment {
        target: 1,
        ..new(&a.organisation)
    };
    store.update_assessment(demo, &fields).unwrap();
    let lowered = overview::list(&mut store, &catalog).unwrap();
    assert_as_scored(&store, &catalog, &lowered);
    let ready_at_1 = lowered
        .iter()
        .find(|l| l.assessment.id == demo)
        .map(|l| l.figures.as_ref().unwrap().ready)
        .unwrap();
    assert!(ready_at_1 > ready_at_3, "{ready_at_1} > {ready_at_3}");
}

#[test]
fn listed_figures_follow_the_questionnaire_file_and_the_user_directory() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("a.db");
    let file = dir.path().join("minimal.toml");
    fs::write(&file, MINIMAL).unwrap();
    let q1 = catalog::load_file(&file).unwrap();
    let mut store = Store::open(&db).unwrap();
    let catalog = Catalog::new(None);
    let id = store
        .create_assessment(&new("File Ltd"), &q1, Some(file.to_str().unwrap()))
        .unwrap();
    store
        .set_answer(id, "1.1-a", &Answer::with_maturity(1))
        .unwrap();
    store
        .set_answer(id, "B.1-a", &Answer::with_maturity(0))
        .unwrap();
    let listed = overview::list(&mut store, &catalog).unwrap();
    assert_eq!(listed[0].figures.as_ref().unwrap().answered, 2);

    // The file changes under it: its renamed question's answer no longer counts.
    fs::write(&file, MINIMAL.replace("id = \"B.1-a\"", "id = \"B.1-b\"")).unwrap();
    let listed = overview::list(&mut store, &catalog).unwrap();
    assert_as_scored(&store, &catalog, &listed);
    assert_eq!(listed[0].figures.as_ref().unwrap().answered, 1);

    // The file goes: the copy stored at creation counts again.
    fs::remove_file(&file).unwrap();
    let listed = overview::list(&mut store, &catalog).unwrap();
    assert_as_scored(&store, &catalog, &listed);
    assert_eq!(listed[0].figures.as_ref().unwrap().answered, 2);
    assert_eq!(saved(&db, id).unwrap().0, q1.hash);

    // A built-in assessment, then a file in the user's directory that takes the built-in
    // questionnaire's place: listed against that file from then on.
    let iso = built_in("iso42001").unwrap();
    let builtin = store
        .create_assessment(&new("Built Ltd"), iso, None)
        .unwrap();
    overview::list(&mut store, &catalog).unwrap();
    assert_eq!(saved(&db, builtin).unwrap().0, iso.hash);
    let user = dir.path().join("questionnaires");
    fs::create_dir(&user).unwrap();
    let edition =
        catalog::built_in_source("iso42001").unwrap().to_string() + "\n# Our own edition.\n";
    fs::write(user.join("ours.toml"), &edition).unwrap();
    let ours = Catalog::new(Some(user));
    let listed = overview::list(&mut store, &ours).unwrap();
    assert_as_scored(&store, &ours, &listed);
    let hash = saved(&db, builtin).unwrap().0;
    assert_ne!(hash, iso.hash);
    assert_eq!(
        hash,
        catalog::load_file(&dir.path().join("questionnaires/ours.toml"))
            .unwrap()
            .hash
    );
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent {
        code,
        modifiers: KeyModifiers::NONE,
        kind: KeyEventKind::Press,
        state: KeyEventState::NONE,
    })
}

fn app(store: Store) -> App {
    App::new(
        store,
        Catalog::new(None),
        Keymap::default(),
        Theme {
            color: true,
            presenter: false,
        },
        date(2026, 11, 23),
    )
}

fn screen(app: &mut App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| app.render(f)).unwrap();
    let buf = terminal.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn the_home_screen_draws_the_rows_that_fit_and_scrolls_to_the_selection() {
    let mut store = Store::open_in_memory().unwrap();
    let iso = built_in("iso42001").unwrap();
    for n in 1..=60 {
        store
            .create_assessment(&new(&format!("Client {n:02} Ltd")), iso, None)
            .unwrap();
    }
    let mut app = app(store);
    assert_eq!(app.home.rows.len(), 60);
    // Same date for all: newest id first.
    let top = screen(&mut app, 80, 24);
    assert!(
        top.contains("Client 60 Ltd") && !top.contains("Client 01 Ltd"),
        "{top}"
    );
    app.handle_event(key(KeyCode::End));
    assert_eq!(app.home.selected, 59);
    let bottom = screen(&mut app, 80, 24);
    assert!(
        bottom.contains("Client 01 Ltd") && !bottom.contains("Client 60 Ltd"),
        "{bottom}"
    );
    // Going up one row at a time keeps the view still until the selection leaves it.
    for _ in 0..5 {
        app.handle_event(key(KeyCode::Up));
    }
    let up = screen(&mut app, 80, 24);
    assert!(up.contains("Client 01 Ltd"), "{up}");
    app.handle_event(key(KeyCode::Home));
    let again = screen(&mut app, 80, 24);
    assert_eq!(again, top);
}

#[test]
fn leaving_the_workshop_saves_the_figures_of_the_assessment() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("a.db");
    let mut store = Store::open(&db).unwrap();
    let iso = built_in("iso42001").unwrap();
    let id = store
        .create_assessment(&new("Acme Ltd"), iso, None)
        .unwrap();
    let mut app = app(store);
    app.open_assessment(id).unwrap();
    app.handle_event(key(KeyCode::Char('3')));
    let open = app.open.as_ref().unwrap();
    assert_eq!(open.session.scorecard().all.answered, 1);
    let stamp = app.store.assessment(id).unwrap().updated_at;
    app.handle_event(key(KeyCode::Char('q')));
    assert!(app.quit);
    let (hash, as_of) = saved(&db, id).unwrap();
    assert_eq!(hash, iso.hash);
    assert_eq!(as_of, stamp.to_string());
    let listed = overview::list(&mut app.store, &Catalog::new(None)).unwrap();
    assert_eq!(listed[0].figures.as_ref().unwrap().answered, 1);
    assert!(matches!(
        app.store
            .answer(id, &iso.questions().next().unwrap().question.id)
            .unwrap()
            .response,
        Response::Maturity { level: 3 }
    ));
}
