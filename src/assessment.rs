//! Domain types of an assessment and its answers, and the rules an answer must obey.
//!
//! Pure: no SQL, no terminal. The store persists these types; scoring reads them.

use std::fmt;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::i18n::Lang;
use crate::questionnaire::{Effort, Questionnaire, SectionKind};

/// The default target maturity: "Defined", what an auditor expects.
pub const DEFAULT_TARGET: u8 = 3;

/// Default remediation capacity, in person-days per week.
pub const DEFAULT_CAPACITY: f64 = 5.0;

/// The longest text kept in any one field (notes, a justification, an evidence reference …),
/// in characters: pages of notes, far below what would slow the application down.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// The roadmap settings a user may give: generous for any real engagement, and far enough
/// from the limits of arithmetic and of the calendar that nothing downstream breaks.
/// Person-days per week of remediation capacity.
pub const CAPACITY_RANGE: (f64, f64) = (0.1, 1000.0);
/// Person-days of one action of any effort size.
pub const EFFORT_RANGE: (f64, f64) = (0.1, 1000.0);
/// Weeks of the internal audit and management review cycle before Stage 2.
pub const AUDIT_CYCLE_RANGE: (f64, f64) = (0.0, 104.0);
/// Years an assessment date or a roadmap start may fall in.
pub const YEAR_RANGE: (i16, i16) = (1900, 2200);

fn within(value: f64, (low, high): (f64, f64)) -> bool {
    value.is_finite() && value >= low && value <= high
}

/// Checks a text a user gives for `field`: no NUL byte, at most [`MAX_TEXT_CHARS`].
pub fn check_text(field: &'static str, text: &str) -> Result<(), AnswerError> {
    if text.contains('\0') {
        return Err(AnswerError::Text {
            field,
            length: None,
        });
    }
    // Counting stops past the limit: a huge text costs no more than a long one.
    if text.chars().nth(MAX_TEXT_CHARS).is_some() {
        return Err(AnswerError::Text {
            field,
            length: Some(text.chars().count()),
        });
    }
    Ok(())
}

/// What one person-day of remediation work costs: an amount in a currency (an ISO 4217 code
/// such as EUR). `aimsgap set ID --day-rate 1200 --currency EUR`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DayRate {
    pub amount: f64,
    pub currency: String,
}

/// The highest day rate taken (a sanity bound, far above any consultant's).
pub const MAX_DAY_RATE: f64 = 1_000_000.0;
/// The currency of a day rate given without one.
pub const DEFAULT_CURRENCY: &str = "EUR";

impl DayRate {
    /// A day rate as typed: an amount above 0 and at most [`MAX_DAY_RATE`], and a currency of
    /// three letters (made upper case).
    pub fn new(amount: f64, currency: &str) -> Result<DayRate, String> {
        DayRate::new_in(Lang::En, amount, currency)
    }

    /// [`DayRate::new`], the refusal in `lang`.
    pub fn new_in(lang: Lang, amount: f64, currency: &str) -> Result<DayRate, String> {
        if !(amount > 0.0 && amount <= MAX_DAY_RATE) {
            return Err(crate::t!(
                lang,
                "store-day-rate-range",
                max = &number_in(lang, MAX_DAY_RATE),
                amount = &number_in(lang, amount)
            ));
        }
        let code = currency.trim().to_ascii_uppercase();
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(crate::t!(
                lang,
                "store-day-rate-currency",
                currency = &format!("{currency:?}")
            ));
        }
        Ok(DayRate {
            amount,
            currency: code,
        })
    }
}

/// Checks a capacity, in person-days per week.
pub fn check_capacity(value: f64) -> Result<(), AnswerError> {
    if within(value, CAPACITY_RANGE) {
        Ok(())
    } else {
        Err(AnswerError::Capacity(value))
    }
}

/// Checks a number of weeks for the audit cycle.
pub fn check_audit_cycle(value: f64) -> Result<(), AnswerError> {
    if within(value, AUDIT_CYCLE_RANGE) {
        Ok(())
    } else {
        Err(AnswerError::AuditCycle(value))
    }
}

/// Checks an assessment date or roadmap start; `what` names it in the message.
pub fn check_year(what: &'static str, date: Date) -> Result<(), AnswerError> {
    let (low, high) = YEAR_RANGE;
    if (low..=high).contains(&date.year()) {
        Ok(())
    } else {
        Err(AnswerError::Year { what, date })
    }
}

/// Person-days of remediation work for each effort size.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct EffortDays {
    pub s: f64,
    pub m: f64,
    pub l: f64,
}

