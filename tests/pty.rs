//! End to end through a real pseudo-terminal: what only a real terminal shows. The binary is
//! started, answers are typed and acknowledged on screen, the process is killed with SIGKILL
//! mid-workshop, and a new process must find every acknowledged answer and the text that
//! was being typed.
#![cfg(unix)]

mod common;

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use aimsgap::assessment::Response;
use aimsgap::questionnaire::catalog::built_in;
use aimsgap::store::Store;
use common::Rng;
use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};
use tempfile::TempDir;

struct Running {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    // Keeps the terminal open while the child runs.
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Running {
    fn start(dir: &Path, args: &[&str]) -> Running {
        Running::start_with(dir, args, &[])
    }

    /// [`Running::start`] with these variables set as well (after the defaults, so they win).
    fn start_with(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Running {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 30,
                cols: 100,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_aimsgap"));
        cmd.args(args);
        cmd.env_clear();
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOME", dir);
        cmd.env("XDG_DATA_HOME", dir.join("data"));
        cmd.env("XDG_CONFIG_HOME", dir.join("config"));
        cmd.env("AIMSGAP_DB", dir.join("e2e.db"));
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            30.try_into().unwrap(),
            100.try_into().unwrap(),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (s, r) = (screen.clone(), raw.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                s.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Running {
            child,
            writer,
            screen,
            raw,
            _master: pty.master,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`.
    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("screen never showed {text:?}:\n{}", self.contents());
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    fn pid(&self) -> u32 {
        self.child.process_id().unwrap()
    }

    /// Sends a signal by name ("TERM", "TSTP", …), as `kill -NAME` would.
    fn signal(&self, name: &str) {
        let status = std::process::Command::new("kill")
            .args([&format!("-{name}"), &self.pid().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// The terminal's output so far.
    fn raw(&self) -> String {
        String::from_utf8_lossy(&self.raw.lock().unwrap()).to_string()
    }

    /// Waits until the output after byte `from` holds `text`.
    fn wait_for_raw(&self, from: usize, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            let raw = self.raw.lock().unwrap().clone();
            if String::from_utf8_lossy(&raw[from.min(raw.len())..]).contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("output never showed {text:?}:\n{:?}", self.raw());
    }

    /// Whether the terminal is in the mode a shell expects: lines edited, typing echoed.
    fn cooked(&self) -> bool {
        let fd = self._master.as_raw_fd().unwrap();
        // SAFETY: a zeroed termios is a valid out-parameter; fd is the open master.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        assert_eq!(unsafe { libc::tcgetattr(fd, &mut t) }, 0);
        t.c_lflag & libc::ICANON != 0 && t.c_lflag & libc::ECHO != 0
    }

    /// The process state letter from /proc (R, S, T for stopped, …).
    fn state(&self) -> char {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).unwrap();
        let after = &stat[stat.rfind(')').unwrap() + 2..];
        after.chars().next().unwrap()
    }

    fn kill_9(&mut self) {
        let pid = self.child.process_id().unwrap();
        let status = std::process::Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let status = self.child.wait().unwrap();
        assert!(!status.success());
    }
}

/// Waits until the text being typed into question `question` is kept as a draft: once
/// typing pauses, within a fraction of a second.
fn wait_for_draft(dir: &Path, id: i64, question: &str, text: &str) -> Duration {
    let started = Instant::now();
    let store = Store::open(&dir.join("e2e.db")).unwrap();
    while started.elapsed() < Duration::from_secs(20) {
        let drafts = store.drafts(id).unwrap();
        if drafts
            .iter()
            .any(|d| d.question_id == question && d.text.starts_with(text))
        {
            return started.elapsed();
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the text {text:?} was never kept as a draft of {question}");
}

/// A new, empty assessment in the test's database.
fn new_assessment(dir: &Path) -> i64 {
    let mut store = Store::open(&dir.join("e2e.db")).unwrap();
    let new = aimsgap::assessment::NewAssessment::new("Pty Ltd", jiff::civil::date(2026, 11, 23));
    store
        .create_assessment(&new, built_in("iso42001").unwrap(), None)
        .unwrap()
}

#[test]
fn every_acknowledged_answer_survives_kill_9_and_the_terminal_is_restored() {
    let dir = TempDir::new().unwrap();
    let questionnaire = built_in("iso42001").unwrap();
    let id = new_assessment(dir.path());
    let ids: Vec<String> = questionnaire
        .questions()
        .map(|q| q.question.id.clone())
        .collect();

    let mut app = Running::start(dir.path(), &["open", &id.to_string()]);
    app.wait_for("question 1 of");
    // Score a run of questions, each acknowledged on screen before the next key.
    let levels = [2u8, 3, 1, 0, 4, 2, 5, 3, 1, 2, 0, 3];
    for (qid, level) in ids.iter().zip(levels) {
        app.send(level.to_string().as_bytes());
        app.wait_for(&format!("Saved {qid}: {level}"));
    }
    // Start a note and type into it; the screen echoing it means it was kept.
    app.send(b"e");
    app.wait_for("Notes");
    app.send("Typed just before the crash".as_bytes());
    app.wait_for("Typed just before the crash");
    // Kept once typing pauses.
    let took = wait_for_draft(
        dir.path(),
        id,
        &ids[levels.len()],
        "Typed just before the crash",
    );
    assert!(took < Duration::from_secs(3), "the draft took {took:?}");
    app.kill_9();

    let store = Store::open(&dir.path().join("e2e.db")).unwrap();
    for (qid, level) in ids.iter().zip(levels) {
        assert_eq!(
            store.answer(id, qid).unwrap().response,
            Response::Maturity { level },
            "{qid}"
        );
    }
    let drafts = store.drafts(id).unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].text, "Typed just before the crash");
    assert_eq!(drafts[0].question_id, ids[levels.len()]);
    drop(store);

    // A new process offers the text back; saving it keeps it; q quits cleanly.
    let mut app = Running::start(dir.path(), &["open", &id.to_string()]);
    app.wait_for("Unsaved notes");
    app.send(b"y");
    app.wait_for("Restored unsaved text");
    app.send(&[0x13]); // ctrl-s
    app.wait_for(&format!("Saved {}", ids[levels.len()]));
    app.send(b"q");
    let status = app.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    std::thread::sleep(Duration::from_millis(100));
    let raw = app.raw.lock().unwrap().clone();
    let raw = String::from_utf8_lossy(&raw);
    // The alternate screen was entered and left again, and the cursor shown.
    assert!(
        raw.contains("\x1b[?1049h"),
        "never entered the alternate screen"
    );
    let left = raw.rfind("\x1b[?1049l").expect("alternate screen left");
    assert!(raw[left..].contains("\x1b[?25h") || raw[..left].contains("\x1b[?25h"));
    let store = Store::open(&dir.path().join("e2e.db")).unwrap();
    assert_eq!(
        store.answer(id, &ids[levels.len()]).unwrap().notes,
        "Typed just before the crash"
    );
    assert!(store.drafts(id).unwrap().is_empty());
}

#[test]
fn an_unknown_assessment_is_an_error_before_the_screen_is_taken() {
    let dir = TempDir::new().unwrap();
    let mut app = Running::start(dir.path(), &["open", "42"]);
    let status = app.child.wait().unwrap();
    assert!(!status.success());
    std::thread::sleep(Duration::from_millis(100));
    let raw = String::from_utf8_lossy(&app.raw.lock().unwrap()).to_string();
    assert!(raw.contains("no assessment with id 42"), "{raw}");
    assert!(
        !raw.contains("\x1b[?1049h"),
        "took over the screen for an error"
    );
}

/// Plays a scripted workshop and kills the process with SIGKILL at a seeded random moment,
/// again and again on one database file. After every kill, each answer acknowledged on screen
/// is in the database, the file passes SQLite's integrity check, and the text that was being
/// typed into the notes is there to be offered back — which the next start does.
///
/// CI runs 8 kills; `AIMSGAP_CRASH_RUNS=50 cargo test --test pty crash -- --nocapture` runs
/// the full harness, and `AIMSGAP_CRASH_SEED=N` replays one sequence.
#[test]
fn crash_harness_seeded_kills_lose_nothing_acknowledged() {
    let runs: u64 = std::env::var("AIMSGAP_CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let first_seed: u64 = std::env::var("AIMSGAP_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(42_001);
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("e2e.db");
    let questionnaire = built_in("iso42001").unwrap();
    let ids: Vec<String> = questionnaire
        .questions()
        .map(|q| q.question.id.clone())
        .collect();
    let mut kills_mid_write = 0;
    for run in 0..runs {
        let seed = first_seed + run;
        let mut rng = Rng::seeded(seed);
        let id = new_assessment(dir.path());
        let mut app = Running::start(dir.path(), &["open", &id.to_string()]);
        app.wait_for("question 1 of");
        // The model: what the screen acknowledged.
        let mut acknowledged: Vec<(String, u8)> = Vec::new();
        let mut at = 0usize; // index of the question on screen
        let mut typed = String::new(); // text echoed in an open notes editor
        let mut pending: Option<usize> = None; // a key sent without waiting for its answer
        let steps = 1 + rng.below(10);
        for step in 0..steps {
            let last = step + 1 == steps;
            if rng.below(5) == 0 && typed.is_empty() {
                // Open the notes and type, echoed on screen, a word at a time.
                app.send(b"e");
                app.wait_for("Notes");
                for w in 0..1 + rng.below(4) {
                    let word = format!("w{seed}x{w} ");
                    app.send(word.as_bytes());
                    typed.push_str(&word);
                    app.wait_for(typed.trim_end());
                }
                // Kept once typing pauses: a fraction of a second.
                wait_for_draft(dir.path(), id, &ids[at], typed.trim_end());
                break; // the kill comes while the editor is open
            }
            let level = rng.below(6) as u8;
            app.send(level.to_string().as_bytes());
            if last && rng.below(2) == 0 {
                // Kill with the answer in flight: it may or may not have been committed.
                pending = Some(at);
                if rng.below(2) == 0 {
                    std::thread::sleep(Duration::from_millis(rng.below(15)));
                }
                kills_mid_write += 1;
                break;
            }
            app.wait_for(&format!("Saved {}: {level} ", ids[at]));
            acknowledged.push((ids[at].clone(), level));
            at += 1;
        }
        app.kill_9();

        let store = Store::open(&db).unwrap();
        let integrity: String = rusqlite::Connection::open(&db)
            .unwrap()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok", "seed {seed}");
        let answers = store.answers(id).unwrap();
        for (qid, level) in &acknowledged {
            assert_eq!(
                answers.get(qid).map(|a| a.response.clone()),
                Some(Response::Maturity { level: *level }),
                "seed {seed}: acknowledged {qid} = {level} lost"
            );
        }
        // Nothing else was written, except perhaps the one answer in flight.
        for qid in answers.keys() {
            let expected = acknowledged.iter().any(|(q, _)| q == qid)
                || pending.is_some_and(|p| ids[p] == *qid);
            assert!(expected, "seed {seed}: unexpected answer to {qid}");
        }
        let drafts = store.drafts(id).unwrap();
        if typed.is_empty() {
            assert!(drafts.is_empty(), "seed {seed}: {drafts:?}");
        } else {
            assert_eq!(drafts.len(), 1, "seed {seed}");
            assert_eq!(drafts[0].question_id, ids[at], "seed {seed}");
            assert!(
                drafts[0].text.starts_with(typed.trim_end()),
                "seed {seed}: draft {:?} lost typed {typed:?}",
                drafts[0].text
            );
            // The next start offers it back.
            drop(store);
            let mut again = Running::start(dir.path(), &["open", &id.to_string()]);
            again.wait_for("Unsaved notes");
            again.send(b"y");
            again.wait_for(typed.trim_end());
            again.kill_9();
        }
    }
    eprintln!(
        "crash harness: {runs} runs from seed {first_seed}, {kills_mid_write} killed with an answer in flight"
    );
}

#[test]
fn escape_sequences_in_a_note_never_reach_the_terminal() {
    let dir = TempDir::new().unwrap();
    let questionnaire = built_in("iso42001").unwrap();
    let hostile = "Title \x1b]0;pwned\x07 clear \x1b[2J red \x1b[31m bell \x07 end";
    let id = new_assessment(dir.path());
    {
        let mut store = Store::open(&dir.path().join("e2e.db")).unwrap();
        let answer = aimsgap::assessment::Answer {
            notes: hostile.into(),
            evidence: vec![hostile.into()],
            owner: hostile.into(),
            ..aimsgap::assessment::Answer::with_maturity(2)
        };
        let first = questionnaire.questions().next().unwrap();
        store.set_answer(id, &first.question.id, &answer).unwrap();
    }
    let mut app = Running::start(dir.path(), &["open", &id.to_string()]);
    // It opens at the first unanswered question; the note is on the one before.
    app.wait_for("question 2 of");
    app.send(b"k");
    app.wait_for("question 1 of");
    app.wait_for("bell");
    // Open the note in the editor too, then leave.
    app.send(b"e");
    app.wait_for("Notes");
    app.send(&[0x1b]);
    std::thread::sleep(Duration::from_millis(300));
    app.send(b"q");
    app.child.wait().unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let raw = app.raw.lock().unwrap().clone();
    let raw = String::from_utf8_lossy(&raw);
    assert!(raw.contains("pwned"), "the note was never shown");
    assert!(
        !raw.contains("\x1b]0;pwned"),
        "the note set the window title"
    );
    assert!(!raw.contains('\x07'), "the note rang the bell");
    assert!(!raw.contains("\x1b[2J red"), "the note cleared the screen");
}

#[test]
fn two_terminals_on_one_file_never_overwrite_each_other() {
    let dir = TempDir::new().unwrap();
    let questionnaire = built_in("iso42001").unwrap();
    let id = new_assessment(dir.path());
    let first_q = questionnaire
        .questions()
        .next()
        .unwrap()
        .question
        .id
        .clone();
    let mut a = Running::start(dir.path(), &["open", &id.to_string()]);
    let mut b = Running::start(dir.path(), &["open", &id.to_string()]);
    a.wait_for("question 1 of");
    b.wait_for("question 1 of");
    // A scores the question; B, idle, shows it within a moment, without a key.
    a.send(b"4");
    a.wait_for(&format!("Saved {first_q}: 4"));
    b.wait_for(" 1/");
    let stored = |dir: &Path| {
        Store::open(&dir.join("e2e.db"))
            .unwrap()
            .answer(id, &first_q)
            .unwrap()
            .response
    };
    assert_eq!(stored(dir.path()), Response::Maturity { level: 4 });
    // B, now showing A's answer, changes it deliberately; A follows.
    b.send(b"1");
    b.wait_for(&format!("Saved {first_q}: 1"));
    assert_eq!(stored(dir.path()), Response::Maturity { level: 1 });
    a.wait_for("Showing the changes made in another window");
    a.send(b"q");
    b.send(b"q");
    assert!(a.child.wait().unwrap().success());
    assert!(b.child.wait().unwrap().success());
}

#[test]
fn a_second_terminal_shows_changes_made_elsewhere_without_a_key() {
    let dir = TempDir::new().unwrap();
    let questionnaire = built_in("iso42001").unwrap();
    let id = new_assessment(dir.path());
    let mut app = Running::start(dir.path(), &["open", &id.to_string()]);
    app.wait_for("question 1 of");
    app.wait_for(" 0/");
    // Another program answers five questions; the screen, untouched, follows.
    let mut other = Store::open(&dir.path().join("e2e.db")).unwrap();
    for q in questionnaire.questions().skip(1).take(5) {
        other
            .set_answer(
                id,
                &q.question.id,
                &aimsgap::assessment::Answer::with_maturity(3),
            )
            .unwrap();
    }
    app.wait_for(" 5/");
    // A draft typed while another program holds the write lock stays on screen, and is kept
    // once the lock is gone.
    let lock = rusqlite::Connection::open(dir.path().join("e2e.db")).unwrap();
    lock.execute_batch("BEGIN IMMEDIATE").unwrap();
    app.send(b"e");
    app.wait_for("Notes");
    app.send(b"Typed under a lock");
    app.wait_for("Typed under a lock");
    app.wait_for("locked by another program");
    lock.execute_batch("ROLLBACK").unwrap();
    let first = questionnaire
        .questions()
        .next()
        .unwrap()
        .question
        .id
        .clone();
    wait_for_draft(dir.path(), id, &first, "Typed under a lock");
    app.send(&[0x13]); // ctrl-s
    app.wait_for(&format!("Saved {first}"));
    app.send(b"q");
    assert!(app.child.wait().unwrap().success());
    assert_eq!(
        other.answer(id, &first).unwrap().notes,
        "Typed under a lock"
    );
}

/// Each signal that ends a program, sent with kill while a note is being typed: the terminal
/// is given back (main screen, cursor shown, lines and echo on), the note is kept as a draft,
/// and the exit status says which signal it was.
#[test]
fn ending_signals_give_the_terminal_back_and_keep_the_note() {
    let dir = TempDir::new().unwrap();
    for (name, number) in [("TERM", 15), ("HUP", 1), ("INT", 2), ("QUIT", 3)] {
        let id = new_assessment(dir.path());
        let mut app = Running::start(dir.path(), &["open", &id.to_string()]);
        app.wait_for("question 1 of");
        app.wait_for_raw(0, "\x1b[?1049h");
        assert!(!app.cooked(), "{name}: the workshop runs in raw mode");
        app.send(b"e");
        app.wait_for("Notes");
        let note = format!("typed before SIG{name}");
        app.send(note.as_bytes());
        app.wait_for(&note);
        let before = app.raw.lock().unwrap().len();
        app.signal(name);
        let status = app.child.wait().unwrap();
        assert_eq!(status.exit_code(), 128 + number, "SIG{name}: {status:?}");
        app.wait_for_raw(before, "\x1b[?1049l");
        app.wait_for_raw(before, "\x1b[?25h");
        app.wait_for_raw(before, "\x1b[?2004l");
        assert!(app.cooked(), "SIG{name} left the terminal raw");
        let drafts = Store::open(&dir.path().join("e2e.db"))
            .unwrap()
            .drafts(id)
            .unwrap();
        assert_eq!(drafts.len(), 1, "SIG{name}");
        assert_eq!(drafts[0].text, note, "SIG{name}");
    }
}

/// SIGTSTP (as a shell's job control sends) and SIGCONT (`fg`): the terminal is given back
/// while stopped, taken again and drawn whole on continuing, and Enter goes on typing the
/// note instead of wiping it.
#[test]
fn a_stop_and_fg_redraw_the_screen_and_the_note_goes_on() {
    let dir = TempDir::new().unwrap();
    let id = new_assessment(dir.path());
    let mut app = Running::start(dir.path(), &["open", &id.to_string()]);
    app.wait_for("question 1 of");
    app.send(b"e");
    app.wait_for("Notes");
    app.send(b"before the stop");
    app.wait_for("before the stop");
    let before = app.raw.lock().unwrap().len();
    app.signal("TSTP");
    let deadline = Instant::now() + Duration::from_secs(10);
    while app.state() != 'T' {
        assert!(Instant::now() < deadline, "never stopped");
        std::thread::sleep(Duration::from_millis(10));
    }
    app.wait_for_raw(before, "\x1b[?1049l");
    assert!(app.cooked(), "stopped with the terminal raw");
    assert!(!app.contents().contains("before the stop"));
    let stopped = app.raw.lock().unwrap().len();
    app.signal("CONT");
    app.wait_for_raw(stopped, "\x1b[?1049h");
    app.wait_for("before the stop");
    app.wait_for("question 1 of");
    assert!(!app.cooked());
    app.send(b"\r");
    app.send(b"after");
    app.wait_for("after");
    app.send(&[0x13]); // ctrl-s
    app.wait_for("Saved 4.1-a");
    app.send(b"q");
    assert!(app.child.wait().unwrap().success());
    let store = Store::open(&dir.path().join("e2e.db")).unwrap();
    assert_eq!(
        store.answer(id, "4.1-a").unwrap().notes,
        "before the stop\nafter"
    );
}

/// A paste into the workshop arrives marked as one (bracketed paste is switched on, and off
/// again on leaving): outside a text box it scores nothing and opens nothing.
#[test]
fn a_paste_is_text_never_keys() {
    let dir = TempDir::new().unwrap();
    let id = new_assessment(dir.path());
    let mut app = Running::start(dir.path(), &["open", &id.to_string()]);
    app.wait_for("question 1 of");
    app.wait_for_raw(0, "\x1b[?2004h");
    app.send(b"\x1b[200~In 2023 we had 5 models\x1b[201~");
    app.wait_for("Pasted text ignored");
    app.send(b"e");
    app.wait_for("Notes");
    app.send(b"\x1b[200~In 2023 we had 5 models\x1b[201~");
    app.wait_for("In 2023 we had 5 models");
    app.send(&[0x13]); // ctrl-s
    app.wait_for("Saved 4.1-a");
    let before = app.raw.lock().unwrap().len();
    app.send(b"q");
    assert!(app.child.wait().unwrap().success());
    app.wait_for_raw(before, "\x1b[?2004l");
    let answers = Store::open(&dir.path().join("e2e.db"))
        .unwrap()
        .answers(id)
        .unwrap();
    assert_eq!(answers.len(), 1, "{answers:?}");
    assert_eq!(answers["4.1-a"].notes, "In 2023 we had 5 models");
    assert_eq!(answers["4.1-a"].response, Response::Unanswered);
}

/// A command-line error quotes what was typed: on a terminal, where it is printed styled,
/// an escape sequence in it is neutralised all the same.
#[test]
fn a_command_line_error_never_echoes_an_escape_sequence() {
    let dir = TempDir::new().unwrap();
    let mut app = Running::start(dir.path(), &["score", "1\x1b]52;c;ZXZpbA==\x07\x1b[2J"]);
    assert!(!app.child.wait().unwrap().success());
    app.wait_for("invalid value");
    let raw = app.raw();
    assert!(!raw.contains("\x1b]52"), "{raw:?}");
    assert!(!raw.contains("\x1b[2J"), "{raw:?}");
}

#[test]
fn answers_given_on_screen_are_recorded_with_their_author() {
    let dir = TempDir::new().unwrap();
    let id = new_assessment(dir.path());
    let mut app = Running::start_with(
        dir.path(),
        &["open", &id.to_string()],
        &[("AIMSGAP_USER", "Jane Doe"), ("USER", "jdoe")],
    );
    app.wait_for("question 1 of");
    app.send(b"2");
    app.wait_for("Saved 4.1-a: 2");
    app.send(b"q");
    assert!(app.child.wait().unwrap().success());
    let history = Store::open(&dir.path().join("e2e.db"))
        .unwrap()
        .history(id, None)
        .unwrap();
    assert_eq!(history.len(), 1, "{history:?}");
    assert_eq!(history[0].author, "Jane Doe");
}

/// The demo's workshop screen as the real binary draws it with `vars`, from start to quit.
fn drawn_with(dir: &Path, id: i64, vars: &[(&str, &str)]) -> (Vec<u8>, String) {
    let mut app = Running::start_with(dir, &["open", &id.to_string()], vars);
    app.wait_for("question 1 of");
    app.send(b"s");
    app.wait_for("n narrative");
    let screen = app.contents();
    app.send(b"q");
    assert!(app.child.wait().unwrap().success());
    // The reader has the last bytes once the terminal is closed.
    std::thread::sleep(Duration::from_millis(100));
    let raw = app.raw.lock().unwrap().clone();
    (raw, screen)
}

#[test]
fn terminals_that_announce_fewer_colours_or_no_utf8_get_classic_codes_and_ascii() {
    let dir = TempDir::new().unwrap();
    let id = {
        let mut store = Store::open(&dir.path().join("e2e.db")).unwrap();
        aimsgap::demo::create(
            &mut store,
            built_in("iso42001").unwrap(),
            jiff::civil::date(2026, 11, 23),
        )
        .unwrap()
    };
    let sgr_256 = |raw: &[u8]| {
        let text = String::from_utf8_lossy(raw);
        text.contains("\x1b[38;5;") || text.contains(";38;5;") || text.contains("48;5;")
    };
    let (full, full_screen) = drawn_with(dir.path(), id, &[("TERM", "xterm-256color")]);
    assert!(
        sgr_256(&full),
        "the 256-colour palette is used where announced"
    );
    assert!(
        full_screen.contains('·') && full_screen.contains('█'),
        "{full_screen}"
    );
    // COLORTERM announces it too, whatever TERM says.
    let (truecolor, _) = drawn_with(
        dir.path(),
        id,
        &[("TERM", "screen"), ("COLORTERM", "truecolor")],
    );
    assert_eq!(truecolor, full);
    // The others get the same frames with classic colour codes: byte for byte the
    // 256-colour output with each colour made classic, and the same screen.
    for term in ["screen", "linux", "vt100"] {
        let (raw, screen) = drawn_with(dir.path(), id, &[("TERM", term)]);
        assert!(!sgr_256(&raw), "{term}: a 256-colour code");
        assert!(String::from_utf8_lossy(&raw).contains("\x1b[90;"), "{term}");
        assert_eq!(screen, full_screen, "{term}");
        assert!(
            raw == aimsgap::tui::terminal::classic_colours(&full),
            "{term}: not the same bytes as xterm-256color with classic colours"
        );
    }
    // A locale that is not UTF-8, or --ascii: only ASCII bytes, the same screen in
    // ASCII stand-ins.
    let ascii_screen: String = full_screen
        .chars()
        .map(aimsgap::tui::theme::ascii_glyph)
        .collect();
    for (vars, args) in [
        (&[("LANG", "C")][..], None),
        (&[("LANG", "en_GB.ISO-8859-1")][..], None),
        (&[("LC_ALL", "POSIX"), ("LANG", "en_GB.UTF-8")][..], None),
        (&[][..], Some("--ascii")),
    ] {
        let mut app = match args {
            Some(flag) => Running::start_with(dir.path(), &["open", &id.to_string(), flag], vars),
            None => Running::start_with(dir.path(), &["open", &id.to_string()], vars),
        };
        app.wait_for("question 1 of");
        app.send(b"s");
        app.wait_for("n narrative");
        let screen = app.contents();
        app.send(b"q");
        assert!(app.child.wait().unwrap().success());
        std::thread::sleep(Duration::from_millis(100));
        let raw = app.raw.lock().unwrap().clone();
        assert!(
            raw.is_ascii(),
            "{vars:?} {args:?}: a byte that is not ASCII"
        );
        assert_eq!(screen, ascii_screen, "{vars:?} {args:?}");
    }
    // NO_COLOR: no colour at all, on any terminal.
    let (raw, _) = drawn_with(dir.path(), id, &[("NO_COLOR", "1")]);
    let text = String::from_utf8_lossy(&raw);
    let colours: Vec<&str> = text
        .split("\x1b[")
        .skip(1)
        .filter_map(|s| s.split_once('m').map(|(p, _)| p))
        .filter(|p| p.chars().all(|c| c.is_ascii_digit() || c == ';'))
        .flat_map(|p| p.split(';'))
        .filter(|n| {
            n.parse::<u16>()
                .is_ok_and(|n| (30..=49).contains(&n) && n != 39 && n != 49 || n >= 90)
        })
        .collect();
    assert!(colours.is_empty(), "NO_COLOR: {colours:?}");
}

/// A terminal that goes away under a workshop that is not its session's leader (run from a
/// shell script, or in tmux through `sh -c`, and the server killed) sends it no SIGHUP, and
/// reading the hung-up terminal returns at once: the workshop must notice, keep what was
/// being typed and end, instead of spinning at full processor for ever.
#[test]
fn a_terminal_that_goes_away_without_a_signal_ends_the_workshop() {
    let dir = TempDir::new().unwrap();
    let id = new_assessment(dir.path());
    let db = dir.path().join("e2e.db");
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    // The shell waits for the workshop (`; :` keeps it from exec-ing), so the shell is the
    // session's leader and the workshop only its child.
    let mut cmd = CommandBuilder::new("sh");
    cmd.args(["-c", "\"$0\" \"$@\"; :", env!("CARGO_BIN_EXE_aimsgap")]);
    cmd.args(["--db", db.to_str().unwrap(), "open", &id.to_string()]);
    cmd.env_clear();
    cmd.env("TERM", "xterm-256color");
    cmd.env("HOME", dir.path());
    cmd.env("XDG_DATA_HOME", dir.path().join("data"));
    cmd.env("XDG_CONFIG_HOME", dir.path().join("config"));
    cmd.env("LANG", "C.UTF-8");
    cmd.env("PATH", std::env::var("PATH").unwrap_or_default());
    let mut shell = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let screen = Arc::new(Mutex::new(vt100::Parser::new(
        30.try_into().unwrap(),
        100.try_into().unwrap(),
        0,
    )));
    let s = screen.clone();
    // The reader holds a copy of the master: the terminal only hangs up once it is closed
    // too, so the reader waits for output with a timeout and stops when told.
    let master_fd = pty.master.as_raw_fd().expect("the master's descriptor");
    // Keys go in through a plain copy of the master: portable-pty's writer, when dropped,
    // types a line feed and an end-of-file (ctrl-j, ctrl-d) to end a child's line input,
    // and a text box takes ctrl-j as "delete to the start of the line". A terminal that goes
    // away types nothing.
    // SAFETY: `dup` of a descriptor this test holds open.
    let copy = unsafe { libc::dup(master_fd) };
    assert!(copy >= 0, "cannot copy the master's descriptor");
    // SAFETY: `copy` is a new descriptor that nothing else owns.
    let mut writer = unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(copy) };
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stopping = stop.clone();
    let reading = std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while !stopping.load(std::sync::atomic::Ordering::SeqCst) {
            let mut fd = libc::pollfd {
                fd: master_fd,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd (the master stays open until this thread is joined).
            if unsafe { libc::poll(&mut fd, 1, 50) } <= 0 {
                continue;
            }
            match reader.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => s.lock().unwrap().process(&buf[..n]),
            }
        }
    });
    let shows = |text: &str| {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !screen.lock().unwrap().screen().contents().contains(text) {
            assert!(Instant::now() < deadline, "never showed {text:?}");
            std::thread::sleep(Duration::from_millis(10));
        }
    };
    shows("question 1 of");
    writer.write_all(b"e").unwrap();
    shows("Notes");
    writer.write_all(b"typed as the line dropped").unwrap();
    writer.flush().unwrap();
    shows("typed as the line dropped");
    // The workshop's process: the one whose arguments name this test's database.
    let workshop = std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .find(|pid| {
            std::fs::read(format!("/proc/{pid}/cmdline")).is_ok_and(|c| {
                let c = String::from_utf8_lossy(&c);
                c.contains(db.to_str().unwrap()) && !c.starts_with("sh")
            })
        })
        .expect("the workshop's process");
    // The terminal goes away: its master is closed; the shell, its leader, gets the SIGHUP.
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    reading.join().unwrap();
    drop(writer);
    drop(pty.master);
    let _ = shell.wait();
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::path::Path::new(&format!("/proc/{workshop}/cmdline")).exists()
        && std::fs::read_to_string(format!("/proc/{workshop}/stat"))
            .is_ok_and(|s| !s[s.rfind(')').unwrap() + 2..].starts_with('Z'))
    {
        assert!(
            Instant::now() < deadline,
            "the workshop still runs 10 s after its terminal went away"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let drafts = Store::open(&db).unwrap().drafts(id).unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].text, "typed as the line dropped");
}
