//! The client's self-assessment in the store (migration 20): one row per question the
//! client rated or commented on, beside the assessor's answers and never in them.

use std::collections::BTreeMap;

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};
use crate::survey::{Rating, SelfAssessment, SelfRating};

/// What an import replaced: how many questions the earlier self-assessment had, and when it
/// was imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replaced {
    pub questions: usize,
    pub imported_at: String,
}

impl Store {
    /// The self-assessment imported for an assessment (empty when none was).
    pub fn self_assessment(&self, assessment: i64) -> Result<SelfAssessment, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT question_id, level, not_applicable, comment, updated_at
                 FROM self_rating WHERE assessment_id = ?1",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([assessment], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<i64>>(1)?,
                    r.get::<_, bool>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })
            .map_err(|e| self.err(e))?;
        let mut ratings = BTreeMap::new();
        let mut imported_at: Option<Timestamp> = None;
        for row in rows {
            let (question, level, na, comment, at) = row.map_err(|e| self.err(e))?;
            let rating = match (level, na) {
                (_, true) => Rating::NotApplicable,
                (Some(l), false) => Rating::Level(u8::try_from(l).unwrap_or(u8::MAX)),
                (None, false) => Rating::Unrated,
            };
            if let Ok(at) = at.parse::<Timestamp>() {
                imported_at = Some(imported_at.map_or(at, |t| t.max(at)));
            }
            ratings.insert(question, SelfRating { rating, comment });
        }
        Ok(SelfAssessment {
            imported_at,
            ratings,
        })
    }

    /// Replaces the assessment's self-assessment with `ratings`, in one transaction: all of
    /// it or nothing. The assessor's answers are not touched. Returns what was replaced.
    pub fn replace_self_assessment(
        &mut self,
        assessment: i64,
        ratings: &BTreeMap<String, SelfRating>,
        at: Timestamp,
    ) -> Result<Option<Replaced>, StoreError> {
        self.require_assessment(assessment)?;
        let label = self.label.clone();
        let err = |e| super::sqlite(&label, e);
        let tx = self.conn.transaction().map_err(err)?;
        let before: Option<(i64, Option<String>)> = tx
            .query_row(
                "SELECT count(*), max(updated_at) FROM self_rating WHERE assessment_id = ?1",
                [assessment],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(err)?;
        tx.execute(
            "DELETE FROM self_rating WHERE assessment_id = ?1",
            [assessment],
        )
        .map_err(err)?;
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO self_rating (assessment_id, question_id, level, not_applicable,
                     comment, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )
                .map_err(err)?;
            let at = at.to_string();
            for (question, r) in ratings {
                let (level, na) = match r.rating {
                    Rating::Level(l) => (Some(i64::from(l)), false),
                    Rating::NotApplicable => (None, true),
                    Rating::Unrated => (None, false),
                };
                insert
                    .execute(params![assessment, question, level, na, r.comment, at])
                    .map_err(err)?;
            }
        }
        tx.commit().map_err(err)?;
        Ok(before.and_then(|(n, at)| {
            Some(Replaced {
                questions: usize::try_from(n).ok().filter(|n| *n > 0)?,
                imported_at: at?,
            })
        }))
    }
}