impl Default for EffortDays {
    fn default() -> Self {
        EffortDays {
            s: 2.0,
            m: 5.0,
            l: 15.0,
        }
    }
}

impl EffortDays {
    /// Checks every size against [`EFFORT_RANGE`].
    pub fn check(&self) -> Result<(), AnswerError> {
        for (size, days) in [("S", self.s), ("M", self.m), ("L", self.l)] {
            if !within(days, EFFORT_RANGE) {
                return Err(AnswerError::Effort { size, days });
            }
        }
        Ok(())
    }

    pub fn days(&self, effort: Effort) -> f64 {
        match effort {
            Effort::S => self.s,
            Effort::M => self.m,
            Effort::L => self.l,
        }
    }

    /// Parses `S=2,M=5,L=15`; sizes left out keep their current value.
    pub fn parse(&self, text: &str) -> Result<EffortDays, String> {
        self.parse_in(Lang::En, text)
    }

    /// [`EffortDays::parse`], the refusal in `lang` (the form typed stays `M=5`).
    pub fn parse_in(&self, lang: Lang, text: &str) -> Result<EffortDays, String> {
        let mut out = *self;
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (size, days) = part
                .split_once('=')
                .ok_or_else(|| crate::t!(lang, "store-effort-not-pair", part = part))?;
            let (low, high) = EFFORT_RANGE;
            let days: f64 = days
                .trim()
                .parse()
                .ok()
                .filter(|d: &f64| within(*d, EFFORT_RANGE))
                .ok_or_else(|| {
                    crate::t!(
                        lang,
                        "store-effort-not-days",
                        days = days.trim(),
                        low = &number_in(lang, low),
                        high = &number_in(lang, high)
                    )
                })?;
            match size.trim() {
                "S" | "s" => out.s = days,
                "M" | "m" => out.m = days,
                "L" | "l" => out.l = days,
                other => {
                    return Err(crate::t!(lang, "store-effort-size", size = other));
                }
            }
        }
        Ok(out)
    }
}

/// Which questionnaire, exactly, an assessment was taken against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionnaireStamp {
    pub id: String,
    pub version: String,
    pub hash: String,
}

impl QuestionnaireStamp {
    pub fn of(q: &Questionnaire) -> Self {
        QuestionnaireStamp {
            id: q.id.clone(),
            version: q.version.clone(),
            hash: q.hash.clone(),
        }
    }
}

/// One gap analysis of one organisation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub id: i64,
    pub organisation: String,
    pub scope: String,
    pub assessor: String,
    /// The day of the assessment.
    pub date: Date,
    /// Target maturity: answers at or above it conform.
    pub target: u8,
    pub questionnaire: QuestionnaireStamp,
    /// Where the questionnaire file was when the assessment was created, if it was a file.
    pub questionnaire_path: Option<String>,
    /// The first day of the remediation roadmap.
    pub roadmap_start: Date,
    /// Person-days per week available for remediation.
    pub capacity: f64,
    /// Person-days per effort size, for the roadmap's dates.
    pub effort: EffortDays,
    /// Weeks of one internal audit and management review cycle before Stage 2.
    pub audit_cycle_weeks: f64,
    /// Person-days per week of the owners who do not work at `capacity`.
    pub owner_capacity: std::collections::BTreeMap<String, f64>,
    /// Days nobody works on the roadmap, besides weekends.
    pub holidays: std::collections::BTreeSet<Date>,
    /// What a person-day costs, for the executive summary's estimate per phase; none by default.
    pub day_rate: Option<DayRate>,
    /// The language its reports are written in and its questions asked in (English unless
    /// chosen: `new --lang`, `set --lang`); an export may choose another.
    pub lang: Lang,
    pub created_at: jiff::Timestamp,
    pub updated_at: jiff::Timestamp,
}

/// What is needed to create an assessment; the rest is filled in by the store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAssessment {
    pub organisation: String,
    pub scope: String,
    pub assessor: String,
    pub date: Date,
    pub target: u8,
    pub roadmap_start: Date,
    pub capacity: f64,
    pub effort: EffortDays,
    pub audit_cycle_weeks: f64,
    pub owner_capacity: std::collections::BTreeMap<String, f64>,
    pub holidays: std::collections::BTreeSet<Date>,
    pub lang: Lang,
}

