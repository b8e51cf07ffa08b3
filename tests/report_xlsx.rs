//! The XLSX workbook from the fixed fixture, read back with calamine and opened as the zip
//! package it is.

mod common;
#[path = "common/fixture_words.rs"]
mod fixture_words;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};

use aimsgap::report::{Report, method, xlsx};
use calamine::{Data, Range, Reader, Xlsx, open_workbook_from_rs};
use common::{
    EMOJI, FORMULA, MULTILINE, PIPES, PRIVATE, RTL, SCRIPT, fixture, fixture_with_private_notes,
    long_note,
};
use jiff::civil::Date;

type Book = Xlsx<Cursor<Vec<u8>>>;

fn render(report: &Report) -> Vec<u8> {
    xlsx::render(report).expect("the workbook renders")
}

fn open(bytes: &[u8]) -> Book {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("calamine opens the workbook")
}

fn sheet(book: &mut Book, name: &str) -> Range<Data> {
    book.worksheet_range(name)
        .unwrap_or_else(|e| panic!("sheet {name}: {e}"))
}

fn zip(bytes: &[u8]) -> zip::ZipArchive<Cursor<&[u8]>> {
    zip::ZipArchive::new(Cursor::new(bytes)).expect("an XLSX file is a zip package")
}

/// One part of the package, as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut package = zip(bytes);
    let mut file = package
        .by_name(name)
        .unwrap_or_else(|_| panic!("no {name} in the package"));
    let mut text = String::new();
    file.read_to_string(&mut text).unwrap();
    text
}

fn part_names(bytes: &[u8]) -> BTreeSet<String> {
    zip(bytes)
        .file_names()
        .map(|n| n.expect("a part name").into_owned())
        .collect()
}

/// The value at an absolute (row, column), empty when nothing is there.
fn at(range: &Range<Data>, row: u32, col: u32) -> Data {
    range.get_value((row, col)).cloned().unwrap_or_default()
}

fn text(range: &Range<Data>, row: u32, col: u32) -> String {
    match at(range, row, col) {
        Data::String(s) => s,
        other => panic!("expected text at row {row}, column {col}; found {other:?}"),
    }
}

/// Every cell with a value, at absolute positions.
fn cells(range: &Range<Data>) -> Vec<(u32, u32, Data)> {
    let Some((r0, c0)) = range.start() else {
        return Vec::new();
    };
    range
        .used_cells()
        .map(|(r, c, v)| (r0 + r as u32, c0 + c as u32, v.clone()))
        .collect()
}

fn strings(range: &Range<Data>) -> Vec<String> {
    cells(range)
        .into_iter()
        .filter_map(|(_, _, v)| match v {
            Data::String(s) => Some(s),
            _ => None,
        })
        .collect()
}

/// The column whose header (row 0) is `title`.
fn column(range: &Range<Data>, title: &str) -> u32 {
    let width = range.end().map_or(0, |e| e.1);
    (0..=width)
        .find(|c| at(range, 0, *c) == Data::String(title.into()))
        .unwrap_or_else(|| panic!("no column {title:?}"))
}

/// The first row whose cell in `col` is the text `value`.
fn row_of(range: &Range<Data>, col: u32, value: &str) -> u32 {
    let height = range.end().map_or(0, |e| e.0);
    (0..=height)
        .find(|r| at(range, *r, col) == Data::String(value.into()))
        .unwrap_or_else(|| panic!("no row with {value:?} in column {col}"))
}

fn assert_number(data: &Data, expected: f64) {
    match data {
        Data::Float(v) => assert!((v - expected).abs() < 1e-12, "{v} != {expected}"),
        Data::Int(v) => assert_eq!(*v as f64, expected),
        other => panic!("expected the number {expected}, found {other:?}"),
    }
}

fn assert_date(data: &Data, expected: Date) {
    match data {
        Data::DateTime(dt) => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            assert_eq!(
                (i32::from(y), i32::from(m), i32::from(d)),
                (
                    i32::from(expected.year()),
                    i32::from(expected.month()),
                    i32::from(expected.day())
                )
            );
        }
        other => panic!("expected the date {expected}, found {other:?}"),
    }
}

fn assert_optional_date(data: &Data, expected: Option<Date>) {
    match expected {
        Some(d) => assert_date(data, d),
        None => assert_eq!(*data, Data::Empty),
    }
}

/// "AB12" as zero-based (row, column).
fn parse_ref(r: &str) -> (u32, u32) {
    let split = r.find(|c: char| c.is_ascii_digit()).expect("a row number");
    let col = r[..split]
        .bytes()
        .fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1));
    let row: u32 = r[split..].parse().unwrap();
    (row - 1, col - 1)
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(&text[from..to])
}

/// For each cell format index, whether it carries the quote prefix.
fn quote_prefixed_formats(bytes: &[u8]) -> Vec<bool> {
    let styles = part(bytes, "xl/styles.xml");
    let xfs = between(&styles, "<cellXfs", "</cellXfs>").expect("cell formats");
    xfs.split("<xf ")
        .skip(1)
        .map(|xf| xf[..xf.find('>').unwrap()].contains("quotePrefix=\"1\""))
        .collect()
}

