//! The command line, as clap definitions. What each command does is in `commands`.

use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};

pub use crate::report::Format;

use crate::paths::DB_ENV;

#[derive(Debug, Parser)]
#[command(
    name = "aimsgap",
    version,
    about = "ISO/IEC 42001 (AI management system) gap analysis in the terminal",
    long_about = "ISO/IEC 42001 (AI management system) gap analysis in the terminal.\n\n\
        Run without a command to open the workshop screen. Every answer is saved the moment \
        it is given, in one local SQLite file; nothing ever touches the network.",
    after_help = "The database defaults to aimsgap.db in your data directory \
        (on Linux ~/.local/share/aimsgap/); --db or AIMSGAP_DB choose another file."
)]
pub struct Cli {
    /// Database file to use (only new, demo, restore and the workshop create a missing one)
    #[arg(long, global = true, env = DB_ENV, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Draw the workshop screen with ASCII characters only (the default when the locale is
    /// not UTF-8)
    #[arg(long, global = true)]
    pub ascii: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// This process's command line. Without arguments there is nothing to parse, so the
    /// parser (every subcommand with its help, built before it looks at anything: a sixth of
    /// the time to the first frame) is not built; only `AIMSGAP_DB` counts, as it would.
    pub fn from_process() -> Cli {
        let args = std::env::args_os().len();
        match Cli::without_arguments(args, std::env::var_os(DB_ENV)) {
            Some(cli) => cli,
            None => Cli::parse_in(crate::language::resolve(None).0),
        }
    }

    /// The command line parsed with its help in `lang` (the locale's: the file's setting is
    /// not known before the command line is read). English is clap's own, unchanged.
    fn parse_in(lang: crate::i18n::Lang) -> Cli {
        if lang == crate::i18n::Lang::En {
            return Cli::try_parse().unwrap_or_else(|e| exit_with(e));
        }
        let mut cmd = Cli::command_in(lang);
        let parsed = cmd
            .try_get_matches_from_mut(std::env::args_os())
            .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
        parsed.unwrap_or_else(|e| {
            let e = e.format(&mut cmd);
            match parse_error::message_in(&e, lang) {
                Some(text) => exit_with_text(&text, e.exit_code()),
                None => exit_with(e),
            }
        })
    }

    /// The parser with every description of its help in `lang`: each command's about,
    /// long about and after help, each argument's help, the headings; a text the catalogue
    /// does not have stays English.
    pub fn command_in(lang: crate::i18n::Lang) -> clap::Command {
        let cmd = <Cli as clap::CommandFactory>::command();
        if lang == crate::i18n::Lang::En {
            return cmd;
        }
        help::localise(cmd, lang)
    }

    /// What the parser would make of no arguments and `db` in the environment; `None` when
    /// there are arguments, or the variable is set but empty (which the parser reports).
    fn without_arguments(args: usize, db: Option<std::ffi::OsString>) -> Option<Cli> {
        if args > 1 || db.as_ref().is_some_and(|v| v.is_empty()) {
            return None;
        }
        Some(Cli {
            db: db.map(PathBuf::from),
            ascii: false,
            command: None,
        })
    }
}

/// The help in the user's language: clap's texts come from the doc comments, in English; at
/// run time each is looked up in the catalogue by where it is in the tree of commands.
///
/// Ids: `cli-help-about`, `cli-help-long-about`, `cli-help-after` for aimsgap itself;
/// `cli-help-<command>-about`, `-long-about`, `-after` for a command (a subcommand's path
/// joined with `-`: `cli-help-risk-add-about`); `cli-help-<command>-arg-<argument>` (and
/// `-long`) for an argument, `…-arg-<argument>-value-<value>` for a value's help;
/// `cli-help-arg-<argument>` for the global options and help; `cli-help-heading-<heading>`.
mod help {
    use std::collections::{HashMap, HashSet};
    use std::sync::LazyLock;

    use clap::builder::StyledStr;
    use clap::{Arg, Command};

    use crate::i18n::Lang;
    use crate::t;

    /// The help's ids the catalogue has: the others stay English.
    static IDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        include_str!("../locales/en/cli.ftl")
            .lines()
            .filter(|l| l.starts_with("cli-help-"))
            .filter_map(|l| l.split_once(" ="))
            .map(|(id, _)| id)
            .collect()
    });

    fn text(lang: Lang, id: &str) -> Option<String> {
        IDS.contains(id).then(|| lang.t(id))
    }

    /// The texts several arguments share (`cli-help-same-…`), by their English text.
    static SAME: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
        IDS.iter()
            .filter(|id| id.starts_with("cli-help-same-"))
            .map(|id| (Lang::En.t(id), *id))
            .collect()
    });

    /// An argument's help in `lang`: its own message, else a shared one with its English
    /// text, else the English text.
    fn help_text(lang: Lang, key: &str, english: Option<&StyledStr>) -> Option<String> {
        text(lang, key).or_else(|| {
            let english = english?.to_string();
            Some(SAME.get(&english).map_or(english, |id| lang.t(id)))
        })
    }

    pub fn localise(mut cmd: Command, lang: Lang) -> Command {
        // Built first, so that the help flags, the help command and the global options
        // are there to translate in every command.
        cmd.build();
        command(cmd, lang, "cli-help")
    }

    fn command(mut cmd: Command, lang: Lang, prefix: &str) -> Command {
        if let Some(about) = text(lang, &format!("{prefix}-about")) {
            cmd = cmd.about(about);
        }
        if cmd.get_long_about().is_some()
            && let Some(about) = text(lang, &format!("{prefix}-long-about"))
        {
            cmd = cmd.long_about(about);
        }
        if cmd.get_after_help().is_some()
            && let Some(after) = text(lang, &format!("{prefix}-after"))
        {
            cmd = cmd.after_help(after);
        }
        // The placeholders of the usage: the subcommand's, then `[OPTIONS]` in the usage
        // clap writes once the arguments have theirs.
        cmd = cmd.subcommand_value_name(leak(placeholder(lang, "COMMAND")));
        let owner = prefix.to_string();
        cmd = cmd.mut_args(|a| argument(a, lang, &owner));
        // The usage written into the template, not put in its place: a parse error keeps
        // the usage clap writes for what was given (see `parse_error`).
        let usage_text = usage_in(&mut cmd, lang).unwrap_or_else(|| "{usage}".to_string());
        let usage = cmd.get_styles().get_usage();
        let template = format!(
            "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {usage_text}\n\n{{all-args}}{{after-help}}",
            t!(lang, "cli-help-usage")
        );
        cmd = cmd
            .help_template(template)
            .subcommand_help_heading(leak(t!(lang, "cli-help-commands")));
        if cmd.get_name() == "help" {
            return cmd;
        }
        cmd.mut_subcommands(|sub| {
            let prefix = match sub.get_name() {
                "help" => "cli-help-help".to_string(),
                name => format!("{owner}-{name}"),
            };
            command(sub, lang, &prefix)
        })
    }

    /// A placeholder as clap shows it (`FILE`, `YYYY-MM-DD`, `ID|FILE`, `AMOUNT|none`) in
    /// `lang`: each word of capitals the catalogue has (`cli-help-value-<word>`) in the
    /// language, the rest (values typed as they are, separators) as it is.
    pub(super) fn placeholder(lang: Lang, name: &str) -> String {
        let mut out = String::new();
        let mut word = String::new();
        for c in name.chars().map(Some).chain([None]) {
            if let Some(c) = c.filter(char::is_ascii_uppercase) {
                word.push(c);
                continue;
            }
            if !word.is_empty() {
                let id = format!("cli-help-value-{}", word.to_lowercase());
                out.push_str(&text(lang, &id).unwrap_or_else(|| word.clone()));
                word.clear();
            }
            out.extend(c);
        }
        out
    }

    /// The usage clap writes for `cmd`, without its title, with `[OPTIONS]` in `lang`.
    fn usage_in(cmd: &mut Command, lang: Lang) -> Option<String> {
        let styled = cmd.render_usage().ansi().to_string();
        // After the title and its style's reset.
        let (_, rest) = styled.split_once("Usage:")?;
        let rest = rest
            .trim_start_matches(|c: char| c != ' ')
            .strip_prefix(' ')?;
        Some(options_in(lang, rest))
    }

    /// `usage` with clap's `[OPTIONS]` in `lang`.
    pub(super) fn options_in(lang: Lang, usage: &str) -> String {
        usage.replace("[OPTIONS]", &format!("[{}]", placeholder(lang, "OPTIONS")))
    }

    fn argument(mut arg: Arg, lang: Lang, command: &str) -> Arg {
        if let Some(names) = arg.get_value_names() {
            let named: Vec<String> = names.iter().map(|n| placeholder(lang, n)).collect();
            if names.iter().zip(&named).any(|(n, t)| n.as_str() != t) {
                arg = arg.value_names(named.into_iter().map(leak).collect::<Vec<_>>());
            }
        }
        let id = arg.get_id().as_str().replace('_', "-");
        let key = if arg.is_global_set() || id == "help" || id == "version" {
            format!("cli-help-arg-{id}")
        } else {
            format!("{command}-arg-{id}")
        };
        let english = |s: Option<&StyledStr>| s.map(ToString::to_string);
        let (mut help, mut long) = if id == "help" && arg.get_long_help().is_some() {
            (
                text(lang, "cli-help-arg-help-more"),
                text(lang, "cli-help-arg-help-summary"),
            )
        } else {
            (
                help_text(lang, &key, arg.get_help()),
                arg.get_long_help()
                    .map(|l| text(lang, &format!("{key}-long")).unwrap_or(l.to_string())),
            )
        };
        // What clap adds in brackets, in the language: after the help on one line, after
        // the long help in a paragraph of its own, the values with help in a list.
        let mut extras = Vec::new();
        if let Some(env) = arg.get_env()
            && !arg.is_hide_env_set()
        {
            extras.push(t!(
                lang,
                "cli-help-env",
                name = &env.to_string_lossy().to_string()
            ));
            arg = arg.hide_env(true);
        }
        let takes_values = arg.get_action().takes_values();
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().to_string())
            .collect();
        if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
            extras.push(t!(lang, "cli-help-default", value = &defaults.join(", ")));
            arg = arg.hide_default_value(true);
        }
        let values: Vec<_> = arg
            .get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect();
        let mut long_extras = extras.clone();
        let mut block = None;
        if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
            let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
            let possible = t!(lang, "cli-help-possible", values = &names.join(", "));
            extras.push(possible.clone());
            if values.iter().any(|v| v.get_help().is_some()) {
                let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0) + 1;
                let lines: Vec<String> = values
                    .iter()
                    .map(|v| {
                        let help = text(lang, &format!("{key}-value-{}", v.get_name()))
                            .or_else(|| english(v.get_help()))
                            .unwrap_or_default();
                        format!("- {:<width$} {help}", format!("{}:", v.get_name()))
                    })
                    .collect();
                block = Some(format!(
                    "{}\n{}",
                    t!(lang, "cli-help-possible-heading"),
                    lines.join("\n")
                ));
            } else {
                long_extras.push(possible);
            }
            arg = arg.hide_possible_values(true);
        }
        if !extras.is_empty() {
            let mut text = long.or(help.clone()).unwrap_or_default();
            for part in block
                .into_iter()
                .chain((!long_extras.is_empty()).then(|| long_extras.join(" ")))
            {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                text.push_str(&part);
            }
            long = Some(text);
            let extras = extras.join(" ");
            help = Some(match help {
                Some(h) if !h.is_empty() => format!("{h} {extras}"),
                _ => extras,
            });
        }
        let heading = match arg.get_help_heading() {
            Some(h) => {
                let slug = h.to_lowercase().replace(' ', "-");
                text(lang, &format!("cli-help-heading-{slug}")).unwrap_or(h.to_string())
            }
            None if arg.is_positional() => t!(lang, "cli-help-arguments"),
            None => t!(lang, "cli-help-options"),
        };
        // Under a heading of their own, arguments are sorted as options are: by display
        // order, then name. Positional ones keep their order.
        if let Some(index) = arg.get_index() {
            arg = arg.display_order(index);
        }
        if let Some(help) = help {
            arg = arg.help(help);
        }
        if let Some(long) = long {
            arg = arg.long_help(long);
        }
        arg.help_heading(leak(heading))
    }

    /// A heading for clap, which keeps them as `&'static str`: a few per command, once per
    /// process.
    fn leak(text: String) -> &'static str {
        Box::leak(text.into_boxed_str())
    }
}

