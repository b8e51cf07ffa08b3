//! The HTML gap report, rendered from the fixed fixture: a golden snapshot, and targeted checks
//! on escaping, self-containment, charts, completeness and the print stylesheet.

mod common;
#[path = "common/fixture_words.rs"]
#[allow(dead_code)] // each test file uses part of it
mod fixture_words;

use aimsgap::assessment::{Answer, Response};
use aimsgap::i18n::{Lang, PSEUDO_CLOSE, PSEUDO_OPEN};
use aimsgap::questionnaire::SectionKind;
use aimsgap::report::{Orphan, Report, html, method};
use common::{EMOJI, MULTILINE, RTL, SCRIPT, fixture, fixture_in, long_note};

/// The same escaping the report promises, written out independently.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The text of the element that starts with `start` (an opening tag prefix, unique in the
/// document) up to the first `end` after it.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} not found"));
    let rest = &html[from..];
    let to = rest.find(end).unwrap_or_else(|| panic!("{end} not found"));
    &rest[..to + end.len()]
}

/// The opening tag that most closely encloses byte position `at`.
fn enclosing_tag(html: &str, at: usize) -> &str {
    let open = html[..at].rfind('<').unwrap();
    let close = open + html[open..].find('>').unwrap();
    &html[open..=close]
}

#[test]
fn golden_snapshot() {
    let html = html::render(&fixture());
    insta::assert_snapshot!("report", html);
}

#[test]
fn same_report_same_bytes() {
    let report = fixture();
    assert_eq!(html::render(&report), html::render(&report));
}

#[test]
fn user_text_is_escaped_and_no_markup_gets_through() {
    let html = html::render(&fixture());
    assert!(!html.to_lowercase().contains("<script"), "a script tag");
    assert!(!html.contains(SCRIPT), "the hostile text appears unescaped");
    assert!(
        html.contains(&escaped(SCRIPT)),
        "the hostile text is missing"
    );
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    // The owner with angle brackets, the excluded control's justification.
    assert!(html.contains("Ana &lt;ana@example.com&gt;"));
    assert!(html.contains(&escaped(common::FORMULA)));

    // Every tag in the document is one the renderer writes: nothing typed by a user or a
    // questionnaire author turns into markup.
    const TAGS: &[&str] = &[
        "!DOCTYPE",
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "header",
        "main",
        "nav",
        "section",
        "article",
        "figure",
        "figcaption",
        "h1",
        "h2",
        "h3",
        "h4",
        "p",
        "div",
        "span",
        "dl",
        "dt",
        "dd",
        "h5",
        "ul",
        "ol",
        "li",
        "a",
        "b",
        "i",
        "small",
        "code",
        "br",
        "table",
        "colgroup",
        "col",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "svg",
        "g",
        "line",
        "rect",
        "text",
        "tspan",
        "polygon",
        "circle",
    ];
    for (at, _) in html.match_indices('<') {
        let rest = html[at + 1..].trim_start_matches('/');
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        assert!(
            TAGS.contains(&name.as_str()),
            "unexpected tag <{name} at {at}: {}",
            &html[at..(at + 60).min(html.len())]
        );
    }
}

#[test]
fn questionnaire_text_is_escaped_too_also_inside_the_charts() {
    let mut report = fixture();
    let clause = report
        .sections
        .iter_mut()
        .find(|s| s.kind == SectionKind::Clause)
        .unwrap();
    clause.title = "Context <blink>& \"more\"</blink>".into();
    let group = report
        .sections
        .iter_mut()
        .find(|s| s.kind == SectionKind::Annex)
        .unwrap();
    group.title = "Policies <marquee>'AI'</marquee>".into();
    report.questions[0].prompt = "Tell me <u>everything</u>".into();
    report.assessment.questionnaire.title = "Gap <em>analysis</em>".into();
    report.labels.title = "Review <s>now</s>".into();
    report.labels.annex = "Annex <kbd>A</kbd>".into();
    report.labels.disclaimer = "Not <b>certified</b>".into();
    let html = html::render(&report);
    for raw in [
        "<blink>",
        "<marquee>",
        "<u>",
        "<em>",
        "<s>",
        "<kbd>",
        "<b>certified",
    ] {
        assert!(!html.contains(raw), "{raw} came through");
    }
    let bars = between(&html, "<svg class=\"bars\"", "</svg>");
    assert!(bars.contains("Context &lt;blink&gt;&amp; &quot;more&quot;&lt;/blink&gt;"));
    let radar = between(&html, "<svg class=\"radar\"", "</svg>");
    assert!(radar.contains("Policies &lt;marquee&gt;&#39;AI&#39;&lt;/marquee&gt;"));
    assert!(html.contains("Tell me &lt;u&gt;everything&lt;/u&gt;"));
    assert!(html.contains("<title>Review &lt;s&gt;now&lt;/s&gt;: "));
    assert!(html.contains("Findings: Annex &lt;kbd&gt;A&lt;/kbd&gt; controls"));
    assert!(html.contains("Not &lt;b&gt;certified&lt;/b&gt;"));
    assert!(html.contains("Gap &lt;em&gt;analysis&lt;/em&gt;"));
}

