//! The workshop screens, driven through the real `App` with key events: state and database
//! after each key, screens at 80×24 and 120×40, and a whole journey through the loop.

use std::path::Path;
use std::time::{Duration, Instant};

use aimsgap::assessment::{Answer, NewAssessment, Response};
use aimsgap::questionnaire::catalog::{Catalog, built_in};
use aimsgap::report::{Format, Report};
use aimsgap::session::Session;
use aimsgap::store::Store;
use aimsgap::tui::app::{self, App, Kind, Scripted, View};
use aimsgap::tui::keymap::{Context, Keymap};
use aimsgap::tui::screen::Screen;
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

/// The user stops typing for a while: the idle screen does its work.
fn pause(app: &mut App) -> bool {
    app.tick(Instant::now() + Duration::from_secs(3))
}

fn new_app(store: Store) -> App {
    App::new(
        store,
        Catalog::new(None),
        Keymap::default(),
        Theme {
            color: true,
            presenter: false,
            ..Theme::default()
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

/// An app on the demo assessment with one early action due before the roadmap can finish
/// it (the demo's own due dates all fit the plan).
fn demo_with_a_late_action(dir: &Path) -> (App, i64) {
    let (mut app, id) = demo(dir);
    let question = report(&app, id).roadmap.actions[2].question.clone();
    let mut answer = app.store.answer(id, &question).unwrap();
    answer.due = Some(TODAY);
    app.store.set_answer(id, &question, &answer).unwrap();
    (app, id)
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
fn not_applicable_excludes_the_whole_control_and_its_questions_are_then_not_scored() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "g");
    typed(&mut app, "A.2.2");
    press(&mut app, KeyCode::Enter);
    assert_eq!(current_id(&app), "A.2.2-a");
    typed(&mut app, "4");
    assert_eq!(current_id(&app), "A.2.2-b");
    typed(&mut app, "n");
    typed(&mut app, "The group's AI policy applies");
    press(&mut app, KeyCode::Enter);
    let m = app.message.clone().unwrap();
    assert!(
        m.text.contains("Excluded A.2.2") && m.text.contains("its 2 questions"),
        "{}",
        m.text
    );
    let na = Response::NotApplicable {
        justification: "The group's AI policy applies".into(),
    };
    assert_eq!(stored(&app, id, "A.2.2-a").response, na);
    assert_eq!(stored(&app, id, "A.2.2-b").response, na);
    // Never partly excluded: a score on one of its questions is refused, nothing stored.
    typed(&mut app, "g");
    typed(&mut app, "A.2.2-a");
    press(&mut app, KeyCode::Enter);
    assert_eq!(current_id(&app), "A.2.2-a");
    typed(&mut app, "3");
    let m = app.message.clone().unwrap();
    assert_eq!(m.kind, Kind::Error);
    assert!(
        m.text
            .contains("A.2.2 is excluded from the Statement of Applicability"),
        "{}",
        m.text
    );
    assert_eq!(stored(&app, id, "A.2.2-a").response, na);
}

/// The terminal fails under the loop (it went away: reading a key or writing a frame
/// errs) while notes are being typed: the loop ends with the error, and the text is kept.
#[test]
fn text_being_typed_is_kept_when_the_terminal_fails() {
    struct Failing(std::vec::IntoIter<Event>);
    impl aimsgap::tui::app::Events for Failing {
        fn next_event(&mut self) -> std::io::Result<Option<Event>> {
            match self.0.next() {
                Some(event) => Ok(Some(event)),
                None => Err(std::io::Error::from_raw_os_error(libc::EIO)),
            }
        }
    }
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    let mut events = vec![key(KeyCode::Char('e'))];
    events.extend(
        "typed as the line dropped"
            .chars()
            .map(|c| key(KeyCode::Char(c))),
    );
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let ended = app::run(&mut terminal, &mut app, &mut Failing(events.into_iter()));
    assert!(ended.is_err(), "the loop ends with the terminal's error");
    let drafts = app.store.drafts(id).unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].text, "typed as the line dropped");
}

#[test]
fn notes_are_multi_line_and_kept_as_a_draft_while_typing() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "e");
    typed(&mut app, "Deck from 2024");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "No AI role");
    // Kept as a draft once typing pauses.
    pause(&mut app);
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
    // Escape with changed text asks first; n goes back to typing, y discards: nothing
    // saved, draft gone.
    typed(&mut app, "e");
    typed(&mut app, " more");
    press(&mut app, KeyCode::Esc);
    let screen = screen_text(&draw(&mut app, 100, 30));
    assert!(screen.contains("Discard what you changed?"), "{screen}");
    assert!(app.open.as_ref().unwrap().workshop.editing.is_some());
    typed(&mut app, "n");
    typed(&mut app, "!");
    let text = app
        .open
        .as_ref()
        .unwrap()
        .workshop
        .editing
        .as_ref()
        .unwrap()
        .text();
    assert_eq!(text, "Deck from 2024\nNo AI role more!");
    press(&mut app, KeyCode::Esc);
    typed(&mut app, "y");
    assert!(app.open.as_ref().unwrap().workshop.editing.is_none());
    assert_eq!(
        stored(&app, id, "4.1-a").notes,
        "Deck from 2024\nNo AI role"
    );
    assert!(app.store.drafts(id).unwrap().is_empty());
    // With nothing changed, escape just closes the box.
    typed(&mut app, "e");
    press(&mut app, KeyCode::Esc);
    assert!(app.open.as_ref().unwrap().workshop.editing.is_none());
}

#[test]
fn text_typed_before_a_crash_is_offered_back() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "e");
    typed(&mut app, "Half a thought");
    pause(&mut app);
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
    pause(&mut app);
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
        message.contains("No section, requirement or question matches \"A.6.2.9\""),
        "{message}"
    );
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

/// Through the real app: after the jump key, the shortest text the ranking allows and Enter
/// lands on every requirement (≤ 4 keys) and every question (≤ 5) of the built-in catalogue.
#[test]
fn every_requirement_and_question_is_reached_in_a_few_keys_after_the_jump_key() {
    let dir = TempDir::new().unwrap();
    let (mut app, _) = workshop(dir.path());
    let q = built_in("iso42001").unwrap();
    let shortest = aimsgap::navigate::Jump::new(q).shortest(4);
    let go = |app: &mut App, id: &str| -> usize {
        let text = &shortest[id];
        typed(app, "g");
        typed(app, text);
        press(app, KeyCode::Enter);
        text.chars().count() + 1
    };
    for (_, r) in q.requirements() {
        let keys = go(&mut app, &r.reference);
        assert!(keys <= 4, "{}: {keys} keys", r.reference);
        assert_eq!(current_id(&app), r.questions[0].id, "{}", r.reference);
        for question in &r.questions {
            let keys = go(&mut app, &question.id);
            assert!(keys <= 5, "{}: {keys} keys", question.id);
            assert_eq!(current_id(&app), question.id);
        }
    }
    // The ids people say aloud, typed any way.
    for (text, lands) in [
        ("a624", "A.6.2.4-a"),
        ("6.1.2 c", "6.1.2-c"),
        ("612c", "6.1.2-c"),
        ("A.6.2.4-B", "A.6.2.4-b"),
        ("7.5", "7.5.1-a"),
        ("624", "A.6.2.4-a"),
    ] {
        typed(&mut app, "g");
        typed(&mut app, text);
        press(&mut app, KeyCode::Enter);
        assert_eq!(current_id(&app), lands, "{text:?}");
    }
}

#[test]
fn the_jump_box_narrows_its_candidates_as_you_type() {
    let dir = TempDir::new().unwrap();
    let (mut app, _) = workshop(dir.path());
    typed(&mut app, "ga6");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("matches: enter takes the first"),
        "{screen}"
    );
    assert!(screen.contains("A.6.1.2"), "{screen}");
    typed(&mut app, "24");
    let t = draw(&mut app, 80, 24);
    let screen = screen_text(&t);
    assert!(screen.contains("4 matches"), "{screen}");
    assert!(!screen.contains("A.6.1.2"), "{screen}");
    // The first candidate, the one enter takes, is highlighted.
    let (x, y) = find(&t, "A.6.2.4 ").unwrap();
    assert_eq!(
        t.backend().buffer()[(x, y)].style().bg,
        Theme::default().selected().bg
    );
    typed(&mut app, "b");
    assert!(screen_text(&draw(&mut app, 80, 24)).contains("1 match: enter goes there"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(current_id(&app), "A.6.2.4-b");
}

#[test]
fn one_key_goes_back_and_related_questions_are_one_key_each() {
    let dir = TempDir::new().unwrap();
    let (mut app, _) = workshop(dir.path());
    typed(&mut app, "B");
    assert!(screen_text(&draw(&mut app, 80, 24)).contains("Nowhere to go back to"));
    let start = current_id(&app);
    typed(&mut app, "g43a");
    press(&mut app, KeyCode::Enter);
    assert_eq!(current_id(&app), "4.3-a");
    // 4.3 waits on 4.1 and 4.2: listed first, each behind one digit.
    typed(&mut app, "l");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Related questions"), "{screen}");
    let one = find(&draw(&mut app, 80, 24), "1 4.1-a").expect("4.1-a listed first");
    let two = find(&draw(&mut app, 80, 24), "2 4.2-a").expect("4.2-a listed second");
    assert!(one.1 < two.1);
    typed(&mut app, "2");
    assert_eq!(current_id(&app), "4.2-a");
    // From 4.2-a, 4.3 is listed the other way round: it waits on 4.2.
    typed(&mut app, "l");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("4.3-a"), "{screen}");
    assert!(screen.contains("waits on this"), "{screen}");
    press(&mut app, KeyCode::Esc);
    assert!(app.open.as_ref().unwrap().workshop.related.is_none());
    // Back, one key a step, the way it came.
    typed(&mut app, "B");
    assert_eq!(current_id(&app), "4.3-a");
    app.handle_event(ctrl('o'));
    assert_eq!(current_id(&app), start);
}

/// `/bias` finds the seven questions whose guidance, evidence or recommendation mention it;
/// every match shows in the tree even when the cursor was far down before, and n/N step.
#[test]
fn a_search_shows_every_match_and_n_steps_through_them() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    let q = built_in("iso42001").unwrap();
    let expected: Vec<String> = q
        .questions()
        .filter(|x| aimsgap::navigate::search_matches(x, None, "bias", true))
        .map(|x| x.question.id.clone())
        .collect();
    assert!(expected.len() >= 7, "{expected:?}");
    // Scrolled to the far end first: the tree's offset must not hide the early matches.
    press(&mut app, KeyCode::End);
    draw(&mut app, 80, 24);
    typed(&mut app, "/bias");
    press(&mut app, KeyCode::Enter);
    let session = Session::open(&app.store, &Catalog::new(None), id).unwrap();
    let card = session.scorecard();
    let t = draw(&mut app, 80, 24);
    let screen = screen_text(&t);
    assert!(
        screen.contains(&format!("{} questions match \"bias\"", expected.len())),
        "{screen}"
    );
    for wanted in &expected {
        let s = card
            .questions
            .iter()
            .find(|s| &s.at.question.id == wanted)
            .unwrap();
        let label = aimsgap::tui::tree::label(s);
        assert!(
            screen.lines().any(|l| l.contains(&format!(" {label} "))),
            "{label} not in view:\n{screen}"
        );
    }
    // n steps forward through every match and wraps; N steps back.
    let first = current_id(&app);
    let mut seen = vec![first.clone()];
    for _ in 1..expected.len() {
        typed(&mut app, "n");
        seen.push(current_id(&app));
    }
    let mut sorted = seen.clone();
    sorted.sort();
    let mut want = expected.clone();
    want.sort();
    assert_eq!(sorted, want);
    typed(&mut app, "n");
    assert_eq!(current_id(&app), first);
    typed(&mut app, "N");
    assert_eq!(&current_id(&app), seen.last().unwrap());
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains(&format!(
            "Match {} of {}",
            expected
                .iter()
                .position(|e| e == seen.last().unwrap())
                .unwrap()
                + 1,
            expected.len()
        )),
        "{screen}"
    );
    // Outside a search n still marks not applicable (refused on a clause, asked on annex).
    press(&mut app, KeyCode::Esc);
    typed(&mut app, "g4.1");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "n");
    assert!(screen_text(&draw(&mut app, 80, 24)).contains("4.1"));
    assert_eq!(current_id(&app), "4.1-a");
}

#[test]
fn the_tree_shows_each_questions_topic_and_uses_a_wide_terminal() {
    let dir = TempDir::new().unwrap();
    let (mut app, _) = workshop(dir.path());
    typed(&mut app, "g41a");
    press(&mut app, KeyCode::Enter);
    let narrow = screen_text(&draw(&mut app, 80, 24));
    assert!(narrow.contains("4.1 a  Issues inside"), "{narrow}");
    let wide = draw(&mut app, 160, 50);
    let screen = screen_text(&wide);
    // The whole topic, then the requirement's title beside it.
    let line = screen
        .lines()
        .find(|l| l.contains("4.1 a  Issues inside and outside"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(line.contains("Understanding the organi"), "{line}");
    // The tree's border is well right of where it stands at 80 columns.
    let border = line.chars().position(|c| c == '│').unwrap();
    assert!(border >= 60, "tree only {border} wide at 160 columns");
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

/// One key takes a score away: the message says which key gives it back, and only then.
#[test]
fn clearing_a_score_names_the_undo_key() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "3");
    assert!(!app.message.clone().unwrap().text.contains("undo"));
    press(&mut app, KeyCode::Up);
    typed(&mut app, "x");
    assert_eq!(stored(&app, id, "4.1-a").response, Response::Unanswered);
    assert_eq!(
        app.message.clone().unwrap().text,
        "Saved 4.1-a: unanswered · u undoes it"
    );
    // Bound to another key, the message names that one.
    let (keymap, problems) =
        Keymap::with_overrides(Some("[workshop]\n\"u\" = \"none\"\n\"z\" = \"undo\"\n"));
    assert!(problems.is_empty(), "{problems:?}");
    app.keymap = keymap;
    typed(&mut app, "2");
    press(&mut app, KeyCode::Up);
    typed(&mut app, "x");
    assert_eq!(
        app.message.clone().unwrap().text,
        "Saved 4.1-a: unanswered · z undoes it"
    );
    typed(&mut app, "z");
    assert_eq!(
        stored(&app, id, "4.1-a").response,
        Response::Maturity { level: 2 }
    );
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
fn the_finding_is_edited_like_notes_and_stays_visible_in_presenter_mode() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "i");
    typed(&mut app, "Context deck from 2024");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "names no AI role");
    pause(&mut app);
    let drafts = app.store.drafts(id).unwrap();
    assert_eq!(
        (drafts[0].field.as_str(), drafts[0].text.as_str()),
        ("finding", "Context deck from 2024\nnames no AI role")
    );
    app.handle_event(ctrl('s'));
    let saved = stored(&app, id, "4.1-a");
    assert_eq!(saved.finding, "Context deck from 2024\nnames no AI role");
    assert_eq!(saved.notes, "");
    assert_eq!(saved.response, Response::Unanswered);
    // Client-facing: still on the projector.
    typed(&mut app, "p");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(
        screen.contains("Finding  Context deck from 2024"),
        "{screen}"
    );
    typed(&mut app, "i");
    assert!(app.open.as_ref().unwrap().workshop.editing.is_some());
}

/// The assessor's own recommendation (R) and the management response (m) are edited like the
/// finding: drafts kept while typing and offered back, saved, undone, shown in the question
/// pane (the override in place of the catalogue's) and on the projector.
#[test]
fn recommendation_and_management_response_are_edited_in_the_workshop() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "1");
    typed(&mut app, "k");
    assert_eq!(current_id(&app), "4.1-a");
    typed(&mut app, "R");
    typed(&mut app, "Name an owner for each AI system");
    pause(&mut app);
    let drafts = app.store.drafts(id).unwrap();
    assert_eq!(
        (drafts[0].field.as_str(), drafts[0].text.as_str()),
        ("recommendation", "Name an owner for each AI system")
    );
    drop(app); // the process dies with the box open

    // Offered back on opening, restored, saved.
    let store = Store::open(&dir.path().join("t.db")).unwrap();
    let mut app = new_app(store);
    app.open_assessment(id).unwrap();
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(
        screen.contains("Unsaved recommendation of 4.1-a"),
        "{screen}"
    );
    typed(&mut app, "y");
    app.handle_event(ctrl('s'));
    let saved = stored(&app, id, "4.1-a");
    assert_eq!(saved.recommendation, "Name an owner for each AI system");
    assert_eq!(saved.finding, "");
    assert_eq!(saved.response, Response::Maturity { level: 1 });

    typed(&mut app, "m");
    typed(&mut app, "Agreed: owners named by March");
    pause(&mut app);
    assert_eq!(
        app.store.drafts(id).unwrap()[0].field,
        "management_response"
    );
    app.handle_event(ctrl('s'));
    assert_eq!(
        stored(&app, id, "4.1-a").management_response,
        "Agreed: owners named by March"
    );
    assert!(app.store.drafts(id).unwrap().is_empty());

    // Both client-facing: shown in presenter mode, the override marked as the assessor's and
    // the catalogue's kept below as replaced.
    typed(&mut app, "p");
    let screen = screen_text(&draw(&mut app, 120, 40));
    for want in [
        "Recommendation (the assessor's own)",
        "Name an owner for each AI system",
        "Response Agreed: owners named by March",
    ] {
        assert!(screen.contains(want), "{want}:\n{screen}");
    }
    for _ in 0..4 {
        app.handle_event(ctrl('d'));
    }
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(
        screen.contains("Catalogue recommendation (replaced by the assessor's)"),
        "{screen}"
    );
    typed(&mut app, "p");

    // Undo takes the response back, then the recommendation.
    typed(&mut app, "u");
    assert_eq!(stored(&app, id, "4.1-a").management_response, "");
    typed(&mut app, "u");
    assert_eq!(stored(&app, id, "4.1-a").recommendation, "");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(!screen.contains("the assessor's"), "{screen}");

    // Saving an empty override restores the catalogue's.
    typed(&mut app, "R");
    typed(&mut app, "Mine");
    app.handle_event(ctrl('s'));
    assert_eq!(stored(&app, id, "4.1-a").recommendation, "Mine");
    typed(&mut app, "R");
    for _ in 0..4 {
        press(&mut app, KeyCode::Backspace);
    }
    app.handle_event(ctrl('s'));
    assert_eq!(stored(&app, id, "4.1-a").recommendation, "");
}

