//! The report model, the Markdown report and the CSV exports, from the fixed fixture: golden
//! snapshots paired with assertions on what must hold whatever the snapshot says.

mod common;
#[path = "common/fixture_words.rs"]
mod fixture_words;

use aimsgap::report::{Format, Report, csv as csv_export, markdown};
use common::{
    EMOJI, FORMULA, MULTILINE, PIPES, PRIVATE, RTL, SCRIPT, fixture, fixture_with_private_notes,
    long_note,
};

#[test]
fn the_fixture_builds_a_complete_model() {
    let r = fixture();
    assert_eq!(r.soa.len(), 38);
    assert!(!r.roadmap.actions.is_empty());
    assert_eq!(r.roadmap.milestones.len(), 2);
    assert!(
        r.warnings
            .iter()
            .any(|w| w.question == "5.1-a" || w.question == "9.3.2-a")
    );
}

/// The catalogue's corrections as the demo shows them: a missing impact assessment,
/// incident plan or reporting register blocks certification; a loose split of
/// responsibilities with suppliers (A.10.2) is a gap, not a blocker.
#[test]
fn the_demo_blocks_where_a_required_document_is_missing() {
    use aimsgap::scoring::Priority;
    let r = fixture();
    let row = |id: &str| r.questions.iter().find(|q| q.id == id).unwrap();
    for id in [
        "A.5.4-a",
        "A.5.5-a",
        "A.6.1.3-b",
        "A.8.4-b",
        "A.8.5-a",
        "A.9.2-b",
    ] {
        let q = row(id);
        assert!(q.documented && q.maturity.unwrap() <= 1, "{id}");
        assert_eq!(q.priority, Some(Priority::P1), "{id}");
    }
    assert_eq!(row("A.10.2-a").maturity, Some(1));
    assert_eq!(row("A.10.2-a").priority, Some(Priority::P2));
    let md = markdown::render(&r);
    let table = &md[md.find("### Certification blockers (P1)").unwrap()..];
    let table = &table[..table.find("\n\n###").unwrap()];
    assert!(table.contains("| A.5.3, A.5.4, A.5.5 |"), "{table}");
    assert!(table.contains("| A.8.4, A.8.5 |"), "{table}");
    assert!(!table.contains("A.10.2"), "{table}");
    assert!(md.contains("EU AI Act (Regulation (EU) 2024/1689) Art. 87"));
}

// ---------- Markdown ----------

#[test]
fn markdown_golden() {
    insta::assert_snapshot!("report_markdown", markdown::render(&fixture()));
}

#[test]
fn markdown_has_every_part_of_the_gap_report() {
    let r = fixture();
    let md = markdown::render(&r);
    let a = &r.assessment;
    for needle in [
        a.organisation.as_str(),
        a.assessor.as_str(),
        a.questionnaire.title.as_str(),
        "## Executive summary",
        "### Certification blockers (P1)",
        "### The 5 largest gaps and what to do",
        "## Annex A and the Statement of Applicability",
        "## Roadmap",
        "## Appendix: method",
        "not a certification",
    ] {
        assert!(md.contains(needle), "missing {needle:?}");
    }
    for part in aimsgap::report::method::appendix(&r) {
        assert!(
            md.contains(&format!("### {}", part.title)),
            "{}",
            part.title
        );
    }
    // Every question has its own heading, in questionnaire order.
    let mut at = 0;
    for q in &r.questions {
        let heading = format!("#### {} · ", markdown::inline(&q.id));
        let found = md[at..]
            .find(&heading)
            .unwrap_or_else(|| panic!("{}", q.id));
        at += found + heading.len();
    }
    // The summary names the section and requirement of every blocker, and the largest gaps
    // with their action, before the detail starts.
    let summary = &md[..md.find("## Clauses 4–10 in detail").unwrap()];
    let blockers = r.blockers();
    assert!(!blockers.is_empty());
    for q in &blockers {
        assert!(summary.contains(&q.reference), "{}", q.id);
    }
    for q in r.gaps().iter().take(5) {
        assert!(
            summary.contains(&format!("[{}](#", markdown::inline(&q.id))),
            "{}",
            q.id
        );
        assert!(
            summary.contains(&markdown::inline(&q.recommendation)),
            "{}",
            q.id
        );
    }
    // Every action and both milestones are in the roadmap.
    let roadmap = &md[md.find("## Roadmap").unwrap()..];
    for m in &r.roadmap.milestones {
        assert!(roadmap.contains(&format!("**{}** | {}", m.name, m.date)));
    }
    let steps = roadmap
        .lines()
        .filter(|l| l.starts_with("| ") && l[2..].starts_with(|c: char| c.is_ascii_digit()))
        .count();
    assert_eq!(steps, r.roadmap.actions.len());
}

#[test]
fn markdown_escapes_user_text() {
    let md = markdown::render(&fixture());
    assert!(!md.contains("<script"), "raw HTML from a note");
    assert!(md.contains("&lt;script&gt;"));
    assert!(
        !md.contains("[link](http://x)"),
        "a live link from evidence"
    );
    assert!(md.contains(&long_note()), "the long note is cut");
    assert!(md.contains(EMOJI) && md.contains(RTL));
    // The three lines of the multi-line note stay three lines of one paragraph.
    assert!(md.contains("First line  \nSecond line  \nThird line"));
    assert!(!md.contains('\r'));
    // Every table keeps its columns: a pipe in a note cannot add a cell.
    let mut columns = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let n = unescaped_pipes(line);
            assert_eq!(
                *columns.get_or_insert(n),
                n,
                "a row with other cells: {line}"
            );
        } else {
            columns = None;
        }
    }
    // Only the report's own headings.
    for line in md.lines().filter(|l| l.starts_with('#')) {
        assert!(
            line.starts_with("# ISO/IEC 42001 gap analysis")
                || line.starts_with("## ")
                || line.starts_with("### ")
                || line.starts_with("#### ")
                || line.starts_with("##### "),
            "{line}"
        );
    }
}

fn unescaped_pipes(line: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => n += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    n
}

#[test]
fn markdown_escaping_neutralises_block_syntax() {
    assert_eq!(markdown::inline("# Title"), "\\# Title");
    assert_eq!(markdown::inline("- item"), "\\- item");
    assert_eq!(markdown::inline("-2+3"), "-2+3");
    assert_eq!(markdown::inline("1. first"), "1\\. first");
    assert_eq!(markdown::inline("6.1.3 risk"), "6.1.3 risk");
    assert_eq!(markdown::inline("=1+1"), "\\=1+1");
    assert_eq!(markdown::inline("a|b"), "a\\|b");
    assert_eq!(markdown::inline("*x* _y_ `z`"), "\\*x\\* \\_y\\_ \\`z\\`");
    assert_eq!(markdown::inline("[a](b)"), "\\[a\\](b)");
    assert_eq!(markdown::inline("a\r\nb"), "a<br>b");
    assert_eq!(markdown::inline("<b>&"), "&lt;b&gt;&amp;");
    assert_eq!(markdown::inline("bell\u{7}"), "bell ");
}

// ---------- CSV ----------

