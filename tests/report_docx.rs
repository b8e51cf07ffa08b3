//! The Word report from the fixed fixture, opened as the zip package it is: its text, its
//! styles and its tables, read from word/document.xml and word/styles.xml.

mod common;
#[path = "common/fixture_words.rs"]
#[allow(dead_code)] // each test file uses part of it
mod fixture_words;

use std::io::{Cursor, Read};

use aimsgap::i18n::{Lang, PSEUDO_CLOSE, PSEUDO_OPEN};
use aimsgap::questionnaire::SectionKind;
use aimsgap::report::{Format, Report, docx};
use aimsgap::scoring::{Priority, Status};
use common::{FORMULA, PRIVATE, SCRIPT, fixture, fixture_in, fixture_with_private_notes};

fn render(report: &Report) -> Vec<u8> {
    docx::render(report).expect("the document renders")
}

/// One part of the package, as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut package =
        zip::ZipArchive::new(Cursor::new(bytes)).expect("a DOCX file is a zip package");
    let mut file = package
        .by_name(name)
        .unwrap_or_else(|_| panic!("no {name} in the package"));
    let mut text = String::new();
    file.read_to_string(&mut text).unwrap();
    text
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// A paragraph as Word shows it: its style and its text, line breaks as `\n`.
#[derive(Debug)]
struct Para {
    style: String,
    text: String,
}