#[test]
fn presenter_mode_never_shows_unsaved_notes_offered_back() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "e");
    typed(&mut app, "Sponsor leaves in March");
    pause(&mut app);
    drop(app); // the process dies with the notes box open

    let store = Store::open(&dir.path().join("t.db")).unwrap();
    let mut app = App::new(
        store,
        Catalog::new(None),
        Keymap::default(),
        Theme {
            color: true,
            presenter: true,
            ..Theme::default()
        },
        TODAY,
    );
    app.open_assessment(id).unwrap();
    // Asked, but the text is not shown.
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("Unsaved notes of 4.1-a"), "{screen}");
    assert!(screen.contains("hidden in presenter mode"), "{screen}");
    assert!(!screen.contains("Sponsor"), "{screen}");
    // Restored into a box that does not show it either; saved as it was.
    typed(&mut app, "y");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(!screen.contains("Sponsor"), "{screen}");
    assert!(screen.contains("hidden in presenter mode"), "{screen}");
    app.handle_event(ctrl('s'));
    assert_eq!(stored(&app, id, "4.1-a").notes, "Sponsor leaves in March");
    assert!(!screen_text(&draw(&mut app, 120, 40)).contains("Sponsor"));
    app.handle_event(ctrl('p'));
    assert!(screen_text(&draw(&mut app, 120, 40)).contains("Sponsor leaves in March"));
}

#[test]
fn presenter_mode_never_shows_a_search_term_or_searches_the_notes() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    app.store
        .set_answer(
            id,
            "5.3-a",
            &Answer {
                notes: "Quixote leaves in March".into(),
                ..Answer::default()
            },
        )
        .unwrap();
    app.open_assessment(id).unwrap();
    typed(&mut app, "/quixote");
    press(&mut app, KeyCode::Enter);
    assert_eq!(current_id(&app), "5.3-a");
    assert!(screen_text(&draw(&mut app, 120, 40)).contains("search \"quixote\""));
    app.handle_event(ctrl('p'));
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(!screen.to_lowercase().contains("quixote"), "{screen}");
    assert!(screen.contains("term hidden"), "{screen}");
    // Reopening the search box does not show the old term either.
    typed(&mut app, "/");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(!screen.to_lowercase().contains("quixote"), "{screen}");
    // A search typed in presenter mode does not look into the notes.
    typed(&mut app, "leaves in march");
    press(&mut app, KeyCode::Enter);
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("Nothing matches"), "{screen}");
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
    assert!(screen.contains("go to a section, requirement or question"));
    // The footer shows the user's key too.
    typed(&mut app, "?");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("J go to"), "{screen}");
}

/// The help overlay reads its keys through the keymap: a key unbound in [help] no longer
/// scrolls it, and a key bound there does.
#[test]
fn the_help_scrolls_with_the_keys_of_its_own_table() {
    let dir = TempDir::new().unwrap();
    let (mut app, _) = workshop(dir.path());
    let (keymap, problems) =
        Keymap::with_overrides(Some("[help]\n\"j\" = \"none\"\n\"n\" = \"down\"\n"));
    assert!(problems.is_empty(), "{problems:?}");
    app.keymap = keymap;
    typed(&mut app, "?");
    let top = screen_text(&draw(&mut app, 80, 24));
    typed(&mut app, "j");
    assert!(app.help.is_some());
    assert_eq!(
        screen_text(&draw(&mut app, 80, 24)),
        top,
        "j scrolled the help"
    );
    typed(&mut app, "n");
    assert_ne!(
        screen_text(&draw(&mut app, 80, 24)),
        top,
        "n did not scroll the help"
    );
    press(&mut app, KeyCode::Up);
    assert_eq!(screen_text(&draw(&mut app, 80, 24)), top);
    press(&mut app, KeyCode::Esc);
    assert!(app.help.is_none());
}

/// Forms and the export dialog read every key that is not text through the keymap: enter,
/// the choice keys and deleting the file name follow keys.toml, not fixed keys.
#[test]
fn rebinding_keys_reaches_the_forms_and_the_export_dialog() {
    let dir = TempDir::new().unwrap();
    let (mut app, _) = workshop(dir.path());
    let (keymap, problems) = Keymap::with_overrides(Some(
        "[form]\n\"enter\" = \"none\"\n\"ctrl-j\" = \"next-or-save\"\n\"right\" = \"none\"\n\"+\" = \"next-choice\"\n\
         [export]\n\"ctrl-u\" = \"none\"\n\"ctrl-k\" = \"delete-line\"\n",
    ));
    assert!(problems.is_empty(), "{problems:?}");
    app.keymap = keymap;
    // The new-assessment form: enter no longer moves on, ctrl-j does; on the target, right
    // no longer raises it, + does — and + in a text field is still text.
    app.execute(app::Command::GoHome);
    typed(&mut app, "n");
    typed(&mut app, "A+B");
    press(&mut app, KeyCode::Enter);
    app.handle_event(ctrl('j'));
    app.handle_event(ctrl('j'));
    app.handle_event(ctrl('j'));
    let form = app.home.form.as_ref().unwrap();
    assert_eq!(form.organisation, "A+B", "enter or + went elsewhere");
    let target = form.target;
    press(&mut app, KeyCode::Right);
    assert_eq!(
        app.home.form.as_ref().unwrap().target,
        target,
        "right still chose"
    );
    typed(&mut app, "+");
    assert_eq!(
        app.home.form.as_ref().unwrap().target,
        target + 1,
        "+ did not"
    );
    let screen = screen_text(&draw(&mut app, 100, 30));
    assert!(screen.contains("ctrl-j on the last field"), "{screen}");
    // The export dialog: ctrl-u no longer deletes the file name, ctrl-k does.
    let (mut app, _) = workshop(dir.path());
    app.keymap = Keymap::with_overrides(Some(
        "[export]\n\"ctrl-u\" = \"none\"\n\"ctrl-k\" = \"delete-line\"\n",
    ))
    .0;
    typed(&mut app, "E");
    press(&mut app, KeyCode::Tab);
    let name = app.export.as_ref().unwrap().file_name();
    app.handle_event(ctrl('u'));
    assert_eq!(app.export.as_ref().unwrap().file_name(), name);
    let screen = screen_text(&draw(&mut app, 100, 30));
    assert!(
        screen.contains("ctrl-k deletes back to the start"),
        "{screen}"
    );
    app.handle_event(ctrl('k'));
    assert_eq!(app.export.as_ref().unwrap().file_name(), "");
}

/// Every text field is the same text field: the forms' fields move the cursor with left and
/// right and type where it is, as the text boxes and the export file name do.
#[test]
fn form_fields_are_text_fields_with_a_cursor() {
    let dir = TempDir::new().unwrap();
    let (mut app, _) = workshop(dir.path());
    app.execute(app::Command::GoHome);
    typed(&mut app, "n");
    typed(&mut app, "Acme");
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    typed(&mut app, "X");
    assert_eq!(app.home.form.as_ref().unwrap().organisation, "AcXme");
    let screen = screen_text(&draw(&mut app, 100, 30));
    assert!(screen.contains("AcX▏me"), "{screen}");
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Home);
    typed(&mut app, "The ");
    assert_eq!(app.home.form.as_ref().unwrap().organisation, "The Acme");
    // The attendee form: the same field.
    let (mut app, _) = workshop(dir.path());
    typed(&mut app, "a");
    typed(&mut app, "a");
    typed(&mut app, "Dana");
    press(&mut app, KeyCode::Home);
    typed(&mut app, "Ms ");
    let form = app.open.as_ref().unwrap().record.form().unwrap();
    assert_eq!(form.values()[0], "Ms Dana");
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
        assert!(screen.contains("Answer   2 Managed"), "{screen}");
        insta::assert_snapshot!(format!("workshop_{w}x{h}"), screen);
        // Colour carries the status: the score of an absent item is red, of a conforming one
        // green, and the answer line says the status in words as well.
        let buf = t.backend().buffer();
        let (x, y) = find(&t, "6.1.2 d").unwrap();
        assert_eq!(buf[(x - 2, y)].symbol(), "1");
        assert_eq!(buf[(x - 2, y)].fg, Color::Yellow);
        let (x, y) = find(&t, "6.1.3 a").unwrap();
        assert_eq!(buf[(x - 2, y)].symbol(), "2");
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

/// A re-assessment's dashboard shows each section score's change since the assessment it
/// was copied from; a first assessment's does not.
#[test]
fn a_re_assessments_dashboard_shows_the_change_per_section() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    let first = app.store.assessment(id).unwrap();
    let new = NewAssessment::new(&first.organisation, TODAY);
    let copy = app.store.duplicate_assessment(id, &new).unwrap();
    // Clause 4 of the demo: 2.0; every question of it at 5 now.
    for q in [
        "4.1-a", "4.1-b", "4.1-c", "4.2-a", "4.2-b", "4.3-a", "4.3-b", "4.4-a", "4.4-b",
    ] {
        app.store
            .set_answer(copy, q, &Answer::with_maturity(5))
            .unwrap();
    }
    app.open_assessment(copy).unwrap();
    typed(&mut app, "s");
    let screen = screen_text(&snapshot(&mut app, 120, 40));
    assert!(screen.contains("change since"), "{screen}");
    let four = screen.lines().find(|l| l.contains("4 Context")).unwrap();
    assert!(four.contains(" 5.0") && four.contains("+3.0"), "{four}");
    let five = screen.lines().find(|l| l.contains("5 Leadership")).unwrap();
    assert!(five.contains(" 0.0"), "{five}");
    app.open_assessment(id).unwrap();
    typed(&mut app, "s");
    let screen = screen_text(&snapshot(&mut app, 120, 40));
    assert!(!screen.contains("change since"), "{screen}");
}

/// `n` on the dashboard writes the executive summary narrative: kept as a draft while typing
/// and offered back, saved without touching anything else, empty going back to the drafted
/// one; the dashboard says which the report shows. The report's draft label names the key.
#[test]
fn the_narrative_is_written_on_the_dashboard() {
    use aimsgap::report::summary::DRAFT_LABEL;
    use aimsgap::tui::keymap::{Action, Context};
    let key = Keymap::default()
        .key_label(Context::Dashboard, Action::Narrative)
        .unwrap();
    assert!(
        DRAFT_LABEL.contains(&format!("or {key} on the dashboard")),
        "{DRAFT_LABEL}"
    );

    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "2");
    app.store.add_attendee(id, "Dana Reyes", "CISO").unwrap();
    typed(&mut app, "s");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("Narrative  none yet: reports show a drafted one · n writes yours"),
        "{screen}"
    );
    typed(&mut app, "n");
    typed(&mut app, "Overall: an early stage.");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "Strengths: leadership.");
    pause(&mut app);
    let drafts = app.store.drafts(id).unwrap();
    assert_eq!(
        (drafts[0].field.as_str(), drafts[0].text.as_str()),
        (
            "narrative",
            "Overall: an early stage.\n\nStrengths: leadership."
        )
    );
    drop(app); // the process dies with the box open

    let store = Store::open(&dir.path().join("t.db")).unwrap();
    let mut app = new_app(store);
    app.open_assessment(id).unwrap();
    let answers = app.store.answers(id).unwrap();
    typed(&mut app, "s");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("reports show a drafted one · n restores your unsaved text"),
        "{screen}"
    );
    typed(&mut app, "n");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Restored unsaved text"), "{screen}");
    assert!(screen.contains("Strengths: leadership."), "{screen}");
    app.handle_event(ctrl('s'));
    let record = app.store.engagement(id).unwrap();
    assert_eq!(
        record.narrative,
        "Overall: an early stage.\n\nStrengths: leadership."
    );
    // Nothing else changes.
    assert_eq!(app.store.answers(id).unwrap(), answers);
    assert_eq!(record.attendees.len(), 1);
    assert!(app.store.drafts(id).unwrap().is_empty());
    assert!(app.message.as_ref().unwrap().text.contains("Saved"));
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(
        screen.contains("Narrative  the assessor's, 6 words · n edits it"),
        "{screen}"
    );
    let session = Session::open(&app.store, &Catalog::new(None), id).unwrap();
    let md = String::from_utf8(
        Format::Markdown
            .render(&Report::build(&session, jiff::Timestamp::UNIX_EPOCH))
            .unwrap(),
    )
    .unwrap();
    assert!(md.contains("Strengths: leadership."));
    assert!(!md.contains(DRAFT_LABEL));

    // Pasted text goes into the box, lines kept.
    typed(&mut app, "n");
    app.handle_event(Event::Paste("\n\nThemes: risk.".into()));
    app.handle_event(ctrl('s'));
    assert!(
        app.store
            .engagement(id)
            .unwrap()
            .narrative
            .ends_with("leadership.\n\nThemes: risk.")
    );

    // Emptied: the drafted one again, and the screen says so.
    typed(&mut app, "n");
    for _ in 0..80 {
        press(&mut app, KeyCode::Backspace);
    }
    app.handle_event(ctrl('s'));
    assert_eq!(app.store.engagement(id).unwrap().narrative, "");
    let m = app.message.clone().unwrap();
    assert!(
        m.text.contains("drafted from the scores again"),
        "{}",
        m.text
    );

    // Finalised in another window while the box is open: not saved, said in one line.
    typed(&mut app, "n");
    typed(&mut app, "Late words");
    app.store.finalise(id).unwrap();
    app.handle_event(ctrl('s'));
    let m = app.message.clone().unwrap();
    assert_eq!(m.kind, Kind::Error);
    assert!(m.text.contains("final and read-only"), "{}", m.text);
    assert_eq!(app.store.engagement(id).unwrap().narrative, "");
    // And once the screen knows, the board offers no key and the key itself is refused.
    app.open_assessment(id).unwrap();
    typed(&mut app, "s");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen
            .lines()
            .any(|l| l.trim_end() == " Narrative  none yet: reports show a drafted one"),
        "{screen}"
    );
    typed(&mut app, "n");
    assert!(app.open.as_ref().unwrap().dashboard.editing.is_none());
    let m = app.message.clone().unwrap();
    assert!(
        m.text.contains(&format!("aimsgap reopen {id}")),
        "{}",
        m.text
    );
}

#[test]
fn no_color_keeps_meaning_in_glyphs_and_words() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo_with_a_late_action(dir.path());
    app.theme = Theme {
        color: false,
        presenter: false,
        ..Theme::default()
    };
    app.open_assessment(id).unwrap();
    let t = draw(&mut app, 80, 24);
    assert_no_colour(&t);
    assert!(
        screen_text(&t).contains("not yet answered") || screen_text(&t).contains("not assessed")
    );
    // The roadmap says priorities and lateness in words, and the export dialog its focus.
    typed(&mut app, "r");
    let t = draw(&mut app, 120, 40);
    assert_no_colour(&t);
    let screen = screen_text(&t);
    assert!(
        screen.contains(" P1 ") && screen.contains(" late "),
        "{screen}"
    );
    typed(&mut app, "E");
    let t = draw(&mut app, 80, 24);
    assert_no_colour(&t);
    assert!(screen_text(&t).contains("Format  ↑ ↓ to choose"));
}

fn assert_no_colour(t: &Terminal<TestBackend>) {
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
        typed(&mut app, "r");
        draw(&mut app, w, h);
        typed(&mut app, "?");
        draw(&mut app, w, h);
        typed(&mut app, "?");
        typed(&mut app, "E");
        draw(&mut app, w, h);
        press(&mut app, KeyCode::Tab);
        typed(&mut app, "x");
        draw(&mut app, w, h);
        press(&mut app, KeyCode::Esc);
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

// ---- roadmap and export ----

/// The report as the exports would build it from what is stored now.
fn report(app: &App, id: i64) -> Report {
    let session = Session::open(&app.store, &Catalog::new(None), id).unwrap();
    Report::build(&session, jiff::Timestamp::now())
}

fn roadmap_question(app: &App) -> String {
    let open = app.open.as_ref().unwrap();
    let roadmap = open.roadmap.as_ref().unwrap();
    roadmap.selected_action().unwrap().question.clone()
}

#[test]
fn the_roadmap_opens_from_the_workshop_and_the_dashboard_and_leads_to_its_questions() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    let expected = report(&app, id).roadmap;
    assert!(expected.actions.len() > 10);

    typed(&mut app, "r");
    assert_eq!(app.view, View::Roadmap);
    assert_eq!(roadmap_question(&app), expected.actions[0].question);
    let screen = screen_text(&draw(&mut app, 80, 24));
    let first = &expected.actions[0];
    let row = screen
        .lines()
        .find(|l| l.trim_start().starts_with("1 "))
        .unwrap_or_else(|| panic!("no first row in\n{screen}"));
    assert!(row.contains(&first.reference), "{row}");
    assert!(
        row.contains(&format!("{} → {}", first.start, first.end)),
        "{row}"
    );

    // Down twice, then Enter: the workshop, at that action's question.
    typed(&mut app, "j");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.view, View::Workshop);
    assert_eq!(current_id(&app), expected.actions[2].question);
    // Back to the roadmap: the same action is still selected.
    typed(&mut app, "r");
    assert_eq!(roadmap_question(&app), expected.actions[2].question);
    press(&mut app, KeyCode::End);
    assert_eq!(
        roadmap_question(&app),
        expected.actions.last().unwrap().question
    );
    press(&mut app, KeyCode::Home);
    assert_eq!(roadmap_question(&app), expected.actions[0].question);
    press(&mut app, KeyCode::PageDown);
    assert!(roadmap_question(&app) != expected.actions[0].question);
    // Esc goes back to where the roadmap was opened: the workshop…
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.view, View::Workshop);
    // …or the dashboard.
    typed(&mut app, "s");
    assert_eq!(app.view, View::Dashboard);
    typed(&mut app, "r");
    assert_eq!(app.view, View::Roadmap);
    typed(&mut app, "s");
    assert_eq!(app.view, View::Dashboard);
    typed(&mut app, "r");
    let at = app
        .open
        .as_ref()
        .unwrap()
        .roadmap
        .as_ref()
        .unwrap()
        .selected;
    assert!(at > 0);
    typed(&mut app, "k");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.view, View::Workshop);
    assert_eq!(current_id(&app), expected.actions[at - 1].question);
}

#[test]
fn the_roadmap_follows_the_answers_and_says_when_it_is_empty() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "r");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Nothing has been answered yet"), "{screen}");
    assert!(screen.contains(" 0 person-days"), "{screen}");
    // Enter on an empty roadmap explains itself and stays.
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.view, View::Roadmap);
    assert_eq!(app.message.clone().unwrap().kind, Kind::Info);

    press(&mut app, KeyCode::Esc);
    typed(&mut app, "3"); // 4.1-a at target: nothing to do
    typed(&mut app, "r");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Nothing to remediate"), "{screen}");
    assert!(screen.contains("not yet assessed"), "{screen}");

    press(&mut app, KeyCode::Esc);
    typed(&mut app, "1"); // 4.1-b: a certification blocker with no owner yet
    typed(&mut app, "r");
    let expected = report(&app, id).roadmap;
    assert_eq!(expected.actions.len(), 1);
    assert_eq!(roadmap_question(&app), "4.1-b");
    let t = draw(&mut app, 120, 40);
    let screen = screen_text(&t);
    assert!(screen.contains("no owner"), "{screen}");
    let (x, y) = find(&t, "no owner yet").unwrap();
    assert_eq!(t.backend().buffer()[(x, y)].fg, Color::Indexed(245));
    // The selected row is highlighted; its priority is still there in words.
    let (x, y) = find(&t, "P1  ").unwrap();
    assert_eq!(t.backend().buffer()[(x, y)].bg, Color::Blue);
}

