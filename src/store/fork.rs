//! Handing a copy of an assessment to another assessor (`aimsgap fork`), and the record of the
//! copies handed out. A copy is a backup of the one assessment (same UUIDs, so that `merge`
//! brings it back) that says, in its settings, which handout it is and whose name its changes
//! carry. With its scores cleared it holds nothing of the scoring done so far: no level,
//! finding, recommendation, management response, private note, draft, narrative or answer
//! history, and its free pages are wiped, so that no tool reading the file finds them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use rusqlite::{Connection, params};

use super::backup::Replace;
use super::{Store, StoreError};
use crate::calibration::{self, Agreement, Handout, Returned, Scores, Sheet};

/// The setting of a copy handed out that names its handout (by UUID).
pub const HANDOUT_SETTING: &str = "handout";

/// Clears the scoring from the copy of assessment `id` (the only one in `copy`).
fn clear(copy: &Connection) -> rusqlite::Result<()> {
    // The history is append-only while its assessment exists: the guard is set aside for the
    // copy only, and put back as it was.
    let guard: String = copy.query_row(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'answer_history_no_delete'",
        [],
        |r| r.get(0),
    )?;
    copy.execute_batch(&format!(
        "DROP TRIGGER answer_history_no_delete;
         DELETE FROM answer_history;
         {guard};
         UPDATE answer SET maturity = NULL, finding = '', recommendation = '',
             management_response = '', notes = ''
             WHERE not_applicable = 0;
         DELETE FROM draft;
         DELETE FROM merge_conflict;
         DELETE FROM assessment_figures;
         DELETE FROM narrative;"
    ))
}

fn handout(r: &rusqlite::Row<'_>) -> rusqlite::Result<Result<Handout, String>> {
    let time = |s: String| {
        s.parse::<Timestamp>()
            .map_err(|e| format!("bad time {s:?}: {e}"))
    };
    let scores: String = r.get(2)?;
    let returned_at: Option<String> = r.get(5)?;
    let compared: Option<i64> = r.get(6)?;
    let within: Option<i64> = r.get(7)?;
    let build = || -> Result<Handout, String> {
        let returned = match (returned_at, compared, within) {
            (Some(at), Some(c), Some(w)) => Some(Returned {
                at: time(at)?,
                agreement: Agreement {
                    compared: usize::try_from(c).map_err(|e| e.to_string())?,
                    within_one: usize::try_from(w).map_err(|e| e.to_string())?,
                },
            }),
            _ => None,
        };
        Ok(Handout {
            uuid: r.get(0).map_err(|e| e.to_string())?,
            assessor: r.get(1).map_err(|e| e.to_string())?,
            scores: Scores::parse(&scores).ok_or(format!("bad scores {scores:?}"))?,
            handed_at: time(r.get(3).map_err(|e| e.to_string())?)?,
            file: r.get(4).map_err(|e| e.to_string())?,
            returned,
        })
    };
    Ok(build())
}

/// A copy scored blind, come back through `merge` (see `Store::blind_returns`).
#[derive(Debug, Clone, PartialEq)]
pub struct BlindReturn {
    /// The assessment here.
    pub id: i64,
    pub handout: Handout,
    pub agreement: Agreement,
}

/// Records on its handout that a copy scored blind came back, and how far it agreed.
pub(super) fn record_return(
    tx: &Connection,
    r: &BlindReturn,
    now: Timestamp,
) -> rusqlite::Result<()> {
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    tx.execute(
        "UPDATE handout SET returned_at = ?3, compared = ?4, within_one = ?5
         WHERE assessment_id = ?1 AND uuid = ?2 AND returned_at IS NULL",
        params![
            r.id,
            r.handout.uuid,
            now.to_string(),
            count(r.agreement.compared),
            count(r.agreement.within_one)
        ],
    )
    .map(drop)
}

/// An assessment here, with the levels here and in each file that holds a copy of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    pub id: i64,
    pub organisation: String,
    /// Here first, then the files in the order given.
    pub sheets: Vec<Sheet>,
}

impl Store {
    /// The levels of assessment `id` here, each with who gave it (`fallback` when its history
    /// does not say), as `source`.
    fn sheet(&self, id: i64, source: &str, fallback: &str) -> Result<Sheet, StoreError> {
        let history = super::merge::changes(self.history(id, None)?);
        Ok(Sheet {
            source: source.to_string(),
            levels: calibration::levels(&self.answers(id)?, &history, fallback),
        })
    }

    /// The copy handed out that this file is, if it is one.
    fn own_handout(&self, id: i64) -> Result<Option<Handout>, StoreError> {
        let Some(uuid) = self.setting(HANDOUT_SETTING)? else {
            return Ok(None);
        };
        Ok(self.handouts(id)?.into_iter().find(|h| h.uuid == uuid))
    }

