//! The report model: everything an export shows, computed once from an open assessment.
//! Each output format is a file of its own that renders this model and nothing else.

pub mod csv;
pub mod docx;
pub mod html;
pub mod json;
pub mod markdown;
pub mod method;
pub mod summary;
pub mod xlsx;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;

use crate::assessment::{Answer, EffortDays, EvidenceBasis, Response};
use crate::check::{self, Finding};
use crate::engagement::{Attendee, DocumentControl, Event, ReviewedDocument};
use crate::i18n::Lang;
use crate::questionnaire::{Effort, Framework, Labels, Level, Phase, SectionKind};
use crate::roadmap::{self, Roadmap};
use crate::scoring::{Figures, Priority, Status};
use crate::session::Session;
use crate::t;

/// Every export format, all rendered from one [`Report`]: the one list of formats, which the
/// command line (`cli`) and the export dialog both offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Format {
    /// The gap report in Markdown.
    Markdown,
    /// The gap report as one self-contained HTML file.
    Html,
    /// The gap report as an Excel workbook.
    Xlsx,
    /// The gap report as an editable Word document.
    Docx,
    /// One CSV row per question, every field.
    Csv,
    /// The draft Statement of Applicability as CSV.
    Soa,
    /// The dated roadmap as CSV.
    Roadmap,
    /// The complete model as JSON.
    Json,
}

// A format added to the enum and not to `Format::ALL` would be missing from the export dialog.
const _: () = assert!(Format::ALL.len() == <Format as strum::EnumCount>::COUNT);

impl Format {
    /// Every format once, in the order the export dialog lists them.
    pub const ALL: [Format; 8] = [
        Format::Html,
        Format::Docx,
        Format::Xlsx,
        Format::Markdown,
        Format::Csv,
        Format::Soa,
        Format::Roadmap,
        Format::Json,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Xlsx => "xlsx",
            Format::Docx => "docx",
            Format::Csv => "csv",
            Format::Soa => "soa",
            Format::Roadmap => "roadmap",
            Format::Json => "json",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Format::Markdown => "Gap report, Markdown",
            Format::Html => "Gap report, HTML (prints to PDF)",
            Format::Xlsx => "Gap report, Excel workbook",
            Format::Docx => "Gap report, Word document (DOCX)",
            Format::Csv => "Questions, CSV",
            Format::Soa => "Statement of Applicability, CSV",
            Format::Roadmap => "Roadmap, CSV",
            Format::Json => "Everything, JSON",
        }
    }

    /// [`Format::describe`] in `lang`, as the export dialog and the command line list it.
    pub fn describe_in(self, lang: Lang) -> String {
        lang.t(match self {
            Format::Markdown => "report-format-markdown",
            Format::Html => "report-format-html",
            Format::Xlsx => "report-format-xlsx",
            Format::Docx => "report-format-docx",
            Format::Csv => "report-format-csv",
            Format::Soa => "report-format-soa",
            Format::Roadmap => "report-format-roadmap",
            Format::Json => "report-format-json",
        })
    }

    /// The file name a new export gets, without directory.
    pub fn default_file_name(self, organisation: &str, date: Date) -> String {
        let slug: String = organisation
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let slug = slug
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let slug = if slug.is_empty() {
            "assessment".to_string()
        } else {
            slug
        };
        let (kind, ext) = match self {
            Format::Markdown => ("gap-report", "md"),
            Format::Html => ("gap-report", "html"),
            Format::Xlsx => ("gap-report", "xlsx"),
            Format::Docx => ("gap-report", "docx"),
            Format::Csv => ("questions", "csv"),
            Format::Soa => ("soa", "csv"),
            Format::Roadmap => ("roadmap", "csv"),
            Format::Json => ("assessment", "json"),
        };
        format!("{slug}-{kind}-{date}.{ext}")
    }

    /// Binary formats cannot go to a terminal.
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Xlsx | Format::Docx)
    }

    /// The report in this format, the CSV formats delimited as its language writes them
    /// (`;` where the decimal separator is a comma).
    pub fn render(self, report: &Report) -> anyhow::Result<Vec<u8>> {
        let options = RenderOptions {
            csv_delimiter: report.lang.csv_delimiter(),
        };
        self.render_with(report, &options)
    }

    /// The CSV formats (csv, soa, roadmap) take the delimiter; the others ignore it.
    pub fn is_csv(self) -> bool {
        matches!(self, Format::Csv | Format::Soa | Format::Roadmap)
    }

    pub fn render_with(self, report: &Report, options: &RenderOptions) -> anyhow::Result<Vec<u8>> {
        let d = options.csv_delimiter;
        Ok(match self {
            Format::Markdown => markdown::render(report).into_bytes(),
            Format::Html => html::render(report).into_bytes(),
            Format::Xlsx => xlsx::render(report)?,
            Format::Docx => docx::render(report)?,
            Format::Csv => csv::questions_with(report, d).into_bytes(),
            Format::Soa => csv::soa_with(report, d).into_bytes(),
            Format::Roadmap => csv::roadmap_with(report, d).into_bytes(),
            Format::Json => json::render(report).into_bytes(),
        })
    }
}

/// How a format is written, beyond the report itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenderOptions {
    /// Between the fields of the CSV formats: one of [`csv::DELIMITERS`].
    pub csv_delimiter: u8,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            csv_delimiter: b',',
        }
    }
}

/// Makes text that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`,
/// a tab or a carriage return) inert, by putting an apostrophe in front of it. Used by the
/// CSV and XLSX exports for every cell that holds user or questionnaire text.
pub fn defuse_formula(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// Bumped whenever a field is renamed or removed, or its meaning changes.
/// 2: answers carry a client-facing `finding`; private `notes` are left out unless asked for.
/// 3: no `generated_at` (the export is the same bytes for the same assessment, so a final
/// report's stamp can be checked against it); the engagement record and document control.
/// 4: the Statement of Applicability decided per control, with typed reasons and a risk register.
/// 5: a roadmap action closes one or more questions (`questions`, `question` being the first):
/// questions of a requirement that produce the same document share one action.
/// 6: roadmap actions name the risks they treat (`risks`), risks the steps treating them
/// (`actions`).
/// 7: the report's `language`: its texts (the questionnaire's titles, prompts and
/// recommendations, the scale's labels, the warnings) are in that language, no longer
/// always English.
pub const SCHEMA_VERSION: u32 = 7;

/// In place of the Statement of Applicability when the questionnaire has no annex sections
/// (every section of a minimal questionnaire is a clause unless it says otherwise).
pub const NO_ANNEX: &str = "This questionnaire has no annex sections: there are no controls to \
    include or exclude, so there is no Statement of Applicability.";

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub generator: Generator,
    /// When this report was made: on the covers, never in the JSON export, which must be the
    /// same bytes however often it is made (a final report's stamp is its SHA-256).
    #[serde(skip)]
    pub generated_at: Timestamp,
    /// The SHA-256 (hex) of this assessment's JSON export, for a final report: on its cover.
    /// Never in the JSON export itself.
    #[serde(skip)]
    pub stamp: Option<String>,
    /// "draft" or "final".
    pub status: &'static str,
    /// Report version, confidentiality, distribution, sign-off, time of finalising.
    pub document_control: DocumentControl,
    /// Attendees and interviewees (A1, A2 …).
    pub attendees: Vec<Attendee>,
    /// The documents reviewed (D1, D2 …), each with the answers whose evidence cites it:
    /// the evidence index.
    pub documents: Vec<DocumentEntry>,
    /// The assessment's own events: finalised, reopened.
    pub events: Vec<Event>,
    /// Copies handed out to other assessors (`aimsgap fork`), oldest first; for those scored
    /// blind and merged back, how far their levels agreed with this assessment's.
    pub handouts: Vec<HandoutRow>,
    /// The parking lot's points still open, in the order parked: listed until resolved.
    pub open_points: Vec<OpenPointRow>,
    /// The light risk register (R1, R2 …), each risk with the controls that treat it.
    pub risks: Vec<RiskRow>,
    /// The AI systems inventory (S1, S2 …), in scope or not.
    pub systems: Vec<crate::systems::AiSystem>,
    /// The assessor's private notes are in this report (`--include-private-notes`): it is not
    /// a client deliverable as it stands. False by default.
    pub private_notes_included: bool,
    /// The language every format writes the report in: its words (from the catalogue,
    /// [`crate::i18n`]), numbers and dates, and the questionnaire's texts. The assessment's
    /// own language unless the export chose another (`export --lang`). In the JSON export as
    /// `language`, its code (`en`, `de`): keys and machine values are the same in every
    /// language, the texts are not.
    #[serde(rename = "language")]
    pub lang: crate::i18n::Lang,
    pub assessment: AssessmentInfo,
    /// What the questionnaire calls the standard and its parts; titles, labels and the
    /// disclaimer of every format come from here (not in the JSON export: it is wording).
    #[serde(skip)]
    pub labels: Labels,
    pub scale: Vec<Level>,
    /// Every question in questionnaire order, with its answer and its scoring.
    pub questions: Vec<QuestionRow>,
    pub requirements: Vec<RequirementRow>,
    pub sections: Vec<SectionRow>,
    pub overall: Overall,
    pub priorities: PriorityCounts,
    /// Answers to questions that are no longer in the questionnaire: kept, never dropped.
    pub orphaned_answers: Vec<Orphan>,
    /// Roadmap phases, in order.
    pub phases: Vec<Phase>,
    /// Frameworks that crosswalk references point into.
    pub crosswalks: Vec<Framework>,
    pub roadmap: RoadmapView,
    /// The draft Statement of Applicability: one row per annex control.
    pub soa: Vec<SoaRow>,
    /// What to fix before handing the report over (the completeness check), the messages in
    /// the report's language (titles: [`check::FindingKind::title_in`]).
    pub warnings: Vec<Finding>,
    /// The assessor's narrative for the executive summary as written; empty when none is.
    pub narrative: String,
    /// What the executive summary says: the narrative (or a drafted one) and the blockers
    /// grouped by section. Computed from the rest, so not in the JSON export.
    #[serde(skip)]
    pub summary: summary::ExecutiveSummary,
    /// A re-assessment against the assessment it was copied from: absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<crate::progress::Progress>,
    /// The client's self-assessment against the assessor's levels, per section: absent when
    /// none was imported (`aimsgap survey import`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_assessment: Option<crate::survey::Comparison>,
    /// ISO 27001 carry-over: the references in place and the answers reused from them;
    /// absent when none is in place and no answer was reused.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carry_over: Option<CarryOver>,
}