#[test]
fn roadmap_screen() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo_with_a_late_action(dir.path());
    app.open_assessment(id).unwrap();
    let expected = report(&app, id).roadmap;
    typed(&mut app, "r");
    for (w, h) in [(80, 24), (120, 40)] {
        let t = snapshot(&mut app, w, h);
        let screen = screen_text(&t);
        insta::assert_snapshot!(format!("roadmap_{w}x{h}"), screen);
        // The milestones with their dates, and the caveat for what is not assessed.
        for m in &expected.milestones {
            let line = screen
                .lines()
                .find(|l| l.contains(&m.name))
                .unwrap_or_else(|| panic!("no {} in\n{screen}", m.name));
            assert!(line.contains(&m.date.to_string()), "{line}");
            if m.unassessed > 0 {
                let n = m.unassessed;
                let caveat = if n == 1 {
                    "1 question not yet assessed".to_string()
                } else {
                    format!("{n} questions not yet assessed")
                };
                assert!(line.contains(&caveat), "{line}");
            }
        }
        assert!(screen.contains(&expected.start.to_string()));
        assert!(screen.contains(&expected.end.to_string()));
        // Priorities are coloured, and written: every visible row's P1/P2/P3 cell.
        let buf = t.backend().buffer();
        let (px, _) = find(&t, "Pri").unwrap();
        let mut seen = Vec::new();
        for a in expected.actions.iter().skip(1) {
            let Some((_, y)) = find(&t, &format!(" {} {}", a.step, a.reference)) else {
                continue;
            };
            let cell = &buf[(px, y)];
            let text = format!("{}{}", cell.symbol(), buf[(px + 1, y)].symbol());
            assert_eq!(text, a.priority.as_str());
            let colour = match a.priority {
                aimsgap::scoring::Priority::P1 => Color::Red,
                aimsgap::scoring::Priority::P2 => Color::Yellow,
                aimsgap::scoring::Priority::P3 => Color::Cyan,
            };
            assert_eq!(cell.fg, colour, "step {}", a.step);
            seen.push(a.priority);
        }
        assert!(seen.contains(&aimsgap::scoring::Priority::P1));
        assert!(seen.contains(&aimsgap::scoring::Priority::P3));
    }
    // Late actions are marked in words on a wide screen.
    let late = expected.actions.iter().find(|a| a.late).unwrap();
    for _ in 1..late.step {
        typed(&mut app, "j");
    }
    let t = snapshot(&mut app, 160, 50);
    let screen = screen_text(&t);
    let (_, y) = find(&t, &format!(" {} {}", late.step, late.reference)).unwrap();
    let row = screen.lines().nth(usize::from(y)).unwrap();
    assert!(row.contains(" late "), "{row}");
    assert!(
        screen.contains(&format!("LATE: due {}", late.due.unwrap())),
        "{screen}"
    );
    // In presenter mode the roadmap is in high contrast like every screen.
    app.handle_event(ctrl('p'));
    let t = snapshot(&mut app, 120, 40);
    let (x, y) = find(&t, "Stage 1 readiness").unwrap();
    assert_eq!(t.backend().buffer()[(x, y)].bg, Color::Black);
}

/// Opens the export dialog, picks a format and types a file name over the suggested one.
fn export_to(app: &mut App, format: Format, path: &Path) {
    typed(app, "E");
    choose_format(app, format);
    press(app, KeyCode::Tab);
    app.handle_event(ctrl('u'));
    assert_eq!(app.export.as_ref().unwrap().file_name(), "");
    typed(app, path.to_str().unwrap());
    assert_eq!(
        app.export.as_ref().unwrap().file_name(),
        path.to_str().unwrap()
    );
}

fn choose_format(app: &mut App, format: Format) {
    let want = Format::ALL.iter().position(|f| *f == format).unwrap();
    let at = app.export.as_ref().unwrap().selected;
    let key = if want > at {
        KeyCode::Down
    } else {
        KeyCode::Up
    };
    for _ in 0..want.abs_diff(at) {
        press(app, key);
    }
    assert_eq!(app.export.as_ref().unwrap().format(), format);
}

#[test]
fn export_writes_the_file_and_remembers_the_folder_and_format() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let path = out.join("northwind.json");
    export_to(&mut app, Format::Json, &path);
    press(&mut app, KeyCode::Enter);

    assert!(app.export.is_none());
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(
        json["assessment"]["organisation"],
        "Northwind Logistics GmbH"
    );
    let warnings = report(&app, id).warnings.len();
    assert!(warnings > 0);
    let m = app.message.clone().unwrap();
    assert_eq!(m.kind, Kind::Ok);
    assert_eq!(
        m.text,
        format!(
            "Exported Everything, JSON to {} · {warnings} warnings — C lists them",
            path.display()
        )
    );
    // The status line takes a second row rather than cut the path.
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("C lists them"), "{screen}");
    assert_eq!(
        app.store.setting("export.dir").unwrap().as_deref(),
        out.to_str()
    );

    // Next time: that folder, that format, the suggested name.
    typed(&mut app, "s"); // from the dashboard this time
    typed(&mut app, "E");
    let org = "Northwind Logistics GmbH";
    let dialog = app.export.as_ref().unwrap();
    assert_eq!(dialog.format(), Format::Json);
    let suggested = |f: Format| out.join(f.default_file_name(org, TODAY));
    assert_eq!(
        dialog.file_name(),
        suggested(Format::Json).to_str().unwrap()
    );
    // A name still as suggested follows the format…
    typed(&mut app, "k");
    let dialog = app.export.as_ref().unwrap();
    assert_eq!(dialog.format(), Format::Roadmap);
    assert_eq!(
        dialog.file_name(),
        suggested(Format::Roadmap).to_str().unwrap()
    );
    // …one the user has changed does not; and letters are text in the file name.
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "jk");
    press(&mut app, KeyCode::Up);
    let dialog = app.export.as_ref().unwrap();
    assert_eq!(dialog.format(), Format::Soa);
    assert_eq!(
        dialog.file_name(),
        format!("{}jk", suggested(Format::Roadmap).display())
    );
    press(&mut app, KeyCode::Esc);
    assert!(app.export.is_none());
    assert_eq!(app.message.clone().unwrap().text, "Nothing exported");
    assert_eq!(app.view, View::Dashboard);
}

#[test]
fn the_export_dialog_leaves_private_notes_out_unless_told() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    let note = "raise ownership one-to-one"; // one of the demo's private notes
    let client = dir.path().join("client.md");
    export_to(&mut app, Format::Markdown, &client);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Private notes left out"), "{screen}");
    press(&mut app, KeyCode::Enter);
    let text = std::fs::read_to_string(&client).unwrap();
    assert!(text.contains("Northwind") && !text.contains(note));

    let own = dir.path().join("own.md");
    export_to(&mut app, Format::Markdown, &own);
    app.handle_event(ctrl('n'));
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("INCLUDED: not for the client"), "{screen}");
    press(&mut app, KeyCode::Enter);
    let text = std::fs::read_to_string(&own).unwrap();
    assert!(text.contains(note) && text.contains("Private notes included"));
    assert!(
        app.message
            .clone()
            .unwrap()
            .text
            .contains("not for the client")
    );
    // The next export starts from the client's copy again.
    typed(&mut app, "E");
    assert!(!app.export.as_ref().unwrap().private_notes);
}

#[test]
fn exporting_into_a_missing_folder_says_so_and_writes_nothing() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    typed(&mut app, "r");
    let missing = dir.path().join("no-such-folder");
    export_to(&mut app, Format::Json, &missing.join("x.json"));
    press(&mut app, KeyCode::Enter);
    let dialog = app.export.as_ref().expect("the dialog stays open");
    let error = dialog.error.clone().unwrap();
    assert!(error.contains("does not exist"), "{error}");
    assert!(error.contains("no-such-folder"), "{error}");
    let m = app.message.clone().unwrap();
    assert_eq!(m.kind, Kind::Error);
    assert!(m.text.starts_with("Not exported"), "{}", m.text);
    assert!(!missing.exists());
    assert_eq!(app.store.setting("export.dir").unwrap(), None);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Not exported"), "{screen}");
    // A folder is not a file name.
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    press(&mut app, KeyCode::Esc);
    export_to(&mut app, Format::Json, &folder);
    press(&mut app, KeyCode::Enter);
    let error = app.export.as_ref().unwrap().error.clone().unwrap();
    assert!(error.contains("is a folder"), "{error}");
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);
    // The app is still there.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.view, View::Roadmap);
}

#[test]
fn replacing_a_file_takes_a_yes() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    let path = dir.path().join("report.json");
    std::fs::write(&path, "old").unwrap();
    export_to(&mut app, Format::Json, &path);
    press(&mut app, KeyCode::Enter);
    assert!(app.export.as_ref().unwrap().confirm.is_some());
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("already exists. Replace it?"), "{screen}");
    assert!(screen.contains("y yes"), "{screen}");
    // Enter is never yes.
    press(&mut app, KeyCode::Enter);
    assert!(app.export.as_ref().unwrap().confirm.is_some());
    typed(&mut app, "n");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
    let dialog = app.export.as_ref().unwrap();
    assert!(dialog.confirm.is_none());
    assert!(dialog.note.clone().unwrap().contains("left as it was"));
    assert!(app.message.is_none(), "{:?}", app.message);
    // Asked again, yes replaces it.
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "y");
    assert!(app.export.is_none());
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(json["assessment"]["id"], id);
    assert_eq!(app.message.clone().unwrap().kind, Kind::Ok);
}

#[test]
fn the_export_dialog_never_writes_over_the_database() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    let db = dir.path().join("demo.db");
    let before = std::fs::read(&db).unwrap();
    // The database by its name, its write-ahead log, and another name for the same file.
    let hard = dir.path().join("hard-link.json");
    std::fs::hard_link(&db, &hard).unwrap();
    for target in [db.clone(), dir.path().join("demo.db-wal"), hard] {
        export_to(&mut app, Format::Json, &target);
        press(&mut app, KeyCode::Enter);
        let dialog = app.export.as_ref().expect("the dialog stays open");
        assert!(
            dialog.confirm.is_none(),
            "asked to replace {}",
            target.display()
        );
        let error = dialog.error.clone().unwrap_or_default();
        assert!(
            error.contains("must not be replaced"),
            "{}: {error}",
            target.display()
        );
        // Answering the question that was never asked changes nothing either.
        typed(&mut app, "y");
        press(&mut app, KeyCode::Esc);
        assert!(app.export.is_none());
    }
    assert!(
        std::fs::read(&db).unwrap() == before,
        "the database was changed"
    );
    // And the workshop still saves into the database that is on disk.
    app.view = View::Workshop;
    let question = current_id(&app);
    typed(&mut app, "4");
    assert_eq!(app.message.clone().unwrap().kind, Kind::Ok);
    let reopened = Store::open(&db).unwrap();
    assert_eq!(
        reopened.answer(id, &question).unwrap().response,
        Response::Maturity { level: 4 }
    );
}

#[cfg(unix)]
#[test]
fn exporting_to_a_fifo_nobody_reads_never_freezes_the_screen() {
    use std::os::unix::fs::FileTypeExt;
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    let fifo = dir.path().join("pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    export_to(&mut app, Format::Json, &fifo);
    let (tx, rx) = std::sync::mpsc::channel();
    // Enter must come back at once; a screen waiting on the FIFO would not.
    std::thread::scope(|s| {
        s.spawn(|| {
            press(&mut app, KeyCode::Enter);
            tx.send(()).unwrap();
        });
        if rx.recv_timeout(Duration::from_secs(10)).is_err() {
            // Unblock the export so that the test can end, then fail.
            let _ = std::fs::read(&fifo);
            panic!("the screen waited for a reader of the FIFO");
        }
    });
    let dialog = app.export.as_ref().expect("the dialog stays open");
    let error = dialog.error.clone().unwrap_or_default();
    assert!(error.contains("no program is reading from it"), "{error}");
    assert_eq!(app.message.clone().unwrap().kind, Kind::Error);
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
}

#[test]
fn export_dialog_screen() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    // A fixed folder in the setting, so that the suggested name is the same everywhere.
    let folder = "/reports";
    app.store.set_setting("export.dir", folder).unwrap();
    typed(&mut app, "r");
    typed(&mut app, "E");
    // The folder does not exist here: the working directory is suggested instead.
    let cwd = std::env::current_dir().unwrap();
    let name = Format::Html.default_file_name("Northwind Logistics GmbH", TODAY);
    assert_eq!(
        app.export.as_ref().unwrap().file_name(),
        cwd.join(&name).to_str().unwrap()
    );
    press(&mut app, KeyCode::Tab);
    for _ in 0..cwd.join(&name).to_str().unwrap().chars().count() {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, &format!("{folder}/{name}"));
    press(&mut app, KeyCode::BackTab);
    for (w, h) in [(80, 24), (120, 40)] {
        let t = snapshot(&mut app, w, h);
        let screen = screen_text(&t);
        insta::assert_snapshot!(format!("export_{w}x{h}"), screen);
        for f in Format::ALL {
            assert!(screen.contains(f.describe()), "{screen}");
        }
        // The chosen format is highlighted while the list has the focus.
        let (x, y) = find(&t, "Gap report, HTML").unwrap();
        assert_eq!(t.backend().buffer()[(x, y)].bg, Color::Blue);
        let (x, y) = find(&t, "Gap report, Markdown").unwrap();
        assert_eq!(t.backend().buffer()[(x, y)].bg, Color::Reset);
        assert!(screen.contains(&format!("{folder}/{name}")), "{screen}");
        // The footer shows the dialog's own keys.
        assert!(screen.contains("enter export"), "{screen}");
    }
}

#[test]
fn the_new_keys_are_in_the_help_and_the_footers() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    typed(&mut app, "?");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(
        screen.contains("roadmap: the remediation actions"),
        "{screen}"
    );
    typed(&mut app, "?s");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("r roadmap"), "{screen}");
    assert!(screen.contains("E export"), "{screen}");
    typed(&mut app, "r?");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(
        screen.contains("go to the selected action's question"),
        "{screen}"
    );
    assert!(screen.contains("Export dialog"), "{screen}");
    typed(&mut app, "?");
    // A user's own binding shows up and works.
    let (keymap, problems) = Keymap::with_overrides(Some("[roadmap]\n\"o\" = \"open-question\"\n"));
    assert!(problems.is_empty(), "{problems:?}");
    app.keymap = keymap;
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("o open question"), "{screen}");
    let first = report(&app, id).roadmap.actions[0].question.clone();
    typed(&mut app, "o");
    assert_eq!(app.view, View::Workshop);
    assert_eq!(current_id(&app), first);
}

#[test]
fn a_journey_from_the_roadmap_to_an_export_through_the_real_loop() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    let path = dir.path().join("roadmap.json");
    let second = report(&app, id).roadmap.actions[1].clone();
    let mut events = Vec::new();
    let text = |s: &str| s.chars().map(|c| key(KeyCode::Char(c))).collect::<Vec<_>>();
    // To the roadmap, to the second action's question, give it an owner, back, export.
    events.extend(text("rj"));
    events.push(key(KeyCode::Enter));
    events.extend(text("o"));
    for _ in second.owner.chars() {
        events.push(key(KeyCode::Backspace));
    }
    events.extend(text("Dana Ito"));
    events.push(key(KeyCode::Enter));
    events.extend(text("rE"));
    let json_at = Format::ALL.iter().position(|f| *f == Format::Json).unwrap();
    for _ in 0..json_at {
        events.push(key(KeyCode::Down));
    }
    events.push(key(KeyCode::Tab));
    let suggested = std::env::current_dir()
        .unwrap()
        .join(Format::Json.default_file_name("Northwind Logistics GmbH", TODAY));
    for _ in 0..suggested.to_str().unwrap().chars().count() {
        events.push(key(KeyCode::Backspace));
    }
    events.extend(text(path.to_str().unwrap()));
    events.push(key(KeyCode::Enter));
    events.push(Event::Resize(160, 50));
    events.extend(text("q"));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let second = second.question;
    app::run(&mut terminal, &mut app, &mut Scripted(events.into_iter())).unwrap();
    assert!(app.quit);
    assert_eq!(app.store.answer(id, &second).unwrap().owner, "Dana Ito");
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let action = json["roadmap"]["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["question"] == second.as_str())
        .unwrap();
    assert_eq!(action["owner"], "Dana Ito");
}

#[test]
fn a_second_window_on_the_same_file_never_overwrites_newer_answers() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    let question = current_id(&app);
    // Another aimsgap on the same file answers the question this screen still shows open.
    let mut other = Store::open(&dir.path().join("t.db")).unwrap();
    other
        .set_answer(id, &question, &Answer::with_maturity(4))
        .unwrap();
    typed(&mut app, "1");
    assert_eq!(stored(&app, id, &question), Answer::with_maturity(4));
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("NOT SAVED"), "{screen}");
    assert!(screen.contains("changed in another window"), "{screen}");
    // The screen now shows the other window's answer; repeating the key replaces it.
    assert_eq!(current_id(&app), question, "did not move on");
    typed(&mut app, "1");
    assert_eq!(stored(&app, id, &question), Answer::with_maturity(1));
    // Undo against a newer answer from the other window is refused too.
    other
        .set_answer(id, &question, &Answer::with_maturity(5))
        .unwrap();
    typed(&mut app, "u");
    assert_eq!(stored(&app, id, &question), Answer::with_maturity(5));
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("NOT UNDONE"), "{screen}");
}

#[test]
fn home_lists_a_damaged_assessment_with_the_reason_and_deletes_it() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("d.db");
    let mut store = Store::open(&path).unwrap();
    let q = built_in("iso42001").unwrap();
    let good = store
        .create_assessment(&NewAssessment::new("Good GmbH", TODAY), q, None)
        .unwrap();
    let bad = store
        .create_assessment(&NewAssessment::new("Broken BV", TODAY), q, None)
        .unwrap();
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute(
            "UPDATE assessment SET assessed_on = '2026-02-30' WHERE id = ?1",
            [bad],
        )
        .unwrap();
    let mut app = new_app(store);
    assert_eq!(app.home.rows.len(), 2, "one bad row hides nothing");
    let screen = screen_text(&draw(&mut app, 120, 24));
    assert!(screen.contains("Good GmbH"), "{screen}");
    assert!(screen.contains("Broken BV"), "{screen}");
    assert!(screen.contains("damaged"), "{screen}");
    assert!(screen.contains("2026-02-30"), "{screen}");
    // It cannot be opened, but it can be deleted.
    app.home.select_id(bad);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.view, View::Home);
    assert_eq!(app.message.clone().unwrap().kind, Kind::Error);
    app.home.select_id(bad);
    typed(&mut app, "d");
    typed(&mut app, "y");
    let ids: Vec<i64> = app.home.rows.iter().map(|r| r.id).collect();
    assert_eq!(ids, [good]);
}

