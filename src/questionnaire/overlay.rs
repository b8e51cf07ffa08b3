//! Translations of a questionnaire: overlay files keyed by the base's ids.
//!
//! An overlay (`iso42001.de.toml`) names its base questionnaire and its language and gives,
//! per id, the texts of that item in that language: `[question."4.1-a"] prompt = "…"`. It
//! holds texts only: ids, weights, efforts, phases and dependencies stay those of the base,
//! so a translated questionnaire keeps the base's id, version and hash and answers stored
//! against the base read the same in every language. A text the overlay leaves out falls
//! back to the base's (English) one and is listed ([`Translation::missing`]). The format is
//! documented in `questionnaires/README.md`, "Translations".
//!
//! Parsing works like the questionnaire loader's: the file is walked in TOML's spanned tree,
//! so every problem is found in one pass and reported with its line and column.

use std::collections::{HashMap, HashSet};
use std::fmt;

use toml::Spanned;
use toml::de::DeTable;

use super::loader::{
    Cx, Fields, Read, Reported, Said, line_col, said, short_text, syntax_message, topic_text, utf8,
    valid_token,
};
use super::{LoadError, Questionnaire, nearest};
use crate::i18n::{Lang, PSEUDO_CLOSE, PSEUDO_OPEN, pseudo_text};

/// The kinds of item an overlay gives texts for: its tables, in the order the file lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// The top level: the questionnaire's title and description.
    Top,
    /// `[report]`: what reports call the standard and its parts.
    Report,
    Scale,
    Phase,
    Package,
    Role,
    Crosswalk,
    Section,
    Requirement,
    Question,
}

/// The shape of a text: one string, or a list of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    One,
    List,
}

impl Kind {
    const ALL: [Kind; 10] = [
        Kind::Top,
        Kind::Report,
        Kind::Scale,
        Kind::Phase,
        Kind::Package,
        Kind::Role,
        Kind::Crosswalk,
        Kind::Section,
        Kind::Requirement,
        Kind::Question,
    ];

    /// The kinds whose items are tables keyed by id (`[phase.plan]`).
    const KEYED: [Kind; 8] = [
        Kind::Scale,
        Kind::Phase,
        Kind::Package,
        Kind::Role,
        Kind::Crosswalk,
        Kind::Section,
        Kind::Requirement,
        Kind::Question,
    ];

    /// The table's name in the file (`""` for the top level).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Top => "",
            Kind::Report => "report",
            Kind::Scale => "scale",
            Kind::Phase => "phase",
            Kind::Package => "package",
            Kind::Role => "role",
            Kind::Crosswalk => "crosswalk",
            Kind::Section => "section",
            Kind::Requirement => "requirement",
            Kind::Question => "question",
        }
    }

    /// What an id of this kind is called in messages.
    fn noun(self) -> &'static str {
        match self {
            Kind::Scale => "scale level",
            Kind::Requirement => "requirement ref",
            Kind::Question => "question id",
            Kind::Top | Kind::Report => "",
            other => other.key(),
        }
    }

    /// The texts an item of this kind may have, in the order the file lists them.
    fn fields(self) -> &'static [(&'static str, Shape)] {
        use Shape::{List, One};
        match self {
            Kind::Top => &[("title", One), ("description", One)],
            Kind::Report => &[
                ("standard", One),
                ("title", One),
                ("clauses", One),
                ("annex", One),
                ("disclaimer", One),
                ("copyright", One),
            ],
            Kind::Scale => &[("label", One), ("short", One), ("description", One)],
            Kind::Phase | Kind::Package | Kind::Role | Kind::Section => {
                &[("title", One), ("description", One)]
            }
            Kind::Crosswalk => &[("title", One)],
            Kind::Requirement => &[("title", One), ("intent", One)],
            Kind::Question => &[
                ("topic", One),
                ("prompt", One),
                ("guidance", One),
                ("evidence", List),
                ("recommendation", One),
                ("levels", List),
            ],
        }
    }

    /// Whether a text the base has must be translated for the overlay to be complete: every
    /// one but the standard's name, which usually stays as it is (ISO/IEC 42001:2023).
    fn expected(self, field: &str) -> bool {
        !(self == Kind::Report && field == "standard")
    }
}

/// One text of a translation: where it sits in the overlay's terms.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TextKey {
    pub kind: Kind,
    /// The item's id (a scale level's number, a requirement's ref); empty at the top level
    /// and for `[report]`.
    pub id: String,
    /// The text's key in the item's table, e.g. `prompt`.
    pub field: &'static str,
}

