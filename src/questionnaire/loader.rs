//! Parsing and validating questionnaire files.
//!
//! The file is parsed into TOML's spanned value tree and then walked by hand, so that every
//! problem in the file is found in one pass and reported with its line and column — a serde
//! derive would stop at the first one. Validation covers the shape (required fields, types,
//! unknown keys) and the meaning (unique ids and refs, known effort and phase, contiguous
//! scale, dependencies that exist and do not form a cycle).

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use crate::i18n::Lang;

use sha2::{Digest, Sha256};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{
    Defaults, Effort, Framework, Labels, Level, Package, Phase, Question, Questionnaire,
    Requirement, Role, Section, SectionKind, nearest,
};

/// The largest `weight` a question may have.
pub const MAX_WEIGHT: f64 = 1000.0;
/// The longest `topic` a question may carry, in characters: it is a label for the tree.
pub const MAX_TOPIC: usize = 40;
/// The longest short descriptor of a level (a scale level's `short`, an entry of a
/// question's `levels`), in characters: six of them sit beside the prompt on one line each.
pub const MAX_LEVEL_TEXT: usize = 48;

/// One problem in a questionnaire file, at a 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    /// In English.
    pub message: String,
    /// In every language.
    said: Said,
}

impl Problem {
    /// The problem in `lang` (without its place in the file).
    pub fn message_in(&self, lang: Lang) -> &str {
        self.said.get(lang)
    }
}

/// A message in every language (by `Lang as usize`), said when the problem is found: the
/// loader's messages quote one another (what a table is, what a value must be).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Said([String; 3]);

impl Said {
    const LANGS: [Lang; 3] = [Lang::En, Lang::De, Lang::Pseudo];

    pub(super) fn new(say: impl Fn(Lang) -> String) -> Said {
        Said(Said::LANGS.map(say))
    }

    pub(super) fn get(&self, lang: Lang) -> &str {
        &self.0[lang as usize]
    }
}

/// Text not (yet) in the catalogue: the same in every language.
impl From<String> for Said {
    fn from(text: String) -> Said {
        Said::new(|_| text.clone())
    }
}

impl From<&str> for Said {
    fn from(text: &str) -> Said {
        Said::from(text.to_string())
    }
}

/// The English text.
impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.get(Lang::En))
    }
}

/// A message of the catalogue in every language, the language bound to the name given:
/// `said!(lang, "cli-load-…", what = what.get(lang))`.
macro_rules! said {
    ($lang:ident, $id:expr) => {
        $crate::questionnaire::loader::Said::new(|$lang| $lang.t($id))
    };
    ($lang:ident, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::questionnaire::loader::Said::new(|$lang| $crate::t!($lang, $id, $($name = $value),+))
    };
}
pub(super) use said;

/// Everything wrong with one questionnaire file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file name as given by the caller (a path, or `<built-in>`).
    pub origin: String,
    pub problems: Vec<Problem>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}:{}:{}: {}", self.origin, p.line, p.column, p.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    /// Every problem in `lang`, one line each, as [`Display`](fmt::Display) writes them in
    /// English.
    pub fn message_in(&self, lang: Lang) -> String {
        self.problems
            .iter()
            .map(|p| {
                format!(
                    "{}:{}:{}: {}",
                    self.origin,
                    p.line,
                    p.column,
                    p.message_in(lang)
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Parses and validates a questionnaire read as raw bytes, as from a file. Text that is not
/// UTF-8 is reported at the line and column of the first byte that is not.
pub fn load_bytes(bytes: &[u8], origin: &str) -> Result<Questionnaire, LoadError> {
    load_str(utf8(bytes, origin)?, origin)
}

/// The bytes of a file as text; a file that is not UTF-8 is reported at the line and column
/// of the first byte that is not.
pub(super) fn utf8<'b>(bytes: &'b [u8], origin: &str) -> Result<&'b str, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(source) => Ok(source),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            // Everything before the bad byte is valid UTF-8.
            let before = std::str::from_utf8(valid).unwrap_or_default();
            let mut cx = Cx::default();
            let byte = format!("0x{:02X}", bytes[e.valid_up_to()]);
            cx.problem(before.len(), said!(lang, "cli-load-not-utf8", byte = &byte));
            Err(cx.into_error(before, origin))
        }
    }
}

/// Parses and validates a questionnaire. `origin` names the source in messages.
pub fn load_str(source: &str, origin: &str) -> Result<Questionnaire, LoadError> {
    let mut cx = Cx::default();
    let (doc, syntax_errors) = DeTable::parse_recoverable(source);
    for e in &syntax_errors {
        let at = e.span().map_or(0, |s| s.start);
        cx.problem(at, syntax_message(source, at, e.message()));
    }
    // A tree recovered from broken syntax yields confusing follow-on errors; stop here.
    let parsed = if syntax_errors.is_empty() {
        read_document(&mut cx, doc.get_ref(), source)
    } else {
        None
    };
    match parsed {
        Some(q) if cx.problems.is_empty() => Ok(q),
        _ => Err(cx.into_error(source, origin)),
    }
}

#[derive(Default)]
pub(super) struct Cx {
    /// Byte offset and message.
    problems: Vec<(usize, Said)>,
}

