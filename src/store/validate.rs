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

use std::collections::HashMap;

use jiff::Timestamp;
use jiff::civil::Date;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, params};

use crate::assessment::{
    self, Answer, EffortDays, EvidenceBasis, MAX_TEXT_CHARS, Response, check_audit_cycle,
    check_capacity, check_year,
};
use crate::questionnaire::catalog::MAX_FILE_BYTES;
use crate::questionnaire::{Questionnaire, SectionKind, load_str};

/// One thing wrong in a backup, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// "assessment 3 (Acme Ltd), question 4.1-a, maturity"
    pub place: String,
    pub what: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place, self.what)
    }
}

/// A value as read, before it is trusted: text must be UTF-8, without NUL, not too long.
fn text(value: ValueRef<'_>, limit: usize) -> Result<String, String> {
    let bytes = match value {
        ValueRef::Text(t) => t,
        ValueRef::Null => return Err("is empty (NULL)".into()),
        ValueRef::Blob(_) => return Err("is binary data, not text".into()),
        ValueRef::Integer(_) | ValueRef::Real(_) => return Err("is a number, not text".into()),
    };
    let s = std::str::from_utf8(bytes)
        .map_err(|e| format!("is not valid UTF-8 text (bad byte at {})", e.valid_up_to()))?;
    check_text(s, limit)?;
    Ok(s.to_string())
}

fn check_text(s: &str, limit: usize) -> Result<(), String> {
    if s.contains('\0') {
        return Err("holds a NUL byte".into());
    }
    let n = s.chars().count();
    if n > limit {
        return Err(format!("is {n} characters long; at most {limit} are kept"));
    }
    Ok(())
}

fn optional_text(value: ValueRef<'_>, limit: usize) -> Result<Option<String>, String> {
    match value {
        ValueRef::Null => Ok(None),
        v => text(v, limit).map(Some),
    }
}

fn real(value: ValueRef<'_>) -> Result<f64, String> {
    match value {
        ValueRef::Real(r) => Ok(r),
        ValueRef::Integer(i) => Ok(i as f64),
        _ => Err("is not a number".into()),
    }
}

fn integer(value: ValueRef<'_>) -> Result<i64, String> {
    match value {
        ValueRef::Integer(i) => Ok(i),
        _ => Err("is not a whole number".into()),
    }
}

fn date(s: &str) -> Result<Date, String> {
    assessment::parse_date(s)
}

fn timestamp(s: &str) -> Result<Timestamp, String> {
    s.parse::<Timestamp>()
        .map_err(|_| format!("\"{s}\" is not a time (such as 2026-05-04T09:30:00Z)"))
}

