//! Blind scoring: copies of an assessment handed out to assessors (`aimsgap fork`), and how
//! far the levels they give agree (`aimsgap merge --compare`, the report's method appendix).
//!
//! Pure: handouts and levels in, disagreements and figures out; the store keeps the handouts.

use jiff::Timestamp;

/// How far apart two levels must be to be talked over before reconciling.
pub const TALK_OVER: u8 = 2;

/// What a copy handed out holds of the scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scores {
    /// No levels, findings, recommendations, notes or history: the assessor scores blind.
    Cleared,
    /// Everything, as a backup: for a second interviewer who is not scoring blind.
    Kept,
}

impl Scores {
    pub fn name(self) -> &'static str {
        match self {
            Scores::Cleared => "cleared",
            Scores::Kept => "kept",
        }
    }

    pub fn parse(s: &str) -> Option<Scores> {
        match s {
            "cleared" => Some(Scores::Cleared),
            "kept" => Some(Scores::Kept),
            _ => None,
        }
    }
}

/// A copy of an assessment handed out to an assessor.
#[derive(Debug, Clone, PartialEq)]
pub struct Handout {
    /// Its identity, the same in the copy and in the file it was taken from.
    pub uuid: String,
    pub assessor: String,
    pub scores: Scores,
    pub handed_at: Timestamp,
    /// The file it was written to, as given.
    pub file: String,
    /// A copy scored blind, once merged back: how its levels compared with the levels here.
    pub returned: Option<Returned>,
}

/// When a copy scored blind came back, and how far it agreed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Returned {
    pub at: Timestamp,
    pub agreement: Agreement,
}

/// Questions scored on both sides, and of those, how many within one level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Agreement {
    pub compared: usize,
    pub within_one: usize,
}

impl Agreement {
    /// The share within one level, in whole percent rounded half up; none when nothing was
    /// compared.
    pub fn percent(&self) -> Option<u64> {
        (self.compared > 0).then(|| {
            (self.within_one as u64 * 200 + self.compared as u64) / (2 * self.compared as u64)
        })
    }
}
