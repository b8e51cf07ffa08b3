use std::process::ExitCode;

use aimsgap::cli::Cli;
use aimsgap::commands::{self, Context};

fn main() -> ExitCode {
    let cli = Cli::from_process();
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
