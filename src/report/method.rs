//! The method appendix, written once for every format: the scale, the formulas, the priority
//! rules and how the roadmap's dates were computed, with this assessment's own settings.
//! It states what `scoring` and `roadmap` do; change them together.

use super::Report;
use crate::i18n::Lang;
use crate::scoring::Priority;
use crate::systems::EuClass;
use crate::t;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub title: String,
    pub paragraphs: Vec<String>,
    pub bullets: Vec<String>,
}

/// "clause 9" or "clauses 9 and 10", in `lang`.
fn clauses(lang: Lang, sections: &[String]) -> String {
    t!(
        lang,
        "method-clauses",
        count = sections.len(),
        list = &super::and_list(lang, sections)
    )
}

pub fn appendix(report: &Report) -> Vec<Part> {
    let lang = report.lang;
    let t = report.assessment.target;
    let target = t.to_string();
    let l = &report.labels;
    let annex = l.annex.as_str();
    // "clauses" in running English text; German nouns keep their capital.
    let clauses_label = match lang {
        Lang::De => l.clauses.clone(),
        Lang::En | Lang::Pseudo => {
            let mut c = l.clauses.chars();
            c.next()
                .map(|f| f.to_lowercase().chain(c).collect::<String>())
                .unwrap_or_default()
        }
    };
    let clauses_label = clauses_label.as_str();
    let r = &report.roadmap;
    let e = &r.effort_days;
    let p = l.in_part_from_level();
    let days = |x: f64| crate::scoring::days_in(lang, x);
    let stage1 = match l.stage1_sections.as_slice() {
        [] => t!(lang, "method-roadmap-stage1"),
        sections => t!(
            lang,
            "method-roadmap-stage1-clauses",
            clauses = &clauses(lang, sections)
        ),
    };
    let mut parts = vec![
        Part {
            title: t!(lang, "method-scale-title"),
            paragraphs: vec![t!(
                lang,
                "method-scale",
                target = &target,
                label = report.level_label(t)
            )],
            bullets: report
                .scale
                .iter()
                .map(|l| format!("{} {}: {}", l.level, l.label, l.description))
                .collect(),
        },
        Part {
            title: t!(lang, "method-scores-title"),
            paragraphs: vec![
                t!(lang, "method-scores-weights", target = &target),
                t!(lang, "method-scores-not-applicable", annex = annex),
                t!(
                    lang,
                    "method-scores-overall",
                    clauses = clauses_label,
                    annex = annex
                ),
                t!(lang, "method-scores-rounding"),
            ],
            bullets: vec![
                t!(lang, "method-scores-score"),
                t!(lang, "method-scores-coverage"),
                t!(lang, "method-scores-readiness"),
            ],
        },
        Part {
            title: t!(lang, "method-status-title"),
            paragraphs: vec![
                t!(lang, "method-status"),
                t!(lang, "method-status-order", annex = annex),
            ],
            bullets: vec![
                t!(
                    lang,
                    "method-status-p1",
                    priority = &Priority::P1.label_in(lang),
                    clauses = clauses_label
                ),
                t!(
                    lang,
                    "method-status-p2",
                    priority = &Priority::P2.label_in(lang)
                ),
                t!(
                    lang,
                    "method-status-p3",
                    priority = &Priority::P3.label_in(lang)
                ),
            ],
        },
        Part {
            title: t!(lang, "method-roadmap-title"),
            paragraphs: vec![
                t!(lang, "method-roadmap-actions"),
                ordering_rules(lang, &l.evaluation_sections, annex),
                t!(
                    lang,
                    "method-roadmap-dates",
                    start = &lang.date(r.start),
                    capacities = &capacities(lang, r),
                    s = &days(e.s),
                    m = &days(e.m),
                    l = &days(e.l),
                    holidays = r.holidays.len()
                ),
                t!(lang, "method-roadmap-critical"),
                format!(
                    "{stage1} {}",
                    t!(
                        lang,
                        "method-roadmap-stage2",
                        weeks = &days(r.audit_cycle_weeks)
                    )
                ),
            ]
            .into_iter()
            .chain(
                r.costing
                    .as_ref()
                    .map(|c| t!(lang, "method-roadmap-cost", rate = &c.money(c.day_rate))),
            )
            .collect(),
            bullets: Vec::new(),
        },
        Part {
            title: t!(lang, "method-soa-title"),
            paragraphs: vec![
                t!(lang, "method-soa-decisions", annex = annex),
                t!(
                    lang,
                    "method-soa-implementation",
                    target = &target,
                    part = &p.to_string(),
                    label = report.level_label(p)
                ),
                t!(lang, "method-soa-risks"),
                suggestions(report),
            ],
            bullets: Vec::new(),
        },
        Part {
            title: t!(lang, "method-evidence-title"),
            paragraphs: vec![t!(
                lang,
                "method-evidence",
                level = &l.evidence_from_level.to_string()
            )],
            bullets: Vec::new(),
        },
    ];
    if report.self_assessment.is_some() {
        parts.push(Part {
            title: t!(lang, "method-self-title"),
            paragraphs: vec![t!(
                lang,
                "method-self",
                apart = &crate::survey::FAR_APART.to_string()
            )],
            bullets: Vec::new(),
        });
    }
    if let Some(part) = blind_scoring(report) {
        parts.push(part);
    }
    if let Some(c) = &report.carry_over {
        parts.push(carry_over(lang, c));
    }
    parts
}