#[test]
fn a_re_assessment_with_a_target_above_the_scale_is_refused() {
    let dir = TempDir::new().unwrap();
    let (mut app, _) = workshop(dir.path());
    app.execute(app::Command::GoHome);
    typed(&mut app, "c");
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "9");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.home.rows.len(), 1, "nothing was copied");
    let m = app.message.clone().unwrap();
    assert_eq!(m.kind, Kind::Error);
    assert!(m.text.contains("scale runs from 0 to 5"), "{}", m.text);
}

/// Settings an older version accepted put the plan beyond the calendar: the roadmap screen
/// and the export dialog say so, and nothing panics.
#[test]
fn the_roadmap_and_an_export_say_when_the_plan_cannot_be_dated() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("t.db");
    let mut store = Store::open(&path).unwrap();
    let id = store
        .create_assessment(
            &NewAssessment::new("Acme Ltd", TODAY),
            built_in("iso42001").unwrap(),
            None,
        )
        .unwrap();
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute("UPDATE assessment SET capacity = 0.0004", [])
        .unwrap();
    let mut app = new_app(store);
    app.open_assessment(id).unwrap();
    typed(&mut app, "1");
    typed(&mut app, "r");
    assert_eq!(app.view, View::Roadmap);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("does not fit the calendar"), "{screen}");
    assert!(screen.contains("capacity must be from 0.1"), "{screen}");
    assert!(screen.contains("→ none"), "{screen}");
    let out = dir.path().join("r.md");
    export_to(&mut app, Format::Markdown, &out);
    let screen = screen_text(&draw(&mut app, 80, 30));
    assert!(screen.contains("The roadmap cannot be dated"), "{screen}");
    press(&mut app, KeyCode::Enter);
    let m = app.message.clone().unwrap();
    assert!(m.text.contains("cannot be dated"), "{}", m.text);
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.contains("The roadmap cannot be dated"), "{md}");
}

// ---- two windows, one file ----

/// Scripted events with idle moments between them, each running some work first (another
/// program's change) and leaving the loop idle.
struct WithPauses(std::collections::VecDeque<Step>);

enum Step {
    Key(Event),
    Idle(Box<dyn FnMut()>),
}

impl app::Events for WithPauses {
    fn next_event(&mut self) -> std::io::Result<Option<Event>> {
        match self.0.pop_front() {
            Some(Step::Key(e)) => Ok(Some(e)),
            _ => Ok(None),
        }
    }

    fn ready(&mut self, wait: Duration) -> std::io::Result<bool> {
        if let Some(Step::Idle(_)) = self.0.front() {
            let Some(Step::Idle(mut work)) = self.0.pop_front() else {
                unreachable!()
            };
            work();
            // The loop waits its while, then does its idle work.
            std::thread::sleep(wait);
            return Ok(false);
        }
        Ok(true)
    }
}

#[test]
fn a_second_window_shows_changes_made_elsewhere_when_idle() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("t.db");
    let (mut app, id) = workshop(dir.path());
    let questions: Vec<String> = built_in("iso42001")
        .unwrap()
        .questions()
        .take(6)
        .map(|q| q.question.id.clone())
        .collect();
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("0/"), "{screen}");
    // Another aimsgap answers five questions; this window is idle, no key pressed.
    let mut other = Store::open(&db).unwrap();
    for q in &questions[1..6] {
        other.set_answer(id, q, &Answer::with_maturity(3)).unwrap();
    }
    assert!(pause(&mut app), "the idle screen noticed nothing");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains(" 5/"), "header not refreshed:\n{screen}");
    assert_eq!(current_id(&app), "4.1-a", "the screen kept its place");
    // The dashboard follows too.
    app.execute(aimsgap::tui::app::Command::ShowDashboard);
    other
        .set_answer(id, &questions[0], &Answer::with_maturity(4))
        .unwrap();
    pause(&mut app);
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains(" 6/"), "dashboard not refreshed:\n{screen}");
    // Nothing changed: nothing to draw again.
    assert!(!pause(&mut app));
    // Home lists an assessment created elsewhere.
    app.execute(aimsgap::tui::app::Command::GoHome);
    assert_eq!(app.home.rows.len(), 1);
    other
        .create_assessment(
            &NewAssessment::new("Beta GmbH", TODAY),
            built_in("iso42001").unwrap(),
            None,
        )
        .unwrap();
    pause(&mut app);
    assert_eq!(app.home.rows.len(), 2);
    assert!(screen_text(&draw(&mut app, 120, 40)).contains("Beta GmbH"));
}

#[test]
fn the_real_loop_redraws_changes_made_elsewhere_without_a_key() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("t.db");
    let (mut app, id) = workshop(dir.path());
    let mut steps = std::collections::VecDeque::new();
    steps.push_back(Step::Idle(Box::new(move || {
        let mut other = Store::open(&db).unwrap();
        for q in ["4.1-b", "4.1-c", "4.2-a"] {
            other.set_answer(id, q, &Answer::with_maturity(2)).unwrap();
        }
    })));
    steps.push_back(Step::Idle(Box::new(|| {})));
    steps.push_back(Step::Key(key(KeyCode::Char('q'))));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    app::run(&mut terminal, &mut app, &mut WithPauses(steps)).unwrap();
    let screen = screen_text(&terminal);
    assert!(screen.contains(" 3/"), "not redrawn:\n{screen}");
}

#[test]
fn undo_after_a_refresh_never_undoes_another_windows_answer() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "2");
    let mut other = Store::open(&dir.path().join("t.db")).unwrap();
    other
        .set_answer(id, "4.1-a", &Answer::with_maturity(5))
        .unwrap();
    pause(&mut app);
    typed(&mut app, "u");
    assert_eq!(stored(&app, id, "4.1-a"), Answer::with_maturity(5));
    assert!(app.message.as_ref().unwrap().text.starts_with("NOT UNDONE"));
}

fn editing_text(app: &App) -> Option<String> {
    let open = app.open.as_ref()?;
    open.workshop.editing.as_ref().map(|b| b.text())
}

#[test]
fn saving_notes_over_newer_text_from_another_window_is_refused() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    let mut other = Store::open(&dir.path().join("t.db")).unwrap();
    typed(&mut app, "e");
    typed(&mut app, "Mine");
    other
        .set_answer(
            id,
            "4.1-a",
            &Answer {
                notes: "Theirs".into(),
                ..Answer::default()
            },
        )
        .unwrap();
    // Whether this window has read the change yet or not, saving is refused.
    for (refreshed, mine) in [(false, "Mine"), (true, "Mine again")] {
        if refreshed {
            pause(&mut app);
        }
        app.handle_event(ctrl('s'));
        assert_eq!(stored(&app, id, "4.1-a").notes, "Theirs", "{refreshed}");
        let m = app.message.clone().unwrap();
        assert_eq!(m.kind, Kind::Error);
        assert!(m.text.starts_with("NOT SAVED"), "{}", m.text);
        assert!(m.text.contains("notes of 4.1-a changed in another window"));
        assert_eq!(editing_text(&app).as_deref(), Some(mine), "text lost");
        // Saving again is a deliberate choice: it replaces theirs.
        app.handle_event(ctrl('s'));
        assert_eq!(stored(&app, id, "4.1-a").notes, mine);
        assert_eq!(editing_text(&app), None);
        if !refreshed {
            typed(&mut app, "e");
            typed(&mut app, " again");
            other
                .set_answer(
                    id,
                    "4.1-a",
                    &Answer {
                        notes: "Theirs".into(),
                        ..Answer::default()
                    },
                )
                .unwrap();
        }
    }
    // A change to another field of the answer is kept, and the notes saved on top of it.
    typed(&mut app, "e");
    typed(&mut app, "!");
    other
        .set_answer(
            id,
            "4.1-a",
            &Answer {
                notes: "Mine again".into(),
                owner: "Dana".into(),
                ..Answer::default()
            },
        )
        .unwrap();
    app.handle_event(ctrl('s'));
    let now = stored(&app, id, "4.1-a");
    assert_eq!(
        (now.notes.as_str(), now.owner.as_str()),
        ("Mine again!", "Dana")
    );
}

#[test]
fn typing_never_waits_for_a_locked_file_and_the_text_is_kept() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "e");
    let other = rusqlite::Connection::open(dir.path().join("t.db")).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let started = Instant::now();
    typed(&mut app, "Kept while locked");
    pause(&mut app);
    let took = started.elapsed();
    eprintln!("17 keys and a pause under a held lock: {took:?}");
    assert!(took < Duration::from_millis(900), "typing waited {took:?}");
    let m = app.message.clone().unwrap();
    assert!(m.text.contains("locked"), "{}", m.text);
    assert!(m.text.contains("text is kept"), "{}", m.text);
    assert_eq!(editing_text(&app).as_deref(), Some("Kept while locked"));
    assert!(app.draft_waiting());
    // Drawing the screen reads nothing that waits either.
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("locked by another program"), "{screen}");
    other.execute_batch("ROLLBACK").unwrap();
    pause(&mut app);
    assert!(!app.draft_waiting());
    let drafts = app.store.drafts(id).unwrap();
    assert_eq!(drafts[0].text, "Kept while locked");
    assert!(app.message.clone().unwrap().text.contains("free again"));
}

#[test]
fn drafts_are_written_when_typing_pauses_not_on_every_key() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "e");
    typed(&mut app, "abc");
    assert!(app.store.drafts(id).unwrap().is_empty(), "written per key");
    pause(&mut app);
    assert_eq!(app.store.drafts(id).unwrap()[0].text, "abc");
    typed(&mut app, "def");
    assert_eq!(app.store.drafts(id).unwrap()[0].text, "abc");
    assert!(app.idle_wait(Instant::now()) <= app::DRAFT_PAUSE);
    pause(&mut app);
    assert_eq!(app.store.drafts(id).unwrap()[0].text, "abcdef");
    // A large note: keys cost no write each.
    let big = "x".repeat(90_000);
    app.open
        .as_mut()
        .unwrap()
        .workshop
        .editing
        .replace(aimsgap::tui::editor::TextBox::new(
            aimsgap::tui::editor::Field::Notes,
            &big,
        ));
    let started = Instant::now();
    typed(&mut app, &"y".repeat(100));
    let took = started.elapsed();
    assert_eq!(app.store.drafts(id).unwrap()[0].text, "abcdef");
    pause(&mut app);
    assert_eq!(app.store.drafts(id).unwrap()[0].text.len(), 90_100);
    eprintln!("100 keys into a 90,000-character note: {took:?}");
}

#[test]
fn text_typed_for_an_assessment_deleted_elsewhere_is_kept() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    let mut other = Store::open(&dir.path().join("t.db")).unwrap();
    typed(&mut app, "e");
    typed(&mut app, "Precious words");
    other.delete_assessment(id).unwrap();
    // Saving says what happened and keeps the text, in the box and in a file.
    app.handle_event(ctrl('s'));
    let m = app.message.clone().unwrap();
    assert_eq!(m.kind, Kind::Error);
    assert!(!m.text.contains("FOREIGN KEY"), "{}", m.text);
    assert!(
        m.text
            .contains(&format!("Assessment {id} was deleted in another window")),
        "{}",
        m.text
    );
    assert_eq!(editing_text(&app).as_deref(), Some("Precious words"));
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("aimsgap-unsaved-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(
        m.text.contains(&kept[0].display().to_string()),
        "{}",
        m.text
    );
    assert_eq!(
        std::fs::read_to_string(&kept[0]).unwrap(),
        "Precious words\n"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&kept[0]).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // More typing goes on being kept in the same file, once typing pauses.
    typed(&mut app, " and more");
    pause(&mut app);
    assert_eq!(
        std::fs::read_to_string(&kept[0]).unwrap(),
        "Precious words and more\n"
    );
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("was deleted in another window"), "{screen}");
}

#[test]
fn an_assessment_deleted_elsewhere_while_idle_is_said_plainly() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    let mut other = Store::open(&dir.path().join("t.db")).unwrap();
    // With text in a box: noticed while idle, the text kept.
    typed(&mut app, "e");
    typed(&mut app, "Half done");
    other.delete_assessment(id).unwrap();
    pause(&mut app);
    let m = app.message.clone().unwrap();
    assert!(m.text.contains("deleted in another window"), "{}", m.text);
    assert!(m.text.contains("aimsgap-unsaved-"), "{}", m.text);
    assert_eq!(editing_text(&app).as_deref(), Some("Half done"));
    // With nothing typed: back home, saying why.
    let id = other
        .create_assessment(
            &NewAssessment::new("Gamma", TODAY),
            built_in("iso42001").unwrap(),
            None,
        )
        .unwrap();
    app.open_assessment(id).unwrap();
    other.delete_assessment(id).unwrap();
    pause(&mut app);
    assert_eq!(app.view, View::Home);
    let m = app.message.clone().unwrap();
    assert!(
        m.text
            .contains(&format!("Assessment {id} was deleted in another window")),
        "{}",
        m.text
    );
}

#[test]
fn saving_a_finding_over_newer_text_from_another_window_is_refused() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    let mut other = Store::open(&dir.path().join("t.db")).unwrap();
    typed(&mut app, "i");
    typed(&mut app, "Ours");
    let theirs = Answer {
        finding: "Theirs".into(),
        ..Answer::default()
    };
    other.set_answer(id, "4.1-a", &theirs).unwrap();
    pause(&mut app);
    app.handle_event(ctrl('s'));
    assert_eq!(stored(&app, id, "4.1-a").finding, "Theirs");
    let m = app.message.clone().unwrap();
    assert!(
        m.text
            .contains("finding of 4.1-a changed in another window"),
        "{}",
        m.text
    );
    assert_eq!(editing_text(&app).as_deref(), Some("Ours"));
    app.handle_event(ctrl('s'));
    assert_eq!(stored(&app, id, "4.1-a").finding, "Ours");
}

fn paste(app: &mut App, text: &str) {
    app.handle_event(Event::Paste(text.into()));
}

#[test]
fn a_paste_never_scores_and_goes_into_the_text_box_that_has_the_keys() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    // Outside a text box: nothing scored, nothing opened, the user told.
    paste(&mut app, "In 2023 we had 5 models\nowned by w. e. n.");
    assert!(app.store.answers(id).unwrap().is_empty());
    assert!(editing_text(&app).is_none());
    assert_eq!(current_id(&app), "4.1-a");
    let message = app.message.clone().unwrap();
    assert!(message.text.contains("Pasted text ignored"), "{message:?}");
    // Inside the notes: inserted as text, lines kept, kept as a draft like typing.
    typed(&mut app, "e");
    typed(&mut app, "Seen: ");
    paste(&mut app, "In 2023 we had 5 models\r\nsecond line");
    assert_eq!(
        editing_text(&app).unwrap(),
        "Seen: In 2023 we had 5 models\nsecond line"
    );
    pause(&mut app);
    assert_eq!(
        app.store.drafts(id).unwrap()[0].text,
        "Seen: In 2023 we had 5 models\nsecond line"
    );
    app.handle_event(ctrl('s'));
    let answer = stored(&app, id, "4.1-a");
    assert_eq!(answer.notes, "Seen: In 2023 we had 5 models\nsecond line");
    assert_eq!(answer.response, Response::Unanswered);
    // A one-line box takes it on one line.
    typed(&mut app, "o");
    paste(&mut app, "Head of\nData");
    assert_eq!(editing_text(&app).unwrap(), "Head of Data");
    press(&mut app, KeyCode::Enter);
    assert_eq!(stored(&app, id, "4.1-a").owner, "Head of Data");

    // The new-assessment form takes it in its text field, and not in the target.
    app.execute(app::Command::GoHome);
    typed(&mut app, "n");
    paste(&mut app, "Gamma\nGmbH");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    paste(&mut app, "5");
    let form = app.home.form.as_ref().unwrap();
    assert_eq!(form.organisation, "Gamma GmbH");
    assert_eq!(form.target, 3);
}

#[test]
fn escape_never_throws_typed_text_away_or_leaves_unexpectedly() {
    let dir = TempDir::new().unwrap();
    let (mut app, _) = workshop(dir.path());
    // A search, then esc twice (once to leave the filter): still in the workshop.
    typed(&mut app, "/");
    typed(&mut app, "drift");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.open.as_ref().unwrap().workshop.filter, Filter::All);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.view, View::Workshop);
    assert!(app.message.clone().unwrap().text.contains("esc again"));
    // Only a deliberate further esc goes back to the assessments.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.view, View::Home);

    // A half-filled new-assessment form asks before it is dropped.
    typed(&mut app, "n");
    typed(&mut app, "Half");
    press(&mut app, KeyCode::Esc);
    assert!(app.home.form.is_some());
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Discard this form?"), "{screen}");
    typed(&mut app, "n");
    typed(&mut app, " done");
    assert_eq!(app.home.form.as_ref().unwrap().organisation, "Half done");
    press(&mut app, KeyCode::Esc);
    typed(&mut app, "y");
    assert!(app.home.form.is_none());
    // An untouched form closes at once.
    typed(&mut app, "n");
    press(&mut app, KeyCode::Esc);
    assert!(app.home.form.is_none());
}

#[test]
fn with_no_question_showing_question_keys_do_nothing() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    // "with a gap": none yet, so nothing is showing.
    typed(&mut app, "ff");
    let screen = screen_text(&draw(&mut app, 100, 30));
    assert!(screen.contains("No questions match"), "{screen}");
    assert!(screen.contains("No question is showing"), "{screen}");
    for keys in ["5", "0", "x", "b", "e", "o", "w", "v"] {
        typed(&mut app, keys);
        assert!(editing_text(&app).is_none(), "{keys} opened a box");
    }
    assert!(app.store.answers(id).unwrap().is_empty());
    assert!(
        app.message
            .clone()
            .unwrap()
            .text
            .contains("No question is showing")
    );
    // Scoring the last unanswered question under "unanswered" hides it: the next key
    // does not score it again.
    let questions = app
        .open
        .as_ref()
        .unwrap()
        .session
        .questionnaire
        .question_count();
    let last = app
        .open
        .as_ref()
        .unwrap()
        .session
        .questionnaire
        .questions()
        .last()
        .unwrap()
        .question
        .id
        .clone();
    typed(&mut app, "ff"); // not applicable, then all
    for q in app
        .open
        .as_ref()
        .unwrap()
        .session
        .questionnaire
        .questions()
        .take(questions - 1)
        .map(|q| q.question.id.clone())
        .collect::<Vec<_>>()
    {
        app.execute(app::Command::SetAnswer {
            question: q,
            answer: Answer::with_maturity(1),
            advance: false,
        });
    }
    typed(&mut app, "f"); // unanswered: only the last
    typed(&mut app, "G");
    press(&mut app, KeyCode::End);
    assert_eq!(current_id(&app), last);
    typed(&mut app, "2");
    assert_eq!(
        stored(&app, id, &last).response,
        Response::Maturity { level: 2 }
    );
    typed(&mut app, "4");
    assert_eq!(
        stored(&app, id, &last).response,
        Response::Maturity { level: 2 }
    );
}