fn parse(text: &str) -> Vec<Vec<String>> {
    let body = text
        .strip_prefix(csv_export::BOM)
        .expect("UTF-8 byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

fn column(rows: &[Vec<String>], name: &str) -> usize {
    rows[0]
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

#[test]
fn csv_golden() {
    let r = fixture();
    insta::assert_snapshot!("csv_questions", csv_export::questions(&r));
    insta::assert_snapshot!("csv_roadmap", csv_export::roadmap(&r));
    insta::assert_snapshot!("csv_soa", csv_export::soa(&r));
}

#[test]
fn csv_questions_round_trip_every_answer() {
    let r = fixture();
    let text = csv_export::questions(&r);
    let rows = parse(&text);
    assert_eq!(rows.len(), r.questions.len() + 1);
    assert!(rows.iter().all(|row| row.len() == rows[0].len()));
    for framework in &r.crosswalks {
        column(&rows, &framework.title);
    }
    let (id, notes, evidence, owner, status) = (
        column(&rows, "Question"),
        column(&rows, "Finding"),
        column(&rows, "Evidence"),
        column(&rows, "Owner"),
        column(&rows, "Status"),
    );
    for (q, row) in r.questions.iter().zip(&rows[1..]) {
        assert_eq!(row[id], q.id);
        assert_eq!(row[status], q.status.label());
    }
    let row = |qid: &str| rows.iter().find(|row| row[id] == qid).unwrap();
    // Line breaks stay inside the cell, one convention for all of them.
    assert_eq!(
        row("4.1-a")[notes],
        format!("{SCRIPT}\n{MULTILINE}").replace("\r\n", "\n")
    );
    assert_eq!(row("4.2-a")[notes], format!("{PIPES}\n{EMOJI}\n{RTL}"));
    assert_eq!(row("5.1-a")[notes], long_note());
    // Formulas come back as text with an apostrophe in front.
    assert_eq!(
        row("4.1-a")[evidence],
        format!("'{FORMULA}\n{PIPES}\n+SUM(A1:A9)\n-2+3\n@cmd")
    );
    assert_eq!(row("4.1-a")[owner], "'=1+1");
    // Records end in CRLF, as spreadsheets expect.
    assert!(text.contains("Depends on,ISO/IEC 27001:2022"));
    let header_end = text.find('\n').unwrap();
    assert_eq!(&text[header_end - 1..=header_end], "\r\n");
}

#[test]
fn no_csv_cell_starts_like_a_formula() {
    let r = fixture();
    for text in [
        csv_export::questions(&r),
        csv_export::roadmap(&r),
        csv_export::soa(&r),
    ] {
        for row in parse(&text) {
            for cell in row {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "live formula: {cell:?}"
                );
            }
        }
    }
}

#[test]
fn csv_roadmap_lists_actions_in_order_then_milestones() {
    let r = fixture();
    let rows = parse(&csv_export::roadmap(&r));
    let (kind, step, qid, start) = (
        column(&rows, "Type"),
        column(&rows, "Step"),
        column(&rows, "Questions"),
        column(&rows, "Start"),
    );
    let actions: Vec<&Vec<String>> = rows[1..].iter().filter(|x| x[kind] == "action").collect();
    assert_eq!(actions.len(), r.roadmap.actions.len());
    for (a, row) in r.roadmap.actions.iter().zip(&actions) {
        assert_eq!(row[step], a.step.to_string());
        // Every question the action closes; some close several.
        assert_eq!(row[qid], a.questions.join(", "));
        assert_eq!(row[start], a.start.to_string());
    }
    let milestones: Vec<&Vec<String>> = rows[1..]
        .iter()
        .filter(|x| x[kind] == "milestone")
        .collect();
    assert!(
        rows.iter().any(|row| row[qid].contains(", ")),
        "no shared action in the fixture"
    );
    assert_eq!(milestones.len(), 2);
    assert_eq!(
        milestones[0][start],
        r.roadmap.milestones[0].date.to_string()
    );
}

#[test]
fn csv_soa_lists_every_annex_control_with_a_reason() {
    let r = fixture();
    let rows = parse(&csv_export::soa(&r));
    assert_eq!(rows.len(), 39);
    let (control, applicable, why) = (
        column(&rows, "Control"),
        column(&rows, "Applicable"),
        column(&rows, "Justification"),
    );
    for (s, row) in r.soa.iter().zip(&rows[1..]) {
        assert_eq!(row[control], s.control);
        assert_eq!(row[applicable], if s.applicable { "yes" } else { "no" });
        assert!(!row[why].is_empty(), "{} has no reason", s.control);
    }
    let excluded = rows.iter().find(|x| x[control] == "A.10.4").unwrap();
    assert_eq!(excluded[applicable], "no");
    assert_eq!(excluded[why], format!("{SCRIPT} | {FORMULA}"));
}

/// A control scored 0.5 (one question ad hoc, one absent) is not implemented, not "partially
/// implemented": the status rests on a practice repeated for part of the scope (level 2).
#[test]
fn the_soa_calls_a_control_partially_implemented_only_from_level_2() {
    use aimsgap::report::Implementation;
    let r = fixture();
    let row = |c: &str| r.soa.iter().find(|s| s.control == c).unwrap();
    assert_eq!(row("A.5.2").maturity, Some(0.5));
    assert_eq!(row("A.5.2").implementation, Implementation::NotImplemented);
    for s in &r.soa {
        let levels: Vec<u8> = r
            .questions
            .iter()
            .filter(|q| q.reference == s.control)
            .filter_map(|q| q.maturity)
            .collect();
        if s.implementation == Implementation::PartiallyImplemented {
            assert!(levels.iter().any(|&m| m >= 2), "{}: {levels:?}", s.control);
        }
        if s.implementation == Implementation::NotImplemented {
            assert!(levels.iter().all(|&m| m < 2), "{}: {levels:?}", s.control);
        }
    }
    let md = markdown::render(&r);
    assert!(md.contains("| A.5.2 | AI system impact assessment process | Yes | Risk treatment |"));
    assert!(md.contains("Not implemented: every answered question is below 2"));
}

/// The method appendix says how applicability is suggested: roles, and the obligations each
/// EU AI Act class brings, with this assessment's systems in scope.
#[test]
fn the_method_appendix_says_how_applicability_is_suggested() {
    use aimsgap::systems::EuClass;
    let r = fixture();
    let part = aimsgap::report::method::appendix(&r)
        .into_iter()
        .find(|p| p.title == "Statement of Applicability")
        .unwrap();
    let text = part
        .paragraphs
        .iter()
        .find(|p| p.starts_with("Applicability is suggested"))
        .unwrap();
    let in_scope = r.systems.iter().filter(|s| s.in_scope).count();
    assert!(in_scope > 1);
    assert!(
        text.contains(&format!("records {in_scope} AI systems in scope")),
        "{text}"
    );
    assert!(text.contains("AI roles it concerns") && text.contains("rejects it"));
    for class in EuClass::ALL {
        for role in ["provider", "customer"] {
            for a in class.articles(&[role.to_string()]) {
                assert!(text.contains(&format!("{a}")), "Art. {a} of {class:?}");
            }
        }
    }
}

// ---------- All formats ----------

/// A roadmap action of a control included for risk treatment names the risks it treats, and
/// the risk register names the steps treating each risk, alike in md, csv, json and html.
#[test]
fn roadmap_actions_name_the_risks_their_control_treats_in_every_text_format() {
    let r = fixture();
    let action = r
        .roadmap
        .actions
        .iter()
        .find(|a| a.reference == "A.5.2")
        .unwrap();
    assert_eq!(action.risks, ["R1"]);
    assert!(action.text().ends_with(" Treats R1."), "{}", action.text());
    // Only a risk-treatment inclusion makes an action treat risks: clauses never do.
    assert!(
        r.roadmap
            .actions
            .iter()
            .filter(|a| a.kind == aimsgap::questionnaire::SectionKind::Clause)
            .all(|a| a.risks.is_empty())
    );
    let r1 = r.risks.iter().find(|k| k.reference == "R1").unwrap();
    let treating: Vec<usize> = r
        .roadmap
        .actions
        .iter()
        .filter(|a| a.risks.iter().any(|k| k == "R1"))
        .map(|a| a.step)
        .collect();
    assert_eq!(r1.actions, treating);
    assert!(r1.actions.contains(&action.step) && r1.actions.len() > 1);
    let steps = r1.steps();
    assert!(
        steps.starts_with("steps ") && steps.contains(" and "),
        "{steps}"
    );

    let md = markdown::render(&r);
    let line = md
        .lines()
        .find(|l| l.starts_with(&format!("| {} | A.5.2 |", action.step)))
        .unwrap();
    assert!(line.contains("Treats R1."), "{line}");
    assert!(
        md.lines()
            .any(|l| l.starts_with("| R1 |") && l.contains(&format!("| {steps} |"))),
        "{md}"
    );

    let rows = parse(&csv_export::roadmap(&r));
    let (step, risks) = (column(&rows, "Step"), column(&rows, "Risks"));
    let row = rows
        .iter()
        .find(|x| x[step] == action.step.to_string())
        .unwrap();
    assert_eq!(row[risks], "R1");

    let v: serde_json::Value = serde_json::from_str(&aimsgap::report::json::render(&r)).unwrap();
    assert_eq!(v["schema_version"], 7);
    let a = v["roadmap"]["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["step"] == action.step)
        .unwrap();
    assert_eq!(a["risks"], serde_json::json!(["R1"]));
    let k = v["risks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["reference"] == "R1")
        .unwrap();
    assert_eq!(k["actions"], serde_json::json!(treating));

    let html = aimsgap::report::html::render(&r);
    assert!(html.contains("Treats R1."));
    assert!(
        html.contains(&format!("<td>{steps}</td></tr>")),
        "risk register"
    );
}

#[test]
fn every_format_renders_and_names_its_file() {
    let r: Report = fixture();
    for f in Format::ALL {
        let bytes = f.render(&r).unwrap();
        assert!(!bytes.is_empty(), "{} is empty", f.name());
        let name = f.default_file_name("Northwind Logistics GmbH", r.assessment.date);
        assert!(name.starts_with("northwind-logistics-gmbh-"), "{name}");
        assert!(name.contains("2026-11-23"), "{name}");
    }
    assert_eq!(
        Format::Soa.default_file_name("  Ünïcode & Co. ", r.assessment.date),
        "ünïcode-co-soa-2026-11-23.csv"
    );
}

#[test]
fn json_golden_and_hostile_text_round_trips() {
    let r = fixture();
    let text = aimsgap::report::json::render(&r);
    insta::assert_snapshot!("report_json", text);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let q = |id: &str| {
        v["questions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(q("4.1-a")["finding"], format!("{SCRIPT}\n{MULTILINE}"));
    assert_eq!(q("4.1-a")["evidence"][0], FORMULA);
    assert_eq!(q("5.1-a")["finding"], long_note());
    assert!(q("4.1-a").get("notes").is_none());
    assert_eq!(v["private_notes_included"], false);
    assert_eq!(v["soa"].as_array().unwrap().len(), 38);
    assert_eq!(
        v["roadmap"]["actions"].as_array().unwrap().len(),
        r.roadmap.actions.len()
    );
}

// ---------- Private notes ----------

/// The text formats, rendered: every one but the workbook (tests/report_xlsx.rs).
fn text_formats(r: &Report) -> Vec<(Format, String)> {
    Format::ALL
        .into_iter()
        .filter(|f| !f.is_binary())
        .map(|f| (f, String::from_utf8(f.render(r).unwrap()).unwrap()))
        .collect()
}

#[test]
fn private_notes_are_in_no_format_of_a_client_report() {
    let r = fixture();
    assert!(!r.private_notes_included);
    assert!(r.questions.iter().all(|q| q.notes.is_none()));
    for (f, text) in text_formats(&r) {
        assert!(
            !text.contains("PRIVATE-7f3a"),
            "{} holds a private note",
            f.name()
        );
        // The demo's own private notes too.
        assert!(
            !text.contains("one-to-one"),
            "{} holds a private note",
            f.name()
        );
        assert!(
            !text.contains("Private notes"),
            "{} mentions private notes",
            f.name()
        );
    }
    // What was observed is there instead.
    let md = markdown::render(&r);
    assert!(md.contains("**Finding:**"));
}

#[test]
fn a_report_with_private_notes_has_them_and_says_so_first() {
    let r = fixture_with_private_notes();
    assert!(r.private_notes_included);
    for (f, text) in text_formats(&r) {
        if matches!(f, Format::Soa | Format::Roadmap) {
            // Neither lists answers' text.
            assert!(!text.contains(PRIVATE), "{}", f.name());
            continue;
        }
        let note = text
            .find(PRIVATE)
            .unwrap_or_else(|| panic!("{} lacks the notes", f.name()));
        let said = [
            "Private notes included",
            "Private notes (not for the client)",
            "\"private_notes_included\": true",
        ]
        .iter()
        .filter_map(|s| text.find(s))
        .min()
        .unwrap_or_else(|| panic!("{} does not say it holds private notes", f.name()));
        assert!(said < note, "{} says so only after a note", f.name());
    }
    // Escaped like any other text.
    assert!(markdown::render(&r).contains("&lt;b&gt;4.1&lt;/b&gt;"));
    let rows = parse(&csv_export::questions(&r));
    let (id, notes) = (
        column(&rows, "Question"),
        column(&rows, csv_export::PRIVATE_NOTES_COLUMN),
    );
    let row = rows.iter().find(|row| row[id] == "4.2-a").unwrap();
    assert_eq!(row[notes], format!("{PRIVATE}\nsecond line"));
    assert!(rows.iter().all(|row| row.len() == rows[0].len()));
}

#[test]
fn nul_and_control_characters_reach_no_csv_cell() {
    let mut r = fixture();
    r.questions[0].finding = "nul\u{0} bell\u{7} esc\u{1b}[2J c1\u{85} end\rold mac".into();
    r.questions[0].owner = "\u{0}=1+1".into();
    r.crosswalks[0].title = "=cmd\u{0}".into();
    for text in [
        csv_export::questions(&r),
        csv_export::roadmap(&r),
        csv_export::soa(&r),
    ] {
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\r')),
            "a control character in the CSV"
        );
        assert!(!text.contains('\r') || !text.replace("\r\n", "").contains('\r'));
    }
    let rows = parse(&csv_export::questions(&r));
    let finding = column(&rows, "Finding");
    assert_eq!(
        rows[1][finding],
        "nul\u{FFFD} bell\u{FFFD} esc\u{FFFD}[2J c1\u{FFFD} end\nold mac"
    );
    // A questionnaire's header text is defused like any cell.
    assert!(
        rows[0].iter().any(|h| h == "'=cmd\u{FFFD}"),
        "{:?}",
        rows[0]
    );
}

#[test]
fn markdown_escapes_the_questionnaires_scale_labels() {
    let mut r = fixture();
    for l in &mut r.scale {
        l.label = format!("<img src=x onerror=alert(1)> *{}* | [x](http://e)", l.level);
    }
    let md = markdown::render(&r);
    assert!(!md.contains("<img"), "raw HTML from a scale label");
    assert!(
        !md.contains("[x](http://e)"),
        "a live link from a scale label"
    );
    assert!(md.contains("&lt;img src=x onerror=alert(1)&gt; \\*3\\* \\| \\[x\\](http://e)"));
    // The tables keep their columns.
    let mut columns = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let n = unescaped_pipes(line);
            assert_eq!(*columns.get_or_insert(n), n, "{line}");
        } else {
            columns = None;
        }
    }
}

// ---------- Every text, hostile ----------

/// Markup, a quote of each kind, an entity, NUL, an escape sequence, a bidi override and a
/// formula: appended to every text the report holds that comes from the database or the
/// questionnaire.
const HOSTILE: &str = "<x q=\"1\" r='2'>&amp;\u{0}\u{1b}[2J\u{202e}|*_[l](u)#\n=cmd";

fn h(s: &mut String) {
    s.push_str(HOSTILE);
}

fn every_text_hostile(r: &mut Report) {
    let a = &mut r.assessment;
    for s in [&mut a.organisation, &mut a.scope, &mut a.assessor] {
        h(s);
    }
    let q = &mut a.questionnaire;
    for s in [
        &mut q.id,
        &mut q.title,
        &mut q.version,
        &mut q.taken_version,
    ] {
        h(s);
    }
    q.changed_since_taken = true;
    for l in &mut r.scale {
        h(&mut l.label);
        h(&mut l.description);
    }
    for q in &mut r.questions {
        for s in [
            &mut q.id,
            &mut q.reference,
            &mut q.requirement_title,
            &mut q.section,
            &mut q.section_title,
            &mut q.prompt,
            &mut q.phase,
            &mut q.recommendation,
            &mut q.finding,
            &mut q.owner,
            &mut q.management_response,
        ] {
            h(s);
        }
        q.depends_on.iter_mut().for_each(h);
        q.said_by = vec![aimsgap::engagement::Attendee {
            number: 1,
            name: HOSTILE.into(),
            role: HOSTILE.into(),
        }];
        q.evidence.iter_mut().for_each(h);
        q.evidence.push(HOSTILE.into());
        if let Some(j) = &mut q.justification {
            h(j);
        }
        q.crosswalk = std::mem::take(&mut q.crosswalk)
            .into_iter()
            .map(|(mut k, mut v)| {
                h(&mut k);
                v.iter_mut().for_each(h);
                (k, v)
            })
            .collect();
    }
    for a in &mut r.attendees {
        h(&mut a.name);
        h(&mut a.role);
    }
    for x in &mut r.requirements {
        for s in [
            &mut x.reference,
            &mut x.title,
            &mut x.section,
            &mut x.intent,
        ] {
            h(s);
        }
    }
    for x in &mut r.sections {
        h(&mut x.id);
        h(&mut x.title);
    }
    for p in &mut r.phases {
        for s in [&mut p.id, &mut p.title, &mut p.description] {
            h(s);
        }
    }
    for f in &mut r.crosswalks {
        h(&mut f.id);
        h(&mut f.title);
    }
    for m in &mut r.roadmap.milestones {
        h(&mut m.name);
        h(&mut m.basis);
    }
    for x in &mut r.roadmap.actions {
        for s in [
            &mut x.question,
            &mut x.reference,
            &mut x.requirement_title,
            &mut x.section,
            &mut x.recommendation,
            &mut x.phase,
            &mut x.phase_title,
            &mut x.owner,
        ] {
            h(s);
        }
        x.after.iter_mut().for_each(h);
    }
    for x in &mut r.soa {
        for s in [
            &mut x.control,
            &mut x.title,
            &mut x.group,
            &mut x.group_title,
            &mut x.justification,
            &mut x.owner,
        ] {
            h(s);
        }
    }
    for w in &mut r.warnings {
        h(&mut w.question);
        h(&mut w.message);
    }
    r.orphaned_answers.push(aimsgap::report::Orphan {
        question_id: HOSTILE.into(),
        answer: aimsgap::assessment::Answer {
            response: aimsgap::assessment::Response::NotApplicable {
                justification: HOSTILE.into(),
            },
            finding: HOSTILE.into(),
            evidence: vec![HOSTILE.into()],
            owner: HOSTILE.into(),
            ..Default::default()
        },
    });
}

#[test]
fn every_text_from_the_database_or_the_questionnaire_is_escaped_in_every_format() {
    let mut r = fixture();
    every_text_hostile(&mut r);
    let mut r_notes = fixture_with_private_notes();
    every_text_hostile(&mut r_notes);
    for q in &mut r_notes.questions {
        q.notes = Some(HOSTILE.into());
    }
    for r in [&r, &r_notes] {
        for (f, text) in text_formats(r) {
            let name = f.name();
            assert!(!text.contains('\0'), "{name}: a NUL byte");
            assert!(!text.contains('\u{1b}'), "{name}: an escape character");
            match f {
                Format::Html => {
                    assert!(!text.contains("<x"), "{name}: markup from the data");
                    assert!(
                        !text.contains("q=\"1\""),
                        "{name}: an attribute from the data"
                    );
                    assert!(text.contains("&lt;x q=&quot;1&quot; r=&#39;2&#39;&gt;&amp;amp;"));
                }
                Format::Markdown => {
                    assert!(!text.contains("<x"), "{name}: markup from the data");
                    assert!(!text.contains("[l](u)"), "{name}: a link from the data");
                    assert!(text.contains("&lt;x q=\"1\" r='2'&gt;&amp;amp;"));
                    for line in text.lines().filter(|l| l.starts_with('#')) {
                        assert!(
                            line.starts_with("# ISO") || line.starts_with("##"),
                            "{line}"
                        );
                    }
                }
                Format::Csv | Format::Soa | Format::Roadmap => {
                    for row in parse(&text) {
                        for cell in row {
                            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell:?}");
                        }
                    }
                }
                Format::Json => {
                    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
                    // JSON escapes rather than drops: the text comes back exactly.
                    assert!(
                        v["assessment"]["organisation"]
                            .as_str()
                            .unwrap()
                            .ends_with(HOSTILE)
                    );
                }
                Format::Xlsx | Format::Docx => unreachable!(),
            }
        }
        Format::Xlsx.render(r).expect("the workbook renders");
        // The Word document: every part of the package holds the text as escaped text.
        let docx = Format::Docx.render(r).expect("the document renders");
        let mut package = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
        let mut images = 0;
        for i in 0..package.len() {
            let mut part = package.by_index(i).unwrap();
            let name = part.name().unwrap().to_string();
            if name.starts_with("word/media/") {
                // The Gantt chart, drawn from the escaped drawing of the HTML report: hostile
                // owner names never stop it from being drawn.
                let mut png = Vec::new();
                std::io::Read::read_to_end(&mut part, &mut png).unwrap();
                assert!(png.starts_with(b"\x89PNG"), "docx {name}: not a PNG");
                images += 1;
                continue;
            }
            let mut xml = String::new();
            std::io::Read::read_to_string(&mut part, &mut xml).unwrap();
            assert!(
                !xml.chars()
                    .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')),
                "docx {name}: a control character"
            );
            assert!(!xml.contains("<x"), "docx {name}: markup from the data");
            if name == "word/document.xml" {
                assert!(xml.contains("&lt;x q=&quot;1&quot; r=&apos;2&apos;&gt;&amp;amp;"));
                assert!(!xml.contains("instrText"), "docx: a field");
            }
        }
        assert_eq!(images, usize::from(!r.roadmap.actions.is_empty()));
    }
}

// ---------- Requirement cards, audit language, one rounding rule ----------

/// What a reader sees of a format: the HTML without its style sheet and tags.
fn visible(f: Format, text: &str) -> String {
    if f != Format::Html {
        return text.to_string();
    }
    let without_style = match (text.find("<style>"), text.find("</style>")) {
        (Some(a), Some(b)) => format!("{}{}", &text[..a], &text[b..]),
        _ => text.to_string(),
    };
    let mut out = String::new();
    let mut in_tag = false;
    for c in without_style.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&").replace("&#39;", "'")
}

/// Text no format escapes: letters, digits, spaces and plain punctuation.
fn plain(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || " .,;:()-–'/".contains(c))
}

/// The report formats that carry the answers (the SoA and roadmap CSVs carry none).
fn answer_formats(r: &Report) -> Vec<(Format, String)> {
    text_formats(r)
        .into_iter()
        .filter(|(f, _)| !matches!(f, Format::Soa | Format::Roadmap))
        .collect()
}

#[test]
fn every_finding_is_in_every_format_and_no_private_note_is() {
    let r = fixture();
    let findings: Vec<&str> = r
        .questions
        .iter()
        .map(|q| q.finding.as_str())
        .filter(|f| plain(f))
        .collect();
    assert!(
        findings.len() > 60,
        "only {} plain findings",
        findings.len()
    );
    for (f, text) in answer_formats(&r) {
        let text = visible(f, &text);
        for finding in &findings {
            assert!(
                text.contains(finding),
                "{} lacks the finding {finding}",
                f.name()
            );
        }
        assert!(!text.contains(PRIVATE), "{} holds a private note", f.name());
    }
}

#[test]
fn a_conforming_answer_shows_its_finding_as_a_practice_to_keep_and_no_recommendation() {
    let r = fixture();
    let gap_actions: Vec<&str> = r.questions.iter().filter_map(|q| q.action()).collect();
    let conforming: Vec<_> = r
        .questions
        .iter()
        .filter(|q| q.conforming() && !gap_actions.contains(&q.recommendation.as_str()))
        .collect();
    assert!(conforming.len() >= 20, "{} conforming", conforming.len());
    for (f, text) in answer_formats(&r) {
        if f == Format::Json {
            // Data, not a report: the questionnaire's recommendation stays a field of the
            // question, and `gap` says it does not apply.
            continue;
        }
        let text = visible(f, &text);
        for q in &conforming {
            assert!(
                !text.contains(&q.recommendation),
                "{} recommends building what {} found in place: {}",
                f.name(),
                q.id,
                q.recommendation
            );
        }
    }
    // The finding is labelled as the practice to keep; the gap's as a finding.
    let md = markdown::render(&r);
    let kept = conforming.iter().find(|q| plain(&q.finding)).unwrap();
    assert!(md.contains(&format!("**Practice to keep:**  \n{}", kept.finding)));
    let gap = r.gaps().into_iter().find(|q| plain(&q.finding)).unwrap();
    assert!(md.contains(&format!("**Finding:**  \n{}", gap.finding)));
    assert!(gap.action().is_some());
}

#[test]
fn the_card_gives_the_intent_and_the_interview_prompt_only_as_a_small_line() {
    let r = fixture();
    let req = r.requirement("4.1").unwrap();
    assert!(req.intent.starts_with("Know the internal and external"));
    let md = markdown::render(&r);
    assert!(md.contains(&format!(
        "#### 4.1 {}\n\n*Intent:* {}",
        req.title, req.intent
    )));
    let q = r.questions.iter().find(|q| q.id == "4.2-a").unwrap();
    // No heading is the prompt; it follows "Asked:" in small print.
    assert!(md.contains(&format!("<sub>Asked: {}</sub>", q.prompt)));
    assert!(
        !md.lines()
            .any(|l| l.starts_with('#') && l.contains(&q.prompt))
    );
    let rows = parse(&csv_export::questions(&r));
    let intent = column(&rows, "Intent");
    let id = column(&rows, "Question");
    let row = rows.iter().find(|row| row[id] == "4.1-a").unwrap();
    assert_eq!(row[intent], req.intent);
}

#[test]
fn an_assessors_recommendation_and_a_management_response_are_on_the_card() {
    let r = fixture();
    // The fixture's 4.1-a carries its own recommendation and a response (hostile text).
    let q = r.questions.iter().find(|q| q.id == "4.1-a").unwrap();
    assert!(q.recommendation_by_assessor && q.action().is_some());
    let md = markdown::render(&r);
    assert!(md.contains("**Recommendation (assessor's own):** &lt;script&gt;"));
    assert!(md.contains("**Management response:**  \n\\=HYPERLINK"));
    // A gap without a response says it is awaited.
    assert!(md.contains("**Management response:** *awaiting the client's review of the draft*"));
    let rows = parse(&csv_export::questions(&r));
    let (id, response, own) = (
        column(&rows, "Question"),
        column(&rows, "Management response"),
        column(&rows, "Recommendation by assessor"),
    );
    let row = rows.iter().find(|row| row[id] == "4.1-a").unwrap();
    assert_eq!(row[response], format!("'{FORMULA}\n{PIPES}"));
    assert_eq!(row[own], "yes");
    // The demo's own responses reach the report too.
    assert!(md.contains("Agreed, with the forecasting model first"));
}

#[test]
fn who_said_it_is_on_the_card_in_every_format() {
    let mut r = fixture();
    // The fixture's 4.2-a rests on an attendee with a hostile name and role.
    let hostile = r.questions.iter().find(|q| q.id == "4.2-a").unwrap();
    let said = format!("{SCRIPT} {FORMULA} ({PIPES} {RTL})");
    assert_eq!(hostile.said_by_line().as_deref(), Some(said.as_str()));
    let rows = parse(&csv_export::questions(&r));
    let (id, said_by) = (column(&rows, "Question"), column(&rows, "Said by"));
    assert_eq!(
        rows.iter().find(|row| row[id] == "4.2-a").unwrap()[said_by],
        said
    );
    assert_eq!(
        rows.iter().find(|row| row[id] == "4.1-a").unwrap()[said_by],
        ""
    );
    let md = markdown::render(&r);
    assert!(md.contains("**Said by:** &lt;script&gt;"), "markdown");

    let q = r.questions.iter_mut().find(|q| q.id == "5.3-a").unwrap();
    q.said_by = vec![
        aimsgap::engagement::Attendee {
            number: 2,
            name: "Rana Kaya".into(),
            role: "Quality Manager".into(),
        },
        aimsgap::engagement::Attendee {
            number: 5,
            name: "Tom Weber".into(),
            role: String::new(),
        },
    ];
    for (f, text) in answer_formats(&r) {
        let text = visible(f, &text);
        let line = match f {
            Format::Markdown => "**Said by:** Rana Kaya (Quality Manager), Tom Weber",
            Format::Html => "Said byRana Kaya (Quality Manager), Tom Weber",
            Format::Json => "\"name\": \"Tom Weber\"",
            _ => "Rana Kaya (Quality Manager), Tom Weber",
        };
        assert!(text.contains(line), "{}: {line}", f.name());
    }
    let json: serde_json::Value =
        serde_json::from_slice(&Format::Json.render(&r).unwrap()).unwrap();
    let q = json["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "5.3-a")
        .unwrap();
    assert_eq!(q["said_by"][0]["number"], 2);
    assert_eq!(q["said_by"][1]["role"], "");
}

#[test]
fn priority_and_status_words_are_the_same_in_every_format() {
    use aimsgap::scoring::{Priority, Status};
    let r = fixture();
    assert!(r.priorities.p1 > 0 && r.priorities.p2 > 0 && r.priorities.p3 > 0);
    assert_eq!(
        Priority::P1.describe(),
        "certification blocker (a major nonconformity if audited today)"
    );
    assert_eq!(
        Priority::P2.describe(),
        "significant gap (a nonconformity likely)"
    );
    assert_eq!(
        Priority::P3.describe(),
        "improvement (an opportunity for improvement)"
    );
    for (f, text) in answer_formats(&r) {
        if f == Format::Json {
            continue; // codes (P1, partial) for machines; the schema documents them
        }
        let text = visible(f, &text);
        for p in [Priority::P1, Priority::P2, Priority::P3] {
            assert!(
                text.contains(&p.describe()),
                "{} lacks {}",
                f.name(),
                p.describe()
            );
        }
        let lower = text.to_lowercase();
        for wrong in ["major gap", "minor gap", "(major)", "(minor)"] {
            assert!(!lower.contains(wrong), "{} says {wrong}", f.name());
        }
        // "major" only ever as the auditor's word for a certification blocker.
        assert_eq!(
            text.matches("major").count(),
            text.matches("a major nonconformity if audited today")
                .count(),
            "{} calls something else major",
            f.name()
        );
        assert!(text.contains("Partial"), "{}", f.name());
        assert!(!text.contains("· partial"), "{}", f.name());
    }
    let rows = parse(&csv_export::questions(&r));
    let status = column(&rows, "Status");
    let labels = [
        Status::Conforming,
        Status::Partial,
        Status::Absent,
        Status::Excluded,
        Status::NotAssessed,
    ]
    .map(Status::label);
    assert!(
        rows[1..]
            .iter()
            .all(|row| labels.contains(&row[status].as_str()))
    );
}

/// What a spreadsheet shows for a number in the format `0.0`: worked on the decimal digits,
/// a half rounded away from zero (independent of the reports' own rounding code).
fn as_a_spreadsheet_shows(x: f64) -> String {
    let digits = format!("{x:.9}");
    let (int, frac) = digits.split_once('.').unwrap();
    let tenths: u64 = int.parse::<u64>().unwrap() * 10 + u64::from(frac.as_bytes()[0] - b'0');
    let up = frac.as_bytes()[1] >= b'5';
    let n = tenths + u64::from(up);
    format!("{}.{}", n / 10, n % 10)
}

#[test]
fn every_section_score_shows_the_same_digits_in_every_format() {
    use aimsgap::report::html;
    let r = fixture();
    let md = markdown::render(&r);
    let page = html::render(&r);
    let mut halves = 0;
    for s in &r.sections {
        let score = s.figures.score.unwrap();
        let expected = as_a_spreadsheet_shows(score);
        if (score * 10.0).fract() == 0.5 {
            halves += 1;
        }
        let in_md = md
            .split(&format!("### {} {}\n\nScore ", s.id, s.title))
            .nth(1)
            .and_then(|rest| rest.split(',').next())
            .unwrap_or_else(|| panic!("markdown: no score for {}", s.id));
        assert_eq!(in_md, expected, "markdown, section {}", s.id);
        let in_html = page
            .split(&format!(
                "<span class=\"ref\">{}</span> {}</h3>\n<p class=\"figs\">Maturity <b>",
                s.id, s.title
            ))
            .nth(1)
            .and_then(|rest| rest.split('<').next())
            .unwrap_or_else(|| panic!("html: no score for {}", s.id));
        assert_eq!(in_html, expected, "html, section {}", s.id);
        assert_eq!(aimsgap::scoring::one_decimal(Some(score)), expected);
    }
    // The demo holds the case that differed (A.7 at 1.25: 1.2 in HTML, 1.3 in the workbook).
    assert!(halves >= 1);
    let a7 = r.sections.iter().find(|s| s.id == "A.7").unwrap();
    assert_eq!(a7.figures.score, Some(1.25));
    assert!(md.contains("### A.7 Data for AI systems\n\nScore 1.3,"));
}

#[test]
fn the_csv_formats_take_another_delimiter() {
    use aimsgap::report::RenderOptions;
    let r = fixture();
    let semi = RenderOptions {
        csv_delimiter: b';',
    };
    for f in [Format::Csv, Format::Soa, Format::Roadmap] {
        let comma = String::from_utf8(f.render(&r).unwrap()).unwrap();
        let text = String::from_utf8(f.render_with(&r, &semi).unwrap()).unwrap();
        let rows: Vec<Vec<String>> = ::csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        // The same cells, split by the other delimiter.
        assert_eq!(rows, parse(&comma), "{}", f.name());
        assert!(rows[0].len() > 5);
        assert!(text.starts_with('\u{feff}'));
    }
}

// ---------- Executive summary ----------

mod summary {
    use std::io::{Cursor, Read};

    use aimsgap::assessment::{Answer, Response};
    use aimsgap::questionnaire::catalog::{Catalog, built_in};
    use aimsgap::report::summary::DRAFT_LABEL;
    use aimsgap::report::{Report, html, markdown, xlsx};
    use aimsgap::session::Session;
    use aimsgap::store::Store;
    use jiff::civil::date;
    use tempfile::TempDir;

    /// An assessment with every question scored 0: the worst case for the summary page.
    fn all_zero() -> (TempDir, Store, i64) {
        let dir = TempDir::new().unwrap();
        let mut store = Store::open(&dir.path().join("z.db")).unwrap();
        let q = built_in("iso42001").unwrap();
        let id = aimsgap::demo::create(&mut store, q, date(2026, 11, 23)).unwrap();
        for at in q.questions() {
            let answer = Answer {
                response: Response::Maturity { level: 0 },
                ..Answer::default()
            };
            store.set_answer(id, &at.question.id, &answer).unwrap();
        }
        // The demo's narrative, if it has one, is not what this test is about.
        store.set_narrative(id, "").unwrap();
        (dir, store, id)
    }

    fn report(store: &Store, id: i64) -> Report {
        let session = Session::open(store, &Catalog::new(None), id).unwrap();
        Report::build(&session, "2026-11-23T16:00:00Z".parse().unwrap())
    }

    /// The Markdown executive summary: from its heading to the next section.
    fn md_summary(r: &Report) -> String {
        let md = markdown::render(r);
        let start = md.find("## Executive summary").unwrap();
        let end = md[start + 3..]
            .find("\n## ")
            .map_or(md.len(), |i| start + 3 + i);
        md[start..end].to_string()
    }

    fn html_summary(r: &Report) -> String {
        let html = html::render(r);
        let start = html.find("id=\"summary\"").unwrap();
        let end = start + html[start..].find("</section>").unwrap();
        html[start..end].to_string()
    }

    fn xlsx_text(r: &Report) -> String {
        let bytes = xlsx::render(r).unwrap();
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut s = String::new();
        zip.by_name("xl/sharedStrings.xml")
            .unwrap()
            .read_to_string(&mut s)
            .unwrap();
        s
    }

    #[test]
    fn an_assessment_scored_zero_throughout_keeps_a_bounded_summary() {
        let (_dir, store, id) = all_zero();
        let r = report(&store, id);
        let sections = r.sections.len();
        // 68 clause questions and 51 documented annex questions.
        assert_eq!(
            r.priorities.p1, 119,
            "every clause and documented question blocks"
        );
        // One row per section at most, whatever the number of blockers.
        assert!(r.summary.blockers.len() <= sections);
        assert_eq!(
            r.summary.blockers.iter().map(|g| g.count).sum::<usize>(),
            r.priorities.p1
        );
        assert!(!r.summary.written && r.summary.paragraphs.len() <= 6);
        let md = md_summary(&r);
        let lines = md.lines().filter(|l| !l.trim().is_empty()).count();
        assert!(lines <= 70, "{lines} lines:\n{md}");
        let blocker_rows = md
            .lines()
            .skip_while(|l| !l.starts_with("### Certification blockers"))
            .take_while(|l| !l.starts_with("### The"))
            .filter(|l| {
                l.starts_with("| ") && !l.starts_with("| Section") && !l.starts_with("| ---")
            })
            .count();
        assert!(blocker_rows <= sections, "{blocker_rows} blocker rows");
        let html = html_summary(&r);
        let list = &html[html.find("<ul class=\"blockers\">").unwrap()..];
        let items = list[..list.find("</ul>").unwrap()].matches("<li>").count();
        assert!(items <= sections, "{items} blocker items");
        // The top gaps say the action.
        let top = &r.gaps()[0];
        assert!(md.contains(&markdown::inline(&top.recommendation)));
        assert!(html.contains(&top.recommendation));
    }

    #[test]
    fn the_draft_is_marked_until_the_assessor_writes_a_narrative_in_every_format() {
        let (_dir, mut store, id) = all_zero();
        let r = report(&store, id);
        let draft = &r.summary.paragraphs;
        assert!(draft.iter().any(|p| p.starts_with("Overall opinion")));
        assert!(
            draft
                .iter()
                .any(|p| p.contains("certification blockers in"))
        );
        assert!(draft.iter().any(|p| p.contains("Stage 1 readiness on")));
        assert!(
            draft
                .iter()
                .any(|p| p.starts_with("Decisions needed from management"))
        );
        assert!(md_summary(&r).contains(DRAFT_LABEL));
        assert!(html_summary(&r).contains("narrative draft"));
        assert!(html_summary(&r).contains(DRAFT_LABEL));
        assert!(xlsx_text(&r).contains("Draft narrative, computed"));
        assert!(r.narrative.is_empty());

        let text = "Our opinion: the organisation is not ready.\n\nStrengths: a committed board.\n\nDecisions: fund a programme lead.";
        store.set_narrative(id, text).unwrap();
        let r = report(&store, id);
        assert!(r.summary.written);
        assert_eq!(r.summary.paragraphs.len(), 3);
        assert_eq!(r.narrative, text);
        for (format, out) in [
            ("md", md_summary(&r)),
            ("html", html_summary(&r)),
            ("xlsx", xlsx_text(&r)),
        ] {
            assert!(out.contains("Strengths: a committed board."), "{format}");
            assert!(
                out.contains("Decisions: fund a programme lead."),
                "{format}"
            );
            assert!(!out.contains("Draft narrative"), "{format}");
            assert!(!out.contains("Overall opinion:"), "{format}");
        }
        // Empty again: the draft is back.
        store.set_narrative(id, "  ").unwrap();
        assert!(!report(&store, id).summary.written);
    }
}

/// The client's self-assessment against the assessor's levels, with the same figures in
/// every format: the client rates clause 5 two levels above the assessor on every question,
/// and clause 4 exactly as the assessor does.
#[test]
fn the_self_assessment_comparison_shows_the_same_figures_in_every_format() {
    use aimsgap::assessment::Response;
    use aimsgap::questionnaire::catalog::{Catalog, built_in};
    use aimsgap::report::{docx, html, json, xlsx};
    use aimsgap::session::Session;
    use aimsgap::store::Store;
    use aimsgap::survey::{Comparison, Rating, SelfRating};
    use std::collections::BTreeMap;
    let dir = tempfile::TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("s.db")).unwrap();
    let q = built_in("iso42001").unwrap();
    let id = aimsgap::demo::create(&mut store, q, jiff::civil::date(2026, 11, 23)).unwrap();
    let answers = store.answers(id).unwrap();
    let mut ratings = BTreeMap::new();
    let mut in_five = 0;
    for at in q.questions() {
        let Some(Response::Maturity { level }) = answers.get(&at.question.id).map(|a| &a.response)
        else {
            continue;
        };
        let level = match at.section.id.as_str() {
            "4" => *level,
            "5" if *level <= 3 => {
                in_five += 1;
                level + 2
            }
            _ => continue,
        };
        ratings.insert(
            at.question.id.clone(),
            SelfRating {
                rating: Rating::Level(level),
                comment: String::new(),
            },
        );
    }
    assert!(in_five >= 2);
    ratings.insert(
        "A.10.4-a".into(),
        SelfRating {
            rating: Rating::NotApplicable,
            comment: "We supply no AI".into(),
        },
    );
    store
        .replace_self_assessment(id, &ratings, "2026-11-20T09:00:00Z".parse().unwrap())
        .unwrap();
    let session = Session::open(&store, &Catalog::new(None), id).unwrap();
    let r = Report::build(&session, "2026-11-23T16:00:00Z".parse().unwrap());
    let c = r.self_assessment.as_ref().unwrap();
    assert_eq!((c.not_applicable, c.comments), (1, 1));
    let four = c.section("4").unwrap();
    assert_eq!(
        (four.difference, four.higher, four.lower),
        (Some(0.0), 0, 0)
    );
    let five = c.section("5").unwrap();
    assert_eq!(five.compared, in_five);
    assert_eq!(five.difference, Some(2.0));
    assert_eq!((five.higher, five.far_apart), (in_five, in_five));
    assert_eq!(c.sections.len(), 2);
    assert_eq!(c.far_apart.len(), in_five);

    let md = markdown::render(&r);
    let page = html::render(&r);
    let word = {
        use std::io::Read;
        let bytes = docx::render(&r).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut s = String::new();
        zip.by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut s)
            .unwrap();
        s
    };
    assert!(md.contains(&format!("## {}\n", Comparison::HEADING)));
    assert!(page.contains("id=\"self-assessment\""));
    assert!(word.contains(Comparison::HEADING));
    // The method appendix says how the two are compared.
    for text in [&md, &page, &word] {
        assert!(text.contains("Client self-assessment"));
    }
    assert!(!markdown::render(&fixture()).contains("Client self-assessment"));
    for row in [four, five, &c.overall] {
        let cells = Comparison::cells(row);
        assert!(
            md.contains(&format!("| {} |", cells.join(" | "))),
            "{cells:?}"
        );
        let html_row = format!(
            "<td dir=\"auto\">{}</td>{}",
            cells[0],
            cells[1..]
                .iter()
                .map(|c| format!("<td class=\"num\">{c}</td>"))
                .collect::<String>()
        );
        assert!(page.contains(&html_row), "{html_row}");
        let in_word = cells
            .iter()
            .map(|cell| format!(">{cell}</w:t>"))
            .collect::<Vec<_>>();
        assert!(
            in_word.iter().all(|c| word.contains(c.as_str())),
            "{in_word:?}"
        );
    }
    assert!(cells_of_five_are_signed(&Comparison::cells(five)));
    // The workbook holds the same numbers; the JSON the same values.
    let book = xlsx::render(&r).unwrap();
    let mut wb: calamine::Xlsx<_> = calamine::Xlsx::new(std::io::Cursor::new(book)).unwrap();
    use calamine::{DataType as _, Reader as _};
    let sheet = wb.worksheet_range("Self-assessment").unwrap();
    let row_of = |title: &str| {
        (0..sheet.height())
            .find(|&i| sheet.get((i, 0)).map(|v| v.to_string()) == Some(title.to_string()))
            .unwrap_or_else(|| panic!("no row {title}"))
    };
    for row in [four, five, &c.overall] {
        let i = row_of(&row.title);
        let num = |col: usize| sheet.get((i, col)).and_then(|v| v.as_f64());
        assert_eq!(num(1), Some(row.compared as f64));
        assert_eq!(num(2), row.self_mean);
        assert_eq!(num(3), row.assessor_mean);
        assert_eq!(num(4), row.difference);
        assert_eq!(num(7), Some(row.far_apart as f64));
    }
    let doc: serde_json::Value = serde_json::from_str(&json::render(&r)).unwrap();
    let sa = &doc["self_assessment"];
    assert_eq!(sa["sections"][1]["id"], "5");
    assert_eq!(sa["sections"][1]["difference"].as_f64(), Some(2.0));
    assert_eq!(sa["far_apart"].as_array().unwrap().len(), in_five);
    // Without a self-assessment there is no such section anywhere.
    let plain = fixture();
    assert!(plain.self_assessment.is_none());
    assert!(!markdown::render(&plain).contains(Comparison::HEADING));
    assert!(!json::render(&plain).contains("self_assessment"));
}

