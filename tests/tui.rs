//! The workshop screens, driven through the real `App` with key events: state and database
//! after each key, screens at 80×24 and 120×40, and a whole journey through the loop.

use std::path::Path;
use std::time::Duration;

use aimsgap::assessment::{Answer, NewAssessment, Response};
use aimsgap::questionnaire::catalog::{Catalog, built_in};
use aimsgap::store::Store;
use aimsgap::tui::app::{self, App, Kind, Scripted, View};
use aimsgap::tui::keymap::Keymap;
use aimsgap::tui::theme::Theme;
use aimsgap::tui::tree::Filter;
use jiff::civil::date;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers,
};
use ratatui::style::Color;
use tempfile::TempDir;

const TODAY: jiff::civil::Date = date(2026, 11, 23);

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent {
        code,
        modifiers: KeyModifiers::NONE,
        kind: KeyEventKind::Press,
        state: KeyEventState::NONE,
    })
}

fn ctrl(c: char) -> Event {
    Event::Key(KeyEvent {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
        kind: KeyEventKind::Press,
        state: KeyEventState::NONE,
    })
}

/// Types text, one key per character.
fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_event(key(KeyCode::Char(c)));
    }
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_event(key(code));
}

fn new_app(store: Store) -> App {
    App::new(
        store,
        Catalog::new(None),
        Keymap::default(),
        Theme {
            color: true,
            presenter: false,
        },
        TODAY,
    )
}

/// An app on a file database with one empty assessment, open in the workshop.
fn workshop(dir: &Path) -> (App, i64) {
    let mut store = Store::open(&dir.join("t.db")).unwrap();
    let new = NewAssessment {
        scope: "Forecasting and routing".into(),
        ..NewAssessment::new("Acme Ltd", TODAY)
    };
    let id = store
        .create_assessment(&new, built_in("iso42001").unwrap(), None)
        .unwrap();
    let mut app = new_app(store);
    app.open_assessment(id).unwrap();
    (app, id)
}

/// An app on the demo assessment.
fn demo(dir: &Path) -> (App, i64) {
    let mut store = Store::open(&dir.join("demo.db")).unwrap();
    let id = aimsgap::demo::create(&mut store, built_in("iso42001").unwrap(), TODAY).unwrap();
    (new_app(store), id)
}

fn current_id(app: &App) -> String {
    let open = app.open.as_ref().unwrap();
    open.workshop.question_id(&open.session)
}

fn stored(app: &App, id: i64, question: &str) -> Answer {
    app.store.answer(id, question).unwrap()
}

fn draw(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| app.render(f)).unwrap();
    terminal
}

fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// The position of the first cell where `text` starts.
fn find(terminal: &Terminal<TestBackend>, text: &str) -> Option<(u16, u16)> {
    let screen = screen_text(terminal);
    for (y, line) in screen.lines().enumerate() {
        if let Some(byte) = line.find(text) {
            let x = line[..byte].chars().count();
            return Some((x as u16, y as u16));
        }
    }
    None
}

#[test]
fn a_digit_scores_saves_and_moves_on() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    assert_eq!(current_id(&app), "4.1-a");
    typed(&mut app, "2");
    assert_eq!(
        stored(&app, id, "4.1-a").response,
        Response::Maturity { level: 2 }
    );
    assert_eq!(current_id(&app), "4.1-b");
    let m = app.message.clone().unwrap();
    assert_eq!(
        (m.kind, m.text.as_str()),
        (Kind::Ok, "Saved 4.1-a: 2 Managed")
    );
    typed(&mut app, "35");
    assert_eq!(
        stored(&app, id, "4.1-b").response,
        Response::Maturity { level: 3 }
    );
    assert_eq!(
        stored(&app, id, "4.1-c").response,
        Response::Maturity { level: 5 }
    );
    assert_eq!(current_id(&app), "4.2-a");
    // Arrow keys and vim keys both move.
    press(&mut app, KeyCode::Up);
    typed(&mut app, "k");
    assert_eq!(current_id(&app), "4.1-b");
    typed(&mut app, "jj");
    assert_eq!(current_id(&app), "4.2-a");
}