/// Checks every assessment of the backup open on `conn` (the schema brought up to date);
/// `snapshot` finds a questionnaire's text by hash where the backup has none. Returns every
/// problem found, in order; empty when the backup may be restored.
pub(super) fn check(
    conn: &Connection,
    snapshot: &dyn Fn(&str) -> Option<String>,
) -> rusqlite::Result<Vec<Problem>> {
    let mut problems = Vec::new();
    let mut questionnaires: HashMap<String, Result<Questionnaire, String>> = HashMap::new();
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
        let place = match &organisation {
            Ok(o) => format!("assessment {id} ({o})"),
            Err(_) => format!("assessment {id}"),
        };
        let mut bad = |field: &str, what: String| {
            problems.push(Problem {
                place: format!("{place}, {field}"),
                what,
            })
        };
        match &organisation {
            Ok(o) if o.trim().is_empty() => bad("organisation", "is empty".into()),
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
                        bad(field, e.to_string());
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
        let settings = (|| -> Result<(), String> {
            check_capacity(real(r.get_ref(11).map_err(|e| e.to_string())?)?)
                .map_err(|e| e.to_string())?;
            let effort = |i: usize| -> Result<f64, String> {
                real(r.get_ref(i).map_err(|e| e.to_string())?)
            };
            EffortDays {
                s: effort(14)?,
                m: effort(15)?,
                l: effort(16)?,
            }
            .check()
            .map_err(|e| e.to_string())?;
            check_audit_cycle(real(r.get_ref(17).map_err(|e| e.to_string())?)?)
                .map_err(|e| e.to_string())?;
            let json = |i: usize| text(r.get_ref(i).map_err(|e| e.to_string())?, MAX_TEXT_CHARS);
            super::plan_columns(&json(18)?, &json(19)?)?;
            let rate = r.get_ref(20).map_err(|e| e.to_string())?;
            if rate != rusqlite::types::ValueRef::Null {
                crate::assessment::DayRate::new(real(rate)?, &json(21)?)?;
            }
            Ok(())
        })();
        if let Err(e) = settings {
            bad("roadmap settings", e);
        }
        if let Err(e) =
            text(r.get_ref(22)?, MAX_TEXT_CHARS).and_then(|code| super::stored_lang(&code))
        {
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
                            format!("names \"{qid}\" but its stored copy is \"{}\"", q.id),
                        );
                        None
                    }
                    Ok(q) => Some(q),
                }
            }
        };
        if let Some(q) = &questionnaire {
            let max = q.max_level();
            match integer(r.get_ref(5)?) {
                Ok(t) if (0..=i64::from(max)).contains(&t) => {}
                Ok(t) => bad(
                    "target",
                    format!("{t} is outside the questionnaire's scale, 0 to {max}"),
                ),
                Err(e) => bad("target", e),
            }
            // The client's self-ratings are levels of the same scale.
            let mut stmt = conn.prepare(
                "SELECT quote(question_id), level FROM self_rating WHERE assessment_id = ?1
                 AND typeof(level) = 'integer' AND (level < 0 OR level > ?2) ORDER BY rowid",
            )?;
            let outside = stmt
                .query_map(params![id, max], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for (question, level) in outside {
                bad(
                    &format!("self-assessment of question {question}"),
                    format!("the level {level} is outside the questionnaire's scale, 0 to {max}"),
                );
            }
        }
        let place = place.clone();
        check_answers(conn, id, &place, questionnaire.as_ref(), &mut problems)?;
        check_history(conn, id, &place, &mut problems)?;
        check_others(conn, id, &place, &mut problems)?;
        check_record(conn, id, &place, &mut problems)?;
    }
    check_uuids(conn, &mut problems)?;
    Ok(problems)
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
        "SELECT 'assessment ' || id, uuid FROM assessment
         UNION ALL
         SELECT 'assessment ' || assessment_id || ', question ' || quote(question_id), uuid
         FROM answer",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let place: String = r.get(0)?;
        let ok = match r.get_ref(1)? {
            ValueRef::Null => true,
            ValueRef::Text(t) => std::str::from_utf8(t).is_ok_and(is_uuid),
            _ => false,
        };
        if !ok {
            problems.push(Problem {
                place: format!("{place}, uuid"),
                what: "is not a UUID (8-4-4-4-12 lower-case hexadecimal digits)".into(),
            });
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
) -> Result<Questionnaire, String> {
    let stored: Option<Result<String, String>> = conn
        .query_row(
            "SELECT source FROM questionnaire_snapshot WHERE hash = ?1",
            [hash],
            |r| Ok(text(r.get_ref(0)?, usize::MAX)),
        )
        .ok();
    let source = match stored {
        Some(Ok(s)) if s.len() as u64 > MAX_FILE_BYTES => {
            return Err(format!(
                "its stored copy is larger than {} MiB",
                MAX_FILE_BYTES / (1024 * 1024)
            ));
        }
        Some(Ok(s)) => s,
        Some(Err(e)) => return Err(format!("its stored copy {e}")),
        None => elsewhere(hash).ok_or("the backup holds no copy of it")?,
    };
    let q = load_str(&source, "<stored copy>")
        .map_err(|e| format!("its stored copy does not load: {e}"))?;
    if q.hash != hash {
        return Err(
            "its stored copy is not the text it was taken against (the hash differs)".into(),
        );
    }
    Ok(q)
}

