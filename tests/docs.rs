//! The README tells the truth: its scoring method is the report's method appendix, and it
//! lists every command and every export format the binary has.

mod common;

use aimsgap::cli::Cli;
use aimsgap::report::{Format, method};
use clap::CommandFactory;

fn readme() -> String {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    // Lines wrap differently in the two places; compare words.
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn readme_scoring_section_says_what_the_method_appendix_says() {
    let readme = readme();
    let report = common::fixture();
    let parts = method::appendix(&report);
    let mut checked = 0;
    for title in ["Scores, coverage and readiness", "Status, gap and priority"] {
        let part = parts.iter().find(|p| p.title == title).unwrap();
        // The first paragraph of the scores part names this assessment's target.
        let skip = usize::from(title.starts_with("Scores"));
        for text in part.paragraphs.iter().skip(skip).chain(&part.bullets) {
            assert!(readme.contains(&words(text)), "README does not say: {text}");
            checked += 1;
        }
    }
    let roadmap = parts
        .iter()
        .find(|p| p.title == "How the roadmap was built")
        .unwrap();
    for text in &roadmap.paragraphs[..2] {
        assert!(readme.contains(&words(text)), "README does not say: {text}");
        checked += 1;
    }
    assert!(checked >= 10);
}

#[test]
fn readme_lists_every_command_and_format() {
    let readme = readme();
    for sub in Cli::command().get_subcommands() {
        let name = sub.get_name();
        if name == "help" {
            continue;
        }
        assert!(
            readme.contains(&format!("`aimsgap {name}")),
            "README does not describe `aimsgap {name}`"
        );
    }
    for f in Format::ALL {
        assert!(
            readme.contains(&format!("| `{}` |", f.name())),
            "README does not describe --format {}",
            f.name()
        );
    }
}

/// The export dialog lists `Format::ALL`: every format the command line offers is in it, under
/// the same name, and `--help` names each one.
#[test]
fn every_command_line_format_is_in_the_export_dialogs_list() {
    use clap::ValueEnum;
    let formats = aimsgap::cli::Format::value_variants();
    assert_eq!(formats.len(), Format::ALL.len());
    let export = Cli::command()
        .find_subcommand_mut("export")
        .unwrap()
        .render_long_help()
        .to_string();
    for f in formats {
        let name = f.to_possible_value().unwrap().get_name().to_string();
        let format = *f;
        assert!(Format::ALL.contains(&format), "{name} is not in the dialog");
        assert_eq!(format.name(), name);
        assert!(export.contains(&name), "--help does not name {name}");
    }
    assert!(Format::ALL.iter().any(|f| f.name() == "docx"));
}
