//! Where questionnaires come from: compiled into the binary, the user's questionnaire
//! directory, or a path given on the command line.
//!
//! A file in the user's directory with the same id as a built-in questionnaire takes
//! precedence, so an organisation can ship its own edition without rebuilding.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use thiserror::Error;

use super::overlay::{self, Overlay, OverlayOrigin, Translation};
use super::{LoadError, Questionnaire, load_bytes, load_str, nearest};
use crate::i18n::Lang;

/// Questionnaires compiled into the binary: (id, file name, source).
const BUILT_IN: &[(&str, &str, &str)] = &[(
    "iso42001",
    "questionnaires/iso42001.toml",
    include_str!("../../questionnaires/iso42001.toml"),
)];

/// Translations compiled into the binary: (base id, language, file name, source). Each is
/// parsed only when that language of that questionnaire is asked for.
const BUILT_IN_OVERLAYS: &[(&str, Lang, &str, &str)] = &[(
    "iso42001",
    Lang::De,
    "questionnaires/iso42001.de.toml",
    include_str!("../../questionnaires/iso42001.de.toml"),
)];

/// The built-in overlay translating questionnaire `id` into `lang`, parsed once per process
/// and only when asked for.
pub fn built_in_overlay(id: &str, lang: Lang) -> Option<&'static Overlay> {
    static PARSED: [OnceLock<Overlay>; BUILT_IN_OVERLAYS.len()] =
        [const { OnceLock::new() }; BUILT_IN_OVERLAYS.len()];
    let i = BUILT_IN_OVERLAYS
        .iter()
        .position(|(base, l, _, _)| *base == id && *l == lang)?;
    let (_, _, name, source) = BUILT_IN_OVERLAYS[i];
    Some(PARSED[i].get_or_init(|| {
        // The built-in overlays are checked by the test suite; failing here is a bug.
        overlay::parse_str(source, name).unwrap_or_else(|e| panic!("built-in overlay: {e}"))
    }))
}

/// The source text of a built-in overlay.
pub fn built_in_overlay_source(id: &str, lang: Lang) -> Option<&'static str> {
    BUILT_IN_OVERLAYS
        .iter()
        .find(|(base, l, _, _)| *base == id && *l == lang)
        .map(|(_, _, _, s)| *s)
}

/// The languages a built-in overlay translates questionnaire `id` into.
pub fn built_in_languages(id: &str) -> impl Iterator<Item = Lang> + '_ {
    BUILT_IN_OVERLAYS
        .iter()
        .filter(move |(base, _, _, _)| *base == id)
        .map(|(_, l, _, _)| *l)
}

/// Where a questionnaire was loaded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    File(PathBuf),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::BuiltIn => f.write_str("built in"),
            Origin::File(p) => write!(f, "{}", p.display()),
        }
    }
}

#[derive(Debug, Error)]
pub enum CatalogError {
    #[error(
        "no questionnaire with id \"{id}\"{} (known: {})",
        nearest.as_ref().map(|k| format!(" (did you mean \"{k}\"?)")).unwrap_or_default(),
        known.join(", ")
    )]
    NotFound {
        id: String,
        known: Vec<String>,
        /// The known id nearest to `id`, if one is near.
        nearest: Option<String>,
    },
    // Not a `source`: the message already says it, and callers print the chain.
    #[error("cannot read questionnaire file {}: {error}", path.display())]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    // Transparent: the loader's problems are said once, not again as this error's source.
    #[error(transparent)]
    Invalid(#[from] LoadError),
    #[error(
        "{}: named as the {} translation of \"{id}\", but it declares base = \"{base}\", lang = \"{}\"; rename the file or correct the declaration",
        path.display(), lang.code(), declared.code()
    )]
    OverlayMismatch {
        path: PathBuf,
        id: String,
        lang: Lang,
        base: String,
        declared: Lang,
    },
}

