//! The store: migrations, durability settings, answers and their history, refusal of files
//! that are not ours, and assessments whose questionnaire has changed.

use std::fs;
use std::path::Path;

use aimsgap::assessment::{Answer, EvidenceBasis, NewAssessment, Response};
use aimsgap::questionnaire::Questionnaire;
use aimsgap::questionnaire::catalog::{self, Catalog, built_in};
use aimsgap::session::{Session, Source};
use aimsgap::soa::{Inclusion, ReasonKind, RiskLevel};
use aimsgap::store::{Decision, Store, StoreError, schema_version};
use jiff::civil::date;
use rusqlite::Connection;
use tempfile::TempDir;

fn iso() -> &'static Questionnaire {
    built_in("iso42001").unwrap()
}

/// Includes `control` for a legal reason, as `aimsgap control ID CONTROL --include legal:TEXT`.
fn legal(store: &mut Store, id: i64, control: &str, text: &str) {
    let i = Inclusion {
        kind: Some(ReasonKind::Legal),
        text: text.into(),
        risks: vec![],
    };
    store
        .decide_control(id, control, &[], &Decision::Include(i))
        .unwrap();
}

fn new_assessment() -> NewAssessment {
    NewAssessment {
        scope: "All AI systems".into(),
        assessor: "Tester".into(),
        ..NewAssessment::new("Acme Ltd", date(2026, 5, 4))
    }
}

fn first_questions(q: &Questionnaire, n: usize) -> Vec<String> {
    q.questions()
        .take(n)
        .map(|a| a.question.id.clone())
        .collect()
}

#[test]
fn a_new_file_is_created_private_migrated_and_durable() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("new.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.version().unwrap(), schema_version());
    let (journal, synchronous, foreign_keys) = store.settings().unwrap();
    assert_eq!(journal, "wal");
    assert_eq!(synchronous, 2, "synchronous = FULL");
    assert!(foreign_keys);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "mode {mode:o}");
    }
}

#[test]
fn reopening_is_idempotent_and_keeps_data() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("a.db");
    let id = {
        let mut store = Store::open(&path).unwrap();
        let id = store
            .create_assessment(&new_assessment(), iso(), None)
            .unwrap();
        store
            .set_answer(id, &first_questions(iso(), 1)[0], &Answer::with_maturity(2))
            .unwrap();
        id
    };
    for _ in 0..3 {
        let store = Store::open(&path).unwrap();
        assert_eq!(store.version().unwrap(), schema_version());
        assert_eq!(store.assessments().unwrap().len(), 1);
        assert_eq!(store.answers(id).unwrap().len(), 1);
    }
}

/// An assessment `id` of "Old Co" with 4.1-a at maturity 2, written with version 1 of the
/// schema, as an older aimsgap would have.
fn write_as_schema_v1(path: &Path, id: i64) {
    Connection::open(path)
        .unwrap()
        .execute_batch(&format!(
            "INSERT INTO questionnaire_snapshot VALUES ('h', 'iso42001', 'old', 'x');
             INSERT INTO assessment (id, organisation, scope, assessor, assessed_on,
               target, questionnaire_id, questionnaire_version, questionnaire_hash,
               questionnaire_path, roadmap_start, capacity, created_at, updated_at)
               VALUES ({id}, 'Old Co', '', '', '2025-01-02', 3, 'iso42001', 'old', 'h', NULL,
               '2025-01-02', 5.0, '2025-01-02T10:00:00Z', '2025-01-02T10:00:00Z');
             INSERT INTO answer (assessment_id, question_id, maturity, updated_at)
               VALUES ({id}, '4.1-a', 2, '2025-01-02T10:00:00Z');"
        ))
        .unwrap();
}

#[test]
fn every_earlier_schema_version_migrates_to_the_current_one() {
    let dir = TempDir::new().unwrap();
    for from in 0..=schema_version() as usize {
        let path = dir.path().join(format!("v{from}.db"));
        Store::migrate_to_for_tests(&path, from).unwrap();
        if from >= 1 {
            write_as_schema_v1(&path, 7);
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(
            store.version().unwrap(),
            schema_version(),
            "from version {from}"
        );
        // An upgrade keeps the file as it was beside it; a new file needs no copy.
        match store.upgrade_backup() {
            Some(copy) if from >= 1 && (from as i64) < schema_version() => {
                let raw = Connection::open(copy).unwrap();
                let v: i64 = raw
                    .query_row("PRAGMA user_version", [], |r| r.get(0))
                    .unwrap();
                assert_eq!(v, from as i64, "the copy is the file before the upgrade");
                let n: i64 = raw
                    .query_row("SELECT count(*) FROM answer", [], |r| r.get(0))
                    .unwrap();
                assert_eq!(n, 1);
            }
            None if from == 0 || from as i64 == schema_version() => {}
            other => panic!("from version {from}: upgrade backup {other:?}"),
        }
        if from >= 1 {
            let old = store.assessment(7).unwrap();
            assert_eq!(old.organisation, "Old Co");
            // Columns added later take their defaults.
            assert_eq!(old.effort, aimsgap::assessment::EffortDays::default());
            assert_eq!(old.audit_cycle_weeks, 6.0);
            // Every assessment before languages was English.
            assert_eq!(old.lang, aimsgap::i18n::Lang::En);
            assert_eq!(store.answer(7, "4.1-a").unwrap(), Answer::with_maturity(2));
        }
    }
}

#[test]
fn an_answer_round_trips_with_every_field() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    let qid = &first_questions(iso(), 1)[0];
    for name in ["Dana Reyes", "Lee Park", "Sam Ode"] {
        store.add_attendee(id, name, "").unwrap();
    }
    let answer = Answer {
        response: Response::Maturity { level: 2 },
        finding: "A scope statement exists; it leaves out the chatbot".into(),
        recommendation: "Bring the chatbot into scope".into(),
        management_response: "Agreed — Q3 ✓".into(),
        notes: "Line one\nLine two — ünïcode ✓".into(),
        evidence: vec!["Scope v1.2".into(), "https://intranet/x".into()],
        basis: Some(EvidenceBasis::Document),
        said_by: vec![3, 1],
        owner: "CISO".into(),
        due: Some(date(2026, 9, 30)),
        carried_over: Some(aimsgap::iso27001::CarriedOver {
            refs: vec!["4.3".into(), "A.5.1".into()],
            level: 2,
        }),
    };
    assert_eq!(
        store.set_answer(id, qid, &answer).unwrap(),
        Answer::default()
    );
    assert_eq!(store.answer(id, qid).unwrap(), answer);
    assert_eq!(store.answers(id).unwrap()[qid], answer);
    let na = Answer::not_applicable("No customers");
    store.set_answer(id, "A.10.4-a", &na).unwrap();
    assert_eq!(store.answer(id, "A.10.4-a").unwrap(), na);
}

#[test]
fn every_change_is_kept_in_an_append_only_history() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("h.db");
    let mut store = Store::open(&path).unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    let qid = first_questions(iso(), 1).remove(0);
    store
        .set_answer(id, &qid, &Answer::with_maturity(1))
        .unwrap();
    let previous = store
        .set_answer(id, &qid, &Answer::with_maturity(3))
        .unwrap();
    assert_eq!(previous, Answer::with_maturity(1));
    // The same answer again is not a change.
    store
        .set_answer(id, &qid, &Answer::with_maturity(3))
        .unwrap();
    let history = store.history(id, Some(&qid)).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].old, None);
    assert_eq!(history[0].new, Answer::with_maturity(1));
    assert_eq!(history[1].old, Some(Answer::with_maturity(1)));
    assert_eq!(history[1].new, Answer::with_maturity(3));
    assert!(history[0].changed_at <= history[1].changed_at);

    let raw = Connection::open(&path).unwrap();
    let update = raw.execute("UPDATE answer_history SET new_value = '{}'", []);
    assert!(update.unwrap_err().to_string().contains("append-only"));
    let delete = raw.execute("DELETE FROM answer_history", []);
    assert!(delete.unwrap_err().to_string().contains("append-only"));
    assert_eq!(store.history(id, None).unwrap().len(), 2);
}

#[test]
fn deleting_an_assessment_removes_its_answers_and_history() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("d.db");
    let mut store = Store::open(&path).unwrap();
    let keep = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    let gone = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    for id in [keep, gone] {
        for q in first_questions(iso(), 3) {
            store.set_answer(id, &q, &Answer::with_maturity(2)).unwrap();
        }
    }
    store.delete_assessment(gone).unwrap();
    assert!(matches!(
        store.assessment(gone),
        Err(StoreError::NoAssessment(_))
    ));
    let raw = Connection::open(&path).unwrap();
    let count = |table: &str, id: i64| -> i64 {
        raw.query_row(
            &format!("SELECT count(*) FROM {table} WHERE assessment_id = ?1"),
            [id],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(
        (count("answer", gone), count("answer_history", gone)),
        (0, 0)
    );
    assert_eq!(
        (count("answer", keep), count("answer_history", keep)),
        (3, 3)
    );
    assert!(matches!(
        store.delete_assessment(gone),
        Err(StoreError::NoAssessment(_))
    ));
}

#[test]
fn duplicating_copies_answers_into_a_new_assessment() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    let qs = first_questions(iso(), 2);
    store
        .set_answer(id, &qs[0], &Answer::with_maturity(4))
        .unwrap();
    legal(&mut store, id, "A.6.2.8", "Contractual logging duty");
    let mut next = new_assessment();
    next.date = date(2026, 11, 1);
    let copy = store.duplicate_assessment(id, &next).unwrap();
    assert_ne!(copy, id);
    assert_eq!(store.answers(copy).unwrap(), store.answers(id).unwrap());
    assert_eq!(
        store
            .inclusions(copy)
            .unwrap()
            .get("A.6.2.8")
            .map(|i| i.text.as_str()),
        Some("Contractual logging duty")
    );
    assert_eq!(store.assessment(copy).unwrap().date, date(2026, 11, 1));
    // Changing the copy leaves the original alone.
    store
        .set_answer(copy, &qs[0], &Answer::with_maturity(5))
        .unwrap();
    assert_eq!(store.answer(id, &qs[0]).unwrap(), Answer::with_maturity(4));
}

#[test]
fn a_control_is_decided_as_a_whole_with_its_answers() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    let qs = ["A.10.4-a", "A.10.4-b"];
    store
        .set_answer(id, "A.10.4-a", &Answer::with_maturity(4))
        .unwrap();
    let changed = store
        .decide_control(
            id,
            "A.10.4",
            &qs,
            &Decision::Exclude(" No customers ".into()),
        )
        .unwrap();
    assert_eq!(changed, qs);
    for q in qs {
        assert_eq!(
            store.answer(id, q).unwrap().response,
            Response::NotApplicable {
                justification: "No customers".into()
            }
        );
    }
    // The score given before is in the history.
    assert_eq!(store.history(id, Some("A.10.4-a")).unwrap().len(), 2);
    assert!(store.inclusions(id).unwrap().is_empty());

    // Included again, for risk treatment: its questions are unanswered, the reason typed.
    let r = store
        .add_risk(id, "Customer harm", RiskLevel::High)
        .unwrap();
    assert_eq!(r, 1);
    let i = Inclusion {
        kind: Some(ReasonKind::Risk),
        text: String::new(),
        risks: vec![r],
    };
    store
        .decide_control(id, "A.10.4", &qs, &Decision::Include(i.clone()))
        .unwrap();
    for q in qs {
        assert_eq!(store.answer(id, q).unwrap().response, Response::Unanswered);
    }
    assert_eq!(store.inclusions(id).unwrap().get("A.10.4"), Some(&i));
    // The risk it names stays until the control gives another reason.
    let err = store.remove_risk(id, r).unwrap_err().to_string();
    assert!(
        err.contains("the inclusion of A.10.4 names R1") && err.contains("aimsgap control"),
        "{err}"
    );
    legal(&mut store, id, "A.10.4", "EU AI Act Art. 50");
    assert!(store.remove_risk(id, r).unwrap());
    assert!(!store.remove_risk(id, r).unwrap());
    assert!(matches!(
        store.decide_control(99, "A.8.5", &[], &Decision::Exclude("x".into())),
        Err(StoreError::NoAssessment(99))
    ));
}

#[test]
fn a_reason_stated_before_reasons_were_typed_is_kept_without_a_type() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("v14.db");
    let mut store = Store::open(&path).unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    drop(store);
    // As version 14 wrote an inclusion reason.
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA user_version = 14; DROP TABLE ai_system; DROP TABLE risk; DROP TABLE inclusion;
         ALTER TABLE assessment DROP COLUMN owner_capacity;
         ALTER TABLE assessment DROP COLUMN holidays;
         ALTER TABLE assessment DROP COLUMN previous_id;
         ALTER TABLE assessment DROP COLUMN day_rate; ALTER TABLE assessment DROP COLUMN currency;
         DROP TRIGGER assessment_uuid; DROP TRIGGER answer_uuid; DROP TABLE merge_conflict; DROP TABLE handout;
         DROP TABLE self_rating;
         DROP TABLE suggestion_verdict;
         ALTER TABLE assessment DROP COLUMN uuid; ALTER TABLE answer DROP COLUMN uuid;
         DROP TABLE iso27001_in_place; ALTER TABLE answer DROP COLUMN carried_over;
         ALTER TABLE assessment DROP COLUMN lang;
         CREATE TRIGGER assessment_final BEFORE UPDATE ON assessment BEGIN SELECT 1; END;
         CREATE TRIGGER answer_final_update BEFORE UPDATE ON answer BEGIN SELECT 1; END;
         CREATE TABLE inclusion (assessment_id INTEGER NOT NULL, control TEXT NOT NULL,
           reason TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (assessment_id, control));
         INSERT INTO inclusion VALUES ({id}, 'A.8.2', 'EU AI Act Art. 50', '2026-05-04T09:00:00Z');"
    ))
    .unwrap();
    drop(conn);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.version().unwrap(), schema_version());
    let i = store.inclusions(id).unwrap();
    assert_eq!(
        i.get("A.8.2"),
        Some(&Inclusion {
            kind: None,
            text: "EU AI Act Art. 50".into(),
            risks: vec![],
        })
    );
    assert!(store.engagement(id).unwrap().risks.is_empty());
}