#[test]
fn nothing_is_fetched_and_nothing_runs() {
    let html = html::render(&fixture());
    let lower = html.to_lowercase();
    for banned in [
        "<link", "@import", "url(", "src=", "<img", "<iframe", "<object", "<embed",
    ] {
        assert!(!lower.contains(banned), "found {banned}");
    }
    for handler in [" onload=", " onclick=", " onerror=", "javascript:"] {
        assert!(!lower.contains(handler), "found {handler}");
    }
    // Links only point inside the document.
    for (at, _) in html.match_indices("href=\"") {
        let value = &html[at + 6..];
        assert!(
            value.starts_with('#'),
            "a link leaves the document: {}",
            &value[..40.min(value.len())]
        );
    }
    assert!(!lower.contains("href=\"http") && !lower.contains("src=\"http"));
}

#[test]
fn bar_chart_has_one_bar_per_clause_and_radar_one_axis_per_annex_group() {
    let report = fixture();
    let html = html::render(&report);
    assert!(html.matches("<svg").count() >= 2);

    let clauses: Vec<_> = report
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Clause)
        .collect();
    let bars = between(&html, "<svg class=\"bars\"", "</svg>");
    assert_eq!(bars.matches("<rect class=\"bar ").count(), clauses.len());
    assert_eq!(bars.matches("<line class=\"target\"").count(), 1);
    for s in &clauses {
        let value = s.figures.score.map(|v| format!("{v:.1}")).unwrap();
        assert!(bars.contains(&format!("{} {}", s.id, s.title)), "{}", s.id);
        assert!(bars.contains(&format!(">{value}</text>")), "{}", s.id);
    }

    let groups: Vec<_> = report
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Annex)
        .collect();
    let radar = between(&html, "<svg class=\"radar\"", "</svg>");
    assert_eq!(radar.matches("class=\"axis\"").count(), groups.len());
    for g in &groups {
        assert!(radar.contains(&format!(">{} <tspan", g.id)), "{}", g.id);
    }
    // The score polygon has one vertex per group, and so does the target.
    let points = |class: &str| {
        let poly = between(
            radar,
            &format!("<polygon class=\"{class}\" points=\""),
            "\"/>",
        );
        poly.split('"').nth(3).unwrap().split(' ').count()
    };
    assert_eq!(points("score"), groups.len());
    assert_eq!(points("target"), groups.len());
}

#[test]
fn soa_lists_every_control() {
    let report = fixture();
    assert_eq!(report.soa.len(), 38);
    let html = html::render(&report);
    let soa = between(&html, "<section class=\"soa major\"", "</section>");
    assert_eq!(
        soa.matches("<tr class=\"soa-row\"").count(),
        report.soa.len()
    );
    for row in &report.soa {
        assert!(
            soa.contains(&format!("<td class=\"ref\">{}</td>", row.control)),
            "{}",
            row.control
        );
        assert!(soa.contains(row.implementation.label()));
    }
    let excluded = report.soa.iter().filter(|r| !r.applicable).count();
    assert!(excluded > 0);
    assert_eq!(soa.matches("No, excluded").count(), excluded);
}

