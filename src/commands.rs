//! What each command-line command does. Parsing is in `cli`; the work is done by the core
//! modules and the store. Every check on user input happens before anything is written.

use std::fmt::Write as _;
use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, anyhow, bail};
use jiff::civil::Date;

use crate::assessment::{self, Answer, EvidenceBasis, NewAssessment, Response, parse_date_in};
use crate::author;
use crate::check::{self, Finding};
use crate::cli::{
    AnswerArgs, AttendeeCommand, Basis, Command, ConfigKey, DocumentCommand, ExportArgs, NewArgs,
    ParkCommand, QuestionnaireCommand, RiskCommand, SetArgs, SurveyArgs, SurveyCommand,
    SystemCommand,
};
use crate::context::Context;
use crate::engagement::{self, DocumentControl, Signature};
use crate::files::{self, Protected};
use crate::printable::{fit, one_line};
use crate::questionnaire::catalog::{self, Origin};
use crate::questionnaire::{Questionnaire, SectionKind};
use crate::report::{self, Report};
use crate::roadmap;
use crate::scoring::{Priority, one_decimal_in, percent_in};
use crate::session::Session;
use crate::soa;
use crate::store::{self, Decision};
use crate::systems;
use crate::t;

// Human-readable output: every line printed here goes through `printable`, so that stored
// text (an organisation name, a note, a questionnaire's wording) can never drive the
// terminal. These shadow the standard macros for the whole module; JSON is written exactly,
// with `print_json`.
macro_rules! println {
    () => { std::println!() };
    ($($arg:tt)*) => { std::println!("{}", crate::printable::printable(&format!($($arg)*))) };
}
macro_rules! print {
    ($($arg:tt)*) => { std::print!("{}", crate::printable::printable(&format!($($arg)*))) };
}
macro_rules! eprintln {
    () => { std::eprintln!() };
    ($($arg:tt)*) => { std::eprintln!("{}", crate::printable::printable(&format!($($arg)*))) };
}

/// Writes a JSON value to standard output as it is: JSON escapes its own control characters.
fn print_json(value: &impl serde::Serialize) -> Result<()> {
    std::println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

pub fn run(cx: &Context, command: Command) -> Result<()> {
    match command {
        Command::Open { id } => crate::tui::run(cx, Some(id)),
        Command::New(args) => new(cx, args),
        Command::Set(args) => set(cx, *args),
        Command::List { json } => list(cx, json),
        Command::Delete { id } => delete(cx, id),
        Command::Answer(args) => answer(cx, args),
        Command::Check { id } => check(cx, id),
        Command::Backup { id, all: _, output } => backup(cx, id, &output),
        Command::Restore { file } => restore(cx, &file),
        Command::Merge {
            files,
            into,
            compare: true,
        } => compare_copies(cx, &files, into),
        Command::Merge { files, into, .. } => match files.as_slice() {
            [file] => merge(cx, file, into),
            _ => bail!(t!(cx.lang(), "cli-merge-one-file", count = files.len())),
        },
        Command::Conflicts { id } => conflicts(cx, id),
        Command::Fork {
            id,
            assessor,
            output,
            scores,
            force,
        } => fork(cx, id, &assessor, &output, scores, force),
        Command::Resolve {
            id,
            question,
            field,
            take,
            value,
        } => resolve(cx, id, &question, &field, take.as_deref(), value.as_deref()),
        Command::Control {
            id,
            control,
            include,
            exclude,
            note,
        } => decide(
            cx,
            id,
            &control,
            include.as_deref(),
            exclude.as_deref(),
            note.as_deref(),
        ),
        Command::Risk(cmd) => risk(cx, cmd),
        Command::System(cmd) => system(cx, cmd),
        Command::Score { id, json } => score(cx, id, json),
        Command::Export(args) => export(cx, args),
        Command::Compare(args) => compare(cx, args),
        Command::Survey(args) => survey(cx, args),
        Command::History {
            id,
            question,
            since,
        } => history(cx, id, question.as_deref(), since.as_deref()),
        Command::Park(cmd) => park(cx, cmd),
        Command::Iso27001(args) => iso27001(cx, args),
        Command::Changed { id, since } => changed(cx, id, &since),
        Command::Timebox { id, section, time } => timebox(cx, id, &section, &time),
        Command::Agenda { id, json } => agenda(cx, id, json),
        Command::Config { key, value } => config(cx, key, value.as_deref()),
        Command::Attendee(cmd) => attendee(cx, cmd),
        Command::Document(cmd) => document(cx, cmd),
        Command::Finalise { id } => finalise(cx, id),
        Command::Reopen { id, reason } => reopen(cx, id, &reason),
        Command::Questionnaire(cmd) => questionnaire(cx, cmd),
        Command::Demo { lang } => demo(cx, lang.unwrap_or(crate::i18n::Lang::En)),
    }
}

fn today() -> Date {
    jiff::Zoned::now().date()
}

fn date_arg(lang: crate::i18n::Lang, flag: &str, value: Option<&str>) -> Result<Option<Date>> {
    value
        .map(|v| parse_date_in(lang, v).map_err(|e| anyhow!("--{flag}: {e}")))
        .transpose()
}

fn new(cx: &Context, args: NewArgs) -> Result<()> {
    let (questionnaire, origin) = cx.catalog.resolve(&args.questionnaire)?;
    let date = date_arg(cx.lang(), "date", args.date.as_deref())?.unwrap_or_else(today);
    let start =
        date_arg(cx.lang(), "roadmap-start", args.roadmap_start.as_deref())?.unwrap_or(date);
    let defaults = NewAssessment::new(args.org.trim(), date);
    let effort = match &args.effort {
        Some(text) => defaults
            .effort
            .parse_in(cx.lang(), text)
            .map_err(|e| anyhow!("--effort: {e}"))?,
        None => defaults.effort,
    };
    let new = NewAssessment {
        scope: args.scope,
        assessor: args.assessor,
        target: args
            .target
            .unwrap_or(assessment::DEFAULT_TARGET.min(questionnaire.max_level())),
        roadmap_start: start,
        capacity: args.capacity,
        effort,
        audit_cycle_weeks: args.audit_cycle,
        lang: args.lang.unwrap_or(defaults.lang),
        ..defaults
    };
    new.validate(&questionnaire)?;
    let path = match &origin {
        Origin::File(p) => Some(absolute(p).display().to_string()),
        Origin::BuiltIn => None,
    };
    let mut store = cx.store_or_create()?;
    let id = store.create_assessment(&new, &questionnaire, path.as_deref())?;
    println!("{id}");
    Ok(())
}

/// Refuses any change to a final assessment, before anything is read from the user.
fn refuse_if_final(session: &Session) -> Result<()> {
    if session.engagement.is_final() {
        return Err(store::StoreError::Final {
            id: Some(session.assessment.id),
        }
        .into());
    }
    Ok(())
}

/// A `set` option that may be "" to clear it: the trimmed text, checked.
fn set_text(flag: &'static str, value: &str) -> Result<String> {
    // The refusal stays an AnswerError, so that it is said in the user's language.
    assessment::check_text(flag, value)
        .map_err(|e| anyhow::Error::new(e).context(format!("--{flag}")))?;
    Ok(value.trim().to_string())
}

/// The document control that `args` makes of `stored`, or why not.
fn document_control(
    args: &SetArgs,
    stored: &DocumentControl,
    lang: crate::i18n::Lang,
) -> Result<DocumentControl> {
    let mut c = stored.clone();
    if let Some(v) = &args.report_version {
        c.report_version = set_text("report-version", v)?;
        if c.report_version.is_empty() {
            bail!(t!(lang, "cli-set-no-version"));
        }
    }
    if let Some(v) = &args.confidentiality {
        c.confidentiality = set_text("confidentiality", v)?;
        if c.confidentiality.is_empty() {
            bail!(t!(
                lang,
                "cli-set-no-label",
                default = engagement::DEFAULT_CONFIDENTIALITY
            ));
        }
    }
    if let Some(v) = &args.distribution {
        set_text("distribution", v)?;
        c.distribution = v
            .split(';')
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(String::from)
            .collect();
    }
    let sign = |by: &Option<String>,
                on: &Option<String>,
                flag: &'static str,
                date_flag: &'static str,
                sig: &mut Signature|
     -> Result<()> {
        if let Some(by) = by {
            sig.by = set_text(flag, by)?;
        }
        match on.as_deref().map(str::trim) {
            None => {}
            Some("") => sig.on = None,
            Some(d) => sig.on = date_arg(lang, date_flag, Some(d))?,
        }
        Ok(())
    };
    sign(
        &args.prepared_by,
        &args.prepared_on,
        "prepared-by",
        "prepared-on",
        &mut c.prepared,
    )?;
    sign(
        &args.reviewed_by,
        &args.reviewed_on,
        "reviewed-by",
        "reviewed-on",
        &mut c.reviewed,
    )?;
    sign(
        &args.approved_by,
        &args.approved_on,
        "approved-by",
        "approved-on",
        &mut c.approved,
    )?;
    Ok(c)
}

/// `--holidays`: a file of dates and ranges when one exists at that path, else the dates
/// and ranges themselves.
fn read_holidays(given: &str, lang: crate::i18n::Lang) -> Result<std::collections::BTreeSet<Date>> {
    let path = Path::new(given);
    if !given.trim().is_empty() && path.is_file() {
        let shown = path.display().to_string();
        let size = std::fs::metadata(path)
            .with_context(|| t!(lang, "cli-set-holidays-unreadable", path = &shown))?
            .len();
        if size > 1_000_000 {
            bail!(t!(
                lang,
                "cli-set-holidays-too-big",
                path = &shown,
                size = &size.to_string()
            ));
        }
        let text = std::fs::read_to_string(path)
            .with_context(|| t!(lang, "cli-set-holidays-not-text", path = &shown))?;
        roadmap::parse_holidays(&text, &path.display().to_string()).map_err(|e| anyhow!(e))
    } else {
        roadmap::parse_holidays(given, "--holidays").map_err(|e| anyhow!(e))
    }
}

fn set(cx: &Context, args: SetArgs) -> Result<()> {
    let mut store = cx.store()?;
    let lang = cx.lang();
    let session = cx.session(&store, args.id)?;
    refuse_if_final(&session)?;
    // Read and checked before anything is written.
    let narrative = args
        .summary_file
        .as_deref()
        .map(|p| read_summary(p, lang))
        .transpose()?;
    let day_rate = day_rate_arg(&args, &session.assessment, lang)?;
    let write_day_rate = |store: &mut crate::store::Store| -> Result<()> {
        if let Some(rate) = &day_rate {
            store.set_day_rate(args.id, rate.as_ref())?;
        }
        Ok(())
    };
    if day_rate.is_some()
        && narrative.is_none()
        && !args.changes_assessment()
        && !args.changes_document_control()
    {
        return write_day_rate(&mut store);
    }
    if let Some(text) = &narrative
        && !args.changes_assessment()
        && !args.changes_document_control()
    {
        store.set_narrative(args.id, text)?;
        return write_day_rate(&mut store);
    }
    if args.changes_document_control() {
        // Refused input is refused before anything is written.
        document_control(&args, &session.engagement.control, lang)?;
        if !args.changes_assessment() {
            store.change_document_control(args.id, |c| document_control(&args, c, lang))?;
            if let Some(text) = &narrative {
                store.set_narrative(args.id, text)?;
            }
            return write_day_rate(&mut store);
        }
    }
    let date = date_arg(cx.lang(), "date", args.date.as_deref())?;
    let roadmap_start = date_arg(cx.lang(), "roadmap-start", args.roadmap_start.as_deref())?;
    let holidays = args
        .holidays
        .as_deref()
        .map(|h| read_holidays(h, lang))
        .transpose()?;
    let change = crate::assessment::DetailsChange {
        organisation: args.org.clone(),
        scope: args.scope.clone(),
        assessor: args.assessor.clone(),
        target: args.target,
        date,
        roadmap_start,
        capacity: args.capacity,
        effort: args.effort.clone(),
        audit_cycle_weeks: args.audit_cycle,
        lang: args.lang,
    };
    // The same rules as the dashboard's details form.
    let merge = |stored: &crate::assessment::Assessment| -> Result<NewAssessment> {
        let mut fields = change
            .apply_in(cx.lang(), stored, &session.questionnaire)
            .map_err(|e| match e {
                crate::assessment::DetailsError::Effort(why) => anyhow!("--effort: {why}"),
                crate::assessment::DetailsError::Invalid(e) => anyhow::Error::from(e),
            })?;
        for given in &args.owner_capacity {
            let (owner, days) = roadmap::parse_owner_capacity(given)
                .map_err(|e| anyhow!("--owner-capacity {given:?}: {e}"))?;
            match days {
                Some(d) => fields.owner_capacity.insert(owner, d),
                None => fields.owner_capacity.remove(&owner),
            };
        }
        if let Some(h) = &holidays {
            fields.holidays = h.clone();
        }
        fields.validate(&session.questionnaire)?;
        Ok(fields)
    };
    // Refused input is refused before anything waits for the file.
    merge(&session.assessment)?;
    // The settings given replace those stored when the write begins, inside its
    // transaction: one another program set meanwhile is kept, not undone.
    store.change_assessment(args.id, merge)?;
    if args.changes_document_control() {
        store.change_document_control(args.id, |c| document_control(&args, c, lang))?;
    }
    if let Some(text) = &narrative {
        store.set_narrative(args.id, text)?;
    }
    write_day_rate(&mut store)
}

/// `--day-rate` and `--currency`: None when neither is given, Some(None) to remove the rate.
/// A currency alone changes the currency of the rate set.
fn day_rate_arg(
    args: &SetArgs,
    stored: &crate::assessment::Assessment,
    lang: crate::i18n::Lang,
) -> Result<Option<Option<crate::assessment::DayRate>>> {
    use crate::assessment::{DEFAULT_CURRENCY, DayRate};
    let currency = args.currency.as_deref();
    let amount = match args.day_rate.as_deref().map(str::trim) {
        None => match (currency, &stored.day_rate) {
            (None, _) => return Ok(None),
            (Some(_), Some(rate)) => rate.amount,
            (Some(_), None) => {
                bail!(t!(lang, "cli-set-currency-without-rate"))
            }
        },
        Some("none" | "") => {
            if currency.is_some() {
                bail!(t!(lang, "cli-set-currency-removed-rate"));
            }
            return Ok(Some(None));
        }
        Some(text) => text.parse::<f64>().map_err(|_| {
            anyhow!(t!(
                lang,
                "cli-set-day-rate-not-amount",
                given = &format!("{text:?}")
            ))
        })?,
    };
    let currency = currency
        .or(stored.day_rate.as_ref().map(|r| r.currency.as_str()))
        .unwrap_or(DEFAULT_CURRENCY);
    let rate = DayRate::new_in(lang, amount, currency).map_err(|e| {
        let flag = if args.day_rate.is_some() {
            "--day-rate"
        } else {
            "--currency"
        };
        anyhow!("{flag}: {e}")
    })?;
    Ok(Some(Some(rate)))
}

/// The narrative file of `set --summary-file`: a regular file (or "-", standard input) of
/// UTF-8 text within the length every text has; line endings made plain.
fn read_summary(path: &Path, lang: crate::i18n::Lang) -> Result<String> {
    use std::io::Read;
    let limit = (crate::assessment::MAX_TEXT_CHARS * 4 + 1) as u64;
    let mut bytes = Vec::new();
    let shown = path.display();
    let path_text = shown.to_string();
    if path == Path::new("-") {
        std::io::stdin()
            .take(limit)
            .read_to_end(&mut bytes)
            .with_context(|| t!(lang, "cli-set-summary-stdin"))?;
    } else {
        let meta = std::fs::metadata(path).map_err(|e| {
            anyhow!(t!(
                lang,
                "cli-set-summary-unreadable",
                path = &path_text,
                why = &e.to_string()
            ))
        })?;
        if !meta.is_file() {
            bail!(t!(lang, "cli-set-summary-not-file", path = &path_text));
        }
        std::fs::File::open(path)
            .and_then(|f| f.take(limit).read_to_end(&mut bytes))
            .map_err(|e| anyhow!("--summary-file {shown}: {e}"))?;
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| anyhow!(t!(lang, "cli-set-summary-not-utf8", path = &path_text)))?;
    let text = text.replace("\r\n", "\n").trim().to_string();
    assessment::check_text("summary", &text)
        .map_err(|e| anyhow::Error::new(e).context(format!("--summary-file {shown}")))?;
    Ok(text)
}

fn backup(cx: &Context, id: Option<i64>, output: &Path) -> Result<()> {
    let store = cx.store()?;
    store.backup_to(output, id)?;
    let lang = cx.lang();
    let path = output.display().to_string();
    match id {
        Some(id) => eprintln!("{}", t!(lang, "cli-backup-one", id = id, path = &path)),
        None => eprintln!(
            "{}",
            t!(
                lang,
                "cli-backup-all",
                count = store.summaries()?.len(),
                path = &path
            )
        ),
    }
    Ok(())
}

fn restore(cx: &Context, file: &Path) -> Result<()> {
    let mut store = cx.store_or_create()?;
    let restored = store.restore_from(file)?;
    let lang = cx.lang();
    if restored.is_empty() {
        eprintln!(
            "{}",
            t!(lang, "cli-restore-none", file = &file.display().to_string())
        );
    }
    for r in &restored {
        println!("{}", r.to);
        eprintln!(
            "{}",
            t!(
                lang,
                "cli-restored",
                from = r.from,
                organisation = &r.organisation,
                to = r.to
            )
        );
    }
    Ok(())
}

/// `merge` left conflicts for a person to resolve: the exit status (3) says so.
#[derive(Debug)]
pub struct Conflicted(pub usize);

impl std::fmt::Display for Conflicted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "merged with {} conflict(s) to resolve (`aimsgap conflicts ID`)",
            self.0
        )
    }
}