#[test]
fn not_applicable_is_refused_on_clauses_and_needs_a_justification_on_controls() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "n");
    let m = app.message.clone().unwrap();
    assert_eq!(m.kind, Kind::Error);
    assert!(m.text.contains("4.1 is a clause requirement"), "{}", m.text);
    assert!(app.open.as_ref().unwrap().workshop.editing.is_none());

    typed(&mut app, "g");
    typed(&mut app, "A.10.4");
    press(&mut app, KeyCode::Enter);
    assert_eq!(current_id(&app), "A.10.4-a");
    typed(&mut app, "n");
    press(&mut app, KeyCode::Enter);
    // An empty justification keeps the box open and says why.
    let open = app.open.as_ref().unwrap();
    let message = open
        .workshop
        .editing
        .as_ref()
        .unwrap()
        .message
        .clone()
        .unwrap();
    assert!(message.contains("justification is needed"), "{message}");
    assert_eq!(stored(&app, id, "A.10.4-a"), Answer::default());
    typed(&mut app, "We supply no AI to customers");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        stored(&app, id, "A.10.4-a").response,
        Response::NotApplicable {
            justification: "We supply no AI to customers".into()
        }
    );
    assert!(app.open.as_ref().unwrap().workshop.editing.is_none());
}

#[test]
fn notes_are_multi_line_and_kept_as_a_draft_while_typing() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "e");
    typed(&mut app, "Deck from 2024");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "No AI role");
    // Every keystroke is already on disk as a draft.
    let drafts = app.store.drafts(id).unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].text, "Deck from 2024\nNo AI role");
    app.handle_event(ctrl('s'));
    assert_eq!(
        stored(&app, id, "4.1-a").notes,
        "Deck from 2024\nNo AI role"
    );
    assert!(app.store.drafts(id).unwrap().is_empty());
    // Saving notes does not score or move.
    assert_eq!(stored(&app, id, "4.1-a").response, Response::Unanswered);
    assert_eq!(current_id(&app), "4.1-a");
    // Escape cancels: nothing saved, draft gone.
    typed(&mut app, "e");
    typed(&mut app, " more");
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        stored(&app, id, "4.1-a").notes,
        "Deck from 2024\nNo AI role"
    );
    assert!(app.store.drafts(id).unwrap().is_empty());
}

#[test]
fn text_typed_before_a_crash_is_offered_back() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "e");
    typed(&mut app, "Half a thought");
    drop(app); // the process dies with the box open

    let mut app = new_app(Store::open(&dir.path().join("t.db")).unwrap());
    app.open_assessment(id).unwrap();
    let terminal = draw(&mut app, 80, 24);
    let screen = screen_text(&terminal);
    assert!(screen.contains("Unsaved notes of 4.1-a"), "{screen}");
    assert!(screen.contains("Half a thought"));
    typed(&mut app, "y");
    let editing = app
        .open
        .as_ref()
        .unwrap()
        .workshop
        .editing
        .as_ref()
        .unwrap();
    assert_eq!(editing.text(), "Half a thought");
    typed(&mut app, "!");
    app.handle_event(ctrl('s'));
    assert_eq!(stored(&app, id, "4.1-a").notes, "Half a thought!");

    // Declining discards it.
    typed(&mut app, "e");
    typed(&mut app, " and more");
    drop(app);
    let mut app = new_app(Store::open(&dir.path().join("t.db")).unwrap());
    app.open_assessment(id).unwrap();
    typed(&mut app, "n");
    assert!(app.store.drafts(id).unwrap().is_empty());
    assert_eq!(stored(&app, id, "4.1-a").notes, "Half a thought!");
}

#[test]
fn owner_due_date_evidence_and_basis_are_edited_in_place() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "o");
    typed(&mut app, "CISO");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "w");
    typed(&mut app, "31/01/2027");
    press(&mut app, KeyCode::Enter);
    let message = app
        .open
        .as_ref()
        .unwrap()
        .workshop
        .editing
        .as_ref()
        .unwrap()
        .message
        .clone()
        .unwrap();
    assert!(message.contains("YYYY-MM-DD"), "{message}");
    for _ in 0..10 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "2027-01-31");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "v");
    typed(&mut app, "Scope v1.2");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "Board minutes");
    app.handle_event(ctrl('s'));
    typed(&mut app, "bb");
    let a = stored(&app, id, "4.1-a");
    assert_eq!(a.owner, "CISO");
    assert_eq!(a.due, Some(date(2027, 1, 31)));
    assert_eq!(a.evidence, ["Scope v1.2", "Board minutes"]);
    assert_eq!(a.basis, Some(aimsgap::assessment::EvidenceBasis::Document));
}

