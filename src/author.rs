//! Who is writing: the name recorded as the author of every answer change.
//!
//! The first of these that is set wins: the `AIMSGAP_USER` variable, the database file's own
//! setting (`aimsgap config user NAME`), the operating system's user name (`USER`, then
//! `LOGNAME`, then `USERNAME`). The environment is read here, once per opening of the file;
//! the store only records the name it is given.

use std::borrow::Cow;

/// The variable that names the assessor for this process.
pub const USER_ENV: &str = "AIMSGAP_USER";

/// The database setting that names the assessor for everyone writing to that file.
pub const USER_SETTING: &str = "user";

/// The longest name kept (a person's name, not a text).
pub const MAX_CHARS: usize = 100;

/// How a change with no recorded author is shown.
pub const UNKNOWN: &str = "—";

/// Where the name in force comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Variable,
    File,
    System,
    Nobody,
}

impl Source {
    pub fn describe(self) -> String {
        self.describe_in(crate::i18n::Lang::En)
    }

    /// [`Source::describe`] in language `lang`.
    pub fn describe_in(self, lang: crate::i18n::Lang) -> String {
        let id = match self {
            Source::Variable => "cli-user-source-variable",
            Source::File => "cli-source-file",
            Source::System => "cli-user-source-system",
            Source::Nobody => "cli-user-source-nobody",
        };
        crate::t!(lang, id)
    }
}

/// A name as given, trimmed, or why it cannot be one: a name is one line of at most
/// [`MAX_CHARS`] characters, with nothing a terminal would act on.
pub fn check(name: &str) -> Result<String, String> {
    checked(name).map_err(|long| match long {
        None => "holds a control character; give a plain name such as \"Jane Doe\"".into(),
        Some(n) => format!("is {n} characters long; a name has at most {MAX_CHARS}"),
    })
}

/// Where a name [`check_in`] refuses was given: the refusal names it.
#[derive(Debug, Clone, Copy)]
pub enum Given<'a> {
    /// A command-line option (`--assessor`), named as it is typed.
    Flag(&'a str),
    /// The name typed for `aimsgap config user NAME`.
    Name,
    /// The [`USER_ENV`] variable.
    Variable,
    /// This file's user setting.
    Setting,
}

/// [`check`], the refusal a whole sentence in `lang` that names where the name was given.
pub fn check_in(lang: crate::i18n::Lang, given: Given<'_>, name: &str) -> Result<String, String> {
    use crate::t;
    checked(name).map_err(|long| {
        let max = MAX_CHARS.to_string();
        let length = long.map(|n| n.to_string()).unwrap_or_default();
        let what = match given {
            Given::Flag(flag) => flag.to_string(),
            Given::Name => t!(lang, "cli-name-the-name"),
            Given::Variable => {
                return match long {
                    None => t!(lang, "cli-name-variable-control", variable = USER_ENV),
                    Some(_) => t!(
                        lang,
                        "cli-name-variable-long",
                        variable = USER_ENV,
                        length = &length,
                        max = &max
                    ),
                };
            }
            Given::Setting => {
                return match long {
                    None => t!(lang, "cli-name-setting-control"),
                    Some(_) => t!(lang, "cli-name-setting-long", length = &length, max = &max),
                };
            }
        };
        match long {
            None => t!(lang, "cli-name-control", what = &what),
            Some(_) => t!(
                lang,
                "cli-name-long",
                what = &what,
                length = &length,
                max = &max
            ),
        }
    })
}

/// The trimmed name, or why not: `None` for a control character, else its length.
pub(crate) fn checked(name: &str) -> Result<String, Option<usize>> {
    let name = name.trim();
    if name
        .chars()
        .any(|c| c.is_control() || crate::printable::is_bidi_control(c))
    {
        return Err(None);
    }
    let n = name.chars().count();
    if n > MAX_CHARS {
        return Err(Some(n));
    }
    Ok(name.to_string())
}

/// The name in force: `variable` (the value of `AIMSGAP_USER`), else `setting` (the file's),
/// else `system` (the operating system's user name, made safe rather than refused: nobody
/// chose it for aimsgap). Empty values count as unset.
pub fn choose(
    variable: Option<&str>,
    setting: Option<&str>,
    system: Option<&str>,
) -> Result<(String, Source), String> {
    choose_in(crate::i18n::Lang::En, variable, setting, system)
}

/// [`choose`], the refusal in `lang`.
pub fn choose_in(
    lang: crate::i18n::Lang,
    variable: Option<&str>,
    setting: Option<&str>,
    system: Option<&str>,
) -> Result<(String, Source), String> {
    fn given(v: Option<&str>) -> Option<&str> {
        v.map(str::trim).filter(|v| !v.is_empty())
    }
    if let Some(v) = given(variable) {
        return check_in(lang, Given::Variable, v).map(|n| (n, Source::Variable));
    }
    if let Some(s) = given(setting) {
        return check_in(lang, Given::Setting, s).map(|n| (n, Source::File));
    }
    if let Some(s) = given(system) {
        let safe: String = crate::printable::one_line(s)
            .chars()
            .take(MAX_CHARS)
            .collect();
        return Ok((safe, Source::System));
    }
    Ok((String::new(), Source::Nobody))
}