/// A change to an assessment's details and roadmap settings, as `aimsgap set` and the
/// dashboard's details form both make it: one set of rules for both. A field left `None`
/// keeps what is stored when the change is applied (inside the write's transaction, so a
/// field another program set meanwhile is kept).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DetailsChange {
    pub organisation: Option<String>,
    pub scope: Option<String>,
    pub assessor: Option<String>,
    pub target: Option<u8>,
    pub date: Option<Date>,
    pub roadmap_start: Option<Date>,
    pub capacity: Option<f64>,
    /// Person-days per effort size as typed, `S=2,M=5,L=15`; sizes left out are kept.
    pub effort: Option<String>,
    pub audit_cycle_weeks: Option<f64>,
    pub lang: Option<Lang>,
}

/// Why a [`DetailsChange`] is refused.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum DetailsError {
    /// The effort sizes do not read.
    #[error("{0}")]
    Effort(String),
    #[error(transparent)]
    Invalid(#[from] AnswerError),
}

impl DetailsChange {
    /// Whether it changes anything at all.
    pub fn is_empty(&self) -> bool {
        *self == DetailsChange::default()
    }

    /// The assessment's fields once changed, checked against the questionnaire.
    pub fn apply(
        &self,
        stored: &Assessment,
        questionnaire: &Questionnaire,
    ) -> Result<NewAssessment, DetailsError> {
        self.apply_in(Lang::En, stored, questionnaire)
    }

    /// [`DetailsChange::apply`], effort sizes that do not read refused in `lang` (the other
    /// refusals are [`AnswerError`]s: [`AnswerError::message_in`] says them).
    pub fn apply_in(
        &self,
        lang: Lang,
        stored: &Assessment,
        questionnaire: &Questionnaire,
    ) -> Result<NewAssessment, DetailsError> {
        let mut fields = NewAssessment::from_assessment(stored);
        if let Some(org) = &self.organisation {
            fields.organisation = org.trim().to_string();
        }
        if let Some(scope) = &self.scope {
            fields.scope = scope.trim().to_string();
        }
        if let Some(assessor) = &self.assessor {
            fields.assessor = assessor.trim().to_string();
        }
        if let Some(target) = self.target {
            fields.target = target;
        }
        if let Some(d) = self.date {
            fields.date = d;
        }
        if let Some(d) = self.roadmap_start {
            fields.roadmap_start = d;
        }
        if let Some(c) = self.capacity {
            fields.capacity = c;
        }
        if let Some(text) = &self.effort {
            fields.effort = fields
                .effort
                .parse_in(lang, text)
                .map_err(DetailsError::Effort)?;
        }
        if let Some(w) = self.audit_cycle_weeks {
            fields.audit_cycle_weeks = w;
        }
        if let Some(lang) = self.lang {
            fields.lang = lang;
        }
        fields.validate(questionnaire)?;
        Ok(fields)
    }
}

impl NewAssessment {
    /// An assessment dated `today` with the default target, starting its roadmap the same day.
    pub fn new(organisation: impl Into<String>, today: Date) -> Self {
        NewAssessment {
            organisation: organisation.into(),
            scope: String::new(),
            assessor: String::new(),
            date: today,
            target: DEFAULT_TARGET,
            roadmap_start: today,
            capacity: DEFAULT_CAPACITY,
            effort: EffortDays::default(),
            audit_cycle_weeks: crate::roadmap::DEFAULT_AUDIT_CYCLE_WEEKS,
            owner_capacity: Default::default(),
            holidays: Default::default(),
            lang: Lang::En,
        }
    }

    /// The editable fields of an existing assessment.
    pub fn from_assessment(a: &Assessment) -> Self {
        NewAssessment {
            organisation: a.organisation.clone(),
            scope: a.scope.clone(),
            assessor: a.assessor.clone(),
            date: a.date,
            target: a.target,
            roadmap_start: a.roadmap_start,
            capacity: a.capacity,
            effort: a.effort,
            audit_cycle_weeks: a.audit_cycle_weeks,
            owner_capacity: a.owner_capacity.clone(),
            holidays: a.holidays.clone(),
            lang: a.lang,
        }
    }

    /// Checks the fields a user types against the questionnaire's scale.
    pub fn validate(&self, questionnaire: &Questionnaire) -> Result<(), AnswerError> {
        if self.organisation.trim().is_empty() {
            return Err(AnswerError::EmptyOrganisation);
        }
        check_text("organisation", &self.organisation)?;
        check_text("scope", &self.scope)?;
        check_text("assessor", &self.assessor)?;
        let max = questionnaire.max_level();
        if self.target > max {
            return Err(AnswerError::TargetOutOfRange {
                given: self.target.into(),
                max,
            });
        }
        check_capacity(self.capacity)?;
        self.effort.check()?;
        check_audit_cycle(self.audit_cycle_weeks)?;
        for capacity in self.owner_capacity.values() {
            check_capacity(*capacity)?;
        }
        for day in &self.holidays {
            check_year("holiday", *day)?;
        }
        check_year("assessment date", self.date)?;
        check_year("roadmap start", self.roadmap_start)?;
        Ok(())
    }
}