#[test]
fn unknown_assessments_are_reported_by_id() {
    let mut store = Store::open_in_memory().unwrap();
    let err = store
        .set_answer(42, "4.1-a", &Answer::with_maturity(1))
        .unwrap_err();
    assert!(matches!(err, StoreError::NoAssessment(42)));
    assert!(err.to_string().contains("no assessment with id 42"));
}

fn assert_refused_and_untouched(path: &Path, expect: &str) {
    let before = fs::read(path).unwrap();
    let err = Store::open(path).unwrap_err();
    assert!(err.to_string().contains(expect), "{err}");
    assert_eq!(fs::read(path).unwrap(), before, "file changed");
    let name = path.file_name().unwrap().to_string_lossy();
    for suffix in ["-wal", "-shm", "-journal"] {
        let side = path.with_file_name(format!("{name}{suffix}"));
        assert!(
            !side.exists() || fs::metadata(&side).unwrap().len() == 0,
            "{side:?}"
        );
    }
}

#[test]
fn files_that_are_not_ours_are_refused_unchanged() {
    let dir = TempDir::new().unwrap();

    let random = dir.path().join("random.db");
    let bytes: Vec<u8> = (0..8192u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    fs::write(&random, bytes).unwrap();
    assert_refused_and_untouched(&random, "not an SQLite database");

    let text = dir.path().join("notes.txt");
    fs::write(
        &text,
        "just some text, long enough to look like a header of something\n",
    )
    .unwrap();
    assert_refused_and_untouched(&text, "not an aimsgap database");

    let other = dir.path().join("other.db");
    {
        let c = Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    assert_refused_and_untouched(&other, "another program");
}

#[test]
fn a_database_from_a_newer_version_is_refused_unchanged() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("future.db");
    drop(Store::open(&path).unwrap());
    {
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
        c.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    assert_refused_and_untouched(&path, "newer aimsgap (schema version 99");
}

#[test]
fn a_missing_directory_is_named() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("no/such/dir/a.db");
    let err = Store::open(&path).unwrap_err();
    assert!(err.to_string().contains("does not exist"), "{err}");
    assert!(!path.exists());
}

const V1: &str = include_str!("fixtures/questionnaires/valid/minimal.toml");

#[test]
fn an_assessment_opens_against_a_changed_questionnaire_and_keeps_orphans() {
    let dir = TempDir::new().unwrap();
    let file = dir.path().join("minimal.toml");
    fs::write(&file, V1).unwrap();
    let q1 = catalog::load_file(&file).unwrap();
    let mut store = Store::open(&dir.path().join("a.db")).unwrap();
    let id = store
        .create_assessment(&new_assessment(), &q1, Some(file.to_str().unwrap()))
        .unwrap();
    store
        .set_answer(id, "1.1-a", &Answer::with_maturity(1))
        .unwrap();
    store
        .set_answer(id, "B.1-a", &Answer::with_maturity(0))
        .unwrap();

    // Version 2 renames the annex question: its old answer must survive as an orphan.
    let v2 = V1
        .replace("version = \"1.0\"", "version = \"2.0\"")
        .replace("id = \"B.1-a\"", "id = \"B.1-b\"");
    fs::write(&file, &v2).unwrap();
    let catalog = Catalog::new(None);
    let session = Session::open(&store, &catalog, id).unwrap();
    assert!(matches!(session.source, Source::Current(_)));
    assert_eq!(session.questionnaire.version, "2.0");
    assert!(session.questionnaire_changed());
    let orphans: Vec<&str> = session.orphans().iter().map(|(id, _)| *id).collect();
    assert_eq!(orphans, ["B.1-a"]);
    let notice = session.change_notice().unwrap();
    assert!(notice.contains("version 1.0 then, 2.0 now"), "{notice}");
    assert!(notice.contains("1 answer belongs to a question that no longer exists"));
    let card = session.scorecard();
    assert_eq!(card.all.answered, 1);
    assert_eq!(card.question("B.1-b").unwrap().maturity, None);
    // Nothing was dropped from the database.
    assert_eq!(store.answers(id).unwrap().len(), 2);

    // With the file gone, the copy stored at creation is used.
    fs::remove_file(&file).unwrap();
    let session = Session::open(&store, &catalog, id).unwrap();
    assert_eq!(session.source, Source::StoredCopy);
    assert_eq!(session.questionnaire.version, "1.0");
    assert!(!session.questionnaire_changed());
    assert!(session.orphans().is_empty());
}

/// The built-in catalogue's question ids as published in version 2026.1, one per line.
const ISO_2026_1_IDS: &str = include_str!("fixtures/iso42001-2026.1-question-ids.txt");

/// A database whose assessment was answered against the built-in catalogue 2026.1 opens
/// against today's: it says which version it was taken with, and every answer still belongs
/// to a question (ids are never renumbered or reused), also in a re-assessment.
#[test]
fn answers_given_against_the_previous_built_in_catalogue_all_carry_over() {
    let source = catalog::built_in_source("iso42001").unwrap();
    assert!(source.contains("\nversion = \"2026.2\"\n"));
    let then = aimsgap::questionnaire::load_str(
        &source.replacen("\nversion = \"2026.2\"\n", "\nversion = \"2026.1\"\n", 1),
        "iso42001 2026.1",
    )
    .unwrap();
    let ids: Vec<&str> = ISO_2026_1_IDS.lines().collect();
    assert_eq!(ids.len(), 139);

    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("old.db")).unwrap();
    let id = store
        .create_assessment(&new_assessment(), &then, None)
        .unwrap();
    for q in &ids {
        store.set_answer(id, q, &Answer::with_maturity(2)).unwrap();
    }
    let copy = store.duplicate_assessment(id, &new_assessment()).unwrap();
    let catalog = Catalog::new(None);
    for a in [id, copy] {
        let session = Session::open(&store, &catalog, a).unwrap();
        assert!(matches!(session.source, Source::Current(_)));
        assert_eq!(session.questionnaire.version, "2026.2");
        assert!(session.questionnaire_changed());
        assert!(session.orphans().is_empty(), "{:?}", session.orphans());
        let notice = session.change_notice().unwrap();
        assert!(
            notice.contains("version 2026.1 then, 2026.2 now"),
            "{notice}"
        );
        assert!(!notice.contains("no longer exist"), "{notice}");
        assert_eq!(session.scorecard().all.answered, ids.len());
    }
}

#[test]
fn drafts_are_kept_until_the_answer_is_saved_or_they_are_discarded() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("drafts.db");
    let id = {
        let mut store = Store::open(&path).unwrap();
        let id = store
            .create_assessment(&new_assessment(), iso(), None)
            .unwrap();
        store
            .save_draft(id, "4.1-a", "notes", "Half a thou")
            .unwrap();
        store
            .save_draft(id, "4.1-a", "notes", "Half a thought")
            .unwrap();
        store.save_draft(id, "4.2-a", "owner", "DPO").unwrap();
        id
    };
    // A new process (as after a crash) finds them.
    let mut store = Store::open(&path).unwrap();
    let drafts = store.drafts(id).unwrap();
    let found: Vec<(&str, &str, &str)> = drafts
        .iter()
        .map(|d| (d.question_id.as_str(), d.field.as_str(), d.text.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("4.1-a", "notes", "Half a thought"),
            ("4.2-a", "owner", "DPO")
        ]
    );
    // Saving the answer clears that question's drafts in the same transaction.
    let answer = Answer {
        notes: "Half a thought".into(),
        ..Answer::with_maturity(1)
    };
    store.set_answer(id, "4.1-a", &answer).unwrap();
    assert_eq!(store.drafts(id).unwrap().len(), 1);
    store.discard_drafts(id, "4.2-a").unwrap();
    assert!(store.drafts(id).unwrap().is_empty());
}

fn filled_store(path: &Path) -> (Store, i64, i64) {
    let mut store = Store::open(path).unwrap();
    let a = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    let b = store
        .create_assessment(
            &NewAssessment::new("Other Co", date(2026, 6, 1)),
            iso(),
            None,
        )
        .unwrap();
    for (i, qid) in first_questions(iso(), 5).iter().enumerate() {
        store
            .set_answer(a, qid, &Answer::with_maturity(i as u8))
            .unwrap();
        store
            .set_answer(a, qid, &Answer::with_maturity(i as u8 + 1))
            .unwrap();
        store.set_answer(b, qid, &Answer::with_maturity(3)).unwrap();
    }
    store
        .save_draft(a, "4.1-a", "notes", "half a sentence")
        .unwrap();
    legal(&mut store, a, "A.8.2", "EU AI Act Art. 50");
    (store, a, b)
}

#[test]
fn a_backup_is_a_private_complete_copy_taken_while_in_use() {
    let dir = TempDir::new().unwrap();
    let (store, a, b) = filled_store(&dir.path().join("live.db"));
    let dest = dir.path().join("backup.db");
    store.backup_to(&dest, None).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&dest).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // One file: nothing left in a write-ahead log beside it.
    assert!(!dir.path().join("backup.db-wal").exists());
    let copy = Store::open(&dest).unwrap();
    for id in [a, b] {
        assert_eq!(copy.answers(id).unwrap(), store.answers(id).unwrap());
        assert_eq!(
            copy.history(id, None).unwrap().len(),
            store.history(id, None).unwrap().len()
        );
    }
    assert_eq!(copy.drafts(a).unwrap(), store.drafts(a).unwrap());
    assert_eq!(copy.inclusions(a).unwrap(), store.inclusions(a).unwrap());
    // An existing file is never overwritten.
    let before = fs::read(&dest).unwrap();
    let err = store.backup_to(&dest, None).unwrap_err();
    assert!(err.to_string().contains("already exists"), "{err}");
    assert_eq!(fs::read(&dest).unwrap(), before);
    let err = store
        .backup_to(&dir.path().join("no/such/dir.db"), None)
        .unwrap_err();
    assert!(err.to_string().contains("does not exist"), "{err}");
}

#[test]
fn a_backup_of_one_assessment_holds_only_that_one() {
    let dir = TempDir::new().unwrap();
    let (mut store, a, b) = filled_store(&dir.path().join("live.db"));
    store
        .set_setting("export.dir", "/somewhere/private")
        .unwrap();
    let dest = dir.path().join("one.db");
    store.backup_to(&dest, Some(b)).unwrap();
    let copy = Store::open(&dest).unwrap();
    let ids: Vec<i64> = copy.assessments().unwrap().iter().map(|x| x.id).collect();
    assert_eq!(ids, [b]);
    assert_eq!(copy.answers(b).unwrap(), store.answers(b).unwrap());
    assert!(copy.history(a, None).unwrap().is_empty());
    assert_eq!(
        copy.setting("export.dir").unwrap(),
        None,
        "user settings stay home"
    );
    assert!(matches!(
        store.backup_to(&dir.path().join("x.db"), Some(99)),
        Err(StoreError::NoAssessment(99))
    ));
}

#[test]
fn restore_adds_the_backups_assessments_and_leaves_the_backup_alone() {
    let dir = TempDir::new().unwrap();
    let (store, a, b) = filled_store(&dir.path().join("live.db"));
    let dest = dir.path().join("backup.db");
    store.backup_to(&dest, None).unwrap();
    let bytes = fs::read(&dest).unwrap();

    let (mut other, ..) = filled_store(&dir.path().join("other.db"));
    let before = other.assessments().unwrap().len();
    let restored = other.restore_from(&dest).unwrap();
    assert_eq!(restored.len(), 2);
    assert_eq!(other.assessments().unwrap().len(), before + 2);
    for (r, original) in restored.iter().zip([a, b]) {
        assert_eq!(r.from, original);
        assert_ne!(r.to, original, "existing assessments keep their ids");
        assert_eq!(
            other.answers(r.to).unwrap(),
            store.answers(original).unwrap()
        );
        assert_eq!(
            other.history(r.to, None).unwrap(),
            store.history(original, None).unwrap()
        );
        assert_eq!(
            other.inclusions(r.to).unwrap(),
            store.inclusions(original).unwrap()
        );
        assert_eq!(
            other.assessment(r.to).unwrap().organisation,
            store.assessment(original).unwrap().organisation
        );
    }
    assert_eq!(other.drafts(restored[0].to).unwrap().len(), 1);
    assert_eq!(fs::read(&dest).unwrap(), bytes, "the backup was changed");

    // Not a database: refused, nothing imported.
    let junk = dir.path().join("junk.db");
    fs::write(
        &junk,
        b"definitely not sqlite, just some bytes that are long enough",
    )
    .unwrap();
    let count = other.assessments().unwrap().len();
    let err = other.restore_from(&junk).unwrap_err();
    assert!(err.to_string().contains("not an aimsgap database"), "{err}");
    assert_eq!(other.assessments().unwrap().len(), count);
}

