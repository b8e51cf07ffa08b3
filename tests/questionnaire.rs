//! The questionnaire loader against its fixtures, and the built-in ISO 42001 catalogue
//! against the structural reference.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use aimsgap::questionnaire::catalog::{self, built_in};
use aimsgap::questionnaire::{Defaults, SectionKind, load_bytes, load_str};

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

/// Each invalid fixture has `# expect: LINE:COL: message` lines (at the top, or right after
/// the first line where that line is the point): exactly the problems the loader must report,
/// in order — no more, no fewer. Files are read as bytes, as `aimsgap` reads them, since some
/// are deliberately not UTF-8.
#[test]
fn every_invalid_fixture_reports_exactly_its_expected_problems() {
    let files = fixtures("invalid");
    assert!(files.len() >= 30, "only {} invalid fixtures", files.len());
    for path in files {
        let bytes = fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let expected: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("# expect: "))
            .collect();
        assert!(
            !expected.is_empty(),
            "{} has no `# expect:` line",
            path.display()
        );
        let err =
            load_bytes(&bytes, "f").expect_err(&format!("{} should not load", path.display()));
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
        "empty_file",
        "not_utf8",
        "bom_at_start",
        "crlf_line_endings",
        "duplicate_key",
        "deep_nesting",
        "weight_huge",
        "weight_not_finite",
        "requirement_outside_section",
        "report_table",
        "intent_two_lines",
        "topic_two_lines",
        "topic_too_long",
        "levels_wrong_count",
        "levels_too_long",
        "scale_short_two_lines",
        "action_key_with_spaces",
        "unknown_package",
        // Tables named by their number: a mistyped ref, blank ids.
        "unnamed_tables",
    ] {
        assert!(names.contains(case), "no fixture for {case}");
    }
}