fn check_answers(
    conn: &Connection,
    assessment: i64,
    place: &str,
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
            .map_or(Err("is missing".into()), |v| text(v, MAX_TEXT_CHARS));
        let here = match &question {
            Ok(qid) => format!("{place}, question {qid}"),
            Err(_) => format!("{place}, an answer"),
        };
        let mut bad = |field: &str, what: String| {
            problems.push(Problem {
                place: format!("{here}, {field}"),
                what,
            })
        };
        if let Err(e) = &question {
            bad("question id", e.clone());
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
                bad(name, e);
            }
        }
        let maturity = match col("maturity").map(|i| r.get_ref(i)).transpose()? {
            None | Some(ValueRef::Null) => None,
            Some(v) => match integer(v) {
                Ok(m) => Some(m),
                Err(e) => {
                    bad("maturity", e);
                    None
                }
            },
        };
        let na = match col("not_applicable").map(|i| r.get_ref(i)).transpose()? {
            Some(ValueRef::Integer(0)) | None => false,
            Some(ValueRef::Integer(1)) => true,
            Some(_) => {
                bad("not applicable", "is neither 0 nor 1".into());
                false
            }
        };
        if na && maturity.is_some() {
            bad(
                "maturity",
                "is given on an answer marked not applicable".into(),
            );
        }
        if let Some(i) = col("evidence") {
            match text(r.get_ref(i)?, MAX_TEXT_CHARS) {
                Ok(s) => match serde_json::from_str::<Vec<String>>(&s) {
                    Ok(items) => {
                        if let Some(e) = items
                            .iter()
                            .find_map(|item| check_text(item, MAX_TEXT_CHARS).err())
                        {
                            bad("evidence", format!("has an entry that {e}"));
                        }
                    }
                    Err(_) => bad("evidence", "is not a JSON list of texts".into()),
                },
                Err(e) => bad("evidence", e),
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
                            let known = if attendees.is_empty() {
                                "it records no attendees".to_string()
                            } else {
                                let list: Vec<String> =
                                    attendees.iter().map(|n| format!("A{n}")).collect();
                                format!("its attendees are {}", list.join(", "))
                            };
                            bad(
                                "said by",
                                format!(
                                    "names {}, not an attendee of the assessment ({known})",
                                    unknown.join(", ")
                                ),
                            );
                        }
                    }
                    Err(_) => bad(
                        "said by",
                        "is not a JSON list of attendee numbers (such as [1, 3])".into(),
                    ),
                },
                Err(e) => bad("said by", e),
            }
        }
        if let Some(i) = col("carried_over")
            && let Err(e) = optional_text(r.get_ref(i)?, MAX_TEXT_CHARS)
                .and_then(|c| c.map(|c| carried_over(&c)).transpose())
        {
            bad("carried over", e);
        }
        if let Some(i) = col("basis") {
            match optional_text(r.get_ref(i)?, MAX_TEXT_CHARS) {
                Ok(None) => {}
                Ok(Some(b)) if EvidenceBasis::parse(&b).is_some() => {}
                Ok(Some(b)) => bad(
                    "basis",
                    format!("\"{b}\" is not one of interview, document, observed"),
                ),
                Err(e) => bad("basis", e),
            }
        }
        if let Some(i) = col("due")
            && let Err(e) = optional_text(r.get_ref(i)?, MAX_TEXT_CHARS)
                .and_then(|d| d.map(|d| date(&d)).transpose())
        {
            bad("due", e);
        }
        if let Some(i) = col("updated_at")
            && let Err(e) = text(r.get_ref(i)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s))
        {
            bad("updated at", e);
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
                "maturity",
                format!("{m} is outside the questionnaire's scale, 0 to {max}"),
            );
        }
        if na
            && let Some(at) = q.question(qid)
            && at.section.kind == SectionKind::Clause
        {
            bad(
                "not applicable",
                format!(
                    "{} is a clause requirement, which cannot be marked not applicable",
                    at.requirement.reference
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
    place: &str,
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
        let here = format!("{place}, history entry {seq}");
        let mut bad = |field: &str, what: String| {
            problems.push(Problem {
                place: format!("{here}, {field}"),
                what,
            })
        };
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
                serde_json::from_str::<Answer>(&s).map_err(|_| "is not an answer".to_string())
            });
            match parsed {
                Ok(a) => {
                    if let Some(e) = answer_texts(&a)
                        .into_iter()
                        .find_map(|t| check_text(t, MAX_TEXT_CHARS).err())
                    {
                        bad(field, format!("has a text that {e}"));
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
    place: &str,
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
                Ok(k) => format!("{place}, {table} {k}"),
                Err(e) => {
                    problems.push(Problem {
                        place: format!("{place}, {table}"),
                        what: format!("its {key} {e}"),
                    });
                    continue;
                }
            };
            if let Err(e) = text(r.get_ref(1)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
                problems.push(Problem {
                    place: format!("{here}, updated at"),
                    what: e,
                });
            }
            for (n, field) in fields.iter().enumerate() {
                if let Err(e) = text(r.get_ref(2 + n)?, MAX_TEXT_CHARS) {
                    problems.push(Problem {
                        place: format!("{here}, {field}"),
                        what: e,
                    });
                }
            }
        }
    }
    check_inclusions(conn, assessment, place, problems)?;
    check_verdicts(conn, assessment, place, problems)?;
    check_conflicts(conn, assessment, place, problems)?;
    check_iso27001(conn, assessment, place, problems)
}

