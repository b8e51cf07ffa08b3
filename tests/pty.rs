//! End to end through a real pseudo-terminal: what only a real terminal shows. The binary is
//! started, answers are typed and acknowledged on screen, the process is killed with SIGKILL
//! mid-workshop, and a new process must find every acknowledged answer and the text that
//! was being typed.
#![cfg(unix)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use aimsgap::assessment::Response;
use aimsgap::questionnaire::catalog::built_in;
use aimsgap::store::Store;
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

#[test]
fn every_acknowledged_answer_survives_kill_9_and_the_terminal_is_restored() {
    let dir = TempDir::new().unwrap();
    let questionnaire = built_in("iso42001").unwrap();
    let id = {
        let mut store = Store::open(&dir.path().join("e2e.db")).unwrap();
        let new =
            aimsgap::assessment::NewAssessment::new("Pty Ltd", jiff::civil::date(2026, 11, 23));
        store.create_assessment(&new, questionnaire, None).unwrap()
    };
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