impl fmt::Display for TextKey {
    /// As the overlay writes it: `[question."4.1-a"] prompt`, `[report] title`, `title`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            Kind::Top => f.write_str(self.field),
            Kind::Report => write!(f, "[report] {}", self.field),
            kind => write!(f, "[{}.{}] {}", kind.key(), toml_key(&self.id), self.field),
        }
    }
}

/// An id as a TOML key: bare when it can be, quoted otherwise (`4`, `"4.1"`).
fn toml_key(id: &str) -> String {
    let bare = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if bare {
        id.to_string()
    } else {
        format!("{id:?}")
    }
}

#[derive(Debug, Clone)]
enum Text {
    One(String),
    List(Vec<String>),
}

/// One item's texts, with where the item and each text start in the file.
#[derive(Debug, Clone, Default)]
struct Item {
    at: usize,
    texts: Vec<(&'static str, Text, usize)>,
}

impl Item {
    fn get(&self, field: &str) -> Option<(&Text, usize)> {
        self.texts
            .iter()
            .find(|(f, _, _)| *f == field)
            .map(|(_, t, at)| (t, *at))
    }
}

/// A parsed overlay: texts by kind and id.
#[derive(Debug, Clone)]
pub struct Overlay {
    /// The id of the questionnaire it translates.
    pub base: String,
    /// The language it is written in (never English: the base texts are).
    pub lang: Lang,
    /// The version of the base it was written against, if it says.
    pub base_version: Option<String>,
    /// Indexed by [`Kind`]; the top level and `[report]` are under the id "".
    items: Vec<HashMap<String, Item>>,
    /// Where `base` and `base_version` are written, for messages.
    base_at: usize,
    base_version_at: Option<usize>,
}

impl Overlay {
    fn item(&self, kind: Kind, id: &str) -> Option<&Item> {
        self.items[kind as usize].get(id)
    }

    fn text(&self, key_kind: Kind, id: &str, field: &str) -> Option<(&Text, usize)> {
        self.item(key_kind, id)?.get(field)
    }

    /// Whether the overlay gives this text.
    pub fn has(&self, key: &TextKey) -> bool {
        self.text(key.kind, &key.id, key.field).is_some()
    }