#[test]
fn jump_search_filter_and_next_unanswered_find_their_way() {
    let dir = TempDir::new().unwrap();
    let (mut app, _) = workshop(dir.path());
    typed(&mut app, ":");
    typed(&mut app, "a.6.2.4");
    press(&mut app, KeyCode::Enter);
    assert_eq!(current_id(&app), "A.6.2.4-a");
    typed(&mut app, "g");
    typed(&mut app, "A.6.2.9");
    press(&mut app, KeyCode::Enter);
    let message = app
        .open
        .as_ref()
        .unwrap()
        .workshop
        .editing
        .as_ref()
        .unwrap()
        .message
        .clone()
        .unwrap();
    assert!(
        message.contains("No requirement or question \"A.6.2.9\""),
        "{message}"
    );
    assert!(message.contains("did you mean"), "{message}");
    press(&mut app, KeyCode::Esc);

    typed(&mut app, "/");
    typed(&mut app, "drift");
    press(&mut app, KeyCode::Enter);
    let filter = app.open.as_ref().unwrap().workshop.filter.clone();
    assert_eq!(filter, Filter::Search("drift".into()));
    let terminal = draw(&mut app, 120, 40);
    let screen = screen_text(&terminal);
    assert!(screen.contains("filter: search \"drift\""), "{screen}");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.open.as_ref().unwrap().workshop.filter, Filter::All);
    assert_eq!(app.view, View::Workshop);

    typed(&mut app, "gA.2.2");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "3");
    typed(&mut app, "g4.1");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "f"); // unanswered only
    assert_eq!(
        app.open.as_ref().unwrap().workshop.filter,
        Filter::Unanswered
    );
    typed(&mut app, "f"); // with a gap: none yet
    typed(&mut app, "ff"); // not applicable, then all again
    assert_eq!(app.open.as_ref().unwrap().workshop.filter, Filter::All);
    press(&mut app, KeyCode::Tab);
    assert_eq!(current_id(&app), "4.1-b");
}

#[test]
fn undo_restores_the_previous_answer_in_the_database() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "2");
    press(&mut app, KeyCode::Up);
    typed(&mut app, "4");
    assert_eq!(
        stored(&app, id, "4.1-a").response,
        Response::Maturity { level: 4 }
    );
    typed(&mut app, "u");
    assert_eq!(
        stored(&app, id, "4.1-a").response,
        Response::Maturity { level: 2 }
    );
    assert_eq!(current_id(&app), "4.1-a");
    typed(&mut app, "u");
    assert_eq!(stored(&app, id, "4.1-a"), Answer::default());
    typed(&mut app, "u");
    assert_eq!(app.message.clone().unwrap().text, "Nothing to undo");
    // Every change, undos included, is in the history.
    assert_eq!(app.store.history(id, Some("4.1-a")).unwrap().len(), 4);
}

#[test]
fn a_locked_database_shows_an_error_and_nothing_as_saved() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    app.store
        .set_busy_timeout(Duration::from_millis(50))
        .unwrap();
    let other = rusqlite::Connection::open(dir.path().join("t.db")).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    typed(&mut app, "3");
    let m = app.message.clone().unwrap();
    assert_eq!(m.kind, Kind::Error);
    assert!(m.text.starts_with("NOT SAVED"), "{}", m.text);
    assert!(m.text.contains("locked"), "{}", m.text);
    // The screen still shows the question unanswered, and the cursor did not move.
    assert_eq!(current_id(&app), "4.1-a");
    let open = app.open.as_ref().unwrap();
    assert!(!open.session.answer("4.1-a").response.is_answered());
    let terminal = draw(&mut app, 80, 24);
    assert!(screen_text(&terminal).contains("not yet answered"));
    other.execute_batch("ROLLBACK").unwrap();
    typed(&mut app, "3");
    assert_eq!(
        stored(&app, id, "4.1-a").response,
        Response::Maturity { level: 3 }
    );
}

#[test]
fn presenter_mode_hides_notes_and_raises_contrast() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    app.store
        .set_answer(
            id,
            "4.1-a",
            &Answer {
                notes: "CEO is sceptical".into(),
                ..Answer::with_maturity(1)
            },
        )
        .unwrap();
    app.open_assessment(id).unwrap();
    typed(&mut app, "g4.1");
    press(&mut app, KeyCode::Enter);
    let normal = draw(&mut app, 120, 40);
    assert!(screen_text(&normal).contains("CEO is sceptical"));
    typed(&mut app, "p");
    let shown = draw(&mut app, 120, 40);
    let screen = screen_text(&shown);
    assert!(!screen.contains("CEO is sceptical"), "{screen}");
    assert!(screen.contains("hidden in presenter mode"));
    assert!(screen.contains("PRESENTER"));
    let buf = shown.backend().buffer();
    assert_eq!(buf[(5, 10)].bg, Color::Black);
    typed(&mut app, "e");
    assert!(
        app.open.as_ref().unwrap().workshop.editing.is_none(),
        "notes editor opened in presenter mode"
    );
    app.handle_event(ctrl('p'));
    assert!(screen_text(&draw(&mut app, 120, 40)).contains("CEO is sceptical"));
}