impl Cx {
    pub(super) fn problem(&mut self, at: usize, message: impl Into<Said>) {
        // Messages quote what the file says; a newline or an escape sequence in a key or a
        // value must not break the one-line format or reach the terminal raw.
        let message = message.into();
        let message = Said::new(|lang| {
            message
                .get(lang)
                .chars()
                .map(|c| {
                    if c.is_control() {
                        c.escape_default().to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect()
        });
        self.problems.push((at, message));
    }

    pub(super) fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    pub(super) fn into_error(mut self, source: &str, origin: &str) -> LoadError {
        self.problems.sort_by_key(|(at, _)| *at);
        let problems = self
            .problems
            .into_iter()
            .map(|(at, said)| {
                let (line, column) = line_col(source, at);
                Problem {
                    line,
                    column,
                    message: said.get(Lang::En).to_string(),
                    said,
                }
            })
            .collect();
        LoadError {
            origin: origin.to_string(),
            problems,
        }
    }
}

pub(super) fn line_col(source: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(source.len());
    // A position inside a multi-byte character counts as that character.
    while !source.is_char_boundary(at) {
        at -= 1;
    }
    let before = &source[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    // A byte-order mark at the start of the file is invisible in editors: not a column.
    let line_text = if line_start == 0 {
        before.strip_prefix('\u{feff}').unwrap_or(before)
    } else {
        &before[line_start..]
    };
    let column = line_text.chars().count() + 1;
    (line, column)
}

/// The TOML parser's message, made to say which key or what went wrong where it is terse.
pub(super) fn syntax_message(source: &str, at: usize, message: &str) -> Said {
    let message = message.trim_end();
    if message == "duplicate key"
        && let Some(key) = key_at(source, at)
    {
        return said!(lang, "cli-load-syntax-duplicate-key", key = key);
    }
    if message.contains("recursion") {
        return said!(lang, "cli-load-syntax-nested");
    }
    // What the TOML parser said, in English.
    said!(lang, "cli-load-syntax", message = message)
}

/// The key written at byte `at`: a bare key, or a quoted one without its quotes.
fn key_at(source: &str, at: usize) -> Option<&str> {
    let rest = source.get(at..)?;
    let key = if let Some(quoted) = rest.strip_prefix('"').or_else(|| rest.strip_prefix('\'')) {
        let close = if rest.starts_with('"') { '"' } else { '\'' };
        &quoted[..quoted.find([close, '\n'])?]
    } else {
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        &rest[..end]
    };
    Some(key).filter(|k| !k.is_empty())
}

/// A table being read: remembers which keys were read so the rest can be reported as unknown.
pub(super) struct Fields<'t, 'i> {
    pub(super) table: &'t DeTable<'i>,
    pub(super) at: usize,
    /// How the table is named in messages, e.g. `question "4.1-q1"`.
    pub(super) what: Said,
    /// Where the table sits in the file, e.g. `section.requirement`; empty at the top. Used to
    /// spell out the `[[…]]` header a nested list of tables needs.
    path: &'static str,
    pub(super) known: Vec<&'static str>,
    /// Keys already reported by the caller, which [`Fields::finish`] leaves alone.
    skipped: Vec<String>,
}

/// Lists of tables by name, with the header that declares them.
const TABLE_HEADERS: &[(&str, &str)] = &[
    ("scale", "scale"),
    ("phase", "phase"),
    ("crosswalk", "crosswalk"),
    ("role", "role"),
    ("package", "package"),
    ("section", "section"),
    ("requirement", "section.requirement"),
    ("question", "section.requirement.question"),
];

type Value<'t, 'i> = &'t Spanned<DeValue<'i>>;

/// A problem was found and already reported; the value is unusable.
#[derive(Debug, Clone, Copy)]
pub(super) struct Reported;

pub(super) type Read<T> = Result<T, Reported>;

impl<'t, 'i> Fields<'t, 'i> {
    pub(super) fn new(table: &'t DeTable<'i>, at: usize, what: impl Into<Said>) -> Self {
        Fields {
            table,
            at,
            what: what.into(),
            path: "",
            known: Vec::new(),
            skipped: Vec::new(),
        }
    }

    fn at_path(mut self, path: &'static str) -> Self {
        self.path = path;
        self
    }

    /// The header that declares the list of tables `key` inside this table.
    fn header(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// Whether the table sets `key` (which counts as read): a field left out takes its
    /// documented default.
    pub(super) fn has(&mut self, key: &'static str) -> bool {
        self.known.push(key);
        self.table.contains_key(key)
    }

    fn get(&mut self, key: &'static str) -> Option<Value<'t, 'i>> {
        self.known.push(key);
        self.table.get(key)
    }

    fn missing(&self, cx: &mut Cx, key: &str) {
        cx.problem(
            self.at,
            said!(
                lang,
                "cli-load-missing",
                what = self.what.get(lang),
                key = key
            ),
        );
    }

    fn wrong_type(&self, cx: &mut Cx, key: &str, expected: impl Into<Said>, v: Value) {
        let expected = expected.into();
        cx.problem(
            v.span().start,
            said!(
                lang,
                "cli-load-wrong-type",
                what = self.what.get(lang),
                key = key,
                expected = expected.get(lang),
                found = v.get_ref().type_str()
            ),
        );
    }

    fn out_of_range(&self, cx: &mut Cx, key: &str, v: Value) {
        cx.problem(
            v.span().start,
            said!(
                lang,
                "cli-load-too-large",
                what = self.what.get(lang),
                key = key,
                found = v.get_ref().as_integer().map_or("?", |i| i.as_str())
            ),
        );
    }

    /// A required, non-blank string.
    pub(super) fn string(&mut self, cx: &mut Cx, key: &'static str) -> Read<Spanned<String>> {
        let Some(v) = self.get(key) else {
            self.missing(cx, key);
            return Err(Reported);
        };
        self.string_value(cx, key, v)
    }

    /// An optional string; blank counts as absent.
    fn opt_string(&mut self, cx: &mut Cx, key: &'static str) -> Read<Option<String>> {
        let Some(v) = self.get(key) else {
            return Ok(None);
        };
        match v.get_ref().as_str() {
            Some(s) => Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty())),
            None => {
                self.wrong_type(cx, key, said!(lang, "cli-load-a-string"), v);
                Err(Reported)
            }
        }
    }

    fn string_value(&self, cx: &mut Cx, key: &str, v: Value) -> Read<Spanned<String>> {
        match v.get_ref().as_str() {
            Some(s) if s.trim().is_empty() => {
                cx.problem(
                    v.span().start,
                    said!(
                        lang,
                        "cli-load-empty",
                        what = self.what.get(lang),
                        key = key
                    ),
                );
                Err(Reported)
            }
            Some(s) => Ok(Spanned::new(v.span(), s.trim().to_string())),
            None => {
                self.wrong_type(cx, key, said!(lang, "cli-load-a-string"), v);
                Err(Reported)
            }
        }
    }

    /// A list of non-blank strings; `required` also demands at least one entry.
    pub(super) fn string_list(
        &mut self,
        cx: &mut Cx,
        key: &'static str,
        required: bool,
    ) -> Read<Vec<Spanned<String>>> {
        let Some(v) = self.get(key) else {
            if required {
                self.missing(cx, key);
                return Err(Reported);
            }
            return Ok(Vec::new());
        };
        let Some(items) = v.get_ref().as_array() else {
            self.wrong_type(cx, key, said!(lang, "cli-load-a-string-list"), v);
            return Err(Reported);
        };
        if required && items.is_empty() {
            cx.problem(
                v.span().start,
                said!(
                    lang,
                    "cli-load-no-entry",
                    what = self.what.get(lang),
                    key = key
                ),
            );
            return Err(Reported);
        }
        // Check every entry before giving up, so each bad one is reported.
        let checked: Vec<_> = items
            .iter()
            .map(|item| match item.get_ref().as_str() {
                Some(s) if s.trim().is_empty() => {
                    cx.problem(
                        item.span().start,
                        said!(
                            lang,
                            "cli-load-empty-entry",
                            what = self.what.get(lang),
                            key = key
                        ),
                    );
                    Err(Reported)
                }
                Some(s) => Ok(Spanned::new(item.span(), s.trim().to_string())),
                None => {
                    cx.problem(
                        item.span().start,
                        said!(
                            lang,
                            "cli-load-entry-not-string",
                            what = self.what.get(lang),
                            key = key,
                            found = item.get_ref().type_str()
                        ),
                    );
                    Err(Reported)
                }
            })
            .collect();
        checked.into_iter().collect()
    }

    fn integer(&mut self, cx: &mut Cx, key: &'static str) -> Read<Spanned<i64>> {
        let Some(v) = self.get(key) else {
            self.missing(cx, key);
            return Err(Reported);
        };
        match v.get_ref().as_integer() {
            Some(i) => match parse_integer(i) {
                Some(n) => Ok(Spanned::new(v.span(), n)),
                None => {
                    self.out_of_range(cx, key, v);
                    Err(Reported)
                }
            },
            None => {
                self.wrong_type(cx, key, said!(lang, "cli-load-a-whole-number"), v);
                Err(Reported)
            }
        }
    }

    /// An optional number, integer or float.
    fn opt_number(&mut self, cx: &mut Cx, key: &'static str) -> Read<Option<Spanned<f64>>> {
        let Some(v) = self.get(key) else {
            return Ok(None);
        };
        let value = v.get_ref();
        let parsed = if let Some(i) = value.as_integer() {
            // Beyond i64, a decimal integer is still a number: let the caller judge its size.
            let big = || (i.radix() == 10).then(|| i.as_str().replace('_', "").parse().ok());
            let Some(n) = parse_integer(i)
                .map(|n| n as f64)
                .or_else(|| big().flatten())
            else {
                self.out_of_range(cx, key, v);
                return Err(Reported);
            };
            Some(n)
        } else {
            value
                .as_float()
                .and_then(|f| f.as_str().replace('_', "").parse::<f64>().ok())
        };
        match parsed {
            Some(n) => Ok(Some(Spanned::new(v.span(), n))),
            None => {
                self.wrong_type(cx, key, said!(lang, "cli-load-a-number"), v);
                Err(Reported)
            }
        }
    }

    fn opt_bool(&mut self, cx: &mut Cx, key: &'static str) -> Read<Option<bool>> {
        let Some(v) = self.get(key) else {
            return Ok(None);
        };
        match v.get_ref().as_bool() {
            Some(b) => Ok(Some(b)),
            None => {
                self.wrong_type(cx, key, said!(lang, "cli-load-true-or-false"), v);
                Err(Reported)
            }
        }
    }

    /// An array of tables (`[[key]]`), each with its position: the tables that are usable,
    /// and `Err` when something about the list was reported (so that what it declares cannot
    /// be trusted to be complete).
    fn tables(
        &mut self,
        cx: &mut Cx,
        key: &'static str,
        required: bool,
    ) -> (Vec<(&'t DeTable<'i>, usize)>, Read<()>) {
        let Some(v) = self.get(key) else {
            if required {
                self.missing(cx, key);
                return (Vec::new(), Err(Reported));
            }
            return (Vec::new(), Ok(()));
        };
        let header = self.header(key);
        let Some(items) = v.get_ref().as_array() else {
            let expected = said!(lang, "cli-load-a-table-list", header = &header);
            self.wrong_type(cx, key, expected, v);
            return (Vec::new(), Err(Reported));
        };
        let mut status = Ok(());
        if required && items.is_empty() {
            cx.problem(
                v.span().start,
                said!(
                    lang,
                    "cli-load-no-table-entry",
                    what = self.what.get(lang),
                    key = key
                ),
            );
            status = Err(Reported);
        }
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref().as_table() {
                Some(t) => out.push((t, item.span().start)),
                None => {
                    cx.problem(
                        item.span().start,
                        said!(
                            lang,
                            "cli-load-entry-not-table",
                            what = self.what.get(lang),
                            key = key,
                            header = &header,
                            found = item.get_ref().type_str()
                        ),
                    );
                    status = Err(Reported);
                }
            }
        }
        (out, status)
    }

    /// An optional table (`[key]`).
    pub(super) fn table(
        &mut self,
        cx: &mut Cx,
        key: &'static str,
    ) -> Read<Option<&'t DeTable<'i>>> {
        let Some(v) = self.get(key) else {
            return Ok(None);
        };
        match v.get_ref().as_table() {
            Some(t) => Ok(Some(t)),
            None => {
                self.wrong_type(cx, key, said!(lang, "cli-load-a-table"), v);
                Err(Reported)
            }
        }
    }

    /// Leaves `key` out of [`Fields::finish`]'s report: the caller reported it already.
    pub(super) fn skip(&mut self, key: &str) {
        self.skipped.push(key.to_string());
    }

    /// Reports every key that was never asked for, with the nearest known key as a hint.
    pub(super) fn finish(self, cx: &mut Cx) {
        for (key, _) in self.table.iter() {
            let name = key.get_ref().as_ref();
            if self.known.contains(&name) || self.skipped.iter().any(|s| s == name) {
                continue;
            }
            // A list of tables that belongs elsewhere, e.g. `[[requirement]]` outside any
            // section: name the header it needs.
            let misplaced = TABLE_HEADERS
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, header)| format!("[[{header}]]"));
            let hint = misplaced
                .or_else(|| nearest(name, self.known.iter().copied()).map(ToString::to_string));
            let what = &self.what;
            cx.problem(
                key.span().start,
                match &hint {
                    Some(hint) => said!(
                        lang,
                        "cli-load-unknown-field-hint",
                        what = what.get(lang),
                        key = name,
                        hint = hint
                    ),
                    None => {
                        said!(
                            lang,
                            "cli-load-unknown-field",
                            what = what.get(lang),
                            key = name
                        )
                    }
                },
            );
        }
    }
}