    /// How many texts the overlay gives.
    pub fn len(&self) -> usize {
        self.items
            .iter()
            .flat_map(|m| m.values())
            .map(|i| i.texts.len())
            .sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Parses an overlay read as raw bytes, as from a file (see [`parse_str`]).
pub fn parse_bytes(bytes: &[u8], origin: &str) -> Result<Overlay, LoadError> {
    parse_str(utf8(bytes, origin)?, origin)
}

/// Parses an overlay and checks what can be checked without its base: the shape of every
/// table, that each text is a non-empty string (a list of them for `evidence` and `levels`),
/// the one-line and length limits of topics, intents and level texts, and that `lang` is a
/// language aimsgap speaks. `origin` names the file in messages.
pub fn parse_str(source: &str, origin: &str) -> Result<Overlay, LoadError> {
    let mut cx = Cx::default();
    let (doc, syntax_errors) = DeTable::parse_recoverable(source);
    for e in &syntax_errors {
        let at = e.span().map_or(0, |s| s.start);
        cx.problem(at, syntax_message(source, at, e.message()));
    }
    let parsed = if syntax_errors.is_empty() {
        read_overlay(&mut cx, doc.get_ref()).ok()
    } else {
        None
    };
    match parsed {
        Some(overlay) if cx.is_empty() => Ok(overlay),
        _ => Err(cx.into_error(source, origin)),
    }
}

/// The languages an overlay may be written in: every one aimsgap speaks but English, the
/// language of the base texts.
fn translatable() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|l| *l != Lang::En)
}

fn read_overlay(cx: &mut Cx, doc: &DeTable) -> Read<Overlay> {
    let mut top = Fields::new(doc, 0, said!(lang, "cli-load-at-overlay"));
    let base = top.string(cx, "base").and_then(|b| {
        if valid_token(b.get_ref()) {
            return Ok(b);
        }
        cx.problem(
            b.span().start,
            said!(lang, "cli-load-overlay-base-token", base = b.get_ref()),
        );
        Err(Reported)
    });
    let lang = top.string(cx, "lang").and_then(|l| {
        let code = l.get_ref().as_str();
        if let Some(lang) = translatable().find(|lang| lang.code() == code) {
            return Ok(lang);
        }
        let known: Vec<&str> = translatable().map(Lang::code).collect();
        let id = if code == Lang::En.code() {
            "cli-load-overlay-lang-english"
        } else {
            "cli-load-overlay-lang-unknown"
        };
        let known = known.join(", ");
        cx.problem(l.span().start, said!(lang, id, code = code, known = &known));
        Err(Reported)
    });
    let base_version = if top.has("base_version") {
        top.string(cx, "base_version").map(Some)
    } else {
        Ok(None)
    };

    let mut items: Vec<HashMap<String, Item>> = vec![HashMap::new(); Kind::ALL.len()];
    let mut ok = Ok(());
    let top_texts = read_texts(cx, &mut top, Kind::Top);
    match top_texts {
        Ok(texts) if !texts.is_empty() => {
            items[Kind::Top as usize].insert(String::new(), Item { at: 0, texts });
        }
        Ok(_) => {}
        Err(e) => ok = Err(e),
    }
    match top.table(cx, "report") {
        Ok(Some(table)) => {
            let at = doc.get("report").map_or(0, |v| v.span().start);
            let mut f = Fields::new(table, at, "[report]");
            skip_structure(cx, &mut f, table);
            let texts = read_texts(cx, &mut f, Kind::Report);
            f.finish(cx);
            match texts {
                Ok(texts) => {
                    items[Kind::Report as usize].insert(String::new(), Item { at, texts });
                }
                Err(e) => ok = Err(e),
            }
        }
        Ok(None) => {}
        Err(e) => ok = Err(e),
    }
    for kind in Kind::KEYED {
        match top.table(cx, kind.key()) {
            Ok(Some(table)) => {
                if read_items(cx, kind, table, &mut items[kind as usize]).is_err() {
                    ok = Err(Reported);
                }
            }
            Ok(None) => {}
            Err(e) => ok = Err(e),
        }
    }
    top.finish(cx);
    ok?;
    let base = base?;
    let base_version = base_version?;
    Ok(Overlay {
        base_at: base.span().start,
        base: base.into_inner(),
        lang: lang?,
        base_version_at: base_version.as_ref().map(|v| v.span().start),
        base_version: base_version.map(Spanned::into_inner),
        items,
    })
}

/// The `[kind.ID]` tables of one kind.
fn read_items(
    cx: &mut Cx,
    kind: Kind,
    table: &DeTable,
    out: &mut HashMap<String, Item>,
) -> Read<()> {
    let mut ok = Ok(());
    for (key, value) in table.iter() {
        let id = key.get_ref().as_ref();
        let at = key.span().start;
        let what = format!("[{}.{}]", kind.key(), toml_key(id));
        let Some(item) = value.get_ref().as_table() else {
            cx.problem(
                value.span().start,
                said!(
                    lang,
                    "cli-load-overlay-item-not-table",
                    what = &what,
                    found = value.get_ref().type_str()
                ),
            );
            ok = Err(Reported);
            continue;
        };
        let mut f = Fields::new(item, at, what);
        // `[requirement.4.1]` reads as the table "1" inside the item "4": a dotted id needs
        // quotes. Said once, instead of an unknown field `1`.
        for (inner, v) in item.iter() {
            let name = inner.get_ref().as_ref();
            if v.get_ref().as_table().is_some() && !STRUCTURE.contains(&name) {
                cx.problem(
                    inner.span().start,
                    said!(
                        lang,
                        "cli-load-overlay-dotted",
                        kind = kind.key(),
                        id = id,
                        name = name
                    ),
                );
                // Not reported again as an unknown field.
                f.skip(name);
                ok = Err(Reported);
            }
        }
        skip_structure(cx, &mut f, item);
        match read_texts(cx, &mut f, kind) {
            Ok(texts) => {
                f.finish(cx);
                out.insert(id.to_string(), Item { at, texts });
            }
            Err(e) => {
                f.finish(cx);
                ok = Err(e);
            }
        }
    }
    ok
}

/// The keys of a questionnaire that are not texts: an overlay that sets one is told that the
/// base's value stands, rather than only that the key is unknown.
const STRUCTURE: &[&str] = &[
    "id",
    "ref",
    "version",
    "level",
    "kind",
    "weight",
    "effort",
    "phase",
    "documented",
    "depends_on",
    "crosswalk",
    "action",
    "roles",
    "package",
    "stage1_sections",
    "evaluation_sections",
    "evidence_from_level",
    "default_inclusion",
];

fn skip_structure(cx: &mut Cx, f: &mut Fields, table: &DeTable) {
    for (key, _) in table.iter() {
        let name = key.get_ref().as_ref();
        if STRUCTURE.contains(&name) {
            let what = &f.what;
            cx.problem(
                key.span().start,
                said!(
                    lang,
                    "cli-load-overlay-structure",
                    what = what.get(lang),
                    name = name
                ),
            );
            f.skip(name);
        }
    }
}

/// The texts of one item, each checked for its shape and limits.
fn read_texts(cx: &mut Cx, f: &mut Fields, kind: Kind) -> Read<Vec<(&'static str, Text, usize)>> {
    let mut texts = Vec::new();
    let mut ok = Ok(());
    for (field, shape) in kind.fields() {
        if !f.has(field) {
            continue;
        }
        let at = f.table.get(*field).map_or(f.at, |v| v.span().start);
        let text = match shape {
            Shape::One => f
                .string(cx, field)
                .and_then(|s| check_one(cx, &f.what, kind, field, s)),
            Shape::List => f
                .string_list(cx, field, true)
                .and_then(|list| check_list(cx, &f.what, kind, field, list)),
        };
        match text {
            Ok(text) => texts.push((*field, text, at)),
            Err(e) => ok = Err(e),
        }
    }
    ok.map(|()| texts)
}

/// The limits the questionnaire loader sets on the same texts.
fn check_one(
    cx: &mut Cx,
    what: &Said,
    kind: Kind,
    field: &str,
    text: Spanned<String>,
) -> Read<Text> {
    let at = text.span().start;
    let text = text.into_inner();
    let one_line = |cx: &mut Cx, text: String| {
        if text.contains(['\n', '\r']) {
            cx.problem(
                at,
                said!(
                    lang,
                    "cli-load-one-line",
                    what = what.get(lang),
                    key = field
                ),
            );
            return Err(Reported);
        }
        Ok(text)
    };
    let text = match (kind, field) {
        (Kind::Question, "topic") => topic_text(cx, what, at, text)?,
        (Kind::Requirement, "intent") => one_line(cx, text)?,
        (Kind::Scale, "short") => {
            short_text(cx, what, at, "`short`", Some(text))?.unwrap_or_default()
        }
        _ => text,
    };
    Ok(Text::One(text))
}

fn check_list(
    cx: &mut Cx,
    what: &Said,
    kind: Kind,
    field: &str,
    list: Vec<Spanned<String>>,
) -> Read<Text> {
    if (kind, field) != (Kind::Question, "levels") {
        return Ok(Text::List(
            list.into_iter().map(Spanned::into_inner).collect(),
        ));
    }
    // Every entry checked, so that each bad one is reported.
    let checked: Vec<Read<String>> = list
        .into_iter()
        .map(|t| {
            let at = t.span().start;
            short_text(cx, what, at, "a `levels` entry", Some(t.into_inner()))
                .map(Option::unwrap_or_default)
        })
        .collect();
    Ok(Text::List(checked.into_iter().collect::<Read<_>>()?))
}

/// One text slot of a questionnaire, to be read or replaced.
enum Slot<'a> {
    One(&'a mut String),
    List(&'a mut Vec<String>),
}

impl Slot<'_> {
    fn is_empty(&self) -> bool {
        match self {
            Slot::One(s) => s.is_empty(),
            Slot::List(v) => v.is_empty(),
        }
    }
}

/// Calls `f` with every translatable text of `q`: its kind, the item's id, the field, and
/// the text, in the order an overlay lists them.
fn visit(q: &mut Questionnaire, f: &mut dyn FnMut(Kind, &str, &'static str, Slot<'_>)) {
    f(Kind::Top, "", "title", Slot::One(&mut q.title));
    f(Kind::Top, "", "description", Slot::One(&mut q.description));
    let l = &mut q.labels;
    for (field, text) in [
        ("standard", &mut l.standard),
        ("title", &mut l.title),
        ("clauses", &mut l.clauses),
        ("annex", &mut l.annex),
        ("disclaimer", &mut l.disclaimer),
        ("copyright", &mut l.copyright),
    ] {
        f(Kind::Report, "", field, Slot::One(text));
    }
    for level in &mut q.scale {
        let id = level.level.to_string();
        f(Kind::Scale, &id, "label", Slot::One(&mut level.label));
        f(Kind::Scale, &id, "short", Slot::One(&mut level.short));
        f(
            Kind::Scale,
            &id,
            "description",
            Slot::One(&mut level.description),
        );
    }
    for p in &mut q.phases {
        f(Kind::Phase, &p.id, "title", Slot::One(&mut p.title));
        f(
            Kind::Phase,
            &p.id,
            "description",
            Slot::One(&mut p.description),
        );
    }
    for p in &mut q.packages {
        f(Kind::Package, &p.id, "title", Slot::One(&mut p.title));
        f(
            Kind::Package,
            &p.id,
            "description",
            Slot::One(&mut p.description),
        );
    }
    for r in &mut q.roles {
        f(Kind::Role, &r.id, "title", Slot::One(&mut r.title));
        f(
            Kind::Role,
            &r.id,
            "description",
            Slot::One(&mut r.description),
        );
    }
    for c in &mut q.crosswalks {
        f(Kind::Crosswalk, &c.id, "title", Slot::One(&mut c.title));
    }
    for s in &mut q.sections {
        f(Kind::Section, &s.id, "title", Slot::One(&mut s.title));
        f(
            Kind::Section,
            &s.id,
            "description",
            Slot::One(&mut s.description),
        );
        for r in &mut s.requirements {
            f(
                Kind::Requirement,
                &r.reference,
                "title",
                Slot::One(&mut r.title),
            );
            f(
                Kind::Requirement,
                &r.reference,
                "intent",
                Slot::One(&mut r.intent),
            );
            for q in &mut r.questions {
                let id = q.id.as_str();
                f(Kind::Question, id, "topic", Slot::One(&mut q.topic));
                f(Kind::Question, id, "prompt", Slot::One(&mut q.prompt));
                f(Kind::Question, id, "guidance", Slot::One(&mut q.guidance));
                f(Kind::Question, id, "evidence", Slot::List(&mut q.evidence));
                f(
                    Kind::Question,
                    id,
                    "recommendation",
                    Slot::One(&mut q.recommendation),
                );
                f(Kind::Question, id, "levels", Slot::List(&mut q.levels));
            }
        }
    }
}

/// The base with the texts of `layers` put in, the first layer that has a text winning; the
/// texts none of them has, as [`TextKey`]s.
pub fn apply(base: &Questionnaire, layers: &[&Overlay]) -> (Questionnaire, Vec<TextKey>) {
    let mut q = base.clone();
    let levels = base.scale.len();
    let mut missing = Vec::new();
    visit(&mut q, &mut |kind, id, field, slot| {
        let text = layers.iter().find_map(|o| {
            let (text, _) = o.text(kind, id, field)?;
            // A level list of another length than the scale's is not used (`check` says so).
            match text {
                Text::List(l) if field == "levels" && l.len() != levels => None,
                t => Some(t),
            }
        });
        match (slot, text) {
            (Slot::One(s), Some(Text::One(t))) => t.clone_into(s),
            (Slot::List(v), Some(Text::List(t))) => t.clone_into(v),
            (slot, _) => {
                if !slot.is_empty() && kind.expected(field) {
                    missing.push(TextKey {
                        kind,
                        id: id.to_string(),
                        field,
                    });
                }
            }
        }
    });
    (q, missing)
}

/// The base with every text accented and wrapped in the pseudo-locale's markers
/// ([`Lang::Pseudo`]), so that tests of screens and reports see questionnaire text as
/// translated and any English word outside the markers as escaped.
pub fn pseudo(base: &Questionnaire) -> Questionnaire {
    let wrap = |s: &mut String| {
        if !s.is_empty() {
            *s = format!("{PSEUDO_OPEN}{}{PSEUDO_CLOSE}", pseudo_text(s));
        }
    };
    let mut q = base.clone();
    visit(&mut q, &mut |_, _, _, slot| match slot {
        Slot::One(s) => wrap(s),
        Slot::List(v) => v.iter_mut().for_each(wrap),
    });
    q
}

/// Where the texts of a translation came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OverlayOrigin {
    /// Compiled into aimsgap (`questionnaires/<id>.<lang>.toml`).
    BuiltIn,
    /// The user's file in the questionnaire directory.
    File(std::path::PathBuf),
    /// Generated from the base: the pseudo-locale.
    Pseudo,
}