#[test]
fn ctrl_c_quits_from_text_boxes_forms_and_dialogs_and_keeps_what_was_typed() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "e");
    typed(&mut app, "Unfinished thought");
    app.handle_event(ctrl('c'));
    assert!(app.quit, "ctrl-c in the notes box did not quit");
    let drafts = app.store.drafts(id).unwrap();
    assert_eq!(drafts[0].text, "Unfinished thought");

    // The search box, the export dialog, the help, a confirmation: the same.
    for open_it in ["/", "E", "?"] {
        let (mut app, _) = workshop(TempDir::new().unwrap().path());
        typed(&mut app, open_it);
        app.handle_event(ctrl('c'));
        assert!(app.quit, "ctrl-c after {open_it} did not quit");
    }
    // The list of related questions too: it has the keys like any other box (it swallowed
    // ctrl-c once), and its footer offers only what works there.
    let (mut app, _) = workshop(TempDir::new().unwrap().path());
    typed(&mut app, "g43a");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "l");
    assert!(app.open.as_ref().unwrap().workshop.related.is_some());
    let footer = screen_text(&draw(&mut app, 80, 24));
    let footer = footer.lines().last().unwrap();
    assert!(
        footer.contains("esc cancel") && !footer.contains("undo"),
        "{footer}"
    );
    app.handle_event(ctrl('c'));
    assert!(
        app.quit,
        "ctrl-c in the list of related questions did not quit"
    );

    // The form: control keys are not letters, and ctrl-c quits.
    let (mut app, _) = workshop(dir.path());
    app.execute(app::Command::GoHome);
    typed(&mut app, "n");
    typed(&mut app, "Acme");
    app.handle_event(ctrl('x'));
    app.handle_event(ctrl('a'));
    assert_eq!(app.home.form.as_ref().unwrap().organisation, "Acme");
    app.handle_event(ctrl('c'));
    assert!(app.quit, "ctrl-c in the form did not quit");
}

#[test]
fn no_screen_draws_a_control_character_or_a_bidi_override() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    let hostile = "Evil\u{202E}dlroW\u{2066}x\u{2069} \x1b]52;c;ZXZpbA==\x07 \x1b[2J\u{9b}31m";
    // Every action of the roadmap has an owner with it, and the organisation carries it too.
    let questions: Vec<String> = app.store.answers(id).unwrap().into_keys().collect();
    for q in &questions {
        let mut a = app.store.answer(id, q).unwrap();
        a.owner = hostile.into();
        a.notes = hostile.into();
        app.store.set_answer(id, q, &a).unwrap();
    }
    let mut fields =
        aimsgap::assessment::NewAssessment::from_assessment(&app.store.assessment(id).unwrap());
    fields.organisation = hostile.into();
    app.store.update_assessment(id, &fields).unwrap();
    app.refresh_home();
    let check = |app: &mut App, what: &str| {
        let terminal = draw(app, 120, 40);
        let buf = terminal.backend().buffer();
        for cell in &buf.content {
            assert!(
                !cell.symbol().chars().any(aimsgap::printable::is_unsafe),
                "{what}: cell {:?}",
                cell.symbol()
            );
        }
        screen_text(&terminal)
    };
    assert!(check(&mut app, "home").contains("Evil"));
    app.open_assessment(id).unwrap();
    typed(&mut app, "g");
    typed(&mut app, &questions[0]);
    press(&mut app, KeyCode::Enter);
    assert!(check(&mut app, "workshop").contains("dlroW"));
    typed(&mut app, "e");
    check(&mut app, "notes box");
    press(&mut app, KeyCode::Esc);
    typed(&mut app, "s");
    check(&mut app, "dashboard");
    typed(&mut app, "r");
    assert!(check(&mut app, "roadmap").contains("dlroW"));
    typed(&mut app, "E");
    check(&mut app, "export dialog");
}

#[test]
fn quitting_while_another_program_holds_the_lock_keeps_the_text_in_a_file() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    app.store
        .set_busy_timeout(Duration::from_millis(50))
        .unwrap();
    typed(&mut app, "e");
    let other = rusqlite::Connection::open(dir.path().join("t.db")).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    typed(&mut app, "Typed as the lock held");
    app.execute(app::Command::Quit);
    assert!(app.quit);
    let line = app.parting().expect("nothing said").to_string();
    assert!(line.contains("locked by another program"), "{line}");
    other.execute_batch("ROLLBACK").unwrap();
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("aimsgap-unsaved-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(line.contains(&kept[0].display().to_string()), "{line}");
    assert_eq!(
        std::fs::read_to_string(&kept[0]).unwrap(),
        "Typed as the lock held\n"
    );
    assert!(app.store.drafts(id).unwrap().is_empty());
}

/// A final assessment is read-only in the workshop: a score, an edit box or undo is refused
/// with the way back (reopen), and nothing reaches the file, until it is reopened.
#[test]
fn a_final_assessment_refuses_every_change_in_the_workshop() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "1");
    app.store.finalise(id).unwrap();
    app.open_assessment(id).unwrap();
    let before = app.store.answers(id).unwrap();
    for keys in [
        "2", "i", "R", "m", "W", "n", "e", "v", "b", "o", "w", "x", "u",
    ] {
        typed(&mut app, keys);
        let open = app.open.as_ref().unwrap();
        assert!(open.workshop.editing.is_none(), "{keys} opened a text box");
        let message = app
            .message
            .as_ref()
            .map(|m| m.text.clone())
            .unwrap_or_default();
        assert!(
            message.contains("is final and read-only")
                && message.contains(&format!("aimsgap reopen {id}")),
            "{keys}: {message}"
        );
    }
    assert_eq!(app.store.answers(id).unwrap(), before);
    assert!(app.store.reopen(id, "").unwrap());
    app.open_assessment(id).unwrap();
    let question = current_id(&app);
    typed(&mut app, "2");
    assert_eq!(
        stored(&app, id, &question).response,
        Answer::with_maturity(2).response
    );
}

/// `a` in the workshop shows the engagement record: sign-off, attendees, and each document
/// with the answers whose evidence cites it; esc goes back.
#[test]
fn the_engagement_record_screen_lists_attendees_and_documents() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    app.store.add_attendee(id, "Dana Reyes", "CISO").unwrap();
    app.store
        .add_document(id, "AI policy", "2.1", None)
        .unwrap();
    let answer = Answer {
        evidence: vec!["D1 section 4".into()],
        ..Answer::with_maturity(2)
    };
    app.store.set_answer(id, "5.2-a", &answer).unwrap();
    app.open_assessment(id).unwrap();
    typed(&mut app, "a");
    assert_eq!(app.view, aimsgap::tui::app::View::Record);
    let screen = screen_text(&draw(&mut app, 100, 30));
    for want in [
        "Dana Reyes (CISO)",
        "D1   AI policy, version 2.1",
        "supports 5.2-a",
        "Version 0.1 · draft · Confidential",
    ] {
        assert!(screen.contains(want), "{want}:\n{screen}");
    }
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.view, aimsgap::tui::app::View::Workshop);
}

#[test]
fn the_engagement_record_screen_lists_the_ai_systems_and_the_risk_register() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    typed(&mut app, "a");
    assert_eq!(app.view, aimsgap::tui::app::View::Record);
    let screen = screen_text(&draw(&mut app, 120, 80));
    for want in [
        "AI systems (4)",
        "S2   Route optimisation · customer · High-risk",
        "S4   Yard planning pilot · producer · Minimal risk · out of scope",
        "Risk register (6)",
        "R1   high",
        "treated by A.5.2, A.5.4, A.6.2.4, A.9.2",
    ] {
        assert!(screen.contains(want), "{want}:\n{screen}");
    }
}

/// The engagement record screen adds, edits and removes attendees and documents with a form:
/// the command line's rules (a name, a title, a real YYYY-MM-DD date) said in one line in the
/// form, a yes before removing, and every change refused once the assessment is final.
#[test]
fn attendees_and_documents_are_edited_on_the_record_screen() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "a");
    assert_eq!(app.view, View::Record);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("None yet: a adds one"), "{screen}");
    assert!(screen.contains("None yet: d registers one"), "{screen}");

    // An attendee: name, tab, role, enter.
    typed(&mut app, "a");
    typed(&mut app, "Dana Reyes");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "CISO");
    press(&mut app, KeyCode::Enter);
    let record = app.store.engagement(id).unwrap();
    assert_eq!(
        (
            record.attendees[0].name.as_str(),
            record.attendees[0].role.as_str()
        ),
        ("Dana Reyes", "CISO")
    );
    assert_eq!(app.message.as_ref().unwrap().text, "Added A1 Dana Reyes");
    assert!(app.open.as_ref().unwrap().record.keys() == Context::Record);

    // No name: refused in the form, in one line.
    typed(&mut app, "a");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    let error = app
        .open
        .as_ref()
        .unwrap()
        .record
        .form()
        .unwrap()
        .error
        .clone();
    assert!(
        error
            .as_deref()
            .unwrap()
            .contains("give the attendee's name"),
        "{error:?}"
    );
    assert_eq!(app.store.engagement(id).unwrap().attendees.len(), 1);
    press(&mut app, KeyCode::Esc);
    assert!(app.open.as_ref().unwrap().record.keys() == Context::Record);

    // A document with an impossible date: refused, the date field named; then corrected.
    typed(&mut app, "d");
    typed(&mut app, "AI policy");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "2.1");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "2026-02-30");
    app.handle_event(ctrl('s'));
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Not saved: the date"), "{screen}");
    assert!(app.store.engagement(id).unwrap().documents.is_empty());
    for _ in 0..2 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "28");
    press(&mut app, KeyCode::Enter);
    let record = app.store.engagement(id).unwrap();
    let d = &record.documents[0];
    assert_eq!(
        (d.number, d.title.as_str(), d.version.as_str(), d.date),
        (1, "AI policy", "2.1", Some(date(2026, 2, 28)))
    );
    let screen = screen_text(&draw(&mut app, 80, 24));
    for want in [
        "A1   Dana Reyes (CISO)",
        "D1   AI policy, version 2.1, 2026-02-28",
    ] {
        assert!(screen.contains(want), "{want}:\n{screen}");
    }

    // Editing keeps the number: the attendee's role.
    press(&mut app, KeyCode::Home);
    typed(&mut app, "e");
    press(&mut app, KeyCode::Tab);
    for _ in 0..4 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "CIO");
    press(&mut app, KeyCode::Enter);
    let record = app.store.engagement(id).unwrap();
    assert_eq!((record.attendees.len(), record.attendees[0].number), (1, 1));
    assert_eq!(record.attendees[0].role, "CIO");

    // Removing asks first.
    typed(&mut app, "j");
    typed(&mut app, "x");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Remove D1 AI policy?"), "{screen}");
    typed(&mut app, "n");
    assert_eq!(app.store.engagement(id).unwrap().documents.len(), 1);
    typed(&mut app, "x");
    typed(&mut app, "y");
    assert!(app.store.engagement(id).unwrap().documents.is_empty());
    assert_eq!(app.message.as_ref().unwrap().text, "Removed D1 AI policy");

    // Finalised in another window while a form is open: refused by the file, said in the
    // form and the status line.
    typed(&mut app, "a");
    typed(&mut app, "Lee Park");
    app.store.finalise(id).unwrap();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    let m = app.message.clone().unwrap();
    assert_eq!(m.kind, Kind::Error);
    assert!(m.text.contains("final and read-only"), "{}", m.text);
    let error = app
        .open
        .as_ref()
        .unwrap()
        .record
        .form()
        .unwrap()
        .error
        .clone();
    assert!(error.unwrap().contains("final and read-only"));
    assert_eq!(app.store.engagement(id).unwrap().attendees.len(), 1);

    // Known as final: no key offered, every change refused at the key, with the way back.
    app.open_assessment(id).unwrap();
    typed(&mut app, "a");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.lines().any(|l| l.trim_end() == "   None"),
        "{screen}"
    );
    assert!(!screen.contains("registers one"), "{screen}");
    for keys in ["a", "d", "e", "x"] {
        typed(&mut app, keys);
        assert!(
            app.open.as_ref().unwrap().record.keys() == Context::Record,
            "{keys}"
        );
        let m = app.message.clone().unwrap();
        assert!(
            m.text.contains(&format!("aimsgap reopen {id}")),
            "{keys}: {}",
            m.text
        );
    }
}

/// The record screen adds, edits and removes AI systems with a form, by the command line's rules
/// (roles of the questionnaire, an EU AI Act class, in scope yes or no), and refuses every
/// change once the assessment is final.
#[test]
fn ai_systems_are_added_edited_and_removed_on_the_record_screen() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "a");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("None yet: i adds one"), "{screen}");
    assert!(screen.contains("i AI system"), "footer:\n{screen}");

    // A role the questionnaire does not know: refused in the form, the roles field named.
    typed(&mut app, "i");
    typed(&mut app, "Route optimisation");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "Plans delivery routes");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "customer, pilot");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "high-risk");
    app.handle_event(ctrl('s'));
    let form = app.open.as_ref().unwrap().record.form().unwrap();
    let error = form.error.clone().unwrap();
    assert!(
        error.contains("Not saved: the roles") && error.contains("\"pilot\" is not a role"),
        "{error}"
    );
    assert!(app.store.engagement(id).unwrap().systems.is_empty());
    // The form put the keys in the roles field.
    for _ in 0..", pilot".len() {
        press(&mut app, KeyCode::Backspace);
    }
    app.handle_event(ctrl('s'));
    let record = app.store.engagement(id).unwrap();
    let s = &record.systems[0];
    assert_eq!(
        (
            s.number,
            s.name.as_str(),
            s.purpose.as_str(),
            s.roles.clone(),
            s.class,
            s.in_scope
        ),
        (
            1,
            "Route optimisation",
            "Plans delivery routes",
            vec!["customer".to_string()],
            aimsgap::systems::EuClass::HighRisk,
            true
        )
    );
    assert_eq!(
        app.message.as_ref().unwrap().text,
        "Added S1 Route optimisation"
    );
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("S1   Route optimisation · customer · High-risk"),
        "{screen}"
    );

    // Editing keeps the number: a class that is none, then minimal and out of scope.
    typed(&mut app, "e");
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    for _ in 0.."high-risk".len() {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "low");
    app.handle_event(ctrl('s'));
    let error = app
        .open
        .as_ref()
        .unwrap()
        .record
        .form()
        .unwrap()
        .error
        .clone();
    assert!(
        error
            .as_deref()
            .unwrap()
            .contains("\"low\" is not an EU AI Act class"),
        "{error:?}"
    );
    for _ in 0..3 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "minimal");
    press(&mut app, KeyCode::Tab);
    for _ in 0..3 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "no");
    press(&mut app, KeyCode::Enter);
    let record = app.store.engagement(id).unwrap();
    assert_eq!(record.systems.len(), 1);
    let s = &record.systems[0];
    assert_eq!(
        (s.number, s.class, s.in_scope),
        (1, aimsgap::systems::EuClass::Minimal, false)
    );
    assert_eq!(
        app.message.as_ref().unwrap().text,
        "Saved S1 Route optimisation"
    );

    // Removing asks first.
    typed(&mut app, "x");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Remove S1 Route optimisation?"), "{screen}");
    typed(&mut app, "n");
    assert_eq!(app.store.engagement(id).unwrap().systems.len(), 1);
    typed(&mut app, "x");
    typed(&mut app, "y");
    assert!(app.store.engagement(id).unwrap().systems.is_empty());
    assert_eq!(
        app.message.as_ref().unwrap().text,
        "Removed S1 Route optimisation"
    );

    // Final: no key offered, adding, editing and removing refused at the key.
    app.store
        .add_system(
            id,
            &aimsgap::systems::AiSystem {
                number: 0,
                name: "Yard planning".into(),
                purpose: String::new(),
                roles: vec!["producer".into()],
                class: aimsgap::systems::EuClass::Minimal,
                in_scope: true,
            },
        )
        .unwrap();
    app.store.finalise(id).unwrap();
    app.open_assessment(id).unwrap();
    typed(&mut app, "a");
    for keys in ["i", "e", "x"] {
        typed(&mut app, keys);
        assert!(
            app.open.as_ref().unwrap().record.keys() == Context::Record,
            "{keys}"
        );
        let m = app.message.clone().unwrap();
        assert!(
            m.text.contains(&format!("aimsgap reopen {id}")),
            "{keys}: {}",
            m.text
        );
    }
    assert_eq!(app.store.engagement(id).unwrap().systems.len(), 1);
}

/// The record screen keeps the risk register too: a risk is added and edited in a form by the
/// command line's rules, removed after a yes, and a risk a control's reason names is not
/// removed: the message says which controls.
#[test]
fn risks_are_kept_on_the_record_screen_and_a_cited_one_stays() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    typed(&mut app, "a");
    let before = app.store.engagement(id).unwrap().risks.len();

    typed(&mut app, "r");
    typed(&mut app, "Drift in routing data");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "severe");
    press(&mut app, KeyCode::Enter);
    let error = app
        .open
        .as_ref()
        .unwrap()
        .record
        .form()
        .unwrap()
        .error
        .clone();
    assert!(
        error.as_deref().unwrap().contains("Not saved: the level"),
        "{error:?}"
    );
    for _ in 0.."severe".len() {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "medium");
    press(&mut app, KeyCode::Enter);
    let record = app.store.engagement(id).unwrap();
    let r = record.risks.last().unwrap();
    let n = r.number;
    assert_eq!(
        (record.risks.len(), r.title.as_str(), r.level),
        (
            before + 1,
            "Drift in routing data",
            aimsgap::soa::RiskLevel::Medium
        )
    );
    assert_eq!(
        app.message.as_ref().unwrap().text,
        format!("Added R{n} Drift in routing data")
    );

    // Edited: the level, the number kept.
    typed(&mut app, "e");
    press(&mut app, KeyCode::Tab);
    for _ in 0.."medium".len() {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "high");
    press(&mut app, KeyCode::Enter);
    let record = app.store.engagement(id).unwrap();
    assert_eq!(record.risks.len(), before + 1);
    assert_eq!(record.risk(n).unwrap().level, aimsgap::soa::RiskLevel::High);

    // Removed after a yes.
    typed(&mut app, "x");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains(&format!("Remove R{n} Drift in routing data?")),
        "{screen}"
    );
    typed(&mut app, "y");
    assert!(app.store.engagement(id).unwrap().risk(n).is_none());

    // R1 is named by controls' reasons: not removed, and the message says which.
    press(&mut app, KeyCode::End);
    for _ in 1..before {
        typed(&mut app, "k");
    }
    typed(&mut app, "x");
    assert!(app.open.as_ref().unwrap().record.keys() == Context::Record);
    let m = app.message.clone().unwrap();
    assert_eq!(m.kind, Kind::Error);
    assert!(
        m.text.contains("R1") && m.text.contains("A.5.2") && m.text.contains("A.9.2"),
        "{}",
        m.text
    );
    assert!(app.store.engagement(id).unwrap().risk(1).is_some());

    // Final: adding a risk is refused at the key.
    app.store.finalise(id).unwrap();
    app.open_assessment(id).unwrap();
    typed(&mut app, "a");
    typed(&mut app, "r");
    assert!(app.open.as_ref().unwrap().record.keys() == Context::Record);
    assert!(
        app.message
            .clone()
            .unwrap()
            .text
            .contains(&format!("aimsgap reopen {id}"))
    );
}