impl std::error::Error for Conflicted {}

impl Conflicted {
    /// The message in `lang`.
    pub fn message_in(&self, lang: crate::i18n::Lang) -> String {
        t!(lang, "cli-merge-conflicted", count = self.0)
    }
}

/// `merge --compare` listed questions two levels apart or more: the exit status (3) says so.
#[derive(Debug)]
pub struct Apart(pub usize);

impl std::fmt::Display for Apart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} question(s) two levels apart or more, to talk over before merging; nothing was merged",
            self.0
        )
    }
}

impl std::error::Error for Apart {}

impl Apart {
    /// The message in `lang`.
    pub fn message_in(&self, lang: crate::i18n::Lang) -> String {
        t!(lang, "cli-merge-apart", count = self.0)
    }
}

/// " (85%)": the share within one level, as `lang` writes a percentage.
fn share_in(lang: crate::i18n::Lang, percent: Option<u64>) -> String {
    percent.map_or(String::new(), |p| format!(" ({})", lang.percent(p as f64)))
}

fn compare_copies(cx: &Context, files: &[PathBuf], into: Option<i64>) -> Result<()> {
    let store = cx.store()?;
    let compared = store.compare_copies(files, into)?;
    let lang = cx.lang();
    let mut apart = 0;
    for c in &compared {
        let session = cx.session(&store, c.id)?;
        let q = &session.questionnaire;
        let result = crate::calibration::compare(&c.sheets);
        let a = result.agreement;
        eprintln!(
            "{}",
            t!(
                lang,
                "cli-compare-assessment",
                id = c.id,
                organisation = &c.organisation,
                compared = a.compared,
                within = a.within_one,
                share = &share_in(lang, a.percent()),
                apart = result.apart.len()
            )
        );
        let order: std::collections::HashMap<&str, usize> = q
            .questions()
            .enumerate()
            .map(|(i, r)| (r.question.id.as_str(), i))
            .collect();
        let mut rows = result.apart;
        rows.sort_by_key(|r| {
            order
                .get(r.question_id.as_str())
                .copied()
                .unwrap_or(usize::MAX)
        });
        for r in &rows {
            let prompt = q
                .question(&r.question_id)
                .map_or(String::new(), |x| x.question.prompt.clone());
            let levels: Vec<String> = r
                .levels
                .iter()
                .map(|(source, l)| format!("{} {} ({source})", l.by, l.level))
                .collect();
            println!(
                "{}",
                crate::printable::printable(&format!(
                    "{}\t{}\t{}",
                    r.question_id,
                    crate::printable::fit(&crate::printable::one_line(&prompt), 60),
                    levels.join("\t")
                ))
            );
        }
        apart += rows.len();
    }
    if apart > 0 {
        return Err(Apart(apart).into());
    }
    eprintln!("{}", t!(lang, "cli-compare-none-apart"));
    Ok(())
}

fn merge(cx: &Context, file: &Path, into: Option<i64>) -> Result<()> {
    let mut store = cx.store()?;
    let merged = store.merge_from(file, into)?;
    let lang = cx.lang();
    let mut conflicts = 0;
    for m in &merged {
        println!("{}", m.id);
        eprintln!(
            "{}",
            t!(
                lang,
                "cli-merged",
                from = m.from,
                file = &file.display().to_string(),
                id = m.id,
                organisation = one_line(&m.organisation).as_ref(),
                added = m.added,
                changed = m.changed,
                conflicts = m.conflicts.len()
            )
        );
        if let Some(r) = &m.returned {
            let a = r.agreement;
            eprintln!(
                "{}",
                t!(
                    lang,
                    "cli-merge-blind-back",
                    assessor = &r.handout.assessor,
                    compared = a.compared,
                    within = a.within_one,
                    share = &share_in(lang, a.percent())
                )
            );
        }
        if m.conflicts.is_empty() {
            continue;
        }
        let session = cx.session(&store, m.id)?;
        for c in &m.conflicts {
            let side = |v: &Option<serde_json::Value>, at: &(jiff::Timestamp, String)| {
                conflict_side(
                    &c.field,
                    v.as_ref().unwrap_or(&serde_json::Value::Null),
                    &session.questionnaire,
                    &at.1,
                    &at.0.to_string(),
                )
            };
            eprintln!(
                "  {}",
                t!(
                    lang,
                    "cli-merge-conflict",
                    question = &c.question_id,
                    field = &c.field,
                    left = &t!(lang, "cli-merge-left"),
                    left_value = &side(&c.left, &c.left_at),
                    right = &t!(lang, "cli-merge-right"),
                    right_value = &side(&c.right, &c.right_at)
                )
            );
        }
        conflicts += m.conflicts.len();
    }
    if conflicts > 0 {
        return Err(Conflicted(conflicts).into());
    }
    Ok(())
}

fn fork(
    cx: &Context,
    id: i64,
    assessor: &str,
    output: &Path,
    scores: crate::calibration::Scores,
    force: bool,
) -> Result<()> {
    let assessor = crate::author::check_in(
        cx.lang(),
        crate::author::Given::Flag("--assessor"),
        assessor,
    )
    .map_err(|e| anyhow!(e))?;
    if assessor.is_empty() {
        bail!(t!(cx.lang(), "cli-fork-empty-assessor"));
    }
    let mut store = cx.store()?;
    let h = store.fork_to(id, &assessor, scores, output, force)?;
    eprintln!(
        "{}",
        t!(
            cx.lang(),
            "cli-forked",
            id = id,
            assessor = &h.assessor,
            path = &output.display().to_string(),
            scores = scores.name()
        )
    );
    Ok(())
}

/// One side of a conflict for the terminal: the value as a person reads it, who changed it
/// and when.
fn conflict_side(
    field: &str,
    value: &serde_json::Value,
    questionnaire: &crate::questionnaire::Questionnaire,
    author: &str,
    at: &str,
) -> String {
    let when = at.parse::<jiff::Timestamp>().map_or_else(
        |_| at.to_string(),
        |t| t.strftime("%Y-%m-%d %H:%M UTC").to_string(),
    );
    format!(
        "{} ({}, {})",
        one_line(&crate::merge::show(field, value, questionnaire)),
        one_line(author),
        one_line(&when)
    )
}

fn conflicts(cx: &Context, id: i64) -> Result<()> {
    let store = cx.store()?;
    let session = cx.session(&store, id)?;
    let open = &session.conflicts;
    let lang = cx.lang();
    if open.is_empty() {
        eprintln!("{}", t!(lang, "cli-conflicts-none", id = id));
        return Ok(());
    }
    let (left, right) = (t!(lang, "cli-merge-left"), t!(lang, "cli-merge-right"));
    let width = left.chars().count().max(right.chars().count()) + 1;
    for c in open {
        let label = crate::merge::field_label(&c.field);
        let about = if label == c.field {
            String::new()
        } else {
            format!(" ({label})")
        };
        println!("{} {}{about}", one_line(&c.question_id), one_line(&c.field));
        for (name, value, author, at) in [
            (&left, &c.left, &c.left_author, &c.left_at),
            (&right, &c.right, &c.right_author, &c.right_at),
        ] {
            let value: serde_json::Value =
                serde_json::from_str(value).unwrap_or(serde_json::Value::Null);
            println!(
                "  {:<width$} {}",
                format!("{name}:"),
                conflict_side(&c.field, &value, &session.questionnaire, author, at)
            );
        }
    }
    eprintln!(
        "{}",
        t!(lang, "cli-conflicts-count", count = open.len(), id = id)
    );
    Ok(())
}