#[test]
fn restore_brings_an_older_backup_up_to_date_without_touching_it() {
    let dir = TempDir::new().unwrap();
    let old = dir.path().join("old.db");
    Store::migrate_to_for_tests(&old, 1).unwrap();
    write_as_schema_v1(&old, 4);
    let bytes = fs::read(&old).unwrap();
    let mut store = Store::open(&dir.path().join("new.db")).unwrap();
    let restored = store.restore_from(&old).unwrap();
    assert_eq!(restored.len(), 1);
    assert_eq!(restored[0].organisation, "Old Co");
    assert_eq!(
        store.answer(restored[0].to, "4.1-a").unwrap(),
        Answer::with_maturity(2)
    );
    assert_eq!(fs::read(&old).unwrap(), bytes);
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".bak"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn two_instances_on_one_file_never_overwrite_newer_work() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("shared.db");
    let mut first = Store::open(&path).unwrap();
    let id = first
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    let mut second = Store::open(&path).unwrap();
    // Both screens show the question unanswered.
    let shown = second.answer(id, "4.1-a").unwrap();
    first
        .set_answer(id, "4.1-a", &Answer::with_maturity(4))
        .unwrap();
    // The second, working from what it showed, is told instead of overwriting.
    let err = second
        .set_answer_if(id, "4.1-a", &shown, &Answer::with_maturity(1))
        .unwrap_err();
    match err {
        StoreError::Conflict { current, .. } => assert_eq!(*current, Answer::with_maturity(4)),
        other => panic!("{other}"),
    }
    assert_eq!(first.answer(id, "4.1-a").unwrap(), Answer::with_maturity(4));
    // With the current answer in hand, the change goes through, seen by both.
    second
        .set_answer_if(
            id,
            "4.1-a",
            &Answer::with_maturity(4),
            &Answer::with_maturity(2),
        )
        .unwrap();
    assert_eq!(first.answer(id, "4.1-a").unwrap(), Answer::with_maturity(2));
    assert_eq!(first.history(id, Some("4.1-a")).unwrap().len(), 2);
    // Interleaved writers on different questions lose nothing.
    let qs = first_questions(iso(), 40);
    for (i, q) in qs.iter().enumerate() {
        let store = if i % 2 == 0 { &mut first } else { &mut second };
        store
            .set_answer(id, q, &Answer::with_maturity((i % 6) as u8))
            .unwrap();
    }
    let answers = second.answers(id).unwrap();
    for (i, q) in qs.iter().enumerate() {
        assert_eq!(answers[q], Answer::with_maturity((i % 6) as u8), "{q}");
    }
    let ok: String = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn upgrading_to_keyed_history_keeps_every_entry_in_order_and_continues_it() {
    // Version 5 numbered history rows across all assessments; version 6 keys them by
    // assessment. Interleaved rows of two assessments must come through whole, in order, and
    // the next answer must follow each assessment's last entry.
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("v5.db");
    Store::migrate_to_for_tests(&path, 5).unwrap();
    write_as_schema_v1(&path, 7);
    let raw = Connection::open(&path).unwrap();
    raw.execute(
        "INSERT INTO assessment (id, organisation, assessed_on, target, questionnaire_id,
         questionnaire_version, questionnaire_hash, roadmap_start, capacity, created_at,
         updated_at)
         SELECT 9, 'Other Co', assessed_on, target, questionnaire_id, questionnaire_version,
         questionnaire_hash, roadmap_start, capacity, created_at, updated_at
         FROM assessment WHERE id = 7",
        [],
    )
    .unwrap();
    for (n, (id, level)) in [(7, 1), (9, 4), (7, 2), (9, 5), (7, 3)]
        .into_iter()
        .enumerate()
    {
        raw.execute(
            "INSERT INTO answer_history (assessment_id, question_id, changed_at, old_value,
             new_value) VALUES (?1, '4.1-a', ?2, NULL, ?3)",
            rusqlite::params![
                id,
                format!("2025-01-0{}T10:00:00Z", n + 3),
                serde_json::to_string(&Answer::with_maturity(level)).unwrap()
            ],
        )
        .unwrap();
    }
    drop(raw);
    let mut store = Store::open(&path).unwrap();
    let levels = |store: &Store, id: i64| -> Vec<Answer> {
        store
            .history(id, Some("4.1-a"))
            .unwrap()
            .into_iter()
            .map(|e| e.new)
            .collect()
    };
    let at = |l: u8| Answer::with_maturity(l);
    assert_eq!(levels(&store, 7), vec![at(1), at(2), at(3)]);
    assert_eq!(levels(&store, 9), vec![at(4), at(5)]);
    assert_eq!(store.last_history_entry(7).unwrap().0, 3);
    assert_eq!(store.last_history_entry(9).unwrap().0, 2);
    // The assessment reads as changed when its last answer was (2025-01-07), not when its
    // details were (2025-01-02).
    assert_eq!(
        store.assessment(7).unwrap().updated_at.to_string(),
        "2025-01-07T10:00:00Z"
    );

    store.set_answer(9, "4.1-a", &at(0)).unwrap();
    assert_eq!(levels(&store, 9), vec![at(4), at(5), at(0)]);
    assert_eq!(store.last_history_entry(9).unwrap().0, 3);
    assert_eq!(
        levels(&store, 7).len(),
        3,
        "the other assessment's history is untouched"
    );
    let raw = Connection::open(&path).unwrap();
    let keys: Vec<i64> = raw
        .prepare("SELECT id FROM answer_history WHERE assessment_id = 9 ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(keys, vec![(9 << 32) + 1, (9 << 32) + 2, (9 << 32) + 3]);
    // A row whose key names another assessment is refused.
    let wrong = raw.execute(
        "INSERT INTO answer_history (id, assessment_id, question_id, changed_at, new_value)
         VALUES ((7 << 32) + 99, 9, '4.1-a', '2025-01-09T10:00:00Z', '{}')",
        [],
    );
    assert!(wrong.unwrap_err().to_string().contains("CHECK"));
}

#[test]
fn an_upgrade_keeps_notes_private_and_starts_findings_empty() {
    // Before version 7 an answer had only notes, and the user was told they were private:
    // the upgrade keeps them notes, and the finding (client-facing) starts empty.
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("v6.db");
    Store::migrate_to_for_tests(&path, 6).unwrap();
    write_as_schema_v1(&path, 7);
    let raw = Connection::open(&path).unwrap();
    raw.execute(
        "UPDATE answer SET notes = 'CFO hostile to the project' WHERE assessment_id = 7",
        [],
    )
    .unwrap();
    // A history row written before the finding existed has no "finding" key.
    raw.execute(
        "INSERT INTO answer_history (id, assessment_id, question_id, changed_at, old_value,
         new_value) VALUES ((7 << 32) + 1, 7, '4.1-a', '2025-01-03T10:00:00Z', NULL,
         '{\"response\":{\"state\":\"maturity\",\"level\":2},\"notes\":\"CFO hostile to the project\",
           \"evidence\":[],\"basis\":null,\"owner\":\"\",\"due\":null}')",
        [],
    )
    .unwrap();
    drop(raw);
    let mut store = Store::open(&path).unwrap();
    let old = store.answer(7, "4.1-a").unwrap();
    assert_eq!(old.notes, "CFO hostile to the project");
    assert_eq!(old.finding, "");
    let history = store.history(7, None).unwrap();
    assert_eq!(history[0].new.notes, "CFO hostile to the project");
    assert_eq!(history[0].new.finding, "");

    let with_finding = Answer {
        finding: "No context analysis covers AI".into(),
        ..old.clone()
    };
    store.set_answer(7, "4.1-a", &with_finding).unwrap();
    assert_eq!(store.answer(7, "4.1-a").unwrap(), with_finding);
    let last = store.history(7, None).unwrap().pop().unwrap();
    assert_eq!(last.old.as_ref(), Some(&old));
    assert_eq!(last.new, with_finding);
}

#[test]
fn recommendation_and_response_start_empty_on_upgrade_and_survive_history_backup_and_restore() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("v7.db");
    Store::migrate_to_for_tests(&path, 7).unwrap();
    write_as_schema_v1(&path, 7);
    let raw = Connection::open(&path).unwrap();
    raw.execute(
        "UPDATE answer SET finding = 'Context deck only' WHERE assessment_id = 7",
        [],
    )
    .unwrap();
    drop(raw);
    let mut store = Store::open(&path).unwrap();
    let old = store.answer(7, "4.1-a").unwrap();
    assert_eq!(old.finding, "Context deck only");
    assert_eq!(
        (
            old.recommendation.as_str(),
            old.management_response.as_str()
        ),
        ("", "")
    );

    let answer = Answer {
        recommendation: "Add each AI system's role to the context analysis".into(),
        management_response: "Agreed; by the Q2 strategy review".into(),
        ..old.clone()
    };
    store.set_answer(7, "4.1-a", &answer).unwrap();
    assert_eq!(store.answer(7, "4.1-a").unwrap(), answer);
    let last = store.history(7, Some("4.1-a")).unwrap().pop().unwrap();
    assert_eq!(last.new, answer);
    assert_eq!(last.old.as_ref(), Some(&old));

    let backup = dir.path().join("backup.db");
    store.backup_to(&backup, Some(7)).unwrap();
    let mut other = Store::open(&dir.path().join("b.db")).unwrap();
    let to = other.restore_from(&backup).unwrap()[0].to;
    assert_eq!(other.answer(to, "4.1-a").unwrap(), answer);
    assert_eq!(
        other.history(to, Some("4.1-a")).unwrap().pop().unwrap().new,
        answer
    );
}

#[test]
fn a_finding_goes_through_backup_restore_and_duplication() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("a.db")).unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    let answer = Answer {
        response: Response::Maturity { level: 1 },
        finding: "Roles are informal".into(),
        notes: "Ask HR about the reorganisation".into(),
        ..Answer::default()
    };
    store.set_answer(id, "5.3-a", &answer).unwrap();
    store
        .save_draft(id, "5.3-a", "finding", "Roles are")
        .unwrap();

    let copy = store
        .duplicate_assessment(
            id,
            &NewAssessment::from_assessment(&store.assessment(id).unwrap()),
        )
        .unwrap();
    assert_eq!(store.answer(copy, "5.3-a").unwrap(), answer);

    let backup = dir.path().join("backup.db");
    store.backup_to(&backup, Some(id)).unwrap();
    let mut other = Store::open(&dir.path().join("b.db")).unwrap();
    let restored = other.restore_from(&backup).unwrap();
    let to = restored[0].to;
    assert_eq!(other.answer(to, "5.3-a").unwrap(), answer);
    assert_eq!(other.history(to, Some("5.3-a")).unwrap()[0].new, answer);
    let drafts = other.drafts(to).unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(
        (drafts[0].field.as_str(), drafts[0].text.as_str()),
        ("finding", "Roles are")
    );
}

/// An organisation's own edition of the built-in questionnaire, put in place after answers
/// exist, with a shorter scale and an annex group turned into a clause: the answers it no
/// longer allows are reported by `check` and never scored.
#[test]
fn a_replaced_questionnaire_never_scores_values_it_does_not_allow() {
    use aimsgap::check::{FindingKind, findings};
    use aimsgap::scoring::Status;
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("r.db")).unwrap();
    let new = NewAssessment {
        target: 5,
        ..new_assessment()
    };
    let id = store.create_assessment(&new, iso(), None).unwrap();
    store
        .set_answer(id, "4.1-a", &Answer::with_maturity(5))
        .unwrap();
    store
        .set_answer(id, "A.10.4-a", &Answer::not_applicable("No customers"))
        .unwrap();
    store
        .set_answer(id, "4.2-a", &Answer::with_maturity(3))
        .unwrap();

    // The edition: levels 0 to 3 only, and A.10 assessed as a clause.
    let source = catalog::built_in_source("iso42001").unwrap();
    let cut = source.find("[[scale]]\nlevel = 4").unwrap();
    let phase = source[cut..].find("\n[[phase]]").unwrap();
    // A question's six short level descriptors would not fit four levels: they go too.
    let edition = format!("{}{}", &source[..cut], &source[cut + phase + 1..])
        .replace(
            "id = \"A.10\"\nkind = \"annex\"",
            "id = \"A.10\"\nkind = \"clause\"",
        )
        .lines()
        .filter(|line| !line.starts_with("levels = "))
        .collect::<Vec<_>>()
        .join("\n");
    let user = dir.path().join("questionnaires");
    fs::create_dir(&user).unwrap();
    fs::write(user.join("ours.toml"), edition).unwrap();
    let session = Session::open(&store, &Catalog::new(Some(user)), id).unwrap();
    assert_eq!(session.questionnaire.max_level(), 3);

    let found = findings(&session);
    let outside: Vec<&str> = found
        .iter()
        .filter(|f| f.kind == FindingKind::OutsideQuestionnaire)
        .map(|f| f.question.as_str())
        .collect();
    assert_eq!(outside, ["target", "4.1-a", "A.10.4-a"], "{found:#?}");
    let says = |q: &str| {
        found
            .iter()
            .find(|f| f.question == q)
            .unwrap()
            .message
            .clone()
    };
    assert!(says("target").contains("above the questionnaire's scale, 0 to 3"));
    assert!(says("4.1-a").contains("scored 5, above the questionnaire's scale"));
    assert!(says("A.10.4-a").contains("now a clause requirement"));
    // Reported once, not also as unanswered.
    assert_eq!(found.iter().filter(|f| f.question == "4.1-a").count(), 1);

    let card = session.scorecard();
    assert_eq!(card.target, 3);
    let q = |id: &str| card.question(id).unwrap();
    assert_eq!(
        q("4.1-a").status,
        Status::NotAssessed,
        "5 is not conforming"
    );
    assert_eq!(
        q("A.10.4-a").status,
        Status::NotAssessed,
        "not hidden as N/A"
    );
    assert_eq!(q("4.2-a").status, Status::Conforming);
    assert_eq!(card.all.ready, 1);
    assert_eq!(card.all.answered, 1);
}