#[test]
fn labels_default_to_neutral_words_and_the_evidence_level_follows_the_scale() {
    let minimal = fixtures("valid")
        .into_iter()
        .find(|p| p.ends_with("minimal.toml"))
        .unwrap();
    let q = load_bytes(&fs::read(minimal).unwrap(), "m").unwrap();
    let l = &q.labels;
    assert_eq!(
        (l.title.as_str(), l.clauses.as_str(), l.annex.as_str()),
        ("Gap analysis", "Clauses", "Annex")
    );
    assert_eq!(l.standard, q.title);
    assert!(l.disclaimer.contains(&q.title) && !l.disclaimer.contains("42001"));
    assert!(l.copyright.is_empty() && l.stage1_sections.is_empty());
    assert_eq!(l.evidence_from_level, 1, "0–1 scale");
    // A 0–3 scale expects evidence from 2, a 0–5 scale from 3.
    let four = |n: u8| aimsgap::questionnaire::Labels::default_evidence_level(n);
    assert_eq!((four(3), four(5), four(9)), (2, 3, 5));
    let iso = built_in("iso42001").unwrap();
    assert_eq!(iso.labels.clauses, "Clauses 4–10");
    assert_eq!(iso.labels.annex, "Annex A");
    assert_eq!(iso.labels.stage1_sections, ["4", "5", "6"]);
    assert_eq!(iso.labels.evidence_from_level, 3);
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

/// `aimsgap questionnaire check` on files that cannot be read as a questionnaire at all: the
/// answer names the file, says what is wrong once, and the exit status is non-zero.
#[test]
fn unreadable_questionnaire_files_get_a_clear_answer() {
    let dir = tempfile::TempDir::new().unwrap();
    let check = |path: &Path| {
        let out = assert_cmd::Command::cargo_bin("aimsgap")
            .unwrap()
            .env_clear()
            .env("HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .args(["questionnaire", "check"])
            .arg(path)
            .output()
            .unwrap();
        assert!(!out.status.success());
        assert!(out.stdout.is_empty());
        String::from_utf8(out.stderr).unwrap()
    };
    let not_utf8 = fixtures("invalid")
        .into_iter()
        .find(|p| p.ends_with("not_utf8.toml"))
        .unwrap();
    let err = check(&not_utf8);
    assert!(
        err.starts_with(&format!(
            "error: {}:32:13: the file is not UTF-8 text (byte 0xE9 here)",
            not_utf8.display()
        )),
        "{err}"
    );

    let missing = dir.path().join("missing.toml");
    let err = check(&missing);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(&missing.display().to_string()), "{err}");
    // The reason is said once, not repeated by the error chain.
    assert_eq!(err.matches("No such file").count(), 1, "{err}");

    let err = check(dir.path());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(err.matches("directory").count(), 1, "{err}");
}

#[test]
fn valid_fixtures_load() {
    for path in fixtures("valid") {
        let q = catalog::load_file(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(q.question_count() > 0);
    }
}

#[test]
fn a_ref_may_hold_spaces_as_other_frameworks_write_them() {
    let path = fixtures("valid")
        .into_iter()
        .find(|p| p.ends_with("spaced_refs.toml"))
        .unwrap();
    let q = catalog::load_file(&path).unwrap_or_else(|e| panic!("{e}"));
    let (_, r) = q.requirement("GOVERN 1.2").unwrap();
    assert_eq!(r.questions[0].depends_on, ["GOVERN 1.1"]);
    // Spaces only: a tab or a slash is still refused, with the rule spelled out.
    let text = fs::read_to_string(&path).unwrap();
    let err = load_str(&text.replace("\"GOVERN 1.1\"", "\"GOVERN\t1.1\""), "f").unwrap_err();
    assert!(
        err.to_string()
            .contains("may only contain letters, digits, spaces, `.`, `-` and `_`"),
        "{err}"
    );
}

fn fixture(dir: &str, name: &str) -> PathBuf {
    fixtures(dir)
        .into_iter()
        .find(|p| p.ends_with(name))
        .unwrap_or_else(|| panic!("no fixture {name}"))
}

#[test]
fn a_minimal_questionnaire_loads_with_the_documented_defaults() {
    let q = catalog::load_file(&fixture("valid", "bare.toml")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(q.version, Defaults::VERSION);
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
    // Each level in a few words of its own, for the workshop's answer line.
    assert_eq!(q.scale[4].in_short(), "Measured and reviewed");
    assert_eq!(q.phases.len(), 1);
    assert_eq!(q.phases[0].id, Defaults::PHASE_ID);
    assert!(q.sections.iter().all(|s| s.kind == SectionKind::Clause));
    let a = q.question("gov-1-a").unwrap().question;
    assert_eq!(a.guidance, "");
    assert!(a.evidence.is_empty());
    assert_eq!(a.effort, Defaults::EFFORT);
    assert_eq!(a.phase, Defaults::PHASE_ID);
    // Built from what the file says: the requirement's title and ref, or the question's topic.
    assert_eq!(
        a.recommendation,
        "Accountability for AI (GOV 1): close the gap to the target maturity."
    );
    let b = q.question("gov-1-b").unwrap().question;
    assert_eq!(
        b.recommendation,
        "Escalation (GOV 1): close the gap to the target maturity."
    );
    let counted: Vec<(&str, usize)> = q.defaults.iter().collect();
    assert_eq!(
        counted,
        [
            ("version", 1),
            ("[[scale]]", 1),
            ("[[phase]]", 1),
            ("kind", 2),
            ("guidance", 3),
            ("evidence", 3),
            ("recommendation", 3),
            ("effort", 3),
            ("phase", 3),
        ]
    );
    // A field that is given is checked as before: a blank guidance is still refused.
    let text = fs::read_to_string(fixture("valid", "bare.toml")).unwrap();
    let blank = text.replacen(
        "topic = \"Escalation\"",
        "topic = \"Escalation\"\nguidance = \" \"",
        1,
    );
    let err = load_str(&blank, "f").unwrap_err().to_string();
    assert!(err.contains("`guidance` must not be empty"), "{err}");
}

#[test]
fn no_built_in_question_relies_on_a_default() {
    let q = built_in("iso42001").unwrap();
    assert!(
        q.defaults.is_empty(),
        "the built-in catalogue leaves fields to their defaults: {:?}",
        q.defaults
    );
    // The check sees a field left out: take one `effort` out of the built-in text.
    let source = catalog::built_in_source("iso42001").unwrap();
    let at = source.find("\neffort = ").unwrap();
    let end = at + 1 + source[at + 1..].find('\n').unwrap();
    let trimmed = format!("{}{}", &source[..at], &source[end..]);
    let q = load_str(&trimmed, "f").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(q.defaults.iter().collect::<Vec<_>>(), [("effort", 1)]);
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
    // `intent` is optional: 1.1 states one, B.1 does not.
    let (_, r) = q.requirement("1.1").unwrap();
    assert_eq!(
        r.intent,
        "Only models that someone accountable has approved reach users."
    );
    let (_, r) = q.requirement("B.1").unwrap();
    assert_eq!(r.intent, "");
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
fn every_built_in_requirement_states_its_intent_in_one_short_line_of_its_own() {
    let q = built_in("iso42001").unwrap();
    let mut seen = BTreeSet::new();
    for (_, r) in q.requirements() {
        let intent = r.intent.as_str();
        assert!(!intent.is_empty(), "{} has no intent", r.reference);
        assert!(
            !intent.contains('\n'),
            "{}: more than one line",
            r.reference
        );
        assert!(
            intent.chars().count() <= 140,
            "{}: {} characters is more than one line",
            r.reference,
            intent.chars().count()
        );
        assert!(intent.ends_with('.'), "{}: {intent}", r.reference);
        assert_ne!(intent, r.title, "{} only repeats its title", r.reference);
        assert!(
            seen.insert(intent),
            "{} repeats another intent",
            r.reference
        );
        // Our words, not the standard's: none of its "shall" phrasing.
        assert!(!intent.to_lowercase().contains("shall"), "{}", r.reference);
    }
    assert_eq!(seen.len(), 70);
}

/// The roadmap groups actions into work packages: the built-in catalogue declares a
/// handful and every requirement names one of them, each package holding some.
#[test]
fn every_built_in_requirement_belongs_to_a_declared_work_package() {
    let q = built_in("iso42001").unwrap();
    assert!(
        (8..=15).contains(&q.packages.len()),
        "{} packages",
        q.packages.len()
    );
    let mut used = BTreeSet::new();
    for (s, r) in q.requirements() {
        assert!(
            q.packages.iter().any(|p| p.id == r.package),
            "{} names no declared package",
            r.reference
        );
        let (id, title) = q.package_of(s, r);
        assert_eq!(id, r.package);
        assert!(!title.is_empty(), "{}", s.id);
        used.insert(id);
    }
    for p in &q.packages {
        assert!(used.contains(p.id.as_str()), "package {} is empty", p.id);
        assert!(!p.title.is_empty() && !p.description.is_empty(), "{}", p.id);
    }
    let policy = q
        .requirements()
        .find(|(_, r)| r.reference == "A.2.2")
        .unwrap()
        .1;
    let top = q
        .requirements()
        .find(|(_, r)| r.reference == "5.2")
        .unwrap()
        .1;
    assert_eq!(
        policy.package, top.package,
        "policy clause and controls share a pack"
    );
}

/// The tree shows each question's topic instead of repeating the requirement's title, so
/// every built-in question has one: short, its own, and distinct within its requirement.
#[test]
fn every_built_in_question_has_a_short_topic_of_its_own() {
    let q = built_in("iso42001").unwrap();
    let mut with = 0;
    for (_, r) in q.requirements() {
        let mut here = BTreeSet::new();
        for question in &r.questions {
            let topic = question.topic.as_str();
            assert!(!topic.is_empty(), "{} has no topic", question.id);
            assert!(
                topic.chars().count() <= aimsgap::questionnaire::MAX_TOPIC,
                "{}: {topic}",
                question.id
            );
            assert!(!topic.contains('\n'), "{}", question.id);
            assert_ne!(topic, r.title, "{} repeats its title", question.id);
            assert!(
                here.insert(topic),
                "{} repeats a sibling's topic",
                question.id
            );
            with += 1;
        }
    }
    assert_eq!(with, q.question_count());
}

/// The workshop shows six short descriptors under each question at 80×24: every built-in
/// question has its own, one per level, each short enough for one line beside its label.
#[test]
fn every_built_in_question_describes_each_level_in_a_few_words() {
    let q = built_in("iso42001").unwrap();
    assert!(q.scale.iter().all(|l| !l.short.is_empty()));
    for r in q.questions() {
        let question = r.question;
        assert_eq!(question.levels.len(), q.scale.len(), "{}", question.id);
        for text in &question.levels {
            assert!(text.chars().count() <= 36, "{}: {text}", question.id);
        }
        let distinct: BTreeSet<&String> = question.levels.iter().collect();
        assert_eq!(
            distinct.len(),
            q.scale.len(),
            "{} repeats a level",
            question.id
        );
        let shown: Vec<String> = q
            .descriptors(question)
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        assert_eq!(shown, question.levels, "{}", question.id);
    }
}

/// Without `levels`, each level reads as the guidance ladder's line cut to its first phrase,
/// and the scale's short form (or its description's first phrase) where the ladder is silent.
#[test]
fn a_question_without_levels_derives_them_from_its_guidance_and_the_scale() {
    let text = r#"
id = "t"
version = "1"
title = "T"

[[scale]]
level = 0
label = "Absent"
description = "Nothing exists, not even a plan."

[[scale]]
level = 1
label = "Present"
description = "It exists and works."

[[scale]]
level = 2
label = "Kept"
short = "Kept up to date"
description = "It exists, works and is reviewed."

[[phase]]
id = "p"
title = "P"

[[section]]
id = "1"
kind = "clause"
title = "Governance"

[[section.requirement]]
ref = "1.1"
title = "Policy"

[[section.requirement.question]]
id = "1.1-a"
prompt = "Who approved the policy?"
guidance = "Who signed. 1: a verbal nod, nothing written; 2: signed"
evidence = ["Approval record"]
recommendation = "Approve it."
effort = "S"
phase = "p"

[[section.requirement.question]]
id = "1.1-b"
prompt = "Who reads it?"
guidance = "No ladder here."
evidence = ["Read receipts"]
recommendation = "Share it."
effort = "S"
phase = "p"
"#;
    let q = load_str(text, "t").unwrap();
    let shown = |id: &str| -> Vec<String> {
        let question = q.question(id).unwrap().question;
        assert!(question.levels.is_empty());
        q.descriptors(question)
            .into_iter()
            .map(|(_, t)| t)
            .collect()
    };
    assert_eq!(shown("1.1-a"), ["Nothing exists", "a verbal nod", "signed"]);
    assert_eq!(
        shown("1.1-b"),
        ["Nothing exists", "It exists and works", "Kept up to date"]
    );
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
    // Annex A controls whose wording calls for documentation: the reference's sourced list,
    // and the controls whose requirement is itself to document something (assessed impacts,
    // development and use processes, verification and validation, the incident
    // communication plan, reporting obligations, objectives for responsible use). A.10.2 asks
    // that responsibilities be allocated, as A.3.2 does inside the organisation; writing the
    // allocation down is implementation guidance, so a low score there is a gap, not a
    // certification blocker.
    let controls_with_di: BTreeSet<&str> = [
        "A.2.2", "A.4.2", "A.4.3", "A.4.4", "A.4.5", "A.4.6", "A.5.3", "A.5.4", "A.5.5", "A.6.1.2",
        "A.6.1.3", "A.6.2.2", "A.6.2.3", "A.6.2.4", "A.6.2.5", "A.6.2.6", "A.6.2.7", "A.7.2",
        "A.7.3", "A.7.4", "A.7.5", "A.7.6", "A.8.4", "A.8.5", "A.9.2", "A.9.3",
    ]
    .into();
    let q = built_in("iso42001").unwrap();
    // Every question of an item carries the same flag.
    let mut documented: BTreeMap<&str, BTreeSet<bool>> = BTreeMap::new();
    for at in q.questions() {
        documented
            .entry(&at.requirement.reference)
            .or_default()
            .insert(at.question.documented);
    }
    for (r, flags) in &documented {
        assert_eq!(flags.len(), 1, "{r} mixes documented and not");
    }
    let flagged: BTreeSet<&str> = documented
        .iter()
        .filter(|(_, d)| d.contains(&true))
        .map(|(r, _)| *r)
        .collect();
    let expected: BTreeSet<&str> = clauses_with_di.union(&controls_with_di).copied().collect();
    assert_eq!(flagged, expected);
}

#[test]
fn built_in_source_is_the_file_in_the_repository() {
    let on_disk = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/iso42001.toml"),
    )
    .unwrap();
    assert_eq!(catalog::built_in_source("iso42001").unwrap(), on_disk);
}

/// The catalogue's content rules: what a senior consultant would expect of every question.
mod catalogue {
    use super::*;
    use aimsgap::questionnaire::{Questionnaire, split_guidance};

    fn iso() -> &'static Questionnaire {
        built_in("iso42001").unwrap()
    }

    #[test]
    fn every_question_is_complete() {
        let q = iso();
        assert!(
            q.question_count() >= 110,
            "{} questions",
            q.question_count()
        );
        for at in q.questions() {
            let x = at.question;
            assert!(x.prompt.len() > 40, "{}: prompt too thin", x.id);
            assert!(
                (2..=5).contains(&x.evidence.len()),
                "{}: {} evidence items",
                x.id,
                x.evidence.len()
            );
            assert!(
                x.recommendation.len() > 40,
                "{}: recommendation too thin",
                x.id
            );
            assert!(
                x.id.starts_with(&format!("{}-", at.requirement.reference)),
                "{}",
                x.id
            );
            // Guidance tells levels 1 to 4 apart for this item.
            let levels: Vec<u8> = split_guidance(&x.guidance)
                .levels
                .iter()
                .map(|(l, _)| *l)
                .collect();
            assert_eq!(levels, [1, 2, 3, 4], "{}: guidance levels", x.id);
        }
    }

    #[test]
    fn no_two_prompts_or_recommendations_are_the_same() {
        let mut prompts = BTreeSet::new();
        let mut recommendations = BTreeSet::new();
        for at in iso().questions() {
            assert!(
                prompts.insert(at.question.prompt.to_lowercase()),
                "{}",
                at.question.id
            );
            assert!(
                recommendations.insert(at.question.recommendation.to_lowercase()),
                "{}",
                at.question.id
            );
        }
    }

    #[test]
    fn prompts_are_open_questions_not_yes_no_paraphrases() {
        for at in iso().questions() {
            let p = at.question.prompt.to_lowercase();
            for closed in [
                "do you ",
                "is there ",
                "are there ",
                "does ",
                "have you ",
                "has the ",
            ] {
                assert!(
                    !p.starts_with(closed),
                    "{}: {}",
                    at.question.id,
                    at.question.prompt
                );
            }
        }
    }

    #[test]
    fn ai_specific_clauses_get_more_than_one_question() {
        let q = iso();
        for r in [
            "4.1", "5.2", "6.1.2", "6.1.3", "6.1.4", "6.2", "8.2", "8.3", "8.4",
        ] {
            let (_, req) = q.requirement(r).unwrap();
            assert!(req.questions.len() > 1, "{r}");
        }
        // Life-cycle and data controls are probed from more than one angle, as a group.
        let deep = |prefix: &str| {
            q.requirements()
                .filter(|(_, r)| r.reference.starts_with(prefix))
                .filter(|(_, r)| r.questions.len() > 1)
                .count()
        };
        assert!(deep("A.6.") >= 6, "A.6");
        assert!(deep("A.7.") >= 3, "A.7");
    }

    #[test]
    fn weights_favour_certification_critical_items() {
        let q = iso();
        let weight = |r: &str| q.requirement(r).unwrap().1.questions[0].weight;
        for critical in [
            "4.3", "5.2", "6.1.2", "6.1.3", "6.1.4", "8.2", "8.3", "8.4", "9.2.2", "9.3.3", "10.2",
        ] {
            assert!(weight(critical) >= 3.0, "{critical}");
        }
        let mean = |kind: SectionKind| {
            let ws: Vec<f64> = q
                .questions()
                .filter(|a| a.kind() == kind)
                .map(|a| a.question.weight)
                .collect();
            ws.iter().sum::<f64>() / ws.len() as f64
        };
        assert!(mean(SectionKind::Clause) > mean(SectionKind::Annex));
    }

    fn depends(q: &Questionnaire) -> BTreeMap<String, BTreeSet<String>> {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for at in q.questions() {
            out.entry(at.requirement.reference.clone())
                .or_default()
                .extend(at.question.depends_on.iter().cloned());
        }
        out
    }

    fn before(deps: &BTreeMap<String, BTreeSet<String>>, item: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![item.to_string()];
        while let Some(x) = todo.pop() {
            for d in &deps[&x] {
                if seen.insert(d.clone()) {
                    todo.push(d.clone());
                }
            }
        }
        seen
    }

    #[test]
    fn dependencies_follow_the_real_chain() {
        let q = iso();
        let deps = depends(q);
        let must = |item: &str, prior: &[&str]| {
            let b = before(&deps, item);
            for p in prior {
                assert!(
                    b.contains(*p),
                    "{item} should come after {p}; it comes after {b:?}"
                );
            }
            assert!(!b.contains(item), "{item} depends on itself");
        };
        for risk in ["6.1.1", "6.1.2", "6.1.3", "6.1.4"] {
            must(risk, &["4.3", "5.2"]);
        }
        must("6.1.3", &["6.1.2"]);
        for a5 in ["A.5.2", "A.5.3", "A.5.4", "A.5.5"] {
            must(a5, &["6.1.4"]);
        }
        for op in ["8.1", "8.2", "8.3", "8.4"] {
            must(op, &["6.1.3"]);
        }
        for eval in ["9.1", "9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3"] {
            must(eval, &["8.1"]);
        }
        must("10.2", &["9.2.2"]);
        // The programme first, then the audits it plans (never the other way round).
        must("9.2.1", &["9.2.2"]);
        assert!(
            !before(&deps, "9.2.2").contains("9.2.1"),
            "the audit programme (9.2.2) must not wait for an audit (9.2.1)"
        );
        // Annex A implementation work waits for risk treatment; policy, roles, impact
        // assessment and the resource and data records (which feed the risk assessment) do not.
        for (_, r) in q.requirements() {
            let id = r.reference.as_str();
            if id.starts_with("A.")
                && !["A.2.", "A.3.", "A.4.", "A.5.", "A.7."]
                    .iter()
                    .any(|p| id.starts_with(p))
            {
                must(id, &["6.1.3"]);
            }
        }
    }

    /// Resource and data records are an input to the risk assessment, not its output: none
    /// waits for risk assessment or treatment, directly or through another item; each waits
    /// for the scope that says which systems they cover.
    #[test]
    fn resource_records_come_before_risk_work_not_after_it() {
        let q = iso();
        let deps = depends(q);
        let records: Vec<&str> = q
            .requirements()
            .map(|(_, r)| r.reference.as_str())
            .filter(|r| r.starts_with("A.4.") || *r == "A.7.2")
            .collect();
        assert_eq!(records.len(), 6, "{records:?}");
        for r in records {
            let b = before(&deps, r);
            for risk in ["6.1.2", "6.1.3", "8.2", "8.3"] {
                assert!(!b.contains(risk), "{r} waits for {risk}: {b:?}");
            }
            assert!(b.contains("4.3"), "{r} should wait for the scope: {b:?}");
        }
    }

    /// The controls whose requirement is to document something: each of their 16 questions is
    /// flagged, so a 0 or 1 there is a certification blocker; a 1 on A.10.2 is a gap only.
    #[test]
    fn controls_that_require_documents_make_blockers_at_one() {
        use aimsgap::assessment::Answer;
        use aimsgap::scoring::{Priority, score};
        let q = iso();
        let controls = [
            "A.5.4", "A.5.5", "A.6.1.3", "A.6.2.4", "A.8.4", "A.8.5", "A.9.2", "A.9.3",
        ];
        let ids: Vec<&str> = q
            .questions()
            .filter(|a| controls.contains(&a.requirement.reference.as_str()))
            .map(|a| a.question.id.as_str())
            .collect();
        assert_eq!(ids.len(), 16, "{ids:?}");
        let answers: BTreeMap<String, Answer> = q
            .questions()
            .map(|a| (a.question.id.clone(), Answer::with_maturity(1)))
            .collect();
        let card = score(q, &answers, 3);
        for id in ids {
            assert!(q.question(id).unwrap().question.documented, "{id}");
            assert_eq!(
                card.question(id).unwrap().priority,
                Some(Priority::P1),
                "{id}"
            );
        }
        for id in ["A.10.2-a", "A.10.2-b"] {
            assert!(!q.question(id).unwrap().question.documented, "{id}");
            assert_eq!(
                card.question(id).unwrap().priority,
                Some(Priority::P2),
                "{id}"
            );
        }
    }

    /// A first-year organisation has no change history yet: the questions that can block
    /// certification ask for the means of keeping a document current (version control, a
    /// review date, triggers), never for a record of past revisions.
    #[test]
    fn documented_questions_ask_for_the_mechanism_not_a_history() {
        let q = iso();
        let all_text = |x: &aimsgap::questionnaire::Question| {
            let mut t = vec![
                x.prompt.to_lowercase(),
                x.guidance.to_lowercase(),
                x.recommendation.to_lowercase(),
            ];
            t.extend(x.evidence.iter().map(|e| e.to_lowercase()));
            t
        };
        // Management-system documents (clauses) and the development process may be at their
        // first version; records of systems, data and specifications change with every release.
        let strict = q.questions().filter(|a| {
            a.question.documented
                && (a.kind() == SectionKind::Clause || a.requirement.reference == "A.6.1.3")
        });
        for at in strict {
            for t in all_text(at.question) {
                for history in ["version history", "change history"] {
                    assert!(
                        !t.contains(history),
                        "{} asks for a {history}: {t}",
                        at.question.id
                    );
                }
            }
        }
        for id in ["5.2-c", "6.2-c"] {
            let x = q.question(id).unwrap().question;
            // Still the documented information of its clause, and still weighty.
            assert!(x.documented && x.weight >= 3.0, "{id}");
            let prompt = x.prompt.to_lowercase();
            for past in ["when did", "last change", "history", "what prompted"] {
                assert!(!prompt.contains(past), "{id} asks about the past: {prompt}");
            }
            for t in all_text(x) {
                assert!(!t.contains("history"), "{id}: {t}");
            }
            let level3 = split_guidance(&x.guidance)
                .levels
                .iter()
                .find(|(l, _)| *l == 3)
                .map(|(_, t)| t.to_lowercase())
                .unwrap();
            assert!(level3.contains("review"), "{id}: {level3}");
            assert!(
                x.guidance.contains("first"),
                "{id} does not say a first year can conform"
            );
            assert!(x.evidence.iter().any(|e| e.contains("version")), "{id}");
        }
    }

    /// Neighbouring questions each probe their own angle and say where the other is probed.
    #[test]
    fn near_neighbours_are_told_apart() {
        let q = iso();
        let words = |t: &str| -> BTreeSet<String> {
            t.to_lowercase()
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.len() > 3)
                .map(str::to_string)
                .collect()
        };
        let overlap = |a: &str, b: &str| {
            let (a, b) = (words(a), words(b));
            a.intersection(&b).count() as f64 / a.union(&b).count() as f64
        };
        for (a, b, a_points_to) in [
            ("5.2-b", "7.3-a", "7.3"),
            ("7.3-a", "5.2-b", "5.2"),
            ("4.1-c", "A.9.4-a", "A.9.4"),
        ] {
            let (x, y) = (
                q.question(a).unwrap().question,
                q.question(b).unwrap().question,
            );
            let shared = overlap(&x.prompt, &y.prompt);
            assert!(shared < 0.15, "{a} and {b} prompts share {shared:.2}");
            let shared = overlap(&x.recommendation, &y.recommendation);
            assert!(
                shared < 0.15,
                "{a} and {b} recommendations share {shared:.2}"
            );
            assert!(
                x.guidance.contains(a_points_to),
                "{a} does not point to {a_points_to}"
            );
        }
    }

    /// Impact assessment looks at misuse that can reasonably be foreseen, not only at the
    /// intended use.
    #[test]
    fn impact_assessment_names_reasonably_foreseeable_misuse() {
        let q = iso();
        let (_, r) = q.requirement("6.1.4").unwrap();
        assert_eq!(r.questions.len(), 3);
        for x in &r.questions {
            assert!(x.prompt.contains("misuse"), "{}: {}", x.id, x.prompt);
            assert!(x.guidance.contains("foreseeable misuse"), "{}", x.id);
            assert!(
                x.recommendation.contains("misuse")
                    || x.evidence.iter().any(|e| e.contains("misuse")),
                "{}",
                x.id
            );
        }
    }

    /// A recommendation does not tell the client to use an approved method and then to
    /// finish writing it.
    #[test]
    fn recommendations_do_not_contradict_themselves() {
        for at in iso().questions() {
            let r = at.question.recommendation.to_lowercase();
            assert!(
                !(r.contains("approved") && (r.contains("finalise") || r.contains("pilot"))),
                "{}: {r}",
                at.question.id
            );
        }
    }

    /// EU AI Act links name the obligation the question is about: the system-level risk
    /// management of Art. 9 is not the AIMS-level planning of 6.1.1, and an internal channel
    /// for concerns is about reporting infringements (Art. 87), not serious incidents (Art. 73).
    #[test]
    fn eu_ai_act_links_name_the_matching_obligation() {
        let q = iso();
        let act = |id: &str| -> Vec<String> {
            q.question(id)
                .unwrap()
                .question
                .crosswalk
                .get("eu_ai_act")
                .cloned()
                .unwrap_or_default()
        };
        for id in ["6.1.1-a", "6.1.1-b"] {
            assert!(
                !act(id).contains(&"Art. 9".to_string()),
                "{id}: {:?}",
                act(id)
            );
        }
        assert_eq!(act("6.1.1-a"), ["Art. 17"]);
        for id in ["A.3.3-a", "A.3.3-b"] {
            assert_eq!(act(id), ["Art. 87"], "{id}");
        }
        // Serious-incident reporting stays with incident communication and reporting duties.
        let art73: BTreeSet<&str> = q
            .questions()
            .filter(|a| {
                a.question
                    .crosswalk
                    .get("eu_ai_act")
                    .is_some_and(|r| r.iter().any(|x| x == "Art. 73"))
            })
            .map(|a| a.requirement.reference.as_str())
            .collect();
        assert_eq!(art73, BTreeSet::from(["A.8.4", "A.8.5"]));
        // The risk work of a system keeps its Art. 9 link.
        for id in ["6.1.2-a", "6.1.3-a", "8.2-a", "8.3-a"] {
            assert!(act(id).contains(&"Art. 9".to_string()), "{id}");
        }
    }

    #[test]
    fn crosswalks_use_only_references_that_exist() {
        let articles: BTreeSet<&str> = [
            "Art. 4", "Art. 5", "Art. 6", "Art. 9", "Art. 10", "Art. 11", "Art. 12", "Art. 13",
            "Art. 14", "Art. 15", "Art. 17", "Art. 18", "Art. 19", "Art. 20", "Art. 26", "Art. 27",
            "Art. 50", "Art. 72", "Art. 73", "Art. 87",
        ]
        .into();
        let q = iso();
        let mut links = 0;
        for at in q.questions() {
            for (framework, refs) in &at.question.crosswalk {
                for r in refs {
                    links += 1;
                    let ok = match framework.as_str() {
                        "iso27001" => {
                            let clause = r
                                .split('.')
                                .next()
                                .and_then(|c| c.parse::<u8>().ok())
                                .is_some_and(|c| (4..=10).contains(&c));
                            let control = r
                                .strip_prefix("A.")
                                .and_then(|c| c.split_once('.'))
                                .is_some_and(|(g, n)| {
                                    matches!(g, "5" | "6" | "7" | "8")
                                        && n.parse::<u8>().is_ok_and(|n| (1..=37).contains(&n))
                                });
                            clause || control
                        }
                        "eu_ai_act" => articles.contains(r.as_str()),
                        "nist_ai_rmf" => {
                            let mut parts = r.split(' ');
                            let function = parts.next().unwrap_or_default();
                            ["GOVERN", "MAP", "MEASURE", "MANAGE"].contains(&function)
                                && parts.next().is_none_or(|sub| {
                                    sub.split_once('.').is_some_and(|(a, b)| {
                                        a.parse::<u8>().is_ok() && b.parse::<u8>().is_ok()
                                    })
                                })
                        }
                        other => panic!("unknown framework {other}"),
                    };
                    assert!(ok, "{}: {framework} {r}", at.question.id);
                }
            }
            // No ISO 27001 equivalent exists for AI system impact assessment.
            if ["6.1.4", "8.4"].contains(&at.requirement.reference.as_str()) {
                assert!(
                    !at.question.crosswalk.contains_key("iso27001"),
                    "{}",
                    at.question.id
                );
            }
        }
        assert!(links > 200, "{links} crosswalk links");
    }

    #[test]
    fn annex_controls_name_the_roles_they_concern() {
        let q = iso();
        for (s, r) in q.requirements() {
            match s.kind {
                SectionKind::Annex => assert!(!r.roles.is_empty(), "{}", r.reference),
                SectionKind::Clause => assert!(r.roles.is_empty(), "{}", r.reference),
            }
        }
        let roles = |r: &str| q.requirement(r).unwrap().1.roles.clone();
        assert!(roles("A.9.2").contains(&"customer".to_string()));
        assert!(roles("A.6.2.4").contains(&"producer".to_string()));
        assert!(!roles("A.6.2.4").contains(&"customer".to_string()));
    }

    /// A shared action key groups at least two questions of one requirement, all of one
    /// phase; the questions that write, publish and control one document share one.
    #[test]
    fn shared_action_keys_group_questions_on_one_artefact() {
        let q = iso();
        let mut shared = 0;
        for (_, r) in q.requirements() {
            let mut keys: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
            for question in &r.questions {
                if !question.action.is_empty() {
                    keys.entry(&question.action)
                        .or_default()
                        .push(&question.phase);
                }
            }
            for (key, phases) in keys {
                assert!(
                    phases.len() >= 2,
                    "{} has {key} on one question only",
                    r.reference
                );
                assert!(
                    phases.iter().all(|p| *p == phases[0]),
                    "{} {key}: {phases:?}",
                    r.reference
                );
                shared += 1;
            }
        }
        assert!(shared >= 20, "{shared} shared actions");
        let key = |id: &str| q.question(id).unwrap().question.action.clone();
        assert_eq!(key("5.2-a"), "ai-policy");
        assert_eq!(key("5.2-b"), key("5.2-a"));
        assert_eq!(key("5.2-c"), key("5.2-a"));
        assert_eq!(key("6.1.3-b"), key("6.1.3-c"));
        // Executing a method is not writing it.
        assert_ne!(key("6.1.2-b"), key("6.1.2-a"));
        assert_ne!(key("6.1.4-b"), key("6.1.4-a"));
    }
}

/// The loader against hostile input: random bytes and random damage to real questionnaires.
/// It must never panic, and every problem it reports must point inside the file.
///
/// 256 cases per property by default, to keep CI fast; set `PROPTEST_CASES` (e.g.
/// `PROPTEST_CASES=20000 cargo test --test questionnaire fuzz`) for a longer run.
mod fuzz {
    use aimsgap::questionnaire::{LoadError, load_bytes, load_str};
    use proptest::prelude::*;

    const MINIMAL: &str = include_str!("fixtures/questionnaires/valid/minimal.toml");
    const ISO: &str = include_str!("../questionnaires/iso42001.toml");

    fn config() -> ProptestConfig {
        // `ProptestConfig::default()` reads PROPTEST_CASES; only the built-in default is
        // lowered.
        let cases = std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(256);
        ProptestConfig {
            cases,
            failure_persistence: None,
            ..ProptestConfig::default()
        }
    }

    /// Every problem is at a line that exists and a column within that line (one past its
    /// last character at most), and the rendered error names the origin.
    fn assert_located(source: &str, err: &LoadError) {
        assert!(!err.problems.is_empty(), "an error without problems");
        let lines: Vec<&str> = source.split('\n').collect();
        for p in &err.problems {
            assert!(
                p.line >= 1 && p.line <= lines.len(),
                "line {} of {}: {}",
                p.line,
                lines.len(),
                p.message
            );
            // A byte-order mark opening the file is not a column.
            let text = lines[p.line - 1];
            let text = if p.line == 1 {
                text.strip_prefix('\u{feff}').unwrap_or(text)
            } else {
                text
            };
            let width = text.chars().count();
            assert!(
                p.column >= 1 && p.column <= width + 1,
                "{}:{} but the line has {width} characters: {}",
                p.line,
                p.column,
                p.message
            );
            assert!(!p.message.trim().is_empty());
            // Quoted text never breaks the line or sends escape sequences to the terminal.
            assert!(
                !p.message.chars().any(char::is_control),
                "control character in: {}",
                p.message
            );
        }
        let rendered = err.to_string();
        assert_eq!(rendered.lines().count(), err.problems.len(), "{rendered}");
        assert!(
            rendered.lines().all(|l| l.starts_with("fuzz.toml:")),
            "{rendered}"
        );
    }

    fn check(source: &str) {
        if let Err(e) = load_str(source, "fuzz.toml") {
            assert_located(source, &e);
        }
    }

    /// One edit to a file, with indexes taken modulo its current size.
    #[derive(Debug, Clone)]
    enum Edit {
        DeleteLine(usize),
        DuplicateLine(usize),
        SwapLines(usize, usize),
        /// Replaces the character at a position.
        Flip(usize, char),
        /// Inserts a character at a position.
        Insert(usize, char),
        Truncate(usize),
    }

    /// Characters that matter to TOML, plus some that make trouble elsewhere.
    fn nasty_char() -> impl Strategy<Value = char> {
        prop_oneof![
            prop::sample::select(vec![
                '"', '\'', '[', ']', '{', '}', '=', '.', ',', '#', '\n', '\r', '\t', ' ', '\\',
                '0', '-', '+', 'e', '\u{0}', '\u{feff}', '\u{7f}', 'é', '→', '😀',
            ]),
            any::<char>(),
        ]
    }

    fn edit() -> impl Strategy<Value = Edit> {
        prop_oneof![
            any::<usize>().prop_map(Edit::DeleteLine),
            any::<usize>().prop_map(Edit::DuplicateLine),
            (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
            (any::<usize>(), nasty_char()).prop_map(|(a, c)| Edit::Flip(a, c)),
            (any::<usize>(), nasty_char()).prop_map(|(a, c)| Edit::Insert(a, c)),
            any::<usize>().prop_map(Edit::Truncate),
        ]
    }

    fn apply(source: &str, edits: &[Edit]) -> String {
        let mut text = source.to_string();
        for e in edits {
            let mut lines: Vec<String> = text.split_inclusive('\n').map(String::from).collect();
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let n = lines.len().max(1);
            match *e {
                Edit::DeleteLine(i) if !lines.is_empty() => {
                    lines.remove(i % n);
                }
                Edit::DuplicateLine(i) if !lines.is_empty() => {
                    let line = lines[i % n].clone();
                    lines.insert(i % n, line);
                }
                Edit::SwapLines(a, b) if !lines.is_empty() => lines.swap(a % n, b % n),
                Edit::Flip(at, c) if !chars.is_empty() => {
                    let (start, old) = chars[at % chars.len()];
                    text.replace_range(start..start + old.len_utf8(), c.encode_utf8(&mut [0; 4]));
                    continue;
                }
                Edit::Insert(at, c) => {
                    let start = chars
                        .get(at % (chars.len() + 1))
                        .map_or(text.len(), |x| x.0);
                    text.insert(start, c);
                    continue;
                }
                Edit::Truncate(at) => {
                    let cut = chars
                        .get(at % (chars.len() + 1))
                        .map_or(text.len(), |x| x.0);
                    text.truncate(cut);
                    continue;
                }
                _ => continue,
            }
            text = lines.concat();
        }
        text
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
            if let Err(e) = load_bytes(&bytes, "fuzz.toml") {
                // Up to the first bad byte, the lossy text is the file.
                assert_located(&String::from_utf8_lossy(&bytes), &e);
            }
        }

        #[test]
        fn random_toml_like_text_never_panics(
            text in prop::collection::vec(nasty_char(), 0..512)
        ) {
            check(&text.into_iter().collect::<String>());
        }

        #[test]
        fn a_damaged_minimal_questionnaire_never_panics(
            edits in prop::collection::vec(edit(), 1..8)
        ) {
            check(&apply(MINIMAL, &edits));
        }

        #[test]
        fn a_damaged_built_in_questionnaire_never_panics(
            edits in prop::collection::vec(edit(), 1..6)
        ) {
            check(&apply(ISO, &edits));
        }
    }
}

mod import {
    use std::time::{Duration, Instant};

    use aimsgap::questionnaire::SectionKind;
    use aimsgap::questionnaire::import::{MAX_LIBRARY_BYTES, import_ciso_assistant};

    fn library(nodes: &str) -> String {
        format!(
            "name: Test\nobjects:\n  framework:\n    ref_id: t\n    name: Test\n    requirement_nodes:\n{nodes}"
        )
    }

    fn node(urn: &str, parent: Option<&str>, assessable: bool) -> String {
        let parent = parent.map_or(String::new(), |p| format!("      parent_urn: {p}\n"));
        format!(
            "    - urn: {urn}\n{parent}      ref_id: {urn}\n      assessable: {assessable}\n      description: Is {urn} done?\n"
        )
    }

    /// Runs the import on another thread and fails if it takes longer than `limit`.
    fn within(limit: Duration, text: Vec<u8>) -> Result<usize, String> {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(import_ciso_assistant(&text).map(|i| i.questionnaire.question_count()));
        });
        rx.recv_timeout(limit)
            .unwrap_or_else(|_| panic!("the import took longer than {limit:?}"))
    }

    #[test]
    fn the_fixture_library_maps_to_sections_requirements_and_questions() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/libraries/model-care.yaml");
        let imported = import_ciso_assistant(&std::fs::read(path).unwrap()).unwrap();
        let q = &imported.questionnaire;
        assert_eq!((q.id.as_str(), q.version.as_str()), ("model-care", "3"));
        let labels: Vec<&str> = q.scale.iter().map(|l| l.label.as_str()).collect();
        assert_eq!(labels, ["Missing", "Started", "Routine", "Proven"]);
        let sections: Vec<(&str, SectionKind)> =
            q.sections.iter().map(|s| (s.id.as_str(), s.kind)).collect();
        assert_eq!(
            sections,
            [
                ("GOVERN", SectionKind::Clause),
                ("A.1", SectionKind::Annex),
                ("general", SectionKind::Clause)
            ]
        );
        // An assessable node under another is a second question of the same requirement.
        let (_, r) = q.requirement("GOVERN 1").unwrap();
        let ids: Vec<&str> = r.questions.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["GOVERN-1", "GOVERN-1.a"]);
        assert_eq!(
            r.questions[0].guidance,
            "Ask for the list of models and their owners."
        );
        assert_eq!(
            r.questions[0].evidence,
            ["Model inventory with owners", "Owner appointment letters"]
        );
        assert_eq!(r.questions[1].topic, "Deputies");
        assert_eq!(
            q.labels.copyright,
            "Example text written for the aimsgap tests."
        );
        for expected in [
            "objects.reference_controls",
            "`implementation_groups_definition`",
            "node GOVERN 1 (Model owners): `implementation_groups` not mapped",
            "node A.1.1 (Drift checks): `questions` not mapped",
            "not assessable and nothing assessable under it",
            "its parent urn:example:risk:req_node:model-care:missing is not in the library",
        ] {
            assert!(
                imported.unmapped.iter().any(|l| l.contains(expected)),
                "{expected} not reported in {:#?}",
                imported.unmapped
            );
        }
        assert_eq!(imported.unmapped.len(), 7, "{:#?}", imported.unmapped);
    }

    #[test]
    fn a_scale_that_does_not_count_from_zero_is_replaced_and_said_so() {
        let text = library(&node("a", None, true)).replace(
            "    requirement_nodes:",
            "    scores_definition:\n    - score: 1\n      name: One\n    - score: 2\n      name: Two\n    requirement_nodes:",
        );
        let imported = import_ciso_assistant(text.as_bytes()).unwrap();
        assert_eq!(imported.questionnaire.max_level(), 5);
        assert!(
            imported.unmapped.iter().any(|l| l.contains("scores 1, 2")),
            "{:#?}",
            imported.unmapped
        );
    }

    #[test]
    fn hostile_libraries_end_quickly_with_one_line() {
        let limit = Duration::from_secs(20);
        // Aliases that would expand to 10^9 strings.
        let mut laughs =
            String::from("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for i in 1..=9 {
            let p = i - 1;
            laughs.push_str(&format!(
                "l{i}: &l{i} [*l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}]\n"
            ));
        }
        laughs.push_str("objects:\n  framework:\n    requirement_nodes: *l9\n");
        let err = within(limit, laughs.into_bytes()).unwrap_err();
        assert!(err.contains("repetition limit"), "{err}");
        // Brackets nested 100,000 deep: refused before the parser sees them.
        let deep = format!("objects: {}{}", "[".repeat(100_000), "]".repeat(100_000));
        let err = within(limit, deep.into_bytes()).unwrap_err();
        assert!(
            err.contains("line 1: brackets nested more than 64 deep"),
            "{err}"
        );
        // Block sequences nested 100,000 deep on one line: the parser's recursion limit.
        let deep = format!("objects:\n  framework:\n  {}x\n", "- ".repeat(100_000));
        let err = within(limit, deep.into_bytes()).unwrap_err();
        assert!(err.contains("recursion limit"), "{err}");
        // Not UTF-8, on its third line.
        let mut bad = library(&node("a", None, true)).into_bytes();
        bad.splice(0..0, b"# x\n# \xE9t\xE9\n".iter().copied());
        let err = within(limit, bad).unwrap_err();
        assert!(err.contains("line 2") && err.contains("not UTF-8"), "{err}");
        // Larger than the limit.
        let huge = vec![b'#'; MAX_LIBRARY_BYTES as usize + 1];
        let err = within(limit, huge).unwrap_err();
        assert!(err.contains("larger than 16 MiB"), "{err}");
        // Not a framework library at all.
        let err = within(limit, b"- just\n- a list\n".to_vec()).unwrap_err();
        assert!(err.contains("not a library"), "{err}");
        let err = within(limit, b"objects: {}\n".to_vec()).unwrap_err();
        assert!(err.contains("no `objects.framework`"), "{err}");
    }

    #[test]
    fn parent_loops_and_long_chains_are_settled_in_linear_time() {
        // a → b → c → a: a loop of parents is cut and said so.
        let looped = library(&format!(
            "{}{}{}",
            node("a", Some("c"), false),
            node("b", Some("a"), false),
            node("c", Some("b"), true)
        ));
        let imported = import_ciso_assistant(looped.as_bytes()).unwrap();
        assert_eq!(imported.questionnaire.question_count(), 1);
        assert!(
            imported
                .unmapped
                .iter()
                .any(|l| l.contains("lead back to it")),
            "{:#?}",
            imported.unmapped
        );
        // 20,000 grouping nodes in one chain, then 20,000 assessable nodes in another.
        let n = 20_000;
        let mut nodes = String::new();
        for i in 0..n {
            let parent = (i > 0).then(|| format!("g{}", i - 1));
            nodes.push_str(&node(&format!("g{i}"), parent.as_deref(), false));
        }
        for i in 0..n {
            let parent = if i == 0 {
                format!("g{}", n - 1)
            } else {
                format!("q{}", i - 1)
            };
            nodes.push_str(&node(&format!("q{i}"), Some(&parent), true));
        }
        let started = Instant::now();
        let count = within(Duration::from_secs(60), library(&nodes).into_bytes()).unwrap();
        assert_eq!(count, n);
        eprintln!("40,000 chained nodes imported in {:?}", started.elapsed());
    }
}

