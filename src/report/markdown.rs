//! Markdown gap report: the same content as the HTML report, for a wiki, a repository or a
//! converter such as pandoc. Every piece of text is escaped, so a note cannot add headings,
//! links, HTML or table cells of its own. Its words are the report's language's
//! (`locales/*/markdown.ftl` and the shared `report.ftl`), its numbers and dates as that
//! language writes them.

use std::fmt::Write as _;

use super::method;
use super::{QuestionRow, Report, RequirementRow, Terms, card_word};
use crate::i18n::Lang;
use crate::questionnaire::SectionKind;
use crate::scoring::{Priority, one_decimal_in, percent_in};
use crate::t;

/// The words the renderer repeats per question, control or row, looked up once per report.
struct Words {
    not_applicable_short: String,
    not_applicable_because: String,
    private_notes: String,
    maturity: String,
    target: String,
    gap: String,
    documented: String,
    evidence: String,
    basis_not_recorded: String,
    none_cited: String,
    said_by: String,
    recommendation: String,
    assessors_own: String,
    owner: String,
    due: String,
    management_response: String,
    awaiting_response: String,
    related: String,
    asked: String,
    intent: String,
    /// Statuses, priorities, implementation states, evidence bases.
    terms: Terms,
    yes: String,
    no: String,
}

impl Words {
    fn new(lang: Lang) -> Words {
        let t = |id: &str| lang.t(id);
        Words {
            not_applicable_short: t("report-not-applicable-short"),
            not_applicable_because: t("markdown-card-not-applicable"),
            private_notes: t("report-card-private-notes"),
            maturity: t("report-col-maturity"),
            target: t("report-col-target"),
            gap: t("report-col-gap"),
            documented: t("markdown-card-documented"),
            evidence: t("report-col-evidence"),
            basis_not_recorded: t("markdown-card-basis-not-recorded"),
            none_cited: t("markdown-card-none-cited"),
            said_by: card_word(lang, "said-by"),
            recommendation: card_word(lang, "recommendation"),
            assessors_own: card_word(lang, "assessors-own"),
            owner: t("report-col-owner"),
            due: t("report-col-due"),
            management_response: card_word(lang, "management-response"),
            awaiting_response: card_word(lang, "awaiting-response"),
            related: card_word(lang, "related"),
            asked: card_word(lang, "asked"),
            intent: card_word(lang, "intent"),
            terms: Terms::new(lang),
            yes: t("report-soa-yes"),
            no: t("markdown-no"),
        }
    }
}

/// A timestamp as the report's language writes it: "2026-11-23 16:00 UTC", "23.11.2026 16:00
/// UTC".
fn timestamp(lang: Lang, at: jiff::Timestamp) -> String {
    let utc = at.to_zoned(jiff::tz::TimeZone::UTC);
    t!(
        lang,
        "markdown-timestamp",
        date = &lang.date(utc.date()),
        time = &utc.strftime("%H:%M").to_string()
    )
}

pub fn render(report: &Report) -> String {
    let words = Words::new(report.lang);
    let mut out = String::new();
    page_mark(&mut out, report);
    cover(&mut out, report);
    contents(&mut out, report);
    summary(&mut out, report, &words);
    if let Some(p) = &report.progress {
        out.push_str(&p.markdown(2));
        out.push('\n');
    }
    self_assessment(&mut out, report);
    detail(&mut out, report, &words, SectionKind::Clause);
    annex(&mut out, report, &words);
    roadmap(&mut out, report);
    orphans(&mut out, report);
    open_points(&mut out, report);
    engagement(&mut out, report);
    sign_off(&mut out, report);
    appendix(&mut out, report);
    warnings(&mut out, report);
    out
}

/// The header of the document: DRAFT (with why) on a draft, the label and version on both.
fn page_mark(out: &mut String, r: &Report) {
    let _ = writeln!(out, "**{}**\n", inline(&r.page_mark()));
    if !r.is_final() {
        let _ = writeln!(
            out,
            "> **{}**\n",
            inline(&t!(r.lang, "report-draft-notice"))
        );
    }
}

/// The parking lot's points still open: only while there are any.
fn open_points(out: &mut String, r: &Report) {
    if r.open_points.is_empty() {
        return;
    }
    let lang = r.lang;
    let _ = writeln!(out, "## {}\n", t!(lang, "report-heading-open-points"));
    let _ = writeln!(out, "{}\n", t!(lang, "report-open-points-intro"));
    table(
        out,
        &[
            &t!(lang, "report-col-question"),
            &t!(lang, "report-col-requirement"),
            &t!(lang, "report-col-follow-up"),
            &t!(lang, "report-col-parked"),
        ],
        &[],
        r.open_points
            .iter()
            .map(|p| {
                vec![
                    inline(&p.question_id),
                    inline(format!("{} {}", p.reference, p.requirement_title).trim()),
                    inline(&p.text),
                    p.parked_on_in(lang),
                ]
            })
            .collect(),
    );
}