fn resolve(
    cx: &Context,
    id: i64,
    question: &str,
    field: &str,
    take: Option<&str>,
    value: Option<&str>,
) -> Result<()> {
    let mut store = cx.store()?;
    let session = cx.session(&store, id)?;
    let q = session.questionnaire.clone();
    let choice = match (take, value) {
        (Some("left"), _) => crate::store::Resolution::Left,
        (Some(_), _) => crate::store::Resolution::Right,
        (None, Some(v)) => crate::store::Resolution::Value(
            crate::merge::parse(field, v)
                .or_else(|why| serde_json::from_str(v).map_err(|_| anyhow!("{why}")))?,
        ),
        (None, None) => unreachable!("clap requires one"),
    };
    store.resolve_conflict(id, question, field, choice, |answer| {
        crate::assessment::validate_answer(&q, question, answer).map_err(anyhow::Error::new)
    })?;
    let now = store
        .answers(id)?
        .get(question)
        .cloned()
        .unwrap_or_default();
    let value = serde_json::to_value(&now)
        .ok()
        .and_then(|v| v.get(field).cloned())
        .unwrap_or(serde_json::Value::Null);
    eprintln!(
        "{}",
        t!(
            cx.lang(),
            "cli-resolved",
            question = question,
            field = field,
            id = id,
            value = one_line(&crate::merge::show(field, &value, &q)).as_ref()
        )
    );
    Ok(())
}

/// The annex control a user names, or an error naming the nearest.
fn find_control<'q>(
    q: &'q crate::questionnaire::Questionnaire,
    control: &str,
    lang: crate::i18n::Lang,
) -> Result<&'q crate::questionnaire::Requirement> {
    let controls = || {
        q.requirements()
            .filter(|(section, _)| section.kind == SectionKind::Annex)
            .map(|(_, r)| r)
    };
    if let Some(r) = controls().find(|r| r.reference.eq_ignore_ascii_case(control.trim())) {
        return Ok(r);
    }
    match crate::questionnaire::nearest(control, controls().map(|r| r.reference.as_str())) {
        Some(nearest) => bail!(t!(
            lang,
            "cli-control-unknown-hint",
            control = control,
            annex = &q.labels.annex,
            nearest = nearest
        )),
        None => bail!(t!(
            lang,
            "cli-control-unknown",
            control = control,
            annex = &q.labels.annex
        )),
    }
}

/// `aimsgap control`: includes with a typed reason, excludes with one justification, or
/// (neither given) shows the decision.
fn decide(
    cx: &Context,
    id: i64,
    control: &str,
    include: Option<&str>,
    exclude: Option<&str>,
    note: Option<&str>,
) -> Result<()> {
    let mut store = cx.store()?;
    let session = cx.session(&store, id)?;
    let q = &session.questionnaire;
    let lang = cx.lang();
    let requirement = find_control(q, control, lang)?;
    let reference = &requirement.reference;
    let decision = match (include, exclude) {
        (None, None) => {
            let register = &session.engagement.risks;
            match soa::state(requirement, &session.answers) {
                soa::State::Excluded { justification } => println!(
                    "{}",
                    t!(
                        lang,
                        "cli-control-excluded-why",
                        control = reference,
                        justification = &justification
                    )
                ),
                soa::State::Undecided {
                    not_applicable, of, ..
                } => println!(
                    "{}",
                    t!(
                        lang,
                        "cli-control-undecided",
                        control = reference,
                        count = not_applicable.len(),
                        of = of,
                        questions = &not_applicable.join(", ")
                    )
                ),
                soa::State::Included => match session.inclusions.get(reference) {
                    Some(i) => println!(
                        "{}",
                        t!(
                            lang,
                            "cli-control-included-why",
                            control = reference,
                            kind = &i.kind_label_in(lang).to_lowercase(),
                            reason = &i.describe_in(register, lang)
                        )
                    ),
                    None => println!(
                        "{}",
                        t!(lang, "cli-control-included-no-reason", control = reference)
                    ),
                },
            }
            return Ok(());
        }
        (Some(spec), _) => {
            let (kind, detail) = soa::parse_reason(spec)
                .map_err(|e| anyhow!("--include: {}", e.message_in(lang)))?;
            let note = note.unwrap_or("").trim();
            assessment::check_text("note", note)?;
            let inclusion = if kind == soa::ReasonKind::Risk {
                let risks = soa::resolve_risks(&session.engagement.risks, &detail)
                    .map_err(|e| anyhow!("--include: {}", e.for_assessment(id).message_in(lang)))?;
                soa::Inclusion {
                    kind: Some(kind),
                    text: note.to_string(),
                    risks,
                }
            } else {
                if !note.is_empty() {
                    bail!(t!(lang, "cli-control-note-not-risk"));
                }
                soa::Inclusion {
                    kind: Some(kind),
                    text: detail,
                    risks: Vec::new(),
                }
            };
            Decision::Include(inclusion)
        }
        (None, Some(why)) => {
            let why = why.trim();
            assessment::check_text("justification", why)?;
            if why.is_empty() {
                bail!(t!(lang, "cli-control-exclude-empty"));
            }
            Decision::Exclude(why.to_string())
        }
    };
    refuse_if_final(&session)?;
    let questions: Vec<&str> = requirement
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    let changed = store.decide_control(id, reference, &questions, &decision)?;
    match &decision {
        Decision::Exclude(_) => eprintln!(
            "{}",
            t!(
                lang,
                "cli-control-excluded",
                control = reference,
                count = questions.len()
            )
        ),
        Decision::Include(_) if !changed.is_empty() => eprintln!(
            "{}",
            t!(
                lang,
                "cli-control-included-again",
                control = reference,
                questions = &changed.join(", "),
                id = id
            )
        ),
        Decision::Include(_) => {}
    }
    Ok(())
}

/// The command line's flag for a field the shared checks name.
fn system_flag(e: crate::engagement::EntryError) -> anyhow::Error {
    let flag = match e.field {
        "roles" => "role",
        other => other,
    };
    // The reason stays an EntryError under its flag: the error printer says it in the
    // user's language.
    anyhow::Error::new(e).context(format!("--{flag}"))
}

/// A system's roles as given, checked against the questionnaire's roles.
fn system_roles(q: &Questionnaire, given: &[String]) -> Result<Vec<String>> {
    systems::check_roles(q, given).map_err(system_flag)
}

fn system_class(class: &str) -> Result<systems::EuClass> {
    systems::check_class(class).map_err(system_flag)
}

fn system_text(field: &'static str, text: &str) -> Result<String> {
    assessment::check_text(field, text)?;
    Ok(text.trim().to_string())
}

fn system(cx: &Context, cmd: SystemCommand) -> Result<()> {
    // Read when used: the file's setting counts once the store is open.
    let lang = || cx.lang();
    let number = |id: i64, s: &str| {
        engagement::parse_number('S', s)
            .ok_or_else(|| anyhow!(t!(lang(), "cli-system-not-reference", given = s, id = id)))
    };
    let unknown = |id: i64, n: u32| t!(lang(), "cli-system-unknown", id = id, number = n);
    match cmd {
        SystemCommand::Add {
            id,
            name,
            purpose,
            roles,
            class,
            out_of_scope,
        } => {
            let mut store = cx.store()?;
            let session = cx.session(&store, id)?;
            refuse_if_final(&session)?;
            let name = system_text("name", &name)?;
            if name.is_empty() {
                bail!(t!(lang(), "cli-system-no-name"));
            }
            let system = systems::AiSystem {
                number: 0,
                name,
                purpose: system_text("purpose", &purpose)?,
                roles: system_roles(&session.questionnaire, &roles)?,
                class: system_class(&class)?,
                in_scope: !out_of_scope,
            };
            let n = store.add_system(id, &system)?;
            println!("S{n}");
            Ok(())
        }
        SystemCommand::Edit {
            id,
            system,
            name,
            purpose,
            roles,
            class,
            out_of_scope,
            in_scope,
        } => {
            let mut store = cx.store()?;
            let session = cx.session(&store, id)?;
            refuse_if_final(&session)?;
            let n = number(id, &system)?;
            let Some(old) = session.engagement.systems.iter().find(|s| s.number == n) else {
                bail!(unknown(id, n));
            };
            let mut new = old.clone();
            if let Some(name) = name {
                new.name = system_text("name", &name)?;
                if new.name.is_empty() {
                    bail!(t!(lang(), "cli-system-no-name-short"));
                }
            }
            if let Some(purpose) = purpose {
                new.purpose = system_text("purpose", &purpose)?;
            }
            if !roles.is_empty() {
                new.roles = system_roles(&session.questionnaire, &roles)?;
            }
            if let Some(class) = class {
                new.class = system_class(&class)?;
            }
            if out_of_scope || in_scope {
                new.in_scope = in_scope;
            }
            store.update_system(id, &new)?;
            Ok(())
        }
        SystemCommand::List { id, json } => {
            let store = cx.store()?;
            let record = store.engagement(id)?;
            if json {
                return print_json(&record.systems);
            }
            if record.systems.is_empty() {
                println!("{}", t!(lang(), "cli-system-none", id = id));
            }
            let (inside, outside) = (
                t!(lang(), "cli-system-in-scope"),
                t!(lang(), "cli-system-out-of-scope"),
            );
            for s in &record.systems {
                println!(
                    "{:<4} {:<30} {:<22} {:<26} {}",
                    s.reference(),
                    fit(&s.name, 30),
                    fit(&s.roles.join(", "), 22),
                    s.class.label_in(lang()),
                    if s.in_scope { &inside } else { &outside }
                );
            }
            Ok(())
        }
        SystemCommand::Remove { id, system } => {
            let mut store = cx.store()?;
            let session = cx.session(&store, id)?;
            refuse_if_final(&session)?;
            let n = number(id, &system)?;
            if !store.remove_system(id, n)? {
                bail!(unknown(id, n));
            }
            Ok(())
        }
        SystemCommand::Suggest { id, accept, reject } => {
            let mut store = cx.store()?;
            let session = cx.session(&store, id)?;
            if !session.engagement.systems.iter().any(|s| s.in_scope) {
                println!("{}", t!(lang(), "cli-system-none-in-scope", id = id));
                return Ok(());
            }
            let (suggestions, held) = session.suggestions();
            let accept_or_reject = |control: &str| {
                t!(
                    lang(),
                    "cli-system-suggest-accept",
                    accept = &format!("aimsgap system suggest {id} --accept {control}"),
                    reject = &format!("aimsgap system suggest {id} --reject {control}")
                )
            };
            if let Some(control) = accept.as_deref().or(reject.as_deref()) {
                let requirement = find_control(&session.questionnaire, control, lang())?;
                let reference = &requirement.reference;
                let Some(suggestion) = suggestions.iter().find(|s| s.control() == reference) else {
                    bail!(t!(
                        lang(),
                        "cli-system-nothing-suggested-for",
                        control = reference,
                        id = id
                    ));
                };
                refuse_if_final(&session)?;
                if accept.is_some() {
                    let questions: Vec<&str> = requirement
                        .questions
                        .iter()
                        .map(|q| q.id.as_str())
                        .collect();
                    let changed = store.accept_suggestion(id, &questions, suggestion)?;
                    match suggestion {
                        systems::Suggestion::Exclude { .. } => eprintln!(
                            "{}",
                            t!(
                                lang(),
                                "cli-control-excluded",
                                control = reference,
                                count = questions.len()
                            )
                        ),
                        systems::Suggestion::Include { .. } if !changed.is_empty() => eprintln!(
                            "{}",
                            t!(
                                lang(),
                                "cli-control-included-again",
                                control = reference,
                                questions = &changed.join(", "),
                                id = id
                            )
                        ),
                        systems::Suggestion::Include { obligation, .. } => eprintln!(
                            "{}",
                            t!(
                                lang(),
                                "cli-system-included-legal",
                                control = reference,
                                obligation = obligation
                            )
                        ),
                    }
                } else {
                    store.reject_suggestion(id, suggestion)?;
                    let message = match suggestion {
                        systems::Suggestion::Exclude { .. } => "cli-system-rejected-exclude",
                        systems::Suggestion::Include { .. } => "cli-system-rejected-include",
                    };
                    eprintln!("{}", t!(lang(), message, control = reference));
                }
                return Ok(());
            }
            if suggestions.is_empty() {
                println!("{}", t!(lang(), "cli-system-nothing-to-suggest"));
            }
            for s in &suggestions {
                match s {
                    systems::Suggestion::Exclude {
                        control,
                        justification,
                    } => println!(
                        "{}\n  {}\n  {}",
                        t!(
                            lang(),
                            "cli-system-suggest-exclude",
                            control = control,
                            justification = justification
                        ),
                        accept_or_reject(control),
                        t!(
                            lang(),
                            "cli-system-suggest-own-words",
                            command = &format!(
                                "aimsgap control {id} {control} --exclude {}",
                                shell_quote(justification)
                            )
                        )
                    ),
                    systems::Suggestion::Include {
                        control,
                        obligation,
                    } => println!(
                        "{}\n  {}\n  {}",
                        t!(
                            lang(),
                            "cli-system-suggest-include",
                            control = control,
                            obligation = obligation
                        ),
                        accept_or_reject(control),
                        t!(
                            lang(),
                            "cli-system-suggest-own-words",
                            command = &format!(
                                "aimsgap control {id} {control} --include {}",
                                shell_quote(&format!("legal:{obligation}"))
                            )
                        )
                    ),
                }
            }
            if held > 0 {
                println!("{}", t!(lang(), "cli-system-held", count = held));
            }
            Ok(())
        }
    }
}

/// A text quoted for a POSIX shell, so a printed command can be pasted as it is.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