/// A backup of one assessment, "Acme Ltd" (id 1), with an answer carrying every field, a
/// not-applicable control, history, a draft and an SoA reason; then `sql` run on it with
/// the schema's CHECK constraints and the history's append-only triggers out of the way, as
/// a hand or another program could. Returns the backup's path.
fn crafted_backup(dir: &Path, sql: &str) -> std::path::PathBuf {
    let mut store = Store::open(&dir.join("source.db")).unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    assert_eq!(id, 1);
    let answer = Answer {
        response: Response::Maturity { level: 2 },
        finding: "A policy exists, unapproved".into(),
        recommendation: "Approve the policy".into(),
        management_response: "Agreed".into(),
        notes: "CFO unsure".into(),
        evidence: vec!["Policy v1".into()],
        basis: Some(EvidenceBasis::Document),
        said_by: Vec::new(),
        owner: "COO".into(),
        due: Some(date(2027, 1, 31)),
        carried_over: Some(aimsgap::iso27001::CarriedOver {
            refs: vec!["5.2".into()],
            level: 2,
        }),
    };
    store
        .set_answer(id, "4.1-a", &Answer::with_maturity(1))
        .unwrap();
    store.set_answer(id, "4.1-a", &answer).unwrap();
    store
        .set_answer(id, "A.10.4-a", &Answer::not_applicable("No customers"))
        .unwrap();
    store.save_draft(id, "4.2-a", "notes", "half a").unwrap();
    legal(&mut store, id, "A.8.2", "EU AI Act Art. 50");
    store
        .add_risk(id, "Biased routing", RiskLevel::High)
        .unwrap();
    let system = aimsgap::systems::AiSystem {
        number: 0,
        name: "Route optimisation".into(),
        purpose: String::new(),
        roles: vec!["customer".into()],
        class: aimsgap::systems::EuClass::HighRisk,
        in_scope: true,
    };
    store.add_system(id, &system).unwrap();
    let suggestion = aimsgap::systems::Suggestion::Exclude {
        control: "A.10.3".into(),
        justification: "No supplier".into(),
    };
    store.reject_suggestion(id, &suggestion).unwrap();
    store
        .park(id, "4.2-a", "Ask the DPO for the scope")
        .unwrap();
    store.set_timebox(id, "6", Some(20)).unwrap();
    store
        .set_iso27001_in_place(id, &refs(&["5.2", "A.5.1"]), &refs(&[]), false)
        .unwrap();
    let start: jiff::Timestamp = "2026-05-04T09:00:00Z".parse().unwrap();
    let spent = aimsgap::clock::Spent::from([("6".to_string(), 60_000)]);
    store
        .save_sitting(
            id,
            start,
            start + jiff::SignedDuration::from_mins(1),
            &spent,
        )
        .unwrap();
    let backup = dir.join("crafted.db");
    store.backup_to(&backup, None).unwrap();
    let conn = Connection::open(&backup).unwrap();
    conn.execute_batch(
        "PRAGMA ignore_check_constraints = ON;
         DROP TRIGGER answer_history_no_update;
         DROP TRIGGER suggestion_verdict_no_update;",
    )
    .unwrap();
    conn.execute_batch(sql).unwrap();
    backup
}

/// Restoring the crafted backup into a database holding one other assessment is refused as a
/// whole, with a line naming the assessment, the place and each of `expect`; nothing changes.
fn refused(sql: &str, expect: &[&str]) {
    let dir = TempDir::new().unwrap();
    let backup = crafted_backup(dir.path(), sql);
    let mut target = Store::open(&dir.path().join("target.db")).unwrap();
    target
        .create_assessment(
            &NewAssessment::new("Other Co", date(2026, 6, 1)),
            iso(),
            None,
        )
        .unwrap();
    let err = target.restore_from(&backup).unwrap_err();
    let StoreError::BadBackup { problems, .. } = &err else {
        panic!("not refused as a bad backup: {err}");
    };
    let text = err.to_string();
    assert!(text.contains("was not restored"), "{text}");
    assert!(text.contains("nothing was changed"), "{text}");
    let line = problems
        .iter()
        .map(ToString::to_string)
        .find(|p| expect.iter().all(|e| p.contains(e)))
        .unwrap_or_else(|| panic!("no line says {expect:?}:\n{text}"));
    assert!(line.starts_with("assessment 1"), "{line}");
    in_every_language(problems, sql);
    let summaries = target.summaries().unwrap();
    assert_eq!(summaries.len(), 1, "something was imported");
    assert_eq!(summaries[0].organisation, "Other Co");
}

/// Words German writes as English does, and values typed as they are stored.
const ALIKE: &[&str] = &[
    "aimsgap",
    "UTF",
    "NUL",
    "NULL",
    "JSON",
    "UUID",
    "ISO",
    "IEC",
    "Text",
    "Name",
    "Version",
    "Code",
    "EUR",
    "USD",
    "GBP",
    "MiB",
    "risk",
    "legal",
    "contractual",
    "business",
    "low",
    "medium",
    "high",
    "critical",
    "interview",
    "document",
    "observed",
    "exclude",
    "include",
    "accepted",
    "rejected",
    "cleared",
    "kept",
    "in",
    "Art",
    "MM",
    "iso",
];

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 2)
        .collect()
}

/// A backup's problems said in German and in the pseudo-locale: German differs from English
/// and says "Bewertung 1", and no English word escapes the catalogue but what the backup
/// holds (the values `sql` wrote, in quotes, and the fixture's own names).
fn in_every_language(problems: &[aimsgap::store::Problem], sql: &str) {
    use aimsgap::i18n::{Lang, escaped_words};
    let written: Vec<&str> = sql.split('\'').skip(1).step_by(2).collect();
    let mut data = vec![
        "Acme Ltd",
        "All AI systems",
        "Tester",
        "Biased routing",
        "Route optimisation",
        "customer",
        "Ask the DPO for the scope",
        "No supplier",
        "EU AI Act Art",
        "stored copy",
    ];
    data.extend(written);
    for p in problems {
        let german = p.message_in(Lang::De);
        assert_ne!(german, p.to_string());
        assert!(german.starts_with("Bewertung 1"), "{german}");
        // The loader's own problems with a questionnaire are quoted as it says them.
        if !german.contains("<stored copy>") {
            let english = p.to_string();
            let english: Vec<&str> = words(&english)
                .into_iter()
                .filter(|w| !ALIKE.contains(w) && !data.iter().any(|d| words(d).contains(w)))
                .collect();
            let leaked: Vec<&str> = words(&german)
                .into_iter()
                .filter(|w| english.contains(w))
                .collect();
            assert!(leaked.is_empty(), "English in {german:?}: {leaked:?}");
        }
        let pseudo = p.message_in(Lang::Pseudo);
        let escaped = escaped_words(&pseudo, &data);
        assert!(escaped.is_empty(), "{pseudo}: {escaped:?}");
    }
}

/// One test per kind of value a backup must not bring in; the README's Reliability table
/// counts them.
macro_rules! crafted_backups_are_refused {
    ($($name:ident: $sql:expr => [$($expect:expr),+ $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                refused($sql, &[$($expect),+]);
            }
        )*
        /// How many kinds of crafted backup are tested.
        const CRAFTED_BACKUP_CASES: usize = [$(stringify!($name)),*].len();
    };
}

crafted_backups_are_refused! {
    crafted_iso27001_reference_unknown:
        "UPDATE iso27001_in_place SET ref = 'A.9.9' WHERE ref = 'A.5.1'"
        => ["assessment 1 (Acme Ltd), ISO 27001 in place", "\"A.9.9\" is not a clause or control"];
    crafted_carried_over_from_an_unknown_reference:
        "UPDATE answer SET carried_over = '{\"refs\": [\"Z.1\"], \"level\": 2}'
         WHERE question_id = '4.1-a'"
        => ["question 4.1-a, carried over", "names \"Z.1\""];
    crafted_carried_over_not_a_carry_over:
        "UPDATE answer SET carried_over = '{\"from\": 1}' WHERE question_id = '4.1-a'"
        => ["question 4.1-a, carried over", "is not a carry-over"];
    crafted_assessment_uuid_not_a_uuid:
        "UPDATE assessment SET uuid = 'not-a-uuid'"
        => ["assessment 1, uuid", "is not a UUID"];
    crafted_answer_uuid_a_number:
        "UPDATE answer SET uuid = 42 WHERE question_id = '4.1-a'"
        => ["question '4.1-a', uuid", "is not a UUID"];
    crafted_maturity_above_the_scale:
        "UPDATE answer SET maturity = 9 WHERE question_id = '4.1-a'"
        => ["question 4.1-a, maturity", "9 is outside the questionnaire's scale, 0 to 5"];
    crafted_negative_maturity:
        "UPDATE answer SET maturity = -1 WHERE question_id = '4.1-a'"
        => ["question 4.1-a, maturity", "-1 is outside"];
    crafted_target_above_the_scale:
        "UPDATE assessment SET target = 9"
        => ["target", "9 is outside the questionnaire's scale"];
    crafted_malformed_assessment_date:
        "UPDATE assessment SET assessed_on = '2026-02-30'"
        => ["(Acme Ltd), date", "not a valid calendar date"];
    crafted_roadmap_start_out_of_range:
        "UPDATE assessment SET roadmap_start = '9999-12-01'"
        => ["roadmap start", "years 1900 to 2200"];
    crafted_malformed_due_date:
        "UPDATE answer SET due = '31/01/2027' WHERE question_id = '4.1-a'"
        => ["question 4.1-a, due", "YYYY-MM-DD"];
    crafted_evidence_not_a_list:
        "UPDATE answer SET evidence = '{\"doc\": 1}' WHERE question_id = '4.1-a'"
        => ["question 4.1-a, evidence", "not a JSON list of texts"];
    crafted_evidence_entry_with_a_nul:
        "UPDATE answer SET evidence = '[\"a\\u0000b\"]' WHERE question_id = '4.1-a'"
        => ["question 4.1-a, evidence", "entry that holds a NUL byte"];
    crafted_invalid_utf8:
        "UPDATE answer SET notes = CAST(x'41ff42' AS TEXT) WHERE question_id = '4.1-a'"
        => ["question 4.1-a, notes", "not valid UTF-8"];
    crafted_invalid_utf8_organisation:
        "UPDATE assessment SET organisation = CAST(x'41ff' AS TEXT)"
        => ["organisation", "not valid UTF-8"];
    crafted_over_long_note:
        "UPDATE answer SET notes = replace(hex(zeroblob(50001)), '0', 'x')
         WHERE question_id = '4.1-a'"
        => ["question 4.1-a, notes", "100002 characters long; at most 100000"];
    crafted_nul_in_a_note:
        "UPDATE answer SET notes = 'a' || char(0) || 'b' WHERE question_id = '4.1-a'"
        => ["question 4.1-a, notes", "NUL byte"];
    crafted_nul_in_a_finding:
        "UPDATE answer SET finding = char(0) WHERE question_id = '4.1-a'"
        => ["question 4.1-a, finding", "NUL byte"];
    crafted_nul_in_a_recommendation:
        "UPDATE answer SET recommendation = 'do' || char(0) WHERE question_id = '4.1-a'"
        => ["question 4.1-a, recommendation", "NUL byte"];
    crafted_over_long_management_response:
        "UPDATE answer SET management_response = replace(hex(zeroblob(50001)), '0', 'x')
         WHERE question_id = '4.1-a'"
        => ["question 4.1-a, management_response", "100002 characters long; at most 100000"];
    crafted_history_response_with_a_nul:
        "UPDATE answer_history SET new_value =
            json_set(new_value, '$.management_response', 'ok' || char(0))"
        => ["history entry 1, new value", "NUL byte"];
    crafted_not_applicable_on_a_clause:
        "UPDATE answer SET maturity = NULL, not_applicable = 1, justification = 'n/a'
         WHERE question_id = '4.1-a'"
        => ["question 4.1-a, not applicable", "4.1 is a clause requirement"];
    crafted_maturity_and_not_applicable:
        "UPDATE answer SET maturity = 3 WHERE question_id = 'A.10.4-a'"
        => ["question A.10.4-a, maturity", "marked not applicable"];
    crafted_unknown_basis:
        "UPDATE answer SET basis = 'rumour' WHERE question_id = '4.1-a'"
        => ["question 4.1-a, basis", "\"rumour\" is not one of"];
    crafted_said_by_naming_no_attendee:
        "UPDATE answer SET said_by = '[3]' WHERE question_id = '4.1-a'"
        => ["question 4.1-a, said by", "names A3, not an attendee of the assessment"];
    crafted_said_by_not_a_list_of_numbers:
        "UPDATE answer SET said_by = '[-1]' WHERE question_id = '4.1-a'"
        => ["question 4.1-a, said by", "not a JSON list of attendee numbers"];
    crafted_capacity_out_of_range:
        "UPDATE assessment SET capacity = 0.0004"
        => ["roadmap settings", "capacity must be from 0.1 to 1000"];
    crafted_effort_out_of_range:
        "UPDATE assessment SET effort_l = 10000000"
        => ["roadmap settings", "effort L must be from 0.1 to 1000"];
    crafted_audit_cycle_out_of_range:
        "UPDATE assessment SET audit_cycle_weeks = 1100000"
        => ["roadmap settings", "audit cycle must be from 0 to 104"];
    crafted_owner_capacity_out_of_range:
        "UPDATE assessment SET owner_capacity = '{\"CISO\": 5000}'"
        => ["roadmap settings", "CISO: capacity must be from 0.1 to 1000"];
    crafted_holiday_not_a_date:
        "UPDATE assessment SET holidays = '[\"2027-02-30\"]'"
        => ["roadmap settings", "holidays"];
    crafted_language_not_spoken:
        "UPDATE assessment SET lang = 'xx'"
        => ["assessment 1 (Acme Ltd), language", "\"xx\" is not one this version of aimsgap speaks"];
    crafted_day_rate_out_of_range:
        "UPDATE assessment SET day_rate = -5"
        => ["roadmap settings", "a day rate must be above 0"];
    crafted_currency_not_a_code:
        "UPDATE assessment SET day_rate = 900, currency = '€€€'"
        => ["roadmap settings", "three-letter code"];
    crafted_empty_organisation:
        "UPDATE assessment SET organisation = '  '"
        => ["organisation", "is empty"];
    crafted_malformed_time_of_change:
        "UPDATE assessment SET updated_at = 'yesterday'"
        => ["updated at", "\"yesterday\" is not a time"];
    crafted_history_time:
        "UPDATE answer_history SET changed_at = 'soon'"
        => ["history entry 1, changed at", "\"soon\" is not a time"];
    crafted_history_value_not_an_answer:
        "UPDATE answer_history SET new_value = '[1, 2]'"
        => ["history entry 1, new value", "is not an answer"];
    crafted_history_with_a_nul:
        "UPDATE answer_history SET new_value = json_set(new_value, '$.notes', 'a' || char(0))"
        => ["history entry 1, new value", "NUL byte"];
    crafted_over_long_history_author:
        "UPDATE answer_history SET author = replace(hex(zeroblob(51)), '0', 'x')"
        => ["history entry 1, author", "102 characters long; at most 100"];
    crafted_history_author_with_a_nul:
        "UPDATE answer_history SET author = 'Ev' || char(0) || 'e'"
        => ["history entry 1, author", "NUL byte"];
    crafted_draft_not_utf8:
        "UPDATE draft SET text = CAST(x'ff' AS TEXT)"
        => ["draft 4.2-a, text", "not valid UTF-8"];
    crafted_inclusion_with_a_nul:
        "UPDATE inclusion SET reason = 'law' || char(0)"
        => ["inclusion A.8.2, reason", "NUL byte"];
    crafted_inclusion_of_an_unknown_type:
        "UPDATE inclusion SET kind = 'whim'"
        => ["inclusion A.8.2, type", "\"whim\" is not a type of reason"];
    crafted_inclusion_naming_no_risk_of_the_register:
        "UPDATE inclusion SET kind = 'risk', risks = '[7]'"
        => ["inclusion A.8.2, risks", "names R7, which is not in the risk register"];
    crafted_inclusion_risks_not_a_list:
        "UPDATE inclusion SET kind = 'risk', risks = '{\"R\": 1}'"
        => ["inclusion A.8.2, risks", "is not a list of risk numbers"];
    crafted_risk_level:
        "UPDATE risk SET level = 'apocalyptic'"
        => ["risk R1, level", "\"apocalyptic\" is not a risk level"];
    crafted_risk_without_a_title:
        "UPDATE risk SET title = ' '"
        => ["risk R1, title", "is empty"];
    crafted_ai_system_class:
        "UPDATE ai_system SET eu_class = 'scary'"
        => ["AI system S1, EU AI Act class", "\"scary\" is not an EU AI Act class"];
    crafted_ai_system_roles_not_a_list:
        "UPDATE ai_system SET roles = '\"customer\"'"
        => ["AI system S1, roles", "not a JSON list of role ids"];
    crafted_suggestion_verdict_with_a_nul:
        "UPDATE suggestion_verdict SET text = 'No' || char(0)"
        => ["suggestion_verdict A.10.3, text", "NUL byte"];
    crafted_suggestion_verdict_of_an_unknown_kind:
        "UPDATE suggestion_verdict SET kind = 'ignore'"
        => ["suggestion_verdict A.10.3", "\"ignore\" \"rejected\" is not a verdict"];
    crafted_open_point_without_text:
        "UPDATE open_point SET text = '  '"
        => ["open point on 4.2-a, text", "is empty"];
    crafted_over_long_open_point:
        "UPDATE open_point SET text = replace(hex(zeroblob(300)), '0', 'x')"
        => ["open point on 4.2-a, text", "600 characters long; keep it to 500"];
    crafted_open_point_with_a_nul:
        "UPDATE open_point SET text = 'ask' || char(0)"
        => ["open point on 4.2-a, text", "NUL byte"];
    crafted_open_point_time:
        "UPDATE open_point SET parked_at = 'later'"
        => ["open point on 4.2-a, parked at", "\"later\" is not a time"];
    crafted_open_point_resolved_time:
        "UPDATE open_point SET resolved_at = 'never'"
        => ["open point on 4.2-a, resolved at", "\"never\" is not a time"];
    crafted_timebox_minutes:
        "UPDATE timebox SET minutes = 5000"
        => ["timebox, minutes", "5000 is not 1 to 1440"];
    crafted_sitting_time:
        "UPDATE sitting_time SET ended_at = 'soon'"
        => ["sitting, ended at", "\"soon\" is not a time"];
    crafted_negative_sitting_time:
        "UPDATE sitting_time SET millis = -5"
        => ["sitting, time", "-5 is negative"];
    crafted_handout_hidden_scores:
        "INSERT INTO handout VALUES (1, 'ab12', 'Bob', 'hidden', '2026-05-04T09:00:00Z',
         'bob.db', NULL, NULL, NULL)"
        => ["copy handed out, scores", "\"hidden\" is not cleared or kept"];
    crafted_handout_agreement_beyond_compared:
        "INSERT INTO handout VALUES (1, 'ab12', 'Bob', 'cleared', '2026-05-04T09:00:00Z',
         'bob.db', '2026-05-05T09:00:00Z', 3, 7)"
        => ["copy handed out, agreement", "does not add up"];
    crafted_questionnaire_copy_that_does_not_load:
        "UPDATE questionnaire_snapshot SET source = replace(source, 'level = 5', 'level = 6');
         UPDATE assessment SET questionnaire_id = 'someone-elses'"
        => ["questionnaire", "stored copy does not load", "expected level 5"];
    crafted_questionnaire_of_another_name:
        "UPDATE assessment SET questionnaire_id = 'someone-elses'"
        => ["questionnaire", "names \"someone-elses\" but its stored copy is \"iso42001\""];
}

