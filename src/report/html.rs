//! HTML gap report: one self-contained file (inline CSS and SVG, no script, nothing fetched).
//!
//! Renders the [`Report`] model and nothing else: every figure comes from the model, and every
//! piece of text that a user or a questionnaire supplied goes through [`esc`]. The output is
//! deterministic (same report, same bytes) and prints to a clean A4 PDF.

use std::fmt::Write as _;

use jiff::civil::Date;

use super::method;
use super::{
    FiguresRow, Implementation, QuestionRow, Report, RequirementRow, SectionRow, SoaRow, card_word,
};
use crate::i18n::Lang;
use crate::questionnaire::SectionKind;
use crate::scoring::{Priority, Status, days_in as days, one_decimal_in, percent_in};
use crate::t;

/// Appends formatted text to a `String`; writing to a `String` cannot fail.
macro_rules! w {
    ($out:expr, $($arg:tt)*) => {
        let _ = write!($out, $($arg)*);
    };
}

pub fn render(report: &Report) -> String {
    let lang = report.lang;
    let toc = contents(report);
    let mut out = String::with_capacity(256 * 1024);
    let a = &report.assessment;
    w!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light\">\n\
         <meta name=\"generator\" content=\"{} {}\">\n\
         <title>{}: {} ({})</title>\n<style>{}{}{}</style>\n<style>{}</style>\n</head>\n<body>\n",
        lang.tag(),
        esc(report.generator.name),
        esc(report.generator.version),
        esc(&report.labels.title),
        esc(&a.organisation),
        lang.date(a.date),
        STYLE,
        page_footer_style(lang),
        STYLE_PRINT,
        page_mark_style(report)
    );
    // On screen at the top; in print repeated at the head of every page.
    w!(
        out,
        "<div class=\"page-mark{}\" role=\"note\">{}</div>\n",
        if report.is_final() { "" } else { " draft" },
        esc(&report.page_mark())
    );
    cover(&mut out, report, &toc);
    out.push_str("<main>\n");
    for (n, entry) in toc.iter().enumerate() {
        let number = entry.numbered.then_some(n + 1);
        match entry.part {
            Part::Summary => summary(&mut out, report, number),
            Part::Progress => {
                if let Some(p) = &report.progress {
                    out.push_str(&p.html_section(2, number));
                }
            }
            Part::SelfAssessment => self_assessment(&mut out, report, number),
            Part::Warnings => warnings(&mut out, report, number),
            Part::Findings(kind) => findings(&mut out, report, kind, number),
            Part::Soa => soa(&mut out, report, number),
            Part::Roadmap => roadmap(&mut out, report, number),
            Part::OpenPoints => open_points(&mut out, report, number),
            Part::Engagement => engagement(&mut out, report, number),
            Part::SignOff => sign_off(&mut out, report),
            Part::Method => appendix(&mut out, report),
            Part::Disclaimer => disclaimer(&mut out, report),
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/// The bytes that can start a character [`esc`] changes: ASCII markup and controls (but tab,
/// LF and CR), the first byte of the C1 controls (U+0080–U+009F: C2 80–C2 9F) and of U+FFFE,
/// U+FFFF (EF BF BE, EF BF BF).
const ESC_MAY_CHANGE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = !matches!(b as u8, b'\t' | b'\n' | b'\r');
        b += 1;
    }
    let mut i = 0;
    let others = [b'&', b'<', b'>', b'"', b'\'', 0x7F, 0xC2, 0xEF];
    while i < others.len() {
        table[others[i] as usize] = true;
        i += 1;
    }
    table
};

/// Escapes text for HTML element content and quoted attribute values (also inside SVG).
/// Control characters that HTML does not allow (NUL and the other C0 and C1 controls but tab,
/// line feed and carriage return) and the noncharacters U+FFFE and U+FFFF become U+FFFD, so
/// that something visibly stands in their place.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Runs of characters that stay as they are are copied whole: most text has nothing to
    // escape, and a character at a time was a seventh of the report's time.
    let bytes = text.as_bytes();
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !ESC_MAY_CHANGE[usize::from(b)] {
            i += 1;
            continue;
        }
        let special = match b {
            0xC2 => matches!(bytes.get(i + 1), Some(0x80..=0x9F)),
            0xEF => {
                bytes.get(i + 1) == Some(&0xBF) && matches!(bytes.get(i + 2), Some(0xBE | 0xBF))
            }
            _ => true,
        };
        if !special {
            i += 1;
            continue;
        }
        out.push_str(&text[from..i]);
        let c = text[i..].chars().next().expect("a character starts here");
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push('\u{FFFD}'),
        }
        i += c.len_utf8();
        from = i;
    }
    out.push_str(&text[from..]);
    out
}

