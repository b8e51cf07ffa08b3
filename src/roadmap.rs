//! The remediation roadmap: one action per remedy (a question with a gap, or the questions of
//! a requirement that share an action key), ordered so that nothing comes
//! before what it depends on, then by phase, priority and size of gap; dated from the
//! roadmap start at the assessment's capacity; with the Stage 1 and Stage 2 milestones.
//!
//! Pure: no terminal, no SQL. The method is printed in the report's appendix
//! (`report::method`); change both together.

use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use crate::assessment::{Answer, EffortDays};
use crate::i18n::Lang;
use crate::questionnaire::{Effort, Questionnaire, SectionKind};
use crate::scoring::{Priority, QuestionScore, Scorecard, Status};
use crate::t;

/// How dates are computed.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The first day of work (moved to the next working day if it falls on a weekend).
    pub start: Date,
    /// Person-days of remediation work available per week.
    pub capacity: f64,
    pub effort: EffortDays,
    /// Weeks for one internal audit and management review cycle before Stage 2.
    pub audit_cycle_weeks: f64,
    /// Person-days per week of the owners who do not work at `capacity`.
    pub owner_capacity: BTreeMap<String, f64>,
    /// Days nobody works, besides Saturdays and Sundays.
    pub holidays: BTreeSet<Date>,
}

impl Settings {
    pub fn new(start: Date, capacity: f64, effort: EffortDays) -> Settings {
        Settings {
            start,
            capacity,
            effort,
            audit_cycle_weeks: DEFAULT_AUDIT_CYCLE_WEEKS,
            owner_capacity: BTreeMap::new(),
            holidays: BTreeSet::new(),
        }
    }

    /// The person-days per week an owner works at: their own, or the assessment's.
    pub fn capacity_of(&self, owner: &str) -> f64 {
        self.owner_capacity
            .get(owner.trim())
            .copied()
            .unwrap_or(self.capacity)
    }

    pub fn calendar(&self) -> Calendar<'_> {
        Calendar {
            holidays: &self.holidays,
        }
    }
}

/// Working days: Monday to Friday, less the listed holidays.
#[derive(Debug, Clone, Copy)]
pub struct Calendar<'a> {
    pub holidays: &'a BTreeSet<Date>,
}

impl Calendar<'_> {
    pub fn is_working_day(&self, d: Date) -> bool {
        !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) && !self.holidays.contains(&d)
    }

    /// The working day `n` working days after the first working day on or after `from`;
    /// `None` beyond the calendar.
    pub fn nth(&self, from: Date, n: i64) -> Option<Date> {
        // The answer is the day `n + h` weekdays on, where h counts the weekday holidays up
        // to it: the least fixed point of that count, reached from 0 (at most one round per
        // holiday).
        let mut extra = 0i64;
        loop {
            let d = add_working_days(from, n.checked_add(extra)?)?;
            let h = self
                .holidays
                .range(from..=d)
                .filter(|h| !matches!(h.weekday(), Weekday::Saturday | Weekday::Sunday))
                .count() as i64;
            if h == extra {
                return Some(d);
            }
            extra = h;
        }
    }
}

/// Reads "NAME=DAYS" (an owner's capacity in person-days per week) or "NAME=" (no capacity
/// of their own any more).
pub fn parse_owner_capacity(text: &str) -> Result<(String, Option<f64>), String> {
    let (name, days) = text
        .rsplit_once('=')
        .ok_or("expected NAME=DAYS, e.g. \"Anna Novak (CISO)=2\"")?;
    let name = name.trim();
    if name.is_empty() {
        return Err("the owner's name is empty; give it as recorded on the answers".into());
    }
    let days = days.trim();
    if days.is_empty() {
        return Ok((name.to_string(), None));
    }
    let value: f64 = days
        .parse()
        .map_err(|_| format!("{days:?} is not a number of person-days per week"))?;
    crate::assessment::check_capacity(value).map_err(|e| e.to_string())?;
    Ok((name.to_string(), Some(value)))
}

/// The most days one list of holidays may hold: ten years of every day.
pub const MAX_HOLIDAYS: usize = 3660;

/// Reads holidays: dates (YYYY-MM-DD) and ranges (FROM..TO, both included), separated by
/// commas or lines; `#` starts a comment. `what` names the source in messages.
pub fn parse_holidays(text: &str, what: &str) -> Result<BTreeSet<Date>, String> {
    let mut out = BTreeSet::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("");
        for item in line.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let at = || {
                if text.lines().count() > 1 {
                    format!("{what}, line {}", n + 1)
                } else {
                    what.to_string()
                }
            };
            let day = |s: &str| {
                s.trim().parse::<Date>().map_err(|_| {
                    format!(
                        "{}: {s:?} is not a date; write YYYY-MM-DD or FROM..TO",
                        at()
                    )
                })
            };
            let (from, to) = match item.split_once("..") {
                Some((a, b)) => (day(a)?, day(b)?),
                None => (day(item)?, day(item)?),
            };
            if to < from {
                return Err(format!("{}: {item:?} ends before it begins", at()));
            }
            let mut d = from;
            while d <= to {
                out.insert(d);
                if out.len() > MAX_HOLIDAYS {
                    return Err(format!(
                        "{}: more than {MAX_HOLIDAYS} holidays; list only the days off",
                        at()
                    ));
                }
                match d.tomorrow() {
                    Ok(next) => d = next,
                    Err(_) => break,
                }
            }
        }
    }
    Ok(out)
}

/// One owner's share of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnerLoad {
    /// The owner as recorded; empty for actions nobody owns yet.
    pub owner: String,
    /// Person-days per week they work at.
    pub capacity: f64,
    pub actions: usize,
    /// Person-days of their actions.
    pub days: f64,
    /// Their part of all the plan's person-days, 0 to 1.
    pub share: f64,
    pub start: Date,
    pub end: Date,
    /// The plan waits for them: more capacity (or handing work to someone else) would
    /// bring its end or a due date forward.
    pub over_allocated: bool,
}

/// Time to plan and run an internal audit, hold a management review and act on both.
pub const DEFAULT_AUDIT_CYCLE_WEEKS: f64 = 6.0;

/// One remediation action.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    /// Position in roadmap order, from 1.
    pub step: usize,
    /// The first question it closes, in questionnaire order.
    pub question: String,
    /// Every question it closes, in questionnaire order: one, or those of its requirement
    /// that share an `action` key in the questionnaire.
    pub questions: Vec<String>,
    pub reference: String,
    pub requirement_title: String,
    pub section: String,
    pub kind: SectionKind,
    pub recommendation: String,
    pub priority: Priority,
    /// The priority it is scheduled at: its own, or that of the most urgent action that
    /// waits for it, directly or not.
    pub urgency: Priority,
    pub maturity: u8,
    pub gap: u8,
    pub weight: f64,
    pub effort: Effort,
    pub effort_days: f64,
    pub phase: String,
    /// The work package (id, title) it belongs to: its requirement's; empty when the
    /// questionnaire declares none.
    pub package: String,
    pub package_title: String,
    pub documented: bool,
    pub owner: String,
    /// The due date the assessor recorded, if any.
    pub due: Option<Date>,
    /// Requirements with actions that must finish first (the nearest ones).
    pub after: Vec<String>,
    pub start: Date,
    pub end: Date,
    /// Working days from the roadmap start (fractions of a day) when it begins and ends.
    pub begin_day: f64,
    pub finish_day: f64,
    /// On the critical path: any delay to it delays the end of the plan.
    pub critical: bool,
    /// It starts later than its prerequisites allow because its owner is busy.
    pub waits_for_owner: bool,
}