#[test]
fn history_rows_carry_their_author_through_backup_restore_and_duplicate() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("live.db")).unwrap();
    store.set_author("Jane Doe");
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    store
        .set_answer(id, "4.1-a", &Answer::with_maturity(1))
        .unwrap();
    store.set_author("Lee Park");
    store
        .set_answer(id, "4.1-a", &Answer::with_maturity(2))
        .unwrap();
    // A crafted name with a control character is kept as given and made safe where shown.
    store.set_author("Eve\x1b[2J");
    store
        .set_answer(id, "4.2-a", &Answer::with_maturity(3))
        .unwrap();
    let authors = |s: &Store, id: i64| -> Vec<String> {
        s.history(id, None)
            .unwrap()
            .into_iter()
            .map(|e| e.author)
            .collect()
    };
    assert_eq!(authors(&store, id), ["Jane Doe", "Lee Park", "Eve\x1b[2J"]);

    let backup = dir.path().join("backup.db");
    store.backup_to(&backup, Some(id)).unwrap();
    let mut other = Store::open(&dir.path().join("other.db")).unwrap();
    other.set_author("Restorer");
    let restored = other.restore_from(&backup).unwrap();
    assert_eq!(authors(&other, restored[0].to), authors(&store, id));

    // A duplicate starts a new history: its rows are the duplicating assessor's.
    store.set_author("Kim");
    let copy = store.duplicate_assessment(id, &new_assessment()).unwrap();
    assert_eq!(authors(&store, copy), ["Kim", "Kim"]);
}

#[test]
fn history_written_before_authors_were_recorded_has_none() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("v11.db");
    Store::migrate_to_for_tests(&path, 11).unwrap();
    write_as_schema_v1(&path, 7);
    Connection::open(&path)
        .unwrap()
        .execute(
            "INSERT INTO answer_history (id, assessment_id, question_id, changed_at, old_value,
             new_value) VALUES ((7 << 32) + 1, 7, '4.1-a', '2025-01-02T10:00:00Z', NULL, ?1)",
            [serde_json::to_string(&Answer::with_maturity(2)).unwrap()],
        )
        .unwrap();
    let mut store = Store::open(&path).unwrap();
    let old = store.history(7, None).unwrap();
    assert_eq!(old.len(), 1, "{old:?}");
    assert_eq!(old[0].author, "");
    store.set_author("Jane Doe");
    store
        .set_answer(7, "4.1-a", &Answer::with_maturity(3))
        .unwrap();
    let all = store.history(7, None).unwrap();
    assert_eq!(
        (all[0].author.as_str(), all[1].author.as_str()),
        ("", "Jane Doe")
    );
}

#[test]
fn a_crafted_backup_lists_every_problem_and_its_place() {
    let dir = TempDir::new().unwrap();
    let backup = crafted_backup(
        dir.path(),
        "UPDATE answer SET maturity = 7, due = 'soon' WHERE question_id = '4.1-a';
         UPDATE assessment SET capacity = 0.0004;",
    );
    let before = fs::read(&backup).unwrap();
    let mut target = Store::open(&dir.path().join("target.db")).unwrap();
    let err = target.restore_from(&backup).unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with(&format!("{} was not restored: 3 values", backup.display())),
        "{text}"
    );
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(target.summaries().unwrap().is_empty());
    assert_eq!(fs::read(&backup).unwrap(), before, "the backup was changed");
    // The same backup, as made, restores.
    let again = dir.path().join("again");
    fs::create_dir(&again).unwrap();
    let clean = crafted_backup(&again, "SELECT 1");
    assert_eq!(target.restore_from(&clean).unwrap().len(), 1);
}

#[test]
fn the_readme_counts_the_crafted_backups() {
    let readme = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let claim = format!("{CRAFTED_BACKUP_CASES} kinds of crafted backup");
    assert!(readme.contains(&claim), "README does not say: {claim}");
}

#[test]
fn update_answer_reads_and_writes_under_one_lock() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("shared.db");
    let mut first = Store::open(&path).unwrap();
    let id = first
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    let mut second = Store::open(&path).unwrap();
    second
        .set_answer(
            id,
            "4.1-a",
            &Answer {
                owner: "Dana".into(),
                ..Answer::with_maturity(1)
            },
        )
        .unwrap();
    second
        .set_busy_timeout(std::time::Duration::from_millis(50))
        .unwrap();
    // While the change is worked out, no other writer gets in: the stored answer it starts
    // from is still the stored answer when it is written.
    let replaced = first
        .update_answer(id, "4.1-a", |stored| -> Result<Answer, StoreError> {
            let other = second.set_answer(id, "4.1-a", &Answer::with_maturity(5));
            assert!(matches!(other, Err(StoreError::Locked { .. })), "{other:?}");
            Ok(Answer {
                notes: "Seen".into(),
                ..stored.clone()
            })
        })
        .unwrap();
    assert_eq!(replaced.owner, "Dana");
    let now = second.answer(id, "4.1-a").unwrap();
    assert_eq!((now.owner.as_str(), now.notes.as_str()), ("Dana", "Seen"));
    assert_eq!(now.response, Response::Maturity { level: 1 });
    // A change that refuses writes nothing.
    let refused: Result<Answer, StoreError> =
        first.update_answer(id, "4.1-a", |_| Err(StoreError::NoAssessment(0)));
    assert!(refused.is_err());
    assert_eq!(second.answer(id, "4.1-a").unwrap(), now);
    assert_eq!(second.history(id, Some("4.1-a")).unwrap().len(), 2);
}

#[test]
fn data_version_moves_with_other_writers_only() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("shared.db");
    let mut first = Store::open(&path).unwrap();
    let id = first
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    let mut second = Store::open(&path).unwrap();
    let seen = first.data_version().unwrap();
    first
        .set_answer(id, "4.1-a", &Answer::with_maturity(2))
        .unwrap();
    assert_eq!(first.data_version().unwrap(), seen, "its own write");
    second
        .set_answer(id, "4.1-b", &Answer::with_maturity(2))
        .unwrap();
    assert_ne!(first.data_version().unwrap(), seen, "another's write");
}

#[test]
fn a_draft_for_a_deleted_assessment_says_so_plainly() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("shared.db");
    let mut first = Store::open(&path).unwrap();
    let id = first
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    Store::open(&path).unwrap().delete_assessment(id).unwrap();
    let err = first.save_draft(id, "4.1-a", "notes", "text").unwrap_err();
    assert!(
        matches!(err, StoreError::NoAssessment(n) if n == id),
        "{err}"
    );
    assert!(!err.to_string().contains("FOREIGN KEY"), "{err}");
}