impl CatalogError {
    /// What went wrong, in `lang`; in English the same text as `Display`. What the file
    /// system said stays as it said it.
    pub fn message_in(&self, lang: Lang) -> String {
        use crate::t;
        match self {
            CatalogError::NotFound { id, known, nearest } => {
                let known = known.join(", ");
                match nearest {
                    Some(nearest) => t!(
                        lang,
                        "cli-load-catalog-not-found-hint",
                        id = id,
                        nearest = nearest,
                        known = &known
                    ),
                    None => t!(lang, "cli-load-catalog-not-found", id = id, known = &known),
                }
            }
            CatalogError::Io { path, error } => t!(
                lang,
                "cli-load-catalog-io",
                path = &path.display().to_string(),
                error = &error.to_string()
            ),
            CatalogError::Invalid(e) => e.message_in(lang),
            CatalogError::OverlayMismatch {
                path,
                id,
                lang: named,
                base,
                declared,
            } => t!(
                lang,
                "cli-load-catalog-overlay-mismatch",
                path = &path.display().to_string(),
                named = named.code(),
                id = id,
                base = base,
                declared = declared.code()
            ),
        }
    }
}

/// One questionnaire as listed: loaded, or broken with its problems.
#[derive(Debug)]
pub struct Listed {
    pub origin: Origin,
    pub result: Result<Questionnaire, CatalogError>,
    /// A user file with the same id hides this one.
    pub shadowed: bool,
}

/// The built-in questionnaire with this id, parsed once per process.
pub fn built_in(id: &str) -> Option<&'static Questionnaire> {
    static PARSED: OnceLock<Vec<Questionnaire>> = OnceLock::new();
    let all = PARSED.get_or_init(|| {
        BUILT_IN
            .iter()
            .map(|(_, name, src)| {
                // The built-in files are checked by the test suite; failing here is a bug.
                load_str(src, name).unwrap_or_else(|e| panic!("built-in questionnaire: {e}"))
            })
            .collect()
    });
    all.iter().find(|q| q.id == id)
}

// `BUILT_IN_HASHES`: the hash of each built-in file's text, worked out by build.rs.
include!(concat!(env!("OUT_DIR"), "/built_in.rs"));

/// The hash of a built-in questionnaire's text, known without parsing it (or hashing it: the
/// build did): enough to tell whether figures computed earlier still hold.
pub fn built_in_hash(id: &str) -> Option<&'static str> {
    let (_, name, _) = BUILT_IN.iter().find(|(i, _, _)| *i == id)?;
    let file = Path::new(name).file_name()?.to_str()?;
    BUILT_IN_HASHES
        .iter()
        .find(|(f, _)| *f == file)
        .map(|(_, hash)| *hash)
}

/// The source text of a built-in questionnaire.
pub fn built_in_source(id: &str) -> Option<&'static str> {
    BUILT_IN
        .iter()
        .find(|(i, _, _)| *i == id)
        .map(|(_, _, s)| *s)
}

/// The largest questionnaire file read: the built-in one is about a tenth of it.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Loads and validates a questionnaire file.
pub fn load_file(path: &Path) -> Result<Questionnaire, CatalogError> {
    #[cfg(test)]
    FULL_LOADS.with(|n| n.set(n.get() + 1));
    let bytes = read_capped(path).map_err(|error| CatalogError::Io {
        path: path.to_path_buf(),
        error,
    })?;
    Ok(load_bytes(&bytes, &path.display().to_string())?)
}

/// Reads a file only when it is a regular file of at most [`MAX_FILE_BYTES`]: a path stored
/// in a database or found in a directory may name a device (`/dev/zero`), a FIFO that would
/// wait forever, or the terminal (`/dev/stdin`). It is opened without blocking and checked
/// once open, so a file swapped after the first look is caught too.
pub fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    read_at_most(path, MAX_FILE_BYTES, "questionnaire")
}

/// [`read_capped`] with another limit, for another kind of file (`what` names it in the
/// message).
pub fn read_at_most(path: &Path, max: u64, what: &str) -> std::io::Result<Vec<u8>> {
    use std::io::{Error, ErrorKind, Read};
    let not_regular = || {
        Error::new(
            ErrorKind::InvalidInput,
            "it is not a regular file (a device, a FIFO or a directory), so it is not read",
        )
    };
    let too_big = || {
        Error::new(
            ErrorKind::InvalidData,
            format!(
                "it is larger than {} MiB, more than any {what} needs",
                max / (1024 * 1024)
            ),
        )
    };
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > max {
        return Err(too_big());
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(not_regular());
    }
    let mut bytes = Vec::new();
    file.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(too_big());
    }
    Ok(bytes)
}