/// [`choose`] with this process's environment.
pub fn resolve(setting: Option<&str>) -> Result<(String, Source), String> {
    resolve_in(crate::i18n::Lang::En, setting)
}

/// [`resolve`], the refusal in `lang`.
pub fn resolve_in(
    lang: crate::i18n::Lang,
    setting: Option<&str>,
) -> Result<(String, Source), String> {
    let var = |name: &str| std::env::var(name).ok();
    let system = ["USER", "LOGNAME", "USERNAME"]
        .into_iter()
        .find_map(|n| var(n).filter(|v| !v.trim().is_empty()));
    choose_in(lang, var(USER_ENV).as_deref(), setting, system.as_deref())
}

/// An author as a listing shows it: safe to print, on one line, at most `width` characters
/// (cut with an ellipsis); an empty one is [`UNKNOWN`].
pub fn shown(author: &str, width: usize) -> Cow<'_, str> {
    let author = author.trim();
    if author.is_empty() {
        return Cow::Borrowed(UNKNOWN);
    }
    let line = crate::printable::one_line(author);
    if line.chars().count() <= width {
        return line;
    }
    let cut: String = line.chars().take(width.saturating_sub(1)).collect();
    Cow::Owned(format!("{cut}…"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variable_wins_then_the_file_then_the_system() {
        let pick = |v, s, o| choose(v, s, o).unwrap();
        assert_eq!(
            pick(Some("Ana"), Some("Bo"), Some("cy")),
            ("Ana".into(), Source::Variable)
        );
        assert_eq!(
            pick(Some("  "), Some(" Bo "), Some("cy")),
            ("Bo".into(), Source::File)
        );
        assert_eq!(
            pick(None, Some(""), Some("cy")),
            ("cy".into(), Source::System)
        );
        assert_eq!(pick(None, None, None), (String::new(), Source::Nobody));
    }

    #[test]
    fn hostile_names_are_refused_given_and_made_safe_found() {
        let e = choose(Some("a\x1b[2Jb"), None, None).unwrap_err();
        assert!(
            e.starts_with("AIMSGAP_USER holds a control character"),
            "{e}"
        );
        let long = "x".repeat(MAX_CHARS + 1);
        let e = choose(None, Some(&long), None).unwrap_err();
        assert!(e.contains("101 characters long"), "{e}");
        assert!(choose(Some("a\u{202E}b"), None, None).is_err());
        // The system's name is nobody's choice here: it is made safe, not refused.
        let (n, _) = choose(None, None, Some("ev\x1bil")).unwrap();
        assert_eq!(n, "ev\u{FFFD}il");
    }

    #[test]
    fn shown_is_one_safe_line_cut_to_width() {
        assert_eq!(shown("", 10), UNKNOWN);
        assert_eq!(shown("Jane Doe", 10), "Jane Doe");
        assert_eq!(
            shown("Jane\x1b]52;c;x\x07Doe", 40),
            "Jane\u{FFFD}]52;c;x\u{FFFD}Doe"
        );
        assert_eq!(shown("Maximilian Alexander", 10), "Maximilia…");
    }

    #[test]
    fn refused_names_are_said_in_the_language() {
        use crate::i18n::Lang;
        let long = "x".repeat(MAX_CHARS + 1);
        let bad = ["a\x1bb", long.as_str()];
        let english = [
            "--assessor holds a control character; give a plain name such as \"Jane Doe\"",
            "--assessor is 101 characters long; a name has at most 100",
            "the name holds a control character; give a plain name such as \"Jane Doe\"",
            "the name is 101 characters long; a name has at most 100",
            "AIMSGAP_USER holds a control character; give a plain name such as \"Jane Doe\", or unset it",
            "AIMSGAP_USER is 101 characters long; a name has at most 100, or unset it",
            "this file's user setting holds a control character; give a plain name such as \"Jane Doe\"; change it with `aimsgap config user NAME`",
            "this file's user setting is 101 characters long; a name has at most 100; change it with `aimsgap config user NAME`",
        ];
        let givens = [
            Given::Flag("--assessor"),
            Given::Name,
            Given::Variable,
            Given::Setting,
        ];
        let mut i = 0;
        for given in givens {
            for name in bad {
                let en = check_in(Lang::En, given, name).unwrap_err();
                assert_eq!(en, english[i]);
                let de = check_in(Lang::De, given, name).unwrap_err();
                assert!(
                    de.contains("Steuerzeichen") || de.contains("Zeichen lang"),
                    "{de}"
                );
                assert!(!de.contains(" is ") && !de.contains("holds"), "{de}");
                let pseudo = check_in(Lang::Pseudo, given, name).unwrap_err();
                let data = [
                    "--assessor",
                    "AIMSGAP_USER",
                    "Jane",
                    "Doe",
                    "aimsgap",
                    "config",
                    "user",
                    "NAME",
                ];
                assert!(
                    crate::i18n::escaped_words(&pseudo, &data).is_empty(),
                    "{pseudo}"
                );
                i += 1;
            }
        }
        // The old English functions say what they said.
        assert_eq!(choose(Some("a\x1bb"), None, None).unwrap_err(), english[4]);
        assert_eq!(choose(None, Some(&long), None).unwrap_err(), english[7]);
        assert_eq!(
            check("a\x1bb").unwrap_err(),
            "holds a control character; give a plain name such as \"Jane Doe\""
        );
    }
}