/// The engagement record (attendees, documents reviewed, document control, events) goes
/// through a backup and a restore whole, a final assessment stays final there, and
/// deleting an assessment takes its record with it.
#[test]
fn the_engagement_record_goes_through_backup_restore_and_delete() {
    use aimsgap::engagement::{EventKind, Signature};
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("a.db")).unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    assert_eq!(store.add_attendee(id, "Dana Reyes", "CISO").unwrap(), 1);
    assert_eq!(store.add_attendee(id, "Lee Park", "DPO").unwrap(), 2);
    assert!(store.remove_attendee(id, 1).unwrap());
    assert!(!store.remove_attendee(id, 1).unwrap());
    assert_eq!(store.add_attendee(id, "Sam Ode", "").unwrap(), 3);
    let d = store
        .add_document(id, "AI policy", "2.1", Some(date(2026, 3, 1)))
        .unwrap();
    assert_eq!(d, 1);
    store
        .change_document_control(id, |c| {
            let mut c = c.clone();
            c.report_version = "1.0".into();
            c.distribution = vec!["CISO".into(), "Board".into()];
            c.approved = Signature {
                by: "Ann Partner".into(),
                on: Some(date(2026, 12, 1)),
            };
            Ok::<_, StoreError>(c)
        })
        .unwrap();
    // What the assessor made of two suggestions, with who: the accepted one decided the control.
    store.set_author("Jo Okafor");
    let exclude = aimsgap::systems::Suggestion::Exclude {
        control: "A.10.4".into(),
        justification: "No customers of ours use AI we supply".into(),
    };
    let include = aimsgap::systems::Suggestion::Include {
        control: "A.8.2".into(),
        obligation: "EU AI Act Art. 50 (Chatbot: transparency obligations)".into(),
    };
    let questions = ["A.10.4-a"];
    let changed = store.accept_suggestion(id, &questions, &exclude).unwrap();
    assert_eq!(changed, questions);
    store.reject_suggestion(id, &include).unwrap();
    assert_eq!(
        store.answer(id, "A.10.4-a").unwrap(),
        Answer::not_applicable("No customers of ours use AI we supply")
    );
    store.finalise(id).unwrap();
    assert!(matches!(
        store.reject_suggestion(id, &exclude),
        Err(StoreError::Final { .. })
    ));
    let record = store.engagement(id).unwrap();
    let verdicts: Vec<(&str, bool, &str)> = record
        .verdicts
        .iter()
        .map(|v| (v.suggestion.control(), v.accepted, v.author.as_str()))
        .collect();
    assert_eq!(
        verdicts,
        [("A.10.4", true, "Jo Okafor"), ("A.8.2", false, "Jo Okafor")]
    );
    assert_eq!(record.verdicts[1].suggestion, include);
    assert_eq!(
        record
            .attendees
            .iter()
            .map(|a| (a.number, a.name.as_str()))
            .collect::<Vec<_>>(),
        [(2, "Lee Park"), (3, "Sam Ode")]
    );
    assert!(record.is_final());
    assert_eq!(record.events.len(), 1);
    assert_eq!(record.events[0].kind, EventKind::Finalised);

    let backup = dir.path().join("backup.db");
    store.backup_to(&backup, Some(id)).unwrap();
    let mut other = Store::open(&dir.path().join("b.db")).unwrap();
    let to = other.restore_from(&backup).unwrap()[0].to;
    assert_eq!(other.engagement(to).unwrap(), record);
    // Final there too: a change is refused by the file itself.
    assert!(matches!(
        other.add_attendee(to, "Late Comer", ""),
        Err(StoreError::Final { .. })
    ));
    assert!(matches!(
        other.set_answer(to, "4.1-a", &Answer::with_maturity(2)),
        Err(StoreError::Final { .. })
    ));
    assert!(other.reopen(to, "typo on the cover").unwrap());
    assert_eq!(other.engagement(to).unwrap().events.len(), 2);
    other
        .set_answer(to, "4.1-a", &Answer::with_maturity(2))
        .unwrap();

    // Deleting a final assessment removes its whole record.
    store.delete_assessment(id).unwrap();
    let conn = Connection::open(dir.path().join("a.db")).unwrap();
    for table in [
        "attendee",
        "reviewed_document",
        "document_control",
        "assessment_event",
    ] {
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0, "{table}");
    }
}

/// An attendee or a document is changed in place, keeping its number (what evidence cites);
/// a final assessment refuses it.
#[test]
fn attendees_and_documents_are_updated_in_place_until_final() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    store.add_attendee(id, "Dana Reyes", "CISO").unwrap();
    store.add_document(id, "AI policy", "1.0", None).unwrap();
    assert!(
        store
            .update_attendee(id, 1, "Dana Reyes-Ode", "CIO")
            .unwrap()
    );
    assert!(!store.update_attendee(id, 7, "Nobody", "").unwrap());
    assert!(
        store
            .update_document(id, 1, "AI policy", "2.0", Some(date(2026, 3, 1)))
            .unwrap()
    );
    assert!(!store.update_document(id, 2, "Other", "", None).unwrap());
    let record = store.engagement(id).unwrap();
    assert_eq!(
        (
            record.attendees[0].number,
            record.attendees[0].name.as_str()
        ),
        (1, "Dana Reyes-Ode")
    );
    assert_eq!(record.attendees[0].role, "CIO");
    assert_eq!(
        (
            record.documents[0].version.as_str(),
            record.documents[0].date
        ),
        ("2.0", Some(date(2026, 3, 1)))
    );
    assert!(
        store
            .update_document(id, 1, "AI policy", "2.0", None)
            .unwrap()
    );
    assert_eq!(store.engagement(id).unwrap().documents[0].date, None);
    store.finalise(id).unwrap();
    assert!(matches!(
        store.update_attendee(id, 1, "Late", ""),
        Err(StoreError::Final { .. })
    ));
    assert!(matches!(
        store.update_document(id, 1, "Late", "", None),
        Err(StoreError::Final { .. })
    ));
    assert_eq!(
        store.engagement(id).unwrap().attendees[0].name,
        "Dana Reyes-Ode"
    );
}

/// A backup whose engagement record does not read is refused, every problem named.
#[test]
fn restore_refuses_an_engagement_record_that_does_not_read() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("a.db")).unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    store.add_attendee(id, "Dana Reyes", "CISO").unwrap();
    store.add_document(id, "AI policy", "", None).unwrap();
    store
        .change_document_control(id, |c| Ok::<_, StoreError>(c.clone()))
        .unwrap();
    let backup = dir.path().join("backup.db");
    store.backup_to(&backup, Some(id)).unwrap();
    let conn = Connection::open(&backup).unwrap();
    conn.execute_batch(
        "UPDATE attendee SET role = 'CI' || char(0) || 'SO';
         UPDATE reviewed_document SET dated = '2026-13-01';
         UPDATE document_control SET distribution = '{\"a\": 1}', approved_on = 'soon';",
    )
    .unwrap();
    drop(conn);
    let mut other = Store::open(&dir.path().join("b.db")).unwrap();
    let err = other.restore_from(&backup).unwrap_err();
    let StoreError::BadBackup { problems, .. } = &err else {
        panic!("{err}");
    };
    let places: Vec<String> = problems.iter().map(|p| p.place.clone()).collect();
    for want in [
        "attendee A1, role",
        "reviewed_document D1, dated",
        "document control, distribution",
        "document control, approved on",
    ] {
        assert!(
            places.iter().any(|p| p.ends_with(want)),
            "{want}: {places:?}"
        );
    }
    assert!(other.summaries().unwrap().is_empty());
}

/// Who said it: an answer names attendees of its assessment; the list starts empty on an
/// upgrade, is kept in the history, goes through a backup and a restore, and is not copied
/// by a duplicate (the new engagement has its own attendees). An attendee an answer cites
/// is not removed unless the citations go too, each change in the answer's history.
#[test]
fn who_said_it_is_kept_checked_and_never_left_naming_nobody() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("v10.db");
    Store::migrate_to_for_tests(&path, 10).unwrap();
    write_as_schema_v1(&path, 7);
    let mut store = Store::open(&path).unwrap();
    let old = store.answer(7, "4.1-a").unwrap();
    assert!(old.said_by.is_empty());
    let dana = store.add_attendee(7, "Dana Reyes", "CISO").unwrap();
    let lee = store.add_attendee(7, "Lee Park", "DPO").unwrap();
    let said = Answer {
        said_by: vec![lee, dana],
        ..old.clone()
    };
    store.set_answer(7, "4.1-a", &said).unwrap();
    store
        .set_answer(
            7,
            "4.2-a",
            &Answer {
                said_by: vec![lee],
                ..Answer::with_maturity(1)
            },
        )
        .unwrap();
    assert_eq!(store.answer(7, "4.1-a").unwrap().said_by, [lee, dana]);
    let last = store.history(7, Some("4.1-a")).unwrap().pop().unwrap();
    assert_eq!(last.new.said_by, [lee, dana]);
    assert_eq!(last.old.unwrap().said_by, Vec::<u32>::new());

    let backup = dir.path().join("backup.db");
    store.backup_to(&backup, Some(7)).unwrap();
    let mut other = Store::open(&dir.path().join("b.db")).unwrap();
    let to = other.restore_from(&backup).unwrap()[0].to;
    assert_eq!(other.answer(to, "4.1-a").unwrap(), said);
    let record = other.engagement(to).unwrap();
    let names: Vec<&str> = record
        .said_by(&said.said_by)
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(names, ["Lee Park", "Dana Reyes"]);

    let copy = store.duplicate_assessment(7, &new_assessment()).unwrap();
    assert!(store.answer(copy, "4.1-a").unwrap().said_by.is_empty());
    assert_eq!(store.answer(7, "4.1-a").unwrap().said_by, [lee, dana]);

    // Cited: refused with the count and the way on, nothing changed.
    let err = store.remove_attendee(7, lee).unwrap_err();
    assert!(matches!(&err, StoreError::Cited { questions, .. } if questions.len() == 2));
    let msg = err.to_string();
    assert!(msg.contains("A2 (Lee Park)"), "{msg}");
    assert!(msg.contains("2 answers (4.1-a, 4.2-a)"), "{msg}");
    assert!(msg.contains("--clear-citations"), "{msg}");
    assert_eq!(store.engagement(7).unwrap().attendees.len(), 2);
    assert_eq!(store.answers_citing(7, lee).unwrap(), ["4.1-a", "4.2-a"]);

    let cleared = store.remove_attendee_and_citations(7, lee).unwrap();
    assert_eq!(
        cleared.as_deref(),
        Some(&["4.1-a".to_string(), "4.2-a".to_string()][..])
    );
    assert_eq!(store.answer(7, "4.1-a").unwrap().said_by, [dana]);
    assert!(store.answer(7, "4.2-a").unwrap().said_by.is_empty());
    let last = store.history(7, Some("4.1-a")).unwrap().pop().unwrap();
    assert_eq!(last.old.unwrap().said_by, [lee, dana]);
    assert_eq!(last.new.said_by, [dana]);
    // An answer cannot name an attendee the assessment does not have (one another program
    // removed meanwhile): refused, nothing written.
    let before = store.history(7, None).unwrap().len();
    let err = store
        .set_answer(
            7,
            "4.2-a",
            &Answer {
                said_by: vec![dana, lee],
                ..Answer::with_maturity(1)
            },
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::NoAttendee { number, .. } if number == lee));
    assert!(
        err.to_string().starts_with(
            "the answer to 4.2-a names A2 as who said it, but assessment 7 has no attendee A2"
        ),
        "{err}"
    );
    assert!(store.answer(7, "4.2-a").unwrap().said_by.is_empty());
    assert_eq!(store.history(7, None).unwrap().len(), before);
    // The next attendee takes the freed number, and no answer names them.
    assert_eq!(store.add_attendee(7, "Sam Ode", "").unwrap(), lee);
    assert!(store.answers_citing(7, lee).unwrap().is_empty());
    assert_eq!(store.remove_attendee_and_citations(7, 9).unwrap(), None);
}

/// A backup whose answer names an attendee the assessment does not have is refused: the
/// citation would name whoever is added next under that number.
#[test]
fn restore_refuses_an_answer_said_by_nobody() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("a.db")).unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    let a1 = store.add_attendee(id, "Dana Reyes", "CISO").unwrap();
    store
        .set_answer(
            id,
            "4.1-a",
            &Answer {
                said_by: vec![a1],
                ..Answer::with_maturity(2)
            },
        )
        .unwrap();
    store
        .set_answer(id, "4.2-a", &Answer::with_maturity(2))
        .unwrap();
    let backup = dir.path().join("backup.db");
    store.backup_to(&backup, Some(id)).unwrap();
    // As a sound backup, it restores.
    let mut other = Store::open(&dir.path().join("b.db")).unwrap();
    other.restore_from(&backup).unwrap();

    let conn = Connection::open(&backup).unwrap();
    conn.execute_batch(
        "UPDATE answer SET said_by = '[1, 4]' WHERE question_id = '4.1-a';
         UPDATE answer SET said_by = '[\"A1\"]' WHERE question_id = '4.2-a';",
    )
    .unwrap();
    drop(conn);
    let mut third = Store::open(&dir.path().join("c.db")).unwrap();
    let err = third.restore_from(&backup).unwrap_err();
    let StoreError::BadBackup { problems, .. } = &err else {
        panic!("{err}");
    };
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(
        lines[0].ends_with(
            "question 4.1-a, said by: names A4, not an attendee of the assessment (its attendees are A1)"
        ),
        "{lines:#?}"
    );
    assert!(
        lines[1].contains("question 4.2-a, said by: is not a JSON list"),
        "{lines:#?}"
    );
    assert!(third.summaries().unwrap().is_empty());
}

/// The parking lot: a point is parked, parked again (new text, open again), resolved (kept
/// with its time); it goes through a backup and a restore, a final assessment refuses it,
/// a duplicate starts with none, and deleting the assessment takes it.
#[test]
fn open_points_are_parked_resolved_and_kept_through_backup_restore() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("a.db")).unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    store
        .park(id, "6.1.2-a", "Ask for the risk criteria")
        .unwrap();
    store.park(id, "4.1-a", "Who owns the context?").unwrap();
    let open = |s: &Store| -> Vec<(String, String)> {
        s.engagement(id)
            .unwrap()
            .open_points()
            .map(|p| (p.question_id.clone(), p.text.clone()))
            .collect()
    };
    assert_eq!(open(&store).len(), 2);
    assert!(store.resolve_point(id, "6.1.2-a").unwrap());
    assert!(
        !store.resolve_point(id, "6.1.2-a").unwrap(),
        "already resolved"
    );
    assert!(!store.resolve_point(id, "5.1-a").unwrap(), "never parked");
    assert_eq!(
        open(&store),
        [("4.1-a".to_string(), "Who owns the context?".to_string())]
    );
    let record = store.engagement(id).unwrap();
    assert_eq!(record.points.len(), 2, "a resolved point is kept");
    assert!(record.points.iter().any(|p| p.resolved_at.is_some()));
    // Parked again: the new text, open again.
    store.park(id, "4.1-a", "Ask the COO").unwrap();
    assert_eq!(
        open(&store),
        [("4.1-a".to_string(), "Ask the COO".to_string())]
    );

    let backup = dir.path().join("backup.db");
    store.backup_to(&backup, Some(id)).unwrap();
    let mut other = Store::open(&dir.path().join("b.db")).unwrap();
    let to = other.restore_from(&backup).unwrap()[0].to;
    assert_eq!(
        other.engagement(to).unwrap().points,
        store.engagement(id).unwrap().points
    );
    let copy = store.duplicate_assessment(id, &new_assessment()).unwrap();
    assert!(store.engagement(copy).unwrap().points.is_empty());

    store.finalise(id).unwrap();
    assert!(matches!(
        store.park(id, "5.1-a", "Late"),
        Err(StoreError::Final { .. })
    ));
    assert!(matches!(
        store.resolve_point(id, "4.1-a"),
        Err(StoreError::Final { .. })
    ));
    store.delete_assessment(id).unwrap();
    let conn = Connection::open(dir.path().join("a.db")).unwrap();
    let n: i64 = conn
        .query_row(
            "SELECT count(*) FROM open_point WHERE assessment_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 0);
}