fn cells_of_five_are_signed(cells: &[String; 7]) -> bool {
    cells[4] == "+2.0"
}

/// With a day rate set, the executive summary of every format (md, html, docx, xlsx, json)
/// has the cost estimate by phase with the same figures, and the method appendix says how it
/// is computed; without one, no format has it.
#[test]
fn the_cost_estimate_by_phase_is_the_same_in_every_format() {
    use aimsgap::assessment::DayRate;
    use aimsgap::report::{Costing, docx, html, xlsx};
    use calamine::{Data, Reader};
    let rate = DayRate::new(1234.5, "gbp").unwrap();
    let r = common::fixture_with_day_rate(&rate);
    let c = r
        .roadmap
        .costing
        .as_ref()
        .expect("a day rate gives an estimate");
    assert_eq!((c.day_rate, c.currency.as_str()), (1234.5, "GBP"));
    // Every action in one phase, counted once.
    assert!((c.total_days - r.roadmap.total_days).abs() < 1e-9);
    assert_eq!(
        c.phases.iter().map(|p| p.actions).sum::<usize>(),
        r.roadmap.actions.len()
    );
    assert!(c.phases.len() > 2);
    for p in &c.phases {
        assert!(
            (p.cost - p.person_days * 1234.5).abs() < 1e-6,
            "{}",
            p.title
        );
        let mut working = 0;
        let mut d = p.start;
        while d <= p.end {
            let weekend = matches!(
                d.weekday(),
                jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
            );
            if !weekend && !r.roadmap.holidays.contains(&d) {
                working += 1;
            }
            d = d.tomorrow().unwrap();
        }
        assert_eq!(p.working_days, working, "{}", p.title);
        assert!((p.fte - p.person_days / f64::from(working)).abs() < 1e-12);
    }
    let rows = c.rows();
    assert_eq!(rows.len(), c.phases.len() + 1);
    assert!(
        rows[0][2].starts_with("GBP ") && rows[0][2].contains(','),
        "{:?}",
        rows[0]
    );

    // Markdown: a line per row with its cells in order.
    let md = markdown::render(&r);
    let in_order = |text: &str, cells: &[String]| {
        let mut at = 0;
        cells
            .iter()
            .filter(|x| !x.is_empty())
            .all(|cell| match text[at..].find(cell.as_str()) {
                Some(i) => {
                    at += i + cell.len();
                    true
                }
                None => false,
            })
    };
    let summary = &md[md.find("## Executive summary").unwrap()..];
    let summary = &summary[..summary[3..].find("\n## ").unwrap()];
    for row in &rows {
        assert!(
            summary
                .lines()
                .any(|l| l.starts_with('|') && in_order(l, row)),
            "markdown: {row:?}"
        );
    }
    // HTML: the table's cells, row by row.
    let page = html::render(&r);
    let table = page
        .split("<table class=\"owners costs\">")
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .expect("html: the cost table");
    assert!(page.find("owners costs").unwrap() < page.find("id=\"roadmap\"").unwrap_or(usize::MAX));
    let cells: Vec<Vec<String>> = table
        .split("<tr")
        .skip(2)
        .map(|tr| {
            tr.split("<td")
                .skip(1)
                .map(|td| {
                    let inner = &td[td.find('>').unwrap() + 1..];
                    inner[..inner.find("</td>").unwrap()].to_string()
                })
                .collect()
        })
        .collect();
    assert_eq!(cells, rows.iter().map(|r| r.to_vec()).collect::<Vec<_>>());
    // Word: the cells in order after the table's heading, the summary's last part.
    let bytes = docx::render(&r).unwrap();
    let mut package = zip::ZipArchive::new(std::io::Cursor::new(&bytes[..])).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut package.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    let from = xml.find(Costing::TITLE).expect("docx: the cost table");
    let to = from + xml[from..].find(" in detail").unwrap();
    let all: Vec<String> = rows.iter().flatten().cloned().collect();
    assert!(in_order(&xml[from..to], &all), "docx: the rows in order");
    // Workbook: numbers and dates on the Summary sheet.
    let book = xlsx::render(&r).unwrap();
    let mut wb: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(book)).unwrap();
    let s = wb.worksheet_range("Summary").unwrap();
    let styles = wb.worksheet_style("Summary").unwrap();
    let (r0, _) = s.start().unwrap();
    let title = (0..=s.end().unwrap().0)
        .find(|row| s.get_value((*row, 0)) == Some(&Data::String(Costing::TITLE.into())))
        .expect("xlsx: the cost table");
    assert_eq!(r0, 0);
    let number = |row: u32, col: u32| match s.get_value((row, col)) {
        Some(Data::Float(x)) => *x,
        Some(Data::Int(x)) => *x as f64,
        other => panic!("xlsx ({row}, {col}): {other:?}"),
    };
    for (i, p) in c.phases.iter().enumerate() {
        let row = title + 2 + i as u32;
        assert_eq!(s.get_value((row, 0)), Some(&Data::String(p.title.clone())));
        assert_eq!(number(row, 1), p.person_days);
        assert_eq!(number(row, 2), p.cost);
        assert_eq!(as_a_spreadsheet_shows(number(row, 3)), Costing::fte(p.fte));
        let format = styles.get((row, 2)).and_then(|st| st.number_format.clone());
        assert!(
            format.is_some_and(|f| f.format_code.contains("GBP")),
            "xlsx: the cost in pounds"
        );
    }
    let total = title + 2 + c.phases.len() as u32;
    assert_eq!(number(total, 1), c.total_days);
    assert_eq!(number(total, 2), c.total_cost);
    // JSON: the model's figures.
    let json: serde_json::Value =
        serde_json::from_slice(&Format::Json.render(&r).unwrap()).unwrap();
    let phases = json["roadmap"]["costing"]["phases"].as_array().unwrap();
    for (p, j) in c.phases.iter().zip(phases) {
        assert_eq!(j["cost"].as_f64(), Some(p.cost));
        assert_eq!(j["person_days"].as_f64(), Some(p.person_days));
        assert_eq!(j["fte"].as_f64(), Some(p.fte));
    }
    // The method appendix says how, in every format that has it.
    assert!(md.contains("Cost estimate: each phase's person-days"));
    assert!(
        page.contains("Cost estimate: each phase&#39;s person-days")
            || page.contains("Cost estimate: each phase's person-days")
    );

    // Without a day rate: no estimate anywhere.
    let plain = fixture();
    assert!(plain.roadmap.costing.is_none());
    for (f, text) in text_formats(&plain) {
        assert!(!text.contains(Costing::TITLE), "{}", f.name());
    }
    let json: serde_json::Value =
        serde_json::from_slice(&Format::Json.render(&plain).unwrap()).unwrap();
    assert!(json["roadmap"].get("costing").is_none());
}