impl fmt::Display for OverlayOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OverlayOrigin::BuiltIn => f.write_str("built in"),
            OverlayOrigin::File(p) => write!(f, "{}", p.display()),
            OverlayOrigin::Pseudo => f.write_str("pseudo-locale"),
        }
    }
}

/// A questionnaire in a language: the base's ids, weights, dependencies, version and hash,
/// with the texts of that language where an overlay gives them.
#[derive(Debug, Clone)]
pub struct Translation {
    pub questionnaire: Questionnaire,
    /// The language asked for.
    pub lang: Lang,
    /// The overlays whose texts were used, the first winning. Empty for English, and when
    /// there is no overlay for the language: the texts are then all English, and the caller
    /// should say so ([`Translation::untranslated`]).
    pub overlays: Vec<OverlayOrigin>,
    /// The texts that fell back to English because no overlay has them.
    pub missing: Vec<TextKey>,
    /// The base version the (first) overlay was written against, when it is not the
    /// questionnaire's version: texts may describe questions that have changed since.
    pub stale: Option<String>,
}

impl Translation {
    /// The questionnaire as it is, in English.
    pub fn english(base: &Questionnaire) -> Translation {
        Translation {
            questionnaire: base.clone(),
            lang: Lang::En,
            overlays: Vec::new(),
            missing: Vec::new(),
            stale: None,
        }
    }

