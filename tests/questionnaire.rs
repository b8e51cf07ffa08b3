//! The questionnaire loader against its fixtures, and the built-in ISO 42001 catalogue
//! against the structural reference.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use aimsgap::questionnaire::catalog::{self, built_in};
use aimsgap::questionnaire::{SectionKind, load_str};

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/questionnaires")
        .join(dir);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

/// Each invalid fixture starts with `# expect: LINE:COL: message` lines: exactly the problems
/// the loader must report, in order — no more, no fewer.
#[test]
fn every_invalid_fixture_reports_exactly_its_expected_problems() {
    let files = fixtures("invalid");
    assert!(files.len() >= 20, "only {} invalid fixtures", files.len());
    for path in files {
        let text = fs::read_to_string(&path).unwrap();
        let expected: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("# expect: "))
            .collect();
        assert!(
            !expected.is_empty(),
            "{} has no `# expect:` line",
            path.display()
        );
        let err = load_str(&text, "f").expect_err(&format!("{} should not load", path.display()));
        let got: Vec<String> = err
            .problems
            .iter()
            .map(|p| format!("{}:{}: {}", p.line, p.column, p.message))
            .collect();
        assert_eq!(got, expected, "{}", path.display());
        // The rendered error names the file, line and column of every problem.
        let rendered = err.to_string();
        for e in &expected {
            assert!(rendered.contains(&format!("f:{e}")), "{rendered}");
        }
    }
}

#[test]
fn the_fixtures_cover_every_case_the_loader_must_catch() {
    let names: BTreeSet<String> = fixtures("invalid")
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    for case in [
        "syntax",
        "missing_field",
        "empty_field",
        "duplicate_question_id",
        "duplicate_requirement_ref",
        "unknown_dependency",
        "dependency_cycle",
        "self_dependency",
        "weight_zero",
        "weight_negative",
        "unknown_effort",
        "unknown_phase",
        "scale_gap",
        "scale_not_from_zero",
        "many_problems",
    ] {
        assert!(names.contains(case), "no fixture for {case}");
    }
}

#[test]
fn a_file_with_many_problems_reports_them_all_in_one_pass() {
    let path = fixtures("invalid")
        .into_iter()
        .find(|p| p.ends_with("many_problems.toml"))
        .unwrap();
    let err = load_str(&fs::read_to_string(path).unwrap(), "f").unwrap_err();
    let kinds = [
        "missing required field",
        "duplicate question id",
        "unknown effort",
        "`depends_on` names",
    ];
    for k in kinds {
        assert!(
            err.problems.iter().any(|p| p.message.contains(k)),
            "{k} missing from {err}"
        );
    }
}

#[test]
fn valid_fixtures_load() {
    for path in fixtures("valid") {
        let q = catalog::load_file(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(q.question_count() > 0);
    }
}

#[test]
fn the_worked_example_in_the_format_readme_loads() {
    let readme =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/README.md"))
            .unwrap();
    let start = readme.find("```toml\n").expect("a toml block") + "```toml\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let q = load_str(&readme[start..end], "README example").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(q.id, "mrs");
    assert_eq!(q.question_count(), 2);
    let (_, r) = q.requirement("B.1").unwrap();
    assert_eq!(r.roles, ["developer"]);
    assert_eq!(r.questions[0].depends_on, ["1.1"]);
}

#[test]
fn the_hash_identifies_the_text() {
    let text = fs::read_to_string(&fixtures("valid")[0]).unwrap();
    let a = load_str(&text, "a").unwrap();
    let b = load_str(&format!("{text}\n# a comment\n"), "b").unwrap();
    assert_eq!(a.hash.len(), 64);
    assert_ne!(a.hash, b.hash);
    assert_eq!(a.hash, load_str(&text, "c").unwrap().hash);
}

/// (kind, id, title) rows of the structural reference.
fn reference() -> Vec<(String, String, String)> {
    let text = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/iso42001-structure.tsv"),
    )
    .unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let mut parts = l.split('\t');
            let mut next = || parts.next().unwrap().to_string();
            (next(), next(), next())
        })
        .collect()
}

#[test]
fn the_built_in_catalogue_has_exactly_the_reference_items_and_titles() {
    let q = built_in("iso42001").expect("built in");
    let reference = reference();
    let expected_sections: Vec<(String, String)> = reference
        .iter()
        .filter(|(k, _, _)| k == "section")
        .map(|(_, id, t)| (id.clone(), t.clone()))
        .collect();
    let sections: Vec<(String, String)> = q
        .sections
        .iter()
        .map(|s| (s.id.clone(), s.title.clone()))
        .collect();
    assert_eq!(sections, expected_sections);

    let expected: Vec<(String, String, String)> = reference
        .iter()
        .filter(|(k, _, _)| k != "section")
        .cloned()
        .collect();
    let got: Vec<(String, String, String)> = q
        .requirements()
        .map(|(s, r)| {
            let kind = match s.kind {
                SectionKind::Clause => "clause",
                SectionKind::Annex => "control",
            };
            (kind.to_string(), r.reference.clone(), r.title.clone())
        })
        .collect();
    assert_eq!(got, expected);
    assert_eq!(got.iter().filter(|(k, _, _)| k == "clause").count(), 32);
    assert_eq!(got.iter().filter(|(k, _, _)| k == "control").count(), 38);
}

#[test]
fn every_built_in_item_has_a_complete_question() {
    let q = built_in("iso42001").unwrap();
    for (_, r) in q.requirements() {
        assert!(!r.questions.is_empty(), "{} has no question", r.reference);
        for question in &r.questions {
            assert!(!question.prompt.is_empty());
            assert!(!question.guidance.is_empty());
            assert!(!question.recommendation.is_empty());
            assert!(!question.evidence.is_empty(), "{}", question.id);
            assert!(question.weight > 0.0);
            assert!(q.phase(&question.phase).is_some());
        }
    }
    assert_eq!(q.max_level(), 5);
    let labels: Vec<&str> = q.scale.iter().map(|l| l.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Absent",
            "Initial",
            "Managed",
            "Defined",
            "Measured",
            "Optimising"
        ]
    );
}

#[test]
fn documented_information_is_flagged_where_the_standard_requires_it() {
    // Clauses whose text calls for documented information (the reference's DI column).
    let clauses_with_di: BTreeSet<&str> = [
        "4.3", "5.2", "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.2", "7.2", "8.1", "8.2", "8.3", "8.4",
        "9.1", "9.2.2", "9.3.3", "10.2",
    ]
    .into();
    let q = built_in("iso42001").unwrap();
    let mut documented: BTreeMap<&str, bool> = BTreeMap::new();
    for at in q.questions() {
        if at.kind() == SectionKind::Clause {
            let flag = documented.entry(&at.requirement.reference).or_insert(false);
            *flag |= at.question.documented;
        }
    }
    let flagged: BTreeSet<&str> = documented
        .iter()
        .filter(|(_, d)| **d)
        .map(|(r, _)| *r)
        .collect();
    assert_eq!(flagged, clauses_with_di);
}

#[test]
fn built_in_source_is_the_file_in_the_repository() {
    let on_disk = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/iso42001.toml"),
    )
    .unwrap();
    assert_eq!(catalog::built_in_source("iso42001").unwrap(), on_disk);
}