/// Where you left off: the last question is remembered per assessment in the file, and
/// forgotten with the assessment.
#[test]
fn the_last_question_is_remembered_per_assessment_until_it_is_deleted() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("a.db");
    let mut store = Store::open(&path).unwrap();
    let a = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    let b = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    assert_eq!(store.last_question(a).unwrap(), None);
    store.set_last_question(a, "6.1.2-a").unwrap();
    store.set_last_question(b, "A.6.2.4-a").unwrap();
    store.set_last_question(a, "7.5.1-a").unwrap();
    drop(store);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.last_question(a).unwrap().as_deref(), Some("7.5.1-a"));
    assert_eq!(
        store.last_question(b).unwrap().as_deref(),
        Some("A.6.2.4-a")
    );
    store.delete_assessment(a).unwrap();
    assert_eq!(store.last_question(a).unwrap(), None);
    assert_eq!(
        store.last_question(b).unwrap().as_deref(),
        Some("A.6.2.4-a")
    );
}

/// The workshop clock: timeboxes per section are set, replaced and removed; a sitting saved
/// again replaces its own time (never counted twice); both go through a backup and a
/// restore, a final assessment refuses them, and deleting the assessment takes them.
#[test]
fn timeboxes_and_sittings_are_kept_replaced_and_restored() {
    use aimsgap::clock::Spent;
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("a.db")).unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    store.set_timebox(id, "6", Some(20)).unwrap();
    store.set_timebox(id, "A.6", Some(45)).unwrap();
    store.set_timebox(id, "6", Some(25)).unwrap();
    store.set_timebox(id, "A.6", None).unwrap();
    assert_eq!(
        store.timeboxes(id).unwrap(),
        std::collections::BTreeMap::from([("6".to_string(), 25)])
    );
    let t = |s: &str| -> jiff::Timestamp { s.parse().unwrap() };
    let spent = |pairs: &[(&str, u64)]| -> Spent {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    };
    let first = t("2026-05-04T09:00:00Z");
    store
        .save_sitting(
            id,
            first,
            t("2026-05-04T09:10:00Z"),
            &spent(&[("6", 60_000)]),
        )
        .unwrap();
    // Saved again as it goes on: replaced, not added.
    store
        .save_sitting(
            id,
            first,
            t("2026-05-04T10:00:00Z"),
            &spent(&[("6", 600_000), ("", 5_000)]),
        )
        .unwrap();
    let second = t("2026-05-05T09:00:00Z");
    store
        .save_sitting(
            id,
            second,
            t("2026-05-05T09:30:00Z"),
            &spent(&[("7", 90_000)]),
        )
        .unwrap();
    let sittings = store.sittings(id).unwrap();
    assert_eq!(sittings.len(), 2);
    assert_eq!(sittings[0].ended, t("2026-05-04T10:00:00Z"));
    assert_eq!(sittings[0].spent, spent(&[("6", 600_000), ("", 5_000)]));
    let all = aimsgap::clock::earlier(&sittings, None);
    assert_eq!(all["6"], 600_000);
    assert_eq!(all["7"], 90_000);

    let backup = dir.path().join("backup.db");
    store.backup_to(&backup, Some(id)).unwrap();
    let mut other = Store::open(&dir.path().join("b.db")).unwrap();
    let to = other.restore_from(&backup).unwrap()[0].to;
    assert_eq!(other.timeboxes(to).unwrap(), store.timeboxes(id).unwrap());
    assert_eq!(other.sittings(to).unwrap(), sittings);

    store.finalise(id).unwrap();
    assert!(matches!(
        store.set_timebox(id, "7", Some(10)),
        Err(StoreError::Final { .. })
    ));
    assert!(matches!(
        store.save_sitting(id, second, second, &spent(&[("7", 1)])),
        Err(StoreError::Final { .. })
    ));
    store.delete_assessment(id).unwrap();
    let conn = Connection::open(dir.path().join("a.db")).unwrap();
    let n: i64 = conn
        .query_row(
            "SELECT (SELECT count(*) FROM timebox) + (SELECT count(*) FROM sitting_time)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn a_re_assessment_remembers_its_origin_and_its_report_shows_the_progress() {
    use aimsgap::report::{Format, Report};
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    store
        .set_answer(id, "4.1-a", &Answer::with_maturity(1))
        .unwrap();
    store
        .set_answer(id, "4.2-a", &Answer::with_maturity(4))
        .unwrap();
    let mut next = new_assessment();
    next.date = date(2026, 11, 1);
    let copy = store.duplicate_assessment(id, &next).unwrap();
    assert_eq!(store.previous_of(copy).unwrap(), Some(id));
    assert_eq!(store.previous_of(id).unwrap(), None);
    store
        .set_answer(copy, "4.1-a", &Answer::with_maturity(4))
        .unwrap();
    let catalog = Catalog::new(None);
    let session = Session::open(&store, &catalog, copy).unwrap();
    let report = Report::build(&session, jiff::Timestamp::now());
    let progress = report.progress.as_ref().expect("a progress section");
    let closed: Vec<&str> = progress
        .gaps_closed
        .iter()
        .map(|g| g.question.as_str())
        .collect();
    assert_eq!(closed, ["4.1-a"]);
    let four = &progress.sections[0];
    assert_eq!(four.id, "4");
    let md = String::from_utf8(Format::Markdown.render(&report).unwrap()).unwrap();
    let heading = format!("## Progress since {}", store.assessment(id).unwrap().date);
    assert!(md.contains(&heading), "{heading}");
    // The contents list the section, second, linked to its heading.
    let date = store.assessment(id).unwrap().date;
    let entry = format!("2. [Progress since {date}](#progress-since-{date})");
    assert!(md.contains(&entry), "{entry}");
    assert!(md.find(&entry) < md.find(&heading));
    let html = String::from_utf8(Format::Html.render(&report).unwrap()).unwrap();
    assert!(html.contains(&heading[3..]));
    let toc = &html[html.find("<nav class=\"toc\"").unwrap()..html.find("</nav>").unwrap()];
    assert!(
        toc.contains(&format!(
            "<span class=\"num\">2</span><a href=\"#progress\">Progress since {date}</a>"
        )),
        "{toc}"
    );
    assert!(html.contains(&format!(
        "<section class=\"progress\" id=\"progress\"><h2><span class=\"num\">2</span> Progress since {date}</h2>"
    )));
    let json: serde_json::Value =
        serde_json::from_slice(&Format::Json.render(&report).unwrap()).unwrap();
    assert_eq!(json["progress"]["gaps_closed"][0]["question"], "4.1-a");
    // The export schema describes the section (it allows nothing it does not describe).
    {
        let text = fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/export.schema.json"),
        )
        .unwrap();
        let schema = jsonschema::validator_for(&serde_json::from_str(&text).unwrap()).unwrap();
        let errors: Vec<String> = schema.iter_errors(&json).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    assert_eq!(
        json["progress"]["sections"][0]["score_delta"],
        serde_json::json!(four.score_delta)
    );
    // The workbook's Progress sheet has the same figures (section 4 on row 4).
    {
        use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
        let bytes = Format::Xlsx.render(&report).unwrap();
        let mut wb: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        let sheet = wb.worksheet_range("Progress").unwrap();
        assert_eq!(
            sheet.get_value((0, 0)),
            Some(&Data::String(heading[3..].to_string()))
        );
        assert!(matches!(sheet.get_value((3, 0)), Some(Data::String(t)) if t.starts_with("4 ")));
        assert_eq!(
            sheet.get_value((3, 3)),
            four.score_delta.map(Data::Float).as_ref()
        );
        assert_eq!(
            sheet.get_value((3, 6)),
            four.readiness_delta.map(Data::Float).as_ref()
        );
    }
    // The Word document has the section and the same change figures.
    {
        use std::io::Read;
        let bytes = Format::Docx.render(&report).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        zip.by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        assert!(xml.contains(&heading[3..]));
        // A chapter heading, as Word's navigation and contents list them.
        let at = xml.find(&heading[3..]).unwrap();
        let paragraph = &xml[xml[..at].rfind("<w:p ").unwrap()..at];
        assert!(paragraph.contains("w:val=\"Heading1\""), "{paragraph}");
        let change = aimsgap::progress::signed(four.score_delta, 1);
        assert!(xml.contains(&format!(">{change}<")), "{change}");
    }
    // The original has no such section; deleting it removes the link.
    let first = Session::open(&store, &catalog, id).unwrap();
    assert!(
        Report::build(&first, jiff::Timestamp::now())
            .progress
            .is_none()
    );
    store.delete_assessment(id).unwrap();
    assert_eq!(store.previous_of(copy).unwrap(), None);
    let session = Session::open(&store, &catalog, copy).unwrap();
    assert!(
        Report::build(&session, jiff::Timestamp::now())
            .progress
            .is_none()
    );
}

/// Assessments and answers have stable identities: given to those of an older file on
/// upgrade (distinct ones), kept by a backup and its restore, and new for a re-assessment.
#[test]
fn assessments_and_answers_have_uuids_that_backups_carry() {
    let is_uuid = |s: &str| {
        s.len() == 36
            && s.char_indices().all(|(i, c)| {
                if [8, 13, 18, 23].contains(&i) {
                    c == '-'
                } else {
                    c.is_ascii_hexdigit() && !c.is_ascii_uppercase()
                }
            })
    };
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("v18.db");
    Store::migrate_to_for_tests(&path, 18).unwrap();
    write_as_schema_v1(&path, 3);
    let store = Store::open(&path).unwrap();
    let a = store.assessment_uuid(3).unwrap();
    assert!(is_uuid(&a), "{a}");
    let answer = store.answer_uuid(3, "4.1-a").unwrap().unwrap();
    assert!(is_uuid(&answer) && answer != a, "{answer}");

    let mut store = Store::open(&dir.path().join("new.db")).unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    store
        .set_answer(id, "4.1-a", &Answer::with_maturity(1))
        .unwrap();
    let uuid = store.assessment_uuid(id).unwrap();
    let answer = store.answer_uuid(id, "4.1-a").unwrap().unwrap();
    assert!(is_uuid(&uuid) && is_uuid(&answer));
    // Changing an answer keeps its identity.
    store
        .set_answer(id, "4.1-a", &Answer::with_maturity(3))
        .unwrap();
    assert_eq!(
        store.answer_uuid(id, "4.1-a").unwrap(),
        Some(answer.clone())
    );
    let backup = dir.path().join("one.db");
    store.backup_to(&backup, Some(id)).unwrap();
    let mut other = Store::open(&dir.path().join("other.db")).unwrap();
    let restored = other.restore_from(&backup).unwrap();
    assert_eq!(other.assessment_uuid(restored[0].to).unwrap(), uuid);
    assert_eq!(
        other.answer_uuid(restored[0].to, "4.1-a").unwrap(),
        Some(answer)
    );
    let again = store.duplicate_assessment(id, &new_assessment()).unwrap();
    assert_ne!(store.assessment_uuid(again).unwrap(), uuid);
}

/// A merge is one transaction: when writing fails part-way, the database is as it was.
#[test]
fn a_merge_that_fails_part_way_changes_nothing() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("ann.db")).unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    store
        .set_answer(id, "4.1-a", &Answer::with_maturity(1))
        .unwrap();
    let base = dir.path().join("base.db");
    store.backup_to(&base, Some(id)).unwrap();
    let mut bob = Store::open(&dir.path().join("bob.db")).unwrap();
    let bob_id = bob.restore_from(&base).unwrap()[0].to;
    for q in ["4.2-a", "5.2-a", "5.3-a"] {
        bob.set_answer(bob_id, q, &Answer::with_maturity(2))
            .unwrap();
    }
    drop(bob);
    let history = store.history(id, None).unwrap();
    // The third answer written fails (as a full disk would).
    let conn = Connection::open(dir.path().join("ann.db")).unwrap();
    conn.execute_batch(
        "CREATE TRIGGER fail_third BEFORE INSERT ON answer
         WHEN (SELECT count(*) FROM answer) >= 3
         BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
    )
    .unwrap();
    drop(conn);
    let err = store
        .merge_from(&dir.path().join("bob.db"), None)
        .unwrap_err();
    assert!(err.to_string().contains("disk full"), "{err}");
    assert_eq!(store.history(id, None).unwrap(), history);
    assert_eq!(store.answers(id).unwrap().len(), 1);
    assert!(store.conflicts(id).unwrap().is_empty());
}