/// Translation overlays: the format's fixtures against `minimal.toml`, and the German
/// overlay shipped for the built-in catalogue.
mod overlays {
    use std::fs;
    use std::path::{Path, PathBuf};

    use aimsgap::i18n::{Lang, PSEUDO_OPEN, escaped_words};
    use aimsgap::questionnaire::catalog::{self, Catalog, built_in};
    use aimsgap::questionnaire::overlay::{self, OverlayOrigin};
    use aimsgap::questionnaire::{Questionnaire, load_str};

    fn root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    fn fixtures(dir: &str) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> =
            fs::read_dir(root().join("tests/fixtures/overlays").join(dir))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect();
        files.sort();
        files
    }

    fn minimal() -> Questionnaire {
        let path = root().join("tests/fixtures/questionnaires/valid/minimal.toml");
        load_str(&fs::read_to_string(path).unwrap(), "minimal.toml").unwrap()
    }

    /// The base an overlay names, as `questionnaire check` finds it: only `minimal` here.
    fn base_of(id: &str) -> Result<Questionnaire, String> {
        if id == "minimal" {
            Ok(minimal())
        } else {
            Err("no questionnaire has this id (known: minimal)".to_string())
        }
    }

    /// The lines of a fixture's comments that start with `# {tag}: `.
    fn tagged<'t>(text: &'t str, tag: &str) -> Vec<&'t str> {
        let prefix = format!("# {tag}: ");
        text.lines()
            .filter_map(|l| l.strip_prefix(&prefix))
            .collect()
    }

    /// Each invalid overlay has `# expect: LINE:COL: message` lines: exactly the problems the
    /// check must report, in order.
    #[test]
    fn every_invalid_overlay_fixture_reports_exactly_its_expected_problems() {
        let files = fixtures("invalid");
        assert!(files.len() >= 10, "only {} invalid overlays", files.len());
        for path in files {
            let text = fs::read_to_string(&path).unwrap();
            let expected = tagged(&text, "expect");
            assert!(
                !expected.is_empty(),
                "{} has no `# expect:` line",
                path.display()
            );
            let err = overlay::check(&text, "f", base_of)
                .expect_err(&format!("{} should not pass", path.display()));
            let got: Vec<String> = err
                .problems
                .iter()
                .map(|p| format!("{}:{}: {}", p.line, p.column, p.message))
                .collect();
            assert_eq!(got, expected, "{}", path.display());
            let rendered = err.to_string();
            for e in &expected {
                assert!(rendered.contains(&format!("f:{e}")), "{rendered}");
            }
        }
    }

    #[test]
    fn the_overlay_fixtures_cover_every_case_the_check_must_catch() {
        let names: Vec<String> = fixtures("invalid")
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        for case in [
            "unknown_ids",
            "levels_wrong_count",
            "texts_too_long",
            "lang_not_spoken",
            "lang_english",
            "unknown_base",
            "dotted_id_without_quotes",
            "unknown_field",
            "empty_text",
            "missing_base_and_lang",
            "syntax",
            "item_not_a_table",
        ] {
            assert!(
                names.iter().any(|n| n.starts_with(&format!("{case}."))),
                "no overlay fixture for {case}"
            );
        }
    }

    /// Valid overlays list what falls back to English (`# missing:`) and their other warnings
    /// (`# warn:`), in order; a complete one lists nothing.
    #[test]
    fn valid_overlays_list_exactly_what_falls_back_to_english() {
        for path in fixtures("valid") {
            let text = fs::read_to_string(&path).unwrap();
            let checked = overlay::check(&text, "f", base_of)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let missing: Vec<String> = checked.missing.iter().map(ToString::to_string).collect();
            assert_eq!(missing, tagged(&text, "missing"), "{}", path.display());
            let warnings: Vec<String> = checked
                .warnings
                .iter()
                .map(|w| match w.at {
                    Some((line, column)) => format!("{line}:{column}: {}", w.message),
                    None => w.message.clone(),
                })
                .collect();
            assert_eq!(warnings, tagged(&text, "warn"), "{}", path.display());
        }
    }

    #[test]
    fn a_complete_overlay_translates_every_text_and_changes_nothing_else() {
        let text = fs::read_to_string(root().join("tests/fixtures/overlays/valid/minimal.de.toml"))
            .unwrap();
        let base = minimal();
        let checked = overlay::check(&text, "minimal.de.toml", base_of).unwrap();
        assert_eq!(checked.expected, 23);
        assert!(checked.missing.is_empty() && checked.warnings.is_empty());
        let (q, missing) = overlay::apply(&base, &[&checked.overlay]);
        assert!(missing.is_empty(), "{missing:?}");
        assert_eq!(q.title, "Minimaler Fragebogen");
        assert_eq!(q.labels.clauses, "Abschnitte");
        assert_eq!(q.scale[1].label, "Vorhanden");
        assert_eq!(q.phases[1].title, "Zweite Phase");
        let b1 = q.question("B.1-a").unwrap();
        assert_eq!(b1.section.title, "Maßnahmen");
        assert_eq!(b1.requirement.title, "Tests");
        assert_eq!(b1.question.evidence, ["Testbericht"]);
        assert_same_structure(&base, &q);
    }

    /// Everything but the texts is the base's: what answers, scores and the roadmap rest on.
    fn assert_same_structure(base: &Questionnaire, q: &Questionnaire) {
        assert_eq!(
            (&q.id, &q.version, &q.hash),
            (&base.id, &base.version, &base.hash)
        );
        assert_eq!(&*q.source, &*base.source);
        let levels = |q: &Questionnaire| q.scale.iter().map(|l| l.level).collect::<Vec<_>>();
        assert_eq!(levels(q), levels(base));
        let ids = |q: &Questionnaire| {
            (
                q.phases.iter().map(|p| p.id.clone()).collect::<Vec<_>>(),
                q.packages.iter().map(|p| p.id.clone()).collect::<Vec<_>>(),
                q.roles.iter().map(|r| r.id.clone()).collect::<Vec<_>>(),
                q.crosswalks
                    .iter()
                    .map(|c| c.id.clone())
                    .collect::<Vec<_>>(),
                q.sections
                    .iter()
                    .map(|s| (s.id.clone(), s.kind))
                    .collect::<Vec<_>>(),
            )
        };
        assert_eq!(ids(q), ids(base));
        let requirements = |q: &Questionnaire| {
            q.requirements()
                .map(|(_, r)| (r.reference.clone(), r.roles.clone(), r.package.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(requirements(q), requirements(base));
        let questions = |q: &Questionnaire| {
            q.questions()
                .map(|r| {
                    let q = r.question;
                    (
                        q.id.clone(),
                        q.weight.to_bits(),
                        q.effort,
                        q.phase.clone(),
                        q.documented,
                        q.depends_on.clone(),
                        q.crosswalk.clone(),
                        q.action.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(questions(q), questions(base));
        let l = |q: &Questionnaire| {
            (
                q.labels.stage1_sections.clone(),
                q.labels.evaluation_sections.clone(),
                q.labels.evidence_from_level,
            )
        };
        assert_eq!(l(q), l(base));
    }

    #[test]
    fn the_shipped_german_overlay_is_complete() {
        let path = root().join("questionnaires/iso42001.de.toml");
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(
            catalog::built_in_overlay_source("iso42001", Lang::De),
            Some(text.as_str()),
            "the built-in overlay is the file in the repository"
        );
        let checked = overlay::check(&text, "iso42001.de.toml", |id| {
            built_in(id).cloned().ok_or_else(|| format!("no {id}"))
        })
        .unwrap_or_else(|e| panic!("{e}"));
        let missing: Vec<String> = checked.missing.iter().map(ToString::to_string).collect();
        assert!(missing.is_empty(), "not translated: {missing:#?}");
        assert!(checked.warnings.is_empty(), "{:?}", checked.warnings);
        assert_eq!(checked.overlay.lang, Lang::De);
        // 139 questions of six texts, 70 requirements of two, and the rest.
        assert!(checked.expected > 139 * 6 + 70 * 2, "{}", checked.expected);
        assert_eq!(checked.overlay.len(), checked.expected);
    }

    #[test]
    fn the_built_in_questionnaire_reads_in_german_with_the_same_ids_weights_and_hash() {
        let base = built_in("iso42001").unwrap();
        let t = Catalog::new(None).translated(base, Lang::De).unwrap();
        assert!(t.complete() && !t.untranslated(), "{:?}", t.missing);
        assert_eq!(t.overlays, [OverlayOrigin::BuiltIn]);
        assert_eq!(t.stale, None);
        let q = &t.questionnaire;
        let item = q.question("4.1-a").unwrap();
        assert!(
            item.question
                .prompt
                .starts_with("Erläutern Sie mir bitte die externen und internen Faktoren"),
            "{}",
            item.question.prompt
        );
        assert_eq!(item.question.topic, "Interne und externe Themen");
        assert_eq!(item.requirement.title, "Organisation und Kontext verstehen");
        assert_eq!(item.section.title, "Kontext der Organisation");
        assert_eq!(q.scale[3].label, "Definiert");
        assert_eq!(q.labels.annex, "Anhang A");
        assert_eq!(q.phase("plan").unwrap().title, "Planen");
        // The standard's name is kept.
        assert_eq!(q.labels.standard, base.labels.standard);
        // Not one prompt, recommendation or guidance is left in English.
        for (de, en) in q.questions().zip(base.questions()) {
            assert_ne!(de.question.prompt, en.question.prompt, "{}", en.question.id);
            assert_ne!(
                de.question.recommendation, en.question.recommendation,
                "{}",
                en.question.id
            );
            assert_eq!(
                de.question.levels.len(),
                q.scale.len(),
                "{}",
                en.question.id
            );
            // The guidance keeps its weak spots and its ladder apart in German too.
            let parts = aimsgap::questionnaire::split_guidance(&de.question.guidance);
            let english = aimsgap::questionnaire::split_guidance(&en.question.guidance);
            assert_eq!(
                parts.levels.len(),
                english.levels.len(),
                "{}",
                en.question.id
            );
            assert!(
                parts.weak_spots.is_some() || english.weak_spots.is_none(),
                "{}",
                en.question.id
            );
        }
        assert_same_structure(base, q);
    }

    #[test]
    fn english_is_the_questionnaire_itself_and_pseudo_wraps_every_text() {
        let base = built_in("iso42001").unwrap();
        let catalog = Catalog::new(None);
        let en = catalog.translated(base, Lang::En).unwrap();
        assert!(en.complete() && en.overlays.is_empty());
        assert_eq!(
            en.questionnaire.question("4.1-a").unwrap().question.prompt,
            base.question("4.1-a").unwrap().question.prompt
        );

        let pseudo = catalog.translated(base, Lang::Pseudo).unwrap();
        assert_eq!(pseudo.overlays, [OverlayOrigin::Pseudo]);
        let q = &pseudo.questionnaire;
        assert_same_structure(base, q);
        let mut all = vec![q.title.clone(), q.labels.disclaimer.clone()];
        for r in q.questions() {
            let item = r.question;
            all.extend([
                item.prompt.clone(),
                item.guidance.clone(),
                item.recommendation.clone(),
                item.topic.clone(),
                r.requirement.title.clone(),
                r.requirement.intent.clone(),
                r.section.title.clone(),
            ]);
            all.extend(item.evidence.iter().cloned());
            all.extend(item.levels.iter().cloned());
        }
        for text in &all {
            assert!(text.starts_with(PSEUDO_OPEN), "{text}");
            assert!(escaped_words(text, &[]).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_translation_example_in_the_format_readme_checks_against_the_worked_example() {
        let readme = fs::read_to_string(root().join("questionnaires/README.md")).unwrap();
        let block = |marker: &str| {
            let start = readme.find(marker).expect(marker) + "```toml\n".len();
            readme[start..start + readme[start..].find("```").unwrap()].to_string()
        };
        let example = load_str(&block("```toml\nid = \"mrs\""), "README example").unwrap();
        let overlay = block("```toml\nbase = \"mrs\"");
        let checked = overlay::check(&overlay, "mrs.de.toml", |_| Ok(example.clone()))
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(checked.warnings.is_empty(), "{:?}", checked.warnings);
        let (q, _) = overlay::apply(&example, &[&checked.overlay]);
        assert_eq!(q.requirement("1.1").unwrap().1.title, "Freigaberichtlinie");
    }

    #[test]
    fn a_questionnaire_without_an_overlay_reads_in_english_and_says_so() {
        let base = minimal();
        let t = Catalog::new(None).translated(&base, Lang::De).unwrap();
        assert!(t.untranslated() && !t.complete());
        assert_eq!(t.questionnaire.title, base.title);
        assert_eq!(t.questionnaire.hash, base.hash);
    }
}
