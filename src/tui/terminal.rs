//! Taking the terminal and giving it back: raw mode, the alternate screen, bracketed paste,
//! and the signals that must not leave it taken.
//!
//! SIGTERM, SIGHUP, SIGINT and SIGQUIT end the workshop the way quitting does: the text being
//! typed is kept as a draft, the terminal is given back, and the process exits with 128 plus
//! the signal's number. A second such signal while that happens ends it at once. SIGTSTP
//! gives the terminal back before stopping; on continuing, the screen is taken again and
//! drawn whole. The handlers only set a flag; the loop acts on it between events.

use std::io::{IsTerminal as _, Write as _};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use ratatui::crossterm::{cursor, event, execute, terminal};

/// What a user who ran the workshop without a terminal is told.
pub const NO_TERMINAL: &str = "the workshop screen needs a terminal, and standard input or output is not one; \
     from a script, cron or `ssh host` use the commands instead (`aimsgap list`, `answer`, `score`, `export`; see `aimsgap --help`), or `ssh -t`";

/// True when both standard input and standard output are a terminal.
pub fn available() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// The signals that end the workshop.
#[cfg(unix)]
const ENDING: [i32; 4] = [
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGQUIT,
];

/// Waits on standard input, the terminal the workshop reads, up to `timeout_ms`: until it
/// has something to read, hangs up, a signal arrives or the time passes. True when it has
/// hung up (or is no longer open).
#[cfg(unix)]
fn poll_terminal(timeout_ms: i32) -> bool {
    let mut fd = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd and a count of one.
    let ready = unsafe { libc::poll(&mut fd, 1, timeout_ms) };
    ready > 0 && fd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

/// A signal the loop must act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// End: keep what is typed, give the terminal back, exit with 128 + this number.
    End(i32),
    /// Stop (SIGTSTP): give the terminal back, stop, take it again when continued.
    Stop,
    /// Continued after a stop the program did not see coming (SIGSTOP): take the terminal
    /// again and redraw.
    Continued,
}

/// The signals received and not yet acted on.
#[derive(Debug, Clone, Default)]
pub struct Signals {
    pending: Arc<AtomicUsize>,
    /// Installed for a real terminal: a terminal that hangs up without a SIGHUP reaching us
    /// counts as one.
    watch_terminal: bool,
}

impl Signals {
    /// Installs the handlers. Until this is called, or where signals do not exist, nothing
    /// is ever pending.
    pub fn install() -> std::io::Result<Signals> {
        let mut signals = Signals::default();
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGCONT, SIGTSTP};
            use signal_hook::flag;
            signals.watch_terminal = std::io::stdin().is_terminal();
            // Armed by the first ending signal: a second one takes the default action, so a
            // program stuck while ending can still be ended.
            let armed = Arc::new(AtomicBool::new(false));
            for sig in ENDING {
                flag::register_conditional_default(sig, armed.clone())?;
                flag::register(sig, armed.clone())?;
                flag::register_usize(sig, signals.pending.clone(), sig as usize)?;
            }
            flag::register_usize(SIGTSTP, signals.pending.clone(), SIGTSTP as usize)?;
            flag::register_usize(SIGCONT, signals.pending.clone(), SIGCONT as usize)?;
        }
        Ok(signals)
    }

    /// Whether a signal is waiting, without taking it. A terminal that has gone away (its
    /// window closed, the multiplexer killed, the connection dropped) is taken as SIGHUP even
    /// when no signal came: the kernel sends none to a program that is not the session's
    /// leader, and reading a hung-up terminal returns at once, so waiting for keys would spin
    /// forever at full processor.
    pub fn is_pending(&self) -> bool {
        #[cfg(unix)]
        if self.watch_terminal && self.pending.load(Ordering::SeqCst) == 0 && poll_terminal(0) {
            let _ = self.pending.compare_exchange(
                0,
                signal_hook::consts::SIGHUP as usize,
                Ordering::SeqCst,
                Ordering::SeqCst,
            );
        }
        self.pending.load(Ordering::SeqCst) != 0
    }

    /// Whether the terminal is watched: the loop must then wait with [`Signals::wait`] and
    /// ask crossterm for events only once input is there, for on a hung-up terminal
    /// crossterm's reading loop never returns (crossterm issue 793).
    pub fn watches_terminal(&self) -> bool {
        self.watch_terminal
    }

    /// Waits up to `wait` for input on the terminal, its hanging up, or a signal.
    pub fn wait(&self, wait: std::time::Duration) {
        #[cfg(unix)]
        if self.watch_terminal {
            let ms = i32::try_from(wait.as_millis()).unwrap_or(i32::MAX);
            if poll_terminal(ms) {
                let _ = self.pending.compare_exchange(
                    0,
                    signal_hook::consts::SIGHUP as usize,
                    Ordering::SeqCst,
                    Ordering::SeqCst,
                );
            }
            return;
        }
        std::thread::sleep(wait);
    }

    /// The signal waiting, if any; an ending one wins over a stop.
    pub fn take(&self) -> Option<Signal> {
        let sig = self.pending.swap(0, Ordering::SeqCst) as i32;
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGCONT, SIGTSTP};
            match sig {
                0 => None,
                SIGTSTP => Some(Signal::Stop),
                SIGCONT => Some(Signal::Continued),
                other => Some(Signal::End(other)),
            }
        }
        #[cfg(not(unix))]
        {
            (sig != 0).then_some(Signal::End(sig))
        }
    }

    /// Forgets a continue that follows a stop the program made itself.
    fn forget_continue(&self) {
        #[cfg(unix)]
        let _ = self.pending.compare_exchange(
            signal_hook::consts::SIGCONT as usize,
            0,
            Ordering::SeqCst,
            Ordering::SeqCst,
        );
    }

    /// Stops the process as SIGTSTP would have (the terminal must be given back first);
    /// returns once it is continued.
    pub fn stop(&self) {
        #[cfg(unix)]
        {
            let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP);
            // The continue that woke us is this stop's end, not news.
            std::thread::sleep(std::time::Duration::from_millis(5));
            self.forget_continue();
        }
    }
}