/// What the report says of the ISO 27001 carry-over (see `crate::iso27001`).
#[derive(Debug, Clone, Serialize)]
pub struct CarryOver {
    /// The ISO/IEC 27001:2022 clauses and Annex A controls in place, in the standard's order.
    pub in_place: Vec<String>,
    /// The answers whose level was accepted from a suggestion, in questionnaire order.
    pub reused: Vec<ReusedRow>,
    /// Of those, the ones still at the level carried over.
    pub kept: usize,
    /// The estimated workshop minutes saved (see the method appendix).
    pub minutes_saved: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReusedRow {
    pub question: String,
    #[serde(rename = "ref")]
    pub reference: String,
    pub requirement_title: String,
    /// The ISO 27001 references it was carried over from.
    pub from: Vec<String>,
    /// The level suggested and accepted.
    pub level: u8,
    /// The level now (null when no longer scored).
    pub maturity: Option<u8>,
}

/// The carry-over section's content, or none when there is nothing to say.
fn carry_over(session: &Session) -> Option<CarryOver> {
    let reused = crate::iso27001::reused(&session.answers);
    let in_place = &session.engagement.iso27001;
    if in_place.is_empty() && reused.is_empty() {
        return None;
    }
    let mut refs: Vec<String> = in_place.iter().cloned().collect();
    refs.sort_by_key(|r| crate::iso27001::order(r));
    let mut rows: Vec<ReusedRow> = reused
        .iter()
        .map(|(q, c, _)| {
            let at = session.questionnaire.question(q);
            ReusedRow {
                question: (*q).to_string(),
                reference: at
                    .map(|a| a.requirement.reference.clone())
                    .unwrap_or_default(),
                requirement_title: at.map(|a| a.requirement.title.clone()).unwrap_or_default(),
                from: c.refs.clone(),
                level: c.level,
                maturity: session.answers.get(*q).and_then(|a| a.response.maturity()),
            }
        })
        .collect();
    let position = |q: &str| {
        session
            .questionnaire
            .questions()
            .position(|x| x.question.id == q)
            .unwrap_or(usize::MAX)
    };
    rows.sort_by_key(|r| position(&r.question));
    Some(CarryOver {
        in_place: refs,
        kept: reused.iter().filter(|(_, _, kept)| *kept).count(),
        minutes_saved: crate::iso27001::minutes_saved(&session.answers),
        reused: rows,
    })
}

#[derive(Debug, Clone, Serialize)]
pub struct RoadmapView {
    pub start: Date,
    /// Person-days per week.
    pub capacity: f64,
    pub effort_days: EffortDays,
    pub audit_cycle_weeks: f64,
    /// Person-days of all actions together.
    pub total_days: f64,
    /// The day the last action ends.
    pub end: Date,
    /// Why the roadmap cannot be dated, when it cannot (then it has no actions or
    /// milestones, and `end` is the start): every format says so in its place.
    pub impossible: Option<String>,
    /// Owners with a capacity of their own (person-days per week).
    pub owner_capacity: std::collections::BTreeMap<String, f64>,
    /// Days off besides weekends.
    pub holidays: Vec<Date>,
    /// Each owner's load, in order of their first action.
    pub owners: Vec<OwnerRow>,
    pub milestones: Vec<MilestoneRow>,
    pub actions: Vec<ActionRow>,
    /// The work packages with actions, in the order of their first action: what each
    /// amounts to. Empty when the questionnaire declares none.
    pub packages: Vec<PackageRow>,
    /// Person-days, cost and FTE per phase, when a day rate is set (`set --day-rate`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub costing: Option<Costing>,
    /// The report's language, for [`Self::pace`] and [`Self::over_allocated`].
    #[serde(skip)]
    pub lang: Lang,
}

/// A work package of the roadmap: its actions summed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackageRow {
    pub package: String,
    pub title: String,
    pub actions: usize,
    /// Person-days of its actions together.
    pub days: f64,
    /// The first of its actions' starts and the last of their ends.
    pub start: Date,
    pub end: Date,
    /// The owners of its actions, in order of their first action there ("" for none yet).
    pub owners: Vec<String>,
    /// The report's language, for [`Self::cells`].
    #[serde(skip)]
    pub lang: Lang,
}

impl PackageRow {
    /// Heading of the summary in the roadmap section of every format.
    pub const TITLE: &str = "Work packages";
    /// Its columns, the same in every format.
    pub const COLUMNS: [&str; 6] = [
        "Work package",
        "Actions",
        "Person-days",
        "Start",
        "End",
        "Owners",
    ];

    /// [`Self::TITLE`] in `lang`.
    pub fn title_in(lang: Lang) -> String {
        t!(lang, "report-packages-title")
    }

    /// [`Self::COLUMNS`] in `lang`.
    pub fn columns_in(lang: Lang) -> [String; 6] {
        [
            "report-packages-package",
            "report-packages-actions",
            "report-packages-person-days",
            "report-packages-start",
            "report-packages-end",
            "report-packages-owners",
        ]
        .map(|id| lang.t(id))
    }