/// Removing an attendee whom answers name as who said it: the question says which answers
/// lose them, and yes takes them out of those too.
#[test]
fn removing_an_attendee_who_said_it_says_which_answers_lose_them() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    app.store.add_attendee(id, "Dana Reyes", "CISO").unwrap();
    app.store.add_attendee(id, "Lee Park", "DPO").unwrap();
    let answer = Answer {
        said_by: vec![1, 2],
        ..Answer::with_maturity(2)
    };
    app.store.set_answer(id, "5.2-a", &answer).unwrap();
    app.open_assessment(id).unwrap();
    typed(&mut app, "a");
    typed(&mut app, "x");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Remove A1 Dana Reyes?"), "{screen}");
    assert!(screen.contains("Said it in 1 answer (5.2-a)"), "{screen}");
    typed(&mut app, "y");
    assert_eq!(stored(&app, id, "5.2-a").said_by, [2]);
    let record = app.store.engagement(id).unwrap();
    assert_eq!(record.attendees.len(), 1);
    assert_eq!(
        app.message.as_ref().unwrap().text,
        "Removed A1 Dana Reyes, and from the answer to 5.2-a"
    );
    assert_eq!(
        app.open.as_ref().unwrap().session.answer("5.2-a").said_by,
        [2]
    );
}

/// W in the workshop lists the engagement's attendees: space ticks who said it, enter saves
/// it with the answer (undoable, shown in the pane and on the projector), esc leaves it as it
/// was; refused once final.
#[test]
fn who_said_it_is_ticked_in_the_workshop() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "W");
    assert!(app.open.as_ref().unwrap().workshop.picking.is_none());
    assert!(
        app.message.as_ref().unwrap().text.contains("No attendees"),
        "{:?}",
        app.message
    );
    app.store.add_attendee(id, "Dana Reyes", "CISO").unwrap();
    app.store.add_attendee(id, "Lee Park", "DPO").unwrap();
    app.open_assessment(id).unwrap();
    typed(&mut app, "2");
    typed(&mut app, "k");
    typed(&mut app, "W");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Who said it: 4.1-a"), "{screen}");
    assert!(screen.contains("[ ] A2   Lee Park (DPO)"), "{screen}");
    // Lee first, then Dana: kept in that order.
    typed(&mut app, "j");
    typed(&mut app, " ");
    typed(&mut app, "k");
    typed(&mut app, " ");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("[x] A1   Dana Reyes (CISO)"), "{screen}");
    press(&mut app, KeyCode::Enter);
    let saved = stored(&app, id, "4.1-a");
    assert_eq!(saved.said_by, [2, 1]);
    assert_eq!(saved.response, Response::Maturity { level: 2 });
    typed(&mut app, "p");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(
        screen.contains("Said by  Lee Park (DPO); Dana Reyes (CISO)"),
        "{screen}"
    );
    typed(&mut app, "p");

    // Esc leaves it as it was; unticking saves fewer.
    typed(&mut app, "W");
    typed(&mut app, " ");
    press(&mut app, KeyCode::Esc);
    assert_eq!(stored(&app, id, "4.1-a").said_by, [2, 1]);
    typed(&mut app, "W");
    typed(&mut app, " ");
    press(&mut app, KeyCode::Enter);
    assert_eq!(stored(&app, id, "4.1-a").said_by, [2]);
    typed(&mut app, "u");
    assert_eq!(stored(&app, id, "4.1-a").said_by, [2, 1]);

    app.store.finalise(id).unwrap();
    app.open_assessment(id).unwrap();
    typed(&mut app, "W");
    assert!(app.open.as_ref().unwrap().workshop.picking.is_none());
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("is final and read-only")
    );
}

/// Draws every screen and overlay of the demo at 80×24 with `theme`, and hands each frame to
/// `check` with its name.
fn every_screen(theme: Theme, check: &mut dyn FnMut(&Terminal<TestBackend>, &str)) {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    // Text from the file that is not ASCII either: a name with accents, a wide script.
    let mut fields =
        aimsgap::assessment::NewAssessment::from_assessment(&app.store.assessment(id).unwrap());
    fields.organisation = "Société Générale — 日本 “AI” …".into();
    app.store.update_assessment(id, &fields).unwrap();
    app.refresh_home();
    app.theme = theme;
    let mut step = |app: &mut App, keys: &str, what: &str| {
        typed(app, keys);
        check(&draw(app, 80, 24), what);
    };
    step(&mut app, "", "home");
    step(&mut app, "?", "help over home");
    step(&mut app, "?n", "new assessment form");
    press(&mut app, KeyCode::Esc);
    app.open_assessment(id).unwrap();
    step(&mut app, "", "workshop");
    step(&mut app, "e", "notes box");
    press(&mut app, KeyCode::Esc);
    step(&mut app, "W", "who said it");
    press(&mut app, KeyCode::Esc);
    step(&mut app, "/bias", "search");
    press(&mut app, KeyCode::Esc);
    step(&mut app, "s", "dashboard");
    step(&mut app, "r", "roadmap");
    step(&mut app, "E", "export dialog");
    press(&mut app, KeyCode::Esc);
    step(&mut app, "a", "engagement record");
}

#[test]
fn the_ascii_set_draws_no_other_character_on_any_screen() {
    let ascii = Theme {
        ascii: true,
        ..Theme::default()
    };
    let mut screens = 0;
    every_screen(ascii, &mut |t, what| {
        screens += 1;
        let screen = screen_text(t);
        let other: Vec<char> = screen.chars().filter(|c| !c.is_ascii()).collect();
        assert!(other.is_empty(), "{what}: {other:?}\n{screen}");
    });
    assert_eq!(screens, 11);
    // The same screens in Unicode draw boxes, bars and arrows; in ASCII their stand-ins.
    let mut unicode = 0;
    every_screen(Theme::default(), &mut |t, _| {
        unicode += screen_text(t).chars().filter(|c| !c.is_ascii()).count();
    });
    assert!(unicode > 100, "{unicode}");
    let mut home = String::new();
    every_screen(ascii, &mut |t, what| {
        if what == "home" {
            home = screen_text(t);
        }
    });
    // Letters lose their accents, a wide character keeps its two columns.
    assert!(home.contains("Societe Generale - R B  \"AI\""), "{home}");
}

#[test]
fn sixteen_colours_use_no_colour_above_15_and_no_rgb() {
    let beyond = |c: Color| matches!(c, Color::Rgb(..)) || matches!(c, Color::Indexed(n) if n > 15);
    let sixteen = Theme {
        palette: aimsgap::tui::theme::Palette::Sixteen,
        ..Theme::default()
    };
    for presenter in [false, true] {
        every_screen(
            Theme {
                presenter,
                ..sixteen
            },
            &mut |t, what| {
                for cell in &t.backend().buffer().content {
                    assert!(
                        !beyond(cell.fg) && !beyond(cell.bg),
                        "{what}: {:?} on {:?}",
                        cell.fg,
                        cell.bg
                    );
                }
            },
        );
    }
    // The full palette does use more (so the check above has something to find).
    let mut more = 0;
    every_screen(Theme::default(), &mut |t, _| {
        more += t
            .backend()
            .buffer()
            .content
            .iter()
            .filter(|c| beyond(c.fg) || beyond(c.bg))
            .count();
    });
    assert!(more > 0);
}

/// Where you left off: quitting (or going home) remembers the question, and opening the
/// assessment again starts there rather than at the first unanswered question.
#[test]
fn reopening_an_assessment_goes_to_the_question_it_was_left_on() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    assert_eq!(current_id(&app), "4.1-a");
    for _ in 0..5 {
        press(&mut app, KeyCode::Down);
    }
    let left_on = current_id(&app);
    assert_ne!(left_on, "4.1-a");
    typed(&mut app, "q");
    assert!(app.quit, "q quits");
    drop(app);

    let mut app = new_app(Store::open(&dir.path().join("t.db")).unwrap());
    app.open_assessment(id).unwrap();
    assert_eq!(current_id(&app), left_on);
    // A question no longer asked is no place to start: the first unanswered one is.
    app.store.set_last_question(id, "9.9.9-z").unwrap();
    app.open_assessment(id).unwrap();
    assert_eq!(current_id(&app), "4.1-a");
}

/// An open point parked on a question (here from the command line's store call) shows under
/// the question in the workshop at 80×24; resolved, it is gone.
#[test]
fn the_workshop_shows_the_open_point_of_the_current_question() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    app.store
        .park(id, "4.1-a", "Ask the COO who owns the context")
        .unwrap();
    app.open_assessment(id).unwrap();
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("Parked   Ask the COO who owns the context"),
        "{screen}"
    );
    app.store.resolve_point(id, "4.1-a").unwrap();
    app.open_assessment(id).unwrap();
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(!screen.contains("Parked"), "{screen}");
}

/// The footer's last line at 80 columns.
fn footer(app: &mut App) -> String {
    let t = draw(app, 80, 24);
    screen_text(&t)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_help_key_shows_in_the_footer_at_80_columns_on_every_screen() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    let mut seen = Vec::new();
    let mut check = |app: &mut App, what: &str, key: &str| {
        let line = footer(app);
        assert!(
            line.trim_end().ends_with(&format!("{key} help")),
            "{what}: no `{key} help` at the end of the footer: {line:?}"
        );
        seen.push(what.to_string());
    };
    check(&mut app, "home", "?");
    typed(&mut app, "n");
    check(&mut app, "new assessment form", "f1");
    press(&mut app, KeyCode::Esc);
    typed(&mut app, "d");
    check(&mut app, "delete question", "f1");
    typed(&mut app, "n");
    app.open_assessment(id).unwrap();
    check(&mut app, "workshop", "?");
    typed(&mut app, "i");
    check(&mut app, "finding box", "f1");
    press(&mut app, KeyCode::Esc);
    typed(&mut app, "W");
    check(&mut app, "who said it", "f1");
    press(&mut app, KeyCode::Esc);
    typed(&mut app, "/risk");
    press(&mut app, KeyCode::Enter);
    check(&mut app, "search results", "?");
    press(&mut app, KeyCode::Esc);
    typed(&mut app, "s");
    check(&mut app, "dashboard", "?");
    typed(&mut app, "r");
    check(&mut app, "roadmap", "?");
    typed(&mut app, "E");
    check(&mut app, "export dialog", "f1");
    press(&mut app, KeyCode::Esc);
    typed(&mut app, "s");
    typed(&mut app, "a");
    check(&mut app, "engagement record", "?");
    typed(&mut app, "a");
    check(&mut app, "attendee form", "f1");
    press(&mut app, KeyCode::Esc);
    // The screens added since: the check, the details form, the open points, the agenda,
    // the changes.
    app.execute(app::Command::ShowWorkshop);
    for (keys, what, help) in [
        ("C", "pre-handover check", "?"),
        ("sD", "details form", "f1"),
    ] {
        app.execute(app::Command::ShowWorkshop);
        typed(&mut app, keys);
        check(&mut app, what, help);
    }
    press(&mut app, KeyCode::Esc);
    for (keys, what) in [
        ("O", "open points"),
        ("t", "agenda"),
        ("c", "changes"),
        ("I", "ISO 27001 checklist"),
    ] {
        app.execute(app::Command::ShowWorkshop);
        typed(&mut app, keys);
        assert_ne!(app.view, View::Workshop, "{what}");
        check(&mut app, what, "?");
    }
    // F1 opens the help from a box, as the footer says.
    app.execute(app::Command::ShowWorkshop);
    assert_eq!(app.view, View::Workshop, "{seen:?}");
    typed(&mut app, "i");
    app.handle_event(key(KeyCode::F(1)));
    assert!(app.help.is_some());
}

/// At 80×24 the six levels of the scale, in the question's own short words, show under the
/// prompt of every built-in question without scrolling.
#[test]
fn every_question_shows_its_six_levels_without_scrolling_at_80x24() {
    let dir = TempDir::new().unwrap();
    let (mut app, _) = workshop(dir.path());
    let ids: Vec<String> = {
        let open = app.open.as_ref().unwrap();
        open.session
            .questionnaire
            .questions()
            .map(|q| q.question.id.clone())
            .collect()
    };
    assert_eq!(ids.len(), 139);
    for id in &ids {
        let open = app.open.as_mut().unwrap();
        open.workshop.go_to_question(&open.session, id);
        let expected: Vec<(String, String)> = {
            let qn = &open.session.questionnaire;
            let q = qn.question(id).unwrap().question;
            qn.descriptors(q)
                .into_iter()
                .map(|(l, t)| (format!("{} {} ", l.level, l.label), t))
                .collect()
        };
        let t = draw(&mut app, 80, 24);
        let screen = screen_text(&t);
        assert_eq!(current_id(&app), *id);
        for (head, text) in &expected {
            // The level, then its whole descriptor on the same line.
            let shown = screen.lines().any(|l| {
                l.split_once(head.as_str())
                    .is_some_and(|(_, rest)| rest.trim() == text.as_str())
            });
            assert!(shown, "{id}: no {head:?} {text:?} in\n{screen}");
        }
    }
    // The longest prompt, scored and with a finding: the levels stay in sight, the chosen one
    // highlighted.
    let open = app.open.as_mut().unwrap();
    open.workshop.go_to_question(&open.session, "A.5.4-a");
    typed(&mut app, "2");
    let open = app.open.as_mut().unwrap();
    open.workshop.go_to_question(&open.session, "A.5.4-a");
    typed(&mut app, "iGroups named in the DPIA only");
    app.handle_event(ctrl('s'));
    let t = draw(&mut app, 80, 24);
    let screen = screen_text(&t);
    insta::assert_snapshot!("levels_80x24", screen);
    let (x, y) = find(&t, "General terms, no groups").unwrap();
    assert_eq!(t.backend().buffer()[(x, y)].bg, Color::Blue, "{screen}");
    let (x, y) = find(&t, "Groups identified, evidence used").unwrap();
    assert_ne!(t.backend().buffer()[(x, y)].bg, Color::Blue);
    assert!(
        screen.contains("5 Optimising  Harms reduced on evidence"),
        "{screen}"
    );
}

#[test]
fn the_weak_spots_are_one_key_away_and_stay_on_from_question_to_question() {
    let dir = TempDir::new().unwrap();
    let (mut app, _) = workshop(dir.path());
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(!screen.contains("Weak spots"), "{screen}");
    typed(&mut app, "h");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Weak spots · h hides"), "{screen}");
    assert!(screen.contains("the ISMS context copied over"), "{screen}");
    // On the next question, its own.
    press(&mut app, KeyCode::Down);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("one blanket role for the whole"),
        "{screen}"
    );
    typed(&mut app, "h");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(!screen.contains("Weak spots"), "{screen}");
}

/// The parking lot from the workshop: one key parks the question on screen with a short
/// text (an empty one is refused in the box), the header counts the open points, the list
/// jumps to a point's question and resolves it.
#[test]
fn a_question_is_parked_in_one_key_listed_jumped_to_and_resolved() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    press(&mut app, KeyCode::Down);
    let parked = current_id(&app);
    typed(&mut app, "P");
    press(&mut app, KeyCode::Enter);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("text is empty"), "{screen}");
    assert!(app.store.engagement(id).unwrap().points.is_empty());
    typed(&mut app, "Ask the COO who owns it");
    press(&mut app, KeyCode::Enter);
    let points = app.store.engagement(id).unwrap().points;
    assert_eq!(points.len(), 1);
    assert_eq!(
        (points[0].question_id.as_str(), points[0].text.as_str()),
        (parked.as_str(), "Ask the COO who owns it")
    );
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Parked"), "{screen}");
    assert!(screen.contains("1 open point"), "{screen}");

    // Elsewhere, then the list: Enter goes to the parked question.
    typed(&mut app, "g612a");
    press(&mut app, KeyCode::Enter);
    assert_ne!(current_id(&app), parked);
    typed(&mut app, "O");
    assert_eq!(app.view, View::Points);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Open points: 1"), "{screen}");
    assert!(screen.contains("Ask the COO who owns it"), "{screen}");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.view, View::Workshop);
    assert_eq!(current_id(&app), parked);

    // Resolved from the list: kept, no longer open, no longer counted.
    typed(&mut app, "Ox");
    let points = app.store.engagement(id).unwrap().points;
    assert!(points[0].resolved_at.is_some());
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Open points: 0 · 1 resolved"), "{screen}");
    assert!(!screen.contains("1 open point"), "{screen}");
}

/// The clock: time counts toward the section of the question on screen, other screens count
/// toward the sitting only, a long pause counts 5 minutes, the header shows the section
/// against its timebox (set on the agenda), and the time adds up across sittings.
#[test]
fn the_clock_counts_per_section_caps_pauses_and_adds_up_across_sittings() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    let start = TODAY
        .at(9, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp();
    let at = |secs: i64| start + jiff::SignedDuration::from_secs(secs);
    assert_eq!(current_id(&app), "4.1-a");
    // A timebox of one minute on clause 4, from the agenda.
    typed(&mut app, "t");
    assert_eq!(app.view, View::Agenda);
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "soon");
    press(&mut app, KeyCode::Enter);
    assert!(screen_text(&draw(&mut app, 80, 24)).contains("is not a timebox"));
    for _ in 0..4 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "1");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.store.timeboxes(id).unwrap()["4"], 1);
    // Enter on an empty box leaves it as it is.
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.store.timeboxes(id).unwrap()["4"], 1);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.view, View::Workshop);

    app.set_now(at(50));
    app.tick(Instant::now());
    let terminal = draw(&mut app, 80, 24);
    let screen = screen_text(&terminal);
    assert!(screen.contains("sitting 0:00 · 4 0:00/0:01"), "{screen}");
    app.set_now(at(90));
    app.tick(Instant::now());
    let terminal = draw(&mut app, 80, 24);
    assert!(screen_text(&terminal).contains("sitting 0:01 · 4 0:01/0:01"));
    // Over its timebox: the header's clock says so in the error colour.
    let (x, y) = find(&terminal, "4 0:01/0:01").unwrap();
    assert_eq!(terminal.backend().buffer()[(x, y)].bg, Color::Red);
    assert_ne!(terminal.backend().buffer()[(1, 0)].bg, Color::Red);
    // An hour without a key, the idle screen looking every second: the five minutes after
    // the last key count, no more.
    for second in 1..=3600 {
        app.set_now(at(90 + second));
        app.tick(Instant::now());
    }
    assert!(screen_text(&draw(&mut app, 80, 24)).contains("sitting 0:05 · 4 0:05/0:01"));
    // On the dashboard: the sitting's time, no section's.
    typed(&mut app, "s");
    app.set_now(at(90 + 3600 + 120));
    app.tick(Instant::now());
    typed(&mut app, "s");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("sitting 0:07 · 4 0:05/0:01"), "{screen}");
    typed(&mut app, "q");
    let sittings = app.store.sittings(id).unwrap();
    assert_eq!(sittings.len(), 1);
    assert_eq!(sittings[0].spent["4"], 300 * 1000);
    assert_eq!(sittings[0].spent[""], 120 * 1000);
    drop(app);

    // The next sitting starts from nothing and adds to the section's time.
    let store = Store::open(&dir.path().join("t.db")).unwrap();
    let mut app = new_app(store);
    app.set_now(at(86_400));
    app.open_assessment(id).unwrap();
    app.set_now(at(86_400 + 60));
    app.tick(Instant::now());
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("sitting 0:01 · 4 0:06/0:01"), "{screen}");
    typed(&mut app, "t");
    let screen = screen_text(&draw(&mut app, 160, 50));
    let row = screen
        .lines()
        .find(|l| l.contains("Context of the organization"))
        .unwrap();
    assert!(row.contains("*4"), "the section on screen is marked: {row}");
    assert!(
        row.contains("0:01     0:06     0:01    -0:05"),
        "planned, actual, now, left: {row}"
    );
    assert!(screen.contains("2 sittings"), "{screen}");
}