fn paragraphs(xml: &str) -> Vec<Para> {
    let mut out = Vec::new();
    for chunk in xml.split("</w:p>") {
        let Some(start) = chunk.rfind("<w:p>").or_else(|| chunk.rfind("<w:p ")) else {
            continue;
        };
        let p = &chunk[start..];
        let style = p
            .split("<w:pStyle w:val=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or("")
            .to_string();
        let mut text = String::new();
        let mut rest = p;
        while let Some(at) = rest.find('<') {
            rest = &rest[at..];
            if rest.starts_with("<w:br") {
                text.push('\n');
            }
            if rest.starts_with("<w:t>") || rest.starts_with("<w:t ") {
                let open = rest.find('>').unwrap();
                let close = rest.find("</w:t>").unwrap();
                text.push_str(&unescape(&rest[open + 1..close]));
                rest = &rest[close..];
            }
            rest = &rest[1..];
        }
        out.push(Para { style, text });
    }
    out
}

/// A question's card: from its line ("4.1-a · …") to the next question's line.
fn card_text(text: &str, r: &Report, id: &str) -> String {
    let at = text.find(&format!("\n{id} · ")).unwrap();
    let rest = &text[at + 1..];
    let next = r
        .questions
        .iter()
        .skip_while(|q| q.id != id)
        .nth(1)
        .map(|q| format!("\n{} · ", q.id));
    let stop = next.and_then(|n| rest.find(&n)).unwrap_or(rest.len());
    rest[..stop].to_string()
}

fn all_text(xml: &str) -> String {
    paragraphs(xml)
        .into_iter()
        .map(|p| p.text)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_docx_is_a_word_package_holding_the_organisation_and_every_finding() {
    let r = fixture();
    let bytes = render(&r);
    assert_eq!(&bytes[..2], b"PK");
    let types = part(&bytes, "[Content_Types].xml");
    assert!(types.contains("/word/document.xml"), "{types}");
    let xml = part(&bytes, "word/document.xml");
    let text = all_text(&xml);
    assert!(text.contains(&r.assessment.organisation));
    assert!(text.contains(&r.assessment.scope));
    let mut findings = 0;
    for q in r.questions.iter().filter(|q| !q.finding.trim().is_empty()) {
        for line in docx::clean(&q.finding).lines() {
            assert!(
                text.contains(line),
                "{}: finding line {line:?} missing",
                q.id
            );
        }
        findings += 1;
    }
    assert!(findings > 50, "{findings}");
    // Every requirement has its heading, every question its line; the SoA lists every
    // control.
    for req in &r.requirements {
        assert!(
            text.contains(&format!("\n{} {}\n", req.reference, req.title)),
            "{}",
            req.reference
        );
    }
    for q in &r.questions {
        assert!(
            text.contains(&format!("\n{} · {}", q.id, q.status.label())),
            "{}",
            q.id
        );
    }
    for s in &r.soa {
        assert!(text.contains(&s.justification), "{}", s.control);
    }
    // The roadmap's actions, the method and the disclaimer.
    for a in &r.roadmap.actions {
        assert!(text.contains(&a.recommendation), "{}", a.question);
    }
    assert!(text.contains(&r.labels.disclaimer));
    // A conforming answer is not told to build what it has.
    let kept = r
        .questions
        .iter()
        .find(|q| q.gap == Some(0) && !q.recommendation.is_empty())
        .unwrap();
    let card = card_text(&text, &r, &kept.id);
    assert!(
        !card.contains(&format!("Recommendation: {}", kept.recommendation)),
        "{card}"
    );
}

#[test]
fn headings_use_words_built_in_styles() {
    let bytes = render(&fixture());
    let styles = part(&bytes, "word/styles.xml");
    for (id, name) in [
        ("Title", "Title"),
        ("Heading1", "heading 1"),
        ("Heading2", "heading 2"),
        ("Heading3", "heading 3"),
        ("Heading4", "heading 4"),
        ("TableGrid", "Table Grid"),
        ("ListBullet", "List Bullet"),
    ] {
        let at = styles
            .find(&format!("w:styleId=\"{id}\""))
            .unwrap_or_else(|| panic!("no style {id}"));
        assert!(
            styles[at..].contains(&format!("<w:name w:val=\"{name}\"")),
            "style {id} is not named {name}"
        );
    }
    let paras = paragraphs(&part(&bytes, "word/document.xml"));
    let styled = |style: &str| -> Vec<&str> {
        paras
            .iter()
            .filter(|p| p.style == style)
            .map(|p| p.text.as_str())
            .collect()
    };
    assert_eq!(styled("Title"), ["ISO/IEC 42001 gap analysis"]);
    let h1 = styled("Heading1");
    for want in [
        "Executive summary",
        "Clauses 4–10 in detail",
        "Annex A and the Statement of Applicability",
        "Roadmap",
        "Appendix: method",
        "Document control and sign-off",
    ] {
        assert!(h1.contains(&want), "{want} is not a Heading 1: {h1:?}");
    }
    let h2 = styled("Heading2");
    assert!(h2.iter().any(|h| h.starts_with("4 ")), "{h2:?}");
    assert!(h2.contains(&"Maturity against target"), "{h2:?}");
    // A requirement's card under a Heading 3, each of its questions under a Heading 4.
    let h3 = styled("Heading3");
    assert!(
        h3.contains(&"4.1 Understanding the organization and its context"),
        "{h3:?}"
    );
    let h4 = styled("Heading4");
    assert!(h4.iter().any(|h| h.starts_with("4.1-a · ")), "{h4:?}");
    // The cover's title sits a third of the way down its page (2,400 twentieths of a point
    // before it), not crammed against the page mark.
    let document = part(&bytes, "word/document.xml");
    let title = raw_paragraphs(&document)
        .into_iter()
        .find(|p| p.contains("<w:pStyle w:val=\"Title\" />"))
        .unwrap();
    assert!(title.contains("w:before=\"2400\""), "{title}");
    // Every table uses the built-in grid style.
    let xml = part(&bytes, "word/document.xml");
    assert_eq!(
        xml.matches("<w:tbl>").count(),
        xml.matches("<w:tblStyle w:val=\"TableGrid\" />").count()
    );
}

#[test]
fn data_tables_repeat_their_header_row_on_every_page() {
    let xml = part(&render(&fixture()), "word/document.xml");
    let tables: Vec<&str> = xml.split("<w:tbl>").skip(1).collect();
    assert!(tables.len() > 20, "{}", tables.len());
    let mut marked = 0;
    for t in &tables {
        let t = t.split("</w:tbl>").next().unwrap();
        let rows: Vec<&str> = t.split("<w:tr>").skip(1).collect();
        // Only a first row may repeat; no row breaks across two pages.
        for row in rows.iter().skip(1) {
            assert!(!row.contains("w:tblHeader"), "a body row repeats");
        }
        for row in &rows {
            assert!(row.contains("<w:cantSplit />"), "a row may split: {row}");
        }
        if rows[0].contains("<w:tblHeader />") {
            marked += 1;
        }
    }
    // Every table has a header row but the cover's key-value table and, on the summary
    // page, the key figures and the drafted narrative's box (the demo's is written).
    assert!(fixture().summary.written);
    assert_eq!(marked, tables.len() - 2);
    // The SoA: one header row and one row per control.
    let soa = tables
        .iter()
        .find(|t| t.contains(">Reason or justification<"))
        .unwrap();
    assert!(soa.contains("<w:tblHeader />"));
}

#[test]
fn private_notes_only_when_asked_for_and_then_the_cover_says_so() {
    let client = render(&fixture());
    let text = all_text(&part(&client, "word/document.xml"));
    assert!(!text.contains("PRIVATE-7f3a"), "a private note");
    assert!(!text.contains("one-to-one"), "a demo private note");
    assert!(!text.contains("Private notes"), "{text}");
    for name in ["word/header1.xml", "word/footer1.xml"] {
        if let Ok(mut package) = zip::ZipArchive::new(Cursor::new(&client[..]))
            && let Ok(mut f) = package.by_name(name)
        {
            let mut s = String::new();
            f.read_to_string(&mut s).unwrap();
            assert!(!s.contains("private"), "{name}: {s}");
        }
    }

    let own = render(&fixture_with_private_notes());
    let text = all_text(&part(&own, "word/document.xml"));
    assert!(text.contains(PRIVATE), "the notes are in");
    let said = text
        .find("Private notes included.")
        .expect("the cover says so");
    assert!(said < text.find(PRIVATE).unwrap());
    assert!(said < text.find("Executive summary").unwrap());
    let header = part(&own, "word/header1.xml");
    assert!(header.contains("not for the client"), "{header}");
}

#[test]
fn hostile_text_stays_text() {
    let mut r = fixture_with_private_notes();
    let hostile = "<w:p><w:r><w:t>x</w:t></w:r></w:p>\u{0}nul\u{1b}[2J\u{7}\u{FFFF}";
    r.assessment.organisation = format!("{hostile} & Co");
    r.questions[0].finding = format!("{hostile}\n{FORMULA}");
    r.questions[0].notes = Some(format!("{SCRIPT}\u{0}"));
    r.questions[1].owner = "=1+1\u{0}".into();
    r.scale[0].label = hostile.into();
    let bytes = render(&r);
    for name in ["word/document.xml", "word/footer1.xml"] {
        let xml = part(&bytes, name);
        // Nothing XML 1.0 cannot hold.
        assert!(
            !xml.chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')),
            "{name}: a control character"
        );
        assert!(!xml.contains('\u{FFFF}'), "{name}");
        // Markup from the data stays escaped text.
        assert!(
            !xml.contains("<w:t>x</w:t>"),
            "{name}: markup from the data"
        );
        assert!(
            xml.contains("&lt;w:p&gt;&lt;w:r&gt;&lt;w:t&gt;x&lt;/w:t&gt;"),
            "{name}"
        );
    }
    let xml = part(&bytes, "word/document.xml");
    // A formula is text, never a field.
    assert!(!xml.contains("instrText") && !xml.contains("fldSimple"));
    let text = all_text(&xml);
    assert!(text.contains(FORMULA));
    assert!(text.contains("<w:p><w:r><w:t>x</w:t></w:r></w:p> nul [2J  & Co"));
    assert!(text.contains("<script>alert('x')</script>"));
    assert!(text.contains("=1+1 "));
}

#[test]
fn docx_is_a_binary_format_with_its_own_file_name() {
    assert!(Format::ALL.contains(&Format::Docx));
    assert!(Format::Docx.is_binary());
    assert_eq!(Format::Docx.name(), "docx");
    let r = fixture();
    assert_eq!(
        Format::Docx.default_file_name("Northwind Logistics GmbH", r.assessment.date),
        "northwind-logistics-gmbh-gap-report-2026-11-23.docx"
    );
}

#[test]
fn the_package_is_deflated_and_every_part_is_kept() {
    let bytes = render(&fixture());
    let mut package = zip::ZipArchive::new(Cursor::new(&bytes)).unwrap();
    let mut names = Vec::new();
    let mut unpacked = 0;
    for i in 0..package.len() {
        let file = package.by_index(i).unwrap();
        assert_eq!(
            file.compression(),
            zip::CompressionMethod::Deflated,
            "{:?}",
            file.name()
        );
        unpacked += file.size();
        names.push(file.name().unwrap().to_string());
    }
    for name in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/_rels/document.xml.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/settings.xml",
        "word/numbering.xml",
        "word/header1.xml",
        "word/footer1.xml",
    ] {
        assert!(names.iter().any(|n| n == name), "{name} missing: {names:?}");
    }
    // The content types name every part that needs one, the header and footer included.
    let types = part(&bytes, "[Content_Types].xml");
    for name in [
        "/word/header1.xml",
        "/word/footer1.xml",
        "/word/numbering.xml",
    ] {
        assert!(types.contains(name), "{name}: {types}");
    }
    // XML shrinks by far more than half; stored, the package would be as large as its parts.
    assert!(
        (bytes.len() as u64) * 5 < unpacked,
        "{} bytes for {unpacked} unpacked",
        bytes.len()
    );
}

fn header(bytes: &[u8]) -> String {
    all_text(&part(bytes, "word/header1.xml"))
}

#[test]
fn a_draft_says_so_on_every_page_and_a_final_carries_its_stamp_and_no_warnings() {
    let mut r = fixture();
    assert!(!r.warnings.is_empty());
    let draft = render(&r);
    assert!(header(&draft).contains("DRAFT"), "{}", header(&draft));
    assert!(header(&draft).contains("Confidential"));
    let text = all_text(&part(&draft, "word/document.xml"));
    assert!(text.contains("Appendix: before handing over (draft only)"));
    // The warnings come after the method, never as a section of the report's body.
    assert!(
        text.find("Appendix: before handing over").unwrap()
            > text.find("Appendix: method").unwrap()
    );

    r.document_control.finalised_at = Some("2026-11-30T10:00:00Z".parse().unwrap());
    r.document_control.approved.by = "Dana Partner".into();
    r.document_control.distribution = vec!["CISO".into(), "Board".into()];
    r.stamp = Some("ab".repeat(32));
    r.warnings.clear();
    let fin = render(&r);
    assert!(!header(&fin).contains("DRAFT"), "{}", header(&fin));
    let text = all_text(&part(&fin, "word/document.xml"));
    assert!(!text.contains("DRAFT"));
    assert!(!text.contains("Appendix: before handing over"));
    let stamp = text.find(&"ab".repeat(32)).expect("the stamp");
    assert!(
        stamp < text.find("Executive summary").unwrap(),
        "on the cover"
    );
    assert!(text.contains("Dana Partner"));
    assert!(text.contains("Board"));
}

#[test]
fn cards_show_intent_practice_to_keep_response_and_the_engagement_record() {
    let mut r = fixture();
    let kept = r.questions.iter().position(|q| q.conforming()).unwrap();
    r.questions[kept].finding = "The board meets monthly and keeps minutes.".into();
    let gap = r
        .questions
        .iter()
        .position(|q| q.gap.is_some_and(|g| g > 0))
        .unwrap();
    r.questions[gap].management_response = "Agreed; the CISO owns it by Q2.".into();
    r.questions[gap].said_by = vec![aimsgap::engagement::Attendee {
        number: 3,
        name: "Rana Kaya".into(),
        role: "Quality Manager".into(),
    }];
    let reference = r.questions[gap].reference.clone();
    r.requirements
        .iter_mut()
        .find(|x| x.reference == reference)
        .unwrap()
        .intent = "Know what shapes the use of AI here.".into();
    r.attendees.push(aimsgap::engagement::Attendee {
        number: 1,
        name: "Lena Fischer".into(),
        role: "DPO".into(),
    });
    let text = all_text(&part(&render(&r), "word/document.xml"));
    let card = |id: &str| card_text(&text, &r, id);
    let k = card(&r.questions[kept].id);
    assert!(
        k.contains("Practice to keep: The board meets monthly"),
        "{k}"
    );
    assert!(!k.contains("Recommendation:"), "{k}");
    let g = card(&r.questions[gap].id);
    // The intent once, under the requirement's heading, above its questions.
    let title = &r.questions[gap].requirement_title;
    assert!(
        text.contains(&format!(
            "\n{reference} {title}\nIntent: Know what shapes the use of AI here.\n"
        )),
        "{}",
        &text[text.find("Know what shapes").unwrap().saturating_sub(200)..][..300]
    );
    assert!(
        g.contains("Management response: Agreed; the CISO owns it by Q2."),
        "{g}"
    );
    // The fixture's 4.1-a carries a recommendation of the assessor's own.
    assert!(g.contains("Recommendation (assessor's own): "), "{g}");
    assert!(g.contains("Said by: Rana Kaya (Quality Manager)"), "{g}");
    assert!(!k.contains("Said by:"), "{k}");
    assert!(text.contains("Engagement record"));
    assert!(text.contains("Lena Fischer"));
}

#[test]
fn the_maturity_chart_is_a_shaded_table_with_the_target_marked() {
    let r = fixture();
    let xml = part(&render(&r), "word/document.xml");
    let chart = xml
        .split("<w:tbl>")
        .find(|t| t.contains(">Weighted mean maturity per section"))
        .expect("the chart table")
        .split("</w:tbl>")
        .next()
        .unwrap();
    let rows: Vec<&str> = chart.split("<w:tr>").skip(2).collect();
    // The clauses on the left, the annex on the right: as many rows as the longer side.
    let clauses: Vec<_> = r
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Clause)
        .collect();
    let annex: Vec<_> = r
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Annex)
        .collect();
    assert_eq!(rows.len(), clauses.len().max(annex.len()));
    let top = r.scale.iter().map(|l| l.level).max().unwrap() as usize;
    let side = 2 + 2 * top;
    let mut seen = 0;
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<&str> = row.split("<w:tc>").skip(1).collect();
        assert_eq!(cells.len(), 2 * side + 1, "row {i}");
        for (s, cells) in [
            (clauses.get(i), &cells[..side]),
            (annex.get(i), &cells[side + 1..]),
        ] {
            let Some(s) = s else { continue };
            seen += 1;
            let row = cells.concat();
            assert!(row.contains(&format!(">{} {}<", s.id, s.title)), "{}", s.id);
            // One shaded cell per half level of the score, in the colour of its standing.
            let want = s.figures.score.map_or(0, |x| (x * 2.0).round() as usize);
            let colour = match s.figures.score {
                Some(x) if x >= f64::from(r.assessment.target) => "3D8A5A",
                Some(x) if x >= 1.0 => "D9A13B",
                _ => "C0564B",
            };
            assert_eq!(
                row.matches(&format!("w:fill=\"{colour}\"")).count(),
                want,
                "{} {:?}",
                s.id,
                s.figures.score
            );
            // The target: one heavy line per row, drawn on both cells it separates.
            assert_eq!(row.matches("w:sz=\"18\"").count(), 2, "{}", s.id);
        }
    }
    assert_eq!(seen, r.sections.len());
}