fn risk(cx: &Context, cmd: RiskCommand) -> Result<()> {
    // Read when used: the file's setting counts once the store is open.
    let lang = || cx.lang();
    let number = |id: i64, risk: &str| {
        engagement::parse_number('R', risk)
            .ok_or_else(|| anyhow!(t!(lang(), "cli-risk-not-reference", given = risk, id = id)))
    };
    let unknown = |id: i64, n: u32| t!(lang(), "cli-risk-unknown", id = id, number = n);
    match cmd {
        RiskCommand::Add { id, title, level } => {
            let mut store = cx.store()?;
            let session = cx.session(&store, id)?;
            refuse_if_final(&session)?;
            let (title, level) = soa::risk_entry(&title, &level).map_err(entry_error)?;
            let n = store.add_risk(id, &title, level)?;
            println!("R{n}");
            Ok(())
        }
        RiskCommand::Edit {
            id,
            risk,
            title,
            level,
        } => {
            let mut store = cx.store()?;
            let session = cx.session(&store, id)?;
            refuse_if_final(&session)?;
            let n = number(id, &risk)?;
            let Some(old) = session.engagement.risk(n) else {
                bail!(unknown(id, n));
            };
            let (title, level) = soa::risk_entry(
                title.as_deref().unwrap_or(&old.title),
                level.as_deref().unwrap_or(old.level.as_str()),
            )
            .map_err(entry_error)?;
            store.update_risk(id, n, &title, level)?;
            Ok(())
        }
        RiskCommand::List { id, json } => {
            let store = cx.store()?;
            let session = cx.session(&store, id)?;
            let treated_by = |n: u32| -> Vec<String> {
                session
                    .inclusions
                    .iter()
                    .filter(|(_, i)| i.risks.contains(&n))
                    .map(|(c, _)| c.clone())
                    .collect()
            };
            let risks = &session.engagement.risks;
            if json {
                let out: Vec<_> = risks
                    .iter()
                    .map(|r| {
                        serde_json::json!({
                            "reference": r.reference(),
                            "title": r.title,
                            "level": r.level,
                            "controls": treated_by(r.number),
                        })
                    })
                    .collect();
                return print_json(&out);
            }
            if risks.is_empty() {
                println!("{}", t!(lang(), "cli-risk-none", id = id));
            }
            for r in risks {
                let controls = treated_by(r.number);
                let controls = if controls.is_empty() {
                    t!(lang(), "cli-risk-no-control")
                } else {
                    controls.join(", ")
                };
                println!(
                    "{:<4} {:<8} {:<40} {controls}",
                    r.reference(),
                    r.level.label_in(lang()),
                    fit(&r.title, 40)
                );
            }
            Ok(())
        }
        RiskCommand::Remove { id, risk } => {
            let mut store = cx.store()?;
            let session = cx.session(&store, id)?;
            refuse_if_final(&session)?;
            let n = number(id, &risk)?;
            if !store.remove_risk(id, n)? {
                bail!(unknown(id, n));
            }
            Ok(())
        }
    }
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

fn list(cx: &Context, json: bool) -> Result<()> {
    let mut store = cx.store()?;
    // A row whose figures cannot be computed (damaged, or its questionnaire is missing) is
    // listed with the reason: it never hides the others.
    let rows: Vec<_> = crate::overview::list(&mut store, &cx.catalog)?
        .into_iter()
        .map(|l| (l.assessment, l.figures))
        .collect();
    if json {
        let out: Vec<_> = rows
            .iter()
            .map(|(a, f)| {
                let problem = f.as_ref().err();
                let f = f.as_ref().ok();
                serde_json::json!({
                    "id": a.id,
                    "organisation": a.organisation,
                    "scope": a.scope,
                    "assessor": a.assessor,
                    "date": a.date,
                    // A damaged row's stand-ins are not shown as values.
                    "target": a.damaged.is_none().then_some(a.target),
                    "questionnaire": a.questionnaire.id,
                    "lang": a.damaged.is_none().then_some(a.lang),
                    "questions": f.map(|f| f.questions),
                    "answered": f.map(|f| f.answered),
                    "coverage": f.and_then(|f| f.coverage()),
                    "readiness": f.and_then(|f| f.readiness()),
                    "updated_at": a.damaged.is_none().then_some(a.updated_at),
                    "damaged": a.damaged,
                    "problem": problem,
                })
            })
            .collect();
        print_json(&out)?;
        return Ok(());
    }
    let lang = cx.lang();
    if rows.is_empty() {
        println!(
            "{}",
            t!(lang, "cli-list-empty", db = &cx.db.display().to_string())
        );
        println!("{}", t!(lang, "cli-list-empty-hint"));
        return Ok(());
    }
    let org_width = rows
        .iter()
        .map(|(a, _)| a.organisation.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(12, 32);
    let (h_id, id_w) = column_head(lang, "cli-list-col-id", 4);
    let (h_date, date_w) = column_head(lang, "cli-list-col-date", 10);
    let (h_org, org_width) = column_head(lang, "cli-list-col-organisation", org_width);
    let (h_answered, answered_w) = column_head(lang, "cli-list-col-answered", 9);
    let (h_coverage, coverage_w) = column_head(lang, "cli-list-col-coverage", 8);
    let (h_readiness, readiness_w) = column_head(lang, "cli-list-col-readiness", 9);
    let (h_lang, lang_w) = column_head(lang, "cli-list-col-lang", 4);
    println!(
        "{h_id:>id_w$}  {h_date:<date_w$}  {h_org:<org_width$}  {h_answered:>answered_w$}  \
         {h_coverage:>coverage_w$}  {h_readiness:>readiness_w$}  {h_lang:<lang_w$}  {}",
        t!(lang, "cli-list-col-questionnaire"),
    );
    let mut damaged = Vec::new();
    for (a, f) in &rows {
        let date = a.date.map_or_else(|| "?".to_string(), |d| lang.date(d));
        let org = fit(&crate::printable::one_line(&a.organisation), org_width);
        match f {
            Ok(f) => println!(
                "{:>id_w$}  {:<date_w$}  {:<org_width$}  {:>answered_w$}  {:>coverage_w$}  \
                 {:>readiness_w$}  {:<lang_w$}  {}",
                a.id,
                date,
                org,
                format!("{}/{}", f.answered, f.applicable),
                percent_in(lang, f.coverage()),
                percent_in(lang, f.readiness()),
                a.lang.code(),
                a.questionnaire.id,
            ),
            Err(why) => {
                println!(
                    "{:>id_w$}  {:<date_w$}  {:<org_width$}  {why}",
                    a.id, date, org
                );
                if a.damaged.is_some() {
                    damaged.push(a.id);
                }
            }
        }
    }
    for id in damaged {
        eprintln!("{}", t!(lang, "cli-list-damaged", id = id));
    }
    Ok(())
}

fn delete(cx: &Context, id: i64) -> Result<()> {
    let mut store = cx.store()?;
    store.delete_assessment(id)?;
    eprintln!("{}", t!(cx.lang(), "cli-deleted", id = id));
    Ok(())
}

fn answer(cx: &Context, args: AnswerArgs) -> Result<()> {
    let mut store = cx.store()?;
    let session = cx.session(&store, args.id)?;
    refuse_if_final(&session)?;
    let q = &session.questionnaire;
    let max = q.max_level();
    let response = match (args.maturity, args.na, args.unanswered) {
        (Some(level), _, _) => {
            let level = u8::try_from(level)
                .ok()
                .filter(|l| *l <= max)
                .ok_or(assessment::AnswerError::MaturityOutOfRange { given: level, max })?;
            if args.justification.is_some() {
                bail!(t!(cx.lang(), "cli-answer-justification-without-na"));
            }
            Response::Maturity { level }
        }
        (None, true, _) => Response::NotApplicable {
            justification: args
                .justification
                .clone()
                .unwrap_or_default()
                .trim()
                .to_string(),
        },
        (None, false, _) => Response::Unanswered,
    };
    let due = date_arg(cx.lang(), "due", args.due.as_deref())?;
    // Who said it: attendees of this assessment, each once, in the order given.
    let said_by: Option<Vec<u32>> = if args.said_by.is_empty() {
        None
    } else {
        let mut numbers = Vec::new();
        for who in args.said_by.iter().filter(|w| !w.trim().is_empty()) {
            let n = session
                .engagement
                .find_attendee_in(cx.lang(), who, args.id)
                .map_err(|e| anyhow!("--said-by: {e}"))?;
            if !numbers.contains(&n) {
                numbers.push(n);
            }
        }
        Some(numbers)
    };
    let merge = |stored: &Answer| -> Result<Answer> {
        let mut answer = stored.clone();
        answer.response = response.clone();
        if let Some(finding) = &args.finding {
            answer.finding.clone_from(finding);
        }
        if let Some(recommendation) = &args.recommendation {
            answer.recommendation = recommendation.trim().to_string();
        }
        if let Some(response) = &args.management_response {
            answer.management_response = response.trim().to_string();
        }
        if let Some(note) = &args.note {
            answer.notes.clone_from(note);
        }
        if !args.evidence.is_empty() {
            answer.evidence = args
                .evidence
                .iter()
                .map(|e| e.trim().to_string())
                .filter(|e| !e.is_empty())
                .collect();
        }
        if let Some(basis) = args.basis {
            answer.basis = Some(match basis {
                Basis::Interview => EvidenceBasis::Interview,
                Basis::Document => EvidenceBasis::Document,
                Basis::Observed => EvidenceBasis::Observed,
            });
        }
        if let Some(said_by) = &said_by {
            answer.said_by.clone_from(said_by);
        }
        if let Some(owner) = &args.owner {
            answer.owner = owner.trim().to_string();
        }
        if let Some(due) = due {
            answer.due = Some(due);
        }
        assessment::validate_answer(q, &args.question, &answer)?;
        Ok(answer)
    };
    // Not applicable is the whole control's decision: exclude it, then record the other
    // fields given on this question as they come.
    // Refused input is refused before anything waits for the file.
    merge(&session.answer(&args.question))?;
    if let (Response::NotApplicable { justification }, Some(control)) =
        (&response, soa::control_of(q, &args.question))
    {
        let questions: Vec<&str> = control.questions.iter().map(|q| q.id.as_str()).collect();
        let already = matches!(
            soa::state(control, &session.answers),
            soa::State::Excluded { justification: j } if j == *justification
        );
        if !already {
            store.decide_control(
                args.id,
                &control.reference,
                &questions,
                &Decision::Exclude(justification.clone()),
            )?;
            if questions.len() > 1 {
                eprintln!(
                    "{}",
                    t!(
                        cx.lang(),
                        "cli-answer-control-excluded",
                        control = &control.reference,
                        count = questions.len()
                    )
                );
            }
        }
    } else {
        soa::refuse_partial(q, &session.answers, args.id, &args.question, &response)
            .map_err(|e| anyhow!(e.message_in(cx.lang())))?;
    }
    // The fields given replace those of the answer as stored when the write begins, inside
    // its transaction: a field another program set meanwhile is kept, not undone.
    store.update_answer(args.id, &args.question, merge)?;
    Ok(())
}

fn score(cx: &Context, id: i64, json: bool) -> Result<()> {
    let store = cx.store()?;
    let session = cx.session(&store, id)?;
    let lang = cx.lang();
    if let Some(notice) = session.change_notice() {
        eprintln!("{}", t!(lang, "cli-note", message = &notice));
    }
    let card = session.scorecard();
    if json {
        let report = Report::build(&session, jiff::Timestamp::now());
        let out = serde_json::json!({
            "assessment": id,
            "target": card.target,
            "sections": report.sections,
            "overall": report.overall,
            "priorities": report.priorities,
        });
        print_json(&out)?;
        return Ok(());
    }
    let a = &session.assessment;
    let mut out = String::new();
    writeln!(out, "{} — {}", a.organisation, session.questionnaire.title)?;
    writeln!(
        out,
        "{}",
        t!(
            lang,
            "cli-score-heading",
            id = a.id,
            date = &lang.date(a.date),
            target = u32::from(a.target),
            label = session
                .questionnaire
                .level(a.target)
                .map_or("", |l| l.label.as_str())
        )
    )?;
    writeln!(out)?;
    let title_width = 44;
    let (h_score, s_w) = column_head(lang, "cli-score-col-score", 5);
    let (h_answered, a_w) = column_head(lang, "cli-score-col-answered", 9);
    let (h_coverage, c_w) = column_head(lang, "cli-score-col-coverage", 9);
    let (h_readiness, r_w) = column_head(lang, "cli-score-col-readiness", 9);
    writeln!(
        out,
        "{:<6} {:<title_width$} {h_score:>s_w$} {h_answered:>a_w$} {h_coverage:>c_w$} \
         {h_readiness:>r_w$}",
        "",
        t!(lang, "cli-score-col-section"),
    )?;
    for (section, f) in &card.sections {
        writeln!(
            out,
            "{:<6} {:<title_width$} {:>s_w$} {:>a_w$} {:>c_w$} {:>r_w$}",
            section.id,
            fit(&section.title, title_width),
            one_decimal_in(lang, f.score),
            format!("{}/{}", f.answered, f.applicable),
            percent_in(lang, f.coverage),
            percent_in(lang, f.readiness)
        )?;
    }
    writeln!(out)?;
    let labels = &session.questionnaire.labels;
    let overall = t!(lang, "cli-score-overall");
    for (label, f) in [
        (labels.clauses.as_str(), card.clauses),
        (labels.annex.as_str(), card.annex),
        (overall.as_str(), card.all),
    ] {
        writeln!(
            out,
            "{:<6} {:<title_width$} {:>s_w$} {:>a_w$} {:>c_w$} {:>r_w$}",
            "",
            label,
            one_decimal_in(lang, f.score),
            format!("{}/{}", f.answered, f.applicable),
            percent_in(lang, f.coverage),
            percent_in(lang, f.readiness)
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        t!(
            lang,
            "cli-score-gaps",
            p1 = card.count(Priority::P1),
            p2 = card.count(Priority::P2),
            p3 = card.count(Priority::P3)
        )
    )?;
    let orphans = session.orphans();
    if !orphans.is_empty() {
        let ids: Vec<&str> = orphans.iter().map(|(id, _)| *id).collect();
        writeln!(
            out,
            "{}",
            t!(lang, "cli-score-orphans", ids = &ids.join(", "))
        )?;
    }
    print!("{out}");
    Ok(())
}

fn compare(cx: &Context, args: crate::cli::CompareArgs) -> Result<()> {
    use crate::cli::CompareFormat;
    use crate::progress::{Snapshot, compare};
    let store = cx.store()?;
    let snapshot = |id| -> Result<Snapshot> {
        let session = cx.session(&store, id)?;
        Ok(Snapshot::of(&Report::build(
            &session,
            jiff::Timestamp::now(),
        )))
    };
    let progress = compare(&snapshot(args.old)?, &snapshot(args.new)?)?;
    let to_stdout = args.output.as_deref().is_none_or(|p| p == Path::new("-"));
    if to_stdout && args.format == CompareFormat::Xlsx && std::io::stdout().is_terminal() {
        bail!(t!(cx.lang(), "cli-compare-binary"));
    }
    let bytes = match args.format {
        CompareFormat::Md => progress.markdown(1).into_bytes(),
        CompareFormat::Html => progress.html().into_bytes(),
        CompareFormat::Json => progress.json().into_bytes(),
        CompareFormat::Xlsx => progress.xlsx()?,
    };
    match args.output.as_deref() {
        Some(path) if !to_stdout => {
            files::write_output(path, &bytes, &Protected::database(&cx.db))?;
            eprintln!(
                "{}",
                t!(
                    cx.lang(),
                    "cli-compared",
                    new = args.new,
                    old = args.old,
                    path = &path.display().to_string()
                )
            );
        }
        _ => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)?;
            out.flush()?;
        }
    }
    Ok(())
}

fn survey(cx: &Context, args: SurveyArgs) -> Result<()> {
    if let Some(SurveyCommand::Import { id, file }) = args.command {
        return survey_import(cx, id, &file);
    }
    let (Some(id), Some(output)) = (args.id, args.output) else {
        bail!(t!(cx.lang(), "cli-survey-arguments"));
    };
    if !args.force && std::fs::symlink_metadata(&output).is_ok_and(|m| m.is_file()) {
        bail!(t!(
            cx.lang(),
            "cli-survey-exists",
            path = &output.display().to_string()
        ));
    }
    let store = cx.store()?;
    let session = cx.session(&store, id)?;
    if let Some(notice) = session.change_notice() {
        eprintln!("{}", t!(cx.lang(), "cli-note", message = &notice));
    }
    let uuid = store.assessment_uuid(id)?;
    let q = &session.questionnaire;
    let stamp = crate::survey::Stamp::new(&uuid, &session.assessment.organisation, q);
    let bytes = crate::survey::workbook_in(q, &stamp, session.lang)?;
    files::write_output(&output, &bytes, &Protected::database(&cx.db))?;
    eprintln!(
        "{}",
        t!(
            cx.lang(),
            "cli-survey-written",
            id = id,
            path = &output.display().to_string(),
            count = q.question_count()
        )
    );
    Ok(())
}

/// `survey import`: the client's self-ratings, all or nothing, beside the answers.
fn survey_import(cx: &Context, id: i64, file: &Path) -> Result<()> {
    use crate::survey::{self, Rating, ReadError};
    let mut store = cx.store()?;
    let session = cx.session(&store, id)?;
    refuse_if_final(&session)?;
    let lang = cx.lang();
    let path = file.display().to_string();
    let bytes = catalog::read_at_most(file, survey::MAX_FILE_BYTES, "self-assessment workbook")
        .map_err(|e| {
            anyhow!(t!(
                lang,
                "cli-survey-unreadable",
                path = &path,
                why = &e.to_string()
            ))
        })?;
    let uuid = store.assessment_uuid(id)?;
    let q = &session.questionnaire;
    let stamp = survey::Stamp::new(&uuid, &session.assessment.organisation, q);
    let ratings = match survey::read_in(&bytes, q, &stamp, session.lang) {
        Ok(ratings) => ratings,
        Err(ReadError::Unreadable(why)) => {
            bail!(t!(
                lang,
                "cli-survey-cannot-import",
                path = &path,
                why = &why.to_string()
            ))
        }
        Err(ReadError::Problems(problems)) => {
            for p in &problems {
                eprintln!("{p}");
            }
            bail!(t!(
                lang,
                "cli-survey-problems",
                path = &path,
                count = problems.len()
            ))
        }
    };
    let replaced = store.replace_self_assessment(id, &ratings, jiff::Timestamp::now())?;
    let rated = ratings
        .values()
        .filter(|r| matches!(r.rating, Rating::Level(_)))
        .count();
    let na = ratings
        .values()
        .filter(|r| r.rating == Rating::NotApplicable)
        .count();
    let comments = ratings.values().filter(|r| !r.comment.is_empty()).count();
    if let Some(before) = replaced {
        // To the second, as a person reads it: 2026-12-01 07:01:12 UTC.
        let at = before
            .imported_at
            .parse::<jiff::Timestamp>()
            .map_or(before.imported_at.clone(), |t| {
                t.strftime("%Y-%m-%d %H:%M:%S UTC").to_string()
            });
        eprintln!(
            "{}",
            t!(
                lang,
                "cli-survey-replaced",
                at = &at,
                count = before.questions
            )
        );
    }
    eprintln!(
        "{}",
        t!(
            lang,
            "cli-survey-imported",
            id = id,
            path = &path,
            rated = rated,
            questions = q.question_count(),
            na = na,
            comments = comments
        )
    );
    Ok(())
}

fn export(cx: &Context, args: ExportArgs) -> Result<()> {
    let store = cx.store()?;
    let session = Session::open_in(&store, &cx.catalog, args.id, args.lang)?;
    let lang = cx.lang();
    if let Some(notice) = session.change_notice() {
        eprintln!("{}", t!(lang, "cli-note", message = &notice));
    }
    if let Some(notice) = &session.language_notice {
        eprintln!("{}", t!(lang, "cli-note", message = notice));
    }
    let format = args.format;
    let to_stdout = args.output.as_deref().is_none_or(|p| p == Path::new("-"));
    if to_stdout && format.is_binary() && std::io::stdout().is_terminal() {
        bail!(t!(
            lang,
            "cli-export-binary",
            format = format.name(),
            file = &format.default_file_name(&session.assessment.organisation, today())
        ));
    }
    let privacy = if args.include_private_notes {
        report::Privacy::IncludePrivateNotes
    } else {
        report::Privacy::ClientDeliverable
    };
    if args.delimiter.is_some() && !format.is_csv() {
        bail!(t!(lang, "cli-export-delimiter", format = format.name()));
    }
    let report = Report::build_with(&session, jiff::Timestamp::now(), privacy);
    let options = report::RenderOptions {
        csv_delimiter: args
            .delimiter
            .unwrap_or_else(|| report.lang.csv_delimiter()),
    };
    let bytes = format.render_with(&report, &options)?;
    match args.output.as_deref() {
        Some(path) if !to_stdout => {
            files::write_output(path, &bytes, &Protected::database(&cx.db))?;
            eprintln!(
                "{}",
                t!(
                    lang,
                    "cli-exported",
                    id = args.id,
                    format = &format.describe_in(lang),
                    path = &path.display().to_string()
                )
            );
        }
        _ => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)?;
            out.flush()?;
        }
    }
    if args.include_private_notes {
        eprintln!("{}", t!(lang, "cli-export-private"));
    }
    // Warnings come after the export so that a failed write prints only its error. They are
    // the user's to read: in the user's language, which may not be the report's.
    let impossible = match report.lang == lang {
        true => report.roadmap.impossible.clone(),
        false => report::roadmap_problem_in(&session, lang),
    };
    if let Some(why) = &impossible {
        eprintln!("{}", t!(lang, "cli-warning", message = why));
    }
    let warnings = match report.lang == lang || report.warnings.is_empty() {
        true => report.warnings,
        false => check::findings_lang(&session, lang),
    };
    for line in warning_summary_in(&warnings, lang) {
        eprintln!("{}", t!(lang, "cli-warning", message = &line));
    }
    if !warnings.is_empty() {
        eprintln!("{}", t!(lang, "cli-export-anyway", id = args.id));
    }
    Ok(())
}