fn engagement(out: &mut String, r: &Report) {
    let lang = r.lang;
    let _ = writeln!(
        out,
        "## {}\n\n### {}\n",
        t!(lang, "report-heading-engagement"),
        t!(lang, "report-heading-attendees")
    );
    let reference = t!(lang, "report-col-ref");
    if r.attendees.is_empty() {
        let _ = writeln!(out, "{}\n", t!(lang, "report-no-attendees"));
    } else {
        table(
            out,
            &[
                &reference,
                &t!(lang, "report-col-name"),
                &t!(lang, "report-col-role"),
            ],
            &[],
            r.attendees
                .iter()
                .map(|a| vec![a.reference(), inline(&a.name), inline(&a.role)])
                .collect(),
        );
    }
    let _ = writeln!(out, "### {}\n", t!(lang, "report-heading-documents"));
    if r.documents.is_empty() {
        let _ = writeln!(out, "{}\n", t!(lang, "report-no-documents"));
    } else {
        let _ = writeln!(out, "{}\n", t!(lang, "report-documents-intro"));
        let uncited = format!("({})", t!(lang, "report-document-uncited"));
        table(
            out,
            &[
                &reference,
                &t!(lang, "report-col-title"),
                &t!(lang, "report-col-version"),
                &t!(lang, "report-col-date"),
                &t!(lang, "report-col-supports"),
            ],
            &[],
            r.documents
                .iter()
                .map(|d| {
                    vec![
                        d.reference.clone(),
                        inline(&d.document.title),
                        inline(&d.document.version),
                        d.document.date.map(|d| lang.date(d)).unwrap_or_default(),
                        if d.answers.is_empty() {
                            uncited.clone()
                        } else {
                            inline(&d.answers.join(", "))
                        },
                    ]
                })
                .collect(),
        );
    }
}

fn sign_off(out: &mut String, r: &Report) {
    let lang = r.lang;
    let _ = writeln!(out, "## {}\n", t!(lang, "report-heading-sign-off"));
    let c = &r.document_control;
    let bold = |id: &str| format!("**{}**", t!(lang, id));
    let mut rows = vec![
        vec![
            bold("report-field-report-version"),
            inline(&c.report_version),
        ],
        vec![bold("report-field-status"), r.status_label().into()],
        vec![
            bold("report-field-confidentiality"),
            inline(&r.confidentiality()),
        ],
        vec![bold("report-field-distribution"), inline(&r.distribution())],
    ];
    if let Some(at) = c.finalised_at {
        rows.push(vec![bold("report-field-finalised"), timestamp(lang, at)]);
    }
    if let Some(stamp) = &r.stamp {
        rows.push(vec![bold("report-stamp-label"), format!("`{stamp}`")]);
    }
    table(out, &["", ""], &[], rows);
    table(
        out,
        &[
            "",
            &t!(lang, "report-col-name"),
            &t!(lang, "report-col-date"),
        ],
        &[],
        r.sign_off()
            .into_iter()
            .map(|(role, by, on)| vec![format!("**{role}**"), inline(&by), on])
            .collect(),
    );
}

/// Escapes text for running Markdown: characters that start emphasis, code, links, HTML or
/// table cells are neutralised, and line breaks become hard breaks (`<br>` in tables).
pub fn inline(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        out.push_str(&escape_line(line));
    }
    out
}

/// Escapes text for a paragraph of its own, keeping its lines.
fn block(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.split('\n')
        .map(escape_line)
        .collect::<Vec<_>>()
        .join("  \n")
}

/// The bytes that can start a character [`escape_line`] changes: ASCII markup and controls,
/// and the first byte of the C1 controls (U+0080–U+009F: C2 80–C2 9F).
const MARKDOWN_MAY_CHANGE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    let mut i = 0;
    let others = *b"&<>\\`*_[]|~#!\x7F\xC2";
    while i < others.len() {
        table[others[i] as usize] = true;
        i += 1;
    }
    table
};

fn escape_line(line: &str) -> String {
    // Leading spaces would make a code block; they carry no meaning in a note.
    let line = line.trim_start();
    let mut out = String::with_capacity(line.len() + 8);
    // Runs of characters that stay as they are are copied whole (a character at a time was
    // a sixth of the report's time). Only these bytes start a character that changes: ASCII
    // markup and controls, and C1 controls (U+0080–U+009F: C2 80–C2 9F).
    let bytes = line.as_bytes();
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !MARKDOWN_MAY_CHANGE[usize::from(b)] {
            i += 1;
            continue;
        }
        let special = b != 0xC2 || matches!(bytes.get(i + 1), Some(0x80..=0x9F));
        if !special {
            i += 1;
            continue;
        }
        out.push_str(&line[from..i]);
        let c = line[i..].chars().next().expect("a character starts here");
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(' '),
        }
        i += c.len_utf8();
        from = i;
    }
    out.push_str(&line[from..]);
    // What only means something at the start of a line: list markers and ordered-list
    // numbers (followed by a space), and setext heading underlines.
    let marker_ends = |at: usize| matches!(out[at..].chars().next(), None | Some(' ' | '\t'));
    let first = out.chars().next();
    if first == Some('=') || (matches!(first, Some('-' | '+')) && marker_ends(1)) {
        out.insert(0, '\\');
    } else if first.is_some_and(|c| c.is_ascii_digit()) {
        let digits = out.chars().take_while(char::is_ascii_digit).count();
        if matches!(out[digits..].chars().next(), Some('.' | ')')) && marker_ends(digits + 1) {
            out.insert(digits, '\\');
        }
    }
    out
}

