//! The words of the screens, the command line and the reports in the user's language, and the
//! local forms of numbers and dates.
//!
//! Every user-facing message lives in one catalogue, `locales/<language>/<area>.ftl`, written
//! in [Project Fluent](https://projectfluent.org) syntax. A message's id starts with the name of
//! its area (`report-…` is in `report.ftl`), so only the areas a run uses are ever parsed: the
//! screens do not pay for the report's words at start. English is the reference; every other
//! language has the same ids (a test checks), and a message missing from it falls back to
//! English.
//!
//! [`Lang::Pseudo`] is English with every letter accented and every message wrapped in
//! `⟦…⟧`: tests render screens and reports in it and fail on any word outside the markers,
//! which is how an English literal that escaped the catalogue is caught.
//!
//! Adding a language: copy `locales/en` to `locales/<code>`, translate it, add the files to
//! [`catalogue::AREAS`] and a variant to [`Lang`]; see the README.

mod catalogue;
mod format;
// Its reading of the files runs in build.rs and in the tests; the program uses the table.
#[cfg_attr(not(test), allow(dead_code))]
mod index;
mod pseudo;

use std::borrow::Cow;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use pseudo::{PSEUDO_CLOSE, PSEUDO_OPEN, escaped_words, pseudo_text};

/// A language aimsgap speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    De,
    /// English, accented and wrapped in markers: for tests that prove no text escapes the
    /// catalogue. Chosen with `--lang pseudo`.
    Pseudo,
}

impl Lang {
    /// The languages a user can choose, in the order help lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The code stored and given on the command line: `en`, `de`, `pseudo`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Pseudo => "pseudo",
        }
    }

    /// The language's own name for itself, for lists the user picks from.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Pseudo => "Pseudo",
        }
    }

    /// The BCP 47 tag documents are marked with (`<html lang>`, Word's proofing language).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de-DE",
            Lang::Pseudo => "en-XA",
        }
    }

    /// A language from a code, a tag or a POSIX locale name, in any case: `de`, `DE`,
    /// `de-AT`, `de_DE.UTF-8`, `german`, `en_GB`, `pseudo`. `None` for a language aimsgap does
    /// not speak.
    pub fn parse(text: &str) -> Option<Lang> {
        let text = text.trim();
        // A POSIX locale is language[_territory][.codeset][@modifier].
        let language = text
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match language.as_str() {
            "en" | "english" => Some(Lang::En),
            "de" | "deutsch" | "german" => Some(Lang::De),
            "pseudo" | "qps" => Some(Lang::Pseudo),
            _ => None,
        }
    }

    /// A language the user chose by its code (`--lang de`, a setting): [`Lang::parse`], or
    /// why it is not one aimsgap speaks, listing those it does ([`Lang::ALL`]; `pseudo` is
    /// accepted but not listed: it is for tests).
    pub fn choose(text: &str) -> Result<Lang, String> {
        Lang::choose_in(text, Lang::from_env())
    }

    /// [`Lang::choose`], refusing in language `lang`.
    pub fn choose_in(text: &str, lang: Lang) -> Result<Lang, String> {
        Lang::parse(text).ok_or_else(|| {
            let spoken: Vec<String> = Lang::ALL
                .iter()
                .map(|l| format!("{} ({})", l.code(), l.name()))
                .collect();
            let given = format!("{:?}", text.trim());
            let known = spoken.join(lang.t("cli-or").as_str());
            lang.t_args(
                "cli-unknown-language",
                &[("given", Arg::Text(&given)), ("known", Arg::Text(&known))],
            )
        })
    }

    /// The language of the user's locale: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty, as POSIX orders them. `C`, `POSIX` and a language aimsgap
    /// does not speak give English.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .and_then(|value| Lang::parse(&value))
            .unwrap_or_default()
    }

    /// The language of this process's locale (see [`Lang::from_locale`]).
    pub fn from_env() -> Lang {
        Lang::from_locale(|name| std::env::var(name).ok())
    }

    /// The message `id`, with no arguments.
    pub fn t(self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its arguments, as `(name, value)` pairs. Numbers given as
    /// [`Arg::Count`] choose plural forms; everything shown as a decimal or a date is formatted
    /// first ([`Lang::decimal`], [`Lang::date`]) and given as text.
    pub fn t_args(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Text(s) => FluentValue::String(Cow::Borrowed(s)),
                Arg::Count(n) => FluentValue::from(*n),
            };
            fluent.set(*name, value);
        }
        self.format(id, Some(&fluent))
    }

    fn format(self, id: &str, args: Option<&FluentArgs>) -> String {
        let mut text = match message(self, id, args) {
            Some(text) => text,
            // A message not (yet) translated reads in English rather than not at all.
            None => match message(Lang::En, id, args) {
                Some(text) if self != Lang::Pseudo => text,
                _ => {
                    debug_assert!(false, "no message {id} in the catalogue");
                    id.to_string()
                }
            },
        };
        if self == Lang::Pseudo {
            text = format!("{PSEUDO_OPEN}{text}{PSEUDO_CLOSE}");
        }
        text
    }
}

/// Written as its code (`"de"`), as it is stored and typed.
impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// One argument of a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// Shown as given: a name, a reference, a number or date already formatted.
    Text(&'a str),
    /// A whole number, shown as it is, that also chooses the plural form.
    Count(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::Text(s)
    }
}

macro_rules! count_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_arg!(i64, i32, u32, usize, u64);

/// A message of the catalogue: `t!(lang, "report-title")`, or with arguments
/// `t!(lang, "report-gaps", count = gaps.len(), section = &title)`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr) => {
        $crate::i18n::Lang::t($lang, $id)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Lang::t_args(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

type Bundle = FluentBundle<FluentResource>;

/// Each area's messages per language, parsed one by one as they are first asked for.
static BUNDLES: [[OnceLock<Mutex<catalogue::Lazy>>; catalogue::AREAS.len()]; 3] = [
    [const { OnceLock::new() }; catalogue::AREAS.len()],
    [const { OnceLock::new() }; catalogue::AREAS.len()],
    [const { OnceLock::new() }; catalogue::AREAS.len()],
];

fn message(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let area = catalogue::area_of(id)?;
    let lazy =
        BUNDLES[lang as usize][area].get_or_init(|| Mutex::new(catalogue::Lazy::new(lang, area)));
    // A panic while formatting leaves the bundle as it was: still usable.
    let mut lazy = lazy.lock().unwrap_or_else(|e| e.into_inner());
    let mut errors = vec![];
    let text = lazy.format(id, lang, args, &mut errors);
    debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
    text
}

#[cfg(test)]
mod tests;
