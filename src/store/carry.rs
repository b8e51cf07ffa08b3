//! ISO 27001 carry-over in the store: the references an assessment has in place, and
//! accepting a suggestion through the normal answer path (history, author). What the
//! references mean and suggest is `crate::iso27001`'s.

use std::collections::BTreeSet;

use jiff::Timestamp;
use rusqlite::params;

use super::{Store, StoreError, sqlite};
use crate::assessment::Answer;
use crate::iso27001::Suggestion;

impl Store {
    /// The ISO 27001 references recorded as in place for an assessment.
    pub fn iso27001_in_place(&self, id: i64) -> Result<BTreeSet<String>, StoreError> {
        self.require_assessment(id)?;
        self.conn
            .prepare("SELECT ref FROM iso27001_in_place WHERE assessment_id = ?1")
            .and_then(|mut s| s.query_map([id], |r| r.get(0))?.collect())
            .map_err(|e| self.err(e))
    }

    /// Marks `add` in place and `remove` not, in one transaction; `clear` first removes every
    /// one. The references must be canonical (see `iso27001::parse`). Returns the set now.
    pub fn set_iso27001_in_place(
        &mut self,
        id: i64,
        add: &BTreeSet<String>,
        remove: &BTreeSet<String>,
        clear: bool,
    ) -> Result<BTreeSet<String>, StoreError> {
        self.require_assessment(id)?;
        let label = self.label.clone();
        let now = Timestamp::now().to_string();
        let tx = self.begin()?;
        let work = || -> rusqlite::Result<()> {
            if clear {
                tx.execute(
                    "DELETE FROM iso27001_in_place WHERE assessment_id = ?1",
                    [id],
                )?;
            }
            for r in remove {
                tx.execute(
                    "DELETE FROM iso27001_in_place WHERE assessment_id = ?1 AND ref = ?2",
                    params![id, r],
                )?;
            }
            for r in add {
                tx.execute(
                    "INSERT OR IGNORE INTO iso27001_in_place (assessment_id, ref, updated_at)
                     VALUES (?1, ?2, ?3)",
                    params![id, r, now],
                )?;
            }
            Ok(())
        };
        work().map_err(|e| sqlite(&label, e))?;
        tx.commit().map_err(|e| sqlite(&label, e))?;
        self.iso27001_in_place(id)
    }

    /// Accepts a carry-over suggestion: the question gets the suggested level, the note in
    /// its finding and where it came from, as one change of its history. A question answered
    /// meanwhile (by another program on the same file) is left as it is: `Ok(None)`.
    pub fn accept_carry_over(
        &mut self,
        id: i64,
        suggestion: &Suggestion,
    ) -> Result<Option<Answer>, StoreError> {
        let mut answered = false;
        let old = self.update_answer::<StoreError>(id, &suggestion.question, |old| {
            if old.response.is_answered() {
                answered = true;
                return Ok(old.clone());
            }
            Ok(suggestion.accept(old))
        })?;
        if answered {
            return Ok(None);
        }
        Ok(Some(suggestion.accept(&old)))
    }
}
