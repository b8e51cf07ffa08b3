//! What a backup must hold before any of it is restored: every row of every assessment read
//! and checked against the copy of the questionnaire it was taken against and the rules the
//! application keeps at input. A backup is a file from anywhere — an older aimsgap, a hand
//! edit, an attacker — and one value that does not read would otherwise break `list`, the
//! home screen and every export of the file it lands in.
//!
//! The questionnaire is the copy stored with the assessment (in the backup, or already in
//! the database it goes into) or, where that copy does not load, the built-in one of its id,
//! as the assessment will open. Reads only; the working copy it reads is the restore's
//! (see `backup`).
//!
//! A problem is said in every language when it is found ([`Said`]): what it quotes from other
//! checks (a date, a day rate, a name) is theirs to say, in the language asked, and a backup
//! with problems is rare enough for the three renderings not to count.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use jiff::Timestamp;
use jiff::civil::Date;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, params};

use crate::assessment::{
    self, Answer, EffortDays, EvidenceBasis, MAX_TEXT_CHARS, Response, check_audit_cycle,
    check_capacity, check_year,
};
use crate::i18n::Lang;
use crate::questionnaire::catalog::MAX_FILE_BYTES;
use crate::questionnaire::{Questionnaire, SectionKind, load_str};
use crate::t;

/// What is wrong, said by a message with arguments: `what!("store-problem-…", n = …)`.
macro_rules! what {
    ($id:expr) => {
        Said::msg($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        Said::new(|lang| t!(lang, $id, $($name = $value),+))
    };
}

/// The languages a problem is said in, in the order of `Lang as usize`.
const LANGS: [Lang; 3] = [Lang::En, Lang::De, Lang::Pseudo];

/// A part of a problem (where, or what is wrong) in every language of [`LANGS`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said([String; 3]);

impl Said {
    fn new(say: impl Fn(Lang) -> String) -> Said {
        Said(LANGS.map(say))
    }

    /// A message of the catalogue without arguments.
    pub(super) fn msg(id: &str) -> Said {
        Said::new(|lang| lang.t(id))
    }

    /// The same text in every language: what was found, quoted.
    fn quoted(text: impl Into<String>) -> Said {
        let text = text.into();
        Said::new(|_| text.clone())
    }

    fn get(&self, lang: Lang) -> &str {
        &self.0[lang as usize]
    }
}

/// Where a problem is, from the assessment down to the field: "assessment 3 (Acme Ltd),
/// question 4.1-a, maturity".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Place(Vec<Said>);

impl Place {
    /// This place, one step further down.
    fn and(&self, part: Said) -> Place {
        let mut parts = self.0.clone();
        parts.push(part);
        Place(parts)
    }

    /// This place, then every part of `more`.
    fn and_all(&self, more: &Place) -> Place {
        let mut parts = self.0.clone();
        parts.extend(more.0.iter().cloned());
        Place(parts)
    }

    /// This place, then a question by its id.
    pub(super) fn question(&self, question: &str) -> Place {
        self.and(what!("store-problem-at-question", question = question))
    }

    /// This place, then a field by its English name ([`field`]).
    pub(super) fn field(&self, name: &str) -> Place {
        self.and(field(name))
    }

    fn in_lang(&self, lang: Lang) -> String {
        self.0
            .iter()
            .map(|p| p.get(lang))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The message ids of the fields a problem names (`store-problem-field-…`).
static FIELDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../locales/en/store.ftl")
        .lines()
        .filter(|l| l.starts_with("store-problem-field-") || l.starts_with("store-problem-column-"))
        .filter_map(|l| l.split_once(" ="))
        .map(|(id, _)| id)
        .collect()
});

/// A field (a setting, a part of a row) by its English name, in every language.
fn field(name: &str) -> Said {
    named("store-problem-field-", name)
}

/// A column of the answer table by its name in the database (`management_response`), in
/// every language; a name the catalogue does not know (a column of a later version) stays as
/// it is.
fn column(name: &str) -> Said {
    named("store-problem-column-", name)
}

fn named(prefix: &str, name: &str) -> Said {
    let slug: String = name
        .chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' => c,
            'A'..='Z' => c.to_ascii_lowercase(),
            _ => '-',
        })
        .collect();
    let id = format!("{prefix}{slug}");
    if FIELDS.contains(id.as_str()) {
        Said::msg(&id)
    } else {
        Said::quoted(name)
    }
}

/// One thing wrong in a backup, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// "assessment 3 (Acme Ltd), question 4.1-a, maturity"
    pub place: String,
    /// "is empty (NULL)"
    pub what: String,
    /// Both, in every language.
    at: Place,
    said: Said,
}

impl Problem {
    pub fn new(at: &Place, what: Said) -> Problem {
        Problem {
            place: at.in_lang(Lang::En),
            what: what.get(Lang::En).to_string(),
            at: at.clone(),
            said: what,
        }
    }

    /// The problem in `lang`; in English the same text as [`Display`](std::fmt::Display).
    pub fn message_in(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        t!(
            lang,
            "store-problem",
            place = &self.at.in_lang(lang),
            what = self.said.get(lang)
        )
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place, self.what)
    }
}

/// A problem's place: an assessment, named by its organisation where that reads.
pub(super) fn assessment_place(id: &str, organisation: Option<&str>) -> Place {
    Place::default().and(match organisation {
        Some(o) => Said::new(|lang| {
            t!(
                lang,
                "store-problem-at-assessment-named",
                id = id,
                organisation = o
            )
        }),
        None => Said::new(|lang| t!(lang, "store-problem-at-assessment", id = id)),
    })
}

/// A value as read, before it is trusted: text must be UTF-8, without NUL, not too long.
fn text(value: ValueRef<'_>, limit: usize) -> Result<String, Said> {
    let bytes = match value {
        ValueRef::Text(t) => t,
        ValueRef::Null => return Err(what!("store-problem-null")),
        ValueRef::Blob(_) => return Err(what!("store-problem-binary")),
        ValueRef::Integer(_) | ValueRef::Real(_) => {
            return Err(what!("store-problem-number-not-text"));
        }
    };
    let s = std::str::from_utf8(bytes).map_err(|e| {
        what!(
            "store-problem-not-utf8",
            byte = &e.valid_up_to().to_string()
        )
    })?;
    check_text(s, limit)?;
    Ok(s.to_string())
}