impl Action {
    /// The recorded due date falls before the scheduled end.
    pub fn late(&self) -> bool {
        self.due.is_some_and(|d| d < self.end)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Milestone {
    pub name: &'static str,
    /// When it is expected; the start date when nothing stands in the way.
    pub date: Date,
    /// How the date was reached, in a sentence (English: [`Basis::sentence`] gives it in
    /// another language).
    pub basis: String,
    /// What the date rests on, for the sentence in any language.
    pub why: Basis,
    /// Questions in its scope not yet answered: the date assumes they need no work.
    pub unassessed: usize,
}

/// What a milestone's date rests on.
#[derive(Debug, Clone, PartialEq)]
pub enum Basis {
    /// Stage 1: the end of the last action on documented information or on the planning
    /// clauses `sections` (none when nothing stands in the way).
    Stage1 {
        end: Option<Date>,
        sections: Vec<String>,
    },
    /// Stage 2: the end of the last P1 or P2 action (none without any), Stage 1 readiness
    /// when the audit cycle waits for it, then the cycle's weeks.
    Stage2 {
        blocking_end: Option<Date>,
        stage1: Option<Date>,
        cycle_weeks: f64,
    },
}

impl Basis {
    /// The milestone's name in `lang`: "Stage 1 readiness".
    pub fn name(&self, lang: Lang) -> String {
        lang.t(match self {
            Basis::Stage1 { .. } => "report-milestone-stage1",
            Basis::Stage2 { .. } => "report-milestone-stage2",
        })
    }

    /// How the date was reached, as a report written in `lang` says it.
    pub fn sentence(&self, lang: Lang) -> String {
        match self {
            Basis::Stage1 { end, sections } => match (end, sections.as_slice()) {
                (Some(d), []) => t!(lang, "report-milestone-stage1-docs", date = &lang.date(*d)),
                (Some(d), clauses) => t!(
                    lang,
                    "report-milestone-stage1-clauses",
                    count = clauses.len(),
                    clauses = &crate::report::and_list(lang, clauses),
                    date = &lang.date(*d)
                ),
                (None, []) => t!(lang, "report-milestone-stage1-clear"),
                (None, _) => t!(lang, "report-milestone-stage1-clear-clauses"),
            },
            Basis::Stage2 {
                blocking_end,
                stage1,
                cycle_weeks,
            } => {
                let weeks =
                    format!("{cycle_weeks}").replace('.', &lang.decimal_separator().to_string());
                let stage1 = stage1.map(|d| lang.date(d));
                match (blocking_end, stage1) {
                    (Some(d), None) => t!(
                        lang,
                        "report-milestone-stage2-done",
                        date = &lang.date(*d),
                        weeks = &weeks
                    ),
                    (Some(d), Some(s1)) => t!(
                        lang,
                        "report-milestone-stage2-done-stage1",
                        date = &lang.date(*d),
                        stage1 = &s1,
                        weeks = &weeks
                    ),
                    (None, None) => t!(lang, "report-milestone-stage2-none", weeks = &weeks),
                    (None, Some(s1)) => t!(
                        lang,
                        "report-milestone-stage2-none-stage1",
                        stage1 = &s1,
                        weeks = &weeks
                    ),
                }
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Roadmap {
    pub settings: Settings,
    pub actions: Vec<Action>,
    pub stage1: Milestone,
    pub stage2: Milestone,
    pub total_days: f64,
    /// The date the last action ends (the start date when there are none).
    pub end: Date,
    /// Each owner's load, in order of first appearance in the plan.
    pub owners: Vec<OwnerLoad>,
}

/// Orders `n` items so that every item comes after its prerequisites (`deps[i]` lists the
/// items `i` needs), choosing among the items that are free the one with the smallest key.
/// Prerequisites that form a cycle (which a valid questionnaire cannot have) are broken by key.
pub fn order<K: Ord>(deps: &[Vec<usize>], key: impl Fn(usize) -> K) -> Vec<usize> {
    let n = deps.len();
    let mut waiting: Vec<usize> = deps
        .iter()
        .map(|d| d.iter().filter(|x| **x < n).count())
        .collect();
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, d) in deps.iter().enumerate() {
        for &x in d.iter().filter(|x| **x < n) {
            dependents[x].push(i);
        }
    }
    let mut free: BinaryHeap<Reverse<(K, usize)>> = (0..n)
        .filter(|i| waiting[*i] == 0)
        .map(|i| Reverse((key(i), i)))
        .collect();
    let mut placed = vec![false; n];
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let next = match free.pop() {
            Some(Reverse((_, i))) => i,
            // Only a cycle leaves nothing free: take the smallest key left.
            None => (0..n)
                .filter(|i| !placed[*i])
                .min_by(|a, b| key(*a).cmp(&key(*b)))
                .expect("items remain"),
        };
        if placed[next] {
            continue;
        }
        placed[next] = true;
        out.push(next);
        for &d in &dependents[next] {
            waiting[d] = waiting[d].saturating_sub(1);
            if waiting[d] == 0 && !placed[d] {
                free.push(Reverse((key(d), d)));
            }
        }
    }
    out
}

/// Total order on f64 for keys (larger gaps first are expressed by negating).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Desc(f64);

impl Eq for Desc {}

impl PartialOrd for Desc {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Desc {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.total_cmp(&self.0)
    }
}

/// The questions with a gap that one action closes: one question, or the questions of one
/// requirement that share an `action` key (they produce the same document or process), in
/// questionnaire order. Never empty.
struct Unit<'a, 'q> {
    members: Vec<&'a QuestionScore<'q>>,
}

impl Unit<'_, '_> {
    fn reference(&self) -> &str {
        &self.members[0].at.requirement.reference
    }

    /// The most urgent priority of its questions.
    fn priority(&self) -> Priority {
        self.members
            .iter()
            .filter_map(|m| m.priority)
            .min()
            .expect("gaps have a priority")
    }

    /// The largest gap × weight of its questions.
    fn weighted_gap(&self) -> f64 {
        self.members
            .iter()
            .map(|m| m.weighted_gap())
            .fold(0.0, f64::max)
    }

    fn index(&self) -> usize {
        self.members[0].index
    }

    /// The earliest phase of its questions.
    fn phase(&self, q: &Questionnaire) -> &str {
        self.members
            .iter()
            .min_by_key(|m| q.phase_rank(&m.at.question.phase))
            .map(|m| m.at.question.phase.as_str())
            .expect("an action has a question")
    }

    fn phase_rank(&self, q: &Questionnaire) -> usize {
        self.members
            .iter()
            .map(|m| q.phase_rank(&m.at.question.phase))
            .min()
            .unwrap_or(usize::MAX)
    }

    /// Its effort: the size of its largest question, and that size's person-days. The
    /// questions produce one document or process, so their efforts are not added up.
    fn effort(&self, days: &EffortDays) -> (Effort, f64) {
        self.members
            .iter()
            .map(|m| (m.at.question.effort, days.days(m.at.question.effort)))
            .fold(None, |best: Option<(Effort, f64)>, x| match best {
                Some(b) if b.1 >= x.1 => Some(b),
                _ => Some(x),
            })
            .expect("an action has a question")
    }

    /// The owner recorded on its most urgent question that has one (then the larger gap,
    /// then questionnaire order); empty when none has.
    fn owner(&self, answers: &BTreeMap<String, Answer>) -> String {
        let mut by_urgency: Vec<&&QuestionScore> = self.members.iter().collect();
        by_urgency.sort_by(|a, b| {
            (a.priority, Desc(a.weighted_gap()), a.index).cmp(&(
                b.priority,
                Desc(b.weighted_gap()),
                b.index,
            ))
        });
        by_urgency
            .iter()
            .filter_map(|m| answers.get(&m.at.question.id))
            .map(|a| a.owner.trim())
            .find(|o| !o.is_empty())
            .unwrap_or("")
            .to_string()
    }

    /// The recommendations of its questions (the assessor's where given), in questionnaire
    /// order, each once.
    fn recommendation(&self, answers: &BTreeMap<String, Answer>) -> String {
        let mut out: Vec<&str> = Vec::new();
        for m in &self.members {
            let own = answers
                .get(&m.at.question.id)
                .map(|a| a.recommendation.trim())
                .filter(|r| !r.is_empty());
            let text = own.unwrap_or(m.at.question.recommendation.trim());
            if !out.contains(&text) {
                out.push(text);
            }
        }
        out.join(" ")
    }
}

/// The actions for a list of gaps (in questionnaire order): questions of one requirement with
/// the same `action` key together, every other question on its own.
fn units<'a, 'q>(gaps: &[&'a QuestionScore<'q>]) -> Vec<Unit<'a, 'q>> {
    let mut out: Vec<Unit> = Vec::new();
    let mut keyed: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for s in gaps {
        let key = s.at.question.action.as_str();
        if !key.is_empty() {
            let at = (s.at.requirement.reference.as_str(), key);
            if let Some(&u) = keyed.get(&at) {
                out[u].members.push(s);
                continue;
            }
            keyed.insert(at, out.len());
        }
        out.push(Unit { members: vec![s] });
    }
    out
}

/// Requirement ref → every requirement it depends on, directly or not.
struct Prerequisites<'q> {
    /// Each requirement's position, by reference: every requirement with questions, then
    /// any other that a question depends on.
    index: BTreeMap<&'q str, usize>,
    /// The references, by position.
    refs: Vec<&'q str>,
    /// What each requirement needs, directly or through others, by position.
    needs: Vec<Vec<usize>>,
    /// The same as one bit per requirement, for quick tests.
    bits: Vec<Vec<u64>>,
}

impl<'q> Prerequisites<'q> {
    fn of(q: &'q Questionnaire) -> Prerequisites<'q> {
        let mut index: BTreeMap<&str, usize> = BTreeMap::new();
        let mut refs: Vec<&str> = Vec::new();
        let mut at = |r: &'q str, refs: &mut Vec<&'q str>| {
            *index.entry(r).or_insert_with(|| {
                refs.push(r);
                refs.len() - 1
            })
        };
        let mut direct: Vec<Vec<usize>> = Vec::new();
        for a in q.questions() {
            let r = at(a.requirement.reference.as_str(), &mut refs);
            let on: Vec<usize> = a
                .question
                .depends_on
                .iter()
                .map(|d| at(d.as_str(), &mut refs))
                .collect();
            direct.resize(refs.len(), Vec::new());
            direct[r].extend(on);
        }
        direct.resize(refs.len(), Vec::new());
        let words = refs.len().div_ceil(64);
        let mut needs = Vec::with_capacity(refs.len());
        let mut bits = Vec::with_capacity(refs.len());
        for r in 0..refs.len() {
            let mut seen = vec![0u64; words];
            let mut todo: Vec<usize> = direct[r].clone();
            let mut all = Vec::new();
            while let Some(x) = todo.pop() {
                if seen[x / 64] & (1 << (x % 64)) == 0 {
                    seen[x / 64] |= 1 << (x % 64);
                    all.push(x);
                    todo.extend(&direct[x]);
                }
            }
            all.sort_unstable();
            needs.push(all);
            bits.push(seen);
        }
        Prerequisites {
            index,
            refs,
            needs,
            bits,
        }
    }

    fn position(&self, reference: &str) -> usize {
        self.index[reference]
    }

    /// Whether requirement `a` needs requirement `b`, directly or through others.
    fn needs(&self, a: usize, b: usize) -> bool {
        self.bits[a][b / 64] & (1 << (b % 64)) != 0
    }

    /// The same by reference (false for a reference the questionnaire does not know).
    #[cfg(test)]
    fn requires(&self, a: &str, b: &str) -> bool {
        match (self.index.get(a), self.index.get(b)) {
            (Some(&a), Some(&b)) => self.needs(a, b),
            _ => false,
        }
    }
}

/// Adds `days` working days (Monday to Friday) to a date that is itself a working day;
/// `None` when the result lies beyond the calendar (after the year 9999).
pub fn add_working_days(date: Date, days: i64) -> Option<Date> {
    let mut d = next_working_day(date)?;
    // Five working days from a working day are a calendar week on: whole weeks at once,
    // then the rest a day at a time (a roadmap of years took thousands of steps per action).
    let weeks = days.max(0) / 5;
    if weeks > 0 {
        let span = jiff::Span::new().try_days(weeks.checked_mul(7)?).ok()?;
        d = d.checked_add(span).ok()?;
    }
    let mut left = days.max(0) % 5;
    while left > 0 {
        d = next_working_day(d.checked_add(1.day()).ok()?)?;
        left -= 1;
    }
    Some(d)
}

fn next_working_day(date: Date) -> Option<Date> {
    match date.weekday() {
        Weekday::Saturday => date.checked_add(2.days()).ok(),
        Weekday::Sunday => date.checked_add(1.day()).ok(),
        _ => Some(date),
    }
}

/// Why a roadmap cannot be dated: its settings are out of range (a file written by an older
/// version, or edited by hand), or its dates would fall beyond the calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct Impossible {
    pub reason: String,
    /// Person-days of all actions together, which do not depend on the dates.
    pub total_days: f64,
}

impl std::fmt::Display for Impossible {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

/// The settings' values checked against the ranges a user may give (see `assessment`).
fn check_settings(settings: &Settings) -> Result<(), String> {
    let to_fix =
        |what: String, flag: &str| format!("{what}; change it with --{flag} to date the roadmap");
    crate::assessment::check_capacity(settings.capacity)
        .map_err(|e| to_fix(e.to_string(), "capacity"))?;
    settings
        .effort
        .check()
        .map_err(|e| to_fix(e.to_string(), "effort"))?;
    crate::assessment::check_audit_cycle(settings.audit_cycle_weeks)
        .map_err(|e| to_fix(e.to_string(), "audit-cycle"))?;
    for (owner, capacity) in &settings.owner_capacity {
        crate::assessment::check_capacity(*capacity)
            .map_err(|e| to_fix(format!("{owner}: {e}"), "owner-capacity"))?;
    }
    Ok(())
}

/// Builds the roadmap of an assessment.
pub fn build(
    questionnaire: &Questionnaire,
    card: &Scorecard,
    answers: &BTreeMap<String, Answer>,
    settings: Settings,
) -> Result<Roadmap, Impossible> {
    let gaps: Vec<&QuestionScore> = card
        .questions
        .iter()
        .filter(|s| s.priority.is_some())
        .collect();
    let units = units(&gaps);
    let needs = Prerequisites::of(questionnaire);
    // Each action's requirement, by position.
    let requirement: Vec<usize> = units
        .iter()
        .map(|u| needs.position(u.reference()))
        .collect();
    // The actions of each requirement, so that an action's prerequisites are found by looking
    // up the few requirements it needs rather than by testing every other action.
    let mut by_requirement: Vec<Vec<usize>> = vec![Vec::new(); needs.refs.len()];
    for (j, &r) in requirement.iter().enumerate() {
        by_requirement[r].push(j);
    }
    let deps: Vec<Vec<usize>> = requirement
        .iter()
        .map(|&r| {
            let mut d: Vec<usize> = needs.needs[r]
                .iter()
                .flat_map(|&n| &by_requirement[n])
                .copied()
                .collect();
            d.sort_unstable();
            d
        })
        .collect();
    // Resource-levelled schedule in working days from the start. Each owner does one action
    // at a time at their own capacity, so an action lasts its effort divided by the owner's
    // daily capacity. It starts once everything it depends on has ended and its owner is
    // free; an owner who is free takes, of the actions ready for them, the one ranked first
    // in the order above.
    let effort_of = |i: usize| units[i].effort(&settings.effort);
    let total_days: f64 = (0..units.len()).map(|i| effort_of(i).1).sum();
    let impossible = |reason: String| Impossible { reason, total_days };
    check_settings(&settings).map_err(impossible)?;
    let beyond = || {
        impossible(format!(
            "the plan would end after the last day of the calendar (9999-12-31): {} person-days of work at {} person-days a week from {}; raise the capacity, lower the effort per size or start earlier",
            total_days, settings.capacity, settings.start
        ))
    };
    let calendar = settings.calendar();
    let start = calendar.nth(settings.start, 0).ok_or_else(beyond)?;
    // Working days from the start, as whole days: a finish past this is beyond the calendar
    // whatever the start (and `as i64` below could not hold it).
    const MAX_WORKING_DAYS: f64 = 4_000_000.0;
    // Owners by position ("" for actions without one).
    let owners: Vec<String> = units.iter().map(|u| u.owner(answers)).collect();
    let mut owner_index: BTreeMap<&str, usize> = BTreeMap::new();
    let owner: Vec<usize> = owners
        .iter()
        .map(|name| {
            let next = owner_index.len();
            *owner_index.entry(name.as_str()).or_insert(next)
        })
        .collect();
    let owner_name: Vec<&str> = {
        let mut names = vec![""; owner_index.len()];
        for (name, &k) in &owner_index {
            names[k] = name;
        }
        names
    };
    // When each owner is next free, and the action they did last.
    let mut free_at: Vec<(f64, Option<usize>)> = vec![(0.0, None); owner_name.len()];
    let mut placed: Vec<Option<(f64, f64)>> = vec![None; units.len()];
    // What each action waited for last: a prerequisite, or its owner's previous action.
    let mut driver: Vec<Option<usize>> = vec![None; units.len()];
    let mut waits: Vec<bool> = vec![false; units.len()];
    let owner_of = |i: usize| owners[i].as_str();

    // The order in which free work is taken up, by these rules in turn:
    // 1. urgency: an action's own priority, raised to that of the most urgent action that
    //    waits for it (directly or not), so that a P1 never waits behind P3 work for a
    //    prerequisite that was itself ranked P3;
    // 2. the longer chain of work waiting for it first (in working days, its own included):
    //    what much depends on (the risk treatment and the Statement of Applicability, the
    //    monitoring plan and the audit programme) is done early rather than after every
    //    action of its priority that nothing waits for;
    // 3. evaluation in time (the questionnaire's `evaluation_sections`, clause 9 for ISO/IEC
    //    42001): its set-up (the actions of those sections that others wait for: monitoring,
    //    the audit programme, the management review) and everything that set-up needs come
    //    before other work, so that it runs while implementation goes on and has records
    //    by the audit; the execution (an action of those sections that nothing waits for:
    //    the full internal audit) comes after every other action of its priority and starts
    //    only once every other P1 and P2 action has ended, so that it audits the finished
    //    system;
    // 4. the earlier phase, the larger gap × weight, questionnaire order.
    let dependents: Vec<Vec<usize>> = {
        let mut out = vec![Vec::new(); units.len()];
        for (j, d) in deps.iter().enumerate() {
            for &i in d {
                out[i].push(j);
            }
        }
        out
    };
    let topological = order(&deps, |i| units[i].index());
    let mut urgency: Vec<Priority> = units.iter().map(Unit::priority).collect();
    let mut chain: Vec<f64> = vec![0.0; units.len()];
    for &i in topological.iter().rev() {
        let duration = effort_of(i).1 / (settings.capacity_of(owner_of(i)) / 5.0);
        let mut longest = 0.0f64;
        for &j in &dependents[i] {
            urgency[i] = urgency[i].min(urgency[j]);
            longest = longest.max(chain[j]);
        }
        chain[i] = duration + longest;
    }
    let evaluation = &questionnaire.labels.evaluation_sections;
    let in_evaluation = |i: usize| evaluation.contains(&units[i].members[0].at.section.id);
    let execution: Vec<bool> = (0..units.len())
        .map(|i| in_evaluation(i) && dependents[i].is_empty())
        .collect();
    let setup = |i: usize| in_evaluation(i) && !dependents[i].is_empty();
    let class: Vec<u8> = (0..units.len())
        .map(|i| {
            if execution[i] {
                2
            } else if setup(i) || dependents[i].iter().any(|&j| setup(j)) {
                0
            } else {
                1
            }
        })
        .collect();
    let sequence = order(&deps, |i| {
        let u = &units[i];
        (
            urgency[i],
            class[i],
            u.phase_rank(questionnaire),
            Desc(chain[i]),
            Desc(u.weighted_gap()),
            u.index(),
        )
    });
    // The full audit waits for every other P1 and P2 action, as for a prerequisite.
    let gated: Vec<usize> = (0..units.len())
        .filter(|&k| !execution[k] && urgency[k] <= Priority::P2)
        .collect();
    // Kept up to date as actions are placed: how many of the actions each one waits for
    // (its prerequisites, then the gate) are not placed yet, and when the last placed one
    // ends, with its place in that list (of equal ends, the first is the one waited for).
    let mut unplaced = vec![0usize; units.len()];
    let mut ready: Vec<(f64, Option<(usize, usize)>)> = vec![(0.0, None); units.len()];
    let mut released: Vec<Vec<(usize, usize)>> = vec![Vec::new(); units.len()];
    for i in 0..units.len() {
        let gate: &[usize] = if execution[i] { &gated } else { &[] };
        for (place, &d) in deps[i].iter().chain(gate).enumerate() {
            if d != i {
                unplaced[i] += 1;
                released[d].push((i, place));
            }
        }
    }
    // Rank of each action in the order above: the higher rank wins a free owner.
    let mut rank = vec![0usize; units.len()];
    for (k, &i) in sequence.iter().enumerate() {
        rank[i] = k;
    }
    let mut left: Vec<usize> = sequence.clone();
    while !left.is_empty() {
        // Among the actions whose prerequisites are all placed, the one that can start
        // first; on a tie, the one ranked first. Starts never go backwards, so an owner who
        // becomes free takes the best-ranked action ready for them at that moment.
        let mut best: Option<(f64, usize, usize, f64, Option<usize>)> = None;
        for (k, &i) in left.iter().enumerate() {
            if unplaced[i] > 0 {
                continue;
            }
            let (ready, ready_by) = (ready[i].0, ready[i].1.map(|(d, _)| d));
            let (free, previous) = free_at[owner[i]];
            let begin = ready.max(free);
            let better = match best {
                None => true,
                Some((b, _, r, _, _)) => begin < b || (begin == b && rank[i] < r),
            };
            if better {
                let by = if free > ready { previous } else { ready_by };
                best = Some((begin, k, rank[i], ready, by));
            }
        }
        // Only a cycle of prerequisites (which a valid questionnaire cannot have) leaves
        // nothing free: take the first left in the order.
        let (begin, k, _, ready_at, by) = best.unwrap_or_else(|| {
            let i = left[0];
            let free = free_at[owner[i]].0;
            (free, 0, rank[i], free, None)
        });
        let i = left.remove(k);
        let per_day = settings.capacity_of(owner_name[owner[i]]) / 5.0;
        let finish = begin + effort_of(i).1 / per_day;
        // NaN (from settings out of range, checked above) fails this too.
        if finish.is_nan() || finish > MAX_WORKING_DAYS {
            return Err(beyond());
        }
        waits[i] = begin > ready_at;
        driver[i] = by;
        free_at[owner[i]] = (finish, Some(i));
        placed[i] = Some((begin, finish));
        for &(j, place) in &released[i] {
            unplaced[j] = unplaced[j].saturating_sub(1);
            let (at, by) = ready[j];
            if finish > at || (finish == at && by.is_some_and(|(_, p)| place < p)) {
                ready[j] = (finish, Some((i, place)));
            }
        }
    }
    // The critical path: back from the action that ends last, through whatever each one
    // waited for.
    let mut critical = vec![false; units.len()];
    let last = (0..units.len())
        .filter_map(|i| placed[i].map(|(_, e)| (e, i)))
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut at = last.map(|(_, i)| i);
    while let Some(i) = at {
        if critical[i] {
            break;
        }
        critical[i] = true;
        at = driver[i];
    }
    // Roadmap order: by start, then by the order of placement.
    let position: Vec<usize> = {
        let mut p = vec![0; units.len()];
        for (k, &i) in sequence.iter().enumerate() {
            p[i] = k;
        }
        p
    };
    let mut chronological = sequence.clone();
    chronological.sort_by(|&a, &b| {
        let (sa, sb) = (placed[a].unwrap().0, placed[b].unwrap().0);
        sa.floor()
            .total_cmp(&sb.floor())
            .then(position[a].cmp(&position[b]))
    });
    let mut actions = Vec::with_capacity(units.len());
    for (step, &i) in chronological.iter().enumerate() {
        let u = &units[i];
        let (begin, finish) = placed[i].expect("every action is placed");
        let (effort, effort_days) = effort_of(i);
        // The nearest prerequisites: of the requirements with actions this one waits for,
        // those that no other of them already needs.
        let mut with_actions: Vec<usize> = deps[i].iter().map(|&d| requirement[d]).collect();
        with_actions.sort_unstable();
        with_actions.dedup();
        let mut after: Vec<String> = with_actions
            .iter()
            .filter(|&&r| !with_actions.iter().any(|&o| o != r && needs.needs(o, r)))
            .map(|&r| needs.refs[r].to_string())
            .collect();
        after.sort_unstable();
        debug_assert!(
            after
                .iter()
                .all(|r| needs.needs(requirement[i], needs.position(r)))
        );
        let first = u.members[0];
        let (package, package_title) = if questionnaire.packages.is_empty() {
            ("", "")
        } else {
            questionnaire.package_of(first.at.section, first.at.requirement)
        };
        actions.push(Action {
            step: step + 1,
            question: first.at.question.id.clone(),
            questions: u.members.iter().map(|m| m.at.question.id.clone()).collect(),
            reference: u.reference().to_string(),
            requirement_title: first.at.requirement.title.clone(),
            section: first.at.section.id.clone(),
            kind: first.at.kind(),
            recommendation: u.recommendation(answers),
            priority: u.priority(),
            urgency: urgency[i],
            maturity: u
                .members
                .iter()
                .filter_map(|m| m.maturity)
                .min()
                .unwrap_or(0),
            gap: u.members.iter().filter_map(|m| m.gap).max().unwrap_or(0),
            weight: u.members.iter().map(|m| m.weight()).fold(0.0, f64::max),
            effort,
            effort_days,
            phase: u.phase(questionnaire).to_string(),
            package: package.to_string(),
            package_title: package_title.to_string(),
            documented: u.members.iter().any(|m| m.at.question.documented),
            owner: owners[i].clone(),
            due: u
                .members
                .iter()
                .filter_map(|m| answers.get(&m.at.question.id)?.due)
                .min(),
            after,
            start: calendar
                .nth(start, begin.floor() as i64)
                .ok_or_else(beyond)?,
            end: calendar
                .nth(start, (finish.ceil() as i64 - 1).max(begin.floor() as i64))
                .ok_or_else(beyond)?,
            begin_day: begin,
            finish_day: finish,
            critical: critical[i],
            waits_for_owner: waits[i],
        });
    }
    let end = actions.iter().map(|a| a.end).max().unwrap_or(start);
    let owners = owner_loads(&settings, &actions, total_days);

    // Which clause sections Stage 1 waits for is the questionnaire's to say.
    let stage1_sections = &questionnaire.labels.stage1_sections;
    let in_stage1 = |s: &QuestionScore| {
        s.at.question.documented
            || (s.at.kind() == SectionKind::Clause && stage1_sections.contains(&s.at.section.id))
    };
    let stage1_end = actions
        .iter()
        .filter(|a| {
            a.documented || (a.kind == SectionKind::Clause && stage1_sections.contains(&a.section))
        })
        .map(|a| a.end)
        .max();
    let stage1_open = card
        .questions
        .iter()
        .filter(|s| in_stage1(s) && s.status == Status::NotAssessed)
        .count();
    let why = Basis::Stage1 {
        end: stage1_end,
        sections: stage1_sections.clone(),
    };
    let stage1 = Milestone {
        name: "Stage 1 readiness",
        date: stage1_end.unwrap_or(start),
        basis: why.sentence(Lang::En),
        why,
        unassessed: stage1_open,
    };

    let blocking_end = actions
        .iter()
        .filter(|a| matches!(a.priority, Priority::P1 | Priority::P2))
        .map(|a| a.end)
        .max();
    // Bounded by the range checked above: the cast cannot saturate.
    let cycle_days = (settings.audit_cycle_weeks * 5.0).ceil() as i64;
    // The audit cycle runs on a complete system: it cannot start before Stage 1 readiness.
    let stage2_from = blocking_end.unwrap_or(start).max(stage1.date);
    let why = Basis::Stage2 {
        blocking_end,
        stage1: (stage2_from > blocking_end.unwrap_or(start)).then_some(stage1.date),
        cycle_weeks: settings.audit_cycle_weeks,
    };
    let stage2 = Milestone {
        name: "Stage 2 readiness",
        date: calendar.nth(stage2_from, cycle_days).ok_or_else(beyond)?,
        basis: why.sentence(Lang::En),
        why,
        unassessed: card
            .questions
            .iter()
            .filter(|s| s.status == Status::NotAssessed)
            .count(),
    };
    Ok(Roadmap {
        settings,
        actions,
        stage1,
        stage2,
        total_days,
        end,
        owners,
    })
}

/// Each owner's load, in order of their first action; over-allocated when the plan waits
/// for them: an action of theirs on the critical path, or one past its due date, starts
/// only when their previous work ends.
fn owner_loads(settings: &Settings, actions: &[Action], total_days: f64) -> Vec<OwnerLoad> {
    let mut out: Vec<OwnerLoad> = Vec::new();
    for a in actions {
        let owner = a.owner.trim();
        let i = match out.iter().position(|o| o.owner == owner) {
            Some(i) => i,
            None => {
                out.push(OwnerLoad {
                    owner: owner.to_string(),
                    capacity: settings.capacity_of(owner),
                    actions: 0,
                    days: 0.0,
                    share: 0.0,
                    start: a.start,
                    end: a.end,
                    over_allocated: false,
                });
                out.len() - 1
            }
        };
        let o = &mut out[i];
        o.actions += 1;
        o.days += a.effort_days;
        o.start = o.start.min(a.start);
        o.end = o.end.max(a.end);
        o.over_allocated |= a.waits_for_owner && (a.critical || a.late());
    }
    for o in &mut out {
        o.share = if total_days > 0.0 {
            o.days / total_days
        } else {
            0.0
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Response;
    use crate::questionnaire::catalog::built_in;
    use crate::scoring::score;
    use jiff::civil::date;
    use proptest::prelude::*;

    fn effort() -> EffortDays {
        EffortDays::default()
    }

    #[test]
    fn working_days_skip_weekends() {
        let friday = date(2026, 11, 27);
        assert_eq!(add_working_days(friday, 0), Some(friday));
        assert_eq!(add_working_days(friday, 1), Some(date(2026, 11, 30)));
        assert_eq!(
            add_working_days(date(2026, 11, 28), 0),
            Some(date(2026, 11, 30))
        );
        assert_eq!(
            add_working_days(date(2026, 11, 23), 10),
            Some(date(2026, 12, 7))
        );
    }

    #[test]
    fn order_respects_prerequisites_then_keys() {
        // 0 needs 2; 1 is free; 2 is free. Keys prefer 0, then 1, then 2.
        let deps = vec![vec![2], vec![], vec![]];
        assert_eq!(order(&deps, |i| i), [1, 2, 0]);
        // A cycle is broken by key rather than losing items.
        let cycle = vec![vec![1], vec![0]];
        let o = order(&cycle, |i| i);
        assert_eq!(o.len(), 2);
    }

    proptest! {
        /// Whole weeks at once land where stepping a working day at a time does.
        #[test]
        fn working_days_by_the_week_match_day_by_day(start in 0i64..4000, days in 0i64..800) {
            let from = date(2024, 1, 1).checked_add(start.days()).unwrap();
            let mut d = next_working_day(from).unwrap();
            for _ in 0..days {
                d = next_working_day(d.checked_add(1.day()).unwrap()).unwrap();
            }
            prop_assert_eq!(add_working_days(from, days), Some(d));
        }

        /// On random acyclic dependency graphs, no item ever comes before one it needs, and
        /// every item appears once.
        #[test]
        fn order_never_violates_a_dependency(
            n in 1usize..40,
            edges in proptest::collection::vec((0usize..40, 0usize..40), 0..120),
            keys in proptest::collection::vec(0u32..5, 40),
        ) {
            // Edges only from higher to lower index keep the graph acyclic.
            let mut deps = vec![Vec::new(); n];
            for (a, b) in edges {
                let (a, b) = (a % n, b % n);
                if a > b {
                    deps[a].push(b);
                }
            }
            let o = order(&deps, |i| (keys[i], i));
            let mut sorted = o.clone();
            sorted.sort();
            prop_assert_eq!(sorted, (0..n).collect::<Vec<_>>());
            let pos: Vec<usize> = {
                let mut p = vec![0; n];
                for (at, &i) in o.iter().enumerate() {
                    p[i] = at;
                }
                p
            };
            for (i, d) in deps.iter().enumerate() {
                for &x in d {
                    prop_assert!(pos[x] < pos[i], "{} placed before its prerequisite {}", i, x);
                }
            }
        }
    }

    /// How many actions the questions of `q` make when every one has a gap: one per
    /// requirement and action key, one per question without a key.
    fn distinct_actions(q: &Questionnaire) -> usize {
        q.questions()
            .map(|a| {
                if a.question.action.is_empty() {
                    (a.requirement.reference.as_str(), a.question.id.as_str())
                } else {
                    (a.requirement.reference.as_str(), a.question.action.as_str())
                }
            })
            .collect::<BTreeSet<_>>()
            .len()
    }

    fn all_at(level: u8) -> BTreeMap<String, Answer> {
        built_in("iso42001")
            .unwrap()
            .questions()
            .map(|q| (q.question.id.clone(), Answer::with_maturity(level)))
            .collect()
    }

    #[test]
    fn the_catalogue_roadmap_follows_the_dependency_chain() {
        let q = built_in("iso42001").unwrap();
        let answers = all_at(1);
        let card = score(q, &answers, 3);
        let map = build(
            q,
            &card,
            &answers,
            Settings::new(date(2027, 1, 4), 5.0, effort()),
        )
        .unwrap();
        // One action per question, except the questions that share one.
        assert_eq!(map.actions.len(), distinct_actions(q));
        let mut closed: Vec<&str> = map
            .actions
            .iter()
            .flat_map(|a| a.questions.iter().map(String::as_str))
            .collect();
        closed.sort_unstable();
        let mut all: Vec<&str> = q.questions().map(|a| a.question.id.as_str()).collect();
        all.sort_unstable();
        assert_eq!(
            closed, all,
            "every question is closed by exactly one action"
        );
        let position = |r: &str| map.actions.iter().position(|a| a.reference == r).unwrap();
        assert!(position("4.3") < position("6.1.2"));
        assert!(position("5.2") < position("6.1.2"));
        assert!(position("6.1.2") < position("6.1.3"));
        assert!(position("6.1.4") < position("A.5.2"));
        assert!(position("6.1.3") < position("8.1"));
        assert!(position("8.1") < position("9.2.1"));
        assert!(position("9.2.2") < position("10.2"));
        // Dates never go backwards, and nothing starts before what it needs ends.
        for w in map.actions.windows(2) {
            assert!(w[0].start <= w[1].start);
        }
        for a in &map.actions {
            assert!(a.start <= a.end);
            for r in &a.after {
                let last = map
                    .actions
                    .iter()
                    .filter(|b| &b.reference == r)
                    .map(|b| b.end)
                    .max()
                    .unwrap();
                assert!(
                    last <= a.start,
                    "{} starts {} before {r} ends {last}",
                    a.question,
                    a.start
                );
            }
        }
        assert_eq!(map.actions[0].start, date(2027, 1, 4));
    }

    #[test]
    fn dates_follow_effort_and_capacity() {
        let q = built_in("iso42001").unwrap();
        let mut answers = BTreeMap::new();
        // One S (2 days) action at 1 person-day a week takes two working weeks.
        let small = q
            .questions()
            .find(|a| a.question.effort == Effort::S)
            .unwrap();
        answers.insert(small.question.id.clone(), Answer::with_maturity(2));
        let card = score(q, &answers, 3);
        let monday = date(2027, 1, 4);
        let map = build(q, &card, &answers, Settings::new(monday, 1.0, effort())).unwrap();
        assert_eq!(map.actions.len(), 1);
        assert_eq!(map.actions[0].start, monday);
        assert_eq!(map.actions[0].end, date(2027, 1, 15));
        // Ten a week: the same action takes a day.
        let map = build(q, &card, &answers, Settings::new(monday, 10.0, effort())).unwrap();
        assert_eq!(map.actions[0].end, monday);
        let custom = EffortDays {
            s: 10.0,
            m: 20.0,
            l: 40.0,
        };
        let map = build(q, &card, &answers, Settings::new(monday, 5.0, custom)).unwrap();
        assert_eq!(map.actions[0].end, date(2027, 1, 15));
        assert_eq!(map.total_days, 10.0);
    }

    #[test]
    fn order_is_priority_then_phase_then_gap_among_free_actions() {
        let q = built_in("iso42001").unwrap();
        let mut answers = BTreeMap::new();
        // Two free implementation-phase annex items with different gaps: the larger goes first.
        answers.insert("A.9.4-a".to_string(), Answer::with_maturity(2));
        answers.insert("A.9.2-a".to_string(), Answer::with_maturity(0));
        answers.insert("4.1-a".to_string(), Answer::with_maturity(2));
        let card = score(q, &answers, 3);
        let map = build(
            q,
            &card,
            &answers,
            Settings::new(date(2027, 1, 4), 5.0, effort()),
        )
        .unwrap();
        let refs: Vec<&str> = map.actions.iter().map(|a| a.reference.as_str()).collect();
        // A.9.2 needs 4.1 (through 6.1.3); then A.9.2 (P2, gap 3) before A.9.4 (P3, gap 1).
        assert_eq!(refs, ["4.1", "A.9.2", "A.9.4"]);
        // Among free actions of one owner, a P1 or P2 of a later phase goes before a P3 of
        // an earlier one.
        let needs = Prerequisites::of(q);
        let (first, later) = q
            .questions()
            .flat_map(|a| q.questions().map(move |b| (a, b)))
            .find(|(a, b)| {
                q.phase_rank(&b.question.phase) > q.phase_rank(&a.question.phase)
                    && !needs.requires(&b.requirement.reference, &a.requirement.reference)
            })
            .expect("a question of a later phase that does not need one of an earlier");
        let mut answers = BTreeMap::new();
        answers.insert(first.question.id.clone(), Answer::with_maturity(2));
        answers.insert(later.question.id.clone(), Answer::with_maturity(0));
        let card = score(q, &answers, 3);
        let map = build(
            q,
            &card,
            &answers,
            Settings::new(date(2027, 1, 4), 5.0, effort()),
        )
        .unwrap();
        assert_eq!(map.actions[0].question, later.question.id);
        assert!(map.actions[0].priority < Priority::P3);
        assert_eq!(map.actions[1].priority, Priority::P3);
    }

    #[test]
    fn milestones_come_from_the_actions() {
        let q = built_in("iso42001").unwrap();
        let start = date(2027, 1, 4);
        // Everything at target: both stages need no work beyond the audit cycle.
        let answers = all_at(3);
        let card = score(q, &answers, 3);
        let map = build(q, &card, &answers, Settings::new(start, 5.0, effort())).unwrap();
        assert!(map.actions.is_empty());
        assert_eq!(map.stage1.date, start);
        assert_eq!(map.stage2.date, add_working_days(start, 30).unwrap());
        assert_eq!(map.stage2.unassessed, 0);

        let answers = all_at(1);
        let card = score(q, &answers, 3);
        let map = build(q, &card, &answers, Settings::new(start, 5.0, effort())).unwrap();
        let last_documented = map
            .actions
            .iter()
            .filter(|a| {
                a.documented
                    || (a.kind == SectionKind::Clause
                        && ["4", "5", "6"].contains(&a.section.as_str()))
            })
            .map(|a| a.end)
            .max()
            .unwrap();
        assert_eq!(map.stage1.date, last_documented);
        let last_blocking = map
            .actions
            .iter()
            .filter(|a| a.priority <= Priority::P2)
            .map(|a| a.end)
            .max()
            .unwrap();
        assert_eq!(
            map.stage2.date,
            add_working_days(last_blocking, 30).unwrap()
        );
        assert!(map.stage1.date < map.stage2.date);
    }

    #[test]
    fn stage_2_never_comes_before_stage_1() {
        let q = built_in("iso42001").unwrap();
        let start = date(2027, 1, 4);
        // Only a minor (P3) gap on documented information: no P1 or P2 action, yet the audit
        // cycle cannot start before the documentation is in place.
        let documented = q
            .questions()
            .find(|a| a.question.documented && a.kind() == SectionKind::Annex)
            .unwrap();
        let mut answers = BTreeMap::new();
        answers.insert(documented.question.id.clone(), Answer::with_maturity(2));
        let card = score(q, &answers, 3);
        let map = build(q, &card, &answers, Settings::new(start, 5.0, effort())).unwrap();
        assert_eq!(map.actions.len(), 1);
        assert_eq!(map.actions[0].priority, Priority::P3);
        assert!(map.stage1.date > start);
        assert_eq!(
            map.stage2.date,
            add_working_days(map.stage1.date, 30).unwrap()
        );
        assert!(
            map.stage2.basis.contains("Stage 1 readiness"),
            "{}",
            map.stage2.basis
        );
        assert!(
            map.stage1.basis.contains("clauses 4, 5 and 6"),
            "{}",
            map.stage1.basis
        );
    }

    #[test]
    fn dates_beyond_the_calendar_are_none_never_a_panic_or_a_wrap() {
        let last_monday = date(9999, 12, 27);
        assert_eq!(add_working_days(last_monday, 4), Some(date(9999, 12, 31)));
        assert_eq!(add_working_days(last_monday, 5), None);
        assert_eq!(add_working_days(date(2027, 1, 4), i64::MAX), None);
        assert_eq!(add_working_days(date(9999, 12, 31), 1), None);
        assert_eq!(
            next_working_day(date(9999, 12, 31)),
            Some(date(9999, 12, 31))
        );
    }

    #[test]
    fn a_plan_beyond_the_calendar_is_reported_not_wrapped() {
        let q = built_in("iso42001").unwrap();
        let answers = all_at(1);
        let card = score(q, &answers, 3);
        // The largest effort at the smallest capacity: tens of thousands of years.
        let most = EffortDays {
            s: 1000.0,
            m: 1000.0,
            l: 1000.0,
        };
        let err = build(
            q,
            &card,
            &answers,
            Settings::new(date(2027, 1, 4), 0.1, most),
        )
        .unwrap_err();
        assert!(err.reason.contains("9999-12-31"), "{err}");
        assert_eq!(err.total_days, 1000.0 * distinct_actions(q) as f64);
        // Close to the end of the calendar, a small plan that no longer fits.
        let err = build(
            q,
            &card,
            &answers,
            Settings::new(date(9999, 6, 1), 5.0, effort()),
        )
        .unwrap_err();
        assert!(err.reason.contains("after the last day"), "{err}");
        // The audit cycle alone can push Stage 2 past the end.
        let answers = all_at(3);
        let card = score(q, &answers, 3);
        let mut settings = Settings::new(date(9999, 12, 1), 5.0, effort());
        settings.audit_cycle_weeks = 104.0;
        assert!(build(q, &card, &answers, settings).is_err());
    }

    #[test]
    fn stored_settings_out_of_range_are_reported_with_what_to_do() {
        let q = built_in("iso42001").unwrap();
        let answers = all_at(1);
        let card = score(q, &answers, 3);
        let start = date(2027, 1, 4);
        for (capacity, effort, cycle, flag) in [
            (0.0004, effort(), 6.0, "--capacity"),
            (f64::NAN, effort(), 6.0, "--capacity"),
            (5.0, EffortDays { l: 1e7, ..effort() }, 6.0, "--effort"),
            (
                5.0,
                EffortDays {
                    s: -1.0,
                    ..effort()
                },
                6.0,
                "--effort",
            ),
            (5.0, effort(), 1_100_000.0, "--audit-cycle"),
            (5.0, effort(), f64::INFINITY, "--audit-cycle"),
        ] {
            let mut settings = Settings::new(start, capacity, effort);
            settings.audit_cycle_weeks = cycle;
            let err = build(q, &card, &answers, settings).unwrap_err();
            assert!(err.reason.contains(flag), "{flag}: {err}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Whatever the settings and start, building a roadmap never panics, and every date
        /// it gives lies on or after the start.
        #[test]
        fn any_settings_give_a_plan_or_a_reason(
            capacity in prop_oneof![Just(f64::NAN), Just(0.0), 1e-6f64..1e6],
            days in 1e-3f64..1e5,
            cycle in 0.0f64..200.0,
            year in 1i16..=9999,
        ) {
            let q = built_in("iso42001").unwrap();
            let answers = all_at(1);
            let card = score(q, &answers, 3);
            let start = date(year, 1, 4);
            let mut settings =
                Settings::new(start, capacity, EffortDays { s: days, m: days, l: days });
            settings.audit_cycle_weeks = cycle;
            if let Ok(map) = build(q, &card, &answers, settings) {
                for a in &map.actions {
                    prop_assert!(a.start >= start && a.end >= a.start);
                }
                prop_assert!(map.stage2.date >= map.stage1.date);
            }
        }
    }

    #[test]
    fn owners_and_due_dates_come_from_the_answers() {
        let q = built_in("iso42001").unwrap();
        let mut answers = BTreeMap::new();
        answers.insert(
            "4.3-a".to_string(),
            Answer {
                response: Response::Maturity { level: 1 },
                owner: "COO".into(),
                due: Some(date(2027, 1, 5)),
                ..Answer::default()
            },
        );
        let card = score(q, &answers, 3);
        let map = build(
            q,
            &card,
            &answers,
            Settings::new(date(2027, 1, 4), 1.0, effort()),
        )
        .unwrap();
        let a = &map.actions[0];
        assert_eq!((a.owner.as_str(), a.due), ("COO", Some(date(2027, 1, 5))));
        assert!(a.late(), "a due date before the scheduled end is flagged");
    }
}

#[cfg(test)]
mod levelled {
    use super::*;
    use crate::assessment::Response;
    use crate::questionnaire::catalog::built_in;
    use crate::scoring::score;
    use jiff::civil::date;
    use proptest::prelude::*;

    fn answer(level: u8, owner: &str) -> Answer {
        Answer {
            response: Response::Maturity { level },
            owner: owner.into(),
            ..Answer::default()
        }
    }

    /// The plan for these answers at target 3, from Monday 4 January 2027, at 5 person-days
    /// a week and the default effort per size.
    fn plan(q: &Questionnaire, answers: &BTreeMap<String, Answer>) -> Roadmap {
        let settings = Settings::new(date(2027, 1, 4), 5.0, EffortDays::default());
        build(q, &score(q, answers, 3), answers, settings).unwrap()
    }

    /// The action that closes a question.
    fn closing<'a>(map: &'a Roadmap, question: &str) -> &'a Action {
        map.actions
            .iter()
            .find(|a| a.questions.iter().any(|x| x == question))
            .unwrap()
    }

    fn without_shared_actions(q: &Questionnaire) -> Questionnaire {
        let mut q = q.clone();
        for s in &mut q.sections {
            for r in &mut s.requirements {
                for question in &mut r.questions {
                    question.action.clear();
                }
            }
        }
        q
    }

    #[test]
    fn questions_that_produce_one_document_share_one_action_counted_once() {
        let q = built_in("iso42001").unwrap();
        // The three AI policy questions (5.2) share the key "ai-policy": M, S and S.
        let policy: Vec<&str> = q
            .questions()
            .filter(|a| a.requirement.reference == "5.2")
            .map(|a| a.question.id.as_str())
            .collect();
        assert_eq!(policy, ["5.2-a", "5.2-b", "5.2-c"]);
        assert!(
            q.questions()
                .filter(|a| a.requirement.reference == "5.2")
                .all(|a| a.question.action == "ai-policy")
        );
        let mut answers = BTreeMap::new();
        answers.insert("5.2-a".to_string(), answer(2, "Legal counsel"));
        answers.insert("5.2-b".to_string(), answer(0, ""));
        let mut c = answer(1, "CEO");
        c.due = Some(date(2027, 2, 26));
        c.recommendation = "Our own words for 5.2-c.".into();
        answers.insert("5.2-c".to_string(), c);
        let mut b = answers["5.2-b"].clone();
        b.due = Some(date(2027, 3, 31));
        answers.insert("5.2-b".to_string(), b);
        let map = plan(q, &answers);
        assert_eq!(map.actions.len(), 1, "{:?}", map.actions);
        let a = &map.actions[0];
        assert_eq!(a.questions, ["5.2-a", "5.2-b", "5.2-c"]);
        assert_eq!(a.question, "5.2-a");
        // The largest effort of the three (M, 5 days), not their sum (9 days).
        assert_eq!((a.effort, a.effort_days), (Effort::M, 5.0));
        assert_eq!(map.total_days, 5.0);
        assert_eq!(a.end, date(2027, 1, 8));
        // The most urgent priority, the lowest maturity, the largest gap.
        assert_eq!((a.priority, a.maturity, a.gap), (Priority::P1, 0, 3));
        // The owner of the most urgent question that has one: 5.2-b (level 0) has none,
        // 5.2-c (level 1, P1) has the CEO; the earliest due date recorded.
        assert_eq!(a.owner, "CEO");
        assert_eq!(a.due, Some(date(2027, 2, 26)));
        // Every question's recommendation, the assessor's where given.
        assert!(
            a.recommendation.starts_with("Rewrite the AI policy"),
            "{}",
            a.recommendation
        );
        assert!(a.recommendation.contains("Publish the approved AI policy"));
        assert!(a.recommendation.ends_with("Our own words for 5.2-c."));
        // Questions of another requirement never join it, even under the same key.
        answers.insert("5.3-a".to_string(), answer(1, "CEO"));
        let map = plan(q, &answers);
        assert_eq!(map.actions.len(), 2);
    }

    #[test]
    fn a_p1_never_waits_behind_p3_work_for_a_prerequisite_ranked_p3() {
        let q = built_in("iso42001").unwrap();
        let mut answers = BTreeMap::new();
        // A P1 risk method (6.1.2) needs the risk register (6.1.1-a), itself only a P3 gap.
        answers.insert("6.1.2-a".to_string(), answer(0, "CISO"));
        answers.insert("6.1.1-a".to_string(), answer(2, "CISO"));
        // The same owner has a dozen P3 gaps of an earlier phase that nothing needs.
        let p3 = [
            "4.4-a", "5.3-a", "7.5.1-a", "7.5.2-a", "7.5.3-a", "A.2.3-a", "A.2.4-a", "A.3.2-a",
            "A.3.2-b", "4.4-b", "5.3-b", "7.5.3-b",
        ];
        for id in p3 {
            answers.insert(id.to_string(), answer(2, "CISO"));
        }
        let map = plan(q, &answers);
        let of = |id: &str| closing(&map, id);
        assert_eq!(of("6.1.1-a").priority, Priority::P3);
        assert_eq!(
            of("6.1.1-a").urgency,
            Priority::P1,
            "it inherits the urgency of 6.1.2"
        );
        assert_eq!(of("6.1.1-a").step, 1);
        assert_eq!(of("6.1.2-a").step, 2);
        assert!(
            map.actions[2..]
                .iter()
                .all(|a| a.priority == Priority::P3 && a.start >= of("6.1.2-a").end)
        );
    }

    #[test]
    fn work_much_depends_on_such_as_the_soa_comes_first() {
        let q = built_in("iso42001").unwrap();
        let mut answers = BTreeMap::new();
        // The SoA (6.1.3-b, P1, gap 2 × weight 3) has Annex A work waiting for it; an impact
        // assessment (6.1.4-b, P1, gap 3 × weight 3) of the same phase has none.
        answers.insert("6.1.3-b".to_string(), answer(1, "CISO"));
        answers.insert("6.1.4-b".to_string(), answer(0, "CISO"));
        for id in ["A.6.1.2-a", "A.9.2-a", "A.10.2-a"] {
            answers.insert(id.to_string(), answer(1, "Head of Data Science"));
        }
        let map = plan(q, &answers);
        let of = |id: &str| closing(&map, id);
        assert_eq!(of("6.1.3-b").start, date(2027, 1, 4), "{:?}", map.actions);
        assert!(of("6.1.4-b").start >= of("6.1.3-b").end);
        // Without the work waiting for it, the larger gap goes first.
        for id in ["A.6.1.2-a", "A.9.2-a", "A.10.2-a"] {
            answers.remove(id);
        }
        let map = plan(q, &answers);
        assert_eq!(map.actions[0].question, "6.1.4-b");
    }

    #[test]
    fn evaluation_is_set_up_mid_plan_and_the_full_audit_runs_last() {
        let q = built_in("iso42001").unwrap();
        assert_eq!(q.labels.evaluation_sections, ["9"]);
        // One owner with every question at 1: the most crowded plan there is.
        let answers: BTreeMap<String, Answer> = q
            .questions()
            .map(|a| (a.question.id.clone(), answer(1, "AIMS lead")))
            .collect();
        let map = plan(q, &answers);
        let of = |r: &str| {
            map.actions
                .iter()
                .filter(|a| a.reference == r)
                .collect::<Vec<_>>()
        };
        let (first, last) = (
            map.actions[0].begin_day,
            map.actions.iter().map(|a| a.finish_day).fold(0.0, f64::max),
        );
        let share = |x: f64| (x - first) / (last - first);
        // The monitoring plan, the audit programme and the review set-up are done by the
        // middle of the plan...
        for r in ["9.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3"] {
            for a in of(r) {
                assert!(
                    share(a.finish_day) < 0.5,
                    "{r} ends at {:.0}% of the plan",
                    100.0 * share(a.finish_day)
                );
            }
        }
        // ...the full internal audit only once every other P1 and P2 action has ended.
        let audit = of("9.2.1")[0];
        for a in map
            .actions
            .iter()
            .filter(|a| a.priority <= Priority::P2 && a.reference != "9.2.1")
        {
            assert!(
                a.finish_day <= audit.begin_day,
                "{} ends after the audit starts",
                a.question
            );
        }
        assert!(audit.end < map.stage2.date);
    }

    #[test]
    fn holidays_and_weekends_are_not_working_days() {
        let holidays: BTreeSet<Date> = [date(2027, 1, 1), date(2027, 1, 4), date(2027, 1, 9)]
            .into_iter()
            .collect();
        let c = Calendar {
            holidays: &holidays,
        };
        // Friday 1 January is a holiday, Monday 4 too: the first working day is the 5th.
        assert_eq!(c.nth(date(2027, 1, 1), 0), Some(date(2027, 1, 5)));
        assert_eq!(c.nth(date(2027, 1, 1), 3), Some(date(2027, 1, 8)));
        // A holiday on a Saturday changes nothing.
        assert_eq!(c.nth(date(2027, 1, 1), 4), Some(date(2027, 1, 11)));
        assert!(!c.is_working_day(date(2027, 1, 1)));
        assert!(!c.is_working_day(date(2027, 1, 2)));
        assert!(c.is_working_day(date(2027, 1, 5)));
    }

    #[test]
    fn owners_work_in_parallel_each_at_their_own_capacity() {
        let q = built_in("iso42001").unwrap();
        // Two free actions of one effort, one per owner: they run side by side.
        let free: Vec<_> = q
            .questions()
            .filter(|a| a.question.depends_on.is_empty() && a.question.effort == Effort::M)
            .take(2)
            .collect();
        let mut answers = BTreeMap::new();
        answers.insert(free[0].question.id.clone(), answer(1, "COO"));
        answers.insert(free[1].question.id.clone(), answer(1, "CISO"));
        let card = score(q, &answers, 3);
        let monday = date(2027, 1, 4);
        let mut settings = Settings::new(monday, 5.0, EffortDays::default());
        let map = build(q, &card, &answers, settings.clone()).unwrap();
        assert!(map.actions.iter().all(|a| a.start == monday));
        assert!(map.actions.iter().all(|a| a.end == date(2027, 1, 8)));
        // The CISO at half time takes two weeks; the COO is unchanged.
        settings.owner_capacity.insert("CISO".into(), 2.5);
        let map = build(q, &card, &answers, settings.clone()).unwrap();
        let of = |o: &str| map.actions.iter().find(|a| a.owner == o).unwrap();
        assert_eq!(of("COO").end, date(2027, 1, 8));
        assert_eq!(of("CISO").end, date(2027, 1, 15));
        assert!(of("CISO").critical && !of("COO").critical);
        // The same two actions for one owner run one after the other.
        for a in answers.values_mut() {
            a.owner = "COO".into();
        }
        let map = build(q, &card, &answers, settings).unwrap();
        assert_eq!(map.end, date(2027, 1, 15));
        assert_eq!(map.owners.len(), 1);
        assert_eq!(map.owners[0].days, 10.0);
        assert!(map.owners[0].over_allocated, "the plan waits for the COO");
    }

    #[test]
    fn one_owner_carrying_the_critical_path_is_over_allocated_others_not() {
        // Every question an action of its own.
        let q = &without_shared_actions(built_in("iso42001").unwrap());
        let mut answers = BTreeMap::new();
        for (i, at) in q
            .questions()
            .filter(|a| a.question.depends_on.is_empty())
            .take(6)
            .enumerate()
        {
            answers.insert(
                at.question.id.clone(),
                answer(
                    1,
                    if i == 0 {
                        "DPO"
                    } else {
                        "Head of Data Science"
                    },
                ),
            );
        }
        let map = plan(q, &answers);
        let load = |o: &str| map.owners.iter().find(|l| l.owner == o).unwrap();
        assert!(load("Head of Data Science").over_allocated);
        assert!(!load("DPO").over_allocated);
        let hds = load("Head of Data Science");
        assert!(hds.actions >= 2, "{:?}", map.owners);
        assert!((hds.share - hds.days / map.total_days).abs() < 1e-9);
        let shares: f64 = map.owners.iter().map(|o| o.share).sum();
        assert!((shares - 1.0).abs() < 1e-9);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        /// On random answers, owners, capacities and holidays: nothing starts before what it
        /// depends on ends; no owner works more than their capacity in any week; no action
        /// starts or ends on a weekend or holiday; the total effort is the sum of the actions'.
        #[test]
        fn a_levelled_schedule_keeps_its_promises(
            levels in proptest::collection::vec(0u8..7, 139),
            owners in proptest::collection::vec(0usize..5, 139),
            capacities in proptest::collection::vec(0.5f64..12.0, 5),
            holidays in proptest::collection::btree_set(0i64..400, 0..30),
            start in 0i64..30,
        ) {
            const NAMES: [&str; 5] = ["", "COO", "CISO", "DPO", "Head of Data Science"];
            let q = built_in("iso42001").unwrap();
            let mut answers = BTreeMap::new();
            for (k, at) in q.questions().enumerate() {
                let level = levels[k % levels.len()];
                if level <= 5 {
                    answers.insert(at.question.id.clone(), answer(level, NAMES[owners[k % owners.len()]]));
                }
            }
            let card = score(q, &answers, 3);
            let first = date(2027, 1, 1);
            let mut settings = Settings::new(
                first.checked_add(start.days()).unwrap(),
                capacities[0],
                EffortDays::default(),
            );
            for (n, c) in NAMES.iter().zip(&capacities).skip(1) {
                settings.owner_capacity.insert((*n).to_string(), *c);
            }
            settings.holidays = holidays
                .iter()
                .map(|d| first.checked_add(d.days()).unwrap())
                .collect();
            let map = build(q, &card, &answers, settings.clone()).unwrap();
            let cal = settings.calendar();
            let needs = Prerequisites::of(q);
            for a in &map.actions {
                for b in &map.actions {
                    if needs.requires(&a.reference, &b.reference) {
                        prop_assert!(b.finish_day <= a.begin_day && b.end <= a.start,
                            "{} starts {} before {} ends {}", a.question, a.start, b.question, b.end);
                    }
                }
                prop_assert!(cal.is_working_day(a.start), "{} starts on {}", a.question, a.start);
                prop_assert!(cal.is_working_day(a.end), "{} ends on {}", a.question, a.end);
            }
            // Each action's effort spread evenly over its working days, summed per owner
            // and calendar week.
            let mut week: BTreeMap<(&str, i16, i8), f64> = BTreeMap::new();
            for a in &map.actions {
                let length = a.finish_day - a.begin_day;
                let mut k = a.begin_day.floor();
                while k < a.finish_day {
                    let part = (a.finish_day.min(k + 1.0) - a.begin_day.max(k)) / length;
                    let day = cal.nth(map.settings.start, k as i64).unwrap();
                    let iso = day.iso_week_date();
                    *week.entry((a.owner.as_str(), iso.year(), iso.week())).or_default() +=
                        part * a.effort_days;
                    k += 1.0;
                }
            }
            for ((owner, y, w), load) in week {
                let cap = settings.capacity_of(owner);
                prop_assert!(load <= cap + 1e-6, "{owner:?} has {load} in {y}-W{w} at {cap}");
            }
            let sum: f64 = map.actions.iter().map(|a| a.effort_days).sum();
            prop_assert!((map.total_days - sum).abs() < 1e-9);
            // The total is the sum of the distinct actions, worked out here from the gaps:
            // per requirement and action key (or question without one), the largest effort.
            let mut distinct: BTreeMap<(&str, &str), f64> = BTreeMap::new();
            for g in card.questions.iter().filter(|g| g.priority.is_some()) {
                let question = g.at.question;
                let key = if question.action.is_empty() { &question.id } else { &question.action };
                let days = settings.effort.days(question.effort);
                let e = distinct.entry((g.at.requirement.reference.as_str(), key.as_str())).or_default();
                *e = e.max(days);
            }
            prop_assert_eq!(map.actions.len(), distinct.len());
            // Urgency: never below the priority of anything that waits for it.
            for a in &map.actions {
                prop_assert!(a.urgency <= a.priority);
                for b in &map.actions {
                    if needs.requires(&b.reference, &a.reference) {
                        prop_assert!(a.urgency <= b.urgency, "{} ({:?}) is needed by {} ({:?})", a.question, a.urgency, b.question, b.urgency);
                    }
                }
            }
            // An owner never starts an action while a more urgent one of theirs is ready
            // (everything it needs has ended), the full audit aside (it waits for all P1 and
            // P2 work as well).
            let evaluation = &q.labels.evaluation_sections;
            let execution = |x: &Action| {
                evaluation.contains(&x.section)
                    && !map.actions.iter().any(|y| needs.requires(&y.reference, &x.reference))
            };
            for a in &map.actions {
                for b in map.actions.iter().filter(|b| b.owner == a.owner && b.urgency < a.urgency && !execution(b)) {
                    let ready = map
                        .actions
                        .iter()
                        .filter(|c| needs.requires(&b.reference, &c.reference))
                        .all(|c| c.finish_day <= a.begin_day);
                    prop_assert!(!ready || b.begin_day <= a.begin_day,
                        "{} ({:?}) starts at {} though {} ({:?}) was ready", a.question, a.urgency, a.begin_day, b.question, b.urgency);
                }
            }
            let expected: f64 = distinct.values().sum();
            prop_assert!((map.total_days - expected).abs() < 1e-9, "{} person-days, expected {}", map.total_days, expected);
            // Every question with a gap is closed by exactly one action.
            let closed: usize = map.actions.iter().map(|a| a.questions.len()).sum();
            prop_assert_eq!(closed, card.questions.iter().filter(|g| g.priority.is_some()).count());
        }
    }
}