/// One line per kind of finding: its title, how many, and which questions.
pub fn warning_summary(findings: &[Finding]) -> Vec<String> {
    warning_summary_in(findings, crate::i18n::Lang::En)
}

/// [`warning_summary`], the titles in `lang`.
pub fn warning_summary_in(findings: &[Finding], lang: crate::i18n::Lang) -> Vec<String> {
    let mut lines = Vec::new();
    let mut i = 0;
    while i < findings.len() {
        let kind = findings[i].kind;
        let ids: Vec<&str> = findings[i..]
            .iter()
            .take_while(|f| f.kind == kind)
            .map(|f| f.question.as_str())
            .collect();
        lines.push(format!(
            "{} ({}): {}",
            kind.title_in(lang),
            ids.len(),
            ids.join(", ")
        ));
        i += ids.len();
    }
    lines
}

/// `check` found something to fix: not an error, but the exit status says so.
#[derive(Debug)]
pub struct Incomplete(pub usize);

impl std::fmt::Display for Incomplete {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t!(
            crate::language::resolve(None).0,
            "cli-check-incomplete",
            count = self.0
        ))
    }
}

impl std::error::Error for Incomplete {}

fn check(cx: &Context, id: i64) -> Result<()> {
    let store = cx.store()?;
    let session = cx.session(&store, id)?;
    let lang = cx.lang();
    let findings = check::findings_lang(&session, lang);
    let a = &session.assessment;
    let mut out = String::new();
    if findings.is_empty() {
        writeln!(
            out,
            "{}",
            t!(
                lang,
                "cli-check-clean",
                organisation = &a.organisation,
                scope = &a.scope
            )
        )?;
        print!("{out}");
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        t!(
            lang,
            "cli-check-count",
            organisation = &a.organisation,
            scope = &a.scope,
            count = findings.len()
        )
    )?;
    let mut last = None;
    for f in &findings {
        if last != Some(f.kind) {
            let n = findings.iter().filter(|x| x.kind == f.kind).count();
            writeln!(out, "\n{} ({n})", f.kind.title_in(lang))?;
            if f.kind == check::FindingKind::GapWithoutFinding {
                writeln!(out, "  {}", t!(lang, "cli-check-private-notes", id = a.id))?;
            }
            last = Some(f.kind);
        }
        writeln!(out, "  {}", f.message)?;
    }
    print!("{out}");
    Err(Incomplete(findings.len()).into())
}