#[test]
fn priorities_and_statuses_use_the_audit_words_of_every_format() {
    let text = all_text(&part(&render(&fixture()), "word/document.xml"));
    for p in [Priority::P1, Priority::P2, Priority::P3] {
        assert!(text.contains(&p.label()), "{}", p.label());
    }
    assert!(!text.to_lowercase().contains("major gap"));
    assert!(!text.to_lowercase().contains("minor gap"));
    assert!(text.contains(Status::Partial.label()));
    assert!(!text.contains("\npartial\n"));
}

/// The body between the heading "Executive summary" and the next chapter's heading (both
/// paragraphs included), and whether each of the two starts a new page.
fn summary_xml(xml: &str) -> (String, bool, bool) {
    let h1 = "<w:pStyle w:val=\"Heading1\" />";
    let title = xml.find(">Executive summary<").expect("a summary heading");
    let start = xml[..title].rfind("<w:p ").unwrap();
    let next = title + xml[title..].find(h1).expect("a chapter after the summary");
    let end = next - xml[..next].len() + xml[..next].rfind("<w:p ").unwrap();
    let next_para = &xml[end..end + xml[end..].find("</w:p>").unwrap()];
    let first_para = &xml[start..start + xml[start..].find("</w:p>").unwrap()];
    (
        xml[start..end].to_string(),
        first_para.contains("<w:pageBreakBefore />"),
        next_para.contains("<w:pageBreakBefore />"),
    )
}