/// Multi-line user text: escaped, line endings normalised, each line isolated with its own
/// direction so a right-to-left line displays correctly inside a left-to-right note. Shown in
/// an element with `white-space: pre-wrap`, so the line breaks stay.
fn lines(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.split('\n')
        .map(|line| {
            if line.is_empty() {
                String::new()
            } else {
                format!("<span dir=\"auto\">{}</span>", esc(line))
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// An id safe for an attribute and a fragment link.
fn anchor(prefix: &str, id: &str) -> String {
    let id: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{prefix}-{id}")
}

/// A ratio as a whole percentage, by the reports' one rounding rule, as the language writes
/// it ("43%", "43 %"); a dash when there is none.
fn pct(lang: Lang, x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_string(), |x| percent_in(lang, Some(x)))
}

/// A score to one decimal, by the reports' one rounding rule, with the language's decimal
/// separator; a dash when there is none.
fn score(lang: Lang, x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_string(), |x| one_decimal_in(lang, Some(x)))
}

/// A coordinate for SVG: one decimal, never "-0.0".
fn num(x: f64) -> String {
    let s = format!("{x:.1}");
    if s == "-0.0" { "0.0".to_string() } else { s }
}

/// A date in running text and on the cover: "23 November 2026" in English, as the language
/// writes dates otherwise ("23.11.2026").
fn long_date(lang: Lang, d: Date) -> String {
    match lang {
        Lang::En => d.strftime("%-d %B %Y").to_string(),
        Lang::De | Lang::Pseudo => lang.date(d),
    }
}

/// A moment on the cover and in document control: "23 November 2026, 16:00 UTC".
fn timestamp(lang: Lang, at: jiff::Timestamp) -> String {
    let utc = at.to_zoned(jiff::tz::TimeZone::UTC);
    t!(
        lang,
        "html-timestamp",
        date = &long_date(lang, utc.date()),
        time = &utc.strftime("%H:%M").to_string()
    )
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn status_badge(lang: Lang, status: Status) -> String {
    let class = match status {
        Status::Conforming => "ok",
        Status::Partial => "part",
        Status::Absent => "absent",
        Status::Excluded => "excl",
        Status::NotAssessed => "na",
    };
    format!(
        "<span class=\"badge st-{class}\">{}</span>",
        status.label_in(lang)
    )
}

fn priority_badge(lang: Lang, p: Priority, long: bool) -> String {
    let class = match p {
        Priority::P1 => "p1",
        Priority::P2 => "p2",
        Priority::P3 => "p3",
    };
    if long {
        format!(
            "<span class=\"badge {class}\">{}</span>",
            esc(&p.label_in(lang))
        )
    } else {
        format!(
            "<span class=\"badge {class}\" title=\"{}\">{}</span>",
            esc(&p.describe_in(lang)),
            p.as_str()
        )
    }
}

fn implementation_badge(lang: Lang, i: Implementation) -> String {
    let class = match i {
        Implementation::Implemented => "ok",
        Implementation::PartiallyImplemented => "part",
        Implementation::NotImplemented => "absent",
        Implementation::NotAssessed => "na",
        Implementation::Excluded => "excl",
    };
    format!(
        "<span class=\"badge st-{class}\">{}</span>",
        i.label_in(lang)
    )
}

/// "2 · Managed", or just the number when the scale has no label for it.
fn level(report: &Report, m: u8) -> String {
    let label = report.level_label(m);
    if label.is_empty() {
        m.to_string()
    } else {
        format!("{m} · {}", esc(label))
    }
}

/// "3 (Defined)", for running text.
fn level_prose(report: &Report, m: u8) -> String {
    let label = report.level_label(m);
    if label.is_empty() {
        m.to_string()
    } else {
        format!("{m} ({})", esc(label))
    }
}

fn top_level(report: &Report) -> u8 {
    report
        .scale
        .iter()
        .map(|l| l.level)
        .max()
        .unwrap_or(5)
        .max(1)
}

fn section_name(s: &SectionRow) -> String {
    format!("{} {}", s.id, s.title)
}

// ---------------------------------------------------------------------------------------------
// Contents

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Summary,
    /// A re-assessment's progress since the assessment it was copied from.
    Progress,
    /// The client's self-assessment against the assessor's levels.
    SelfAssessment,
    Warnings,
    OpenPoints,
    Engagement,
    SignOff,
    Findings(SectionKind),
    Soa,
    Roadmap,
    Method,
    Disclaimer,
}

struct Entry {
    part: Part,
    id: &'static str,
    title: String,
    numbered: bool,
}

fn contents(report: &Report) -> Vec<Entry> {
    let lang = report.lang;
    let has = |kind| report.sections.iter().any(|s| s.kind == kind);
    let mut toc = vec![Entry {
        part: Part::Summary,
        id: "summary",
        title: t!(lang, "report-heading-summary"),
        numbered: true,
    }];
    if let Some(p) = &report.progress {
        toc.push(Entry {
            part: Part::Progress,
            id: "progress",
            title: p.heading(),
            numbered: true,
        });
    }
    if report.self_assessment.is_some() {
        toc.push(Entry {
            part: Part::SelfAssessment,
            id: "self-assessment",
            title: crate::survey::Comparison::heading_in(lang),
            numbered: true,
        });
    }
    if has(SectionKind::Clause) {
        toc.push(Entry {
            part: Part::Findings(SectionKind::Clause),
            id: "clauses",
            title: findings_title(report, SectionKind::Clause),
            numbered: true,
        });
    }
    if has(SectionKind::Annex) {
        toc.push(Entry {
            part: Part::Findings(SectionKind::Annex),
            id: "annex",
            title: findings_title(report, SectionKind::Annex),
            numbered: true,
        });
    }
    if !report.soa.is_empty() {
        toc.push(Entry {
            part: Part::Soa,
            id: "soa",
            title: t!(lang, "report-heading-soa-draft"),
            numbered: true,
        });
    }
    toc.push(Entry {
        part: Part::Roadmap,
        id: "roadmap",
        title: t!(lang, "report-heading-roadmap"),
        numbered: true,
    });
    if !report.open_points.is_empty() {
        toc.push(Entry {
            part: Part::OpenPoints,
            id: "open-points",
            title: t!(lang, "report-heading-open-points"),
            numbered: true,
        });
    }
    toc.push(Entry {
        part: Part::Engagement,
        id: "engagement",
        title: t!(lang, "report-heading-engagement"),
        numbered: true,
    });
    toc.push(Entry {
        part: Part::SignOff,
        id: "sign-off",
        title: t!(lang, "report-heading-sign-off"),
        numbered: false,
    });
    toc.push(Entry {
        part: Part::Method,
        id: "method",
        title: t!(lang, "report-heading-method"),
        numbered: false,
    });
    // QA points are for the assessor: an appendix of a draft, never in a final report.
    if !report.warnings.is_empty() || !report.orphaned_answers.is_empty() {
        toc.push(Entry {
            part: Part::Warnings,
            id: "warnings",
            title: t!(lang, "report-heading-completeness"),
            numbered: false,
        });
    }
    toc.push(Entry {
        part: Part::Disclaimer,
        id: "disclaimer",
        title: t!(lang, "report-heading-disclaimer"),
        numbered: false,
    });
    toc
}

/// The heading of a findings section.
fn findings_title(report: &Report, kind: SectionKind) -> String {
    match kind {
        SectionKind::Clause => t!(report.lang, "report-heading-findings-clauses"),
        SectionKind::Annex => t!(
            report.lang,
            "report-heading-findings-annex",
            annex = &report.labels.annex
        ),
    }
}

/// A table's column widths, in percent: `en` for English and the pseudo-locale, `long` for
/// German, whose compounds need wider columns for the headers to fit; none (the columns share
/// the width) when the list is empty.
fn colgroup(lang: Lang, en: &[&str], long: &[&str]) -> String {
    let widths = match lang {
        Lang::De => long,
        Lang::En | Lang::Pseudo => en,
    };
    if widths.is_empty() {
        return String::new();
    }
    let mut s = String::from("<colgroup>");
    for w in widths {
        w!(s, "<col style=\"width:{w}%\">");
    }
    s.push_str("</colgroup>");
    s
}

fn heading(out: &mut String, number: Option<usize>, title: &str) {
    match number {
        Some(n) => {
            w!(
                out,
                "<h2><span class=\"num\">{n}</span> {}</h2>\n",
                esc(title)
            );
        }
        None => {
            w!(out, "<h2>{}</h2>\n", esc(title));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Cover

fn cover(out: &mut String, report: &Report, toc: &[Entry]) {
    let lang = report.lang;
    let a = &report.assessment;
    let qn = &a.questionnaire;
    w!(
        out,
        "<header class=\"cover\" id=\"cover\">\n<p class=\"kicker\">{}</p>\n\
         <h1 dir=\"auto\">{}</h1>\n<p class=\"client\" dir=\"auto\">{}</p>\n",
        t!(lang, "html-cover-kicker"),
        esc(&qn.title),
        esc(&a.organisation)
    );
    out.push_str("<dl class=\"facts\">\n");
    let facts: [(&str, String); 4] = [
        ("report-fact-organisation", esc(&a.organisation)),
        ("report-fact-scope", esc(&a.scope)),
        ("report-fact-assessor", esc(&a.assessor)),
        ("report-fact-date", long_date(lang, a.date)),
    ];
    for (k, v) in facts {
        let v = if v.trim().is_empty() {
            format!(
                "<span class=\"muted\">{}</span>",
                t!(lang, "report-not-recorded")
            )
        } else {
            v
        };
        w!(
            out,
            "<div><dt>{}</dt><dd dir=\"auto\" class=\"text\">{v}</dd></div>\n",
            t!(lang, k)
        );
    }
    w!(
        out,
        "<div><dt>{}</dt><dd>{}</dd></div>\n",
        t!(lang, "report-fact-questionnaire"),
        t!(
            lang,
            "html-cover-questionnaire",
            title = &format!("<span dir=\"auto\">{}</span>", esc(&qn.title)),
            version = &esc(&qn.version),
            id = &format!("<span class=\"muted\">({})</span>", esc(&qn.id))
        )
    );
    w!(
        out,
        "<div><dt>{}</dt><dd>{}</dd></div>\n",
        t!(lang, "report-fact-target"),
        level(report, a.target)
    );
    let c = &report.document_control;
    w!(
        out,
        "<div><dt>{}</dt><dd>{}</dd></div>\n",
        t!(lang, "report-fact-report"),
        t!(
            lang,
            "html-cover-report",
            status = report.status_label(),
            version = &esc(&c.report_version),
            confidentiality = &format!("<span dir=\"auto\">{}</span>", esc(&c.confidentiality))
        )
    );
    w!(
        out,
        "<div><dt>{}</dt><dd>{}</dd></div>\n</dl>\n",
        t!(lang, "report-fact-generated"),
        t!(
            lang,
            "html-cover-generated",
            date = &long_date(
                lang,
                report.generated_at.to_zoned(jiff::tz::TimeZone::UTC).date()
            ),
            time = &report.generated_at.strftime("%H:%M").to_string(),
            generator = &esc(report.generator.name),
            version = &esc(report.generator.version)
        )
    );
    match &report.stamp {
        Some(stamp) => {
            w!(
                out,
                "<p class=\"notice stamp\" role=\"note\"><b>{}</b> {}</p>\n",
                t!(lang, "html-cover-final"),
                t!(
                    lang,
                    "html-cover-stamp",
                    label = &t!(lang, "report-stamp-label"),
                    stamp = &format!("<code class=\"sha\">{stamp}</code>"),
                    command = &format!("<code>{}</code>", esc(&report.stamp_check()))
                )
            );
        }
        None => {
            w!(
                out,
                "<p class=\"notice draft\" role=\"note\"><b>{}</b></p>\n",
                esc(&t!(lang, "report-draft-notice"))
            );
        }
    }
    if report.private_notes_included {
        w!(
            out,
            "<p class=\"notice private\" role=\"note\"><strong>{}</strong> {}</p>\n",
            t!(lang, "report-private-notes-included"),
            esc(&t!(lang, "report-private-notes-warning"))
        );
    }
    if qn.changed_since_taken {
        let code = |h: &str| format!("<code>{}</code>", esc(short_hash(h)));
        w!(
            out,
            "<p class=\"notice\" role=\"note\"><strong>{}</strong> {}</p>\n",
            t!(lang, "html-cover-changed"),
            t!(
                lang,
                "html-cover-changed-detail",
                taken = &esc(&qn.taken_version),
                taken_hash = &code(&qn.taken_hash),
                version = &esc(&qn.version),
                hash = &code(&qn.hash)
            )
        );
    }
    let contents = t!(lang, "report-heading-contents");
    w!(
        out,
        "<nav class=\"toc\" aria-label=\"{}\">\n<h2>{}</h2>\n<ol>\n",
        esc(&contents),
        contents
    );
    for (n, e) in toc.iter().enumerate() {
        let num = if e.numbered {
            format!("<span class=\"num\">{}</span>", n + 1)
        } else {
            "<span class=\"num\"></span>".to_string()
        };
        w!(out, "<li>{num}<a href=\"#{}\">{}</a>", e.id, esc(&e.title));
        if let Part::Findings(kind) = e.part {
            out.push_str("<span class=\"sub\">");
            let links: Vec<String> = report
                .sections
                .iter()
                .filter(|s| s.kind == kind)
                .map(|s| format!("<a href=\"#{}\">{}</a>", anchor("s", &s.id), esc(&s.id)))
                .collect();
            out.push_str(&links.join(" · "));
            out.push_str("</span>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</nav>\n");
    w!(
        out,
        "<p class=\"cover-note\">{}</p>\n</header>\n",
        t!(
            lang,
            "html-cover-note",
            link = &format!(
                "<a href=\"#disclaimer\">{}</a>",
                t!(lang, "html-cover-note-link")
            )
        )
    );
}

/// "Clauses 4–10" → "clauses 4–10", for use inside a sentence.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

fn short_hash(h: &str) -> &str {
    h.get(..12).unwrap_or(h)
}

// ---------------------------------------------------------------------------------------------
// Executive summary

fn summary(out: &mut String, report: &Report, number: Option<usize>) {
    let lang = report.lang;
    let a = &report.assessment;
    let all = &report.overall.all;
    out.push_str("<section class=\"summary major\" id=\"summary\">\n");
    heading(out, number, &t!(lang, "report-heading-summary"));

    // The headline, in words.
    let mut lead = t!(
        lang,
        "html-summary-lead",
        ready = all.ready,
        count = all.applicable,
        readiness = &pct(lang, all.readiness),
        target = &level_prose(report, a.target),
        answered = all.answered,
        coverage = &pct(lang, all.coverage)
    );
    let p = &report.priorities;
    let gaps = p.p1 + p.p2 + p.p3;
    lead.push(' ');
    if gaps > 0 {
        lead.push_str(&t!(
            lang,
            "html-summary-gaps",
            count = gaps,
            p1 = p.p1,
            p2 = p.p2,
            p3 = p.p3
        ));
    } else {
        lead.push_str(&t!(lang, "html-summary-no-gaps"));
    }
    let ms: Vec<String> = report
        .roadmap
        .milestones
        .iter()
        .map(|m| {
            t!(
                lang,
                "report-summary-milestone-expected",
                milestone = &esc(&m.name),
                date = &long_date(lang, m.date)
            )
        })
        .collect();
    if let Some(why) = &report.roadmap.impossible {
        w!(lead, " {}", esc(why));
    } else if !report.roadmap.actions.is_empty() && !ms.is_empty() {
        w!(
            lead,
            " {}",
            t!(
                lang,
                "report-summary-pace",
                pace = &esc(&report.roadmap.pace()),
                milestones = &super::and_list(lang, &ms)
            )
        );
    }
    // The drafted narrative says the same in its opening paragraph; a written one may not.
    if report.summary.written {
        w!(out, "<p class=\"lead\">{lead}</p>\n");
    }
    narrative(out, report);

    // Key figures, overall and by part of the standard.
    let (c, x) = (&report.overall.clauses, &report.overall.annex);
    let split = |f: &dyn Fn(&FiguresRow) -> String| {
        format!(
            "<span class=\"split\">{} <b>{}</b> · {} <b>{}</b></span>",
            esc(&report.labels.clauses),
            f(c),
            esc(&report.labels.annex),
            f(x)
        )
    };
    out.push_str("<div class=\"kpis\">\n");
    w!(
        out,
        "<div class=\"kpi\"><span class=\"k\">{}</span><span class=\"v\">{}</span>\
         <span class=\"d\">{}</span>{}</div>\n",
        t!(lang, "report-kpi-readiness"),
        pct(lang, all.readiness),
        t!(
            lang,
            "html-kpi-readiness",
            ready = all.ready,
            count = all.applicable
        ),
        split(&|f| pct(lang, f.readiness))
    );
    w!(
        out,
        "<div class=\"kpi\"><span class=\"k\">{}</span><span class=\"v\">{}</span>\
         <span class=\"d\">{}</span>{}</div>\n",
        t!(lang, "report-kpi-coverage"),
        pct(lang, all.coverage),
        t!(
            lang,
            "html-kpi-coverage",
            answered = all.answered,
            count = all.applicable
        ),
        split(&|f| pct(lang, f.coverage))
    );
    w!(
        out,
        "<div class=\"kpi\"><span class=\"k\">{}</span><span class=\"v\">{}\
         <small> {}</small></span><span class=\"d\">{}</span>{}</div>\n",
        t!(lang, "report-kpi-score"),
        score(lang, all.score),
        t!(
            lang,
            "html-kpi-score-of",
            top = top_level(report).to_string().as_str()
        ),
        t!(
            lang,
            "report-kpi-score-note",
            target = a.target.to_string().as_str()
        ),
        split(&|f| score(lang, f.score))
    );
    w!(
        out,
        "<div class=\"kpi\"><span class=\"k\">{}</span><span class=\"v\">{}</span>\
         <span class=\"d\">{}</span>\
         <span class=\"split\">P1 <b>{}</b> · P2 <b>{}</b> · P3 <b>{}</b></span></div>\n",
        t!(lang, "report-kpi-gaps"),
        gaps,
        t!(lang, "report-kpi-blockers", count = p.p1),
        p.p1,
        p.p2,
        p.p3
    );
    out.push_str("</div>\n");
    costs(out, report);

    // Charts: clauses on the left, Annex A on the right with its key.
    out.push_str("<div class=\"charts\">\n");
    let clauses: Vec<&SectionRow> = report
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Clause)
        .collect();
    if !clauses.is_empty() {
        w!(
            out,
            "<figure class=\"chart\">\n<figcaption>{}</figcaption>\n",
            t!(lang, "html-chart-clauses")
        );
        bar_chart(out, report, &clauses);
        out.push_str("</figure>\n");
    }
    let groups: Vec<&SectionRow> = report
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Annex)
        .collect();
    if !groups.is_empty() {
        w!(
            out,
            "<figure class=\"chart radar-fig\">\n<figcaption>{}</figcaption>\n",
            t!(lang, "html-chart-annex", annex = &esc(&report.labels.annex))
        );
        radar_chart(out, report, &groups);
        out.push_str("<ul class=\"key\">\n");
        for g in &groups {
            w!(
                out,
                "<li><b>{}</b> {} <span class=\"muted\">{}</span></li>\n",
                esc(&g.id),
                esc(&g.title),
                score(lang, g.figures.score)
            );
        }
        out.push_str("</ul>\n</figure>\n");
    }
    out.push_str("</div>\n");

    // The largest gaps, each with its action.
    let top: Vec<&QuestionRow> = report
        .gaps()
        .into_iter()
        .take(super::summary::TOP_GAPS)
        .collect();
    if !top.is_empty() {
        w!(
            out,
            "<h3>{}</h3>\n<table class=\"top\">\n{}\n<thead><tr><th scope=\"col\" class=\"n\">#</th>\
             <th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            t!(lang, "report-top-gaps", count = top.len()),
            colgroup(
                lang,
                &["4", "19", "8", "7", "52", "10"],
                &["4", "17", "9", "10", "45", "15"]
            ),
            t!(lang, "report-col-requirement"),
            t!(lang, "report-col-maturity"),
            t!(lang, "report-col-priority"),
            t!(lang, "report-col-action"),
            t!(lang, "report-col-owner")
        );
        let none = t!(lang, "html-owner-none");
        for q in &top {
            w!(
                out,
                "<tr class=\"gap-row\"><td class=\"n\">{}</td><td><a class=\"ref\" \
                 href=\"#{}\">{}</a> {}</td><td class=\"n\">{} → {}</td><td>{}</td>\
                 <td dir=\"auto\" class=\"text\">{}</td><td dir=\"auto\">{}</td></tr>\n",
                q.rank.unwrap_or_default(),
                anchor("q", &q.id),
                esc(&q.reference),
                esc(&q.requirement_title),
                q.maturity
                    .map_or_else(|| "–".to_string(), |m| m.to_string()),
                a.target,
                q.priority
                    .map(|p| priority_badge(lang, p, false))
                    .unwrap_or_default(),
                esc(&q.recommendation),
                owner(&q.owner, &none)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }

    // Certification blockers grouped by section, with counts: one row per section at most,
    // so the page holds however many there are.
    let groups = &report.summary.blockers;
    if groups.is_empty() {
        w!(
            out,
            "<h3>{}</h3>\n<p>{}</p>\n",
            t!(lang, "report-heading-blockers"),
            t!(lang, "html-no-blockers")
        );
    } else {
        w!(
            out,
            "<h3>{}</h3>\n<ul class=\"blockers\">\n",
            t!(
                lang,
                "report-blockers-count",
                count = report.priorities.p1,
                sections = groups.len()
            )
        );
        for g in groups {
            let refs: Vec<String> = g.requirements.iter().map(|r| esc(r)).collect();
            w!(
                out,
                "<li><a class=\"ref\" href=\"#{}\">{}</a> {} <b class=\"count\">{}</b> \
                 <span class=\"ids\">{}</span></li>\n",
                anchor("s", &g.section),
                esc(&g.section),
                esc(&g.title),
                g.count,
                refs.join(", ")
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// The assessor's narrative, or the drafted one under a visible draft label.
fn narrative(out: &mut String, report: &Report) {
    let s = &report.summary;
    if s.paragraphs.is_empty() {
        return;
    }
    if s.written {
        out.push_str("<div class=\"narrative\">\n");
    } else {
        w!(
            out,
            "<div class=\"narrative draft\">\n<p class=\"draft-label\">{}</p>\n",
            esc(&super::summary::draft_label(report.lang))
        );
    }
    for p in &s.paragraphs {
        w!(out, "<p dir=\"auto\" class=\"text\">{}</p>\n", esc(p));
    }
    out.push_str("</div>\n");
}

/// A person's name: broken only between words, never inside one (see `.name` in the CSS);
/// `none` where nobody is named.
fn owner(o: &str, none: &str) -> String {
    if o.trim().is_empty() {
        format!("<span class=\"muted\">{none}</span>")
    } else {
        name(o)
    }
}

fn name(o: &str) -> String {
    format!("<span class=\"name\">{}</span>", esc(o))
}

/// Horizontal bars, one per section, with the target as a dashed line across them and the
/// scale along the bottom.
fn bar_chart(out: &mut String, report: &Report, sections: &[&SectionRow]) {
    let lang = report.lang;
    let top_l = top_level(report);
    let max = f64::from(top_l);
    let target = f64::from(report.assessment.target);
    let (width, left, right, top, row) = (360.0, 172.0, 318.0, 18.0, 24.0);
    let bottom = top + row * sections.len() as f64;
    let height = bottom + 38.0;
    let x = |v: f64| left + (right - left) * (v / max).clamp(0.0, 1.0);
    w!(
        out,
        "<svg class=\"bars\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"bars-t\">\
         <title id=\"bars-t\">{}</title>\n",
        num(width),
        num(height),
        t!(
            lang,
            "html-chart-clauses-title",
            target = report.assessment.target.to_string().as_str()
        )
    );
    let not_assessed = t!(lang, "html-chart-not-assessed");
    for l in 0..=top_l {
        let gx = x(f64::from(l));
        w!(
            out,
            "<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\
             <text class=\"tick\" x=\"{0}\" y=\"{3}\" text-anchor=\"middle\">{4}</text>\n",
            num(gx),
            num(top),
            num(bottom),
            num(bottom + 11.0),
            l
        );
    }
    for (i, s) in sections.iter().enumerate() {
        let y = top + row * i as f64;
        let mid = y + row / 2.0 + 3.5;
        w!(
            out,
            "<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}<title>{}</title></text>\n",
            num(left - 6.0),
            num(mid),
            esc(&truncate(&section_name(s), 30)),
            esc(&section_name(s))
        );
        let (class, w_bar, value, tip) = match s.figures.score {
            Some(v) => {
                let class = if v >= target {
                    "ok"
                } else if v >= target - 1.0 {
                    "part"
                } else {
                    "low"
                };
                (
                    class,
                    (x(v) - left).max(1.5),
                    score(lang, Some(v)),
                    score(lang, Some(v)),
                )
            }
            None => ("none", 1.5, "–".to_string(), not_assessed.clone()),
        };
        w!(
            out,
            "<rect class=\"bar {class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\">\
             <title>{}: {tip}</title></rect>\
             <text class=\"value\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{value}</text>\n",
            num(left),
            num(y + 5.0),
            num(w_bar),
            num(row - 10.0),
            esc(&section_name(s)),
            num(width - 2.0),
            num(mid)
        );
    }
    let tx = x(target);
    w!(
        out,
        "<line class=\"target\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\
         <text class=\"target-label\" x=\"{0}\" y=\"{3}\" text-anchor=\"middle\">{4}</text>\n",
        num(tx),
        num(top - 2.0),
        num(bottom + 2.0),
        num(top - 5.0),
        t!(
            lang,
            "html-chart-target",
            target = report.assessment.target.to_string().as_str()
        )
    );
    // What the colours mean; the value and the target line say it too.
    let ly = bottom + 30.0;
    w!(out, "<g class=\"legend\">");
    for (i, (class, text)) in [
        ("ok", t!(lang, "html-chart-at-target")),
        ("part", t!(lang, "html-chart-below-1")),
        ("low", t!(lang, "html-chart-below-more")),
    ]
    .into_iter()
    .enumerate()
    {
        let lx = 20.0 + 110.0 * i as f64;
        w!(
            out,
            "<rect class=\"swatch {class}\" x=\"{}\" y=\"{}\" width=\"10\" height=\"10\"/>\
             <text x=\"{}\" y=\"{}\">{text}</text>",
            num(lx),
            num(ly - 9.0),
            num(lx + 14.0),
            num(ly)
        );
    }
    out.push_str("</g>\n</svg>\n");
}

/// A spider chart: one axis per group, rings at each level, target and score as polygons.
fn radar_chart(out: &mut String, report: &Report, groups: &[&SectionRow]) {
    let lang = report.lang;
    let max = f64::from(top_level(report));
    let (cx, cy, r) = (150.0, 134.0, 94.0);
    let n = groups.len();
    let angle =
        |i: usize| -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n as f64;
    let point = |i: usize, v: f64| {
        let rr = r * (v / max).clamp(0.0, 1.0);
        (cx + rr * angle(i).cos(), cy + rr * angle(i).sin())
    };
    let polygon = |vals: &mut dyn Iterator<Item = f64>| -> String {
        vals.enumerate()
            .map(|(i, v)| {
                let (px, py) = point(i, v);
                format!("{},{}", num(px), num(py))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    w!(
        out,
        "<svg class=\"radar\" viewBox=\"0 0 300 278\" role=\"img\" aria-labelledby=\"radar-t\">\
         <title id=\"radar-t\">{}</title>\n",
        t!(
            lang,
            "html-chart-annex-title",
            annex = &esc(&report.labels.annex),
            target = report.assessment.target.to_string().as_str()
        )
    );
    for l in 1..=top_level(report) {
        let ring = polygon(&mut (0..n).map(|_| f64::from(l)));
        w!(out, "<polygon class=\"ring\" points=\"{ring}\"/>\n");
    }
    for (i, g) in groups.iter().enumerate() {
        let (ex, ey) = point(i, max);
        w!(
            out,
            "<line class=\"axis\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n",
            num(cx),
            num(cy),
            num(ex),
            num(ey)
        );
        let (lx, ly) = (
            cx + (r + 14.0) * angle(i).cos(),
            cy + (r + 14.0) * angle(i).sin(),
        );
        let anchor_pos = if (lx - cx).abs() < 8.0 {
            "middle"
        } else if lx > cx {
            "start"
        } else {
            "end"
        };
        let dy = if ly < cy - r * 0.9 {
            -4.0
        } else if ly > cy + r * 0.9 {
            12.0
        } else {
            4.0
        };
        w!(
            out,
            "<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor_pos}\">{} \
             <tspan class=\"value\">{}</tspan><title>{}: {}</title></text>\n",
            num(lx),
            num(ly + dy),
            esc(&g.id),
            score(lang, g.figures.score),
            esc(&section_name(g)),
            g.figures.score.map_or_else(
                || t!(lang, "html-chart-not-assessed"),
                |v| score(lang, Some(v))
            )
        );
    }
    for l in 1..=top_level(report) {
        let (_, ly) = point(0, f64::from(l));
        w!(
            out,
            "<text class=\"tick\" x=\"{}\" y=\"{}\">{l}</text>\n",
            num(cx + 3.0),
            num(ly + 9.0)
        );
    }
    let target = f64::from(report.assessment.target);
    w!(
        out,
        "<polygon class=\"target\" points=\"{}\"/>\n",
        polygon(&mut (0..n).map(|_| target))
    );
    w!(
        out,
        "<polygon class=\"score\" points=\"{}\"/>\n",
        polygon(&mut groups.iter().map(|g| g.figures.score.unwrap_or(0.0)))
    );
    for (i, g) in groups.iter().enumerate() {
        if let Some(v) = g.figures.score {
            let (px, py) = point(i, v);
            w!(
                out,
                "<circle class=\"dot\" cx=\"{}\" cy=\"{}\" r=\"2.5\"/>\n",
                num(px),
                num(py)
            );
        }
    }
    w!(
        out,
        "<g class=\"legend\"><line class=\"target\" x1=\"40\" y1=\"270\" x2=\"60\" y2=\"270\"/>\
         <text x=\"64\" y=\"274\">{}</text>\
         <rect class=\"score\" x=\"140\" y=\"264\" width=\"20\" height=\"11\"/>\
         <text x=\"164\" y=\"274\">{}</text></g>\n</svg>\n",
        t!(
            lang,
            "html-chart-target",
            target = report.assessment.target.to_string().as_str()
        ),
        t!(lang, "html-chart-found")
    );
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t = t.trim_end().to_string();
        t.push('…');
        t
    }
}

// ---------------------------------------------------------------------------------------------
// Completeness warnings and orphaned answers

fn warnings(out: &mut String, report: &Report, number: Option<usize>) {
    let lang = report.lang;
    out.push_str("<section class=\"warnings major\" id=\"warnings\">\n");
    heading(
        out,
        number,
        &t!(
            lang,
            if report.is_final() {
                "report-heading-orphans-kept"
            } else {
                "report-heading-completeness"
            }
        ),
    );
    if !report.warnings.is_empty() {
        w!(
            out,
            "<p>{}</p>\n",
            t!(lang, "html-warnings-intro", count = report.warnings.len())
        );
        let mut i = 0;
        while i < report.warnings.len() {
            let kind = report.warnings[i].kind;
            let group: Vec<_> = report.warnings[i..]
                .iter()
                .take_while(|f| f.kind == kind)
                .collect();
            w!(
                out,
                "<div class=\"finding\">\n<h3>{} <span class=\"count\">({})</span></h3>\n<ul>\n",
                esc(&kind.title_in(lang)),
                group.len()
            );
            for f in &group {
                w!(out, "<li dir=\"auto\">{}</li>\n", esc(&f.message));
            }
            out.push_str("</ul>\n</div>\n");
            i += group.len();
        }
    }
    if !report.orphaned_answers.is_empty() {
        w!(
            out,
            "<h3>{}</h3>\n<p>{}</p>\n\
             <table class=\"orphans\">\n<thead><tr><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th>{}\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            t!(lang, "html-orphans", count = report.orphaned_answers.len()),
            t!(lang, "html-orphans-intro"),
            t!(lang, "report-col-question"),
            t!(lang, "report-col-answer"),
            t!(lang, "report-col-finding"),
            if report.private_notes_included {
                format!(
                    "<th scope=\"col\">{}</th>",
                    t!(lang, "report-col-private-notes")
                )
            } else {
                String::new()
            },
            t!(lang, "report-col-evidence"),
            t!(lang, "report-col-owner")
        );
        let none = t!(lang, "html-owner-none");
        let no_evidence = t!(lang, "html-evidence-none");
        for o in &report.orphaned_answers {
            let answer = match &o.answer.response {
                crate::assessment::Response::Unanswered => t!(lang, "html-orphan-unanswered"),
                crate::assessment::Response::Maturity { level: m } => {
                    t!(lang, "html-orphan-maturity", level = &level(report, *m))
                }
                crate::assessment::Response::NotApplicable { justification } => t!(
                    lang,
                    "html-orphan-not-applicable",
                    justification = &format!("<span dir=\"auto\">{}</span>", esc(justification))
                ),
            };
            w!(
                out,
                "<tr><td class=\"ref\">{}</td><td>{}</td><td class=\"text\" dir=\"auto\">{}</td>\
                 {}<td>{}</td><td dir=\"auto\">{}</td></tr>\n",
                esc(&o.question_id),
                answer,
                lines(&o.answer.finding),
                if report.private_notes_included {
                    format!(
                        "<td class=\"text\" dir=\"auto\">{}</td>",
                        lines(&o.answer.notes)
                    )
                } else {
                    String::new()
                },
                evidence_list(&o.answer.evidence, &no_evidence),
                owner(&o.answer.owner, &none)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
}

fn evidence_list(items: &[String], none: &str) -> String {
    if items.is_empty() {
        return format!("<span class=\"muted\">{none}</span>");
    }
    let mut s = String::from("<ul class=\"evidence\">");
    for e in items {
        w!(s, "<li class=\"text\" dir=\"auto\">{}</li>", lines(e));
    }
    s.push_str("</ul>");
    s
}

// ---------------------------------------------------------------------------------------------
// Findings per section

fn findings(out: &mut String, report: &Report, kind: SectionKind, number: Option<usize>) {
    let lang = report.lang;
    let id = match kind {
        SectionKind::Clause => "clauses",
        SectionKind::Annex => "annex",
    };
    w!(out, "<section class=\"findings major\" id=\"{id}\">\n");
    heading(out, number, &findings_title(report, kind));
    let t = report.assessment.target;
    match kind {
        SectionKind::Clause => {
            // English writes the label in lower case inside the sentence; German keeps the
            // capital its nouns have.
            let clauses = match lang {
                Lang::De => report.labels.clauses.clone(),
                Lang::En | Lang::Pseudo => lower_first(&report.labels.clauses),
            };
            w!(
                out,
                "<p class=\"intro\">{}</p>\n",
                t!(
                    lang,
                    "html-findings-clauses-intro",
                    clauses = &esc(&clauses),
                    target = &level_prose(report, t)
                )
            );
        }
        SectionKind::Annex => {
            w!(
                out,
                "<p class=\"intro\">{}</p>\n",
                t!(
                    lang,
                    "html-findings-annex-intro",
                    annex = &esc(&report.labels.annex)
                )
            );
        }
    }
    let words = CardWords::new(lang);
    for s in report.sections.iter().filter(|s| s.kind == kind) {
        let f = &s.figures;
        let bold = |x: String| format!("<b>{x}</b>");
        w!(
            out,
            "<div class=\"section\" id=\"{}\">\n<h3><span class=\"ref\">{}</span> {}</h3>\n\
             <p class=\"figs\">{}</p>\n",
            anchor("s", &s.id),
            esc(&s.id),
            esc(&s.title),
            t!(
                lang,
                "html-section-figures",
                score = &bold(score(lang, f.score)),
                target = t.to_string().as_str(),
                coverage = &bold(pct(lang, f.coverage)),
                readiness = &bold(pct(lang, f.readiness)),
                ready = f.ready,
                count = f.applicable,
                excluded = f.questions - f.applicable
            )
        );
        for req in report.requirements.iter().filter(|r| r.section == s.id) {
            requirement_card(out, report, &words, req);
        }
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}

/// The words of a requirement card, looked up once for all the cards.
struct CardWords {
    maturity: String,
    target: String,
    gap: String,
    owner: String,
    due: String,
    not_applicable: String,
    not_assessed: String,
    none: String,
    exclusion: String,
    none_given: String,
    private_notes: String,
    evidence: String,
    no_evidence: String,
    intent: String,
    said_by: String,
    assessors_own: String,
    recommendation: String,
    awaiting_response: String,
    management_response: String,
    related: String,
    asked: String,
}

impl CardWords {
    fn new(lang: Lang) -> CardWords {
        CardWords {
            maturity: t!(lang, "report-col-maturity"),
            target: t!(lang, "report-col-target"),
            gap: t!(lang, "report-col-gap"),
            owner: t!(lang, "report-col-owner"),
            due: t!(lang, "report-col-due"),
            not_applicable: t!(lang, "html-card-not-applicable"),
            not_assessed: t!(lang, "html-card-not-assessed"),
            none: t!(lang, "html-owner-none"),
            exclusion: t!(lang, "html-card-exclusion"),
            none_given: t!(lang, "html-card-none-given"),
            private_notes: t!(lang, "report-card-private-notes"),
            evidence: t!(lang, "report-col-evidence"),
            no_evidence: t!(lang, "html-evidence-none"),
            intent: card_word(lang, "intent"),
            said_by: card_word(lang, "said-by"),
            assessors_own: card_word(lang, "assessors-own"),
            recommendation: card_word(lang, "recommendation"),
            awaiting_response: card_word(lang, "awaiting-response"),
            management_response: card_word(lang, "management-response"),
            related: card_word(lang, "related"),
            asked: card_word(lang, "asked"),
        }
    }
}

/// A requirement's card: its id, title and intent, then one block per question.
fn requirement_card(out: &mut String, report: &Report, words: &CardWords, req: &RequirementRow) {
    w!(
        out,
        "<div class=\"req\" id=\"{}\">\n<h4><span class=\"ref\">{}</span> {}</h4>\n",
        anchor("r", &req.reference),
        esc(&req.reference),
        esc(&req.title)
    );
    if !req.intent.trim().is_empty() {
        w!(
            out,
            "<p class=\"intent\" dir=\"auto\"><span class=\"lbl\">{}</span> {}</p>\n",
            words.intent,
            esc(&req.intent)
        );
    }
    for q in report
        .questions
        .iter()
        .filter(|q| q.reference == req.reference)
    {
        question(out, report, words, q);
    }
    out.push_str("</div>\n");
}

fn question(out: &mut String, report: &Report, words: &CardWords, q: &QuestionRow) {
    let lang = report.lang;
    let t = report.assessment.target;
    w!(
        out,
        "<article class=\"q {}\" id=\"{}\">\n<header><h5 class=\"qid\">{}</h5>\
         <div class=\"badges\">{}{}</div></header>\n",
        match (q.priority, q.status) {
            (Some(Priority::P1), _) => "pr-p1",
            (Some(Priority::P2), _) => "pr-p2",
            (Some(Priority::P3), _) => "pr-p3",
            (None, Status::Conforming) => "pr-ok",
            _ => "pr-none",
        },
        anchor("q", &q.id),
        esc(&q.id),
        status_badge(lang, q.status),
        q.priority
            .map(|p| priority_badge(lang, p, true))
            .unwrap_or_default()
    );
    // The figures.
    let maturity = match (q.maturity, q.not_applicable) {
        (_, true) => words.not_applicable.clone(),
        (Some(m), _) => level(report, m),
        (None, _) => format!("<span class=\"muted\">{}</span>", words.not_assessed),
    };
    let gap = q.gap.map_or_else(|| "–".to_string(), |g| g.to_string());
    let due = q.due.map_or_else(|| "–".to_string(), |d| lang.date(d));
    w!(
        out,
        "<dl class=\"metrics\"><div><dt>{}</dt><dd>{maturity}</dd></div>\
         <div><dt>{}</dt><dd>{}</dd></div><div><dt>{}</dt><dd>{gap}</dd></div>\
         <div><dt>{}</dt><dd dir=\"auto\">{}</dd></div><div><dt>{}</dt><dd>{due}</dd></div></dl>\n",
        words.maturity,
        words.target,
        level(report, t),
        words.gap,
        words.owner,
        owner(&q.owner, &words.none),
        words.due
    );
    out.push_str("<dl class=\"fields\">\n");
    if let Some(j) = &q.justification {
        let j = if j.trim().is_empty() {
            format!("<span class=\"muted\">{}</span>", words.none_given)
        } else {
            lines(j)
        };
        w!(
            out,
            "<div><dt>{}</dt><dd class=\"text\" dir=\"auto\">{j}</dd></div>\n",
            words.exclusion
        );
    }
    if !q.finding.trim().is_empty() {
        w!(
            out,
            "<div class=\"finding-text\"><dt>{}</dt><dd class=\"text\" dir=\"auto\">{}</dd></div>\n",
            q.finding_label(),
            lines(&q.finding)
        );
    }
    if let Some(notes) = q.notes.as_deref().filter(|n| !n.trim().is_empty()) {
        w!(
            out,
            "<div class=\"private\"><dt>{}</dt>\
             <dd class=\"text\" dir=\"auto\">{}</dd></div>\n",
            words.private_notes,
            lines(notes)
        );
    }
    if !q.not_applicable || !q.evidence.is_empty() || q.basis.is_some() {
        let basis = q.basis.map_or_else(String::new, |b| {
            format!(
                " <span class=\"basis\">{}</span>",
                t!(lang, "html-card-basis", basis = &b.describe_in(lang))
            )
        });
        w!(
            out,
            "<div><dt>{}</dt><dd>{}{basis}</dd></div>\n",
            words.evidence,
            evidence_list(&q.evidence, &words.no_evidence)
        );
    }
    if !q.said_by.is_empty() {
        // Each person as a name, which breaks between words only.
        let who: Vec<String> = q.said_by.iter().map(|a| name(&a.describe())).collect();
        w!(
            out,
            "<div class=\"said-by\"><dt>{}</dt><dd dir=\"auto\">{}</dd></div>\n",
            words.said_by,
            who.join(", ")
        );
    }
    // Only a gap has a recommendation: a conforming answer's finding is the practice to keep.
    if let Some(action) = q.action() {
        let own = if q.recommendation_by_assessor {
            format!(" <span class=\"muted\">{}</span>", words.assessors_own)
        } else {
            String::new()
        };
        w!(
            out,
            "<div><dt>{}{own}</dt><dd dir=\"auto\">{}</dd></div>\n",
            words.recommendation,
            esc(action)
        );
        let response = q.response().unwrap_or_default();
        let response = if response.trim().is_empty() {
            format!("<span class=\"muted\">{}</span>", words.awaiting_response)
        } else {
            lines(response)
        };
        w!(
            out,
            "<div class=\"response\"><dt>{}</dt><dd class=\"text\" dir=\"auto\">{response}</dd></div>\n",
            words.management_response
        );
    }
    let cross = crosswalk(report, q);
    if !cross.is_empty() {
        w!(
            out,
            "<div><dt>{}</dt><dd>{cross}</dd></div>\n",
            words.related
        );
    }
    out.push_str("</dl>\n");
    // The interview prompt, small, at the foot: the card is about the requirement.
    w!(
        out,
        "<p class=\"prompt\" dir=\"auto\">{}: {}</p>\n</article>\n",
        words.asked,
        esc(&q.prompt)
    );
}

/// Crosswalk references in the questionnaire's framework order, then any others by id.
fn crosswalk(report: &Report, q: &QuestionRow) -> String {
    let mut parts = Vec::new();
    for fw in &report.crosswalks {
        if let Some(refs) = q.crosswalk.get(&fw.id)
            && !refs.is_empty()
        {
            parts.push((fw.title.as_str(), refs));
        }
    }
    for (id, refs) in &q.crosswalk {
        if !refs.is_empty() && !report.crosswalks.iter().any(|f| &f.id == id) {
            parts.push((id.as_str(), refs));
        }
    }
    if parts.is_empty() {
        return String::new();
    }
    let mut s = String::from("<ul class=\"xwalk\">");
    for (title, refs) in parts {
        let refs: Vec<String> = refs.iter().map(|r| esc(r)).collect();
        w!(
            s,
            "<li><span class=\"fw\">{}</span> {}</li>",
            esc(title),
            refs.join(", ")
        );
    }
    s.push_str("</ul>");
    s
}

// ---------------------------------------------------------------------------------------------
// Statement of Applicability

fn soa(out: &mut String, report: &Report, number: Option<usize>) {
    let lang = report.lang;
    out.push_str("<section class=\"soa major\" id=\"soa\">\n");
    heading(out, number, &t!(lang, "report-heading-soa-draft"));
    let applicable = report.soa.iter().filter(|r| r.applicable).count();
    w!(
        out,
        "<p class=\"intro\">{}</p>\n",
        t!(
            lang,
            "html-soa-intro",
            count = report.soa.len(),
            annex = &esc(&report.labels.annex),
            applicable = applicable,
            excluded = report.soa.len() - applicable
        )
    );
    ai_systems(out, report);
    w!(
        out,
        "<table class=\"soa-table\">\n{}\n<thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\" class=\"n\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        colgroup(
            lang,
            &["8", "19", "10", "25", "16", "8", "14"],
            &["11", "16", "11", "24", "15", "9", "14"]
        ),
        t!(lang, "report-col-control"),
        t!(lang, "report-col-title"),
        t!(lang, "report-col-applicable"),
        t!(lang, "report-col-reason"),
        t!(lang, "report-col-implementation"),
        t!(lang, "report-col-maturity"),
        t!(lang, "html-soa-owner-evidence")
    );
    let words = SoaWords::new(lang);
    let mut group: Option<&str> = None;
    for row in &report.soa {
        if group != Some(row.group.as_str()) {
            group = Some(&row.group);
            w!(
                out,
                "<tr class=\"group\"><th colspan=\"7\" scope=\"rowgroup\">{} {}</th></tr>\n",
                esc(&row.group),
                esc(&row.group_title)
            );
        }
        soa_row(out, lang, &words, row);
    }
    out.push_str("</tbody>\n</table>\n");
    risk_register(out, report);
    out.push_str("</section>\n");
}

/// The AI systems in scope, which the SoA's decisions answer for; those recorded out of scope
/// are named after them.
fn ai_systems(out: &mut String, report: &Report) {
    let lang = report.lang;
    w!(
        out,
        "<h3 id=\"systems\">{}</h3>\n",
        t!(lang, "report-heading-ai-systems")
    );
    let (inside, outside): (Vec<_>, Vec<_>) = report.systems.iter().partition(|s| s.in_scope);
    if inside.is_empty() {
        w!(
            out,
            "<p class=\"muted\">{}</p>\n",
            t!(lang, "report-no-systems")
        );
    } else {
        w!(
            out,
            "<table class=\"systems-table\">\n{}\n<thead><tr><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            colgroup(
                lang,
                &["8", "22", "40", "15", "15"],
                &["8", "20", "35", "15", "22"]
            ),
            t!(lang, "report-col-system"),
            t!(lang, "report-col-name"),
            t!(lang, "report-col-purpose"),
            t!(lang, "report-col-ai-roles"),
            t!(lang, "report-col-eu-ai-act")
        );
        for s in &inside {
            w!(
                out,
                "<tr><td class=\"ref\">{}</td><td dir=\"auto\">{}</td><td class=\"text\" dir=\"auto\">{}</td><td>{}</td><td>{}</td></tr>\n",
                esc(&s.reference()),
                esc(&s.name),
                esc(&s.purpose),
                esc(&report.roles_text(&s.roles)),
                s.class.label_in(lang)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if !outside.is_empty() {
        w!(
            out,
            "<p class=\"muted\">{}</p>\n",
            t!(
                lang,
                "html-systems-outside",
                systems = &outside
                    .iter()
                    .map(|s| format!("{} {}", esc(&s.reference()), esc(&s.name)))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        );
    }
    w!(out, "<h3>{}</h3>\n", t!(lang, "report-heading-controls"));
}

/// The light risk register the SoA's risk-treatment reasons point to.
fn risk_register(out: &mut String, report: &Report) {
    let lang = report.lang;
    w!(
        out,
        "<h3 id=\"risks\">{}</h3>\n",
        t!(lang, "report-heading-risk-register")
    );
    if report.risks.is_empty() {
        w!(
            out,
            "<p class=\"muted\">{}</p>\n",
            t!(lang, "report-no-risks")
        );
        return;
    }
    w!(
        out,
        "<table class=\"risk-table\">\n{}\n<thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        colgroup(
            lang,
            &["8", "42", "10", "24", "16"],
            &["8", "40", "10", "24", "18"]
        ),
        t!(lang, "report-col-risk"),
        t!(lang, "report-col-title"),
        t!(lang, "report-col-risk-level"),
        t!(lang, "report-col-treated-by"),
        t!(lang, "report-col-roadmap-actions")
    );
    let no_control = t!(lang, "html-risk-no-control");
    let no_steps = t!(lang, "html-risk-no-steps");
    for r in &report.risks {
        let controls = if r.controls.is_empty() {
            format!("<span class=\"muted\">{no_control}</span>")
        } else {
            esc(&r.controls.join(", "))
        };
        let steps = if r.actions.is_empty() {
            format!("<span class=\"muted\">{no_steps}</span>")
        } else {
            esc(&r.steps())
        };
        w!(
            out,
            "<tr><td class=\"ref\">{}</td><td dir=\"auto\">{}</td><td>{}</td><td>{controls}</td><td>{steps}</td></tr>\n",
            esc(&r.reference),
            esc(&r.title),
            r.level.label_in(lang)
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// The words of the SoA's rows, looked up once for all of them.
struct SoaWords {
    yes: String,
    no: String,
    none_given: String,
}

impl SoaWords {
    fn new(lang: Lang) -> SoaWords {
        SoaWords {
            yes: t!(lang, "report-soa-yes"),
            no: t!(lang, "html-soa-no"),
            none_given: t!(lang, "html-card-none-given"),
        }
    }
}

fn soa_row(out: &mut String, lang: Lang, words: &SoaWords, row: &SoaRow) {
    let applicable = if row.applicable {
        format!("<span class=\"yes\">{}</span>", words.yes)
    } else {
        format!("<span class=\"no\">{}</span>", words.no)
    };
    let justification = if row.justification.trim().is_empty() {
        format!("<span class=\"muted\">{}</span>", words.none_given)
    } else {
        lines(&row.justification)
    };
    let justification = format!(
        "<span class=\"reason-type\">{}</span><br>{justification}",
        esc(&row.reason_type)
    );
    let mut implementation = implementation_badge(lang, row.implementation);
    if row.unassessed > 0 && row.implementation != Implementation::NotAssessed {
        w!(
            implementation,
            " <span class=\"muted\">{}</span>",
            t!(lang, "report-soa-unassessed", count = row.unassessed)
        );
    }
    w!(
        out,
        "<tr class=\"soa-row\" id=\"{}\"><td class=\"ref\">{}</td><td>{}</td><td>{applicable}</td>\
         <td class=\"text\" dir=\"auto\">{justification}</td><td>{implementation}</td>\
         <td class=\"n\">{}</td><td dir=\"auto\">{}</td></tr>\n",
        anchor("c", &row.control),
        esc(&row.control),
        esc(&row.title),
        score(lang, row.maturity),
        {
            let owner = if row.owner.trim().is_empty() {
                "<span class=\"muted\">–</span>".to_string()
            } else {
                name(&row.owner)
            };
            match row.last_evidence {
                Some(d) => format!(
                    "{owner}<br><span class=\"muted\">{}</span>",
                    t!(lang, "report-soa-evidence", date = &lang.date(d))
                ),
                None => owner,
            }
        }
    );
}

// ---------------------------------------------------------------------------------------------
// Roadmap

fn roadmap(out: &mut String, report: &Report, number: Option<usize>) {
    let lang = report.lang;
    let r = &report.roadmap;
    out.push_str("<section class=\"roadmap major\" id=\"roadmap\">\n");
    heading(out, number, &t!(lang, "report-heading-roadmap"));
    if let Some(why) = &r.impossible {
        w!(out, "<p class=\"intro warn\"><b>{}</b></p>\n", esc(why));
    } else if r.actions.is_empty() {
        w!(out, "<p>{}</p>\n", t!(lang, "html-roadmap-no-gaps"));
    } else {
        let late = r.actions.iter().filter(|x| x.late).count();
        w!(
            out,
            "<p class=\"intro\">{}",
            t!(
                lang,
                "html-roadmap-intro",
                count = r.actions.len(),
                days = &days(lang, r.total_days),
                pace = &esc(&r.pace()),
                start = &long_date(lang, r.start),
                end = &long_date(lang, r.end)
            )
        );
        if late > 0 {
            w!(
                out,
                " {}",
                t!(
                    lang,
                    "html-roadmap-late",
                    count = late,
                    mark = &format!("<i>{}</i>", t!(lang, "html-roadmap-late-mark"))
                )
            );
        }
        out.push_str("</p>\n");
    }

    // Milestones.
    out.push_str("<div class=\"milestones\">\n");
    for m in &r.milestones {
        w!(
            out,
            "<div class=\"milestone\"><span class=\"k\">{}</span><span class=\"v\">{}</span>\
             <span class=\"d\">{}</span>",
            esc(&m.name),
            long_date(lang, m.date),
            capitalise(&esc(&m.basis))
        );
        if m.unassessed > 0 {
            w!(
                out,
                "<span class=\"d warn\">{}</span>",
                t!(lang, "html-milestone-unanswered", count = m.unassessed)
            );
        } else {
            w!(
                out,
                "<span class=\"d\">{}</span>",
                t!(lang, "html-milestone-answered")
            );
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n");
    if r.impossible.is_none() {
        gantt(out, r, lang);
        owner_loads(out, r, lang);
    }

    // Phases.
    if !report.phases.is_empty() {
        w!(
            out,
            "<h3>{}</h3>\n<table class=\"phases\">\n{}\n<thead><tr><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th>\
             <th scope=\"col\" class=\"n\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            t!(lang, "report-heading-phases"),
            colgroup(
                lang,
                &["13", "43", "9", "11", "12", "12"],
                &["13", "40", "9", "14", "12", "12"]
            ),
            t!(lang, "report-col-phase"),
            t!(lang, "report-col-phase-covers"),
            t!(lang, "report-col-actions"),
            t!(lang, "report-col-person-days"),
            t!(lang, "report-col-from"),
            t!(lang, "report-col-to")
        );
        for p in &report.phases {
            let xs: Vec<_> = r.actions.iter().filter(|x| x.phase == p.id).collect();
            let (from, to) = match (
                xs.iter().map(|x| x.start).min(),
                xs.iter().map(|x| x.end).max(),
            ) {
                (Some(a), Some(b)) => (lang.date(a), lang.date(b)),
                _ => ("–".to_string(), "–".to_string()),
            };
            w!(
                out,
                "<tr><th scope=\"row\">{}</th><td>{}</td><td class=\"n\">{}</td>\
                 <td class=\"n\">{}</td><td class=\"date\">{from}</td><td class=\"date\">{to}</td></tr>\n",
                esc(&p.title),
                esc(&p.description),
                xs.len(),
                days(lang, xs.iter().map(|x| x.effort_days).sum())
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }

    // Work packages.
    if !r.packages.is_empty() {
        w!(
            out,
            "<h3>{}</h3>\n<table class=\"packages\">\n{}<thead><tr>",
            super::PackageRow::title_in(lang),
            colgroup(lang, &[], &["28", "10", "7", "13", "13", "29"])
        );
        for (i, c) in super::PackageRow::columns_in(lang).iter().enumerate() {
            let class = if (1..=2).contains(&i) {
                " class=\"n\""
            } else {
                ""
            };
            w!(out, "<th scope=\"col\"{class}>{c}</th>");
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        let unassigned = t!(lang, "report-unassigned");
        for p in &r.packages {
            let owners: Vec<String> = p
                .owners
                .iter()
                .map(|o| {
                    if o.trim().is_empty() {
                        format!("<span class=\"muted\">{unassigned}</span>")
                    } else {
                        name(o)
                    }
                })
                .collect();
            w!(
                out,
                "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td>\
                 <td class=\"n\">{}</td><td class=\"date\">{}</td>\
                 <td class=\"date\">{}</td><td>{}</td></tr>\n",
                esc(&p.title),
                p.actions,
                days(lang, p.days),
                lang.date(p.start),
                lang.date(p.end),
                owners.join(", ")
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }

    // Actions.
    if !r.actions.is_empty() {
        w!(
            out,
            "<h3>{}</h3>\n<table class=\"actions\">\n{}\n<thead><tr>\
             <th scope=\"col\" class=\"n\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             </tr></thead>\n<tbody>\n",
            t!(lang, "report-heading-actions"),
            colgroup(
                lang,
                &["5", "15", "29", "7", "7.5", "16", "11", "9.5"],
                &["7", "14", "28", "9", "9", "13", "10", "10"]
            ),
            t!(lang, "report-col-step"),
            t!(lang, "report-col-requirement"),
            t!(lang, "report-col-action"),
            t!(lang, "report-col-priority"),
            t!(lang, "report-col-effort"),
            t!(lang, "report-col-owner"),
            t!(lang, "report-col-start-end"),
            t!(lang, "report-col-due")
        );
        let proposed = t!(lang, "html-due-proposed");
        let proposed_title = esc(&t!(lang, "html-due-proposed-title"));
        let late = t!(lang, "html-due-late");
        let late_title = esc(&t!(lang, "html-due-late-title"));
        let none = t!(lang, "html-owner-none");
        let mut phase: Option<&str> = None;
        for x in &r.actions {
            if phase != Some(x.phase.as_str()) {
                phase = Some(&x.phase);
                w!(
                    out,
                    "<tr class=\"group\"><th colspan=\"8\" scope=\"rowgroup\">{}</th></tr>\n",
                    esc(&x.phase_title)
                );
            }
            let after = if x.after.is_empty() {
                String::new()
            } else {
                let refs: Vec<String> = x.after.iter().map(|a| esc(a)).collect();
                format!(
                    "<span class=\"after\">{}</span>",
                    t!(lang, "html-action-after", requirements = &refs.join(", "))
                )
            };
            let due = match x.due {
                None => match x.proposed_due {
                    Some(p) => format!(
                        "<span class=\"muted\" title=\"{proposed_title}\">{}<br>{proposed}</span>",
                        lang.date(p)
                    ),
                    None => "<span class=\"muted\">–</span>".to_string(),
                },
                Some(d) if x.late => format!(
                    "{}<br><span class=\"badge late\" title=\"{late_title}\">{late}</span>",
                    lang.date(d)
                ),
                Some(d) => lang.date(d),
            };
            // Every question the action closes, each a link to its card.
            let questions: Vec<String> = x
                .questions
                .iter()
                .map(|q| {
                    format!(
                        "<a class=\"ref\" href=\"#{}\">{}</a>",
                        anchor("q", q),
                        esc(q)
                    )
                })
                .collect();
            w!(
                out,
                "<tr class=\"action\"><td class=\"n\">{}</td><td>{} \
                 {}{after}</td><td dir=\"auto\">{}</td><td>{}</td><td>{} <span class=\"muted\">{}</span></td>\
                 <td dir=\"auto\">{}</td><td class=\"date\">{}<br>– {}</td>\
                 <td class=\"date\">{due}</td></tr>\n",
                x.step,
                questions.join(", "),
                esc(&x.requirement_title),
                esc(&x.text()),
                priority_badge(lang, x.priority, false),
                x.effort.as_str(),
                t!(lang, "html-effort-days", days = &days(lang, x.effort_days)),
                owner(&x.owner, &none),
                lang.date(x.start),
                lang.date(x.end)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
}

// ---------------------------------------------------------------------------------------------
// Engagement record, document control and sign-off

/// The print rule that puts the page mark (DRAFT, the label, the version) at the head of every
/// page, as a CSS string.
fn page_mark_style(report: &Report) -> String {
    let text = css_text(&report.page_mark());
    // On paper the mark is this margin box on every page (the on-screen banner is hidden
    // in print): red while a draft, as on screen.
    let colour = if report.is_final() {
        ""
    } else {
        " color: #9b1c1c;"
    };
    format!("@page {{ @top-center {{ content: \"{text}\";{colour} }} }}")
}

/// Text for a CSS string: quotes, backslashes and markup characters as escapes, control
/// characters as spaces.
fn css_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '"' | '\\' | '<' | '>' | '&' => format!("\\{:x} ", u32::from(c)),
            c if c.is_control() => " ".into(),
            c => c.to_string(),
        })
        .collect()
}

/// The print rule that puts "Page 2 of 9" at the foot of every page, in the report's
/// language.
fn page_footer_style(lang: Lang) -> String {
    // The message with stand-ins for the two numbers, which CSS counters then fill in.
    const PAGE: char = '\u{1}';
    const PAGES: char = '\u{2}';
    let text = t!(
        lang,
        "html-page-footer",
        page = PAGE.to_string().as_str(),
        pages = PAGES.to_string().as_str()
    );
    let mut content: Vec<String> = Vec::new();
    let mut part = String::new();
    for c in text.chars().chain(['\0']) {
        let counter = match c {
            PAGE => "counter(page)",
            PAGES => "counter(pages)",
            '\0' => "",
            _ => {
                part.push(c);
                continue;
            }
        };
        if !part.is_empty() {
            content.push(format!("\"{}\"", css_text(&part)));
            part.clear();
        }
        if !counter.is_empty() {
            content.push(counter.to_string());
        }
    }
    format!(
        "@page {{ @bottom-right {{ content: {}; font-family: \"Helvetica Neue\", Arial, \
         \"Liberation Sans\", sans-serif; font-size: 8pt; color: #596573; }} }}\n",
        content.join(" ")
    )
}

/// The parking lot's points still open (the section is there only while there are any).
/// The client's self-assessment against the assessor's levels, per section.
fn self_assessment(out: &mut String, report: &Report, number: Option<usize>) {
    use crate::survey::Comparison;
    let Some(c) = &report.self_assessment else {
        return;
    };
    let lang = report.lang;
    out.push_str("<section class=\"self-assessment major\" id=\"self-assessment\">\n");
    heading(out, number, &Comparison::heading_in(lang));
    w!(
        out,
        "<p>{}</p>\n<table class=\"self-assessment\">\n<thead><tr>",
        esc(&c.summary())
    );
    for h in Comparison::columns_in(lang) {
        w!(out, "<th scope=\"col\">{}</th>", esc(&h));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in c.sections.iter().chain([&c.overall]) {
        let cells = c.row_cells(row);
        w!(out, "<tr><td dir=\"auto\">{}</td>", esc(&cells[0]));
        for cell in &cells[1..] {
            w!(out, "<td class=\"num\">{}</td>", esc(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    if !c.far_apart.is_empty() {
        w!(
            out,
            "<p>{}:</p>\n<ul>\n",
            esc(&t!(lang, "report-compare-far-apart"))
        );
        for f in &c.far_apart {
            w!(
                out,
                "<li><a href=\"#{}\">{}</a>: {}</li>\n",
                anchor("q", &f.question),
                esc(&f.question),
                esc(&c.levels_apart(f))
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn open_points(out: &mut String, report: &Report, number: Option<usize>) {
    let lang = report.lang;
    out.push_str("<section class=\"open-points major\" id=\"open-points\">\n");
    heading(out, number, &t!(lang, "report-heading-open-points"));
    w!(
        out,
        "<p>{}</p>\n\
         <table class=\"open-points\">\n<thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        t!(lang, "report-open-points-intro"),
        t!(lang, "report-col-question"),
        t!(lang, "report-col-requirement"),
        t!(lang, "report-col-follow-up"),
        t!(lang, "report-col-parked")
    );
    for p in &report.open_points {
        let question = if p.reference.is_empty() {
            esc(&p.question_id)
        } else {
            format!(
                "<a href=\"#{}\">{}</a>",
                anchor("q", &p.question_id),
                esc(&p.question_id)
            )
        };
        w!(
            out,
            "<tr><td class=\"ref\">{question}</td><td dir=\"auto\">{} {}</td>\
             <td dir=\"auto\">{}</td><td class=\"date\">{}</td></tr>\n",
            esc(&p.reference),
            esc(&p.requirement_title),
            esc(&p.text),
            long_date(lang, p.parked_at.to_zoned(jiff::tz::TimeZone::UTC).date())
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

fn engagement(out: &mut String, report: &Report, number: Option<usize>) {
    let lang = report.lang;
    out.push_str("<section class=\"engagement major\" id=\"engagement\">\n");
    heading(out, number, &t!(lang, "report-heading-engagement"));
    w!(out, "<h3>{}</h3>\n", t!(lang, "report-heading-attendees"));
    if report.attendees.is_empty() {
        w!(
            out,
            "<p class=\"muted\">{}</p>\n",
            t!(lang, "report-no-attendees")
        );
    } else {
        w!(
            out,
            "<table class=\"attendees\">\n<thead><tr><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            t!(lang, "report-col-ref"),
            t!(lang, "report-col-name"),
            t!(lang, "report-col-role")
        );
        for a in &report.attendees {
            w!(
                out,
                "<tr><td class=\"ref\">{}</td><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td></tr>\n",
                a.reference(),
                esc(&a.name),
                esc(&a.role)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    w!(out, "<h3>{}</h3>\n", t!(lang, "report-heading-documents"));
    if report.documents.is_empty() {
        w!(
            out,
            "<p class=\"muted\">{}</p>\n",
            t!(lang, "report-no-documents")
        );
    } else {
        w!(
            out,
            "<p>{}</p>\n<table class=\"documents\">\n<thead><tr><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            t!(lang, "report-documents-intro"),
            t!(lang, "report-col-ref"),
            t!(lang, "report-col-title"),
            t!(lang, "report-col-version"),
            t!(lang, "report-col-date"),
            t!(lang, "report-col-supports")
        );
        let uncited = t!(lang, "report-document-uncited");
        for d in &report.documents {
            let supports = if d.answers.is_empty() {
                format!("<span class=\"muted\">{uncited}</span>")
            } else {
                d.answers
                    .iter()
                    .map(|id| format!("<a href=\"#{}\">{}</a>", anchor("q", id), esc(id)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            w!(
                out,
                "<tr><td class=\"ref\">{}</td><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td>\
                 <td class=\"date\">{}</td><td>{supports}</td></tr>\n",
                esc(&d.reference),
                esc(&d.document.title),
                esc(&d.document.version),
                d.document
                    .date
                    .map(|d| long_date(lang, d))
                    .unwrap_or_default()
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
}

fn sign_off(out: &mut String, report: &Report) {
    let lang = report.lang;
    let c = &report.document_control;
    out.push_str("<section class=\"sign-off major\" id=\"sign-off\">\n");
    heading(out, None, &t!(lang, "report-heading-sign-off"));
    out.push_str("<table class=\"control\">\n<tbody>\n");
    let mut rows: Vec<(String, String)> = vec![
        (
            t!(lang, "report-field-report-version"),
            esc(&c.report_version),
        ),
        (
            t!(lang, "report-field-status"),
            report.status_label().to_string(),
        ),
        (
            t!(lang, "report-field-confidentiality"),
            esc(&c.confidentiality),
        ),
        (
            t!(lang, "report-field-distribution"),
            esc(&report.distribution()),
        ),
    ];
    if let Some(at) = c.finalised_at {
        rows.push((t!(lang, "report-field-finalised"), timestamp(lang, at)));
    }
    if let Some(stamp) = &report.stamp {
        rows.push((
            t!(lang, "report-stamp-label"),
            format!("<code class=\"sha\">{stamp}</code>"),
        ));
    }
    for (k, v) in rows {
        w!(
            out,
            "<tr><th scope=\"row\">{k}</th><td dir=\"auto\">{v}</td></tr>\n"
        );
    }
    w!(
        out,
        "</tbody>\n</table>\n<table class=\"signatures\">\n<thead><tr><th scope=\"col\"></th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        t!(lang, "report-col-name"),
        t!(lang, "report-col-date"),
        t!(lang, "report-col-signature")
    );
    for (role, by, on) in report.sign_off() {
        w!(
            out,
            "<tr><th scope=\"row\">{role}</th><td dir=\"auto\">{}</td><td class=\"date\">{}</td>\
             <td class=\"signature\"></td></tr>\n",
            esc(&by),
            esc(&lang.date_text(&on))
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

// ---------------------------------------------------------------------------------------------
// Method appendix and disclaimer

fn appendix(out: &mut String, report: &Report) {
    out.push_str("<section class=\"method major\" id=\"method\">\n");
    heading(out, None, &t!(report.lang, "report-heading-method"));
    for part in method::appendix(report) {
        w!(out, "<h3>{}</h3>\n", esc(&part.title));
        for p in &part.paragraphs {
            w!(out, "<p>{}</p>\n", esc(p));
        }
        if !part.bullets.is_empty() {
            out.push_str("<ul>\n");
            for b in &part.bullets {
                w!(out, "<li>{}</li>\n", esc(b));
            }
            out.push_str("</ul>\n");
        }
    }
    out.push_str("</section>\n");
}

fn disclaimer(out: &mut String, report: &Report) {
    let lang = report.lang;
    out.push_str("<section class=\"disclaimer\" id=\"disclaimer\">\n");
    heading(out, None, &t!(lang, "report-heading-disclaimer"));
    w!(out, "<p>{}</p>\n", esc(&report.labels.disclaimer));
    if !report.labels.copyright.is_empty() {
        w!(
            out,
            "<p class=\"copyright\">{}</p>\n",
            esc(&report.labels.copyright)
        );
    }
    let qn = &report.assessment.questionnaire;
    let at = report.generated_at.to_zoned(jiff::tz::TimeZone::UTC);
    w!(
        out,
        "<p class=\"colophon\">{}</p>\n</section>\n",
        t!(
            lang,
            "html-colophon",
            generator = &esc(report.generator.name),
            version = &esc(report.generator.version),
            date = &lang.date(at.date()),
            time = &at.strftime("%H:%M").to_string(),
            assessment = report.assessment.id.to_string().as_str(),
            questionnaire = &esc(&qn.id),
            questionnaire_version = &esc(&qn.version),
            hash = &format!("<code>{}</code>", esc(&qn.hash))
        )
    );
}

// ---------------------------------------------------------------------------------------------
// Style

const STYLE: &str = r#"
:root {
  --ink: #1c232c; --muted: #596573; --rule: #d3d9e1; --fill: #f3f5f8; --brand: #1f3a5f;
  --accent: #2b6c8f;
  --ok-bg: #dcefe2; --ok: #1b5e33; --part-bg: #fbedcf; --part: #6f4500;
  --bad-bg: #f8dcd8; --bad: #8a1c12; --excl-bg: #e7e9ed; --excl: #39414b;
  --p3-bg: #dee8f4; --p3: #1f3a5f;
}
* { box-sizing: border-box; }
html { background: #e9ecf0; }
body {
  margin: 0 auto; max-width: 210mm; padding: 0; background: #fff; color: var(--ink);
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
    "Liberation Sans", "DejaVu Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji",
    "Noto Color Emoji";
  font-size: 10pt; line-height: 1.45;
  overflow-wrap: anywhere; word-break: normal;
}
main, .cover { padding: 14mm 15mm; }
h1, h2, h3, h4 { color: var(--brand); line-height: 1.25; margin: 0; }
h2 { font-size: 17pt; margin: 0 0 4mm; padding-bottom: 2mm; border-bottom: 2px solid var(--brand); }
h2 .num { display: inline-block; min-width: 1.4em; color: var(--accent); }
h3 { font-size: 12pt; margin: 6mm 0 2mm; }
h4 { font-size: 10pt; }
p { margin: 0 0 2.5mm; }
a { color: var(--accent); text-decoration: none; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85em; }
.muted { color: var(--muted); }
.text { white-space: pre-wrap; }
/* Names break between words only; a word longer than its column is carried whole onto the
   next line (never "Procuremen/t"). */
.name { overflow-wrap: normal; word-break: keep-all; hyphens: manual; }
.ref { font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
section.major { margin-top: 12mm; }

/* Cover */
.cover { min-height: 270mm; display: flex; flex-direction: column; border-top: 8mm solid var(--brand); }
.cover .kicker { margin-top: 18mm; text-transform: uppercase; letter-spacing: 0.12em; color: var(--accent); font-weight: 600; font-size: 10pt; }
.cover h1 { font-size: 24pt; margin: 3mm 0 2mm; max-width: 160mm; }
.cover .client { font-size: 16pt; color: var(--ink); margin-bottom: 12mm; }
.facts { margin: 0 0 8mm; border-top: 1px solid var(--rule); }
.facts > div { display: grid; grid-template-columns: 42mm 1fr; gap: 4mm; padding: 2mm 0; border-bottom: 1px solid var(--rule); }
.facts dt { color: var(--muted); font-weight: 600; }
.facts dd { margin: 0; }
.notice { border: 1px solid var(--part); border-left: 4px solid var(--part); background: var(--part-bg); padding: 3mm 4mm; }
.toc { margin-top: auto; }
.toc h2 { font-size: 12pt; border-bottom: 1px solid var(--rule); padding-bottom: 1mm; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { padding: 0.8mm 0; }
.toc .num { display: inline-block; width: 7mm; color: var(--accent); font-weight: 600; }
.toc .sub { display: block; margin-left: 7mm; font-size: 8.5pt; color: var(--muted); }
.cover-note { margin-top: 6mm; font-size: 8.5pt; color: var(--muted); }

/* Executive summary */
.lead { font-size: 10pt; }
.kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 3mm 0; }
.kpi { border: 1px solid var(--rule); border-top: 3px solid var(--accent); padding: 1.5mm 2.5mm; display: flex; flex-direction: column; }
.kpi .k, .milestone .k { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); font-weight: 600; }
.kpi .v { font-size: 16pt; font-weight: 700; color: var(--brand); line-height: 1.2; }
.kpi .v small { font-size: 10pt; font-weight: 400; color: var(--muted); }
.kpi .d, .kpi .split { font-size: 7.5pt; color: var(--muted); line-height: 1.3; }
.kpi .split { font-size: 7pt; white-space: nowrap; }
.kpi .split b { color: var(--ink); }
.charts { display: grid; grid-template-columns: 42fr 58fr; gap: 5mm; margin-top: 3mm; align-items: start; }
.radar-fig { display: grid; grid-template-columns: 56fr 44fr; gap: 2mm; align-items: center; }
.radar-fig figcaption { grid-column: 1 / -1; }
figure { margin: 0; }
figcaption { font-weight: 600; color: var(--brand); font-size: 9.5pt; margin-bottom: 1mm; }
svg { width: 100%; height: auto; display: block; font-family: inherit; }
svg.radar { max-width: 56mm; justify-self: center; }
svg text { font-size: 12px; fill: var(--ink); }
svg .tick { font-size: 10px; fill: var(--muted); }
svg.radar text { font-size: 13px; }
svg.radar .tick { font-size: 9px; }
svg .grid { stroke: #e3e7ec; stroke-width: 1; }
svg .ok { fill: #3d8a5a; } svg .part { fill: #d9a13b; } svg .low { fill: #c0564b; }
svg .bar.none { fill: var(--muted); }
svg .value { font-weight: 700; }
svg line.target { stroke: var(--brand); stroke-width: 1.6; stroke-dasharray: 4 3; }
svg .target-label { font-size: 10px; fill: var(--brand); font-weight: 600; }
svg .ring { fill: none; stroke: #dde2e8; stroke-width: 1; }
svg .axis { stroke: #c9d0d8; stroke-width: 1; }
svg polygon.target { fill: none; stroke: var(--brand); stroke-width: 1.6; stroke-dasharray: 4 3; }
svg .score { fill: rgba(43, 108, 143, 0.22); stroke: var(--accent); stroke-width: 1.8; }
svg .dot { fill: var(--accent); }
svg .legend text { font-size: 11px; fill: var(--muted); }
.key { list-style: none; padding: 0; margin: 0; font-size: 7.5pt; line-height: 1.3; }
.key li { margin-bottom: 0.8mm; }
.key li { break-inside: avoid; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 8.5pt; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 1.6mm; border-bottom: 1px solid var(--rule); }
thead th { background: var(--fill); color: var(--brand); font-weight: 600; border-bottom: 1.5px solid var(--brand); }
tbody th { font-weight: 600; }
tr.group th { background: #fafbfc; color: var(--brand); padding-top: 2.5mm; border-bottom: 1px solid var(--brand); }
table.figures { margin-top: 4mm; font-size: 8pt; }
.summary h3 { margin-top: 4mm; }
table.costs { font-size: 8pt; margin: 1mm 0 1mm; }
table.costs th, table.costs td { padding: 0.5mm 1.6mm; }
table.costs tr.total td { font-weight: 600; border-top: 1.5px solid var(--brand); }
p.costs { font-size: 7.5pt; color: var(--muted); margin: 0 0 2mm; }
.top { font-size: 7.5pt; }
.top td, .top th { padding: 0.4mm 1.4mm; line-height: 1.25; }
.top .badge { line-height: 1.3; }
.blockers { list-style: none; padding: 0; margin: 0; columns: 2; column-gap: 5mm; font-size: 7.5pt; line-height: 1.3; }
.blockers li { break-inside: avoid; padding: 0.3mm 0; }
.blockers .count { margin: 0 1mm; }
.blockers .ids { color: var(--muted); white-space: normal; }
.narrative { margin: 2mm 0 2mm; font-size: 8pt; line-height: 1.35; }
.narrative p { margin: 0 0 1.2mm; }
.narrative.draft { border-left: 1mm solid #d9a400; padding: 1mm 0 1mm 3mm; background: #fff8e1; }
.narrative .draft-label { font-weight: 600; color: #7a5c00; text-transform: none; }

/* Badges: colour always with a text label */
.badge { display: inline-block; padding: 0 1.6mm; border-radius: 2mm; font-size: 8pt; font-weight: 600; line-height: 1.6; white-space: nowrap; border: 1px solid transparent; }
.st-ok { background: var(--ok-bg); color: var(--ok); }
.st-part { background: var(--part-bg); color: var(--part); }
.st-absent { background: var(--bad-bg); color: var(--bad); }
.st-excl { background: var(--excl-bg); color: var(--excl); }
.st-na { background: #fff; color: var(--excl); border: 1px dashed var(--muted); }
.p1 { background: var(--bad-bg); color: var(--bad); border-color: var(--bad); }
.p2 { background: var(--part-bg); color: var(--part); }
.p3 { background: var(--p3-bg); color: var(--p3); }
.late { background: var(--bad-bg); color: var(--bad); }
svg.gantt { width: 100%; height: auto; }
svg.gantt .bar { fill: #9db4d0; }
svg.gantt .bar.critical { fill: #2c4a6e; }
svg.gantt .bar.late { fill: #c0392b; }
svg.gantt .milestone { stroke: #b8860b; stroke-width: 1.2; stroke-dasharray: 3 2; }
svg.gantt .grid { stroke: #ddd; stroke-width: 0.5; }
svg.gantt text { font-size: 8px; }
figure.gantt { margin: 3mm 0; break-inside: avoid; }
figure.gantt figcaption { font-size: 8pt; color: #555; }

/* Completeness */
.finding h3 { font-size: 10.5pt; }
.finding .count { color: var(--muted); font-weight: 400; }
.finding ul { margin: 0 0 2mm; padding-left: 5mm; }

/* Findings */
.intro { color: var(--muted); }
.section { margin-top: 4mm; }
.section > h3 { font-size: 13pt; margin: 6mm 0 1mm; padding: 1.5mm 0; border-bottom: 1px solid var(--rule); }
.section > h3 .ref { color: var(--accent); margin-right: 1mm; }
.figs { font-size: 9pt; color: var(--muted); margin-bottom: 3mm; }
.figs b { color: var(--ink); }
.q { border: 1px solid var(--rule); border-left: 3px solid var(--accent); padding: 2.5mm 3.5mm 1.5mm; margin: 0 0 3mm; }
.q.pr-p1 { border-left-color: var(--bad); } .q.pr-p2 { border-left-color: #d9a13b; }
.q.pr-p3 { border-left-color: var(--accent); } .q.pr-ok { border-left-color: #3d8a5a; }
.q.pr-none { border-left-color: var(--muted); }
.q header { display: flex; justify-content: space-between; gap: 3mm; align-items: baseline; }
.q h4 .qid { color: var(--muted); font-weight: 400; font-size: 8.5pt; margin-left: 1mm; white-space: nowrap; }
.q .badges { display: flex; gap: 1.5mm; flex-shrink: 0; }
.prompt { font-style: italic; color: var(--muted); font-size: 7.5pt; margin: 1mm 0 0; }
.req { margin: 0 0 4mm; }
.req > h4 { font-size: 10.5pt; margin: 4mm 0 1mm; }
.intent { margin: 0 0 2mm; font-size: 9pt; }
.intent .lbl, .q h5 { color: var(--muted); font-weight: 600; font-size: 8.5pt; }
.q h5 { margin: 0; }
.metrics { display: grid; grid-template-columns: 1.3fr 1.3fr 0.5fr 2fr 0.9fr; gap: 0; margin: 0 0 2mm; background: var(--fill); border: 1px solid var(--rule); }
.metrics > div { padding: 1mm 2mm; border-right: 1px solid var(--rule); }
.metrics > div:last-child { border-right: 0; }
.metrics dt { font-size: 7pt; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); font-weight: 600; }
.metrics dd { margin: 0; font-size: 9pt; font-weight: 600; }
.fields { margin: 0; }
.fields > div { display: grid; grid-template-columns: 30mm 1fr; gap: 3mm; padding: 0.8mm 0; }
.fields dt { color: var(--muted); font-weight: 600; font-size: 8.5pt; }
.fields dd { margin: 0; font-size: 9pt; }
.evidence, .xwalk { display: inline; list-style: none; margin: 0; padding: 0; }
.evidence li, .xwalk li { display: inline; }
.evidence li + li::before, .xwalk li + li::before { content: " · "; color: var(--muted); white-space: normal; }
.basis { font-size: 8pt; color: var(--muted); }
.xwalk { font-size: 8.5pt; }
.xwalk .fw { color: var(--muted); }
.xwalk .fw::after { content: ":"; }

/* SoA and roadmap */
.soa-table td:nth-child(4) { font-size: 8pt; }
.reason-type { font-weight: 600; font-size: 7.5pt; text-transform: uppercase; letter-spacing: .02em; }
.risk-table { margin-top: .5em; }
.yes { color: var(--ok); font-weight: 600; }
.no { color: var(--excl); font-weight: 600; }
.milestones { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; margin: 3mm 0 2mm; }
.milestone { border: 1px solid var(--rule); border-top: 3px solid var(--brand); padding: 2.5mm 3.5mm; display: flex; flex-direction: column; gap: 0.5mm; }
.milestone .v { font-size: 15pt; font-weight: 700; color: var(--brand); }
.milestone .d { font-size: 8.5pt; color: var(--muted); }
.milestone .warn { color: var(--part); }
.actions td, .actions thead th { font-size: 8pt; }
.actions .after { display: block; color: var(--muted); font-size: 7.5pt; }

/* Appendix and disclaimer */
.method ul { padding-left: 5mm; }
.method li { margin-bottom: 1mm; }
.disclaimer { margin-top: 10mm; border: 1px solid var(--rule); background: var(--fill); padding: 4mm 5mm; }
.disclaimer h2 { font-size: 13pt; border-bottom: 0; }
.copyright, .colophon { font-size: 8.5pt; color: var(--muted); }

.page-mark { font-size: 8pt; font-weight: 600; letter-spacing: 0.04em; color: var(--muted); text-align: center; padding: 1mm 0; }
.page-mark.draft { color: #9b1c1c; }
.notice.draft { border-color: #9b1c1c; }
code.sha { word-break: break-all; font-size: 8.5pt; }
table.control th, table.signatures th[scope="row"] { text-align: left; width: 38mm; }
table.signatures td.signature { min-width: 45mm; height: 11mm; border-bottom: 1px solid var(--ink); }

@page { size: A4; margin: 12mm 13mm 15mm; }
@page { @top-center { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 8pt; font-weight: 600; color: #596573; } }
"#;

/// The style sheet after the page footer (see [`page_footer_style`]).
const STYLE_PRINT: &str = r#"@page :first { @bottom-right { content: none; } }
@media print {
  html, body { background: #fff; }
  body { max-width: none; font-size: 9.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main, .cover { padding: 0; }
  .cover { min-height: 0; border-top-width: 5mm; padding-top: 0; }
  .cover .kicker { margin-top: 8mm; }
  .cover .client { margin-bottom: 6mm; }
  .cover, section.summary { break-after: page; page-break-after: always; }
  section.major { margin-top: 0; break-before: page; page-break-before: always; }
  .page-mark { display: none; }
  .disclaimer { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4, .figs, .intent { break-after: avoid; page-break-after: avoid; }
  .engagement th, .engagement td { padding-top: 0.7mm; padding-bottom: 0.7mm; }
  .q, tr, .kpi, .milestone, figure, .finding li, .narrative, .blockers li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  a { color: inherit; }
  .summary { font-size: 9pt; }
  .summary .lead { font-size: 9.5pt; }
  .summary h2 { margin-bottom: 2.5mm; }
  .summary h3 { margin-top: 3mm; }
}
"#;

/// Each owner's load: capacity, actions, person-days, share, dates, and whether the plan
/// waits for them.
fn owner_loads(out: &mut String, r: &super::RoadmapView, lang: Lang) {
    if r.owners.is_empty() {
        return;
    }
    w!(
        out,
        "<h3>{}</h3>\n<table class=\"owners\">\n<thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\" class=\"n\">{}</th><th scope=\"col\" class=\"n\">{}</th>\
         <th scope=\"col\" class=\"n\">{}</th><th scope=\"col\" class=\"n\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        t!(lang, "report-heading-owners"),
        t!(lang, "report-col-owner"),
        t!(lang, "report-col-capacity"),
        t!(lang, "report-col-actions"),
        t!(lang, "report-col-person-days"),
        t!(lang, "report-col-share"),
        t!(lang, "report-col-from"),
        t!(lang, "report-col-to")
    );
    let over = format!(
        "<br><span class=\"badge late over\" title=\"{}\">{}</span>",
        esc(&t!(lang, "html-over-allocated-title")),
        t!(lang, "html-over-allocated")
    );
    let none = t!(lang, "html-owner-none");
    for o in &r.owners {
        let flag = if o.over_allocated { over.as_str() } else { "" };
        w!(
            out,
            "<tr class=\"owner\"><td dir=\"auto\">{}{flag}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{} %</td><td class=\"date\">{}</td><td class=\"date\">{}</td></tr>\n",
            owner(&o.owner, &none),
            days(lang, o.capacity),
            o.actions,
            days(lang, o.days),
            (o.share * 100.0).round(),
            lang.date(o.start),
            lang.date(o.end)
        );
    }
    out.push_str("</tbody>\n</table>\n");
    let waited = r.over_allocated();
    if !waited.is_empty() {
        w!(
            out,
            "<p class=\"warn\">{}</p>\n",
            t!(
                lang,
                "html-owners-waited",
                owners = &esc(&super::and_list(lang, &waited)),
                count = waited.len()
            )
        );
    }
}

/// The cost estimate by phase, when a day rate is set.
fn costs(out: &mut String, report: &Report) {
    let Some(c) = &report.roadmap.costing else {
        return;
    };
    w!(
        out,
        "<h3>{}</h3>\n<table class=\"owners costs\">\n<thead><tr>",
        super::Costing::title_in(report.lang)
    );
    for (i, h) in super::Costing::headers_in(report.lang).iter().enumerate() {
        let class = if (1..=3).contains(&i) {
            " class=\"n\""
        } else {
            ""
        };
        w!(out, "<th scope=\"col\"{class}>{h}</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let rows = c.rows();
    let last = rows.len().saturating_sub(1);
    for (r, row) in rows.iter().enumerate() {
        out.push_str(if r == last {
            "<tr class=\"total\">"
        } else {
            "<tr>"
        });
        for (i, cell) in row.iter().enumerate() {
            let class = match i {
                1..=3 => " class=\"n\"",
                4 | 5 => " class=\"date\"",
                _ => "",
            };
            w!(out, "<td{class}>{}</td>", esc(cell));
        }
        out.push_str("</tr>\n");
    }
    w!(
        out,
        "</tbody>\n</table>\n<p class=\"costs\">{}</p>\n",
        esc(&c.basis())
    );
}

/// The Gantt chart in its figure, with its caption.
fn gantt(out: &mut String, r: &super::RoadmapView, lang: Lang) {
    if let Some(svg) = gantt_svg(r, false) {
        out.push_str("<figure class=\"gantt\">");
        out.push_str(&svg);
        w!(
            out,
            "<figcaption>{}</figcaption></figure>\n",
            t!(lang, "html-gantt-caption")
        );
    }
}

/// The Gantt chart's colours and strokes, as attributes: a drawing outside the page (the
/// Word report's image) has no style sheet. The page's style sheet says the same.
fn gantt_paint(class: &str) -> &'static str {
    match class {
        "bar" => " fill=\"#9db4d0\"",
        "bar critical" => " fill=\"#2c4a6e\"",
        "bar late" => " fill=\"#c0392b\"",
        "milestone" => " stroke=\"#b8860b\" stroke-width=\"1.2\" stroke-dasharray=\"3 2\"",
        "grid" => " stroke=\"#ddd\" stroke-width=\"0.5\"",
        _ => "",
    }
}

/// The font a standalone Gantt chart names: the one [`crate::report::docx`] ships.
pub const GANTT_FONT: &str = "DejaVu Sans";

/// The Gantt chart: one lane per owner (an owner works on one action at a time, so a lane's
/// bars never overlap), months along the top, critical actions dark, late ones red, and the
/// two milestones as lines. `standalone`: a document of its own (namespace, size, a white
/// ground, colours as attributes and the font named) for drawing to an image; otherwise the
/// element for the page, styled by its style sheet. Its words in the roadmap's language. None
/// when there is nothing to draw.
pub fn gantt_svg(r: &super::RoadmapView, standalone: bool) -> Option<String> {
    let lang = r.lang;
    if r.actions.is_empty() || r.owners.is_empty() || r.impossible.is_some() {
        return None;
    }
    let mut out = String::new();
    let out = &mut out;
    let paint = |class: &str| if standalone { gantt_paint(class) } else { "" };
    let first = r.start;
    let last = r
        .milestones
        .iter()
        .map(|m| m.date)
        .chain(std::iter::once(r.end))
        .max()
        .unwrap_or(r.end);
    let span = (last - first).get_days().max(1) as f64 + f64::from(last.days_in_month()) / 4.0;
    let (width, left, right, top, lane) = (680.0, 150.0, 672.0, 24.0, 18.0);
    let bottom = top + lane * r.owners.len() as f64;
    let day = |d: Date| (d - first).get_days() as f64;
    let x = |days: f64| left + (right - left) * (days / span).clamp(0.0, 1.0);
    // The milestones' names go under the chart, each ending at its line; a name that would
    // run into the one before it on a row goes a row lower (German's names are long). A
    // character is taken as 4.5 units wide, a little more than the font's average.
    let mut row_ends: Vec<f64> = Vec::new();
    let label_rows: Vec<usize> = r
        .milestones
        .iter()
        .map(|ms| {
            let gx = x(day(ms.date) + 1.0);
            let from = gx - 4.5 * ms.name.chars().count() as f64;
            let row = row_ends
                .iter()
                .position(|end| from >= end + 4.0)
                .unwrap_or(row_ends.len());
            if row == row_ends.len() {
                row_ends.push(gx);
            } else {
                row_ends[row] = gx;
            }
            row
        })
        .collect();
    let height = bottom + 20.0 + 11.0 * row_ends.len().saturating_sub(1) as f64;
    let document = if standalone {
        format!(
            " xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" \
             font-family=\"{GANTT_FONT}\" font-size=\"8\"",
            num(width),
            num(height)
        )
    } else {
        String::new()
    };
    w!(
        out,
        "<svg class=\"gantt\"{document} viewBox=\"0 0 {} {}\" role=\"img\" \
         aria-labelledby=\"gantt-t\"><title id=\"gantt-t\">{}</title>\n",
        num(width),
        num(height),
        t!(
            lang,
            "report-gantt-title",
            actions = r.actions.len().to_string().as_str(),
            owners = r.owners.len().to_string().as_str(),
            start = &lang.date(first),
            end = &lang.date(r.end)
        )
    );
    if standalone {
        w!(
            out,
            "<rect width=\"{}\" height=\"{}\" fill=\"#fff\"/>\n",
            num(width),
            num(height)
        );
    }
    // Month ticks.
    let mut m = first.first_of_month();
    while m <= last {
        if m >= first {
            let gx = x(day(m));
            w!(
                out,
                "<line class=\"grid\"{6} x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\
                 <text class=\"tick\" x=\"{3}\" y=\"{4}\">{5}</text>\n",
                num(gx),
                num(top - 4.0),
                num(bottom),
                num(gx + 2.0),
                num(top - 8.0),
                t!(
                    lang,
                    "html-gantt-month",
                    month = i64::from(m.month()),
                    year = m.year().to_string().as_str()
                ),
                paint("grid")
            );
        }
        match m.checked_add(jiff::ToSpan::month(1)) {
            Ok(next) => m = next,
            Err(_) => break,
        }
    }
    for (i, o) in r.owners.iter().enumerate() {
        let y = top + lane * i as f64;
        let label = if o.owner.is_empty() {
            t!(lang, "html-gantt-no-owner")
        } else {
            o.owner.clone()
        };
        w!(
            out,
            "<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}<title>{}</title></text>\n",
            num(left - 5.0),
            num(y + lane / 2.0 + 3.0),
            esc(&truncate(&label, 26)),
            esc(&label)
        );
        for a in r.actions.iter().filter(|a| a.owner.trim() == o.owner) {
            let x0 = x(day(a.start));
            let x1 = x(day(a.end) + 1.0).max(x0 + 1.0);
            let class = if a.late {
                "bar late"
            } else if a.critical {
                "bar critical"
            } else {
                "bar"
            };
            w!(
                out,
                "<rect class=\"{class}\"{} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\">\
                 <title>{}</title></rect>\n",
                paint(class),
                num(x0),
                num(y + 3.0),
                num(x1 - x0),
                num(lane - 6.0),
                t!(
                    lang,
                    "html-gantt-bar",
                    step = a.step.to_string().as_str(),
                    questions = &esc(&a.questions.join(", ")),
                    start = &lang.date(a.start),
                    end = &lang.date(a.end)
                )
            );
        }
    }
    for (ms, row) in r.milestones.iter().zip(label_rows) {
        let gx = x(day(ms.date) + 1.0);
        w!(
            out,
            "<line class=\"milestone\"{5} x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\
             <text class=\"tick\" x=\"{0}\" y=\"{3}\" text-anchor=\"end\">{4}</text>\n",
            num(gx),
            num(top - 2.0),
            num(bottom + 4.0),
            num(bottom + 14.0 + 11.0 * row as f64),
            esc(&ms.name),
            paint("milestone")
        );
    }
    out.push_str("</svg>");
    Some(std::mem::take(out))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// Escaping a character at a time, as [`super::esc`] did before it copied runs.
    fn esc_by_char(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#39;"),
                '\t' | '\n' | '\r' => out.push(c),
                c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => out.push('\u{FFFD}'),
                _ => out.push(c),
            }
        }
        out
    }

    #[test]
    fn escaping_copies_runs_and_replaces_what_html_cannot_hold() {
        let text = "a&b<c>d\"e'f\tg\nh\ri\0j\u{7f}k\u{80}l\u{9f}m\u{a0}n\u{fffe}o\u{ffff}p\u{fffd}q\u{efbf}é🙂";
        assert_eq!(super::esc(text), esc_by_char(text));
        assert_eq!(super::esc(""), "");
    }

    proptest! {
        #[test]
        fn escaping_agrees_with_escaping_a_character_at_a_time(text in any::<String>()) {
            prop_assert_eq!(super::esc(&text), esc_by_char(&text));
        }

        #[test]
        fn escaping_agrees_on_markup_and_controls(
            text in "[a-z&<>\"'\t\n\r\u{0}-\u{1f}\u{7f}-\u{a0}\u{fffd}-\u{ffff}é]{0,40}"
        ) {
            prop_assert_eq!(super::esc(&text), esc_by_char(&text));
        }
    }

    /// The page takes the HTML report's messages as they are (their arguments are escaped
    /// before they go in): no message may hold markup or an entity.
    #[test]
    fn no_message_of_the_html_report_holds_markup() {
        for (lang, source) in [
            ("en", include_str!("../../locales/en/html.ftl")),
            ("de", include_str!("../../locales/de/html.ftl")),
        ] {
            for line in source.lines().filter(|l| !l.starts_with('#')) {
                // `->` opens a Fluent selector.
                assert!(
                    !line.replace("->", "").contains(['<', '>', '&']),
                    "html.ftl ({lang}): {line}"
                );
            }
        }
    }

    /// The Gantt chart's colours as attributes (for the Word report's image) are those of the
    /// page's style sheet.
    #[test]
    fn the_standalone_gantt_chart_is_painted_as_the_page_styles_it() {
        for class in ["bar", "bar critical", "bar late", "milestone", "grid"] {
            let paint = super::gantt_paint(class);
            let first = paint.split('"').nth(1).unwrap();
            let selector = format!("svg.gantt .{} {{", class.replace(' ', "."));
            let rule = super::STYLE
                .lines()
                .find(|l| l.starts_with(&selector))
                .unwrap_or_else(|| panic!("no rule {selector}"));
            assert!(rule.contains(first), "{class}: {paint} against {rule}");
        }
    }
}