fn check_text(s: &str, limit: usize) -> Result<(), Said> {
    if s.contains('\0') {
        return Err(what!("store-problem-nul"));
    }
    let n = s.chars().count();
    if n > limit {
        return Err(what!(
            "store-problem-too-long",
            length = &n.to_string(),
            max = &limit.to_string()
        ));
    }
    Ok(())
}

fn optional_text(value: ValueRef<'_>, limit: usize) -> Result<Option<String>, Said> {
    match value {
        ValueRef::Null => Ok(None),
        v => text(v, limit).map(Some),
    }
}

fn real(value: ValueRef<'_>) -> Result<f64, Said> {
    match value {
        ValueRef::Real(r) => Ok(r),
        ValueRef::Integer(i) => Ok(i as f64),
        _ => Err(what!("store-problem-not-number")),
    }
}

fn integer(value: ValueRef<'_>) -> Result<i64, Said> {
    match value {
        ValueRef::Integer(i) => Ok(i),
        _ => Err(what!("store-problem-not-whole-number")),
    }
}

fn date(s: &str) -> Result<Date, Said> {
    assessment::parse_date(s)
        .map_err(|_| Said::new(|lang| assessment::parse_date_in(lang, s).unwrap_err()))
}

fn timestamp(s: &str) -> Result<Timestamp, Said> {
    s.parse::<Timestamp>()
        .map_err(|_| what!("store-problem-not-time", typed = s))
}

/// A refusal another check says in the user's language ([`assessment::AnswerError`]).
fn answer_error(e: &assessment::AnswerError) -> Said {
    Said::new(|lang| e.message_in(lang))
}

/// A row's SQLite error while it is read, as SQLite says it.
fn sqlite(e: rusqlite::Error) -> Said {
    Said::quoted(e.to_string())
}

/// Checks every assessment of the backup open on `conn` (the schema brought up to date);
/// `snapshot` finds a questionnaire's text by hash where the backup has none. Returns every
/// problem found, in order; empty when the backup may be restored.
pub(super) fn check(
    conn: &Connection,
    snapshot: &dyn Fn(&str) -> Option<String>,
) -> rusqlite::Result<Vec<Problem>> {
    let mut problems = Vec::new();
    let mut questionnaires: HashMap<String, Result<Questionnaire, Said>> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT id, organisation, scope, assessor, assessed_on, target, questionnaire_id,
         questionnaire_version, questionnaire_hash, questionnaire_path, roadmap_start, capacity,
         created_at, updated_at, effort_s, effort_m, effort_l, audit_cycle_weeks,
         owner_capacity, holidays, day_rate, currency, lang
         FROM assessment ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let organisation = text(r.get_ref(1)?, MAX_TEXT_CHARS);
        let place = assessment_place(&id.to_string(), organisation.as_deref().ok());
        let mut bad =
            |field: &str, what: Said| problems.push(Problem::new(&place.field(field), what));
        match &organisation {
            Ok(o) if o.trim().is_empty() => bad("organisation", what!("store-problem-empty")),
            Ok(_) => {}
            Err(e) => bad("organisation", e.clone()),
        }
        for (i, field) in [(2, "scope"), (3, "assessor"), (7, "questionnaire version")] {
            if let Err(e) = text(r.get_ref(i)?, MAX_TEXT_CHARS) {
                bad(field, e);
            }
        }
        if let Err(e) = optional_text(r.get_ref(9)?, MAX_TEXT_CHARS) {
            bad("questionnaire path", e);
        }
        for (i, field, what) in [
            (4, "date", "assessment date"),
            (10, "roadmap start", "roadmap start"),
        ] {
            match text(r.get_ref(i)?, MAX_TEXT_CHARS).and_then(|s| date(&s)) {
                Ok(d) => {
                    if let Err(e) = check_year(what, d) {
                        bad(field, answer_error(&e));
                    }
                }
                Err(e) => bad(field, e),
            }
        }
        for (i, field) in [(12, "created at"), (13, "updated at")] {
            if let Err(e) = text(r.get_ref(i)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
                bad(field, e);
            }
        }
        let settings = (|| -> Result<(), Said> {
            let get = |i: usize| r.get_ref(i).map_err(sqlite);
            check_capacity(real(get(11)?)?).map_err(|e| answer_error(&e))?;
            let effort = |i: usize| -> Result<f64, Said> { real(get(i)?) };
            EffortDays {
                s: effort(14)?,
                m: effort(15)?,
                l: effort(16)?,
            }
            .check()
            .map_err(|e| answer_error(&e))?;
            check_audit_cycle(real(get(17)?)?).map_err(|e| answer_error(&e))?;
            let json = |i: usize| text(get(i)?, MAX_TEXT_CHARS);
            plan_columns(&json(18)?, &json(19)?)?;
            let rate = get(20)?;
            if rate != rusqlite::types::ValueRef::Null {
                let (amount, currency) = (real(rate)?, json(21)?);
                crate::assessment::DayRate::new(amount, &currency).map_err(|_| {
                    Said::new(|lang| {
                        crate::assessment::DayRate::new_in(lang, amount, &currency)
                            .err()
                            .unwrap_or_default()
                    })
                })?;
            }
            Ok(())
        })();
        if let Err(e) = settings {
            bad("roadmap settings", e);
        }
        if let Err(e) = text(r.get_ref(22)?, MAX_TEXT_CHARS).and_then(|code| {
            super::stored_lang(&code)
                .map_err(|_| what!("store-problem-language", code = &format!("{code:?}")))
        }) {
            bad("language", e);
        }

        // Its questionnaire: the copy stored with it, which must load.
        let (qid, hash) = (r.get_ref(6)?, r.get_ref(8)?);
        let id_and_hash =
            text(qid, MAX_TEXT_CHARS).and_then(|qid| text(hash, MAX_TEXT_CHARS).map(|h| (qid, h)));
        let questionnaire = match id_and_hash {
            Err(e) => {
                bad("questionnaire", e);
                None
            }
            Ok((qid, hash)) => {
                let loaded = questionnaires
                    .entry(format!("{qid}\n{hash}"))
                    .or_insert_with(|| {
                        // As the assessment will open: a built-in questionnaire of its id
                        // takes the place of a stored copy that does not load.
                        load_snapshot(conn, snapshot, &hash).or_else(|e| {
                            crate::questionnaire::catalog::built_in(&qid)
                                .cloned()
                                .ok_or(e)
                        })
                    })
                    .clone();
                match loaded {
                    Err(e) => {
                        bad("questionnaire", e);
                        None
                    }
                    Ok(q) if q.id != qid => {
                        bad(
                            "questionnaire",
                            what!(
                                "store-problem-questionnaire-other",
                                questionnaire = &qid,
                                stored = &q.id
                            ),
                        );
                        None
                    }
                    Ok(q) => Some(q),
                }
            }
        };
        if let Some(q) = &questionnaire {
            let max = q.max_level();
            let outside = |level: i64| {
                what!(
                    "store-problem-outside-scale",
                    level = &level.to_string(),
                    max = &max.to_string()
                )
            };
            match integer(r.get_ref(5)?) {
                Ok(t) if (0..=i64::from(max)).contains(&t) => {}
                Ok(t) => bad("target", outside(t)),
                Err(e) => bad("target", e),
            }
            // The client's self-ratings are levels of the same scale.
            let mut stmt = conn.prepare(
                "SELECT quote(question_id), level FROM self_rating WHERE assessment_id = ?1
                 AND typeof(level) = 'integer' AND (level < 0 OR level > ?2) ORDER BY rowid",
            )?;
            let outside_rows = stmt
                .query_map(params![id, max], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for (question, level) in outside_rows {
                problems.push(Problem::new(
                    &place.and(what!("store-problem-at-self-rating", question = &question)),
                    what!(
                        "store-problem-level-outside-scale",
                        level = &level.to_string(),
                        max = &max.to_string()
                    ),
                ));
            }
        }
        check_answers(conn, id, &place, questionnaire.as_ref(), &mut problems)?;
        check_history(conn, id, &place, &mut problems)?;
        check_others(conn, id, &place, &mut problems)?;
        check_record(conn, id, &place, &mut problems)?;
    }
    check_uuids(conn, &mut problems)?;
    Ok(problems)
}