/// Where an accepted suggestion came from: references of ISO/IEC 27001:2022 and a level.
fn carried_over(text: &str) -> Result<(), String> {
    let c: crate::iso27001::CarriedOver = serde_json::from_str(text)
        .map_err(|_| "is not a carry-over (a list of ISO 27001 references and a level)")?;
    for r in &c.refs {
        if crate::iso27001::parse(r).as_ref() != Ok(r) {
            return Err(format!(
                "names \"{}\", not a clause or control of ISO/IEC 27001:2022",
                crate::printable::one_line(r)
            ));
        }
    }
    Ok(())
}

/// The ISO 27001 references in place are references of the standard, in canonical form.
fn check_iso27001(
    conn: &Connection,
    assessment: i64,
    place: &str,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare(
        "SELECT ref, updated_at FROM iso27001_in_place WHERE assessment_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let here = format!("{place}, ISO 27001 in place");
        match text(r.get_ref(0)?, MAX_TEXT_CHARS) {
            Ok(reference) if crate::iso27001::parse(&reference).as_ref() == Ok(&reference) => {}
            Ok(reference) => problems.push(Problem {
                place: here.clone(),
                what: format!(
                    "\"{}\" is not a clause or control of ISO/IEC 27001:2022",
                    crate::printable::one_line(&reference)
                ),
            }),
            Err(e) => problems.push(Problem {
                place: here.clone(),
                what: e,
            }),
        }
        if let Err(e) = text(r.get_ref(1)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
            problems.push(Problem {
                place: format!("{here}, updated at"),
                what: e,
            });
        }
    }
    Ok(())
}

/// A verdict on a suggestion is an exclusion or an inclusion, accepted or rejected: anything
/// else would not read back.
fn check_verdicts(
    conn: &Connection,
    assessment: i64,
    place: &str,
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
            problems.push(Problem {
                place: format!("{place}, suggestion_verdict {control}"),
                what: format!(
                    "\"{kind}\" \"{verdict}\" is not a verdict on a suggestion (exclude or include, accepted or rejected)"
                ),
            });
        }
    }
    Ok(())
}

/// A conflict a merge left open names a field of an answer, two values that fit it, and two
/// readable times with their authors: resolving it writes one of the values into the answer.
fn check_conflicts(
    conn: &Connection,
    assessment: i64,
    place: &str,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare(
        "SELECT question_id, field, left_value, right_value, left_at, left_author, right_at,
         right_author, found_at FROM merge_conflict WHERE assessment_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        let mut bad = |at: String, what: String| {
            problems.push(Problem {
                place: format!("{place}, {at}"),
                what,
            });
        };
        let (question, field) = match (
            text(r.get_ref(0)?, MAX_TEXT_CHARS),
            text(r.get_ref(1)?, MAX_TEXT_CHARS),
        ) {
            (Ok(q), Ok(f)) => (q, f),
            (Err(e), _) | (_, Err(e)) => {
                bad(
                    "merge conflict".into(),
                    format!("its question or field {e}"),
                );
                continue;
            }
        };
        let here = format!("merge conflict on {question} {field}");
        for (i, side) in [(2, "one side's value"), (3, "the other side's value")] {
            let value = optional_text(r.get_ref(i)?, MAX_TEXT_CHARS * 4).and_then(|v| {
                serde_json::from_str::<serde_json::Value>(v.as_deref().unwrap_or("null"))
                    .map_err(|e| format!("is not JSON: {e}"))
            });
            if let Err(e) = value
                .and_then(|v| crate::merge::with_field(&Answer::default(), &field, &v).map(|_| ()))
            {
                bad(format!("{here}, {side}"), e);
            }
        }
        for (i, what) in [(4, "changed at"), (6, "changed at"), (8, "found at")] {
            if let Err(e) = text(r.get_ref(i)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
                bad(format!("{here}, {what}"), e);
            }
        }
        for i in [5, 7] {
            if let Err(e) = text(r.get_ref(i)?, MAX_TEXT_CHARS) {
                bad(format!("{here}, author"), e);
            }
        }
    }
    Ok(())
}

