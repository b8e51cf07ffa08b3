//! Which language the screens and the command line's messages speak: the database file's
//! `lang` setting (`aimsgap config lang de`) if it is set, else the user's locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them), else English.
//!
//! This is the user's language, not the client's: an assessment's reports are written in the
//! assessment's own language (`aimsgap new --lang`, `set --lang`, `export --lang`), whatever
//! the screens speak.

use crate::i18n::Lang;

/// The database setting that chooses the language of the screens and messages for everyone
/// working in that file.
pub const LANG_SETTING: &str = "lang";

/// The locale's variables, in the order POSIX gives them precedence.
const LOCALE_VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// Where the language in force comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The file's `lang` setting.
    File,
    /// The locale: the variable that decided it, and its value.
    Locale {
        variable: &'static str,
        value: String,
    },
    /// Neither names a language: English.
    Default,
}

impl Source {
    pub fn describe(&self) -> String {
        self.describe_in(Lang::En)
    }

    /// [`Source::describe`] in language `lang`.
    pub fn describe_in(&self, lang: Lang) -> String {
        match self {
            Source::File => crate::t!(lang, "cli-source-file"),
            Source::Locale { variable, value } => {
                crate::t!(
                    lang,
                    "cli-source-locale",
                    variable = *variable,
                    value = value.as_str()
                )
            }
            Source::Default => crate::t!(lang, "cli-lang-source-default"),
        }
    }
}

/// The language in force: `setting` (the file's, a code as stored; empty or unreadable counts
/// as unset), else the locale read through `var`. A locale that names a language aimsgap
/// does not speak (or `C`) gives English, from the locale.
pub fn choose(setting: Option<&str>, var: impl Fn(&str) -> Option<String>) -> (Lang, Source) {
    if let Some(lang) = setting
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .and_then(Lang::parse)
    {
        return (lang, Source::File);
    }
    let decided = LOCALE_VARIABLES
        .iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()).map(|v| (*name, v)));
    match decided {
        Some((variable, value)) => (Lang::from_locale(&var), Source::Locale { variable, value }),
        None => (Lang::En, Source::Default),
    }
}

/// [`choose`] with this process's environment.
pub fn resolve(setting: Option<&str>) -> (Lang, Source) {
    choose(setting, |name| std::env::var(name).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_setting_wins_over_the_locale() {
        let german = env(&[("LANG", "de_DE.UTF-8")]);
        assert_eq!(choose(Some("en"), &german), (Lang::En, Source::File));
        let english = env(&[("LC_ALL", "en_GB.UTF-8")]);
        assert_eq!(choose(Some("de"), &english), (Lang::De, Source::File));
    }

    #[test]
    fn without_a_setting_the_locale_decides_in_posix_order() {
        for unset in [None, Some(""), Some("  "), Some("klingon")] {
            assert_eq!(
                choose(unset, env(&[("LANG", "de_DE.UTF-8")])).0,
                Lang::De,
                "{unset:?}"
            );
        }
        // LC_ALL outranks LC_MESSAGES, which outranks LANG; an empty one is skipped.
        let (lang, source) = choose(
            None,
            env(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "en_US.UTF-8"),
                ("LANG", "de_DE.UTF-8"),
            ]),
        );
        assert_eq!(lang, Lang::En);
        assert_eq!(
            source,
            Source::Locale {
                variable: "LC_MESSAGES",
                value: "en_US.UTF-8".into()
            }
        );
        assert_eq!(
            choose(None, env(&[("LC_ALL", "de_AT"), ("LANG", "en_GB")])).0,
            Lang::De
        );
        // C, and a language aimsgap does not speak, are English from the locale.
        for value in ["C", "POSIX", "fr_FR.UTF-8"] {
            let vars: &'static [(&str, &str)] = match value {
                "C" => &[("LC_ALL", "C"), ("LANG", "de_DE.UTF-8")],
                "POSIX" => &[("LANG", "POSIX")],
                _ => &[("LANG", "fr_FR.UTF-8")],
            };
            let (lang, source) = choose(None, env(vars));
            assert_eq!(lang, Lang::En, "{value}");
            assert!(matches!(source, Source::Locale { .. }), "{value}");
        }
        assert_eq!(choose(None, env(&[])), (Lang::En, Source::Default));
    }
}