#[test]
fn home_creates_re_assesses_and_deletes() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&dir.path().join("h.db")).unwrap();
    let mut app = new_app(store);
    assert!(screen_text(&draw(&mut app, 80, 24)).contains("No assessments yet"));
    typed(&mut app, "n");
    typed(&mut app, "Beta AG");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "Chatbot");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "Kim");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "4");
    press(&mut app, KeyCode::Enter); // to the questionnaire field
    press(&mut app, KeyCode::Enter); // save
    assert_eq!(app.view, View::Workshop);
    let a = &app.open.as_ref().unwrap().session.assessment;
    assert_eq!(
        (
            a.organisation.as_str(),
            a.scope.as_str(),
            a.assessor.as_str(),
            a.target
        ),
        ("Beta AG", "Chatbot", "Kim", 4)
    );
    typed(&mut app, "3");
    typed(&mut app, "q");
    assert!(app.quit);

    app.quit = false;
    app.execute(app::Command::GoHome);
    assert_eq!(app.home.rows.len(), 1);
    typed(&mut app, "c");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.home.rows.len(), 2);
    let copy = app.home.rows.iter().map(|r| r.id).max().unwrap();
    assert_eq!(
        app.store.answer(copy, "4.1-a").unwrap().response,
        Response::Maturity { level: 3 }
    );

    typed(&mut app, "d");
    assert!(screen_text(&draw(&mut app, 80, 24)).contains("cannot be undone"));
    press(&mut app, KeyCode::Enter); // Enter does not confirm a delete
    typed(&mut app, "n");
    assert_eq!(app.home.rows.len(), 2);
    typed(&mut app, "d");
    typed(&mut app, "y");
    assert_eq!(app.home.rows.len(), 1);
    assert_eq!(app.store.assessments().unwrap().len(), 1);
}

#[test]
fn help_is_generated_from_the_keymap() {
    let dir = TempDir::new().unwrap();
    let (mut app, _) = workshop(dir.path());
    let (keymap, problems) = Keymap::with_overrides(Some("[workshop]\n\"J\" = \"jump\"\n"));
    assert!(problems.is_empty());
    app.keymap = keymap;
    typed(&mut app, "?");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("J g :"), "{screen}");
    assert!(screen.contains("go to a requirement by its ref"));
    // The footer shows the user's key too.
    typed(&mut app, "?");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("J go to"), "{screen}");
}

// ---- screens ----

fn snapshot(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    draw(app, width, height)
}

#[test]
fn home_screen() {
    let dir = TempDir::new().unwrap();
    let (mut app, _) = demo(dir.path());
    for (w, h) in [(80, 24), (120, 40)] {
        let t = snapshot(&mut app, w, h);
        let screen = screen_text(&t);
        assert!(screen.contains("Northwind Logistics GmbH"));
        assert!(screen.contains("134/136"));
        insta::assert_snapshot!(
            format!("home_{w}x{h}"),
            screen.replace(dir.path().to_str().unwrap(), "<tmp>")
        );
        // The selected row is highlighted.
        let (x, y) = find(&t, "Northwind").unwrap();
        assert_eq!(t.backend().buffer()[(x, y)].bg, Color::Blue);
    }
}

#[test]
fn workshop_screen() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    typed(&mut app, "g6.1.3");
    press(&mut app, KeyCode::Enter);
    for (w, h) in [(80, 24), (120, 40)] {
        let t = snapshot(&mut app, w, h);
        let screen = screen_text(&t);
        assert!(screen.contains("6.1.3  AI risk treatment"), "{screen}");
        assert!(screen.contains("Answer   1 Initial"), "{screen}");
        insta::assert_snapshot!(format!("workshop_{w}x{h}"), screen);
        // Colour carries the status: the score of an absent item is red, of a conforming one
        // green, and the answer line says the status in words as well.
        let buf = t.backend().buffer();
        let (x, y) = find(&t, "6.1.2 d").unwrap();
        assert_eq!(buf[(x - 2, y)].symbol(), "1");
        assert_eq!(buf[(x - 2, y)].fg, Color::Yellow);
        let (x, y) = find(&t, "6.1.3 a").unwrap();
        assert_eq!(buf[(x - 2, y)].symbol(), "1");
        // The selected row keeps its mark, highlighted.
        assert_eq!(buf[(x - 2, y)].bg, Color::Blue);
        let (x, y) = find(&t, "5.1 a").unwrap();
        assert_eq!(buf[(x - 2, y)].symbol(), "3");
        assert_eq!(buf[(x - 2, y)].fg, Color::Green);
        assert!(screen.contains(" partial "));
    }
}