fn row(out: &mut String, cells: &[String]) {
    out.push('|');
    for c in cells {
        out.push(' ');
        out.push_str(if c.is_empty() { " " } else { c });
        out.push_str(" |");
    }
    out.push('\n');
}

fn table(out: &mut String, head: &[&str], right: &[usize], rows: Vec<Vec<String>>) {
    row(out, &head.iter().map(|h| h.to_string()).collect::<Vec<_>>());
    let rule: Vec<String> = (0..head.len())
        .map(|i| {
            if right.contains(&i) {
                "--:".into()
            } else {
                "---".into()
            }
        })
        .collect();
    row(out, &rule);
    for r in rows {
        row(out, &r);
    }
    out.push('\n');
}

/// The client's self-assessment against the assessor's levels, per section, and the
/// questions two levels or more apart.
fn self_assessment(out: &mut String, r: &Report) {
    use crate::survey::Comparison;
    let Some(c) = &r.self_assessment else { return };
    let lang = r.lang;
    let _ = writeln!(out, "## {}\n", Comparison::heading_in(lang));
    let _ = writeln!(out, "{}\n", inline(&c.summary()));
    let columns = Comparison::columns_in(lang);
    table(
        out,
        &columns.each_ref().map(String::as_str),
        &[1, 2, 3, 4, 6],
        c.sections
            .iter()
            .chain([&c.overall])
            .map(|row| {
                let mut cells = c.row_cells(row);
                cells[0] = inline(&cells[0]);
                cells.to_vec()
            })
            .collect(),
    );
    if !c.far_apart.is_empty() {
        let questions = c
            .far_apart
            .iter()
            .map(|f| format!("{} ({})", inline(&f.question), c.levels_apart(f)))
            .collect::<Vec<_>>()
            .join("; ");
        let _ = writeln!(
            out,
            "{}\n",
            t!(lang, "markdown-far-apart", questions = &questions)
        );
    }
}

/// `2 (Managed)`, `N/A`, or `—` when not answered.
fn maturity(report: &Report, w: &Words, q: &QuestionRow) -> String {
    match q.maturity {
        Some(m) => format!("{m} ({})", inline(report.level_label(m))),
        None if q.not_applicable => w.not_applicable_short.clone(),
        None => "—".into(),
    }
}

fn detail_heading(r: &Report) -> String {
    t!(
        r.lang,
        "markdown-heading-clauses",
        clauses = &r.labels.clauses
    )
}

fn annex_heading(r: &Report) -> String {
    t!(r.lang, "markdown-heading-annex", annex = &r.labels.annex)
}