/// The owner capacities and holidays as stored (JSON), checked as `super::plan_columns`
/// reads them, what is wrong said in every language.
fn plan_columns(owner_capacity: &str, holidays: &str) -> Result<(), Said> {
    let capacities: std::collections::BTreeMap<String, f64> = serde_json::from_str(owner_capacity)
        .map_err(|e| what!("store-problem-owner-capacities", error = &e.to_string()))?;
    for (owner, c) in &capacities {
        check_capacity(*c).map_err(|e| {
            Said::new(|lang| {
                t!(
                    lang,
                    "store-problem-owner-capacity",
                    owner = owner,
                    why = &e.message_in(lang)
                )
            })
        })?;
    }
    let days: std::collections::BTreeSet<Date> = serde_json::from_str(holidays).map_err(|e| {
        // What the JSON reader said, in English; in another language the first entry that
        // is not a date, said as a date typed in is, where that is what is wrong.
        let serde = e.to_string();
        let entry = serde_json::from_str::<Vec<String>>(holidays)
            .ok()
            .and_then(|list| list.into_iter().find(|d| date(d).is_err()));
        Said::new(|lang| {
            let error = match (&entry, lang) {
                (Some(d), l) if l != Lang::En => assessment::parse_date_in(l, d)
                    .err()
                    .unwrap_or_else(|| serde.clone()),
                _ => serde.clone(),
            };
            t!(lang, "store-problem-holidays", error = &error)
        })
    })?;
    for d in &days {
        check_year("holiday", *d).map_err(|e| answer_error(&e))?;
    }
    Ok(())
}

/// Whether `s` has the shape of a UUID as this program writes them: 36 characters, lower-case
/// hexadecimal digits in groups of 8-4-4-4-12.
pub(crate) fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_digit() || ('a'..='f').contains(&c),
        })
}

/// The identities of assessments and answers, on which a merge relies: a UUID each (none is
/// given one on the way in).
fn check_uuids(conn: &Connection, problems: &mut Vec<Problem>) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare(
        "SELECT '' || id, NULL, uuid FROM assessment
         UNION ALL
         SELECT '' || assessment_id, quote(question_id), uuid FROM answer",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let question: Option<String> = r.get(1)?;
        let ok = match r.get_ref(2)? {
            ValueRef::Null => true,
            ValueRef::Text(t) => std::str::from_utf8(t).is_ok_and(is_uuid),
            _ => false,
        };
        if !ok {
            let mut place = assessment_place(&id, None);
            if let Some(question) = &question {
                place = place.question(question);
            }
            problems.push(Problem::new(
                &place.field("uuid"),
                what!("store-problem-not-uuid"),
            ));
        }
    }
    Ok(())
}

/// The questionnaire text stored under `hash`, in the backup or else in the database the
/// backup goes into, loaded.
fn load_snapshot(
    conn: &Connection,
    elsewhere: &dyn Fn(&str) -> Option<String>,
    hash: &str,
) -> Result<Questionnaire, Said> {
    let stored: Option<Result<String, Said>> = conn
        .query_row(
            "SELECT source FROM questionnaire_snapshot WHERE hash = ?1",
            [hash],
            |r| Ok(text(r.get_ref(0)?, usize::MAX)),
        )
        .ok();
    let source = match stored {
        Some(Ok(s)) if s.len() as u64 > MAX_FILE_BYTES => {
            return Err(what!(
                "store-problem-copy-too-large",
                mib = &(MAX_FILE_BYTES / (1024 * 1024)).to_string()
            ));
        }
        Some(Ok(s)) => s,
        Some(Err(e)) => {
            return Err(Said::new(|lang| {
                t!(lang, "store-problem-copy", what = e.get(lang))
            }));
        }
        None => elsewhere(hash).ok_or_else(|| what!("store-problem-no-copy"))?,
    };
    let q = load_str(&source, "<stored copy>").map_err(|e| {
        Said::new(|lang| {
            t!(
                lang,
                "store-problem-copy-not-loading",
                error = &e.message_in(lang)
            )
        })
    })?;
    if q.hash != hash {
        return Err(what!("store-problem-copy-differs"));
    }
    Ok(q)
}