/// Answers accepted from ISO 27001 carry-over suggestions are named as reused, with the
/// estimated time saved, in the same words in every format.
#[test]
fn answers_reused_from_iso27001_are_marked_in_every_format() {
    use std::io::{Cursor, Read};

    use aimsgap::assessment::NewAssessment;
    use aimsgap::questionnaire::catalog::{Catalog, built_in};
    use aimsgap::report::{docx, html, json, xlsx};
    use aimsgap::session::Session;
    use aimsgap::store::Store;

    let dir = tempfile::TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("carry.db")).unwrap();
    let q = built_in("iso42001").unwrap();
    let id = store
        .create_assessment(
            &NewAssessment::new("Acme Ltd", jiff::civil::date(2026, 11, 23)),
            q,
            None,
        )
        .unwrap();
    let refs = ["7.2".to_string(), "5.2".to_string()].into_iter().collect();
    store
        .set_iso27001_in_place(id, &refs, &Default::default(), false)
        .unwrap();
    let catalog = Catalog::new(None);
    let build = |store: &Store| {
        let session = Session::open(store, &catalog, id).unwrap();
        Report::build(&session, "2026-11-23T16:00:00Z".parse().unwrap())
    };
    // In place, nothing accepted yet: nothing reused, no time saved.
    let r = build(&store);
    let c = r.carry_over.as_ref().unwrap();
    assert_eq!((c.reused.len(), c.minutes_saved), (0, 0));
    let session = Session::open(&store, &catalog, id).unwrap();
    let suggestion = aimsgap::iso27001::suggestions(q, &refs, &session.answers)
        .into_iter()
        .find(|s| s.question == "7.2-a")
        .unwrap();
    store.accept_carry_over(id, &suggestion).unwrap();
    let r = build(&store);
    let c = r.carry_over.as_ref().unwrap();
    assert_eq!((c.reused.len(), c.kept, c.minutes_saved), (1, 1, 20));
    let line = "7.2-a (7.2 Competence): level 3 carried over from ISO 27001 7.2, kept";
    let saved = "Estimated workshop time saved: 0.3 hours (20 minutes)";
    let unzip = |bytes: Vec<u8>, part: &str| {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut s = String::new();
        zip.by_name(part).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    let formats = [
        ("md", markdown::render(&r)),
        ("html", html::render(&r)),
        (
            "docx",
            unzip(docx::render(&r).unwrap(), "word/document.xml"),
        ),
        (
            "xlsx",
            unzip(xlsx::render(&r).unwrap(), "xl/sharedStrings.xml"),
        ),
    ];
    for (format, text) in &formats {
        assert!(text.contains("Reused from ISO 27001"), "{format}");
        assert!(text.contains(line), "{format}: no {line:?}");
        assert!(text.contains(saved), "{format}: no {saved:?}");
    }
    let json: serde_json::Value = serde_json::from_str(&json::render(&r)).unwrap();
    assert_eq!(json["carry_over"]["reused"][0]["question"], "7.2-a");
    assert_eq!(json["carry_over"]["reused"][0]["from"][0], "7.2");
    assert_eq!(json["carry_over"]["minutes_saved"], 20);
    // Without anything in place or reused, the part is absent everywhere.
    assert!(fixture().carry_over.is_none());
    assert!(!markdown::render(&fixture()).contains("Reused from ISO 27001"));
}