/// The format index of every cell a sheet part writes.
fn cell_formats(sheet_xml: &str) -> BTreeMap<(u32, u32), usize> {
    sheet_xml
        .split("<c r=\"")
        .skip(1)
        .map(|c| {
            let tag = &c[..c.find('>').unwrap()];
            let reference = &tag[..tag.find('"').unwrap()];
            let format = between(tag, " s=\"", "\"").map_or(0, |s| s.parse().unwrap());
            (parse_ref(reference), format)
        })
        .collect()
}

fn formula_like(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Every text cell that a spreadsheet would take for a formula has the quote prefix, and no
/// other text cell has it. Returns how many formula-like cells there were.
fn assert_quote_prefix_exactly_where_needed(bytes: &[u8]) -> usize {
    let mut book = open(bytes);
    let prefixed = quote_prefixed_formats(bytes);
    let mut seen = 0;
    for (i, name) in book.sheet_names().into_iter().enumerate() {
        let range = sheet(&mut book, &name);
        let formats = cell_formats(&part(bytes, &format!("xl/worksheets/sheet{}.xml", i + 1)));
        for (row, col, value) in cells(&range) {
            let Data::String(s) = value else { continue };
            let format = formats[&(row, col)];
            assert_eq!(
                prefixed[format],
                formula_like(&s),
                "{name} row {row} column {col}: {s:?}"
            );
            seen += usize::from(formula_like(&s));
        }
    }
    seen
}

#[test]
fn sheets_come_in_order_with_one_row_per_question_action_and_control() {
    let r = fixture();
    let bytes = render(&r);
    let mut book = open(&bytes);
    assert_eq!(
        book.sheet_names(),
        [
            "Summary",
            "Questions",
            "Roadmap",
            "SoA",
            "Engagement",
            "Method"
        ]
    );

    let q = sheet(&mut book, "Questions");
    assert_eq!(q.end().unwrap().0 as usize, r.questions.len());
    let id = column(&q, "ID");
    for (i, question) in r.questions.iter().enumerate() {
        assert_eq!(text(&q, i as u32 + 1, id), question.id);
    }

    let rm = sheet(&mut book, "Roadmap");
    let (step, question) = (column(&rm, "Step"), column(&rm, "Questions"));
    assert!(!r.roadmap.actions.is_empty());
    for (i, a) in r.roadmap.actions.iter().enumerate() {
        let row = i as u32 + 1;
        assert_number(&at(&rm, row, step), a.step as f64);
        assert_eq!(text(&rm, row, question), a.questions.join(", "));
    }
    // The risks an action treats, beside it.
    let risks = column(&rm, "Risks");
    for (i, a) in r.roadmap.actions.iter().enumerate() {
        let row = i as u32 + 1;
        if a.risks.is_empty() {
            assert_eq!(at(&rm, row, risks), Data::Empty);
        } else {
            assert_eq!(text(&rm, row, risks), a.risks.join(", "));
        }
    }
    assert!(r.roadmap.actions.iter().any(|a| !a.risks.is_empty()));
    let after_table = r.roadmap.actions.len() as u32 + 1;
    assert_eq!(at(&rm, after_table, step), Data::Empty);

    let soa = sheet(&mut book, "SoA");
    assert_eq!(r.soa.len(), 38);
    assert_eq!(soa.end().unwrap().0 as usize, r.soa.len());
    let control = column(&soa, "Control");
    let applicable = column(&soa, "Applicable");
    for (i, s) in r.soa.iter().enumerate() {
        let row = i as u32 + 1;
        assert_eq!(text(&soa, row, control), s.control);
        assert_eq!(
            text(&soa, row, applicable),
            if s.applicable { "Yes" } else { "No" }
        );
    }
}

#[test]
fn hostile_text_comes_back_as_the_same_text_and_never_as_a_formula() {
    let r = fixture();
    let bytes = render(&r);
    let mut book = open(&bytes);
    let q = sheet(&mut book, "Questions");
    let find = |id: &str| r.questions.iter().find(|x| x.id == id).unwrap();

    let row = row_of(&q, column(&q, "ID"), "4.1-a");
    let src = find("4.1-a");
    assert_eq!(src.owner, "=1+1");
    assert_eq!(text(&q, row, column(&q, "Owner")), src.owner);
    let evidence = text(&q, row, column(&q, "Evidence"));
    assert_eq!(evidence, src.evidence.join("\n"));
    let lines: Vec<&str> = evidence.lines().collect();
    for hostile in [FORMULA, PIPES, "+SUM(A1:A9)", "-2+3", "@cmd"] {
        assert!(lines.contains(&hostile), "{hostile} missing from {lines:?}");
    }

    let row = row_of(&q, column(&q, "ID"), "A.10.4-a");
    assert_eq!(
        text(&q, row, column(&q, "N/A justification")),
        format!("{SCRIPT} | {FORMULA}")
    );

    let soa = sheet(&mut book, "SoA");
    let control = r.soa.iter().find(|s| s.control == "A.10.4").unwrap();
    let row = row_of(&soa, column(&soa, "Control"), "A.10.4");
    assert_eq!(
        text(&soa, row, column(&soa, "Justification")),
        control.justification
    );

    // Nothing anywhere in the workbook is a formula.
    for name in book.sheet_names() {
        let formulas = book.worksheet_formula(&name).unwrap();
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "{name} holds a formula"
        );
    }
    for name in part_names(&bytes) {
        if name.starts_with("xl/worksheets/sheet") {
            let xml = part(&bytes, &name);
            assert!(!xml.contains("<f>") && !xml.contains("<f "), "{name}");
        }
    }

    // The owner and the evidence of 4.1-a at least; the quote prefix is on exactly those.
    assert!(assert_quote_prefix_exactly_where_needed(&bytes) >= 2);
}