fn check_answers(
    conn: &Connection,
    assessment: i64,
    place: &Place,
    q: Option<&Questionnaire>,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    // Who said it must be an attendee of this assessment: a citation of nobody would name
    // whoever is added next under that number.
    let attendees: Vec<i64> = numbers(
        conn,
        "SELECT number FROM attendee WHERE assessment_id = ?1 ORDER BY number",
        assessment,
    )?;
    let mut stmt = conn.prepare("SELECT * FROM answer WHERE assessment_id = ?1 ORDER BY rowid")?;
    let names: Vec<String> = stmt.column_names().map(str::to_string).collect();
    let col = |name: &str| names.iter().position(|n| n == name);
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let question = col("question_id")
            .map(|i| r.get_ref(i))
            .transpose()?
            .map_or(Err(what!("store-problem-missing")), |v| {
                text(v, MAX_TEXT_CHARS)
            });
        let here = match &question {
            Ok(qid) => place.question(qid),
            Err(_) => place.and(what!("store-problem-at-an-answer")),
        };
        let mut bad = |part: Said, what: Said| problems.push(Problem::new(&here.and(part), what));
        if let Err(e) = &question {
            bad(field("question id"), e.clone());
        }
        // Every text column, whatever this version calls them, follows the text rules.
        for (i, name) in names.iter().enumerate() {
            if matches!(
                name.as_str(),
                "assessment_id" | "question_id" | "maturity" | "not_applicable" | "due" | "basis"
            ) {
                continue;
            }
            if let ValueRef::Text(_) | ValueRef::Blob(_) = r.get_ref(i)?
                && let Err(e) = text(r.get_ref(i)?, MAX_TEXT_CHARS)
            {
                bad(column(name), e);
            }
        }
        let maturity = match col("maturity").map(|i| r.get_ref(i)).transpose()? {
            None | Some(ValueRef::Null) => None,
            Some(v) => match integer(v) {
                Ok(m) => Some(m),
                Err(e) => {
                    bad(field("maturity"), e);
                    None
                }
            },
        };
        let na = match col("not_applicable").map(|i| r.get_ref(i)).transpose()? {
            Some(ValueRef::Integer(0)) | None => false,
            Some(ValueRef::Integer(1)) => true,
            Some(_) => {
                bad(field("not applicable"), what!("store-problem-not-0-or-1"));
                false
            }
        };
        if na && maturity.is_some() {
            bad(field("maturity"), what!("store-problem-maturity-on-na"));
        }
        if let Some(i) = col("evidence") {
            match text(r.get_ref(i)?, MAX_TEXT_CHARS) {
                Ok(s) => match serde_json::from_str::<Vec<String>>(&s) {
                    Ok(items) => {
                        if let Some(e) = items
                            .iter()
                            .find_map(|item| check_text(item, MAX_TEXT_CHARS).err())
                        {
                            bad(
                                field("evidence"),
                                Said::new(|lang| {
                                    t!(lang, "store-problem-entry", what = e.get(lang))
                                }),
                            );
                        }
                    }
                    Err(_) => bad(field("evidence"), what!("store-problem-not-text-list")),
                },
                Err(e) => bad(field("evidence"), e),
            }
        }
        if let Some(i) = col("said_by") {
            match text(r.get_ref(i)?, MAX_TEXT_CHARS) {
                Ok(s) => match serde_json::from_str::<Vec<u32>>(&s) {
                    Ok(cited) => {
                        let unknown: Vec<String> = cited
                            .iter()
                            .filter(|n| !attendees.contains(&i64::from(**n)))
                            .map(|n| format!("A{n}"))
                            .collect();
                        if !unknown.is_empty() {
                            let unknown = unknown.join(", ");
                            let known: Vec<String> =
                                attendees.iter().map(|n| format!("A{n}")).collect();
                            let what = if known.is_empty() {
                                what!("store-problem-said-by-none", cited = &unknown)
                            } else {
                                what!(
                                    "store-problem-said-by-unknown",
                                    cited = &unknown,
                                    attendees = &known.join(", ")
                                )
                            };
                            bad(field("said by"), what);
                        }
                    }
                    Err(_) => bad(field("said by"), what!("store-problem-not-attendee-list")),
                },
                Err(e) => bad(field("said by"), e),
            }
        }
        if let Some(i) = col("carried_over")
            && let Err(e) = optional_text(r.get_ref(i)?, MAX_TEXT_CHARS)
                .and_then(|c| c.map(|c| carried_over(&c)).transpose())
        {
            bad(field("carried over"), e);
        }
        if let Some(i) = col("basis") {
            match optional_text(r.get_ref(i)?, MAX_TEXT_CHARS) {
                Ok(None) => {}
                Ok(Some(b)) if EvidenceBasis::parse(&b).is_some() => {}
                Ok(Some(b)) => bad(field("basis"), what!("store-problem-basis", given = &b)),
                Err(e) => bad(field("basis"), e),
            }
        }
        if let Some(i) = col("due")
            && let Err(e) = optional_text(r.get_ref(i)?, MAX_TEXT_CHARS)
                .and_then(|d| d.map(|d| date(&d)).transpose())
        {
            bad(field("due"), e);
        }
        if let Some(i) = col("updated_at")
            && let Err(e) = text(r.get_ref(i)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s))
        {
            bad(field("updated at"), e);
        }
        // Against the questionnaire: the scale, and not-applicable only on annex controls.
        let (Some(q), Ok(qid)) = (q, &question) else {
            continue;
        };
        let max = q.max_level();
        if let Some(m) = maturity
            && !(0..=i64::from(max)).contains(&m)
        {
            bad(
                field("maturity"),
                what!(
                    "store-problem-outside-scale",
                    level = &m.to_string(),
                    max = &max.to_string()
                ),
            );
        }
        if na
            && let Some(at) = q.question(qid)
            && at.section.kind == SectionKind::Clause
        {
            bad(
                field("not applicable"),
                what!(
                    "store-problem-na-on-clause",
                    reference = &at.requirement.reference
                ),
            );
        }
    }
    Ok(())
}

