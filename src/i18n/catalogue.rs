//! The catalogue's files, built into the binary: per area, the English file and its
//! translations. `common.ftl` holds terms (`-aims`, `-soa`) every area may use; it is added to
//! each area's bundle.

use fluent_bundle::FluentResource;
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
pub const AREAS: [Area; 9] = [
    area!("cli"),
    area!("csv"),
    area!("docx"),
    area!("html"),
    area!("markdown"),
    area!("method"),
    area!("report"),
    area!("tui"),
    area!("xlsx"),
];

/// Terms shared by every area.
const COMMON: Area = area!("common");

/// The area holding `id`: the one whose name is the id's first word.
pub fn area_of(id: &str) -> Option<usize> {
    let prefix = id.split('-').next()?;
    AREAS.iter().position(|a| a.name == prefix)
}

fn text(area: &Area, lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Pseudo => area.en,
        Lang::De => area.de,
    }
}

/// The bundle of `area` in `lang`: the common terms and the area's messages. The files are
/// checked by tests, so a syntax error here is a build that never passed them; what parses is
/// still used.
pub fn bundle(lang: Lang, area: usize) -> Bundle {
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
    for source in [text(&COMMON, lang), text(&AREAS[area], lang)] {
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                debug_assert!(false, "{} ({}): {errors:?}", AREAS[area].name, lang.code());
                r
            }
        };
        // Two definitions of one id are a catalogue error the tests report; the first wins.
        let _ = bundle.add_resource(resource);
    }
    bundle
}