#[test]
fn long_multilingual_and_multiline_text_round_trips() {
    let r = fixture();
    let mut book = open(&render(&r));
    let q = sheet(&mut book, "Questions");
    let (id, notes) = (column(&q, "ID"), column(&q, "Finding"));
    let note = |qid: &str| text(&q, row_of(&q, id, qid), notes);

    let long = note("5.1-a");
    assert_eq!(long.chars().count(), 10_000);
    assert_eq!(long, long_note());

    assert_eq!(note("4.2-a"), format!("{PIPES}\n{EMOJI}\n{RTL}"));

    // A cell breaks lines with LF: CR LF becomes LF, nothing else changes.
    let src = r.questions.iter().find(|x| x.id == "4.1-a").unwrap();
    assert!(src.finding.contains(MULTILINE));
    assert_eq!(note("4.1-a"), src.finding.replace("\r\n", "\n"));
}

#[test]
fn text_past_the_cell_limit_is_cut_with_a_marker_and_control_characters_are_replaced() {
    let mut r = fixture();
    // 40,000 UTF-16 units: more than a cell holds.
    r.questions[0].finding = "🚀".repeat(20_000);
    r.questions[1].finding = "bell\u{7} nul\u{0} vt\u{b} tab\tend\rold mac".into();
    r.questions[2].owner = "\t=cmd|' /C calc'!A0".into();
    let bytes = render(&r);
    let mut book = open(&bytes);
    let q = sheet(&mut book, "Questions");
    let notes = column(&q, "Finding");

    let cut = text(&q, 1, notes);
    assert!(cut.encode_utf16().count() <= 32_767);
    assert!(cut.starts_with(&"🚀".repeat(16_000)));
    assert!(cut.contains("cut to fit") && cut.contains("20000 characters"));

    assert_eq!(
        text(&q, 2, notes),
        "bell\u{FFFD} nul\u{FFFD} vt\u{FFFD} tab\tend\nold mac"
    );
    assert_eq!(text(&q, 3, column(&q, "Owner")), r.questions[2].owner);
    assert!(assert_quote_prefix_exactly_where_needed(&bytes) >= 3);
}

#[test]
fn dates_are_dates_and_figures_are_numbers() {
    let r = fixture();
    let bytes = render(&r);
    let mut book = open(&bytes);

    let q = sheet(&mut book, "Questions");
    let due = column(&q, "Due");
    let maturity = column(&q, "Maturity");
    assert!(r.questions.iter().any(|x| x.due.is_some()));
    for (i, x) in r.questions.iter().enumerate() {
        let row = i as u32 + 1;
        assert_optional_date(&at(&q, row, due), x.due);
        match x.maturity {
            Some(m) => assert_number(&at(&q, row, maturity), f64::from(m)),
            None => assert_eq!(at(&q, row, maturity), Data::Empty),
        }
    }

    let rm = sheet(&mut book, "Roadmap");
    let (start, end, due) = (column(&rm, "Start"), column(&rm, "End"), column(&rm, "Due"));
    for (i, a) in r.roadmap.actions.iter().enumerate() {
        let row = i as u32 + 1;
        assert_date(&at(&rm, row, start), a.start);
        assert_date(&at(&rm, row, end), a.end);
        assert_optional_date(&at(&rm, row, due), a.due);
    }
    let milestone = column(&rm, "Requirement");
    for m in &r.roadmap.milestones {
        let row = row_of(&rm, milestone, &m.name);
        assert_date(&at(&rm, row, column(&rm, "Ref")), m.date);
    }

    let s = sheet(&mut book, "Summary");
    let styles = book.worksheet_style("Summary").unwrap();
    let label = |l: &str| row_of(&s, 0, l);
    assert_date(&at(&s, label("Assessment date"), 1), r.assessment.date);
    match at(&s, label("Generated at"), 1) {
        Data::DateTime(dt) => {
            let g = r.generated_at.to_zoned(jiff::tz::TimeZone::UTC);
            let (y, mo, d, h, mi, sec, _) = dt.to_ymd_hms_milli();
            assert_eq!(
                (
                    i32::from(y),
                    mo as i8,
                    d as i8,
                    h as i8,
                    mi as i8,
                    sec as i8
                ),
                (
                    i32::from(g.year()),
                    g.month(),
                    g.day(),
                    g.hour(),
                    g.minute(),
                    g.second()
                )
            );
        }
        other => panic!("generated at: {other:?}"),
    }
    for (code, f) in [
        ("Clauses", &r.overall.clauses),
        ("Annex", &r.overall.annex),
        ("All", &r.overall.all),
    ] {
        let row = label(code);
        assert_number(&at(&s, row, 2), f.score.unwrap());
        for (col, value) in [(4, f.coverage.unwrap()), (5, f.readiness.unwrap())] {
            assert_number(&at(&s, row, col), value);
            let format = styles.get((row, col)).unwrap().number_format.clone();
            assert!(
                format.is_some_and(|n| n.format_code.contains('%')),
                "{code} column {col} is not shown as a percentage"
            );
        }
    }
    for (p, n) in [
        ("P1", r.priorities.p1),
        ("P2", r.priorities.p2),
        ("P3", r.priorities.p3),
    ] {
        assert_number(&at(&s, label(p), 2), n as f64);
    }
    for m in &r.roadmap.milestones {
        assert_date(&at(&s, label(&m.name), 2), m.date);
    }
}