/// Work packages: every action of the demo belongs to one, and each package's figures
/// (actions, person-days, first start, last end, owners) are the sums over its actions, the
/// same in every format.
#[test]
fn work_packages_sum_their_actions_in_every_format() {
    use aimsgap::report::{PackageRow, docx, html, xlsx};
    use calamine::{Data, Reader};
    let r = fixture();
    let m = &r.roadmap;
    assert!(!m.actions.is_empty());
    for a in &m.actions {
        assert!(
            !a.package.is_empty() && !a.package_title.is_empty(),
            "step {} has no package",
            a.step
        );
    }
    // Sums over the actions, computed here on their own.
    let mut ids: Vec<&str> = Vec::new();
    for a in &m.actions {
        if !ids.contains(&a.package.as_str()) {
            ids.push(&a.package);
        }
    }
    assert!(ids.len() > 5, "{ids:?}");
    assert_eq!(m.packages.len(), ids.len());
    let mut days = 0.0;
    for (p, id) in m.packages.iter().zip(&ids) {
        let xs: Vec<_> = m.actions.iter().filter(|a| a.package == *id).collect();
        assert_eq!(p.package, *id);
        assert_eq!(p.title, xs[0].package_title);
        assert_eq!(p.actions, xs.len(), "{id}");
        let sum: f64 = xs.iter().map(|a| a.effort_days).sum();
        assert!((p.days - sum).abs() < 1e-9, "{id}");
        assert_eq!(p.start, xs.iter().map(|a| a.start).min().unwrap(), "{id}");
        assert_eq!(p.end, xs.iter().map(|a| a.end).max().unwrap(), "{id}");
        let mut owners: Vec<&str> = xs.iter().map(|a| a.owner.as_str()).collect();
        owners.sort_unstable();
        owners.dedup();
        let mut got: Vec<&str> = p.owners.iter().map(String::as_str).collect();
        got.sort_unstable();
        assert_eq!(got, owners, "{id}");
        days += p.days;
    }
    assert!((days - m.total_days).abs() < 1e-6, "effort counted once");

    let figures = |p: &PackageRow| -> Vec<String> {
        let [title, actions, days, start, end, _] = p.cells();
        vec![title, actions, days, start, end]
    };
    let in_order = |text: &str, cells: &[String]| {
        let mut at = 0;
        cells
            .iter()
            .all(|cell| match text[at..].find(cell.as_str()) {
                Some(i) => {
                    at += i + cell.len();
                    true
                }
                None => false,
            })
    };
    // Markdown: a table row per package under its heading in the roadmap.
    let md = markdown::render(&r);
    let part = &md[md.find("## Roadmap").unwrap()..];
    let part = &part[part
        .find(&format!("### {}", PackageRow::TITLE))
        .expect("md")..];
    let part = &part[..part[4..].find("\n### ").unwrap()];
    for p in &m.packages {
        assert!(
            part.lines()
                .any(|l| l.starts_with('|') && in_order(l, &figures(p))),
            "markdown: {}",
            p.title
        );
    }
    // HTML: the packages table, a row per package.
    let page = html::render(&r);
    let table = page
        .split("<table class=\"packages\">")
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .expect("html: the packages table");
    let rows: Vec<&str> = table.split("<tr>").skip(2).collect();
    assert_eq!(rows.len(), m.packages.len());
    for (p, row) in m.packages.iter().zip(rows) {
        assert!(in_order(row, &figures(p)), "html: {row}");
    }
    // Word: the rows in order after the heading.
    let bytes = docx::render(&r).unwrap();
    let mut package = zip::ZipArchive::new(std::io::Cursor::new(&bytes[..])).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut package.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    let from = xml
        .find(PackageRow::TITLE)
        .expect("docx: the packages table");
    let all: Vec<String> = m.packages.iter().flat_map(figures).collect();
    assert!(in_order(&xml[from..], &all), "docx: the rows in order");
    // CSV and the XLSX Roadmap sheet: the package of every action.
    let csv = csv_export::roadmap(&r);
    let mut reader = ::csv::Reader::from_reader(csv.as_bytes());
    let head = reader.headers().unwrap().clone();
    let col = head
        .iter()
        .position(|h| h == "Package")
        .expect("csv: Package");
    let got: Vec<String> = reader
        .records()
        .map(|x| x.unwrap())
        .filter(|x| &x[0] == "action")
        .map(|x| x[col].to_string())
        .collect();
    let want: Vec<String> = m.actions.iter().map(|a| a.package_title.clone()).collect();
    assert_eq!(got, want, "csv");
    let book = xlsx::render(&r).unwrap();
    let mut wb: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(book)).unwrap();
    let s = wb.worksheet_range("Roadmap").unwrap();
    let col = (0..20u32)
        .find(|c| s.get_value((0, *c)) == Some(&Data::String("Package".into())))
        .expect("xlsx: Package");
    for (i, a) in m.actions.iter().enumerate() {
        assert_eq!(
            s.get_value((i as u32 + 1, col)),
            Some(&Data::String(a.package_title.clone())),
            "xlsx step {}",
            a.step
        );
    }
    // JSON: each action's package and the summary.
    let json: serde_json::Value =
        serde_json::from_slice(&Format::Json.render(&r).unwrap()).unwrap();
    for (a, j) in m
        .actions
        .iter()
        .zip(json["roadmap"]["actions"].as_array().unwrap())
    {
        assert_eq!(j["package"].as_str(), Some(a.package.as_str()));
    }
    assert!(md.contains("each action belongs to the package of its requirement"));
    let packages = json["roadmap"]["packages"].as_array().unwrap();
    assert_eq!(packages.len(), m.packages.len());
    for (p, j) in m.packages.iter().zip(packages) {
        assert_eq!(j["actions"].as_u64(), Some(p.actions as u64));
        assert_eq!(j["days"].as_f64(), Some(p.days));
        assert_eq!(j["end"].as_str(), Some(p.end.to_string().as_str()));
    }
}