/// The state of one question.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Response {
    /// Not yet answered: distinct from maturity 0.
    #[default]
    Unanswered,
    Maturity {
        level: u8,
    },
    /// Annex controls only; the justification goes into the Statement of Applicability.
    NotApplicable {
        justification: String,
    },
}

impl Response {
    pub fn maturity(&self) -> Option<u8> {
        match self {
            Response::Maturity { level } => Some(*level),
            _ => None,
        }
    }

    pub fn is_not_applicable(&self) -> bool {
        matches!(self, Response::NotApplicable { .. })
    }

    pub fn is_answered(&self) -> bool {
        !matches!(self, Response::Unanswered)
    }
}

impl fmt::Display for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Response::Unanswered => f.write_str("unanswered"),
            Response::Maturity { level } => write!(f, "maturity {level}"),
            Response::NotApplicable { .. } => f.write_str("not applicable"),
        }
    }
}

/// How the assessor knows: what was said, what was read, or what was seen working.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceBasis {
    Interview,
    Document,
    Observed,
}

impl EvidenceBasis {
    pub const ALL: [EvidenceBasis; 3] = [
        EvidenceBasis::Interview,
        EvidenceBasis::Document,
        EvidenceBasis::Observed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceBasis::Interview => "interview",
            EvidenceBasis::Document => "document",
            EvidenceBasis::Observed => "observed",
        }
    }

    /// Words for reports: "interview", "document seen", "observed or tested".
    pub fn describe(self) -> &'static str {
        match self {
            EvidenceBasis::Interview => "interview",
            EvidenceBasis::Document => "document seen",
            EvidenceBasis::Observed => "observed or tested",
        }
    }

    /// [`EvidenceBasis::describe`] in `lang`, as a report written in it says it.
    pub fn describe_in(self, lang: crate::i18n::Lang) -> String {
        lang.t(match self {
            EvidenceBasis::Interview => "report-basis-interview",
            EvidenceBasis::Document => "report-basis-document",
            EvidenceBasis::Observed => "report-basis-observed",
        })
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.as_str() == s)
    }
}

impl fmt::Display for EvidenceBasis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Everything recorded against one question.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Answer {
    pub response: Response,
    /// Client-facing: what was observed, written for the report.
    #[serde(default)]
    pub finding: String,
    /// The assessor's own recommendation for this answer, where the questionnaire's does not
    /// fit; empty means the questionnaire's. Client-facing.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recommendation: String,
    /// What the client's management says it will do about the gap, given after reviewing the
    /// draft report. Client-facing.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub management_response: String,
    /// Private working notes (who said what, hunches): never in an export unless the user
    /// asks for them, hidden in presenter mode.
    pub notes: String,
    /// References to evidence: document names, links, ticket numbers.
    pub evidence: Vec<String>,
    pub basis: Option<EvidenceBasis>,
    /// Who said it: the numbers of the attendees of the engagement record (`A2` is 2) the
    /// answer rests on, in the order given. Client-facing. See `Engagement::said_by`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub said_by: Vec<u32>,
    /// Who owns the remediation.
    pub owner: String,
    /// When the remediation is due.
    pub due: Option<Date>,
    /// Set when the level was accepted from an ISO 27001 carry-over suggestion: the
    /// references it came from and the level suggested (see `crate::iso27001`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried_over: Option<crate::iso27001::CarriedOver>,
}

impl Answer {
    pub fn with_maturity(level: u8) -> Self {
        Answer {
            response: Response::Maturity { level },
            ..Answer::default()
        }
    }

    pub fn not_applicable(justification: impl Into<String>) -> Self {
        Answer {
            response: Response::NotApplicable {
                justification: justification.into(),
            },
            ..Answer::default()
        }
    }

    /// True when nothing at all has been recorded.
    pub fn is_empty(&self) -> bool {
        *self == Answer::default()
    }
}

