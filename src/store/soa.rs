//! The Statement of Applicability and the risk register in the store (migration 15).
//!
//! A control's decision is written in one transaction with the answers it implies: excluding
//! a control makes every one of its questions not applicable with the one justification;
//! including it takes the not-applicable mark off its questions (each change in the answer's
//! history). So a control is never left partly excluded by anything written here.

use std::collections::BTreeMap;

use jiff::Timestamp;
use rusqlite::{OptionalExtension, Transaction, params};

use super::{Store, StoreError, sqlite};
use crate::assessment::{Answer, Response};
use crate::soa::{Inclusion, ReasonKind, RiskLevel};
use crate::systems::{AiSystem, Suggestion};

pub use crate::soa::Decision;

impl Store {
    /// The stated inclusion reasons, by control.
    pub fn inclusions(&self, assessment: i64) -> Result<BTreeMap<String, Inclusion>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT control, kind, reason, risks FROM inclusion WHERE assessment_id = ?1")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([assessment], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        let mut out = BTreeMap::new();
        for (control, kind, text, risks) in rows {
            let kind = match kind.as_deref().map(ReasonKind::parse) {
                None => None,
                Some(Some(k)) => Some(k),
                Some(None) => {
                    return Err(self.corrupt(format!("bad reason type {kind:?} on {control}")));
                }
            };
            let risks: Vec<u32> = serde_json::from_str(&risks)
                .map_err(|e| self.corrupt(format!("bad risk list on {control}: {e}")))?;
            out.insert(control, Inclusion { kind, text, risks });
        }
        Ok(out)
    }

    /// Records the decision on `control`, whose questions are `questions`, with the answers
    /// it implies, in one transaction. Returns the questions whose answers changed.
    pub fn decide_control(
        &mut self,
        assessment: i64,
        control: &str,
        questions: &[&str],
        decision: &Decision,
    ) -> Result<Vec<String>, StoreError> {
        self.require_assessment(assessment)?;
        let label = self.label.clone();
        let author = self.author.clone();
        let tx = self.begin()?;
        let changed = decide(
            &tx, &label, &author, assessment, control, questions, decision,
        )?;
        tx.commit().map_err(|e| sqlite(&label, e))?;
        Ok(changed)
    }

    /// Confirms an applicability suggestion: its decision is written on the control, whose
    /// questions are `questions`, exactly as [`Store::decide_control`] writes it, and the
    /// verdict recorded with its author, in one transaction. Returns the questions whose
    /// answers changed.
    pub fn accept_suggestion(
        &mut self,
        assessment: i64,
        questions: &[&str],
        suggestion: &Suggestion,
    ) -> Result<Vec<String>, StoreError> {
        self.require_assessment(assessment)?;
        let label = self.label.clone();
        let author = self.author.clone();
        let tx = self.begin()?;
        let changed = decide(
            &tx,
            &label,
            &author,
            assessment,
            suggestion.control(),
            questions,
            &suggestion.decision(),
        )?;
        record_verdict(&tx, assessment, suggestion, true, &author)
            .map_err(|e| sqlite(&label, e))?;
        tx.commit().map_err(|e| sqlite(&label, e))?;
        Ok(changed)
    }

    /// Rejects an applicability suggestion: nothing is decided, and it is not proposed again
    /// while it reads the same.
    pub fn reject_suggestion(
        &mut self,
        assessment: i64,
        suggestion: &Suggestion,
    ) -> Result<(), StoreError> {
        self.require_assessment(assessment)?;
        let label = self.label.clone();
        let author = self.author.clone();
        record_verdict(&self.conn, assessment, suggestion, false, &author)
            .map(|_| ())
            .map_err(|e| sqlite(&label, e))
    }

    /// Adds a risk to the register and returns its number (R1 is 1).
    pub fn add_risk(&mut self, id: i64, title: &str, level: RiskLevel) -> Result<u32, StoreError> {
        self.add_numbered(
            id,
            "risk",
            "INSERT INTO risk (assessment_id, number, title, level, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            [title, level.as_str(), ""],
        )
    }

    /// Replaces risk `number`'s title and level; false when there is none.
    pub fn update_risk(
        &mut self,
        id: i64,
        number: u32,
        title: &str,
        level: RiskLevel,
    ) -> Result<bool, StoreError> {
        self.require_assessment(id)?;
        let n = self
            .conn
            .execute(
                "UPDATE risk SET title = ?3, level = ?4, updated_at = ?5
                 WHERE assessment_id = ?1 AND number = ?2",
                params![
                    id,
                    number,
                    title,
                    level.as_str(),
                    Timestamp::now().to_string()
                ],
            )
            .map_err(|e| self.err(e))?;
        Ok(n > 0)
    }

    /// The controls whose inclusion reason names risk `number`, in control order.
    pub fn controls_citing_risk(&self, id: i64, number: u32) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT control FROM inclusion WHERE assessment_id = ?1 AND EXISTS
                 (SELECT 1 FROM json_each(risks) WHERE value = ?2) ORDER BY control",
            )
            .map_err(|e| self.err(e))?;
        stmt.query_map(params![id, number], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))
    }

    /// Removes risk `number`; false when there is none. Refused while a control's inclusion
    /// names it: a later risk may get the same number.
    pub fn remove_risk(&mut self, id: i64, number: u32) -> Result<bool, StoreError> {
        self.require_assessment(id)?;
        let label = self.label.clone();
        let tx = self.begin()?;
        let exists = tx
            .query_row(
                "SELECT 1 FROM risk WHERE assessment_id = ?1 AND number = ?2",
                params![id, number],
                |_| Ok(()),
            )
            .optional()
            .map_err(|e| sqlite(&label, e))?
            .is_some();
        if !exists {
            return Ok(false);
        }
        let controls: Vec<String> = tx
            .prepare(
                "SELECT control FROM inclusion WHERE assessment_id = ?1 AND EXISTS
                 (SELECT 1 FROM json_each(risks) WHERE value = ?2) ORDER BY control",
            )
            .and_then(|mut s| {
                s.query_map(params![id, number], |r| r.get(0))?
                    .collect::<rusqlite::Result<Vec<String>>>()
            })
            .map_err(|e| sqlite(&label, e))?;
        if !controls.is_empty() {
            return Err(StoreError::RiskCited {
                id,
                risk: format!("R{number}"),
                controls,
            });
        }
        tx.execute(
            "DELETE FROM risk WHERE assessment_id = ?1 AND number = ?2",
            params![id, number],
        )
        .and_then(|_| tx.commit())
        .map_err(|e| sqlite(&label, e))?;
        Ok(true)
    }

    /// Adds an AI system to the inventory and returns its number (S1 is 1).
    pub fn add_system(&mut self, id: i64, system: &AiSystem) -> Result<u32, StoreError> {
        self.require_assessment(id)?;
        let label = self.label.clone();
        let tx = self.begin()?;
        let run = || -> rusqlite::Result<u32> {
            let number: u32 = tx.query_row(
                "SELECT coalesce(max(number), 0) + 1 FROM ai_system WHERE assessment_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            write_system(&tx, id, number, system)?;
            Ok(number)
        };
        let number = run().map_err(|e| sqlite(&label, e))?;
        tx.commit().map_err(|e| sqlite(&label, e))?;
        Ok(number)
    }

    /// Replaces system `system.number`; false when there is none.
    pub fn update_system(&mut self, id: i64, system: &AiSystem) -> Result<bool, StoreError> {
        self.require_assessment(id)?;
        let label = self.label.clone();
        let tx = self.begin()?;
        let exists = tx
            .query_row(
                "SELECT 1 FROM ai_system WHERE assessment_id = ?1 AND number = ?2",
                params![id, system.number],
                |_| Ok(()),
            )
            .optional()
            .map_err(|e| sqlite(&label, e))?
            .is_some();
        if !exists {
            return Ok(false);
        }
        write_system(&tx, id, system.number, system)
            .and_then(|()| tx.commit())
            .map_err(|e| sqlite(&label, e))?;
        Ok(true)
    }

    /// Removes system `number`; false when there is none.
    pub fn remove_system(&mut self, id: i64, number: u32) -> Result<bool, StoreError> {
        self.require_assessment(id)?;
        let n = self
            .conn
            .execute(
                "DELETE FROM ai_system WHERE assessment_id = ?1 AND number = ?2",
                params![id, number],
            )
            .map_err(|e| self.err(e))?;
        Ok(n > 0)
    }
}

