//! The engagement record of an assessment in the store: attendees, documents reviewed,
//! document control, and the assessment's events (see `engagement`). A finalised
//! assessment's rows are guarded (`super::guards`): any change reaching them is refused with
//! [`StoreError::Final`].

use jiff::Timestamp;
use jiff::civil::Date;
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError, sqlite};
use crate::engagement::{
    Attendee, DocumentControl, Engagement, Event, EventKind, OpenPoint, ReviewedDocument, Signature,
};

/// The message a trigger raises on a change to a finalised assessment.
pub(super) const FINAL_MARKER: &str = "aimsgap: the assessment is final";

fn last_question_key(id: i64) -> String {
    format!("last_question.{id}")
}

fn parse_date(s: Option<String>) -> Result<Option<Date>, String> {
    s.map(|s| {
        s.parse::<Date>()
            .map_err(|e| format!("bad date {s:?}: {e}"))
    })
    .transpose()
}

impl Store {
    /// The engagement record of an assessment (defaults where nothing is recorded).
    pub fn engagement(&self, id: i64) -> Result<Engagement, StoreError> {
        self.require_assessment(id)?;
        let conn = &self.conn;
        let read = || -> rusqlite::Result<Result<Engagement, String>> {
            let mut attendees = Vec::new();
            let mut stmt = conn.prepare(
                "SELECT number, name, role FROM attendee WHERE assessment_id = ?1 ORDER BY number",
            )?;
            let mut rows = stmt.query([id])?;
            while let Some(r) = rows.next()? {
                attendees.push(Attendee {
                    number: r.get(0)?,
                    name: r.get(1)?,
                    role: r.get(2)?,
                });
            }
            let mut documents = Vec::new();
            let mut stmt = conn.prepare(
                "SELECT number, title, version, dated FROM reviewed_document
                 WHERE assessment_id = ?1 ORDER BY number",
            )?;
            let mut rows = stmt.query([id])?;
            while let Some(r) = rows.next()? {
                let date = match parse_date(r.get(3)?) {
                    Ok(d) => d,
                    Err(e) => return Ok(Err(e)),
                };
                documents.push(ReviewedDocument {
                    number: r.get(0)?,
                    title: r.get(1)?,
                    version: r.get(2)?,
                    date,
                });
            }
            let control = conn
                .query_row(
                    "SELECT report_version, confidentiality, distribution, prepared_by,
                     prepared_on, reviewed_by, reviewed_on, approved_by, approved_on,
                     finalised_at FROM document_control WHERE assessment_id = ?1",
                    [id],
                    |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                            [
                                (r.get::<_, String>(3)?, r.get::<_, Option<String>>(4)?),
                                (r.get(5)?, r.get(6)?),
                                (r.get(7)?, r.get(8)?),
                            ],
                            r.get::<_, Option<String>>(9)?,
                        ))
                    },
                )
                .optional()?;
            let control = match control {
                None => DocumentControl::default(),
                Some((version, label, distribution, signatures, finalised)) => {
                    let built = (|| -> Result<DocumentControl, String> {
                        let distribution: Vec<String> = serde_json::from_str(&distribution)
                            .map_err(|e| format!("bad distribution list: {e}"))?;
                        let mut sig = Vec::new();
                        for (by, on) in signatures {
                            sig.push(Signature {
                                by,
                                on: parse_date(on)?,
                            });
                        }
                        let [prepared, reviewed, approved]: [Signature; 3] =
                            sig.try_into().expect("three signatures");
                        Ok(DocumentControl {
                            report_version: version,
                            confidentiality: label,
                            distribution,
                            prepared,
                            reviewed,
                            approved,
                            finalised_at: finalised
                                .map(|s| {
                                    s.parse::<Timestamp>()
                                        .map_err(|e| format!("bad time {s:?}: {e}"))
                                })
                                .transpose()?,
                        })
                    })();
                    match built {
                        Ok(c) => c,
                        Err(e) => return Ok(Err(e)),
                    }
                }
            };
            let mut events = Vec::new();
            let mut stmt = conn.prepare(
                "SELECT at, event, detail FROM assessment_event WHERE assessment_id = ?1
                 ORDER BY rowid",
            )?;
            let mut rows = stmt.query([id])?;
            while let Some(r) = rows.next()? {
                let at: String = r.get(0)?;
                let kind: String = r.get(1)?;
                let (Ok(at), Some(kind)) = (at.parse::<Timestamp>(), EventKind::parse(&kind))
                else {
                    return Ok(Err(format!("bad event {kind:?} at {at:?}")));
                };
                events.push(Event {
                    at,
                    kind,
                    detail: r.get(2)?,
                });
            }
            let narrative: String = conn
                .query_row(
                    "SELECT text FROM narrative WHERE assessment_id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .optional()?
                .unwrap_or_default();
            let mut points = Vec::new();
            let mut stmt = conn.prepare(
                "SELECT question_id, text, parked_at, resolved_at FROM open_point
                 WHERE assessment_id = ?1 ORDER BY parked_at, rowid",
            )?;
            let mut rows = stmt.query([id])?;
            while let Some(r) = rows.next()? {
                let question_id: String = r.get(0)?;
                let parked: String = r.get(2)?;
                let resolved: Option<String> = r.get(3)?;
                let Ok(parked_at) = parked.parse::<Timestamp>() else {
                    return Ok(Err(format!(
                        "bad time {parked:?} on the open point of {question_id}"
                    )));
                };
                let resolved_at = match resolved.map(|s| s.parse::<Timestamp>()).transpose() {
                    Ok(t) => t,
                    Err(_) => {
                        return Ok(Err(format!(
                            "bad time of resolution on the open point of {question_id}"
                        )));
                    }
                };
                points.push(OpenPoint {
                    question_id,
                    text: r.get(1)?,
                    parked_at,
                    resolved_at,
                });
            }
            let mut risks = Vec::new();
            let mut stmt = conn.prepare(
                "SELECT number, title, level FROM risk WHERE assessment_id = ?1 ORDER BY number",
            )?;
            let mut rows = stmt.query([id])?;
            while let Some(r) = rows.next()? {
                let level: String = r.get(2)?;
                let Some(level) = crate::soa::RiskLevel::parse(&level) else {
                    return Ok(Err(format!("bad risk level {level:?}")));
                };
                risks.push(crate::soa::Risk {
                    number: r.get(0)?,
                    title: r.get(1)?,
                    level,
                });
            }
            let mut systems = Vec::new();
            let mut stmt = conn.prepare(
                "SELECT number, name, purpose, roles, eu_class, in_scope FROM ai_system
                 WHERE assessment_id = ?1 ORDER BY number",
            )?;
            let mut rows = stmt.query([id])?;
            while let Some(r) = rows.next()? {
                let roles: String = r.get(3)?;
                let class: String = r.get(4)?;
                let (Ok(roles), Some(class)) = (
                    serde_json::from_str::<Vec<String>>(&roles),
                    crate::systems::EuClass::parse(&class),
                ) else {
                    return Ok(Err(format!(
                        "bad AI system roles {roles:?} or class {class:?}"
                    )));
                };
                systems.push(crate::systems::AiSystem {
                    number: r.get(0)?,
                    name: r.get(1)?,
                    purpose: r.get(2)?,
                    roles,
                    class,
                    in_scope: r.get(5)?,
                });
            }
            let mut verdicts = Vec::new();
            let mut stmt = conn.prepare(
                "SELECT control, kind, text, verdict, author, updated_at FROM suggestion_verdict
                 WHERE assessment_id = ?1 ORDER BY rowid",
            )?;
            let mut rows = stmt.query([id])?;
            while let Some(r) = rows.next()? {
                let (control, kind, text): (String, String, String) =
                    (r.get(0)?, r.get(1)?, r.get(2)?);
                let verdict: String = r.get(3)?;
                let at: String = r.get(5)?;
                let (Some(suggestion), Ok(at)) = (
                    crate::systems::Suggestion::from_parts(&control, &kind, &text),
                    at.parse::<jiff::Timestamp>(),
                ) else {
                    return Ok(Err(format!(
                        "bad suggestion verdict on {control}: kind {kind:?} at {at:?}"
                    )));
                };
                verdicts.push(crate::systems::Verdict {
                    suggestion,
                    accepted: verdict == "accepted",
                    author: r.get(4)?,
                    at,
                });
            }
            let iso27001 = conn
                .prepare("SELECT ref FROM iso27001_in_place WHERE assessment_id = ?1")?
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(Ok(Engagement {
                handouts: Vec::new(),
                iso27001,
                verdicts,
                systems,
                risks,
                attendees,
                documents,
                control,
                events,
                narrative,
                points,
            }))
        };
        let mut record = read()
            .map_err(|e| self.err(e))?
            .map_err(|why| self.corrupt(why))?;
        record.handouts = self.handouts(id)?;
        Ok(record)
    }

    /// Records the assessor's narrative for the executive summary; an empty text removes it,
    /// so reports show the drafted one again.
    pub fn set_narrative(&mut self, id: i64, text: &str) -> Result<(), StoreError> {
        self.require_assessment(id)?;
        let label = self.label.clone();
        let result = if text.trim().is_empty() {
            self.conn
                .execute("DELETE FROM narrative WHERE assessment_id = ?1", [id])
                .map(|_| ())
        } else {
            self.conn
                .execute(
                    "INSERT INTO narrative (assessment_id, text, updated_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (assessment_id) DO UPDATE SET text = excluded.text,
                     updated_at = excluded.updated_at",
                    params![id, text, Timestamp::now().to_string()],
                )
                .map(|_| ())
        };
        result.map_err(|e| sqlite(&label, e))
    }

    /// Parks `question` for follow-up with `text` (see [`crate::engagement::point_text`]): a
    /// point already there, open or resolved, takes the new text and is open again.
    pub fn park(&mut self, id: i64, question: &str, text: &str) -> Result<(), StoreError> {
        self.require_assessment(id)?;
        let label = self.label.clone();
        self.conn
            .execute(
                "INSERT INTO open_point (assessment_id, question_id, text, parked_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (assessment_id, question_id) DO UPDATE SET text = excluded.text,
                 parked_at = excluded.parked_at, resolved_at = NULL",
                params![id, question, text, Timestamp::now().to_string()],
            )
            .map_err(|e| sqlite(&label, e))?;
        Ok(())
    }

    /// Marks the open point of `question` resolved; false when it has none open. The point
    /// stays, with the time it was resolved.
    pub fn resolve_point(&mut self, id: i64, question: &str) -> Result<bool, StoreError> {
        self.require_assessment(id)?;
        let label = self.label.clone();
        let n = self
            .conn
            .execute(
                "UPDATE open_point SET resolved_at = ?3
                 WHERE assessment_id = ?1 AND question_id = ?2 AND resolved_at IS NULL",
                params![id, question, Timestamp::now().to_string()],
            )
            .map_err(|e| sqlite(&label, e))?;
        Ok(n > 0)
    }

    /// The question the assessment was last left on (see [`Store::set_last_question`]).
    pub fn last_question(&self, id: i64) -> Result<Option<String>, StoreError> {
        self.setting(&last_question_key(id))
    }

    /// Remembers the question the assessment is left on, so that opening it again goes
    /// back there. A setting of this file: it is not part of a backup of one assessment.
    pub fn set_last_question(&mut self, id: i64, question: &str) -> Result<(), StoreError> {
        self.set_setting(&last_question_key(id), question)
    }

    /// Adds an attendee and returns their number.
    pub fn add_attendee(&mut self, id: i64, name: &str, role: &str) -> Result<u32, StoreError> {
        self.add_numbered(
            id,
            "attendee",
            "INSERT INTO attendee (assessment_id, number, name, role, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            [name, role, ""],
        )
    }

    /// Registers a document reviewed and returns its number.
    pub fn add_document(
        &mut self,
        id: i64,
        title: &str,
        version: &str,
        date: Option<Date>,
    ) -> Result<u32, StoreError> {
        let date = date.map(|d| d.to_string()).unwrap_or_default();
        self.add_numbered(
            id,
            "reviewed_document",
            "INSERT INTO reviewed_document (assessment_id, number, title, version, updated_at,
             dated) VALUES (?1, ?2, ?3, ?4, ?5, NULLIF(?6, ''))",
            [title, version, &date],
        )
    }

    pub(super) fn add_numbered(
        &mut self,
        id: i64,
        table: &str,
        insert: &str,
        texts: [&str; 3],
    ) -> Result<u32, StoreError> {
        let label = self.label.clone();
        let tx = self.begin()?;
        let run = || -> rusqlite::Result<Option<u32>> {
            if tx
                .query_row("SELECT 1 FROM assessment WHERE id = ?1", [id], |_| Ok(()))
                .optional()?
                .is_none()
            {
                return Ok(None);
            }
            let number: u32 = tx.query_row(
                &format!(
                    "SELECT coalesce(max(number), 0) + 1 FROM {table} WHERE assessment_id = ?1"
                ),
                [id],
                |r| r.get(0),
            )?;
            let now = Timestamp::now().to_string();
            let mut stmt = tx.prepare(insert)?;
            if insert.contains("?6") {
                stmt.execute(params![id, number, texts[0], texts[1], now, texts[2]])?;
            } else {
                stmt.execute(params![id, number, texts[0], texts[1], now])?;
            }
            Ok(Some(number))
        };
        let number = run().map_err(|e| sqlite(&label, e))?;
        let Some(number) = number else {
            return Err(StoreError::NoAssessment(id));
        };
        tx.commit().map_err(|e| sqlite(&label, e))?;
        Ok(number)
    }

    /// Replaces attendee `number`'s name and role; false when there is none.
    pub fn update_attendee(
        &mut self,
        id: i64,
        number: u32,
        name: &str,
        role: &str,
    ) -> Result<bool, StoreError> {
        self.require_assessment(id)?;
        let n = self
            .conn
            .execute(
                "UPDATE attendee SET name = ?3, role = ?4, updated_at = ?5
                 WHERE assessment_id = ?1 AND number = ?2",
                params![id, number, name, role, Timestamp::now().to_string()],
            )
            .map_err(|e| self.err(e))?;
        Ok(n > 0)
    }

    /// Replaces document `number`'s title, version and date; false when there is none.
    pub fn update_document(
        &mut self,
        id: i64,
        number: u32,
        title: &str,
        version: &str,
        date: Option<Date>,
    ) -> Result<bool, StoreError> {
        self.require_assessment(id)?;
        let n = self
            .conn
            .execute(
                "UPDATE reviewed_document SET title = ?3, version = ?4, dated = ?5,
                 updated_at = ?6 WHERE assessment_id = ?1 AND number = ?2",
                params![
                    id,
                    number,
                    title,
                    version,
                    date.map(|d| d.to_string()),
                    Timestamp::now().to_string()
                ],
            )
            .map_err(|e| self.err(e))?;
        Ok(n > 0)
    }

    /// Removes attendee `number`; false when there is none. Refused with
    /// [`StoreError::Cited`] while an answer says the attendee said it (see
    /// [`Store::remove_attendee_and_citations`]): a later attendee may get the same number.
    pub fn remove_attendee(&mut self, id: i64, number: u32) -> Result<bool, StoreError> {
        self.remove_attendee_with(id, number, false)
            .map(|removed| removed.is_some())
    }

    /// Removes attendee `number` and takes them out of every answer that says they said it,
    /// each change kept in that answer's history, in one transaction. Returns the questions
    /// whose answers changed, or `None` when there is no such attendee.
    pub fn remove_attendee_and_citations(
        &mut self,
        id: i64,
        number: u32,
    ) -> Result<Option<Vec<String>>, StoreError> {
        self.remove_attendee_with(id, number, true)
    }

    /// The questions whose answers say attendee `number` said it, in question id order.
    pub fn answers_citing(&self, id: i64, number: u32) -> Result<Vec<String>, StoreError> {
        citing(&self.conn, id, number).map_err(|e| self.err(e))
    }

    fn remove_attendee_with(
        &mut self,
        id: i64,
        number: u32,
        clear: bool,
    ) -> Result<Option<Vec<String>>, StoreError> {
        self.require_assessment(id)?;
        let label = self.label.clone();
        let author = self.author.clone();
        let tx = self.begin()?;
        let name: Option<String> = tx
            .query_row(
                "SELECT name FROM attendee WHERE assessment_id = ?1 AND number = ?2",
                params![id, number],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| sqlite(&label, e))?;
        let Some(name) = name else {
            return Ok(None);
        };
        let questions = citing(&tx, id, number).map_err(|e| sqlite(&label, e))?;
        if !questions.is_empty() && !clear {
            return Err(StoreError::Cited {
                id,
                attendee: format!("A{number} ({name})"),
                questions,
            });
        }
        let now = Timestamp::now();
        for question in &questions {
            let old = tx
                .query_row(super::SELECT_ANSWER, params![id, question], |r| {
                    Ok(super::row_to_answer(r, 0))
                })
                .map_err(|e| sqlite(&label, e))?
                .map_err(|why| StoreError::Corrupt {
                    path: label.clone(),
                    why,
                })?;
            let mut new = old.clone();
            new.said_by.retain(|n| *n != number);
            super::write_answer(&tx, id, question, &new, Some(&old), now, &author)
                .map_err(|e| sqlite(&label, e))?;
        }
        tx.execute(
            "DELETE FROM attendee WHERE assessment_id = ?1 AND number = ?2",
            params![id, number],
        )
        .and_then(|_| tx.commit())
        .map_err(|e| sqlite(&label, e))?;
        Ok(Some(questions))
    }

    /// Removes document `number` from the register; false when there is none. Evidence that
    /// cites it keeps its text.
    pub fn remove_document(&mut self, id: i64, number: u32) -> Result<bool, StoreError> {
        self.require_assessment(id)?;
        let n = self
            .conn
            .execute(
                "DELETE FROM reviewed_document WHERE assessment_id = ?1 AND number = ?2",
                params![id, number],
            )
            .map_err(|e| self.err(e))?;
        Ok(n > 0)
    }

    /// Reads the document control and writes what `change` makes of it, in one immediate
    /// transaction. `change` may refuse; then nothing is written.
    pub fn change_document_control<E: From<StoreError>>(
        &mut self,
        id: i64,
        change: impl FnOnce(&DocumentControl) -> Result<DocumentControl, E>,
    ) -> Result<(), E> {
        let label = self.label.clone();
        let tx = rusqlite::Transaction::new_unchecked(
            &self.conn,
            rusqlite::TransactionBehavior::Immediate,
        )
        .map_err(|e| self.err(e))?;
        let current = self.engagement(id)?.control;
        let new = change(&current)?;
        write_control(&self.conn, id, &new).map_err(|e| sqlite(&label, e))?;
        tx.commit().map_err(|e| sqlite(&label, e))?;
        Ok(())
    }

    /// Makes the assessment final (read-only) as of now, and records it in its history, in
    /// one transaction. Returns the time; refused when it is final already.
    pub fn finalise(&mut self, id: i64) -> Result<Timestamp, StoreError> {
        let now = Timestamp::now();
        let label = self.label.clone();
        let tx = rusqlite::Transaction::new_unchecked(
            &self.conn,
            rusqlite::TransactionBehavior::Immediate,
        )
        .map_err(|e| self.err(e))?;
        let current = self.engagement(id)?.control;
        if current.is_final() {
            return Err(StoreError::Final { id: Some(id) });
        }
        let control = DocumentControl {
            finalised_at: Some(now),
            ..current
        };
        write_control(&self.conn, id, &control)
            .and_then(|()| {
                self.conn.execute(
                    "INSERT INTO assessment_event (assessment_id, at, event, detail)
                     VALUES (?1, ?2, 'finalised', ?3)",
                    params![
                        id,
                        now.to_string(),
                        format!("version {}", control.report_version)
                    ],
                )
            })
            .map_err(|e| sqlite(&label, e))?;
        tx.commit().map_err(|e| sqlite(&label, e))?;
        Ok(now)
    }

    /// Makes a final assessment a draft again, recording it (and why) in its history.
    /// Returns false when it was not final.
    pub fn reopen(&mut self, id: i64, reason: &str) -> Result<bool, StoreError> {
        let now = Timestamp::now();
        let label = self.label.clone();
        let tx = self.begin()?;
        let run = || -> rusqlite::Result<usize> {
            let n = tx.execute(
                "UPDATE document_control SET finalised_at = NULL, updated_at = ?2
                 WHERE assessment_id = ?1 AND finalised_at IS NOT NULL",
                params![id, now.to_string()],
            )?;
            if n > 0 {
                tx.execute(
                    "INSERT INTO assessment_event (assessment_id, at, event, detail)
                     VALUES (?1, ?2, 'reopened', ?3)",
                    params![id, now.to_string(), reason.trim()],
                )?;
            }
            Ok(n)
        };
        let n = run().map_err(|e| sqlite(&label, e))?;
        tx.commit().map_err(|e| sqlite(&label, e))?;
        if n == 0 {
            self.require_assessment(id)?;
        }
        Ok(n > 0)
    }
}