/// A report is written in its session's language — the assessment's, or another an export
/// chose — and records it: the JSON's `language`, the HTML's `lang`. The export schema
/// allows every language aimsgap speaks.
#[test]
fn a_report_is_in_its_sessions_language_and_records_it() {
    use aimsgap::i18n::Lang;
    use aimsgap::questionnaire::catalog::{Catalog, built_in};
    use aimsgap::session::Session;
    let dir = tempfile::TempDir::new().unwrap();
    let mut store = aimsgap::store::Store::open(&dir.path().join("lang.db")).unwrap();
    let q = built_in("iso42001").unwrap();
    let id = aimsgap::demo::create(&mut store, q, jiff::civil::date(2026, 11, 23)).unwrap();
    let at: jiff::Timestamp = "2026-11-23T16:00:00Z".parse().unwrap();
    let english = Report::build(&Session::open(&store, &Catalog::new(None), id).unwrap(), at);
    assert_eq!(
        (english.lang, english.assessment.lang),
        (Lang::En, Lang::En)
    );
    store
        .change_assessment(id, |a| {
            Ok::<_, aimsgap::store::StoreError>(aimsgap::assessment::NewAssessment {
                lang: Lang::De,
                ..aimsgap::assessment::NewAssessment::from_assessment(a)
            })
        })
        .unwrap();
    let session = Session::open(&store, &Catalog::new(None), id).unwrap();
    assert_eq!(session.lang, Lang::De);
    let german = Report::build(&session, at);
    assert_eq!((german.lang, german.assessment.lang), (Lang::De, Lang::De));
    let json: serde_json::Value =
        serde_json::from_slice(&Format::Json.render(&german).unwrap()).unwrap();
    assert_eq!(json["language"], "de");
    let html = String::from_utf8(Format::Html.render(&german).unwrap()).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"de-DE\">\n"));
    assert_eq!(german.stamp_check(), aimsgap::report::stamp_check(id));

    // The questionnaire's texts are in the session's language.
    let translated = Catalog::new(None).translated(q, Lang::De).unwrap();
    assert_eq!(session.questionnaire.hash, q.hash, "the same questionnaire");
    for (row, at) in german
        .questions
        .iter()
        .zip(translated.questionnaire.questions())
    {
        assert_eq!(
            (&row.id, &row.prompt),
            (&at.question.id, &at.question.prompt)
        );
    }
    assert_ne!(german.questions[0].prompt, english.questions[0].prompt);
    let pseudo = Report::build(
        &Session::open_in(&store, &Catalog::new(None), id, Some(Lang::Pseudo)).unwrap(),
        at,
    );
    assert!(pseudo.questions.iter().all(|r| {
        r.prompt.starts_with(aimsgap::i18n::PSEUDO_OPEN)
            && r.prompt.ends_with(aimsgap::i18n::PSEUDO_CLOSE)
    }));

    let chosen = Report::build(
        &Session::open_in(&store, &Catalog::new(None), id, Some(Lang::En)).unwrap(),
        at,
    );
    assert_eq!(chosen.questions[0].prompt, english.questions[0].prompt);
    assert_eq!((chosen.lang, chosen.assessment.lang), (Lang::En, Lang::De));
    let json: serde_json::Value =
        serde_json::from_slice(&Format::Json.render(&chosen).unwrap()).unwrap();
    assert_eq!(json["language"], "en");
    assert_eq!(
        chosen.stamp_check(),
        format!("aimsgap export {id} --format json --lang en -o - | sha256sum")
    );

    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/schema/export.schema.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let allowed = &schema["properties"]["language"]["enum"];
    for lang in Lang::ALL.into_iter().chain([Lang::Pseudo]) {
        assert!(
            allowed.as_array().unwrap().contains(&lang.code().into()),
            "the schema does not allow {lang:?}"
        );
    }
}