#[cfg(test)]
thread_local! {
    /// How many files [`load_file`] parsed on this thread.
    static FULL_LOADS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How much of a file's beginning is read to find the id it declares.
const HEAD: u64 = 64 * 1024;

/// The top-level keys of a TOML file, read from its beginning without parsing the rest:
/// TOML puts them (`id` of a questionnaire, `base` of an overlay) before the first table.
/// `None` when that cannot be told from the beginning alone or the file is not a regular
/// file.
fn head(path: &Path) -> Option<toml::Table> {
    use std::io::Read as _;
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let mut head = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(HEAD).read_to_end(&mut head))
        .ok()?;
    let whole = (head.len() as u64) < HEAD;
    let text = match std::str::from_utf8(&head) {
        Ok(t) => t,
        // Cut in the middle of a character: what comes before is still text.
        Err(e) if !whole => std::str::from_utf8(&head[..e.valid_up_to()]).ok()?,
        Err(_) => return None,
    };
    let top = |toml: &str| toml.parse::<toml::Table>().ok();
    // Each line that opens a table may be the first table, or text inside a multi-line
    // string: the first cut before which everything parses is the end of the top level.
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with('[')
            && let Some(table) = top(&text[..start])
        {
            return Some(table);
        }
        start += line.len();
    }
    if whole { top(text) } else { None }
}

/// The id a questionnaire file declares, read from its beginning without parsing the rest.
/// `None` when that cannot be told from the beginning alone; a file that is not a regular
/// file declares "".
fn declared_id(path: &Path) -> Option<String> {
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return Some(String::new());
    }
    head(path)?.get("id")?.as_str().map(str::to_string)
}

/// Whether a file is a translation overlay rather than a questionnaire: its top level
/// declares the `base` it translates (read from its beginning only).
pub fn is_overlay(path: &Path) -> bool {
    head(path).is_some_and(|top| top.contains_key("base"))
}

/// Whether a file's name has the form of an overlay's, `<id>.<lang>.toml` with a language
/// code of letters: only such files are opened to tell whether they are overlays.
fn overlay_named(path: &Path) -> bool {
    let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
        return false;
    };
    stem.rsplit_once('.').is_some_and(|(id, code)| {
        !id.is_empty()
            && (2..=8).contains(&code.len())
            && code.chars().all(|c| c.is_ascii_alphabetic())
    })
}

/// The questionnaires available to this user.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// The user's questionnaire directory; `None` when there is no home directory.
    dir: Option<PathBuf>,
}

impl Catalog {
    pub fn new(dir: Option<PathBuf>) -> Self {
        Catalog { dir }
    }

    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    fn user_files(&self) -> Vec<PathBuf> {
        let Some(dir) = &self.dir else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        // Translations lie beside the questionnaires; they are not questionnaires.
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .filter(|p| !(overlay_named(p) && is_overlay(p)))
            .collect();
        files.sort();
        files
    }

    /// True when the user's directory holds questionnaire files (which may take the place of
    /// a built-in one).
    pub fn has_user_files(&self) -> bool {
        !self.user_files().is_empty()
    }

    /// Every questionnaire: built-in ones first, then the user's files (broken ones included).
    pub fn list(&self) -> Vec<Listed> {
        let user: Vec<Listed> = self
            .user_files()
            .into_iter()
            .map(|path| Listed {
                result: load_file(&path),
                origin: Origin::File(path),
                shadowed: false,
            })
            .collect();
        let user_ids: Vec<&str> = user
            .iter()
            .filter_map(|l| l.result.as_ref().ok().map(|q| q.id.as_str()))
            .collect();
        let mut out: Vec<Listed> = BUILT_IN
            .iter()
            .map(|(id, _, _)| Listed {
                origin: Origin::BuiltIn,
                result: Ok(built_in(id).expect("built-in id").clone()),
                shadowed: user_ids.contains(id),
            })
            .collect();
        out.extend(user);
        out
    }