/// The id a Markdown renderer gives a heading (GitHub's rule): lower case, spaces to `-`,
/// punctuation other than `-` and `_` dropped.
fn heading_slug(title: &str) -> String {
    title
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn anchor(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

fn cover(out: &mut String, r: &Report) {
    let lang = r.lang;
    let a = &r.assessment;
    let q = &a.questionnaire;
    let bold = |id: &str| format!("**{}**", t!(lang, id));
    let generated = r.generated_at.to_zoned(jiff::tz::TimeZone::UTC);
    let _ = writeln!(
        out,
        "# {}: {}\n",
        inline(&r.labels.title),
        inline(&a.organisation)
    );
    table(
        out,
        &["", ""],
        &[],
        vec![
            vec![bold("report-fact-organisation"), inline(&a.organisation)],
            vec![bold("report-fact-scope"), inline(&a.scope)],
            vec![bold("report-fact-assessor"), inline(&a.assessor)],
            vec![bold("report-fact-date"), lang.date(a.date)],
            vec![
                bold("report-fact-questionnaire"),
                t!(
                    lang,
                    "markdown-cover-questionnaire",
                    title = &inline(&q.title),
                    version = &inline(&q.version)
                ),
            ],
            vec![
                bold("report-fact-target"),
                format!("{} ({})", a.target, inline(r.level_label(a.target))),
            ],
            vec![bold("report-field-status"), r.status_label().into()],
            vec![
                bold("report-field-report-version"),
                inline(&r.document_control.report_version),
            ],
            vec![
                bold("report-field-confidentiality"),
                inline(&r.confidentiality()),
            ],
            vec![
                bold("report-fact-generated"),
                t!(
                    lang,
                    "markdown-cover-generated",
                    date = &lang.date(generated.date()),
                    time = &generated.strftime("%H:%M").to_string(),
                    generator = r.generator.name,
                    version = r.generator.version
                ),
            ],
        ],
    );
    if r.private_notes_included {
        let _ = writeln!(
            out,
            "> **{}** {}\n",
            t!(lang, "report-private-notes-included"),
            inline(&t!(lang, "report-private-notes-warning"))
        );
    }
    if q.changed_since_taken {
        let _ = writeln!(
            out,
            "> **{}** {}\n",
            t!(lang, "markdown-note"),
            t!(
                lang,
                "markdown-questionnaire-changed",
                taken = &inline(&q.taken_version),
                version = &inline(&q.version)
            )
        );
    }
    if let Some(stamp) = &r.stamp {
        let _ = writeln!(
            out,
            "> **{}:** {}\n",
            t!(lang, "report-stamp-label"),
            t!(
                lang,
                "markdown-stamp",
                stamp = &format!("`{stamp}`"),
                command = &format!("`{}`", r.stamp_check())
            )
        );
    }
    let _ = writeln!(out, "> {}\n", inline(&r.labels.disclaimer));
}

fn contents(out: &mut String, r: &Report) {
    let lang = r.lang;
    let _ = writeln!(out, "## {}\n", t!(lang, "report-heading-contents"));
    let mut items = vec![t!(lang, "report-heading-summary")];
    if let Some(p) = &r.progress {
        items.push(p.heading());
    }
    if r.self_assessment.is_some() {
        items.push(crate::survey::Comparison::heading_in(lang));
    }
    items.extend([
        detail_heading(r),
        annex_heading(r),
        t!(lang, "report-heading-roadmap"),
    ]);
    if !r.orphaned_answers.is_empty() {
        items.push(t!(lang, "markdown-heading-orphans"));
    }
    if !r.open_points.is_empty() {
        items.push(t!(lang, "report-heading-open-points"));
    }
    items.push(t!(lang, "report-heading-engagement"));
    items.push(t!(lang, "report-heading-sign-off"));
    items.push(t!(lang, "report-heading-method"));
    if !r.warnings.is_empty() {
        items.push(t!(lang, "markdown-heading-warnings"));
    }
    for (i, title) in items.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. [{}](#{})",
            i + 1,
            inline(title),
            heading_slug(title)
        );
    }
    out.push('\n');
}

fn summary(out: &mut String, r: &Report, w: &Words) {
    let lang = r.lang;
    let o = &r.overall;
    let t = r.assessment.target;
    let _ = writeln!(out, "## {}\n", t!(lang, "report-heading-summary"));
    narrative(out, r);
    let _ = writeln!(
        out,
        "**{}**: {}\n",
        t!(
            lang,
            "markdown-summary-readiness",
            readiness = &percent_in(lang, o.all.readiness)
        ),
        t!(
            lang,
            "markdown-summary-lead",
            ready = o.all.ready,
            applicable = o.all.applicable,
            target = &t.to_string(),
            answered = o.all.answered,
            coverage = &percent_in(lang, o.all.coverage)
        )
    );
    let score = t!(lang, "markdown-col-score");
    let coverage = t!(lang, "report-kpi-coverage");
    let readiness = t!(lang, "report-kpi-readiness");
    let overall = t!(lang, "report-progress-overall");
    table(
        out,
        &["", &score, &coverage, &readiness],
        &[1, 2, 3],
        [
            (r.labels.clauses.as_str(), &o.clauses),
            (r.labels.annex.as_str(), &o.annex),
            (overall.as_str(), &o.all),
        ]
        .into_iter()
        .map(|(name, f)| {
            vec![
                format!("**{name}**"),
                one_decimal_in(lang, f.score),
                percent_in(lang, f.coverage),
                percent_in(lang, f.readiness),
            ]
        })
        .collect(),
    );
    let p = &r.priorities;
    let _ = writeln!(
        out,
        "**{}:** {}\n",
        t!(lang, "report-kpi-gaps"),
        t!(
            lang,
            "markdown-summary-gaps",
            p1 = p.p1,
            p1_label = w.terms.priority(Priority::P1),
            p2 = p.p2,
            p2_label = w.terms.priority(Priority::P2),
            p3 = p.p3,
            p3_label = w.terms.priority(Priority::P3)
        )
    );
    if let Some(c) = &r.roadmap.costing {
        let _ = writeln!(out, "### {}\n", super::Costing::title_in(lang));
        let headers = super::Costing::headers_in(lang);
        table(
            out,
            &headers.each_ref().map(String::as_str),
            &[1, 2, 3],
            c.rows()
                .into_iter()
                .map(|row| row.iter().map(|x| inline(x)).collect())
                .collect(),
        );
        let _ = writeln!(out, "{}\n", inline(&c.basis()));
    }
    let _ = writeln!(out, "### {}\n", t!(lang, "markdown-heading-maturity"));
    let section = t!(lang, "markdown-col-section");
    table(
        out,
        &[
            &section,
            &score,
            &t!(lang, "report-col-target"),
            &readiness,
            &coverage,
        ],
        &[1, 2, 3, 4],
        r.sections
            .iter()
            .map(|s| {
                vec![
                    format!("{} {}", inline(&s.id), inline(&s.title)),
                    one_decimal_in(lang, s.figures.score),
                    t.to_string(),
                    percent_in(lang, s.figures.readiness),
                    percent_in(lang, s.figures.coverage),
                ]
            })
            .collect(),
    );
    let groups = &r.summary.blockers;
    if groups.is_empty() {
        let _ = writeln!(out, "### {}\n", t!(lang, "markdown-heading-blockers"));
        let _ = writeln!(out, "{}\n", t!(lang, "markdown-no-blockers"));
    } else {
        let _ = writeln!(
            out,
            "### {}\n",
            t!(
                lang,
                "report-blockers-count",
                count = r.priorities.p1,
                sections = groups.len()
            )
        );
        table(
            out,
            &[
                &section,
                &t!(lang, "markdown-col-blockers"),
                &t!(lang, "markdown-col-requirements"),
            ],
            &[1],
            groups
                .iter()
                .map(|g| {
                    vec![
                        format!("{} {}", inline(&g.section), inline(&g.title)),
                        g.count.to_string(),
                        inline(&g.requirements.join(", ")),
                    ]
                })
                .collect(),
        );
    }
    let gaps = r.gaps();
    if gaps.is_empty() {
        let _ = writeln!(out, "### {}\n", t!(lang, "markdown-heading-largest-gaps"));
        let _ = writeln!(out, "{}\n", t!(lang, "markdown-no-gaps"));
    } else {
        let top = &gaps[..gaps.len().min(super::summary::TOP_GAPS)];
        let _ = writeln!(
            out,
            "### {}\n",
            t!(lang, "report-top-gaps", count = top.len())
        );
        gap_table(out, r, w, top);
    }
}

/// The assessor's narrative, or the drafted one under its draft label.
fn narrative(out: &mut String, r: &Report) {
    let s = &r.summary;
    if !s.written && !s.paragraphs.is_empty() {
        let _ = writeln!(
            out,
            "> **{}**\n>",
            inline(&super::summary::draft_label(r.lang))
        );
        for (i, p) in s.paragraphs.iter().enumerate() {
            if i > 0 {
                out.push_str(">\n");
            }
            let _ = writeln!(out, "> {}", inline(p));
        }
        out.push('\n');
        return;
    }
    for p in &s.paragraphs {
        let _ = writeln!(out, "{}\n", inline(p));
    }
}

fn gap_table(out: &mut String, r: &Report, w: &Words, rows: &[&QuestionRow]) {
    let lang = r.lang;
    table(
        out,
        &[
            "#",
            &t!(lang, "report-col-ref"),
            &t!(lang, "report-col-requirement"),
            &w.maturity,
            &w.gap,
            &t!(lang, "report-col-priority"),
            &t!(lang, "report-col-action"),
        ],
        &[0, 4],
        rows.iter()
            .map(|q| {
                vec![
                    q.rank.map_or_else(String::new, |n| n.to_string()),
                    format!("[{}](#{})", inline(&q.id), anchor(&q.id)),
                    inline(&q.requirement_title),
                    maturity(r, w, q),
                    q.gap.map_or_else(String::new, |g| g.to_string()),
                    q.priority.map_or_else(String::new, |p| p.to_string()),
                    inline(&q.recommendation),
                ]
            })
            .collect(),
    );
}

fn warnings(out: &mut String, r: &Report) {
    if r.warnings.is_empty() {
        return;
    }
    let lang = r.lang;
    let _ = writeln!(out, "## {}\n", t!(lang, "markdown-heading-warnings"));
    let _ = writeln!(out, "{}\n", t!(lang, "markdown-warnings-intro"));
    // Each kind's title looked up once: a draft may have a warning per question.
    let mut titles: Vec<(crate::check::FindingKind, String)> = Vec::new();
    for w in &r.warnings {
        let title = match titles.iter().find(|(k, _)| *k == w.kind) {
            Some((_, title)) => title,
            None => {
                titles.push((w.kind, w.kind.title_in(lang)));
                &titles[titles.len() - 1].1
            }
        };
        let _ = writeln!(out, "- **{}**: {}", title, inline(&w.message));
    }
    out.push('\n');
}

fn detail(out: &mut String, r: &Report, w: &Words, kind: SectionKind) {
    let lang = r.lang;
    if kind == SectionKind::Clause {
        let _ = writeln!(out, "## {}\n", inline(&detail_heading(r)));
    }
    for s in r.sections.iter().filter(|s| s.kind == kind) {
        let _ = writeln!(
            out,
            "### {} {}\n\n{}\n",
            inline(&s.id),
            inline(&s.title),
            t!(
                lang,
                "markdown-section-figures",
                score = &one_decimal_in(lang, s.figures.score),
                readiness = &percent_in(lang, s.figures.readiness),
                coverage = &percent_in(lang, s.figures.coverage)
            )
        );
        for req in r.requirements.iter().filter(|x| x.section == s.id) {
            requirement_card(out, r, w, req);
        }
    }
}

/// A requirement's card: its id, title and intent, then one block per question.
fn requirement_card(out: &mut String, r: &Report, w: &Words, req: &RequirementRow) {
    let _ = writeln!(
        out,
        "#### {} {}\n",
        inline(&req.reference),
        inline(&req.title)
    );
    if !req.intent.trim().is_empty() {
        let _ = writeln!(out, "*{}:* {}\n", w.intent, inline(&req.intent));
    }
    for q in r.questions.iter().filter(|q| q.reference == req.reference) {
        question(out, r, w, q);
    }
}

fn question(out: &mut String, r: &Report, w: &Words, q: &QuestionRow) {
    let mut head = vec![inline(&q.id), w.terms.status(q.status).to_string()];
    if let Some(p) = q.priority {
        head.push(w.terms.priority(p).to_string());
    }
    let _ = writeln!(
        out,
        "<a id=\"{}\"></a>\n\n##### {}\n",
        anchor(&q.id),
        head.join(" · ")
    );
    if let Some(j) = &q.justification {
        let _ = writeln!(out, "**{}:** {}\n", w.not_applicable_because, block(j));
    }
    if !q.finding.trim().is_empty() {
        let _ = writeln!(out, "**{}:**  \n{}\n", q.finding_label(), block(&q.finding));
    }
    if let Some(notes) = q.notes.as_deref().filter(|n| !n.trim().is_empty()) {
        let _ = writeln!(out, "**{}:**  \n{}\n", w.private_notes, block(notes));
    }
    let mut facts = vec![
        format!("**{}:** {}", w.maturity, maturity(r, w, q)),
        format!("**{}:** {}", w.target, r.assessment.target),
    ];
    if let Some(g) = q.gap {
        facts.push(format!("**{}:** {g}", w.gap));
    }
    if q.documented {
        facts.push(format!("**{}**", w.documented));
    }
    let _ = writeln!(out, "{}\n", facts.join(" · "));
    if !q.evidence.is_empty() || q.basis.is_some() {
        let basis = q
            .basis
            .map_or(w.basis_not_recorded.as_str(), |b| w.terms.basis(b));
        let _ = writeln!(out, "**{}** ({basis}):\n", w.evidence);
        for e in &q.evidence {
            let _ = writeln!(out, "- {}", inline(e));
        }
        if q.evidence.is_empty() {
            let _ = writeln!(out, "- {}", w.none_cited);
        }
        out.push('\n');
    }
    if let Some(who) = q.said_by_line() {
        let _ = writeln!(out, "**{}:** {}\n", w.said_by, inline(&who));
    }
    if let Some(action) = q.action() {
        let own = if q.recommendation_by_assessor {
            format!(" {}", w.assessors_own)
        } else {
            String::new()
        };
        let _ = writeln!(out, "**{}{own}:** {}\n", w.recommendation, inline(action));
        let mut who = Vec::new();
        if !q.owner.trim().is_empty() {
            who.push(format!("**{}:** {}", w.owner, inline(&q.owner)));
        }
        if let Some(d) = q.due {
            who.push(format!("**{}:** {}", w.due, r.lang.date(d)));
        }
        if !who.is_empty() {
            let _ = writeln!(out, "{}\n", who.join(" · "));
        }
        let response = q.response().unwrap_or_default();
        let _ = if response.trim().is_empty() {
            writeln!(
                out,
                "**{}:** *{}*\n",
                w.management_response, w.awaiting_response
            )
        } else {
            writeln!(
                out,
                "**{}:**  \n{}\n",
                w.management_response,
                block(response)
            )
        };
    }
    let links: Vec<String> = r
        .crosswalks
        .iter()
        .filter_map(|f| {
            let refs = q.crosswalk.get(&f.id).filter(|v| !v.is_empty())?;
            let refs: Vec<String> = refs.iter().map(|x| inline(x)).collect();
            Some(format!("{} {}", inline(&f.title), refs.join(", ")))
        })
        .collect();
    if !links.is_empty() {
        let _ = writeln!(out, "**{}:** {}\n", w.related, links.join("; "));
    }
    // The interview prompt, small: the card is about the requirement, not the question.
    let _ = writeln!(out, "<sub>{}: {}</sub>\n", w.asked, inline(&q.prompt));
}

fn annex(out: &mut String, r: &Report, w: &Words) {
    let lang = r.lang;
    let _ = writeln!(out, "## {}\n", inline(&annex_heading(r)));
    if r.soa.is_empty() {
        let _ = writeln!(out, "{}\n", t!(lang, "report-no-annex"));
    } else {
        soa_table(out, r, w);
    }
    let _ = writeln!(out, "### {}\n", t!(lang, "report-heading-risk-register"));
    if r.risks.is_empty() {
        let _ = writeln!(out, "{}\n", t!(lang, "report-no-risks"));
    } else {
        table(
            out,
            &[
                &t!(lang, "report-col-risk"),
                &t!(lang, "report-col-title"),
                &t!(lang, "report-col-risk-level"),
                &t!(lang, "report-col-treated-by"),
                &t!(lang, "report-col-roadmap-actions"),
            ],
            &[],
            r.risks
                .iter()
                .map(|k| {
                    vec![
                        inline(&k.reference),
                        inline(&k.title),
                        k.level.label_in(lang),
                        inline(&k.controls.join(", ")),
                        k.steps(),
                    ]
                })
                .collect(),
        );
    }
    detail(out, r, w, SectionKind::Annex);
}

/// The Statement of Applicability's introduction and table.
fn soa_table(out: &mut String, r: &Report, w: &Words) {
    let lang = r.lang;
    let _ = writeln!(
        out,
        "{}\n",
        t!(lang, "markdown-soa-intro", annex = &inline(&r.labels.annex))
    );
    let _ = writeln!(out, "### {}\n", t!(lang, "report-heading-ai-systems"));
    let (inside, outside): (Vec<_>, Vec<_>) = r.systems.iter().partition(|s| s.in_scope);
    if inside.is_empty() {
        let _ = writeln!(out, "{}\n", t!(lang, "report-no-systems"));
    } else {
        table(
            out,
            &[
                &t!(lang, "report-col-system"),
                &t!(lang, "report-col-name"),
                &t!(lang, "report-col-purpose"),
                &t!(lang, "report-col-ai-roles"),
                &t!(lang, "report-col-eu-ai-act"),
            ],
            &[],
            inside
                .iter()
                .map(|s| {
                    vec![
                        inline(&s.reference()),
                        inline(&s.name),
                        inline(&s.purpose),
                        inline(&r.roles_text(&s.roles)),
                        s.class.label_in(lang),
                    ]
                })
                .collect(),
        );
    }
    if !outside.is_empty() {
        let names: Vec<String> = outside
            .iter()
            .map(|s| format!("{} {}", s.reference(), inline(&s.name)))
            .collect();
        let _ = writeln!(
            out,
            "{}\n",
            t!(
                lang,
                "markdown-systems-outside",
                systems = &names.join(", ")
            )
        );
    }
    let _ = writeln!(out, "### {}\n", t!(lang, "report-heading-controls"));
    table(
        out,
        &[
            &t!(lang, "report-col-control"),
            &t!(lang, "report-col-title"),
            &t!(lang, "report-col-applicable"),
            &t!(lang, "markdown-col-reason-type"),
            &t!(lang, "report-col-reason"),
            &t!(lang, "report-col-implementation"),
            &w.maturity,
            &w.owner,
            &t!(lang, "markdown-col-last-evidence"),
        ],
        &[6],
        r.soa
            .iter()
            .map(|s| {
                let mut status = w.terms.implementation(s.implementation).to_string();
                if s.applicable && s.unassessed > 0 && s.maturity.is_some() {
                    let _ = write!(
                        status,
                        " ({})",
                        t!(lang, "report-soa-unassessed", count = s.unassessed)
                    );
                }
                vec![
                    inline(&s.control),
                    inline(&s.title),
                    if s.applicable { &w.yes } else { &w.no }.clone(),
                    inline(&s.reason_type),
                    inline(&s.justification),
                    status,
                    one_decimal_in(lang, s.maturity),
                    inline(&s.owner),
                    s.last_evidence.map(|d| lang.date(d)).unwrap_or_default(),
                ]
            })
            .collect(),
    );
}

fn roadmap(out: &mut String, r: &Report) {
    use crate::scoring::days_in;
    let lang = r.lang;
    let m = &r.roadmap;
    let e = &m.effort_days;
    let _ = writeln!(out, "## {}\n", t!(lang, "report-heading-roadmap"));
    if let Some(why) = &m.impossible {
        let _ = writeln!(out, "**{}**\n", inline(why));
        return;
    }
    if m.actions.is_empty() {
        let _ = writeln!(out, "{}\n", t!(lang, "markdown-roadmap-no-gaps"));
        return;
    }
    let _ = writeln!(
        out,
        "{}\n",
        t!(
            lang,
            "markdown-roadmap-intro",
            count = m.actions.len(),
            days = &days_in(lang, m.total_days),
            s = &days_in(lang, e.s),
            m = &days_in(lang, e.m),
            l = &days_in(lang, e.l),
            pace = &m.pace(),
            start = &lang.date(m.start),
            end = &lang.date(m.end)
        )
    );
    let date = t!(lang, "report-col-date");
    table(
        out,
        &[
            &t!(lang, "markdown-col-milestone"),
            &date,
            &t!(lang, "markdown-col-reached"),
        ],
        &[],
        m.milestones
            .iter()
            .map(|x| {
                vec![
                    format!("**{}**", inline(&x.name)),
                    lang.date(x.date),
                    inline(&x.explanation()),
                ]
            })
            .collect(),
    );
    if !m.packages.is_empty() {
        let _ = writeln!(out, "### {}\n", super::PackageRow::title_in(lang));
        let columns = super::PackageRow::columns_in(lang);
        table(
            out,
            &columns.each_ref().map(String::as_str),
            &[1, 2],
            m.packages
                .iter()
                .map(|p| p.cells().into_iter().map(|c| inline(&c)).collect())
                .collect(),
        );
    }
    let action_columns = [
        "report-col-step",
        "report-col-ref",
        "report-col-action",
        "report-col-priority",
        "report-col-effort",
        "report-col-owner",
        "report-packages-start",
        "report-packages-end",
        "report-col-due",
    ]
    .map(|id| lang.t(id));
    for phase in &r.phases {
        let actions: Vec<_> = m.actions.iter().filter(|a| a.phase == phase.id).collect();
        if actions.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "### {}\n\n{}\n",
            inline(&phase.title),
            inline(&phase.description)
        );
        table(
            out,
            &action_columns.each_ref().map(String::as_str),
            &[0],
            actions
                .into_iter()
                .map(|a| {
                    let due = a.due_text();
                    vec![
                        a.step.to_string(),
                        inline(&a.reference),
                        inline(&a.text()),
                        a.priority.to_string(),
                        a.effort.to_string(),
                        inline(&a.owner),
                        lang.date(a.start),
                        lang.date(a.end),
                        due,
                    ]
                })
                .collect(),
        );
    }
}

