//! aimsgap never touches the network: the binary is run under `strace`, which logs every
//! network system call (`socket`, `connect`, `bind`, `sendto`, … — Unix domain sockets
//! included, since they are sockets too), for the commands that do the most: creating the
//! demo, exporting HTML and XLSX, showing the questionnaire, and the workshop screens in a
//! real pseudo-terminal. The log must hold nothing but the processes' exits.
//!
//! One exception, found by these tests and allowed precisely: the workshop screens create one
//! `socketpair(AF_UNIX, …)`. The terminal library registers a handler for SIGWINCH (the
//! terminal was resized) through signal-hook, which wakes the event loop by writing a byte
//! into a connected pair of Unix sockets: the "self-pipe" trick. The pair is anonymous — no
//! address, no file, nothing another process can connect to — and both ends stay inside the
//! process. So a `socketpair` of family AF_UNIX is allowed, and so is traffic on the two
//! descriptors it returned; any other socket, connect, bind or send fails the test.
//!
//! A control run first shows that the same `strace` invocation does log a socket when one is
//! opened, so an empty log means something.
//!
//! `strace` is Linux only. Where it is not installed the tests skip with a note, except under
//! CI (the `CI` variable is set), where they fail: `.ci/run` installs it.
//!
//! New database files being readable by their owner only (mode 0600) is checked where they
//! are created: tests/store.rs (`a_new_file_is_created_private_migrated_and_durable`) and
//! tests/cli.rs (`the_database_defaults_to_the_data_directory_and_honours_overrides`).
#![cfg(target_os = "linux")]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use tempfile::TempDir;

/// The `strace` to use, or `None` (with a note) when it is missing outside CI.
fn strace() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("strace"))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "strace is not installed: CI must install it (PACKAGES in .ci/run)"
        );
        eprintln!("note: strace is not installed; the no-network tests were skipped");
    }
    found
}

/// `strace` arguments that log network calls of the process and its children to `log`.
fn strace_args(log: &Path) -> Vec<String> {
    ["-f", "-e", "trace=network", "-o"]
        .iter()
        .map(|s| s.to_string())
        .chain([log.display().to_string()])
        .collect()
}

/// The network calls in a log: every line that is not a process exit or a signal.
fn network_calls(log: &Path) -> Vec<String> {
    calls_in(&std::fs::read_to_string(log).unwrap())
}

fn calls_in(text: &str) -> Vec<String> {
    assert!(
        text.contains("+++ exited with"),
        "strace logged no exit, so it traced nothing:\n{text}"
    );
    text.lines()
        .map(|l| {
            // "PID event": drop the process id that -f puts first.
            let l = l.trim_start();
            l.trim_start_matches(|c: char| c.is_ascii_digit())
                .trim_start()
        })
        // `<... NAME resumed>` finishes a call already logged (and judged) where it began.
        .filter(|l| !l.starts_with("+++") && !l.starts_with("---") && !l.starts_with("<..."))
        .map(str::to_string)
        .collect()
}

fn assert_no_network(log: &Path, what: &str) {
    assert_no_network_in(&network_calls(log), what);
}

fn assert_no_network_in(calls: &[String], what: &str) {
    // Descriptors of anonymous in-process Unix socket pairs (see the top of this file).
    let mut pair_fds: Vec<String> = Vec::new();
    let mut unexplained = Vec::new();
    for call in calls {
        if let Some(args) = call.strip_prefix("socketpair(AF_UNIX, ")
            && let Some(fds) = args.split('[').nth(1).and_then(|r| r.split(']').next())
        {
            pair_fds.extend(fds.split(", ").map(str::to_string));
            continue;
        }
        let on_pair = ["sendto(", "recvfrom(", "sendmsg(", "recvmsg(", "shutdown("]
            .iter()
            .filter_map(|name| call.strip_prefix(name))
            .filter_map(|rest| rest.split(',').next())
            .any(|fd| pair_fds.iter().any(|p| p == fd));
        if !on_pair {
            unexplained.push(call);
        }
    }
    for name in ["socket(", "connect(", "bind(", "sendto(", "sendmsg("] {
        assert!(
            !unexplained.iter().any(|c| c.starts_with(name)),
            "{what} called {name}…): {unexplained:#?}"
        );
    }
    assert!(
        unexplained.is_empty(),
        "{what} made network calls: {unexplained:#?}"
    );
}

struct Env {
    strace: PathBuf,
    dir: TempDir,
}

impl Env {
    fn new() -> Option<Env> {
        Some(Env {
            strace: strace()?,
            dir: TempDir::new().unwrap(),
        })
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("private.db")
    }

    /// Runs `aimsgap ARGS` under strace; returns its standard output.
    fn traced(&self, args: &[&str]) -> Vec<u8> {
        let log = self.dir.path().join("strace.log");
        let out = Command::new(&self.strace)
            .args(strace_args(&log))
            .arg(env!("CARGO_BIN_EXE_aimsgap"))
            .arg("--db")
            .arg(self.db())
            .args(args)
            .env_clear()
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?} under strace: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_no_network(&log, &format!("aimsgap {}", args.join(" ")));
        out.stdout
    }
}