/// "Changed since": the answers others changed after your last sitting, with who changed
/// them, one key from their question; and the history of the question on screen, with
/// authors, from the workshop.
#[test]
fn changes_since_the_last_sitting_and_a_questions_history_show_who_changed_what() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    app.store.set_author("Jo");
    typed(&mut app, "2");
    app.set_now(
        TODAY
            .at(10, 0, 0, 0)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .unwrap()
            .timestamp(),
    );
    typed(&mut app, "q");
    drop(app);

    // Between sittings, someone else changes two answers.
    let mut store = Store::open(&dir.path().join("t.db")).unwrap();
    store.set_author("Sam Reyes");
    store
        .set_answer(id, "6.1.2-a", &Answer::with_maturity(3))
        .unwrap();
    let mut a = store.answer(id, "4.1-a").unwrap();
    a.finding = "No context register".into();
    store.set_answer(id, "4.1-a", &a).unwrap();
    drop(store);

    let store = Store::open(&dir.path().join("t.db")).unwrap();
    let mut app = new_app(store);
    app.store.set_author("Jo");
    app.open_assessment(id).unwrap();
    typed(&mut app, "c");
    assert_eq!(app.view, View::Changes);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("2 answers changed since the last sitting"),
        "{screen}"
    );
    assert!(
        screen.contains("6.1.2-a") && screen.contains("— → 3"),
        "{screen}"
    );
    assert!(screen.contains("Sam Reyes"), "{screen}");
    // The day before: Jo's own change is listed too.
    typed(&mut app, "d2026-11-22");
    press(&mut app, KeyCode::Enter);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("2 answers changed since 2026-11-22"),
        "{screen}"
    );
    typed(&mut app, "dsoon");
    press(&mut app, KeyCode::Enter);
    assert!(screen_text(&draw(&mut app, 80, 24)).contains("\"soon\" is not a day"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.view, View::Changes);
    // Enter goes to the question of the selected change (the latest first).
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.view, View::Workshop);
    assert_eq!(current_id(&app), "4.1-a");

    // The history of the question on screen, with who made each change.
    typed(&mut app, "H");
    assert_eq!(app.view, View::Changes);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("History of 4.1-a: 2 changes"), "{screen}");
    let finding = screen.lines().find(|l| l.contains("finding")).unwrap();
    assert!(finding.contains("Sam Reyes"), "{finding}");
    let scored = screen.lines().find(|l| l.contains("— → 2")).unwrap();
    assert!(scored.contains("Jo"), "{scored}");
}

/// Presenter mode keeps the private notes, a notes draft and a search term off every screen:
/// the workshop, dashboard, roadmap, record, open points, agenda, changes, a question's
/// history, the export dialog and the help, at 80×24 and 160×50.
#[test]
fn presenter_mode_keeps_notes_drafts_and_search_terms_off_every_screen() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    let secret = "Zanzibar";
    app.store
        .set_answer(
            id,
            "4.1-a",
            &Answer {
                notes: format!("{secret} merger talks"),
                ..Answer::with_maturity(1)
            },
        )
        .unwrap();
    app.store
        .save_draft(id, "4.2-a", "notes", &format!("{secret} draft"))
        .unwrap();
    app.store.park(id, "4.1-a", "Ask for the register").unwrap();
    app.open_assessment(id).unwrap();
    // The draft is offered back: kept for later.
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(
        screen.contains(secret),
        "outside presenter mode it shows: {screen}"
    );
    app.handle_event(ctrl('p'));
    typed(&mut app, "y");
    app.handle_event(ctrl('s'));
    typed(&mut app, "g41a");
    press(&mut app, KeyCode::Enter);
    // A note's word searched for before the room came in.
    app.handle_event(ctrl('p'));
    typed(&mut app, "/zanzibar");
    press(&mut app, KeyCode::Enter);
    assert!(screen_text(&draw(&mut app, 120, 40)).contains("zanzibar"));
    app.handle_event(ctrl('p'));
    assert!(app.theme.presenter);
    // The room sees it is on, even at 80 columns where the clock takes the end of the header.
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen
            .lines()
            .next()
            .unwrap()
            .starts_with(" PRESENTER · Acme"),
        "{screen}"
    );

    let hidden = |app: &mut App, at: &str| {
        for (w, h) in [(80, 24), (160, 50)] {
            let screen = screen_text(&draw(app, w, h)).to_lowercase();
            assert!(
                !screen.contains("zanzibar"),
                "{at} at {w}×{h} shows a private word:\n{screen}"
            );
        }
    };
    hidden(&mut app, "the workshop");
    for (keys, screen, back) in [
        ("s", View::Dashboard, "s"),
        ("r", View::Roadmap, "s"),
        ("a", View::Record, "s"),
        ("O", View::Points, "s"),
        ("t", View::Agenda, "s"),
        ("c", View::Changes, "s"),
        ("H", View::Changes, "s"),
    ] {
        typed(&mut app, keys);
        assert_eq!(app.view, screen, "{keys}");
        hidden(&mut app, keys);
        typed(&mut app, "?");
        hidden(&mut app, &format!("the help over {keys}"));
        typed(&mut app, "?");
        typed(&mut app, back);
        assert_eq!(app.view, View::Workshop, "{keys} then {back}");
    }
    typed(&mut app, "E");
    hidden(&mut app, "the export dialog");
    press(&mut app, KeyCode::Esc);
    // A change of the notes alone is not even listed as a change in presenter mode.
    typed(&mut app, "cd2026-01-01");
    press(&mut app, KeyCode::Enter);
    let screen = screen_text(&draw(&mut app, 160, 50));
    assert!(!screen.contains("4.2-a"), "{screen}");
    assert!(!screen.contains("notes"), "{screen}");
}

/// The pre-handover check as a screen: every finding of `aimsgap check`, grouped by kind, and
/// Enter goes to the question; the check key (C) comes back to it with the item still selected.
#[test]
fn the_check_lists_what_to_fix_and_each_item_leads_to_its_question() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo_with_a_late_action(dir.path());
    app.open_assessment(id).unwrap();
    let findings = {
        let open = app.open.as_ref().unwrap();
        aimsgap::check::findings(&open.session)
    };
    assert!(findings.len() >= 3, "{findings:?}");
    typed(&mut app, "s");
    typed(&mut app, "C");
    assert_eq!(app.view, View::Check);
    let t = draw(&mut app, 80, 24);
    let screen = screen_text(&t);
    assert!(
        screen.contains(&format!("{} things to fix before handing", findings.len())),
        "{screen}"
    );
    assert!(screen.contains("Unanswered questions (2)"), "{screen}");
    assert!(screen.contains("? help"), "{screen}");
    insta::assert_snapshot!("check_80x24", screen);
    // The third item, whatever its kind: Enter shows its question in the workshop.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.view, View::Workshop);
    assert_eq!(current_id(&app), findings[2].question);
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("C goes back to the check"),
        "{:?}",
        app.message
    );
    // Back to the check, on the same item; then back where it was opened from.
    typed(&mut app, "C");
    assert_eq!(app.view, View::Check);
    let open = app.open.as_ref().unwrap();
    assert_eq!(
        open.check.as_ref().unwrap().selected_question(),
        Some(findings[2].question.as_str())
    );
    typed(&mut app, "s");
    assert_eq!(app.view, View::Workshop);
    // Answering a question takes it off the list.
    let first = findings[0].question.clone();
    app.execute(app::Command::OpenQuestion(first.clone()));
    typed(&mut app, "3");
    typed(&mut app, "C");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("Unanswered questions (1)"), "{screen}");
    assert!(!screen.contains(&format!("{first} (")), "{screen}");
}

/// One owner for every gap of the current question's section, or of the filtered list, in
/// one action; one undo puts every owner back.
#[test]
fn one_owner_goes_to_every_gap_of_a_section_or_of_the_filtered_list_and_one_undo_takes_it_back() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    let gaps = |app: &App, section: Option<&str>| -> Vec<(String, String)> {
        let open = app.open.as_ref().unwrap();
        open.session
            .scorecard()
            .questions
            .iter()
            .filter(|s| s.priority.is_some() && section.is_none_or(|id| s.at.section.id == id))
            .map(|s| {
                let q = s.at.question.id.clone();
                let owner = app.store.answer(id, &q).unwrap().owner;
                (q, owner)
            })
            .collect()
    };
    let before = gaps(&app, Some("6"));
    assert!(before.len() >= 3, "{before:?}");
    assert!(before.iter().any(|(_, o)| o != "Dana Reyes"));
    let others = gaps(&app, None);
    typed(&mut app, "g6.1.3");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "A");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains(&format!(
            "{} gaps of section 6 get this owner",
            before.len()
        )),
        "{screen}"
    );
    typed(&mut app, "Dana Reyes");
    app.handle_event(ctrl('s'));
    let after = gaps(&app, Some("6"));
    assert!(after.iter().all(|(_, o)| o == "Dana Reyes"), "{after:?}");
    // Only that section's gaps.
    for ((q, was), (_, now)) in others.iter().zip(gaps(&app, None)) {
        if !q.starts_with('6') {
            assert_eq!(*was, now, "{q}");
        }
    }
    let m = app.message.clone().unwrap();
    assert_eq!(m.kind, Kind::Ok, "{m:?}");
    assert!(m.text.starts_with("Owner Dana Reyes given to"), "{m:?}");
    // One undo: every owner as it was.
    typed(&mut app, "u");
    assert_eq!(gaps(&app, Some("6")), before);
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("are back as they were")
    );

    // With a filter on, every gap of the list shown, across sections.
    typed(&mut app, "ff");
    assert_eq!(app.open.as_ref().unwrap().workshop.filter, Filter::WithGap);
    typed(&mut app, "A");
    typed(&mut app, "Lee");
    press(&mut app, KeyCode::Enter);
    app.handle_event(ctrl('s'));
    let all = gaps(&app, None);
    assert_eq!(all.len(), others.len());
    assert!(all.iter().all(|(_, o)| o == "Lee"), "{all:?}");
    typed(&mut app, "u");
    assert_eq!(gaps(&app, None), others);

    // A final assessment takes no owner.
    app.store.finalise(id).unwrap();
    app.open_assessment(id).unwrap();
    typed(&mut app, "ffA");
    assert!(app.open.as_ref().unwrap().workshop.editing.is_none());
    assert_eq!(app.message.as_ref().unwrap().kind, Kind::Error);
}

/// The dashboard's details form changes what `aimsgap set` changes, with its rules; fields
/// left alone keep what another program stored meanwhile; a final assessment refuses.
#[test]
fn the_details_and_roadmap_settings_are_edited_on_the_dashboard() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    app.open_assessment(id).unwrap();
    typed(&mut app, "s");
    typed(&mut app, "D");
    let t = draw(&mut app, 80, 24);
    let screen = screen_text(&t);
    assert!(screen.contains("Capacity (person-days/week)"), "{screen}");
    assert!(screen.contains("f1 help"), "{screen}");
    // Meanwhile another program changes the scope: the form does not put it back.
    let mut other = Store::open(&dir.path().join("demo.db")).unwrap();
    let mut a = aimsgap::assessment::NewAssessment::from_assessment(&other.assessment(id).unwrap());
    a.scope = "Changed elsewhere".into();
    other
        .change_assessment(id, |_| Ok::<_, aimsgap::store::StoreError>(a.clone()))
        .unwrap();
    // To the target: refused beyond the scale, as on the command line.
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Backspace);
    typed(&mut app, "9");
    app.handle_event(ctrl('s'));
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Not saved: target 9"), "{screen}");
    assert_eq!(app.store.assessment(id).unwrap().target, 3);
    press(&mut app, KeyCode::Backspace);
    typed(&mut app, "4");
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    for _ in 0..4 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "2,5");
    press(&mut app, KeyCode::Tab);
    for _ in 0..20 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "L=20");
    app.handle_event(ctrl('s'));
    assert_eq!(
        app.message.as_ref().unwrap().kind,
        Kind::Ok,
        "{:?}",
        app.message
    );
    let stored = app.store.assessment(id).unwrap();
    assert_eq!(stored.target, 4);
    assert_eq!(stored.capacity, 2.5);
    assert_eq!(stored.effort.l, 20.0);
    assert_eq!(stored.effort.s, 2.0);
    assert_eq!(stored.scope, "Changed elsewhere");
    assert_eq!(stored.organisation, "Northwind Logistics GmbH");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("target 4"), "{screen}");
    assert!(!screen.contains("Capacity (person-days/week)"), "{screen}");
    // A final assessment is not changed.
    app.store.finalise(id).unwrap();
    app.open_assessment(id).unwrap();
    typed(&mut app, "sD");
    assert!(app.open.as_ref().unwrap().dashboard.details.is_none());
    assert_eq!(app.message.as_ref().unwrap().kind, Kind::Error);
}

/// The demo in two interviewers' files: Ann (this one) and Bob each changed 4.1-a's level and
/// owner and 5.2-a's finding differently since Ann's backup; merged, three conflicts are open.
fn merged_demo(dir: &Path) -> (App, i64) {
    let mut ann = Store::open(&dir.join("ann.db")).unwrap();
    ann.set_author("Ann");
    let id = aimsgap::demo::create(&mut ann, built_in("iso42001").unwrap(), TODAY).unwrap();
    let base = dir.join("base.db");
    ann.backup_to(&base, Some(id)).unwrap();
    let mut bob = Store::open(&dir.join("bob.db")).unwrap();
    bob.set_author("Bob");
    let bob_id = bob.restore_from(&base).unwrap()[0].to;
    let change = |store: &mut Store, id: i64, level: u8, owner: &str, finding: &str| {
        let mut a = store.answer(id, "4.1-a").unwrap();
        a.response = Response::Maturity { level };
        a.owner = owner.into();
        store.set_answer(id, "4.1-a", &a).unwrap();
        let mut b = store.answer(id, "5.2-a").unwrap();
        b.finding = finding.into();
        store.set_answer(id, "5.2-a", &b).unwrap();
    };
    change(
        &mut bob,
        bob_id,
        4,
        "Head of Data",
        "Bob saw the policy draft, unsigned.",
    );
    drop(bob);
    change(
        &mut ann,
        id,
        1,
        "CFO",
        "Ann: the board approved the policy in May.",
    );
    let merged = ann.merge_from(&dir.join("bob.db"), None).unwrap();
    assert_eq!(merged[0].conflicts.len(), 3);
    (new_app(ann), id)
}

/// Merge conflicts on a screen of their own: the workshop says how many there are and M
/// shows them; both versions side by side at 80 columns (stacked when narrower), the level
/// with its name and descriptor, who changed each and when; l takes the left, r the right,
/// e edits a value of one's own — each through the store, in the history, as `aimsgap
/// resolve` does; a value the questionnaire refuses keeps the box open and changes nothing.
#[test]
fn merge_conflicts_are_resolved_side_by_side() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = merged_demo(dir.path());
    // Home says so on the assessment's row, and M there opens it on its conflicts.
    app.refresh_home();
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("Assessments · 3 merge conflicts to resolve: M on the assessment's row"),
        "{screen}"
    );
    let screen = screen_text(&draw(&mut app, 200, 24));
    assert!(
        screen.contains("Northwind Logistics GmbH · 3 merge conflicts (M)"),
        "{screen}"
    );
    typed(&mut app, "M");
    assert_eq!(app.view, View::Conflicts);
    app.execute(app::Command::GoHome);
    app.open_assessment(id).unwrap();
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("3 merge conflicts (M)"), "{screen}");
    assert!(
        screen.contains("3 merge conflicts to resolve: M shows them"),
        "{screen}"
    );
    typed(&mut app, "M");
    assert_eq!(app.view, View::Conflicts);
    // In the order a person reads an answer: the level first, then the owner, then 5.2-a.
    let fields: Vec<(String, String)> = app
        .open
        .as_ref()
        .unwrap()
        .session
        .conflicts
        .iter()
        .map(|c| (c.question_id.clone(), c.field.clone()))
        .collect();
    assert_eq!(
        fields,
        [
            ("4.1-a", "response"),
            ("4.1-a", "owner"),
            ("5.2-a", "finding")
        ]
        .map(|(q, f)| (q.to_string(), f.to_string()))
    );
    // The level: both sides on the same rows, left then right.
    let t = draw(&mut app, 80, 24);
    let screen = screen_text(&t);
    let left = find(&t, "│level 1 \"Initial\"").expect(&screen);
    let right = find(&t, "│level 4 \"Measured\"").expect(&screen);
    assert_eq!(left.1, right.1, "{screen}");
    assert!(left.0 < 40 && right.0 >= 40, "{screen}");
    assert!(
        screen.contains("l: left (this file) · standing now"),
        "{screen}"
    );
    assert!(screen.contains("r: right (merged in)"), "{screen}");
    assert!(screen.contains("Bob · "), "{screen}");
    // The question's prompt, wrapped over up to three lines above the versions.
    assert!(screen.contains("competitors"), "{screen}");
    let q = built_in("iso42001").unwrap();
    let descriptor = {
        let question = q.question("4.1-a").unwrap();
        q.descriptors(question.question)[4].1.clone()
    };
    assert!(screen.contains(&descriptor[..20]), "{descriptor}\n{screen}");
    assert!(!screen.contains('{'), "{screen}");
    // Narrower: the right version below the left one.
    let t = draw(&mut app, 60, 30);
    let (l, r) = (
        find(&t, "│level 1 \"Initial\"").unwrap(),
        find(&t, "│level 4 \"Measured\"").unwrap(),
    );
    assert!(r.1 > l.1 && r.0 == l.0, "{}", screen_text(&t));

    // Any size, however small, draws (and the edit box over it too).
    for (w, h) in [(1, 1), (20, 5), (47, 13), (200, 60), (80, 2)] {
        draw(&mut app, w, h);
    }
    typed(&mut app, "e");
    for (w, h) in [(1, 1), (20, 5), (47, 13)] {
        draw(&mut app, w, h);
    }
    press(&mut app, KeyCode::Esc);
    let history = app.store.history(id, Some("4.1-a")).unwrap().len();
    typed(&mut app, "r");
    assert_eq!(stored(&app, id, "4.1-a").response.maturity(), Some(4));
    assert_eq!(
        app.store.history(id, Some("4.1-a")).unwrap().len(),
        history + 1
    );
    assert_eq!(app.store.conflicts(id).unwrap().len(), 2);
    let said = &app.message.as_ref().unwrap().text;
    assert!(
        said.contains("Resolved 4.1-a level: took the right value (merged in), level 4"),
        "{said}"
    );

    // The owner (now selected, the first): take the left.
    app.execute(app::Command::ShowConflicts);
    press(&mut app, KeyCode::Home);
    typed(&mut app, "l");
    assert_eq!(stored(&app, id, "4.1-a").owner, "CFO");

    // The finding: edit, starting from the left text.
    typed(&mut app, "e");
    assert!(
        app.open
            .as_ref()
            .unwrap()
            .conflicts
            .as_ref()
            .unwrap()
            .takes_text()
    );
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("Finding (for the client's report)"),
        "{screen}"
    );
    typed(&mut app, " Bob saw a draft.");
    app.handle_event(ctrl('s'));
    assert_eq!(
        stored(&app, id, "5.2-a").finding,
        "Ann: the board approved the policy in May. Bob saw a draft."
    );
    assert!(app.store.conflicts(id).unwrap().is_empty());
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("No merge conflicts to resolve"), "{screen}");
    assert!(!screen.contains("merge conflict (M)"), "{screen}");
}