/// Why an answer (or a new assessment) was refused.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum AnswerError {
    #[error("maturity {given} is out of range: the scale runs from 0 to {max}")]
    MaturityOutOfRange { given: i64, max: u8 },
    #[error("target {given} is out of range: the scale runs from 0 to {max}")]
    TargetOutOfRange { given: i64, max: u8 },
    #[error(
        "{reference} is a clause requirement: {clauses} are mandatory and cannot be marked not applicable (score it 0 if nothing exists)"
    )]
    NotApplicableOnClause { reference: String, clauses: String },
    #[error(
        "marking {reference} not applicable needs a justification: it goes into the Statement of Applicability"
    )]
    MissingJustification { reference: String },
    #[error("no question with id \"{id}\"{hint}")]
    UnknownQuestion { id: String, hint: String },
    #[error("the organisation name must not be empty")]
    EmptyOrganisation,
    #[error("the {field} {}", text_why(*length))]
    /// `length`: how many characters the text has when it is too long; `None` when it holds
    /// a NUL byte.
    Text {
        field: &'static str,
        length: Option<usize>,
    },
    #[error(
        "capacity must be from {low} to {high} person-days per week, not {0}",
        low = CAPACITY_RANGE.0,
        high = CAPACITY_RANGE.1
    )]
    Capacity(f64),
    #[error(
        "effort {size} must be from {low} to {high} person-days, not {days}",
        low = EFFORT_RANGE.0,
        high = EFFORT_RANGE.1
    )]
    Effort { size: &'static str, days: f64 },
    #[error(
        "the audit cycle must be from {low} to {high} weeks, not {0}",
        low = AUDIT_CYCLE_RANGE.0,
        high = AUDIT_CYCLE_RANGE.1
    )]
    AuditCycle(f64),
    #[error(
        "the {what} {date} is out of range: it must fall in the years {low} to {high}",
        low = YEAR_RANGE.0,
        high = YEAR_RANGE.1
    )]
    Year { what: &'static str, date: Date },
}

/// Why a text was refused, after its field's name (the English [`AnswerError::Text`]).
fn text_why(length: Option<usize>) -> String {
    match length {
        None => "holds a NUL byte".into(),
        Some(n) => format!("is {n} characters long; at most {MAX_TEXT_CHARS} are kept"),
    }
}

/// A number as typed or as a bound (`0.1`, `1000`), with the language's decimal separator.
fn number_in(lang: Lang, value: f64) -> String {
    let text = value.to_string();
    match lang.decimal_separator() {
        '.' => text,
        sep => text.replace('.', &sep.to_string()),
    }
}

/// The name of a field a text was refused for, in `lang`; a name the catalogue does not know
/// (a command-line flag) stays as it is.
pub fn field_name_in(lang: Lang, field: &str) -> String {
    let id = match field {
        "organisation" => "store-field-organisation",
        "scope" => "store-field-scope",
        "assessor" => "store-field-assessor",
        "finding" => "store-field-finding",
        "recommendation" => "store-field-recommendation",
        "management response" => "store-field-management-response",
        "notes" => "store-field-notes",
        "note" => "store-field-note",
        "owner" => "store-field-owner",
        "evidence reference" => "store-field-evidence",
        "justification" => "store-field-justification",
        "summary" => "store-field-summary",
        "reason" => "store-field-reason",
        "title" => "store-field-title",
        "comment" => "store-field-comment",
        "name" => "store-field-name",
        "purpose" => "store-field-purpose",
        "holiday" => "store-field-holiday",
        "assessment date" => "store-field-assessment-date",
        "roadmap start" => "store-field-roadmap-start",
        "date" => "store-field-date",
        _ => return field.to_string(),
    };
    crate::t!(lang, id)
}

