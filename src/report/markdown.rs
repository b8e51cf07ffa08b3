//! Markdown gap report: the same content as the HTML report, for a wiki, a repository or a
//! converter such as pandoc. Every piece of text is escaped, so a note cannot add headings,
//! links, HTML or table cells of its own.

use std::fmt::Write as _;

use super::method;
use super::{QuestionRow, Report, RequirementRow, card};
use crate::questionnaire::SectionKind;
use crate::scoring::{Priority, one_decimal, percent};

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    page_mark(&mut out, report);
    cover(&mut out, report);
    contents(&mut out, report);
    summary(&mut out, report);
    if let Some(p) = &report.progress {
        out.push_str(&p.markdown(2));
        out.push('\n');
    }
    self_assessment(&mut out, report);
    detail(&mut out, report, SectionKind::Clause);
    annex(&mut out, report);
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
        let _ = writeln!(out, "> **{}**\n", inline(super::DRAFT_NOTICE));
    }
}

/// The parking lot's points still open: only while there are any.
fn open_points(out: &mut String, r: &Report) {
    if r.open_points.is_empty() {
        return;
    }
    out.push_str("## Open points\n\n");
    out.push_str("Questions parked in the workshop for follow-up and not yet resolved.\n\n");
    table(
        out,
        &["Question", "Requirement", "To follow up", "Parked"],
        &[],
        r.open_points
            .iter()
            .map(|p| {
                vec![
                    inline(&p.question_id),
                    inline(format!("{} {}", p.reference, p.requirement_title).trim()),
                    inline(&p.text),
                    p.parked_on(),
                ]
            })
            .collect(),
    );
}