    /// A language other than English was asked for and no overlay exists: every text is
    /// English.
    pub fn untranslated(&self) -> bool {
        self.lang != Lang::En && self.overlays.is_empty()
    }

    /// Every text is in the language asked for.
    pub fn complete(&self) -> bool {
        !self.untranslated() && self.missing.is_empty()
    }
}

/// Builds a translation from overlays in priority order, each with where it came from.
pub(super) fn translate(
    base: &Questionnaire,
    lang: Lang,
    layers: &[(&Overlay, OverlayOrigin)],
) -> Translation {
    if lang == Lang::En {
        return Translation::english(base);
    }
    if lang == Lang::Pseudo {
        return Translation {
            questionnaire: pseudo(base),
            lang,
            overlays: vec![OverlayOrigin::Pseudo],
            missing: Vec::new(),
            stale: None,
        };
    }
    let overlays: Vec<&Overlay> = layers.iter().map(|(o, _)| *o).collect();
    let (questionnaire, missing) = apply(base, &overlays);
    let stale = overlays
        .first()
        .and_then(|o| o.base_version.clone())
        .filter(|v| *v != base.version);
    Translation {
        questionnaire,
        lang,
        overlays: layers.iter().map(|(_, origin)| origin.clone()).collect(),
        missing,
        stale,
    }
}

