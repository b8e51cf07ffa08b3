//! The databases the benchmarks run on, built once per run under the target directory.
//!
//! - `one.db`: the demo assessment with every question answered (the template);
//! - `many.db`: the template and 999 copies of it, spread over ten years, each with its
//!   answers, their history (three changes per question) and its SoA reasons — years of
//!   assessments in one file. The copies are made with plain SQL in one transaction, which
//!   takes seconds where 139,000 durable answers one by one would take many minutes.

use std::path::{Path, PathBuf};

use aimsgap::assessment::{Answer, EvidenceBasis, Response};
use aimsgap::questionnaire::SectionKind;
use aimsgap::questionnaire::catalog::built_in;
use aimsgap::store::Store;
use jiff::ToSpan;
use jiff::civil::{Date, date};
use rusqlite::{Connection, params};

pub const TODAY: Date = date(2026, 11, 23);

/// Assessments in the large file.
pub const MANY: i64 = 1000;

pub struct Fixtures {
    pub dir: PathBuf,
    /// One assessment, every question answered.
    pub one: PathBuf,
    /// [`MANY`] assessments, every question answered.
    pub many: PathBuf,
    /// The id of the template assessment in both files.
    pub id: i64,
}

pub fn build(dir: &Path) -> Fixtures {
    if dir.exists() {
        std::fs::remove_dir_all(dir).expect("clear the fixture directory");
    }
    std::fs::create_dir_all(dir).expect("create the fixture directory");
    let one = dir.join("one.db");
    let many = dir.join("many.db");
    let id = template(&one);
    copy_database(&one, &many);
    multiply(&many, id, MANY - 1);
    Fixtures {
        dir: dir.to_path_buf(),
        one,
        many,
        id,
    }
}

/// The demo assessment, with the questions it leaves open answered too.
fn template(path: &Path) -> i64 {
    let questionnaire = built_in("iso42001").expect("built-in questionnaire");
    let mut store = Store::open(path).expect("open the template");
    let id = aimsgap::demo::create(&mut store, questionnaire, TODAY).expect("demo");
    let answers = store.answers(id).expect("answers");
    for q in questionnaire.questions() {
        let id_ = &q.question.id;
        if answers
            .get(id_)
            .is_some_and(|a| a.response != Response::Unanswered)
        {
            continue;
        }
        let response = if q.section.kind == SectionKind::Annex && id_.len() % 3 == 0 {
            Response::NotApplicable {
                justification: "No AI system of this kind is in scope.".into(),
            }
        } else {
            Response::Maturity {
                level: (id_.len() % 4) as u8,
            }
        };
        let answer = Answer {
            response,
            finding: format!("Discussed in the workshop; follow-up agreed for {id_}."),
            notes: String::new(),
            evidence: vec!["Workshop minutes".into()],
            basis: Some(EvidenceBasis::Interview),
            owner: "Rana Kaya (Quality Manager)".into(),
            due: Some(TODAY.checked_add(90.days()).expect("date")),
            ..Answer::default()
        };
        store.set_answer(id, id_, &answer).expect("answer");
    }
    id
}

/// Copies a closed database file (no WAL left behind once the last connection closes).
fn copy_database(from: &Path, to: &Path) {
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", from.display()));
        assert!(!side.exists(), "{} is still open", from.display());
    }
    std::fs::copy(from, to).expect("copy the database");
}

/// Adds `copies` copies of assessment `id`, older and older, in one transaction.
fn multiply(path: &Path, id: i64, copies: i64) {
    let mut conn = Connection::open(path).expect("open");
    conn.pragma_update(None, "journal_mode", "WAL")
        .expect("wal");
    let tx = conn.transaction().expect("transaction");
    {
        let mut assessment = tx
            .prepare(
                "INSERT INTO assessment (organisation, scope, assessor, assessed_on, target,
                 questionnaire_id, questionnaire_version, questionnaire_hash, questionnaire_path,
                 roadmap_start, capacity, created_at, updated_at, effort_s, effort_m, effort_l,
                 audit_cycle_weeks, day_rate, currency)
                 SELECT ?2, scope, assessor, ?3, target, questionnaire_id, questionnaire_version,
                 questionnaire_hash, questionnaire_path, ?3, capacity, ?4, ?4, effort_s, effort_m,
                 effort_l, audit_cycle_weeks, day_rate, currency FROM assessment WHERE id = ?1",
            )
            .expect("prepare");
        let mut answers = tx
            .prepare(
                "INSERT INTO answer (assessment_id, question_id, maturity, not_applicable,
                 justification, notes, evidence, basis, owner, due, updated_at, finding)
                 SELECT ?2, question_id, maturity, not_applicable, justification, notes, evidence,
                 basis, owner, due, ?3, finding FROM answer WHERE assessment_id = ?1",
            )
            .expect("prepare");
        let mut history = tx
            .prepare(
                "INSERT INTO answer_history (id, assessment_id, question_id, changed_at,
                 old_value, new_value)
                 SELECT (?2 << 32) + (id - (?1 << 32)) + ?4 * (SELECT count(*) FROM answer_history
                 WHERE id BETWEEN ?1 << 32 AND (?1 << 32) + 4294967295), ?2, question_id, ?3,
                 old_value, new_value
                 FROM answer_history WHERE id BETWEEN ?1 << 32 AND (?1 << 32) + 4294967295",
            )
            .expect("prepare");
        let mut inclusions = tx
            .prepare(
                "INSERT INTO inclusion (assessment_id, control, kind, reason, risks, updated_at)
                 SELECT ?2, control, kind, reason, risks, ?3 FROM inclusion WHERE assessment_id = ?1",
            )
            .expect("prepare");
        // The risk register the inclusions name comes along.
        let mut risks = tx
            .prepare(
                "INSERT INTO risk (assessment_id, number, title, level, updated_at)
                 SELECT ?2, number, title, level, ?3 FROM risk WHERE assessment_id = ?1",
            )
            .expect("prepare");
        for n in 1..=copies {
            let day = TODAY.checked_sub((n * 4).days()).expect("date");
            let at = format!("{day}T10:00:00Z");
            assessment
                .execute(params![
                    id,
                    format!("Client {n:04} Ltd"),
                    day.to_string(),
                    at
                ])
                .expect("assessment");
            let new_id = tx.last_insert_rowid();
            answers.execute(params![id, new_id, at]).expect("answers");
            // Each answer was changed three times over the years.
            for round in 0..3 {
                history
                    .execute(params![id, new_id, at, round])
                    .expect("history");
            }
            risks.execute(params![id, new_id, at]).expect("risks");
            inclusions
                .execute(params![id, new_id, at])
                .expect("inclusions");
        }
    }
    tx.commit().expect("commit");
    // No ANALYZE: a user's file never gets one, so the query plans are the ones users get.
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .expect("checkpoint");
}

/// A fresh copy of a fixture database, for a benchmark that writes to it.
pub fn scratch_copy(from: &Path, name: &str) -> PathBuf {
    let to = from.with_file_name(name);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", to.display()));
    }
    copy_database(from, &to);
    to
}