#[test]
fn the_summary_chart_is_drawn_from_the_summary_table_of_sections() {
    let r = fixture();
    let bytes = render(&r);
    let names = part_names(&bytes);
    assert!(names.contains("xl/charts/chart1.xml"), "{names:?}");
    assert!(part(&bytes, "xl/worksheets/_rels/sheet1.xml.rels").contains("drawing1.xml"));
    assert!(part(&bytes, "xl/drawings/_rels/drawing1.xml.rels").contains("chart1.xml"));

    let chart = part(&bytes, "xl/charts/chart1.xml");
    assert!(chart.contains("<c:barChart>") && chart.contains("<c:lineChart>"));
    let refs: Vec<&str> = chart
        .split("<c:f>")
        .skip(1)
        .map(|f| &f[..f.find("</c:f>").unwrap()])
        .collect();
    let values = refs
        .iter()
        .find(|f| f.starts_with("Summary!$C$") && f.contains(':'))
        .expect("maturity values from the Summary sheet");
    let rows = values.trim_start_matches("Summary!");
    let (first, last) = rows.split_once(':').unwrap();
    let (first, last) = (
        parse_ref(&first.replace('$', "")),
        parse_ref(&last.replace('$', "")),
    );
    let (a, b) = (first.0 + 1, last.0 + 1);
    assert!(
        refs.contains(&format!("Summary!$A${a}:$A${b}").as_str()),
        "{refs:?}"
    );
    assert!(
        refs.contains(&format!("Summary!$D${a}:$D${b}").as_str()),
        "{refs:?}"
    );
    // Series names are the table's headers.
    assert!(
        refs.contains(&format!("Summary!$C${}", a - 1).as_str()),
        "{refs:?}"
    );
    assert!(
        refs.contains(&format!("Summary!$D${}", a - 1).as_str()),
        "{refs:?}"
    );
    assert_eq!((last.0 - first.0 + 1) as usize, r.sections.len());

    let mut book = open(&bytes);
    let s = sheet(&mut book, "Summary");
    assert_eq!(text(&s, first.0 - 1, 2), "Maturity");
    assert_eq!(text(&s, first.0 - 1, 3), "Target");
    for (i, section) in r.sections.iter().enumerate() {
        let row = first.0 + i as u32;
        assert_eq!(text(&s, row, 0), section.id);
        match section.figures.score {
            Some(score) => assert_number(&at(&s, row, 2), score),
            None => assert_eq!(at(&s, row, 2), Data::Empty),
        }
        assert_number(&at(&s, row, 3), f64::from(r.assessment.target));
    }
}

#[test]
fn tables_have_frozen_headers_filters_wrapped_text_and_status_colours() {
    let r = fixture();
    let bytes = render(&r);
    let mut book = open(&bytes);
    for (i, name, rows) in [
        (2, "Questions", r.questions.len()),
        (3, "Roadmap", r.roadmap.actions.len()),
        (4, "SoA", r.soa.len()),
    ] {
        let xml = part(&bytes, &format!("xl/worksheets/sheet{i}.xml"));
        let pane = between(&xml, "<pane ", "/>").unwrap_or_else(|| panic!("{name}: no pane"));
        assert!(pane.contains("ySplit=\"1\"") && pane.contains("state=\"frozen\""));
        let filter = between(&xml, "<autoFilter ref=\"", "\"")
            .unwrap_or_else(|| panic!("{name}: no autofilter"));
        let (from, to) = filter.split_once(':').unwrap();
        assert_eq!(parse_ref(from), (0, 0));
        let range = sheet(&mut book, name);
        let header_width = (0..)
            .take_while(|c| matches!(at(&range, 0, *c), Data::String(_)))
            .count() as u32;
        assert_eq!(parse_ref(to), (rows as u32, header_width - 1), "{name}");
    }

    let q = sheet(&mut book, "Questions");
    for f in &r.crosswalks {
        column(&q, &f.title);
    }
    let styles = book.worksheet_style("Questions").unwrap();
    for title in ["Question", "Finding", "Evidence", "Recommendation"] {
        let col = column(&q, title);
        let style = styles.get((1, col)).unwrap();
        assert!(
            style.alignment.as_ref().is_some_and(|a| a.wrap_text),
            "{title} does not wrap"
        );
    }

    // Each status shows its label and a colour of its own.
    let status = column(&q, "Status");
    let mut colours: BTreeMap<&str, BTreeSet<(u8, u8, u8)>> = BTreeMap::new();
    for (i, x) in r.questions.iter().enumerate() {
        let row = i as u32 + 1;
        assert_eq!(text(&q, row, status), x.status.label());
        let fill = styles.get((row, status)).and_then(|s| s.fill.clone());
        let colour = fill
            .and_then(|f| f.foreground_color.or(f.background_color))
            .unwrap_or_else(|| panic!("row {row}: status without a colour"));
        colours.entry(x.status.as_str()).or_default().insert((
            colour.red,
            colour.green,
            colour.blue,
        ));
    }
    assert!(colours.len() >= 4, "{colours:?}");
    let all: BTreeSet<_> = colours.values().flatten().collect();
    assert!(colours.values().all(|c| c.len() == 1));
    assert_eq!(all.len(), colours.len(), "two statuses share a colour");
}