/// Every text of an answer kept as JSON in the history.
fn answer_texts(a: &Answer) -> Vec<&str> {
    let mut out = vec![
        a.finding.as_str(),
        a.recommendation.as_str(),
        a.management_response.as_str(),
        a.notes.as_str(),
        a.owner.as_str(),
    ];
    if let Response::NotApplicable { justification } = &a.response {
        out.push(justification);
    }
    out.extend(a.evidence.iter().map(String::as_str));
    out
}

fn check_history(
    conn: &Connection,
    assessment: i64,
    place: &Place,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare(concat!(
        "SELECT ",
        sequence_of!("id"),
        ", question_id, changed_at, old_value, new_value, author FROM answer_history WHERE ",
        history_of!("id", "?1"),
        " ORDER BY id"
    ))?;
    let mut rows = stmt.query(params![assessment])?;
    while let Some(r) = rows.next()? {
        let seq: i64 = r.get(0)?;
        let here = place.and(what!(
            "store-problem-at-history-entry",
            number = &seq.to_string()
        ));
        let mut bad =
            |field: &str, what: Said| problems.push(Problem::new(&here.field(field), what));
        if let Err(e) = text(r.get_ref(1)?, MAX_TEXT_CHARS) {
            bad("question id", e);
        }
        if let Err(e) = text(r.get_ref(2)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
            bad("changed at", e);
        }
        // A name, as `author::check` keeps it at input; a control character in it is made
        // safe wherever it is shown, so only its length and NUL refuse it.
        if let Err(e) = text(r.get_ref(5)?, crate::author::MAX_CHARS) {
            bad("author", e);
        }
        for (i, field) in [(3, "old value"), (4, "new value")] {
            let value = match (i, r.get_ref(i)?) {
                (3, ValueRef::Null) => continue,
                (_, v) => v,
            };
            // The JSON of a whole answer: several texts, each held to the text rule.
            let parsed = text(value, usize::MAX).and_then(|s| {
                serde_json::from_str::<Answer>(&s).map_err(|_| what!("store-problem-not-answer"))
            });
            match parsed {
                Ok(a) => {
                    if let Some(e) = answer_texts(&a)
                        .into_iter()
                        .find_map(|t| check_text(t, MAX_TEXT_CHARS).err())
                    {
                        bad(
                            field,
                            Said::new(|lang| {
                                t!(lang, "store-problem-answer-text", what = e.get(lang))
                            }),
                        );
                    }
                }
                Err(e) => bad(field, e),
            }
        }
    }
    Ok(())
}