/// What `questionnaire check` found in a valid overlay: warnings, none of them an error.
#[derive(Debug, Clone)]
pub struct Checked {
    pub overlay: Overlay,
    /// How many texts the base has that an overlay is expected to translate.
    pub expected: usize,
    /// Those the file leaves out and that fall back to English.
    pub missing: Vec<TextKey>,
    /// Those the file leaves out that the built-in overlay of its language gives (filled in
    /// by [`super::catalog::Catalog::check_overlay`]; a user's overlay only needs the texts it
    /// changes).
    pub covered: Vec<TextKey>,
    /// Other warnings, each with a line and column when it has a place in the file.
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub at: Option<(usize, usize)>,
    /// In English.
    pub message: String,
    said: Said,
}

impl Warning {
    pub(super) fn new(at: Option<(usize, usize)>, said: Said) -> Warning {
        Warning {
            at,
            message: said.get(Lang::En).to_string(),
            said,
        }
    }

    /// The warning in `lang`.
    pub fn message_in(&self, lang: Lang) -> &str {
        self.said.get(lang)
    }
}

/// Why an overlay's base questionnaire is not there: the catalogue's refusal, said in the
/// user's language, or a reason given as text.
#[derive(Debug)]
pub enum BaseMissing {
    /// No questionnaire has the id: the ids there are, and the nearest one if one is near.
    NotFound {
        known: Vec<String>,
        nearest: Option<String>,
    },
    Catalog(super::catalog::CatalogError),
    Text(String),
}

impl BaseMissing {
    fn message_in(&self, lang: Lang) -> String {
        match self {
            BaseMissing::NotFound { known, nearest } => {
                let known = known.join(", ");
                match nearest {
                    Some(nearest) => crate::t!(
                        lang,
                        "cli-load-overlay-base-not-found-hint",
                        nearest = nearest,
                        known = &known
                    ),
                    None => crate::t!(lang, "cli-load-overlay-base-not-found", known = &known),
                }
            }
            BaseMissing::Catalog(e) => e.message_in(lang),
            BaseMissing::Text(text) => text.clone(),
        }
    }
}

/// Checks an overlay against its base: the file parses ([`parse_str`]), every id it uses
/// exists in the base (an unknown one is an error, with the nearest id), and each `levels`
/// list has one entry per level of the base's scale. Texts the base has and the overlay
/// leaves out are listed in [`Checked::missing`]; a `base_version` other than the base's
/// version, or none, is a warning. `base` finds the base questionnaire by id; an `Err` is
/// its reason, reported at the `base` key.
pub fn check(
    source: &str,
    origin: &str,
    base: impl FnOnce(&str) -> Result<Questionnaire, String>,
) -> Result<Checked, LoadError> {
    check_base(source, origin, |id| base(id).map_err(BaseMissing::Text))
}