fn print_stdout(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(crate::printable::printable(text).as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Refuses a question id the assessment's questionnaire does not have (nor an answer kept
/// from an earlier version of it), suggesting the nearest.
fn require_question(session: &Session, q: &str, lang: crate::i18n::Lang) -> Result<()> {
    if session.questionnaire.question(q).is_none() && !session.answers.contains_key(q) {
        match session.questionnaire.suggest_question(q) {
            Some(nearest) => bail!(t!(
                lang,
                "cli-no-question-hint",
                question = q,
                nearest = &nearest.to_string()
            )),
            None => bail!(t!(lang, "cli-no-question", question = q)),
        }
    }
    Ok(())
}

fn history(cx: &Context, id: i64, question: Option<&str>, since: Option<&str>) -> Result<()> {
    let store = cx.store()?;
    let session = cx.session(&store, id)?;
    let lang = cx.lang();
    if let Some(q) = question {
        require_question(&session, q, lang)?;
    }
    let from = match since {
        None => None,
        Some(s) => {
            match crate::changes::Since::parse(s, "").map_err(|e| anyhow!("--since: {e}"))? {
                crate::changes::Since::Time(t) => Some(t),
                crate::changes::Since::LastChangeBy(_) => {
                    bail!(t!(lang, "cli-history-since-last", id = id))
                }
            }
        }
    };
    let mut entries = store.history(id, question)?;
    // The assessment's own events (finalised, reopened) go with the whole history.
    let mut events = if question.is_none() {
        session.engagement.events.clone()
    } else {
        Vec::new()
    };
    if let Some(from) = from {
        entries.retain(|e| e.changed_at >= from);
        events.retain(|e| e.at >= from);
    }
    if entries.is_empty() && events.is_empty() {
        println!("{}", t!(lang, "cli-history-none"));
        return Ok(());
    }
    // Authors get a column as wide as the longest shown, within reason.
    const AUTHOR_WIDTH: usize = 24;
    let width = entries
        .iter()
        .map(|e| author::shown(&e.author, AUTHOR_WIDTH).chars().count())
        .max()
        .unwrap_or(1);
    let mut lines: Vec<(jiff::Timestamp, String)> = entries
        .into_iter()
        .map(|e| {
            let old = e
                .old
                .as_ref()
                .map_or_else(|| t!(lang, "cli-answer-none"), |a| summarise(a, lang));
            let by = author::shown(&e.author, AUTHOR_WIDTH);
            (
                e.changed_at,
                format!(
                    "{by:<width$}  {:<12} {} → {}",
                    e.question_id,
                    old,
                    summarise(&e.new, lang)
                ),
            )
        })
        .collect();
    for e in events {
        let detail = match (e.kind, e.detail.trim()) {
            (engagement::EventKind::Reopened, "") => String::new(),
            (engagement::EventKind::Reopened, why) => format!(": {why}"),
            (engagement::EventKind::Finalised, what) => format!(" ({what})"),
        };
        // Events record no author (they are the assessment's own).
        lines.push((
            e.at,
            format!(
                "{:<width$}  {:<12} {}",
                author::UNKNOWN,
                t!(lang, "cli-history-assessment"),
                t!(
                    lang,
                    "cli-history-event",
                    event = e.kind.as_str(),
                    detail = &detail
                )
            ),
        ));
    }
    // Stable: entries of the same second keep the order they were recorded in.
    lines.sort_by_key(|(at, _)| *at);
    for (at, line) in lines {
        println!("{}  {line}", at.strftime("%Y-%m-%d %H:%M:%S UTC"));
    }
    Ok(())
}

/// The answers changed since a moment, one line each: before → now, and who changed it.
fn changed(cx: &Context, id: i64, since: &str) -> Result<()> {
    let store = cx.store()?;
    let session = cx.session(&store, id)?;
    let lang = cx.lang();
    let since =
        crate::changes::Since::parse(since, store.author()).map_err(|e| anyhow!("--since: {e}"))?;
    let history = store.history(id, None)?;
    let changes = crate::changes::changed_since(&history, &since);
    let from = match (&since, since.moment(&history)) {
        (_, Some(t)) => t.strftime("%Y-%m-%d %H:%M:%S UTC").to_string(),
        (crate::changes::Since::LastChangeBy(who), None) => {
            t!(
                lang,
                "cli-changed-start",
                who = author::shown(who, 40).as_ref()
            )
        }
        (crate::changes::Since::Time(_), None) => unreachable!("a time is its own moment"),
    };
    if changes.is_empty() {
        println!("{}", t!(lang, "cli-changed-none", from = &from));
        return Ok(());
    }
    println!(
        "{}",
        t!(
            lang,
            "cli-changed-count",
            count = changes.len(),
            from = &from
        )
    );
    for c in changes {
        let reference = session
            .questionnaire
            .question(&c.question_id)
            .map(|q| q.requirement.reference.clone())
            .unwrap_or_default();
        let before = c
            .before
            .as_ref()
            .map_or_else(|| t!(lang, "cli-answer-none"), |a| summarise(a, lang));
        let by: Vec<String> = c
            .authors
            .iter()
            .map(|a| author::shown(a, 24).into_owned())
            .collect();
        println!(
            "{}  {:<12} {:<9} {} → {}  {}",
            c.last_at.strftime("%Y-%m-%d %H:%M"),
            c.question_id,
            reference,
            before,
            summarise(&c.after, lang),
            t!(lang, "cli-changed-by", who = &by.join(", "))
        );
    }
    Ok(())
}

/// Sets or clears a section's timebox.
fn timebox(cx: &Context, id: i64, section: &str, time: &str) -> Result<()> {
    let mut store = cx.store()?;
    let session = cx.session(&store, id)?;
    refuse_if_final(&session)?;
    let lang = cx.lang();
    let section = crate::clock::find_section_in(lang, &session.questionnaire, section)
        .map_err(|e| anyhow!("{e}"))?;
    let minutes = crate::clock::parse_timebox_in(lang, time).map_err(|e| anyhow!("{e}"))?;
    store.set_timebox(id, &section, minutes)?;
    let planned: u32 = store.timeboxes(id)?.values().sum();
    match minutes {
        Some(m) => eprintln!(
            "{}",
            t!(
                lang,
                "cli-timebox-set",
                section = &section,
                planned = &crate::clock::hm(u64::from(m) * 60_000),
                total = &crate::clock::hm(u64::from(planned) * 60_000),
                id = id
            )
        ),
        None => eprintln!("{}", t!(lang, "cli-timebox-off", section = &section)),
    }
    Ok(())
}

/// Every section with its timebox and the time spent on it, over all sittings.
fn agenda(cx: &Context, id: i64, json: bool) -> Result<()> {
    use crate::clock::{self, hm, hm_signed};
    let store = cx.store()?;
    let session = cx.session(&store, id)?;
    let sittings = store.sittings(id)?;
    let spent = clock::earlier(&sittings, None);
    let rows = clock::agenda(
        &session.questionnaire,
        &store.timeboxes(id)?,
        &spent,
        &clock::Spent::new(),
    );
    if json {
        let rows: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| {
                serde_json::json!({
                    "section": r.section,
                    "title": r.title,
                    "planned_minutes": r.planned,
                    "actual_seconds": r.actual() / 1000,
                })
            })
            .collect();
        return print_json(&serde_json::json!({
            "sittings": sittings.len(),
            "sections": rows,
        }));
    }
    let lang = cx.lang();
    let (h_section, s_w) = column_head(lang, "cli-agenda-col-section", 7);
    let (h_planned, p_w) = column_head(lang, "cli-agenda-col-planned", 7);
    let (h_actual, a_w) = column_head(lang, "cli-agenda-col-actual", 7);
    let (h_left, l_w) = column_head(lang, "cli-agenda-col-left", 7);
    println!(
        "{h_section:<s_w$} {:<44} {h_planned:>p_w$} {h_actual:>a_w$} {h_left:>l_w$}",
        t!(lang, "cli-agenda-col-title")
    );
    for r in &rows {
        let planned = r
            .planned
            .map_or("—".to_string(), |m| hm(u64::from(m) * 60_000));
        let left = r.left().map_or(String::new(), |l| {
            let s = hm_signed(l);
            if l < 0 {
                t!(lang, "cli-agenda-over", time = &s)
            } else {
                s
            }
        });
        println!(
            "{:<s_w$} {:<44} {:>p_w$} {:>a_w$} {:>l_w$}",
            r.section,
            fit(&r.title, 44),
            planned,
            hm(r.actual()),
            left
        );
    }
    let total: u64 = sittings.iter().map(|s| s.spent.values().sum::<u64>()).sum();
    let last = sittings
        .last()
        .map(|s| {
            t!(
                lang,
                "cli-agenda-last",
                when = &s.ended.strftime("%Y-%m-%d %H:%M UTC").to_string()
            )
        })
        .unwrap_or_default();
    println!(
        "{}",
        t!(
            lang,
            "cli-agenda-total",
            planned = &hm(u64::from(clock::planned_total(&rows)) * 60_000),
            spent = &hm(total),
            count = sittings.len(),
            last = &last
        )
    );
    Ok(())
}

fn park(cx: &Context, cmd: ParkCommand) -> Result<()> {
    match cmd {
        ParkCommand::Add { id, question, text } => {
            let mut store = cx.store()?;
            let session = cx.session(&store, id)?;
            refuse_if_final(&session)?;
            require_question(&session, &question, cx.lang())?;
            let text = engagement::point_text(&text).map_err(anyhow::Error::new)?;
            store.park(id, &question, &text)?;
            let open = store.engagement(id)?.open_points().count();
            eprintln!(
                "{}",
                t!(
                    cx.lang(),
                    "cli-parked",
                    question = &question,
                    count = open,
                    id = id
                )
            );
            Ok(())
        }
        ParkCommand::List { id, all, json } => {
            let store = cx.store()?;
            let record = store.engagement(id)?;
            let points: Vec<&engagement::OpenPoint> = record
                .points
                .iter()
                .filter(|p| all || p.is_open())
                .collect();
            if json {
                return print_json(&points);
            }
            if points.is_empty() {
                println!("{}", t!(cx.lang(), "cli-park-none", id = id));
            }
            for p in points {
                let state = match p.resolved_at {
                    None => t!(cx.lang(), "cli-park-open"),
                    Some(at) => t!(
                        cx.lang(),
                        "cli-park-resolved-on",
                        date = &at.strftime("%Y-%m-%d").to_string()
                    ),
                };
                println!(
                    "{:<12} {}  {:<19} {}",
                    p.question_id,
                    p.parked_at.strftime("%Y-%m-%d"),
                    state,
                    crate::printable::printable(&p.text)
                );
            }
            Ok(())
        }
        ParkCommand::Resolve { id, question } => {
            let mut store = cx.store()?;
            let session = cx.session(&store, id)?;
            refuse_if_final(&session)?;
            if !store.resolve_point(id, &question)? {
                bail!(t!(
                    cx.lang(),
                    "cli-park-unknown",
                    id = id,
                    question = &question
                ));
            }
            let open = store.engagement(id)?.open_points().count();
            eprintln!(
                "{}",
                t!(
                    cx.lang(),
                    "cli-park-resolved",
                    question = &question,
                    count = open
                )
            );
            Ok(())
        }
    }
}

/// Records the ISO 27001 references in place, accepts suggestions, shows where it stands.
fn iso27001(cx: &Context, args: crate::cli::Iso27001Args) -> Result<()> {
    use std::collections::BTreeSet;

    use crate::iso27001;
    let id = args.id;
    let lang = cx.lang();
    let mut problems = Vec::new();
    let mut read = |text: &str, what: &str| -> BTreeSet<String> {
        match iso27001::parse_list_in(lang, text) {
            Ok(refs) => refs,
            Err(errs) => {
                problems.extend(errs.into_iter().map(|e| format!("{what}: {e}")));
                BTreeSet::new()
            }
        }
    };
    let mut add = read(&args.in_place.join(","), "--in-place");
    let remove = read(&args.not_in_place.join(","), "--not-in-place");
    if let Some(path) = &args.from {
        let bytes = catalog::read_at_most(path, 1024 * 1024, "list of ISO 27001 references")
            .with_context(|| {
                t!(
                    lang,
                    "cli-iso-unreadable",
                    path = &path.display().to_string()
                )
            })?;
        let text = String::from_utf8(bytes).map_err(|_| {
            anyhow!(t!(
                lang,
                "cli-iso-not-text",
                path = &path.display().to_string()
            ))
        })?;
        add.extend(read(&text, &path.display().to_string()));
    }
    match problems.as_slice() {
        [] => {}
        [one] => bail!(t!(lang, "cli-iso-one-problem", problem = one)),
        many => bail!(t!(
            lang,
            "cli-iso-problems",
            count = many.len(),
            problems = &format!("  {}", many.join("\n  "))
        )),
    }
    let mut store = cx.store()?;
    let session = cx.session(&store, id)?;
    let changes = args.clear || !add.is_empty() || !remove.is_empty();
    if changes || args.accept.is_some() {
        refuse_if_final(&session)?;
    }
    let in_place = if changes {
        store.set_iso27001_in_place(id, &add, &remove, args.clear)?
    } else {
        session.engagement.iso27001.clone()
    };
    let mut answers = session.answers.clone();
    let suggestions = iso27001::suggestions(&session.questionnaire, &in_place, &answers);
    if let Some(only) = &args.accept {
        for q in only {
            require_question(&session, q, lang)?;
            if !suggestions.iter().any(|s| &s.question == q) {
                bail!(t!(lang, "cli-iso-no-suggestion", question = q, id = id));
            }
        }
        let mut accepted = 0;
        for s in suggestions
            .iter()
            .filter(|s| only.is_empty() || only.contains(&s.question))
        {
            if let Some(a) = store.accept_carry_over(id, s)? {
                answers.insert(s.question.clone(), a);
                accepted += 1;
            }
        }
        eprintln!(
            "{}",
            t!(lang, "cli-iso-accepted", count = accepted, id = id)
        );
    } else if changes {
        eprintln!(
            "{}",
            t!(lang, "cli-iso-in-place-count", count = in_place.len())
        );
    }
    let open = iso27001::suggestions(&session.questionnaire, &in_place, &answers);
    let mapped = iso27001::mapped_questions(&session.questionnaire);
    if args.json {
        let refs: Vec<serde_json::Value> = iso27001::references()
            .into_iter()
            .filter(|r| args.list || in_place.contains(r))
            .map(|r| {
                serde_json::json!({
                    "ref": r,
                    "in_place": in_place.contains(&r),
                    "questions": mapped.get(&r).cloned().unwrap_or_default(),
                })
            })
            .collect();
        let suggested: Vec<serde_json::Value> = open
            .iter()
            .map(|s| {
                serde_json::json!({
                    "question": s.question,
                    "level": s.level,
                    "from": s.refs,
                    "not_in_place": s.missing,
                    "ai_specific": s.ai_specific,
                    "finding": s.note(),
                })
            })
            .collect();
        let reused: Vec<serde_json::Value> = iso27001::reused(&answers)
            .into_iter()
            .map(|(q, c, kept)| {
                serde_json::json!({"question": q, "from": c.refs, "level": c.level, "kept": kept})
            })
            .collect();
        return print_json(&serde_json::json!({
            "references": refs,
            "suggestions": suggested,
            "reused": reused,
            "minutes_saved": iso27001::minutes_saved(&answers),
        }));
    }
    if args.list {
        let mut group = String::new();
        for r in iso27001::references() {
            let g = iso27001::group(&r);
            if g != group {
                println!("{g}");
                group = g;
            }
            let questions = mapped.get(&r).map(|q| q.join(" ")).unwrap_or_default();
            let mark = if in_place.contains(&r) { "[x]" } else { "[ ]" };
            println!("  {mark} {r:<7} {}", fit(&questions, 60));
        }
        return Ok(());
    }
    if in_place.is_empty() {
        println!("{}", t!(lang, "cli-iso-none", id = id));
        return Ok(());
    }
    let mut shown: Vec<&str> = in_place.iter().map(String::as_str).collect();
    shown.sort_by_key(|r| iso27001::order(r));
    println!(
        "{}",
        t!(
            lang,
            "cli-iso-in-place",
            count = in_place.len(),
            references = &shown.join(", ")
        )
    );
    let reused = iso27001::reused(&answers);
    if !reused.is_empty() {
        println!(
            "{}",
            t!(
                lang,
                "cli-iso-reused",
                count = reused.len(),
                minutes = iso27001::minutes_saved(&answers)
            )
        );
    }
    if open.is_empty() {
        println!("{}", t!(lang, "cli-iso-no-open"));
        return Ok(());
    }
    println!(
        "{}",
        t!(lang, "cli-iso-suggestions", count = open.len(), id = id)
    );
    for s in &open {
        let missing = if s.missing.is_empty() {
            String::new()
        } else {
            t!(
                lang,
                "cli-iso-not-in-place",
                references = &s.missing.join(", ")
            )
        };
        let ai = if s.ai_specific {
            t!(lang, "cli-iso-ai-specific")
        } else {
            String::new()
        };
        println!(
            "  {:<10} {}{missing}{ai}",
            s.question,
            t!(
                lang,
                "cli-iso-suggestion",
                level = u32::from(s.level),
                references = &s.refs.join(", ")
            )
        );
    }
    Ok(())
}

/// Shows the setting in force and where it comes from, or changes the file's.
fn config(cx: &Context, key: ConfigKey, value: Option<&str>) -> Result<()> {
    if let ConfigKey::Lang = key {
        return config_lang(cx, value);
    }
    let mut store = cx.store()?;
    if let Some(value) = value {
        let name =
            author::check_in(cx.lang(), author::Given::Name, value).map_err(|e| anyhow!(e))?;
        store.set_setting(author::USER_SETTING, &name)?;
    }
    let setting = store.setting(author::USER_SETTING)?;
    let (name, source) =
        author::resolve_in(cx.lang(), setting.as_deref()).map_err(|e| anyhow!(e))?;
    let shown = if name.is_empty() {
        author::UNKNOWN.to_string()
    } else {
        name
    };
    let lang = cx.lang();
    println!(
        "{}",
        t!(
            lang,
            "cli-config-user",
            name = &shown,
            source = &source.describe_in(lang)
        )
    );
    if value.is_some() && source == author::Source::Variable {
        println!(
            "{}",
            t!(
                lang,
                "cli-config-user-variable",
                variable = author::USER_ENV
            )
        );
    }
    Ok(())
}

/// `aimsgap config lang [CODE]`: the language of the screens and messages.
fn config_lang(cx: &Context, value: Option<&str>) -> Result<()> {
    use crate::language::{LANG_SETTING, resolve};
    let mut store = cx.store()?;
    if let Some(value) = value {
        let code = match value.trim() {
            "" => "",
            given => crate::i18n::Lang::choose_in(given, cx.lang())
                .map_err(|e| anyhow!(e))?
                .code(),
        };
        store.set_setting(LANG_SETTING, code)?;
    }
    let setting = store.setting(LANG_SETTING)?;
    let (lang, source) = resolve(setting.as_deref());
    // Said in the language now in force: `config lang de` answers in German.
    let (code, source) = (lang.code(), source.describe_in(lang));
    println!(
        "{}",
        t!(lang, "cli-config-lang", code = code, source = &source)
    );
    Ok(())
}

fn summarise(a: &Answer, lang: crate::i18n::Lang) -> String {
    let short = |text: &str| fit(&text.replace('\n', " "), 40);
    let mut parts = vec![match &a.response {
        Response::Unanswered => t!(lang, "cli-answer-unanswered"),
        Response::Maturity { level } => {
            t!(lang, "cli-answer-maturity", level = u32::from(*level))
        }
        Response::NotApplicable { justification } => t!(
            lang,
            "cli-answer-not-applicable",
            justification = justification
        ),
    }];
    for (text, id) in [
        (&a.finding, "cli-answer-finding"),
        (&a.recommendation, "cli-answer-recommendation"),
        (&a.management_response, "cli-answer-response"),
        (&a.notes, "cli-answer-notes"),
    ] {
        if !text.is_empty() {
            parts.push(t!(lang, id, text = &short(text)));
        }
    }
    if !a.evidence.is_empty() {
        parts.push(t!(lang, "cli-answer-evidence", count = a.evidence.len()));
    }
    if !a.said_by.is_empty() {
        let who: Vec<String> = a.said_by.iter().map(|n| format!("A{n}")).collect();
        parts.push(t!(lang, "cli-answer-said-by", who = &who.join(", ")));
    }
    if !a.owner.is_empty() {
        parts.push(t!(lang, "cli-answer-owner", owner = &a.owner));
    }
    if let Some(d) = a.due {
        parts.push(t!(lang, "cli-answer-due", date = &d.to_string()));
    }
    if let Some(c) = &a.carried_over {
        parts.push(t!(lang, "cli-answer-carried-over", refs = &c.refs_text()));
    }
    parts.join(", ")
}

fn questionnaire(cx: &Context, cmd: QuestionnaireCommand) -> Result<()> {
    match cmd {
        QuestionnaireCommand::List => {
            let lang = cx.lang();
            for listed in cx.catalog.list() {
                let source = match &listed.origin {
                    Origin::BuiltIn if listed.shadowed => t!(lang, "cli-questionnaire-shadowed"),
                    other => origin_in(other, lang),
                };
                match &listed.result {
                    Ok(q) => println!(
                        "{:<12} {:<10} {:>14}  {}  [{}]",
                        q.id,
                        q.version,
                        t!(lang, "cli-questionnaire-listed", count = q.question_count()),
                        // Its title in the user's language where a translation has it.
                        cx.catalog
                            .translated(q, lang)
                            .map_or_else(|_| q.title.clone(), |t| t.questionnaire.title),
                        source
                    ),
                    Err(e) => {
                        let first = e.to_string();
                        let first = first.lines().next().unwrap_or_default();
                        println!(
                            "{:<12} {}",
                            "?",
                            t!(
                                lang,
                                "cli-questionnaire-broken",
                                why = first,
                                source = &source
                            )
                        );
                    }
                }
            }
            match cx.catalog.dir() {
                Some(dir) => println!(
                    "\n{}",
                    t!(
                        lang,
                        "cli-questionnaire-dir",
                        dir = &dir.display().to_string()
                    )
                ),
                None => println!("\n{}", t!(lang, "cli-questionnaire-no-dir")),
            }
            Ok(())
        }
        QuestionnaireCommand::Check { file } if catalog::is_overlay(&file) => {
            check_overlay(cx, &file)
        }
        QuestionnaireCommand::Check { file } => match catalog::load_file(&file) {
            Ok(q) => {
                println!(
                    "{}",
                    t!(
                        cx.lang(),
                        "cli-questionnaire-ok",
                        file = &file.display().to_string(),
                        id = &q.id,
                        version = &q.version.to_string(),
                        sections = q.sections.len(),
                        requirements = q.requirements().count(),
                        questions = q.question_count()
                    )
                );
                let defaulted: Vec<String> = q
                    .defaults
                    .iter()
                    .map(|(field, n)| format!("{field} ×{n}"))
                    .collect();
                if !defaulted.is_empty() {
                    println!(
                        "{}",
                        t!(
                            cx.lang(),
                            "cli-questionnaire-defaults",
                            fields = &defaulted.join(", ")
                        )
                    );
                }
                Ok(())
            }
            Err(catalog::CatalogError::Invalid(e)) => {
                bail!(
                    "{}\n{}",
                    e.message_in(cx.lang()),
                    t!(
                        cx.lang(),
                        "cli-questionnaire-problems",
                        count = e.problems.len(),
                        file = &file.display().to_string()
                    )
                )
            }
            Err(e) => Err(e.into()),
        },
        QuestionnaireCommand::Import {
            file,
            output,
            force,
        } => import_questionnaire(cx, &file, &output, force),
        QuestionnaireCommand::Show { id, json } => {
            let (q, origin) = cx.catalog.resolve(&id)?;
            if json {
                print_json(&q)?;
            } else {
                // The questionnaire's texts in the user's language where a translation has
                // them; its labels in it too.
                let lang = cx.lang();
                let translated = cx.catalog.translated(&q, lang).ok();
                let shown = translated.as_ref().map_or(&q, |t| &t.questionnaire);
                print_stdout(&show_in(shown, &origin, terminal_width(), lang))?;
            }
            Ok(())
        }
    }
}

/// `questionnaire check` of a translation overlay: errors fail the check; texts that fall
/// back to English and other warnings are listed, and the check passes.
fn check_overlay(cx: &Context, file: &Path) -> Result<()> {
    let checked = match cx.catalog.check_overlay(file) {
        Ok(checked) => checked,
        Err(catalog::CatalogError::Invalid(e)) => {
            bail!(
                "{}\n{}",
                e.message_in(cx.lang()),
                t!(
                    cx.lang(),
                    "cli-questionnaire-problems",
                    count = e.problems.len(),
                    file = &file.display().to_string()
                )
            )
        }
        Err(e) => return Err(e.into()),
    };
    let o = &checked.overlay;
    let name = file.display().to_string();
    let lang = cx.lang();
    let mut out = String::new();
    let translated = checked.expected - checked.missing.len() - checked.covered.len();
    out.push_str(&t!(
        lang,
        "cli-overlay-ok",
        file = &name,
        base = &o.base,
        code = o.lang.code(),
        name = o.lang.name(),
        translated = translated,
        expected = checked.expected
    ));
    if !checked.covered.is_empty() {
        out.push_str(&t!(
            lang,
            "cli-overlay-covered",
            count = checked.covered.len()
        ));
    }
    match checked.missing.len() {
        0 => writeln!(out, "{}", t!(lang, "cli-overlay-complete"))?,
        n => writeln!(out, "{}", t!(lang, "cli-overlay-missing-count", count = n))?,
    }
    for key in &checked.missing {
        writeln!(
            out,
            "{}",
            t!(
                lang,
                "cli-overlay-missing",
                file = &name,
                key = &key.to_string()
            )
        )?;
    }
    for w in &checked.warnings {
        match w.at {
            Some((line, column)) => writeln!(
                out,
                "{}",
                t!(
                    lang,
                    "cli-overlay-warning-at",
                    file = &name,
                    line = line,
                    column = column,
                    message = w.message_in(lang)
                )
            )?,
            None => writeln!(
                out,
                "{}",
                t!(
                    lang,
                    "cli-overlay-warning",
                    file = &name,
                    message = w.message_in(lang)
                )
            )?,
        }
    }
    print_stdout(&out)
}

/// `questionnaire import`: a framework library of another tool to a questionnaire file.
fn import_questionnaire(cx: &Context, file: &Path, output: &Path, force: bool) -> Result<()> {
    use crate::questionnaire::import;
    let lang = cx.lang();
    let path = file.display().to_string();
    let written = output.display().to_string();
    if !force && std::fs::metadata(output).is_ok_and(|m| m.is_file()) {
        bail!(t!(lang, "cli-import-exists", path = &written));
    }
    let bytes = catalog::read_at_most(file, import::MAX_LIBRARY_BYTES, "framework library")
        .map_err(|e| {
            anyhow!(t!(
                lang,
                "cli-import-unreadable",
                path = &path,
                why = &e.to_string()
            ))
        })?;
    let imported = import::import_ciso_assistant(&bytes).map_err(|e| {
        anyhow!(t!(
            lang,
            "cli-import-failed",
            path = &path,
            why = &e.to_string()
        ))
    })?;
    files::write_output(
        output,
        imported.toml.as_bytes(),
        &Protected::database(&cx.db),
    )?;
    for line in &imported.unmapped {
        eprintln!(
            "{}",
            t!(lang, "cli-import-not-mapped", what = line.as_str())
        );
    }
    match imported.unmapped.len() {
        0 => eprintln!("{}", t!(lang, "cli-import-all-mapped")),
        n => eprintln!("{}", t!(lang, "cli-import-unmapped-count", count = n)),
    }
    let q = &imported.questionnaire;
    eprintln!(
        "{}",
        t!(
            lang,
            "cli-import-written",
            path = &written,
            id = &q.id,
            version = &q.version.to_string(),
            sections = q.sections.len(),
            requirements = q.requirements().count(),
            questions = q.question_count()
        )
    );
    Ok(())
}

fn terminal_width() -> usize {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal()
        && let Ok((w, _)) = ratatui::crossterm::terminal::size()
    {
        return usize::from(w).clamp(60, 120);
    }
    100
}

/// A questionnaire as a consultant reads it before a workshop.
pub fn show(q: &Questionnaire, origin: &Origin, width: usize) -> String {
    show_in(q, origin, width, crate::i18n::Lang::En)
}

/// Where a questionnaire comes from, as `lang` says it: "built in" or its file.
fn origin_in(origin: &Origin, lang: crate::i18n::Lang) -> String {
    match origin {
        Origin::BuiltIn => t!(lang, "cli-questionnaire-built-in"),
        Origin::File(_) => origin.to_string(),
    }
}

/// [`show`], its labels in `lang`.
pub fn show_in(
    q: &Questionnaire,
    origin: &Origin,
    width: usize,
    lang: crate::i18n::Lang,
) -> String {
    let mut out = String::new();
    let wrap = |text: &str, indent: usize| -> String {
        let pad = " ".repeat(indent);
        let opts = textwrap::Options::new(width.saturating_sub(1).max(40))
            .initial_indent(&pad)
            .subsequent_indent(&pad);
        textwrap::fill(text, opts)
    };
    let rule = "─".repeat(width.saturating_sub(1).min(100));
    let _ = writeln!(out, "{}", q.title);
    let _ = writeln!(
        out,
        "{}",
        t!(
            lang,
            "cli-show-summary",
            id = &q.id,
            version = &q.version.to_string(),
            sections = q.sections.len(),
            requirements = q.requirements().count(),
            questions = q.question_count(),
            origin = &origin_in(origin, lang)
        )
    );
    if !q.description.is_empty() {
        let _ = writeln!(out, "\n{}", wrap(&q.description, 0));
    }
    let _ = writeln!(out, "\n{}", t!(lang, "cli-show-scale"));
    for l in &q.scale {
        let _ = writeln!(out, "  {} {}", l.level, l.label);
        let _ = writeln!(out, "{}", wrap(&l.description, 4));
    }
    let _ = writeln!(out, "\n{}", t!(lang, "cli-show-phases"));
    for (i, p) in q.phases.iter().enumerate() {
        let _ = writeln!(out, "  {}. {} — {}", i + 1, p.title, p.description);
    }
    for s in &q.sections {
        let kind = match s.kind {
            crate::questionnaire::SectionKind::Clause => t!(lang, "cli-show-clause"),
            crate::questionnaire::SectionKind::Annex => t!(lang, "cli-show-annex"),
        };
        let _ = writeln!(out, "\n{rule}\n{}  {}  ({kind})", s.id, s.title);
        if !s.description.is_empty() {
            let _ = writeln!(out, "{}", wrap(&s.description, 0));
        }
        let _ = writeln!(out, "{rule}");
        for r in &s.requirements {
            let roles = if r.roles.is_empty() {
                String::new()
            } else {
                let titles: Vec<&str> = r
                    .roles
                    .iter()
                    .map(|id| {
                        q.roles
                            .iter()
                            .find(|x| &x.id == id)
                            .map_or(id.as_str(), |x| x.title.as_str())
                    })
                    .collect();
                t!(lang, "cli-show-mostly", roles = &titles.join(", "))
            };
            let _ = writeln!(out, "\n{}  {}{roles}", r.reference, r.title);
            for question in &r.questions {
                let _ = writeln!(out, "\n  [{}]", question.id);
                let _ = writeln!(out, "{}", wrap(&question.prompt, 4));
                // A minimal questionnaire may have no guidance or evidence: no empty heading.
                if !question.guidance.is_empty() {
                    let _ = writeln!(out, "\n    {}", t!(lang, "cli-show-guidance"));
                } else {
                    let _ = writeln!(out);
                }
                let parts = crate::questionnaire::split_guidance(&question.guidance);
                if !parts.intro.is_empty() {
                    let _ = writeln!(out, "{}", wrap(parts.intro, 6));
                }
                if let Some(weak) = parts.weak_spots {
                    let text = t!(lang, "cli-show-weak-spots", text = weak);
                    let _ = writeln!(out, "{}", wrap(&text, 6));
                }
                for (level, text) in &parts.levels {
                    let label = q.level(*level).map_or("", |l| l.label.as_str());
                    let _ = writeln!(out, "{}", wrap(&format!("{level} {label}: {text}"), 6));
                }
                if !question.evidence.is_empty() {
                    let _ = writeln!(out, "    {}", t!(lang, "cli-show-evidence"));
                }
                for e in &question.evidence {
                    let opts = textwrap::Options::new(width.saturating_sub(1).max(40))
                        .initial_indent("      • ")
                        .subsequent_indent("        ");
                    let _ = writeln!(out, "{}", textwrap::fill(e, opts));
                }
                let _ = writeln!(out, "    {}", t!(lang, "cli-show-recommendation"));
                let _ = writeln!(out, "{}", wrap(&question.recommendation, 6));
                let phase = q
                    .phase(&question.phase)
                    .map_or(question.phase.as_str(), |p| p.title.as_str());
                let mut facts = vec![
                    t!(
                        lang,
                        "cli-show-weight",
                        weight = &question.weight.to_string()
                    ),
                    t!(
                        lang,
                        "cli-show-effort",
                        effort = &question.effort.to_string()
                    ),
                    t!(lang, "cli-show-phase", phase = phase),
                ];
                if question.documented {
                    facts.push(t!(lang, "cli-show-documented"));
                }
                if !question.depends_on.is_empty() {
                    facts.push(t!(
                        lang,
                        "cli-show-after",
                        questions = &question.depends_on.join(", ")
                    ));
                }
                let _ = writeln!(out, "{}", wrap(&facts.join(" · "), 4));
                let links: Vec<String> = q
                    .crosswalks
                    .iter()
                    .filter_map(|fw| {
                        let refs = question.crosswalk.get(&fw.id).filter(|r| !r.is_empty())?;
                        Some(format!("{}: {}", fw.title, refs.join(", ")))
                    })
                    .collect();
                if !links.is_empty() {
                    let _ = writeln!(
                        out,
                        "{}",
                        wrap(
                            &t!(lang, "cli-show-crosswalk", links = &links.join("; ")),
                            4
                        )
                    );
                }
            }
        }
    }
    out
}

fn demo(cx: &Context, lang: crate::i18n::Lang) -> Result<()> {
    let questionnaire = catalog::built_in("iso42001").context("the built-in questionnaire")?;
    let mut store = cx.store_or_create()?;
    let id = crate::demo::create_in(&mut store, questionnaire, today(), lang)?;
    println!("{id}");
    eprintln!("{}", t!(cx.lang(), "cli-demo-created", id = id));
    Ok(())
}

fn attendee(cx: &Context, cmd: AttendeeCommand) -> Result<()> {
    match cmd {
        AttendeeCommand::Add { id, name, role } => {
            let mut store = cx.store()?;
            let session = cx.session(&store, id)?;
            refuse_if_final(&session)?;
            let (name, role) = engagement::attendee_entry(&name, &role).map_err(entry_error)?;
            let n = store.add_attendee(id, &name, &role)?;
            println!("A{n}");
            Ok(())
        }
        AttendeeCommand::List { id, json } => {
            let store = cx.store()?;
            let record = store.engagement(id)?;
            if json {
                return print_json(&record.attendees);
            }
            if record.attendees.is_empty() {
                println!("{}", t!(cx.lang(), "cli-attendee-none", id = id));
            }
            for a in &record.attendees {
                println!("{:<4} {:<30} {}", a.reference(), fit(&a.name, 30), a.role);
            }
            Ok(())
        }
        AttendeeCommand::Remove {
            id,
            attendee,
            clear_citations,
        } => {
            let mut store = cx.store()?;
            let session = cx.session(&store, id)?;
            refuse_if_final(&session)?;
            let lang = cx.lang();
            let n = engagement::parse_number('A', &attendee).ok_or_else(|| {
                anyhow!(t!(
                    lang,
                    "cli-attendee-not-reference",
                    given = &attendee,
                    id = id
                ))
            })?;
            let removed = if clear_citations {
                store.remove_attendee_and_citations(id, n)?
            } else {
                store.remove_attendee(id, n)?.then(Vec::new)
            };
            let Some(cleared) = removed else {
                bail!(t!(lang, "cli-attendee-unknown", id = id, number = n));
            };
            if !cleared.is_empty() {
                eprintln!(
                    "{}",
                    t!(
                        lang,
                        "cli-attendee-removed-citations",
                        number = n,
                        count = cleared.len(),
                        questions = &cleared.join(", ")
                    )
                );
            }
            Ok(())
        }
    }
}

fn document(cx: &Context, cmd: DocumentCommand) -> Result<()> {
    match cmd {
        DocumentCommand::Add {
            id,
            title,
            version,
            date,
        } => {
            let mut store = cx.store()?;
            let session = cx.session(&store, id)?;
            refuse_if_final(&session)?;
            let (title, version, date) =
                engagement::document_entry(&title, &version, date.as_deref().unwrap_or(""))
                    .map_err(entry_error)?;
            let n = store.add_document(id, &title, &version, date)?;
            println!("D{n}");
            Ok(())
        }
        DocumentCommand::List { id, json } => {
            let store = cx.store()?;
            let session = cx.session(&store, id)?;
            let index = report::evidence_index(&session);
            if json {
                return print_json(&index);
            }
            if index.is_empty() {
                println!("{}", t!(cx.lang(), "cli-document-none", id = id));
            }
            let lang = cx.lang();
            for entry in &index {
                let d = &entry.document;
                let date = d.date.map(|d| d.to_string()).unwrap_or_default();
                let supports = if entry.answers.is_empty() {
                    t!(lang, "cli-document-cited-by-none")
                } else {
                    t!(
                        lang,
                        "cli-document-supports",
                        questions = &entry.answers.join(", ")
                    )
                };
                println!(
                    "{:<4} {:<34} {:<8} {:<10}  {supports}",
                    d.reference(),
                    fit(&d.title, 34),
                    fit(&d.version, 8),
                    date
                );
            }
            Ok(())
        }
        DocumentCommand::Remove { id, document } => {
            let mut store = cx.store()?;
            let session = cx.session(&store, id)?;
            refuse_if_final(&session)?;
            let lang = cx.lang();
            let n = engagement::parse_number('D', &document).ok_or_else(|| {
                anyhow!(t!(
                    lang,
                    "cli-document-not-reference",
                    given = &document,
                    id = id
                ))
            })?;
            if !store.remove_document(id, n)? {
                bail!(t!(lang, "cli-document-unknown", id = id, number = n));
            }
            Ok(())
        }
    }
}

/// An attendee or document refused, said with its option.
fn entry_error(e: engagement::EntryError) -> anyhow::Error {
    let flag = format!("--{}", e.field);
    anyhow::Error::new(e).context(flag)
}

fn finalise(cx: &Context, id: i64) -> Result<()> {
    let mut store = cx.store()?;
    let session = cx.session(&store, id)?;
    refuse_if_final(&session)?;
    let at = store.finalise(id)?;
    eprintln!(
        "{}",
        t!(
            cx.lang(),
            "cli-finalised",
            id = id,
            at = &at.strftime("%Y-%m-%d %H:%M:%S UTC").to_string()
        )
    );
    Ok(())
}

fn reopen(cx: &Context, id: i64, reason: &str) -> Result<()> {
    let mut store = cx.store()?;
    let reason = set_text("reason", reason)?;
    if !store.reopen(id, &reason)? {
        bail!(t!(cx.lang(), "cli-reopen-not-final", id = id));
    }
    eprintln!("{}", t!(cx.lang(), "cli-reopened", id = id));
    Ok(())
}

/// A table column's header in `lang`, and the column's width: `width`, or the header's if
/// that is wider.
fn column_head(lang: crate::i18n::Lang, id: &str, width: usize) -> (String, usize) {
    let text = t!(lang, id);
    let width = width.max(text.chars().count());
    (text, width)
}