#[test]
fn dashboard_screen() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    typed(&mut app, "s");
    assert_eq!(app.view, View::Dashboard);
    for (w, h) in [(80, 24), (120, 40)] {
        let t = snapshot(&mut app, w, h);
        let screen = screen_text(&t);
        assert!(screen.contains("Readiness  overall 16%"), "{screen}");
        insta::assert_snapshot!(format!("dashboard_{w}x{h}"), screen);
        // Bars are coloured by distance from target: Leadership (2.6) is within a level,
        // Operation (0.6) is far below.
        let buf = t.backend().buffer();
        let bar_colour = |label: &str| {
            let (_, y) = find(&t, label).unwrap();
            (0..buf.area.width)
                .map(|x| &buf[(x, y)])
                .find(|c| c.symbol() == "█")
                .map(|c| c.fg)
        };
        assert_eq!(bar_colour("5 Leadership"), Some(Color::Yellow));
        assert_eq!(bar_colour("8 Operation"), Some(Color::Red));
    }
    // Live: a new answer changes the board at once.
    typed(&mut app, "s");
    typed(&mut app, "g9.3.2");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "5");
    typed(&mut app, "s");
    let screen = screen_text(&snapshot(&mut app, 120, 40));
    assert!(screen.contains("135/136 answered"), "{screen}");
}

#[test]
fn no_color_keeps_meaning_in_glyphs_and_words() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.theme = Theme {
        color: false,
        presenter: false,
    };
    app.open_assessment(id).unwrap();
    let t = draw(&mut app, 80, 24);
    let buf = t.backend().buffer();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let c = &buf[(x, y)];
            assert!(
                matches!(c.fg, Color::Reset) && matches!(c.bg, Color::Reset),
                "colour at {x},{y}"
            );
        }
    }
    assert!(
        screen_text(&t).contains("not yet answered") || screen_text(&t).contains("not assessed")
    );
}

#[test]
fn every_screen_fits_small_and_odd_terminal_sizes() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    for (w, h) in [(1, 1), (20, 5), (80, 24), (47, 13), (200, 60)] {
        draw(&mut app, w, h);
        app.open_assessment(id).unwrap();
        draw(&mut app, w, h);
        typed(&mut app, "?");
        draw(&mut app, w, h);
        typed(&mut app, "?s");
        draw(&mut app, w, h);
        typed(&mut app, "s");
        typed(&mut app, "e");
        draw(&mut app, w, h);
        press(&mut app, KeyCode::Esc);
        app.execute(app::Command::GoHome);
    }
}

#[test]
fn a_journey_through_the_real_loop() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&dir.path().join("j.db")).unwrap();
    let mut app = new_app(store);
    let mut events = Vec::new();
    let text = |s: &str| s.chars().map(|c| key(KeyCode::Char(c))).collect::<Vec<_>>();
    // Create an assessment from Home.
    events.extend(text("n"));
    events.extend(text("Gamma plc"));
    events.push(key(KeyCode::Enter));
    events.push(key(KeyCode::Enter));
    events.push(key(KeyCode::Enter));
    events.push(key(KeyCode::Enter));
    events.push(key(KeyCode::Enter));
    // Score the whole A.2 group, exclude A.10.4, look at the dashboard, resize, quit.
    events.extend(text("gA.2"));
    events.push(key(KeyCode::Enter));
    events.extend(text("3213"));
    events.extend(text("gA.10.4"));
    events.push(key(KeyCode::Enter));
    events.extend(text("n"));
    events.extend(text("No customers"));
    events.push(key(KeyCode::Enter));
    events.extend(text("s"));
    events.push(Event::Resize(160, 50));
    events.extend(text("s"));
    events.extend(text("q"));
    events.extend(text("4")); // after quitting: never read
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    app::run(&mut terminal, &mut app, &mut Scripted(events.into_iter())).unwrap();
    assert!(app.quit);
    let id = app.store.assessments().unwrap()[0].id;
    let answers = app.store.answers(id).unwrap();
    let level = |q: &str| answers[q].response.maturity();
    assert_eq!(level("A.2.2-a"), Some(3));
    assert_eq!(level("A.2.2-b"), Some(2));
    assert_eq!(level("A.2.3-a"), Some(1));
    assert_eq!(level("A.2.4-a"), Some(3));
    assert!(answers["A.10.4-a"].response.is_not_applicable());
    assert_eq!(answers.len(), 5);
}
