//! Merging another interviewer's file of the same engagement: the rules are in `crate::merge`;
//! here, reading both histories and writing the result, in one transaction.

use std::path::Path;

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError, sqlite, write_answer};
use crate::assessment::Answer;
use crate::merge::{self, Change, Conflict};

/// What merging one assessment brought in.
#[derive(Debug, Clone, PartialEq)]
pub struct MergedAssessment {
    /// Its id here, and in the other file.
    pub id: i64,
    pub from: i64,
    pub organisation: String,
    /// Changes of the other file this one lacked, now in its history.
    pub added: usize,
    /// Answers whose value changed here.
    pub changed: usize,
    pub conflicts: Vec<Conflict>,
    /// A copy scored blind, come back for the first time: its handout and how far its levels
    /// agreed with the levels here before the merge (recorded for the report).
    pub returned: Option<super::fork::BlindReturn>,
}

/// A conflict a merge found and nobody has resolved yet.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenConflict {
    pub question_id: String,
    pub field: String,
    /// The two values as JSON text (`null`: not set).
    pub left: String,
    pub right: String,
    pub left_at: String,
    pub left_author: String,
    pub right_at: String,
    pub right_author: String,
}

/// The value a person chose for a conflicting field.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolution {
    /// This file's.
    Left,
    /// The file merged in.
    Right,
    /// A value of one's own, as the field holds it in JSON.
    Value(serde_json::Value),
}

#[derive(Debug, Clone)]
pub(super) struct Side {
    pub(super) id: i64,
    uuid: Option<String>,
    pub(super) organisation: String,
    questionnaire: String,
    version: String,
    hash: String,
}

fn sides(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<Side>> {
    conn.prepare(
        "SELECT id, uuid, organisation, questionnaire_id, questionnaire_version,
         questionnaire_hash FROM assessment ORDER BY id",
    )?
    .query_map([], |r| {
        Ok(Side {
            id: r.get(0)?,
            uuid: r.get(1)?,
            organisation: r.get(2)?,
            questionnaire: r.get(3)?,
            version: r.get(4)?,
            hash: r.get(5)?,
        })
    })?
    .collect()
}

fn refuse(path: &str, why: MergeRefusal) -> StoreError {
    StoreError::NotMerged {
        path: path.to_string(),
        why,
    }
}

/// Why a file was not merged ([`StoreError::NotMerged`]), said in the user's language by
/// [`MergeRefusal::message_in`]; in English the same as its `Display` text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeRefusal {
    /// It is a backup that could not be restored: how many problems, and the first.
    #[error(
        "{count} value{} in it cannot be trusted, the first: {}; `aimsgap restore` on a scratch database lists them all",
        if *count == 1 { "" } else { "s" },
        first.as_ref().map(ToString::to_string).unwrap_or_default()
    )]
    Untrusted {
        count: usize,
        first: Option<Box<super::Problem>>,
    },
    /// It is not an aimsgap database, or SQLite cannot read it: what SQLite said.
    #[error("{0}")]
    Unreadable(String),
    /// One assessment of it is a copy of several here.
    #[error(
        "its assessment {theirs} is a copy of assessments {} here; say which with --into ID",
        ours.iter().map(ToString::to_string).collect::<Vec<_>>().join(" and ")
    )]
    SeveralCopies { theirs: i64, ours: Vec<i64> },
    /// It holds no copy of any assessment here (of `into`, when given).
    #[error(
        "it is of another engagement: it holds no copy of {}; `aimsgap restore` brings its assessments in as new ones",
        into.map_or("any assessment here".to_string(), |id| format!("assessment {id}"))
    )]
    OtherEngagement { into: Option<i64> },
    /// Its copy of assessment `id` was taken against another questionnaire.
    #[error(
        "its copy of assessment {id} uses questionnaire {theirs}, this one {ours}: answers to different questionnaires cannot be merged"
    )]
    OtherQuestionnaire {
        id: i64,
        /// "iso42001 1.0"
        theirs: String,
        ours: String,
    },
}