#[test]
fn summary_groups_the_blockers_by_section_and_gives_the_largest_gaps_their_action() {
    let report = fixture();
    let html = html::render(&report);
    let summary = between(&html, "<section class=\"summary major\"", "</section>");
    let blockers = report.blockers();
    assert!(!blockers.is_empty());
    let list = between(summary, "<ul class=\"blockers\">", "</ul>");
    let sections: std::collections::BTreeSet<&str> =
        blockers.iter().map(|q| q.section.as_str()).collect();
    // One item per section with blockers, its count, and every requirement concerned.
    assert_eq!(list.matches("<li>").count(), sections.len());
    for g in &report.summary.blockers {
        assert!(list.contains(&format!("<b class=\"count\">{}</b>", g.count)));
    }
    for q in &blockers {
        assert!(list.contains(&q.reference), "blocker {}", q.id);
    }
    let gaps = report.gaps();
    let top = between(summary, "<table class=\"top\">", "</table>");
    assert_eq!(top.matches("<tr class=\"gap-row\"").count(), 5);
    for q in gaps.iter().take(5) {
        assert!(
            top.contains(&format!("href=\"#q-{}\"", q.id)),
            "gap {}",
            q.id
        );
        assert!(
            top.contains(&escaped(&q.recommendation)),
            "action of {}",
            q.id
        );
    }
    // The sixth is not in the table.
    assert!(!top.contains(&format!("href=\"#q-{}\"", gaps[5].id)));
    // Overall figures by part.
    let pct = |x: Option<f64>| format!("{:.0}%", x.unwrap() * 100.0);
    assert!(summary.contains(&pct(report.overall.all.readiness)));
    assert!(summary.contains(&format!(
        "Clauses 4–10 <b>{}</b> · Annex A <b>{}</b>",
        pct(report.overall.clauses.readiness),
        pct(report.overall.annex.readiness)
    )));
}

#[test]
fn hostile_text_survives_whole_and_displays_right() {
    let html = html::render(&fixture());
    assert!(
        html.contains(&long_note()),
        "the 10,000-character note is cut"
    );
    assert!(html.contains(EMOJI));
    let at = html.find(RTL).expect("right-to-left text missing");
    assert!(
        enclosing_tag(&html, at).contains("dir=\"auto\""),
        "{}",
        enclosing_tag(&html, at)
    );
    // Line breaks kept, Windows line endings normalised, each line in its own element.
    assert!(!html.contains('\r'));
    let expected = MULTILINE
        .replace("\r\n", "\n")
        .split('\n')
        .map(|l| format!("<span dir=\"auto\">{l}</span>"))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(html.contains(&expected));
    assert!(html.contains(".text { white-space: pre-wrap; }"));
    assert!(html.contains("overflow-wrap: anywhere"));
}

#[test]
fn every_question_has_a_card_with_its_answer() {
    let report = fixture();
    let html = html::render(&report);
    assert_eq!(
        html.matches("<article class=\"q ").count(),
        report.questions.len()
    );
    for q in &report.questions {
        let card = between(&html, &format!("id=\"q-{}\"", q.id), "</article>");
        // A recommendation only where there is a gap: a conforming answer's finding is the
        // practice to keep.
        match q.action() {
            Some(action) => assert!(card.contains(&escaped(action)), "{}", q.id),
            None => assert!(
                !card.contains(&escaped(&q.recommendation)) && !card.contains(">Recommendation"),
                "{} shows a recommendation without a gap",
                q.id
            ),
        }
        if q.conforming() && !q.finding.trim().is_empty() {
            assert!(card.contains("<dt>Practice to keep</dt>"), "{}", q.id);
        }
        if let Some(m) = q.maturity {
            assert!(
                card.contains(&format!("{m} · {}", report.level_label(m))),
                "{}",
                q.id
            );
        }
        if let Some(p) = q.priority {
            assert!(card.contains(&p.label()), "{}", q.id);
        }
        for e in &q.evidence {
            assert!(card.contains(&escaped(e)), "{}: evidence {e}", q.id);
        }
        if let Some(b) = q.basis {
            assert!(card.contains(b.describe()), "{}: basis", q.id);
        }
        for (fw, refs) in &q.crosswalk {
            let title = report
                .crosswalks
                .iter()
                .find(|f| &f.id == fw)
                .map_or(fw.as_str(), |f| f.title.as_str());
            assert!(card.contains(&escaped(title)), "{}: {fw}", q.id);
            for r in refs {
                assert!(card.contains(&escaped(r)));
            }
        }
        if let Some(d) = q.due {
            assert!(card.contains(&d.to_string()));
        }
    }
}