/// An inclusion's type is one of the four, and the risks it names are a list of numbers of
/// the assessment's register: a dangling one would name whatever risk is added next.
fn check_inclusions(
    conn: &Connection,
    assessment: i64,
    place: &str,
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
        let here = format!("{place}, inclusion {control}");
        let kind = match optional_text(r.get_ref(1)?, MAX_TEXT_CHARS) {
            Ok(None) => None,
            Ok(Some(k)) => match crate::soa::ReasonKind::parse(&k) {
                Some(k) => Some(k),
                None => {
                    problems.push(Problem {
                        place: format!("{here}, type"),
                        what: format!(
                            "\"{k}\" is not a type of reason (risk, legal, contractual, business)"
                        ),
                    });
                    continue;
                }
            },
            Err(e) => {
                problems.push(Problem {
                    place: format!("{here}, type"),
                    what: e,
                });
                continue;
            }
        };
        let risks = text(r.get_ref(2)?, MAX_TEXT_CHARS).and_then(|s| {
            serde_json::from_str::<Vec<u32>>(&s)
                .map_err(|_| "is not a list of risk numbers".to_string())
        });
        let what = match risks {
            Err(e) => Some(e),
            Ok(list) => match list.iter().find(|n| !register.contains(&i64::from(**n))) {
                Some(n) => Some(format!("names R{n}, which is not in the risk register")),
                None if !list.is_empty() && kind != Some(crate::soa::ReasonKind::Risk) => {
                    Some("names risks, but the reason is not risk treatment".into())
                }
                None => None,
            },
        };
        if let Some(what) = what {
            problems.push(Problem {
                place: format!("{here}, risks"),
                what,
            });
        }
    }
    Ok(())
}