/// The allowance for the terminal library's socket pair is exactly that, and no wider.
#[test]
fn only_an_anonymous_socket_pair_and_its_own_traffic_are_allowed() {
    let pair = "41 socketpair(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0, [7, 8]) = 0";
    let exit = "41 +++ exited with 0 +++";
    let judge = |lines: &[&str]| {
        let calls = calls_in(&lines.join("\n"));
        std::panic::catch_unwind(|| assert_no_network_in(&calls, "log")).is_ok()
    };
    assert!(judge(&[exit]));
    assert!(judge(&[
        pair,
        "41 --- SIGWINCH {si_signo=SIGWINCH, si_code=SI_KERNEL} ---",
        "41 sendto(8, \"X\", 1, MSG_DONTWAIT, NULL, 0) = 1",
        "41 recvfrom(7, \"X\", 1024, MSG_DONTWAIT, NULL, NULL) = 1",
        exit,
    ]));
    for bad in [
        "41 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = 9",
        "41 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 9",
        "41 connect(9, {sa_family=AF_UNIX, sun_path=\"/run/dbus\"}, 20) = 0",
        "41 socketpair(AF_INET, SOCK_STREAM, 0, 0x7ffc) = -1 EOPNOTSUPP",
        "41 sendto(9, \"GET /\", 5, 0, NULL, 0) = 5",
        "41 bind(7, {sa_family=AF_INET, sin_port=htons(0)}, 16) = 0",
    ] {
        assert!(!judge(&[pair, bad, exit]), "allowed: {bad}");
    }
}

/// Not a test: what the control run traces. Ignored, so that it runs only when asked for.
#[test]
#[ignore = "run by strace_logs_a_socket_when_one_is_opened, not on its own"]
fn opens_a_socket() {
    let socket = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    drop(socket);
}

#[test]
fn strace_logs_a_socket_when_one_is_opened() {
    let Some(strace) = strace() else { return };
    let dir = TempDir::new().unwrap();
    let log = dir.path().join("control.log");
    let out = Command::new(strace)
        .args(strace_args(&log))
        .arg(std::env::current_exe().unwrap())
        .args(["--exact", "opens_a_socket", "--ignored", "--test-threads=1"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let calls = network_calls(&log);
    assert!(
        calls.iter().any(|c| c.starts_with("socket(")),
        "the control run's socket was not logged: {calls:#?}"
    );
    assert!(calls.iter().any(|c| c.starts_with("bind(")), "{calls:#?}");
}

#[test]
fn commands_make_no_network_calls() {
    let Some(env) = Env::new() else { return };
    let id = String::from_utf8(env.traced(&["demo"])).unwrap();
    let id = id.trim();
    assert_eq!(id, "1");
    env.traced(&["list"]);
    env.traced(&["score", id]);
    env.traced(&["export", id, "--format", "html"]);
    let xlsx = env.dir.path().join("report.xlsx");
    env.traced(&[
        "export",
        id,
        "--format",
        "xlsx",
        "-o",
        xlsx.to_str().unwrap(),
    ]);
    assert!(xlsx.is_file());
    env.traced(&["export", id, "--format", "json"]);
    let shown = env.traced(&["questionnaire", "show", "iso42001"]);
    assert!(String::from_utf8_lossy(&shown).contains("A.10.4"));
}

/// The workshop screens, in a real terminal, under strace: open an assessment, wait for the
/// first question, quit with `q`.
#[test]
fn the_workshop_screens_make_no_network_calls() {
    let Some(env) = Env::new() else { return };
    env.traced(&["demo"]);
    let log = env.dir.path().join("tui.log");

    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(&env.strace);
    cmd.args(strace_args(&log));
    cmd.arg(env!("CARGO_BIN_EXE_aimsgap"));
    cmd.args(["--db", env.db().to_str().unwrap(), "open", "1"]);
    cmd.env_clear();
    cmd.env("TERM", "xterm-256color");
    cmd.env("HOME", env.dir.path());
    cmd.env("XDG_DATA_HOME", env.dir.path().join("data"));
    cmd.env("XDG_CONFIG_HOME", env.dir.path().join("config"));
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);

    let screen = Arc::new(Mutex::new(vt100::Parser::new(
        30.try_into().unwrap(),
        100.try_into().unwrap(),
        0,
    )));
    let mut reader = pty.master.try_clone_reader().unwrap();
    let parser = screen.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            parser.lock().unwrap().process(&buf[..n]);
        }
    });
    let contents = || screen.lock().unwrap().screen().contents();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !contents().contains("question 1 of") {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!(
                "the workshop never showed its first question:\n{}",
                contents()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    // A resize, as when the window is dragged: the signal that the socket pair exists for.
    screen
        .lock()
        .unwrap()
        .screen_mut()
        .set_size(40.try_into().unwrap(), 120.try_into().unwrap());
    pty.master
        .resize(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    // Drawn at the new size: something below the old last row.
    let redrawn = || contents().lines().skip(30).any(|l| !l.trim().is_empty());
    while !redrawn() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!(
                "the workshop did not redraw after a resize:\n{}",
                contents()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut writer = pty.master.take_writer().unwrap();
    writer.write_all(b"q").unwrap();
    writer.flush().unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}:\n{}", contents());
    assert_no_network(&log, "aimsgap open 1");
}
