//! Works out, once at build time, the SHA-256 of each built-in questionnaire's text.
//!
//! Listing assessments checks that the figures saved for each still belong to the
//! questionnaire it opens with; for a built-in one that is this hash. Computed at start-up it
//! cost a fifth of a millisecond before the first frame. `questionnaire::catalog` includes
//! the generated table; a test checks it against the hash computed at run time.

use std::fmt::Write as _;
use std::path::Path;

use sha2::{Digest, Sha256};

fn main() {
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
    let dest = Path::new(&std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("built_in.rs");
    std::fs::write(dest, out).expect("write the generated table");
}