/// The engagement record: attendees and documents (text, a number, a date), document
/// control (texts, the distribution list, dates, the time of finalising) and events.
fn check_record(
    conn: &Connection,
    assessment: i64,
    place: &str,
    problems: &mut Vec<Problem>,
) -> rusqlite::Result<()> {
    let mut bad = |field: String, what: String| {
        problems.push(Problem {
            place: format!("{place}, {field}"),
            what,
        })
    };
    let not_blank = |v: ValueRef<'_>| {
        text(v, MAX_TEXT_CHARS).and_then(|s| {
            if s.trim().is_empty() {
                Err("is empty".to_string())
            } else {
                Ok(s)
            }
        })
    };
    let a_date = |v: ValueRef<'_>| -> Result<(), String> {
        match optional_text(v, MAX_TEXT_CHARS)? {
            None => Ok(()),
            Some(s) => date(&s)
                .and_then(|d| check_year("date", d).map_err(|e| e.to_string()))
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
            let here = match integer(r.get_ref(0)?) {
                Ok(n) if n > 0 && n <= i64::from(u32::MAX) => format!("{table} {letter}{n}"),
                Ok(n) => {
                    bad(table.into(), format!("its number {n} is out of range"));
                    continue;
                }
                Err(e) => {
                    bad(table.into(), format!("its number {e}"));
                    continue;
                }
            };
            if let Err(e) = text(r.get_ref(1)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
                bad(format!("{here}, updated at"), e);
            }
            for (n, field) in fields.iter().enumerate() {
                let v = r.get_ref(2 + n)?;
                let checked = match (n, *field) {
                    (0, _) => not_blank(v).map(|_| ()),
                    (_, "dated") => a_date(v),
                    (_, "level") => text(v, MAX_TEXT_CHARS).and_then(|l| {
                        crate::soa::RiskLevel::parse(&l).map(|_| ()).ok_or_else(|| {
                            format!("\"{l}\" is not a risk level (low, medium, high, critical)")
                        })
                    }),
                    _ => text(v, MAX_TEXT_CHARS).map(|_| ()),
                };
                if let Err(e) = checked {
                    bad(format!("{here}, {field}"), e);
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
        let here = "document control";
        for (i, field) in [
            (0, "report version"),
            (1, "confidentiality"),
            (2, "prepared by"),
            (3, "reviewed by"),
            (4, "approved by"),
        ] {
            if let Err(e) = text(r.get_ref(i)?, MAX_TEXT_CHARS) {
                bad(format!("{here}, {field}"), e);
            }
        }
        let list = text(r.get_ref(5)?, MAX_TEXT_CHARS).and_then(|s| {
            let items: Vec<String> = serde_json::from_str(&s)
                .map_err(|_| "is not a list of names (a JSON array of text)".to_string())?;
            items.iter().try_for_each(|i| check_text(i, MAX_TEXT_CHARS))
        });
        if let Err(e) = list {
            bad(format!("{here}, distribution"), e);
        }
        for (i, field) in [(6, "prepared on"), (7, "reviewed on"), (8, "approved on")] {
            if let Err(e) = a_date(r.get_ref(i)?) {
                bad(format!("{here}, {field}"), e);
            }
        }
        if let Err(e) = optional_text(r.get_ref(9)?, MAX_TEXT_CHARS)
            .and_then(|s| s.map(|s| timestamp(&s)).transpose())
        {
            bad(format!("{here}, finalised at"), e);
        }
        if let Err(e) = text(r.get_ref(10)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
            bad(format!("{here}, updated at"), e);
        }
    }

    let mut stmt =
        conn.prepare("SELECT text, updated_at FROM narrative WHERE assessment_id = ?1")?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        if let Err(e) = text(r.get_ref(0)?, MAX_TEXT_CHARS) {
            bad("executive summary narrative".into(), e);
        }
        if let Err(e) = text(r.get_ref(1)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
            bad("executive summary narrative, updated at".into(), e);
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
            Ok(n) if n > 0 && n <= i64::from(u32::MAX) => format!("AI system S{n}"),
            _ => {
                bad(
                    "AI system".into(),
                    "its number is not a positive whole number".into(),
                );
                continue;
            }
        };
        if let Err(e) = not_blank(r.get_ref(1)?) {
            bad(format!("{here}, name"), e);
        }
        if let Err(e) = text(r.get_ref(2)?, MAX_TEXT_CHARS) {
            bad(format!("{here}, purpose"), e);
        }
        if let Err(e) = text(r.get_ref(3)?, MAX_TEXT_CHARS).and_then(|s| {
            let roles: Vec<String> = serde_json::from_str(&s)
                .map_err(|_| "is not a JSON list of role ids".to_string())?;
            roles.iter().try_for_each(|r| check_text(r, 100))
        }) {
            bad(format!("{here}, roles"), e);
        }
        if let Err(e) = text(r.get_ref(4)?, MAX_TEXT_CHARS).and_then(|c| {
            crate::systems::EuClass::parse(&c)
                .map(|_| ())
                .ok_or_else(|| format!("\"{c}\" is not an EU AI Act class"))
        }) {
            bad(format!("{here}, EU AI Act class"), e);
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
            Ok(q) => format!("open point on {q}"),
            Err(e) => {
                bad("open point".into(), format!("its question {e}"));
                continue;
            }
        };
        if let Err(e) = not_blank(r.get_ref(1)?).and_then(|s| {
            crate::engagement::point_text(&s)
                .map(|_| ())
                .map_err(|e| e.why)
        }) {
            bad(format!("{here}, text"), e);
        }
        if let Err(e) = text(r.get_ref(2)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
            bad(format!("{here}, parked at"), e);
        }
        if let Err(e) = optional_text(r.get_ref(3)?, MAX_TEXT_CHARS)
            .and_then(|s| s.map(|s| timestamp(&s)).transpose())
        {
            bad(format!("{here}, resolved at"), e);
        }
    }

    // The workshop clock: a section id, minutes within a day; sittings with readable times
    // and no negative time.
    let mut stmt = conn.prepare(
        "SELECT section_id, minutes FROM timebox WHERE assessment_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        if let Err(e) = text(r.get_ref(0)?, MAX_TEXT_CHARS) {
            bad("timebox, section".into(), e);
        }
        match integer(r.get_ref(1)?) {
            Ok(m) if (1..=i64::from(crate::clock::MAX_TIMEBOX_MINUTES)).contains(&m) => {}
            Ok(m) => bad("timebox, minutes".into(), format!("{m} is not 1 to 1440")),
            Err(e) => bad("timebox, minutes".into(), e),
        }
    }
    let mut stmt = conn.prepare(
        "SELECT started_at, ended_at, section_id, millis FROM sitting_time
         WHERE assessment_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        for (i, what) in [(0, "sitting, started at"), (1, "sitting, ended at")] {
            if let Err(e) = text(r.get_ref(i)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
                bad(what.into(), e);
            }
        }
        if let Err(e) = text(r.get_ref(2)?, MAX_TEXT_CHARS) {
            bad("sitting, section".into(), e);
        }
        match integer(r.get_ref(3)?) {
            Ok(m) if m >= 0 => {}
            Ok(m) => bad("sitting, time".into(), format!("{m} is negative")),
            Err(e) => bad("sitting, time".into(), e),
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
        let here = "copy handed out";
        if let Err(e) = text(r.get_ref(0)?, MAX_TEXT_CHARS) {
            bad(format!("{here}, identity"), e);
        }
        match text(r.get_ref(1)?, MAX_TEXT_CHARS).and_then(|s| crate::author::check(&s)) {
            Ok(name) if name.is_empty() => bad(format!("{here}, assessor"), "is empty".into()),
            Ok(_) => {}
            Err(e) => bad(format!("{here}, assessor"), e),
        }
        match text(r.get_ref(2)?, MAX_TEXT_CHARS) {
            Ok(s) if crate::calibration::Scores::parse(&s).is_some() => {}
            Ok(s) => bad(
                format!("{here}, scores"),
                format!("{s:?} is not cleared or kept"),
            ),
            Err(e) => bad(format!("{here}, scores"), e),
        }
        if let Err(e) = text(r.get_ref(3)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
            bad(format!("{here}, handed out at"), e);
        }
        if let Err(e) = text(r.get_ref(4)?, MAX_TEXT_CHARS) {
            bad(format!("{here}, file"), e);
        }
        if let Err(e) = optional_text(r.get_ref(5)?, MAX_TEXT_CHARS)
            .and_then(|s| s.map(|s| timestamp(&s)).transpose())
        {
            bad(format!("{here}, returned at"), e);
        }
        let count = |i: usize| -> Result<Option<i64>, String> {
            match r.get_ref(i).map_err(|e| e.to_string())? {
                ValueRef::Null => Ok(None),
                v => integer(v).map(Some),
            }
        };
        match (count(6), count(7)) {
            (Ok(c), Ok(w)) => {
                if c.is_some_and(|c| c < 0) || w.is_some_and(|w| w < 0 || Some(w) > c) {
                    bad(
                        format!("{here}, agreement"),
                        format!("{w:?} within one level of {c:?} compared does not add up"),
                    );
                }
            }
            (Err(e), _) | (_, Err(e)) => bad(format!("{here}, agreement"), e),
        }
    }

    let mut stmt = conn.prepare(
        "SELECT at, event, detail FROM assessment_event WHERE assessment_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([assessment])?;
    while let Some(r) = rows.next()? {
        if let Err(e) = text(r.get_ref(0)?, MAX_TEXT_CHARS).and_then(|s| timestamp(&s)) {
            bad("history event, time".into(), e);
        }
        if let Err(e) = text(r.get_ref(2)?, MAX_TEXT_CHARS) {
            bad("history event, detail".into(), e);
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