/// Ends the process on a command line that does not parse. An error quotes what was given,
/// so when that holds characters a terminal would act on, the message is printed plain and
/// made safe (see `printable`) instead of styled as is.
fn exit_with(e: clap::Error) -> ! {
    let unsafe_argument =
        std::env::args_os().any(|a| a.to_string_lossy().chars().any(crate::printable::is_unsafe));
    if !unsafe_argument || !e.use_stderr() {
        e.exit()
    }
    let text = e.render().to_string();
    exit_with_text(&text, e.exit_code())
}

/// Ends the process with `text`, a parse error already written out, made safe to print.
fn exit_with_text(text: &str, code: i32) -> ! {
    eprint!("{}", crate::printable::printable(text));
    std::process::exit(code)
}

/// clap's own parse errors in the user's language: the kinds a user meets, written from the
/// error's context with the catalogue's `cli-parse-…` messages, laid out as clap lays them
/// out (message, tips, usage, where to read more). English stays clap's own.
mod parse_error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};

    use crate::i18n::Lang;
    use crate::t;

    const TAB: &str = "  ";

    fn text(e: &clap::Error, kind: ContextKind) -> Option<&str> {
        match e.get(kind) {
            Some(ContextValue::String(s)) => Some(s),
            _ => None,
        }
    }

    fn texts(e: &clap::Error, kind: ContextKind) -> Vec<String> {
        match e.get(kind) {
            Some(ContextValue::String(s)) => vec![s.clone()],
            Some(ContextValue::Strings(v)) => v.clone(),
            _ => Vec::new(),
        }
    }

    fn number(e: &clap::Error, kind: ContextKind) -> Option<isize> {
        match e.get(kind) {
            Some(ContextValue::Number(n)) => Some(*n),
            _ => None,
        }
    }

    /// `[possible values: a, b]` on a line of its own, when there are any.
    fn values_list(lang: Lang, id: &str, values: Vec<String>) -> String {
        if values.is_empty() {
            return String::new();
        }
        let values = values.join(", ");
        format!("\n{TAB}{}", t!(lang, id, values = &values))
    }

    /// The error's own sentence, `None` for a kind (or a context) this does not know.
    fn sentence(e: &clap::Error, lang: Lang) -> Option<String> {
        let arg = text(e, ContextKind::InvalidArg);
        let value = text(e, ContextKind::InvalidValue);
        Some(match e.kind() {
            ErrorKind::UnknownArgument => t!(lang, "cli-parse-unknown-argument", arg = arg?),
            ErrorKind::InvalidValue => {
                let (arg, value) = (arg?, value?);
                let first = if value.is_empty() {
                    t!(lang, "cli-parse-value-required", arg = arg)
                } else {
                    t!(lang, "cli-parse-invalid-value", arg = arg, value = value)
                };
                let valid = texts(e, ContextKind::ValidValue);
                first + &values_list(lang, "cli-parse-possible-values", valid)
            }
            ErrorKind::InvalidSubcommand => {
                let command = text(e, ContextKind::InvalidSubcommand)?;
                t!(lang, "cli-parse-invalid-subcommand", command = command)
            }
            ErrorKind::MissingRequiredArgument => {
                let missing = texts(e, ContextKind::InvalidArg);
                if missing.is_empty() {
                    return None;
                }
                let mut out = t!(lang, "cli-parse-missing-arguments", count = missing.len());
                for m in missing {
                    out.push_str(&format!("\n{TAB}{m}"));
                }
                out
            }
            ErrorKind::MissingSubcommand => {
                let command = text(e, ContextKind::InvalidSubcommand)?;
                let valid = texts(e, ContextKind::ValidSubcommand);
                t!(lang, "cli-parse-missing-subcommand", command = command)
                    + &values_list(lang, "cli-parse-subcommands", valid)
            }
            ErrorKind::TooManyValues => {
                t!(
                    lang,
                    "cli-parse-too-many-values",
                    arg = arg?,
                    value = value?
                )
            }
            ErrorKind::TooFewValues => t!(
                lang,
                "cli-parse-too-few-values",
                arg = arg?,
                min = number(e, ContextKind::MinValues)? as i64,
                count = number(e, ContextKind::ActualNumValues)? as i64
            ),
            ErrorKind::WrongNumberOfValues => t!(
                lang,
                "cli-parse-wrong-number-of-values",
                arg = arg?,
                expected = number(e, ContextKind::ExpectedNumValues)? as i64,
                count = number(e, ContextKind::ActualNumValues)? as i64
            ),
            ErrorKind::ValueValidation => {
                // The reason is one of ours (`parse_lang`, …), already in the language.
                let reason = std::error::Error::source(e).map(|r| reason_in(r, lang));
                let (arg, value) = (arg?, value?);
                match reason {
                    Some(reason) => t!(
                        lang,
                        "cli-parse-value-validation",
                        arg = arg,
                        value = value,
                        reason = &reason
                    ),
                    None => t!(lang, "cli-parse-invalid-value", arg = arg, value = value),
                }
            }
            ErrorKind::NoEquals => t!(lang, "cli-parse-no-equals", arg = arg?),
            ErrorKind::InvalidUtf8 => t!(lang, "cli-parse-invalid-utf8"),
            ErrorKind::ArgumentConflict => conflict(e, lang)?,
            _ => return None,
        })
    }

    /// Why a value was refused: ours are in the language already; the standard library's
    /// number parsers speak English, so their reasons are the catalogue's.
    fn reason_in(reason: &(dyn std::error::Error + 'static), lang: Lang) -> String {
        use std::num::{IntErrorKind, ParseFloatError, ParseIntError};
        if let Some(e) = reason.downcast_ref::<ParseIntError>() {
            let id = match e.kind() {
                IntErrorKind::Empty => "cli-parse-number-empty",
                IntErrorKind::PosOverflow => "cli-parse-number-too-large",
                IntErrorKind::NegOverflow => "cli-parse-number-too-small",
                IntErrorKind::Zero => "cli-parse-number-zero",
                _ => "cli-parse-not-a-whole-number",
            };
            return t!(lang, id);
        }
        if reason.downcast_ref::<ParseFloatError>().is_some() {
            return t!(lang, "cli-parse-not-a-number");
        }
        reason.to_string()
    }

    fn conflict(e: &clap::Error, lang: Lang) -> Option<String> {
        let prior = e.get(ContextKind::PriorArg);
        let (id, subject, name) = match (
            text(e, ContextKind::InvalidArg),
            text(e, ContextKind::InvalidSubcommand),
        ) {
            (Some(arg), _) => {
                if prior == Some(&ContextValue::String(arg.to_string())) {
                    return Some(t!(lang, "cli-parse-conflict-repeated", arg = arg));
                }
                ("cli-parse-conflict", "arg", arg)
            }
            (None, Some(command)) => ("cli-parse-subcommand-conflict", "command", command),
            _ => return None,
        };
        let with = |id: &str, other: Option<&str>| match (subject, other) {
            ("arg", Some(other)) => t!(lang, id, arg = name, other = other),
            ("arg", None) => t!(lang, id, arg = name),
            (_, Some(other)) => t!(lang, id, command = name, other = other),
            (_, None) => t!(lang, id, command = name),
        };
        Some(match prior {
            Some(ContextValue::String(other)) => with(id, Some(other)),
            Some(ContextValue::Strings(others)) => {
                let mut out = with(&format!("{id}-list"), None);
                for o in others {
                    out.push_str(&format!("\n{TAB}{o}"));
                }
                out
            }
            _ if subject == "arg" => with("cli-parse-conflict-others", None),
            _ => return None,
        })
    }

    /// A tip clap wrote in English (`ContextKind::Suggested`), in the language when it is
    /// one of the tips clap writes.
    fn tip(lang: Lang, english: &str) -> String {
        let quoted: Vec<&str> = english.split('\'').skip(1).step_by(2).collect();
        match quoted.as_slice() {
            [value, used, ..] if english.starts_with("to pass '") => {
                t!(lang, "cli-parse-tip-pass-value", value = *value, use = *used)
            }
            [command, ..] if english.starts_with("subcommand '") => {
                t!(lang, "cli-parse-tip-remove-dashes", command = *command)
            }
            [name] if english.starts_with('\'') && english.ends_with("' exists") => {
                t!(lang, "cli-parse-tip-exists", name = *name)
            }
            _ => t!(lang, "cli-parse-tip", tip = english),
        }
    }

    /// The whole error in `lang`, as clap would print it in English; `None` for English,
    /// for what is not an error (help, version) and for kinds this does not write.
    pub fn message_in(e: &clap::Error, lang: Lang) -> Option<String> {
        if lang == Lang::En || !e.use_stderr() {
            return None;
        }
        let mut out = t!(lang, "cli-error", message = &sentence(e, lang)?);
        let mut suggested = false;
        for (kind, id) in [
            (
                ContextKind::SuggestedSubcommand,
                "cli-parse-similar-subcommand",
            ),
            (ContextKind::SuggestedArg, "cli-parse-similar-argument"),
            (ContextKind::SuggestedValue, "cli-parse-similar-value"),
        ] {
            let names = texts(e, kind);
            if names.is_empty() {
                continue;
            }
            out.push('\n');
            if !suggested {
                out.push('\n');
                suggested = true;
            }
            let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
            let names = quoted.join(", ");
            let count = quoted.len();
            out.push_str(&format!(
                "{TAB}{}",
                t!(lang, id, count = count, names = &names)
            ));
        }
        if let Some(ContextValue::StyledStrs(tips)) = e.get(ContextKind::Suggested) {
            if !suggested {
                out.push('\n');
            }
            for t in tips {
                out.push_str(&format!("\n{TAB}{}", tip(lang, &t.to_string())));
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
            let usage = usage.to_string();
            let usage = match usage.strip_prefix("Usage:") {
                Some(rest) => format!("{}{rest}", t!(lang, "cli-help-usage")),
                None => usage,
            };
            let usage = super::help::options_in(lang, &usage);
            out.push_str("\n\n");
            out.push_str(&usage);
        }
        out.push_str("\n\n");
        out.push_str(&t!(lang, "cli-parse-more", flag = "--help"));
        out.push('\n');
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refused_scores_and_delimiters_are_said_in_the_language() {
        use crate::i18n::Lang;
        let refusals = |lang| {
            [
                parse_scores_in("hidden", lang).unwrap_err(),
                parse_scores_in("open", lang).unwrap_err(),
                parse_delimiter_in(":", lang).unwrap_err(),
            ]
        };
        let english = refusals(Lang::En);
        assert_eq!(english[1], "\"open\" is not a choice: use cleared or kept");
        assert!(english[0].starts_with("hidden is not offered: a copy in the assessor's hands"));
        assert_eq!(
            english[2],
            "\":\" is not a delimiter aimsgap writes: use \",\", \";\", \"tab\" or \"|\""
        );
        let german = refusals(Lang::De);
        assert!(german[0].contains("nicht angeboten"), "{}", german[0]);
        assert!(
            german[1].contains("„open“ ist keine zulässige Wahl"),
            "{}",
            german[1]
        );
        assert!(german[2].contains("kein Trennzeichen"), "{}", german[2]);
        for text in refusals(Lang::Pseudo) {
            let data = [
                "open", "hidden", "cleared", "kept", "tab", "aimsgap", "SQLite",
            ];
            assert!(
                crate::i18n::escaped_words(&text, &data).is_empty(),
                "{text}"
            );
        }
        assert_eq!(parse_delimiter_in("tab", Lang::De), Ok(b'\t'));
    }

    /// Every `cli-help-…` message names a place the command line has: a command, argument or
    /// value renamed or removed leaves no message behind that nothing shows.
    #[test]
    fn every_help_message_has_a_place_in_the_command_line() {
        fn places(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
            for part in ["about", "long-about", "after"] {
                out.push(format!("{prefix}-{part}"));
            }
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str().replace('_', "-");
                let key = if arg.is_global_set() {
                    format!("cli-help-arg-{id}")
                } else {
                    format!("{prefix}-arg-{id}")
                };
                for v in arg.get_possible_values() {
                    out.push(format!("{key}-value-{}", v.get_name()));
                }
                out.push(format!("{key}-long"));
                out.push(key);
            }
            for sub in cmd.get_subcommands() {
                places(sub, &format!("{prefix}-{}", sub.get_name()), out);
            }
        }
        let mut cmd = <Cli as clap::CommandFactory>::command();
        cmd.build();
        let mut known = Vec::new();
        places(&cmd, "cli-help", &mut known);
        let source = include_str!("../locales/en/cli.ftl");
        let stale: Vec<&str> = source
            .lines()
            .filter(|l| l.starts_with("cli-help-"))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
            .filter(|id| {
                // Placeholders' words (`cli-help-value-…`) are looked up word by word.
                let shared = [
                    "cli-help-same-",
                    "cli-help-heading-",
                    "cli-help-arg-help",
                    "cli-help-value-",
                ]
                .iter()
                .any(|p| id.starts_with(p));
                let clap = [
                    "cli-help-usage",
                    "cli-help-commands",
                    "cli-help-arguments",
                    "cli-help-options",
                    "cli-help-env",
                    "cli-help-default",
                    "cli-help-possible",
                    "cli-help-possible-heading",
                    "cli-help-arg-version",
                    "cli-help-help-about",
                ];
                !shared && !clap.contains(id) && !known.iter().any(|k| k == id)
            })
            .collect();
        assert!(stale.is_empty(), "help messages for nothing: {stale:?}");
    }

    #[test]
    fn no_arguments_are_read_as_the_parser_reads_them() {
        let parsed = |db: Option<&'static str>| {
            // The parser reads the real environment: a default value stands in for it.
            let cmd = <Cli as clap::CommandFactory>::command()
                .mut_arg("db", |a| a.env(None::<&'static str>).default_value(db));
            let m = cmd.try_get_matches_from(["aimsgap"]).unwrap();
            <Cli as clap::FromArgMatches>::from_arg_matches(&m).unwrap()
        };
        for db in [None, Some("/tmp/a.db")] {
            let quick = Cli::without_arguments(1, db.map(Into::into)).unwrap();
            let full = parsed(db);
            assert_eq!(quick.db, full.db);
            assert!(quick.command.is_none() && full.command.is_none());
        }
        assert!(Cli::without_arguments(2, None).is_none());
        assert!(Cli::without_arguments(1, Some("".into())).is_none());
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open an assessment straight in the workshop screen
    #[command(
        after_help = "Running the room: P parks the question on screen for follow-up, O \
            lists the open points, t shows the agenda (timeboxes against time spent), c the \
            answers changed since the last sitting, H the question's history; ? lists every key.\n\n\
            A sitting runs from opening the assessment to leaving it; its time is saved every \
            minute and on leaving, and counts toward the section of the question on screen (at \
            most 5 minutes after the last key). See `aimsgap agenda --help`."
    )]
    Open {
        /// Assessment id (see `aimsgap list`)
        id: i64,
    },
    /// Create an assessment and print its id
    New(NewArgs),
    /// Change an assessment's details and roadmap settings
    Set(Box<SetArgs>),
    /// List the assessments in the database
    List {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Delete an assessment with its answers and their history (back it up first)
    #[command(
        after_help = "Nothing asks for confirmation: keep a copy first with `aimsgap backup ID -o FILE`.\n\n\
            Works on a damaged assessment too (one `aimsgap list` marks as damaged)."
    )]
    Delete {
        /// Assessment id (see `aimsgap list`)
        id: i64,
    },
    /// Record the answer to one question
    #[command(
        after_help = "Examples:\n  aimsgap answer 1 4.1-a --maturity 2 --finding \"Context analysis is a 2023 slide deck\"\n  \
            aimsgap answer 1 4.1-a --maturity 2 --note \"Ask the COO about the 2025 update\"\n  \
            aimsgap answer 1 A.10.4-a --na --justification \"We do not supply AI to customers\"    (excludes all of A.10.4)\n  \
            aimsgap answer 1 5.2-a --maturity 1 --recommendation \"Extend the IT policy to AI\" --response \"Agreed, Q3\"\n  \
            aimsgap answer 1 5.3-a --maturity 2 --basis interview --said-by A2 --said-by \"Lee Park\"\n  \
            aimsgap answer 1 5.3-a --maturity 2 --said-by \"\"    (nobody recorded)\n\n\
            Options given replace what was recorded before; options left out keep it.\n\
            The finding, recommendation, response and who said it go into the client's report; \
            notes are private and stay out of every export unless `export --include-private-notes` \
            is given.\n\
            Each text (finding, recommendation, response, note, justification, owner, each \
            evidence reference) holds at most 100,000 characters."
    )]
    Answer(AnswerArgs),
    /// Decide whether an annex control applies: include it with a typed reason, or exclude it
    #[command(
        after_help = "Each annex control is included or excluded as a whole, once, for the Statement of Applicability.\n\n\
            --include KIND:DETAIL, where KIND is\n  \
            risk:R1,R3             risk treatment: the risks of the register it treats (`aimsgap risk list ID`)\n  \
            legal:OBLIGATION       a law or regulation, e.g. legal:EU AI Act Art. 50\n  \
            contractual:CONTRACT   a contract, e.g. contractual:Retail customers' data-processing terms\n  \
            business:WHY           the organisation's own decision\n\
            Including an excluded control sets its questions back to unanswered.\n\n\
            --exclude WHY makes every question of the control not applicable with that one \
            justification (scores given before are kept in each answer's history).\n\n\
            Examples:\n  aimsgap control 1 A.8.2 --include \"legal:EU AI Act Art. 50 (chatbot disclosure)\"\n  \
            aimsgap control 1 A.6.2.4 --include risk:R2 --note \"Model drift is checked monthly\"\n  \
            aimsgap control 1 A.10.4 --exclude \"We supply no AI system to customers\"\n  \
            aimsgap control 1 A.8.2    (shows the decision)"
    )]
    Control {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Annex control, for example A.6.2.8
        control: String,
        /// Include it, with the reason: risk:R1,R2, legal:OBLIGATION, contractual:TEXT or business:TEXT
        #[arg(long, value_name = "KIND:DETAIL", conflicts_with = "exclude")]
        include: Option<String>,
        /// Exclude it, with the justification that applies to all its questions
        #[arg(long, value_name = "WHY")]
        exclude: Option<String>,
        /// With risk treatment: a note written beside the risks
        #[arg(long, value_name = "TEXT", requires = "include")]
        note: Option<String>,
    },
    /// Keep the light risk register that SoA reasons point to: add, edit, list or remove risks
    #[command(
        subcommand,
        after_help = "Examples:\n  aimsgap risk add 1 --title \"Biased routing of insurance claims\" --level high\n  \
            aimsgap risk edit 1 R1 --level critical\n  aimsgap risk list 1\n  aimsgap risk remove 1 R3\n\n\
            A control included for risk treatment names its risks: `aimsgap control 1 A.7.4 --include risk:R1`. \
            A risk that a control names is not removed until the control gives another reason."
    )]
    Risk(RiskCommand),
    /// Keep the inventory of AI systems: add, edit, list, remove; suggest applicability from it
    #[command(
        subcommand,
        after_help = "Examples:\n  aimsgap system add 1 --name \"Route optimisation\" --purpose \"Plans drivers' routes\" --role customer --class high-risk\n  \
            aimsgap system edit 1 S2 --out-of-scope\n  aimsgap system list 1\n  aimsgap system suggest 1\n  aimsgap system suggest 1 --accept A.10.4\n  aimsgap system suggest 1 --reject A.9.4\n  aimsgap system remove 1 S4\n\n\
            Roles are the questionnaire's (`aimsgap questionnaire show ID` lists them; for ISO/IEC 42001: producer, provider, customer, partner). \
            Classes: prohibited, high-risk, transparency, minimal, general-purpose.\n\
            `suggest` proposes, and never applies: excluding each control whose roles match no system in scope, with a drafted justification, \
            and including the controls crosswalked to the EU AI Act obligations a system's class triggers. \
            `--accept CONTROL` confirms one (the control's decision, as `aimsgap control` writes it, recorded with your name); \
            `--reject CONTROL` rejects it, and it is not proposed again while it reads the same."
    )]
    System(SystemCommand),
    /// Copy the database, or one assessment, to a new file (safe while aimsgap is in use)
    #[command(
        after_help = "Examples:\n  aimsgap backup --all -o ~/backups/clients-2026-11-23.db\n  \
            aimsgap backup 3 -o northwind.db    (one assessment, to hand over or archive)\n\n\
            Bring a backup back with `aimsgap restore FILE`."
    )]
    Backup {
        /// The assessment to copy (see `aimsgap list`)
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        id: Option<i64>,
        /// Copy every assessment
        #[arg(long)]
        all: bool,
        /// The backup file to create (must not exist)
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Import the assessments of a backup into this database, as new assessments
    Restore {
        /// A file written by `aimsgap backup` (or any aimsgap database)
        file: PathBuf,
    },
    /// Merge another interviewer's copy of an assessment (a database or backup of the same
    /// engagement); exits 3 when it found conflicts, listed, to resolve
    #[command(
        after_help = "The histories are united (every version stays); for each field of an answer \
            the latest change wins, by time, then author. Where both files changed the same field \
            since they last agreed, the latest stands and the conflict is listed — left (this file) \
            and right (merged in) — with `aimsgap conflicts ID` until resolved, with `aimsgap \
            resolve` or on the workshop's conflicts screen. A damaged file, a file of another \
            engagement (no copy of an assessment here) or of another questionnaire version is \
            refused and nothing changes.\n\n\
            --compare merges nothing and writes nothing: it lists, one line each on standard \
            output (tab-separated), every question where the levels here and in the files given \
            (copies handed out with `aimsgap fork`, or any copy) are two levels apart or more — \
            question, prompt, and each assessor's name, level and file — for a calibration talk \
            before reconciling; standard error says how many questions were scored in two places \
            or more and the share within one level. It exits 3 when it lists any question, 0 \
            when there is none.\n\n\
            Examples:\n  aimsgap merge bob.db --compare\n  aimsgap merge bob.db eve.db --compare\n  \
            aimsgap merge bob.db"
    )]
    Merge {
        /// A database or backup holding a copy of an assessment here (several with --compare)
        #[arg(value_name = "FILE", required = true, num_args = 1..)]
        files: Vec<PathBuf>,
        /// The assessment to merge into (needed when several here are copies of it)
        #[arg(long, value_name = "ID")]
        into: Option<i64>,
        /// List the questions two levels apart or more, and merge nothing
        #[arg(long)]
        compare: bool,
    },
    /// List the conflicts merges found in an assessment and nobody resolved yet: each field,
    /// its value on the left (this file) and on the right (merged in), who changed each and when
    Conflicts { id: i64 },
    /// Hand a copy of an assessment to another assessor, to score blind and merge back
    #[command(
        after_help = "Examples:\n  aimsgap fork 1 --assessor \"Bob Stone\" -o northwind-bob.db\n  \
            aimsgap --db northwind-bob.db open 1      (Bob scores in his copy)\n  \
            aimsgap merge northwind-bob.db --compare  (back here: the questions two levels apart or more)\n  \
            aimsgap merge northwind-bob.db            (then reconcile)\n\n\
            The copy is a new database file holding this one assessment, with the same identity, \
            so `merge` brings it back. Its changes are recorded under the assessor's name. The \
            handout (to whom, when, which file) is recorded here and in the copy.\n\n\
            --scores cleared (the default) leaves out everything scored so far: each answer's \
            level, finding, recommendation, management response and private notes, the answer \
            history, drafts and the narrative; evidence references, who said it, owners, due \
            dates, controls excluded from the SoA (their questions stay not applicable), the \
            client's self-assessment (an input every assessor gets) and the engagement record \
            are kept. --scores kept copies everything, for a second \
            interviewer who is not scoring blind. Scores cannot be merely hidden: a file in the \
            assessor's hands shows whatever it holds to `aimsgap history`, any export or SQLite \
            itself.\n\n\
            A final assessment is not handed out (`aimsgap reopen` it first)."
    )]
    Fork {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Who the copy is for; their changes in it carry this name
        #[arg(long, value_name = "NAME")]
        assessor: String,
        /// The database file to write (must not exist, unless --force)
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// cleared: scored blind, nothing scored so far in the copy; kept: everything
        #[arg(long, value_name = "cleared|kept", default_value = "cleared", value_parser = parse_scores)]
        scores: crate::calibration::Scores,
        /// Replace FILE when it is an earlier copy handed out or not an SQLite database
        #[arg(long)]
        force: bool,
    },
    /// Resolve a merge conflict: keep the left value (this file), the right one (merged in),
    /// or a value of your own
    #[command(
        group(clap::ArgGroup::new("choice").required(true).args(["take", "value"])),
        after_help = "Examples:\n  aimsgap resolve 1 4.1-a response --take left\n  \
            aimsgap resolve 1 4.1-a response --value 3\n  \
            aimsgap resolve 1 4.1-a owner --value \"Head of Data\"\n\n\
            The workshop's conflicts screen shows both sides together and resolves the same way. \
            The choice is recorded in the answer's history."
    )]
    Resolve {
        id: i64,
        question: String,
        /// The answer's field, as `aimsgap conflicts` names it
        field: String,
        /// The side to keep: left (this file) or right (merged in)
        #[arg(long, value_parser = ["left", "right"])]
        take: Option<String>,
        /// A value of your own, typed as in the workshop: a level (3), n/a and why, or
        /// unanswered for the level; a date; A1, A2 for who said it; interview, document or
        /// observed for the basis; text for the rest
        #[arg(long)]
        value: Option<String>,
    },
    /// List what to fix before handing the report over; exits 1 when there is anything
    #[command(
        after_help = "Lists: unanswered questions; not applicable without a justification; a \
            maturity at the questionnaire's evidence level or above with no evidence reference; \
            gaps without an owner; gaps with no finding for the report (private notes do not \
            count); due dates before the roadmap can finish the action; annex controls partly not \
            applicable (decide each as a whole); included controls without a typed reason, or \
            once assessed without an owner; risk treatment as a reason while 6.1.3 scores 1 or \
            less; the same SoA reason \
            (an exclusion's justification or a stated inclusion reason, case and spacing aside) \
            on 4 or more controls, which reads as boilerplate; answers to questions no longer \
            asked; and answers or a target a replaced questionnaire no longer allows."
    )]
    Check {
        /// Assessment id (see `aimsgap list`)
        id: i64,
    },
    /// Show scores, coverage and readiness per section and overall
    Score {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Write the gap report, the roadmap, the Statement of Applicability or everything
    #[command(
        after_help = "Examples:\n  aimsgap export 1 --format html -o northwind-gap-report.html\n  \
            aimsgap export 1 --format xlsx -o northwind.xlsx\n  \
            aimsgap export 1 --format docx -o northwind-gap-report.docx\n  \
            aimsgap export 1 --format soa > soa.csv\n\n\
            The report shows each answer's finding; private notes are never in it unless \
            --include-private-notes is given.\n\
            The completeness check's warnings are printed, but the export is written anyway."
    )]
    Export(ExportArgs),
    /// Compare an earlier assessment with a later one: progress per section, gaps closed and new
    #[command(
        after_help = "Examples:\n  aimsgap compare 1 2\n  aimsgap compare 1 2 --format html -o progress.html\n\n\
            For each clause and Annex A section: the score and readiness then and now and the \
            change (of the figures as shown); the gaps closed (below target then, at target or not \
            applicable now; a question left unanswered is not counted), the new gaps, and the \
            actions of the earlier roadmap whose gap is closed. Both assessments must be taken against the \
            same questionnaire and version (levels given to different texts of a question are not \
            compared). A re-assessment (`c` on the home screen) starts from a copy of one."
    )]
    Compare(CompareArgs),
    /// Write the client's self-assessment workbook, or import it back (`survey import`)
    #[command(
        args_conflicts_with_subcommands = true,
        subcommand_negates_reqs = true,
        after_help = "Examples:\n  aimsgap survey 1 -o northwind-self-assessment.xlsx\n  \
            aimsgap survey import 1 northwind-self-assessment.xlsx\n\n\
            The workbook has an Instructions sheet and one row per question with its prompt, \
            what each level looks like, a drop-down for the client's rating (the scale's levels \
            and N/A) and a comment. Only the rating and comment cells can be edited; a hidden \
            sheet names the assessment and the questionnaire version it was made for.\n\n\
            Importing keeps the ratings beside the assessor's answers, never over them; a new \
            import replaces the earlier self-assessment. A workbook of another assessment or \
            questionnaire version, or with values that are not levels, is refused with every \
            problem listed as Sheet!Cell, and nothing is imported."
    )]
    Survey(SurveyArgs),
    /// Record who took part: add, list or remove attendees and interviewees
    #[command(
        subcommand,
        after_help = "Examples:\n  aimsgap attendee add 1 --name \"Dana Reyes\" --role CISO\n  \
            aimsgap attendee list 1\n  aimsgap attendee remove 1 A2\n\n\
            In `aimsgap open`, the engagement record screen (a) adds, edits and removes them too."
    )]
    Attendee(AttendeeCommand),
    /// The parking lot: flag a question for follow-up, list the open points, resolve one
    #[command(
        subcommand,
        after_help = "Examples:\n  aimsgap park add 1 6.1.2-a \"Ask the DPO for the risk criteria\"\n  \
            aimsgap park list 1\n  aimsgap park resolve 1 6.1.2-a\n\n\
            Open points are listed in every report until they are resolved. Parking a question \
            again replaces its text and opens it again."
    )]
    Park(ParkCommand),
    /// ISO 27001 carry-over: record the ISO/IEC 27001:2022 clauses and Annex A controls in
    /// place, see the starting levels they suggest, accept them
    #[command(
        name = "iso27001",
        after_help = "Examples:\n  aimsgap iso27001 1 --in-place 5.2,7.2,A.5.1,A.8.25\n  \
            aimsgap iso27001 1 --from isms-controls.txt     (references one or more a line, # comments)\n  \
            aimsgap iso27001 1                   (what is in place and what it suggests)\n  \
            aimsgap iso27001 1 --list            (every clause and control, marked, with the questions mapped)\n  \
            aimsgap iso27001 1 --accept          (accept every suggestion)\n  \
            aimsgap iso27001 1 --accept 7.2-a,7.2-b\n  \
            aimsgap iso27001 1 --clear\n\n\
            References are the sub-clauses of clauses 4 to 10 (4.1 … 10.2) and the Annex A controls \
            A.5.1–A.5.37, A.6.1–A.6.8, A.7.1–A.7.14, A.8.1–A.8.34; anything else is refused and \
            nothing changes. The questionnaire's crosswalk maps each question to ISO 27001 \
            references; a question with any of them in place is suggested a starting level (3 when \
            all are in place and the question needs no AI-specific content, 2 when some are or it \
            does, 1 when both) and a finding saying where it came from. A suggestion is never an \
            answer: it is stored only when accepted (here, or with y in the workshop), as a change \
            of the answer's history, and only for questions not answered yet. The report lists the \
            answers reused and an estimate of the workshop time saved. In `aimsgap open`, I shows \
            the checklist."
    )]
    Iso27001(Iso27001Args),
    /// Set or clear the timebox of a section (a clause or an Annex A group) for the workshop
    #[command(
        after_help = "Examples:\n  aimsgap timebox 1 6 20       (20 minutes for clause 6)\n  \
            aimsgap timebox 1 A.6 1h30\n  aimsgap timebox 1 A.6 off     (no timebox)\n\n\
            `aimsgap agenda ID` shows every section's timebox beside the time spent on it. In \
            `aimsgap open`, the agenda screen sets timeboxes too."
    )]
    Timebox {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Section id: 4 to 10, A.2 to A.10 (dots and case optional: a6)
        section: String,
        /// Minutes (20), hours and minutes (1h30, 1:30), or off
        time: String,
    },
    /// Show the agenda: every section's timebox and the time spent on it over all sittings
    #[command(
        after_help = "A sitting runs from opening the assessment in the workshop \
            (`aimsgap open`) to leaving it. Time counts toward the section of the question on \
            screen; other screens count toward the sitting only. Time counts for at most 5 \
            minutes after the last key, so a break does not inflate a section. Sittings are saved as they \
            go (every minute and on leaving), and a section's actual time adds up across them."
    )]
    Agenda {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// List the answers changed since a day, a time or your last change, with who changed them
    #[command(after_help = "Examples:\n  aimsgap changed 1 --since 2026-03-31\n  \
            aimsgap changed 1 --since last     (what others changed after your last change)\n\n\
            Each answer is listed once: how it was before, how it is now, and everyone who \
            changed it. Your name is the one `aimsgap config user` shows.")]
    Changed {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// A day (2026-03-31, from its start, UTC), a time (2026-03-31T09:30:00Z) or `last`
        #[arg(long, value_name = "WHEN", default_value = "last")]
        since: String,
    },
    /// Keep the register of documents reviewed: add, list or remove documents
    #[command(
        subcommand,
        after_help = "Examples:\n  aimsgap document add 1 --title \"AI policy\" --version 2.1 --date 2026-03-01\n  \
            aimsgap document list 1\n  aimsgap document remove 1 D3\n\n\
            An answer's evidence refers to a document when it starts with its reference or its \
            title: `aimsgap answer 1 5.2-a --maturity 3 --evidence \"D1 section 4\"`. The report's \
            evidence index lists, per document, the answers it supports. In `aimsgap open`, the \
            engagement record screen (a) adds, edits and removes documents too."
    )]
    Document(DocumentCommand),
    /// Make an assessment final and read-only; its reports are stamped
    #[command(
        after_help = "Until `aimsgap reopen ID`, every change is refused: answers, settings, \
            SoA reasons, attendees, documents, the narrative and every screen. Both are kept in the \
            history.\n\n\
            A final report carries no QA warnings, and its cover shows the SHA-256 of the \
            assessment's JSON export: `aimsgap export ID --format json -o - | sha256sum` prints \
            the same digits."
    )]
    Finalise {
        /// Assessment id (see `aimsgap list`)
        id: i64,
    },
    /// Make a final assessment a draft again (recorded in its history)
    Reopen {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Why it is reopened, kept in the history
        #[arg(long, value_name = "TEXT", default_value = "")]
        reason: String,
    },
    /// Show the history of answer changes of an assessment, with who made each
    History {
        /// Assessment id
        id: i64,
        /// Only this question
        question: Option<String>,
        /// Only changes from this day (2026-03-31, UTC) or time (2026-03-31T09:30:00Z) on
        #[arg(long, value_name = "WHEN")]
        since: Option<String>,
    },
    /// Show or change a setting of the database file
    #[command(after_help = "Settings:\n  \
            user   the name recorded with every answer change made through this file, shown by \
            `aimsgap history`. The AIMSGAP_USER variable wins over it; without either, the \
            operating system's user name (USER, LOGNAME or USERNAME) is used.\n  \
            lang   the language of the workshop screens and of messages for everyone using this \
            file: en (English) or de (Deutsch). Without it, the locale decides (the first of \
            LC_ALL, LC_MESSAGES and LANG that is set); a locale aimsgap does not speak gives \
            English. Reports are written in each assessment's own language (`aimsgap set ID \
            --lang`), not this one.\n\n\
            Examples:\n  aimsgap config user \"Jane Doe\"\n  aimsgap config user        \
            (shows the name in force and where it comes from)\n  aimsgap config user \"\"     \
            (clears the file's setting)\n  aimsgap config lang de\n  aimsgap config lang        \
            (shows the language in force and where it comes from)")]
    Config {
        /// The setting
        key: ConfigKey,
        /// Its new value ("" clears it); left out, the value in force is shown
        value: Option<String>,
    },
    /// List, check, show or import questionnaires
    #[command(subcommand)]
    Questionnaire(QuestionnaireCommand),
    /// Create a realistic sample assessment and print its id
    Demo {
        /// The language it is written in: en (English) or de (Deutsch) [default: en]
        #[arg(long, value_name = "LANG", value_parser = parse_lang)]
        lang: Option<crate::i18n::Lang>,
    },
}