    /// For each assessment here that a file of `sources` holds a copy of (of `into` only, when
    /// given), its levels here and in each copy, to compare before merging. Reads only; each
    /// file is refused as `merge` refuses it.
    pub fn compare_copies(
        &self,
        sources: &[PathBuf],
        into: Option<i64>,
    ) -> Result<Vec<Compared>, StoreError> {
        let mut out: BTreeMap<i64, Compared> = BTreeMap::new();
        for source in sources {
            let label = source.display().to_string();
            let (copy, pairs) = self.copies_of(source, into)?;
            for (o, t) in pairs {
                if let std::collections::btree_map::Entry::Vacant(e) = out.entry(o.id) {
                    let here = self.sheet(o.id, "here", crate::author::UNKNOWN)?;
                    e.insert(Compared {
                        id: o.id,
                        organisation: o.organisation.clone(),
                        sheets: vec![here],
                    });
                }
                let fallback = copy
                    .own_handout(t.id)?
                    .map_or(crate::author::UNKNOWN.to_string(), |h| h.assessor);
                let sheet = copy.sheet(t.id, &label, &fallback)?;
                out.get_mut(&o.id)
                    .expect("inserted above")
                    .sheets
                    .push(sheet);
            }
        }
        Ok(out.into_values().collect())
    }

    /// The copies scored blind that `copy` (loaded from `label`) brings back for the first
    /// time, among `pairs`: each with its assessment here, its handout and how far its levels
    /// agree with the levels here now, before the merge changes them.
    pub(super) fn blind_returns(
        &self,
        copy: &Store,
        label: &str,
        pairs: &[(super::merge::Side, super::merge::Side)],
    ) -> Result<Vec<BlindReturn>, StoreError> {
        let mut out = Vec::new();
        for (o, t) in pairs {
            let Some(h) = copy.own_handout(t.id)? else {
                continue;
            };
            let first_time = self
                .handouts(o.id)?
                .iter()
                .any(|mine| mine.uuid == h.uuid && mine.returned.is_none());
            if h.scores != Scores::Cleared || !first_time {
                continue;
            }
            let sheets = [
                self.sheet(o.id, "here", crate::author::UNKNOWN)?,
                copy.sheet(t.id, label, &h.assessor)?,
            ];
            out.push(BlindReturn {
                id: o.id,
                handout: h,
                agreement: calibration::compare(&sheets).agreement,
            });
        }
        Ok(out)
    }

    /// Writes a copy of assessment `id` to `dest` for `assessor` (see the module), and records
    /// the handout here and in the copy. `dest` must not exist, unless `force` and it is
    /// not an SQLite database or is an earlier copy handed out; the database in use never.
    pub fn fork_to(
        &mut self,
        id: i64,
        assessor: &str,
        scores: Scores,
        dest: &Path,
        force: bool,
    ) -> Result<Handout, StoreError> {
        self.require_assessment(id)?;
        if self.engagement(id)?.is_final() {
            return Err(StoreError::Final { id: Some(id) });
        }
        let uuid: String = self
            .conn
            .query_row("SELECT lower(hex(randomblob(16)))", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        let handout = Handout {
            uuid,
            assessor: assessor.to_string(),
            scores,
            handed_at: Timestamp::now(),
            file: dest.display().to_string(),
            returned: None,
        };
        let record = |conn: &Connection| -> rusqlite::Result<()> {
            conn.execute(
                "INSERT INTO handout (assessment_id, uuid, assessor, scores, handed_at, file)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    id,
                    handout.uuid,
                    handout.assessor,
                    scores.name(),
                    handout.handed_at.to_string(),
                    handout.file
                ],
            )
            .map(drop)
        };
        let replace = if force {
            Replace::Fork
        } else {
            Replace::Unless
        };
        self.write_copy(dest, Some(id), replace, |copy| {
            // The copy records its own handout only: the others are this file's business.
            copy.execute("DELETE FROM handout", [])?;
            record(copy)?;
            copy.execute(
                "INSERT OR REPLACE INTO setting (key, value) VALUES (?1, ?2), (?3, ?4)",
                params![
                    HANDOUT_SETTING,
                    handout.uuid,
                    crate::author::USER_SETTING,
                    handout.assessor
                ],
            )?;
            if scores == Scores::Cleared {
                clear(copy)?;
            }
            copy.execute_batch("VACUUM;")
        })?;
        record(&self.conn).map_err(|e| self.err(e))?;
        Ok(handout)
    }

    /// The copies of assessment `id` handed out, oldest first.
    pub fn handouts(&self, id: i64) -> Result<Vec<Handout>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT uuid, assessor, scores, handed_at, file, returned_at, compared,
                 within_one FROM handout WHERE assessment_id = ?1 ORDER BY handed_at, uuid",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([id], handout)
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        rows.into_iter()
            .map(|r| r.map_err(|why| self.corrupt(why)))
            .collect()
    }
}