fn citing(conn: &rusqlite::Connection, id: i64, number: u32) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT answer.question_id FROM answer, json_each(answer.said_by) AS cited
         WHERE answer.assessment_id = ?1 AND cited.value = ?2 ORDER BY answer.question_id",
    )?;
    stmt.query_map(params![id, number], |r| r.get(0))?.collect()
}

pub(super) fn write_control(
    conn: &rusqlite::Connection,
    id: i64,
    c: &DocumentControl,
) -> rusqlite::Result<()> {
    let date = |s: &Signature| s.on.map(|d| d.to_string());
    conn.execute(
        "INSERT INTO document_control (assessment_id, report_version, confidentiality,
         distribution, prepared_by, prepared_on, reviewed_by, reviewed_on, approved_by,
         approved_on, finalised_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (assessment_id) DO UPDATE SET report_version = excluded.report_version,
         confidentiality = excluded.confidentiality, distribution = excluded.distribution,
         prepared_by = excluded.prepared_by, prepared_on = excluded.prepared_on,
         reviewed_by = excluded.reviewed_by, reviewed_on = excluded.reviewed_on,
         approved_by = excluded.approved_by, approved_on = excluded.approved_on,
         finalised_at = excluded.finalised_at, updated_at = excluded.updated_at",
        params![
            id,
            c.report_version,
            c.confidentiality,
            serde_json::to_string(&c.distribution).expect("a list of strings serialises"),
            c.prepared.by,
            date(&c.prepared),
            c.reviewed.by,
            date(&c.reviewed),
            c.approved.by,
            date(&c.approved),
            c.finalised_at.map(|t| t.to_string()),
            Timestamp::now().to_string(),
        ],
    )?;
    Ok(())
}