fn orphans(out: &mut String, r: &Report) {
    if r.orphaned_answers.is_empty() {
        return;
    }
    use crate::assessment::Response;
    let lang = r.lang;
    let _ = writeln!(out, "## {}\n", t!(lang, "markdown-heading-orphans"));
    let _ = writeln!(out, "{}\n", t!(lang, "markdown-orphans-intro"));
    for o in &r.orphaned_answers {
        let response = match &o.answer.response {
            Response::Unanswered => t!(lang, "markdown-orphan-unanswered"),
            Response::Maturity { level } => {
                t!(lang, "markdown-orphan-maturity", level = &level.to_string())
            }
            Response::NotApplicable { .. } => t!(lang, "markdown-orphan-not-applicable"),
        };
        let _ = writeln!(
            out,
            "- **{}**: {}",
            inline(&o.question_id),
            inline(&response)
        );
    }
    out.push('\n');
}

fn appendix(out: &mut String, r: &Report) {
    let _ = writeln!(out, "## {}\n", t!(r.lang, "report-heading-method"));
    for part in method::appendix(r) {
        let _ = writeln!(out, "### {}\n", inline(&part.title));
        for p in &part.paragraphs {
            let _ = writeln!(out, "{}\n", inline(p));
        }
        for b in &part.bullets {
            let _ = writeln!(out, "- {}", inline(b));
        }
        if !part.bullets.is_empty() {
            out.push('\n');
        }
    }
    let _ = writeln!(
        out,
        "### {}\n\n{}\n",
        t!(r.lang, "markdown-heading-about"),
        inline(&r.labels.disclaimer)
    );
    if !r.labels.copyright.is_empty() {
        let _ = writeln!(out, "{}", inline(&r.labels.copyright));
    }
}

#[cfg(test)]
mod tests {
    use super::escape_line;
    use proptest::prelude::*;

    /// The escaping of a line a character at a time, as [`escape_line`] did before it copied
    /// runs.
    fn escaped_by_char(line: &str) -> String {
        let line = line.trim_start();
        let mut out = String::new();
        for c in line.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' => {
                    out.push('\\');
                    out.push(c);
                }
                c if c.is_control() => out.push(' '),
                c => out.push(c),
            }
        }
        out
    }

    proptest! {
        #[test]
        fn a_line_is_escaped_as_a_character_at_a_time(
            line in "[a-z&<>\\\\`*_\\[\\]|~#!\t\r\u{0}-\u{1f}\u{7f}-\u{a0}é🙂 .]{0,40}"
        ) {
            // The start-of-line markers are escaped after, alike: lines that start with a
            // letter leave them out.
            let line = format!("x{line}");
            prop_assert_eq!(escape_line(&line), escaped_by_char(&line));
        }

        #[test]
        fn any_text_is_escaped_as_a_character_at_a_time(line in any::<String>()) {
            let line = format!("x{line}");
            prop_assert_eq!(escape_line(&line), escaped_by_char(&line));
        }
    }
}