    /// The questionnaire with this id: the user's file if there is one, else the built-in one.
    /// Only a file that declares this id (or whose beginning does not tell) is parsed.
    pub fn find(&self, id: &str) -> Result<(Questionnaire, Origin), CatalogError> {
        for path in self.user_files() {
            if declared_id(&path).is_some_and(|declared| declared != id) {
                continue;
            }
            if let Ok(q) = load_file(&path)
                && q.id == id
            {
                return Ok((q, Origin::File(path)));
            }
        }
        if let Some(q) = built_in(id) {
            return Ok((q.clone(), Origin::BuiltIn));
        }
        let known: Vec<String> = self
            .list()
            .into_iter()
            .filter_map(|l| l.result.ok().map(|q| q.id))
            .collect();
        let nearest = nearest(id, known.iter().map(String::as_str)).map(str::to_string);
        Err(CatalogError::NotFound {
            id: id.to_string(),
            known,
            nearest,
        })
    }

    /// Questionnaire `q` in `lang`: its texts from the user's overlay
    /// (`<id>.<lang>.toml` in the questionnaire directory) where it has them, else from the
    /// built-in overlay, else English (listed in [`Translation::missing`]). Ids, weights,
    /// dependencies, version and hash stay the base's. English is `q` itself; the
    /// pseudo-locale is generated from `q`; a language without any overlay is `q` in English,
    /// with [`Translation::untranslated`] true so that the caller can say so. A user overlay
    /// that cannot be read or parsed, or that declares another base or language than its
    /// name, is an error. Nothing is parsed for English or the pseudo-locale, and only the
    /// overlays of `lang` otherwise.
    pub fn translated(&self, q: &Questionnaire, lang: Lang) -> Result<Translation, CatalogError> {
        if matches!(lang, Lang::En | Lang::Pseudo) {
            return Ok(overlay::translate(q, lang, &[]));
        }
        let user = self.user_overlay(&q.id, lang)?;
        let mut layers: Vec<(&Overlay, OverlayOrigin)> = Vec::new();
        if let Some((o, path)) = &user {
            layers.push((o, OverlayOrigin::File(path.clone())));
        }
        if let Some(o) = built_in_overlay(&q.id, lang) {
            layers.push((o, OverlayOrigin::BuiltIn));
        }
        Ok(overlay::translate(q, lang, &layers))
    }

    /// The user's overlay translating questionnaire `id` into `lang`, if the questionnaire
    /// directory has one.
    fn user_overlay(
        &self,
        id: &str,
        lang: Lang,
    ) -> Result<Option<(Overlay, PathBuf)>, CatalogError> {
        let Some(dir) = &self.dir else {
            return Ok(None);
        };
        let path = dir.join(overlay::file_name(id, lang));
        if std::fs::symlink_metadata(&path).is_err() {
            return Ok(None);
        }
        let bytes = read_capped(&path).map_err(|error| CatalogError::Io {
            path: path.clone(),
            error,
        })?;
        let o = overlay::parse_bytes(&bytes, &path.display().to_string())?;
        if o.base != id || o.lang != lang {
            return Err(CatalogError::OverlayMismatch {
                path,
                id: id.to_string(),
                lang,
                base: o.base,
                declared: o.lang,
            });
        }
        Ok(Some((o, path)))
    }

    /// Checks an overlay file against its base, found by id as [`Catalog::find`] finds it
    /// (see [`overlay::check`]).
    pub fn check_overlay(&self, path: &Path) -> Result<overlay::Checked, CatalogError> {
        let bytes = read_capped(path).map_err(|error| CatalogError::Io {
            path: path.to_path_buf(),
            error,
        })?;
        let origin = path.display().to_string();
        let source = super::loader::utf8(&bytes, &origin)?;
        let mut checked = overlay::check_base(source, &origin, |id| {
            self.find(id).map(|(q, _)| q).map_err(|e| match e {
                CatalogError::NotFound { known, nearest, .. } => {
                    overlay::BaseMissing::NotFound { known, nearest }
                }
                other => overlay::BaseMissing::Catalog(other),
            })
        })?;
        let (base, lang) = (checked.overlay.base.clone(), checked.overlay.lang);
        // What a user's overlay leaves out comes from the built-in one, unless this is it.
        if let Some(shipped) = built_in_overlay(&base, lang)
            && built_in_overlay_source(&base, lang) != Some(source)
        {
            let (covered, missing) = std::mem::take(&mut checked.missing)
                .into_iter()
                .partition(|key| shipped.has(key));
            checked.covered = covered;
            checked.missing = missing;
        }
        let expected = overlay::file_name(&base, lang);
        if path.file_name().and_then(|n| n.to_str()) != Some(expected.as_str()) {
            checked.warnings.push(overlay::Warning::new(
                None,
                super::loader::said!(lang, "cli-load-overlay-file-name", name = &expected),
            ));
        }
        Ok(checked)
    }