/// "9, 10, 11 and 12": the articles a class brings to an organisation in `role`.
fn articles(lang: Lang, class: EuClass, role: &str) -> String {
    let list: Vec<String> = class
        .articles(&[role.to_string()])
        .iter()
        .map(u32::to_string)
        .collect();
    super::and_list(lang, &list)
}

/// How applicability is suggested from the AI systems in scope, with this assessment's count.
fn suggestions(report: &Report) -> String {
    let lang = report.lang;
    let in_scope = report.systems.iter().filter(|s| s.in_scope).count();
    format!(
        "{} {}",
        t!(
            lang,
            "method-soa-suggestions",
            annex = &report.labels.annex,
            provider = &articles(lang, EuClass::HighRisk, "provider"),
            deployer = &articles(lang, EuClass::HighRisk, "customer"),
            transparency = &articles(lang, EuClass::Transparency, "customer"),
            general = &articles(lang, EuClass::GeneralPurpose, "provider"),
            prohibited = &articles(lang, EuClass::Prohibited, "customer")
        ),
        t!(lang, "method-soa-systems", count = in_scope)
    )
}

/// The rules that order the actions free to start, as `roadmap::build` applies them.
fn ordering_rules(lang: Lang, evaluation: &[String], annex: &str) -> String {
    let first = t!(lang, "method-roadmap-order");
    let then = t!(lang, "method-roadmap-order-then", annex = annex);
    match evaluation {
        [] => format!("{first} {then}"),
        sections => format!(
            "{first} {} {then}",
            t!(
                lang,
                "method-roadmap-evaluation",
                clauses = &clauses(lang, sections)
            )
        ),
    }
}

/// How ISO 27001 carry-over suggested levels, which answers reused them and the time saved.
fn carry_over(lang: Lang, c: &super::CarryOver) -> Part {
    let minutes = crate::iso27001::MINUTES_SAVED_PER_ANSWER;
    let hours = f64::from(c.minutes_saved) / 60.0;
    let in_place = if c.in_place.is_empty() {
        t!(lang, "method-carry-in-place", count = c.in_place.len())
    } else {
        t!(
            lang,
            "method-carry-in-place-list",
            count = c.in_place.len(),
            references = &c.in_place.join(", ")
        )
    };
    let saved = if c.minutes_saved == 0 {
        t!(lang, "method-carry-saved-none", minutes = minutes)
    } else {
        t!(
            lang,
            "method-carry-saved",
            hours = &crate::scoring::one_decimal_in(lang, Some(hours)),
            saved = c.minutes_saved,
            minutes = minutes
        )
    };
    Part {
        title: t!(lang, "method-carry-title"),
        paragraphs: vec![
            format!("{in_place} {}", t!(lang, "method-carry-rule")),
            format!(
                "{} {saved}",
                t!(
                    lang,
                    "method-carry-reused",
                    reused = c.reused.len(),
                    kept = c.kept
                )
            ),
        ],
        bullets: c
            .reused
            .iter()
            .map(|r| {
                let (state, now) = match r.maturity {
                    Some(m) if m == r.level => ("kept", String::new()),
                    Some(m) => ("now", m.to_string()),
                    None => ("gone", String::new()),
                };
                t!(
                    lang,
                    "method-carry-answer",
                    question = &r.question,
                    reference = &r.reference,
                    title = &r.requirement_title,
                    level = &r.level.to_string(),
                    from = &r.from.join(", "),
                    state = state,
                    now = &now
                )
            })
            .collect(),
    }
}

/// "Anna Novak (CISO) 4 person-days a week, everyone else 2.5".
fn capacities(lang: Lang, r: &super::RoadmapView) -> String {
    let own: Vec<String> = r
        .owner_capacity
        .iter()
        .map(|(o, c)| format!("{o} {}", crate::scoring::days_in(lang, *c)))
        .collect();
    let all = crate::scoring::days_in(lang, r.capacity);
    if own.is_empty() {
        t!(lang, "method-capacity-each", days = &all)
    } else {
        t!(
            lang,
            "method-capacity-owners",
            owners = &own.join(", "),
            days = &all
        )
    }
}

/// How far the assessors who scored blind agreed, once their copies came back: nothing when
/// none has.
fn blind_scoring(report: &Report) -> Option<Part> {
    let lang = report.lang;
    let day = |t: jiff::Timestamp| lang.date_text(&t.strftime("%Y-%m-%d").to_string());
    let bullets: Vec<String> = report
        .handouts
        .iter()
        .filter_map(|h| {
            let (at, compared, within_one) = (h.returned_at?, h.compared?, h.within_one?);
            let agreement = crate::calibration::Agreement {
                compared,
                within_one,
            };
            Some(match agreement.percent() {
                None => t!(
                    lang,
                    "method-blind-copy",
                    assessor = &h.assessor,
                    handed = &day(h.handed_at),
                    merged = &day(at),
                    compared = compared,
                    within = within_one
                ),
                Some(p) => t!(
                    lang,
                    "method-blind-copy-share",
                    assessor = &h.assessor,
                    handed = &day(h.handed_at),
                    merged = &day(at),
                    compared = compared,
                    within = within_one,
                    share = &crate::scoring::percent_in(lang, Some(p as f64 / 100.0))
                ),
            })
        })
        .collect();
    if bullets.is_empty() {
        return None;
    }
    Some(Part {
        title: t!(lang, "method-blind-title"),
        paragraphs: vec![t!(
            lang,
            "method-blind",
            apart = &crate::calibration::TALK_OVER.to_string()
        )],
        bullets,
    })
}
