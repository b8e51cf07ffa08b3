//! The catalogue's files, built into the binary: per area, the English file and its
//! translations. `common.ftl` holds terms (`-aims`, `-soa`) every area may use; it is added to
//! each area's bundle.

use fluent_bundle::{FluentArgs, FluentError, FluentResource};
use unic_langid::LanguageIdentifier;

use super::index::Entry;
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

/// The folder of `locales/` holding `lang`'s files (the pseudo-locale transforms English).
fn folder(lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Pseudo => "en",
        Lang::De => "de",
    }
}

fn text(area: &Area, lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Pseudo => area.en,
        Lang::De => area.de,
    }
}

/// A new bundle for `lang` holding the common terms only.
fn empty_bundle(lang: Lang) -> Bundle {
    let id =
        LanguageIdentifier::from_bytes(folder(lang).as_bytes()).expect("a valid language code");
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
    source: &'static str,
    /// Where each message of `source` is, sorted by id: found at build time (reading the
    /// lines of the screens' file at each start was a twentieth of the start-up).
    index: &'static [Entry],
    bundle: Bundle,
}

impl Lazy {
    pub fn new(lang: Lang, area: usize) -> Lazy {
        let source = text(&AREAS[area], lang);
        Lazy {
            source,
            index: built_index(lang, AREAS[area].name),
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
        let Some(entry) = find(self.source, self.index, id) else {
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

/// The text of message `id` in `source`, by its entry in `index` (sorted by id).
fn find(source: &'static str, index: &[Entry], id: &str) -> Option<&'static str> {
    let at = index
        .binary_search_by(|e| source[e.start as usize..e.id_end as usize].cmp(id))
        .ok()?;
    let e = index[at];
    Some(&source[e.start as usize..e.end as usize])
}

const fn e(start: u32, id_end: u32, end: u32) -> Entry {
    Entry { start, id_end, end }
}

// `INDEXES: &[(language, area, &[Entry])]`, one for each file in `locales/`, by build.rs.
include!(concat!(env!("OUT_DIR"), "/catalogue_index.rs"));

/// The index build.rs made of `locales/<lang>/<area>.ftl`.
pub fn built_index(lang: Lang, area: &str) -> &'static [Entry] {
    INDEXES
        .iter()
        .find(|(l, a, _)| *l == folder(lang) && *a == area)
        .map_or(&[], |(_, _, index)| index)
}

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