#[test]
fn the_summary_has_the_cover_the_blockers_the_disclaimer_and_the_copyright() {
    let r = fixture();
    let mut book = open(&render(&r));
    let s = sheet(&mut book, "Summary");
    let all = strings(&s);
    let a = &r.assessment;
    for expected in [
        &a.organisation,
        &a.scope,
        &a.assessor,
        &a.questionnaire.title,
        &a.questionnaire.version,
        &r.labels.disclaimer,
        &r.labels.copyright,
    ] {
        assert!(all.contains(expected), "{expected:?} missing");
    }

    let blockers = r.blockers();
    assert!(!blockers.is_empty());
    let heading = row_of(
        &s,
        0,
        &format!("P1 certification blockers ({}) by section", blockers.len()),
    );
    assert_eq!(text(&s, heading + 1, 0), "Section");
    // One row per section with blockers, with its count; together they count every blocker.
    let groups = &r.summary.blockers;
    let mut counted = 0;
    for (i, g) in groups.iter().enumerate() {
        let row = heading + 2 + i as u32;
        assert_eq!(text(&s, row, 0), g.section);
        assert_number(&at(&s, row, 2), g.count as f64);
        counted += g.count;
    }
    assert_eq!(counted, blockers.len());
    assert_eq!(at(&s, heading + 2 + groups.len() as u32, 0), Data::Empty);

    let m = sheet(&mut book, "Method");
    let all = strings(&m);
    for part in method::appendix(&r) {
        assert!(all.contains(&part.title), "{} missing", part.title);
    }
}

#[test]
fn the_same_report_gives_the_same_workbook_dated_when_it_was_generated() {
    let r = fixture();
    let bytes = render(&r);
    assert_eq!(bytes, render(&r));
    let core = part(&bytes, "docProps/core.xml");
    assert!(core.contains(&r.generated_at.to_string()), "{core}");
}

/// Every text of every sheet.
fn all_strings(bytes: &[u8]) -> Vec<String> {
    let mut book = open(bytes);
    let names = book.sheet_names();
    names
        .iter()
        .flat_map(|n| strings(&sheet(&mut book, n)))
        .collect()
}

#[test]
fn private_notes_are_in_the_workbook_only_when_asked_for_and_the_summary_says_so() {
    let client = all_strings(&render(&fixture()));
    assert!(client.iter().any(|s| s.contains("Northwind")));
    assert!(
        !client.iter().any(|s| s.contains(PRIVATE)),
        "a private note"
    );
    assert!(
        !client.iter().any(|s| s.contains("one-to-one")),
        "a demo note"
    );
    assert!(!client.iter().any(|s| s.contains("Private notes")));

    let bytes = render(&fixture_with_private_notes());
    let mut book = open(&bytes);
    let summary = strings(&sheet(&mut book, "Summary"));
    assert!(summary.iter().any(|s| s == "Private notes"), "{summary:?}");
    assert!(summary.iter().any(|s| s.contains("not for the client")));
    let q = sheet(&mut book, "Questions");
    let notes = column(&q, aimsgap::report::csv::PRIVATE_NOTES_COLUMN);
    let id = column(&q, "ID");
    assert_eq!(
        text(&q, row_of(&q, id, "4.2-a"), notes),
        format!("{PRIVATE}\nsecond line")
    );
}

#[test]
fn the_questions_sheet_is_a_register_of_cards_in_the_reports_words() {
    use aimsgap::scoring::{Priority, Status};
    let r = fixture();
    let bytes = render(&r);
    let mut book = open(&bytes);
    let q = sheet(&mut book, "Questions");
    let (id, finding, rec, response, intent, status) = (
        column(&q, "ID"),
        column(&q, "Finding"),
        column(&q, "Recommendation"),
        column(&q, "Management response"),
        column(&q, "Intent"),
        column(&q, "Status"),
    );
    let labels = [
        Status::Conforming,
        Status::Partial,
        Status::Absent,
        Status::Excluded,
        Status::NotAssessed,
    ]
    .map(Status::label);
    let text = |range: &Range<Data>, row: u32, col: u32| match at(range, row, col) {
        Data::Empty => String::new(),
        Data::String(s) => s,
        other => panic!("not text: {other:?}"),
    };
    for question in &r.questions {
        let row = row_of(&q, id, &question.id);
        if question.finding.len() < 1000 {
            assert_eq!(
                text(&q, row, finding),
                question.finding.replace("\r\n", "\n")
            );
        }
        assert_eq!(text(&q, row, status), question.status.label());
        assert!(labels.contains(&text(&q, row, status).as_str()));
        // A recommendation and a response only where there is a gap.
        match question.action() {
            Some(action) => assert!(text(&q, row, rec).ends_with(action.trim_start_matches(['=']))),
            None => {
                assert_eq!(text(&q, row, rec), "", "{}", question.id);
                assert_eq!(text(&q, row, response), "", "{}", question.id);
            }
        }
        let req = r.requirement(&question.reference).unwrap();
        assert_eq!(text(&q, row, intent), req.intent);
    }
    let all = all_strings(&bytes);
    for p in [Priority::P1, Priority::P2, Priority::P3] {
        assert!(all.iter().any(|s| s == &p.describe()), "{}", p.describe());
    }
    assert!(
        !all.iter()
            .any(|s| s.contains("major gap") || s.contains("minor gap"))
    );
}