impl AnswerError {
    /// The refusal in `lang`, from the catalogue (area `store`: the command line and the
    /// screens both say it); in English the same text as [`Display`](std::fmt::Display).
    /// Names, references and typed values are arguments and stay as given.
    pub fn message_in(&self, lang: Lang) -> String {
        use crate::t;
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            AnswerError::MaturityOutOfRange { given, max } => t!(
                lang,
                "store-answer-maturity-range",
                given = &given.to_string(),
                max = &max.to_string()
            ),
            AnswerError::TargetOutOfRange { given, max } => t!(
                lang,
                "store-answer-target-range",
                given = &given.to_string(),
                max = &max.to_string()
            ),
            AnswerError::NotApplicableOnClause { reference, clauses } => t!(
                lang,
                "store-answer-na-clause",
                reference = reference,
                clauses = clauses
            ),
            AnswerError::MissingJustification { reference } => {
                t!(lang, "store-answer-na-justification", reference = reference)
            }
            AnswerError::UnknownQuestion { id, hint } => {
                let suggestion = hint
                    .strip_prefix(" (did you mean \"")
                    .and_then(|h| h.strip_suffix("\"?)"));
                match suggestion {
                    Some(s) => t!(
                        lang,
                        "store-answer-unknown-question-hint",
                        id = id,
                        suggestion = s
                    ),
                    None => t!(lang, "store-answer-unknown-question", id = id),
                }
            }
            AnswerError::EmptyOrganisation => t!(lang, "store-answer-empty-organisation"),
            AnswerError::Text { field, length } => {
                let field = field_name_in(lang, field);
                match length {
                    None => t!(lang, "store-answer-text-nul", field = &field),
                    Some(n) => t!(
                        lang,
                        "store-answer-text-long",
                        field = &field,
                        length = &n.to_string(),
                        max = &MAX_TEXT_CHARS.to_string()
                    ),
                }
            }
            AnswerError::Capacity(value) => t!(
                lang,
                "store-answer-capacity",
                low = &number_in(lang, CAPACITY_RANGE.0),
                high = &number_in(lang, CAPACITY_RANGE.1),
                value = &number_in(lang, *value)
            ),
            AnswerError::Effort { size, days } => t!(
                lang,
                "store-answer-effort",
                size = *size,
                low = &number_in(lang, EFFORT_RANGE.0),
                high = &number_in(lang, EFFORT_RANGE.1),
                days = &number_in(lang, *days)
            ),
            AnswerError::AuditCycle(value) => t!(
                lang,
                "store-answer-audit-cycle",
                low = &number_in(lang, AUDIT_CYCLE_RANGE.0),
                high = &number_in(lang, AUDIT_CYCLE_RANGE.1),
                value = &number_in(lang, *value)
            ),
            AnswerError::Year { what, date } => t!(
                lang,
                "store-answer-year",
                what = &field_name_in(lang, what),
                date = &lang.date(*date),
                low = &YEAR_RANGE.0.to_string(),
                high = &YEAR_RANGE.1.to_string()
            ),
        }
    }
}

/// Checks an answer against its question: the level fits the scale, and not-applicable is
/// only used, with a justification, on annex controls.
pub fn validate_answer(
    questionnaire: &Questionnaire,
    question_id: &str,
    answer: &Answer,
) -> Result<(), AnswerError> {
    let Some(q) = questionnaire.question(question_id) else {
        let hint = questionnaire
            .suggest_question(question_id)
            .map(|s| format!(" (did you mean \"{s}\"?)"))
            .unwrap_or_default();
        return Err(AnswerError::UnknownQuestion {
            id: question_id.to_string(),
            hint,
        });
    };
    let reference = q.requirement.reference.clone();
    check_text("finding", &answer.finding)?;
    check_text("recommendation", &answer.recommendation)?;
    check_text("management response", &answer.management_response)?;
    check_text("notes", &answer.notes)?;
    check_text("owner", &answer.owner)?;
    for e in &answer.evidence {
        check_text("evidence reference", e)?;
    }
    if let Response::NotApplicable { justification } = &answer.response {
        check_text("justification", justification)?;
    }
    match &answer.response {
        Response::Unanswered => Ok(()),
        Response::Maturity { level } => {
            let max = questionnaire.max_level();
            if *level > max {
                return Err(AnswerError::MaturityOutOfRange {
                    given: (*level).into(),
                    max,
                });
            }
            Ok(())
        }
        Response::NotApplicable { .. } if q.section.kind == SectionKind::Clause => {
            Err(AnswerError::NotApplicableOnClause {
                reference,
                clauses: lower_first(&questionnaire.labels.clauses),
            })
        }
        Response::NotApplicable { justification } if justification.trim().is_empty() => {
            Err(AnswerError::MissingJustification { reference })
        }
        Response::NotApplicable { .. } => Ok(()),
    }
}

/// Parses a `YYYY-MM-DD` date with a message that says what was expected.
pub fn parse_date(s: &str) -> Result<Date, String> {
    read_date(s).map_err(|real| {
        if real {
            format!("\"{s}\" is not a valid calendar date")
        } else {
            format!("\"{s}\" is not a date in the form YYYY-MM-DD (for example 2026-03-31)")
        }
    })
}

/// [`parse_date`], the message in `lang` (the form typed stays `YYYY-MM-DD`).
pub fn parse_date_in(lang: Lang, s: &str) -> Result<Date, String> {
    read_date(s).map_err(|real| {
        if real {
            crate::t!(lang, "tui-date-not-real", typed = s)
        } else {
            crate::t!(lang, "tui-date-unreadable", typed = s)
        }
    })
}

