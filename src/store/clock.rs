//! The workshop clock in the store: timeboxes per section and the time spent per sitting (see
//! `crate::clock`). A finalised assessment's rows are guarded (`super::guards`).

use std::collections::BTreeMap;

use jiff::Timestamp;
use rusqlite::params;

use super::{Store, StoreError, sqlite};
use crate::clock::{Spent, StoredSitting};

impl Store {
    /// The timeboxes of an assessment: minutes per section id.
    pub fn timeboxes(&self, id: i64) -> Result<BTreeMap<String, u32>, StoreError> {
        self.require_assessment(id)?;
        let read = || -> rusqlite::Result<BTreeMap<String, u32>> {
            let mut stmt = self
                .conn
                .prepare("SELECT section_id, minutes FROM timebox WHERE assessment_id = ?1")?;
            stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect()
        };
        read().map_err(|e| self.err(e))
    }

    /// Sets a section's timebox in minutes (`None` removes it). The caller checks the section
    /// against the questionnaire and the minutes against [`crate::clock::parse_timebox`].
    pub fn set_timebox(
        &mut self,
        id: i64,
        section: &str,
        minutes: Option<u32>,
    ) -> Result<(), StoreError> {
        self.require_assessment(id)?;
        let label = self.label.clone();
        let result = match minutes {
            None => self.conn.execute(
                "DELETE FROM timebox WHERE assessment_id = ?1 AND section_id = ?2",
                params![id, section],
            ),
            Some(m) => self.conn.execute(
                "INSERT INTO timebox (assessment_id, section_id, minutes) VALUES (?1, ?2, ?3)
                 ON CONFLICT (assessment_id, section_id) DO UPDATE SET minutes = excluded.minutes",
                params![id, section, m],
            ),
        };
        result.map(|_| ()).map_err(|e| sqlite(&label, e))
    }

    /// Every sitting of an assessment, oldest first, with its time per section.
    pub fn sittings(&self, id: i64) -> Result<Vec<StoredSitting>, StoreError> {
        self.require_assessment(id)?;
        let read = || -> rusqlite::Result<Vec<(String, String, String, i64)>> {
            let mut stmt = self.conn.prepare(
                "SELECT started_at, ended_at, section_id, millis FROM sitting_time
                 WHERE assessment_id = ?1 ORDER BY started_at, section_id",
            )?;
            stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect()
        };
        let rows = read().map_err(|e| self.err(e))?;
        let mut out: Vec<StoredSitting> = Vec::new();
        for (started, ended, section, millis) in rows {
            let time = |s: &str| {
                s.parse::<Timestamp>()
                    .map_err(|_| self.corrupt(format!("bad time {s:?} on a sitting")))
            };
            let (started, ended) = (time(&started)?, time(&ended)?);
            let millis = u64::try_from(millis)
                .map_err(|_| self.corrupt(format!("negative time on the sitting of {started}")))?;
            match out.last_mut() {
                Some(s) if s.started == started => {
                    s.ended = s.ended.max(ended);
                    s.spent.insert(section, millis);
                }
                _ => out.push(StoredSitting {
                    started,
                    ended,
                    spent: Spent::from([(section, millis)]),
                }),
            }
        }
        Ok(out)
    }

    /// Records the sitting that started at `started` as it stands: its time per section
    /// replaces what was recorded for it before, so saving again never counts twice.
    pub fn save_sitting(
        &mut self,
        id: i64,
        started: Timestamp,
        ended: Timestamp,
        spent: &Spent,
    ) -> Result<(), StoreError> {
        let label = self.label.clone();
        let tx = self.begin()?;
        let write = || -> rusqlite::Result<()> {
            tx.execute(
                "DELETE FROM sitting_time WHERE assessment_id = ?1 AND started_at = ?2",
                params![id, started.to_string()],
            )?;
            for (section, millis) in spent {
                tx.execute(
                    "INSERT INTO sitting_time (assessment_id, started_at, ended_at, section_id,
                     millis) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        id,
                        started.to_string(),
                        ended.to_string(),
                        section,
                        i64::try_from(*millis).unwrap_or(i64::MAX)
                    ],
                )?;
            }
            Ok(())
        };
        write().map_err(|e| sqlite(&label, e))?;
        tx.commit().map_err(|e| sqlite(&label, e))
    }
}