#[test]
fn the_questions_sheet_says_who_said_it() {
    let r = fixture();
    let bytes = render(&r);
    let mut book = open(&bytes);
    let q = sheet(&mut book, "Questions");
    let (id, said_by) = (column(&q, "ID"), column(&q, "Said by"));
    // The fixture's 4.2-a rests on an attendee with a hostile name: the same text back.
    let row = row_of(&q, id, "4.2-a");
    assert_eq!(
        text(&q, row, said_by),
        format!("{SCRIPT} {FORMULA} ({PIPES} {RTL})")
    );
    assert_eq!(at(&q, row_of(&q, id, "4.1-a"), said_by), Data::Empty);
}

/// Open points are listed on the Engagement sheet while any is open, and not otherwise.
#[test]
fn open_points_are_on_the_engagement_sheet_while_any_is_open() {
    let mut r = fixture();
    let mut book = open(&render(&r));
    assert!(!strings(&sheet(&mut book, "Engagement")).contains(&"Open points".to_string()));
    r.open_points.push(aimsgap::report::OpenPointRow {
        question_id: "6.1.2-a".into(),
        reference: "6.1.2".into(),
        requirement_title: "AI risk assessment".into(),
        text: "=1+1 ask the DPO".into(),
        parked_at: "2026-11-23T10:00:00Z".parse().unwrap(),
    });
    let mut book = open(&render(&r));
    let all = strings(&sheet(&mut book, "Engagement"));
    assert!(all.contains(&"Open points".to_string()), "{all:?}");
    assert!(all.contains(&"6.1.2-a".to_string()));
    assert!(all.contains(&"6.1.2 AI risk assessment".to_string()));
    // User text stays text, never a live formula.
    assert!(
        all.iter().any(|s| s.ends_with("=1+1 ask the DPO")),
        "{all:?}"
    );
}

/// The Gantt area of the Roadmap sheet, read back: its columns are dated, each action's
/// cells are filled in its priority's colour exactly in the columns its dates touch, the
/// critical path is marked, and each milestone sits in the column of its date.
#[test]
fn the_roadmap_sheet_draws_each_action_as_a_bar_over_its_own_weeks() {
    let r = fixture();
    let bytes = render(&r);
    let mut book = open(&bytes);
    let rm = sheet(&mut book, "Roadmap");
    let styles = book.worksheet_style("Roadmap").unwrap();
    let after = column(&rm, "After");
    let width = rm.end().unwrap().1;
    // The area's columns: a date in the header row, right of the table.
    let columns: Vec<(u32, Date)> = (after + 1..=width)
        .filter_map(|c| match at(&rm, 0, c) {
            Data::DateTime(dt) => {
                let (y, m, d, ..) = dt.to_ymd_hms_milli();
                Some((c, jiff::civil::date(y as i16, m as i8, d as i8)))
            }
            _ => None,
        })
        .collect();
    assert!(columns.len() >= 4, "{columns:?}");
    let span = (columns[1].1 - columns[0].1).get_days();
    assert!(
        span % 7 == 0 && span > 0,
        "a column spans whole weeks: {span}"
    );
    assert_eq!(columns[0].1.weekday(), jiff::civil::Weekday::Monday);
    assert!(columns[0].1 <= r.roadmap.start);
    for w in columns.windows(2) {
        assert_eq!(w[1].0, w[0].0 + 1, "the columns are side by side");
        assert_eq!(
            (w[1].1 - w[0].1).get_days(),
            span,
            "every column spans as long"
        );
    }
    let last_day = |d: Date| d.checked_add(jiff::Span::new().days(span - 1)).unwrap();
    assert!(last_day(columns.last().unwrap().1) >= r.roadmap.end);

    let fill = |row: u32, col: u32| {
        styles
            .get((row, col))
            .and_then(|s| s.fill.clone())
            .filter(|f| f.is_visible())
            .and_then(|f| f.get_color())
            .map(|c| (u32::from(c.red) << 16) | (u32::from(c.green) << 8) | u32::from(c.blue))
    };
    let (mut filled, mut critical) = (0, 0);
    for (i, a) in r.roadmap.actions.iter().enumerate() {
        let row = i as u32 + 1;
        for &(col, first) in &columns {
            let runs = first <= a.end && last_day(first) >= a.start;
            let cell = fill(row, col);
            if runs {
                filled += 1;
                assert_eq!(
                    cell,
                    Some(xlsx::bar_colour(a.priority)),
                    "step {} ({} – {}), column of {first}",
                    a.step,
                    a.start,
                    a.end
                );
                let mark = at(&rm, row, col);
                if a.critical {
                    critical += 1;
                    assert_eq!(mark, Data::String(xlsx::CRITICAL_MARK.into()));
                } else {
                    assert_eq!(mark, Data::Empty, "step {} is not critical", a.step);
                }
            } else {
                assert_eq!(
                    cell, None,
                    "step {} does not run in the week of {first}",
                    a.step
                );
                assert_eq!(at(&rm, row, col), Data::Empty);
            }
        }
    }
    assert!(filled >= r.roadmap.actions.len());
    assert!(critical > 0, "the fixture has a critical path");

    // Each milestone's row holds the diamond in the column of its date, and nowhere else.
    assert!(!r.roadmap.milestones.is_empty());
    let name = column(&rm, "Requirement");
    for m in &r.roadmap.milestones {
        let row = row_of(&rm, name, &m.name);
        let marked: Vec<Date> = columns
            .iter()
            .filter(|(c, _)| at(&rm, row, *c) == Data::String(xlsx::MILESTONE_MARK.into()))
            .map(|(_, d)| *d)
            .collect();
        assert_eq!(marked.len(), 1, "{}: {marked:?}", m.name);
        assert!(
            marked[0] <= m.date && m.date <= last_day(marked[0]),
            "{}",
            m.name
        );
    }
}