/// [`check`], the reason the base is not there said in the user's language.
pub fn check_base(
    source: &str,
    origin: &str,
    base: impl FnOnce(&str) -> Result<Questionnaire, BaseMissing>,
) -> Result<Checked, LoadError> {
    let overlay = parse_str(source, origin)?;
    let mut cx = Cx::default();
    let base = match base(&overlay.base) {
        Ok(q) => q,
        Err(why) => {
            cx.problem(
                overlay.base_at,
                said!(
                    lang,
                    "cli-load-overlay-base",
                    base = &overlay.base,
                    why = &why.message_in(lang)
                ),
            );
            return Err(cx.into_error(source, origin));
        }
    };

    // Every id of the base by kind, and every text it has that is expected.
    let mut ids: Vec<Vec<String>> = vec![Vec::new(); Kind::ALL.len()];
    let mut expected = 0;
    let mut copy = base.clone();
    visit(&mut copy, &mut |kind, id, field, slot| {
        let list = &mut ids[kind as usize];
        if list.last().is_none_or(|last| last != id) {
            list.push(id.to_string());
        }
        if !slot.is_empty() && kind.expected(field) {
            expected += 1;
        }
    });
    let scale_len = base.scale.len();
    for kind in Kind::KEYED {
        let known: HashSet<&str> = ids[kind as usize].iter().map(String::as_str).collect();
        let mut items: Vec<(&String, &Item)> = overlay.items[kind as usize].iter().collect();
        items.sort_by_key(|(_, item)| item.at);
        for (id, item) in items {
            if !known.contains(id.as_str()) {
                let header = format!("[{}.{}]", kind.key(), toml_key(id));
                let noun = format!("cli-load-noun-{}", kind.noun().replace(' ', "-"));
                let max = base.max_level().to_string();
                let nearest = nearest(id, ids[kind as usize].iter().map(String::as_str));
                let said = Said::new(|lang| {
                    let noun = lang.t(&noun);
                    match (kind, nearest) {
                        (Kind::Scale, _) => crate::t!(
                            lang,
                            "cli-load-overlay-unknown-level",
                            header = &header,
                            id = id,
                            noun = &noun,
                            base = &base.id,
                            max = &max
                        ),
                        (_, Some(hint)) => crate::t!(
                            lang,
                            "cli-load-overlay-unknown-id-hint",
                            header = &header,
                            id = id,
                            noun = &noun,
                            base = &base.id,
                            hint = hint
                        ),
                        (_, None) => crate::t!(
                            lang,
                            "cli-load-overlay-unknown-id",
                            header = &header,
                            id = id,
                            noun = &noun,
                            base = &base.id
                        ),
                    }
                });
                cx.problem(item.at, said);
                continue;
            }
            if let Some((Text::List(levels), at)) = item.get("levels")
                && levels.len() != scale_len
            {
                let header = format!("[{}.{}]", kind.key(), toml_key(id));
                let (count, levels) = (levels.len().to_string(), scale_len.to_string());
                cx.problem(
                    at,
                    said!(
                        lang,
                        "cli-load-overlay-levels-count",
                        header = &header,
                        count = &count,
                        base = &base.id,
                        levels = &levels
                    ),
                );
            }
        }
    }
    if !cx.is_empty() {
        return Err(cx.into_error(source, origin));
    }

    let (_, missing) = apply(&base, &[&overlay]);
    let mut warnings = Vec::new();
    match (&overlay.base_version, overlay.base_version_at) {
        (Some(v), Some(at)) if *v != base.version => warnings.push(Warning::new(
            Some(line_col(source, at)),
            said!(
                lang,
                "cli-load-overlay-base-version",
                given = v,
                base = &base.id,
                version = &base.version
            ),
        )),
        (None, _) => warnings.push(Warning::new(
            None,
            said!(
                lang,
                "cli-load-overlay-no-base-version",
                base = &base.id,
                version = &base.version
            ),
        )),
        _ => {}
    }
    Ok(Checked {
        overlay,
        expected,
        missing,
        covered: Vec::new(),
        warnings,
    })
}