/// Drafts and the reasons for including controls: text, and times that read.
fn check_others(
    conn: &Connection,
    assessment: i64,
    place: &Place,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    for (table, key, fields) in [
        ("draft", "question_id", &["field", "text"][..]),
        ("inclusion", "control", &["reason"][..]),
        ("self_rating", "question_id", &["comment"][..]),
        ("suggestion_verdict", "control", &["text", "author"][..]),
    ] {
        let sql = format!(
            "SELECT {key}, updated_at, {} FROM {table} WHERE assessment_id = ?1 ORDER BY rowid",
            fields.join(", ")
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query([assessment])?;
        while let Some(r) = rows.next()? {
            let here = match text(r.get_ref(0)?, MAX_TEXT_CHARS) {
                Ok(k) => place.and(row(table, &k)),
                Err(e) => {
                    let its = match key {
                        "control" => "store-problem-its-control",
                        _ => "store-problem-its-question-id",
                    };
                    problems.push(Problem::new(
                        &place.and(table_name(table)),
                        Said::new(|lang| t!(lang, its, what = e.get(lang))),
                    ));
                    continue;
                }
            };
            if let Err(e) = text(r.get_ref(1)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
                problems.push(Problem::new(&here.field("updated at"), e));
            }
            for (n, field) in fields.iter().enumerate() {
                if let Err(e) = text(r.get_ref(2 + n)?, MAX_TEXT_CHARS) {
                    problems.push(Problem::new(&here.field(field), e));
                }
            }
        }
    }
    check_inclusions(conn, assessment, place, problems)?;
    check_verdicts(conn, assessment, place, problems)?;
    check_conflicts(conn, assessment, place, problems)?;
    check_iso27001(conn, assessment, place, problems)
}

/// A table of an assessment's rows by its name in the database (`draft`, `attendee`), as a
/// problem's place names it.
fn table_name(table: &str) -> Said {
    Said::msg(&format!("store-problem-table-{}", table.replace('_', "-")))
}

/// One row of such a table, by its key: `draft 4.1-a`, `attendee A2`.
fn row(table: &str, key: &str) -> Said {
    let id = format!("store-problem-row-{}", table.replace('_', "-"));
    Said::new(|lang| t!(lang, &id, key = key))
}

/// Where an accepted suggestion came from: references of ISO/IEC 27001:2022 and a level.
fn carried_over(text: &str) -> Result<(), Said> {
    let c: crate::iso27001::CarriedOver =
        serde_json::from_str(text).map_err(|_| what!("store-problem-not-carry-over"))?;
    for r in &c.refs {
        if crate::iso27001::parse(r).as_ref() != Ok(r) {
            return Err(what!(
                "store-problem-carry-over-reference",
                reference = &crate::printable::one_line(r).to_string()
            ));
        }
    }
    Ok(())
}

/// The ISO 27001 references in place are references of the standard, in canonical form.
fn check_iso27001(
    conn: &Connection,
    assessment: i64,
    place: &Place,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare(
        "SELECT ref, updated_at FROM iso27001_in_place WHERE assessment_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let here = place.and(what!("store-problem-at-iso27001"));
        match text(r.get_ref(0)?, MAX_TEXT_CHARS) {
            Ok(reference) if crate::iso27001::parse(&reference).as_ref() == Ok(&reference) => {}
            Ok(reference) => problems.push(Problem::new(
                &here,
                what!(
                    "store-problem-iso27001-reference",
                    reference = &crate::printable::one_line(&reference).to_string()
                ),
            )),
            Err(e) => problems.push(Problem::new(&here, e)),
        }
        if let Err(e) = text(r.get_ref(1)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
            problems.push(Problem::new(&here.field("updated at"), e));
        }
    }
    Ok(())
}

/// A verdict on a suggestion is an exclusion or an inclusion, accepted or rejected: anything
/// else would not read back.
fn check_verdicts(
    conn: &Connection,
    assessment: i64,
    place: &Place,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare(
        "SELECT control, kind, verdict FROM suggestion_verdict WHERE assessment_id = ?1
         ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let Ok(control) = text(r.get_ref(0)?, MAX_TEXT_CHARS) else {
            continue; // reported with the texts
        };
        let kind = text(r.get_ref(1)?, MAX_TEXT_CHARS).unwrap_or_default();
        let verdict = text(r.get_ref(2)?, MAX_TEXT_CHARS).unwrap_or_default();
        if !matches!(kind.as_str(), "exclude" | "include")
            || !matches!(verdict.as_str(), "accepted" | "rejected")
        {
            problems.push(Problem::new(
                &place.and(row("suggestion_verdict", &control)),
                what!("store-problem-verdict", kind = &kind, verdict = &verdict),
            ));
        }
    }
    Ok(())
}

/// A conflict a merge left open names a field of an answer, two values that fit it, and two
/// readable times with their authors: resolving it writes one of the values into the answer.
fn check_conflicts(
    conn: &Connection,
    assessment: i64,
    place: &Place,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare(
        "SELECT question_id, field, left_value, right_value, left_at, left_author, right_at,
         right_author, found_at FROM merge_conflict WHERE assessment_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let mut bad = |at: Place, what: Said| problems.push(Problem::new(&at, what));
        let (question, field) = match (
            text(r.get_ref(0)?, MAX_TEXT_CHARS),
            text(r.get_ref(1)?, MAX_TEXT_CHARS),
        ) {
            (Ok(q), Ok(f)) => (q, f),
            (Err(e), _) | (_, Err(e)) => {
                bad(
                    place.and(what!("store-problem-at-merge-conflict")),
                    Said::new(|lang| {
                        t!(
                            lang,
                            "store-problem-its-question-or-field",
                            what = e.get(lang)
                        )
                    }),
                );
                continue;
            }
        };
        let here = place.and(what!(
            "store-problem-at-merge-conflict-on",
            question = &question,
            field = &field
        ));
        for (i, side) in [(2, "one side's value"), (3, "the other side's value")] {
            let value = optional_text(r.get_ref(i)?, MAX_TEXT_CHARS * 4).and_then(|v| {
                serde_json::from_str::<serde_json::Value>(v.as_deref().unwrap_or("null"))
                    .map_err(|e| what!("store-problem-not-json", error = &e.to_string()))
            });
            if let Err(e) = value.and_then(|v| answer_field(&field, &v)) {
                bad(here.field(side), e);
            }
        }
        for (i, what) in [(4, "changed at"), (6, "changed at"), (8, "found at")] {
            if let Err(e) = text(r.get_ref(i)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
                bad(here.field(what), e);
            }
        }
        for i in [5, 7] {
            if let Err(e) = text(r.get_ref(i)?, MAX_TEXT_CHARS) {
                bad(here.field("author"), e);
            }
        }
    }
    Ok(())
}

/// Whether `value` (JSON) fits the field `field` of an answer, as a conflict's resolution
/// writes it (`merge::with_field`).
fn answer_field(field: &str, value: &serde_json::Value) -> Result<(), Said> {
    let Err(e) = crate::merge::with_field(&Answer::default(), field, value) else {
        return Ok(());
    };
    if !crate::merge::FIELDS.contains(&field) {
        return Err(what!(
            "store-problem-not-answer-field",
            field = field,
            fields = &crate::merge::FIELDS.join(", ")
        ));
    }
    // What serde said, after the value.
    let prefix = format!("{value} does not fit: ");
    Err(match e.strip_prefix(&prefix) {
        Some(error) => what!(
            "store-problem-value-does-not-fit",
            value = &value.to_string(),
            error = error
        ),
        None => Said::quoted(e),
    })
}

/// An inclusion's type is one of the four, and the risks it names are a list of numbers of
/// the assessment's register: a dangling one would name whatever risk is added next.
fn check_inclusions(
    conn: &Connection,
    assessment: i64,
    place: &Place,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    let register: Vec<i64> = numbers(
        conn,
        "SELECT number FROM risk WHERE assessment_id = ?1",
        assessment,
    )?;
    let mut stmt = conn.prepare(
        "SELECT control, kind, risks FROM inclusion WHERE assessment_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let Ok(control) = text(r.get_ref(0)?, MAX_TEXT_CHARS) else {
            continue; // reported with the reasons
        };
        let here = place.and(row("inclusion", &control));
        let kind = match optional_text(r.get_ref(1)?, MAX_TEXT_CHARS) {
            Ok(None) => None,
            Ok(Some(k)) => match crate::soa::ReasonKind::parse(&k) {
                Some(k) => Some(k),
                None => {
                    problems.push(Problem::new(
                        &here.field("type"),
                        what!("store-problem-reason-kind", given = &k),
                    ));
                    continue;
                }
            },
            Err(e) => {
                problems.push(Problem::new(&here.field("type"), e));
                continue;
            }
        };
        let risks = text(r.get_ref(2)?, MAX_TEXT_CHARS).and_then(|s| {
            serde_json::from_str::<Vec<u32>>(&s).map_err(|_| what!("store-problem-not-risk-list"))
        });
        let what = match risks {
            Err(e) => Some(e),
            Ok(list) => match list.iter().find(|n| !register.contains(&i64::from(**n))) {
                Some(n) => Some(what!(
                    "store-problem-risk-not-in-register",
                    risk = &format!("R{n}")
                )),
                None if !list.is_empty() && kind != Some(crate::soa::ReasonKind::Risk) => {
                    Some(what!("store-problem-risks-not-risk-treatment"))
                }
                None => None,
            },
        };
        if let Some(what) = what {
            problems.push(Problem::new(&here.field("risks"), what));
        }
    }
    Ok(())
}

