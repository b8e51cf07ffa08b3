use std::process::ExitCode;

use aimsgap::cli::Cli;
use aimsgap::commands::{self, Context};

fn main() -> ExitCode {
    let cli = Cli::from_process();
    if cli.command.is_some() {
        // Commands write to pipes (`aimsgap score 1 --json | head`): when the reader stops,
        // end quietly as Unix tools do, instead of failing on the broken pipe.
        #[cfg(unix)]
        // SAFETY: called once at start, before any thread exists; resets a signal disposition.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
    let result = Context::new(cli.db).and_then(|cx| match cli.command {
        Some(command) => commands::run(&cx, command),
        None => aimsgap::tui::run(&cx, None),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is::<commands::Incomplete>() => ExitCode::from(1),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