/// A TOML integer as i64; `None` when it does not fit.
fn parse_integer(i: &toml::de::DeInteger) -> Option<i64> {
    i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok()
}

/// Ids and refs are used on the command line and as keys: keep them to a safe alphabet.
pub(super) fn valid_token(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// A requirement ref may also hold spaces between its parts, as other frameworks write
/// them ("GOVERN 1.1"); values are trimmed, so a space is never first or last.
fn valid_ref(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' '))
}

fn check_token(cx: &mut Cx, what: &Said, key: &str, v: &Spanned<String>) -> Read<()> {
    if valid_token(v.get_ref()) {
        return Ok(());
    }
    cx.problem(
        v.span().start,
        said!(
            lang,
            "cli-load-token",
            what = what.get(lang),
            key = key,
            value = v.get_ref()
        ),
    );
    Err(Reported)
}

fn check_ref(cx: &mut Cx, what: &Said, v: &Spanned<String>) -> Read<()> {
    if valid_ref(v.get_ref()) {
        return Ok(());
    }
    cx.problem(
        v.span().start,
        said!(
            lang,
            "cli-load-ref",
            what = what.get(lang),
            value = v.get_ref()
        ),
    );
    Err(Reported)
}

/// A `depends_on` entry, checked once every requirement is known.
struct DepUse {
    question: String,
    from_ref: String,
    target: Spanned<String>,
}

/// State of one walk over a document: what has been seen so far, for uniqueness and
/// cross-reference checks.
struct Walk<'s> {
    cx: Cx,
    source: &'s str,
    section_ids: HashMap<String, usize>,
    refs: HashMap<String, usize>,
    question_ids: HashMap<String, usize>,
    deps: Vec<DepUse>,
    phases: Read<Vec<Phase>>,
    frameworks: Read<Vec<Framework>>,
    roles: Read<Vec<Role>>,
    packages: Read<Vec<Package>>,
    /// How many levels the scale has, once read.
    scale_len: Option<usize>,
    defaults: Defaults,
}

impl Walk<'_> {
    /// Records `key` as used at `at`; reports a duplicate naming the line of the first use.
    fn unique(
        cx: &mut Cx,
        source: &str,
        seen: &mut HashMap<String, usize>,
        noun: &str,
        key: &Spanned<String>,
    ) -> Read<()> {
        let Some(first) = seen.insert(key.get_ref().clone(), key.span().start) else {
            return Ok(());
        };
        seen.insert(key.get_ref().clone(), first);
        let (line, _) = line_col(source, first);
        let noun_id = format!("cli-load-noun-{}", noun.replace(' ', "-"));
        let line = line.to_string();
        cx.problem(
            key.span().start,
            said!(
                lang,
                "cli-load-duplicate",
                noun = &lang.t(&noun_id),
                id = key.get_ref(),
                line = &line
            ),
        );
        Err(Reported)
    }
}