impl MergeRefusal {
    pub fn message_in(&self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            MergeRefusal::Untrusted { count, first } => t!(
                lang,
                "store-merge-untrusted",
                count = *count,
                first = &first
                    .as_ref()
                    .map(|p| p.message_in(lang))
                    .unwrap_or_default()
            ),
            MergeRefusal::Unreadable(why) => why.clone(),
            MergeRefusal::SeveralCopies { theirs, ours } => {
                let ours: Vec<String> = ours.iter().map(ToString::to_string).collect();
                t!(
                    lang,
                    "store-merge-several-copies",
                    theirs = &theirs.to_string(),
                    ours = &ours.join(&t!(lang, "store-merge-and"))
                )
            }
            MergeRefusal::OtherEngagement { into: None } => {
                t!(lang, "store-merge-other-engagement")
            }
            MergeRefusal::OtherEngagement { into: Some(id) } => t!(
                lang,
                "store-merge-other-engagement-into",
                id = &id.to_string()
            ),
            MergeRefusal::OtherQuestionnaire { id, theirs, ours } => t!(
                lang,
                "store-merge-other-questionnaire",
                id = &id.to_string(),
                theirs = theirs,
                ours = ours
            ),
        }
    }
}

impl Store {
    /// The assessment's stable identity, the same in every copy of it (backups, restores,
    /// other interviewers' files).
    pub fn assessment_uuid(&self, id: i64) -> Result<String, StoreError> {
        self.require_assessment(id)?;
        self.conn
            .query_row("SELECT uuid FROM assessment WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .map_err(|e| self.err(e))
    }

    /// An answer's stable identity, if it is answered.
    pub fn answer_uuid(&self, id: i64, question: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row(
                "SELECT uuid FROM answer WHERE assessment_id = ?1 AND question_id = ?2",
                params![id, question],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// The copies, in the aimsgap database or backup at `source`, of assessments here (the
    /// same UUID) — of `into` only, when given — each paired with its assessment here, and
    /// the file loaded and checked. Refused for a file that is damaged or not aimsgap's, that
    /// holds no copy of an assessment here, or whose copy uses another questionnaire version.
    pub(super) fn copies_of(
        &self,
        source: &Path,
        into: Option<i64>,
    ) -> Result<(Store, Vec<(Side, Side)>), StoreError> {
        let label = source.display().to_string();
        if let Some(id) = into {
            self.require_assessment(id)?;
        }
        let (copy, _name) = self.load_copy(source).map_err(|e| match e {
            StoreError::BadBackup { problems, .. } => refuse(
                &label,
                MergeRefusal::Untrusted {
                    count: problems.len(),
                    first: problems.into_iter().next().map(Box::new),
                },
            ),
            StoreError::Foreign { why, .. } | StoreError::Damaged { why, .. } => {
                refuse(&label, MergeRefusal::Unreadable(why))
            }
            other => other,
        })?;
        let theirs = sides(&copy.conn).map_err(|e| sqlite(&label, e))?;
        let ours = sides(&self.conn).map_err(|e| self.err(e))?;
        let mut pairs = Vec::new();
        for t in &theirs {
            let Some(uuid) = &t.uuid else { continue };
            let here: Vec<&Side> = ours
                .iter()
                .filter(|o| o.uuid.as_ref() == Some(uuid))
                .filter(|o| into.is_none_or(|id| o.id == id))
                .collect();
            match here.as_slice() {
                [] => {}
                [one] => pairs.push(((*one).clone(), t.clone())),
                several => {
                    return Err(refuse(
                        &label,
                        MergeRefusal::SeveralCopies {
                            theirs: t.id,
                            ours: several.iter().map(|s| s.id).collect(),
                        },
                    ));
                }
            }
        }
        if pairs.is_empty() {
            return Err(refuse(&label, MergeRefusal::OtherEngagement { into }));
        }
        for (o, t) in &pairs {
            if o.hash != t.hash {
                return Err(refuse(
                    &label,
                    MergeRefusal::OtherQuestionnaire {
                        id: o.id,
                        theirs: format!("{} {}", t.questionnaire, t.version),
                        ours: format!("{} {}", o.questionnaire, o.version),
                    },
                ));
            }
        }
        Ok((copy, pairs))
    }

    /// Merges the assessments of the aimsgap database or backup at `source` that are copies of
    /// assessments here (the same UUID) into them — into `into` only, when given. Refused,
    /// with nothing changed, for a file that is damaged or not aimsgap's, that holds no copy of
    /// an assessment here, or whose copy uses another questionnaire version. All or nothing.
    pub fn merge_from(
        &mut self,
        source: &Path,
        into: Option<i64>,
    ) -> Result<Vec<MergedAssessment>, StoreError> {
        let (copy, pairs) = self.copies_of(source, into)?;
        for (o, _) in &pairs {
            if self.is_final(o.id)? {
                return Err(StoreError::Final { id: Some(o.id) });
            }
        }
        let mut plans = Vec::new();
        for (o, t) in &pairs {
            let left = changes(self.history(o.id, None)?);
            let right = changes(copy.history(t.id, None)?);
            let merged = merge::merge(&left, &right);
            let current = self.answers(o.id)?;
            let mut their_uuids = Vec::new();
            for q in merged.answers.keys() {
                if !current.contains_key(q) {
                    their_uuids.push((q.clone(), copy.answer_uuid(t.id, q)?));
                }
            }
            // The ISO 27001 references in place are united: one interviewer may have
            // ticked what the other did not.
            let their_refs = copy.iso27001_in_place(t.id)?;
            plans.push((o, t, merged, current, their_uuids, their_refs));
        }

        let returns = self.blind_returns(&copy, &source.display().to_string(), &pairs)?;
        let now = Timestamp::now();
        let author = self.author.clone();
        let here = self.label.clone();
        let tx = self.begin()?;
        let run = || -> rusqlite::Result<Vec<MergedAssessment>> {
            let mut report = Vec::new();
            for (o, t, merged, current, their_uuids, their_refs) in &plans {
                for r in their_refs {
                    tx.execute(
                        "INSERT OR IGNORE INTO iso27001_in_place (assessment_id, ref, updated_at)
                         VALUES (?1, ?2, ?3)",
                        params![o.id, r, now.to_string()],
                    )?;
                }
                let mut added = merged.added.clone();
                added.sort_by(|a, b| {
                    (a.changed_at, &a.author, &a.question_id).cmp(&(
                        b.changed_at,
                        &b.author,
                        &b.question_id,
                    ))
                });
                let to_json = |a: &Answer| serde_json::to_string(a).expect("answers serialise");
                for c in &added {
                    tx.prepare_cached(concat!(
                        "INSERT INTO answer_history (id, assessment_id, question_id, changed_at,
                         old_value, new_value, author)
                         SELECT coalesce(max(id), ?1 << 32) + 1, ?1, ?2, ?3, ?4, ?5, ?6
                         FROM answer_history WHERE ",
                        history_of!("id", "?1")
                    ))?
                    .execute(params![
                        o.id,
                        c.question_id,
                        c.changed_at.to_string(),
                        c.old.as_ref().map(to_json),
                        to_json(&c.new),
                        c.author
                    ])?;
                }
                let mut changed = 0;
                for (q, answer) in &merged.answers {
                    let before = current.get(q);
                    if before == Some(answer) {
                        continue;
                    }
                    changed += 1;
                    write_answer(&tx, o.id, q, answer, before, now, &author)?;
                }
                for (q, uuid) in their_uuids {
                    if let Some(uuid) = uuid {
                        tx.execute(
                            "UPDATE answer SET uuid = ?3 WHERE assessment_id = ?1
                             AND question_id = ?2",
                            params![o.id, q, uuid],
                        )?;
                    }
                }
                for c in &merged.conflicts {
                    let value = |v: &Option<serde_json::Value>| {
                        v.as_ref().map(|v| v.to_string()).unwrap_or("null".into())
                    };
                    tx.execute(
                        "INSERT OR REPLACE INTO merge_conflict (assessment_id, question_id,
                         field, left_value, right_value, left_at, left_author, right_at,
                         right_author, found_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                        params![
                            o.id,
                            c.question_id,
                            c.field,
                            value(&c.left),
                            value(&c.right),
                            c.left_at.0.to_string(),
                            c.left_at.1,
                            c.right_at.0.to_string(),
                            c.right_at.1,
                            now.to_string()
                        ],
                    )?;
                }
                let returned = returns.iter().find(|r| r.id == o.id).cloned();
                if let Some(r) = &returned {
                    super::fork::record_return(&tx, r, now)?;
                }
                report.push(MergedAssessment {
                    returned,
                    id: o.id,
                    from: t.id,
                    organisation: o.organisation.clone(),
                    added: added.len(),
                    changed,
                    conflicts: merged.conflicts.clone(),
                });
            }
            Ok(report)
        };
        let report = run().map_err(|e| sqlite(&here, e))?;
        tx.commit().map_err(|e| sqlite(&here, e))?;
        Ok(report)
    }

    /// The conflicts merges found in an assessment and nobody resolved yet.
    pub fn conflicts(&self, id: i64) -> Result<Vec<OpenConflict>, StoreError> {
        self.require_assessment(id)?;
        let mut stmt = self
            .conn
            .prepare(
                "SELECT question_id, field, coalesce(left_value, 'null'),
                 coalesce(right_value, 'null'), left_at, left_author, right_at, right_author
                 FROM merge_conflict WHERE assessment_id = ?1 ORDER BY question_id, field",
            )
            .map_err(|e| self.err(e))?;
        stmt.query_map([id], |r| {
            Ok(OpenConflict {
                question_id: r.get(0)?,
                field: r.get(1)?,
                left: r.get(2)?,
                right: r.get(3)?,
                left_at: r.get(4)?,
                left_author: r.get(5)?,
                right_at: r.get(6)?,
                right_author: r.get(7)?,
            })
        })
        .and_then(|rows| rows.collect())
        .map_err(|e| self.err(e))
    }

    /// Resolves a conflict a merge found: the answer's `field` takes the chosen value (`check`
    /// may refuse the answer that makes, and then nothing changes), recorded in its history,
    /// and the conflict goes from the list.
    pub fn resolve_conflict<E: From<StoreError>>(
        &mut self,
        id: i64,
        question: &str,
        field: &str,
        choice: Resolution,
        check: impl FnOnce(&Answer) -> Result<(), E>,
    ) -> Result<(), E> {
        let open = self.conflicts(id)?;
        let Some(c) = open
            .iter()
            .find(|c| c.question_id == question && c.field == field)
        else {
            return Err(StoreError::NoConflict {
                id,
                question: question.to_string(),
                field: field.to_string(),
            }
            .into());
        };
        let value: serde_json::Value = match choice {
            Resolution::Left => serde_json::from_str(&c.left),
            Resolution::Right => serde_json::from_str(&c.right),
            Resolution::Value(v) => Ok(v),
        }
        .map_err(|e| self.corrupt(e.to_string()))?;
        let field = field.to_string();
        self.update_answer(id, question, |current| {
            let answer =
                merge::with_field(current, &field, &value).map_err(|why| StoreError::BadValue {
                    field: field.clone(),
                    why,
                })?;
            check(&answer)?;
            Ok::<_, E>(answer)
        })?;
        self.conn
            .execute(
                "DELETE FROM merge_conflict WHERE assessment_id = ?1 AND question_id = ?2
                 AND field = ?3",
                params![id, question, c.field],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    fn is_final(&self, id: i64) -> Result<bool, StoreError> {
        self.conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = ?1 AND finalised_at IS NOT NULL)",
                [id],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }
}

pub(super) fn changes(history: Vec<super::HistoryEntry>) -> Vec<Change> {
    history
        .into_iter()
        .map(|h| Change {
            question_id: h.question_id,
            changed_at: h.changed_at,
            author: h.author,
            old: h.old,
            new: h.new,
        })
        .collect()
}
