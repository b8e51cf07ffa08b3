//! The clock of the open assessment as the application keeps it: the sitting under way (see
//! `crate::clock` for what a sitting is and how time counts), the time of earlier sittings
//! and the timeboxes as read when the assessment opened, and when the sitting was last saved.
//! The application tells it the time and the section on screen; it never reads a clock.

use std::collections::BTreeMap;

use jiff::{SignedDuration, Timestamp};

use crate::clock::{self, AgendaRow, Sitting, Spent, StoredSitting};
use crate::questionnaire::Questionnaire;
use crate::store::{Store, StoreError};

/// How often a sitting is saved while it runs: a crash loses at most this much time.
pub const SAVE_EVERY: SignedDuration = SignedDuration::from_secs(60);

#[derive(Debug)]
pub struct Timing {
    /// `None`: no time is kept (a final assessment).
    pub sitting: Option<Sitting>,
    /// Time per section of the sittings before this one.
    pub earlier: Spent,
    pub earlier_sittings: usize,
    /// When the sitting before this one ended, if there was one.
    pub previous_end: Option<Timestamp>,
    pub timeboxes: BTreeMap<String, u32>,
    saved_at: Timestamp,
}

impl Timing {
    /// Reads the earlier sittings and the timeboxes, and starts a sitting at `now` unless the
    /// assessment is final. Nothing read (a damaged row): the clock starts from nothing.
    pub fn start(
        store: &Store,
        id: i64,
        now: Timestamp,
        on: Option<&str>,
        keep_time: bool,
    ) -> Timing {
        let sittings: Vec<StoredSitting> = store.sittings(id).unwrap_or_default();
        Timing {
            sitting: keep_time.then(|| Sitting::start(now, on)),
            earlier: clock::earlier(&sittings, None),
            earlier_sittings: sittings.len(),
            previous_end: sittings.iter().map(|s| s.ended).max(),
            timeboxes: store.timeboxes(id).unwrap_or_default(),
            saved_at: now,
        }
    }

    /// Counts the time up to `now` toward what was on screen, then notes `on`; `key`: a key
    /// was pressed now. Returns whether the clock as shown (to the minute) moved.
    pub fn observe(&mut self, now: Timestamp, on: Option<&str>, key: bool) -> bool {
        let Some(s) = self.sitting.as_mut() else {
            return false;
        };
        let before = s.total() / 60_000;
        s.observe(now, on, key);
        s.total() / 60_000 != before
    }

    /// Whether the sitting has not been saved for [`SAVE_EVERY`].
    pub fn save_due(&self, now: Timestamp) -> bool {
        self.sitting.is_some() && now.duration_since(self.saved_at) >= SAVE_EVERY
    }

    /// Writes the sitting as it stands (replacing its earlier save).
    pub fn save(&mut self, store: &mut Store, id: i64) -> Result<(), StoreError> {
        let Some(s) = &self.sitting else {
            return Ok(());
        };
        if s.spent().is_empty() {
            return Ok(());
        }
        store.save_sitting(id, s.started, s.last(), s.spent())?;
        self.saved_at = s.last();
        Ok(())
    }

    /// Time spent on `section` over all sittings (ms).
    pub fn in_section(&self, section: &str) -> u64 {
        self.earlier.get(section).copied().unwrap_or(0)
            + self.sitting.as_ref().map_or(0, |s| s.in_section(section))
    }

    pub fn agenda(&self, q: &Questionnaire) -> Vec<AgendaRow> {
        let empty = Spent::new();
        let now = self.sitting.as_ref().map_or(&empty, |s| s.spent());
        clock::agenda(q, &self.timeboxes, &self.earlier, now)
    }

    /// The header's clock: this sitting, then the section on screen against its timebox
    /// (`sitting 0:42 · 6 0:12/0:20`); whether the section is over its timebox.
    pub fn header(&self, on: Option<&str>) -> (String, bool) {
        self.header_in(crate::i18n::Lang::En, on)
    }

    /// [`Timing::header`] in `lang`.
    pub fn header_in(&self, lang: crate::i18n::Lang, on: Option<&str>) -> (String, bool) {
        let mut text = match &self.sitting {
            Some(s) => crate::t!(lang, "tui-header-sitting", time = &clock::hm(s.total())),
            None => String::new(),
        };
        let mut over = false;
        if let Some(section) = on {
            let spent = self.in_section(section);
            let part = match self.timeboxes.get(section) {
                Some(m) => {
                    over = spent > u64::from(*m) * 60_000;
                    format!(
                        "{section} {}/{}",
                        clock::hm(spent),
                        clock::hm(u64::from(*m) * 60_000)
                    )
                }
                None => format!("{section} {}", clock::hm(spent)),
            };
            if !text.is_empty() {
                text.push_str(" · ");
            }
            text.push_str(&part);
        }
        (text, over)
    }
}