#[test]
fn roadmap_lists_every_action_milestones_and_late_flags() {
    let report = fixture();
    let html = html::render(&report);
    let roadmap = between(&html, "<section class=\"roadmap major\"", "</section>");
    let actions = &report.roadmap.actions;
    assert_eq!(
        roadmap.matches("<tr class=\"action\">").count(),
        actions.len()
    );
    let late = actions.iter().filter(|x| x.late).count();
    assert!(late > 0);
    assert_eq!(roadmap.matches("class=\"badge late\"").count(), late);
    assert!(
        roadmap.contains("class=\"badge late over\""),
        "an owner the plan waits for"
    );
    for x in actions {
        assert!(roadmap.contains(&format!("<td class=\"n\">{}</td>", x.step)));
        assert!(roadmap.contains(&format!("{}<br>– {}", x.start, x.end)));
        // Each question the action closes links to its card.
        for q in &x.questions {
            assert!(roadmap.contains(&format!("href=\"#q-{q}\">{q}</a>")), "{q}");
        }
        if x.questions.len() > 1 {
            assert!(roadmap.contains(&escaped(&x.text())), "{}", x.text());
        }
    }
    assert!(
        actions.iter().any(|x| x.questions.len() > 1),
        "a shared action"
    );
    assert_eq!(report.roadmap.milestones.len(), 2);
    for m in &report.roadmap.milestones {
        assert!(roadmap.contains(&escaped(&m.name)));
        assert!(roadmap.contains(&m.date.strftime("%-d %B %Y").to_string()));
    }
    let unassessed = report
        .roadmap
        .milestones
        .iter()
        .find(|m| m.unassessed > 0)
        .expect("the fixture leaves questions unanswered");
    let n = unassessed.unassessed;
    assert!(roadmap.contains(&if n == 1 {
        "1 question in its scope not yet answered; the date assumes it needs no work".to_string()
    } else {
        format!("{n} questions in its scope not yet answered; the date assumes they need no work")
    }));
    for p in &report.phases {
        assert!(roadmap.contains(&escaped(&p.title)));
    }
}

#[test]
fn sections_come_in_order_with_appendix_and_disclaimer() {
    let report = fixture();
    let html = html::render(&report);
    let order = [
        "<header class=\"cover\"",
        "id=\"summary\"",
        "id=\"clauses\"",
        "id=\"annex\"",
        "id=\"soa\"",
        "id=\"roadmap\"",
        "id=\"engagement\"",
        "id=\"sign-off\"",
        "id=\"method\"",
        "id=\"warnings\"",
        "id=\"disclaimer\"",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|m| html.find(m).unwrap_or_else(|| panic!("{m} missing")))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    let appendix = between(&html, "<section class=\"method major\"", "</section>");
    for part in method::appendix(&report) {
        assert!(appendix.contains(&format!("<h3>{}</h3>", escaped(&part.title))));
        for p in part.paragraphs.iter().chain(&part.bullets) {
            assert!(appendix.contains(&escaped(p)), "{p}");
        }
    }
    let disclaimer = between(&html, "id=\"disclaimer\"", "</section>");
    assert!(disclaimer.contains(&escaped(&report.labels.disclaimer)));
    assert!(disclaimer.contains(&escaped(&report.labels.copyright)));
    // Every warning is listed.
    let warnings = between(&html, "id=\"warnings\"", "</section>");
    for w in &report.warnings {
        assert!(warnings.contains(&escaped(&w.message)));
    }
}

#[test]
fn cover_names_client_scope_assessor_and_questionnaire() {
    let report = fixture();
    let html = html::render(&report);
    let cover = between(&html, "<header class=\"cover\"", "</header>");
    let a = &report.assessment;
    for text in [
        &a.organisation,
        &a.scope,
        &a.assessor,
        &a.questionnaire.title,
        &a.questionnaire.version,
    ] {
        assert!(cover.contains(&escaped(text)), "{text}");
    }
    assert!(cover.contains("23 November 2026"));
    assert!(cover.contains("16:00 UTC"), "generated time");
    assert!(!cover.contains("has changed since"));

    let mut changed = report.clone();
    changed.assessment.questionnaire.changed_since_taken = true;
    changed.assessment.questionnaire.taken_version = "2025.9".into();
    let html = html::render(&changed);
    let cover = between(&html, "<header class=\"cover\"", "</header>");
    assert!(cover.contains("has changed since"));
    assert!(cover.contains("version 2025.9"));
}

