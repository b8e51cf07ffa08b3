//! Start-up through a real pseudo-terminal: the time from spawning a program to its first
//! complete frame on screen, read back through a terminal emulator.
//!
//! A frame is complete when the bottom row (the footer, drawn last) shows `quit`. The clock
//! stops in the thread that reads the terminal, the moment the bytes that complete the frame
//! arrive, so nothing polls.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

pub const ROWS: u16 = 40;
pub const COLS: u16 = 120;

/// What one start showed.
pub struct Started {
    pub first_frame: Duration,
    /// Peak resident memory of the program once its first frame is up, in KiB (Linux).
    pub peak_kib: Option<u64>,
}

/// Starts `program` with `args` in a fresh 120×40 pseudo-terminal whose home is `home`,
/// waits for its first frame, then presses `q` and waits for it to end.
pub fn start(program: &Path, args: &[&str], home: &Path, db: Option<&Path>) -> Started {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pseudo-terminal");
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    cmd.env_clear();
    cmd.env("TERM", "xterm-256color");
    cmd.env("HOME", home);
    cmd.env("XDG_DATA_HOME", home.join("data"));
    cmd.env("XDG_CONFIG_HOME", home.join("config"));
    if let Some(db) = db {
        cmd.env("AIMSGAP_DB", db);
    }
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let mut writer = pty.master.take_writer().expect("writer");
    let (done, frame) = mpsc::channel();
    let watcher = std::thread::spawn(move || {
        let mut screen = vt100::Parser::new(
            ROWS.try_into().expect("rows"),
            COLS.try_into().expect("cols"),
            0,
        );
        let mut buf = [0u8; 16384];
        let mut seen = false;
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            screen.process(&buf[..n]);
            if !seen
                && screen
                    .screen()
                    .rows(0, COLS)
                    .last()
                    .is_some_and(|r| r.contains("quit"))
            {
                seen = true;
                let _ = done.send(Instant::now());
            }
        }
    });
    let spawned = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).expect("spawn");
    drop(pty.slave);
    let shown = frame
        .recv_timeout(Duration::from_secs(30))
        .expect("no first frame within 30 s");
    let peak_kib = child.process_id().and_then(peak_kib);
    writer.write_all(b"q").expect("press q");
    writer.flush().expect("flush");
    let status = child.wait().expect("wait");
    assert!(
        status.success(),
        "{} ended with {status:?}",
        program.display()
    );
    drop(writer);
    drop(pty.master);
    let _ = watcher.join();
    Started {
        first_frame: shown - spawned,
        peak_kib,
    }
}

/// The high-water mark of a live process's resident memory (`VmHWM`), in KiB.
fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}