fn engagement(out: &mut String, r: &Report) {
    out.push_str("## Engagement record\n\n### Attendees and interviewees\n\n");
    if r.attendees.is_empty() {
        out.push_str("No attendees recorded.\n\n");
    } else {
        table(
            out,
            &["Ref", "Name", "Role"],
            &[],
            r.attendees
                .iter()
                .map(|a| vec![a.reference(), inline(&a.name), inline(&a.role)])
                .collect(),
        );
    }
    out.push_str("### Documents reviewed and evidence index\n\n");
    if r.documents.is_empty() {
        out.push_str("No documents registered.\n\n");
    } else {
        out.push_str(
            "Each document with the questions whose evidence cites it (by its reference or \
             title).\n\n",
        );
        table(
            out,
            &["Ref", "Title", "Version", "Date", "Supports"],
            &[],
            r.documents
                .iter()
                .map(|d| {
                    vec![
                        d.reference.clone(),
                        inline(&d.document.title),
                        inline(&d.document.version),
                        d.document.date.map(|d| d.to_string()).unwrap_or_default(),
                        if d.answers.is_empty() {
                            "(no answer cites it)".into()
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
    out.push_str("## Document control and sign-off\n\n");
    let c = &r.document_control;
    let mut rows = vec![
        vec!["**Report version**".into(), inline(&c.report_version)],
        vec!["**Status**".into(), r.status_label().into()],
        vec!["**Confidentiality**".into(), inline(&c.confidentiality)],
        vec!["**Distribution**".into(), inline(&r.distribution())],
    ];
    if let Some(at) = c.finalised_at {
        rows.push(vec![
            "**Finalised**".into(),
            at.strftime("%Y-%m-%d %H:%M UTC").to_string(),
        ]);
    }
    if let Some(stamp) = &r.stamp {
        rows.push(vec![
            format!("**{}**", super::STAMP_LABEL),
            format!("`{stamp}`"),
        ]);
    }
    table(out, &["", ""], &[], rows);
    table(
        out,
        &["", "Name", "Date"],
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

fn escape_line(line: &str) -> String {
    // Leading spaces would make a code block; they carry no meaning in a note.
    let line = line.trim_start();
    let mut out = String::with_capacity(line.len() + 8);
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
    let _ = writeln!(out, "## {}\n", Comparison::HEADING);
    let _ = writeln!(out, "{}\n", inline(&c.summary()));
    table(
        out,
        &Comparison::COLUMNS,
        &[1, 2, 3, 4, 6],
        c.sections
            .iter()
            .chain([&c.overall])
            .map(|row| {
                let mut cells = Comparison::cells(row);
                cells[0] = inline(&cells[0]);
                cells.to_vec()
            })
            .collect(),
    );
    if !c.far_apart.is_empty() {
        let _ = writeln!(
            out,
            "Two levels or more apart, to go through first: {}\n",
            c.far_apart
                .iter()
                .map(|f| format!(
                    "{} (client {}, assessor {})",
                    inline(&f.question),
                    f.self_level,
                    f.assessor_level
                ))
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
}

/// `2 (Managed)`, `N/A`, or `—` when not answered.
fn maturity(report: &Report, q: &QuestionRow) -> String {
    match q.maturity {
        Some(m) => format!("{m} ({})", inline(report.level_label(m))),
        None if q.not_applicable => "N/A".into(),
        None => "—".into(),
    }
}

fn detail_heading(r: &Report) -> String {
    format!("{} in detail", r.labels.clauses)
}

fn annex_heading(r: &Report) -> String {
    format!("{} and the Statement of Applicability", r.labels.annex)
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
    let a = &r.assessment;
    let q = &a.questionnaire;
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
            vec!["**Organisation**".into(), inline(&a.organisation)],
            vec!["**Scope**".into(), inline(&a.scope)],
            vec!["**Assessor**".into(), inline(&a.assessor)],
            vec!["**Assessment date**".into(), a.date.to_string()],
            vec![
                "**Questionnaire**".into(),
                format!("{} (version {})", inline(&q.title), inline(&q.version)),
            ],
            vec![
                "**Target maturity**".into(),
                format!("{} ({})", a.target, inline(r.level_label(a.target))),
            ],
            vec!["**Status**".into(), r.status_label().into()],
            vec![
                "**Report version**".into(),
                inline(&r.document_control.report_version),
            ],
            vec![
                "**Confidentiality**".into(),
                inline(&r.document_control.confidentiality),
            ],
            vec![
                "**Generated**".into(),
                format!(
                    "{} by {} {}",
                    r.generated_at.strftime("%Y-%m-%d %H:%M UTC"),
                    r.generator.name,
                    r.generator.version
                ),
            ],
        ],
    );
    if r.private_notes_included {
        let _ = writeln!(
            out,
            "> **Private notes included.** {}\n",
            inline(super::PRIVATE_NOTES_WARNING)
        );
    }
    if q.changed_since_taken {
        let _ = writeln!(
            out,
            "> **Note.** The questionnaire has changed since this assessment was taken \
             (version {} then, {} now); answers are matched by question id.\n",
            inline(&q.taken_version),
            inline(&q.version)
        );
    }
    if let Some(stamp) = &r.stamp {
        let _ = writeln!(
            out,
            "> **{}:** `{stamp}` (`{}` prints the same digits while the assessment stays \
             final).\n",
            super::STAMP_LABEL,
            r.stamp_check()
        );
    }
    let _ = writeln!(out, "> {}\n", inline(&r.labels.disclaimer));
}

fn contents(out: &mut String, r: &Report) {
    out.push_str("## Contents\n\n");
    let mut items = vec!["Executive summary".to_string()];
    if let Some(p) = &r.progress {
        items.push(p.heading());
    }
    if r.self_assessment.is_some() {
        items.push(crate::survey::Comparison::HEADING.into());
    }
    items.extend([detail_heading(r), annex_heading(r), "Roadmap".into()]);
    if !r.orphaned_answers.is_empty() {
        items.push("Answers to questions no longer asked".into());
    }
    if !r.open_points.is_empty() {
        items.push("Open points".into());
    }
    items.push("Engagement record".into());
    items.push("Document control and sign-off".into());
    items.push("Appendix: method".into());
    if !r.warnings.is_empty() {
        items.push("Appendix: before handing over (draft only)".into());
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

fn summary(out: &mut String, r: &Report) {
    let o = &r.overall;
    let t = r.assessment.target;
    out.push_str("## Executive summary\n\n");
    narrative(out, r);
    let _ = writeln!(
        out,
        "**Readiness {}**: {} of {} applicable questions are at the target maturity of {t}. \
         {} of them have been answered (coverage {}).\n",
        percent(o.all.readiness),
        o.all.ready,
        o.all.applicable,
        o.all.answered,
        percent(o.all.coverage),
    );
    table(
        out,
        &["", "Score", "Coverage", "Readiness"],
        &[1, 2, 3],
        [
            (r.labels.clauses.as_str(), &o.clauses),
            (r.labels.annex.as_str(), &o.annex),
            ("Overall", &o.all),
        ]
        .into_iter()
        .map(|(name, f)| {
            vec![
                format!("**{name}**"),
                one_decimal(f.score),
                percent(f.coverage),
                percent(f.readiness),
            ]
        })
        .collect(),
    );
    let p = &r.priorities;
    let _ = writeln!(
        out,
        "**Gaps:** {} {}, {} {}, {} {}.\n",
        p.p1,
        Priority::P1.label(),
        p.p2,
        Priority::P2.label(),
        p.p3,
        Priority::P3.label()
    );
    if let Some(c) = &r.roadmap.costing {
        let _ = writeln!(out, "### {}\n", super::Costing::TITLE);
        table(
            out,
            &super::Costing::HEADERS,
            &[1, 2, 3],
            c.rows()
                .into_iter()
                .map(|row| row.iter().map(|x| inline(x)).collect())
                .collect(),
        );
        let _ = writeln!(out, "{}\n", inline(&c.basis()));
    }
    out.push_str("### Maturity against target\n\n");
    table(
        out,
        &["Section", "Score", "Target", "Readiness", "Coverage"],
        &[1, 2, 3, 4],
        r.sections
            .iter()
            .map(|s| {
                vec![
                    format!("{} {}", inline(&s.id), inline(&s.title)),
                    one_decimal(s.figures.score),
                    t.to_string(),
                    percent(s.figures.readiness),
                    percent(s.figures.coverage),
                ]
            })
            .collect(),
    );
    let groups = &r.summary.blockers;
    if groups.is_empty() {
        out.push_str("### Certification blockers (P1)\n\n");
        out.push_str("None: no clause question and no documented item is at maturity 0 or 1.\n\n");
    } else {
        let _ = writeln!(
            out,
            "### Certification blockers (P1): {} in {} {}\n",
            r.priorities.p1,
            groups.len(),
            if groups.len() == 1 {
                "section"
            } else {
                "sections"
            }
        );
        table(
            out,
            &["Section", "Blockers", "Requirements"],
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
        out.push_str("### The largest gaps\n\n");
        out.push_str("None: every answered question is at target.\n\n");
    } else {
        let top = &gaps[..gaps.len().min(super::summary::TOP_GAPS)];
        let _ = writeln!(out, "### The {} largest gaps and what to do\n", top.len());
        gap_table(out, r, top);
    }
}

/// The assessor's narrative, or the drafted one under its draft label.
fn narrative(out: &mut String, r: &Report) {
    let s = &r.summary;
    if !s.written && !s.paragraphs.is_empty() {
        let _ = writeln!(out, "> **{}**\n>", inline(super::summary::DRAFT_LABEL));
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

fn gap_table(out: &mut String, r: &Report, rows: &[&QuestionRow]) {
    table(
        out,
        &[
            "#",
            "Ref",
            "Requirement",
            "Maturity",
            "Gap",
            "Priority",
            "Action",
        ],
        &[0, 4],
        rows.iter()
            .map(|q| {
                vec![
                    q.rank.map_or_else(String::new, |n| n.to_string()),
                    format!("[{}](#{})", inline(&q.id), anchor(&q.id)),
                    inline(&q.requirement_title),
                    maturity(r, q),
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
    out.push_str("## Appendix: before handing over (draft only)\n\n");
    out.push_str(
        "The completeness check found these points; the figures above are computed as the \
         answers stand. A final report leaves this appendix out.\n\n",
    );
    for w in &r.warnings {
        let _ = writeln!(out, "- **{}**: {}", w.kind.title(), inline(&w.message));
    }
    out.push('\n');
}

fn detail(out: &mut String, r: &Report, kind: SectionKind) {
    if kind == SectionKind::Clause {
        let _ = writeln!(out, "## {}\n", inline(&detail_heading(r)));
    }
    for s in r.sections.iter().filter(|s| s.kind == kind) {
        let _ = writeln!(
            out,
            "### {} {}\n\nScore {}, readiness {}, coverage {}.\n",
            inline(&s.id),
            inline(&s.title),
            one_decimal(s.figures.score),
            percent(s.figures.readiness),
            percent(s.figures.coverage)
        );
        for req in r.requirements.iter().filter(|x| x.section == s.id) {
            requirement_card(out, r, req);
        }
    }
}

/// A requirement's card: its id, title and intent, then one block per question.
fn requirement_card(out: &mut String, r: &Report, req: &RequirementRow) {
    let _ = writeln!(
        out,
        "#### {} {}\n",
        inline(&req.reference),
        inline(&req.title)
    );
    if !req.intent.trim().is_empty() {
        let _ = writeln!(out, "*{}:* {}\n", card::INTENT, inline(&req.intent));
    }
    for q in r.questions.iter().filter(|q| q.reference == req.reference) {
        question(out, r, q);
    }
}

fn question(out: &mut String, r: &Report, q: &QuestionRow) {
    let mut head = vec![inline(&q.id), q.status.label().to_string()];
    if let Some(p) = q.priority {
        head.push(p.label());
    }
    let _ = writeln!(
        out,
        "<a id=\"{}\"></a>\n\n##### {}\n",
        anchor(&q.id),
        head.join(" · ")
    );
    if let Some(j) = &q.justification {
        let _ = writeln!(out, "**Not applicable because:** {}\n", block(j));
    }
    if !q.finding.trim().is_empty() {
        let _ = writeln!(out, "**{}:**  \n{}\n", q.finding_label(), block(&q.finding));
    }
    if let Some(notes) = q.notes.as_deref().filter(|n| !n.trim().is_empty()) {
        let _ = writeln!(
            out,
            "**Private notes (not for the client):**  \n{}\n",
            block(notes)
        );
    }
    let mut facts = vec![
        format!("**Maturity:** {}", maturity(r, q)),
        format!("**Target:** {}", r.assessment.target),
    ];
    if let Some(g) = q.gap {
        facts.push(format!("**Gap:** {g}"));
    }
    if q.documented {
        facts.push("**Documented information required**".into());
    }
    let _ = writeln!(out, "{}\n", facts.join(" · "));
    if !q.evidence.is_empty() || q.basis.is_some() {
        let basis = q
            .basis
            .map_or_else(|| "basis not recorded".into(), |b| b.describe().to_string());
        let _ = writeln!(out, "**Evidence** ({basis}):\n");
        for e in &q.evidence {
            let _ = writeln!(out, "- {}", inline(e));
        }
        if q.evidence.is_empty() {
            out.push_str("- none cited\n");
        }
        out.push('\n');
    }
    if let Some(who) = q.said_by_line() {
        let _ = writeln!(out, "**{}:** {}\n", card::SAID_BY, inline(&who));
    }
    if let Some(action) = q.action() {
        let own = if q.recommendation_by_assessor {
            format!(" {}", card::ASSESSORS_OWN)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "**{}{own}:** {}\n",
            card::RECOMMENDATION,
            inline(action)
        );
        let mut who = Vec::new();
        if !q.owner.trim().is_empty() {
            who.push(format!("**Owner:** {}", inline(&q.owner)));
        }
        if let Some(d) = q.due {
            who.push(format!("**Due:** {d}"));
        }
        if !who.is_empty() {
            let _ = writeln!(out, "{}\n", who.join(" · "));
        }
        let response = q.response().unwrap_or_default();
        let _ = if response.trim().is_empty() {
            writeln!(
                out,
                "**{}:** *{}*\n",
                card::MANAGEMENT_RESPONSE,
                card::AWAITING_RESPONSE
            )
        } else {
            writeln!(
                out,
                "**{}:**  \n{}\n",
                card::MANAGEMENT_RESPONSE,
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
        let _ = writeln!(out, "**{}:** {}\n", card::RELATED, links.join("; "));
    }
    // The interview prompt, small: the card is about the requirement, not the question.
    let _ = writeln!(out, "<sub>{}: {}</sub>\n", card::ASKED, inline(&q.prompt));
}

fn annex(out: &mut String, r: &Report) {
    let _ = writeln!(out, "## {}\n", inline(&annex_heading(r)));
    if r.soa.is_empty() {
        let _ = writeln!(out, "{}\n", super::NO_ANNEX);
    } else {
        soa_table(out, r);
    }
    let _ = writeln!(out, "### Risk register\n");
    if r.risks.is_empty() {
        let _ = writeln!(
            out,
            "No risk is recorded: no control is included to treat a named risk.\n"
        );
    } else {
        table(
            out,
            &["Risk", "Title", "Level", "Treated by", "Roadmap actions"],
            &[],
            r.risks
                .iter()
                .map(|k| {
                    vec![
                        inline(&k.reference),
                        inline(&k.title),
                        k.level.to_string(),
                        inline(&k.controls.join(", ")),
                        k.steps(),
                    ]
                })
                .collect(),
        );
    }
    detail(out, r, SectionKind::Annex);
}

/// The Statement of Applicability's introduction and table.
fn soa_table(out: &mut String, r: &Report) {
    let _ = writeln!(
        out,
        "A draft for the organisation to review and approve: every {} control, whether it \
         is included, why, and how far it is implemented today.\n",
        inline(&r.labels.annex)
    );
    let _ = writeln!(out, "### AI systems in scope\n");
    let (inside, outside): (Vec<_>, Vec<_>) = r.systems.iter().partition(|s| s.in_scope);
    if inside.is_empty() {
        let _ = writeln!(out, "No AI system is recorded in scope.\n");
    } else {
        table(
            out,
            &["System", "Name", "Purpose", "Our AI roles", "EU AI Act"],
            &[],
            inside
                .iter()
                .map(|s| {
                    vec![
                        inline(&s.reference()),
                        inline(&s.name),
                        inline(&s.purpose),
                        inline(&s.roles.join(", ")),
                        s.class.label().to_string(),
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
        let _ = writeln!(out, "Recorded, out of scope: {}.\n", names.join(", "));
    }
    let _ = writeln!(out, "### Controls\n");
    table(
        out,
        &[
            "Control",
            "Title",
            "Applicable",
            "Reason type",
            "Reason or justification",
            "Implementation",
            "Maturity",
            "Owner",
            "Last evidence",
        ],
        &[6],
        r.soa
            .iter()
            .map(|s| {
                let mut status = s.implementation.label().to_string();
                if s.applicable && s.unassessed > 0 && s.maturity.is_some() {
                    status.push_str(&format!(" ({} not assessed)", s.unassessed));
                }
                vec![
                    inline(&s.control),
                    inline(&s.title),
                    if s.applicable { "Yes" } else { "No" }.into(),
                    inline(&s.reason_type),
                    inline(&s.justification),
                    status,
                    one_decimal(s.maturity),
                    inline(&s.owner),
                    s.last_evidence.map(|d| d.to_string()).unwrap_or_default(),
                ]
            })
            .collect(),
    );
}

fn roadmap(out: &mut String, r: &Report) {
    let m = &r.roadmap;
    let e = &m.effort_days;
    out.push_str("## Roadmap\n\n");
    if let Some(why) = &m.impossible {
        let _ = writeln!(out, "**{}**\n", inline(why));
        return;
    }
    if m.actions.is_empty() {
        out.push_str("There is nothing to remediate: no answered question has a gap.\n\n");
        return;
    }
    let _ = writeln!(
        out,
        "{} actions, {} person-days in all (S = {}, M = {}, L = {} person-days), worked {} \
         from {}: the last action ends on {}.\n",
        m.actions.len(),
        crate::scoring::days(m.total_days),
        crate::scoring::days(e.s),
        crate::scoring::days(e.m),
        crate::scoring::days(e.l),
        m.pace(),
        m.start,
        m.end
    );
    table(
        out,
        &["Milestone", "Date", "How it was reached"],
        &[],
        m.milestones
            .iter()
            .map(|x| {
                vec![
                    format!("**{}**", inline(&x.name)),
                    x.date.to_string(),
                    inline(&x.explanation()),
                ]
            })
            .collect(),
    );
    if !m.packages.is_empty() {
        let _ = writeln!(out, "### {}\n", super::PackageRow::TITLE);
        table(
            out,
            &super::PackageRow::COLUMNS,
            &[1, 2],
            m.packages
                .iter()
                .map(|p| p.cells().into_iter().map(|c| inline(&c)).collect())
                .collect(),
        );
    }
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
            &[
                "Step", "Ref", "Action", "Priority", "Effort", "Owner", "Start", "End", "Due",
            ],
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
                        a.start.to_string(),
                        a.end.to_string(),
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
    out.push_str("## Answers to questions no longer asked\n\n");
    out.push_str(
        "These answers were given to questions that are not in the current questionnaire. \
         They are kept but not scored.\n\n",
    );
    for o in &r.orphaned_answers {
        let _ = writeln!(
            out,
            "- **{}**: {}",
            inline(&o.question_id),
            inline(&o.answer.response.to_string())
        );
    }
    out.push('\n');
}

fn appendix(out: &mut String, r: &Report) {
    out.push_str("## Appendix: method\n\n");
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
        "### About this report\n\n{}\n",
        inline(&r.labels.disclaimer)
    );
    if !r.labels.copyright.is_empty() {
        let _ = writeln!(out, "{}", inline(&r.labels.copyright));
    }
}