/// The conflicts a merge left open travel with the assessment: a backup holds them and a
/// restore brings them back, still to resolve; a crafted backup whose conflict row does not
/// read is refused with the place named.
#[test]
fn open_merge_conflicts_survive_a_backup_and_a_restore() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("ann.db")).unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    store
        .set_answer(id, "4.1-a", &Answer::with_maturity(1))
        .unwrap();
    let base = dir.path().join("base.db");
    store.backup_to(&base, Some(id)).unwrap();
    let mut bob = Store::open(&dir.path().join("bob.db")).unwrap();
    let bob_id = bob.restore_from(&base).unwrap()[0].to;
    bob.set_answer(bob_id, "4.1-a", &Answer::with_maturity(2))
        .unwrap();
    drop(bob);
    store
        .set_answer(id, "4.1-a", &Answer::with_maturity(3))
        .unwrap();
    store.merge_from(&dir.path().join("bob.db"), None).unwrap();
    let open = store.conflicts(id).unwrap();
    assert_eq!(open.len(), 1);

    let backup = dir.path().join("after-merge.db");
    store.backup_to(&backup, Some(id)).unwrap();
    let mut other = Store::open(&dir.path().join("other.db")).unwrap();
    let to = other.restore_from(&backup).unwrap()[0].to;
    assert_eq!(other.conflicts(to).unwrap(), open);
    other
        .resolve_conflict(
            to,
            "4.1-a",
            "response",
            aimsgap::store::Resolution::Right,
            |_| Ok::<_, aimsgap::store::StoreError>(()),
        )
        .unwrap();
    assert_eq!(
        other.answers(to).unwrap()["4.1-a"].response.maturity(),
        Some(2)
    );

    // A conflict row with an unreadable time or a field no answer has is named, nothing restored.
    let conn = Connection::open(&backup).unwrap();
    conn.execute_batch(
        "UPDATE merge_conflict SET left_at = 'yesterday';
         INSERT INTO merge_conflict VALUES ((SELECT id FROM assessment), '4.2-a', 'colour',
         '1', '2', '2026-01-01T00:00:00Z', 'Ann', '2026-01-01T00:00:00Z', 'Bob',
         '2026-01-01T00:00:00Z');",
    )
    .unwrap();
    drop(conn);
    let before = other.assessments().unwrap().len();
    let err = other.restore_from(&backup).unwrap_err().to_string();
    assert!(err.contains("merge conflict on 4.1-a response"), "{err}");
    assert!(err.contains("yesterday"), "{err}");
    assert!(err.contains("colour"), "{err}");
    assert_eq!(other.assessments().unwrap().len(), before);
}

#[test]
fn a_self_assessment_is_replaced_whole_kept_apart_from_answers_and_restored() {
    use aimsgap::survey::{Rating, SelfRating};
    use std::collections::BTreeMap;
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("live.db")).unwrap();
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    store
        .set_answer(id, "4.1-a", &Answer::with_maturity(1))
        .unwrap();
    let rating = |rating, comment: &str| SelfRating {
        rating,
        comment: comment.into(),
    };
    let first = BTreeMap::from([
        ("4.1-a".to_string(), rating(Rating::Level(3), "paper")),
        ("4.1-b".to_string(), rating(Rating::NotApplicable, "")),
        ("4.2-a".to_string(), rating(Rating::Unrated, "ask Dana")),
    ]);
    let at: jiff::Timestamp = "2026-05-04T09:00:00Z".parse().unwrap();
    assert_eq!(store.replace_self_assessment(id, &first, at).unwrap(), None);
    let read = store.self_assessment(id).unwrap();
    assert_eq!(read.ratings, first);
    assert_eq!(read.imported_at, Some(at));
    assert_eq!(
        store.answer(id, "4.1-a").unwrap().response,
        Response::Maturity { level: 1 }
    );
    let second = BTreeMap::from([("4.3-a".to_string(), rating(Rating::Level(0), ""))]);
    let replaced = store
        .replace_self_assessment(id, &second, "2026-05-05T09:00:00Z".parse().unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(replaced.questions, 3);
    assert_eq!(replaced.imported_at, "2026-05-04T09:00:00Z");
    assert_eq!(store.self_assessment(id).unwrap().ratings, second);
    // A backup carries it, and a restore brings it back.
    let dest = dir.path().join("one.db");
    store.backup_to(&dest, Some(id)).unwrap();
    let restored = store.restore_from(&dest).unwrap();
    assert_eq!(
        store.self_assessment(restored[0].to).unwrap().ratings,
        second
    );
    // A crafted backup whose self-rating is off the scale is refused, the place named.
    let conn = Connection::open(&dest).unwrap();
    conn.execute_batch("UPDATE self_rating SET level = 9")
        .unwrap();
    drop(conn);
    let before = store.assessments().unwrap().len();
    let err = store.restore_from(&dest).unwrap_err().to_string();
    assert!(
        err.contains("self-assessment of question '4.3-a'")
            && err.contains("the level 9 is outside the questionnaire's scale, 0 to 5"),
        "{err}"
    );
    assert_eq!(store.assessments().unwrap().len(), before);
    // Deleting the assessment deletes it.
    store.delete_assessment(id).unwrap();
    assert!(store.self_assessment(id).unwrap().is_empty());
    assert!(matches!(
        store.replace_self_assessment(99, &second, at),
        Err(StoreError::NoAssessment(99))
    ));
}

fn refs(list: &[&str]) -> std::collections::BTreeSet<String> {
    list.iter().map(|r| (*r).to_string()).collect()
}

#[test]
fn carry_over_suggestions_are_not_answers_until_accepted() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("carry.db");
    let mut store = Store::open(&path).unwrap();
    store.set_author("Jo Okafor");
    let id = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    let in_place = store
        .set_iso27001_in_place(id, &refs(&["7.2", "5.2", "A.5.1"]), &refs(&[]), false)
        .unwrap();
    assert_eq!(in_place, refs(&["5.2", "7.2", "A.5.1"]));
    let catalog = Catalog::new(None);
    let session = Session::open(&store, &catalog, id).unwrap();
    assert_eq!(session.engagement.iso27001, in_place);
    let suggestions =
        aimsgap::iso27001::suggestions(&session.questionnaire, &in_place, &session.answers);
    assert!(suggestions.len() >= 3, "{suggestions:?}");
    // Suggested, and still nothing stored: no answer, no history.
    assert!(store.answers(id).unwrap().is_empty());
    assert!(store.history(id, None).unwrap().is_empty());
    assert!(
        Session::open(&store, &catalog, id)
            .unwrap()
            .answers
            .is_empty()
    );

    let first = &suggestions[0];
    let accepted = store.accept_carry_over(id, first).unwrap().unwrap();
    assert_eq!(accepted.response.maturity(), Some(first.level));
    let stored = store.answers(id).unwrap();
    assert_eq!(stored.len(), 1, "only the accepted suggestion is an answer");
    let answer = &stored[&first.question];
    assert_eq!(answer, &accepted);
    assert!(answer.finding.starts_with("Carried over from ISO 27001"));
    let carried = answer.carried_over.as_ref().unwrap();
    assert_eq!(
        (carried.refs.clone(), carried.level),
        (first.refs.clone(), first.level)
    );
    let history = store.history(id, None).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].author, "Jo Okafor");
    // Answered now: no suggestion for it, and accepting again leaves it as it is.
    let session = Session::open(&store, &catalog, id).unwrap();
    let open = aimsgap::iso27001::suggestions(&session.questionnaire, &in_place, &session.answers);
    assert!(!open.iter().any(|s| s.question == first.question));
    assert_eq!(store.accept_carry_over(id, first).unwrap(), None);
    assert_eq!(store.history(id, None).unwrap().len(), 1);

    // A re-assessment keeps what is in place; a backup and a restore carry both.
    let copy = store
        .duplicate_assessment(id, &NewAssessment::new("Acme Ltd", date(2027, 3, 1)))
        .unwrap();
    assert_eq!(store.iso27001_in_place(copy).unwrap(), in_place);
    let backup = dir.path().join("backup.db");
    store.backup_to(&backup, Some(id)).unwrap();
    let mut other = Store::open(&dir.path().join("other.db")).unwrap();
    let restored = other.restore_from(&backup).unwrap();
    assert_eq!(other.iso27001_in_place(restored[0].to).unwrap(), in_place);
    assert_eq!(
        other.answers(restored[0].to).unwrap()[&first.question].carried_over,
        answer.carried_over
    );
    // Once final, the list is read-only.
    store.finalise(id).unwrap();
    let err = store
        .set_iso27001_in_place(id, &refs(&["A.8.1"]), &refs(&[]), false)
        .unwrap_err();
    assert!(matches!(err, StoreError::Final { .. }), "{err}");
}

/// Two interviewers ticked different ISO 27001 references: merging their files unites them.
#[test]
fn a_merge_unites_the_iso27001_references_in_place() {
    let dir = TempDir::new().unwrap();
    let mut ann = Store::open(&dir.path().join("ann.db")).unwrap();
    let id = ann
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    ann.set_iso27001_in_place(id, &refs(&["5.2"]), &refs(&[]), false)
        .unwrap();
    let base = dir.path().join("base.db");
    ann.backup_to(&base, Some(id)).unwrap();
    let mut bob = Store::open(&dir.path().join("bob.db")).unwrap();
    let bob_id = bob.restore_from(&base).unwrap()[0].to;
    bob.set_iso27001_in_place(bob_id, &refs(&["A.8.25"]), &refs(&[]), false)
        .unwrap();
    drop(bob);
    ann.merge_from(&dir.path().join("bob.db"), None).unwrap();
    assert_eq!(ann.iso27001_in_place(id).unwrap(), refs(&["5.2", "A.8.25"]));
}

/// An assessment's language is stored, changed with its details, listed, and kept by a
/// re-assessment's copy, a backup and its restore and a copy handed out to another assessor.
/// A language this version does not speak (a later one's) makes the assessment damaged,
/// named, rather than opened in another language.
#[test]
fn the_language_of_an_assessment_goes_wherever_the_assessment_goes() {
    use aimsgap::calibration::Scores;
    use aimsgap::i18n::Lang;
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("a.db");
    let mut store = Store::open(&path).unwrap();
    let german = NewAssessment {
        lang: Lang::De,
        ..new_assessment()
    };
    let id = store.create_assessment(&german, iso(), None).unwrap();
    let other = store
        .create_assessment(&new_assessment(), iso(), None)
        .unwrap();
    assert_eq!(store.assessment(id).unwrap().lang, Lang::De);
    assert_eq!(store.assessment(other).unwrap().lang, Lang::En);
    let set = |store: &mut Store, id: i64, lang: Lang| {
        store
            .change_assessment(id, |a| {
                Ok::<_, StoreError>(NewAssessment {
                    lang,
                    ..NewAssessment::from_assessment(a)
                })
            })
            .unwrap();
    };
    set(&mut store, other, Lang::Pseudo);
    assert_eq!(store.assessment(other).unwrap().lang, Lang::Pseudo);
    set(&mut store, other, Lang::En);
    let mut listed: Vec<(i64, Lang)> = store
        .summaries()
        .unwrap()
        .iter()
        .map(|s| (s.id, s.lang))
        .collect();
    listed.sort();
    assert_eq!(listed, [(id, Lang::De), (other, Lang::En)]);

    // A re-assessment is of the same client, in the same language.
    let copy = store
        .duplicate_assessment(id, &NewAssessment::new("Acme Ltd", date(2027, 3, 1)))
        .unwrap();
    assert_eq!(store.assessment(copy).unwrap().lang, Lang::De);

    let backup = dir.path().join("backup.db");
    store.backup_to(&backup, Some(id)).unwrap();
    let mut restored = Store::open(&dir.path().join("b.db")).unwrap();
    let to = restored.restore_from(&backup).unwrap()[0].to;
    assert_eq!(restored.assessment(to).unwrap().lang, Lang::De);

    let handed = dir.path().join("bob.db");
    store
        .fork_to(id, "Bob Stone", Scores::Cleared, &handed, false)
        .unwrap();
    assert_eq!(
        Store::open(&handed).unwrap().assessment(id).unwrap().lang,
        Lang::De
    );

    // Written by a later version that speaks French.
    drop(store);
    Connection::open(&path)
        .unwrap()
        .execute("UPDATE assessment SET lang = 'fr' WHERE id = ?1", [other])
        .unwrap();
    let store = Store::open(&path).unwrap();
    let err = store.assessment(other).unwrap_err().to_string();
    assert!(
        err.contains("its language \"fr\" is not one this version of aimsgap speaks"),
        "{err}"
    );
    let summary = store
        .summaries()
        .unwrap()
        .into_iter()
        .find(|s| s.id == other)
        .unwrap();
    assert!(summary.damaged.unwrap().contains("language \"fr\""));
    // The schema itself refuses what is not a code at all.
    let conn = Connection::open(&path).unwrap();
    for bad in ["", "  ", "DE", "x"] {
        assert!(
            conn.execute("UPDATE assessment SET lang = ?1 WHERE id = ?2", (bad, id))
                .is_err(),
            "{bad:?}"
        );
    }
}

/// A German user is told in German what is wrong with the database, on the command line.
#[test]
fn a_german_user_reads_the_store_error_in_german() {
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("notizen.db");
    fs::write(&db, "Das ist keine Datenbank, nur Text.\n".repeat(200)).unwrap();
    let run = |lang: &str| {
        let out = assert_cmd::Command::cargo_bin("aimsgap")
            .unwrap()
            .env_clear()
            .env("HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env("LANG", lang)
            .arg("--db")
            .arg(&db)
            .arg("list")
            .output()
            .unwrap();
        assert!(!out.status.success());
        String::from_utf8(out.stderr).unwrap()
    };
    let german = run("de_DE.UTF-8");
    assert!(
        german.contains("ist keine Datenbank von aimsgap"),
        "{german}"
    );
    assert!(
        german.contains("die Datei wurde nicht verändert"),
        "{german}"
    );
    assert!(!german.contains("left untouched"), "{german}");
    let english = run("C");
    assert!(english.contains("is not an aimsgap database"), "{english}");
    assert!(english.contains("it was left untouched"), "{english}");
}