#[test]
fn orphaned_answers_are_listed_and_an_empty_check_has_no_section() {
    let mut report = fixture();
    report.orphaned_answers.push(Orphan {
        question_id: "4.9-z".into(),
        answer: Answer {
            response: Response::Maturity { level: 2 },
            finding: SCRIPT.into(),
            evidence: vec!["Old register".into()],
            owner: "Dana".into(),
            ..Answer::default()
        },
    });
    let html = html::render(&report);
    let warnings = between(&html, "id=\"warnings\"", "</section>");
    assert!(warnings.contains(">4.9-z</td>"));
    assert!(warnings.contains(&escaped(SCRIPT)));
    assert!(warnings.contains("Old register"));

    report.orphaned_answers.clear();
    report.warnings.clear();
    let html = html::render(&report);
    assert!(!html.contains("id=\"warnings\""));
    assert!(!html.contains("href=\"#warnings\""));
}

#[test]
fn print_stylesheet_gives_clean_pages() {
    let html = html::render(&fixture());
    let style = between(&html, "<style>", "</style>");
    assert!(style.contains("@media print"));
    assert!(style.contains("size: A4"));
    assert!(style.contains("@page"));
    let print = &style[style.find("@media print").unwrap()..];
    assert!(print.contains(".cover, section.summary { break-after: page;"));
    assert!(print.contains("section.major { margin-top: 0; break-before: page;"));
    assert!(print.contains("break-inside: avoid"));
    assert!(print.contains(".q, tr,"));
    assert!(print.contains("thead { display: table-header-group; }"));
}

#[test]
fn a_report_without_gaps_still_renders() {
    let mut report: Report = fixture();
    for q in &mut report.questions {
        q.priority = None;
        q.rank = None;
        q.gap = Some(0);
    }
    report.roadmap.actions.clear();
    report.priorities.p1 = 0;
    report.priorities.p2 = 0;
    report.priorities.p3 = 0;
    let report = report.with_summary();
    let html = html::render(&report);
    assert!(html.contains("No question scored as a certification blocker"));
    assert!(!html.contains("<table class=\"top\">"));
    assert!(html.contains("no remediation action is planned"));
    assert!(html.ends_with("</html>\n"));
}