fn read_document(cx: &mut Cx, doc: &DeTable, source: &str) -> Option<Questionnaire> {
    let mut walk = Walk {
        cx: std::mem::take(cx),
        source,
        section_ids: HashMap::new(),
        refs: HashMap::new(),
        question_ids: HashMap::new(),
        deps: Vec::new(),
        phases: Err(Reported),
        frameworks: Err(Reported),
        roles: Err(Reported),
        packages: Err(Reported),
        scale_len: None,
        defaults: Defaults::default(),
    };
    let result = walk_document(&mut walk, doc);
    *cx = walk.cx;
    result.ok()
}

fn walk_document(w: &mut Walk, doc: &DeTable) -> Read<Questionnaire> {
    let mut top = Fields::new(doc, 0, said!(lang, "cli-load-at-questionnaire"));
    let id = top.string(&mut w.cx, "id");
    if let Ok(id) = &id {
        let _ = check_token(
            &mut w.cx,
            &said!(lang, "cli-load-at-questionnaire"),
            "id",
            id,
        );
    }
    let version = if top.has("version") {
        top.string(&mut w.cx, "version").map(Spanned::into_inner)
    } else {
        w.defaults.add("version");
        Ok(Defaults::VERSION.to_string())
    };
    let title = top.string(&mut w.cx, "title");
    let description = top.opt_string(&mut w.cx, "description");
    let scale = if top.has("scale") {
        read_scale(&mut w.cx, &mut top, w.source)
    } else {
        w.defaults.add("[[scale]]");
        Ok(Defaults::scale())
    };
    w.scale_len = scale.as_ref().ok().map(Vec::len);
    w.phases = if top.has("phase") {
        read_phases(&mut w.cx, &mut top)
    } else {
        w.defaults.add("[[phase]]");
        Ok(Defaults::phases())
    };
    w.frameworks = read_crosswalks(&mut w.cx, &mut top);
    w.roles = read_roles(&mut w.cx, &mut top);
    w.packages = read_packages(&mut w.cx, &mut top);
    let report = read_report(&mut w.cx, &mut top);

    let sections: Vec<Read<Section>> = top
        .tables(&mut w.cx, "section", true)
        .0
        .into_iter()
        .enumerate()
        .map(|(n, (table, at))| read_section(w, table, at, n))
        .collect();
    top.finish(&mut w.cx);
    check_dependencies(&mut w.cx, &w.refs, &w.deps);
    let sections: Vec<Section> = sections.into_iter().collect::<Read<_>>()?;
    let scale = scale?;
    let title = title?.into_inner();
    let labels = finish_report(&mut w.cx, report?, &title, &scale, &sections)?;

    Ok(Questionnaire {
        id: id?.into_inner(),
        version: version?,
        title,
        description: description?.unwrap_or_default(),
        scale,
        phases: w.phases.clone()?,
        crosswalks: w.frameworks.clone()?,
        roles: w.roles.clone()?,
        packages: w.packages.clone()?,
        sections,
        labels,
        hash: content_hash(w.source),
        source: w.source.into(),
        defaults: std::mem::take(&mut w.defaults),
    })
}