/// Takes the terminal: raw mode, the alternate screen, bracketed paste, cursor hidden.
pub fn take() -> std::io::Result<()> {
    terminal::enable_raw_mode()?;
    execute!(
        std::io::stdout(),
        terminal::EnterAlternateScreen,
        event::EnableBracketedPaste,
        cursor::Hide
    )
}

/// Gives the terminal back: main screen, cursor shown, raw mode off. Every step is tried even
/// if one fails (after SIGHUP there may be no terminal left to write to).
pub fn give_back() {
    let mut out = std::io::stdout();
    let _ = execute!(
        out,
        event::DisableBracketedPaste,
        terminal::LeaveAlternateScreen,
        cursor::Show
    );
    let _ = out.flush();
    let _ = terminal::disable_raw_mode();
}

/// Takes the terminal again after a stop, whatever mode the shell left it in.
pub fn take_again() -> std::io::Result<()> {
    // Raw mode is only set if it is believed off: make it so, then set it.
    let _ = terminal::disable_raw_mode();
    take()
}

/// Where frames are written: standard output, as is for a terminal that announces 256
/// colours, or with every colour rewritten to the classic codes for one that does not.
///
/// The backend sends a 16-colour as a 256-colour code (`ESC [ 38;5;1 m`), which a Linux
/// console, `screen` and VT100 emulations do not know. With `classic`, the bytes are held
/// until the frame is flushed, then each SGR sequence is rewritten: `38;5;N` becomes `30+N`
/// or `90+N-8`, `48;5;N` becomes `40+N` or `100+N-8`; a colour above 15 or an RGB one (which
/// the theme never uses in this mode) the nearest of the 16.
pub struct Output<W: std::io::Write> {
    inner: W,
    classic: bool,
    pending: Vec<u8>,
}

impl<W: std::io::Write> Output<W> {
    pub fn new(inner: W, classic: bool) -> Output<W> {
        Output {
            inner,
            classic,
            pending: Vec::new(),
        }
    }
}

impl<W: std::io::Write> std::io::Write for Output<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if !self.classic {
            return self.inner.write(buf);
        }
        self.pending.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.pending.is_empty() {
            let bytes = classic_colours(&self.pending);
            self.pending.clear();
            self.inner.write_all(&bytes)?;
        }
        self.inner.flush()
    }
}