/// "Procuremen/t Lead": a name in a narrow column was broken inside a word, because the page
/// lets any text break anywhere. Names are marked as names, which break between words only.
#[test]
fn owner_names_break_between_words_only() {
    let report = fixture();
    let html = html::render(&report);
    assert!(
        html.contains(".name { overflow-wrap: normal; word-break: keep-all; hyphens: manual; }")
    );
    let owner = "Eva de Vries (Procurement Lead)";
    assert!(report.questions.iter().any(|q| q.owner == owner));
    // The Gantt chart's lane labels are SVG text, which never wraps.
    let chart = between(&html, "<svg class=\"gantt\"", "</svg>");
    let bare = html.matches(&escaped(owner)).count() - chart.matches(&escaped(owner)).count();
    let named = html
        .matches(&format!("<span class=\"name\">{}</span>", escaped(owner)))
        .count();
    assert!(named > 0);
    assert_eq!(bare, named, "an owner outside a name span");
    // The roadmap's owner column is wide enough for "(Procurement" at its font size.
    let roadmap = between(&html, "<table class=\"actions\">", "</colgroup>");
    let widths: Vec<f64> = roadmap
        .split("width:")
        .skip(1)
        .map(|w| w.split('%').next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(widths.len(), 8);
    assert!(widths[5] >= 15.0, "owner column {}%", widths[5]);
}

/// On paper (Chromium's print to PDF): the page mark is printed once per page, by the
/// page's top margin box, in red while a draft; the on-screen banner, fixed in place, would
/// land a second time over the foot of the text, so print hides it. The cover holds its
/// page (no minimum height that pushes its last line onto a page of its own), and a
/// requirement's heading and intent stay with its first question.
#[test]
fn print_marks_each_page_once_and_keeps_headings_with_what_they_head() {
    let r = fixture();
    let html = html::render(&r);
    let css = between(&html, "@media print {", "\n}\n");
    assert!(css.contains(".page-mark { display: none; }"), "{css}");
    assert!(!css.contains("position: fixed"), "{css}");
    assert!(!r.is_final());
    assert!(html.contains(&format!(
        "@top-center {{ content: \"{}\"; color: #9b1c1c; }}",
        r.page_mark()
    )));
    assert!(css.contains(".cover { min-height: 0;"), "{css}");
    let keep = css
        .lines()
        .find(|l| l.contains("break-after: avoid"))
        .unwrap();
    for selector in ["h3", "h4", ".intent"] {
        assert!(keep.contains(selector), "{keep}");
    }
    // The engagement record's tables in tighter rows: the demo's sixteen documents no
    // longer leave their last row alone on a page.
    assert!(
        css.contains(".engagement th, .engagement td { padding-top: 0.7mm;"),
        "{css}"
    );
}

/// The roadmap's Gantt chart has one lane per owner and one bar per action, red for the late
/// ones and dark for the critical path; the owners' table lists each owner's load and says
/// which ones the plan waits for.
#[test]
fn the_gantt_chart_and_owner_loads_follow_the_plan() {
    let report = fixture();
    let html = html::render(&report);
    let r = &report.roadmap;
    let chart = between(&html, "<svg class=\"gantt\"", "</svg>");
    assert_eq!(chart.matches("<rect class=\"bar").count(), r.actions.len());
    let late = r.actions.iter().filter(|a| a.late).count();
    assert!(late > 0);
    assert_eq!(chart.matches("<rect class=\"bar late\"").count(), late);
    let critical = r.actions.iter().filter(|a| a.critical && !a.late).count();
    assert!(critical > 0);
    assert_eq!(
        chart.matches("<rect class=\"bar critical\"").count(),
        critical
    );
    assert_eq!(
        chart.matches("<text class=\"label\"").count(),
        r.owners.len()
    );
    assert!(r.owners.len() > 3, "the demo's owners work in parallel");
    let table = between(&html, "<table class=\"owners\">", "</table>");
    assert_eq!(
        table.matches("<tr class=\"owner\">").count(),
        r.owners.len()
    );
    let waited = r.owners.iter().filter(|o| o.over_allocated).count();
    assert_eq!(table.matches("Over-allocated").count(), waited);
    let total: f64 = r.owners.iter().map(|o| o.days).sum();
    assert!((total - r.total_days).abs() < 1e-9);
    // The pace in the intro is the owners' own.
    assert!(html.contains(&format!("worked {}", r.pace())));
}

/// What a reader of the page sees: the text between the tags (the style sheet left out),
/// entities decoded; the attributes a reader is shown (title, alt, aria-label); and the
/// strings the print style sheet puts in the page margins.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        let node = &rest[..lt];
        out.push_str(node);
        // A label cut short to fit ("⟦Çĺáúšé…") has lost its closing marker: closed here, so
        // that the rest of the page is not read as inside it.
        if node.ends_with('…') {
            let open = node.matches(PSEUDO_OPEN).count();
            let closed = node.matches(PSEUDO_CLOSE).count();
            out.push_str(&PSEUDO_CLOSE.repeat(open.saturating_sub(closed)));
        }
        out.push(' ');
        let end = rest[lt..].find('>').map_or(rest.len(), |i| lt + i + 1);
        let tag = &rest[lt..end];
        for attribute in [" title=\"", " alt=\"", " aria-label=\""] {
            for (at, _) in tag.match_indices(attribute) {
                let value = &tag[at + attribute.len()..];
                out.push_str(&value[..value.find('"').unwrap()]);
                out.push(' ');
            }
        }
        rest = &rest[end..];
        if tag.starts_with("<style") {
            let close = rest.find("</style>").unwrap();
            for rule in rest[..close].split("content:").skip(1) {
                let value = &rule[..rule.find(';').unwrap()];
                for (i, part) in value.split('"').enumerate() {
                    if i % 2 == 1 {
                        out.push_str(part);
                        out.push(' ');
                    }
                }
            }
            rest = &rest[close..];
        }
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The German report: German headings, labels and sentences, decimal commas, German dates,
/// and none of the English headings.
#[test]
fn a_german_report_is_written_in_german() {
    let report = fixture_in(Lang::De);
    let html = html::render(&report);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"de-DE\">"));
    for german in [
        "Bericht zur Lückenanalyse",
        "<dt>Anwendungsbereich</dt>",
        "<dt>Datum der Bewertung</dt><dd dir=\"auto\" class=\"text\">23.11.2026</dd>",
        "<h2>Inhalt</h2>",
        "<span class=\"num\">1</span> Zusammenfassung für die Geschäftsleitung</h2>",
        "Feststellungen: Anforderungen an das Managementsystem",
        "Entwurf der Erklärung zur Anwendbarkeit",
        "<h3 id=\"risks\">Risikoregister</h3>",
        "<h3>Aufgaben in Reihenfolge</h3>",
        "Durchführung der Bewertung",
        "Dokumentenlenkung und Freigabe",
        "<h2>Anhang: Methodik</h2>",
        "<h2>Haftungsausschluss</h2>",
        "<span class=\"k\">Zielerreichung</span>",
        "<th scope=\"col\">Verantwortlich</th>",
        "<th scope=\"col\">Anforderung</th>",
        "Reifegrad je Kapitel im Vergleich zum Ziel",
        "content: \"Seite \" counter(page) \" von \" counter(pages);",
        "Lückenanalyse, keine Zertifizierung",
    ] {
        assert!(html.contains(german), "{german}");
    }
    for english in [
        ">Gap analysis report<",
        ">Assessment date<",
        ">Contents<",
        "Executive summary</",
        "Findings: management system clauses",
        "Draft Statement of Applicability",
        ">Risk register<",
        ">Actions in order<",
        "Engagement record<",
        "Document control and sign-off<",
        ">Appendix: method<",
        ">Disclaimer<",
        ">Readiness<",
        "Maturity per clause",
        "largest gaps and what to do",
        "not a certification",
        "person-days in all",
        "\"Page \"",
    ] {
        assert!(!html.contains(english), "{english}");
    }
    // Scores with a decimal comma, in the key figures and on the charts.
    let score = between(&html, "<span class=\"k\">Reifegrad</span>", "<small>");
    let value = score
        .trim_end_matches("<small>")
        .rsplit('>')
        .next()
        .unwrap();
    let shape: String = value
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect();
    assert_eq!(shape, "9,9", "{score}");
    let bars = between(&html, "<svg class=\"bars\"", "</svg>");
    assert!(bars.contains("<text class=\"value\""), "{bars}");
    for value in bars.split("<text class=\"value\"").skip(1) {
        let text = &value[value.find('>').unwrap() + 1..value.find("</text>").unwrap()];
        assert!(text == "–" || text.contains(','), "{text}");
    }
    // Percentages with a space before the sign, dates as 30.11.2026, in tables and prose.
    assert!(html.contains("\u{a0}%</span>"));
    let actions = between(&html, "<table class=\"actions\">", "</table>");
    let start = report.roadmap.actions[0].start;
    assert!(actions.contains(&format!(
        "<td class=\"date\">{:02}.{:02}.{}<br>",
        start.day(),
        start.month(),
        start.year()
    )));
    assert!(!actions.contains(&format!("{start}")));
    let r = &report.roadmap;
    assert!(html.contains(&format!(
        "ab dem {:02}.{:02}.{}",
        r.start.day(),
        r.start.month(),
        r.start.year()
    )));
}

