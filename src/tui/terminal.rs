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
}

impl Signals {
    /// Installs the handlers. Until this is called, or where signals do not exist, nothing
    /// is ever pending.
    pub fn install() -> std::io::Result<Signals> {
        let signals = Signals::default();
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGCONT, SIGTSTP};
            use signal_hook::flag;
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

    /// Whether a signal is waiting, without taking it.
    pub fn is_pending(&self) -> bool {
        self.pending.load(Ordering::SeqCst) != 0
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