/// The Markdown report in German and in the pseudo-locale.
mod markdown_i18n {
    use aimsgap::i18n::Lang;
    use aimsgap::report::markdown;

    use super::common::fixture_in;
    use super::fixture_words::own_words;

    /// The words a reader of the rendered Markdown sees: the HTML tags it carries (anchors,
    /// `<sub>`, `<br>`) and its link targets left out, its entities read back.
    fn visible_text(md: &str) -> String {
        let mut out = String::with_capacity(md.len());
        let mut rest = md;
        while let Some(lt) = rest.find('<') {
            out.push_str(&rest[..lt]);
            out.push(' ');
            let end = rest[lt..].find('>').map_or(rest.len(), |i| lt + i + 1);
            rest = &rest[end..];
        }
        out.push_str(rest);
        // A link's target is a heading's or a question's anchor, not text.
        let mut text = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(at) = rest.find("](#") {
            text.push_str(&rest[..=at]);
            let end = rest[at..].find(')').map_or(rest.len(), |i| at + i + 1);
            rest = &rest[end..];
        }
        text.push_str(rest);
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    }

    /// German headings, labels and sentences, decimal commas and German dates, and none of the
    /// English words.
    #[test]
    fn a_german_markdown_report_is_written_in_german() {
        let report = fixture_in(Lang::De);
        let md = markdown::render(&report);
        for german in [
            "**ENTWURF · Vertraulich · Version ",
            "| **Anwendungsbereich** |",
            "| **Datum der Bewertung** | 23.11.2026 |",
            "| **Erstellt** | 23.11.2026 16:00 UTC mit aimsgap ",
            "## Inhalt\n",
            "## Zusammenfassung für die Geschäftsleitung\n",
            "[Zusammenfassung für die Geschäftsleitung](#zusammenfassung-für-die-geschäftsleitung)",
            "### Reifegrad im Vergleich zum Ziel\n",
            "| Abschnitt | Reifegrad | Ziel | Zielerreichung | Abdeckung |",
            "Abschnitte 4–10 im Einzelnen",
            "Anhang A und die Erklärung zur Anwendbarkeit",
            "### KI-Systeme im Anwendungsbereich",
            "### Risikoregister",
            "| Maßnahme | Titel | Anwendbar | Art des Grundes |",
            "**Reifegrad:** 1 (Initial) · **Ziel:** 3 · **Lücke:** 2",
            "**Verantwortlich:** \\=1+1 · **Fällig:** 30.11.2026",
            "**Nachweise** (Dokument gesichtet):",
            "**Stellungnahme des Managements:**",
            "<sub>Gefragt: ",
            "## Roadmap\n",
            "| Meilenstein | Datum | Wie der Termin zustande kommt |",
            "| Schritt | Nr. | Aufgabe | Priorität | Aufwand | Verantwortlich | Beginn | Ende | Fällig |",
            "## Durchführung der Bewertung",
            "## Dokumentenlenkung und Freigabe",
            "## Anhang: Methodik",
            "### Zu diesem Bericht",
            "## Anhang: vor der Übergabe zu klären (nur im Entwurf)",
        ] {
            assert!(md.contains(german), "{german}");
        }
        for english in [
            "## Executive summary",
            "## Contents",
            "**Assessment date**",
            "### Maturity against target",
            " in detail",
            "and the Statement of Applicability",
            "### Risk register",
            "**Maturity:**",
            "**Owner:**",
            "**Management response",
            " person-days",
            "| How it was reached |",
            "## Engagement record",
            "### About this report",
            "before handing over",
            " UTC by ",
        ] {
            assert!(!md.contains(english), "{english}");
        }
        // Scores with a decimal comma and percentages with a space before the sign, in the
        // sections' figures and the summary's tables; the roadmap's dates as 30.11.2026.
        let figures = md
            .lines()
            .find(|l| l.starts_with("Reifegrad ") && l.contains(", Zielerreichung "))
            .expect("a section's figures");
        let shape: String = figures
            .chars()
            .map(|c| if c.is_ascii_digit() { '9' } else { c })
            .collect();
        assert!(
            shape.starts_with("Reifegrad 9,9, Zielerreichung 9"),
            "{figures}"
        );
        assert!(figures.contains("\u{a0}%"), "{figures}");
        let overall = md
            .lines()
            .find(|l| l.starts_with("| **Gesamt** |"))
            .unwrap();
        assert!(
            overall.contains(',') && overall.contains("\u{a0}%"),
            "{overall}"
        );
        let r = &report.roadmap;
        let start = format!(
            "ab dem {:02}.{:02}.{}",
            r.start.day(),
            r.start.month(),
            r.start.year()
        );
        assert!(md.contains(&start), "{start}");
        assert!(!md.contains(&format!("| {} |", r.actions[0].start)));
    }