#[test]
fn the_executive_summary_shows_the_drafted_narrative_marked_as_a_draft() {
    let mut r = fixture();
    r.narrative.clear();
    let r = r.with_summary();
    assert!(!r.summary.written);
    let xml = part(&render(&r), "word/document.xml");
    let (summary, _, _) = summary_xml(&xml);
    let text = all_text(&summary);
    assert!(
        text.contains(aimsgap::report::summary::DRAFT_LABEL),
        "{text}"
    );
    assert!(r.summary.paragraphs.len() >= 4);
    for p in &r.summary.paragraphs {
        assert!(text.contains(&docx::clean(p)), "{p:?} missing:\n{text}");
    }
    // The figures the other formats show: the top gaps with their action, the blockers by
    // section with their counts.
    let top = r.gaps()[0];
    assert!(text.contains(&top.recommendation), "{text}");
    for g in &r.summary.blockers {
        assert!(text.contains(&format!("{} {}", g.section, g.title)));
        assert!(text.contains(&g.requirements.join(", ")));
    }
}

#[test]
fn the_executive_summary_shows_the_assessors_own_narrative_without_the_draft() {
    let mut r = fixture();
    r.narrative = "Overall opinion: not ready <yet> & far from it.\n\nStrengths: a committed \
                   board.\n\nDecisions needed: fund a programme lead."
        .into();
    let r = r.with_summary();
    assert!(r.summary.written);
    let xml = part(&render(&r), "word/document.xml");
    let (summary, _, _) = summary_xml(&xml);
    let text = all_text(&summary);
    for p in [
        "Overall opinion: not ready <yet> & far from it.",
        "Strengths: a committed board.",
        "Decisions needed: fund a programme lead.",
    ] {
        assert!(text.contains(p), "{p:?} missing:\n{text}");
    }
    assert!(!text.contains("Draft narrative"), "{text}");
    // In 9 pt, as the draft's box, so the page holds with the narrative as long as the
    // demo's.
    let strengths = raw_paragraphs(&summary)
        .into_iter()
        .find(|p| text_of(p).starts_with("Strengths: "))
        .unwrap();
    assert!(strengths.contains("<w:sz w:val=\"18\" />"), "{strengths}");
    assert!(
        !text.contains("Key themes:"),
        "the drafted narrative is gone: {text}"
    );
    // The headline figures the drafted narrative would have given are there.
    assert!(text.contains(&format!(
        "{} of {} applicable questions",
        r.overall.all.ready, r.overall.all.applicable
    )));
}

/// An assessment with every question scored 0: the worst case for the summary page.
fn all_zero() -> Report {
    use aimsgap::assessment::{Answer, Response};
    use aimsgap::questionnaire::catalog::{Catalog, built_in};
    use aimsgap::session::Session;
    use aimsgap::store::Store;
    let dir = tempfile::TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("z.db")).unwrap();
    let q = built_in("iso42001").unwrap();
    let id = aimsgap::demo::create(&mut store, q, jiff::civil::date(2026, 11, 23)).unwrap();
    for at in q.questions() {
        let answer = Answer {
            response: Response::Maturity { level: 0 },
            ..Answer::default()
        };
        store.set_answer(id, &at.question.id, &answer).unwrap();
    }
    store.set_narrative(id, "").unwrap();
    let session = Session::open(&store, &Catalog::new(None), id).unwrap();
    Report::build(&session, "2026-11-23T16:00:00Z".parse().unwrap())
}