/// The workbook in German and in the pseudo-locale.
mod i18n {
    use aimsgap::i18n::Lang;
    use aimsgap::report::xlsx;
    use calamine::{Data, Reader};

    use super::common::fixture_in;
    use super::fixture_words::own_words;
    use super::{all_strings, open, part, part_names, render, sheet, strings, text};

    /// The text of every `<tag>…</tag>` in `xml`, its entities read back.
    fn elements(xml: &str, tag: &str) -> Vec<String> {
        let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
        let mut found = Vec::new();
        let mut rest = xml;
        while let Some(at) = rest.find(&open) {
            let after = &rest[at + open.len()..];
            // Not a longer tag name that starts the same ("<a:t" is not "<a:tx").
            if !after.starts_with(['>', ' ']) {
                rest = after;
                continue;
            }
            let start = after.find('>').unwrap() + 1;
            let end = after.find(&close).unwrap();
            found.push(
                after[start..end]
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'")
                    .replace("&amp;", "&"),
            );
            rest = &after[end..];
        }
        found
    }

    /// Sheet names, headers, labels, notes, the chart's titles, the document's properties and
    /// the printed pages' header and footer in German; dates formatted day first, numbers kept
    /// numbers.
    #[test]
    fn a_german_workbook_is_written_in_german() {
        let report = fixture_in(Lang::De);
        let bytes = render(&report);
        let mut book = open(&bytes);
        assert_eq!(
            book.sheet_names(),
            [
                "Zusammenfassung",
                "Fragen",
                "Roadmap",
                "Anwendbarkeit (SoA)",
                "Durchführung",
                "Methodik"
            ]
        );
        assert_eq!(book.sheet_names(), xlsx::sheet_names(Lang::De));
        let summary = sheet(&mut book, "Zusammenfassung");
        let words = strings(&summary);
        for german in [
            "Anwendungsbereich",
            "Datum der Bewertung",
            "Ziel-Reifegrad",
            "Gesamt",
            "Reifegrad",
            "Zielerreichung",
            "Lücken nach Priorität",
            "Meilensteine",
            "Ende der letzten Aufgabe",
            "Alle Fragen",
            "Vollständigkeitsprüfung (nur im Entwurf)",
        ] {
            assert!(words.iter().any(|w| w == german), "{german}");
        }
        // A number inside a sentence has the decimal comma, a date in one is day first.
        let plan = words
            .iter()
            .find(|w| w.contains(" Aufgaben, ") && w.contains("Personentage"))
            .expect("the roadmap's line on the Summary sheet");
        let r = &report.roadmap;
        assert!(
            plan.contains(&format!(
                "ab dem {:02}.{:02}.{}",
                r.start.day(),
                r.start.month(),
                r.start.year()
            )),
            "{plan}"
        );
        let comma = plan
            .as_bytes()
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b',' && w[2].is_ascii_digit());
        assert!(comma, "{plan}");
        // Figures stay numbers, dates stay dates, in formats that write them the German way.
        let overall = (0..200)
            .find(|r| super::at(&summary, *r, 1) == Data::String("Alle Fragen".into()))
            .unwrap();
        assert!(matches!(super::at(&summary, overall, 2), Data::Float(_)));
        let styles = part(&bytes, "xl/styles.xml");
        assert!(styles.contains("formatCode=\"dd.mm.yyyy\""), "{styles}");
        assert!(!styles.contains("yyyy-mm-dd"), "{styles}");
        let questions = sheet(&mut book, "Fragen");
        let head: Vec<String> = (0..28).map(|c| text(&questions, 0, c)).collect();
        for german in [
            "Reifegrad",
            "Verantwortlich",
            "Feststellung",
            "Empfehlung",
            "Fällig",
        ] {
            assert!(head.iter().any(|h| h == german), "{german}: {head:?}");
        }
        assert!(strings(&questions).iter().any(|s| s == "Teilweise"));
        // The chart, the properties, the page's header and footer.
        let chart = part(&bytes, "xl/charts/chart1.xml");
        assert!(
            chart.contains("Reifegrad je Abschnitt im Vergleich zum Ziel-Reifegrad 3"),
            "{chart}"
        );
        assert!(chart.contains("Zusammenfassung!$C$"), "{chart}");
        let core = part(&bytes, "docProps/core.xml");
        assert!(core.contains("Gap-Analyse nach"), "{core}");
        assert!(core.contains("Erstellt mit aimsgap"), "{core}");
        let first = part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(first.contains("Seite &amp;P von &amp;N"), "{first}");
        let all = all_strings(&bytes);
        for english in [
            "Assessment date",
            "Gaps by priority",
            "Milestones",
            "Yes",
            "Conforming",
            "Partial",
            "Last evidence",
        ] {
            assert!(!all.iter().any(|s| s == english), "{english}");
        }
    }

    /// Rendered in the pseudo-locale, every word of every cell, sheet name, chart title,
    /// document property and page header or footer comes from the catalogue (inside its
    /// markers) or is the fixture's own: an English literal in the renderer fails this test.
    #[test]
    fn every_word_of_the_workbook_comes_from_the_catalogue_or_the_fixture() {
        let report = fixture_in(Lang::Pseudo);
        let texts = workbook_texts(&render(&report));
        let escaped = outside(&texts, &[], &own_words(&report));
        assert!(
            escaped.is_empty(),
            "words outside the catalogue: {escaped:?}"
        );
    }

    /// The same over what the fixture leaves out: a final re-assessment with its stamp, the
    /// private notes, a changed questionnaire, the cost estimate, the progress since an
    /// earlier assessment and the client's self-assessment (their sheets too).
    #[test]
    fn every_word_of_a_final_reassessment_workbook_comes_from_the_catalogue() {
        use super::fixture_words::{FINAL_DATA, final_reassessment};
        let report = final_reassessment(fixture_in(Lang::Pseudo));
        let bytes = render(&report);
        assert_eq!(open(&bytes).sheet_names().len(), 8);
        let texts = workbook_texts(&bytes);
        for part in ["abababab", "Dana Partner"] {
            assert!(texts.iter().any(|t| t.contains(part)), "{part}");
        }
        let escaped = outside(&texts, &FINAL_DATA, &own_words(&report));
        assert!(
            escaped.is_empty(),
            "words outside the catalogue: {escaped:?}"
        );
        // And in German: the sheets and labels the fixture leaves out speak it too.
        let german = render(&final_reassessment(fixture_in(Lang::De)));
        let names = open(&german).sheet_names();
        for name in ["Fortschritt", "Selbsteinschätzung"] {
            assert!(names.iter().any(|n| n == name), "{name}: {names:?}");
        }
        let all = all_strings(&german);
        for words in [
            "Private Notizen (nicht für den Kunden)",
            "Abgeschlossen am",
            "30.11.2026 10:00 UTC",
            "Kostenschätzung nach Phase",
            "Alle Phasen",
            "Kunde höher",
        ] {
            assert!(all.iter().any(|s| s == words), "{words}");
        }
    }

    /// Every sheet name, cell text, chart text, page header and footer and document property.
    fn workbook_texts(bytes: &[u8]) -> Vec<String> {
        let book = open(bytes);
        let mut texts: Vec<String> = book.sheet_names();
        texts.extend(all_strings(bytes));
        for name in part_names(bytes) {
            if name.starts_with("xl/charts/") && name.ends_with(".xml") {
                texts.extend(elements(&part(bytes, &name), "a:t"));
            }
            if name.starts_with("xl/worksheets/sheet") {
                let xml = part(bytes, &name);
                for tag in ["oddHeader", "oddFooter"] {
                    // The codes of a header: a font (&"-,Bold"), the parts, the numbers.
                    texts.extend(
                        elements(&xml, tag)
                            .into_iter()
                            .map(|h| h.replace("&\"-,Bold\"", " ")),
                    );
                }
            }
        }
        let core = part(bytes, "docProps/core.xml");
        for tag in ["dc:title", "dc:subject", "cp:keywords", "dc:description"] {
            texts.extend(elements(&core, tag));
        }
        texts
    }

    /// The words of `texts` outside the pseudo-locale's markers that are neither in `data`
    /// nor the fixture's own.
    fn outside(
        texts: &[String],
        data: &[&str],
        own: &std::collections::HashSet<String>,
    ) -> Vec<String> {
        let mut escaped: Vec<String> = texts
            .iter()
            .flat_map(|t| aimsgap::i18n::escaped_words(t, data))
            .filter(|w| !own.contains(*w))
            .map(str::to_string)
            .collect();
        escaped.sort_unstable();
        escaped.dedup();
        escaped
    }

    /// Every language's sheet names are ones a spreadsheet accepts.
    #[test]
    fn sheet_names_are_valid_in_every_language() {
        for lang in [Lang::En, Lang::De, Lang::Pseudo] {
            let names = xlsx::sheet_names(lang);
            for name in &names {
                assert!(!name.is_empty() && name.chars().count() <= 31, "{name}");
                assert!(
                    !name.contains([':', '\\', '/', '?', '*', '[', ']']),
                    "{name}"
                );
            }
            let distinct: std::collections::BTreeSet<&String> = names.iter().collect();
            assert_eq!(distinct.len(), names.len(), "{names:?}");
        }
    }
}