/// `bytes` with the 256-colour and RGB codes of every SGR sequence made classic (see
/// [`Output`]); everything else as it is.
pub fn classic_colours(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0x1b && bytes.get(i + 1) == Some(&b'[') {
            // Parameters, then the final byte.
            let start = i + 2;
            let end = bytes[start..]
                .iter()
                .position(|b| !(b.is_ascii_digit() || *b == b';' || *b == b':'))
                .map(|n| start + n);
            if let Some(end) = end
                && bytes[end] == b'm'
            {
                out.extend_from_slice(b"\x1b[");
                let params = std::str::from_utf8(&bytes[start..end]).unwrap_or_default();
                out.extend_from_slice(classic_sgr(params).as_bytes());
                out.push(b'm');
                i = end + 1;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

fn classic_sgr(params: &str) -> String {
    let p: Vec<&str> = params.split(';').collect();
    let mut out: Vec<String> = Vec::with_capacity(p.len());
    let mut i = 0;
    while i < p.len() {
        let base = match p[i] {
            "38" => Some(30),
            "48" => Some(40),
            _ => None,
        };
        let number = |k: usize| p.get(k).and_then(|v| v.parse::<u8>().ok());
        match (base, p.get(i + 1).copied()) {
            (Some(base), Some("5")) => {
                let n = number(i + 2).map_or(7, classic_index);
                out.push(classic_code(base, n).to_string());
                i += 3;
            }
            (Some(base), Some("2")) => {
                let (r, g, b) = (number(i + 2), number(i + 3), number(i + 4));
                let n = nearest_classic(r.unwrap_or(0), g.unwrap_or(0), b.unwrap_or(0));
                out.push(classic_code(base, n).to_string());
                i += 5;
            }
            _ => {
                out.push(p[i].to_string());
                i += 1;
            }
        }
    }
    out.join(";")
}

/// The SGR code of classic colour `n` (0–15) as foreground (`base` 30) or background (40).
fn classic_code(base: u16, n: u8) -> u16 {
    if n < 8 {
        base + u16::from(n)
    } else {
        base + 60 + u16::from(n - 8)
    }
}

/// The classic colour nearest to 256-colour `n`.
fn classic_index(n: u8) -> u8 {
    match n {
        0..=15 => n,
        16..=231 => {
            let n = n - 16;
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            nearest_classic(level(n / 36), level(n / 6 % 6), level(n % 6))
        }
        _ => {
            let grey = 8 + (n - 232) * 10;
            nearest_classic(grey, grey, grey)
        }
    }
}

/// The classic colour nearest to an RGB one, by the xterm palette.
fn nearest_classic(r: u8, g: u8, b: u8) -> u8 {
    const PALETTE: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    let distance = |(pr, pg, pb): (u8, u8, u8)| {
        let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).pow(2);
        d(r, pr) + d(g, pg) + d(b, pb)
    };
    (0..16u8)
        .min_by_key(|&i| distance(PALETTE[usize::from(i)]))
        .unwrap_or(7)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_become_classic_codes_and_the_rest_stays() {
        let classic = |s: &str| String::from_utf8(classic_colours(s.as_bytes())).unwrap();
        assert_eq!(classic("\x1b[38;5;1m"), "\x1b[31m");
        assert_eq!(classic("\x1b[38;5;9;48;5;4m"), "\x1b[91;44m");
        assert_eq!(classic("a\x1b[1;48;5;12mb\x1b[0m"), "a\x1b[1;104mb\x1b[0m");
        assert_eq!(
            classic("\x1b[39;49m\x1b[2J\x1b[5;7H"),
            "\x1b[39;49m\x1b[2J\x1b[5;7H"
        );
        // Above 15 and RGB: the nearest classic colour.
        assert_eq!(classic("\x1b[38;5;245m"), "\x1b[90m");
        assert_eq!(classic("\x1b[38;5;196m"), "\x1b[91m");
        assert_eq!(classic("\x1b[48;2;0;0;0m"), "\x1b[40m");
        // Text that merely looks like it is left alone.
        assert_eq!(classic("38;5;1m"), "38;5;1m");
        assert_eq!(classic("€\x1b[38;5;2m€"), "€\x1b[32m€");
    }

    #[test]
    fn bytes_wait_for_the_flush_only_when_rewritten() {
        use std::io::Write as _;
        let mut classic = Output::new(Vec::new(), true);
        classic.write_all(b"\x1b[38;").unwrap();
        classic.write_all(b"5;3mx").unwrap();
        assert!(classic.inner.is_empty());
        classic.flush().unwrap();
        assert_eq!(classic.inner, b"\x1b[33mx");
        let mut full = Output::new(Vec::new(), false);
        full.write_all(b"\x1b[38;5;3mx").unwrap();
        assert_eq!(full.inner, b"\x1b[38;5;3mx");
    }
}