    /// An id, or a path to a `.toml` file.
    pub fn resolve(&self, id_or_path: &str) -> Result<(Questionnaire, Origin), CatalogError> {
        let path = Path::new(id_or_path);
        let looks_like_path = id_or_path.ends_with(".toml")
            || id_or_path.contains(std::path::MAIN_SEPARATOR)
            || id_or_path.contains('/');
        if looks_like_path || (path.is_file() && built_in(id_or_path).is_none()) {
            let q = load_file(path)?;
            return Ok((q, Origin::File(path.to_path_buf())));
        }
        self.find(id_or_path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in questionnaire's text under another id.
    fn renamed(id: &str) -> String {
        built_in_source("iso42001").unwrap().replacen(
            "id = \"iso42001\"",
            &format!("id = \"{id}\""),
            1,
        )
    }

    #[test]
    fn only_the_file_with_the_id_sought_is_parsed() {
        let dir = tempfile::TempDir::new().unwrap();
        for id in ["alpha", "beta", "gamma"] {
            std::fs::write(dir.path().join(format!("{id}.toml")), renamed(id)).unwrap();
        }
        // A multi-line string with a line that looks like a table, among the top-level keys.
        let delta = renamed("delta").replacen(
            "description = \"\"\"\n",
            "description = \"\"\"\n[not a table]\n",
            1,
        );
        assert!(delta.contains("\n[not a table]\n"));
        std::fs::write(dir.path().join("delta.toml"), delta).unwrap();
        let catalog = Catalog::new(Some(dir.path().to_path_buf()));
        let loads = || FULL_LOADS.with(std::cell::Cell::get);

        let before = loads();
        let (q, origin) = catalog.find("iso42001").unwrap();
        assert_eq!((q.id.as_str(), origin), ("iso42001", Origin::BuiltIn));
        assert_eq!(
            loads() - before,
            0,
            "a built-in questionnaire parsed user files"
        );

        for id in ["beta", "delta"] {
            let before = loads();
            let (q, _) = catalog.find(id).unwrap();
            assert_eq!(q.id, id);
            assert_eq!(loads() - before, 1, "more than the file of {id} was parsed");
        }

        // A file that takes the built-in one's place is still found.
        std::fs::write(
            dir.path().join("mine.toml"),
            renamed("iso42001").replacen("version = \"", "version = \"mine-", 1),
        )
        .unwrap();
        let (q, origin) = catalog.find("iso42001").unwrap();
        assert!(q.version.starts_with("mine-"), "{}", q.version);
        assert!(matches!(origin, Origin::File(_)));
    }

    #[test]
    fn a_users_overlay_wins_over_the_built_in_one_text_by_text_and_is_not_a_questionnaire() {
        let dir = tempfile::TempDir::new().unwrap();
        let catalog = Catalog::new(Some(dir.path().to_path_buf()));
        let base = built_in("iso42001").unwrap();
        std::fs::write(
            dir.path().join("iso42001.de.toml"),
            "base = \"iso42001\"\nlang = \"de\"\nbase_version = \"2026.1\"\n\
             [question.\"4.1-a\"]\nprompt = \"Unsere eigene Frage\"\n",
        )
        .unwrap();
        let t = catalog.translated(base, Lang::De).unwrap();
        let path = dir.path().join("iso42001.de.toml");
        assert_eq!(
            t.overlays,
            [OverlayOrigin::File(path), OverlayOrigin::BuiltIn]
        );
        let q = &t.questionnaire;
        assert_eq!(
            q.question("4.1-a").unwrap().question.prompt,
            "Unsere eigene Frage"
        );
        // Everything else comes from the built-in overlay.
        assert_eq!(
            q.question("4.1-a").unwrap().question.topic,
            "Interne und externe Themen"
        );
        assert!(t.missing.is_empty(), "{:?}", t.missing);
        assert_eq!(t.stale.as_deref(), Some("2026.1"));
        assert_eq!(q.hash, base.hash);

        // A file named for one translation that declares another is refused.
        std::fs::write(
            dir.path().join("iso42001.de.toml"),
            "base = \"iso27001\"\nlang = \"de\"\n",
        )
        .unwrap();
        let err = catalog.translated(base, Lang::De).unwrap_err().to_string();
        assert!(
            err.ends_with("iso42001.de.toml: named as the de translation of \"iso42001\", but it declares base = \"iso27001\", lang = \"de\"; rename the file or correct the declaration"),
            "{err}"
        );
        std::fs::write(dir.path().join("iso42001.de.toml"), "base = ").unwrap();
        let err = catalog.translated(base, Lang::De).unwrap_err().to_string();
        assert!(err.contains("iso42001.de.toml:1:"), "{err}");
    }

    #[test]
    fn built_in_overlays_are_parsed_only_for_the_language_asked_for() {
        let catalog = Catalog::new(None);
        let base = built_in("iso42001").unwrap();
        assert!(built_in_languages("iso42001").eq([Lang::De]));
        assert_eq!(built_in_languages("other").count(), 0);
        let en = catalog.translated(base, Lang::En).unwrap();
        assert!(en.overlays.is_empty() && !en.untranslated());
        let de = catalog.translated(base, Lang::De).unwrap();
        assert!(de.complete());
        assert!(std::ptr::eq(
            built_in_overlay("iso42001", Lang::De).unwrap(),
            built_in_overlay("iso42001", Lang::De).unwrap()
        ));
        assert!(built_in_overlay("iso42001", Lang::Pseudo).is_none());
    }

    #[test]
    fn overlays_beside_the_questionnaires_are_neither_listed_nor_parsed_as_questionnaires() {
        let dir = tempfile::TempDir::new().unwrap();
        let catalog = Catalog::new(Some(dir.path().to_path_buf()));
        std::fs::write(
            dir.path().join("iso42001.de.toml"),
            "base = \"iso42001\"\nlang = \"de\"\n[question.\"4.1-a\"]\nprompt = \"Frage\"\n",
        )
        .unwrap();
        assert!(is_overlay(&dir.path().join("iso42001.de.toml")));
        assert!(!catalog.has_user_files());
        assert!(catalog.list().iter().all(|l| l.result.is_ok()));
        let loads = || FULL_LOADS.with(std::cell::Cell::get);
        let before = loads();
        catalog.find("iso42001").unwrap();
        assert_eq!(loads(), before);
    }

    #[test]
    fn overlay_names_are_told_from_questionnaire_names() {
        for (name, overlay) in [
            ("iso42001.de.toml", true),
            ("mine.pseudo.toml", true),
            ("iso42001.toml", false),
            ("nist-1.0.toml", false),
            ("v.2.toml", false),
            (".de.toml", false),
        ] {
            assert_eq!(overlay_named(Path::new(name)), overlay, "{name}");
        }
    }

    #[test]
    fn the_declared_id_is_read_from_the_beginning_only() {
        let dir = tempfile::TempDir::new().unwrap();
        let file = |name: &str, text: &str| {
            let p = dir.path().join(name);
            std::fs::write(&p, text).unwrap();
            p
        };
        assert_eq!(
            declared_id(&file("a.toml", "id = \"a\"\n[[scale]]\nlevel = 0\n")),
            Some("a".into())
        );
        assert_eq!(declared_id(&file("b.toml", "title = \"x\"\n")), None);
        assert_eq!(declared_id(&file("c.toml", "id = [broken\n")), None);
        let big = format!("id = \"big\"\n[x]\n{}", "# filler\n".repeat(100_000));
        assert_eq!(declared_id(&file("d.toml", &big)), Some("big".into()));
    }

    #[test]
    fn the_hashes_worked_out_by_the_build_are_those_of_the_texts() {
        for (id, name, source) in BUILT_IN {
            let expected = super::super::loader::content_hash(source);
            assert_eq!(built_in_hash(id), Some(expected.as_str()), "{name}");
            assert_eq!(
                built_in(id).map(|q| q.hash.as_str()),
                Some(expected.as_str())
            );
        }
        assert_eq!(built_in_hash("no-such-questionnaire"), None);
    }
}