    /// Its owners as a report shows them: "unassigned" for actions nobody owns yet.
    pub fn owners_text(&self) -> String {
        let unassigned = t!(self.lang, "report-unassigned");
        self.owners
            .iter()
            .map(|o| {
                if o.is_empty() {
                    unassigned.as_str()
                } else {
                    o.as_str()
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Its cells, in the order of [`Self::COLUMNS`].
    pub fn cells(&self) -> [String; 6] {
        [
            self.title.clone(),
            self.actions.to_string(),
            crate::scoring::days_in(self.lang, self.days),
            self.lang.date(self.start),
            self.lang.date(self.end),
            self.owners_text(),
        ]
    }
}

/// The work packages of `actions` (in plan order), in the order of their first action;
/// actions without a package are left out.
pub fn packages(actions: &[ActionRow]) -> Vec<PackageRow> {
    let mut out: Vec<PackageRow> = Vec::new();
    for a in actions.iter().filter(|a| !a.package.is_empty()) {
        let row = match out.iter().position(|p| p.package == a.package) {
            Some(i) => &mut out[i],
            None => {
                out.push(PackageRow {
                    package: a.package.clone(),
                    title: a.package_title.clone(),
                    actions: 0,
                    days: 0.0,
                    start: a.start,
                    end: a.end,
                    owners: Vec::new(),
                    lang: a.lang,
                });
                out.last_mut().expect("just pushed")
            }
        };
        row.actions += 1;
        row.days += a.effort_days;
        row.start = row.start.min(a.start);
        row.end = row.end.max(a.end);
        if !row.owners.contains(&a.owner) {
            row.owners.push(a.owner.clone());
        }
    }
    out
}

/// The cost estimate of the executive summary: each phase's person-days at the day rate, and
/// how many people full time that is over the working days from its first action's start to
/// its last action's end.
#[derive(Debug, Clone, Serialize)]
pub struct Costing {
    pub day_rate: f64,
    pub currency: String,
    /// The phases with actions, in the questionnaire's order.
    pub phases: Vec<PhaseCost>,
    pub total_days: f64,
    pub total_cost: f64,
    /// The report's language, for its rows and sentence.
    #[serde(skip)]
    pub lang: Lang,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhaseCost {
    pub phase: String,
    pub title: String,
    pub actions: usize,
    pub person_days: f64,
    pub cost: f64,
    pub start: Date,
    pub end: Date,
    /// Working days from `start` to `end`, both counted.
    pub working_days: u32,
    /// Full-time equivalents: person-days over working days.
    pub fte: f64,
}

impl Costing {
    /// An amount as every format writes it: whole units, thousands grouped, after the code
    /// ("EUR 14,400").
    /// In German, "EUR 14.400".
    pub fn money(&self, amount: f64) -> String {
        let whole = crate::scoring::round_half_up(amount, 0) as i64;
        format!("{} {}", self.currency, self.lang.integer(whole))
    }

    /// FTE to one decimal, rounded as every figure is.
    pub fn fte(fte: f64) -> String {
        Costing::fte_in(Lang::En, fte)
    }

    /// [`Costing::fte`] with the decimal separator of `lang`.
    pub fn fte_in(lang: Lang, fte: f64) -> String {
        lang.decimal(crate::scoring::round_half_up(fte, 1), 1)
    }

    /// [`Self::HEADERS`] in `lang`.
    pub fn headers_in(lang: Lang) -> [String; 6] {
        [
            "report-costing-phase",
            "report-costing-person-days",
            "report-costing-cost",
            "report-costing-fte",
            "report-costing-from",
            "report-costing-to",
        ]
        .map(|id| lang.t(id))
    }

    /// [`Self::TITLE`] in `lang`.
    pub fn title_in(lang: Lang) -> String {
        t!(lang, "report-costing-title")
    }

    /// The table's heading row, in every format.
    pub const HEADERS: [&'static str; 6] = ["Phase", "Person-days", "Cost", "FTE", "From", "To"];
    /// The title above the table, in every format.
    pub const TITLE: &'static str = "Cost estimate by phase";

    /// The table's rows as every text format shows them: one per phase, then the total.
    pub fn rows(&self) -> Vec<[String; 6]> {
        let mut rows: Vec<[String; 6]> = self
            .phases
            .iter()
            .map(|p| {
                [
                    p.title.clone(),
                    crate::scoring::days_in(self.lang, p.person_days),
                    self.money(p.cost),
                    Costing::fte_in(self.lang, p.fte),
                    self.lang.date(p.start),
                    self.lang.date(p.end),
                ]
            })
            .collect();
        if let (Some(first), Some(last)) = (self.phases.first(), self.phases.last()) {
            rows.push([
                t!(self.lang, "report-costing-all-phases"),
                crate::scoring::days_in(self.lang, self.total_days),
                self.money(self.total_cost),
                String::new(),
                self.lang.date(first.start),
                self.lang
                    .date(self.phases.iter().map(|p| p.end).max().unwrap_or(last.end)),
            ]);
        }
        rows
    }

    /// The sentence under the table: the rate and what FTE means.
    pub fn basis(&self) -> String {
        t!(
            self.lang,
            "report-costing-basis",
            rate = &self.money(self.day_rate)
        )
    }
}

/// The cost estimate of a dated roadmap at `rate`.
fn costing(
    lang: Lang,
    rate: &crate::assessment::DayRate,
    actions: &[ActionRow],
    phases: &[Phase],
    calendar: roadmap::Calendar,
) -> Costing {
    let mut rows = Vec::new();
    for phase in phases {
        let mine: Vec<&ActionRow> = actions.iter().filter(|a| a.phase == phase.id).collect();
        let (Some(start), Some(end)) = (
            mine.iter().map(|a| a.start).min(),
            mine.iter().map(|a| a.end).max(),
        ) else {
            continue;
        };
        let person_days: f64 = mine.iter().map(|a| a.effort_days).sum();
        let working_days = start
            .series(jiff::ToSpan::day(1))
            .take_while(|d| *d <= end)
            .filter(|d| calendar.is_working_day(*d))
            .count()
            .max(1) as u32;
        rows.push(PhaseCost {
            phase: phase.id.clone(),
            title: phase.title.clone(),
            actions: mine.len(),
            person_days,
            cost: person_days * rate.amount,
            start,
            end,
            working_days,
            fte: person_days / f64::from(working_days),
        });
    }
    let total_days = rows.iter().map(|p| p.person_days).sum();
    Costing {
        day_rate: rate.amount,
        currency: rate.currency.clone(),
        total_cost: rows.iter().map(|p| p.cost).sum(),
        phases: rows,
        total_days,
        lang,
    }
}

impl RoadmapView {
    /// Person-days a week of every owner with an action, together.
    pub fn weekly_capacity(&self) -> f64 {
        if self.owners.is_empty() {
            self.capacity
        } else {
            self.owners.iter().map(|o| o.capacity).sum()
        }
    }

    /// How the work is paced, in the words every format uses: "by 7 owners in parallel,
    /// 28.5 person-days a week in all", or "at 5 person-days a week" for one owner.
    pub fn pace(&self) -> String {
        let days = crate::scoring::days_in(self.lang, self.weekly_capacity());
        match self.owners.len() {
            0 | 1 => t!(self.lang, "report-pace-one", days = &days),
            n => t!(self.lang, "report-pace-owners", count = n, days = &days),
        }
    }

    /// The owners the plan waits for (see the method), by name ("unassigned" for none).
    pub fn over_allocated(&self) -> Vec<String> {
        self.owners
            .iter()
            .filter(|o| o.over_allocated)
            .map(|o| {
                if o.owner.is_empty() {
                    t!(self.lang, "report-unassigned-actions")
                } else {
                    o.owner.clone()
                }
            })
            .collect()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct OwnerRow {
    /// Empty for actions nobody owns yet.
    pub owner: String,
    pub capacity: f64,
    pub actions: usize,
    pub days: f64,
    /// Part of all person-days, 0 to 1.
    pub share: f64,
    pub start: Date,
    pub end: Date,
    /// The plan waits for them (see the method).
    pub over_allocated: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct MilestoneRow {
    /// Its name in English, as the JSON export records it whatever the report's language.
    #[serde(rename = "name")]
    pub name_en: String,
    pub date: Date,
    /// How the date was reached, in the report's language.
    pub basis: String,
    /// Questions in its scope not yet answered: the date assumes they need no work.
    pub unassessed: usize,
    /// Its name in the report's language: "Stage 1 readiness".
    #[serde(skip)]
    pub name: String,
    /// The report's language, for [`Self::explanation`].
    #[serde(skip)]
    pub lang: Lang,
}

impl MilestoneRow {
    /// How the date was reached, with the caveat about unanswered questions when there is one.
    pub fn explanation(&self) -> String {
        match self.unassessed {
            0 => self.basis.clone(),
            n => t!(
                self.lang,
                "report-milestone-unassessed",
                basis = &self.basis,
                count = n
            ),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ActionRow {
    pub step: usize,
    /// The first question it closes.
    pub question: String,
    /// Every question it closes, in questionnaire order: questions of one requirement that
    /// produce the same document or process share one action.
    pub questions: Vec<String>,
    #[serde(rename = "ref")]
    pub reference: String,
    pub requirement_title: String,
    pub section: String,
    pub kind: SectionKind,
    pub recommendation: String,
    pub priority: Priority,
    pub maturity: u8,
    pub gap: u8,
    pub effort: Effort,
    pub effort_days: f64,
    pub phase: String,
    pub phase_title: String,
    /// The work package it belongs to (id and title); empty when the questionnaire
    /// declares none.
    pub package: String,
    pub package_title: String,
    pub owner: String,
    pub due: Option<Date>,
    /// The recorded due date falls before the scheduled end.
    pub late: bool,
    /// With no due date recorded, the scheduled end, proposed as the due date (reports mark
    /// it "proposed": nobody set it); null when a due date is recorded.
    pub proposed_due: Option<Date>,
    /// On the critical path: a delay to it delays the end of the plan.
    pub critical: bool,
    /// Requirements whose actions must finish first.
    pub after: Vec<String>,
    pub start: Date,
    pub end: Date,
    /// The risks of the register it treats (R1 …): those its control is included to treat.
    pub risks: Vec<String>,
    /// The report's language, for the texts below.
    #[serde(skip)]
    pub lang: Lang,
}

impl ActionRow {
    /// The due date as every report shows it: the recorded one ("2027-03-31", "2027-03-31
    /// (late)"), or the scheduled end proposed ("2027-03-31 (proposed)").
    pub fn due_text(&self) -> String {
        let lang = self.lang;
        match (self.due, self.proposed_due) {
            (Some(d), _) if self.late => t!(lang, "report-due-late", date = &lang.date(d)),
            (Some(d), _) => lang.date(d),
            (None, Some(p)) => t!(lang, "report-due-proposed", date = &lang.date(p)),
            (None, None) => String::new(),
        }
    }

    /// The action as a line of a report: its recommendation, and when it closes more than
    /// one question, which ones ("… Closes 5.2-a, 5.2-b and 5.2-c.").
    pub fn text(&self) -> String {
        let mut text = match self.questions.as_slice() {
            [] | [_] => self.recommendation.clone(),
            questions => format!(
                "{} {}",
                self.recommendation,
                t!(
                    self.lang,
                    "report-action-closes",
                    questions = &and_list(self.lang, questions)
                )
            ),
        };
        if let Some(risks) = self.risks_treated() {
            text.push(' ');
            text.push_str(&risks);
        }
        text
    }

    /// "Treats R1 and R3." when its control is included to treat risks of the register.
    pub fn risks_treated(&self) -> Option<String> {
        (!self.risks.is_empty()).then(|| {
            t!(
                self.lang,
                "report-action-treats",
                risks = &and_list(self.lang, &self.risks)
            )
        })
    }
}

/// How far a control is implemented, from the maturity of its questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Implementation {
    Implemented,
    PartiallyImplemented,
    NotImplemented,
    NotAssessed,
    Excluded,
}

impl Implementation {
    pub fn label(self) -> &'static str {
        match self {
            Implementation::Implemented => "Implemented",
            Implementation::PartiallyImplemented => "Partially implemented",
            Implementation::NotImplemented => "Not implemented",
            Implementation::NotAssessed => "Not assessed",
            Implementation::Excluded => "Excluded",
        }
    }

    /// [`Implementation::label`] in `lang`.
    pub fn label_in(self, lang: Lang) -> String {
        lang.t(match self {
            Implementation::Implemented => "report-implementation-implemented",
            Implementation::PartiallyImplemented => "report-implementation-partially-implemented",
            Implementation::NotImplemented => "report-implementation-not-implemented",
            Implementation::NotAssessed => "report-implementation-not-assessed",
            Implementation::Excluded => "report-implementation-excluded",
        })
    }
}

/// The report's recurring terms in one language: statuses, priorities, implementation states,
/// evidence bases and risk levels, looked up once for a whole report rather than per row.
pub struct Terms {
    /// Conforming, partial, absent, excluded, not assessed.
    status: [String; 5],
    /// P1, P2, P3 with their words.
    priority: [String; 3],
    /// Implemented, partially, not implemented, not assessed, excluded.
    implementation: [String; 5],
    /// Interview, document, observed.
    basis: [String; 3],
    /// Low, medium, high, critical.
    risk: [String; 4],
}

impl Terms {
    pub fn new(lang: Lang) -> Terms {
        use crate::soa::RiskLevel;
        Terms {
            status: [
                Status::Conforming,
                Status::Partial,
                Status::Absent,
                Status::Excluded,
                Status::NotAssessed,
            ]
            .map(|s| s.label_in(lang)),
            priority: [Priority::P1, Priority::P2, Priority::P3].map(|p| p.label_in(lang)),
            implementation: [
                Implementation::Implemented,
                Implementation::PartiallyImplemented,
                Implementation::NotImplemented,
                Implementation::NotAssessed,
                Implementation::Excluded,
            ]
            .map(|i| i.label_in(lang)),
            basis: EvidenceBasis::ALL.map(|b| b.describe_in(lang)),
            risk: [
                RiskLevel::Low,
                RiskLevel::Medium,
                RiskLevel::High,
                RiskLevel::Critical,
            ]
            .map(|l| l.label_in(lang)),
        }
    }

    pub fn status(&self, s: Status) -> &str {
        &self.status[match s {
            Status::Conforming => 0,
            Status::Partial => 1,
            Status::Absent => 2,
            Status::Excluded => 3,
            Status::NotAssessed => 4,
        }]
    }

    pub fn priority(&self, p: Priority) -> &str {
        &self.priority[match p {
            Priority::P1 => 0,
            Priority::P2 => 1,
            Priority::P3 => 2,
        }]
    }

    pub fn implementation(&self, i: Implementation) -> &str {
        &self.implementation[match i {
            Implementation::Implemented => 0,
            Implementation::PartiallyImplemented => 1,
            Implementation::NotImplemented => 2,
            Implementation::NotAssessed => 3,
            Implementation::Excluded => 4,
        }]
    }

    pub fn basis(&self, b: EvidenceBasis) -> &str {
        &self.basis[match b {
            EvidenceBasis::Interview => 0,
            EvidenceBasis::Document => 1,
            EvidenceBasis::Observed => 2,
        }]
    }

    pub fn risk(&self, l: crate::soa::RiskLevel) -> &str {
        use crate::soa::RiskLevel;
        &self.risk[match l {
            RiskLevel::Low => 0,
            RiskLevel::Medium => 1,
            RiskLevel::High => 2,
            RiskLevel::Critical => 3,
        }]
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SoaRow {
    pub control: String,
    pub title: String,
    pub group: String,
    pub group_title: String,
    pub applicable: bool,
    /// The type of the decision in English, as the JSON export records it whatever the
    /// report's language: "Risk treatment", "Legal or regulatory", "Contractual", "Business",
    /// "Not typed" (a reason stated before reasons were typed), "No reason stated",
    /// "Exclusion", or "Undecided" (partly not applicable, left by an older file).
    #[serde(rename = "reason_type")]
    pub reason_type_en: String,
    /// Why the control is included (risks named with their titles, the obligation, the
    /// contract, the decision), or why it is excluded, in the report's language.
    pub justification: String,
    /// The type of the decision as the report names it, in its language.
    #[serde(skip)]
    pub reason_type: String,
    /// The risks of the register a risk-treatment inclusion names (R1 …).
    pub risks: Vec<String>,
    /// The latest date of the documents reviewed that its answers' evidence cites.
    pub last_evidence: Option<Date>,
    pub implementation: Implementation,
    /// Weighted mean maturity of the control's questions.
    pub maturity: Option<f64>,
    pub owner: String,
    /// Questions of the control not yet answered.
    pub unassessed: usize,
}

impl RiskRow {
    /// "steps 3, 7 and 12" of the roadmap that treat it; empty when none does.
    pub fn steps(&self) -> String {
        let n: Vec<String> = self.actions.iter().map(usize::to_string).collect();
        if n.is_empty() {
            return String::new();
        }
        t!(
            self.lang,
            "report-risk-steps",
            count = n.len(),
            steps = &and_list(self.lang, &n)
        )
    }
}

/// A risk of the register and the annex controls included to treat it.
#[derive(Debug, Clone, Serialize)]
pub struct RiskRow {
    pub number: u32,
    /// "R2"
    pub reference: String,
    pub title: String,
    pub level: crate::soa::RiskLevel,
    pub controls: Vec<String>,
    /// The roadmap's steps whose actions treat it: those of the controls included for it.
    pub actions: Vec<usize>,
    /// The report's language, for [`Self::steps`].
    #[serde(skip)]
    pub lang: Lang,
}

/// A document reviewed, and the questions whose evidence cites it.
/// A question parked for follow-up and not yet resolved.
#[derive(Debug, Clone, Serialize)]
pub struct OpenPointRow {
    pub question_id: String,
    /// The requirement's reference (`6.1.2`); empty for a question no longer asked.
    pub reference: String,
    pub requirement_title: String,
    pub text: String,
    pub parked_at: Timestamp,
}

impl OpenPointRow {
    /// The day it was parked, as reports show it.
    pub fn parked_on(&self) -> String {
        self.parked_at.strftime("%Y-%m-%d").to_string()
    }

    /// [`Self::parked_on`] as `lang` writes a date.
    pub fn parked_on_in(&self, lang: Lang) -> String {
        lang.date_text(&self.parked_on())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentEntry {
    #[serde(rename = "ref")]
    pub reference: String,
    #[serde(flatten)]
    pub document: ReviewedDocument,
    /// Question ids whose evidence refers to this document, in questionnaire order.
    pub answers: Vec<String>,
}

/// The evidence index: each registered document with the answers whose evidence cites it
/// (by its reference or title, see `engagement`), in register order.
pub fn evidence_index(session: &Session) -> Vec<DocumentEntry> {
    let mut ids: Vec<&str> = session
        .questionnaire
        .questions()
        .map(|r| r.question.id.as_str())
        .collect();
    // Answers to questions no longer asked still count, after the others.
    let asked: BTreeSet<&str> = ids.iter().copied().collect();
    ids.extend(
        session
            .answers
            .keys()
            .map(String::as_str)
            .filter(|id| !asked.contains(id)),
    );
    let documents = &session.engagement.documents;
    let citations: Vec<_> = documents.iter().map(|d| d.citation()).collect();
    let mut cited: Vec<Vec<String>> = vec![Vec::new(); documents.len()];
    for id in ids {
        let Some(answer) = session.answers.get(id) else {
            continue;
        };
        for (k, c) in citations.iter().enumerate() {
            if answer.evidence.iter().any(|e| c.is_cited_by(e)) {
                cited[k].push(id.to_string());
            }
        }
    }
    documents
        .iter()
        .zip(cited)
        .map(|(d, answers)| DocumentEntry {
            reference: d.reference(),
            document: d.clone(),
            answers,
        })
        .collect()
}

#[derive(Debug, Clone, Serialize)]
pub struct Generator {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct AssessmentInfo {
    pub id: i64,
    pub organisation: String,
    pub scope: String,
    pub assessor: String,
    pub date: Date,
    pub target: u8,
    pub roadmap_start: Date,
    /// Person-days per week available for remediation.
    pub capacity: f64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub questionnaire: QuestionnaireInfo,
    /// The assessment's own language (`set --lang`); the report's may differ
    /// ([`Report::lang`]).
    #[serde(skip)]
    pub lang: crate::i18n::Lang,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionnaireInfo {
    pub id: String,
    pub title: String,
    /// The version scored here.
    pub version: String,
    pub hash: String,
    /// The version and hash the assessment was taken against.
    pub taken_version: String,
    pub taken_hash: String,
    pub changed_since_taken: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionRow {
    pub id: String,
    #[serde(rename = "ref")]
    pub reference: String,
    pub requirement_title: String,
    pub section: String,
    pub section_title: String,
    pub kind: SectionKind,
    pub prompt: String,
    pub weight: f64,
    pub effort: Effort,
    pub phase: String,
    pub documented: bool,
    pub depends_on: Vec<String>,
    pub crosswalk: BTreeMap<String, Vec<String>>,
    /// The recommendation to act on: the assessor's for this answer when there is one,
    /// otherwise the questionnaire's.
    pub recommendation: String,
    /// True when `recommendation` is the assessor's own (`answer --recommendation`).
    pub recommendation_by_assessor: bool,
    /// 0 to the top of the scale, or null when unanswered or not applicable.
    pub maturity: Option<u8>,
    pub not_applicable: bool,
    pub justification: Option<String>,
    pub status: Status,
    pub gap: Option<u8>,
    pub priority: Option<Priority>,
    /// Position in the priority order (1 = most urgent), for questions with a gap.
    pub rank: Option<usize>,
    /// Client-facing: what was observed.
    pub finding: String,
    /// The assessor's private notes: present only in a report made with them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    pub evidence: Vec<String>,
    pub basis: Option<EvidenceBasis>,
    /// Who said it: the attendees the answer rests on (client-facing).
    pub said_by: Vec<Attendee>,
    pub owner: String,
    pub due: Option<Date>,
    /// What the client's management says it will do, given after reviewing the draft.
    pub management_response: String,
    /// The report's language, for [`Self::finding_label`].
    #[serde(skip)]
    pub lang: Lang,
}

/// The words a requirement card uses, the same in every format, in English. In a report's
/// language they are the messages `report-card-finding`, `-practice-to-keep`,
/// `-recommendation`, `-assessors-own`, `-management-response`, `-awaiting-response`,
/// `-intent`, `-said-by`, `-asked` and `-related` (see [`card_word`]).
pub mod card {
    /// Heading of the finding of an answer below target.
    pub const FINDING: &str = "Finding";
    /// Heading of the finding of a conforming answer: what exists is a practice to keep.
    pub const PRACTICE_TO_KEEP: &str = "Practice to keep";
    pub const RECOMMENDATION: &str = "Recommendation";
    /// Marks a recommendation written for this answer rather than taken from the
    /// questionnaire.
    pub const ASSESSORS_OWN: &str = "(assessor's own)";
    pub const MANAGEMENT_RESPONSE: &str = "Management response";
    /// Shown where a gap has no management response yet.
    pub const AWAITING_RESPONSE: &str = "awaiting the client's review of the draft";
    pub const INTENT: &str = "Intent";
    /// Who said it: the attendees an answer rests on.
    pub const SAID_BY: &str = "Said by";
    /// Introduces the interview prompt, shown small under the card.
    pub const ASKED: &str = "Asked";
    /// Introduces the question's references in other frameworks (the crosswalk).
    pub const RELATED: &str = "Related";
}

/// A word of the requirement card in `lang`: `card_word(lang, "intent")` is the message
/// `report-card-intent`.
pub fn card_word(lang: Lang, name: &str) -> String {
    lang.t(&format!("report-card-{name}"))
}

impl QuestionRow {
    /// Met at the target: its finding is a practice to keep, and it has no recommendation.
    pub fn conforming(&self) -> bool {
        self.status == Status::Conforming
    }

    /// What the card calls the finding: a practice to keep when conforming.
    pub fn finding_label(&self) -> &'static str {
        word(
            self.lang,
            if self.conforming() {
                "report-card-practice-to-keep"
            } else {
                "report-card-finding"
            },
        )
    }

    /// The recommendation a card shows: only for a question with a gap. A conforming,
    /// excluded or unanswered question has none (the questionnaire's text would tell the
    /// client to build what already exists).
    pub fn action(&self) -> Option<&str> {
        self.gap
            .filter(|g| *g > 0)
            .map(|_| self.recommendation.as_str())
    }

    /// Who said it, as a card shows it: "Dana Reyes (CISO), Lee Park"; `None` when nobody
    /// is recorded.
    pub fn said_by_line(&self) -> Option<String> {
        (!self.said_by.is_empty()).then(|| {
            self.said_by
                .iter()
                .map(Attendee::describe)
                .collect::<Vec<_>>()
                .join(", ")
        })
    }

    /// The management response a card shows: only for a question with a gap.
    pub fn response(&self) -> Option<&str> {
        self.action().map(|_| self.management_response.as_str())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct FiguresRow {
    pub questions: usize,
    pub applicable: usize,
    pub answered: usize,
    pub ready: usize,
    /// Weighted mean maturity; null when nothing is answered.
    pub score: Option<f64>,
    /// Fraction 0–1; null when nothing is applicable.
    pub coverage: Option<f64>,
    /// Fraction 0–1; null when nothing is applicable.
    pub readiness: Option<f64>,
}

impl From<Figures> for FiguresRow {
    fn from(f: Figures) -> Self {
        FiguresRow {
            questions: f.questions,
            applicable: f.applicable,
            answered: f.answered,
            ready: f.ready,
            score: f.score,
            coverage: f.coverage,
            readiness: f.readiness,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionRow {
    pub id: String,
    pub title: String,
    pub kind: SectionKind,
    #[serde(flatten)]
    pub figures: FiguresRow,
}

#[derive(Debug, Clone, Serialize)]
pub struct RequirementRow {
    #[serde(rename = "ref")]
    pub reference: String,
    pub title: String,
    /// What the requirement is for, in the questionnaire's own words (may be empty).
    pub intent: String,
    pub section: String,
    #[serde(flatten)]
    pub figures: FiguresRow,
}

#[derive(Debug, Clone, Serialize)]
pub struct Overall {
    pub clauses: FiguresRow,
    pub annex: FiguresRow,
    pub all: FiguresRow,
}

#[derive(Debug, Clone, Serialize)]
pub struct PriorityCounts {
    pub p1: usize,
    pub p2: usize,
    pub p3: usize,
}

/// Whether a report carries the assessor's private notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Privacy {
    /// For the client: private notes are left out of every format.
    #[default]
    ClientDeliverable,
    /// The assessor's own copy (`export --include-private-notes`): the notes are in, and the
    /// report says so on its cover.
    IncludePrivateNotes,
}

/// The words every format puts on the cover of a report made with the private notes.
pub const PRIVATE_NOTES_WARNING: &str = "Contains the assessor's private working notes: \
    not for the client. Export again without --include-private-notes for the client's copy.";

#[derive(Debug, Clone, Serialize)]
pub struct Orphan {
    pub question_id: String,
    /// The answer as kept; its private notes are empty unless the report includes them.
    pub answer: Answer,
}

/// A copy handed out to another assessor, as reports show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HandoutRow {
    pub assessor: String,
    /// "cleared" (scored blind) or "kept".
    pub scores: &'static str,
    pub handed_at: Timestamp,
    /// The file it was written to, as given.
    pub file: String,
    /// Once a copy scored blind came back through a merge.
    pub returned_at: Option<Timestamp>,
    /// Questions scored both there and here, and of those, how many within one level.
    pub compared: Option<usize>,
    pub within_one: Option<usize>,
}

impl From<&crate::calibration::Handout> for HandoutRow {
    fn from(h: &crate::calibration::Handout) -> HandoutRow {
        HandoutRow {
            assessor: h.assessor.clone(),
            scores: h.scores.name(),
            handed_at: h.handed_at,
            file: h.file.clone(),
            returned_at: h.returned.map(|r| r.at),
            compared: h.returned.map(|r| r.agreement.compared),
            within_one: h.returned.map(|r| r.agreement.within_one),
        }
    }
}

impl Report {
    /// The questions with a gap, most urgent first.
    pub fn gaps(&self) -> Vec<&QuestionRow> {
        let mut gaps: Vec<&QuestionRow> =
            self.questions.iter().filter(|q| q.rank.is_some()).collect();
        gaps.sort_by_key(|q| q.rank);
        gaps
    }

    /// The certification blockers, most urgent first.
    pub fn blockers(&self) -> Vec<&QuestionRow> {
        self.gaps()
            .into_iter()
            .filter(|q| q.priority == Some(Priority::P1))
            .collect()
    }

    /// The requirement a question row belongs to.
    pub fn requirement(&self, reference: &str) -> Option<&RequirementRow> {
        self.requirements.iter().find(|r| r.reference == reference)
    }

    pub fn phase_title<'a>(&'a self, id: &'a str) -> &'a str {
        self.phases
            .iter()
            .find(|p| p.id == id)
            .map_or(id, |p| p.title.as_str())
    }

    /// AI roles as this report lists them, in its language: "producer, provider".
    pub fn roles_text(&self, roles: &[String]) -> String {
        crate::systems::roles_text(self.lang, roles)
    }

    pub fn level_label(&self, level: u8) -> &str {
        self.scale
            .iter()
            .find(|l| l.level == level)
            .map_or("", |l| l.label.as_str())
    }

    /// The report as a client deliverable: the assessor's private notes are left out.
    pub fn build(session: &Session, generated_at: Timestamp) -> Report {
        Report::build_with(session, generated_at, Privacy::ClientDeliverable)
    }

    /// The report, with the private notes only when `privacy` says so.
    /// In the session's language: the assessment's, or the one an export chose
    /// ([`Session::open_in`]).
    pub fn build_with(session: &Session, generated_at: Timestamp, privacy: Privacy) -> Report {
        Report::build_in(session, generated_at, privacy, session.lang)
    }

    /// The report written in `lang`: every word the model makes for display, and every
    /// number and date in them, in that language. The JSON export is the same whatever the
    /// language (its values are machine values and English).
    pub fn build_in(
        session: &Session,
        generated_at: Timestamp,
        privacy: Privacy,
        lang: Lang,
    ) -> Report {
        let with_notes = privacy == Privacy::IncludePrivateNotes;
        let card = session.scorecard();
        // Built once: the roadmap view and the completeness check both read it.
        let plan = roadmap::build(
            &session.questionnaire,
            &card,
            &session.answers,
            roadmap_settings(session),
        );
        let ranks: BTreeMap<&str, usize> = card
            .gaps()
            .iter()
            .enumerate()
            .map(|(i, s)| (s.at.question.id.as_str(), i + 1))
            .collect();
        let questions = card
            .questions
            .iter()
            .map(|s| {
                let q = s.at.question;
                let answer = session.answer(&q.id);
                let justification = match &answer.response {
                    Response::NotApplicable { justification } => Some(justification.clone()),
                    _ => None,
                };
                QuestionRow {
                    id: q.id.clone(),
                    reference: s.at.requirement.reference.clone(),
                    requirement_title: s.at.requirement.title.clone(),
                    section: s.at.section.id.clone(),
                    section_title: s.at.section.title.clone(),
                    kind: s.at.kind(),
                    prompt: q.prompt.clone(),
                    weight: q.weight,
                    effort: q.effort,
                    phase: q.phase.clone(),
                    documented: q.documented,
                    depends_on: q.depends_on.clone(),
                    crosswalk: q.crosswalk.clone(),
                    recommendation_by_assessor: !answer.recommendation.is_empty(),
                    recommendation: if answer.recommendation.is_empty() {
                        q.recommendation.clone()
                    } else {
                        answer.recommendation.clone()
                    },
                    maturity: s.maturity,
                    not_applicable: s.not_applicable,
                    justification,
                    status: s.status,
                    gap: s.gap,
                    priority: s.priority,
                    rank: ranks.get(q.id.as_str()).copied(),
                    finding: answer.finding,
                    notes: with_notes.then_some(answer.notes),
                    evidence: answer.evidence,
                    basis: answer.basis,
                    said_by: session
                        .engagement
                        .said_by(&answer.said_by)
                        .cloned()
                        .collect(),
                    owner: answer.owner,
                    due: answer.due,
                    management_response: answer.management_response,
                    lang,
                }
            })
            .collect();
        let a = &session.assessment;
        let qn = &session.questionnaire;
        Report {
            schema_version: SCHEMA_VERSION,
            generator: Generator {
                name: "aimsgap",
                version: env!("CARGO_PKG_VERSION"),
            },
            generated_at,
            stamp: None,
            status: session.engagement.control.status(),
            document_control: session.engagement.control.clone(),
            attendees: session.engagement.attendees.clone(),
            systems: session.engagement.systems.clone(),
            risks: session
                .engagement
                .risks
                .iter()
                .map(|r| RiskRow {
                    number: r.number,
                    reference: r.reference(),
                    title: r.title.clone(),
                    level: r.level,
                    // In questionnaire order.
                    controls: qn
                        .requirements()
                        .filter(|(_, c)| {
                            session
                                .inclusions
                                .get(&c.reference)
                                .is_some_and(|i| i.risks.contains(&r.number))
                        })
                        .map(|(_, c)| c.reference.clone())
                        .collect(),
                    actions: Vec::new(),
                    lang,
                })
                .collect(),
            documents: evidence_index(session),
            events: session.engagement.events.clone(),
            handouts: session
                .engagement
                .handouts
                .iter()
                .map(HandoutRow::from)
                .collect(),
            open_points: session
                .engagement
                .open_points()
                .map(|p| {
                    let at = session.questionnaire.question(&p.question_id);
                    OpenPointRow {
                        question_id: p.question_id.clone(),
                        reference: at
                            .as_ref()
                            .map(|a| a.requirement.reference.clone())
                            .unwrap_or_default(),
                        requirement_title: at
                            .as_ref()
                            .map(|a| a.requirement.title.clone())
                            .unwrap_or_default(),
                        text: p.text.clone(),
                        parked_at: p.parked_at,
                    }
                })
                .collect(),
            private_notes_included: with_notes,
            lang,
            assessment: AssessmentInfo {
                id: a.id,
                organisation: a.organisation.clone(),
                scope: a.scope.clone(),
                assessor: a.assessor.clone(),
                date: a.date,
                target: a.target,
                roadmap_start: a.roadmap_start,
                capacity: a.capacity,
                created_at: a.created_at,
                updated_at: a.updated_at,
                questionnaire: QuestionnaireInfo {
                    id: qn.id.clone(),
                    title: qn.title.clone(),
                    version: qn.version.clone(),
                    hash: qn.hash.clone(),
                    taken_version: a.questionnaire.version.clone(),
                    taken_hash: a.questionnaire.hash.clone(),
                    changed_since_taken: session.questionnaire_changed(),
                },
                lang: a.lang,
            },
            scale: qn.scale.clone(),
            questions,
            requirements: card
                .requirements
                .iter()
                .map(|(r, f)| RequirementRow {
                    reference: r.reference.clone(),
                    title: r.title.clone(),
                    intent: r.intent.clone(),
                    section: qn
                        .requirement(&r.reference)
                        .map(|(s, _)| s.id.clone())
                        .unwrap_or_default(),
                    figures: (*f).into(),
                })
                .collect(),
            sections: card
                .sections
                .iter()
                .map(|(s, f)| SectionRow {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    kind: s.kind,
                    figures: (*f).into(),
                })
                .collect(),
            overall: Overall {
                clauses: card.clauses.into(),
                annex: card.annex.into(),
                all: card.all.into(),
            },
            priorities: PriorityCounts {
                p1: card.count(Priority::P1),
                p2: card.count(Priority::P2),
                p3: card.count(Priority::P3),
            },
            orphaned_answers: session
                .orphans()
                .into_iter()
                .map(|(id, a)| Orphan {
                    question_id: id.to_string(),
                    answer: Answer {
                        notes: if with_notes {
                            a.notes.clone()
                        } else {
                            String::new()
                        },
                        ..a.clone()
                    },
                })
                .collect(),
            labels: qn.labels.clone(),
            phases: qn.phases.clone(),
            crosswalks: qn.crosswalks.clone(),
            roadmap: roadmap_view(session, &plan, lang),
            soa: soa(session, &card, lang),
            // A final report never carries the completeness check's warnings.
            warnings: if session.engagement.is_final() {
                Vec::new()
            } else {
                check::findings_in(session, &card, plan.as_ref().ok(), lang)
            },
            narrative: session.engagement.narrative.clone(),
            summary: summary::ExecutiveSummary::default(),
            progress: None,
            self_assessment: crate::survey::compare(qn, &session.answers, &session.self_assessment)
                .map(|c| crate::survey::Comparison { lang, ..c }),
            carry_over: carry_over(session),
        }
        .with_treating_actions()
        .with_summary()
        .with_progress(session.previous.as_deref())
        .with_stamp()
    }

    /// The "Progress since" section of a re-assessment: this report against the assessment
    /// it was copied from (none when they use different questionnaires).
    pub fn with_progress(mut self, previous: Option<&crate::progress::Snapshot>) -> Report {
        self.progress = previous
            .and_then(|p| crate::progress::compare(p, &crate::progress::Snapshot::of(&self)).ok())
            .map(|p| crate::progress::Progress {
                lang: self.lang,
                ..p
            });
        self
    }

    pub fn is_final(&self) -> bool {
        self.document_control.is_final()
    }

    /// Computes the executive summary from the rest of the report.
    /// Names, for each risk of the register, the roadmap's steps that treat it.
    fn with_treating_actions(mut self) -> Report {
        for r in &mut self.risks {
            r.actions = self
                .roadmap
                .actions
                .iter()
                .filter(|a| a.risks.contains(&r.reference))
                .map(|a| a.step)
                .collect();
        }
        self
    }

    pub fn with_summary(mut self) -> Report {
        self.summary = summary::build(&self, &self.narrative);
        self
    }

    /// Sets the stamp of a final report: the SHA-256 of the JSON export of the same report
    /// made for the client (without private notes, whatever this one holds). A draft gets
    /// none.
    fn with_stamp(mut self) -> Report {
        self.stamp = self.is_final().then(|| {
            let mut client = self.clone();
            if client.private_notes_included {
                client.private_notes_included = false;
                for q in &mut client.questions {
                    q.notes = None;
                }
                for o in &mut client.orphaned_answers {
                    o.answer.notes.clear();
                }
            }
            sha256_hex(json::render(&client).as_bytes())
        });
        self
    }
}

/// What every format says on a draft, at the top of every page.
pub const DRAFT_NOTICE: &str = "DRAFT: for review, not for reliance; findings and figures \
    may change before the final version.";

/// How every format labels a final report's stamp.
pub const STAMP_LABEL: &str = "SHA-256 of the JSON export";

/// The command that prints a final report's stamp again, while the assessment stays final.
pub fn stamp_check(id: i64) -> String {
    format!("aimsgap export {id} --format json -o - | sha256sum")
}

impl Report {
    /// The command that prints a final report's stamp ([`stamp_check`]), with `--lang` when
    /// the report is not in the assessment's own language: the JSON export it hashes is in
    /// the report's.
    pub fn stamp_check(&self) -> String {
        let id = self.assessment.id;
        if self.lang == self.assessment.lang {
            stamp_check(id)
        } else {
            format!(
                "aimsgap export {id} --format json --lang {} -o - | sha256sum",
                self.lang.code()
            )
        }
    }
}

impl Report {
    /// The words at the head (or foot) of every page: "DRAFT · Confidential · version 0.1"
    /// for a draft, "Confidential · Final · version 1.0" for a final report.
    pub fn page_mark(&self) -> String {
        let c = &self.document_control;
        let id = if self.is_final() {
            "report-page-mark-final"
        } else {
            "report-page-mark-draft"
        };
        t!(
            self.lang,
            id,
            confidentiality = &self.confidentiality(),
            version = &c.report_version
        )
    }

    /// The confidentiality label in the report's language: the default one translated, one
    /// the assessor set as written.
    pub fn confidentiality(&self) -> String {
        let label = &self.document_control.confidentiality;
        if label == crate::engagement::DEFAULT_CONFIDENTIALITY {
            t!(self.lang, "report-confidential")
        } else {
            label.clone()
        }
    }

    /// "Draft" or "Final", in the report's language.
    pub fn status_label(&self) -> &'static str {
        word(
            self.lang,
            if self.is_final() {
                "report-status-final"
            } else {
                "report-status-draft"
            },
        )
    }

    /// The sign-off rows: role, name, date ("" where not given), in the report's language.
    pub fn sign_off(&self) -> [(&'static str, String, String); 3] {
        let c = &self.document_control;
        let row = |role, s: &crate::engagement::Signature| {
            (
                word(self.lang, role),
                s.by.clone(),
                s.on.map(|d| self.lang.date(d)).unwrap_or_default(),
            )
        };
        [
            row("report-prepared-by", &c.prepared),
            row("report-reviewed-by", &c.reviewed),
            row("report-approved-by", &c.approved),
        ]
    }

    /// The distribution list as one line; "" when nobody is named.
    pub fn distribution(&self) -> String {
        self.document_control.distribution.join("; ")
    }

    /// The attendee's name and role, as one line: "Dana Reyes (CISO)".
    pub fn attendee_line(a: &Attendee) -> String {
        if a.role.trim().is_empty() {
            a.name.clone()
        } else {
            format!("{} ({})", a.name, a.role)
        }
    }
}

/// A message without arguments as `&'static str`, for the model's methods whose callers keep
/// the word as one (the sign-off's roles, the status): each language's word is looked up once
/// and kept for the life of the process, a few dozen short strings at most.
pub fn word(lang: Lang, id: &'static str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static WORDS: OnceLock<Mutex<HashMap<(Lang, &'static str), &'static str>>> = OnceLock::new();
    let mut words = WORDS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    words
        .entry((lang, id))
        .or_insert_with(|| Box::leak(lang.t(id).into_boxed_str()))
}

/// "a", "a and b", "a, b and c", in `lang`.
pub fn and_list(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => t!(lang, "report-and", rest = &rest.join(", "), last = last),
    }
}

/// Lower-case hex SHA-256, as `sha256sum` prints it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// What every format says in place of a roadmap that cannot be dated.
fn impossible_sentence(lang: Lang, why: &roadmap::Impossible) -> String {
    t!(lang, "report-roadmap-impossible", why = &why.to_string())
}

fn roadmap_settings(session: &Session) -> roadmap::Settings {
    session.roadmap_settings()
}

/// Why the assessment's roadmap cannot be dated, if it cannot: what an export will say, known
/// before one is made (the export dialog shows it).
pub fn roadmap_problem(session: &Session) -> Option<String> {
    roadmap_problem_in(session, Lang::En)
}

/// [`roadmap_problem`] in `lang`.
pub fn roadmap_problem_in(session: &Session, lang: Lang) -> Option<String> {
    let card = session.scorecard();
    roadmap::build(
        &session.questionnaire,
        &card,
        &session.answers,
        roadmap_settings(session),
    )
    .err()
    .map(|why| impossible_sentence(lang, &why))
}

fn roadmap_view(
    session: &Session,
    plan: &Result<Roadmap, roadmap::Impossible>,
    lang: Lang,
) -> RoadmapView {
    let settings = roadmap_settings(session);
    let map: &Roadmap = match plan {
        Ok(map) => map,
        Err(impossible) => {
            return RoadmapView {
                start: settings.start,
                capacity: settings.capacity,
                effort_days: settings.effort,
                audit_cycle_weeks: settings.audit_cycle_weeks,
                total_days: impossible.total_days,
                end: settings.start,
                impossible: Some(impossible_sentence(lang, impossible)),
                owner_capacity: settings.owner_capacity.clone(),
                holidays: settings.holidays.iter().copied().collect(),
                owners: Vec::new(),
                milestones: Vec::new(),
                actions: Vec::new(),
                packages: Vec::new(),
                costing: None,
                lang,
            };
        }
    };
    let qn = &session.questionnaire;
    let mut view = RoadmapView {
        lang,
        costing: None,
        packages: Vec::new(),
        start: map.settings.start,
        capacity: map.settings.capacity,
        effort_days: map.settings.effort,
        audit_cycle_weeks: map.settings.audit_cycle_weeks,
        total_days: map.total_days,
        end: map.end,
        impossible: None,
        owner_capacity: map.settings.owner_capacity.clone(),
        holidays: map.settings.holidays.iter().copied().collect(),
        owners: map
            .owners
            .iter()
            .map(|o| OwnerRow {
                owner: o.owner.clone(),
                capacity: o.capacity,
                actions: o.actions,
                days: o.days,
                share: o.share,
                start: o.start,
                end: o.end,
                over_allocated: o.over_allocated,
            })
            .collect(),
        milestones: [&map.stage1, &map.stage2]
            .into_iter()
            .map(|m| MilestoneRow {
                name_en: m.name.to_string(),
                date: m.date,
                unassessed: m.unassessed,
                name: m.why.name(lang),
                basis: m.why.sentence(lang),
                lang,
            })
            .collect(),
        actions: map
            .actions
            .iter()
            .map(|x| ActionRow {
                step: x.step,
                question: x.question.clone(),
                questions: x.questions.clone(),
                reference: x.reference.clone(),
                requirement_title: x.requirement_title.clone(),
                section: x.section.clone(),
                kind: x.kind,
                recommendation: x.recommendation.clone(),
                priority: x.priority,
                maturity: x.maturity,
                gap: x.gap,
                effort: x.effort,
                effort_days: x.effort_days,
                phase: x.phase.clone(),
                phase_title: qn
                    .phase(&x.phase)
                    .map_or_else(|| x.phase.clone(), |p| p.title.clone()),
                package: x.package.clone(),
                package_title: x.package_title.clone(),
                owner: x.owner.clone(),
                due: x.due,
                proposed_due: if x.due.is_none() { Some(x.end) } else { None },
                late: x.late(),
                critical: x.critical,
                after: x.after.clone(),
                start: x.start,
                end: x.end,
                // An annex control included for risk treatment: its actions treat its risks.
                risks: session
                    .inclusions
                    .get(&x.reference)
                    .filter(|i| i.kind == Some(crate::soa::ReasonKind::Risk))
                    .map(|i| i.risks.iter().map(|n| format!("R{n}")).collect())
                    .unwrap_or_default(),
                lang,
            })
            .collect(),
    };
    view.packages = packages(&view.actions);
    if let Some(rate) = &session.assessment.day_rate
        && !view.actions.is_empty()
    {
        view.costing = Some(costing(
            lang,
            rate,
            &view.actions,
            &qn.phases,
            map.settings.calendar(),
        ));
    }
    view
}

/// How far a control is implemented, from the answers to its questions: not assessed with
/// none answered; implemented when every question is at the `target` and at least at
/// `in_part`; partially implemented when some answered question reaches `in_part` (a practice
/// repeated for part of the scope, partly written down: level 2 of the 0–5 scale);
/// otherwise not implemented, for practice that is absent or ad hoc, resting on people
/// rather than on a control an auditor could test. Excluded when every question is not
/// applicable. The method appendix states the same rule.
pub fn implementation(answers: &[Answer], target: u8, in_part: u8) -> Implementation {
    let applicable: Vec<&Response> = answers
        .iter()
        .map(|a| &a.response)
        .filter(|r| !matches!(r, Response::NotApplicable { .. }))
        .collect();
    let levels: Vec<u8> = applicable.iter().filter_map(|r| r.maturity()).collect();
    if applicable.is_empty() {
        Implementation::Excluded
    } else if levels.is_empty() {
        Implementation::NotAssessed
    } else if levels.len() == applicable.len()
        && levels.iter().all(|&m| m >= target && m >= in_part)
    {
        Implementation::Implemented
    } else if levels.iter().any(|&m| m >= in_part) {
        Implementation::PartiallyImplemented
    } else {
        Implementation::NotImplemented
    }
}

fn soa(session: &Session, card: &crate::scoring::Scorecard, lang: Lang) -> Vec<SoaRow> {
    use crate::soa::{State, state};
    let register = &session.engagement.risks;
    let mut rows = Vec::new();
    for (section, requirement) in session.questionnaire.requirements() {
        if section.kind != SectionKind::Annex {
            continue;
        }
        let figures = card
            .requirement(&requirement.reference)
            .copied()
            .unwrap_or_default();
        let answers: Vec<Answer> = requirement
            .questions
            .iter()
            .map(|q| session.answer(&q.id))
            .collect();
        let applicable = figures.applicable > 0;
        let implementation = implementation(
            &answers,
            session.assessment.target,
            session.questionnaire.labels.in_part_from_level(),
        );
        let mut owners: Vec<String> = Vec::new();
        for a in &answers {
            let o = a.owner.trim();
            if !o.is_empty() && !owners.iter().any(|x| x == o) {
                owners.push(o.to_string());
            }
        }
        let last_evidence = answers
            .iter()
            .filter(|a| a.response.is_answered())
            .flat_map(|a| &a.evidence)
            .flat_map(|e| session.engagement.documents_cited_by(e))
            .filter_map(|d| d.date)
            .max();
        let inclusion = session.inclusions.get(&requirement.reference);
        let state = state(requirement, &session.answers);
        let risks = match (&state, inclusion) {
            (State::Included, Some(i)) => i.risks.iter().map(|n| format!("R{n}")).collect(),
            _ => Vec::new(),
        };
        // The type and the justification in `lang`.
        let decision = |lang: Lang| match &state {
            State::Excluded { justification } => {
                (t!(lang, "report-reason-exclusion"), justification.clone())
            }
            State::Undecided {
                not_applicable,
                of,
                justification,
            } => (
                t!(lang, "report-reason-undecided"),
                t!(
                    lang,
                    "report-soa-undecided",
                    count = not_applicable.len(),
                    of = *of,
                    justification = justification
                ),
            ),
            State::Included => match inclusion {
                Some(i) => (i.kind_label_in(lang), i.describe_in(register, lang)),
                None => (t!(lang, "report-reason-none"), String::new()),
            },
        };
        let (reason_type, justification) = decision(lang);
        // The type is a category the JSON export names in English whatever the language.
        let reason_type_en = if lang == Lang::En {
            reason_type.clone()
        } else {
            decision(Lang::En).0
        };
        rows.push(SoaRow {
            control: requirement.reference.clone(),
            title: requirement.title.clone(),
            group: section.id.clone(),
            group_title: section.title.clone(),
            applicable,
            reason_type_en,
            reason_type,
            justification,
            risks,
            last_evidence,
            implementation,
            maturity: figures.score,
            owner: owners.join(", "),
            unassessed: figures.applicable - figures.answered,
        });
    }
    rows
}

#[cfg(test)]
mod i18n_tests;

#[cfg(test)]
mod csv_i18n_tests;

#[cfg(test)]
mod tests {
    use super::*;

    fn at(levels: &[Option<u8>]) -> Vec<Answer> {
        levels
            .iter()
            .map(|l| l.map_or_else(Answer::default, Answer::with_maturity))
            .collect()
    }

    #[test]
    fn a_control_is_implemented_in_part_only_from_a_repeated_practice() {
        use Implementation::*;
        let status = |levels: &[Option<u8>]| implementation(&at(levels), 3, 2);
        // Ad hoc practice (1) and nothing (0) make no control an auditor could test.
        assert_eq!(status(&[Some(1), Some(0)]), NotImplemented);
        assert_eq!(status(&[Some(1), Some(1)]), NotImplemented);
        assert_eq!(status(&[Some(0), None]), NotImplemented);
        // A practice repeated for part of the scope (2) is a start.
        assert_eq!(status(&[Some(2), Some(0)]), PartiallyImplemented);
        assert_eq!(status(&[Some(3), None]), PartiallyImplemented);
        assert_eq!(status(&[Some(3), Some(4)]), Implemented);
        assert_eq!(status(&[None, None]), NotAssessed);
        let excluded = [Answer::not_applicable("no such system")];
        assert_eq!(implementation(&excluded, 3, 2), Excluded);
        // A target below the level of a repeated practice does not make ad hoc work implemented.
        assert_eq!(implementation(&at(&[Some(1)]), 1, 2), NotImplemented);
    }
}