/// The engagement record: attendees and documents (text, a number, a date), document
/// control (texts, the distribution list, dates, the time of finalising) and events.
fn check_record(
    conn: &Connection,
    assessment: i64,
    place: &Place,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    let mut bad = |at: Place, what: Said| problems.push(Problem::new(&place.and_all(&at), what));
    let part = |id: &str| Place::default().and(Said::msg(id));
    let not_blank = |v: ValueRef<'_>| {
        text(v, MAX_TEXT_CHARS).and_then(|s| {
            if s.trim().is_empty() {
                Err(what!("store-problem-empty"))
            } else {
                Ok(s)
            }
        })
    };
    let a_date = |v: ValueRef<'_>| -> Result<(), Said> {
        match optional_text(v, MAX_TEXT_CHARS)? {
            None => Ok(()),
            Some(s) => date(&s)
                .and_then(|d| check_year("date", d).map_err(|e| answer_error(&e)))
                .map(|_| ()),
        }
    };
    for (table, letter, fields) in [
        ("attendee", 'A', &["name", "role"][..]),
        ("reviewed_document", 'D', &["title", "version", "dated"][..]),
        ("risk", 'R', &["title", "level"][..]),
    ] {
        let sql = format!(
            "SELECT number, updated_at, {} FROM {table} WHERE assessment_id = ?1 ORDER BY rowid",
            fields.join(", ")
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query([assessment])?;
        while let Some(r) = rows.next()? {
            let whole = Place::default().and(table_name(table));
            let here = match integer(r.get_ref(0)?) {
                Ok(n) if n > 0 && n <= i64::from(u32::MAX) => {
                    Place::default().and(row(table, &format!("{letter}{n}")))
                }
                Ok(n) => {
                    bad(
                        whole,
                        what!("store-problem-number-out-of-range", number = &n.to_string()),
                    );
                    continue;
                }
                Err(e) => {
                    bad(
                        whole,
                        Said::new(|lang| t!(lang, "store-problem-its-number", what = e.get(lang))),
                    );
                    continue;
                }
            };
            if let Err(e) = text(r.get_ref(1)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
                bad(here.field("updated at"), e);
            }
            for (n, field) in fields.iter().enumerate() {
                let v = r.get_ref(2 + n)?;
                let checked = match (n, *field) {
                    (0, _) => not_blank(v).map(|_| ()),
                    (_, "dated") => a_date(v),
                    (_, "level") => text(v, MAX_TEXT_CHARS).and_then(|l| {
                        crate::soa::RiskLevel::parse(&l)
                            .map(|_| ())
                            .ok_or_else(|| what!("store-problem-risk-level", given = &l))
                    }),
                    _ => text(v, MAX_TEXT_CHARS).map(|_| ()),
                };
                if let Err(e) = checked {
                    bad(here.field(field), e);
                }
            }
        }
    }

    let mut stmt = conn.prepare(
        "SELECT report_version, confidentiality, prepared_by, reviewed_by, approved_by,
         distribution, prepared_on, reviewed_on, approved_on, finalised_at, updated_at
         FROM document_control WHERE assessment_id = ?1",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let here = part("store-problem-at-document-control");
        for (i, field) in [
            (0, "report version"),
            (1, "confidentiality"),
            (2, "prepared by"),
            (3, "reviewed by"),
            (4, "approved by"),
        ] {
            if let Err(e) = text(r.get_ref(i)?, MAX_TEXT_CHARS) {
                bad(here.field(field), e);
            }
        }
        let list = text(r.get_ref(5)?, MAX_TEXT_CHARS).and_then(|s| {
            let items: Vec<String> =
                serde_json::from_str(&s).map_err(|_| what!("store-problem-not-name-list"))?;
            items.iter().try_for_each(|i| check_text(i, MAX_TEXT_CHARS))
        });
        if let Err(e) = list {
            bad(here.field("distribution"), e);
        }
        for (i, field) in [(6, "prepared on"), (7, "reviewed on"), (8, "approved on")] {
            if let Err(e) = a_date(r.get_ref(i)?) {
                bad(here.field(field), e);
            }
        }
        if let Err(e) = optional_text(r.get_ref(9)?, MAX_TEXT_CHARS)
            .and_then(|s| s.map(|s| timestamp(&s)).transpose())
        {
            bad(here.field("finalised at"), e);
        }
        if let Err(e) = text(r.get_ref(10)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
            bad(here.field("updated at"), e);
        }
    }

    let mut stmt =
        conn.prepare("SELECT text, updated_at FROM narrative WHERE assessment_id = ?1")?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let here = part("store-problem-at-narrative");
        if let Err(e) = text(r.get_ref(0)?, MAX_TEXT_CHARS) {
            bad(here.clone(), e);
        }
        if let Err(e) = text(r.get_ref(1)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
            bad(here.field("updated at"), e);
        }
    }

    // The AI systems: a name, a purpose, roles as a list of texts, a class that reads.
    let mut stmt = conn.prepare(
        "SELECT number, name, purpose, roles, eu_class FROM ai_system WHERE assessment_id = ?1
         ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let here = match integer(r.get_ref(0)?) {
            Ok(n) if n > 0 && n <= i64::from(u32::MAX) => Place::default().and(what!(
                "store-problem-at-ai-system",
                system = &format!("S{n}")
            )),
            _ => {
                bad(
                    part("store-problem-table-ai-system"),
                    what!("store-problem-number-not-positive"),
                );
                continue;
            }
        };
        if let Err(e) = not_blank(r.get_ref(1)?) {
            bad(here.field("name"), e);
        }
        if let Err(e) = text(r.get_ref(2)?, MAX_TEXT_CHARS) {
            bad(here.field("purpose"), e);
        }
        if let Err(e) = text(r.get_ref(3)?, MAX_TEXT_CHARS).and_then(|s| {
            let roles: Vec<String> =
                serde_json::from_str(&s).map_err(|_| what!("store-problem-not-role-list"))?;
            roles.iter().try_for_each(|r| check_text(r, 100))
        }) {
            bad(here.field("roles"), e);
        }
        if let Err(e) = text(r.get_ref(4)?, MAX_TEXT_CHARS).and_then(|c| {
            crate::systems::EuClass::parse(&c)
                .map(|_| ())
                .ok_or_else(|| what!("store-problem-eu-class", given = &c))
        }) {
            bad(here.field("EU AI Act class"), e);
        }
    }

    // The parking lot: a question id, a short text, the time parked and (once resolved) the
    // time resolved, both readable.
    let mut stmt = conn.prepare(
        "SELECT question_id, text, parked_at, resolved_at FROM open_point
         WHERE assessment_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let here = match text(r.get_ref(0)?, MAX_TEXT_CHARS) {
            Ok(q) => Place::default().and(what!("store-problem-at-open-point", question = &q)),
            Err(e) => {
                bad(
                    part("store-problem-table-open-point"),
                    Said::new(|lang| t!(lang, "store-problem-its-question", what = e.get(lang))),
                );
                continue;
            }
        };
        if let Err(e) = not_blank(r.get_ref(1)?).and_then(|s| {
            crate::engagement::point_text(&s)
                .map(|_| ())
                .map_err(|e| Said::new(|lang| e.message_in(lang)))
        }) {
            bad(here.field("text"), e);
        }
        if let Err(e) = text(r.get_ref(2)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
            bad(here.field("parked at"), e);
        }
        if let Err(e) = optional_text(r.get_ref(3)?, MAX_TEXT_CHARS)
            .and_then(|s| s.map(|s| timestamp(&s)).transpose())
        {
            bad(here.field("resolved at"), e);
        }
    }

    // The workshop clock: a section id, minutes within a day; sittings with readable times
    // and no negative time.
    let mut stmt = conn.prepare(
        "SELECT section_id, minutes FROM timebox WHERE assessment_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let here = part("store-problem-at-timebox");
        if let Err(e) = text(r.get_ref(0)?, MAX_TEXT_CHARS) {
            bad(here.field("section"), e);
        }
        match integer(r.get_ref(1)?) {
            Ok(m) if (1..=i64::from(crate::clock::MAX_TIMEBOX_MINUTES)).contains(&m) => {}
            Ok(m) => bad(
                here.field("minutes"),
                what!("store-problem-minutes", minutes = &m.to_string()),
            ),
            Err(e) => bad(here.field("minutes"), e),
        }
    }
    let mut stmt = conn.prepare(
        "SELECT started_at, ended_at, section_id, millis FROM sitting_time
         WHERE assessment_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let here = part("store-problem-at-sitting");
        for (i, what) in [(0, "started at"), (1, "ended at")] {
            if let Err(e) = text(r.get_ref(i)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
                bad(here.field(what), e);
            }
        }
        if let Err(e) = text(r.get_ref(2)?, MAX_TEXT_CHARS) {
            bad(here.field("section"), e);
        }
        match integer(r.get_ref(3)?) {
            Ok(m) if m >= 0 => {}
            Ok(m) => bad(
                here.field("time"),
                what!("store-problem-negative", value = &m.to_string()),
            ),
            Err(e) => bad(here.field("time"), e),
        }
    }

    // Copies handed out: an assessor's name, a way of scoring, readable times, and figures
    // that fit together.
    let mut stmt = conn.prepare(
        "SELECT uuid, assessor, scores, handed_at, file, returned_at, compared, within_one
         FROM handout WHERE assessment_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let here = part("store-problem-at-handout");
        if let Err(e) = text(r.get_ref(0)?, MAX_TEXT_CHARS) {
            bad(here.field("identity"), e);
        }
        match text(r.get_ref(1)?, MAX_TEXT_CHARS) {
            Ok(s) => match crate::author::checked(&s) {
                Ok(name) if name.is_empty() => {
                    bad(here.field("assessor"), what!("store-problem-empty"))
                }
                Ok(_) => {}
                Err(None) => bad(here.field("assessor"), what!("store-problem-name-control")),
                Err(Some(n)) => bad(
                    here.field("assessor"),
                    what!(
                        "store-problem-name-too-long",
                        length = &n.to_string(),
                        max = &crate::author::MAX_CHARS.to_string()
                    ),
                ),
            },
            Err(e) => bad(here.field("assessor"), e),
        }
        match text(r.get_ref(2)?, MAX_TEXT_CHARS) {
            Ok(s) if crate::calibration::Scores::parse(&s).is_some() => {}
            Ok(s) => bad(
                here.field("scores"),
                what!("store-problem-scores", given = &format!("{s:?}")),
            ),
            Err(e) => bad(here.field("scores"), e),
        }
        if let Err(e) = text(r.get_ref(3)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
            bad(here.field("handed out at"), e);
        }
        if let Err(e) = text(r.get_ref(4)?, MAX_TEXT_CHARS) {
            bad(here.field("file"), e);
        }
        if let Err(e) = optional_text(r.get_ref(5)?, MAX_TEXT_CHARS)
            .and_then(|s| s.map(|s| timestamp(&s)).transpose())
        {
            bad(here.field("returned at"), e);
        }
        let count = |i: usize| -> Result<Option<i64>, Said> {
            match r.get_ref(i).map_err(sqlite)? {
                ValueRef::Null => Ok(None),
                v => integer(v).map(Some),
            }
        };
        match (count(6), count(7)) {
            (Ok(c), Ok(w)) => {
                if c.is_some_and(|c| c < 0) || w.is_some_and(|w| w < 0 || Some(w) > c) {
                    bad(
                        here.field("agreement"),
                        Said::new(|lang| {
                            // English as it always said it; another language plainly.
                            let figure = |n: Option<i64>| match lang {
                                Lang::En => format!("{n:?}"),
                                _ => n.map_or_else(|| "–".to_string(), |n| n.to_string()),
                            };
                            t!(
                                lang,
                                "store-problem-agreement",
                                within = &figure(w),
                                compared = &figure(c)
                            )
                        }),
                    );
                }
            }
            (Err(e), _) | (_, Err(e)) => bad(here.field("agreement"), e),
        }
    }

    let mut stmt = conn.prepare(
        "SELECT at, event, detail FROM assessment_event WHERE assessment_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let here = part("store-problem-at-event");
        if let Err(e) = text(r.get_ref(0)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
            bad(here.field("time"), e);
        }
        if let Err(e) = text(r.get_ref(2)?, MAX_TEXT_CHARS) {
            bad(here.field("detail"), e);
        }
    }
    Ok(())
}

/// The whole numbers an assessment's register holds (attendees, risks), from `sql` with the
/// assessment as its one parameter; a value of another type is left out, for the row's own
/// check to report.
fn numbers(conn: &Connection, sql: &str, assessment: i64) -> rusqlite::Result<Vec<i64>> {
    conn.prepare(sql)?
        .query_map([assessment], |r| r.get::<_, rusqlite::types::Value>(0))?
        .filter_map(|v| match v {
            Ok(rusqlite::types::Value::Integer(n)) => Some(Ok(n)),
            Ok(_) => None,
            Err(e) => Some(Err(e)),
        })
        .collect()
}