/// SHA-256 of a questionnaire's text, lower-case hex: [`Questionnaire::hash`].
pub(crate) fn content_hash(source: &str) -> String {
    let digest = Sha256::digest(source.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn read_scale(cx: &mut Cx, top: &mut Fields, source: &str) -> Read<Vec<Level>> {
    let (tables, _) = top.tables(cx, "scale", true);
    let mut levels: Vec<Read<(Spanned<i64>, Level)>> = Vec::new();
    for (n, (table, at)) in tables.into_iter().enumerate() {
        let number = (n + 1).to_string();
        let mut f = Fields::new(
            table,
            at,
            said!(lang, "cli-load-at-scale-number", number = &number),
        );
        let level = f.integer(cx, "level");
        if let Ok(l) = &level {
            let level = l.get_ref().to_string();
            f.what = said!(lang, "cli-load-at-scale", level = &level);
        }
        let label = f.string(cx, "label");
        let description = f.string(cx, "description");
        let short = f.opt_string(cx, "short").and_then(|t| {
            let at = f.table.get("short").map_or(f.at, |v| v.span().start);
            short_text(cx, &f.what, at, "`short`", t)
        });
        f.finish(cx);
        levels.push((|| {
            let level = level?;
            let value = u8::try_from(*level.get_ref()).unwrap_or(u8::MAX);
            Ok((
                level,
                Level {
                    level: value,
                    label: label?.into_inner(),
                    short: short?.unwrap_or_default(),
                    description: description?.into_inner(),
                },
            ))
        })());
    }
    let levels: Vec<(Spanned<i64>, Level)> = levels.into_iter().collect::<Read<_>>()?;
    // Levels must read 0, 1, 2, … in file order so that "maturity 3" means one thing.
    for (expected, (level, _)) in levels.iter().enumerate() {
        if let Some((first, _)) = levels[..expected]
            .iter()
            .find(|(l, _)| l.get_ref() == level.get_ref())
        {
            let (line, _) = line_col(source, first.span().start);
            let (level_text, line) = (level.get_ref().to_string(), line.to_string());
            cx.problem(
                level.span().start,
                said!(
                    lang,
                    "cli-load-scale-duplicate",
                    level = &level_text,
                    line = &line
                ),
            );
            return Err(Reported);
        }
        if *level.get_ref() != expected as i64 {
            let (expected, found) = (expected.to_string(), level.get_ref().to_string());
            cx.problem(
                level.span().start,
                said!(
                    lang,
                    "cli-load-scale-gap",
                    expected = &expected,
                    found = &found
                ),
            );
            return Err(Reported);
        }
    }
    if levels.len() == 1 {
        cx.problem(top.at, said!(lang, "cli-load-scale-one-level"));
        return Err(Reported);
    }
    if let Some((extra, _)) = levels.get(10) {
        cx.problem(extra.span().start, said!(lang, "cli-load-scale-too-many"));
        return Err(Reported);
    }
    if levels.is_empty() {
        return Err(Reported);
    }
    Ok(levels.into_iter().map(|(_, l)| l).collect())
}

/// Reads `[[key]]` tables that each carry an `id`, a `title` and optionally a description.
fn read_named(
    cx: &mut Cx,
    top: &mut Fields,
    key: &'static str,
    noun: &str,
    required: bool,
    with_description: bool,
) -> Read<Vec<(String, String, String)>> {
    let mut ids: Vec<String> = Vec::new();
    let mut out = Vec::new();
    let (tables, status) = top.tables(cx, key, required);
    for (n, (table, at)) in tables.into_iter().enumerate() {
        let named = format!("cli-load-noun-{noun}");
        let what = table_name(
            table,
            "id",
            n,
            |id| said!(lang, "cli-load-at-named", noun = &lang.t(&named), id = id),
            |number| {
                said!(
                    lang,
                    "cli-load-at-named-number",
                    noun = &lang.t(&named),
                    number = number
                )
            },
        );
        let mut f = Fields::new(table, at, what);
        let id = f.string(cx, "id").and_then(|id| {
            check_token(cx, &f.what, "id", &id)?;
            if ids.contains(id.get_ref()) {
                cx.problem(
                    id.span().start,
                    said!(
                        lang,
                        "cli-load-duplicate-named",
                        noun = &lang.t(&named),
                        id = id.get_ref()
                    ),
                );
                return Err(Reported);
            }
            ids.push(id.get_ref().clone());
            Ok(id)
        });
        let title = f.string(cx, "title");
        let description = if with_description {
            f.opt_string(cx, "description")
        } else {
            Ok(None)
        };
        f.finish(cx);
        out.push((|| {
            Ok((
                id?.into_inner(),
                title?.into_inner(),
                description?.unwrap_or_default(),
            ))
        })());
    }
    // A broken list declares an unknown set of ids: checking uses against it would only
    // add confusing follow-on problems.
    status?;
    out.into_iter().collect()
}

fn read_phases(cx: &mut Cx, top: &mut Fields) -> Read<Vec<Phase>> {
    let phases = read_named(cx, top, "phase", "phase", true, true)?;
    Ok(phases
        .into_iter()
        .map(|(id, title, description)| Phase {
            id,
            title,
            description,
        })
        .collect())
}

fn read_crosswalks(cx: &mut Cx, top: &mut Fields) -> Read<Vec<Framework>> {
    let frameworks = read_named(cx, top, "crosswalk", "crosswalk", false, false)?;
    Ok(frameworks
        .into_iter()
        .map(|(id, title, _)| Framework { id, title })
        .collect())
}

fn read_roles(cx: &mut Cx, top: &mut Fields) -> Read<Vec<Role>> {
    let roles = read_named(cx, top, "role", "role", false, true)?;
    Ok(roles
        .into_iter()
        .map(|(id, title, description)| Role {
            id,
            title,
            description,
        })
        .collect())
}

fn read_packages(cx: &mut Cx, top: &mut Fields) -> Read<Vec<Package>> {
    let packages = read_named(cx, top, "package", "package", false, true)?;
    Ok(packages
        .into_iter()
        .map(|(id, title, description)| Package {
            id,
            title,
            description,
        })
        .collect())
}

/// The optional `[report]` table as written, before defaults and cross-checks.
#[derive(Default)]
struct ReportTable {
    /// Something in the table was reported: the questionnaire does not load.
    failed: bool,
    standard: Option<String>,
    title: Option<String>,
    clauses: Option<String>,
    annex: Option<String>,
    disclaimer: Option<String>,
    copyright: Option<String>,
    stage1_sections: Option<Vec<Spanned<String>>>,
    evaluation_sections: Option<Vec<Spanned<String>>>,
    evidence_from_level: Option<Spanned<i64>>,
}

fn read_report(cx: &mut Cx, top: &mut Fields) -> Read<ReportTable> {
    let Some(table) = top.table(cx, "report")? else {
        return Ok(ReportTable::default());
    };
    let at = top.table.get("report").map_or(0, |v| v.span().start);
    let mut f = Fields::new(table, at, "[report]").at_path("report");
    let standard = f.opt_string(cx, "standard");
    let title = f.opt_string(cx, "title");
    let clauses = f.opt_string(cx, "clauses");
    let annex = f.opt_string(cx, "annex");
    let disclaimer = f.opt_string(cx, "disclaimer");
    let copyright = f.opt_string(cx, "copyright");
    // Read by earlier versions as the reason assumed for an included control; no reason is
    // assumed any more (each control states its own), so the key is accepted and ignored.
    let default_inclusion = f.opt_string(cx, "default_inclusion");
    let stage1_sections = if f.table.contains_key("stage1_sections") {
        f.string_list(cx, "stage1_sections", false).map(Some)
    } else {
        f.known.push("stage1_sections");
        Ok(None)
    };
    let evaluation_sections = if f.table.contains_key("evaluation_sections") {
        f.string_list(cx, "evaluation_sections", false).map(Some)
    } else {
        f.known.push("evaluation_sections");
        Ok(None)
    };
    let evidence_from_level = if f.table.contains_key("evidence_from_level") {
        f.integer(cx, "evidence_from_level").map(Some)
    } else {
        f.known.push("evidence_from_level");
        Ok(None)
    };
    f.finish(cx);
    // A bad key is reported; the others are still checked, in the same pass.
    let failed = standard.is_err()
        || title.is_err()
        || clauses.is_err()
        || annex.is_err()
        || disclaimer.is_err()
        || copyright.is_err()
        || default_inclusion.is_err()
        || stage1_sections.is_err()
        || evaluation_sections.is_err()
        || evidence_from_level.is_err();
    Ok(ReportTable {
        failed,
        standard: standard.ok().flatten(),
        title: title.ok().flatten(),
        clauses: clauses.ok().flatten(),
        annex: annex.ok().flatten(),
        disclaimer: disclaimer.ok().flatten(),
        copyright: copyright.ok().flatten(),
        stage1_sections: stage1_sections.ok().flatten(),
        evaluation_sections: evaluation_sections.ok().flatten(),
        evidence_from_level: evidence_from_level.ok().flatten(),
    })
}

/// Fills in the defaults and checks what needs the scale and the sections.
fn finish_report(
    cx: &mut Cx,
    r: ReportTable,
    title: &str,
    scale: &[Level],
    sections: &[Section],
) -> Read<Labels> {
    let max = scale.last().map_or(0, |l| l.level);
    let mut ok = if r.failed { Err(Reported) } else { Ok(()) };
    let evidence_from_level = match r.evidence_from_level {
        None => Labels::default_evidence_level(max),
        Some(l) if (1..=i64::from(max)).contains(l.get_ref()) => *l.get_ref() as u8,
        Some(l) => {
            let (max, found) = (max.to_string(), l.get_ref().to_string());
            cx.problem(
                l.span().start,
                said!(lang, "cli-load-evidence-level", max = &max, found = &found),
            );
            ok = Err(Reported);
            0
        }
    };
    let stage1_sections =
        clause_sections(cx, "stage1_sections", r.stage1_sections, sections, &mut ok);
    let evaluation_sections = clause_sections(
        cx,
        "evaluation_sections",
        r.evaluation_sections,
        sections,
        &mut ok,
    );
    ok?;
    let standard = r.standard.unwrap_or_else(|| title.to_string());
    Ok(Labels {
        title: r.title.unwrap_or_else(|| Labels::DEFAULT_TITLE.to_string()),
        clauses: r
            .clauses
            .unwrap_or_else(|| Labels::DEFAULT_CLAUSES.to_string()),
        annex: r.annex.unwrap_or_else(|| Labels::DEFAULT_ANNEX.to_string()),
        disclaimer: r
            .disclaimer
            .unwrap_or_else(|| Labels::default_disclaimer(&standard)),
        copyright: r.copyright.unwrap_or_default(),
        stage1_sections,
        evaluation_sections,
        evidence_from_level,
        standard,
    })
}

/// A `[report]` list of clause section ids, each checked against the file's sections.
fn clause_sections(
    cx: &mut Cx,
    key: &str,
    list: Option<Vec<Spanned<String>>>,
    sections: &[Section],
    ok: &mut Read<()>,
) -> Vec<String> {
    let mut out = Vec::new();
    for id in list.unwrap_or_default() {
        match sections.iter().find(|s| &s.id == id.get_ref()) {
            Some(s) if s.kind == SectionKind::Clause => out.push(id.into_inner()),
            found => {
                let hint = found
                    .is_none()
                    .then(|| {
                        nearest(
                            id.get_ref(),
                            sections
                                .iter()
                                .filter(|s| s.kind == SectionKind::Clause)
                                .map(|s| s.id.as_str()),
                        )
                    })
                    .flatten();
                let entry = id.get_ref();
                let said = match (found, hint) {
                    (Some(_), _) => said!(lang, "cli-load-report-annex", key = key, entry = entry),
                    (None, Some(hint)) => said!(
                        lang,
                        "cli-load-report-no-section-hint",
                        key = key,
                        entry = entry,
                        hint = hint
                    ),
                    (None, None) => {
                        said!(lang, "cli-load-report-no-section", key = key, entry = entry)
                    }
                };
                cx.problem(id.span().start, said);
                *ok = Err(Reported);
            }
        }
    }
    out
}

/// How the problems of the `n`th table of a list (from 0) name it: by its id (or ref,
/// `key`) when it has a usable one, else by its number. A missing, blank or mistyped id is
/// reported by [`Fields::string`], under the number. Found before the table is read, so
/// that every table is named once, not by number and then by id, each in three languages.
fn table_name(
    table: &DeTable,
    key: &str,
    n: usize,
    by_id: impl Fn(&str) -> Said,
    by_number: impl Fn(&str) -> Said,
) -> Said {
    let id = table
        .get(key)
        .and_then(|v| v.get_ref().as_str())
        .map(str::trim)
        .filter(|id| !id.is_empty());
    match id {
        Some(id) => by_id(id),
        None => by_number(&(n + 1).to_string()),
    }
}

fn read_section(w: &mut Walk, table: &DeTable, at: usize, n: usize) -> Read<Section> {
    let what = table_name(
        table,
        "id",
        n,
        |id| said!(lang, "cli-load-at-section", id = id),
        |number| said!(lang, "cli-load-at-section-number", number = number),
    );
    let mut f = Fields::new(table, at, what).at_path("section");
    let id = f.string(&mut w.cx, "id").and_then(|id| {
        check_token(&mut w.cx, &f.what, "id", &id)?;
        Walk::unique(&mut w.cx, w.source, &mut w.section_ids, "section id", &id)?;
        Ok(id)
    });
    let title = f.string(&mut w.cx, "title");
    let description = f.opt_string(&mut w.cx, "description");
    let kind = if !f.has("kind") {
        w.defaults.add("kind");
        Ok(Spanned::new(0..0, "clause".to_string()))
    } else {
        f.string(&mut w.cx, "kind")
    };
    let kind = kind.and_then(|k| match k.get_ref().as_str() {
        "clause" => Ok(SectionKind::Clause),
        "annex" => Ok(SectionKind::Annex),
        other => {
            let what = &f.what;
            w.cx.problem(
                k.span().start,
                said!(
                    lang,
                    "cli-load-unknown-kind",
                    what = what.get(lang),
                    kind = other
                ),
            );
            Err(Reported)
        }
    });
    let requirements: Vec<Read<Requirement>> = f
        .tables(&mut w.cx, "requirement", true)
        .0
        .into_iter()
        .enumerate()
        .map(|(rn, (rtable, rat))| read_requirement(w, rtable, rat, (rn, &f.what)))
        .collect();
    f.finish(&mut w.cx);
    Ok(Section {
        id: id?.into_inner(),
        title: title?.into_inner(),
        kind: kind?,
        description: description?.unwrap_or_default(),
        requirements: requirements.into_iter().collect::<Read<_>>()?,
    })
}

/// The `n`th requirement (from 0) of the section named `of`.
fn read_requirement(
    w: &mut Walk,
    table: &DeTable,
    at: usize,
    (n, of): (usize, &Said),
) -> Read<Requirement> {
    let what = table_name(
        table,
        "ref",
        n,
        |r| said!(lang, "cli-load-at-requirement", reference = r),
        |number| {
            said!(
                lang,
                "cli-load-at-requirement-number",
                number = number,
                of = of.get(lang)
            )
        },
    );
    let mut f = Fields::new(table, at, what).at_path("section.requirement");
    let reference = f.string(&mut w.cx, "ref").and_then(|r| {
        check_ref(&mut w.cx, &f.what, &r)?;
        Walk::unique(&mut w.cx, w.source, &mut w.refs, "requirement ref", &r)?;
        Ok(r)
    });
    let from_ref = reference
        .as_ref()
        .map(|r| r.get_ref().clone())
        .unwrap_or_default();
    let title = f.string(&mut w.cx, "title");
    // Optional (files written before it existed stay valid); one line when given.
    let intent = f
        .opt_string(&mut w.cx, "intent")
        .and_then(|intent| match intent {
            Some(text) if text.contains(['\n', '\r']) => {
                let at = f.table.get("intent").map_or(f.at, |v| v.span().start);
                let what = &f.what;
                w.cx.problem(
                    at,
                    said!(
                        lang,
                        "cli-load-one-line",
                        what = what.get(lang),
                        key = "intent"
                    ),
                );
                Err(Reported)
            }
            other => Ok(other),
        });
    let roles = f.string_list(&mut w.cx, "roles", false).and_then(|list| {
        let known = w.roles.as_ref().map_err(|_| Reported)?;
        let mut ok = Ok(());
        for role in &list {
            if !known.iter().any(|r| &r.id == role.get_ref()) {
                let names: Vec<&str> = known.iter().map(|r| r.id.as_str()).collect();
                w.cx.problem(
                    role.span().start,
                    unknown_declared(&f.what, "role", role.get_ref(), &names),
                );
                ok = Err(Reported);
            }
        }
        ok.map(|()| list.into_iter().map(Spanned::into_inner).collect())
    });
    let package = f.opt_string(&mut w.cx, "package").and_then(|package| {
        let Some(id) = package else {
            return Ok(String::new());
        };
        let known = w.packages.as_ref().map_err(|_| Reported)?;
        if known.iter().any(|p| p.id == id) {
            return Ok(id);
        }
        let names: Vec<&str> = known.iter().map(|p| p.id.as_str()).collect();
        let at = f.table.get("package").map_or(f.at, |v| v.span().start);
        w.cx.problem(at, unknown_declared(&f.what, "package", &id, &names));
        Err(Reported)
    });
    let questions: Vec<Read<Question>> = f
        .tables(&mut w.cx, "question", true)
        .0
        .into_iter()
        .enumerate()
        .map(|(n, (qtable, qat))| {
            let req_title = title.as_ref().map_or("", |t| t.get_ref().as_str());
            read_question(w, qtable, qat, (n, &f.what), (&from_ref, req_title))
        })
        .collect();
    f.finish(&mut w.cx);
    Ok(Requirement {
        reference: reference?.into_inner(),
        title: title?.into_inner(),
        intent: intent?.unwrap_or_default(),
        roles: roles?,
        package: package?,
        questions: questions.into_iter().collect::<Read<_>>()?,
    })
}

/// A question's topic: one line of at most [`MAX_TOPIC`] characters, for the tree shows it
/// beside the ref in a narrow column. Checked the same in a questionnaire and an overlay.
pub(super) fn topic_text(cx: &mut Cx, what: &Said, at: usize, text: String) -> Read<String> {
    let said = if text.contains(['\n', '\r']) {
        said!(
            lang,
            "cli-load-one-line",
            what = what.get(lang),
            key = "topic"
        )
    } else if text.chars().count() > MAX_TOPIC {
        let (length, max) = (text.chars().count().to_string(), MAX_TOPIC.to_string());
        said!(
            lang,
            "cli-load-topic-long",
            what = what.get(lang),
            length = &length,
            max = &max
        )
    } else {
        return Ok(text);
    };
    cx.problem(at, said);
    Err(Reported)
}

/// A level's short descriptor: one line of at most [`MAX_LEVEL_TEXT`] characters.
pub(super) fn short_text(
    cx: &mut Cx,
    what: &Said,
    at: usize,
    key: &str,
    text: Option<String>,
) -> Read<Option<String>> {
    let Some(text) = text else { return Ok(None) };
    // The key as a message names it: `short`, or an entry of `levels`. Said only for a
    // problem: every level of every question passes here.
    let key = || match key {
        "`short`" => said!(lang, "cli-load-key-short"),
        "a `levels` entry" => said!(lang, "cli-load-key-levels-entry"),
        other => Said::from(other),
    };
    let said = if text.contains(['\n', '\r']) {
        let key = key();
        said!(
            lang,
            "cli-load-short-one-line",
            what = what.get(lang),
            key = key.get(lang)
        )
    } else if text.chars().count() > MAX_LEVEL_TEXT {
        let (length, max) = (text.chars().count().to_string(), MAX_LEVEL_TEXT.to_string());
        let key = key();
        said!(
            lang,
            "cli-load-short-long",
            what = what.get(lang),
            key = key.get(lang),
            length = &length,
            max = &max
        )
    } else {
        return Ok(Some(text));
    };
    cx.problem(at, said);
    Err(Reported)
}

/// "unknown role "x" (declared: a, b)", or that the file declares none: `noun` is a role, a
/// package (`cli-load-noun-…`), declared in `[[noun]]` tables.
fn unknown_declared(what: &Said, noun: &str, given: &str, names: &[&str]) -> Said {
    let noun_id = format!("cli-load-noun-{noun}");
    if names.is_empty() {
        said!(
            lang,
            "cli-load-unknown-none-declared",
            what = what.get(lang),
            noun = &lang.t(&noun_id),
            given = given,
            table = noun
        )
    } else {
        said!(
            lang,
            "cli-load-unknown-declared",
            what = what.get(lang),
            noun = &lang.t(&noun_id),
            given = given,
            declared = &names.join(", ")
        )
    }
}

/// The `n`th question (from 0) of the requirement named `of`.
fn read_question(
    w: &mut Walk,
    table: &DeTable,
    at: usize,
    (n, of): (usize, &Said),
    (from_ref, req_title): (&str, &str),
) -> Read<Question> {
    let source = w.source;
    let cx = &mut w.cx;
    let what = table_name(
        table,
        "id",
        n,
        |id| said!(lang, "cli-load-at-question", id = id),
        |number| {
            said!(
                lang,
                "cli-load-at-question-number",
                number = number,
                of = of.get(lang)
            )
        },
    );
    let mut f = Fields::new(table, at, what);
    let id = f.string(cx, "id").and_then(|id| {
        check_token(cx, &f.what, "id", &id)?;
        Walk::unique(cx, w.source, &mut w.question_ids, "question id", &id)?;
        Ok(id)
    });
    let prompt = f.string(cx, "prompt");
    // Guidance, evidence, recommendation, effort and phase may be left out (a minimal
    // questionnaire): each takes its documented default, counted in `w.defaults`.
    let defaults = &mut w.defaults;
    let guidance = if f.has("guidance") {
        f.string(cx, "guidance").map(Spanned::into_inner)
    } else {
        defaults.add("guidance");
        Ok(String::new())
    };
    let evidence = if f.has("evidence") {
        f.string_list(cx, "evidence", true)
    } else {
        defaults.add("evidence");
        Ok(Vec::new())
    };
    let recommendation = if f.has("recommendation") {
        f.string(cx, "recommendation").map(|r| Some(r.into_inner()))
    } else {
        defaults.add("recommendation");
        Ok(None)
    };
    // Optional (older files stay valid); a short label on one line, since the tree shows it
    // beside the ref in a narrow column.
    let topic = f.opt_string(cx, "topic").and_then(|topic| {
        let Some(text) = topic else { return Ok(None) };
        let at = f.table.get("topic").map_or(f.at, |v| v.span().start);
        topic_text(cx, &f.what, at, text).map(Some)
    });
    // Optional: one short line per level of the scale, 0 first.
    let levels = f.string_list(cx, "levels", false).and_then(|list| {
        let at = f.table.get("levels").map_or(f.at, |v| v.span().start);
        if let Some(n) = w.scale_len
            && !list.is_empty()
            && list.len() != n
        {
            let (what, count, levels) = (&f.what, list.len().to_string(), n.to_string());
            cx.problem(
                at,
                said!(
                    lang,
                    "cli-load-levels-count",
                    what = what.get(lang),
                    count = &count,
                    levels = &levels
                ),
            );
            return Err(Reported);
        }
        // Every entry checked, so that each bad one is reported.
        let checked: Vec<Read<String>> = list
            .into_iter()
            .map(|t| {
                let at = t.span().start;
                short_text(cx, &f.what, at, "a `levels` entry", Some(t.into_inner()))
                    .map(Option::unwrap_or_default)
            })
            .collect();
        checked.into_iter().collect::<Read<Vec<String>>>()
    });

    let weight = f.opt_number(cx, "weight").and_then(|w| {
        let Some(w) = w else { return Ok(1.0) };
        let value = *w.get_ref();
        // As written: `1e400` reads as infinity, which would be a confusing thing to quote.
        let written = source.get(w.span()).unwrap_or("?");
        // An upper bound keeps weighted sums finite: with weights near f64::MAX the sum
        // overflows and every score comes out as 0 or NaN.
        let id = if value.is_nan() {
            "cli-load-weight-nan"
        } else if value <= 0.0 {
            "cli-load-weight-not-positive"
        } else if value > MAX_WEIGHT {
            "cli-load-weight-too-large"
        } else {
            return Ok(value);
        };
        let (what, max) = (&f.what, MAX_WEIGHT.to_string());
        cx.problem(
            w.span().start,
            said!(lang, id, what = what.get(lang), found = written, max = &max),
        );
        Err(Reported)
    });

    let effort = if !f.has("effort") {
        defaults.add("effort");
        Ok(Defaults::EFFORT)
    } else {
        f.string(cx, "effort").and_then(|e| {
            Effort::parse(e.get_ref()).ok_or_else(|| {
                let what = &f.what;
                cx.problem(
                    e.span().start,
                    said!(
                        lang,
                        "cli-load-unknown-effort",
                        what = what.get(lang),
                        given = e.get_ref()
                    ),
                );
                Reported
            })
        })
    };

    let phase = if !f.has("phase") {
        defaults.add("phase");
        // The first phase: with the default single phase, the only one.
        w.phases
            .as_ref()
            .map_err(|_| Reported)
            .and_then(|p| p.first().map(|p| p.id.clone()).ok_or(Reported))
    } else {
        f.string(cx, "phase").and_then(|p| {
            let phases = w.phases.as_ref().map_err(|_| Reported)?;
            if phases.iter().any(|ph| &ph.id == p.get_ref()) {
                return Ok(p.into_inner());
            }
            let names: Vec<&str> = phases.iter().map(|ph| ph.id.as_str()).collect();
            let what = &f.what;
            cx.problem(
                p.span().start,
                said!(
                    lang,
                    "cli-load-unknown-phase",
                    what = what.get(lang),
                    given = p.get_ref(),
                    phases = &names.join(", ")
                ),
            );
            Err(Reported)
        })
    };

    let documented = f.opt_bool(cx, "documented");

    let depends_on = f.string_list(cx, "depends_on", false);
    if let Ok(list) = &depends_on {
        // Checked even when the id itself is wrong, so that those problems are found too.
        let question = table
            .get("id")
            .and_then(|v| v.get_ref().as_str())
            .unwrap_or("?")
            .to_string();
        w.deps.extend(list.iter().map(|target| DepUse {
            question: question.clone(),
            from_ref: from_ref.to_string(),
            target: target.clone(),
        }));
    }

    let crosswalk = f
        .table(cx, "crosswalk")
        .and_then(|t| read_question_crosswalk(cx, &f.what, t, &w.frameworks));
    // Optional: questions of one requirement with the same key share one roadmap action.
    let action = if f.has("action") {
        f.string(cx, "action").and_then(|a| {
            check_token(cx, &f.what, "action", &a)?;
            Ok(a.into_inner())
        })
    } else {
        Ok(String::new())
    };
    f.finish(cx);

    Ok(Question {
        id: id?.into_inner(),
        prompt: prompt?.into_inner(),
        guidance: guidance?,
        evidence: evidence?.into_iter().map(Spanned::into_inner).collect(),
        recommendation: recommendation?.unwrap_or_else(|| {
            let title = topic.as_ref().ok().and_then(|t| t.as_deref());
            Defaults::recommendation(title.unwrap_or(req_title), from_ref)
        }),
        topic: topic?.unwrap_or_default(),
        levels: levels?,
        weight: weight?,
        effort: effort?,
        phase: phase?,
        documented: documented?.unwrap_or(false),
        depends_on: depends_on?.into_iter().map(Spanned::into_inner).collect(),
        crosswalk: crosswalk?,
        action: action?,
    })
}

fn read_question_crosswalk(
    cx: &mut Cx,
    question: &Said,
    table: Option<&DeTable>,
    frameworks: &Read<Vec<Framework>>,
) -> Read<BTreeMap<String, Vec<String>>> {
    let mut out = BTreeMap::new();
    let Some(table) = table else {
        return Ok(out);
    };
    let frameworks = frameworks.as_ref().map_err(|_| Reported)?;
    // Said only for a problem: most questions have a crosswalk, and most are right.
    let what = || said!(lang, "cli-load-at-crosswalk", question = question.get(lang));
    let mut result = Ok(());
    for (key, value) in table.iter() {
        let name = key.get_ref().as_ref();
        if !frameworks.iter().any(|fw| fw.id == name) {
            let names: Vec<&str> = frameworks.iter().map(|fw| fw.id.as_str()).collect();
            let what = what();
            let said = if names.is_empty() {
                said!(
                    lang,
                    "cli-load-unknown-framework-none",
                    what = what.get(lang),
                    name = name
                )
            } else {
                said!(
                    lang,
                    "cli-load-unknown-framework",
                    what = what.get(lang),
                    name = name,
                    declared = &names.join(", ")
                )
            };
            cx.problem(key.span().start, said);
            result = Err(Reported);
            continue;
        }
        let Some(items) = value.get_ref().as_array() else {
            let what = what();
            cx.problem(
                value.span().start,
                said!(
                    lang,
                    "cli-load-crosswalk-not-list",
                    what = what.get(lang),
                    name = name,
                    found = value.get_ref().type_str()
                ),
            );
            result = Err(Reported);
            continue;
        };
        let mut refs = Vec::new();
        for item in items.iter() {
            match item.get_ref().as_str() {
                Some(s) if !s.trim().is_empty() => refs.push(s.trim().to_string()),
                _ => {
                    let what = what();
                    cx.problem(
                        item.span().start,
                        said!(
                            lang,
                            "cli-load-crosswalk-empty-entry",
                            what = what.get(lang),
                            name = name
                        ),
                    );
                    result = Err(Reported);
                }
            }
        }
        out.insert(name.to_string(), refs);
    }
    result.map(|()| out)
}

/// Dependencies must name existing requirements and must not form a cycle.
fn check_dependencies(cx: &mut Cx, refs: &HashMap<String, usize>, deps: &[DepUse]) {
    let mut edges: BTreeMap<&str, Vec<&DepUse>> = BTreeMap::new();
    for d in deps {
        let target = d.target.get_ref();
        if !refs.contains_key(target) {
            let hint = nearest(target, refs.keys().map(String::as_str));
            let said = match hint {
                Some(hint) => said!(
                    lang,
                    "cli-load-depends-unknown-hint",
                    question = &d.question,
                    target = target,
                    hint = hint
                ),
                None => said!(
                    lang,
                    "cli-load-depends-unknown",
                    question = &d.question,
                    target = target
                ),
            };
            cx.problem(d.target.span().start, said);
            continue;
        }
        if d.from_ref.is_empty() {
            continue;
        }
        edges.entry(d.from_ref.as_str()).or_default().push(d);
    }

    // Depth-first search over requirement refs; each cycle is reported once, at the edge
    // that closes it.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Active,
        Done,
    }
    fn visit<'a>(
        node: &'a str,
        edges: &BTreeMap<&'a str, Vec<&'a DepUse>>,
        marks: &mut HashMap<&'a str, Mark>,
        path: &mut Vec<&'a str>,
        cx: &mut Cx,
    ) {
        marks.insert(node, Mark::Active);
        path.push(node);
        for d in edges.get(node).into_iter().flatten() {
            let next = d.target.get_ref().as_str();
            match marks.get(next) {
                Some(Mark::Active) => {
                    let start = path.iter().position(|n| *n == next).unwrap_or(0);
                    let mut cycle: Vec<&str> = path[start..].to_vec();
                    cycle.push(next);
                    cx.problem(
                        d.target.span().start,
                        said!(
                            lang,
                            "cli-load-dependency-cycle",
                            question = &d.question,
                            cycle = &cycle.join(" → ")
                        ),
                    );
                }
                Some(Mark::Done) => {}
                None => visit(next, edges, marks, path, cx),
            }
        }
        path.pop();
        marks.insert(node, Mark::Done);
    }
    let mut marks = HashMap::new();
    let nodes: Vec<&str> = edges.keys().copied().collect();
    for node in nodes {
        if !marks.contains_key(node) {
            visit(node, &edges, &mut marks, &mut Vec::new(), cx);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let src = "a = 1\né = \"x\"\n";
        assert_eq!(line_col(src, 0), (1, 1));
        let at = src.find('=').unwrap();
        assert_eq!(line_col(src, at), (1, 3));
        let second = src.rfind('=').unwrap();
        assert_eq!(line_col(src, second), (2, 3));
    }

    #[test]
    fn tokens_reject_spaces_and_slashes() {
        assert!(valid_token("A.6.2.4"));
        assert!(valid_token("q-4_1"));
        assert!(!valid_token("4 1"));
        assert!(!valid_token("a/b"));
        assert!(!valid_token(""));
    }

    #[test]
    fn refs_may_hold_spaces_but_no_other_separator() {
        assert!(valid_ref("GOVERN 1.1"));
        assert!(valid_ref("A.6.2.4"));
        assert!(!valid_ref("GOVERN\t1.1"));
        assert!(!valid_ref("a/b"));
        assert!(!valid_ref(""));
    }
}