    /// Rendered in the pseudo-locale, every word a reader sees comes from the catalogue (inside
    /// its markers) or is the fixture's own (a name, a reference, the questionnaire's text): an
    /// English literal in the renderer fails this test.
    #[test]
    fn every_word_of_the_markdown_report_comes_from_the_catalogue_or_the_fixture() {
        let report = fixture_in(Lang::Pseudo);
        let text = visible_text(&markdown::render(&report));
        let own = own_words(&report);
        let mut escaped: Vec<&str> = aimsgap::i18n::escaped_words(&text, &[])
            .into_iter()
            .filter(|w| !own.contains(*w))
            .collect();
        escaped.sort_unstable();
        escaped.dedup();
        assert!(
            escaped.is_empty(),
            "words outside the catalogue: {escaped:?}"
        );
    }

    /// The same over what the fixture leaves out: a final re-assessment with its stamp, the
    /// private notes, a changed questionnaire, answers kept from removed questions, the cost
    /// estimate, the progress since an earlier assessment and the client's self-assessment.
    #[test]
    fn every_word_of_a_final_reassessment_in_markdown_comes_from_the_catalogue() {
        use super::fixture_words::{FINAL_DATA, final_reassessment};
        let report = final_reassessment(fixture_in(Lang::Pseudo));
        let md = markdown::render(&report);
        let text = visible_text(&md);
        for part in [
            "4.9-x",
            "4.9-z",
            "EUR",
            "abababab",
            "2026-05-04",
            "2026-11-30",
        ] {
            assert!(text.contains(part), "{part}");
        }
        let own = own_words(&report);
        // The command that prints the stamp again is a command, typed as it is.
        let command = report.stamp_check();
        let mut data = FINAL_DATA.to_vec();
        data.push(&command);
        let mut escaped: Vec<&str> = aimsgap::i18n::escaped_words(&text, &data)
            .into_iter()
            .filter(|w| !own.contains(*w))
            .collect();
        escaped.sort_unstable();
        escaped.dedup();
        assert!(
            escaped.is_empty(),
            "words outside the catalogue: {escaped:?}"
        );
        // And in German: the sections the fixture leaves out speak it too.
        let german = markdown::render(&final_reassessment(fixture_in(Lang::De)));
        for words in [
            "> **Enthält private Notizen.**",
            "> **Hinweis.** Der Fragenkatalog wurde geändert",
            "| **Abgeschlossen am** | 30.11.2026 10:00 UTC |",
            "## Antworten auf Fragen, die nicht mehr gestellt werden",
            "- **4.9-y**: Reifegrad 2",
            "| Alle Phasen | 2,5 | EUR 3.000 |",
            "gibt dieselbe Prüfsumme aus",
        ] {
            assert!(german.contains(words), "{words}");
        }
    }
}