/// A value of one's own for the level is typed as a level and checked against the scale: a
/// level off the scale is refused in the box, nothing changes; presenter mode never shows
/// either side's private notes.
#[test]
fn a_conflicts_own_value_is_checked_and_private_notes_stay_hidden() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = merged_demo(dir.path());
    // A fourth conflict, on private notes.
    {
        let mut ann = Store::open(&dir.path().join("ann.db")).unwrap();
        let before = ann.conflicts(id).unwrap().len();
        let conn = rusqlite::Connection::open(dir.path().join("ann.db")).unwrap();
        conn.execute(
            "INSERT INTO merge_conflict VALUES (?1, '6.1.2-a', 'notes', '\"ann secret\"',
             '\"bob secret\"', '2026-11-23T09:00:00Z', 'Ann', '2026-11-23T09:05:00Z', 'Bob',
             '2026-11-23T10:00:00Z')",
            [id],
        )
        .unwrap();
        assert_eq!(ann.conflicts(id).unwrap().len(), before + 1);
        ann.set_author("Ann");
    }
    app.open_assessment(id).unwrap();
    typed(&mut app, "M");
    typed(&mut app, "e");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("A level of the scale"), "{screen}");
    press(&mut app, KeyCode::Backspace);
    typed(&mut app, "9");
    press(&mut app, KeyCode::Enter);
    assert_eq!(stored(&app, id, "4.1-a").response.maturity(), Some(1));
    assert_eq!(app.store.conflicts(id).unwrap().len(), 4);
    assert!(
        app.open
            .as_ref()
            .unwrap()
            .conflicts
            .as_ref()
            .unwrap()
            .takes_text()
    );
    press(&mut app, KeyCode::Backspace);
    typed(&mut app, "n/a");
    press(&mut app, KeyCode::Enter);
    // Not applicable is refused on a clause.
    assert_eq!(stored(&app, id, "4.1-a").response.maturity(), Some(1));
    press(&mut app, KeyCode::Esc);
    typed(&mut app, "y");
    assert!(
        !app.open
            .as_ref()
            .unwrap()
            .conflicts
            .as_ref()
            .unwrap()
            .takes_text()
    );
    let shown = screen_text(&draw(&mut app, 80, 24));
    assert!(shown.contains("secret"), "{shown}");
    app.theme.presenter = true;
    press(&mut app, KeyCode::End);
    for size in [(80, 24), (160, 50), (60, 30)] {
        let screen = screen_text(&draw(&mut app, size.0, size.1));
        assert!(!screen.contains("secret"), "{screen}");
        assert!(screen.contains("(private notes hidden)"), "{screen}");
    }
    typed(&mut app, "e");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(!screen.contains("secret"), "{screen}");
}

/// Applicability suggestions on a screen of their own, one key from the record: each is
/// confirmed or rejected by its own key, never applied otherwise; confirming writes the
/// control's decision with the author in the history, asking first when scored answers would
/// become not applicable; a rejection is remembered.
#[test]
fn suggestions_are_confirmed_or_rejected_one_by_one_from_the_record_screen() {
    use aimsgap::systems::{AiSystem, EuClass};
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    app.store.set_author("Jo Okafor");
    let system = AiSystem {
        number: 0,
        name: "Claims chatbot".into(),
        purpose: String::new(),
        roles: vec!["customer".into()],
        class: EuClass::Transparency,
        in_scope: true,
    };
    app.store.add_system(id, &system).unwrap();
    app.store
        .set_answer(id, "A.10.4-a", &Answer::with_maturity(2))
        .unwrap();
    app.open_assessment(id).unwrap();
    typed(&mut app, "a");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("applicability suggestions to confirm or reject: S"),
        "{screen}"
    );
    typed(&mut app, "S");
    assert_eq!(app.view, View::Suggestions);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("exclude A.4.2    Resource documentation"),
        "{screen}"
    );
    assert!(
        screen.contains("A.4.2 · Drafted justification:"),
        "{screen}"
    );
    assert!(screen.contains("y confirm   n reject"), "footer:\n{screen}");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(
        screen.contains("The organisation is not AI producer"),
        "{screen}"
    );
    assert!(screen.contains("include A.8.2"), "{screen}");
    // Shown, not applied.
    assert!(app.store.inclusions(id).unwrap().is_empty());
    assert_eq!(
        app.store.answer(id, "A.10.4-a").unwrap(),
        Answer::with_maturity(2)
    );

    // A.10.4, the last: its scored answer would become not applicable, so it asks first.
    press(&mut app, KeyCode::End);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("A.10.4 · Drafted justification:"),
        "{screen}"
    );
    typed(&mut app, "y");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("Exclude A.10.4 from the Statement of Applicability?"),
        "{screen}"
    );
    assert!(screen.contains("1 of its questions is scored"), "{screen}");
    typed(&mut app, "n");
    assert_eq!(
        app.store.answer(id, "A.10.4-a").unwrap(),
        Answer::with_maturity(2)
    );
    typed(&mut app, "y");
    typed(&mut app, "y");
    let a = app.store.answer(id, "A.10.4-a").unwrap();
    let Response::NotApplicable { justification } = &a.response else {
        panic!("{a:?}");
    };
    assert!(
        justification.starts_with("The organisation is not AI provider or AI producer"),
        "{justification}"
    );
    let history = app.store.history(id, Some("A.10.4-a")).unwrap();
    assert_eq!(history.last().unwrap().author, "Jo Okafor");
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .starts_with("Excluded A.10.4 from the Statement of Applicability"),
        "{:?}",
        app.message
    );
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(!screen.contains("exclude A.10.4"), "{screen}");

    // The first, A.4.2, rejected: nothing decided, remembered, not listed again.
    press(&mut app, KeyCode::Home);
    typed(&mut app, "n");
    let record = app.store.engagement(id).unwrap();
    assert_eq!(record.verdicts.len(), 2);
    let last = record.verdicts.last().unwrap();
    assert_eq!(
        (
            last.suggestion.control(),
            last.accepted,
            last.author.as_str()
        ),
        ("A.4.2", false, "Jo Okafor")
    );
    assert!(!app.store.inclusions(id).unwrap().contains_key("A.4.2"));
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(!screen.contains("exclude A.4.2"), "{screen}");
    assert!(screen.contains("1 rejected before, not shown"), "{screen}");

    // An inclusion for the legal reason: A.8.2, for Art. 50.
    let at = app
        .open
        .as_ref()
        .unwrap()
        .suggestions
        .as_ref()
        .unwrap()
        .items()
        .iter()
        .position(|s| s.control() == "A.8.2")
        .unwrap();
    press(&mut app, KeyCode::Home);
    for _ in 0..at {
        typed(&mut app, "j");
    }
    typed(&mut app, "y");
    let i = app.store.inclusions(id).unwrap()["A.8.2"].clone();
    assert_eq!(i.kind, Some(aimsgap::soa::ReasonKind::Legal));
    assert!(
        i.text.starts_with("EU AI Act Art. 50 (Claims chatbot"),
        "{}",
        i.text
    );

    // Opened again later: the rejection still holds. s goes back to the record.
    app.open_assessment(id).unwrap();
    typed(&mut app, "a");
    typed(&mut app, "S");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        !screen.contains("exclude A.4.2") && !screen.contains("include A.8.2"),
        "{screen}"
    );
    typed(&mut app, "s");
    assert_eq!(app.view, View::Record);
    // The help of the record screen lists the key.
    typed(&mut app, "?");
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(screen.contains("applicability suggestions"), "{screen}");
}

/// The client's self-rating shows beside the answer in the workshop, with its comment and
/// how far it is from the assessor's level; the dashboard compares the two per section.
#[test]
fn the_clients_self_rating_is_beside_the_answer_and_compared_on_the_dashboard() {
    use aimsgap::survey::{Rating, SelfRating};
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    app.store
        .set_answer(id, "4.1-a", &Answer::with_maturity(1))
        .unwrap();
    app.store
        .set_answer(id, "4.1-b", &Answer::with_maturity(2))
        .unwrap();
    let ratings = [
        ("4.1-a", Rating::Level(4), "The 2025 context paper"),
        ("4.1-b", Rating::Level(3), ""),
        ("4.1-c", Rating::NotApplicable, "Not for us"),
    ]
    .into_iter()
    .map(|(q, rating, comment)| {
        (
            q.to_string(),
            SelfRating {
                rating,
                comment: comment.into(),
            },
        )
    })
    .collect();
    app.store
        .replace_self_assessment(id, &ratings, "2026-03-30T09:00:00Z".parse().unwrap())
        .unwrap();
    app.open_assessment(id).unwrap();
    let at = |app: &mut App, q: &str| {
        let open = app.open.as_mut().unwrap();
        open.workshop.go_to_question(&open.session, q);
        screen_text(&draw(app, 110, 40))
    };
    let screen = at(&mut app, "4.1-a");
    let client = screen.lines().find(|l| l.contains("Client ")).unwrap();
    assert!(
        client.contains("Client   4 Measured  (self-assessment)  3 above the answer"),
        "{client}"
    );
    assert!(screen.contains("“The 2025 context paper”"), "{screen}");
    let screen = at(&mut app, "4.1-b");
    assert!(screen.contains("Client   3 Defined  (self-assessment)  1 above the answer"));
    let screen = at(&mut app, "4.1-c");
    assert!(
        screen.contains("Client   not applicable  (self-assessment)"),
        "{screen}"
    );
    let screen = at(&mut app, "4.2-a");
    assert!(!screen.contains("Client "), "{screen}");
    // The dashboard: clause 4, client (4 + 3) / 2 = 3.5, assessor (1 + 2) / 2 = 1.5.
    typed(&mut app, "s");
    let screen = screen_text(&draw(&mut app, 120, 60));
    assert!(screen.contains("Self-assessment 2026-03-30"), "{screen}");
    let four = screen
        .lines()
        .filter(|l| l.contains(" 4 Context"))
        .nth(1)
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(four.contains(" 3.5  1.5  +2.0 higher "), "{four}");
    assert!(four.contains(" 1/2 "), "{four}");
}

#[test]
fn the_iso27001_checklist_ticks_references_in_place_with_one_key() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    typed(&mut app, "I");
    assert_eq!(app.view, View::Iso27001);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("ISO/IEC 27001:2022 in place: 0 of 123"),
        "{screen}"
    );
    assert!(
        screen.contains("> [ ] 4.1     4.1-a 4.1-b 4.1-c"),
        "{screen}"
    );
    // Space ticks and moves on; a tick is stored at once.
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.store.iso27001_in_place(id).unwrap().len(), 1);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("  [x] 4.1 "), "{screen}");
    assert!(screen.contains("> [ ] 4.2 "), "{screen}");
    assert!(
        screen.contains("in place: 1 of 123 · 3 levels suggested, y accepts"),
        "{screen}"
    );
    // Up, and space again unticks.
    typed(&mut app, "k ");
    assert!(app.store.iso27001_in_place(id).unwrap().is_empty());
    // The end of the list is Annex A.
    press(&mut app, KeyCode::End);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("A.8 Technological controls"), "{screen}");
    assert!(screen.contains("> [ ] A.8.34"), "{screen}");
    // The help lists the checklist's keys and the workshop's key to reach it.
    typed(&mut app, "?");
    let help = screen_text(&draw(&mut app, 120, 60));
    assert!(help.contains("ISO 27001 checklist"), "{help}");
    typed(&mut app, "?");
    typed(&mut app, "s");
    assert_eq!(app.view, View::Workshop);
    // A final assessment's checklist is read-only.
    app.store.finalise(id).unwrap();
    app.open_assessment(id).unwrap();
    typed(&mut app, "I ");
    assert!(app.store.iso27001_in_place(id).unwrap().is_empty());
    assert_eq!(app.message.clone().unwrap().kind, Kind::Error);
}

#[test]
fn the_workshop_shows_a_carry_over_suggestion_that_y_accepts() {
    let dir = TempDir::new().unwrap();
    let (mut app, id) = workshop(dir.path());
    app.store.set_author("Jo Okafor");
    let refs = ["7.2".to_string()].into_iter().collect();
    app.store
        .set_iso27001_in_place(id, &refs, &Default::default(), false)
        .unwrap();
    app.open_assessment(id).unwrap();
    // No suggestion where none of the references is in place: y says so, stores nothing.
    typed(&mut app, "y");
    assert!(app.store.answers(id).unwrap().is_empty());
    let m = app.message.clone().unwrap();
    assert!(
        m.text.contains("No ISO 27001 carry-over for 4.1-a"),
        "{}",
        m.text
    );
    {
        let open = app.open.as_mut().unwrap();
        open.workshop.go_to_question(&open.session, "7.2-a");
    }
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("Suggest  3 Defined from ISO 27001 7.2 · y accepts"),
        "{screen}"
    );
    // Shown, not stored.
    assert!(app.store.answers(id).unwrap().is_empty());
    assert!(app.store.history(id, None).unwrap().is_empty());
    typed(&mut app, "y");
    let answer = stored(&app, id, "7.2-a");
    assert_eq!(answer.response, Response::Maturity { level: 3 });
    assert!(
        answer
            .finding
            .starts_with("Carried over from ISO 27001 7.2")
    );
    assert_eq!(answer.carried_over.as_ref().unwrap().refs, ["7.2"]);
    let history = app.store.history(id, Some("7.2-a")).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].author, "Jo Okafor");
    assert_eq!(current_id(&app), "7.2-b", "accepting moves on like a score");
    {
        let open = app.open.as_mut().unwrap();
        open.workshop.go_to_question(&open.session, "7.2-a");
    }
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("Carried  ISO 27001 7.2, level 3"),
        "{screen}"
    );
    // The next one is suggested too; undo takes the accepted one back.
    typed(&mut app, "u");
    assert_eq!(stored(&app, id, "7.2-a").response, Response::Unanswered);
    // Answered questions get no suggestion.
    {
        let open = app.open.as_mut().unwrap();
        open.workshop.go_to_question(&open.session, "7.2-a");
    }
    typed(&mut app, "1");
    {
        let open = app.open.as_mut().unwrap();
        open.workshop.go_to_question(&open.session, "7.2-a");
    }
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(!screen.contains("Suggest"), "{screen}");
    typed(&mut app, "y");
    assert_eq!(
        stored(&app, id, "7.2-a").response,
        Response::Maturity { level: 1 }
    );
    assert!(
        app.message
            .clone()
            .unwrap()
            .text
            .contains("answered already")
    );
}

/// The details form changes the assessment's language as `set --lang` does, refusing one
/// aimsgap does not speak; the export dialog then writes the report in it. The screens'
/// own language is the app's, lent to every screen, and apart from the assessment's.
#[test]
fn the_details_form_sets_the_language_the_export_dialog_writes_in() {
    use aimsgap::i18n::Lang;
    let dir = TempDir::new().unwrap();
    let (mut app, id) = demo(dir.path());
    assert_eq!(app.lang, Lang::En, "English unless set");
    app.open_assessment(id).unwrap();
    typed(&mut app, "sD");
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Language"), "{screen}");
    // The last field.
    for _ in 0..9 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    typed(&mut app, "fr");
    app.handle_event(ctrl('s'));
    let screen = screen_text(&draw(&mut app, 120, 40));
    assert!(
        screen.contains("\"fr\" is not a language aimsgap speaks"),
        "{screen}"
    );
    assert_eq!(app.store.assessment(id).unwrap().lang, Lang::En);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    typed(&mut app, "de");
    app.handle_event(ctrl('s'));
    assert_eq!(
        app.message.as_ref().unwrap().kind,
        Kind::Ok,
        "{:?}",
        app.message
    );
    assert_eq!(app.store.assessment(id).unwrap().lang, Lang::De);
    assert_eq!(app.lang, Lang::En, "the screens keep their own language");

    // The questions are asked in it now, the screens' words are not.
    app.execute(app::Command::ShowWorkshop);
    let prompt_in = |app: &App, lang: Lang| {
        let open = app.open.as_ref().unwrap();
        let qid = open.workshop.question_id(&open.session);
        let german = Catalog::new(None)
            .translated(built_in("iso42001").unwrap(), lang)
            .unwrap()
            .questionnaire;
        let at = german.question(&qid).unwrap();
        at.question.prompt.chars().take(30).collect::<String>()
    };
    let screen = screen_text(&draw(&mut app, 120, 40));
    let german = prompt_in(&app, Lang::De);
    assert_ne!(german, prompt_in(&app, Lang::En));
    assert!(screen.contains(&german), "{german:?} not in:\n{screen}");
    assert!(!screen.contains(&prompt_in(&app, Lang::En)), "{screen}");
    // Opened again, it is in German from the start.
    app.open_assessment(id).unwrap();
    assert!(screen_text(&draw(&mut app, 120, 40)).contains(&prompt_in(&app, Lang::De)));

    let path = dir.path().join("nordwind.json");
    export_to(&mut app, Format::Json, &path);
    press(&mut app, KeyCode::Enter);
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(json["language"], "de");

    app.set_lang(Lang::De);
    assert_eq!(app.lang, Lang::De);
    draw(&mut app, 80, 24);
}