/// Rendered in the pseudo-locale, every word a reader sees comes from the catalogue (inside
/// its markers) or is the fixture's own (a name, a reference, the questionnaire's text): an
/// English literal in the renderer fails this test.
#[test]
fn every_word_of_the_page_comes_from_the_catalogue_or_the_fixture() {
    let report = fixture_in(Lang::Pseudo);
    let mut html = html::render(&report);
    // Not the HTML report's own words and not yet in the catalogue: the method appendix
    // (`report::method`). Its text is taken out as that module writes it, so that nothing the
    // page adds around it is spared; once it speaks the pseudo-locale this takes out nothing.
    let mut foreign: Vec<String> = Vec::new();
    for part in method::appendix(&report) {
        foreign.push(part.title.clone());
        foreign.extend(part.paragraphs.iter().chain(&part.bullets).cloned());
    }
    for text in foreign.iter().filter(|t| !t.starts_with(PSEUDO_OPEN)) {
        html = html.replace(&escaped(text), "");
    }
    let text = visible_text(&html);
    let own = fixture_words::own_words(&report);
    let mut escaped: Vec<&str> = aimsgap::i18n::escaped_words(&text, &[])
        .into_iter()
        .filter(|w| !own.contains(*w))
        // A name cut short to fit ("Tom Weber (HR Business Pa…").
        .filter(|w| {
            let end = w.as_ptr() as usize - text.as_ptr() as usize + w.len();
            !(text[end..].starts_with('…') && own.iter().any(|o| o.starts_with(*w)))
        })
        .collect();
    escaped.sort_unstable();
    escaped.dedup();
    assert!(
        escaped.is_empty(),
        "words outside the catalogue: {escaped:?}"
    );
}