/// The file name under which aimsgap finds an overlay: `<base>.<lang>.toml`.
pub fn file_name(base: &str, lang: Lang) -> String {
    format!("{base}.{}.toml", lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::load_str;

    const BASE: &str = r#"
id = "mini"
version = "1.0"
title = "Mini"

[[phase]]
id = "first"
title = "First"

[[section]]
id = "1"
title = "Governance"

[[section.requirement]]
ref = "1.1"
title = "Policy"
intent = "Someone decides."

[[section.requirement.question]]
id = "1.1-a"
prompt = "Who approved the policy?"
evidence = ["Policy"]
levels = ["a", "b", "c", "d", "e", "f"]
weight = 3
"#;

    fn base() -> Questionnaire {
        load_str(BASE, "mini.toml").unwrap()
    }

    #[test]
    fn texts_are_replaced_and_everything_else_is_kept() {
        let overlay = parse_str(
            r#"
base = "mini"
lang = "de"
title = "Mini auf Deutsch"
[requirement."1.1"]
title = "Politik"
[question."1.1-a"]
prompt = "Wer hat die Politik freigegeben?"
evidence = ["Politik", "Freigabe"]
"#,
            "mini.de.toml",
        )
        .unwrap();
        let base = base();
        let (q, missing) = apply(&base, &[&overlay]);
        assert_eq!(q.title, "Mini auf Deutsch");
        let item = q.question("1.1-a").unwrap();
        assert_eq!(item.question.prompt, "Wer hat die Politik freigegeben?");
        assert_eq!(item.question.evidence, ["Politik", "Freigabe"]);
        assert_eq!(item.requirement.title, "Politik");
        // Untranslated texts stay English and are listed.
        assert_eq!(item.requirement.intent, "Someone decides.");
        assert_eq!(item.question.levels[0], "a");
        let listed: Vec<String> = missing.iter().map(ToString::to_string).collect();
        assert!(
            listed.contains(&"[requirement.\"1.1\"] intent".to_string()),
            "{listed:?}"
        );
        assert!(
            listed.contains(&"[question.\"1.1-a\"] levels".to_string()),
            "{listed:?}"
        );
        assert!(
            listed.contains(&"[scale.3] label".to_string()),
            "{listed:?}"
        );
        assert!(
            listed.contains(&"[phase.first] title".to_string()),
            "{listed:?}"
        );
        // The standard's name is not expected to be translated.
        assert!(!listed.iter().any(|l| l.contains("standard")), "{listed:?}");
        // What answers are stored against does not change.
        assert_eq!(q.hash, base.hash);
        assert_eq!(q.version, base.version);
        assert_eq!(item.question.weight, 3.0);
        assert_eq!(item.question.id, "1.1-a");
    }

    #[test]
    fn the_first_layer_wins_and_the_next_fills_in() {
        let mine = parse_str(
            "base = \"mini\"\nlang = \"de\"\n[question.\"1.1-a\"]\nprompt = \"Meine Frage\"\n",
            "a",
        )
        .unwrap();
        let shipped = parse_str(
            "base = \"mini\"\nlang = \"de\"\ntitle = \"Mini\"\n[question.\"1.1-a\"]\nprompt = \"Frage\"\nevidence = [\"Politik\"]\n",
            "b",
        )
        .unwrap();
        let (q, missing) = apply(&base(), &[&mine, &shipped]);
        let item = q.question("1.1-a").unwrap().question;
        assert_eq!(item.prompt, "Meine Frage");
        assert_eq!(item.evidence, ["Politik"]);
        assert!(!missing.iter().any(|k| k.field == "evidence"));
    }

    #[test]
    fn pseudo_wraps_every_text_and_keeps_the_ids() {
        let base = base();
        let q = pseudo(&base);
        let item = q.question("1.1-a").unwrap();
        assert_eq!(item.question.prompt, "⟦Ŵĥó áþþŕóṽéď ţĥé þóĺíçý?⟧");
        assert_eq!(item.question.id, "1.1-a");
        assert_eq!(item.requirement.reference, "1.1");
        assert!(q.labels.disclaimer.starts_with(PSEUDO_OPEN));
        assert!(q.scale.iter().all(|l| l.label.starts_with(PSEUDO_OPEN)));
        // Empty texts stay empty, so that screens still leave out what the base leaves out.
        assert_eq!(item.question.guidance, "");
        assert_eq!(q.hash, base.hash);
    }

    #[test]
    fn a_dotted_id_without_quotes_is_explained() {
        let err = parse_str(
            "base = \"mini\"\nlang = \"de\"\n[requirement.1.1]\ntitle = \"Politik\"\n",
            "x.de.toml",
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.de.toml:3:16: [requirement.1.1] reads as a table inside [requirement.1]: write an id with a dot in quotes, [requirement.\"1.1\"]"
        );
    }

    #[test]
    fn text_keys_read_as_the_overlay_writes_them() {
        let key = |kind, id: &str, field| TextKey {
            kind,
            id: id.to_string(),
            field,
        };
        assert_eq!(key(Kind::Top, "", "title").to_string(), "title");
        assert_eq!(key(Kind::Report, "", "annex").to_string(), "[report] annex");
        assert_eq!(
            key(Kind::Scale, "3", "label").to_string(),
            "[scale.3] label"
        );
        assert_eq!(
            key(Kind::Phase, "risk-impact", "title").to_string(),
            "[phase.risk-impact] title"
        );
        assert_eq!(
            key(Kind::Question, "A.2.2-a", "prompt").to_string(),
            "[question.\"A.2.2-a\"] prompt"
        );
    }
}