/// A `YYYY-MM-DD` date; the error is whether it was well formed (but no day of the
/// calendar).
fn read_date(s: &str) -> Result<Date, bool> {
    let trimmed = s.trim();
    let well_formed = trimmed.len() == 10
        && trimmed.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !well_formed {
        return Err(false);
    }
    trimmed.parse::<Date>().map_err(|_| true)
}

/// "Clauses 4–10" → "clauses 4–10", for use inside a sentence.
pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_iso_and_real() {
        assert_eq!(
            parse_date("2026-03-31").unwrap(),
            jiff::civil::date(2026, 3, 31)
        );
        assert!(parse_date("31/03/2026").unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse_date("2026-3-31").unwrap_err().contains("YYYY-MM-DD"));
        assert!(
            parse_date("2026-02-30")
                .unwrap_err()
                .contains("not a valid calendar date")
        );
    }

    #[test]
    fn texts_are_capped_and_never_hold_nul() {
        let q = crate::questionnaire::catalog::built_in("iso42001").unwrap();
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        let mut a = Answer::with_maturity(2);
        a.notes = "x".repeat(MAX_TEXT_CHARS);
        assert!(validate_answer(q, "4.1-a", &a).is_ok());
        a.notes = long.clone();
        let err = validate_answer(q, "4.1-a", &a).unwrap_err().to_string();
        assert!(err.contains("notes is 100001 characters long"), "{err}");
        a.notes.clear();
        a.evidence = vec!["a\0b".into()];
        let err = validate_answer(q, "4.1-a", &a).unwrap_err().to_string();
        assert!(err.contains("evidence reference holds a NUL byte"), "{err}");
        let mut new = NewAssessment::new("Acme", jiff::civil::date(2026, 1, 5));
        new.scope = long;
        assert!(
            new.validate(q)
                .unwrap_err()
                .to_string()
                .contains("scope is")
        );
    }

    #[test]
    fn unanswered_is_not_maturity_zero() {
        assert_ne!(Answer::default(), Answer::with_maturity(0));
        assert!(!Answer::default().response.is_answered());
        assert!(Answer::with_maturity(0).response.is_answered());
        assert_eq!(Answer::with_maturity(0).response.maturity(), Some(0));
    }

    /// Every refusal the checks give, with the English text the code said before the catalogue.
    fn refusals() -> Vec<(AnswerError, &'static str)> {
        vec![
            (
                AnswerError::MaturityOutOfRange { given: 7, max: 5 },
                "maturity 7 is out of range: the scale runs from 0 to 5",
            ),
            (
                AnswerError::TargetOutOfRange { given: 9, max: 5 },
                "target 9 is out of range: the scale runs from 0 to 5",
            ),
            (
                AnswerError::NotApplicableOnClause {
                    reference: "4.1".into(),
                    clauses: "4–10".into(),
                },
                "4.1 is a clause requirement: 4–10 are mandatory and cannot be marked not applicable (score it 0 if nothing exists)",
            ),
            (
                AnswerError::MissingJustification {
                    reference: "A.2.2".into(),
                },
                "marking A.2.2 not applicable needs a justification: it goes into the Statement of Applicability",
            ),
            (
                AnswerError::UnknownQuestion {
                    id: "4.9-z".into(),
                    hint: " (did you mean \"4.1-a\"?)".into(),
                },
                "no question with id \"4.9-z\" (did you mean \"4.1-a\"?)",
            ),
            (
                AnswerError::UnknownQuestion {
                    id: "qq".into(),
                    hint: String::new(),
                },
                "no question with id \"qq\"",
            ),
            (
                AnswerError::EmptyOrganisation,
                "the organisation name must not be empty",
            ),
            (
                check_text("notes", "a\0b").unwrap_err(),
                "the notes holds a NUL byte",
            ),
            (
                check_text("finding", &"x".repeat(MAX_TEXT_CHARS + 1)).unwrap_err(),
                "the finding is 100001 characters long; at most 100000 are kept",
            ),
            (
                check_capacity(0.05).unwrap_err(),
                "capacity must be from 0.1 to 1000 person-days per week, not 0.05",
            ),
            (
                EffortDays {
                    s: 2.0,
                    m: 5000.5,
                    l: 15.0,
                }
                .check()
                .unwrap_err(),
                "effort M must be from 0.1 to 1000 person-days, not 5000.5",
            ),
            (
                check_audit_cycle(200.0).unwrap_err(),
                "the audit cycle must be from 0 to 104 weeks, not 200",
            ),
            (
                check_year("roadmap start", jiff::civil::date(2300, 1, 5)).unwrap_err(),
                "the roadmap start 2300-01-05 is out of range: it must fall in the years 1900 to 2200",
            ),
        ]
    }

    #[test]
    fn refusals_in_english_are_unchanged() {
        for (e, english) in refusals() {
            assert_eq!(e.to_string(), english);
            assert_eq!(e.message_in(Lang::En), english);
        }
    }

    #[test]
    fn refusals_in_german_are_german() {
        let german: Vec<String> = refusals()
            .iter()
            .map(|(e, _)| e.message_in(Lang::De))
            .collect();
        for (text, (_, english)) in german.iter().zip(refusals()) {
            assert_ne!(text, english);
            for word in [" is ", " the ", " must ", " not "] {
                assert!(!text.contains(word), "{text}");
            }
        }
        assert!(
            german[0].contains("Reifegrad 7 liegt außerhalb der Skala"),
            "{}",
            german[0]
        );
        assert!(german[4].contains("meinten Sie „4.1-a“?"), "{}", german[4]);
        assert!(
            german[7].contains("Feld „Notizen“ enthält"),
            "{}",
            german[7]
        );
        assert!(
            german[9].contains("zwischen 0,1 und 1000 Personentagen"),
            "{}",
            german[9]
        );
        assert!(german[10].contains("nicht bei 5000,5"), "{}", german[10]);
        assert!(
            german[12].contains("05.01.2300 (Beginn der Roadmap)"),
            "{}",
            german[12]
        );
    }

    #[test]
    fn refusals_in_pseudo_escape_nothing() {
        let data = ["4.1", "4–10", "A.2.2", "4.9-z", "4.1-a", "qq", "M", "NUL"];
        for (e, _) in refusals() {
            let text = e.message_in(Lang::Pseudo);
            assert!(
                crate::i18n::escaped_words(&text, &data).is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn typed_day_rates_and_efforts_are_refused_in_the_language() {
        let base = EffortDays::default();
        let cases = [
            (
                DayRate::new_in(Lang::En, 0.0, "EUR").unwrap_err(),
                DayRate::new_in(Lang::De, 0.0, "EUR").unwrap_err(),
                DayRate::new_in(Lang::Pseudo, 0.0, "EUR").unwrap_err(),
                "a day rate must be above 0 and at most 1000000, not 0",
                "Tagessatz",
            ),
            (
                DayRate::new_in(Lang::En, 1200.5, "euro").unwrap_err(),
                DayRate::new_in(Lang::De, 1200.5, "euro").unwrap_err(),
                DayRate::new_in(Lang::Pseudo, 1200.5, "euro").unwrap_err(),
                "a currency is a three-letter code such as EUR, USD or GBP, not \"euro\"",
                "Währung",
            ),
            (
                base.parse_in(Lang::En, "M5").unwrap_err(),
                base.parse_in(Lang::De, "M5").unwrap_err(),
                base.parse_in(Lang::Pseudo, "M5").unwrap_err(),
                "\"M5\" is not SIZE=DAYS (for example M=5)",
                "GRÖSSE=TAGE",
            ),
            (
                base.parse_in(Lang::En, "M=0").unwrap_err(),
                base.parse_in(Lang::De, "M=0").unwrap_err(),
                base.parse_in(Lang::Pseudo, "M=0").unwrap_err(),
                "\"0\" is not a number of person-days from 0.1 to 1000",
                "Personentagen von 0,1 bis 1000",
            ),
            (
                base.parse_in(Lang::En, "XL=3").unwrap_err(),
                base.parse_in(Lang::De, "XL=3").unwrap_err(),
                base.parse_in(Lang::Pseudo, "XL=3").unwrap_err(),
                "unknown effort size \"XL\" (expected S, M or L)",
                "Unbekannte Aufwandsgröße",
            ),
        ];
        for (en, de, pseudo, english, german) in cases {
            assert_eq!(en, english);
            assert!(de.contains(german), "{de}");
            assert!(!de.contains(" is ") && !de.contains(" not "), "{de}");
            let data = ["EUR", "USD", "GBP", "euro", "M5", "SIZE", "DAYS", "XL"];
            assert!(
                crate::i18n::escaped_words(&pseudo, &data).is_empty(),
                "{pseudo}"
            );
        }
        assert_eq!(
            DayRate::new(0.0, "EUR").unwrap_err(),
            "a day rate must be above 0 and at most 1000000, not 0"
        );
        assert_eq!(
            base.parse("M5").unwrap_err(),
            "\"M5\" is not SIZE=DAYS (for example M=5)"
        );
    }
}