/// The settings `aimsgap config` knows.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ConfigKey {
    /// The assessor's name, recorded with every answer change
    User,
    /// The language of the screens and messages
    Lang,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Organisation being assessed
    #[arg(long, value_name = "NAME")]
    pub org: String,
    /// Scope of the AI management system under assessment
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub scope: String,
    /// Who runs the assessment
    #[arg(long, value_name = "NAME", default_value = "")]
    pub assessor: String,
    /// Target maturity; answers at or above it conform [default: 3, or the top of a
    /// shorter scale]
    #[arg(long, value_name = "0-5")]
    pub target: Option<u8>,
    /// Questionnaire id, or path to a questionnaire file
    #[arg(long, value_name = "ID|FILE", default_value = "iso42001")]
    pub questionnaire: String,
    /// Date of the assessment, in the years 1900 to 2200 [default: today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// First day of the remediation roadmap [default: the assessment date]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub roadmap_start: Option<String>,
    /// Person-days per week available for remediation, from 0.1 to 1000
    #[arg(long, value_name = "DAYS", default_value_t = crate::assessment::DEFAULT_CAPACITY)]
    pub capacity: f64,
    /// Person-days per effort size for the roadmap, each from 0.1 to 1000 [default:
    /// S=2,M=5,L=15]
    #[arg(long, value_name = "S=2,M=5,L=15")]
    pub effort: Option<String>,
    /// Weeks of one internal audit and management review cycle before Stage 2, from 0 to 104
    #[arg(long, value_name = "WEEKS", default_value_t = crate::roadmap::DEFAULT_AUDIT_CYCLE_WEEKS)]
    pub audit_cycle: f64,
    /// The language of its reports and questions: en (English) or de (Deutsch) [default: en]
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Assessment id
    pub id: i64,
    /// Organisation being assessed
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// Scope of the AI management system under assessment
    #[arg(long, value_name = "TEXT")]
    pub scope: Option<String>,
    /// Who runs the assessment
    #[arg(long, value_name = "NAME")]
    pub assessor: Option<String>,
    /// Target maturity
    #[arg(long, value_name = "0-5")]
    pub target: Option<u8>,
    /// Date of the assessment
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// First day of the remediation roadmap
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub roadmap_start: Option<String>,
    /// Person-days per week available for remediation, from 0.1 to 1000
    #[arg(long, value_name = "DAYS")]
    pub capacity: Option<f64>,
    /// Person-days per effort size, each from 0.1 to 1000, e.g. S=2,M=5,L=15 (sizes left
    /// out are kept)
    #[arg(long, value_name = "S=2,M=5,L=15")]
    pub effort: Option<String>,
    /// Weeks of one internal audit and management review cycle before Stage 2, from 0 to 104
    #[arg(long, value_name = "WEEKS")]
    pub audit_cycle: Option<f64>,
    /// The language of its reports and questions: en (English) or de (Deutsch)
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,
    /// One owner's own capacity on the roadmap, in person-days per week from 0.1 to 1000, as
    /// the owner is recorded on the answers, e.g. "Anna Novak (CISO)=2"; "NAME=" returns them
    /// to --capacity. Repeat for several owners
    #[arg(long, value_name = "NAME=DAYS")]
    pub owner_capacity: Vec<String>,
    /// Days nobody works on the roadmap besides weekends: dates and ranges separated by
    /// commas, e.g. 2026-12-24..2027-01-01,2027-04-02, or a text file with one date or range
    /// per line (# starts a comment); "" clears them
    #[arg(long, value_name = "DATES|FILE")]
    pub holidays: Option<String>,
    /// The report's version, on its cover and sign-off page [default: 0.1]
    #[arg(long, value_name = "TEXT", help_heading = "Document control")]
    pub report_version: Option<String>,
    /// The report's confidentiality label [default: Confidential]
    #[arg(long, value_name = "LABEL", help_heading = "Document control")]
    pub confidentiality: Option<String>,
    /// Who receives the report, separated by semicolons ("" for nobody yet)
    #[arg(long, value_name = "NAME; NAME", help_heading = "Document control")]
    pub distribution: Option<String>,
    /// Who prepared the report ("" to clear)
    #[arg(long, value_name = "NAME", help_heading = "Document control")]
    pub prepared_by: Option<String>,
    /// When it was prepared ("" to clear)
    #[arg(long, value_name = "YYYY-MM-DD", help_heading = "Document control")]
    pub prepared_on: Option<String>,
    /// Who reviewed the report ("" to clear)
    #[arg(long, value_name = "NAME", help_heading = "Document control")]
    pub reviewed_by: Option<String>,
    /// When it was reviewed ("" to clear)
    #[arg(long, value_name = "YYYY-MM-DD", help_heading = "Document control")]
    pub reviewed_on: Option<String>,
    /// Who approved the report ("" to clear)
    #[arg(long, value_name = "NAME", help_heading = "Document control")]
    pub approved_by: Option<String>,
    /// When it was approved ("" to clear)
    #[arg(long, value_name = "YYYY-MM-DD", help_heading = "Document control")]
    pub approved_on: Option<String>,
    /// The assessor's narrative for the executive summary, from a UTF-8 text file: overall
    /// opinion, strengths, key themes, decisions needed from management; paragraphs separated
    /// by a blank line, at most 100,000 characters. "-" reads standard input; an empty file
    /// removes it, and reports show the drafted narrative again. In `aimsgap open`, n on the
    /// dashboard edits it
    #[arg(long, value_name = "FILE", help_heading = "Executive summary")]
    pub summary_file: Option<PathBuf>,
    /// What one person-day of remediation work costs, above 0 and at most 1000000: the
    /// executive summary then estimates person-days, cost and FTE per roadmap phase. "none"
    /// removes it (no estimate)
    #[arg(long, value_name = "AMOUNT|none", help_heading = "Executive summary")]
    pub day_rate: Option<String>,
    /// The day rate's currency, a three-letter code such as EUR, USD or GBP [default: EUR]
    #[arg(long, value_name = "CODE", help_heading = "Executive summary")]
    pub currency: Option<String>,
}