#[test]
fn the_executive_summary_is_a_bounded_page_of_its_own_when_everything_scores_zero() {
    let r = all_zero();
    let sections = r.sections.len();
    assert_eq!(
        r.priorities.p1, 119,
        "68 clause and 51 documented annex questions"
    );
    let groups = r.summary.blockers.len();
    assert!(groups > 10 && groups <= sections, "{groups}");
    let xml = part(&render(&r), "word/document.xml");
    let (summary, breaks_before, breaks_after) = summary_xml(&xml);
    assert!(breaks_before, "the summary starts a page");
    assert!(breaks_after, "the next chapter starts a page");
    // What fits on one A4 page (checked by rendering it): the narrative box, the key
    // figures, a chart row per section, five top gaps and the blockers two sections a row.
    let tables: Vec<&str> = summary.split("<w:tbl>").skip(1).collect();
    assert_eq!(
        tables.len(),
        5,
        "narrative, figures, chart, top gaps, blockers"
    );
    let rows = |t: &str| t.matches("<w:tr>").count() + t.matches("<w:tr ").count();
    assert_eq!(
        rows(tables[2]),
        1 + 9,
        "chart: the clauses beside the annex, a row each"
    );
    assert!(rows(tables[3]) <= 1 + 5, "top gaps: {}", rows(tables[3]));
    let blocker_rows = rows(tables[4]);
    assert_eq!(blocker_rows, 1 + groups.div_ceil(2), "blockers, two a row");
    let total: usize = tables.iter().map(|t| rows(t)).sum();
    assert!(total <= 36, "{total} table rows");
    // Every blocker is counted, and the requirements are named once per section, not once
    // per question.
    let text = all_text(&summary);
    assert!(
        text.contains(&format!(
            "Certification blockers (P1): 119 in {groups} sections"
        )),
        "{text}"
    );
    assert!(!text.contains("6.1.2-a"), "question ids listed: {text}");
    let words = text.split_whitespace().count();
    assert!(words <= 900, "{words} words on the summary page");
}

/// The raw XML of each paragraph of the body, in order.
fn raw_paragraphs(xml: &str) -> Vec<&str> {
    xml.split("</w:p>")
        .filter_map(|chunk| {
            let start = chunk.rfind("<w:p>").or_else(|| chunk.rfind("<w:p "))?;
            Some(&chunk[start..])
        })
        .collect()
}

fn text_of(p: &str) -> String {
    all_text(&format!("{p}</w:p>"))
}

#[test]
fn nothing_that_leads_into_something_is_left_alone_at_the_foot_of_a_page() {
    let r = fixture();
    let xml = part(&render(&r), "word/document.xml");
    let paras = raw_paragraphs(&xml);
    let keep = "<w:keepNext />";
    let mut asked = 0;
    for (i, p) in paras.iter().enumerate() {
        let text = text_of(p);
        // The interview prompt closes a card: what precedes it keeps it company.
        if text.starts_with("Asked: ") {
            asked += 1;
            assert!(paras[i - 1].contains(keep), "{}", text_of(paras[i - 1]));
        }
        // A section's figures, a requirement's intent, a phase's description.
        if text.starts_with("Score ") && text.contains(", readiness ")
            || text.starts_with("Intent: ")
            || r.phases.iter().any(|ph| text == ph.description)
        {
            assert!(p.contains(keep), "{text}");
        }
    }
    assert_eq!(asked, r.questions.len());
    // A question's small table stays whole and with its finding: every paragraph in it
    // keeps with the next.
    let facts: Vec<&str> = xml
        .split("<w:tbl>")
        .skip(1)
        .map(|t| t.split("</w:tbl>").next().unwrap())
        .filter(|t| t.contains(">Status<") && t.contains(">Due<"))
        .collect();
    assert_eq!(facts.len(), r.questions.len());
    for t in facts {
        let ps = raw_paragraphs(t);
        assert!(ps.iter().all(|p| p.contains(keep)), "{t}");
    }
}

#[test]
fn chapters_come_in_the_order_of_the_other_formats() {
    let r = fixture();
    let xml = part(&render(&r), "word/document.xml");
    let h1: Vec<String> = paragraphs(&xml)
        .into_iter()
        .filter(|p| p.style == "Heading1")
        .map(|p| p.text)
        .collect();
    let at = |t: &str| {
        h1.iter()
            .position(|h| h == t)
            .unwrap_or_else(|| panic!("{t}: {h1:?}"))
    };
    assert!(at("Roadmap") < at("Engagement record"));
    assert!(at("Engagement record") < at("Document control and sign-off"));
    assert!(at("Document control and sign-off") < at("Appendix: method"));
    assert!(at("Appendix: method") < at("Appendix: before handing over (draft only)"));
    assert_eq!(
        h1.last().unwrap(),
        "Appendix: before handing over (draft only)"
    );
}

#[test]
fn card_labels_are_the_words_of_the_html_and_markdown_cards() {
    use aimsgap::report::{card, html, markdown};
    let r = fixture();
    let docx = all_text(&part(&render(&r), "word/document.xml"));
    let html = html::render(&r);
    let md = markdown::render(&r);
    for label in [
        card::INTENT,
        card::FINDING,
        card::PRACTICE_TO_KEEP,
        card::RECOMMENDATION,
        card::MANAGEMENT_RESPONSE,
        card::SAID_BY,
        card::RELATED,
        card::ASKED,
    ] {
        assert!(docx.contains(&format!("\n{label}: ")), "docx: {label}");
        assert!(
            html.contains(&format!(">{label}</")) || html.contains(&format!(">{label}:")),
            "html: {label}"
        );
        assert!(
            md.contains(&format!("*{label}:")) || md.contains(&format!("{label}: ")),
            "md: {label}"
        );
    }
    assert!(!html.contains("Crosswalk<"), "one word for the same thing");
}

