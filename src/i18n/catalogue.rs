//! The catalogue's files, built into the binary: per area, the English file and its
//! translations. `common.ftl` holds terms (`-aims`, `-soa`) every area may use; it is added to
//! each area's bundle.

use fluent_bundle::{FluentArgs, FluentError, FluentResource};
use unic_langid::LanguageIdentifier;

use super::{Bundle, Lang, pseudo};

/// One area of the catalogue: the prefix of its message ids and its text per language.
pub struct Area {
    pub name: &'static str,
    pub en: &'static str,
    pub de: &'static str,
}

macro_rules! area {
    ($name:literal) => {
        Area {
            name: $name,
            en: include_str!(concat!("../../locales/en/", $name, ".ftl")),
            de: include_str!(concat!("../../locales/de/", $name, ".ftl")),
        }
    };
}

/// Every area, by the prefix of its ids: `report-title` is in `report.ftl`.
pub const AREAS: [Area; 10] = [
    area!("cli"),
    area!("csv"),
    area!("docx"),
    area!("html"),
    area!("markdown"),
    area!("method"),
    area!("report"),
    area!("store"),
    area!("tui"),
    area!("xlsx"),
];

/// Terms shared by every area.
const COMMON: Area = area!("common");

/// The area holding `id`: the one whose name is the id's first word.
pub fn area_of(id: &str) -> Option<usize> {
    let end = id.bytes().position(|b| b == b'-')?;
    let prefix = &id[..end];
    AREAS.iter().position(|a| a.name == prefix)
}

fn text(area: &Area, lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Pseudo => area.en,
        Lang::De => area.de,
    }
}

/// A new bundle for `lang` holding the common terms only.
fn empty_bundle(lang: Lang) -> Bundle {
    let code = match lang {
        Lang::En | Lang::Pseudo => "en",
        Lang::De => "de",
    };
    let id = LanguageIdentifier::from_bytes(code.as_bytes()).expect("a valid language code");
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Bidirectional isolation marks around arguments would land in files and terminals as
    // invisible characters; every text here is left to right.
    bundle.set_use_isolating(false);
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    add(&mut bundle, text(&COMMON, lang), "common", lang);
    bundle
}

fn add(bundle: &mut Bundle, source: &str, what: &str, lang: Lang) {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, errors)) => {
            debug_assert!(false, "{what} ({}): {errors:?}", lang.code());
            r
        }
    };
    // Two definitions of one id are a catalogue error the tests report; the first wins.
    let _ = bundle.add_resource(resource);
}

/// The bundle of `area` in `lang` with every message parsed: the common terms and the area's
/// messages. The files are checked by tests, so a syntax error here is a build that never
/// passed them; what parses is still used.
#[cfg(test)]
pub fn bundle(lang: Lang, area: usize) -> Bundle {
    let mut bundle = empty_bundle(lang);
    add(
        &mut bundle,
        text(&AREAS[area], lang),
        AREAS[area].name,
        lang,
    );
    bundle
}

/// One area in one language, its messages parsed one by one as they are first asked for: a
/// run pays for the messages it shows, not for the whole file (the screens' file is large,
/// and parsing it all was a fifth of what the start-up executed before the first frame).
pub struct Lazy {
    /// Each message's text in the file, by id: its line and the indented lines under it.
    index: Index,
    bundle: Bundle,
}

impl Lazy {
    pub fn new(lang: Lang, area: usize) -> Lazy {
        Lazy {
            index: index(text(&AREAS[area], lang)),
            bundle: empty_bundle(lang),
        }
    }

    /// Message `id` formatted with `args`, parsed first (with the messages it refers to) if
    /// this is the first time it is asked for; `None` if the file has no such message.
    pub fn format(
        &mut self,
        id: &str,
        lang: Lang,
        args: Option<&FluentArgs>,
        errors: &mut Vec<FluentError>,
    ) -> Option<String> {
        if let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) {
            return Some(
                self.bundle
                    .format_pattern(pattern, args, errors)
                    .into_owned(),
            );
        }
        self.parse(id, lang);
        let pattern = self.bundle.get_message(id)?.value()?;
        Some(
            self.bundle
                .format_pattern(pattern, args, errors)
                .into_owned(),
        )
    }

    /// The bundle, with message `id` (and the messages it refers to) parsed into it if it is
    /// in the file.
    #[cfg(test)]
    pub fn with(&mut self, id: &str, lang: Lang) -> &Bundle {
        if !self.bundle.has_message(id) {
            self.parse(id, lang);
        }
        &self.bundle
    }

    fn parse(&mut self, id: &str, lang: Lang) {
        let Some(&entry) = self.index.get(id) else {
            return;
        };
        add(&mut self.bundle, entry, id, lang);
        for referred in references(entry) {
            if !self.bundle.has_message(referred) {
                self.parse(referred, lang);
            }
        }
    }
}

/// Each message of a file by its id: from the line that starts with the id to the next line
/// that starts a message, a term or a comment; the lines of a message between are indented or
/// start with `}`, `[` or `*`.
pub fn index(source: &'static str) -> Index {
    let bytes = source.as_bytes();
    let mut index = Index::with_capacity_and_hasher(source.len() / 40, Default::default());
    let mut current: Option<(&'static str, usize)> = None;
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|at| at + 1));
    for start in starts {
        // A closing brace or a variant may also start a line of a message.
        let first = bytes.get(start).copied().unwrap_or(b' ');
        if !(first.is_ascii_alphabetic() || first == b'-' || first == b'#') {
            continue;
        }
        if let Some((id, from)) = current.take() {
            index.insert(id, &source[from..start]);
        }
        if first.is_ascii_alphabetic() {
            let end = bytes[start..]
                .iter()
                .position(|b| matches!(b, b' ' | b'=' | b'\n'))
                .map_or(source.len(), |n| start + n);
            current = Some((&source[start..end], start));
        }
    }
    if let Some((id, from)) = current {
        index.insert(id, &source[from..]);
    }
    index
}

/// Messages' texts by id.
type Index = rustc_hash::FxHashMap<&'static str, &'static str>;

/// The messages a message's text refers to: `{ other-message }`.
fn references(entry: &str) -> impl Iterator<Item = &str> {
    entry.split('{').skip(1).filter_map(|after| {
        let after = after.trim_start();
        let end = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(after.len());
        let (name, rest) = after.split_at(end);
        let first = name.chars().next()?;
        (first.is_ascii_alphabetic() && rest.trim_start().starts_with(['}', '.'])).then_some(name)
    })
}