impl SetArgs {
    /// Whether any document-control option is given.
    pub fn changes_document_control(&self) -> bool {
        [
            &self.report_version,
            &self.confidentiality,
            &self.distribution,
            &self.prepared_by,
            &self.prepared_on,
            &self.reviewed_by,
            &self.reviewed_on,
            &self.approved_by,
            &self.approved_on,
        ]
        .iter()
        .any(|o| o.is_some())
    }

    /// Whether any of the assessment's own settings is given.
    pub fn changes_assessment(&self) -> bool {
        self.org.is_some()
            || self.scope.is_some()
            || self.assessor.is_some()
            || self.target.is_some()
            || self.date.is_some()
            || self.roadmap_start.is_some()
            || self.capacity.is_some()
            || self.effort.is_some()
            || self.audit_cycle.is_some()
            || self.lang.is_some()
            || !self.owner_capacity.is_empty()
            || self.holidays.is_some()
    }
}

#[derive(Debug, Subcommand)]
pub enum AttendeeCommand {
    /// Add an attendee or interviewee and print their reference (A1, A2 …)
    Add {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Their name
        #[arg(long, value_name = "NAME")]
        name: String,
        /// Their role, e.g. CISO, DPO, Head of Data Science
        #[arg(long, value_name = "ROLE", default_value = "")]
        role: String,
    },
    /// List the attendees of an assessment
    List {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Remove an attendee
    #[command(
        after_help = "An attendee that answers name as who said it is not removed unless \
            --clear-citations is given: then those answers no longer name them (each answer's \
            history keeps the change)."
    )]
    Remove {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// The attendee's reference, e.g. A2 (see `aimsgap attendee list ID`)
        attendee: String,
        /// Also take the attendee out of every answer that says they said it
        #[arg(long)]
        clear_citations: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SystemCommand {
    /// Add an AI system and print its reference (S1, S2 …)
    Add {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        #[arg(long, value_name = "TEXT")]
        name: String,
        /// What it is for, in a sentence
        #[arg(long, value_name = "TEXT", default_value = "")]
        purpose: String,
        /// The organisation's AI role for it (repeat for several), a role id of the questionnaire
        #[arg(long = "role", value_name = "ROLE", required = true)]
        roles: Vec<String>,
        /// Its EU AI Act class: prohibited, high-risk, transparency, minimal, general-purpose
        #[arg(long, value_name = "CLASS")]
        class: String,
        /// Recorded in the inventory but outside the scope of the AIMS
        #[arg(long)]
        out_of_scope: bool,
    },
    /// Change an AI system; options left out keep what was recorded
    Edit {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// The system's reference, e.g. S2 (see `aimsgap system list ID`)
        system: String,
        #[arg(long, value_name = "TEXT")]
        name: Option<String>,
        #[arg(long, value_name = "TEXT")]
        purpose: Option<String>,
        /// Replaces the roles (repeat for several)
        #[arg(long = "role", value_name = "ROLE")]
        roles: Vec<String>,
        #[arg(long, value_name = "CLASS")]
        class: Option<String>,
        /// Take it out of the scope
        #[arg(long, conflicts_with = "in_scope")]
        out_of_scope: bool,
        /// Bring it into the scope
        #[arg(long)]
        in_scope: bool,
    },
    /// List the AI systems, with their roles, class and scope
    List {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Remove an AI system from the inventory
    Remove {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// The system's reference, e.g. S2
        system: String,
    },
    /// Suggest applicability from the systems in scope (never applied: each comes with the
    /// command that confirms it)
    Suggest {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Confirm the suggestion for this control: it becomes the control's decision,
        /// recorded with your name
        #[arg(long, value_name = "CONTROL", conflicts_with = "reject")]
        accept: Option<String>,
        /// Reject the suggestion for this control: it is not proposed again while it reads
        /// the same
        #[arg(long, value_name = "CONTROL")]
        reject: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum RiskCommand {
    /// Add a risk and print its reference (R1, R2 …)
    Add {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// What could go wrong, in a few words
        #[arg(long, value_name = "TEXT")]
        title: String,
        /// low, medium, high or critical
        #[arg(long, value_name = "LEVEL")]
        level: String,
    },
    /// Change a risk's title or level
    Edit {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// The risk's reference, e.g. R2 (see `aimsgap risk list ID`)
        risk: String,
        #[arg(long, value_name = "TEXT")]
        title: Option<String>,
        #[arg(long, value_name = "LEVEL")]
        level: Option<String>,
    },
    /// List the risk register, with the controls that treat each risk
    List {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Remove a risk (refused while a control's inclusion names it)
    Remove {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// The risk's reference, e.g. R2
        risk: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ParkCommand {
    /// Flag a question for follow-up with a short text
    Add {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Question id, e.g. 6.1.2-a
        question: String,
        /// What is to be followed up, in a few words
        text: String,
    },
    /// List the open points of an assessment
    List {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Resolved points too
        #[arg(long)]
        all: bool,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Mark a question's open point resolved (it is kept, with the time)
    Resolve {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Question id, e.g. 6.1.2-a
        question: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum DocumentCommand {
    /// Register a document reviewed and print its reference (D1, D2 …)
    Add {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Its title, e.g. "AI policy"
        #[arg(long, value_name = "TEXT")]
        title: String,
        /// Its version, as the document states it
        #[arg(long, value_name = "TEXT", default_value = "")]
        version: String,
        /// Its date
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// List the documents reviewed, with the answers each supports
    List {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Remove a document from the register (evidence citing it keeps its text)
    Remove {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// The document's reference, e.g. D3 (see `aimsgap document list ID`)
        document: String,
    },
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("response").required(true).args(["maturity", "na", "unanswered"])))]
pub struct AnswerArgs {
    /// Assessment id
    pub id: i64,
    /// Question id, e.g. 4.1-a (see `aimsgap questionnaire show`)
    pub question: String,
    /// Maturity on the questionnaire's scale (0-5 by default)
    #[arg(long, value_name = "LEVEL", allow_negative_numbers = true)]
    pub maturity: Option<i64>,
    /// Exclude the question's annex control from the SoA: all its questions become not
    /// applicable (needs --justification; same as `aimsgap control ID CONTROL --exclude`)
    #[arg(long)]
    pub na: bool,
    /// Set the question back to unanswered (finding, notes and evidence are kept)
    #[arg(long)]
    pub unanswered: bool,
    /// Why the control is not applicable
    #[arg(long, value_name = "TEXT")]
    pub justification: Option<String>,
    /// What was observed, for the client's report (replaces the earlier finding; at most
    /// 100,000 characters)
    #[arg(long, value_name = "TEXT")]
    pub finding: Option<String>,
    /// Recommendation for this answer in place of the questionnaire's, for the client's
    /// report and the roadmap; "" goes back to the questionnaire's
    #[arg(long, value_name = "TEXT")]
    pub recommendation: Option<String>,
    /// Management response: what the client says it will do, given after reviewing the draft
    /// report ("" clears it)
    #[arg(long = "response", value_name = "TEXT")]
    pub management_response: Option<String>,
    /// Private working notes, never exported unless asked for (replaces earlier notes; at
    /// most 100,000 characters)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Evidence reference; repeat for several (replaces earlier evidence)
    #[arg(long, value_name = "TEXT")]
    pub evidence: Vec<String>,
    /// How the evidence was established
    #[arg(long, value_enum)]
    pub basis: Option<Basis>,
    /// Who said it: an attendee's reference (A2) or exact name; repeat for several
    /// (replaces the earlier ones; "" clears them). See `aimsgap attendee list ID`
    #[arg(long = "said-by", value_name = "WHO")]
    pub said_by: Vec<String>,
    /// Owner of the remediation
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// Due date of the remediation
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub due: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Basis {
    /// What people said
    Interview,
    /// A document was seen
    Document,
    /// Observed working or tested
    Observed,
}

#[derive(Debug, Args)]
pub struct Iso27001Args {
    /// Assessment id (see `aimsgap list`)
    pub id: i64,
    /// Mark these in place: references separated by commas (5.2,A.5.1)
    #[arg(long, value_name = "REFS", value_delimiter = ',')]
    pub in_place: Vec<String>,
    /// Mark these not in place
    #[arg(long, value_name = "REFS", value_delimiter = ',')]
    pub not_in_place: Vec<String>,
    /// Mark in place the references of a text file: one or more a line, `#` starts a comment
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// Mark every reference not in place (before any of the above)
    #[arg(long)]
    pub clear: bool,
    /// List every clause and Annex A control of ISO/IEC 27001:2022, marking those in place
    #[arg(long)]
    pub list: bool,
    /// Accept the suggestions: every one, or only those of these questions (commas)
    #[arg(long, value_name = "QUESTIONS", num_args = 0.., value_delimiter = ',')]
    pub accept: Option<Vec<String>>,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The earlier assessment's id (see `aimsgap list`)
    pub old: i64,
    /// The later assessment's id
    pub new: i64,
    /// Output format
    #[arg(long, value_enum, default_value = "md")]
    pub format: CompareFormat,
    /// Output file; `-` or nothing writes to standard output (xlsx needs a file)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SurveyArgs {
    #[command(subcommand)]
    pub command: Option<SurveyCommand>,
    /// Assessment id (see `aimsgap list`)
    #[arg(required = true)]
    pub id: Option<i64>,
    /// The workbook to write (.xlsx)
    #[arg(short, long, value_name = "FILE", required = true)]
    pub output: Option<PathBuf>,
    /// Replace the output file when it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum SurveyCommand {
    /// Read a filled-in self-assessment workbook back, beside the assessor's answers
    Import {
        /// Assessment id (see `aimsgap list`)
        id: i64,
        /// The workbook the client returned (at most 16 MiB)
        #[arg(value_name = "FILE.xlsx")]
        file: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    Md,
    Html,
    Xlsx,
    Json,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Assessment id
    pub id: i64,
    /// Output format
    #[arg(long, value_enum, default_value = "json")]
    pub format: Format,
    /// Output file; `-` or nothing writes to standard output (xlsx and docx need a file). A FIFO or
    /// device is written into; the database, its journal files and backups are refused
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Put the assessor's private notes in the report too (the cover says so): for your own
    /// records, not for the client
    #[arg(long)]
    pub include_private_notes: bool,
    /// Field delimiter of the csv, soa and roadmap formats: ",", ";", "tab" or "|" [default:
    /// ";" in a language whose decimal separator is the comma (de), else ","]
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// The language to write it in, en (English) or de (Deutsch) [default: the assessment's,
    /// see `aimsgap set ID --lang`]
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,
}

fn parse_scores(s: &str) -> Result<crate::calibration::Scores, String> {
    parse_scores_in(s, crate::i18n::Lang::from_env())
}

/// [`parse_scores`], refusing in `lang` (English: the same text).
fn parse_scores_in(s: &str, lang: crate::i18n::Lang) -> Result<crate::calibration::Scores, String> {
    crate::calibration::Scores::parse(s).ok_or_else(|| match (s, lang) {
        ("hidden", crate::i18n::Lang::En) => {
            "hidden is not offered: a copy in the assessor's hands shows every level it \
            holds to `aimsgap history`, an export or SQLite itself; use cleared to score blind"
                .to_string()
        }
        (other, crate::i18n::Lang::En) => {
            format!("\"{other}\" is not a choice: use cleared or kept")
        }
        ("hidden", _) => crate::t!(lang, "cli-scores-hidden"),
        (other, _) => crate::t!(lang, "cli-scores-unknown", typed = other),
    })
}

/// `--lang`: a language aimsgap speaks, or an error listing them.
fn parse_lang(s: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::choose(s)
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    parse_delimiter_in(s, crate::i18n::Lang::from_env())
}

/// [`parse_delimiter`], refusing in `lang` (English: the same text).
fn parse_delimiter_in(s: &str, lang: crate::i18n::Lang) -> Result<u8, String> {
    match s {
        "," => Ok(b','),
        ";" => Ok(b';'),
        "tab" | "\t" | "\\t" => Ok(b'\t'),
        "|" => Ok(b'|'),
        other if lang == crate::i18n::Lang::En => Err(format!(
            "\"{other}\" is not a delimiter aimsgap writes: use \",\", \";\", \"tab\" or \"|\""
        )),
        other => Err(crate::t!(lang, "cli-delimiter-unknown", typed = other)),
    }
}

/// The command line names the one list of formats, [`Format`]: in this order, with these lines
/// of `--help`.
impl ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            Format::Markdown,
            Format::Html,
            Format::Xlsx,
            Format::Docx,
            Format::Csv,
            Format::Soa,
            Format::Roadmap,
            Format::Json,
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let help = match self {
            Format::Markdown => "Gap report in Markdown",
            Format::Html => "Gap report as one self-contained HTML file (print it to PDF)",
            Format::Xlsx => "Gap report as an Excel workbook: Summary, Questions, Roadmap, SoA",
            Format::Docx => {
                "Gap report as a Word document built on Word's own styles, for a firm's template"
            }
            Format::Csv => "One row per question with every field",
            Format::Soa => "Draft Statement of Applicability, CSV",
            Format::Roadmap => "Dated roadmap, CSV",
            Format::Json => "Complete machine-readable export (schema/export.schema.json)",
        };
        Some(PossibleValue::new(self.name()).help(help))
    }
}

#[derive(Debug, Subcommand)]
pub enum QuestionnaireCommand {
    /// List the built-in questionnaires and those in your questionnaire directory
    List,
    /// Check a questionnaire file, or a translation of one, and report every problem in it
    #[command(
        after_help = "A translation (an overlay such as iso42001.de.toml, recognised by its `base`) \
        is checked against the questionnaire it translates: unknown ids and broken texts are errors; \
        texts it leaves out are listed as warnings, since they fall back to English."
    )]
    Check {
        /// The questionnaire or translation file to check
        file: PathBuf,
    },
    /// Convert a CISO Assistant framework library (YAML) into a questionnaire file
    #[command(
        after_help = "Each assessable requirement node becomes one question (its description is the \
        prompt); the grouping node above it becomes the section; the library's scores_definition \
        becomes the scale when it counts 0, 1, 2, … Everything the library does not say takes the \
        defaults of a minimal questionnaire (questionnaires/README.md). What could not be mapped \
        is listed on standard error, one line each, with a count.\n\n\
        Example:\n  aimsgap questionnaire import nist-ai-rmf.yaml -o nist-ai-rmf.toml\n  \
        aimsgap questionnaire check nist-ai-rmf.toml"
    )]
    Import {
        /// The library file (YAML, at most 16 MiB)
        #[arg(value_name = "LIBRARY.yaml")]
        file: PathBuf,
        /// The questionnaire file to write
        #[arg(short, long, value_name = "FILE.toml")]
        output: PathBuf,
        /// Replace the output file when it exists
        #[arg(long)]
        force: bool,
    },
    /// Print a questionnaire
    Show {
        /// Questionnaire id, or path to a file
        id: String,
        /// Print the parsed questionnaire as JSON
        #[arg(long)]
        json: bool,
    },
}