/// Open points: a section while any is open, with each question, its requirement and the
/// text as typed; none when there are none.
/// The roadmap's actions name the risks they treat, and the risk register the steps.
#[test]
fn actions_name_their_risks_and_the_register_its_steps() {
    let r = fixture();
    let text = all_text(&part(&render(&r), "word/document.xml"));
    assert!(text.contains("Treats R1."), "{text}");
    let r1 = r.risks.iter().find(|k| k.reference == "R1").unwrap();
    assert!(!r1.actions.is_empty());
    assert!(text.contains("Roadmap actions") && text.contains(&r1.steps()));
}

#[test]
fn open_points_have_a_section_while_any_is_open() {
    let mut r = fixture();
    let without = all_text(&part(&render(&r), "word/document.xml"));
    assert!(!without.contains("Open points"));
    r.open_points.push(aimsgap::report::OpenPointRow {
        question_id: "6.1.2-a".into(),
        reference: "6.1.2".into(),
        requirement_title: "AI risk assessment".into(),
        text: format!("Ask the DPO {SCRIPT}"),
        parked_at: "2026-11-23T10:00:00Z".parse().unwrap(),
    });
    let text = all_text(&part(&render(&r), "word/document.xml"));
    assert!(text.contains("\nOpen points\n"), "no heading");
    assert!(text.contains(&format!("Ask the DPO {SCRIPT}")));
    assert!(text.contains("6.1.2 AI risk assessment"));
    assert!(text.contains("2026-11-23"));
}

