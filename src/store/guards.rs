//! The guards of a finalised assessment, installed on every connection the store opens: its
//! rows refuse any change ([`super::record::FINAL_MARKER`], mapped to [`StoreError::Final`])
//! until it is reopened.
//!
//! They are SQLite triggers, so no code path of the store can get round them, but temporary
//! ones (`CREATE TEMP TRIGGER`, held in the connection's memory) rather than part of the file's
//! schema. Up to version 25 the file carried them; SQLite parses every trigger of a file's
//! schema whenever a connection first reads it, and these 41 were 2.0 M of the 4.8 M
//! instructions opening the demo's file cost. Migration 26 took them out of the file. Another
//! program writing to the file is not held by them (it could always drop them); the
//! histories' append-only triggers, few and cheap, stay in the file and hold every writer.
//!
//! [`Store::open`] installs them before returning. The screens open the file with
//! [`Store::open_unguarded`] and call [`Store::guard`] once their first frame is drawn, before
//! they read the first key: nothing writes before that.

use super::{Store, StoreError, sqlite};

/// The tables whose rows belong to one assessment (by `assessment_id`), and the changes to
/// them a final assessment refuses.
const FINAL_ROWS: &[(&str, &[Change])] = &[
    ("answer", ANY),
    ("attendee", ANY),
    ("reviewed_document", ANY),
    ("draft", ANY),
    ("narrative", ANY),
    ("open_point", ANY),
    ("timebox", ANY),
    ("sitting_time", ANY),
    ("inclusion", ANY),
    ("risk", ANY),
    ("ai_system", ANY),
    ("self_rating", ANY),
    ("suggestion_verdict", &[Change::Insert]),
    ("iso27001_in_place", &[Change::Insert, Change::Delete]),
];

const ANY: &[Change] = &[Change::Insert, Change::Update, Change::Delete];

#[derive(Clone, Copy)]
enum Change {
    Insert,
    Update,
    Delete,
}

/// The SQL that installs every guard on a connection.
pub(super) fn sql() -> String {
    let marker = super::record::FINAL_MARKER;
    let final_assessment = |row: &str| {
        format!(
            "EXISTS (SELECT 1 FROM document_control \
             WHERE assessment_id = {row} AND finalised_at IS NOT NULL)"
        )
    };
    let trigger = |name: &str, when: &str, table: &str, condition: Option<String>, why: &str| {
        let condition = condition.map_or(String::new(), |c| format!(" WHEN {c}"));
        format!(
            "CREATE TEMP TRIGGER IF NOT EXISTS {name} BEFORE {when} ON {table}{condition} \
             BEGIN SELECT RAISE(ABORT, '{why}'); END;\n"
        )
    };
    let mut sql = String::with_capacity(16 * 1024);
    for (table, changes) in FINAL_ROWS {
        for change in *changes {
            let (suffix, when, condition) = match change {
                Change::Insert => ("insert", "INSERT", final_assessment("NEW.assessment_id")),
                Change::Update => ("update", "UPDATE", final_assessment("NEW.assessment_id")),
                // Deleting the assessment itself takes its rows with it, final or not.
                Change::Delete => (
                    "delete",
                    "DELETE",
                    format!(
                        "{} AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)",
                        final_assessment("OLD.assessment_id")
                    ),
                ),
            };
            sql += &trigger(
                &format!("{table}_final_{suffix}"),
                when,
                table,
                Some(condition),
                marker,
            );
        }
    }
    // The assessment's own row, and its document control once finalised (reopening clears
    // `finalised_at`, which is the one change let through).
    sql += &trigger(
        "assessment_final",
        "UPDATE",
        "assessment",
        Some(final_assessment("OLD.id")),
        marker,
    );
    sql += &trigger(
        "document_control_final",
        "UPDATE",
        "document_control",
        Some("OLD.finalised_at IS NOT NULL AND NEW.finalised_at IS NOT NULL".into()),
        marker,
    );
    sql
}

impl Store {
    /// Installs the guards of final assessments on this connection (see the module's documentation); does nothing
    /// the second time.
    pub fn guard(&mut self) -> Result<(), StoreError> {
        if self.guarded {
            return Ok(());
        }
        self.conn
            .execute_batch(&sql())
            .map_err(|e| sqlite(&self.label, e))?;
        self.guarded = true;
        Ok(())
    }

    /// Whether [`Store::guard`] has run on this connection.
    pub fn is_guarded(&self) -> bool {
        self.guarded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The guards installed are exactly the triggers the file used to carry, by name.
    #[test]
    fn the_guards_are_the_triggers_the_file_carried() {
        let store = Store::open_in_memory().unwrap();
        let mut installed: Vec<String> = store
            .conn
            .prepare("SELECT name FROM sqlite_temp_schema WHERE type = 'trigger'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        installed.sort();
        let mut former: Vec<&str> = super::super::schema::MIGRATIONS[25]
            .lines()
            .filter_map(|l| l.trim().strip_prefix("DROP TRIGGER IF EXISTS "))
            .map(|l| l.trim_end_matches(';'))
            .collect();
        former.sort();
        assert_eq!(former.len(), 41);
        assert_eq!(installed, former);
        let persistent: i64 = store
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            persistent, 7,
            "the two that give new rows a UUID and the five that keep the histories append-only"
        );
    }

    /// A file written by version 25 loses the guards from its schema on upgrade, and the store
    /// still refuses to change a final assessment in it; a store opened for the screens
    /// refuses once it is guarded.
    #[test]
    fn an_upgraded_file_is_guarded_by_the_store_not_its_schema() {
        use crate::assessment::{Answer, NewAssessment};
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("old.db");
        Store::migrate_to_for_tests(&path, 25).unwrap();
        let triggers = |path: &std::path::Path| -> i64 {
            rusqlite::Connection::open(path)
                .unwrap()
                .query_row(
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'",
                    [],
                    |r| r.get(0),
                )
                .unwrap()
        };
        assert_eq!(triggers(&path), 48, "version 25 carried them all");
        let questionnaire = crate::questionnaire::catalog::built_in("iso42001").unwrap();
        let new = NewAssessment::new("Acme Ltd", jiff::civil::date(2026, 5, 4));
        let mut store = Store::open(&path).unwrap();
        assert_eq!(triggers(&path), 7);
        let id = store.create_assessment(&new, questionnaire, None).unwrap();
        store.finalise(id).unwrap();
        assert!(matches!(
            store.set_answer(id, "4.1-a", &Answer::with_maturity(2)),
            Err(StoreError::Final { .. })
        ));
        drop(store);

        let mut screens = Store::open_unguarded(&path).unwrap();
        assert!(!screens.is_guarded());
        screens.guard().unwrap();
        screens.guard().unwrap();
        assert!(matches!(
            screens.set_answer(id, "4.1-a", &Answer::with_maturity(2)),
            Err(StoreError::Final { .. })
        ));
        assert!(screens.reopen(id, "a typo").unwrap());
        screens
            .set_answer(id, "4.1-a", &Answer::with_maturity(2))
            .unwrap();
    }
}
