//! Work done once at build time rather than at every start (each was a fifth of a
//! millisecond before the first frame, measured by the start-up benchmark):
//!
//! - the SHA-256 of each built-in questionnaire's text, which listing assessments compares
//!   with the hash their saved figures were computed against (`built_in.rs`, included by
//!   `questionnaire::catalog`);
//! - the default key bindings, `src/tui/keys.toml`, read into a table (`keys.rs`, included
//!   by `tui::keymap`), so that the TOML parser only runs for a user's own keys.toml.
//!
//! Tests check both against the same work done at run time.

use std::fmt::Write as _;
use std::path::Path;

use sha2::{Digest, Sha256};
use toml::de::DeTable;

fn main() {
    questionnaire_hashes();
    default_keys();
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