/// The roadmap's Gantt chart is an image in the document: a PNG of the chart's proportions in
/// word/media, referenced by the document's relationships and drawn in the Roadmap section,
/// with lanes of bars in it (not a blank picture).
#[test]
fn the_roadmap_has_the_gantt_chart_as_an_image() {
    let r = fixture();
    assert!(!r.roadmap.actions.is_empty() && r.roadmap.owners.len() > 1);
    let bytes = render(&r);
    let mut package = zip::ZipArchive::new(Cursor::new(&bytes[..])).unwrap();
    let media: Vec<String> = package
        .file_names()
        .map(|n| n.expect("a part name").into_owned())
        .filter(|n| n.starts_with("word/media/"))
        .collect();
    assert_eq!(media.len(), 1, "{media:?}");
    let mut png = Vec::new();
    package
        .by_name(&media[0])
        .unwrap()
        .read_to_end(&mut png)
        .unwrap();
    assert!(media[0].ends_with(".png"));
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG file");
    // The IHDR chunk: width and height, big-endian, after the signature and chunk header.
    let (w, h) = (
        u32::from_be_bytes(png[16..20].try_into().unwrap()),
        u32::from_be_bytes(png[20..24].try_into().unwrap()),
    );
    assert!(w >= 1500, "sharp enough for print: {w} px");
    // One lane per owner: the taller the chart, the more owners.
    let lanes = r.roadmap.owners.len() as u32;
    assert!(h > lanes * 18 * 2 && h < w, "{w} × {h} for {lanes} lanes");
    assert_eq!(
        docx::gantt_png(&r.roadmap).map(|(p, ..)| p),
        Some(png.clone())
    );

    let rels = part(&bytes, "word/_rels/document.xml.rels");
    let name = media[0].trim_start_matches("word/");
    let rel = rels
        .split("<Relationship ")
        .find(|x| x.contains(&format!("Target=\"{name}\"")))
        .unwrap_or_else(|| panic!("no relationship to {name}: {rels}"));
    let id = rel
        .split("Id=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let document = part(&bytes, "word/document.xml");
    let embed = document
        .find(&format!("r:embed=\"{id}\""))
        .expect("the document draws the image");
    let roadmap = document.find(">Roadmap<").expect("a Roadmap heading");
    assert!(embed > roadmap, "the chart is in the Roadmap section");
    // Its size on the page keeps the picture's proportions, across the text width.
    let extent = &document[document[..embed].rfind("<wp:extent").unwrap()..];
    let number = |attr: &str| -> u64 {
        extent
            .split(&format!("{attr}=\""))
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let (cx, cy) = (number("cx"), number("cy"));
    assert!((cx as f64 / cy as f64 - f64::from(w) / f64::from(h)).abs() < 0.01);

    // Bars drawn: dark (critical) and light pixels both present, not a blank image.
    let decoded = image_colours(&png);
    assert!(decoded.contains(&[0x2c, 0x4a, 0x6e]), "critical bars");
    assert!(decoded.contains(&[0x9d, 0xb4, 0xd0]), "other bars");
}

/// The distinct colours of a PNG's opaque pixels.
fn image_colours(png: &[u8]) -> std::collections::BTreeSet<[u8; 3]> {
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(png).expect("a PNG that decodes");
    pixmap
        .pixels()
        .iter()
        .filter(|p| p.alpha() == 255)
        .map(|p| [p.red(), p.green(), p.blue()])
        .collect()
}

/// Every text of the package a reader sees: the body's, the headers' and footers' runs
/// (paragraph by paragraph, a line each), the document properties and the images'
/// descriptions.
fn visible_text(bytes: &[u8]) -> String {
    let mut package = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let names: Vec<String> = package
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .collect();
    let mut out = String::new();
    for name in names
        .iter()
        .filter(|n| n.starts_with("word/") && n.ends_with(".xml") || n.starts_with("docProps/"))
    {
        let mut xml = String::new();
        package
            .by_name(name)
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        out.push_str(&all_text(&xml));
        out.push('\n');
        for attribute in [" descr=\"", " title=\"", "<wp:docPr id=\"1\" name=\""] {
            for (at, _) in xml.match_indices(attribute) {
                let value = &xml[at + attribute.len()..];
                out.push_str(&unescape(&value[..value.find('"').unwrap()]));
                out.push('\n');
            }
        }
        if name.starts_with("docProps/") {
            // Properties are elements with text, not runs.
            for element in [
                "dc:title",
                "dc:subject",
                "cp:keywords",
                "dc:description",
                "dc:creator",
                "cp:lastModifiedBy",
            ] {
                if let Some(at) = xml.find(&format!("<{element}>")) {
                    let value = &xml[at + element.len() + 2..];
                    out.push_str(&unescape(&value[..value.find('<').unwrap()]));
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// The German Word report: German headings, labels and sentences on every page, the decimal
/// comma and German dates, "Seite" in the footer, and none of the English headings.
#[test]
fn a_german_word_report_is_written_in_german() {
    let report = fixture_in(Lang::De);
    let bytes = render(&report);
    let text = all_text(&part(&bytes, "word/document.xml"));
    for german in [
        "Zusammenfassung für die Geschäftsleitung",
        "Reifegrad im Vergleich zum Ziel",
        "Zertifizierungshindernisse (P1): ",
        "im Einzelnen",
        "und die Erklärung zur Anwendbarkeit",
        "Risikoregister",
        "KI-Systeme im Anwendungsbereich",
        "\nRoadmap\n",
        "Meilenstein",
        "Gantt-Diagramm: eine Zeile je Verantwortlichem",
        "Durchführung der Bewertung",
        "Teilnehmende und Interviewpartner",
        "Dokumentenlenkung und Freigabe",
        "Anhang: Methodik",
        "Zu diesem Bericht",
        "Anhang: vor der Übergabe zu klären (nur im Entwurf)",
        "Datum der Bewertung\n23.11.2026",
        "Berichtsversion",
        "Vertraulichkeit",
        "Stellungnahme des Managements",
        "Nachweise (",
        "\nVerantwortlich\n",
        "\nFällig\n",
        "Personentage",
    ] {
        assert!(text.contains(german), "{german}");
    }
    for english in [
        "Executive summary",
        "Maturity against target",
        "Certification blockers",
        "in detail",
        "and the Statement of Applicability",
        "\nRisk register\n",
        "Milestone",
        "Gantt chart",
        "Engagement record",
        "Document control and sign-off",
        "Appendix: method",
        "About this report",
        "Assessment date",
        "Report version",
        "Management response",
        "Evidence (",
        "\nOwner\n",
        "person-days",
        "Readiness",
    ] {
        assert!(!text.contains(english), "{english}");
    }
    // The footer numbers the pages in German; the header marks the draft.
    let footer = all_text(&part(&bytes, "word/footer1.xml"));
    assert!(footer.contains("· Seite "), "{footer}");
    assert!(!footer.contains("page"), "{footer}");
    assert!(header(&bytes).contains("ENTWURF"), "{}", header(&bytes));
    // Scores with the decimal comma, percentages with a space before the sign, dates as
    // 30.11.2026, in figures, tables and prose.
    let s = &report.sections[0];
    let score = aimsgap::scoring::one_decimal_in(Lang::De, s.figures.score);
    assert!(score.contains(','), "{score}");
    assert!(
        text.contains(&format!("Reifegrad {score}, Zielerreichung ")),
        "{score}"
    );
    assert!(text.contains("\u{a0}%"));
    let start = report.roadmap.actions[0].start;
    let german_date = format!("{:02}.{:02}.{}", start.day(), start.month(), start.year());
    // The dash stays on the first date's line (a no-break space).
    assert!(
        text.contains(&format!("{german_date}\u{a0}–\n")),
        "{german_date}"
    );
    assert!(!text.contains(&format!("{start}\u{a0}–")), "{start}");
    assert!(text.contains(&format!(
        "ab dem {:02}.{:02}.{}",
        report.roadmap.start.day(),
        report.roadmap.start.month(),
        report.roadmap.start.year()
    )));
    // Word's proofing language is German, and so are the document's properties and the
    // Gantt chart's name and description.
    assert!(part(&bytes, "word/styles.xml").contains("<w:lang w:val=\"de-DE\" />"));
    let core = part(&bytes, "docProps/core.xml");
    for german in [
        "<dc:title>Gap-Analyse",
        "<dc:subject>Gap-Analyse für Northwind Logistics GmbH",
        "Erklärung zur Anwendbarkeit, Roadmap</cp:keywords>",
        "<dc:language>de-DE</dc:language>",
    ] {
        assert!(core.contains(german), "{german}: {core}");
    }
    let xml = part(&bytes, "word/document.xml");
    let r = &report.roadmap;
    assert!(
        xml.contains(&format!(
            "name=\"Gantt-Diagramm\" descr=\"Gantt-Diagramm: {} Aufgaben von {} Verantwortlichen \
             vom {}",
            r.actions.len(),
            r.owners.len(),
            Lang::De.date(r.start)
        )),
        "{}",
        &xml[xml.find("<wp:docPr").unwrap()..][..200]
    );
}

/// The Gantt chart's image is drawn from the roadmap in the report's language: its months,
/// lanes and milestones are written as the report's language writes them, and no English
/// word outside the markers is drawn in the pseudo-locale.
#[test]
fn the_gantt_images_labels_are_in_the_reports_language() {
    let drawn = |report: &Report| -> String {
        let svg = aimsgap::report::html::gantt_svg(&report.roadmap, true).expect("a chart");
        // The text the image shows: the content of its text elements (their titles are not
        // drawn, but are read too).
        let mut text = String::new();
        for chunk in svg.split('>').skip(1) {
            if let Some(content) = chunk.split('<').next() {
                text.push_str(&unescape(content));
                text.push('\n');
            }
        }
        text
    };
    let german = fixture_in(Lang::De);
    let text = drawn(&german);
    assert!(text.contains("Jan. 2027"), "{text}");
    assert!(
        text.contains("Bereitschaft für das Stufe-1-Audit"),
        "{text}"
    );
    assert!(
        !text.contains("Jan 2027") && !text.contains("readiness"),
        "{text}"
    );

    let pseudo = fixture_in(Lang::Pseudo);
    let text = drawn(&pseudo);
    let own = fixture_words::own_words(&pseudo);
    let escaped: Vec<&str> = aimsgap::i18n::escaped_words(&text, &[])
        .into_iter()
        .filter(|w| !own.contains(*w))
        // An owner's name cut short to fit its lane ("Tom Weber (HR Business Pa…").
        .filter(|w| {
            let end = w.as_ptr() as usize - text.as_ptr() as usize + w.len();
            !(text[end..].starts_with('…') && own.iter().any(|o| o.starts_with(*w)))
        })
        .collect();
    assert!(
        escaped.is_empty(),
        "drawn outside the catalogue: {escaped:?}"
    );
    // The image in the document is drawn from the same chart.
    assert!(docx::gantt_png(&pseudo.roadmap).is_some());
}

/// Rendered in the pseudo-locale, every word a reader of the Word report sees (body, header,
/// footer, properties, image descriptions) comes from the catalogue (inside its markers) or is
/// the fixture's own: an English literal in the writer fails this test.
#[test]
fn every_word_of_the_word_report_comes_from_the_catalogue_or_the_fixture() {
    let report = fixture_in(Lang::Pseudo);
    let bytes = render(&report);
    let text = visible_text(&bytes);
    assert!(text.contains(PSEUDO_OPEN) && text.contains(PSEUDO_CLOSE));
    let own = fixture_words::own_words(&report);
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

/// The pseudo-locale's test over the parts the fixture leaves out: a final report (its
/// finalised date, stamp and sign-off), with the private notes, a changed questionnaire,
/// answers kept from questions removed since, the cost estimate, and the progress since an
/// earlier assessment.
#[test]
fn every_word_of_a_final_reassessment_comes_from_the_catalogue_or_the_fixture() {
    let r = fixture_words::final_reassessment(fixture_in(Lang::Pseudo));
    let bytes = render(&r);
    let text = visible_text(&bytes);
    for part in [
        "4.9-x",
        "4.9-z",
        "EUR",
        "abababab",
        "2026-05-04",
        "2026-11-20",
    ] {
        assert!(text.contains(part), "{part}");
    }
    let own = fixture_words::own_words(&r);
    let stamp = "ab".repeat(32);
    let data = ["Dana Partner EUR", stamp.as_str()];
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
}

/// How wide `text` is set in DejaVu Sans (the font embedded for the Gantt chart, and what
/// LibreOffice sets Calibri in where it is missing) at `size` half-points, in twips; bold a
/// fifth wider. Measured here on its own, apart from the writer's estimate.
fn dejavu_twips(text: &str, size: f64, bold: bool) -> f64 {
    use skrifa::MetadataProvider;
    use skrifa::instance::{LocationRef, Size};
    let font = skrifa::FontRef::new(include_bytes!("../fonts/DejaVuSans-subset.ttf")).unwrap();
    let (charmap, metrics) = (
        font.charmap(),
        font.glyph_metrics(Size::new(1.0), LocationRef::default()),
    );
    let em: f64 = text
        .chars()
        .map(|c| {
            let advance = charmap.map(c).and_then(|g| metrics.advance_width(g));
            f64::from(advance.unwrap_or(0.7))
        })
        .sum();
    em * if bold { 1.2 } else { 1.0 } * size * 10.0
}

/// The text between `open` and `close` each time, in order.
fn between<'a>(xml: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    xml.split(open)
        .skip(1)
        .filter_map(|s| s.split_once(close).map(|(inside, _)| inside))
        .collect()
}

/// A number attribute of the first `tag` in `xml`.
fn attribute(xml: &str, tag: &str, name: &str) -> Option<f64> {
    let at = xml.find(tag)?;
    let rest = &xml[at..];
    let rest = &rest[rest.find(&format!("{name}=\""))? + name.len() + 2..];
    rest[..rest.find('"')?].parse().ok()
}

/// No table of the report breaks a word of its headings or a date inside it: every column
/// is at least as wide as those, measured in the widest font the report may be set in.
/// (The roadmap's table broke "Priorit/y", "Effor/t" and every due date before.)
#[test]
fn no_table_breaks_a_heading_word_or_a_date() {
    for lang in [Lang::En, Lang::De] {
        let xml = part(&render(&fixture_in(lang)), "word/document.xml");
        let tables = between(&xml, "<w:tbl>", "</w:tbl>");
        assert!(tables.len() > 20, "{lang:?}: {} tables", tables.len());
        let mut checked = 0;
        for table in tables {
            let margins = between(table, "<w:tblCellMar>", "</w:tblCellMar>");
            let padding = margins
                .first()
                .and_then(|m| attribute(m, "<w:left", "w:w"))
                .map_or(2.0 * 108.0, |left| 2.0 * left);
            for row in between(table, "<w:tr>", "</w:tr>") {
                let header = row.contains("<w:tblHeader");
                for cell in between(row, "<w:tc>", "</w:tc>") {
                    let width = attribute(cell, "<w:tcW", "w:w").expect("a cell width");
                    for run in between(cell, "<w:r>", "</w:r>") {
                        let size = attribute(run, "<w:sz ", "w:val").unwrap_or(20.0);
                        let bold = run.contains("<w:b />");
                        let text: String =
                            between(run, "<w:t xml:space=\"preserve\">", "</w:t>").concat();
                        let text = unescape(&text);
                        let words: Vec<&str> = if header {
                            text.split_whitespace()
                                .flat_map(|w| w.split_inclusive('-'))
                                .collect()
                        } else {
                            // Dates, as the report writes them in either language.
                            text.split_whitespace()
                                .filter(|w| {
                                    w.len() == 10
                                        && w.chars().filter(char::is_ascii_digit).count() == 8
                                })
                                .collect()
                        };
                        for word in words {
                            let needs = dejavu_twips(word, size, bold) + padding;
                            assert!(
                                needs <= width + 1.0,
                                "{lang:?}: {word:?} needs {needs:.0} twips, its column is {width}"
                            );
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 200, "{lang:?}: only {checked} words checked");
    }
}
