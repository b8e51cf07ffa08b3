//! Work done once at build time rather than at every start (each was a fifth of a
//! millisecond before the first frame, measured by the start-up benchmark):
//!
//! - the SHA-256 of each built-in questionnaire's text, which listing assessments compares
//!   with the hash their saved figures were computed against (`built_in.rs`, included by
//!   `questionnaire::catalog`);
//! - the default key bindings, `src/tui/keys.toml`, read into a table (`keys.rs`, included
//!   by `tui::keymap`), so that the TOML parser only runs for a user's own keys.toml.
//!
//! - where each message of each catalogue file in `locales/` is, sorted by id
//!   (`catalogue_index.rs`, included by `i18n::catalogue`), so that a start does not read the
//!   screens' file line by line to find the messages it shows.
//!
//! Tests check each against the same work done at run time.

use std::fmt::Write as _;
use std::path::Path;

use sha2::{Digest, Sha256};
use toml::de::DeTable;

#[path = "src/i18n/index.rs"]
mod index;

fn main() {
    questionnaire_hashes();
    default_keys();
    catalogue_index();
}

/// `catalogue_index.rs`: (language, area, entries sorted by id) for each `locales/*/*.ftl`.
fn catalogue_index() {
    let dir = Path::new("locales");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut langs: Vec<_> = std::fs::read_dir(dir)
        .expect("the locales directory")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();
    let mut out = String::from(
        "/// (language, area, its messages sorted by id) for each file in `locales/`.\n\
         const INDEXES: &[(&str, &str, &[Entry])] = &[\n",
    );
    for folder in langs {
        println!("cargo::rerun-if-changed={}", folder.display());
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .expect("a language's folder")
            .map(|e| e.expect("a directory entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        let lang = folder
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a UTF-8 name");
        for path in files {
            println!("cargo::rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path).expect("a catalogue file");
            let area = path
                .file_stem()
                .and_then(|n| n.to_str())
                .expect("a UTF-8 name");
            write!(out, "    ({lang:?}, {area:?}, &[").expect("a string");
            for e in index::entries(&text) {
                write!(out, "e({}, {}, {}), ", e.start, e.id_end, e.end).expect("a string");
            }
            out.push_str("]),\n");
        }
    }
    out.push_str("];\n");
    write_out("catalogue_index.rs", &out);
}

/// `keys.rs`: the tables of keys.toml in file order, each with its (key, action) pairs in
/// file order (the first key of an action is the one hints show).
fn default_keys() {
    let path = Path::new("src/tui/keys.toml");
    println!("cargo::rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path).expect("src/tui/keys.toml");
    let doc = DeTable::parse(&text).expect("src/tui/keys.toml is valid TOML");
    let mut tables: Vec<_> = doc.get_ref().iter().collect();
    tables.sort_by_key(|(k, _)| k.span().start);
    let mut out = String::from(
        "/// keys.toml as (table, [(key, action)]), in file order.\n\
         const DEFAULT_BINDINGS: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for (name, table) in tables {
        let entries = table
            .get_ref()
            .as_table()
            .expect("tables of key = \"action\" lines");
        let mut entries: Vec<_> = entries.iter().collect();
        entries.sort_by_key(|(k, _)| k.span().start);
        writeln!(out, "    ({:?}, &[", name.get_ref().as_ref()).expect("a string");
        for (key, action) in entries {
            let action = action.get_ref().as_str().expect("actions are strings");
            writeln!(out, "        ({:?}, {action:?}),", key.get_ref().as_ref()).expect("a string");
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    write_out("keys.rs", &out);
}

fn write_out(name: &str, text: &str) {
    let dest = Path::new(&std::env::var_os("OUT_DIR").expect("OUT_DIR")).join(name);
    std::fs::write(dest, text).expect("write the generated table");
}

/// `built_in.rs`: (file name, SHA-256 in hex) of each questionnaire in `questionnaires/`.
fn questionnaire_hashes() {
    let dir = Path::new("questionnaires");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("the questionnaires directory")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut out = String::from(
        "/// (file name, SHA-256 of its text in hex) of each `.toml` file in `questionnaires/`.\n\
         pub const BUILT_IN_HASHES: &[(&str, &str)] = &[\n",
    );
    for path in files {
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read(&path).expect("a questionnaire file");
        let hex = Sha256::digest(&text)
            .iter()
            .fold(String::new(), |mut s, b| {
                let _ = write!(s, "{b:02x}");
                s
            });
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a UTF-8 file name");
        writeln!(out, "    ({name:?}, {hex:?}),").expect("a string");
    }
    out.push_str("];\n");
    write_out("built_in.rs", &out);
}