pub(super) fn write_system(
    tx: &Transaction,
    id: i64,
    number: u32,
    s: &AiSystem,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO ai_system (assessment_id, number, name, purpose, roles, eu_class, in_scope,
         updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (assessment_id, number) DO UPDATE SET name = excluded.name,
         purpose = excluded.purpose, roles = excluded.roles, eu_class = excluded.eu_class,
         in_scope = excluded.in_scope, updated_at = excluded.updated_at",
        params![
            id,
            number,
            s.name.trim(),
            s.purpose.trim(),
            serde_json::to_string(&s.roles).expect("texts serialise"),
            s.class.as_str(),
            s.in_scope,
            Timestamp::now().to_string()
        ],
    )?;
    Ok(())
}

/// Writes `decision` on `control` in `tx`: the answers it implies (each change in the answer's
/// history, by `author`) and the inclusion reason. Returns the questions whose answers changed.
fn decide(
    tx: &Transaction,
    label: &str,
    author: &str,
    assessment: i64,
    control: &str,
    questions: &[&str],
    decision: &Decision,
) -> Result<Vec<String>, StoreError> {
    let now = Timestamp::now();
    let mut changed = Vec::new();
    for question in questions {
        let old: Option<Answer> = tx
            .query_row(super::SELECT_ANSWER, params![assessment, question], |r| {
                Ok(super::row_to_answer(r, 0))
            })
            .optional()
            .map_err(|e| sqlite(label, e))?
            .transpose()
            .map_err(|why| StoreError::Corrupt {
                path: label.to_string(),
                why,
            })?;
        let before = old.clone().unwrap_or_default();
        let mut new = before.clone();
        match decision {
            Decision::Exclude(justification) => {
                new.response = Response::NotApplicable {
                    justification: justification.trim().to_string(),
                };
            }
            Decision::Include(_) => {
                if matches!(new.response, Response::NotApplicable { .. }) {
                    new.response = Response::Unanswered;
                }
            }
        }
        if new != before {
            super::write_answer(tx, assessment, question, &new, old.as_ref(), now, author)
                .map_err(|e| sqlite(label, e))?;
            changed.push((*question).to_string());
        }
    }
    match decision {
        Decision::Exclude(_) => tx.execute(
            "DELETE FROM inclusion WHERE assessment_id = ?1 AND control = ?2",
            params![assessment, control],
        ),
        Decision::Include(i) => tx.execute(
            "INSERT INTO inclusion (assessment_id, control, kind, reason, risks, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (assessment_id, control) DO UPDATE SET kind = excluded.kind,
             reason = excluded.reason, risks = excluded.risks,
             updated_at = excluded.updated_at",
            params![
                assessment,
                control,
                i.kind.map(ReasonKind::as_str),
                i.text.trim(),
                serde_json::to_string(&i.risks).expect("numbers serialise"),
                now.to_string()
            ],
        ),
    }
    .map_err(|e| sqlite(label, e))?;
    Ok(changed)
}

/// Appends what the assessor made of `suggestion`.
fn record_verdict(
    conn: &rusqlite::Connection,
    assessment: i64,
    suggestion: &Suggestion,
    accepted: bool,
    author: &str,
) -> rusqlite::Result<usize> {
    conn.execute(
        "INSERT INTO suggestion_verdict (assessment_id, control, updated_at, kind, text, verdict,
         author) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            assessment,
            suggestion.control(),
            Timestamp::now().to_string(),
            suggestion.kind(),
            suggestion.text(),
            if accepted { "accepted" } else { "rejected" },
            author
        ],
    )
}
