use std::process::ExitCode;

use aimsgap::assessment::AnswerError;
use aimsgap::cli::Cli;
use aimsgap::commands;
use aimsgap::context::Context;
use aimsgap::engagement::EntryError;
use aimsgap::questionnaire::LoadError;
use aimsgap::questionnaire::catalog::CatalogError;
use aimsgap::session::OpenError;
use aimsgap::store::StoreError;

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
    // The language of the messages: the locale's, then the file's setting once it is open.
    let mut lang = aimsgap::language::resolve(None).0;
    let result = Context::new(cli.db).and_then(|mut cx| {
        cx.ascii = cli.ascii;
        let result = match cli.command {
            Some(command) => commands::run(&cx, command),
            None => aimsgap::tui::run(&cx, None),
        };
        lang = cx.lang();
        result
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is::<commands::Incomplete>() => ExitCode::from(1),
        Err(e) if e.is::<commands::Conflicted>() || e.is::<commands::Apart>() => {
            let message = match (
                e.downcast_ref::<commands::Conflicted>(),
                e.downcast_ref::<commands::Apart>(),
            ) {
                (Some(c), _) => c.message_in(lang),
                (_, Some(a)) => a.message_in(lang),
                _ => e.to_string(),
            };
            eprintln!("{message}");
            ExitCode::from(3)
        }
        // Ended by a signal, the terminal given back and the typing kept: exit as a shell
        // reports a signal.
        Err(e) if e.is::<aimsgap::tui::Signalled>() => {
            let sig = e
                .downcast_ref::<aimsgap::tui::Signalled>()
                .map_or(0, |s| s.0);
            ExitCode::from(u8::try_from(128 + sig).unwrap_or(255))
        }
        Err(e) => {
            // The message may quote stored text or a value given on the command line.
            let text = if e.chain().any(|c| {
                c.is::<StoreError>()
                    || c.is::<AnswerError>()
                    || c.is::<OpenError>()
                    || c.is::<EntryError>()
                    || c.is::<CatalogError>()
                    || c.is::<LoadError>()
            }) {
                // The store's and the checks' part in the user's language, the rest as it
                // was said.
                e.chain()
                    .map(|c| {
                        if let Some(s) = c.downcast_ref::<StoreError>() {
                            s.message_in(lang)
                        } else if let Some(a) = c.downcast_ref::<AnswerError>() {
                            a.message_in(lang)
                        } else if let Some(o) = c.downcast_ref::<OpenError>() {
                            o.message_in(lang)
                        } else if let Some(x) = c.downcast_ref::<EntryError>() {
                            x.message_in(lang)
                        } else if let Some(q) = c.downcast_ref::<CatalogError>() {
                            q.message_in(lang)
                        } else if let Some(l) = c.downcast_ref::<LoadError>() {
                            l.message_in(lang)
                        } else {
                            c.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(": ")
            } else {
                format!("{e:#}")
            };
            let line = aimsgap::t!(lang, "cli-error", message = &text);
            eprintln!("{}", aimsgap::printable::printable(&line));
            ExitCode::FAILURE
        }
    }
}
